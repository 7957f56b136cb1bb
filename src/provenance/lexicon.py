"""Knowledge as data: every word list the pipeline relies on, named and documented.

Rules elsewhere are general mechanisms over these tables. Add a verb, a channel noun,
a country or a person here, and every stage picks it up; nothing in this file names a
sentence of any article.
"""

from __future__ import annotations

import re
import unicodedata

from attrs import frozen

from .world import MORE_COUNTRIES

# --------------------------------------------------------------------------------------
# Reporting verbs.
#
# Each cue verb has a *frame*: what follows it and where the reported content starts.
#   say      content follows, optionally after "that" ("said (that) X")
#   tell     an addressee, then "that"/"about"/content ("told Trudeau that X")
#   object   the content is the verb's object ("discussed X", "stressed the need to X")
#   ask      an addressee, then "to ..."; the content starts at "to" ("asked X to Y")
#   thank    an addressee, then "for ..."; the content starts at "for"
#   that     only a clause with "that" (or a quotation) counts ("announced that X");
#            "announced an envelope of $500 million" is narrative, not speech
#   naming   "calling him the 'best salesman'": content = addressee + the name
# --------------------------------------------------------------------------------------


@frozen
class Cue:
    lemma: str
    frame: str
    forms: tuple[str, ...]


def _regular_forms(lemma: str) -> tuple[str, ...]:
    """Inflect a regular English verb: stress/stresses/stressed/stressing."""
    if lemma.endswith("ee"):  # agree: agreed, agreeing
        third, past, ing = lemma + "s", lemma + "d", lemma + "ing"
    elif lemma.endswith("e"):
        third, past, ing = lemma + "s", lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third, past, ing = lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        third, past, ing = lemma + "es", lemma + "ed", lemma + "ing"
    else:
        third, past, ing = lemma + "s", lemma + "ed", lemma + "ing"
    return (lemma, third, past, ing)


