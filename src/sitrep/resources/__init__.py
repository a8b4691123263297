"""Resources shipped with the package: lexicons (TSV we write) and the gazetteer index."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


def read_tsv(name: str) -> list[dict[str, str]]:
    """The rows of one of our TSV lexicons: a header line, then one row per line; blank lines
    and lines starting with ``#`` (comments) are left out; no quoting (quotes are text)."""
    text = resources.files("sitrep.resources").joinpath(name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def noun_classes() -> dict[str, str]:
    """Each noun of ``noun_classes.tsv`` -> the WordNet class of its first sense (person, body,
    artifact, group, ...), read once for every module that asks."""
    return {row["noun"]: row["class"] for row in read_tsv("noun_classes.tsv")}
