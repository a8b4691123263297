"""The home town of a local source, from its web address: "augusta.com", "columbuslocalnews.com/
.../dublin_news/", "perthshireadvertiser.co.uk", "star-telegram.com/arlington_news/".

A local paper names its own town and its neighbours without saying which state or country
they are in ("Dublin City Council" in a paper of Columbus, Ohio; "Perth" in a Scottish paper).
The town its address names is one more place of the article's context (``resolve`` adds it as
an anchor that places no mention of its own): the other names are read near it unless the
article itself says otherwise.

A word of the address that is a country's name stands for that country ("jamaica-gleaner.com").
The first word of the host that begins or ends with a first-level division's name of the
source's country (the United States for a generic domain) and is no town stands for that
division: the paper's state ("nbcmontana.com", "oregonlive.com"; a small town of the state's
name elsewhere, Oregon, Ohio, gives way to it; a big one, "washingtonpost", does not).
Any other word is a town when the gazetteer has a town of that main name (or a name
the word begins with: "gainesvilleregister") big enough to have a paper of its own; of several
towns of the name, the one in the source's country (its country-code domain) and near the
towns already found, else the most populous. The last part of the path (the article's own
slug: words of the headline) and words with digits are not read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from sitrep.extract.places.mention import km
from sitrep.resources.gazetteer import Candidate, Gazetteer
from sitrep.resources.gazetteer_build import fold

SOURCE_TOWN_POP = 15_000  # a town with a paper (or a paper's section) of its own
MIN_LETTERS = 5
NEAR_KM = 200  # a section's town near the paper's own town
# words of web addresses that are also towns somewhere, and never a paper's town
_ADDRESS_WORDS = frozenset({
    "www", "news", "the", "daily", "local", "online", "media", "press", "times", "post",
    "herald", "star", "sun", "mail", "journal", "tribune", "gazette", "courier", "record",
    "chronicle", "enterprise", "independent", "observer", "guardian", "telegraph", "express",
    "mirror", "standard", "leader", "sentinel", "register", "review", "republic", "national",
    "world", "global", "today", "weekly", "evening", "morning", "metro", "city", "state",
    "county", "region", "regional", "community", "business", "sport", "sports", "health",
    "politics", "science", "story", "stories", "article", "articles", "content", "section",
    "opinion", "index", "home", "feeds", "rss", "html", "php", "aspx", "newsstand",
})
_WORD = re.compile(r"[a-z]+")
_PREFIXES = ("the", "daily", "www")


def _words(url: str) -> tuple[list[str], list[str]]:
    """The letter words of the host (without its top-level domains), and the town words of the
    path's folders: a folder that is a town's name ("toronto"), or a town's name and one word
    of web addresses ("dublin_news"); not the article's own slug (its last part, or any folder
    of three words or more: words of the headline)."""
    raw = url.strip()
    if "://" not in raw:
        raw = "http://" + raw
    try:
        parts = urlsplit(raw)
    except ValueError:
        return [], []
    host = (parts.hostname or "").lower().split(".")
    labels = host[:-1] if len(host) > 1 else host
    if len(labels) > 1 and len(labels[-1]) <= 3:  # "co" of ".co.uk"
        labels = labels[:-1]
    host_words = [w for label in labels for w in _WORD.findall(label)]
    folders = parts.path.rstrip("/").split("/")[:-1]
    path_words = []
    for folder in folders:
        if any(ch.isdigit() for ch in folder):
            continue
        words = _WORD.findall(folder.lower())
        if len(words) == 1 or (len(words) == 2 and words[1] in _ADDRESS_WORDS):
            path_words.append(words[0])
    return host_words, path_words


def _towns(gaz: Gazetteer, word: str, prefix: bool) -> list[Candidate]:
    """Towns whose main name is the word, or with ``prefix`` (a word of the host) a name the
    word begins with ("columbuslocalnews"); a name of two words also read written together,
    before any shorter name ("sandiegouniontribune": San Diego, not Sandi in India)."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_LETTERS:
            word = word[len(prefix):]
            break
    for end in range(len(word), (MIN_LETTERS if prefix else len(word)) - 1, -1):
        head = word[:end]
        if head in _ADDRESS_WORDS:
            if end == len(word):
                return []
            continue
        found = _named(gaz, head)
        if found:
            return found
    return []


