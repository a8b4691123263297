"""A ninth batch of made-up probes for issue 19, item 1 (casualty claims on unseen news),
written in session 34 before changing any code, one table per error class of the issue (outcomes
as nouns, single victims with no number, hospital stays and conditions, lists and sub-groups,
vague quantities, attackers' own deaths, tolls and states, a second verb sharing the subject),
then the fields (victims, side, claimant), each with neighbours that must give no claim. New
wordings against the eight earlier batches, conflict and crime; none is copied from a data set.
Each text must give exactly these claims, as (outcome, low, high, vague words). On the code
before session 34, 24 of the 221 texts and none of the 32 field probes failed."""

from __future__ import annotations

import pytest

from samples import check_claim_fields, check_claim_figures, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
C = "casualties"
ONE = (1, 1, None)

NOUNS = [
    ("Rights groups demanded an inquiry into the killing of five fishermen off Sittwe.", [(K, 5, 5, None)]),
    ("The shelling caused injuries to seven schoolchildren in Kharkiv.", [(J, 7, 7, None)]),
    ("Lawyers protested against the jailing of two trade unionists in Minsk.", [(R, 2, 2, None)]),
    ("Rising water forced the evacuation of thousands of families along the Kafue river.", [(D, None, None, "thousands")]),
    ("The abduction of 23 pilgrims near Quetta has not been claimed.", [(A, 23, 23, None)]),
    ("The arrests of eight dockworkers in Mombasa sparked a strike.", [(R, 8, 8, None)]),
    ("Prosecutors opened a case over the deaths of four inmates at Lurigancho prison.", [(K, 4, 4, None)]),
    ("The massacre of 19 herders in Plateau state was condemned by the governor.", [(K, 19, 19, None)]),
    ("The detention of an opposition senator in Caracas drew protests.", [(R, *ONE)]),
    ("The murder of a pharmacist in Rosario prompted a march.", [(K, *ONE)]),
    ("The displacement of roughly 8,000 villagers from the valley worries aid agencies.", [(D, 8000, 8000, None)]),
    ("The wounding of a traffic officer in Lagos was caught on camera.", [(J, *ONE)]),
    ("The drowning of six migrants near Ceuta was confirmed by the Red Cross.", [(K, 6, 6, None)]),
    ("Police confirmed the kidnapping of a Dutch engineer in Niger.", [(A, *ONE)]),
    ("The incarceration of 14 activists without trial was criticised by the UN.", [(R, 14, 14, None)]),
    ("The slaying of two nuns in their convent outraged the diocese.", [(K, 2, 2, None)]),
    ("The army announced the capture of two rebel commanders near Beni.", [(R, 2, 2, None)]),
    ("The beheading of a captured pilot was shown in a video.", [(K, *ONE)]),
    # neighbours
    ("The killing of the bill in committee angered its sponsors.", []),
    ("Capturing 40 percent of the market took the firm a decade.", []),
    ("Injuries to his knee kept the striker out for 12 weeks.", []),
    ("The evacuation plan covers 20 districts.", []),
]

SINGLES = [
    ("A pharmacist was shot dead in his shop in Culiacan.", [(K, *ONE)]),
    ("Police detained the editor of an independent news site on Thursday.", [(R, *ONE)]),
    ("Opposition politician Marta Kovacs was jailed for two years.", [(R, *ONE)]),
    ("Gunmen abducted a Catholic nun near Kaduna.", [(A, *ONE)]),
    ("An election official was killed in an ambush in Ghazni.", [(K, *ONE)]),
    ("A paramedic was injured when a rocket struck the ambulance.", [(J, *ONE)]),
    ("Security agents arrested the spokesman of the student union.", [(R, *ONE)]),
    ("Human rights defender Pavel Orlov was detained at the airport.", [(R, *ONE)]),
    ("A prison guard was stabbed to death during the riot.", [(K, *ONE)]),
    ("A cyclist was killed when a lorry hit him in Bristol.", [(K, *ONE)]),
    ("A shepherd went missing after the storm in the Atlas mountains.", [(M, *ONE)]),
    ("Militants kidnapped the son of a local chief.", [(A, *ONE)]),
    ("A border guard was wounded in an exchange of fire.", [(J, *ONE)]),
    ("Unidentified gunmen murdered a tribal elder in North Waziristan.", [(K, *ONE)]),
    ("The rapper was arrested in Atlanta on weapons charges.", [(R, *ONE)]),
    ("Veteran broadcaster Ines Duarte was kidnapped outside her studio.", [(A, *ONE)]),
    ("A street vendor was beaten to death by a mob in Kano.", [(K, *ONE)]),
    ("Troops shot and wounded a fisherman off the coast of Gaza.", [(J, *ONE)]),
    # neighbours
    ("The striker was booked for a late tackle.", []),
    ("The minister was hit by a wave of criticism.", []),
    ("The candidate was beaten in the runoff.", []),
    ("The central bank arrested the slide of the currency.", []),
]

