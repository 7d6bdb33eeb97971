"""The fixed volumes of a year as the desk reads them, and corrections recorded against them.

A bound volume is never edited: a correction (a paper found damaged, missing or mis-described) is
recorded against it, and printed on its remarks sheet.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit
from desktop_crm.services.authority import authorise
from desktop_crm.services.transaction import writing
from desktop_crm.store.models import Customer
from desktop_crm.store.volume_models import Volume, VolumeCorrection


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


def volumes(acting: ActingUser, year: int) -> list[VolumeRow]:
    authorise(acting, Action.QUERY_ARCHIVE)
    rows = (Volume.select(Volume, Customer.number).join(Customer).where(Volume.year == year).order_by(Volume.number))
    return [VolumeRow(v.id, v.code, v.number, v.title, v.customer.number, Category(v.category), v.part, v.parts,
                      v.retention, v.start_ym, v.end_ym, v.items, v.pages) for v in rows]


def find_volume(acting: ActingUser, code: str) -> VolumeRow:
    authorise(acting, Action.QUERY_ARCHIVE)
    volume = Volume.get_or_none(Volume.code == code.strip())
    if volume is None:
        raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "没有档号为 {code} 的案卷。").format(code=code))
    return next(v for v in volumes(acting, volume.year) if v.id == volume.id)
