"""The role the context of an isolated name writes with it (issue 19 item 3): "Colonel X", "X,
34, a teacher in Y,", "X, a spokesman for the Karen National Union,".

``context_role(name, context, year, resolve)`` codes the title written right before the name
(back to a verb, a preposition or a clause break) or the appositive after it, with ``resolve``
(``sitrep.extract.actors.code.resolve``, passed in: this module is below it); besides:

- a religious form of address before the name ("Sister X", "Father X", "Fr. X"; ``plain_address``
  writes it as the noun it stands for, in the phrase too: "Sister Agnes Wanjiru" is a nun);
- a bare title after the comma (", head of the doctors' union,", ", spokesman for the army,");
- a "who" clause of leading ("X, who runs a Catholic mission") or of flight ("an Afghan who
  fled to Iran", "who was deported": a refugee, REF);
- the title of the others the name is counted with ("X and four other deputies", "X and fellow
  judges");
- a victim with no role ("X, 61, was killed when ..."): a civilian (CVL).

And the relative clauses that give a person's role ("X, who served as interior minister until
2019,", "X, who was appointed army chief in May,"): whether the clause gives a role at all, and
whether that role is one of the past.

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
from collections.abc import Callable
from typing import Any

from sitrep.extract.actors.lexicon import Entry, Mention, get_matcher

Resolver = Callable[[str, str, int | None], Any]


# the role written with a name: the words right before it back to a verb, a preposition or a
# clause break ("rebel commander X"), or an appositive after it (", 34, a teacher in Y,")
_ROLE_BEFORE = re.compile(r"((?:[\w'\-.]+ ){1,5})$")
_NOT_ROLE = {"said", "says", "told", "tells", "that", "and", "or", "but", "by", "of", "to", "when",
             "after", "as", "with", "for", "from", "in", "on", "at", "while", "where", "whom",
             "who", "which", "asked", "according", "added", "quoted", "named", "called", "say",
             "is", "was", "were", "are", "be", "been", "has", "had", "have"}
_APPOSITIVE = re.compile(r",\s*(?:\d{1,3},\s*)?((?:(?:a|an|the)\s+|[A-Z][\w.\-]*(?:'s|\u2019s)\s+|"
                         r"(?=(?:[a-z][\w\-]*\s+){1,3}(?:of|for|at|to|in)\s))"
                         r"[^,.;:()]{2,70})(?=[,.;:)]|\s+(?:said|says|told|was|is|who|has|had)\b)")


def context_role(name: str, context: str, year: int | None, resolve: Resolver) -> Any:
    """The title or role the context writes with ``name``, coded (None when the context does
    not name it or gives it no role with a sector)."""
    at = context.find(name)
    if at < 0 or len(name) < 4:
        return None
    candidates = []
    before = _ROLE_BEFORE.search(context[max(0, at - 80):at])
    if before is not None:
        words = before.group(1).split()
        cut = max((k for k, w in enumerate(words) if w.lower() in _NOT_ROLE), default=-1)
        text = " ".join(words[cut + 1:])
        found = get_matcher().find(text) if text else []
        # the role is written next to the name ("Police met Tomas X": police are not his role)
        if found and found[-1].kind == "title" and found[-1].end >= len(text.rstrip(".")) and not \
                re.search(r"\b[A-Z][a-z]+\b", text[found[-1].end:]):
            capitalised = [m.start() for m in re.finditer(r"\b[A-Z][\w\-]*", text)
                           if not any(x.start <= m.start() < x.end for x in found)]
            candidates.append(text[max(capitalised, default=-1) + 1:].strip()
                              if capitalised else text)
    after = _APPOSITIVE.match(context, at + len(name))
    if after is not None:
        candidates.append(after.group(1))
    address = _ADDRESS_BEFORE.search(context, max(0, at - 12), at)
    if address is not None:
        candidates.insert(0, ADDRESS[address.group(1).lower()])
    rest = context[at + len(name):at + len(name) + 160]
    others = _OTHERS.match(rest)
    if others is not None:
        candidates.append(others.group(1))
    clause = _WHO.search(rest)
    if clause is not None and _FLIGHT.match(clause.group(1)):
        candidates.insert(0, "refugee")
    elif clause is not None and _LEADS.match(clause.group(1)):
        candidates.append("head of " + _LEADS.sub("", clause.group(1)))
    elif clause is not None and _OWNS.match(clause.group(1)):
        candidates.append("owner of " + _OWNS.sub("", clause.group(1)))  # "who owns a bakery"
    for text in candidates:
        role = resolve(text, "", year)
        if role.sector and role.kind in ("title", "org", "igo"):
            return role
    if _VICTIM.match(rest):
        return resolve("civilian", "", year)
    return None


# forms of address of the clergy that are kin words elsewhere, and the nouns they stand for
ADDRESS = {"sister": "nun", "sr.": "nun", "mother": "nun", "father": "priest", "fr.": "priest",
           "brother": "monk", "br.": "monk"}
_ADDRESS_BEFORE = re.compile(r"\b(Sister|Sr\.|Mother|Father|Fr\.|Brother|Br\.)\s+$")
_ADDRESS_START = re.compile(r"^(Sister|Sr\.|Mother|Father|Fr\.|Brother|Br\.)(?=\s+[A-Z])")
# "X and four other deputies", "X and fellow judges", "X, one of the deputies"
_OTHERS = re.compile(r"\s*(?:,\s*)?(?:and\s+(?:\w+\s+)?(?:other|fellow)|,\s*one\s+of\s+the"
                     r"(?:\s+\w+)?)\s+((?:[\w\-']+\s+){0,2}[\w\-']+)", re.I)
# a "who" clause within the name's appositive
_WHO = re.compile(r"^[^.;]{0,80}?\bwho\s+([^,.;]{3,80})")
_FLIGHT = re.compile(r"(?:had\s+|has\s+|have\s+)?(?:fled|escaped|was\s+(?:displaced|deported|"
                     r"expelled|forced\s+(?:from|out|to\s+flee))|were\s+(?:displaced|deported|"
                     r"expelled)|sought\s+asylum|is\s+seeking\s+asylum|crossed\s+into)\b", re.I)
_LEADS = re.compile(r"^(?:heads|leads|runs|directs|chairs|commands|manages|founded|"
                    r"co-founded)\s+", re.I)
_OWNS = re.compile(r"^(?:owns|co-owns|owned|co-owned)\s+", re.I)
# a victim named with no role: "X, 61, was killed", "X was shot dead", "X, a father of three, died"
_VICTIM = re.compile(r"\s*(?:,\s*\d{1,3}\s*,)?\s*(?:was|were|had\s+been|has\s+been)\s+"
                     r"(?:(?:shot|stabbed|beaten|hacked)\s+(?:dead|to\s+death)|killed|shot|"
                     r"wounded|injured|hurt|murdered|stabbed|abducted|kidnapped|beaten|"
                     r"found\s+dead|lynched)\b", re.I)


def plain_address(phrase: str) -> str:
    """``phrase`` with a religious form of address before a name written as the noun it stands
    for ("Sister Agnes Wanjiru" -> "nun Agnes Wanjiru"); other phrases unchanged."""
    match = _ADDRESS_START.match(phrase)
    if match is None:
        return phrase
    return ADDRESS[match.group(1).lower()] + phrase[match.end():]


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
