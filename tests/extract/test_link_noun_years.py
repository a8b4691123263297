"""Made-up probes (session 41): a year written before a noun that is not the act's own ("urged
both parties to return to the 2008 peace deal", "pulled out of the 2010 arms treaty in 2014")
is the time the noun's thing was made, signed or ruled, not the act's date: the act takes
another date of its sentence or none from that year. Neighbours: the act's own noun, the frame
it happened in ("killed 12 people in the 2014 attack"), the thing the act is done to ("signed
the 2015 accord") and a year of the act ("seized the town in 2014") keep their year.
Published Wednesday 2016-01-20."""

from __future__ import annotations

import pytest

from samples import trigger_days

NOT_THE_YEAR = [
    ("The mediators urged both parties to return to the 2008 peace deal.", "urged", "2008"),
    ("The envoy called on both sides to honour the 2013 truce.", "called", "2013"),
    ("The EU condemned the raids and urged the junta to restore the 2009 charter.", "urged",
     "2009"),
    ("The EU condemned the raids and urged the junta to restore the 2009 charter.",
     "condemned", "2009"),
    ("Kiev asked Moscow to abide by the 2015 Minsk agreement.", "asked", "2015"),
    ("Opposition leaders demanded that the government apply the 2014 constitution.",
     "demanded", "2014"),
    ("The rebels threatened to abandon the 2012 truce.", "threatened", "2012"),
    ("Protesters accused the president of breaching the 2007 term-limit law.", "accused",
     "2007"),
    ("The bishops appealed to the army to respect the 2011 ceasefire accord.", "appealed",
     "2011"),
    ("The council demanded the return of the 2010 constitution.", "demanded", "2010"),
]

MOVED = [
    ("Washington withdrew from the 2010 arms treaty in 2014.", "withdrew", "2014"),
    ("The militia pulled out of the 2011 power-sharing agreement in 2013.", "pulled", "2013"),
]

KEPT = [
    ("The government signed the 2015 accord with the rebels.", "signed", {"2015"}),
    ("Gunmen killed 12 people in the 2014 attack on the market.", "killed", {"2014"}),
    ("Rebels seized the town in 2014.", "seized", {"2014"}),
    ("Police arrested the man in 2013 for a robbery.", "arrested", {"2013"}),
    ("The United States withdrew from the treaty in 2014.", "withdrew", {"2014"}),
]


@pytest.mark.parametrize(("text", "trigger", "year"), NOT_THE_YEAR,
                         ids=[f"{t[:40]}-{w}" for t, w, _ in NOT_THE_YEAR])
def test_a_year_of_another_noun_is_not_the_acts(pipeline, text, trigger, year):
    assert year not in trigger_days(pipeline, text, trigger)


@pytest.mark.parametrize(("text", "trigger", "year"), MOVED,
                         ids=[f"{t[:40]}-{w}" for t, w, _ in MOVED])
def test_the_act_takes_its_own_year(pipeline, text, trigger, year):
    assert trigger_days(pipeline, text, trigger) == {year}


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT,
                         ids=[f"{t[:40]}-{w}" for t, w, _ in KEPT])
def test_the_acts_own_year_stays(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days
