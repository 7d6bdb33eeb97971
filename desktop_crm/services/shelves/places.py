"""The register of the archive room's places: added by the custodian, listed with what stands in each."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.shelf_places import DEFAULT_LEVELS, PlaceCode, parse_levels, parse_place
from desktop_crm.domain.text_input import checked_text
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store.database import tuples
from desktop_crm.store.shelf_models import BinderPlace, ShelfPlace, VolumePlace

ENTITY = "shelf_place"


def levels() -> tuple[str, ...]:
    found = parse_levels(registry.value("shelf.levels"))
    return found if isinstance(found, tuple) else DEFAULT_LEVELS


def parse(raw: str, field: str = "place") -> PlaceCode:
    return parse_place(raw, levels(), field)


def place_id(raw: str, field: str = "place") -> tuple[int, str]:
    """The id and code of a registered place, from the code as typed; an unknown place is refused."""
    code = parse(raw, field).code
    row = ShelfPlace.select(ShelfPlace.id, ShelfPlace.retired).where(ShelfPlace.code == code).tuples().first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "Shelves", "库房位置 {code} 尚未登记。请先登记这个位置（库房位置 → 登记位置，或 locations add {code}），再上架。")
            .format(code=code))
    if row[1]:
        raise InvalidInput({field: QT_TRANSLATE_NOOP("Shelves", "库房位置 {code} 已停用，请选另一个位置。").format(code=code)})
    return row[0], code


def add_place(acting: ActingUser, raw_code: str, note: str = "") -> str:
    authorise(acting, Action.SHELVE)
    code = parse(raw_code, "code").code
    note = checked_text("note", QT_TRANSLATE_NOOP("Shelves", "位置说明"), note, 100)
    with writing():
        if ShelfPlace.select().where(ShelfPlace.code == code).exists():
            raise InvalidInput({"code": QT_TRANSLATE_NOOP("Shelves", "库房位置 {code} 已经登记过，不必重复登记。").format(code=code)})
        created = ShelfPlace.create(code=code, note=note)
        audit.record(acting, ENTITY, created.id, "create", [audit.Change("位置", None, code)], note=note)
    return code


@dataclass(frozen=True)
class PlaceRow:
    code: str
    note: str
    binders: int
    volumes: int
    retired: bool


def list_places(acting: ActingUser) -> list[PlaceRow]:
    authorise(acting, Action.QUERY_ARCHIVE)
    binders = dict(tuples(BinderPlace.select(BinderPlace.place, fn.COUNT(BinderPlace.id)).group_by(BinderPlace.place)))
    volumes = dict(tuples(VolumePlace.select(VolumePlace.place, fn.COUNT(VolumePlace.id)).group_by(VolumePlace.place)))
    rows = [PlaceRow(code, note, binders.get(pid, 0), volumes.get(pid, 0), bool(retired))
            for pid, code, note, retired in tuples(ShelfPlace.select(ShelfPlace.id, ShelfPlace.code, ShelfPlace.note,
                                                                     ShelfPlace.retired).order_by(ShelfPlace.code))]
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"库房位置 {len(rows)} 个")
    return rows
