"""Places shut by the state where the small model hangs the place on the particle ("security
forces sealed off the area": "area" under "off") or names a part of it ("closed a stretch of
the avenue") are a restriction (COERCE/restrict); a territory itself sealed off is no border shut
against another country (not SANCTION). Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[tuple[str, str | None]]:
    events = sitrep.process_text(text, published="2024-05-08").events
    return [(e.plover_type, e.plover_mode) for e in events]


SHUT = [
    "Witnesses said soldiers sealed off the district and fired shots in the air.",
    "Police sealed off the market after the explosion on Monday.",
    "Deputies closed a stretch of the highway on Tuesday while the standoff went on.",
    "Troops cordoned off part of the old town on Friday.",
]


@pytest.mark.parametrize("text", SHUT, ids=[t[:40] for t in SHUT])
def test_places_sealed_off_or_closed_in_part_are_restricted(pipeline, text: str) -> None:
    assert ("COERCE", "restrict") in _types(text)


def test_a_territory_sealed_off_is_no_sanction_on_it(pipeline) -> None:
    found = _types("Israel sealed off the West Bank after the bombing on Sunday.")
    assert ("COERCE", "restrict") in found
    assert all(t != "SANCTION" for t, _ in found)


def test_a_border_with_a_country_shut_stays_a_sanction(pipeline) -> None:
    found = _types("Benin closed its main border crossing with Niger on Tuesday.")
    assert any(t == "SANCTION" for t, _ in found)


def test_a_company_shutting_its_factory_is_none(pipeline) -> None:
    assert all(t != "COERCE" for t, _ in _types("The company shut down its factory for a week."))
