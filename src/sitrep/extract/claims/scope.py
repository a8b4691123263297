"""Which figures a speaker speaks for, and speakers the parse leaves without a subject.

- ``covers(verb, token)``: "X said" covers the clause it reports or stands in, not a clause
  past a semicolon ("Gunmen seized 14 travellers; officials said three escaped": the 14 are no
  one's claim), nor a clause with its own subject joined to it by "and" or "while", before or
  after ("..., police said, and four more died in hospital"; "Floods drove 20,000 from their
  homes, and the agency said 12 drowned": the 20,000 are no one's claim);
- ``trailing_speaker(verb)``: the words between the last comma and a reporting verb that ends
  the sentence with no subject of its own ("..., among them two children, the city mayor
  said": the parser hung "the city mayor" on the children);
- ``participle_speaker(verb)``: the subject of the clause a reporting participle hangs on
  ("The agency raised the toll, saying 77 people had died": the agency).

Used by ``sitrep.extract.claims.attribution``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# a clause set against the one before it ("..., while fishermen said 11 others drowned")
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
_CLAUSE_POS = frozenset({"VERB", "AUX", "ADJ"})


def own_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _semicolon_between(a: int, b: int, doc_tokens: Span) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any(t.text == ";" for t in doc_tokens[lo + 1:hi])


def _dominates(a: Token, b: Token) -> bool:
    return any(x.i == a.i for x in b.ancestors)


def _path_child(verb: Token, token: Token) -> Token | None:
    """The child of ``verb`` on the way down to ``token`` (``verb`` dominates it)."""
    node = token
    while node.head.i != node.i:
        if node.head.i == verb.i:
            return node
        node = node.head
    return None


def _separate_clause(node: Token) -> bool:
    """A clause of its own joined by "and" / "but" (a conjunct with its own subject), or set
    against the one before by "while" / "whereas"."""
    if node.pos_ not in _CLAUSE_POS or not own_subject(node):
        return False
    if node.dep_ == "conj":
        return True
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS
                                         for c in node.children)


def _reports_own(verb: Token) -> bool:
    """A speaker's verb with a report of its own ("the agency said 12 drowned"), not a bare
    "..., police said on Tuesday" that the parser joined to the clause before."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def covers(verb: Token, token: Token, reporting: frozenset[str] | set[str]) -> bool:
    """Whether the speaker of ``verb`` speaks for the figure at ``token`` (see the module
    docstring); ``reporting``: the lemmas of reporting verbs (a second reporting verb that
    shares the speaker, "said ... and added", is still theirs)."""
    doc = token.doc
    if _semicolon_between(verb.i, token.i, doc[:]):
        return False
    if _dominates(verb, token):
        child = _path_child(verb, token)
        return child is None or not (child.i > verb.i and _separate_clause(child) and (
            child.lemma_.lower() not in reporting))
    if verb.i > token.i and _separate_clause(verb) and _reports_own(verb) and (
            _dominates(verb.head, token) or verb.head.i == token.i):
        return False  # "X drove 20,000 from their homes, and the agency said 12 drowned"
    if verb.i < token.i:
        node = token
        while node.head.i != node.i:
            if _separate_clause(node) and node.head.i < verb.i < node.i:
                return False  # "..., police said, and four more died"
            node = node.head
    return True


_NOT_IN_A_NAME = frozenset({"VERB", "AUX", "NUM", "SCONJ", "PUNCT"})


def trailing_speaker(verb: Token) -> Span | None:
    """The speaker before a reporting verb at the end of the sentence that has no subject in
    the parse: the words after the last comma before it, when they are a short noun phrase
    (no verb, no figure) and nothing but a short adjunct follows the verb ("..., the UN agency
    said on Monday.")."""
    doc = verb.doc
    after = [t for t in doc[verb.i + 1:] if not t.is_punct]
    if len(after) > 5 or any(t.pos_ in ("VERB", "AUX") for t in after):
        return None
    comma = next((t.i for t in reversed(doc[:verb.i]) if t.text == ","), None)
    if comma is None:
        return None
    words = doc[comma + 1:verb.i]
    if not 1 <= len(words) <= 12 or words[0].pos_ in ("CCONJ", "SCONJ", "ADP") or any(
            t.pos_ in _NOT_IN_A_NAME and t.text not in ("'s", "’s") for t in words):
        return None
    if words[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    return words


def participle_speaker(verb: Token) -> Token | None:
    """The subject of the clause a reporting participle with no subject hangs on ("The agency
    raised the toll on Monday, saying 77 people had died"), or None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    head = verb.head
    return next((c for c in head.children if c.dep_ in ("nsubj",) and c.i < verb.i), None)
