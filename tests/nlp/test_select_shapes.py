"""A trigger form whose neighbours show it is not the word class its rows need is no cue
(``select_shape``): a verb-only trigger after an article or a preposition is a noun ("the
supply of water", "in the hands of"), the month "March" is no march ("in March", "14 March"),
"back" before a preposition is an adverb ("came back to"), a participle after an article or a
degree adverb is an adjective ("an armed man", "heavily armed"), a participle that is a
conjunction is no verb ("given that", "Given the cold, ..."), and a function word a conditional
trigger needs as its child must follow it within a few words ("called for", not "For years ...
called", nor "called the session to order ... and went out for lunch"). Sentences of that shape are not parsed; the full parse finds no event on those forms
either; the near neighbours, the same words as verbs, are still cues and lose no event.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.select import kinds
from sitrep.pipeline import Pipeline
from sitrep.records import Article

MONTH = [
    "The bridge reopened to traffic in March after two years of repairs.",
    "Figures published on 14 March show exports rising again.",
    "The orchestra's new season opens March 3 with a Mahler symphony.",
    "Sales of electric cars have doubled since March.",
    "The farm fair opens every March on the edge of the town.",
    "The school term runs from January until March.",
    "Wheat prices rose between March and June, the bureau said.",
    "The lake was still icy as late as last March.",
    "The new terminal is due to open by early March.",
    "Her novel, first printed in March 2011, is now in its fifth edition.",
    "The committee sat twice during March to review the accounts.",
    "Snowfall in the valley peaked around mid March.",
]
MARCH = [  # near neighbours: a march, not a month
    "Thousands of teachers marched to the parliament to demand higher pay.",
    "Farmers plan to march on the ministry next week.",
    "The students' march through the old town ended peacefully.",
    "Hundreds joined the March for Peace in the capital on Sunday.",
    "Veterans marched through the city centre in silence.",
    "The nurses will march from the hospital to the town hall.",
    "Police blocked the march before it reached the square.",
    "Women marching against the new law filled the avenue.",
    "In March, thousands marched against the price rises.",
    "Opposition supporters march in the rain as the vote nears.",
]
NOUN_SHAPE = [  # a verb-only trigger form after an article or a preposition: a noun
    "The fire in the old bakery started before dawn.",
    "The estate remained in the hands of the family for a century.",
    "The supply of fresh water is a worry for the farmers.",
    "A decline in tourism emptied the island's hotels.",
    "The question of the museum's funding remains open.",
    "A grant from the foundation paid for the new roof.",
    "Visitors admired the hands of the clock on the tower.",
    "The ship left the harbour at dawn.",
    "The search for a new coach took three months.",
    "A sign of recovery appeared in the retail figures.",
    "The backs of the chairs were painted blue.",
    "The offer of a discount drew more shoppers to the store.",
    "The bakery ran out of supplies of flour.",
    "The report describes the flow of arms across the desert.",
]
VERB_SHAPE = [  # near neighbours: the same verbs, as verbs with their arguments
    "The army used tear gas against the protesters.",
    "The militia handed weapons to the village guards.",
    "The agency supplied rifles to the border police.",
    "The minister declined to meet the strikers.",
    "Officers questioned the suspect for six hours.",
    "The regiment moved troops to the northern border.",
    "The government supplies arms to the rebels in the south.",
    "Police searched the house of the mayor.",
    "The two parties signed an agreement in the capital.",
    "The president offered talks to the opposition.",
    "The ministry said it would end the siege of the town.",
    "Neighbouring states arm the militia with rifles and mortars.",
]
BACK_ADVERB = [
    "The ferry came back to the port before the storm.",
    "Back in 2019, the town had only one bakery.",
    "Back then, the river was full of fish.",
    "She went back home after the concert.",
    "The singer sat at the back of the hall.",
    "The museum traces its origins back to a private collection.",
    "The company wants its old logo back.",
    "Tourists are coming back as prices fall.",
    "The tradition dates back to the eighteenth century.",
    "He looked back on a long career in teaching.",
    "The runners turned back at the bridge.",
    "The builders set the fence back from the road.",
]
BACK_VERB = [
    "Western governments back the peace plan.",
    "The party will back the opposition candidate in the runoff.",
    "Three unions backed the strike on Monday.",
    "The council voted to back the mayor's proposal.",
    "Both chambers back the new sanctions against the regime.",
    "The farmers' union is backing the protest.",
    "Neighbouring states back the rebels with money and arms.",
    "The senators did not back the treaty.",
    "Russia backs the separatists in the east.",
    "The army, backed by militias, retook the town.",
]
ADJ_PARTICIPLE = [
    "An armed man stood at the gate of the palace.",
    "The heavily armed convoy crossed the river at night.",
    "The armed wing of the party paraded in the square.",
    "A well supplied market sells fruit all winter.",
    "A heavily armed escort drove the gold to the vault.",
    "The lightly armed boat returned to base.",
    "Their armed escorts waited outside the bank.",
    "The armed men at the gate wore grey coats.",
    "The poorly armed crew of the estate wore old uniforms.",
    "Its armed forces paraded on the national day.",
]
VERB_PARTICIPLE = [
    "The government armed the village militias with rifles.",
    "Foreign backers armed the rebels last year.",
    "The ministry supplied the hospitals with generators.",
    "The regime declared a state of emergency in the province.",
    "Officials closed the radio station after the broadcast.",
    "The smugglers armed themselves with pistols.",
    "The authorities have armed local vigilantes in the north.",
    "Donors supplied the camp with tents and blankets.",
    "Traffickers armed the gang with assault rifles.",
    "Authorities closed the newspaper for a month.",
]
PARTICLE_BEFORE = [  # a function-word need before the trigger, not after it: no cue
    "On Sunday the coach called his old friend from school.",
    "For years the village was called Little Rock.",
    "On the way to school she called her sister.",
    "For the final, the manager called up two young players.",
    "On a clear day you can see the sea from the hill they call the Crown.",
    "For dessert the chef pressed apples into a thin tart.",
    "On the phone, the grocer called the baker about the bread.",
    "On the radio, the host took calls from listeners.",
    "On weekdays the museum is called the Old Mill by locals.",
    "On Fridays the shop calls its regular customers.",
    "Of the two bakeries, one takes orders by phone.",
]
PARTICLE_AFTER = [  # near neighbours: the function word after the trigger
    "The opposition called for new elections.",
    "The bishop called on both sides to lay down their arms.",
    "The union called off the strike on Sunday.",
    "The army pulled out of the border town.",
    "Lawmakers pressed for an inquiry into the shooting.",
    "The prosecutor will look into the deaths at the prison.",
    "The government yielded to the strikers' demands.",
    "The rebels took over the airport.",
    "Riot police pushed back the crowd at the gates.",
    "The envoy called upon the junta to free the prisoners.",
    "Militiamen gunned down two farmers near the river.",
]

CONJUNCTION = [
    "Given the cold, the festival moved indoors.",
    "Given that the roads were icy, the bus left early.",
    "The museum is popular, given that entry costs nothing.",
    "Provided that the weather holds, the regatta starts at noon.",
    "Granted that the hall is small, the acoustics are superb.",
    "Given these figures, the bakery will hire two more cooks.",
    "Given how late it was, the shop stayed shut.",
    "The bridge will reopen in spring, provided that the steel is ready.",
    "Given its size, the lake turns icy quickly.",
    "The choir sings well, granted that it rarely rehearses.",
    "Given the price of flour, bread costs more this year.",
]
PARTICIPLE_VERB = [
    "The charity was given three lorries of flour for the camps.",
    "The donors provided the clinic with two ambulances.",
    "The court granted bail to the journalist.",
    "The ministry has given 20 tonnes of rice to the flooded villages.",
    "Foreign donors provided $40 million to the refugee agency.",
    "The judge granted asylum to the dissident.",
    "Given a loan by the bank, the farmers rebuilt the dam.",  # an indefinite object: a verb
    "The governor gave the town a grant for new pumps.",
    "The agency provided the village with water tanks.",
    "The council was granted emergency aid by the government.",
]
FAR_PARTICLE = [  # the function word far after the trigger: no neighbour of it
    "The mayor called the council's session to order at noon and then went out for lunch.",
    "The orchestra's conductor called the last rehearsal of the season a great success for the young players.",
    "She called her brother, who had moved to the coast a year ago, on his birthday.",
    "The museum pressed its old collection of coins and medals into a catalogue for the visitors.",
    "The children took the long road through the forest and the old mill over the stream.",
    "Everyone calls the little bakery at the end of the street by the fountain on Sundays.",
    "The team took its new bus to the training ground near the lake over the weekend.",
    "He called the newest singer in the choir a natural talent for the baritone parts.",
    "The family look forward every summer to the long evenings by the sea into the night.",
    "The gardeners pulled weeds all morning in the park beside the pond out in the east.",
]
NEAR_PARTICLE = [  # near neighbours: the function word within a few words
    "The senator called repeatedly on Monday for calm.",
    "The union called the planned strike off.",
    "The bishops called upon the government to release the prisoners.",
    "The army pulled its troops out of the valley.",
    "Police pushed the protesters back from the gates.",
    "The opposition pressed the minister for an inquiry.",
    "Investigators will look closely into the deaths.",
    "The rebels took the northern district over in a night.",
    "Gunmen gunned the farmer down at his gate.",
    "The mayor called on residents to stay indoors.",
]

NOT_CUES = (MONTH + NOUN_SHAPE + BACK_ADVERB + ADJ_PARTICIPLE + PARTICLE_BEFORE + CONJUNCTION
            + FAR_PARTICLE)
CUES = (MARCH + VERB_SHAPE + BACK_VERB + VERB_PARTICIPLE + PARTICLE_AFTER + PARTICIPLE_VERB
        + NEAR_PARTICLE)
# sentences whose full parse makes a false event on the shaped form (see below)
MISREAD = [MONTH[4], PARTICLE_BEFORE[2], PARTICLE_BEFORE[3], PARTICLE_BEFORE[5],
           PARTICLE_BEFORE[6], FAR_PARTICLE[1], FAR_PARTICLE[2], FAR_PARTICLE[9]]
SHAPED = ("march", "fire", "hand", "supply", "supplies", "decline", "question", "ship",
          "search", "sign", "offer", "grant", "arms", "back", "backs", "armed", "supplied",
          "call", "called", "calls", "press", "pressed", "look", "pull", "pulled", "take",
          "takes", "given", "provided", "granted", "took", "pulled")


@pytest.fixture(scope="module")
def pipelines() -> dict[bool, Pipeline]:
    return {flag: Pipeline(select_sentences=flag) for flag in (True, False)}


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str | None, str]]:
    """The events of an article whose second sentence is ``text`` (so that it is not the lead,
    which is always parsed)."""
    article = Article(text="It was a quiet week in the region. " + text, language="en")
    return {(e.plover_type, e.plover_mode, e.trigger.text.lower())
            for e in pipeline.process(article).events}


@pytest.mark.parametrize("text", NOT_CUES)
def test_a_trigger_form_shaped_as_another_word_class_is_no_cue(text: str) -> None:
    assert "trigger" not in kinds(text)


@pytest.mark.parametrize("text", CUES)
def test_the_same_words_as_verbs_are_cues(text: str) -> None:
    assert "trigger" in kinds(text)


def test_the_full_parse_finds_no_event_on_the_shaped_forms(
        pipelines: dict[bool, Pipeline]) -> None:
    for text in NOT_CUES:
        if text in MISREAD:
            continue
        found = _events(pipelines[False], text)
        assert not any(trigger.startswith(SHAPED) for _, _, trigger in found), (text, found)


def test_what_the_full_parse_finds_there_is_a_misreading_selection_no_longer_makes(
        pipelines: dict[bool, Pipeline]) -> None:
    """The parser hangs a fronted or a far phrase on the verb ("On the way to school she called
    her sister", "called her brother, who ..., on his birthday": a REQUEST "on" someone; "pulled
    weeds ... out in the east": a withdrawal) and reads "every March" as a march: false events
    of the full parse, which selection, reading the word order, no longer parses."""
    for text in MISREAD:
        assert _events(pipelines[True], text) == set(), text
    assert sum(bool(_events(pipelines[False], text)) for text in MISREAD) >= 3


def test_selection_keeps_every_event_of_the_near_neighbours(
        pipelines: dict[bool, Pipeline]) -> None:
    found = 0
    for text in CUES:
        full = _events(pipelines[False], text)
        assert _events(pipelines[True], text) == full, text
        found += bool(full)
    assert found >= len(CUES) * 3 // 4, found
