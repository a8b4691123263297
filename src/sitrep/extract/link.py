"""Linking stub: attaches places, dates, claims to events."""

from __future__ import annotations

from sitrep.context import Context

VERSION = "sitrep.link.v0"


def link(ctx: Context) -> None:
    return None
