"""An eighth set of made-up CASE probes (session 34, issue 19 item 2), written before any rule
was changed for it: single-sentence snippets of every label (``one``) and news snippets of two
or three sentences told the way regional and wire press tell them, with reactions, earlier
happenings and tolls beside the main one (``several``).

* ``tests/data/case_probe8.tsv`` (170): the half whose errors were read and fixed
  (``rules.FIGHT``, ``rules.foreground`` and the session's cue families). Its ``several`` part
  scored a weighted F1 of .753 before, .879 after (its first 39); the last 40 .738 before,
  .838 after. Misses still open are ``KNOWN_MISSES``
  (strict xfail: a fix must remove them).
* ``tests/data/case_probe8b_heldout.tsv`` (80): news snippets never used to change anything;
  only its pass count is read: 70 of 80 before the session's changes and after them (its
  second 40 were written after the changes and scored with the code before and after).

Neither file is copied from a data set; neither is a training source of the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest

from samples import probe_rows, snippet_params
from sitrep.extract.events.case.rules import LABELS, classify_rules

PROBES = Path(__file__).resolve().parents[2] / "data" / "case_probe8.tsv"
HELD_OUT = PROBES.with_name("case_probe8b_heldout.tsv")
# open misses: a mob attack read as an attack, gang members rounded up, a clash told by its
# toll, a claim by "a spokesman for the ... Liberation Army" (an army in the name), relatives'
# demands, a contract killing told by its arrests, a tower blown up, a blockade with stones
# read as mob violence, a blogger "picked up". (A road blockade and a baton charge are
# labelled as the CASE annotators label them: a violent demonstration, excessive force.)
KNOWN_MISSES = frozenset({"8029", "9029", "11003", "11006", "11012", "11021", "11027",
                          "11032"})
HELD_OUT_FLOOR = 70


def test_probe8_files_use_only_known_labels() -> None:
    for path in (PROBES, HELD_OUT):
        rows = probe_rows(path)
        assert len(rows) >= 40 and {row["SubType"] for row in rows} <= set(LABELS)


@pytest.mark.parametrize(("text", "label"), snippet_params(PROBES, KNOWN_MISSES))
def test_probe8_snippet_gets_its_label(text: str, label: str) -> None:
    assert classify_rules(text) == label


def test_probe8_held_out_half_keeps_at_least_its_starting_count() -> None:
    rows = probe_rows(HELD_OUT)
    assert sum(classify_rules(row["EventSnippet"]) == row["SubType"] for row in rows) >= (
        HELD_OUT_FLOOR)
