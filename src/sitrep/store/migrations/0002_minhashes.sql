-- Near-duplicate detection (sitrep.dedupe): the MinHash signature of every original article, so
-- that the LSH index can be rebuilt in a later run without re-reading the texts. A syndicated
-- copy is stored as an article with status `duplicate` and a reason naming its original; it has
-- no signature here. Rows whose article is gone are ignored (and pruned) when the index loads.
CREATE TABLE minhashes (
    article_id TEXT PRIMARY KEY,
    num_perm INTEGER NOT NULL,
    signature BLOB NOT NULL            -- num_perm little-endian uint32 values
);

-- Shards of a distributed run (sitrep.distributed): a shard is a file or a range of its lines;
-- `done` shards are not processed again when a killed run is resumed.
CREATE TABLE shards (
    id TEXT PRIMARY KEY,               -- hash of the path, the range, the size and mtime of the file
    path TEXT NOT NULL,
    first INTEGER NOT NULL,            -- first line (1-based) or 0 for a whole file
    last INTEGER NOT NULL,             -- last line, or 0 for a whole file
    records INTEGER,                   -- input records the shard had
    finished_at TEXT NOT NULL
);
