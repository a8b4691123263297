"""Acts told in a relative clause of an earlier happening (``history.antecedents``), on
made-up sentences: "the 2019 shooting at a bar that killed four people" tells the killing of
that earlier shooting, background with it; the clause may hang on the happening's target ("the
bombing of a bus that killed 20"). Near neighbours: a relative clause with a time of its own,
told in a present, or of a noun the article tells as news, stays news."""

from __future__ import annotations

import pytest
from tests.samples import check_background

PUBLISHED = "2021-03-10"

# (sentence, trigger): 12 of these 13 were news before the change ("recalled the 2010 coup"
# was background already, by the verb of memory)
RECALLED_BY_CLAUSE = [
    (
        "Police are still hunting the men behind the 2015 bombing of a market that killed 40 "
        "shoppers.",
        "killed",
    ),
    (
        "A court on Tuesday heard evidence about the 2017 raid on a farm in which police shot two "
        "brothers.",
        "shot",
    ),
    ("He was convicted on Monday over the 2016 attack on a church that killed a priest.", "killed"),
    (
        "The families want answers about the 2011 riot that injured dozens of police officers.",
        "injured",
    ),
    (
        "The 2018 siege of the city, during which militias shelled hospitals, ended in a truce.",
        "shelled",
    ),
    (
        "The 2013 coup, in which soldiers detained the president, is the subject of a new book.",
        "detained",
    ),
    (
        "The man was extradited on Friday over the 2012 ambush of a convoy that wounded nine "
        "soldiers.",
        "wounded",
    ),
    ("The suspect fled after the 2019 shooting at a bar that killed four people.", "killed"),
    (
        "A court jailed the leader on Friday for the 2014 raid on a village in which militiamen "
        "burned forty homes.",
        "burned",
    ),
    ("The widow sued the state over the 2012 protest in which police shot her husband.", "shot"),
    ("The trial concerns the 2015 riot at the prison that injured eleven guards.", "injured"),
    (
        "Police on Tuesday reopened the inquiry into the 2011 attack on a mosque that wounded six "
        "worshippers.",
        "wounded",
    ),
    (
        "The party recalled the 2010 coup, in which officers arrested the prime minister.",
        "arrested",
    ),
]
# relative clauses with a time of their own, in a present, or of a noun told as news
NEWS = [
    (
        "The 2015 bombing, for which police arrested three men on Monday, killed 40 people.",
        "arrested",
    ),
    ("Police on Tuesday arrested a man who shot two farmers.", "shot"),
    ("Two days after the attack, police arrested three men.", "arrested"),
    ("The attack on a church that killed a priest on Sunday was condemned by the pope.", "killed"),
    (
        "The 2015 bombing, which is being investigated by the police, killed 40 people.",
        "investigated",
    ),
    ("Gunmen who killed a priest on Sunday were arrested on Monday.", "killed"),
    ("Residents of the village that soldiers shelled last year protested on Monday.", "protested"),
    (
        "The rebels who shot two soldiers in the 2015 ambush attacked a convoy on Monday.",
        "attacked",
    ),
]


@pytest.mark.parametrize(("text", "trigger"), RECALLED_BY_CLAUSE)
def test_relative_clause_of_earlier_happening_is_background(text: str, trigger: str) -> None:
    check_background(text, trigger, True, PUBLISHED)


@pytest.mark.parametrize(("text", "trigger"), NEWS)
def test_own_time_or_news_antecedent_stays_news(text: str, trigger: str) -> None:
    check_background(text, trigger, False, PUBLISHED)
