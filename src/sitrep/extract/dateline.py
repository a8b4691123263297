"""The dateline as written: "AURORA, Colo. (CBS4) –", "DESOTO, MO (KTVI) -", "KABUL,
Afghanistan (AP) —" at the start of a line in the article's first lines, read from the text itself.

The place extractor reads a town in capitals poorly (the parser takes "AURORA" for an acronym
or an organisation, and without the state a "Benton" or "York" goes to the wrong country), yet
the news convention is explicit: a town in capitals, a comma, its state or country (a name or
an AP/postal abbreviation), an optional station or agency in brackets, and a dash. The town is
resolved within that state or country only (the most populous town of that name there; a county
when no town has the name); a line that does not read so gives nothing.
"""

from __future__ import annotations

import re
import unicodedata

from sitrep.extract.places.extractor import to_place
from sitrep.extract.places.mention import Mention, admin_abbreviations
from sitrep.nlp.scans import UPPER
from sitrep.records import Place
from sitrep.resources.gazetteer import Candidate, Gazetteer

# the day of a wire's report in its dateline ("April 16", "Jan. 20, 2016", "Sept 19")
DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
       r"(?:,?[ \t]+\d{4})?")
# one to four words in capitals, accented letters too ("ASUNCIÓN", "LOMÉ")
_CAPS = rf"[{UPPER}][{UPPER}'’.\-]+(?:[ \t][{UPPER}][{UPPER}'’.\-]*){{0,3}}"
# a town in capitals (one to four words: "ST. LOUIS COUNTY", "MOUNT VERNON"), a comma, its
# state or country (up to three words or an abbreviation: "N.C.", "Pa", "New Mexico"), an
# optional bracket ("(AP)", "(December 19, 2015)") and a dash
_WRITTEN = re.compile(
    r"(?:^|\n|(?<=[a-z0-9.!?\"”])[ \t]+)[ \t]*"
    r"(?P<town>" + _CAPS + r"),[ \t]*"
    r"(?P<region>[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2})[ \t]*"
    r"(?:,[ \t]*" + DAY + r"[ \t]*)?(?:(?P<note>\([^)\n]{1,40}\))[ \t]*)?(?:--|[-–—])")
# a town in capitals and the day of the report, with no state or country ("BISHKEK, April 22
# —", "ISLAMABAD, March 2 (Wire) —"): a wire's dateline, whose town the lead's parse often
# takes for the subject of its first verb ("BISHKEK, April 22 — Kyrgyzstan on Tuesday
# ordered")
_DATED = re.compile(
    r"(?:^|\n|(?<=[a-z0-9.!?\"”])[ \t]+)[ \t]*"
    r"(?P<town>" + _CAPS + r"),[ \t]*" + DAY + r"[ \t]*"
    r"(?:(?P<note>\([^)\n]{1,40}\))[ \t]*)?(?:--|[-–—])")
_SUFFIXES = (" CITY", " TOWNSHIP", " BOROUGH", " VILLAGE")


def _regions(gaz: Gazetteer, written: str) -> list[tuple[str, str | None]]:
    """The readings of a dateline's state or country: (ISO3, admin1 code or None)."""
    found: list[tuple[str, str | None]] = []
    known = admin_abbreviations()
    for key in (written, written + ".", written.upper(), written.rstrip(".").upper()):
        for iso2, code in known.get(key, []):
            iso3 = gaz.iso3(iso2)
            if iso3 and (iso3, code or None) not in found:
                found.append((iso3, code or None))
        if found:
            return found
    for c in gaz.lookup(written.rstrip("."), kinds={"admin1", "country"}):
        if c.country:
            reading = (c.country, c.admin1 if c.kind == "admin1" else None)
            if reading not in found:
                found.append(reading)
    return found


