"""The event actor finder picks a sentence's actor records by bisection: the same records in
the same order as a scan over all of the article's actors."""

from __future__ import annotations

import random
from types import SimpleNamespace

from conftest import news_texts
from sitrep.extract.context import Sentence
from sitrep.extract.events.roles.actors import ActorFinder
from sitrep.records import Actor, Article, Evidence


def _plain(actors: list[Actor], sentence: Sentence) -> list[tuple[int, int, Actor]]:
    return sorted(
        ((a.evidence.start - sentence.start, a.evidence.end - sentence.start, a)
         for a in actors if sentence.start <= a.evidence.start < sentence.end),
        key=lambda t: (t[0], -t[1]),
    )


def _check(actors: list[Actor], sentences: list[Sentence]) -> int:
    finder = ActorFinder(SimpleNamespace(result=SimpleNamespace(actors=actors)), "test")
    found = 0
    for sentence in sentences:
        finder.start(sentence)
        expected = _plain(actors, sentence)
        assert [(a, b, id(x)) for a, b, x in finder.spans] == [
            (a, b, id(x)) for a, b, x in expected]
        found += len(expected)
    return found


def test_sentence_actors_by_bisection_equal_the_scan(pipeline) -> None:
    found = 0
    for text in news_texts(100)[:12]:
        result = pipeline.process(Article(text=text))
        starts = [0] + [i + 2 for i in range(len(text)) if text.startswith(". ", i)]
        ends = starts[1:] + [len(text)]
        found += _check(result.actors, [Sentence(k, a, b, text[a:b])
                                        for k, (a, b) in enumerate(zip(starts, ends, strict=True))])
    rng = random.Random(5)  # ties: equal starts, equal spans, in the article's order
    actors = []
    for k in range(300):
        a = rng.randrange(0, 200)
        b = a + rng.choice([1, 1, 2, 5])
        actors.append(Actor(text=str(k), evidence=Evidence(a, b, "x"), name=str(k)))
    sentences = [Sentence(k, a, a + 17, "") for k, a in enumerate(range(-10, 210, 17))]
    found += _check(actors, sentences)
    actors.append(Actor(text="late", evidence=Evidence(3, 4, "x"), name="late"))
    found += _check(actors, sentences)  # a record added later is seen
    assert found > 600
