"""Made-up probes (not copied from any data set): the day a verb of reporting is dated by
("gunmen killed four farmers near Tolo, police said on Tuesday") is the report's, not the day of
the violence it reports, even where the parser hangs the act under the report: the act takes
the story's day of violence or none. Neighbours: an act with a day of its own keeps it ("killed
four farmers on Monday, police said on Tuesday"), and a later sentence's day of the same
violence still dates it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

PUBLISHED = dt.date(2021, 6, 10)  # a Thursday; Tuesday is 2021-06-08, Monday 2021-06-07

REPORTED = [
    "Gunmen killed four farmers near the village of Tolo, police said on Tuesday.",
    "Bandits shot dead two traders on the road to Ferka, local officials said on Tuesday.",
    "A suicide bomber blew himself up at a checkpoint in Marsit, the army said on Tuesday.",
    "Rebels ambushed an army convoy outside Bellu, a military spokesman said on Tuesday.",
    "Militiamen attacked a camp for displaced people in Orvik, aid workers said on Tuesday.",
    "Jihadists stormed a police post near Tinda, the interior ministry said on Tuesday.",
    "Assailants stabbed three worshippers at a shrine in Qalit, witnesses told reporters on "
    "Tuesday.",
    "Raiders torched a dozen homes in the hamlet of Suro, residents said on Tuesday.",
    "Gunmen abducted nine schoolchildren from a school in Davra, the governor said on Tuesday.",
    "Soldiers fired on protesters in the town of Menka, rights groups said on Tuesday.",
    "Fighters shelled a market in Karvo, the health ministry said on Tuesday.",
    "An armed gang kidnapped a priest in Ulema, the diocese said on Tuesday.",
]


def _assault_day(pipeline, text: str) -> str | None:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=PUBLISHED, source="probe",
                      language="en", origin="probe")
    events = [e for e in pipeline.process(article).events if e.plover_type == "ASSAULT"]
    assert events, text
    first = min(events, key=lambda e: e.trigger.start)
    return first.when.value if first.when is not None else None


@pytest.mark.parametrize("text", REPORTED, ids=[t[:40] for t in REPORTED])
def test_the_reports_day_does_not_date_the_violence_it_reports(pipeline, text):
    assert _assault_day(pipeline, text) is None  # not the report's 2021-06-08


OWN_DAY = [t.replace(", ", " on Monday, ", 1) if t.count(", ") == 1 else t for t in REPORTED]
OWN_DAY = [t for t in OWN_DAY if " on Monday, " in t]


@pytest.mark.parametrize("text", OWN_DAY, ids=[t[:40] for t in OWN_DAY])
def test_an_act_with_its_own_day_keeps_it(pipeline, text):
    assert _assault_day(pipeline, text) == "2021-06-07"


LATER = [f"{t}\n\nThe attack took place on Monday night." for t in REPORTED[:6]]


@pytest.mark.parametrize("text", LATER, ids=[t[:40] for t in LATER])
def test_the_storys_day_of_violence_dates_it_instead(pipeline, text):
    assert _assault_day(pipeline, text) == "2021-06-07"
