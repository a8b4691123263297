"""`sitrep eval geo` and `sitrep eval timex` on small real inputs."""

from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import shared_path
from sitrep.cli import main_group, register
from sitrep.evaluate.geo import evaluate_geo, read_geo_xml
from sitrep.evaluate.timex import evaluate_timex, read_tml

GEOVIRUS = """<articles><article><source>http://example.org/a</source>
<text>Shelling hit Ganja on Sunday, officials in Baku said.</text>
<locations>
<location><name>Ganja</name><start>13</start><end>18</end><lat>40.68</lat><lon>46.36</lon>
<page>https://en.wikipedia.org/wiki/Ganja,_Azerbaijan</page></location>
<location><name>Baku</name><start>43</start><end>47</end><lat>40.38</lat><lon>49.89</lon>
<page>https://en.wikipedia.org/wiki/Baku</page></location>
</locations></article></articles>"""

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-10-05" functionInDocument="CREATION_TIME">2020-10-05</TIMEX3></DCT>
<TEXT>Talks began <TIMEX3 tid="t1" type="DATE" value="2020-10-04">Sunday</TIMEX3> &amp; ended <TIMEX3 tid="t2" type="DATE" value="2020-07">in July</TIMEX3>, after <TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3>.</TEXT>
</TimeML>"""


def test_geovirus_format_is_read_and_scored(tmp_path):
    path = tmp_path / "geovirus.xml"
    path.write_text(GEOVIRUS, "utf-8")
    fmt, articles = read_geo_xml(path)
    assert fmt == "geovirus" and [t.name for t in articles[0].toponyms] == ["Ganja", "Baku"]
    result = evaluate_geo(path)
    assert result["n"] == 2
    assert result["metrics"]["acc161"] == 1.0
    assert result["metrics"]["ner_recall"] == 1.0


def test_eval_geo_with_selection_finds_no_places_in_skipped_sentences(tmp_path):
    text = ("Shelling hit Ganja on Sunday, officials said. The weather in Baku was mild and "
            "sunny.")
    start = text.index("Baku")
    path = tmp_path / "geovirus.xml"
    path.write_text(
        "<articles><article><source>s</source><text>" + text + "</text><locations>"
        "<location><name>Ganja</name><start>13</start><end>18</end><lat>40.68</lat>"
        "<lon>46.36</lon></location>"
        f"<location><name>Baku</name><start>{start}</start><end>{start + 4}</end>"
        "<lat>40.38</lat><lon>49.89</lon></location></locations></article></articles>",
        "utf-8")
    every = evaluate_geo(path)["metrics"]
    selected = evaluate_geo(path, select_sentences=True)["metrics"]
    assert every["ner_recall"] == 1.0 and selected["ner_recall"] == 0.5
    assert every["acc161"] == selected["acc161"] == 1.0  # gold toponyms are resolved either way


def test_eval_geo_json_on_an_lgl_subset():
    path = shared_path("geo", "lgl.xml")
    register()
    out = CliRunner().invoke(main_group, ["eval", "geo", str(path), "--limit", "25", "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert set(data) == {"dataset", "n", "metrics"} and data["n"] > 50
    assert {"acc161", "exact_id", "mean_km", "median_km", "ner_precision", "ner_recall",
            "ner_f1"} <= set(data["metrics"])
    assert data["metrics"]["acc161"] >= 0.7


def test_gwn_format_skips_toponyms_without_coordinates():
    fmt, articles = read_geo_xml(shared_path("geo", "gwn.xml"))
    assert fmt == "gwn" and len(articles) == 200
    assert all(t.lat is not None for a in articles for t in a.toponyms)


def test_timeml_offsets_and_values_are_scored(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, "utf-8")
    doc = read_tml(path)
    assert [t.text for t in doc.timexes] == ["Sunday", "in July", "three years"]
    assert "Sunday & ended" in doc.text
    metrics = evaluate_timex([path])["metrics"]
    assert metrics["span_f1"] == 1.0 and metrics["value_f1"] == 1.0


def test_eval_timex_json_on_a_timebank_subset():
    path = shared_path("time", "tbaq", "TimeBank")
    register()
    out = CliRunner().invoke(main_group, ["eval", "timex", str(path), "--limit", "30", "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["n"] > 100 and data["metrics"]["value_f1"] >= 0.65


def test_eval_geo_names_a_missing_file():
    register()
    out = CliRunner().invoke(main_group, ["eval", "geo", "/nonexistent/lgl.xml"])
    assert out.exit_code == 2 and "does not exist" in out.output


def test_geo_split_is_fixed_and_about_three_to_two():
    from sitrep.evaluate.geo import part_of

    parts = [part_of(str(i)) for i in range(1000)]
    assert part_of("40450848") == part_of("40450848")
    assert 0.55 < parts.count("look") / len(parts) < 0.65
    assert set(parts) == {"look", "untouched"}


def _geovirus(text: str, spans: list[tuple[str, int, int, float, float]]) -> str:
    locations = "".join(
        f"<location><name>{n}</name><start>{a}</start><end>{b}</end><lat>{la}</lat>"
        f"<lon>{lo}</lon></location>" for n, a, b, la, lo in spans)
    return (f"<articles><article><source>s</source><text>{text}</text><locations>{locations}"
            "</locations></article></articles>")


def test_eval_geo_realigns_one_based_offsets(tmp_path):
    text = "Shelling hit Ganja on Sunday, officials in Baku said."
    path = tmp_path / "one-based.xml"
    path.write_text(_geovirus(text, [("Ganja", 14, 19, 40.68, 46.36),
                                     ("Baku", 44, 48, 40.38, 49.89)]), "utf-8")
    metrics = evaluate_geo(path)["metrics"]
    assert metrics["realigned"] == 2 and metrics["skipped"] == 0
    assert metrics["acc161"] == 1.0 and metrics["ner_recall"] == 1.0


def test_eval_geo_realigns_drifting_offsets_and_skips_names_not_near_their_span(tmp_path):
    text = ("Rockets fell on Kharkiv overnight. Later the mayor of Odesa said the port was shut, "
            "and residents of Lviv sheltered in the metro.")
    drift = [("Kharkiv", 16, 23), ("Odesa", 54 + 3, 59 + 3), ("Lviv", text.index("Lviv") + 7,
                                                              text.index("Lviv") + 11),
             ("Dnipro", 5, 11)]
    points = {"Kharkiv": (49.99, 36.23), "Odesa": (46.48, 30.73), "Lviv": (49.84, 24.02),
              "Dnipro": (48.45, 34.98)}
    path = tmp_path / "drift.xml"
    path.write_text(_geovirus(text, [(n, a, b, *points[n]) for n, a, b in drift]), "utf-8")
    metrics = evaluate_geo(path)["metrics"]
    assert metrics["realigned"] == 2 and metrics["skipped"] == 1
    assert metrics["acc161"] == 1.0


def test_align_toponyms_keeps_spans_that_already_match():
    from sitrep.evaluate.geo import GoldToponym, align_toponyms

    text = "From Baku to Ganja"
    gold = [GoldToponym(5, 9, "Baku"), GoldToponym(13, 18, "Ganja")]
    kept, moved, dropped = align_toponyms(text, gold)
    assert (moved, dropped) == (0, 0) and [(g.start, g.end) for g in kept] == [(5, 9), (13, 18)]


def test_eval_geo_counts_the_gold_geonames_id_as_a_hit_however_far_its_point(tmp_path):
    text = "Floods hit Queensland again this week."
    start = text.index("Queensland")
    path = tmp_path / "gwn.xml"
    # a GeoWebNews-style gold record whose point lies far (> 161 km) from any point of the
    # state, with the state's own GeoNames id
    path.write_text(
        "<articles><article file='0'><text>" + text + "</text><toponym><extractedName>"
        f"Queensland</extractedName><start>{start}</start><end>{start + 10}</end>"
        "<geonamesID>2152274</geonamesID><latitude>-10.5</latitude><longitude>142.2</longitude>"
        "</toponym></article></articles>", "utf-8")
    result = evaluate_geo(path)
    assert result["metrics"]["exact_id"] == 1.0 and result["metrics"]["acc161"] == 1.0
