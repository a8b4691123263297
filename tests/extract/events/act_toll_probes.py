"""Made-up probe sentences: an act told by its doers and, conjoined in the same sentence, its
toll in the passive with no doer ("Police fired tear gas to clear the road, and at least 15
students were injured"): one happening, one event. Near neighbours that stay two: the toll at
another place or day, done by doers of its own, or in an act of its own ("killed in clashes
across the country"). Not taken from any data set. Each row:
(text, number of ASSAULT events)."""

from __future__ import annotations

ONE = [
    "Police fired tear gas to clear the road near Savar on Monday, and at least 15 students "
    "were injured, a teacher said.",
    "Gunmen stormed a church in Owo on Sunday and dozens of worshippers were killed, officials "
    "said.",
    "Riot police clashed with protesters outside the parliament in Tbilisi, and several "
    "protesters were hurt.",
    "Soldiers opened fire on the marchers in Mandalay on Saturday, and four people were killed, "
    "witnesses said.",
    "Militants ambushed a convoy near Kidal on Tuesday and six soldiers were wounded.",
    "Police used water cannon to disperse the rally in Dhaka, and about 30 people were injured.",
    "A mob attacked the bus station in Kano late on Friday, and two drivers were beaten.",
    "Security forces raided the camp near Jenin at dawn, and three men were killed, the ministry "
    "said.",
    "Drones struck a fuel depot in Belgorod overnight and two workers were injured, the "
    "governor said.",
    "Gunmen fired on a minibus near Bamenda on Thursday, and a nurse was killed.",
    "Police fired rubber bullets at the strikers in Gazipur, and at least 12 workers were "
    "wounded, a union official said.",
    "Attackers threw grenades at a market in Jos on Wednesday and five traders were wounded.",
]
TWO = [
    "Police fired tear gas at protesters in Nairobi and two officers were injured in Mombasa.",
    "Rebels attacked an army post near Gao on Monday, and three soldiers were killed in "
    "Timbuktu on Tuesday.",
    "Soldiers opened fire on the marchers in Mandalay, and four people were killed by a bomb "
    "in Yangon.",
    "Militants ambushed a convoy near Kidal on Tuesday and six soldiers were wounded by a mine "
    "near Gao on Friday.",
    "Gunmen stormed a church in Owo on Sunday, and two guards were shot by police in Akure on "
    "Monday.",
    "Riot police clashed with protesters in Tbilisi, and in Batumi a journalist was beaten by "
    "counter-protesters.",
    "Drones struck a fuel depot in Belgorod overnight, and two workers were injured in Kursk "
    "on Friday.",
    "A mob attacked the bus station in Kano on Friday, and a driver was stabbed by robbers in "
    "Zaria on Sunday.",
    "Troops shelled a village near Idlib on Monday and a farmer was shot by a sniper in Aleppo "
    "on Tuesday.",
    "Gunmen fired on a minibus near Bamenda on Thursday, and in Buea a nurse was killed by "
    "separatists on Saturday.",
    "Riot police fired tear gas at students in Accra on Monday, and at least nine people were "
    "killed in clashes across the country.",
    "Troops shelled the town on Friday, and two farmers were killed in an ambush near the "
    "border.",
]
