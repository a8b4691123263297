"""The JSON API over a real database built by a real ingest: filters, cursor pagination,
GeoJSON, evidence on every record, articles with their spans, the timeline, errors as JSON."""

from __future__ import annotations

import json
import math

import pytest
from webkit import HOSTILE_TEXT, client_for, web_db, web_target  # fixtures too

pytestmark = pytest.mark.slow  # the database is built by a real ingest (the model)


@pytest.fixture(scope="module")
def client(web_target: str):
    """The app over the session's database, on each backend (SQLite, PostgreSQL)."""
    return client_for(web_target)


def _all(client, path: str, **params) -> list[dict]:
    items, cursor = [], None
    for _ in range(200):
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return items
    raise AssertionError("pagination did not end")


def test_incident_pages_of_two_add_up_to_the_whole_list_without_repeats(client) -> None:
    everything = client.get("/api/v1/incidents", params={"limit": 500}).json()
    assert everything["next_cursor"] is None and everything["count"] >= 10
    paged = _all(client, "/api/v1/incidents", limit=2)
    assert [i["id"] for i in paged] == [i["id"] for i in everything["items"]]


def test_sorted_pages_stay_sorted_across_page_boundaries(client) -> None:
    paged = _all(client, "/api/v1/incidents", limit=3, sort="-fatalities")
    figures = [i["fatalities_best"] if i["fatalities_best"] is not None else -1 for i in paged]
    assert figures == sorted(figures, reverse=True) and figures[0] >= 3
    events = _all(client, "/api/v1/events", limit=7, sort="type")
    assert [e["plover_type"] for e in events] == sorted(e["plover_type"] for e in events)
    assert len({e["id"] for e in events}) == len(events)


def test_filters_of_the_cli_narrow_the_lists(client) -> None:
    assaults = _all(client, "/api/v1/incidents", type="ASSAULT")
    assert assaults and all(i["plover_type"] == "ASSAULT" for i in assaults)
    aze = _all(client, "/api/v1/incidents", country="AZE")
    assert aze and all("AZE" in (i["country"], *[a.get("country") for a in i["actors"]
                                                 + i["recipients"]]) for i in aze)
    day = _all(client, "/api/v1/incidents", since="2020-10-05", until="2020-10-05")
    assert day and all(i["date_first"] <= "2020-10-05" <= (i["date_last"] or i["date_first"])
                       for i in day)
    kandahar = _all(client, "/api/v1/incidents", place="Kandahār", min_sources=2)
    assert len(kandahar) == 1 and kandahar[0]["n_sources"] == 2
    killed = _all(client, "/api/v1/claims", type="killed")
    assert killed and all(c["outcome"] == "killed" for c in killed)
    confident = _all(client, "/api/v1/events", min_confidence=0.5)
    assert all(e["confidence"] >= 0.5 for e in confident)
    article = client.get("/api/v1/articles", params={"source": "wire-b"}).json()["items"]
    assert [a["external_id"] for a in article] == ["second-1"]
    one = _all(client, "/api/v1/events", article=article[0]["id"][:10])
    assert one and {e["article_id"] for e in one} == {article[0]["id"]}


def test_a_filter_that_cannot_match_is_a_json_error_naming_the_valid_values(client) -> None:
    for params, words in (({"type": "BOMBING"}, "PLOVER"), ({"since": "yesterday"}, "YYYY"),
                          ({"country": "Azerbaijan"}, "AZE"),
                          ({"since": "2021-01-02", "until": "2021-01-01"}, "swap"),
                          ({"cursor": "not-a-cursor"}, "next_cursor"),
                          ({"sort": "nonsense"}, "fatalities")):
        r = client.get("/api/v1/incidents", params=params)
        assert r.status_code == 400, params
        body = r.json()
        assert set(body) == {"error", "hint"} and words in body["error"] + body["hint"]
        assert "Traceback" not in r.text
    r = client.get("/api/v1/incidents", params={"limit": 0})
    assert r.status_code == 422 and r.json()["error"] == "invalid request"
    assert client.get("/api/v1/incidents/inc-nope").status_code == 404
    assert client.get("/api/v1/articles/zzzz").json()["error"].startswith("no article")


def _valid_point(feature: dict) -> None:
    assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
    geometry = feature["geometry"]
    assert geometry["type"] == "Point" and len(geometry["coordinates"]) == 2
    lon, lat = geometry["coordinates"]
    assert math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson_of_incidents_places_and_the_map_is_valid(client) -> None:
    for path in ("/api/v1/incidents.geojson", "/api/v1/places", "/api/v1/map"):
        r = client.get(path, params={"limit": 500} if "map" not in path else {"zoom": 3})
        assert r.status_code == 200 and r.headers["content-type"].startswith(
            "application/geo+json")
        fc = r.json()
        assert fc["type"] == "FeatureCollection" and fc["features"]
        for f in fc["features"]:
            _valid_point(f)
    seed = client.get("/api/v1/map", params={"since": "2020-10-05", "until": "2020-10-05"}).json()
    names = {f["properties"]["place"] for f in seed["features"]}
    assert {"Khankendi", "Ganja"} <= names and not seed["sitrep:clustered"]


