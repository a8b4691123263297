"""Background told as current (events/modes.py, events/when/dated.py): a past happening an article
recalls is ``historical`` (the guidelines' background), and its date is its own period, not a
day of the story. Three mechanisms, each with made-up probes (not copied from any data set) and
near neighbours that must stay current:

- a named episode of history as the doer of the act ("the Rwandan Genocide killed 800,000
  people", "were executed by the French Revolution");
- a date written as a month or a year that ends before the publication's month ("last month's
  shooting", "in November" in a December story, "earlier this year", "years earlier");
- an earlier occasion in the act's own words: a perfect with "previously", "before", "once"
  ("had previously been arrested"), an event noun qualified as previous, prior, earlier or past
  ("a previous attack on the mosque"), unless the act is dated in its own clause;
- a happening named only as the start of a period ("since the bombing of the embassy,
  security has been tight"), unless dated in its own phrase or told before as news in the
  article ("Gunmen attacked the mosque on Tuesday. Since the attack, ...").

A happening a span of months or years is counted from ("arrested on Wednesday, 20 years after
the murder of his neighbour") is background too, and loses the day of the act it is counted
from; "three days after the attack" is the story's own.

Without a publication date the words still tell the period: "last summer's stabbing death"
(a verb form that is the first word of a noun reads the noun's clause and its possessive).

Each probe follows a lead sentence of the story ("Officials spoke on Thursday."), published
2021-12-10, through the real pipeline."""

from __future__ import annotations

import pytest

import sitrep

LEAD = "Officials spoke on Thursday. "
PUBLISHED = "2021-12-10"

