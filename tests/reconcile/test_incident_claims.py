"""Made-up probes (not copied from any data set): a casualty claim the extractor linked to no
event goes to the violent incident mentioned last before it ("Gunmen attacked Kandahar on Monday.
Three soldiers were taken to hospital."), or the first one after it when none comes before;
linked claims and articles with one violent incident are as before. Each article gives its
ASSAULT incidents in order of their days, as (killed best, injured best)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article
from sitrep.store import open_db

UNLINKED = [
    ("Gunmen attacked a checkpoint in Kandahar on Monday. Militants stormed a base in Herat on "
     "Tuesday. Three soldiers were taken to hospital.", [(None, None), (None, 3)]),
    ("Gunmen attacked a checkpoint in Kandahar on Monday. Three soldiers were taken to hospital. "
     "Militants stormed a base in Herat on Tuesday.", [(None, 3), (None, None)]),
    ("Rebels shelled Goma on Monday. Rebels shelled Bukavu on Tuesday. Four civilians died in "
     "hospital.", [(None, None), (4, None)]),
    ("Rebels shelled Goma on Monday. Four civilians died in hospital. Rebels shelled Bukavu on "
     "Tuesday.", [(4, None), (None, None)]),
    ("A gunman opened fire at a bar in Dayton on Saturday. Another gunman opened fire at a store "
     "in Akron on Sunday. Two customers were taken to a hospital.", [(None, None), (None, 2)]),
    ("Troops raided a village near Gao on Monday. Jihadists ambushed a convoy near Mopti on "
     "Wednesday. Five soldiers were taken to hospital.", [(None, None), (None, 5)]),
    ("Troops raided a village near Gao on Monday. Five villagers were taken to hospital. "
     "Jihadists ambushed a convoy near Mopti on Wednesday.", [(None, 5), (None, None)]),
    ("Police said a bomb exploded in Quetta on Monday. Gunmen attacked a bus in Peshawar on "
     "Tuesday. Six passengers were taken to hospital.", [(None, None), (None, 6)]),
    ("Three soldiers were taken to hospital, officials said. Gunmen attacked a checkpoint in "
     "Kandahar on Monday. Militants stormed a base in Herat on Tuesday.", [(None, 3), (None, None)]),
    ("A man was shot in Dayton on Saturday. A woman was shot in Akron on Sunday. The victim was "
     "taken to a hospital.", [(None, 1), (None, 1)]),
]
AS_BEFORE = [
    ("A man was shot in Flint on Saturday. The victim was taken to a hospital.", [(None, 1)]),
    ("Gunmen attacked a checkpoint in Kandahar on Monday, wounding two guards. Militants stormed "
     "a base in Herat on Tuesday.", [(None, 2), (None, None)]),
    ("Two people were taken to hospital after gunfire. Gunmen attacked a market in Mosul on "
     "Monday. Militants stormed a checkpoint in Kirkuk on Tuesday.", [(None, 2), (None, None)]),
    ("Gunmen attacked a checkpoint in Kandahar on Monday. Militants stormed a base in Herat on "
     "Tuesday, killing four guards.", [(None, None), (4, None)]),
    ("Rebels shelled Goma on Monday. Rebels shelled Bukavu on Tuesday.", [(None, None)] * 2),
]


def _assaults(pipeline, tmp_path, text: str) -> list[tuple[int | None, int | None]]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2021, 3, 10),
                      source="probe", language="en", origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        found = [i for i in db.incidents() if i["plover_type"] == "ASSAULT"]
    found.sort(key=lambda i: i["date_first"] or "")
    return [(i["fatalities_best"], i["injured_best"]) for i in found]


@pytest.mark.parametrize(("text", "figures"), UNLINKED + AS_BEFORE,
                         ids=[t[:45] for t, _ in UNLINKED + AS_BEFORE])
def test_claim_linked_to_no_event_goes_to_the_nearest_violence(pipeline, tmp_path, text, figures):
    assert _assaults(pipeline, tmp_path, text) == figures
