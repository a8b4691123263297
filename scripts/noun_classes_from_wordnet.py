"""Derive ``src/sitrep/resources/noun_classes.tsv`` (the class of a noun's first sense) from WordNet.

Whether a trigger's arguments fit its event type (``extract/events/senses/fit.py``) depends on
what kind of thing an argument is: a person, a group, a place, an artifact, money, or an
abstraction (a quality, an idea, a state, a message). WordNet files every noun sense under one
of 25 lexicographer classes (``noun.artifact``, ``noun.cognition``, ``noun.communication``,
...); this file keeps the class of the **first (most frequent) sense** of every one-word noun
whose first sense is attested in WordNet's tagged texts or that has one sense only, so that the
check knows the whole vocabulary at once instead of word by word. The extractor looks up only
the head of an argument of a candidate trigger, never every token.

WordNet is read from Debian's ``wordnet-base`` package (``apt-get install wordnet-base``); it is
needed only to regenerate the file, never at run time:

    python scripts/noun_classes_from_wordnet.py [--wordnet /usr/share/wordnet] \\
        --out src/sitrep/resources/noun_classes.tsv
"""

from __future__ import annotations

import argparse
from pathlib import Path

# the lexicographer files of nouns, by number (lexnames in WordNet's documentation)
CLASSES = ["tops", "act", "animal", "artifact", "attribute", "body", "cognition",
           "communication", "event", "feeling", "food", "group", "location", "motive", "object",
           "person", "phenomenon", "plant", "possession", "process", "quantity", "relation",
           "shape", "state", "substance", "time"]
FIRST_NOUN_FILE = 3  # noun.Tops


def derive(folder: Path) -> list[tuple[str, str]]:
    """(noun, class of its first sense) rows, sorted by noun."""
    lexfile: dict[str, int] = {}
    for line in (folder / "data.noun").read_text("latin-1").splitlines():
        if not line.startswith("  "):
            parts = line.split()
            lexfile[parts[0]] = int(parts[1])
    rows: list[tuple[str, str]] = []
    for line in (folder / "index.noun").read_text("latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        lemma = parts[0]
        if not lemma.replace("-", "").isalpha():
            continue  # one word only: "_" joins the parts of a compound
        at = 4 + int(parts[3])
        senses, tagged = int(parts[at]), int(parts[at + 1])
        if senses > 1 and tagged == 0:
            continue  # several senses, none attested: the first is not known to be the usual
        rows.append((lemma, CLASSES[lexfile[parts[at + 2]] - FIRST_NOUN_FILE]))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=Path("src/sitrep/resources/noun_classes.tsv"))
    args = parser.parse_args()
    rows = derive(args.wordnet)
    lines = ["# derived from WordNet 3.0 by scripts/noun_classes_from_wordnet.py: do not edit",
             "noun\tclass", *(f"{noun}\t{kind}" for noun, kind in rows)]
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(rows)} nouns -> {args.out}")


if __name__ == "__main__":
    main()
