"""Made-up probe sentences: a raid or a search and what its doers took at the place searched,
told in a relative clause of that place ("raided a farm on the outskirts of Culiacan, where
they seized 20 rifles"): one operation, one COERCE (the held-out sets since s35 code a raid
with its seizure as one). Near neighbours that stay two: the place clause with doers of its
own ("where rebels seized weapons"), an earlier seizure there ("where police had seized
rifles in 2022"), another place or day told apart. Not taken from any data set. Each row: the
text; the COERCE events are counted."""

from __future__ import annotations

ONE = [
    "Soldiers raided a farm on the outskirts of Culiacan on Friday, where they seized 20 "
    "rifles and a grenade launcher.",
    "Troops raided a rebel camp near Beni on Monday, where they found and confiscated a cache "
    "of weapons.",
    "Police searched a flat on the edge of Leeds on Tuesday, where they seized two shotguns "
    "and a bag of cartridges.",
    "Marines stormed a ranch in the hills above Reynosa on Saturday, where they confiscated 12 "
    "assault rifles.",
    "Federal agents raided a warehouse in the port district of Manzanillo, where they seized "
    "three tonnes of cocaine.",
    "Officers raided a house on the north side of Kumasi on Sunday, where they recovered a "
    "pistol and 40 rounds of ammunition.",
    "Gendarmes searched a garage in a suburb of Marseille on Thursday, where they seized "
    "explosives and detonators.",
    "Customs officers raided a depot on the outskirts of Mombasa, where they impounded 200 "
    "cartons of cigarettes.",
    "Army units raided a hideout in the forest near Maiduguri, where they seized rifles and "
    "motorcycles.",
    "Police raided a nightclub in the centre of Medellin early on Sunday, where they seized "
    "drugs and cash.",
]
TWO = [
    # the place clause with doers of its own
    "Soldiers raided a village on the outskirts of Goma on Friday, where rebels seized "
    "weapons from a depot on Sunday.",
    "Police raided a farm on the outskirts of Culiacan on Friday, where a rival gang had "
    "seized a lorry of fuel.",
    # an earlier seizure at that place
    "Troops raided a camp near Beni on Monday, where police had seized weapons in 2022.",
    "Agents raided a warehouse in the port district of Manzanillo, where customs officers "
    "seized cocaine last year.",
    # told apart as another act: two sentences, other places and days
    "Soldiers raided a farm near Culiacan on Friday. Police seized 20 rifles in Mazatlan on "
    "Sunday.",
    "Police searched a flat in Leeds on Tuesday. Officers seized two shotguns in Bradford on "
    "Thursday.",
]
