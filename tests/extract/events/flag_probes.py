"""Made-up probe sentences for the auxiliary modes (issue 15 item 4): for each flag, sentences
whose event must carry it and near neighbours whose event must not. Not taken from any data
set. Each row: (sentence, trigger word, PLOVER type)."""

from __future__ import annotations

FUTURE = [
    ("The two foreign ministers will meet in Oslo on Tuesday.", "meet", "CONSULT"),
    ("Negotiators are scheduled to meet in Doha next month.", "meet", "CONSULT"),
    ("The defence minister is set to visit the border region on Friday.", "visit", "CONSULT"),
    ("Peace talks are expected to resume in Nairobi next week.", "talks", "CONSULT"),
    ("The president is to visit Kenya in April.", "visit", "CONSULT"),
    ("Teachers are going to strike next Monday over unpaid wages.", "strike", "PROTEST"),
    ("The union said its members will march through the capital on Saturday.", "march",
     "PROTEST"),
    ("Talks between the rival factions are due to begin in Cairo on Sunday.", "Talks",
     "CONSULT"),
    ("The envoy intends to meet rebel leaders in the north next week.", "meet", "CONSULT"),
    ("A summit of regional leaders will take place in Accra next month.", "summit", "CONSULT"),
    ("The foreign minister plans to visit Beijing later this month.", "visit", "CONSULT"),
    ("Delegates are slated to meet in Geneva on Thursday.", "meet", "CONSULT"),
]
NOT_FUTURE = [
    ("The two foreign ministers met in Oslo on Tuesday.", "met", "CONSULT"),
    ("Negotiators met in Doha last week as scheduled.", "met", "CONSULT"),
    ("The defence minister visited the border region on Friday.", "visited", "CONSULT"),
    ("Peace talks resumed in Nairobi on Monday.", "talks", "CONSULT"),
    ("The president visited Kenya on Monday.", "visited", "CONSULT"),
    ("Teachers went on strike on Monday over unpaid wages.", "strike", "PROTEST"),
    ("Members of the union marched through the capital on Saturday.", "marched", "PROTEST"),
    ("Talks between the rival factions began in Cairo on Sunday.", "Talks", "CONSULT"),
    ("The envoy met rebel leaders in the north on Thursday.", "met", "CONSULT"),
    ("A summit of regional leaders took place in Accra on Friday.", "summit", "CONSULT"),
    ("The foreign minister visited Beijing on Wednesday.", "visited", "CONSULT"),
    ("The minister who will retire next year met the envoy in Oslo on Monday.", "met",
     "CONSULT"),
]

HYPOTHETICAL = [
    ("The militants planned to bomb a railway station in the capital.", "bomb", "ASSAULT"),
    ("Two men were arrested for planning to bomb a railway station.", "bomb", "ASSAULT"),
    ("The rebels could attack the town within days, officials warned.", "attack", "ASSAULT"),
    ("The cell intended to attack the bridge.", "attack", "ASSAULT"),
    ("Villagers fear that militants might attack the village at night.", "attack", "ASSAULT"),
    ("The cell had plotted to assassinate the governor.", "assassinate", "ASSAULT"),
    ("Officials warned that the rebels may shell the city again.", "shell", "ASSAULT"),
    ("Investigators said the suspects were plotting an attack on the embassy.", "attack",
     "ASSAULT"),
    ("The group schemed to kidnap a foreign engineer.", "kidnap", "ASSAULT"),
    ("Residents worry that the militia would attack the camp at night.", "attack", "ASSAULT"),
    ("If the talks fail, the army would attack the rebel stronghold.", "attack", "ASSAULT"),
    ("The gunmen had conspired to murder the judge.", "murder", "ASSAULT"),
]
NOT_HYPOTHETICAL = [
    ("The militants bombed a railway station in the capital.", "bombed", "ASSAULT"),
    ("Two men were arrested after they bombed a railway station.", "bombed", "ASSAULT"),
    ("The rebels attacked the town on Monday, officials said.", "attacked", "ASSAULT"),
    ("The cell attacked the bridge on Friday.", "attacked", "ASSAULT"),
    ("Militants attacked the village at night, villagers said.", "attacked", "ASSAULT"),
    ("The gunmen tried to assassinate the governor on Monday.", "assassinate", "ASSAULT"),
    ("The rebels shelled the city again on Sunday.", "shelled", "ASSAULT"),
    ("The suspects carried out an attack on the embassy on Monday.", "attack", "ASSAULT"),
    ("The group kidnapped a foreign engineer on Friday.", "kidnapped", "ASSAULT"),
    ("The militia attacked the camp at night, residents said.", "attacked", "ASSAULT"),
    ("The army attacked the rebel stronghold after the talks failed.", "attacked", "ASSAULT"),
    ("The gunmen murdered the judge outside his home.", "murdered", "ASSAULT"),
]

