-- sitrep schema, version 1. Every record row has its article, its evidence offsets into the
-- article text (start, end, text) and the version of the extractor that made it.
-- `idx` is the record's position in its article's list (Extraction.actors, .events, ...);
-- `listed` is 0 for records that appear only inside another one (an event's actor that the
-- actor extractor did not list, a claim's place, ...).

CREATE TABLE articles (
    id TEXT PRIMARY KEY,               -- hash of the normalised text (or of the origin if none)
    external_id TEXT,                  -- id given by the input
    title TEXT,
    source TEXT,
    url TEXT,
    published TEXT,                    -- ISO date, NULL when unknown
    language TEXT,
    origin TEXT,                       -- file, file:line or file#index it came from
    status TEXT NOT NULL,              -- extracted | skipped | failed
    reason TEXT,                       -- why skipped/failed; notes for extracted articles
    text TEXT NOT NULL,
    n_chars INTEGER NOT NULL,
    extractors TEXT,                   -- JSON {kind: version}
    notes TEXT,                        -- JSON list of notes from the extraction
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_status ON articles(status);
CREATE INDEX articles_origin ON articles(origin);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER,
    listed INTEGER NOT NULL DEFAULT 1,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT,
    country TEXT,
    sector TEXT,
    office TEXT,
    kind TEXT,
    extractor TEXT
);
CREATE INDEX actors_article ON actors(article_id);
CREATE INDEX actors_country ON actors(country);

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER,
    listed INTEGER NOT NULL DEFAULT 1,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT,
    geonameid INTEGER,
    country TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    feature_class TEXT,
    kind TEXT,
    precision INTEGER,
    extractor TEXT
);
CREATE INDEX places_article ON places(article_id);
CREATE INDEX places_geonameid ON places(geonameid);
CREATE INDEX places_country ON places(country);

CREATE TABLE dates (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER,
    listed INTEGER NOT NULL DEFAULT 1,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    precision TEXT,
    span_start TEXT,
    span_end TEXT,
    relative INTEGER NOT NULL DEFAULT 0,
    unresolved_reason TEXT,
    extractor TEXT
);
CREATE INDEX dates_article ON dates(article_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text TEXT,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    cameo_root TEXT,
    date_id INTEGER REFERENCES dates(id),
    date_value TEXT,                   -- copies of the date, for filtering
    date_start TEXT,
    date_end TEXT,
    modes TEXT NOT NULL DEFAULT '[]',  -- JSON list: historical | future | hypothetical | negated
    historical INTEGER NOT NULL DEFAULT 0,
    location_rule TEXT,
    confidence REAL,
    extractor TEXT
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(plover_type);
CREATE INDEX events_date ON events(date_start);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL,                -- actor | recipient
    position INTEGER NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id);

CREATE TABLE event_places (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_places_place ON event_places(place_id);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    outcome TEXT NOT NULL,
    low INTEGER,
    high INTEGER,
    approx INTEGER NOT NULL DEFAULT 0,
    vague TEXT,
    vague_low INTEGER,
    victims TEXT,
    side TEXT,
    period_kind TEXT,
    period_start TEXT,
    period_end TEXT,
    place_id INTEGER REFERENCES places(id),
    claimant_id INTEGER REFERENCES actors(id),
    undisclosed INTEGER NOT NULL DEFAULT 0,
    background INTEGER NOT NULL DEFAULT 0,
    part_of INTEGER,                   -- idx of the total claim (same article) this is part of
    event_idx INTEGER,                 -- idx of the event (same article) it belongs to
    event_id INTEGER REFERENCES events(id),
    extractor TEXT
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_outcome ON claims(outcome);
CREATE INDEX claims_event ON claims(event_id);
