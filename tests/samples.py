"""Hand-made records for store, export and query tests: one extraction with every kind of record
and every field set (``sample``)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import sitrep
from sitrep.pipeline import article_id
from sitrep.records import Actor, Article, Claim, Event, Evidence, Extraction, Place, When

TEXT = ("Rebels attacked Ganja on Monday, killing 5 civilians, the army said. "
        "Police arrested 3 men in Baku.")

def ev(s: str, text: str = TEXT) -> Evidence:
    start = text.index(s)
    return Evidence(start, start + len(s), s)

def sample(text: str = TEXT, published: dt.date | None = dt.date(2020, 10, 5)) -> Extraction:
    """An extraction with every kind of record and every field set."""
    article = Article(text=text, id=article_id(text), title="T", source="S", url="http://u",
                      published=published, language="en", origin="in.jsonl:1",
                      external_id="e1", status="extracted")
    army = Actor("the army", ev("the army", text), "army", "AZE", "MIL", "spokesman", "group",
                 "sitrep.actors.v1")
    rebels = Actor("Rebels", ev("Rebels", text), "rebels", None, "REB", None, "group",
                   "sitrep.actors.v1")
    ganja = Place("Ganja", ev("Ganja", text), "Ganja", 586523, "AZE", "Ganja", 40.68, 46.36,
                  "P", "city", 1, "sitrep.places.v1")
    baku = Place("Baku", ev("Baku", text), "Baku", 587084, "AZE", "Baku", 40.38, 49.89, "P",
                 "city", 1, "sitrep.places.v1")
    monday = When("Monday", ev("Monday", text), "2020-10-05", "day", "2020-10-05",
                  "2020-10-05", True, None, "sitrep.dates.v1")
    monday.kind = "interval"  # not compared: checked on its own
    attack = Event(ev(text.split(". ")[0] + ".", text), ev("attacked", text), "ASSAULT",
                   "firearms", "Violence against civilians", "Attack", "18", [rebels], [],
                   [ganja], monday, ["negated"], "sentence", 0.8, "sitrep.events.v1")
    arrest = Event(ev("Police arrested 3 men in Baku.", text), ev("arrested", text),
                   "COERCE", "arrest", "Strategic developments", "Arrests", "17",
                   [Actor("Police", ev("Police", text), "police", None, "COP")], [], [baku])
    killed = Claim(ev("killing 5 civilians", text), "killed", 5, 5, False, None, None,
                   "civilian", "AZE", "day", "2020-10-05", "2020-10-05", ganja, army, False,
                   False, None, 0, "sitrep.claims.v1")
    arrested = Claim(ev("arrested 3 men", text), "arrested", 3, 3, True, None, None, "unknown",
                     None, None, None, None, baku, None, False, False, None, 1)
    return Extraction(article, [army, rebels], [ganja, baku], [monday], [attack, arrest],
                      [killed, arrested], ["a note"])


def claim_figure(c: Claim) -> tuple[str, int | None, int | None, str | None]:
    """A claim as its probe tables write it: (outcome, low, high, vague words)."""
    return (c.outcome, c.low, c.high, c.vague.lower() if c.vague else None)


def probe_params(classes: dict[str, list[tuple[str, Any]]], known_gaps: set[str]) -> list[Any]:
    """pytest parameters of probe tables {class: [(text, expected), ...]}; a known gap is a
    strict xfail (it must start failing the day it is fixed, so that it leaves the list)."""
    import pytest

    return [pytest.param(text, expected, id=f"{name}: {text[:50]}", marks=[
        pytest.mark.xfail(strict=True, reason="known gap")] if text in known_gaps else [])
        for name, cases in classes.items() for text, expected in cases]


# the three sentences of the first article of tests/data/events_gold_made_up.jsonl that the
# events scoring tests place events in: its lead, a later mention, another happening
def gold_sentences(text: str) -> tuple[str, str, str]:
    return (text.split(". ")[0] + ".", "The attack was condemned by the provincial governor.",
            "Police arrested two suspects in Kandahar on Tuesday.")


def event_in(text: str, sentence: str, trigger: str, plover: str, **kw: Any) -> Event:
    """An event of ``plover`` whose evidence is ``sentence`` and trigger ``trigger`` in it."""
    s = text.index(sentence)
    t = text.index(trigger, s)
    return Event(Evidence(s, s + len(sentence), sentence), Evidence(t, t + len(trigger), trigger),
                 plover, **kw)


def place_mentions(pipeline, text: str) -> list:
    """The place extractor's mentions (unresolved) in ``text``, its sentences parsed by the
    pipeline's model."""
    from sitrep.extract.context import Sentence
    from sitrep.extract.places.extractor import find_mentions
    from sitrep.nlp.segment import split_sentences

    sentences = [Sentence(i, s.start, s.end, s.text) for i, s in enumerate(split_sentences(text))]
    for sentence, doc in zip(sentences, pipeline.nlp.pipe(s.text for s in sentences),
                             strict=True):
        sentence.doc = doc
    return find_mentions(sentences, pipeline.gazetteer)


