"""Probes of organised bodies named only by a generic head noun ("the federation", "the
association", "the confederation", "the syndicate", "the guild", "the forum"; ``kinds.BODY_HEADS``)
and of the people and bodies spelled the British way ("organisers", "organisation"): they are the
actor or recipient of what they do or suffer, where before they were no participant at all ("The
federation denied receiving money": no actor), because the actor lexicon gives such a noun no
sector and the WordNet lists spell "organizer". Neighbours: a body noun that names a thing or a
command ("the council chamber", "an order") stays no party, and bodies the lexicon knows keep
their reading."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import check_participant_texts, has_word, participant_texts

# (text, PLOVER type, actor words, recipient words): each word in some participant's text
BODIES = [
    ("The federation rejected the new wage offer on Monday.", "REJECT", ["federation"], []),
    ("The association accused the mayor of ignoring its members.", "ACCUSE",
     ["association"], ["mayor"]),
    ("The confederation urged the government to lift the fuel tax.", "REQUEST",
     ["confederation"], ["government"]),
    ("The syndicate denied paying bribes to customs officials.", "REJECT", ["syndicate"], []),
    ("The alliance threatened to block the highways if fuel prices rose.", "THREATEN",
     ["alliance"], []),
    ("The guild demanded compensation from the city for the lost stalls.", "REQUEST",
     ["guild"], []),
    ("The association whose members were arrested denied any wrongdoing.", "REJECT",
     ["association"], []),
    ("The federation accused the police of beating its members.", "ACCUSE",
     ["federation"], ["police"]),
    ("The federations rejected the government's proposal on pensions.", "REJECT",
     ["federations"], []),
    ("The associations called on the minister to resign over the scandal.", "REQUEST",
     ["associations"], ["minister"]),
    ("The forum demanded the release of the detained journalists.", "REQUEST", ["forum"], []),
    ("The confederation condemned the killing of two of its organisers.", "ACCUSE",
     ["confederation"], []),
    ("The police raided the offices of the federation and arrested its treasurer.", "COERCE",
     ["police"], []),
    ("Organisers accused the police of blocking the route of the march.", "ACCUSE",
     ["Organisers"], ["police"]),
    ("The organisers rejected the city's offer of a smaller venue.", "REJECT",
     ["organisers"], []),
    ("The organiser of the rally denied receiving money from abroad.", "REJECT",
     ["organiser"], []),
    ("A local organisation accused the army of burning homes in the valley.", "ACCUSE",
     ["organisation"], ["army"]),
    ("Two organisations urged the authorities to reopen the border crossing.", "REQUEST",
     ["organisations"], ["authorities"]),
    ("A charity organization accused the militia of looting the warehouse.", "ACCUSE",
     ["organization"], ["militia"]),
]

# neighbours: who was a participant before stays one
KEEP = [
    ("The union accused the governor of lying about the pension fund.", "ACCUSE",
     ["union"], ["governor"]),
    ("The city council rejected the company's request for a permit.", "REJECT",
     ["council"], []),
    ("The organizers accused the police of blocking the route.", "ACCUSE",
     ["organizers"], ["police"]),
]


def _events(pipeline, text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return participant_texts(pipeline, text, kind, dt.date(2023, 3, 14))


@pytest.mark.parametrize(("text", "kind", "actors", "recipients"), BODIES + KEEP)
def test_a_body_named_by_a_generic_noun_is_a_participant(pipeline, text, kind, actors,
                                                         recipients):
    check_participant_texts(pipeline, text, kind, actors, recipients, dt.date(2023, 3, 14))


@pytest.mark.parametrize(("text", "kind", "word"), [
    ("Shells hit the council chamber and the federation's office on Monday.", "ASSAULT",
     "chamber"),
    ("The court issued an order banning the federation's march.", "COERCE", "order"),
    ("The report accused the government of neglecting the poor.", "ACCUSE", "report"),
])
def test_a_thing_or_a_document_stays_no_actor(pipeline, text, kind, word):
    found = _events(pipeline, text, kind)
    assert not any(has_word(a, word) for a, _ in found), (text, found)
