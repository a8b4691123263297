"""WARC files (warcio), plain or gzipped: every HTML response inside becomes an article, its main
text and metadata extracted by trafilatura, its URL from the record, and its date from the page
(or, when the page gives none, the capture date, which the article's notes then say).

Request, metadata and warcinfo records are not inputs and are passed over; a response that is not
an HTML page (an image, a script) or not a success (HTTP 404) becomes a skipped record with the
reason, so every page of the crawl is accounted for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.ingest import ReadOptions, failed_article, register_reader
from sitrep.ingest.checks import RecordProblem, check_size
from sitrep.ingest.readers import make_article
from sitrep.records import Article

HTML_TYPES = ("text/html", "application/xhtml+xml")
CAPTURE_NOTE = "publication date taken from the WARC capture date (the page gives none)"


def _capture_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def page_article(html: bytes, origin: str, url: str | None, captured: dt.date | None,
                 options: ReadOptions) -> Article:
    """An Article from one HTML page (main text and metadata by trafilatura)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise RecordProblem("skipped", "no main text found in the HTML page")
    meta: dict[str, Any] = {"title": doc.title, "published": doc.date, "url": url or doc.url,
                            "source": doc.sitename}
    note = None
    if not meta["published"] and captured is not None and options.published is None:
        meta["published"] = captured
        note = CAPTURE_NOTE
    article = make_article(text, origin, meta, options, parsed_html=True)
    if note:
        article.reason = "; ".join(r for r in (article.reason, note) if r)
    return article


def read_warc(path: Path, options: ReadOptions) -> Iterator[Article]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as stream:
        records, n = iter(ArchiveIterator(stream)), -1
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except ArchiveLoadFailed as exc:
                raise RecordProblem("failed", f"not a valid WARC file ({exc})") from None
            except OSError:
                raise
            except Exception as exc:  # warcio's parser fails on some malformed headers with
                # whatever error it meets (a response without a target URI: AttributeError)
                raise RecordProblem("failed", f"not a valid WARC file (record {n + 2} is "
                                    f"malformed: {type(exc).__name__}: {exc})") from None
            n += 1
            if record.rec_type != "response":
                continue
            try:
                article = _response(record, f"{path}#{n}", options)
            except ArchiveLoadFailed as exc:
                raise RecordProblem("failed", f"not a valid WARC file ({exc})") from None
            yield article


def _response(record: Any, origin: str, options: ReadOptions) -> Article:
    url = record.rec_headers.get_header("WARC-Target-URI")
    captured = _capture_date(record.rec_headers.get_header("WARC-Date"))
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    ctype = (http.get_header("Content-Type") if http is not None else None) or ""
    meta = {"url": url}
    if status and not status.startswith("2"):
        return failed_article(origin, "skipped", f"HTTP {status} response for {url}", **meta)
    if not any(t in ctype.lower() for t in HTML_TYPES):
        return failed_article(origin, "skipped",
                              f"not an HTML page ({ctype or 'no content type'}): {url}", **meta)
    try:
        data = record.content_stream().read(options.max_bytes + 1 if options.max_bytes else -1)
        check_size(len(data), options.max_bytes)
        return page_article(data, origin, url, captured, options)
    except RecordProblem as exc:
        return failed_article(origin, exc.status, f"{exc.reason}: {url}", **meta)


register_reader("warc", (".warc", ".warc.gz", ".arc", ".arc.gz"), read_warc)
