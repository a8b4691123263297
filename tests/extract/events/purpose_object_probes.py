"""Made-up probe sentences: an act done to carry out another of its type, told by the object
of an infinitive of purpose ("summoned the ambassador to lodge a protest", "met in Doha to
hold talks"): one happening, one event of the type. Near neighbours that stay two: the second
act by other people, or at another place or time. Not taken from any data set. Each row:
(text, PLOVER type, number of events of that type)."""

from __future__ import annotations

ROWS = [
    ("Chile's foreign ministry summoned Peru's ambassador on Monday to lodge a protest over "
     "the arrest of two fishermen.", "ACCUSE", 1),
    ("Ghana summoned Togo's envoy in Accra to lodge a strong protest against the border "
     "incursion.", "ACCUSE", 1),
    ("Vietnam summoned China's ambassador in Hanoi to file a formal protest over the seizure "
     "of a fishing boat.", "ACCUSE", 1),
    ("Morocco summoned Algeria's charge d'affaires on Friday to lodge a protest over the "
     "closure of the airspace.", "ACCUSE", 1),
    ("Estonia's foreign ministry summoned the Russian ambassador on Sunday to file a protest "
     "over the drone incursion.", "ACCUSE", 1),
    ("Egypt summoned Israel's ambassador in Cairo to lodge a formal protest over the border "
     "shooting.", "ACCUSE", 1),
    ("The foreign ministers met in Doha on Sunday to hold talks on a ceasefire.", "CONSULT", 1),
    ("The two presidents met in Luanda on Friday to hold talks on the border dispute.",
     "CONSULT", 1),
    ("Dock workers gathered outside the port gates in Durban on Monday to stage a protest over "
     "wages.", "PROTEST", 1),
    ("Hundreds of farmers assembled in Nairobi on Tuesday to hold a protest against maize "
     "imports.", "PROTEST", 1),
    ("Envoys from both sides gathered in Geneva on Monday to open talks on a prisoner "
     "exchange.", "CONSULT", 1),
    ("Students assembled outside the ministry in Lima on Friday to stage a protest against fee "
     "rises.", "PROTEST", 1),
    ("Chile summoned Peru's ambassador on Monday, and on Friday Bolivia lodged a protest over "
     "the arrests.", "ACCUSE", 2),
    ("The foreign ministers met in Doha on Sunday, and their deputies will hold talks in Cairo "
     "next month.", "CONSULT", 2),
    ("Ghana summoned Togo's envoy in Accra after Benin lodged a protest against the border "
     "incursion.", "ACCUSE", 2),
]
