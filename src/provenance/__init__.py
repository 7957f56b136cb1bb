"""provenance: who said what, per which source, in news about leaders' calls.

The stages, in the order data flows through them:

    read_article(path)        ingest.py    bytes -> Article (paragraphs, sentences)
    extract_claims(article)   extract.py   Article -> Claims (speaker, source, call)
    validate_paths(paths)     validate.py  seeds and records against schema/
    compare(claims, documents=...)  compare.py  Claims -> Findings across sources
    write_report(claims, findings, documents, out)  report.py  Markdown and JSONL

`extract_file(path)`, `extract_paths(paths)` and `load_paths(paths)` (pipeline.py) chain
them; `read_document(path)` (documents.py) reads a seed with its sidecar.
"""

__version__ = "0.1.0"

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .compare import compare
    from .documents import read_document
    from .extract import extract_claims
    from .ingest import InputError, read_article
    from .pipeline import extract_file, extract_paths, load_paths
    from .records import (
        Article,
        Call,
        Claim,
        Document,
        Finding,
        Meta,
        Problem,
        Source,
        Speaker,
    )
    from .report import write_report
    from .validate import validate_paths

# The public names and the modules they come from, imported on first use (PEP 562):
# `provenance extract` does not pay at start-up for compare's matching, report's
# tabulate and validate's schemas.
_EXPORTS = {
    "compare": "compare", "read_document": "documents", "extract_claims": "extract",
    "InputError": "ingest", "read_article": "ingest", "extract_file": "pipeline",
    "extract_paths": "pipeline", "load_paths": "pipeline", "write_report": "report",
    "validate_paths": "validate",
    **dict.fromkeys(("Article", "Call", "Claim", "Document", "Finding", "Meta", "Problem",
                     "Source", "Speaker"), "records"),
}


def __getattr__(name: str) -> Any:
    """A public name, or a submodule (`provenance.report` after `import provenance`)."""
    module = _EXPORTS.get(name)
    if module is None and (name.startswith("__") or not name.isidentifier()):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        if module is not None:
            value = getattr(import_module(f".{module}", __name__), name)
        else:
            value = import_module(f".{name}", __name__)
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{name}":
            raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


class _Package(ModuleType):
    """The package, whose `compare` stays the function: importing the submodule of the
    same name would otherwise make it the package's attribute."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "compare" and isinstance(value, ModuleType):
            return  # `provenance.compare` is looked up again: the function
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "Article", "Call", "Claim", "Document", "Finding", "InputError", "Meta", "Problem",
    "Source", "Speaker", "compare", "extract_claims", "extract_file", "extract_paths",
    "load_paths", "read_article", "read_document", "validate_paths", "write_report",
]
