"""Background without a publication date (``dated``), on made-up articles: an act done on a
day written by its month ("on January 10", "in December"), where the headline and lead tell the
news by weekdays or relative days, is background; its near neighbours (a weekday, a future act,
a period opened by "since", a month of the reporting clause, a month by which the lead dates its
own story (not one of a relative clause of the lead), a date in the news period of a known
publication date) are not."""

from __future__ import annotations

import pytest

import sitrep

# (article, trigger of the act to check)
MONTH_DATED = [
    ("Gangs tighten grip on port. Police arrested two gang leaders in the port last week. "
     "Rebels attacked the town of Kidal in December, killing five soldiers.", "attacked"),
    ("Officers killed in border city. Gunmen shot three police officers on Sunday. "
     "On January 10, gunmen had shot two officers in the same district.", "shot two"),
    ("Minister resigns over scandal. The interior minister resigned on Tuesday. "
     "Protesters marched on the ministry in March to demand his resignation.", "marched"),
    ("Curfew imposed after riots. Authorities imposed a curfew in the city on Friday. "
     "Soldiers fired on demonstrators on 9 July, wounding twelve.", "fired"),
    ("Envoy visits the capital. The envoy arrived in the capital yesterday. "
     "The two presidents met in Nairobi in early February.", "met"),
    ("Journalist freed by kidnappers. A kidnapped reporter was freed on Monday. "
     "Gunmen had abducted him on Oct. 3 near the airport.", "abducted"),
    ("Fresh clashes in the north. Fighting resumed near the dam on Saturday. "
     "The army shelled the dam in August, killing four workers.", "shelled"),
    ("Police chief sacked. The police chief was dismissed this week. "
     "Officers raided the offices of a newspaper on September 14.", "raided"),
    ("Trial opens in the capital. The trial of six men opened on Wednesday. "
     "Police arrested the six in a raid in November.", "arrested"),
    ("Strike paralyses ports. Dockers walked out on Thursday. Dockers struck for three days "
     "in April over pay.", "struck"),
    ("Aid convoy reaches the city. A convoy reached the besieged city on Monday. "
     "Rebels had ambushed an earlier convoy on June 2.", "ambushed"),
]
NOT_MONTH_DATED = [
    # the news period told by a weekday
    ("Gangs tighten grip on port. Police arrested two gang leaders in the port last week. "
     "Rebels attacked the town of Kidal on Sunday, killing five soldiers.", "attacked"),
    # an act to come
    ("Officers killed in border city. Gunmen shot three police officers on Sunday. "
     "The two ministers will meet in the city on January 10.", "meet"),
    # a period opened by a month
    ("Minister resigns over scandal. The interior minister resigned on Tuesday. "
     "Police have detained the minister's aide since March.", "detained"),
    # the month of the reporting clause, not of the act
    ("Mining firms under scrutiny. Prosecutors froze the accounts of two firms this week. "
     "A newspaper reported on January 25 that investigations into the firms were underway.",
     "investigations"),
    # a month the lead names: the article's own story is told by months
    ("Homicides rise again. Homicides rose in May and June, police said. "
     "Officials met on June 29 to discuss the violence.", "met"),
    ("Dam workers killed. Aid workers reported looting across the north in December. "
     "The army shelled the dam in December, killing four workers.", "shelled"),
    # a present schedule, not an act done
    ("Envoy visits the capital. The envoy arrived in the capital yesterday. "
     "The two presidents meet in Nairobi on February 3.", "meet"),
    # a plan, not an act done
    ("Journalist freed by kidnappers. A kidnapped reporter was freed on Monday. "
     "Gunmen had planned to abduct him on Oct. 3 near the airport.", "abduct"),
    # a relative day
    ("Dam workers mourned. Fighting resumed near the dam on Saturday. "
     "The army shelled the dam last weekend, killing four workers.", "shelled"),
    ("Police chief sacked. The police chief was dismissed this week. "
     "Officers raided the offices of a newspaper on Friday.", "raided"),
    ("Port traffic slows. Dockers walked out on Thursday. Teachers will march on the "
     "ministry in April over pay.", "march"),
]

