"""The brief's static graphics, as inline SVG text: a map of the period's incidents over an
offline basemap of country outlines (the GeoJSON that the ``countryinfo`` package ships, projected
and simplified here), and a timeline of the period's days.

Every text from the records is escaped (``html.escape``); each mark links to the incident's
entry in the brief (or to its section when the entry is beyond the section's cap).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from functools import lru_cache
from html import escape
from typing import Any

WIDTH = 640
VIOLENT = "#b8322a"
POLITICAL = "#2f6db5"


@lru_cache(maxsize=1)
def outlines() -> tuple[tuple[str, tuple[tuple[tuple[float, float], ...], ...]], ...]:
    """(ISO3, rings of (lon, lat)) of every country with an outline in ``countryinfo``."""
    try:
        from countryinfo import CountryInfo
    except ImportError:  # the map is drawn without a basemap
        return ()
    found = []
    for data in CountryInfo.all().values():
        geo = data.get("geoJSON") or {}
        code = (data.get("ISO") or {}).get("alpha3", "")
        for feature in geo.get("features", []):
            geom = feature.get("geometry") or {}
            polys = geom.get("coordinates", [])
            if geom.get("type") == "Polygon":
                polys = [polys]
            elif geom.get("type") != "MultiPolygon":
                continue
            rings = tuple(tuple((float(x), float(y)) for x, y, *_ in poly[0]) for poly in polys
                          if poly and len(poly[0]) >= 3)
            found.append((code, rings))
    return tuple(found)


class Projection:
    """Equirectangular, longitudes shrunk by the cosine of the middle latitude."""

    def __init__(self, points: list[tuple[float, float]], width: int = WIDTH) -> None:
        lons = [p[0] for p in points] or [0.0]
        lats = [p[1] for p in points] or [0.0]
        lo0, lo1, la0, la1 = min(lons), max(lons), min(lats), max(lats)
        span = max(lo1 - lo0, la1 - la0, 6.0)
        pad = span * 0.25
        cx, cy = (lo0 + lo1) / 2, (la0 + la1) / 2
        half = span / 2 + pad
        self.k = math.cos(math.radians(max(-70.0, min(70.0, cy))))
        self.lon0, self.lon1 = cx - half / self.k * 0.9, cx + half / self.k * 0.9
        self.lat0, self.lat1 = max(-85.0, cy - half * 0.62), min(85.0, cy + half * 0.62)
        if lo1 - lo0 > 150 or la1 - la0 > 80:  # the whole world
            self.lon0, self.lon1, self.lat0, self.lat1, self.k = -180, 180, -60, 80, 0.8
        self.width = width
        self.scale = width / ((self.lon1 - self.lon0) * self.k)
        self.height = int((self.lat1 - self.lat0) * self.scale)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return ((lon - self.lon0) * self.k * self.scale, (self.lat1 - lat) * self.scale)

    def sees(self, ring: Iterable[tuple[float, float]]) -> bool:
        xs, ys = zip(*ring, strict=True)
        return not (max(xs) < self.lon0 or min(xs) > self.lon1 or max(ys) < self.lat0
                    or min(ys) > self.lat1)


def _path(ring: tuple[tuple[float, float], ...], proj: Projection) -> str:
    pts: list[tuple[int, int]] = []
    for lon, lat in ring:
        x, y = proj.xy(lon, lat)
        p = (round(x), round(y))
        if not pts or p != pts[-1]:
            pts.append(p)
    if len(pts) < 3:
        return ""
    return "M" + " L".join(f"{x} {y}" for x, y in pts) + "Z"


def _target(item_id: str, listed: set[str], violent: bool) -> str:
    if item_id in listed:
        return f"#inc-{item_id}"
    return "#incidents" if violent else "#moves"


def map_svg(points: list[dict[str, Any]], listed: set[str]) -> str:
    """The map: country outlines around the incidents, a dot per incident (red: violence,
    blue: political and diplomatic moves), the names of the places of violence."""
    # the view frames the towns and regions (of violence first); a country's centre point
    # (a statement "in Canada") is drawn when it falls inside, not framed
    framed = [p for p in points if (p.get("precision") or 1) <= 3] or points
    framed = [p for p in framed if p["violent"]] or framed
    proj = Projection([(p["lon"], p["lat"]) for p in framed])
    w, h = proj.width, proj.height
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="map" role="img" '
           f'viewBox="0 0 {w} {h}" width="{w}" height="{h}" aria-label="Map of the incidents">',
           f'<rect width="{w}" height="{h}" fill="#dfe9f2"/>']
    land = []
    for code, rings in outlines():
        d = "".join(_path(r, proj) for r in rings if proj.sees(r))
        if d:
            land.append(f'<path d="{d}" data-country="{escape(code)}"/>')
    out.append('<g class="land" fill="#f4f1ea" stroke="#9a9a9a" stroke-width="0.6">'
               + "".join(land) + "</g>")
    labelled: set[str] = set()
    for p in sorted(points, key=lambda p: p["violent"]):
        x, y = proj.xy(p["lon"], p["lat"])
        colour = VIOLENT if p["violent"] else POLITICAL
        r = 5 if (p.get("precision") or 1) <= 2 else 8
        fill = colour if r == 5 else "none"
        label = escape(p["label"] or "")
        out.append(f'<a href="{_target(p["id"], listed, p["violent"])}"><circle class="mark" '
                   f'cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{fill}" stroke="{colour}" '
                   f'stroke-width="2" fill-opacity="0.8"><title>{label}</title></circle></a>')
        if p["violent"] and label and label not in labelled and len(labelled) < 12:
            labelled.add(label)
            out.append(f'<text x="{x + 7:.1f}" y="{y - 6:.1f}" font-size="12" '
                       f'fill="#222">{label}</text>')
    out.append(f'<g font-size="11" fill="#333"><circle cx="12" cy="{h - 28}" r="5" '
               f'fill="{VIOLENT}"/><text x="22" y="{h - 24}">violence</text>'
               f'<circle cx="12" cy="{h - 12}" r="5" fill="{POLITICAL}"/>'
               f'<text x="22" y="{h - 8}">political and diplomatic moves (hollow: region or '
               f'country)</text></g>')
    out.append("</svg>")
    return "".join(out)


def timeline_svg(since: str, until: str, points: list[dict[str, Any]], listed: set[str]
                 ) -> str:
    """The period's days on an axis; a dot per incident on its first day (a line to its last
    day when it spans several), violence below the axis' middle line, moves above."""
    first, last = dt.date.fromisoformat(since), dt.date.fromisoformat(until)
    days = (last - first).days + 1
    w, h, left, right = WIDTH, 160, 20, 20
    step = (w - left - right) / max(days, 1)
    mid = 80
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" '
           f'viewBox="0 0 {w} {h}" width="{w}" height="{h}" aria-label="Timeline of the period">',
           f'<line x1="{left}" y1="{mid}" x2="{w - right}" y2="{mid}" stroke="#555"/>']
    every = max(1, math.ceil(days / 10))
    for i in range(days):
        x = left + step * (i + 0.5)
        day = first + dt.timedelta(days=i)
        out.append(f'<line x1="{x:.1f}" y1="{mid - 3}" x2="{x:.1f}" y2="{mid + 3}" '
                   f'stroke="#555"/>')
        if i % every == 0 or i == days - 1:
            out.append(f'<text x="{x:.1f}" y="{h - 4}" font-size="10" text-anchor="middle" '
                       f'fill="#333">{day.day} {day.strftime("%b")}</text>')
    stacks: dict[tuple[int, bool], int] = {}
    for p in sorted(points, key=lambda p: (p["date"] or "", not p["violent"], p["id"])):
        try:
            d = dt.date.fromisoformat((p["date"] or "")[:10])
        except ValueError:
            continue
        i = min(max((d - first).days, 0), days - 1)
        n = stacks.get((i, p["violent"]), 0)
        stacks[(i, p["violent"])] = n + 1
        if n >= 5:
            continue
        x = left + step * (i + 0.5)
        y = mid + 12 + 11 * n if p["violent"] else mid - 12 - 11 * n
        colour = VIOLENT if p["violent"] else POLITICAL
        span = ""
        if p.get("date_last") and p["date_last"] != p["date"]:
            try:
                j = min((dt.date.fromisoformat(p["date_last"][:10]) - first).days, days - 1)
                span = (f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{left + step * (j + 0.5):.1f}" '
                        f'y2="{y:.1f}" stroke="{colour}" stroke-width="3"/>')
            except ValueError:
                span = ""
        out.append(f'<a href="{_target(p["id"], listed, p["violent"])}">{span}<circle '
                   f'class="mark" cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}">'
                   f'<title>{escape(p.get("label") or "")}</title></circle></a>')
    for (i, violent), n in stacks.items():
        if n > 5:
            x = left + step * (i + 0.5)
            y = mid + 12 + 11 * 5 if violent else mid - 12 - 11 * 5
            out.append(f'<text x="{x + 6:.1f}" y="{y + 3:.1f}" font-size="9" fill="#333">'
                       f'+{n - 5}</text>')
    out.append(f'<text x="{left}" y="10" font-size="10" fill="#333">above the line: '
               f'political and diplomatic moves; below: violence</text>')
    out.append("</svg>")
    return "".join(out)