def _named(gaz: Gazetteer, head: str) -> list[Candidate]:
    """Towns big enough for a paper whose main name is ``head``, or ``head`` with a space put
    back between two words ("sandiego": San Diego)."""
    for key in [head] + [f"{head[:i]} {head[i:]}" for i in range(2, len(head) - 2)]:
        found = [c for c in gaz.lookup(key, kinds={"city"})
                 if c.main and c.population >= SOURCE_TOWN_POP and fold(c.name) == key]
        if found:
            return found
    return []


Region = tuple[str | None, str | None]  # (ISO2, admin1 code)


def source_towns(gaz: Gazetteer, url: str | None, home: str | None = None,
                 regions: dict[str, set[Region]] | None = None) -> list[Candidate]:
    """The towns a source's web address names, the paper's own town (from the host) first.
    ``home``: ISO3 of the source's country, when its domain says it; ``regions``: per name of
    the article (folded), the first-level divisions its readings lie in. Of several towns of a
    name, the one in the divisions of most of the article's other names ("theparisnews.com" of
    an article that names Texas towns: Paris, Texas), else the most populous, unless the
    article names the town itself (then the article decides which it is)."""
    if not url:
        return []
    host_words, path_words = _words(url)
    out: list[Candidate] = []
    for word in [*host_words, *path_words]:
        if len(word) < MIN_LETTERS or word in _ADDRESS_WORDS:
            continue
        country = [c for c in gaz.lookup(word, kinds={"country"}) if c.main]
        if country:
            # "jamaica-gleaner.com": the country (not Jamaica, Queens)
            if all(country[0].id != o.id for o in out):
                out.append(country[0])
            continue
        towns = _towns(gaz, word, prefix=word in host_words)
        state = _host_state(gaz, word, home) if word in host_words and not out else None
        if state is not None and (not towns or all(
                fold(t.name) == fold(state.name) for t in towns) and max(
                t.population for t in towns) < STATE_OVER_TOWN_POP):
            # "nbcmontana.com", "oregonlive.com": the paper's state, not a small town of the
            # state's name elsewhere (Oregon, Ohio); a big one keeps it ("washingtonpost")
            if all(state.id != o.id for o in out):
                out.append(state)
            continue
        if not towns:
            continue
        if out:
            near = [c for c in towns if min(_distance(c, o) for o in out) <= NEAR_KM]
            if not near:
                continue  # a section about a far namesake is no evidence of the paper's town
            towns = near
        elif home is not None:
            towns = [c for c in towns if c.country == home]
            if not towns:
                continue  # ".am", ".co.uk": a town of the source's own country, or none
        best = max(towns, key=lambda c: (_support(c, regions), c.population))
        if regions and fold(best.name) in regions and not _support(best, regions):
            # "parisbeacon.com" of an article about "Paris" that says no more of where it is:
            # the address says nothing the article does not, and its biggest Paris is no clue
            continue
        if all(best.id != o.id for o in out):
            out.append(best)
    return out


STATE_MIN_LETTERS = 5
STATE_OVER_TOWN_POP = 100_000


@lru_cache(maxsize=64)
def _state_names(gaz: Gazetteer, country: str) -> tuple[tuple[str, Candidate], ...]:
    """The first-level divisions of a country by their main name written as one word
    ("newmexico"), longest first."""
    iso2 = gaz.iso2(country)
    rows = gaz.divisions(iso2) if iso2 else ()
    named = [(fold(c.name).replace(" ", ""), c) for c in rows if c.main]
    return tuple(sorted(((n, c) for n, c in named if len(n) >= STATE_MIN_LETTERS
                         and n not in _ADDRESS_WORDS), key=lambda t: -len(t[0])))


def _host_state(gaz: Gazetteer, word: str, home: str | None) -> Candidate | None:
    """A first-level division of the source's country (the United States for a generic domain)
    whose name begins or ends the host's word ("nbcmontana", "oregonlive", "floridatoday")."""
    for name, state in _state_names(gaz, home or "USA"):
        if word.startswith(name) or word.endswith(name):
            return state
    return None


def _support(c: Candidate, regions: dict[str, set[Region]] | None) -> int:
    """How many of the article's other names have a reading in the town's division."""
    if not regions:
        return 0
    key, region = fold(c.name), (c.country_iso2, c.admin1)
    return sum(1 for name, held in regions.items() if name != key and region in held)


def _distance(town: Candidate, other: Candidate) -> float:
    """Kilometres from a town to a town found before; 0 inside a country found before."""
    if other.kind == "country":
        return 0.0 if town.country == other.country else float("inf")
    return km(town, other)
