"""Made-up articles (not copied from any data set) with the publication date in their URL
(Wednesday 2021-03-17): a violent mention the text does not date takes the day the story sets
for what happened, not the day a report was made ("..., the sheriff said on Monday" tells when
the sheriff spoke; the shooting of the story happened "on Saturday night"). Neighbours: a day
of another act (an arrest, a hearing) still counts, a report's day is the incident's where the
article names no other, and a mention dated in its own clause keeps its day."""

from __future__ import annotations

import pytest
from tests.samples import assault_day

URL = "https://news.example.com/2021/03/17/story/"

REPORTED = [
    ("A Dayton man was in jail on a murder charge, the sheriff said on Monday. The victim had "
     "met him at a bar on Saturday night. Witnesses said the two men argued. The man pulled "
     "a gun and shot the victim.", "2021-03-13"),
    ("A Tulsa woman is being held without bond, police told reporters on Tuesday. She had "
     "visited her former husband on Sunday evening. Neighbours heard shouting. She shot "
     "her former husband in the chest.", "2021-03-14"),
    ("A teenager faces charges in Flint, prosecutors announced on Monday. He went to a party "
     "on Friday night. Guests said he left and came back. He opened fire on the crowd.",
     "2021-03-12"),
    ("A man was arraigned in Toledo, the prosecutor's office confirmed on Tuesday. He had "
     "driven to a store on Saturday afternoon. A clerk refused to sell him beer. He shot the "
     "clerk.", "2021-03-13"),
    ("An Akron man remains in custody, police said Monday. He met a buyer in a parking lot on "
     "Sunday morning. The sale went wrong. He shot the buyer twice.", "2021-03-14"),
    ("A Gary man was charged with murder, the county prosecutor said on Tuesday. The man "
     "drove to his cousin's house on Saturday. The two men quarrelled in the yard. He shot "
     "his cousin in the chest.", "2021-03-13"),
    ("A guard is on leave in Erie, the company stated on Monday. He was on duty at the mall "
     "on Friday evening. A shoplifter ran. The guard fired at the fleeing man.", "2021-03-12"),
    ("A Macon man was denied bail, officials reported on Tuesday. He came home on Sunday "
     "night. His brother was waiting. He stabbed his brother.", "2021-03-14"),
    ("A Reno man pleaded not guilty, his lawyer told the court on Monday. He attended a "
     "wedding on Saturday night. Guests said he drank a lot. He shot a guest in the leg.",
     "2021-03-13"),
    ("A Mobile woman is in jail, the police chief said on Tuesday. She argued with a "
     "neighbour on Sunday afternoon. The neighbour went inside. She shot the neighbour "
     "through a window.", "2021-03-14"),
]
KEPT = [
    ("A man was shot in Dayton on Saturday, police said on Monday.", "2021-03-13"),
    ("A woman is in jail, police said on Monday. Witnesses said the two argued. She shot "
     "her husband in Tulsa.", "2021-03-15"),
    ("Police arrested a man in Flint on Monday. He had gone to a party on Friday night. "
     "Guests said he left and came back. He opened fire on the crowd.", "2021-03-15"),
    ("A Toledo man appeared in court on Tuesday. He had driven to a store on Saturday. A "
     "clerk refused to sell him beer. He shot the clerk.", "2021-03-16"),
    ("Two men were shot in Akron early Sunday, police said on Tuesday.", "2021-03-14"),
    ("Police said on Monday that a man was shot in Gary on Saturday.", "2021-03-13"),
    ("A guard in Erie was shot on Friday evening. The company said on Monday he is "
     "recovering.", "2021-03-12"),
    ("A man was stabbed in Macon on Sunday night, officials reported on Tuesday.",
     "2021-03-14"),
    ("A Reno man shot a guest at a wedding on Saturday night, his lawyer said.", "2021-03-13"),
    ("The sheriff said on Tuesday that a woman shot her neighbour in Mobile.", "2021-03-16"),
]




@pytest.mark.parametrize(("text", "day"), REPORTED + KEPT,
                         ids=[t[:45] for t, _ in REPORTED + KEPT])
def test_undated_violence_takes_the_story_day_not_the_report_day(pipeline, tmp_path, text, day):
    assert assault_day(pipeline, str(tmp_path / "probe.db"), text, URL) == day
