"""The customer search index — the one place with backend-specific SQL.

Every card has a ``name_rank``: an integer in pinyin order of its name (``name_sort``), spaced ``GAP`` apart so
a new or renamed card takes a rank between its neighbours without renumbering the archive
(store/name_ranks.py). The list in name order is read through that rank.

SQLite: the 1- and 2-character pieces (grams) of each live card's name and pinyin initials are kept keyed
(gram, rank, id), so the first page of a 1–2 character query is a range read of the index whatever the
number of matches; an FTS5 trigram index over ``customer.search_text`` answers 3+ characters. Cleared cards
are kept out of the gram index. Triggers keep both in step with every write.
PostgreSQL: ``ILIKE`` over ``search_text``, helped by a pg_trgm index when the extension is available.
"""
from __future__ import annotations

import json
import unicodedata
from contextlib import contextmanager

from peewee import SQL, Database, DatabaseProxy, Expression, fn

from desktop_crm.domain.customer_card import STATE_CLEARED
from desktop_crm.store import name_ranks
from desktop_crm.store.database import db, is_sqlite
from desktop_crm.store.models import Customer

MAX_NAME = 120  # longest name whose grams are indexed; names are at most 100 characters
COUNT_CAP = 2_000        # counts stop here: the status bar says "2,000+" and typing never waits for more

# The index as schema step 13 left it (store/migrations/step_0013_…); kept here for the bulk loader, which
# drops the insert trigger during a load and puts it back, and for the repair.
_GRAMS_OF_NEW = f"""
    INSERT OR IGNORE INTO customer_gram (gram, name_rank, customer_id)
    SELECT substr(t.s, p.n, w.w), new.name_rank, new.id
      FROM (SELECT lower(new.name) AS s UNION ALL SELECT new.initials) AS t,
           gram_position AS p, (SELECT 1 AS w UNION ALL SELECT 2) AS w
     WHERE new.state <> '{STATE_CLEARED}' AND p.n <= length(t.s) AND substr(t.s, p.n, w.w) <> '';
"""

# The trigram index is keyed by rank (its rowid is the card's name_rank), so its matches come out in name order
# and a page is read from wherever it starts. A row inserted with rank 0 (a load, ranked afterwards) is indexed
# by the loader once ranked: the update triggers leave it alone until then.
_SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER customer_search_ai AFTER INSERT ON customer WHEN new.name_rank <> 0 BEGIN
        INSERT INTO customer_fts (rowid, search_text) VALUES (new.name_rank, new.search_text);
        {_GRAMS_OF_NEW}
    END""",
    """CREATE TRIGGER customer_search_ad AFTER DELETE ON customer WHEN old.name_rank <> 0 BEGIN
        INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.name_rank, old.search_text);
        DELETE FROM customer_gram WHERE customer_id = old.id;
    END""",
    """CREATE TRIGGER customer_search_au AFTER UPDATE OF search_text, name_rank ON customer
        WHEN old.name_rank <> 0 BEGIN
        INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.name_rank, old.search_text);
        INSERT INTO customer_fts (rowid, search_text) VALUES (new.name_rank, new.search_text);
    END""",
    f"""CREATE TRIGGER customer_gram_au AFTER UPDATE OF name, initials, name_rank, state ON customer
        WHEN old.name_rank <> 0 BEGIN
        DELETE FROM customer_gram WHERE customer_id = old.id;
        {_GRAMS_OF_NEW}
    END""",
]
# The indexes over the ranks, dropped while every rank is given afresh and built again after (one sort instead
# of a million index updates); as schema step 13 made them.
_RANK_INDEXES = {
    "customer_rank": 'CREATE INDEX "customer_rank" ON "customer" ("name_rank", "id")',
    "customer_live_text": f'CREATE INDEX "customer_live_text" ON "customer" ("name_rank", "id", "search_text") '
                          f"WHERE state <> '{STATE_CLEARED}'",
    "customer_live_rank": f'CREATE INDEX "customer_live_rank" ON "customer" ("name_rank", "id") '
                          f"WHERE state <> '{STATE_CLEARED}'",
}
_GRAM_CUSTOMER_INDEX = "CREATE INDEX customer_gram_customer ON customer_gram (customer_id)"
_FTS_DDL = ("CREATE VIRTUAL TABLE customer_fts USING fts5(search_text, content='customer', content_rowid='name_rank',"
            " tokenize='trigram')")


def normalize_query(text: str) -> str:
    """Full-width folded, lower-case, trimmed: what the index holds."""
    return unicodedata.normalize("NFKC", text or "").strip().lower()


def search_text_for(*parts: str, name_sort: str = "", phones: tuple[str, ...] = ()) -> str:
    """The text the index looks through, built from a card's searchable values, then the name's full pinyin
    (``beijing`` finds 北京) and each phone number written with separators again without them
    (``01069260814`` finds 010-69260814). Schema step 13 builds the same tail in SQL: keep them equal."""
    tail = [pinyin_of(name_sort)] if name_sort else []
    tail += [p.replace("-", "") for p in phones if p and "-" in p]
    return " ".join(t for t in (normalize_query(" ".join(p for p in parts if p)), *tail) if t)


def pinyin_of(name_sort: str) -> str:
    """The name's pinyin run together, from its sort key: 'bei jing ji xie\x01北京机械' → 'beijingjixie'."""
    return name_sort.split("\x01", 1)[0].replace(" ", "")


