"""Made-up probes (session 40): an answer to a happening (an appeal or demand, a refusal or
denial, praise or backing: REQUEST, REJECT, SUPPORT) whose own sentence states no day takes no
day from its paragraph either: it is made at a time of its own, often days after the happening
the paragraph dates, and the story's day cannot resolve it (the guidelines' null). Neighbours that
keep their day: such an answer with a day of its own, an accusation, threat or agreement told
inside the story ("the man threatened a neighbour"), and the material acts of the story."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

PUBLISHED = dt.date(2023, 9, 14)  # a Thursday; Tuesday is 2023-09-12

LEADS = [
    "Armed men stormed a bus depot in Korvana on Tuesday, killing three drivers.",
    "A landmine tore through a minibus near the village of Ostrel on Tuesday.",
    "Riot police broke up a sit-in by nurses outside the health ministry on Tuesday.",
]
ANSWERS = [
    ("The transport union pleaded with the authorities to guard the depots.", "REQUEST"),
    ("Relatives of the drivers demanded compensation from the city.", "REQUEST"),
    ("Church leaders appealed for calm in the district.", "REQUEST"),
    ("The mayor asked the army to patrol the main road.", "REQUEST"),
    ("The separatist movement denied planting any mines.", "REJECT"),
    ("The ministry refused to open an inquiry into the police action.", "REJECT"),
    ("The rebels rejected the government's account of the incident.", "REJECT"),
    ("Several lawmakers praised the soldiers who cleared the road.", "SUPPORT"),
    ("The regional council voiced support for the nurses' demands.", "SUPPORT"),
    ("Aid agencies urged both sides to spare civilians.", "REQUEST"),
    ("The opposition called for an independent inquiry.", "REQUEST"),
    ("A spokeswoman for the guerrillas dismissed the accusations as lies.", "REJECT"),
]
CASES = [(f"{LEADS[i % len(LEADS)]} {s}", t) for i, (s, t) in enumerate(ANSWERS)]


def _events(pipeline, text: str):
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=PUBLISHED, source="probe",
                      language="en", origin="probe")
    return pipeline.process(article).events


def _day_of(pipeline, text: str, plover: str, after: int) -> str | None:
    found = [e for e in _events(pipeline, text) if e.plover_type == plover
             and e.trigger.start >= after]
    assert found, [(e.plover_type, e.trigger.text) for e in _events(pipeline, text)]
    when = found[0].when
    return when.value if when is not None else None


@pytest.mark.parametrize(("text", "plover"), CASES, ids=[t[-45:] for t, _ in CASES])
def test_an_undated_answer_takes_no_day_from_its_paragraph(pipeline, text, plover):
    lead = next(lead for lead in LEADS if text.startswith(lead))
    assert _day_of(pipeline, text, plover, len(lead)) is None


OWN_DAY = [(f"{LEADS[i % len(LEADS)]} {s[:-1]} on Wednesday.", t)
           for i, (s, t) in enumerate(ANSWERS[:6])]


@pytest.mark.parametrize(("text", "plover"), OWN_DAY, ids=[t[-45:] for t, _ in OWN_DAY])
def test_an_answer_with_its_own_day_keeps_it(pipeline, text, plover):
    lead = next(lead for lead in LEADS if text.startswith(lead))
    assert _day_of(pipeline, text, plover, len(lead)) == "2023-09-13"


# neighbours: speech inside the story the paragraph dates goes on in its time
INSIDE = [
    ("Police were called to a flat in Harwick on Tuesday night. The tenant threatened a "
     "neighbour with a knife.", "THREATEN"),
    ("Officers went to a farm near Lisden on Tuesday. The farmer accused his brother of "
     "stealing cattle.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "plover"), INSIDE, ids=[t[-40:] for t, _ in INSIDE])
def test_speech_inside_the_story_keeps_the_paragraphs_day(pipeline, text, plover):
    assert _day_of(pipeline, text, plover, text.index(". ") + 2) == "2023-09-12"


ACTS = [
    ("Soldiers later detained four suspects at a roadblock.", "COERCE"),
    ("Police later arrested the driver of the lorry.", "COERCE"),
]


@pytest.mark.parametrize(("sentence", "plover"), ACTS, ids=[s[:40] for s, _ in ACTS])
def test_an_undated_act_of_the_story_keeps_the_storys_day(pipeline, sentence, plover):
    text = f"{LEADS[0]} {sentence}"
    assert _day_of(pipeline, text, plover, len(LEADS[0])) == "2023-09-12"
