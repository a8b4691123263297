"""Made-up pairs of reports (no text from any data set) for the place and act tests of fusion
across articles: ``APART_PLACES`` are a report placed only in a county and a town of the same
state outside that county (the GeoNames hierarchy), or a report placed only in a country and a
town, told on one day; ``SAME_PLACES`` their neighbours that must join (a town inside the county,
a shared victim named with age, a state-wide report). ``APART_ACTS`` are two acts of one family
named by other PLOVER modes (an arrest and a curfew, a strike and a march) in one town and day;
``SAME_ACTS`` the same act told twice. A case is (label, first report, second report[,
family]); a report is (text, publication date or None)."""

from __future__ import annotations

from fusion_cases import Case, Report

APART_PLACES: list[Case] = [
    (
        "town outside the county (PA)",
        (
            "LOCK HAVEN, Pa. — A 30-year-old man was shot in the leg outside a bar on Saturday night, police said.",
            "2017-03-12",
        ),
        (
            "A woman was shot and wounded in Westmoreland County on Saturday night, state police said.",
            "2017-03-12",
        ),
    ),
    (
        "town outside the county (TX)",
        (
            "ARLINGTON, Texas — A man was shot and killed in a parking lot on Monday, police said.",
            "2018-05-08",
        ),
        (
            "A teenager was shot and wounded in Henderson County on Monday, the sheriff's office said.",
            "2018-05-08",
        ),
    ),
    (
        "town outside the county (GA)",
        (
            "ATHENS, Ga. — Police say a man was shot outside an apartment complex on Friday evening.",
            "2019-10-12",
        ),
        (
            "Deputies are investigating a shooting that wounded a woman in Chatham County on Friday evening.",
            "2019-10-12",
        ),
    ),
    (
        "town outside the county (Erie)",
        (
            "ERIE, Pa. — A 22-year-old man was wounded by gunfire on Sunday afternoon, police said.",
            "2016-06-06",
        ),
        (
            "A man was shot and critically wounded in Allegheny County on Sunday afternoon, county police said.",
            "2016-06-06",
        ),
    ),
    (
        "town outside the county (OH)",
        (
            "DAYTON, Ohio — Officers found a man with a gunshot wound on Thursday night, police said.",
            "2018-02-16",
        ),
        (
            "Deputies said a man was shot during a robbery in Franklin County on Thursday night.",
            "2018-02-16",
        ),
    ),
    (
        "town outside the county (MI)",
        (
            "FLINT, Mich. — A man was shot and killed inside a home on Tuesday, Flint police said.",
            "2017-09-20",
        ),
        (
            "A man was shot to death in Wayne County on Tuesday, sheriff's deputies said.",
            "2017-09-20",
        ),
    ),
    (
        "town outside the county (Toledo)",
        (
            "TOLEDO, Ohio — Two men were wounded in a shooting on Wednesday night, police said.",
            "2019-04-11",
        ),
        (
            "Two men were shot and wounded in Cuyahoga County on Wednesday night, deputies said.",
            "2019-04-11",
        ),
    ),
    (
        "town outside the county (CA)",
        (
            "FRESNO, Calif. — A woman was shot in the arm on Saturday morning, Fresno police said.",
            "2020-07-19",
        ),
        (
            "Kern County deputies said a woman was shot and wounded on Saturday morning.",
            "2020-07-19",
        ),
    ),
    (
        "town outside the county (Macon)",
        (
            "MACON, Ga. — A man was shot multiple times on Sunday night, deputies said.",
            "2021-01-18",
        ),
        (
            "A man was shot several times in Clayton County on Sunday night, police said.",
            "2021-01-18",
        ),
    ),
    (
        "town outside the county (IL)",
        (
            "SPRINGFIELD, Ill. — A teenager was shot and killed on Friday night, police said.",
            "2018-08-18",
        ),
        (
            "A teenager was shot and killed in Cook County on Friday night, the sheriff said.",
            "2018-08-18",
        ),
    ),
    (
        "town outside the county (OK)",
        (
            "TULSA, Okla. — A man was wounded in a drive-by shooting on Monday afternoon, police said.",
            "2019-06-11",
        ),
        (
            "A man was wounded by gunfire in Cleveland County on Monday afternoon, deputies said.",
            "2019-06-11",
        ),
    ),
    (
        "town outside the county (Akron)",
        (
            "AKRON, Ohio — A 19-year-old was shot in the chest early Saturday, Akron police said.",
            "2020-09-13",
        ),
        (
            "A 19-year-old was shot early Saturday in Stark County, the sheriff's office said.",
            "2020-09-13",
        ),
    ),
]
SAME_PLACES: list[Case] = [
    (
        "town inside the county (Akron, Summit County)",
        (
            "AKRON, Ohio — A 19-year-old man was shot in the chest early Saturday, police said.",
            "2020-09-13",
        ),
        (
            "A 19-year-old man was shot in the chest early Saturday in Summit County, authorities said.",
            "2020-09-13",
        ),
    ),
    (
        "town inside the county (Houston, Harris County)",
        (
            "HOUSTON — A woman was shot and killed at a gas station on Sunday night, police said.",
            "2019-03-04",
        ),
        (
            "A woman was shot and killed at a gas station in Harris County on Sunday night, officials said.",
            "2019-03-04",
        ),
    ),
    (
        "town inside the county (Greensburg, Westmoreland)",
        (
            "GREENSBURG, Pa. — A man was shot outside a bar on Saturday night, police said.",
            "2017-03-12",
        ),
        (
            "A man was shot outside a bar in Westmoreland County on Saturday night, state police said.",
            "2017-03-12",
        ),
    ),
    (
        "town inside the county (Flint, Genesee)",
        (
            "FLINT, Mich. — A man was shot and killed inside a home on Tuesday, police said.",
            "2017-09-20",
        ),
        (
            "A man was shot to death inside a home in Genesee County on Tuesday, deputies said.",
            "2017-09-20",
        ),
    ),
    (
        "two towns, same day, the same",
        (
            "TOLEDO, Ohio — Two men were wounded in a shooting on Wednesday night, police said.",
            "2019-04-11",
        ),
        (
            "TOLEDO, Ohio — Police are investigating a shooting that left two men hurt on Wednesday night.",
            "2019-04-11",
        ),
    ),
    (
        "country only, the victim named with age in both",
        (
            "CULIACAN, Mexico — Journalist Javier Ortega, 45, was shot dead outside his home on Tuesday, officials said.",
            "2019-11-06",
        ),
        (
            "Gunmen killed journalist Javier Ortega, 45, in Mexico on Tuesday, press freedom groups said.",
            "2019-11-06",
        ),
    ),
    (
        "region only, the same day (state-wide report joins the town)",
        ("ERIE, Pa. — A man was shot in the arm on Monday night, police said.", "2016-02-09"),
        (
            "A man was shot in the arm in Pennsylvania on Monday night, state police said.",
            "2016-02-09",
        ),
    ),
]

