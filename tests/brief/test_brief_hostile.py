"""Article text is hostile (docs/security.md): names, titles, sources and URLs that carry markup
reach the brief's HTML escaped, its Markdown inert and its JSON exact; formatting helpers."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from sitrep.brief.render_html import safe_url
from sitrep.brief.render_md import md_text
from sitrep.brief.sentences import Sentence, date_text, days_text, figure
from sitrep.cli import main_group, register

SCRIPT = '<script>alert("x")</script>'
IMG = '"><img src=x onerror=alert(1)>'
SVG = '</text></svg><svg onload=alert(2)>'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, pipeline) -> str:
    """The founding article's database with markup written into what the brief shows."""
    register()
    folder = tmp_path_factory.mktemp("hostile")
    db = str(folder / "h.db")
    result = CliRunner().invoke(main_group, ["--db", db, "ingest", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE articles SET title=?, source=?, url=?",
                     (SCRIPT, IMG + "\u202e", "javascript:alert(3)"))
        conn.execute("UPDATE actors SET text=? WHERE text='Canada'", (SCRIPT,))
        conn.execute("UPDATE actors SET text=? WHERE text='Armenian separatist forces'", (IMG,))
        conn.execute("UPDATE incidents SET place=? WHERE place='Ganja'", (SVG,))
        conn.execute("UPDATE events SET trigger_text=? WHERE trigger_text='suspend'", (SVG,))
    conn.close()
    return db


def test_markup_from_articles_is_escaped_in_the_html(hostile: str, tmp_path: Path) -> None:
    out = tmp_path / "b.html"
    result = CliRunner().invoke(main_group, ["--db", hostile, "brief", "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    for raw in (SCRIPT, IMG, SVG, "<script", "<img", "<svg onload", 'href="javascript:'):
        assert raw not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;/text&gt;&lt;/svg&gt;&lt;svg onload=alert(2)&gt;" in html
    assert html.count("<svg") == 2  # the map and the timeline, nothing injected


def test_markdown_escapes_markup_and_json_keeps_the_text_exact(hostile: str) -> None:
    md = CliRunner().invoke(main_group, ["--db", hostile, "brief", "--format", "md"]).output
    assert "<script" not in md and "<img" not in md and "&lt;script&gt;" in md
    out = CliRunner().invoke(main_group, ["--db", hostile, "brief", "--format", "json"]).output
    assert "\u202e" not in out and "\\u202e" in out  # bidi controls written as escapes
    data = json.loads(out)
    assert data["citations"][0]["title"] == SCRIPT
    assert data["citations"][0]["source"] == IMG + "\u202e"


def test_only_http_urls_become_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x",
                "https://x.org/\x00", "", None):
        assert safe_url(bad) is None
    assert md_text("[x](javascript:y) <b>") == "\\[x\\]\\(javascript:y\\) &lt;b&gt;"


def test_template_words_cannot_hold_numbers_and_values_need_a_receipt() -> None:
    with pytest.raises(ValueError):
        Sentence().say("On 5 October")
    with pytest.raises(ValueError):
        Sentence().value("219")
    s = Sentence().say("Killed: ").value("219", 3).say(".")
    assert s.to_dict()["text"] == "Killed: 219." and s.citations == [3]


def test_dates_and_numbers_are_written_out_in_english() -> None:
    assert date_text("2020-10-05") == "5 October 2020"
    assert date_text("2020-07") == "July 2020" and date_text("1994") == "1994"
    assert date_text("2009-W12") == "the week of 16 March 2009"
    assert days_text("2020-10-05", "2020-10-07") == "5–7 October 2020"
    assert days_text("2020-09-29", "2020-10-05") == "29 September – 5 October 2020"
    assert days_text("2020-12-30", "2021-01-02") == "30 December 2020 – 2 January 2021"
    assert figure(2000, 3000) == "2,000–3,000" and figure(30000, 30000) == "30,000"
    assert figure(20, 20, approx=True) == "some 20" and figure(12, None) == "at least 12"
    assert figure(None, None, vague="dozens") == "dozens"


def test_a_database_without_publication_dates_says_what_to_pass(tmp_path: Path) -> None:
    register()
    import sitrep

    db = tmp_path / "empty.db"
    sitrep.open_db(db).close()
    result = CliRunner().invoke(main_group, ["--db", str(db), "brief"])
    assert result.exit_code == 2 and "--since and --until" in result.output
    assert "Traceback" not in result.output
    shutil.rmtree(tmp_path, ignore_errors=True)