def resolved_place(pipeline, text: str, name: str, url: str | None = None):
    """The GeoNames choice for the place ``name`` (its first occurrence) in ``text``, resolved as
    ``sitrep eval geo`` scores a gold span: the span itself, in the context of the other places
    found; ``url`` gives the publication's home country and the towns its address names."""
    from sitrep.extract.places.mention import Mention
    from sitrep.extract.places.resolve import resolve
    from sitrep.extract.places.rules import home_country

    mentions = place_mentions(pipeline, text)
    start = text.index(name)
    gold = [m for m in mentions if (m.start, m.end) == (start, start + len(name))] or [
        Mention(start, start + len(name), name, "GOLD")]
    mentions = sorted([*(m for m in mentions if m.end <= start or m.start >= gold[0].end),
                       gold[0]], key=lambda m: m.start)
    resolve(mentions, pipeline.gazetteer, home=home_country(url), text=text, url=url)
    assert gold[0].choice is not None, f"{name} not resolved"
    return gold[0].choice


def actor_named(pipeline, text: str, name: str, published: str, source: str | None = None,
                url: str | None = None) -> Actor:
    """The first actor whose text contains ``name``, extracted from ``text`` published on
    ``published`` (ISO date) by ``source`` at ``url``."""
    article = Article(text=text, published=dt.date.fromisoformat(published), source=source,
                      url=url)
    found = [a for a in pipeline.process(article).actors if name in a.text]
    assert found, f"{name!r} not extracted"
    return found[0]


def assault_tolls(pipeline, db_path: str, text: str, published: dt.date = dt.date(2021, 3, 10)
                  ) -> list[tuple[int | None, int | None]]:
    """(fatalities_best, injured_best) of each ASSAULT incident of ``text``, processed as one
    article (published 2021-03-10 unless given) into a real SQLite file at ``db_path``."""
    from sitrep.store import open_db

    article = Article(text=text, id=article_id(text), published=published,
                      source="probe", language="en", origin="probe")
    with open_db(db_path) as db:
        db.save(pipeline.process(article))
        return [(i["fatalities_best"], i["injured_best"]) for i in db.incidents()
                if i["plover_type"] == "ASSAULT"]


# the columns of participant probes: the text, the trigger word of the event checked, words of
# the actors and recipients it must name and of those it must not
PARTICIPANT_FIELDS = ("text", "trigger", "actors", "recipients", "not_actors", "not_recipients")


def participant_cases(changed: list[tuple[Any, ...]], kept: list[tuple[Any, ...]]) -> list[Any]:
    """The rows of a participant probe file as pytest params of one argument (a row of
    ``PARTICIPANT_FIELDS``): ``changed-NN`` (what the change fixes) and ``kept-NN`` (near
    neighbours that keep their participants); checked by ``check_participant_case``."""
    return ([pytest.param(row, id=f"changed-{k:02d}") for k, row in enumerate(changed)]
            + [pytest.param(row, id=f"kept-{k:02d}") for k, row in enumerate(kept)])


def probe_table(rows: list[tuple[Any, ...]], prefix: str) -> list[Any]:
    """The rows of a participant probe table (``PARTICIPANT_FIELDS``, changed cases and their
    near neighbours in one list) as pytest params of one argument, ``prefix-NN``; checked by
    ``check_participant_case``."""
    return [pytest.param(row, id=f"{prefix}-{k:02d}") for k, row in enumerate(rows)]


def check_probe_table(rows: list[tuple[Any, ...]], least: int = 14) -> None:
    """A probe table holds at least ``least`` rows (ten cases and their neighbours), no two of
    one text and trigger."""
    assert len(rows) >= least
    assert len({row[:2] for row in rows}) == len(rows)


