"""Made-up probes (not copied from any data set): background named to liken, commemorate or
compare builds no incident, at the incident level. An act the story likens its own to ("the
riot recalled the attack on the mosque"), one it commemorates ("the anniversary of the bombing
of the market") or counts a superlative from ("the deadliest attack since gunmen killed ten
guards") is no incident dated on a day of the story; nor is an earlier occasion counted ("had
been arrested twice before"). The story's own act in the same sentence keeps its incident, and
keeps the story's day rather than the year of the act it recalls. Each article is stored
(published 2021-03-10) in a real SQLite file; the probe gives its incidents' PLOVER types."""

from __future__ import annotations

import pytest

from samples import incident_types

RECALLED = [
    "Hundreds gathered in Kano on Tuesday for the anniversary of the bombing of the market.",
    "Residents of Goma laid wreaths on Tuesday at a memorial to those killed in the ambush.",
    "Mourners in Jos commemorated the victims of the massacre at the church on Sunday.",
    "Officials in Kano said on Tuesday that the city remembers the attack on the mosque.",
    "In Austin on Tuesday, police said the suspect had been arrested twice before.",
    "The man had been jailed three times before for robbery, police in Dayton said on Monday.",
    "A plaque in Tulsa lists the names of the people who were killed in the riot, the mayor "
    "said on Monday.",
    "The monument in Goma to the soldiers who were killed in the siege was restored on "
    "Tuesday.",
    "Speakers in Kano on Tuesday recalled memories of the shelling of the old town.",
    "The talks in Jos on Monday drew parallels with the crackdown on students in the city.",
]
CURRENT = [
    ("Gunmen attacked a mosque in Kano on Tuesday, the deadliest attack since a car bomb "
     "killed twenty people in the city.", ["ASSAULT"]),
    ("Gunmen attacked a mosque in Kano on Tuesday, in a raid reminiscent of the bombing of "
     "the market.", ["ASSAULT"]),
    ("A gunman shot two guards in Austin on Tuesday. The shooting recalled the 2018 attack "
     "on a school in Florida.", ["ASSAULT"]),
    ("Rebels shelled Goma on Monday, the worst violence since the massacre at the camp.",
     ["ASSAULT"]),
    ("Gunmen attacked a memorial service in Jos on Tuesday.", ["ASSAULT"]),
    ("Police in Austin arrested two men at the war memorial on Monday.", ["COERCE"]),
    ("Police in Austin said on Tuesday they had arrested the suspect.", ["COERCE"]),
    ("A man was shot twice in the chest in Dayton on Tuesday, police said.", ["ASSAULT"]),
    ("Protesters marched in Kano on Tuesday, the largest protest since the election.",
     ["PROTEST"]),
    ("Troops shelled the old town of Goma on Tuesday, residents said.", ["ASSAULT"]),
    ("A bomb exploded in a market in Kano on Tuesday. It was the deadliest attack in the "
     "city since 2015.", ["ASSAULT"]),
    ("Rebels shelled Goma on Monday. The shelling was the heaviest since 2017.", ["ASSAULT"]),
]


@pytest.mark.parametrize("text", RECALLED, ids=[f"recalled-{k:02d}" for k in
                                                range(len(RECALLED))])
def test_a_likened_or_commemorated_happening_is_no_incident(pipeline, tmp_path, text):
    assert incident_types(pipeline, str(tmp_path / "probe.db"), text) == []


@pytest.mark.parametrize(("text", "types"), CURRENT,
                         ids=[f"current-{k:02d}" for k in range(len(CURRENT))])
def test_the_story_keeps_its_incidents(pipeline, tmp_path, text, types):
    assert incident_types(pipeline, str(tmp_path / "probe.db"), text) == types