# Irregular or doubled forms, written out: (lemma, third person, past, -ing, participle)
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "read": ("read", "reads"),  # "the statement read", "the post reads" (cue_hits)
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "sum up": ("sum up", "sums up", "summed up", "summing up"),
    "speak": ("speak", "speaks", "spoke", "speaking", "spoken"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "underline": ("underline", "underlines", "underlined", "underlining"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "call on": ("call on", "calls on", "called on", "calling on"),
    "call for": ("call for", "calls for", "called for", "calling for"),
    "express": ("express", "expresses", "expressed", "expressing"),
    "regret": ("regret", "regrets", "regretted", "regretting"),
    "commit": ("commit", "commits", "committed", "committing"),
    "submit": ("submit", "submits", "submitted", "submitting"),
    "outline": ("outline", "outlines", "outlined", "outlining"),
    "rule out": ("rule out", "rules out", "ruled out", "ruling out"),
    "set out": ("set out", "sets out", "setting out"),  # (its past is its lemma)
    "take stock of": ("take stock of", "takes stock of", "took stock of", "taking stock of"),
    "exchange views on": ("exchange views on", "exchanges views on", "exchanged views on",
                          "exchanging views on"),
}

# An acronym in parentheses after a body's name: "(BDI)", "(MSZ)".
ACRONYM = r"[A-Z][\w&.-]{0,12}"

# National news outlets and agencies, as their credits write them ("KYODO NEWS",
# "(Yonhap)", "The Canadian Press"), and the country they write from. International
# agencies (Reuters, AP, AFP) are left out: they write from everywhere.
OUTLET_HOMES: dict[str, str] = {
    "Kyodo": "JP", "KYODO": "JP", "Jiji": "JP", "NHK": "JP", "Yonhap": "KR",
    "Xinhua": "CN", "CGTN": "CN", "Global Times": "CN", "TASS": "RU", "RIA Novosti": "RU",
    "Interfax": "RU", "Ukrinform": "UA", "UNIAN": "UA", "Ukrainska Pravda": "UA",
    "Kyiv Independent": "UA", "Kyiv Post": "UA", "The Canadian Press": "CA",
    "CBC News": "CA", "CTV News": "CA", "CTVNews.ca": "CA", "Global News": "CA",
    "QMI Agency": "CA", "ANI": "IN", "Press Trust of India": "IN", "PTI": "IN",
    "IANS": "IN", "Anadolu": "TR", "Daily Sabah": "TR", "PAP": "PL", "TVP World": "PL",
    "AAP": "AU", "Bernama": "MY", "Antara": "ID", "dpa": "DE",
    "ANSA": "IT", "EFE": "ES", "PA Media": "UK", "BBC News": "UK", "Sky News": "UK",
    "News Agency of Nigeria": "NG", "Premium Times": "NG", "News24": "ZA", "SABC": "ZA",
    "Agência Brasil": "BR", "WAM": "AE", "QNA": "QA", "IRNA": "IR", "Yle": "FI",
}

# Cues that are also verbs of motion: "set out the plan", but "set out for Kyiv".
MOTION_CUES = frozenset({"set out"})

# lemma -> frame. British and American spellings both listed.
_CUE_FRAMES: dict[str, str] = {
    # say-type: the clause after the verb (optionally after "that")
    "say": "say", "add": "say", "write": "say", "note": "say", "explain": "say",
    "insist": "say", "argue": "say", "warn": "say", "declare": "say", "state": "say",
    "continue": "say", "recall": "say", "reply": "say", "respond": "say",
    "conclude": "say", "summarize": "say", "summarise": "say", "sum up": "say",
    "tweet": "say", "post": "say", "indicate": "say", "suggest": "say",
    "point out": "say", "mention": "say", "stress": "object", "emphasize": "object",
    "emphasise": "object", "underscore": "object", "underline": "object",
    "reiterate": "object", "reaffirm": "object", "highlight": "object",
    "agree": "say", "vow": "say", "pledge": "say", "promise": "say", "claim": "that",
    "announce": "that", "confirm": "that", "report": "that", "acknowledge": "that",
    "admit": "say", "deny": "that", "believe": "that",
    # tell-type: an addressee first
    "tell": "tell", "inform": "tell", "assure": "tell", "brief": "tell", "remind": "tell",
    "update": "tell",
    # object-type: the content is the object
    "discuss": "object", "express": "object", "welcome": "object", "condemn": "object",
    "propose": "object", "raise": "object", "outline": "object", "seek": "object",
    "request": "object", "demand": "object", "offer": "object", "praise": "thank",
    "regret": "object", "reject": "object", "convey": "object", "voice": "object",
    "rule out": "object", "set out": "object", "take stock of": "object",
    "exchange views on": "object", "assert": "say", "signal": "that",
    "accuse": "object", "repeat": "object", "read": "say",
    # ask-type: an addressee, then an infinitive
    "ask": "ask", "urge": "ask", "call on": "ask", "invite": "ask", "encourage": "ask",
    "call for": "object", "describe": "object", "affirm": "object",
    "characterize": "object", "characterise": "object", "hail": "object",
    # thank-type: an addressee, then "for ..."
    "thank": "thank", "congratulate": "thank", "commend": "thank", "applaud": "thank",
    # naming: "calling him the 'best salesman'"
    "call": "naming", "dismiss": "naming", "brand": "naming", "label": "naming",
    "term": "naming",
}


def _build_cues() -> dict[str, Cue]:
    by_form: dict[str, Cue] = {}
    for lemma, frame in _CUE_FRAMES.items():
        forms = _IRREGULAR.get(lemma) or _regular_forms(lemma)
        cue = Cue(lemma=lemma, frame=frame, forms=forms)
        for form in forms:
            by_form.setdefault(form, cue)
    return by_form


CUES_BY_FORM: dict[str, Cue] = _build_cues()

# Verbs that, used after a quotation, attribute it ("…,” said X / X added).
QUOTE_ATTRIBUTION_FRAMES = frozenset({"say", "tell", "object", "that", "ask", "thank"})

# Words that may stand between a subject and its cue verb.
ADVERBS = frozenset(
    """also further once again again later then reportedly has had have will would was
    were is are had previously repeatedly even however too first publicly separately
    earlier recently subsequently additionally moreover personally specifically only
    strongly firmly clearly explicitly directly briefly just nonetheless nevertheless
    meanwhile since already still""".split()
)

# After these words a clause with a new subject starts, so reported content ends.
CONTENT_STOPS: tuple[str, ...] = (
    ", while ", ", whereas ", ", with ", "; ", ", but ", ", among other things",
    ", among others", " – ", " — ", ", calling ",  # "…, calling it “…”": a claim
    # the channel, named after the content: "… in a post on Telegram"
    " in a post on ", " in a post on x", " in a telegram post", " in a statement",
    " in a readout", " in a video address", " in a social media post", " on telegram",
    " on x.", " on truth social", " in remarks carried by ", " in a tweet.",
    " in a facebook post.",
)
# A contrast may follow a closing quotation mark: '“constructive,” but warned …' (not
# "with": '"Partnership Agreement," with Ukraine seeking …' goes on)
CONTENT_STOPS += tuple(f",{mark} {word} " for word in ("but", "while", "whereas", "calling")
                       for mark in "”\"")
# A participle after the content is the same speaker's next claim: "…, adding that …".
_PARTICIPLES = ("adding", "stressing", "noting", "saying", "insisting", "arguing", "warning",
                "underlining", "emphasising", "emphasizing", "stating", "recalling",
                "pointing out", "writing", "tweeting", "posting")
CONTENT_STOPS += tuple(f", {verb} " for verb in _PARTICIPLES)
# … and after a quotation closed on its comma: 'would "never accept it," adding that …'
CONTENT_STOPS += tuple(f",{mark} {verb} " for verb in _PARTICIPLES for mark in "”\"")

# --------------------------------------------------------------------------------------
# Channels: nouns that name how a statement reached the public.
# --------------------------------------------------------------------------------------

# News outlets a politician gives an interview to: "told Reuters" is an interview,
# "told reporters" a briefing.
_OUTLETS = tuple(dict.fromkeys((
    "bbc", "cnn", "reuters", "politico", "afp", "associated press", "ap", "ukrinform",
    "tass", "ria novosti", "interfax", "cbc", "ctv", "nhk", "le monde", "der spiegel",
    "spiegel", "bild", "fox news", "nbc", "abc", "cbs", "msnbc", "sky news", "al jazeera",
    "the guardian", "guardian", "the new york times", "new york times", "washington post",
    "the times", "axios", "bloomberg", "financial times", "yle", "rai", "el pais",
    "kyiv independent", "ukrainska pravda", "suspilne", "dw", "euronews", "france 24",
    "channel 4", "itv", "lbc", "times radio", "cnbc", "pbs", "npr", "wall street journal",
    "canadian press", "globe and mail", "national post", "toronto star", "radio-canada",
    "la presse", "cp24", "the telegraph", "telegraph", "anadolu agency", "polsat news",
    "tvn24", "rmf fm", "rbc-ukraine", "liga.net", "nv", "european pravda", "le figaro",
    "die zeit", "zdf", "ard", "corriere della sera", "la repubblica", "el mundo",
    "the hindu", "times of india", "hindustan times", "ndtv", "abc news", "sbs",
    "arise television", "channels television",
    *(name.lower() for name in OUTLET_HOMES),  # the national outlets too
)))

# (regex over normalized lower-case text, channel). Order matters: first hit wins.
_PLATFORMS = (r"x|twitter|telegram|facebook|instagram|truth social|threads|bluesky|weibo"
              r"|vkontakte|vk|linkedin|youtube|tiktok|wechat")
# (regex over normalized lower-case text, channel). Order matters: first hit wins.
CHANNEL_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\bread-?outs?\b", "readout"),
    (r"\bpress releases?\b|\bnews releases?\b|\bcommuniqu[eé]s?\b"
     r"|\b(?:a|the|its|their|in a|official) note\b"
     # "the summary added", "a summary of the call" (not "the summary execution of …")
     r"|\b(?:a|the|its|their|his|her|official) summary(?= (?:of|said|says|added|released"
     r"|issued|published|posted|from|by)\b|[,.;:]|$)", "readout"),
    (r"\bpost(?:ed|ing|s)? on (?:(?:his|her|its|their|the) )?(?:" + _PLATFORMS
     + r"|social media)\b", "social_post"),
    (r"\b(?:" + _PLATFORMS + r") (?:account|channel|page|post|platform|feed)\b",
     "social_post"),
    (r"\bpress (?:briefing|conference)s?\b|\bnews (?:briefing|conference)s?\b"
     r"|\bbriefings?\b|\btold reporters\b|\btold journalists\b|\b(?:speaking|spoke|"
     r"talking|commenting) (?:to|with) (?:reporters|journalists|the press)\b"
     r"|\bconference call with (?:journalists|reporters)\b|\bnews agency\b"
     # "Asked about the shrine on Friday, she said …": answering reporters' questions
     r"|^\s*asked (?:about|whether|if|on|why|how|what)\b[^,]{0,120},", "briefing"),
    # before the generic "the … post" below: "told the Rheinische Post newspaper"
    (r"\binterviews?\b|\binterviewed\b", "interview"),
    (r"\b(?:told|speaking to|said to|talking to|in (?:a |an )?(?:comments?|remarks"
     r"|conversation) (?:to|with)) (?:the )?(?:" + "|".join(_OUTLETS)
     + r")\b|\b(?:told|speaking to|talking to|in remarks to) (?:the )?(?:[\w-]+ ){0,2}"
     r"(?:radio|television|tv|broadcaster|newspaper|daily|weekly|magazine|station"
     r"|news channel|news|outlet|network|podcast)\b"
     r"|\btold the (?:station|broadcaster|newspaper|network|paper|programme|program)\b"
     # "Speaking on Arise Television's Morning Show", "in an appearance on CBC"
     r"|\b(?:speaking|appearing|in an appearance|in an interview) on (?:the )?(?:[\w’'-]+ ){0,3}"
     r"(?:television|tv|radio|show|programme|program|podcast|" + "|".join(_OUTLETS) + r")\b",
     "interview"),
    (r"\btweet(?:s|ed)?\b|\bsocial media\b|\b(?:a|the|his|her|its|same|this|that|latest"
     r"|separate) (?:\w+ )?post\b|\bon (?:(?:his|her|its|their) )?(?:" + _PLATFORMS
     + r")\b|\bvideo (?:address|message|posted)\b", "social_post"),
    (r"\b(?:told|addressing|addressed|speech to|speech in|speaking in|speaking to) "
     r"(?:the )?(?:parliament|lawmakers|legislators|the senate|the bundestag|the sejm"
     r"|the house of commons|the duma|the knesset|deputies|mps)\b|\bin a speech\b"
     r"|\bin (?:an|his|her|a|their) (?:[\w-]+ )?(?:address|speech)\b", "statement"),
    (r"\bstatements?\b|\bassessments?\b|\bwebsite\b|\b(?:a|the|its) dispatch\b",
     "statement"),
)

