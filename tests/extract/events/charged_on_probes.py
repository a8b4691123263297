"""Made-up probe sentences for people held or tried "on charges of" a deed (issue 15 item 6,
session 41): "the pair appeared in court on charges of arson", "the driver was booked into
jail on charges of evading arrest": the one charged is the subject of the verb the phrase
hangs on (or its object: "police held him on charges of fraud"), the ACCUSE's recipient, never
its actor. Near neighbours keep their reading: charges protested against or dropped. Each row:
(text, trigger word, actors that must be listed, recipients that must be listed, participants
that must not be actors, participants that must not be recipients).
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

CHARGED_ON: list[Probe] = [
    ("The pair are expected to appear in court on Wednesday on charges of possession of an "
     "unlicensed firearm.", "charges", [], ["pair"], ["pair"], []),
    ("The driver was booked into the county jail on charges of evading arrest.", "charges", [],
     ["driver"], [], []),
    ("The teacher was held overnight on charges of assault.", "charges", [], ["teacher"], [],
     []),
    ("Two brothers appeared before a magistrate on charges of arson.", "charges", [],
     ["brothers"], ["brothers"], []),
    ("The farmer appeared in court on Monday on charges of cattle theft.", "charges", [],
     ["farmer"], ["farmer"], []),
    ("A 19-year-old man was booked on charges of burglary.", "charges", [], ["man"], [], []),
    ("The accountant was held on charges of embezzlement.", "charges", [], ["accountant"], [],
     []),
    ("The two women are due to appear in court on charges of fraud.", "charges", [],
     ["women"], ["women"], []),
    ("The imam was held without bail on charges of incitement.", "charges", [], ["imam"], [],
     []),
    ("The trucker was booked into jail on charges of reckless driving.", "charges", [],
     ["trucker"], [], []),
    ("The three men will appear in court on charges of robbery.", "charges", [], ["men"],
     ["men"], []),
    ("Police said the clerk was being held on suspicion of incitement.", "suspicion",
     ["Police"], ["clerk"], ["clerk"], []),
    # near neighbours: charges protested, dropped, ruled on
    ("The opposition protested on Monday against the charges.", "protested", ["opposition"],
     [], [], ["opposition"]),
    ("Prosecutors dropped the charges on Tuesday.", "dropped", ["Prosecutors"], [], [],
     ["Prosecutors"]),
    ("Police detained the activist on charges of sedition.", "detained", ["Police"],
     ["activist"], [], []),
]
