"""A month named without its year that dates an act told in a past tense lies before the
publication date (``history.yearless``): in a March story "a bomb exploded outside the main bank
on June 4" or "beat a prisoner in a cell of the station in May" is last year's June or May, so
the act is background, though the tense word lies beyond the window the dates extractor reads
and the nearer (coming) month was taken. Neighbours: acts of the week, months told in the
future ("will attack the town in June, officials said": the coming June, not last year's), and
months a deadline or a schedule names ("until June 4", "set for June 4"). Made-up sentences."""

from __future__ import annotations

import pytest

import sitrep
from samples import check_background

PUBLISHED = "2021-03-10"  # a Wednesday

PAST = [
    ("Police arrested a man on Monday. A bomb exploded outside the main bank on June 4.",
     "exploded"),
    ("Prosecutors charged the officer on Monday. He beat a handcuffed prisoner in a cell of the "
     "station in May.", "beat"),
    ("Police arrested a suspect on Tuesday. Gunmen attacked a bus full of pilgrims near the town "
     "on July 9.", "attacked"),
    ("Prosecutors charged a teacher on Monday. The teacher slapped a pupil in front of the whole "
     "class at the school in April.", "slapped"),
    ("Police arrested a man on Monday. Militants bombed a crowded police station in the northern "
     "province of the country in June.", "bombed"),
    ("The union called a strike on Monday. Workers rallied outside the gates of the steel mill in "
     "the town on 12 May.", "rallied"),
    ("Police arrested a woman on Monday. She stabbed her husband with a kitchen knife in their "
     "home on April 11.", "stabbed"),
    ("Troops shelled the town on Monday. Rebels ambushed an army convoy on the winding road to "
     "the airport on May 14.", "ambushed"),
    ("Police detained two men on Tuesday. Officers raided a large warehouse full of stolen goods "
     "in the port on June 8.", "raided"),
    ("Prosecutors charged a guard on Monday. The guard struck an inmate with his baton in a cell "
     "block of the county jail in May.", "struck"),
    ("Police arrested a man on Monday. Gunmen kidnapped two aid workers from their car on the "
     "road north of Gao in April.", "kidnapped"),
    ("Police arrested a man on Monday. Protesters were blocking the main road into the capital "
     "near the airport on April 20.", "blocking"),
    ("Police arrested two men on Monday. The men had shot a petrol station attendant on the edge "
     "of the town on May 2.", "shot"),
    ("Police charged a man on Monday. Officers arrested the fugitive at a motel on the interstate "
     "near Atlanta in June, but he escaped.", "arrested"),
]
NEWS = [
    ("Police arrested a man on Monday. The army will attack the town in June, officials said.",
     "attack"),
    ("The rebels will free the hostages in May, a spokesman for the group said on Monday.",
     "free"),
    ("Police extended the curfew until June 4, officials said on Tuesday.", "curfew"),
    ("Gunmen attacked a convoy near Mandera on Monday, killing five soldiers.", "attacked"),
    ("The talks, which were set for June 4, will be held in Geneva.", "talks"),
    ("The minister met the envoy in Geneva on March 8 and will see him again in June.", "met"),
    ("Police arrested two men on Monday ahead of the June 4 vote.", "arrested"),
]


@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in PAST] + [(t, g, False) for t, g in NEWS])
def test_a_past_act_dated_by_a_yearless_month_lies_before_publication(
        pipeline, text: str, trigger: str, background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)


@pytest.mark.parametrize("text,trigger,value", [
    ("Police arrested a man on Monday. A bomb exploded outside the main bank on June 4.",
     "exploded", "2020-06-04"),
    ("Police arrested a man on Monday. The army will attack the town in June, officials said.",
     "attack", "2021-06"),
    # (a period's end, "extended the curfew until June 4", dates no act: ``test_link_period_ends``)
    ("The army will withdraw its troops from the town on June 4, officials said on Tuesday.",
     "withdraw", "2021-06-04"),
])
def test_the_act_takes_the_month_of_its_tense(pipeline, text: str, trigger: str,
                                              value: str) -> None:
    events = sitrep.process_text(text, published=PUBLISHED).events
    found = [e for e in events if trigger in e.trigger.text]
    assert found and found[0].when is not None, [(e.trigger.text, e.when) for e in events]
    assert found[0].when.value == value
