"""A fourth batch of made-up probes for issue 19, item 1 (casualty claims on unseen news),
written in session 25 before reading the claims code, in styles the earlier batches use less:
humanitarian and UN situation reports, police blotters and court reports, ACLED-style event
summaries, wire leads with the attribution after the figure, short follow-up sentences that
lean on the one before, and near neighbours that must give no claim (ages, dates, addresses,
times, money, scores, percentages, road numbers, "one of the", sports "killed it"). None is
copied from a data set or from the earlier probe files. Each text must give exactly these
claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import check_claim_fields, claim_figure, probe_params
from sitrep.records import Article

K, J, A, R, D, M = "killed", "injured", "abducted", "arrested", "displaced", "missing"
C = "casualties"
ONE = (1, 1, None)

SITREPS = [
    ("OCHA reports 3,400 newly displaced people in the district since Monday.",
     [(D, 3400, 3400, None)]),
    ("An estimated 1.2 million people remain displaced across the region.",
     [(D, 1200000, 1200000, None)]),
    ("The number of casualties rose to 57, according to the health cluster.",
     [(C, 57, 57, None)]),
    ("Some 9,500 people have been newly displaced by clashes in the past week.",
     [(D, 9500, 9500, None)]),
    ("According to UNHCR, more than 600,000 refugees have fled to neighbouring countries.",
     [(D, 600000, None, None)]),
    ("The health cluster reported 14 deaths and 230 injuries following the shelling.",
     [(K, 14, 14, None), (J, 230, 230, None)]),
    ("At least 85 civilian fatalities were verified by the monitoring mission in March.",
     [(K, 85, None, None)]),
    ("Cumulatively, 412 people have been killed and 1,180 injured since January.",
     [(K, 412, 412, None), (J, 1180, 1180, None)]),
    ("Over 25,000 households were displaced by flooding in the delta.",
     [(D, 25000, None, None)]),
    ("The number of people displaced by the conflict now stands at 340,000.",
     [(D, 340000, 340000, None)]),
    ("Two humanitarian workers were killed and three abducted during the reporting period.",
     [(K, 2, 2, None), (A, 3, 3, None)]),
    ("The displaced population in the camps has grown to 48,000.",
     [(D, 48000, 48000, None)]),
    ("Nearly 700 people have sought refuge in schools and churches.",
     [(D, None, 700, None)]),
    # neighbours
    ("The appeal seeks $45 million to assist 1.2 million people.", []),
    ("Some 3,400 tonnes of food were distributed in the district.", []),
    ("The response plan is only 23 per cent funded.", []),
    ("Partners reached 150,000 people with clean water in May.", []),
    ("Mobile teams vaccinated 12,000 children against measles.", []),
]

BLOTTER = [
    ("The victim, a 34-year-old Dayton man, was pronounced dead at the scene.",
     [(K, *ONE)]),
    ("A 22-year-old woman sustained a gunshot wound to the leg.", [(J, *ONE)]),
    ("Officers found a man suffering from multiple stab wounds in the parking lot.",
     [(J, *ONE)]),
    ("The driver of the second vehicle was taken into custody.", [(R, *ONE)]),
    ("A 17-year-old was booked into the county jail on a charge of aggravated assault.",
     [(R, *ONE)]),
    ("Deputies arrested two men after a pursuit that ended on Route 9.", [(R, 2, 2, None)]),
    ("The victim was transported to a local hospital with non-life-threatening injuries.",
     [(J, *ONE)]),
    ("A 45-year-old man died from his injuries on Sunday.", [(K, *ONE)]),
    ("A jury convicted the two defendants of the killing of a shop owner.", [(K, *ONE)]),
    ("Police said a woman was shot in the arm and a man was grazed by a bullet.",
     [(J, *ONE), (J, *ONE)]),
    ("Three suspects were taken into custody without incident.", [(R, 3, 3, None)]),
    ("The homeowner was found dead inside the residence.", [(K, *ONE)]),
    ("The man was remanded in custody until his next court appearance.", [(R, *ONE)]),
    # neighbours
    ("The suspect, 29, appeared in court on Tuesday.", []),
    ("The shooting happened at 1200 Main Street around 2:30 a.m.", []),
    ("Bail was set at $50,000.", []),
    ("He faces up to 20 years in prison if convicted.", []),
    ("The trial is expected to last three weeks.", []),
    ("Officers responded to a call on Highway 61 shortly after 11 p.m.", []),
]

ACLED_STYLE = [
    ("On 12 March, unidentified gunmen attacked a village in Tillaberi region, killing "
     "1 civilian.", [(K, *ONE)]),
    ("Militants ambushed an army patrol near Gao. 4 fatalities.", [(K, 4, 4, None)]),
    ("Military forces clashed with JNIM militants near Djibo. 7 fatalities reported.",
     [(K, 7, 7, None)]),
    ("Police fired live rounds at protesters in Omdurman, injuring 5.", [(J, 5, 5, None)]),
    ("Al Shabaab militants abducted 3 civilians from a bus near Mandera.",
     [(A, 3, 3, None)]),
    ("Unidentified armed men killed 2 farmers in their field in Benue state.",
     [(K, 2, 2, None)]),
    ("Protesters were dispersed by police with tear gas; 12 people were arrested.",
     [(R, 12, 12, None)]),
    ("Ambazonian separatists kidnapped a teacher in Bamenda.", [(A, *ONE)]),
    ("An IED detonated against a military vehicle near Kidal, killing 3 soldiers and "
     "wounding 2.", [(K, 3, 3, None), (J, 2, 2, None)]),
    ("Houthi forces shelled residential areas in Taiz, killing 1 child and injuring "
     "4 civilians.", [(K, *ONE), (J, 4, 4, None)]),
    ("Rioters set fire to a police station; 1 rioter was killed.", [(K, *ONE)]),
    ("Fulani militia killed 11 people in an attack on a village in Plateau state.",
     [(K, 11, 11, None)]),
    # neighbours
    ("Around 300 people took part in the demonstration.", []),
    ("Rebels captured 2 villages near the border.", []),
    ("The group claimed responsibility for 4 attacks in March.", []),
    ("Farmers in 3 districts protested against new taxes.", []),
    ("On 4 June, 2 ministers met the union leaders in Abuja.", []),
]

WIRE_LEADS = [
    ("Seventeen people were killed in a suicide bombing at a market, the interior ministry "
     "said.", [(K, 17, 17, None)]),
    ("At least 40 protesters have been detained, a rights group said on Sunday.",
     [(R, 40, None, None)]),
    ("Three peacekeepers were wounded when their convoy hit a mine, the mission said in a "
     "statement.", [(J, 3, 3, None)]),
    ("The strikes killed 12 fighters, including two commanders, the group said.",
     [(K, 12, 12, None), (K, 2, 2, None)]),
    ("Around 200 families have fled the fighting, local officials told reporters.",
     [(D, 200, 200, None)]),
    ("Two journalists were briefly detained, their employer said.", [(R, 2, 2, None)]),
    ("Eleven migrants drowned off the coast, the coast guard said, and 30 were rescued.",
     [(K, 11, 11, None)]),
    ("Five soldiers died and eight were injured, the ministry said in a statement.",
     [(K, 5, 5, None), (J, 8, 8, None)]),
    ("The attack left 23 dead, according to hospital sources.", [(K, 23, 23, None)]),
    ("Gunmen seized 14 passengers from a bus on Friday, police said.", [(A, 14, 14, None)]),
    ("Fighting has killed more than 300 people this year, according to a UN tally.",
     [(K, 300, None, None)]),
    ("At least nine people are missing after the landslide, rescuers said.",
     [(M, 9, None, None)]),
    # neighbours
    ("Turnout was 64 percent, the electoral commission said.", []),
    ("The company cut 300 jobs, a spokesman said.", []),
    ("The team won 3-1, the club said.", []),
    ("Exports rose 12 percent in May, the ministry said.", []),
]

FOLLOW_UPS = [
    ("Two soldiers were killed on Monday. Another died of his wounds in hospital on Tuesday.",
     [(K, 2, 2, None), (K, *ONE)]),
    ("Five fishermen were abducted on Friday. Two were later released.", [(A, 5, 5, None)]),
    ("Police arrested 30 people. Most were later freed.", [(R, 30, 30, None)]),
    ("Three journalists were attacked by a mob. One of them was seriously injured.",
     [(J, *ONE)]),
    ("Eleven people were injured. Of those, four are in critical condition.",
     [(J, 11, 11, None), (J, 4, 4, None)]),
    ("Six workers were kidnapped last week; one has since been killed.",
     [(A, 6, 6, None), (K, *ONE)]),
    ("The militants killed three villagers and burned their houses.", [(K, 3, 3, None)]),
    ("The floods killed 12 people and left thousands homeless.",
     [(K, 12, 12, None), (D, None, None, "thousands")]),
    ("He was one of 14 people wounded in the attack.", [(J, 14, 14, None)]),
    ("Among the dead were two police officers.", [(K, 2, 2, None)]),
    # neighbours
    ("One of the attackers was identified as a local man.", []),
    ("The four met in London in 2019.", []),
    ("Others called for calm.", []),
]

NOT_CLAIMS = [
    ("The 45-year-old mayor resigned on Monday.", []),
    ("Police were called to 14 Oak Lane at 3:40 a.m.", []),
    ("The band absolutely killed it at the festival on Saturday.", []),
    ("It was one of the deadliest attacks in a decade.", []),
    ("Inflation hit 9 percent in March.", []),
    ("The 2-0 defeat killed off their title hopes.", []),
    ("Traffic was diverted from Highway 61 after the crash.", []),
    ("The rifle used in the attack cost $1,200.", []),
    ("Kickoff is at 7:45 pm at the 40,000-seat stadium.", []),
    ("The Lakers beat the Celtics 112-98, with James scoring 31 points.", []),
    ("Shares of the arms maker were down 4 percent.", []),
    ("Route 66 reopened to traffic on Wednesday.", []),
    ("The comedian killed at the club with a 20-minute set.", []),
    ("Dozens of flights were cancelled because of the fog.", []),
    ("A 3-year-old boy's drawing won the prize.", []),
    ("Temperatures will drop to minus 12 degrees overnight.", []),
    ("The injured striker missed 12 games last season.", []),
    ("The 1994 genocide museum received 40,000 visitors.", []),
    ("He served 12 years in prison before his release in 2015.", []),
    ("The plane was carrying 180 passengers when it landed safely.", []),
]

CLASSES = {"sitreps": SITREPS, "blotter": BLOTTER, "acled style": ACLED_STYLE,
           "wire leads": WIRE_LEADS, "follow-ups": FOLLOW_UPS, "not claims": NOT_CLAIMS}
# failing when written (run once, before any change of this session): 10 of 103 here, 6 of 22
# fields below, 0 of 2 headlines (111 of 127 passed); 121 of 127 pass after this session's
# fixes (122 with an employer as no side; suffered injuries, "among the dead", a second verb's own outcome, cue words kept for
# parsing, households and refuge, ranks of armed groups). One field probe was reworded before
# any fix: "Nine sailors were rescued ... the navy said" expected "military" where the victims
# lexicon files sailors as civilian (merchant crews); it now reads "fishermen ... coast guard"
KNOWN_GAPS: set[str] = {
    "The injured striker missed 12 games last season.",  # an athlete's injury: no domain test
}
CASES = probe_params(CLASSES, KNOWN_GAPS)


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_fourth_probe_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)


# (text, outcome, victims, side or None, words the claimant's text contains or None); the
# claim of that outcome must be the only one
FIELDS = [
    ("Three crew members of the cargo ship were killed when the missile struck.", K,
     "civilian", None, None),
    ("Two US Marines were wounded in the blast.", J, "military", "USA", None),
    ("Six members of Boko Haram were killed in the raid.", K, "militant", "Boko Haram", None),
    ("Five Taliban fighters were killed in the clash.", K, "militant", "Taliban", None),
    ("Hezbollah said three of its members were killed in an Israeli strike.", K, "militant",
     "Hezbollah", "Hezbollah"),
    ("Four Reuters journalists were covering the protest. The four were detained at the "
     "airport.", R, "journalist", None, None),
    ("Palestinian health officials said 12 people were killed.", K, "unknown", None,
     "health officials"),
    ("Rescue workers pulled 16 bodies from the collapsed building overnight, the civil "
     "defence agency said on Monday, adding that search operations would continue through "
     "the week.", K, "unknown", None, "civil defence agency"),
    ("The provisional toll stands at 18 dead, the health ministry said.", K, "unknown", None,
     "health ministry"),
    ("The latest toll showed 31 people killed.", K, "unknown", None, None),
    ("Five Houthi fighters were killed in the strikes.", K, "militant", "Houthi", None),
    ("Two Hamas commanders were killed.", K, "militant", "Hamas", None),
    ("Four members of the national guard were wounded.", J, "military", None, None),
    ("Two Marines were killed in a helicopter crash.", K, "military", None, None),
    ("Five citizens were abducted on the road to the capital.", A, "civilian", None, None),
    ("Seven Nigerian soldiers were killed, the army said.", K, "military", "NGA", "army"),
    ("Police said 14 protesters were arrested.", R, "protester", None, "Police"),
    ("The interior minister visited the site. He said 14 people had died.", K, "unknown",
     None, "minister"),
    ("Three members of a local militia were killed in the ambush.", K, "militant", None,
     None),
    ("Two Kenyan police reservists were shot dead.", K, "police", "KEN", None),
    ("Six aid workers were abducted, the charity said in a statement on its website.", A,
     "aid_worker", None, "charity"),
    ("Nine fishermen were rescued and two remain missing, the coast guard said.", M,
     "civilian", None, "coast guard"),
]
FIELD_GAPS: set[str] = {
}


@pytest.mark.parametrize(("text", "outcome", "victims", "side", "claimant"), [
    pytest.param(*f, id=f[0][:50], marks=[pytest.mark.xfail(strict=True, reason="known gap")]
                 if f[0] in FIELD_GAPS else []) for f in FIELDS])
def test_fourth_probe_fields(pipeline, text, outcome, victims, side, claimant):
    check_claim_fields(pipeline.process(Article(text=text)).claims, outcome, victims, side,
                       claimant)


HEADLINES = [
    ("Army says 30 militants killed in raid\nThirty militants were killed in a raid on a camp "
     "in the hills on Sunday.", ["Army", "Army"]),
    ("Health ministry: 8 dead in cholera outbreak\nEight people have died of cholera in the "
     "north.", ["Health ministry", "Health ministry"]),
]


@pytest.mark.parametrize(("text", "claimants"), HEADLINES, ids=[h[0][:40] for h in HEADLINES])
def test_fourth_headline_claimant(pipeline, text, claimants):
    claims = sorted(pipeline.process(Article(text=text)).claims, key=lambda c: c.evidence.start)
    assert [c.claimant.text if c.claimant else None for c in claims] == claimants
