"""A sixth batch of made-up probes for issue 19, item 1 (casualty claims on unseen news),
written in session 27 before changing any code, one table per error class of the issue: outcomes
written as nouns, single victims with no number, hospital stays and conditions, lists and
sub-groups, vague quantities, attackers' own deaths, tolls and states, a second verb sharing
the subject; then the fields (victims, side, claimant) and neighbours that must give no claim
(figures of speech, hypotheticals, sports, rates of a year). Written in the styles of wire
copy, US local crime news, South Asian, African and Latin American outlets. None is copied from
a data set or from the earlier probe files. Each text must give exactly these claims, as
(outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import check_claim_fields, claim_figure, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
C = "casualties"
ONE = (1, 1, None)

NOUNS = [
    ("Residents protested against the killing of four farmers by soldiers last week.",
     [(K, 4, 4, None)]),
    ("The blast caused injuries to nine workers at the fuel depot.", [(J, 9, 9, None)]),
    ("Rights groups condemned the jailing of three bloggers in Dhaka.", [(R, 3, 3, None)]),
    ("The floods forced the evacuation of thousands from low-lying districts.",
     [(D, None, None, "thousands")]),
    ("Police are investigating the abduction of two schoolgirls from a village in Zamfara.",
     [(A, 2, 2, None)]),
    ("The army announced the arrest of 11 suspected smugglers near the border.",
     [(R, 11, 11, None)]),
    ("Villagers reported the disappearance of six young men after the raid.",
     [(M, 6, 6, None)]),
    ("The massacre of 30 villagers in Ituri drew international condemnation.",
     [(K, 30, 30, None)]),
    ("Lawmakers demanded an inquiry into the detention of 40 opposition supporters.",
     [(R, 40, 40, None)]),
    ("Unicef condemned the kidnapping of 15 pupils in Kaduna state.", [(A, 15, 15, None)]),
    ("The lynching of a suspected thief in Sylhet was captured on video.", [(K, *ONE)]),
    ("The landslide led to the displacement of some 2,000 families.",
     [(D, 2000, 2000, None)]),
    ("The assassination of a local councillor in Michoacan sparked protests.", [(K, *ONE)]),
    ("The deaths of 12 migrants in the desert prompted an investigation.",
     [(K, 12, 12, None)]),
    ("Officials confirmed the rescue of 14 miners and the death of two others.",
     [(K, 2, 2, None)]),
    ("The beheading of three hostages by the militants was filmed.", [(K, 3, 3, None)]),
    ("Activists documented the torture and killing of five detainees.", [(K, 5, 5, None)]),
    ("Police said the stabbing of a taxi driver in Soweto was linked to a dispute.",
     [(J, *ONE)]),
    ("The gas leak led to the hospitalisation of 23 people.", [(J, 23, 23, None)]),
    ("The murders of two land rights defenders in Guatemala remain unsolved.",
     [(K, 2, 2, None)]),
    ("Opposition leaders denounced the imprisonment of 18 student activists.",
     [(R, 18, 18, None)]),
    # neighbours
    ("The killing of the bill in committee angered activists.", []),
    ("The evacuation drill involved 300 staff at the plant.", []),
    ("The jailing of journalists is rising across the region, the report said.", []),
    ("The arrest of the decline in exports surprised economists.", []),
]

SINGLES = [
    ("An accountant was killed when gunmen opened fire on a minibus in Peshawar.",
     [(K, *ONE)]),
    ("Opposition lawmaker Daniel Okafor was detained at Lagos airport.", [(R, *ONE)]),
    ("Police detained the editor of a weekly newspaper in Harare.", [(R, *ONE)]),
    ("A schoolteacher was abducted from her home in Borno on Sunday night.", [(A, *ONE)]),
    ("A nurse was wounded by a stray bullet in Port-au-Prince.", [(J, *ONE)]),
    ("The village headman was hacked to death by suspected rebels.", [(K, *ONE)]),
    ("Gunmen kidnapped a Catholic priest in Enugu state.", [(A, *ONE)]),
    ("A street vendor was killed by a falling wall in Lima.", [(K, *ONE)]),
    ("Student leader Ravi Kumar was arrested during the march.", [(R, *ONE)]),
    ("A security guard was shot dead during a robbery at a jewelry store in Houston.",
     [(K, *ONE)]),
    ("The cashier was injured when the robber fired a shot.", [(J, *ONE)]),
    ("An engineer working for a Chinese firm was kidnapped in the Niger Delta.", [(A, *ONE)]),
    ("Local radio presenter Joseph Mwangi was found dead in his car.", [(K, *ONE)]),
    ("A farmer died after being attacked by herders in Benue.", [(K, *ONE)]),
    ("Soldiers arrested a trader accused of supplying the insurgents.", [(R, *ONE)]),
    ("Human rights defender Lucia Paredes was murdered outside her home.", [(K, *ONE)]),
    ("A bus conductor was stabbed in the chest at the terminal.", [(J, *ONE)]),
    ("Maoist rebels killed a forest guard in Chhattisgarh.", [(K, *ONE)]),
    # neighbours
    ("An accountant was hired to audit the ministry's books.", []),
    ("The editor was promoted to managing director last year.", []),
    ("Opposition figure Marta Ruiz was elected mayor of the city.", []),
    ("A farmer sold his cattle at the market in Kano.", []),
    ("Police interviewed the cashier after the robbery.", []),
]

HOSPITAL = [
    ("Six were taken to hospital after the roof collapsed.", [(J, 6, 6, None)]),
    ("Two officers are in critical condition after the ambush, police said.",
     [(J, 2, 2, None)]),
    ("Eleven firefighters were treated for smoke inhalation.", [(J, 11, 11, None)]),
    ("Four children were rushed to the district hospital with burns.", [(J, 4, 4, None)]),
    ("A motorcyclist remains in intensive care after the crash.", [(J, *ONE)]),
    ("Twenty-three people were admitted to hospital in Multan after eating contaminated "
     "food.", [(J, 23, 23, None)]),
    ("Three pilgrims were airlifted to hospital in Srinagar.", [(J, 3, 3, None)]),
    ("Seven patients were being treated for gunshot wounds at the city hospital.",
     [(J, 7, 7, None)]),
    ("Paramedics treated 15 people at the scene for minor injuries.", [(J, 15, 15, None)]),
    ("A 30-year-old man was hospitalised with stab wounds.", [(J, *ONE)]),
    ("Two women were taken to a nearby clinic with bullet wounds.", [(J, 2, 2, None)]),
    ("Fourteen miners were treated for breathing difficulties after the gas leak.",
     [(J, 14, 14, None)]),
    ("Five students were hospitalized after inhaling tear gas.", [(J, 5, 5, None)]),
    ("At least 40 people needed medical treatment after the stampede.",
     [(J, 40, None, None)]),
    ("A pedestrian is fighting for his life after being hit by a stolen car.", [(J, *ONE)]),
    ("Eight passengers suffered fractures and were taken to hospital.", [(J, 8, 8, None)]),
    ("Doctors said nine of the injured were in serious condition.", [(J, 9, 9, None)]),
    # neighbours
    ("Six doctors were sent to the hospital to help with the outbreak.", []),
    ("The patient was taken to hospital for a routine check-up.", []),
    ("The hospital treated 2,000 patients last year.", []),
    ("The economy is in critical condition, the governor said.", []),
    ("The governor was driven to the hospital to open the new wing.", []),
]

LISTS = [
    ("A watchman and a cook were found dead at the farmhouse.", [(K, *ONE), (K, *ONE)]),
    ("Twelve people were killed, among them three children.",
     [(K, 12, 12, None), (K, 3, 3, None)]),
    ("One soldier died and another was wounded in the ambush.", [(K, *ONE), (J, *ONE)]),
    ("A policeman and two civilians were injured in the explosion.",
     [(J, *ONE), (J, 2, 2, None)]),
    ("Nineteen passengers died, including four foreigners.",
     [(K, 19, 19, None), (K, 4, 4, None)]),
    ("Two farmers were shot dead and a third was wounded.", [(K, 2, 2, None), (J, *ONE)]),
    ("Militants abducted a teacher, his wife and their daughter.",
     [(A, *ONE), (A, *ONE), (A, *ONE)]),
    ("Eight people were arrested, five of them women.", [(R, 8, 8, None), (R, 5, 5, None)]),
    ("The dead include a pregnant woman and two infants.", [(K, *ONE), (K, 2, 2, None)]),
    ("Among the wounded was a local journalist.", [(J, *ONE)]),
    ("Four people were killed; another died later in hospital.",
     [(K, 4, 4, None), (K, *ONE)]),
    ("A mother and her two sons were killed when the shell struck.",
     [(K, *ONE), (K, 2, 2, None)]),
    ("Seven miners were trapped underground; two were later found dead.", [(K, 2, 2, None)]),
    ("Police arrested a driver and a conductor after the crash.", [(R, *ONE), (R, *ONE)]),
    ("Two civilians were killed and another two wounded.", [(K, 2, 2, None), (J, 2, 2, None)]),
    ("Five soldiers were wounded, two of them critically.", [(J, 5, 5, None), (J, 2, 2, None)]),
    # neighbours
    ("A cook and a gardener were hired by the embassy.", []),
    ("Among them were several famous actors.", []),
    ("One team won and another lost.", []),
    ("Three of the students passed the exam.", []),
]

VAGUE = [
    ("Scores more were wounded in the stampede.", [(J, None, None, "scores")]),
    ("A large number of protesters were detained outside parliament.",
     [(R, None, None, "a large number of")]),
    ("The blast wounded many.", [(J, None, None, "many")]),
    ("Hundreds of injured were brought to the city's hospitals.",
     [(J, None, None, "hundreds")]),
    ("Dozens were arrested as police broke up the rally in Karachi.",
     [(R, None, None, "dozens")]),
    ("Several villagers were kidnapped by bandits in Katsina.", [(A, None, None, "several")]),
    ("Thousands have fled their homes since the fighting began.",
     [(D, None, None, "thousands")]),
    ("The floods left hundreds homeless in Sindh.", [(D, None, None, "hundreds")]),
    ("Tens of thousands were displaced by the cyclone.",
     [(D, None, None, "tens of thousands")]),
    ("Police said many of the wounded were children.", [(J, None, None, "many")]),
    ("Some were killed in their beds, survivors said.", [(K, None, None, "some")]),
    ("Numerous civilians were injured by flying glass.", [(J, None, None, "numerous")]),
    ("A handful of soldiers were wounded in the exchange.",
     [(J, None, None, "a handful of")]),
    ("Officials said an unknown number of migrants drowned off the coast.",
     [(K, None, None, "an unknown number of")]),
    ("Gunmen killed several and abducted dozens more.",
     [(K, None, None, "several"), (A, None, None, "dozens")]),
    ("Scores of people were detained in overnight raids in Kashmir.",
     [(R, None, None, "scores")]),
    ("Countless families were left homeless by the earthquake.",
     [(D, None, None, "countless")]),
    ("The strikes killed many, the rebels said.", [(K, None, None, "many")]),
    # neighbours
    ("Many analysts were surprised by the result.", []),
    ("Dozens of cars were damaged in the blast.", []),
    ("Several reports were published about the clashes.", []),
    ("Hundreds of fans celebrated in the streets.", []),
    ("The company has thousands of employees in the region.", []),
]

ATTACKERS = [
    ("Two suicide bombers blew themselves up outside a police station in Quetta.",
     [(K, 2, 2, None)]),
    ("Both bombers were killed when their explosives detonated early.", [(K, 2, 2, None)]),
    ("The attacker blew himself up at the checkpoint.", [(K, *ONE)]),
    ("Three militants were killed when the device they were planting exploded.",
     [(K, 3, 3, None)]),
    ("Two gunmen shot a guard and then killed themselves.", [(J, *ONE), (K, 2, 2, None)]),
    ("A female suicide bomber detonated her vest at the market, killing herself and four "
     "shoppers.", [(K, *ONE), (K, 4, 4, None)]),
    ("Five insurgents died in the assault, the army said.", [(K, 5, 5, None)]),
    ("The two attackers were shot dead by police.", [(K, 2, 2, None)]),
    ("All three gunmen were killed after a six-hour siege.", [(K, 3, 3, None)]),
    ("The assailant was killed by return fire from the guards.", [(K, *ONE)]),
    ("A bomber on a motorcycle blew himself up near the convoy.", [(K, *ONE)]),
    ("Both attackers dead after siege at Nairobi hotel, police say", [(K, 2, 2, None)]),
    ("Two attackers died and one was arrested.", [(K, 2, 2, None), (R, *ONE)]),
    ("Security forces killed four of the attackers; the fifth blew himself up.",
     [(K, 4, 4, None), (K, *ONE)]),
    ("The suicide attacker and a guard were killed in the blast.", [(K, *ONE), (K, *ONE)]),
    ("Four militants were killed while making explosives in a house.", [(K, 4, 4, None)]),
    # neighbours
    ("The bomb went off near a bus stop but caused no damage.", []),
    ("A suicide vest was detonated by the police bomb squad.", []),
    ("The gunman surrendered to police after a standoff.", []),
    ("The militants blew up a bridge on the highway.", []),
    ("The attackers fled into the forest.", []),
]

TOLLS = [
    ("The latest blast brought the death toll to nine.", [(K, 9, 9, None)]),
    ("The toll from the landslide climbed to 31 on Friday.", [(K, 31, 31, None)]),
    ("Seven suspects remain in custody.", [(R, 7, 7, None)]),
    ("Rescuers recovered 17 bodies from the river.", [(K, 17, 17, None)]),
    ("The whereabouts of four fishermen remain unknown.", [(M, 4, 4, None)]),
    ("The death toll from the building collapse in Lagos has risen to 28.",
     [(K, 28, 28, None)]),
    ("Twelve bodies were found in a mass grave near the town.", [(K, 12, 12, None)]),
    ("The number of dead has reached 44, the governor said.", [(K, 44, 44, None)]),
    ("Three activists have been in detention since March.", [(R, 3, 3, None)]),
    ("The toll now stands at 62 dead and 140 injured.", [(K, 62, 62, None), (J, 140, 140, None)]),
    ("Police recovered the bodies of two women from a canal in Lahore.", [(K, 2, 2, None)]),
    ("Nine people are still unaccounted for after the flood.", [(M, 9, 9, None)]),
    ("Two journalists are being held in custody without charge.", [(R, 2, 2, None)]),
    ("The number of injured rose to 150 on Tuesday.", [(J, 150, 150, None)]),
    ("The fatalities rose to 19 overnight, the fire service said.", [(K, 19, 19, None)]),
    ("Casualties now number 75, including 20 dead.", [(C, 75, 75, None), (K, 20, 20, None)]),
    # neighbours
    ("The toll road was closed for 12 hours.", []),
    ("The company's governing bodies met three times.", []),
    ("The custody battle over two children continues.", []),
    ("The toll booth collected 5,000 dollars.", []),
]

SECOND_VERB = [
    ("Three herders were abducted and later killed by their captors.",
     [(A, 3, 3, None), (K, 3, 3, None)]),
    ("A man was stabbed and robbed outside a bar in Memphis.", [(J, *ONE)]),
    ("Four activists were arrested and later released on bail.", [(R, 4, 4, None)]),
    ("Two boys were beaten and burned to death by a mob.", [(K, 2, 2, None)]),
    ("Five soldiers were wounded and later died in hospital.",
     [(J, 5, 5, None), (K, 5, 5, None)]),
    ("The journalist was detained, tortured and killed.", [(R, *ONE), (K, *ONE)]),
    ("Three women were abducted and assaulted by armed men.", [(A, 3, 3, None)]),
    ("Six miners were trapped and later found dead.", [(K, 6, 6, None)]),
    ("The driver was dragged from his car and beaten to death.", [(K, *ONE)]),
    ("Two students were shot and wounded near the campus.", [(J, 2, 2, None)]),
    ("A police officer was ambushed and killed on patrol.", [(K, *ONE)]),
    ("Seven villagers were taken hostage and executed.", [(A, 7, 7, None), (K, 7, 7, None)]),
    ("Eleven people were injured and 300 displaced by the storm.",
     [(J, 11, 11, None), (D, 300, 300, None)]),
    ("A teenager was shot and taken to hospital.", [(J, *ONE)]),
    ("Eight fishermen went missing and were later found dead.",
     [(M, 8, 8, None), (K, 8, 8, None)]),
    ("Two suspects were arrested and charged with murder.", [(R, 2, 2, None)]),
    # neighbours
    ("The bill was killed and later revived in the Senate.", []),
    ("Prices were slashed and later raised.", []),
    ("The soldiers arrived and immediately secured the area.", []),
    ("The convoy was stopped and searched at the checkpoint.", []),
]

NOT_CLAIMS = [
    ("The band killed it at the festival in front of 20,000 fans.", []),
    ("If the dam breaks, thousands could be displaced.", []),
    ("Smoking kills about 8 million people a year, the agency says.", []),
    ("The Lakers killed the Celtics 120-95.", []),
    ("Up to 10,000 people could lose their homes if the river bursts its banks.", []),
    ("The new law could see hundreds arrested, critics warned.", []),
    ("Malaria kills hundreds of thousands of children every year.", []),
    ("Thousands of investors were hurt by the collapse of the bank.", []),
    ("Our team got slaughtered 5-0 on Saturday.", []),
    ("Two hundred jobs were killed by the merger.", []),
    ("On average, 30 people are arrested in the city every weekend.", []),
    ("Drills simulated the evacuation of 5,000 residents.", []),
    ("In the worst case, 2,000 people might have to be evacuated.", []),
    ("Each year about 300 migrants go missing in the desert.", []),
    ("A thousand people would die if the vaccine failed, the model predicted.", []),
    ("Road crashes kill some 1,200 people annually in the province.", []),
    ("The show killed off three characters in its final episode.", []),
    ("Her jokes slayed the crowd of 400 at the club.", []),
    ("Experts warn that millions could be displaced by rising seas.", []),
    ("The quarterback was sacked four times in the first half.", []),
]

CLASSES = {"nouns": NOUNS, "singles": SINGLES, "hospital": HOSPITAL, "lists": LISTS,
           "vague": VAGUE, "attackers": ATTACKERS, "tolls": TOLLS, "second verb": SECOND_VERB,
           "not claims": NOT_CLAIMS}
# passing on the start code (main 758c7db) -> after session 27's fixes, per class: nouns 22 -> 25
# of 25, singles 23 of 23, hospital 21 -> 22 of 22, lists 16 -> 20 of 20, vague 23 of 23,
# attackers 19 -> 21 of 21, tolls 18 -> 20 of 20, second verb 17 -> 20 of 20, not claims 7 -> 19
# of 20, fields 16 -> 20 of 23, then 21 with aid agencies' staff (182 -> 214 of 217). Left:
# money "hurt" told like bodies (the cause is abstract); a sect no lexicon knows; Rohingya given
# Myanmar as a side (defensible, kept as written)
KNOWN_GAPS: set[str] = {
    'Thousands of investors were hurt by the collapse of the bank.',
}
CASES = probe_params(CLASSES, KNOWN_GAPS)


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_sixth_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)


# (text, outcome, victims, side or None, words the claimant's text contains or None); the
# claim of that outcome must be the only one
FIELDS = [
    ("Eight crew members were killed when the tanker was hit, the shipping company said.", K,
     "civilian", None, "shipping company"),
    ("Three US Marines were injured in a vehicle accident.", J, "military", "USA", None),
    ("Fourteen al-Qaeda fighters were killed in the raid, the Pentagon said.", K, "militant",
     "al-Qaeda", "Pentagon"),
    ("The army said 12 of its soldiers were killed in the ambush.", K, "military", None,
     "army"),
    ("Four Pakistani citizens were kidnapped in Afghanistan.", A, "civilian", "PAK", None),
    ("Two Colombian police officers were killed by FARC dissidents.", K, "police", "COL",
     None),
    ("Six ELN rebels were killed in a military operation, the defence ministry said.", K,
     "militant", "ELN", "defence ministry"),
    ("Four students were caught in the crossfire. The four were taken to hospital.", J,
     "civilian", None, None),
    ("Nine Boko Haram fighters were killed, the Nigerian army said.", K, "militant",
     "Boko Haram", "army"),
    ("A Somali journalist was shot dead in Mogadishu.", K, "journalist", "SOM", None),
    ("Eleven Indian fishermen were arrested by the Sri Lankan navy.", R, "civilian", "IND",
     None),
    ("Three Hamas fighters were killed in the strike, the group said.", K, "militant",
     "Hamas", "group"),
    ("According to the provisional toll, 14 people were killed.", K, "unknown", None, None),
    ("The provisional count stands at 27 dead.", K, "unknown", None, None),
    ("Thirty Afghan refugees were detained by Iranian border guards.", R, "civilian", "AFG",
     None),
    ("The Red Cross released new figures on Monday. It said 18 volunteers had been injured.",
     J, "aid_worker", None, "Red Cross"),
    ("Two members of parliament were abducted in Port-au-Prince.", A, "civilian", None, None),
    ("Four Kenyan soldiers were killed by an explosive device.", K, "military", "KEN", None),
    ("Seven Afghan soldiers were killed, the Taliban said.", K, "military", "AFG", "Taliban"),
    ("Three Red Cross workers were kidnapped in South Sudan.", A, "aid_worker", None, None),
    ("Five members of the Mungiki sect were arrested in Nairobi.", R, "militant", "Mungiki",
     None),
    ("Militants said five of their fighters were killed in the drone strike.", K, "militant",
     None, "Militants"),
    ("Six Rohingya refugees drowned when their boat capsized, the UN refugee agency said.", K,
     "civilian", None, "refugee agency"),
]
FIELD_GAPS: set[str] = {
    'Five members of the Mungiki sect were arrested in Nairobi.',
    'Six Rohingya refugees drowned when their boat capsized, the UN refugee agency said.',
}


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"), [
    pytest.param(*f, id=f[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if f[0] in FIELD_GAPS else []) for f in FIELDS])
def test_sixth_probe_fields(pipeline, text, outcome, victims, side, claimant):
    check_claim_fields(pipeline.process(Article(text=text)).claims, outcome, victims, side,
                       claimant)


# near neighbours of the mechanisms added in session 27 (written with them): each must still
# give its claims, or still give none
NEIGHBOURS = {
    "modal of the perfect, narrative future": [
        ("As many as 50 people may have been killed in the landslide.", [(K, None, 50, None)]),
        ("Of the wounded, three would later die in hospital.", [(K, 3, 3, None)]),
        ("Up to 20 villagers might have drowned when the ferry sank.", [(K, None, 20, None)]),
        ("Police could not say why the two men were arrested.", [(R, 2, 2, None)]),
        ("Officials fear that the toll could rise.", []),
        ("Police can confirm three people killed in the crash.", [(K, 3, 3, None)]),
        ("We can now confirm the deaths of four people.", [(K, 4, 4, None)]),
        ("Rescuers said survivors might still be trapped under the rubble.", []),
    ],
    "rates and dates": [
        ("Two soldiers were killed a year ago in the same valley.", [(K, 2, 2, None)]),
        ("Four people were arrested a day after the attack.", [(R, 4, 4, None)]),
        ("Floods killed 40 people in the province last year.", [(K, 40, 40, None)]),
        ("Every day, thousands of civilians flee the fighting in the north.", []),
        ("Snakebites kill about 50,000 people a year in the country.", []),
    ],
    "scores and ranges": [
        ("Three to four people were wounded in the blast.", [(J, 3, 4, None)]),
        ("Between 10 and 12 miners were trapped and later found dead.", [(K, 10, 12, None)]),
        ("The visitors won 2-0 and the hosts lost two players to injury.", []),
        ("The home side beat the champions 4-1 in the final.", []),
    ],
    "possessive nouns, a gun turned on oneself": [
        ("The governor's secretary was abducted outside her office.", [(A, *ONE)]),
        ("Gunmen killed the chief's nephew at a wedding.", [(K, *ONE)]),
        ("The party's spokesman said the charges were false.", []),
        ("Police interviewed the victim's brother on Monday.", []),
        ("The gunman then turned his weapon on himself.", [(K, *ONE)]),
        ("She turned the gun on the intruder.", []),
        ("The crowd turned on the police.", []),
    ],
    "cases, parts told after 'of', held in jail": [
        ("Monitors documented 31 cases of abduction in the region this year.",
         [(A, 31, 31, None)]),
        ("The clinic reported 40 cases of cholera.", []),
        ("Of the 12 arrested, five were minors and seven were adults.",
         [(R, 12, 12, None), (R, 5, 5, None), (R, 7, 7, None)]),
        ("Of the candidates, three were women.", []),
        ("Police said the number 75 was a mistake.", []),
        ("A 15-year-old was held at the police station overnight.", [(R, *ONE)]),
        ("The suitcase was held at the police station.", []),
    ],
    "ordinals, members, a second verb": [
        ("Two guards were killed and a third was abducted.", [(K, 2, 2, None), (A, *ONE)]),
        ("A third of the residents have left the district.", []),
        ("The third day of talks ended without a deal.", []),
        ("Those arrested included two students.", [(R, 2, 2, None)]),
        ("Two nurses were kidnapped and later freed.", [(A, 2, 2, None)]),
        ("Six workers were trapped and later rescued.", []),
    ],
}


@pytest.mark.parametrize(("text", "figures"), probe_params(NEIGHBOURS, set()))
def test_sixth_mechanism_neighbours(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)


# fields of the mechanisms added in session 27 (written with them), as FIELDS above
FIELD_NEIGHBOURS = [
    ("Eleven sailors were rescued and three remain missing, the navy said.", M, "civilian",
     None, "navy"),
    ("Two officers were wounded in the ambush, police said.", J, "police", None, "police"),
    ("Two army officers were wounded in the ambush, police said.", J, "military", None,
     "police"),
    ("Four ISWAP fighters were killed in the raid.", K, "militant", "ISWAP", None),
    ("An MSF nurse was injured when the clinic was shelled.", J, "aid_worker", None, None),
    ("Three Reuters journalists were detained at the border.", R, "journalist", None, None),
]


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"),
                         [pytest.param(*f, id=f[0][:50]) for f in FIELD_NEIGHBOURS])
def test_sixth_field_neighbours(pipeline, text, outcome, victims, side, claimant):
    claims = [c for c in pipeline.process(Article(text=text)).claims
              if c.outcome == outcome and not c.undisclosed]
    assert len(claims) == 1
    c = claims[0]
    words = c.claimant.text.casefold() if c.claimant else None
    assert (c.victims, c.side.casefold() if c.side else None) == (
        victims, side.casefold() if side else None)
    assert (words is None) == (claimant is None)
    assert claimant is None or claimant.casefold() in words
