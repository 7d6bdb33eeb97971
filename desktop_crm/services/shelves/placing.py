"""Putting a binder or a fixed volume in its place, moving it (each move recorded: who, when, from → to),
and finding where something stands — what every window, form and list that names a paper asks."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.shelves.places import place_id
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import Document
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer
from desktop_crm.store.shelf_models import BinderPlace, PlaceMove, ShelfPlace, VolumePlace
from desktop_crm.store.volume_models import Volume, VolumeItem

WHOLE_BINDER = 0


@dataclass(frozen=True)
class Placed:
    what: str            # 客户 QY-000001 活页卷 / 第二类 / 案卷 0456-2025-001
    from_code: str       # "" on first shelving
    to_code: str


def _customer_id(number: str) -> int:
    row = Customer.select(Customer.id).where(Customer.number == (number or "").strip().upper()).tuples().first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Shelves", "没有编号为 {number} 的客户档案。").format(number=number))
    return row[0]


def _category(value: int | None) -> int:
    if value in (None, WHOLE_BINDER):
        return WHOLE_BINDER
    try:
        return int(Category(int(value)))
    except ValueError:
        raise InvalidInput({"category": QT_TRANSLATE_NOOP("Shelves", "类别应为 1 至 5；整卷上架时不填类别。")}) from None


def _code_of(place: int) -> str:
    return ShelfPlace.get_by_id(place).code


def locate_binder(acting: ActingUser, customer_number: str, place: str, category: int | None = None) -> Placed:
    """Put a customer's loose-leaf binder (or one category filed apart) at ``place``; a move if it had one."""
    authorise(acting, Action.SHELVE)
    customer_id, category = _customer_id(customer_number), _category(category)
    with writing():
        target, code = place_id(place)
        current = BinderPlace.get_or_none((BinderPlace.customer == customer_id) & (BinderPlace.category == category))
        before = _code_of(current.place_id) if current else ""
        _put(current, before, target, code, lambda: BinderPlace.create(customer=customer_id, category=category,
                                                                       place=target))
        PlaceMove.create(user=acting.id, user_name=acting.display_name, holder="binder", customer=customer_id,
                         category=category or None, from_code=before, to_code=code)
        what = _binder_words(customer_number.strip().upper(), category)
        audit.record(acting, "customer", customer_id, "shelve", [audit.Change(f"{what}位置", before or None, code)])
    return Placed(what, before, code)


def locate_volume(acting: ActingUser, volume_code: str, place: str) -> Placed:
    authorise(acting, Action.SHELVE)
    volume = Volume.get_or_none(Volume.code == (volume_code or "").strip())
    if volume is None:
        raise NotFound(QT_TRANSLATE_NOOP("Shelves", "没有档号为 {code} 的案卷。").format(code=volume_code))
    if volume.destroyed_on:
        raise InvalidInput({"volume": QT_TRANSLATE_NOOP("Shelves", "案卷 {code} 已于 {date} 销毁，不能再上架。")
                            .format(code=volume.code, date=volume.destroyed_on.isoformat())})
    with writing():
        target, code = place_id(place)
        current = VolumePlace.get_or_none(VolumePlace.volume == volume.id)
        before = _code_of(current.place_id) if current else ""
        _put(current, before, target, code, lambda: VolumePlace.create(volume=volume.id, place=target))
        PlaceMove.create(user=acting.id, user_name=acting.display_name, holder="volume", volume=volume.id,
                         customer=volume.customer_id, from_code=before, to_code=code)
        audit.record(acting, "volume", volume.id, "shelve", [audit.Change("位置", before or None, code)])
    return Placed(f"案卷 {volume.code}", before, code)


def _put(current: BinderPlace | VolumePlace | None, before: str, target: int, code: str,
         first_time: Callable[[], object]) -> None:
    """Move what stands at ``before`` to the place ``target``, or shelve it there the first time."""
    if before == code:
        raise InvalidInput({"place": QT_TRANSLATE_NOOP("Shelves", "它已经在 {code}，不必移动。").format(code=code)})
    if current is None:
        first_time()
        return
    current.place_id = target
    current.placed_at = datetime.now()
    current.save()


