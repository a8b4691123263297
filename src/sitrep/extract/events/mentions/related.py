"""Whether two event triggers of one sentence name the same happening (``related``): one governs
the other, both sit in one clause, or one tells the other's outcome or purpose ("opened fire on a
bus, killing five", "nine were killed and 18 others wounded", "rallied to protest the cuts").
Read by ``events.merge.consolidate`` (moved from there, unchanged, when it reached 600 lines)."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.lexicon import triggers
from sitrep.extract.events.roles.clauses import headline_patient
from sitrep.extract.events.tokens import verb_above

VERBS = {"VERB", "AUX"}
NOUNS = {"NOUN", "PROPN"}
LINK_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "relcl", "acl", "xcomp",
             "ccomp", "appos", "agent", "oprd", "dative", "compound", "npadvmod"}


def _path_up(token: Token, top: Token, limit: int = 3) -> list[Token] | None:
    """The tokens from ``token`` up to ``top`` (exclusive of ``token``), or None when ``top``
    does not govern ``token`` within ``limit`` steps."""
    path: list[Token] = []
    node = token
    for _ in range(limit):
        if node.head.i == node.i:
            return None
        if node.dep_ not in LINK_DEPS:
            return None
        if node.dep_ == "relcl" and node.head.i != top.i:
            return None  # "shot a man who had stabbed a guard": the man's own act
        node = node.head
        if node.i == top.i:
            return path
        path.append(node)
    return None


def related(a: Token, b: Token, others: set[int]) -> bool:
    """True when the triggers ``a`` and ``b`` name the same happening: one is the head or a
    complement of the other (no other trigger in between), both sit in one clause, or they are
    conjoined verbs sharing one subject."""
    for low, high in ((a, b), (b, a)):
        path = _path_up(low, high)
        if path is not None and not any(t.i in others for t in path):
            return True
    if a.pos_ not in VERBS and b.pos_ not in VERBS:
        return False
    ha, hb = verb_above(a), verb_above(b)
    if ha.i == hb.i and (a.i == ha.i or b.i == hb.i):
        return True  # "were killed in an attack"
    for verb, noun, head in ((a, b, hb), (b, a, ha)):
        if noun.i != head.i and head.i != verb.i and head.i not in others and (
                _conjoined_outcome(head, verb) or _conjoined_outcome(verb, head)):
            return True  # "an officer was shot and a bystander hurt in a gunfight": its toll
    for first, second in ((a, b), (b, a)):
        if second.dep_ == "conj" and second.head.i == first.i and second.pos_ in VERBS and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in second.children):
            return True
        if _conjoined_to_clause(second, first, others):
            return True
        if _conjoined_complement(second, first):
            return True
        if done_there(second, first):
            return True
        if protesting_crowd(second, first, others):
            return True
        if result_of(second, first) or _elliptical_outcome(second, first) or \
                _outcome_when(second, first) or _conjoined_outcome(second, first) or \
                _left_outcome(second, first) or added_toll(second, first) or \
                doer_outcome(second, first, others):
            return True
    return False


# verbs by which a report goes on to a further detail ("the army said, adding that ...")
ADDING = {"add", "say"}


def added_toll(second: Token, first: Token) -> bool:
    """``second`` is a toll in the passive with no doer nor act of its own, told by "adding
    that" after the act ``first`` or after the statement reporting it ("troops clashed with
    rebels near Beni, the army said, adding that nine rebels were killed"; "the army said
    troops clashed with rebels, adding that nine were killed"): the act's outcome, one
    happening. A toll with an act of its own ("adding that two were killed in a separate
    attack") or dated to another day stays apart."""
    if second.lemma_.lower() not in OUTCOMES or second.dep_ != "ccomp" or not _undergone(second):
        return False
    adding = second.head
    if adding.lemma_.lower() not in ADDING or adding.tag_ != "VBG" or adding.dep_ != "advcl" \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in adding.children):
        return False
    if _own_cause(second) or _other_days(first, second) or first.pos_ not in VERBS:
        return False
    said = adding.head
    return said.i == first.i or (first.dep_ == "ccomp" and first.head.i == said.i)


