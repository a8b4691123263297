"""Which ACLED labels an event may carry: the ones consistent with its PLOVER type and mode
(moved out of ``case.rules``, which re-exports these names).
"""

from __future__ import annotations

from collections.abc import Collection

from sitrep.extract.events.lexicon import ACLED_SUB_TO_TYPE
from sitrep.records import Event

# ACLED labels only where they are consistent with the event's PLOVER type and mode.
#
# The trigger lexicon gives a default ACLED event type and sub-event type per row and the
# sentence-level classifier (``acled_of_sentence``) may refine it; neither knows what
# the event finally is (its PLOVER type may change by modality, "threatened to attack" is a
# THREATEN), so an assassination could come out as "Peaceful protest" and a software that "takes
# control" as an "Armed clash". ``ACLED_ALLOWED`` is the one table of which ACLED sub-event types
# (ONTOLOGY.md) each PLOVER type may carry, narrowed by ``ACLED_MODE_ALLOWED`` where the PLOVER mode
# itself decides the family (a sexual assault is never an air strike). ACLED codes events that
# happened: a negated, hypothetical or future event has no ACLED label (a background one keeps
# its label: it happened). The event type is always the family of the sub-event type
# (``lexicon.ACLED_SUB_TO_TYPE``).
#
# ``choose_acled`` picks the first consistent label of those proposed (the classifier's, then the
# lexicon's); ``keep_acled_consistent`` drops a label that is not (after merging, which may have
# copied one from another candidate).

AcledLabel = tuple[str | None, str | None]

SUBS_BATTLES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
SUBS_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory",
             "Non-violent transfer of territory")
SUBS_REMOTE = ("Chemical weapon", "Air/drone strike", "Suicide bomb",
          "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade")
SUBS_CIVILIANS = ("Sexual violence", "Attack", "Abduction/forced disappearance")
SUBS_PROTESTS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
SUBS_RIOTS = ("Violent demonstration", "Mob violence")

# PLOVER type -> the ACLED sub-event types an event of that type may carry; a type not listed
# (the verbal and diplomatic ones: AGREE aside, ACLED codes no statements) carries none
ACLED_ALLOWED: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset((*SUBS_BATTLES, *SUBS_REMOTE, *SUBS_CIVILIANS, "Excessive force against protesters",
                          *SUBS_RIOTS, "Looting/property destruction", "Disrupted weapons use")),
    "PROTEST": frozenset((*SUBS_PROTESTS, *SUBS_RIOTS)),
    "COERCE": frozenset(("Arrests", "Disrupted weapons use", "Looting/property destruction",
                         *SUBS_TERRITORY, "Headquarters or base established",
                         "Protest with intervention", "Other")),
    "MOBILIZE": frozenset(("Change to group/activity", "Headquarters or base established",
                           "Other")),
    "RETREAT": frozenset(("Change to group/activity", "Agreement", *SUBS_TERRITORY, "Other")),
    "AGREE": frozenset(("Agreement",)),
}

# (PLOVER type, PLOVER mode) -> a narrower set, where the mode decides the family
ACLED_MODE_ALLOWED: dict[tuple[str, str], frozenset[str]] = {
    ("ASSAULT", "sexual"): frozenset(("Sexual violence",)),
    ("ASSAULT", "abduct"): frozenset(("Abduction/forced disappearance",)),
    ("ASSAULT", "suicide-attack"): frozenset(("Suicide bomb",)),
    ("ASSAULT", "aerial"): frozenset(("Air/drone strike",)),
    ("ASSAULT", "drone"): frozenset(("Air/drone strike",)),
    ("ASSAULT", "crowd-control"): frozenset(("Excessive force against protesters",
                                             "Protest with intervention", *SUBS_RIOTS)),
    ("PROTEST", "riot"): frozenset(SUBS_RIOTS),
    ("COERCE", "arrest"): frozenset(("Arrests", "Protest with intervention")),
    ("RETREAT", "ceasefire"): frozenset(("Agreement",)),
}

ACLED_UNREAL = frozenset(("negated", "hypothetical", "future"))  # did not happen (yet): no ACLED label


def acled_allowed(plover: str, plover_mode: str | None = None,
            modes: list[str] | tuple[str, ...] = ()) -> frozenset[str]:
    """The ACLED sub-event types an event of this PLOVER type, mode and auxiliary modes may
    carry."""
    if ACLED_UNREAL & set(modes):
        return frozenset()
    base = ACLED_ALLOWED.get(plover, frozenset())
    if plover_mode and (plover, plover_mode) in ACLED_MODE_ALLOWED:
        return base & ACLED_MODE_ALLOWED[(plover, plover_mode)]
    return base


def may_carry(plover: str, plover_mode: str | None, modes: list[str] | tuple[str, ...],
              families: Collection[str]) -> bool:
    """Whether a label of one of ``families`` (ACLED event types) may go on such an event: some
    allowed sub-event type is of one of them (``acled_consistent`` is False for every label of
    another family)."""
    return any(ACLED_SUB_TO_TYPE.get(s) in families
               for s in acled_allowed(plover, plover_mode, modes))


def acled_consistent(plover: str, plover_mode: str | None, modes: list[str] | tuple[str, ...],
                  label: AcledLabel) -> bool:
    """Whether ``label`` (event type, sub-event type) may go on such an event; no label always
    may. A label without a sub-event type needs a family some allowed sub-event type is of."""
    event_type, sub = label
    if event_type is None and sub is None:
        return True
    subs = acled_allowed(plover, plover_mode, modes)
    if sub is None:
        return any(ACLED_SUB_TO_TYPE[s] == event_type for s in subs)
    return sub in subs and ACLED_SUB_TO_TYPE.get(sub) == event_type


def choose_acled(plover: str, plover_mode: str | None, modes: list[str] | tuple[str, ...],
           *proposals: AcledLabel | None) -> AcledLabel:
    """The first of ``proposals`` consistent with the event, or no label."""
    for label in proposals:
        if label is not None and label != (None, None) and acled_consistent(plover, plover_mode,
                                                                          modes, label):
            return label
    return None, None


def keep_acled_consistent(event: Event) -> None:
    """Drop the ACLED label of ``event`` if it is not consistent with its type and modes."""
    label = (event.acled_event_type, event.acled_sub_event_type)
    if not acled_consistent(event.plover_type, event.plover_mode, event.modes, label):
        event.acled_event_type = event.acled_sub_event_type = None