def check_participant_case(events_of: Any, case: tuple[Any, ...]) -> None:
    """One row of a participant probe file (``PARTICIPANT_FIELDS``: text, trigger, actors,
    recipients, not_actors, not_recipients) checked on the events ``events_of`` gives its text."""
    text, *expected = case
    check_participants(events_of(text), *expected)


def plover_types(text: str) -> list[str]:
    """The PLOVER types of the events of ``text`` told after a lead sentence that gives none
    ("Officials spoke on Monday."), in an article published on 2021-03-01."""
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [e.plover_type for e in events]


def typed_events(text: str) -> list[tuple[str, str]]:
    """The (PLOVER type, trigger text) of each event of ``text`` alone, in an article published
    on 2021-03-01."""
    events = sitrep.process_text(text, published="2021-03-01").events
    return [(e.plover_type, e.trigger.text) for e in events]


def typed_modes(text: str, published: str = "2024-05-08") -> list[tuple[str, str | None]]:
    """The (PLOVER type, mode) of each event of ``text`` alone."""
    events = sitrep.process_text(text, published=published).events
    return [(e.plover_type, e.plover_mode) for e in events]


def one_claim(pipeline: Any, text: str, outcome: str, low: int | None, *, vague: bool = False,
              high: bool = False) -> Claim:
    """The one disclosed claim of ``outcome`` that ``pipeline`` finds in ``text`` alone whose
    figure is ``low`` (its low bound); with ``high`` also one with no low bound and ``low`` as its
    high bound ("up to 40"); ``low`` None: one with no low bound, with ``vague`` any vague claim
    ("dozens"). Fails, listing the claims, unless exactly one claim is so found."""
    claims = pipeline.process(Article(text=text)).claims
    found = [c for c in claims if c.outcome == outcome and not c.undisclosed and (
        c.low == low or vague and low is None and c.vague is not None
        or high and c.low is None and c.high == low)]
    assert len(found) == 1, [(c.outcome, c.low, c.high, c.vague) for c in claims]
    return found[0]


def probe_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated probe file (a header line, no quoting)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def check_probe_files(paths: tuple[tuple[Path, int], ...], labels: Any, classes: tuple[str, ...],
                      styles: tuple[str, ...], own_neighbours: tuple[str, ...]) -> None:
    """Each CASE probe file (path, least rows) covers every label, class and style, and every
    class but ``own_neighbours`` (those that are their own neighbourhood: the ambiguous one, one
    cue word with a different label in each snippet; the targets, the same attack on civilians
    and on armed men in pairs) has a near-neighbour row."""
    for path, least in paths:
        rows = probe_rows(path)
        assert len(rows) >= least
        assert {row["SubType"] for row in rows} == set(labels)
        assert {row["class"] for row in rows} == set(classes)
        assert {row["style"] for row in rows} == set(styles)
        assert all(any(r["class"] == c and r["role"] == "neighbour" for r in rows)
                   for c in classes if c not in own_neighbours)


def snippet_params(path: Path, known_misses: frozenset[str]) -> list[Any]:
    """The (snippet, label) rows of a CASE probe file as pytest params, those in
    ``known_misses`` as strict xfails (a fix must remove them)."""
    return [pytest.param(row["EventSnippet"], row["SubType"], id=f"{row['id']}-{row['class']}",
                         marks=[pytest.mark.xfail(strict=True, reason="not fixed yet")]
                         if row["id"] in known_misses else [])
            for row in probe_rows(path)]


def check_participants(events: list[Event], trigger: str, actors: list[str],
                       recipients: list[str], not_actors: list[str],
                       not_recipients: list[str] | tuple[str, ...] = ()) -> None:
    """The first event whose trigger holds ``trigger`` names each of ``actors`` among its actors
    and ``recipients`` among its recipients (a word inside the participant's text), and none of
    ``not_actors`` / ``not_recipients``."""
    found = [e for e in events if trigger in e.trigger.text]
    assert found, f"no event with trigger {trigger!r}"
    ours = [a.text for a in found[0].actors]
    theirs = [a.text for a in found[0].recipients]
    for word in actors:
        assert any(word in a for a in ours), (word, ours, theirs)
    for word in recipients:
        assert any(word in r for r in theirs), (word, ours, theirs)
    for word in not_actors:
        assert not any(word in a for a in ours), (word, ours, theirs)
    for word in not_recipients:
        assert not any(word in r for r in theirs), (word, ours, theirs)


