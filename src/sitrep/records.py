"""The records sitrep extracts. Plain dataclasses; every field that came from the text carries
an ``Evidence`` (character offsets into the article text).

Records are produced by extractors (``sitrep.extract.*``) and stored by ``sitrep.store``. They are
deliberately free of spaCy objects so they can be pickled, sent across Dask workers and written
as JSON.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# the sectors of a state's own bodies: government, armed forces, legislature, courts, police and
# intelligence (an office-holder of one of them can be "former"; a national body can speak for the state)
STATE_BODIES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


@dataclass(frozen=True)
class Evidence:
    """A span of the article text: ``text[start:end]``."""

    start: int
    end: int
    text: str
    # the article it points into; set on records read back from the database (not compared)
    article_id: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Article:
    text: str
    id: str = ""
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    origin: str | None = None  # file, file:line, or record id it came from
    external_id: str | None = None  # id given by the input (JSON Lines `id`)
    status: str = "pending"  # extracted | skipped | failed | duplicate
    reason: str | None = None  # why skipped / failed, or what it duplicates


@dataclass
class Actor:
    text: str  # as written
    evidence: Evidence
    name: str  # normalised name
    country: str | None = None  # ISO3, "IGO", or None
    sector: str | None = None  # GOV, MIL, REB, COP, ...
    office: str | None = None  # "Foreign Minister"
    kind: str = "named"  # named | title | group | place-as-government | demonym | thing
    extractor: str = ""


@dataclass
class Place:
    text: str
    evidence: Evidence
    name: str
    geonameid: int | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature_class: str | None = None  # GeoNames class: P populated place, A admin, ...
    kind: str = "city"  # city | region | country
    precision: int | None = None  # ACLED 1 town, 2 near town/part of region, 3 region; 4 country
    extractor: str = ""


@dataclass
class When:
    text: str
    evidence: Evidence
    value: str | None  # ISO date or partial date ("2020-07", "1994"); None when unresolved
    precision: str | None = None  # day | week | month | year
    start: str | None = None  # ISO date, first day covered
    end: str | None = None  # ISO date, last day covered
    relative: bool = False  # depends on the publication date
    unresolved_reason: str | None = None
    extractor: str = ""
    # date | time (a clock time on a day; value is the day) | interval (a duration anchored at
    # the publication date, "the past three days": value "start/end"; not an event date)
    kind: str = field(default="date", compare=False)


@dataclass
class Event:
    evidence: Evidence  # the sentence or clause
    trigger: Evidence  # the word(s) that name the event
    plover_type: str
    plover_mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    cameo_root: str | None = None
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    when: When | None = None
    modes: list[str] = field(default_factory=list)  # historical | future | hypothetical | negated
    location_rule: str | None = None  # clause | sentence | story | dateline | article | home
    confidence: float = 0.5
    extractor: str = ""

    @property
    def historical(self) -> bool:
        return "historical" in self.modes


@dataclass
class Claim:
    evidence: Evidence  # shortest span with the number and the outcome word
    outcome: str  # killed | injured | casualties | missing | abducted | arrested | displaced
    low: int | None = None
    high: int | None = None
    approx: bool = False
    vague: str | None = None  # "dozens", "hundreds of thousands"
    vague_low: int | None = None  # ACLED convention: tens 10, dozens 12, hundreds 100, ...
    victims: str = "unknown"  # civilian | military | police | militant | ... | mixed | unknown
    side: str | None = None  # ISO3 or group name
    period_kind: str | None = None  # since | day | range | month | year
    period_start: str | None = None
    period_end: str | None = None
    place: Place | None = None
    claimant: Actor | None = None
    undisclosed: bool = False
    background: bool = False
    part_of: int | None = None  # index (in the article's claims) of the total this is a part of
    event: int | None = None  # index (in the article's events) of the event it belongs to
    extractor: str = ""


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[When] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. why relative dates stay unresolved

    def record_counts(self) -> dict[str, int]:
        """How many records of each kind are listed."""
        return {kind: len(getattr(self, kind))
                for kind in ("events", "claims", "places", "actors", "dates")}

    def has_unresolved_dates(self) -> bool:
        """Whether some relative date has no value (no publication date to count from)."""
        return any(d.relative and d.value is None for d in self.dates)


def to_dict(record: Any) -> Any:
    """A JSON-ready dict of any record (dates as ISO strings)."""

    def conv(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: conv(v) for k, v in value.items()}
        if isinstance(value, list):
            return [conv(v) for v in value]
        return value

    return conv(dataclasses.asdict(record))
