"""Made-up probe sentences (not from any data set) for the participants of acts about other acts
(issue 15 item 6): rows of (text, trigger word, actors that must be read, recipients that must
be read, words no actor may contain, words no recipient may contain). Each table has the cases
that must read the participant right and near neighbours that must keep the plain reading."""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

# "X said that Y must do Z": a REQUEST by X (the speaker) to Y (the party obliged)
OBLIGED: list[Probe] = [
    ("Germany said on Monday that Iran must return the seized helicopter.", "return",
     ["Germany"], ["Iran"], ["Iran"], ["helicopter"]),
    ("Kenya insisted that Somalia must hand over the suspects to its police.", "hand",
     ["Kenya"], ["Somalia"], ["Somalia"], ["suspects"]),
    ("The French foreign minister declared that Mali must free the detained journalists.",
     "free", ["minister"], ["Mali"], ["Mali"], ["journalists"]),
    ("Turkey warned that Greece must withdraw its ships from the disputed waters.", "withdraw",
     ["Turkey"], ["Greece"], ["Greece"], []),
    ("Norway's envoy said the rebels must sign the peace accord.", "sign",
     ["envoy"], ["rebels"], ["rebels"], []),
    ("Japan reiterated that China must release the detained fishermen.", "release",
     ["Japan"], ["China"], ["China"], ["fishermen"]),
    ("Hamas must release the hostages, Israel said.", "release",
     ["Israel"], ["Hamas"], ["Hamas"], ["hostages"]),
    ("The union said the government must lift the curfew.", "lift",
     [], ["government"], ["government"], []),
    ("Ghana declared that Togo must disarm the militias.", "disarm",
     ["Ghana"], ["Togo"], ["Togo"], ["militias"]),
    ("Ukraine said Russia must withdraw from the occupied territories.", "withdraw",
     ["Ukraine"], ["Russia"], ["Russia"], []),
]
# neighbours: the act reported as done, possible or intended: its doer stays the actor
NOT_OBLIGED: list[Probe] = [
    ("Germany said on Monday that Iran returned the seized helicopter.", "return",
     ["Iran"], [], ["Germany"], ["Iran"]),
    ("Mali freed the detained journalists, the French foreign minister said.", "freed",
     ["Mali"], ["journalists"], ["minister"], []),
    ("Greece withdrew its ships from the disputed waters.", "withdrew",
     ["Greece"], [], [], ["Greece"]),
    ("Japan said China released the detained fishermen.", "released",
     ["China"], ["fishermen"], ["Japan"], ["China"]),
    ("Israel said Hamas released the hostages.", "released",
     ["Hamas"], ["hostages"], ["Israel"], ["Hamas"]),
    ("The government lifted the curfew, the union said.", "lifted",
     ["government"], [], [], ["government"]),
    ("Togo disarmed the militias.", "disarmed", ["Togo"], ["militias"], [], ["Togo"]),
    ("Russia withdrew from the occupied territories, Ukraine said.", "withdrew",
     ["Russia"], [], ["Ukraine"], ["Russia"]),
    ("Iran may return the seized helicopter, Germany said.", "return",
     ["Iran"], [], ["Germany"], ["Iran"]),
    ("Iran will return the seized helicopter.", "return", ["Iran"], [], [], ["Iran"]),
]

