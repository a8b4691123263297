"""Kinds of body and group that a phrase's last noun does not tell (issue 19 item 3, session 36).

- ``labour_union``: a workers' union named as such ("Congress of South African Trade Unions",
  "Trades Union Congress", "the Nigeria Union of Teachers", "National Union of Journalists") is
  labour (LAB), not the legislature its "Congress" sounds like nor the trade of its members;
  "African Union", "Soviet Union" and "Union of Islamic Courts" are no such union.
- ``refugee_group``: people described by displacement ("displaced families", "refugee
  children", "Syrian refugee women") are refugees (REF), not civilians in general.
- ``state_craft``: aircraft, helicopters and speedboats of a state or a coalition ("Russian
  planes", "Saudi-led coalition aircraft", "enemy choppers") are its armed forces (MIL); a
  passenger plane or an aircraft of no one is no actor. Ships and vessels are left alone: a
  country's ships are as often merchant ships.
- ``sector_in_power``: an armed group that took a country's government is the government in
  the years it held it whole (``in_power.tsv``: the Taliban from 2022, not in 2021, the year
  it took Kabul; read at year precision, the year of a takeover keeps the group's own sector).
"""

from __future__ import annotations

import re
from functools import cache

from sitrep.extract.actors.lexicon import Mention
from sitrep.resources import read_tsv

TRADE_UNION = re.compile(r"\btrades?[\s-]+unions?\b", re.I)
UNION_OF = re.compile(r"\bunions?\s+of\s+", re.I)
# the sectors of the trades whose people form a labour union ("Union of Teachers")
MEMBER_SECTORS = frozenset({"EDU", "MED", "HLH", "LAB", "AGR", "BUS", "CVL"})
# a union of students or pupils is a student body, not labour
NOT_WORKERS = re.compile(r"\b(?:students?|pupils?|undergraduates?)\b", re.I)


def labour_union(phrase: str, mentions: list[Mention]) -> bool:
    """Whether the phrase names a labour union (see the module docstring)."""
    if TRADE_UNION.search(phrase):
        return True
    match = UNION_OF.search(phrase)
    if match is None:
        return False
    members = [m for m in mentions if m.kind == "title" and m.start >= match.end()
               and m.entry.sector in MEMBER_SECTORS]
    return bool(members) and not NOT_WORKERS.search(phrase[match.end():])


def refugee_group(sector: str | None, mentions: list[Mention], head_len: int) -> str | None:
    """REF for civilians named with a word of displacement before them in the head of the
    phrase ("displaced families"); else the sector unchanged."""
    if sector != "CVL":
        return sector
    titles = [m for m in mentions if m.kind == "title" and m.start < head_len]
    if len(titles) >= 2 and any(m.entry.sector == "REF" for m in titles[:-1]):
        return "REF"
    return sector


CRAFT = frozenset({"aircraft", "plane", "planes", "airplane", "airplanes", "aeroplane",
                   "aeroplanes", "helicopter", "helicopters", "chopper", "choppers", "speedboat",
                   "speedboats"})
STATE_WORDS = re.compile(r"\b(?:coalition|enemy|allied)\b", re.I)


def state_craft(phrase: str, mentions: list[Mention]) -> bool:
    """Whether the phrase is aircraft or speedboats of a state or a coalition (see the module
    docstring): its last word is a craft and a country, its people or a coalition own it."""
    words = phrase.lower().rstrip(".").split()
    if not words or words[-1] not in CRAFT:
        return False
    head = len(phrase) - len(words[-1])
    owners = [m for m in mentions if m.kind in ("country", "demonym") and m.end <= head]
    return bool(owners) or bool(STATE_WORDS.search(phrase[:head]))


@cache
def _terms_in_power() -> dict[str, list[tuple[str, int, int | None]]]:
    terms: dict[str, list[tuple[str, int, int | None]]] = {}
    for row in read_tsv("in_power.tsv"):
        last = int(row["last_year"]) if row["last_year"] else None
        terms.setdefault(row["name"], []).append((row["sector"], int(row["first_year"]), last))
    return terms


def sector_in_power(name: str, sector: str | None, year: int) -> str | None:
    """The sector of the body ``name`` in ``year``: the government's in a year it held power
    whole (``in_power.tsv``), else ``sector``."""
    for held, first, last in _terms_in_power().get(name, []):
        if first <= year and (last is None or year <= last):
            return held
    return sector
