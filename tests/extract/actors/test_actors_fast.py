"""The actor lexicon's scan (words found once, folded and looked up from memory, offsets read
only once a mention is found) finds what the scan over (start, end, word) tuples found."""

from __future__ import annotations

from sitrep.extract.actors.lexicon import MAX_WORDS, Mention, _key, get_matcher, tokens
from sitrep.resources.countries import fold


def _plain_find(matcher, text, kinds=None):
    """``Matcher.find`` as written before: every word tried, every phrase looked up anew."""
    toks = tokens(text)
    folded_all = [fold(t[2]) for t in toks]
    prefixes = matcher._prefixes()
    out, i = [], 0
    while i < len(toks):
        found = None
        limit = min(MAX_WORDS, len(toks) - i)
        longest = 1
        while longest < limit and tuple(folded_all[i:i + longest]) in prefixes:
            longest += 1
        for n in range(longest, 0, -1):
            entry = matcher.lookup([t[2] for t in toks[i:i + n]], folded_all[i:i + n])
            if entry is not None and (kinds is None or entry.kind in kinds):
                found = (n, entry)
                break
        if found is None:
            i += 1
            continue
        n, entry = found
        start, end = toks[i][0], toks[i + n - 1][1]
        if entry.kind == "surname" and not matcher._standalone(text, toks, i, n):
            i += 1
            continue
        surface = text[start:end]
        if surface.endswith("'s") or surface.endswith("\u2019s"):
            if entry.kind != "title" and _key(surface)[-1:] not in matcher.table:
                end -= 2
                surface = text[start:end]
        out.append(Mention(start, end, surface, entry))
        i += n
    return out


def test_matcher_find_equals_the_plain_scan_on_news_text():
    from conftest import news_texts

    matcher = get_matcher()
    texts = ["Putin\u2019s envoy met Jean-Philippe Lavrov's aides and U.S. Lt. Gen. Smith; "
             "Zelensky Said that Zelenskyy\u2019s army, NATO and the UN's chief were in Kyiv."]
    texts += news_texts(15, 3000)
    found = 0
    for text in texts:
        for kinds in (None, {"person", "title"}):
            mentions = matcher.find(text, kinds)
            assert mentions == _plain_find(matcher, text, kinds)
            found += len(mentions)
    assert found > 200


def test_matcher_find_remembers_a_text_and_gives_each_caller_its_own_list():
    from conftest import news_texts

    matcher = get_matcher()
    for text in news_texts(5, 2000):
        for kinds in (None, {"person", "title"}, {"title"}):
            first = matcher.find(text, kinds)
            assert first == _plain_find(matcher, text, kinds)
            first.clear()  # a caller that empties its list does not empty the next one's
            again = matcher.find(text, set(kinds) if kinds else None)
            assert again == _plain_find(matcher, text, kinds)
    # another set of kinds is another question
    text = "Foreign Minister Sergei Lavrov met NATO officials in Brussels."
    assert matcher.find(text, {"title"}) != matcher.find(text)


def _plain_place_names(doc):
    """``found.place_names`` as written with a Token for every proper noun."""
    from sitrep.extract.actors.found import LOCATIVE

    names = [ent.text for ent in doc.ents if ent.label_ == "GPE"]
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ == "GPE":
            continue
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ in LOCATIVE:
            names.append(token.text)
    return names


def test_place_names_from_the_arrays_equal_a_token_loop():
    from conftest import news_texts
    from sitrep.extract.actors.found import place_names
    from sitrep.nlp.model import get_nlp

    texts = ["Fighting spread around Lyon and Grenoble, from Kano to Jos and into Chad."]
    found = 0
    for doc in [*get_nlp().pipe(texts + news_texts(40, 3000)), get_nlp()("")]:
        names = place_names(doc)
        assert names == _plain_place_names(doc)
        found += len(names)
    assert found > 50
