"""Tallies across articles: several reports of the same incident with different figures."""

from __future__ import annotations

import datetime as dt

from sitrep.reconcile.tallies import build_tallies, tallies_from_db
from sitrep.records import Article

REPORTS = [
    ("2021-03-03", "Wire A", "Twelve civilians have been killed in Marib since March 1, the "
                             "health ministry said."),
    ("2021-03-05", "Wire B", "The health ministry said 20 civilians have been killed in Marib "
                             "since March 1."),
    ("2021-03-05", "Wire C", "Rebels said only 5 civilians have been killed in Marib since "
                             "March 1."),
    ("2021-03-06", "Wire D", "Between 18 and 25 civilians have been killed in Marib since "
                             "March 1, according to a monitoring group."),
    ("2021-03-06", "Wire D", "In 2015, a war in the region left 3,000 dead."),
]


def _extractions(pipeline):
    articles = [Article(text=text, published=dt.date.fromisoformat(pub), source=source)
                for pub, source, text in REPORTS]
    return list(pipeline.process_many(articles))


def _the_tally(tallies):
    found = [t for t in tallies if t.key.outcome == "killed" and t.key.victims == "civilian"]
    assert len(found) == 1, [t.to_dict() for t in tallies]
    return found[0]


def test_tally_over_reports_in_a_database(pipeline, db_target):
    from sitrep.store import open_db

    with open_db(db_target) as db:
        for extraction in _extractions(pipeline):
            db.save(extraction)
        tally = _the_tally(tallies_from_db(db))
    assert (tally.key.period_kind, tally.key.period_start) == ("since", "2021-03-01")
    # the ministry's newer cumulative figure (20) supersedes its older one (12)
    superseded = [tc.low for tc in tally.claims if tc.superseded]
    assert superseded == [12]
    assert (tally.low, tally.best, tally.high) == (5, 20, 25)
    assert tally.contested
    claimants = [c.lower() for c in tally.claimants]
    assert "the health ministry" in claimants and "rebels" in claimants
    assert "a monitoring group" in claimants
    assert all(tc.article_id for tc in tally.claims)


def test_postgresql_gives_the_tallies_sqlite_gives(pipeline, tmp_path, pg_server):
    from sitrep.store import open_db

    extractions = _extractions(pipeline)
    found = []
    for target in (str(tmp_path / "tally.db"), pg_server.database()):
        with open_db(target) as db:
            db.save_many(extractions)
            found.append([[t.to_dict() for t in tallies_from_db(db, **filters)]
                          for filters in ({}, {"type": "killed"}, {"place": "Marib"},
                                          {"since": "2021-03-05"})])
    assert found[0][0] and found[1] == found[0]


def test_history_is_not_tallied_and_agreeing_reports_are_not_contested(pipeline):
    extractions = _extractions(pipeline)
    items = [(c, ex.article) for ex in extractions for c in ex.claims]
    assert not any(t.key.outcome == "killed" and t.best == 3000 for t in build_tallies(items))
    agreeing = [(c, ex.article) for ex in extractions[:2] for c in ex.claims]
    tally = _the_tally(build_tallies(agreeing))
    assert (tally.low, tally.best, tally.high, tally.contested) == (20, 20, 20, False)
    assert tally.to_dict()["claims"][0]["superseded"] is True


def test_tallies_with_and_without_a_side_or_estimate_sort_without_error():
    """Found on all of news-mix: two tallies equal in outcome, best and victims, one with a side
    and one without, made the sort compare a str with None."""
    from samples import TEXT, ev
    from sitrep.records import Claim

    def claim(side, low):
        return Claim(ev("killing 5 civilians", TEXT), "killed", low, low, victims="civilian",
                     side=side)

    vague = Claim(ev("killing 5 civilians", TEXT), "killed", None, None, vague="dozens",
                  victims="civilian", side="SDN")
    tallies = build_tallies([(claim("SYR", 5), None), (claim(None, 5), None),
                             (claim("IRQ", 7), None), (vague, None)])
    assert [(t.key.side, t.best) for t in tallies] == [("IRQ", 7), ("SYR", 5), (None, 5),
                                                       ("SDN", None)]
