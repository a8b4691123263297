"""The claim extractor's array scans find exactly what looking at every Token finds."""

from __future__ import annotations

from sitrep.extract.claims import links as claim_links
from sitrep.extract.claims.links import Mention, _outcome, find_triggers, mentions
from sitrep.extract.claims.outcomes.cues import (
    HARMS,
    patient_of_people_verb,
    state_outcome,
    subject_state,
    suffers_injury,
)
from sitrep.extract.claims.victims import category_of, is_people, is_thing, listed_person
from sitrep.nlp.model import get_nlp

_TEXTS = ["According to police, no one was hurt, but a soldier and another civilian were "
          "killed; Ahmed Ali was arrested and none were wounded. There were no reports of "
          "casualties. He blew himself up, leaving home; two were shot dead and 30 people were "
          "gunned down, police SAID. The death toll rose to 12, with no casualties among the 40 "
          "detained."]


def _docs():
    from conftest import news_texts

    return get_nlp().pipe(_TEXTS + news_texts(25, 3000))


# verbs whose named subject suffers them ("John Roe died", "John Roe went missing")
_UNDERGOES = ("die", "perish", "succumb", "drown", "disappear", "vanish")


def _undergoes(verb) -> bool:
    return verb.lemma_ in _UNDERGOES or verb.lemma_ == "go" and verb.i + 1 < len(verb.doc) and (
        verb.nbor(1).lower_ == "missing") or suffers_injury(verb) or (
        subject_state(verb) is not None)


def _pronoun_suffers(verb, triggers) -> bool:
    state = subject_state(verb)
    return state is not None and triggers.get(state.i) in HARMS or suffers_injury(verb) or (
        state is None and _undergoes(verb))


def _plain_mentions(doc, triggers):
    """``mentions`` as it was written before the array scans: every Token looked at."""
    out = []
    covered: set[int] = set()
    for q in claim_links.find_quantities(doc):
        if claim_links._is_age(doc, q) or (q.start > 0 and doc[q.start - 1].lower_ == "no"):
            continue
        counted, via_of = claim_links._counted_noun(doc, q)
        last = doc[q.end - 1]
        direct = None
        after = doc[q.end] if q.end < len(doc) else None
        if after is not None and after.i in triggers and after.head.i == last.i and (
                after.pos_ in ("ADJ", "VERB")):
            counted, direct = None, after  # "Two dead, five hurt"
        elif counted is not None and counted.i in triggers and (
                counted.pos_ in ("NOUN", "ADJ") or counted.tag_ == "VBN" or not via_of):
            direct, counted = counted, None
        elif counted is None and last.head.i in triggers and last.dep_ in ("nummod", "quantmod"):
            direct = last.head
        if counted is not None and counted.lemma_.lower() in claim_links.CASE_WORDS:
            direct = next((p for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.i in triggers), None)
            if direct is None:
                continue  # "12 cases of cholera"; "12 cases of abduction" count people
            counted = None
        if counted is not None:
            if is_thing(counted) or not (claim_links._people_word(counted) or (
                    patient_of_people_verb(counted, triggers, claim_links.lexicon_verbs()))):
                continue
        if q.vague and counted is None and direct is None and q.vague.lower() in (
                "some", "many", "few", "a few", "several", "multiple", "numerous"):
            nxt = doc[q.end] if q.end < len(doc) else None
            if nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and not is_people(nxt):
                continue
        anchor = counted if counted is not None and not via_of else last
        covered.update(range(q.start, q.end))
        if counted is not None:
            covered.add(counted.i)
        out.append(Mention(anchor, q.start, q.end, q.low, q.high, q.approx, q.vague,
                           q.vague_low, counted=counted, direct=direct))
    for tok in doc:
        if tok.i in covered or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        dets = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an", "another")]
        if dets and category_of(tok) is not None:
            start = min(c.i for c in dets)
            out.append(Mention(tok, start, tok.i + 1, 1, 1, counted=tok, single=True))
            continue
        listed = tok.dep_ == "conj" and tok.pos_ == "PROPN" and listed_person(tok)
        corpse = tok.dep_ == "poss" and triggers.get(tok.head.i) == "killed" and (
            tok.head.lemma_.lower() in ("body", "corpse"))
        if tok.ent_type_ == "PERSON" and (tok.dep_ in ("nsubjpass", "dobj") or (
                tok.dep_ == "nsubj" and _undergoes(tok.head)) or corpse) or listed:
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            if ent is None and listed:
                ent = doc[min([t.i for t in tok.lefts if t.dep_ == "compound"] + [tok.i]):tok.i + 1]
            if ent is None or ent.root.i in covered:
                continue
            covered.update(range(ent.start, ent.end))
            out.append(Mention(ent.root, ent.start, ent.end, 1, 1, counted=ent.root, named=True))
    for tok in doc:
        if tok.lower_ in ("he", "she") and tok.dep_ == "nsubj" and _pronoun_suffers(
                tok.head, triggers) and tok.i not in covered:
            out.append(Mention(tok, tok.i, tok.i + 1, 1, 1, counted=tok, single=True))
    for tok in doc:
        if tok.lower_ in ("nobody", "none") or (tok.lower_ == "one" and tok.i > 0
                                                 and doc[tok.i - 1].lower_ == "no"):
            start = tok.i - 1 if tok.lower_ == "one" else tok.i
            out.append(Mention(tok, start, tok.i + 1, 0, 0, denial=True))
        elif tok.lower_ == "no" and tok.dep_ == "det":
            head = tok.head
            target = head if head.i in triggers else None
            if target is None and head.lemma_.lower() in ("report", "sign", "word", "news"):
                for t in head.subtree:
                    if t.i in triggers and t.pos_ == "NOUN":
                        target = t
            if target is not None:
                out.append(Mention(target, tok.i, target.i + 1, 0, 0, direct=target,
                                   denial=True))
    out.sort(key=lambda m: m.start)
    return out


