"""The JSON Schemas in `schema/`: found in an installed wheel (package data) or in a
checkout, loaded once, and used to check records before they are written or read.
`problem` turns a schema error into a `Problem` with the JSON path of the offending
value and its line and column in the JSON text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .jsonpos import line_col, locate
from .records import Problem

if TYPE_CHECKING:  # jsonschema is imported when a record is first checked
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

NAMES = ("article", "claim", "problem", "meta", "finding", "claimreview")


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
    from jsonschema import Draft202012Validator

    schema = load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(name: str, record: Any) -> list[ValidationError]:
    """Every way `record` breaks schema `name`, in a stable order."""
    return sorted(validator(name).iter_errors(record),
                  key=lambda e: (list(map(str, e.absolute_path)), e.message))


def json_path(error: ValidationError) -> str:
    """`$.speaker.name` for an error at ["speaker", "name"]."""
    return path_text(list(error.absolute_path))


def path_text(keys: Sequence[str | int]) -> str:
    """`$.call.participants[1]` for ["call", "participants", 1]."""
    path = "$"
    for part in keys:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def problem(path: str, rule: str, text: str, error: ValidationError, *,
            first_line: int = 1) -> Problem:
    """A schema error as a problem: the JSON path in the message, and the line and column
    of the offending value in `text` (for an unknown field, of its key). `first_line` is
    the line of the file that `text` starts on (a JSON Lines row)."""
    keys: list[str | int] = list(error.absolute_path)
    extra = _unknown_fields(error)
    if extra:
        keys.append(extra[0])
    line, column = line_col(text, locate(text, keys, key=bool(extra)))
    return Problem(path, rule, f"{path_text(keys)}: {error.message}",
                   line=line + first_line - 1, column=column)


def _unknown_fields(error: ValidationError) -> list[str]:
    """The fields an `additionalProperties: false` error is about, sorted."""
    if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
        return []
    known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    return sorted(k for k in error.instance if k not in known)
