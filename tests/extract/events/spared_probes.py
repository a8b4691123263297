"""Made-up probe articles: an attack and then someone told as not harmed ("A man fired a rifle
at her car in Clifton on Friday. She was not injured"): the attack's zero toll, not a happening
of its own, and the one spared is no target of the attack. Near neighbours that stay two: the
one spared at another place or day, or after an act not done. Not taken from any data set.
Each row: (text, number of ASSAULT events)."""

from __future__ import annotations

ONE = [
    "A man fired a rifle at his former girlfriend's car in Clifton on Friday. She was not "
    "injured, but two rounds struck the rear of her car.",
    "A man was stabbed outside a pub in Leeds on Friday. His brother was not injured.",
    "Gunmen opened fire on a minibus near Kano on Monday, killing the driver. The passengers "
    "were not hurt, police said.",
    "Two men were shot on a porch in Gary on Sunday night. A woman who was inside the house was "
    "not injured.",
    "A gunman fired several shots at a police car in Tulsa on Tuesday. The officer was not "
    "hurt.",
    "Rebels shelled a village near Idlib on Monday, destroying a school. The pupils were not "
    "injured, a teacher said.",
    "A man was shot in a parking lot in Akron on Tuesday. His girlfriend was not injured.",
    "Militants ambushed a convoy near Kidal on Tuesday and three soldiers were wounded. The "
    "commander was not hurt.",
    "Someone fired into a house in Macon late Friday. A child sleeping inside was not "
    "injured.",
    "A bomb exploded near a bus station in Quetta on Monday, wounding five people. The bus "
    "driver was not hurt.",
    "A teenager was stabbed outside a school in Luton on Friday. His friend was not injured, "
    "police said.",
    "A gunman shot a guard during a robbery in Tucson on Thursday. The cashier was not "
    "injured.",
]
TWO = [
    "A man was stabbed outside a pub in Leeds on Friday. A woman was shot in York on Monday, "
    "but her son was not injured.",
    "A man fired at a car in Clifton on Friday. A man was shot in Denver on Sunday, and his "
    "wife was not injured.",
    "Gunmen opened fire on a minibus near Kano on Monday. On Wednesday a bomb exploded in "
    "Abuja, and the guards were not hurt.",
    "Two men were shot in Gary on Sunday. A woman was stabbed in Chicago on Tuesday, and her "
    "daughter was not injured.",
    "A gunman fired shots at a police car in Tulsa on Tuesday. A man was shot in Dallas on "
    "Friday, but his friend was not hurt.",
    "Rebels shelled a village near Idlib on Monday. Jets bombed a market in Aleppo on Thursday, "
    "and the traders were not injured.",
    "A man was shot in Akron on Tuesday. A woman was stabbed in Canton on Friday, and her "
    "neighbour was not injured.",
    "Militants ambushed a convoy near Kidal on Tuesday. A mine exploded near Gao on Friday, and "
    "the driver was not hurt.",
    "A teenager was stabbed in Luton on Friday. A man was shot in Bedford on Sunday, and his "
    "brother was not injured.",
    "A guard was shot in Tucson on Thursday. A cashier was stabbed in Phoenix on Saturday, and "
    "the manager was not injured.",
]
