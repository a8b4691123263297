"""The publication date an article's URL carries, for inputs that give none.

News sites put the day of publication in their URLs in a few forms: ``/2016/01/27/``,
``/2015-12-11/``, ``/20150803/`` (or ``-20160223-`` inside a slug), ``/2016/jan/26/``, a
time stamp ``/item/20180405100025-x/``, ``/2018/0405/`` and a query value
``?nid=20180405-500896``.
htmldate (a trafilatura dependency, well tested on web pages) reads the first two
(``extract_url_date``: year, month and day with ``/``, ``-`` or ``_`` between); the others are
read here. A date is accepted only when it is a real calendar day between 1995 and tomorrow
(a URL with an article number such as ``/20151299/`` gives nothing).

    >>> url_date("http://denver.cbslocal.com/2016/01/27/1-in-custody/")
    UrlDate(date=datetime.date(2016, 1, 27), origin='url (htmldate)')
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# 20150803 between non-digits (a path part, or a slug part: "...-20160223-story.html")
_COMPACT = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])"
                      r"(?![0-9])")
# 20180405100025: a compact date with a clock (hours, minutes, seconds) right after it
_STAMP = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])"
                    r"(?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9](?![0-9])")
# /2018/0405/: the year, then month and day as one part
_YEAR_MMDD = re.compile(r"/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?:/|$)")
# a compact date that opens a query value or a part of one ("?nid=20180405-500896",
# "?cid=public-rss_20180405")
_QUERY_COMPACT = re.compile(r"(?<=[=_-])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])"
                            r"(0[1-9]|[12][0-9]|3[01])(?![0-9])")
# /2016/jan/26/ (also "january", "sept")
_NAMED = re.compile(r"/((?:19|20)[0-9]{2})/([a-z]{3,9})/([0-9]{1,2})(?:/|$|[-_])", re.I)
EARLIEST = dt.date(1995, 1, 1)


class UrlDate(NamedTuple):
    date: dt.date
    origin: str  # "url (htmldate)" or "url"


@lru_cache(maxsize=1)
def _htmldate_options() -> object | None:
    try:
        from htmldate.utils import Extractor
    except ImportError:  # htmldate comes with trafilatura; without it the own patterns apply
        return None
    return Extractor(False, dt.datetime(2100, 1, 1), dt.datetime(1995, 1, 1), False, "%Y-%m-%d")


def _valid(year: int, month: int, day: int, latest: dt.date) -> dt.date | None:
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if EARLIEST <= found <= latest else None


def url_date(url: str | None, *, today: dt.date | None = None) -> UrlDate | None:
    """The day of publication written in ``url``, with where it came from; None when the URL has
    no full date (a year and month alone are not a publication day)."""
    if not url:
        return None
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    options = _htmldate_options()
    if options is not None:
        from htmldate.extractors import extract_url_date

        found = extract_url_date(url, options)  # type: ignore[arg-type]
        if found:
            day = _valid(int(found[:4]), int(found[5:7]), int(found[8:10]), latest)
            if day is not None:
                return UrlDate(day, "url (htmldate)")
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1].partition("/")[2]  # the host carries no date
    for match in _NAMED.finditer("/" + path):
        month = MONTHS.get(match.group(2)[:3].lower())
        if month is not None:
            day = _valid(int(match.group(1)), month, int(match.group(3)), latest)
            if day is not None:
                return UrlDate(day, "url")
    query = url.split("#", 1)[0].partition("?")[2]
    for pattern, text in ((_COMPACT, path), (_STAMP, path), (_YEAR_MMDD, "/" + path),
                          (_QUERY_COMPACT, query)):
        for match in pattern.finditer(text):
            day = _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)), latest)
            if day is not None:
                return UrlDate(day, "url")
    return None