# Channel nouns that, issued by a leader's office about a call, make a readout.
READOUT_LIKE = frozenset({"readout", "statement"})

# Trailing words of a source noun phrase that name the document, not the speaker:
# "Western intelligence assessment" -> speaker "Western intelligence".
DOCUMENT_NOUNS = frozenset(
    """assessment assessments report reports statement statements readout readouts
    release releases post posts tweet tweets briefing briefings account data
    estimate estimates figures""".split()
)

# --------------------------------------------------------------------------------------
# Countries and their governments. `side` is the GUIDELINES vocabulary: countries not
# named there are "other".
# --------------------------------------------------------------------------------------


@frozen
class Country:
    code: str
    name: str
    side: str
    words: tuple[str, ...]  # names, demonyms, capitals and seats used as metonyms
    head_office: str  # who issues this country's readouts of a leader's call


COUNTRIES: tuple[Country, ...] = (
    Country("CA", "Canada", "CA", ("canada", "canadian", "ottawa"),
            "Prime Minister's Office (Canada)"),
    Country("UA", "Ukraine", "UA", ("ukraine", "ukrainian", "kyiv", "kiev", "bankova"),
            "Office of the President of Ukraine"),
    Country("RU", "Russia", "RU", ("russia", "russian", "moscow", "kremlin"),
            "Office of the President of Russia"),
    Country("US", "United States", "US",
            ("united states", "us", "u.s.", "american", "washington", "white house", "oval office"),
            "White House"),
    Country("UK", "United Kingdom", "UK",
            ("united kingdom", "uk", "u.k.", "britain", "british", "downing street",
             "london", "number 10", "no 10"), "Prime Minister's Office (UK)"),
    Country("EU", "European Union", "EU",
            ("european union", "eu", "european commission", "brussels"),
            "European Commission"),
    Country("FR", "France", "other", ("france", "french", "paris", "élysée", "elysee"),
            "Office of the President of France"),
    Country("DE", "Germany", "other", ("germany", "german", "berlin", "chancellery"),
            "Federal Government of Germany"),
    Country("IT", "Italy", "other", ("italy", "italian", "rome", "palazzo chigi"),
            "Office of the Prime Minister of Italy"),
    Country("PL", "Poland", "other", ("poland", "polish", "warsaw"),
            "Office of the Prime Minister of Poland"),
    Country("TR", "Türkiye", "other", ("turkey", "türkiye", "turkish", "ankara"),
            "Directorate of Communications (Türkiye)"),
    Country("JP", "Japan", "other", ("japan", "japanese", "tokyo", "kantei"),
            "Office of the Prime Minister of Japan"),
    Country("IN", "India", "other", ("india", "indian", "new delhi"),
            "Prime Minister's Office (India)"),
    Country("CN", "China", "other", ("china", "chinese", "beijing", "zhongnanhai"),
            "Government of China"),
    Country("NATO", "NATO", "other", ("nato",), "NATO"),
    Country("ES", "Spain", "other", ("spain", "spanish", "madrid", "moncloa"),
            "Office of the Prime Minister of Spain"),
    Country("NL", "Netherlands", "other", ("netherlands", "dutch", "the hague"),
            "Office of the Prime Minister of the Netherlands"),
    Country("BE", "Belgium", "other", ("belgium", "belgian"),
            "Office of the Prime Minister of Belgium"),
    Country("DK", "Denmark", "other", ("denmark", "danish", "copenhagen"),
            "Office of the Prime Minister of Denmark"),
    Country("SE", "Sweden", "other", ("sweden", "swedish", "stockholm"),
            "Office of the Prime Minister of Sweden"),
    Country("NO", "Norway", "other", ("norway", "norwegian", "oslo"),
            "Office of the Prime Minister of Norway"),
    Country("FI", "Finland", "other", ("finland", "finnish", "helsinki"),
            "Office of the President of Finland"),
    Country("EE", "Estonia", "other", ("estonia", "estonian", "tallinn"),
            "Office of the Prime Minister of Estonia"),
    Country("LV", "Latvia", "other", ("latvia", "latvian", "riga"),
            "Office of the President of Latvia"),
    Country("LT", "Lithuania", "other", ("lithuania", "lithuanian", "vilnius"),
            "Office of the President of Lithuania"),
    Country("CZ", "Czech Republic", "other", ("czech republic", "czechia", "czech", "prague"),
            "Office of the Prime Minister of the Czech Republic"),
    Country("SK", "Slovakia", "other", ("slovakia", "slovak", "bratislava"),
            "Office of the Prime Minister of Slovakia"),
    Country("HU", "Hungary", "other", ("hungary", "hungarian", "budapest"),
            "Office of the Prime Minister of Hungary"),
    Country("RO", "Romania", "other", ("romania", "romanian", "bucharest"),
            "Office of the President of Romania"),
    Country("BG", "Bulgaria", "other", ("bulgaria", "bulgarian", "sofia"),
            "Office of the Prime Minister of Bulgaria"),
    Country("GR", "Greece", "other", ("greece", "greek", "athens"),
            "Office of the Prime Minister of Greece"),
    Country("PT", "Portugal", "other", ("portugal", "portuguese", "lisbon"),
            "Office of the Prime Minister of Portugal"),
    Country("IE", "Ireland", "other", ("ireland", "irish", "dublin"),
            "Department of the Taoiseach (Ireland)"),
    Country("AT", "Austria", "other", ("austria", "austrian", "vienna"),
            "Federal Chancellery of Austria"),
    Country("CH", "Switzerland", "other", ("switzerland", "swiss", "bern"),
            "Swiss Federal Council"),
    Country("MD", "Moldova", "other", ("moldova", "moldovan", "chisinau"),
            "Office of the President of Moldova"),
    Country("BY", "Belarus", "other", ("belarus", "belarusian", "minsk"),
            "Office of the President of Belarus"),
    Country("GE", "Georgia", "other", ("georgian", "tbilisi"),
            "Office of the Prime Minister of Georgia"),
    Country("AM", "Armenia", "other", ("armenia", "armenian", "yerevan"),
            "Office of the Prime Minister of Armenia"),
    Country("AZ", "Azerbaijan", "other", ("azerbaijan", "azerbaijani", "baku"),
            "Office of the President of Azerbaijan"),
    Country("KZ", "Kazakhstan", "other", ("kazakhstan", "kazakh", "astana", "akorda"),
            "Office of the President of Kazakhstan"),
    Country("IL", "Israel", "other", ("israel", "israeli", "jerusalem"),
            "Prime Minister's Office (Israel)"),
    Country("PS", "Palestine", "other", ("palestine", "palestinian", "ramallah"),
            "Office of the President of Palestine"),
    Country("LB", "Lebanon", "other", ("lebanon", "lebanese", "beirut"),
            "Office of the Prime Minister of Lebanon"),
    Country("SY", "Syria", "other", ("syria", "syrian", "damascus"),
            "Office of the President of Syria"),
    Country("IR", "Iran", "other", ("iran", "iranian", "tehran"),
            "Office of the President of Iran"),
    Country("IQ", "Iraq", "other", ("iraq", "iraqi", "baghdad"),
            "Office of the Prime Minister of Iraq"),
    Country("SA", "Saudi Arabia", "other", ("saudi arabia", "saudi", "riyadh"),
            "Royal Court of Saudi Arabia"),
    Country("AE", "United Arab Emirates", "other",
            ("united arab emirates", "uae", "emirati", "abu dhabi"),
            "Office of the President of the United Arab Emirates"),
    Country("QA", "Qatar", "other", ("qatar", "qatari", "doha", "amiri diwan"),
            "Amiri Diwan of Qatar"),
    Country("EG", "Egypt", "other", ("egypt", "egyptian", "cairo"),
            "Office of the President of Egypt"),
    Country("ZA", "South Africa", "other", ("south africa", "south african", "pretoria"),
            "Office of the President of South Africa"),
    Country("NG", "Nigeria", "other", ("nigeria", "nigerian", "abuja", "aso rock"),
            "Office of the President of Nigeria"),
    Country("KE", "Kenya", "other", ("kenya", "kenyan", "nairobi"),
            "Office of the President of Kenya"),
    Country("BR", "Brazil", "other",
            ("brazil", "brazilian", "brasilia", "brasília", "planalto"),
            "Office of the President of Brazil"),
    Country("AR", "Argentina", "other",
            ("argentina", "argentine", "argentinian", "buenos aires", "casa rosada"),
            "Office of the President of Argentina"),
    Country("MX", "Mexico", "other", ("mexico", "mexican", "mexico city"),
            "Office of the President of Mexico"),
    Country("CO", "Colombia", "other", ("colombia", "colombian", "bogota", "bogotá"),
            "Office of the President of Colombia"),
    Country("CL", "Chile", "other", ("chile", "chilean", "santiago"),
            "Office of the President of Chile"),
    Country("AU", "Australia", "other", ("australia", "australian", "canberra"),
            "Office of the Prime Minister of Australia"),
    Country("NZ", "New Zealand", "other", ("new zealand", "wellington"),
            "Office of the Prime Minister of New Zealand"),
    Country("KR", "South Korea", "other", ("south korea", "south korean", "seoul", "yongsan"),
            "Office of the President of South Korea"),
    Country("KP", "North Korea", "other", ("north korea", "north korean", "pyongyang"),
            "Government of North Korea"),
    Country("ID", "Indonesia", "other", ("indonesia", "indonesian", "jakarta"),
            "Office of the President of Indonesia"),
    Country("PK", "Pakistan", "other", ("pakistan", "pakistani", "islamabad"),
            "Office of the Prime Minister of Pakistan"),
    Country("VN", "Vietnam", "other", ("vietnam", "vietnamese", "hanoi"),
            "Government of Vietnam"),
    Country("UN", "United Nations", "other", ("united nations", "un", "u.n."),
            "United Nations"),
    # every other UN member state, the Holy See, Kosovo, Taiwan, the AU and ASEAN
    *(Country(code, name, "other", words, office)
      for code, name, words, office in MORE_COUNTRIES),
)

