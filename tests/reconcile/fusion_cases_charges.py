"""Made-up pairs of local news reports (no text from any data set) for a killing or a wounding
told back by a charge that names no accuser ("a man is charged with murder in the shooting
death of ...", "Man accused of killing ... to be arraigned"): the report of the happening comes
first, the follow-up tells only the charge. ``JOIN_CHARGED``: the follow-up joins the happening's
incident by the victim's name or the address both tell; ``APART_CHARGED``: near neighbours that
stay apart (another victim in the same town, the same name in a town far away, a charge with no
toll, a charge naming a victim the first report does not). Each case is (label, report,
follow-up); a report is (text, publication date or None)."""

from __future__ import annotations

from fusion_cases import Case

JOIN_CHARGED: list[Case] = [
    ("charged with murder in the shooting death",
     ("CANTON, Ohio — Tom Baker, 45, was shot and killed Saturday night outside a bar on "
      "Tuscarawas Street, police said.", "2016-01-10"),
     ("CANTON, Ohio — A 32-year-old man is charged with murder in the shooting death of Tom "
      "Baker, 45. He is scheduled for arraignment Wednesday.", "2016-01-12")),
    ("accused in the headline and the lead",
     ("ELKHART, Ind. — Police said Maria Lopez, 29, was fatally shot Friday at her apartment.",
      "2016-01-16"),
     ("Man accused of fatally shooting Elkhart woman to be arraigned\n\nELKHART, Ind. — A man "
      "accused of killing Maria Lopez, 29, will appear in court on Monday.", "2016-01-17")),
    ("indicted for the stabbing death",
     ("SALEM, Ore. — Derek Olsen, 52, died after he was stabbed in his home on Monday, police "
      "said.", "2017-03-07"),
     ("SALEM, Ore. — A woman was indicted on a murder charge in the stabbing death of Derek "
      "Olsen, 52.", "2017-03-21")),
    ("faces charges in the killing, undated follow-up",
     ("JOLIET, Ill. — Andre Wallace, 19, was shot dead Sunday afternoon in a parking lot, "
      "police said.", "2018-05-07"),
     ("JOLIET, Ill. — A 20-year-old man faces a first-degree murder charge in the killing of "
      "Andre Wallace, 19.", None)),
    ("charged with attempted murder for a wounding",
     ("MACON, Ga. — Keisha Grant, 34, was shot in the leg Thursday night on Pio Nono Avenue, "
      "deputies said.", "2019-02-15"),
     ("MACON, Ga. — A man is charged with attempted murder in the shooting of Keisha Grant, "
      "34.", "2019-02-18")),
    ("charged with manslaughter, the victim named by full name only",
     ("PUEBLO, Colo. — Police say Luis Ortega was shot and killed at a house party early "
      "Saturday.", "2016-01-24"),
     ("PUEBLO, Colo. — A teenager was charged with manslaughter in the fatal shooting of Luis "
      "Ortega at a house party.", "2016-01-27")),
    ("charged with first-degree murder in the killing",
     ("DANVILLE, Ill. — Carla Shaw, 41, was found shot to death in her car on Tuesday, police "
      "said.", "2016-03-02"),
     ("DANVILLE, Ill. — A Danville man is charged with first-degree murder in the killing of "
      "Carla Shaw, 41.", "2016-03-05")),
    ("charged with homicide, the victim named with his age before the name",
     ("TOLEDO, Ohio — 27-year-old Jamal Pierce was shot and killed outside a gas station on "
      "Monday, police said.", "2017-06-13"),
     ("TOLEDO, Ohio — A man was charged Thursday with homicide in the shooting death of "
      "27-year-old Jamal Pierce.", "2017-06-16")),
    ("charged with shooting a clerk, injured",
     ("AKRON, Ohio — Store clerk Ravi Patel, 38, was wounded when a robber shot him on "
      "Wednesday, police said.", "2018-10-11"),
     ("AKRON, Ohio — A 22-year-old man was charged with shooting store clerk Ravi Patel, 38, "
      "during a robbery.", "2018-10-13")),
    ("charged with murder, the killing told at an address",
     ("FLINT, Mich. — A 61-year-old man was shot and killed Friday at a home in the 1200 block "
      "of Carpenter Road, police said.", "2019-08-10"),
     ("FLINT, Mich. — A neighbor is charged with murder in the shooting death of a 61-year-old "
      "man at a home in the 1200 block of Carpenter Road.", "2019-08-14")),
]

