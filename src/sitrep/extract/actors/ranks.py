"""Ranks and titles that police forces and armies (or legislatures) share: the article decides.

A sergeant, a lieutenant, an officer or a trooper is a soldier in a story about a war and a
police officer in a story about a shooting in Ohio; a "Deputy" before a name is a sheriff's
deputy in one and a member of parliament in another. ``resources/ranks.tsv`` lists these words
(singular; plurals match them) with the sectors the article may choose between, the sector of
the word as a group noun when the article names none of them, and the sector of a person the
word is written before ("Officer Ryan Pike" is police; "Sgt. Ali Musa" a soldier).

What decides, in order:

1. a body named in the phrase itself ("Police Sgt.", "Army Capt.", "NYPD Officer", "sheriff's
   deputies"): its sector (``phrase_body``);
2. the bodies and titles of fixed sector that the sentence and the two before it name (police,
   sheriffs, prosecutors, courts; the army, troops, the navy; parliament, lawmakers): the
   sector among the rank's choices named most often, when one is named more than the others;
3. the same over the whole article;
4. the setting the article's other parties give it, when no body decides: criminals ("a
   burglar", "robbers", "the gang") make it a police story, rebels and insurgents a war
   ("officers arrested a burglar": police; "officers led the assault on rebel positions":
   soldiers), by the sector named most (``setting``);
5. else the default (as a noun, or before a name).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sitrep.extract.actors.lexicon import Mention, singulars
from sitrep.resources import read_tsv
from sitrep.resources.countries import fold

# sectors that count as evidence of the police, the army or a legislature in an article
EVIDENCE_SECTORS = frozenset({"COP", "MIL", "LEG", "JUD"})
# a prosecutor or a court in the story counts for the police
COUNTS_AS = {"JUD": "COP"}


@dataclass(frozen=True)
class Rank:
    sectors: tuple[str, ...]  # the sectors the article may choose between
    noun: str  # as a group noun when the article names none of them
    name: str  # before a person's name when the article names none of them


@lru_cache(maxsize=1)
def _table() -> dict[str, Rank]:
    return {fold(row["term"]): Rank(tuple(row["sectors"].split()), row["noun"], row["name"])
            for row in read_tsv("ranks.tsv")}


def rank_of(text: str) -> Rank | None:
    """The rank a title's text is (in any number: "officers", "deputies"), else None."""
    key = " ".join(fold(text).replace("\u2019", "'").split())
    table = _table()
    if key in table:
        return table[key]
    words = key.split(" ")
    for form in singulars(words[-1]):
        rank = table.get(" ".join([*words[:-1], form]))
        if rank is not None:
            return rank
    return None


def is_rank(m: Mention) -> bool:
    return m.kind == "title" and rank_of(m.text) is not None


def phrase_body(mentions: Iterable[Mention], rank: Rank) -> str | None:
    """The sector of a body, title or organisation of the phrase that is not itself a rank and
    whose sector is among the rank's choices ("Police Sgt." -> COP, "Army Capt." -> MIL)."""
    for m in mentions:
        if m.kind not in ("title", "org") or is_rank(m) or not m.entry.sector:
            continue
        sector = COUNTS_AS.get(m.entry.sector, m.entry.sector)
        if sector in rank.sectors:
            return sector
    return None


def evidence(mentions: Iterable[Mention]) -> Counter[str]:
    """How often each sector of police, army, courts and legislatures is named by a body or
    title of fixed sector among ``mentions`` (ranks themselves do not count)."""
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.kind in ("title", "org") and m.entry.sector in EVIDENCE_SECTORS and not is_rank(m) \
                and m.entry.role != "name":
            votes[COUNTS_AS.get(m.entry.sector, m.entry.sector)] += 1
    return votes


# the sectors of other parties that tell what kind of story it is, and the force that goes
# with each: criminals are the police's business, rebels the army's
SETTING_SECTORS = {"CRM": "COP", "REB": "MIL"}


def setting(mentions: Iterable[Mention]) -> Counter[str]:
    """How often the criminals and the rebels among ``mentions`` (titles and groups of fixed
    sector: "burglar", "gang", "insurgents") speak for the police or the army."""
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.kind in ("title", "org") and m.entry.sector in SETTING_SECTORS \
                and m.entry.role != "name":
            votes[SETTING_SECTORS[m.entry.sector]] += 1
    return votes


def _leader(votes: Counter[str], rank: Rank) -> str | None:
    ranked = sorted(((votes[s], s) for s in rank.sectors), reverse=True)
    if ranked and ranked[0][0] > 0 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return None


def choose(rank: Rank, near: Counter[str], article: Counter[str], before_name: bool,
           story: Counter[str] | None = None) -> str:
    """The sector of a rank from the sentences around it, else the article, else the kind of
    story its other parties make it (``setting`` votes), else its default."""
    return _leader(near, rank) or _leader(article, rank) or (
        _leader(story, rank) if story else None) or (rank.name if before_name else rank.noun)