def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


# Keys as written and without accents ("türkiye", "turkiye"): phrases are looked up
# after ascii folding.
COUNTRY_BY_WORD: dict[str, Country] = {
    key: c for c in COUNTRIES for w in c.words for key in (w, _ascii(w))}
COUNTRY_BY_CODE: dict[str, Country] = {c.code: c for c in COUNTRIES}
# Blocs and organizations: they have no "Government of …".
BLOCS = frozenset({"EU", "NATO", "UN", "AFU", "ASN"})
# Words that are also seats of government: "the Kremlin said" speaks for the head office.
SEATS = frozenset({"kremlin", "white house", "downing street", "élysée", "elysee",
                   "chancellery", "palazzo chigi", "moncloa", "planalto", "casa rosada",
                   "bankova", "number 10", "no 10", "kantei", "zhongnanhai", "yongsan",
                   "aso rock", "amiri diwan", "akorda"})
# Seats that several countries give the same name: the article's home country's
# (`NAIROBI — … State House said`: Kenya's).
SHARED_SEATS = ("state house", "presidential palace")

# --------------------------------------------------------------------------------------
# People. An alias table of public figures the corpus is about; others are found by
# their titles and names in each article. Aliases are matched after folding, and
# surnames fuzzily (rapidfuzz) so that new transliterations still resolve.
# --------------------------------------------------------------------------------------


@frozen
class Person:
    name: str  # canonical
    country: str  # a Country.code
    roles: tuple[str, ...]
    gender: str  # "m", "f" or "" when the table does not say
    aliases: tuple[str, ...] = ()


