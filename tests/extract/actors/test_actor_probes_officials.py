"""Probe articles for issue 19, item 3 (session 27; made up, not from any data set): officials
and agencies found in running text by the whole pipeline (real model, real lexicons) and coded
with their sector and country. One list per error class; each ends with near neighbours that
must keep their coding (or stay no actor)."""

from __future__ import annotations

import pytest

from samples import actor_named
from sitrep.extract.actors.code import code_actor
from sitrep.records import Article


def _code(pipeline, text: str, name: str, source: str | None = None,
          url: str | None = None) -> tuple[str, str | None]:
    actor = actor_named(pipeline, text, name, "2023-06-14", source, url)
    return actor.country or "", actor.sector


def _texts(pipeline, text: str) -> list[str]:
    article = Article(text=text, published=None)
    return [a.text for a in pipeline.process(article).actors]


# 1. a title written before a name, in full or abbreviated (AP style), codes the person
TITLED = [
    ("Gov. Marta Oyelaran signed the emergency order on Tuesday.", "Marta Oyelaran", "GOV"),
    ("Lt. Gov. Dale Farrow vetoed the spending bill.", "Dale Farrow", "GOV"),
    ("Sen. Hollis Brennan blocked the nomination.", "Hollis Brennan", "LEG"),
    ("Rep. Corinne Vasko accused the agency of lying.", "Corinne Vasko", "LEG"),
    ("State Sen. Idris Kamau was arrested on bribery charges.", "Idris Kamau", "LEG"),
    ("Assemblywoman Tova Rennick condemned the shooting.", "Tova Rennick", "LEG"),
    ("Councilman Brody Halvorsen was charged with fraud.", "Brody Halvorsen", "GOV"),
    ("District Attorney Lena Oduya charged the driver with murder.", "Lena Oduya", "JUD"),
    ("Det. Omar Lindqvist said the suspect was arrested at his home.", "Omar Lindqvist",
     "COP"),
    ("Detective Sergeant Fenna Doyle said two men were arrested.", "Fenna Doyle", "COP"),
    ("Police Chief Ramon Ostrova said the gunman was shot dead.", "Ramon Ostrova", "COP"),
    ("Sheriff Colby Raines said deputies arrested the man.", "Colby Raines", "COP"),
    ("Chief Constable Aileen Marsh apologised for the raid.", "Aileen Marsh", "COP"),
    ("Coroner Bettina Okafor ruled the death a homicide.", "Bettina Okafor", "JUD"),
    ("Former Gov. Marta Oyelaran was indicted on Tuesday.", "Marta Oyelaran", "ELI"),
    # near neighbours: titles that were already read, and companies' officers
    ("Mayor Pilar Quintero announced a curfew after the riots.", "Pilar Quintero", "GOV"),
    ("Judge Anselm Varga denied bail to the suspects.", "Anselm Varga", "JUD"),
    ("Prosecutor Edda Lindahl asked for a ten-year sentence.", "Edda Lindahl", "JUD"),
    ("Attorney General Rufus Okonjo filed charges against the firm.", "Rufus Okonjo", "JUD"),
    ("Gen. Tariq Bensalem said the rebels had withdrawn.", "Tariq Bensalem", "MIL"),
    ("Former president Luis Ortuzar was arrested at the airport.", "Luis Ortuzar", "ELI"),
    ("The firm's chief financial officer, Greta Holm, resigned after the raid.", "Greta Holm",
     "BUS"),
    ("CEO Marcus Vell said the strike would hurt exports.", "Marcus Vell", "BUS"),
    ("Chief executive officer Ines Marlow was questioned by police.", "Ines Marlow", "BUS"),
    ("The interior minister, Ana Szalai, said the border would close.", "Ana Szalai", "GOV"),
]


@pytest.mark.parametrize(("text", "name", "sector"), TITLED)
def test_a_title_before_a_name_codes_the_person(pipeline, text: str, name: str,
                                                sector: str) -> None:
    assert _code(pipeline, text, name)[1] == sector


