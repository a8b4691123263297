"""Review: corrections stored with who/when/what, applied on read, shown as corrected, exported
with their provenance, and surviving a re-extraction by a new extractor version (or flagged as
orphaned when their record is gone)."""

from __future__ import annotations

import json

import pytest
from webkit import TOKEN, client_for, copy_target, ingest, inputs, web_db, web_target  # fixtures

pytestmark = pytest.mark.slow  # the database is built by a real ingest (the model)


@pytest.fixture
def fresh_db(web_target: str, tmp_path) -> str:
    """A copy of the session's database that a test may write, on each backend."""
    return copy_target(web_target, tmp_path)

H = {"X-Sitrep-Token": TOKEN}


def _kandahar(c) -> dict:
    return c.get("/api/v1/incidents", params={"place": "Kandahār", "type": "ASSAULT"}
                 ).json()["items"][0]


def _post(c, **body) -> dict:
    r = c.post("/api/v1/corrections", json=body, headers=H)
    assert r.status_code == 201, r.text
    return r.json()


def test_a_corrected_field_is_applied_on_read_and_shown_with_its_provenance(fresh_db) -> None:
    c = client_for(fresh_db)
    inc = _kandahar(c)
    made = _post(c, kind="incident", record_id=inc["id"], action="set",
                 field="fatalities_best", value="4", note="hospital list", author="rk")
    assert made["old_value"] == inc["fatalities_best"] and made["new_value"] == 4
    again = _kandahar(c)
    assert again["fatalities_best"] == 4 and again["original"]["fatalities_best"] == \
        inc["fatalities_best"]
    assert again["review"]["status"] == "corrected"
    shown = again["review"]["corrections"][0]
    assert (shown["author"], shown["note"], shown["field"]) == ("rk", "hospital list",
                                                                "fatalities_best")
    exported = c.get("/api/v1/corrections").json()["items"][0]
    assert exported["evidence"]["article_id"] == inc["first_article_id"]
    assert exported["created_at"] and exported["status"] == "applied"
    page = c.get(f"/incidents/{inc['id']}").text
    assert "corrected" in page and "hospital list" in page


def test_a_bad_correction_is_a_json_error(fresh_db) -> None:
    c = client_for(fresh_db)
    inc = _kandahar(c)
    for body, words in (({"action": "set", "field": "fatalities_best", "value": "many"},
                         "whole number"),
                        ({"action": "set", "field": "text", "value": "x"}, "cannot be corrected"),
                        ({"action": "set", "field": "plover_type", "value": "BOMB"}, "PLOVER"),
                        ({"action": "merge", "other_id": inc["id"]}, "itself"),
                        ({"action": "explode"}, "action")):
        r = c.post("/api/v1/corrections", json={"kind": "incident", "record_id": inc["id"],
                                                **body}, headers=H)
        assert r.status_code == 400 and words in json.dumps(r.json()), body
    r = c.post("/api/v1/corrections", json={"kind": "incident", "record_id": "inc-none",
                                            "action": "wrong"}, headers=H)
    assert r.status_code == 404


def test_merge_hides_the_other_incident_and_split_separates_an_article(fresh_db) -> None:
    c = client_for(fresh_db)
    inc = _kandahar(c)
    threat = c.get("/api/v1/incidents", params={"place": "Kandahār", "type": "THREATEN"}
                   ).json()["items"][0]
    _post(c, kind="incident", record_id=inc["id"], action="merge", other_id=threat["id"])
    ids = {i["id"] for i in c.get("/api/v1/incidents", params={"limit": 500}).json()["items"]}
    assert inc["id"] in ids and threat["id"] not in ids
    merged = c.get("/api/v1/incidents", params={"limit": 500, "include_merged": True}).json()
    hidden = next(i for i in merged["items"] if i["id"] == threat["id"])
    assert hidden["review"]["merged_into"] == inc["id"]
    second = next(a for a in c.get(f"/api/v1/incidents/{inc['id']}").json()["articles"]
                  if a["source"] == "wire-b")
    _post(c, kind="incident", record_id=inc["id"], action="split", other_id=second["id"])
    detail = c.get(f"/api/v1/incidents/{inc['id']}").json()
    assert detail["review"]["split_off"] == [second["id"]]
    assert next(a for a in detail["articles"] if a["id"] == second["id"])["split_off"]


