"""Reading inputs into articles and ingesting them into the store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import EXAMPLES
from sitrep.ingest import ReadOptions, read_paths
from sitrep.pipeline import article_id
from sitrep.run.local import ingest
from sitrep.store import open_db

STORY = ("Rebels attacked an army post near the border on Sunday, killing three soldiers, "
         "the defence ministry said. The government condemned the attack and promised to "
         "find those responsible. Residents said the fighting lasted several hours.")
OTHER = ("Police arrested twelve protesters in the capital on Tuesday after demonstrators "
         "blocked the main road to demand the release of political prisoners. The interior "
         "minister said the officers had acted within the law.")


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_text_file_takes_metadata_from_its_sidecar() -> None:
    [article] = list(read_paths([EXAMPLES / "minsk-group-2020-10-05.txt"]))
    assert article.status == "pending"
    assert article.published == dt.date(2020, 10, 5)
    assert article.title and "Minsk Group" in article.title
    assert article.external_id == "seed-minsk-group-2020-10-05"
    assert article.id == article_id(article.text)
    assert article.origin.endswith("minsk-group-2020-10-05.txt")


def test_options_fill_only_the_metadata_a_record_lacks(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    (tmp_path / "b.txt").write_text(OTHER, "utf-8")
    (tmp_path / "b.meta.json").write_text('{"published": "2019-01-02", "source": "Wire"}')
    options = ReadOptions(published=dt.date(2020, 1, 1), source="Desk", title="T", url="http://u")
    a, b = read_paths([tmp_path], options)
    assert (a.published, a.source, a.title, a.url) == (dt.date(2020, 1, 1), "Desk", "T",
                                                       "http://u")
    assert (b.published, b.source) == (dt.date(2019, 1, 2), "Wire")


def test_jsonl_reads_every_field_and_field_names_are_configurable(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [
        {"doc": "d1", "body": STORY, "headline": "H1", "date": "2021-03-04T10:00:00Z",
         "link": "http://x/1", "outlet": "X"},
        {"doc": "d2", "body": OTHER},
    ])
    fields = {"id": "doc", "text": "body", "title": "headline", "published": "date",
              "url": "link", "source": "outlet"}
    first, second = read_paths([path], ReadOptions(fields=fields))
    assert (first.external_id, first.title, first.published, first.url, first.source) == (
        "d1", "H1", dt.date(2021, 3, 4), "http://x/1", "X")
    assert first.origin == f"{path}:1" and second.origin == f"{path}:2"
    assert second.published is None and second.status == "pending"


def test_html_page_gives_main_text_without_boilerplate_and_its_metadata(tmp_path: Path) -> None:
    page = f"""<html><head><title>Army post attacked</title>
    <meta property="og:url" content="https://news.example.org/a1">
    <meta property="article:published_time" content="2021-06-07"></head>
    <body><nav>Home | World | Sport | Subscribe now</nav>
    <article><h1>Army post attacked</h1><p>{STORY}</p><p>{OTHER}</p></article>
    <footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, "utf-8")
    [article] = read_paths([tmp_path / "page.html"])
    assert article.status == "pending"
    assert "killing three soldiers" in article.text
    assert "Subscribe now" not in article.text and "All rights reserved" not in article.text
    assert article.title == "Army post attacked"
    assert article.published == dt.date(2021, 6, 7)
    assert article.url == "https://news.example.org/a1"


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(OTHER, "utf-8")
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "A"}')
    (tmp_path / ".hidden.txt").write_text(STORY, "utf-8")
    articles = list(read_paths([tmp_path]))
    assert [Path(a.origin).name for a in articles] == ["a.txt", "2.txt"]
    assert articles[0].title == "A"


def test_ingest_stores_every_record_with_its_status(tmp_path: Path, pipeline) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": STORY, "published": "2021-05-02"},
                                          {"id": 2, "title": "no text"},
                                          {"id": 3, "text": OTHER}])
    with open_db(tmp_path / "s.db") as db:
        summary = ingest([path], db, pipeline=pipeline)
        assert summary.counts["extracted"] == 2 and summary.counts["failed"] == 1
        statuses = sorted((a.origin.rsplit(":", 1)[1], a.status) for a in db.articles())
        assert statuses == [("1", "extracted"), ("2", "failed"), ("3", "extracted")]
        assert summary.articles_per_s > 0
        assert "3 input records: 2 extracted, 0 skipped, 1 failed" in summary.text()


def test_ingesting_the_same_articles_again_adds_nothing(tmp_path: Path, pipeline) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [{"text": STORY, "published": "2021-05-02"},
                                          {"text": OTHER}])
    with open_db(tmp_path / "s.db") as db:
        ingest([path], db, pipeline=pipeline)
        before = db.counts()
        again = ingest([path], db, pipeline=pipeline)
        assert again.counts["unchanged"] == 2 and again.counts["extracted"] == 0
        assert db.counts() == before


def test_same_text_twice_in_one_run_is_one_article_and_a_duplicate(tmp_path: Path,
                                                                   pipeline) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [{"text": STORY}, {"text": "  " + STORY + "\n"}])
    with open_db(tmp_path / "s.db") as db:
        summary = ingest([path], db, pipeline=pipeline)
        assert summary.counts["extracted"] == 1 and summary.counts["duplicate"] == 1
        assert len(db.articles()) == 1
        assert any("same text as" in r for _, r in summary.reasons)


def test_extracted_records_keep_offsets_into_the_article_text(tmp_path: Path,
                                                              pipeline) -> None:
    with open_db(tmp_path / "s.db") as db:
        ingest([EXAMPLES], db, pipeline=pipeline)
        [article] = db.articles(status="extracted")
        ex = db.article(article.id)
        assert ex is not None and ex.article.text
        records = [*ex.actors, *ex.places, *ex.dates, *ex.events, *ex.claims]
        assert records, "the seed article yields records"
        for record in records:
            ev = record.evidence
            assert ex.article.text[ev.start:ev.end] == ev.text
            assert ev.article_id == article.id


def test_replace_extracts_stored_articles_again_without_adding_rows(tmp_path: Path,
                                                                   pipeline) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [{"text": STORY, "published": "2021-05-02"}])
    with open_db(tmp_path / "s.db") as db:
        ingest([path], db, pipeline=pipeline)
        before = db.counts()
        again = ingest([path], db, pipeline=pipeline, replace=True)
        assert again.counts["extracted"] == 1 and again.counts["unchanged"] == 0
        assert db.counts() == before
