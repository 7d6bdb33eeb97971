"""The registers (登记表) of categories 2, 4 and 5: entries added, corrected and withdrawn, with a trail."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput, NotFound, StaleCard
from desktop_crm.domain.permissions import Action, require
from desktop_crm.domain.register_values import REGISTERS, RegisterSpec, clean_entry
from desktop_crm.services import audit
from desktop_crm.store.binder_models import ContractOrder, GoodsMovement, ReturnDiscount
from desktop_crm.store.database import db
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
            raise InvalidInput({"order_id": "所选合同订单不属于该客户或已撤销，请重新选择。"})
    if register == "contracts":
        same = ContractOrder.select().where((ContractOrder.customer == customer_id)
                                            & (ContractOrder.number == values["number"]))
        if exclude_id is not None:
            same = same.where(ContractOrder.id != exclude_id)
        if same.exists():
            raise InvalidInput({"number": f"合同/订单号 {values['number']} 已在登记表中，不能重复登记。"})


def add_entry(acting: ActingUser, register: str, customer_id: int, raw: dict[str, Any],
              today: date | None = None) -> RegisterEntry:
    require(acting.role, Action.FILE_PAPERS)
    spec = _spec(register)
    values = clean_entry(spec, raw, today)
    model = MODELS[register]
    with db.atomic():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound("该客户不存在。")
        _check(register, customer_id, values, None)
        row = model.create(customer=customer_id, **_stored(values))
        labels = {f.name: f.label for f in spec.fields}
        audit.record(acting, f"register.{register}", row.id, "create",
                     [audit.Change(labels[k], None, v) for k, v in values.items() if v not in (None, "")])
    return get_entry(acting, register, row.id)


def update_entry(acting: ActingUser, register: str, entry_id: int, expected_version: int, raw: dict[str, Any],
                 today: date | None = None) -> RegisterEntry:
    require(acting.role, Action.FILE_PAPERS)
    spec = _spec(register)
    values = clean_entry(spec, raw, today)
    model = MODELS[register]
    with db.atomic():
        row = model.get_or_none((model.id == entry_id) & (model.removed == False))  # noqa: E712
        if row is None:
            raise NotFound("该登记条目不存在或已撤销。")
        if row.version != expected_version:
            raise StaleCard("该登记条目已被他人修改，您的修改没有覆盖它。请重新打开后再修改。")
        _check(register, row.customer_id, values, entry_id)
        labels = {f.name: f.label for f in spec.fields}
        old = {labels[f.name]: _read(row, f.name) for f in spec.fields}
        changes = audit.diff(old, {labels[k]: v for k, v in values.items()})
        if changes:
            model.update(version=model.version + 1, **_stored(values)).where(model.id == entry_id).execute()
            audit.record(acting, f"register.{register}", entry_id, "update", changes)
    return get_entry(acting, register, entry_id)


def remove_entry(acting: ActingUser, register: str, entry_id: int, reason: str) -> None:
    require(acting.role, Action.FILE_PAPERS)
    if not (reason or "").strip():
        raise InvalidInput({"reason": "撤销登记条目须写明原因。"})
    model = MODELS[_spec(register).code]
    with db.atomic():
        updated = model.update(removed=True, version=model.version + 1).where(
            (model.id == entry_id) & (model.removed == False)).execute()  # noqa: E712
        if not updated:
            raise NotFound("该登记条目不存在或已撤销。")
        audit.record(acting, f"register.{register}", entry_id, "remove", note=reason.strip())


def _entry(register: str, row) -> RegisterEntry:
    spec = _spec(register)
    values = {f.name: _read(row, f.name) for f in spec.fields}
    order_number = ""
    if getattr(row, "order_id", None):
        order_number = ContractOrder.get_by_id(row.order_id).number
    return RegisterEntry(row.id, values, order_number, row.version)


def get_entry(acting: ActingUser, register: str, entry_id: int) -> RegisterEntry:
    require(acting.role, Action.QUERY_ARCHIVE)
    model = MODELS[_spec(register).code]
    row = model.get_or_none(model.id == entry_id)
    if row is None:
        raise NotFound("该登记条目不存在。")
    return _entry(register, row)


def entries(acting: ActingUser, register: str, customer_id: int, year: int | None = None) -> list[RegisterEntry]:
    """A customer's register in date order (withdrawn entries left out); ``year`` limits it to one year."""
    require(acting.role, Action.QUERY_ARCHIVE)
    model = MODELS[_spec(register).code]
    when = getattr(model, ORDER_BY[register])
    query = model.select().where((model.customer == customer_id) & (model.removed == False))  # noqa: E712
    if year is not None:
        query = query.where((when >= date(year, 1, 1)) & (when <= date(year, 12, 31)))
    return [_entry(register, r) for r in query.order_by(when, model.id)]
