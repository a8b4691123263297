"""Probe sentences (made up for these tests, not taken from any data set) for facilities placed
in their town (issue 19, item 5): a building, a shop or a ground the gazetteer does not know lies
in the town written with "in" or "at" later in its own sentence ("the Museum of Ice Cream is
opening on Collins Avenue in Miami Beach"), not in the town the article is mostly about. Near
neighbours: a town in another sentence, or none at all, leaves the facility in the article's
main place. The facility's span is resolved as ``sitrep eval geo`` scores a gold span."""

from __future__ import annotations

import pytest

from samples import resolved_place

# the town later in the facility's own sentence
IN_ITS_SENTENCE = [
    ("Fresno officials met on Monday. Fresno will host a fair. The Museum of Ice Cream is "
     "opening on Collins Avenue in Miami Beach next week.", "Museum of Ice Cream", "Miami Beach"),
    ("London hosted the talks. London police said so. Doctors at the Alder Hey Children's "
     "Hospital where the boy is treated in Liverpool went to court.",
     "Alder Hey Children's Hospital", "Liverpool"),
    ("Boston officials said so. Boston will pay. The concert at the Princes Theatre on the "
     "seafront in Clacton was sold out.", "Princes Theatre", "Clacton-on-Sea"),
    ("Houston police said so. Houston schools closed. A fire broke out at the Sunnyvale Grain "
     "Elevator near the river in Topeka late on Sunday.", "Sunnyvale Grain Elevator", "Topeka"),
    ("Denver officials said so. Denver will pay. Fans packed the Hollins Arena downtown in "
     "Roanoke to see the match.", "Hollins Arena", "Roanoke"),
    ("Chicago officials said so. Chicago will pay. Workers at the Bexley Paper Mill on the "
     "canal in Lockport walked out.", "Bexley Paper Mill", "Lockport"),
    ("Phoenix officials said so. Phoenix will pay. The plane landed at Grayson Field Airport, "
     "near the lake in Reno, after midnight.", "Grayson Field Airport", "Reno"),
    ("Tampa police said so. Tampa schools closed. Nurses at the Westbrook Clinic, a small "
     "practice in Lakeland, went on strike.", "Westbrook Clinic", "Lakeland"),
    pytest.param("Portland officials said so. Portland will pay. The band played the Ridgeway "
                 "Ballroom on Main Street in Eugene on Saturday.", "Ridgeway Ballroom", "Eugene",
                 marks=pytest.mark.xfail(reason="a street between them: still the main place",
                                         strict=False)),
    ("Austin officials said so. Austin will pay. Shots were fired outside the Corral Saloon "
     "late on Friday in Waco, police said.", "Corral Saloon", "Waco"),
]

# near neighbours: the town right after it, or no town in its sentence
ELSEWHERE = [
    ("Miami officials said so. Miami will pay. The Starlite Motel in Orlando was sold.",
     "Starlite Motel", "Orlando"),
    ("Dallas police said so. Dallas will pay. The Oakridge Mall in Fort Worth was evacuated.",
     "Oakridge Mall", "Fort Worth"),
    ("Seattle police said so. Seattle will pay. Hundreds gathered at the Kessler Stadium in "
     "Tacoma for the vigil.", "Kessler Stadium", "Tacoma"),
    ("Tampa police said so. The Westbrook Clinic closed on Monday. Its nurses now work in "
     "Lakeland.", "Westbrook Clinic", "Tampa"),
    ("Denver officials said so. Fans packed the Kelby Arena to see the match. Others went "
     "to Roanoke.", "Kelby Arena", "Denver"),
    ("Houston police said so. A fire broke out at the Sunnyvale Grain Elevator on Sunday.",
     "Sunnyvale Grain Elevator", "Houston"),
    ("Chicago officials said so. Workers at the Bexley Paper Mill walked out on Friday.",
     "Bexley Paper Mill", "Chicago"),
    ("Phoenix officials said so. The plane landed at Grayson Field Airport. Its crew flew on "
     "to Reno.", "Grayson Field Airport", "Phoenix"),
    ("Boston officials said so. The concert at the Princes Theatre was sold out, a promoter "
     "from Clacton said.", "Princes Theatre", "Boston"),
    ("Austin officials said so. Shots were fired outside the Corral Saloon. Police in Waco "
     "were called later.", "Corral Saloon", "Austin"),
]


@pytest.mark.parametrize("text,facility,town", IN_ITS_SENTENCE)
def test_facility_lies_in_the_town_named_later_in_its_sentence(pipeline, text, facility,
                                                                town):
    assert resolved_place(pipeline, text, facility).name == town


@pytest.mark.parametrize("text,facility,town", ELSEWHERE)
def test_facility_without_a_town_in_its_sentence_stays_in_the_articles_place(
        pipeline, text, facility, town):
    assert resolved_place(pipeline, text, facility).name == town
