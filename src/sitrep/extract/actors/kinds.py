"""Kinds of body and group that a phrase's last noun does not tell (issue 19 item 3, session 36).

- ``labour_union``: a workers' union named as such ("Congress of South African Trade Unions",
  "Trades Union Congress", "the Nigeria Union of Teachers", "National Union of Journalists") is
  labour (LAB), not the legislature its "Congress" sounds like nor the trade of its members;
  "African Union", "Soviet Union" and "Union of Islamic Courts" are no such union.
- ``professional_body``: an association, federation, chamber, council, congress, guild or society
  named after a trade or a field is that field's ("the Nepal Medical Association" HLH, "the
  Ghana Journalists Association" MED, "the Lima Chamber of Commerce" BUS, "the Nigeria Labour
  Congress" LAB, "the Kenya Bar Association" JUD), not a charity, a legislature or nothing.
- ``opposition_side``: a party, a coalition or their supporters written as the opposition, in
  the phrase or in its context ("the main opposition party", "Chadema, the main opposition
  party, said"), are the opposition (OPP), not a party (PTY).
- ``foreign_namesake``: a body the lexicon knows written after another country's name is that
  country's namesake ("the Tanzania People's Defence Force" is Tanzania's army, not Myanmar's
  People's Defence Force): its words are read as titles.
- ``rebel_name``: a name the lexicon does not know that calls itself a liberation, resistance
  or holy-war army, front or brigade ("the Baloch Liberation Army", "the Popular Resistance
  Front") is an armed group (REB), not a state's army.
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


# the heads of bodies that people of one trade or field form
BODY_HEADS = re.compile(r"\b(?:associations?|federations?|confederations?|chambers?|councils?|"
                        r"congress(?:es)?|guilds?|societ(?:y|ies)|syndicates?|unions?|"
                        r"forums?|alliances?|leagues?|orders?)\b", re.I)
# words of a field that are no person nouns of the lexicon, by the field's sector
FIELD_WORDS = {
    "HLH": "medical|medicine|health|healthcare|nursing|dental|clinical|hospitals?|surgical|"
           "paediatric|pediatric|psychiatric|midwifery|pharmacy",
    "MED": "press|media|journalism|broadcasting|newspapers?|publishing|editors'?",
    "BUS": "commerce|commercial|industry|industries|industrial|business|businesses|trade|"
           "enterprises?|employers'?|manufacturing|banking|chambers of commerce",
    "LAB": "labou?r|workers'?|trade unions?|unions?",
    "JUD": "bar|legal|law|judicial|judiciary|magistracy|constitutional",
    "EDU": "academic|academics|universit(?:y|ies)|education|educational|science|sciences|"
           "scientific",
    "AGR": "agricultural|agriculture|farming|livestock|pastoralist|fisheries",
}
FIELD = re.compile("|".join(rf"\b(?P<{sector}>{words})\b" for sector, words in FIELD_WORDS.items()),
                   re.I)
FIELD_SECTORS = frozenset({"HLH", "MED", "BUS", "LAB", "JUD", "EDU", "AGR"})


def professional_body(phrase: str, mentions: list[Mention]) -> str | None:
    """The sector of the field a body of one trade is named after (module docstring), else
    None: the field is a person noun of the lexicon ("Journalists", "Doctors", "Lawyers") or a
    word of ``FIELD_WORDS`` ("Medical", "Commerce", "Labour") beside the body's head noun."""
    heads = list(BODY_HEADS.finditer(phrase))
    if not heads:
        return None
    head = heads[0]
    if head.group().lower().startswith("union"):
        return None  # a union of a trade is labour ("the teachers' union": ``labour_union``)
    named = [m for m in mentions if m.kind in ("org", "igo") and not (
        m.start <= head.start() and head.end() <= m.end and len(m.text.split()) == 1)]
    if named:
        return None  # a body the lexicon knows ("the African National Congress")
    for m in mentions:
        if m.kind == "title" and m.entry.sector in FIELD_SECTORS and m.entry.office is None \
                and not (m.start <= head.start() < m.end) and m.entry.role != "name":
            return m.entry.sector
    for match in FIELD.finditer(phrase):
        if match.start() == head.start() and match.lastgroup != "LAB":
            continue  # the head itself ("the Federation Council")
        if match.lastgroup == "LAB" and head.group().lower().startswith("union") \
                and match.start() == head.start():
            continue
        return match.lastgroup
    return None


_OPPOSITION = re.compile(r"\bopposition\b", re.I)
OPPOSITION_HEADS = frozenset({"PTY", "OPP", "CVL", None})


def opposition_side(phrase: str, context: str, sector: str | None) -> bool:
    """Whether a party, a coalition or their supporters (``sector`` PTY, or CVL people) are
    written as the opposition: "opposition" in the phrase, or the context calls the named
    body so right before or after it ("X, the main opposition party,", "the opposition X"; a
    body of no sector too: "the Renewal Movement, an opposition party,")."""
    if sector == "LAB" and _OPPOSITION.search(phrase) and not TRADE_UNION.search(phrase) \
            and UNION_OF.search(phrase) is None:
        return True  # "the opposition Union for Change": a party named a union, no trade union
    if sector not in ("PTY", "CVL", None):
        return False
    if _OPPOSITION.search(phrase) and sector is not None:
        return True
    at = context.find(phrase) if len(phrase) >= 3 else -1
    if at < 0:
        return False
    before = context[max(0, at - 40):at]
    after = context[at + len(phrase):at + len(phrase) + 50]
    return bool(re.search(r"\bopposition\s+(?:(?:party|coalition|alliance|movement|bloc|"
                          r"group)\s+)?(?:the\s+)?$", before, re.I)
                or re.match(r"\s*,\s*(?:the|a|an)\s+(?:\w+\s+){0,2}opposition\b", after, re.I))


COUNTRY_KINDS = ("country", "demonym")


def foreign_namesake(phrase: str, mentions: list[Mention]) -> list[Mention]:
    """The organisations of ``mentions`` written right after the name of another country than
    their own (module docstring)."""
    out = []
    for before, m in zip(mentions, mentions[1:], strict=False):
        if m.kind == "org" and before.kind in COUNTRY_KINDS and m.entry.country \
                and before.entry.country and before.entry.country != m.entry.country \
                and phrase[before.end:m.start] == " ":
            out.append(m)
    return out


REBEL_NAME = re.compile(r"\b(?:liberation|resistance|mujahideen|mujahidin|jihad|martyrs'?|"
                        r"insurgency|insurrection|rebellion)\b", re.I)
ARMED_BODY = re.compile(r"\b(?:army|armies|front|brigades?|battalions?|movement|forces?|corps|"
                        r"militias?|legion|guards?|commandos?|fighters|group)\s*$", re.I)


def rebel_name(phrase: str, mentions: list[Mention]) -> bool:
    """Whether ``phrase`` is an armed group's own name of that kind (module docstring)."""
    if any(m.kind in ("org", "igo", "person") for m in mentions):
        return False
    head = re.split(r"\s(?:of|in|from|for)\s|,|\(", phrase)[0].strip()
    return bool(REBEL_NAME.search(head)) and ARMED_BODY.search(head) is not None \
        and any(w[:1].isupper() for w in REBEL_NAME.findall(head))
