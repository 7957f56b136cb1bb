"""Export: findings a fact-checker publishes, as schema.org ClaimReview JSON-LD.

`claim_reviews(claims, findings, documents, base_url)` gives one ClaimReview per
agreement, omission (found or stated by the reporter), conflict and quote check. Each
names the claim reviewed with a stable `@id`, its author (the issuer), one appearance
per source that carries it, a rating from a controlled vocabulary, and a `url` into the
HTML report (`provenance report`). Qualifier differences are not exported: none of the
ratings describes them honestly; they stay in the reports. Valid against
`schema/claimreview.schema.json`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .grouping import call_key, finding_key
from .html import REPORT_FILE, Site, article_route, call_route, row_anchor
from .records import Claim, ClaimRef, Document, Finding

# The controlled vocabulary of `reviewRating.alternateName`, by finding.
RATINGS = {
    "agreement": "Reported by both sides",
    "omission": "Only in one side's readout",
    "reported_omission": "Only in one side's readout",
    "conflict": "Contradicted by the other readout",
    "verbatim": "Verbatim",
    "near_verbatim": "Altered quote",
    "paraphrase": "Altered quote",
    "not_found": "Not found in the source",
}
# A rating value on schema.org's 1 (worst) to 5 (best) scale, for readers that sort.
_VALUES = {"Reported by both sides": 5, "Verbatim": 5, "Altered quote": 3,
           "Only in one side's readout": 3, "Contradicted by the other readout": 1,
           "Not found in the source": 1}
ID_PREFIX = "urn:provenance:"
# Findings with a row of their own on a call page; the others link to the article.
_CALL_ROWS = ("agreement", "conflict", "qualifier_difference", "omission",
              "reported_omission")


def claim_reviews(claims: Sequence[Claim], findings: Sequence[Finding],
                  documents: Sequence[Document], base_url: str = REPORT_FILE) -> dict[str, Any]:
    """A JSON-LD document: `@graph` holds one ClaimReview per exportable finding."""
    site = Site(claims, findings, documents)
    by_id = {c.id: c for c in claims}
    published = {d.id: d.article.published for d in documents}
    graph = []
    for f in sorted(findings, key=lambda f: f.id):
        rating = _rating(f)
        if rating is None or not f.claims:
            continue
        reviewed = f.claims[0]
        claim = by_id.get(reviewed.id)
        key = finding_key(f) or (call_key(claim) if claim else None)
        page = site.call_of.get(key) if key else None
        if page is not None and f.type in _CALL_ROWS:  # the finding has a row there
            url = base_url + call_route(page.slug, row_anchor(f))
        else:
            url = _article_url(base_url, reviewed)
        date = published.get(reviewed.article_id)
        item: dict[str, Any] = {
            "@type": "Claim",
            "@id": f"{ID_PREFIX}claim:{reviewed.id}",
            "author": _author(claim, reviewed),
            "appearance": [{"@type": "CreativeWork",
                            "@id": f"{ID_PREFIX}claim:{r.id}",
                            "url": _article_url(base_url, r),
                            "name": r.article_id,
                            "text": r.text} for r in f.claims],
        }
        if date is not None:
            item["datePublished"] = date.isoformat()
        graph.append({
            "@type": "ClaimReview",
            "@id": f"{ID_PREFIX}finding:{f.id}",
            "claimReviewed": reviewed.text,
            "itemReviewed": item,
            "reviewRating": {"@type": "Rating", "alternateName": rating,
                             "ratingValue": _VALUES[rating], "bestRating": 5,
                             "worstRating": 1, "ratingExplanation": f.reason},
            "author": {"@type": "Organization", "name": "provenance"},
            "url": url,
        })
    return {"@context": "https://schema.org", "@graph": graph}


def _rating(f: Finding) -> str | None:
    if f.type == "quote_check":
        return RATINGS.get(f.verdict or "")
    return RATINGS.get(f.type)


def _author(claim: Claim | None, ref: ClaimRef) -> dict[str, str]:
    name = claim.speaker.name if claim and claim.speaker.name != "unknown" else ref.issuer
    person = claim is not None and claim.chain and claim.chain[-1].role == "speaker" and (
        not name.startswith(("Office", "Government", "Ministry", "Prime Minister's")))
    return {"@type": "Person" if person else "Organization", "name": name}


def _article_url(base_url: str, ref: ClaimRef) -> str:
    return base_url + article_route(ref.article_id, ref)
