"""Background told as current (events/history/careers.py): earlier happenings an article recalls
by the words around an act, with no day of the story in the act's own clause, take the
``historical`` mode (the guidelines' background), which incidents leave out:

- a past career in a relative clause, an apposition or a participle about a person ("Senator
  Ames, who negotiated the 1998 peace accord, said ...", "a former police chief who arrested
  hundreds", "Ruiz, who was jailed under the junta, now runs a charity"), and an earlier
  occasion in a simple past ("he once bombed a police station");
- the acts of the bodies of an earlier age or rule ("the house arrest ordered by the
  Inquisition", "expelled from Spain in 1492", "detained by the old regime", "jailed during
  the Franco dictatorship");
- an act whose doer is an event noun dated by an earlier year ("the 1994 genocide killed
  800,000 people") or named by a season other than the publication's ("the summer offensive
  drove rebels out" in a December story).

Near neighbours stay current: a relative clause with a day of the story or with no mark of the
past ("the suspect, who shot two officers, was arrested"), the state a past act left ("the man,
who was shot, is now in hospital"), a body of today, the publication's year or season.
Sentences made up for these tests; each follows a lead sentence of the story, published
2021-12-10, through the real pipeline."""

from __future__ import annotations

import pytest

import sitrep

LEAD = "Officials spoke on Thursday. "
PUBLISHED = "2021-12-10"

CAREERS = [
    ("Senator Ames, who negotiated the 1998 peace accord, said the talks would resume.",
     "CONSULT"),
    ("Ruiz, who was jailed under the junta, now runs a charity.", "COERCE"),
    ("The mayor, a former police chief who arrested hundreds of protesters, criticised the plan.",
     "COERCE"),
    ("The lawyer, who defended dissidents during the dictatorship, was arrested on Tuesday.",
     "SUPPORT"),
    ("The former rebel commander, who fought against the government, said he backs the deal.",
     "ASSAULT"),
    ("He once bombed a police station, prosecutors said.", "ASSAULT"),
    ("The dissident, who was jailed under the junta, later became president.", "COERCE"),
    ("The ex-minister, who ordered the arrest of journalists, spoke to reporters.", "COERCE"),
    ("The former colonel, who shelled the city, denied any wrongdoing.", "ASSAULT"),
    ("Gomez, who was detained during the military regime, praised the verdict.", "COERCE"),
    ("The poet, who was arrested under Franco, is now a national hero.", "COERCE"),
    ("Karimi, who protested against the shah, now teaches history.", "PROTEST"),
    ("Mrs Okafor, who was abducted by rebels in 2009, now leads a women's group.", "ASSAULT"),
    ("The veteran, who was wounded in 1982, now lives in Cardiff.", "ASSAULT"),
]
CAREERS_CURRENT = [
    ("The man, who was arrested on Tuesday, appeared in court.", "COERCE"),
    ("The gunmen, who attacked the village on Monday, fled into the forest.", "ASSAULT"),
    ("Police said the suspect, who shot two officers, was arrested.", "COERCE"),
    ("The soldier who killed the protester was detained on Tuesday.", "ASSAULT"),
    ("The man, who was shot, is now in hospital.", "ASSAULT"),
    ("The man, who was stabbed, is now recovering.", "ASSAULT"),
    ("The officer, who was attacked by a mob, was treated for cuts.", "ASSAULT"),
    ("Once police arrived, the gunman shot himself.", "ASSAULT"),
    ("The former minister was arrested on Tuesday.", "COERCE"),
    ("The driver, who was kidnapped in December, was freed.", "ASSAULT"),
    ("Fighters who attacked the base were killed.", "ASSAULT"),
    ("Silva, the exiled opposition leader who is accused of plotting a coup, spoke on Tuesday.",
     "ACCUSE"),
    ("Lee, a 52-year-old teacher who was stabbed outside his home, died in hospital.", "ASSAULT"),
    ("The coach sued a former player who had accused him of abuse.", "ACCUSE"),
    ("A former minister who criticised the budget was arrested on Friday.", "ACCUSE"),
]
EARLIER_RULE = [
    ("Galileo was under house arrest ordered by the Inquisition.", "COERCE"),
    ("The family was expelled from Spain in 1492.", "SANCTION"),
    ("The activist was detained twice by the old regime.", "COERCE"),
    ("Thousands were tortured under the previous government.", "ASSAULT"),
    ("The journalist was jailed by the ousted junta.", "COERCE"),
    ("Hundreds of priests were executed by the former regime.", "ASSAULT"),
    ("The exile imposed by the Inquisition lasted a decade.", "COERCE"),
    ("The village was destroyed by the erstwhile rulers.", "ASSAULT"),
    ("Thousands of dissidents were imprisoned by the defunct government.", "COERCE"),
    ("The monastery was burned in 1536.", "ASSAULT"),
    ("The town was besieged in 1683.", "COERCE"),
    ("He was jailed during the Franco dictatorship.", "COERCE"),
    ("Thousands were tortured during the military dictatorship.", "ASSAULT"),
    ("Her father was arrested during the apartheid era.", "COERCE"),
    ("Many were killed during the Marcos regime.", "ASSAULT"),
    ("The village was burned during the colonial rule.", "ASSAULT"),
    ("Dissidents were executed throughout the junta.", "ASSAULT"),
]
TODAYS_RULE = [
    ("The activist was detained by the regime on Tuesday.", "COERCE"),
    ("Thousands were tortured under the government's new law.", "ASSAULT"),
    ("The journalist was jailed by the junta on Monday.", "COERCE"),
    ("The old man was attacked by a gang on Tuesday.", "ASSAULT"),
    ("Hundreds of protesters were detained by the government.", "COERCE"),
    ("The house arrest ordered by the court began on Tuesday.", "COERCE"),
    ("Police arrested the former president on Wednesday.", "COERCE"),
    ("The family was expelled from the club in 2021.", "SANCTION"),
    ("The ban ordered by the ministry angered publishers.", "COERCE"),
    ("The new government detained two editors.", "COERCE"),
    ("The ousted government has formally asked the UN to impose an embargo.", "REQUEST"),
    ("The deposed president called on his supporters to march on the capital.", "REQUEST"),
    ("He was jailed during the current regime's crackdown.", "COERCE"),
    ("Soldiers were killed during the occupation.", "ASSAULT"),
    ("Activists were detained during the new government's first week.", "COERCE"),
    ("Two men were arrested during the raid.", "COERCE"),
    ("Police detained him during the rally.", "COERCE"),
]
NAMED_BY_A_PAST = [
    ("The 1994 genocide killed 800,000 people.", "ASSAULT"),
    ("The 1989 crackdown killed hundreds of students.", "ASSAULT"),
    ("The summer offensive drove rebels out of the city.", "ASSAULT"),
    ("The spring raids killed dozens of fighters.", "ASSAULT"),
    ("The autumn protests toppled the government.", "PROTEST"),
    ("The summer bombing campaign destroyed the bridges.", "ASSAULT"),
    ("The autumn offensive captured three towns.", "ASSAULT"),
    ("The 2006 raid left two dead.", "ASSAULT"),
    ("The 2012 massacre killed 108 villagers.", "ASSAULT"),
    ("The 2010 flotilla raid killed nine activists.", "ASSAULT"),
]
NAMED_BY_THE_PRESENT = [
    ("The winter offensive killed hundreds.", "ASSAULT"),
    ("The summer offensive began on Tuesday.", "ASSAULT"),
    ("The 2021 bombing of the market killed 20.", "ASSAULT"),
    ("The bombing killed 20 people on Tuesday.", "ASSAULT"),
    ("The raid left two dead.", "ASSAULT"),
    ("The 2021 crackdown killed dozens of students.", "ASSAULT"),
    ("The morning raid on Tuesday netted 20 arrests.", "ASSAULT"),
    ("The winter raids killed dozens of fighters.", "ASSAULT"),
    ("The night raid killed two militants.", "ASSAULT"),
    ("The dawn offensive captured three towns.", "ASSAULT"),
]