def _binder_words(number: str, category: int) -> str:
    return f"{number} 活页卷" + (f"（{Category(category).label}）" if category else "")


# --- where things stand (no register entry: each caller reads inside its own registered read) ----------

def binder_places(customer_ids: list[int]) -> dict[int, dict[int, str]]:
    """Per customer: {category (0 = whole binder): place code}."""
    found: dict[int, dict[int, str]] = {}
    if not customer_ids:
        return found
    query = (BinderPlace.select(BinderPlace.customer, BinderPlace.category, ShelfPlace.code).join(ShelfPlace)
             .where(BinderPlace.customer.in_(customer_ids)))
    for customer_id, category, code in tuples(query):
        found.setdefault(customer_id, {})[category] = code
    return found


def binder_place(customer_id: int, category: int | None = None) -> str:
    """Where a customer's papers of ``category`` stand: that category's own place, else the binder's."""
    places = binder_places([customer_id]).get(customer_id, {})
    if category:
        return places.get(int(category)) or places.get(WHOLE_BINDER, "")
    return places.get(WHOLE_BINDER, "") or "、".join(sorted(set(places.values())))


def volume_places(volume_ids: list[int] | None = None) -> dict[int, str]:
    query = VolumePlace.select(VolumePlace.volume, ShelfPlace.code).join(ShelfPlace)
    if volume_ids is not None:
        query = query.where(VolumePlace.volume.in_(volume_ids))
    return dict(tuples(query))


@dataclass(frozen=True)
class MoveRow:
    at: datetime
    user_name: str
    what: str
    from_code: str
    to_code: str


def moves(acting: ActingUser, customer_number: str | None = None, volume_code: str | None = None) -> list[MoveRow]:
    """The record of moves, newest first: of one customer's binder and volumes, one volume, or all."""
    authorise(acting, Action.QUERY_ARCHIVE)
    query = (PlaceMove.select(PlaceMove, Customer.number, Volume.code)
             .join(Customer, on=(PlaceMove.customer == Customer.id), join_type=JOIN.LEFT_OUTER)
             .switch(PlaceMove).join(Volume, on=(PlaceMove.volume == Volume.id), join_type=JOIN.LEFT_OUTER))
    customer_id = None
    if customer_number:
        customer_id = _customer_id(customer_number)
        query = query.where(PlaceMove.customer == customer_id)
    if volume_code:
        query = query.where(Volume.code == volume_code.strip())
    rows = []
    for move in query.order_by(PlaceMove.at.desc(), PlaceMove.id.desc()):
        if move.holder == "volume":
            what = f"案卷 {move.volume.code if move.volume else ''}"
        else:
            what = _binder_words(move.customer.number if move.customer else "", move.category or 0)
        rows.append(MoveRow(move.at, move.user_name, what, move.from_code, move.to_code))
    query_register.record(acting, QueryAction.DESK_LIST, customer_id, detail=f"上架与移动记录 {len(rows)} 条")
    return rows


def paper_places(document_ids: list[int]) -> dict[int, str]:
    """Where each paper is fetched from: its fixed volume's place once bound, else its binder's (the
    category's own place when filed apart); '' where nothing has a place yet."""
    if not document_ids:
        return {}
    papers = list(tuples(Document.select(Document.id, Document.customer, Document.category)
                         .where(Document.id.in_(document_ids))))
    bound = dict(tuples(VolumeItem.select(VolumeItem.document, VolumeItem.volume)
                        .where(VolumeItem.document.in_(document_ids))))
    volumes = volume_places(list(set(bound.values())))
    binders = binder_places(list({customer for _, customer, _ in papers}))
    found = {}
    for document_id, customer_id, category in papers:
        if document_id in bound and bound[document_id] in volumes:
            found[document_id] = volumes[bound[document_id]]
            continue
        places = binders.get(customer_id, {})
        found[document_id] = places.get(category) or places.get(WHOLE_BINDER, "")
    return found
