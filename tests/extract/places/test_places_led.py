"""Probe sentences (made up for these tests, not taken from any data set) for place recall
(issue 19, item 5): a place that leads the name of one of its public institutions ("the Tulsa
City Council", "a Dunmore police officer") is a place mention of its own, with the span of the
place's words; names led by a demonym, a direction, or a place that names a building, a team
or a newspaper are not."""

from __future__ import annotations

import pytest

from samples import place_mentions
from sitrep.extract.places.led import place_led


def _mentions(pipeline, text: str) -> list[str]:
    return [m.text for m in place_mentions(pipeline, text)]


FOUND = [
    ("A Dunmore police officer stopped the car on the bridge.", "Dunmore"),
    ("The Hopkinton Police Department asked residents to lock their doors.", "Hopkinton"),
    ("Roselle police received a grant to buy new radios.", "Roselle"),
    ("The Manitoba Premier Brian Pallister rejected the plan.", "Manitoba"),
    ("The Tulsa City Council voted to raise the water rates.", "Tulsa"),
    ("A spokesman for the Kent County Prosecutor said the case was closed.", "Kent County"),
    ("The Fresno Fire Department put out the blaze within an hour.", "Fresno"),
    ("The Kaduna State Government imposed a curfew after the clashes.", "Kaduna"),
    ("The Tucson Police Department said two officers were hurt.", "Tucson"),
    ("Officers of the Mombasa County Government cleared the market stalls.", "Mombasa"),
    ("The Sacramento County Sheriff said the suspect was in custody.", "Sacramento County"),
    ("The Akron City Council approved the new budget on Monday.", "Akron"),
]


@pytest.mark.parametrize(("text", "place"), FOUND)
def test_a_place_that_leads_an_institutions_name_is_a_mention(pipeline, text, place):
    assert place in _mentions(pipeline, text)


NOT_FOUND = [
    # a direction, a building named after a feature or a person, a team, a university
    ("South Central Ambulance Service needs volunteer drivers.", "South"),
    ("Licking Memorial Hospital opened a new wing.", "Licking"),
    ("The Boston Red Sox won the game on Sunday.", "Boston"),
    ("The Liberty University board met on Friday.", "Liberty"),
    ("Governor Andrew Cuomo signed the bill.", "Andrew"),
    ("The National Police Agency said the suspect fled.", "National"),
    ("The Carter Center sent observers to the election.", "Carter"),
    ("The Marshall Plan rebuilt the economy of Europe.", "Marshall"),
    ("The Lincoln Memorial was closed to visitors.", "Lincoln"),
    ("The Nigerian Army said it repelled the attack.", "Nigerian"),
    ("Chelsea Football Club signed a new striker.", "Chelsea"),
    ("The Tudor Council of advisers met the king.", "Tudor"),
]


@pytest.mark.parametrize(("text", "word"), NOT_FOUND)
def test_a_name_led_by_no_place_of_its_institution_gives_no_mention_of_that_word(
        pipeline, text, word):
    assert word not in _mentions(pipeline, text)


def test_the_lead_is_only_the_places_words(pipeline):
    doc = pipeline.nlp("A spokesman for the Wayne County Sheriff's Office said the road was "
                       "closed.")
    ent = next(e for e in doc.ents if "Wayne" in e.text)
    lead = place_led(pipeline.gazetteer, list(ent))
    assert lead is not None and " ".join(t.text for t in lead) == "Wayne County"


# "of" after a person (named, by age, or a noun of people who live or serve somewhere)
RESIDENCE = [
    ("Police said Maria Lopez, 34, of Grovetown was driving the car.", "Grovetown"),
    ("Carl Benson of Bellmore was charged with theft.", "Bellmore"),
    ("The victim, a 19-year-old man of Dunmore, died at the scene.", "Dunmore"),
    ("The driver, Tom Hale, 52, of Berea, was not hurt.", "Berea"),
    ("A farmer of Kagoro said gunmen burned his house.", "Kagoro"),
    ("James Okafor of Owerri was among the dead.", "Owerri"),
    ("The mayor of Roselle said the road would reopen.", "Roselle"),
    ("Sarah Kim, 27, of Whitestown, won the race.", "Whitestown"),
    ("A couple of Crestwood lost their home in the fire.", "Crestwood"),
    ("A villager of Gwoza said the attackers came at night.", "Gwoza"),
]


@pytest.mark.parametrize(("text", "place"), RESIDENCE)
def test_the_town_of_a_person_is_a_mention(pipeline, text, place):
    assert place in _mentions(pipeline, text)


# kinship, following and works: the "of" names another person, not a town
NOT_RESIDENCE = [
    ("She was a student of Marx and Hegel.", "Marx"),
    ("The widow of Kennedy attended the ceremony.", "Kennedy"),
    ("A portrait of Jackson hangs in the hall.", "Jackson"),
    ("The son of Franklin Roosevelt spoke at the dinner.", "Franklin"),
    ("Fans of Madonna queued for hours.", "Madonna"),
    ("The works of Shakespeare were read aloud.", "Shakespeare"),
    ("A member of Parliament resigned on Monday.", "Parliament"),
    ("He was a supporter of Chelsea for many years.", "Chelsea"),
    ("The daughter of Warren Buffett gave a speech.", "Warren"),
    ("A disciple of Gandhi led the march.", "Gandhi"),
]


@pytest.mark.parametrize(("text", "word"), NOT_RESIDENCE)
def test_of_after_kinship_or_following_is_no_place(pipeline, text, word):
    assert word not in _mentions(pipeline, text)
