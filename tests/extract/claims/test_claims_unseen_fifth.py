"""A fifth batch of made-up probes for issue 19, item 1 (casualty claims on unseen news),
written in session 26 before reading the claims code, in styles the earlier batches use less:
translated regional press (Arabic, Spanish, French and Russian wire style), NGO and
rights-group reports, court and prison news, live-blog updates, tallies across groups,
victims named by their role, attackers' own deaths, hospital language, and near neighbours
that must give no claim (ages, dates, addresses, money, scores, percentages, road numbers,
"one of the", "killed the bill", counts of things, historical tolls inside a current story).
None is copied from a data set or from the earlier probe files. Each text must give exactly
these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import check_claim_fields, claim_figure, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
C = "casualties"
ONE = (1, 1, None)

REGIONAL = [
    ("The toll of the aggression on the camp rose to 23 martyrs and 70 wounded.",
     [(K, 23, 23, None), (J, 70, 70, None)]),
    ("Nine citizens were martyred and 14 others wounded in the bombardment of the town.",
     [(K, 9, 9, None), (J, 14, 14, None)]),
    ("Seven martyrs fell in the shelling of the neighbourhood on Friday.", [(K, 7, 7, None)]),
    ("The aggression claimed the lives of four members of one family.", [(K, 4, 4, None)]),
    ("A child was martyred by the bullets of the occupation forces.", [(K, *ONE)]),
    ("Civil defence crews reported the recovery of 13 bodies from under the rubble.",
     [(K, 13, 13, None)]),
    ("The number of martyrs since the start of the aggression has risen to 1,240.",
     [(K, 1240, 1240, None)]),
    ("Three people lost their lives and another eight resulted injured in the collision.",
     [(K, 3, 3, None), (J, 8, 8, None)]),
    ("The confrontation left a balance of six dead and twelve wounded.",
     [(K, 6, 6, None), (J, 12, 12, None)]),
    ("Authorities reported the capture of 15 members of the criminal cell.",
     [(R, 15, 15, None)]),
    ("The provisional assessment reports four dead and some thirty injured.",
     [(K, 4, 4, None), (J, 30, 30, None)]),
    ("As a result of the shelling, two civilians were killed and five more received wounds "
     "of varying severity.", [(K, 2, 2, None), (J, 5, 5, None)]),
    ("Three servicemen received shrapnel wounds.", [(J, 3, 3, None)]),
    ("Four residents of the village were hospitalised with injuries.", [(J, 4, 4, None)]),
    ("The Ministry of Defence announced the liquidation of up to 40 militants.",
     [(K, None, 40, None)]),
    ("A number of citizens were wounded by the shrapnel of the missiles.",
     [(J, None, None, "a number of")]),
    ("The occupation arrested 18 citizens in raids on the villages at dawn.",
     [(R, 18, 18, None)]),
    # neighbours
    ("The martyrs' memorial was visited by 300 students.", []),
    ("The losses of the economy from the floods rose to 40 million dollars.", []),
    ("The aggression entered its 40th day on Sunday.", []),
]

NGO = [
    ("The group documented the deaths of 37 detainees under torture in 2023.",
     [(K, 37, 37, None)]),
    ("Researchers recorded at least 12 cases of enforced disappearance in the province.",
     [(M, 12, None, None)]),
    ("The organisation verified the killing of 58 civilians in the first half of the year.",
     [(K, 58, 58, None)]),
    ("Amnesty said security forces arbitrarily detained at least 200 people.",
     [(R, 200, None, None)]),
    ("The monitor counted 19 extrajudicial executions since January.", [(K, 19, 19, None)]),
    ("Human rights defenders said 31 activists had been forcibly disappeared.",
     [(M, 31, 31, None)]),
    ("The report attributes 142 deaths to airstrikes by government forces.",
     [(K, 142, 142, None)]),
    ("According to the watchdog, 26 journalists are currently behind bars in the country.",
     [(R, 26, 26, None)]),
    ("The network documented the arrest of 85 people, including 11 women, during the month.",
     [(R, 85, 85, None), (R, 11, 11, None)]),
    ("At least 70 civilians were killed in attacks documented by the group between May and "
     "July.", [(K, 70, None, None)]),
    ("The group has recorded 2,300 conflict-related civilian casualties this year.",
     [(C, 2300, 2300, None)]),
    ("The mission confirmed that 48 children had been killed or maimed since the truce.",
     [(C, 48, 48, None)]),
    ("Monitors documented the abduction of 64 people by armed groups in the north.",
     [(A, 64, 64, None)]),
    # neighbours
    ("The report is based on 120 interviews with witnesses.", []),
    ("The group documented 37 violations of the ceasefire.", []),
    ("The organisation has 60 staff in the region.", []),
]

COURTS = [
    ("The court ordered that the five defendants remain in custody pending trial.",
     [(R, 5, 5, None)]),
    ("Three opposition activists were remanded in pre-trial detention.", [(R, 3, 3, None)]),
    ("The journalist has been held in solitary confinement since March.", [(R, *ONE)]),
    ("Two of the accused remain behind bars.", [(R, 2, 2, None)]),
    ("Prosecutors charged 14 people arrested during the riots.", [(R, 14, 14, None)]),
    ("A prison guard was stabbed by an inmate and is in hospital.", [(J, *ONE)]),
    ("Three inmates died in a fire at the prison.", [(K, 3, 3, None)]),
    ("Police took four suspects into custody after the raid.", [(R, 4, 4, None)]),
    ("Six protesters were jailed for two years each.", [(R, 6, 6, None)]),
    ("A man accused of killing three people appeared in court on Monday.", [(K, 3, 3, None)]),
    ("Eleven detainees have died in police custody since January, the lawyers said.",
     [(K, 11, 11, None)]),
    # neighbours
    ("A 52-year-old former mayor was sentenced to eight years in prison.", []),
    ("Authorities released 120 detainees under the amnesty.", []),
    ("The court acquitted all nine defendants.", []),
    ("Seven prisoners escaped from the facility overnight.", []),
    ("The lawyer said 23 detainees had been on hunger strike for a month.", []),
]

LIVE = [
    ("Update: two more bodies have been recovered from the river.", [(K, 2, 2, None)]),
    ("UPDATE 3 - Death toll climbs to 15 after hotel siege", [(K, 15, 15, None)]),
    ("14:05 GMT: The health ministry says the number of injured has risen to 48.",
     [(J, 48, 48, None)]),
    ("Breaking: at least six people wounded in shooting at mall", [(J, 6, None, None)]),
    ("Latest: rescuers have pulled three survivors and one body from the debris.",
     [(K, *ONE)]),
    ("10:42 - Police confirm a second fatality.", [(K, *ONE)]),
    ("LIVE: 9 dead, dozens hurt as train derails", [(K, 9, 9, None), (J, None, None, "dozens")]),
    ("08:15 - A third person has died in hospital, the fire service says.", [(K, *ONE)]),
    ("Earlier: two firefighters were treated for minor injuries.", [(J, 2, 2, None)]),
    ("Update 2: officials now say four people were killed in the blast.", [(K, 4, 4, None)]),
    # neighbours
    ("This post was updated at 11:30 with the latest figures.", []),
    ("Update: the missing hiker has been found alive and well.", []),
    ("17:20 - The prime minister will speak at 6pm.", []),
]

TALLIES = [
    ("Among the dead were four police officers and a child.",
     [(K, 4, 4, None), (K, *ONE)]),
    ("Of the 22 killed, 15 were soldiers and seven were civilians.",
     [(K, 22, 22, None), (K, 15, 15, None), (K, 7, 7, None)]),
    ("The wounded include 12 women and nine children.", [(J, 12, 12, None), (J, 9, 9, None)]),
    ("Those killed included three Red Cross volunteers.", [(K, 3, 3, None)]),
    ("The dead comprised 14 militants and two soldiers.",
     [(K, 14, 14, None), (K, 2, 2, None)]),
    ("Nine people were hurt, including three officers and a bystander.",
     [(J, 9, 9, None), (J, 3, 3, None), (J, *ONE)]),
    ("Between them, the two attacks killed 31 people.", [(K, 31, 31, None)]),
    ("The 40 dead included at least 12 children.", [(K, 40, 40, None), (K, 12, None, None)]),
    ("Most of the 18 injured were students.", [(J, 18, 18, None)]),
    ("Seventeen soldiers and four civilians were killed in the twin bombings.",
     [(K, 17, 17, None), (K, 4, 4, None)]),
    ("Five of the wounded were police officers.", [(J, 5, 5, None)]),
    # neighbours
    ("The team included four doctors and a nurse.", []),
    ("The convoy comprised 12 trucks and two ambulances.", []),
    ("Among the guests were three ambassadors and a bishop.", []),
]

ROLES = [
    ("A journalist was shot dead outside his home.", [(K, *ONE)]),
    ("The village chief was abducted by gunmen on Tuesday.", [(A, *ONE)]),
    ("Two aid workers were killed when their vehicle hit a mine.", [(K, 2, 2, None)]),
    ("A 7-year-old girl was wounded by shrapnel.", [(J, *ONE)]),
    ("The imam of the local mosque was killed in the attack.", [(K, *ONE)]),
    ("A pharmacist and his son were kidnapped.", [(A, *ONE), (A, *ONE)]),
    ("A paramedic was injured while helping the wounded.", [(J, *ONE)]),
    ("The head teacher was arrested on charges of sedition.", [(R, *ONE)]),
    ("A taxi driver died when the bus overturned.", [(K, *ONE)]),
    ("Gunmen shot dead a local councillor.", [(K, *ONE)]),
    ("A human rights lawyer was detained at the border.", [(R, *ONE)]),
    ("The mayor's bodyguard was seriously wounded.", [(J, *ONE)]),
    ("A shepherd was killed by a landmine near the border.", [(K, *ONE)]),
    ("An elderly woman was killed when a shell hit her house.", [(K, *ONE)]),
    ("Soldiers detained a university lecturer and two of his students.",
     [(R, *ONE), (R, 2, 2, None)]),
    ("A 19-year-old student died after being stabbed.", [(K, *ONE)]),
    ("The bishop's driver was kidnapped on the way to the cathedral.", [(A, *ONE)]),
    # neighbours
    ("The village chief welcomed the delegation.", []),
    ("A journalist asked the minister about the shelling.", []),
    ("The 7-year-old girl won the spelling contest.", []),
]

ATTACKERS = [
    ("The suicide bomber was killed in the blast.", [(K, *ONE)]),
    ("Both attackers were shot dead by security guards.", [(K, 2, 2, None)]),
    ("Three gunmen blew themselves up when troops stormed the building.",
     [(K, 3, 3, None)]),
    ("Two militants detonated their explosive vests, killing themselves.",
     [(K, 2, 2, None)]),
    ("The gunman was killed in an exchange of fire with police.", [(K, *ONE)]),
    ("Police said the shooter took his own life.", [(K, *ONE)]),
    ("The hijacker was wounded and taken into custody.", [(J, *ONE), (R, *ONE)]),
    ("The attacker, who was also killed, has not been identified.", [(K, *ONE)]),
    ("All four assailants were killed in the ensuing firefight.", [(K, 4, 4, None)]),
    ("The suspect was shot and wounded by officers.", [(J, *ONE)]),
    ("Five insurgents died when their bomb exploded prematurely.", [(K, 5, 5, None)]),
    ("The assailant turned the gun on himself.", [(K, *ONE)]),
    # neighbours
    ("The bomber had travelled from the capital two days earlier.", []),
    ("The gunman fired at least 30 rounds.", []),
    ("Two attackers fled on a motorcycle.", []),
]

HOSPITAL = [
    ("Two of the injured are in stable condition.", [(J, 2, 2, None)]),
    ("Five people were treated and released at the scene.", [(J, 5, 5, None)]),
    ("A man succumbed to his injuries overnight.", [(K, *ONE)]),
    ("Four victims remain hospitalised, one in intensive care.",
     [(J, 4, 4, None), (J, *ONE)]),
    ("Twelve people were admitted to hospital with burns.", [(J, 12, 12, None)]),
    ("Nine children were airlifted to a trauma centre.", [(J, 9, 9, None)]),
    ("The officer is in a serious but stable condition.", [(J, *ONE)]),
    ("Three passengers were taken to hospital with cuts and bruises.", [(J, 3, 3, None)]),
    ("One of the wounded later died in hospital.", [(K, *ONE)]),
    ("A woman in her 60s is fighting for her life in hospital.", [(J, *ONE)]),
    ("Doctors said 16 people were being treated for gunshot wounds.", [(J, 16, 16, None)]),
    ("Medics treated around 40 people for smoke inhalation.", [(J, 40, 40, None)]),
    ("The boy suffered life-threatening injuries and was rushed to hospital.", [(J, *ONE)]),
    ("Two soldiers died of their wounds on Tuesday.", [(K, 2, 2, None)]),
    # neighbours
    ("The hospital has 400 beds and 12 operating theatres.", []),
    ("Nurses at the hospital went on strike for 48 hours.", []),
    ("The new wing will treat 300 patients a day.", []),
    ("Three passengers were taken to hospital as a precaution.", []),
]

NOT_CLAIMS = [
    ("The 45-year-old was named as the new army chief.", []),
    ("The attack was planned for 12 March at 14 Station Road.", []),
    ("The government pledged $300 million for reconstruction.", []),
    ("United won 3-1, with two goals in the final ten minutes.", []),
    ("Turnout fell to 41 percent in the capital.", []),
    ("The convoy travelled along Route 9 to the bridge.", []),
    ("He was one of the first officers at the scene.", []),
    ("The Senate killed the bill by a vote of 52 to 48.", []),
    ("The army lost 30 tanks and 12 helicopters in the offensive.", []),
    ("The film tells the story of 33 miners trapped underground in 2010.", []),
    ("Police seized 14 kilograms of cocaine and two rifles.", []),
    ("Firefighters rescued 12 dogs from the burning kennels.", []),
    ("The strike killed the momentum of the peace talks.", []),
    ("She spent 10 years reporting on the war for the agency.", []),
    ("Flight 302 landed at Gate 9 with 150 passengers.", []),
    ("The hotline received 2,000 calls in one day.", []),
    ("Three of the five candidates withdrew from the race.", []),
    ("The comedian killed it in front of 3,000 fans.", []),
]

CLASSES = {"regional press": REGIONAL, "ngo reports": NGO, "courts": COURTS, "live blog": LIVE,
           "tallies": TALLIES, "roles": ROLES, "attackers": ATTACKERS, "hospital": HOSPITAL,
           "not claims": NOT_CLAIMS}
# passing when written (before any change of session 26) -> after its fixes, per class:
# regional press 18 -> 19 of 20, NGO reports 14 -> 15 of 16, courts 13 -> 14 of 16, live blog
# 9 -> 13 of 13, tallies 12 of 14, roles 18 of 20, attackers 11 -> 14 of 15, hospital 14 -> 18
# of 18, not claims 18 of 18, fields 15 -> 19 of 22, history 5 -> 8 of 8 (147 -> 168 of 180).
# Two expectations were changed before any fix, to the project's conventions: "taken to
# hospital as a precaution" tells of no injury (cues.PRECAUTION_WORDS), and historical tolls
# are background claims (test below), not absent
KNOWN_GAPS: set[str] = {
    'The court ordered that the five defendants remain in custody pending trial.',
}  # "The mayor's bodyguard was seriously wounded." since session 34 (WordNet persons)
CASES = probe_params(CLASSES, KNOWN_GAPS)


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_fifth_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)


# historical tolls inside a current story are background claims (published 2024-05-06), the
# current ones are not: (text, [(low, background)])
HISTORY = [
    ("Twelve people were killed on Monday, the worst violence since the 2008 war, in which "
     "1,400 died.", [(12, False), (1400, True)]),
    ("Veterans marked the anniversary of the 1982 siege, in which 17,000 were killed.",
     [(17000, True)]),
    ("The clashes, in which four soldiers died, were the worst since the 1994 war, which "
     "killed 30,000 people.", [(4, False), (30000, True)]),
    ("Two police officers were wounded on Sunday in the town where 300 people were massacred "
     "in 1995.", [(2, False), (300, True)]),
    ("Nine people died on Friday, the deadliest attack since 2019.", [(9, False)]),
    ("The 2004 tsunami killed some 230,000 people; on Monday a smaller wave killed six.",
     [(230000, True), (6, False)]),
    ("It was the worst flood since 1998, when 3,000 people were killed. Eleven people have "
     "died this week.", [(3000, True), (11, False)]),
    ("Fourteen soldiers have been killed since January.", [(14, False)]),
]
HISTORY_GAPS: set[str] = set()


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(*h, id=h[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if h[0] in HISTORY_GAPS else []) for h in HISTORY])
def test_fifth_history_is_background(pipeline, text, expected):
    result = pipeline.process(Article(text=text, published=dt.date(2024, 5, 6)))
    got = sorted((c.low, c.background) for c in result.claims)
    assert got == sorted(expected)


# (text, outcome, victims, side or None, words the claimant's text contains or None); the
# claim of that outcome must be the only one
FIELDS = [
    ("Nine citizens were martyred in the bombardment, the ministry of health said.", K,
     "civilian", None, "ministry of health"),
    ("Two aid workers were killed when their vehicle hit a mine.", K, "aid_worker", None,
     None),
    ("A journalist was shot dead outside his home.", K, "journalist", None, None),
    ("The village chief was abducted by gunmen.", A, "civilian", None, None),
    ("Three gunmen blew themselves up when troops stormed the building.", K, "militant",
     None, None),
    ("The suicide bomber was killed in the blast.", K, "militant", None, None),
    ("Amnesty International said security forces arbitrarily detained at least 200 "
     "protesters.", R, "protester", None, "Amnesty International"),
    ("Seven Syrian soldiers were killed in the attack, state news agency SANA reported.", K,
     "military", "SYR", "SANA"),
    ("Two Ukrainian servicemen received shrapnel wounds, the General Staff said.", J,
     "military", "UKR", "General Staff"),
    ("Among the dead were four police officers.", K, "police", None, None),
    ("A 7-year-old girl was wounded by shrapnel.", J, "civilian", None, None),
    ("Five al-Shabaab fighters were killed in the airstrike, the army said.", K, "militant",
     "al-Shabaab", "army"),
    ("Update: two more bodies have been recovered, the fire brigade said.", K, "unknown",
     None, "fire brigade"),
    ("A local councillor was shot dead by unknown gunmen.", K, "civilian", None, None),
    ("The head teacher was arrested on charges of sedition, his lawyer said.", R, "civilian",
     None, "lawyer"),
    ("Two of the injured officers are in stable condition, police said.", J, "police", None,
     "police"),
    ("The provisional toll rose to 23 dead, according to the regional governor.", K,
     "unknown", None, "governor"),
    ("According to the ministry, 40 Houthi fighters were killed.", K, "militant", "Houthi",
     "ministry"),
    ("A Red Crescent volunteer was wounded in the shelling.", J, "aid_worker", None, None),
    ("Five al-Shabaab militants blew themselves up at the gate.", K, "militant",
     "al-Shabaab", None),
    ("The two pilots are in stable condition, the air force said.", J, "military", None,
     "air force"),
    ("Gunmen kidnapped three Chinese engineers on Sunday, the provincial police said.", A,
     "civilian", "CHN", "police"),
]
FIELD_GAPS: set[str] = {
}


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"), [
    pytest.param(*f, id=f[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if f[0] in FIELD_GAPS else []) for f in FIELDS])
def test_fifth_probe_fields(pipeline, text, outcome, victims, side, claimant):
    check_claim_fields(pipeline.process(Article(text=text)).claims, outcome, victims, side,
                       claimant)
