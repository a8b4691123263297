"""Fixtures and helpers of the web tests (imported by each test module: a conftest.py here would
take the module name ``conftest`` from tests/conftest.py, which other tests import from): a real database built by a real ``sitrep ingest`` of the bundled
example, a few news-mix articles, two reports of one attack and an article with planted HTML and
script; the real app over it (TestClient), and a real server on a free loopback port for the
browser tests."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import BACKENDS

with warnings.catch_warnings():  # starlette asks for httpx2 instead of httpx (either works)
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-token-123"
HOSTILE_TITLE = "<script>window.__pwned = 1</script>Police station attacked"
HOSTILE_TEXT = (
    "Gunmen attacked a police station in Kandahar on Tuesday, killing three officers, "
    "provincial officials said. <script>window.__pwned = 1</script> The attackers fled after a "
    "gunfight that lasted an hour. <img src=x onerror=\"window.__pwned = 2\"> Local residents "
    "said the Taliban had threatened the police in the town for weeks.")
UNDATED = ("Rebels attacked an army post near Goma, killing three soldiers, the army said. "
           "The rebels withdrew into the forest after the attack.")  # no date: an undated incident
SECOND = ("Five police officers were killed when militants stormed a police station in Kandahar "
          "on Tuesday, a spokesman for the provincial governor said. The Taliban claimed the "
          "attack.")


def ingest(db: Path | str, *paths: Path, extra: tuple[str, ...] = ()) -> None:
    from sitrep.cli import main_group, register

    register()
    result = CliRunner().invoke(main_group, ["--db", str(db), "ingest", *map(str, paths),
                                             *extra])
    assert result.exit_code == 0, result.output


def inputs(folder: Path) -> list[Path]:
    records = [{"id": "hostile-1", "title": HOSTILE_TITLE, "source": "<b>wire-a</b>",
                "published": "2021-03-10", "text": HOSTILE_TEXT},
               {"id": "second-1", "title": "Five police killed", "source": "wire-b",
                "published": "2021-03-10", "text": SECOND},
               {"id": "undated-1", "title": "Army post attacked", "source": "wire-c",
                "text": UNDATED}]
    news = ROOT.parent / "shared" / "data" / "bench" / "news-mix.jsonl"
    if news.exists():
        with news.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= 12:
                    break
                records.append(json.loads(line))
    path = folder / "mix.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return [ROOT / "examples", path]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    db = folder / "web.db"
    ingest(db, *inputs(folder))
    return db


@pytest.fixture
def fresh_db(web_db: Path, tmp_path: Path) -> Path:
    """A copy of the session's database that a test may write."""
    target = tmp_path / "copy.db"
    shutil.copy(web_db, target)
    return target


@pytest.fixture(scope="session", params=BACKENDS)
def web_target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The session's database on each backend in turn: ``web_db`` (SQLite), then the same
    ingest into a PostgreSQL database of the test server (tests/pgserver.py)."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("web_db"))
    server = request.getfixturevalue("pg_server")
    url = server.database()
    ingest(url, *inputs(tmp_path_factory.mktemp("web-pg")))
    _pristine[url] = _pg_copy(url)  # copied before any reader connects (a template has none)
    return url


_pristine: dict[str, str] = {}


def _pg_copy(url: str) -> str:
    """A new database on the same server holding what the one at ``url`` holds (PostgreSQL's
    CREATE DATABASE ... TEMPLATE: a file copy, no re-ingest)."""
    import uuid

    import psycopg

    base, _, name = url.rpartition("/")
    copy = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {copy} TEMPLATE {name}")
    return f"{base}/{copy}"


def copy_target(target: str, folder: Path) -> str:
    """A copy of the session database ``target`` (either backend) that a test may write."""
    if target in _pristine:
        return _pg_copy(_pristine[target])
    copy = folder / "copy.db"
    shutil.copy(target, copy)
    return str(copy)


def client_for(db: Path | str, **kwargs) -> TestClient:
    from sitrep.web import create_app

    return TestClient(create_app(db, token=TOKEN, **kwargs), base_url="http://127.0.0.1")


@pytest.fixture(scope="session")
def client(web_db: Path) -> TestClient:
    return client_for(web_db)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: Path | str) -> Iterator[str]:
    """A real uvicorn server on a free loopback port over ``db``; yields its base URL."""
    import uvicorn

    from sitrep.web import create_app

    port = free_port()
    app = create_app(db, token=TOKEN)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def server(fresh_db: Path) -> Iterator[tuple[str, Path]]:
    """A real uvicorn server on a free loopback port, over a copy of the database."""
    with serving(fresh_db) as base:
        yield base, fresh_db
