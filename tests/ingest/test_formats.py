"""Feed, WARC and gzip inputs become articles with their metadata and ingest into the store."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

import sitrep.ingest.compressed  # noqa: F401  (registers the readers)
import sitrep.ingest.feeds  # noqa: F401
import sitrep.ingest.warc  # noqa: F401
from sitrep.ingest import ReadOptions, read_paths
from sitrep.run.local import ingest
from sitrep.store import open_db

STORY = (
    "Protesters clashed with police in the capital on Tuesday, and two demonstrators were "
    "killed, the interior ministry said. Officers fired tear gas at crowds that had gathered "
    "outside the parliament building to demand the resignation of the prime minister. "
    "The opposition called for a general strike on Friday and urged supporters to stay calm."
)
OTHER = (
    "The foreign ministers of the two countries met in Geneva on Monday and agreed to resume "
    "talks on a ceasefire, according to a joint statement released after the meeting. "
    "They also discussed the exchange of prisoners and the return of displaced families."
)

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://wire.example/</link>
<description>news</description><language>en</language>
<item><title>Two killed in protests</title><link>https://wire.example/a1</link>
<guid>a1</guid><pubDate>Tue, 06 Oct 2020 10:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>{STORY}</p>]]></content:encoded></item>
<item><title>Ministers meet</title><link>https://wire.example/a2</link>
<guid>a2</guid><pubDate>Mon, 05 Oct 2020 18:30:00 GMT</pubDate>
<description>&lt;p&gt;{OTHER}&lt;/p&gt;</description></item>
</channel></rss>
"""

HTML = f"""<!DOCTYPE html><html lang="en"><head><title>Two killed in protests | Example</title>
<meta property="og:title" content="Two killed in protests">
<meta name="date" content="2020-10-06"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Two killed in protests</h1><p>{STORY}</p><p>{OTHER}</p></article>
<footer>Copyright Example News</footer></body></html>"""


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for url, ctype, body, status in (
            ("https://news.example/protests", "text/html; charset=utf-8", HTML.encode(), "200 OK"),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64),
             "200 OK"),
            ("https://news.example/gone", "text/html", b"<html>gone</html>", "404 Not Found"),
        ):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                               length=len(body), http_headers=headers)
            record.rec_headers.replace_header("WARC-Date", "2020-10-07T08:00:00Z")
            writer.write_record(record)
            request = b"GET / HTTP/1.1\r\n\r\n"
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(request), length=len(request)))


def test_rss_feed_entries_become_articles_with_title_link_and_date(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(RSS, "utf-8")
    articles = list(read_paths([feed]))
    assert [a.status for a in articles] == ["pending", "pending"]
    first, second = articles
    assert first.title == "Two killed in protests"
    assert first.url == "https://wire.example/a1"
    assert first.published == dt.date(2020, 10, 6)
    assert first.source == "Example Wire"
    assert "two demonstrators were killed" in first.text  # full content, not the summary
    assert "<p>" not in second.text and second.text.startswith("The foreign ministers")
    assert first.origin == f"{feed}#0"


def test_feed_file_ingests_into_the_store(tmp_path: Path, pipeline) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(RSS, "utf-8")
    with open_db(tmp_path / "s.db") as db:
        summary = ingest([feed], db, pipeline=pipeline)
        assert summary.counts["extracted"] == 2
        stored = {a.url: a for a in db.articles()}
        assert stored["https://wire.example/a1"].published == dt.date(2020, 10, 6)
        assert db.claims(article=stored["https://wire.example/a1"].id)


def test_a_file_that_is_not_a_feed_fails_with_a_reason(tmp_path: Path) -> None:
    bad = tmp_path / "notes.rss"
    bad.write_text("just some words, no feed here", "utf-8")
    (article,) = read_paths([bad])
    assert article.status == "failed" and "feed" in article.reason


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_become_articles_with_url_and_date(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _warc(path)
    articles = list(read_paths([path]))
    assert len(articles) == 3  # three responses; the request records are not inputs
    page, image, gone = articles
    assert page.status == "pending"
    assert page.url == "https://news.example/protests"
    assert page.published == dt.date(2020, 10, 6)  # the page's own date
    assert "two demonstrators were killed" in page.text
    assert "Copyright" not in page.text  # boilerplate removed
    assert image.status == "skipped" and "not an HTML page" in image.reason
    assert gone.status == "skipped" and "404" in gone.reason


def test_warc_page_without_a_date_takes_the_capture_date_and_says_so(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "nodate.warc"
    html = HTML.replace('<meta name="date" content="2020-10-06">', "")
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = html.encode()
        record = writer.create_warc_record("https://news.example/x", "response",
                                           payload=io.BytesIO(body), length=len(body),
                                           http_headers=headers)
        record.rec_headers.replace_header("WARC-Date", "2020-10-07T08:00:00Z")
        writer.write_record(record)
    (article,) = read_paths([path])
    assert article.published == dt.date(2020, 10, 7)
    assert "capture date" in (article.reason or "")


def test_warc_file_ingests_into_the_store(tmp_path: Path, pipeline) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    with open_db(tmp_path / "s.db") as db:
        summary = ingest([path], db, pipeline=pipeline)
        assert summary.counts["extracted"] == 1 and summary.counts["skipped"] == 2
        (article,) = db.articles(status="extracted")
        assert article.url == "https://news.example/protests"


def test_gzipped_jsonl_reads_every_line_with_the_compressed_file_as_origin(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    lines = [json.dumps({"id": "a", "text": STORY, "published": "2020-10-06"}),
             "{not json",
             json.dumps({"id": "b", "text": OTHER})]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    articles = list(read_paths([path]))
    assert [a.status for a in articles] == ["pending", "failed", "pending"]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert articles[0].external_id == "a" and articles[0].published == dt.date(2020, 10, 6)
    assert "line 2" in articles[1].reason


def test_gzipped_text_file_ingests(tmp_path: Path, pipeline) -> None:
    path = tmp_path / "story.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(STORY)
    with open_db(tmp_path / "s.db") as db:
        summary = ingest([path], db, ReadOptions(published=dt.date(2020, 10, 6)),
                         pipeline=pipeline)
        assert summary.counts["extracted"] == 1
        (article,) = db.articles()
        assert article.origin == str(path)
        assert db.article(article.id).article.text == STORY


def test_corrupt_gzip_fails_with_a_reason_and_the_run_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "broken.jsonl.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage")
    good = tmp_path / "ok.txt"
    good.write_text(STORY, "utf-8")
    articles = list(read_paths([bad, good]))
    assert articles[0].status == "failed" and "gzip" in articles[0].reason
    assert articles[1].status == "pending"
