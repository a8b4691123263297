"""Made-up probes (not copied from any data set): a happening told after "after / following /
since / when" beside a statement is what the statement answers, not its topic.

An event with no actor named after a verbal event of its sentence is a topic of it ("condemned
the attacks", "called for an end to the shootings"), and starts no incident; but "police seek
a gunman after a clerk was shot", "the mayor called for calm following the bombing of a
mosque" tell the happening itself, which took place: it is an incident of its own (a headline
glued to its story by a dash is one such sentence). The topics stay topics."""

from __future__ import annotations

import pytest

from samples import incident_types

ANSWERED = [
    "Police appealed for witnesses after a bus was attacked in Toledo on Saturday.",
    "The mayor called for calm following the bombing of a mosque in Kano on Friday.",
    "Residents demanded answers after the shelling of the market in Donetsk on Sunday.",
    "The governor urged restraint after the attack on two churches in Jos on Monday.",
    "Officials asked for help after the stabbing of a guard in Durban on Tuesday.",
    "The union called for a strike after the raid on its offices in Harare on Monday.",
    "Police seek gunman after clerk shot in Toledo - FBI, DEA - A store clerk was shot on "
    "Saturday.",
    "Parents demanded more guards after the school in Maiduguri was attacked on Friday.",
    "The minister appealed for calm since the bombing of the town hall in Kasese on Sunday.",
    "The bishop asked for prayers following the shooting at a chapel in Aba on Sunday.",
    "Relatives demanded justice when the bombing of the bus station in Mogadishu was blamed "
    "on no one on Monday.",
    "The council requested troops after the ambush on a convoy near Gao on Wednesday.",
]
TOPICS = [
    "The minister condemned the attacks on aid workers.",
    "The UN called for an end to the shootings in the region.",
    "The mayor urged an end to the bombings of mosques.",
    "Rights groups demanded an inquiry into the killings of farmers.",
]


@pytest.mark.parametrize("text", ANSWERED, ids=[t[:50] for t in ANSWERED])
def test_a_happening_a_statement_answers_is_an_incident(pipeline, tmp_path, text):
    assert "ASSAULT" in incident_types(pipeline, str(tmp_path / "p.db"), text)


@pytest.mark.parametrize("text", TOPICS, ids=[t[:50] for t in TOPICS])
def test_a_topic_of_a_statement_stays_a_topic(pipeline, tmp_path, text):
    assert "ASSAULT" not in incident_types(pipeline, str(tmp_path / "p.db"), text)