def doer_outcome(second: Token, first: Token, others: set[int]) -> bool:
    """``second`` is a participle of harm hung on the person whose relative clause tells the
    act ``first`` ("a man who fired a rifle into a cafe, wounding two customers, was jailed":
    the parser hangs the participle on "man"), or on the verb of which that person is the
    subject when the verb tells no act of the type (``others``: "a man who attacked a guard,
    wounding him, was caught"): the act's outcome, one happening."""
    if second.dep_ not in {"acl", "advcl"} or second.tag_ != "VBG" or second.i < first.i:
        return False
    if second.lemma_.lower() not in OUTCOMES | HARMS or any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in second.children):
        return False
    if first.dep_ != "relcl":
        return False
    person = first.head
    if second.dep_ == "acl":
        return second.head.i == person.i
    return second.head.i not in others and person.dep_ in {"nsubj", "nsubjpass"} and \
        person.head.i == second.head.i


def _conjoined_to_clause(second: Token, first: Token, others: set[int]) -> bool:
    """``second`` is a verb conjoined, with no subject of its own, to the verb of the clause
    whose object names the act ``first`` ("went on strike and marched to parliament", "staged
    a sit-in and blocked the gates"): what the same people did in one go, as with two verbs
    sharing a subject."""
    if first.pos_ not in NOUNS or second.pos_ not in VERBS or second.dep_ != "conj":
        return False
    head = verb_above(first)
    if head.i == first.i or head.i in others or second.head.i != head.i:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in second.children)


def purpose_of(second: Token, first: Token) -> bool:
    """``second`` is the infinitive of purpose of ``first``'s clause, with no subject of its own
    ("thousands rallied outside parliament to protest the cuts", "the parties met on Sunday to
    discuss a coalition", "residents blocked the road to protest", "workers began a strike to
    protest"): the act done for it, one
    happening when both are of one type, whatever their modes (a march to protest is the
    march); also the object of such an infinitive ("summoned the ambassador to lodge a
    protest", "met in Doha to hold talks"). Not a purpose with its own subject ("for the army
    to withdraw")."""
    if second.dep_ == "dobj" and second.pos_ in NOUNS and second.head.dep_ == "advcl":
        second = second.head  # "to lodge a protest": the purpose is the lodging
    if second.dep_ != "advcl" or second.pos_ not in VERBS:
        return False
    # "began a general strike on Monday to protest": the purpose of the verb whose object
    # names the act
    if second.head.i != first.i and not (first.dep_ == "dobj" and first.head.i == second.head.i):
        return False
    kids = list(second.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not any(
        c.dep_ in {"nsubj", "nsubjpass", "mark"} and c.lower_ != "to" for c in kids)


# harms told in the passive with their victims ("was shot dead", "were injured")
HARMS = {"kill", "murder", "injure", "wound", "hurt", "maim", "shoot", "stab", "beat", "slash",
         "hack", "batter", "assault", "attack", "torture", "strangle", "behead"}
# what sets two harms apart when each names its own: a place or a day
SETTINGS = {"GPE", "LOC", "FAC", "DATE"}


def _conjoined_outcome(second: Token, first: Token) -> bool:
    """Two passive harms coordinated, each with its own victims and no doer ("a man was killed
    and a boy was wounded in a shooting", "a guard was shot dead and two inmates were
    injured"; a headline's reduced passives: "Man killed, woman hurt in shooting"): one
    happening's toll, unless each names its own place or day ("two were killed in Kabul and
    three wounded in Herat", "a man was killed in a shooting in Leeds and a woman stabbed in a
    robbery in York")."""
    if not _coordinated(second, first) or second.lemma_.lower() not in HARMS:
        return False
    if not _suffered(second) or not (first.lemma_.lower() in HARMS and _suffered(first) or (
            any(c.dep_ == "nsubj" for c in first.children) and not _own_cause(second))):
        return False  # or the act by its doers: "police fired tear gas, and 20 were injured"
    settings = [{g.text for c in verb.children if c.dep_ == "prep" for g in c.subtree
                 if g.pos_ == "PROPN" or g.ent_type_ in SETTINGS} for verb in (first, second)]
    return not (settings[0] and settings[1] and settings[0] != settings[1])


def _own_cause(verb: Token) -> bool:
    """A harm told with an act of its own ("killed in clashes across the country")."""
    return any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in triggers() for c in
               verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"} for g in c.children)


def _coordinated(second: Token, first: Token) -> bool:
    """``second`` is conjoined to ``first``, or both are clauses of one kind hung on one head
    with the "and" of ``first`` between them (the parser reads "a man was killed and a woman
    was wounded ..., police said" as two clauses of "said")."""
    if second.dep_ == "conj" and second.head.i == first.i:
        return True
    head = first.head
    return (first.i < second.i and head.i != first.i and second.head.i == head.i
            and first.dep_ == second.dep_ and first.dep_ in {"ccomp", "conj"}
            and any(c.dep_ == "cc" and first.i < c.i < second.i for c in first.children))


def _suffered(verb: Token) -> bool:
    """A harm told in the passive with no doer: with its auxiliary or passive subject ("was
    killed"), or a headline's reduced passive ("Man killed", "woman hurt":
    ``roles.clauses.headline_patient``)."""
    kids = list(verb.children)
    deps = {c.dep_ for c in kids}
    if "agent" in deps:
        return False
    return bool(deps & {"auxpass", "nsubjpass"}) or headline_patient(verb, kids) is not None


def _left_outcome(second: Token, first: Token) -> bool:
    """``second`` is an outcome told by "leave" whose subject is ``first`` ("a bomb attack on a
    police station has left five officers dead and dozens wounded", "the explosion left three
    dead and nine injured"), or by a participle "leaving" after the act's verb ``first``
    ("police fired rubber bullets at the strikers, leaving 20 workers injured"): the attack's
    toll."""
    if second.lemma_.lower() not in OUTCOMES:
        return False
    if first.pos_ in VERBS and second.head.i == first.i and second.tag_ == "VBN" and any(
            c.lemma_.lower() == "leave" and c.tag_ == "VBG" and c.dep_ == "advcl"
            and c.i < second.i for c in first.children):
        return True  # "fired at marchers, leaving five people wounded", "wounded" parsed on
        # "fired" beside "leaving"
    verb = second
    for _ in range(4):  # "left [five officers dead] and [dozens wounded]", "nine injured"
        if verb.head.i == verb.i:
            return False
        verb = verb.head
        if verb.lemma_.lower() == "leave" and verb.pos_ in VERBS:
            break
    else:
        return False
    if first.pos_ in VERBS:  # "police fired tear gas at the strikers, leaving 20 injured"
        return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i == first.i and \
            not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children)
    node = first.head if first.dep_ == "compound" else first
    return node.dep_ == "nsubj" and node.head.i == verb.i


