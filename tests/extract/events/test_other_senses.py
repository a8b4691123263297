"""Other senses of trigger words (issue 15, item 3): fighting a fire or a flood
(events/senses/nature.py ``fought_fire``), a likeness of a suspect released
(events/senses/agency.py ``DOCUMENTS``), a rescue from wreckage (events/senses/public/discharge.py
``rescued``), honours won at shows and defeats in a final (agency.py ``PRIZES``, games.py), and
"demonstrate" in its sense of showing (events/senses/everyday.py ``shown``). Each class has
sentences that must give no event of the type and near neighbours that must keep it. Road
mishaps are in test_road_mishaps.py. Sentences made up for these tests."""

from __future__ import annotations

import pytest

FIRES = [
    "Firefighters battled a blaze at a warehouse on Monday.",
    "Crews fought the fire for six hours on Tuesday.",
    "Firefighters were battling flames at the apartment block on Friday.",
    "Volunteers fought the wildfire through the night.",
    "Fire crews attacked the blaze from the roof on Sunday.",
    "Crews battled to contain the wildfire near the town on Monday.",
    "Dozens of firefighters fought the flames for hours on Tuesday.",
    "Residents battled the floodwaters with sandbags on Friday.",
    "Firefighters battled against the inferno at the factory on Thursday.",
    "Two helicopters fought the bushfire on Saturday.",
    "The battle to contain the fire continued on Tuesday.",
]
FIGHTS = [
    "Troops battled rebels near the border on Monday.",
    "Soldiers fought militants in the hills on Tuesday.",
    "Militants attacked a fire station on Monday.",
    "Gunmen attacked firefighters at the scene of the blaze on Sunday.",
    "Rioters attacked a fire engine on Saturday.",
    "Police fought protesters outside the burning building on Friday.",
    "Rebels battled government forces for control of the town.",
    "Troops opened fire on protesters on Friday.",
    "Insurgents fought the army in the burning village on Monday.",
    "A mob attacked the firefighters while they fought the blaze.",
    "The battle to retake the town continued on Tuesday.",
]
# a rider as the one who struck (road mishaps are in test_road_mishaps.py)
RIDERS = [
    "The motorcyclist hit a deer on the highway on Monday.",
    "A trucker struck a pedestrian on Route 9 on Friday.",
    "A biker hit a jogger on the trail on Sunday.",
]
RIDERS_ON_PURPOSE = [
    "The motorcyclist deliberately struck a police officer on Monday.",
    "A biker attacked a jogger with a knife on Sunday.",
    "Gunmen on motorcycles shot a trucker on Friday.",
]
LIKENESSES = [
    "Investigators released a composite of the suspect on Friday.",
    "Police released a photofit of the man on Tuesday.",
    "Detectives released a mugshot of the suspect on Monday.",
    "Police released a likeness of the woman they want to trace.",
    "The FBI released a rendering of the suspect's face.",
    "Police released still images of two men on Sunday.",
    "Police released a sketch of the suspect on Monday.",
    "Police have released a photo of the suspect.",
    "The sheriff's office released video of the robbery on Tuesday.",
    "Police released a description of the gunman.",
]
PEOPLE_RELEASED = [
    "Police released the suspect on Monday.",
    "Rebels released two aid workers on Tuesday.",
    "The kidnappers freed the hostages on Monday.",
    "Police released the man without charge on Friday.",
    "Authorities released 200 prisoners on Tuesday.",
    "The army released the detained journalist on Monday.",
    "The captors released the girl unharmed on Sunday.",
    "Israel released 30 Palestinian prisoners on Monday.",
    "The group released the photographer on Saturday.",
    "The gang released the artist after a week.",
]
RESCUES = [
    "Crews worked to free the driver from the wreckage on Monday.",
    "Firefighters freed a woman trapped in the rubble.",
    "Firefighters freed two men from the wrecked car on Tuesday.",
    "Rescuers freed a boy pinned under the truck.",
    "Crews freed the driver from the cab of the lorry.",
    "Firefighters released a man trapped in machinery at the plant.",
    "Rescuers freed a hiker stuck in a crevasse on Sunday.",
    "Divers freed the fisherman from the net on Friday.",
    "Workers freed three miners buried in the collapse.",
    "Rescue teams freed survivors from the rubble of the hotel.",
]
LIBERATIONS = [
    "Troops freed 20 villagers held by the rebels.",
    "Police freed a woman held captive in a basement.",
    "Soldiers freed the hostages from the building on Friday.",
    "Commandos freed the captives from the camp.",
    "The militia freed the journalist from captivity.",
    "Police freed two children from a kidnapper's car on Monday.",
    "The rebels freed 50 prisoners from the jail.",
    "The court freed the activist on Monday.",
    "Rebels released two aid workers on Tuesday.",
    "The kidnappers freed the hostages on Monday.",
]
HONOURS = [
    "The poodle captured Best in Show on Tuesday.",
    "He got beat in the final on Sunday.",
    "The terrier captured Best of Breed at the show.",
    "The mare captured the race by two lengths.",
    "The team captured the tournament on Saturday.",
    "She got beat in the semifinal on Friday.",
    "The youngster captured the jackpot on Saturday.",
    "The film captured the top honour at the festival.",
    "The collie captured the ribbon at the county fair.",
    "She captured the gold medal in the 100 meters.",
]
# (type each must keep)
CAPTURES = [
    ("Rebels captured the town on Tuesday.", "COERCE"),
    ("Police captured the fugitive on Sunday.", "COERCE"),
    ("He beat his wife on Sunday.", "ASSAULT"),
    ("Fans beat a steward after the final on Saturday.", "ASSAULT"),
    ("Troops captured the rebel commander on Monday.", "COERCE"),
    ("Insurgents captured the airport on Friday.", "COERCE"),
    ("The man was beaten in the street by police.", "ASSAULT"),
    ("Militants captured the army base on Thursday.", "COERCE"),
    ("Gunmen struck a convoy on the highway on Friday.", "ASSAULT"),
    ("The man struck the officer with a bat.", "ASSAULT"),
]
SHOWN = [
    "The results, as demonstrated by the survey, were mixed.",
    "The benefits, as demonstrated in the report, are clear.",
    "The study demonstrated that the vaccine works.",
    "It was demonstrated that the plan failed.",
    "As demonstrated last year, the system is fragile.",
    "The risks, as demonstrated by the floods, are real.",
    "The tests demonstrated that the water was safe.",
    "Her career, as demonstrated by her awards, was long.",
    "The data demonstrate that crime fell.",
    "As was demonstrated in court, the evidence was weak.",
    "The vote went ahead, demonstrating the strength of the coalition.",
    "The ruling demonstrates the independence of the judges.",
    "The new plant demonstrated its capacity to produce vaccines.",
]
PROTESTS = [
    "Hundreds demonstrated outside parliament on Friday.",
    "Students demonstrated against the new law on Monday.",
    "Thousands demonstrated in the capital on Saturday.",
    "Farmers demonstrated in front of the ministry on Tuesday.",
    "Workers demonstrated for higher wages on Wednesday.",
    "Opposition supporters demonstrated in Nairobi on Sunday.",
    "Residents demonstrated after the shooting on Thursday.",
    "Activists demonstrated near the embassy on Monday.",
    "Protesters demonstrated as the president spoke on Friday.",
    "Crowds demonstrated in the streets on Sunday.",
    "Students demonstrated their anger outside the ministry on Monday.",
    "Farmers demonstrated their opposition to the tax in the capital on Friday.",
]
# a work or an animal released with the subject of an earlier verb
ANIMALS_RELEASED = [
    "Only one cub survived and was later released into the wild.",
    "The eagle recovered and was released on Tuesday.",
    "Two turtles were treated and were released at the beach.",
]
SURVIVORS_RELEASED = [
    "One hostage survived and was later released by the gunmen.",
    "The journalist was held for a week and was released on Tuesday.",
    "The activist was detained and was released on bail.",
]