def _in_text_only(q: str) -> bool:
    """A 1–2 character query of digits, letters or signs: registration numbers, codes, phones and
    initials hold those, and the gram table (names and initials) does not cover the first three — so it is
    looked up in the searchable text itself (walking the live cards' index that holds it, in name order), as
    PostgreSQL does, and both backends give the same cards."""
    return len(q) < 3 and q.isascii()


def matches(query: str, include_cleared: bool = False) -> Expression | None:
    """A condition on ``Customer.id`` selecting the customers whose searchable text contains ``query``
    (the gram index holds live cards only: with the cleared ones, their names are read row by row)."""
    q = normalize_query(query)
    if not q:
        return None
    if not is_sqlite():
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return Customer.search_text ** f"%{escaped}%"
    if len(q) >= 3:
        return Customer.name_rank.in_(SQL("(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)", (_phrase(q),)))
    if _in_text_only(q):
        return fn.instr(Customer.search_text, q) > 0
    in_grams = Customer.id.in_(SQL("(SELECT customer_id FROM customer_gram WHERE gram = ?)", (q,)))
    if include_cleared:
        return in_grams | ((Customer.state == STATE_CLEARED) & _name_holds(q))
    return in_grams


def _name_holds(q: str) -> Expression:
    """The name or its initials hold ``q`` (LIKE on SQLite, ILIKE on PostgreSQL: both ignore the case)."""
    pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (Customer.name ** pattern) | (Customer.initials ** pattern)


# Live cards, written out so SQLite sees that a query over them may use the partial index of live ranks
# (a bound parameter would hide it).
_LIVE_SQL = f"state <> '{STATE_CLEARED}'"
LIVE: Expression = SQL(_LIVE_SQL)  # type: ignore[assignment]


def place_sql(table: str) -> str:
    """Where the binder of each listed card stands, in the same statement as its row: the whole binder's place,
    else its categories' places (the one piece of backend-specific SQL the list rows need)."""
    of_card = f"FROM binderplace bp JOIN shelfplace sp ON sp.id = bp.place_id WHERE bp.customer_id = {table}.id"
    apart = (f"(SELECT group_concat(code, '、') FROM (SELECT DISTINCT sp.code AS code {of_card} ORDER BY sp.code))"
             if is_sqlite() else f"(SELECT string_agg(DISTINCT sp.code, '、' ORDER BY sp.code) {of_card})")
    return f"COALESCE((SELECT sp.code {of_card} AND bp.category = 0), {apart}, '')"


