"""Derive ``src/sitrep/resources/actor_nouns.tsv`` (ordinary actor nouns -> sector) from WordNet.

The actor lexicon (``titles.tsv``) lists titles and group nouns by hand; news writes about many
more kinds of people and military equipment ("midwives", "looters", "herdsmen", "battleships",
"mortars"). Instead of growing the hand list word by word, this script reads the WordNet 3.0 noun
hierarchy and gives every noun whose **first (most frequent) sense** falls under one of a few
anchor synsets the sector of the nearest anchor above it:

    soldier < enlisted person < serviceman  -> MIL      looter < thief < criminal -> CRM
    midwife < nurse < health professional   -> HLH      battleship < warship      -> MIL

Words that are also adjectives ("national", "liberal", "native"), proper names, words of more
than three parts, and words whose first sense is something else ("drone" is first a bee) are
left out; ``titles.tsv`` keeps priority wherever both list a word (``lexicon.Matcher``).
Irregular plurals come from WordNet's own exception list (``noun.exc``: "herdsmen", "midwives").

WordNet is read from Debian's ``wordnet-base`` package (``apt-get install wordnet-base``); it is
needed only to regenerate the file, never at run time:

    python scripts/actor_nouns_from_wordnet.py [--wordnet /usr/share/wordnet] \\
        --out src/sitrep/resources/actor_nouns.tsv
"""

from __future__ import annotations

import argparse
import re
from collections import deque
from pathlib import Path

# (lemma, sense number) of the anchor synsets -> sector. The nearest anchor above a word wins
# (a diplomat is an official before he is a worker; a tank driver is a soldier).
ANCHORS: dict[tuple[str, int], str] = {
    # armed forces, and their vehicles, ships, aircraft and heavy guns
    ("serviceman", 1): "MIL", ("military_officer", 1): "MIL", ("soldier", 1): "MIL",
    ("military_unit", 1): "MIL", ("warship", 1): "MIL", ("warplane", 1): "MIL",
    ("military_vehicle", 1): "MIL", ("artillery", 1): "MIL", ("armored_vehicle", 1): "MIL",
    ("guided_missile", 1): "MIL", ("fighter_pilot", 1): "MIL",
    # missiles (not rockets: a space launcher is one), and the mine warfare ships that are no
    # warships in WordNet (session 34)
    ("missile", 1): "MIL", ("minesweeper", 1): "MIL",
    ("minelayer", 1): "MIL",
    # police, courts, legislatures, government, intelligence
    ("lawman", 1): "COP", ("lawyer", 1): "JUD", ("judge", 1): "JUD", ("jurist", 1): "JUD",
    ("prosecutor", 1): "JUD", ("legislator", 1): "LEG", ("official", 1): "GOV",
    ("head_of_state", 1): "GOV", ("spy", 1): "SPY", ("secret_agent", 1): "SPY",
    # armed groups and crime
    ("insurgent", 1): "REB", ("rebel", 1): "REB", ("terrorist", 1): "REB",
    ("mercenary", 1): "PRM", ("criminal", 1): "CRM", ("thief", 1): "CRM",
    ("smuggler", 1): "CRM", ("drug_dealer", 1): "CRM", ("kidnapper", 1): "CRM",
    # professions and walks of life
    ("health_professional", 1): "HLH", ("medical_practitioner", 1): "HLH",
    ("educator", 1): "EDU", ("scientist", 1): "EDU", ("scholar", 1): "EDU",
    ("student", 1): "EDU", ("clergyman", 1): "REL", ("religious_person", 1): "REL",
    ("spiritual_leader", 1): "REL", ("church_officer", 1): "REL", ("journalist", 1): "MED", ("photographer", 1): "MED", ("editor", 1): "MED",
    ("broadcaster", 1): "MED", ("businessman", 1): "BUS", ("businessperson", 1): "BUS",
    ("merchant", 1): "BUS", ("capitalist", 1): "BUS", ("laborer", 1): "LAB",
    ("workman", 1): "LAB", ("skilled_worker", 1): "LAB", ("farmer", 1): "AGR", ("agricultural_laborer", 1): "AGR",
    ("herder", 2): "AGR", ("peasant", 1): "AGR", ("refugee", 1): "REF", ("activist", 1): "OPP",
    ("dissident", 1): "OPP",
    # civilians
    ("civilian", 1): "CVL", ("inhabitant", 1): "CVL", ("traveler", 1): "CVL",
    ("citizen", 1): "CVL", ("juvenile", 1): "CVL", ("relative", 1): "CVL",
    ("driver", 1): "CVL", ("pedestrian", 1): "CVL",
}


