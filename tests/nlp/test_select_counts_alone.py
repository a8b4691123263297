"""A count of people with no trigger and no casualty word ("Some 300 villagers live near the dam")
is no event and no claim: events need a trigger, claims an outcome word. Such a sentence is not
parsed (``select.select``); the events and claims of an article are those of the full parse. A
count beside a trigger or a casualty word still keeps its sentence, and so does the lead.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.segment import split_sentences
from sitrep.nlp.select import kinds, select
from sitrep.pipeline import Pipeline
from sitrep.records import Article

# sentences whose only cue is a count of people: not parsed
COUNTS_ALONE = [
    "About 4,000 farmers live in the valley below the reservoir.",
    "The school has 650 pupils and 40 teachers.",
    "Nearly 200 pilgrims were praying beside the shrine.",
    "Some 80 workers earn a living from the small harbour.",
    "Roughly 1,500 Tuareg people graze their herds around the village.",
    "Dozens of journalists waited outside the court building.",
    "Hundreds of students queued for the entrance exams.",
    "Twelve women and three men work at the bakery.",
    "Thousands of Kenyans work in the Gulf states.",
    "The ferry carries about 300 passengers on each crossing.",
    "Several residents were watching from their balconies.",
    "The choir has 35 children, most of them from the hill villages.",
]

# a count beside a trigger or a casualty word: parsed
COUNTS_WITH_A_CUE = [
    "About 4,000 farmers fled the valley below the reservoir.",
    "Gunmen kidnapped 650 pupils and 40 teachers from the school.",
    "Nearly 200 pilgrims were injured when the stand collapsed.",
    "Some 80 workers protested outside the harbour office.",
    "Police arrested roughly 150 herders after the clashes.",
    "Dozens of journalists were detained outside the court building.",
    "Hundreds of students marched on the ministry.",
    "Twelve nurses were killed in the shelling of the clinic.",
    "Thousands of Kenyans were evacuated from the Gulf states.",
    "About 300 passengers drowned when the ferry capsized.",
]

ARTICLES = [
    "Militants ambushed an army convoy near the town of Gao on Tuesday, killing six soldiers, "
    "the army said. About 4,000 farmers live in the valley below the road. The attackers fled "
    "into the desert.",
    "Police fired tear gas at protesters in the capital on Friday. The school nearby has 650 "
    "pupils and 40 teachers. Three demonstrators were wounded, a hospital official said.",
    "Rebels shelled the port city overnight, residents said. Some 80 workers earn a living from the "
    "small harbour. Two boats were destroyed and one fisherman was killed.",
    "The government signed a ceasefire with the armed groups on Sunday. The region counts "
    "roughly 1,500 Tuareg people. Negotiators met again on Monday.",
    "Protesters blocked the main highway for a third day. Hundreds of students queued for the "
    "entrance exams in the city. Police arrested 14 people, the interior ministry said.",
]


def _kept(text: str) -> list[bool]:
    return select(split_sentences(text))


@pytest.mark.parametrize("sentence", COUNTS_ALONE)
def test_a_count_of_people_alone_is_not_parsed(sentence: str) -> None:
    assert kinds(sentence) == {"number"}
    text = "Soldiers raided the camp at dawn. " + sentence
    assert _kept(text) == [True, False]


@pytest.mark.parametrize("sentence", COUNTS_WITH_A_CUE)
def test_a_count_beside_a_trigger_or_a_casualty_word_is_parsed(sentence: str) -> None:
    assert "number" in kinds(sentence) and kinds(sentence) & {"trigger", "casualty"}
    text = "The weather was mild in the morning. " + sentence
    assert _kept(text) == [True, True]


def test_a_count_alone_as_the_lead_is_still_parsed() -> None:
    assert _kept(COUNTS_ALONE[0] + " The weather was mild.") == [True, False]


def _records(pipeline: Pipeline, text: str) -> tuple[list[tuple], list[tuple]]:
    ex = pipeline.process(Article(text=text, published=None))
    events = [(e.trigger.start, e.plover_type, e.plover_mode, tuple(a.text for a in e.actors))
              for e in ex.events]
    claims = [(c.evidence.start, c.outcome, c.low, c.high, c.victims) for c in ex.claims]
    return events, claims


@pytest.mark.parametrize("text", ARTICLES)
def test_events_and_claims_are_those_of_the_full_parse(text: str) -> None:
    segments = split_sentences(text)
    assert not all(select(segments))  # the count is left unparsed
    full = _records(Pipeline(select_sentences=False), text)
    selected = _records(Pipeline(), text)
    assert selected == full
    assert full[0] or full[1]
