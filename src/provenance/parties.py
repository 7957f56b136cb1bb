"""Parties: whose account of a call a claim is.

A claim's `source.side` says which side it speaks for (`CA`, `UA`, ...). Sides outside
the GUIDELINES vocabulary are all `other`, so for them the party is the issuer's country
when the lexicon knows it (`Office of the President of France` -> `FR`), else the issuer
itself: two invented countries' readouts stay two parties. A claim of side `unknown`
speaks for no party.
"""

from __future__ import annotations

from functools import cache

from . import lexicon
from .names import ascii_fold, known_person
from .records import UNKNOWN, Claim, ClaimRef, Source

NO_PARTY = UNKNOWN


def party_of(source: Source) -> str:
    """The party a source speaks for, or `unknown`."""
    if source.side == UNKNOWN:
        return NO_PARTY
    if source.side != "other":
        return source.side
    return _other_party(source.issuer)


@cache
def _other_party(issuer: str) -> str:
    return country_of_issuer(issuer) or issuer


def country_of_issuer(issuer: str) -> str | None:
    """A lexicon country code for an issuer: a head office, a known person, or a country
    named in it (`Government of Italy`)."""
    for country in lexicon.COUNTRIES:
        if issuer == country.head_office:
            return country.code
    person = known_person(issuer)
    if person is not None and person.name == issuer:
        return person.country
    words = ascii_fold(issuer).replace("'s", "").split()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            if key in lexicon.COUNTRY_BY_WORD and key not in lexicon.OFFICE_WORDS:
                return lexicon.COUNTRY_BY_WORD[key].code  # an office noun names no country
    return None


@cache
def participant_party(name: str) -> str | None:
    """The party a call participant belongs to (`Justin Trudeau` -> `CA`), if known."""
    person = known_person(name)
    if person is None or person.name != name:
        return None
    return country_party(person.country)


def country_party(code: str) -> str:
    """The party of a lexicon country: its side, or its code when the side is `other`."""
    country = lexicon.COUNTRY_BY_CODE[code]
    return country.side if country.side != "other" else country.code


def ref(claim: Claim) -> ClaimRef:
    """A claim as a finding shows it, with its party."""
    return ClaimRef.of(claim, party_of(claim.source))
