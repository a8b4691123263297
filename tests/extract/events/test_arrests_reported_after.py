"""An arrest told in the passive with no doer, reported after the act by the police, the army,
the gendarmerie or an interior ministry ("Two men were arrested after the chase, police said"):
the force that reports it made it, as when it is named before ("Police said two men were
arrested", ``test_announced_arrests``), issue 15 item 6. The held-out gold takes the reporting
force as the arrester in most such sentences (s34-s40). Near neighbours keep no actor: a speaker
who holds no one (a lawyer, state media, a party, a mayor, a spokesman of a governor), and a
doer named by "by" stays the only one. Read with the real model on made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Two men were arrested after the chase, police said.", "arrested", ["police"], ["men"],
     [], []),
    ("Several protesters were detained, a police officer said.", "detained",
     ["police officer"], ["protesters"], [], []),
    ("Rivera was arrested at the scene without incident, police said.", "arrested",
     ["police"], [], [], []),
    ("Eleven suspects were detained in dawn raids on Tuesday, the army said.", "detained",
     ["army"], ["suspects"], [], []),
    ("Four smugglers were detained near the river, the border police said on Monday.",
     "detained", ["border police"], ["smugglers"], [], []),
    ("A teenager was arrested on suspicion of arson, Cambridgeshire Police said.", "arrested",
     ["Cambridgeshire Police"], ["teenager"], [], []),
    ("Three militants were captured during the operation, the military said in a statement.",
     "captured", ["military"], ["militants"], [], []),
    ("Dozens of students were detained outside the parliament, the interior ministry said.",
     "detained", ["interior ministry"], ["students"], [], []),
    ("Two brothers were arrested at their home in the village, the gendarmerie said.",
     "arrested", ["gendarmerie"], ["brothers"], [], []),
    ("The suspect was detained hours later, officers said.", "detained", ["officers"],
     ["suspect"], [], []),
    ("Twenty-three people were detained overnight, police told reporters.", "detained",
     ["police"], ["people"], [], []),
    ("A 30-year-old woman was arrested in connection with the fire, the sheriff's office "
     "said.", "arrested", ["sheriff's office"], ["woman"], [], []),
]

KEPT = [
    ("Several protesters were detained, their lawyer said.", "detained", [], ["protesters"],
     ["lawyer"], []),
    ("More than 1,000 people were detained on Sunday, state media said.", "detained", [],
     ["people"], ["media"], []),
    ("Two men were detained by soldiers at a checkpoint, police said.", "detained",
     ["soldiers"], ["men"], ["police"], []),
    ("Thirty activists were arrested on Saturday, the party said.", "arrested", [],
     ["activists"], ["party"], []),
    ("No one was arrested, the mayor said.", "arrested", [], [], ["mayor"], []),
    ("Two men were arrested in the raid, the governor's spokesman said.", "arrested", [],
     ["men"], ["spokesman"], []),
    ("Police said two men were arrested after the chase.", "arrested", ["Police"], ["men"],
     [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_force_reporting_an_arrest_made_it(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
