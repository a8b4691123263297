"""Probes of "across the country" after a neighbour acts: a country that is itself the subject
of a verb ("Nigeria closed its border", also where the tagger calls it an organisation and it
is read as a subject) is a state that acts, so "the country" told after it stays the story's
country (``event_places.country_subjects``). Neighbours: a place that only begins an
institution's name that is the subject ("The Texas Department of Public Safety said") stays
the place "the state" refers to, and stories whose neighbour was already read as acting keep
their country. Made-up sentences, not from any data set."""

from __future__ import annotations

import pytest

from samples import places_by_trigger
from sitrep.pipeline import Pipeline

# (text, trigger, the country told): the neighbour read as a subject before
NEIGHBOUR_ACTS = [
    ("Soldiers seized power in Niamey on Wednesday. Nigeria closed its border. Police arrested "
     "30 officials across the country.", "arrested", "Niger"),
    ("Protesters burned tyres in Conakry on Monday. Senegal closed its border. Gendarmes "
     "detained 25 people across the country.", "detained", "Guinea"),
    ("Soldiers took over state television in Libreville on Wednesday. Cameroon closed its "
     "border. Troops arrested 15 ministers across the country.", "arrested", "Gabon"),
    ("Protesters blocked roads in Accra on Monday. Togo closed its border. Police arrested 30 "
     "people across the country.", "arrested", "Ghana"),
    ("Rebels attacked a town near N'Djamena on Friday. Cameroon sent troops to the border. "
     "Soldiers detained 40 people across the country.", "detained", "Chad"),
    ("Gunmen attacked a post near Cotonou on Monday. Nigeria shut its border. Police arrested "
     "25 suspects across the country.", "arrested", "Benin"),
    ("Protesters clashed with police in Conakry on Tuesday. Senegal recalled its ambassador. "
     "Police arrested 45 people across the country.", "arrested", "Guinea"),
    ("Soldiers fired on protesters in Ouagadougou on Friday. Niger closed its border. "
     "Gendarmes detained 35 people across the country.", "detained", "Burkina Faso"),
    ("Protesters blocked roads in Monrovia on Monday. Sierra Leone closed its border. Police "
     "arrested 20 people across the country.", "arrested", "Liberia"),
    ("Crowds looted shops in Lusaka on Monday. Malawi closed its border. Police arrested 90 "
     "people across the country.", "arrested", "Zambia"),
    ("Protesters burned tyres in Banjul on Monday. Senegal sealed its border. Police detained "
     "30 people across the country.", "detained", "Gambia"),
    ("Soldiers surrounded the palace in Niamey on Wednesday. Benin closed its border. Troops "
     "detained 12 officials across the country.", "detained", "Niger"),
]
# neighbours: already read as acting, and an institution's name whose place "the state" is
KEPT = [
    ("Miners blocked roads near La Paz on Monday. Chile shut its border crossings. Police "
     "arrested 60 people across the country.", "arrested", "Bolivia"),
    ("Crowds marched in Caracas on Sunday. Colombia closed its border. Troops detained 40 "
     "people across the country.", "detained", "Venezuela"),
    ("Protesters marched in Lome on Tuesday. Ghana closed its border. Police arrested 40 "
     "people across the country.", "arrested", "Togo"),
    ("Protesters stormed a police station in Kampala on Monday. Kenya closed its border. "
     "Police arrested 45 people across the country.", "arrested", "Uganda"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), NEIGHBOUR_ACTS + KEPT)
def test_an_acting_neighbour_is_not_the_country_told(pipeline: Pipeline, text: str,
                                                     trigger: str, country: str) -> None:
    assert country in places_by_trigger(pipeline, text, trigger)
