"""A bare plural named in a phrase whose own target is definite ("victims of terrorist attacks
on the embassies", "an inquiry into shootings at the churches") names the known happenings as
"the attacks" would (``referred._known_plural``): where the article tells those happenings as
background elsewhere and none of their type as news, it is background too. A verb's own object
("rebels launched attacks on the capital"), a target of no known identity ("attacks on
villages"), and an article that tells an act of the type as news stay as they are."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2021-10-20"
EMBASSIES = "Bombs wrecked the U.S. embassies in Kenya and Tanzania on Aug. 7, killing 224 people. "
CHURCHES = "Gunmen stormed two churches in the city on Aug. 2, killing 30 worshippers. "
MINE = "Rebels kidnapped two engineers at the Kilembe mine on Aug. 3. "

KNOWN = [
    (EMBASSIES + "On Wednesday doctors flew to Nairobi to help victims of terrorist attacks on "
     "the embassies.", "attacks"),
    (EMBASSIES + "On Tuesday Congress met survivors of attacks on the two embassies.",
     "attacks"),
    (CHURCHES + "On Tuesday the bishop met survivors of attacks on the churches.", "attacks"),
    (CHURCHES + "On Tuesday the bishop met survivors of shootings of the worshippers.",
     "shootings"),
    (CHURCHES + "On Monday the families of victims of raids on the two churches met the "
     "mayor.", "raids"),
    (CHURCHES + "On Monday the council met survivors of massacres of the worshippers.",
     "massacres"),
    (EMBASSIES + "The FBI on Monday offered a reward for information on bombings of the "
     "embassies.", "bombings"),
    (CHURCHES + "On Monday the mayor met relatives of victims of attacks on the two "
     "churches.", "attacks"),
    (MINE + "The company on Monday hired negotiators after kidnappings at the mine.",
     "kidnappings"),
    (EMBASSIES + "On Friday Kenya paid compensation to victims of blasts at the two embassies.",
     "blasts"),
]
STAYS = [
    (CHURCHES + "On Tuesday rebels launched attacks on the capital.", "attacks"),
    (CHURCHES + "On Tuesday the bishop met survivors of attacks on villages.", "attacks"),
    ("Victims of attacks on the embassies were flown to Germany on Monday.", "attacks"),
    (CHURCHES + "On Monday gunmen attacked a mosque. The imam met survivors of attacks on the "
     "churches.", "attacks"),
    ("Gunmen stormed two churches in the city on Monday. The bishop met survivors of attacks on "
     "the churches.", "attacks"),
]


def _event(text: str, trigger: str) -> sitrep.Event:
    events = sitrep.process_text(text, published=PUBLISHED).events
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[-1]


@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in KNOWN] + [(t, g, False) for t, g in STAYS])
def test_a_bare_plural_of_a_known_target_refers_to_background(pipeline, text: str, trigger: str,
                                                              background: bool) -> None:
    event = _event(text, trigger)
    assert ("historical" in event.modes) is background, (event.plover_type, event.modes,
                                                         event.when)
