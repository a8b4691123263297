"""Made-up probes (not copied from any data set): background told as current. A past happening
an article recalls in passing (a year beside its trigger, "<N> years later / ago / after", a
sentence being served) is no incident dated on a day of the story. Near neighbours: today's
happening in a story that also recalls an old one, an arrest "20 years after the murder" (the
arrest stays), a date of the story stated in the event's own clause, a year that is only the
topic of a current act, a sentence handed down today. Each article is stored (published
2021-03-10) in a real SQLite file; the probe gives its incidents' PLOVER types."""

from __future__ import annotations

import pytest

from samples import incident_types

CHANGED = [
    ("Valley murder still haunts family 20 years later. Relatives gathered in Fresno on Sunday.",
     []),
    ("Smith, who is serving a sentence for robbery, testified in court in Albany on Tuesday.",
     []),
    # the prisoner's own request (its doer found since session 37) is his act; the murder he is
    # serving a sentence for is no incident
    ("The prisoner, who is serving a life sentence for murder, asked for a new trial in Denver "
     "on Monday.", ["REQUEST"]),
    ("The bombing of the embassy in 1983 killed 63 people, the museum guide told visitors in "
     "Beirut on Monday.", []),
    ("Police arrested a man in Fresno on Monday, 20 years after the murder of his neighbor.",
     ["COERCE"]),
    ("The raid on the farm in 1987 killed four people, his daughter said in Tulsa on Friday.",
     []),
    ("Relatives marked the day in Dayton on Sunday, five years after the shooting of a clerk.",
     []),
    ("The robbery left a scar on the family two decades later, neighbors said in Erie on Monday.",
     []),
    ("Jones, who served a prison term for assault, ran for mayor in Gary on Monday.", []),
    ("The ambush near the border in 2003 killed nine soldiers, the minister recalled in Kabul "
     "on Tuesday.", []),
    ("The siege of the city in 1992 killed thousands, the author said in Sarajevo on Monday.",
     []),
    ("Officers arrested the suspect in Reno on Friday, three years after the stabbing of a "
     "nurse.", ["COERCE"]),
    ("The woman is serving a sentence for the robbery of a bank, her lawyer said in Omaha on "
     "Monday.", []),
]
KEPT = [
    ("Gunmen attacked a police post in Kano on Tuesday, killing two officers. A similar attack "
     "in 1998 killed five.", ["ASSAULT"]),
    ("Rebels shelled the town of Goma on Monday, residents said.", ["ASSAULT"]),
    ("A man shot and wounded a clerk during a robbery in Austin on Tuesday.", ["ASSAULT"]),
    ("Smith was sentenced to ten years for robbery in Albany on Tuesday.", ["SANCTION"]),
    ("Protesters marched in Belfast on Tuesday against the 1998 peace accord.", ["PROTEST"]),
    ("Troops clashed with militants in Kirkuk on Monday, the army said.", ["ASSAULT"]),
    ("Jones, who was arrested on Monday for fraud, appeared in court in Austin on Tuesday.",
     ["COERCE"]),
    ("Police said the attack on the market in Kano on Monday killed three people.", ["ASSAULT"]),
    ("The prisoner attacked a guard in Denver on Monday, officials said.", ["ASSAULT"]),
    ("Two years after his brother was killed, a man was shot dead in Chicago on Sunday.",
     ["ASSAULT"]),
    ("Mitchell, who negotiated the 1998 peace accord, arrived in Belfast on Tuesday to meet "
     "officials.", ["CONSULT"]),
]


@pytest.mark.parametrize(("text", "types"), CHANGED, ids=[f"changed-{k:02d}" for k in
                                                           range(len(CHANGED))])
def test_background_told_as_current_is_no_incident(pipeline, tmp_path, text, types):
    assert incident_types(pipeline, str(tmp_path / "probe.db"), text) == types


@pytest.mark.parametrize(("text", "types"), KEPT, ids=[f"kept-{k:02d}" for k in
                                                       range(len(KEPT))])
def test_current_happenings_stay_incidents(pipeline, tmp_path, text, types):
    assert incident_types(pipeline, str(tmp_path / "probe.db"), text) == types
