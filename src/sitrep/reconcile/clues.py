"""Clues that tell whether two reports are one happening, beyond type, place and day: the people
named with their age or as the victims ("Tavon Goff, 21", "34-year-old Officer Thomas
Cottrell"), the addresses and street corners ("the 600 block of West Venango Street", "near
48th and Center"), the ages of the people involved ("a 28-year-old man").

A reporter of local news and an analyst say "same shooting" from these when the day is missing
(most local stories say "Friday night", which without a publication date is no day). Fusion
(``reconcile.incidents``) uses them so:

- **strong** clues (``person``, ``addr``, ``cross``, ``day``) let a report without a day join an
  incident of its town and family that shares one (a name, an address, a street corner, the
  month and day "Jan. 17" named without a year, kept with the town); they are stored
  per incident (``incident_clues``), so that finding such an incident is one indexed lookup by
  clue, not a scan of the town's history;
- ``conflict``: no such join where the two reports tell of other people: one name with other
  ages ("John Doe, 24" and "John Doe, 61"), or, at one address, other people or other ages.

Two reports of one family, town and day are one incident, as ACLED codes its unit (actor pair,
location, day): "the 300 block of West 18th Street" and "the 1100 block of Parade Street" on one
Saturday in Erie are one incident with both victims, and so does the GVDB grouping (same date,
state and city). Only one name with other ages tells them apart (``apart_in_block``); other
victims' ages alone do not (one story gives the victim's age, the next the suspect's).

Clues come from the article's text and its named actors (``store.clues.article_material``);
each goes to the unit of each family told nearest before it (else the first after it), within
``REACH``, as casualty claims do: "A man was shot Friday. It happened near 48th and Center."
gives the corner to the shooting. A victim named without an age (``victim_clues``) goes to the
unit whose events harm them and to the violent unit told nearest, never to an arrest or a
protest told near the name (two rallies "for Kevin Tran" are two rallies).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

STRONG = ("person", "addr", "cross", "day", "harm")  # harm: ``reconcile.fusion.profile``
REACH = 600  # characters between a clue and a mention of its happening: about three sentences

# the standard street suffixes (USPS Publication 28's common ones) and their abbreviations
_SUFFIX = (r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|"
           r"Pl|Way|Parkway|Pkwy|Highway|Hwy|Terrace|Ter|Circle|Cir|Trail|Trl|Pike|Expressway|"
           r"Expy|Freeway|Fwy|Square|Sq|Alley|Plaza|Plz|Crescent|Cres|Turnpike|Tpke)\b\.?")
_DIR = (r"(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|N|S|E|W|NE|NW|"
        r"SE|SW)\b\.?\s+)")
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)\b"
_WORD = rf"(?!{_SUFFIX}|{_DIR})(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAME = rf"(?:{_ORDINAL}|{_WORD}(?:\s+{_WORD}){{0,2}})"


def _street(g: str) -> str:
    return rf"{_DIR}?(?P<{g}>{_NAME})(?P<{g}s>\s+{_SUFFIX})?"


# the number's first digit is matched before the check that no word character comes before
# it (the \b of "\b\d"): a pattern that begins with a digit is searched for with the regex
# engine's fast scan for that character class, one that begins with \b is tried at every
# character (half the time of a scan of a news text)
_BLOCK = re.compile(rf"(?P<n>\d(?<!\w\d)\d{{0,4}})\s+block\s+of\s+(?:the\s+)?{_street('a')}")
_HOUSE = re.compile(rf"(?P<n>\d(?<!\w\d)\d{{1,4}})\s+{_DIR}?(?P<a>{_NAME})\s+{_SUFFIX}")
_CROSS = re.compile(
    rf"\b(?P<lead>near|at|of|on|around|by|in)\s+(?:the\s+)?{_street('a')}\s*"
    rf"(?:and|&)\s*{_street('b')}")
_NOT_STREET = {"the", "a", "an", "police", "this", "that", "his", "her", "their", "its", "our",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

_AGE_WORD = r"(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)"
_AGE = re.compile(rf"\b(?P<n>{_AGE_WORD})[- ]years?[- ]old\b|\b(?:aged?)\s+(?P<m>\d{{1,3}})\b", re.I)
_YEARS_OLD = re.compile(r"years?[- ]old", re.I)  # what ``_AGE``'s matches hold: the one
_AGED = re.compile(r"\baged?\s+\d", re.I)  # or the other
_AGE_AFTER = re.compile(r"^\s*(?:,\s*(?P<n>\d{1,3})\s*(?:,|\.|;|$|\s(?:of|from|and|was|is|were|"
                        r"had|who|died|said))|\((?P<m>\d{1,3})\))")
_AGE_BEFORE = re.compile(rf"\b(?P<n>{_AGE_WORD})[- ]years?[- ]old\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}$")
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}


@dataclass(frozen=True)
class Clue:
    kind: str  # person | aged (a person's age: "name|age") | addr | cross | age | day | harm | wday
    key: str
    start: int  # where the article says it

    @property
    def strong(self) -> bool:
        return self.kind in STRONG

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.key}"


def _core(name: str) -> str:
    return " ".join(name.split()).casefold()


def streets(text: str) -> list[Clue]:
    """Addresses and street corners told in ``text``: ``addr`` (the hundred block and the
    street: "the 600 block of W. Venango St." and "612 West Venango Street" are one) and
    ``cross`` (the two streets of a corner, in either order). A street alone is no clue:
    streets are long, and two shootings on one street are often two."""
    found: list[Clue] = []
    for m in _BLOCK.finditer(text) if "block" in text else ():  # the pattern's own word
        if _core(m["a"]) not in _NOT_STREET:
            found.append(Clue("addr", f"{int(m['n']) // 100 * 100}|{_core(m['a'])}", m.start()))
    for m in _HOUSE.finditer(text):
        if _core(m["a"]) not in _NOT_STREET:
            found.append(Clue("addr", f"{int(m['n']) // 100 * 100}|{_core(m['a'])}", m.start()))
    for m in _CROSS.finditer(text):
        a, b = _core(m["a"]), _core(m["b"])
        if a in _NOT_STREET or b in _NOT_STREET or a == b:
            continue
        marked = m["as"] or m["bs"] or re.fullmatch(_ORDINAL, m["a"]) or re.fullmatch(
            _ORDINAL, m["b"]) or re.search(r"\b(?:intersection|corner)\s+of$",
                                           text[max(0, m.start() - 20):m.end("lead")])
        if not marked:
            continue  # "at Smith and Jones" is no corner
        found.append(Clue("cross", "|".join(sorted((a, b))), m.start("a")))
    return found


def _age(value: str) -> int | None:
    if value.isdigit():
        n = int(value)
    else:
        from sitrep.extract.claims.numbers import words_value

        parsed = words_value([value])
        if parsed is None:
            return None
        n = parsed[0]
    return n if 0 < n < 110 else None


def ages(text: str) -> list[Clue]:
    """The ages of people: "a 28-year-old man", "Thirty-two-year-old Herschel Jones", "aged 19"."""
    out = []
    lower = text.lower()
    if not ("year" in lower and "old" in lower and _YEARS_OLD.search(text)
            or "age" in lower and _AGED.search(text)):
        return out  # every match holds one of these (searched for in a tenth of the time)
    for m in _AGE.finditer(text):
        n = _age(m["n"] or m["m"])
        if n is not None:
            out.append(Clue("age", str(n), m.start()))
    return out


def person_key(name: str) -> str | None:
    """A person's name as a key: first and last name, without middle names and suffixes
    ("Herschel Ray Jones III" and "Herschel Jones III": "herschel jones"); None for a single
    name (too common to tell people apart)."""
    words = [w.strip(".,").casefold() for w in name.split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    if len(words) < 2 or not all(w[0].isalpha() for w in (words[0], words[-1])):
        return None
    return f"{words[0]} {words[-1]}"


def people(text: str, named: Iterable[tuple[int, int, str]], victims: set[str] | None = None
           ) -> list[Clue]:
    """People named with an age ("Tavon Goff, 21,", "34-year-old Danville Officer Thomas
    Cottrell", "Jane Roe (19)") or as a victim of violence (``victims``: the names of the
    recipients of violent events), as local news names victims and suspects; not a spokesman
    or a witness, whose name other stories of other happenings repeat. ``named``: (start, end,
    name) of the named actors. (The famous dead an analysis recalls, "the killing of Arturo
    Beltran Leyva", are kept apart by the place: such reports are mostly placed in a country.)"""
    victims = victims or set()
    out = []
    for start, end, name in named:
        key = person_key(name)
        if key is None:
            continue
        after = _AGE_AFTER.match(text[end:end + 24])
        before = _AGE_BEFORE.search(text[max(0, start - 64):start])
        if after or before or name in victims:
            out.append(Clue("person", key, start))
            told = after["n"] or after["m"] if after else before["n"] if before else None
            n = _age(told) if told else None
            if n is not None:
                out += [Clue("age", str(n), start), Clue("aged", f"{key}|{n}", start)]
    return out


def victim_clues(named: Iterable[tuple[int, int, str]], victims: Mapping[str, set[int]]
                 ) -> list[tuple[Clue, set[int]]]:
    """The victims of violence by name (``person`` clues), each with the indexes of the events
    that harm them: such a name is a clue of the happening those events are, not of whatever
    happening is told nearest ("a nurse wounded in a clinic bombing, before Slepian died" is not
    Slepian's killing). ``victims``: name -> event indexes (``store.clues.article_material``)."""
    out = []
    for start, _end, name in named:
        key = person_key(name)
        if key is not None and victims.get(name):
            out.append((Clue("person", key, start), set(victims[name])))
    return out


_CAP = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_SUFFIX_NAME = r"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?"
# the first name's capital first, then its \b as a lookbehind (the engine's fast scan for a
# capital, not a try at every character), then the rest of the first name as ``_CAP`` reads it
_FIRST_CAP = r"[A-Z](?<!\w[A-Z])(?:(?<=M)(?:c|ac)[A-Z]|(?<=O)'[A-Z])?[a-z]+(?:[-'’][A-Z][a-z]+)?"
# the other given and middle names and initials (one to three names in all before the last)
_MORE_GIVEN = rf"(?:{_CAP}\s+(?:[A-Z]\.\s+)?){{0,2}}"
_NAME_AGE = re.compile(
    rf"{_FIRST_CAP}\s+(?:[A-Z]\.\s+)?{_MORE_GIVEN}(?P<last>{_CAP}){_SUFFIX_NAME}\s*"
    rf"(?:,\s*(?P<a>\d{{1,3}})\s*(?=,|\.|;|\s(?:of|from"
    rf"|and|was|is|were|had|who|died|said)\b)|\((?P<b>\d{{1,3}})\))")
_AGE_NAME = re.compile(
    rf"\b(?P<n>{_AGE_WORD})[- ]years?[- ]old\s+(?P<run>{_CAP}(?:\s+(?:[A-Z]\.\s+)?{_CAP})+)"
    rf"{_SUFFIX_NAME}(?!\s*[A-Z])")
# what every match of ``_NAME_AGE`` ends with (the age after the name): a text without it has
# no match, and the search for it skips to each comma and parenthesis where ``_NAME_AGE`` tries
# a run of names at every capital
_NAME_AGE_END = re.compile(
    r",\s*\d{1,3}\s*(?=,|\.|;|\s(?:of|from|and|was|is|were|had|who|died|said)\b)|\(\d{1,3}\)")
# words that end a run of capitals without being a surname ("a 24-year-old Chicago Police
# officer", "a 15-year-old Central High School student")
_NOT_SURNAME = {"police", "county", "school", "department", "university", "college", "high",
                "hospital", "church", "city", "state", "club", "company", "army", "navy",
                "marine", "guard", "patrol", "fire", "sheriff"}


def named_ages(text: str) -> list[Clue]:
    """People named with their age as local news names victims and suspects ("Marcus Reed,
    24,", "Jamal Carter (22)", "19-year-old Kayla Brooks", "34-year-old Danville Officer Thomas
    Cottrell"), as ``person`` clues of surname and age ("reed|24"): the same whether the story
    gives the middle name or not, and what the model's names miss."""
    out = []
    for m in _NAME_AGE.finditer(text) if _NAME_AGE_END.search(text) else ():
        n = _age(m["a"] or m["b"])
        last = m["last"].casefold()
        if n is not None and last not in _NOT_SURNAME:
            out.append(Clue("person", f"{last}|{n}", m.start()))
    # "years old" in every match (searched for first: "old" is in half the texts, "told")
    for m in _AGE_NAME.finditer(text) if "old" in text and _YEARS_OLD.search(text) else ():
        n = _age(m["n"])
        last = m["run"].split()[-1].casefold()
        if n is not None and last not in _NOT_SURNAME:
            out.append(Clue("person", f"{last}|{n}", m.start("run")))
    return out


_MONTH_DAY = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<m>Jan(?:uary)?|Feb(?:ruary)?|"
    r"Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?")