APART_ACTS: list[tuple[str, Report, Report, str]] = [
    (
        "arrest and a curfew in Ferguson",
        (
            "FERGUSON, Mo. — Police arrested 12 people on Sunday during clashes with protesters.",
            "2014-08-18",
        ),
        ("FERGUSON, Mo. — The governor declared a curfew on Sunday.", "2014-08-18"),
        "COERCE",
    ),
    (
        "arrest and a curfew",
        (
            "YORK, Pa. — Police arrested two teenagers on Friday after a string of burglaries.",
            "2015-07-11",
        ),
        ("YORK, Pa. — The mayor imposed a curfew on Friday after a night of unrest.", "2015-07-11"),
        "COERCE",
    ),
    (
        "arrest and a smoking ban",
        (
            "SWANSEA, S.C. — Authorities arrested a man on Tuesday who tried to run over a trooper.",
            "2013-03-25",
        ),
        ("SWANSEA, S.C. — Town leaders banned smoking in restaurants on Tuesday.", "2013-03-25"),
        "COERCE",
    ),
    (
        "seizure and a curfew",
        (
            "FLINT, Mich. — Police seized 40 pounds of marijuana from a house on Monday.",
            "2016-05-03",
        ),
        ("FLINT, Mich. — City officials imposed a curfew for minors on Monday.", "2016-05-03"),
        "COERCE",
    ),
    (
        "curfew then an arrest in Baltimore",
        ("BALTIMORE — The mayor ordered a citywide curfew on Tuesday.", "2015-04-29"),
        ("BALTIMORE — Police arrested a man on Tuesday after a robbery.", "2015-04-29"),
        "COERCE",
    ),
    (
        "seizure and a youth curfew",
        ("MEMPHIS, Tenn. — Police seized 20 guns from a house on Thursday.", "2016-09-16"),
        ("MEMPHIS, Tenn. — The mayor imposed a youth curfew on Thursday.", "2016-09-16"),
        "COERCE",
    ),
    (
        "a strike and a march in Oakland",
        ("OAKLAND, Calif. — Port workers went on strike on Thursday over contracts.", "2015-05-01"),
        (
            "OAKLAND, Calif. — Thousands marched downtown on Thursday to protest a police shooting.",
            "2015-05-01",
        ),
        "PROTEST",
    ),
    (
        "curfew and an arrest (other order)",
        ("ERIE, Pa. — Officials imposed a curfew in the city on Sunday.", "2016-06-06"),
        ("ERIE, Pa. — Police arrested a man on Sunday after a fight outside a bar.", "2016-06-06"),
        "COERCE",
    ),
    (
        "a class boycott and a march",
        (
            "MONTGOMERY, Ala. — Students boycotted classes on Monday over a dress code.",
            "2017-02-07",
        ),
        (
            "MONTGOMERY, Ala. — Hundreds marched to the Capitol on Monday to demand voting rights.",
            "2017-02-07",
        ),
        "PROTEST",
    ),
    (
        "a strike and a march",
        ("DETROIT — Bus drivers went on strike on Monday over pay.", "2019-02-05"),
        (
            "DETROIT — Hundreds of people marched downtown on Monday against police violence.",
            "2019-02-05",
        ),
        "PROTEST",
    ),
    (
        "a boycott and a rally",
        ("CHICAGO — Parents boycotted a school on Tuesday over closures.", "2018-04-11"),
        (
            "CHICAGO — Hundreds of people rallied outside City Hall on Tuesday to protest a tax.",
            "2018-04-11",
        ),
        "PROTEST",
    ),
    (
        "a hunger strike and a march",
        ("ATLANTA — Detainees began a hunger strike on Wednesday.", "2019-09-12"),
        (
            "ATLANTA — Students marched through downtown on Wednesday to demand climate action.",
            "2019-09-12",
        ),
        "PROTEST",
    ),
]
SAME_ACTS: list[tuple[str, Report, Report, str]] = [
    (
        "two arrests reports",
        (
            "ATHENS, Texas — Deputies arrested a man on Tuesday after a chase, the sheriff said.",
            "2012-03-14",
        ),
        (
            "ATHENS, Texas — A man was arrested on Tuesday after leading deputies on a chase.",
            "2012-03-14",
        ),
        "COERCE",
    ),
    (
        "two curfew reports",
        ("YORK, Pa. — The mayor imposed a curfew on Friday after a night of unrest.", "2015-07-11"),
        ("YORK, Pa. — A citywide curfew was imposed on Friday, the mayor said.", "2015-07-11"),
        "COERCE",
    ),
    (
        "two march reports",
        (
            "DETROIT — Hundreds of people marched downtown on Monday against police violence.",
            "2019-02-05",
        ),
        (
            "DETROIT — Protesters marched through downtown on Monday to denounce police violence.",
            "2019-02-05",
        ),
        "PROTEST",
    ),
    (
        "shot and attacked",
        ("TOLEDO, Ohio — A man was shot on Wednesday night, police said.", "2019-04-11"),
        (
            "TOLEDO, Ohio — A man was attacked and wounded on Wednesday night, police said.",
            "2019-04-11",
        ),
        "ASSAULT",
    ),
]