# named participants a plain subject/object reading leaves out: the doer of the act an
# accusation, denial or investigation is about; the demanded party; the parties of a mediation
# named under the noun the trigger modifies; the one withdrawn from
NAMED: list[Probe] = [
    ("The monitors are investigating alleged abuses by border guards against migrants.",
     "investigating", [], ["border guards"], [], ["migrants"]),
    ("Brazil condemned the shelling of the town by Venezuelan troops.", "condemned",
     ["Brazil"], ["Venezuelan troops"], [], []),
    ("Amnesty condemned the killing of three protesters by soldiers in Harare.", "condemned",
     [], ["soldiers"], [], ["protesters"]),
    ("The mayor denied accusations made by Maria Lopez, a former aide.", "denied",
     ["mayor"], ["Maria Lopez"], [], []),
    ("The court is investigating crimes committed by the militia.", "investigating",
     ["court"], ["militia"], [], []),
    ("Chad withdrew its troops from Niger after the talks.", "withdrew",
     ["Chad"], ["Niger"], [], ["troops"]),
    ("The peacekeepers pulled out of Somalia on Sunday.", "pulled",
     ["peacekeepers"], ["Somalia"], [], []),
    ("Oman launched a mediation effort between Qatar and Bahrain.", "mediation",
     ["Oman"], ["Qatar", "Bahrain"], ["Qatar"], []),
    ("The envoy undertook a mediation mission between Sudan and Chad.", "mediation",
     ["envoy"], ["Sudan", "Chad"], ["Sudan"], []),
    ("Rebel leaders insisted on their demand that the government release political "
     "prisoners.", "demand", ["Rebel leaders"], ["government"], ["government"], []),
]
# neighbours: the plain reading of the same words stays
NOT_NAMED: list[Probe] = [
    ("The monitors are investigating the border guards.", "investigating",
     [], ["border guards"], [], []),
    ("Brazil condemned Venezuelan troops for the shelling.", "condemned",
     ["Brazil"], ["Venezuelan troops"], [], []),
    ("The mayor denied the accusations.", "denied", ["mayor"], [], [], ["accusations"]),
    ("Ethiopia released 300 Eritrean soldiers from detention.", "released",
     ["Ethiopia"], ["Eritrean soldiers"], [], ["detention"]),
    ("The peacekeepers pulled back to their base.", "pulled", ["peacekeepers"], [], [],
     ["base"]),
    ("Talks between Qatar and Bahrain resumed in Doha.", "Talks",
     ["Qatar", "Bahrain"], [], [], ["Qatar"]),
    ("Qatar and Bahrain held talks in Doha.", "talks", ["Qatar", "Bahrain"], [], [], []),
    # the ones to be freed are not those asked ("to whom" a request is made; freed_probes.py)
    ("Rebel leaders demanded the release of political prisoners.", "demanded",
     ["Rebel leaders"], [], [], ["political prisoners"]),
    ("Human rights groups condemned the police.", "condemned", [], ["police"], [], []),
    ("Chad sent troops to Niger.", "sent", ["Chad"], ["Niger"], [], ["troops"]),
    ("Police in Harare arrested a man wanted by prosecutors.", "arrested",
     ["Police"], ["man"], [], ["prosecutors"]),
]

# the place a measure is imposed on or lifted from, and the one a requested act is aimed at
MEASURED: list[Probe] = [
    ("Serbia eased emergency measures in Montenegro on Wednesday.", "eased",
     ["Serbia"], ["Montenegro"], [], []),
    ("Serbia lifted a night curfew in Montenegro on Sunday.", "lifted",
     ["Serbia"], ["Montenegro"], [], []),
    ("The army imposed a curfew in Kosovo after the riots.", "imposed",
     ["army"], ["Kosovo"], [], []),
    ("Turkey lifted the curfew in Cyprus.", "lifted", ["Turkey"], ["Cyprus"], [], []),
    ("Russia imposed martial law in Ukraine.", "imposed", ["Russia"], ["Ukraine"], [], []),
    ("Israel lifted the blockade in Gaza after the truce.", "lifted",
     ["Israel"], ["Gaza"], [], []),
    ("The European Union called for an embargo on Russia.", "called",
     ["European Union"], ["Russia"], [], []),
    ("The opposition called for sanctions on Belarus.", "called",
     ["opposition"], ["Belarus"], [], []),
    ("Human rights groups demanded an inquiry into the killings by Syrian troops.", "demanded",
     [], ["Syrian troops"], [], []),
    ("The army withdrew from Kosovo.", "withdrew", ["army"], ["Kosovo"], [], []),
]
# neighbours: a place of an act that is no measure, a request with no target
NOT_MEASURED: list[Probe] = [
    ("Serbia lifted a night curfew on Sunday.", "lifted", ["Serbia"], [], [], ["Sunday"]),
    ("The government imposed a curfew after the riots.", "imposed", ["government"], [], [],
     ["riots"]),
    ("Police detained two men in Kenya.", "detained", ["Police"], ["men"], [], ["Kenya"]),
    ("Police arrested five men in Kenya.", "arrested", ["Police"], ["men"], [], ["Kenya"]),
    ("Soldiers searched houses in Mosul.", "searched", ["Soldiers"], [], [], ["Mosul"]),
    ("The army released prisoners in Kosovo.", "released", ["army"], ["prisoners"], [],
     ["Kosovo"]),
    ("Rebels shelled villages in Syria.", "shelled", ["Rebels"], [], [], ["Syria"]),
    ("The envoy called for talks in Geneva.", "called", [], [], [], ["Geneva"]),
    ("The minister called for calm in Kenya.", "called", ["minister"], [], [], ["Kenya"]),
    ("Amnesty urged restraint.", "urged", ["Amnesty"], [], [], ["restraint"]),
    ("The president lifted the ban on Monday.", "lifted", ["president"], [], [], ["Monday"]),
]

