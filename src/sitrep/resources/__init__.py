"""Resources shipped with the package: lexicons (TSV we write) and the gazetteer index."""

from __future__ import annotations

import csv
from importlib import resources


def read_tsv(name: str) -> list[dict[str, str]]:
    """The rows of one of our TSV lexicons: a header line, then one row per line; blank lines
    and lines starting with ``#`` (comments) are left out; no quoting (quotes are text)."""
    text = resources.files("sitrep.resources").joinpath(name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
