"""The customer search index — the one place with backend-specific SQL.

SQLite: an FTS5 trigram index over ``customer.search_text`` answers queries of 3+ characters; it
cannot answer 1–2 characters, so a side table of the 1- and 2-character pieces (grams) of each name
and of its pinyin initials answers those (a 1–2 character query of digits or letters — a number, a code,
a phone — is looked up in the searchable text itself). Triggers keep both in step with every write.
PostgreSQL: ``ILIKE`` over ``search_text``, helped by a pg_trgm index when the extension is available.
"""
from __future__ import annotations

import unicodedata
from contextlib import contextmanager

from peewee import SQL, Database, Expression, Table, fn

from desktop_crm.store.database import db, is_sqlite
from desktop_crm.store.models import Customer

_GRAMS = Table("customer_gram", ("gram", "customer_id"))
MAX_NAME = 120  # longest name whose grams are indexed; names are at most 100 characters

# The index as schema step 1 created it (store/migrations/step_0001_…); kept here for the bulk loader,
# which drops the insert trigger during a load and puts it back.
_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE customer_fts USING fts5(search_text, content='customer', content_rowid='id',"
    " tokenize='trigram')",
    "CREATE TABLE gram_position (n INTEGER PRIMARY KEY)",
    f"WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < {MAX_NAME})"
    " INSERT INTO gram_position SELECT n FROM p",
    "CREATE TABLE customer_gram (gram TEXT NOT NULL, customer_id INTEGER NOT NULL,"
    " PRIMARY KEY (gram, customer_id)) WITHOUT ROWID",
    "CREATE INDEX customer_gram_customer ON customer_gram (customer_id)",
]

_GRAMS_OF_NEW = """
    INSERT OR IGNORE INTO customer_gram (gram, customer_id)
    SELECT substr(t.s, p.n, w.w), new.id
      FROM (SELECT lower(new.name) AS s UNION ALL SELECT new.initials) AS t,
           gram_position AS p, (SELECT 1 AS w UNION ALL SELECT 2) AS w
     WHERE p.n <= length(t.s) AND substr(t.s, p.n, w.w) <> '';
"""

_SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN
        INSERT INTO customer_fts (rowid, search_text) VALUES (new.id, new.search_text);
        {_GRAMS_OF_NEW}
    END""",
    """CREATE TRIGGER customer_search_ad AFTER DELETE ON customer BEGIN
        INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        DELETE FROM customer_gram WHERE customer_id = old.id;
    END""",
    f"""CREATE TRIGGER customer_search_au AFTER UPDATE OF search_text, name, initials ON customer BEGIN
        INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO customer_fts (rowid, search_text) VALUES (new.id, new.search_text);
        DELETE FROM customer_gram WHERE customer_id = old.id;
        {_GRAMS_OF_NEW}
    END""",
]


def normalize_query(text: str) -> str:
    """Full-width folded, lower-case, trimmed: what the index holds."""
    return unicodedata.normalize("NFKC", text or "").strip().lower()


def search_text_for(*parts: str) -> str:
    """The text the index looks through, built from a card's searchable values."""
    return normalize_query(" ".join(p for p in parts if p))


def _in_text_only(q: str) -> bool:
    """A 1–2 character query of digits, letters or signs: registration numbers, codes, phones and
    initials hold those, and the gram table (names and initials) does not cover the first three — so it is
    looked up in the searchable text itself, as PostgreSQL does, and both backends give the same cards."""
    return len(q) < 3 and q.isascii()


def matches(query: str) -> Expression | None:
    """A condition on ``Customer.id`` selecting the customers whose searchable text contains ``query``."""
    q = normalize_query(query)
    if not q:
        return None
    if not is_sqlite():
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return Customer.search_text ** f"%{escaped}%"
    if len(q) >= 3:
        phrase = '"' + q.replace('"', '""') + '"'
        return Customer.id.in_(SQL("(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)", (phrase,)))
    if _in_text_only(q):
        return fn.instr(Customer.search_text, q) > 0
    return Customer.id.in_(SQL("(SELECT customer_id FROM customer_gram WHERE gram = ?)", (q,)))


def row_matches(query: str) -> Expression | None:
    """The same selection as :func:`matches`, tested row by row: for scans that stop early.

    ``matches`` gathers every matching id first (cheap when few match); this form costs one probe per
    row scanned, so a scan in sort order that needs only a page of rows stops after a few hundred.
    """
    q = normalize_query(query)
    if not q or not is_sqlite():
        return matches(query)
    if len(q) >= 3 or _in_text_only(q):   # trigram matching is exactly substring matching of the text
        return fn.instr(Customer.search_text, q) > 0
    probe = _GRAMS.select(SQL("1")).where((_GRAMS.gram == q) & (_GRAMS.customer_id == Customer.id))
    return fn.EXISTS(probe)


def raw_count(query: str) -> int | None:
    """How many customers the index holds for ``query``, read from the index alone (SQLite only)."""
    q = normalize_query(query)
    if not q or not is_sqlite():
        return None
    if len(q) >= 3:
        phrase = '"' + q.replace('"', '""') + '"'
        cursor = db.execute_sql("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH ?", (phrase,))
    elif _in_text_only(q):
        cursor = db.execute_sql("SELECT count(*) FROM customer WHERE instr(search_text, ?) > 0", (q,))
    else:
        cursor = db.execute_sql("SELECT count(*) FROM customer_gram WHERE gram = ?", (q,))
    return cursor.fetchone()[0]


_ALL_GRAMS = """
    INSERT OR IGNORE INTO customer_gram (gram, customer_id)
    SELECT substr(t.s, p.n, w.w), t.id
      FROM (SELECT id, lower(name) AS s FROM customer UNION ALL SELECT id, initials FROM customer) AS t
      JOIN gram_position AS p ON p.n <= length(t.s)
      JOIN (SELECT 1 AS w UNION ALL SELECT 2) AS w
     WHERE substr(t.s, p.n, w.w) <> ''
"""


def _grams_of_range(first_id: int, last_id: int) -> str:
    return _ALL_GRAMS.replace("FROM customer UNION ALL SELECT id, initials FROM customer",
                              f"FROM customer WHERE id BETWEEN {int(first_id)} AND {int(last_id)} "
                              f"UNION ALL SELECT id, initials FROM customer WHERE id BETWEEN {int(first_id)} "
                              f"AND {int(last_id)}")


@contextmanager
def bulk_insert(database: Database):
    """Within the caller's transaction: insert many customers, then index them set-wise.

    Yields a list; the loader appends the (first, last) id range it inserted. The insert trigger is
    dropped meanwhile and re-created before the transaction commits, so a failure rolls all of it back.
    """
    ranges: list[tuple[int, int]] = []
    if not is_sqlite(database):
        yield ranges
        return
    database.execute_sql("DROP TRIGGER customer_search_ai")
    yield ranges
    for first, last in ranges:
        database.execute_sql("INSERT INTO customer_fts (rowid, search_text) "
                             "SELECT id, search_text FROM customer WHERE id BETWEEN ? AND ?", (first, last))
        database.execute_sql(_grams_of_range(first, last))
    database.execute_sql(_SQLITE_TRIGGERS[0])


def rebuild(database: Database) -> None:
    """Rebuild the SQLite index from the customer table, e.g. when ``check`` finds it out of step."""
    if not is_sqlite(database):
        return
    with database.atomic():
        database.execute_sql("INSERT INTO customer_fts (customer_fts) VALUES ('rebuild')")
        database.execute_sql("DELETE FROM customer_gram")
        database.execute_sql(_ALL_GRAMS)
