"""A protest told by a participle of its crowd in the clause of another protest word ("a march
by miners in the capital protesting against pit closures", "Doctors protesting a pay freeze
joined a march") is that protest, one event (``mentions.related.protesting_crowd``), on
made-up sentences with the real model. Neighbours stay two: a participle crowd in another
clause ("a day after police beat workers protesting over wages", "and on Wednesday police
arrested nurses protesting in Mombasa")."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    "Hundreds of midwives demonstrating over staff shortages joined a rally outside the "
    "assembly on Monday.",
    "Students protesting the closure of their campus held a demonstration in front of the "
    "ministry.",
    "Villagers protesting against a quarry staged a march to the district office on Saturday.",
    "Bus drivers protesting late salaries held a rally at the main depot in Kampala.",
    "Police fired tear gas to disperse a march by several thousand farmers in the northern "
    "city protesting against low crop prices.",
    "Troops fired warning shots to break up a rally by hundreds of students in the capital "
    "demonstrating against the junta.",
    "Doctors protesting a pay freeze joined a march on the health ministry on Thursday.",
    "Hundreds of fishermen demonstrating against a port project held a rally on the beach at "
    "Tema.",
    "Riot police fired rubber bullets to scatter a march by thousands of residents in the "
    "eastern suburbs protesting against water shortages.",
    "Workers demonstrating over unpaid bonuses staged a rally outside the factory in Dhaka.",
    "A crowd of students protesting tuition fees joined a march through the city centre on "
    "Wednesday.",
    "Hundreds of nurses demonstrating over unpaid wages joined a rally outside the health "
    "ministry on Friday.",
    "Taxi drivers protesting a fuel tax increase held a demonstration at the port of Mombasa "
    "on Monday.",
    "Officers fired water cannon to disperse a march by several hundred miners in the "
    "provincial capital protesting against pit closures.",
]
TWO = [
    "Students marched through Dhaka on Monday, a day after police beat workers protesting "
    "over wages in Gazipur.",
    "Teachers rallied in Nairobi on Monday, and on Wednesday police arrested nurses protesting "
    "in Mombasa.",
    "Nurses held a rally in Accra on Monday, and on Friday police detained teachers "
    "demonstrating over pay in Kumasi.",
]
CASES = [(t, 1) for t in ONE] + [(t, 2) for t in TWO]


@pytest.mark.parametrize("text,count", CASES, ids=[f"{n}-{i}" for i, (_, n) in enumerate(CASES)])
def test_a_participle_of_the_protesting_crowd_is_its_protest(pipeline, text: str,
                                                             count: int) -> None:
    events = sitrep.process_text(text, published="2024-05-06").events
    found = [e.trigger.text for e in events if e.plover_type == "PROTEST"]
    assert len(found) == count, found
