"""The built-in readers: plain text (with an optional ``<name>.meta.json`` sidecar), JSON Lines,
JSON and HTML (main text and metadata by trafilatura)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from sitrep.ingest import ReadOptions, failed_article, register_reader
from sitrep.ingest.checks import (
    RecordProblem,
    check_language,
    check_size,
    check_text,
    decode,
    decode_references,
    parse_published,
)
from sitrep.pipeline import article_id
from sitrep.records import Article

META_FIELDS = ("id", "title", "published", "url", "source", "language")


def make_article(text: str, origin: str, meta: Mapping[str, Any], options: ReadOptions, *,
                 parsed_html: bool = False) -> Article:
    """An Article from text and metadata (record metadata first, then the options' defaults).

    Text that does not come from an HTML parser has its character references decoded ("&#39;",
    "&amp;"), so that names and offsets are those of the text as read.
    Raises ``RecordProblem`` when the record must be skipped (empty, not English)."""
    check_text(text)
    if not parsed_html:
        text = decode_references(text)
    warnings: list[str] = []
    try:
        published = parse_published(meta.get("published"))
    except ValueError as exc:
        published = None
        warnings.append(str(exc))
    url = _str(meta.get("url")) or options.url
    if published is None and options.published is None and url:
        from sitrep.ingest.urldate import url_date

        dated = url_date(url)
        if dated is not None:
            published = dated.date
            warnings.append(f"published {published.isoformat()} from the {dated.origin}")
    if published is None:
        published = options.published
    language = meta.get("language")
    if language and str(language).lower()[:2] != "en":
        raise RecordProblem("skipped", f"not English (language given as {language})")
    if options.check_language:
        language = check_language(text)
    external = meta.get("id")
    article = Article(
        text=text,
        id=article_id(text),
        title=_str(meta.get("title")) or options.title,
        source=_str(meta.get("source")) or options.source,
        url=url,
        published=published,
        language=str(language or "en"),
        origin=origin,
        external_id=None if external is None else _str(external),
    )
    if warnings:
        article.reason = "; ".join(warnings)
    return article


def _str(value: Any) -> str | None:
    """A metadata value as text: stripped, without NUL characters (which no title or source
    means, and PostgreSQL cannot store), None when nothing is left."""
    if value is None:
        return None
    value = str(value).replace("\x00", "").strip()
    return value or None


def _sidecar(path: Path) -> dict[str, Any]:
    """Metadata from ``<stem>.meta.json`` next to ``path``, if there is one."""
    name = path.name
    stem = name[: -len("".join(path.suffixes))] if path.suffixes else name
    for candidate in (path.with_name(stem + ".meta.json"), path.with_name(name + ".meta.json")):
        if candidate.exists():
            try:
                data = json.loads(candidate.read_text("utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise RecordProblem("failed", f"sidecar {candidate.name} is not valid JSON: {exc}"
                                    ) from None
            if not isinstance(data, dict):
                raise RecordProblem("failed", f"sidecar {candidate.name} is not a JSON object")
            return data
    return {}


def _read_bytes(path: Path, options: ReadOptions) -> bytes:
    check_size(path.stat().st_size, options.max_bytes)
    return path.read_bytes()


def read_text(path: Path, options: ReadOptions) -> Iterator[Article]:
    text = decode(_read_bytes(path, options), options.max_bytes)
    yield make_article(text, str(path), _sidecar(path), options)


def _record(obj: Any, origin: str, options: ReadOptions) -> Article:
    """An Article from one JSON object; a problem becomes a skipped/failed Article."""
    try:
        if not isinstance(obj, dict):
            raise RecordProblem("failed", f"not a JSON object but {type(obj).__name__}")
        key = options.field_name("text")
        text = obj.get(key)
        if text is None:
            raise RecordProblem(
                "failed", f"no {key!r} field (name the text field with --text-field)")
        if not isinstance(text, str):
            raise RecordProblem("failed", f"field {key!r} is not a string")
        meta = {name: obj.get(options.field_name(name)) for name in META_FIELDS}
        return make_article(text, origin, meta, options)
    except RecordProblem as exc:
        meta_id = obj.get(options.field_name("id")) if isinstance(obj, dict) else None
        article = failed_article(origin, exc.status, exc.reason)
        if isinstance(obj, dict):
            text = obj.get(options.field_name("text"))
            if isinstance(text, str) and text.strip() and "\x00" not in text:
                # keep skipped text: it has a real id (not text with NULs: no database can)
                article.text = text
                article.id = article_id(text)
        article.external_id = None if meta_id is None else _str(meta_id)
        return article


def _parse_json(data: str, where: str = "") -> Any:
    """The JSON value of ``data``, or a failed ``RecordProblem`` saying why there is none."""
    try:
        return json.loads(data)
    except ValueError as exc:
        raise RecordProblem("failed", f"{where}invalid JSON ({exc})") from None
    except RecursionError:  # Python's parser recurses once per level of nesting
        raise RecordProblem("failed", f"{where}invalid JSON (nested too deeply)") from None


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Article]:
    """One article per line; a bad line fails with its line number and the rest proceed.
    The size limit applies to each line."""
    with path.open("rb") as handle:
        yield from jsonl_records(enumerate(handle, start=1), str(path), options)


def jsonl_records(lines: Iterable[tuple[int, bytes]], name: str,
                  options: ReadOptions) -> Iterator[Article]:
    """The articles of numbered JSON Lines (``(line number, raw bytes)``) of the file ``name``;
    also used by the Dask shards, which read a range of lines."""
    for lineno, raw in lines:
        origin = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            check_size(len(raw), options.max_bytes)
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise RecordProblem(
                    "failed", f"line {lineno}: invalid UTF-8 at byte {exc.start} of the line"
                ) from None
            obj = _parse_json(line, f"line {lineno}: ")
        except RecordProblem as exc:
            reason = exc.reason if exc.reason.startswith("line ") else \
                f"line {lineno}: {exc.reason}"
            yield failed_article(origin, exc.status, reason)
            continue
        article = _record(obj, origin, options)
        if article.status != "pending" and not (article.reason or "").startswith("line "):
            article.reason = f"line {lineno}: {article.reason}"
        yield article


def read_json(path: Path, options: ReadOptions) -> Iterator[Article]:
    """A JSON object (one article) or an array of them."""
    data = decode(_read_bytes(path, options), options.max_bytes)
    obj = _parse_json(data)
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            yield _record(item, f"{path}#{i}", options)
    else:
        yield _record(obj, str(path), options)


def read_html(path: Path, options: ReadOptions) -> Iterator[Article]:
    """The main text of an HTML page and its metadata (title, date, url, site) by trafilatura."""
    import trafilatura

    data = _read_bytes(path, options)
    if not data.strip():
        raise RecordProblem("skipped", "empty")
    if b"\x00" in data[:8192]:
        raise RecordProblem("failed", "binary content, not HTML")
    doc = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise RecordProblem("skipped", "no main text found in the HTML page")
    meta: dict[str, Any] = {
        "title": doc.title, "published": doc.date, "url": doc.url, "source": doc.sitename,
    }
    meta.update({k: v for k, v in _sidecar(path).items() if v is not None})
    yield make_article(text, str(path), meta, options, parsed_html=True)


register_reader("text", (".txt", ".text", ".md"), read_text)
register_reader("jsonl", (".jsonl", ".ndjson"), read_jsonl)
register_reader("json", (".json",), read_json)
register_reader("html", (".html", ".htm", ".xhtml"), read_html)