# words more often something else in news (a sense that is not a person, a surname, a verb)
STOP = {"runner", "owner", "carrier", "bearer", "goer", "seizer", "mover", "porter", "hood",
        "moll", "crasher", "jerker", "puncher", "stacker", "lacer", "inspector", "controller",
        "deputy", "enemy", "aide", "invader", "intruder", "courier", "herald", "trier", "shepherd", "partner",
        # senses that are no armed force in most news: "foreign reserves", "a battery of
        # tests", "the press corps", "a football squad", "in the vanguard of"
        "reserves", "battery", "corps", "squad", "vanguard", "rearguard", "captain", "patrol",
        "counsel", "interceptor", "invalidator", "weigher", "ripper", "padder", "ghoul"}
# glosses of senses that are insults: not words a coder should know by default
INSULT = re.compile(r"slur|offensive|disparag|derogat|obscene|vulgar|contemptuous", re.I)


def read_nouns(folder: Path) -> tuple[dict[str, tuple[list[str], list[str]]],
                                      dict[str, list[str]], set[str], set[str]]:
    """(synset offset -> (words, hypernym offsets)), (lemma -> synset offsets, by frequency),
    the offsets of insults, and the lemmas of several senses none of which is attested in
    WordNet's tagged texts (their first sense is not known to be the most frequent)."""
    synsets: dict[str, tuple[list[str], list[str]]] = {}
    insults: set[str] = set()
    unattested: set[str] = set()
    for line in (folder / "data.noun").read_text("latin-1").splitlines():
        if line.startswith("  "):
            continue
        if INSULT.search(line.split(" | ", 1)[-1]):
            insults.add(line.split()[0])
        parts = line.split(" | ")[0].split()
        count = int(parts[3], 16)
        words = [parts[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = []
        for k in range(int(parts[at])):
            symbol, offset, pos = parts[at + 1 + 4 * k: at + 4 + 4 * k]
            if symbol == "@" and pos == "n":
                pointers.append(offset)
        synsets[parts[0]] = (words, pointers)
    index: dict[str, list[str]] = {}
    for line in (folder / "index.noun").read_text("latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        at = 4 + int(parts[3])
        senses, tagged = int(parts[at]), int(parts[at + 1])
        index[parts[0]] = parts[at + 2:]
        if senses > 1 and tagged == 0:
            unattested.add(parts[0])
    return synsets, index, insults, unattested


def adjectives(folder: Path) -> set[str]:
    return {line.split()[0] for line in (folder / "index.adj").read_text("latin-1").splitlines()
            if not line.startswith("  ")}


def nearest_anchor(offset: str, synsets: dict, anchors: dict[str, str]) -> str | None:
    """The sector of the nearest anchor among the hypernyms of a synset (breadth first)."""
    queue, seen = deque([offset]), {offset}
    while queue:
        current = queue.popleft()
        if current in anchors:
            return anchors[current]
        for parent in synsets[current][1]:
            if parent not in seen:
                seen.add(parent)
                queue.append(parent)
    return None


def derive(folder: Path) -> list[tuple[str, str, str]]:
    """(term, sector, anchor) rows, sorted by term."""
    synsets, index, insults, unattested = read_nouns(folder)
    anchor_offsets: dict[str, str] = {}
    anchor_names: dict[str, str] = {}
    for (lemma, sense), sector in ANCHORS.items():
        offset = index[lemma][sense - 1]
        anchor_offsets[offset] = sector
        anchor_names[offset] = f"{lemma}.{sense}"
    skip = adjectives(folder)
    rows: dict[str, tuple[str, str]] = {}
    for lemma, offsets in index.items():
        if lemma in skip or lemma in STOP or lemma in unattested or lemma.startswith("ex-") \
                or lemma.count("_") > 2 or not lemma.replace("_", "").replace(
                "-", "").isalpha() or len(lemma) < 4:
            continue
        first = offsets[0]
        if first in insults or lemma not in synsets[first][0]:
            continue  # an insult, or a proper name ("de_Gaulle") in its first sense
        sector = nearest_anchor(first, synsets, anchor_offsets)
        if sector is None:
            continue
        anchor = next(name for off, name in anchor_names.items()
                      if nearest_anchor(first, synsets, {off: name}) is not None
                      and anchor_offsets[off] == sector)
        rows[lemma.replace("_", " ")] = (sector, anchor)
    for line in (folder / "noun.exc").read_text("latin-1").splitlines():
        plural, *bases = line.split()
        base = bases[0].replace("_", " ") if bases else ""
        if base in rows and plural.replace("_", " ") not in rows and plural != base:
            sector, anchor = rows[base]
            rows[plural.replace("_", " ")] = (sector, f"{anchor} (plural of {base})")
    return sorted((term, sector, anchor) for term, (sector, anchor) in rows.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=Path("src/sitrep/resources/actor_nouns.tsv"))
    args = parser.parse_args()
    rows = derive(args.wordnet)
    lines = ["# derived from WordNet 3.0 by scripts/actor_nouns_from_wordnet.py: do not edit",
             "term\tsector\tanchor"] + ["\t".join(row) for row in rows]
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(rows)} nouns -> {args.out}")


if __name__ == "__main__":
    main()