NEGATED = [
    ("No protesters were detained during the march on Sunday.", "detained", "COERCE"),
    ("Troops did not fire on the crowd, the army said.", "fire", "ASSAULT"),
    ("The two leaders did not meet during the summit.", "meet", "CONSULT"),
    ("Police have not arrested anyone in connection with the fire.", "arrested", "COERCE"),
    ("The rebels never attacked the convoy.", "attacked", "ASSAULT"),
    ("No talks were held between the two sides on Monday.", "talks", "CONSULT"),
    ("The minister did not visit the camp on Friday.", "visit", "CONSULT"),
    ("Nobody was kidnapped on Friday.", "kidnapped", "ASSAULT"),
    ("Authorities detained none of the protesters on Saturday.", "detained", "COERCE"),
    ("Talks were not held on Monday as planned.", "Talks", "CONSULT"),
    ("No arrests were made after the march.", "arrests", "COERCE"),
]
NOT_NEGATED = [
    ("Police gave no details about the arrest of the suspect.", "arrest", "COERCE"),
    ("Troops fired on the crowd, the army said.", "fired", "ASSAULT"),
    ("The leaders met in Oslo although they did not agree on a date.", "met", "CONSULT"),
    ("Police have arrested a man who did not pay his fine.", "arrested", "COERCE"),
    ("The army did not explain the bombing of the hospital.", "bombing", "ASSAULT"),
    ("The rebels attacked the convoy but did not seize the trucks.", "attacked", "ASSAULT"),
    ("The talks did not produce an agreement on Monday.", "talks", "CONSULT"),
    ("The minister visited the camp but did not speak to reporters.", "visited", "CONSULT"),
    ("The raid did not yield any weapons, police said.", "raid", "COERCE"),
    ("The protest in the capital did not turn violent.", "protest", "PROTEST"),
    ("The meeting in Oslo did not last long.", "meeting", "CONSULT"),
    ("No reason was given for the arrest of the journalist.", "arrest", "COERCE"),
]

BACKGROUND = [
    ("The rebels attacked the town in 2015.", "attacked", "ASSAULT"),
    ("Last year's bombing of the market killed 20 people.", "killed", "ASSAULT"),
    ("The 2019 bombing of the embassy was never solved.", "bombing", "ASSAULT"),
    ("Troops stormed the parliament in March 2018.", "stormed", "ASSAULT"),
    ("The two leaders held talks in Vienna in 2016.", "talks", "CONSULT"),
    ("Protesters marched on the palace in 2011.", "marched", "PROTEST"),
    ("He was arrested in 2012 for leading the protests.", "arrested", "COERCE"),
    ("The army shelled the city two years ago.", "shelled", "ASSAULT"),
    ("Police detained the activist last month.", "detained", "COERCE"),
    ("Officials recalled that militants had attacked the same base in 2017.", "attacked",
     "ASSAULT"),
    ("The massacre of villagers in 1994 is still commemorated.", "massacre", "ASSAULT"),
    ("The ministers met in Rome a year earlier.", "met", "CONSULT"),
]
NOT_BACKGROUND = [
    ("The rebels attacked the town on Sunday.", "attacked", "ASSAULT"),
    ("The bombing of the market on Friday killed 20 people.", "killed", "ASSAULT"),
    ("The bombing of the embassy on Monday was condemned.", "bombing", "ASSAULT"),
    ("Troops stormed the parliament on Saturday.", "stormed", "ASSAULT"),
    ("The two leaders held talks in Vienna on Thursday, their first since 2016.", "talks",
     "CONSULT"),
    ("Protesters marched on the palace this morning.", "marched", "PROTEST"),
    ("He was arrested on Tuesday for leading the protests of 2019.", "arrested", "COERCE"),
    ("The army shelled the city two days ago.", "shelled", "ASSAULT"),
    ("Police detained the activist on Friday.", "detained", "COERCE"),
    ("Gunmen killed three villagers on Friday in the worst attack since 2019.", "killed",
     "ASSAULT"),
    ("The massacre of villagers on Saturday drew condemnation.", "massacre", "ASSAULT"),
    ("The ministers met in Rome on Friday.", "met", "CONSULT"),
]

