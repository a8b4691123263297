"""A third batch of made-up probes for issue 19, item 1 (casualty-claim recall on unseen news),
written before reading the claims code in this session and run once before any change: new
wordings of every held-out miss class in the styles of wire news, local crime news and NGO/UN
humanitarian reports, with near neighbours that must give no claim. None is copied from a data
set or from the earlier probe files (test_claims_unseen.py, test_claims_unseen_check.py).
Each sentence must give exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
C = "casualties"
ONE = (1, 1, None)

NOUN_OUTCOMES = [
    ("Rights groups demanded an inquiry into the shooting deaths of three teenagers.",
     [(K, 3, 3, None)]),
    ("The explosion caused injuries to 14 bystanders.", [(J, 14, 14, None)]),
    ("Prosecutors opened a case over the abduction of six aid workers.", [(A, 6, 6, None)]),
    ("The UN condemned the imprisonment of 40 opposition supporters.", [(R, 40, 40, None)]),
    ("The floods have led to the displacement of 20,000 people.", [(D, 20000, 20000, None)]),
    ("Police announced the arrest of three suspects in the robbery.", [(R, 3, 3, None)]),
    ("The fighting has caused the deaths of at least 60 civilians.", [(K, 60, None, None)]),
    ("The kidnapping of a British engineer in the delta was confirmed on Friday.",
     [(A, *ONE)]),
    ("Survivors still recall the massacre of 80 villagers.", [(K, 80, 80, None)]),
    ("The stabbing of a 19-year-old outside a nightclub is under investigation.",
     [(J, *ONE)]),
    ("The strike led to the detentions of 15 dock workers.", [(R, 15, 15, None)]),
    # neighbours
    ("The army denied any role in the shootings.", []),
    ("Lawmakers debated the detention policy for three hours.", []),
    ("The evacuation route was reopened after two days.", []),
    ("The abduction case was adjourned until March.", []),
    ("Negotiators discussed the release of the hostages.", []),
    ("Staff took part in an evacuation drill involving 500 employees.", []),
]

SINGLE_VICTIMS = [
    ("A taxi driver was stabbed to death in the city centre overnight.", [(K, *ONE)]),
    ("Gunmen kidnapped a Catholic priest from his parish on Tuesday.", [(A, *ONE)]),
    ("Journalist Leyla Demir was detained at her home in the early hours.", [(R, *ONE)]),
    ("A nurse was wounded when shrapnel hit the clinic.", [(J, *ONE)]),
    ("Detectives arrested a 34-year-old man in connection with the burglary.", [(R, *ONE)]),
    ("The village chief was shot dead by unknown assailants.", [(K, *ONE)]),
    ("Soldiers detained a student leader at a checkpoint.", [(R, *ONE)]),
    ("A pregnant woman died after the ambulance was stopped at a roadblock.", [(K, *ONE)]),
    ("Unidentified men abducted the headmaster of a local school.", [(A, *ONE)]),
    ("A teenager was critically injured in the drive-by shooting.", [(J, *ONE)]),
    ("Union organiser Tomas Reyes was gunned down outside his home.", [(K, *ONE)]),
    ("The regime jailed a prominent blogger for insulting the president.", [(R, *ONE)]),
    # neighbours
    ("A taxi driver told reporters the road was closed.", []),
    ("Journalist Leyla Demir wrote about the arrests.", []),
    ("The village chief welcomed the aid convoy.", []),
    ("A nurse described the scene as chaotic.", []),
    ("The headmaster praised the pupils for their results.", []),
]

HOSPITAL = [
    ("Fourteen people were rushed to hospital after the gas leak.", [(J, 14, 14, None)]),
    ("Doctors said nine patients were being treated for smoke inhalation.",
     [(J, 9, 9, None)]),
    ("Two officers were hospitalised with minor injuries.", [(J, 2, 2, None)]),
    ("Paramedics treated 11 people at the scene for cuts and bruises.", [(J, 11, 11, None)]),
    ("At least 30 people were admitted to hospital with gunshot wounds.",
     [(J, 30, None, None)]),
    ("The driver was airlifted to hospital in a critical condition.", [(J, *ONE)]),
    ("Four children remain in intensive care.", [(J, 4, 4, None)]),
    ("Seven miners were treated for burns at the regional hospital.", [(J, 7, 7, None)]),
    ("A cyclist is in a stable condition in hospital after the crash.", [(J, *ONE)]),
    # neighbours
    ("Twelve nurses were hired by the hospital.", []),
    ("Three doctors treated patients at the camp.", []),
    ("The hospital has 200 beds in intensive care.", []),
    ("Two ministers visited the hospital on Monday.", []),
]

LISTS = [
    ("A police officer and a passer-by were wounded in the exchange of fire.",
     [(J, *ONE), (J, *ONE)]),
    ("Two brothers, aged 12 and 15, were killed by a landmine.", [(K, 2, 2, None)]),
    ("Three villagers, a woman and her two sons, were abducted.", [(A, 3, 3, None)]),
    ("Nine people died, among them four children.", [(K, 9, 9, None), (K, 4, 4, None)]),
    ("Twenty people were arrested, including six minors.",
     [(R, 20, 20, None), (R, 6, 6, None)]),
    ("One soldier was killed and another was wounded.", [(K, *ONE), (J, *ONE)]),
    ("Eleven people were injured, two of them seriously.",
     [(J, 11, 11, None), (J, 2, 2, None)]),
    ("A father and his two daughters were killed in the airstrike.",
     [(K, *ONE), (K, 2, 2, None)]),
    ("Two guards, one of them a teenager, were shot dead.", [(K, 2, 2, None)]),
    ("A shepherd and his nephew were detained by border police.", [(R, *ONE), (R, *ONE)]),
    # neighbours
    ("A farmer and his son harvested the wheat.", []),
    ("Two brothers, aged 12 and 15, were praised by the mayor.", []),
    ("Among them were three former ministers.", []),
]

VAGUE = [
    ("Dozens more were hurt in the stampede.", [(J, None, None, "dozens")]),
    ("The raid killed many, residents said.", [(K, None, None, "many")]),
    ("Scores of people have been detained since the protests began.",
     [(R, None, None, "scores")]),
    ("A large number of families fled the district.", [(D, None, None, "a large number of")]),
    ("Hundreds of wounded were ferried across the river.", [(J, None, None, "hundreds")]),
    ("Thousands have been driven from their homes by the fighting.",
     [(D, None, None, "thousands")]),
    ("Several were arrested after the match.", [(R, None, None, "several")]),
    ("Numerous villagers were abducted by the militia.", [(A, None, None, "numerous")]),
    ("Troops shot dead several protesters.", [(K, None, None, "several")]),
    # neighbours
    ("Many residents said the army had left.", []),
    ("Dozens of journalists attended the briefing.", []),
    ("Hundreds of soldiers were deployed to the border.", []),
    ("Scores of buildings were damaged.", []),
]

ATTACKERS = [
    ("The bomber blew himself up at the checkpoint.", [(K, *ONE)]),
    ("Four militants blew themselves up as soldiers closed in.", [(K, 4, 4, None)]),
    ("Both hijackers were shot dead by commandos.", [(K, 2, 2, None)]),
    ("The suicide bomber died in the blast along with five worshippers.",
     [(K, *ONE), (K, 5, 5, None)]),
    ("The gunman killed himself after the shooting.", [(K, *ONE)]),
    ("Two assailants were killed by return fire.", [(K, 2, 2, None)]),
    ("The attackers, three in all, were killed in the ensuing firefight.",
     [(K, 3, 3, None)]),
    # neighbours
    ("A bomb went off near the market.", []),
    ("The suicide vest was detonated by remote control.", []),
    ("Police defused a device left by the bomber.", []),
    ("The gunman fired at the crowd before fleeing.", []),
]

TOLLS = [
    ("The death toll from the quake rose to 212.", [(K, 212, 212, None)]),
    ("The landslide's toll climbed to 35 on Thursday.", [(K, 35, 35, None)]),
    ("Rescuers recovered 17 bodies from the rubble.", [(K, 17, 17, None)]),
    ("Four activists remain in custody.", [(R, 4, 4, None)]),
    ("Two fishermen are still unaccounted for.", [(M, 2, 2, None)]),
    ("Officials raised the number of injured to 130.", [(J, 130, 130, None)]),
    ("Nine suspects are being held at the central police station.", [(R, 9, 9, None)]),
    ("Divers found the bodies of two boys in the lake.", [(K, 2, 2, None)]),
    ("Eight crew members remain missing.", [(M, 8, 8, None)]),
    ("The fate of 12 abducted workers is unknown.", [(A, 12, 12, None)]),
    # neighbours
    ("The death toll has not been confirmed.", []),
    ("The two governing bodies met on Monday.", []),
    ("Three vehicles remain missing from the depot.", []),
    ("The number of tourists rose to 9,000.", []),
]

SHARED_SUBJECT = [
    ("Four men were abducted and then shot dead.", [(A, 4, 4, None), (K, 4, 4, None)]),
    ("Two activists were detained and later tortured to death.",
     [(R, 2, 2, None), (K, 2, 2, None)]),
    ("Six civilians were seized by gunmen and later killed.",
     [(A, 6, 6, None), (K, 6, 6, None)]),
    ("A journalist was arrested and died in detention.", [(R, *ONE), (K, *ONE)]),
    ("Three engineers were abducted and later beheaded.",
     [(A, 3, 3, None), (K, 3, 3, None)]),
    # neighbours
    ("Two men were arrested and released on bail.", [(R, 2, 2, None)]),
    ("Three students were questioned and sent home.", []),
]

DISPLACED = [
    ("More than 12,000 people have fled their homes since the fighting began.",
     [(D, 12000, None, None)]),
    ("The storm left 8,000 people homeless.", [(D, 8000, 8000, None)]),
    ("An estimated 45,000 refugees crossed into Chad in May.", [(D, 45000, 45000, None)]),
    ("Authorities evacuated 2,300 residents from the riverbank.", [(D, 2300, 2300, None)]),
    ("The number of internally displaced persons has risen to 1.2 million.",
     [(D, 1200000, 1200000, None)]),
    ("Tens of thousands have been uprooted by the violence.",
     [(D, None, None, "tens of thousands")]),
    ("Some 4,000 villagers were forced to flee the shelling.", [(D, 4000, 4000, None)]),
    ("The clashes have displaced around 15,000 people, the agency said.",
     [(D, 15000, 15000, None)]),
    # neighbours
    ("The camp can host 10,000 people.", []),
    ("The suspect fled the scene on foot.", []),
    ("The stadium was evacuated before the match.", []),
    ("Aid agencies plan to reach 5,000 families by winter.", []),
]

TABLES = [
    ("The blast killed 4 and wounded 19.", [(K, 4, 4, None), (J, 19, 19, None)]),
    ("Final tally: 6 dead, 23 hurt.", [(K, 6, 6, None), (J, 23, 23, None)]),
    ("Security forces killed 3 and arrested 11 in the raid.",
     [(K, 3, 3, None), (R, 11, 11, None)]),
    ("The shelling left 2 dead and 8 injured.", [(K, 2, 2, None), (J, 8, 8, None)]),
    ("Militants stormed the village, killing 5 and abducting 12.",
     [(K, 5, 5, None), (A, 12, 12, None)]),
    ("Casualties: 10 killed, 31 wounded, 4 missing.",
     [(K, 10, 10, None), (J, 31, 31, None), (M, 4, 4, None)]),
    ("Two dead, five hurt in highway pile-up", [(K, 2, 2, None), (J, 5, 5, None)]),
    # neighbours
    ("The team scored 3 and conceded 7.", []),
    ("The storm knocked out power to 3,000 homes.", []),
]

CLASSES = {"noun outcomes": NOUN_OUTCOMES, "single victims": SINGLE_VICTIMS,
           "hospital": HOSPITAL, "lists": LISTS, "vague": VAGUE, "attackers": ATTACKERS,
           "tolls": TOLLS, "shared subject": SHARED_SUBJECT, "displaced": DISPLACED,
           "tables": TABLES}
# failing when written (run once, before any change of this session): 17 of 124; 16 pass
# since the fixes of this session (word tables, hospital, appositions, participles, displaced
# from home, attackers "along with", acting bodies, single people fleeing)
KNOWN_GAPS: set[str] = set()  # session 26: "the stabbing of" (shooting.shooting_nominal)
CASES = probe_params(CLASSES, KNOWN_GAPS)


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_third_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)


# (text, outcome, victims, side or None, claimant words or None)
FIELDS = [
    ("Al-Shabaab said four of its fighters died in the fighting.", K, "militant",
     "Al-Shabaab", "Al-Shabaab"),
    ("Two Ukrainian servicemen were wounded.", J, "military", "UKR", None),
    ("Six Afghan police officers were killed.", K, "police", "AFG", None),
    ("Two ISIS militants were captured near the border.", R, "militant", "ISIS", None),
    ("Three Kenyan truck drivers were abducted.", A, "civilian", "KEN", None),
    ("Nine soldiers were killed in the ambush, the army said in a statement issued late on "
     "Sunday after an emergency meeting.", K, "military", None, "the army"),
    ("The governor held a news conference on Tuesday. She said 23 people were injured.", J,
     "unknown", None, "governor"),
    ("The official toll stands at 40 dead.", K, "unknown", None, None),
    ("Five medics were wounded, the Red Crescent said.", J, "aid_worker", None,
     "the Red Crescent"),
    ("Seven Turkish soldiers were wounded, the defence ministry said.", J, "military", "TUR",
     "the defence ministry"),
    ("Twelve rebels were killed, according to a military spokesman.", K, "militant", None,
     "a military spokesman"),
    ("Three reporters were detained while covering the protest.", R, "journalist", None,
     None),
    ("Five demonstrators were injured by rubber bullets, organisers said.", J, "protester",
     None, "organisers"),
    # written after the fixes: WordNet's people nouns for the category, acronyms for the side
    ("Four bakers were killed when the shell hit the bakery.", K, "civilian", None, None),
    ("Two electricians were injured in the blast.", J, "civilian", None, None),
    ("Six lorry drivers were kidnapped on the highway.", A, "civilian", None, None),
    ("Three plumbers were detained at the checkpoint.", R, "civilian", None, None),
    ("Two paratroopers were killed in the crash.", K, "military", None, None),
    ("Five AQAP fighters were killed in the strike.", K, "militant", "AQAP", None),
    ("Three PKK militants were captured.", R, "militant", "PKK", None),
    ("Two FARC rebels were killed.", K, "militant", "FARC", None),
    ("Two US soldiers were wounded.", J, "military", "USA", None),
    ("Nine people were killed in the attack.", K, "unknown", None, None),
    ("Four residents were injured by debris.", J, "civilian", None, None),
]
# failing when written: 2 of 13, both pass since this session's fixes (an acronym the tagger
# takes for a common noun names the group; WordNet's nouns of people give the category); a
# third, "al-Shabaab", differed only in case, which the evaluation ignores, so side is
# compared ignoring case here too
# written after the fixes and failing: a trade WordNet's sectors do not file ("baker")
# written after the fixes and failing: a trade WordNet's sectors do not file ("baker"); an
# acronym tagged as an adjective with no entity label (taking every all-capital modifier as a
# group lowered side on the untouched dev part: dropped)
# (session 26: "bakers" is civilian by the form of an occupation, victims.agent_category)
FIELD_GAPS: set[str] = set()  # "AQAP fighters": session 27 (an acronym as a group)


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"), [
    pytest.param(*f, id=f[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if f[0] in FIELD_GAPS else []) for f in FIELDS])
def test_third_probe_fields(pipeline, text, outcome, victims, side, claimant):
    claims = [c for c in pipeline.process(Article(text=text)).claims
              if c.outcome == outcome and not c.undisclosed]
    assert len(claims) == 1
    c = claims[0]
    assert (c.victims, c.side.casefold() if c.side else None,
            c.claimant.text if c.claimant else None) == (
        victims, side.casefold() if side else None, claimant)


HEADLINES = [
    ("Officials say 12 migrants drowned\nTwelve migrants drowned when their boat capsized.",
     ["Officials", "Officials"]),
    ("Rebels say 9 fighters killed in airstrike\nNine fighters were killed in the strike.",
     ["Rebels", "Rebels"]),
]


@pytest.mark.parametrize(("text", "claimants"), HEADLINES, ids=[h[0][:40] for h in HEADLINES])
def test_third_headline_claimant(pipeline, text, claimants):
    claims = sorted(pipeline.process(Article(text=text)).claims, key=lambda c: c.evidence.start)
    assert [c.claimant.text if c.claimant else None for c in claims] == claimants


# the mechanisms of this session's fixes, each on new sentences written after the fix (sentences
# that must give these claims and near neighbours that must not), so that a fix is a rule and
# not the one probe it was made on
MECHANISMS = {
    "word tables": [
        ("Toll so far: 14 dead, 40 wounded.", [(K, 14, 14, None), (J, 40, 40, None)]),
        ("Three dead, nine injured after the bus overturned.",
         [(K, 3, 3, None), (J, 9, 9, None)]),
        ("Victims: 2 killed, 6 hurt, 1 missing.",
         [(K, 2, 2, None), (J, 6, 6, None), (M, 1, 1, None)]),
        ("Casualties: 5 killed, 12 injured.", [(K, 5, 5, None), (J, 12, 12, None)]),
        ("Score: 3 goals, 2 assists.", []),
        ("Results: 40 passed, 3 failed.", []),
    ],
    "group spelled out": [
        ("Four tourists, two Germans and two Austrians, were kidnapped.", [(A, 4, 4, None)]),
        ("Two women, a mother and her daughter, were wounded by shrapnel.", [(J, 2, 2, None)]),
        ("Three aid workers, one of them a doctor, were abducted.", [(A, 3, 3, None)]),
        ("Five people were arrested, two of them minors.",
         [(R, 5, 5, None), (R, 2, 2, None)]),
        ("A soldier, a policeman and a civilian were killed.",
         [(K, *ONE), (K, *ONE), (K, *ONE)]),
    ],
    "participles as adjectives": [
        ("Relatives of 40 detained students gathered outside the court.", [(R, 40, 40, None)]),
        ("Families of the 9 kidnapped pilgrims appealed for calm.", [(A, 9, 9, None)]),
        ("The 300 evacuated residents spent the night in a school.",
         [(D, 300, 300, None)]),
        ("The 12 detailed reports were published.", []),
        ("Twenty armed men attacked the post.", []),
    ],
    "driven from home": [
        ("About 2,000 people were forced from their homes by the floods.",
         [(D, 2000, 2000, None)]),
        ("Hundreds of families were chased out of their villages.",
         [(D, None, None, "hundreds")]),
        ("Soldiers drove 500 villagers from their land.", [(D, 500, 500, None)]),
        ("The storm forced 60 flights from the schedule.", []),
        ("Two men drove from their homes to the border.", []),
    ],
    "hospital and condition": [
        ("Medics treated 25 protesters for tear gas inhalation.", [(J, 25, 25, None)]),
        ("A firefighter remains in serious condition.", [(J, *ONE)]),
        ("The boy was flown to hospital in a critical condition.", [(J, *ONE)]),
        ("Six workers were taken to hospital as a precaution.", []),
        ("A teacher treated the class to ice cream.", []),
        ("Doctors treated 200 patients at the clinic last week.", []),
    ],
    "held in detention": [
        ("Two journalists were held in a military prison for a month.", [(R, 2, 2, None)]),
        ("Eleven migrants are being kept at a detention centre.", [(R, 11, 11, None)]),
        ("Three farmers were held at the police station overnight.", [(R, 3, 3, None)]),
        ("Rebels held 20 villagers in a camp.", []),
        ("The meeting was held at the police station.", []),
        ("The ceremony was held in the prison chapel.", []),
        ("Four students were held at the border for questioning.", []),
        ("Two men are held in jail in the capital.", [(R, 2, 2, None)]),
        ("The concert was held at the army base.", []),
        ("Five activists were locked in a cell for two days.", [(R, 5, 5, None)]),
    ],
    "people seized": [
        ("Militants snatched two aid workers from their car.", [(A, 2, 2, None)]),
        ("Gunmen grabbed a teacher outside the school.", [(A, *ONE)]),
        ("Police seized three suspects in the raid.", [(R, 3, 3, None)]),
        ("Troops seized 12 rebels near the river.", [(R, 12, 12, None)]),
        ("Four tourists were seized from their hotel.", [(A, 4, 4, None)]),
        ("Customs officers seized 40 kilos of heroin.", []),
        ("The army seized two villages.", []),
        ("Rebels seized the airport on Sunday.", []),
        ("Protesters grabbed the microphone.", []),
        ("Investors snatched up shares of the company.", []),
        ("Police seized four revolvers and two rifles.", []),
        ("Three smugglers' boats were seized by the navy.", []),
    ],
    "bodies and organisations": [
        ("Five bodies were pulled from the river.", [(K, 5, 5, None)]),
        ("The bodies of 11 migrants washed ashore.", [(K, 11, 11, None)]),
        ("Two regulatory bodies approved the merger.", []),
        ("Three student bodies called for a strike.", []),
    ],
}
# a breakdown the parser reads as a list ("two Germans" as a conjunct of "tourists", as in a
# real list "four soldiers, two policemen and a civilian")
MECHANISM_GAPS: set[str] = set()  # the tourists: fixed in session 25 (the figures add up)


@pytest.mark.parametrize(("text", "figures"), probe_params(MECHANISMS, MECHANISM_GAPS))
def test_mechanism_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