def _conjoined_complement(second: Token, first: Token) -> bool:
    """``second`` is a verb conjoined to the infinitive complement of ``first``, with no
    subject of its own ("threatened to kick and punch the guard", "vowed to burn and loot the
    village"): the content of one act, as "threatened to kick" is."""
    head = second.head
    return second.dep_ == "conj" and second.pos_ in VERBS and head.dep_ == "xcomp" and \
        head.head.i == first.i and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in second.children)


TIME_MARKS = {"when", "as"}
SEQUEL_MARKS = {"after"}  # "four policemen were killed after militants ambushed a patrol"


def _outcome_when(second: Token, first: Token) -> bool:
    """``first`` is a passive outcome verb with no doer of its own and ``second`` the act of
    its "when" clause, or an act conjoined in it ("two soldiers were killed when militants
    attacked their convoy", "a woman was killed when a bullet ricocheted and hit her"), or of
    its "after" clause done by others than the victims ("four policemen were killed after
    militants ambushed a patrol"; not "a man was shot dead after he stabbed a guard", the
    victim's own act, nor an act told on a day of its own): the act and its toll, one
    happening. An outcome with its own doer ("police killed two gunmen when rebels attacked")
    stays apart."""
    if first.lemma_.lower() not in OUTCOMES | HARMS or second.pos_ not in VERBS:
        return False  # "four people were shot dead when gunmen opened fire": a harm too
    if not _undergone(first):
        return False
    clause = second.head if second.dep_ == "conj" else second
    # the clause of the outcome or of an outcome conjoined to it ("four policemen were killed
    # and 16 militants were neutralized after ...")
    heads = {first.i} | {c.i for c in first.children if c.dep_ == "conj" and (
        _undergone(c) or _elliptical_outcome(c, first))}  # "... and six others hurt when"
    marks = {c.lower_ for c in clause.children if c.dep_ in {"advmod", "mark"}}
    if clause.dep_ == "relcl" and marks & TIME_MARKS and _time_of(clause.head, heads):
        # "were shot dead on Sunday night when gunmen opened fire": the parser hangs the
        # "when" clause on the time
        return first.lemma_.lower() in OUTCOMES or not _other_days(clause, first)
    if clause.dep_ != "advcl" or clause.head.i not in heads:
        return False
    if marks & TIME_MARKS:
        return first.lemma_.lower() in OUTCOMES or not _other_days(clause, first)
    return bool(marks & SEQUEL_MARKS) and _others_did(clause, first)