# Family names come first in Chinese and Korean names: their one-word aliases ("Xi",
# "Lee") are listed, since surname matching looks at the last word.
PEOPLE: tuple[Person, ...] = (
    Person("Volodymyr Zelenskyy", "UA", ("president",), "m",
           ("zelensky", "zelenskiy", "zelenskyi", "zelenskii", "zelenskyy", "zelenskij")),
    Person("Justin Trudeau", "CA", ("prime minister",), "m"),
    Person("Mark Carney", "CA", ("prime minister",), "m"),
    Person("Vladimir Putin", "RU", ("president",), "m"),
    Person("Dmitry Peskov", "RU", ("spokesman", "spokesperson", "kremlin spokesman"), "m",
           ("peskov",)),
    Person("Maria Zakharova", "RU", ("spokeswoman", "spokesperson"), "f"),
    Person("Sergei Lavrov", "RU", ("foreign minister",), "m", ("lavrov",)),
    Person("Joe Biden", "US", ("president",), "m"),
    Person("Donald Trump", "US", ("president", "president-elect"), "m"),
    Person("Antony Blinken", "US", ("secretary of state",), "m"),
    Person("Keir Starmer", "UK", ("prime minister",), "m"),
    Person("Rishi Sunak", "UK", ("prime minister",), "m"),
    Person("Boris Johnson", "UK", ("prime minister",), "m"),
    Person("Emmanuel Macron", "FR", ("president",), "m"),
    Person("Olaf Scholz", "DE", ("chancellor",), "m"),
    Person("Friedrich Merz", "DE", ("chancellor",), "m"),
    Person("Giorgia Meloni", "IT", ("prime minister",), "f"),
    Person("Ursula von der Leyen", "EU", ("president",), "f", ("von der leyen",)),
    Person("Mark Rutte", "NATO", ("secretary general", "chief"), "m"),
    Person("Recep Tayyip Erdogan", "TR", ("president",), "m", ("erdogan", "erdoğan")),
    Person("Marc Garneau", "CA", ("foreign affairs minister", "minister"), "m"),
    Person("Mélanie Joly", "CA", ("foreign affairs minister", "minister"), "f",
           ("joly",)),
    Person("Chrystia Freeland", "CA", ("deputy prime minister", "minister"), "f"),
    Person("Dmytro Kuleba", "UA", ("foreign minister",), "m"),
    Person("Andrii Sybiha", "UA", ("foreign minister",), "m"),
    Person("Fumio Kishida", "JP", ("prime minister",), "m"),
    Person("Narendra Modi", "IN", ("prime minister",), "m"),
    Person("Donald Tusk", "PL", ("prime minister",), "m"),
    Person("Luiz Inácio Lula da Silva", "BR", ("president",), "m",
           ("lula", "lula da silva", "luiz inacio lula da silva")),
    Person("Javier Milei", "AR", ("president",), "m"),
    Person("Claudia Sheinbaum", "MX", ("president",), "f"),
    Person("Gustavo Petro", "CO", ("president",), "m"),
    Person("Anthony Albanese", "AU", ("prime minister",), "m"),
    Person("Penny Wong", "AU", ("foreign minister",), "f"),
    Person("Christopher Luxon", "NZ", ("prime minister",), "m"),
    Person("Pedro Sánchez", "ES", ("prime minister",), "m"),
    Person("José Manuel Albares", "ES", ("foreign minister",), "m", ("albares",)),
    Person("Mette Frederiksen", "DK", ("prime minister",), "f"),
    Person("Lars Løkke Rasmussen", "DK", ("foreign minister",), "m"),
    Person("Alexander Stubb", "FI", ("president",), "m"),
    Person("Sauli Niinistö", "FI", ("president",), "m", ("niinisto",)),
    Person("Petteri Orpo", "FI", ("prime minister",), "m"),
    Person("Elina Valtonen", "FI", ("foreign minister",), "f"),
    Person("Ulf Kristersson", "SE", ("prime minister",), "m"),
    Person("Jonas Gahr Støre", "NO", ("prime minister",), "m", ("store", "gahr store")),
    Person("Dick Schoof", "NL", ("prime minister",), "m"),
    Person("Bart De Wever", "BE", ("prime minister",), "m"),
    Person("Kristen Michal", "EE", ("prime minister",), "m"),
    Person("Kaja Kallas", "EU", ("high representative", "prime minister"), "f"),
    Person("António Costa", "EU", ("president",), "m", ("antonio costa",)),
    Person("Charles Michel", "EU", ("president",), "m"),
    Person("Gitanas Nausėda", "LT", ("president",), "m", ("nauseda",)),
    Person("Edgars Rinkēvičs", "LV", ("president",), "m", ("rinkevics",)),
    Person("Viktor Orbán", "HU", ("prime minister",), "m", ("orban",)),
    Person("Robert Fico", "SK", ("prime minister",), "m"),
    Person("Petr Fiala", "CZ", ("prime minister",), "m"),
    Person("Andrzej Duda", "PL", ("president",), "m"),
    Person("Karol Nawrocki", "PL", ("president",), "m"),
    Person("Radosław Sikorski", "PL", ("foreign minister",), "m", ("sikorski",)),
    Person("Kyriakos Mitsotakis", "GR", ("prime minister",), "m"),
    Person("Klaus Iohannis", "RO", ("president",), "m"),
    Person("Nicușor Dan", "RO", ("president",), "m", ("nicusor dan",)),
    Person("Maia Sandu", "MD", ("president",), "f"),
    Person("Alexander Lukashenko", "BY", ("president",), "m", ("lukashenka",)),
    Person("Ilham Aliyev", "AZ", ("president",), "m"),
    Person("Nikol Pashinyan", "AM", ("prime minister",), "m"),
    Person("Kassym-Jomart Tokayev", "KZ", ("president",), "m"),
    Person("Benjamin Netanyahu", "IL", ("prime minister",), "m", ("netanyahu", "bibi netanyahu")),
    Person("Isaac Herzog", "IL", ("president",), "m"),
    Person("Mahmoud Abbas", "PS", ("president",), "m"),
    Person("Masoud Pezeshkian", "IR", ("president",), "m"),
    Person("Abbas Araghchi", "IR", ("foreign minister",), "m"),
    Person("Mohammed bin Salman", "SA", ("crown prince", "prime minister"), "m", ("mbs",)),
    Person("Mohamed bin Zayed", "AE", ("president",), "m", ("mohammed bin zayed",)),
    Person("Tamim bin Hamad Al Thani", "QA", ("emir",), "m"),
    Person("Abdel Fattah el-Sisi", "EG", ("president",), "m",
           ("el-sisi", "sisi", "al-sisi", "abdel fattah al-sisi")),
    Person("Cyril Ramaphosa", "ZA", ("president",), "m"),
    Person("Bola Tinubu", "NG", ("president",), "m"),
    Person("William Ruto", "KE", ("president",), "m"),
    Person("Xi Jinping", "CN", ("president",), "m", ("xi",)),
    Person("Li Qiang", "CN", ("premier",), "m", ("li",)),
    Person("Wang Yi", "CN", ("foreign minister",), "m", ("wang",)),
    Person("Shigeru Ishiba", "JP", ("prime minister",), "m"),
    Person("Sanae Takaichi", "JP", ("prime minister",), "f"),
    Person("Yoon Suk Yeol", "KR", ("president",), "m", ("yoon", "yoon suk-yeol")),
    Person("Lee Jae-myung", "KR", ("president",), "m", ("lee", "lee jae myung")),
    Person("Kim Jong Un", "KP", ("leader",), "m", ("kim jong-un", "kim")),
    Person("Prabowo Subianto", "ID", ("president",), "m", ("prabowo",)),
    Person("Shehbaz Sharif", "PK", ("prime minister",), "m"),
    Person("S. Jaishankar", "IN", ("external affairs minister", "foreign minister"), "m",
           ("jaishankar", "subrahmanyam jaishankar")),
    Person("António Guterres", "UN", ("secretary-general", "secretary general"), "m",
           ("antonio guterres", "guterres")),
    Person("Jens Stoltenberg", "NATO", ("secretary general",), "m"),
    Person("Kamala Harris", "US", ("vice president",), "f"),
    Person("JD Vance", "US", ("vice president",), "m", ("j.d. vance", "vance")),
    Person("Marco Rubio", "US", ("secretary of state",), "m"),
    Person("Steve Witkoff", "US", ("special envoy", "envoy"), "m"),
    Person("Karine Jean-Pierre", "US", ("press secretary",), "f"),
    Person("Karoline Leavitt", "US", ("press secretary",), "f"),
    Person("David Lammy", "UK", ("foreign secretary",), "m"),
    Person("Yvette Cooper", "UK", ("foreign secretary",), "f"),
    Person("John Healey", "UK", ("defence secretary",), "m"),
    Person("Jean-Noël Barrot", "FR", ("foreign minister",), "m", ("jean-noel barrot", "barrot")),
    Person("Annalena Baerbock", "DE", ("foreign minister",), "f"),
    Person("Johann Wadephul", "DE", ("foreign minister",), "m"),
    Person("Steffen Hebestreit", "DE", ("spokesman", "government spokesman"), "m"),
    Person("Antonio Tajani", "IT", ("foreign minister",), "m"),
    Person("Hakan Fidan", "TR", ("foreign minister",), "m"),
    Person("Andriy Yermak", "UA", ("head of the presidential office", "chief of staff"), "m",
           ("yermak", "andrii yermak")),
    Person("Denys Shmyhal", "UA", ("prime minister",), "m"),
    Person("Yulia Svyrydenko", "UA", ("prime minister",), "f"),
    Person("Rustem Umerov", "UA", ("defence minister",), "m"),
    Person("Yuri Ushakov", "RU", ("aide", "foreign policy aide"), "m", ("yury ushakov",)),
    Person("Dmitry Medvedev", "RU", ("deputy chairman",), "m"),
    Person("Mikhail Mishustin", "RU", ("prime minister",), "m"),
    Person("Anita Anand", "CA", ("foreign affairs minister", "minister"), "f"),
    # Canadian figures a call's coverage quotes besides the prime minister
    Person("Pierre Poilievre", "CA", ("leader", "opposition leader"), "m"),
    Person("Dominic LeBlanc", "CA", ("minister",), "m"),
    Person("François-Philippe Champagne", "CA", ("finance minister", "minister"), "m"),
    Person("David McGuinty", "CA", ("defence minister", "minister"), "m"),
    Person("François Legault", "CA", ("premier",), "m"),
    Person("Yves-François Blanchet", "CA", ("leader",), "m"),
    # (not Doug Ford, Danielle Smith, Bill Blair or Jagmeet Singh: a bare "Ford",
    # "Smith", "Blair" or "Singh" would be taken for them)
)

