"""Every threshold comparison uses, named, in one place. The values were measured on the
seeds and on the hand-made corpora in `tests/corpora/` with
`python benchmarks/score_distributions.py` (README, "Thresholds", has the figures).

Scores from rapidfuzz are 0-100; shares are 0-1.
"""

from __future__ import annotations

# ---------------------------------------------------------------- statements of a call
# Candidates: rapidfuzz.fuzz.token_set_ratio over content words and numbers. It is 100
# when one side's words are a subset of the other's, so it only finds candidates; the
# decision is the aligned share below, with numbers, negation and qualifiers checked.
CANDIDATE_SCORE = 50.0
# Aligned share: of the shorter statement's content words, the part found in the other
# in the same order (word-level alignment, rapidfuzz.distance.Indel.opcodes).
AGREE_SHARE = 0.70  # at least this much of the shorter statement is stated by the other
DIFFER_SHARE = 0.70  # a conflict or qualifier difference needs this much in common too
AGREE_MIN_WORDS = 3  # fewer content words than this are too little to agree on
# Differing tokens at the edge of the aligned stretch that still count as inside it
# ("28 warriors ..." vs "26 warriors ...": the numbers are the first word).
EDGE_TOKENS = 3

# ---------------------------------------------------------------- reported omissions
# The reporter's "makes no mention of X": X against the call's claims (aligned share).
REPORTED_LINK_SHARE = 0.50

# ---------------------------------------------------------------- duplicates
# Paragraphs repeated in one article: rapidfuzz.fuzz.ratio on folded lower-case text.
DUPLICATE_PARAGRAPH_SCORE = 90.0
DUPLICATE_MIN_CHARS = 40  # shorter paragraphs and claims (credits, "Image: AP") are skipped
# A quote printed twice in one article: rapidfuzz.fuzz.partial_ratio (the shorter
# inside the longer), the shorter at least this share of the longer's length.
DUPLICATE_QUOTE_SCORE = 90.0
DUPLICATE_QUOTE_LENGTH = 0.5

# Articles: word shingles (runs of SHINGLE_WORDS words) in an inverted index give the
# candidate pairs; a shingle in more than SHINGLE_MAX_DOCUMENTS documents is a stock
# phrase, not evidence. A pair needs SHINGLE_MIN_SHARED shared shingles to be looked at.
SHINGLE_WORDS = 5
SHINGLE_MAX_DOCUMENTS = 50
SHINGLE_MIN_SHARED = 3
# A syndicated copy: this share of the shorter article's words is in shared runs.
SYNDICATED_SHARE = 0.80
# Taken from a primary document: a shared run of at least this many words (after stock
# phrases are discounted) counts as a passage taken from it.
PRIMARY_MIN_WORDS = 8

# ---------------------------------------------------------------- quote checks
# rapidfuzz.fuzz.partial_ratio_alignment of the quote against the document's text (folded,
# lower case, spaces collapsed): at or above this the quote is near-verbatim.
NEAR_VERBATIM_SCORE = 90.0
# Below that, a paraphrase when the aligned share against the best statement reaches this.
PARAPHRASE_SHARE = 0.50
