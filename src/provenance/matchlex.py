"""Knowledge as data for comparing statements: the word classes `terms.py` sorts words
into, the numbers it reads, the stock phrases every readout uses, and the phrases with
which a reporter says that a readout leaves something out.

Like `lexicon.py` for extraction: mechanisms elsewhere, words here. Nothing in this file
names a sentence of any article.
"""

from __future__ import annotations

# Function words: they carry no content of their own, so they neither make two
# statements agree nor keep them apart (they still help to align word order).
STOPWORDS = frozenset(
    """a an the this that these those there here it its it's they them their theirs he
    him his she her hers we us our ours i me my you your yours who whom whose which what
    of to in on at by for from with about as into onto over under between among through
    during before after since until upon within across against towards toward per via
    is are was were be been being am has have had having do does did doing
    that than then so such also too very just even still yet already again once
    if when while whether because though although as well both either each other
    another one's oneself itself themselves himself herself ourselves
    mr mrs ms dr""".split()
)

# Words that deny what follows them. `n't` contractions are split off by the tokenizer.
NEGATORS = frozenset(
    """not no never n't neither nor none nothing nobody nowhere without cannot
    refuse refused refuses refusing decline declined declines declining fail failed
    fails failing""".split()
)
# How many content words after a negator it denies (a clause boundary stops it sooner).
NEGATION_SCOPE = 4

# Qualifiers: words that change how strong, certain or wide a statement is. Two
# statements that differ in one of these classes differ in a qualifier ("will" vs
# "may"). Reported speech shifts tense ("will" -> "would", "can" -> "could"), so each
# class holds both forms, and the future class alone against none is tense, not a
# qualifier ("will continue" vs "continues").
QUALIFIERS: dict[str, str] = {
    "will": "future", "would": "future", "shall": "future", "'ll": "future",
    "can": "ability", "could": "ability", "able": "ability",
    "may": "possibility", "might": "possibility",
    "must": "obligation",
    "should": "advice", "ought": "advice",
    "possibly": "hedge", "probably": "hedge", "likely": "hedge", "unlikely": "hedge",
    "potentially": "hedge", "perhaps": "hedge", "maybe": "hedge",
    "reportedly": "hedge", "allegedly": "hedge", "apparently": "hedge",
    "all": "quantity", "some": "quantity", "most": "quantity", "many": "quantity",
    "several": "quantity", "few": "quantity", "every": "quantity", "only": "quantity",
    "any": "quantity", "more": "quantity", "less": "quantity", "fewer": "quantity",
    "fully": "degree", "partially": "degree", "partly": "degree", "largely": "degree",
    "entirely": "degree", "completely": "degree", "slightly": "degree",
    "significantly": "degree", "substantially": "degree", "strongly": "degree",
}
TENSE_ONLY = "future"  # the class that, against no modal at all, is tense

# Coordinators: "energy and infrastructure" is two things, "energy infrastructure" one.
COORDINATORS = frozenset({"and", "or"})

# Words every statement about a leaders' call uses: they do not make two statements
# say the same thing ("the two leaders discussed X" vs "the leaders discussed Y").
CALL_WORDS = frozenset(
    """leader leaders president presidents prime minister ministers chancellor premier
    counterpart counterparts two sides side call phone conversation talks spoke
    """.split()
)

# Numbers written as words, and the words that scale a number.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # "one" is left out: "one of", "one way" are seldom a count
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000,
}
PERCENT_WORDS = frozenset({"%", "percent", "per cent"})
CURRENCY_SIGNS = "$€£¥₴"

# Stock phrases: what nearly every readout of a call says. Shared words that are only
# these do not show that an article copied a readout, and a readout that says one and
# another that does not are not an omission. Written folded and lower case.
STOCK_PHRASES: tuple[str, ...] = (
    "remain in close and regular contact",
    "remain in close contact",
    "remain in regular contact",
    "remain in touch",
    "stay in close contact",
    "stay in touch",
    "keep in close contact",
    "keep in touch",
    "continue to work closely together",
    "continue working closely together",
    "continue close coordination",
    "speak again soon",
    "looked forward to meeting in person",
    "look forward to meeting in person",
    "exchanged views on regional and international issues",
    "discussed bilateral relations",
    "thanked each other for the call",
)

# How a reporter says a readout left something out: the omitted content follows the
# phrase. Regular expressions over folded lower-case text; first match in a sentence.
OMISSION_CUES: tuple[str, ...] = (
    r"\bmak(?:es|e|ing) no mention (?:of|about)\b",
    r"\bmade no mention (?:of|about)\b",
    r"\b(?:did|does|do|had|has) not (?:mention|refer to|include|address)\b",
    r"\b(?:didn't|doesn't|don't|hadn't|hasn't) (?:mention|refer to|include|address)\b",
    r"\bno mention (?:was made )?(?:of|about)\b",
    r"\bomit(?:s|ted|ting)?\b",
    r"\b(?:left|leaves|leave|leaving) out\b",
    r"\b(?:was|is|were|are|remained|remains) silent (?:on|about)\b",
    r"\bwithout (?:any )?mention(?:ing)? (?:of )?\b",
)
