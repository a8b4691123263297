"""Probe sentences (made up for these tests, not taken from any data set) for the error classes
of toponym resolution on unseen news (issue 19, item 5): the home region of a local source,
districts and villages, facilities placed in their town, and a famous place kept over an
obscure namesake unless the context is strong. Every sentence is parsed and the span of the
named place is resolved with the other places found, as ``sitrep eval geo`` scores a gold span;
it must lie within 161 km of the expected point."""

from __future__ import annotations

import pytest

from samples import resolved_place
from sitrep.extract.places.mention import km


def _open(*row, why: str):
    """A probe the resolver still gets wrong (kept to measure the class; not a regression)."""
    return pytest.param(*row, marks=pytest.mark.xfail(reason=why, strict=False))


PERTH_SCO, HAMILTON_NZ, HAMILTON_ON = (56.40, -3.43), (-37.79, 175.28), (43.25, -79.85)
HALIFAX_UK, HALIFAX_NS, KINGSTON_ON = (53.72, -1.86), (44.65, -63.58), (44.23, -76.48)
NEWCASTLE_NSW, NEWCASTLE_UK, VICTORIA_BC = (-32.93, 151.78), (54.97, -1.61), (48.43, -123.37)
WINDSOR_ON, WINDSOR_UK, DUBLIN_IE = (42.30, -83.02), (51.48, -0.61), (53.34, -6.27)
WATERLOO_ON, DURHAM_UK, PETERBOROUGH_ON = (43.47, -80.52), (54.78, -1.57), (44.30, -78.32)
RICHMOND_BC, LAUNCESTON_UK, HASTINGS_NZ = (49.17, -123.14), (50.64, -4.36), (-39.64, 176.84)
NELSON_NZ, BANGOR_NI = (-41.27, 173.28), (54.65, -5.67)

# the source's country (its web address) and the article's own places decide
HOME_REGION = [
    ("A man from Perth was fined after a crash on the A9, the court heard.", "Perth",
     PERTH_SCO, "https://www.thecourier.co.uk/news/local/123"),
    ("Flooding closed two roads near Perth overnight, the council said.", "Perth", PERTH_SCO,
     "https://www.dailyrecord.co.uk/news/scottish-news/1"),
    ("Police in Dundee and Perth arrested four men after the match.", "Perth", PERTH_SCO, None),
    ("Residents of Hamilton were told to boil their water until Friday.", "Hamilton",
     HAMILTON_NZ, "https://www.nzherald.co.nz/nz/story-1"),
    ("A fire at a warehouse in Hamilton injured two workers on Monday.", "Hamilton",
     HAMILTON_ON, "https://www.thespec.ca/news/2020/01/02/fire.html"),
    ("Two teenagers from Halifax were charged with burglary.", "Halifax", HALIFAX_UK,
     "https://www.examinerlive.co.uk/news/local-news/1"),
    ("The ferry from Halifax was cancelled because of high winds.", "Halifax", HALIFAX_NS,
     "https://www.cbc.ca/news/canada/nova-scotia/ferry-1.2"),
    ("Students in Kingston returned to class after the strike ended.", "Kingston",
     KINGSTON_ON, "https://www.thewhig.ca/news/local-news/students"),
    ("A new hospital wing opened in Newcastle on Tuesday.", "Newcastle", NEWCASTLE_NSW,
     "https://www.theherald.com.au/story/1/"),
    _open("Thousands marched through Newcastle against the cuts.", "Newcastle", NEWCASTLE_UK,
     "https://www.chroniclelive.co.uk/news/north-east-news/1",
          why='the main name is Newcastle upon Tyne'),
    _open("Protesters gathered outside the legislature in Victoria on Saturday.", "Victoria",
     VICTORIA_BC, "https://www.timescolonist.com.ca/news/local/1",
          why='the Australian state outweighs a Canadian source'),
    ("A car plant in Windsor will cut 500 jobs, the union said.", "Windsor", WINDSOR_ON,
     "https://windsorstar.ca/news/local-news/plant"),
    ("Crowds lined the streets of Windsor for the royal wedding.", "Windsor", WINDSOR_UK,
     "https://www.bbc.co.uk/news/uk-england-berkshire-1"),
    ("Rents in Dublin rose by 8% last year, the report found.", "Dublin", DUBLIN_IE,
     "https://www.irishtimes.ie/business/rents"),
    ("The university in Waterloo announced a new research centre.", "Waterloo", WATERLOO_ON,
     "https://www.therecord.ca/news/waterloo-region/1"),
    ("Durham police said the missing woman had been found safe.", "Durham", DURHAM_UK,
     "https://www.northernecho.co.uk/news/1/"),
    ("A bridge in Peterborough will close for repairs in June.", "Peterborough",
     PETERBOROUGH_ON, "https://www.thepeterboroughexaminer.ca/news/bridge"),
    ("Richmond council approved the new housing plan.", "Richmond", RICHMOND_BC,
     "https://www.richmond-news.ca/local-news/plan"),
    ("Launceston market will reopen next week, traders said.", "Launceston", LAUNCESTON_UK,
     "https://www.cornwalllive.co.uk/news/cornwall-news/1"),
    _open("Heavy rain flooded homes in Hastings and Napier overnight.", "Hastings", HASTINGS_NZ,
     None,
          why='a NZ town pair without a source'),
    ("A court in Nelson jailed the driver for six months.", "Nelson", NELSON_NZ,
     "https://www.stuff.co.nz/national/crime/1"),
    ("Bangor and Belfast both reported record visitor numbers.", "Bangor", BANGOR_NI, None),
]

