"""The brief of the founding article, through a real `sitrep ingest` and `sitrep brief`: what it
must show (issue 18), checked on the JSON form; every number of the HTML inside a citation
link; output files through safe_output."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from sitrep.cli import main_group, register


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, pipeline) -> str:
    register()
    db = str(tmp_path_factory.mktemp("brief") / "seed.db")
    result = CliRunner().invoke(main_group, ["--db", db, "ingest", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return db


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(main_group, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def data(seeded: str) -> dict:
    return json.loads(run(seeded, "brief", "--format", "json"))


def texts(data: dict) -> list[str]:
    """Every sentence of the brief's body."""
    found = [s["text"] for s in data["headline"]["sentences"]]
    found += [i["sentence"]["text"] for i in data["incidents"]["items"]]
    found += [s["text"] for t in data["casualties"]["items"] for s in t["sentences"]]
    found += [i["sentence"]["text"] for g in data["moves"]["groups"] for i in g["items"]]
    found += [i["sentence"]["text"] for i in data["background"]["items"]]
    return found + [s["text"] for s in data["coverage"]["sentences"]]


def quotes(data: dict, sentence: dict) -> str:
    by_n = {c["n"]: c for c in data["citations"]}
    assert sentence["citations"], sentence["text"]
    return " ".join(by_n[n]["quote"] for n in sentence["citations"])


def test_the_default_period_is_the_last_week_of_publication_dates(data: dict) -> None:
    p = data["period"]
    assert (p["since"], p["until"], p["days"], p["basis"]) == ("2020-09-29", "2020-10-05", 7,
                                                               "last")


def test_clashes_in_stepanakert_and_ganja_on_5_october_are_key_incidents(data: dict) -> None:
    items = {i["geonameid"]: i for i in data["incidents"]["items"]}
    for gid, written in ((146970, "Stepanakert"), (586523, "Gandja")):
        inc = items[gid]
        assert inc["plover_type"] == "ASSAULT" and inc["date_first"] == "2020-10-05"
        text = inc["sentence"]["text"]
        assert text.startswith("On 5 October 2020, clashes between") and written in text
        assert "clashes" in quotes(data, inc["sentence"])


def tally(data: dict, low: int, side: str) -> dict:
    [found] = [t for t in data["casualties"]["items"] if t["low"] == low and t["side"] == side]
    return found


def test_cumulative_tolls_by_official_reports_are_stated_with_their_parts_never_summed(
        data: dict) -> None:
    for total, part, side in ((19, 5, "ARM"), (44, 11, "AZE")):
        t = tally(data, total, side)
        assert t["cumulative"] and t["period_start"] == "2020-09-27"
        assert t["claimants"] == ["official reports"]
        [s] = t["sentences"]
        assert s["text"].startswith(f"According to official reports, {total} ")
        assert f"since 27 September 2020, including {part} since 4 October 2020" in s["text"]
        assert f"{total} " in quotes(data, s) and str(part) in quotes(data, s)
    body = " ".join(texts(data))
    assert not re.search(r"\b(63|16)\b", body), "cumulative figures are never summed"


def test_karabakh_reports_219_military_dead_and_azerbaijan_does_not_disclose(data: dict) -> None:
    t = tally(data, 219, "ARM")
    assert t["victims"] == "military" and "one-sided" in t["flags"]
    said = " ".join(s["text"] for s in t["sentences"])
    assert "According to Karabakh, 219 Armenian soldiers were killed" in said
    assert "Azerbaijan does not disclose how many of its own soldiers were killed" in said
    assert "219 dead" in quotes(data, t["sentences"][0])
    assert "not announcing losses" in quotes(data, t["sentences"][1])


def test_each_sides_claim_of_2000_to_3000_enemy_dead_is_flagged_contested(data: dict) -> None:
    for side, claimant in (("ARM", "Azerbaijan"), ("AZE", "Armenia")):
        t = tally(data, 2000, side)
        assert (t["low"], t["high"], t["victims"]) == (2000, 3000, "military")
        assert t["contested"] and "partisan" in t["flags"]
        claim, flag = t["sentences"]
        assert "2,000–3,000" in claim["text"] and f"({claimant})" in claim["text"]
        assert flag["text"].startswith(f"Contested: a claim by {claimant} about the losses of")
        assert "between 2,000 and 3,000" in quotes(data, claim)


def moves(data: dict) -> list[dict]:
    return [i for g in data["moves"]["groups"] for i in g["items"]]


def test_the_minsk_group_condemnation_and_ceasefire_call_are_moves(data: dict) -> None:
    by_type = {i["plover_type"]: i for i in moves(data) if "France" in i["actors"][0]}
    condemn, call = by_type["ACCUSE"], by_type["REQUEST"]
    assert "France, Russia and United States condemned" in condemn["sentence"]["text"]
    assert "condemned" in quotes(data, condemn["sentence"])
    assert "called on Baku (Azerbaijan) and Yerevan (Armenia)" in call["sentence"]["text"]
    assert "ceasefire" in quotes(data, call["sentence"])


