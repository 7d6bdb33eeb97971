"""Ranks in pinyin order: a new or renamed card takes its place between its neighbours, a full gap is spread
out over the next few cards only, and a load is ranked in one pass — always the order of the sort key."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.domain.pinyin_keys import sort_key
from desktop_crm.store import name_ranks
from desktop_crm.store.models import Customer

SYLLABLES = ["阿", "北", "长", "重", "上", "南", "华", "为", "京", "海"]


def _add(name: str) -> int:
    key = sort_key(name)
    row = Customer.create(kind="enterprise", number=f"T{Customer.select().count() + 1:06d}", name=name,
                          name_sort=key, name_core=name, name_rank=name_ranks.rank_for(key), roster="普通公司",
                          importance="一般", state="往来")
    return row.id


def _in_rank_order() -> list[str]:
    return [c.name_sort for c in Customer.select().order_by(Customer.name_rank, Customer.id)]


def test_inserts_at_one_place_spread_the_next_cards_only(archive):
    for name in ("阿里巴巴", "上海华联"):
        _add(name)
    for i in range(40):                        # 40 halvings of one gap: more than its 20 bits of room
        _add(f"北京{'一' * (40 - i)}")
    assert _in_rank_order() == sorted(_in_rank_order())
    assert len({c.name_rank for c in Customer.select()}) == Customer.select().count()
    last = Customer.select().order_by(Customer.name_rank.desc()).first()
    assert last.name == "上海华联" and last.name_rank < 50 * name_ranks.GAP   # never renumbered from the top


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.booleans(), st.text(alphabet=SYLLABLES, min_size=1, max_size=4)), min_size=1,
                max_size=30))
def test_any_inserts_and_renames_keep_the_pinyin_order(archive, steps):
    Customer.delete().execute()
    for rename, name in steps:
        existing = Customer.select().order_by(Customer.id.desc()).first()
        if rename and existing is not None:
            key = sort_key(name)
            Customer.update(name=name, name_sort=key, name_rank=name_ranks.rank_for(key, existing.id)).where(
                Customer.id == existing.id).execute()
        else:
            _add(name)
    keys = [(c.name_sort, c.id) for c in Customer.select().order_by(Customer.name_rank, Customer.id)]
    assert keys == sorted(keys)
    assert all(c.name_rank > 0 for c in Customer.select())


def test_a_load_is_ranked_in_one_pass_or_card_by_card(archive):
    from desktop_crm.store import search_index
    from desktop_crm.store.database import db

    for name in ("阿里巴巴", "上海华联"):
        _add(name)
    before = {c.id: c.name_rank for c in Customer.select()}
    with db.atomic(), search_index.bulk_insert(db) as inserted:
        Customer.insert_many([dict(kind="enterprise", number=f"L{i}", name=n, name_sort=sort_key(n),
                                   name_core=n, roster="普通公司", importance="一般", state="往来")
                              for i, n in enumerate(["北京燕京", "重庆长安", "长沙中联"])]).execute()
        loaded = [c.id for c in Customer.select(Customer.id).where(Customer.number.startswith("L"))]
        inserted.append((min(loaded), max(loaded)))
    assert _in_rank_order() == sorted(_in_rank_order())
    # three new cards beside two: a large share, ranked afresh in one pass
    assert {c.id: c.name_rank for c in Customer.select() if c.id in before} != before
