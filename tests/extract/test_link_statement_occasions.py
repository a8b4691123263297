"""Probes of where a statement was made when the text names the occasion it was made at ("at a
news conference in Lima", "in a speech in Basra", "in a televised address in Caracas", "in a
statement issued in Vienna") or the speaker's gathering ("ministers meeting in Rome urged"),
through nested phrases (``event_places.said_where``). Neighbours: places of what is said, of
the act's object or of a topic stay out. Made-up sentences, not from any data set."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
OCCASIONS = [
    ("The foreign minister, speaking at a press conference in Lima, accused Quito of "
     "harbouring the smugglers.", "ACCUSE", "accused", ["Lima"]),
    ("In a televised address in Tehran, the president warned that any attack would be "
     "answered.", "THREATEN", "warned", ["Tehran"]),
    ("The militia's commander warned in a speech in Basra that his men would fight on.",
     "THREATEN", "warned", ["Basrah"]),
    ("The exiled opposition, in a statement issued in Vienna, condemned the arrests.",
     "ACCUSE", "condemned", ["Vienna"]),
    ("At a rally in Kano, the governor accused the federal police of negligence.", "ACCUSE",
     "accused", ["Kano"]),
    ("The prime minister, speaking at a summit in Nairobi, called on the rebels to disarm.",
     "REQUEST", "called on", ["Nairobi"]),
    ("The foreign ministers, meeting in Rome, urged both sides to respect the truce.",
     "REQUEST", "urged", ["Rome"]),
    ("Regional leaders gathered in Accra condemned the coup.", "ACCUSE", "condemned",
     ["Accra"]),
    ("During a news conference in Hanoi, the minister rejected the accusation.", "REJECT",
     "rejected", ["Hanoi"]),
    ("The army chief denied the reports in an interview in Islamabad.", "REJECT", "denied",
     ["Islamabad"]),
    ("The envoy, addressing a news briefing in Geneva, urged the warring parties to talk.",
     "REQUEST", "urged", ["Geneva"]),
    ("In a radio interview in Caracas, the president accused Bogota of plotting a coup.",
     "ACCUSE", "accused", ["Caracas"]),
]
# neighbours: the place of what is said, of the object or of a topic is not where it was said
TOPICS = [
    ("The minister condemned the attack on the market in Kadugli.", "ACCUSE", "condemned",
     []),
    ("In a statement, the ministry accused the rebels of shelling villages in Kivu.",
     "ACCUSE", "accused", []),
    ("The president, in a speech about the floods in Sindh, urged donors to help.",
     "REQUEST", "urged", []),
    ("The envoy called on the rebels to release the hostages held in Gao.", "REQUEST",
     "called on", []),
    ("The minister denied a report about abuses at a prison in Tikrit.", "REJECT", "denied",
     []),
]
# an office's remit ("the envoy for Yemen", "the ambassador to Chad") is not where its holder
# spoke; a place of the speaker's seat is ("the spokesman in Kabul")
REMITS = [
    ("The UN relief coordinator for Yemen condemned the air strike.", "ACCUSE", "condemned",
     []),
    ("The EU special representative for Kosovo urged both sides to show restraint.",
     "REQUEST", "urged", []),
    ("The French ambassador to Chad rejected the accusation.", "REJECT", "rejected", []),
    ("The UN envoy for Libya, speaking to reporters in Tunis, called on the factions to talk.",
     "REQUEST", "called on", ["Tunis"]),
    ("A Taliban spokesman in Kabul denied the report.", "REJECT", "denied", ["Kabul"]),
    ("The Red Cross office in Goma called on the rebels to free the nurses.", "REQUEST",
     "called on", ["Goma"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), OCCASIONS + TOPICS + REMITS)
def test_a_statements_occasion_places_it(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
