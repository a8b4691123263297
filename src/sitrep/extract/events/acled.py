"""ACLED labels only where they are consistent with the event's PLOVER type and mode.

The trigger lexicon gives a default ACLED event type and sub-event type per row and the
sentence-level classifier (``case_types.acled_of_sentence``) may refine it; neither knows what
the event finally is (its PLOVER type may change by modality, "threatened to attack" is a
THREATEN), so an assassination could come out as "Peaceful protest" and a software that "takes
control" as an "Armed clash". ``ALLOWED`` is the one table of which ACLED sub-event types
(ONTOLOGY.md) each PLOVER type may carry, narrowed by ``MODE_ALLOWED`` where the PLOVER mode
itself decides the family (a sexual assault is never an air strike). ACLED codes events that
happened: a negated, hypothetical or future event has no ACLED label (a background one keeps
its label: it happened). The event type is always the family of the sub-event type
(``lexicon.ACLED_SUB_TO_TYPE``).

``choose`` picks the first consistent label of those proposed (the classifier's, then the
lexicon's); ``keep_consistent`` drops a label that is not (after merging, which may have
copied one from another candidate).
"""

from __future__ import annotations

from sitrep.extract.events.lexicon import ACLED_SUB_TO_TYPE
from sitrep.records import Event

Label = tuple[str | None, str | None]

BATTLES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory",
             "Non-violent transfer of territory")
REMOTE = ("Chemical weapon", "Air/drone strike", "Suicide bomb",
          "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade")
CIVILIANS = ("Sexual violence", "Attack", "Abduction/forced disappearance")
PROTESTS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
RIOTS = ("Violent demonstration", "Mob violence")

# PLOVER type -> the ACLED sub-event types an event of that type may carry; a type not listed
# (the verbal and diplomatic ones: AGREE aside, ACLED codes no statements) carries none
ALLOWED: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset((*BATTLES, *REMOTE, *CIVILIANS, "Excessive force against protesters",
                          *RIOTS, "Looting/property destruction", "Disrupted weapons use")),
    "PROTEST": frozenset((*PROTESTS, *RIOTS)),
    "COERCE": frozenset(("Arrests", "Disrupted weapons use", "Looting/property destruction",
                         *TERRITORY, "Headquarters or base established",
                         "Protest with intervention", "Other")),
    "MOBILIZE": frozenset(("Change to group/activity", "Headquarters or base established",
                           "Other")),
    "RETREAT": frozenset(("Change to group/activity", "Agreement", *TERRITORY, "Other")),
    "AGREE": frozenset(("Agreement",)),
}

# (PLOVER type, PLOVER mode) -> a narrower set, where the mode decides the family
MODE_ALLOWED: dict[tuple[str, str], frozenset[str]] = {
    ("ASSAULT", "sexual"): frozenset(("Sexual violence",)),
    ("ASSAULT", "abduct"): frozenset(("Abduction/forced disappearance",)),
    ("ASSAULT", "suicide-attack"): frozenset(("Suicide bomb",)),
    ("ASSAULT", "aerial"): frozenset(("Air/drone strike",)),
    ("ASSAULT", "drone"): frozenset(("Air/drone strike",)),
    ("ASSAULT", "crowd-control"): frozenset(("Excessive force against protesters",
                                             "Protest with intervention", *RIOTS)),
    ("PROTEST", "riot"): frozenset(RIOTS),
    ("COERCE", "arrest"): frozenset(("Arrests", "Protest with intervention")),
    ("RETREAT", "ceasefire"): frozenset(("Agreement",)),
}

UNREAL = frozenset(("negated", "hypothetical", "future"))  # did not happen (yet): no ACLED label


def allowed(plover: str, plover_mode: str | None = None,
            modes: list[str] | tuple[str, ...] = ()) -> frozenset[str]:
    """The ACLED sub-event types an event of this PLOVER type, mode and auxiliary modes may
    carry."""
    if UNREAL & set(modes):
        return frozenset()
    base = ALLOWED.get(plover, frozenset())
    if plover_mode and (plover, plover_mode) in MODE_ALLOWED:
        return base & MODE_ALLOWED[(plover, plover_mode)]
    return base


def is_consistent(plover: str, plover_mode: str | None, modes: list[str] | tuple[str, ...],
                  label: Label) -> bool:
    """Whether ``label`` (event type, sub-event type) may go on such an event; no label always
    may. A label without a sub-event type needs a family some allowed sub-event type is of."""
    event_type, sub = label
    if event_type is None and sub is None:
        return True
    subs = allowed(plover, plover_mode, modes)
    if sub is None:
        return any(ACLED_SUB_TO_TYPE[s] == event_type for s in subs)
    return sub in subs and ACLED_SUB_TO_TYPE.get(sub) == event_type


def choose(plover: str, plover_mode: str | None, modes: list[str] | tuple[str, ...],
           *proposals: Label | None) -> Label:
    """The first of ``proposals`` consistent with the event, or no label."""
    for label in proposals:
        if label is not None and label != (None, None) and is_consistent(plover, plover_mode,
                                                                          modes, label):
            return label
    return None, None


def keep_consistent(event: Event) -> None:
    """Drop the ACLED label of ``event`` if it is not consistent with its type and modes."""
    label = (event.acled_event_type, event.acled_sub_event_type)
    if not is_consistent(event.plover_type, event.plover_mode, event.modes, label):
        event.acled_event_type = event.acled_sub_event_type = None
