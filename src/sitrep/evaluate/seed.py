"""The seed evaluation: every entry of ``seed/expected.yaml`` checked against the extraction of
the founding article, under the matching rules in the file's header:

- each entry under ``claims``, ``undisclosed`` and ``events`` must be matched by at least one
  extracted record; a field absent from the entry is not checked; ``any_of`` / ``all_of`` list
  accepted values (for actors and recipients, ISO3 countries of the event's actors);
- ``text_contains`` locates a record: the record's evidence or the sentence it is in contains it;
- ``since`` means a cumulative period from that date; ``period_month`` a period in that month;
- ``background: true`` means flagged as history (claim ``background``, event mode ``historical``);
- ``actors``, ``places``, ``dates``: every extracted mention containing the text must carry the
  expected values, and there must be at least one;
- ``must_not``: no extracted record may match. An ``entity`` with a ``label`` is a named entity
  of the parse; it counts as extracted unless an actor or place at the same offsets reads it
  otherwise (e.g. a capital standing for a government).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import ConfigError
from sitrep.nlp.segment import split_sentences
from sitrep.records import Actor, Claim, Event, Extraction, Place, When

Check = tuple[str, bool, str]  # (field, ok, detail)


@dataclass
class EntryResult:
    section: str
    index: int
    label: str
    passed: bool
    why: str

    def line(self) -> str:
        mark = "PASS" if self.passed else "FAIL"
        return f"{mark} {self.section}[{self.index}] {self.label}: {self.why}"


@dataclass
class SeedReport:
    dataset: str
    results: list[EntryResult] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def failed(self) -> int:
        return len(self.results) - self.passed

    def to_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "n": len(self.results),
                "metrics": {"passed": self.passed, "failed": self.failed},
                "failures": [{"section": r.section, "index": r.index, "entry": r.label,
                              "why": r.why} for r in self.results if not r.passed]}

    def lines(self) -> list[str]:
        return [r.line() for r in self.results] + [f"{self.passed} passed, {self.failed} failed"]


def _s(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _accepts(spec: Any, value: Any) -> bool:
    if isinstance(spec, dict) and "any_of" in spec:
        return _s(value) in {_s(v) for v in spec["any_of"]}
    return value is not None and _s(value).lower() == _s(spec).lower()


def _countries(actors: Iterable[Actor]) -> set[str]:
    return {a.country.upper() for a in actors if a.country}


def _set_check(spec: Any, have: set[str]) -> bool:
    if isinstance(spec, dict) and "all_of" in spec:
        return {_s(v) for v in spec["all_of"]} <= have
    if isinstance(spec, dict) and "any_of" in spec:
        return bool({_s(v) for v in spec["any_of"]} & have)
    return _s(spec) in have


class SeedChecker:
    def __init__(self, text: str, extraction: Extraction, ents: list[tuple[int, int, str]]
                 ) -> None:
        self.text = text
        self.ex = extraction
        self.ents = ents  # (start, end, label) of the parse's named entities
        self.sentences = [(s.start, s.end) for s in split_sentences(text)]

    def sentence_of(self, start: int) -> str:
        for a, b in self.sentences:
            if a <= start < b:
                return self.text[a:b]
        return ""

    def located(self, spec: dict, start: int, evidence_text: str) -> bool:
        needle = spec.get("text_contains")
        return needle is None or needle in evidence_text or needle in self.sentence_of(start)

    # -- claims -----------------------------------------------------------------------------------
    def claim_checks(self, spec: dict, c: Claim) -> list[Check]:
        checks: list[Check] = [("text_contains", self.located(spec, c.evidence.start,
                                                               c.evidence.text), c.evidence.text)]
        for key in ("outcome", "low", "high", "victims", "side", "approx", "vague"):
            if key in spec:
                value = getattr(c, key)
                checks.append((key, _accepts(spec[key], value), f"{key}={value}"))
        if "since" in spec:
            ok = c.period_kind == "since" and c.period_start == _s(spec["since"])
            checks.append(("since", ok, f"period={c.period_kind} {c.period_start}"))
        if "period_month" in spec:
            month = _s(spec["period_month"])
            ok = bool(c.period_start and c.period_start.startswith(month)) and (
                c.period_end is None or c.period_end.startswith(month))
            checks.append(("period_month", ok, f"period={c.period_start}..{c.period_end}"))
        if "background" in spec:
            checks.append(("background", c.background == bool(spec["background"]),
                           f"background={c.background}"))
        if "undisclosed" in spec:
            checks.append(("undisclosed", c.undisclosed == bool(spec["undisclosed"]),
                           f"undisclosed={c.undisclosed}"))
        if "claimant_text_contains" in spec:
            needle = spec["claimant_text_contains"].lower()
            got = c.claimant.text if c.claimant else None
            ok = c.claimant is not None and (needle in c.claimant.text.lower()
                                             or needle in (c.claimant.name or "").lower())
            checks.append(("claimant", ok, f"claimant={got!r}"))
        if "claimant_side" in spec:
            got = c.claimant.country if c.claimant else None
            checks.append(("claimant_side", _accepts(spec["claimant_side"], got),
                           f"claimant country={got}"))
        return checks

    # -- events -----------------------------------------------------------------------------------
    def event_checks(self, spec: dict, e: Event) -> list[Check]:
        checks: list[Check] = [("text_contains", self.located(spec, e.evidence.start,
                                                               e.evidence.text),
                                e.trigger.text)]
        simple = {"plover": e.plover_type, "mode": e.plover_mode, "cameo_root": e.cameo_root,
                  "acled_event_type": e.acled_event_type,
                  "acled_sub_event_type": e.acled_sub_event_type}
        for key, value in simple.items():
            if key in spec:
                checks.append((key, _accepts(spec[key], value), f"{key}={value}"))
        for key, actors in (("actors", e.actors), ("recipients", e.recipients)):
            if key in spec:
                have = _countries(actors)
                checks.append((key, _set_check(spec[key], have), f"{key}={sorted(have)}"))
        if "places" in spec:
            ids = {str(p.geonameid) for p in e.places if p.geonameid}
            checks.append(("places", _set_check(spec["places"], ids), f"places={sorted(ids)}"))
        value = e.when.value if e.when else None
        if "date" in spec:
            checks.append(("date", value == _s(spec["date"]), f"date={value}"))
        if "date_year" in spec:
            ok = value is not None and value[:4] == _s(spec["date_year"])
            checks.append(("date_year", ok, f"date={value}"))
        if "background" in spec:
            checks.append(("background", e.historical == bool(spec["background"]),
                           f"modes={e.modes}"))
        return checks

    # -- matching ---------------------------------------------------------------------------------
    def best_match(self, spec: dict, records: list, checker: Callable[[dict, Any], list[Check]]
                   ) -> tuple[bool, str]:
        if not records:
            return False, "nothing of this kind was extracted"
        scored = []
        for record in records:
            checks = checker(spec, record)
            bad = [c for c in checks if not c[1]]
            if not bad:
                return True, "matched: " + ", ".join(d for _, _, d in checks[1:4])
            located = checks[0][1]
            scored.append((not located, len(bad), bad, checks[0][2]))
        scored.sort(key=lambda t: (t[0], t[1]))
        not_located, _, bad, where = scored[0]
        if not_located and len(scored) == len(records) and all(s[0] for s in scored):
            return False, f"no record found at {spec.get('text_contains')!r}"
        return False, f"closest ({where!r}) differs: " + "; ".join(d for _, _, d in bad)

    def mention_check(self, spec: dict, items: list, fields: dict[str, Callable[[Any], Any]]
                      ) -> tuple[bool, str]:
        needle = _s(spec["text"])
        found = [x for x in items if needle in x.text or needle in x.evidence.text]
        if not found:
            return False, f"{needle!r} was not extracted"
        problems = []
        for x in found:
            for key, get in fields.items():
                if key in spec and not _accepts(spec[key], get(x)):
                    problems.append(f"{key}={get(x)} at {x.evidence.start}")
        if problems:
            return False, f"{len(found)} mention(s); wrong: " + "; ".join(problems[:4])
        return True, f"{len(found)} mention(s) all right"

    def all_actors(self) -> list[Actor]:
        seen: dict[int, Actor] = {}
        pool: list[Actor] = list(self.ex.actors)
        for e in self.ex.events:
            pool += e.actors + e.recipients
        pool += [c.claimant for c in self.ex.claims if c.claimant is not None]
        for a in pool:
            seen.setdefault(id(a), a)
        return list(seen.values())

    def all_places(self) -> list[Place]:
        pool: dict[int, Place] = {id(p): p for p in self.ex.places}
        for e in self.ex.events:
            pool.update({id(p): p for p in e.places})
        pool.update({id(c.place): c.place for c in self.ex.claims if c.place is not None})
        return list(pool.values())

    def all_dates(self) -> list[When]:
        pool: dict[int, When] = {id(d): d for d in self.ex.dates}
        pool.update({id(e.when): e.when for e in self.ex.events if e.when is not None})
        return list(pool.values())

    def must_not(self, spec: dict) -> tuple[bool, str]:
        kind = spec.get("kind")
        rest = {k: v for k, v in spec.items() if k != "kind"}
        if kind == "claim":
            bad = [c for c in self.ex.claims if all(ok for _, ok, _ in self.claim_checks(rest, c))]
            return (not bad, "none extracted" if not bad else
                    f"extracted: {bad[0].evidence.text!r} low={bad[0].low}")
        if kind == "event":
            bad = [e for e in self.ex.events if all(ok for _, ok, _ in self.event_checks(rest, e))]
            return (not bad, "none extracted" if not bad else
                    f"extracted: {bad[0].plover_type} at {bad[0].trigger.text!r} "
                    f"date={bad[0].when.value if bad[0].when else None}")
        if kind == "entity":
            needle, label = _s(spec["text"]), spec.get("label")
            covered = {(a.evidence.start, a.evidence.end) for a in self.all_actors()
                       if a.kind in ("place-as-government", "place") or a.sector == "GOV"}
            covered |= {(p.evidence.start, p.evidence.end) for p in self.all_places()}
            bad = [(s, e) for s, e, lab in self.ents
                   if self.text[s:e] == needle and (label is None or lab == label)
                   and (s, e) not in covered]
            if label == "PERSON":  # an actor extracted as a person (named, no country/sector)
                bad += [(a.evidence.start, a.evidence.end) for a in self.all_actors()
                        if a.text == needle and a.kind == "person"]
            return (not bad, "none extracted" if not bad else
                    f"{needle!r} extracted as {label} at offset {bad[0][0]}")
        return False, f"unknown must_not kind {kind!r}"


def _label(spec: dict) -> str:
    parts = [f"{k}={_s(v) if not isinstance(v, dict) else v}" for k, v in spec.items()
             if k not in ("text_contains",)]
    where = f" @{spec['text_contains']!r}" if "text_contains" in spec else ""
    return (" ".join(parts) + where)[:160]


def evaluate(expected: dict, text: str, extraction: Extraction,
             ents: list[tuple[int, int, str]], dataset: str = "seed") -> SeedReport:
    checker = SeedChecker(text, extraction, ents)
    report = SeedReport(dataset)

    def add(section: str, i: int, spec: dict, outcome: tuple[bool, str]) -> None:
        report.results.append(EntryResult(section, i, _label(spec), outcome[0], outcome[1]))

    for i, spec in enumerate(expected.get("claims") or []):
        add("claims", i, spec, checker.best_match(spec, extraction.claims, checker.claim_checks))
    for i, spec in enumerate(expected.get("undisclosed") or []):
        spec_u = dict(spec, undisclosed=True)
        add("undisclosed", i, spec,
            checker.best_match(spec_u, extraction.claims, checker.claim_checks))
    for i, spec in enumerate(expected.get("events") or []):
        add("events", i, spec, checker.best_match(spec, extraction.events, checker.event_checks))
    for i, spec in enumerate(expected.get("actors") or []):
        add("actors", i, spec, checker.mention_check(
            spec, checker.all_actors(), {"country": lambda a: a.country,
                                         "sector": lambda a: a.sector}))
    for i, spec in enumerate(expected.get("places") or []):
        add("places", i, spec, checker.mention_check(
            spec, checker.all_places(), {"geonameid": lambda p: p.geonameid,
                                         "country": lambda p: p.country,
                                         "kind": lambda p: p.kind}))
    for i, spec in enumerate(expected.get("dates") or []):
        add("dates", i, spec, checker.mention_check(
            spec, checker.all_dates(), {"value": lambda d: d.value,
                                        "precision": lambda d: d.precision}))
    for i, spec in enumerate(expected.get("must_not") or []):
        add("must_not", i, spec, checker.must_not(spec))
    if expected.get("incidents") or expected.get("incidents_max"):
        incidents = incidents_of(extraction)
        for i, spec in enumerate(expected.get("incidents") or []):
            add("incidents", i, spec, incident_match(spec, incidents))
        bound = expected.get("incidents_max")
        if bound:
            add("incidents_max", 0, bound, incidents_within(bound, incidents))
    return report


# -- incidents ------------------------------------------------------------------------------------

def incidents_of(extraction: Extraction) -> list[dict[str, Any]]:
    """The incidents the article gives on its own (stored alone in a database in memory)."""
    from sitrep.pipeline import article_id
    from sitrep.store import open_db

    if not extraction.article.id:
        extraction.article.id = article_id(extraction.article.text)
    with open_db(":memory:") as db:
        db.save(extraction)
        return db.incidents()


def incident_checks(spec: dict, inc: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "plover" in spec:
        checks.append(("plover", _accepts(spec["plover"], inc["plover_type"]),
                       f"plover={inc['plover_type']}"))
    if "mode" in spec:
        checks.append(("mode", _accepts(spec["mode"], inc["plover_mode"]),
                       f"mode={inc['plover_mode']}"))
    for key in ("actors", "recipients"):
        if key in spec:
            have = {a["country"] for a in inc[key] if a.get("country")}
            checks.append((key, _set_check(spec[key], have), f"{key}={sorted(have)}"))
    if "places" in spec:
        have = {str(inc["geonameid"])} if inc["geonameid"] is not None else set()
        checks.append(("places", _set_check(spec["places"], have), f"place={inc['place']}"))
    if "date" in spec:
        want = _s(spec["date"])
        ok = (inc["date_first"] or "") <= want <= (inc["date_last"] or "")
        checks.append(("date", ok, f"date={inc['date_first']}..{inc['date_last']}"))
    return checks


def incident_match(spec: dict, incidents: list[dict[str, Any]]) -> tuple[bool, str]:
    best: tuple[int, str] = (-1, "no incident")
    for inc in incidents:
        checks = incident_checks(spec, inc)
        passed = sum(ok for _, ok, _ in checks)
        if passed == len(checks):
            return True, f"incident {inc['id']}"
        if passed > best[0]:
            best = (passed, "; ".join(d for _, ok, d in checks if not ok))
    return False, f"closest incident misses: {best[1]}"


def incidents_within(bound: dict, incidents: list[dict[str, Any]]) -> tuple[bool, str]:
    """At most ``count`` incidents on ``date`` (incidents are never history: background
    mentions do not become incidents)."""
    day = _s(bound.get("date")) if bound.get("date") else None
    found = [inc for inc in incidents if day is None
             or (inc["date_first"] or "") <= day <= (inc["date_last"] or "")]
    count = int(bound.get("count", 0))
    return len(found) <= count, f"{len(found)} incidents (at most {count})"


# -- running it -------------------------------------------------------------------------------------

def load_expected(path: Path) -> dict:
    import yaml

    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}", "pass a valid file with --expected"
                          ) from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path} is not an expected.yaml mapping",
                          "pass a valid file with --expected")
    return data


def find_file(candidates: Iterable[Path]) -> Path | None:
    for path in candidates:
        if path.exists():
            return path
    return None


def run_seed(expected_path: Path, article_path: Path, pipeline: Any = None) -> SeedReport:
    """Extract the seed article (published date from the YAML) and check every entry."""
    from sitrep.pipeline import default_pipeline
    from sitrep.records import Article

    expected = load_expected(expected_path)
    text = article_path.read_text("utf-8")
    published = expected.get("published")
    if published is not None and not isinstance(published, dt.date):
        published = dt.date.fromisoformat(str(published))
    from sitrep.nlp.model import one_blas_thread

    pipeline = pipeline or default_pipeline()
    extraction = pipeline.process(Article(text=text, published=published, language="en",
                                          origin=str(article_path)))
    ents: list[tuple[int, int, str]] = []
    segments = split_sentences(text)
    with one_blas_thread():  # as the pipeline parses
        for seg, doc in zip(segments, pipeline.nlp.pipe(s.text for s in segments), strict=True):
            ents.extend((seg.start + e.start_char, seg.start + e.end_char, e.label_)
                        for e in doc.ents)
    return evaluate(expected, text, extraction, ents, dataset=str(expected_path))