@pytest.fixture
def bumped(monkeypatch):
    """A new version of the event and claim extractors: the same events, and claims no longer
    found in the article that says 'killing three officers'."""
    import sitrep.extract.claims as claims
    import sitrep.extract.events as events
    import sitrep.extract.events.extractor as event_extractor
    from sitrep.store import write

    original = claims.extract

    def fewer_claims(ctx):
        found = original(ctx)
        return [] if "killing three officers" in ctx.article.text else found

    monkeypatch.setattr(events, "VERSION", "sitrep.events.v99")
    monkeypatch.setattr(event_extractor, "VERSION", "sitrep.events.v99")
    monkeypatch.setattr(claims, "VERSION", "sitrep.claims.v99")
    monkeypatch.setattr(claims, "extract", fewer_claims)
    write._versions_json.cache_clear()
    yield
    write._versions_json.cache_clear()


def test_corrections_survive_a_reingest_with_a_new_extractor_version(fresh_db, tmp_path,
                                                                      request) -> None:

    c = client_for(fresh_db)
    inc = _kandahar(c)
    aid = inc["first_article_id"]
    events = c.get("/api/v1/events", params={"article": aid}).json()["items"]
    event = next(e for e in events if e["plover_type"] == "THREATEN")
    claim = c.get("/api/v1/claims", params={"article": aid}).json()["items"][0]
    _post(c, kind="incident", record_id=inc["id"], action="set", field="place",
          value="Kandahar city")
    _post(c, kind="event", record_id=str(event["id"]), action="wrong", note="a rumour")
    _post(c, kind="claim", record_id=str(claim["id"]), action="set", field="low", value="2")
    request.getfixturevalue("bumped")
    ingest(fresh_db, inputs(tmp_path)[1], extra=("--replace",))

    c = client_for(fresh_db)
    after = c.get("/api/v1/events", params={"article": aid}).json()["items"]
    assert {e["extractor"] for e in after} == {"sitrep.events.v99"}
    assert event["id"] not in {e["id"] for e in after}  # new rows, new ids
    again = next(e for e in after if e["start"] == event["start"]
                 and e["trigger_start"] == event["trigger_start"])
    assert again["review"]["status"] == "wrong"
    assert _kandahar(c)["place"] == "Kandahar city"
    listed = {x["kind"]: x for x in c.get("/api/v1/corrections").json()["items"]}
    assert listed["incident"]["status"] == "applied"
    assert listed["event"]["status"] == "applied" and listed["event"]["target"] == str(again["id"])
    assert listed["claim"]["status"] == "orphaned" and listed["claim"]["target"] is None
    assert listed["event"]["extractor"] != "sitrep.events.v99"  # made on the old version
    review = c.get("/review").text
    assert "orphaned" in review and "applied" in review


def test_corrections_posted_at_once_by_many_reviewers_all_land_once(fresh_db) -> None:
    """Eight reviewers post five corrections each at the same moment to a real server (its
    worker threads write through the pool at once): every one is stored once, with its own id,
    and listed."""
    import threading

    import httpx
    from webkit import serving

    reviewers, each = 8, 5
    with serving(fresh_db) as base:
        with httpx.Client(base_url=base) as c:
            inc = _kandahar(c)
        start = threading.Barrier(reviewers)
        made: list[dict] = []
        problems: list[str] = []

        def review(n: int) -> None:
            with httpx.Client(base_url=base, timeout=60) as c:
                start.wait()
                for k in range(each):
                    r = c.post("/api/v1/corrections", headers=H, json={
                        "kind": "incident", "record_id": inc["id"], "action": "set",
                        "field": "fatalities_best", "value": n * 10 + k,
                        "note": f"reviewer {n} #{k}", "author": f"r{n}"})
                    if r.status_code == 201:
                        made.append(r.json())
                    else:
                        problems.append(r.text)

        threads = [threading.Thread(target=review, args=(n,)) for n in range(reviewers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not problems
        with httpx.Client(base_url=base) as c:
            listed = c.get("/api/v1/corrections").json()["items"]
            shown = _kandahar(c)
    expected = {f"reviewer {n} #{k}" for n in range(reviewers) for k in range(each)}
    assert sorted(m["note"] for m in made) == sorted(expected)
    assert sorted(x["note"] for x in listed) == sorted(expected)  # each once
    assert len({x["id"] for x in listed}) == reviewers * each
    assert all(x["status"] == "applied" for x in listed)
    last = max(listed, key=lambda x: x["id"])
    assert shown["fatalities_best"] == last["new_value"]  # the last one stored wins
