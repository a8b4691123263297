"""An undated act that takes the day of an act of its own type told as background continues
that earlier happening (``refine.continues_history``): "Bombings at two embassies on Aug. 7
killed 258 people. Of those killed, 11 were killed in Tanzania" in a September story is the
bombings' toll, background like them, whatever acts of that type the article tells as the week's
news. Neighbours: the continuation of an act of the week, of an old act the headline names as
the story (the week rule's exception), and an act of another type after an old one (an arrest
after an old bombing may be the story's news). Made-up sentences."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2021-10-20"  # a Wednesday

CONTINUED = [
    ("Tanzania expelled five men on Friday. Bombings at two embassies on Aug. 7 killed 258 "
     "people. Of those killed, 11 were killed in Tanzania."),
    ("Police arrested a man on Tuesday. Gunmen attacked a bus near Mandera on Sept. 2, killing "
     "twelve passengers. More than 30 people were injured."),
    ("The minister resigned on Monday. A bomb exploded in the market on Aug. 30, killing nine "
     "people. Dozens of shoppers were wounded."),
    ("Prosecutors charged a man on Monday. He shot a shopkeeper in Dover on Sept. 6. The "
     "shopkeeper was also stabbed."),
    ("The court adjourned on Tuesday. Rebels shelled the port on Sept. 4. Three fishermen were "
     "killed in the shelling."),
    ("Police arrested three men on Monday. Soldiers fired on protesters in the square on Sept. "
     "1. Two students were shot dead."),
    ("The envoy left on Tuesday. Militants stormed a police post near the border on Sept. 5. "
     "Four officers were killed."),
    ("Police arrested a man on Monday. A gunman opened fire in a school on Aug. 28. Two "
     "teachers were wounded."),
    ("Police detained a cleric on Tuesday. A car bomb exploded outside the embassy on Sept. 3. "
     "Six guards were injured."),
    ("The minister resigned on Tuesday. Troops raided the camp on Sept. 7. Eleven refugees "
     "were beaten."),
    ("The mayor resigned on Monday. Rioters attacked a mosque in the town on Aug. 29. Its imam "
     "was injured."),
    ("The union called a strike on Monday. Police beat protesters in the main square on Sept. "
     "2. One man was stabbed."),
]


@pytest.mark.parametrize("text", CONTINUED)
def test_an_undated_act_continuing_an_old_act_of_its_type_is_background(pipeline,
                                                                         text: str) -> None:
    events = sitrep.process_text(text, published=PUBLISHED).events
    assaults = [e for e in events if e.plover_type == "ASSAULT"]
    assert assaults, [(e.plover_type, e.trigger.text) for e in events]
    assert all(e.historical for e in assaults), [(e.trigger.text, e.modes, e.when)
                                                for e in assaults]


# a toll told after its attack is that attack told again (corefer's tolls rule): its event is
# the attack's ("attacked", "ambushed": the Monday ambush, not the shelling of Sept. 2)
NEWS = [
    ("Gunmen attacked a bus near Mandera on Monday, killing twelve passengers. More than 30 "
     "people were injured.", "attacked", "ASSAULT"),
    ("Father charged in daughter's shooting\n\nA man was charged on Tuesday with homicide. His "
     "daughter was shot at their home in Dover on Oct. 9. She was also beaten.", "shot",
     "ASSAULT"),
    ("A suicide bomber struck a market in the capital on Sept. 10. Police arrested two "
     "suspected accomplices.", "arrested", "COERCE"),
    ("Troops shelled the town on Sept. 2. On Monday rebels ambushed a convoy. Two soldiers were "
     "killed.", "ambushed", "ASSAULT"),
]


@pytest.mark.parametrize("text,trigger,plover", NEWS)
def test_the_continuation_of_the_news_stays_news(pipeline, text: str, trigger: str,
                                                 plover: str) -> None:
    events = sitrep.process_text(text, published=PUBLISHED).events
    found = [e for e in events if e.plover_type == plover and trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    assert not found[-1].historical, (found[-1].modes, found[-1].when)
