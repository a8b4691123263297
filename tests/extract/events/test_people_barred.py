"""Bans on people's travel or entry are sanctions (lexicon.py, ``people_barred``, the ``@barred``
rows of ``resources/event_triggers.tsv``): "imposed entry bans on six generals", "a travel ban
on the commanders", "visa bans on eleven officials" are SANCTION, like an asset freeze or an
embargo; a ban on an activity or on a place ("banned all rallies", "a ban on public
gatherings", "a travel ban on the province", "a ban on travel to the border") stays a
restriction, COERCE. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

SANCTIONS = [
    "The European Union imposed entry bans on six army generals on Monday.",
    "Britain imposed a travel ban and an asset freeze on the two commanders.",
    "Washington announced visa bans on eleven officials it blamed for the crackdown.",
    "The three Baltic states imposed entry bans on the ministers they hold responsible.",
    "Canada placed a travel ban on the militia's leaders.",
    "The measures, a travel ban and an asset freeze, targeted twelve senior officers.",
    "Norway imposed a visa ban on the judges who convicted the activists.",
    "The bloc agreed travel bans against four senior police officers.",
    "Australia slapped entry bans on three businessmen linked to the junta.",
    "The United States imposed a visa ban on the general and his family.",
    "Japan announced an entry ban on the former interior minister.",
    "The council imposed travel bans on five rebel commanders.",
]
RESTRICTIONS = [
    "The government banned all rallies in the capital on Friday.",
    "Police imposed a ban on public gatherings in the city.",
    "The council banned fishing in the lake after the spill.",
    "The junta imposed a ban on opposition newspapers.",
    "Authorities imposed restrictions on travel to the northern province.",
    "The army imposed a curfew on the town after the riots.",
    "The government imposed a ban on travel to the border area.",
    "Officials imposed a travel ban on the province.",
    "The regime banned the opposition party on Tuesday.",
    "Police imposed a ban on protests outside parliament.",
]


@pytest.mark.parametrize("text", SANCTIONS)
def test_a_ban_on_peoples_travel_or_entry_is_a_sanction(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "SANCTION" in types and "COERCE" not in types, types


@pytest.mark.parametrize("text", RESTRICTIONS)
def test_a_ban_on_an_activity_or_a_place_stays_a_restriction(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "COERCE" in types and "SANCTION" not in types, types
