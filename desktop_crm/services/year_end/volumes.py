"""The fixed volumes of a year as the desk reads them, and corrections recorded against them.

A bound volume is never edited: a correction (a paper found damaged, missing or mis-described) is
recorded against it, and printed on its remarks sheet.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.shelves.placing import volume_places
from desktop_crm.services.transaction import writing
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer
from desktop_crm.store.volume_models import Volume, VolumeCorrection, VolumeNote


def record_correction(acting: ActingUser, volume_id: int, text: str) -> None:
    authorise(acting, Action.BIND_YEAR)
    if not (text or "").strip():
        raise InvalidInput({"text": QT_TRANSLATE_NOOP("YearEnd", "请写明更正的内容（缺失、损坏、更正、补充或撤出的文件及原因）。")})
    with writing():
        if not Volume.select().where(Volume.id == volume_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "该案卷不存在。"))
        VolumeCorrection.create(volume=volume_id, user=acting.id, user_name=acting.display_name, text=text.strip())
        audit.record(acting, "volume", volume_id, "correct", note=text.strip())


@dataclass(frozen=True)
class VolumeRow:
    id: int
    code: str
    number: int
    title: str
    customer_number: str
    category: Category
    part: int
    parts: int
    retention: str
    start_ym: str
    end_ym: str
    items: int
    pages: int
    customer_name: str = ""
    notes: int = 0            # lines on its remarks sheet beyond the count (problems, corrections)
    place: str = ""           # where the paper volume stands
    destroyed_on: date | None = None

    @property
    def remark(self) -> str:
        """The 备注 of the year register: parts, whether the remarks sheet says more, where it stands."""
        parts = [f"共{self.parts}册" if self.parts > 1 else "", "见备考表" if self.notes else "",
                 f"{self.destroyed_on:%Y-%m-%d}已销毁" if self.destroyed_on else "",
                 f"存放 {self.place}" if self.place else ""]
        return "，".join(p for p in parts if p)


def year_volumes(year: int) -> list[VolumeRow]:
    notes = dict(tuples(VolumeNote.select(VolumeNote.volume, fn.COUNT(VolumeNote.id)).join(Volume)
                 .where(Volume.year == year).group_by(VolumeNote.volume)))
    corrections = dict(tuples(VolumeCorrection.select(VolumeCorrection.volume, fn.COUNT(VolumeCorrection.id)).join(Volume)
                       .where(Volume.year == year).group_by(VolumeCorrection.volume)))
    rows = list(Volume.select(Volume, Customer.number, Customer.name).join(Customer).where(Volume.year == year)
                .order_by(Volume.number))
    places = volume_places([v.id for v in rows])
    return [VolumeRow(v.id, v.code, v.number, v.title, v.customer.number, Category(v.category), v.part, v.parts,
                      v.retention, v.start_ym, v.end_ym, v.items, v.pages, v.customer.name,
                      notes.get(v.id, 0) + corrections.get(v.id, 0) + (1 if v.notes else 0), places.get(v.id, ""),
                      v.destroyed_on) for v in rows]


def volumes(acting: ActingUser, year: int) -> list[VolumeRow]:
    authorise(acting, Action.QUERY_ARCHIVE)
    found = year_volumes(year)
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"{year}年度案卷 {len(found)} 卷")
    return found


def find_volume(acting: ActingUser, code: str) -> VolumeRow:
    authorise(acting, Action.QUERY_ARCHIVE)
    volume = Volume.get_or_none(Volume.code == code.strip())
    if volume is None:
        raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "没有档号为 {code} 的案卷。").format(code=code))
    return next(v for v in year_volumes(volume.year) if v.id == volume.id)
