"""Made-up probes (not copied from any data set): outcomes told in a clause beside the person.

- a relative clause whose subject is the relative pronoun tells what befell the noun it is on:
  a verb its subject suffers ("a man who died in the crash", "two hikers who drowned") or the
  outcome word its verb takes ("a man who was found dead in a ditch"); an agent's clause ("a
  man who killed his neighbour") stays the agent's;
- a person found in a state: "a woman was found stabbed in her flat" (wounded), as "found shot
  dead" was already killed;
- a second verb sharing the subject that states a condition or a hospital stay: "was struck by
  a car and is in critical condition", "was attacked and remains in hospital"; a state of
  custody after an arrest stays one claim;
- a relative clause with the relative pronoun as its object tells what was done to the noun
  ("the man whom soldiers killed", "the teenager who police fatally shot");
- a victim named by the deed ("the homicide victim", "a kidnapping victim", "the victim of a
  deadly shooting"): one person with that outcome; not a victim of anything else ("a crime
  victim", "flood victims");
- a person "along / together with" whom the subject suffered the outcome suffered it too
  ("killed along with Jon Roe", "died along with his passenger", "along with five
  worshippers"); not one who merely came along ("arrived along with his wife");
- a named person who "killed himself" or "took her own life" is one death (as "the gunman
  killed himself" was); not "blamed himself", "saved her own life";
- a headline's passive written as a bare participle after a noun with no article ("Man shot in
  Frankford", "Woman stabbed at bus stop"); not fire aimed at people ("Man shot at police"), a
  plural with no number, or a thing ("Film shot in Spain").

Each text with the exact figures it states, as (outcome, low, high); it must give these claims
and no others."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

K, J, A = "killed", "injured", "arrested"
BODY = "\n\nOfficers responded to a call on Friday afternoon."


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


RELATIVE = [
    ("A man who died in the crash was buried on Sunday.", [(K, 1, 1)]),
    ("A 29-year-old man who was found dead in a ditch had been shot several times.",
     [(K, 1, 1)]),
    ("A woman who was found dead in her car had been stabbed.", [(K, 1, 1)]),
    ("Two hikers who died in the storm were found on Monday.", [(K, 2, 2)]),
    ("A soldier who drowned in the river was buried with honours.", [(K, 1, 1)]),
    ("A farmer who perished in the fire was identified on Friday.", [(K, 1, 1)]),
    ("A teenager who succumbed to his wounds was named by police.", [(K, 1, 1)]),
    ("A man who was later found dead was seen leaving the bar.", [(K, 1, 1)]),
    ("The police identified a woman who died after the shooting.", [(K, 1, 1)]),
    ("A guard who was found dead at the gate had been shot in the head.", [(K, 1, 1)]),
]
RELATIVE_AS_BEFORE = [
    ("A man who killed his neighbour was arrested.", [(A, 1, 1), (K, 1, 1)]),
    ("A man who witnessed the crash called the police.", []),
    ("A woman who found the wallet called the police.", []),
    ("A man who was found guilty of fraud was jailed.", [(A, 1, 1)]),
]
FOUND = [
    ("Cyril Kim, 35, was found shot in the chest.", [(J, 1, 1)]),
    ("A woman was found stabbed in her apartment.", [(J, 1, 1)]),
    ("Two men were found shot inside a car.", [(J, 2, 2)]),
    ("A teenager was found stabbed near the school.", [(J, 1, 1)]),
    ("A taxi driver was found shot in his cab.", [(J, 1, 1)]),
    ("A 40-year-old woman was found shot on the porch.", [(J, 1, 1)]),
    ("Three people were found shot in a house on Elm Street.", [(J, 3, 3)]),
    ("A shopkeeper was discovered stabbed behind the counter.", [(J, 1, 1)]),
    ("Two brothers were found stabbed outside a nightclub.", [(J, 2, 2)]),
    ("A guard was found shot at the entrance of the mine.", [(J, 1, 1)]),
]
FOUND_AS_BEFORE = [
    ("A man was found shot dead in his car.", [(K, 1, 1)]),
    ("A man was found guilty of the shooting.", []),
    ("The film was shot in Spain.", []),
    ("Police found a gun in the car.", []),
]
CONDITION = [
    ("The victim was struck one time and is in critical condition.", [(J, 1, 1)]),
    ("A man was hit by a bullet and is in critical condition.", [(J, 1, 1)]),
    ("Two boys were struck by a car and are in serious condition.", [(J, 2, 2)]),
    ("A woman was attacked and remains in hospital.", [(J, 1, 1)]),
    ("A guard was beaten and is in stable condition.", [(J, 1, 1)]),
    ("Three workers were trapped and are in critical condition.", [(J, 3, 3)]),
    ("Four miners were pulled from the rubble and are in serious condition.", [(J, 4, 4)]),
    ("A cyclist was hit by a truck and remains in intensive care.", [(J, 1, 1)]),
    ("Two fishermen were rescued and are in stable condition.", [(J, 2, 2)]),
    ("A nurse was assaulted and is in hospital.", [(J, 1, 1)]),
]
CONDITION_AS_BEFORE = [
    ("A man was arrested and is in custody.", [(A, 1, 1)]),
    ("The bridge was damaged and is in poor condition.", []),
    ("The company was sold and is in good condition.", []),
    ("Two men were wounded and are in stable condition.", [(J, 2, 2)]),
]
OBJECT_RELATIVE = [
    ("The man whom soldiers killed was a farmer.", [(K, 1, 1)]),
    ("A boy whom police shot in the leg is recovering.", [(J, 1, 1)]),
    ("The journalist whom rebels kidnapped was a Briton.", [("abducted", 1, 1)]),
    ("The teenager who police fatally shot had a knife.", [(K, 1, 1)]),
    ("The activist whom security forces detained last week was a student.", [(A, 1, 1)]),
    ("The nurse whom gunmen abducted worked for the Red Cross.", [("abducted", 1, 1)]),
    ("The driver whom the gang stabbed was a father of two.", [(J, 1, 1)]),
    ("The farmer that soldiers shot dead was unarmed.", [(K, 1, 1)]),
    ("The soldier whom the militants captured was a sergeant.", [("abducted", 1, 1)]),
    ("The reporter whom police detained was a Canadian.", [(A, 1, 1)]),
]
OBJECT_RELATIVE_AS_BEFORE = [
    ("The man whom police arrested had killed his wife.", [(K, 1, 1)]),
    ("The man whom police praised had saved two children.", []),
    ("The woman whom he married was a doctor.", []),
]
VICTIMS = [
    ("The homicide victim was identified as Jason Alford.", [(K, 1, 1)]),
    ("Police identified the murder victim on Monday.", [(K, 1, 1)]),
    ("The shooting victim is expected to survive.", [(J, 1, 1)]),
    ("Police have released the identity of the victim of a deadly shooting in Aurora.",
     [(K, 1, 1)]),
    ("The victim of the fatal stabbing was a 20-year-old student.", [(K, 1, 1)]),
    ("The family of a kidnapping victim appealed for help.", [("abducted", 1, 1)]),
    ("Police named the victim of Sunday's killing as Ana Ruiz.", [(K, 1, 1)]),
    ("The abduction victim was freed on Monday.", [("abducted", 1, 1)]),
    ("The manslaughter victim was 34 years old.", [(K, 1, 1)]),
    ("Relatives of the stabbing victim gathered outside the court.", [(J, 1, 1)]),
]
VICTIMS_AS_BEFORE = [
    ("A stabbing victim was taken to hospital.", [(J, 1, 1)]),
    ("Two shooting victims were taken to hospital.", [(J, 2, 2)]),
    ("The victim of the attack was taken to hospital.", [(J, 1, 1)]),
    ("A crime victim spoke at the rally.", []),
    ("The victim of the fraud lost his savings.", []),
    ("The victims of the massacre were buried on Friday.", []),
    ("Flood victims received food aid.", []),
    ("A victim of the bombing told reporters he had lost his hearing.", []),
]
ALONG = [
    ("Felimon Contreras, 29, was killed along with Heriberto Corpus, 20, in a shooting.",
     [(K, 1, 1), (K, 1, 1)]),
    ("The driver died along with his passenger.", [(K, 1, 1), (K, 1, 1)]),
    ("A soldier was killed along with a civilian.", [(K, 1, 1), (K, 1, 1)]),
    ("The bomber died along with five worshippers.", [(K, 1, 1), (K, 5, 5)]),
    ("A policeman was wounded along with a bystander.", [(J, 1, 1), (J, 1, 1)]),
    ("The mayor was arrested together with his deputy.", [(A, 1, 1), (A, 1, 1)]),
    ("A journalist was killed together with his cameraman.", [(K, 1, 1), (K, 1, 1)]),
    ("A guard was kidnapped along with an engineer.",
     [("abducted", 1, 1), ("abducted", 1, 1)]),
    ("A farmer was shot dead along with his son.", [(K, 1, 1), (K, 1, 1)]),
    ("A teacher died together with a pupil when the roof collapsed.", [(K, 1, 1), (K, 1, 1)]),
    ("The colonel was killed along with three soldiers.", [(K, 1, 1), (K, 3, 3)]),
]
ALONG_AS_BEFORE = [
    ("The minister arrived along with his wife.", []),
    ("The suspect fled along with his brother.", []),
    ("Police seized a rifle along with ammunition.", []),
    ("The singer performed along with Ana Ruiz.", []),
    ("The minister travelled together with two aides.", []),
]
OWN_DEATHS = [
    ("Timothy Bunn killed himself during a hostage situation on Tuesday.", [(K, 1, 1)]),
    ("Police said John Miller killed himself after the standoff.", [(K, 1, 1)]),
    ("Maria Lopez took her own life in prison.", [(K, 1, 1)]),
    ("Former banker David Green killed himself in his cell.", [(K, 1, 1)]),
    ("Robert Johnson took his own life last week.", [(K, 1, 1)]),
    ("Officers said Michael Brown killed himself as they approached.", [(K, 1, 1)]),
    ("Jennifer Adams killed herself at her home in Dayton.", [(K, 1, 1)]),
    ("Authorities say Steven Clark took his own life at the jail.", [(K, 1, 1)]),
    ("After a long standoff, Thomas Reed killed himself.", [(K, 1, 1)]),
    ("George Harris killed himself shortly after the attack.", [(K, 1, 1)]),
]
OWN_DEATHS_AS_BEFORE = [
    ("The suspect, Kevin Walsh, killed himself before police arrived.", [(K, 1, 1)]),
    ("Jon Roe killed a man and then himself.", [(K, 1, 1)]),
    ("Peter Hall blamed himself for the accident.", []),
    ("Mark Davis taught himself to play the piano.", []),
    ("Mary Jones saved her own life by jumping.", []),
]
HEADLINES = [
    ("Man shot in Frankford | News 4", [(J, 1, 1)]),
    ("Teen shot near school | News 4", [(J, 1, 1)]),
    ("Woman stabbed at bus stop | News 4", [(J, 1, 1)]),
    ("Augusta man shot while fleeing gunman | News 4", [(J, 1, 1)]),
    ("Man shot at gas station | News 4", [(J, 1, 1)]),
    ("Officer shot during traffic stop | News 4", [(J, 1, 1)]),
    ("Toddler shot in Elm Street home | News 4", [(J, 1, 1)]),
    ("Clerk stabbed during store robbery | News 4", [(J, 1, 1)]),
    ("Student shot near campus library | News 4", [(J, 1, 1)]),
    ("Cab driver shot on Main Street | News 4", [(J, 1, 1)]),
]
# sentences of a story (closed by a stop) where people shoot: no headline passive
STORY_AS_BEFORE = [
    ("Two officers shot back, police said.", []),
    ("Three soldiers shot into the air to disperse the crowd.", []),
    ("Two deputies shot and killed the suspect.", [(K, 1, 1)]),
    ("Smith shot back and fled.", []),
    ("Two men shot at each other outside the bar.", []),
    ("Four officers shot at the car as it sped away.", []),
]
HEADLINES_AS_BEFORE = [
    ("Man shot at police before fleeing | News 4", []),
    ("Gunmen shot at convoy | News 4", []),
    ("Police shot at car | News 4", []),
    ("Film shot in Spain wins award | News 4", []),
    ("Man shot, killed in Riverside | News 4", [(K, 1, 1)]),
    ("Man shot the sheriff | News 4", [(J, 1, 1)]),
]


@pytest.mark.parametrize(("text", "figures"), RELATIVE + RELATIVE_AS_BEFORE + FOUND
                         + FOUND_AS_BEFORE + CONDITION + CONDITION_AS_BEFORE,
                         ids=[t[:45] for t, _ in RELATIVE + RELATIVE_AS_BEFORE + FOUND
                              + FOUND_AS_BEFORE + CONDITION + CONDITION_AS_BEFORE])
def test_outcome_in_a_clause_beside_the_person(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)


NAMED = OBJECT_RELATIVE + OBJECT_RELATIVE_AS_BEFORE + VICTIMS + VICTIMS_AS_BEFORE + ALONG + (
    ALONG_AS_BEFORE) + OWN_DEATHS + OWN_DEATHS_AS_BEFORE


@pytest.mark.parametrize(("text", "figures"), NAMED, ids=[t[:45] for t, _ in NAMED])
def test_person_named_by_what_befell_them(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)


@pytest.mark.parametrize(("text", "figures"), STORY_AS_BEFORE,
                         ids=[t[:45] for t, _ in STORY_AS_BEFORE])
def test_story_sentence_is_no_headline(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)


@pytest.mark.parametrize(("headline", "figures"), HEADLINES + HEADLINES_AS_BEFORE,
                         ids=[t[:45] for t, _ in HEADLINES + HEADLINES_AS_BEFORE])
def test_headline_bare_participle_is_a_passive(pipeline, headline, figures):
    claims = pipeline.process(Article(text=headline + BODY)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)
