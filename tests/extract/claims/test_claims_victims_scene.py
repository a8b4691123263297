"""Made-up probes for session 36 (issue 19: victims of casualty claims on unseen text), written
before the change (26 of the 47 rows failed on the code before: 10 of 19 ranks, 9 of 17 at
a protest, 7 of 11 coordinated; no neighbour failed), one table per error class, each with
neighbours that must keep what they had:

1. ranks that police and armies both have ("officers", "recruits", "cadets", "personnel",
   "guards") with no word of their own for their force: of the one force the sentence names
   ("Rioters stoned police, injuring 12 officers": police; "a bomb hit an army academy,
   killing 14 cadets": military); both forces named, or a modifier, decide as before;
2. people harmed by fire on a protest are protesters ("Troops opened fire on demonstrators,
   killing a student"; "detained 40 activists as they tried to march"), not bystanders,
   reporters or officers, nor people harmed by fire on anything else; bare "people" and bare
   figures with no object of the act naming people (session 38) stay unknown (the guidelines' rule; the dev look part's gold agrees);
3. a bare figure coordinated with a figure of people takes their kind ("killing 12
   worshippers and wounding more than 50"; "Eleven miners were killed and about 30
   injured").

Each row: (text, outcome, low figure or None for a vague one, victims).
"""

from __future__ import annotations

import pytest

from samples import one_claim

K, J, A, R, C = "killed", "injured", "abducted", "arrested", "casualties"

RANKS = [
    ("Rioters stoned police in Mombasa, injuring 12 officers.", J, 12, "police"),
    ("A bomb went off outside a police academy in Quetta, killing 9 recruits.", K, 9, "police"),
    ("Gunmen attacked a police checkpoint near Mardan, wounding three officers.", J, 3, "police"),
    ("Protesters clashed with riot police in Santiago, and 40 officers were hurt.", J, 40, "police"),
    ("Three officers were wounded when a mob attacked a police station in Dhaka.", J, 3, "police"),
    ("A suicide bomber struck a police training school in Kabul, killing 14 cadets.", K, 14, "police"),
    ("Police in Lima detained 30 people, and the interior ministry said 11 officers were injured.", J, 11, "police"),
    ("Militants attacked a police convoy near Bannu, killing six personnel.", K, 6, "police"),
    ("Two guards were shot dead at a police post in Bajaur.", K, 2, "police"),
    ("A grenade was thrown into a police compound in Srinagar, wounding five trainees.", J, 5, "police"),
    ("A bomb hit an army academy in Kabul, killing 14 cadets.", K, 14, "military"),
    ("Insurgents ambushed a navy patrol off Palma, wounding seven personnel.", J, 7, "military"),
    # neighbours
    ("Militants attacked an army convoy near Bannu, killing six personnel.", K, 6, "military"),
    ("Three officers were wounded when militants attacked a military base.", J, 3, "military"),
    ("Soldiers and police came under fire in Tillaberi, and four officers were killed.", K, 4, "military"),
    ("Five army officers were killed near the police station.", K, 5, "military"),
    ("Two police officers were killed in Kandahar.", K, 2, "police"),
    ("Four border guards were wounded near the police post.", J, 4, "military"),
    ("Three officers of the republican guard were killed near the police station.", K, 3, "military"),
]

