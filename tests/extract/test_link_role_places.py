"""Probes of places that say whose office, origin, seat or name it is (``place_roles``): they
place no act, neither at the clause and sentence levels nor as the article's dominant place
(a one-sentence report whose only place is a title's took that place before); also seats and
births by participle ("an Oregon-based charity", "a Texas-born soldier") and envoys' posts ("the
ambassador to Iran"). Neighbours: the same people and bodies with a place stated for the act,
which places it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (article, PLOVER type, the places of the act)
CHANGE = [
    ("Ohio Governor Mike Dunn condemned the shooting on Monday.", "ACCUSE", []),
    ("The Texas attorney general accused the company of fraud.", "ACCUSE", []),
    ("A native of Peru, the suspect was arrested on Monday.", "COERCE", []),
    ("Former Iowa senator Tom Smith was arrested on Friday.", "COERCE", []),
    ("Two men from Guatemala were arrested on Friday.", "COERCE", []),
    ("Acme Corp. of Denver agreed to buy the firm on Monday.", "AGREE", []),
    ("The Sinaloa Cartel attacked a police convoy on Monday.", "ASSAULT", []),
    ("The Oregon-based charity accused the police of abuse.", "ACCUSE", []),
    ("Police arrested a Texas-born soldier on Friday.", "COERCE", []),
    ("A charity based in Oregon accused the police of abuse.", "ACCUSE", []),
    ("Britain's ambassador to Iran condemned the attack on Monday.", "ACCUSE", []),
    ("The UN envoy to Yemen accused both sides of shelling civilians.", "ACCUSE", []),
]

KEEP = [
    ("Ohio Governor Mike Dunn condemned the shooting in Dayton on Monday.", "ASSAULT",
     ["Dayton"]),
    ("The Texas attorney general accused the company of fraud in Houston.", "ACCUSE",
     ["Houston"]),
    ("A native of Peru, the suspect was arrested in Madrid on Monday.", "COERCE", ["Madrid"]),
    ("Former Iowa senator Tom Smith was arrested in Omaha on Friday.", "COERCE", ["Omaha"]),
    ("Two men from Guatemala were arrested in Mexico on Friday.", "COERCE", ["Mexico"]),
    ("The Sinaloa Cartel attacked a police convoy in Tijuana on Monday.", "ASSAULT",
     ["Tijuana"]),
    ("Police arrested a Texas-born soldier in Germany on Friday.", "COERCE", ["Germany"]),
    ("Britain's ambassador to Iran was attacked in Tehran on Monday.", "ASSAULT", ["Tehran"]),
    ("The UN envoy to Yemen met rebel leaders in Oman on Monday.", "CONSULT", ["Oman"]),
    # a place that modifies a person noun is a home: alone it still places the act
    ("Police said a Chicago man was shot on Monday.", "ASSAULT", ["Chicago"]),
    ("Troops from Chad attacked rebels in Niger on Sunday.", "ASSAULT", ["Niger"]),
    ("Protesters marched through Oregon on Saturday.", "PROTEST", ["Oregon"]),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [[p.name for p in e.places] for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind", "places"), CHANGE + KEEP)
def test_titles_origins_and_names_place_no_act(pipeline, text, kind, places):
    found = _places(pipeline, text, kind)
    assert found and found[0] == places, found
