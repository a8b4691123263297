"""Made-up probe sentences for passive conjuncts that share the subject of the clause they are
joined to (issue 15 item 6, session 41): "the driver fled but was arrested", "she appeared in
court and was remanded in custody", "two guards were suspended and will face charges". The
subject underwent the act named by the passive conjunct: it is that act's recipient, never
its actor; "by X" under either conjunct is the actor. Near neighbours keep the plain reading:
a conjunct with a subject of its own, an active perfect ("have arrested and charged"), a
clause the parser joins with no "and". Each row: (text, trigger word, actors that must be
listed, recipients that must be listed, participants that must not be actors, participants
that must not be recipients); a participant is named by a word of its text.
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

SHARED_SUBJECTS: list[Probe] = [
    ("The driver was dragged from the van and arrested near the bridge.", "arrested", [],
     ["driver"], [], []),
    ("A 40-year-old woman appeared before a judge on Friday and was remanded in custody.",
     "remanded", [], ["woman"], ["woman"], []),
    ("The farmer walked out of the barn with his hands up and was taken into custody.",
     "custody", [], ["farmer"], ["farmer"], []),
    ("The youth fled on foot but was detained at his cousin's house.", "detained", [],
     ["youth"], ["youth"], []),
    ("The trader was questioned for six hours and then released without charge.", "released",
     [], ["trader"], [], []),
    ("A local councillor was arrested in March and has since been freed on bail.", "freed", [],
     ["councillor"], [], []),
    ("The activist surrendered to police and was charged with incitement.", "charged", [],
     ["activist"], ["activist"], []),
    ("Two guards were suspended and will face charges.", "charges", [], ["guards"], [], []),
    ("The pastor left the church on Sunday and was abducted by gunmen on the way home.",
     "abducted", ["gunmen"], ["pastor"], ["pastor"], []),
    ("The student was beaten by riot police and then detained overnight.", "detained",
     ["police"], ["student"], [], []),
    ("The nurse confessed to the theft and was sentenced to two years.", "sentenced", [],
     ["nurse"], ["nurse"], []),
    ("The courier crossed the border at dawn but was stopped and arrested by customs officers.",
     "arrested", ["officers"], ["courier"], ["courier"], []),
    ("The mayor resigned last month and was indicted on Tuesday.", "indicted", [], ["mayor"],
     ["mayor"], []),
    ("The smuggler jumped bail in May and was recaptured by police in Lagos.", "recaptured",
     ["police"], ["smuggler"], ["smuggler"], []),
    ("The editor criticised the ruling party and was later detained by the secret police.",
     "detained", ["police"], ["editor"], ["editor"], []),
    # near neighbours: a conjunct with its own subject, active conjuncts, no "and"
    ("The driver was dragged from the van and police arrested the passenger.", "arrested",
     [], ["passenger"], ["driver"], ["driver"]),
    ("The activist surrendered to police, who charged her brother with incitement.", "charged",
     ["police"], ["brother"], [], ["activist"]),
    ("Police arrested the driver and released him the next day.", "released", ["Police"],
     ["driver"], [], ["Police"]),
    ("Soldiers have arrested and charged two smugglers.", "charged", ["Soldiers"],
     ["smugglers"], [], ["Soldiers"]),
    ("Rebels seized the town and detained dozens of farmers.", "detained", ["Rebels"],
     ["farmers"], [], ["Rebels"]),
    ("A man has been charged with attempted murder after a 52-year-old was stabbed in Leeds.",
     "stabbed", [], [], [], ["man"]),
]
