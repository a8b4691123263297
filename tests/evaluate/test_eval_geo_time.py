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