EPISODE_DOERS = [
    ("The Rwandan Genocide killed 800,000 people.", "ASSAULT"),
    ("The Roman Inquisition tortured thousands of heretics.", "ASSAULT"),
    ("The Spanish Civil War killed half a million people.", "ASSAULT"),
    ("The Great War wounded millions of soldiers.", "ASSAULT"),
    ("The Armenian Genocide killed more than a million Armenians.", "ASSAULT"),
    ("The Tet Offensive killed thousands of civilians in Hue.", "ASSAULT"),
    ("Thousands of monks were killed by the Cultural Revolution.", "ASSAULT"),
    ("The Korean War destroyed most of Seoul.", "ASSAULT"),
    ("The Six-Day War killed hundreds of soldiers on both sides.", "ASSAULT"),
    ("Hundreds of civilians were wounded by the Blitz.", "ASSAULT"),
    ("Many priests were executed by the French Revolution.", "ASSAULT"),
    ("The Boxer Rebellion killed many missionaries.", "ASSAULT"),
]
CURRENT_DOERS = [
    ("The rebels killed 80 people in the north on Tuesday.", "ASSAULT"),
    ("The army offensive killed 30 fighters on Tuesday.", "ASSAULT"),
    ("A bomb killed five soldiers in Kabul on Tuesday.", "ASSAULT"),
    ("The fighting killed 12 civilians near the border on Wednesday.", "ASSAULT"),
    ("Gunmen killed four farmers in the village on Monday.", "ASSAULT"),
    ("Police said the blast wounded nine people on Tuesday.", "ASSAULT"),
    ("The militia tortured two prisoners in the camp on Monday.", "ASSAULT"),
    ("Soldiers were killed by a roadside bomb on Tuesday.", "ASSAULT"),
    ("The clashes killed three protesters in the capital on Wednesday.", "ASSAULT"),
    ("An airstrike destroyed a hospital in the city on Tuesday.", "ASSAULT"),
    ("Unknown attackers killed two guards at the mine on Monday.", "ASSAULT"),
]
EARLIER_PERIODS = [
    ("The activist is wanted for questioning in last month's shooting death of a "
     "doctor.", "ASSAULT"),
    ("Gunmen attacked the police post in November.", "ASSAULT"),
    ("Police arrested the two brothers in October.", "COERCE"),
    ("Rebels attacked the town earlier this year.", "ASSAULT"),
    ("Farmers marched on the capital last summer.", "PROTEST"),
    ("The offensive in Gaza last winter killed hundreds.", "ASSAULT"),
    ("The mayor was detained last spring.", "COERCE"),
    ("The shooting last month left two dead.", "ASSAULT"),
    ("Soldiers shelled the village last autumn.", "ASSAULT"),
    ("The victim had been stabbed by her former partner years earlier.", "ASSAULT"),
    ("The two men had been arrested decades before.", "COERCE"),
    ("Militants ambushed a patrol in September.", "ASSAULT"),
    ("Troops raided the camp in November.", "ASSAULT"),
    ("Police detained the editor earlier this year.", "COERCE"),
    ("The journalist was detained last month.", "COERCE"),
    ("Students protested outside parliament earlier this year.", "PROTEST"),
    ("The man had been shot decades earlier.", "ASSAULT"),
    ("Rebels attacked the town earlier in the year.", "ASSAULT"),
]
CURRENT_PERIODS = [
    ("Gunmen attacked the police post in December.", "ASSAULT"),
    ("Gunmen attacked the police post on Tuesday.", "ASSAULT"),
    ("Police arrested the two brothers earlier this month.", "COERCE"),
    ("Rebels attacked the town earlier this week.", "ASSAULT"),
    ("Farmers marched on the capital last week.", "PROTEST"),
    ("The shooting on Monday left two dead.", "ASSAULT"),
    ("The mayor was detained this morning.", "COERCE"),
    ("Soldiers shelled the village overnight.", "ASSAULT"),
    ("The attack earlier on Thursday killed two.", "ASSAULT"),
    ("He stabbed the clerk an hour earlier.", "ASSAULT"),
    ("Gunmen attacked the police post on December 8.", "ASSAULT"),
    ("Police arrested the two brothers this month.", "COERCE"),
]
EARLIER_OCCASIONS = [
    ("He had previously been arrested for assault.", "COERCE"),
    ("The suspect has been arrested before.", "COERCE"),
    ("The gang had once attacked the same shop.", "ASSAULT"),
    ("A previous attack on the mosque killed two worshippers.", "ASSAULT"),
    ("His prior arrest was for burglary.", "COERCE"),
    ("An earlier bombing of the market wounded dozens.", "ASSAULT"),
    ("Past attacks on the convoy route killed several drivers.", "ASSAULT"),
    ("She had formerly been detained by the secret police.", "COERCE"),
    ("The man had previously stabbed a neighbour.", "ASSAULT"),
    ("A previous protest at the plant drew thousands.", "PROTEST"),
    ("The two men have previously been arrested for theft.", "COERCE"),
]
CURRENT_OCCASIONS = [
    ("He was arrested for assault on Wednesday.", "COERCE"),
    ("The suspect had been arrested on Wednesday.", "COERCE"),
    ("Police said the man had stabbed the clerk.", "ASSAULT"),
    ("An earlier attack on Wednesday killed two worshippers.", "ASSAULT"),
    ("His arrest on Wednesday was for burglary.", "COERCE"),
    ("The bombing of the market wounded dozens on Tuesday.", "ASSAULT"),
    ("Attacks on the convoy route killed several drivers on Tuesday.", "ASSAULT"),
    ("The gang attacked the same shop before the police arrived on Tuesday.", "ASSAULT"),
    ("Police had arrested two men before noon on Thursday.", "COERCE"),
    ("The protest at the plant on Tuesday drew thousands.", "PROTEST"),
    ("The man stabbed a neighbour on Monday, police said.", "ASSAULT"),
]