# 2. ranks that police forces and armies share take the sector of the body in the phrase, else
# of the police or army the sentences around them name, else a default ("Officer" and
# "Trooper" before a name are police; a sergeant or a lieutenant is a soldier)
RANKS = [
    ("Police said a gunman shot two people in Dayton. Sgt. Kevin Dorsey said the suspect fled.",
     "Kevin Dorsey", "COP"),
    ("The sheriff's office said Lt. Mara Ellison was hurt during the arrest.", "Mara Ellison",
     "COP"),
    ("Police Sgt. Ann Coleridge said the driver fled the scene.", "Ann Coleridge", "COP"),
    ("NYPD officers arrested three men after the shooting.", "NYPD", "COP"),
    ("Police said two officers were shot during the traffic stop in Toledo.", "officers", "COP"),
    ("Sheriff Colby Raines said deputies arrested two men after the robbery.", "deputies", "COP"),
    ("The sheriff's office said Deputy Ana Ruiz was shot during a traffic stop.", "Ana Ruiz",
     "COP"),
    ("Officer Ryan Pike fired two shots at the fleeing car.", "Ryan Pike", "COP"),
    ("Trooper Jake Milner stopped the car on the interstate.", "Jake Milner", "COP"),
    ("The State Duma passed the bill on Tuesday. Deputy Ivan Sokolenko said the law was "
     "needed to stop the protests.", "Ivan Sokolenko", "LEG"),
    # near neighbours: the army around a rank, and bodies of fixed sector
    ("Troops shelled the village overnight. Sgt. Kevin Dorsey said two soldiers were wounded.",
     "Kevin Dorsey", "MIL"),
    ("The army said two officers were killed in the ambush near Kidal.", "officers", "MIL"),
    ("Army Capt. Ben Ruiz said the convoy was hit by a roadside bomb.", "Ben Ruiz", "MIL"),
    ("Sgt. Kevin Dorsey was wounded in the ambush.", "Kevin Dorsey", "MIL"),
    ("Lt. Col. Omar Haddad said the battalion had retaken the bridge.", "Omar Haddad", "MIL"),
    ("Army officers arrested the president in a coup on Monday.", "officers", "MIL"),
    ("Police officers fired tear gas at the protesters in Nairobi.", "officers", "COP"),
    ("Rebel commanders said they had seized the town.", "commanders", "REB"),
    ("Deputy Minister Oleh Hrytsak visited the front on Tuesday.", "Oleh Hrytsak", "GOV"),
    ("Deputy Prime Minister Lina Haddad resigned after the protests.", "Lina Haddad", "GOV"),
]


@pytest.mark.parametrize(("text", "name", "sector"), RANKS)
def test_a_rank_police_and_armies_share_takes_the_sector_the_article_gives_it(
        pipeline, text: str, name: str, sector: str) -> None:
    assert _code(pipeline, text, name)[1] == sector


# 3. police and justice agencies and their abbreviations
AGENCIES = [
    ("The NYPD arrested three men after the shooting in Brooklyn.", "NYPD", "USA", "COP"),
    ("The LAPD said the suspect was armed when officers shot him.", "LAPD", "USA", "COP"),
    ("ICE detained 40 workers in a raid on the plant.", "ICE", "USA", "COP"),
    ("CBP officers seized the truck at the border crossing.", "CBP", "USA", "COP"),
    ("US Marshals arrested the fugitive in Tulsa.", "Marshals", "USA", "COP"),
    ("The Secret Service arrested a man who climbed the fence.", "Secret Service", "USA", "COP"),
    ("The Justice Department charged the company with fraud.", "Justice Department", "USA",
     "JUD"),
    ("The Garda arrested two men after the shooting in Dublin.", "Garda", "IRL", "COP"),
    ("The RCMP said the gunman was shot dead by officers.", "RCMP", "CAN", "COP"),
    ("The Carabineros dispersed the protesters with water cannon.", "Carabineros", "CHL", "COP"),
    ("The Guardia Civil arrested eight smugglers on the coast.", "Guardia Civil", "ESP", "COP"),
    ("SAPS said the suspects were shot dead in a shootout.", "SAPS", "ZAF", "COP"),
    ("The Texas Department of Public Safety arrested 30 migrants.", "Department of Public",
     "USA", "COP"),
    ("The Department of Corrections said the inmate escaped on Sunday.",
     "Department of Corrections", "", "COP"),
    ("The Prison Service said two guards were attacked.", "Prison Service", "", "COP"),
    # near neighbours: agencies that were already known, and bodies named by a country
    ("The FBI opened an investigation into the bombing.", "FBI", "USA", "COP"),
    ("ATF agents searched the house for explosives.", "ATF", "USA", "COP"),
    ("The DEA seized two tonnes of cocaine in the raid.", "DEA", "USA", "COP"),
    ("Scotland Yard arrested a man over the attack.", "Scotland Yard", "GBR", "COP"),
    ("Nigerian police arrested twelve protesters in Lagos.", "police", "NGA", "COP"),
    ("The CIA was accused of running secret prisons.", "CIA", "USA", "SPY"),
    ("Kenyan police fired tear gas at the marchers.", "police", "KEN", "COP"),
    ("Interpol issued a notice for the fugitive's arrest.", "Interpol", "IGO", "COP"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), AGENCIES)