# Last words of capitalized runs that name places and institutions, not people.
NON_PERSON_HEADS = frozenset(
    """street house palace square hall hotel centre center university stadium ministry
    office council agency press news times post forces region city district republic
    union party parliament commission committee government democrats republicans
    conservatives coalition alliance summit conference agreement plan programme
    program formula operation fleet guard army navy institute foundation bank fund
    airport station port sea ocean river mountains valley oblast province state
    states kingdom ukraine russia canada bureau authority board service court
    association federation organization organisation company corporation group
    network channel radio television agency institute centre directorate business
    industry industries commerce affairs trade rights security energy integration
    development cooperation relations defence defense justice health education
    finance economy interior culture""".split()
)

# Titles that introduce or stand for a person. Longest first when matching.
TITLES: tuple[str, ...] = (
    "deputy prime minister", "prime minister", "president-elect", "president",
    "chancellor", "foreign affairs minister", "foreign minister", "defence minister",
    "defense minister", "minister", "secretary of state", "secretary general",
    "secretary", "spokesperson", "spokeswoman", "spokesman", "ambassador", "senator",
    "governor", "mayor", "king", "queen", "premier", "chief", "pm", "leader",
    "foreign ministry spokesperson", "foreign ministry spokeswoman", "vice president",
    "foreign secretary", "defence secretary", "defense secretary", "press secretary",
    "secretary-general", "crown prince", "emir", "taoiseach", "high representative",
    "special envoy", "envoy", "aide", "presidential aide", "adviser", "advisor",
    "national security adviser", "national security advisor", "director",
    "director-general", "commissioner", "chairman", "chairwoman", "chief of staff",
    "cabinet secretary", "cs", "fm", "head of state", "head of government",
)
# Countries whose people the English-language press names surname first (`Lin Jian`,
# later `Lin`; `Lee Jae-myung`, later `Lee`).
SURNAME_FIRST = frozenset({"CN", "KR", "KP"})

# Every word of a title: "chief", "cabinet", "secretary", "prime", "minister" …
TITLE_WORDS = frozenset(w for title in TITLES for w in title.split())

HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "mr.", "mrs.",
                        "ms.", "dr.", "prof."})

# Capitalized words that begin or continue a name-like run but are not names.
NOT_NAMES = frozenset(
    """the a an in on at for and but or of to by with from as this that these those
    he she it they we i his her its their our you your after before during since
    while when where although though if however meanwhile notably earlier later
    last next both all each other another some many most one two three four five
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec prime minister president chancellor foreign
    affairs ministry office government spokesperson spokeswoman spokesman secretary
    state general minister deputy read also more tags categories image photo
    disclaimer operation agreement plan formula summit conference nato g7 g20 un eu
    armed forces army defence defense security council parliament press release
    readout statement twitter telegram facebook x war premier cabinet ambassador
    senator governor envoy aide adviser advisor crown taoiseach radio television tv
    news times leaders officials ministers diplomats lawmakers analysts critics allies
    partners republicans democrats europeans westerners""".split()
)

PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "him": "m", "her": "f"}
GROUP_PRONOUNS = frozenset({"they", "we"})
DOCUMENT_PRONOUNS = frozenset({"it"})