HOSPITAL = [
    ("Six were taken to hospital after the bus overturned.", [(J, 6, 6, None)]),
    ("Two officers are in critical condition after the shootout.", [(J, 2, 2, None)]),
    ("Eleven residents were treated for breathing difficulties after the chemical leak.", [(J, 11, 11, None)]),
    ("Four children were hospitalised with burns.", [(J, 4, 4, None)]),
    ("A firefighter remains in serious condition.", [(J, *ONE)]),
    ("Nine people received treatment for smoke inhalation.", [(J, 9, 9, None)]),
    ("Three passengers were airlifted to hospital.", [(J, 3, 3, None)]),
    ("Fourteen workers needed medical attention after the gas leak.", [(J, 14, 14, None)]),
    ("Two of the victims are in a stable condition in hospital.", [(J, 2, 2, None)]),
    ("Dozens were treated for tear gas inhalation, medics said.", [(J, None, None, "dozens")]),
    ("A woman was rushed to hospital with stab wounds.", [(J, *ONE)]),
    ("Seven pupils were admitted to hospital after eating contaminated food.", [(J, 7, 7, None)]),
    ("Twenty people were treated at the scene for minor injuries.", [(J, 20, 20, None)]),
    ("One officer is fighting for his life in hospital.", [(J, *ONE)]),
    ("Three climbers suffered frostbite and were taken to a clinic.", [(J, 3, 3, None)]),
    ("Five soldiers were flown to a military hospital in Kabul.", [(J, 5, 5, None)]),
    ("Eight of the injured remain in intensive care.", [(J, 8, 8, None)]),
    ("A toddler was treated in hospital for shrapnel wounds.", [(J, *ONE)]),
    # neighbours
    ("The hospital has 300 beds and six operating rooms.", []),
    ("Two nurses were hired to treat patients at the clinic.", []),
    ("The company is in critical condition after losing 40 contracts.", []),
    ("Four doctors visited the hospital on Monday.", []),
]

LISTS = [
    ("A nurse and a driver were found dead near the clinic.", [(K, *ONE), (K, *ONE)]),
    ("Eight civilians were killed, among them three children.", [(K, 8, 8, None), (K, 3, 3, None)]),
    ("One soldier died and another was wounded.", [(K, *ONE), (J, *ONE)]),
    ("Twelve people were arrested, including two minors.", [(R, 12, 12, None), (R, 2, 2, None)]),
    ("Two policemen were killed and a third was injured.", [(K, 2, 2, None), (J, *ONE)]),
    ("A farmer and a herdsman were abducted from the village.", [(A, *ONE), (A, *ONE)]),
    ("Six workers were hurt, two of them seriously.", [(J, 6, 6, None), (J, 2, 2, None)]),
    ("A mechanic and a welder were injured when the tank exploded.", [(J, *ONE), (J, *ONE)]),
    ("Three people died; a fourth was rescued alive.", [(K, 3, 3, None)]),
    ("A journalist and a cameraman were detained at the border.", [(R, *ONE), (R, *ONE)]),
    ("The injured included three police officers.", [(J, 3, 3, None)]),
    ("Fifteen migrants drowned, among them six women.", [(K, 15, 15, None), (K, 6, 6, None)]),
    ("One hostage was freed and another was killed.", [(A, *ONE), (K, *ONE)]),
    ("Nine people were kidnapped, including a pastor.", [(A, 9, 9, None), (A, *ONE)]),
    ("Two guards were shot dead and three others were injured.", [(K, 2, 2, None), (J, 3, 3, None)]),
    ("A plumber and an electrician were killed in the blast.", [(K, *ONE), (K, *ONE)]),
    ("Among those detained were two lawyers.", [(R, 2, 2, None)]),
    # neighbours
    ("A singer and a dancer were honoured at the gala.", []),
    ("Among the speakers were three ministers.", []),
    ("One bill passed and another failed.", []),
    ("Two of the five stations were closed.", []),
]