def assault_incidents(pipeline, db_path: str, text: str,
                      published: dt.date | None = dt.date(2016, 1, 20),
                      url: str | None = None) -> list[dict[str, Any]]:
    """The ASSAULT incidents of ``text``, processed as one article into a real SQLite file at
    ``db_path``, in the order the store lists them."""
    from sitrep.store import open_db

    article = Article(text=text, id=article_id(text), published=published, source="probe",
                      url=url, language="en", origin="probe")
    with open_db(db_path) as db:
        db.save(pipeline.process(article))
        return [i for i in db.incidents() if i["plover_type"] == "ASSAULT"]


def first_assault_day(pipeline, db_path: str, published: str, text: str) -> str | None:
    """The first day of the first ASSAULT incident of ``text``, a local news article published
    on ``published`` (None when no ASSAULT incident came out)."""
    found = assault_incidents(pipeline, db_path, text, dt.date.fromisoformat(published),
                              "http://local.example/news/shooting")
    return found[0]["date_first"] if found else None


def incident_types(pipeline, db_path: str, text: str,
                   published: str = "2021-03-10") -> list[str]:
    """The sorted PLOVER types of the incidents stored from ``text``, processed as one article
    published on ``published`` into a real SQLite file at ``db_path``."""
    from sitrep.store import open_db

    article = Article(text=text, id=article_id(text), published=dt.date.fromisoformat(published),
                      source="probe", language="en", origin="probe")
    with open_db(db_path) as db:
        db.save(pipeline.process(article))
        return sorted(i["plover_type"] for i in db.incidents())


def assault_day(pipeline, db_path: str, text: str, url: str) -> str | None:
    """The first day of the ASSAULT incident stored from ``text``, published on the date
    ``url`` carries (None when no ASSAULT incident came out)."""
    from sitrep.ingest.urldate import url_date
    from sitrep.store import open_db

    dated = url_date(url)
    assert dated is not None
    article = Article(text=text, id=article_id(text), url=url, published=dated.date,
                      source="news.example.com", language="en", origin="probe")
    with open_db(db_path) as db:
        db.save(pipeline.process(article))
        found = [i for i in db.incidents() if i["plover_type"] == "ASSAULT"]
    return found[0]["date_first"] if found else None


def modes_after_lead(text: str, plover: str) -> list[list[str]]:
    """The modes of the events of type ``plover`` told after a lead sentence that gives none
    ("Officials spoke on Monday."; published 2021-03-01)."""
    lead = "Officials spoke on Monday. "
    events = sitrep.process_text(lead + text, published="2021-03-01").events
    return [e.modes for e in events if e.plover_type == plover and e.evidence.start >= len(lead)]


