"""Background named to liken, commemorate or compare (events/history/recalled.py), earlier
occasions counted ("twice before": events/when/dated.py) and a year of another act's phrase not lent
to the story's act (extract/link.py). Made-up probes (not copied from any data set), each with
near neighbours that must stay as they are:

- a likeness: an act in the object of a verb of likeness or memory ("the shooting recalled the
  attack on a school") or under a word of likeness ("reminiscent of the bombing", "echoes of
  the riots that killed dozens"); a person who recalls an act may tell the story's own;
- a commemoration: "the anniversary of the bombing", "a memorial to those killed in the ambush",
  "commemorated the victims of the massacre";
- a comparison: "the deadliest attack since a car bomb killed 20", "the first protest since
  police dispersed a rally";
- a perfect with a counted "before": "had been arrested twice before";
- the current act keeps no year of another act's phrase ("the shooting recalled the 2018
  attack": the shooting is not of 2018).

Each probe follows a lead sentence of the story ("Officials spoke on Thursday."), published
2021-12-10, through the real pipeline."""

from __future__ import annotations

import re

import pytest

import sitrep

LEAD = "Officials spoke on Thursday. "
PUBLISHED = "2021-12-10"

LIKENED = [
    ("The ambush recalled the attack on a convoy near the pass.", "ASSAULT"),
    ("The raid was reminiscent of the bombing of a bus station in the north.", "ASSAULT"),
    ("The unrest brought echoes of the riots that followed the election.", "PROTEST"),
    ("The standoff evoked memories of the massacre at the monastery.", "ASSAULT"),
    ("The stabbing mirrored the murder of a teacher in the same district.", "ASSAULT"),
    ("The siege resembled the assault on a hotel in the capital.", "ASSAULT"),
    ("The blast echoed the bombing of the central market.", "ASSAULT"),
    ("The protest was similar to the demonstrations that toppled the king.", "PROTEST"),
    ("The march reminded many of the demonstrations against the junta.", "PROTEST"),
    ("The killings were akin to the massacre of farmers in the valley.", "ASSAULT"),
    ("The scenes were a grim reminder of the shelling of the old town.", "ASSAULT"),
    ("Critics saw echoes of the arrests of students in the square.", "COERCE"),
]
LIKENED_NEIGHBOURS = [
    ("Gunmen ambushed a convoy near the pass on Tuesday.", "ASSAULT"),
    ("A witness recalled that gunmen opened fire on the crowd.", "ASSAULT"),
    ("Residents recalled the attack on the convoy in detail.", "ASSAULT"),
    ("Police said the raid on Tuesday was reminiscent of gang violence.", "ASSAULT"),
    ("The bombing of the bus station on Wednesday killed nine people.", "ASSAULT"),
    ("Rebels attacked a similar convoy near the pass on Tuesday.", "ASSAULT"),
    ("The blast on Tuesday shook the central market.", "ASSAULT"),
    ("Workers went on strike at the mines on Monday.", "PROTEST"),
    ("Thousands marched against the junta in the capital on Wednesday.", "PROTEST"),
    ("Troops shelled the old town on Tuesday, residents said.", "ASSAULT"),
]
COMMEMORATED = [
    ("Hundreds lit candles at a memorial to the pilgrims killed in the bombing.", "ASSAULT"),
    ("They laid wreaths at a memorial to those killed in the ambush.", "ASSAULT"),
    ("Residents commemorated the victims of the massacre in the valley.", "ASSAULT"),
    ("A monument honours the miners who were shot by the troops.", "ASSAULT"),
    ("Relatives gathered at the memorial to the workers shot by the guards.", "ASSAULT"),
    ("Survivors attended a remembrance service for those killed in the raid.", "ASSAULT"),
    ("A plaque lists the names of the students who were killed in the shelling.", "ASSAULT"),
    ("A plaque honours the priests who were murdered by the militia.", "ASSAULT"),
    ("The monument to the soldiers who were killed in the siege was restored.", "ASSAULT"),
    ("The town memorialized the victims of the bombing with a garden.", "ASSAULT"),
]
COMMEMORATED_NEIGHBOURS = [
    ("Gunmen attacked a memorial service in the town on Tuesday.", "ASSAULT"),
    ("Police arrested two men at the war memorial on Monday.", "COERCE"),
    ("A bomb exploded near the monument on Wednesday, killing two guards.", "ASSAULT"),
    ("Protesters marched to the memorial on Tuesday.", "PROTEST"),
    ("Gunmen killed three miners at the plant on Tuesday.", "ASSAULT"),
    ("Troops shot two students near the plaque on Wednesday.", "ASSAULT"),
    ("Students protested against the army in the capital on Tuesday.", "PROTEST"),
    ("Soldiers were killed in an ambush near the border on Monday.", "ASSAULT"),
    ("Police detained a man who vandalised the cenotaph on Tuesday.", "COERCE"),
    ("Mourners at a vigil for those killed in the raid on Monday wept.", "ASSAULT"),
]
COMPARED = [
    ("It was the deadliest attack since a truck bomb killed 30 people in the port.", "ASSAULT"),
    ("The bombing was the worst since gunmen stormed a hotel in the capital.", "ASSAULT"),
    ("It was the first protest since police dispersed a rally in the square.", "PROTEST"),
    ("The clash was the bloodiest since rebels ambushed a convoy near the border.", "ASSAULT"),
    ("It was the largest march since students occupied the university.", "COERCE"),
    ("It was the deadliest day since the bombing of the embassy.", "ASSAULT"),
    ("The raid was the biggest since soldiers attacked the camp in the hills.", "ASSAULT"),
    ("It was the worst violence since the massacre at the market.", "ASSAULT"),
    ("The strike was the longest since workers protested over wages.", "PROTEST"),
    ("It was the most serious attack since gunmen killed four guards at the mine.", "ASSAULT"),
]
COMPARED_NEIGHBOURS = [
    ("Police have guarded the mosque since gunmen attacked it on Tuesday.", "ASSAULT"),
    ("Since police arrested the leader on Monday, the group has been quiet.", "COERCE"),
    ("It was the deadliest attack in the port this year, officials said.", "ASSAULT"),
    ("Gunmen stormed a hotel in the capital on Tuesday.", "ASSAULT"),
    ("Police dispersed a rally in the square on Wednesday.", "PROTEST"),
    ("The truck bomb killed 30 people in the port on Tuesday.", "ASSAULT"),
    ("Rebels ambushed a convoy near the border on Monday, the worst clash this month.",
     "ASSAULT"),
    ("Students occupied the university on Tuesday, the largest protest this year.", "PROTEST"),
    ("The bombing of the embassy on Wednesday killed five guards.", "ASSAULT"),
    ("Soldiers attacked the camp in the hills on Tuesday, killing eight.", "ASSAULT"),
]
COUNTED_BEFORE = [
    ("She had been arrested twice before.", "COERCE"),
    ("He had been jailed three times before for robbery.", "COERCE"),
    ("The guard had been attacked several times before.", "ASSAULT"),
    ("The editor had been detained twice before for his reporting.", "COERCE"),
    ("The shop had been attacked three times before.", "ASSAULT"),
    ("The activist has been arrested four times before.", "COERCE"),
    ("The village had been shelled twice before.", "ASSAULT"),
    ("The man had been convicted of assault twice before.", "SANCTION"),
    ("The lawyer had been threatened many times before.", "THREATEN"),
    ("The singer had been kidnapped once before.", "ASSAULT"),
]
COUNTED_NEIGHBOURS = [
    ("He had been shot twice in the chest.", "ASSAULT"),
    ("The man had been shot minutes before.", "ASSAULT"),
    ("He had been stabbed before police arrived.", "ASSAULT"),
    ("Police said the suspect had been arrested before dawn on Tuesday.", "COERCE"),
    ("The guard was stabbed three times in the back.", "ASSAULT"),
    ("The shop was attacked on Tuesday.", "ASSAULT"),
    ("Troops shelled the village twice on Wednesday.", "ASSAULT"),
    ("The editor was detained on Tuesday for his reporting.", "COERCE"),
    ("Police said they had arrested two suspects on Tuesday.", "COERCE"),
    ("Gunmen had stormed the village before troops arrived on Wednesday.", "ASSAULT"),
]


