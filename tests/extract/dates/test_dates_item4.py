"""Made-up probes for issue 19 item 4 (session 30), each class with neighbours that must keep
their reading. Every sentence was written for these tests; the article is published on Sunday
2021-10-17 unless a probe says otherwise.

Classes: a bare month or weekday anchored by its clause's tense and the story's time; durations
without a number and sets; references to the story's time; ranges; the time of day kept; no
duration inside a modifier (an age, a pace); dates written with dots ("09.03.2018")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

SUNDAY = dt.date(2021, 10, 17)


def _found(text: str, anchor: dt.date | None = SUNDAY) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, anchor)}


def _value(text: str, expr: str, anchor: dt.date | None = SUNDAY) -> str | None:
    found = _found(text, anchor)
    assert expr in found, (expr, found)
    return found[expr][1]


ANCHORED = [
    ("In January, gunmen stormed a village school.", "January", "2021-01"),
    ("In November the council will vote on the budget.", "November", "2021-11"),
    ("On Monday, protesters blocked the highway.", "Monday", "2021-10-11"),
    ("On Monday, the minister will present the plan.", "Monday", "2021-10-18"),
    ("Troops withdrew from the valley in March.", "March", "2021-03"),
    ("The ceasefire collapsed in December.", "December", "2020-12"),
    ("The trial opens in December.", "December", "2021-12"),
    ("Rebels seized the airport on Tuesday.", "Tuesday", "2021-10-12"),
    ("The union plans to strike on Tuesday.", "Tuesday", "2021-10-19"),
    ("The governor signed the decree on Saturday.", "Saturday", "2021-10-16"),
    ("In September, a landslide buried twelve homes.", "September", "2021-09"),
    ("By February the reservoir had dried up.", "February", "2021-02"),
    ("The embassy reopened in July after the attack.", "July", "2021-07"),
    ("The next round of talks will take place in January.", "January", "2022-01"),
    ("Police had arrested the suspect on Friday.", "Friday", "2021-10-15"),
    ("A second march is planned for Saturday.", "Saturday", "2021-10-23"),
    ("The ministers met in August to discuss the dam.", "August", "2021-08"),
    ("The president will travel to Kenya in February.", "February", "2022-02"),
    ("Militants ambushed a convoy on Thursday, killing four soldiers.", "Thursday",
     "2021-10-14"),
    ("In December a court jailed the mayor for fraud.", "December", "2020-12"),
    ("The refinery will be sold in November.", "November", "2021-11"),
    ("On Wednesday, a mob burned two shops.", "Wednesday", "2021-10-13"),
    ("The envoy is due to arrive on Wednesday.", "Wednesday", "2021-10-20"),
    ("Last spring's floods were forgotten by May, when the dam failed.", "May", "2021-05"),
]


@pytest.mark.parametrize(("text", "expr", "value"), ANCHORED)
def test_bare_month_or_weekday_takes_its_clause_tense(text, expr, value):
    assert _value(text, expr) == value


STORY_TIME = [
    # a month in a past clause of a story set before it is the one before the story's day
    ("A bomb exploded at a market on Sept. 2, 2021. In January, the same group had attacked "
     "a bus.", "January", "2021-01"),
    ("On Aug. 14, 2019, soldiers crossed the border. In October they pulled back.",
     "October", "2019-10"),
    ("In 2019, protests erupted. In October, troops fired on them.", "October", "2019-10"),
    ("The siege began in May 2018. By August, the town had run out of food.", "August",
     "2018-08"),
    ("Fighting broke out on Dec. 20, 2019. In January the rebels took the port.", "January",
     "2020-01"),
]


STORY_NEIGHBOURS = [
    # the story came back to the publication's days, or the clause is future
    ("The group was founded in 2009. Yesterday it attacked a base. In March, it had raided "
     "a town.", "March", "2021-03"),
    ("The mine closed in 2018. The company will reopen it in March.", "March", "2022-03"),
    ("The mine closed in 2018. Last week its owner was arrested. In August, he had fled.",
     "August", "2021-08"),
    ("In January, a car bomb killed five people.", "January", "2021-01"),
]


@pytest.mark.parametrize(("text", "expr", "value"), STORY_NEIGHBOURS)
def test_bare_month_keeps_the_publication_when_the_story_returns(text, expr, value):
    assert _value(text, expr) == value


@pytest.mark.parametrize(("text", "expr", "value"), STORY_TIME)
def test_bare_month_or_weekday_follows_the_story_time(text, expr, value):
    assert _value(text, expr) == value


FRONTED = [
    # a month or weekday that opens the sentence, with a phrase set in before the main verb
    ("In November, a week after the elections, gunmen killed a judge.", "November", "2020-11"),
    ("In December, two days before the holiday, a fire destroyed the market.", "December",
     "2020-12"),
    ("In November, according to the police report, three officers were wounded.", "November",
     "2020-11"),
    ("On Tuesday, a day after the vote, protesters will march to the palace.", "Tuesday",
     "2021-10-19"),
    ("On Monday, two days after the ceasefire began, the army will withdraw.", "Monday",
     "2021-10-18"),
    ("In December, as the talks stalled, the rebels seized the port.", "December", "2020-12"),
    ("On Friday, after a night of rain, the river will burst its banks.", "Friday",
     "2021-10-22"),
    ("In November, shortly before the vote, soldiers surrounded parliament.", "November",
     "2020-11"),
    ("On Wednesday, hours after the blast, the president will address the nation.",
     "Wednesday", "2021-10-20"),
    ("In December, in a village near the border, a landmine killed two children.", "December",
     "2020-12"),
    ("In November, in the last round of talks, the parties agreed on a truce.", "November",
     "2020-11"),
    ("On Thursday, with the city under curfew, the army will patrol the streets.", "Thursday",
     "2021-10-21"),
    ("On Monday, in a speech to parliament, the minister will present the budget.", "Monday",
     "2021-10-18"),
    # neighbours that keep their reading
    ("In November, after months of delay, the court will hear the case.", "November",
     "2021-11"),
    ("In December, the company that owns the mine will close it.", "December", "2021-12"),
    ("On Saturday, despite heavy rain, thousands marched in the capital.", "Saturday",
     "2021-10-16"),
    ("In December, during the holiday season, shops will stay open late.", "December",
     "2021-12"),
    ("In September, a month after the floods, the government rebuilt the bridge.",
     "September", "2021-09"),
    ("On Friday, when the envoy had planned a visit, the ministry lifted a travel warning.",
     "Friday", "2021-10-15"),
    ("On Thursday, two hours after the market opened, a bomb went off.", "Thursday",
     "2021-10-14"),
    ("On Oct. 20, the club is co-hosting a forum at the hall (7:30 p.m.) The league organized "
     "its own.", "Oct. 20", "2021-10-20"),
    ("On Thursday, the governor said she would veto the bill.", "Thursday", "2021-10-14"),
    ("On Friday, Gen. Ali Musa said the army would withdraw.", "Friday", "2021-10-15"),
]


@pytest.mark.parametrize(("text", "expr", "value"), FRONTED)
def test_a_fronted_month_or_weekday_takes_the_main_clause_tense(text, expr, value):
    assert _value(text, expr) == value


THURSDAY = dt.date(2021, 10, 21)
LATER_ON_THE_DAY = [
    # "later Tuesday": later on that day, a day of the report (published on a Thursday)
    ("Officials said the bodies were flown home later Tuesday.", "Tuesday", "2021-10-19"),
    ("The two men surrendered to police later Monday afternoon.", "Monday afternoon",
     "2021-10-18TAF"),
    ("Rescuers reached the village later Wednesday.", "Wednesday", "2021-10-20"),
    ("The minister announced later Tuesday that the border would reopen.", "Tuesday",
     "2021-10-19"),
    ("A second convoy arrived later Monday night.", "Monday night", "2021-10-18TNI"),
    ("He was released on bail later Wednesday.", "Wednesday", "2021-10-20"),
    ("The lawyer anticipated his client giving himself up later Tuesday.", "Tuesday",
     "2021-10-19"),
    # neighbours
    ("The council will vote later Tuesday.", "Tuesday", "2021-10-26"),
    ("Talks are due to resume later Friday.", "Friday", "2021-10-22"),
    ("The envoy arrived on Tuesday.", "Tuesday", "2021-10-19"),
]


@pytest.mark.parametrize(("text", "expr", "value"), LATER_ON_THE_DAY)
def test_later_on_a_weekday_has_no_tense_of_its_own(text, expr, value):
    assert _value(text, expr, THURSDAY) == value


AFTER_THE_FACT = [
    # "two weeks later": a story told after the fact, not a coming day
    ("On Monday, two weeks later, the court freed him.", "Monday", "2021-10-11"),
    ("On Tuesday, days later, police found the car.", "Tuesday", "2021-10-12"),
    ("On Friday, a month later, the army withdrew.", "Friday", "2021-10-15"),
    ("On Wednesday, three days later, a second bomb exploded.", "Wednesday", "2021-10-13"),
    ("On Thursday, hours later, the rebels released the hostages.", "Thursday", "2021-10-14"),
    ("On Saturday, six weeks later, the mayor resigned.", "Saturday", "2021-10-16"),
    ("On Monday, about three months later, a grand jury indicted the driver.", "Monday",
     "2021-10-11"),
    # neighbours
    ("On Friday, the envoy will return.", "Friday", "2021-10-22"),
    ("The court will rule on Monday, a week later than expected.", "Monday", "2021-10-18"),
    ("On Tuesday, the ministers will meet again.", "Tuesday", "2021-10-19"),
]


@pytest.mark.parametrize(("text", "expr", "value"), AFTER_THE_FACT)
def test_a_span_later_tells_the_past(text, expr, value):
    assert _value(text, expr) == value


CLOCK_ON_THE_STORY_DAY = [
    # a clock time on no day of its own is on the day its paragraph last named
    ("Police were called to the flat on Friday morning. Shortly after 7 a.m., a neighbour "
     "heard shots.", "7 a.m.", "2021-10-15T07:00"),
    ("The protest began on Saturday. By 4 p.m., the square was full.", "4 p.m.",
     "2021-10-16T16:00"),
    ("Troops entered the town on Oct. 12. At 9:30 a.m., the first shots were fired.",
     "9:30 a.m.", "2021-10-12T09:30"),
    ("The ferry left the port on Wednesday. Around 11 p.m., it sent a distress call.",
     "11 p.m.", "2021-10-13T23:00"),
    ("A fire broke out at the depot yesterday. At noon, crews were still fighting it.",
     "noon", "2021-10-16T12:00"),
    ("Gunmen stormed the hotel on Thursday night. At 2 a.m. the siege was still going on.",
     "2 a.m.", "2021-10-14T02:00"),
    ("Voting opened on Monday. At 6 p.m., turnout stood at 40 percent.", "6 p.m.",
     "2021-10-11T18:00"),
    ("The strike began on Tuesday. At 8 a.m., buses stopped running.", "8 a.m.",
     "2021-10-12T08:00"),
    ("The storm hit the coast on Oct. 9. Shortly before midnight, the levee broke.",
     "midnight", "2021-10-09T24:00"),
    ("Police arrived on Friday. Just after 5 p.m., they arrested two men.", "5 p.m.",
     "2021-10-15T17:00"),
    # neighbours: no day named before, or a new paragraph since
    ("At 7 a.m., a neighbour heard shots.", "7 a.m.", "2021-10-17T07:00"),
    ("Police were called on Friday.\n\nAt 3 p.m. the mayor will speak.", "3 p.m.",
     "2021-10-17T15:00"),
    ("The blast hit on Tuesday at 3 p.m.", "3 p.m.", "2021-10-12T15:00"),
    ("The ban, in effect since Oct. 11, was lifted as of 9:45 a.m.", "9:45 a.m.",
     "2021-10-17T09:45"),
    ("Talks will run until Oct. 29. At 10 a.m. the envoy arrived.", "10 a.m.",
     "2021-10-17T10:00"),
]


@pytest.mark.parametrize(("text", "expr", "value"), CLOCK_ON_THE_STORY_DAY)
def test_a_clock_time_is_on_the_story_day(text, expr, value):
    assert _value(text, expr) == value


NO_PUBLICATION_DATE = [
    # no publication date: a month (and day) without a year takes the year the text wrote out
    ("Homicides rose in June 2013.\n\nOfficials met on June 29.", "June 29", "2013-06-29"),
    ("Rebels attacked the town on March 3, 2018. In April they withdrew.", "April",
     "2018-04"),
    ("The trial opened on Sept. 2, 2015. On Sept. 20 the judge fell ill.", "Sept. 20",
     "2015-09-20"),
    ("The floods of August 2017 killed dozens. On Sept. 4, the dam gave way.", "Sept. 4",
     "2017-09-04"),
    ("Talks began on Dec. 28, 2019. On Jan. 3 the parties signed a truce.", "Jan. 3",
     "2020-01-03"),
    ("Protests erupted in May 2011. By July, the army had taken over.", "July", "2011-07"),
    ("The mayor was elected in November 2016. On 12 December he was arrested.",
     "12 December", "2016-12-12"),
    ("On 4 July 2019 the port was closed. On 9 July it reopened.", "9 July", "2019-07-09"),
    ("The ceasefire of Feb. 1, 2020 did not last. In March, fighting resumed.", "March",
     "2020-03"),
    ("The census of April 2010 was delayed. In October, the results came out.", "October",
     "2010-10"),
    ("The siege began on March 1, 2016. On Friday, March 4, the town fell.", "Friday, March 4",
     "2016-03-04"),
]


@pytest.mark.parametrize(("text", "expr", "value"), NO_PUBLICATION_DATE)
def test_without_a_publication_date_a_month_takes_the_story_year(text, expr, value):
    assert _value(text, expr, None) == value


NO_PUBLICATION_NEIGHBOURS = [
    # no year written out (or only a year alone, or a weekday): still unresolved
    ("Officials met on June 29.", "June 29"),
    ("Murders rose in 2014. On January 10, eight people were killed.", "January 10"),
    ("The trial opened on Sept. 2, 2015. On Tuesday the judge fell ill.", "Tuesday"),
    # a weekday that does not fall on that date in the story's year
    ("The siege began on March 1, 2016. On Monday, March 4, the town fell.", "Monday, March 4"),
]


@pytest.mark.parametrize(("text", "expr"), NO_PUBLICATION_NEIGHBOURS)
def test_without_a_publication_date_and_a_story_year_nothing_is_guessed(text, expr):
    assert _value(text, expr, None) is None


DURATIONS_AND_SETS = [
    ("The siege lasted weeks.", "weeks", "DURATION", "PXW"),
    ("Residents waited for hours in the rain.", "hours", "DURATION", "PTXH"),
    ("The shelling went on for minutes.", "minutes", "DURATION", "PTXM"),
    ("It took months to clear the rubble.", "months", "DURATION", "PXM"),
    ("Fighting has raged for years in the hills.", "years", "DURATION", "PXY"),
    ("The talks dragged on for days.", "days", "DURATION", "PXD"),
    ("He spent decades in exile.", "decades", "DURATION", "PXDE"),
    ("Within hours, the rebels had taken the bridge.", "hours", "DURATION", "PTXH"),
    ("Every winter the mountain roads are closed.", "Every winter", "SET", "XXXX-WI"),
    ("Each morning the guards count the prisoners.", "Each morning", "SET", "XXXX-XX-XXTMO"),
    ("The market is held every Friday.", "every Friday", "SET", "XXXX-WXX-5"),
    ("Patrols pass the camp every night.", "every night", "SET", "XXXX-XX-XXTNI"),
    ("The committee meets each month.", "each month", "SET", "P1M"),
    ("Every summer, fires sweep the hills.", "Every summer", "SET", "XXXX-SU"),
    ("Elections are held every four years.", "every four years", "SET", "P4Y"),
    ("The convoy leaves every other week.", "every other week", "SET", "P2W"),
    ("The militia raids the villages on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
    ("The ministry publishes the figures weekly.", "weekly", "SET", "P1W"),
    ("Each spring the river floods the valley.", "Each spring", "SET", "XXXX-SP"),
    ("Every evening the imam calls for calm.", "Every evening", "SET", "XXXX-XX-XXTEV"),
    ("Guards are changed every hour.", "every hour", "SET", "PT1H"),
    ("The festival returns each July.", "each July", "SET", "XXXX-07"),
]


@pytest.mark.parametrize(("text", "expr", "typ", "value"), DURATIONS_AND_SETS)
def test_durations_without_a_number_and_sets(text, expr, typ, value):
    assert _found(text).get(expr) == (typ, value), _found(text)


REFERENCES = [
    ("Gunmen attacked a bus on Oct. 9. The night before, they had cut the phone lines.",
     "The night before", "2021-10-08TNI"),
    ("Gunmen attacked a bus on Oct. 9. The previous day, two guards had quit.",
     "The previous day", "2021-10-08"),
    ("Gunmen attacked a bus on Oct. 9. The next day, the army closed the road.",
     "The next day", "2021-10-10"),
    ("Gunmen attacked a bus on Oct. 9. The following morning, troops arrived.",
     "The following morning", "2021-10-10TMO"),
    ("Gunmen attacked a bus on Oct. 9. That evening, the minister resigned.",
     "That evening", "2021-10-09TEV"),
    ("Gunmen attacked a bus on Oct. 9. The day after, schools were closed.",
     "The day after", "2021-10-10"),
    ("Gunmen attacked a bus on Oct. 9. The same day, a bomb went off in the capital.",
     "The same day", "2021-10-09"),
    ("Gunmen attacked a bus on Oct. 9. The week before, police had warned of a raid.",
     "The week before", "2021-W39"),
    ("The mayor was away at the time.", "the time", "PAST_REF"),
    ("Troops fired on the crowd on Oct. 12. At that time, no curfew was in force.",
     "that time", "PAST_REF"),
    ("A mine exploded on Oct. 6. The following Tuesday, engineers cleared the road.",
     "The following Tuesday", "2021-10-12"),
    ("A mine exploded on Oct. 14. The previous Friday, engineers had searched the road.",
     "The previous Friday", "2021-10-08"),
    ("Rioters burned a car on Oct. 2. Later that day, police made six arrests.",
     "Later that day", "2021-10-02"),
    ("The dam broke on Sept. 28. The following week, aid began to arrive.",
     "The following week", "2021-W40"),
    ("The dam broke on Sept. 28. That night, villagers slept on the hills.",
     "That night", "2021-09-28TNI"),
    ("The border closed on Oct. 1. The next morning, trucks queued for miles.",
     "The next morning", "2021-10-02TMO"),
    ("A strike began on Oct. 11. The day before, talks had failed.",
     "The day before", "2021-10-10"),
    ("Shots were fired on Oct. 13. The previous evening, a man had been threatened.",
     "The previous evening", "2021-10-12TEV"),
    ("Rioters burned a car on Oct. 2. Earlier that day, police had fired tear gas.",
     "Earlier that day", "2021-10-02"),
    ("The bridge was bombed in June 2020. The following month, it was repaired.",
     "The following month", "2020-07"),
]


@pytest.mark.parametrize(("text", "expr", "value"), REFERENCES)
def test_references_to_the_story_time(text, expr, value):
    assert _value(text, expr) == value


RANGES = [
    ("He coached the team in the 1961-62 season.", "1961-62", "1961"),
    ("The 2019-2020 school year was cut short.", "2019-2020", "2019"),
    ("The 2014-15 budget was never passed.", "2014-15", "2014"),
    ("Repairs take between 6 and 9 months.", "9 months", "P9M"),
    ("Repairs take between 6 and 9 months.", "6", "P6M"),
    ("The wait is between two and three weeks.", "three weeks", "P3W"),
    ("The wait is between two and three weeks.", "two", "P2W"),
    ("Prisoners serve 3 to 5 years.", "5 years", "P5Y"),
    ("Prisoners serve 3 to 5 years.", "3", "P3Y"),
    ("Each crossing took 10 to 15 minutes.", "15 minutes", "PT15M"),
    ("Each crossing took 10 to 15 minutes.", "10", "PT10M"),
    ("The camp was open from 2003 to 2005.", "2003", "2003"),
    ("The camp was open from 2003 to 2005.", "2005", "2005"),
    ("Rain fell from Monday to Wednesday.", "Monday", "2021-10-11"),
    ("Rain fell from Monday to Wednesday.", "Wednesday", "2021-10-13"),
    # the hours of a curfew are no one day's (TimeML writers' convention; session 40)
    ("The curfew runs from 9 p.m. to 5 a.m.", "9 p.m.", "XXXX-XX-XXT21:00"),
    ("Talks were held between March and May.", "March", "2021-03"),
    ("Talks were held between March and May.", "May", "2021-05"),
    ("The war of 1998-2000 killed thousands.", "1998-2000", "1998"),
    ("The drought lasted four to six weeks.", "six weeks", "P6W"),
]


@pytest.mark.parametrize(("text", "expr", "value"), RANGES)
def test_ranges(text, expr, value):
    assert _value(text, expr) == value


def test_a_season_range_spans_both_years():
    t = next(t for t in find_timexes("the 1961-62 season", SUNDAY) if t.text == "1961-62")
    assert (t.range_start, t.range_end) == (dt.date(1961, 1, 1), dt.date(1962, 12, 31))


TIME_OF_DAY = [
    ("The depot was shelled on Tuesday night.", "Tuesday night", "2021-10-12TNI"),
    ("The depot was shelled at 3 p.m. on Friday.", "3 p.m. on Friday", "2021-10-15T15:00"),
    ("Crowds gathered late Saturday night.", "late Saturday night", "2021-10-16TNI"),
    ("The raid began early Thursday morning.", "early Thursday morning", "2021-10-14TMO"),
    ("Talks resumed Thursday afternoon.", "Thursday afternoon", "2021-10-14TAF"),
    ("Two rockets hit the base this morning.", "this morning", "2021-10-17TMO"),
    ("Looters broke into the bank last night.", "last night", "2021-10-16TNI"),
    ("The mayor spoke yesterday evening.", "yesterday evening", "2021-10-16TEV"),
    ("The blast came at 10:30 a.m. Monday.", "10:30 a.m. Monday", "2021-10-11T10:30"),
    ("Voting ends at 8 p.m. on Tuesday.", "8 p.m. on Tuesday", "2021-10-19T20:00"),
    ("The convoy will leave Monday morning.", "Monday morning", "2021-10-18TMO"),
    ("Sirens sounded tonight across the city.", "tonight", "2021-10-17TNI"),
    ("The strike will start tomorrow morning.", "tomorrow morning", "2021-10-18TMO"),
    ("Soldiers left the barracks on Wednesday evening.", "Wednesday evening",
     "2021-10-13TEV"),
    ("Gunfire was heard at midnight on Friday.", "midnight on Friday", "2021-10-15T24:00"),
    ("The ferry sank Saturday afternoon.", "Saturday afternoon", "2021-10-16TAF"),
    ("The court meets at 9 a.m. Wednesday.", "9 a.m. Wednesday", "2021-10-20T09:00"),
    ("Shelling resumed on Friday at 6 p.m.", "6 p.m.", "2021-10-15T18:00"),
    ("A second blast hit the market at noon on Thursday.", "noon on Thursday",
     "2021-10-14T12:00"),
    ("Fire crews worked through Monday night.", "Monday night", "2021-10-11TNI"),
]


@pytest.mark.parametrize(("text", "expr", "value"), TIME_OF_DAY)
def test_the_time_of_day_is_kept(text, expr, value):
    assert _value(text, expr) == value


MODIFIERS_NOT_DURATIONS = [
    ("She ran a ten-minute mile.", "ten-minute"),
    ("A two-year-old boy was pulled from the rubble.", "two-year"),
    ("A 15-year-old girl was shot in the leg.", "15-year"),
    ("The 72-year-old mayor resigned.", "72-year"),
    ("A four-month-old baby survived the blast.", "four-month"),
    ("He kept a seven-minute mile for the whole race.", "seven-minute"),
    ("A two-week-old calf was rescued from the flood.", "two-week"),
    ("Police found a six-year-old in the car.", "six-year"),
    ("Three 12-year-olds were detained.", "12-year"),
    ("A ninety-year-old woman was evacuated.", "ninety-year"),
    ("The 18-month-old girl was unhurt.", "18-month"),
    ("The runners kept a five-minute-per-mile pace.", "five-minute"),
    ("A 30-year-old man was charged with arson.", "30-year"),
    ("She ran a six-minute kilometer.", "six-minute"),
    ("A man, 45 years old, was stabbed.", "45 years"),
    ("The three-day-old puppies were saved.", "three-day"),
    ("An eight-year-old was among the dead.", "eight-year"),
    ("The 100-year-old bridge collapsed.", "100-year"),
    ("Rebels freed a 9-year-old hostage.", "9-year"),
    ("A one-year-old was hurt in the crash.", "one-year"),
]


@pytest.mark.parametrize(("text", "word"), MODIFIERS_NOT_DURATIONS)
def test_an_age_or_a_pace_is_no_duration(text, word):
    assert not any(t.type == "DURATION" and word in t.text for t in find_timexes(text, SUNDAY))


MODIFIER_NEIGHBOURS = [
    ("The two-hour meeting ended without a deal.", "two-hour", "PT2H"),
    ("He got a five-year sentence for fraud.", "five-year", "P5Y"),
    ("A ten-minute walk took them to the border.", "ten-minute", "PT10M"),
    ("The three-day strike closed the port.", "three-day", "P3D"),
    ("A 90-minute battle followed.", "90-minute", "PT90M"),
]


@pytest.mark.parametrize(("text", "expr", "value"), MODIFIER_NEIGHBOURS)
def test_a_length_that_modifies_an_act_stays_a_duration(text, expr, value):
    assert _value(text, expr) == value


DOTTED = [
    ("The meeting was convened on 09.03.2018 in Delhi.", "09.03.2018", "2018-03-09"),
    ("The order, dated 21.11.2019, was quashed.", "21.11.2019", "2019-11-21"),
    ("Polling was held on 5.4.2016 across the state.", "5.4.2016", "2016-04-05"),
    ("Protests began on 30.06.2020 outside the court.", "30.06.2020", "2020-06-30"),
    ("The notice of 1.12.2017 was withdrawn.", "1.12.2017", "2017-12-01"),
    ("The ruling of 15.08.2015 stands.", "15.08.2015", "2015-08-15"),
    ("The board met on 02.11.2017.", "02.11.2017", "2017-11-02"),
]


@pytest.mark.parametrize(("text", "expr", "value"), DOTTED)
def test_a_date_written_with_dots_is_day_month_year(text, expr, value):
    assert _value(text, expr, None) == value


DOTTED_NEIGHBOURS = [
    "Turnout rose from 12.5 to 14.2 percent.",
    "The score was 3.2.1 in the final.",
    "The server at 10.0.0.1 was blocked.",
    "He paid 1.250.000 pesos for the house.",
    "Release 2.4.1 fixed the bug.",
]


@pytest.mark.parametrize("text", DOTTED_NEIGHBOURS)
def test_numbers_with_dots_that_are_no_dates(text):
    assert not any(t.value and t.value[:4].isdigit() and len(t.value) == 10
                   for t in find_timexes(text, SUNDAY))