def test_map_points_come_in_one_order_on_both_backends_undated_first(client) -> None:
    """SQLite sorts NULL first and PostgreSQL last: the map spells its order out."""
    points = client.get("/api/v1/map", params={"zoom": 3}).json()["features"]
    keys = [(p["properties"]["date_first"] or "", p["id"]) for p in points]
    assert keys == sorted(keys) and keys[0][0] == "" and keys[-1][0]


def test_every_record_carries_its_evidence_and_the_article_gives_every_span(client) -> None:
    for path in ("/api/v1/incidents", "/api/v1/events", "/api/v1/claims"):
        for rec in client.get(path, params={"limit": 30}).json()["items"]:
            ev = rec["evidence"]
            assert ev["article_id"] and 0 <= ev["start"] < ev["end"]
    claim = client.get("/api/v1/claims", params={"limit": 1}).json()["items"][0]
    article = client.get(f"/api/v1/articles/{claim['article_id']}").json()
    assert article["text"][claim["start"]:claim["end"]] == claim["text"]
    kinds = {s["kind"] for s in article["spans"]}
    assert {"event", "claim", "place", "actor"} <= kinds
    for s in article["spans"]:
        assert article["text"][s["start"]:s["end"]] == s["text"]


def test_incident_detail_has_mentions_sources_claims_and_derivation(client) -> None:
    inc = _all(client, "/api/v1/incidents", place="Kandahār", type="ASSAULT")[0]
    detail = client.get(f"/api/v1/incidents/{inc['id']}").json()
    assert {a["source"] for a in detail["articles"]} == {"<b>wire-a</b>", "wire-b"}
    assert detail["contested"] and detail["fatalities_low"] == 3
    assert detail["fatalities_high"] == 5
    assert any("low 3" in line and "high 5" in line for line in detail["derivation"])
    assert {c["outcome"] for c in detail["claims"]} >= {"killed"}
    for m in detail["mentions"]:
        for s in m["spans"]:
            assert m["start"] <= s["start"] and s["end"] <= m["end"]
    hostile = [m for m in detail["mentions"] if "Gunmen" in m["text"]]
    assert hostile and HOSTILE_TEXT.startswith(hostile[0]["text"])


def test_timeline_counts_each_day_precise_incident_once(client) -> None:
    t = client.get("/api/v1/timeline", params={"since": "1900-01-01"}).json()
    every = _all(client, "/api/v1/incidents", since="1900-01-01")
    dated = [i for i in every if i["date_first"] and len(i["date_first"]) == 10]
    assert sum(d["total"] for d in t["days"]) == len(dated)
    day = next(d for d in t["days"] if d["date"] == "2020-10-05")
    assert sum(day["types"].values()) == day["total"] and "ASSAULT" in day["types"]


def test_tallies_put_contested_ones_first(client) -> None:
    items = client.get("/api/v1/tallies").json()["items"]
    assert items
    flags = [t["contested"] for t in items]
    assert flags == sorted(flags, reverse=True)


def test_openapi_documents_the_versioned_api_and_its_page_lists_it(client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/incidents", "/api/v1/incidents/{incident_id}", "/api/v1/timeline",
            "/api/v1/articles/{article_id}", "/api/v1/corrections"} <= set(spec["paths"])
    names = {p["name"] for p in spec["paths"]["/api/v1/incidents"]["get"]["parameters"]}
    assert {"country", "type", "since", "until", "place", "article", "min_sources",
            "min_confidence", "cursor", "limit", "sort"} <= names
    page = client.get("/api")
    assert page.status_code == 200 and "/api/v1/incidents" in page.text
    assert client.get("/docs").status_code == 404  # no CDN-backed Swagger page


def test_sitrep_serve_serves_the_database_of_either_backend(web_target: str, client) -> None:
    """The command, in its own process, over the session's database (a file or a URL): it
    prints the address without a password and answers as the app does."""
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    from webkit import ROOT, free_port

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", "from sitrep.cli import main; main()",
                             "--db", web_target, "serve", "--port", str(port), "--token", "t"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        body = None
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/incidents?limit=20",
                                            timeout=10) as r:
                    body = json.loads(r.read())
                break
            except OSError:
                assert proc.poll() is None, proc.communicate()
                time.sleep(0.1)
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert proc.returncode in (0, -15) and "Traceback" not in err, err
    assert body == client.get("/api/v1/incidents", params={"limit": 20}).json()
    assert f"http://127.0.0.1:{port}/ over " in out


def test_sitrep_serve_refuses_a_database_that_holds_no_sitrep_data(db_target: str) -> None:
    from click.testing import CliRunner

    from sitrep.cli import main_group, register

    register()
    result = CliRunner().invoke(main_group, ["--db", db_target, "serve", "--port", "1"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "no " in result.output and "database at" in result.output
    assert "sitrep --db" in result.output and "ingest" in result.output
