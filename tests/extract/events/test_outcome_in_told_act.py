"""Made-up probes (not copied from any data set): an outcome told in an act named before with a
definite word ("a chief was wounded in the attack", "died in the clashes", "were injured by the
blast") is that act's toll, one happening: one event and one incident (``corefer``'s
``_told_by_cause``), also when the outcome's sentence is placed only by the dateline.
Neighbours: an act of its own ("in another attack", "in a separate attack", "in a bombing in
Kirkuk on Wednesday") stays a second happening, and outcomes that were already one keep one."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.samples import assault_incidents

import sitrep

# one happening told twice, two events (and mostly two incidents) before the change
CHANGED = [
    "LAGOS, Nigeria - Gunmen attacked a police station in Kano on Tuesday, killing three "
    "officers. A local chief was wounded in the attack, police said.",
    "BAGHDAD - A roadside bomb hit an army patrol near Mosul on Monday. Two soldiers were "
    "killed in the bombing, the army said.",
    "A gunman opened fire at a bar in Leeds on Friday. A bouncer was wounded in the shooting, "
    "police said.",
    "NAIROBI, Kenya - A car bomb exploded outside a hotel in Mombasa on Tuesday. Two police "
    "officers were injured in the blast, officials said.",
    "Rebels stormed a village near Beni on Wednesday night. Twelve villagers were killed "
    "during the raid, according to the local mayor.",
    "JAKARTA - A suicide bomber blew himself up outside a church in Makassar on Sunday. "
    "Several worshippers were injured in the explosion.",
    "CAIRO - Gunmen attacked a checkpoint in northern Sinai on Friday. Five conscripts were "
    "killed in the assault, the army said.",
    "MANILA - Soldiers clashed with rebels in Mindanao on Tuesday. A rebel commander was "
    "killed in the fighting.",
    "Gunmen shot at a minibus near Kisumu on Sunday. The driver and two passengers were "
    "wounded in the shooting.",
    "A police officer was shot dead outside a bank in Derry on Tuesday. His partner was "
    "wounded in the shooting.",
    "KINSHASA - Militiamen raided a camp for displaced people in Ituri on Thursday. Twenty "
    "residents were killed in the raid.",
]
# already one happening before the change: stays one
KEPT_ONE = [
    "Hundreds of farmers clashed with herders near Jos on Sunday. At least nine people died "
    "in the clashes, a local official said.",
    "A man stabbed two women outside a shop in Bristol on Monday. Both women were hurt in the "
    "attack but are expected to recover.",
    "A bomb exploded at a bus station in Peshawar on Monday. A provincial minister was killed "
    "in the blast.",
]
# two happenings: the second act is one of its own
KEPT_TWO = [
    "NAIROBI, Kenya - Gunmen attacked a hotel in Mombasa on Tuesday. Two guards were wounded "
    "in another attack in Malindi on Wednesday.",
    "Gunmen attacked a police station in Kano on Tuesday. A local chief was wounded in a "
    "separate attack in Zaria on Thursday.",
    "A roadside bomb hit an army patrol near Mosul on Monday. Two soldiers were killed in a "
    "bombing in Kirkuk on Wednesday.",
    "Gunmen attacked a mosque in Kabul on Friday. The imam's son was wounded in an attack on a "
    "school in Herat on Sunday.",
]
PUBLISHED = dt.date(2021, 3, 10)
CASES = ([pytest.param(t, 1, id=f"changed-{k:02d}") for k, t in enumerate(CHANGED)]
         + [pytest.param(t, 1, id=f"kept-one-{k:02d}") for k, t in enumerate(KEPT_ONE)]
         + [pytest.param(t, 2, id=f"kept-two-{k:02d}") for k, t in enumerate(KEPT_TWO)])


@pytest.mark.parametrize("text,count", CASES)
def test_an_outcome_in_the_act_told_before_is_its_toll(pipeline, tmp_path, text: str,
                                                       count: int) -> None:
    events = [e for e in sitrep.process_text(text, published=PUBLISHED).events
              if e.plover_type == "ASSAULT"]
    assert len(events) == count, [(e.trigger.text, e.evidence.start) for e in events]
    incidents = assault_incidents(pipeline, str(tmp_path / "probe.db"), text, PUBLISHED)
    assert len(incidents) == count, [(i["place"], i["date_first"]) for i in incidents]
