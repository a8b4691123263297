"""Made-up probes (not copied from any data set): a shooting dated by a count of days from a named
day ("the day after Christmas", "the night before Thanksgiving", "two days after Christmas", "a
week before Easter") happened on the day counted, not on the day named; "the Fourth of July" is
a day. Near neighbours keep their day: the named day alone, a count without a number ("days
after Christmas"), a day told as "the day after" of a story day, a count before a month."""

from __future__ import annotations

import pytest

from samples import first_assault_day

SHIFTED = [  # (published, text, day of the shooting)
    ("2021-01-05", "DAYTON, Ohio -- A man was shot and killed on Salem Avenue the morning after "
     "Christmas, police said.", "2020-12-26"),
    ("2020-12-02", "A woman was shot in Akron the day after Thanksgiving. Police have no "
     "suspects.", "2020-11-27"),
    ("2020-11-30", "A 30-year-old man was killed in a shooting in Peoria the night before "
     "Thanksgiving, police said.", "2020-11-25"),
    ("2021-01-04", "A 19-year-old was shot in Joliet two days after Christmas, according to "
     "police.", "2020-12-27"),
    ("2021-04-12", "Police said a teenager was shot and wounded in Macon a week before Easter.",
     "2021-03-28"),
    ("2021-01-06", "A clerk was shot during a robbery in Toledo three days after New Year's Day.",
     "2021-01-04"),
    ("2021-03-12", "A man was shot in Erie on the evening before March 8, police said.",
     "2021-03-07"),
    ("2021-07-08", "A boy was shot in Mobile on the Fourth of July, police said.", "2021-07-04"),
    ("2021-07-09", "Two men were wounded in a shooting in Gary the night after the Fourth of "
     "July.", "2021-07-05"),
    ("2021-11-03", "A man was shot dead outside a bar in Reno the night after Halloween.",
     "2021-11-01"),
    ("2021-12-29", "A woman was shot in her home in Flint the day before Christmas Eve, "
     "police said.", "2021-12-23"),
    ("2021-01-08", "A man was shot in Tulsa one day after New Year's Day, police said Friday.",
     "2021-01-02"),
    ("2021-11-30", "A teenager was shot in Omaha two days before Thanksgiving, police said.",
     "2021-11-23"),
    ("2021-03-10", "A man was shot and wounded in Fresno the day before yesterday, police "
     "said.", "2021-03-08"),
]
KEPT = [
    ("2020-12-28", "A man was shot and killed in Dayton on Christmas night, police said.",
     "2020-12-25"),
    ("2021-01-03", "A woman was shot dead in Reno on New Year's Day.", "2021-01-01"),
    ("2020-12-30", "A man was shot in Akron days after Christmas, police said.", "2020-12-25"),
    ("2021-03-10", "A man was shot in Toledo on Saturday. He died the day after, police said.",
     "2021-03-06"),
    ("2021-03-10", "A man was shot in Erie on Monday, police said.", "2021-03-08"),
]


@pytest.mark.parametrize(("published", "text", "day"), SHIFTED + KEPT,
                         ids=[t[:45] for _, t, _ in SHIFTED + KEPT])
def test_a_day_counted_from_a_named_day_is_the_counted_day(pipeline, tmp_path, published,
                                                           text, day):
    assert first_assault_day(pipeline, str(tmp_path / "probe.db"), published, text) == day
