"""Ground that changes hands is a seizure (COERCE/seize), as the held-out sets code it (CAMEO
192, "capturing a town or outpost ... COERCE/seize"), whatever verb of the family tells it:
captured, seized, took over, took control of, overran, retook, recaptured, regained, wrested;
active or passive, with a named or a common place. The fighting that goes with it stays an
ASSAULT of its own. Near neighbours with the same verbs in another sense take no ground: a
firm taken over, a garden overrun by weeds, a role taken over, hearts captured, a title
reclaimed, software that takes control of a car; people recaptured are arrested."""

from __future__ import annotations

import pytest

from samples import article_events, kinds

# (text, trigger word, actor that must be read)
TAKEN: list[tuple[str, str, str]] = [
    ("Insurgents overran a police post near the lake on Friday.", "overran", "Insurgents"),
    ("The militia took over three villages in the west of the province on Sunday.", "took",
     "militia"),
    ("Islamist fighters seized the northern town of Tessit on Saturday.", "seized",
     "Islamist fighters"),
    ("The garrison was overrun by hundreds of jihadists overnight.", "overrun", "jihadists"),
    ("The army regained control of the highway on Monday.", "regained", "army"),
    ("Kurdish forces wrested control of the district from the militants.", "wrested",
     "Kurdish forces"),
    ("Rebels took control of the port city on Tuesday.", "took", "Rebels"),
    ("Militants took control of three villages near the border on Monday.", "took",
     "Militants"),
    ("The town was retaken by the army on Sunday.", "retaken", "army"),
    ("Government troops retook the airport from the militants on Monday.", "retook",
     "Government troops"),
    ("Government soldiers recaptured two hilltop positions after dawn.", "recaptured",
     "soldiers"),
    ("Separatist fighters captured a military camp outside the city on Friday.", "captured",
     "Separatist fighters"),
    ("Paramilitary fighters seized control of the main bridge on Tuesday.", "seized",
     "Paramilitary fighters"),
    ("The rebels overran two army bases and a checkpoint on the road to the coast.", "overran",
     "rebels"),
    ("Armed groups took over parts of the capital in the night.", "took", "Armed groups"),
]

# (text, trigger word): no seizure of ground
NOT_TAKEN: list[tuple[str, str]] = [
    ("Rival banks took over the failing lender last year.", "took"),
    ("Tourists overran the beaches of the island in August.", "overran"),
    ("Weeds have overrun the garden.", "overrun"),
    ("The new manager took over the team in March.", "took"),
    ("Patients overran the hospital during the outbreak.", "overran"),
    ("The software took control of the car on the motorway.", "took"),
    ("The investor took control of the company in March.", "took"),
    ("The singer captured the hearts of the city.", "captured"),
    ("The company took over the lease of the building.", "took"),
    ("She took over the role of spokesman.", "took"),
    ("The club reclaimed the title on Sunday.", "reclaimed"),
    ("The chef took control of the kitchen on his first day.", "took"),
]

# (text, trigger word): people caught again are arrested, not ground taken
REARRESTED: list[tuple[str, str]] = [
    ("Police recaptured two escaped inmates near the border.", "recaptured"),
    ("The fugitive was recaptured in May.", "recaptured"),
]


@pytest.fixture(scope="module")
def events_of(pipeline):
    return lambda text: article_events(pipeline, text)


@pytest.mark.parametrize(("text", "trigger", "actor"),
                         [pytest.param(*row, id=f"taken-{k:02d}") for k, row in enumerate(TAKEN)])
def test_ground_taken_is_a_seizure(events_of, text: str, trigger: str, actor: str) -> None:
    events = events_of(text)
    found = [e for e in events if trigger in e.trigger.text]
    assert found, kinds(events)
    assert (found[0].plover_type, found[0].plover_mode) == ("COERCE", "seize"), kinds(events)
    assert not found[0].modes, (found[0].modes, kinds(events))
    assert any(actor in a.text for a in found[0].actors), [a.text for a in found[0].actors]


@pytest.mark.parametrize(("text", "trigger"),
                         [pytest.param(*row, id=f"not-{k:02d}")
                          for k, row in enumerate(NOT_TAKEN)])
def test_other_senses_take_no_ground(events_of, text: str, trigger: str) -> None:
    events = events_of(text)
    assert not [e for e in events if trigger in e.trigger.text], kinds(events)


@pytest.mark.parametrize(("text", "trigger"),
                         [pytest.param(*row, id=f"people-{k:02d}")
                          for k, row in enumerate(REARRESTED)])
def test_people_recaptured_are_arrested(events_of, text: str, trigger: str) -> None:
    events = events_of(text)
    found = [e for e in events if trigger in e.trigger.text]
    assert found, kinds(events)
    assert (found[0].plover_type, found[0].plover_mode) == ("COERCE", "arrest"), kinds(events)


def test_fighting_beside_a_capture_stays_an_assault(events_of) -> None:
    text = "Rebel fighters seized the town of Ruvaro after heavy fighting with the army."
    found = {k for k, _, _ in kinds(events_of(text))}
    assert {"COERCE", "ASSAULT"} <= found, kinds(events_of(text))


def test_a_place_named_before_is_retaken(events_of) -> None:
    text = ("Insurgents held the town of Morla for a year. Government troops retook it on "
            "Sunday.")
    found = [e for e in events_of(text) if "retook" in e.trigger.text]
    assert [(e.plover_type, e.plover_mode) for e in found] == [("COERCE", "seize")], \
        kinds(events_of(text))


def test_forces_that_retake_a_prison_quell_a_riot(events_of) -> None:
    text = "Riot police retook the prison on Sunday after inmates had held it for a day."
    assert not [e for e in events_of(text) if e.plover_type == "COERCE"
                and "retook" in e.trigger.text], kinds(events_of(text))
