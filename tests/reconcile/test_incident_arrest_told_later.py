"""An act told in full in one sentence, whose later mention brings an arrest with it ("X was
believed to be shot during the party ... Y, who lives at the address where the shooting
occurred, was taken into custody"), is a happening that starts its incident: the arrest figure
lies in another sentence than the act's own report, so the act is not told back only through
its arrests (``reconcile.units``: ``told_back``; an act whose only report is its arrest
sentence still starts none: ``test_arrest_units.py``). Made-up local news articles, real model,
real SQLite files."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import assault_incidents

PEOPLE = [("Evan R. Miles", "Hope", "Fulton", "Carl Webb", "52-year-old man",
           "lives at the address"),
          ("Rosa M. Diaz", "Camden", "Millville", "Tina Ford", "44-year-old woman",
           "lives at the house"),
          ("Kyle J. Burns", "Salem", "Aumsville", "Dale Hunt", "61-year-old man",
           "rents the home"),
          ("Maya T. Lopez", "Tyler", "Lindale", "Jon Pratt", "29-year-old man",
           "lives at the apartment"),
          ("Owen P. Grant", "Athens", "Bogart", "Ruth Kane", "38-year-old woman",
           "owns the property"),
          ("Nia L. Brooks", "Macon", "Gray", "Earl Toms", "47-year-old man",
           "lives at the residence")]
ACTS = [("was believed to be shot during the party", "the shooting occurred",
         "charged with manslaughter"),
        ("was believed to have been stabbed during an argument", "the stabbing occurred",
         "charged with battery"),
        ("was shot during a gathering", "the shooting happened", "charged with aggravated assault")]


def _article(person: tuple[str, ...], act: tuple[str, str, str]) -> str:
    victim, home, town, suspect, described, lives = person
    told, where, charge = act
    return (f"Party violence leaves one hurt; suspect held\n\n{victim} of {home} {told} at 114 "
            f"Pine Road in {town}, police spokesman Dan Ross said Monday. {suspect}, a "
            f"{described} who {lives} where {where}, was taken into custody and {charge}, Ross "
            "said.")


CASES = [pytest.param(_article(p, a), id=f"{p[0]}-{a[0][:30]}") for a in ACTS for p in PEOPLE]


@pytest.mark.parametrize("text", CASES)
def test_an_act_told_in_full_starts_its_incident_though_a_later_mention_brings_an_arrest(
        pipeline, tmp_path, text) -> None:
    assert assault_incidents(pipeline, str(tmp_path / "probe.db"), text, dt.date(2016, 1, 26))
