"""A police or court officer the article names by office and then by surname reports others'
acts, like "police said": "Capt. Roy A. Nelson ... Nelson said Kosinski subdued him" is the
subduing (ASSAULT), not Nelson's accusation against Kosinski (``senses.speech.accusations``
with the officers of the actors coder, read by ``extractor._officers``); and the pronoun in
the report is not the officer (``roles.finder``: it stays unresolved rather than making the
captain the one subdued). Neighbours: a party who says she or he was the victim ("Lopez said
her husband beat her", an opposition leader, a mayor) still accuses."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article, Event

# (article, PLOVER type of the reported act, its trigger, the officer's surname)
REPORTED: list[tuple[str, str, str, str]] = [
    ("Police Chief Dana Moore gave details on Monday. Moore said officers arrested him at a "
     "motel in Dayton.", "COERCE", "arrested", "Moore"),
    ("Lt. Pat Green of the sheriff's office spoke to reporters. Green said the suspect shot "
     "him twice in the chest.", "ASSAULT", "shot", "Green"),
    ("Detective Sgt. Anne Price leads the inquiry. Price said the men beat him with a bat.",
     "ASSAULT", "beat", "Price"),
    ("Sheriff Bill Cole spoke at a news conference. Cole said a deputy stopped the car and "
     "arrested him.", "COERCE", "arrested", "Cole"),
    ("Police spokesman Sgt. Ian Ward confirmed the details. Ward said two men stabbed him "
     "outside the bar.", "ASSAULT", "stabbed", "Ward"),
    ("Officer Lisa Grant responded to the call. Grant said the man punched her in the face.",
     "ASSAULT", "punched", "Grant"),
    ("Sgt. Mike Dunn of the state police gave an update. Dunn said the driver attacked him "
     "with a knife.", "ASSAULT", "attacked", "Dunn"),
    ("Prosecutor Jane Wells spoke after the hearing. Wells said the defendant had strangled "
     "her in the kitchen.", "ASSAULT", "strangled", "Wells"),
    ("Lt. Carla Diaz of the city police department spoke on Friday. Diaz said officers "
     "arrested him after a short chase.", "COERCE", "arrested", "Diaz"),
    ("Police Sgt. Tom Reed described the scene. Reed said the gunman shot her in the back.",
     "ASSAULT", "shot", "Reed"),
    ("Sheriff's Capt. Joe Kent said the case is open. Kent said the intruder stabbed him in "
     "the hallway.", "ASSAULT", "stabbed", "Kent"),
]

# a party who says the act was done to her or him: an accusation
ACCUSING: list[tuple[str, str]] = [
    ("Maria Lopez, 34, spoke to reporters outside her home. Lopez said her husband beat her "
     "for years.", "Lopez"),
    ("John Pell told police that his neighbour had threatened him.", "John Pell"),
    ("Opposition leader Kofi Mensah spoke on Monday. Mensah said soldiers beat him during the "
     "protest.", "Mensah"),
    ("Mayor Tom Reyes spoke to reporters. Reyes said the protesters attacked him outside city "
     "hall.", "Reyes"),
]


@pytest.fixture(scope="module")
def events_of(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(text=text, published=dt.date(2023, 2, 8), language="en")
        return pipeline.process(article).events

    return run


@pytest.mark.parametrize(("text", "plover", "trigger", "officer"),
                         [pytest.param(*row, id=f"reported-{k:02d}")
                          for k, row in enumerate(REPORTED)])
def test_act_reported_by_a_named_officer_is_coded(events_of, text: str, plover: str,
                                                  trigger: str, officer: str) -> None:
    events = events_of(text)
    kinds = [(e.plover_type, e.trigger.text, [a.text for a in e.actors]) for e in events]
    found = [e for e in events if e.plover_type == plover and e.trigger.text == trigger]
    assert found, kinds
    assert not any(officer in a.text for a in found[0].recipients), kinds
    assert not any(e.plover_type == "ACCUSE" and any(officer in a.text for a in e.actors)
                   for e in events), kinds


@pytest.mark.parametrize(("text", "speaker"),
                         [pytest.param(*row, id=f"accusing-{k:02d}")
                          for k, row in enumerate(ACCUSING)])
def test_party_telling_of_its_own_harm_still_accuses(events_of, text: str,
                                                     speaker: str) -> None:
    events = events_of(text)
    assert any(e.plover_type == "ACCUSE" and any(speaker in a.text for a in e.actors)
               for e in events), [(e.plover_type, e.trigger.text) for e in events]
