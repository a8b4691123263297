"""Made-up probes (not copied from any data set): a shooting told after a count from a named day
("died Sunday, two days after he was shot", "arrested on Tuesday, three days after a woman was
killed", "a report on January 18 (one day after the officer was killed)") happened that many
days before the named day, not on it. Near neighbours keep their day: the act told before the
count, a count cut off from the act by a comma, a count of hours, a day named after the act.
Published on Wednesday 2021-03-10 unless the case says otherwise."""

from __future__ import annotations

import pytest

from samples import first_assault_day

COUNTED = [  # (published, text, day of the shooting)
    ("2021-03-08", "ERIE, Pa. -- A 15-year-old boy died Sunday, two days after he was shot on "
     "Parade Street, police said.", "2021-03-05"),
    ("2021-03-10", "Police arrested a man in Akron on Tuesday, three days after a woman was shot "
     "and killed outside her home.", "2021-03-06"),
    ("2021-02-07", "After a news report on January 18 (one day after Officer John Smith was "
     "killed in Toledo), investigators asked for phone records.", "2021-01-17"),
    ("2021-03-10", "On Monday, a day after the shooting in Flint that wounded two men, police "
     "released a sketch of the gunman.", "2021-03-07"),
    ("2021-03-10", "A vigil was held in Gary on Tuesday, a week after a teenager was shot dead "
     "near his school.", "2021-03-02"),
    ("2021-03-10", "Detectives in Peoria charged a 19-year-old on Monday, four days after a "
     "clerk was shot during a robbery.", "2021-03-04"),
    ("2021-03-10", "The victim's family spoke on Tuesday - two days after he was gunned down "
     "outside a bar in Tulsa.", "2021-03-07"),
    ("2021-03-12", "A reward was offered in Macon on Thursday, just five days after a driver was "
     "shot on Interstate 75.", "2021-03-06"),
    ("2021-03-10", "On Tuesday, the day after a man was shot and wounded in Reno, police found "
     "the gun.", "2021-03-08"),
    ("2021-03-20", "The suspect surrendered on March 15, two weeks after a woman was killed in a "
     "shooting in Dayton.", "2021-03-01"),
    ("2021-03-10", "Officers searched a house in Mobile on Monday, 2 days after a man was shot "
     "in the leg there.", "2021-03-06"),
    ("2021-03-10", "A march was held in Omaha on Sunday, one week after a 12-year-old girl was "
     "shot and killed.", "2021-02-28"),
    ("2021-03-10", "The store reopened in Joliet on Tuesday (three days after a clerk was shot "
     "there), its owner said.", "2021-03-06"),
]
KEPT = [
    ("2021-03-10", "A man was shot and killed in Erie on Monday, two days after his brother was "
     "released from jail.", "2021-03-08"),
    ("2021-03-10", "On Monday, two days after the robbery, a clerk was shot in Akron, police "
     "said.", "2021-03-08"),
    ("2021-03-10", "A man was shot in Flint on Tuesday, hours after a fight at a party.",
     "2021-03-09"),
    ("2021-03-10", "A woman was shot in Gary on Monday. Two days later, police arrested her "
     "neighbor.", "2021-03-08"),
    ("2021-03-10", "A man was shot and wounded in Toledo on Tuesday, police said.", "2021-03-09"),
]


@pytest.mark.parametrize(("published", "text", "day"), COUNTED + KEPT,
                         ids=[t[:45] for _, t, _ in COUNTED + KEPT])
def test_an_act_told_after_a_count_from_a_named_day_is_that_many_days_off(
        pipeline, tmp_path, published, text, day):
    assert first_assault_day(pipeline, str(tmp_path / "probe.db"), published, text) == day
