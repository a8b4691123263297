"""One event per happening: merging duplicate triggers, dropping abstract nouns that are only
the topic of another event, and confidence from support (``sitrep.extract.events.merge``)."""

from __future__ import annotations


def _events(pipeline, text, published="2020-10-05"):
    import datetime as dt

    from sitrep.records import Article

    article = Article(text=text, published=dt.date.fromisoformat(published), language="en")
    return pipeline.process(article).events


def _types(events):
    return sorted(e.plover_type for e in events)


def test_verb_and_its_nominal_subject_of_one_type_are_one_event(pipeline):
    events = _events(pipeline, "A truce was signed in 1994 by the two governments.")
    assert _types(events) == ["AGREE"]


def test_noun_and_its_relative_clause_verb_are_one_event_with_the_recipients(pipeline):
    events = _events(pipeline, "The ministers condemned Monday's attacks which targeted "
                               "civilians in the capital.")
    assaults = [e for e in events if e.plover_type == "ASSAULT"]
    assert len(assaults) == 1
    assert any("civilian" in r.text for r in assaults[0].recipients)
    assert [e.plover_type for e in events].count("ACCUSE") == 1


def test_abstract_noun_as_object_of_a_condemnation_is_its_topic_not_an_event(pipeline):
    events = _events(pipeline, "The foreign ministers condemned the escalation of unprecedented "
                               "and dangerous violence.")
    assert _types(events) == ["ACCUSE"]


def test_abstract_noun_with_a_casualty_figure_of_its_own_is_an_event(pipeline):
    events = _events(pipeline, "The war that left 30,000 dead ended in 1994.")
    assert "ASSAULT" in _types(events)


def test_abstract_noun_with_its_own_actor_is_an_event(pipeline):
    events = _events(pipeline, "Witnesses reported violence by police against protesters in "
                               "Lagos.")
    assert "ASSAULT" in _types(events)


def test_purpose_infinitive_without_participants_is_not_an_event(pipeline):
    events = _events(pipeline, "The council adopted new rules in an effort to prevent fraud.")
    assert "COERCE" not in _types(events)


def test_two_happenings_of_one_type_with_their_own_subjects_stay_two(pipeline):
    events = _events(pipeline, "Rebels attacked a convoy on Monday and the army attacked "
                               "their camp on Tuesday.")
    assert _types(events) == ["ASSAULT", "ASSAULT"]


def test_confidence_is_higher_with_an_actor_and_a_verbal_trigger(pipeline):
    strong = _events(pipeline, "Turkish troops shelled the village of Tal Abyad on Sunday.")
    weak = _events(pipeline, "There were reports of shelling.")
    assert strong and weak
    assert max(e.confidence for e in strong) > max(e.confidence for e in weak)
    assert all(0.0 < e.confidence < 1.0 for e in strong + weak)


def test_casualty_support_skipped_only_in_sentences_without_a_figure(pipeline):
    from conftest import news_texts
    from sitrep.extract.events import extractor as events
    from sitrep.extract.events import merge as event_merge
    from sitrep.records import Event, Evidence

    texts = ["Clashes left 12 people dead and dozens wounded.", "Talks resumed on Monday."]
    texts += [s for t in news_texts(40) for s in t.split(". ")]
    counted = skipped = 0
    for doc in pipeline.nlp.pipe(texts):
        figures = event_merge.may_count_casualties(doc)
        assert figures == bool(doc.to_array(events.ARRAYS)[:, 3].any())  # as events reads it
        skipped += not figures
        for token in doc:
            event = Event(evidence=Evidence(0, len(doc.text), doc.text),
                          trigger=Evidence(token.idx, token.idx + len(token), token.text),
                          plover_type="ASSAULT")
            full = event_merge.own_support(token, event, 0, [])
            assert event_merge.own_support(token, event, 0, [], figures) == full
            counted += "casualties" in full
    assert counted > 20 and skipped > 50, (counted, skipped)


def test_places_outside_a_phrase_never_support_it(pipeline):
    from conftest import news_texts
    from sitrep.extract.events import merge as event_merge
    from sitrep.records import Event, Evidence, Place

    texts = ["Troops shelled Aleppo and Idlib, and fighting in Homs left 12 dead."]
    texts += [s for t in news_texts(80) for s in t.split(". ")]
    supported = 0
    for doc in pipeline.nlp.pipe(texts):
        places = [Place(text=t.text, evidence=Evidence(100 + t.idx, 100 + t.idx + len(t), t.text),
                        name=t.text) for t in doc if t.pos_ == "PROPN"]
        for token in doc:
            event = Event(evidence=Evidence(100, 100 + len(doc.text), doc.text),
                          trigger=Evidence(100 + token.idx, 100 + token.idx + len(token),
                                           token.text), plover_type="ASSAULT")
            low, high = event_merge._subtree_range(token, 100)
            near = [p for p in places if low <= p.evidence.start and p.evidence.end <= high]
            full = event_merge.own_support(token, event, 100, places)
            assert event_merge.own_support(token, event, 100, near) == full
            supported += "place" in full
    assert supported > 100


def test_a_number_below_a_word_is_the_scan_of_its_phrase(pipeline) -> None:
    from sitrep.extract.events import merge as event_merge

    texts = ["Gunmen killed 12 villagers and wounded 30 more near Varnek on 3 May.",
             "The army said two soldiers died when their convoy of 4 trucks was hit.",
             "Police arrested the suspect; nobody was hurt.",
             "Some 2,000 people marched, and 15 of them were detained by police in 2019."]
    checked = 0
    for doc in pipeline.nlp.pipe(texts):
        for token in doc:
            assert event_merge.number_below(token) == any(t.like_num for t in token.subtree)
            checked += event_merge.number_below(token)
    assert checked >= 10
