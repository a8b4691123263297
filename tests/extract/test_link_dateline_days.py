"""Made-up probes (not copied from any data set): the day a wire dateline writes ("KYIV, April
16 —") is the day the report was filed, not the day of the lead's act where the lead names one
of its own ("attacked overnight": the night before; "stormed a church on Sunday": the Sunday;
"yesterday"). Neighbours: a lead that names no day keeps the dateline's day, and a day written
in the text (not in a dateline) keeps dating its act. Published Wednesday 2016-01-20."""

from __future__ import annotations

import pytest
from tests.samples import trigger_days

CHANGED = [
    ("DENVER, Jan. 20 — Gunmen attacked a police post overnight, killing two officers, police "
     "said on Wednesday.", "attacked", {"2016-01-19"}),
    ("LAGOS, Jan. 20 — Militants stormed a church on Sunday, killing five worshippers.",
     "stormed", {"2016-01-17"}),
    ("MOSUL, Jan. 20 — Fighters ambushed an army convoy yesterday near the airport.",
     "ambushed", {"2016-01-19"}),
    ("BOGOTA, Jan 20 — Rebels kidnapped two engineers overnight in the south of the country.",
     "kidnapped", {"2016-01-19"}),
    ("DAKAR, Jan 20 — Riot police fired tear gas at protesters on Sunday in the capital.",
     "fired", {"2016-01-17"}),
    ("CAIRO, Jan 20 — Security forces detained a journalist late on Monday.", "detained",
     {"2016-01-18"}),
    ("LIMA, Jan 20 — Gunmen killed a mayor outside his home on Saturday, police said on "
     "Wednesday.", "killed", {"2016-01-16"}),
    ("TUNIS, Jan. 20 — Police arrested a blogger on Monday, his lawyer said.", "arrested",
     {"2016-01-18"}),
    ("ISLAMABAD, Jan. 20 (Reuters) — Gunmen shot dead a polio worker on Sunday in the "
     "northwest.", "shot", {"2016-01-17"}),
    ("YANGON, Jan 20, 2016 — Troops burned houses in a village yesterday, residents said.",
     "burned", {"2016-01-19"}),
    ("DHAKA, Bangladesh, Jan. 20 — Police detained 40 opposition activists overnight.",
     "detained", {"2016-01-19"}),
    ("HARARE, Jan 20 — Riot police beat protesters with batons on Tuesday.", "beat",
     {"2016-01-19"}),
    ("Troops clash with rebels near border\nALEPPO, Syria, Jan. 20 — Government troops clashed "
     "with rebels on Monday near the Turkish border.", "clashed", {"2016-01-18"}),
]

KEPT = [
    ("DENVER, Jan. 20 — Gunmen attacked a police post, killing two officers, police said.",
     "attacked", {"2016-01-20"}),
    ("LAGOS, Jan. 20 — Militants stormed a church, killing five worshippers.", "stormed",
     {"2016-01-20"}),
    ("QUITO, Jan 20 — Police arrested three men after a bank robbery.", "arrested",
     {"2016-01-20"}),
    ("TUNIS, Jan. 20 — Police arrested a blogger, his lawyer said.", "arrested",
     {"2016-01-20"}),
    ("HARARE, Jan 20 — Riot police beat protesters with batons outside parliament.", "beat",
     {"2016-01-20"}),
    ("Militants stormed a church in Lagos on Jan. 20, officials said.", "stormed",
     {"2016-01-20"}),
    ("Police arrested three men in Quito on Tuesday after a bank robbery.", "arrested",
     {"2016-01-19"}),
    ("ALMATY, Jan 20 — Troops shelled a border village late on Monday, officials said.",
     "shelled", {"2016-01-18"}),
    ("KABUL, Jan. 20 — Insurgents fired rockets at the airport on Monday night.", "fired",
     {"2016-01-18"}),
    ("NAIROBI, Jan. 20 — Police shot dead two robbery suspects overnight, a police spokesman "
     "said.", "shot", {"2016-01-19"}),
]


@pytest.mark.parametrize(("text", "trigger", "days"), CHANGED, ids=[t[:48] for t, _, _ in CHANGED])
def test_a_lead_dated_in_its_own_words_is_not_the_datelines_day(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT, ids=[t[:48] for t, _, _ in KEPT])
def test_undated_leads_and_days_in_the_text_stay(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days
