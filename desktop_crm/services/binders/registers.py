"""The registers (登记表) of categories 2, 4 and 5: entries added, corrected and withdrawn, with a trail."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput, NotFound, StaleCard
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.register_values import REGISTERS, RegisterSpec, clean_entry
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.binders.frozen import ensure_year_open
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import ContractOrder, GoodsMovement, ReturnDiscount
from desktop_crm.store.models import Customer

MODELS = {"contracts": ContractOrder, "goods": GoodsMovement, "returns": ReturnDiscount}
ORDER_BY = {"contracts": "signed_on", "goods": "moved_on", "returns": "occurred_on"}


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    values: dict[str, Any]
    order_number: str
    version: int


def _read(row, name: str) -> Any:
    """A stored value as the checks produce it (SQLite gives back 1200 for 1200.00)."""
    value = getattr(row, "order_id" if name == "order_id" else name)
    return value.quantize(Decimal("0.01")) if isinstance(value, Decimal) else value


def _spec(register: str) -> RegisterSpec:
    if register not in REGISTERS:
        raise ValueError(register)
    return REGISTERS[register]


def _stored(values: dict[str, Any]) -> dict[str, Any]:
    return {("order" if k == "order_id" else k): v for k, v in values.items()}


def _check(register: str, customer_id: int, values: dict[str, Any], exclude_id: int | None) -> None:
    order_id = values.get("order_id")
    if order_id is not None:
        order = ContractOrder.get_or_none(ContractOrder.id == order_id)
        if order is None or order.customer_id != customer_id or order.removed:
            raise InvalidInput({"order_id": QT_TRANSLATE_NOOP("Binders", "所选合同订单不属于该客户或已撤销，请重新选择。")})
    if register == "contracts":
        same = ContractOrder.select().where((ContractOrder.customer == customer_id)
                                            & (ContractOrder.number == values["number"]))
        if exclude_id is not None:
            same = same.where(ContractOrder.id != exclude_id)
        if same.exists():
            raise InvalidInput({"number": QT_TRANSLATE_NOOP("Binders", "合同/订单号 {value} 已在登记表中，不能重复登记。").format(value=values['number'])})


def _year_open(register: str, customer_id: int, values: dict[str, Any]) -> None:
    """A register entry dated in a bound year of its category would change a printed register."""
    when = values.get(ORDER_BY[register])
    if when is not None:
        ensure_year_open(customer_id, int(_spec(register).category), when.year)


def _add(acting: ActingUser, register: str, customer_id: int, values: dict[str, Any], note: str = "") -> int:
    model = MODELS[register]
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise NotFound(QT_TRANSLATE_NOOP("Binders", "该客户不存在。"))
    _check(register, customer_id, values, None)
    _year_open(register, customer_id, values)
    row = model.create(customer=customer_id, **_stored(values))
    labels = {f.name: f.label for f in _spec(register).fields}
    audit.record(acting, f"register.{register}", row.id, "create",
                 [audit.Change(labels[k], None, v) for k, v in values.items() if v not in (None, "")], note=note)
    return row.id


def add_entry(acting: ActingUser, register: str, customer_id: int, raw: dict[str, Any],
              today: date | None = None) -> RegisterEntry:
    authorise(acting, Action.FILE_PAPERS)
    values = clean_entry(_spec(register), raw, today)
    with writing():
        entry_id = _add(acting, register, customer_id, values)
    return _one(register, entry_id)


def add_generated(acting: ActingUser, register: str, customer_id: int, raw: dict[str, Any], note: str,
                  today: date | None = None) -> int:
    """An entry the desk makes itself (an approved return); the calling service checked the authority."""
    values = clean_entry(_spec(register), raw, today)
    with writing():
        return _add(acting, register, customer_id, values, note)


def update_entry(acting: ActingUser, register: str, entry_id: int, expected_version: int, raw: dict[str, Any],
                 today: date | None = None) -> RegisterEntry:
    authorise(acting, Action.FILE_PAPERS)
    spec = _spec(register)
    values = clean_entry(spec, raw, today)
    model = MODELS[register]
    with writing():
        row = model.get_or_none((model.id == entry_id) & (model.removed == False))  # noqa: E712
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Binders", "该登记条目不存在或已撤销。"))
        if row.version != expected_version:
            raise StaleCard(QT_TRANSLATE_NOOP("Binders", "该登记条目已被他人修改，您的修改没有覆盖它。请重新打开后再修改。"))
        _check(register, row.customer_id, values, entry_id)
        _year_open(register, row.customer_id, {ORDER_BY[register]: getattr(row, ORDER_BY[register])})
        _year_open(register, row.customer_id, values)
        labels = {f.name: f.label for f in spec.fields}
        old = {labels[f.name]: _read(row, f.name) for f in spec.fields}
        changes = audit.diff(old, {labels[k]: v for k, v in values.items()})
        if changes:
            model.update(version=model.version + 1, **_stored(values)).where(model.id == entry_id).execute()
            audit.record(acting, f"register.{register}", entry_id, "update", changes)
    return _one(register, entry_id)


def remove_entry(acting: ActingUser, register: str, entry_id: int, reason: str) -> None:
    authorise(acting, Action.FILE_PAPERS)
    if not (reason or "").strip():
        raise InvalidInput({"reason": QT_TRANSLATE_NOOP("Binders", "撤销登记条目须写明原因。")})
    model = MODELS[_spec(register).code]
    with writing():
        row = model.get_or_none(model.id == entry_id)
        if row is not None:
            _year_open(register, row.customer_id, {ORDER_BY[register]: getattr(row, ORDER_BY[register])})
        updated = model.update(removed=True, version=model.version + 1).where(
            (model.id == entry_id) & (model.removed == False)).execute()  # noqa: E712
        if not updated:
            raise NotFound(QT_TRANSLATE_NOOP("Binders", "该登记条目不存在或已撤销。"))
        audit.record(acting, f"register.{register}", entry_id, "remove", note=reason.strip())


def _entry(register: str, row, orders: dict[int, str] | None = None) -> RegisterEntry:
    spec = _spec(register)
    values = {f.name: _read(row, f.name) for f in spec.fields}
    order_id = getattr(row, "order_id", None)
    if not order_id:
        order_number = ""
    elif orders is not None:
        order_number = orders.get(order_id, "")
    else:
        order_number = ContractOrder.select(ContractOrder.number).where(ContractOrder.id == order_id).scalar() or ""
    return RegisterEntry(row.id, values, order_number, row.version)


def _one(register: str, entry_id: int) -> RegisterEntry:
    model = MODELS[_spec(register).code]
    row = model.get_or_none(model.id == entry_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Binders", "该登记条目不存在。"))
    return _entry(register, row)


def get_entry(acting: ActingUser, register: str, entry_id: int) -> RegisterEntry:
    authorise(acting, Action.QUERY_ARCHIVE)
    entry = _one(register, entry_id)
    customer_id = MODELS[register].select(MODELS[register].customer).where(MODELS[register].id == entry_id).scalar()
    query_register.record(acting, QueryAction.REGISTER, customer_id, f"{_spec(register).label} 第 {entry_id} 条")
    return entry


def entries(acting: ActingUser, register: str, customer_id: int, year: int | None = None) -> list[RegisterEntry]:
    """A customer's register in date order (withdrawn entries left out); ``year`` limits it to one year."""
    authorise(acting, Action.QUERY_ARCHIVE)
    model = MODELS[_spec(register).code]
    when = getattr(model, ORDER_BY[register])
    query = model.select().where((model.customer == customer_id) & (model.removed == False))  # noqa: E712
    if year is not None:
        query = query.where((when >= date(year, 1, 1)) & (when <= date(year, 12, 31)))
    orders = {i: n for i, n in ContractOrder.select(ContractOrder.id, ContractOrder.number)
              .where(ContractOrder.customer == customer_id).tuples()}
    found = [_entry(register, r, orders) for r in query.order_by(when, model.id)]
    query_register.record(acting, QueryAction.REGISTER, customer_id,
                          f"{_spec(register).label}{f' {year}' if year else ''}，{len(found)} 条")
    return found
