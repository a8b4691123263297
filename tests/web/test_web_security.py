"""Security of the web app: hostile article text shown as text, a Content Security Policy without
inline or remote scripts, token-only writes, size limits, no directory listing, the Host check,
reads behind the token off the loopback, errors as JSON without tracebacks."""

from __future__ import annotations

import re

import pytest
from webkit import TOKEN, client, client_for, fresh_db, web_db  # fixtures too

pytestmark = pytest.mark.slow  # the database is built by a real ingest (the model)

PAGES = ("/", "/incidents", "/events", "/claims", "/articles", "/tallies", "/review", "/api")


def _hostile_id(client) -> str:
    items = client.get("/api/v1/articles", params={"limit": 100}).json()["items"]
    return next(a["id"] for a in items if a["external_id"] == "hostile-1")


def test_a_script_in_an_article_is_shown_as_text_on_every_page(client) -> None:
    aid = _hostile_id(client)
    inc = client.get("/api/v1/incidents", params={"article": aid, "type": "ASSAULT"}).json()
    pages = [f"/articles/{aid}", f"/incidents/{inc['items'][0]['id']}", "/articles",
             "/incidents", "/tallies", "/claims"]
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        assert "<script>window" not in r.text and "onerror=\"" not in r.text, path
        assert "<img src=x" not in r.text and "<b>wire-a</b>" not in r.text, path
    article = client.get(f"/articles/{aid}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=&#34;window.__pwned = 2&#34;&gt;" in article
    assert "&lt;b&gt;wire-a&lt;/b&gt;" in article


def test_every_script_is_a_file_of_this_server_and_the_csp_forbids_others(client) -> None:
    aid = _hostile_id(client)
    for path in (*PAGES, f"/articles/{aid}"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "default-src 'self'" in csp and "object-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", r.text, re.S)
        assert all(re.search(r'src="/static/', attrs) and not body.strip()
                   for attrs, body in scripts), path
        assert "http://" not in "".join(re.findall(r'(?:src|href)="([^"]+)"', r.text)) \
            or path.startswith("/articles/")
    assert "content-security-policy" in client.get("/api/v1/incidents").headers


def test_writes_need_the_token_in_a_header(fresh_db) -> None:
    c = client_for(fresh_db)
    inc = c.get("/api/v1/incidents", params={"limit": 1}).json()["items"][0]
    body = {"kind": "incident", "record_id": inc["id"], "action": "wrong"}
    assert c.post("/api/v1/corrections", json=body).status_code == 401
    assert c.post("/api/v1/corrections", json=body,
                  headers={"X-Sitrep-Token": "wrong"}).status_code == 401
    c.cookies.set("X-Sitrep-Token", TOKEN)
    assert c.post("/api/v1/corrections", json=body).status_code == 401  # a cookie is not enough
    c.cookies.clear()
    assert c.get("/api/v1/corrections").json()["count"] == 0
    r = c.post("/api/v1/corrections", json=body, headers={"X-Sitrep-Token": TOKEN})
    assert r.status_code == 201 and r.json()["status"] == "applied"


def test_oversized_requests_are_refused_before_they_are_read(client) -> None:
    big = {"kind": "incident", "record_id": "x", "action": "wrong", "note": "x" * 70_000}
    r = client.post("/api/v1/corrections", json=big, headers={"X-Sitrep-Token": TOKEN})
    assert r.status_code == 413 and r.json()["error"] == "request body too large"
    r = client.get("/api/v1/incidents", params={"place": "x" * 9000})
    assert r.status_code == 414
    r = client.get("/api/v1/incidents", params={"place": "x" * 1500})
    assert r.status_code == 422


def test_no_directory_listing_and_no_files_outside_static(client) -> None:
    for path in ("/static/", "/static/vendor/", "/static/../app.py", "/static/%2e%2e/app.py",
                 "/static/vendor/../../app.py"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "leaflet.js" not in r.text and "import" not in r.text
    assert client.get("/static/vendor/leaflet.js").status_code == 200
    basemap = client.get("/static/vendor/countries.geojson")
    assert basemap.status_code == 200 and len(basemap.content) < 3_000_000


def test_other_hosts_are_refused_on_the_loopback(client) -> None:
    r = client.get("/api/v1/incidents", headers={"Host": "evil.example:8000"})
    assert r.status_code == 421 and r.json()["error"] == "unknown Host"
    assert client.get("/api/v1/incidents", headers={"Host": "localhost:8000"}).status_code == 200


def test_off_the_loopback_reads_need_the_token_too(web_db) -> None:
    from fastapi.testclient import TestClient

    from sitrep.web import create_app

    c = TestClient(create_app(web_db, token=TOKEN, host="0.0.0.0"), base_url="http://10.1.2.3")
    assert c.get("/api/v1/incidents").status_code == 401
    assert c.get("/api/v1/incidents", headers={"X-Sitrep-Token": TOKEN}).status_code == 200
    assert c.get("/incidents", params={"token": TOKEN}).status_code == 200
    assert c.get("/static/app.css").status_code == 200


def test_an_internal_error_is_json_without_a_traceback(web_db, tmp_path) -> None:
    import shutil

    from fastapi.testclient import TestClient

    from sitrep.web import create_app

    copy = tmp_path / "broken.db"
    shutil.copy(web_db, copy)
    app = create_app(copy, token=TOKEN)
    import sqlite3

    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TABLE incident_units")
    c = TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False)
    inc = c.get("/api/v1/incidents", params={"limit": 1}).json()["items"][0]
    r = c.get(f"/api/v1/incidents/{inc['id']}")
    assert r.status_code == 500 and r.json() == {"error": "internal error",
                                                 "hint": "see the server's log"}
    assert "Traceback" not in r.text and "incident_units" not in r.text


def test_the_brief_page_is_the_brief_with_no_script_allowed(client) -> None:
    r = client.get("/brief", params={"since": "2020-09-29", "until": "2020-10-05"})
    assert r.status_code == 200
    assert "Stepanakert" in r.text or "Khankendi" in r.text  # the seed's clashes
    csp = r.headers["content-security-policy"]
    assert "script-src" not in csp and "default-src 'none'" in csp  # no script of any kind
    assert len(r.headers.get_list("content-security-policy")) == 1
    assert "<script" not in r.text.lower()
    hostile = client.get("/brief", params={"since": "2021-03-04", "until": "2021-03-10"})
    assert hostile.status_code == 200 and "<script>window" not in hostile.text
