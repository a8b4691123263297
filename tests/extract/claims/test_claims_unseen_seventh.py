"""A seventh batch of made-up probes for issue 19, item 1 (casualty claims on unseen news),
written in session 28 before changing any code, one table per error class of the issue: outcomes
written as nouns, single victims with no number, hospital stays and conditions, lists and
sub-groups, vague quantities, attackers' own deaths, tolls and states, a second verb sharing
the subject; then the fields (victims, side, claimant). New wordings against the six earlier
batches: other verbs and nouns ("slaying", "gunned down", "picked up", "behind bars",
"pulled from the rubble"), numbers written as words, long sentences with several clauses, in
the styles of wire copy, British and US local news, South Asian, African, Middle Eastern and
Latin American outlets. None is copied from a data set or from the earlier probe files. Each
text must give exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import check_claim_fields, claim_figure, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
ONE = (1, 1, None)

NOUNS = [
    ("Hundreds marched in Nairobi to mourn the slaying of three traders by police.",
     [(K, 3, 3, None)]),
    ("The shelling caused the deaths of seven civilians in Kharkiv, the governor said.",
     [(K, 7, 7, None)]),
    ("Amnesty called for an inquiry into the shooting deaths of two protesters in Lima.",
     [(K, 2, 2, None)]),
    ("The collision resulted in injuries to eleven passengers, two of them children.",
     [(J, 11, 11, None), (J, 2, 2, None)]),
    ("Wildfires prompted the evacuation of about 5,000 residents on the island of Evia.",
     [(D, 5000, 5000, None)]),
    ("Press unions protested the detention of four reporters in Addis Ababa.",
     [(R, 4, 4, None)]),
    ("The murder of a 62-year-old shopkeeper in Karachi has shocked the neighbourhood.",
     [(K, *ONE)]),
    ("Police confirmed the kidnapping of nineteen passengers from a bus in Kogi state.",
     [(A, 19, 19, None)]),
    ("Witnesses described the summary execution of five prisoners by the militia.",
     [(K, 5, 5, None)]),
    ("The deaths of two toddlers in a house fire in Ohio are under investigation.",
     [(K, 2, 2, None)]),
    ("The disappearance of three activists in Sinaloa has alarmed rights groups.",
     [(M, 3, 3, None)]),
    ("Villagers demanded justice over the killings of nine farmers in Plateau state.",
     [(K, 9, 9, None)]),
    ("The fighting has caused the displacement of nearly 8,000 people in Cabo Delgado.",
     [(D, None, 8000, None)]),
    ("Lawyers are challenging the arrests of 35 demonstrators in Minsk.", [(R, 35, 35, None)]),
    ("The abductions of two aid workers in northern Mali were claimed by JNIM.",
     [(A, 2, 2, None)]),
    ("The drowning of six children in a flooded quarry has led to calls for fences.",
     [(K, 6, 6, None)]),
    ("Detectives are investigating the stabbing deaths of two teenagers in east London.",
     [(K, 2, 2, None)]),
    ("The army announced the rescue of 30 hostages and the killing of four kidnappers.",
     [(A, 30, 30, None), (K, 4, 4, None)]),
    ("The electrocution of a lineman in Cebu was the third such accident this year.",
     [(K, *ONE)]),
    ("The strangling of a young mother in Guadalajara has sparked protests against femicide.",
     [(K, *ONE)]),
    ("The massacre of at least 22 worshippers at a church in Ondo was condemned by the pope.",
     [(K, 22, None, None)]),
    ("Rights groups decried the incarceration of 14 Uyghur students.", [(R, 14, 14, None)]),
    # neighbours
    ("The killing of the proposal by the committee was widely expected.", []),
    ("The arrest of inflation remains the central bank's first priority.", []),
    ("The deaths of stars are a favourite subject of astronomers.", []),
    ("An evacuation plan covering 40,000 coastal residents was approved on Monday.", []),
]

SINGLES = [
    ("A tailor was gunned down outside his shop in Quetta on Tuesday evening.", [(K, *ONE)]),
    ("Veteran trade unionist Moses Banda was abducted by unidentified men in Lusaka.",
     [(A, *ONE)]),
    ("Gunmen on a motorbike shot dead a pharmacist in Maiduguri.", [(K, *ONE)]),
    ("A midwife was seriously injured when a shell hit the clinic in Marib.", [(J, *ONE)]),
    ("Authorities arrested the mayor of a northern town on corruption charges.", [(R, *ONE)]),
    ("A pensioner died after being beaten by robbers in Pretoria.", [(K, *ONE)]),
    ("The opposition's deputy leader was taken into custody at dawn.", [(R, *ONE)]),
    ("A lorry driver was killed when his truck hit a landmine in Tigray.", [(K, *ONE)]),
    ("Border guards detained a Georgian fisherman near the maritime boundary.", [(R, *ONE)]),
    ("A retired judge was murdered in his home in Tegucigalpa.", [(K, *ONE)]),
    ("Popular singer Amara Diallo was kidnapped on her way to a concert in Bamako.",
     [(A, *ONE)]),
    ("A student activist was hurt when riot police charged the crowd.", [(J, *ONE)]),
    ("The imam of the central mosque was assassinated after Friday prayers.", [(K, *ONE)]),
    ("A fisherman drowned when his canoe capsized on Lake Victoria.", [(K, *ONE)]),
    ("Police in Kampala apprehended a suspect in the bombing.", [(R, *ONE)]),
    ("A traffic warden was stabbed to death in Lagos on Monday.", [(K, *ONE)]),
    ("Prominent lawyer Peter Njoroge went missing on Friday, his family said.", [(M, *ONE)]),
    ("An elderly woman was trampled to death in the crush at the shrine.", [(K, *ONE)]),
    ("Soldiers killed a teenage shepherd near the border, villagers said.", [(K, *ONE)]),
    ("Security forces picked up a university lecturer at a checkpoint in Srinagar.",
     [(R, *ONE)]),
    ("Rebels seized a Chinese mining engineer near Bunia on Thursday.", [(A, *ONE)]),
    ("A prison warden was hacked to death by inmates during the riot.", [(K, *ONE)]),
    # neighbours
    ("A pharmacist was appointed to lead the regional health board.", []),
    ("Police questioned the mayor about the missing contracts.", []),
    ("Veteran trade unionist Moses Banda was honoured at the congress.", []),
    ("A fisherman caught a record catfish on Lake Victoria.", []),
    ("The lecturer was picked up from the airport by his driver.", []),
]

HOSPITAL = [
    ("Nine people were hospitalised after the chemical spill in Gujarat.", [(J, 9, 9, None)]),
    ("Ambulances ferried twelve victims to hospitals across Beirut.", [(J, 12, 12, None)]),
    ("Two firefighters received treatment for heat exhaustion.", [(J, 2, 2, None)]),
    ("Seventeen pupils were admitted to the district hospital with symptoms of poisoning.",
     [(J, 17, 17, None)]),
    ("Medics said 25 people were treated for injuries caused by rubber bullets.",
     [(J, 25, 25, None)]),
    ("Four soldiers were evacuated to a military hospital in Kabul.", [(J, 4, 4, None)]),
    ("Six people remain hospitalized, two of them in critical condition.",
     [(J, 6, 6, None), (J, 2, 2, None)]),
    ("A baby girl was flown to hospital in Adelaide after the attack.", [(J, *ONE)]),
    ("Thirteen workers needed hospital treatment after the scaffolding collapsed.",
     [(J, 13, 13, None)]),
    ("Five people are in intensive care after the explosion at the refinery.",
     [(J, 5, 5, None)]),
    ("Dozens of protesters were treated for tear gas inhalation.",
     [(J, None, None, "dozens")]),
    ("A cyclist was left in a critical condition after a hit-and-run in Leeds.", [(J, *ONE)]),
    ("Two officers sustained minor injuries during the arrest.", [(J, 2, 2, None)]),
    ("Twenty miners were brought to the surface and taken to hospital with burns.",
     [(J, 20, 20, None)]),
    ("Eleven villagers were rushed to a health centre after drinking contaminated water.",
     [(J, 11, 11, None)]),
    ("A policeman is in a coma after being struck on the head by a rock.", [(J, *ONE)]),
    ("Seven children suffered smoke inhalation and were treated at the scene.",
     [(J, 7, 7, None)]),
    ("Nine fans needed medical attention after the crush at the stadium.", [(J, 9, 9, None)]),
    ("Three of the wounded are said to be in a serious condition.", [(J, 3, 3, None)]),
    ("Fifteen students were taken to hospital after inhaling fumes in the laboratory.",
     [(J, 15, 15, None)]),
    ("Two tourists were being treated in hospital for shrapnel wounds, officials said.",
     [(J, 2, 2, None)]),
    # neighbours
    ("Three nurses were taken to the hospital by bus to start their shift.", []),
    ("The road surface is in poor condition after the rains.", []),
    ("Forty guests were treated to a free concert.", []),
    ("The hospital admitted 300 patients for elective surgery last month.", []),
]

LISTS = [
    ("A shepherd and his nephew were killed by a landmine near Kandahar.",
     [(K, *ONE), (K, *ONE)]),
    ("Fifteen people died, among them a newborn baby.", [(K, 15, 15, None), (K, *ONE)]),
    ("Three soldiers were killed; another was seriously wounded.", [(K, 3, 3, None), (J, *ONE)]),
    ("Gunmen abducted a pastor and two of his congregants in Kaduna.",
     [(A, *ONE), (A, 2, 2, None)]),
    ("Six migrants drowned, including two women and a child.",
     [(K, 6, 6, None), (K, 2, 2, None), (K, *ONE)]),
    ("A taxi driver and his passenger were wounded in the crossfire.", [(J, *ONE), (J, *ONE)]),
    ("Twenty people were detained, at least four of them minors.",
     [(R, 20, 20, None), (R, 4, None, None)]),
    ("Among those killed were two brothers aged 10 and 12.", [(K, 2, 2, None)]),
    ("One officer was killed and a second critically injured.", [(K, *ONE), (J, *ONE)]),
    ("A farmer, his wife and their three children were killed in the raid.",
     [(K, *ONE), (K, *ONE), (K, 3, 3, None)]),
    ("Eleven people were injured, seven of them seriously.", [(J, 11, 11, None), (J, 7, 7, None)]),
    ("The dead included an imam and a schoolteacher.", [(K, *ONE), (K, *ONE)]),
    ("Two policemen were killed and a third went missing after the ambush.",
     [(K, 2, 2, None), (M, *ONE)]),
    ("Nine were arrested, among them the son of a former minister.",
     [(R, 9, 9, None), (R, *ONE)]),
    ("Thirty people were wounded, several of them critically.",
     [(J, 30, 30, None), (J, None, None, "several")]),
    ("Two guards died on the spot and another succumbed to his injuries on the way to "
     "hospital.", [(K, 2, 2, None), (K, *ONE)]),
    ("Police arrested a councillor and his two bodyguards.", [(R, *ONE), (R, 2, 2, None)]),
    ("Among the injured were four foreign tourists.", [(J, 4, 4, None)]),
    ("Seven people were kidnapped, including a Catholic nun.", [(A, 7, 7, None), (A, *ONE)]),
    ("One child drowned and two others are missing.", [(K, *ONE), (M, 2, 2, None)]),
    ("A soldier and a civilian were hurt when the mortar round landed.",
     [(J, *ONE), (J, *ONE)]),
    ("Five fishermen were rescued, but a sixth drowned.", [(K, *ONE)]),
    # neighbours
    ("A nurse and a doctor were honoured by the mayor.", []),
    ("Among them were three Nobel laureates.", []),
    ("One candidate withdrew and another conceded.", []),
    ("Two of the five bridges were repaired.", []),
]

VAGUE = [
    ("Scores were killed when the warplanes struck the market.", [(K, None, None, "scores")]),
    ("Police detained many during the overnight curfew.", [(R, None, None, "many")]),
    ("The shelling injured dozens more in the southern suburbs.", [(J, None, None, "dozens")]),
    ("Hundreds of wounded were evacuated to Mosul.", [(J, None, None, "hundreds")]),
    ("Several others were hurt in the scuffles.", [(J, None, None, "several")]),
    ("Thousands of people were made homeless by the floods in Assam.",
     [(D, None, None, "thousands")]),
    ("The militia has abducted dozens of women in recent months.",
     [(A, None, None, "dozens")]),
    ("Police rounded up scores of young men after the attack.", [(R, None, None, "scores")]),
    ("Hundreds more remain missing after the mudslide.", [(M, None, None, "hundreds")]),
    ("A number of soldiers were killed in the ambush, the army admitted.",
     [(K, None, None, "a number of")]),
    ("Many of the injured were taken to hospitals in Kirkuk.", [(J, None, None, "many")]),
    ("Bandits kidnapped scores of passengers on the highway.", [(A, None, None, "scores")]),
    ("Soldiers have arrested hundreds since the coup.", [(R, None, None, "hundreds")]),
    ("Millions have been displaced by the war.", [(D, None, None, "millions")]),
    ("The riots left several dead and many more injured.",
     [(K, None, None, "several"), (J, None, None, "many")]),
    ("Dozens of migrants drowned off the coast of Libya.", [(K, None, None, "dozens")]),
    ("Some of the hostages were killed during the rescue.", [(K, None, None, "some")]),
    ("The fighting has uprooted tens of thousands in Darfur.",
     [(D, None, None, "tens of thousands")]),
    ("Dozens were reported hurt as the stands collapsed.", [(J, None, None, "dozens")]),
    ("The crackdown has seen thousands jailed since January.",
     [(R, None, None, "thousands")]),
    ("Government troops killed scores more in the offensive, the rebels said.",
     [(K, None, None, "scores")]),
    # neighbours
    ("Scores of flights were cancelled because of the storm.", []),
    ("Many voters stayed at home on election day.", []),
    ("Hundreds of protesters gathered peacefully in the square.", []),
    ("Dozens of shops were looted during the night.", []),
]

ATTACKERS = [
    ("Three assailants blew themselves up when troops surrounded the house.",
     [(K, 3, 3, None)]),
    ("The suicide bomber was killed instantly.", [(K, *ONE)]),
    ("Both gunmen were shot dead by security guards.", [(K, 2, 2, None)]),
    ("The two bombers died in the explosion, which also killed six worshippers.",
     [(K, 2, 2, None), (K, 6, 6, None)]),
    ("A militant detonated his explosive belt, killing himself and three policemen.",
     [(K, *ONE), (K, 3, 3, None)]),
    ("Four attackers were killed in an exchange of fire with police.", [(K, 4, 4, None)]),
    ("The gunman took his own life after the shooting.", [(K, *ONE)]),
    ("The assailant was killed on the spot by soldiers.", [(K, *ONE)]),
    ("Both bombers dead in twin blasts at Kabul checkpoint\nTwo explosions hit a checkpoint "
     "in Kabul on Sunday.", [(K, 2, 2, None)]),
    ("The attacker later died of his wounds in hospital.", [(K, *ONE)]),
    ("A teenage suicide bomber blew herself up at a market in Maiduguri.", [(K, *ONE)]),
    ("Three of the hijackers were killed when commandos stormed the plane.",
     [(K, 3, 3, None)]),
    ("The shooter turned the gun on himself.", [(K, *ONE)]),
    ("Two gunmen were killed and a third captured after the assault on the hotel.",
     [(K, 2, 2, None), (R, *ONE)]),
    ("Police said the perpetrator shot himself dead.", [(K, *ONE)]),
    ("Six insurgents were killed when their bomb exploded prematurely.", [(K, 6, 6, None)]),
    ("A would-be suicide bomber was shot dead before he could detonate his vest.",
     [(K, *ONE)]),
    ("The suicide car bomber and two soldiers died in the blast.",
     [(K, *ONE), (K, 2, 2, None)]),
    ("The two militants killed themselves as police closed in.", [(K, 2, 2, None)]),
    ("Both hostage-takers were killed when police stormed the bank.", [(K, 2, 2, None)]),
    ("Two of the suicide bombers blew themselves up and a third was captured alive.",
     [(K, 2, 2, None), (R, *ONE)]),
    # neighbours
    ("The bomber fled the scene on a motorcycle.", []),
    ("Police defused a bomb found outside the mosque.", []),
    ("The attackers blew up a power pylon.", []),
    ("The suicide bombers detonated their vests at the gate of the base.", []),
]

TOLLS = [
    ("The new deaths pushed the overall toll to 112.", [(K, 112, 112, None)]),
    ("The death toll in the mine disaster now stands at seventeen.", [(K, 17, 17, None)]),
    ("Rescue teams pulled eight bodies from the rubble overnight.", [(K, 8, 8, None)]),
    ("Four opposition activists remain in police custody.", [(R, 4, 4, None)]),
    ("The fate of nine crew members remains unknown.", [(M, 9, 9, None)]),
    ("The tally of confirmed deaths has climbed to 56.", [(K, 56, 56, None)]),
    ("Two suspects are being detained at a police station in Mombasa.", [(R, 2, 2, None)]),
    ("The bodies of three hikers were recovered from the ravine.", [(K, 3, 3, None)]),
    ("Officials put the number of people killed at 23.", [(K, 23, 23, None)]),
    ("The toll has been revised upwards to 41 dead.", [(K, 41, 41, None)]),
    ("Eleven soldiers are unaccounted for after the attack.", [(M, 11, 11, None)]),
    ("Six protesters are still behind bars.", [(R, 6, 6, None)]),
    ("The number of displaced has swelled to 90,000.", [(D, 90000, 90000, None)]),
    ("The corpses of five men were discovered in a ditch outside the city.",
     [(K, 5, 5, None)]),
    ("The whereabouts of the two journalists are still unknown.", [(M, 2, 2, None)]),
    ("Authorities said the number of missing stood at 34.", [(M, 34, 34, None)]),
    ("Ten people are being held incommunicado, their lawyers said.", [(R, 10, 10, None)]),
    ("The injury toll climbed to 210.", [(J, 210, 210, None)]),
    ("Twenty-one bodies have been retrieved so far.", [(K, 21, 21, None)]),
    ("Three men have been in pre-trial detention for over a year.", [(R, 3, 3, None)]),
    ("The number of confirmed fatalities reached twenty-six on Sunday.", [(K, 26, 26, None)]),
    # neighbours
    ("The toll bridge reopened after 18 months.", []),
    ("The bodies of water in the region are polluted.", []),
    ("The custody hearing for the two children was postponed.", []),
    ("The fate of the 12 bills remains unknown.", []),
]

SECOND_VERB = [
    ("Two teachers were kidnapped and later shot dead by their abductors.",
     [(A, 2, 2, None), (K, 2, 2, None)]),
    ("Five protesters were detained and later charged with rioting.", [(R, 5, 5, None)]),
    ("Three miners were injured and one was killed in the rockfall.",
     [(J, 3, 3, None), (K, *ONE)]),
    ("The reporter was abducted, held for a week and then released.", [(A, *ONE)]),
    ("Two soldiers were wounded and subsequently succumbed to their injuries.",
     [(J, 2, 2, None), (K, 2, 2, None)]),
    ("A student was arrested and later died in custody.", [(R, *ONE), (K, *ONE)]),
    ("Four men were kidnapped and found dead two days later.",
     [(A, 4, 4, None), (K, 4, 4, None)]),
    ("The activist was detained and tortured for three days.", [(R, *ONE)]),
    ("Three fishermen were arrested by the coastguard and deported.", [(R, 3, 3, None)]),
    ("A woman was raped and strangled to death in her home.", [(K, *ONE)]),
    ("Six civilians were shot and killed at a checkpoint.", [(K, 6, 6, None)]),
    ("Two boys were injured and hospitalised after the blast.", [(J, 2, 2, None)]),
    ("A policeman was disarmed and hacked to death by the mob.", [(K, *ONE)]),
    ("Twelve workers were abducted and have not been heard from since.", [(A, 12, 12, None)]),
    ("Four students were detained and later disappeared.", [(R, 4, 4, None), (M, 4, 4, None)]),
    ("A mechanic was shot in the leg and robbed of his phone.", [(J, *ONE)]),
    ("Three women were kidnapped, held for ransom and killed.",
     [(A, 3, 3, None), (K, 3, 3, None)]),
    ("Nine passengers were pulled off the bus and executed.", [(K, 9, 9, None)]),
    ("Two herders were taken captive and later murdered.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("Eight soldiers were ambushed and wounded near the border.", [(J, 8, 8, None)]),
    ("The pilot was captured by rebels and later executed.", [(A, *ONE), (K, *ONE)]),
    # neighbours
    ("The law was debated and later killed in committee.", []),
    ("The boat was seized and later returned to its owners.", []),
    ("The suspects were identified and later named by police.", []),
    ("Two ministers were sworn in and later briefed by aides.", []),
]

CLASSES = {"nouns": NOUNS, "singles": SINGLES, "hospital": HOSPITAL, "lists": LISTS,
           "vague": VAGUE, "attackers": ATTACKERS, "tolls": TOLLS, "second verb": SECOND_VERB}
# left (strict xfails): "among them the son of ..." is parsed as an apposition of the number
# ("an engineer" and "a mechanic" are persons since session 34: a noun whose first WordNet
# sense is a person)
KNOWN_GAPS: set[str] = {
    'Nine were arrested, among them the son of a former minister.',
}
CASES = probe_params(CLASSES, KNOWN_GAPS)


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_seventh_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted((claim_figure(c) for c in claims if not c.undisclosed), key=str) == sorted(
        figures, key=str)


# (text, outcome, victims, side or None, words the claimant's text contains or None); the
# claim of that outcome must be the only one
FIELDS = [
    ("Six crew members of the cargo ship were abducted by pirates, the operator said.", A,
     "civilian", None, "operator"),
    ("Five Turkish citizens were detained in Libya.", R, "civilian", "TUR", None),
    ("Two US Marines died in a helicopter crash, the Pentagon said.", K, "military", "USA",
     "Pentagon"),
    ("Three engineers were travelling in a convoy when it was attacked. The three were killed "
     "instantly.", K, "civilian", None, None),
    ("The Taliban said 11 of its members were killed in the strike.", K, "militant", "Taliban",
     "Taliban"),
    ("Al-Shabaab said four of its fighters died in the fighting.", K, "militant", "al-Shabaab",
     "al-Shabaab"),
    ("Ten Hezbollah fighters were killed in Syria.", K, "militant", "Hezbollah", None),
    ("Three Indian nationals were kidnapped in Nigeria, the embassy said.", A, "civilian", "IND",
     "embassy"),
    ("Four Filipino sailors were held hostage by Abu Sayyaf.", A, "civilian", "PHL", None),
    ("Two Israeli soldiers were wounded by sniper fire, the military said.", J, "military",
     "ISR", "military"),
    ("Five Ukrainian servicemen were killed overnight, the Russian defence ministry claimed.",
     K, "military", "UKR", "defence ministry"),
    ("According to the preliminary toll, 22 people died.", K, "unknown", None, None),
    ("The initial death toll of nine was expected to rise.", K, "unknown", None, None),
    ("Two British tourists were injured in the attack, the Foreign Office said.", J,
     "civilian", "GBR", "Foreign Office"),
    ("Security sources said 14 PKK militants were killed.", K, "militant", "PKK",
     "security sources"),
    ("The governor addressed reporters on Tuesday. He said six villagers had been abducted.",
     A, "civilian", None, "governor"),
    ("Two crew members were wounded, the airline said.", J, "civilian", None, "airline"),
    ("Eight Nigerian citizens were deported from Libya. Four others were detained, the "
     "foreign ministry said.", R, "civilian", "NGA", "foreign ministry"),
    ("Army says rebels routed in the north\nThirty rebels were killed in clashes on Monday.",
     K, "militant", None, "Army"),
    ("Twelve Boko Haram members were arrested in Maiduguri.", R, "militant", "Boko Haram",
     None),
    ("Four members of the Sinaloa cartel were killed in a shootout with soldiers.", K,
     "militant", "Sinaloa cartel", None),
    ("Three Egyptian conscripts were killed at a checkpoint in Sinai.", K, "military", "EGY",
     None),
]
# left: "nationals" is unknown in the victims lexicon by an earlier choice (kept); "others" takes
# the people of a claim before it in its own sentence, not of a sentence with no claim; a
# headline's speaker ("Army says rebels routed") is given to a claim only when the figure
# repeats; a cartel is not in the militant lexicon and its name is cut at "Sinaloa"
FIELD_GAPS: set[str] = {
    'Three Indian nationals were kidnapped in Nigeria, the embassy said.',
    'Eight Nigerian citizens were deported from Libya. Four others were detained, the foreign ministry said.',
    'Army says rebels routed in the north\nThirty rebels were killed in clashes on Monday.',
    'Four members of the Sinaloa cartel were killed in a shootout with soldiers.',
}


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"), [
    pytest.param(*f, id=f[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if f[0] in FIELD_GAPS else []) for f in FIELDS])
def test_seventh_probe_fields(pipeline, text, outcome, victims, side, claimant):
    check_claim_fields(pipeline.process(Article(text=text)).claims, outcome, victims, side,
                       claimant)


# near neighbours of the mechanisms added in session 28 (written with them): each must still
# give its claims, or still give none
NEIGHBOURS = {
    "went missing, a named subject that suffers": [
        ("Two fishermen went missing off the coast of Mombasa.", [(M, 2, 2, None)]),
        ("He went missing after leaving the mosque.", [(M, *ONE)]),
        ("Peter Njoroge went to Mombasa on Friday.", []),
        ("Ana Mwangi drowned while swimming in the lake.", [(K, *ONE)]),
        ("The two soldiers went home on leave.", []),
        ("John Roe went on to shoot two guards.", [(J, 2, 2, None)]),
        ("He went on to kill three people.", [(K, 3, 3, None)]),
    ],
    "gapped ordinals": [
        ("Two miners died and a third seriously hurt.", [(K, 2, 2, None), (J, *ONE)]),
        ("A third of the budget was spent and the rest returned.", []),
        ("Two gunmen fled and a third surrendered.", []),
    ],
    "armed groups take, 'captive'": [
        ("Police captured two suspected rebels near the border.", [(R, 2, 2, None)]),
        ("Militants detained two engineers near the mine.", [(A, 2, 2, None)]),
        ("The militants held three aid workers captive for a month.", [(A, 3, 3, None)]),
        ("The speech was given to a captive audience of 300 students.", []),
    ],
    "counted wounded, corpses, the number at": [
        ("Dozens of injured were taken to hospital.", [(J, None, None, "dozens")]),
        ("One of the wounded later died.", [(K, *ONE)]),
        ("Rescuers found four corpses in the river.", [(K, 4, 4, None)]),
        ("Police estimated the number of people arrested at around 300.", [(R, 300, 300, None)]),
        ("The men killed at 23 Main Street were brothers.", []),
    ],
    "comas, attention, treats, fates": [
        ("The economy slipped into a coma, two analysts said.", []),
        ("The proposal received little attention from the 40 delegates.", []),
        ("The fate of two hostages is unclear.", [(M, 2, 2, None)]),  # abducted 2 on main
        ("The 300 delegates were treated to a dinner.", []),
        ("The fire killed many; two others were treated for burns.",
         [(K, None, None, "many"), (J, 2, 2, None)]),
    ],
    "a later disappearance, held without charge, picked up, the three": [
        ("Seven shepherds were abducted and are still missing.", [(A, 7, 7, None)]),
        ("Three activists were arrested and later vanished.", [(R, 3, 3, None),
                                                               (M, 3, 3, None)]),
        ("Two journalists have been held without charge since March.", [(R, 2, 2, None)]),
        ("The talks were held without the 12 delegates.", []),
        ("Police picked up three students at the rally.", [(R, 3, 3, None)]),
        ("Police picked up a revolver at the scene.", []),
        ("Three trucks were hit by rockets. The three were destroyed.", []),
    ],
    "list members of people-only verbs": [
        ("Bandits abducted a trader and two of his employees.", [(A, *ONE), (A, 2, 2, None)]),
        ("Police arrested a driver and seized two of his trucks.", [(R, *ONE)]),
        ("Soldiers shot a smuggler and two of his camels.", [(J, *ONE)]),
    ],
}


@pytest.mark.parametrize(("text", "figures"), probe_params(NEIGHBOURS, set()))
def test_seventh_mechanism_neighbours(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted((claim_figure(c) for c in claims if not c.undisclosed), key=str) == sorted(
        figures, key=str)
