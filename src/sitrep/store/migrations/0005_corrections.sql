-- Corrections (review): what an analyst says about a record, kept apart from the extracted rows
-- so that a re-extraction (a new extractor version, `ingest --replace`) never loses them.
-- A correction names its record by the record's evidence (article id and character span, plus
-- a key telling apart records of one span) and is applied on read (sitrep.reconcile.corrections);
-- when no record has that evidence any more it is reported as orphaned, never dropped.

CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    author TEXT NOT NULL,
    kind TEXT NOT NULL,                -- incident | event | claim
    action TEXT NOT NULL,              -- wrong | set | merge | split
    article_id TEXT NOT NULL,          -- the record's evidence (for an incident: one mention)
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    anchor_key TEXT,                   -- event: trigger span; claim: outcome; incident: family
    record_id TEXT,                    -- the record's id when the correction was made
    field TEXT,                        -- set: the field corrected
    old_value TEXT,                    -- JSON
    new_value TEXT,                    -- JSON
    other_article_id TEXT,             -- merge: a mention of the incident merged into this one
    other_start INTEGER,
    other_end INTEGER,
    other_key TEXT,
    other_record_id TEXT,
    note TEXT,
    extractor TEXT                     -- the record's extractor version when it was made
);
CREATE INDEX corrections_anchor ON corrections(article_id, start, "end");
