"""Provinces, states and regions of the countries that have a side of their own (CA,
US, UK, UA, RU), as plain data: a place named in a title (`Ontario Premier Doug Ford`,
`Kharkiv Mayor Ihor Terekhov`, `Scottish First Minister John Swinney`) gives the
title holder's country when nothing else does.

Words are lower case, ASCII-folded, of one to three words. A region whose name is also
a country's (`georgia`), a common first name (`virginia`) or a better-known place
elsewhere is left out: `crimea`, `donetsk` and `luhansk` too, whose side a title does
not settle.
"""

from __future__ import annotations

from types import MappingProxyType

_REGIONS: dict[str, tuple[str, ...]] = {
    "CA": ("alberta", "british columbia", "manitoba", "new brunswick", "newfoundland",
           "newfoundland and labrador", "nova scotia", "ontario", "prince edward island",
           "quebec", "saskatchewan", "yukon", "nunavut", "northwest territories"),
    "US": ("alabama", "alaska", "arizona", "arkansas", "california", "colorado",
           "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana",
           "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
           "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
           "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
           "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
           "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
           "texas", "utah", "vermont", "west virginia", "wisconsin", "wyoming"),
    "UK": ("england", "scotland", "scottish", "wales", "welsh", "northern ireland"),
    "UA": ("kharkiv", "odesa", "odessa", "lviv", "dnipro", "dnipropetrovsk",
           "zaporizhzhia", "kherson", "mykolaiv", "sumy", "chernihiv", "poltava",
           "vinnytsia", "zhytomyr", "rivne", "volyn", "ternopil", "khmelnytskyi",
           "chernivtsi", "ivano-frankivsk", "zakarpattia", "cherkasy", "kirovohrad",
           "kropyvnytskyi"),
    "RU": ("belgorod", "kursk", "bryansk", "voronezh", "rostov", "krasnodar",
           "st petersburg", "saint petersburg", "chechnya", "chechen", "dagestan",
           "tatarstan", "kaliningrad", "novosibirsk"),
}

COUNTRY_OF_REGION: MappingProxyType[str, str] = MappingProxyType(
    {word: code for code, words in _REGIONS.items() for word in words})
LONGEST = max(len(word.split()) for word in COUNTRY_OF_REGION)  # words in a region's name


def region_country(words: list[str], end: int) -> str | None:
    """The country of a region whose name ends at `words[end - 1]` (`["new", "york"]`
    -> `US`), the longest name first; None when no region ends there."""
    for size in range(min(LONGEST, end), 0, -1):
        code = COUNTRY_OF_REGION.get(" ".join(words[end - size:end]))
        if code is not None:
            return code
    return None
