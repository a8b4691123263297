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
        return any(selection.NUMBER_PATTERN.match(tok) and any(t in victims for t in toks[i + 1:i + 5])
                   for i, tok in enumerate(toks))

    texts = ["19 Armenians died", "five of the 12 wounded soldiers", "soldiers, 40 of them",
             "the 3rd brigade lost 7 men and women", "dozens of civilians and two soldiers"]
    news = [s.text for article in news_texts(60) for s in split_sentences(article)]
    texts += news
    found = 0
    for text in texts:
        toks = selection.tokens(text)
        assert selection.number_with_victims(toks, victims) == every_word(toks), text
        found += every_word(toks)
    assert found >= (20 if news else 4)  # four of the made-up texts count people


def _kinds_token_by_token(text: str) -> set[str]:
    """``kinds`` as its docstring defines it, every word and phrase looked up one by one, with
    no quick check first: what the quick checks of ``kinds`` must agree with (a trigger form
    counts where one of its occurrences may be a verb, ``select_shape``; a conditional
    trigger's function word counts within ``AFTER_WINDOW`` words after the form)."""
    from sitrep.nlp import select as selection
    from sitrep.nlp.select_shape import not_verb

    class _Lexicon:
        def __init__(self, phrases: dict[str, set[str]]) -> None:
            self.words: set[str] = set()
            self.phrases = phrases

    c = selection.cues()
    toks = [t.lower() for t in selection.TOKEN_PATTERN.findall(text)]

    def has(lexicon: object) -> bool:
        return any(tok in lexicon.words or any(  # type: ignore[attr-defined]
            " ".join(toks[i:i + p.count(" ") + 1]) == p
            for p in lexicon.phrases.get(tok, ()))  # type: ignore[attr-defined]
            for i, tok in enumerate(toks))

    cased = selection.TOKEN_PATTERN.findall(text)

    def verb(i: int) -> bool:  # the form at i may be the verb its rows need
        return toks[i] not in c.shapes or not not_verb(cased, i, c.shapes[toks[i]])

    def met(lemma: str, forms: set[str], near: set[str]) -> bool:
        after = c.after.get(lemma, set())
        return any(tok in forms and verb(i) and (set(toks) & near or any(
            t in after for t in toks[i + 1:i + 1 + selection.AFTER_WINDOW]))
            for i, tok in enumerate(toks))

    found = set()
    if has(c.casualty):
        found.add("casualty")
    words = any(tok in c.trigger.words and verb(i) for i, tok in enumerate(toks))
    if words or has(_Lexicon(c.trigger.phrases)) or any(
            met(lemma, forms, near) for lemma, (forms, near) in c.conditional.items()):
        found.add("trigger")
    if any(selection.NUMBER_PATTERN.match(tok) and any(t in c.victims for t in toks[i + 1:i + 5])
           for i, tok in enumerate(toks)):
        found.add("number")
    return found


def test_quick_checks_of_kinds_find_what_a_look_at_every_word_finds() -> None:
    from conftest import news_texts
    from sitrep.nlp import select as selection

    made_up = [
        "Gunmen SHOT DEAD a farmer near the river crossing.",  # a phrase, upper case
        "Two ÉLITE guards were shot dead outside the Zürich consulate.",  # not ASCII
        "İNSPECTORS found 12 DISPLACED families in the camp.",  # lower case changes length
        "The two parties reached a deal after midnight.",  # a trigger with its neighbour
        "The deal was worth millions to the exporters.",  # the same trigger alone
        "Negotiators signed the accord in the capital.",
        "The ministry lifted the curfew in the northern districts.",
        "Farmers sold 300 sheep at the market in Ávila.",  # a number, no people
        "Forty-two pilgrims reached the shrine before dawn.",
        "The orchestra played until late in the évening.",  # no cue at all
        "Dozens of Ukrainians queued at the border post.",
        "The committee will meet again in the spring.",
    ]
    news = [s.text for article in news_texts(60) for s in split_sentences(article)]
    for text in made_up + news:
        assert selection.tokens(text) == [t.lower() for t in selection.TOKEN_PATTERN.findall(text)], text
        assert selection.kinds(text) == _kinds_token_by_token(text), text
    kinds = [selection.kinds(text) for text in made_up]
    assert "casualty" in kinds[0] and {"casualty", "number"} <= kinds[1] & kinds[2]
    assert kinds[3] == kinds[5] == kinds[6] == {"trigger"} and kinds[4] == set()
    assert kinds[7] == kinds[9] == set() and kinds[8] == kinds[10] == {"number"}