# the victim made the attacker: "X, the target of the attack", "the victims of the bombing",
# "survived an assassination attempt" name who underwent the act
VICTIMS: list[Probe] = [
    ("Henry Farinas, the target of the attack that killed a singer, faces drug charges in "
     "Nicaragua.", "attack", [], ["Henry Farinas"], ["Farinas"], []),
    ("The victims of the bombing were buried in Kabul on Sunday.", "bombing",
     [], ["victims"], ["victims"], []),
    ("Relatives of the victims of the shooting gathered outside the court.", "shooting",
     [], ["victims"], ["Relatives"], []),
    ("The judge, the target of a car bombing last year, retired on Monday.", "bombing",
     [], ["judge"], ["judge"], []),
    ("Police named the victims of the stabbing on Monday.", "stabbing",
     [], ["victims"], ["Police"], []),
    ("The senator, a victim of the kidnapping, spoke to reporters.", "kidnapping",
     [], ["senator"], ["senator"], []),
    ("Maria Lopez, the victim of the assault, spoke to reporters.", "assault",
     [], ["Maria Lopez"], ["Maria Lopez"], []),
    ("The villagers, victims of repeated shelling, fled to the city.", "shelling",
     [], ["villagers"], ["villagers"], []),
    ("The journalist, the target of the attack, was unhurt.", "attack",
     [], ["journalist"], ["journalist"], []),
    ("The mayor survived an assassination attempt in May.", "assassination",
     [], ["mayor"], ["mayor"], []),
]
# neighbours: the doer named as subject stays the actor
NOT_VICTIMS: list[Probe] = [
    ("Gunmen attacked the mayor.", "attacked", ["Gunmen"], ["mayor"], [], []),
    ("The mayor condemned the attack.", "condemned", ["mayor"], [], [], ["mayor"]),
    ("Henry Farinas attacked the singer.", "attacked", ["Henry Farinas"], [], [], ["Farinas"]),
    ("The bombing killed ten people in Kabul.", "bombing", [], ["people"], ["people"], []),
    ("Police said the main target of the raid was a warehouse.", "raid", [], [], ["Police"],
     ["Police"]),
    ("The minister visited the victims in hospital.", "visited", ["minister"], ["victims"], [],
     []),
    ("Gunmen kidnapped the senator.", "kidnapped", ["Gunmen"], ["senator"], [], []),
    ("The army shelled the villages.", "shelled", ["army"], [], [], ["army"]),
    ("Rebels attacked the convoy near Goma.", "attacked", ["Rebels"], [], [], ["Rebels"]),
    ("The mayor planned an assassination attempt.", "assassination", ["mayor"], [], [],
     ["mayor"]),
]
