"""Probes (made up for these tests; addresses in the style of local papers) for the town a
source's web address names (``extract/places/source.py``): a town's name of two words is read
written together ("sandiego", "kansascity", "elpasotimes") before any shorter name the word
begins with ("sandiegouniontribune" is San Diego, not Sandi in India with "egouniontribune");
the towns of other addresses are read as before."""

from __future__ import annotations

import pytest

from sitrep.extract.places.rules import home_country
from sitrep.extract.places.source import source_towns

# read otherwise than before: (address, towns as (name, admin1))
READ = [
    ('http://fox5sandiego.com/2016/01/05/story',
     [('San Diego', 'CA')]),
    ('http://www.kansascity.com/news/local/crime/article1.html',
     [('Kansas City', 'MO')]),
    ('http://www.elpasotimes.com/story/news/crime/2016/01/05/story/1/',
     [('El Paso', 'TX')]),
    ('http://lasvegassun.com/news/2016/jan/05/story/',
     [('Las Vegas', 'NV')]),
    ('http://www.sandiegouniontribune.com/news/2016/jan/05/story/',
     [('San Diego', 'CA')]),
    ('http://www.newhavenregister.com/general-news/20160105/story',
     [('New Haven', 'CT')]),
    ('http://www.sanantonioexpressnews.com/news/local/article/story-1.php',
     [('San Antonio', 'TX')]),
    ('http://www.sandiego6.com/news/local/story.html',
     [('San Diego', 'CA')]),
    ('http://www.sandiegonews.com/crime/story',
     [('San Diego', 'CA')]),
    ('http://www.fortworthnews.com/local/story',
     [('Fort Worth', 'TX')]),
]

# read as before
KEPT = [
    ('http://www.stamfordadvocate.com/news/article/story-1.php',
     [('Stamford', 'CT')]),
    ('http://www.baltimoresun.com/news/maryland/crime/bs-md-story.html',
     [('Baltimore', 'MD')]),
    ('http://www.bostonglobe.com/metro/2016/01/05/story/abc.html',
     [('Boston', 'MA')]),
    ('http://www.lowellsun.com/news/ci_1/story',
     [('Lowell', 'MA')]),
    ('http://www.houstonchronicle.com/news/houston-texas/houston/article/story-1.php',
     [('Houston', 'TX')]),
    ('http://www.fresnobee.com/news/local/crime/article1.html',
     [('Fresno', 'CA')]),
    ('http://www.tulsaworld.com/news/crimewatch/story/article_1.html',
     [('Tulsa', 'OK')]),
    ('http://www.saltlaketribune.com/news/1/story',
     []),
    ('http://www.newsobserver.com/news/local/crime/article1.html',
     []),
    ('http://www.stltoday.com/news/local/crime-and-courts/story/article_1.html',
     []),
    ('http://www.dallasnews.com/news/crime/2016/01/05/story',
     [('Dallas', 'TX')]),
    ('http://www.goldsborodailynews.com/blog/2016/01/05/story/',
     [('Goldsboro', 'NC')]),
    ('http://www.pasadenastarnews.com/general-news/20160105/story',
     [('Pasadena', 'TX')]),
    ('http://www.columbiadailyherald.com/news/local-news/story',
     [('Columbia', 'SC')]),
    ('http://www.springfieldnewsleader.com/story/news/crime/2016/01/05/story/1/',
     [('Springfield', 'MO')]),
    ('http://www.annistonstar.com/news/crime/article_1.html',
     [('Anniston', 'AL')]),
    ('http://www.detroitnews.com/story/news/local/detroit-city/2016/01/05/story/1/',
     [('Detroit', 'MI')]),
    ('http://www.providencejournal.com/news/20160105/story',
     [('Providence', 'RI')]),
    ('http://www.hartfordcourant.com/news/connecticut/hc-story-20160105-story.html',
     [('Hartford', 'CT')]),
]


@pytest.mark.parametrize(("url", "towns"), READ)
def test_a_two_word_town_written_together_is_read(pipeline, url, towns):
    found = source_towns(pipeline.gazetteer, url, home_country(url))
    assert [(c.name, c.admin1) for c in found] == towns


@pytest.mark.parametrize(("url", "towns"), KEPT)
def test_the_towns_of_other_addresses_are_kept(pipeline, url, towns):
    found = source_towns(pipeline.gazetteer, url, home_country(url))
    assert [(c.name, c.admin1) for c in found] == towns