VAGUE = [
    ("Scores more were injured when the roof collapsed.", [(J, None, None, "scores")]),
    ("A large number of migrants were detained at the border.", [(R, None, None, "a large number of")]),
    ("The flood killed many in the low-lying villages.", [(K, None, None, "many")]),
    ("Hundreds of injured crowded the corridors of the hospital.", [(J, None, None, "hundreds")]),
    ("Dozens were abducted from the camp overnight.", [(A, None, None, "dozens")]),
    ("Thousands were displaced by the fighting near Goma.", [(D, None, None, "thousands")]),
    ("Several policemen were wounded in the clashes.", [(J, None, None, "several")]),
    ("Troops detained scores of young men in the sweep.", [(R, None, None, "scores")]),
    ("Many were still missing on Friday night.", [(M, None, None, "many")]),
    ("The militia killed dozens of civilians in the raid.", [(K, None, None, "dozens")]),
    ("Hundreds more fled across the border into Chad.", [(D, None, None, "hundreds")]),
    ("The blast wounded many, witnesses said.", [(J, None, None, "many")]),
    ("Several bodies were recovered from the river.", [(K, None, None, "several")]),
    ("A number of soldiers were killed in the ambush.", [(K, None, None, "a number of")]),
    ("Tens of thousands have been displaced since the rains began.", [(D, None, None, "tens of thousands")]),
    ("Police arrested dozens more on Sunday.", [(R, None, None, "dozens")]),
    ("Scores of worshippers were killed in the attack.", [(K, None, None, "scores")]),
    # neighbours
    ("Many voters stayed home on Sunday.", []),
    ("Scores of flights were cancelled.", []),
    ("Hundreds of protesters marched peacefully.", []),
    ("A large number of shops were closed.", []),
]

ATTACKERS = [
    ("Three attackers blew themselves up outside the consulate.", [(K, 3, 3, None)]),
    ("Both bombers were dead after the explosion, police said.", [(K, 2, 2, None)]),
    ("The gunman killed himself after shooting two guards.", [(K, *ONE), (J, 2, 2, None)]),
    ("A suicide bomber blew himself up at a wedding, killing 11 guests.", [(K, *ONE), (K, 11, 11, None)]),
    ("The two gunmen were killed in a shootout with police.", [(K, 2, 2, None)]),
    ("All four hijackers died when the plane crashed.", [(K, 4, 4, None)]),
    ("The suicide attacker detonated his vest, killing himself and five soldiers.", [(K, *ONE), (K, 5, 5, None)]),
    ("Police shot dead the assailant outside the synagogue.", [(K, *ONE)]),
    ("The knifeman was killed by officers at the scene.", [(K, *ONE)]),
    ("Seven insurgents were killed when their bomb exploded prematurely.", [(K, 7, 7, None)]),
    ("The shooter turned the gun on himself.", [(K, *ONE)]),
    ("Two bombers blew themselves up at the gate, killing three guards.", [(K, 2, 2, None), (K, 3, 3, None)]),
    ("The attacker was shot dead after wounding four people.", [(K, *ONE), (J, 4, 4, None)]),
    ("Troops killed all six attackers.", [(K, 6, 6, None)]),
    ("The suicide bomber was killed in the blast.", [(K, *ONE)]),
    ("A woman blew herself up near the police station.", [(K, *ONE)]),
    # neighbours
    ("The bombers were seen on CCTV before the attack.", []),
    ("The attacker fled on a motorbike.", []),
    ("Miners blew up the rock face.", []),
    ("The gunman demanded money from the cashier.", []),
]

