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

from .compare import compare
from .documents import read_document
from .extract import extract_claims
from .ingest import InputError, read_article
from .pipeline import extract_file, extract_paths, load_paths
from .records import Article, Call, Claim, Document, Finding, Meta, Problem, Source, Speaker
from .report import write_report
from .validate import validate_paths

__all__ = [
    "Article", "Call", "Claim", "Document", "Finding", "InputError", "Meta", "Problem",
    "Source", "Speaker", "compare", "extract_claims", "extract_file", "extract_paths",
    "load_paths", "read_article", "read_document", "validate_paths", "write_report",
]
