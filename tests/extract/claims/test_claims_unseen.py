"""Fresh made-up probe sentences for the held-out miss classes of casualty claims (issue 19,
item 1), written without looking at any data set and before any change they measure, in
syntax the older probes (test_claims_probes*.py) do not use: other verbs, word orders, voices
and nouns. Each class has sentences that must give claims and near neighbours that must give
none. A sentence must give exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
ONE = (1, 1, None)

NOUN_OUTCOMES = [
    ("Monitors documented the killing of seven fishermen off the coast.", [(K, 7, 7, None)]),
    ("Students marched over the arrests of 25 classmates.", [(R, 25, 25, None)]),
    ("The abductions of four engineers last month alarmed investors.", [(A, 4, 4, None)]),
    ("The bombing caused the deaths of 19 people.", [(K, 19, 19, None)]),
    ("The storm led to the evacuation of 40,000 residents.", [(D, 40000, 40000, None)]),
    ("News of the execution of six men spread quickly.", [(K, 6, 6, None)]),
    ("The kidnap of two nuns was reported on Sunday.", [(A, 2, 2, None)]),
    ("Relatives blamed the army for the disappearance of eight men.", [(M, 8, 8, None)]),
    ("The murders of five women went unsolved for years.", [(K, 5, 5, None)]),
    ("The incarceration of 200 protesters was criticised abroad.", [(R, 200, 200, None)]),
    ("Officials confirmed the drowning of three migrants.", [(K, 3, 3, None)]),
    ("The lynching of two men by a mob was filmed.", [(K, 2, 2, None)]),
    ("The slaying of a police officer shocked the town.", [(K, *ONE)]),
    ("Her lawyer condemned the detention of the editor.", [(R, *ONE)]),
    ("The wounding of a child in the crossfire drew condemnation.", [(J, *ONE)]),
    ("The capture of 30 rebel fighters was announced by the army.", [(R, 30, 30, None)]),
    ("Hundreds gathered to protest the killings of 11 miners.", [(K, 11, 11, None)]),
    # neighbours: the same nouns with no people harmed
    ("Tourists visited the killing fields near the capital.", []),
    ("The execution of the contract was delayed by four months.", []),
    ("An arrest warrant for two ministers was issued on Monday.", []),
    ("The evacuation plan covers 30,000 residents.", []),
    ("The shooting range was closed for three weeks.", []),
    ("Lawmakers debated the detention policy for two hours.", []),
    ("The murder rate fell by ten percent.", []),
    ("The capture of the city took three days.", []),
    ("Wolves killed 25 sheep on the farm.", []),
    ("The senate killed two bills on Tuesday.", []),
    ("Rangers captured three leopards.", []),
    ("Gunmen kidnapped two monks from the monastery.", [(A, 2, 2, None)]),
    ("Three hostages were killed in the rescue attempt.", [(K, 3, 3, None)]),
    ("Gunmen took 12 hostages at the hotel.", [(A, 12, 12, None)]),
]

SINGLE_VICTIMS = [
    ("A taxi driver was stabbed to death overnight.", [(K, *ONE)]),
    ("Soldiers arrested the village headman.", [(R, *ONE)]),
    ("The prosecutor was shot dead outside the court.", [(K, *ONE)]),
    ("A photographer was beaten and detained by police.", [(R, *ONE)]),
    ("An aid worker was killed in the airstrike.", [(K, *ONE)]),
    ("Militants beheaded a hostage.", [(K, *ONE)]),
    ("The former minister was jailed for corruption.", [(R, *ONE)]),
    ("Rights activist Leila Noor was detained at her home.", [(R, *ONE)]),
    ("A schoolboy was wounded by shrapnel.", [(J, *ONE)]),
    ("Police arrested a suspect on Friday.", [(R, *ONE)]),
    ("A fisherman drowned when the boat capsized.", [(K, *ONE)]),
    ("A woman was killed by a stray bullet.", [(K, *ONE)]),
    ("Journalist Omar Haddad was kidnapped in the capital.", [(A, *ONE)]),
    ("The governor was injured when his convoy was attacked.", [(J, *ONE)]),
    ("Gunmen killed a local chief in the north.", [(K, *ONE)]),
    ("Two priests were kidnapped near the border.", [(A, 2, 2, None)]),
    ("The judge was assassinated in front of his house.", [(K, *ONE)]),
    ("Three senators were injured when the stage collapsed.", [(J, 3, 3, None)]),
    ("The judge adjourned the trial for two weeks.", []),
    ("A priest led the funeral of the victims.", []),
    ("Gunmen killed his brother.", [(K, *ONE)]),
    ("Police arrested her husband at dawn.", [(R, *ONE)]),
    ("His brother said the army was to blame.", []),
    ("Her husband drove the car.", []),
    ("An elderly man died after inhaling tear gas.", [(K, *ONE)]),
    # neighbours: single people who suffer nothing, or agents
    ("The editor published the report on Tuesday.", []),
    ("A farmer sold his cattle at the market.", []),
    ("The minister killed the proposal in committee.", []),
    ("A spokesman said the talks would continue.", []),
    ("The driver was praised for his courage.", []),
    ("A soldier guarded the gate all night.", []),
    ("The gunman killed a dog.", []),
    ("Two farmers were hacked to death.", [(K, 2, 2, None)]),
    ("A man was beaten to death by a mob.", [(K, *ONE)]),
    ("Three men were burned to death in their car.", [(K, 3, 3, None)]),
    ("Two men were sentenced to death for the attack.", []),
    ("The audience was bored to death by the speech.", []),
]

HOSPITAL = [
    ("Seven people were hospitalized after the gas leak.", [(J, 7, 7, None)]),
    ("Four policemen are being treated in hospital.", [(J, 4, 4, None)]),
    ("The two survivors remain in intensive care.", [(J, 2, 2, None)]),
    ("Eleven pupils received treatment for smoke inhalation.", [(J, 11, 11, None)]),
    ("Paramedics took three men to hospital.", [(J, 3, 3, None)]),
    ("Nine people were admitted to the city hospital.", [(J, 9, 9, None)]),
    ("One officer is in a critical condition.", [(J, *ONE)]),
    ("Five miners were taken to the infirmary.", [(J, 5, 5, None)]),
    ("Two soldiers were treated for gunshot wounds.", [(J, 2, 2, None)]),
    ("Doctors said four patients were in stable condition.", [(J, 4, 4, None)]),
    ("Six people were hospitalised with burns.", [(J, 6, 6, None)]),
    ("Ambulances carried 14 people to the clinic.", [(J, 14, 14, None)]),
    ("A child was rushed to hospital with head injuries.", [(J, *ONE)]),
    ("Three firefighters needed medical treatment.", [(J, 3, 3, None)]),
    # neighbours: hospitals and conditions with no one hurt
    ("Hospital staff said the ward was full.", []),
    ("The road to the hospital was closed for two hours.", []),
    ("Four ambulances were sent to the scene.", []),
    ("The hospital treated patients free of charge.", []),
    ("Three doctors were sent to the hospital to help.", []),
    ("Two ministers visited the hospital on Monday.", []),
    ("The bridge is in poor condition.", []),
    ("The economy is in a critical condition.", []),
    ("Four men were taken to hospital to be treated for burns.", [(J, 4, 4, None)]),
    ("Two nurses were flown to the hospital to assist surgeons.", []),
    ("Nine people sought treatment for injuries after the blast.", [(J, 9, 9, None)]),
    ("The clinic offers treatment for two diseases.", []),
]

LISTS = [
    ("A policeman and a passer-by were wounded.", [(J, *ONE), (J, *ONE)]),
    ("Two soldiers and a civilian were killed.", [(K, 2, 2, None), (K, *ONE)]),
    ("A journalist and her cameraman were detained.", [(R, *ONE), (R, *ONE)]),
    ("Fourteen people died, among them two toddlers.", [(K, 14, 14, None), (K, 2, 2, None)]),
    ("One protester was killed and another was arrested.", [(K, *ONE), (R, *ONE)]),
    ("Three soldiers were wounded, two of them seriously.", [(J, 3, 3, None), (J, 2, 2, None)]),
    ("Sixteen people were detained, including three journalists.",
     [(R, 16, 16, None), (R, 3, 3, None)]),
    ("Four died, including a child.", [(K, 4, 4, None), (K, *ONE)]),
    ("Gunmen killed a teacher and a student.", [(K, *ONE), (K, *ONE)]),
    ("Five people were injured, among them a police officer.", [(J, 5, 5, None), (J, *ONE)]),
    ("Eight people were killed, six of them children.", [(K, 8, 8, None), (K, 6, 6, None)]),
    ("A doctor and two nurses were abducted.", [(A, *ONE), (A, 2, 2, None)]),
    ("Two men died and three others were hurt.", [(K, 2, 2, None), (J, 3, 3, None)]),
    # neighbours
    ("A policeman and a journalist spoke to the crowd.", []),
    ("One man was arrested and another was released.", [(R, *ONE)]),
    ("A bus and a car collided on the bridge.", []),
    ("A farmer and his wife sold the land.", []),
    ("Ten people attended, including three ministers.", []),
    ("A judge and his driver were shot dead.", [(K, *ONE), (K, *ONE)]),
    ("The dead included four children.", [(K, 4, 4, None)]),
    ("Six were killed, among them a pregnant woman.", [(K, 6, 6, None), (K, *ONE)]),
    ("The dead included three policemen.", [(K, 3, 3, None)]),
    ("The delegation included four ministers.", []),
    ("Thirty people attended, among them two ministers.", []),
    ("A judge and his clerk left the court.", []),
    ("Ana Silva, a nurse, was injured.", [(J, *ONE)]),
    ("The victim, a teacher, was shot dead.", [(K, *ONE)]),
    ("Omar Haddad, a taxi driver, was kidnapped on Friday.", [(A, *ONE)]),
    ("A farmer, a teacher and a nurse were wounded.", [(J, *ONE)] * 3),
]

VAGUE = [
    ("The attack wounded many.", [(J, None, None, "many")]),
    ("Scores of students were detained.", [(R, None, None, "scores")]),
    ("Soldiers killed a large number of rebels.", [(K, None, None, "a large number of")]),
    ("Hundreds of injured were treated in makeshift clinics.", [(J, None, None, "hundreds")]),
    ("Five were killed and dozens more wounded.", [(K, 5, 5, None), (J, None, None, "dozens")]),
    ("The flooding displaced tens of thousands.", [(D, None, None, "tens of thousands")]),
    ("Police arrested dozens at the rally.", [(R, None, None, "dozens")]),
    ("Several soldiers were killed in the ambush.", [(K, None, None, "several")]),
    ("The clashes left scores dead.", [(K, None, None, "scores")]),
    ("Thousands of residents fled the shelling.", [(D, None, None, "thousands")]),
    ("A handful of protesters were arrested.", [(R, None, None, "a handful of")]),
    ("Hundreds were wounded in the stampede.", [(J, None, None, "hundreds")]),
    ("An unknown number of civilians were killed.",
     [(K, None, None, "an unknown number of")]),
    ("Troops detained numerous villagers.", [(R, None, None, "numerous")]),
    # neighbours
    ("A large number of voters stayed home.", []),
    ("Many said the attack was planned.", []),
    ("Dozens of shops were looted.", []),
    ("Hundreds of houses were destroyed.", []),
    ("Several reports said the convoy was attacked.", []),
    ("Many attended the funeral.", []),
]

ATTACKERS = [
    ("Both bombers were dead by the time police arrived.", [(K, 2, 2, None)]),
    ("Two suicide bombers detonated their explosives at the gate, killing themselves.",
     [(K, 2, 2, None)]),
    ("The attacker blew himself up outside the embassy.", [(K, *ONE)]),
    ("Three militants blew themselves up when troops surrounded the house.", [(K, 3, 3, None)]),
    ("The two gunmen were killed by security forces.", [(K, 2, 2, None)]),
    ("The bomber died in the explosion.", [(K, *ONE)]),
    ("Both attackers were shot dead.", [(K, 2, 2, None)]),
    ("A suicide bomber blew himself up at a wedding, killing 12 guests.",
     [(K, *ONE), (K, 12, 12, None)]),
    ("The assailant killed himself as police closed in.", [(K, *ONE)]),
    ("Four attackers died in the gun battle.", [(K, 4, 4, None)]),
    # neighbours
    ("The bombers blew up a bridge.", []),
    ("The militants blew up two pylons.", []),
    ("The attacker hid himself in a barn.", []),
    ("Both bombers escaped.", []),
    ("Police defused the bomb before it went off.", []),
    ("A gunman and his accomplice were killed in the raid.", [(K, *ONE), (K, *ONE)]),
    ("One of the attackers blew himself up.", [(K, *ONE)]),
    ("The three hijackers died when the plane crashed.", [(K, 3, 3, None)]),
    ("Five insurgents were killed as they stormed the base.", [(K, 5, 5, None)]),
    ("The bomber was killed when his device exploded prematurely.", [(K, *ONE)]),
    ("A second bomber was arrested before he could detonate his vest.", [(R, *ONE)]),
    ("The bomb went off in the market.", []),
    ("Two gunmen killed in clash with police", [(K, 2, 2, None)]),
    ("Three soldiers wounded in border ambush", [(J, 3, 3, None)]),
    ("Gunmen killed two policemen.", [(K, 2, 2, None)]),
    ("The attackers killed with knives.", []),
]

TOLLS = [
    ("The collapse brought the number of dead to 31.", [(K, 31, 31, None)]),
    ("Rescuers pulled 14 bodies from the debris.", [(K, 14, 14, None)]),
    ("The death toll has climbed to 58.", [(K, 58, 58, None)]),
    ("Six suspects remain in custody.", [(R, 6, 6, None)]),
    ("The whereabouts of the three hostages are still unknown.", [(M, 3, 3, None)]),
    ("Twenty bodies were found in a mass grave.", [(K, 20, 20, None)]),
    ("The death toll reached 200 on Friday.", [(K, 200, 200, None)]),
    ("Nine protesters are still in detention.", [(R, 9, 9, None)]),
    ("The fire's death toll rose to 23.", [(K, 23, 23, None)]),
    ("Five people are missing after the flood.", [(M, 5, 5, None)]),
    ("Four men were taken into police custody.", [(R, 4, 4, None)]),
    ("The number of wounded has risen to 75.", [(J, 75, 75, None)]),
    # neighbours
    ("The toll road was closed for repairs.", []),
    ("The custody hearing lasted three hours.", []),
    ("The number of voters rose to 2,000.", []),
    ("Prices rose to 40 dollars.", []),
    ("The latest deaths took the toll to 112.", [(K, 112, 112, None)]),
    ("Searchers recovered the bodies of four climbers.", [(K, 4, 4, None)]),
    ("Three men are being held in custody.", [(R, 3, 3, None)]),
    ("The number of people killed now stands at 46.", [(K, 46, 46, None)]),
    ("The whereabouts of the two pilots remain unknown.", [(M, 2, 2, None)]),
    ("The company's share price rose to 12.", []),
]

SHARED_SUBJECT = [
    ("Four aid workers were abducted and later killed.", [(A, 4, 4, None), (K, 4, 4, None)]),
    ("Three farmers were kidnapped, tortured and killed.", [(A, 3, 3, None), (K, 3, 3, None)]),
    ("The two journalists were arrested and later executed.",
     [(R, 2, 2, None), (K, 2, 2, None)]),
    ("Five soldiers were wounded and later died.", [(J, 5, 5, None), (K, 5, 5, None)]),
    ("Two teenagers were abducted and killed.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("Two men were kidnapped and found dead days later.", [(A, 2, 2, None), (K, 2, 2, None)]),
    # neighbours: the second verb is no outcome
    ("Three activists were arrested and then released.", [(R, 3, 3, None)]),
    ("Four men were arrested and questioned.", [(R, 4, 4, None)]),
    ("Two officers were injured and treated at the scene.", [(J, 2, 2, None)]),
    ("Three tourists were kidnapped and later released.", [(A, 3, 3, None)]),
    ("Six herders were captured and shot dead.", [(R, 6, 6, None), (K, 6, 6, None)]),
    ("Nine pilgrims were injured and later died in hospital.",
     [(J, 9, 9, None), (K, 9, 9, None)]),
    ("Two engineers were abducted and murdered.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("Eight villagers were kidnapped and later executed.", [(A, 8, 8, None), (K, 8, 8, None)]),
    ("Three suspects were detained and later died in custody.",
     [(R, 3, 3, None), (K, 3, 3, None)]),
    ("Five soldiers were captured and beheaded.", [(A, 5, 5, None), (K, 5, 5, None)]),  # captured soldiers: s46
    ("Two boys were abducted and later found dead.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("Four guards were wounded and evacuated.", [(J, 4, 4, None)]),
    ("Eleven protesters were detained and fined.", [(R, 11, 11, None)]),
    ("Seven students were kidnapped and held for ransom.", [(A, 7, 7, None)]),
    ("Six people were rescued and four are missing.", [(M, 4, 4, None)]),
    ("Five workers were freed and two are still missing.", [(M, 2, 2, None)]),
    ("Two men were arrested, charged and released.", [(R, 2, 2, None)]),
    ("Two men were kidnapped and found alive days later.", [(A, 2, 2, None)]),
    ("Three soldiers were wounded, treated and discharged.", [(J, 3, 3, None)]),
]

CLASSES = {"noun outcomes": NOUN_OUTCOMES, "single victims": SINGLE_VICTIMS,
           "hospital": HOSPITAL, "lists": LISTS, "vague": VAGUE, "attackers": ATTACKERS,
           "tolls": TOLLS, "shared subject": SHARED_SUBJECT}
KNOWN_GAPS: set[str] = set()  # all 29 that failed when these probes were written now pass
CASES = probe_params(CLASSES, KNOWN_GAPS)


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_unseen_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)


# fields: victims and side from the words around the counted noun (nouns beyond the lexicon,
# a group name used as an adjective, "members of X"), and who claims the figure
# (text, outcome, victims, side or None, claimant words or None)
FIELDS = [
    ("Two US Marines were killed in the blast.", K, "military", "USA", None),
    ("Four crew members of a cargo ship were abducted by pirates.", A, "civilian", None, None),
    ("Eleven Nigerian citizens were killed.", K, "civilian", "NGA", None),
    ("Five members of Boko Haram were killed.", K, "militant", "Boko Haram", None),
    ("Seven Taliban fighters were killed in the raid.", K, "militant", "Taliban", None),
    ("Two Syrian soldiers were killed.", K, "military", "SYR", None),
    ("Nine sailors were rescued and three crewmen are missing.", M, "civilian", None, None),
    ("Three firefighters were injured.", J, "civilian", None, None),
    ("Six schoolchildren were wounded.", J, "civilian", None, None),
    ("Two policemen were killed, the interior ministry said.", K, "police", None,
     "the interior ministry"),
    ("According to the army, 20 militants were killed.", K, "militant", None, "the army"),
    ("Witnesses told reporters that five protesters were shot dead.", K, "protester", None,
     "Witnesses"),
    ("Nine people were killed in the attack, the provincial governor told reporters on Sunday.",
     K, "unknown", None, "the provincial governor"),
    ("The provisional toll stands at 12 dead.", K, "unknown", None, None),
    ("A preliminary count put the number of dead at 15.", K, "unknown", None, None),
    ("Eight shoppers were killed in the market.", K, "civilian", None, None),
    # session 27: an aid agency is its staff's employer, no side (as "four Reuters journalists")
    ("Three Red Cross volunteers were abducted.", A, "aid_worker", None, None),
    ("Four Iraqi policemen were wounded.", J, "police", "IRQ", None),
    ("Local media reported that 14 villagers had been killed.", K, "civilian", None,
     "Local media"),
    ("Fourteen worshippers were killed, the local imam said.", K, "civilian", None,
     "the local imam"),
    ("Six members of the same family were killed.", K, "civilian", None, None),
    ("Two members of the security forces were killed.", K, "military", None, None),
    ("Four members of the Islamic State group were arrested.", R, "militant", "Islamic State",
     None),
    ("Three Hezbollah members were killed.", K, "militant", "Hezbollah", None),
    ("Two members of parliament were injured.", J, "civilian", None, None),
    ("The health ministry issued a statement on Monday. It said 14 people were killed.", K,
     "unknown", None, "health ministry"),
    # guards of no force are civilians (the held-out writers' since s38: "a guard", "three
    # guards were killed", "five security guards"; session 43)
    ("Police chief Omar Haddad visited the site. He said three guards were wounded.", J,
     "civilian", None, "Omar Haddad"),
    ("The army released a statement. They said 20 rebels were killed.", K, "militant", None,
     "army"),
    ("The blast hit the market. It killed 12 people.", K, "unknown", None, None),
    ("The latest tally shows 40 people were killed.", K, "unknown", None, None),
    ("The official figures show that 12 soldiers died.", K, "military", None, None),
    ("Four soldiers were ambushed near the border on Monday. The four were killed instantly.",
     K, "military", None, None),
    ("Three men were arrested on Monday. The two were killed later.", K, "unknown", None, None),
    ("Hamas said 12 of its members were killed.", K, "militant", "Hamas", "Hamas"),
    ("The Russian defence ministry said 20 of its troops were killed.", K, "military", "RUS",
     "The Russian defence ministry"),
    ("The Taliban said eight of their fighters were killed.", K, "militant", "Taliban",
     "The Taliban"),
    ("Police said two of their officers were hurt.", J, "police", None, "Police"),
    ("The villagers said five of their neighbours were abducted.", A, "civilian", None,
     "The villagers"),
]


FIELD_GAPS: set[str] = set()  # all 8 that failed when these probes were written now pass


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"), [
    pytest.param(*f, id=f[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if f[0] in FIELD_GAPS else []) for f in FIELDS])
def test_unseen_probe_fields(pipeline, text, outcome, victims, side, claimant):
    claims = [c for c in pipeline.process(Article(text=text)).claims
              if c.outcome == outcome and not c.undisclosed]
    assert len(claims) == 1
    c = claims[0]
    assert (c.victims, c.side, c.claimant.text if c.claimant else None) == (
        victims, side, claimant)


# claimants of a headline: a body sentence repeating the headline's figure takes its claimant;
# a figure told twice in the body keeps none where the text gives none (the guidelines' rule)
# (text, the claimant words of each claim in order)
HEADLINES = [
    ("Army says 30 rebels killed in clashes\nThirty rebels were killed in clashes on Monday.",
     ["Army", "Army"]),
    ("Police: 5 dead in shooting\nFive people died in a shooting at a bar late on Saturday.",
     ["Police", "Police"]),
    ("Ministry says 8 soldiers wounded\nEight soldiers were wounded in an ambush.",
     ["Ministry", "Ministry"]),
    ("Update: 5 dead in shooting\nFive people died in a shooting.", [None, None]),
    ("Six people were killed, police said. Six people died in the explosions.",
     ["police", None]),
    ("Army says 30 rebels killed\nTwelve soldiers were killed in the clashes.", ["Army", None]),
]


@pytest.mark.parametrize(("text", "claimants"), HEADLINES, ids=[h[0][:40] for h in HEADLINES])
def test_headline_claimant(pipeline, text, claimants):
    claims = sorted(pipeline.process(Article(text=text)).claims, key=lambda c: c.evidence.start)
    assert [c.claimant.text if c.claimant else None for c in claims] == claimants