# a refusal to stop an act under way is a REJECT (the act goes on, not negated); its neighbours
# (an act stopped, or one not held) keep their type
REFUSING_TO_END = [
    ("The dockworkers will not end the strike until wages are paid.", "strike"),
    ("The union refused to end the strike on Monday.", "strike"),
    ("Farmers said they would not end the blockade of the highway.", "blockade"),
    ("The students vowed they will not stop the protest until the rector resigns.", "protest"),
    ("The nurses have refused to call off the strike.", "strike"),
    ("The drivers will not stop the strike, their leader said.", "strike"),
    ("Residents declined to end the sit-in outside the governor's office.", "sit-in"),
    ("The miners will not halt the strike despite the court order.", "strike"),
    ("Lawyers said they will not end the boycott of the courts.", "boycott"),
    ("The teachers refused to abandon the strike on Friday.", "strike"),
]
ENDING_OR_NOT_HELD = [
    ("The dockworkers ended the strike on Monday after wages were paid.", "strike"),
    ("The union called a strike on Monday.", "strike"),
    ("Farmers blocked the highway on Monday.", "blocked"),
    ("The students staged a protest outside the rectorate on Monday.", "protest"),
    ("The nurses went on strike on Tuesday.", "strike"),
    ("The drivers began a strike on Monday, their leader said.", "strike"),
    ("Residents held a sit-in outside the governor's office on Monday.", "sit-in"),
    ("The miners continued the strike despite the court order.", "strike"),
    ("Lawyers boycotted the courts on Monday.", "boycotted"),
    ("The teachers staged a strike on Friday.", "strike"),
]

# articles without a publication date: an act dated only to a year, or a noun named by a year,
# is background; one dated by a day of the week is the story's own
BACKGROUND_UNPUBLISHED = [
    ("The rebels attacked the town in 2015.", "attacked", "ASSAULT"),
    ("The 2006 raid on the compound was never investigated.", "raid", "ASSAULT"),
    ("Troops stormed the parliament in 1993.", "stormed", "ASSAULT"),
    ("The November 1995 assassination of the premier shocked the nation.", "assassination",
     "ASSAULT"),
    ("Police arrested the activist in 2012.", "arrested", "COERCE"),
    ("Protesters marched on the palace in 2011.", "marched", "PROTEST"),
    ("The army shelled the city in 2016.", "shelled", "ASSAULT"),
    ("The 2019 bombing of the embassy was never solved.", "bombing", "ASSAULT"),
    ("Gunmen ambushed an army convoy in 2014.", "ambushed", "ASSAULT"),
    ("The two leaders held talks in Vienna in 2016.", "talks", "CONSULT"),
]
NOT_BACKGROUND_UNPUBLISHED = [
    ("The rebels attacked the town on Sunday.", "attacked", "ASSAULT"),
    ("The raid on the compound on Monday was never investigated.", "raid", "ASSAULT"),
    ("Troops stormed the parliament on Saturday.", "stormed", "ASSAULT"),
    ("The assassination of the premier on Friday shocked the nation.", "assassination",
     "ASSAULT"),
    ("Police arrested the activist on Tuesday.", "arrested", "COERCE"),
    ("Protesters marched on the palace this morning.", "marched", "PROTEST"),
    ("The army shelled the city on Monday.", "shelled", "ASSAULT"),
    ("The bombing of the embassy on Monday was condemned.", "bombing", "ASSAULT"),
    ("Gunmen ambushed an army convoy on Friday.", "ambushed", "ASSAULT"),
    ("The two leaders held talks in Vienna on Thursday.", "talks", "CONSULT"),
]

# nobody harmed: a zero toll, not a negated act (the act that harmed nobody stays, unnegated);
# its neighbours state that an act did not happen, which is negated
NOBODY_HARMED = [
    "Troops fired on the crowd, but no one was hurt.",
    "Gunmen attacked a bus near Kano on Monday; no one was killed.",
    "No one was killed in the attack on the bus near Kano.",
    "None of the passengers were wounded.",
    "Nobody was injured in the blast at the market.",
    "A bomb exploded outside the police station, but nobody was hurt.",
    "Rebels shelled the town overnight, though no civilians were killed.",
    "No soldiers were wounded in the ambush near Goma.",
    "The grenade attack injured no one.",
    "Police said no one died in the shooting at the mall.",
]
ACT_NOT_DONE = [
    "No one was arrested after the clashes.",
    "Troops did not fire on the crowd.",
    "Police arrested nobody after the protest.",
    "No talks were held on Monday.",
    "The rebels never attacked the convoy.",
    "Nobody was detained during the march.",
    "No protesters were detained on Sunday.",
    "The minister did not visit the camp.",
    "The gunmen did not kill the hostages.",
]
