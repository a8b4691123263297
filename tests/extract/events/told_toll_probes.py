"""Made-up probe sentences: an act and its toll told in one sentence by a construction the
sentence merge did not read as one happening: a toll of two conjoined outcomes ("four were
killed and six others hurt when gunmen burst in and opened fire"), a toll told by "adding that"
after the act or its report, a toll told by the participle "leaving", and a participle of harm
hung on the doer whose relative clause tells the act ("a man who fired into a cafe, wounding
two, was jailed"). Near neighbours that stay two: the toll with an act of its own, at another
day, or with doers of its own. Not taken from any data set. Each list: texts with one ASSAULT
event (``ONE``) or two (``TWO``)."""

from __future__ import annotations

WHEN_ONE = [
    "Four people were killed and six others hurt when masked gunmen burst into a bar in Tumaco "
    "on Friday night and opened fire, police said.",
    "Two farmers were killed and three others wounded when bandits rode into a market near "
    "Gusau and fired at traders.",
    "Nine pilgrims were killed and 20 others injured when militants stopped a bus near Reasi "
    "and sprayed it with bullets.",
    "A guard was killed and two nurses hurt when armed men broke into a clinic in Kismayo and "
    "shot at the staff.",
    "Three students were killed and five others wounded when a gunman walked into a lecture "
    "hall in Prague and opened fire.",
    "Five miners were killed and eight others injured when gunmen surrounded a camp near "
    "Segovia and fired on the workers.",
    "Six villagers were killed and a dozen others wounded when raiders entered Kuru at dawn "
    "and fired on the crowd.",
    "Two officers were killed and four others wounded when attackers drove up to a checkpoint "
    "near Tillaberi and threw grenades.",
    "A boy was killed and his father injured when soldiers stopped their car outside Hebron and "
    "opened fire.",
    "Eleven people were killed and 30 others wounded when fighters seized a hill above Kalehe "
    "and shelled the town.",
]
WHEN_TWO = [
    "Two farmers were killed by police on Monday and three others wounded when bandits fired "
    "at traders near Gusau on Friday.",
    "Police killed two robbers and guards wounded a third when gunmen opened fire at a bank in "
    "Kisumu.",
]
ADDING_ONE = [
    "Troops clashed with rebels near Beni on Monday, the army said in a statement, adding that "
    "nine rebels were killed.",
    "Police fought a gang in Duque de Caxias on Thursday, the ministry said, adding that four "
    "suspects were killed and two officers wounded.",
    "Gunmen attacked a village near Bunia on Sunday, officials said, adding that 12 civilians "
    "were killed.",
    "The army said troops clashed with bandits near Birnin Gwari, adding that 14 bandits were "
    "killed.",
    "Militants raided a police post in Tank overnight, a police official said, adding that "
    "three constables were injured.",
    "Rebels shelled the outskirts of Kidal on Wednesday, the governor said, adding that six "
    "people were wounded.",
    "Soldiers ambushed a rebel column near Mutarule, the spokesman said, adding that 20 "
    "fighters were killed.",
    "Pirates attacked a fishing boat off Eyl on Monday, the coast guard said, adding that two "
    "sailors were hurt.",
    "Drones struck an oil depot in Novorossiysk, the governor said, adding that two workers "
    "were injured.",
    "Insurgents stormed a school near Maiduguri, the police said, adding that a teacher was "
    "killed.",
]
ADDING_TWO = [
    "Troops clashed with rebels near Beni on Monday, the army said, adding that two soldiers "
    "were killed in a separate ambush near Butembo.",
    "Gunmen attacked a village near Bunia on Sunday, officials said, adding that 12 civilians "
    "were killed in an attack on Saturday.",
    "Police fought a gang in Duque de Caxias on Thursday, the ministry said, adding that "
    "soldiers killed four suspects in Niteroi.",
]
LEAVING_ONE = [
    "Police fired rubber bullets at strikers in Ashulia on Monday, leaving at least 20 workers "
    "injured, a union said.",
    "Troops fired live rounds at marchers in Myitkyina, leaving five people wounded.",
    "A mob attacked a bus depot in Kano on Friday, leaving two drivers injured.",
    "Riot police charged a sit-in at the university in Belgrade, leaving 12 students hurt.",
    "Gunmen opened fire on a minibus near Mubi, leaving four passengers wounded, residents said.",
    "Militants shelled a camp near Goma overnight, leaving nine displaced people injured.",
    "Soldiers stormed a hospital ward in Wad Madani, leaving three nurses wounded.",
    "Protesters threw rocks at officers outside the courthouse in Tbilisi, leaving seven "
    "officers injured.",
    "Fighters fired rockets at a market in Kadugli on Tuesday, leaving 11 shoppers wounded.",
    "Guards beat inmates in a prison in Cebu, leaving two prisoners badly hurt.",
]
LEAVING_TWO = [
    "Police fired rubber bullets at strikers in Ashulia on Monday, leaving the scene before a "
    "bomb attack in Savar left five guards injured.",
    "Troops fired live rounds at marchers in Myitkyina on Sunday, and a grenade attack in "
    "Bhamo on Monday left five people wounded.",
]
DOER_ONE = [
    "A man who fired a rifle into a crowded cafe in Leeds, wounding two customers, has been "
    "jailed for 15 years.",
    "A woman who stabbed a neighbour in Luton, injuring him badly, was jailed on Friday.",
    "A teenager who shot at a bus in Croydon, hurting the driver, was sentenced on Monday.",
    "A driver who rammed a crowd in Graz, killing three people, has been convicted.",
    "A gunman who opened fire at a school in Vantaa, wounding a pupil, was arrested on Tuesday.",
    "A soldier who fired on protesters in Tamale, killing a student, was detained on Sunday.",
    "A man who attacked a guard at a bank in Mombasa, wounding him, was caught on Monday.",
    "An inmate who assaulted a warder in Pretoria, injuring her, was moved to another prison.",
    "A farmer who shot at a ranger near Nanyuki, wounding him in the leg, was remanded.",
    "A youth who threw a petrol bomb at a police van in Derry, injuring two officers, was "
    "jailed for six years.",
]
DOER_TWO = [
    "A man who fired a rifle into a crowded cafe in Leeds was jailed, and a woman was wounded "
    "by a gunman in York.",
    "A woman who stabbed a neighbour in Luton was jailed on Friday, and a guard was killed in "
    "a separate attack in Watford.",
]