# sections of cities, London boroughs and villages
DISTRICTS = [
    ("Police raided a house in Botafogo, in the south of Rio de Janeiro.", "Botafogo",
     (-22.95, -43.18)),
    ("Gunmen opened fire in Cité Soleil, a slum of Port-au-Prince.", "Cité Soleil",
     (18.58, -72.33)),
    ("A teenager was stabbed in Hackney, east London, on Friday.", "Hackney", (51.55, -0.06)),
    ("Lambeth council said the estate would be rebuilt.", "Lambeth", (51.46, -0.12)),
    ("Islington residents protested against the closure of the library.", "Islington",
     (51.54, -0.10)),
    ("Flats in Croydon were evacuated after the fire.", "Croydon", (51.38, -0.10)),
    ("The rally moved from Camden Town to Trafalgar Square.", "Camden Town", (51.54, -0.14)),
    ("Trams will run again from Toton to Nottingham next month.", "Toton", (52.91, -1.26)),
    ("Shelling hit the Saltivskyi district of Kharkiv overnight.", "Saltivskyi",
     (50.03, 36.30)),
    _open("Residents of Amsterdam-Noord complained about the noise.", "Amsterdam-Noord",
     (52.39, 4.92),
          why='not in the gazetteer'),
    ("Troops were flown out of Bagram, north of Kabul.", "Bagram", (34.95, 69.26)),
    ("Police cleared a camp in Palermo, a district of Buenos Aires.", "Palermo",
     (-34.59, -58.43)),
    ("Clashes broke out in Moadamiyeh, south-west of Damascus.", "Moadamiyeh",
     (33.46, 36.19)),
    ("The market in Brixton, south London, reopened on Monday.", "Brixton", (51.46, -0.11)),
    ("A bus crashed in Laferrere, in the west of Greater Buenos Aires.", "Laferrere",
     (-34.75, -58.59)),
    ("Villagers in Blyth, Northumberland, cleared the beach after the storm.", "Blyth",
     (55.13, -1.51)),
    ("Police were called to a house in Chilwell, near Nottingham.", "Chilwell",
     (52.92, -1.23)),
    ("A new school opened in Stapleford, Nottinghamshire.", "Stapleford", (52.93, -1.27)),
    ("Residents of Lobeda, a district of Jena, protested.", "Lobeda", (50.90, 11.60)),
    ("A gas leak forced the evacuation of Botafogo and Flamengo in Rio.", "Botafogo",
     (-22.95, -43.18)),
    ("Police closed roads in Greenwich, south-east London.", "Greenwich", (51.48, 0.00)),
]

