"""For direct-export customers: payment method, credit amount granted, and the collateral and guarantee
register (抵押保证登记)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.money import parse_amount
from desktop_crm.domain.permissions import Action, require
from desktop_crm.services import audit
from desktop_crm.store.credit_models import Collateral, ExportTerms
from desktop_crm.store.database import db
from desktop_crm.store.models import Customer

COLLATERAL_KINDS = ("抵押", "质押", "保证")


def _export_customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound("该客户不存在。")
    if not customer.direct_export:
        raise InvalidInput({"customer": "只有直接出口客户登记付款方式、信用金额和抵押保证。"})
    return customer


def set_terms(acting: ActingUser, customer_id: int, payment_method: str, credit_amount, note: str = "") -> None:
    require(acting.role, Action.FILE_PAPERS)
    if not payment_method.strip():
        raise InvalidInput({"payment_method": "请填写付款方式，例如 即期信用证、T/T 30天。"})
    amount = parse_amount(credit_amount, "信用金额")
    with db.atomic():
        _export_customer(customer_id)
        old = ExportTerms.get_or_none(ExportTerms.customer == customer_id)
        ExportTerms.insert(customer=customer_id, payment_method=payment_method.strip(), credit_amount=amount,
                           note=note.strip()).on_conflict(
            conflict_target=[ExportTerms.customer],
            update={ExportTerms.payment_method: payment_method.strip(), ExportTerms.credit_amount: amount,
                    ExportTerms.note: note.strip()}).execute()
        audit.record(acting, "export_terms", customer_id, "update",
                     [audit.Change("付款方式", old.payment_method if old else None, payment_method.strip()),
                      audit.Change("信用金额", old.credit_amount if old else None, amount)])


def add_collateral(acting: ActingUser, customer_id: int, kind: str, description: str, value=None,
                   guarantor: str = "", registered_on: date | None = None) -> int:
    require(acting.role, Action.FILE_PAPERS)
    if kind not in COLLATERAL_KINDS:
        raise InvalidInput({"kind": f"请选择 {'、'.join(COLLATERAL_KINDS)}。"})
    if not description.strip():
        raise InvalidInput({"description": "请写明抵押物或保证的内容。"})
    if kind == "保证" and not guarantor.strip():
        raise InvalidInput({"guarantor": "保证须写明保证人。"})
    with db.atomic():
        _export_customer(customer_id)
        row = Collateral.create(customer=customer_id, kind=kind, description=description.strip(),
                                value=parse_amount(value, "价值") if value not in (None, "") else None,
                                guarantor=guarantor.strip(), registered_on=registered_on or date.today())
        audit.record(acting, "collateral", row.id, "create", note=f"{kind}：{description.strip()}")
    return row.id


def release_collateral(acting: ActingUser, collateral_id: int, released_on: date) -> None:
    require(acting.role, Action.FILE_PAPERS)
    with db.atomic():
        row = Collateral.get_or_none(Collateral.id == collateral_id)
        if row is None or row.released_on is not None:
            raise NotFound("该抵押保证不存在或已解除。")
        Collateral.update(released_on=released_on).where(Collateral.id == collateral_id).execute()
        audit.record(acting, "collateral", collateral_id, "release", [audit.Change("解除日期", None, released_on)])


@dataclass(frozen=True)
class ExportCredit:
    payment_method: str
    credit_amount: Decimal | None
    collateral: list[Collateral]


def export_credit(acting: ActingUser, customer_id: int) -> ExportCredit:
    require(acting.role, Action.QUERY_ARCHIVE)
    terms = ExportTerms.get_or_none(ExportTerms.customer == customer_id)
    return ExportCredit(terms.payment_method if terms else "", terms.credit_amount if terms else None,
                        list(Collateral.select().where(Collateral.customer == customer_id).order_by(Collateral.id)))
