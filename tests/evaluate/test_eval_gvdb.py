"""`sitrep eval gvdb` on a made-up file in the GVDB format (two articles of ours, not from the
data set): the title run into the body gets its paragraph break back, and ``--errors`` lists the
look part's articles only (the untouched part is only measured)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitrep.cli import main_group, register
from sitrep.evaluate.gvdb import GvdbArticle, article_text, part_of, read_tsv

register()

LOOK, UNTOUCHED = "900001", "900002"  # part_of: look, untouched


def _item(title: str, text: str) -> GvdbArticle:
    return GvdbArticle("1", "http://x", title, text, "", "", "", 0, 0, "look")


def test_title_run_into_the_body_gets_a_paragraph_break() -> None:
    item = _item("Man shot in Dayton | WXYZ", "Man shot in Dayton | WXYZDAYTON (WXYZ) - A man was")
    assert article_text(item) == "Man shot in Dayton | WXYZ\n\nDAYTON (WXYZ) - A man was"


def test_text_without_the_title_or_already_apart_is_kept() -> None:
    assert article_text(_item("Other title", "A man was shot.")) == "A man was shot."
    kept = "Man shot in Dayton\nA man was shot."
    assert article_text(_item("Man shot in Dayton", kept)) == kept
    assert article_text(_item("", "A man was shot.")) == "A man was shot."


def _tsv(tmp_path: Path) -> Path:
    def row(aid: str, city: str, title: str, body: str) -> str:
        ann = {"date-and-time": {"city": {"value": city}, "state": "OH - Ohio",
                                 "date": "2016-01-09"},
               "victim-section": [{"victim-was": ["killed"]}, {"victim-was": ["killed"]}]}
        return "\t".join([aid, f"http://news.example/2016/01/10/{aid}/", title, title + body,
                          json.dumps(ann), "w1"])

    path = tmp_path / "gvdb.tsv"
    path.write_text("\n".join([
        "Article id\tArticle url\tArticle title\tFull text\tJson\tWorker",
        row(LOOK, "Dayton", "Man hurt in Dayton", "DAYTON, Ohio - A man was wounded in a "
            "shooting on Saturday, police said."),
        row(UNTOUCHED, "Akron", "Woman hurt in Akron", "AKRON, Ohio - A woman was wounded in a "
            "shooting on Saturday, police said."),
    ]) + "\n", "utf-8")
    return path


def test_errors_list_the_look_part_only(tmp_path: Path) -> None:
    assert (part_of(LOOK), part_of(UNTOUCHED)) == ("look", "untouched")
    path = _tsv(tmp_path)
    assert [it.killed for it in read_tsv(path)] == [2, 2]  # both are errors: one wounded each
    out = CliRunner().invoke(main_group, ["eval", "gvdb", str(path), "--errors"])
    assert out.exit_code == 0, out.output
    errors = out.output.split("errors", 1)[1]
    assert LOOK in errors and UNTOUCHED not in errors


def test_abbreviated_gold_states_read_as_the_gazetteer_names_them() -> None:
    from sitrep.evaluate.gvdb import state_name

    assert [state_name(v) for v in ("La.", "Calif", "VA", "Wis.", "SC", "Mo", "DC")] == [
        "Louisiana", "California", "Virginia", "Wisconsin", "South Carolina", "Missouri",
        "District of Columbia"]
    assert [state_name(v) for v in ("Washington", "Ohio", "Outside the USA")] == [
        "Washington", "Ohio", "Outside the USA"]


def test_annotated_city_spans_lose_the_punctuation_copied_after_them() -> None:
    from sitrep.evaluate.gvdb import city_name

    assert [city_name(v) for v in ("Valley Glen,", "Sparta.", " St.  Louis ", "Akron")] == [
        "Valley Glen", "Sparta", "St. Louis", "Akron"]


def _annotated(aid: str, date: str, state: str, city: str) -> GvdbArticle:
    return GvdbArticle(aid, "http://x", "", "", city, state, date, 0, 0, "look")


def test_fusion_leaves_out_pairs_the_annotation_cannot_judge() -> None:
    from sitrep.evaluate.gvdb import fusion_scores

    items = [_annotated("a", "2016-01-09", "Ohio", "Dayton"),
             _annotated("b", "2016-01-09", "Ohio", "Dayton"),
             _annotated("c", "2016-01-09", "", "Dayton"),  # no state: cannot be told apart
             _annotated("d", "2016-01-10", "", "Dayton"),  # another day: told apart
             _annotated("e", "2016-01-09", "Ohio", "Akron")]
    groups = {"a": {"i1"}, "b": {"i1"}, "c": {"i1"}, "d": {"i1"}, "e": {"i2"}}
    got = fusion_scores(items, groups)
    # pairs of i1: ab right; ac, bc unjudged; ad, bd, cd wrong (d is another day)
    assert (got["gold_pairs"], got["true_pairs"], got["unjudged_pairs"]) == (1, 1, 2)
    assert got["predicted_pairs"] == 4 and got["fusion_p"] == 0.25 and got["fusion_r"] == 1.0


def test_an_annotated_place_spelt_otherwise_is_the_same_gazetteer_record() -> None:
    from sitrep.evaluate.gvdb import city_matches
    from sitrep.resources.gazetteer import get_gazetteer

    county = next(c for c in get_gazetteer().lookup("Saint Louis County", kinds={"admin2"},
                                                    country="USA") if c.admin1 == "MO")
    inc = {"place": "Saint Louis County", "admin1": "Missouri", "geonameid": county.geonameid,
           "lat": county.lat, "lon": county.lon}
    assert city_matches(inc, "ST. LOUIS COUNTY", "Missouri")
    assert city_matches(inc, "St. Louis County", "Missouri")
    assert not city_matches(inc, "Jefferson County", "Missouri")  # another county of the state
    assert not city_matches(inc, "ST. LOUIS COUNTY", "Minnesota")  # the state is checked


def test_a_side_of_a_town_the_gazetteer_does_not_know_is_that_town() -> None:
    from sitrep.evaluate.gvdb import city_matches
    from sitrep.resources.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    town = next(c for c in gaz.lookup("Dayton", kinds={"city"}, country="USA")
                if c.admin1 == "OH")
    inc = {"place": "Dayton", "admin1": "Ohio", "geonameid": town.geonameid, "lat": town.lat,
           "lon": town.lon}
    assert city_matches(inc, "West Dayton", "Ohio")
    assert city_matches(inc, "North Dayton", "Ohio")
    assert not city_matches(inc, "West Akron", "Ohio")  # a side of another town
    assert not city_matches(inc, "West Dayton", "Kentucky")  # the state is checked
    assert not gaz.lookup("East Cleveland", kinds={"city"}, country="USA") or not city_matches(
        {**inc, "place": "Cleveland"}, "East Cleveland", "Ohio")  # a town of its own


def test_fusion_errors_list_missed_and_wrong_pairs_with_both_main_incidents() -> None:
    from sitrep.evaluate.gvdb import fusion_errors

    items = [_annotated("a", "2016-01-09", "Ohio", "Dayton"),
             _annotated("b", "2016-01-09", "Ohio", "Dayton"),  # a's shooting: missed
             _annotated("c", "2016-01-10", "Ohio", "Akron"),
             _annotated("d", "2016-01-11", "Ohio", "Akron"),  # joined with c: wrong
             _annotated("e", "2016-01-11", "", "Akron")]  # with d: cannot be judged; c: wrong
    mains = {aid: {"id": iid, "plover_type": "ASSAULT", "plover_mode": "firearms",
                   "place": town, "admin1": "Ohio", "date_first": day, "date_last": day,
                   "fatalities_best": 1, "injured_best": None, "n_articles": 1,
                   "actors": [{"name": "gunman"}], "notes": "A man was shot."}
             for aid, iid, town, day in (("a", "i1", "Dayton", "2016-01-09"),
                                         ("b", "i2", "Dayton", None),
                                         ("c", "i3", "Akron", "2016-01-10"),
                                         ("d", "i3", "Akron", "2016-01-10"),
                                         ("e", "i3", "Akron", "2016-01-10"))}
    groups = {aid: {m["id"]} for aid, m in mains.items()}
    found = fusion_errors(items, groups, mains)
    assert [(p["error"], [s["id"] for s in p["articles"]]) for p in found] == [
        ("missed", ["a", "b"]), ("wrong", ["c", "d"]), ("wrong", ["c", "e"])]
    side = found[0]["articles"][0]
    assert (side["type"], side["place"], side["days"], side["killed"], side["actors"]) == (
        "ASSAULT/firearms", "Dayton, Ohio", "2016-01-09", 1, "gunman")
    assert found[0]["articles"][1]["days"] is None
    assert found[1]["articles"][0]["gold"] == "2016-01-10 Akron, Ohio"


def test_errors_list_the_look_parts_fusion_pairs(tmp_path: Path) -> None:
    out = CliRunner().invoke(main_group, ["eval", "gvdb", str(_tsv(tmp_path)), "--errors"])
    assert out.exit_code == 0, out.output
    assert "fusion errors" in out.output  # the table is there (no look pair to list here)
    assert UNTOUCHED not in out.output.split("fusion errors", 1)[1]
