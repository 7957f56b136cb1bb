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

from importlib import import_module
from typing import Any

# The API, imported on first use: `provenance extract` need not load numpy, Jinja2 or
# jsonschema, which the comparison, the HTML report and validation bring.
_API = {
    "compare": "compare", "read_document": "documents", "extract_claims": "extract",
    "InputError": "ingest", "read_article": "ingest", "extract_file": "pipeline",
    "extract_paths": "pipeline", "load_paths": "pipeline", "Article": "records",
    "Call": "records", "Claim": "records", "Document": "records", "Finding": "records",
    "Meta": "records", "Problem": "records", "Source": "records", "Speaker": "records",
    "write_report": "report", "validate_paths": "validate",
}


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module 'provenance' has no attribute {name!r}")


__all__ = [
    "Article", "Call", "Claim", "Document", "Finding", "InputError", "Meta", "Problem",
    "Source", "Speaker", "compare", "extract_claims", "extract_file", "extract_paths",
    "load_paths", "read_article", "read_document", "validate_paths", "write_report",
]
