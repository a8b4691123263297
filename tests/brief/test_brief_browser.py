"""The HTML brief in a real browser (Debian's chromium, headless): the map and the timeline are
drawn, the print layout fits A4, a screenshot is saved, and `chromium --print-to-pdf` prints it.

The screenshot and the PDF are kept in build/test-artifacts/ (ignored by git) for a look."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, ROOT
from sitrep.cli import main_group, register

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "build" / "test-artifacts"
A4_MM = (210, 297)
MARGINS_MM = (15 + 15, 16 + 18)  # @page margins of brief.html: left+right, top+bottom
PX_PER_MM = 96 / 25.4

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                                   reason="chromium is not installed "
                                                          "(apt-get install -y chromium)")]


@pytest.fixture(scope="module")
def brief_file(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Path:
    register()
    folder = tmp_path_factory.mktemp("browser")
    db = str(folder / "seed.db")
    result = CliRunner().invoke(main_group, ["--db", db, "ingest", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    out = folder / "brief.html"
    result = CliRunner().invoke(main_group, ["--db", db, "brief", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_chromium_prints_the_brief_to_a4_pdf(brief_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", brief_file.as_uri()],
                   check=True, capture_output=True, timeout=120)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes, "the PDF has pages"
    for w, h in boxes:  # A4 is 595 x 842 points
        assert abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(pdf, ARTIFACTS / "brief.pdf")


def test_the_browser_draws_map_and_timeline_and_the_print_layout_fits_a4(
        brief_file: Path, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS[1:])
        try:
            page = browser.new_page(viewport={"width": 900, "height": 1200})
            page.goto(brief_file.as_uri())
            for selector, marks in (("svg.map", 3), ("svg.timeline", 3)):
                box = page.locator(selector).bounding_box()
                assert box and box["width"] > 300 and box["height"] > 100
                assert page.locator(f"{selector} circle.mark").count() >= marks
            assert page.locator("svg.map g.land path").count() >= 3  # the basemap
            drawn = page.evaluate("() => document.querySelector('svg.map g.land path')"
                                  ".getBBox().width")
            assert drawn > 10
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "brief.png"), full_page=True)
            # print layout: at A4's printable width nothing is wider than the page
            width = round((A4_MM[0] - MARGINS_MM[0]) * PX_PER_MM)
            page.set_viewport_size({"width": width, "height": 1000})
            page.emulate_media(media="print")
            overflow = page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement"
                ".clientWidth, Math.max(...[...document.querySelectorAll('svg')].map("
                "s => s.getBoundingClientRect().right))]")
            assert overflow[0] <= overflow[1] and overflow[2] <= width
            page.pdf(path=str(tmp_path / "pw.pdf"), prefer_css_page_size=True)
            assert (tmp_path / "pw.pdf").read_bytes().startswith(b"%PDF")
        finally:
            browser.close()
    assert (ARTIFACTS / "brief.png").stat().st_size > 10_000
