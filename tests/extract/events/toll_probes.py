"""Made-up probe articles for one happening = one event when an act is told by its toll (issue
15 item 7, issue 16 item 2): victims listed in coordinated clauses (a title's two tolls among
them), an outcome "after" the act, a victim described and named in a later sentence. Each class has articles of one happening (one event of the type must come out) and near
neighbours of two happenings (two must stay). Not taken from any data set. Each row: (text,
PLOVER type)."""

from __future__ import annotations

# "a man was killed and a woman was wounded in a shooting, police said": the parser hangs both
# clauses on the verb of saying; a headline's reduced passives; the act noun in the second clause
COORDINATED_ONE = [
    "A 30-year-old man was killed and a teenager was wounded late Friday in a shooting outside "
    "a bar in Leeds, police said.",
    "A taxi driver was killed and two passengers were injured on Monday in an ambush near Kano, "
    "officials said.",
    "One soldier was killed and three others were wounded in a roadside bombing near Gao on "
    "Tuesday, the army said.",
    "A guard was stabbed and a cashier was beaten in a robbery at a shop in Bristol on Sunday, "
    "police said.",
    "A police officer was shot and a bystander was hurt in a gunfight in Memphis on Saturday, "
    "officials said.",
    "A farmer was killed and his son was injured when gunmen raided their village near Jos on "
    "Monday, residents said.",
    "An elderly woman was murdered and her husband was beaten during a burglary in Cork on "
    "Thursday, police said.",
    "Two pilgrims were killed and nine were injured in a bomb attack on a bus near Karbala on "
    "Friday, the ministry said.",
    "A man was killed and a woman was injured in a stabbing at a market in York on Friday.",
    "A prison guard was stabbed and an inmate was slashed during a riot in Lima on Sunday, "
    "officials said.",
    "Man killed, woman hurt in Leeds bar shooting\n\nA man was killed and a woman was hurt in a "
    "shooting at a bar in Leeds on Friday.",
    "Guard shot, driver beaten in Bristol robbery\n\nA guard was shot and a driver was beaten "
    "during a robbery in Bristol on Sunday.",
    "Man killed, teen wounded in Camden shooting\nBy staff\n\nA 27-year-old man was killed and a "
    "16-year-old boy was wounded on Sunday night in a shooting in Camden, police said.",
]
COORDINATED_TWO = [
    "A man was killed in Leeds on Friday and a woman was wounded in Bristol on Saturday, police "
    "said.",
    "A man was killed in a shooting in Leeds and a woman was stabbed in a robbery in York, "
    "police said.",
    "A man was killed in Leeds on Friday, and a woman was injured in a stabbing in York on "
    "Saturday.",
    "Police killed two gunmen in Kano on Monday and soldiers wounded three rebels in Maiduguri on "
    "Tuesday.",
    "Two soldiers were killed in Gao on Monday and three civilians were wounded in Timbuktu on "
    "Wednesday, officials said.",
    "A driver was shot in Lagos on Friday and a trader was stabbed in Ibadan on Sunday, police "
    "said.",
]

# a toll and the act told "after" it by other doers: one happening; the victim's own act, or an
# act on a day of its own, stays apart
AFTER_ONE = [
    "Four policemen were killed after militants ambushed a patrol near Kirkuk on Saturday, "
    "officials said.",
    "Two soldiers were wounded after gunmen attacked a checkpoint in Sinai on Friday.",
    "Three civilians were killed after rebels shelled a market in Idlib on Monday.",
    "Five villagers were killed after bandits raided a village near Zamfara on Sunday, police "
    "said.",
    "A nurse was injured after protesters stormed a clinic in Port Moresby on Thursday.",
    "Six people were wounded after a gunman opened fire at a mall in Tulsa on Saturday.",
    "Two guards were hurt after inmates attacked them with knives at a prison in Quito on "
    "Monday.",
    "Officials said four policemen were killed and two rebels were captured after militants "
    "ambushed a patrol near Kirkuk on Saturday.",
    "Police said 40 people were detained and 12 officers injured after protesters threw stones "
    "in Tbilisi on Monday.",
    "Seven miners were killed after gunmen attacked a convoy near Tillaberi on Tuesday, the "
    "army said.",
]
AFTER_TWO = [
    "A man was shot dead after he stabbed a guard at a station in Lyon on Sunday.",
    "A suspect was killed after he opened fire on officers in Dallas on Monday.",
    "Two soldiers were killed on Monday after rebels attacked a checkpoint in Gao on Sunday.",
    "A gunman was shot dead after he attacked worshippers at a church in Durban on Sunday.",
    "Two militants were killed after they ambushed a convoy near Mosul on Friday.",
]

# a victim described ("a man", "his roommate", a headline's "armed man") and later named: one
# happening; another day, another place, or a victim told as more stays apart
NAMED_ONE = [
    "Police said a man stabbed his roommate in Lancaster on Monday. Officers found William "
    "Hart, 52, with stab wounds to his chest.",
    "Police said a woman stabbed her husband at their home in Salem on Friday. Officers found "
    "Peter Lang with stab wounds to his back.",
    "A security guard shot his colleague at a warehouse in Reno on Sunday. Paramedics found "
    "Luis Ortega with a gunshot wound to the chest.",
    "A man shot his neighbour in Akron on Saturday, police said. Officers found Dale Reeves "
    "with gunshot wounds in the yard.",
    "Pueblo officer shoots armed man\n\nA Pueblo police officer shot a man who pointed a "
    "handgun at officers on Sunday. One officer fired three rounds, striking Dale Ortiz in the "
    "abdomen.",
    "Trooper shoots driver\n\nA state trooper shot a driver who rammed a patrol car near Ely on "
    "Friday. The trooper fired twice, striking Carl Mays in the shoulder.",
    "A 27-year-old man was killed and a woman was wounded in a shooting in Dayton on Sunday. "
    "Officers found Darnell Hughes with multiple gunshot wounds in a parking lot.",
    "Police said a teenager stabbed his father at their home in Derby on Monday. Officers found "
    "Gary Nolan with stab wounds to his arms.",
    "A man attacked his brother with a hammer in Preston on Sunday, police said. Paramedics "
    "found Ian Shaw with head injuries in the kitchen.",
    "A deputy shot a man who pointed a rifle at officers in Yuma on Friday. The deputy fired "
    "four rounds, striking Ray Dunn in the leg.",
]
NAMED_TWO = [
    "Police said a man stabbed his roommate in Lancaster on Monday. Another man, William Hart, "
    "was stabbed in Reading on Tuesday.",
    "A man was shot outside a bar in Leeds on Friday night. Officers found John Pell with "
    "gunshot wounds in a car park in Bristol on Saturday.",
    "A man was shot outside a bar in Leeds on Friday night. Police said John Pell was also shot "
    "nearby.",
    "A man was shot outside a bar in Leeds on Friday night. In a separate incident, John Pell "
    "was shot in York.",
    "Police said a woman stabbed her husband in Salem on Friday. On Sunday, Peter Lang was "
    "stabbed in Eugene.",
]
