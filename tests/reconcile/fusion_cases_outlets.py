"""Made-up undated web pages of one outlet and town (no text from any data set), the outlet's
name after the headline ("Man shot in driveway | The Toledo Blade"): ``APART_OUTLETS`` are two
shootings that share nothing but that name, which the event roles may read as the headline's
victim and which must be no clue; ``SAME_OUTLETS`` are one shooting told twice by the outlet,
joined by a real clue (a name with an age, a corner, a hundred block). A case is (label, first
report, second report); a report is (text, publication date or None)."""

from __future__ import annotations

from fusion_cases import Case, Report


def _r(head: str, outlet: str, dateline: str, body: str) -> Report:
    """An undated web page: the headline with the outlet's name after it, then the story."""
    return (f"{head} | {outlet}\n\n{dateline} — {body}", None)


APART_OUTLETS: list[Case] = [
    (
        "Augusta Chronicle",
        _r(
            "Woman shot in parking lot",
            "The Augusta Chronicle",
            "AUGUSTA, Ga.",
            "Police found a 15-year-old with a gunshot wound to his leg on Saturday.",
        ),
        _r(
            "Man shot in his yard",
            "The Augusta Chronicle",
            "AUGUSTA, Ga.",
            "A man was shot in the arm while walking home on Tuesday night, deputies said.",
        ),
    ),
    (
        "Toledo Blade",
        _r(
            "Woman shot outside store",
            "The Toledo Blade",
            "TOLEDO, Ohio",
            "A woman was shot in the shoulder outside a store on Friday, police said.",
        ),
        _r(
            "Man shot in driveway",
            "The Toledo Blade",
            "TOLEDO, Ohio",
            "A man was shot in his driveway on Monday morning, police said.",
        ),
    ),
    (
        "Akron Beacon Journal",
        _r(
            "Man shot in robbery",
            "The Akron Beacon Journal",
            "AKRON, Ohio",
            "A man was shot at a gas station on Sunday night, police said.",
        ),
        _r(
            "Woman shot in her home",
            "The Akron Beacon Journal",
            "AKRON, Ohio",
            "A woman was hit by a stray bullet inside her home on Wednesday, police said.",
        ),
    ),
    (
        "Peoria Journal Star",
        _r(
            "Teen shot in park",
            "The Peoria Journal Star",
            "PEORIA, Ill.",
            "A teenager was shot near a park on Thursday evening, police said.",
        ),
        _r(
            "Man shot in apartment",
            "The Peoria Journal Star",
            "PEORIA, Ill.",
            "A man was shot during a robbery at his apartment on Saturday, police said.",
        ),
    ),
    (
        "Macon Telegraph",
        _r(
            "Man shot outside club",
            "The Macon Telegraph",
            "MACON, Ga.",
            "A man was shot outside a nightclub early Sunday, deputies said.",
        ),
        _r(
            "Woman shot in car",
            "The Macon Telegraph",
            "MACON, Ga.",
            "A woman was shot while sitting in her car on Tuesday afternoon, deputies said.",
        ),
    ),
    (
        "Canton Repository",
        _r(
            "Man wounded in shooting",
            "The Canton Repository",
            "CANTON, Ohio",
            "A man was wounded in a shooting on the city's southeast side on Friday, police said.",
        ),
        _r(
            "Teen shot at party",
            "The Canton Repository",
            "CANTON, Ohio",
            "A teenager was shot at a house party on Saturday night, police said.",
        ),
    ),
    (
        "Flint Journal",
        _r(
            "Man shot on north side",
            "The Flint Journal",
            "FLINT, Mich.",
            "A man was shot on the city's north side on Monday, police said.",
        ),
        _r(
            "Woman shot in home invasion",
            "The Flint Journal",
            "FLINT, Mich.",
            "A woman was shot during a home invasion on Thursday night, police said.",
        ),
    ),
    (
        "Tulsa World",
        _r(
            "Man shot in parking lot",
            "The Tulsa World",
            "TULSA, Okla.",
            "A man was shot in a parking lot on Friday night, police said.",
        ),
        _r(
            "Woman shot in drive-by",
            "The Tulsa World",
            "TULSA, Okla.",
            "A woman was wounded in a drive-by shooting on Sunday afternoon, police said.",
        ),
    ),
    (
        "Fresno Bee",
        _r(
            "Man shot in alley",
            "The Fresno Bee",
            "FRESNO, Calif.",
            "A man was shot near an elementary school on Tuesday, police said.",
        ),
        _r(
            "Teen shot in car",
            "The Fresno Bee",
            "FRESNO, Calif.",
            "A teenager was shot at a bus stop on Friday evening, police said.",
        ),
    ),
    (
        "Wichita Eagle",
        _r(
            "Man shot in argument",
            "The Wichita Eagle",
            "WICHITA, Kan.",
            "A man was shot during an argument on Saturday, police said.",
        ),
        _r(
            "Woman shot in apartment",
            "The Wichita Eagle",
            "WICHITA, Kan.",
            "A woman was shot at an apartment complex on Monday night, police said.",
        ),
    ),
    (
        "Savannah Morning News",
        _r(
            "Man shot in downtown bar",
            "The Savannah Morning News",
            "SAVANNAH, Ga.",
            "A man was shot downtown on Thursday night, police said.",
        ),
        _r(
            "Woman shot in her yard",
            "The Savannah Morning News",
            "SAVANNAH, Ga.",
            "A woman was shot in her front yard on Sunday, police said.",
        ),
    ),
    (
        "Erie Times",
        _r(
            "Man shot in east side home",
            "The Erie Times",
            "ERIE, Pa.",
            "A man was shot on the city's east side on Friday, police said.",
        ),
        _r(
            "Teen shot in school parking lot",
            "The Erie Times",
            "ERIE, Pa.",
            "A teenager was shot near a school on Wednesday afternoon, police said.",
        ),
    ),
]
SAME_OUTLETS: list[Case] = [
    (
        "one outlet, the victim named with age",
        _r(
            "Man shot outside club",
            "The Macon Telegraph",
            "MACON, Ga.",
            "Darnell Hayes, 27, was shot outside a nightclub early Sunday, deputies said.",
        ),
        _r(
            "Victim of club shooting recovering",
            "The Macon Telegraph",
            "MACON, Ga.",
            "Darnell Hayes, 27, is recovering after he was shot outside a nightclub, deputies said.",
        ),
    ),
    (
        "one outlet, the same corner",
        _r(
            "Man shot on north side",
            "The Flint Journal",
            "FLINT, Mich.",
            "A man was shot near Pierson Road and Clio Road on Monday, police said.",
        ),
        _r(
            "Police seek shooter",
            "The Flint Journal",
            "FLINT, Mich.",
            "Police are looking for the gunman who shot a man near Clio Road and Pierson Road.",
        ),
    ),
    (
        "one outlet, the same hundred block",
        _r(
            "Woman shot in car",
            "Tulsa World",
            "TULSA, Okla.",
            "A woman was shot in the 2400 block of North Peoria Avenue on Friday night, police said.",
        ),
        _r(
            "Woman recovering after shooting",
            "Tulsa World",
            "TULSA, Okla.",
            "A woman shot in the 2400 block of North Peoria Avenue is in stable condition, police said.",
        ),
    ),
]
