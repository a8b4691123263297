"""One happening, one event (``corefer``): a headline that names an official by a title
alone ("Court charges mayor with bribery") and its story that names the official ("charged
Mayor Luis Pardo") tell one act, which keeps the named person; near neighbours whose story
names someone of another office ("the police chief Luis Pardo", "Foreign Minister Ali Musa" for
"president") stay two events. Made-up articles published on 2020-10-05."""

from __future__ import annotations

import pytest

import sitrep

ONE_OFFICIAL = [
    ('Court charges mayor with bribery\n'
     'A court in Lima charged Mayor Luis Pardo with bribery on Tuesday.', 'ACCUSE'),
    ('Prosecutors charge ex-minister\n'
     'Prosecutors charged former interior minister Karel Nowak with fraud on Monday.', 'ACCUSE'),
    ('Opposition accuses president of fraud\n'
     'The opposition accused President Ali Musa of rigging the vote on Sunday.', 'ACCUSE'),
    ('Union criticises minister\n'
     "The teachers' union criticised Education Minister Lena Vos on Monday over pay.", 'ACCUSE'),
    ('Senate condemns governor\n'
     'The Senate condemned Governor Samuel Eze on Monday over the killings.', 'ACCUSE'),
    ('Rebels threaten mayor\n'
     'Rebels threatened Mayor Omar Sidibe in a video released on Sunday.', 'THREATEN'),
    ('Opposition urges president to resign\n'
     'The opposition urged President Ali Musa to resign on Saturday.', 'REQUEST'),
    ('Court convicts ex-mayor\n'
     'A court in Lima convicted former mayor Luis Pardo of bribery on Tuesday.', 'SANCTION'),
    ('Envoy meets president\n'
     'The UN envoy met President Ali Musa in Abuja on Thursday.', 'CONSULT'),
    ('Students protest against minister\n'
     'Students protested against Education Minister Lena Vos in Riga on Monday.', 'PROTEST'),
]
ANOTHER_PERSON = [
    ('Court charges mayor with bribery\n'
     'A court in Lima charged the police chief Luis Pardo with bribery on Tuesday.', 'ACCUSE'),
    ('Opposition accuses president of fraud\n'
     'The opposition accused the election chief Ali Musa of rigging the vote on Sunday.', 'ACCUSE'),
    ('Senate condemns governor\n'
     'The Senate condemned the businessman Samuel Eze on Monday over the killings.', 'ACCUSE'),
    ('Rebels threaten mayor\n'
     'Rebels threatened the journalist Omar Sidibe in a video released on Sunday.', 'THREATEN'),
    ('Minister praises general\n'
     'The defence minister praised Colonel Juma Otieno on Friday for the operation.', 'SUPPORT'),
    ('Opposition urges president to resign\n'
     'The opposition urged the speaker Ali Musa to resign on Saturday.', 'REQUEST'),
    ('Court convicts ex-mayor\n'
     'A court in Lima convicted the banker Luis Pardo of bribery on Tuesday.', 'SANCTION'),
    ('Envoy meets president\n'
     'The UN envoy met Foreign Minister Ali Musa in Abuja on Thursday.', 'CONSULT'),
    ('Students protest against minister\n'
     'Students protested against the rector Lena Vos in Riga on Monday.', 'PROTEST'),
    ('Union criticises minister\n'
     "The teachers' union criticised the headteacher Lena Vos on Monday over pay.", 'ACCUSE'),
]


def _of_type(text: str, plover: str) -> list[list[str]]:
    """The other side of each event of ``plover``: its recipients, or the second side of a
    meeting (both sides of "the envoy met the president" are actors)."""
    events = sitrep.process_text(text, published="2020-10-05").events
    return [[a.text for a in e.recipients or e.actors[1:]] for e in events
            if e.plover_type == plover]


@pytest.mark.parametrize("text,plover", ONE_OFFICIAL)
def test_a_title_in_the_headline_and_the_named_official_are_one_event(
        pipeline, text: str, plover: str) -> None:
    found = _of_type(text, plover)
    assert len(found) == 1, found
    assert found[0] and all(r[:1].isupper() for r in found[0]), found  # the named person


@pytest.mark.parametrize("text,plover", ANOTHER_PERSON)
def test_a_person_of_another_office_is_another_event(pipeline, text: str,
                                                     plover: str) -> None:
    assert len(_of_type(text, plover)) == 2
