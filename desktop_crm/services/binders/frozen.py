"""The one rule every write to a binder obeys: a bound year's papers are frozen.

Once a year's close has started, its papers stand (or are about to stand) in fixed volumes whose
catalogues are printed: filing, moving,
withdrawing or correcting a paper of that year, and renumbering its catalogue, are refused with a
message that names the volume. Filing by hand, approvals that file themselves, returns and the
registers all ask here first.
"""
from __future__ import annotations

from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.store.volume_models import Volume, VolumeItem, YearClose


class FrozenPaper(ArchiveError):
    pass


def bound_volume(customer_id: int, category: int, year: int) -> str | None:
    """The archive code of the volume holding customer × category × year, or None while it is loose-leaf."""
    return (Volume.select(Volume.code).where((Volume.customer == customer_id) & (Volume.category == int(category))
                                             & (Volume.year == year)).order_by(Volume.part).scalar())


def year_closing(year: int) -> bool:
    """True once the year's close has started: from then on no paper enters that year."""
    return YearClose.select().where(YearClose.year == year).exists()


def ensure_year_open(customer_id: int, category: int, year: int) -> None:
    code = bound_volume(customer_id, category, year)
    if code is not None:
        raise FrozenPaper(QT_TRANSLATE_NOOP(
            "Binders", "{year}年度{category}已立卷（{code}），不能再归入、移入或重新编号；请归入当前年度，"
                       "或在年度立卷中为该卷登记更正记录。").format(
            year=year, category=Category(category).numbered_label, code=code))
    if year_closing(year):
        raise FrozenPaper(QT_TRANSLATE_NOOP(
            "Binders", "{year}年度已立卷（或正在立卷），不能再归入该年度的文件；请归入当前年度，"
                       "或在年度立卷中为相关案卷登记更正记录。").format(year=year))


def ensure_not_frozen(document_id: int) -> None:
    """Refuse any change to a paper bound into a fixed volume."""
    code = (VolumeItem.select(Volume.code).join(Volume).where(VolumeItem.document == document_id).scalar())
    if code is not None:
        raise FrozenPaper(QT_TRANSLATE_NOOP(
            "Binders", "此文件已装订入固定卷 {code}，不能再修改、移动或撤出；如需更正，请在年度立卷中为该卷登记更正记录。"
        ).format(code=code))
