"""Made-up probe texts: an arrest told in the passive ("two women were arrested ... police
said"), then told again by the officers who made it, its people written as definite
descriptions or pronouns ("deputies took the women into custody", "officers took him into
custody"): one operation, one COERCE event. Near neighbours that stay two: another person
("his brother", "a second suspect", "a cousin of the brothers"), told as more ("also"), or at
another day and place. Not taken from any data set. Each list: texts with one COERCE event
(``ONE``) or two (``TWO``)."""

from __future__ import annotations

ONE = [
    'A 30-year-old man was arrested in Dover on Monday after a stabbing at a pub, police '
    'said. Officers took him into custody at the bus station.',
    'Two women were arrested in Hull early Sunday after a car chase, police said. Deputies '
    'took the women into custody near the docks.',
    'A teenager was detained in Malmo on Tuesday over an arson attack, prosecutors said. '
    'Police officers took the boy into custody at his school.',
    'Three men were arrested near Sligo on Friday after a robbery, gardai said. Detectives '
    'took the men into custody at a farmhouse.',
    'A 45-year-old woman was arrested in Ghent on Wednesday after a fire at a shelter, '
    'prosecutors said. Belgian police took her into custody at her flat.',
    'Two brothers were arrested in Oran on Saturday after a shooting, the ministry said. '
    'Gendarmes detained the brothers at a checkpoint.',
    'A man was arrested in Tulsa on Thursday after a carjacking, police said. Tulsa police '
    'officers took the suspect into custody after a short chase.',
    'Four suspects were arrested in Pune on Monday after a bank robbery, police said. Crime '
    'branch officers detained the suspects at a lodge.',
    'A driver was arrested in Derby on Sunday after a crash that killed a cyclist, police '
    'said. Traffic officers took the driver into custody at the scene.',
    'Two youths were arrested in Cork on Friday after an attack on a bus, gardai said. '
    'Officers took them into custody in a nearby park.',
]
TWO = [
    'A 30-year-old man was arrested in Dover on Monday after a stabbing, police said. On '
    'Friday, officers took his brother into custody in Calais.',
    'Two women were arrested in Hull early Sunday after a car chase, police said. On '
    "Wednesday deputies took the women's landlord into custody in Leeds.",
    'A teenager was detained in Malmo on Tuesday over an arson attack, prosecutors said. '
    'Police officers also took a second boy into custody on Thursday.',
    'Three men were arrested near Sligo on Friday after a robbery, gardai said. Detectives '
    'arrested Sean Kelly, 52, in Galway on Monday.',
    'A teenager was detained in Malmo on Tuesday over an arson attack, prosecutors said. '
    'Police officers also took a second boy into custody.',
    'A man was arrested in Tulsa on Thursday after a carjacking, police said. Officers took a'
    ' second suspect into custody at a motel.',
    'Two brothers were arrested in Oran on Saturday after a shooting, the ministry said. '
    'Gendarmes detained a cousin of the brothers in Tlemcen on Monday.',
]
