"""ACLED labels only where consistent with the PLOVER type and mode
(``sitrep.extract.events.case.rules``: ``ACLED_ALLOWED``): one table, walked here for every PLOVER type, PLOVER mode and
auxiliary mode, and probes on made-up sentences with the real model."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from sitrep.extract.events.case import rules as acled
from sitrep.extract.events.case.rules import CASE_TO_ACLED
from sitrep.extract.events.lexicon import ACLED_SUB_TO_TYPE, triggers
from sitrep.records import Article

# PLOVER 2.0 types and modes (ONTOLOGY.md)
PLOVER_MODES = {
    "AGREE": [], "CONSULT": ["visit", "third-party", "multilateral", "phone"], "SUPPORT": [],
    "CONCEDE": [], "COOPERATE": [], "AID": [],
    "RETREAT": ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
    "REQUEST": ["assist", "change", "yield", "meet"], "REJECT": ["assist", "change", "yield", "meet"],
    "ACCUSE": ["disapprove", "investigate", "allege"],
    "THREATEN": ["restrict", "arrest", "relations", "expel", "territory", "violence"],
    "PROTEST": ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
    "SANCTION": ["convict", "expel", "withdraw", "discontinue"],
    "MOBILIZE": ["troops", "weapons", "police", "militia"],
    "COERCE": ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"],
    "ASSAULT": ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"],
}
AUX = [(), ("historical",), ("future",), ("hypothetical",), ("negated",), ("historical", "future")]
LABELS = [(t, s) for s, t in ACLED_SUB_TO_TYPE.items()] + [(t, None) for t in
                                                           set(ACLED_SUB_TO_TYPE.values())]
FAMILIES = {  # ACLED event types each PLOVER type may fall under (what ACLED codes at all)
    "ASSAULT": {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                "Riots", "Strategic developments"},
    "PROTEST": {"Protests", "Riots"},
    "COERCE": {"Battles", "Protests", "Strategic developments"},
    "MOBILIZE": {"Strategic developments"},
    "RETREAT": {"Battles", "Strategic developments"},
    "AGREE": {"Strategic developments"},
}
NEVER = {  # sub-event types that contradict the PLOVER type
    "ASSAULT": {"Peaceful protest", "Protest with intervention", "Agreement", "Arrests",
                "Change to group/activity", "Headquarters or base established",
                "Non-violent transfer of territory"},
    "COERCE": {"Armed clash", "Peaceful protest", "Agreement", "Change to group/activity"},
    "RETREAT": {"Armed clash", "Arrests", "Looting/property destruction", "Disrupted weapons use"},
    "MOBILIZE": {"Arrests", "Agreement", "Looting/property destruction"},
    "AGREE": {"Arrests", "Change to group/activity", "Other"},
}
COMBINATIONS = [(plover, mode, aux) for plover, modes in PLOVER_MODES.items()
                for mode, aux in itertools.product([None, *modes], AUX)]


@pytest.mark.parametrize(("plover", "mode", "aux"), COMBINATIONS,
                         ids=[f"{p}-{m}-{'+'.join(a) or 'real'}" for p, m, a in COMBINATIONS])
def test_every_type_and_mode_gets_only_an_acled_label_allowed_for_it(plover, mode, aux) -> None:
    for label in LABELS:
        event_type, sub = acled.choose_acled(plover, mode, list(aux), label)
        if event_type is None:
            assert sub is None
            continue
        assert not set(aux) & {"future", "hypothetical", "negated"}  # ACLED codes what happened
        assert event_type in FAMILIES.get(plover, set())  # statements get none
        if sub is not None:
            assert ACLED_SUB_TO_TYPE[sub] == event_type
            assert sub not in NEVER.get(plover, set())
            assert sub in acled.acled_allowed(plover, mode, list(aux))


def test_background_events_keep_their_label_they_happened() -> None:
    label = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert acled.choose_acled("ASSAULT", "heavy-weapons", ["historical"], label) == label


def test_the_first_consistent_proposal_wins_and_the_lexicons_default_is_the_fallback() -> None:
    classifier = ("Protests", "Peaceful protest")
    lexicon = ("Violence against civilians", "Attack")
    assert acled.choose_acled("ASSAULT", "targeted", [], classifier, lexicon) == lexicon
    assert acled.choose_acled("PROTEST", "demo", [], classifier, lexicon) == classifier
    assert acled.choose_acled("THREATEN", None, [], classifier, lexicon) == (None, None)


def test_every_default_label_of_the_trigger_lexicon_is_allowed_for_its_own_row() -> None:
    rows = [row for rows in triggers().values() for row in rows]
    assert rows
    for row in rows:
        assert acled.acled_consistent(row.plover, row.mode, [], (row.acled_type, row.acled_sub)), row


def test_every_label_of_the_sentence_classifier_fits_some_plover_type() -> None:
    for label in CASE_TO_ACLED.values():
        assert any(acled.acled_consistent(p, None, [], label) for p in PLOVER_MODES), label


NONE = None
PROBES = [
    # did not happen (yet): no ACLED label, whatever the type
    ("Rebels did not attack the army base on Monday.", "attack", NONE),
    ("Rebels never attacked the convoy, the army said.", "attacked", NONE),
    ("The army plans to shell the rebel-held town next week.", "shell", NONE),
    ("Police could arrest the opposition leaders.", "arrest", NONE),
    ("The militia threatened to attack the village.", "threatened", NONE),
    ("The rebels will release the hostages on Friday.", "release", NONE),
    ("Officials feared that gangs might loot the shops.", "loot", NONE),
    ("The army will deploy two more brigades to the border next month.", "deploy", NONE),
    ("Protesters may riot if the verdict is upheld.", "riot", NONE),
    # an assassination at a rally is no protest
    ("Gunmen assassinated the opposition leader at a peaceful rally in the capital.",
     "assassinated", {"Violence against civilians", "Battles"}),
    ("Unknown attackers shot dead a journalist during a peaceful march in the city.", "shot",
     {"Violence against civilians", "Battles", None}),
    # near neighbours: acts that happened keep a label of their family
    ("Rebels attacked the army base on Monday.", "attacked", {"Battles"}),
    ("The army shelled the rebel-held town on Sunday.", "shelled", {"Explosions/Remote violence"}),
    ("Warplanes bombed the market on Sunday.", "bombed", {"Explosions/Remote violence"}),
    ("In 1994 rebels shelled the capital for three days.", "shelled",
     {"Explosions/Remote violence"}),
    ("Police arrested the opposition leaders on Tuesday.", "arrested", {"Strategic developments"}),
    ("Thousands of students protested peacefully in the capital.", "protested", {"Protests"}),
    ("Gangs looted the shops in the market on Saturday.", "looted", {"Strategic developments"}),
    ("The gunmen shot the mayor twice outside his office on Monday.", "shot",
     {"Violence against civilians"}),
]


@pytest.mark.parametrize(("text", "trigger", "families"), PROBES,
                         ids=[f"{t}-{'none' if f is None else 'label'}" for _, t, f in PROBES])
def test_acled_labels_of_made_up_sentences(pipeline, text, trigger, families) -> None:
    article = Article(text=text, published=dt.date(2021, 3, 2), language="en")
    events = pipeline.process(article).events
    mine = [e for e in events if trigger in e.trigger.text]
    assert mine, [(e.plover_type, e.trigger.text) for e in events]
    for event in events:  # every label is one its event may carry
        assert acled.acled_consistent(event.plover_type, event.plover_mode, event.modes,
                                   (event.acled_event_type, event.acled_sub_event_type))
    for event in mine:
        if families is None:
            assert event.acled_event_type is None and event.acled_sub_event_type is None
        else:
            assert event.acled_event_type in families
