"""The word gates of the events rules (``tokens.doc_words``, ``tokens.has_any``) change no
answer, only its cost: each gated rule gives on every token of real parses what it gives with
its gate held open (a doc whose words are taken to include every word). Made-up sentences
with the words each rule looks for (and near neighbours without them), and the sentences of
news-mix articles where ../shared/data has them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from spacy.tokens import Doc, Token

from conftest import news_texts
from sitrep.extract.events.eventhood.reported import indirect_question
from sitrep.extract.events.eventhood.summaries import habitual, summary
from sitrep.extract.events.history.careers import other_season
from sitrep.extract.events.history.episodes import in_named_episode
from sitrep.extract.events.roles.datelines import after_dateline, dateline_end, dateline_word
from sitrep.extract.events.senses.everyday import reader_imperative
from sitrep.extract.events.senses.life.games import game
from sitrep.extract.events.senses.words import not_done
from sitrep.extract.events.tokens import WORDS_KEY, doc_words, has_any
from sitrep.nlp.segment import split_sentences

pytestmark = pytest.mark.slow  # loads the model

MADE_UP = [
    # habitual: "used to", frequency adverbs, repeated times (and the same acts without them)
    "Police used to raid the bars in the old port.",
    "Police raided the bars in the old port.",
    "The militia attacks the villages nightly, residents say.",
    "The militia attacked the villages last night, residents say.",
    "Soldiers beat the prisoners every weekend at the camp.",
    "Soldiers beat the prisoners at the camp on Saturday.",
    "Protesters march on Fridays outside the parliament.",
    "Protesters marched on Friday outside the parliament.",
    "Gangs extort the drivers twice a week.",
    "The rebels shelled the town from time to time.",
    "The council set aside three hours every day for citizens to meet the mayor.",
    "Aid workers deliver food every month to the camp.",
    # reader imperatives
    "Visit our website for more information about the protest.",
    "Follow us on Twitter for updates on the strike.",
    "Supporters visited the detained leader in prison.",
    "Sign up for our newsletter to read about the talks.",
    # yes-no questions
    "Officials refused to say whether anyone was arrested.",
    "The ministry would not confirm if the troops had withdrawn.",
    "It is unclear whether talks took place in Vienna.",
    "If the rebels attack the town, the army will respond.",
    "Officials said that two men were arrested.",
    # datelines
    "DAYTON, Ohio - A woman was shot outside a bar on Tuesday.",
    "MANILA, Philippines (AP) -- Negotiators agreed to a ceasefire.",
    "TUNIS, May 9 - Riot police beat protesters in the capital.",
    "CROMWELL \u2014 Police arrested two men after a brawl.",
    "The US-led coalition struck a depot near Raqqa.",
    "Police in Dayton arrested a man who shot a woman.",
    # games
    "The Eagles beat the Giants 24-10 on Sunday.",
    "Fans attacked the referee with bottles after the match.",
    "The striker hit the post twice in the second half.",
    "Soldiers fired rifles at the crowd after the game.",
    # named episodes of history
    "Thousands of civilians were killed in the Korean War.",
    "The Tet Offensive attacks shocked the American public.",
    "Many were arrested during the second intifada.",
    "The Rwandan Genocide killed 800,000 people.",
    "Rebels attacked the town during the night.",
    # seasons other than the publication's
    "The summer offensive drove the rebels out of the valley.",
    "The spring raids killed dozens of villagers.",
    "The army is preparing the spring offensive.",
    "This winter's offensive began on Tuesday.",
    # summaries in the perfect
    "The group has kidnapped hundreds of people in recent years.",
    "The group kidnapped hundreds of people in recent years.",
    "Police had been raiding the camps for years.",
    "The agency has delivered 3,000 tons of food to date.",
    "The militants have carried out attacks across the region.",
    # guesses about the past
    "The two men may have started cooperating with the rebels.",
    "He might have been trying to impress her by killing the guard.",
    "The two men have started cooperating with the rebels.",
    "The soldiers could attack the village at night.",
]


class _Everything(frozenset):  # type: ignore[type-arg]
    """A set of words that meets every other: the gate held open."""

    def isdisjoint(self, other: Any) -> bool:
        return False


RULES: dict[str, Callable[[Token], Any]] = {
    "habitual ASSAULT": lambda t: habitual(t, "ASSAULT"),
    "habitual AID": lambda t: habitual(t, "AID"),
    "reader_imperative": reader_imperative,
    "indirect_question": indirect_question,
    "dateline_word": dateline_word,
    "dateline_end": dateline_end,
    "after_dateline": lambda t: None if (a := after_dateline(t)) is None else a.i,
    "game ASSAULT": lambda t: game(t, "ASSAULT"),
    "game REJECT": lambda t: game(t, "REJECT"),
    "in_named_episode": in_named_episode,
    "summary": summary,
    "not_done ASSAULT": lambda t: not_done(t, "ASSAULT"),
    "not_done COOPERATE": lambda t: not_done(t, "COOPERATE"),
    "other_season": lambda t: other_season(t, dt.date(2020, 12, 5)),
}


@pytest.fixture(scope="module")
def docs(pipeline) -> list[Doc]:
    texts = list(MADE_UP)
    for article in news_texts(40, stop=2000, required=False):
        texts.extend(s.text for s in split_sentences(article))
    return list(pipeline.nlp.pipe(texts))


def _answers(doc: Doc, rule: Callable[[Token], Any], gate_open: bool) -> list[Any]:
    doc.user_data.pop(WORDS_KEY, None)
    if gate_open:
        doc.user_data[WORDS_KEY] = (_Everything(), _Everything())
    try:
        return [rule(t) for t in doc]
    finally:
        doc.user_data.pop(WORDS_KEY, None)


def test_doc_words_are_the_lower_case_forms_and_lemmas(docs: list[Doc]) -> None:
    for doc in docs:
        assert doc_words(doc) == ({t.lower_ for t in doc}, {t.lemma_.lower() for t in doc})


def test_has_any_meets_forms_or_lemmas(docs: list[Doc]) -> None:
    raid = docs[1]  # "Police raided the bars ..."
    assert has_any(raid, lemmas={"raid"}) and not has_any(raid, words={"raid"})
    assert has_any(raid, words={"raided"}) and not has_any(raid, words={"used"}, lemmas={"use"})


@pytest.mark.parametrize("name", sorted(RULES))
def test_a_gated_rule_answers_as_with_its_gate_open(docs: list[Doc], name: str) -> None:
    rule = RULES[name]
    for doc in docs:
        assert _answers(doc, rule, False) == _answers(doc, rule, True), (name, doc.text)


def test_the_made_up_sentences_reach_past_the_gates(docs: list[Doc]) -> None:
    """The comparison above is not one of False against False: the made-up sentences give
    answers of each kind."""
    made_up = docs[:len(MADE_UP)]
    found = {name: sum(any(v is not None and v is not False for v in _answers(d, rule, False))
                       for d in made_up) for name, rule in RULES.items()}
    assert found["habitual ASSAULT"] >= 4
    assert found["reader_imperative"] >= 2
    assert found["indirect_question"] >= 2
    assert found["dateline_word"] >= 3
    assert found["dateline_end"] >= 3
    assert found["in_named_episode"] >= 3
    assert found["other_season"] >= 1
    assert found["summary"] >= 3
    assert found["not_done COOPERATE"] >= 1
