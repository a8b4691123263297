"""Made-up probe sentences: one crowd taking several forms of protest at once ("stopped work
and blocked the bridge, protesting against a fuel tax", "went on strike and marched to
parliament"): one protest, one PROTEST event, whatever the forms' PLOVER modes. Near
neighbours that stay two: other crowds at other places or days. Not taken from any data set.
Each list: texts with one PROTEST event (``ONE``) or two (``TWO``)."""

from __future__ import annotations

ONE = [
    'Taxi drivers in Arequipa stopped work on Monday and blocked the main bridge, protesting '
    'against a fuel tax.',
    'Dockers in Mombasa walked off the job on Tuesday and marched to the port authority.',
    'Nurses in Lagos went on strike on Friday and picketed the health ministry.',
    'Farmers blocked the highway near Lille with tractors on Sunday, protesting against cheap'
    ' imports.',
    'Shopkeepers in Karachi shut their shops and rallied outside the tax office on Thursday.',
    'Teachers in Nairobi went on strike on Monday and marched to parliament.',
    'Residents burned tyres and blocked the road to the airport in Port-au-Prince, protesting'
    ' against kidnappings.',
    'Workers at the car plant in Curitiba went on strike on Tuesday and blockaded the gates.',
    'Bus drivers in Lima halted services on Thursday and rallied outside the transport '
    'ministry.',
    'Students in Dhaka boycotted classes on Sunday and staged a sit-in at the campus gate.',
    'Truckers in Santiago parked their rigs across the ring road on Monday, protesting '
    'against tolls.',
    'Cleaners at the airport in Nice went on strike on Friday and picketed the terminal.',
    'Cocoa farmers in Abidjan blocked the port road on Monday, protesting against low prices.',
    'Bakers in Tunis stopped work on Tuesday and marched to the trade ministry.',
    'Fishermen in Dakar went on strike on Thursday and blocked the harbour entrance.',
    'Railway workers in Lagos went on strike on Monday and rallied at the main station.',
]
TWO = [
    'Taxi drivers in Arequipa stopped work on Monday, and students blocked the main bridge in'
    ' Cusco on Wednesday.',
    'Nurses in Lagos went on strike on Friday, while doctors in Abuja marched to the health '
    'ministry on Monday.',
    'Teachers in Nairobi went on strike on Monday, and farmers in Eldoret blocked a highway '
    'on Thursday.',
    'Dockers in Mombasa went on strike on Tuesday, and fishermen blocked the harbour road on '
    'Friday, protesting against new levies.',
    'Bakers in Tunis stopped work on Tuesday, and a week later students marched to the trade '
    'ministry in Sfax.',
]
