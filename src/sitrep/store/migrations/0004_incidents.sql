-- Incidents: one row per happening (ACLED's unit: type family x actor pair x location x day),
-- fused from event mentions within an article and across articles (sitrep.reconcile.incidents).
-- The id is derived from the incident's first mention (article id and evidence span), so that
-- a re-run of the same inputs gives the same ids and corrections can find them again.

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    extractor TEXT NOT NULL,           -- sitrep.incidents.vN
    family TEXT NOT NULL,              -- fusion key: PLOVER type (ACCUSE/investigate apart)
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    cameo_root TEXT,
    actors TEXT NOT NULL DEFAULT '[]',     -- JSON [{name, country, sector}]
    recipients TEXT NOT NULL DEFAULT '[]',
    actor_countries TEXT NOT NULL DEFAULT '[]',     -- JSON, for matching
    recipient_countries TEXT NOT NULL DEFAULT '[]',
    geonameid INTEGER,
    place TEXT,
    admin1 TEXT,
    country TEXT,
    lat REAL,
    lon REAL,
    geo_precision INTEGER,             -- ACLED 1 town, 2 part of region, 3 region, 4 country
    date_first TEXT,
    date_last TEXT,
    date_precision TEXT,               -- day | week | month | year
    fatalities_low INTEGER,
    fatalities_best INTEGER,
    fatalities_high INTEGER,
    injured_low INTEGER,
    injured_best INTEGER,
    injured_high INTEGER,
    fatalities_rule TEXT,
    contested INTEGER NOT NULL DEFAULT 0,
    n_mentions INTEGER NOT NULL,
    n_articles INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    sources TEXT NOT NULL DEFAULT '[]',    -- JSON list of the distinct sources
    notes TEXT,                        -- a short sentence from the evidence
    first_article_id TEXT NOT NULL,
    first_start INTEGER NOT NULL,
    first_end INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_block ON incidents(family, country, date_first);
CREATE INDEX incidents_date ON incidents(date_first);
CREATE INDEX incidents_geonameid ON incidents(geonameid);

CREATE TABLE incident_mentions (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL,         -- events.id (no foreign key: a re-extracted article's
                                       -- mentions are moved by the fusion, in its transaction)
    article_id TEXT NOT NULL,
    event_idx INTEGER NOT NULL,
    start INTEGER NOT NULL,            -- the event's evidence span
    "end" INTEGER NOT NULL,
    unit INTEGER NOT NULL,             -- the article's unit (one event with two towns: two units)
    PRIMARY KEY (incident_id, event_id)
);
CREATE INDEX incident_mentions_event ON incident_mentions(event_id);
CREATE INDEX incident_mentions_article ON incident_mentions(article_id);


-- what each article says about an incident (one row per article unit that joined it): the
-- incident's fields are recomputed from these rows alone when an article joins or leaves it
CREATE TABLE incident_units (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    unit INTEGER NOT NULL,
    source TEXT,
    published TEXT,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    cameo_root TEXT,
    actors TEXT NOT NULL,
    recipients TEXT NOT NULL,
    geonameid INTEGER,
    place TEXT,
    admin1 TEXT,
    country TEXT,
    lat REAL,
    lon REAL,
    geo_precision INTEGER,
    date_first TEXT,
    date_last TEXT,
    date_precision TEXT,
    killed_low INTEGER,
    killed_high INTEGER,
    injured_low INTEGER,
    injured_high INTEGER,
    claimant TEXT,
    n_mentions INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, unit)
);
CREATE INDEX incident_units_incident ON incident_units(incident_id);
