"""A title that begins before the name the model found and ends inside it ("Alexandria Police
Spokeswoman Ashley Hildebrandt": the model reads "Spokeswoman Ashley Hildebrandt" as the
name, the lexicon "Police Spokeswoman" as the title): the name starts after the title, and the
person takes the title's sector and office (issue 15, round 2: a spokesperson of a police force
got no sector). Read with the real model on made-up sentences, the sentence processed as one
article. Neighbours: titles the model left out of the name keep their sector and office."""

from __future__ import annotations

import pytest

import sitrep

# (text, name, sector, office)
INSIDE = [
    ("Alexandria Police Spokeswoman Ashley Hildebrandt said officers arrested a man on Monday.",
     "Ashley Hildebrandt", "COP", "Spokeswoman"),
    ("Dayton Police Spokeswoman Carla Mendes said two men were detained.", "Carla Mendes",
     "COP", "Spokeswoman"),
    ("Kenosha Police Spokeswoman Lena Frost said the victim died in hospital.", "Lena Frost",
     "COP", "Spokeswoman"),
    ("Police Spokeswoman Anna Berg said the man was charged.", "Anna Berg", "COP",
     "Spokeswoman"),
    ("Omaha Police Spokesperson Jo Reyes said the suspect surrendered.", "Jo Reyes", "COP",
     "Spokesperson"),
    ("Reno Police Spokeswoman Nora Quist said the officer fired twice.", "Nora Quist", "COP",
     "Spokeswoman"),
    ("Police Spokesperson Dan Ortiz said the driver was arrested.", "Dan Ortiz", "COP",
     "Spokesperson"),
    ("Police Spokeswoman Jenna Holt said officers arrested three men.", "Jenna Holt", "COP",
     "Spokeswoman"),
    ("Tacoma Police Spokeswoman Dora Lutz said the gunman fled.", "Dora Lutz", "COP",
     "Spokeswoman"),
    ("Atlanta Police Spokesperson Ben Ochoa said the officers were not hurt.", "Ben Ochoa",
     "COP", "Spokesperson"),
    ("Police Spokeswoman Mira Sandoval said the suspects were released on bail.",
     "Mira Sandoval", "COP", "Spokeswoman"),
    ("Police Spokesperson Yara Nunez said the protesters dispersed peacefully.", "Yara Nunez",
     "COP", "Spokesperson"),
]

OUTSIDE = [
    ("Fresno Police Spokesman Rod Keller said the suspect fled on foot.", "Rod Keller", "COP",
     "Spokesman"),
    ("Interior Ministry Spokeswoman Sara Haddad said the border was closed.", "Sara Haddad",
     "GOV", "Spokeswoman"),
    ("Army Spokeswoman Lt. Col. Ruth Amit said the soldiers were safe.", "Ruth Amit", "MIL",
     "Lieutenant Colonel"),
    ("State Police Spokeswoman Kim Hale said the trooper was not hurt.", "Kim Hale", "COP",
     "Spokeswoman"),
    ("Sheriff's Office Spokeswoman Amy Cruz said deputies found the car.", "Amy Cruz", "COP",
     "Spokeswoman"),
    ("Raleigh Police Spokeswoman Hope Garner said a woman was stabbed.", "Hope Garner", "COP",
     "Spokeswoman"),
]


@pytest.mark.parametrize(("text", "name", "sector", "office"), [
    *(pytest.param(*row, id=f"inside-{k:02d}") for k, row in enumerate(INSIDE)),
    *(pytest.param(*row, id=f"outside-{k:02d}") for k, row in enumerate(OUTSIDE))])
def test_a_title_the_model_read_into_the_name_codes_the_person(
        text: str, name: str, sector: str, office: str) -> None:
    actors = sitrep.process_text(text, published="2020-10-05").actors
    found = [a for a in actors if a.text == name]
    assert found, [a.text for a in actors]
    assert (found[0].sector, found[0].office) == (sector, office)
