"""Made-up probe sentences for the participants of events (issue 15 item 6, session 28), one
table per error class in the shape of ``event_participant_probes``: the cases that must read
the participant right, then near neighbours that must keep the plain reading. Each row: (text,
trigger word, actors that must be listed, recipients that must be listed, participants that
must not be actors, participants that must not be recipients). A participant is named by a
word of its text.
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

# people named by an ordinary noun no lexicon of ours lists: the first WordNet sense is a person
COMMON_NOUNS: list[Probe] = [
    ("A gunman shot the cashier outside the bank.", "shot", ["gunman"], ["cashier"], [], []),
    ("Masked men attacked a shopkeeper in the market.", "attacked", ["men"], ["shopkeeper"],
     [], []),
    ("An intern was stabbed near the hospital.", "stabbed", [], ["intern"], [], []),
    ("Police arrested two directors of the firm.", "arrested", ["Police"], ["directors"], [], []),
    ("The directors rejected the proposal on Monday.", "rejected", ["directors"], [], [], []),
    ("The company held talks with potential buyers.", "talks", ["buyers"], [], [], []),
    ("A teenager shot the bartender on Friday.", "shot", ["teenager"], ["bartender"], [], []),
    ("Soldiers beat a cameraman near the square.", "beat", ["Soldiers"], ["cameraman"], [], []),
    ("Police detained a plumber and a carpenter.", "detained", ["Police"],
     ["plumber", "carpenter"], [], []),
    ("The receptionist was assaulted by a patient.", "assaulted", ["patient"],
     ["receptionist"], [], []),
    ("Gunmen abducted a surveyor in the north.", "abducted", ["Gunmen"], ["surveyor"], [], []),
    ("A mob attacked the referee after the match.", "attacked", ["mob"], ["referee"], [], []),
    ("Officers arrested the headmaster on Tuesday.", "arrested", ["Officers"], ["headmaster"],
     [], []),
    # near neighbours: nouns whose first sense is a thing are no participants; known nouns
    # keep their reading
    ("Rioters attacked the head office of the bank.", "attacked", ["Rioters"], [], [],
     ["head"]),
    ("Soldiers fired at the cover of the truck.", "fired", ["Soldiers"], [], [], ["cover"]),
    ("Gunmen attacked the source of the river.", "attacked", ["Gunmen"], [], [], ["source"]),
    ("Protesters attacked a giant screen in the square.", "attacked", ["Protesters"], [], [],
     ["giant"]),
    ("Thieves attacked the star of the show.", "attacked", ["Thieves"], [], [], ["star"]),
    ("Militants attacked the power station.", "attacked", ["Militants"], [], [], ["power"]),
    ("Gunmen shot the policeman in the street.", "shot", ["Gunmen"], ["policeman"], [], []),
    ("Police arrested three men in the raid.", "arrested", ["Police"], ["men"], [], []),
    ("Rebels attacked the soldiers near the border.", "attacked", ["Rebels"], ["soldiers"],
     [], []),
    ("The farmers were attacked by herders.", "attacked", ["herders"], ["farmers"], [], []),
]
