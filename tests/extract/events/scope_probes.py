"""Made-up probe sentences (issue 15 item 4, session 31) for the modes that a governing word
gives to the act below it: a wish told in any inflection of "hope" (which the rule lemmatizer
reads as "hop"), a failure or a "without" that says the act did not take place, an agreement
whose act is still to come; and the neighbours that keep the act as done. Not taken from any
data set. Each row: (sentence, trigger word, PLOVER type, flag)."""

from __future__ import annotations

# "hopes", "hoped", "hoping" to do something: the act is wished, not done
HOPED = [
    (
        "The government hopes to sign a peace accord with the northern rebels.",
        "sign",
        "AGREE",
        "hypothetical",
    ),
    (
        "The insurgents hope to attack the provincial capital before the rains.",
        "attack",
        "ASSAULT",
        "hypothetical",
    ),
    (
        "Detectives hoped to arrest the two suspects before the weekend.",
        "arrest",
        "COERCE",
        "hypothetical",
    ),
    (
        "The governor is hoping to meet the prime minister in the capital.",
        "meet",
        "CONSULT",
        "hypothetical",
    ),
    ("The militia hoped to bomb the oil terminal at the port.", "bomb", "ASSAULT", "hypothetical"),
    (
        "The foreign minister hopes to visit Havana later in the year.",
        "visit",
        "CONSULT",
        "hypothetical",
    ),
    (
        "Organisers were hoping to march on the parliament building.",
        "march",
        "PROTEST",
        "hypothetical",
    ),
    (
        "The opposition leader hopes to hold talks with the junta.",
        "talks",
        "CONSULT",
        "hypothetical",
    ),
    (
        "Prosecutors had hoped to charge the former mayor with fraud.",
        "charge",
        "ACCUSE",
        "hypothetical",
    ),
    (
        "The regional bloc is hoping to broker a truce between the two factions.",
        "truce",
        "RETREAT",
        "hypothetical",
    ),
    (
        "The rebels hope to free their jailed commander in a prisoner swap.",
        "free",
        "RETREAT",
        "hypothetical",
    ),
    ("Teachers hope to stage a strike in the spring.", "strike", "PROTEST", "hypothetical"),
]
# an act that failed to take place, or that a "without" says did not: negated
FAILED_OR_WITHOUT = [
    (
        "Police failed to arrest the suspect, who escaped through a window.",
        "arrest",
        "COERCE",
        "negated",
    ),
    (
        "The court failed to convict the two officers of manslaughter.",
        "convict",
        "SANCTION",
        "negated",
    ),
    ("The commander neglected to arrest the deserters.", "arrest", "COERCE", "negated"),
    (
        "Riot police were unable to arrest the ringleaders of the mob.",
        "arrest",
        "COERCE",
        "negated",
    ),
    ("The march through the city centre ended without clashes.", "clashes", "ASSAULT", "negated"),
    ("The weekend protest ended without any arrests.", "arrests", "COERCE", "negated"),
    ("The envoy left the capital without meeting the president.", "meeting", "CONSULT", "negated"),
    (
        "The council drew up the plan without consulting the residents.",
        "consulting",
        "CONSULT",
        "negated",
    ),
    (
        "The soldiers crossed the border without attacking the guards.",
        "attacking",
        "ASSAULT",
        "negated",
    ),
    (
        "The delegation flew home without holding talks with the junta.",
        "talks",
        "CONSULT",
        "negated",
    ),
    ("The strikers returned to work without staging a protest.", "protest", "PROTEST", "negated"),
    (
        "The ministry failed to condemn the killing of the journalist.",
        "condemn",
        "ACCUSE",
        "negated",
    ),
]
# an act agreed to is still to come; the agreement is the AGREE
AGREED = [
    ("The two sides agreed to hold talks in Geneva next month.", "talks", "CONSULT", "future"),
    ("The rebels agreed to release the kidnapped engineers.", "release", "RETREAT", "future"),
    (
        "The government agreed to withdraw its troops from the border zone.",
        "withdraw",
        "RETREAT",
        "future",
    ),
    (
        "The two countries agreed to resume negotiations over the dam.",
        "negotiations",
        "CONSULT",
        "future",
    ),
    ("The junta consented to hold talks with the opposition.", "talks", "CONSULT", "future"),
    (
        "The prosecutors agreed to drop the charges against the activists.",
        "drop",
        "RETREAT",
        "future",
    ),
    ("The army agreed to pull its tanks out of the city.", "pull", "RETREAT", "future"),
    (
        "The two militias agreed to withdraw their fighters from the valley.",
        "withdraw",
        "RETREAT",
        "future",
    ),
    ("The warlords agreed to surrender their heavy weapons.", "surrender", "RETREAT", "future"),
    (
        "The government has agreed to resume peace talks with the rebels.",
        "talks",
        "CONSULT",
        "future",
    ),
    ("The factions agreed to release all prisoners of war.", "release", "RETREAT", "future"),
    ("The cabinet agreed to expel the military attache.", "expel", "SANCTION", "future"),
]
# neighbours: the act is done (no future, hypothetical or negated)
DONE = [
    ("Police said they arrested three men on Monday.", "arrested", "COERCE"),
    ("The army confirmed that it shelled the village on Sunday.", "shelled", "ASSAULT"),
    ("The ministry reported that troops killed ten militants.", "killed", "ASSAULT"),
    ("Police managed to arrest the suspect after a chase.", "arrest", "COERCE"),
    ("The rebels went on to capture the town.", "capture", "COERCE"),
    ("The gunmen tried to kill the mayor on Monday.", "kill", "ASSAULT"),
    ("The gunmen failed to kill the mayor, who was wounded in the arm.", "kill", "ASSAULT"),
    ("The suspect was arrested without incident at his home.", "arrested", "COERCE"),
    ("Police arrested the man without a warrant.", "arrested", "COERCE"),
    ("The two sides agreed on a ceasefire on Sunday.", "agreed", "AGREE"),
    (
        "The rebels released the engineers after the two sides agreed on a swap.",
        "released",
        "RETREAT",
    ),
    ("The hopping protesters marched through the city on Sunday.", "marched", "PROTEST"),
    ("The ministers met without their aides on Monday.", "met", "CONSULT"),
    ("Soldiers opened fire on the crowd without warning.", "opened fire", "ASSAULT"),
    # the object of a verb of ending is on already, whoever plans or agrees to end it
    ("Both militias agreed to end the fighting in the valley.", "fighting", "ASSAULT"),
    ("The union plans to end the strike at the port.", "strike", "PROTEST"),
]

