"""The guidelines' week rule (``history.weeks``, ``refine.lent_background``), on made-up
sentences: an act whose own day lies more than a week before publication is background, and so
is an undated act that continues its story; acts of the last week, the start of a happening
that goes on, and acts to come stay news."""

from __future__ import annotations

import pytest

import sitrep
from samples import check_background

PUBLISHED = "2021-10-20"  # a Wednesday

# each old act with an act of its type told as the news of the week (``told_now``)
WEEKS_BACK = [
    ("Police arrested two men on October 3 in connection with the robbery. Officers detained "
     "a third man on Monday.", "arrested"),
    ("Rebels attacked the village of Kamango on Sept. 28, killing five people. On Monday they "
     "shelled the market.", "attacked"),
    ("The president signed the trade accord on Oct. 2. On Tuesday the two sides agreed to a "
     "truce.", "signed"),
    ("Protesters marched through the capital on October 9 to demand new elections. Students "
     "rallied outside parliament on Monday.", "marched"),
    ("The two foreign ministers met in Geneva on October 5. They held talks again on "
     "Tuesday.", "met"),
    ("Soldiers detained a journalist at the border crossing on Oct. 11. Police arrested two "
     "activists on Sunday.", "detained"),
    ("The government expelled three diplomats on September 30. On Monday it imposed "
     "sanctions on two banks.", "expelled"),
    ("Troops shelled the rebel positions near the lake on October 8. Rebels ambushed a "
     "convoy on Monday.", "shelled"),
    ("The court sentenced the former mayor to ten years in prison on October 6. On Monday a "
     "judge convicted his deputy.", "sentenced"),
    ("Gunmen kidnapped two aid workers outside the camp on Oct. 4. Gunmen attacked a convoy "
     "on Sunday.", "kidnapped"),
    ("The army imposed a curfew on the northern districts on October 10. On Monday it "
     "banned all rallies.", "curfew"),
]
NEWS = [
    ("Police arrested two men on October 16 in connection with the robbery. Officers detained "
     "a third man on Monday.", "arrested"),
    ("Rebels attacked the village of Kamango on Monday, killing five people.", "attacked"),
    ("The president signed the trade accord on Oct. 14.", "signed"),
    ("Protesters marched through the capital on Sunday to demand new elections.", "marched"),
    ("The two foreign ministers will meet in Geneva on October 25.", "meet"),
    ("On October 13, a jury found the defendant guilty of the robbery.", "found"),
    ("Troops launched an offensive on October 2 and are still fighting in the hills.",
     "offensive"),
    ("The strike, which began on October 4, has shut the port for two weeks.", "strike"),
    ("Soldiers detained a journalist at the border crossing yesterday.", "detained"),
    ("Investigators examined the October 3 fire that led to her arrest.", "arrest"),
    # an old act of a type the article tells in no other way is what the story is about
    ("Police arrested two men on October 3 in connection with the robbery.", "arrested"),
    ("Prosecutors on Monday charged a man with murder. He shot a shopkeeper in Dover on "
     "Oct. 2, police said.", "shot"),
]



@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in WEEKS_BACK] + [(t, g, False) for t, g in NEWS])
def test_an_act_dated_more_than_a_week_back_is_background(pipeline, text: str, trigger: str,
                                                          background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)


# an undated act in the sentence after one dated more than a week back continues its story
CONTINUED = [
    # the toll told after its attack is that attack (corefer's tolls rule)
    ("Gunmen attacked a bus near Mandera on October 2, killing twelve passengers. More than "
     "30 people were injured, most of them students. On Monday militants shelled a village.",
     "attacked"),
    ("A suicide bomber struck a market in the capital on Sept. 30. Police later arrested two "
     "suspected accomplices. On Monday police detained a cleric.", "arrested"),
    ("Militants stormed a police post near the border on October 5. Troops later clashed "
     "with the attackers in the hills. On Monday rebels ambushed a convoy.", "clashed"),
    ("Soldiers opened fire on a crowd in the main square on October 1. Protesters then "
     "blocked the highway to the airport. On Monday students rallied in the capital.",
     "blocked"),
    ("The rebels shelled the port on Oct. 6. The government then recalled its ambassador. "
     "On Monday it expelled two diplomats.", "recalled"),
]
CONTINUED_NEWS = [
    ("Gunmen attacked a bus near Mandera on Monday, killing twelve passengers. More than "
     "30 people were injured, most of them students.", "attacked"),
    ("A suicide bomber struck a market in the capital on Oct. 17. Police later arrested two "
     "suspected accomplices.", "arrested"),
    ("Militants stormed a police post near the border on Tuesday. Troops later clashed "
     "with the attackers in the hills.", "clashed"),
]


@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in CONTINUED]
                         + [(t, g, False) for t, g in CONTINUED_NEWS])
def test_an_undated_act_continuing_an_old_story_is_background(pipeline, text: str, trigger: str,
                                                              background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)


# the headline names the story's happening: its day more than a week back stays the story's;
# without a headline, an old act stays the story's when no act of its type is the week's news
HEADLINED = [
    ("Father charged in daughter's shooting\n\nA man was charged on Tuesday with homicide. "
     "Police said his daughter was shot at their home in Dover on Oct. 9.", "shot", False),
    ("Man held in market bombing\n\nPolice held a man on Monday. A bomb exploded in the "
     "market on October 5, wounding six.", "exploded", False),
    ("Reward offered\n\nPolice offered a reward on Tuesday.\n\nA clerk was shot in Erie on "
     "Oct. 9.", "shot", False),  # the shooting the reward is for: the story's
    ("Reward offered\n\nPolice offered a reward on Tuesday.\n\nA clerk was shot in Erie on "
     "Oct. 9. On Monday a guard was shot in Dover.", "shot", True),
]


@pytest.mark.parametrize("text,trigger,background", HEADLINED)
def test_the_headline_story_stays_news_whatever_its_day(pipeline, text: str, trigger: str,
                                                        background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)


def test_without_a_publication_date_a_dated_story_is_not_all_background(pipeline) -> None:
    text = ("Gunmen attacked a bus near Mandera on October 2, killing twelve passengers. More "
            "than 30 people were injured. Police arrested two men on October 3.")
    events = sitrep.process_text(text).events
    assert events and not any(e.historical for e in events), [(e.trigger.text, e.modes)
                                                              for e in events]
