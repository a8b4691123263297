"""Made-up probe articles for sequels of an act (events/sequels/): custody continued after an
arrest ("he was remanded in custody") and fire answered after an attack ("the officers returned
fire") are later mentions of the arrest or the attack, one event with it; near neighbours that
tell another happening (another person, a court's order told as its own act, another place or
day, background, a counter-strike on a target of its own) stay two. Not taken from any data
set. Each row: (text, number of events of the type)."""

from __future__ import annotations

CUSTODY = [
    ("Police arrested a 24-year-old man in Leeds on Friday. He was remanded in custody when he "
     "appeared before magistrates on Monday.", 1),
    ("Officers detained Tom Briggs, 31, at a house in Salford on Saturday. Briggs was remanded in "
     "custody by Manchester Magistrates' Court on Tuesday.", 1),
    ("A woman was arrested in Cardiff on Sunday after a stabbing. She was remanded into custody "
     "at Newport Crown Court on Wednesday.", 1),
    ("Police arrested two men in Bristol on Saturday. Both were remanded in custody to appear at "
     "Bristol Crown Court next month.", 1),
    ("Police arrested a man in Derby on Monday. He was denied bail and remanded in custody at "
     "Derby Crown Court on Thursday.", 1),
    ("Troopers arrested a driver near Albany on Friday. The driver was jailed pending a hearing "
     "in Troy on Monday.", 1),
    ("Police detained a 45-year-old woman in Swansea on Friday. She was remanded in custody by "
     "magistrates on Saturday.", 1),
    ("Officers arrested Dean Morris, 22, in Bolton on Thursday. Morris was remanded to appear at "
     "Bolton Crown Court next month.", 1),
    ("Police arrested a teenager in Croydon on Saturday. The boy was remanded into youth "
     "detention on Monday.", 1),
    ("Deputies arrested Carla Reyes, 29, in Yuma on Sunday. Reyes was jailed pending a bond "
     "hearing.", 1),
    ("Gardai arrested a man in Limerick on Sunday. He was refused bail at Limerick District "
     "Court on Monday.", 1),
    ("Detectives arrested the teenager at his home in Harlow on Friday. The 16-year-old was "
     "remanded to a young offenders' institution on Monday.", 1),
    ("Officers arrested a woman in Perth on Friday. She was denied bail when she appeared in "
     "court on Saturday.", 1),
    ("Police arrested a 38-year-old man in Norwich on Sunday after a stabbing. He was remanded in "
     "custody on Tuesday.", 1),
    ("Detectives detained a 61-year-old man in Glasgow on Wednesday. He was remanded in custody "
     "after appearing at Glasgow Sheriff Court on Thursday.", 1),
    # near neighbours: two happenings
    ("Police arrested Tom Briggs in Salford on Saturday. Kofi Boateng was remanded in custody in "
     "Leeds on Monday.", 2),
    ("Police arrested a man in Leeds on Friday. A second man was remanded in custody on Monday "
     "over a separate robbery in York.", 2),
    ("Police arrested a man in Leeds on Friday. In 2019, he was remanded in custody over a "
     "burglary.", 2),
    ("Police arrested two men in Leeds on Friday. On Monday a court in Leeds remanded them in "
     "custody.", 2),
    ("Police arrested four men in Benin City on Monday. A magistrate remanded six students in "
     "prison over a killing on Tuesday.", 2),
    ("Police arrested John Mensah in Kumasi on Friday. Police arrested Kofi Boateng in Tamale on "
     "Saturday.", 2),
]
CUSTODY_GAPS = {
    # "young offenders" is read as a second target, plural: not the one teenager arrested
    CUSTODY[11][0],
}

FIRE = [
    ("Gunmen opened fire on a police patrol near Kano on Monday. The officers returned fire, and "
     "the attackers fled into the bush.", 1),
    ("Bandits shot at a border post outside Tapachula on Friday night. The guards fired back and "
     "wounded one of them.", 1),
    ("A man fired several shots at deputies during a traffic stop in Ocala on Sunday. The "
     "deputies shot back, hitting him in the leg.", 1),
    ("Militants ambushed an army convoy near Bannu on Wednesday. Soldiers returned fire and "
     "killed two of the attackers.", 1),
    ("Indian troops fired across the frontier near Uri on Thursday, Pakistan's army said. "
     "Pakistani troops responded by returning fire.", 1),
    ("Rebels attacked a checkpoint near Beni on Saturday. The soldiers at the checkpoint fired "
     "back for an hour.", 1),
    ("Robbers shot at two guards outside a bank in Accra on Friday. One of the guards fired back, "
     "police said.", 1),
    ("Gunmen attacked a police station in Zamfara on Sunday night. Officers on duty returned fire "
     "for several minutes.", 1),
    ("A suspect opened fire on agents at a ranch near Laredo on Tuesday. The agents returned "
     "fire, wounding him.", 1),
    ("Insurgents fired rockets at an outpost near Kandahar on Monday. Troops at the outpost "
     "returned fire.", 1),
    ("Cartel gunmen ambushed a patrol near Culiacan on Saturday. The soldiers fired back and the "
     "gunmen fled.", 1),
    ("Pirates fired at a cargo ship in the Gulf of Aden on Tuesday. Guards aboard the ship shot "
     "back.", 1),
    # (fire not returned is the answering act not done: a negated ASSAULT of its own, as the
    # event guidelines' gold codes "deputies did not return fire")
    ("Gunmen shot at a patrol car in Salford on Friday. Officers did not return fire.", 2),
    # near neighbours: two happenings
    ("Gunmen opened fire on a police patrol near Kano on Monday. On Thursday, soldiers returned "
     "fire on bandits near Zaria.", 2),
    ("Gunmen opened fire on a police patrol near Kano on Monday. In 2019, officers returned fire "
     "on robbers at the same junction.", 2),
    ("Gunmen opened fire on a police patrol near Kano on Monday. In Lagos, another patrol "
     "returned fire on robbers on Tuesday.", 2),
    ("Rebels shelled the town of Goma on Monday. The army fired back at rebel positions in "
     "Rutshuru on Tuesday.", 2),
    ("Militants shelled a border post near Kupwara on Monday. Indian troops returned fire on "
     "militant positions in the hills.", 2),
    ("Gunmen opened fire on a police patrol near Kano on Monday. Gunmen also opened fire on a "
     "bus near Zaria on Tuesday.", 2),
]
