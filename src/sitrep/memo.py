"""Bounded memos of pure functions, looked up for many keys at once."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def remembered(memo: dict[K, V], keys: Sequence[K], compute: Callable[[K], V],
               limit: int = 200_000) -> list[V]:
    """``[compute(key) for key in keys]``, each new key computed once and kept in ``memo``
    (emptied when it holds more than ``limit`` entries)."""
    new = set(keys).difference(memo)
    if new:
        if len(memo) > limit:
            memo.clear()
            new = set(keys)
        for key in new:
            memo[key] = compute(key)
    return [memo[key] for key in keys]
