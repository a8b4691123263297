"""Made-up probe articles for a charge told again (events/corefer.py, ``mentions.parties``): a
charge told first with the accused described ("a 30-year-old man was charged with arson") and
then with the accused named and the charge laid by a prosecutor or the police ("Prosecutor Jane
Hill charged Tom Briggs with arson"), or by a definite description of the same person ("the
woman was charged on Sunday"), is one ACCUSE; another accused told as more, another day and
place, or another speaker's accusation stay two. Not taken from any data set. Each row: (text,
number of ACCUSE events)."""

from __future__ import annotations

CHARGES = [
    ("A 30-year-old man was charged with arson in Leeds on Monday. Prosecutor Jane Hill charged "
     "Tom Briggs with arson and criminal damage.", 1),
    ("A woman has been charged with murder after a stabbing in Hull. The woman was charged on "
     "Sunday, police said.", 1),
    ("A man was charged with robbery in Tulsa on Friday. District Attorney Steve Kunzweiler "
     "charged Mark Ellis, 34, with first-degree robbery.", 1),
    ("A Macon man was charged with aggravated assault on Wednesday. Prosecutors charged Darius "
     "Hill with aggravated assault and possession of a firearm.", 1),
    ("Police charged a 41-year-old man with assault in Derby on Monday. The man was charged after "
     "a fight outside a pub, officers said.", 1),
    ("A 22-year-old woman was charged with fraud in Perth on Thursday. Detectives charged Emma "
     "Lowe with 14 counts of fraud.", 1),
    ("A 35-year-old man has been charged with manslaughter in Bristol. Police charged Dean Walsh "
     "with manslaughter on Saturday.", 1),
    ("A former nurse was charged with theft in Cork on Tuesday. Gardai charged Mary Quinn, 52, "
     "with theft from patients.", 1),
    ("A 28-year-old man was charged with burglary in Albany on Monday. Police charged Ryan Cole "
     "with two counts of burglary.", 1),
    ("A woman was charged with arson in Sligo on Tuesday. The woman was charged after a fire at a "
     "shop, gardai said.", 1),
    ("A teenager was charged with attempted murder in Swindon on Tuesday. The 17-year-old was "
     "charged after a stabbing near the station, police said.", 1),
    ("A 19-year-old was charged with murder in Phoenix on Friday. Prosecutors charged Luis Ortega "
     "with second-degree murder.", 1),
    # near neighbours: two
    ("A man was charged with arson in Leeds on Monday. A second man was charged with burglary in "
     "York on Friday.", 2),
    ("Prosecutors charged Tom Briggs with arson on Monday. Prosecutors charged Kofi Boateng with "
     "fraud on Friday.", 2),
    ("A man was charged with arson in Leeds on Monday. Prosecutor Jane Hill charged Tom Briggs, "
     "19, with burglary in York on Friday.", 2),
    ("A man was charged with arson in Leeds on Monday. The minister accused the opposition of "
     "lying about the fire.", 2),
    ("A woman was charged with fraud in Perth on Thursday. Detectives also charged Emma Lowe with "
     "theft on Friday.", 2),
]
GAPS = {
    CHARGES[10][0],  # "the 17-year-old": an age alone is not read as a noun of people
    CHARGES[11][0],  # "a 19-year-old" likewise
}
