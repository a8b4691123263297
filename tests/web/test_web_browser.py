"""The pages in a real headless Chromium (Playwright driving Debian's chromium package): the map
shows the seed's incidents and a click opens one with its evidence marked, the timeline brush
filters the list, a correction made in the page is still shown after a re-ingest, and a script
planted in an article never runs. Screenshots of the main pages go to the test's folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from webkit import TOKEN, fresh_db, ingest, inputs, server, web_db  # fixtures too

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not shutil.which("chromium") and not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it with apt-get)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, chromium_sandbox=False)
        yield b
        b.close()


@pytest.fixture
def page(browser, tmp_path: Path) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    # nothing may be loaded from anywhere but this server
    context.route("**/*", lambda route: route.continue_()
                  if route.request.url.startswith("http://127.0.0.1:") else route.abort())
    yield pg
    context.close()


def _shot(pg, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5000
    return path


def test_the_map_shows_the_seeds_incidents_and_a_click_opens_one(server, page,
                                                                   tmp_path) -> None:
    base, _ = server
    page.goto(f"{base}/?since=2020-10-05&until=2020-10-05")
    page.wait_for_function("() => window.sitrepMarkers && window.sitrepMarkers.length >= 2")
    places = page.evaluate("window.sitrepMarkers.map(m => m.getTooltip().getContent())")
    assert any("Ganja" in p for p in places) and any("Khankendi" in p for p in places)
    page.wait_for_selector("#timeline svg rect.bar")
    _shot(page, tmp_path, "map")
    page.evaluate("""() => {
        const m = window.sitrepMarkers.find(m => m.getTooltip().getContent().includes('Ganja'));
        window.sitrepMarkers = null;
        window.sitrepMap.setView(m.getLatLng(), 9, {animate: false});
    }""")
    page.wait_for_function("() => window.sitrepMarkers && window.sitrepMarkers.length >= 1")
    page.wait_for_timeout(300)
    point = page.evaluate("""() => {
        const m = window.sitrepMarkers.find(m => m.getTooltip().getContent().includes('Ganja'));
        const p = window.sitrepMap.latLngToContainerPoint(m.getLatLng());
        const box = document.getElementById('map').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""")
    page.mouse.click(point[0], point[1])
    page.wait_for_url("**/incidents/inc-*")
    assert "Ganja" in page.inner_text("h1")
    marks = page.locator("ol.mentions mark.k-event")
    assert marks.count() >= 1 and marks.first.is_visible()
    assert page.locator("ol.mentions mark.k-place").count() >= 1
    _shot(page, tmp_path, "incident")
    assert page.errors == []


def test_the_timeline_brush_filters_the_list(server, page, tmp_path) -> None:
    base, _ = server
    page.goto(f"{base}/?since=2020-10-01&until=2021-03-31")
    page.wait_for_selector("#timeline svg rect.bar")
    page.wait_for_selector("#incident-list tbody tr")
    before = page.eval_on_selector_all("#incident-list tbody tr", "rs => rs.map(r => r.dataset.date)")
    assert "2020-10-05" in before and any(d.startswith("2021-03") for d in before)
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 5, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    page.mouse.up()
    page.wait_for_function("() => document.body.dataset.range")
    lo, hi = page.evaluate("document.body.dataset.range").split("/")
    page.wait_for_function("""([lo, hi]) => {
        const rows = [...document.querySelectorAll('#incident-list tbody tr')];
        return rows.length > 0 && rows.every(r => r.dataset.date >= lo && r.dataset.date <= hi);
    }""", arg=[lo, hi])
    after = page.eval_on_selector_all("#incident-list tbody tr", "rs => rs.map(r => r.dataset.date)")
    assert "2020-10-05" in after and not any(d.startswith("2021-03") for d in after)
    _shot(page, tmp_path, "timeline-brushed")


def test_a_correction_made_in_the_page_is_shown_after_a_reingest(server, page,
                                                                 tmp_path) -> None:
    base, db = server
    page.goto(f"{base}/incidents?place=Kandah%C4%81r&type=ASSAULT")
    page.click("#incidents-table tbody tr a")
    page.wait_for_url("**/incidents/inc-*")
    url = page.url
    page.fill(".review-form .token", TOKEN)
    page.select_option(".review-form .field", "fatalities_best")
    page.fill(".review-form .value", "4")
    page.fill(".review-form .note", "hospital list")
    with page.expect_navigation():
        page.click(".review-form .act-set")
    assert "best 4" in page.inner_text("#killed")
    ingest(db, inputs(tmp_path)[1], extra=("--replace",))
    page.goto(url)
    assert "best 4" in page.inner_text("#killed")
    assert "corrected" in page.inner_text("h1")
    assert "hospital list" in page.inner_text("ul.corrections")
    _shot(page, tmp_path, "incident-corrected")
    page.goto(f"{base}/review")
    assert "applied" in page.inner_text("#corrections")
    _shot(page, tmp_path, "review")
    page.goto(url)
    page.fill(".review-form .token", "wrong-token")
    page.click(".review-form .act-wrong")
    page.wait_for_function(
        "() => document.querySelector('.review-status').textContent.includes('not saved')")


def test_a_script_planted_in_an_article_never_runs(server, page, tmp_path) -> None:
    base, _ = server
    page.goto(f"{base}/articles?source=%3Cb%3Ewire-a%3C%2Fb%3E")
    page.goto(f"{base}/articles/hostile-1")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned = 1</script>" in text
    assert '<img src=x onerror="window.__pwned = 2">' in text
    assert page.locator("#article-text script, #article-text img").count() == 0
    assert page.locator("#article-text mark.k-event").count() >= 1
    _shot(page, tmp_path, "article")
    for path in ("/tallies", "/incidents", "/claims", "/api"):
        page.goto(base + path)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        _shot(page, tmp_path, path.strip("/"))
    assert page.errors == []