SINCE_STARTS = [
    ("Since the bombing of the embassy, security has been tight.", "ASSAULT"),
    ("The town has been quiet since the massacre.", "ASSAULT"),
    ("Ever since the shooting, the family has lived in fear.", "ASSAULT"),
    ("Since his arrest, he has lost his job.", "COERCE"),
    ("Tourism has collapsed since the attacks on hotels.", "ASSAULT"),
    ("Since the invasion, thousands have fled the region.", "ASSAULT"),
    ("The mosque has had guards since the attack.", "ASSAULT"),
    ("Since the ambush on the convoy, drivers have refused the route.", "ASSAULT"),
    ("The border has stayed closed since the clashes.", "ASSAULT"),
    ("Since the killing of the priest, the parish has held weekly vigils.", "ASSAULT"),
    ("The family has lived in fear since he was shot.", "ASSAULT"),
    ("He has lost two jobs since he was arrested.", "COERCE"),
]
SINCE_NEWS = [
    ("Since the bombing on Tuesday, security has been tight.", "ASSAULT"),
    ("Gunmen attacked the mosque on Tuesday. Since the attack, police have guarded it.", "ASSAULT"),
    ("Police arrested him on Tuesday. Since his arrest, he has refused to speak.", "COERCE"),
    ("Rebels shelled the town on Wednesday, days after the clashes on Monday.", "ASSAULT"),
    ("Since Monday's attack, the mosque has had guards.", "ASSAULT"),
    ("Soldiers attacked the village on Tuesday, the first attack since the truce.", "ASSAULT"),
    ("Gunmen killed two people on Wednesday.", "ASSAULT"),
    ("The shooting happened on Tuesday, and the family has lived in fear since.", "ASSAULT"),
    ("Police arrested the suspect after the attack on Tuesday.", "COERCE"),
    ("Rebels have shelled the town since Tuesday.", "ASSAULT"),
    ("Since police arrested him on Tuesday, the case is closed.", "COERCE"),
]
SPANNED_BACK = [
    ("Police arrested a man on Wednesday, 20 years after the murder of his neighbour.", "ASSAULT"),
    ("Relatives gathered on Wednesday, five years after the shooting of a clerk.", "ASSAULT"),
    ("Two years after his brother was arrested, a man won an award on Wednesday.", "COERCE"),
    ("The town held a vigil on Wednesday, a decade after the massacre.", "ASSAULT"),
    ("Survivors met on Wednesday, thirty years after the bombing of the airliner.", "ASSAULT"),
    ("Six months after his arrest, the editor won an award on Wednesday.", "COERCE"),
    ("The bridge reopened on Wednesday, eight months after the attack on it.", "ASSAULT"),
    ("A statue was unveiled on Wednesday, decades after the massacre of the miners.", "ASSAULT"),
    ("Ten years after the general was assassinated, his son became president on Wednesday.", "ASSAULT"),
    ("The school reopened on Wednesday, three years after gunmen stormed it.", "ASSAULT"),
    ("Forty years after the detention of the poet, the archives were opened on Wednesday.", "COERCE"),
]
SHORT_SPANS = [
    ("Three days after the attack, police arrested two men on Wednesday.", "ASSAULT"),
    ("Police arrested a man on Wednesday, hours after the murder of his neighbour.", "ASSAULT"),
    ("Hours after his brother was arrested, a man won an award on Wednesday.", "COERCE"),
    ("The town held a vigil on Wednesday, a day after the massacre.", "ASSAULT"),
    ("Survivors met on Wednesday, minutes after the bombing of the airliner.", "ASSAULT"),
    ("Two days after his arrest on Monday, the editor was freed on Wednesday.", "COERCE"),
    ("The bridge reopened on Wednesday, a week after the attack on it.", "ASSAULT"),
    ("Gunmen killed two guards on Wednesday, a day after the massacre of the miners.", "ASSAULT"),
    ("Shortly after the general was assassinated on Tuesday, his son spoke on Wednesday.", "ASSAULT"),
    ("The school closed on Wednesday, soon after gunmen stormed it.", "ASSAULT"),
    ("Police arrested a man on Wednesday after the murder of his neighbour.", "ASSAULT"),
]

def _events(text: str, plover: str) -> list[sitrep.records.Event]:
    result = sitrep.process_text(LEAD + text, published=PUBLISHED)
    return [e for e in result.events if e.plover_type == plover and e.trigger.start >= len(LEAD)]


@pytest.mark.parametrize("text,plover", EPISODE_DOERS + EARLIER_PERIODS + EARLIER_OCCASIONS
                         + SINCE_STARTS + SPANNED_BACK)
def test_recalled_acts_are_background(pipeline, text: str, plover: str) -> None:
    events = _events(text, plover)
    assert events and all("historical" in e.modes for e in events)


@pytest.mark.parametrize("text,plover", CURRENT_DOERS + CURRENT_PERIODS + CURRENT_OCCASIONS
                         + SINCE_NEWS + SHORT_SPANS)
