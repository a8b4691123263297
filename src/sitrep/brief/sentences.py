"""Sentences of the brief, each built from record fields with its citations.

No free text generation: a sentence is a list of *parts*. Template words (``say``) are fixed
English and may hold no digit; every value taken from a record (a name, a place, a date, a
figure) is a *value* part that carries the citations it came from (``cite``: footnote numbers)
or a link to the part of the brief that lists the records it counts (``ref``: a section id).
So every number a reader sees links to its receipt, by construction (``say`` refuses digits).

Dates are written out in English ("5 October 2020"), numbers with thousands separators
("2,000"), ranges with an en dash ("2,000–3,000").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DASH = "\u2013"


# -- numbers and dates ------------------------------------------------------------------------------

def number(n: int) -> str:
    return f"{n:,}"


def figure(low: int | None, high: int | None, *, approx: bool = False,
           vague: str | None = None) -> str:
    """"219", "2,000–3,000", "at least 12", "some 20", "dozens"."""
    if low is None and high is None:
        return vague or "an unstated number of"
    if low is None:
        return f"up to {number(high or 0)}"
    if high is None:
        return f"at least {number(low)}"
    text = number(low) if low == high else f"{number(low)}{DASH}{number(high)}"
    return f"some {text}" if approx else text


def date_text(value: str | None) -> str:
    """"2020-10-05" -> "5 October 2020"; "2020-07" -> "July 2020"; "1994" -> "1994"."""
    if not value:
        return "an unknown date"
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        return f"the week of {date_text(monday.isoformat())}"
    parts = value.split("-")
    try:
        if len(parts) >= 3:
            d = dt.date.fromisoformat(value[:10])
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return value
    return value


def days_text(first: str | None, last: str | None) -> str:
    """A day or a span of days: "5 October 2020", "5–7 October 2020",
    "30 September – 2 October 2020", "30 December 2020 – 2 January 2021"."""
    if not first or not last or first == last or len(first) < 10 or len(last) < 10:
        return date_text(first or last)
    a, b = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(last[:10])
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}{DASH}{b.day} {MONTHS[b.month - 1]} {b.year}"
    if a.year == b.year:
        return f"{a.day} {MONTHS[a.month - 1]} {DASH} {b.day} {MONTHS[b.month - 1]} {b.year}"
    return f"{date_text(first)} {DASH} {date_text(last)}"


def join(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# -- countries ----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    from sitrep.resources import read_tsv

    out: dict[str, str] = {}
    for row in read_tsv("demonyms.tsv"):
        out.setdefault(row["iso3"], row["term"])
    return out


def country(code: str | None) -> str:
    """"AZE" -> "Azerbaijan"; a group name stays as it is."""
    if not code:
        return ""
    from sitrep.resources.countries import country_name

    return country_name(code) if re.fullmatch(r"[A-Z]{3}", code) else code


def adjective(code: str | None) -> str | None:
    """"ARM" -> "Armenian" (None for groups and codes without a demonym)."""
    return _adjectives().get(code or "")


# -- citations ------------------------------------------------------------------------------------------

@dataclass
class Citations:
    """The brief's footnotes: one per distinct (article, evidence span), numbered in the order
    they are first cited. ``quote`` is filled later from the article text (the sentence around
    the span)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    index: dict[tuple[str, int, int], int] = field(default_factory=dict)

    def cite(self, article_id: str, start: int, end: int, text: str = "") -> int:
        key = (article_id, int(start), int(end))
        if key not in self.index:
            self.items.append({"n": len(self.items) + 1, "article_id": article_id,
                               "start": int(start), "end": int(end), "evidence": text})
            self.index[key] = len(self.items)
        return self.index[key]


class Sentence:
    """A sentence as parts: ``say`` for template words, ``value`` for record fields."""

    def __init__(self) -> None:
        self.parts: list[dict[str, Any]] = []

    def say(self, text: str) -> Sentence:
        if any(c.isdigit() for c in text):
            raise ValueError(f"template words may not hold numbers: {text!r}")
        if self.parts and "cite" not in self.parts[-1] and "ref" not in self.parts[-1]:
            self.parts[-1]["text"] += text
        else:
            self.parts.append({"text": text})
        return self

    def value(self, text: str, cite: int | Iterable[int] | None = None,
              ref: str | None = None) -> Sentence:
        cites = sorted({cite} if isinstance(cite, int) else set(cite or ()))
        if not cites and ref is None:
            raise ValueError(f"a value needs a citation or a reference: {text!r}")
        part: dict[str, Any] = {"text": text}
        if cites:
            part["cite"] = cites
        if ref is not None:
            part["ref"] = ref
        self.parts.append(part)
        return self

    @property
    def citations(self) -> list[int]:
        return sorted({n for p in self.parts for n in p.get("cite", ())})

    def to_dict(self) -> dict[str, Any]:
        return {"text": "".join(p["text"] for p in self.parts), "parts": self.parts,
                "citations": self.citations}


# -- vocabulary (fixed template words) ------------------------------------------------------------------

TYPE_LABELS = {
    "ASSAULT": "assaults and clashes", "COERCE": "coercion and arrests",
    "MOBILIZE": "mobilisations", "PROTEST": "protests", "SANCTION": "sanctions",
    "THREATEN": "threats", "ACCUSE": "accusations and condemnations",
    "REJECT": "rejections", "REQUEST": "demands and calls", "RETREAT": "withdrawals",
    "AID": "aid", "COOPERATE": "cooperation", "CONCEDE": "concessions",
    "SUPPORT": "statements of support", "CONSULT": "meetings and talks",
    "AGREE": "agreements"}

