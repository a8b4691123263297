"""Made-up probe sentences for the parties of what a denial denies (issue 15 item 6, session
41): "the rebels denied targeting civilians", "denied that troops had shelled the town",
"denied any link with the militias": the parties named inside the denied clause or relation
are not the REJECT's recipients (its recipient is the one whose claim it answers). Near
neighbours keep their reading: the owner or author of the claim denied ("denied the
opposition's claims", "denied the claims by the opposition"), and rejections that are no
denials. Each row: (text, trigger word, actors that must be listed, recipients that must be
listed, participants that must not be actors, participants that must not be recipients).
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

DENIED: list[Probe] = [
    ("The rebels denied targeting civilians.", "denied", ["rebels"], [], [], ["civilians"]),
    ("The junta said the air force had struck camps and denied hitting civilians.", "denied",
     ["junta"], [], [], ["civilians"]),
    ("The militia denied holding any prisoners.", "denied", ["militia"], [], [],
     ["prisoners"]),
    ("A spokesman denied any link with the militias.", "denied", ["spokesman"], [], [],
     ["militias"]),
    ("The government denied that the aircraft had left Malian airspace.", "denied",
     ["government"], [], [], ["airspace"]),
    ("The police denied beating the protesters.", "denied", ["police"], [], [],
     ["protesters"]),
    ("The army denied that its soldiers had killed the farmers.", "denied", ["army"], [], [],
     ["farmers"]),
    ("The company denied bribing officials.", "denied", ["company"], [], [], ["officials"]),
    ("The guards denied mistreating the inmates.", "denied", ["guards"], [], [], ["inmates"]),
    ("The ministry disputed that soldiers had detained the journalists.", "disputed",
     ["ministry"], [], [], ["journalists"]),
    ("The mayor denied any contact with the gang leaders.", "denied", ["mayor"], [], [],
     ["leaders"]),
    # near neighbours: the one whose claim is denied, rejections that are no denials
    ("The ministry denied the opposition's claims.", "denied", ["ministry"], ["opposition"],
     [], []),
    ("The ministry rejected the accusations by the opposition.", "rejected", ["ministry"],
     ["opposition"], [], []),
    ("The army denied the rebels' accusations of torture.", "denied", ["army"], ["rebels"], [],
     []),
    ("The minister rejected the proposal of the opposition.", "rejected", ["minister"], [], [],
     []),
]