def _gram_path(q: str) -> bool:
    return len(q) <= 2 and not _in_text_only(q)


def _phrase(q: str) -> str:
    return '"' + q.replace('"', '""') + '"'


def _ids(sql: str, params: tuple) -> list[int]:
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


def first_ids(query: str, limit: int, descending: bool = False,
              after: tuple[int, int] | None = None) -> list[int] | None:
    """The ids of the next ``limit`` live cards matching ``query`` in name order (after the (rank, id) key
    ``after``), each read in display order from an index: the gram index for 1–2 characters, the trigram index
    (keyed by rank) for more; a code of 1–2 letters or digits walks the live cards' index of searchable text.
    None when this backend has no such index (PostgreSQL)."""
    q = normalize_query(query)
    if not q or not is_sqlite():
        return None
    way = "DESC" if descending else "ASC"
    beyond, key = ("", ()) if after is None else (f"AND (name_rank, {{id}}) {'<' if descending else '>'} (?, ?)", after)
    if _gram_path(q):
        return _ids(f"SELECT customer_id FROM customer_gram WHERE gram = ? {beyond.format(id='customer_id')} "
                    f"ORDER BY name_rank {way}, customer_id {way} LIMIT ?", (q, *key, limit))
    if len(q) >= 3:
        return _trigram_page(q, limit, descending, after[0] if after else None)
    # the live cards' index that holds their searchable text, read in order: no card is looked up to test it
    return _ids(f"SELECT id FROM customer INDEXED BY customer_live_text WHERE {_LIVE_SQL} "
                f"AND instr(search_text, ?) > 0 {beyond.format(id='id')} ORDER BY name_rank {way}, id {way} LIMIT ?",
                (q, *key, limit))


def _trigram_page(q: str, limit: int, descending: bool, after_rank: int | None) -> list[int]:
    """Matches read from the trigram index in rank order, the cleared ones skipped (they are few, so a
    second helping is rarely needed)."""
    ids: list[int] = []
    while len(ids) < limit:
        beyond = "" if after_rank is None else f"AND rowid {'<' if descending else '>'} {int(after_rank)}"
        ranks = [r[0] for r in db.execute_sql(
            f"SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? {beyond} "
            f"ORDER BY rowid {'DESC' if descending else 'ASC'} LIMIT ?", (_phrase(q), limit)).fetchall()]
        if not ranks:
            break
        live = dict(db.execute_sql(f"SELECT name_rank, id FROM customer WHERE name_rank IN "
                                   f"(SELECT value FROM json_each(?)) AND {_LIVE_SQL}",
                                   (json.dumps(ranks),)).fetchall())
        ids += [live[r] for r in ranks if r in live]
        if len(ranks) < limit:
            break
        after_rank = ranks[-1]
    return ids[:limit]


def first_page(query: str, limit: int, descending: bool = False) -> tuple[list[int], int, bool] | None:
    """The first page's ids and how many live cards match (``True`` when that is only a lower bound), for the
    search box; None where :func:`first_ids` is None. One or two letters or digits are in nearly every code
    and phone: their count is left at "200+" until the list is read on."""
    q = normalize_query(query)
    ids = first_ids(q, limit, descending)
    if ids is None:
        return None
    if len(ids) < limit:
        return ids, len(ids), False
    if _in_text_only(q):
        return ids, len(ids), True
    total = capped_count(q) or len(ids)
    return ids, min(total, COUNT_CAP), total > COUNT_CAP


