"""Near-duplicate detection: a wire story published by many outlets is extracted once.

Exact copies have the same article id (a hash of the normalised text) and are caught by the
ingest run itself. Near copies (another headline, a byline, a trailing paragraph, a few edited
words) are found with MinHash LSH (datasketch) over word 5-grams: an article whose estimated
Jaccard similarity to an earlier one reaches ``threshold`` becomes status ``duplicate`` with the
reason ``near-duplicate of <id> (similarity 0.93)`` and is stored, not extracted.

The signatures of original articles are stored in the ``minhashes`` table, so a later run (or a
resumed one) finds copies of articles ingested before; when the table lacks articles (a database
made before it existed) their signatures are rebuilt from the stored texts.

    deduper = Deduper(db)
    summary = ingest(paths, db, articles=deduper.mark(read_paths(paths)))
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from hashlib import sha1
from typing import TYPE_CHECKING

import numpy as np
from datasketch import MinHash, MinHashLSH

from sitrep.records import Article

if TYPE_CHECKING:
    from sitrep.store import Database

VERSION = "sitrep.dedupe.v1"
NUM_PERM = 128
THRESHOLD = 0.7  # estimated Jaccard similarity of word 5-grams
SHINGLE = 5
MIN_WORDS = 25  # shorter texts have too few shingles to call near-duplicates reliably

REFRESH_SECONDS = 1.0  # how often a run looks for the originals other writers stored
SCHEME = "affine32"  # datasketch >= 2 permutation scheme: 32-bit hash values

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> np.ndarray:
    """The permutation parameters of ``num_perm`` (drawn once, not per signature)."""
    return _new_minhash(num_perm, None, None).permutations


def _new_minhash(num_perm: int, hashvalues: np.ndarray | None,
                 permutations: np.ndarray | None,
                 hashfunc: Callable[[int], int] | None = None) -> MinHash:
    try:
        return MinHash(num_perm=num_perm, hashvalues=hashvalues, permutations=permutations,
                       scheme=SCHEME, hashfunc=hashfunc)
    except TypeError:  # datasketch < 2 has one (32-bit) scheme and no `scheme` argument
        return MinHash(num_perm=num_perm, hashvalues=hashvalues, permutations=permutations,
                       hashfunc=hashfunc)


def _minhash(num_perm: int, hashvalues: np.ndarray | None = None,
             hashfunc: Callable[[int], int] | None = None) -> MinHash:
    return _new_minhash(num_perm, hashvalues, _permutations(num_perm), hashfunc)


def shingles(text: str, size: int = SHINGLE, words: list[str] | None = None) -> set[bytes]:
    """The word ``size``-grams of ``text`` in lower case (``words``: its lower-case words when
    already found, ``lower_words``)."""
    if words is None:
        words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(gram).encode("utf-8")
            for gram in zip(*(words[k:] for k in range(size)), strict=False)}


def hash32(values: list[bytes]) -> list[int]:
    """datasketch's default 32-bit hash (``sha1_hash32``: the first four bytes of the SHA-1
    digest, little-endian) of each value, the digests read as one array instead of one
    ``struct.unpack`` per value (about a third of the time of a signature)."""
    digests = b"".join([sha1(value).digest()[:4] for value in values])
    return np.frombuffer(digests, dtype="<u4").tolist()  # type: ignore[no-any-return]


HASH_BATCH = 8192  # shingles hashed at a time: datasketch makes a (shingles x num_perm) array


def lower_words(text: str) -> tuple[int, list[str]]:
    """(the number of words of ``text`` as written, the words of ``text.lower()``), with one
    scan of the text where lower case keeps every word as it is (an ASCII text; elsewhere a
    letter may become two characters, one no word's, as "İ" does, and the text is scanned
    twice)."""
    words = _WORD.findall(text.lower())
    return (len(words) if text.isascii() else len(_WORD.findall(text))), words


def signature(text: str, num_perm: int = NUM_PERM, words: list[str] | None = None) -> MinHash:
    """The MinHash of ``text``'s shingles, hashed in batches of ``HASH_BATCH`` (the minimum over
    batches is the minimum over all: the same signature in bounded memory; in one batch a 5 MB
    text took 800 MB). The shingles are hashed here (``hash32``) and handed to the MinHash as
    the integers its hash function would have made (``hashfunc=int``)."""
    m = _minhash(num_perm, hashfunc=int)
    values = list(shingles(text, words=words))
    for i in range(0, len(values), HASH_BATCH):
        m.update_batch(hash32(values[i:i + HASH_BATCH]))
    return m


def signature_bytes(text: str, num_perm: int = NUM_PERM) -> bytes | None:
    """The signature of ``text`` as stored (little-endian uint32 values), or None for a text too
    short to call near-duplicates. A pure function of the text: Dask workers compute it next to
    the extraction and the client only looks it up (``Deduper.mark(..., signatures=...)``)."""
    count, words = lower_words(text)
    if count < MIN_WORDS:
        return None
    return _to_bytes(signature(text, num_perm, words))


def _to_bytes(sig: MinHash) -> bytes:
    return sig.hashvalues.astype("<u4").tobytes()


def _from_bytes(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype="<u4").copy()
    return _minhash(len(values), values)


class Deduper:
    """Finds near-duplicates among the articles of this run and those already in ``db``."""

    def __init__(self, db: Database | None = None, *, threshold: float = THRESHOLD,
                 num_perm: int = NUM_PERM, flush_every: int = 64) -> None:
        self.db = db
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.sigs: dict[str, MinHash] = {}
        self._pending: list[tuple[str, bytes]] = []
        self.flush_every = flush_every
        self._seen = 0  # the largest articles.rowid whose signature was looked at
        self._looked = 0.0
        if db is not None:
            self._load(db)

    # -- persistence ------------------------------------------------------------------------------
    def _load(self, db: Database) -> None:
        conn = db.conn
        self.refresh()
        missing = conn.execute(
            "SELECT id, text FROM articles WHERE status = 'extracted' AND id NOT IN "
            "(SELECT article_id FROM minhashes WHERE num_perm = ?) ORDER BY rowid",
            (self.num_perm,)).fetchall()
        for article_id, text in missing:  # rebuild from the stored texts
            if len(_WORD.findall(text)) >= MIN_WORDS:
                self._add(article_id, text)
        self.flush()

    def refresh(self, every: float = 0.0) -> None:
        """Index the signatures of the articles stored since the last look (by this run or by
        other processes writing to the same database at the same time: two ingests, or Dask
        clients, on one PostgreSQL or SQLite database). ``every``: do nothing when the last look
        was less than that many seconds ago.

        Signatures whose article is not (yet) stored are never loaded, and never deleted here: a
        concurrent run writes the signatures of its originals before their articles."""
        if self.db is None or time.monotonic() - self._looked < every:
            return
        self._looked = time.monotonic()
        rows = self.db.conn.execute(
            "SELECT m.article_id, m.num_perm, m.signature, a.rowid FROM minhashes m "
            "JOIN articles a ON a.id = m.article_id WHERE a.status = 'extracted' AND a.rowid > ? "
            "ORDER BY a.rowid", (self._seen,)).fetchall()
        for article_id, num_perm, blob, rowid in rows:
            self._seen = max(self._seen, rowid)
            if num_perm == self.num_perm:
                self._index(article_id, _from_bytes(bytes(blob)))

    def flush(self) -> None:
        """Write the signatures of new originals to the database."""
        if self.db is None or not self._pending:
            self._pending.clear()
            return
        conn = self.db.conn
        conn.begin_write()
        try:
            conn.executemany("INSERT INTO minhashes (article_id, num_perm, signature) "
                             "VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                             "num_perm = excluded.num_perm, signature = excluded.signature",
                             [(aid, self.num_perm, blob) for aid, blob in self._pending])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self._pending.clear()

    # -- matching ---------------------------------------------------------------------------------
    def _index(self, article_id: str, sig: MinHash) -> None:
        if article_id not in self.sigs:
            self.sigs[article_id] = sig
            self.lsh.insert(article_id, sig)

    def _add(self, article_id: str, text: str) -> None:
        sig = signature(text, self.num_perm)
        self._index(article_id, sig)
        self._pending.append((article_id, _to_bytes(sig)))
        if len(self._pending) >= self.flush_every:
            self.flush()

    def _signature_of(self, article: Article, given: Mapping[str, bytes | None] | None
                      ) -> MinHash | None:
        if given is not None and article.id in given:
            blob = given[article.id]
            if blob is None:  # too short (decided where the signature was made)
                return None
            if len(blob) == 4 * self.num_perm:
                return _from_bytes(blob)
        count, words = lower_words(article.text)  # the words are scanned once
        if count < MIN_WORDS:
            return None
        return signature(article.text, self.num_perm, words)

    def original_of(self, article: Article, signatures: Mapping[str, bytes | None] | None = None
                    ) -> tuple[str, float] | None:
        """(id, similarity) of the earlier article ``article`` nearly duplicates, or None; an
        article that is not a duplicate is remembered as an original. ``signatures``: ready
        signatures by article id (``signature_bytes``), computed here when absent."""
        if not article.text or article.id in self.sigs:
            return None
        sig = self._signature_of(article, signatures)
        if sig is None:
            return None
        best: tuple[str, float] | None = None
        for other in self.lsh.query(sig):
            if other == article.id:
                continue
            similarity = sig.jaccard(self.sigs[other])
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (other, similarity)
        if best is None:
            self._index(article.id, sig)
            self._pending.append((article.id, _to_bytes(sig)))
            if len(self._pending) >= self.flush_every:
                self.flush()
        return best

    def check(self, article: Article, signatures: Mapping[str, bytes | None] | None = None
              ) -> bool:
        """Mark ``article`` as a duplicate (status and reason) when it nearly copies an earlier
        one; returns True when it did."""
        if article.status != "pending":
            return False
        found = self.original_of(article, signatures)
        if found is None:
            return False
        original, similarity = found
        article.status = "duplicate"
        article.reason = f"near-duplicate of {original} (similarity {similarity:.2f})"
        return True

    def mark(self, articles: Iterable[Article],
             signatures: Mapping[str, bytes | None] | None = None) -> Iterator[Article]:
        """The articles, near-duplicates marked; the signatures are flushed at the end."""
        try:
            for article in articles:
                self.refresh(every=REFRESH_SECONDS)
                self.check(article, signatures)
                yield article
        finally:
            self.flush()
