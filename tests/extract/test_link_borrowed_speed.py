"""A place written as a company's name is found as fast as the article allows, with the same
answer: ``company_name`` looks for a company's designation once per article and builds a
place's pattern only then, and gives what the one pattern over the whole text gave."""

from __future__ import annotations

import re

import pytest

from sitrep.extract.borrowed import company_name, has_designation
from sitrep.records import Evidence, Place

# the pattern company_name ran over the whole text for every place (before the speed-up)
TAIL = (r"(?:[ \t]+[A-Z][\w&'’.-]*){0,3}[ \t]+(?:Corp|Corporation|Inc|Co|Cos|Ltd|"
        r"LLC|PLC|Plc|Holdings|Incorporated|Limited|AG|SA|NV)\b\.?")


def plain(text: str, name: str) -> bool:
    return name[:1].isupper() and re.search(r"\b" + re.escape(name) + TAIL, text) is not None


def place(name: str) -> Place:
    return Place(text=name, evidence=Evidence(0, len(name), name), name=name)


# made-up articles: (text, place names to ask about)
CASES = [
    ("Dorset Mills Inc. agreed to buy a rival. Police arrested two men in Dorset.",
     ["Dorset", "Mills", "Police"]),
    ("Brandon Textiles Corp. closed its mill.", ["Brandon", "Textiles", "Corp"]),
    ("Hollister Foods Corporation said sales fell in Hollister.", ["Hollister", "Foods"]),
    ("Parkway Snacks\tLtd reported a loss.", ["Parkway", "Snacks"]),
    ("Kenton Bay Harbour Shipping Holdings bought the port.", ["Kenton", "Kenton Bay"]),
    ("Ashford One Two Three Four Co. is a firm with too many words.", ["Ashford"]),
    ("The Riverton Co-op opened a store in Riverton.", ["Riverton"]),
    ("Shelling hit Lysychansk and Sievierodonetsk on Monday.", ["Lysychansk"]),
    ("Officials in Colombo said the Colombo Port City Ltd was sold.", ["Colombo"]),
    ("Delta AG and Gamma SA signed; Omega NV did not.", ["Delta", "Gamma", "Omega"]),
    ("A man from Incline Village was hurt; Incline is a town.", ["Incline"]),
    ("Smithfield Cos. shares rose in Smithfield.", ["Smithfield"]),
    ("Troops entered Hama. The Corporation of Hama denied it.", ["Hama"]),
    ("Acme Widgets Incorporated moved to Acme.", ["Acme", "Widgets"]),
    ("The firm is Borden Holdings Plc, based in Borden.", ["Borden"]),
    ("Rebels seized Kidal; Kidal LLC denies links.", ["Kidal"]),
    ("Newport PLC's chief visited Newport.", ["Newport"]),
    ("lowercase newport inc. is not a name", ["newport"]),
    ("Ilford Motor Co\nreported record sales.", ["Ilford", "Motor"]),
    ("Police said Hartley Mining Limited owned the mine near Hartley.", ["Hartley"]),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_company_name_answers_as_the_whole_text_pattern(text: str, names: list[str]) -> None:
    for name in names:
        assert company_name(text, place(name)) == plain(text, name), name


def test_an_article_without_a_designation_builds_no_pattern() -> None:
    assert not has_designation("Gunmen killed 14 villagers in Zamfara state on Sunday.")
    assert not has_designation("The Incas built roads; the Corporal was hurt.")
    assert has_designation("Brandon Textiles Corp. closed its mill.")
    assert has_designation("Parkway Snacks\tLtd reported a loss.")


def test_some_cases_are_companies_and_some_are_not() -> None:
    answers = [company_name(text, place(name)) for text, names in CASES for name in names]
    assert any(answers) and not all(answers)
