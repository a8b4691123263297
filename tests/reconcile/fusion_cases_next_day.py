"""Made-up pairs of local news reports (no text from any data set) of a night's shooting told
the morning after: ``SAME_NEXT_DAY`` pairs one report that states the day ("on Saturday night")
with one that states none and is dated by its publication, the next day, sharing a strong clue
(a corner, a hundred block, an address, the victim named with age), in either order of storing;
``APART_NEXT_DAY`` are their neighbours that must stay two (other corners, no clue, one name
with other ages, two stated days). A case is (label, first report, second report); a report is
(text, publication date or None)."""

from __future__ import annotations

from fusion_cases import Case

SAME_NEXT_DAY: list[Case] = [
    (
        "corner; the report without a day published next morning",
        (
            "MILWAUKEE — A 31-year-old man was shot near 35th and Center on Saturday night, police said.",
            "2016-03-06",
        ),
        (
            "MILWAUKEE — A 31-year-old man is in critical condition after a shooting near 35th and Center, police said.",
            "2016-03-06",
        ),
    ),
    (
        "hundred block; the report without a day",
        (
            "ERIE, Pa. — Two men were wounded in a shooting in the 400 block of East 21st Street on Friday night, police said.",
            "2017-05-13",
        ),
        (
            "ERIE, Pa. — Police are investigating a shooting in the 400 block of East 21st Street that left two men wounded.",
            "2017-05-13",
        ),
    ),
    (
        "victim named with age; the report without a day",
        (
            "DAYTON, Ohio — Marquise Hollins, 22, was shot and killed on Sunday night, police said.",
            "2018-07-02",
        ),
        (
            "DAYTON, Ohio — Family members are mourning Marquise Hollins, 22, who was shot and killed outside his home.",
            "2018-07-02",
        ),
    ),
    (
        "house number; the report without a day",
        (
            "AKRON, Ohio — A woman was shot at 1422 Jefferson Avenue late Tuesday, police said.",
            "2019-10-09",
        ),
        (
            "AKRON, Ohio — A woman was taken to a hospital after she was shot at 1422 Jefferson Avenue, police said.",
            "2019-10-09",
        ),
    ),
    (
        "corner in the other order; the report without a day",
        (
            "INDIANAPOLIS — A teenager was shot near 38th Street and Post Road on Thursday night, police said.",
            "2016-11-04",
        ),
        (
            "INDIANAPOLIS — Police say a teenager was hurt in a shooting near Post Road and 38th Street.",
            "2016-11-04",
        ),
    ),
    (
        "victim named, age before the name; the report without a day",
        (
            "MACON, Ga. — 27-year-old Dontavious Reese was shot in the leg on Saturday night, deputies said.",
            "2020-02-16",
        ),
        (
            "MACON, Ga. — Deputies say Dontavious Reese, 27, is expected to recover after being shot in the leg.",
            "2020-02-16",
        ),
    ),
    (
        "hundred block and house number; the report without a day",
        (
            "TOLEDO, Ohio — A man was shot in the 900 block of Nebraska Avenue on Wednesday night, police said.",
            "2019-08-15",
        ),
        (
            "TOLEDO, Ohio — A man was wounded by gunfire outside 915 Nebraska Avenue, Toledo police said.",
            "2019-08-15",
        ),
    ),
    (
        "victim named; killed; the report without a day",
        (
            "FLINT, Mich. — Anthony Greer, 40, died after being shot on Monday night, police said.",
            "2017-01-24",
        ),
        (
            "FLINT, Mich. — Police have released few details about the fatal shooting of Anthony Greer, 40.",
            "2017-01-24",
        ),
    ),
    (
        "corner; the dated report stored second",
        (
            "OMAHA, Neb. — A 19-year-old man was hurt in a shooting near 30th and Ames, police said.",
            "2019-06-17",
        ),
        (
            "OMAHA, Neb. — A 19-year-old man was shot near 30th and Ames on Sunday night, police said.",
            "2019-06-17",
        ),
    ),
    (
        "victim named; the dated report stored second",
        (
            "TULSA, Okla. — Police identified the man killed in a shooting as Javon Pratt, 33.",
            "2018-12-03",
        ),
        (
            "TULSA, Okla. — Javon Pratt, 33, was shot and killed on Sunday night outside an apartment, police said.",
            "2018-12-03",
        ),
    ),
    (
        "hundred block; the dated report stored second",
        (
            "FRESNO, Calif. — Police are investigating a shooting in the 2200 block of East Belmont Avenue that injured a man.",
            "2020-05-11",
        ),
        (
            "FRESNO, Calif. — A man was shot in the 2200 block of East Belmont Avenue on Sunday night, police said.",
            "2020-05-11",
        ),
    ),
    (
        "address; the dated report stored second",
        (
            "RICHMOND, Va. — A woman was wounded in a shooting at 2400 Hull Street, police said.",
            "2019-04-15",
        ),
        (
            "RICHMOND, Va. — A woman was shot at 2400 Hull Street on Sunday night, police said.",
            "2019-04-15",
        ),
    ),
]
APART_NEXT_DAY: list[Case] = [
    (
        "other corners, a day apart",
        (
            "MILWAUKEE — A 31-year-old man was shot near 35th and Center on Saturday night, police said.",
            "2016-03-06",
        ),
        (
            "MILWAUKEE — A 31-year-old man is in critical condition after a shooting near 76th and Good Hope, police said.",
            "2016-03-06",
        ),
    ),
    (
        "no clue in common, a day apart",
        (
            "ERIE, Pa. — Two men were wounded in a shooting on Friday night, police said.",
            "2017-05-13",
        ),
        (
            "ERIE, Pa. — Police are investigating a shooting that left a woman wounded.",
            "2017-05-13",
        ),
    ),
    (
        "same name, other ages, a day apart",
        (
            "DAYTON, Ohio — Marquise Hollins, 22, was shot and killed on Sunday night, police said.",
            "2018-07-02",
        ),
        (
            "DAYTON, Ohio — Marquise Hollins, 54, was wounded in a shooting, police said.",
            "2018-07-02",
        ),
    ),
    (
        "same corner, both with their own days two days apart",
        (
            "MILWAUKEE — A man was shot near 35th and Center on Friday night, police said.",
            "2016-03-06",
        ),
        (
            "MILWAUKEE — A woman was shot near 35th and Center on Sunday morning, police said.",
            "2016-03-06",
        ),
    ),
]
