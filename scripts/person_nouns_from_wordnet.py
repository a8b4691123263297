"""Derive ``src/sitrep/resources/person_nouns.tsv`` (one-word nouns for people) from WordNet.

The participants of an event are often people named by an ordinary noun no lexicon of ours
lists ("a gunman shot the cashier", "robbers tied up the shopkeeper", "the directors rejected
the offer", "negotiations with potential buyers"). ``actor_nouns.tsv`` keeps the nouns under a
few anchors that give a sector; this file keeps every one-word noun whose **first (most
frequent) sense** is a kind of person (a hyponym of ``person.n.01``, or of the operator of a
machine: "driver", "pilot"), so that the participant
finder knows the whole family at once instead of word by word. The same filters as
``actor_nouns_from_wordnet.py``: words that are also adjectives ("national", "native"), proper
names, insults, words whose several senses are none attested in WordNet's tagged texts (unless
every sense is a person), and words of fewer than four letters are left out; irregular plurals come from ``noun.exc``.

WordNet is read from Debian's ``wordnet-base`` package (``apt-get install wordnet-base``); it is
needed only to regenerate the file, never at run time:

    python scripts/person_nouns_from_wordnet.py [--wordnet /usr/share/wordnet] \\
        --out src/sitrep/resources/person_nouns.tsv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actor_nouns_from_wordnet import STOP, adjectives, nearest_anchor, read_nouns  # noqa: E402

# words ``actor_nouns_from_wordnet.STOP`` leaves out for their sector that name people first all
# the same ("an aide", "the deputy", "her partner", "the owner")
PEOPLE_AFTER_ALL = {"aide", "deputy", "inspector", "controller", "enemy", "invader", "intruder",
                    "partner", "owner", "captain", "courier", "shepherd"}

# (lemma, sense number) of the roots of the family: persons, and the operators of machines
# ("driver", "pilot"), which WordNet files under causal agents, not persons
ROOTS = (("person", 1), ("operator", 2))


def derive(folder: Path) -> list[str]:
    """The one-word nouns whose first sense is a person, sorted."""
    synsets, index, insults, unattested = read_nouns(folder)
    roots = {index[lemma][sense - 1]: lemma for lemma, sense in ROOTS}
    skip = adjectives(folder)
    terms: set[str] = set()
    for lemma, offsets in index.items():
        if (lemma in skip or (lemma in STOP and lemma not in PEOPLE_AFTER_ALL) or len(lemma) < 4
                or not lemma.replace("-", "").isalpha()):
            continue  # one word only: "_" joins the parts of a compound
        first = offsets[0]
        if first in insults or lemma not in synsets[first][0]:
            continue  # an insult, or a proper name in its first sense
        people = [nearest_anchor(o, synsets, roots) is not None for o in offsets]
        # several senses none attested in the tagged texts: a person only if every sense is
        # ("cashier": a teller or a treasurer)
        if people[0] and (lemma not in unattested or all(people)):
            terms.add(lemma)
    for line in (folder / "noun.exc").read_text("latin-1").splitlines():
        plural, *bases = line.split()
        if bases and bases[0] in terms and plural.isalpha():
            terms.add(plural)
    return sorted(terms)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=Path("src/sitrep/resources/person_nouns.tsv"))
    args = parser.parse_args()
    terms = derive(args.wordnet)
    lines = ["# derived from WordNet 3.0 by scripts/person_nouns_from_wordnet.py: do not edit",
             "term", *terms]
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(terms)} nouns -> {args.out}")


if __name__ == "__main__":
    main()
