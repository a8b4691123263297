"""Probes of organisations whose name holds "and" ("the Ministry of Labour and Social Affairs"):
the fields in the name's "of" phrase are not the parties (``finder.phrase`` reads an office's
"of" phrase as whose office it is, "the foreign minister of Iran", not where the phrase is
part of the office's own name), and a conjunct inside one name the model labels as a whole is a word of that name
(``nouns.same_name``), not a second party. Neighbours: real coordinations of parties and a
country whose name holds "and" keep every party."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (sentence, PLOVER type, actors that must be there, words of the name that must not be actors)
CHANGE = [
    ("The Ministry of Labour and Social Affairs criticised the strike by teachers.", "ACCUSE",
     ["Ministry"], ["Labour", "Social Affairs"]),
    ("Talks between the Ministry of Foreign Affairs and Trade and the European Union ended on "
     "Friday.", "CONSULT", ["Ministry", "European Union"], ["Foreign Affairs", "Trade"]),
    ("A meeting between officials from the Ministry of Interior and Public Order and the border "
     "police took place on Monday.", "CONSULT", ["officials", "border police"],
     ["Public Order"]),
    ("The Ministry of Agriculture and Rural Development condemned the attack on farmers.",
     "ACCUSE", ["Ministry"], ["Agriculture", "Rural Development"]),
    ("The Ministry of Education and Culture criticised the strike by teachers.", "ACCUSE",
     ["Ministry"], ["Education", "Culture"]),
    ("Talks between the Ministry of Energy and Mines and the miners' union ended on Friday.",
     "CONSULT", ["Ministry"], ["Energy", "Mines"]),
    ("The Ministry of Health and Social Welfare appealed for calm.", "REQUEST", ["Ministry"],
     ["Health", "Social Welfare"]),
    ("The Ministry of Interior and Administration banned the march.", "COERCE",
     ["Ministry of Interior"], ["Administration"]),
    ("The Ministry of Finance and Economic Planning rejected the demands.", "REJECT",
     ["Ministry"], ["Finance", "Economic Planning"]),
    ("Negotiations between the Ministry of Trade and Industry and the unions resumed on Monday.",
     "CONSULT", ["Ministry"], ["Trade", "Industry"]),
]

KEEP = [
    ("Trinidad and Tobago condemned the coup in Haiti.", "ACCUSE", ["Trinidad and Tobago"]),
    ("France and Germany condemned the attack.", "ACCUSE", ["France", "Germany"]),
    ("Talks between Armenia and Azerbaijan ended on Friday.", "CONSULT",
     ["Armenia", "Azerbaijan"]),
    ("The police and the army raided the camp.", "COERCE", ["police", "army"]),
    ("Representatives of Dow Jones rejected the offer.", "REJECT", ["Dow Jones"]),
    ("The foreign minister of Iran condemned the attack on the embassy.", "ACCUSE",
     ["foreign minister"]),
]


def _actors(pipeline, text: str, kind: str) -> list[str]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    events = [e for e in result.events if e.plover_type == kind]
    assert len(events) == 1, [(e.plover_type, e.trigger.text) for e in result.events]
    return [a.text for a in events[0].actors]


@pytest.mark.parametrize(("text", "kind", "present", "absent"), CHANGE)
def test_the_fields_of_an_offices_name_are_no_parties(pipeline, text, kind, present, absent):
    actors = _actors(pipeline, text, kind)
    assert all(p in actors for p in present), actors
    assert not any(a in actors for a in absent), actors


@pytest.mark.parametrize(("text", "kind", "actors"), KEEP)
def test_coordinated_parties_all_stay(pipeline, text, kind, actors):
    assert _actors(pipeline, text, kind) == actors
