"""Participants of acts about other acts on made-up probe sentences (``target_probes``), with
the real model: the party obliged by "must" is asked, not the asker; the doer of an act that is
investigated, condemned or denied is the recipient; parties of a mediation named under the noun
the trigger modifies; the place withdrawn from; the country a measure is imposed on or lifted
from; the target of a requested act; the target or victim of an act (not its doer). Near
neighbours keep the plain reading."""

from __future__ import annotations

import datetime as dt

import pytest
from target_probes import (
    MEASURED,
    NAMED,
    NOT_MEASURED,
    NOT_NAMED,
    NOT_OBLIGED,
    NOT_VICTIMS,
    OBLIGED,
    VICTIMS,
    Probe,
)

from samples import check_participants
from sitrep.records import Article, Event


def _params(name: str, table: list[Probe]) -> list:
    return [pytest.param(*row, id=f"{name}-{k:02d}") for k, row in enumerate(table)]


CASES = [p for name, table in (("obliged", OBLIGED), ("not-obliged", NOT_OBLIGED),
                               ("named", NAMED), ("not-named", NOT_NAMED),
                               ("measured", MEASURED), ("not-measured", NOT_MEASURED),
                               ("victims", VICTIMS), ("not-victims", NOT_VICTIMS))
         for p in _params(name, table)]


@pytest.fixture(scope="module")
def events_of(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(text=text, published=dt.date(2022, 6, 7), language="en")
        return pipeline.process(article).events

    return run


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients", "not_actors",
                          "not_recipients"), CASES)
def test_participants_of_acts_about_acts(events_of, text: str, trigger: str, actors: list[str],
                                         recipients: list[str], not_actors: list[str],
                                         not_recipients: list[str]) -> None:
    check_participants(events_of(text), trigger, actors, recipients, not_actors,
                       not_recipients)
