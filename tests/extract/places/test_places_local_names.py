"""Probe sentences (made up for these tests, not taken from any data set) for local news
(issue 19 item 5, issue 16's places): a neighbourhood or street named after a state or country
is not that state or country, and a person's surname is not a place. Each span is resolved with
the other places found, as ``sitrep eval geo`` scores a gold span, and must lie within 161 km of
the expected point (or, for a person, give no place of its own)."""

from __future__ import annotations

import pytest

from samples import place_mentions, resolved_place
from sitrep.extract.places.mention import km

LOS_ANGELES, CHICAGO, PHILADELPHIA = (34.05, -118.24), (41.88, -87.63), (39.95, -75.17)
HOUSTON, MILWAUKEE, MIAMI, DENVER = (29.76, -95.37), (43.04, -87.91), (25.76, -80.19), \
    (39.74, -104.99)
ST_LOUIS, WASHINGTON, CLEVELAND = (38.63, -90.20), (38.90, -77.04), (41.50, -81.69)
VERMONT, TEXAS, FLORIDA, GEORGIA_US = (44.0, -72.7), (31.25, -99.25), (28.75, -82.5), \
    (32.75, -83.5)
VIRGINIA_BEACH, KANSAS_CITY, JERSEY_CITY = (36.85, -75.98), (39.10, -94.58), (40.73, -74.08)
COLORADO_SPRINGS, VATICAN, INDIANA = (38.83, -104.82), (41.90, 12.45), (40.0, -86.25)

# a multi-word name whose head is a place-type noun (knolls, hills, gardens, park, avenue,
# street, place, interchange...) lies in a town of the article, not in its first word's state
NAMED_AFTER = [
    ("A man was shot in Vermont Knolls on Saturday, Los Angeles police said.",
     "Vermont Knolls", LOS_ANGELES),
    ("Two men were wounded in Granada Hills late Friday, according to Los Angeles police.",
     "Granada Hills", LOS_ANGELES),
    ("A teenager was shot in Hawaiian Gardens, Los Angeles County deputies said.",
     "Hawaiian Gardens", LOS_ANGELES),
    ("Police found a wounded man in Brighton Park, Chicago officers said.",
     "Brighton Park", CHICAGO),
    ("A woman was robbed in Hunting Park, Philadelphia police said on Monday.",
     "Hunting Park", PHILADELPHIA),
    ("Deputies closed the Marquette Interchange in Milwaukee after a crash on Tuesday.",
     "Marquette Interchange", MILWAUKEE),
    ("Charges were filed in the St. Louis Place murder, police in St. Louis said.",
     "St. Louis Place", ST_LOUIS),
    ("A store clerk was shot in Vermont Square on Sunday, Los Angeles detectives said.",
     "Vermont Square", LOS_ANGELES),
    ("Firefighters were called to Kentucky Heights on Monday, Cleveland officials said.",
     "Kentucky Heights", CLEVELAND),
    ("A driver was carjacked in Oregon Terrace, Houston police said.",
     "Oregon Terrace", HOUSTON),
    ("Shots were fired in Georgia Gardens overnight, Miami police said.",
     "Georgia Gardens", MIAMI),
    ("Two homes burned in Montana Acres on Friday, Denver firefighters said.",
     "Montana Acres", DENVER),
]

# near neighbours: the state or country itself, a town named so, a micro-state's gardens
NAMED_AFTER_KEPT = [
    ("The governor of Vermont signed the bill in Montpelier on Monday.", "Vermont", VERMONT),
    ("Flooding hit Texas after days of rain, officials in Austin said.", "Texas", TEXAS),
    ("A man was shot in Virginia Beach on Friday night, police said.", "Virginia Beach",
     VIRGINIA_BEACH),
    ("Two people were killed in Kansas City on Sunday, police said.", "Kansas City",
     KANSAS_CITY),
    ("A fire destroyed a warehouse in Jersey City, officials said.", "Jersey City",
     JERSEY_CITY),
    ("Three people were shot outside a bar in Colorado Springs, police said.",
     "Colorado Springs", COLORADO_SPRINGS),
    ("The pope walked in the Vatican Gardens on Sunday morning.", "Vatican Gardens", VATICAN),
    ("Storms moved across Florida on Tuesday, forecasters in Miami said.", "Florida", FLORIDA),
    ("Farmers in Indiana lost crops to the drought this summer.", "Indiana", INDIANA),
    ("Police in Georgia arrested two men after a chase near Macon.", "Georgia", GEORGIA_US),
    ("A man was shot in Washington on Friday, the Metropolitan Police said.", "Washington",
     WASHINGTON),
    ("Officers were called to a home in Philadelphia on Monday.", "Philadelphia",
     PHILADELPHIA),
]


