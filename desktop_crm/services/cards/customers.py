"""Customer cards: register, read, correct — each write one transaction with its audit trail."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from peewee import fn

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.card_values import clean_card
from desktop_crm.domain.customer_card import (
    FIELDS_BY_NAME,
    CustomerKind,
)
from desktop_crm.domain.errors import ArchiveError, DuplicateCustomer, NotFound, StaleCard
from desktop_crm.domain.name_matching import name_core, names_look_alike
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.registration_number import format_number
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.cards import account_managers
from desktop_crm.services.cards.card_storage import keyed, row_values, storage
from desktop_crm.services.numbering import next_serial
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store import customer_listing
from desktop_crm.store.models import CardDraft, Customer, User, now

ENTITY = "customer"


class SimilarNameWarning(ArchiveError):
    """A near-identical name exists. The user may go on: call again with ``allow_similar_name=True``."""

    def __init__(self, similar: list[tuple[str, str]]) -> None:
        self.similar = similar
        listed = "、".join(f"{number} {name}" for number, name in similar[:5])
        super().__init__(f"档案中已有名称相近的客户：{listed}。请确认不是同一客户后再保存。")


@dataclass
class CustomerCard:
    id: int | None
    kind: CustomerKind
    number: str
    version: int
    values: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None


def _card(row: Customer) -> CustomerCard:
    return CustomerCard(row.id, CustomerKind(row.kind), row.number, row.version, row_values(row),
                        row.created_at, row.updated_at)


def _check_unique_codes(kind: CustomerKind, values: dict[str, Any], exclude_id: int | None) -> None:
    for code_field, label in (("uscc", "统一社会信用代码"), ("id_number", "身份证号码")):
        code = values.get(code_field)
        if not code:
            continue
        query = Customer.select(Customer.number, Customer.name).where(getattr(Customer, code_field) == code)
        if exclude_id is not None:
            query = query.where(Customer.id != exclude_id)
        existing = query.first()
        if existing:
            raise DuplicateCustomer(QT_TRANSLATE_NOOP("Cards", "{label} {code} 已登记在 {number}（{name}）名下，同一客户不能重复建卡。请打开已有档案卡进行更正。").format(label=label, code=code, number=existing.number, name=existing.name))


def _similar(name: str, exclude_id: int | None) -> list[tuple[str, str]]:
    core = name_core(name)
    if not core:
        return []
    prefix = core[:2]
    query = (Customer.select(Customer.id, Customer.number, Customer.name)
             .where((Customer.name_core == core) |
                    ((Customer.name_core >= prefix) & (Customer.name_core < prefix + "\uffff")))
             .limit(300))
    return [(r.number, r.name) for r in query
            if r.id != exclude_id and names_look_alike(name, r.name)]


def similar_names(acting: ActingUser, name: str, exclude_id: int | None = None) -> list[tuple[str, str]]:
    authorise(acting, Action.QUERY_ARCHIVE)
    found = _similar(name, exclude_id)
    if found:       # the names shown are archive content
        query_register.record(acting, QueryAction.SEARCH, detail=f"名称查重“{name[:40]}” → {len(found)} 户相近")
    return found


def _next_number(kind: CustomerKind) -> str:
    """Take the next serial of the kind's series inside the caller's transaction; never reused."""
    return format_number(registry.value(f"number_prefix.{kind.value}"), next_serial(kind.value))


def create_customer(acting: ActingUser, kind: CustomerKind, raw: dict[str, Any], *,
                    allow_similar_name: bool = False, draft_id: int | None = None,
                    today: date | None = None) -> CustomerCard:
    """Register a new card and give it the next number of its series."""
    authorise(acting, Action.EDIT_CARDS)
    kind = CustomerKind(kind)
    values = clean_card(kind, raw, today)
    with writing():
        values["account_manager"] = account_managers.reader()(values.get("account_manager") or "")
        _check_unique_codes(kind, values, None)
        similar = _similar(values["name"], None)
        if similar and not allow_similar_name:
            raise SimilarNameWarning(similar)
        number = _next_number(kind)
        stamp = now()
        row = Customer.create(kind=kind.value, number=number, version=1, created_at=stamp, updated_at=stamp,
                              created_by=acting.id, updated_by=acting.id, reviewed_on=stamp.date(),
                              **storage(values), **keyed(values, number))
        changes = [audit.Change("number", None, number)] + audit.diff({}, values)
        audit.record(acting, ENTITY, row.id, "create", changes,
                     note="名称相近，经确认后登记" if similar else "")
        if draft_id is not None:
            CardDraft.delete().where((CardDraft.id == draft_id) & (CardDraft.user == acting.id)).execute()
    return _card(row)


def update_customer(acting: ActingUser, customer_id: int, expected_version: int, raw: dict[str, Any], *,
                    allow_similar_name: bool = False, draft_id: int | None = None,
                    note: str = "", today: date | None = None) -> CustomerCard:
    """Correct a card. Refused with :class:`StaleCard` if it was saved by someone else meanwhile."""
    authorise(acting, Action.EDIT_CARDS)
    with writing():
        row = Customer.get_or_none(Customer.id == customer_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Cards", "该客户档案卡不存在或已被移除。"))
        kind = CustomerKind(row.kind)
        values = clean_card(kind, raw, today)
        if row.version != expected_version:
            raise _stale(row)
        old = row_values(row)
        values["account_manager"] = account_managers.reader()(values.get("account_manager") or "",
                                                              old.get("account_manager") or "")
        changes = audit.diff(old, values)
        if not changes:
            return _card(row)
        _check_unique_codes(kind, values, customer_id)
        if values["name"] != old.get("name"):
            similar = _similar(values["name"], customer_id)
            if similar and not allow_similar_name:
                raise SimilarNameWarning(similar)
        updated = (Customer.update(version=Customer.version + 1, updated_at=now(), updated_by=acting.id,
                                   **storage(values), **keyed(values, row.number, customer_id, row.name_sort))
                   .where((Customer.id == customer_id) & (Customer.version == expected_version))
                   .execute())
        if updated != 1:   # another workstation committed between our read and write
            raise _stale(Customer.get_by_id(customer_id))
        audit.record(acting, ENTITY, customer_id, "update", changes, note=note)
        if draft_id is not None:
            CardDraft.delete().where((CardDraft.id == draft_id) & (CardDraft.user == acting.id)).execute()
        return _card(Customer.get_by_id(customer_id))


def _stale(row: Customer) -> StaleCard:
    who = User.get_or_none(User.id == row.updated_by_id)
    name = who.display_name if who else QT_TRANSLATE_NOOP("Cards", "其他用户")
    return StaleCard(QT_TRANSLATE_NOOP("Cards", "此档案卡已由{name}于 {at} 更正保存，您的修改没有覆盖它。"
                                                "请关闭后重新打开档案卡，核对最新内容后再更正。").format(
        name=name, at=f"{row.updated_at:%Y-%m-%d %H:%M}"))


def get_card(acting: ActingUser, customer_id: int, *,
             purpose: QueryAction = QueryAction.OPEN_CARD) -> CustomerCard:
    """Read a card; the look is written to the query register under ``purpose``."""
    authorise(acting, Action.QUERY_ARCHIVE)
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Cards", "该客户档案卡不存在或已被移除。"))
    query_register.record(acting, purpose, row.id)
    return _card(row)


def find_by_number(acting: ActingUser, number: str, *,
                   purpose: QueryAction = QueryAction.OPEN_CARD) -> CustomerCard:
    authorise(acting, Action.QUERY_ARCHIVE)
    row = Customer.get_or_none(Customer.number == number.strip().upper())
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Cards", "没有登记编号为 {number} 的客户。").format(number=number))
    query_register.record(acting, purpose, row.id)
    return _card(row)


def card_history(acting: ActingUser, customer_id: int) -> list[audit.HistoryEntry]:
    """The card's correction record (更正记录), newest first, with field labels in place of names."""
    authorise(acting, Action.QUERY_ARCHIVE)
    entries = audit.history(ENTITY, customer_id)
    query_register.record(acting, QueryAction.CARD_HISTORY, customer_id, f"更正记录 {len(entries)} 条")
    labels = {name: spec.label for name, spec in FIELDS_BY_NAME.items()} | {"number": "登记编号"}
    return [audit.HistoryEntry(e.at, e.user_name, e.action, labels.get(e.field, e.field), e.old_value,
                               e.new_value, e.note) for e in entries]


def used_values(acting: ActingUser, field_name: str) -> list[str]:
    """Values already used in a field (industry, region …), for the editor's completers."""
    authorise(acting, Action.QUERY_ARCHIVE)
    spec = FIELDS_BY_NAME[field_name]
    if not (spec.column and spec.completer):
        raise ValueError(field_name)
    return customer_listing.distinct_values(field_name)


def count_all() -> int:
    return Customer.select(fn.COUNT(Customer.id)).scalar() or 0
