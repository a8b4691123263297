"""Vendor the web app's front-end files into ``src/sitrep/web/static/vendor`` (run by hand when
upgrading them; users never run it: the files are committed and shipped in the package).

    mkdir /tmp/v && cd /tmp/v && npm install leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2
    python scripts/vendor_web.py /tmp/v/node_modules

Leaflet (BSD-2-Clause) and Leaflet.markercluster (MIT) are copied as built. The basemap is
world-atlas's ``countries-50m.json`` (Natural Earth 1:50m country outlines, public domain;
world-atlas is ISC), turned from TopoJSON into one GeoJSON FeatureCollection with coordinates
rounded to 0.01 degree (about 1 km, finer than the map ever shows a country border) and
repeated points dropped, so that it stays under 3 MB."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "web" / "static" / "vendor"


def _arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        out.append(points)
    return out


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(arc[1:] if ring else arc)
    kept: list[tuple[float, float]] = []
    for p in ring:
        if not kept or p != kept[-1]:
            kept.append(p)
    if kept and kept[0] != kept[-1]:
        kept.append(kept[0])
    return [list(p) for p in kept]


def basemap(topo_path: Path) -> dict:
    topo = json.loads(topo_path.read_text("utf-8"))
    arcs = _arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = ([geom["arcs"]] if geom["type"] == "Polygon" else
                 geom["arcs"] if geom["type"] == "MultiPolygon" else [])
        coords = []
        for poly in polys:
            rings = [r for r in (_ring(r, arcs) for r in poly) if len(r) >= 4]
            if rings:
                coords.append(rings)
        if not coords:
            continue
        features.append({"type": "Feature", "id": geom.get("id"),
                         "properties": {"name": geom.get("properties", {}).get("name")},
                         "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}


def main(node_modules: str) -> None:
    nm = Path(node_modules)
    OUT.mkdir(parents=True, exist_ok=True)
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy(nm / "leaflet" / "dist" / name, OUT / name)
    (OUT / "images").mkdir(exist_ok=True)
    for img in (nm / "leaflet" / "dist" / "images").iterdir():
        shutil.copy(img, OUT / "images" / img.name)
    for name in ("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"):
        shutil.copy(nm / "leaflet.markercluster" / "dist" / name, OUT / name)
    data = basemap(nm / "world-atlas" / "countries-50m.json")
    (OUT / "countries.geojson").write_text(json.dumps(data, separators=(",", ":")), "utf-8")
    licences = []
    for pkg, what in (("leaflet", "Leaflet (leaflet.js, leaflet.css, images/)"),
                      ("leaflet.markercluster", "Leaflet.markercluster (leaflet.markercluster.js, "
                       "MarkerCluster*.css)"),
                      ("world-atlas", "world-atlas (countries.geojson, converted from "
                       "countries-50m.json; the outlines are Natural Earth, public domain)")):
        version = json.loads((nm / pkg / "package.json").read_text("utf-8"))["version"]
        text = (nm / pkg / "LICENSE").read_text("utf-8") if (nm / pkg / "LICENSE").exists() \
            else (nm / pkg / "MIT-LICENCE.txt").read_text("utf-8")
        licences.append(f"== {what}, npm {pkg}@{version}\n\n{text.strip()}\n")
    (OUT / "LICENSES.txt").write_text("\n\n".join(licences), "utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
