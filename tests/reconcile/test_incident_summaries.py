"""Made-up probes (not copied from any data set): generic, habitual and summary statements
build no incident. Arrests told by their running total ("police have arrested 300 people since
Monday": `reconcile/units.py`, `_running_arrests`) and acts told as habits or summaries over a
span (`extract/events/eventhood/summaries.py`) leave no incident; the claims keep the figures.
Near neighbours keep their incident: arrests of a day, an arrest of a day beside a running
total, the perfect of one arrest reported on a day. Each article is stored (published
2021-03-04) in a real SQLite file; the probe gives its incidents' PLOVER types."""

from __future__ import annotations

import pytest

from samples import incident_types

RUNNING = [
    "Police have arrested 300 people since Monday.",
    "Since Monday, police have detained more than 120 protesters in the capital.",
    "Security forces have arrested at least 1,000 demonstrators since Sunday, the ministry "
    "said.",
    "Authorities have arrested 56 suspects since March 1.",
    "Police in Lagos have arrested 35 people since Saturday.",
    "Some 70 activists have been arrested since Wednesday, lawyers said.",
    "Authorities have detained dozens of journalists since Thursday.",
    "More than 400 people have been detained since Friday, rights groups said.",
    "Officers have arrested 18 looters in the city since Sunday night.",
]
SUMMARIES = [
    "In recent years, rebels have kidnapped hundreds of farmers in Kano.",
    "During the past few months, soldiers have detained hundreds of young men in Goma.",
    "The militia has attacked dozens of villages near Goma over the past three months.",
    "To date, the government has deported 12,000 migrants from Lagos.",
    "The army has carried out raids across the country.",
    "Police used to raid the bars in the old town of Kano.",
    "Officers in Lagos arrested drivers each Friday.",
    "The rebels shelled Goma nightly.",
    "Protesters rallied outside parliament in Nairobi twice a week.",
]
PUBLISHED = "2021-03-04"
KEPT = [
    ("Police arrested 30 people in Lagos on Monday.", ["COERCE"]),
    ("Soldiers detained 12 protesters outside the ministry in Nairobi on Friday.", ["COERCE"]),
    ("Police arrested three men in Kano on Tuesday.", ["COERCE"]),
    ("Police arrested 12 people in Lagos on Monday, bringing to 90 the number arrested since "
     "Saturday.", ["COERCE"]),
    ("Troops detained the mayor of Goma on Sunday.", ["COERCE"]),
    ("Police have arrested 15 people in Kano, officials said on Tuesday.", ["COERCE"]),
    ("Rebels have abducted 20 children from a school in Kano.", ["ASSAULT"]),
    ("The militia attacked villages near Goma on Sunday.", ["ASSAULT"]),
]


@pytest.mark.parametrize("text", RUNNING, ids=[f"running-{k:02d}" for k in range(len(RUNNING))])
def test_arrests_told_by_their_running_total_are_no_incident(pipeline, tmp_path, text):
    assert "COERCE" not in incident_types(pipeline, str(tmp_path / "probe.db"), text, PUBLISHED)


@pytest.mark.parametrize("text", SUMMARIES,
                         ids=[f"summary-{k:02d}" for k in range(len(SUMMARIES))])
def test_habits_and_summaries_are_no_incident(pipeline, tmp_path, text):
    assert incident_types(pipeline, str(tmp_path / "probe.db"), text, PUBLISHED) == []


@pytest.mark.parametrize(("text", "types"), KEPT, ids=[f"kept-{k:02d}" for k in range(len(KEPT))])
def test_single_happenings_keep_their_incident(pipeline, tmp_path, text, types):
    assert incident_types(pipeline, str(tmp_path / "probe.db"), text, PUBLISHED) == types
