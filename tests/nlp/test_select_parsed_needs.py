"""A trigger row whose need is a structure read from the parse ("@transfer", "@line",
"@acquitted", ...) is a cue on its trigger alone, or on a word the structure cannot be met without
(``select_needs.NEED_WORDS``): the need itself is no word to look for in the text. Selection once looked
for it as if it were, so sentences whose only cue was such a verb ("allocated $50 million to",
"lent the island $300 million", "spoke by telephone with", "found not guilty") were never
parsed. Here extraction with selection must equal extraction without it, on sentences with the
structure and on near neighbours without it.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.select import kinds
from sitrep.pipeline import Pipeline
from sitrep.records import Article

# goods handed to a recipient: AID (``events.transfers.is_transfer``)
TRANSFERS = [
    "The foundation allocated $20 million to flood victims in the delta.",
    "Norway disbursed 40 million kroner to the refugee agency.",
    "The bank lent the island nation $300 million after the cyclone.",
    "Japan loaned 5 billion yen to the port authority.",
    "The alliance supplied the border guards with night-vision goggles.",
    "The ministry furnished the militia with rifles and ammunition.",
    "Washington equipped the coast guard with four patrol boats.",
    "The neighbouring state armed the rebels with anti-tank missiles.",
    "The agency provided 12,000 blankets to displaced families.",
    "The charity supplied clean water to three camps near the border.",
    "The donor granted $8 million to the health ministry.",
    "The government distributed seed and fertiliser to farmers in the north.",
    "China shipped 200 ventilators to the capital's hospitals.",
    "The embassy handed 500 food parcels to the local council.",
    "A Gulf fund allocated 15 million dollars for the reconstruction of schools.",
    "The army supplied fuel to the besieged garrison.",
    "The province loaned two fire engines to the neighbouring district.",
    "The regional bank disbursed a $90 million credit to the farmers' cooperative.",
    "The UN agency provided the clinics with vaccines and syringes.",
    "The defence ministry delivered armoured vehicles to the police.",
    "Germany lent the museum three generators after the blackout.",
    "The kingdom furnished the hospital with beds and oxygen tanks.",
    "The cooperative lent the school its tractors for the harvest.",
    "The council furnished the shelter with mattresses.",
    "Paris armed the presidential guard with new rifles.",
    "The fund loaned the city money for the dam.",
    "The ministry supplied the clinic with insulin.",
    "The agency allocated emergency funds to the stricken province.",
    "The bank disbursed the first tranche of the loan to Ghana.",
    "The regional government equipped the firefighters with drones.",
    "Brussels delivered the promised tanks to Kyiv.",
    "The church distributed food parcels to the homeless.",
    "The navy shipped spare parts to the island garrison.",
    "The state furnished new uniforms to the cadets.",
    "The donors equipped two field kitchens for the refugees.",
    "The union armed the dock guards with batons.",
]

# the verbs of equipping with no "with", "to" or "for": no recipient, yet no word check may drop
# them: the full parse reads "equipped its army last year" as two objects (the time noun taken
# for the goods), so such a check would change what is extracted
EQUIPPED_NOTHING = [
    "The armed forces are on alert.",
    "Heavily armed guards stood outside the embassy.",
    "The new hospital is fully equipped.",
    "The flat was furnished in a modern style.",
    "The armed wing of the party denied any role.",
    "The lab is poorly equipped and understaffed.",
    "The rebels armed themselves.",
    "The kingdom armed its navy.",
    "Police armed the alarm system at midnight.",
    "The government equipped its army last year.",
    "Well-armed gangs control the highway.",
    "The militia is armed and dangerous.",
    "The rooms were sparsely furnished.",
    "The ministry furnished its offices in oak.",
    "The rebels were armed by a foreign power.",
    "Kyiv has armed its reservists.",
    "The armoured train was lavishly furnished.",
    "The campers came well equipped.",
    "Armed officers patrolled the square.",
    "The school furnished its library last spring.",
]

# the same verbs with no goods handed to anyone
NOT_TRANSFERS = [
    "The river supplies most of the town's drinking water.",
    "The new rules provide that shops close at ten.",
    "He lent his voice to the campaign for a new library.",
    "The hall is well equipped for concerts.",
    "The old mill was furnished in a rustic style.",
    "Rates on loans fell for the third month.",
    "The budget allocates more time to the arts.",
    "The village is supplied by a single road.",
    "The course provides an introduction to Roman history.",
    "The couple granted an interview to a local magazine.",
    "The company armed itself against a takeover.",
    "The club disbursed nothing this season.",
]

# a call over a line: CONSULT/phone (``events.lexicon.by_line``)
CALLS = [
    "The foreign minister spoke by telephone with her Turkish counterpart.",
    "The two presidents spoke by phone on Tuesday about the ceasefire.",
    "The premier spoke over the phone with the king of Jordan.",
    "The defence chiefs spoke via videoconference about the border clashes.",
    "The chancellor spoke by telephone to the Israeli prime minister.",
    "Putin and Erdogan spoke on the phone late on Friday.",
    "The envoy spoke by videoconference with the rebel leaders.",
    "The mayor spoke by phone with the governor of the province.",
    "Both leaders spoke over a secure hotline after the incident.",
    "The secretary of state spoke on the telephone with the Saudi crown prince.",
    "The Indian and Chinese ministers spoke by phone for an hour.",
    "The pope spoke by telephone with the president of Ukraine.",
    "The army chief spoke via teleconference with his Pakistani counterpart.",
    "The Kenyan president spoke by telephone with the head of the African Union.",
    "Macron spoke by phone with Biden about the crisis in Niger.",
    "The commander spoke over the telephone with the insurgents' negotiator.",
    "The Greek and Turkish prime ministers spoke by telephone on Sunday.",
    "The minister spoke over video with his counterparts in the Gulf.",
    "The Emir spoke by phone with the Egyptian president.",
    "The two foreign ministers spoke on the telephone on Wednesday evening.",
    "The two leaders spoke via video on Monday.",
    "The ministers spoke by videolink ahead of the vote.",
    "The governor spoke over Zoom with the mayors of the coastal towns.",
    "The generals spoke over the hotline to ease tensions.",
    "The premier spoke by teleconference with the regional governors.",
    "The envoy spoke via Skype with the exiled opposition leader.",
]

# speaking with no line: no call (and no word of a line, so not parsed)
NOT_CALLS = [
    "The author spoke about her childhood in the village.",
    "Few residents speak the local dialect anymore.",
    "She speaks three languages fluently.",
    "The coach spoke highly of the young striker.",
    "Nobody spoke during the long dinner.",
    "The painting speaks of a lost era.",
    "He spoke softly to his grandson.",
    "The numbers speak for themselves.",
    "The actor spoke warmly of his late father.",
    "The guide spoke at length about the cathedral's history.",
    "Children spoke excitedly about the zoo.",
    "The professor speaks with a faint accent.",
]

# a case ended in the defendant's favour: RETREAT (``senses.courts.steps.acquitted``)
ACQUITTALS = [
    "The jury found the former mayor not guilty of fraud.",
    "A court found the two activists innocent on Thursday.",
    "The judge found him not guilty on all counts.",
    "The journalist was found not guilty of defamation.",
    "The tribunal cleared the general of all charges.",
    "The officer was cleared of misconduct by a disciplinary panel.",
    "The appeals court absolved the minister of any wrongdoing.",
    "The singer was cleared of the allegations by a jury in London.",
    "Three students were found innocent by the military court.",
    "The jurors found the nurse not guilty after a week of deliberations.",
    "The businessman was absolved of all accusations on Monday.",
    "The court found the opposition leader not guilty of sedition.",
    "A magistrate cleared the farmer of the offence.",
    "The former governor was found innocent of embezzlement.",
    "The senate cleared the president of the accusations.",
    "The soldier was cleared of the crime by a military judge.",
    "Judges found the blogger innocent of insulting the king.",
    "The referee was cleared of suspicion by the football league.",
    "A jury in the capital found the pilot not guilty.",
    "The lawmaker was absolved of guilt by the ethics panel.",
]

# finding and clearing that end no case
NOT_ACQUITTALS = [
    "Hikers found a rare orchid near the lake.",
    "The survey found that most voters favour the plan.",
    "It is not clear when the bridge will reopen.",
    "Crews cleared the snow from the runway.",
    "The weather cleared by the afternoon.",
    "She found the book boring.",
    "The committee found the proposal sound.",
    "The sky was clear over the valley.",
    "Workers cleared the site for the new school.",
    "The planners cleared the way for a new park.",
    "The audience found the play too long.",
    "The fog cleared of its own accord by noon.",
]


@pytest.fixture(scope="module")
def pipelines() -> dict[bool, Pipeline]:
    return {flag: Pipeline(select_sentences=flag) for flag in (True, False)}


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str | None, str]]:
    """The events of an article whose second sentence is ``text`` (so that it is not the lead,
    which is always parsed)."""
    article = Article(text="It was a quiet week in the region. " + text, language="en")
    return {(e.plover_type, e.plover_mode, e.trigger.text)
            for e in pipeline.process(article).events}


@pytest.mark.parametrize(("probes", "plover", "least"), [
    (TRANSFERS, "AID", 24), (CALLS, "CONSULT", 24), (ACQUITTALS, "RETREAT", 14)])
def test_selection_keeps_every_event_of_a_parsed_need(
        pipelines: dict[bool, Pipeline], probes: list[str], plover: str, least: int) -> None:
    found = 0
    for text in probes:
        full = _events(pipelines[False], text)
        assert _events(pipelines[True], text) == full, text
        found += any(t == plover for t, _, _ in full)
    assert found >= least, (plover, found)


@pytest.mark.parametrize("text", NOT_TRANSFERS + EQUIPPED_NOTHING + NOT_CALLS + NOT_ACQUITTALS)
def test_neighbours_without_the_structure_lose_nothing(
        pipelines: dict[bool, Pipeline], text: str) -> None:
    assert _events(pipelines[True], text) == _events(pipelines[False], text)


@pytest.mark.parametrize("text", CALLS + TRANSFERS)
def test_a_need_read_from_the_parse_is_a_cue(text: str) -> None:
    assert "trigger" in kinds(text)


@pytest.mark.parametrize("text", NOT_CALLS)
def test_speaking_without_a_line_is_no_cue(text: str) -> None:
    assert "trigger" not in kinds(text)


def test_the_full_parse_finds_no_call_where_no_line_is_named(
        pipelines: dict[bool, Pipeline]) -> None:
    for text in NOT_CALLS:
        assert not any(m == "phone" for _, m, _ in _events(pipelines[False], text)), text


def test_the_words_of_a_need_are_the_words_its_reader_looks_for() -> None:
    """``select_needs.NEED_WORDS`` copies the extractors' word sets (select imports no extractor):
    a word added there must be added here, or its sentences are dropped."""
    from sitrep.extract.events.lexicon import BARRED, LINES
    from sitrep.extract.events.senses.courts.legal import DURATIONS
    from sitrep.extract.events.senses.courts.steps import CLEARING, INNOCENT
    from sitrep.nlp.select_needs import NEED_WORDS

    assert set(NEED_WORDS["@line"]["*"]) == LINES
    assert set(NEED_WORDS["@term"]["*"]) == DURATIONS
    assert set(NEED_WORDS["@barred"]["*"]) == BARRED
    assert set(NEED_WORDS["@acquitted"]["find"]) == INNOCENT
    assert all(NEED_WORDS["@acquitted"][lemma] == ("of",) for lemma in CLEARING)


def test_the_words_of_this_sessions_needs_cover_their_readers_words() -> None:
    """A punishment vowed needs "will" or "would", a protest called its protest noun, a party open
    to talks the talks: selection keeps a sentence on "call", "open" or a verb of punishing only
    with one of them (else every sentence with "call" is parsed), and must know every word the
    reader accepts (a hyphenated one by a part the text's word pattern keeps)."""
    from sitrep.extract.events.senses.gatherings import CALLED_OUT
    from sitrep.extract.events.unreal.conditioned import WILL
    from sitrep.extract.events.unreal.readiness import TALKS
    from sitrep.nlp.select import tokens
    from sitrep.nlp.select_needs import NEED_WORDS

    assert all(set(tokens(word)) & set(NEED_WORDS["@punished"]["*"]) for word in WILL)
    assert all(set(tokens(word)) & set(NEED_WORDS["@called_out"]["call"]) for word in CALLED_OUT)
    assert set(NEED_WORDS["@open_to"]["open"]) == TALKS


CALLS_AND_VOWS = [
    "The union called a general strike for Monday.",
    "Opposition parties called a sit-in outside parliament.",
    "Drivers' associations called a go-slow on the highway.",
    "The police chief said anyone caught looting would be punished.",
    "The governor said those responsible will be hunted down.",
    "The rebels said they were open to talks with the government.",
]


@pytest.mark.parametrize("text", CALLS_AND_VOWS)
def test_calls_vows_and_openness_are_cues(text: str) -> None:
    assert "trigger" in kinds(text)


@pytest.mark.parametrize("text", [
    "She called her sister late last night.",
    "The museum will open next spring after repairs.",
    "Fans brought flags and banners to the stadium.",
])
def test_call_open_and_bring_alone_are_no_cues(text: str) -> None:
    assert "trigger" not in kinds(text)