# a report placed only in a country, stored after two town reports of its family and day in that
# country: it joins neither (which one would it be?)
COUNTRY_AMBIGUOUS: list[tuple[str, Report, Report, Report]] = [
    (
        "Mexico: two towns' killings, then a journalist killed in Mexico",
        (
            "CULIACAN, Mexico — Gunmen shot dead a police commander outside his home on Tuesday.",
            "2019-11-06",
        ),
        (
            "ACAPULCO, Mexico — Gunmen shot and killed a taxi driver at a traffic light on Tuesday, police said.",
            "2019-11-06",
        ),
        (
            "Gunmen killed a journalist in Mexico on Tuesday, press freedom groups said.",
            "2019-11-06",
        ),
    ),
    (
        "United States: two towns' shootings, then a domestic killing told nationally",
        ("ERIE, Pa. — A man was shot in the arm on Monday night, police said.", "2016-02-09"),
        (
            "TOLEDO, Ohio — A teenager was wounded in a drive-by shooting on Monday night.",
            "2016-02-09",
        ),
        (
            "A woman was shot dead by her husband on Monday night, the latest case of domestic gun violence in the United States.",
            "2016-02-09",
        ),
    ),
    (
        "Colombia: two towns' attacks, then an attack in Colombia",
        (
            "CALI, Colombia — Gunmen killed two soldiers at a checkpoint on Friday, the army said.",
            "2018-04-14",
        ),
        (
            "MEDELLIN, Colombia — A bomb wounded three police officers on Friday, officials said.",
            "2018-04-14",
        ),
        (
            "Rebels attacked a patrol in Colombia on Friday, killing a soldier, the defence ministry said.",
            "2018-04-14",
        ),
    ),
]

# a report placed only in a country whose block holds one happening of its family and day there:
# it joins it
COUNTRY_UNIQUE: list[Case] = [
    (
        "Tanzania: the town's bombing, then the country's",
        (
            "DAR ES SALAAM, Tanzania — A car bomb killed six people outside a bank on Friday, police said.",
            "2001-05-12",
        ),
        (
            "Six people were killed when a car bomb exploded outside a bank in Tanzania on Friday, officials said.",
            "2001-05-12",
        ),
    ),
    (
        "Uruguay: the country's shooting, then the town's",
        (
            "A police officer was shot dead during a robbery in Uruguay on Thursday, the interior ministry said.",
            "2017-03-10",
        ),
        (
            "MONTEVIDEO, Uruguay — A police officer was shot dead during a robbery on Thursday, officials said.",
            "2017-03-10",
        ),
    ),
]