def test_police_and_justice_agencies_are_coded(pipeline, text: str, name: str, country: str,
                                               sector: str) -> None:
    assert _code(pipeline, text, name) == (country, sector)


def test_ice_in_lower_case_is_no_agency(pipeline) -> None:
    assert not any("ice" in t.lower() for t in _texts(
        pipeline, "The ice on the road caused the crash that killed two people."))


# 4. a state body named without a country is the article's country's (its places), else the
# publication's; not the military, which deploys abroad, and not a person
BODIES = [
    ("Riots broke out in Lagos and Kano. The Interior Ministry said 40 people were arrested in "
     "Lagos.", "Interior Ministry", "NGA", "GOV", None, None),
    ("Gunmen attacked a bus near Quetta and in Turbat. The prosecutor's office said five men "
     "were charged in Quetta.", "prosecutor's office", "PAK", "JUD", None, None),
    ("A bomb exploded in Cali and another in Medellin. The Fiscalia charged three men in "
     "Cali.", "Fiscalia", "COL", "JUD", None, None),
    ("Protesters clashed with police in Szeged and Debrecen. The police arrested 30 people in "
     "Szeged.", "police", "HUN", "COP", None, None),
    ("Floods hit Chittagong and Sylhet. The government said 20 people were killed in "
     "Chittagong.", "government", "BGD", "GOV", None, None),
    ("Gunmen killed six people in Guerrero and Michoacan. The Supreme Court ordered an inquiry "
     "into the killings in Guerrero.", "Supreme Court", "MEX", "JUD", None, None),
    ("The Treasury imposed new sanctions on the company.", "Treasury", "GBR", "GOV",
     "The London Evening Chronicle", None),
    ("State police arrested the driver after the chase.", "police", "USA", "COP", None,
     "https://www.dailynews.example.us/local"),
    ("The Finance Ministry said the prisoners were released.", "Finance Ministry", "HUN",
     "GOV", None, "https://www.hirek.example.hu/belfold"),
    ("The parliament voted to extend the state of emergency.", "parliament", "KEN", "LEG",
     "The Nairobi Star", None),
]


@pytest.mark.parametrize(("text", "name", "country", "sector", "source", "url"), BODIES)
def test_a_state_body_without_a_country_is_the_articles(pipeline, text: str, name: str,
                                                        country: str, sector: str,
                                                        source: str | None,
                                                        url: str | None) -> None:
    assert _code(pipeline, text, name, source, url) == (country, sector)


# near neighbours: troops and people keep no country of their own; a body named with a country
# keeps it
BODY_NEIGHBOURS = [
    ("Riots broke out in Lagos and Kano. Troops were deployed to Kano.", "Troops", "", "MIL"),
    ("Riots broke out in Lagos and Kano. A lawyer for the victims said 40 people were arrested.",
     "lawyer", "", "JUD"),
    ("Riots broke out in Lagos and Kano. Officials said 40 people were arrested.", "Officials",
     "", "GOV"),
    ("Riots broke out in Lagos and Kano. The French Interior Ministry said two French citizens "
     "were arrested.", "French Interior Ministry", "FRA", "GOV"),
    ("Riots broke out in Lagos and Kano. Ghana's parliament condemned the violence.",
     "parliament", "GHA", "LEG"),
    ("Riots broke out in Lagos and Kano. The US Justice Department charged two Nigerians with "
     "fraud.", "US Justice Department", "USA", "JUD"),
    ("Riots broke out in Lagos and Kano. The army said 40 people were arrested.", "army", "",
     "MIL"),
    ("Riots broke out in Lagos and Kano. Soldiers arrested 40 people in Kano.", "Soldiers", "",
     "MIL"),
    ("Riots broke out in Lagos and Kano. Kenyan police arrested two Nigerians in Nairobi.",
     "police", "KEN", "COP"),
    ("Riots broke out in Lagos and Kano. The UN Security Council condemned the killings.",
     "Security Council", "UNO", "IGO"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), BODY_NEIGHBOURS)
def test_troops_people_and_bodies_named_with_a_country_keep_their_coding(
        pipeline, text: str, name: str, country: str, sector: str) -> None:
    assert _code(pipeline, text, name) == (country, sector)


# near neighbours of the abbreviated titles: a known name whose last word is also an
# abbreviation ("Sen.", "Gen.") keeps its person at the end of a sentence
SENTENCE_END_NAMES = [
    ("Opposition parties formed an alliance to oppose Hun Sen.", "Hun Sen", "KHM"),
    ("Thousands marched in Phnom Penh against Hun Sen. Police fired tear gas.", "Hun Sen",
     "KHM"),
]


