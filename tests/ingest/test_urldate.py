"""The publication date written in an article's URL, used when the input gives none."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sitrep.ingest import ReadOptions, read_paths
from sitrep.ingest.urldate import url_date


def test_slashed_year_month_day_is_read_by_htmldate() -> None:
    found = url_date("http://denver.cbslocal.com/2016/01/27/1-in-custody-1-at-large/")
    assert found is not None
    assert found.date == dt.date(2016, 1, 27)
    assert found.origin == "url (htmldate)"


def test_compact_date_in_a_path_part_or_a_slug() -> None:
    assert url_date("http://www.rrstar.com/article/20150803/NEWS/150809844/0/zap2it.com"
                    ).date == dt.date(2015, 8, 3)
    assert url_date("http://www.latimes.com/socal/burbank-leader/news/"
                    "tn-blr-me-papiyan-20160223-story.html").date == dt.date(2016, 2, 23)


def test_a_time_stamp_a_joined_month_and_day_and_a_query_value() -> None:
    cases = {
        "http://news.example.org/item/20180405100025-igem6/": dt.date(2018, 4, 5),
        "https://www.example.com/Business/2018/0405/Low-unemployment": dt.date(2018, 4, 5),
        "https://www.example.com/english/article/?nid=20180405-500896": dt.date(2018, 4, 5),
        "https://www.example.com/politics/n863096?cid=public-rss_20180405": dt.date(2018, 4, 5),
        "https://www.example.com/story/20161130235959/a": dt.date(2016, 11, 30),
        "http://news.example.org/item/20170930235900-abc/": dt.date(2017, 9, 30),
        "https://www.example.com/World/2017/1231/Story": dt.date(2017, 12, 31),
        "https://www.example.com/article/?nid=20171101-1": dt.date(2017, 11, 1),
        "https://www.example.com/x?utm=feed_20160229": dt.date(2016, 2, 29),
        "https://www.example.com/x?date=20150115&id=2": dt.date(2015, 1, 15),
    }
    for url, day in cases.items():
        found = url_date(url)
        assert found is not None and found.date == day, url
    # neighbours: an article number after a date with no valid clock, a query value that is
    # no date, a month and day with no year
    assert url_date("https://www.example.com/news/home/20180405005876/en/x") is None
    assert url_date("https://www.example.com/a?id=123420180405") is None
    assert url_date("https://www.example.com/Business/0405/x") is None


def test_month_name_date() -> None:
    found = url_date("http://www.arkansasonline.com/news/2016/jan/26/girl-shot-at-party-dies/")
    assert found is not None and found.date == dt.date(2016, 1, 26) and found.origin == "url"


def test_urls_without_a_full_day_give_nothing() -> None:
    assert url_date("http://www.kltv.com/story/29692711/).hasClass(") is None
    assert url_date("http://x.example/2016/01/story") is None  # a month is not a day
    assert url_date("http://x.example/story/20151399/") is None  # not a calendar day
    assert url_date("http://20160101.example.com/news") is None  # the host is not a date
    assert url_date(None) is None


def test_a_record_without_published_takes_the_url_date_and_says_so(tmp_path: Path) -> None:
    text = ("A man was shot and killed on Tuesday night outside a store in Aurora, police said. "
            "Officers found the victim lying in the parking lot.")
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "a", "url": "http://x.example/2016/01/27/shot/",
                                "text": text}) + "\n" + json.dumps(
        {"id": "b", "url": "http://x.example/2016/01/27/shot/", "published": "2016-02-01",
         "text": text + " More follows."}) + "\n", "utf-8")
    a, b = read_paths([path], ReadOptions())
    assert a.published == dt.date(2016, 1, 27)
    assert "from the url (htmldate)" in (a.reason or "")
    assert b.published == dt.date(2016, 2, 1)  # the record's own date wins
    assert not b.reason
