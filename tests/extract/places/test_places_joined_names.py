"""Probe sentences (made up for these tests, not taken from any data set) for town names whose
parts are joined by lower-case words (``fragments.joined_name``): "Port of Spain", "Kingston
upon Hull", "San Cristobal de las Casas", "Boulogne-sur-Mer" are one town, not "Port" and
"Spain" (the country) or "Kingston" in Jamaica. Neighbours: names the gazetteer already reads
whole ("Santiago de Cuba", "Rio de Janeiro", "Jerez de la Frontera") and the short towns and
countries alone ("Kingston", "Newcastle", "Spain")."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
CHANGE = [
    ("Police arrested two men in Port of Spain on Monday.", "COERCE", "arrested",
     ["Port of Spain"]),
    ("Venezuela suspended a gas deal with Trinidad after talks in Port of Spain.", "CONSULT",
     "talks", ["Port of Spain"]),
    ("Gunmen shot a taxi driver in Port of Spain late on Friday.", "ASSAULT", "shot",
     ["Port of Spain"]),
    ("Police arrested a man in Kingston upon Hull on Tuesday.", "COERCE", "arrested",
     ["Kingston upon Hull"]),
    ("Two teenagers were stabbed in Kingston upon Hull on Saturday.", "ASSAULT", "stabbed",
     ["Kingston upon Hull"]),
    ("Riot police detained 30 fans in Newcastle upon Tyne on Sunday.", "COERCE", "detained",
     ["Newcastle upon Tyne"]),
    ("Protesters marched in Newcastle upon Tyne on Saturday.", "PROTEST", "marched",
     ["Newcastle upon Tyne"]),
    ("Soldiers detained 12 migrants in San Cristóbal de las Casas on Monday.", "COERCE",
     "detained", ["San Cristóbal de las Casas"]),
    ("Farmers blocked roads in San Cristóbal de las Casas on Wednesday.", "PROTEST", "blocked",
     ["San Cristóbal de las Casas"]),
    ("Police arrested four smugglers in Boulogne-sur-Mer on Thursday.", "COERCE", "arrested",
     ["Boulogne-sur-Mer"]),
    ("Fishermen protested in Boulogne-sur-Mer on Friday.", "PROTEST", "protested",
     ["Boulogne-sur-Mer"]),
]

KEEP = [
    ("Police arrested two men in Santiago de Cuba on Monday.", "COERCE", "arrested",
     ["Santiago de Cuba"]),
    ("Police arrested two men in Ciudad del Este on Monday.", "COERCE", "arrested",
     ["Ciudad del Este"]),
    ("Police arrested two men in Jerez de la Frontera on Monday.", "COERCE", "arrested",
     ["Jerez de la Frontera"]),
    ("Police arrested two men in Kingston on Monday.", "COERCE", "arrested", ["Kingston"]),
    ("Protesters marched in Newcastle on Saturday.", "PROTEST", "marched", ["Newcastle"]),
    ("Police arrested two men in Rio de Janeiro on Monday.", "COERCE", "arrested",
     ["Rio de Janeiro"]),
    ("Protesters marched in Spain on Saturday.", "PROTEST", "marched", ["Spain"]),
    ("Police arrested two men in Santa Cruz de la Sierra on Monday.", "COERCE", "arrested",
     ["Santa Cruz de la Sierra"]),
    ("Police arrested two men in Alcalá de Henares on Monday.", "COERCE", "arrested",
     ["Alcalá de Henares"]),
    ("Police arrested two men in Villa del Rosario on Monday.", "COERCE", "arrested",
     ["Villa del Rosario"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), CHANGE + KEEP)
def test_a_town_name_joined_by_lower_case_words_is_one_town(pipeline, text, kind, trigger,
                                                            places):
    assert trigger_places(pipeline, text, kind, trigger) == places
