"""Made-up probe sentences for two participant classes of session 38 (issue 15 item 6), in the
shape of ``role_probes``: (text, trigger word, actors that must be listed, recipients that must
be listed, participants that must not be actors, participants that must not be recipients).

- ``SPEAKER_CONJUNCTS``: a statement the parser joins to the clause its speaker reports ("the
  minister said the attackers had come from abroad and accused Kabul of ...") is the speaker's,
  not the reported subject's; then neighbours where the second verb shares the reported tense or
  subject and stays the reported subject's;
- ``GERUND_ADJUNCTS``: a gerund after "by", "after", "before", "while", "without" ... is done by
  the subject of the verb it hangs on ("responded by suspending the deal"); then neighbours;
- ``OWNED_SUBJECTS``: a subject naming no party, with "its" / "their", stands for what the
  possessive stands for ("the air force said its units had shot down 71 drones");
- ``DESTINATIONS``: where forces are sent is no recipient of the MOBILIZE.
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

SPEAKER_CONJUNCTS: list[Probe] = [
    ("The interior minister said the gunmen had crossed from Ruritania and accused its "
     "government of arming them.", "accused", ["minister"], ["government"], ["gunmen"], []),
    ("The governor said about 900 families had fled the fighting and appealed for blankets and "
     "food.", "appealed", ["governor"], [], ["families"], []),
    ("The union said the two organisers were taken away by plainclothes officers and demanded "
     "their immediate release.", "demanded", ["union"], [], ["organisers"], []),
    ("The defence ministry said its warships would patrol the strait next week and warned "
     "Manila against any provocation.", "warned", ["ministry"], ["Manila"], ["warships"], []),
    ("Opposition leaders said the 14 detainees were their own members and accused the police "
     "of torturing them.", "accused", ["leaders"], ["police"], ["detainees"], []),
    ("The labour minister said the wage board would meet employers on Friday, and urged "
     "workers to return to the factories.", "urged", ["minister"], ["workers"], ["board"], []),
    ("A Kremlin spokesman said the drone had been shot down over Russian territory and accused "
     "Kyiv of provoking a wider war.", "accused", ["spokesman"], ["Kyiv"], ["drone"], []),
    ("The foreign ministry said the ambassador had been recalled for consultations and "
     "demanded an apology from Belgrade.", "demanded", ["ministry"], [], ["ambassador"], []),
    ("The rebel commander said his fighters had withdrawn from the town and denied killing "
     "any civilians.", "denied", ["commander"], [], ["fighters"], []),
    ("Hospital officials said the clinic would close at noon and called on residents to stay "
     "indoors.", "called on", ["officials"], ["residents"], ["clinic"], []),
    ("The mayor said the curfew had been lifted and urged shop owners to reopen their stores.",
     "urged", ["mayor"], ["owners"], ["curfew"], []),
    ("The prime minister said the border posts had been attacked overnight and accused the "
     "neighbouring army of planning the raids.", "accused", ["minister"], ["army"],
     ["posts"], []),
    ("Police said the suspect had fled the country and appealed to the public for "
     "information.", "appealed", ["Police"], ["public"], ["suspect"], []),
    ("The party said its candidate would stay in the race and rejected the court's ruling.",
     "rejected", ["party"], [], ["candidate"], []),
    # neighbours: a second verb in the reported tense, with its own subject or auxiliary, or
    # beside a plain reported past, stays the reported subject's
    # (not a protest: a demand a protest voices is part of the protest, session 38)
    ("Police said the kidnappers stopped the bus on the main road and demanded a ransom for "
     "the driver.", "demanded", ["kidnappers"], [], ["Police"], []),
    ("Police said the gang had robbed a bank in the morning and kidnapped its manager.",
     "kidnapped", ["gang"], ["manager"], ["Police"], []),
    ("Police said the men were arrested at the border and charged with smuggling.", "arrested",
     [], ["men"], [], []),
    ("The army said the militants would attack again and had threatened the villagers.",
     "threatened", ["militants"], ["villagers"], ["army"], []),
    ("The minister said the rebels had accused the army of shelling the town.", "accused",
     ["rebels"], ["army"], ["minister"], []),
    ("The governor said the villagers fled the fighting and appealed for help from the army.",
     "appealed", ["villagers"], [], ["governor"], []),
    ("Witnesses said the gunman had entered the shop and threatened the cashier.",
     "threatened", ["gunman"], ["cashier"], ["Witnesses"], []),
    ("The spokesman said the talks had failed, and the rebels accused the government of bad "
     "faith.", "accused", ["rebels"], ["government"], ["spokesman"], []),
]

GERUND_ADJUNCTS: list[Probe] = [
    ("Ruritania responded by suspending a trade agreement with its neighbour.", "suspending",
     ["Ruritania"], [], [], []),
    ("Moldova expelled three Russian diplomats after accusing Moscow of plotting a coup.",
     "accusing", ["Moldova"], ["Moscow"], [], []),
    ("Kenya and Uganda followed on Monday by recalling their ambassadors from Juba.",
     "recalling", ["Kenya"], [], [], []),
    ("The rebels retreated into the hills after attacking an army post near the border.",
     "attacking", ["rebels"], [], [], []),
    ("The government reacted by expelling the French ambassador.", "expelling",
     ["government"], ["ambassador"], [], []),
    ("Militants set fire to the school before abducting 20 pupils.", "abducting",
     ["Militants"], ["pupils"], [], []),
    ("Soldiers searched the village without arresting anyone.", "arresting", ["Soldiers"], [],
     [], []),
    ("The ministry summoned the ambassador while demanding an explanation for the raid.",
     "demanding", ["ministry"], [], [], []),
    ("The opposition boycotted the vote after accusing the electoral commission of fraud.",
     "accusing", ["opposition"], ["commission"], [], []),
    ("The army retook the town on Sunday after shelling rebel positions for a week.",
     "shelling", ["army"], [], [], []),
    ("The ministry answered the criticism by summoning the Dutch ambassador.", "summoning",
     ["ministry"], ["ambassador"], [], []),
    ("Rebels ambushed the convoy on Monday and fled after killing four soldiers.", "killing",
     ["Rebels"], ["soldiers"], [], []),
    # neighbours: a gerund after "by" under a passive or a participle is a cause, not an act of
    # the subject; a gerund with its own subject keeps it
    ("Thousands of people were displaced by fighting between the army and rebels.", "fighting",
     ["army", "rebels"], [], ["people", "Thousands"], []),
    ("The president praised the coast guard for rescuing the migrants.", "praised",
     ["president"], ["coast guard"], [], []),
    ("The army said the rebels attacked the base after shelling the town.", "shelling",
     ["rebels"], [], ["army"], []),
]

# a subject that names no party of its own, with a possessive "its" / "their", stands for what
# the possessive stands for ("the air force said its units had shot down 71 drones"); then
# neighbours whose possessed subject names a party itself ("its fighters", "its gunmen")
OWNED_SUBJECTS: list[Probe] = [
    ("The ministry said its air defences had shot down four drones overnight.", "shot down",
     ["ministry"], [], [], []),
    ("The militia said its units had ambushed a police convoy on the highway.", "ambushed",
     ["militia"], [], [], []),
    ("The guerrillas said their units had blown up a railway bridge.", "blown up",
     ["guerrillas"], [], [], []),
    ("The army said its batteries had shelled rebel positions near the dam.", "shelled",
     ["army"], [], [], []),
    ("Police said their patrols had arrested nine suspects in the market.", "arrested",
     ["Police"], ["suspects"], [], []),
    ("The interior ministry said its special units had raided a warehouse in the port.",
     "raided", ["ministry"], ["warehouse"], [], []),
    ("The navy said its ships had fired on a smuggling boat.", "fired", ["navy"], [], [], []),
    ("The army said its helicopters had struck a rebel convoy.", "struck", ["army"], [], [],
     []),
    ("The junta said its aircraft had bombed a rebel camp near the border.", "bombed",
     ["junta"], [], [], []),
    ("The border police said their patrols had detained four smugglers.", "detained",
     ["police"], ["smugglers"], [], []),
    ("The rebels said their units had captured two soldiers near the pass.", "captured",
     ["rebels"], ["soldiers"], [], []),
    # neighbours
    ("The rebel group said its fighters had attacked an army post near the border.",
     "attacked", ["fighters"], [], [], []),
    ("The cartel said its gunmen had killed two rival members.", "killed", ["gunmen"],
     ["members"], ["cartel"], []),
    # a weapon's possessive owner is its doer (session 46: "the Malian army said its drones
    # struck a convoy" is the army's act in the gold)
    ("The separatists said their drones struck an oil depot overnight.", "struck",
     ["separatists"], ["depot"], [], []),
    ("Their convoy was ambushed near the border.", "ambushed", [], ["convoy"], [], []),
    ("The government said its security services had detained three journalists.", "detained",
     ["security services"], ["journalists"], ["government"], []),
]

# where forces are sent is no recipient of the MOBILIZE ("sent 200 soldiers to Datu Piang",
# "troops were deployed to the state of Sucre": the destination, not a party); neighbours: a
# country forces are sent to is the state they go to, and the "to" / "into" of other acts keeps
# its party or target
DESTINATIONS: list[Probe] = [
    ("The army sent 300 soldiers to Bunia on Tuesday.", "sent", ["army"], [], [], ["Bunia"]),
    ("The division said it had sent 150 more soldiers to Shariff Aguak to guard the polls.",
     "sent", ["division"], [], [], ["Shariff Aguak"]),
    ("The minister said two battalions would be sent to northern Kivu after the attack.",
     "sent", [], [], [], ["Kivu"]),
    ("The government announced that 2,000 recruits would be deployed to the Sahel region.",
     "deployed", [], [], [], ["Sahel"]),
    ("The Pentagon ordered a third aircraft carrier and 5,000 troops to the Persian Gulf.",
     "ordered", ["Pentagon"], [], [], ["Gulf"]),
    ("The ministry said 400 police officers would be sent to Rosario this week.", "sent", [],
     [], [], ["Rosario"]),
    ("The cabinet said extra troops would be flown to Goma on Friday.", "flown", [], [], [],
     ["Goma"]),
    ("The king sent his guard to Tripoli in 1911.", "sent", ["king"], [], [], ["Tripoli"]),
    ("The ministry said riot police would be sent to Kumasi on Monday.", "sent", [], [], [],
     ["Kumasi"]),
    ("India moved two divisions to Ladakh in the summer.", "moved", ["India"], [], [],
     ["Ladakh"]),
    # neighbours
    ("Chad sent troops to Mali in 2013.", "sent", ["Chad"], ["Mali"], [], []),
    ("Ruritania sent food aid to the flood victims in Zembla.", "sent", ["Ruritania"],
     ["victims"], [], []),
    ("Militants fired mortars into the village of Qala.", "fired", ["Militants"], ["village"],
     [], []),
    ("Police handed the suspects to prosecutors.", "handed", ["Police"], ["prosecutors"], [],
     []),
    ("The mayor asked the governor to send troops.", "asked", ["mayor"], ["governor"], [], []),
]