def _events(text: str, plover: str) -> list[sitrep.records.Event]:
    result = sitrep.process_text(LEAD + text, published=PUBLISHED)
    return [e for e in result.events if e.plover_type == plover and e.trigger.start >= len(LEAD)]


CUES = re.compile(r"\b(recalled|reminiscent|echoes|memories|mirrored|resembled|echoed|similar|"
                  r"reminded|akin|reminder|parallels|since)\b")


@pytest.mark.parametrize("text,plover", LIKENED + COMPARED)
def test_an_act_likened_or_compared_to_is_background(pipeline, text: str, plover: str) -> None:
    """The acts after the word of likeness or "since" are background; the story's act before
    it (the subject) stays current."""
    cue = CUES.search(text)
    assert cue is not None
    events = _events(text, plover)
    after = [e for e in events if e.trigger.start >= len(LEAD) + cue.start()]
    before = [e for e in events if e.trigger.start < len(LEAD) + cue.start()]
    assert after and all("historical" in e.modes for e in after)
    assert all("historical" not in e.modes for e in before)


@pytest.mark.parametrize("text,plover", COMMEMORATED + COUNTED_BEFORE)
def test_a_commemorated_or_earlier_act_is_background(pipeline, text: str, plover: str) -> None:
    events = _events(text, plover)
    assert events and all("historical" in e.modes for e in events)