def test_canada_suspending_arms_exports_to_turkey_is_a_move(data: dict) -> None:
    [s] = [i for i in moves(data) if i["plover_type"] == "SANCTION"]
    assert s["actors"] == ["Canada"] and s["recipients"] == ["Turkey"]
    assert "suspend arms exports to Turkey" in quotes(data, s["sentence"])


def test_1991_and_1994_are_only_background(data: dict) -> None:
    years = {i["date"]: i for i in data["background"]["items"]}
    assert "independence" in quotes(data, years["1991"]["sentence"])
    assert "ceasefire was signed in 1994" in quotes(data, years["1994"]["sentence"])
    assert data["background"]["label"].startswith("History")
    current = [s for s in texts(data) if s not in {i["sentence"]["text"] for i in
                                                    data["background"]["items"]}]
    assert not any(re.search(r"\b(1991|1994)\b", s) for s in current)
    assert all("1991" not in quotes(data, i["sentence"]) and "1994" not in
               quotes(data, i["sentence"]) for i in data["incidents"]["items"] + moves(data))


def test_every_sentence_with_a_figure_cites_article_sentences(data: dict) -> None:
    by_n = {c["n"]: c for c in data["citations"]}
    for c in data["citations"]:
        assert c["quote_start"] <= c["start"] and c["end"] <= c["quote_end"]
        assert c["evidence"] in c["quote"] and c["published"] == "2020-10-05"
    for group in (data["incidents"]["items"], moves(data), data["background"]["items"]):
        for item in group:
            assert item["sentence"]["citations"] and all(
                n in by_n for n in item["sentence"]["citations"])


class _Numbers(HTMLParser):
    """Digits in the page's text outside a citation link (the sources list and the colophon,
    which are the citations and the generator's versions, and the SVG graphics are apart)."""

    SKIP = {"svg", "style", "head", "footer"}

    def __init__(self, ids: set[str]) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.ids = ids
        self.bare: list[str] = []
        self.linked = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in ("meta", "br", "img", "link"):
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, text: str) -> None:
        if not re.search(r"\d", text):
            return
        tags = [t for t, _ in self.stack]
        if self.SKIP & set(tags) or any(a.get("id") == "sources-section" for _, a in self.stack):
            return
        link = next((a for t, a in reversed(self.stack) if t == "a"), None)
        href = (link or {}).get("href", "")
        if href.startswith("#") and href[1:] in self.ids:
            self.linked += 1
        else:
            self.bare.append(text)


def test_every_number_in_the_html_is_inside_a_citation_link(seeded: str) -> None:
    html = run(seeded, "brief", "--format", "html")
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    parser = _Numbers(ids)
    parser.feed(html)
    assert parser.bare == []
    assert parser.linked > 20
    assert "<script" not in html and "http://" not in html.split("<body>")[0]


def test_markdown_has_footnotes_for_every_citation(seeded: str, data: dict) -> None:
    md = run(seeded, "brief", "--format", "md")
    for c in data["citations"]:
        assert f"[^{c['n']}]:" in md
    assert "2,000–3,000" in md and "## Background" in md


def test_brief_files_are_safe_outputs(seeded: str, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    said = run(seeded, "brief", "--out", str(out))
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert str(out) in said and "2020-09-29 to 2020-10-05" in said
    again = CliRunner().invoke(main_group, ["--db", seeded, "brief", "--out", str(out)])
    assert again.exit_code == 2 and "already exists" in again.output
    run(seeded, "brief", "--out", str(out), "--force")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused = CliRunner().invoke(main_group, ["--db", seeded, "brief", "--out", str(fifo)])
    assert refused.exit_code == 2 and "not a regular file" in refused.output
    assert json.loads((lambda p: (run(seeded, "brief", "--out", str(p)), p.read_text())[1])(
        tmp_path / "b.json"))["kind"] == "sitrep.brief.v1"


def test_filters_narrow_the_brief_and_bad_ones_are_errors(seeded: str) -> None:
    canada = json.loads(run(seeded, "brief", "--format", "json", "--country", "CAN"))
    assert {i["plover_type"] for i in moves(canada)} >= {"SANCTION"}
    assert canada["incidents"]["items"] == []
    bad = CliRunner().invoke(main_group, ["--db", seeded, "brief", "--country", "Narnia"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    empty = json.loads(run(seeded, "brief", "--format", "json", "--since", "2021-01-01"))
    assert empty["period"]["until"] == "2021-01-07" and empty["headline"]["incidents"] == 0


def test_the_library_call_matches_the_command(seeded: str, data: dict) -> None:
    import sitrep

    assert sitrep.brief(seeded) == data
    html = sitrep.brief(seeded, format="html")
    from sitrep.brief import brief_html

    assert brief_html(seeded) == html