CROWD = [
    ("Troops opened fire on demonstrators in Bamako, killing a 19-year-old student.", K, 1, "protester"),
    ("Soldiers fired tear gas and live rounds at protesters in Omdurman, killing three students and injuring dozens.", K, 3, "protester"),
    ("Police in Harare detained 40 opposition activists as they tried to march on parliament.", R, 40, "protester"),
    ("Troops fired at a crowd protesting the election result, killing and wounding about 25 students.", C, 25, "protester"),
    ("Riot police charged the demonstrators in Tbilisi, injuring 14 pensioners.", J, 14, "protester"),
    ("Security forces fired live rounds into a rally in Conakry, killing two youths.", K, 2, "protester"),
    ("Police fired rubber bullets at marchers in Santiago, wounding at least 30 students.", J, 30, "protester"),
    ("Gendarmes fired on students protesting fee rises in Dakar, killing one student and wounding four.", J, 4, "protester"),
    ("Police detained 25 farmers as they tried to march to the capital.", R, 25, "protester"),
    # neighbours
    ("Police fired on protesters in Lagos, wounding two journalists.", J, 2, "journalist"),
    ("Riot police charged the demonstrators in Tbilisi, injuring 14 people.", J, 14, "unknown"),
    # session 38 (the lead's convention): a bare figure takes the kind of the act's object
    ("Police fired rubber bullets at marchers in Santiago, wounding at least 30.", J, 30, "protester"),
    ("Gunmen fired on a wedding party in Kano, killing six guests.", K, 6, "civilian"),
    ("Troops fired on a convoy near Kidal, killing four people.", K, 4, "unknown"),
    ("Police fired on protesters in Lagos, wounding a bystander.", J, 1, "civilian"),
    ("Police detained 25 farmers as they tried to flee to the capital.", R, 25, "civilian"),
    ("Protesters stoned a police post in Lahore, injuring four policemen.", J, 4, "police"),
]

COORDINATED = [
    ("Gunmen raided a church, killing 12 worshippers and wounding more than 50.", J, 50, "civilian"),
    ("Eleven miners were killed and about 30 injured in the blast.", J, 30, "civilian"),
    ("The strike killed four soldiers and wounded six.", J, 6, "military"),
    ("Rebels ambushed the convoy, killing nine policemen and wounding 14.", J, 14, "police"),
    ("Twenty pilgrims died and 45 were hurt when the bus overturned.", J, 45, "civilian"),
    ("The airstrike killed 30 militants and injured 12, the army said.", J, 12, "militant"),
    ("Seven protesters were shot dead and some 60 wounded in Mandalay.", J, 60, "protester"),
    ("Gunmen killed six farmers and abducted 20 near Zurmi.", A, 20, "civilian"),
    # neighbours
    ("Gunmen raided a church, killing 12 people and wounding more than 50.", J, 50, "unknown"),
    ("Gunmen raided a church, killing 12 worshippers and wounding more than 50 people.", J, 50, "unknown"),
    ("The strike killed four soldiers and wounded six civilians.", J, 6, "civilian"),
]


# 4. (added after the first three; 10 of the 13 rows failed on the code before, no neighbour)
# "N of them" with no claim before it in the sentence: the last plural noun of people before
# it that is not an agent nor a speaker, in its sentence or the one before; "two more" after a
# count of people: those people
PARTITIVE = [
    ("Nine fishermen were ambushed near Lake Albert; four of them were shot dead.", K, 4, "civilian"),
    ("Troops drove the rebels out of Beni, killing 25 of them and capturing six others.", K, 25, "militant"),
    ("Troops drove the rebels out of Beni, killing 25 of them and capturing six others.", R, 6, "militant"),
    ("Gunmen stormed a hostel and abducted 30 students. Officials said three of them were found dead.", K, 3, "civilian"),
    ("Gunmen stormed a hostel and abducted 30 students. Police said 12 of them had escaped and three of them were found dead.", K, 3, "civilian"),
    ("Villagers fought off the bandits, killing 12 of them.", K, 12, "militant"),
    ("Forty pilgrims were stranded by the floods near Kedarnath; six of them drowned.", K, 6, "civilian"),
    ("Police intercepted a boat carrying migrants off Lesbos and detained 14 of them.", R, 14, "civilian"),
    ("An explosion at a quarry killed 11 workers, officials said, and two more died in hospital.", K, 2, "civilian"),
    ("A bus crash killed 14 pilgrims near Jammu, and two more died on the way to hospital.", K, 2, "civilian"),
    # neighbours
    ("Soldiers raided the village, killing ten of them.", K, 10, "unknown"),
    ("Militants attacked the village, and residents said five of them were killed.", K, 5, "unknown"),
    ("An explosion at a quarry killed 11 people, officials said, and two more died in hospital.", K, 2, "unknown"),
]


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), [
    pytest.param(*row, id=f"{row[0][:45]}-{row[1]}{row[2]}") for row in RANKS + CROWD + COORDINATED + PARTITIVE])
def test_victims_from_the_scene(pipeline, text, outcome, low, victims):
    claim = one_claim(pipeline, text, outcome, low, vague=True, high=True)
    assert claim.victims == victims
