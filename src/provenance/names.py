"""Who is who in an article: person mentions, titles, pronouns and bodies, resolved to
canonical names by a mechanism (the alias table in `lexicon.PEOPLE`, fuzzy surname
matching with rapidfuzz, and the article's own full names), never by listing sentences.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache

from attrs import evolve, frozen
from rapidfuzz import fuzz

from . import lexicon
from .normalize import fold
from .patterns import trie_regex
from .regions import COUNTRY_OF_REGION, region_country

_WORD = re.compile(r"@?[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][\w’'.-]*")  # _may_end_in_title follows it
# A name token: capitalized, may carry an inner apostrophe or hyphen (O’Brien, Jean-Yves);
# Romanian letters with a comma below (Popșoi, Țurcanu) are letters too.
# A name token; inner capitals after a prefix are allowed (McDonald, LeBlanc, DeSantis).
_NAME_TOKEN = re.compile(
    r"(?:Mc|Mac|Le|La|De|Di|Da|Van|O’|O'|al-|el-)?[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][a-zà-öø-ÿā-žșț]+"
    r"(?:[’'-][A-Za-zÀ-ÿ]+)*\.?$")
# A Korean name: surname, then a hyphenated given name ("Cho Tae-yul", "Lee Jae-myung").
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
# A regnal number goes on a name ("King Charles III", "Abdullah II’s"), never starts one.
_REGNAL = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)(?:[’']s)?")
_PARTICLES = frozenset({"von", "der", "van", "de", "da", "di", "du", "la", "le", "bin",
                        "al", "el"})
# A token that may start a name: capitalized, or an @handle, not inside another word.
# Written as `(?<![\w’'.@-])(?:@\w+|[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][\w’'.-]*)`, but with the first
# character's class first and the look-behind after it: a pattern that opens with a
# character class lets the regex engine skip to candidate positions (twice as fast).
_CAPITALIZED = re.compile(  # (also "al-Muhannadi", "el-Sisi": an Arabic article first)
    r"[@A-ZÀ-ÖØ-ÞĀ-ŽȘȚae](?<![\w’'.@-].)(?:(?<=@)\w+|(?<=[ae])l-[A-Z][\w’'.-]*"
    r"|(?<![@ae])[\w’'.-]*)")
_POSSESSIVE = ("’s", "'s")


@lru_cache(maxsize=65536)  # capitalized words recur: "The", "President", names
def _is_name_token(word: str) -> bool:
    return bool(_NAME_TOKEN.match(word)) and word.lower().rstrip(".") not in lexicon.NOT_NAMES


_GOES_ON = lexicon.HONORIFICS | {"mr", "mrs", "ms", "dr", "st"}  # a name goes on after


def _ends_sentence(word: str) -> bool:
    """`Novak.` ends a sentence; `J.` and `Mr.` do not: the name goes on after them."""
    return word.endswith(".") and len(word) > 2 and word.lower().rstrip(".") not in _GOES_ON


def _joined(gap: str) -> bool:
    """Two capitalized words belong to one name: one space, or particles between them
    (`von der`), each set off by single spaces."""
    if gap == " ":
        return True
    parts = gap.split(" ")
    return (len(parts) >= 3 and parts[0] == "" and parts[-1] == ""
            and all(p in _PARTICLES for p in parts[1:-1]))
_RELAY_ROLES = ("spokes", "aide", "press secretary", "adviser", "advisor")
# Titles that stand for a longer one: "the minister" for "the foreign minister".
_GENERIC_TITLES = (" minister", " secretary", " spokesperson", " spokesman",
                   " spokeswoman", " adviser", " advisor", " envoy")
# Titles that name the same office: "the premier" is the prime minister.
_SAME_TITLE = {"pm": "prime minister", "premier": "prime minister", "cs": "cabinet secretary",
               "fm": "foreign minister"}
# "the head of state" is the president or the monarch; "the head of government" the
# prime minister or the chancellor.
_HEADS = {"head of state": frozenset({"president", "king", "queen", "emir"}),
          "head of government": frozenset({"prime minister", "chancellor", "taoiseach"})}
HEAD_ROLES = _HEADS["head of state"] | _HEADS["head of government"]  # a country's leaders
# "a spokesperson for Mr. Carney, " or "an aide to the president, " before a name.
_SERVES = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?P<role>spokesperson|spokesman|spokeswoman|press secretary|aide"
    r"|adviser|advisor) (?:for|to) (?P<who>[^,\n]{2,40}), $")
_SURNAME_FUZZ = 85.0  # rapidfuzz ratio: Zelensky~Zelenskyy 94, Trudeau~Truss 62
_LEADER_ROLES = ("president", "prime minister", "chancellor", "king", "premier", "pm",
                 "emir", "crown prince", "queen", "taoiseach")


def _place_country(words: list[str], end: int) -> str | None:
    """The country of a region or country whose name ends at `words[end - 1]`: a
    region first ("New Mexico" is no Mexico)."""
    code = region_country(words, end)
    if code is None and words[end - 1] in lexicon.COUNTRY_BY_WORD:
        code = lexicon.COUNTRY_BY_WORD[words[end - 1]].code
    return code


@lru_cache(maxsize=65536)
def ascii_fold(text: str) -> str:
    """Lower case, accents and curly quotes removed: the key names are compared on."""
    text = unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()
    return " ".join(text.lower().replace(".", " ").split())


@frozen
class Mention:
    """Something in the text that can speak: a person, a body, a group or a document."""

    start: int
    end: int
    surface: str
    kind: str  # person | body | group | document | pronoun
    name: str  # canonical name (for a document: its issuer, or "unknown")
    country: str | None = None  # lexicon.Country code
    gender: str = ""
    channel: str | None = None  # for documents and offices: the channel they imply
    role: str = ""


@frozen
class PersonInfo:
    name: str
    country: str | None
    roles: tuple[str, ...]
    gender: str
    titles: tuple[str, ...] = ()  # titles as written before the name in this article


def _known_index() -> dict[str, lexicon.Person]:
    index: dict[str, lexicon.Person] = {}
    for person in lexicon.PEOPLE:
        folded = ascii_fold(person.name)
        index[folded] = person
        index.setdefault(folded.split()[-1], person)
        for alias in person.aliases:
            index.setdefault(ascii_fold(alias), person)
    return index


_KNOWN = _known_index()
_KNOWN_GIVEN: dict[str, list[lexicon.Person]] = {}  # folded given name -> public figures
for person_ in lexicon.PEOPLE:
    _KNOWN_GIVEN.setdefault(ascii_fold(person_.name).split()[0], []).append(person_)
_KNOWN_SURNAMES = sorted({k for k in _KNOWN if " " not in k})


@lru_cache(maxsize=4096)
def known_person(name: str) -> lexicon.Person | None:
    """Find a public figure by full name, alias or (fuzzily) surname."""
    folded = ascii_fold(name)
    if folded in _KNOWN:
        return _KNOWN[folded]
    words = folded.split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]  # "Mr Trudeau": the honorific is no first name
    if not words:
        return None
    surname = words[-1]
    if len(words) >= 3 and " ".join(words[-3:]) in _KNOWN:
        return _KNOWN[" ".join(words[-3:])]
    if len(words) == 2 and f"{words[1]} {words[0]}" in _KNOWN:
        return _KNOWN[f"{words[1]} {words[0]}"]  # written surname first: "Ishiba Shigeru"

    def same_first(person: lexicon.Person) -> bool:
        # "Arlo Vance" is not JD Vance; "Valodymyr Zelensky", "Wladimir Putin" and
        # "Tayyip Erdogan" are who they seem
        if len(words) < 2:
            return True
        given = ascii_fold(person.name).split()[:-1]
        return (given[:1] == [] or given[0][:1] == words[0][:1] or words[0] in given
                or fuzz.ratio(words[0], given[0]) >= 75)

    if surname in _KNOWN:
        return _KNOWN[surname] if same_first(_KNOWN[surname]) else None
    if len(surname) < 5:
        return None
    best, best_score = None, 0.0
    for candidate in _KNOWN_SURNAMES:
        if abs(len(candidate) - len(surname)) > 3 or candidate[0] != surname[0]:
            continue
        score = fuzz.ratio(surname, candidate)
        if score > best_score:
            best, best_score = candidate, score
    if best is not None and best_score >= _SURNAME_FUZZ and same_first(_KNOWN[best]):
        return _KNOWN[best]
    return None


def handle_to_name(handle: str) -> str:
    """`@Keir_Starmer` -> `Keir Starmer`; `@JustinTrudeau` -> `Justin Trudeau`."""
    bare = handle.lstrip("@").replace("_", " ")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", bare).strip()


_TITLES_LONGEST_FIRST = [(t, t.split()) for t in sorted(lexicon.TITLES, key=len,
                                                          reverse=True)]


def _by_last_word(titles: list[tuple[str, list[str]]]) -> dict[str, list[tuple[str, list[str]]]]:
    """The titles grouped by their last word, in the order given."""
    grouped: dict[str, list[tuple[str, list[str]]]] = {}
    for title, parts in titles:
        grouped.setdefault(parts[-1], []).append((title, parts))
    return grouped


# Only the titles ending in the last word can match it.
_TITLES_BY_LAST_WORD = _by_last_word(_TITLES_LONGEST_FIRST)


def _title_at(words: list[str]) -> tuple[str, int]:
    """Longest title at the end of `words` (lower-cased); returns (title, length)."""
    if not words:
        return "", 0
    for title, parts in _TITLES_BY_LAST_WORD.get(words[-1], ()):
        if len(words) >= len(parts) and words[-len(parts):] == parts:
            return title, len(parts)
    return "", 0


_TITLE_LAST_WORDS = frozenset(t.split()[-1] for t in lexicon.TITLES)
_DATELINE_PARAGRAPHS = 4  # paragraphs from the top where a dateline may stand
_DATELINE_PLACE = re.compile(r"\s*[,(—–]|\s+-")  # where a dateline's place ends
# A place the words before a name are set in: "In Doha, …", "in Tokyo, …".
_IN_PLACE = re.compile(r"\b[Ii]n ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}), ")
_APPOSITIVE = 150  # characters of an appositive after a name searched for a country
_APPOSED_WORDS = 5  # its first words, where a nationality describes the person
# Words before a place that is not the person's own ("envoy to Kyiv", "talks with China")
# and after a country that is a subject studied ("a Russia expert").
_NOT_OF_PLACE = frozenset("to on about toward towards against with into over".split())
_STUDIES = frozenset("""analyst analysts expert experts specialist specialists scholar
    scholars watcher watchers researcher researchers observer observers hand hands
    studies policy program programme desk envoy envoys critic critics correspondent
    correspondents bureau""".split())  # ("the White House's Ukraine envoy")
_TITLE_LOOKBACK = 400  # mentions searched back for the holder of a title
_SEATS = frozenset(ascii_fold(s) for s in lexicon.SEATS)
_HONORIFICS = lexicon.HONORIFICS | {"mr", "mrs", "ms", "dr"}
# Titles written before a given name alone: "Sir Keir", "Prince Faisal", "Sheikh Tamim".
_FIRST_NAME_TITLES = frozenset({"sir", "dame", "lord", "lady", "prince", "princess",
                                "sheikh", "sheikha", "king", "queen", "emir",
                                "shri", "sri", "smt", "shrimati"})  # India's Mr. and Mrs.
_KNIGHTS = frozenset({"sir", "dame"})
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
# Titles that follow a portfolio's name: "Foreign Affairs Minister", "Trade Secretary".
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "spokesperson",
                               "spokesman", "spokeswoman"})
_TITLE_ENDINGS = _TITLE_LAST_WORDS | _HONORIFICS


# The letters a _WORD token starts with, and what it runs on with besides word characters.
_WORD_LETTERS = frozenset(
    chr(c) for a, b in ("AZ", "az", "ÀÖ", "Øö", "øÿ", "Āſ") for c in range(ord(a), ord(b) + 1))
_WORD_MORE = "’'.-"
_OF_COUNTRY_BEFORE = re.compile(r" of (?P<country>(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) $")
_ENDINGS = tuple(sorted(_TITLE_ENDINGS))
_LONGEST_ENDING = max(map(len, _ENDINGS))


def _may_end_in_title(text: str, lo: int, pos: int) -> bool:
    """False when the last `_WORD` token of text[lo:pos], lower-cased and stripped of
    full stops, cannot be a title ending. No token starts after the window's last
    letter, so the last token holds it and runs on from it over word characters and
    `’'.-`; its characters but the final full stops, lower-cased, must end in a title
    ending."""
    q = pos - 1
    while q >= lo and text[q] not in _WORD_LETTERS:
        q -= 1
    if q < lo:
        return False  # no letter: no token at all
    e = q + 1  # where the token ends
    while e < pos and (text[e].isalnum() or text[e] == "_" or text[e] in _WORD_MORE):
        e += 1
    while text[e - 1] == ".":  # the letter at q stops this
        e -= 1
    return text[max(lo, e - _LONGEST_ENDING):e].lower().endswith(_ENDINGS)


def _dateline_country(text: str, spans: Sequence[tuple[int, int]]) -> str | None:
    """The country of a wire dateline's place (`OTTAWA, March 3 (Reuters) -`, `SEOUL, Dec.
    17 (Yonhap) --`): a capital, country or region the lexicon knows."""
    for start, end in spans:
        m = lexicon.DATELINE.match(text, start, end)
        if m is None:
            continue
        place = ascii_fold(_DATELINE_PLACE.split(m.group(), maxsplit=1)[0])
        country = lexicon.COUNTRY_BY_WORD.get(place)
        if country is not None:
            return country.code
        return COUNTRY_OF_REGION.get(place)
    return None


_OUTLET = re.compile(r"(?<![\w-])(?:" + trie_regex(lexicon.OUTLET_HOMES) + r")(?![\w-])")
_OUTLET_REACH = 600  # characters at the top and the bottom of an article that credit it


def _outlet_country(text: str, spans: Sequence[tuple[int, int]]) -> str | None:
    """The country of a national outlet credited at the article's top or bottom
    (`KYODO NEWS - Jan 21, 2026`, `(ANI)`)."""
    if not spans:
        return None
    top = _OUTLET.search(text, spans[0][0], min(len(text), spans[0][0] + _OUTLET_REACH))
    m = top or _OUTLET.search(text, max(0, spans[-1][1] - _OUTLET_REACH), spans[-1][1])
    return lexicon.OUTLET_HOMES[m.group()] if m else None


class People:
    """The persons of one article, found in reading order and merged by name."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]],
                 sentence_starts: Sequence[int] = ()) -> None:
        self.text = text
        self._sentence_starts = sorted(sentence_starts)  # (ingest's sentences)
        self.info: dict[str, PersonInfo] = {}
        self._by_surname: dict[str, str] = {}  # folded surname -> first person met
        self._by_given: dict[str, list[str]] = {}  # folded given name -> persons met
        self.mentions: list[Mention] = []
        for start, end in spans:
            self.mentions.extend(self._scan(start, end))
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self._dateline = _dateline_country(text, spans[:_DATELINE_PARAGRAPHS])
        self._holders: dict[str, frozenset[str]] = {}
        self._outlet = _outlet_country(text, spans)

    # -- finding -------------------------------------------------------------------
    def _scan(self, start: int, end: int) -> list[Mention]:
        """Runs of capitalized words (`Volodymyr Zelenskyy`, `Ursula von der Leyen`)
        and @handles. Only capitalized tokens are visited, not every word."""
        found: list[Mention] = []
        text = self.text
        tokens = [(m.start(), m.end(), m.group())
                  for m in _CAPITALIZED.finditer(text, start, end)]
        is_name = [_is_name_token(w) for _, _, w in tokens]
        i, n = 0, len(tokens)
        while i < n:
            s, e, w = tokens[i]
            if not is_name[i]:  # an @handle is never a name token
                if w[0] == "@":
                    found.extend(self._from_name(handle_to_name(w), s, e, w, ""))
                i += 1
                continue
            j = i + 1
            while j < n and (is_name[j] or _REGNAL.fullmatch(tokens[j][2])) and _joined(
                    text[tokens[j - 1][1]:tokens[j][0]]) and not _ends_sentence(
                    tokens[j - 1][2]) and not tokens[j - 1][2].endswith(_POSSESSIVE):
                j += 1  # a possessive ends the name: "Dale’s Call with …"
            run = tokens[i:j]
            # strip trailing possessive: "Trudeau’s" -> "Trudeau"
            words: list[str] = []
            for k, (ts, _, tw) in enumerate(run):
                if k:  # particles between this word and the one before
                    words.extend(text[run[k - 1][1]:ts].split())
                if tw.endswith(_POSSESSIVE):  # no line break in a token: same as [’']s$
                    tw = tw[:-2]
                words.append(tw.rstrip("."))
            if self._place(" ".join(words), run[0][0], start):
                i = j
                continue
            if words[0].lower() in lexicon.COUNTRY_BY_WORD:
                i += 1
                continue
            if self._before_title(run[-1][1], end):
                i = j  # "International Relations Minister …": a portfolio, no name
                continue
            cut = max((k for k, w in enumerate(words[:-1])
                       if w.lower() in _TITLE_LAST_WORDS), default=-1)
            if cut >= 0 and len(run) == len(words):
                # "Conservative Leader Pierre Poilievre": the title's words are no name
                run, words = run[cut + 1:], words[cut + 1:]
            run_end = run[-1][0] + len(words[-1])
            title = self._title_before(run[0][0], start)
            roles_extra: tuple[str, ...] = ()
            honorifics: list[str] = []
            while words[0].lower() in _FIRST_NAME_TITLES and len(words) > 1:
                # "Sir Keir", "Prince Faisal", "Emir Sheikh Tamim": titles before a name
                honorifics.append(words[0].lower())
                words = words[1:]
            if honorifics:
                title = title or honorifics[0]
                roles_extra = tuple(h for h in honorifics if h != title)
                known = (self._by_first_name(words[0], honorifics[-1])
                         if len(words) == 1 else None)
                if known is not None:
                    words = known.split()
            made = self._from_name(" ".join(words), run[0][0], run_end,
                                   text[run[0][0]:run_end], title)
            for m in made:  # "Emir Sheikh Tamim …": later "Sheikh Tamim" is him
                if roles_extra and m.name in self.info:
                    info = self.info[m.name]
                    self.info[m.name] = evolve(info, roles=(*info.roles, *roles_extra))
            found.extend(made)
            i = j
        return found

    def _before_title(self, pos: int, end: int) -> bool:
        """A title word follows at `pos` (`… Relations Minister Ronald Lamola`)."""
        m = _NEXT_WORD.match(self.text, pos, end)
        return m is not None and m.group(1).lower() in _PORTFOLIO_TITLES

    def _place(self, name: str, pos: int, floor: int) -> bool:
        """`New Delhi`, or a name right after `in` (`in Nairobi`), or after a sentence's
        opening `At` (`At Rideau Hall, …`), that is not a possessive: a place."""
        if ascii_fold(name) in lexicon.COUNTRY_BY_WORD:
            return True
        before = self.text[max(floor, pos - 4):pos]
        after = self.text[pos + len(name):pos + len(name) + 2]
        # "in X" anywhere; "at X" only opening a sentence ("looked at X" is a person)
        opens = before.endswith((" in ", " In ", "\nIn ", " At ", "\nAt ")) or (
            pos - 3 == floor and before.endswith(("In ", "At ")))
        return opens and not after.startswith(_POSSESSIVE) and known_person(name) is None

    def _by_first_name(self, given: str, title: str) -> str | None:
        """Who `Prince Faisal` or `Sir Keir` is: the person of this article with that
        given name whom it titled so (`Prince Faisal bin Farhan`); for a knight or
        dame, whom the article named in full, else the one British public figure."""
        folded = ascii_fold(given)
        for name in self._by_given.get(folded, ()):
            info = self.info.get(name)
            if info and (title in info.roles or title in _KNIGHTS):
                return name
        if title in _KNIGHTS:
            found = _KNOWN_GIVEN.get(folded, ())
            if len(found) == 1 and found[0].country == "UK":
                return found[0].name
        return None

    def _title_before(self, pos: int, floor: int) -> str:
        lo = max(floor, pos - 60)
        if self.text.find(" of ", lo, pos) != -1:  # "President of Estonia Alar Karis"
            m = _OF_COUNTRY_BEFORE.search(self.text, lo, pos)
            if m is not None and ascii_fold(m.group("country")) in lexicon.COUNTRY_BY_WORD:
                words = [w.lower().rstrip(".") for w in _WORD.findall(
                    fold(self.text[lo:m.start()]))]  # the words before " of …"
                title, _ = _title_at(words)
                if title:
                    return title
        if not _may_end_in_title(self.text, lo, pos):
            return ""  # the common case, decided without tokenizing the window
        raw = _WORD.findall(self.text, lo, pos)
        if not raw or raw[-1].lower().rstrip(".") not in _TITLE_ENDINGS:
            return ""  # the common case: no title before the name
        words = [w.lower().rstrip(".") for w in _WORD.findall(fold(" ".join(raw)))]
        title, _ = _title_at(words)
        if title:
            return title

        if words and words[-1] in _HONORIFICS:
            return words[-1]
        return ""

    def _from_name(self, name: str, start: int, end: int, surface: str,
                   title: str) -> list[Mention]:
        words = name.split()
        # a surname alone is first someone this article named in full ("Arlo Vance …
        # Vance said"), then a public figure
        mine = self._same_surname(words[-1]) if len(words) == 1 else None
        if len(words) == 1 and mine is None and known_person(name) is None:
            # "Guo Jiakun … Guo added": surname first, or a first name alone
            mine = self._only_given(name)
        known = known_person(mine or name)
        canonical: str | None
        country: str | None
        if known is not None:
            canonical, country, gender, roles = (known.name, known.country, known.gender,
                                                 known.roles)
        else:
            canonical = mine or (self._same_surname(words[-1]) if words else None)
            if canonical is None:
                if len(words) < 2 or words[-1].lower() in lexicon.NON_PERSON_HEADS:
                    return []
                if ascii_fold(name) in _SEATS:
                    return []  # "Palazzo Chigi", "Downing Street": a seat of government
                # a country's word is no name's, but for a titled person's surname
                # ("Prime Minister Luís Montenegro")
                named = words[:-1] if title and title not in lexicon.HONORIFICS else words
                if any(w.lower() in lexicon.COUNTRY_BY_WORD for w in named) or any(
                        w.lower() in lexicon.NOT_NAMES for w in words):
                    return []
                canonical = name
            info = self.info.get(canonical)
            country, gender = (info.country, info.gender) if info else (None, "")
            roles = info.roles if info else ()
        if title and title not in lexicon.HONORIFICS and title not in ("mr", "mrs", "ms",
                                                                        "dr"):
            roles = tuple(dict.fromkeys((*roles, title)))
        if title in ("mrs", "ms"):
            gender = "f"
        elif title == "mr":
            gender = "m"
        if country is None:
            country = self._demonym_before(start)
        if not title and (relation := self._serves_before(start)) is not None:
            # "A spokesperson for Mr. Carney, Emily Williams": his country, her role
            role, served = relation
            roles = tuple(dict.fromkeys((*roles, role)))
            country = country or served
        if country is None:  # "Julie Davis, the U.S. charge d'affaires," before "In Kyiv, …"
            country = self._apposed_country(end) or self._place_before(start)
        if canonical not in self.info:
            parts = ascii_fold(canonical).split()
            if len(parts) > 1 and _REGNAL.fullmatch(parts[-1].upper()):
                parts = parts[:-1]  # "Pope Leo XIV": later "Leo"
            self._by_surname.setdefault(parts[-1] if parts else "", canonical)
            if len(parts) > 1 and (country in lexicon.SURNAME_FIRST
                                   or {"bin", "bint", "ibn"} & set(parts[1:-1])
                                   or _HYPHENATED_GIVEN.fullmatch(canonical)):
                # "Lin Jian": "Lin"; "Cho Tae-yul": "Cho"; "Tamim bin Hamad Al Thani":
                # "Tamim"
                self._by_surname.setdefault(parts[0], canonical)
            if len(parts) > 1:
                self._by_given.setdefault(parts[0], []).append(canonical)
        self.info[canonical] = PersonInfo(canonical, country, roles, gender)
        return [Mention(start, end, surface, "person", canonical, country, gender,
                        role=title)]

    def _serves_before(self, pos: int) -> tuple[str, str | None] | None:
        """`a spokesperson for Mr. Carney, ` just before a name: the role, and the
        country of the one served (a person met before, or a country named)."""
        m = _SERVES.search(self.text, max(0, pos - 80), pos)
        if m is None:
            return None
        served = m.group("who")
        words = ascii_fold(served).replace("'s", "").split()
        country = next((lexicon.COUNTRY_BY_WORD[w].code for w in words
                        if w in lexicon.COUNTRY_BY_WORD), None)
        if country is None and words:  # "Mr. Carney": the Carney met before, or known
            last = served.split()[-1]
            known = known_person(last)
            person = self._same_surname(last) or (known.name if known else None)
            country = self.country_of(person) if person else None
        return m.group("role").lower(), country

    def _demonym_before(self, pos: int) -> str | None:
        """The country named in the few words before a name: a demonym or country
        (`Ukrainian President …`), or a province or state (`Ontario Premier …`)."""
        words = [w.replace("'s", "") for w in ascii_fold(self._sentence_window(pos)).split()]
        for end in range(len(words), max(0, len(words) - 4), -1):
            code = _place_country(words, end)
            if code is not None:
                return code
        return None

    def _place_before(self, pos: int) -> str | None:
        """The country of a place the words before a name are set in (`In Doha, foreign
        ministry spokesman …`), in the name's own sentence."""
        place = _IN_PLACE.search(self._sentence_window(pos))
        country = lexicon.COUNTRY_BY_WORD.get(ascii_fold(place.group(1))) if place else None
        return country.code if country is not None else None

    def _sentence_window(self, pos: int) -> str:
        """The few words before `pos` in its own sentence: "… without Japanese help.\n\n#Cho
        Tae-yul" leaves "#"."""
        k = bisect_right(self._sentence_starts, pos) - 1
        lo = max(0, pos - 45, self._sentence_starts[k] if k >= 0 else 0)
        window = self.text[lo:pos]
        return window[window.rfind("\n") + 1:]  # (a heading or a tag line has no stop)

    def _apposed_country(self, end: int) -> str | None:
        """The first country named in an appositive after a name (`Catherine Whitlam, a
        former British ambassador to Moscow,`; `Ali Abedzadeh, the head of Iran's civil
        aviation organization,`): up to the next comma or stop."""
        if not self.text.startswith(", ", end):
            return None
        k = bisect_right(self._sentence_starts, end)
        sentence_end = self._sentence_starts[k] if k < len(self._sentence_starts) else -1
        stop = min((i for i in (self.text.find(",", end + 2, end + _APPOSITIVE),
                                self.text.find("\n", end + 2, end + _APPOSITIVE),
                                sentence_end) if i >= 0), default=end + _APPOSITIVE)
        stop = min(stop, end + _APPOSITIVE)
        tokens = self.text[end + 2:stop].split()
        words = [ascii_fold(t).replace("'s", "").replace(" ", "") for t in tokens]
        if not words or not self.text[end + 2].islower() or (
                words[0] in lexicon.CUES_BY_FORM or words[0] in ("who", "whose")):
            return None  # a list of names, the sentence's verb, or a clause about them
        for k in range(1, min(len(words), _APPOSED_WORDS) + 1):
            if tokens[k - 1] == "us" or (words[k - 2:k - 1] and words[k - 2] in _NOT_OF_PLACE) or (
                    words[k:k + 1] and (words[k] in _STUDIES or tokens[k][:1].isupper())):
                # "ambassador to Moscow", "a Russia analyst", "the Ukrainian Canadian
                # Congress": not their country
                continue
            code = _place_country(words, k)
            if code is not None:
                return code
        return None

    def by_surname(self, surname: str) -> str | None:
        """The person of the article (or the alias table) with this surname."""
        known = known_person(surname)
        return known.name if known is not None else self._same_surname(surname)

    def _same_surname(self, surname: str) -> str | None:
        """The first person met whose surname this is (`Novak` -> `Petra Novak`)."""
        return self._by_surname.get(ascii_fold(surname))

    def _only_given(self, word: str) -> str | None:
        """The one person met whose name begins with `word`, if only one does."""
        met = self._by_given.get(ascii_fold(word), [])
        return met[0] if len(set(met)) == 1 else None

    # -- resolving -------------------------------------------------------------------
    def person(self, name: str) -> PersonInfo | None:
        return self.info.get(name)

    def country_of(self, name: str) -> str | None:
        info = self.info.get(name)
        if info and info.country:
            return info.country
        known = known_person(name)
        return known.country if known else None

    def in_span(self, start: int, end: int) -> list[Mention]:
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def roles_of(self, m: Mention) -> str:
        """The titles a person mention carries and the article gave the person."""
        info = self.info.get(m.name)
        return " ".join((m.role, *(info.roles if info else ())))

    def source_line(self, start: int, end: int) -> Mention | None:
        """The person a line `Source: Zelenskyy on Telegram` (a Ukrainian outlets'
        convention) names as the source of the items below it."""
        if not lexicon.SOURCE_LINE.match(self.text, start, end):
            return None
        return next(iter(self.in_span(start, end)), None)

    def relays(self, m: Mention) -> bool:
        """A spokesperson, press secretary, aide or adviser: speaks for a government."""
        roles = self.roles_of(m)
        return m.kind == "person" and any(r in roles for r in _RELAY_ROLES)

    def holders(self, title: str) -> frozenset[str]:
        """Everyone the article names who bears `title` (worked out once a title)."""
        if title not in self._holders:
            self._holders[title] = frozenset(
                name for name in dict.fromkeys(m.name for m in self.mentions)
                if self.holds(name, title))
        return self._holders[title]

    def holds(self, name: str, title: str, country: str | None = None) -> bool:
        """`name` is known, from the table or this article, to bear `title`."""
        title = _SAME_TITLE.get(title, title)
        info = self.info.get(name)
        roles = set(info.roles if info else ())
        known = known_person(name)
        if known:
            roles |= set(known.roles)
        roles = {_SAME_TITLE.get(r, r) for r in roles}
        # "the minister" is the foreign minister the article named
        roles |= {r.rsplit(" ", 1)[-1] for r in roles if r.endswith(_GENERIC_TITLES)}
        if title == "leader" and roles & set(_LEADER_ROLES):
            roles.add("leader")
        if title in _HEADS and roles & _HEADS[title]:
            roles.add(title)
        return title in roles and (country is None or self.country_of(name) == country)

    def by_title(self, title: str, country: str | None, before: int,
                 subject: str | None = None) -> str | None:
        """The person the article calls `title`: the subject of the text just before,
        when they bear it (`Zelenskyy thanked … . The president also …`), else the
        most recently mentioned holder."""
        title = _SAME_TITLE.get(title, title)
        if subject is not None and self.holds(subject, title, country):
            return subject
        k = bisect_left(self._starts, before)
        candidates = self.mentions[max(0, k - _TITLE_LOOKBACK):k] or self.mentions[
            :_TITLE_LOOKBACK]
        holders: dict[str, bool] = {}  # name -> titled once without a nationality
        for m in reversed(candidates):
            if m.name in holders:
                holders[m.name] = holders[m.name] or self._plain_title(m, title)
                continue
            if self.holds(m.name, title, country):
                if country is not None:
                    return m.name
                holders[m.name] = self._plain_title(m, title)
        if holders:
            # "President Joe Biden spoke with Ukrainian President Volodymyr Zelenskyy.
            # The president said …": the one titled without a nationality, else the
            # most recent
            plain = [name for name, is_plain in holders.items() if is_plain]
            return plain[0] if len(plain) == 1 else next(iter(holders))
        if country is not None:
            matches = [p for p in lexicon.PEOPLE if title in p.roles and p.country == country]
            if len(matches) == 1:
                return matches[0].name
            return f"{title.title()} of {lexicon.COUNTRY_BY_CODE[country].name}"
        return None

    @cached_property
    def home_country(self) -> str | None:
        """The country the article writes from: its dateline's (`SEOUL, Dec. 17 (Yonhap)
        --`), else its national outlet's (`KYODO NEWS`), else that of the first leader it
        titles without a nationality (`Prime Minister Sanae Takaichi and South Korean
        President Lee …` -> Japan). `the Foreign Ministry` with no country is this one's."""
        if self._dateline is not None and self._dateline not in lexicon.BLOCS:
            return self._dateline  # (BRUSSELS, UNITED NATIONS: no one's home)
        if self._outlet is not None:  # "KYODO NEWS - Jan 21, 2026", "(ANI)"
            return self._outlet
        return next((self.country_of(m.name) for m in self.mentions[:_TITLE_LOOKBACK]
                     if m.role and self.country_of(m.name) and self._plain_title(m, m.role)),
                    None)

    def _plain_title(self, m: Mention, title: str) -> bool:
        """The mention carries `title` with no nationality before it (`President Joe
        Biden`, not `Ukrainian President Volodymyr Zelenskyy`)."""
        if m.role != title:
            return False
        words = ascii_fold(self.text[max(0, m.start - 60):m.start]).replace("'s", "").split()
        size = len(title.split())
        if words[-size:] != title.split():
            return False
        before = words[-size - 1] if len(words) > size else ""
        return before not in lexicon.COUNTRY_BY_WORD

    def last_person(self, before: int, gender: str = "",
                    exclude: Iterable[tuple[int, int]] = ()) -> str | None:
        """The most recent person mentioned before `before` (outside `exclude` spans)."""
        skip = list(exclude)
        for m in reversed(self.mentions):
            if m.start >= before or any(s <= m.start < e for s, e in skip):
                continue
            info = self.info.get(m.name)
            if gender and info and info.gender and info.gender != gender:
                continue
            return m.name
        return None


def title_in(np: str) -> tuple[str, str | None]:
    """(title, country code) named by a noun phrase like `the Ukrainian President`."""
    words = [w.replace("'s", "") for w in ascii_fold(np).split()]
    country = None
    rest: list[str] = []
    for w in words:
        if w in ("the", "a", "an"):
            continue
        if w in lexicon.COUNTRY_BY_WORD and country is None:
            country = lexicon.COUNTRY_BY_WORD[w].code
            continue
        rest.append(w)
    if "of" in rest and _title_at(rest)[1] != len(rest):  # "the Prime Minister of Canada"
        k = rest.index("of")
        tail = " ".join(rest[k + 1:])
        if tail in lexicon.COUNTRY_BY_WORD:
            country = lexicon.COUNTRY_BY_WORD[tail].code
        rest = rest[:k]
    title, length = _title_at(rest)
    if title and length == len(rest):
        return title, country
    return "", country
