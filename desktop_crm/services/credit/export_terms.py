"""For direct-export customers: payment method, credit amount granted, and the collateral and guarantee
register (抵押保证登记)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.money import parse_amount
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.transaction import writing
from desktop_crm.store.credit_models import Collateral, ExportTerms
from desktop_crm.store.models import Customer

COLLATERAL_KINDS = ("抵押", "质押", "保证")


def _export_customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户不存在。"))
    if not customer.direct_export:
        raise InvalidInput({"customer": QT_TRANSLATE_NOOP("Credit", "只有直接出口客户登记付款方式、信用金额和抵押保证。")})
    return customer


def set_terms(acting: ActingUser, customer_id: int, payment_method: str, credit_amount, note: str = "") -> None:
    authorise(acting, Action.FILE_PAPERS)
    if not payment_method.strip():
        raise InvalidInput({"payment_method": QT_TRANSLATE_NOOP("Credit", "请填写付款方式，例如 即期信用证、T/T 30天。")})
    amount = parse_amount(credit_amount, "信用金额")
    with writing():
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
    authorise(acting, Action.FILE_PAPERS)
    if kind not in COLLATERAL_KINDS:
        raise InvalidInput({"kind": QT_TRANSLATE_NOOP("Credit", "请选择 {value}。").format(value='、'.join(COLLATERAL_KINDS))})
    if not description.strip():
        raise InvalidInput({"description": QT_TRANSLATE_NOOP("Credit", "请写明抵押物或保证的内容。")})
    if kind == "保证" and not guarantor.strip():
        raise InvalidInput({"guarantor": QT_TRANSLATE_NOOP("Credit", "保证须写明保证人。")})
    with writing():
        _export_customer(customer_id)
        row = Collateral.create(customer=customer_id, kind=kind, description=description.strip(),
                                value=parse_amount(value, "价值") if value not in (None, "") else None,
                                guarantor=guarantor.strip(), registered_on=registered_on or clock.today())
        audit.record(acting, "collateral", row.id, "create", note=f"{kind}：{description.strip()}")
    return row.id


def release_collateral(acting: ActingUser, collateral_id: int, released_on: date) -> None:
    authorise(acting, Action.FILE_PAPERS)
    with writing():
        row = Collateral.get_or_none(Collateral.id == collateral_id)
        if row is None or row.released_on is not None:
            raise NotFound(QT_TRANSLATE_NOOP("Credit", "该抵押保证不存在或已解除。"))
        Collateral.update(released_on=released_on).where(Collateral.id == collateral_id).execute()
        audit.record(acting, "collateral", collateral_id, "release", [audit.Change("解除日期", None, released_on)])


@dataclass(frozen=True)
class CollateralEntry:
    id: int
    kind: str
    description: str
    value: Decimal | None
    guarantor: str
    registered_on: date
    released_on: date | None


@dataclass(frozen=True)
class ExportCredit:
    payment_method: str
    credit_amount: Decimal | None
    collateral: list[CollateralEntry]


def export_credit(acting: ActingUser, customer_id: int) -> ExportCredit:
    authorise(acting, Action.QUERY_ARCHIVE)
    terms = ExportTerms.get_or_none(ExportTerms.customer == customer_id)
    collateral = [CollateralEntry(c.id, c.kind, c.description, c.value, c.guarantor, c.registered_on, c.released_on)
                  for c in Collateral.select().where(Collateral.customer == customer_id).order_by(Collateral.id)]
    query_register.record(acting, QueryAction.CREDIT, customer_id, "出口信用（付款方式、信用金额、抵押保证）")
    return ExportCredit(terms.payment_method if terms else "", terms.credit_amount if terms else None, collateral)
