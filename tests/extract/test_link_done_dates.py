"""Made-up probes (not copied from any data set): an act told as done (a simple past or a
perfect, no modal, no future flag) cannot lie after the story's publication, so it does not
borrow a later day from another clause of its sentence or from the story ("Chappell was
arrested Sunday and is scheduled to appear Thursday": the arrest is not Thursday; "had been
arrested, and his trial begins Monday": the arrest has no day). Neighbours: the coming acts keep
their coming days, a done act keeps its own earlier day. Published Wednesday 2016-01-20."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import trigger_days

PUBLISHED = dt.date(2016, 1, 20)


def _after(days: set[str | None]) -> set[str]:
    return {d for d in days if d is not None and d[:10] > PUBLISHED.isoformat()}


CHANGED = [
    ("He had been arrested in Flint, and his trial begins on Monday.", "arrested"),
    ("A Tulsa man had been detained, and his hearing opens on Friday.", "detained"),
    ("The suspect had been charged with murder, and he appears in court on Thursday.",
     "charged"),
    ("Two teens were arrested in Erie, and their hearing starts on Monday.", "arrested"),
    ("A clerk was shot in Akron, and a vigil takes place on Saturday.", "shot"),
    ("Police arrested two men in Tulsa on Saturday; they are due in court on Thursday.",
     "arrested"),
    ("A woman was stabbed in Reno on Tuesday; a vigil will be held Thursday.", "stabbed"),
    ("Troops shelled the old port of Hodeida on Monday; talks will resume on Friday.",
     "shelled"),
    ("A bomb killed four soldiers near Kandahar on Sunday; their funeral is due on Friday.",
     "killed"),
    ("The activist had been jailed in Minsk, and her appeal opens on Monday.", "jailed"),
    ("Protesters had been beaten by police in Lagos, and an inquiry begins on Thursday.",
     "beaten"),
    ("A guard was wounded in the raid in Dover, and an inquest opens on Friday.", "wounded"),
    ("The driver had been arrested in Boise, and his arraignment opens on Monday.",
     "arrested"),
    ("Gunmen kidnapped a priest in Enugu on Sunday; talks with them start on Friday.",
     "kidnapped"),
    ("Rebels attacked an army post in Goma on Saturday; the army vows to hit back on Monday.",
     "attacked"),
    ("Officers had detained the two brothers in Omaha, and their trial opens on Thursday.",
     "detained"),
    ("A reporter was assaulted in Kiev, and the trial of the attackers opens on Monday.",
     "assaulted"),
    ("Villagers were killed in the raid near Maiduguri, and a mass funeral takes place on "
     "Friday.", "killed"),
    ("Militants abducted a teacher in Borno; the talks on her release start on Thursday.",
     "abducted"),
    ("The youth had been stabbed in Leeds, and his killer faces sentencing on Monday.",
     "stabbed"),
]

KEPT = [
    ("Chappell was arrested Sunday and is scheduled to appear in court Thursday.", "arrested",
     {"2016-01-17"}),
    ("A Dover man was arrested Monday and will be arraigned Friday.", "arraigned",
     {"2016-01-22"}),
    ("The man was detained Monday and is to be extradited on Friday.", "extradited",
     {"2016-01-22"}),
    ("A man was arrested in Omaha on Tuesday.", "arrested", {"2016-01-19"}),
    ("Officers arrested a woman in Erie on Sunday. She faces a hearing Thursday.", "arrested",
     {"2016-01-17"}),
    ("Police will arrest anyone who blocks the road in Tulsa on Friday.", "blocks",
     {"2016-01-22"}),
]


@pytest.mark.parametrize(("text", "trigger"), CHANGED, ids=[t[:48] for t, _ in CHANGED])
def test_a_done_act_takes_no_day_after_publication(pipeline, text, trigger):
    assert not _after(trigger_days(pipeline, text, trigger))


@pytest.mark.parametrize(("text", "trigger", "days"), KEPT, ids=[t[:48] for t, _, _ in KEPT])
def test_coming_acts_and_own_earlier_days_stay(pipeline, text, trigger, days):
    assert trigger_days(pipeline, text, trigger) == days
