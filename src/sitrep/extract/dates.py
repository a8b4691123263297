"""Extractor stub: replaced by the real extractor."""

from __future__ import annotations

from sitrep.context import Context

VERSION = "sitrep.dates.v0"


def extract(ctx: Context) -> list:
    return []
