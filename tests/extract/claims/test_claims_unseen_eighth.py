"""An eighth batch of made-up probes for issue 19, item 1 (casualty claims on unseen news),
written in session 32 before changing any code, one table per error class of the issue (outcomes
as nouns, single victims with no number, hospital stays and conditions, lists and sub-groups,
vague quantities, attackers' own deaths, tolls and states, a second verb sharing the subject),
then the fields (victims, side, claimant). New wordings against the seven earlier batches; none
is copied from a data set. On main before session 32, 11 of the 205 failed (most forms are
handled since the earlier sessions; 'the body of a missing hiker' is fixed with them); those
still failing are strict xfails below. Each text
must give exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import check_claim_fields, check_claim_figures, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
C = "casualties"
ONE = (1, 1, None)

NOUNS = [
    ("Video released on Sunday showed the beheading of two hostages by the group.", [(K, 2, 2, None)]),
    ("Church leaders blamed the army for the slaughter of 40 villagers in Ituri.", [(K, 40, 40, None)]),
    ("Press freedom groups condemned the imprisonment of three bloggers in Hanoi.", [(R, 3, 3, None)]),
    ("The floods forced the relocation of about 12,000 residents in Sindh.", [(D, 12000, 12000, None)]),
    ("The assassination of a provincial judge in Tabasco drew wide condemnation.", [(K, *ONE)]),
    ("The lynching of two suspected thieves in Kisumu was filmed by onlookers.", [(K, 2, 2, None)]),
    ("The wounding of 14 bystanders in the blast prompted a lockdown of the city centre.", [(J, 14, 14, None)]),
    ("Rescuers reported the deaths of eleven miners trapped underground in Zonguldak.", [(K, 11, 11, None)]),
    ("The shooting death of a 17-year-old in Memphis is being investigated.", [(K, *ONE)]),
    ("The disappearances of four students in Guerrero remain unsolved.", [(M, 4, 4, None)]),
    ("Mothers marched to demand answers about the killing of their three sons by soldiers.", [(K, 3, 3, None)]),
    ("The poisoning of 80 schoolgirls in Herat has spread fear among parents.", [(J, 80, 80, None)]),
    ("The execution of six men convicted of drug trafficking was carried out on Tuesday.", [(K, 6, 6, None)]),
    ("The fatal shooting of a security guard at a mall in Durban shocked shoppers.", [(K, *ONE)]),
    ("Coastguards confirmed the drowning deaths of three migrants off Lampedusa.", [(K, 3, 3, None)]),
    ("Human rights lawyers challenged the detentions of 27 students in Tehran.", [(R, 27, 27, None)]),
    ("The murders of two park rangers in Virunga were blamed on a militia.", [(K, 2, 2, None)]),
    ("Villagers described the kidnappings of nine farmers from their fields in Katsina.", [(A, 9, 9, None)]),
    ("The blaze led to the evacuation of some 3,000 people from the hillside.", [(D, 3000, 3000, None)]),
    ("The jailing of four opposition activists was condemned by the European Union.", [(R, 4, 4, None)]),
    ("The stabbing death of a delivery rider in Leeds was the second this year.", [(K, *ONE)]),
    ("Investigators are looking into the injuring of five police officers during the riot.", [(J, 5, 5, None)]),
    # neighbours
    ("The killing of time in airports has become an art for frequent travellers.", []),
    ("The execution of the plan took three years and 200 engineers.", []),
    ("An evacuation drill involving 500 pupils was held at the school.", []),
    ("The detention centre can hold 300 migrants.", []),
]

SINGLES = [
    ("A Catholic priest was kidnapped on his way to Mass in Enugu state.", [(A, *ONE)]),
    ("Gunmen killed a village chief in the Sahel region of Burkina Faso.", [(K, *ONE)]),
    ("Police in Harare arrested a prominent novelist over a social media post.", [(R, *ONE)]),
    ("An off-duty constable was stabbed to death in Leeds.", [(K, *ONE)]),
    ("A nurse was wounded by shrapnel at a clinic in Donetsk.", [(J, *ONE)]),
    ("The former finance minister was arrested on Monday.", [(R, *ONE)]),
    ("Security forces detained a student leader in Dhaka.", [(R, *ONE)]),
    ("Prominent lawyer Juan Ortega was shot dead outside the courthouse.", [(K, *ONE)]),
    ("A taxi driver was hacked to death by a gang in Nairobi.", [(K, *ONE)]),
    ("The mayor of a small town in Michoacan was assassinated on Sunday.", [(K, *ONE)]),
    ("A fisherman is missing after his boat capsized off Zanzibar.", [(M, *ONE)]),
    ("Masked men abducted a businessman from his home in Port Harcourt.", [(A, *ONE)]),
    ("A farmer was injured by a landmine in Kandahar province.", [(J, *ONE)]),
    ("Soldiers shot and killed a teenager at a checkpoint near Jenin.", [(K, *ONE)]),
    ("The editor of a weekly newspaper was jailed for five years.", [(R, *ONE)]),
    ("A bus driver lost his life in the crash on the motorway.", [(K, *ONE)]),
    ("A British tourist drowned off the coast of Crete.", [(K, *ONE)]),
    ("A police officer was critically injured in the shootout.", [(J, *ONE)]),
    ("Dissident blogger Lin Wei has been detained by state security.", [(R, *ONE)]),
    ("An Afghan interpreter was killed by a roadside bomb.", [(K, *ONE)]),
    ("Unknown assailants murdered a schoolteacher in Cauca.", [(K, *ONE)]),
    ("The army captured a senior rebel commander in the east.", [(R, *ONE)]),
    # neighbours
    ("The singer killed it at the festival on Saturday.", []),
    ("The coach was fired after a string of defeats.", []),
    ("The director was captured on camera leaving the building.", []),
    ("A teacher was shot by a photographer for the magazine cover.", []),
]

HOSPITAL = [
    ("Nine pupils were rushed to hospital after inhaling fumes.", [(J, 9, 9, None)]),
    ("Four of the passengers are in serious condition.", [(J, 4, 4, None)]),
    ("Eleven people were admitted to hospital with burns.", [(J, 11, 11, None)]),
    ("A toddler remains in intensive care after the attack.", [(J, *ONE)]),
    ("Thirty workers received medical treatment after the gas leak.", [(J, 30, 30, None)]),
    ("Paramedics treated six people at the scene for minor injuries.", [(J, 6, 6, None)]),
    ("Three victims were airlifted to a trauma centre.", [(J, 3, 3, None)]),
    ("The driver was hospitalised with head injuries.", [(J, *ONE)]),
    ("Twelve people were hospitalized following the chemical spill.", [(J, 12, 12, None)]),
    ("Five miners are in a stable condition in hospital.", [(J, 5, 5, None)]),
    ("Two of the injured remain on life support.", [(J, 2, 2, None)]),
    ("Fifteen people needed hospital treatment after the crush.", [(J, 15, 15, None)]),
    ("A pedestrian was taken to the hospital in critical condition.", [(J, *ONE)]),
    ("Eight children were treated for smoke inhalation at the scene.", [(J, 8, 8, None)]),
    ("Four officers sought medical attention after the clashes.", [(J, 4, 4, None)]),
    ("Twenty protesters were treated for exposure to tear gas.", [(J, 20, 20, None)]),
    ("At least seven people were taken to local hospitals.", [(J, 7, None, None)]),
    ("Two guards were left fighting for their lives.", [(J, 2, 2, None)]),
    ("A cyclist suffered life-threatening injuries in the collision.", [(J, *ONE)]),
    ("Ambulances carried fourteen casualties to the district hospital.", [(C, 14, 14, None)]),
    ("Six people were being treated in hospital on Tuesday night.", [(J, 6, 6, None)]),
    ("One man is in a critical but stable condition.", [(J, *ONE)]),
    # neighbours
    ("Two doctors were treated to a round of applause.", []),
    ("The new hospital has 300 beds.", []),
    ("The hospital hired nine new surgeons this year.", []),
    ("The three bridges are in poor condition.", []),
]

LISTS = [
    ("A teacher and two of her pupils were shot dead in the classroom.", [(K, *ONE), (K, 2, 2, None)]),
    ("Twelve people died in the fire, among them three firefighters.", [(K, 12, 12, None), (K, 3, 3, None)]),
    ("Two soldiers were killed; a third was wounded.", [(K, 2, 2, None), (J, *ONE)]),
    ("A priest and a seminarian were kidnapped near Onitsha.", [(A, *ONE), (A, *ONE)]),
    ("Eight people were arrested, including a local councillor.", [(R, 8, 8, None), (R, *ONE)]),
    ("Nine people were hurt, three of them seriously.", [(J, 9, 9, None), (J, 3, 3, None)]),
    ("A guard and a cleaner were found dead inside the bank.", [(K, *ONE), (K, *ONE)]),
    ("Four people drowned; another is still missing.", [(K, 4, 4, None), (M, *ONE)]),
    ("Three policemen were injured, one of them critically.", [(J, 3, 3, None), (J, *ONE)]),
    ("Among the dead were five children and two women.", [(K, 5, 5, None), (K, 2, 2, None)]),
    ("One protester was killed and two others were wounded.", [(K, *ONE), (J, 2, 2, None)]),
    ("Seventeen migrants died, most of them from Eritrea.", [(K, 17, 17, None)]),
    ("A bishop, his driver and a bodyguard were abducted in Cameroon.", [(A, *ONE), (A, *ONE), (A, *ONE)]),
    ("Two civilians died and a third was injured when the shell hit.", [(K, 2, 2, None), (J, *ONE)]),
    ("The wounded included two journalists.", [(J, 2, 2, None)]),
    ("Among those arrested was a former army colonel.", [(R, *ONE)]),
    ("The raid left one rebel dead and another captured.", [(K, *ONE), (R, *ONE)]),
    ("Twenty people were kidnapped, most of them women.", [(A, 20, 20, None)]),
    ("A boy and his grandmother were injured by falling debris.", [(J, *ONE), (J, *ONE)]),
    ("Five people were killed, two of them children.", [(K, 5, 5, None), (K, 2, 2, None)]),
    # neighbours
    ("A judge and a lawyer were praised for their courage.", []),
    ("Among the guests were two former presidents.", []),
    ("One team won and another lost.", []),
    ("Three of the ten schools were closed.", []),
]

VAGUE = [
    ("Scores more were wounded in the afternoon shelling.", [(J, None, None, "scores")]),
    ("A large number of civilians were killed in the air strikes.", [(K, None, None, "a large number of")]),
    ("The soldiers arrested many in the raids on the camp.", [(R, None, None, "many")]),
    ("Hundreds of injured were brought to the field hospital.", [(J, None, None, "hundreds")]),
    ("Dozens were hurt when the bridge collapsed.", [(J, None, None, "dozens")]),
    ("Thousands have fled the fighting in the north.", [(D, None, None, "thousands")]),
    ("Several passengers were kidnapped from the train.", [(A, None, None, "several")]),
    ("Gunmen killed dozens of villagers in the night raid.", [(K, None, None, "dozens")]),
    ("Hundreds were detained after the protests.", [(R, None, None, "hundreds")]),
    ("Many more are feared dead under the rubble.", [(K, None, None, "many")]),
    ("Dozens of others remain unaccounted for.", [(M, None, None, "dozens")]),
    ("The storm left thousands homeless across the province.", [(D, None, None, "thousands")]),
    ("Scores of protesters were injured by rubber bullets.", [(J, None, None, "scores")]),
    ("The militants abducted several aid workers last week.", [(A, None, None, "several")]),
    ("Tens of thousands were forced from their homes.", [(D, None, None, "tens of thousands")]),
    ("Police said a number of people were hurt.", [(J, None, None, "a number of")]),
    ("Many of the dead were children.", [(K, None, None, "many")]),
    ("The strikes killed hundreds of fighters, the army claimed.", [(K, None, None, "hundreds")]),
    ("Several people drowned when the ferry sank.", [(K, None, None, "several")]),
    ("Police rounded up dozens of suspected looters.", [(R, None, None, "dozens")]),
    ("Dozens more were injured in the stampede.", [(J, None, None, "dozens")]),
    ("The quake killed many and left hundreds injured.", [(K, None, None, "many"), (J, None, None, "hundreds")]),
    # neighbours
    ("Scores of schools reopened on Monday.", []),
    ("Many residents welcomed the decision.", []),
    ("Hundreds of fans cheered the team.", []),
    ("Dozens of cars were damaged by hail.", []),
]

ATTACKERS = [
    ("Two suicide bombers blew themselves up at the entrance of the market.", [(K, 2, 2, None)]),
    ("The attacker killed himself after stabbing three people.", [(K, *ONE), (J, 3, 3, None)]),
    ("The bomber died when his explosives went off.", [(K, *ONE)]),
    ("Three gunmen were shot dead by police after the siege.", [(K, 3, 3, None)]),
    ("A suicide bomber blew himself up near a police van, killing four officers.", [(K, *ONE), (K, 4, 4, None)]),
    ("The two attackers killed themselves before police could reach them.", [(K, 2, 2, None)]),
    ("All five militants were killed in the counter-attack.", [(K, 5, 5, None)]),
    ("The shooter took his own life as officers arrived.", [(K, *ONE)]),
    ("Both assailants died in the exchange of fire.", [(K, 2, 2, None)]),
    ("The gunman was shot dead by a security guard.", [(K, *ONE)]),
    ("Four attackers blew themselves up, killing 12 worshippers.", [(K, 4, 4, None), (K, 12, 12, None)]),
    ("The suicide attacker was the only fatality.", [(K, *ONE)]),
    ("Police shot dead the knifeman after he wounded two passers-by.", [(K, *ONE), (J, 2, 2, None)]),
    ("One of the bombers was killed and the other arrested.", [(K, *ONE), (R, *ONE)]),
    ("The assailant turned his weapon on himself.", [(K, *ONE)]),
    ("Six of the attackers were killed and two captured, the army said.", [(K, 6, 6, None), (R, 2, 2, None)]),
    ("The hijacker was killed when commandos stormed the plane.", [(K, *ONE)]),
    ("A female suicide bomber blew herself up at a checkpoint.", [(K, *ONE)]),
    ("The militants, three in all, died in the blast they set off.", [(K, 3, 3, None)]),
    ("Security forces killed the gunman after a two-hour standoff.", [(K, *ONE)]),
    ("The suspect died of self-inflicted gunshot wounds.", [(K, *ONE)]),
    # neighbours
    ("The bomber was identified from his fingerprints.", []),
    ("The attackers escaped in a stolen car.", []),
    ("Engineers blew up the old bridge.", []),
    ("The gunman fired into the air before fleeing.", []),
]

TOLLS = [
    ("The latest deaths brought the death toll to nine.", [(K, 9, 9, None)]),
    ("The death toll from the landslide rose to 31 on Friday.", [(K, 31, 31, None)]),
    ("Rescuers recovered six more bodies from the river.", [(K, 6, 6, None)]),
    ("Three suspects are in police custody.", [(R, 3, 3, None)]),
    ("The whereabouts of four fishermen remain unknown.", [(M, 4, 4, None)]),
    ("The number of dead has risen to 48.", [(K, 48, 48, None)]),
    ("Two men remain in custody, police said.", [(R, 2, 2, None)]),
    ("The toll stands at 15 dead and 40 injured.", [(K, 15, 15, None), (J, 40, 40, None)]),
    ("Officials put the death toll at around 70.", [(K, 70, 70, None)]),
    ("The bodies of two climbers were found on the glacier.", [(K, 2, 2, None)]),
    ("The number of injured climbed to 112.", [(J, 112, 112, None)]),
    ("Five people are still missing after the flood.", [(M, 5, 5, None)]),
    ("The confirmed death toll reached 203 on Monday.", [(K, 203, 203, None)]),
    ("Nine activists are being held at an undisclosed location.", [(R, 9, 9, None)]),
    ("The number of people displaced has reached 40,000.", [(D, 40000, 40000, None)]),
    ("Searchers found the body of a missing hiker.", [(K, *ONE)]),
    ("Fourteen people remain unaccounted for.", [(M, 14, 14, None)]),
    ("The casualty toll stood at 25 on Tuesday.", [(C, 25, 25, None)]),
    ("The death toll has climbed to at least 60.", [(K, 60, None, None)]),
    ("Eight bodies were pulled from the wreckage.", [(K, 8, 8, None)]),
    ("The fatality count rose to 19 overnight.", [(K, 19, 19, None)]),
    ("Two reporters have been held in detention since the raid.", [(R, 2, 2, None)]),
    # neighbours
    ("The toll road between the two cities was widened.", []),
    ("Three bodies of evidence support the theory.", []),
    ("The custody battle over the two children continues.", []),
    ("The number of visitors rose to 40,000.", []),
]

SECOND_VERB = [
    ("Three farmers were kidnapped and later killed by their captors.", [(A, 3, 3, None), (K, 3, 3, None)]),
    ("Two journalists were arrested and later sentenced to prison.", [(R, 2, 2, None)]),
    ("Four workers were injured and two were killed in the explosion.", [(J, 4, 4, None), (K, 2, 2, None)]),
    ("A teenager was stabbed and died on the way to hospital.", [(K, *ONE)]),
    ("Five soldiers were wounded and later died of their injuries.", [(J, 5, 5, None), (K, 5, 5, None)]),
    ("The businessman was abducted and found dead a week later.", [(A, *ONE), (K, *ONE)]),
    ("Six protesters were beaten and detained by riot police.", [(R, 6, 6, None)]),
    ("Two brothers were abducted, tortured and killed.", [(A, 2, 2, None), (K, 2, 2, None)]),
    ("A policeman was ambushed and shot dead on his way home.", [(K, *ONE)]),
    ("Nine miners were trapped and later confirmed dead.", [(K, 9, 9, None)]),
    ("Three men were arrested and charged with murder.", [(R, 3, 3, None)]),
    ("Eight villagers were seized and held for ransom.", [(A, 8, 8, None)]),
    ("A nun was kidnapped and later freed unharmed.", [(A, *ONE)]),
    ("Two aid workers were detained and then expelled from the country.", [(R, 2, 2, None)]),
    ("Four students were taken hostage and later executed.", [(A, 4, 4, None), (K, 4, 4, None)]),
    ("A cameraman was shot and seriously wounded.", [(J, *ONE)]),
    ("Seven people were abducted and remain missing.", [(A, 7, 7, None)]),
    ("Two girls were swept away and drowned.", [(K, 2, 2, None)]),
    ("A pilot was injured and later died in hospital.", [(J, *ONE), (K, *ONE)]),
    ("Ten fishermen were detained and later released by the navy.", [(R, 10, 10, None)]),
    ("Three activists were abducted and later found dead in a forest.", [(A, 3, 3, None), (K, 3, 3, None)]),
    # neighbours
    ("The bill was amended and later killed by the senate.", []),
    ("The ship was seized and later released.", []),
    ("The two leaders were photographed and later interviewed.", []),
]

CLASSES = {"nouns": NOUNS, "singles": SINGLES, "hospital": HOSPITAL, "lists": LISTS,
           "vague": VAGUE, "attackers": ATTACKERS, "tolls": TOLLS, "second verb": SECOND_VERB}

FIELDS = [
    ("Nine crew members of a fishing trawler were kidnapped off Cameroon, the owner said.", A, "civilian", None, "owner"),
    ("Four Chinese citizens were abducted in Nigeria, the embassy said.", A, "civilian", "CHN", "embassy"),
    ("Three US Marines were wounded in Syria, the Pentagon said.", J, "military", "USA", "Pentagon"),
    ("The Islamic State said seven of its fighters were killed in Raqqa.", K, "militant", "Islamic State", "Islamic State"),
    ("Twelve Taliban fighters were killed in the raid, officials said.", K, "militant", "Taliban", "officials"),
    ("Six members of Boko Haram were killed by soldiers.", K, "militant", "Boko Haram", None),
    ("Five Pakistani soldiers were killed near the border, the army said.", K, "military", "PAK", "army"),
    ("Three Kenyan police officers were killed by a bomb.", K, "police", "KEN", None),
    ("Two French journalists were abducted in Mali.", A, "journalist", "FRA", None),
    ("Eight Egyptian fishermen were detained by the Libyan coast guard.", R, "civilian", "EGY", None),
    ("The rebels said 14 government soldiers were killed.", K, "military", None, "rebels"),
    ("Twenty Hamas militants were killed in the strikes, the Israeli army said.", K, "militant", "Hamas", "Israeli army"),
    ("Eleven protesters were killed in Khartoum, a doctors' committee said.", K, "protester", None, "doctors"),
    ("Two Red Cross workers were kidnapped in Darfur.", A, "aid_worker", None, None),
    ("Six Syrian citizens drowned off the Greek coast, the coastguard said.", K, "civilian", "SYR", "coastguard"),
    ("Four members of the Zetas cartel were arrested in Tamaulipas.", R, "militant", "Zetas", None),
    ("Hezbollah said three of its members were killed in the strike.", K, "militant", "Hezbollah", "Hezbollah"),
    ("Five Indian workers were killed in a bus crash in Oman, officials said.", K, "civilian", "IND", "officials"),
    ("Seven ISIS fighters were captured by the Kurdish forces.", R, "militant", "ISIS", None),
]

# left (strict xfails): "relocate" is in no outcome lexicon (a company relocates workers;
# "poison" is since session 34: a poisoned relation counts no people); a noun of killing over a thing ("the execution of the plan")
# still lends its outcome to a later "200 engineers"; a photographer's shot is a shooting; a
# list of three singles lost its middle one to the apposition parse (found since session 34:
# "bodyguard" is a WordNet person); "among those arrested
# was" with a singular verb, the elided "the other arrested", "held at an undisclosed location"
# (no place of detention); (the members of a cartel are militants since session 44)
KNOWN_GAPS = {
    "The floods forced the relocation of about 12,000 residents in Sindh.",
    "The execution of the plan took three years and 200 engineers.",
    "A teacher was shot by a photographer for the magazine cover.",
    "Among those arrested was a former army colonel.",
    "One of the bombers was killed and the other arrested.",
    "Nine activists are being held at an undisclosed location.",
}
FIELD_GAPS: set[str] = set()


@pytest.mark.parametrize(("text", "figures"), probe_params(CLASSES, KNOWN_GAPS))
def test_eighth_probe_gives_exactly_its_claims(pipeline, text, figures):
    check_claim_figures(pipeline, text, figures)


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"), [
    pytest.param(*f, id=f[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if f[0] in FIELD_GAPS else []) for f in FIELDS])
def test_eighth_probe_fields(pipeline, text, outcome, victims, side, claimant):
    check_claim_fields(pipeline.process(Article(text=text)).claims, outcome, victims, side,
                       claimant)
