"""Checks every input record passes before it becomes an article: size, binary content, UTF-8,
emptiness, language. A record that fails a check is not an error of the run: it ends as
``skipped`` or ``failed`` with a reason that says what to do.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from html.entities import html5

DEFAULT_MAX_BYTES = 5_000_000


class RecordProblem(Exception):
    """One input record cannot become an article. ``status`` is ``skipped`` or ``failed``."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def check_size(size: int, max_bytes: int) -> None:
    if max_bytes and size > max_bytes:
        raise RecordProblem(
            "skipped",
            f"over the size limit of {max_bytes:,} bytes ({size:,} bytes); "
            f"raise it with --max-bytes",
        )


_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a record's bytes, or a ``RecordProblem`` saying why there is none."""
    check_size(len(data), max_bytes)
    if not data.strip():
        raise RecordProblem("skipped", "empty")
    head = data[:8192]
    if b"\x00" in head or len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise RecordProblem("failed", "binary content, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RecordProblem(
            "failed",
            f"invalid UTF-8 at byte {exc.start}; convert the file to UTF-8 "
            f"(e.g. iconv -f latin1 -t utf-8)",
        ) from None
    check_text(text)
    return text


_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _reference(match: re.Match[str]) -> str:
    ref = match.group(0)
    body = ref[1:-1]
    if body.startswith("#"):
        digits = body[1:]
        try:
            code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
        except ValueError:
            return ref
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return ref
        return html.unescape(ref)
    return html5.get(body + ";", ref)


def decode_references(text: str) -> str:
    """``text`` with its HTML character references decoded ("Philadelphia&#39;s" -> "Philadelphia's",
    "&amp;" -> "&", "&quot;" -> '"'), also when they were escaped twice ("&amp;#39;").

    Only complete references (ending in ";") that name a character are decoded: a literal "&"
    ("AT&T", "R&D", "Barnes &noble") and unknown names ("&foo;") stay as written. Plain-text
    records scraped from web pages carry them; parsed HTML does not need this."""
    if "&" not in text:
        return text
    for _ in range(3):  # "&amp;amp;#39;" is seen in scraped text; stop when nothing changes
        decoded = _REFERENCE.sub(_reference, text)
        if decoded == text:
            break
        text = decoded
    return text


def check_text(text: str) -> None:
    if not text.strip():
        raise RecordProblem("skipped", "empty")
    if "\x00" in text:  # no text has them; PostgreSQL cannot store them
        raise RecordProblem("failed", "the text contains NUL characters (binary content, not "
                                      "text); remove them from the record")


# --- language -----------------------------------------------------------------------------------

_EN_STOPWORDS = frozenset(
    """the of and to in a is that for on was with as by at from it he said his be has have are
    were an which but not they their this had its after been who also will would or than more
    one two over into about against when there after we after i you she her them our up out""".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # ISO 639-1 code, "und" when it cannot be told
    confident: bool


def _detect_langs(sample: str) -> list:
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0  # deterministic results
    return detect_langs(sample)


def detect_language(text: str) -> LanguageGuess:
    """English by a cheap stopword test; other languages by langdetect (seeded, deterministic)."""
    sample = text[:3000]
    words = [w.lower() for w in _WORD.findall(sample)]
    if words:
        ratio = sum(w in _EN_STOPWORDS for w in words) / len(words)
        if ratio >= 0.12 and len(words) >= 8:
            return LanguageGuess("en", True)
    if len(words) < 3:
        return LanguageGuess("und", False)
    try:
        probs = _detect_langs(sample)
    except Exception:  # langdetect raises on text without features
        return LanguageGuess("und", False)
    if not probs:
        return LanguageGuess("und", False)
    best = probs[0]
    return LanguageGuess(best.lang, best.prob >= 0.9 and len(words) >= 5)


def check_language(text: str) -> str:
    """The language of ``text``; raises ``RecordProblem`` (skipped) when it is surely not English."""
    guess = detect_language(text)
    if guess.language not in ("en", "und") and guess.confident:
        raise RecordProblem(
            "skipped", f"not English (detected language: {guess.language})"
        )
    return "en" if guess.language == "und" else guess.language


# --- dates ----------------------------------------------------------------------------------------

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y",
                 "%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M:%S %Z", "%Y%m%d")


def future_date_warning(value: dt.date | None, name: str = "the publication date",
                        today: dt.date | None = None) -> str | None:
    """A warning when a publication date is more than a day in the future (a typo such as
    2052 for 2025 would resolve every relative date of the article wrongly), else None."""
    today = today or dt.date.today()
    if value is None or value <= today + dt.timedelta(days=1):
        return None
    return (f"{name} {value.isoformat()} is in the future (today is {today.isoformat()}): "
            f"relative dates are resolved against it; check the date")


def parse_published(value: object) -> dt.date | None:
    """A publication date from a metadata value (ISO date or datetime, or a common format).

    Raises ``ValueError`` when ``value`` is present but not understood."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"publication date {text!r} not understood (use YYYY-MM-DD)")
