"""provenance: who said what, per which source, in news about leaders' calls.

The stages, in the order data flows through them:

    read_article(path)        ingest.py    bytes -> Article (paragraphs, sentences)
    extract_claims(article)   extract.py   Article -> Claims (speaker, source, call)
    validate_paths(paths)     validate.py  seeds and records against schema/

`extract_file(path)` and `extract_paths(paths)` (pipeline.py) chain them.
"""

__version__ = "0.1.0"

from .extract import extract_claims
from .ingest import InputError, read_article
from .pipeline import extract_file, extract_paths
from .records import Article, Call, Claim, Problem, Source, Speaker
from .validate import validate_paths

__all__ = [
    "Article", "Call", "Claim", "InputError", "Problem", "Source", "Speaker",
    "extract_claims", "extract_file", "extract_paths", "read_article", "validate_paths",
]
