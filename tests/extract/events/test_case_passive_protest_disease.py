"""Three general classes of snippet typing (issue 19 item 2, session 29), on made-up sentences:

- a place taken in the passive: the taker is the phrase after "by" up to the next clause or
  adjunct ("was seized by insurgents while troops were away": not the troops);
- arrests of a protest's crowd ("arrested 40 protesters", "demonstrators were detained", arrests
  made in breaking up a gathering) are the protest's intervention, not an arrest of their own;
- an epidemic named by its disease ("cholera has killed", "died of typhoid", "an outbreak of
  yellow fever") is a natural disaster, while a disease word as a modifier ("a cholera-hit
  district", "malaria drugs", "polio vaccines") leaves the event's own label.

The neighbours must keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

PASSIVE_TAKERS = [
    ("The town was captured by rebels after government soldiers abandoned it.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The base was retaken by the army, after militants had held it for a month.",
     "GOV_REGAINS_TERIT"),
    ("The village was seized by insurgents while troops were away.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The oil field was recaptured by government forces, as the rebels fled.",
     "GOV_REGAINS_TERIT"),
    ("The town was taken over by jihadist fighters after the army fled.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The border post was overrun by gunmen during a raid on the police.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The district capital was liberated by soldiers following a week of clashes with "
     "insurgents.", "GOV_REGAINS_TERIT"),
    ("The airport was seized by separatists amid heavy fighting with the national army.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("The hilltop was recaptured by troops despite fierce resistance from the militia.",
     "GOV_REGAINS_TERIT"),
    ("The mining town was captured by militiamen when the police retreated south.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
]
PASSIVE_NEIGHBOURS = [
    ("The town was captured by the army after a week of fighting.", "GOV_REGAINS_TERIT"),
    ("The village was seized by insurgents on Monday.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Rebels captured the town after soldiers abandoned it.", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Soldiers and rebels exchanged fire near the town for hours.", "ARMED_CLASH"),
]

CROWD_ARRESTS = [
    ("Riot police broke up a gathering of opposition supporters and arrested 20.",
     "PROTEST_WITH_INTER"),
    ("Police arrested a dozen protesters who had chained themselves to the gates of the plant.",
     "PROTEST_WITH_INTER"),
    ("Police dispersed a rally of teachers outside the ministry and detained several of them.",
     "PROTEST_WITH_INTER"),
    ("Officers detained dozens of demonstrators who had camped overnight outside the court.",
     "PROTEST_WITH_INTER"),
    ("Police arrested eleven climate protesters who had glued themselves to a motorway.",
     "PROTEST_WITH_INTER"),
    ("Dozens of striking dockers were arrested as they picketed the port gates.",
     "PROTEST_WITH_INTER"),
    ("Security forces scattered a crowd of students chanting slogans and arrested their "
     "leaders.", "PROTEST_WITH_INTER"),
    ("Police rounded up marchers who had blocked the bridge in a peaceful sit-down.",
     "PROTEST_WITH_INTER"),
    ("Protesters who had occupied the town hall were detained by police on Tuesday.",
     "PROTEST_WITH_INTER"),
    ("Police broke up a vigil for the missing activist and arrested six mourners.",
     "PROTEST_WITH_INTER"),
]
ARREST_NEIGHBOURS = [
    ("Police detained the leader of the opposition party at his home.", "ARREST"),
    ("Officers arrested two men suspected of stealing cattle.", "ARREST"),
    ("Police arrested a journalist who had written about corruption in the ministry.", "ARREST"),
    ("Police arrested 40 protesters who blocked the main road to the port.",
     "PROTEST_WITH_INTER"),
    ("Hundreds of students marched peacefully to the ministry to demand lower fees.",
     "PEACE_PROTEST"),
]

DISEASES = [
    ("Cholera has killed 100 people in camps for the displaced.", "NATURAL_DISASTER"),
    ("Malaria has killed 40 children in the camps this month.", "NATURAL_DISASTER"),
    ("Dengue fever has claimed nine lives in the city since June.", "NATURAL_DISASTER"),
    ("Eleven prisoners died of typhoid in the overcrowded jail.", "NATURAL_DISASTER"),
    ("Rabies has killed three children bitten by stray dogs.", "NATURAL_DISASTER"),
    ("Hepatitis E spread through the refugee settlement, killing eleven.", "NATURAL_DISASTER"),
    ("Anthrax killed 14 people who ate meat from an infected cow.", "NATURAL_DISASTER"),
    ("Swine flu has killed 20 people in the state, health officials said.", "NATURAL_DISASTER"),
    ("Meningitis killed 30 pupils across the district.", "NATURAL_DISASTER"),
    ("Health officials confirmed 300 cases of diphtheria among refugee children.",
     "NATURAL_DISASTER"),
]
DISEASE_NEIGHBOURS = [
    ("Gunmen killed 10 villagers in a cholera-hit district of the state.", "ATTACK"),
    ("Nurses went on strike over unpaid COVID-19 allowances.", "PEACE_PROTEST"),
    ("Troops clashed with rebels near a measles vaccination camp.", "ARMED_CLASH"),
    ("A mob attacked health workers giving polio vaccines, killing two.", "MOB_VIOL"),
    ("A measles epidemic killed dozens of children in the district.", "NATURAL_DISASTER"),
]


@pytest.mark.parametrize(("text", "label"), PASSIVE_TAKERS + PASSIVE_NEIGHBOURS)
def test_passive_taker_ends_at_the_next_clause(text: str, label: str) -> None:
    assert classify_rules(text) == label


@pytest.mark.parametrize(("text", "label"), CROWD_ARRESTS + ARREST_NEIGHBOURS)
def test_arrests_of_a_protest_crowd_are_its_intervention(text: str, label: str) -> None:
    assert classify_rules(text) == label


@pytest.mark.parametrize(("text", "label"), DISEASES + DISEASE_NEIGHBOURS)
def test_an_epidemic_named_by_its_disease_is_a_disaster(text: str, label: str) -> None:
    assert classify_rules(text) == label