@pytest.mark.parametrize("text,plover", LIKENED_NEIGHBOURS + COMMEMORATED_NEIGHBOURS
                         + COMPARED_NEIGHBOURS + COUNTED_NEIGHBOURS)
def test_acts_of_the_story_stay_current(pipeline, text: str, plover: str) -> None:
    events = _events(text, plover)
    assert events and all("historical" not in e.modes for e in events)


# the story's act in the subject keeps its current mode, and no year of the act it is likened
# or compared to
SUBJECT_CURRENT = [
    ("The shooting recalled the 2018 attack on a school in Florida.", "ASSAULT"),
    ("The raid was reminiscent of the 2015 bombing of a hotel.", "ASSAULT"),
    ("The ambush echoed the 2009 attack on a convoy in the pass.", "ASSAULT"),
    ("The attack evoked the 1993 assault on the parliament.", "ASSAULT"),
    ("The killing mirrored the 2012 murder of a judge.", "ASSAULT"),
    ("The march resembled the 1989 protests in the square.", "PROTEST"),
    ("The blast recalled the 2004 bombing of the railway station.", "ASSAULT"),
    ("The massacre was similar to the 1995 killings in the valley.", "ASSAULT"),
    ("The riot echoed the 1992 riots in the city.", "PROTEST"),
    ("The kidnapping recalled the 2014 abduction of schoolgirls.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover", SUBJECT_CURRENT)
def test_the_current_act_keeps_no_year_of_the_act_it_recalls(pipeline, text: str,
                                                            plover: str) -> None:
    events = sorted(_events(text, plover), key=lambda e: e.trigger.start)
    first = events[0]
    assert first.trigger.start == len(LEAD) + text.index(" ") + 1
    assert "historical" not in first.modes
    assert first.when is None or first.when.value == "2021-12-09"


# a clause relative to a year ("in 1948 when troops attacked it") is of that year; a year that
# opens a period ("the deadliest attack since 2015") dates no act of the story
WHEN_OF_A_YEAR = [
    ("The family fled the village in 1948 when troops attacked it.", "ASSAULT", "1948"),
    ("The town was empty in 1982 when rebels shelled it.", "ASSAULT", "1982"),
    ("He was a boy in 1994 when soldiers killed his father.", "ASSAULT", "1994"),
    ("The mine closed in 2003 when workers went on strike.", "PROTEST", "2003"),
    ("She moved to the city in 1999 when police arrested her brother.", "COERCE", "1999"),
    ("The market burned in 2011 when rioters looted it.", "ASSAULT", "2011"),
    ("The bridge fell in 1993 when artillery shelled the town.", "ASSAULT", "1993"),
    ("The port closed in 2008 when rebels attacked it.", "ASSAULT", "2008"),
    ("The embassy shut in 1979 when students stormed it.", "ASSAULT", "1979"),
    ("The village emptied in 1971 when troops massacred dozens.", "ASSAULT", "1971"),
]
WHEN_OF_A_DAY = [
    ("The shop was open on Tuesday when gunmen attacked it.", "ASSAULT", "2021-12-07"),
    ("The town was quiet on Monday when rebels shelled it.", "ASSAULT", "2021-12-06"),
    ("Residents were asleep on Wednesday when soldiers raided the camp.", "ASSAULT",
     "2021-12-08"),
]


@pytest.mark.parametrize("text,plover,value", WHEN_OF_A_YEAR + WHEN_OF_A_DAY)
def test_a_clause_of_a_date_takes_its_date(pipeline, text: str, plover: str,
                                           value: str) -> None:
    events = _events(text, plover)
    assert events and all(e.when is not None and e.when.value == value for e in events)
    assert all(("historical" in e.modes) == (len(value) == 4) for e in events)


SINCE_A_YEAR = [
    ("It was the deadliest attack in the country since 2015.", "ASSAULT"),
    ("The bombing was the worst in the city since 2009.", "ASSAULT"),
    ("It was the largest protest in the capital since 1989.", "PROTEST"),
    ("The raid was the biggest in the region since 2012.", "ASSAULT"),
    ("It was the first strike at the plant since 1998.", "PROTEST"),
    ("The clashes were the fiercest since 2014.", "ASSAULT"),
    ("It was the bloodiest ambush on the road since 2016.", "ASSAULT"),
    ("The kidnapping was the first in the town since 2010.", "ASSAULT"),
    ("The shelling was the heaviest since 2017.", "ASSAULT"),
    ("It was the worst riot in the city since 1992.", "PROTEST"),
]
YEAR_OF_THE_ACT = [
    ("Rebels attacked the town in 2015.", "ASSAULT"),
    ("Police arrested the mayor in 2009.", "COERCE"),
    ("The 2012 raid on the camp killed six.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover", SINCE_A_YEAR)
def test_a_year_that_opens_a_period_dates_no_act(pipeline, text: str, plover: str) -> None:
    events = _events(text, plover)
    assert events and all("historical" not in e.modes for e in events)
    assert all(e.when is None or e.when.value == "2021-12-09" for e in events)


@pytest.mark.parametrize("text,plover", YEAR_OF_THE_ACT)
def test_a_year_of_the_act_dates_it(pipeline, text: str, plover: str) -> None:
    events = _events(text, plover)
    assert events and all("historical" in e.modes and e.when is not None
                          and len(e.when.value or "") == 4 for e in events)


# a span of years or months counted back from the story's act, on the mark or on the clause
# that governs it ("comes a year after a gunman killed ten", "comes months after rebels
# stormed a prison"); hours, days or a day after stay the story's own
SPANNED_BACK = [
    ("The shooting comes a year after a gunman killed ten people at a supermarket.", "ASSAULT"),
    ("The attack comes months after rebels stormed a prison in the north.", "ASSAULT"),
    ("The raid came two years after soldiers attacked the same camp.", "ASSAULT"),
    ("The protest comes a decade after police shot three students.", "ASSAULT"),
    ("The trial came years after the gang attacked the bank.", "ASSAULT"),
    ("The strike comes a year after workers protested over pay.", "PROTEST"),
    ("The bombing came months after militants attacked the base.", "ASSAULT"),
    ("The election came a year after troops shelled the capital.", "ASSAULT"),
    ("The ambush comes a decade after rebels killed 20 soldiers on the road.", "ASSAULT"),
    ("The verdict comes years after police arrested the editor.", "COERCE"),
]
SPANNED_SHORT = [
    ("The arrest came hours after gunmen attacked the bank.", "ASSAULT"),
    ("The shooting came days after a man stabbed a guard.", "ASSAULT"),
    ("The raid came a day after rebels attacked the camp.", "ASSAULT"),
    ("The protest came minutes after police shot a student.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover", SPANNED_BACK)
def test_an_act_a_long_span_is_counted_from_is_background(pipeline, text: str,
                                                          plover: str) -> None:
    after = [e for e in _events(text, plover)
             if e.trigger.start > len(LEAD) + text.index(" after ")]
    assert after and all("historical" in e.modes for e in after)


@pytest.mark.parametrize("text,plover", SPANNED_SHORT)
def test_an_act_a_short_span_is_counted_from_stays_current(pipeline, text: str,
                                                           plover: str) -> None:
    events = _events(text, plover)
    assert events and all("historical" not in e.modes for e in events)


# a participle of imitation: what the act was inspired by, modelled on or patterned after
MODELLED = [
    ("The gunman was inspired by the mosque shootings in New Zealand.", "ASSAULT"),
    ("The attack was modelled on the bombings of the embassies.", "ASSAULT"),
    ("The raid was patterned after the assault on the compound.", "ASSAULT"),
    ("The killer said he was inspired by the massacre at the school.", "ASSAULT"),
    ("The attack was modeled on the bombing of the airliners.", "ASSAULT"),
    ("The protest was inspired by the demonstrations in the capital.", "PROTEST"),
    ("The bombing was inspired by the attacks on the trains.", "ASSAULT"),
    ("The riots were inspired by the protests in the south.", "PROTEST"),
    ("The ambush was modelled on the attack on the convoy.", "ASSAULT"),
    ("The stabbing was inspired by the murder of the teacher.", "ASSAULT"),
]
NOT_MODELLED = [
    ("The shooting inspired protests across the city.", "PROTEST"),
    ("The gunman was arrested by police on Tuesday.", "COERCE"),
    ("The attack was carried out by gunmen on Tuesday.", "ASSAULT"),
    ("The protest was organised by students after the shooting on Tuesday.", "PROTEST"),
    ("The raid was ordered by the army on Tuesday.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover", MODELLED)
def test_what_an_act_imitates_is_background(pipeline, text: str, plover: str) -> None:
    cue = re.search(r"\b(inspired|modell?ed|patterned)\b", text)
    assert cue is not None
    events = _events(text, plover)
    after = [e for e in events if e.trigger.start >= len(LEAD) + cue.start()]
    assert after and all("historical" in e.modes for e in after)
    assert all("historical" not in e.modes for e in events if e not in after)


@pytest.mark.parametrize("text,plover", NOT_MODELLED)
def test_acts_of_the_story_done_by_someone_stay_current(pipeline, text: str,
                                                        plover: str) -> None:
    events = _events(text, plover)
    assert events and all("historical" not in e.modes for e in events)
    assert all(e.when is not None and e.when.value in {"2021-12-07", "2021-12-09"}
               for e in events)


def test_a_day_after_another_act_is_still_lent(pipeline) -> None:
    """The day of the act a clause follows stays near enough to lend ("organised by students
    after the shooting on Tuesday": Tuesday)."""
    events = _events("The protest was organised by students after the shooting on Tuesday.",
                     "PROTEST")
    assert [e.when.value if e.when else None for e in events] == ["2021-12-07"]
