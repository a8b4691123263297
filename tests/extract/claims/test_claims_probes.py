"""Probe sentences for the recall error classes of casualty claims (issue 19, item 1), written
for these tests (not copied from any data set): each sentence with the exact figures it states,
as (outcome, low, high, vague words in lower case or None). A sentence must give these claims
and no others."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"

# outcomes written as nouns: "the killing of four", "injuries to nine workers"
NOUN_OUTCOMES = [
    ("The killing of four farmers sparked protests in the valley.", [(K, 4, 4, None)]),
    ("Villagers demanded justice after the killing of two teenagers by soldiers.",
     [(K, 2, 2, None)]),
    ("The murder of three tax collectors shocked the district.", [(K, 3, 3, None)]),
    ("Rights groups condemned the execution of nine prisoners on Monday.", [(K, 9, 9, None)]),
    ("The blast caused injuries to nine workers at the plant.", [(J, 9, 9, None)]),
    ("The crash led to injuries to eleven passengers.", [(J, 11, 11, None)]),
    ("The jailing of two journalists drew criticism from the union.", [(R, 2, 2, None)]),
    ("Lawyers appealed against the imprisonment of five activists.", [(R, 5, 5, None)]),
    ("The detention of 14 students was confirmed by the university.", [(R, 14, 14, None)]),
    ("The arrest of six suspects followed the raid.", [(R, 6, 6, None)]),
    ("Officials ordered the evacuation of thousands from the coast.",
     [(D, None, None, "thousands")]),
    ("The flood forced the evacuation of 3,000 residents.", [(D, 3000, 3000, None)]),
    ("The kidnapping of seven aid workers was blamed on a local gang.", [(A, 7, 7, None)]),
    ("Police are investigating the abduction of 12 schoolgirls.", [(A, 12, 12, None)]),
    ("The deaths of 30 migrants at sea prompted an inquiry.", [(K, 30, 30, None)]),
    ("The massacre of 40 villagers was reported days later.", [(K, 40, 40, None)]),
    ("The assassination of two mayors raised fears before the vote.", [(K, 2, 2, None)]),
    ("Residents mourned the shooting deaths of five men.", [(K, 5, 5, None)]),
    ("The displacement of 20,000 people strained the camps.", [(D, 20000, 20000, None)]),
    ("Witnesses described the beheading of three hostages.", [(K, 3, 3, None)]),
    ("The wounding of eight protesters angered the crowd.", [(J, 8, 8, None)]),
    ("Amnesty criticised the detentions of dozens of bloggers.", [(R, None, None, "dozens")]),
]

# a single victim as a common or proper noun, with no number
SINGLE_VICTIMS = [
    ("An accountant was killed in the attack.", [(K, 1, 1, None)]),
    ("A teacher was shot dead outside her school.", [(K, 1, 1, None)]),
    ("Police detained the editor on Tuesday.", [(R, 1, 1, None)]),
    ("Opposition figure Ana Varga was jailed for two years.", [(R, 1, 1, None)]),
    ("A farmer was wounded when the shell landed.", [(J, 1, 1, None)]),
    ("Gunmen kidnapped a businessman in the port city.", [(A, 1, 1, None)]),
    ("Security forces arrested a lawyer at the airport.", [(R, 1, 1, None)]),
    ("A driver died after his truck hit a mine.", [(K, 1, 1, None)]),
    ("The mayor was assassinated on his way to work.", [(K, 1, 1, None)]),
    ("A nurse was injured in the shelling.", [(J, 1, 1, None)]),
    ("Troops killed a shepherd near the border.", [(K, 1, 1, None)]),
    ("A pharmacist was abducted from his shop.", [(A, 1, 1, None)]),
    ("Authorities arrested the blogger after the post.", [(R, 1, 1, None)]),
    ("Tomas Berger, a local councillor, was killed by a car bomb.", [(K, 1, 1, None)]),
    ("Rebels executed a tribal elder in the square.", [(K, 1, 1, None)]),
    ("A cameraman was hurt by a rubber bullet.", [(J, 1, 1, None)]),
    ("Prosecutors said a banker was detained over the fraud.", [(R, 1, 1, None)]),
    ("An engineer was kidnapped on the highway.", [(A, 1, 1, None)]),
    ("Union leader Marta Silva was arrested at dawn.", [(R, 1, 1, None)]),
    ("A priest was murdered in his parish.", [(K, 1, 1, None)]),
    ("A student was killed and a cleaner was wounded.", [(K, 1, 1, None), (J, 1, 1, None)]),
]

# injury written as a hospital stay or a condition
HOSPITAL = [
    ("Six were taken to hospital after the blast.", [(J, 6, 6, None)]),
    ("Four people were taken to hospital with burns.", [(J, 4, 4, None)]),
    ("Three children were rushed to hospital.", [(J, 3, 3, None)]),
    ("Two officers were in critical condition on Sunday.", [(J, 2, 2, None)]),
    ("Five people remain in critical condition.", [(J, 5, 5, None)]),
    ("Seven workers were treated for breathing difficulties.", [(J, 7, 7, None)]),
    ("Nine miners were treated for smoke inhalation.", [(J, 9, 9, None)]),
    ("Eight passengers were hospitalised with minor injuries.", [(J, 8, 8, None)]),
    ("Ten people were admitted to hospital after the fire.", [(J, 10, 10, None)]),
    ("Twelve students were taken to the hospital by ambulance.", [(J, 12, 12, None)]),
    ("Two guards were airlifted to hospital.", [(J, 2, 2, None)]),
    ("Dozens were treated for tear gas inhalation.", [(J, None, None, "dozens")]),
    ("Three people were in serious condition after the crash.", [(J, 3, 3, None)]),
    ("Four of the victims are in a stable condition.", [(J, 4, 4, None)]),
    ("Eleven people needed hospital treatment.", [(J, 11, 11, None)]),
    ("At least 15 people received hospital treatment.", [(J, 15, None, None)]),
    ("Five firefighters were treated for burns at the scene.", [(J, 5, 5, None)]),
    ("Two men were taken to a hospital in the city.", [(J, 2, 2, None)]),
    ("Six soldiers were evacuated to hospital by helicopter.", [(J, 6, 6, None)]),
    ("Three women were treated for shock.", [(J, 3, 3, None)]),
    ("Nine pupils were rushed to a nearby clinic.", [(J, 9, 9, None)]),
]

# lists of victims and sub-groups
LISTS = [
    ("A guard and a cleaner were found dead.", [(K, 1, 1, None), (K, 1, 1, None)]),
    ("A soldier and a policeman were wounded.", [(J, 1, 1, None), (J, 1, 1, None)]),
    ("Twelve people were killed, among them three children.",
     [(K, 12, 12, None), (K, 3, 3, None)]),
    ("Ten people died, among them four women.", [(K, 10, 10, None), (K, 4, 4, None)]),
    ("One man was killed and another was wounded.", [(K, 1, 1, None), (J, 1, 1, None)]),
    ("One soldier died and another was injured.", [(K, 1, 1, None), (J, 1, 1, None)]),
    ("Two villagers were killed and three others were hurt.",
     [(K, 2, 2, None), (J, 3, 3, None)]),
    ("Eight people were injured, two of them seriously.", [(J, 8, 8, None), (J, 2, 2, None)]),
    ("Fifteen people were arrested, including four minors.",
     [(R, 15, 15, None), (R, 4, 4, None)]),
    ("A farmer and his son were kidnapped.", [(A, 1, 1, None), (A, 1, 1, None)]),
    ("Twenty people died, including six children.", [(K, 20, 20, None), (K, 6, 6, None)]),
    ("A journalist and a driver were abducted on the road.",
     [(A, 1, 1, None), (A, 1, 1, None)]),
    ("Nine people were killed, five of them police officers.",
     [(K, 9, 9, None), (K, 5, 5, None)]),
    ("A nurse and a doctor were injured in the raid.", [(J, 1, 1, None), (J, 1, 1, None)]),
    ("Six protesters were detained; among them were two students.",
     [(R, 6, 6, None), (R, 2, 2, None)]),
    ("One person was killed and another injured.", [(K, 1, 1, None), (J, 1, 1, None)]),
    ("Seven miners died and another was missing.", [(K, 7, 7, None), (M, 1, 1, None)]),
    ("A teacher and a pupil were killed by the shell.", [(K, 1, 1, None), (K, 1, 1, None)]),
    ("Thirty people were hurt, among them a child.", [(J, 30, 30, None), (J, 1, 1, None)]),
    ("Eleven people were killed, three of whom were soldiers.",
     [(K, 11, 11, None), (K, 3, 3, None)]),
]

# vague quantities in more places
VAGUE = [
    ("Five people were killed and scores more were injured.",
     [(K, 5, 5, None), (J, None, None, "scores")]),
    ("A large number of people were arrested.", [(R, None, None, "a large number of")]),
    ("The militia killed many in the village.", [(K, None, None, "many")]),
    ("Hundreds of injured were brought to the clinic.", [(J, None, None, "hundreds")]),
    ("The bombing killed dozens.", [(K, None, None, "dozens")]),
    ("The storm displaced thousands.", [(D, None, None, "thousands")]),
    ("Soldiers arrested several at the checkpoint.", [(R, None, None, "several")]),
    ("The clashes wounded scores.", [(J, None, None, "scores")]),
    ("Tens of thousands have fled the fighting.", [(D, None, None, "tens of thousands")]),
    ("Numerous civilians were wounded.", [(J, None, None, "numerous")]),
    ("Police detained a handful of protesters.", [(R, None, None, "a handful of")]),
    ("Many were killed when the bridge collapsed.", [(K, None, None, "many")]),
    ("The gunmen abducted dozens more on Friday.", [(A, None, None, "dozens")]),
    ("Hundreds of wounded crowded the hospital.", [(J, None, None, "hundreds")]),
    ("Several people were hurt in the stampede.", [(J, None, None, "several")]),
    ("The raid left many dead.", [(K, None, None, "many")]),
    ("Thousands were evacuated from the town.", [(D, None, None, "thousands")]),
    ("Dozens of people were kidnapped by the gang.", [(A, None, None, "dozens")]),
    ("A number of soldiers were killed.", [(K, None, None, "a number of")]),
    ("Scores of people died in the heat wave.", [(K, None, None, "scores")]),
]

# attackers' own deaths
ATTACKERS = [
    ("The attackers blew themselves up at the gate.", []),
    ("Two bombers blew themselves up in the market.", [(K, 2, 2, None)]),
    ("Three militants detonated their vests, killing themselves.", [(K, 3, 3, None)]),
    ("Both bombers died in the blast.", [(K, 2, 2, None)]),
    ("Both attackers were killed by guards.", [(K, 2, 2, None)]),
    ("A suicide bomber blew himself up near the police station.", [(K, 1, 1, None)]),
    ("The bomber killed himself and four guards.", [(K, 1, 1, None), (K, 4, 4, None)]),
    ("Four gunmen were shot dead by the police.", [(K, 4, 4, None)]),
    ("Two assailants were killed in the exchange of fire.", [(K, 2, 2, None)]),
    ("A gunman killed himself after the shooting.", [(K, 1, 1, None)]),
    ("Two suicide bombers blew themselves up, killing six people.",
     [(K, 2, 2, None), (K, 6, 6, None)]),
    ("The two attackers killed themselves.", [(K, 2, 2, None)]),
    ("Three insurgents blew themselves up at the checkpoint.", [(K, 3, 3, None)]),
    ("One attacker was killed and two were captured.", [(K, 1, 1, None), (R, 2, 2, None)]),
    ("A female bomber blew herself up at the bus stop.", [(K, 1, 1, None)]),
    ("Five militants were killed in the failed attack.", [(K, 5, 5, None)]),
    ("The shooter killed himself.", [(K, 1, 1, None)]),
    ("A suicide bomber killed himself and two soldiers.", [(K, 1, 1, None), (K, 2, 2, None)]),
    ("Both gunmen were killed.", [(K, 2, 2, None)]),
    ("Two bombers detonated explosives, killing themselves and a guard.",
     [(K, 2, 2, None), (K, 1, 1, None)]),
]

# toll phrases and states
TOLLS = [
    ("The blast brought the death toll to nine.", [(K, 9, 9, None)]),
    ("The new deaths brought the toll to 41.", [(K, 41, 41, None)]),
    ("Three suspects are in custody.", [(R, 3, 3, None)]),
    ("Two men remain in police custody.", [(R, 2, 2, None)]),
    ("Rescuers recovered 12 bodies from the river.", [(K, 12, 12, None)]),
    ("Police found five bodies in a ditch.", [(K, 5, 5, None)]),
    ("The whereabouts of four activists remain unknown.", [(M, 4, 4, None)]),
    ("The death toll rose to 17 on Monday.", [(K, 17, 17, None)]),
    ("The death toll climbed to 120.", [(K, 120, 120, None)]),
    ("Seven bodies were pulled from the rubble.", [(K, 7, 7, None)]),
    ("The toll has risen to 63.", [(K, 63, 63, None)]),
    ("Eight people were taken into custody.", [(R, 8, 8, None)]),
    ("The number of dead rose to 25.", [(K, 25, 25, None)]),
    ("Nine people are still missing.", [(M, 9, 9, None)]),
    ("Divers recovered the bodies of three fishermen.", [(K, 3, 3, None)]),
    ("The number of injured reached 300.", [(J, 300, 300, None)]),
    ("The bodies of two hikers were found on Sunday.", [(K, 2, 2, None)]),
    ("Eleven migrants are held in detention.", [(R, 11, 11, None)]),
    ("The death toll now stands at 34.", [(K, 34, 34, None)]),
    ("The latest attack raised the death toll to 15.", [(K, 15, 15, None)]),
]

# a second verb sharing the subject: one claim per verb
SHARED_SUBJECT = [
    ("Two men were kidnapped and later shot dead.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("Three farmers were abducted and killed.", [(A, 3, 3, None), (K, 3, 3, None)]),
    ("Five students were arrested and beaten.", [(R, 5, 5, None)]),
    ("Four soldiers were captured and executed.", [(A, 4, 4, None), (K, 4, 4, None)]),  # captured soldiers: s46
    ("Six villagers were wounded and later died in hospital.",
     [(J, 6, 6, None), (K, 6, 6, None)]),
    ("Two journalists were detained and later released.", [(R, 2, 2, None)]),
    ("Seven workers were kidnapped and then murdered.", [(A, 7, 7, None), (K, 7, 7, None)]),
    ("Three activists were arrested and jailed.", [(R, 3, 3, None)]),
    ("Eight people were injured and taken to hospital.", [(J, 8, 8, None)]),
    ("Two policemen were abducted and beheaded.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("Nine hostages were seized and later killed.", [(A, 9, 9, None), (K, 9, 9, None)]),
    ("Three girls were kidnapped and later found dead.", [(A, 3, 3, None), (K, 3, 3, None)]),
    ("Ten men were detained and tortured.", [(R, 10, 10, None)]),
    ("Five traders were kidnapped and later killed.", [(A, 5, 5, None), (K, 5, 5, None)]),
    ("Two guards were shot and wounded.", [(J, 2, 2, None)]),
    ("Four civilians were abducted and then executed.", [(A, 4, 4, None), (K, 4, 4, None)]),
    ("Six miners were trapped and later died.", [(K, 6, 6, None)]),
    ("Three suspects were arrested and later charged.", [(R, 3, 3, None)]),
    ("Two boys were abducted and murdered.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("Eleven fishermen were kidnapped and later freed.", [(A, 11, 11, None)]),
]

CLASSES = {"noun outcomes": NOUN_OUTCOMES, "single victims": SINGLE_VICTIMS,
           "hospital": HOSPITAL, "lists": LISTS, "vague": VAGUE, "attackers": ATTACKERS,
           "tolls": TOLLS, "shared subject": SHARED_SUBJECT}
# still missed: the preposition attached to the wrong verb, "hostages" taken as the outcome, an
# appositive title counted twice, a noun outside the lexicon without an agent ending ("priest")
KNOWN_GAPS: set[str] = set()  # "led to injuries to": session 27
CASES = probe_params(CLASSES, KNOWN_GAPS)


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_probe_sentence_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
