"""Made-up probes (session 30, issue 19 item 4): an incident takes the day of the happening its
evidence tells, not the publication date, where the text gives one: the weekday or date of its
own clause ("On Monday, two weeks later, ..." is the Monday before a Sunday article; "later
Tuesday" is that Tuesday), a date written with dots, a month and day whose year the story wrote
out when the article has no publication date, and else the article's story day (without a
publication date, the latest day the text writes out with its year). Neighbours keep their day,
or stay undated when the text gives none (never a guess)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article

SUNDAY, THURSDAY = "2021-10-17", "2021-10-21"


def _incidents(pipeline, db_path: str, text: str, published: str | None
               ) -> list[tuple[str, str | None, str | None]]:
    from sitrep.store import open_db

    article = Article(text=text, id=article_id(text), source="probe", language="en",
                      origin="probe",
                      published=dt.date.fromisoformat(published) if published else None)
    with open_db(db_path) as db:
        db.save(pipeline.process(article))
        return sorted((i["plover_type"], i["date_first"], i["date_last"])
                      for i in db.incidents())


def _day(day: str) -> tuple[str, str]:
    return day, day


CHANGED = [
    (None, "Homicides rose in June 2013.\n\nGunmen killed two guards in Soyapango on June 29.",
     "ASSAULT", _day("2013-06-29")),
    (None, "Fighting resumed in April 2016.\n\nRebels shelled the town of Tartar on April 12.",
     "ASSAULT", _day("2016-04-12")),
    (None, "The meeting of the chief ministers was convened on 09.03.2018 in Delhi.",
     "CONSULT", _day("2018-03-09")),
    (None, "Police detained forty protesters in Karachi on 14.08.2019.", "COERCE",
     _day("2019-08-14")),
    (SUNDAY, "On Monday, about two weeks later, police arrested the driver in Leeds.", "COERCE",
     _day("2021-10-11")),
    (SUNDAY, "On Tuesday, days later, soldiers killed two smugglers near Kandahar.", "ASSAULT",
     _day("2021-10-12")),
    (THURSDAY, "The two suspects surrendered to police in Leeds later Tuesday.", "COERCE",
     _day("2021-10-19")),
    (THURSDAY, "Rebels released the hostages in Goma later Monday afternoon.", "RETREAT",
     _day("2021-10-18")),
]


@pytest.mark.parametrize(("published", "text", "kind", "days"), CHANGED,
                         ids=[t[:40] for _, t, _, _ in CHANGED])
def test_an_incident_takes_the_day_its_text_gives(pipeline, tmp_path, published, text, kind,
                                                  days):
    found = _incidents(pipeline, str(tmp_path / "probe.db"), text, published)
    assert (kind, *days) in found, found


def test_a_past_january_in_an_october_article_is_no_coming_incident(pipeline, tmp_path):
    found = _incidents(pipeline, str(tmp_path / "probe.db"),
                       "In January, a week after the elections, gunmen killed a judge in Kano.",
                       SUNDAY)
    assert not [f for f in found if (f[1] or "") > SUNDAY], found


KEPT = [
    (None, "A bomb exploded in Quetta on Feb. 16, 2019.\n\nPolice arrested three suspects in "
           "the city.", "COERCE", _day("2019-02-16")),
    (None, "The minister met the envoy in Nairobi on Tuesday.", "CONSULT", (None, None)),
    (None, "The minister met the envoy in Nairobi.", "CONSULT", (None, None)),
    (None, "Police arrested a man in Leeds on June 29.", "COERCE", (None, None)),
    (SUNDAY, "The foreign minister met the Kenyan envoy in Nairobi on Friday.", "CONSULT",
     _day("2021-10-15")),
    (SUNDAY, "Protesters marched through Minsk on Saturday. Police detained dozens of them.",
     "COERCE", _day("2021-10-16")),
    # a statement in a paragraph of its own that names no day takes no day from the story
    # (session 35: both annotation passes and the held-out sets leave a reaction's day null;
    # the seed's joint statement takes its speakers' earlier day, test_link_spoken_dates): its
    # incident is put at the publication day, or stays undated without one
    (SUNDAY, "Gunmen stormed a village in Zamfara on Tuesday, killing 12 people.\n\n"
             "The governor condemned the attack.", "ACCUSE", _day(SUNDAY)),
    (None, "On March 3, 2018, gunmen stormed a village in Zamfara, killing 12 people.\n\n"
           "The governor condemned the attack and ordered an inquiry.", "ACCUSE", (None, None)),
    (None, "Troops entered Marawi on May 23, 2017.\n\nThe president met army chiefs in Manila "
           "to discuss the siege.", "CONSULT", (None, None)),
    (None, "Flooding hit Dhaka on July 2, 2019.\n\nThe prime minister met aid agencies in Dhaka.",
     "CONSULT", (None, None)),
    (SUNDAY, "At 7 a.m., police arrested a man in Leeds.", "COERCE", _day(SUNDAY)),
    (SUNDAY, "On Friday, the envoy will meet rebel leaders in Doha.", "CONSULT",
     _day("2021-10-22")),
    (SUNDAY, "Police were called to a bar in Dover on Friday night. Shortly after 11 p.m., a "
             "man stabbed a guard.", "ASSAULT", _day("2021-10-15")),
]


@pytest.mark.parametrize(("published", "text", "kind", "days"), KEPT,
                         ids=[t[:40] for _, t, _, _ in KEPT])
def test_other_incidents_keep_their_day(pipeline, tmp_path, published, text, kind, days):
    found = _incidents(pipeline, str(tmp_path / "probe.db"), text, published)
    assert (kind, *days) in found, found
