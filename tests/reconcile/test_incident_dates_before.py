"""Made-up articles (not copied from any data set) with the publication date in their URL
(Wednesday 2021-03-17): the violent incident told "just before" or "shortly before" a time on a
weekday, in a clause whose verb is past ("a shooting that occurred just before 10 a.m. on
Saturday"), took place on the last such day, not on the coming one (the date of a past
happening was read as a deadline and the incident fell a week after the story). Neighbours: a
deadline set for the future and a day told without "before" keep their day."""

from __future__ import annotations

import pytest
from tests.samples import assault_day

URL = "https://news.example.com/2021/03/17/story/"

BEFORE = [
    ("A man was wounded in a shooting that occurred just before 10 a.m. on Saturday in "
     "Dayton, police said.", "2021-03-13"),
    ("A woman was shot in Tulsa during a robbery that happened shortly before midnight on "
     "Friday.", "2021-03-12"),
    ("Two teens were hurt in a shooting in Flint that took place just before 2 a.m. on "
     "Sunday.", "2021-03-14"),
    ("A gunman who opened fire shortly before 9 p.m. on Monday killed a clerk in Toledo.",
     "2021-03-15"),
    ("Detectives are seeking the driver in a shooting that occurred just before 6 p.m. on "
     "Tuesday in Akron.", "2021-03-16"),
    ("A security guard was shot in Erie by a man who fled just before 11 p.m. on Thursday.",
     "2021-03-11"),
    ("A teenager died in a shooting that occurred shortly before 4 a.m. on Saturday in Gary.",
     "2021-03-13"),
    ("Officers said a man was shot in Macon in a robbery that happened just before noon on "
     "Friday.", "2021-03-12"),
    ("A woman was killed in a shooting that occurred shortly before 7 p.m. on Sunday in "
     "Mobile, police said.", "2021-03-14"),
    ("Gunmen who struck shortly before 1 a.m. on Monday wounded three people in Reno.",
     "2021-03-15"),
]
KEPT = [
    ("A man was wounded in a shooting in Dayton on Saturday.", "2021-03-13"),
    ("A woman was shot in Tulsa at about 10 p.m. on Monday.", "2021-03-15"),
    ("A clerk was shot and killed in Toledo on Tuesday night.", "2021-03-16"),
    ("Two men were shot in Flint early Sunday, police said.", "2021-03-14"),
    ("A man was shot dead in Reno on Wednesday morning.", "2021-03-17"),
    ("A guard was shot in Erie on Thursday. Police said they hope to make an arrest before "
     "Friday.", "2021-03-11"),
    ("A man was killed in a shooting in Gary on Friday.", "2021-03-12"),
    ("A teen was shot in Akron on Monday. The suspect must surrender before Saturday.",
     "2021-03-15"),
    ("Gunmen wounded three people in Macon on Sunday.", "2021-03-14"),
    ("A woman was shot in Mobile on Saturday afternoon.", "2021-03-13"),
]




@pytest.mark.parametrize(("text", "day"), BEFORE + KEPT, ids=[t[:45] for t, _ in BEFORE + KEPT])
def test_a_happening_just_before_a_time_on_a_weekday_is_the_last_such_day(
        pipeline, tmp_path, text, day):
    assert assault_day(pipeline, str(tmp_path / "probe.db"), text, URL) == day
