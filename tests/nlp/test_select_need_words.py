"""A trigger whose row needs a structure read from the parse, and that structure a word, is no cue
without the word: "look" is an inquiry only as "look into", "order" an expulsion only with "to
leave" (``select_needs.NEED_WORDS``). Sentences with the trigger but without the word are not parsed,
and parsing them finds no event of that row, so nothing is lost; with the word they are parsed.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.select import kinds
from sitrep.pipeline import Pipeline
from sitrep.records import Article

LOOK_WITHOUT_INTO = [
    "The report looks at the smuggling routes along the coast.",
    "Residents looked on as the ferry left the harbour.",
    "The mayor said the town looks forward to the festival.",
    "Analysts are looking for a rebound in prices in the spring.",
    "The new stadium looks much like the old one.",
    "Let us look at the figures for the last decade.",
    "The magazine takes a look at the cartel's finances.",
    "Farmers look after their herds through the winter.",
    "Investors will look to the central bank for guidance.",
    "She looked over her old notes with pride.",
    "The committee is looking ahead to the budget vote.",
    "Tourists looked up at the cathedral's towers.",
]

LOOK_INTO = [
    "The bureau is looking into the shooting at the depot.",
    "Prosecutors will look into the allegations against the mayor.",
    "The ministry said it would look into the complaint.",
    "Inspectors looked into the deaths of two prisoners.",
    "A panel has been set up to look into the bombing of the bridge.",
    "The watchdog looks into misconduct by the city police.",
    "Auditors looked into the disappearance of the funds.",
    "The council agreed to look into the incident at the school.",
    "Detectives are looking into the abduction of the banker.",
    "Lawmakers want the commission to look into the leak.",
]

ORDER_WITHOUT_LEAVE = [
    "The restaurant ordered new chairs for its terrace.",
    "Customers ordered pizza for the match on Sunday.",
    "The books are sorted in alphabetical order on the shelves.",
    "The company ordered three cargo planes from the manufacturer.",
    "The judge restored order in the courtroom after the outburst.",
    "The school ordered textbooks for the new term.",
    "Our family ordered a cake for the wedding.",
    "The names were read out in order of arrival.",
    "He learned the language in order to read the old letters.",
    "The library ordered copies of the novel for its branches.",
    "The hotel ordered fresh flowers for the lobby each morning.",
    "Everything in the warehouse was in good order.",
]

ORDER_TO_LEAVE = [
    "The government ordered the consul to leave the country within two days.",
    "Officials ordered a foreign reporter to leave the territory.",
    "The ministry ordered the attache to leave by Friday.",
    "Authorities have ordered the envoy to leave the capital.",
    "The foreign ministry ordered two diplomats to leave the kingdom.",
    "The president ordered the ambassador to leave.",
    "The cabinet ordered the trade attache to leave the nation within a week.",
    "He was ordered to leave the country by the interior ministry.",
    "The junta ordered the United Nations envoy to leave the republic.",
    "The regime orders foreign diplomats to leave after the vote.",
]


@pytest.mark.parametrize("text", LOOK_WITHOUT_INTO + ORDER_WITHOUT_LEAVE)
def test_trigger_without_the_word_its_need_requires_is_no_cue(text: str) -> None:
    assert "trigger" not in kinds(text)


@pytest.mark.parametrize("text", LOOK_INTO + ORDER_TO_LEAVE)
def test_trigger_with_the_word_its_need_requires_is_a_cue(text: str) -> None:
    assert "trigger" in kinds(text)


def _types(text: str, select_sentences: bool) -> set[tuple[str, str | None]]:
    """The events of "look" and "order" in an article whose second sentence is ``text`` (so
    that it is not the lead, which is always parsed)."""
    pipeline = Pipeline(select_sentences=select_sentences)
    article = Article(text="It was a quiet week in the region. " + text, language="en")
    return {(e.plover_type, e.plover_mode) for e in pipeline.process(article).events
            if e.trigger.text.lower().startswith(("look", "order"))}


def test_the_full_parse_finds_no_inquiry_or_expulsion_where_the_word_is_missing() -> None:
    for text in LOOK_WITHOUT_INTO + ORDER_WITHOUT_LEAVE:
        assert _types(text, select_sentences=False) == set(), text


def test_selection_keeps_every_inquiry_and_expulsion_the_full_parse_finds() -> None:
    found = []
    for text in LOOK_INTO + ORDER_TO_LEAVE:
        full = _types(text, select_sentences=False)
        assert _types(text, select_sentences=True) == full, text
        found.append(full)
    assert sum(("ACCUSE", "investigate") in f for f in found[:len(LOOK_INTO)]) >= 8, found
    assert sum(("SANCTION", "expel") in f for f in found[len(LOOK_INTO):]) >= 6, found
