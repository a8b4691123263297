"""Made-up probe articles for one happening = one event (issue 15 item 7): articles that report
one happening in several mentions (one event of the type must come out), and near neighbours
that report two happenings of one type (two must stay). Not taken from any data set. Each row:
(text, PLOVER type, number of events of that type)."""

from __future__ import annotations

ONE = [
    ("Militants attacked an army base near Gao on Monday. The attack lasted two hours.",
     "ASSAULT"),
    ("The two delegations held talks in Oslo on Monday, but the negotiations ended without a "
     "deal.", "CONSULT"),
    ("A gunman shot two men at a bar in Leeds on Friday. Police said the shooting followed an "
     "argument.", "ASSAULT"),
    ("Thousands of teachers marched through Lagos on Tuesday over unpaid wages. Protests also "
     "disrupted traffic near the port.", "PROTEST"),
    ("Police arrested John Mensah in Kumasi on Friday. Mensah was arrested at his home after a "
     "search.", "COERCE"),
    ("Rebels shelled Aleppo on Monday, residents said. The shelling in Syria killed ten "
     "people.", "ASSAULT"),
    ("Acme Corp. signed an agreement with the port authority in Mombasa on Monday. Acme said the "
     "agreement runs for ten years.", "AGREE"),
    ("Students protested in Dakar on Sunday. Residents said the protest lasted hours.",
     "PROTEST"),
    ("Police detained five activists in Minsk on Saturday. Their detention drew criticism from "
     "the opposition.", "COERCE"),
    ("Troops clashed with rebels near Beni on Wednesday. The fighting forced hundreds of families "
     "to flee.", "ASSAULT"),
    ("Gunmen kidnapped an engineer in Port Harcourt on Monday. The kidnapping was the second "
     "this month, police said.", "ASSAULT"),
    ("The two ministers met in Rome on Thursday, and the meeting was cordial.", "CONSULT"),
    ("Gunmen opened fire on a bus near Kano on Monday, killing five passengers.", "ASSAULT"),
    ("Troops shelled the town of Idlib on Monday, wounding four civilians.", "ASSAULT"),
    ("Militants attacked a checkpoint in Sinai on Friday, killing three soldiers.", "ASSAULT"),
    ("A suicide bomber blew himself up at a market in Maiduguri, killing 12 people.",
     "ASSAULT"),
    ("Police arrested a 30-year-old man in Dover on Sunday. The suspect was detained at his "
     "home after a short chase.", "COERCE"),
    ("Two men were shot outside a bar in Hull on Saturday. The victims were shot several "
     "times, witnesses said.", "ASSAULT"),
    ("Gunmen shot a farmer near Jos on Friday. Officers were called at about 11pm after reports "
     "of gunfire.", "ASSAULT"),
]
TWO = [
    ("Militants attacked an army base near Gao on Monday. Militants also attacked a convoy near "
     "Timbuktu on Tuesday.", "ASSAULT"),
    ("The foreign ministers held talks in Oslo on Monday. The defence ministers held talks in "
     "Rome on Friday.", "CONSULT"),
    ("A gunman shot two men at a bar in Leeds on Friday. Another gunman shot a guard in Bristol "
     "on Monday.", "ASSAULT"),
    ("Thousands of teachers marched through Lagos on Tuesday. Farmers marched through Kano on "
     "Thursday.", "PROTEST"),
    ("Police arrested John Mensah in Kumasi on Friday. Police arrested Kofi Boateng in Tamale on "
     "Saturday.", "COERCE"),
    ("Rebels shelled Aleppo on Monday, residents said. Rebels shelled Homs on Tuesday.",
     "ASSAULT"),
    ("Acme Corp. signed an agreement with the port authority in Mombasa on Monday. Globex "
     "signed an agreement with the rail authority in Nairobi on Friday.", "AGREE"),
    ("Students protested in Dakar on Sunday. Students protested in Thies on Wednesday.",
     "PROTEST"),
    ("Police detained five activists in Minsk on Saturday. Police detained two journalists in "
     "Minsk on Tuesday.", "COERCE"),
    ("Troops clashed with rebels near Beni on Wednesday. Last year, troops clashed with rebels "
     "near Goma.", "ASSAULT"),
    ("Gunmen kidnapped an engineer in Port Harcourt on Monday. Gunmen kidnapped a priest in "
     "Enugu on Thursday.", "ASSAULT"),
    ("The two ministers met in Rome on Thursday. The two presidents met in Paris on Saturday.",
     "CONSULT"),
    ("Police shot a man who had stabbed a guard in Lyon on Sunday.", "ASSAULT"),
    ("Rebels attacked the town on Monday, a day after troops attacked their camp.", "ASSAULT"),
    ("Gunmen attacked a bus near Kano on Monday while soldiers attacked a rebel camp in the "
     "north.", "ASSAULT"),
    ("The militants ambushed a convoy in Sinai on Friday after they had attacked a "
     "checkpoint.", "ASSAULT"),
    ("Police arrested a 30-year-old man in Dover on Sunday. The police arrested two women in "
     "Leeds on Tuesday.", "COERCE"),
    ("Two men were shot outside a bar in Hull on Saturday. The army shot two rebels near Goma "
     "on Monday.", "ASSAULT"),
    ("Gunmen shot a farmer near Jos on Friday. Gunmen shot a trader near Bauchi on Monday.",
     "ASSAULT"),
]
# one act told by several mentions with the same PLOVER mode, or an assault whose mentions tell
# its means differently: still one event
ONE_ACT = [
    ("Customs officers seized 200 kilograms of cocaine at the port of Durban on Monday. "
     "The seizure was the largest this year.", "COERCE"),
    ("The interior minister accused the rebels of shelling the market. The accusation was "
     "rejected by rebel leaders.", "ACCUSE"),
    ("President William Ruto criticised the court ruling on Monday. Ruto's criticism drew "
     "a sharp response from judges.", "ACCUSE"),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu on Monday. The attack "
     "killed five soldiers.", "ASSAULT"),
    ("Gunmen shot dead a judge in Mosul on Monday. The assassination was the third this "
     "year.", "ASSAULT"),
    ("Police arrested and detained five activists in Minsk on Saturday.", "COERCE"),
    ("Foreign Minister Naledi Pandor urged Uganda to withdraw its troops. Pandor's appeal "
     "came after a week of clashes.", "REQUEST"),
    ("Soldiers detained two journalists in Bamako on Friday. The detention of the "
     "journalists was condemned by rights groups.", "COERCE"),
    ("Police deported 40 migrants from Calais on Monday. The deportation angered aid "
     "groups.", "COERCE"),
    ("Thousands of nurses went on strike in Nairobi on Monday. The strike closed most "
     "public hospitals.", "PROTEST"),
    ("The minister met the Chinese ambassador in Accra on Monday. The meeting lasted an "
     "hour.", "CONSULT"),
]
# mentions of one type that name different acts (modes) or different participants (another
# addressee, another named target; another speaker alone does not tell statements apart): two
# events
TWO_ACTS = [
    ("Customs officers seized a shipment of heroin at the port of Durban. Police later "
     "arrested the driver of the truck.", "COERCE"),
    ("Police seized the weapons and arrested the driver.", "COERCE"),
    ("Interior Minister Ali Larijani accused the Free Syrian Army of shelling the market. "
     "Larijani accused Turkey of arming the rebels.", "ACCUSE"),
    ("President William Ruto criticised the court ruling on Monday. Opposition leader "
     "Raila Odinga criticised the court ruling on Monday.", "ACCUSE"),
    ("Foreign Minister Naledi Pandor urged Uganda to withdraw its troops. Pandor urged "
     "Rwanda to reopen its border.", "REQUEST"),
    ("Prosecutors accused the mayor of fraud. The prosecutors opened an investigation into "
     "the contracts.", "ACCUSE"),
    ("Border police arrested 40 migrants near Calais. The migrants were later deported.", "COERCE"),
    ("A court convicted the journalist of espionage. The government then expelled the "
     "journalist.", "SANCTION"),
    ("The junta imposed a curfew and banned protests in the capital.", "COERCE"),
    ("Police arrested John Mensah in Kumasi on Friday. Police arrested Kofi Boateng in "
     "Kumasi on Friday.", "COERCE"),
    ("The rebels released two hostages in Goma. The rebels withdrew from the town.", "RETREAT"),
]