# Noun phrases for the participants of a call together.
_TOGETHER = ("leaders|sides|presidents|heads of state|countries|men|premiers|prime ministers"
             "|parties|interlocutors")
GROUP_PATTERNS = re.compile(rf"^(?:the\s+)?(?:both|two|the two|all)?\s*(?:{_TOGETHER})$")

# Offices that speak for a leader: "the president's office", "the PMO", "cabinet".
OFFICE_WORDS = frozenset({"office", "cabinet", "press service", "pmo", "presidency",
                          "administration", "spokesperson", "press office",
                          "presidential office", "chancellery"})

# What an article calls a named organization the second time: "the group said".
ORGANIZATION_NOUNS = frozenset(
    """group organization organisation association union federation company firm party
    coalition charity alliance movement network foundation institute lobby chamber
    committee confederation""".split()
)

# The words in an organization's name that the noun can stand for: "the group" is an
# organization, association, federation…; "the company" a Group, Inc, Ltd…; any
# other noun ("the party", "the union") stands for a name with that word.
_ADVOCACY = frozenset("""group organization organisation association federation coalition
    alliance movement network foundation institute council society committee league
    watch international confederation""".split())
_BUSINESS = frozenset("group inc ltd corp corporation company co ag plc holdings".split())
ORGANIZATION_KINDS = {"group": _ADVOCACY, "organization": _ADVOCACY,
                      "organisation": _ADVOCACY, "company": _BUSINESS, "firm": _BUSINESS}

# Generic bodies that can speak: "Western intelligence", "officials", "the ministry".
BODY_HEADS = frozenset(
    """ministry government intelligence officials authorities agency service services
    department kremlin office cabinet military army command police council commission
    embassy mission delegation consulate presidency secretariat spokesperson spokesman
    spokeswoman sources source official diplomat diplomats""".split()
)

# --------------------------------------------------------------------------------------
# Call vocabulary: how articles say that leaders talked.
# --------------------------------------------------------------------------------------

CALL_PATTERNS = re.compile(
    r"\b(?:spoke|spoken|speaks|speaking|talked|talks|talking|phoned|conversations?"
    # "called Zelensky on Monday", not "called President Lula a ‘corrupt communist’"
    r"|called(?! (?:(?!to |for |on |after )\S+ ){1,3}(?:an? |[‘“\"']))"
    r"|discussions?|(?:phone|telephone|video) calls?|calls? with"
    r"|(?:held|had) an? (?:\S+ ){0,2}?(?:call|conversation|discussion))\b"
    # the noun after a determiner ("in the first call", "a brief call"), not a demand
    # ("a call for restraint", "the call to end the blockade")
    r"|\b(?:the|a|an|this|that|their|his|her|its|first|second|latest|(?:to|yester)day['’]s"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s) "
    r"(?:(?!wake-up |close |judge?ment |clarion |rallying )\S+ )?"
    r"call\b(?! (?:for|to)\b)(?! on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))",
    # "the call on Israel to …", "a wake-up call": no call; "a call on Tuesday" is one
)  # searched in lower-cased text (re.IGNORECASE is several times slower)
# Every match of CALL_PATTERNS holds one of these (keep the two in step): a text with
# none of them is ruled out by a few fast `in` tests, before the regex.
CALL_WORDS = ("call", "spoke", "speak", "talk", "phoned", "conversation", "discussion")


# Phrasings that certainly report a call, not talks in general: a date in such a
# sentence ("spoke by phone with his Turkish and Polish counterparts on April 24") dates
# the calls the article goes on to describe without a date. Lower-cased text.
CALL_EVENT = re.compile(
    r"\b(?:(?:phone|telephone|video) (?:call|conversation|talks)|phoned"
    r"|(?:spoke|spoken|talked) (?:by (?:tele)?phone |over the phone )?(?:with|to) "
    r"(?!reporters|journalists|the (?:media|press))"
    r"|(?:held|had) an? (?:\S+ ){0,2}?(?:call|conversation))")


# A word that puts a call on the topic, looser than CALL_PATTERNS ("it was a good
# call", "the conversation", "Trump called Lula"); whole words only ("spokesman" is not
# "spoke"; "talks in Geneva" are not about a call). "called it absurd" slips through:
# leaving "called" out lost more claims about calls than it saved on the scored sets.
CALL_TOPIC = re.compile(r"\b(?:calls?|called|phoned?|phone|spoke|spoken|talked"
                        r"|conversations?)\b")


# The participants together, in lower-cased text: "the two leaders", "both men".
BOTH_LEADERS = re.compile(r"\b(?:the two|both) (?:leaders|men|women|presidents"
                          r"|prime ministers|ministers|sides)\b")


# A call by telephone or video, said in so many words: "held a telephone
# conversation", "spoke by phone", "phoned".
BY_PHONE = re.compile(r"\b(?:(?:tele)?phone|video) (?:call|conversation|talks)\b"
                      r"|\bby (?:tele)?phone\b|\bphoned\b|\bover the phone\b")


def mentions_call(low: str) -> bool:
    """Lower-cased text speaks of leaders talking (CALL_PATTERNS matches in it)."""
    return any(w in low for w in CALL_WORDS) and CALL_PATTERNS.search(low) is not None
# Ministries by portfolio, matched in a folded noun phrase ("Defence:US": a name only
# one country uses), and the names some countries give them.
MINISTRIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), name) for p, name in (
        (r"\bforeign (?:affairs )?ministry\b|\bministry of foreign affairs\b"
         r"|\bforeign office\b|\bmfa\b", "Foreign Affairs"),
        (r"\bstate department\b|\bdepartment of state\b", "Foreign Affairs:US"),
        (r"\bexternal affairs ministry\b|\bministry of external affairs\b|\bmea\b",
         "External Affairs"),
        (r"\bdefen[cs]e ministry\b|\bministry of defen[cs]e\b", "Defence"),
        (r"\bpentagon\b|\bdefen[cs]e department\b|\bdepartment of defen[cs]e\b"
         r"|\bdepartment of war\b", "Defence:US"),
    ))
DEPARTMENTS: dict[tuple[str, str], str] = {
    ("US", "Foreign Affairs"): "U.S. Department of State",
    ("US", "Defence"): "U.S. Department of Defense",
    ("UK", "Foreign Affairs"): "Foreign, Commonwealth & Development Office (UK)",
    ("UK", "Defence"): "Ministry of Defence (UK)",
}
# An article that reproduces one office's document: "The following statement was issued
# by the Office of the Prime Minister of Australia on Wednesday".
REPRODUCED = re.compile(
    r"\b(?:following|below|this|full text of the) (?:(?:media|joint|press|official) )?"
    r"(?:statement|readout|release|communiqu[eé]|note) (?:was |has been |is )?"
    r"(?:issued|released|published|put out|shared) by (?P<issuer>[^.,;:\n]{3,80}?)"
    r"(?= on \w|[.,;:\n]| today| this)", re.IGNORECASE)
