"""Text that is not the article's report (events/eventhood ``caption``, ``other_story``,
present.py ``sponsorship``): a photo caption followed or closed by a credit ("... Photo: AP",
"(AP Photo/John Smith)"), a link to another story ("More: Minister meets rebel leaders") and a
sponsor credit told in the present ("Future Technology Week is supported by the police") give
no events; the same acts told in the article's own sentences stay, and so do "More than 20
protesters were arrested" and political support ("the rebels are supported by Iran"). Sentences
made up for these tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



PAGE = [
    # captions followed or closed by a photo credit
    ("Palestinian women attend a protest held by the movement. Photo: AP The talks went on.",
     "PROTEST"),
    ("Police officers detain a protester in the capital. Photo: Reuters Officials said little.",
     "COERCE"),
    ("Soldiers patrol a street after an attack in the city. (AP Photo/John Smith)", "ASSAULT"),
    ("Demonstrators march toward parliament. Picture: AFP The vote is due next week.",
     "PROTEST"),
    ("Rescuers search the rubble after the air strike. Photograph: Getty Images",
     "ASSAULT"),
    ("Riot police arrest a man outside the stadium. (Reuters Photo/Jane Doe)", "COERCE"),
    # links to other stories
    ("More: Singer meets the prime minister for the first time", "CONSULT"),
    ("More: Rebels attack army base in the north", "ASSAULT"),
    # sponsor credits
    ("Future Technology Week is supported by the city police and two banks.", "SUPPORT"),
    ("The festival is sponsored by the ministry and the national bank.", "SUPPORT"),
    ("The security conference is backed by the interior ministry and the police.", "SUPPORT"),
    ("The marathon is supported by the city council.", "SUPPORT"),
    ("The summit is supported by the United Nations and the World Bank.", "SUPPORT"),
    ("The exhibition is supported by the army and the interior ministry.", "SUPPORT"),
    ("Protesters clash with police in the capital on Friday. Photo: AP Officials said little.",
     "ASSAULT"),
    ("A soldier stands guard after a bombing in the city. (AP Photo/Ali Hassan)", "ASSAULT"),
    ("Relatives mourn the victims of the attack in the village. Picture: Reuters", "ASSAULT"),
    ("Women hold pictures of detained relatives during a rally. Photo: EPA The trial opens "
     "soon.", "PROTEST"),
    ("More: Minister meets rebel leaders in Geneva", "CONSULT"),
]
DONE = [
    ("Palestinian women attended a protest held by the movement on Monday.", "PROTEST"),
    ("Police officers detained a protester in the capital on Monday.", "COERCE"),
    ("Soldiers opened fire on protesters in the city on Monday.", "ASSAULT"),
    ("More than 20 protesters were arrested in the capital on Monday.", "COERCE"),
    ("Demonstrators marched toward parliament on Monday. Photos of the march spread online.",
     "PROTEST"),
    ("The rebels are supported by Iran.", "SUPPORT"),
    ("The opposition backed the president on Monday.", "SUPPORT"),
    ("The ministry supported the army with new funds on Monday.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "plover"), PAGE,
                         ids=[f"page-{k:02d}" for k in range(len(PAGE))])
def test_captions_links_and_sponsor_credits_give_no_event(pipeline, text: str,
                                                         plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), DONE,
                         ids=[f"done-{k:02d}" for k in range(len(DONE))])
def test_the_same_acts_told_in_the_report_stay(pipeline, text: str, plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
