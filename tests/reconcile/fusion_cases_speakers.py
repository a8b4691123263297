"""Made-up reports for fusion across articles (no text from any data set) of two error classes
found on news-mix: statements of one day and place by other speakers joined as one (``JOIN_`` and
``APART_ACCUSE``: a statement is its speaker's, as ACLED's unit is the actor pair), and a
victim's name told near an arrest or a protest joining two arrests or two protests of one town
(``APART_PROTEST``, ``APART_COERCE``; the killing itself still joins by the name:
``JOIN_ASSAULT``). Each case is (label, first report, second report); a report is (text,
publication date or None)."""

from __future__ import annotations

from fusion_cases import Case

JOIN_ACCUSE: list[Case] = [
    ("one minister named with his title and with his office after the name",
     ("French Foreign Minister Laurent Fabius on Monday condemned the bombing of a market in "
      "Baghdad.",
      "2015-06-02"),
     ("Laurent Fabius, the French foreign minister, on Monday condemned the bombing of a market "
      "in Baghdad.",
      "2015-06-02")),
    ("one council, two wordings",
     ("The United Nations Security Council on Tuesday condemned the attack on peacekeepers in "
      "Mali.",
      "2016-03-09"),
     ("The U.N. Security Council condemned on Tuesday an attack that killed peacekeepers in "
      "Mali.",
      "2016-03-09")),
    ("one president, a wire and a paper",
     ("Russian President Vladimir Putin on Friday condemned the attack on the Russian embassy in"
      " Ankara.",
      "2017-12-16"),
     ("Vladimir Putin on Friday condemned the attack on the Russian embassy in Ankara and "
      "promised a response.",
      "2017-12-16")),
    ("one ministry, named two ways",
     ("Turkey's Foreign Ministry on Sunday condemned the shelling of a border village in Hatay "
      "by Syrian forces.",
      "2018-02-12"),
     ("The Turkish Foreign Ministry on Sunday condemned the Syrian shelling of a village in "
      "Hatay.",
      "2018-02-12")),
    ("one prime minister, with and without her title",
     ("British Prime Minister Theresa May on Wednesday condemned the poisoning of a former spy "
      "in Salisbury.",
      "2018-03-08"),
     ("Theresa May on Wednesday condemned the poisoning of a former Russian spy in Salisbury, "
      "calling it reckless.",
      "2018-03-08")),
]

APART_ACCUSE: list[Case] = [
    ("a council and a president the same day",
     ("The United Nations Security Council on Tuesday condemned the attack on peacekeepers in "
      "Mali.",
      "2016-03-09"),
     ("President Barack Obama on Tuesday condemned the attack on peacekeepers in Mali.",
      "2016-03-09")),
    ("two countries' ministers the same day",
     ("French Foreign Minister Laurent Fabius on Monday condemned the bombing of a market in "
      "Baghdad.",
      "2015-06-02"),
     ("German Foreign Minister Frank-Walter Steinmeier on Monday condemned the bombing of a "
      "market in Baghdad.",
      "2015-06-02")),
    ("a president and a rebel group the same day",
     ("President Bashar al-Assad on Sunday condemned the bombing of a school in Idlib.",
      "2016-04-11"),
     ("The Free Syrian Army on Sunday condemned the bombing of a school in Idlib.",
      "2016-04-11")),
    ("an ambassador and a prime minister of other countries the same day",
     ("Egyptian President Abdel Fattah el-Sisi on Thursday condemned the attack on a church in "
      "Tanta.",
      "2017-04-14"),
     ("Italian Prime Minister Paolo Gentiloni on Thursday condemned the attack on a church in "
      "Tanta.",
      "2017-04-14")),
    ("a president and another country's ministry the same day",
     ("Afghan President Ashraf Ghani on Saturday condemned the bombing of a hospital in Kabul.",
      "2017-08-15"),
     ("Pakistan's Foreign Ministry on Saturday condemned the bombing of a hospital in Kabul.",
      "2017-08-15")),
    ("a council and a president, the embassy of the president's country attacked",
     ("The United Nations Security Council on Thursday condemned the bombing of the U.S. embassy"
      " in Nairobi.",
      "1998-08-14"),
     ("U.S. President Bill Clinton on Thursday condemned the bombing of the U.S. embassy in "
      "Nairobi.",
      "1998-08-14")),
    ("student leaders and a minister",
     ("Student leaders on Monday condemned the police raid on the university in Dhaka.",
      "2018-08-07"),
     ("Bangladesh's home minister on Monday condemned the violence at the university in Dhaka.",
      "2018-08-07")),
    ("an aid group and a government",
     ("The Red Cross on Wednesday condemned the shelling of a hospital in Aleppo.",
      "2016-05-05"),
     ("Syria's foreign ministry on Wednesday condemned the shelling of a hospital in Aleppo.",
      "2016-05-05")),
]