VIOLENT_NOUNS = {
    "Armed clash": "clashes", "Air/drone strike": "an air or drone strike",
    "Shelling/artillery/missile attack": "shelling", "Remote explosive/landmine/IED":
    "an explosion", "Suicide bomb": "a suicide bombing", "Grenade": "a grenade attack",
    "Chemical weapon": "a chemical attack", "Attack": "an attack",
    "Abduction/forced disappearance": "an abduction", "Sexual violence": "sexual violence",
    "Peaceful protest": "a protest", "Protest with intervention": "a protest met by force",
    "Excessive force against protesters": "force against protesters",
    "Violent demonstration": "a violent demonstration", "Mob violence": "mob violence",
    "Arrests": "arrests", "Looting/property destruction": "looting or destruction of property"}
TYPE_NOUNS = {"ASSAULT": "an attack", "COERCE": "coercion", "MOBILIZE": "a mobilisation",
              "PROTEST": "a protest"}

MOVE_VERBS = {  # (with recipients, without)
    "AGREE": ("agreed with", "reached an agreement"),
    "CONSULT": ("met or consulted with", "held talks"),
    "SUPPORT": ("expressed support for", "expressed support"),
    "CONCEDE": ("made concessions to", "made concessions"),
    "COOPERATE": ("cooperated with", "cooperated"),
    "AID": ("gave aid to", "gave aid"),
    "RETREAT": ("withdrew or eased pressure on", "withdrew or eased pressure"),
    "REQUEST": ("called on", "made a demand"),
    "REJECT": ("rejected", "rejected a demand or proposal"),
    "ACCUSE": ("accused", "made accusations"),
    "ACCUSE/disapprove": ("condemned or criticised", "condemned or criticised"),
    "ACCUSE/investigate": ("opened an investigation into", "opened an investigation"),
    "THREATEN": ("threatened", "issued a threat"),
    "SANCTION": ("imposed sanctions or restrictions on", "imposed sanctions or restrictions"),
    "SANCTION/discontinue": ("suspended or cut relations, trade or aid with",
                             "suspended or cut relations, trade or aid"),
    "PROTEST": ("protested against", "protested"),
    "MOBILIZE": ("mobilised against", "mobilised"),
    "COERCE": ("used coercion against", "used coercion"),
    "ASSAULT": ("attacked", "used violence"),
}

VICTIMS = {"civilian": "civilians", "military": "soldiers", "police": "police officers",
           "militant": "militants", "protester": "protesters", "journalist": "journalists",
           "aid_worker": "aid workers", "mixed": "people (civilians and combatants)",
           "unknown": "people"}
OUTCOMES = {  # (reported, cumulative)
    "killed": ("were killed", "have been killed"), "injured": ("were injured", "have been injured"),
    "casualties": ("were killed or injured", "have been killed or injured"),
    "missing": ("are missing", "have gone missing"), "abducted": ("were abducted",
                                                                  "have been abducted"),
    "arrested": ("were arrested", "have been arrested"),
    "displaced": ("were displaced", "have been displaced")}
OUTCOME_NOUNS = {"killed": "killed", "injured": "injured", "casualties": "killed or injured",
                 "missing": "missing", "abducted": "abducted", "arrested": "arrested",
                 "displaced": "displaced"}


TYPE_SINGULAR = {"ASSAULT": "assault or clash", "COERCE": "act of coercion",
                 "MOBILIZE": "mobilisation", "PROTEST": "protest", "SANCTION": "sanction",
                 "THREATEN": "threat", "ACCUSE": "accusation or condemnation",
                 "REJECT": "rejection", "REQUEST": "demand or call", "RETREAT": "withdrawal",
                 "AID": "act of aid", "COOPERATE": "act of cooperation",
                 "CONCEDE": "concession", "SUPPORT": "statement of support",
                 "CONSULT": "meeting or talk", "AGREE": "agreement"}


def type_label(plover_type: str, n: int) -> str:
    if n == 1:
        return TYPE_SINGULAR.get(plover_type, plover_type.lower())
    return TYPE_LABELS.get(plover_type, plover_type.lower())


def plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def move_verb(plover_type: str, mode: str | None, with_recipients: bool) -> str:
    pair = MOVE_VERBS.get(f"{plover_type}/{mode}") or MOVE_VERBS.get(plover_type) or (
        "acted towards", "acted")
    return pair[0] if with_recipients else pair[1]


def violent_noun(plover_type: str, sub_event_type: str | None) -> str:
    return VIOLENT_NOUNS.get(sub_event_type or "") or TYPE_NOUNS.get(plover_type, "an incident")


def actor_label(actor: dict[str, Any]) -> str:
    """An actor as written, with the country it stands for when the text is a capital or
    another stand-in ("Baku (Azerbaijan)")."""
    text = (actor.get("text") or actor.get("name") or "").strip()
    name = actor.get("name") or ""
    if actor.get("country") and name and name != text and name == country(actor["country"]):
        return f"{text} ({name})"
    return text


def distinct_actors(actors: Iterable[dict[str, Any]], limit: int = 4) -> list[str]:
    seen: dict[str, str] = {}
    for a in actors:
        label = actor_label(a)
        if label:
            seen.setdefault(label.lower().removeprefix("the "), label)
    return list(seen.values())[:limit]
