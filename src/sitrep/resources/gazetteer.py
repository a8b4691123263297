"""Gazetteer stub: replaced by the GeoNames index."""

from __future__ import annotations

from functools import lru_cache


class Gazetteer:
    pass


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()
