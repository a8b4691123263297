"""Made-up probes for acts named but not told as done (``events.unreal``): an act whose report is
shown false, faked, recanted, denied or ruled out, or of which there is no evidence (negated);
an act named only as a case that may arise (hypothetical); and the neighbours told as done.
Not taken from any data set. Each row: (sentence, trigger word, PLOVER type)."""

from __future__ import annotations

DISPROVED = [
    ("The woman later recanted her story that she had been assaulted by two officers.",
     "assaulted", "ASSAULT"),
    ("Police said the report of a shooting at the mall was a hoax.", "shooting", "ASSAULT"),
    ("Police said the kidnapping of the student was staged.", "kidnapping", "ASSAULT"),
    ("Investigators found no evidence of an attack on the pipeline.", "attack", "ASSAULT"),
    ("The teenager admitted he had fabricated the story of being kidnapped.", "kidnapped",
     "ASSAULT"),
    ("Officials dismissed reports of clashes in the town as false.", "clashes", "ASSAULT"),
    ("The ministry said reports that troops had attacked the village were fabricated.",
     "attacked", "ASSAULT"),
    ("Police said the woman faked her own abduction.", "abduction", "ASSAULT"),
    ("Officials ruled out an attack on the power station.", "attack", "ASSAULT"),
    ("Detectives said the woman staged her own kidnapping.", "kidnapping", "ASSAULT"),
    ("Police concluded that the shooting reported by the caller was a hoax.", "shooting",
     "ASSAULT"),
    ("The story of a massacre in the village turned out to be a fabrication.", "massacre",
     "ASSAULT"),
    ("The spokesman denied reports of clashes between soldiers and protesters.", "clashes",
     "ASSAULT"),
    ("The ministry said it had found no evidence that prisoners were tortured.", "tortured",
     "ASSAULT"),
    ("The army denied reports of an airstrike on the camp.", "airstrike", "ASSAULT"),
    ("Police said there was no evidence that the boy had been abducted.", "abducted",
     "ASSAULT"),
]
# neighbours: the act is told as done (the report, the evidence or the staging is real)
TOLD = [
    # a word of falsity deep in the "as" phrase calls the act no lie (blind slice, session 32)
    ("The chief described the double killing as jealousy gone way wrong.", "killing",
     "ASSAULT"),
    ("Police described the shooting as a tragedy gone horribly wrong.", "shooting", "ASSAULT"),
    ("The mayor described the attack as the wrong answer to the crisis.", "attack", "ASSAULT"),
    ("Police said the report of a shooting at the mall led them to close the road.",
     "shooting", "ASSAULT"),
    ("Investigators found evidence of an attack on the pipeline.", "attack", "ASSAULT"),
    ("Hundreds of nurses staged a protest outside the ministry on Monday.", "protest",
     "PROTEST"),
    ("The protest was staged outside the parliament on Tuesday.", "protest", "PROTEST"),
    ("Reports of a shooting at the school brought police to the scene.", "shooting", "ASSAULT"),
    ("Witnesses gave accounts of an attack on the market on Sunday.", "attack", "ASSAULT"),
    ("The woman told police her story of being assaulted by two men.", "assaulted", "ASSAULT"),
    ("The government rejected the commission's report about the massacre in the village.",
     "massacre", "ASSAULT"),
]
# a speech act turned down was still made: the request, the accusation are no negated acts
SPEECH_TURNED_DOWN = [
    ("The court denied the request for talks.", "denied", "REJECT"),
    ("The minister rejected accusations made by the opposition that he had taken bribes.",
     "accusations", "ACCUSE"),
]

CONTINGENT = [
    ("In the event of an invasion, the reserves will be mobilised.", "invasion", "ASSAULT"),
    ("In the event of a rebel attack, civilians will be moved to the stadium.", "attack",
     "ASSAULT"),
    ("The two states agreed to consult each other in the event of an attack on either of them.",
     "attack", "ASSAULT"),
    ("Troops are on alert for any attack from across the border.", "attack", "ASSAULT"),
    ("Any attack on our territory would be met with force, the minister said.", "attack",
     "ASSAULT"),
    ("Any invasion of the island would be met with force, the admiral said.", "invasion",
     "ASSAULT"),
    ("Any strike by dockers would cripple the port, the company said.", "strike", "PROTEST"),
    ("Any arrest of the opposition leader would spark unrest, analysts said.", "arrest",
     "COERCE"),
    ("Officers were posted at every station in anticipation of a raid by the gang.", "raid",
     "ASSAULT"),
    ("The government warned that any protest outside parliament would be broken up.",
     "protest", "PROTEST"),
    ("Shelters were built near the school in the event of an air raid.", "raid", "ASSAULT"),
    ("Any deployment of troops to the region would need the approval of parliament.",
     "deployment", "MOBILIZE"),
]
# neighbours: the act named after a preposition of time or cause happened; "any" under a
# negation is negated
HAPPENED = [
    ("Shops closed early in the wake of a riot after the verdict.", "riot", "PROTEST"),
    ("Farmers fled the valley after an offensive by the army on Monday.", "offensive",
     "ASSAULT"),
    ("Airlines cancelled flights because of a protest by pilots on Friday.", "protest",
     "PROTEST"),
    ("The mayor held talks with the squatters on Thursday.", "talks", "CONSULT"),
    ("Schools were shut in the city after a bombing on Sunday.", "bombing", "ASSAULT"),
    ("The case of the attack on the convoy went to court on Monday.", "attack", "ASSAULT"),
]
NOT_ANY = [
    ("Neither side launched any attack overnight.", "attack", "ASSAULT"),
    ("The weekend protest ended without any arrests.", "arrests", "COERCE"),
]

