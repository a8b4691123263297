"""Latency of ``sitrep serve`` with real HTTP requests: starts the server on a free loopback port
over a database, asks every API call and page a number of times (with filters, pages deep in a
cursor walk, clusters at several zooms, incident and article pages of many records) and prints
the 50th / 95th / max milliseconds per route. The issue's bar: p95 under 200 ms for each.

    python scripts/serve_latency.py /tmp/serve-newsmix.db --rounds 20
    python scripts/serve_latency.py /tmp/serve-newsmix.db --synthetic 20000   # the map at 20k
    python scripts/serve_latency.py postgresql://sitrep@127.0.0.1:5432/newsmix --rounds 20

The database is a SQLite file or a PostgreSQL URL (as ``--db``). ``--synthetic N`` (SQLite
only) first copies the database and adds incidents until it holds N (copies of the
real ones, moved in place and day), to measure the map and the lists at that size.
Requests go to 127.0.0.1 only; each loop is bounded by ``--rounds``."""

from __future__ import annotations

import argparse
import json
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def grow(db: Path, target: int) -> Path:
    out = Path(tempfile.mkdtemp()) / "grown.db"
    shutil.copy(db, out)
    conn = sqlite3.connect(out)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(incidents)")]
    rows = conn.execute(f"SELECT {', '.join(cols)} FROM incidents WHERE lat IS NOT NULL"
                        ).fetchall()
    have = conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
    rnd = random.Random(7)
    new = []
    for i in range(max(0, target - have)):
        r = dict(zip(cols, rnd.choice(rows), strict=True))
        r["id"] = f"inc-syn{i:012d}"
        r["lat"] = max(-80.0, min(80.0, r["lat"] + rnd.uniform(-2, 2)))
        r["lon"] = max(-179.0, min(179.0, r["lon"] + rnd.uniform(-2, 2)))
        new.append(tuple(r[c] for c in cols))
    conn.executemany(f"INSERT INTO incidents ({', '.join(cols)}) VALUES "
                     f"({', '.join('?' * len(cols))})", new)
    conn.commit()
    conn.close()
    return out


def incident_count(db: Path | str) -> int:
    from sitrep.store import open_db

    with open_db(db, read_only=True) as opened:
        return int(opened.conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0])


def get(base: str, path: str) -> tuple[float, int, bytes]:
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            body, status = r.read(), r.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    return (time.perf_counter() - start) * 1000, status, body


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--synthetic", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from sitrep.store.backend import is_url

    db: Path | str = args.db if is_url(args.db) else Path(args.db)
    if args.synthetic:
        if is_url(args.db):
            ap.error("--synthetic copies a SQLite file: pass a file, or grow a copy first")
        db = grow(Path(db), args.synthetic)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-c", "from sitrep.cli import main; main()", "--db", str(db), "serve",
                               "--port", str(port), "--token", "latency"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(200):
            try:
                get(base, "/api/v1/openapi.json")
                break
            except OSError:
                time.sleep(0.1)
        _, _, body = get(base, "/api/v1/incidents?limit=500&sort=-articles")
        incidents = [i["id"] for i in json.loads(body)["items"]]
        _, _, body = get(base, "/api/v1/articles?limit=500")
        articles = [a["id"] for a in json.loads(body)["items"] if a["status"] == "extracted"]
        cursor = None
        for _ in range(10):  # a cursor 10 pages deep
            _, _, body = get(base, "/api/v1/incidents?limit=50"
                             + (f"&cursor={cursor}" if cursor else ""))
            cursor = json.loads(body)["next_cursor"] or cursor
        rnd = random.Random(1)
        routes = {
            "api incidents": lambda: "/api/v1/incidents?limit=50",
            "api incidents filtered": lambda: "/api/v1/incidents?type=ASSAULT&since=2015-01-01"
                                              "&sort=-fatalities&limit=50",
            "api incidents deep cursor": lambda: f"/api/v1/incidents?limit=50&cursor={cursor}",
            "api incidents.geojson": lambda: "/api/v1/incidents.geojson?limit=500",
            "api incident": lambda: f"/api/v1/incidents/{rnd.choice(incidents)}",
            "api map world": lambda: "/api/v1/map?zoom=2&bbox=-180,-85,180,85",
            "api map zoom 6": lambda: "/api/v1/map?zoom=6&bbox=30,25,50,40",
            "api timeline": lambda: "/api/v1/timeline",
            "api events": lambda: "/api/v1/events?limit=50&type=ASSAULT",
            "api claims": lambda: "/api/v1/claims?limit=50&type=killed",
            "api tallies": lambda: "/api/v1/tallies?limit=50",
            "api articles": lambda: "/api/v1/articles?limit=50",
            "api article": lambda: f"/api/v1/articles/{rnd.choice(articles)}",
            "api places": lambda: "/api/v1/places?limit=200",
            "api corrections": lambda: "/api/v1/corrections",
            "page map": lambda: "/",
            "page incidents": lambda: "/incidents?sort=-fatalities",
            "page events": lambda: "/events",
            "page claims": lambda: "/claims",
            "page articles": lambda: "/articles",
            "page incident": lambda: f"/incidents/{rnd.choice(incidents)}",
            "page article": lambda: f"/articles/{rnd.choice(articles)}",
            "page tallies": lambda: "/tallies",
            "page review": lambda: "/review",
            "page api": lambda: "/api",
        }
        results = {}
        for name, make in routes.items():
            get(base, make())  # warm
            times, bad = [], 0
            for _ in range(args.rounds):
                ms, status, _ = get(base, make())
                times.append(ms)
                bad += status != 200
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
            results[name] = {"p50": statistics.median(times), "p95": p95, "max": times[-1],
                             "errors": bad}
        _, _, body = get(base, "/api/v1/incidents?limit=1")
        total = incident_count(db)
    finally:
        server.terminate()
        server.wait(timeout=10)
    if args.json:
        print(json.dumps({"incidents": total, "rounds": args.rounds, "routes": results}))
        return
    print(f"{db}: {total} incidents, {args.rounds} requests per route (after one warm-up)")
    print(f"{'route':28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} errors")
    for name, r in results.items():
        flag = "" if r["p95"] < 200 else "  over 200 ms"
        print(f"{name:28} {r['p50']:8.1f} {r['p95']:8.1f} {r['max']:8.1f} {r['errors']:6d}{flag}")
    print(f"worst p95: {max(r['p95'] for r in results.values()):.1f} ms")


if __name__ == "__main__":
    main()
