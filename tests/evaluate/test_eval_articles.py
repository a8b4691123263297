"""`sitrep eval events`: article-level event scoring as events/GUIDELINES.md defines it, on a
made-up gold file of ours (tests/data/events_gold_made_up.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from samples import event_in, gold_sentences
from sitrep.cli import main_group, register
from sitrep.evaluate.events import GoldArticle, GoldEvent, read_gold, score
from sitrep.records import Actor, Evidence, Place

GOLD = Path(__file__).resolve().parents[1] / "data" / "events_gold_made_up.jsonl"

register()




def _actor(text: str, words: str, country: str | None = None, sector: str | None = None) -> Actor:
    s = text.index(words)
    return Actor(words, Evidence(s, s + len(words), words), words.lower(), country, sector)


def test_matches_duplicates_and_false_positives_are_counted_as_the_guidelines_say() -> None:
    gold = read_gold(GOLD)
    text = gold[0].text
    first, second, third = gold_sentences(text)
    predicted = [
        event_in(text, first, "attacked", "ASSAULT", plover_mode="firearms"),  # match
        event_in(text, first, "killing", "ASSAULT"),  # same happening, same sentence: duplicate
        event_in(text, second, "attack", "ASSAULT"),  # another mention: matched, and a duplicate
        event_in(text, third, "arrested", "COERCE", plover_mode="arrest",
               actors=[_actor(text, "Police", "AFG", "COP")],
               recipients=[_actor(text, "two suspects")]),  # match
        event_in(text, third, "arrested", "PROTEST"),  # no gold PROTEST: false positive
    ]
    result = score(gold, {gold[0].id: predicted})
    m = result["metrics"]
    assert (m["n_gold"], m["n_predicted"]) == (3, 5)
    assert m["precision"] == 0.6  # 3 matched of 5
    assert m["recall"] == round(2 / 3, 4)  # the ACCUSE is missed
    assert m["duplicate_rate"] == 0.4
    assert m["mode_acc"] == 1.0
    assert m["actor_f1"] == round(2 * 1.0 * 0.5 / 1.5, 4)  # the gunmen are not given: recall 1/2
    verdicts = sorted(d["verdict"] for d in result["decisions"])
    assert verdicts == ["duplicate (other sentence)", "duplicate (same sentence)",
                        "false positive", "match", "match", "missed"]
    assert result["per_type"]["ACCUSE"]["recall"] == 0.0
    assert result["per_type"]["COERCE"]["precision"] == 1.0


def test_participants_place_date_and_flags_are_scored_on_the_first_match() -> None:
    gold = read_gold(GOLD)
    text = gold[0].text
    third = "Police arrested two suspects in Kandahar on Tuesday."
    kandahar = Place("Kandahar", Evidence(0, 0, ""), "Kandahar", 1138336, "AFG", lat=31.6,
                     lon=65.7)
    right = event_in(text, third, "arrested", "COERCE", plover_mode="arrest",
                   actors=[_actor(text, "Police", "AFG", "COP")],
                   recipients=[_actor(text, "two suspects")], places=[kandahar])
    m = score(gold, {gold[0].id: [right]})["metrics"]
    assert (m["actor_f1"], m["recipient_f1"], m["place_acc"], m["flags_acc"]) == (1.0, 1.0, 1.0, 1.0)
    assert m["date_acc"] == 0.0  # no date given where the gold has 2021-05-04
    wrong = event_in(text, third, "arrested", "COERCE", plover_mode="seize",
                   modes=["future"], actors=[_actor(text, "two suspects")])
    m = score(gold, {gold[0].id: [wrong]})["metrics"]
    assert (m["mode_acc"], m["flags_acc"], m["actor_f1"], m["place_acc"]) == (0.0, 0.0, 0.0, 0.0)


def test_a_place_named_as_the_gold_names_it_but_put_elsewhere_on_the_map_is_wrong() -> None:
    gold = read_gold(GOLD)
    text = gold[0].text
    third = "Police arrested two suspects in Kandahar on Tuesday."
    # the article's word, resolved (or replaced by another place) 1,400 km away: wrong
    elsewhere = Place("Kandahar", Evidence(0, 0, "Kandahar"), "Kandahar", 1138958, "AFG",
                      lat=34.5, lon=69.2)
    event = event_in(text, third, "arrested", "COERCE", plover_mode="arrest",
                     actors=[_actor(text, "Police", "AFG", "COP")],
                     recipients=[_actor(text, "two suspects")], places=[elsewhere])
    where = {1138336: (31.61, 65.71)}.get  # the gold's Kandahar on the map
    assert score(gold, {gold[0].id: [event]}, where)["metrics"]["place_acc"] == 0.0
    # the same words with no point on the map: the name decides
    unplaced = Place("Kandahar", Evidence(0, 0, "Kandahar"), "Kandahar", None, "AFG")
    event.places = [unplaced]
    assert score(gold, {gold[0].id: [event]}, where)["metrics"]["place_acc"] == 1.0


def test_a_file_that_is_not_in_the_gold_format_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "no events key"}\n')
    result = CliRunner().invoke(main_group, ["eval", "events", str(bad)])
    assert result.exit_code == 2
    assert "not an article in the gold format" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_eval_events_runs_the_pipeline_and_prints_the_metrics_as_json() -> None:
    result = CliRunner().invoke(main_group, ["eval", "events", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["n"] == 2
    assert out["metrics"]["n_gold"] == 3
    assert set(out["metrics"]) >= {"precision", "recall", "f1", "duplicate_rate", "mode_acc",
                                   "flags_acc", "actor_f1", "recipient_f1", "place_acc",
                                   "date_acc"}
    # the attack and the arrest are plain statements of fact: sitrep finds both
    assert out["per_type"]["ASSAULT"]["recall"] == 1.0
    assert out["per_type"]["COERCE"]["recall"] == 1.0


def test_min_confidence_scores_only_the_events_that_confident(pipeline) -> None:
    from sitrep.records import Article

    gold = read_gold(GOLD)
    found = [e.confidence for x in pipeline.process_many(
        Article(text=g.text, title=g.title, published=g.published, language="en") for g in gold)
        for e in x.events]
    floor = sorted(found)[len(found) // 2]  # about half the events are at least this confident
    runs = [CliRunner().invoke(main_group, ["eval", "events", str(GOLD), "--json", *extra])
            for extra in ([], ["--min-confidence", str(floor)], ["--min-confidence", "0.96"])]
    assert all(r.exit_code == 0 for r in runs), [r.output for r in runs]
    every, some, none = (json.loads(r.output)["metrics"] for r in runs)
    assert every["n_predicted"] == len(found)
    assert some["n_predicted"] == sum(c >= floor for c in found)
    assert none["n_predicted"] == 0 and none["recall"] == 0.0  # confidence stays below 0.96
    assert every["n_gold"] == some["n_gold"] == none["n_gold"]


def test_participant_texts_match_as_whole_words_not_as_letters() -> None:
    from sitrep.evaluate.events import GoldArticle, GoldEvent

    text = "Unknown gunmen attacked the UN compound in Gao. The UN condemned the attack."
    first = text.split(". ")[0] + "."
    gold = [GoldArticle("made-up-words", text, None, None, [GoldEvent(
        "h1", "ASSAULT", None, frozenset(), [(0, len(first))], (15, 23),
        [{"text": "Unknown gunmen"}], [{"text": "the UN compound"}], None, None)])]
    second_un = text.rindex("UN")
    # the condemning UN (another sentence, no overlap) is not "Unknown gunmen" by its letters;
    # "UN compound" named elsewhere is "the UN compound" word for word
    wrong = _actor(text, "UN")
    wrong.evidence = Evidence(second_un, second_un + 2, "UN")
    named = Actor("UN compound", Evidence(second_un, second_un + 2, "UN"), "un compound")
    predicted = [event_in(text, first, "attacked", "ASSAULT", actors=[wrong],
                          recipients=[named])]
    m = score(gold, {"made-up-words": predicted})["metrics"]
    assert m["actor_f1"] == 0.0
    assert m["recipient_f1"] == 1.0


def test_a_matched_event_in_the_wrong_place_is_a_decision_with_both_places() -> None:
    gold = read_gold(GOLD)
    text = gold[0].text
    third = "Police arrested two suspects in Kandahar on Tuesday."
    herat = Place("Herat", Evidence(0, 0, ""), "Herat", 1140026, "AFG", lat=34.3, lon=62.2)
    kandahar = Place("Kandahar", Evidence(0, 0, ""), "Kandahar", 1138336, "AFG", lat=31.6,
                     lon=65.7)
    for place, right in ((herat, 0.0), (kandahar, 1.0)):
        event = event_in(text, third, "arrested", "COERCE", places=[place])
        [d] = [d for d in score(gold, {gold[0].id: [event]})["decisions"]
               if d["verdict"] == "match"]
        assert (d["place"], d["gold_place"], d["checks"]["place_right"]) == (
            place.name, "Kandahar", right)


def test_a_matched_event_with_the_wrong_date_is_a_decision_with_both_dates() -> None:
    from sitrep.records import When

    gold = read_gold(GOLD)
    text = gold[0].text
    third = "Police arrested two suspects in Kandahar on Tuesday."
    for value, right in (("2021-05-05", 0.0), ("2021-05-04", 1.0), (None, 0.0)):
        when = When(value, Evidence(0, 0, ""), value) if value else None
        event = event_in(text, third, "arrested", "COERCE", when=when)
        [d] = [d for d in score(gold, {gold[0].id: [event]})["decisions"]
               if d["verdict"] == "match"]
        assert (d["date"], d["gold_date"], d["checks"]["date_right"]) == (
            value, "2021-05-04", right)


def test_eval_events_errors_lists_a_wrong_date_with_ours_and_the_golds(tmp_path: Path) -> None:
    # made up: the gold dates the strike a day before the stated weekday, so sitrep's Monday
    # (2019-03-11, published Wednesday 2019-03-13) is listed as a wrong date, ours first
    text = ("Soldiers shelled the village of Qarya on Monday. Officials said the inquiry "
            "would take time.")
    row = {"id": "wd-1", "published": "2019-03-13", "text": text, "events": [
        {"happening": "h1", "plover": "ASSAULT", "mode": None, "flags": [],
         "mentions": [[0, 48]], "trigger": [9, 16], "actors": [], "recipients": [],
         "place": None, "date": "2019-03-10"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n")
    result = CliRunner().invoke(main_group, ["eval", "events", str(path), "--errors"])
    assert result.exit_code == 0, result.output
    assert "wrong date: 2019-03-11 (gold 2019-03-10)" in " ".join(result.output.split())


def _gold_event(text: str, happening: str, trigger: str, *mentions: str) -> GoldEvent:
    t = text.index(trigger)
    return GoldEvent(happening, "ASSAULT", None, frozenset(),
                     [(text.index(m), text.index(m) + len(m)) for m in mentions],
                     (t, t + len(trigger)), [], [], None, None)


def test_a_happening_told_again_in_a_clause_of_a_sentence_takes_the_events_there() -> None:
    """The gold gives a trigger for a happening's first mention only: a sitrep event whose
    trigger lies in the clause of a later mention of another happening is that happening's,
    not a duplicate of the nearest first-mention trigger of the sentence."""
    head = "Rebels storm a depot near Lanfer; a drone hits a convoy near Osk"
    storm = "Rebels stormed a fuel depot outside Lanfer at dawn on Monday."
    drone = "Hours later a drone struck a convoy on the road to Osk."
    text = f"{head}\n\n{storm} {drone}"
    gold = [GoldArticle("a", text, None, None, [
        _gold_event(text, "h1", "stormed", storm, "Rebels storm a depot near Lanfer"),
        _gold_event(text, "h2", "struck", drone, "a drone hits a convoy near Osk")])]
    predicted = [event_in(text, head, "storm", "ASSAULT"), event_in(text, head, "hits", "ASSAULT"),
                 event_in(text, storm, "stormed", "ASSAULT"),
                 event_in(text, drone, "struck", "ASSAULT")]
    result = score(gold, {"a": predicted})
    pairs = [(d["trigger"], d["verdict"], d["happening"]) for d in result["decisions"]]
    assert pairs == [("storm", "match", "h1"), ("hits", "match", "h2"),
                     ("stormed", "duplicate (other sentence)", "h1"),
                     ("struck", "duplicate (other sentence)", "h2")]
    # two events of one clause stay one happening and a duplicate
    result = score(gold, {"a": [event_in(text, head, "storm", "ASSAULT"),
                                event_in(text, head, "depot", "ASSAULT")]})
    assert [d["verdict"] for d in result["decisions"]] == ["match", "duplicate (same sentence)",
                                                          "missed"]