def _undergone(verb: Token) -> bool:
    """A verb told in the passive with no doer of its own: with its auxiliary or passive
    subject ("were killed"), or a participle on its victims ("21 officers injured")."""
    kids = {c.dep_ for c in verb.children}
    if "agent" in kids:
        return False
    return bool(kids & {"auxpass", "nsubjpass"}) or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def _others_did(clause: Token, outcome: Token) -> bool:
    """The act of ``clause`` has a subject of its own that is a noun other than the victims of
    ``outcome`` (not "he", "they", nor the victims' own word), and the two are not dated to
    days of their own ("killed on Monday after rebels attacked on Sunday")."""
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    victims = {c.lemma_.lower() for c in outcome.children if c.dep_ == "nsubjpass"}
    if outcome.dep_ == "acl":
        victims.add(outcome.head.lemma_.lower())
    if not doers or any(d.pos_ not in NOUNS or d.lemma_.lower() in victims for d in doers):
        return False
    return not _other_days(clause, outcome)


def _other_days(clause: Token, outcome: Token) -> bool:
    """The act of ``clause`` and ``outcome`` are each dated, to different days ("was shot
    dead on Monday when he opened fire on police on Sunday")."""
    days = [{t.lower_ for c in verb.children if c.dep_ in {"prep", "npadvmod"}
             for t in c.subtree if t.ent_type_ == "DATE" and not (
                 verb is outcome and clause.i in {x.i for x in t.ancestors})}
            for verb in (clause, outcome)]
    return bool(days[0] and days[1] and days[0] != days[1])


def _time_of(noun: Token, heads: set[int]) -> bool:
    """``noun`` is a time said of one of the verbs ``heads``, directly or through a
    preposition ("on Sunday night")."""
    if noun.ent_type_ not in {"DATE", "TIME"}:
        return False
    up = noun.head.head if noun.dep_ == "pobj" else noun.head
    return up.i in heads


# verbs of what befell victims, which one sentence lists for one happening ("nine were killed
# and 18 others wounded in a clash")
OUTCOMES = {"kill", "injure", "wound", "hurt", "maim"}


def _elliptical_outcome(second: Token, first: Token) -> bool:
    """``second`` is an outcome verb conjoined to a passive outcome verb ``first`` whose
    auxiliary it shares ("nine civilians were killed and 18 others wounded"; the parser reads
    "18 others" as its subject): the toll of one happening, not a second act. "Police killed two
    gunmen and soldiers wounded three" (active, each with its own doer) stays two."""
    conjoined = second.dep_ == "conj" and second.head.i == first.i
    # "were killed and five injured", parsed as "five" conjoined to "killed", "injured" its acl
    victims = second.dep_ == "acl" and second.head.dep_ == "conj" and \
        second.head.head.i == first.i
    if not (conjoined or victims) or second.tag_ not in {"VBN", "VBD"}:
        return False
    if first.lemma_.lower() not in OUTCOMES or second.lemma_.lower() not in OUTCOMES:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in first.children)
    return passive and not any(c.dep_ in {"aux", "auxpass", "agent"} for c in second.children)


