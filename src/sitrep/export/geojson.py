"""GeoJSON export: incidents (or event mentions) as points with their properties, for QGIS,
Leaflet, Mapbox and any web map. Records without coordinates are left out of the features and
counted in the collection's ``"sitrep:without_coordinates"`` member.

    with sitrep.open_db("sitrep.db", read_only=True) as db:
        n = write_geojson(db, handle, unit="incidents", country="AZE")
"""

from __future__ import annotations

import json
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitrep.store import Database


def incident_feature(inc: dict[str, Any]) -> dict[str, Any] | None:
    if inc.get("lat") is None or inc.get("lon") is None:
        return None
    props = {k: v for k, v in inc.items() if k not in ("lat", "lon", "mentions")}
    return {"type": "Feature", "id": inc["id"],
            "geometry": {"type": "Point", "coordinates": [inc["lon"], inc["lat"]]},
            "properties": props}


def event_features(db: Database, filters: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
    from sitrep.export.events import acled_row
    from sitrep.store import bulk

    features, missing = [], 0
    for ex, idx, event in bulk.event_rows(db.conn, filters):
        row = acled_row(ex.article, ex, idx, event)
        if row["latitude"] in (None, "") or row["longitude"] in (None, ""):
            missing += 1
            continue
        features.append({"type": "Feature", "id": row["event_id_cnty"], "geometry": {
            "type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": row})
    return features, missing


def write_geojson(db: Database, handle: IO[str], *, unit: str = "incidents",
                  **filters: Any) -> int:
    """A FeatureCollection of the incidents (or events) matching ``filters``; returns the number
    of features written."""
    if unit == "incidents":
        from sitrep.export.incidents import incidents_of

        found = incidents_of(db, **filters)
        features = [f for f in map(incident_feature, found) if f is not None]
        missing = len(found) - len(features)
    else:
        features, missing = event_features(db, {k: v for k, v in filters.items()
                                                if v is not None})
    json.dump({"type": "FeatureCollection", "features": features,
               "sitrep:unit": unit, "sitrep:without_coordinates": missing},
              handle, ensure_ascii=False)
    handle.write("\n")
    return len(features)