def _types(events_of, text: str) -> list[str]:
    return [e.plover_type for e in events_of("Officials spoke on Monday. " + text)]


@pytest.mark.parametrize("text", FIRES)
def test_fighting_a_fire_is_no_assault(events_of, text: str) -> None:
    assert "ASSAULT" not in _types(events_of, text)


@pytest.mark.parametrize("text", FIGHTS)
def test_fights_with_people_stay(events_of, text: str) -> None:
    assert "ASSAULT" in _types(events_of, text)


@pytest.mark.parametrize("text", LIKENESSES)
def test_a_likeness_released_is_no_release(events_of, text: str) -> None:
    assert "RETREAT" not in _types(events_of, text)


@pytest.mark.parametrize("text", PEOPLE_RELEASED)
def test_people_released_stay(events_of, text: str) -> None:
    assert "RETREAT" in _types(events_of, text)


@pytest.mark.parametrize("text", RESCUES)
def test_a_rescue_is_no_release(events_of, text: str) -> None:
    assert "RETREAT" not in _types(events_of, text)


@pytest.mark.parametrize("text", LIBERATIONS)
def test_freed_from_captors_stays(events_of, text: str) -> None:
    assert "RETREAT" in _types(events_of, text)


@pytest.mark.parametrize("text", HONOURS)
def test_honours_and_finals_are_no_violence(events_of, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(_types(events_of, text))


@pytest.mark.parametrize(("text", "plover"), CAPTURES)
def test_captures_and_beatings_stay(events_of, text: str, plover: str) -> None:
    assert plover in _types(events_of, text)


@pytest.mark.parametrize("text", SHOWN)
def test_demonstrated_as_shown_is_no_protest(events_of, text: str) -> None:
    assert "PROTEST" not in _types(events_of, text)


@pytest.mark.parametrize("text", PROTESTS)
def test_demonstrations_stay(events_of, text: str) -> None:
    assert "PROTEST" in _types(events_of, text)


@pytest.mark.parametrize("text", ANIMALS_RELEASED)
def test_animals_released_after_a_first_verb(events_of, text: str) -> None:
    assert "RETREAT" not in _types(events_of, text)


@pytest.mark.parametrize("text", SURVIVORS_RELEASED)
def test_people_released_after_a_first_verb_stay(events_of, text: str) -> None:
    assert "RETREAT" in _types(events_of, text)


@pytest.mark.parametrize("text", RIDERS)
def test_a_rider_striking_is_a_mishap(events_of, text: str) -> None:
    assert "ASSAULT" not in _types(events_of, text)


@pytest.mark.parametrize("text", RIDERS_ON_PURPOSE)
def test_riders_attacking_stay(events_of, text: str) -> None:
    assert "ASSAULT" in _types(events_of, text)
