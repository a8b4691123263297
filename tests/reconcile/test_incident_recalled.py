"""Made-up probes (not copied from any data set): background told as current, at the incident
level. A past happening an article recalls, named only as the start of a period ("since the
bombing of the market"), dated by an earlier month ("in February" in a March story, "last
month"), done by a named episode of history ("killed by the Cultural Revolution") or recalled
as an earlier occasion ("had previously been arrested", "a prior arrest", "decades earlier"),
is no incident dated on a day of the story. Near neighbours keep their incident: today's
attack referred back to with "since the attack", an arrest "20 years after the murder", a
month of the story ("in March" in a March story), "the 2020 war" in a 2020 story, a pluperfect
reported by the police, an act dated in its own phrase. Each article is stored (published
2021-03-10 unless given) in a real SQLite file; the probe gives its incidents' PLOVER types."""

from __future__ import annotations

import pytest

from samples import incident_types

RECALLED = [
    "Security in Kano has been tight since the bombing of the market, officials said on "
    "Tuesday.",
    "Tourism in Goma has collapsed since the attacks on hotels, the mayor said on Tuesday.",
    "Gunmen attacked a police post in Kano in February, officials said on Tuesday.",
    "Rebels shelled Goma in late February, residents said on Tuesday.",
    "Gunmen ambushed a convoy near Goma last month, the army said on Tuesday.",
    "Thousands of monks were killed by the Cultural Revolution, the guide told visitors in "
    "Lhasa on Monday.",
    "The man had been shot decades earlier, his son said in Tulsa on Friday.",
    "The suspect had previously been arrested in Austin for assault, police said on Tuesday.",
    "A prior arrest of the man in Austin was for burglary, police said on Tuesday.",
    "He has been arrested before in Austin, police said on Tuesday.",
]
CURRENT = [
    # the attack recalled by "since" is no new one; police guarding the town is a deployment
    # (MOBILIZE, since session 35)
    ("Gunmen attacked a police post in Kano on Tuesday. Since the attack, police have guarded "
     "the town.", "2021-03-10", ["ASSAULT", "MOBILIZE"]),
    ("Police arrested a man in Fresno on Monday, 20 years after the murder of his neighbor.",
     "2021-03-10", ["COERCE"]),
    ("Gunmen attacked a police post in Kano on Tuesday, killing two officers. A similar attack "
     "in 1998 killed five.", "2021-03-10", ["ASSAULT"]),
    ("Azerbaijani forces shelled Stepanakert on Monday, the worst day of the 2020 war so far.",
     "2020-10-06", ["ASSAULT"]),
    ("Gunmen attacked a police post in Kano in March, officials said on Tuesday.", "2021-03-10",
     ["ASSAULT"]),
    ("An earlier attack on Monday killed two worshippers at a mosque in Kano, the imam said.",
     "2021-03-10", ["ASSAULT"]),
    ("Police in Dayton said on Tuesday that a gunman had shot a clerk.", "2021-03-10",
     ["ASSAULT"]),
    # the clashes on Sunday are a happening of their own (an act ordered after another is
    # not folded into it, session 45), as "after the shooting" below
    ("Troops raided a camp near Goma on Tuesday, days after the clashes there on Sunday.",
     "2021-03-10", ["ASSAULT", "ASSAULT"]),
    ("Police arrested the suspect in Austin on Tuesday after the shooting.", "2021-03-10",
     ["ASSAULT", "COERCE"]),
    ("The suspect was arrested in Austin on Tuesday. He had been arrested before, police said.",
     "2021-03-10", ["COERCE"]),
    ("Security in Kano has been tight since the bombing of the market on Sunday, officials "
     "said.", "2021-03-10", ["ASSAULT"]),
]


@pytest.mark.parametrize("text", RECALLED, ids=[f"recalled-{k:02d}" for k in
                                                range(len(RECALLED))])
def test_a_recalled_happening_is_no_incident(pipeline, tmp_path, text):
    assert incident_types(pipeline, str(tmp_path / "probe.db"), text) == []


@pytest.mark.parametrize(("text", "published", "types"), CURRENT,
                         ids=[f"current-{k:02d}" for k in range(len(CURRENT))])
def test_the_story_keeps_its_incidents(pipeline, tmp_path, text, published, types):
    assert incident_types(pipeline, str(tmp_path / "probe.db"), text, published) == types
