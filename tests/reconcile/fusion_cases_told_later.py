"""Made-up pairs of local news reports (no text from any data set): a shooting reported on its
day, then a follow-up days later (a charge, a vigil, a funeral, a plea for tips) that tells the
violence again with no day of its own, so that it is dated only by the day the follow-up was
told. ``JOIN_TOLD_LATER``: the follow-up's telling joins the shooting by a clue both tell (the
victim's name and age, an address) and leaves its day as it was; ``APART_TOLD_LATER``: near
neighbours that stay two (the follow-up states another day of its own, another victim of the
same name with another age, the same name in another town). Each case is (label, report,
follow-up); a report is (text, publication date or None)."""

from __future__ import annotations

from fusion_cases import Case

JOIN_TOLD_LATER: list[Case] = [
    ("a charge naming the wounded woman",
     ("MACON, Ga. — Keisha Grant, 34, was shot in the leg Thursday night on Pio Nono Avenue, "
      "deputies said.", "2019-02-15"),
     ("MACON, Ga. — A man is charged with attempted murder in the shooting of Keisha Grant, "
      "34.", "2019-02-18")),
    ("a charge naming the killed woman",
     ("DANVILLE, Ill. — Carla Shaw, 41, was found shot to death in her car on Tuesday, police "
      "said.", "2016-03-02"),
     ("DANVILLE, Ill. — A Danville man is charged with first-degree murder in the killing of "
      "Carla Shaw, 41.", "2016-03-05")),
    ("a vigil for the victim",
     ("GARY, Ind. — Dwayne Mills, 23, was shot and killed Friday night near a basketball court, "
      "police said.", "2017-07-15"),
     ("GARY, Ind. — Friends released balloons for Dwayne Mills, 23, who was shot and killed "
      "near a basketball court.", "2017-07-18")),
    ("leaving the hospital",
     ("FRESNO, Calif. — Angela Moreno, 37, was shot and wounded Sunday outside her home, police "
      "said.", "2018-09-10"),
     ("FRESNO, Calif. — Angela Moreno, 37, who was shot and wounded outside her home, has left "
      "the hospital, police said.", "2018-09-13")),
    ("a funeral",
     ("TULSA, Okla. — Terrence Cole, 31, was fatally shot Saturday at a gas station, police "
      "said.", "2016-04-10"),
     ("TULSA, Okla. — Hundreds attended the funeral of Terrence Cole, 31, who was fatally shot "
      "at a gas station.", "2016-04-16")),
    ("an arrest, the address told again",
     ("AKRON, Ohio — Two men were wounded in a shooting in the 1400 block of Elm Street early "
      "Sunday, police said.", "2020-08-02"),
     ("AKRON, Ohio — A suspect was arrested in the shooting that wounded two men in the 1400 "
      "block of Elm Street.", "2020-08-05")),
    ("the victim named with the age before the name",
     ("TOLEDO, Ohio — 27-year-old Jamal Pierce was shot and killed outside a gas station on "
      "Monday, police said.", "2017-06-13"),
     ("TOLEDO, Ohio — Relatives of 27-year-old Jamal Pierce, who was shot dead outside a gas "
      "station, want answers.", "2017-06-19")),
    ("a reward",
     ("MOBILE, Ala. — Carl Dixon, 50, was shot and killed outside a store Wednesday, police "
      "said.", "2019-11-14"),
     ("MOBILE, Ala. — A $5,000 reward is offered in the killing of Carl Dixon, 50, who was shot "
      "outside a store.", "2019-11-20")),
    ("a wounded boy's recovery",
     ("FLINT, Mich. — Jaylen Brooks, 12, was hit by a stray bullet Saturday evening while "
      "playing outside, police said.", "2018-06-24"),
     ("FLINT, Mich. — Jaylen Brooks, 12, who was hit by a stray bullet while playing outside, "
      "is recovering at home.", "2018-06-29")),
    ("a victim who died later",
     ("WICHITA, Kan. — Darnell Wright, 31, was shot Saturday at an apartment complex, police "
      "said.", "2016-02-21"),
     ("WICHITA, Kan. — Darnell Wright, 31, who was shot at an apartment complex, has died, "
      "police said.", "2016-02-24")),
]

APART_TOLD_LATER: list[Case] = [
    ("the follow-up states another day of its own",
     ("GARY, Ind. — Dwayne Mills, 23, was shot and killed Friday night near a basketball court, "
      "police said.", "2017-07-15"),
     ("GARY, Ind. — Dwayne Mills, 23, was shot and killed Monday night near a basketball court, "
      "police said.", "2017-07-18")),
    ("the same name with another age",
     ("FRESNO, Calif. — Angela Moreno, 37, was shot and wounded Sunday outside her home, police "
      "said.", "2018-09-10"),
     ("FRESNO, Calif. — Angela Moreno, 64, who was shot and wounded outside her home, has left "
      "the hospital, police said.", "2018-09-13")),
    ("the same name in another town",
     ("TULSA, Okla. — Terrence Cole, 31, was fatally shot Saturday at a gas station, police "
      "said.", "2016-04-10"),
     ("WICHITA, Kan. — Hundreds attended the funeral of Terrence Cole, 31, who was fatally "
      "shot at a gas station.", "2016-04-16")),
    ("another victim in the same town",
     ("MOBILE, Ala. — Carl Dixon, 50, was shot and killed outside a store Wednesday, police "
      "said.", "2019-11-14"),
     ("MOBILE, Ala. — A $5,000 reward is offered in the killing of Ray Dunn, 44, who was shot "
      "outside a store.", "2019-11-20")),
    ("another hundred block in the same town",
     ("AKRON, Ohio — Two men were wounded in a shooting in the 1400 block of Elm Street early "
      "Sunday, police said.", "2020-08-02"),
     ("AKRON, Ohio — A suspect was arrested in the shooting that wounded two men in the 900 "
      "block of Oak Street.", "2020-08-05")),
    ("a follow-up two months later",
     ("TOLEDO, Ohio — 27-year-old Jamal Pierce was shot and killed outside a gas station on "
      "Monday, police said.", "2017-06-13"),
     ("TOLEDO, Ohio — Relatives of 27-year-old Jamal Pierce, who was shot dead outside a gas "
      "station, want answers.", "2017-09-19")),
]
