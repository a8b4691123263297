"""Made-up probes (not copied from any data set): a violent act dated only by a week ("was
shot in Toledo last week") takes the day the next sentences name inside that week for the
violence ("He was shot in his car on Thursday morning", "she was stabbed in her kitchen on
Friday evening"), not the week's first day. Its near
neighbours keep the week: a day of saying ("Police said Monday"), a day of another act (a vigil,
an arrest, a council meeting, a release from hospital), a day outside the week, a funeral to
come. Published on Monday 2016-01-25 (last week: 2016-01-18 to 2016-01-24)."""

from __future__ import annotations

import pytest

from samples import first_assault_day

PUBLISHED = "2016-01-25"

DAY_OF_THE_WEEK = [
    ("A man was shot and killed in Toledo last week. He was shot in his car on Thursday "
     "morning.", "2016-01-21"),
    ("A woman was wounded in a shooting in Dayton last week. She was shot outside a store on "
     "Tuesday evening, police said.", "2016-01-19"),
    ("Two men were shot and wounded in Erie last week. Gunmen opened fire on them on Saturday "
     "in an alley.", "2016-01-23"),
    ("A man was stabbed to death in Macon last week. He was attacked in his yard on Sunday "
     "morning.", "2016-01-24"),
    ("A woman was shot in Reno last week. Police said she was shot on Tuesday night outside her "
     "home.", "2016-01-19"),
    ("Police have named a boy who died in Flint last week after shooting himself. The boy was "
     "found dead after shooting himself in the head Wednesday night.", "2016-01-20"),
    ("A teenager died after he was shot in Akron last week. The shooting happened late Friday "
     "night near a park.", "2016-01-22"),
    ("A driver was shot in Tulsa last week. The shooting happened on Jan. 21 on Main Street.",
     "2016-01-21"),
    ("Two people were wounded in a shooting in Mobile last week. Witnesses said the gunfire "
     "broke out on Thursday evening.", "2016-01-21"),
    ("A clerk was shot dead in Gary last week. Gunmen killed him on Wednesday afternoon.",
     "2016-01-20"),
    # the day's sentence tells the violence by a word the events folded into the first mention
    ("A man died in Akron last week after he was shot. Detectives told reporters that he had "
     "been shot outside a bar on Tuesday night.", "2016-01-19"),
    ("A woman was killed in Toledo last week. Her family says she was stabbed in her kitchen on "
     "Friday evening.", "2016-01-22"),
]
THE_WEEK_KEPT = [
    ("A man was shot in Reno last week. Police said Monday that they had no suspects.",
     "2016-01-18"),
    ("A man was shot in Mobile last week. His funeral will be held on Saturday.", "2016-01-18"),
    ("A woman was killed in a shooting in Fresno last week. A vigil was held on Sunday, Jan. 24.",
     "2016-01-18"),
    ("A man was shot dead in Erie last week. Two weeks earlier, on Jan. 6, his brother was "
     "arrested.", "2016-01-18"),
    ("A man was shot in Gary last week. Police arrested a suspect on Friday.", "2016-01-18"),
    ("A man was shot in Akron last week. The city council met on Thursday to discuss crime.",
     "2016-01-18"),
    ("A woman was shot in Tulsa last week. She was released from the hospital on Saturday.",
     "2016-01-18"),
    ("A man was shot in Dayton on Wednesday. He died last week.", "2016-01-20"),
    ("A man was shot in Erie last week. His family says he was buried on Saturday.",
     "2016-01-18"),
]


@pytest.mark.parametrize(("text", "day"), DAY_OF_THE_WEEK,
                         ids=[t[:50] for t, _ in DAY_OF_THE_WEEK])
def test_violence_of_last_week_takes_the_day_told_for_it(pipeline, tmp_path, text, day):
    assert first_assault_day(pipeline, str(tmp_path / "probe.db"), PUBLISHED, text) == day


@pytest.mark.parametrize(("text", "day"), THE_WEEK_KEPT, ids=[t[:50] for t, _ in THE_WEEK_KEPT])
def test_a_day_of_another_act_leaves_the_week(pipeline, tmp_path, text, day):
    assert first_assault_day(pipeline, str(tmp_path / "probe.db"), PUBLISHED, text) == day
