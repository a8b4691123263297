"""Text with its extracted spans marked, as data for the templates and the API: an article (or one
sentence of it) cut at every span boundary into segments, each with the kinds and labels of the
spans that cover it. The templates print the segments with Jinja's escaping on, so article text
(untrusted) is always shown as text, never read as HTML."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sitrep.records import Extraction

KINDS = ("actor", "place", "date", "event", "claim")


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...]
    labels: tuple[str, ...]

    @property
    def css(self) -> str:
        return " ".join(f"k-{k}" for k in self.kinds)

    @property
    def title(self) -> str:
        return "; ".join(self.labels)


def spans(ex: Extraction, incidents: dict[int, list[str]] | None = None) -> list[dict[str, Any]]:
    """Every extracted span of the article (kind, start, end, label, the text it covers), as
    ``sitrep show`` marks them; events are marked on their trigger and also listed with their
    sentence (``kind`` ``event_sentence``)."""
    from sitrep.cli.core_show import marks

    text = ex.article.text
    out = [{"kind": m.kind, "start": m.start, "end": m.end, "label": m.label,
            "text": text[m.start:m.end]} for m in marks(ex, incidents)]
    for i, e in enumerate(ex.events):
        out.append({"kind": "event_sentence", "start": e.evidence.start, "end": e.evidence.end,
                    "label": f"event {i} {e.plover_type}", "text": e.evidence.text})
    out.sort(key=lambda s: (s["start"], -s["end"], s["kind"]))
    return out


def segments(text: str, marked: list[dict[str, Any]], lo: int = 0, hi: int | None = None,
             extra: list[dict[str, Any]] | None = None) -> list[Segment]:
    """``text[lo:hi]`` cut at the boundaries of ``marked`` spans (and ``extra`` ones, e.g. the
    evidence of one incident mention), each piece with the kinds covering it."""
    hi = len(text) if hi is None else min(hi, len(text))
    chosen = [s for s in [*marked, *(extra or [])]
              if s["kind"] != "event_sentence" and s["end"] > lo and s["start"] < hi
              and s["end"] > s["start"]]
    cuts = {lo, hi}
    for s in chosen:
        cuts.add(max(lo, s["start"]))
        cuts.add(min(hi, s["end"]))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        covering = [s for s in chosen if s["start"] <= a and s["end"] >= b]
        kinds = tuple(dict.fromkeys(s["kind"] for s in covering))
        out.append(Segment(text[a:b], kinds, tuple(s["label"] for s in covering)))
    return out