TOLLS = [
    ("The new deaths brought the death toll to 17.", [(K, 17, 17, None)]),
    ("Two suspects are in custody.", [(R, 2, 2, None)]),
    ("Rescuers pulled 12 bodies from the collapsed mine.", [(K, 12, 12, None)]),
    ("The whereabouts of three aid workers are unknown.", [(M, 3, 3, None)]),
    ("The death toll rose to 54 on Sunday.", [(K, 54, 54, None)]),
    ("The number of injured stands at 80.", [(J, 80, 80, None)]),
    ("Four men remain in police custody.", [(R, 4, 4, None)]),
    ("Eleven bodies were found in a mass grave near Izium.", [(K, 11, 11, None)]),
    ("The toll climbed to 26 dead.", [(K, 26, 26, None)]),
    ("Officials put the number of displaced at 60,000.", [(D, 60000, 60000, None)]),
    ("Seven people are still unaccounted for.", [(M, 7, 7, None)]),
    ("The death toll from the cholera outbreak has reached 130.", [(K, 130, 130, None)]),
    ("Authorities said 9 bodies had been identified.", [(K, 9, 9, None)]),
    ("Three protesters were taken into custody.", [(R, 3, 3, None)]),
    ("The number of dead stood at 42 by nightfall.", [(K, 42, 42, None)]),
    ("The fate of 16 sailors remains unknown.", [(M, 16, 16, None)]),
    # neighbours
    ("The toll booth collected 4,000 dollars.", []),
    ("The court granted custody of the two children to their father.", []),
    ("The number of tourists rose to 80,000.", []),
    ("The whereabouts of the painting are unknown.", []),
]

