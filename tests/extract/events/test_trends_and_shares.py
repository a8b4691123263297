"""Trends and shares of a kind of act (events/eventhood/counts.py): an act noun said to be
frequent, common or routine ("attacks have become more frequent"), an act noun counted by a
quantifier ("most of the kidnappings", "none of the murders") and the act of a growing or
falling number of doers ("leading more and more firms to sign deals", "fewer and fewer
investors have signed") are no one happening. Near neighbours told with the same words stay:
one of several acts with a day ("one of the attacks killed two soldiers on Monday"), a share of
people arrested, a counted doer, an act noun named as a topic. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import plover_types

TRENDS = [
    ("Attacks on clinics have become more frequent.", "ASSAULT"),
    ("Kidnappings have become more common in the capital.", "ASSAULT"),
    ("Shootings at the border have become routine.", "ASSAULT"),
    ("The group is behind most of the kidnappings in the state.", "ASSAULT"),
    ("Many of the attacks were carried out by the militia.", "ASSAULT"),
    ("Police blame the gang for all of the killings in the town.", "ASSAULT"),
    ("Most of the killings were blamed on the gang.", "ASSAULT"),
    ("Police solved none of the murders.", "ASSAULT"),
    ("Some of the bombings were claimed by the group.", "ASSAULT"),
    ("The militia carried out many of the abductions.", "ASSAULT"),
    ("Investigators linked several of the shootings to the cartel.", "ASSAULT"),
    ("The siege has led more and more residents to ask the army for food.", "REQUEST"),
    ("Rising prices have driven more and more workers to join the strikes.", "PROTEST"),
    ("The abuses have prompted more and more victims to accuse the police.", "ACCUSE"),
    ("The killings have led more and more villagers to demand protection from the army.",
     "REQUEST"),
    ("Fewer and fewer investors have signed contracts with the state.", "AGREE"),
    ("The drought has left more and more farmers to appeal for help.", "REQUEST"),
    ("More and more countries have recognised the new government, leading more and more firms "
     "to sign deals with it.", "AGREE"),
]
ACTS = [
    ("One of the attacks killed two soldiers on Monday.", "ASSAULT"),
    ("Two of the suspects were arrested on Friday.", "COERCE"),
    ("Most of the protesters were arrested on Monday.", "COERCE"),
    ("More farmers joined the protests on Tuesday.", "PROTEST"),
    ("The attack on the clinic became the main topic of the debate.", "ASSAULT"),
    ("Police solved the murder of the trader on Monday.", "ASSAULT"),
    ("The militia carried out the abduction of two nurses on Sunday.", "ASSAULT"),
    ("Investigators linked the shooting to the cartel on Tuesday.", "ASSAULT"),
    ("The siege led ten residents to ask the army for food on Monday.", "REQUEST"),
    ("The abuses prompted two victims to accuse the police on Friday.", "ACCUSE"),
    ("Workers joined the strikes on Monday.", "PROTEST"),
    ("Parents protested outside the ministry on Tuesday.", "PROTEST"),
    # a person object whose "of" phrase belongs to the verb, not a share of acts
    ("The march on Monday reminded many of the protests against the junta.", "PROTEST"),
    ("The minister accused some of the killings of the two priests on Friday.", "ASSAULT"),
    ("The video convinced several of the kidnapping of the journalist in May.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "plover"), TRENDS,
                         ids=[f"trend-{k:02d}" for k in range(len(TRENDS))])
def test_a_trend_or_a_share_of_a_kind_of_act_is_no_event(pipeline, text: str,
                                                         plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), ACTS,
                         ids=[f"act-{k:02d}" for k in range(len(ACTS))])
def test_one_act_among_several_stays(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
