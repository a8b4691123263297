"""Acts whose type the trigger word alone gets wrong: a recapture of people is an arrest
(COERCE), of ground an attack (ASSAULT); holding hostages is an abduction (ASSAULT), holding
prisoners or human shields a detention (COERCE, as the PLOVER gold codes shields);
people fired (dismissed) are no shooting. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

RETYPED = [
    ("The fugitive escaped in February but was recaptured in May.", "COERCE", "ASSAULT"),
    ("Police recaptured two inmates near the border on Sunday.", "COERCE", "ASSAULT"),
    ("A group of escaped prisoners were recaptured in a camp in October.", "COERCE", "ASSAULT"),
    ("Soldiers recaptured the drug lord at a ranch on Friday.", "COERCE", "ASSAULT"),
    ("Gunmen held six workers hostage for two days.", "ASSAULT", "COERCE"),
    ("The hostages were held in a cave since Friday.", "ASSAULT", "COERCE"),
    ("The kidnappers held the engineer hostage for a week.", "ASSAULT", "COERCE"),
    ("The militants held the villagers hostage in the school.", "ASSAULT", "COERCE"),
    ("Some 5,000 officers were fired over three years for links to gangs.", None, "ASSAULT"),
    ("The force has lost 300 officers fired for links to gangs.", None, "ASSAULT"),
]
KEPT = [
    ("Government troops recaptured the town of Sarno on Monday.", "COERCE"),
    ("The army recaptured the airport from the rebels last week.", "COERCE"),
    ("Rebels recaptured two villages in the north on Friday.", "COERCE"),
    ("Police arrested the fugitive in May.", "COERCE"),
    ("The prisoners were held in a military camp.", "COERCE"),
    ("The army held thousands of civilians as human shields.", "COERCE"),
    ("Police held the suspect prisoner for two days.", "COERCE"),
    ("Soldiers fired on the protesters on Saturday.", "ASSAULT"),
    ("Gunmen fired at a police patrol on Monday.", "ASSAULT"),
    ("Two men were shot dead by gunmen fired up by the rumours.", "ASSAULT"),
    ("Norland and Ostravia agreed to share intelligence on Friday.", "AGREE"),
]


@pytest.mark.parametrize("text,right,wrong", RETYPED)
def test_acts_get_the_type_of_their_arguments(pipeline, text: str, right: str | None,
                                              wrong: str) -> None:
    types = plover_types(text)
    assert wrong not in types
    if right is not None:
        assert right in types


@pytest.mark.parametrize("text,plover", KEPT)
def test_near_neighbours_keep_their_type(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
