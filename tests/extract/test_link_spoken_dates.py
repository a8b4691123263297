"""Made-up probes (not copied from any data set): a statement (a verbal act: condemning, urging,
denying, praising, a meeting) whose own clause and sentence state no day, in a paragraph that
has named no day before it, takes no date: a reaction is told without its day, in a paragraph
of its own, and is often made days after the happening the article dates, so the story's day
cannot resolve it (the guidelines' null). Neighbours that keep their day: a statement that
states its own day, a statement in the paragraph that named the day (the story goes on in its
time), and an undated material act of the story ("Police later arrested two men": the story's
day)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

PUBLISHED = dt.date(2022, 3, 16)  # a Wednesday; Monday is 2022-03-14

# (lead, a sentence naming no day, the statement) -> the statement's type, then no date
LEADS = [
    "Gunmen killed six traders at a cattle market in Tarnavi on Monday.",
    "A car bomb exploded outside a police barracks in Dovreth on Monday, killing four officers.",
    "Militiamen burned dozens of homes in the village of Keshlo on Monday.",
]
BRIDGE = "The attackers fled on motorbikes towards the hills."
UNDATED = [
    ("The regional governor condemned the killings.", "ACCUSE"),
    ("Opposition leaders urged the government to protect rural markets.", "REQUEST"),
    ("The interior minister called on residents to stay calm.", "REQUEST"),
    ("A spokesman for the militia denied any role in the violence.", "REJECT"),
    ("The army rejected calls for an international inquiry.", "REJECT"),
    ("Local officials accused the militia of the attack.", "ACCUSE"),
    ("The president praised the police for their quick response.", "SUPPORT"),
    ("Families of the victims demanded justice.", "REQUEST"),
    ("The mayor blamed the army for leaving the area unguarded.", "ACCUSE"),
    ("Human rights groups criticised the slow response of the security forces.", "ACCUSE"),
    ("Neighbouring countries welcomed the government's decision to send troops.", "SUPPORT"),
    ("The United Nations appealed for restraint.", "REQUEST"),
]
CASES = [(f"{LEADS[i % len(LEADS)]} {BRIDGE}\n\n{s}", t) for i, (s, t) in enumerate(UNDATED)]


def _events(pipeline, text: str):
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=PUBLISHED, source="probe",
                      language="en", origin="probe")
    return pipeline.process(article).events


def _day_of(pipeline, text: str, plover: str, after: int) -> str | None:
    """The date of the first event of ``plover`` whose trigger lies after ``after``."""
    found = [e for e in _events(pipeline, text) if e.plover_type == plover
             and e.trigger.start >= after]
    assert found, [(e.plover_type, e.trigger.text) for e in _events(pipeline, text)]
    when = found[0].when
    return when.value if when is not None else None


@pytest.mark.parametrize(("text", "plover"), CASES, ids=[t[-50:] for t, _ in CASES])
def test_an_undated_statement_takes_no_day_from_the_story(pipeline, text, plover):
    assert _day_of(pipeline, text, plover, text.index(BRIDGE) + len(BRIDGE)) is None


# neighbours: the same statements with a day of their own take it ("on Tuesday": 2022-03-15)
OWN_DAY = [(f"{LEADS[i % len(LEADS)]} {BRIDGE}\n\n{s[:-1]} on Tuesday.", t)
           for i, (s, t) in enumerate(UNDATED[:6])]


@pytest.mark.parametrize(("text", "plover"), OWN_DAY, ids=[t[-50:] for t, _ in OWN_DAY])
def test_a_statement_with_its_own_day_keeps_it(pipeline, text, plover):
    assert _day_of(pipeline, text, plover, text.index(BRIDGE) + len(BRIDGE)) == "2022-03-15"


# neighbours: in the paragraph that named the day (right after its sentence, or a sentence
# later), the story goes on in its time for an accusation; not for an answer (an appeal, a
# denial, praise: session 40, ``test_link_answer_dates``)
FOLLOWING = [(f"{LEADS[i % len(LEADS)]} {BRIDGE + ' ' if i % 2 else ''}{s}", t)
             for i, (s, t) in enumerate(UNDATED) if t not in {"REQUEST", "REJECT", "SUPPORT"}]


@pytest.mark.parametrize(("text", "plover"), FOLLOWING, ids=[t[-50:] for t, _ in FOLLOWING])
def test_a_statement_in_the_paragraph_that_named_the_day_takes_it(pipeline, text, plover):
    statement = next(s for s, _ in UNDATED if text.endswith(s))
    assert _day_of(pipeline, text, plover, len(text) - len(statement)) == "2022-03-14"


# neighbours: undated material acts of the story take the story's day
ACTS = [
    ("Police later arrested two men in connection with the attack.", "COERCE"),
    ("Soldiers later detained three suspects at a checkpoint.", "COERCE"),
    ("Hundreds of residents later marched through the town.", "PROTEST"),
]


@pytest.mark.parametrize(("sentence", "plover"), ACTS, ids=[s[:40] for s, _ in ACTS])
def test_an_undated_act_of_the_story_takes_the_storys_day(pipeline, sentence, plover):
    text = f"{LEADS[0]} {BRIDGE}\n\n{sentence}"
    assert _day_of(pipeline, text, plover, text.index(BRIDGE) + len(BRIDGE)) == "2022-03-14"


# (a dated statement, in its own paragraph; later, in another paragraph, an undated one) -> the
# later statement's type and whether it takes the earlier day (the same speakers: one statement
# reported over several paragraphs) or none (other speakers: a reaction of its own)
SPEAKERS = [
    ("France and Germany condemned the shelling of Vostok on Monday.",
     "France and Germany also called for an immediate ceasefire.", "REQUEST", True),
    ("Kenya condemned the raid on a border post on Monday.",
     "Kenya also demanded the return of the captured guards.", "REQUEST", True),
    ("Japan on Monday condemned the seizure of the trawler.",
     "Japan also urged China to release the crew.", "REQUEST", True),
    ("Brazil and Argentina on Monday criticised the new tariffs.",
     "Brazil and Argentina urged the bloc to reconsider.", "REQUEST", True),
    ("Poland accused Belarus on Monday of pushing migrants to the border.",
     "Poland called on the European Union to impose sanctions.", "REQUEST", True),
    ("Canada condemned the arrest of the journalist on Monday.",
     "Canada demanded his immediate release.", "REQUEST", True),
    ("France and Germany condemned the shelling of Vostok on Monday.",
     "Turkey called for an immediate ceasefire.", "REQUEST", False),
    ("Kenya condemned the raid on a border post on Monday.",
     "Somalia denied any role in the raid.", "REJECT", False),
    ("Japan on Monday condemned the seizure of the trawler.",
     "South Korea urged both sides to show restraint.", "REQUEST", False),
    ("Brazil and Argentina on Monday criticised the new tariffs.",
     "Uruguay urged the bloc to reconsider.", "REQUEST", False),
    ("Poland accused Belarus on Monday of pushing migrants to the border.",
     "Lithuania called on the European Union to impose sanctions.", "REQUEST", False),
    ("Canada condemned the arrest of the journalist on Monday.",
     "Australia demanded his immediate release.", "REQUEST", False),
]


@pytest.mark.parametrize(("first", "later", "plover", "same"), SPEAKERS,
                         ids=[f"{s[1][:30]}" for s in SPEAKERS])
def test_an_undated_statement_takes_its_speakers_earlier_day(pipeline, first, later, plover,
                                                              same):
    text = f"{first}\n\n{BRIDGE}\n\n{later}"
    events = pipeline.process(Article(text=text, published=PUBLISHED, language="en")).events
    found = [e for e in events if e.plover_type == plover and e.evidence.start > len(first)]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    value = found[-1].when.value if found[-1].when else None
    assert (value == "2022-03-14") == same, value
