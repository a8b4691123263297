"""The pages: server-rendered HTML (Jinja2, escaping always on) with a little JavaScript from
``static/`` (never inline: the Content Security Policy forbids it). The map page draws the
incidents and the timeline from the API; the lists, the incident, article and tallies pages are
complete without JavaScript (it only adds the review buttons)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from sitrep.errors import InputError
from sitrep.reconcile import corrections
from sitrep.store import filters as checks
from sitrep.web import detail, queries
from sitrep.web.queries import Filters
from sitrep.web.render import segments

router = APIRouter(include_in_schema=False)
ENV = Environment(loader=PackageLoader("sitrep.web", "templates"),
                  autoescape=select_autoescape(default=True, default_for_string=True),
                  trim_blocks=True, lstrip_blocks=True)
FILTER_NAMES = ("country", "type", "since", "until", "place", "article", "min_confidence",
                "min_sources")
MAX_TALLIES = 300  # the tallies page shows the first ones (contested first); filters narrow it
TYPE_COLOURS = {"ASSAULT": "assault", "COERCE": "coerce", "PROTEST": "protest",
                "MOBILIZE": "mobilize", "THREATEN": "threaten", "ACCUSE": "accuse",
                "SANCTION": "sanction"}


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(name).render(**context), status)


def error_page(request: Request, status: int, error: str, hint: str | None) -> HTMLResponse:
    return render("error.html", status, status=status, error=error, hint=hint, page="error")


def _filters(request: Request) -> tuple[Filters, dict[str, str]]:
    q = request.query_params
    given = {k: q[k].strip() for k in FILTER_NAMES if q.get(k, "").strip()}
    for k, v in given.items():
        checks.text(v, k)
    mc = given.get("min_confidence")
    ms = given.get("min_sources")
    f = Filters(country=given.get("country"), type=given.get("type"), since=given.get("since"),
                until=given.get("until"), place=given.get("place"),
                article=given.get("article"),
                min_confidence=checks.confidence(mc) if mc else None,
                min_sources=int(ms) if ms and ms.isdigit() else None)
    return f, given


def _url(path: str, params: dict[str, Any]) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def _settings(request: Request) -> Any:
    return request.app.state.settings


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    _, given = _filters(request)
    return render("index.html", page="map", given=given)


LISTS = {
    "incidents": ("Incidents", queries.incidents, queries.INCIDENT_SORTS),
    "events": ("Events", queries.events, queries.EVENT_SORTS),
    "claims": ("Claims", queries.claims, queries.CLAIM_SORTS),
    "articles": ("Articles", queries.articles, queries.ARTICLE_SORTS),
}


def _list(request: Request, kind: str) -> HTMLResponse:
    title, query, sorts = LISTS[kind]
    f, given = _filters(request)
    q = request.query_params
    sort, cursor = q.get("sort") or None, q.get("cursor") or None
    limit = q.get("limit") or None
    with _settings(request).reader() as conn:
        page = query(conn, f, sort=sort, limit=limit, cursor=cursor)
        if kind == "incidents":
            corrections.apply_incidents(conn, page.items)
        elif kind in ("events", "claims"):
            corrections.apply_records(conn, kind[:-1], page.items)
    base = {**given, "sort": sort, "limit": limit}
    sort_links = {}
    for key in sorts:
        now = (sort or "").lstrip("-") == key
        desc = now and not (sort or "").startswith("-")
        sort_links[key] = _url(f"/{kind}", {**given, "sort": ("-" if desc else "") + key})
    return render("list.html", page=kind, kind=kind, title=title, items=page.items,
                  given=given, sort=sort, sort_links=sort_links,
                  next_url=_url(f"/{kind}", {**base, "cursor": page.next_cursor})
                  if page.next_cursor else None,
                  first_url=_url(f"/{kind}", base) if cursor else None)


@router.get("/incidents", response_class=HTMLResponse)
def incidents_page(request: Request) -> HTMLResponse:
    return _list(request, "incidents")


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    return _list(request, "events")


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request) -> HTMLResponse:
    return _list(request, "claims")


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request) -> HTMLResponse:
    return _list(request, "articles")


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: str) -> HTMLResponse:
    with _settings(request).reader() as conn:
        inc = detail.incident_detail(conn, incident_id, with_segments=True)
    if inc is None:
        raise InputError(f"no incident {incident_id[:40]!r}", "list them at /incidents")
    return render("incident.html", page="incidents", inc=inc,
                  fields=corrections.FIELDS["incident"])


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    with _settings(request).reader() as conn:
        art = detail.article_detail(conn, article_id)
    if art is None:
        raise InputError(f"no article {article_id[:40]!r}", "list them at /articles")
    paragraphs = []
    start = 0
    text = art["text"]
    while start <= len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            paragraphs.append(segments(text, art["spans"], start, end))
        start = end + 2
    counts: dict[str, int] = {}
    for s in art["spans"]:
        counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    return render("article.html", page="articles", art=art, paragraphs=paragraphs,
                  counts=counts)


@router.get("/tallies", response_class=HTMLResponse)
def tallies_page(request: Request) -> HTMLResponse:
    f, given = _filters(request)
    found = {k: v for k, v in f.as_query().items()
             if k in ("country", "type", "since", "until", "place", "article")}
    with _settings(request).database() as db:
        tallies = detail.tallies(db, found)
    groups: dict[str, list[dict[str, Any]]] = {}
    for t in tallies[:MAX_TALLIES]:
        groups.setdefault(t["side"] or "side not stated", []).append(t)
    ordered = sorted(groups.items(), key=lambda g: (-sum(t["contested"] for t in g[1]),
                                                     -len(g[1]), g[0]))
    for _, items in ordered:
        items.sort(key=lambda t: (not t["contested"], t["outcome"], t["victims"] or ""))
    return render("tallies.html", page="tallies", groups=ordered, given=given,
                  n=len(tallies), contested=sum(t["contested"] for t in tallies),
                  shown=min(len(tallies), MAX_TALLIES))


# the brief is one self-contained file with its styles inline and no script at all: its policy
# allows inline styles and forbids every script, connection, frame and form
BRIEF_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
             "form-action 'none'; frame-ancestors 'none'")


@router.get("/brief", response_class=HTMLResponse)
def brief_page(request: Request) -> HTMLResponse:
    """The situation brief of a period (``sitrep brief``): ?since=&until=&country=&place=."""
    from sitrep.brief import brief_html

    q = request.query_params
    filters = {"since": q.get("since") or None, "until": q.get("until") or None,
               "countries": q.get("country") or None, "place": q.get("place") or None}
    with _settings(request).database() as db:
        html = brief_html(db, **filters)
    return HTMLResponse(html, headers={"content-security-policy": BRIEF_CSP})


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request) -> HTMLResponse:
    with _settings(request).reader() as conn:
        items = corrections.listing(conn)
    return render("review.html", page="review", items=items)


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"],
                       "description": p.get("description") or p.get("schema", {}).get(
                           "description", "")} for p in op.get("parameters", [])]
            routes.append({"method": method.upper(), "path": path,
                           "summary": op.get("summary", ""),
                           "description": op.get("description", ""), "params": params})
    return render("api.html", page="api", routes=routes, info=spec.get("info", {}))