def check_background(text: str, trigger: str, background: bool, published: str) -> None:
    """The first event whose trigger contains ``trigger`` is background (``historical``) or
    not, as ``background`` says."""
    events = sitrep.process_text(text, published=published).events
    found = [e for e in events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    event = found[0]
    assert ("historical" in event.modes) is background, (event.plover_type, event.modes,
                                                         event.when)


def places_by_event(pipeline, text: str, kind: str, published: dt.date) -> list[list[str]]:
    """The place names of each event of PLOVER type ``kind`` of ``text``, in order, processed as
    one probe article published on ``published``."""
    article = Article(text=text, id=article_id(text), published=published, source="probe",
                      language="en", origin="probe")
    return [[p.name for p in e.places] for e in pipeline.process(article).events
            if e.plover_type == kind]


def event_places(pipeline, text: str, types: tuple[str, ...] | None = None) -> set[str]:
    """The names of the places of the events of ``text`` (of the PLOVER ``types`` when given),
    processed as one article published on 2016-01-20."""
    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return {p.name for e in pipeline.process(article).events
            if types is None or e.plover_type in types for p in e.places}


def check_claim_fields(claims: list[Claim], outcome: str, victims: str | None, side: str | None,
                       claimant: str | None) -> None:
    """Exactly one disclosed claim of ``outcome``, with these victims and side (any case) and a
    claimant whose text contains ``claimant`` (none when it is None): the field check of the
    made-up claim probes."""
    found = [c for c in claims if c.outcome == outcome and not c.undisclosed]
    assert len(found) == 1
    c = found[0]
    words = c.claimant.text.casefold() if c.claimant else None
    assert (c.victims, c.side.casefold() if c.side else None) == (
        victims, side.casefold() if side else None)
    assert (words is None) == (claimant is None)
    assert claimant is None or claimant.casefold() in words


def check_case_label(text: str, label: str) -> None:
    """The CASE rules give ``text`` the label ``label``; a neighbour written "not X" may get any
    label but X (whatever it is, it is not of the family the probes are about)."""
    from sitrep.extract.events.case.rules import classify_rules

    if label.startswith("not "):
        assert classify_rules(text) != label.removeprefix("not "), text
    else:
        assert classify_rules(text) == label, text


def check_claim_figures(pipeline, text: str, figures: list[Any]) -> None:
    """The claims of ``text`` (those that disclose a figure) are exactly ``figures``
    (``claim_figure`` tuples, in any order)."""
    claims = pipeline.process(Article(text=text)).claims
    assert sorted((claim_figure(c) for c in claims if not c.undisclosed), key=str) == sorted(
        figures, key=str)


def trigger_days(pipeline, text: str, trigger: str,
                 published: dt.date = dt.date(2016, 1, 20)) -> set[str | None]:
    """The date values (None for none) of the events of ``text`` whose trigger starts with the
    word ``trigger``; fails when there is no such event."""
    article = Article(text=text, id=article_id(text), published=published, source="probe",
                      language="en", origin="probe")
    found = pipeline.process(article)
    days = {e.when.value if e.when else None for e in found.events
            if e.trigger.text.split()[0] == trigger}
    assert days, f"no event on {trigger!r}"
    return days


def trigger_places(pipeline, text: str, kind: str, trigger: str,
                   published: dt.date = dt.date(2021, 4, 12)) -> list[str] | None:
    """The place names of the first event of type ``kind`` whose trigger starts with the first
    word of ``trigger``; None when there is no such event."""
    result = pipeline.process(Article(text=text, published=published))
    for e in result.events:
        if e.plover_type == kind and e.trigger.text.startswith(trigger.split()[0]):
            return [p.name for p in e.places]
    return None


def article_events(pipeline, text: str, published: dt.date = dt.date(2024, 3, 6)) -> list[Event]:
    """The events of ``text`` as one article (English, published on ``published``)."""
    return pipeline.process(Article(text=text, published=published, language="en")).events


def kinds(events: list[Event]) -> list[tuple[str, str | None, str]]:
    """(PLOVER type, mode, trigger) of each event: what a failed probe shows."""
    return [(e.plover_type, e.plover_mode, e.trigger.text) for e in events]


def participant_texts(pipeline, text: str, kind: str, published: dt.date
                      ) -> list[tuple[list[str], list[str]]]:
    """(actor texts, recipient texts) of each event of type ``kind`` in ``text``."""
    result = pipeline.process(Article(text=text, published=published))
    return [([a.text for a in e.actors], [r.text for r in e.recipients])
            for e in result.events if e.plover_type == kind]


def has_word(found: list[str], word: str) -> bool:
    """Whether one of the participant texts ``found`` holds ``word``."""
    return any(word in text for text in found)


def check_participant_texts(pipeline, text: str, kind: str, actors: list[str],
                            recipients: list[str], published: dt.date) -> None:
    """The first event of type ``kind`` in ``text`` has a participant holding each word of
    ``actors`` among its actors and of ``recipients`` among its recipients."""
    found = participant_texts(pipeline, text, kind, published)
    assert found, text
    ours_a, ours_r = found[0]
    assert all(has_word(ours_a, w) for w in actors), (text, found)
    assert all(has_word(ours_r, w) for w in recipients), (text, found)


def places_by_trigger(pipeline, text: str, trigger: str,
                      published: dt.date = dt.date(2024, 6, 26)) -> set[str]:
    """The place names of every event whose trigger starts with ``trigger``."""
    ex = pipeline.process(Article(text=text, published=published, language="en"))
    return {p.name for e in ex.events if e.trigger.text.startswith(trigger) for p in e.places}


def seizure_triggers(text: str) -> list[str]:
    """The triggers of the COERCE/seize events of ``text`` (published 2 March 2021)."""
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e.trigger.text for e in events if e.plover_type == "COERCE"
            and e.plover_mode == "seize"]
