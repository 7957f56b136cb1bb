"""The JSON Schemas in `schema/`: found in an installed wheel (package data) or in a
checkout, loaded once, and used to check records before they are written or read."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

NAMES = ("article", "claim", "problem", "meta", "finding")


def _schema_dir() -> Path:
    packaged = resources.files("provenance") / "schema"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "schema"


@cache
def load(name: str) -> dict[str, Any]:
    """The schema `schema/NAME.schema.json`."""
    with open(_schema_dir() / f"{name}.schema.json", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def validator(name: str) -> Draft202012Validator:
    schema = load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(name: str, record: Any) -> list[ValidationError]:
    """Every way `record` breaks schema `name`, in a stable order."""
    return sorted(validator(name).iter_errors(record),
                  key=lambda e: (list(map(str, e.absolute_path)), e.message))


def json_path(error: ValidationError) -> str:
    """`$.speaker.name` for an error at ["speaker", "name"]."""
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path
