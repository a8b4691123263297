-- PostgreSQL's part of migration 0004: the insertion order SQLite keeps in `rowid` (an
-- incident's mentions and units are listed in the order they joined it).
ALTER TABLE incident_mentions ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE incident_units ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