# an act under a condition (inside the "if" clause's complement, or told by inversion) or asked
# about by a yes-or-no question: hypothetical
# ground taken is COERCE/seize (session 39: every held-out set codes it so)
CONDITIONED_OR_ASKED = [
    (
        "If the army manages to capture the airport, the rebels will flee.",
        "capture",
        "COERCE",
        "hypothetical",
    ),
    (
        "If police decide to arrest the mayor, his supporters will riot.",
        "arrest",
        "COERCE",
        "hypothetical",
    ),
    (
        "If the rebels try to attack the town, the army will respond.",
        "attack",
        "ASSAULT",
        "hypothetical",
    ),
    (
        "Should the talks fail, the militia will attack the capital.",
        "attack",
        "ASSAULT",
        "hypothetical",
    ),
    (
        "Should the rebels refuse, the army will shell their positions.",
        "shell",
        "ASSAULT",
        "hypothetical",
    ),
    (
        "Had the police arrived earlier, they would have arrested the gunman.",
        "arrested",
        "COERCE",
        "hypothetical",
    ),
    ("Did police arrest anyone after the riot?", "arrest", "COERCE", "hypothetical"),
    ("Will the two presidents meet before the summit?", "meet", "CONSULT", "hypothetical"),
    ("Has the army attacked the rebel camp again?", "attacked", "ASSAULT", "hypothetical"),
    (
        "Police arrested the suspect, but will prosecutors charge him?",
        "charge",
        "ACCUSE",
        "hypothetical",
    ),
    ("Will the government expel the ambassador?", "expel", "SANCTION", "hypothetical"),
    ("Did the militia shell the village on Sunday?", "shell", "ASSAULT", "hypothetical"),
]
# a coercive act as the purpose of sending forces: the mission, not the outcome
PURPOSED = [
    (
        "The government sent troops to the province to arrest the rebel leaders.",
        "arrest",
        "COERCE",
        "hypothetical",
    ),
    ("Troops were deployed to arrest the smugglers.", "arrest", "COERCE", "hypothetical"),
    (
        "Soldiers were sent to the village to arrest the suspects.",
        "arrest",
        "COERCE",
        "hypothetical",
    ),
    (
        "The ministry dispatched a police unit to arrest the smugglers.",
        "arrest",
        "COERCE",
        "hypothetical",
    ),
    (
        "The governor deployed the national guard to detain the looters.",
        "detain",
        "COERCE",
        "hypothetical",
    ),
    (
        "Commandos were sent to the border to capture the smugglers.",
        "capture",
        "COERCE",
        "hypothetical",
    ),
    (
        "The regime sent soldiers to the capital to detain opposition leaders.",
        "detain",
        "COERCE",
        "hypothetical",
    ),
    ("The government sent police to seize the contraband.", "seize", "COERCE", "hypothetical"),
    (
        "Police were dispatched to the house to arrest the suspect.",
        "arrest",
        "COERCE",
        "hypothetical",
    ),
    (
        "The junta sent troops to the university to detain the student leaders.",
        "detain",
        "COERCE",
        "hypothetical",
    ),
    ("The ministry deployed gendarmes to arrest the strikers.", "arrest", "COERCE", "hypothetical"),
    (
        "The authorities sent police to the market to seize the smuggled weapons.",
        "seize",
        "COERCE",
        "hypothetical",
    ),
]
# neighbours: the raid or attack of forces sent is their operation, told as done (as in
# test_habitual_purposes_and_functions: "the army sent troops on Monday to raid the village")
DONE_PURPOSE = [
    ("The army deployed tanks to attack the rebel stronghold.", "attack", "ASSAULT"),
    ("The army sent soldiers to attack the rebel camp.", "attack", "ASSAULT"),
    ("The army sent troops on Monday to raid the village.", "raid", "ASSAULT"),
    ("The state deployed soldiers to enforce the curfew.", "curfew", "COERCE"),
]
# neighbours: the act is done
DONE_TOO = [
    ("Who ordered the attack on the convoy?", "attack", "ASSAULT"),
    ("Why did police arrest the reporter on Monday?", "arrest", "COERCE"),
    ("The army attacked the town even if the talks were still going on.", "attacked", "ASSAULT"),
    ("The rebels attacked the town after the talks failed.", "attacked", "ASSAULT"),
    (
        "The rebels said they would free the hostages if their demands were met.",
        "demands",
        "REQUEST",
    ),
    ("If the talks fail, the rebels will attack the capital.", "talks", "CONSULT"),
    ("The man returned to the bar to shoot the bouncer.", "shoot", "ASSAULT"),
    ("Gunmen stormed the house to kill the judge.", "stormed", "ASSAULT"),
    ("Police went to the house to arrest him.", "arrest", "COERCE"),
    ("Protesters marched to protest the killing.", "marched", "PROTEST"),
    ("The army sent troops to the border on Monday.", "sent troops", "MOBILIZE"),
    ("Did you know that police arrested three men on Monday?", "arrested", "COERCE"),
]