def _town(gaz: Gazetteer, name: str, iso3: str, admin1: str | None) -> Candidate | None:
    names = [name] + [name[: -len(s)] for s in _SUFFIXES if name.upper().endswith(s)]
    for kinds in ({"city"}, {"admin2"}):
        for variant in names:
            for c in gaz.lookup(variant, kinds=kinds, country=iso3):
                if admin1 is None or c.admin1 == admin1:
                    return c
    return None


def written_dateline(text: str, gaz: Gazetteer, places: list[Place], limit: int) -> Place | None:
    """The place of the dateline written in the first ``limit`` characters of ``text``: the
    extractor's own place at that span when it is the same record, else the town (or county)
    of that name in the written state or country; None when no line reads as a dateline."""
    match = _WRITTEN.search(text[:limit])
    if match is None or sum(c.isalpha() for c in match.group("town")) < 3:
        return _dated(text, gaz, places, limit)
    town, region = match.group("town"), match.group("region").strip()
    found = None
    for iso3, admin1 in _regions(gaz, region):
        found = _town(gaz, town, iso3, admin1)
        if found is not None:
            break
    if found is None:
        return None
    start, end = match.start("town"), match.end("town")
    for p in places:
        if p.geonameid == found.geonameid and p.evidence.start < end and start < p.evidence.end:
            return p
    return to_place(Mention(start, end, text[start:end], choice=found), gaz, text)


def _dated(text: str, gaz: Gazetteer, places: list[Place], limit: int) -> Place | None:
    """The town of a dateline written with the report's day but no state or country
    (``_DATED``: "BISHKEK, April 22 —"), resolved as ``stateless_dateline`` resolves one."""
    match = _DATED.search(text[:limit])
    if match is None:
        return None
    return _named_town(text, gaz, places, match.start("town"), match.group("town").strip(),
                       spelled=False)


# a town in capitals alone before a long dash, opening the text, a line or the sentence after a
# headline glued to the text ("Loud music complaint leads to arrest. CROMWELL — Police ..."),
# or before a hyphen spaced on both sides as a dash ("LANSING - Thousands rallied")
_STATELESS = re.compile(
    r"(?:^|\n|[.!?][ \t]+)[ \t]*(?P<town>" + _CAPS + r"?)[ \t]*"
    r"(?:(?P<note>\([^)\n]{1,40}\))[ \t]*)?(?:--|[–—]|(?<=[ \t])-)[ \t]+[A-Z“\"]")


def stateless_dateline(text: str, gaz: Gazetteer, places: list[Place],
                       limit: int) -> Place | None:
    """The town of a dateline written without its state or country ("CROMWELL — Police said"):
    the town of that very name in the country most of the article's places are in, else the
    most populous town of that name. None when the word is also written in lower case in the
    article (a word, not a name: "POLICE — ... the police said") or names no town."""
    match = _STATELESS.search(text[:limit])
    if match is None:
        return None
    town = match.group("town").strip()
    if re.search(r"\b" + re.escape(town.lower()) + r"\b", text):
        return None
    return _named_town(text, gaz, places, match.start("town"), town)


def _named_town(text: str, gaz: Gazetteer, places: list[Place], start: int,
                town: str, spelled: bool = True) -> Place | None:
    """The town of that very name (accents aside: "BOGOTA" is Bogotá) in the country most of
    the article's places are in, else the most populous town of that name; None for a word
    of fewer than four letters or one that names no town. Unless ``spelled`` (a dateline
    with its day is one for sure), a town known by that name among its other names
    ("ULAANBAATAR": Ulan Bator) where none has it as its own."""
    if sum(c.isalpha() for c in town) < 4:
        return None
    folded = _fold(town)
    named = gaz.lookup(town, kinds={"city"})
    found = [c for c in named if _fold(c.name) == folded] or ([] if spelled else named)
    if not found:
        return None
    countries = [p.country for p in places if p.country]
    if countries:
        common = max(set(countries), key=countries.count)
        found = [c for c in found if c.country == common] or found
    end = start + len(town)
    return to_place(Mention(start, end, text[start:end], choice=found[0]), gaz, text)


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalpha()
                   and not unicodedata.combining(c))


