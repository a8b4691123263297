-- PostgreSQL's part of migration 0001, run after the shared file (whose INTEGER, REAL and BLOB
-- columns are BIGINT, DOUBLE PRECISION and BYTEA here, store.postgres.COLUMN_TYPES).
-- SQLite keeps every table's insertion order in its hidden `rowid`, which the store orders by
-- (articles in the order they were stored); PostgreSQL has no such column, so these tables get
-- one of that name, numbered by the database.
ALTER TABLE articles ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE INDEX articles_rowid ON articles(rowid);