# the lead's month in a relative clause dates another happening (background), not the story;
# in the lead's own clause it dates the story (its neighbours)
LEAD_MONTH_OF_A_RELATIVE_CLAUSE = [
    ('Editor faces charges. Rell, the editor whose brother was killed in July, faces '
     "charges in Lisbon. Gunmen shot the editor's brother on 9 July outside a bar.", 'shot'),
    ('Businessman charged. Nowak, whose firm was raided in March, is facing fraud charges '
     'in Warsaw. Police raided the offices of the firm on March 3.', 'raided'),
    ('Mayor resigns. Pardo, the mayor who was arrested in May, resigned on Tuesday. Police '
     'arrested Pardo on May 12 at his home.', 'arrested'),
    ('Activist freed. Otieno, the activist who was detained in June, was freed on Monday. '
     'Soldiers detained Otieno on June 4 in Kisumu.', 'detained'),
    ('Officer returns. Sidibe, the officer who was wounded in April, returned to work this '
     "week. Gunmen attacked Sidibe's patrol on April 20.", 'attacked'),
    ('Minister speaks. Vos, whose house was searched in August, spoke to reporters on '
     'Friday. Officers searched the house on August 2.', 'searched the house'),
]
LEAD_MONTH_OF_THE_STORY = [
    ("Editor faces charges. Rell's brother was killed in July, the family said. Gunmen "
     "shot the editor's brother on 9 July outside a bar.", 'killed'),  # one event of both
    ("Businessman charged. The firm's offices were raided in March, prosecutors said. "
     'Police raided the offices of the firm on March 3.', 'raided'),
    ('Mayor resigns. Mayor Pardo was arrested in May, officials said. Police arrested '
     'Pardo on May 12 at his home.', 'arrested'),
    ('Activist freed. The activist Otieno was detained in June, his lawyer said. Soldiers '
     'detained Otieno on June 4 in Kisumu.', 'detained'),
    ('Officer returns. The officer Sidibe was wounded in April, police said. Gunmen '
     "attacked Sidibe's patrol on April 20.", 'wounded'),
    ("Minister speaks. Vos's house was searched in August, she said. Officers searched the "
     'house on August 2.', 'searched the house'),
]


def _modes(text: str, trigger: str, published: str | None = None) -> list[str]:
    events = sitrep.process_text(text, published=published).events
    found = [e for e in events if trigger in e.trigger.text or
             e.trigger.text in trigger.split()]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[-1].modes


@pytest.mark.parametrize("text,trigger", MONTH_DATED)
def test_without_a_publication_date_an_act_dated_by_its_month_is_background(
        pipeline, text: str, trigger: str) -> None:
    assert "historical" in _modes(text, trigger)


@pytest.mark.parametrize("text,trigger", NOT_MONTH_DATED)
def test_a_weekday_a_plan_a_period_or_the_leads_month_is_not_background(
        pipeline, text: str, trigger: str) -> None:
    assert "historical" not in _modes(text, trigger)


def test_with_a_publication_date_the_date_itself_decides(pipeline) -> None:
    text, trigger = MONTH_DATED[0]
    assert "historical" not in _modes(text, trigger, published="2021-12-20")
    assert "historical" in _modes(text, trigger, published="2022-03-01")


@pytest.mark.parametrize("text,trigger", LEAD_MONTH_OF_A_RELATIVE_CLAUSE)
def test_a_month_of_a_relative_clause_of_the_lead_is_not_the_news_period(
        pipeline, text: str, trigger: str) -> None:
    assert "historical" in _modes(text, trigger)


@pytest.mark.parametrize("text,trigger", LEAD_MONTH_OF_THE_STORY)
def test_a_month_by_which_the_lead_dates_its_story_is_the_news_period(
        pipeline, text: str, trigger: str) -> None:
    assert "historical" not in _modes(text, trigger)
