"""What the fuzz tests share: the Hypothesis profiles, adversarial text, and the check that every
record's evidence is the text at its offsets.

Profiles (``SITREP_FUZZ`` selects one):

- ``default`` (``make test``): a bounded, derandomised run: the same examples on every machine
  and every run, so CI is reproducible; the whole fuzz set takes well under a minute.
- ``long``: 20 times the examples, random (new examples on every run), for a fuzzing session:
  ``SITREP_FUZZ=long pytest tests/fuzz``. A failure prints the ``@reproduce_failure`` line.
"""

from __future__ import annotations

import dataclasses
import os
import string
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from sitrep.records import Evidence, Extraction

# examples per test in the default profile; the long one runs LONG_FACTOR times as many
EXAMPLES = {"reader": 40, "extractor": 60}
LONG_FACTOR = 20

_COMMON = {
    "deadline": None,  # the first example loads the model; times vary with the machine's load
    "database": None,  # no .hypothesis folder in the work tree
    # each example writes to a fresh folder of its own under tmp_path; the model is large
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                              HealthCheck.data_too_large, HealthCheck.large_base_example],
}
settings.register_profile("sitrep-fuzz", derandomize=True, **_COMMON)
settings.register_profile("sitrep-fuzz-long", derandomize=False, print_blob=True, **_COMMON)
PROFILE = os.environ.get("SITREP_FUZZ", "").strip().lower() or "default"
if PROFILE not in ("default", "long"):
    raise RuntimeError(f"SITREP_FUZZ={PROFILE!r}: use default or long")


def fuzz_settings(kind: str) -> settings:
    """The settings of a fuzz test of ``kind`` (reader, extractor) in the current profile (only
    these tests: Hypothesis's own default profile is left alone)."""
    name = "sitrep-fuzz-long" if PROFILE == "long" else "sitrep-fuzz"
    count = EXAMPLES[kind] * (LONG_FACTOR if PROFILE == "long" else 1)
    return settings(settings.get_profile(name), max_examples=count)


# --- adversarial text -----------------------------------------------------------------------

NUMBERS = ["1,000,000", "1.5m", "٣", "٣٠٠", "-0", "1e9", "½", "¾", "2,000-3,000", "10–12",
           "0", "007", "1.000.000", "1 000 000", "12,", ",5", "3.", "1,2,3", "9" * 40, "IV",
           "twenty-one", "a dozen", "dozens", "hundreds of thousands", "1/2", "50%", "#1",
           "2nd", "1990s", "'90s", "²", "𝟙𝟚", "१२", "一百", "+44", "−5", "5-", "1st-2nd"]
QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "``", "''", "「", "」",
          '"\'"', "“‘”’", '"""', "(", ")", "[", "]", "{", "}"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f",
             "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
             "\u2069", "\u061c"]
CONTROLS = [chr(c) for c in range(32)] + ["\x7f", "\x85", "\x9b", "\u2028", "\u2029",
                                          "\x1b]52;c;cHduZWQ=\x07", "\x1b[31m", "\r\n", "\r"]
RTL_AND_OTHER = ["كابول", "قتل ٣ أشخاص", "ירושלים", "נהרגו", "Київ", "Донецьк", "東京",
                 "서울", "ਪੰਜਾਬ", "Āzarbāyjān", "Zürich", "Ḩalab", "e\u0301", "ﬁ", "ß", "İ",
                 "😀", "👩‍👩‍👧", "👍🏽", "🇺🇦", "🏳️‍🌈", "\U0001f9d1\u200d\U0001f692"]
WORDS = ["Police", "said", "killed", "wounded", "injured", "arrested", "displaced", "missing",
         "at least", "more than", "about", "people", "civilians", "soldiers", "protesters",
         "according to", "officials", "the ministry", "told reporters", "in", "near", "Kabul",
         "Kherson", "Gaza", "Mali", "Nigeria", "Ukraine", "Russian forces", "Taliban",
         "on Monday", "last week", "since January", "on 5 October 2020", "yesterday", "2020",
         "March 3", "attacked", "shelled", "protest", "met", "condemned", "agreed", "sanctions",
         "The", "President", "Foreign Minister", "UN", "NATO", "a", "the", "and", "of", "were",
         "was", "not", "will", "would", "have", "had", "no", "US", "U.S.", "Mr.", "Dr.", "St."]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", ". ", ", ", "; ", " - ", "\t", ".\n"]

long_tokens = st.builds(lambda ch, n: ch * n,
                        st.sampled_from(["a", "9", "-", ".", "x1", "é", "ك", "😀", "'", "\u200b"]),
                        st.integers(100, 3000))
long_sentence = st.lists(st.sampled_from(WORDS + NUMBERS), min_size=200, max_size=600).map(" ".join)
piece = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(NUMBERS),
    st.sampled_from(QUOTES), st.sampled_from(INVISIBLE), st.sampled_from(CONTROLS),
    st.sampled_from(RTL_AND_OTHER), st.text(max_size=12), st.text(string.printable, max_size=12),
    st.integers().map(str), st.floats(allow_nan=True).map(str), long_tokens,
)
adversarial_text = st.one_of(
    st.text(max_size=400),  # every unicode category except surrogates
    st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), max_size=60).map(
        lambda parts: "".join(p + s for p, s in parts)),
    st.tuples(long_sentence, st.sampled_from(["", ".", "!"])).map("".join),
)


def focused_text(vocabulary: list[str]) -> st.SearchStrategy[str]:
    """Adversarial text that mostly uses ``vocabulary``, so that one extractor has work to do."""
    word = st.one_of(st.sampled_from(vocabulary), st.sampled_from(vocabulary), piece)
    sentence = st.lists(word, min_size=1, max_size=25).map(" ".join)
    return st.lists(st.tuples(sentence, st.sampled_from(SEPARATORS)), min_size=1, max_size=8).map(
        lambda parts: "".join(s + sep for s, sep in parts))


# --- checks ---------------------------------------------------------------------------------

def evidences(value: Any, path: str = "") -> Iterator[tuple[str, Evidence]]:
    """Every Evidence inside a record (dataclasses and lists, recursively), with where it is."""
    if isinstance(value, Evidence):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from evidences(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from evidences(item, f"{path}[{i}]")


def assert_evidence_is_the_text(extraction: Extraction) -> int:
    """Every record's evidence lies inside the article text and equals the text at its offsets;
    returns how many evidences were checked."""
    text = extraction.article.text
    count = 0
    for kind in ("actors", "places", "dates", "events", "claims"):
        for i, record in enumerate(getattr(extraction, kind)):
            for where, ev in evidences(record, f"{kind}[{i}]"):
                assert 0 <= ev.start <= ev.end <= len(text), (where, ev, len(text))
                assert text[ev.start:ev.end] == ev.text, (where, ev, text[ev.start:ev.end])
                count += 1
    return count
