"""Made-up probes (not copied from any data set): an act placed only by a first-level region
("shot at an Ohio mall", "a Utah police officer was killed", a state named as a person's home)
takes the town the article names inside that region ("he had walked into the mall in Dayton"),
as ACLED codes the most precise location a report gives. Neighbours: a town of another region
or country, a region with no town named, a town stated for the act itself and a written
dateline keep their place."""

from __future__ import annotations

import pytest
from tests.samples import assault_incidents

TOWN = [
    ("Gunman killed at Ohio mall\n\nA gunman was shot and killed at a mall in Ohio on Saturday. "
     "Police in Dayton said he had walked into the mall shortly before noon.", "Dayton"),
    ("A Utah police officer was killed on Sunday. The officer had stopped a car in Provo before "
     "he was hit.", "Provo"),
    ("Kansas deputy wounded\n\nA sheriff's deputy was wounded in a shootout in Kansas on Friday. "
     "Police in Wichita said the suspect fled.", "Wichita"),
    ("A Tennessee clerk was shot during a robbery on Saturday. Police in Knoxville are looking "
     "for two men.", "Knoxville"),
    ("Two men were stabbed at a Nevada casino on Friday. The casino is in Reno, police said.",
     "Reno"),
    ("An Alabama woman was stabbed at her home on Sunday, according to police in Mobile.",
     "Mobile"),
    ("A Florida clerk was shot during a robbery on Saturday. The store in Tampa was closed on "
     "Sunday.", "Tampa"),
    ("Arizona trooper shot\n\nA state trooper was shot during a traffic stop in Arizona on "
     "Monday. Police in Tucson said the driver fled.", "Tucson"),
    ("A Michigan teen was killed in a shooting on Friday. Police said the teen was visiting "
     "friends in Lansing.", "Lansing"),
    ("Colorado shooting leaves two hurt\n\nTwo people were hurt in a shooting in Colorado on "
     "Sunday. It happened outside a bar in Pueblo, police said.", "Pueblo"),
    ("A Wisconsin man was shot dead on Sunday. Police in Milwaukee said he was walking home.",
     "Milwaukee"),
    ("A student was wounded when shots were fired at a school in Indiana on Monday. Police in "
     "Indianapolis said the gunman fled.", "Indianapolis"),
]
KEPT = [
    ("A gunman was shot and killed at a mall in Ohio on Saturday, police said. His family lives "
     "in Detroit.", "Ohio"),
    ("A Utah police officer was killed on Sunday. The suspect had lived in Denver before.",
     "Utah"),
    ("A teenager was shot at a party in Iowa early Sunday.", "Iowa"),
    ("A man was shot dead in Macon on Monday. Georgia police are investigating.", "Macon"),
    ("A Florida clerk was shot during a robbery on Saturday. The clerk had moved from Atlanta "
     "last year.", "Florida"),
    ("Two people were hurt in a shooting in Colorado on Sunday.", "Colorado"),
    ("RENO, Nev. — Two men were stabbed at a Nevada casino on Friday. Police in Las Vegas are "
     "helping.", "Reno"),
    ("A Kansas deputy was wounded in a shootout on Friday, the governor said in a statement "
     "from Denver.", "Kansas"),
    ("Taliban fighters attacked police posts in Helmand province on Monday, officials in Kabul "
     "said.", "Helmand"),
    ("A woman was shot in Tampa on Tuesday. Florida police said the two had argued.", "Tampa"),
    ("An Arizona trooper was shot during a traffic stop on Monday. A man from Las Vegas was "
     "arrested.", "Arizona"),
]


def _place(pipeline, tmp_path, text: str) -> str:
    found = assault_incidents(pipeline, str(tmp_path / "probe.db"), text)
    assert found, "no ASSAULT incident"
    return found[0]["place"]


@pytest.mark.parametrize(("text", "town"), TOWN, ids=[t[:48] for t, _ in TOWN])
def test_a_region_gives_way_to_the_town_the_article_names_in_it(pipeline, tmp_path, text,
                                                                 town):
    assert _place(pipeline, tmp_path, text) == town


@pytest.mark.parametrize(("text", "place"), KEPT, ids=[t[:48] for t, _ in KEPT])
def test_a_town_elsewhere_or_none_leaves_the_place(pipeline, tmp_path, text, place):
    assert place in _place(pipeline, tmp_path, text)


@pytest.mark.xfail(strict=True, reason="known gap: a hospital's town inside the region is taken "
                   "for the place of the act")
def test_a_hospital_town_is_not_where_it_happened(pipeline, tmp_path):
    text = ("A state trooper was shot in Arizona on Monday. The trooper was taken to a hospital "
            "in Phoenix.")
    assert _place(pipeline, tmp_path, text) == "Arizona"