# facilities placed in the town written with them, not in the article's main city
FACILITIES = [
    ("Police in Leeds said the injured man was taken to Pinderfields Hospital in Wakefield.",
     "Pinderfields Hospital", (53.68, -1.50)),
    ("Officials in Chicago said the flight landed safely at Greenfield Airport, near "
     "Peoria.", "Greenfield Airport", (40.69, -89.59)),
    ("A fan was hurt at Ashburn Stadium in Fresno, Sacramento police said.",
     "Ashburn Stadium", (36.74, -119.79)),
    ("The Denver team will play at Miller Field in Boulder next week.", "Miller Field",
     (40.01, -105.27)),
    ("Ministers in London said patients were moved to Victoria Infirmary Hospital in "
     "Glasgow.", "Victoria Infirmary Hospital", (55.86, -4.25)),
    ("Dallas police said the suspect was held at Cedar Street Jail, Waco.",
     "Cedar Street Jail", (31.55, -97.15)),
    _open("Troops in Kabul said the convoy reached Camp Shorab Airfield in Lashkar Gah.",
     "Camp Shorab Airfield", (31.59, 64.37),
          why='Lashkar Gah is not found'),
    ("In Sydney, officials said the plane diverted to Kingsford Smith Airport, then to "
     "Wollongong Regional Airport in Wollongong.", "Wollongong Regional Airport",
     (-34.42, 150.89)),
    ("The Atlanta company said its workers were treated at Grady Memorial Hospital in "
     "Macon.", "Grady Memorial Hospital", (32.84, -83.63)),
    _open("Manchester officials said the concert at Ellerby Arena, Sheffield, went ahead.",
     "Ellerby Arena", (53.38, -1.47),
          why='a made-up arena with no candidate and no town found'),
    ("Lagos police said the victims were taken to Riverside General Hospital in Ibadan.",
     "Riverside General Hospital", (7.38, 3.90)),
    ("Officials in Paris said the train was stopped at Saint-Roch Station in Montpellier.",
     "Saint-Roch Station", (43.61, 3.88)),
    ("The Toronto club signed a lease for Beacon Park Stadium in Ottawa.",
     "Beacon Park Stadium", (45.42, -75.70)),
    _open("A storm in Berlin delayed flights; the Lufthansa jet landed at Hahn Airport near "
     "Frankfurt.", "Hahn Airport", (50.11, 8.68),
          why='Frankfurt reads as Frankfurt (Oder)'),
    ("New York officials said the patients were moved to Maple Grove Hospital in Albany.",
     "Maple Grove Hospital", (42.65, -73.76)),
    ("In Houston, officials said the rodeo at Bayfront Arena, Corpus Christi, was "
     "cancelled.", "Bayfront Arena", (27.80, -97.40)),
    ("Nairobi police said the inmates escaped from Kodiaga Prison in Kisumu.",
     "Kodiaga Prison", (-0.10, 34.76)),
    _open("The Madrid government said migrants were held at Tarajal Centre in Ceuta.",
     "Tarajal Centre", (35.89, -5.32),
          why='Ceuta is not found'),
    _open("Officials in Boston said the game at Holloway Field in Worcester was postponed.",
     "Holloway Field", (42.26, -71.80),
          why='Worcester reads as Worcester, England'),
    ("Police in Delhi said the bodies were taken to Sawai Man Singh Hospital in Jaipur.",
     "Sawai Man Singh Hospital", (26.91, 75.79)),
]

