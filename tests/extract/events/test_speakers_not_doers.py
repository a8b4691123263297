"""The speaker of a report is never the doer of the act it tells (issue 15: "Police said the
company had received threatening messages" gave the police as the threatener; "X was charged
with organising riots, his lawyer said" the lawyer as the rioter): a clause a verb of saying
governs does not borrow the speaker as its subject (``finder.ActorFinder.subject``,
``governing_subject(speakers=False)``), nor does a participle on a noun take the subject on its
left (``clauses.left_subject``). Made-up probes, read with the real model. Neighbours: a
speaker who tells its own act keeps it ("Police said they arrested three men", "the army said
it shelled"), and so does an authority telling an arrest ("police said the arrest followed a
tip")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Police said the company had received threatening messages demanding money.",
     "threatening", [], [], ["Police", "company"], []),
    ("Officials said the farmers had received threatening letters from the gang.",
     "threatening", [], [], ["Officials", "farmers"], []),
    ("The mayor said the school had received threatening calls on Monday.", "threatening", [],
     [], ["mayor", "school"], []),
    ("Kiknadze was charged with organising riots, his lawyer said.", "riots", [], [],
     ["lawyer"], []),
    ("His lawyer said Kiknadze was charged with organising riots.", "riots", [], [],
     ["lawyer"], []),
    ("The activist was accused of inciting riots, her lawyer said.", "riots", [], [],
     ["lawyer"], []),
    ("Prosecutors said two men had been arrested on suspicion of planning arson attacks on "
     "warehouses.", "attacks", [], [], ["Prosecutors"], []),
    ("Investigators said the suspects were detained on suspicion of carrying out the bombing.",
     "bombing", [], [], ["Investigators"], []),
    ("The ministry said the couple were arrested for involvement in the bombing of a bridge.",
     "bombing", [], [], ["ministry"], []),
    ("Officials said the teacher was held on suspicion of plotting attacks on churches.",
     "attacks", [], [], ["Officials"], []),
    ("His family said he was detained after joining the protests.", "protests", [], [],
     ["family"], []),
    ("The spokesman said three youths were arrested for taking part in the riots.", "riots",
     [], [], ["spokesman"], []),
    ("Witnesses said the driver was taken away after the shooting.", "shooting", [], [],
     ["Witnesses"], []),
    ("Her lawyer told reporters she was charged with taking part in the riots.", "riots", [],
     [], ["lawyer"], []),
]
# neighbours: a speaker telling its own act keeps it
KEPT = [
    ("Police said they arrested three men.", "arrested", ["Police"], ["men"], [], []),
    ("The army said it shelled rebel positions overnight.", "shelled", ["army"], [], [], []),
    ("Rebels said they attacked the convoy.", "attacked", ["Rebels"], ["convoy"], [], []),
    ("Police said the arrest followed a tip.", "arrest", ["Police"], [], [], []),
    ("Canada said it will send troops to the border.", "send", ["Canada"], [], [], []),
    ("Police said gunmen attacked the bar on Friday.", "attacked", ["gunmen"], ["bar"],
     ["Police"], []),
    ("The gang sent threatening messages to the company, police said.", "threatening",
     [], [], ["police"], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_speaker_of_a_report_is_no_doer_of_the_act_it_tells(events_of, case: tuple
                                                                  ) -> None:
    check_participant_case(events_of, case)
