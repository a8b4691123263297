"""Made-up probes: what an attack's fire hit, told after the attack (one happening), and
projectiles hitting at another place or day, told as more, or fired by someone named
(two)."""

ONE = [
    "KHARTOUM, March 2 — Paramilitary fighters shelled residential districts of Kosti on "
    "Friday, killing nine civilians. Witnesses said the shells hit a market and a mosque.",
    "Gunmen fired at a minibus near Rabak on Friday, residents said. One bullet hit the "
    "fuel tank, and the passengers fled on foot.",
    "Militants fired rocket-propelled grenades at houses near the main market in Gao on "
    "Friday, and a mortar round hit the courtyard of a school, residents said.",
    "Rebel gunners pounded the outskirts of Goma with artillery on Saturday. Two rounds struck "
    "a clinic run by a charity, its director said.",
]

TWO = [
    "KHARTOUM, March 2 — Paramilitary fighters shelled Kosti on Friday, killing nine "
    "civilians. On Sunday, a rocket hit a school in Kosti.",
    "KHARTOUM, March 2 — Paramilitary fighters shelled Kosti on Friday, killing nine "
    "civilians. In Rabak, a rocket hit a school.",
    "Gunmen fired at a police post in Gao on Friday. Another rocket hit the courtyard of a "
    "school.",
    "Gunmen fired at a police post in Gao on Friday. On Sunday, four people were killed by a "
    "bomb in the market.",
]
