"""The location index (by place and by customer), place labels, and what still has no place — read for the
printed index, the labels, ``check`` and the start-up notice."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.printing.location_pdf import PlaceLabel, render_index, render_labels
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.settings import registry
from desktop_crm.services.shelves.places import levels, parse
from desktop_crm.store.binder_models import Document
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer
from desktop_crm.store.shelf_models import BinderPlace, ShelfPlace, VolumePlace
from desktop_crm.store.volume_models import Volume


@dataclass(frozen=True)
class Standing:
    place: str
    place_note: str
    kind: str                # 活页卷 | 固定卷
    customer_number: str
    customer_name: str
    what: str                # 第二类 / 档号
    title: str               # for a volume, its title


def standings() -> list[Standing]:
    """Everything that has a place, by place then customer."""
    found = []
    binder_rows = (BinderPlace.select(ShelfPlace.code, ShelfPlace.note, Customer.number, Customer.name,
                                      BinderPlace.category)
                   .join(ShelfPlace).switch(BinderPlace).join(Customer))
    for code, note, number, name, category in tuples(binder_rows):
        found.append(Standing(code, note, "活页卷", number, name, Category(category).label if category else "全部类别", name))
    volume_rows = (VolumePlace.select(ShelfPlace.code, ShelfPlace.note, Customer.number, Customer.name, Volume.code,
                                      Volume.title)
                   .join(ShelfPlace).switch(VolumePlace).join(Volume).join(Customer)
                   .where(Volume.destroyed_on.is_null()))
    for code, note, number, name, volume_code, title in tuples(volume_rows):
        found.append(Standing(code, note, "固定卷", number, name, volume_code, title))
    found.sort(key=lambda s: (s.place, s.kind, s.customer_number, s.what))
    return found


def index_pdf(acting: ActingUser, by_place: bool = True) -> bytes:
    authorise(acting, Action.QUERY_ARCHIVE)
    rows = standings()
    fonds = f"全宗：{registry.value('fonds.name')}（{registry.value('fonds.code')}）"
    header = (fonds, f"编制：{acting.display_name}  {date.today().isoformat()}  位置分级：{'-'.join(levels())}")
    missing = without_place()
    notes = (f"尚未上架：活页卷 {len(missing.binders)} 个，固定卷 {len(missing.volumes)} 卷。",)
    lines: list[tuple[str, ...]]
    if by_place:
        lines = [(s.place, s.place_note, s.kind, s.customer_number if s.kind == "活页卷" else s.what,
                  f"{s.customer_name}（{s.what}）" if s.kind == "活页卷" else s.title) for s in rows]
        pdf = render_index("库房位置索引（按位置）", header, True, lines, notes)
    else:
        per_customer: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        for s in rows:
            binders, volumes = per_customer.setdefault((s.customer_number, s.customer_name), ([], []))
            if s.kind == "活页卷":
                binders.append(s.place if s.what == "全部类别" else f"{s.what}：{s.place}")
            else:
                volumes.append(f"{s.what}：{s.place}")
        lines = [(number, name, "；".join(b), "；".join(v)) for (number, name), (b, v) in sorted(per_customer.items())]
        pdf = render_index("库房位置索引（按客户）", header, False, lines, notes)
    query_register.record(acting, QueryAction.PRINT, detail=f"库房位置索引 {len(rows)} 处")
    return pdf


def labels_pdf(acting: ActingUser, codes: list[str] | None = None) -> bytes:
    """Labels for the given places (all registered places when none are given)."""
    authorise(acting, Action.QUERY_ARCHIVE)
    wanted = {parse(c).code for c in codes} if codes else None
    contents: dict[str, list[str]] = {}
    for s in standings():
        contents.setdefault(s.place, []).append(s.customer_number if s.kind == "活页卷" else s.what)
    names = levels()
    labels = []
    for code, in tuples(ShelfPlace.select(ShelfPlace.code).where(ShelfPlace.retired == False)  # noqa: E712
                        .order_by(ShelfPlace.code)):
        if wanted is None or code in wanted:
            held = sorted(set(contents.get(code, [])))
            labels.append(PlaceLabel(code, parse(code).spoken(names), "、".join(held)))
    pdf = render_labels(labels, f"{registry.value('fonds.name')}（全宗号 {registry.value('fonds.code')}）")
    query_register.record(acting, QueryAction.PRINT, detail=f"库房位置标签 {len(labels)} 张")
    return pdf


@dataclass(frozen=True)
class Unplaced:
    binders: list[str]       # customer numbers whose binder (and every category of it) has no place
    volumes: list[str]       # volume codes bound but not shelved


def without_place() -> Unplaced:
    placed_whole = set(c for c, in tuples(BinderPlace.select(BinderPlace.customer)
                                          .where(BinderPlace.category == 0)))
    placed_parts: dict[int, set[int]] = {}
    for customer_id, category in tuples(BinderPlace.select(BinderPlace.customer, BinderPlace.category)
                                        .where(BinderPlace.category != 0)):
        placed_parts.setdefault(customer_id, set()).add(category)
    binders = []
    filed = (Document.select(Document.customer, Customer.number, Document.category).join(Customer)
             .where(Document.removed == False).distinct())  # noqa: E712
    needs: dict[tuple[int, str], set[int]] = {}
    for customer_id, number, category in tuples(filed):
        needs.setdefault((customer_id, number), set()).add(category)
    for (customer_id, number), categories in sorted(needs.items(), key=lambda kv: kv[0][1]):
        if customer_id not in placed_whole and not categories <= placed_parts.get(customer_id, set()):
            binders.append(number)
    return Unplaced(binders, unshelved_volumes())


def unshelved_volumes() -> list[str]:
    """The codes of the fixed volumes (not destroyed) that have no place yet."""
    shelved = set(v for v, in tuples(VolumePlace.select(VolumePlace.volume)))
    return [code for vid, code in tuples(Volume.select(Volume.id, Volume.code).where(Volume.destroyed_on.is_null())
                                         .order_by(Volume.code)) if vid not in shelved]
