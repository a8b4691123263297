"""Without a publication date, an act in a clause that shares its time with a governing clause
dated by a month name (a participle, a gerund, an adverbial clause) is background like that
clause (``dated.act_months``): "His nomination was announced in December, with both parties
agreeing to his appointment". Reported clauses ("said in March that troops attacked") and acts
of a clause dated by a weekday or told in the future stay news. Made-up sentences, after a lead
that dates the story by weekdays."""

from __future__ import annotations

import pytest

import sitrep

LEAD = "Officials spoke on Thursday. Talks resumed on Friday. "

GOVERNED = [
    ("His nomination was announced in December, with both parties agreeing to his "
     "appointment.", "agreeing"),
    ("Rebels seized the town in March after troops withdrew from it.", "withdrew"),
    ("The army entered the city in January, arresting dozens of activists.", "arresting"),
    ("Police raided the camp in October after gunmen attacked a patrol.", "attacked"),
    ("The army surrounded the town in August, shelling its market.", "shelling"),
    ("The envoy left the capital in May after the talks collapsed.", "talks"),
    ("The court convicted the general in September after prosecutors accused him of "
     "torture.", "accused"),
    ("Soldiers fired on the crowd in June after protesters blocked the road.", "blocked"),
    ("The rebels withdrew from the port in July after the army bombed their camps.",
     "bombed"),
    ("The ministers met in Geneva in November after the border clashes ended.", "clashes"),
]
NEWS = [
    ("The minister said in March that troops attacked the village.", "attacked"),
    ("The government will hold talks in May, with both parties agreeing to attend.",
     "agreeing"),
    ("Rebels seized the town on Monday after troops withdrew from it.", "withdrew"),
    ("Police raided the camp on Tuesday after gunmen attacked a patrol.", "attacked"),
    ("The army entered the city on Wednesday, arresting dozens of activists.", "arresting"),
]


@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in GOVERNED] + [(t, g, False) for t, g in NEWS])
def test_an_act_sharing_the_time_of_a_month_dated_clause_is_background(
        pipeline, text: str, trigger: str, background: bool) -> None:
    events = sitrep.process_text(LEAD + text).events
    found = [e for e in events if e.trigger.start >= len(LEAD) and trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    assert ("historical" in found[0].modes) is background, (found[0].plover_type,
                                                            found[0].modes)