APART_PROTEST: list[Case] = [
    ("two rallies naming one victim",
     ("ROCHESTER, N.Y. — Hundreds of people marched downtown on Saturday to demand justice for "
      "Kevin Tran. Tran, a college student, was shot dead by a police officer last month.",
      None),
     ("ROCHESTER, N.Y. — Students rallied outside city hall on Wednesday. They said the officer "
      "who shot Kevin Tran dead must be charged.",
      None)),
    ("a march and a vigil-day protest naming one victim",
     ("DAYTON, Ohio — Protesters blocked a highway on Sunday night after the killing of Marcus "
      "Webb. Webb was shot by a deputy during a traffic stop.",
      None),
     ("DAYTON, Ohio — About 50 people protested outside the sheriff's office on Thursday. Marcus"
      " Webb was shot by a deputy during a traffic stop.",
      None)),
    ("a march and a rally naming one victim",
     ("TULSA, Okla. — Hundreds of protesters marched to police headquarters on Monday. Police "
      "said Dale Harmon was shot dead in his car by an officer.",
      None),
     ("TULSA, Okla. — Demonstrators rallied at the courthouse on Friday. Police said Dale Harmon"
      " was shot dead in his car by an officer.",
      None)),
]

APART_COERCE: list[Case] = [
    ("two arrests naming one victim",
     ("STOCKTON, Calif. — Police arrested a man on Monday in the killing of Ana Silva. Silva was"
      " shot dead at her home.",
      None),
     ("STOCKTON, Calif. — Police arrested a second suspect on Friday in the killing of Ana "
      "Silva, who was shot at her home.",
      None)),
    ("an arrest and a second arrest weeks apart naming one victim",
     ("MOBILE, Ala. — Deputies detained a teenager on Tuesday. Investigators say he shot Carl "
      "Dixon outside a store.",
      None),
     ("MOBILE, Ala. — Deputies detained a woman on Saturday. Investigators say she drove the car"
      " when Carl Dixon was shot outside a store.",
      None)),
]

JOIN_ASSAULT: list[Case] = [
    ("one killing, the victim named without an age",
     ("ROCHESTER, N.Y. — Kevin Tran was shot dead by a police officer on Friday night, police "
      "said.",
      None),
     ("ROCHESTER, N.Y. — Family members said Kevin Tran was unarmed when an officer shot and "
      "killed him on Friday night.",
      None)),
    ("one killing at a home, the victim named without an age",
     ("STOCKTON, Calif. — Police said Ana Silva was shot dead at her home on Sunday.",
      None),
     ("STOCKTON, Calif. — Relatives said Ana Silva was killed by a gunman at her home on Sunday.",
      None)),
    ("one shooting by a deputy, the victim named",
     ("DAYTON, Ohio — The sheriff said Marcus Webb was shot by a deputy during a traffic stop on"
      " Saturday night.",
      None),
     ("DAYTON, Ohio — Witnesses said Marcus Webb was shot during a traffic stop on Saturday "
      "night.",
      None)),
    ("one shooting outside a store, the victim named",
     ("MOBILE, Ala. — Deputies said Carl Dixon was shot outside a store on Monday evening.",
      None),
     ("MOBILE, Ala. — Neighbors said Carl Dixon was wounded by gunfire outside a store on Monday"
      " evening.",
      None)),
    ("one killing in a car, the victim named",
     ("TULSA, Okla. — Police said Dale Harmon was shot dead in his car on Tuesday.",
      None),
     ("TULSA, Okla. — His mother said Dale Harmon was killed by gunfire while sitting in his car"
      " on Tuesday.",
      None)),
]