def _recalled(text: str, plover: str) -> list[sitrep.records.Event]:
    """The events of ``plover`` in the probe sentence (not the story's own act of the main
    clause: "... was arrested on Tuesday", "... said the talks would resume")."""
    result = sitrep.process_text(LEAD + text, published=PUBLISHED)
    own = {"talks", "backs", "denied", "praised", "criticised"}
    return [e for e in result.events if e.plover_type == plover and
            e.trigger.start >= len(LEAD) and e.trigger.text not in own and
            not ("on Tuesday" in text and e.trigger.text == "arrested")]


@pytest.mark.parametrize("text,plover", CAREERS + EARLIER_RULE + NAMED_BY_A_PAST)
def test_recalled_in_words_is_background(pipeline, text: str, plover: str) -> None:
    events = _recalled(text, plover)
    assert events and all("historical" in e.modes for e in events)


@pytest.mark.parametrize("text,plover", CAREERS_CURRENT + TODAYS_RULE + NAMED_BY_THE_PRESENT)
def test_acts_of_the_story_stay_current(pipeline, text: str, plover: str) -> None:
    events = [e for e in sitrep.process_text(LEAD + text, published=PUBLISHED).events
              if e.plover_type == plover and e.trigger.start >= len(LEAD)]
    assert events and all("historical" not in e.modes for e in events)


def test_the_story_s_own_act_beside_a_past_career_stays_current(pipeline) -> None:
    """ "The lawyer, who defended dissidents during the dictatorship, was arrested on
    Tuesday": the defending is background, the arrest the story's."""
    events = sitrep.process_text(
        LEAD + "The lawyer, who defended dissidents during the dictatorship, was arrested on "
        "Tuesday.", published=PUBLISHED).events
    arrests = [e for e in events if e.plover_type == "COERCE"]
    assert arrests and all("historical" not in e.modes for e in arrests)


@pytest.mark.parametrize("text,plover,background", [
    ("Jailed journalist Ali Musa released from prison, Baku, April 5, 2018.", "RETREAT", False),
    ("The journalist, who was released from prison on April 5, 2018, spoke to reporters.",
     "RETREAT", False),
    ("Ruiz, who was jailed in 1977, now runs a charity.", "COERCE", True),
    ("The former colonel, who shelled the city, denied any wrongdoing.", "ASSAULT", True),
])
def test_without_a_publication_date_a_day_is_the_story_s_and_a_year_the_past(
        pipeline, text: str, plover: str, background: bool) -> None:
    events = [e for e in sitrep.process_text(text).events if e.plover_type == plover]
    assert events and all(("historical" in e.modes) == background for e in events)
