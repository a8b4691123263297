"""The centroid of a name's context is read from the round's sorted coordinates less the name's
own points; it is the centroid that sorting the context's points gives."""

from __future__ import annotations

import random
from collections import Counter

from sitrep.extract.places.mention import DocContext, RoundPoints, median_without


def _plain(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def test_median_without_is_the_median_of_the_rest():
    rng = random.Random(7)
    for _ in range(500):
        values = [rng.choice([rng.uniform(-90, 90), 12.5, -3.0]) for _ in range(rng.randint(1, 40))]
        removed = rng.sample(values, rng.randint(0, len(values) - 1))
        rest = list(values)
        for value in removed:
            rest.remove(value)
        assert median_without(sorted(values), removed) == sorted(rest)[len(rest) // 2]


def test_context_centroid_from_the_round_equals_the_sorted_points():
    rng = random.Random(11)
    for _ in range(300):
        points = [(round(rng.uniform(-60, 60), 3), round(rng.uniform(-170, 170), 3))
                  for _ in range(rng.randint(1, 30))]
        points += rng.sample(points, min(3, len(points)))  # a place named twice
        own = set(rng.sample(range(len(points)), rng.randint(0, len(points) - 1)))
        kept = [p for i, p in enumerate(points) if i not in own]
        ctx = DocContext(Counter(), Counter(), kept, round_points=RoundPoints.of(points),
                         left_out=[p for i, p in enumerate(points) if i in own])
        assert ctx.centroid() == _plain(kept)


def test_context_without_the_round_sorts_its_points():
    points = [(1.0, 5.0), (3.0, 2.0), (2.0, 9.0)]
    assert DocContext(Counter(), Counter(), points).centroid() == (2.0, 5.0)
    assert DocContext(Counter(), Counter(), []).centroid() is None


def test_round_points_skip_names_without_a_point():
    every = RoundPoints.of([(4.0, 1.0), None, (2.0, 3.0)])
    assert every.lats == [2.0, 4.0] and every.lons == [1.0, 3.0]
