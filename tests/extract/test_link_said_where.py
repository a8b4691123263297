"""Probes of the place of a statement stated in its own sentence (``event_places.said_where``,
``link``): the place of the saying ("said in Brussels", "In Moscow, a spokesman said", "A
spokesman in Kabul rejected", "The embassy in Dhaka urged"), never a place of what is said,
asked for or condemned, its object or its content ("condemned the attack on Kenscoff", "accused
the army of shelling Goma", "said reinforcements would be sent to Hiiraan"): a topic is not
where the speaker was. Neighbours: the same sentences with a place of the saying, and acts
that are no statements (an arrest, a shelling), which keep their place."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
TOPICS = [
    ("The council condemned the attack on Kenscoff.", "ACCUSE", "condemned", []),
    ("The minister accused the army of shelling Goma.", "ACCUSE", "accused", []),
    ("The minister condemned the raid and said reinforcements would be sent to Hiiraan.",
     "ACCUSE", "condemned", []),
    ("The minister appealed for tents, saying about 900 people had fled toward Macomia.",
     "REQUEST", "appealed", []),
    ("The opposition leader accused the government of losing control of Punjab.", "ACCUSE",
     "accused", []),
    ("The ministry rejected the criticism and said Kosovo was an internal matter.", "REJECT",
     "rejected", []),
    ("The ministry demanded the release of two organisers detained in Gazipur.", "REQUEST",
     "demanded", []),
    ("The senator urged the army to withdraw from Tartus.", "REQUEST", "urged", []),
    ("The bishop called for an inquiry into the killings in Tumaco.", "REQUEST", "called for",
     []),
    ("Rebel leaders threatened to march on Kinshasa.", "THREATEN", "threatened", []),
    ("The president denied that troops had crossed into Tajikistan.", "REJECT", "denied", []),
    ("The president blamed the militia for the bombing of a market in Maiduguri.", "ACCUSE",
     "blamed", []),
]
SAYINGS = [
    ("The minister said in Brussels that she was worried and urged both sides to talk.",
     "REQUEST", "urged", ["Brussels"]),
    ("In Moscow, a spokeswoman condemned the expulsions.", "ACCUSE", "condemned", ["Moscow"]),
    ("A Taliban spokesman in Kabul rejected the accusation.", "REJECT", "rejected", ["Kabul"]),
    ("The US embassy in Dhaka urged the authorities to respect the right to protest.",
     "REQUEST", "urged", ["Dhaka"]),
    ("Speaking in Geneva, the envoy accused the army of shelling Goma.", "ACCUSE", "accused",
     ["Geneva"]),
    ("The minister told reporters in Lima that he rejected the demand.", "REJECT", "rejected",
     ["Lima"]),
    ("Student assemblies in Kragujevac called for a march.", "REQUEST", "called for",
     ["Kragujevac"]),
    ("Gunmen attacked a market in Maiduguri on Friday.", "ASSAULT", "attacked", ["Maiduguri"]),
    ("Police arrested two organisers in Gazipur on Monday.", "COERCE", "arrested",
     ["Gazipur"]),
    ("Rebels shelled the outskirts of Goma on Sunday.", "ASSAULT", "shelled", ["Goma"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), TOPICS + SAYINGS)
def test_a_statement_is_placed_where_it_was_said_not_at_its_topic(pipeline, text, kind,
                                                                   trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
