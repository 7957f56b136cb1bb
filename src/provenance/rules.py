"""Every rule id a `Problem` can carry, with its severity and a one-line description.

The single registry of rule ids: SARIF output lists it as the tool's rules, the README
table mirrors it (a test keeps them in step), and a test checks that every `Problem`
the code makes names a rule registered here. Ids are kebab-case and stable: rename one
and code-scanning alerts lose their history.
"""

from __future__ import annotations

from attrs import frozen

ERROR, WARNING = "error", "warning"


@frozen
class Rule:
    id: str
    severity: str
    summary: str


_RULES = (
    # what was named on the command line
    Rule("path-missing", ERROR, "a path named on the command line does not exist (exit 2)"),
    Rule("folder-empty", ERROR, "a folder named holds no file to check"),
    Rule("file-unreadable", ERROR, "the file cannot be opened or read"),
    # a seed file's bytes
    Rule("file-empty", ERROR, "the file is empty or holds only whitespace"),
    Rule("file-binary", ERROR, "the file holds NUL bytes: binary, not text"),
    Rule("encoding-utf16", ERROR, "the file is UTF-16 (has a UTF-16 byte order mark)"),
    Rule("encoding-not-utf8", ERROR,
         "the file is not UTF-8; the message names the byte offset of the first bad byte"),
    Rule("line-endings", WARNING, "CRLF, CR or mixed line endings instead of LF"),
    Rule("final-newline", WARNING, "the file does not end with a newline"),
    Rule("date-header-malformed", ERROR, "the ` date …` header is not YYYY-MM-DD"),
    Rule("date-header-invalid", ERROR, "the ` date …` header is not a real calendar date"),
    Rule("no-body", ERROR,
         "no article text after the header: nothing, no letter at all, or only boilerplate"),
    # a seed's metadata sidecar NAME.meta.json
    Rule("meta-schema", ERROR, "the sidecar NAME.meta.json breaks schema/meta.schema.json"),
    Rule("meta-orphan", WARNING, "a sidecar NAME.meta.json with no NAME.txt beside it"),
    # JSON and JSON Lines files
    Rule("json-invalid", ERROR, "a JSON file or JSON Lines line is not JSON"),
    Rule("record-unknown", ERROR, "a record whose fields match no schema in schema/"),
    Rule("claim-schema", ERROR, "a claim breaks schema/claim.schema.json"),
    Rule("article-schema", ERROR, "an article record breaks schema/article.schema.json"),
    Rule("problem-schema", ERROR, "a problem record breaks schema/problem.schema.json"),
    Rule("finding-schema", ERROR, "a finding record breaks schema/finding.schema.json"),
    Rule("claimreview-schema", ERROR,
         "a ClaimReview export breaks schema/claimreview.schema.json"),
    Rule("claim-invalid", ERROR, "a claims file line is schema-valid but not a usable claim "
                                 "(an end before its start)"),
    # extraction run on a seed
    Rule("extract-failed", ERROR, "extraction stopped with an internal error on this seed"),
    Rule("claim-offsets", ERROR, "a claim's text is not the slice its offsets name"),
    Rule("no-claims", WARNING, "extraction found no attributed claim in the seed"),
    # across seeds
    Rule("seed-duplicate", ERROR, "the seed has the same words as another seed"),
    Rule("seed-near-duplicate", WARNING,
         "the seed shares most of its 5-word shingles with another seed"),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}


def severity(rule_id: str) -> str:
    """The severity a rule's problems have."""
    return RULES[rule_id].severity
