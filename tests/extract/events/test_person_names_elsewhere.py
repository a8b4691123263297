"""A name the model labels a person somewhere in the article is a person where it labels it
otherwise: "he/she" in the next sentence can stand for it ("Police interviewed Karel Van-Dyke.
Van-Dyke admitted he set the blaze. He was charged": Van-Dyke, labelled ORG in the second
sentence), issue 15 item 6 (pronouns), read with the real model on made-up articles. A company
named only as an organisation never becomes "he/she" or "they"."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Investigators interviewed Karel Van-Dyke about the fire. Van-Dyke admitted he set the "
     "blaze. He was charged with arson.", "charged", [], ["Van-Dyke"], [], []),
    ("Officers stopped Joaquim Sa-Pereira at the border. Sa-Pereira threatened the guards. He "
     "was arrested on the spot.", "arrested", [], ["Sa-Pereira"], [], []),
    ("Detectives interviewed Tomasz Kowal-Brandt about the robbery. Kowal-Brandt admitted he "
     "took the money. He was charged with theft.", "charged", [], ["Kowal-Brandt"], [], []),
    ("Investigators questioned Pieter De-Groot about the blast. De-Groot admitted he built the "
     "device. He was charged with murder.", "charged", [], ["De-Groot"], [], []),
    ("Officers questioned Lukas Weiss-Mann after the crash. Weiss-Mann admitted he had been "
     "drinking. He was charged with manslaughter.", "charged", [], ["Weiss-Mann"], [], []),
    ("Customs officers stopped Rui Costa-Neves at the airport. Costa-Neves threatened an "
     "officer. He was arrested on the spot.", "arrested", [], ["Costa-Neves"], [], []),
    ("Investigators interviewed Anders Nord-Lund about the fire. Nord-Lund admitted he set the "
     "fire. He was charged with arson.", "charged", [], ["Nord-Lund"], [], []),
    ("Police questioned Victor Hale-Brook about the assault. Hale-Brook admitted he hit the "
     "man. He was charged with assault.", "charged", [], ["Hale-Brook"], [], []),
    ("Officers stopped Marco Bell-Ricci near the station. Bell-Ricci threatened the officers. "
     "He was arrested shortly after.", "arrested", [], ["Bell-Ricci"], [], []),
    ("Detectives interviewed Oskar Lind-Strom about the fraud. Lind-Strom admitted he forged "
     "the papers. He was charged with fraud.", "charged", [], ["Lind-Strom"], [], []),
    ("Police stopped Jonas Falk-Meyer outside the bank. Falk-Meyer threatened a guard. He was "
     "arrested by officers.", "arrested", ["officers"], ["Falk-Meyer"], [], []),
]

KEPT = [
    ("Police questioned the manager of Hale Logistics. Hale Logistics denied any role in the "
     "fraud. He was charged on Tuesday.", "charged", [], [], [], ["Hale Logistics"]),
    ("Officers searched the offices of Nordbank. Nordbank denied the allegations. She was "
     "arrested later.", "denied", [], [], [], ["Nordbank"]),
    ("Anna Berg was detained at the airport. She was charged with fraud.", "charged", [],
     ["Anna Berg"], [], []),
    ("Police questioned Mark Stone. Stone Holdings denied paying bribes. He was charged with "
     "fraud.", "charged", [], [], [], ["Stone"]),
    ("Investigators raided the offices of Vantex. Vantex said it had done nothing wrong. He "
     "was arrested later.", "raided", ["Investigators"], [], [], ["Vantex"]),
    ("Officers stopped a lorry owned by Brandt Haulage. Brandt Haulage denied smuggling. He "
     "was detained overnight.", "detained", [], [], [], ["Brandt Haulage"]),
    ("Police questioned Karel Dvorak. He was charged with theft.", "charged", [], [], [],
     ["Police"]),
    ("Prosecutors charged Elena Moretti with fraud. She was detained at her home.", "charged",
     ["Prosecutors"], ["Elena Moretti"], [], []),
    ("Police questioned staff at Orion Bank. Orion Bank denied the claims. They were released "
     "without charge.", "released", [], [], [], ["Orion Bank"]),
    ("Guards stopped two men at the gate. The men threatened the guards. He was detained "
     "overnight.", "detained", [], [], [], ["men"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_name_labelled_a_person_elsewhere_is_a_person(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
