"""Whether a trigger names an act of its type that happened, read from its arguments:

- ``words``: word senses and acts only intended, averted, guessed or named as a charge
  (``not_done``), and the type a sense gives a trigger (``sense_type``);
- ``everyday``: everyday senses of conflict words in local news (a battle with cancer, firing
  the coach, a press release, a strike in a match, "Visit our website"), asked by ``not_done``;
- ``personal``: providing for relatives ("support their families"), making an acquaintance
  ("never met anyone", "the couple met in 2010"), backing away, acknowledging a fact
  ("recognizes that", "recognised the existence of"), infinitives of what could be offered
  ("has some advice to offer"), a session of one council or board ("the city council met on
  Tuesday"), ordinary people on an errand ("customers can visit the store"), asked by
  ``not_done``;
- ``agency``: acts whose participants are not there (a time, a document or an abstraction as
  the doer, "meet" a need, a release of a thing, a camera's capture), the decrease sense of
  "decline", participles of consequence ("allowing them to"), views shared ("experts agree
  that"), contests ("captured the title", "battled back to win"), acts told by a film or a
  novel, asked by ``not_done``;
- ``kinds``: kinds of acts named as a category (a crime noun in a list of crimes, "crimes such
  as kidnapping", "32 percent of kidnappings", "the escalation in violence"), asked by
  ``not_done``;
- ``nature``: forces of nature, sky objects and accidental objects as the doer of an attack or
  a threat ("the snowstorm to hit the Plains", "a volcano exploded"), asked by ``eventhood``;
- ``games``: moves and results in games ("hit the tying 3-pointer", "the Eagles beat the
  Giants", "beaten in the final round of the show", "a three-run blast"), asked by
  ``eventhood``;
- ``permits``: words of allowing that grant no permission ("allow for a six-course meal",
  "asylum seekers are allowed to come and go": a rule in force), asked by ``eventhood``;
- ``aims``: striving for a result or a market ("shooting for a March date", "targeting
  growth", "the company is targeting younger buyers") is no ASSAULT, asked by ``eventhood``;
- ``markets``: business and newsroom senses (market demand, "the stock hit a high",
  "contributed to this report", "consulting firm", "declined 5 percent", "requested
  anonymity", "shot down rumors", "tariffs that targeted China", "shares rallied",
  "admitted to hospital", money withdrawn from an account, "hit by low oil prices"), asked by
  ``eventhood``;
- ``outlook``: forecasts and patterns: a warning of an outcome or a state ("warned that prices
  would rise", "warned of a drought") and a threat as a risk ("made itself a threat to the
  police", "the threat of illegal mining") are no THREATEN; acts repeated "every week" or "in
  each of the last three years" and the act of "an increasing number of" people are no one
  happening, asked by ``eventhood``;
- ``forces``: a mobilisation moves armed people or means ("the bakery is preparing 500 pies",
  "deployed new software", "on routine patrol" are none), asked by ``eventhood``;
- ``opinions``: no agreement between parties: an opinion shared ("agrees with the need for"),
  a commercial offer ("offers a discount"), a thing accepted ("accepted donations"), a choice
  settled on ("settled on chef Jae"), asked by ``eventhood``;
- ``populations``: acts of people in general ("more shoppers have begun calling on", "the
  number of Mexicans seeking asylum increased", "people like him who have been denied"), trends
  told with up or down ("shootings are up 20 percent"), help in the present simple to a kind of
  people ("the agency supports small businesses"), asked by ``eventhood``;
- ``verdicts``: condemned to a penalty (SANCTION, asked by ``words.sense_type``), a building
  condemned (no event), a sentence handed (no AID), charges dismissed by a court (RETREAT, as
  dropped), asked by ``eventhood`` and ``words.sense_type``;
- ``discharge``: releases that free no one ("released from the hospital", "the film is about
  to be released") and backing up that supports no one ("backing up his car"), asked by
  ``eventhood``;
- ``disputes``: figurative fights ("a legal battle", "fought the school board over the
  rules", "fought to keep his job") and support of a body ("life support"), asked by
  ``eventhood``;
- ``discharge`` also: executing a thing is no killing ("executed a search warrant": a search,
  COERCE; "executed the plan": no event), asked by ``eventhood`` and ``words.sense_type``;
- ``legal``: the crime a legal step is about ("charged in the abduction and death of", "serving
  12 years for the killing") is no ASSAULT of its own, asked by ``not_done``; a jailing for a
  stated length is a sentence (the trigger table's ``@term``);
- ``civic``: a local body agreeing or meeting on its own agenda ("the school board agreed to
  extend the contract"), opinions of ordinary people ("residents say they oppose the plan"),
  complaints about things ("complained about the noise"), requests named as the object of a
  decision ("approved the developer's request"), asked by ``not_done``;
- ``help``: help named as a topic ("called for more aid", "a lack of support"), backing an
  idea ("supported the notion that"), a word of a body's name ("the Support Mission"), asked by
  ``eventhood``;
- ``campaigns``: violence named as a condition ("Mexico's drug war", "the fight against the
  cartels") with no date, casualty figure, outbreak or harm to anchor it, asked by
  ``eventhood``;
- ``processes``: investigations, talks and accusations named as the topic of another noun
  ("the result of a lengthy investigation"), seeking refuge (flight, no REQUEST), asked by
  ``eventhood``; recaptured people (an arrest), asked by ``words.sense_type``;
- ``habits``: what a class of people usually does ("critics complain", "are known to
  threaten"), asked by ``eventhood``;
- ``elections``: votes won ("beat her rival by 300 votes"), asked by ``eventhood``, and attacks
  in words ("attacked the media in a speech": ACCUSE), asked by ``words.sense_type``;
- ``memory``: acts named as what an anniversary, a memorial or an exhibit is about, asked by
  ``eventhood``;
- ``steps`` (courts): bail refused is custody (COERCE/arrest, asked by ``words.sense_type``
  through ``verdicts`` and by ``submodes``), acquittals (``@acquitted``) and arrest warrants
  issued (``@warrant``, hypothetical through ``modal_cues``), requirements of the trigger table;
- ``trips`` (life): journeys of officials are visits (``@trip``); ``harm`` (public): a body
  driven against a surface is a beating (``@slammed``), a thing blown up a destruction
  (``@blown``), requirements of the trigger table;
- ``pledges`` also: forces offered to help a party are an intent to cooperate (AGREE, not
  THREATEN), asked by the extractor;
- ``fit``: what each type's arguments must be, by the kind of thing each argument is (its
  entity label, or the WordNet class of its head noun's first sense, ``noun_classes.tsv``) and
  phrasal units read whole: messages sent are no AID, suspects handed over an extradition
  (COOPERATE), people pulled out of things rescued, not withdrawn, abuses of power, blows for
  principles and quarrels of two named people no ASSAULT, offices sought no REQUEST and damages
  sought a lawsuit (ACCUSE), things demonstrated no PROTEST, "froze out" no SANCTION, patrols of
  armed forces troops, not police; a physical act done to an abstraction ("attacked the notion",
  "killed the mood", "battled the drought", "prevented erosion") and an ASSAULT done by a team
  or a firm ("the two teams will clash", "the firm attacked the market") name no violence;
  asked by ``eventhood``, ``words.sense_type`` and ``submodes``, and by ``outlook`` for warnings
  of hazards ("warned residents of the fire");
- ``services`` (life): emergency crews sent ("firefighters were sent to the blaze", "the Coast
  Guard dispatched a helicopter to search") are no MOBILIZE or AID, solicitations and people
  sought ("sought bids", "seeking comment", "police seek a missing woman") no REQUEST, slamming
  into a thing no ACCUSE, asked by ``eventhood``; ``personal.chance_or_online``: meeting online
  or by chance ("met on a dating app") is no CONSULT;
- ``accidents.collision``: a strike with no weapon, blow or doer that a road accident tells ("was
  struck while crossing the street", "her minivan was hit from behind") is no ASSAULT;
- ``orders`` (courts): what a court rules must be done ("the judge ruled he must surrender his
  passport") is no REQUEST, asked by the extractor;
- ``speech``: speech acts that accuse ("told police that Y had threatened her": an ACCUSE by the
  speaker, and the act inside it only asserted).
"""

from sitrep.extract.events.senses.words import not_done, sense_type

__all__ = ["not_done", "sense_type"]