# a verb coordinated with an announced, planned or supposed one shares its mode
SHARED = [
    ("He will travel to the town of Gori and visit the infantry brigade.", "visit", "CONSULT",
     "future"),
    ("The minister will fly to Nairobi on Monday and meet the president.", "meet", "CONSULT",
     "future"),
    ("Police would arrest the leaders and charge them with sedition, the minister said.",
     "charge", "ACCUSE", "future"),
    ("The ministers are expected to meet in Rome and sign the accord.", "sign", "AGREE",
     "future"),
    ("The leaders will meet in Geneva and hold talks on the border dispute.", "talks",
     "CONSULT", "future"),
    ("The delegation is due to arrive on Monday and hold talks with the prime minister.",
     "talks", "CONSULT", "future"),
    ("The foreign minister is to fly to Tokyo and hold talks with his counterpart.", "talks",
     "CONSULT", "future"),
    ("The general will inspect the base and meet the commanders on Friday.", "meet",
     "CONSULT", "future"),
    ("The prime minister plans to tour the flooded region and visit a relief camp.", "visit",
     "CONSULT", "future"),
    ("Officials said the army would enter the town and arrest the gang leaders.", "arrest",
     "COERCE", "future"),
    ("The militants could seize the dam and kill the engineers, officials warned.", "kill",
     "ASSAULT", "hypothetical"),
    ("The envoy hopes to reach the capital and meet the rebel leaders.", "meet", "CONSULT",
     "hypothetical"),
    ("A meeting with the finance board is scheduled for this week.", "meeting", "CONSULT",
     "future"),
    ("Talks with the union have been scheduled for Thursday.", "Talks", "CONSULT", "future"),
]
# neighbours: the second verb told in the past, or with a tense or subject of its own
NOT_SHARED = [
    ("He travelled to the town of Gori and visited the infantry brigade.", "visited",
     "CONSULT"),
    ("The minister flew to Nairobi on Monday and met the president.", "met", "CONSULT"),
    ("Police arrested the leaders and charged them with sedition on Monday.", "charged",
     "ACCUSE"),
    ("The ministers met in Rome on Tuesday and signed the accord.", "signed", "AGREE"),
    ("Police will keep the suspect in custody, and officers arrested two more men on Monday.",
     "arrested", "COERCE"),
    ("The general inspected the base and met the commanders on Friday.", "met", "CONSULT"),
    ("The meeting was scheduled for Monday but took place on Tuesday.", "meeting", "CONSULT"),
]

# the act a journey is for shares the journey's mode; a "be to" with a perfect is a plan that
# did not come true
JOURNEY_OR_UNMET = [
    ("The king is due to arrive in Amman for talks with his Jordanian counterpart.", "talks",
     "CONSULT", "future"),
    ("The minister is to fly to Kabul for talks.", "talks", "CONSULT", "future"),
    ("The prime minister plans to travel to Brussels for a summit.", "summit", "CONSULT",
     "future"),
    ("The foreign minister is set to head to Moscow for talks with Lavrov.", "talks",
     "CONSULT", "future"),
    ("Rebel leaders are scheduled to arrive in Nairobi for negotiations.", "negotiations",
     "CONSULT", "future"),
    ("The delegation intends to travel to Geneva for a meeting with UN officials.", "meeting",
     "CONSULT", "future"),
    ("The envoy is expected to fly to Doha for negotiations with the insurgents.",
     "negotiations", "CONSULT", "future"),
    ("The chancellor is due to travel to Warsaw for a summit of regional leaders.", "summit",
     "CONSULT", "future"),
    ("The two presidents were to have met in Geneva.", "met", "CONSULT", "hypothetical"),
    ("The minister was to have visited the camp on Friday.", "visited", "CONSULT",
     "hypothetical"),
    ("The envoys were to have held talks in Oslo last week.", "talks", "CONSULT",
     "hypothetical"),
    ("The foreign ministers were to have signed the accord in Paris.", "signed", "AGREE",
     "hypothetical"),
]
JOURNEY_DONE = [
    ("The minister flew to Kabul for talks with the president.", "talks", "CONSULT"),
    ("The delegation arrived in Geneva for a meeting with UN officials on Tuesday.", "meeting",
     "CONSULT"),
    ("The chancellor travelled to Warsaw for a summit of regional leaders.", "summit",
     "CONSULT"),
    ("The two presidents met in Geneva on Monday.", "met", "CONSULT"),
]
