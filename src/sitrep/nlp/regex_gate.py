"""The words a regular expression cannot match without: a cheap test before the real search.

``required(pattern)`` reads a compiled pattern's syntax tree and returns lower-case strings one
of which every match (with its lookaheads) contains, or None when it cannot tell. A text that
contains none of them, lower-cased, cannot match, so ``pattern.search`` can be skipped. With
many cue patterns per sentence most searches are skipped this way
(``sitrep.extract.events.case.rules`` uses it; ``tests/extract/events/test_events.py`` checks
that scores are the same either way).

Reading a pattern's tree costs about 10 ms; for the 160 CASE patterns, over a second of every
process's start. ``required_all`` keeps the gates of a list of patterns in one small JSON file
in sitrep's cache folder, named by a hash of the patterns, their flags, this module's source and
the Python version (whose parser gives the tree): later processes read them back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

MIN_LENGTH = 2  # shorter literals select nothing


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    good = [c for c in candidates if c and min(len(s) for s in c) >= MIN_LENGTH]
    if not good:
        return None
    return max(good, key=lambda c: (min(len(s) for s in c), -len(c)))


MAX_JOINED = 256  # ``_leads`` gives up on more strings than this


def _leads(items: Any) -> tuple[frozenset[str], bool] | None:
    """(strings one of which every match of ``items`` begins with, whether they are the whole
    match), joining literals across groups and alternations ("f(?:all|ell) (?:to|into)" ->
    "fall to", "fell to", "fall into", ...); zero-width assertions are passed over. None when a
    match may begin otherwise."""
    out = frozenset({""})
    for op, av in items:
        if op is sre.LITERAL:
            out = frozenset(s + chr(av) for s in out)
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.SUBPATTERN:
            found = _leads(av[-1])
        elif op is sre.BRANCH:
            parts = [_leads(branch) for branch in av[1]]
            found = None if any(p is None for p in parts) else (
                frozenset().union(*(p[0] for p in parts)), all(p[1] for p in parts))
        else:
            found = None
        if found is None or len(out) * len(found[0]) > MAX_JOINED:
            return out, False
        out = frozenset(s + t for s in out for t in found[0])
        if not found[1]:
            return out, False
    return out, True


def _needs(items: Any, join: bool = False) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    if join:  # every match's text from each item on begins with one of its leads
        for i in range(len(items)):
            leads = _leads(items[i:])
            if leads is not None:
                candidates.append(frozenset(s.lower() for s in leads[0]))

    def close() -> None:
        if run:
            candidates.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        close()
        if op is sre.SUBPATTERN:
            found = _needs(av[-1], join)
        elif op is sre.BRANCH:
            parts = [_needs(branch, join) for branch in av[1]]
            found = None if any(p is None for p in parts) else frozenset().union(*parts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found = _needs(av[2], join) if av[0] >= 1 else None
        elif op is sre.ASSERT:
            found = _needs(av[1], join)
        elif op is sre.ATOMIC_GROUP:
            found = _needs(av, join)
        else:
            found = None
        if found is not None:
            candidates.append(found)
    close()
    return _best(candidates)


def required(pattern: re.Pattern[str], join: bool = False) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` contains; None if unknown.
    With ``join``, literals are also joined across groups and alternations (``_leads``), which
    gives longer, rarer strings where the parser has split a word list by common prefixes."""
    try:
        found = _needs(sre_parse.parse(pattern.pattern, pattern.flags), join)
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    return tuple(sorted(found)) if found else None


def may_match(gate: tuple[str, ...] | None, lower_text: str) -> bool:
    """False only when ``lower_text`` has none of the gate's strings (so no match is possible)."""
    return gate is None or any(s in lower_text for s in gate)


def _cache_file(patterns: Sequence[re.Pattern[str]], join: bool) -> Path:
    from sitrep.resources.gazetteer import cache_dir

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(repr((sys.version_info[:2], join)).encode())
    for pattern in patterns:
        digest.update(f"\0{pattern.flags}\0{pattern.pattern}".encode())
    return cache_dir() / f"regex-gates-{digest.hexdigest()[:24]}.json"


def required_all(patterns: Sequence[re.Pattern[str]],
                 join: bool = False) -> list[tuple[str, ...] | None]:
    """``required`` of each of ``patterns``, read from the cache folder when an earlier process
    stored the same list there, else computed and stored (where the folder cannot be written,
    only computed)."""
    path = _cache_file(patterns, join)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(stored, list) and len(stored) == len(patterns):
            return [None if gate is None else tuple(gate) for gate in stored]
    except (OSError, ValueError):
        pass
    gates = [required(pattern, join) for pattern in patterns]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(gates, out)
        os.replace(name, path)  # whole or not at all, for processes reading it meanwhile
    except OSError:
        pass
    return gates