SECOND_VERB = [
    ("Two farmers were kidnapped and later shot dead.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("A student was detained and later died in custody.", [(R, *ONE), (K, *ONE)]),
    ("Three traders were robbed and then killed on the highway.", [(K, 3, 3, None)]),
    ("Five villagers were abducted and later released.", [(A, 5, 5, None)]),
    ("A soldier was captured and later executed by the militants.", [(A, *ONE), (K, *ONE)]),  # captured: s46
    ("Four men were arrested and later charged with arson.", [(R, 4, 4, None)]),
    ("Two children were injured and later died in hospital.", [(J, 2, 2, None), (K, 2, 2, None)]),
    ("The journalist was kidnapped and murdered.", [(A, *ONE), (K, *ONE)]),
    ("Six pilgrims were wounded and taken to hospital.", [(J, 6, 6, None)]),
    ("Seven protesters were beaten and arrested.", [(R, 7, 7, None)]),
    ("Nine sailors were seized and held in Bandar Abbas.", [(A, 9, 9, None)]),
    ("Two engineers were abducted and later found dead.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("A guard was attacked and killed with a machete.", [(K, *ONE)]),
    ("Three migrants were detained and later deported.", [(R, 3, 3, None)]),
    ("Eight boys were kidnapped and forced to fight.", [(A, 8, 8, None)]),
    ("A lawyer was arrested and later tortured to death.", [(R, *ONE), (K, *ONE)]),
    # neighbours
    ("The motion was debated and later rejected.", []),
    ("The two ministers were elected and later sworn in.", []),
    ("The tanker was seized and later returned.", []),
]

# a single victim as a pronoun, a name under "including", illness and poisoning, "half a":
# the forms that failed most in the first run of this batch (23 of 36 failed on the old code)
PRONOUNS_AND_PARTS = [
    ("A militant threw a grenade at the post. Police said on Friday they had arrested him.", [(R, *ONE)]),
    ("Masked men stopped the car near Gao and kidnapped her.", [(A, *ONE)]),
    ("The agency said it detained him at the border crossing.", [(R, *ONE)]),
    ("A trader was arrested in Kano. Police said they arrested him after a tip-off.", [(R, *ONE)]),
    ("Police caught a man and arrested him.", []),
    ("The soldiers abducted the mayor and later released him.", [(A, *ONE)]),
    ("The senator accused rivals of stabbing him in the back.", []),
    ("The coach told her to rest.", []),
    ("The strike killed three militants, including commander Abu Saleh.", [(K, 3, 3, None), (K, *ONE)]),
    ("The raid killed five soldiers, including Colonel Peter Mwangi.", [(K, 5, 5, None), (K, *ONE)]),
    ("Twelve people were arrested, including opposition leader Ana Varga.", [(R, 12, 12, None), (R, *ONE)]),
    ("Envoys from ten countries, including Ghana, attended the funeral of 40 soldiers killed.", [(K, 40, 40, None)]),
    ("Four people fell ill after eating fish bought at a market in Mombasa.", [(J, 4, 4, None)]),
    ("Dozens of workers became sick after the gas leak.", [(J, None, None, "dozens")]),
    ("Six pupils showed symptoms of poisoning after lunch.", [(J, 6, 6, None)]),
    ("Twelve children were poisoned at a school in Herat.", [(J, 12, 12, None)]),
    ("Nine people are suffering food poisoning after a wedding meal.", [(J, 9, 9, None)]),
    ("Two children died and 30 fell ill after the school meal.", [(K, 2, 2, None), (J, 30, 30, None)]),
    ("The minister fell ill and cancelled his trip to two cities.", []),
    ("Three cows fell ill after drinking from the river.", []),
    ("The rumours poisoned relations between the two parties.", []),
    ("The company reported symptoms of a slowdown in 3 markets.", []),
    ("The quake displaced nearly half a million people.", [(D, None, 500000, None)]),
    ("The war has killed half a million people.", [(K, 500000, 500000, None)]),
    ("Half a dozen soldiers were killed in the ambush.", [(K, 6, 6, None)]),
    ("A million people fled the city.", [(D, 1000000, 1000000, None)]),
    ("Half a million dollars was stolen and two guards were hurt.", [(J, 2, 2, None)]),
    ("The court granted custody of the two children to their father.", []),
    ("Police took custody of three suspects.", [(R, 3, 3, None)]),
    ("Four protesters were taken into custody.", [(R, 4, 4, None)]),
    ("Three people died; a fourth was rescued alive.", [(K, 3, 3, None)]),
    ("Two soldiers were killed; a third was wounded.", [(K, 2, 2, None), (J, *ONE)]),
    ("A shepherd and a mechanic were abducted near the pass.", [(A, *ONE), (A, *ONE)]),
    ("A mechanic was shot dead at his garage.", [(K, *ONE)]),
    ("The mechanic fixed two cars.", []),
    ("Nine people were kidnapped, among them Father Tomas Okeke.", [(A, 9, 9, None), (A, *ONE)]),
    # neighbours found on lookmix: a name under "including" on a group with no outcome, and a
    # second description of a named person
    ("Six of the suspects are in custody, but the others remain at large, including the alleged ringleader Marco Diaz.", [(R, 6, 6, None)]),
    ("Lena Varga, a veteran of city politics and a frequent delegate to party congresses, died in the blast.", [(K, *ONE)]),
]

CLASSES = {"nouns": NOUNS, "singles": SINGLES, "hospital": HOSPITAL, "lists": LISTS,
           "vague": VAGUE, "attackers": ATTACKERS, "tolls": TOLLS, "second verb": SECOND_VERB,
           "pronouns and parts": PRONOUNS_AND_PARTS}

FIELDS = [
    ("The four were killed when their car hit a mine, the governor said.", K, "unknown", None, "governor"),
    ("Six crew members were abducted from the tanker off Benin.", A, "civilian", None, None),
    ("Three Turkish citizens were kidnapped in Libya, the foreign ministry said.", A, "civilian", "TUR", "foreign ministry"),
    ("Two Marines were injured in the attack, the Pentagon said.", J, "military", None, "Pentagon"),
    ("Al-Shabaab said five of its members were killed in the raid.", K, "militant", "Al-Shabaab", "Al-Shabaab"),
    ("Nine members of the ELN were captured by the army.", R, "militant", "ELN", None),
    ("Ten Houthi fighters were killed in the air strikes, a Saudi spokesman said.", K, "militant", "Houthi", "Saudi spokesman"),
    ("Seven Nigerian soldiers were killed in Borno, the military said.", K, "military", "NGA", "military"),
    ("Four Somali police officers were wounded by a grenade.", J, "police", "SOM", None),
    ("Three Mexican journalists were murdered this year, a press group said.", K, "journalist", "MEX", "press group"),
    ("Two UN peacekeepers were killed in Mali, the mission said.", K, "military", "UN", "mission"),
    ("Sixteen Afghan civilians were killed in the blast, local officials said.", K, "civilian", "AFG", "local officials"),
    ("Five aid workers were abducted in South Sudan, the charity said.", A, "aid_worker", None, "charity"),
    ("Thirty protesters were injured in Tehran, an activist group said.", J, "protester", None, "activist group"),
    ("Eight Russian servicemen were killed in the shelling, the ministry said.", K, "military", "RUS", "ministry"),
    ("Twelve PKK militants were killed in northern Iraq, the Turkish defence ministry said.", K, "militant", "PKK", "Turkish defence ministry"),
    # claimants far away, behind a pronoun, in a headline; figures that speak for no one
    ("The interior ministry issued a statement on Monday. It said 14 police officers were wounded in the riots.", J, "police", None, "interior ministry"),
    ("Army says 30 rebels killed in Kivu\nThe operation lasted three days.", K, "militant", None, "army"),
    ("The provisional toll stands at 12 dead after the bus crash.", K, "unknown", None, None),
    ("A preliminary count put the number of dead at 15.", K, "unknown", None, None),
    ("Nine people were killed in the attack, according to a statement from the governor's office released late on Sunday.", K, "unknown", None, "governor"),
    ("The Red Crescent, which runs the main clinic in the town, said 23 people were injured.", J, "unknown", None, "Red Crescent"),
    ("Six miners were trapped underground. Rescuers said the six were dead.", K, "civilian", None, "Rescuers"),
    ("Three aid workers were abducted near Juba, the charity said.", A, "aid_worker", None, "charity"),
    ("Fifteen members of the National Guard were killed, the governor said.", K, "military", "National Guard", "governor"),
    ("Al-Qaeda fighters ambushed a patrol. Seven of the militants were killed, officials said.", K, "militant", "Al-Qaeda", "officials"),
    ("Four Boko Haram commanders were arrested in Maiduguri, the army said.", R, "militant", "Boko Haram", "army"),
    ("Nine Ukrainian citizens were detained in Belarus, Kyiv said.", R, "civilian", "UKR", "Kyiv"),
    ("The health ministry said on Tuesday that the death toll had risen to 63.", K, "unknown", None, "health ministry"),
    ("Eleven crew members of a cargo ship went missing off Taiwan, the coast guard said.", M, "civilian", None, "coast guard"),
    ("Taliban fighters killed three Afghan soldiers, a local official said.", K, "military", "AFG", "local official"),
    ("Two Colombian Marines were wounded by a mine, the navy said.", J, "military", "COL", "navy"),
]

# On session 34's starting code 24 of the 219 texts failed (20 of them in the last table: a
# pronoun arrested or abducted, a name under "including", falling ill and symptoms, poisoning,
# "half a million", custody given to a parent, a list of two professions, an ordinal rescued
# after a death told in another clause). Left (strict xfails): "Hundreds of injured" parsed
# with "injured" on the "of"; a name after "among them" hung on the verb.
KNOWN_GAPS = {
    "Hundreds of injured crowded the corridors of the hospital.",
    "Nine people were kidnapped, among them Father Tomas Okeke.",
}
FIELD_GAPS: set[str] = set()


@pytest.mark.parametrize(("text", "figures"), probe_params(CLASSES, KNOWN_GAPS))
def test_ninth_probe_gives_exactly_its_claims(pipeline, text, figures):
    check_claim_figures(pipeline, text, figures)


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"), [
    pytest.param(*f, id=f[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if f[0] in FIELD_GAPS else []) for f in FIELDS])
def test_ninth_probe_fields(pipeline, text, outcome, victims, side, claimant):
    check_claim_fields(pipeline.process(Article(text=text)).claims, outcome, victims, side,
                       claimant)
