"""Made-up probe sentences for the participants of events (issue 15 item 6, session 28), one
table per error class in the shape of ``event_participant_probes``: the cases that must read
the participant right, then near neighbours that must keep the plain reading. Each row: (text,
trigger word, actors that must be listed, recipients that must be listed, participants that
must not be actors, participants that must not be recipients). A participant is named by a
word of its text.
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

# people named by an ordinary noun no lexicon of ours lists: the first WordNet sense is a person
COMMON_NOUNS: list[Probe] = [
    ("A gunman shot the cashier outside the bank.", "shot", ["gunman"], ["cashier"], [], []),
    ("Masked men attacked a shopkeeper in the market.", "attacked", ["men"], ["shopkeeper"],
     [], []),
    ("An intern was stabbed near the hospital.", "stabbed", [], ["intern"], [], []),
    ("Police arrested two directors of the firm.", "arrested", ["Police"], ["directors"], [], []),
    ("The directors rejected the proposal on Monday.", "rejected", ["directors"], [], [], []),
    ("The company held talks with potential buyers.", "talks", ["buyers"], [], [], []),
    ("A teenager shot the bartender on Friday.", "shot", ["teenager"], ["bartender"], [], []),
    ("Soldiers beat a cameraman near the square.", "beat", ["Soldiers"], ["cameraman"], [], []),
    ("Police detained a plumber and a carpenter.", "detained", ["Police"],
     ["plumber", "carpenter"], [], []),
    ("The receptionist was assaulted by a patient.", "assaulted", ["patient"],
     ["receptionist"], [], []),
    ("Gunmen abducted a surveyor in the north.", "abducted", ["Gunmen"], ["surveyor"], [], []),
    ("A mob attacked the referee after the match.", "attacked", ["mob"], ["referee"], [], []),
    ("Officers arrested the headmaster on Tuesday.", "arrested", ["Officers"], ["headmaster"],
     [], []),
    # near neighbours: nouns whose first sense is a thing are no people; known nouns keep
    # their reading (since session 31 a thing attacked is the attack's recipient as a thing,
    # with no sector: "the head office", "the power station", test_struck_things)
    ("Rioters attacked the head office of the bank.", "attacked", ["Rioters"], ["head office"],
     [], []),
    ("Soldiers fired at the cover of the truck.", "fired", ["Soldiers"], [], [], ["cover"]),
    ("Gunmen attacked the source of the river.", "attacked", ["Gunmen"], ["source"], [], []),
    ("Protesters attacked a giant screen in the square.", "attacked", ["Protesters"],
     ["giant screen"], [], []),
    ("Thieves attacked the star of the show.", "attacked", ["Thieves"], ["star"], [], []),
    ("Militants attacked the power station.", "attacked", ["Militants"], ["power station"], [],
     []),
    ("Gunmen shot the policeman in the street.", "shot", ["Gunmen"], ["policeman"], [], []),
    ("Police arrested three men in the raid.", "arrested", ["Police"], ["men"], [], []),
    ("Rebels attacked the soldiers near the border.", "attacked", ["Rebels"], ["soldiers"],
     [], []),
    ("The farmers were attacked by herders.", "attacked", ["herders"], ["farmers"], [], []),
]

# a person named by a possessive is not the person whose aide, driver or son is meant ("the
# mayor's bodyguard was shot": the bodyguard, not the mayor)
POSSESSED: list[Probe] = [
    ("John Smith was arrested. The mayor's bodyguard was shot.", "shot", [], ["bodyguard"],
     [], []),
    ("The mayor's driver was detained by police.", "detained", ["police"], ["driver"], [], []),
    ("Police arrested the senator's aides.", "arrested", ["Police"], ["aides"], [], []),
    ("Gunmen kidnapped the governor's son.", "kidnapped", ["Gunmen"], ["son"], [], []),
    ("Soldiers beat the minister's brother.", "beat", ["Soldiers"], ["brother"], [], []),
    ("The judge's clerk was threatened by gang members.", "threatened", ["gang"], ["clerk"],
     [], []),
    ("Gunmen shot Maria Lopez's driver.", "shot", ["Gunmen"], ["driver"], [], []),
    ("Militants abducted the pilot's wife.", "abducted", ["Militants"], ["wife"], [], []),
    ("Rebels killed the chief's nephew.", "killed", ["Rebels"], ["nephew"], [], []),
    ("Gunmen shot the businessman's guard.", "shot", ["Gunmen"], ["guard"], [], []),
    # near neighbours: a possessive person pronoun, a country's forces, a person's own acts
    ("John Smith was arrested. His bodyguard was shot.", "shot", [], ["bodyguard"], [],
     ["John"]),
    ("Mary Jones fled. Her driver was detained by police.", "detained", ["police"], ["driver"],
     [], ["Mary"]),
    ("Peter Brown was questioned. His brother was arrested on Friday.", "arrested", [],
     ["brother"], [], ["Peter"]),
    ("The general resigned. His aides were detained by soldiers.", "detained", ["soldiers"],
     ["aides"], [], ["general"]),
    ("Omar Haddad was arrested. His lawyer was threatened by the guards.", "threatened",
     ["guards"], ["lawyer"], [], ["Omar"]),
    ("Anna Weber disappeared. Her son was kidnapped by gunmen.", "kidnapped", ["gunmen"],
     ["son"], [], ["Anna"]),
    ("Russia's soldiers shelled the town.", "shelled", ["Russia"], [], [], []),
    ("Police searched the house of the mayor.", "searched", ["Police"], ["mayor"], [], []),
    ("Soldiers raided the homes of the activists.", "raided", ["Soldiers"], ["activists"], [],
     []),
    ("The mayor's guards arrested two protesters.", "arrested", ["guards"], ["protesters"], [],
     []),
]

# nominal events: "the arrest of X by Y" (the parser may hang "by Y" on X): Y did it to X
NOMINAL: list[Probe] = [
    ("The arrest of three men by police angered the village.", "arrest", ["police"], ["men"],
     [], []),
    ("The abduction of a priest by gunmen shocked the town.", "abduction", ["gunmen"],
     ["priest"], [], []),
    ("The kidnapping of four engineers by militants was condemned.", "kidnapping",
     ["militants"], ["engineers"], [], []),
    ("The shooting of a farmer by soldiers caused outrage.", "shooting", ["soldiers"],
     ["farmer"], [], []),
    ("The detention of two journalists by soldiers drew criticism.", "detention",
     ["soldiers"], ["journalists"], [], []),
    ("The arrest of the mayor by federal agents surprised residents.", "arrest", ["agents"],
     ["mayor"], [], []),
    ("The torture of prisoners by guards was documented.", "torture", ["guards"],
     ["prisoners"], [], []),
    ("The detention of the activist by security forces lasted a week.", "detention",
     ["forces"], ["activist"], [], []),
    ("The assassination of the governor by rebels was condemned.", "assassination",
     ["rebels"], ["governor"], [], []),
    ("The killing of a teenager by soldiers sparked protests.", "killing", ["soldiers"],
     ["teenager"], [], []),
    # near neighbours: no "by", no actor; the one "of" names is not the doer
    ("The arrest of the suspect took place on Monday.", "arrest", [], ["suspect"], ["suspect"],
     []),
    ("The killing of a teenager sparked protests across the city.", "killing", [],
     ["teenager"], ["teenager"], []),
    ("The arrest of the opposition leader triggered protests in the capital.", "arrest", [],
     ["leader"], ["leader"], []),
    ("The shooting of a student prompted demonstrations on campus.", "shooting", [],
     ["student"], ["student"], []),
    ("The assassination of the mayor sparked riots in the north.", "assassination", [],
     ["mayor"], ["mayor"], []),
    ("The detention of the journalist provoked protests outside the court.", "detention", [],
     ["journalist"], ["journalist"], []),
    ("The abduction of the girls sparked demonstrations in the capital.", "abduction", [],
     ["girls"], ["girls"], []),
    ("The arrest of the cleric sparked clashes with police.", "arrest", [], ["cleric"],
     ["cleric"], []),
    ("Students held demonstrations over the arrest of their teacher.", "arrest", [],
     ["teacher"], ["Students"], []),
    ("The killing of two farmers led to protests by villagers.", "killing", [], ["farmers"],
     ["farmers"], []),
]

# an act named as the subject of a verb of causing is no party of the act it causes ("the
# killing of a teenager sparked protests": the teenager did not protest)
CAUSED: list[Probe] = [
    ("The killing of a teenager sparked protests across the city.", "protests", [], [],
     ["teenager"], []),
    ("The arrest of the opposition leader triggered protests in the capital.", "protests", [],
     [], ["leader"], []),
    ("The shooting of a student prompted demonstrations on campus.", "demonstrations", [], [],
     ["student"], []),
    ("The assassination of the mayor sparked riots in the north.", "riots", [], [], ["mayor"],
     []),
    ("The detention of the journalist provoked protests outside the court.", "protests", [],
     [], ["journalist"], []),
    ("The abduction of the girls sparked demonstrations in the capital.", "demonstrations", [],
     [], ["girls"], []),
    ("The arrest of the cleric sparked protests by his followers.", "protests", ["followers"],
     [], ["cleric"], []),
    ("The killing of the activist sparked demonstrations across the region.",
     "demonstrations", [], [], ["activist"], []),
    ("The arrest of two students triggered a protest at the university.", "protest", [], [],
     ["students"], []),
    ("The shooting of the boy prompted riots in the suburb.", "riots", [], [], ["boy"], []),
    # near neighbours: those who staged or held it are its actors
    ("The killing of two farmers led to protests by villagers.", "protests", ["villagers"], [],
     ["farmers"], []),
    ("The beating of a taxi driver prompted a strike by drivers.", "strike", ["drivers"], [],
     [], []),
    ("Farmers staged protests over the killing of a teenager.", "protests", ["Farmers"], [],
     ["teenager"], []),
    ("Students held demonstrations over the arrest of their teacher.", "demonstrations",
     ["Students"], [], ["teacher"], []),
    ("Workers staged a strike after the death of a colleague.", "strike", ["Workers"], [], [],
     []),
    ("Villagers protested against the arrest of the chief.", "protested", ["Villagers"], [],
     ["chief"], []),
    ("Thousands of people marched in the capital on Sunday.", "marched", ["people"], [], [],
     []),
    ("Opposition supporters rallied outside the court.", "rallied", ["supporters"], [], [], []),
    ("Teachers went on strike over unpaid wages.", "strike", ["Teachers"], [], [], []),
    # one happening since session 35: the blockade and the protest it was done for
    ("Residents blocked the road to protest the shooting.", "blocked", ["Residents"], [], [],
     []),
]

# an accusation's recipient is the one its reported clause says acted, not the hearer nor the
# one the act was done to
SAID: list[Probe] = [
    ("Activists alleged that police beat detainees.", "alleged", ["Activists"], ["police"], [],
     ["detainees"]),
    ("The opposition alleged that the prisoners were tortured by guards.", "alleged",
     ["opposition"], ["guards"], [], ["prisoners"]),
    ("Human rights groups charged that soldiers had killed civilians.", "charged", ["groups"],
     ["soldiers"], [], ["civilians"]),
    ("Farinas told investigators that Maria Lopez had plotted to kill him.", "told",
     ["Farinas"], ["Lopez"], [], ["investigators"]),
    ("The drivers alleged that managers threatened the cleaners.", "alleged", ["drivers"],
     ["managers"], [], ["cleaners"]),
    ("Villagers alleged that soldiers burned their homes.", "alleged", ["Villagers"],
     ["soldiers"], [], []),
    ("The family alleged that officers beat the teenager.", "alleged", ["family"], ["officers"],
     [], ["teenager"]),
    ("Witnesses alleged that the guards tortured the inmates.", "alleged", ["Witnesses"],
     ["guards"], [], ["inmates"]),
    ("The lawyer alleged that police assaulted her client.", "alleged", ["lawyer"], ["police"],
     [], ["client"]),
    ("Residents alleged that the militia attacked the farmers.", "alleged", ["Residents"],
     ["militia"], [], ["farmers"]),
    # near neighbours: "accused X of", a claim about a named party, a plain report
    ("Kenya accused Somalia of backing the militants.", "accused", ["Kenya"], ["Somalia"], [],
     []),
    ("The government claimed that rebels shelled the town.", "claimed", ["government"],
     ["rebels"], [], []),
    ("The woman told police that Dave Smith had threatened her.", "told", ["woman"], ["Smith"],
     [], []),
    ("Police accused the driver of speeding.", "accused", ["Police"], ["driver"], [], []),
    ("The minister accused the opposition of inciting violence.", "accused", ["minister"],
     ["opposition"], [], []),
    ("Prosecutors charged the mayor with fraud.", "charged", ["Prosecutors"], ["mayor"], [], []),
    ("The army accused rebels of attacking the convoy.", "accused", ["army"], ["rebels"], [],
     []),
    ("Israel accused Iran of arming the militants.", "accused", ["Israel"], ["Iran"], [], []),
    ("The report accused the police of torturing suspects.", "accused", [], ["police"], [],
     []),
    ("Activists accused the governor of corruption.", "accused", ["Activists"], ["governor"],
     [], []),
]

# the parties "between A and B" are not the words of a name inside A ("officials of the
# Ministry of Justice and Security"); not_actors name such a word
BETWEEN: list[Probe] = [
    ("Clashes broke out between supporters of the Party of Labour and Progress and the police.",
     "Clashes", ["supporters", "police"], [], ["Progress"], []),
    ("Fighting erupted between members of the Front for Peace and Justice and the army.",
     "Fighting", ["Front", "army"], [], ["Justice"], []),
    ("A meeting between envoys of the Ministry of Foreign Affairs and Cooperation and the "
     "rebels took place.", "meeting", ["envoys", "rebels"], [], ["Cooperation"], []),
    ("Talks between delegates of the Council for Peace and Reconciliation and the government "
     "resumed.", "Talks", [], [], ["Reconciliation"], []),
    ("Clashes between fighters of the Movement for Unity and Jihad and French troops left ten "
     "dead.", "Clashes", ["troops"], [], ["Jihad"], []),
    ("Negotiations between officials of the Department of Labor and Employment and the "
     "strikers stalled.", "Negotiations", [], [], ["Employment"], []),
    ("Talks between leaders of the Alliance for Democracy and Development and the ruling party "
     "began.", "Talks", ["party"], [], ["Development"], []),
    ("A meeting between members of the Commission for Truth and Justice and the victims was "
     "held.", "meeting", ["victims"], [], ["Justice"], []),
    # near neighbours: every party listed
    ("Clashes broke out between farmers, herders and the police.", "Clashes",
     ["farmers", "herders", "police"], [], [], []),
    ("Clashes between Russian and Ukrainian troops continued on Monday.", "Clashes",
     ["Russian", "Ukrainian"], [], [], []),
    ("Fighting between the army and the rebels intensified.", "Fighting", ["army", "rebels"],
     [], [], []),
    ("Talks between Israel and Egypt resumed in Cairo.", "Talks", ["Israel", "Egypt"], [], [],
     []),
]