# a famous place by its own name, in an article whose other places lie elsewhere
FAMOUS = [
    ("The Columbus firm opened an office in Moscow to sell tractors to Russian farmers.",
     "Moscow", (55.75, 37.62)),
    ("The Springfield choir sang in Venice and Florence during its tour of Italy.", "Venice",
     (45.44, 12.33)),
    ("A Dayton student won a scholarship to study at Cambridge in England.", "Cambridge",
     (52.20, 0.12)),
    ("The Ohio company flew its engineers to Paris for the air show.", "Paris",
     (48.86, 2.35)),
    ("The Texas governor met investors in London and Frankfurt last week.", "London",
     (51.51, -0.13)),
    ("Officials from Iowa travelled to Berlin to discuss wind turbines.", "Berlin",
     (52.52, 13.40)),
    ("The Kentucky band will play in Dublin and Belfast next month.", "Dublin",
     (53.34, -6.27)),
    ("A Georgia pastor was kidnapped in Lagos, Nigeria's largest city.", "Lagos",
     (6.45, 3.39)),
    ("The Indiana refinery buys crude from Baghdad under a new contract.", "Baghdad",
     (33.34, 44.40)),
    ("Two Alabama soldiers were wounded in Kandahar on Monday.", "Kandahar", (31.61, 65.71)),
    _open("The Michigan museum borrowed the paintings from Florence for a year.", "Florence",
     (43.77, 11.25),
          why='a state named beside it pulls the name to a small American namesake'),
    _open("A Maine fisherman's boat was towed to Halifax for repairs.", "Halifax",
     (44.65, -63.58),
          why='a state named beside it pulls the name to a small American namesake'),
    ("The Missouri team trained in Barcelona before the tournament.", "Barcelona",
     (41.39, 2.17)),
    _open("A Tennessee charity sent doctors to Athens to help refugees arriving from Turkey.",
     "Athens", (37.98, 23.73),
          why='a state named beside it pulls the name to a small American namesake'),
    _open("Wisconsin farmers sold cheese in Naples and Milan at the fair.", "Naples",
     (40.85, 14.27),
          why='a state named beside it pulls the name to a small American namesake'),
    ("An Oregon climber died while descending from Kathmandu's nearby peaks; his body was "
     "flown to Kathmandu.", "Kathmandu", (27.70, 85.32)),
    _open("The Arkansas company moved its Asian office from Manila to Bangkok.", "Manila",
     (14.60, 120.98),
          why='a state named beside it pulls the name to a small American namesake'),
    ("The Vermont orchestra will perform in Vienna and Salzburg.", "Vienna",
     (48.21, 16.37)),
    ("A Kansas wheat buyer signed a deal in Cairo with Egypt's grain agency.", "Cairo",
     (30.04, 31.24)),
    ("The Virginia delegation met Palestinian officials in Jerusalem.", "Jerusalem",
     (31.77, 35.22)),
    ("An Iowa pilot was detained in Havana after landing without a permit.", "Havana",
     (23.13, -82.38)),
]


@pytest.mark.parametrize("text,name,point,url", HOME_REGION)
def test_local_source_places_a_name_in_its_own_region(pipeline, text, name, point, url):
    choice = resolved_place(pipeline, text, name, url)
    assert km(choice, point) <= 161, (choice.name, choice.country, choice.admin1)


@pytest.mark.parametrize("text,name,point", DISTRICTS)
def test_city_sections_boroughs_and_villages_are_placed(pipeline, text, name, point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, (choice.name, choice.country, choice.admin1)


@pytest.mark.parametrize("text,name,point", FACILITIES)
def test_facility_is_placed_in_the_town_written_with_it(pipeline, text, name, point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, (choice.name, choice.country, choice.admin1)


@pytest.mark.parametrize("text,name,point", FAMOUS)
def test_famous_place_is_kept_over_a_namesake_near_the_articles_places(pipeline, text, name,
                                                                        point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, (choice.name, choice.country, choice.admin1)
