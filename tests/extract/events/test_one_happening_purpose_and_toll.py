"""One happening told by two triggers of one type in one sentence is one event
(``merge.related``, ``merge.purpose_of``): an act and the infinitive of its purpose ("rallied
outside parliament to protest the cuts", "met on Sunday to discuss a coalition", "began a strike
to protest"), two passive outcomes of one incident ("a man was killed and a boy was wounded in a
shooting"), and an attack with the toll it "left" ("a bomb attack has left five officers dead
and dozens wounded"). Two acts with their own doers or their own places stay two. Sentences
made up for these tests, read with the real model."""

from __future__ import annotations

import pytest

from samples import plover_types

ONE = [
    ("Thousands of teachers rallied outside parliament on Thursday to protest proposed cuts.",
     "PROTEST"),
    ("Tens of thousands of farmers marched through the capital on Monday to protest a land law.",
     "PROTEST"),
    ("Residents blocked the main highway to protest delays in relief deliveries.", "PROTEST"),
    ("Transport workers began a general strike on Monday to protest the surge in kidnappings.",
     "PROTEST"),
    ("Opposition parties met on Sunday to discuss forming a new government.", "CONSULT"),
    ("Hundreds of students gathered in the main square to demonstrate against the fee rise.",
     "PROTEST"),
    ("Nurses staged a sit-in at the hospital to protest unpaid wages.", "PROTEST"),
    ("The two foreign ministers met in Vienna to negotiate a prisoner exchange.", "CONSULT"),
    ("A man was killed and a boy was wounded in a shooting outside a bar on Sunday night.",
     "ASSAULT"),
    ("A guard was shot dead and two inmates were injured during the riot.", "ASSAULT"),
    ("A bomb attack on a police station has left five officers dead and dozens wounded.",
     "ASSAULT"),
    ("The explosion at the market left three traders dead and nine injured.", "ASSAULT"),
]
TWO = [
    ("Two soldiers were killed in Kabul and three policemen were wounded in Herat.", "ASSAULT"),
    ("Police killed two gunmen on Monday, and soldiers wounded three rebels on Tuesday.",
     "ASSAULT"),
    ("Farmers marched in Lyon on Monday and students protested in Paris on Tuesday.", "PROTEST"),
    ("The minister met the envoy, and the president later discussed the plan with the king.",
     "CONSULT"),
]


@pytest.mark.parametrize(("text", "plover"), ONE)
def test_an_act_and_its_purpose_or_toll_are_one_event(pipeline, text: str, plover: str) -> None:
    types = plover_types(text)
    assert types.count(plover) == 1, types


@pytest.mark.parametrize(("text", "plover"), TWO)
def test_acts_with_their_own_doers_or_places_stay_two(pipeline, text: str, plover: str) -> None:
    types = plover_types(text)
    assert types.count(plover) == 2, types