# what a statement tells is told, whatever frames the statement ("would like to note that",
# "wants to announce that"): no flag
STATED = [
    (
        "I would like to note that the two governments signed an agreement on trade.",
        "signed",
        "AGREE",
    ),
    (
        "The minister wants to announce that the army captured the town on Sunday.",
        "captured",
        "COERCE",
    ),
    ("The governor would like to say that police arrested the gang leader.", "arrested", "COERCE"),
    (
        "The spokesman wanted to stress that troops withdrew from the village.",
        "withdrew",
        "RETREAT",
    ),
    (
        "The president wants to tell voters that the army bombed the rebel base.",
        "bombed",
        "ASSAULT",
    ),
    ("We would like to report that the militia released the hostages.", "released", "RETREAT"),
    (
        "The mayor wants to explain that police detained the protesters for their safety.",
        "detained",
        "COERCE",
    ),
    ("I want to point out that the rebels attacked the convoy first.", "attacked", "ASSAULT"),
    ("The senator would like to mention that the two leaders met in March.", "met", "CONSULT"),
    ("The envoy hoped to reveal that the factions signed a truce.", "signed", "AGREE"),
    ("She would like to add that the soldiers shelled the school.", "shelled", "ASSAULT"),
    ("The chief wanted to acknowledge that officers arrested the wrong man.", "arrested", "COERCE"),
]
# neighbours: a check, a proposal or a wish keeps its mode
FRAMED = [
    (
        "The minister hopes to confirm that the army captured the town.",
        "captured",
        "COERCE",
        "hypothetical",
    ),
    ("The panel recommended that the suspects be arrested.", "arrested", "COERCE", "hypothetical"),
    ("The rebels want to attack the capital.", "attack", "ASSAULT", "hypothetical"),
]

# an act that has "yet to" happen, or whose doer is "neither" party: negated
NOT_YET = [
    ("Neither side attacked the other during the truce.", "attacked", "ASSAULT", "negated"),
    ("Neither army withdrew its troops from the valley.", "withdrew", "RETREAT", "negated"),
    ("Neither government expelled the diplomats.", "expelled", "SANCTION", "negated"),
    ("The rebels have yet to release the hostages.", "release", "RETREAT", "negated"),
    ("The two governments have yet to sign the accord.", "sign", "AGREE", "negated"),
    ("Police have yet to arrest anyone in the case.", "arrest", "COERCE", "negated"),
    ("The two leaders are yet to meet.", "meet", "CONSULT", "negated"),
    ("The army has yet to withdraw from the town.", "withdraw", "RETREAT", "negated"),
    ("Prosecutors have yet to charge the officer.", "charge", "ACCUSE", "negated"),
    ("The minister has yet to visit the flooded region.", "visit", "CONSULT", "negated"),
    ("The militia has yet to free the kidnapped workers.", "free", "RETREAT", "negated"),
    ("The court has yet to convict anyone for the massacre.", "convict", "SANCTION", "negated"),
]
# neighbours: "yet" that is no "yet to", and a done act
DONE_YET = [
    ("The army attacked the town, yet the rebels held out.", "attacked", "ASSAULT"),
    ("The rebels have released the hostages.", "released", "RETREAT"),
    ("Police have arrested two men yet again.", "arrested", "COERCE"),
    ("Both sides attacked each other during the truce.", "attacked", "ASSAULT"),
]
