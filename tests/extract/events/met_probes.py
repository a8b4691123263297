"""Made-up probe sentences for meetings told with a direct object (issue 15 item 6, session 41):
"the envoy met rebel commanders" is "the envoy and rebel commanders met", a reciprocal CONSULT
(the guidelines: both are actors, no recipient), as "met with rebel commanders" already was.
Near neighbours keep their reading: "met with", "met in Geneva", "held talks with", and "meet
the deadline" (no party). Each row: (text, trigger word, actors that must be listed,
recipients that must be listed, participants that must not be actors, participants that must
not be recipients).
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

MET: list[Probe] = [
    ("The envoy met rebel commanders in Doha on Sunday.", "met", ["envoy", "commanders"], [],
     [], ["commanders"]),
    ("The foreign minister will meet her Chinese counterpart next week.", "meet",
     ["minister", "counterpart"], [], [], ["counterpart"]),
    ("The president met opposition leaders at the palace.", "met", ["president", "leaders"],
     [], [], ["leaders"]),
    ("The governor is due to meet union representatives on Tuesday.", "meet",
     ["governor", "representatives"], [], [], ["representatives"]),
    ("The bishop met the families of the victims.", "met", ["bishop", "families"], [], [],
     ["families"]),
    ("The prime minister met the king on Monday.", "met", ["prime minister", "king"], [], [],
     ["king"]),
    ("The council said it would meet the protesters' leaders on Thursday.", "meet",
     ["council", "protesters"], [], [], ["protesters"]),
    ("Officials met tribal elders to discuss the ceasefire.", "met", ["Officials", "elders"],
     [], [], ["elders"]),
    ("The army chief met his Pakistani counterpart at the border.", "met",
     ["army chief", "counterpart"], [], [], ["counterpart"]),
    ("The delegation met senior Taliban officials in Kabul.", "met", ["Taliban officials"], [],
     [], ["Taliban officials"]),
    ("The mayor met shopkeepers from the old town on Friday.", "met", ["mayor", "shopkeepers"],
     [], [], ["shopkeepers"]),
    # near neighbours: "met with", an intransitive meeting, talks with, no party met
    ("The envoy met with rebel commanders in Doha.", "met", ["envoy", "commanders"], [], [],
     ["commanders"]),
    ("The two leaders met in Geneva.", "met", ["leaders"], [], [], ["Geneva"]),
    ("The minister held talks with the rebels.", "talks", ["minister", "rebels"], [], [],
     ["rebels"]),
    ("The ministers will meet in Brussels next week.", "meet", ["ministers"], [], [],
     ["Brussels"]),
]
