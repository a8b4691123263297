"""The brief's structure, assembled from the records of one period as plain data (the JSON
form; the HTML and Markdown renderers only lay it out).

The period: ``since``..``until`` (ISO days). By default the last 7 days of the publication dates
present in the database; one bound given, the period is the 7 days from or to it. Articles
belong to the period by publication date, incidents by their days, claims and recalled history
by their article.

Sections (each list capped; ``more`` says how many are left out):
- ``headline``: incidents by type, fatalities of the incidents (summed over incidents, best
  with low–high), the change from the previous period of the same length;
- ``incidents``: the most significant violent incidents (ASSAULT, COERCE, MOBILIZE, PROTEST, or
  any with fatalities), ranked by fatalities, then number of sources, then type severity;
- ``casualties``: tallies, see ``sitrep.brief.casualties``;
- ``moves``: the other incidents (statements, demands, sanctions, agreements), grouped by actor;
- ``background``: history the sources recall, kept apart and labelled;
- ``map`` and ``timeline``: the incidents' points and days; ``coverage``; ``citations``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sitrep.brief import casualties
from sitrep.brief.sentences import (
    OUTCOME_NOUNS,
    TYPE_LABELS,
    Citations,
    Sentence,
    country,
    date_text,
    days_text,
    distinct_actors,
    figure,
    join,
    move_verb,
    number,
    plural,
    type_label,
    violent_noun,
)
from sitrep.errors import FilterError
from sitrep.store import brief as reads
from sitrep.store import filters

DEFAULT_DAYS = 7
NO_ACTOR = "Actors not named"
VIOLENT = ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST")
SEVERITY = {"Battles": 4, "Explosions/Remote violence": 4, "Violence against civilians": 4,
            "Riots": 3, "Protests": 1}
TYPE_SEVERITY = {"ASSAULT": 3, "COERCE": 2, "MOBILIZE": 1, "PROTEST": 1}
CAPS = {"incidents": 10, "casualties": 12, "moves": 15, "background": 10, "sources": 5,
        "map": 400, "cites_per_item": 4}
QUOTE_MAX = 400


def period(conn: Any, since: Any = None, until: Any = None) -> dict[str, Any]:
    """The period of the brief and how it was chosen."""
    s, u = filters.date_range(since, until)
    for value, name in ((s, "--since"), (u, "--until")):
        if value is not None and len(value) != 10:
            raise FilterError(f"{name} {value} is not a day", "give a day as YYYY-MM-DD")
    first, last, undated = reads.publication_range(conn)
    step = dt.timedelta(days=DEFAULT_DAYS - 1)
    if s is None and u is None:
        if last is None:
            raise FilterError("no article in the database has a publication date, so there is "
                              "no last week to brief", "pass --since and --until (YYYY-MM-DD)")
        u = last
        s = (dt.date.fromisoformat(last) - step).isoformat()
        basis = "last"
    elif s is None:
        s = (dt.date.fromisoformat(u or "") - step).isoformat()
        basis = "until"
    elif u is None:
        u = (dt.date.fromisoformat(s) + step).isoformat()
        basis = "since"
    else:
        basis = "given"
    days = (dt.date.fromisoformat(u or "") - dt.date.fromisoformat(s)).days + 1
    return {"since": s, "until": u, "days": days, "basis": basis, "first_published": first,
            "last_published": last, "undated_articles": undated}


def _countries(values: Any) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = values.split(",")
    return sorted({filters.country(v.strip()) for v in values if v.strip()})


def build(db: Any, *, countries: Any = None, place: str | None = None, since: Any = None,
          until: Any = None, caps: dict[str, int] | None = None) -> dict[str, Any]:
    """The brief of a period as plain data (see the module docstring)."""
    conn = db.conn
    cap = {**CAPS, **(caps or {})}
    codes = _countries(countries)
    if place is not None:
        filters.like_literal(place, "place")  # checks the length
    when = period(conn, since, until)
    s, u = when["since"], when["until"]
    cites = Citations()
    articles = reads.articles_in(conn, s, u)
    meta = {a["id"]: a for a in articles}
    incidents = reads.incidents_in(conn, s, u, codes, place)
    mentions = reads.mentions_of(conn, [i["id"] for i in incidents])
    parts = reads.event_parts(conn, [m["event_id"] for ms in mentions.values() for m in ms[:1]])
    meta.update(reads.articles_by_id(
        conn, [m["article_id"] for ms in mentions.values() for m in ms if m["article_id"]
               not in meta]))
    violent = [i for i in incidents if i["plover_type"] in VIOLENT or i["fatalities_best"]]
    moves = [i for i in incidents if i not in violent]
    violent.sort(key=lambda i: (-(i["fatalities_best"] or 0), -i["n_sources"],
                                -SEVERITY.get(i["acled_event_type"] or "", 0),
                                -TYPE_SEVERITY.get(i["plover_type"], 0), i["date_first"] or "",
                                i["id"]))
    key = [_incident(i, mentions[i["id"]], parts, cites, cap) for i in violent[:cap["incidents"]]]
    move_groups = _moves(moves, mentions, parts, cites, cap)
    ids = [a["id"] for a in articles]
    claims = [(i, c) for i, c in reads.claims_of(conn, ids) if _claim_in(c, codes, place)]
    tallies = casualties.section(claims, meta, cites, cap["casualties"])
    background = _background(reads.history_of(conn, ids), claims, codes, place, cites, cap)
    length = dt.timedelta(days=when["days"])
    prev_until = (dt.date.fromisoformat(s) - dt.timedelta(days=1)).isoformat()
    prev_since = (dt.date.fromisoformat(s) - length).isoformat()
    previous = reads.incident_totals(conn, prev_since, prev_until, codes, place)
    previous.update(since=prev_since, until=prev_until)
    used = {m["article_id"] for ms in mentions.values() for m in ms} | {
        c.evidence.article_id for _, c in claims}
    in_period = [a for a in articles if not (codes or place) or a["id"] in used]
    _quote(conn, cites, meta)
    return {
        "kind": "sitrep.brief.v1",
        "title": "Situation brief",
        "period": when,
        "filters": {"countries": codes, "place": place},
        "period_sentence": _period_sentence(when).to_dict(),
        "headline": _headline(incidents, violent, moves, previous, when),
        "incidents": {"items": key, "more": max(0, len(violent) - len(key)),
                      "total": len(violent)},
        "casualties": tallies,
        "moves": move_groups,
        "background": background,
        "map": _map_points(incidents, cap["map"]),
        "timeline": {"since": s, "until": u, "points": [
            {"id": i["id"], "date": i["date_first"], "date_last": i["date_last"],
             "violent": i in violent, "type": i["plover_type"], "label": i["place"] or ""}
            for i in incidents if i["date_first"]]},
        "coverage": _coverage(in_period, tallies, incidents, when, previous, db),
        "citations": cites.items,
    }


def _claim_in(claim: Any, codes: list[str], place: str | None) -> bool:
    p = claim.place
    if codes and claim.side not in codes and (p is None or p.country not in codes):
        return False
    if place is not None:
        if p is None:
            return False
        wanted = place.strip().lower()
        return wanted in (str(p.geonameid), (p.name or "").lower(), (p.text or "").lower())
    return True


def _mention_cites(ms: list[dict[str, Any]], cites: Citations, limit: int) -> list[int]:
    seen: dict[str, int] = {}
    for m in ms:
        if m["article_id"] not in seen and len(seen) < limit:
            seen[m["article_id"]] = cites.cite(m["article_id"], m["start"], m["end"], m["text"])
    return list(seen.values())


def _place_words(inc: dict[str, Any], part: dict[str, Any]) -> str:
    name = inc["place"] or ""
    written = next((p["text"] for p in part["places"] if inc["geonameid"] is not None
                    and p["geonameid"] == inc["geonameid"]), None)
    if written and written.lower() != name.lower():
        return f"{written} ({name})"
    return name


def _incident(inc: dict[str, Any], ms: list[dict[str, Any]], parts: dict[int, Any],
              cites: Citations, cap: dict[str, int]) -> dict[str, Any]:
    refs = _mention_cites(ms, cites, cap["cites_per_item"])
    first = parts.get(ms[0]["event_id"]) if ms else None
    part = first or {"actors": [], "recipients": [], "places": []}
    actors = distinct_actors(part["actors"]) or distinct_actors(inc["actors"])
    recipients = distinct_actors(part["recipients"]) or distinct_actors(inc["recipients"])
    s = Sentence().say("On ").value(days_text(inc["date_first"], inc["date_last"]), refs)
    s.say(", " + violent_noun(inc["plover_type"], inc["acled_sub_event_type"]))
    if len(actors) == 2 and not recipients:
        s.say(" between ").value(actors[0], refs).say(" and ").value(actors[1], refs)
    elif actors:
        s.say(" by ").value(join(actors), refs)
    if recipients:
        s.say(" against ").value(join(recipients), refs)
    place = _place_words(inc, part)
    if place:
        s.say(" hit " if inc["plover_type"] in ("ASSAULT", "COERCE") else " took place in ")
        s.value(place, refs)
    else:
        s.say(" took place, its place not stated")
    s.say(".")
    if inc["fatalities_best"] is not None:
        s.say(" Killed: ").value(number(inc["fatalities_best"]), refs)
        if (inc["fatalities_low"], inc["fatalities_high"]) != (inc["fatalities_best"],) * 2:
            s.say(" (").value(figure(inc["fatalities_low"], inc["fatalities_high"]), refs)
            s.say(")")
        s.say("; sources disagree." if inc["contested"] else ".")
    if inc["injured_best"]:
        s.say(" Injured: ").value(figure(inc["injured_low"], inc["injured_high"]), refs).say(".")
    if inc["n_sources"] > 1:
        s.say(" Reported by ").value(number(inc["n_sources"]), refs).say(" sources.")
    return {**{k: inc[k] for k in (
        "id", "plover_type", "plover_mode", "acled_event_type", "acled_sub_event_type",
        "date_first", "date_last", "geonameid", "place", "country", "lat", "lon",
        "fatalities_low", "fatalities_best", "fatalities_high", "injured_low", "injured_best",
        "injured_high", "contested", "n_mentions", "n_articles", "n_sources", "sources")},
            "actors": actors, "recipients": recipients, "sentence": s.to_dict()}


def _moves(moves: list[dict[str, Any]], mentions: dict[str, list[dict[str, Any]]],
           parts: dict[int, Any], cites: Citations, cap: dict[str, int]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for inc in moves:
        names = sorted({a.get("country") or a["name"] for a in inc["actors"]}) or [NO_ACTOR]
        groups.setdefault(", ".join(names), []).append(inc)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == NO_ACTOR, -len(kv[1]), kv[0]))
    out, shown = [], 0
    for label, incs in ordered:
        if shown >= cap["moves"]:
            break
        items = []
        for inc in sorted(incs, key=lambda i: (i["date_first"] or "", i["id"])):
            if shown >= cap["moves"]:
                break
            ms = mentions[inc["id"]]
            refs = _mention_cites(ms, cites, cap["cites_per_item"])
            part = (parts.get(ms[0]["event_id"]) if ms else None) or {
                "actors": [], "recipients": []}
            actors = distinct_actors(part["actors"]) or distinct_actors(inc["actors"])
            recipients = distinct_actors(part["recipients"]) or distinct_actors(
                inc["recipients"])
            s = Sentence()
            if inc["date_first"]:
                s.say("On ").value(days_text(inc["date_first"], inc["date_last"]), refs)
                s.say(", ")
            if actors:
                s.value(join(actors), refs)
            else:
                s.say("an actor not named" if inc["date_first"] else "An actor not named")
            s.say(" " + move_verb(inc["plover_type"], inc["plover_mode"], bool(recipients)))
            if recipients:
                s.say(" ").value(join(recipients), refs)
            trigger = next((m["trigger"] for m in ms if m["trigger"]), None)
            if trigger:
                s.say(" (\u201c").value(trigger, refs[:1]).say("\u201d)")
            items.append({"id": inc["id"], "plover_type": inc["plover_type"],
                          "plover_mode": inc["plover_mode"], "date_first": inc["date_first"],
                          "actors": actors, "recipients": recipients,
                          "sentence": s.say(".").to_dict()})
            shown += 1
        countries = [c for c in label.split(", ") if len(c) == 3 and c.isupper()]
        out.append({"actor": join([country(c) for c in label.split(", ")]),
                    "countries": countries, "items": items})
    return {"groups": out, "more": max(0, len(moves) - shown), "total": len(moves)}


HISTORY_NOUNS = {"AGREE": "an agreement", "CONSULT": "talks or mediation", "SUPPORT": "support",
                 "CONCEDE": "a concession", "COOPERATE": "cooperation", "AID": "aid",
                 "RETREAT": "a withdrawal", "REQUEST": "a demand", "REJECT": "a rejection",
                 "ACCUSE": "an accusation", "THREATEN": "a threat", "PROTEST": "protest",
                 "SANCTION": "sanctions", "MOBILIZE": "mobilisation", "COERCE": "coercion",
                 "ASSAULT": "fighting"}


def _background(events: list[dict[str, Any]], claims: list[tuple[int, Any]], codes: list[str],
                place: str | None, cites: Citations, cap: dict[str, int]) -> dict[str, Any]:
    groups: dict[tuple[str, int, int], dict[str, Any]] = {}
    by_idx = {(e["article_id"], e["idx"]): e for e in events}
    for e in events:
        g = groups.setdefault((e["article_id"], e["start"], e["end"]),
                              {"events": [], "claims": [], "date": None, "text": e["text"]})
        g["events"].append(e)
        if e["date_start"] and (g["date"] is None or e["date_start"] < g["date"][0]):
            g["date"] = (e["date_start"], e["date"])
    for _, c in claims:
        if not c.background:
            continue
        e = by_idx.get((c.evidence.article_id, c.event)) if c.event is not None else None
        span = (e["article_id"], e["start"], e["end"]) if e else (
            c.evidence.article_id, c.evidence.start, c.evidence.end)
        g = groups.setdefault(span, {"events": [], "claims": [], "date": None,
                                     "text": c.evidence.text})
        g["claims"].append(c)
        if c.period_start and (g["date"] is None or c.period_start < g["date"][0]):
            g["date"] = (c.period_start, c.period_start if c.period_kind == "day"
                         else c.period_start[:7] if c.period_kind == "month"
                         else c.period_start[:4])
    if (codes or place) and groups:
        # history is kept when its sentence also holds a claim kept by the filters, or when the
        # filters are absent; events carry no country of their own here
        groups = {k: g for k, g in groups.items() if g["claims"]}
    ordered = sorted(groups.items(), key=lambda kv: (kv[1]["date"] is None,
                                                     (kv[1]["date"] or ("",))[0], kv[0]))
    items = []
    for span, g in ordered[:cap["background"]]:
        n = cites.cite(span[0], span[1], span[2], g["text"])
        s = Sentence()
        if g["date"]:
            s.value(date_text(g["date"][1]), n).say(" (recalled): ")
        else:
            s.say("Undated (recalled): ")
        bits: list[tuple[str, list[str]]] = []
        for e in g["events"]:
            noun = HISTORY_NOUNS.get(e["plover_type"], "an event")
            for b in bits:
                if b[0] == noun:
                    b[1].append(e["trigger"] or "")
                    break
            else:
                bits.append((noun, [e["trigger"] or ""]))
        first = True
        for noun, triggers in bits:
            s.say("" if first else "; ").say(noun)
            for j, t in enumerate(x for x in triggers if x):
                s.say(" \u201c" if j == 0 else ", \u201c").value(t, n).say("\u201d")
            first = False
        for c in g["claims"]:
            m = cites.cite(c.evidence.article_id or "", c.evidence.start, c.evidence.end,
                           c.evidence.text)
            s.say("" if first else "; ").value(figure(c.low, c.high, approx=c.approx,
                                                      vague=c.vague), m)
            s.say(" " + OUTCOME_NOUNS.get(c.outcome, c.outcome))
            first = False
        items.append({"date": g["date"][1] if g["date"] else None,
                      "types": [e["plover_type"] for e in g["events"]],
                      "years": sorted({(e["date"] or "")[:4] for e in g["events"]} - {""}),
                      "sentence": s.say(".").to_dict()})
    return {"label": "History the sources recall: not events of this period",
            "items": items, "more": max(0, len(ordered) - len(items)), "total": len(ordered)}


def _period_sentence(when: dict[str, Any]) -> Sentence:
    s = Sentence().value(days_text(when["since"], when["until"]), ref="coverage")
    return s


def _headline(incidents: list[dict[str, Any]], violent: list[dict[str, Any]],
              moves: list[dict[str, Any]], previous: dict[str, Any], when: dict[str, Any]
              ) -> dict[str, Any]:
    by_type = Counter(i["plover_type"] for i in incidents)
    sentences = []
    s = Sentence()
    if not incidents:
        s.say("No incident is recorded for the period.")
    else:
        s.value(number(len(incidents)), ref="incidents").say(
            " incident" + ("s" if len(incidents) != 1 else "") + " in the period: ")
        for j, (t, n) in enumerate(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))):
            s.say(", " if j else "").value(number(n), ref="incidents" if t in VIOLENT
                                           else "moves")
            s.say(" " + type_label(t, n))
        s.say(".")
    sentences.append(s)
    with_figures = [i for i in incidents if i["fatalities_best"] is not None]
    s = Sentence()
    low = sum(i["fatalities_low"] or 0 for i in with_figures)
    best = sum(i["fatalities_best"] or 0 for i in with_figures)
    high = sum(i["fatalities_high"] or 0 for i in with_figures)
    if with_figures:
        s.say("Fatalities in these incidents: ").value(number(best), ref="incidents")
        s.say(" (low" + "\u2013" + "high ").value(figure(low, high), ref="incidents")
        s.say("), summed over ").value(number(len(with_figures)), ref="incidents")
        s.say(" incidents with figures; cumulative tolls are listed apart and never added.")
    else:
        s.say("No incident of the period has a fatality figure of its own; tolls and claims "
              "are listed under casualty figures, each on its own.")
    sentences.append(s)
    s = Sentence().say("Previous period (")
    s.value(days_text(previous["since"], previous["until"]), ref="coverage").say("): ")
    s.value(number(previous["incidents"]), ref="coverage").say(" incidents")
    change = len(incidents) - previous["incidents"]
    s.say(", a change of ").value(("+" if change > 0 else "") + number(change), ref="coverage")
    if previous["fatalities_best"]:
        s.say("; fatalities ").value(number(previous["fatalities_best"]), ref="coverage")
    sentences.append(s.say("."))
    return {"incidents": len(incidents), "violent": len(violent), "moves": len(moves),
            "by_type": [{"type": t, "label": TYPE_LABELS.get(t, t.lower()), "count": n}
                        for t, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))],
            "fatalities": {"low": low, "best": best, "high": high,
                           "incidents_with_figures": len(with_figures)},
            "previous": previous, "change": change,
            "sentences": [x.to_dict() for x in sentences]}


def _map_points(incidents: list[dict[str, Any]], cap: int) -> dict[str, Any]:
    points = [{"id": i["id"], "lat": i["lat"], "lon": i["lon"], "label": i["place"] or "",
               "violent": i["plover_type"] in VIOLENT or bool(i["fatalities_best"]),
               "precision": i["geo_precision"], "fatalities": i["fatalities_best"]}
              for i in incidents if i["lat"] is not None and i["lon"] is not None]
    points.sort(key=lambda p: (not p["violent"], -(p["fatalities"] or 0), p["id"]))
    return {"points": points[:cap], "more": max(0, len(points) - cap),
            "without_place": sum(1 for i in incidents if i["lat"] is None)}


def _coverage(articles: list[dict[str, Any]], tallies: dict[str, Any],
              incidents: list[dict[str, Any]], when: dict[str, Any], previous: dict[str, Any],
              db: Any) -> dict[str, Any]:
    sources = Counter(a["source"] or "(no source)" for a in articles)
    extractors: dict[str, set[str]] = {}
    for a in articles:
        for kind, version in a["extractors"].items():
            extractors.setdefault(kind, set()).add(version)
    incident_versions = sorted({i["extractor"] for i in incidents})
    sentences = []
    s = Sentence().say("The period, ").value(days_text(when["since"], when["until"]),
                                             ref="sources")
    basis = when["basis"]
    if basis == "given":
        s.say(", was given with --since and --until. It holds ")
    else:
        s.say(", is the " + ("last " if basis == "last" else "")).value(
            number(when["days"]), ref="sources")
        s.say({"last": " days of publication dates in the database", "until": " days up to "
               "--until", "since": " days from --since"}[basis] + ". It holds ")
    s.value(number(len(articles)), ref="sources").say(plural(len(articles), " article") + " from ")
    s.value(number(len(sources)), ref="sources").say(plural(len(sources), " source"))
    top = sources.most_common(CAPS["sources"])
    if top:
        s.say("; most from ")
        for j, (name, n) in enumerate(top):
            s.say(", " if j else "").value(name, ref="sources").say(" (")
            s.value(number(n), ref="sources").say(")")
    sentences.append(s.say("."))
    s = Sentence()
    s.value(number(tallies["unattributed"]), ref="casualties").say(" of ")
    s.value(number(tallies["figures"]), ref="casualties")
    s.say(" casualty figures of the period are unattributed (no claimant stated).")
    sentences.append(s)
    if when["undated_articles"]:
        s = Sentence().value(number(when["undated_articles"]), ref="coverage")
        s.say(plural(when["undated_articles"], " article") + " in the database "
              + ("have" if when["undated_articles"] != 1 else "has")
              + " no publication date and are in no period.")
        sentences.append(s)
    without = sum(1 for i in incidents if i["lat"] is None)
    if without:
        s = Sentence().value(number(without), ref="incidents")
        s.say(plural(without, " incident") + " of the period "
              + ("have" if without != 1 else "has") + " no place and are not on the map.")
        sentences.append(s)
    sentences.append(Sentence().say(
        "Corrections made in review are applied and marked where the database records them; "
        "this database records none." if not reads.corrections_table(db.conn) else
        "Corrections made in review are applied and marked."))
    return {"articles": len(articles), "sources": len(sources),
            "top_sources": [{"source": k, "articles": v} for k, v in top],
            "unattributed_figures": tallies["unattributed"], "figures": tallies["figures"],
            "undated_articles": when["undated_articles"],
            "incidents_without_place": without,
            "corrections": reads.corrections_table(db.conn),
            "extractors": {k: sorted(v) for k, v in sorted(extractors.items())},
            "incident_extractors": incident_versions,
            "previous_command": f"sitrep incidents --since {previous['since']} "
                                f"--until {previous['until']}",
            "sentences": [x.to_dict() for x in sentences]}


def _quote(conn: Any, cites: Citations, meta: dict[str, dict[str, Any]]) -> None:
    """Fill each citation with its article's metadata and the sentence around the span."""
    texts = reads.texts_of(conn, [c["article_id"] for c in cites.items])
    missing = [c["article_id"] for c in cites.items if c["article_id"] not in meta]
    meta = {**meta, **reads.articles_by_id(conn, missing)}
    for c in cites.items:
        m = meta.get(c["article_id"], {})
        c.update(source=m.get("source"), title=m.get("title"), url=m.get("url"),
                 published=m.get("published"), published_text=date_text(m.get("published"))
                 if m.get("published") else None)
        text = texts.get(c["article_id"], "")
        a, b = sentence_around(text, c["start"], c["end"])
        c.update(quote=text[a:b], quote_start=a, quote_end=b)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) holding ``text[start:end]`` (at most about ``QUOTE_MAX`` characters)."""
    if not text:
        return start, end
    a = max([i + len(sep) for sep in ("\n", ". ", "? ", "! ")
             if (i := text.rfind(sep, 0, start)) >= 0] + [0])
    ends = [i + 1 for sep in ("\n", ". ", "? ", "! ") if (i := text.find(sep, max(end - 1, a)))
            >= 0]
    b = min(ends) if ends else len(text)
    a, b = max(a, min(start, end - QUOTE_MAX)), min(b, max(end, start + QUOTE_MAX))
    while a < start and text[a].isspace():
        a += 1
    while b > max(end, a) and text[b - 1].isspace():
        b -= 1
    return a, max(b, end)
