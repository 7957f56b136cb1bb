"""Extract: an `Article` -> attributed `Claim`s.

Four finders each yield drafts from the article's body, in this order:
  1. embedded posts   a post's text followed by `— Name (@handle) Date`
  2. reported speech  a cue verb from `lexicon` with its subject and content frame,
                      `according to …`, and trailing cues (`…, she added.`)
  3. quotations       paired marks with an attribution after (`,” he said`), before
                      (`He said, “`), by dash (`” — Name`), or inherited by a floating
                      quote from the claim just before it
Then `calls.attach_calls` names the conversation each claim reports on, and
`sources.assign_sources` its issuer, channel, side and final speaker. Every claim keeps
the rule that made it.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, pairwise

import attrs
from attrs import define, field

from . import lexicon
from .calls import attach_calls, settle_calls
from .names import HEAD_ROLES, Mention, People, handle_to_name, known_person
from .normalize import fold_lower
from .patterns import trie_regex
from .quotes import Pairing, Quote, QuoteIndex, pair_quotes
from .records import Article, Call, Claim, Link, Paragraph, Sentence, Source, Speaker
from .sources import assign_sources, cited_document
from .speakers import (
    Resolver,
    channel_in,
    channels_in,
    country_in,
    government,
    leader_office,
)
from .transcripts import Answer, answers

_CUE_FORMS = sorted(lexicon.CUES_BY_FORM, key=len, reverse=True)
_CUE_RE = re.compile(r"\b(" + trie_regex([*_CUE_FORMS, "according to"]) + r")\b")
_TEXT_NOUNS = frozenset("""post statement readout release message text communique
    communiqué note letter tweet dispatch report""".split())
_DETERMINERS = frozenset(
    """a an the his her its their our my your this that these those whose any no
    every each another such what which""".split())
# A word after these is a noun, not a cue: "the head of state", "in response".
_NOUN_AFTER = _DETERMINERS | {"of", "in", "for", "with", "from"}
_AMBIGUOUS_BARE = frozenset(
    """call post report support offer request demand state note promise claim tweet
    reply respond raise continue comment brief welcome thank""".split())
_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got"})
_DECLINED = frozenset({"declined", "refused", "declining", "refusing", "declines",
                       "refuses"})
# A document named with its issuer: "a statement from the Presidency of the Republic",
# "the readout issued by the Prime Minister's Office".
_DOCUMENT_WORDS = ("statement", "readout", "read-out", "release", "communiqu")
# "Mexico's account of the conversation, a statement from …": the owner just before.
_OWNER_BEFORE = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)[’']s (?:[\w-]+ ){1,5}?"
                           r"(?:of [^,]{0,60})?, $")
# One list of document nouns and of the verbs that issue them, for the patterns below.
_DOC_NOUN = r"statement|readout|read-out|press release|communiqu[eé]"
_ISSUE_VERB = r"issued|released|published|put out|posted"
_ISSUE_VERBS = tuple(_ISSUE_VERB.split("|"))
_DOCUMENT_BY = re.compile(rf"(?:{_DOC_NOUN}) (?:(?:{_ISSUE_VERB}) )?(?:from|by) ")
_DOCUMENT_INTRO = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) (?:[\w-]+ )?(?P<noun>{_DOC_NOUN}) "
    rf"(?:(?:{_ISSUE_VERB}) )?(?:from|by) (?P<issuer>[^,.;:\n()“”\"]{{3,80}}?)(?= (?:on|late"
    r"|early|after|before|that|which|said|says|placed|put|gave|made)\b|[,.;:\n(]|$)")
# "The Office of the President of Finland has put out its own short statement."
_PUT_OUT = (rf"(?:{_ISSUE_VERB}) (?:a|an|its|its own|their|their own) (?:[\w-]+ ){{0,2}}?"
            rf"(?P<noun>{_DOC_NOUN})\b")
_PUT_OUT_VERB = re.compile(r"\b" + _PUT_OUT)
_DOCUMENT_PUT_OUT = re.compile(
    r"(?P<issuer>(?:[Tt]he )?[A-Z][\w’'-]*(?: (?:of|the|for|and|[A-Z][\w’'-]*))*) (?:has |have "
    r"|had )?" + _PUT_OUT)
# "A White House readout issued on Tuesday", "the Kremlin's statement": the issuer's
# name before the noun (tried from each determiner before a document noun, nearest first).
_ISSUER_FIRST = re.compile(
    rf"(?:[Aa]n?|[Tt]he) (?P<issuer>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){{0,3}}) "
    rf"(?P<noun>{_DOC_NOUN})\b")
_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he) ")
_DOC_NOUN_RE = re.compile(rf"\b(?:{_DOC_NOUN})\b")
_ISSUER_FIRST_REACH = 60  # characters searched back from the noun
_HEAD_ROLES = tuple(sorted(HEAD_ROLES))  # (in a fixed order)
# Adverbs between a passive auxiliary and its participle: "were also discussed".
_PASSIVE_ADVERBS = frozenset({"also", "further", "briefly", "then", "again", "not",
                              "never", "extensively", "likewise", "reportedly", "already"})
_AUXILIARIES = frozenset({"had", "has", "have", "would", "will", "was", "were", "is",
                         "are", "did", "does", "do", "could", "should", "may", "might",
                         "must", "can", "shall", "been", "be"})
_MODALS = frozenset({"to", "will", "would", "can", "could", "may", "might", "must",
                     "shall", "should", "did", "do", "does", "they", "we", "i", "you",
                     "leaders", "sides", "both", "and"})
_DAY = "|".join(lexicon.WEEKDAYS)
_DAYPART = "morning|afternoon|evening|night"
_DESTINATION = ("for ", "to ", "from ", "toward ", "towards ", "on a ", "on his ", "on her ")
_TIME_POSSESSIVE = re.compile(rf"(?:{_DAYPART})['’]s\b")
_ADJUNCT_START = re.compile(
    r"^(?:in|on|at|during|after|before|via|through|from|to reporters|to journalists"
    r"|late|early|earlier|later|last|this|yesterday|today|on \w+day|while|when|as|"
    # wire style: "the ministry said Tuesday" (not "Tuesday's call", "Monday night's …")
    rf"(?:{_DAY})(?!['’]s| (?:{_DAYPART})['’]s)|"
    r"according|referring|adding|citing|without)\b|^[,.;:!?]|^$",
    re.IGNORECASE,
)
# The person told: "told reporters", "told Trudeau", "told his Turkish counterpart".
_ADDRESSEE = re.compile(
    r"(?:him|her|them|us|me|reporters|journalists|lawmakers|parliament|the press"
    r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}"
    r"|(?:the|his|her|their|its) (?:[\w’'-]+ ){0,2}?(?:counterpart|leader|president"
    r"|minister|chancellor|host|guest|audience|people|nation|parliament|committee|senate"
    r"|house|assembly|council|conference|summit|forum|meeting|hearing|inquiry|panel"
    r"|delegates|crowd|gathering|congress|caucus)s?"
    r"|(?:a|an|the|his|her|its) (?:[\w’'-]+ )?(?:press|news) (?:conference|briefing))"
    r"\s+(?:that\s+)?"
)
_EMBED = re.compile(
    r"(?P<body>\S.*?)\s*(?:(?:pic\.twitter\.com|https?://)\S*\s*)?[—–]\s*"
    r"(?P<name>[^()\n—–]{2,120}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$"
)
_LEADING_ADJUNCT = re.compile(
    r"(?:In|At|On|During|After|Before|Speaking|According|Asked|Earlier|Later|Sharing"
    r"|Writing|Following|While|When)\b")
# A finite verb after an opening adjunct: "In 1944 the city was bombed, she said."
# (auxiliaries only: "the assembled delegates", "the reported strike" have no verb)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should"
                     r"|must|did|does|do)\b")
_LEADING_IN = re.compile(r"(?:In|Through|Via) (?=(?:a|an|the|its|his|her|their) )")
# "…, or as many as 50 according to local officials": a figure set against another source's
_CONTRAST = re.compile(r", (?:or|and|but|while|whereas) (?:even |as many as |up to |only )?"
                       r"(?P<what>[^,;:.“”\"]{1,60}?),? $")
_RELATIVE = re.compile(r" (?:which|who) ")
_CONJUNCTION = re.compile(r"\s*(?:and|but|while|whereas|so|yet)\s+")
# A word of the addressee or an adjunct before "that": no clause mark, but the period
# of an honorific ("told Ms. Sheinbaum that") is part of a name.
# A character of a clause: no punctuation but the period of an abbreviation (`Mr.`,
# `Feb.`).
_WORDISH = "(?:[^,.;“\"]|" + "|".join(
    rf"(?<=\b{a})\." for a in ("mr", "ms", "dr", "mrs", "st", "jan", "feb", "mar", "apr",
                               "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")) + ")"
_SAY_THAT = re.compile(rf"(?:{_WORDISH}{{0,60}}?\s)?that\s")
_TELL_THAT = _SAY_THAT  # the same shape: an addressee or an adjunct, then "that"
# "Ishiba was quoted by Han's office as saying": the speaker is the subject, the source
# follows `by` (searched in the few words before a cue, at their end)
_QUOTED_AS = re.compile(r"\b(?:was|were|is|are|has been|have been|had been) (?:quoted|cited)"
                        r"(?: (?:by|in) (?P<source>[^,;:“”\"]{1,80}?))? as $")
_QUOTED_AS_WINDOW = 160  # characters before a cue searched for it
_MONTH = "|".join(lexicon.MONTHS)  # (names and their abbreviations)
# the last try: "told Ukrainian President Volodymyr Zelenskiy in a phone call on Tuesday
# that …"
_TELL_FAR_THAT = re.compile(  # (its "that" follows a time or the call: not "the offer that")
    rf"(?:{_WORDISH}{{0,100}}?\s)?(?:{_DAY}|call|conversation|phone|today|yesterday|week"
    rf"|{_DAYPART}|\d{{1,2}}) that\s")
_TELL_ABOUT = re.compile(rf"(?:{_WORDISH}{{0,40}}?\s)?(?:about|of)\s")
_TELL_ON = re.compile(  # "briefed X on …", not "on Monday", "on the phone", "on X"
    rf"(?:{_WORDISH}{{0,40}}?\s)?on\s(?!(?:{_DAY}|{_MONTH}|the phone|a call|a video|x"
    r"|twitter|telegram|facebook|\d)\b)")
_QUOTE_LABEL = re.compile(r"\s*quote(?: from (?P<who>[^:\n]{2,80}))?:\s*", re.IGNORECASE)
_AND_THAT = re.compile(r",? (?:and|but) that ")  # a second that-clause of one verb
# “all options are on the table” concerning the renewal …: words, not an attribution
_WORDS_GO_ON = re.compile(r" (?:concerning|regarding|about|for|against)\b")
_AND_MORE = re.compile(r" (?:and|as well as) (?:to|the|on|for|called|urged|said)\b")  # “…” and to …
_ACRONYM_TAIL = re.compile(rf"{lexicon.ACRONYM}\)\s*$")
_TRAILING_WORDS = 8  # words after a trailing cue ("…, she said in a statement on Monday.")
_MIN_PART = 12  # characters: shorter pieces of a split are no statement of their own
# A time or a channel between a verb of saying and its clause ("said on Monday he …",
# "said on Telegram he …"), and the words a reported clause starts with after it.
_SAID_ASIDE = re.compile(
    rf"(?:(?:(?:late|early|earlier|later) )?(?:(?:on )?(?:{_DAY})(?: (?:{_DAYPART}))?"
    rf"|on (?:{_MONTH})\.? \d{{1,2}}|yesterday|today|last (?:week|night"
    r"|month))|on (?:x|twitter|telegram|facebook|instagram|truth social)|in (?:a|an|his"
    r"|her|its|their) (?:\w+ )?(?:post|statement|interview|address|briefing))\s+"
    r"(?:that\s+)?")
_FINITE_VERBS = ("would|will|had|has|have|was|were|is|are|could|should|must|may|might|did"
                 "|does|do")
_CLAUSE_START = re.compile(
    r"(?:he|she|it|they|we|i|his|her|its|their|the|a|an|this|that|there|both|all|no"
    rf"|[a-z]+(?:’s|'s))\b|(?:[\w’'-]+ ){{1,3}}(?:{_FINITE_VERBS}|wanted|needed|planned|hoped)\b")
# A clause with its subject and a finite verb: "its forces are …", "Russia would …".
_FINITE_CLAUSE = re.compile(rf"(?:[\w’'-]+ ){{1,3}}(?:{_FINITE_VERBS})\b")
# Where and when, between an addressee and the content: "in Canberra on Thursday".
_PLACE_TIME = re.compile(
    rf"(?:(?:in|at) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?|at (?:a|the) (?:news|press) "
    rf"(?:conference|briefing)|(?i:on (?:{_DAY})|on (?:{_MONTH})\.?"
    rf" \d{{1,2}})|(?:late|early) \w+|earlier|later|yesterday|today|this week|last week)"
    rf"(?:,? (?:(?:in|at) [A-Z][\w.’'-]*|(?i:on (?:{_DAY}))|(?:late|early) \w+))*,? ")
# Verbs whose content may be an infinitive after an aside: "agreed on Wednesday to …".
_PROMISES = frozenset({"agree", "pledge", "vow", "promise"})
_ADJUNCT_TO = re.compile(  # times, or the call itself, then the infinitive
    rf"(?:(?:(?:late |early )?on (?:{_DAY}|{_MONTH})(?: \d{{1,2}}| morning| afternoon"
    r"| evening| night)?|yesterday"
    r"|today|(?:in|during) (?:a|the|their|his|her) (?:\w+ )?(?:call|conversation|talks)"
    r"|(?:in|during) (?:a|the|his|her|their) (?:\w+ )?(?:speech|address|statement"
    r"|interview|post|news conference|press conference)(?: (?:to|on|at|in|with) (?:the )?"
    r"[a-z][\w-]*(?: [a-z][\w-]*)?)?"  # "vowed in a speech to parliament to keep …"
    r"|by (?:tele)?phone|over the phone),? ){1,3}"
    r"(?P<to>to (?!the |a |an |his |her |its |their )[a-z])")
# What follows "posted" that is no statement: "posted a photo of …", "posted about
# the call on X:" (after "said", "about 200 soldiers" is a statement).
_POSTING = frozenset({"post", "tweet"})
_NOT_CONTENT = ("a photo", "a picture", "a video", "an image", "a clip", "a link",
                "a map", "a screenshot", "photos", "pictures", "videos", "about ")
_DIRECT = (-1, -1)  # the cue introduces a quotation: the quotation finder's claim
# Words of a transcript's label that are no name: "MS. LEAVITT", "CHIEF CABINET
# SECRETARY HAYASHI", "SPOKESPERSON MAO".
_LABEL_TITLE_WORDS = lexicon.TITLE_WORDS | lexicon.HONORIFICS | {
    "mr", "mrs", "ms", "dr", "chief", "cabinet", "deputy", "press", "senior", "official",
    "general", "admiral", "the", "of"}
_TITLE_WORD = re.compile(r"^[\d\W]*[A-Z0-9]")
_ALNUM = re.compile(r"[^\W_]")  # a character for which str.isalnum() is true
_NEXT_WORD = re.compile(r"\s*([\w’'-]+)")
_MAX_GAP = 1000  # white space looked back over for the character before a phrase
_OPEN_MARKS = "“\"‘'"
_CLOSE_MARKS = "”\"’'"


@define
class Draft:
    """A claim under construction: where it is, who said it, and how we know."""

    start: int
    end: int
    kind: str
    cue: str
    agent: Mention | None
    rule: str
    confidence: float
    sentence: int
    paragraph: int
    via: Mention | None = None  # an explicit source named in the sentence
    channel_hint: str | None = None  # a channel named near the attribution
    post_date: str | None = None  # for embedded posts: the date they carry
    issuer: str = ""
    channel: str = "unknown"
    side: str = "unknown"
    speaker: str = "unknown"
    mention: str = ""
    source_rule: str = ""
    call: Call | None = None
    chain: list[tuple[str, str]] = field(factory=list)


def extract_claims(article: Article) -> Iterator[Claim]:
    """Yield the attributed claims of an article, in text order."""
    finder = _Finder(article)
    drafts = finder.find()
    calls = attach_calls(drafts, article, finder.people, finder.resolver)
    assign_sources(drafts, finder.resolver, finder.people, article, finder.cited)
    settle_calls(drafts, calls, article, finder.resolver)
    for d in sorted(drafts, key=lambda d: (d.start, d.end)):
        yield _to_claim(d, article)


def _to_claim(d: Draft, article: Article) -> Claim:
    chain = [Link("article", article.id)] + [Link(r, n) for r, n in d.chain]
    return Claim(
        article_id=article.id,
        text=article.text[d.start:d.end],
        start=d.start,
        end=d.end,
        kind=d.kind,
        cue=d.cue,
        speaker=Speaker(name=d.speaker, mention=d.mention or d.speaker),
        source=Source(issuer=d.issuer or "unknown", channel=d.channel, side=d.side),
        call=d.call,
        rule=d.rule + (f"+{d.source_rule}" if d.source_rule else ""),
        confidence=round(d.confidence, 2),
        chain=tuple(chain),
    )


# Segments between a subject and its verb that are not the subject: appositives ("a
# doctor at …"), relative clauses, prepositional asides ("in a statement on its
# website") and participle clauses ("speaking at a news conference in Ankara",
# "interviewed on Citizen TV").
_ASIDE_STARTS = ("in ", "on ", "at ", "during ", "after ", "according to ", "like ",
                 "unlike ")
_APPOSITIVE_STARTS = ("a ", "an ", "the ", "who ", "whose ", "which ", "also ", "now ",
                      "formerly ", "himself ", "herself ", *_ASIDE_STARTS)
_PARTICIPLE_CLAUSE = re.compile(r"[a-z]+(?:ing|ed) (?:to|on|at|in|by|with|about|from|for"
                                r"|after|during|before|alongside|through|via|beside)\b")
# Where a trailing subject ends and its adjunct begins: "the PMO in a press release".
_NP_ADJUNCT = re.compile(r" (?:in|on|at|during|late|early|earlier|later|today|yesterday"
                         r"|after|before|via|through)\b")
_INVERTED_WORDS = 6  # "said the Prime Minister's Office of Canada"
_NOT_A_SUBJECT = frozenset({"he", "she", "it", "they", "we", "i", "you", "that", "this",
                            "there", "his", "her", "its", "their", "to", "on", "in"})
_ASIDE_WORDS = 6  # "visibly tired", "his voice breaking": asides between subject and verb


_FIRST_PERSON_I = re.compile(r"\b(?:I|my|me)\b")


class _Finder:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.low = fold_lower(article.text)
        body = [p for p in article.paragraphs if p.boilerplate is None]
        self._para_starts = [p.start for p in article.paragraphs]
        self.body_paragraphs = {i for i, p in enumerate(article.paragraphs)
                                if p.boilerplate is None}
        self.sentences: list[Sentence] = [
            s for s in article.sentences if s.paragraph in self.body_paragraphs]
        self._sentence_starts = [s.start for s in self.sentences]
        self.pairing: Pairing = pair_quotes(article.text, body)
        self.quotes = [q for q in self.pairing.quotes if self._is_body(q.open)]
        self.qindex = QuoteIndex(self.quotes)
        self._quote_opens = [q.open for q in self.qindex.quotes]
        self._chains: dict[int, Draft | None] = {}  # quotations over paragraphs: speaker
        self.cited: Mention | None = None  # the source an agency cites for the story
        self.people = People(article.text, [(p.start, p.end) for p in article.paragraphs
                                            if p.boilerplate in (None, "heading")],
                             [s.start for s in article.sentences])
        self.resolver = Resolver(article.text, self.people, self.sentences, self.quotes)
        self.drafts: list[Draft] = []
        self._current: list[Draft] = []
        self.embedded: set[int] = set()
        self._embedded_spans: list[tuple[int, int]] = []  # sorted, disjoint
        self._by_sentence: dict[int, list[Draft]] = {}
        self._previous = _Previous([])

    def _is_body(self, pos: int) -> bool:
        k = bisect_right(self._para_starts, pos) - 1
        para = self.article.paragraphs[k] if k >= 0 else None
        return para is not None and k in self.body_paragraphs and pos < para.end

    # -- orchestration ---------------------------------------------------------------
    def find(self) -> list[Draft]:
        self._introduced_documents()
        self._transcript()
        self._embedded_posts()
        self._blocks_after_colons()
        self._embedded_spans.sort()
        for idx, sent in enumerate(self.sentences):
            if sent.paragraph in self.embedded:
                continue
            self._reported_speech(idx, sent)
        self._quotations()
        self.drafts.sort(key=lambda d: d.start)
        return self.drafts

    # -- 0. documents the text names -----------------------------------------------
    def _introduced_documents(self) -> None:
        """`a statement from the Presidency of the Republic`, `a readout issued by the
        PMO`: documents named outside any claim, for `the statement said` later. An
        office with no country of its own takes the one named before it in the
        sentence (`Mexico's account, a statement from the Presidency, …`)."""
        self.cited = cited_document(self.article, self.resolver)
        if self.cited is not None:  # "Ukrinform reports, citing the press service of …"
            self.resolver.remember(self.cited)
        low = self.low
        if not any(w in low for w in _DOCUMENT_WORDS):
            return
        for m in heapq.merge(self._named_with_issuer(), self._put_out(),
                             self._issuer_first(), key=lambda m: m.start()):
            issuer = self.resolver.resolve(m.start("issuer"), m.end("issuer"), loose=True)
            if issuer is None or issuer.kind not in ("body", "document", "person"):
                continue
            country = issuer.country or self.people.country_of(issuer.name)
            name = issuer.name
            sent = self.sentences[self._sentence_at(m.start())]
            owner = _OWNER_BEFORE.search(self.text, sent.start, m.start())
            before = country_in(owner.group(1)) if owner else None
            if name == "unknown" or not name[:1].isupper() or (
                    before is not None and country is None):
                # "Mexico's account, a statement from the Presidency of the Republic"
                if before is None:
                    continue
                country, name = before, lexicon.COUNTRY_BY_CODE[before].head_office
            self.resolver.remember(Mention(m.start(), m.end(), m.group(), "document", name,
                                           country, channel=channel_in(m.group("noun"))))

    def _named_with_issuer(self) -> Iterator[re.Match[str]]:
        """`a statement from the Presidency`: found from its noun, so the determiner's
        pattern never runs over the whole text."""
        last = -1
        for noun in _DOCUMENT_BY.finditer(self.text):
            for m in _DOCUMENT_INTRO.finditer(self.text, max(0, noun.start() - 40),
                                              min(len(self.text), noun.end() + 100)):
                if m.start("noun") == noun.start() and m.start() > last:
                    last = m.start()
                    yield m
                    break

    def _issuer_first(self) -> Iterator[re.Match[str]]:
        """`A White House readout issued on Tuesday made no mention of tariffs`: a
        document named by its issuer, before its noun."""
        for noun in _DOC_NOUN_RE.finditer(self.text):
            lo = max(0, noun.start() - _ISSUER_FIRST_REACH)
            starts = [d.start() for d in _DETERMINER.finditer(self.text, lo, noun.start())]
            for start in reversed(starts):  # the nearest determiner whose phrase fits
                m = _ISSUER_FIRST.match(self.text, start, noun.end())
                if m is not None and m.end() == noun.end():
                    yield m
                    break

    def _put_out(self) -> Iterator[re.Match[str]]:
        """`The Office of … has put out its own short statement`: found from the verb
        back to its subject, so the subject's pattern never runs over the whole text."""
        if not any(v in self.low for v in _ISSUE_VERBS):
            return  # (most texts: none of the verbs, no scan)
        for verb in _PUT_OUT_VERB.finditer(self.text):
            sent = self.sentences[self._sentence_at(verb.start())]
            m = _DOCUMENT_PUT_OUT.search(self.text, max(sent.start, verb.start() - 120),
                                         verb.end())
            if m is not None and m.end() == verb.end():
                yield m

    # -- 0. a transcript's answers --------------------------------------------------
    def _transcript(self) -> None:
        """A briefing's or an interview's answers (transcripts.py): each the answering
        person's direct claim; what they report inside an answer is part of it."""
        found = answers(self.article, self.body_paragraphs)
        if not found:
            return
        named = channels_in(self.text[:found[0].label_start])
        channel = next((c for c in ("interview", "briefing") if c in named), None)
        for a in found:
            agent = self._answerer(a, found[0].label_start)
            if agent is None:
                continue
            self.embedded.update(a.paragraphs)
            self._embedded_spans.append((a.start, a.end))
            self._add(Draft(a.start, a.end, "direct", "transcript", agent,
                            "transcript-answer", 0.85, self._sentence_at(a.start),
                            a.paragraphs[0], channel_hint=channel))

    def _answerer(self, a: Answer, first: int) -> Mention | None:
        """Who answers: the person the label names (`CHIEF CABINET SECRETARY HAYASHI`:
        Hayashi), or for `A:` the interview's subject, the person the text names most
        before the first answer at `first` (not its author, `By …`)."""
        end = a.label_start + len(a.label)
        if a.label.upper() in ("A", "ANSWER"):
            met = [m.name for m in self.people.mentions if m.start < first
                   and self.low[max(0, m.start - 3):m.start] != "by "]
            if not met:
                return None
            name = max(dict.fromkeys(met), key=met.count)  # most named; first on a tie
            return Mention(a.label_start, end, a.label, "person", name,
                           self.people.country_of(name))
        named = self.people.in_span(a.label_start, end)
        if named:  # "Official Spokesperson, Shri Randhir Jaiswal"
            m = named[-1]
            return Mention(a.label_start, end, a.label, "person", m.name, m.country,
                           m.gender, role=m.role)
        label = a.label.replace(".", " ").lower().split()
        words = [w for w in label if w not in _LABEL_TITLE_WORDS]
        if not words:
            return None
        name = self.people.by_surname(words[-1].title()) or " ".join(w.title() for w in words)
        role = " ".join(w for w in label if w in _LABEL_TITLE_WORDS)
        return Mention(a.label_start, end, a.label, "person", name,
                       self.people.country_of(name), role=role)

    # -- 0b. a block introduced by a colon ------------------------------------------
    def _blocks_after_colons(self) -> None:
        """`Sandu posted on Facebook about the call. She wrote:` then, unquoted, the
        post's paragraph: the next paragraph is the lead-in's speaker's direct claim."""
        body = sorted(self.body_paragraphs - self.embedded)
        for i, j in pairwise(body):
            if j != i + 1:
                continue
            lead, block = self.article.paragraphs[i], self.article.paragraphs[j]
            if self.text[lead.start:lead.end].rstrip()[-1:] != ":":
                continue
            chunk = self.text[block.start:block.end].strip()
            if not chunk or chunk[0] in _OPEN_MARKS or len(chunk.split()) < 4:
                continue
            idx = self._sentence_at(lead.end - 1)
            sent = self.sentences[idx]
            hit = next((h for h in self._cue_hits(sent) if lexicon.CUES_BY_FORM[
                h[2]].frame in ("say", "that")), None)
            if hit is None or self.text[hit[1]:lead.end].strip(" :\n"):
                continue  # the cue must end the lead-in: "She wrote:"
            agent = self._subject(sent, hit[0], self._np_start(sent, hit[0]), hit[2])
            if agent is None or agent.kind != "person":
                continue
            start = block.start + (len(self.text[block.start:block.end])
                                   - len(self.text[block.start:block.end].lstrip()))
            end = self._trim_space(start, block.end)
            hint = channel_in(self.text[self.sentences[max(0, idx - 1)].start:lead.end])
            self.embedded.add(j)
            self._embedded_spans.append((start, end))
            self._add(Draft(start, end, "direct", self.text[hit[0]:hit[1]], agent,
                            "colon-block", 0.75, self._sentence_at(start), j,
                            channel_hint=hint))

    def _trim_space(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return end

    # -- 1. embedded posts -----------------------------------------------------------
    def _embedded_posts(self) -> None:
        for i in sorted(self.body_paragraphs):
            para = self.article.paragraphs[i]
            if self.text.find("(@", para.start, para.end) == -1:
                continue  # no "— Name (@handle)" signature: not a post
            match = _EMBED.fullmatch(self.text, para.start, para.end)
            if not match and i - 1 in self.body_paragraphs and i - 1 not in self.embedded:
                # the signature on a paragraph of its own, the post's text just above
                above = self.article.paragraphs[i - 1]
                match = _EMBED.fullmatch(self.text, above.start, para.end)
                if match and self._names_signer(above, match):
                    match = None  # "Zelensky posted a message on X …": the reporter's
                if match:
                    self.embedded.add(i - 1)
            if not match:
                continue
            name = match.group("name").split(" / ")[0].strip()
            agent = self._named(name, match.start("name")) or self._named(
                match.group("handle"), match.start("handle"))
            start, end = match.span("body")
            if agent is None or end - start < 10:
                continue
            self.embedded.add(i)
            self._embedded_spans.append((start, end))
            draft = Draft(start, end, "direct", "embedded post", agent, "embedded-post",
                          0.95, self._sentence_at(start), i, channel_hint="social_post",
                          post_date=match.group("date"))
            self._add(draft)

    def _names_signer(self, para: Paragraph, match: re.Match[str]) -> bool:
        """The paragraph above a signature names its signer: the reporter writing
        about the post, not the post."""
        signer = self._named(match.group("name").split(" / ")[0].strip(),
                             match.start("name"))
        return signer is not None and any(
            m.name == signer.name for m in self.people.in_span(para.start, para.end))

    def _add(self, draft: Draft) -> None:
        self.drafts.append(draft)
        for named in (draft.agent, draft.via):  # "the statement" may refer to it later
            if named is not None:
                self.resolver.remember(named)
        issued = self._leaders_document(draft)
        if issued is not None:
            self.resolver.remember(issued)
        self._by_sentence.setdefault(draft.sentence, []).append(draft)

    def _leaders_document(self, draft: Draft) -> Mention | None:
        """`Albanese has promised …, in a statement issued after the call`: a leader's
        own statement or readout, no one else named for it, is their office's, for `The
        statement said` later."""
        agent, via = draft.agent, draft.via
        if draft.channel_hint not in lexicon.READOUT_LIKE or agent is None or (
                agent.kind != "person") or (via is not None and via.name != "unknown"):
            return None
        country = agent.country or self.people.country_of(agent.name)
        if country is None or not any(self.people.holds(agent.name, role)
                                      for role in _HEAD_ROLES):
            return None
        # (placed where the claim is: "the statement" after it refers back to it)
        return Mention(draft.start, draft.end, agent.surface, "document",
                       leader_office(agent.name, country, self.people), country,
                       channel=draft.channel_hint)

    def _named(self, name: str, pos: int) -> Mention | None:
        person = known_person(name) or known_person(handle_to_name(name))
        if person:
            return Mention(pos, pos + len(name), name, "person", person.name,
                           person.country, person.gender)
        mentions = self.people.in_span(pos, pos + len(name) + 1)
        if mentions:
            m = mentions[0]
            return Mention(pos, pos + len(name), name, "person", m.name, m.country)
        return None

    # -- 2. reported speech ------------------------------------------------------------
    def _reported_speech(self, idx: int, sent: Sentence) -> None:
        hits = list(self._cue_hits(sent))
        if not hits:
            return  # most sentences: no cue, no claim
        made: list[Draft] = []
        self._current = made
        open_draft: Draft | None = None
        lead_via = self._leading_according_to(sent, hits)
        if lead_via is not None:
            hits = hits[1:]
        for pos, end_pos, form in hits:
            if open_draft is not None and pos < open_draft.end:
                draft = self._inner_cue(idx, sent, open_draft, pos, end_pos, form, made)
                if draft is None:
                    continue
            else:
                draft = self._speech_draft(idx, sent, pos, end_pos, form)
            if draft is not None and draft.rule == "trailing-cue" and made and (
                    made[-1].start >= draft.start and draft.agent is not None):
                # "The two leaders also discussed trade, Jaiswal said.": the trailing
                # attribution names who reports the claim before it
                via = self._reporter(draft.agent, made[-1])
                if via is not None:
                    made[-1].via = made[-1].via or via
                    made[-1].channel_hint = made[-1].channel_hint or draft.channel_hint
                    continue
            if draft is not None:
                made.append(draft)
                open_draft = draft
        if lead_via is not None:
            agent, via_start = lead_via
            if made:
                for d in made:
                    d.via = d.via or agent
            else:
                draft = self._according_to(idx, sent, via_start, via_start + 12)
                if draft is not None:
                    made.append(draft)
        via = next((d.via for d in made if d.via is not None), None)
        if via is None and made:
            via = self._leading_document(sent)
        for d in made:
            d.via = d.via or via
            for part in self._that_clauses(d):
                self._add(part)

    def _that_clauses(self, d: Draft) -> list[Draft]:
        """`told Trump that Türkiye was ready to host talks and that peace was
        possible`: each that-clause is a statement of its own."""
        if d.kind == "direct":
            return [d]
        parts, start = [], d.start
        for m in _AND_THAT.finditer(self.low, d.start, d.end):
            if (self.resolver.inside_quote(m.start()) or m.start() - start < _MIN_PART
                    or not _CLAUSE_START.match(self.low, m.end())):
                continue  # "drones and that kind of equipment": no clause follows
            parts.append((start, self._trim_end(start, m.start())))
            start = m.end()
        if not parts or d.end - start < _MIN_PART:
            return [d]
        parts.append((start, d.end))
        parts = [(s + 5 if self.low.startswith("that ", s) else s, e) for s, e in parts]
        out = []
        for s, e in parts:
            quote = self._quote_at(s) if self.text[s] in _OPEN_MARKS else None
            if quote is not None and quote.closed and quote.close == e - 1:
                # a part that is one quotation is a direct claim, its marks left out
                out.append(attrs.evolve(d, start=s + 1, end=e - 1, kind="direct", chain=[]))
            else:
                out.append(attrs.evolve(d, start=s, end=e, chain=[], kind=self._kind(s, e)))
        return out

    def _leading_according_to(self, sent: Sentence, hits: list[tuple[int, int, str]]
                              ) -> tuple[Mention, int] | None:
        """`According to the readout, X said …`: the readout is the source of the
        sentence's claims."""
        if not hits or hits[0][2] != "according to":
            return None
        pos, end_pos, _ = hits[0]
        if self.text[sent.start:pos].strip(" ,"):
            return None
        np_end = self._clause_end(end_pos, sent.end)
        agent = self.resolver.resolve(end_pos, np_end, loose=True)
        if agent is None or not any(p > np_end for p, _, _ in hits[1:]):
            return None
        return agent, pos

    def _split_relative(self, claim: Draft, source: Mention, idx: int,
                        sent: Sentence) -> Draft | None:
        """`Azerbaijan said it shelled a post which housed 30 soldiers, according to
        Armenia`: when `according to` names another country than the claim's speaker,
        it vouches for the claim's last relative clause only (the toll is Armenia's,
        the shelling Azerbaijan's). Returns that clause as a claim of its own, the claim
        cut before it."""
        rel = _last_relative(self.low, claim.start, claim.end)
        if rel is None or not _other_side(claim.agent, source):
            return None
        split, start = rel
        if len(self.text[start:claim.end].split()) < 2:
            return None
        end = claim.end
        claim.end = self._trim_end(claim.start, split)
        return Draft(start, end, self._kind(start, end), "according to", source,
                     "according-to", 0.7, idx, sent.paragraph, channel_hint=source.channel)

    def _leading_document(self, sent: Sentence) -> Mention | None:
        """`In a note released by Palazzo Chigi, Meloni reaffirmed …`: a document named
        in the sentence's opening phrase is the source of its claims."""
        m = _LEADING_IN.match(self.text, sent.start, sent.end)
        if m is None:
            return None
        comma = self.text.find(",", m.end(), min(sent.end, m.end() + 160))
        if comma == -1:
            return None
        found = self.resolver.resolve(m.end(), comma)
        if found is None or found.kind != "document" or found.name == "unknown":
            return None
        return found

    def _inner_cue(self, idx: int, sent: Sentence, outer: Draft, pos: int, end_pos: int,
                   form: str, made: list[Draft]) -> Draft | None:
        """A cue inside the content of the previous claim of the sentence."""
        if form == "according to":
            agent = self._according_in(pos, sent.end)
            comma = self.text.rfind(",", outer.start, pos)
            if agent is None or comma <= outer.start:
                return None
            outer.end = self._trim_end(outer.start, comma)
            split = self._split_relative(outer, agent, idx, sent)
            if split is not None:
                return split
            outer.via = outer.via or agent
            return None
        np_start = self._np_start(sent, pos)
        np_end = self._np_end(pos)
        before_cue = self.low[outer.start:np_end].split()
        if before_cue and before_cue[-1] == "and" and not form.endswith("ing"):
            # "condemned X and reaffirmed Y": the same speaker, a second claim
            cut = self.low.rfind(" and", outer.start, np_end)
            content = self._content(sent, pos, end_pos, form)
            if (content is None or content == _DIRECT or outer.agent is None
                    or cut <= outer.start):  # "said and added that …": nothing to cut
                return None
            outer.end = self._trim_end(outer.start, cut)
            start, end = content
            return Draft(start, end, self._kind(start, end), self.text[pos:end_pos],
                         outer.agent, "cue-" + lexicon.CUES_BY_FORM[form].frame, 0.75, idx,
                         sent.paragraph, channel_hint=outer.channel_hint)
        boundary = self.text.rfind(",", outer.start, np_start + 1)
        if boundary == -1 or boundary < outer.start:
            if (outer.agent is not None and self._speaks_for_others(outer.agent)
                    and np_start <= outer.start + 1 and outer in made):
                # "the Kremlin said that Putin told …", "spokesperson Kang said Lee had
                # called for …": the leader speaks, through the readout or spokesperson
                inner = self._speech_draft(idx, sent, pos, end_pos, form, np_from=outer.start)
                if inner is not None and inner.agent is not None and (
                        inner.agent.kind == "person"
                        and inner.agent.name != outer.agent.name):
                    inner.via = outer.agent
                    inner.channel_hint = inner.channel_hint or outer.channel_hint
                    made.remove(outer)
                    return inner
            return None
        inverted = self._inverted(sent, pos, end_pos, form, np_start)
        if inverted is not None and inverted[1] > outer.start:
            # "Trudeau reiterated …, indicated the Prime Minister's Office": the source
            agent, comma = inverted
            outer.end = self._trim_end(outer.start, comma)
            via = self._reporter(agent, outer)
            if via is not None:
                outer.via = via
                outer.channel_hint = outer.channel_hint or channel_in(
                    self.text[comma:sent.end])
                self.resolver.remember(via)
            return None
        lead = _CONJUNCTION.match(self.low, np_start, np_end)
        if lead and lead.end() < np_end:
            np_start = lead.end()  # ", and the leaders agreed …": a new clause's subject
        agent = self.resolver.resolve(np_start, np_end)
        if agent is None:
            return None
        if self._content(sent, pos, end_pos, form) is None:
            # ", the president's office said": names the source of the last claim
            outer.end = self._trim_end(outer.start, boundary)
            via = self._reporter(agent, outer)
            if via is not None and via.kind == "person":  # "…, Carney told reporters"
                outer.channel_hint = outer.channel_hint or channel_in(
                    self.text[boundary:sent.end])
            if via is not None:
                outer.via = via
                self.resolver.remember(via)
            return None
        outer.end = self._trim_end(outer.start, boundary)
        return self._speech_draft(idx, sent, pos, end_pos, form)

    def _reporter(self, agent: Mention, claim: Draft) -> Mention | None:
        """Who a trailing attribution (`…, the PMO said`, `…, Jaiswal said`) names as
        the source of the claim before it: an office or document, a spokesperson, or
        whoever reports a claim credited to the leaders together."""
        return self._as_source(agent, claim) or (
            agent if agent.kind == "person" and claim.agent is not None
            and claim.agent.kind == "group" else None)

    def _speaks_for_others(self, agent: Mention) -> bool:
        """An office, a document, or a spokesperson or aide: reports what others said."""
        return agent.kind in ("document", "body") or self.people.relays(agent)

    def _as_source(self, agent: Mention, claim: Draft) -> Mention | None:
        """A trailing attribution as the source of a claim: a document or an office, or
        a spokesperson speaking for their government."""
        if agent.kind in ("document", "body"):
            return agent
        if agent.kind == "person" and "spokes" in self.people.roles_of(agent):
            country = agent.country or (claim.agent.country if claim.agent else None)
            if country:
                name = government(country)
                return Mention(agent.start, agent.end, agent.surface, "body", name, country,
                               channel="statement")
        return None

    def _kind(self, start: int, end: int) -> str:
        return "mixed" if self._has_partial_quote(start, end) else "indirect"

    def _cue_hits(self, sent: Sentence) -> Iterator[tuple[int, int, str]]:
        for m in _CUE_RE.finditer(self.low, sent.start, sent.end):
            pos = m.start()
            if self.resolver.inside_quote(pos) or self._in_embedded_or_claimed(pos):
                continue
            form = m.group(1)
            prev = self._word_before(pos, sent.start)
            prev_word = prev[0] if prev else ""
            if form == "according to":
                yield pos, m.end(), form
                continue
            cue = lexicon.CUES_BY_FORM[form]
            if cue.lemma == "read" and prev_word not in _TEXT_NOUNS:
                continue  # only a text reads: "the post reads", not "he read the names"
            if prev_word in _NOUN_AFTER or prev_word.endswith(("’s", "'s")):
                continue  # a noun: "the call", "his statement", "head of state"
            if form == cue.lemma and cue.lemma.split()[0] in _AMBIGUOUS_BARE and (
                    prev_word not in _MODALS):
                continue
            if prev_word == "to" and prev and (
                    (verb := self._word_before(prev[1], sent.start)) is not None
                    and verb[0] in _DECLINED):
                continue  # "declined to say whether …": no statement
            if prev and prev_word in _PASSIVE_ADVERBS:  # "were also discussed"
                earlier = self._word_before(prev[1], sent.start)
                prev_word = earlier[0] if earlier else prev_word
            if prev_word in _PASSIVE and not form.endswith("ing"):
                continue  # "was discussed", "were told": the subject does not speak
            if form.endswith("ed") and self.low[m.end():m.end() + 3] == " by":
                continue  # "a readout released by", "discussed by"
            yield pos, m.end(), form

    def _in_embedded_or_claimed(self, pos: int) -> bool:
        k = bisect_right(self._embedded_spans, (pos, len(self.text))) - 1
        return k >= 0 and self._embedded_spans[k][0] <= pos < self._embedded_spans[k][1]

    def _after_determiner(self, pos: int, floor: int) -> bool:
        """The word at `pos` follows a determiner or a preposition: a noun (`the post`,
        `head of state`), not a cue."""
        before = self._word_before(pos, floor)
        return before is not None and before[0] in _NOUN_AFTER

    def _char_before(self, pos: int) -> str:
        """The last character before `pos` that is not white space ('' if none)."""
        floor = max(0, pos - _MAX_GAP)
        while pos > floor and self.text[pos - 1].isspace():
            pos -= 1
        return self.text[pos - 1] if pos > floor else ""

    def _speech_draft(self, idx: int, sent: Sentence, pos: int, end_pos: int,
                      form: str, *, np_from: int | None = None) -> Draft | None:
        if form == "according to":
            return self._according_to(idx, sent, pos, end_pos)
        before = self.text[sent.start:pos].rstrip()
        if before and before[-1] in _CLOSE_MARKS + "," and not form.endswith("ing"):
            stripped = before.rstrip(",").rstrip()
            if stripped and stripped[-1] in _CLOSE_MARKS:
                return None  # "…,” said X": a quotation's attribution
        np_start = self._np_start(sent, pos) if np_from is None else np_from
        np_start = max(np_start, min(self._after_dateline(sent), pos))
        if np_start > sent.start and self._char_before(np_start) in "”\"" and not (
                self.low[np_start:pos].strip() in ("and", "but")
                or (form.endswith("ing") and not self.low[np_start:pos].strip())):
            return None  # '…,” the minister said': the quotation's attribution (not
            # '…,” but warned', '…,” calling it …')
        inverted = self._inverted(sent, pos, end_pos, form, np_start)
        if inverted is not None:  # "Canada will send more aid, said the PMO."
            speaker, comma = inverted
            start = self._after_dateline(sent)
            end = self._trim_end(start, comma)
            if self.text[start] in _OPEN_MARKS or len(self.text[start:end].split()) < 3:
                return None
            return Draft(start, end, self._kind(start, end), self.text[pos:end_pos],
                         speaker, "inverted-cue", 0.75, idx, sent.paragraph,
                         channel_hint=channel_in(self.text[comma:sent.end]))
        content = self._content(sent, pos, end_pos, form)
        if content == _DIRECT:
            return None
        passive = self._quoted_as(sent, pos)
        agent = passive[0] if passive else self._subject(sent, pos, np_start, form)
        if agent is None:
            return None
        cue_text = self.text[pos:end_pos]
        if content is None:
            return self._trailing_cue(idx, sent, np_start, agent, cue_text, end_pos)
        start, end = content
        if start >= end or len(self.text[start:end].split()) < 2:
            return None
        opening = self._quote_at(start)
        if self.text[start] in _OPEN_MARKS and opening and opening.close + 1 >= end:
            return None  # the whole content is a quotation: the quotation finder's
        kind = "mixed" if self._has_partial_quote(start, end) else "indirect"
        if lexicon.CUES_BY_FORM[form].frame == "naming" and kind != "mixed":
            return None
        end = self._extend_over_quotes(start, end, sent)
        hint = channel_in(self._outside(sent, start, end))
        return Draft(start, end, kind, cue_text, agent, "cue-" + lexicon.CUES_BY_FORM[
            form].frame, 0.8, idx, sent.paragraph, channel_hint=hint,
                     via=passive[1] if passive else None)

    def _quoted_as(self, sent: Sentence, pos: int) -> tuple[Mention, Mention | None] | None:
        """`X was quoted by Y as saying …` before the cue at `pos`: the speaker X and
        the source Y (None when no source is named), else None."""
        lo = max(sent.start, pos - _QUOTED_AS_WINDOW)
        if self.low.find("quoted", lo, pos) == -1 and self.low.find("cited", lo, pos) == -1:
            return None  # (most cues: neither word before them)
        m = _QUOTED_AS.search(self.low, lo, pos)
        if m is None:
            return None
        agent = self.resolver.resolve(self._np_start(sent, m.start()), self._np_end(m.start()))
        if agent is None:
            return None
        source = None
        if m.group("source"):
            source = self.resolver.resolve(m.start("source"), m.end("source"), loose=True)
            if source is not None and source.kind in ("document", "body"):
                self.resolver.remember(source)
        return agent, source

    def _inverted(self, sent: Sentence, pos: int, end_pos: int, form: str,
                  np_start: int) -> tuple[Mention, int] | None:
        """A cue right after a comma, its subject after it, ending the sentence (`…,
        said the PMO in a press release.`, `…, indicated the Prime Minister's Office`):
        (the speaker, the comma), else None."""
        if form.endswith("ing") or self.text[np_start:pos].strip() or (
                lexicon.CUES_BY_FORM[form].frame not in ("say", "that")):
            return None
        comma = self.text.rfind(",", sent.start, pos)
        if comma == -1 or self.text[comma + 1:pos].strip():
            return None
        np_end = self._clause_end(end_pos, sent.end)
        if len(self.text[np_end:sent.end].split()) > _TRAILING_WORDS:
            return None
        if np_end < sent.end and self.text[np_end:sent.end].strip(" ,.!?”’\"'") and not (
                _NP_ADJUNCT.match(self.low, np_end + 1)):
            return None  # "The two men, said officials, spoke for an hour": an aside
        adjunct = _NP_ADJUNCT.search(self.low, end_pos, np_end)
        if adjunct is not None:  # "the PMO in a press release": the PMO
            np_end = adjunct.start()
        words = self.low[end_pos:np_end].split()
        if not words or len(words) > _INVERTED_WORDS or words[0] in _NOT_A_SUBJECT:
            return None  # "…, said she had thanked …": a clause, not a subject
        agent = self.resolver.resolve(end_pos, np_end)
        if agent is None or agent.kind == "group" or agent.name == "unknown":
            return None
        return agent, comma

    def _trailing_cue(self, idx: int, sent: Sentence, np_start: int, agent: Mention,
                      cue_text: str, cue_end: int) -> Draft | None:
        """`Russia will not leave the attack unanswered, she added.`: the cue ends the
        sentence, but for a few words (`… on Monday`, `… in a statement`)."""
        comma = self.text.rfind(",", sent.start, np_start)
        if comma <= sent.start or self.text[comma:np_start].strip(" ,"):
            return None
        if self.text[sent.start:sent.end].rstrip().endswith(":"):
            return None  # "Stubb, Finland's president, has posted about the call:" leads in
        np_words = self.low[np_start:cue_end - len(cue_text)].split()
        if np_words and np_words[-1] in ("and", "but", "then"):
            return None  # "…, Carney visited Kyiv and announced aid": no trailing cue
        tail = self.text[cue_end:sent.end]
        dash = min((k for k in (tail.find(" — "), tail.find(" – "), tail.find(" - "))
                    if k != -1), default=len(tail))  # an aside after a dash: the reporter's
        if len(tail[:dash].split()) > _TRAILING_WORDS:
            return None  # "…, and Sikorski confirmed Poland's support for …"
        start = min(self._after_dateline(sent), comma)
        if self.text[start] in _OPEN_MARKS or self.resolver.inside_quote(start):
            return None
        first_comma = self.text.find(",", start, comma + 1)
        if _LEADING_ADJUNCT.match(self.text, start) and not _FINITE.search(
                self.text, start, first_comma):
            return None  # "On Tuesday, …, the office said": the opening adjunct is no
            # clause ("In 1944 the city was bombed, she said" is)
        end = self._trim_end(start, comma)
        if len(self.text[start:end].split()) < 3:
            return None
        hint = channel_in(self.text[comma:sent.end])
        return Draft(start, end, "indirect", cue_text, agent, "trailing-cue", 0.75, idx,
                     sent.paragraph, channel_hint=hint)

    def _according_to(self, idx: int, sent: Sentence, pos: int,
                      end_pos: int) -> Draft | None:
        np_end = self._clause_end(end_pos, sent.end)
        agent = self.resolver.resolve(end_pos, np_end, loose=True)
        if agent is None:
            return None
        if agent.kind in ("document", "body"):
            self.resolver.remember(agent)
        lead = self.text[sent.start:pos].strip()
        if not lead or (lead.endswith(",") and len(lead.split()) <= 4 and pos - sent.start < 40):
            # "According to X, content."
            start = np_end
            while start < sent.end and self.text[start] in " ,":
                start += 1
            end = self._content_end(start, sent.end)
        else:
            previous = [*self._by_sentence.get(idx, []),
                        *(d for d in self._current if d.sentence == idx)]
            contrast = _CONTRAST.search(self.text, max(sent.start, pos - 80), pos)
            if contrast is not None and any(d.cue == "according to" for d in previous):
                # "30 soldiers, according to Armenia, or as many as 50 according to officials"
                start, end = contrast.start("what"), self._trim_end(contrast.start("what"),
                                                                    contrast.end("what"))
                return Draft(start, end, "indirect", "according to", agent, "according-to",
                             0.65, idx, sent.paragraph, channel_hint=agent.channel)
            if self._char_before(pos) != ",":
                return None
            quote = (self._quote_ending_before(pos, sent) is not None
                     or self.qindex.any_closing_in(sent.start, pos)
                     or self.qindex.any_open_across(sent.start))
            if previous or quote:
                target = previous[-1] if previous else None
                if target is not None and agent.kind in ("document", "body"):
                    split = self._split_relative(target, agent, idx, sent)
                    if split is not None:
                        return split
                    target.via = target.via or agent
                return None
            start = sent.start
            end = self._trim_end(start, self.text.rfind(",", start, pos))
        if start >= end or len(self.text[start:end].split()) < 3:
            return None
        if self.text[start] in _OPEN_MARKS:
            return None
        kind = "mixed" if self._has_partial_quote(start, end) else "indirect"
        return Draft(start, end, kind, "according to", agent, "according-to", 0.75, idx,
                     sent.paragraph, channel_hint=agent.channel)

    # -- subjects ----------------------------------------------------------------------
    def _np_start(self, sent: Sentence, pos: int) -> int:
        """Where the noun phrase before the cue at `pos` begins (adverbs skipped)."""
        i = pos
        while True:
            j = i
            while j > sent.start and self.text[j - 1] == " ":
                j -= 1
            w = self._word_before(j, sent.start)
            if w and w[0] in lexicon.ADVERBS and w[2] == j:
                i = w[1]
                continue
            break
        k = i
        while k > sent.start:
            ch = self.text[k - 1]
            if ch == "(" and _ACRONYM_TAIL.match(self.text, k, i):
                k -= 1  # "The Federation of German Industries (BDI) said"
                continue
            if ch in ",;:(“”\"—–\n":
                break
            k -= 1
        return k

    def _np_end(self, pos: int) -> int:
        """Where the subject before a cue ends: adverbs and auxiliaries (`had also`,
        `would`) belong to the verb."""
        i = pos
        while True:
            w = self._word_before(i, 0)
            if w and (w[0] in lexicon.ADVERBS or w[0] in _AUXILIARIES) and w[2] >= i - 1:
                i = w[1]
                continue
            return i

    def _word_before(self, end: int, floor: int) -> tuple[str, int, int] | None:
        """The word ending before `end` (punctuation skipped), scanning backwards only
        as far as the word reaches: linear, whatever the text before it."""
        low = self.low
        j = end
        while j > floor:
            c = low[j - 1]
            if c.isalnum() or c in "_’'-":
                break
            j -= 1
        k = j
        while k > floor:
            c = low[k - 1]
            if not (c.isalnum() or c in "_’'-"):
                break
            k -= 1
        return (low[k:j], k, j) if k < j else None

    def _subject(self, sent: Sentence, pos: int, np_start: int, form: str) -> Mention | None:
        np_end = self._np_end(pos)
        lead = _CONJUNCTION.match(self.low, np_start, np_end)
        if lead and lead.end() < np_end:  # ", and the two leaders agreed": a new clause
            np_start = lead.end()
        words = self.low[np_start:np_end].split()
        if words == ["who"]:  # "…, Benjamin Netanyahu, who told him": the one before
            before = [m for m in self.people.in_span(sent.start, np_start)
                      if not self.text[m.end:np_start].strip(" ,")]
            if before:
                m = before[-1]
                return Mention(np_start, np_end, m.surface, "person", m.name, m.country,
                               m.gender, role=m.role)
        participle = form.endswith("ing") or (words and words[-1] == "to")
        coordinated = bool(words) and words[-1] in ("and", "but")  # "…, but warned"
        if not participle and not coordinated:
            if np_start >= np_end or not self.text[np_start:np_end].strip():
                # "Hugh Hill, a doctor, said"; "Erdoğan, for his part, underscored"
                return self._appositive_subject(sent, np_start)
            return self.resolver.resolve(np_start, np_end)
        if participle and words and words[-1] != "to" and len(words) <= 3:
            own = self.resolver.resolve(np_start, np_end)
            if own is not None:
                return own
        return self._first_agent(sent, pos, gerund=form.endswith("ing"))

    def _appositive_subject(self, sent: Sentence, np_start: int) -> Mention | None:
        """`Hugh Hill, a doctor at the hospital, said`: skip the appositive."""
        end = np_start - 1
        segments: list[tuple[int, int]] = []
        while end > sent.start and len(segments) < 3:
            s = self.text.rfind(",", sent.start, end)
            s = sent.start if s == -1 else s + 1
            segments.append((s, end))
            end = s - 1
        for s, e in segments:
            seg = self.low[s:e].strip()
            # the sentence's first segment is the subject ("The Kremlin, in a statement,
            # said"), unless it is an aside itself ("In Ankara, …")
            starts = _ASIDE_STARTS if s == sent.start else _APPOSITIVE_STARTS
            if (seg.startswith(starts) or not seg
                    or seg in lexicon.PARENTHETICALS or _PARTICIPLE_CLAUSE.match(seg)):
                continue
            agent = self.resolver.resolve(s, e)
            if agent is not None and agent.kind in ("person", "body"):
                return agent
            if s == sent.start or agent is not None or len(seg.split()) > _ASIDE_WORDS:
                return None
            # "Zelensky, visibly tired, said": a short aside that names no one
        return None

    def _after_dateline(self, sent: Sentence) -> int:
        """Where a sentence's own words start: after a wire dateline (`SYDNEY, Aug 21,
        2025 - `), which is never a subject, a claim or a speaker."""
        dateline = lexicon.DATELINE.match(self.text, sent.start, sent.end)
        return dateline.end() if dateline else sent.start

    def _first_agent(self, sent: Sentence, pos: int, *, gerund: bool = False
                     ) -> Mention | None:
        """The subject of the sentence's main clause, for `…, urging him to …`; for a
        gerund cue, the leaders together may be it (`The leaders began by discussing`)."""
        segments: list[tuple[int, int]] = []
        s = self._after_dateline(sent)
        for i in range(s, sent.end):
            if self.text[i] == "," and not self.resolver.inside_quote(i):
                segments.append((s, i))
                s = i + 1
        segments.append((s, sent.end))
        before = [(a, min(b, pos)) for a, b in segments if a < pos]
        after = [(a, b) for a, b in segments if a > pos]
        for a, b in before + after:
            if self.low[a:b].lstrip().startswith(_ASIDE_STARTS):
                continue  # "In Brussels, …", "In a call with Trudeau, …": no subject
            words = self.low[a:b].split()[:4]
            if gerund and a < pos and b == pos and any(
                    lexicon.GROUP_PATTERNS.match(" ".join(words[:n]))
                               for n in range(len(words), 0, -1)):
                # "The leaders began by discussing …": both, not a name further on
                return Mention(a, b, self.text[a:b], "group", "unknown")
            persons = [m for m in self.people.in_span(a, b)
                       if not self.resolver.inside_quote(m.start)]
            pronoun = re.search(r"\b(he|she)\b", self.low[a:b])
            first_person = persons[0] if persons else None
            if pronoun and (first_person is None or a + pronoun.start() < first_person.start):
                return self.resolver.resolve(a + pronoun.start(), a + pronoun.end())
            if first_person is not None:
                if len(persons) >= 2 and re.search(
                        r"\band\b", self.low[persons[0].end:persons[1].start]) and (
                        persons[1].start - persons[0].end < 40):
                    return Mention(a, b, self.text[a:b], "group", "unknown")
                return first_person
            body = self.resolver.resolve(a, b) if a < pos else None
            if body is not None and body.kind in ("body", "group"):
                return body  # (a place or a body named after the cue is no subject)
        return None

    # -- content -----------------------------------------------------------------------
    def _content(self, sent: Sentence, pos: int, end_pos: int,
                 form: str) -> tuple[int, int] | None:
        """The reported content after a cue, or None when the cue only attributes."""
        frame = lexicon.CUES_BY_FORM[form].frame
        i = self._skip_adverbs(end_pos, sent.end)
        if self.text.startswith(("—", "–", "- "), i):
            # "said — in a rare admission — that …": the content follows the aside;
            # "…, he said — the first time …": the aside runs on, no content
            close = self.text.find(self.text[i], i + 1, sent.end)
            if close == -1:
                return None
            i = self._skip_adverbs(close + 1, sent.end)
            while i < sent.end and self.text[i] == " ":
                i += 1
        rest = self.low[i:sent.end]
        if frame in ("say", "that"):
            m = _SAY_THAT.match(rest)
            promise = (lexicon.CUES_BY_FORM[form].lemma in _PROMISES
                       and _ADJUNCT_TO.match(rest))
            if m and (frame == "that" or m.group(0).strip() == "that" or _ADJUNCT_START.match(
                    rest)):
                i += m.end()
            elif promise:  # "agreed on Wednesday to expand patrols"
                i += promise.start("to")
            elif (when := _SAID_ASIDE.match(rest)) and _CLAUSE_START.match(rest, when.end()) and (
                    not _TIME_POSSESSIVE.match(rest, when.end())):  # not "Monday night's …"
                i += when.end()  # "said on Monday he had spoken with …"
            elif frame == "that" and _FINITE_CLAUSE.match(rest):
                pass  # "has claimed its forces are striking …": a clause without "that"
            elif frame == "that" or _ADJUNCT_START.match(rest) or (
                    lexicon.CUES_BY_FORM[form].lemma in _POSTING
                    and rest.startswith(_NOT_CONTENT)):
                return None
        elif frame == "tell":
            # "told X that …", "informed X about …", "briefed X on …" (not "on Monday")
            m = (_TELL_THAT.match(rest) or _TELL_ABOUT.match(rest) or _TELL_ON.match(rest)
                 or _TELL_FAR_THAT.match(rest))
            if m:
                i += m.end()
            else:
                m = _ADDRESSEE.match(self.text, i, sent.end)
                if m is None:
                    return None
                i = m.end()
                if _ADJUNCT_START.match(self.low[i:sent.end]):
                    # "told a press conference in Canberra on Thursday the call had …"
                    aside = _PLACE_TIME.match(self.text, i, sent.end)
                    if aside is None or not _CLAUSE_START.match(self.low, aside.end(),
                                                                sent.end):
                        return None
                    i = aside.end()
        elif frame == "ask":
            m = re.search(r"\bto\s", rest[:120])
            if m:
                i += m.start()
            elif _ADJUNCT_START.match(rest):
                return None
        elif frame == "thank":
            m = re.search(r"\bfor\s", rest[:120])
            if m:
                i += m.start()
            elif _ADJUNCT_START.match(rest):
                return None
        elif frame in ("object", "naming"):
            if _ADJUNCT_START.match(rest) or rest.startswith(("each other", "one another")):
                return None  # "… accuse each other of …": the reporter's summary
            if lexicon.CUES_BY_FORM[form].lemma in lexicon.MOTION_CUES and rest.startswith(
                    _DESTINATION):
                return None  # "Carney set out for Brussels": a journey, no claim
            if rest.startswith("that "):
                i += 5
        while i < sent.end and self.text[i] == " ":
            i += 1
        if i >= sent.end:
            return None
        if self.text[i] in ",:":
            j = i + 1
            while j < sent.end and self.text[j] == " ":
                j += 1
            return _DIRECT if j < sent.end and self.text[j] in _OPEN_MARKS else None
        if (self.text[i] in _OPEN_MARKS and frame != "naming"
                and self._quote_at(i) is not None and self._is_direct_after_cue(i)
                and not self._goes_on_after_quote(i, sent.end)):
            return _DIRECT
        return i, self._content_end(i, sent.end)

    def _goes_on_after_quote(self, i: int, end: int) -> bool:
        """`stated that "Japan will stand with Ukraine" and that peace …`, `stressed “the
        need …” and to ensure …`: the content goes on past the quotation (a mixed
        claim), not a quotation alone."""
        quote = self._quote_at(i)
        if quote is None or not quote.closed:
            return False
        rest = self.low[quote.close + 1:end]
        return bool(_AND_THAT.match(rest) or _AND_MORE.match(rest)
                    or _WORDS_GO_ON.match(rest))

    def _is_direct_after_cue(self, i: int) -> bool:
        quote = self._quote_at(i)
        return quote is not None and len(self.text[quote.start:quote.end].split()) >= 3

    def _skip_adverbs(self, i: int, end: int) -> int:
        while True:
            m = _NEXT_WORD.match(self.low, i, end)
            if m and m.group(1) in lexicon.ADVERBS and m.group(1) not in ("that",):
                i = m.end()
                continue
            while i < end and self.text[i] == " ":
                i += 1
            return i

    def _content_end(self, start: int, end: int) -> int:
        """Where reported content stops: the sentence end or a clause stop."""
        segment = self.low[start:end]
        cut = len(segment)
        for stop in (*lexicon.CONTENT_STOPS, ", according to"):
            k = segment.find(stop)  # its last character outside a quotation; "…,” but
            # that …" is a second clause of the same cue, not a stop
            while k != -1 and (self.resolver.inside_quote(start + k + len(stop) - 1) or (
                    stop[1] in "”\"" and stop.endswith(" but ")
                    and segment.startswith("that ", k + len(stop)))):
                k = segment.find(stop, k + 1)
            if k != -1:
                cut = min(cut, k)
        return self._trim_end(start, start + cut)

    def _trim_end(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1] in " \n,;:":
            end -= 1
        if end > start and self.text[end - 1] == ".":
            end -= 1
        return end

    def _extend_over_quotes(self, start: int, end: int, sent: Sentence) -> int:
        for q in self.qindex.opening_in(start, end):
            if q.close >= end - 1:
                close = q.close + 1 if q.closed else q.close
                return min(max(end, close), sent.end)
        return end

    def _has_partial_quote(self, start: int, end: int) -> bool:
        """A quotation inside reported content that is someone's words, not a name."""
        for q in self.qindex.opening_in(start, end):
            words = self.text[q.start:q.end].split()
            if not words:
                continue
            if _is_title(words):
                continue  # a name or title in quotation marks
            return True
        return False

    def _outside(self, sent: Sentence, start: int, end: int) -> str:
        return self.text[sent.start:start] + " " + self.text[end:sent.end]

    def _clause_end(self, start: int, end: int) -> int:
        k = self.text.find(",", start, end)
        return end if k == -1 else k

    # -- 3. quotations ---------------------------------------------------------------
    def _quotations(self) -> None:
        covered = sorted((d.start, d.end + 1) for d in self.drafts if d.kind == "mixed"
                         or d.rule in ("embedded-post", "transcript-answer", "colon-block"))
        covered_starts = [a for a, _ in covered]
        covered_reach = list(accumulate((b for _, b in covered), max))
        # 'stated that "…" and that …': the reported speech took the quotation whole
        taken = {(d.start, d.end) for d in self.drafts if d.kind == "direct"}
        self._previous = _Previous(self.drafts)
        for q in self.quotes:
            k = bisect_right(covered_starts, q.open)
            if k and covered_reach[k - 1] > q.open:
                continue  # inside a mixed claim or an embedded post: already claimed
            if self.qindex.inside_double(q) or (q.start, q.end) in taken or any(
                    d.start <= q.start and d.end >= q.end - 1 and d.rule.startswith("cue-")
                    for d in self._by_sentence.get(self._sentence_at(q.open), ())):
                continue  # nested inside another quotation, or claimed whole by a cue
                # ('thanked Trudeau "for the leadership," the office said')
            text = self.text[q.start:q.end]
            words = text.split()
            if not words or not _ALNUM.search(text):
                continue  # “” or “ ,”: no words, no claim
            if _is_title(words) and len(words) <= 6 and text.rstrip()[-1:] not in ",.!?…":
                continue  # “Power & Politics”: a programme's or a plan's name
            draft = self._attribute_quote(q) or self._labelled(q)
            if draft is None and len(words) >= 4:
                draft = self._carried_on(q) or self._inherit(q)
            if draft is None and len(words) >= 4 and q.marks == "double":
                draft = self._subjects_words(q)
            if draft is None:
                continue
            if q.marks == "single" and len(words) < 4:
                continue
            self._add(draft)
            self._previous.add(draft)

    def _carried_on(self, q: Quote) -> Draft | None:
        """A quotation that runs into the next paragraph (it opens again there) is the
        speaker's whom that paragraph's attribution names (`“…\n\n“…,” said X`). Each
        chain of such quotations is resolved once, for all its members."""
        if not q.continues:
            return None
        if q.open not in self._chains:
            members = [q.open]
            seen, later = q, None
            while seen.continues:  # over several paragraphs, to the one attributed
                k = bisect_right(self._quote_opens, seen.open)
                if k >= len(self.qindex.quotes) or not self.qindex.quotes[k].continuation:
                    break
                seen = self.qindex.quotes[k]
                if seen.open in self._chains:  # the rest of the chain, resolved before
                    later = self._chains[seen.open]
                    break
                members.append(seen.open)
                later = self._attribute_quote(seen)
                if later is not None and later.agent is not None:
                    break
                later = None
            for at in members:
                self._chains[at] = later
        later = self._chains[q.open]
        if later is None or later.agent is None:
            return None
        return self._direct(q, later.cue, later.agent, "continued-quote",
                            self._sentence_at(q.open), later.channel_hint)

    def _labelled(self, q: Quote) -> Draft | None:
        """A quotation under a label (`Quote:`, `Quote from Zelenskyy:`, a Ukrainian
        outlets' convention): the one named, else who the `Source:` line above names."""
        k = bisect_right(self._para_starts, q.open) - 1
        if k < 1:
            return None
        para = self.article.paragraphs[k]
        if para.start == q.open:  # the label on the line above
            label_para = self.article.paragraphs[k - 1]
            label = _QUOTE_LABEL.fullmatch(self.text, label_para.start, label_para.end)
        else:  # 'Quote: "I thanked …"' on one line
            label = _QUOTE_LABEL.fullmatch(self.text, para.start, q.open)
        if label is None:
            return None
        agent: Mention | None = None
        if label.group("who"):
            agent = self.resolver.resolve(label.start("who"), label.end("who"), loose=True)
        else:
            for above in reversed(self.article.paragraphs[max(0, k - 5):k]):
                agent = self.people.source_line(above.start, above.end)
                if agent is not None:
                    break
        if agent is None or agent.kind != "person":
            return None
        return self._direct(q, "quote", agent, "quote-label", self._sentence_at(q.open),
                            None)

    def _quote_at(self, pos: int) -> Quote | None:
        return self.qindex.opening_at(pos)

    def _quote_ending_before(self, pos: int, sent: Sentence) -> Quote | None:
        """The quotation closing just before `pos`, with only spaces and commas between."""
        k = pos - 1
        while k >= sent.start and self.text[k] in " ,":
            k -= 1
        return self.qindex.closing_at(k) if k >= sent.start else None

    def _sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self._sentence_starts, pos) - 1)

    def _last_poster(self, pos: int) -> str | None:
        """The person whose post a claim before `pos` came from, the last one."""
        return next((d.agent.name for d in reversed(self.drafts)
                     if d.start < pos and d.channel_hint == "social_post"
                     and d.agent is not None and d.agent.kind == "person"), None)

    def _attribute_quote(self, q: Quote) -> Draft | None:
        idx_close = self._sentence_at(q.close)
        sent_close = self.sentences[idx_close]
        idx_open = self._sentence_at(q.open)
        sent_open = self.sentences[idx_open]
        # after: ,” said X / ,” X said / ” — X
        tail_start = q.close + 1 if q.closed else q.close
        tail_end = sent_close.end
        if (q.closed and tail_end <= tail_start + 1 and self.text[q.close - 1] in "!?"
                and idx_close + 1 < len(self.sentences)):
            # “… very productive!” Vance wrote. : the sentence split after the mark
            following = self.sentences[idx_close + 1]
            if not self.text[tail_start:following.start].strip() and "\n" not in (
                    self.text[tail_start:following.start]):
                tail_end = following.end
        tail = self.text[tail_start:tail_end]
        tail_low = self.low[tail_start:tail_end]
        lead = tail.lstrip(" ,")
        offset = tail_start + len(tail) - len(lead)
        if lead[:1] in "—–":
            name_end = self._clause_end(offset + 1, tail_end)
            agent = self.resolver.resolve(offset + 1, name_end)
            if agent is not None:
                return self._direct(q, "trailing dash", agent, "trailing-dash", idx_close,
                                    channel_in(tail))
        m = next((c for c in _CUE_RE.finditer(tail_low, 0, min(len(tail_low), 90))
                  if not self._after_determiner(tail_start + c.start(), tail_start)),
                 None)  # not "the post reads"
        if m and m.group(1) != "according to" and (
                lexicon.CUES_BY_FORM[m.group(1)].frame in lexicon.QUOTE_ATTRIBUTION_FRAMES
                or m.group(1).endswith("ed")):
            cue_s, cue_e = tail_start + m.start(), tail_start + m.end()
            if not self.text[tail_start:cue_s].strip(" ,").strip():
                # inverted: "said the readout released by the PMO"
                np_end = self._clause_end(cue_e, tail_end)
                agent = self.resolver.resolve(cue_e, np_end)
            else:
                agent = self.resolver.resolve(tail_start, self._np_end(cue_s))
            if agent is not None and agent.kind == "document" and agent.name == "unknown" and (
                    agent.channel == "social_post"
                    or _FIRST_PERSON_I.search(self.text, q.start, q.end)):
                # '"I had a good conversation with …," the post reads': the post of the
                # last person whose post was quoted, else words in the first person
                # are the last person's spoken of
                who = self._last_poster(q.open) if agent.channel == "social_post" else None
                who = who or self.resolver.subject_before(q.open)
                if who is not None:
                    agent = Mention(agent.start, agent.end, agent.surface, "person", who,
                                    self.people.country_of(who), channel=agent.channel)
            if agent is not None:
                draft = self._direct(q, self.text[cue_s:cue_e], agent, "quote-cue-after",
                                     idx_close, channel_in(tail))
                prefix = self.text[sent_open.start:q.open]
                if (len(prefix.split()) >= 3 and not prefix.rstrip().endswith((",", ":"))
                        and not _CUE_RE.search(self.low, sent_open.start, q.open)
                        and not self.resolver.inside_quote(sent_open.start)):
                    # "Agreements should … and “proceed from the new realities,” X said"
                    draft.start, draft.kind = sent_open.start, "mixed"
                    draft.end = q.close + 1
                via = self._according_in(cue_e, tail_end)
                if via is not None:
                    draft.via = via
                return draft
        # before: He said, “ / In a post on X, he wrote: "
        pre = self.text[sent_open.start:q.open]
        pre_low = self.low[sent_open.start:q.open].rstrip()
        if pre_low.endswith((",", ":")) or (pre_low and not pre_low.endswith(
                tuple(_OPEN_MARKS))):
            hits = list(_CUE_RE.finditer(pre_low))
            hits = [h for h in hits if h.group(1) != "according to"]
            if hits:
                h = hits[-1]
                after_cue = pre_low[h.end():].strip(" ,:")
                # 'wrote on X that "…"', 'said "…"': the quotation is all the content
                bare = (not pre_low.endswith((",", ":"))
                        and lexicon.CUES_BY_FORM[h.group(1)].frame in ("say", "that")
                        and (after_cue in ("", "that") or (
                            after_cue.endswith(" that") and len(after_cue.split()) <= 8)))
                if len(after_cue.split()) <= 14 and (pre_low.endswith((",", ":")) or bare):
                    cue_s = sent_open.start + h.start()
                    passive = self._quoted_as(sent_open, cue_s)
                    np_start = self._np_start(sent_open, cue_s)
                    agent = passive[0] if passive else self.resolver.resolve(
                        np_start, self._np_end(cue_s))
                    if agent is None:
                        agent = self._first_agent(sent_open, cue_s)
                    if agent is not None:
                        draft = self._direct(q, self.text[cue_s:cue_s + len(h.group(1))],
                                             agent, "quote-cue-before", idx_open,
                                             channel_in(pre))
                        draft.via = passive[1] if passive else None
                        return draft
            if pre_low.endswith(":") and not hits:
                agent = self.resolver.resolve(sent_open.start, q.open - 1)
                if agent is not None and agent.kind != "group":
                    return self._direct(q, ":", agent, "colon-lead-in", idx_open,
                                        channel_in(pre))
        return None

    def _subjects_words(self, q: Quote) -> Draft | None:
        """`Canada imposed sanctions “in response to the annexation of Crimea.”`: a
        quotation closing a sentence with no cue is the subject's own wording, when the
        subject is a government, an office or a person and no one else is credited in
        the sentence."""
        idx = self._sentence_at(q.open)
        sent = self.sentences[idx]
        if not q.closed or self._sentence_at(q.close) != idx:
            return None
        if self.text[q.close + 1:sent.end].strip(" .!?”’\"'"):
            return None  # the sentence goes on after the quotation
        lead = self.text[sent.start:q.open]
        if len(lead.split()) < 3 or _CUE_RE.search(self.low, sent.start, q.open):
            return None
        if self._by_sentence.get(idx) or self.resolver.inside_quote(sent.start):
            return None
        agent = self._opening_subject(sent, q.open)
        if agent is None:
            return None
        return Draft(q.start, q.end, "direct", "", agent, "uncued-quote", 0.5, idx,
                     sent.paragraph)

    def _opening_subject(self, sent: Sentence, limit: int) -> Mention | None:
        """The government, office or person that opens the sentence's main clause
        (`Last week, Canada imposed …` -> Canada), or None."""
        start = sent.start
        comma = self.text.find(",", start, min(limit, start + 40))
        if comma != -1:
            start = comma + 1  # a leading adjunct: "Last week,"
        words = list(re.finditer(r"\S+", self.text[start:min(limit, start + 80)]))
        for n in range(min(4, len(words)), 0, -1):
            agent = self.resolver.resolve(start, start + words[n - 1].end())
            if agent is not None and agent.kind in ("body", "person") and (
                    agent.name != "unknown"):
                return agent
        return None

    def _according_in(self, start: int, end: int) -> Mention | None:
        m = re.search(r"according to ", self.low[start:end])
        if not m:
            return None
        s = start + m.end()
        agent = self.resolver.resolve(s, self._clause_end(s, end), loose=True)
        if agent is not None and agent.kind in ("document", "body"):
            self.resolver.remember(agent)
            return agent
        return None

    def _inherit(self, q: Quote) -> Draft | None:
        """A floating quotation continues the speaker of the quotation just before it."""
        para = self.article.paragraphs
        idx = self._sentence_at(q.open)
        sent = self.sentences[idx]
        before = self.text[sent.start:q.open].strip()
        if before:
            return None
        last = self._previous.last_ending_by(q.open)
        if last is None:
            return None
        this_para = sent.paragraph
        if last.paragraph not in (this_para, this_para - 1) and not (
                last.paragraph < this_para and all(
                    para[k].boilerplate is not None
                    for k in range(last.paragraph + 1, this_para))):
            return None
        if last.kind == "indirect" and last.rule != "trailing-cue" and (
                last.paragraph != this_para):
            prev_text = self.text[para[last.paragraph].start:para[last.paragraph].end]
            if not prev_text.rstrip().endswith(":"):
                return None
        draft = self._direct(q, last.cue, last.agent, "floating-quote", idx,  # type: ignore[arg-type]
                             last.channel_hint)
        draft.via = last.via
        draft.confidence = 0.7
        return draft

    def _direct(self, q: Quote, cue: str, agent: Mention, rule: str, sentence: int,
                hint: str | None) -> Draft:
        if agent.kind in ("document", "body"):
            self.resolver.remember(agent)
        return Draft(q.start, q.end, "direct", cue, agent, rule, 0.9 if q.closed else 0.6,
                     sentence, self.sentences[sentence].paragraph, channel_hint=hint)


