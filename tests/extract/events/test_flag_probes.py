"""The auxiliary modes on made-up probes (``flag_probes``): each flag where the sentence plans,
schedules, plots, negates or recalls the act, and not on its near neighbours (the act done, a
negation of another predicate, a date of the news period)."""

from __future__ import annotations

import pytest
from flag_probes import (
    ACT_NOT_DONE,
    BACKGROUND,
    BACKGROUND_UNPUBLISHED,
    ENDING_OR_NOT_HELD,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    NOBODY_HARMED,
    NOT_BACKGROUND,
    NOT_BACKGROUND_UNPUBLISHED,
    NOT_FUTURE,
    NOT_HYPOTHETICAL,
    NOT_NEGATED,
    REFUSING_TO_END,
)

import sitrep

CASES = [(row, flag, True) for rows, flag in ((FUTURE, "future"), (HYPOTHETICAL, "hypothetical"),
                                              (NEGATED, "negated"), (BACKGROUND, "historical"))
         for row in rows] + \
    [(row, flag, False) for rows, flag in ((NOT_FUTURE, "future"),
                                           (NOT_HYPOTHETICAL, "hypothetical"),
                                           (NOT_NEGATED, "negated"),
                                           (NOT_BACKGROUND, "historical")) for row in rows]


@pytest.mark.parametrize("row,flag,must", CASES,
                         ids=[f"{'with' if m else 'without'}-{f}-{r[1]}-{i}"
                              for i, (r, f, m) in enumerate(CASES)])
def test_an_event_carries_a_flag_only_where_its_predicate_says_so(
        pipeline, row: tuple[str, str, str], flag: str, must: bool) -> None:
    text, trigger, _ = row
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [e for e in events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    assert (flag in found[0].modes) is must, (found[0].plover_type, found[0].modes)


@pytest.mark.parametrize("row,must", [(r, True) for r in REFUSING_TO_END]
                         + [(r, False) for r in ENDING_OR_NOT_HELD])
def test_refusing_to_end_an_act_is_a_rejection_not_a_negated_act(
        pipeline, row: tuple[str, str], must: bool) -> None:
    events = sitrep.process_text(row[0], published="2021-03-01").events
    found = [(e.plover_type, e.trigger.text, e.modes) for e in events]
    assert any(e.plover_type == "REJECT" for e in events) is must, found
    assert not any("negated" in e.modes for e in events), found
    assert not any(e.modes for e in events if e.plover_type == "REJECT"), found


@pytest.mark.parametrize("row,must", [(r, True) for r in BACKGROUND_UNPUBLISHED]
                         + [(r, False) for r in NOT_BACKGROUND_UNPUBLISHED])
def test_without_a_publication_date_a_year_alone_recalls_the_past(
        pipeline, row: tuple[str, str, str], must: bool) -> None:
    text, trigger, _ = row
    events = sitrep.process_text(text).events
    found = [e for e in events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    assert ("historical" in found[0].modes) is must, found[0].modes


@pytest.mark.parametrize("text,must", [(t, False) for t in NOBODY_HARMED]
                         + [(t, True) for t in ACT_NOT_DONE])
def test_nobody_harmed_is_a_zero_toll_not_a_negated_act(pipeline, text: str,
                                                         must: bool) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [(e.plover_type, e.trigger.text, e.modes) for e in events]
    assert any("negated" in e.modes for e in events) is must, found
