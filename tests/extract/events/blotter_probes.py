"""Made-up probes of titles over police blotters (``corefer.LEAD_SENTENCES``): a title that
names people it does not name tells its story's lead; an act of its type told far down, after
other items, is another happening, not the title's. Neighbours: the title's act told within the
story's first sentences stays one event. (plover type, text, events of that type expected)"""

from __future__ import annotations

FILLERS = [
    "The city council met on Monday to discuss the new budget. Residents asked for the "
    "potholes on Oak Street to be fixed. The public library will close early on Thursday "
    "for repairs. Volunteers collected 300 pounds of litter along the river on Saturday.",
    "A wallet was reported missing on Saturday outside the laundromat on Big Hill Avenue. "
    "The owner of a landscaping firm reported two leaf blowers missing on Friday. "
    "A bicycle was reported missing from a porch on Elm Street. "
    "Anyone with information is asked to call the police department.",
    "A kitchen fire damaged a house on Maple Avenue on Friday; nobody was hurt. "
    "Firefighters spent two hours at the scene. The cause of the fire is unknown. "
    "The Red Cross is helping the family of four.",
    "Two cars collided at the corner of Main and Fifth streets on Sunday. Nobody was hurt, "
    "but traffic was slowed for an hour. The road was reopened at noon. "
    "Crews repaired a broken traffic light at the same corner on Monday.",
]
_LEADS = [
    ("Man arrested for DUI crash", "A Dunmore man was charged early Sunday with drunk driving "
     "after he hit a parked car on Route 6, police said.",
     "A Harlow man was arrested Monday for carrying a concealed weapon after a traffic stop."),
    ("Woman arrested after shoplifting spree", "A Luton woman was charged on Friday with "
     "theft after three stores reported goods missing, police said.",
     "A Bexley woman was arrested on Saturday for driving without a licence."),
    ("Teen arrested in school threat", "A 16-year-old boy was charged on Tuesday with making "
     "threats against Exton High School, police said.",
     "A teenager was arrested on Wednesday for spraying graffiti on a bridge."),
    ("Man arrested for burglary", "A Kettering man was charged on Monday with burglary after "
     "tools were taken from a shed on Park Road, police said.",
     "A man was arrested Thursday after he failed to appear in court on a drug charge."),
    ("Driver arrested after chase", "A Wexford driver was charged with reckless driving after "
     "a short chase on Tuesday night, gardai said.",
     "A driver was arrested on Friday at a checkpoint for driving while disqualified."),
    ("Woman arrested for fraud", "A Harlow woman was charged on Wednesday with fraud after "
     "cashing stolen cheques at two banks, police said.",
     "A woman was arrested on Sunday after a disturbance at a bar on High Street."),
    ("Man stabbed in argument", "A man was taken to hospital on Saturday with a wound to his "
     "arm after an argument on Church Street, police said.",
     "A man was stabbed in the leg on Monday night during a fight at a party on Oak Lane."),
    ("Teen stabbed near park", "A 17-year-old boy was taken to hospital after an incident near "
     "Riverside Park on Friday night, police said.",
     "A teenager was stabbed in the hand on Tuesday outside a shop on Queen Street."),
    ("Woman beaten in robbery", "A 64-year-old woman was robbed of her handbag on Market "
     "Street on Thursday, police said.",
     "A woman was beaten by two men on Sunday outside a nightclub on Bridge Street."),
    ("Man arrested after standoff", "Police were called to a house on Oak Street on "
     "Tuesday after a neighbour reported shouting, police said.",
     "A man was arrested on Friday for driving with a suspended licence on Route 9."),
    ("Girl, 15, attacked in park", "A 15-year-old girl was taken to hospital on Saturday "
     "after an incident in Victoria Park, police said.",
     "A girl was attacked by a dog on Sunday near the school on Mill Road."),
    ("Guard assaulted at mall", "A security guard was taken to hospital on Monday after a "
     "disturbance at the Exton mall, police said.",
     "A guard was punched on Friday by a shoplifter at a supermarket on Hill Road."),
]
PLOVER = {"arrested": "COERCE", "stabbed": "ASSAULT", "shot": "ASSAULT", "beaten": "ASSAULT",
          "attacked": "ASSAULT", "assaulted": "ASSAULT"}


def _type(title: str) -> str:
    return next(v for k, v in PLOVER.items() if k in title.split())


# the act of the title's type told far down the blotter: two happenings
TWO = [(_type(title), f"{title}\n\n{lead} {FILLERS[k % 4]} {FILLERS[(k + 1) % 4]} {far}", 2)
       for k, (title, lead, far) in enumerate(_LEADS)]
# the same act told in the story's lead, just after its first sentence: one happening
ONE = [(_type(title), f"{title}\n\n{lead} {far} {FILLERS[k % 4]}", 1)
       for k, (title, lead, far) in enumerate(_LEADS)]