def month_days(dates: Iterable[tuple[int, str, str | None]]) -> list[Clue]:
    """The days an article names by month and day without a year ("Jan. 17", "Sunday, December
    27th") that stayed unresolved (no publication date): ``day`` clues "01-17". ``dates``:
    (start, text, resolved value or None) of the article's date expressions."""
    from sitrep.extract.dates.calendar import month_number

    out = []
    for start, text, value in dates:
        m = _MONTH_DAY.fullmatch(text.strip())
        if value is None and m and 1 <= int(m["d"]) <= 31:
            out.append(Clue("day", f"{month_number(m['m']):02d}-{int(m['d']):02d}", start))
    return out


def article_clues(text: str, named: Iterable[tuple[int, int, str]],
                  victims: set[str] | None = None) -> list[Clue]:
    """Every clue of an article, in text order."""
    found = streets(text) + ages(text) + people(text, named, victims) + named_ages(text)
    return sorted(set(found), key=lambda c: (c.start, c.kind, c.key))


def assign(clues: Sequence[Clue], units: Sequence[tuple[str, list[int]]], reach: int = REACH
           ) -> list[set[Clue]]:
    """The clues of each unit (given as its family and the starts of its mentions): each clue
    goes, in each family, to the unit told nearest before it, else to the first told after it,
    when that mention is within ``reach`` characters (a clue told far from any mention of a
    happening is about something else)."""
    out: list[set[Clue]] = [set() for _ in units]
    families = {family for family, _ in units}
    for clue in clues:
        for family in families:
            best: tuple[int, int] | None = None
            chosen = -1
            for i, (fam, starts) in enumerate(units):
                if fam != family:
                    continue
                for s in starts:
                    key = (1, s - clue.start) if s <= clue.start else (0, clue.start - s)
                    if best is None or key > best:
                        best, chosen = key, i
            if chosen >= 0 and best is not None and abs(best[1]) <= reach:
                out[chosen].add(clue)
    return out


