"""Made-up probes (not copied from any data set): a number in apposition to a name is the
person's age, not a count of victims, also where it closes a headline or a phrase ("Jane Roe, 22 -
Daily News", "the death of Jane Roe, 22."); a number after a place and a comma still counts
("In Kandahar, 14 were killed")."""

from __future__ import annotations

import pytest

from sitrep.records import Article

AGES = [  # the number is an age: no claim may carry it as a figure
    ("Maria Lopez, 34 - Evening Gazette. She was shot and killed on Friday.", 34),
    ("Tom Baker, 52 | City News. He died after a shooting on Main Street.", 52),
    ("Paul Jones, 40 (updated) - Crime Blog. Jones was killed in a shooting.", 40),
    ("Prosecutors charged a man in the killing of Daniel Reyes, 27.", 27),
    ("Relatives mourned the death of Anna Berg, 61.", 61),
    ("Police identified the victim as Sam Ortiz, 45; he died at the scene.", 45),
    ("The gunman wounded Mark Hill, 19, and fled.", 19),
    ("Kevin Moss, 23, was shot dead on Friday.", 23),
    ("The dead man was named as Luis Vega, 31.", 31),
    ("Officers found Ray Adams, 58: he had been shot twice.", 58),
    ("Maria Lopez, 34 - Evening Gazette Maria Lopez, a 34-year-old woman, was shot and killed.",
     34),
    ("Omar Haddad, 26 - Metro Desk Omar Haddad, a 26-year-old cook, died on Sunday.", 26),
    ("Lena Park, 71 [Updated] - City Wire Lena Park, a 71-year-old retiree, was killed.", 71),
]
COUNTS = [  # near neighbours: a place, a comma and a count of people
    ("In Kandahar, 14 were killed on Friday.", 14),
    ("Near Mosul, 6 were wounded by a roadside bomb.", 6),
    ("Across Darfur, 30 died in the raids.", 30),
    ("In Juba, 8 - 10 were injured.", 8),
    ("In Homs, 12 were killed and 20 wounded.", 12),
    ("Outside Gaza City, 9 were killed overnight.", 9),
    ("Kevin Moss and two others were shot; 3 were killed.", 3),
    ("Around Aleppo, 25 were wounded in shelling.", 25),
    ("In Tripoli, 40 died in the clashes, officials said.", 40),
    ("Near Kabul, 7 were killed in an ambush.", 7),
]


@pytest.mark.parametrize(("text", "age"), AGES, ids=[t[:40] for t, _ in AGES])
def test_age_after_a_name_is_not_a_figure(pipeline, text, age):
    claims = pipeline.process(Article(text=text)).claims
    assert age not in {c.low for c in claims} | {c.high for c in claims}


@pytest.mark.parametrize(("text", "count"), COUNTS, ids=[t[:40] for t, _ in COUNTS])
def test_count_after_a_place_is_a_figure(pipeline, text, count):
    claims = pipeline.process(Article(text=text)).claims
    assert count in {c.low for c in claims}
