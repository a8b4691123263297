"""The places extractor's scan for bare proper nouns reads the token arrays; it finds exactly the
runs that looking at every Token finds."""

from __future__ import annotations

import pytest

from sitrep.extract.places.extractor import bare_proper_nouns
from sitrep.nlp.model import get_nlp


def _plain_runs(doc, taken):
    """The loop as written before the array scan: a Token for every word."""
    out, i = [], 0
    while i < len(doc):
        t = doc[i]
        if t.i in taken or t.ent_type_ or not (t.pos_ == "PROPN" and t.text[:1].isupper()):
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper() \
                and doc[j + 1].i not in taken and not doc[j + 1].ent_type_ and j - i < 3:
            j += 1
        out.append((i, j, doc[i].idx, doc[j].idx + len(doc[j])))
        i = j + 1
    return out


def test_bare_proper_noun_runs_equal_those_of_a_token_loop():
    from conftest import news_texts

    texts = ["Fighting near Khan Shaykhun Tal Rifaat Old Town and in Mosul, said Abu Bakr al Omar."]
    texts += news_texts(25, 3000)
    runs = 0
    for doc in get_nlp().pipe(texts):
        taken = set(range(0, len(doc), 3))  # words other mentions took
        for chosen in (set(), taken):
            fast = bare_proper_nouns(doc, chosen)
            assert fast == _plain_runs(doc, chosen)
            runs += len(fast)
    assert runs > 50


@pytest.mark.parametrize("url,iso3", [
    ("https://www.thecourier.co.uk/news/local/1", "GBR"), ("http://nzherald.co.nz/a", "NZL"),
    ("https://www.cbc.ca/news", "CAN"), ("www.irishtimes.ie/x", "IRL"),
    ("https://www.theherald.com.au/story/1/", "AUS"), ("https://example.com/a", None),
    ("https://news.example.tv/a", None), ("https://europa.eu/x", None), (None, None),
    ("not a url", None)])
def test_home_country_is_read_from_the_country_code_domain(url, iso3):
    from sitrep.extract.places.rules import home_country

    assert home_country(url) == iso3


def test_lower_case_words_equal_those_of_a_token_loop():
    from conftest import news_texts
    from sitrep.extract.places.extractor import lower_case_words

    texts = ["the İstanbul police SAID a man was shot in the e-mail's U.S. part; iPhone ǅ word"]
    texts += news_texts(25, 3000)
    words = 0
    for doc in get_nlp().pipe(texts):
        for _ in range(2):  # read anew and remembered
            fast = lower_case_words(doc)
            assert sorted(fast) == sorted({t.text for t in doc if t.is_lower})
        words += len(fast)
    assert words > 1000


def test_team_towns_equal_a_search_for_every_team():
    """The towns of the teams an article names are those of a regex search for every team."""
    import re

    from conftest import news_texts
    from sitrep.extract.places.names import lexicon_target
    from sitrep.extract.places.rules import team_towns
    from sitrep.resources import read_tsv
    from sitrep.resources.gazetteer import get_gazetteer
    from sitrep.resources.gazetteer_build import fold

    gaz = get_gazetteer()
    rows = read_tsv("sports_teams.tsv")
    texts = [f"The {r['team']} beat the visitors in {r['place']}." for r in rows[::7]]
    texts += ["Portland Trail Blazersville and the New York Knicks' coach", "Trail Blazers Portland"]
    texts += news_texts(60, 4000)
    found = 0
    for text in texts:
        plain: dict[str, int] = {}
        for r in rows:
            if r["place"] in text and re.search(r"\b" + re.escape(r["team"]) + r"\b", text):
                town = lexicon_target(gaz, r["target"], "city")
                if town is not None:
                    plain.setdefault(fold(r["place"]), town.id)
        fast = [(k, c.id) for k, c in team_towns(gaz, text).items()]
        assert fast == list(plain.items())
        found += len(fast)
    assert found >= len(rows[::7]) // 2