@pytest.mark.parametrize("text,name,point", NAMED_AFTER)
def test_neighbourhood_named_after_a_state_lies_in_the_articles_town(pipeline, text, name,
                                                                      point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, f"{name}: {choice.name} ({choice.kind}, {choice.country})"


@pytest.mark.parametrize("text,name,point", NAMED_AFTER_KEPT)
def test_state_or_town_of_that_name_is_kept(pipeline, text, name, point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, f"{name}: {choice.name} ({choice.kind}, {choice.country})"


def _mention_texts(pipeline, text: str) -> list[str]:
    return [m.text for m in place_mentions(pipeline, text)]


# a single name the article also writes as a tagged person's surname is that person
SURNAMES = [
    ("Deputies found Perez Walker with a gunshot wound on Tuesday. Walker was taken to a "
     "hospital in Augusta.", "Walker"),
    ("Officers arrested Maria Rivera after the crash. Rivera said she did not see the van.",
     "Rivera"),
    ("Detective Laura Jackson led the inquiry. Jackson said the suspect fled on foot.",
     "Jackson"),
    ("The victim, Thomas Denton, was shot twice. Police said Denton knew the gunman.",
     "Denton"),
    ("Coach Mike Lincoln resigned on Friday. Lincoln said he needed a rest.", "Lincoln"),
    ("Prosecutors charged Kevin Marshall with murder. Marshall pleaded not guilty.",
     "Marshall"),
    ("The shooter, James Paris, was arrested at home. A neighbour said Paris had a temper.",
     "Paris"),
    ("Witnesses saw Daniel Clinton run from the store. Clinton was caught an hour later.",
     "Clinton"),
    ("She took the gun from Anthony Hudson and ran. Hudson followed her into the street.",
     "Hudson"),
    ("Sheriff Robert Warren called the shooting senseless. Warren asked for calm.", "Warren"),
    ("Officer Tom Austin fired twice at the car. Austin was placed on leave.", "Austin"),
    ("Judge Sam Houston set bail at $50,000. Houston said the charges were serious.",
     "Houston"),
    ("Investigator Amy Dallas reviewed the video. Dallas said the gunman wore a mask.",
     "Dallas"),
    ("The victim's sister, Lisa Phoenix, spoke to reporters. Phoenix asked for witnesses.",
     "Phoenix"),
    ("Pastor John Cleveland led the vigil on Sunday. Cleveland prayed for the family.",
     "Cleveland"),
    ("Attorney Karen Denver filed the lawsuit. Denver said the officers used excessive force.",
     "Denver"),
    ("Defense lawyer Mark Berlin asked for a delay. Berlin told the judge he needed time.",
     "Berlin"),
]

# near neighbours: the name is a place of its own ("Jackson, Miss."), or a strong place in a
# place phrase, or no person of that name is in the article
SURNAME_PLACES = [
    ("Detective Laura Jackson led the inquiry in Jackson, Miss., on Monday.", "Jackson"),
    ("George Washington was born in Virginia. Crowds gathered in Washington on Sunday.",
     "Washington"),
    ("Coach Mike Lincoln resigned on Friday. He moved to Lincoln, Neb., last year.", "Lincoln"),
    ("Officers arrested Maria Rivera after the crash in Philadelphia.", "Philadelphia"),
    ("Prosecutors charged Kevin Marshall in Dallas. Two men were shot in Houston.", "Houston"),
    ("The shooter, James Paris, was arrested. He had lived in Paris, France, for years.",
     "Paris"),
    ("Detective Ann Georgia said the car was found in Georgia.", "Georgia"),
    ("A man was shot in Denton, Texas, on Friday, police said.", "Denton"),
    ("Witnesses saw a man run from the store in Clinton, Iowa.", "Clinton"),
    ("Two people were wounded in Warren, Ohio, late on Saturday.", "Warren"),
]


@pytest.mark.parametrize("text,name", SURNAMES)
def test_surname_of_a_person_in_the_article_is_no_place(pipeline, text, name):
    assert name not in _mention_texts(pipeline, text)


@pytest.mark.parametrize("text,name", SURNAME_PLACES)
def test_place_of_a_persons_name_is_kept_in_a_place_phrase(pipeline, text, name):
    assert name in _mention_texts(pipeline, text)


WAYNE_MO, ORANGE_NC, JEFFERSON_AL = (37.11, -90.46), (36.06, -79.12), (33.55, -86.90)
FRANKLIN_PA, MONTGOMERY_TX, PORTLAND_ME = (39.93, -77.72), (30.30, -95.50), (43.66, -70.26)
COLUMBUS_GA, AURORA_IL, RICHMOND_KY = (32.46, -84.99), (41.76, -88.32), (37.75, -84.29)
LAFAYETTE_IN, KANSAS_CITY_MO, NEW_YORK = (40.42, -86.88), (39.10, -94.58), (40.71, -74.01)
SALT_LAKE_CITY, MEXICO_CITY = (40.76, -111.89), (19.43, -99.13)

# a longer name that holds a place the article names on its own follows that place
LONGER_NAMES = [
    ("WAYNE COUNTY, Mo. — A body was found in the river. The Wayne County Sheriff said the "
     "man had been shot.", "Wayne County Sheriff", WAYNE_MO),
    ("A child was hurt in Orange County, N.C., on Friday. The Orange County Sheriff's Office "
     "made an arrest.", "Orange County Sheriff", ORANGE_NC),
    ("A man was shot in Jefferson County, Ala., on Sunday. The Jefferson County District "
     "Attorney ruled it self-defence.", "Jefferson County District Attorney", JEFFERSON_AL),
    ("Two men were wounded in Franklin County, Pa. The Franklin County Sheriff asked for "
     "tips.", "Franklin County Sheriff", FRANKLIN_PA),
    ("Deputies searched a home in Montgomery County, Texas. The Montgomery County Sheriff "
     "gave no motive.", "Montgomery County Sheriff", MONTGOMERY_TX),
    ("PORTLAND, Maine — A woman was shot on Monday. The Portland Police Department is "
     "investigating.", "Portland Police Department", PORTLAND_ME),
    ("COLUMBUS, Ga. — Two teenagers were shot. The Columbus Police Department asked for "
     "witnesses.", "Columbus Police Department", COLUMBUS_GA),
    ("AURORA, Ill. — A man was wounded overnight. The Aurora Police Department made no "
     "arrests.", "Aurora Police Department", AURORA_IL),
    ("RICHMOND, Ky. — A student was shot near campus. The Richmond Police Department is "
     "looking for a car.", "Richmond Police Department", RICHMOND_KY),
    ("LAFAYETTE, Ind. — A man was found shot in a road. The Lafayette Police Department "
     "said he survived.", "Lafayette Police Department", LAFAYETTE_IN),
    ("COOK COUNTY, Minn. — A hunter was shot by mistake. The Cook County Sheriff said he "
     "would recover.", "Cook County Sheriff", (47.55, -90.33)),
    ("HARRIS COUNTY, Ga. — A man was shot at a gas station. The Harris County Sheriff "
     "made an arrest.", "Harris County Sheriff", (32.73, -84.91)),
    ("DALLAS COUNTY, Iowa — A woman was wounded at home. The Dallas County Sheriff asked "
     "for calm.", "Dallas County Sheriff", (41.68, -94.04)),
    ("ORANGE COUNTY, Texas — Two men were shot on Sunday. The Orange County Sheriff gave "
     "no names.", "Orange County Sheriff", (30.12, -93.89)),
    ("JACKSON COUNTY, Ore. — A driver was shot on the highway. The Jackson County Sheriff "
     "is investigating.", "Jackson County Sheriff", (42.43, -122.73)),
    ("POLK COUNTY, Ore. — A teenager was shot while hunting. The Polk County Sheriff said "
     "it was an accident.", "Polk County Sheriff", (44.90, -123.41)),
    ("LAKE COUNTY, Colo. — A man was shot near a mine. The Lake County Sheriff made no "
     "arrests.", "Lake County Sheriff", (39.20, -106.35)),
    ("MARION COUNTY, Ky. — A man was shot in his truck. The Marion County Sheriff is "
     "looking for a suspect.", "Marion County Sheriff", (37.55, -85.27)),
    ("KING COUNTY, Texas — A rancher was shot on Tuesday. The King County Sheriff said the "
     "gunman fled.", "King County Sheriff", (33.62, -100.26)),
    ("FULTON COUNTY, Ind. — A man was wounded at a bar. The Fulton County Sheriff made an "
     "arrest.", "Fulton County Sheriff", (41.05, -86.26)),
    ("WAYNE COUNTY, N.C. — A clerk was shot during a robbery. The Wayne County Sheriff "
     "released a photo.", "Wayne County Sheriff", (35.36, -78.00)),
    ("KINGS COUNTY, Calif. — Two farm workers were shot. The Kings County Sheriff asked for "
     "help.", "Kings County Sheriff", (36.07, -119.82)),
    ("MIDDLESEX COUNTY, Va. — A man was shot on a boat. The Middlesex County Sheriff said "
     "he would live.", "Middlesex County Sheriff", (37.60, -76.58)),
    ("ESSEX COUNTY, Vt. — A hunter was shot in the woods. The Essex County Sheriff called "
     "it an accident.", "Essex County Sheriff", (44.73, -71.74)),
]

# near neighbours: a longer name that is a place of its own, not the shorter one
LONGER_NAMES_KEPT = [
    ("Storms hit Kansas on Monday. Flights were cancelled in Kansas City.", "Kansas City",
     KANSAS_CITY_MO),
    ("Snow fell across New York on Friday. Schools closed in New York City.", "New York City",
     NEW_YORK),
    ("Officials in Utah met on Monday. The Salt Lake City council voted.", "Salt Lake City",
     SALT_LAKE_CITY),
    ("Protests spread across Mexico. Thousands marched in Mexico City.", "Mexico City",
     MEXICO_CITY),
    ("A storm hit Virginia on Sunday. Roads flooded in Virginia Beach.", "Virginia Beach",
     VIRGINIA_BEACH),
    ("Police in Jersey City arrested a man on Friday.", "Jersey City", JERSEY_CITY),
    ("A man was shot in Colorado Springs. Colorado officials spoke.", "Colorado Springs",
     COLORADO_SPRINGS),
    ("WAYNE COUNTY, Mo. — A body was found in the river near a boat ramp.", "WAYNE COUNTY",
     WAYNE_MO),
    ("PORTLAND, Maine — A woman was shot on Monday, police said.", "PORTLAND", PORTLAND_ME),
    ("LAFAYETTE, Ind. — A man was found shot in a road on Friday.", "LAFAYETTE",
     LAFAYETTE_IN),
]


@pytest.mark.parametrize("text,name,point", LONGER_NAMES)
def test_longer_name_follows_the_place_it_holds(pipeline, text, name, point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, f"{name}: {choice.name} ({choice.kind}, {choice.admin1})"


@pytest.mark.parametrize("text,name,point", LONGER_NAMES_KEPT)
def test_longer_name_of_its_own_is_kept(pipeline, text, name, point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, f"{name}: {choice.name} ({choice.kind}, {choice.admin1})"


# a headline that opens with a town's own name of several words, with no place word around it
HEADLINE_TOWNS = [
    ("Chapel Hill drive-by shooting injures child", "Chapel Hill"),
    ("Cherry Hill crash closes two lanes overnight", "Cherry Hill"),
    ("Grand Rapids bakery robbed at gunpoint", "Grand Rapids"),
    ("Palm Springs officers cleared in shooting", "Palm Springs"),
    ("Rock Hill teen charged after fight", "Rock Hill"),
    ("Cedar Rapids man wounded outside bar", "Cedar Rapids"),
    ("Fort Collins shooting suspect arrested", "Fort Collins"),
    ("Bowling Green student shot near campus", "Bowling Green"),
    ("Glen Burnie gas station clerk shot", "Glen Burnie"),
    ("Coral Springs neighbours dispute ends in gunfire", "Coral Springs"),
]

# near neighbours: runs that are no town's own name, or only a small one's
HEADLINE_NOT_TOWNS = [
    ("Santa Claus visits children at the hospital", "Santa Claus"),
    ("Grand Jury declines to indict officer", "Grand Jury"),
    ("Happy Hour specials draw crowds downtown", "Happy Hour"),
    ("Silver Star awarded to local veteran", "Silver Star"),
    ("Black Friday shoppers crowd the mall", "Black Friday"),
    ("Super Bowl party ends in arrests", "Super Bowl"),
    ("Golden Globe nominee visits school", "Golden Globe"),
    ("Red Cross opens shelter after fire", "Red Cross"),
    ("Blue Ridge Parkway closed by snow", "Blue Ridge Parkway"),
    ("Main Street fair returns this weekend", "Main Street"),
]


@pytest.mark.parametrize("text,name", HEADLINE_TOWNS)
def test_headline_opening_with_a_towns_full_name_names_it(pipeline, text, name):
    assert name in _mention_texts(pipeline, text)


@pytest.mark.parametrize("text,name", HEADLINE_NOT_TOWNS)
def test_headline_opening_with_another_name_gives_no_town_of_it(pipeline, text, name):
    assert name not in _mention_texts(pipeline, text)


# a name in a list that ends in a plural division word ("... and Oglethorpe counties") is
# that county, not a town of the name
LISTED_COUNTIES = [
    ("Voters in Clarke, Oconee and Oglethorpe counties in Georgia went to the polls.",
     "Oglethorpe", (33.87, -83.08)),
    ("Deputies from Navarro, Henderson and Ellis counties joined the search in Texas.",
     "Navarro", (32.05, -96.47)),
    ("Schools in Butler, Preble and Warren counties closed, Ohio officials said.", "Warren",
     (39.43, -84.17)),
    ("Crews cleared roads in Delaware, Union and Marion counties, Ohio officials said.",
     "Union", (40.30, -83.37)),
    ("Fires burned in Lake, Napa and Sonoma counties in California on Monday.", "Lake",
     (39.10, -122.75)),
    ("Drought hurt farmers in Lincoln, Logan and Payne counties in Oklahoma.", "Logan",
     (35.92, -97.44)),
    ("Health officials in Marion, Polk and Yamhill counties in Oregon reported cases.",
     "Marion", (44.90, -122.60)),
    ("Storms knocked out power in Adams, Brown and Highland counties, Ohio utilities said.",
     "Brown", (38.93, -83.87)),
    ("Sheriffs of Hancock, Hardin and Wyandot counties in Ohio met on Monday.", "Hardin",
     (40.66, -83.66)),
    ("Residents of Washington, Greene and Fayette counties in Pennsylvania were warned.",
     "Greene", (39.85, -80.23)),
]

# near neighbours: the same names as towns, in lists that are no list of counties
LISTED_TOWNS = [
    ("Police in Warren, Ohio, and Youngstown arrested two men.", "Warren", (41.24, -80.82)),
    ("Officials in Madison and Dane County met on Friday.", "Madison", (43.07, -89.40)),
    ("Flights from Dallas, Houston and Austin were cancelled.", "Dallas", (32.78, -96.80)),
    ("He visited Lincoln, Omaha and Grand Island in Nebraska.", "Lincoln", (40.81, -96.70)),
    ("Schools in Columbus and Franklin County closed on Monday.", "Columbus", (39.96, -83.00)),
    ("Officials in Butler, Pennsylvania, declared an emergency.", "Butler", (40.86, -79.90)),
    ("Crews worked in Delaware and Marion, Ohio, after the storm.", "Marion", (40.59, -83.13)),
    ("The storm hit Jefferson City and Columbia in Missouri.", "Columbia", (38.95, -92.33)),
    ("Fires burned near Napa and Sonoma in California.", "Napa", (38.30, -122.29)),
    ("Sheriffs from Hancock County met officials in Findlay, Ohio.", "Findlay",
     (41.04, -83.65)),
]


@pytest.mark.parametrize("text,name,point", LISTED_COUNTIES)
def test_name_in_a_list_of_counties_is_that_county(pipeline, text, name, point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, f"{name}: {choice.name} ({choice.kind}, {choice.admin1})"


@pytest.mark.parametrize("text,name,point", LISTED_TOWNS)
def test_name_in_another_list_is_the_town(pipeline, text, name, point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, f"{name}: {choice.name} ({choice.kind}, {choice.admin1})"


# a lake, river or mountain named after a state is not the state: the article's place stands in
FEATURES = [
    ("The road north of Alexandria, Minn., near Lake Vermont is closed.", "Lake Vermont",
     (45.89, -95.38)),
    ("Boaters near Rochester, N.Y., were warned about Lake Ontario.", "Lake Ontario",
     (43.16, -77.61)),
    ("Anglers in Fargo, N.D., fished the Dakota River on Sunday.", "Dakota River",
     (46.88, -96.79)),
    ("Rafters left Durango, Colo., to float the Colorado River.", "Colorado River",
     (37.28, -107.88)),
    ("Police in Duluth, Minn., searched Lake Superior.", "Lake Superior", (46.79, -92.10)),
    ("A boy drowned in Lake Texas near Waco, Texas, on Sunday.", "Lake Texas",
     (31.55, -97.15)),
    ("Crews in Eugene, Ore., cleared the Oregon River trail.", "Oregon River",
     (44.05, -123.09)),
    ("Campers near Flagstaff, Ariz., reported a fire on Mount Arizona.", "Mount Arizona",
     (35.20, -111.65)),
    ("A kayaker was rescued on Lake Michigan off Milwaukee, Wis.", "Lake Michigan",
     (43.04, -87.91)),
    ("Residents of Moorhead, Minn., watched the Minnesota River rise.", "Minnesota River",
     (46.87, -96.77)),
]

# near neighbours: the state itself, towns named after a lake or river
FEATURES_KEPT = [
    ("Snow fell across Vermont on Monday.", "Vermont", VERMONT),
    ("Flooding hit Minnesota after days of rain.", "Minnesota", (46.25, -94.25)),
    ("A man was shot in Lake Charles, La., on Friday.", "Lake Charles", (30.23, -93.22)),
    ("Two people died in a fire in Lake Forest, Ill.", "Lake Forest", (42.26, -87.84)),
    ("Police in Lake Jackson, Texas, arrested a man.", "Lake Jackson", (29.03, -95.43)),
    ("The council of Lake Havasu City met on Monday.", "Lake Havasu City", (34.48, -114.32)),
    ("A school was closed in Mount Vernon, N.Y.", "Mount Vernon", (40.91, -73.84)),
    ("A fire broke out in Rock Hill, S.C., on Sunday.", "Rock Hill", (34.92, -81.03)),
    ("Officials in Texas met in Austin on Tuesday.", "Texas", TEXAS),
    ("Voters in Oregon approved the measure.", "Oregon", (44.0, -120.5)),
]


@pytest.mark.parametrize("text,name,point", FEATURES)
def test_lake_or_river_named_after_a_state_is_not_the_state(pipeline, text, name, point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, f"{name}: {choice.name} ({choice.kind}, {choice.admin1})"


@pytest.mark.parametrize("text,name,point", FEATURES_KEPT)
def test_state_or_lake_town_is_kept(pipeline, text, name, point):
    choice = resolved_place(pipeline, text, name)
    assert km(choice, point) <= 161, f"{name}: {choice.name} ({choice.kind}, {choice.admin1})"
