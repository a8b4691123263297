"""Stopping one's own service, work or trade is no sanction of anyone
(events/eventhood/routine.py, ``own_work_stopped``): "the bus company suspended service to the
neighbourhood", "transport unions would suspend services for 48 hours", "the mine halted
production", "the bank suspended trading", "the school suspended classes". A suspension of
aid, cooperation, talks, a deal, imports or a licence stays a SANCTION. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

OWN_WORK = [
    "The bus company suspended service to the neighbourhood for the rest of the day.",
    "Transport unions said they would suspend services for 48 hours starting Friday.",
    "The ferry operator suspended its services after the storm.",
    "The mining company halted production at the site on Monday.",
    "The exchange suspended trading in the shares on Tuesday.",
    "The university suspended classes for a week after the clashes.",
    "The government suspended all mining activity in the province for a month.",
    "The rail operator has suspended service on the northern line.",
    "Service was suspended on the route after gunmen attacked a driver.",
    "Schools in the district suspended lessons on Monday.",
    "The factory stopped work for two days after the fire.",
    "Taxi drivers suspended their services in the city on Wednesday.",
]
KEPT = [
    "The European Union suspended aid to the government on Monday.",
    "Ruritania suspended its cooperation with the neighbouring army.",
    "The government suspended imports of beef from Borduria.",
    "The regulator suspended the broadcaster's licence for a month.",
    "Washington suspended military assistance to the junta on Friday.",
    "The country suspended its participation in the regional council.",
    "Borduria suspended the trade agreement with its neighbour.",
    "The bloc suspended trade preferences for the country on Tuesday.",
]


@pytest.mark.parametrize("text", OWN_WORK)
def test_stopping_one_s_own_service_is_no_sanction(pipeline, text: str) -> None:
    assert "SANCTION" not in plover_types(text)


@pytest.mark.parametrize("text", KEPT)
def test_suspending_aid_or_ties_stays_a_sanction(pipeline, text: str) -> None:
    assert "SANCTION" in plover_types(text)
