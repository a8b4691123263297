"""A definite noun that names again a happening the article tells as background
(``history.referred``), on made-up sentences: "the shooting", "the bombing", "the arrest" with no
date in its own clause, where every act of its type the article tells is background, is that
background happening; where the article tells one of the type as news, or tells none as
background, the noun stays news."""

from __future__ import annotations

import pytest

import sitrep

REFERRED = [
    ("The doctor was shot dead at his home last year. A protester is being sought as a "
     "material witness in the shooting.", "2021-04-10", "ASSAULT"),
    ("The embassy was bombed on Aug. 7. The ambassador met the minister on Wednesday to "
     "finish talks that were interrupted by the bombing.", "1998-08-26", "ASSAULT"),
    ("The journalist was arrested in 2019. A court on Monday heard an appeal against the "
     "arrest.", "2021-04-10", "COERCE"),
    ("Paratroopers attacked a march in the city in 1972. The inquiry into the attack "
     "published its findings on Tuesday.", "2021-04-10", "ASSAULT"),
    ("Rebels ambushed an army convoy near Beni in 2018. Relatives of the soldiers on Monday "
     "sued the government over the ambush.", "2021-04-10", "ASSAULT"),
    ("Police detained the opposition leader last year. His lawyers said on Friday that the "
     "detention was illegal.", "2021-04-10", "COERCE"),
    ("A mob attacked the mosque in March 2015. Survivors on Sunday marked the anniversary "
     "of the attack.", "2021-04-10", "ASSAULT"),
    ("The army expelled the aid agencies in 2017. The minister defended the expulsion in "
     "parliament on Tuesday.", "2021-04-10", "SANCTION"),
    ("Gunmen attacked the church in 2016. The bishop said on Thursday that the attack still "
     "haunts the town.", "2021-04-10", "ASSAULT"),
    ("The militia burned the village in 2014. Prosecutors on Monday opened a trial over the "
     "burning of the village.", "2021-04-10", "ASSAULT"),
]
NEWS = [
    ("A gunman shot a teenager outside a store on Saturday. Police on Monday arrested a man "
     "in the shooting.", "2021-03-10", "ASSAULT"),
    ("Rebels attacked the town in 2015. On Tuesday rebels attacked the town again. The "
     "attack killed three.", "2021-03-10", "ASSAULT"),
    ("Police arrested a man on Monday in the shooting of a teenager.", "2021-03-10",
     "ASSAULT"),
    ("Rebels ambushed an army convoy near Beni on Saturday. Relatives of the soldiers on "
     "Monday sued the government over the ambush.", "2021-03-10", "ASSAULT"),
]


@pytest.mark.parametrize("text,published,plover", REFERRED)
def test_a_definite_noun_of_a_background_happening_is_background(pipeline, text: str,
                                                                 published: str,
                                                                 plover: str) -> None:
    events = sitrep.process_text(text, published=published).events
    of_type = [e for e in events if e.plover_type == plover]
    assert of_type, [(e.plover_type, e.trigger.text) for e in events]
    assert all(e.historical for e in of_type), [(e.trigger.text, e.modes) for e in of_type]


@pytest.mark.parametrize("text,published,plover", NEWS)
def test_a_definite_noun_of_a_happening_told_as_news_stays_news(pipeline, text: str,
                                                                published: str,
                                                                plover: str) -> None:
    events = sitrep.process_text(text, published=published).events
    of_type = [e for e in events if e.plover_type == plover]
    assert any(not e.historical for e in of_type), [(e.trigger.text, e.modes)
                                                    for e in events]


def test_the_acts_around_a_background_noun_stay_news(pipeline) -> None:
    text = ("Rebels ambushed an army convoy near Beni in 2018. Relatives of the soldiers on "
            "Monday sued the government over the ambush.")
    events = sitrep.process_text(text, published="2021-04-10").events
    others = [e for e in events if e.plover_type != "ASSAULT"]
    assert others and not any(e.historical for e in others), [(e.trigger.text, e.modes)
                                                              for e in events]