def test_acts_of_the_story_stay_current(pipeline, text: str, plover: str) -> None:
    events = _events(text, plover)
    assert events and all("historical" not in e.modes for e in events)


@pytest.mark.parametrize("text,plover,period", [
    ("The shooting last month left two dead.", "ASSAULT", "2021-11"),
    ("Gunmen attacked the police post in November.", "ASSAULT", "2021-11"),
    ("Rebels attacked the town earlier this year.", "ASSAULT", "2021"),
    ("Gunmen attacked the police post in December.", "ASSAULT", "2021-12"),
])
def test_a_recalled_act_keeps_its_own_period(pipeline, text: str, plover: str,
                                              period: str) -> None:
    """The date of an act dated by a month or a year is that period, not the story's day."""
    events = _events(text, plover)
    assert events and all(e.when is not None and e.when.value == period for e in events)


@pytest.mark.parametrize("text,plover", [
    ("He had previously been arrested for assault.", "COERCE"),
    ("Since the bombing of the embassy, security has been tight.", "ASSAULT"),
    ("Police arrested a man on Wednesday, 20 years after the murder of his neighbour.",
     "ASSAULT"),
])
def test_an_act_recalled_without_a_date_takes_no_day_of_the_story(pipeline, text: str,
                                                                   plover: str) -> None:
    """The story's day ("Thursday") is not lent to an earlier happening."""
    events = _events(text, plover)
    assert events and all(e.when is None for e in events)


UNDATED_RECALLED = [
    ("The man was charged over last summer's stabbing death of a guard.", "ASSAULT"),
    ("The activist is wanted for questioning in last month's shooting death of a doctor.", "ASSAULT"),
    ("Police are still investigating last year's shooting death of a teenager.", "ASSAULT"),
    ("The family marked the anniversary of last winter's stabbing death of their son.", "ASSAULT"),
    ("Detectives reopened last year's beating death of a homeless man.", "ASSAULT"),
    ("A reward is offered in last month's shooting death of a clerk.", "ASSAULT"),
    ("Prosecutors dropped the case over last spring's stabbing death of a student.", "ASSAULT"),
    ("The jury heard evidence about last fall's shooting death of an officer.", "ASSAULT"),
    ("Witnesses described the previous year's shooting death of a cab driver.", "ASSAULT"),
    ("Neighbours still talk about last month's stabbing death of a nurse.", "ASSAULT"),
    ("Residents recalled last year's stabbing death of a guard.", "ASSAULT"),
]
UNDATED_CURRENT = [
    ("The man was charged over Sunday's stabbing death of a guard.", "ASSAULT"),
    ("Police questioned a man about the shooting death of a doctor on Monday.", "ASSAULT"),
    ("Police are investigating Tuesday's shooting death of a teenager.", "ASSAULT"),
    ("The family mourned the stabbing death of their son on Saturday.", "ASSAULT"),
    ("Detectives are investigating the beating death of a homeless man on Friday.", "ASSAULT"),
    ("The shooting death of a clerk on Monday angered residents.", "ASSAULT"),
    ("The stabbing death of a student on Sunday shocked the campus.", "ASSAULT"),
    ("The jury will hear evidence about the shooting death of an officer on Friday.", "ASSAULT"),
    ("Witnesses described the shooting death of a cab driver on Tuesday night.", "ASSAULT"),
    ("The suspect in Sunday's stabbing death of a nurse was arrested.", "ASSAULT"),
]


def _undated(text: str, plover: str) -> list[sitrep.records.Event]:
    return [e for e in sitrep.process_text(text).events if e.plover_type == plover]


@pytest.mark.parametrize("text,plover", UNDATED_RECALLED)
def test_a_recalled_period_is_background_without_a_publication_date(pipeline, text: str,
                                                                    plover: str) -> None:
    events = _undated(text, plover)
    assert events and all("historical" in e.modes for e in events)


@pytest.mark.parametrize("text,plover", UNDATED_CURRENT)
def test_a_day_of_the_story_is_no_background_without_a_publication_date(pipeline, text: str,
                                                                        plover: str) -> None:
    events = _undated(text, plover)
    assert events and all("historical" not in e.modes for e in events)
