"""Shared fixtures: the real model, loaded once per test session; paths to ../shared/data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (tests that need ../shared/data are skipped)")
    return path


def news_texts(step: int, stop: int = 2000, required: bool = True) -> list[str]:
    """Every ``step``-th article text of the news benchmark file (lines before ``stop``). Where
    ../shared/data is absent the test is skipped with a message (most of these tests compare a
    fast path with a plain one over the variety of real news, which a few sentences cannot
    give), or, with ``required=False``, [] is returned for a test that has texts of its own."""
    import itertools
    import json

    path = SHARED / "bench" / "news-mix.jsonl"
    if not path.exists():
        if required:
            shared_path("bench", "news-mix.jsonl")  # skips, saying what is missing
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in itertools.islice(fh, 0, stop, step)]


@pytest.fixture(scope="session")
def pipeline():
    from sitrep.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (EXAMPLES / "minsk-group-2020-10-05.txt").read_text("utf-8")


# fixtures that load the model (or build on it): a test that uses one is marked slow, so that
# ``pytest -m "not slow"`` is a quick inner loop; ``make test`` runs everything
MODEL_FIXTURES = {"pipeline"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


# -- the two databases ------------------------------------------------------------------------
# ``db_target`` is a fresh, empty database of each kind in turn: a SQLite file path, then the URL
# of a new database on a real PostgreSQL server that the session starts (tests/pgserver.py).
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server():
    from pgserver import MISSING, PgServer, binaries

    bindir = binaries()
    if bindir is None:
        pytest.skip(MISSING)
    server = PgServer(bindir)
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return str(tmp_path / "sitrep.db")
    return request.getfixturevalue("pg_server").database()


@pytest.fixture
def new_target(backend: str, tmp_path: Path, request: pytest.FixtureRequest):
    """A maker of fresh, empty databases of the test's backend: ``new_target("one.db")`` is a
    SQLite path in the test's folder, or the URL of a new PostgreSQL database (the name is
    then only a label), for tests that need more than one database."""

    def make(name: str) -> str:
        if backend == "sqlite":
            return str(tmp_path / name)
        return str(request.getfixturevalue("pg_server").database())

    return make


@pytest.fixture(scope="module")
def events_of(pipeline):
    """The events of a text processed as one article published on 2021-03-04 (a probe file
    that needs another day defines its own ``events_of``)."""
    def run(text: str):
        from sitrep.records import Article

        return pipeline.process(Article(text=text, published=dt.date(2021, 3, 4),
                                        language="en")).events

    return run
