"""Each card's place in pinyin order as one integer (``customer.name_rank``), so the list in name order and
the search index are read by a small integer key instead of sorting long pinyin keys.

Ranks are spaced ``GAP`` apart. A new or renamed card takes the middle of the gap between its neighbours;
only when two neighbours have no room left are the next few cards spread out again (never the whole
archive). A large load is ranked in one pass. Ranks are always positive: 0 marks a row not yet ranked.
"""
from __future__ import annotations

from peewee import Tuple, fn

from desktop_crm.store.database import db, tuples
from desktop_crm.store.models import Customer

GAP = 1 << 20


def renumber_all() -> None:
    """Rank every card afresh, GAP apart, in one statement (a load, a repair, the schema step)."""
    db.execute_sql(f"UPDATE customer SET name_rank = r.rn * {GAP} FROM (SELECT id, ROW_NUMBER() OVER "
                   "(ORDER BY name_sort, id) AS rn FROM customer) AS r WHERE r.id = customer.id")


def _neighbour_ranks(name_sort: str, customer_id: int | None) -> tuple[int | None, int | None]:
    """The ranks just before and just after (name_sort, id) among the ranked cards, the card itself left out."""
    key = Tuple(Customer.name_sort, Customer.id)
    me = Tuple(name_sort, customer_id if customer_id is not None else 2 ** 62)
    others = (Customer.name_rank > 0) & (Customer.id != (customer_id or 0))
    before = (Customer.select(Customer.name_rank).where(others, key < me)
              .order_by(Customer.name_sort.desc(), Customer.id.desc()).limit(1).scalar())
    after = (Customer.select(Customer.name_rank).where(others, key > me)
             .order_by(Customer.name_sort, Customer.id).limit(1).scalar())
    return before, after


def rank_for(name_sort: str, customer_id: int | None = None) -> int:
    """A rank for a card with this sort key (``customer_id`` None for a card not yet inserted), inside the
    caller's transaction; neighbours are spread out first when they leave no room."""
    before, after = _neighbour_ranks(name_sort, customer_id)
    low = before or 0
    if after is None:
        return low + GAP
    if after - low >= 2:
        return low + (after - low) // 2
    return _spread_after(low, customer_id)


def _spread_after(low: int, customer_id: int | None) -> int:
    """No room right after ``low``: give the next cards new ranks spread over a wider stretch (8 cards,
    then 32, 128 … until the stretch has room) and return the first free rank, right after ``low``."""
    count = 8
    while True:
        rows = tuples(Customer.select(Customer.id, Customer.name_rank)
                      .where(Customer.name_rank > low, Customer.id != (customer_id or 0))
                      .order_by(Customer.name_rank, Customer.id).limit(count + 1))
        moving, beyond = rows[:count], rows[count:]
        limit = beyond[0][1] if beyond else low + (len(moving) + 2) * GAP
        if limit - low >= 2 * (len(moving) + 2):
            step = (limit - low) // (len(moving) + 2)
            for place, (row_id, _rank) in enumerate(moving, start=2):
                Customer.update(name_rank=low + place * step).where(Customer.id == row_id).execute()
            return low + step
        count *= 4


def large_share(ranges: list[tuple[int, int]]) -> bool:
    """Cards just loaded that are a twentieth of the archive or more: ranking them all afresh is cheaper."""
    loaded = sum(last - first + 1 for first, last in ranges if first)
    return loaded > 0 and loaded * 20 >= (Customer.select(fn.COUNT(Customer.id)).scalar() or 0)


def rank_new(ranges: list[tuple[int, int]]) -> None:
    """Rank the cards just loaded (ids in ``ranges``, rank 0) one by one between their neighbours."""
    ids = [i for first, last in ranges if first for i in range(first, last + 1)]
    new: list[tuple] = []
    for start in range(0, len(ids), 10_000):
        new += tuples(Customer.select(Customer.id, Customer.name_sort)
                      .where(Customer.id.in_(ids[start:start + 10_000]), Customer.name_rank == 0))
    for customer_id, name_sort in sorted(new, key=lambda row: (row[1], row[0])):
        Customer.update(name_rank=rank_for(name_sort, customer_id)).where(Customer.id == customer_id).execute()
