"""Fighting, clashes and violence named as the setting of another act are no new happening
(``senses/public/campaigns.setting_of_violence``, issue 15): what people fled or what a place
or people underwent ("fled the fighting", "areas hit by clashes"), a circumstance ("amid
fighting", "despite the violence"), the start of a period ("since fighting broke out in
April"), a running total or a state in the present perfect with no day of the story ("the
violence has killed 300 since January", "fighting has continued", "the town has seen repeated
fighting"), or a stretch dated to years ("erupted into fighting in 2019 and 2020"). Decided by
the noun's syntactic slot, the tense of its verb and its date, not by the sentence's words.
Neighbours that stay: the same nouns as the subject of a past verb of their course, where harm
happened, in a perfect of the story's own days ("since Sunday"), or told with their named
parties ("the cartel's battles with a rival gang have left dozens dead"). Sentences made up for
these tests (other words than the data sets)."""

from __future__ import annotations

import pytest

SETTINGS = [
    "About 2,000 families have fled the fighting in the northern hills.",
    "Aid reached villagers who fled clashes near the river last week.",
    "Nurses cared for hundreds of women escaping the violence in the capital.",
    "The charity housed orphans who had run from the fighting along the coast.",
    "Doctors treated children displaced by fighting in the east.",
    "The convoy reached areas hit by clashes between the two militias.",
    "Schools reopened in districts affected by the violence.",
    "The bishop visited parishes ravaged by years of fighting.",
    "Prices of bread have soared amid fighting along the coast.",
    "The ferry kept sailing despite clashes in the harbour district.",
    "Shops stayed shut in the midst of the violence.",
    "Hundreds have been arrested since fighting broke out in April.",
    "Trade has collapsed since the clashes began in the autumn.",
    "Exports have halved since fighting erupted in the north last year.",
    "The violence has killed more than 300 people since January.",
    "Fighting that has displaced two million people continues in the region.",
    "Fighting in the eastern provinces has continued despite the agreement.",
    "The town has seen repeated fighting between armed groups.",
    "The valley has witnessed violence for a decade.",
    "The two clans settled a feud that had erupted into fighting in 2019 and 2020.",
    "Fighting between the two clans killed hundreds of people between 2005 and 2008.",
]
HAPPENINGS = [
    "Fighting forced thousands of families to flee the town on Monday.",
    "Heavy fighting broke out in the town on Monday.",
    "Clashes between police and protesters erupted in the square on Tuesday.",
    "Three soldiers were killed in the fighting near the border.",
    "The clashes continued into the night, witnesses said.",
    "Fighting has killed 14 soldiers since Sunday, the army said.",
    "The clashes have left 12 people dead since Monday night.",
    "Rebels and troops clashed near the river on Monday.",
    "The town saw heavy fighting on Tuesday.",
    "The cartel's battles with a rival gang have left dozens dead along the highway.",
    "Clashes between herders and farmers have killed scores of people in the valley.",
    "Gunmen attacked a bus carrying villagers who fled the town on Monday.",
    "Skirmishes have wounded at least five guards, the prison said.",
    "Since the fighting resumed on Thursday, 25 villagers have been killed.",
    "The violence has claimed eight lives this week, officials said.",
    "The border has stayed closed since the clashes.",
    "The civil war that killed 40,000 people ended in 1996.",
    "Fighting broke out again in the hills in 2019.",
]


def _assaults(events_of, text: str) -> list[str]:
    return [e.trigger.text for e in events_of(text) if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize("text", SETTINGS)
def test_violence_named_as_a_setting_is_no_happening(events_of, text: str) -> None:
    assert _assaults(events_of, text) == []


@pytest.mark.parametrize("text", HAPPENINGS)
def test_violence_told_as_it_happened_stays(events_of, text: str) -> None:
    assert _assaults(events_of, text) != []
