"""The JSON API, ``/api/v1``: thin routes over ``queries``, ``detail``, the tallies and the
corrections library. Lists take the CLI's filters and return ``{"items", "next_cursor",
"count"}``; pass ``cursor=next_cursor`` for the next page. Reads need no token on the loopback;
``POST /corrections`` needs the ``X-Sitrep-Token`` header."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from sitrep.errors import InputError
from sitrep.reconcile import corrections
from sitrep.web import detail, queries
from sitrep.web.queries import Filters

router = APIRouter(prefix="/api/v1", tags=["sitrep"])


def filters(
    country: Annotated[str | None, Query(description="ISO3 country of an actor, place or "
                                         "side (e.g. AZE)", max_length=1000)] = None,
    type: Annotated[str | None, Query(description="PLOVER or ACLED type (incidents, events), "
                                      "outcome (claims), kind (places)", max_length=1000)] = None,
    since: Annotated[str | None, Query(description="On or after this date (YYYY-MM-DD)",
                                       max_length=10)] = None,
    until: Annotated[str | None, Query(description="On or before this date (YYYY-MM-DD)",
                                       max_length=10)] = None,
    place: Annotated[str | None, Query(description="Place name or GeoNames id",
                                       max_length=1000)] = None,
    article: Annotated[str | None, Query(description="Article id (or a unique prefix)",
                                         max_length=1000)] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Events: minimum "
                                                  "confidence")] = None,
    min_sources: Annotated[int | None, Query(ge=1, description="Incidents: reported by at "
                                             "least this many sources")] = None,
) -> Filters:
    return Filters(country=country or None, type=type or None, since=since or None,
                   until=until or None, place=place or None, article=article or None,
                   min_confidence=min_confidence, min_sources=min_sources)


Page = Annotated[int | None, Query(ge=1, le=queries.MAX_PAGE, description="Items per page")]
Cursor = Annotated[str | None, Query(max_length=1000, description="next_cursor of the "
                                     "previous page")]
Sort = Annotated[str | None, Query(max_length=40, description="Sort key, '-' for descending")]


def _settings(request: Request) -> Any:
    return request.app.state.settings


@router.get("/incidents", summary="Incidents (one per happening), corrections applied")
def incidents(request: Request, f: Annotated[Filters, Depends(filters)], sort: Sort = None,
              limit: Page = None, cursor: Cursor = None, with_fatalities: bool = False,
              include_merged: bool = False) -> dict[str, Any]:
    """Sort keys: date, fatalities, sources, articles, type, place. Incidents merged into
    another by a correction are left out unless ``include_merged``."""
    f.extra["with_fatalities"] = with_fatalities
    with _settings(request).reader() as conn:
        page = queries.incidents(conn, f, sort=sort, limit=limit, cursor=cursor)
        corrections.apply_incidents(conn, page.items)
    if not include_merged:
        page.items = [i for i in page.items if (i.get("review") or {}).get("status") != "merged"]
    return page.to_dict()


@router.get("/incidents.geojson", summary="Incidents as a GeoJSON FeatureCollection")
def incidents_geojson(request: Request, f: Annotated[Filters, Depends(filters)],
                      limit: Page = None, cursor: Cursor = None) -> JSONResponse:
    """Incidents with coordinates as Point features (properties: the incident's fields), a
    page at a time (``next_cursor``)."""
    with _settings(request).reader() as conn:
        page = queries.incidents(conn, f, limit=limit, cursor=cursor)
        corrections.apply_incidents(conn, page.items)
    features = [queries.incident_feature(i) for i in page.items
                if i["lat"] is not None and i["lon"] is not None]
    return JSONResponse({"type": "FeatureCollection", "features": features,
                         "next_cursor": page.next_cursor},
                        media_type="application/geo+json")


@router.get("/incidents/{incident_id}", summary="One incident with its evidence")
def incident(request: Request, incident_id: str) -> dict[str, Any]:
    """The incident with its mentions (article, span, sentence and the spans in it), its
    articles and what each said, the claims behind its figures, how low / best / high were
    derived, and its review."""
    with _settings(request).reader() as conn:
        found = detail.incident_detail(conn, incident_id)
    if found is None:
        raise InputError(f"no incident {incident_id[:40]!r}", "list them at /api/v1/incidents")
    return found


@router.get("/map", summary="Incidents in view, clustered on the server when dense")
def map_(request: Request, f: Annotated[Filters, Depends(filters)],
         bbox: Annotated[str | None, Query(max_length=200, description="west,south,east,north"
                                           )] = None,
         zoom: Annotated[int | None, Query(ge=0, le=20)] = None) -> JSONResponse:
    with _settings(request).reader() as conn:
        return JSONResponse(queries.map_features(conn, f, bbox=bbox, zoom=zoom),
                            media_type="application/geo+json")


@router.get("/timeline", summary="Incidents per day and type, with fatalities")
def timeline(request: Request, f: Annotated[Filters, Depends(filters)]) -> dict[str, Any]:
    with _settings(request).reader() as conn:
        return queries.timeline(conn, f)


@router.get("/events", summary="Event mentions")
def events(request: Request, f: Annotated[Filters, Depends(filters)], sort: Sort = None,
           limit: Page = None, cursor: Cursor = None) -> dict[str, Any]:
    """Sort keys: stored, date, type, confidence."""
    with _settings(request).reader() as conn:
        page = queries.events(conn, f, sort=sort, limit=limit, cursor=cursor)
        corrections.apply_records(conn, "event", page.items)
    return page.to_dict()


@router.get("/claims", summary="Casualty claims")
def claims(request: Request, f: Annotated[Filters, Depends(filters)], sort: Sort = None,
           limit: Page = None, cursor: Cursor = None) -> dict[str, Any]:
    """Sort keys: stored, date, figure, outcome."""
    with _settings(request).reader() as conn:
        page = queries.claims(conn, f, sort=sort, limit=limit, cursor=cursor)
        corrections.apply_records(conn, "claim", page.items)
    return page.to_dict()


@router.get("/tallies", summary="Casualty tallies across articles")
def tallies(request: Request, f: Annotated[Filters, Depends(filters)],
            limit: Page = None) -> dict[str, Any]:
    """Claims grouped by outcome, victims, side, place and period, with low / best / high,
    their claimants and the contested flag; contested ones first."""
    found = {k: v for k, v in f.as_query().items() if k in
             ("country", "type", "since", "until", "place", "article")}
    with _settings(request).database() as db:
        items = detail.tallies(db, found)
    return {"items": items[:limit] if limit else items, "count": len(items)}


@router.get("/articles", summary="Articles")
def articles(request: Request, f: Annotated[Filters, Depends(filters)], sort: Sort = None,
             limit: Page = None, cursor: Cursor = None,
             status: Annotated[str | None, Query(max_length=20)] = None,
             source: Annotated[str | None, Query(max_length=1000)] = None) -> dict[str, Any]:
    """Sort keys: stored, published, source. country/type/place: articles with such an event."""
    f.extra.update(status=status, source=source)
    with _settings(request).reader() as conn:
        return queries.articles(conn, f, sort=sort, limit=limit, cursor=cursor).to_dict()


@router.get("/articles/{article_id}", summary="An article with its text and every span")
def article(request: Request, article_id: str) -> dict[str, Any]:
    with _settings(request).reader() as conn:
        found = detail.article_detail(conn, article_id)
    if found is None:
        raise InputError(f"no article {article_id[:40]!r}", "list them at /api/v1/articles")
    return found


@router.get("/places", summary="Places mentioned, as a GeoJSON FeatureCollection")
def places(request: Request, f: Annotated[Filters, Depends(filters)], limit: Page = None,
           cursor: Cursor = None) -> JSONResponse:
    with _settings(request).reader() as conn:
        return JSONResponse(queries.places(conn, f, limit=limit, cursor=cursor),
                            media_type="application/geo+json")


@router.get("/corrections", summary="Every correction with its provenance and status")
def list_corrections(request: Request,
                     kind: Annotated[str | None, Query(max_length=20)] = None) -> dict[str, Any]:
    """Who, when, which record (by evidence), what; ``status`` is ``applied`` or ``orphaned``
    (no record has that evidence any more, e.g. after a re-extraction)."""
    with _settings(request).reader() as conn:
        items = corrections.listing(conn, kind=kind)
    return {"items": items, "count": len(items)}


class CorrectionIn(BaseModel):
    kind: str = Field(max_length=20, description="incident | event | claim")
    record_id: str = Field(max_length=100, description="id of the record as listed")
    action: str = Field(max_length=20, description="wrong | set | merge | split")
    field: str | None = Field(None, max_length=40, description="set: the field")
    value: str | int | float | None = Field(None, description="set: the new value")
    other_id: str | None = Field(None, max_length=100,
                                 description="merge: the other incident; split: an article id")
    note: str | None = Field(None, max_length=corrections.MAX_NOTE)
    author: str | None = Field(None, max_length=100)


@router.post("/corrections", status_code=201, summary="Correct a record (needs the token)")
def add_correction(request: Request, body: Annotated[CorrectionIn, Body()],
                   x_sitrep_token: Annotated[str | None, Header(max_length=200)] = None
                   ) -> dict[str, Any]:
    """Mark an incident, event or claim wrong, set one of its fields, merge two incidents or
    split an article's reports off one. The token (printed by ``sitrep serve``, or
    ``SITREP_TOKEN``) goes in the ``X-Sitrep-Token`` header."""
    settings = _settings(request)
    if not settings.token_ok(x_sitrep_token):
        return JSONResponse({"error": "a valid X-Sitrep-Token header is needed to write",  # type: ignore[return-value]
                             "hint": "sitrep serve prints the token (or set SITREP_TOKEN)"},
                            401)
    current = None
    with settings.reader() as conn:
        if body.action == "set" and body.kind in ("incident", "event", "claim"):
            current = _current(conn, body.kind, body.record_id)
    with settings.writer() as conn:
        return corrections.add(conn, kind=body.kind, record_id=body.record_id,
                               action=body.action, field=body.field, value=body.value,
                               other_id=body.other_id, note=body.note,
                               author=body.author or settings.author, current=current)


def _current(conn: Any, kind: str, record_id: str) -> dict[str, Any] | None:
    if kind == "incident":
        inc = queries.incident(conn, record_id)
        if inc is not None:
            corrections.apply_incidents(conn, [inc])
            if inc.get("actors"):
                inc["actor_country"] = inc["actors"][0].get("country")
                inc["actor_sector"] = inc["actors"][0].get("sector")
        return inc
    table = "events" if kind == "event" else "claims"
    try:
        rid = int(record_id)
    except ValueError:
        return None
    cur = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (rid,))
    row = cur.fetchone()
    return dict(row) if row is not None else None
