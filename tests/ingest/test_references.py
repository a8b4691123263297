"""Plain-text and JSON records scraped from web pages carry HTML character references
("Philadelphia&#39;s", "&amp;", "&quot;"): ingest decodes them, so that names read (and places
resolve) as in the published text, while a literal "&" stays as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.ingest import ReadOptions, read_paths
from sitrep.ingest.checks import decode_references
from sitrep.pipeline import default_pipeline


@pytest.mark.parametrize(("raw", "decoded"), [
    ("Philadelphia&#39;s police", "Philadelphia's police"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("he said &quot;no&quot;", 'he said "no"'),
    ("caf&eacute; in Montr&eacute;al", "café in Montréal"),
    ("the &#x201C;Mayor&#x201D;", "the \u201cMayor\u201d"),
    ("Dayton&amp;#39;s mayor", "Dayton's mayor"),  # escaped twice
    ("a&nbsp;b", "a\u00a0b"),
])
def test_character_references_are_decoded(raw: str, decoded: str) -> None:
    assert decode_references(raw) == decoded


@pytest.mark.parametrize("text", [
    "AT&T and R&D budgets",
    "Barnes &noble and Johnson & Johnson",
    "Q&A: the &foo; tag",
    "a stray &#0; and &#xD800; stay",
    "no ampersand at all",
    "Smith &amp Jones without the semicolon",
])
def test_literal_ampersands_stay_as_written(text: str) -> None:
    assert decode_references(text) == text


def _read(tmp_path: Path, name: str, body: str) -> list:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return list(read_paths([path], ReadOptions()))


def test_text_and_jsonl_records_are_decoded(tmp_path: Path) -> None:
    story = "Gunmen shot two men in Philadelphia&#39;s Kensington section on Monday &amp; fled."
    [plain] = _read(tmp_path, "a.txt", story)
    [record] = _read(tmp_path, "b.jsonl", json.dumps({"text": story}) + "\n")
    expected = "Gunmen shot two men in Philadelphia's Kensington section on Monday & fled."
    assert plain.text == expected and record.text == expected


PROBES = [
    ("Two men were shot dead in Philadelphia&#39;s Kensington section on Monday night, "
     "police said.", "Philadelphia"),
    ("A teenager was wounded in a shooting in Oakland&#39;s Fruitvale district on Friday, "
     "police said.", "Oakland"),
    ("Police in Memphis&#39; Orange Mound neighborhood said a man was shot and killed "
     "on Sunday.", "Memphis"),
    ("A woman was killed in a shooting in Cleveland&#39;s Glenville neighborhood on "
     "Saturday, police said.", "Cleveland"),
    ("Gunmen opened fire on a car in Baltimore&#39;s Park Heights area on Tuesday, "
     "killing one man, police said.", "Baltimore"),
    ("A man was shot and wounded outside a bar in Milwaukee&#39;s north side on "
     "Thursday, police said.", "Milwaukee"),
    ("Police said a man was shot and killed on Chicago&#39;s South Side on Sunday "
     "morning.", "Chicago"),
    ("Two people were wounded in a shooting at a party in Houston&#39;s Third Ward "
     "on Saturday, police said.", "Houston"),
    ("Police said one man was killed in a shooting in Louisville&#39;s Shawnee "
     "neighborhood on Wednesday.", "Louisville"),
    ("A man was shot in Detroit&#39;s east side on Monday and died at a hospital, "
     "police said.", "Detroit"),
    ("Officers said a man was shot by a neighbor in Tulsa&#39;s &quot;Brookside&quot; "
     "district on Friday.", "Tulsa"),
]


@pytest.mark.parametrize(("story", "city"), PROBES)
def test_a_city_with_an_escaped_apostrophe_is_found(tmp_path: Path, story: str,
                                                     city: str) -> None:
    [article] = _read(tmp_path, "story.jsonl", json.dumps({"text": story}) + "\n")
    extraction = default_pipeline().process(article)
    names = {p.name for p in extraction.places}
    assert city in names, names
    for place in extraction.places:
        start, end = place.evidence.start, place.evidence.end
        assert article.text[start:end]  # offsets point into the decoded text