# A news agency's note of where its whole story comes from: "Ukrinform reports, citing
# the President's Office", "… reports this with reference to the Head of State's
# Telegram channel".
CITED = re.compile(
    r"\b(?:reports?|reported|informs?|writes)(?: this)?,? (?:with reference to|citing"
    r"|referring to) (?P<issuer>[^.;:\n]{3,80}?)\s*(?=[.;:\n]|$)", re.IGNORECASE)
# The same note in the passive: "This was reported by the Office of the President, an
# Ukrinform correspondent reports", "It was announced on the website of the Kremlin".
CITED_BY = re.compile(
    r"\b(?:this|it) (?:was|is|has been) (?:reported|announced|stated) (?:by|on|in) "
    r"(?P<issuer>[^.;:,\n]{3,80}?)\s*(?=[.;:,\n]|$)", re.IGNORECASE)
# A government page that is itself a readout: "The following is attributable to
# Spokesperson …", or a heading "READOUT" / "Readout of the President's Call with …".
ATTRIBUTABLE = re.compile(
    r"\b(?:following|below) is attributable to (?P<issuer>[^.,;:\n]{3,80}?)(?=[.,;:\n])",
    re.IGNORECASE)
READOUT_HEADING = re.compile(
    r"\s*(?:readout|read-out)\b(?: of\b[^\n]*\b(?:call|conversation|meeting|talks|"
    r"phone)\b[^\n]*)?\s*$", re.IGNORECASE)
# A leader's office's own page about a call opens "Prime Minister Mark Carney today
# spoke with …" (news writes the day; a readout writes "today").
READOUT_OPENING = re.compile(
    r"\s*(?:the )?(?:prime minister|president|chancellor)\b[^.\n]{0,100}?\btoday "
    r"(?:spoke|held|had|received|took part)\b", re.IGNORECASE)
# A leader's site titles its note of a call by the call alone: "Telephone conversation
# with President of France Emmanuel Macron" (a news headline has a verb).
READOUT_TITLE = re.compile(
    r"\s*(?:(?:telephone|phone|video) (?:conversation|call|talks?)|conversation by phone)"
    r" (?:with|between)\b[^\n.]*$", re.IGNORECASE)
# A government page's own label for what it is, on a short line of its own: "Press
# release", "Press release | Date: 12/06/2025", "Newsroom > Media Statements", "From:
# Prime Minister's Office, 10 Downing Street". (A news site's menu lists "Press
# releases" among other items, on a line with them.)
RELEASE_MARKER = re.compile(
    r"\s*(?:[^\s>][^\n>]{0,39}>\s*)*(?:press release|news release|media (?:statement|release)s?"
    r"|press statement|readout)(?:\s*[|·•][^\n]*)?\s*"
    r"|\s*from:\s[^\n]*\b(?:office|presidency|ministry|government|chancellery)\b[^\n]*",
    re.IGNORECASE)
# "Source: Zelenskyy on Telegram": a line naming where the items below it come from.
SOURCE_LINE = re.compile(r"\s*source:\s", re.IGNORECASE)
# Parentheticals between a subject and its verb: "Erdoğan, for his part, underscored …".
PARENTHETICALS = frozenset({
    "for his part", "for her part", "for its part", "for their part", "in turn",
    "in return", "in response", "meanwhile", "however", "too", "also", "for now",
    "in reply", "at the time", "in a statement", "in his call", "in her call",
    "on his side", "on her side", "on its side",
})
# A wire dateline opening an article: "HELSINKI, March 7, 2025 — ", "WASHINGTON (AP) — ".
DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?: \([^)\n]{1,30}\))?(?:,[^—–\n]{0,40}?)?"
                      r"\s+[—–-]{1,2}\s+")
# "held back-to-back calls with A and B": one leader, several separate calls.
SEVERAL_CALLS = re.compile(r"\b(?:calls|conversations|talks) with\b|\bback-to-back\b"
                           r"|\bseparate (?:calls|conversations)\b"
                           r"|,? and (?:later |then |also )?with\b")  # "…, and with B"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")]
    )
    for m in names
}

# --------------------------------------------------------------------------------------
# Boilerplate: paragraphs that are not article body, by what they start with or say.
# --------------------------------------------------------------------------------------

BOILERPLATE_PREFIXES: tuple[tuple[str, str], ...] = (
    (r"(?:[•*·-]\s*)?(?:read also|also read|read more|see also|related|watch|listen)\s*:",
     "read-also"),
    (r"disclaimer\s*:", "disclaimer"),
    (r"(?:tags|categories|topics|filed under)\s*:", "tags"),
    (r"(?:image|photo|photograph|picture|credit|file photo|video)s?\s*:", "credit"),
    (r"\(except for the headline", "syndication"),
    # a wire story's staff line: "(Reporting by …; Editing by …)", "© 2022 The Canadian Press"
    (r"\(?(?:additional )?(?:reporting|writing|editing|compiled|edited|written) by\b"
     r"|(?:©|\(c\)|copyright\b)", "credit"),
)
# Lower-case patterns: they are searched in lower-cased text.
BOILERPLATE_PHRASES: tuple[tuple[str, str], ...] = (
    (r"comment section|comments? (?:are|is) (?:now )?closed|report an error or a typo"
     r"|click here|sign up for|subscribe to our", "comments"),
    (r"auto-published from|syndicated feed|agency feed|not been edited by"
     r"|not edited by|has not been reviewed by|offered to subscribers"
     r"|contact us for subscription", "syndication"),
)
# A caption ends with a parenthesized credit: "(Andrew Lahodynskyj/THE CANADIAN PRESS)".
CAPTION_CREDIT = re.compile(
    r"\((?:[^()]{0,120}/[^()]{0,120}|[^()]{0,60}(?:getty|reuters|afp|ap photo|press"
    r"|photo|images|camera|dnd|sputnik)[^()]{0,60})\)\s*$",
    re.IGNORECASE,
)
# Provenance facts worth keeping from syndication notices.
SYNDICATION_FACTS: tuple[tuple[str, str], ...] = (
    (r"auto-published from ((?:an? )?[\w -]{1,40}?feed)", "auto-published from {}"),
    (r"published from (?:an? )?(syndicated feed)", "published from a {}"),
    (r"not (?:been )?edited by ([\w .-]{1,40}?) staff", "not edited by {} staff"),
    (r"not (?:been )?reviewed by (?:an? )?(editor)", "not reviewed by an {}"),
    (r"without any modifications to the text", "published without modifications"),
)

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jan feb mar apr jun jul aug sep sept oct nov dec gen sen rep
    gov lt col maj capt sgt adm no vs etc inc corp ltd co jr sr u.s u.k e.g i.e approx
    dept est fig min max""".split()
)