def apart_in_block(a: Iterable[Clue], b: Iterable[Clue]) -> str | None:
    """Why two reports of one family, town and day are two happenings, or None: one name with
    other ages ("John Doe, 24" and "John Doe, 61"). Other addresses do not tell (ACLED's unit is
    the town and day), nor do other victims' ages alone (one story gives the victim's age, the
    next the suspect's)."""
    a, b = list(a), list(b)
    return conflict([c for c in a if c.kind == "aged"], [c for c in b if c.kind == "aged"])


def shared_strong(a: Iterable[Clue], b: Iterable[Clue]) -> set[str]:
    """The strong clues (as labels) two reports share."""
    return {c.label for c in a if c.strong} & {c.label for c in b if c.strong}


def conflict(a: Iterable[Clue], b: Iterable[Clue]) -> str | None:
    """Why two reports that share a strong clue are two happenings, or None: a name both give
    with other ages ("John Doe, 24" and "John Doe, 61"); or, where no name is shared (one
    address or corner), people named in both and none in common, or ages told in both and
    none in common ("a 38-year-old man", "a 17-year-old girl")."""
    a, b = list(a), list(b)
    da, db = {c.key.rsplit("|", 1)[-1] for c in a if c.kind == "day"}, {
        c.key.rsplit("|", 1)[-1] for c in b if c.kind == "day"}
    if da and db and not da & db:
        return "other days"  # "Jan. 17" and an incident of March 5
    if not any(label.startswith("person:") for label in shared_strong(a, b)):
        for kind in ("person", "age"):
            ka, kb = {c.key for c in a if c.kind == kind}, {c.key for c in b if c.kind == kind}
            if ka and kb and not ka & kb:
                return f"other {kind}s"
    aged_a: dict[str, set[str]] = {}
    aged_b: dict[str, set[str]] = {}
    for clues, aged in ((a, aged_a), (b, aged_b)):
        for c in clues:
            if c.kind == "aged":
                name, age = c.key.rsplit("|", 1)
                aged.setdefault(name, set()).add(age)
    for name in aged_a.keys() & aged_b.keys():
        if not aged_a[name] & aged_b[name]:
            return f"ages of {name}"
    return None