def capped_count(query: str, cap: int = COUNT_CAP) -> int | None:
    """How many live cards match ``query``, counted from the index up to ``cap`` + 1 (SQLite only)."""
    q = normalize_query(query)
    if not q or not is_sqlite():
        return None
    if _gram_path(q):
        sql, params = "SELECT 1 FROM customer_gram WHERE gram = ?", (q,)
    elif len(q) >= 3:      # the index holds the cleared cards too: each match's card says which it is
        sql = (f"SELECT 1 FROM customer_fts JOIN customer AS c ON c.name_rank = customer_fts.rowid "
               f"WHERE customer_fts MATCH ? AND c.{_LIVE_SQL}")
        params = (_phrase(q),)
    else:
        sql, params = f"SELECT 1 FROM customer WHERE {_LIVE_SQL} AND instr(search_text, ?) > 0", (q,)
    return db.execute_sql(f"SELECT count(*) FROM ({sql} LIMIT ?)", (*params, cap + 1)).fetchone()[0]


_ALL_GRAMS = f"""
    INSERT OR IGNORE INTO customer_gram (gram, name_rank, customer_id)
    SELECT substr(t.s, p.n, w.w), t.name_rank, t.id
      FROM (SELECT id, name_rank, lower(name) AS s FROM customer WHERE state <> '{STATE_CLEARED}'
            UNION ALL SELECT id, name_rank, initials FROM customer WHERE state <> '{STATE_CLEARED}') AS t
      JOIN gram_position AS p ON p.n <= length(t.s)
      JOIN (SELECT 1 AS w UNION ALL SELECT 2) AS w
     WHERE substr(t.s, p.n, w.w) <> ''
"""


def _grams_of_range(first_id: int, last_id: int) -> str:
    within = f"id BETWEEN {int(first_id)} AND {int(last_id)} AND state"
    return _ALL_GRAMS.replace("WHERE state", f"WHERE {within}")


@contextmanager
def bulk_insert(database: Database, deferred: bool = False):
    """Within the caller's transaction: insert many customers, then rank and index them.

    Yields a list; the loader appends the (first, last) id range it inserted (rows inserted with rank 0, which
    the triggers leave alone). After the load the new cards are ranked — one by one between their neighbours
    (the triggers re-index any neighbour moved), or all afresh in one pass with the whole index rebuilt — and
    indexed set-wise; a failure rolls all of it back. ``deferred``: a load in many batches ranks and indexes
    nothing per batch and calls :func:`rebuild` once at its end.
    """
    ranges: list[tuple[int, int]] = []
    yield ranges
    if deferred:
        return
    if name_ranks.large_share(ranges):
        rebuild(database)
        return
    name_ranks.rank_new(ranges)
    if not is_sqlite(database):
        return
    for first, last in ranges:
        database.execute_sql("INSERT INTO customer_fts (rowid, search_text) "
                             "SELECT name_rank, search_text FROM customer WHERE id BETWEEN ? AND ?", (first, last))
        database.execute_sql(_grams_of_range(first, last))


def rebuild(database: Database | DatabaseProxy) -> None:
    """Rank every card afresh and rebuild the SQLite index from the customer table: after a large load, or
    when ``check`` finds the index out of step."""
    with database.atomic():
        if not is_sqlite(database):
            name_ranks.renumber_all()
            return
        for name in ("customer_search_au", "customer_gram_au"):    # every row changes: indexed set-wise below
            database.execute_sql(f"DROP TRIGGER {name}")
        for name in _RANK_INDEXES:
            database.execute_sql(f'DROP INDEX "{name}"')
        name_ranks.renumber_all()
        for ddl in _RANK_INDEXES.values():
            database.execute_sql(ddl)
        database.execute_sql("INSERT INTO customer_fts (customer_fts) VALUES ('rebuild')")
        database.execute_sql("DROP INDEX customer_gram_customer")
        database.execute_sql("DELETE FROM customer_gram")
        database.execute_sql(_ALL_GRAMS)
        database.execute_sql(_GRAM_CUSTOMER_INDEX)
        database.execute_sql(_SQLITE_TRIGGERS[2])
        database.execute_sql(_SQLITE_TRIGGERS[3])
