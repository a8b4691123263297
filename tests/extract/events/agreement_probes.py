"""Made-up probes of people's sex and number in later mentions (``mentions.agreement``): a
definite description or a headline's noun tells a man, a woman or several people, so it is not
the mention of an earlier happening whose only person is of the other sex, or one person when it
tells several. (plover type, text, events of that type expected)"""

from __future__ import annotations

TWO = [
    ("COERCE", "Police arrested a woman after a brawl at a pub in Dunmore. The man who drove "
               "her home was arrested for drunk driving.", 2),
    ("COERCE", "Deputies arrested a female shoplifter at a mall in Exton. The 22-year-old male "
               "driver was arrested after a chase.", 2),
    ("COERCE", "A man was arrested after a fight outside a club in Luton. The women were "
               "arrested for disorderly conduct.", 2),
    ("COERCE", "Officers detained a teenage boy near the station in Harlow. The girl was "
               "detained for vandalism.", 2),
    ("ASSAULT", "A girl was stabbed during a party in Bexley. The boy was stabbed in the "
                "back.", 2),
    ("ASSAULT", "A woman was shot outside a shop in Kettering. The man was shot in the "
                "chest.", 2),
    ("COERCE", "Police arrested a man for burglary in Dunmore. The suspects were arrested at a "
               "house nearby.", 2),
    ("ASSAULT", "A man was beaten by a gang in Wexford. The two teenagers were beaten with "
                "sticks.", 2),
    ("COERCE", "Troopers arrested a male hitchhiker on the highway near Exton. The female "
               "passenger was arrested for possession of drugs.", 2),
    ("COERCE", "Police arrested a mother for neglect in Harlow. The father was arrested for "
               "assault.", 2),
    ("ASSAULT", "A policeman was attacked during a protest in Riga. The policewoman was "
                "attacked with a bottle.", 2),
    ("COERCE", "Man arrested for shoplifting\n\nA 30-year-old woman was arrested for "
               "shoplifting at a store in Dunmore on Tuesday, police said.", 2),
    ("ASSAULT", "Woman stabbed in Luton\n\nTwo men were stabbed outside a pub in Luton on "
                "Saturday night, police said.", 2),
    ("COERCE", "Officers arrested an elderly woman at a protest in Harlow. The three young "
               "men were arrested for throwing stones.", 2),
]
ONE = [
    ("COERCE", "Police arrested a woman after a brawl at a pub in Dunmore. The 34-year-old "
               "woman was arrested for assault.", 1),
    ("ASSAULT", "A man was shot outside a shop in Kettering. The victim was shot in the "
                "chest.", 1),
    ("COERCE", "Deputies arrested a male driver in Exton. The driver was arrested for "
               "impaired driving.", 1),
    ("COERCE", "Two men were arrested after a fight in Luton. The men were arrested at a "
               "bar.", 1),
    ("ASSAULT", "A man and a woman were stabbed in Bexley. The woman was stabbed in the "
                "back.", 1),
    ("ASSAULT", "A girl was stabbed during a party in Bexley. The teenager was stabbed in "
                "the back.", 1),
    ("COERCE", "Police arrested three men in Harlow. The suspect was arrested at his home.", 1),
    ("COERCE", "Man arrested after standoff in Dunmore\n\nA 45-year-old man was arrested on "
               "Tuesday after a six-hour standoff at a house in Dunmore, police said.", 1),
    ("ASSAULT", "Woman stabbed while jogging in Dunmore\n\nA 41-year-old woman was stabbed "
                "several times on Tuesday morning while she jogged along a trail in Dunmore, "
                "police said.", 1),
    ("ASSAULT", "Gunmen kill six villagers in Plateau state\n\nArmed men opened fire on a "
                "village near Jos on Monday night, killing six people, a local official "
                "said.", 1),
    ("COERCE", "A woman was arrested for theft in Luton. The mother of two was arrested at "
               "her flat.", 1),
    ("ASSAULT", "A boy was stabbed in Bexley. The schoolboy was stabbed near the gate.", 1),
]
