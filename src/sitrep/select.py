"""Sentence selection: which sentences are worth parsing. Recall-safe by design: a sentence is
dropped only when it has none of the cues that can carry an event, a claim, a place or a date
that an event needs. (Stub: keeps everything until the selection issue measures its cost.)
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.segment import Segment


def select(segments: Sequence[Segment]) -> list[bool]:
    return [True] * len(segments)
