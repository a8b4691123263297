"""Made-up probe articles: an attack reported first by its toll or in a word ("Two men were
killed in a shooting", "a gunman opened fire"), then told again in detail in a later sentence
by its doers described without a name, in any number ("gunmen riding a motorbike sprayed the
car with bullets", "two masked men fired at the queue", "attackers armed with machetes
stormed the house"), with targets described without names or none (the first telling may name its victims): one
happening, one event.
Near neighbours that stay two: another place or day, one told as more ("also", "another",
"separately", "a second"), an earlier act by state forces, a target named with a proper name,
a background attack. Not taken from any data set. Each row: the text; the ASSAULT events are
counted."""

from __future__ import annotations

ONE = [
    "Two men were killed and a woman wounded in a shooting in Kingston on Saturday night. "
    "Police said gunmen travelling in a blue van opened fire on a group of people outside a "
    "bar.",
    "Three traders were shot dead at a market in Onitsha on Monday. Witnesses said two masked "
    "men climbed off a motorcycle and fired at the stalls.",
    "A farmer and his son were killed near Jos on Tuesday. Villagers said armed men riding "
    "motorbikes stormed the farm at dawn.",
    "Four people were wounded in a shooting at a petrol station in Durban on Friday. "
    "According to police, three men jumped out of a car and sprayed the forecourt with "
    "bullets.",
    "Five villagers were killed in Beni on Sunday. Survivors said attackers armed with "
    "machetes stormed their homes before dawn.",
    "A bus driver was shot dead in Nairobi on Wednesday morning. A police officer said two "
    "gunmen on a motorcycle fired at the bus as it stopped at a junction.",
    "Gunmen killed six worshippers at a church in Owo on Sunday. Witnesses said the attackers "
    "entered through the side door and fired into the crowd.",
    "Two guards were injured in an attack on a bank in Tegucigalpa on Thursday. Staff said "
    "four armed men forced their way in and shot at the guards.",
    "A shopkeeper was killed in Medellin on Monday night. Neighbours said two young men on a "
    "scooter shot him through the window of his shop.",
    "Seven miners were killed at a gold mine near Kidal on Saturday. Local officials said "
    "dozens of fighters on motorbikes surrounded the site and opened fire on the workers.",
    "A gunman opened fire at a wedding in Diyala on Friday, wounding nine guests. Relatives "
    "said a man in a black shirt shot at the tent from a car.",
    "Three soldiers were killed in an ambush near Tillaberi on Tuesday. The army said "
    "assailants hiding in the bush fired on the patrol with machine guns.",
    # the victim told first by name: the detail's targets described
    "Andre Brown, 27, was shot dead outside a bar in Kingston on Saturday night. Witnesses "
    "said two men got out of a car and began firing at a group of people.",
]
TWO = [
    # the victim told first by name, the detail at another place and day
    "Andre Brown, 27, was shot dead outside a bar in Kingston on Saturday night. Two men "
    "fired at a group of people in Montego Bay on Tuesday.",
    # another place, or another day
    "Two men were killed in a shooting in Kingston on Saturday night. Gunmen opened fire on a "
    "group of people outside a bar in Montego Bay on Sunday.",
    "Three traders were shot dead at a market in Onitsha on Monday. Two masked men fired at "
    "a bus in Enugu on Wednesday.",
    "A farmer was killed near Jos on Tuesday. Armed men stormed a village near Bauchi on "
    "Thursday.",
    # told as more
    "Four people were wounded in a shooting in Durban on Friday. Separately, three men fired "
    "at a taxi in Pinetown.",
    "A bus driver was shot dead in Nairobi on Wednesday. Another group of gunmen fired at a "
    "matatu on the same road.",
    "Five villagers were killed in Beni on Sunday. Attackers also burned a health centre in "
    "a second village.",
    # an earlier act by state forces
    "Police shot dead two robbery suspects in Lagos on Monday. Gunmen opened fire on a "
    "police checkpoint later that night.",
    # a target named with a proper name
    "Two men were killed in a shooting in Kingston on Saturday. Gunmen shot the councillor "
    "Andre Brown outside his home in Spanish Town on Friday.",
    # a background attack
    "Three soldiers were killed in an ambush near Tillaberi on Tuesday. In 2019, assailants "
    "fired on a patrol in the same area.",
    # the victims' side hitting back
    "Five villagers were killed near Jos on Monday. Villagers later attacked a herders' camp "
    "nearby.",
    "Three herders were shot dead in Benue on Friday. Herders then stormed a farming "
    "settlement.",
    # targets told as many: several acts
    "Gunmen killed three farmers near Katsina on Friday. Officials said bandits had attacked "
    "several villages in the district.",
    "A trader was shot dead in Maiduguri on Monday. Residents said insurgents had raided "
    "many settlements along the road.",
    # another month
    "Gunmen killed 40 people in a village in Burkina Faso on Saturday. Last month, gunmen "
    "killed 30 people in a raid on a market.",
    # a headline-free two-attack roundup with places of their own
    "Gunmen killed four villagers in Zamfara on Sunday. In Kaduna, armed men attacked a "
    "church on Monday.",
]

