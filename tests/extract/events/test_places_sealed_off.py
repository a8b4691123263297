"""Places shut by the state where the small model hangs the place on the particle ("security
forces sealed off the area": "area" under "off") or names a part of it ("closed a stretch of
the avenue") are a restriction (COERCE/restrict); a territory itself sealed off is no border shut
against another country (not SANCTION). Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest
from tests.samples import typed_modes

SHUT = [
    "Witnesses said soldiers sealed off the district and fired shots in the air.",
    "Police sealed off the market after the explosion on Monday.",
    "Deputies closed a stretch of the highway on Tuesday while the standoff went on.",
    "Troops cordoned off part of the old town on Friday.",
]


@pytest.mark.parametrize("text", SHUT, ids=[t[:40] for t in SHUT])
def test_places_sealed_off_or_closed_in_part_are_restricted(pipeline, text: str) -> None:
    assert ("COERCE", "restrict") in typed_modes(text)


def test_a_territory_sealed_off_is_no_sanction_on_it(pipeline) -> None:
    found = typed_modes("Israel sealed off the West Bank after the bombing on Sunday.")
    assert ("COERCE", "restrict") in found
    assert all(t != "SANCTION" for t, _ in found)


def test_a_border_with_a_country_shut_stays_a_sanction(pipeline) -> None:
    found = typed_modes("Benin closed its main border crossing with Niger on Tuesday.")
    assert any(t == "SANCTION" for t, _ in found)


def test_a_company_shutting_its_factory_is_none(pipeline) -> None:
    assert all(t != "COERCE" for t, _ in typed_modes("The company shut down its factory for a week."))