def dateline_note(text: str, limit: int) -> tuple[int, int] | None:
    """The span of the bracket of a dateline ("INDIANAPOLIS, Ind. (Dec. 10, 2015) –", "CROMWELL
    (AP) —") in the first ``limit`` characters: the station, agency or the day of the report,
    never the day of what the story tells. None when the dateline has no bracket."""
    for pattern in (_WRITTEN, _STATELESS):
        match = pattern.search(text[:limit])
        if match is not None and match.group("note"):
            return match.start("note"), match.end("note")
    return None


# a town in capitals, its optional state or country, and the day of the report written by its
# month before the dash ("KYIV, April 16 —", "BUENOS AIRES, Oct 22 —", "LAGOS, Nigeria, Jan. 20,
# 2016 (AP) --"): a wire service's dateline
_DAY_WRITTEN = re.compile(
    r"(?:^|\n|[.!?][ \t]+)[ \t]*" + _CAPS + r",[ \t]*"
    r"(?:[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2},[ \t]*)?"
    r"(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"(?:,?[ \t]+\d{4})?)[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:--|[-–—])")


def dateline_day(text: str, limit: int) -> tuple[int, int] | None:
    """The span of the day a wire dateline writes ("KYIV, April 16 —") in the first ``limit``
    characters: the day the report was filed. It dates an act of the lead only where the act's
    sentence names no day of its own ("Russia attacked Ukraine overnight": the night before;
    "Militants stormed a church on Sunday": the Sunday). None without such a dateline."""
    match = _DAY_WRITTEN.search(text[:limit])
    return (match.start("day"), match.end("day")) if match is not None else None


_MASTHEAD = re.compile(r"[ \t]+(?:\||«|»|::)[ \t]+[^\n]*$")
# "... encampment - FOX 8 WVUE New Orleans News, Weather, Sports": a dash before a name that
# holds a word of the press family (or a station's call sign, a web address) and, in lower
# case, only the small words of a name ("News and Weather for Waco")
_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
_PRESS = re.compile(
    r"\b(?:News|TV|Television|Radio|Channel|Times|Post|Herald|Tribune|Journal|Gazette|Courier|"
    r"Press|Daily|Online|Media|Network|Broadcasting|Chronicle|Observer|Dispatch|Bulletin|"
    r"Examiner|Inquirer|Telegraph|Reporter|Register|Review|Sentinel|Star|Sun|Record|Leader|"
    r"Standard|Guardian|Independent|Mirror|Express|Magazine|Weekly|Newspaper)s?\b|"
    r"\.(?:com|net|org)\b|\b[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?\b")
_NAME_SMALL_WORDS = frozenset({"and", "for", "of", "the", "in", "on", "at", "by", "from"})
HEADLINE_CHARS = 250  # a headline is one short line


def _outlet_name(tail: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’.-]*", tail)
    return bool(_PRESS.search(tail)) and all(
        w[:1].isupper() or w in _NAME_SMALL_WORDS for w in words)


def masthead(text: str) -> tuple[int, int] | None:
    """The outlet's name that web pages append to a headline ("Man shot on east side | Fox 59",
    "... « CBS Dallas / Fort Worth", "... encampment - FOX 8 WVUE New Orleans News, Weather"):
    the span from the separator to the end of the article's first line, when that line is a
    headline; after a dash only where what follows reads as an outlet's name (``_outlet_name``:
    "Teen shot - police say the suspect fled" is the headline's own). A place named there is
    where the outlet is, not where anything happened."""
    line = text[:HEADLINE_CHARS + 1].split("\n", 1)[0]
    if len(line) > HEADLINE_CHARS:
        return None
    match = _MASTHEAD.search(line)
    if match is not None:
        return (match.start(), len(line))
    for dash in _DASH.finditer(line):
        if _outlet_name(line[dash.end():]):
            return (dash.start(), len(line))
    return None