# victims and doers told by the same word for any person ("men", "people", "individuals"),
# which names no side: the doers are not the victims hitting back
ONE_ANY_PERSON = [
    "Three men were shot dead outside a bakery in Soweto on Thursday. Witnesses said two men "
    "wearing balaclavas got out of a sedan and fired at the queue.",
    "A man was killed at a car wash in Tijuana on Friday night. Witnesses said two men armed "
    "with pistols burst in and shot at the workers.",
    "Four men were gunned down at a bar in Acapulco on Saturday. Survivors said three men with "
    "rifles walked in and sprayed the room with bullets.",
    "Five people were shot at a nightclub in Memphis on Sunday. Officers said two men armed "
    "with rifles climbed out of a car and fired at the dancers.",
    "Two women were wounded in a shooting at a salon in Recife on Monday. A neighbour said two "
    "women on a scooter fired through the glass door.",
    "Six persons were killed at a drinking spot in Makurdi on Tuesday. Residents said unknown "
    "persons on motorcycles opened fire on the customers.",
    "Two individuals were shot dead at a gym in Toronto on Wednesday. Police said three men in "
    "dark clothing rushed in and fired at the members.",
    "Three men were wounded in a shooting near a stadium in Rosario on Friday. A witness said "
    "a man in a red cap fired at the fans from a car.",
    "A man was shot dead at a bus terminal in Guayaquil on Saturday. Police said four men "
    "armed with shotguns got off a bus and fired at the passengers.",
    "Two people were killed at a petrol station in Kumasi on Sunday. Attendants said two men "
    "in a taxi opened fire on the pumps.",
    "Four people were wounded at a cafe in Malmo on Thursday. A waiter said two men wearing "
    "masks jumped from a van and fired at the tables.",
]
# neighbours that stay two: an act told as done after it ("hours later", "afterwards", "the
# next day"), or a target named through its owner's proper name ("Ruiz's bodyguard")
TWO_AFTER_OR_OWNED = [
    "Three men were shot dead at a tavern in Soweto on Thursday. Hours later, gunmen fired at "
    "a minibus near the tavern.",
    "A trader was killed at a market in Kano on Monday. Afterwards, armed men attacked a "
    "police post nearby.",
    "Two guards were wounded at a mine near Kitwe on Friday. Attackers subsequently stormed a "
    "warehouse in the town.",
    "A bus driver was shot dead in Lagos on Tuesday. The next day, gunmen fired on a taxi on "
    "the same highway.",
    "A man was killed at a bar in Cali on Saturday. Later, two men shot at a patrol car in "
    "the same district.",
    "Four people were wounded at a cafe in Malmo on Thursday. Thereafter, masked men fired at "
    "a bakery across the road.",
    "A driver was shot dead in Cali on Monday. Gunmen fired at Ruiz's bodyguard outside a bar.",
    "Two guards were wounded in Kano on Friday. Attackers shot at Bello's nephew near the "
    "market.",
    "A farmer was killed near Jos on Tuesday. Armed men shot Pam's herdsman on the edge of the "
    "village.",
]
