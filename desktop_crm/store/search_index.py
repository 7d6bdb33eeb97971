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

import unicodedata
from contextlib import contextmanager

from peewee import SQL, Database, DatabaseProxy, Expression, fn

from desktop_crm.domain.customer_card import STATE_CLEARED
from desktop_crm.store import name_ranks
from desktop_crm.store.database import db, is_sqlite
from desktop_crm.store.models import Customer

MAX_NAME = 120  # longest name whose grams are indexed; names are at most 100 characters
# More matches than this and the first page is found by walking an index in display order, testing each row,
# instead of gathering every match and sorting it.
DENSE = 20_000
WALK_BUDGET = 20_000     # rows a walk may test before it gives up and gathers instead
COUNT_CAP = 10_000       # counts stop here: the status bar says "10,000+" and typing never waits for more
SHORT_CODE_CAP = 1_000   # … and here for one or two letters or digits

# The index as schema step 13 left it (store/migrations/step_0013_…); kept here for the bulk loader, which
# drops the insert trigger during a load and puts it back, and for the repair.
_GRAMS_OF_NEW = f"""
    INSERT OR IGNORE INTO customer_gram (gram, name_rank, customer_id)
    SELECT substr(t.s, p.n, w.w), new.name_rank, new.id
      FROM (SELECT lower(new.name) AS s UNION ALL SELECT new.initials) AS t,
           gram_position AS p, (SELECT 1 AS w UNION ALL SELECT 2) AS w
     WHERE new.state <> '{STATE_CLEARED}' AND p.n <= length(t.s) AND substr(t.s, p.n, w.w) <> '';
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
    """CREATE TRIGGER customer_search_au AFTER UPDATE OF search_text ON customer BEGIN
        INSERT INTO customer_fts (customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO customer_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    f"""CREATE TRIGGER customer_gram_au AFTER UPDATE OF name, initials, name_rank, state ON customer BEGIN
        DELETE FROM customer_gram WHERE customer_id = old.id;
        {_GRAMS_OF_NEW}
    END""",
]


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
        phrase = '"' + q.replace('"', '""') + '"'
        return Customer.id.in_(SQL("(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)", (phrase,)))
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
LIVE: Expression = SQL(f"state <> '{STATE_CLEARED}'")  # type: ignore[assignment]


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
    ``after``), each read in display order from an index: a range of the gram index for 1–2 characters; for
    more, the few trigram matches sorted, or — when they are many — the live ranks walked row by row.
    None when this backend has no such index (PostgreSQL)."""
    q = normalize_query(query)
    if not q or not is_sqlite():
        return None
    way = "DESC" if descending else "ASC"
    beyond, key = ("", ()) if after is None else (f"AND (name_rank, {{id}}) {'<' if descending else '>'} (?, ?)", after)
    if _gram_path(q):
        return _ids(f"SELECT customer_id FROM customer_gram WHERE gram = ? {beyond.format(id='customer_id')} "
                    f"ORDER BY name_rank {way}, customer_id {way} LIMIT ?", (q, *key, limit))
    live = f"state <> '{STATE_CLEARED}'"
    if len(q) >= 3:
        found = matches_in_order(q)
        if found is not None:
            if after is not None:
                found = [k for k in found if (k > after) != descending and k != after]
            ordered = found[::-1] if descending else found
            return [customer_id for _rank, customer_id in ordered[:limit]]
    walked = _ids(f"SELECT id FROM (SELECT id, search_text FROM customer WHERE {live} {beyond.format(id='id')} "
                  f"ORDER BY name_rank {way}, id {way} LIMIT ?) WHERE instr(search_text, ?) > 0 LIMIT ?",
                  (*key, WALK_BUDGET, q, limit))
    if len(walked) == limit:
        return walked
    return _ids(f"SELECT id FROM customer WHERE {live} AND instr(search_text, ?) > 0 {beyond.format(id='id')} "
                f"ORDER BY name_rank {way}, id {way} LIMIT ?", (q, *key, limit))


def matches_in_order(q: str) -> list[tuple[int, int]] | None:
    """Every live card the trigram index finds for ``q`` (3+ characters), as (rank, id) in name order — one
    pass of the index, sorted here; None when there are more than DENSE (then an index walk is cheaper)."""
    many = db.execute_sql("SELECT count(*) FROM (SELECT 1 FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?)",
                          (_phrase(q), DENSE + 1)).fetchone()[0]
    if many > DENSE:                 # counted in the index alone, before any card is read
        return None
    return sorted(db.execute_sql(f"SELECT c.name_rank, c.id FROM customer_fts JOIN customer AS c "
                                 f"ON c.id = customer_fts.rowid WHERE customer_fts MATCH ? "
                                 f"AND c.state <> '{STATE_CLEARED}'", (_phrase(q),)).fetchall())


def first_page(query: str, limit: int, descending: bool = False) -> tuple[list[int], int, bool] | None:
    """The first page's ids and how many live cards match (``True`` when that is only a lower bound), for the
    search box; None where :func:`first_ids` is None."""
    q = normalize_query(query)
    if not q or not is_sqlite():
        return None
    if len(q) >= 3:
        found = matches_in_order(q)
        if found is not None:          # every match in hand: the count is exact whatever its size
            ordered = found[::-1] if descending else found
            return [customer_id for _rank, customer_id in ordered[:limit]], len(found), False
    ids = first_ids(q, limit, descending) or []
    if len(ids) < limit:
        return ids, len(ids), False
    total = capped_count(q) or len(ids)
    cap = SHORT_CODE_CAP if _in_text_only(q) else COUNT_CAP
    return ids, min(total, cap), total > cap


def capped_count(query: str, cap: int = COUNT_CAP) -> int | None:
    """How many live cards match ``query``, counted from the index up to ``cap`` + 1 (SQLite only)."""
    q = normalize_query(query)
    if not q or not is_sqlite():
        return None
    live = f"state <> '{STATE_CLEARED}'"
    if _gram_path(q):
        sql, params = "SELECT 1 FROM customer_gram WHERE gram = ?", (q,)
    elif len(q) >= 3:
        sql = (f"SELECT 1 FROM customer_fts JOIN customer AS c ON c.id = customer_fts.rowid "
               f"WHERE customer_fts MATCH ? AND c.{live}")
        params = (_phrase(q),)
    else:   # a letter or digit or two: in nearly every code and phone; "1,000+" says enough
        sql, params = f"SELECT 1 FROM customer WHERE {live} AND instr(search_text, ?) > 0", (q,)
        cap = min(cap, SHORT_CODE_CAP)
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
    """Within the caller's transaction: insert many customers, then rank and index them set-wise.

    Yields a list; the loader appends the (first, last) id range it inserted (rows inserted with rank 0).
    The insert trigger is dropped meanwhile and re-created before the transaction commits, so a failure
    rolls all of it back. ``deferred``: a load in many batches ranks and indexes nothing per batch and calls
    :func:`rebuild` once at its end.
    """
    ranges: list[tuple[int, int]] = []
    if not is_sqlite(database):
        yield ranges
        if not deferred:
            name_ranks.rank_new(ranges)
        return
    database.execute_sql("DROP TRIGGER customer_search_ai")
    database.execute_sql("DROP TRIGGER customer_gram_au")    # the ranks given below are indexed set-wise
    yield ranges
    if deferred:
        ranges = []
    name_ranks.rank_new(ranges)
    for first, last in ranges:
        database.execute_sql("INSERT INTO customer_fts (rowid, search_text) "
                             "SELECT id, search_text FROM customer WHERE id BETWEEN ? AND ?", (first, last))
        database.execute_sql(_grams_of_range(first, last))
    database.execute_sql(_SQLITE_TRIGGERS[0])
    database.execute_sql(_SQLITE_TRIGGERS[3])


def rebuild(database: Database | DatabaseProxy) -> None:
    """Rank every card again and rebuild the SQLite index from the customer table, e.g. when ``check``
    finds it out of step."""
    with database.atomic():
        if not is_sqlite(database):
            name_ranks.renumber_all()
            return
        database.execute_sql("DROP TRIGGER customer_gram_au")
        name_ranks.renumber_all()
        database.execute_sql("INSERT INTO customer_fts (customer_fts) VALUES ('rebuild')")
        database.execute_sql("DELETE FROM customer_gram")
        database.execute_sql(_ALL_GRAMS)
        database.execute_sql(_SQLITE_TRIGGERS[3])
