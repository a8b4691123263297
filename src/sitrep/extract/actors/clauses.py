"""Relative clauses that give a person's role ("X, who served as interior minister until
2019,", "X, who was appointed army chief in May,"): whether the clause gives a role at all,
and whether that role is one of the past.

- ``past_role(phrase, mentions)``: the phrase is "who served as / had been / was [a, the, one
  word] <title>" (not a passive that gives the role now: "who was appointed interior
  minister", "who was sworn in as president"): the person held the office before; the article
  writes it in the past;
- ``stated_role(person, mentions)``: the one of a known person's roles that the title written
  before the name states ("former Chilean president Michelle Bachelet": Chile's president, not
  the UN office she held later), with the country written with it when there is one;
- ``gives_role(clause)``: a "who" clause names the person's role only with a copula, "served
  (as)" or a verb of appointment right before the title ("who was arrested by police" gives
  none: the police are someone else).
"""

from __future__ import annotations

import re

from sitrep.extract.actors.lexicon import Entry, Mention, get_matcher

# an optional word before the title that is no participle ("who was then police chief", "who
# was deputy foreign minister"; not "who was appointed ...")
_ONE_WORD = r"(?:(?!(?!then\b)[\w\-]*(?:ed|en|wn|de)\b)[\w\-]+(?:'s)?\s+)?"
PAST_ROLE = re.compile(r"\s*who\s+(?:had\s+)?(?:served|been|was|were)\s+(?:as\s+)?"
                       r"(?:(?:a|an|the)\s+)?" + _ONE_WORD, re.I)
ROLE_CLAUSE = re.compile(
    r"\s*who\s+(?:(?:is|are|was|were|has\s+been|had\s+been|have\s+been|serves|served|"
    r"has\s+served|had\s+served|became|becomes|remains|remained)\s+)+"
    r"(?:(?:appointed|named|elected|re-?elected|sworn\s+in|chosen|made|promoted|confirmed|"
    r"installed|nominated)\s+)?(?:as\s+)?(?:(?:a|an|the)\s+)?" + _ONE_WORD, re.I)


def _title_right_after(pattern: re.Pattern[str], text: str, mentions: list[Mention]) -> bool:
    for m in mentions:
        if m.kind != "title":
            continue
        match = pattern.match(text, 0, m.start)
        if match is not None and match.end() == m.start:
            return True
    return False


def past_role(phrase: str, mentions: list[Mention]) -> bool:
    """Whether ``phrase`` is a relative clause of a role held in the past (module docstring)."""
    return _title_right_after(PAST_ROLE, phrase, mentions)


def gives_role(clause: str) -> bool:
    """Whether a clause after a name gives the person's role: not a "who" clause whose title
    is not the complement of a copula, "served" or a verb of appointment."""
    if not re.match(r"\s*who\b", clause, re.I):
        return True
    return _title_right_after(ROLE_CLAUSE, clause, get_matcher().find(clause))


def stated_role(person: Mention, mentions: list[Mention]) -> Entry | None:
    """The role of ``person`` (a known person, ``people.tsv``) that a title written before the
    name in the phrase states, of the country written there if any; None when the phrase
    writes no title before the name or none of the person's roles matches it."""
    titles = [m.entry.office.lower() for m in mentions if m.kind == "title"
              and m.end <= person.start and m.entry.office]
    if not titles:
        return None
    countries = {m.entry.country for m in mentions if m.kind in ("country", "demonym")
                 and m.end <= person.start}
    roles = [r for r in get_matcher().person_roles(person.entry.name)
             if r.office and r.office.lower() in titles
             and (not countries or r.country in countries)]
    return roles[-1] if roles else None
