"""Made-up probe articles: the victims of a shooting or a stabbing told again after the toll,
one by one or by a pronoun, by their wounds or by what had been done to them ("Two men were
shot ... Officers found a 30-year-old man with a gunshot wound and a 22-year-old man who had
been shot in the chest"): one happening, one event. Near neighbours that stay two: other
places or days, someone of another sex, a group after a single person, one told as more.
Not taken from any data set. Each row: (text, number of ASSAULT events)."""

from __future__ import annotations

ONE = [
    "Two men were shot outside a pub in Derby early Sunday, police said. Officers found a "
    "30-year-old man with a gunshot wound to the arm and a 22-year-old man who had been shot "
    "in the chest.",
    "A woman was shot at a gas station in Tulsa on Friday night. Officers found her with a "
    "gunshot wound to the shoulder.",
    "Three teenagers were shot near a park in Fresno on Saturday. One boy had been shot in the "
    "leg, police said.",
    "Two brothers were stabbed outside a shop in Croydon on Monday. Paramedics found a "
    "19-year-old man with stab wounds to the back.",
    "Two people were shot at a party in Macon late Friday. Deputies found a man who had been "
    "shot in the hip.",
    "A man was shot in a parking lot in Akron on Tuesday. Officers found him with a gunshot "
    "wound to the neck.",
    "Two women were shot outside a club in Reno early Sunday. Medics found a 25-year-old woman "
    "with a gunshot wound to the foot.",
    "Four people were shot at a bus stop in Dayton on Thursday, police said. A 40-year-old man "
    "had been shot in the back.",
    "Two men were wounded in a shooting outside a bar in Flint on Saturday. Officers found a "
    "man with gunshot wounds to both legs.",
    "Two guards were shot during a robbery in Tacoma on Monday. One guard had been shot in the "
    "arm, the company said.",
    "A teenager was stabbed outside a school in Luton on Friday. Staff found him with stab "
    "wounds to the chest.",
    "Three men were shot on a porch in Gary on Sunday night. Police found a 33-year-old man "
    "who had been shot in the face.",
]
TWO = [
    "Two women were shot outside a pub in Derby early Sunday, police said. A man had been shot "
    "in the chest.",
    "A man was stabbed outside a pub in Derby early Sunday, police said. Two men were stabbed "
    "in the chest.",
    "Two men were shot outside a pub in Derby on Sunday. Another man was shot in the leg.",
    "Two men were shot in Derby on Sunday. A man was shot in Leeds on Monday.",
    "Three teenagers were shot near a park in Fresno on Saturday. A third boy was shot in the "
    "leg on Sunday.",
    "Two people were shot at a party in Macon on Friday. A woman was shot in Atlanta on "
    "Saturday.",
    "Two girls were stabbed outside a shop in Croydon on Monday. Paramedics found a man with "
    "stab wounds in Brixton on Tuesday.",
    "A woman was shot at a gas station in Tulsa on Friday. Two men were shot in the chest.",
    "Two guards were shot during a robbery in Tacoma on Monday. A second guard was also shot "
    "in the arm.",
    "Two men were shot in Gary on Sunday. A woman was shot in the back in Gary on Sunday.",
]
