"""``regex_gate.required_all``: the gates of a list of patterns are stored in sitrep's cache
folder by the first process and read back by later ones, always the same as ``required``; a
changed pattern list gets a file of its own, and a broken or unwritable cache only costs time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.nlp.regex_gate import required, required_all

PATTERNS = [
    re.compile(r"\b(?:fall|falls|fell|fallen) (?:to|into)\b", re.IGNORECASE),
    re.compile(r"\bsuicide (?:bomb|attack)s?\b"),
    re.compile(r"\bM\d\ds?\b"),
    re.compile(r"\bkill\w*\b.{0,40}\bcivilians?\b"),
    re.compile(r"\bIED\b"),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("join", [False, True])
def test_gates_are_stored_once_and_read_back_the_same(cache: Path, join: bool) -> None:
    expected = [required(p, join) for p in PATTERNS]
    assert required_all(PATTERNS, join) == expected
    files = list(cache.glob("regex-gates-*.json"))
    assert len(files) == 1
    assert required_all(PATTERNS, join) == expected  # read from the file
    assert list(cache.glob("regex-gates-*.json")) == files


def test_a_stored_file_is_what_is_read(cache: Path) -> None:
    required_all(PATTERNS, True)
    [path] = cache.glob("regex-gates-*.json")
    path.write_text('[["x"], null, null, null, null]', encoding="utf-8")
    assert required_all(PATTERNS, True)[0] == ("x",)  # the cache, not a new reading


def test_another_pattern_list_or_join_has_its_own_file(cache: Path) -> None:
    required_all(PATTERNS, True)
    required_all(PATTERNS, False)
    required_all(PATTERNS[:2], True)
    changed = [*PATTERNS[:-1], re.compile(r"\bIEDs?\b")]
    assert required_all(changed, True)[-1] == required(changed[-1], True)
    assert len(list(cache.glob("regex-gates-*.json"))) == 4


@pytest.mark.parametrize("content", ["", "{", '{"a": 1}', '[["x"]]', "null"])
def test_a_broken_file_is_read_again_from_the_patterns(cache: Path, content: str) -> None:
    required_all(PATTERNS, True)
    [path] = cache.glob("regex-gates-*.json")
    path.write_text(content, encoding="utf-8")
    assert required_all(PATTERNS, True) == [required(p, True) for p in PATTERNS]


def test_an_unwritable_cache_folder_still_gives_the_gates(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SITREP_CACHE", str(blocker / "cache"))
    assert required_all(PATTERNS, True) == [required(p, True) for p in PATTERNS]