def _key(m: Mention) -> tuple:
    def i(tok):
        return None if tok is None else tok.i

    return (i(m.anchor), m.start, m.end, m.low, m.high, m.approx, m.vague, m.vague_low,
            i(m.counted), i(m.direct), m.named, m.single, m.denial)


def test_trigger_candidates_hold_every_token_with_an_outcome():
    found = 0
    for doc in _docs():
        plain = {tok.i: _outcome(tok) for tok in doc if _outcome(tok)}
        plain.update({tok.i: state_outcome(tok) for tok in doc if state_outcome(tok)})
        assert find_triggers(doc) == plain
        found += len(plain)
    assert found > 100


def test_mentions_from_the_arrays_equal_mentions_from_every_token():
    kinds: set[str] = set()
    for doc in _docs():
        triggers = find_triggers(doc)
        fast = [_key(m) for m in mentions(doc, triggers)]
        assert fast == [_key(m) for m in _plain_mentions(doc, triggers)]
        kinds.update(k for m in mentions(doc, triggers) for k in ("named", "single", "denial")
                     if getattr(m, k))
    assert kinds == {"named", "single", "denial"}


def test_reporting_verbs_and_according_from_the_arrays_equal_a_token_loop():
    from sitrep.extract.claims.attribution import REPORT_VERBS, according, reporting_verbs

    verbs = 0
    for doc in _docs():
        plain = [t.i for t in doc if t.lemma_.lower() in REPORT_VERBS
                 and t.pos_ in ("VERB", "AUX")]
        assert reporting_verbs(doc) == plain
        assert according(doc) == [t.i for t in doc if t.lower_ == "according"]
        verbs += len(plain)
    assert verbs > 50


def test_lemma_scans_read_once_per_doc_equal_a_token_loop():
    """The withheld-figure verbs, the death words and the state cues are found from the lemmas
    read once per doc (``scans.lemma_keys``), as a loop over every token finds them."""
    from sitrep.extract.claims.numbers import Flags
    from sitrep.extract.claims.outcomes.shooting import _DEATH_WORDS, death_words
    from sitrep.extract.claims.withheld import UNDISCLOSED_VERBS
    from sitrep.nlp.scans import lemma_keys

    withholding = Flags(lambda lemma: lemma.lower() in UNDISCLOSED_VERBS)
    seen = {"death": 0, "withheld": 0}
    for doc in [*_docs(), get_nlp()("")]:
        lowers, lemmas, distinct = lemma_keys(doc)
        assert lowers == [t.lower for t in doc] and lemmas == [t.lemma for t in doc]
        assert distinct == frozenset(lemmas) and lemma_keys(doc) is lemma_keys(doc)
        plain = [t.i for t in doc if t.lemma_.lower() in UNDISCLOSED_VERBS]
        assert withholding.lemmas_of(doc) == plain
        deaths = [t.i for t in doc if t.lemma_.lower() in _DEATH_WORDS and not any(
            c.dep_ == "neg" for c in [*t.children, *t.head.children]) and t.tag_ not in (
                "NNS", "VBP")]
        assert [t.i for t in death_words(doc)] == deaths
        seen["death"] += len(deaths)
        seen["withheld"] += len(plain)
    assert seen["death"] > 20 and seen["withheld"] > 20


def test_more_mentions_reads_only_the_words_its_branches_can_take():
    """``more_mentions`` looks at "another", ordinals, "old(s)", proper nouns, adjectives and
    singular common nouns only: the tokens of the arrays' prefilter are those of a token loop."""
    from sitrep.extract.claims.extra import ORDINALS, _may_mention

    words = {"another", "old", "olds", *ORDINALS}
    taken = 0
    for doc in [*_docs(), get_nlp()("")]:
        plain = [t.i for t in doc if t.lower_ in words or t.pos_ in ("PROPN", "ADJ") or (
            t.pos_ == "NOUN" and t.tag_ == "NN")]
        assert _may_mention(doc) == plain
        taken += len(plain)
    assert taken > 500