def result_of(second: Token, first: Token) -> bool:
    """``second`` is a participle after the clause of ``first`` that tells the act's outcome, with
    no subject of its own: "opened fire on a bus, killing five", "shelled the town, wounding
    four", "a bomber blew himself up, killing 12"; or a participle conjoined to such a one
    ("exploded at a market, killing 12 people and injuring 40 others")."""
    if second.dep_ == "conj" and second.tag_ == "VBG" and second.head.tag_ == "VBG" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in second.children):
        return result_of(second.head, first)  # "..., killing five and wounding nine"
    if second.dep_ != "advcl" or second.tag_ != "VBG" or second.i < first.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in second.children):
        return False  # "while fleeing", "after they attacked": another act of its own
    return second.head.i in {first.i, verb_above(first).i}


# clauses embedded under a verb that tells no act ("hunting the men who attacked a bus")
EMBEDDED = {"relcl", "ccomp", "acl"}


def embedded_outcome(second: Token, first: Token, others: set[int]) -> bool:
    """``second`` is a participle of harm hung by the parser on a verb that tells no act of its
    type (``others``: the sentence's triggers of that type) ("police were hunting the men who attacked a bus, killing four passengers", "are
    pursuing a gang that had ambushed a patrol, killing two officers"), and ``first`` the act of
    a clause embedded under that verb, the last act before the participle: the act and its
    outcome. Where the verb is itself an act ("troops raided the camp of militants who had
    attacked a village, killing three"), ``result_of`` reads the participle as its outcome."""
    if second.dep_ != "advcl" or second.tag_ != "VBG" or first.pos_ not in VERBS:
        return False
    if second.lemma_.lower() not in OUTCOMES or any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in second.children):
        return False
    head = second.head
    if head.i in others or not first.i < second.i:
        return False
    if any(first.i < i < second.i for i in others):
        return False  # another act between them is the one the participle follows
    node = first
    for _ in range(4):
        if node.dep_ not in EMBEDDED | {"pobj", "prep", "dobj"} or node.head.i == node.i:
            return False
        if node.head.i == head.i:
            return node.dep_ in EMBEDDED or node.dep_ in {"prep", "dobj"} and \
                first.dep_ in EMBEDDED
        node = node.head
    return False


# pronouns a relative clause of the act's place takes for the act's own doers
THEIR_PRONOUNS = {"they", "he", "she", "we", "i", "it"}
PLACE_WORDS = 20  # tokens between the act's verb and its place's relative clause, at most


def done_there(second: Token, first: Token) -> bool:
    """``second`` is a relative clause of a place in ``first``'s phrase, opened by "where", whose
    subject is a pronoun or none and which is not told as done before ("raided a farm on the
    outskirts of Culiacan, where they seized 20 rifles", "searched a flat, where they found and
    seized a gun": the conjunct too): what the doers did at the place of the act, one
    operation. Not a clause with doers of its own ("where rebels seized weapons") nor an
    earlier act there ("where police had seized rifles")."""
    verb = second.head if second.dep_ == "conj" and second.head.dep_ == "relcl" else second
    if verb.dep_ != "relcl" or first.pos_ not in VERBS or not 0 < verb.i - first.i <= PLACE_WORDS:
        return False
    kids = list(verb.children) + (list(second.children) if second.i != verb.i else [])
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in kids):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in THEIR_PRONOUNS for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in kids):
        return False
    return _climbs_to(verb.head, first, PLACE_WORDS)


def protesting_crowd(second: Token, first: Token, others: set[int]) -> bool:
    """``second`` is a protest told by a participle of the crowd of ``first``'s clause ("broke
    up a march by students protesting against power cuts", "a sit-in of workers demonstrating
    over pay"): the crowd's own protest, one happening. Only protests (a participle of people
    under an attack names what they do, not the attack on them), and not past another protest
    trigger between them."""
    if second.dep_ != "acl" or second.tag_ != "VBG" or second.head.pos_ not in NOUNS:
        return False
    rows = triggers().get(second.lemma_.lower(), ())
    if not any(r.plover == "PROTEST" for r in rows):
        return False
    return _climbs_to(second.head, verb_above(first), 8, others)


def _climbs_to(node: Token, target: Token, steps: int, avoid: set[int] | None = None) -> bool:
    """Whether ``target`` is ``node`` or one of its first ``steps`` heads, reached without
    passing a verb, the root or a token of ``avoid``."""
    for _ in range(steps):
        if avoid and node.i in avoid:
            return False
        if node.i == target.i:
            return True
        if node.head.i == node.i or node.pos_ in VERBS:
            return False
        node = node.head
    return False