APART_CHARGED: list[Case] = [
    ("another victim in the same town",
     ("CANTON, Ohio — Tom Baker, 45, was shot and killed Saturday night outside a bar on "
      "Tuscarawas Street, police said.", "2016-01-10"),
     ("CANTON, Ohio — A 32-year-old man is charged with murder in the shooting death of Gary "
      "Hill, 58. He is scheduled for arraignment Wednesday.", "2016-01-12")),
    ("the same name in a town far away",
     ("ELKHART, Ind. — Police said Maria Lopez, 29, was fatally shot Friday at her apartment.",
      "2016-01-16"),
     ("EL PASO, Texas — A man accused of killing Maria Lopez, 29, will appear in court on "
      "Monday.", "2016-01-17")),
    ("another victim, another age, in the same town",
     ("SALEM, Ore. — Derek Olsen, 52, died after he was stabbed in his home on Monday, police "
      "said.", "2017-03-07"),
     ("SALEM, Ore. — A woman was indicted on a murder charge in the stabbing death of Brian "
      "Keller, 23.", "2017-03-21")),
    ("a wounding and a charge naming another wounded man",
     ("MACON, Ga. — Keisha Grant, 34, was shot in the leg Thursday night on Pio Nono Avenue, "
      "deputies said.", "2019-02-15"),
     ("MACON, Ga. — A man is charged with attempted murder in the shooting of Marcus Bell, "
      "17.", "2019-02-18")),
    ("another address in the same town",
     ("FLINT, Mich. — A 61-year-old man was shot and killed Friday at a home in the 1200 block "
      "of Carpenter Road, police said.", "2019-08-10"),
     ("FLINT, Mich. — A neighbor is charged with murder in the shooting death of a 44-year-old "
      "man at a home in the 3400 block of Dupont Street.", "2019-08-14")),
    ("the same name in another state",
     ("TOLEDO, Ohio — 27-year-old Jamal Pierce was shot and killed outside a gas station on "
      "Monday, police said.", "2017-06-13"),
     ("TOLEDO, Ore. — A man was charged Thursday with homicide in the shooting death of "
      "27-year-old Jamal Pierce.", "2017-06-16")),
]

# the follow-up first, with a statement of its own (the clues wait with its incident), then the
# report of the killing
CHARGED_FIRST: list[Case] = [
    ("the charge first, with the family's appeal",
     ("CANTON, Ohio — A 32-year-old man is charged with murder in the shooting death of Tom "
      "Baker, 45. Baker's family on Tuesday asked the public for patience.", "2016-01-12"),
     ("CANTON, Ohio — Tom Baker, 45, was shot and killed Saturday night outside a bar on "
      "Tuscarawas Street, police said.", "2016-01-10")),
    ("the indictment first, with the prosecutor's request",
     ("SALEM, Ore. — A woman was indicted on a murder charge in the stabbing death of Derek "
      "Olsen, 52. The district attorney on Monday asked the court to deny bail.", "2017-03-21"),
     ("SALEM, Ore. — Derek Olsen, 52, died after he was stabbed in his home on Monday, police "
      "said.", "2017-03-07")),
]


# the follow-up's first charge names no one ("Man accused of killing Hammond woman"); the victim
# is named only in another charge told far below it, which reads as moot ("No one else has been
# charged in the death of ...", "Police have not charged anyone else in ..."): what is moot is
# the charge, not the death, so the name is a clue of the killing told back
_COURT = (" The hearing was moved twice because of the weather, and the judge ordered that the "
          "suspect remain held without bond until it takes place. A lawyer for the suspect did "
          "not return calls seeking comment on Tuesday, and relatives who gathered outside the "
          "courthouse declined to speak with reporters. The county's public defender's office "
          "said it had not yet been assigned the case and would review it once the paperwork "
          "arrives from the clerk's office later in the week.")
_HAMMOND = ("HAMMOND, Ind. — Lena Cole, 51, was fatally shot Tuesday in her driveway, police "
            "said.", "2018-09-12")
_ERIE = ("ERIE, Pa. — Darnell Price, 22, was shot and killed Saturday night on Parade Street, "
         "police said.", "2019-11-10")
JOIN_CHARGED_MOOT: list[Case] = [
    ("no one else charged in the death",
     _HAMMOND,
     ("Man accused of killing Hammond woman to be arraigned\n\nHAMMOND, Ind. — A man accused of "
      "fatally shooting a woman in her driveway is due in court Friday." + _COURT
      + " No one else has been charged in the death of Lena Cole, 51.", "2018-09-15")),
    ("police have not charged anyone else in the shooting death",
     _ERIE,
     ("Teen accused of killing Erie man waives hearing\n\nERIE, Pa. — A 17-year-old accused of "
      "fatally shooting a man on Parade Street waived his preliminary hearing on Thursday."
      + _COURT + " Police have not charged anyone else in the shooting death of Darnell Price, "
      "22.", "2019-11-15")),
]
APART_CHARGED_MOOT: list[Case] = [
    ("no one else charged in the death of another woman",
     _HAMMOND,
     ("Man accused of killing Hammond woman to be arraigned\n\nHAMMOND, Ind. — A man accused of "
      "fatally shooting a woman in her driveway is due in court Friday." + _COURT
      + " No one else has been charged in the death of Rita Moss, 63.", "2018-09-15")),
    ("the same name in a town far away",
     _ERIE,
     ("Teen accused of killing Tulsa man waives hearing\n\nTULSA, Okla. — A 17-year-old accused "
      "of fatally shooting a man waived his preliminary hearing on Thursday." + _COURT
      + " Police have not charged anyone else in the shooting death of Darnell Price, 22.",
      "2019-11-15")),
]