@pytest.mark.parametrize(("text", "name", "country"), SENTENCE_END_NAMES)
def test_a_name_ending_a_sentence_is_not_read_as_an_abbreviated_title(
        pipeline, text: str, name: str, country: str) -> None:
    actor = actor_named(pipeline, text, name, "2023-06-14")
    assert (actor.text, actor.country) == (name, country)


# 5. the same for an isolated phrase with its context (NGEC's cases, ``sitrep eval actors``)
ISOLATED = [
    ("Officer Ryan Pike", "", "", "COP"),
    ("Trooper Dale Cole", "", "", "COP"),
    ("Sgt. Ali Musa", "Police said the gunman was arrested by the sheriff.", "", "COP"),
    ("Lt. Nora Bakr", "The police department said two officers were hurt.", "", "COP"),
    ("Deputy Ana Ruiz", "The sheriff's office said the driver fled.", "", "COP"),
    ("Deputy Ivan Sokolenko", "The State Duma passed the bill.", "RUS", "LEG"),
    ("Police Sgt. Ann Coleridge", "", "", "COP"),
    ("NYPD officers", "", "USA", "COP"),
    ("Gov. Marta Oyelaran", "", "", "GOV"),
    ("Sen. Hollis Brennan", "", "", "LEG"),
    # near neighbours: soldiers by default and in a war, bodies of fixed sector
    ("Sgt. Ali Musa", "", "", "MIL"),
    ("Officer Ryan Pike", "Troops shelled the village and the army said two were killed.", "",
     "MIL"),
    ("Army Capt. Ben Ruiz", "", "", "MIL"),
    ("officers", "", "", "MIL"),
    ("troopers", "", "", "MIL"),
    ("army officers", "", "", "MIL"),
    ("police officers", "", "", "COP"),
    ("the deputy", "", "", "GOV"),
    ("Former Sgt. Ann Coleridge", "Police said the suspect fled.", "", "ELI"),
    ("Rebel commanders", "", "", "REB"),
]


@pytest.mark.parametrize(("phrase", "context", "country", "sector"), ISOLATED)
def test_an_isolated_rank_takes_its_sector_from_its_phrase_and_context(
        phrase: str, context: str, country: str, sector: str) -> None:
    assert code_actor(phrase, context) == (country, sector)


# 6. a body named after a state, province or city of several words takes the whole name and
# its country (GeoNames: "Borno State", "Mexico City", "Andhra Pradesh")
PLACE_BODIES = [
    ("Borno State police said the attackers were killed.", "police", "NGA", "COP"),
    ("The Kano State government imposed a curfew after the clashes.", "government", "NGA",
     "GOV"),
    ("Rivers State police arrested six cultists on Sunday.", "police", "NGA", "COP"),
    ("Mexico City police arrested three suspects after the shooting.", "police", "MEX", "COP"),
    ("The Andhra Pradesh government ordered an inquiry into the deaths.", "government", "IND",
     "GOV"),
    ("Uttar Pradesh police fired tear gas at the protesters.", "police", "IND", "COP"),
    ("The Madhya Pradesh government suspended two officers.", "government", "IND", "GOV"),
    ("Quezon City police arrested the gunman on Monday.", "police", "PHL", "COP"),
    ("Lagos State police said two robbers were shot dead.", "police", "NGA", "COP"),
    ("The Zamfara State government paid the kidnappers, officials said.", "government", "NGA",
     "GOV"),
    # near neighbours: one-word places and bodies that were already read
    ("Sindh police arrested the suspects in Karachi.", "police", "PAK", "COP"),
    ("Ohio lawmakers passed the bill on Tuesday.", "lawmakers", "USA", "LEG"),
    ("Kyiv police said the blast killed two people.", "police", "UKR", "COP"),
    ("Shanghai police detained the protesters.", "police", "CHN", "COP"),
    ("The Texas Supreme Court blocked the law.", "Supreme Court", "USA", "JUD"),
    ("The Bavarian interior ministry banned the march.", "ministry", "DEU", "GOV"),
    ("The Queensland Police Service said two men were charged.", "Police Service", "AUS",
     "COP"),
    ("The Ontario Provincial Police arrested the driver.", "Police", "CAN", "COP"),
    ("The Lahore High Court ordered the release of the journalist.", "Court", "PAK", "JUD"),
    ("Delhi police arrested four men after the riot.", "police", "IND", "COP"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), PLACE_BODIES)
def test_a_body_named_after_a_place_of_several_words_takes_its_country(
        pipeline, text: str, name: str, country: str, sector: str) -> None:
    assert _code(pipeline, text, name) == (country, sector)