def _is_title(words: list[str]) -> bool:
    """Capitalized words (and `&`, `of`, `the` …): a name or a title, not speech."""
    content = [w for w in words if _ALNUM.search(w)]
    return bool(content) and bool(_TITLE_WORD.match(content[0])) and all(
        _TITLE_WORD.match(w) or w.lower() in lexicon.NOT_NAMES for w in content)


def _last_relative(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The last relative clause (`… which …`) in low[start:end]: (where the clause
    begins, where its words begin)."""
    found = None
    for m in _RELATIVE.finditer(low, start, end):
        found = (m.start(), m.end())
    return found


def _other_side(speaker: Mention | None, source: Mention) -> bool:
    """The source named by `according to` is another country than the speaker's."""
    return (speaker is not None and speaker.country is not None
            and source.country is not None and speaker.country != source.country)


class _Previous:
    """The claim that ends last at or before a position, for positions asked in
    increasing order (quotations in text order): one sweep, no rescans. Ties go to
    the claim found first."""

    def __init__(self, drafts: list[Draft]) -> None:
        self._heap: list[tuple[int, int, Draft]] = []
        self._count = 0
        self._best: tuple[int, int, Draft] | None = None
        for d in drafts:
            self.add(d)

    def add(self, draft: Draft) -> None:
        if draft.agent is not None:
            heapq.heappush(self._heap, (draft.end, self._count, draft))
            self._count += 1

    def last_ending_by(self, pos: int) -> Draft | None:
        while self._heap and self._heap[0][0] <= pos:
            end, order, draft = heapq.heappop(self._heap)
            if self._best is None or end > self._best[0] or (
                    end == self._best[0] and order < self._best[1]):
                self._best = (end, order, draft)
        return self._best[2] if self._best is not None else None

