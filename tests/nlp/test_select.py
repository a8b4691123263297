"""Sentence selection keeps every sentence that can carry an event or a casualty claim."""

from __future__ import annotations

import csv
import json

import yaml

from conftest import shared_path
from sitrep.nlp.segment import split_sentences
from sitrep.nlp.select import has_cue, inflections, select


def _kept(text: str) -> list[str]:
    segments = split_sentences(text)
    return [s.text for s, k in zip(segments, select(segments), strict=True) if k]


def test_inflections_cover_regular_irregular_and_british_forms() -> None:
    assert {"shelled", "shelling", "shells"} <= inflections("shell")
    assert {"kidnapped", "kidnapping", "kidnaps"} <= inflections("kidnap")
    assert {"fought", "fighting"} <= inflections("fight")
    assert {"mobilised", "mobilized", "mobilising"} <= inflections("mobilize")
    assert {"died", "dying", "dies"} <= inflections("die")
    assert "shot dead" in inflections("shoot dead")


def test_sentences_with_a_casualty_word_a_trigger_or_a_count_of_people_are_kept() -> None:
    assert has_cue("Three people were shot dead near the market.")
    assert has_cue("Rebels shelled the outskirts of the city overnight.")
    assert has_cue("The toll rose sharply after the storm.")
    assert has_cue("Some 200 villagers gathered at the school.")


def test_sentences_without_any_cue_are_dropped() -> None:
    text = ("Soldiers attacked the village on Sunday. The weather was mild and the markets were "
            "calm. Most shops opened as usual. Analysts expect little change in prices.")
    assert _kept(text) == ["Soldiers attacked the village on Sunday."]


def test_lead_sentence_is_always_kept() -> None:
    text = "A quiet morning in the old town. Police arrested two men."
    assert _kept(text) == ["A quiet morning in the old town.", "Police arrested two men."]


def test_date_next_to_a_trigger_and_reporting_next_to_a_casualty_are_kept() -> None:
    text = ("A quiet morning in the old town. It was early on Monday. Gunmen stormed the bank. "
            "Nobody saw it coming. The governor told reporters. Two guards died. Lunch was late.")
    kept = _kept(text)
    assert "It was early on Monday." in kept  # a date next to an event
    assert "The governor told reporters." in kept  # a claimant next to a casualty
    assert "Nobody saw it coming." not in kept and "Lunch was late." not in kept


def test_every_expected_seed_record_is_in_a_kept_sentence() -> None:
    expected = yaml.safe_load(shared_path("seed", "expected.yaml").read_text("utf-8"))
    text = shared_path("seed", "article.txt").read_text("utf-8")
    segments = split_sentences(text)
    keep = select(segments)
    for entry in expected["claims"] + expected["events"] + expected.get("undisclosed", []):
        at = text.find(entry["text_contains"])
        assert at >= 0
        assert any(k and s.start <= at < s.end for s, k in zip(segments, keep, strict=True)), entry


def test_casualty_claims_of_the_dev_set_are_in_kept_sentences() -> None:
    tsv = shared_path("events", "case2021-task2-dev.tsv").read_text("utf-8").splitlines()
    snippets = {row["id"]: row["EventSnippet"] for row in csv.DictReader(tsv, delimiter="\t")}
    claims = shared_path("claims", "case2021-dev-claims.jsonl").read_text("utf-8").splitlines()
    total = missed = 0
    for line in claims:
        item = json.loads(line)
        text = snippets[str(item["id"])]
        segments = split_sentences(text)
        keep = select(segments)
        for claim in item["claims"]:
            at = text.find(claim["text"])
            if at < 0:
                continue
            total += 1
            if not any(k and s.start <= at < s.end for s, k in zip(segments, keep, strict=True)):
                missed += 1
    assert total > 250
    assert missed == 0


def test_eval_selection_finds_every_event_and_claim_of_the_full_parse(tmp_path) -> None:
    from click.testing import CliRunner

    from conftest import EXAMPLES
    from sitrep.cli import main_group, register

    register()
    articles = tmp_path / "articles.jsonl"
    texts = [
        (EXAMPLES / "minsk-group-2020-10-05.txt").read_text("utf-8"),
        "The market reopened on Monday. Prices were stable and the weather was mild. Later, "
        "gunmen attacked a bus near the border town, killing four passengers, police said. "
        "Officials said the attackers fled. The town has 40,000 inhabitants. Its football "
        "team won the regional cup last year.",
    ]
    articles.write_text("".join(json.dumps({"id": i, "text": t, "published": "2020-10-05"})
                                + "\n" for i, t in enumerate(texts)), "utf-8")
    result = CliRunner().invoke(main_group, ["eval", "selection", str(articles), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)["metrics"]
    assert metrics["events_full"] >= 10 and metrics["claims_full"] >= 5
    assert metrics["events_recall"] == 1.0
    assert metrics["claims_recall"] == 1.0
    assert metrics["dates_recall"] == 1.0
    assert metrics["events_extra"] == 0 and metrics["claims_extra"] == 0
    assert metrics["selected_char_fraction"] < 1.0


def test_counts_of_people_are_found_as_a_check_of_every_word_finds_them() -> None:
    from conftest import news_texts
    from sitrep.nlp import select as selection

    victims = selection.cues().victims

    def every_word(toks: list[str]) -> bool:
        return any(selection._NUMBER.match(tok) and any(t in victims for t in toks[i + 1:i + 5])
                   for i, tok in enumerate(toks))

    texts = ["19 Armenians died", "five of the 12 wounded soldiers", "soldiers, 40 of them",
             "the 3rd brigade lost 7 men and women", "dozens of civilians and two soldiers"]
    news = [s.text for article in news_texts(60) for s in split_sentences(article)]
    texts += news
    found = 0
    for text in texts:
        toks = selection.tokens(text)
        assert selection._number_with_victims(toks, victims) == every_word(toks), text
        found += every_word(toks)
    assert found >= (20 if news else 4)  # four of the made-up texts count people
