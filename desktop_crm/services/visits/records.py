"""客户访问日报 and 客户投诉管理卡 entered from paper by the custodian: each kept as a record of its customer and
filed as a paper of category 1, so it is catalogued and bound with the customer's other papers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import DEFAULT_RETENTION, Category
from desktop_crm.domain.errors import NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.domain.visit_records import VisitKind, clean_complaint, clean_visit
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.binders.papers import file_generated
from desktop_crm.services.transaction import writing
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer
from desktop_crm.store.visit_models import ComplaintCard, VisitReport


def _customer(customer_id: int) -> None:
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise NotFound(QT_TRANSLATE_NOOP("Visits", "该客户档案卡不存在。"))


def _paper(acting: ActingUser, customer_id: int, kind: str, title: str, day: date) -> int:
    return file_generated(acting, customer_id, {"category": int(Category.BASIC), "kind": kind, "year": day.year,
                                                "title": title, "doc_date": day, "pages": 1,
                                                "retention": DEFAULT_RETENTION[Category.BASIC]},
                          note="由登记的记录归档", today=clock.today())


def add_visit(acting: ActingUser, customer_id: int, raw: dict[str, Any]) -> int:
    """Enter a visit report; it is filed in the customer's binder at the same time. Returns its id."""
    authorise(acting, Action.FILE_PAPERS)
    values = clean_visit(raw, clock.today())
    with writing():
        _customer(customer_id)
        title = f"客户访问{VisitKind(values['kind']).label}（{values['visitor']}，{values['visited_on']:%Y-%m-%d}）"
        document = _paper(acting, customer_id, "visit_report", title, values["visited_on"])
        made = VisitReport.create(customer=customer_id, document=document, created_by_name=acting.display_name, **values)
        audit.record(acting, "customer", customer_id, "visit_report", note=title)
    return made.id


def add_complaint(acting: ActingUser, customer_id: int, raw: dict[str, Any]) -> int:
    """Enter a complaint card; it is filed in the customer's binder at the same time. Returns its id."""
    authorise(acting, Action.FILE_PAPERS)
    values = clean_complaint(raw, clock.today())
    with writing():
        _customer(customer_id)
        title = f"客户投诉管理卡（{values['received_on']:%Y-%m-%d}）"
        document = _paper(acting, customer_id, "complaint_card", title, values["received_on"])
        made = ComplaintCard.create(customer=customer_id, document=document, created_by_name=acting.display_name,
                                    **values)
        audit.record(acting, "customer", customer_id, "complaint", note=title)
    return made.id


@dataclass(frozen=True)
class VisitRow:
    id: int
    visited_on: date
    kind: str
    visitor: str
    content: str
    follow_up: str


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    received_on: date
    complaint: str
    handling: str
    result: str
    satisfaction: str


def visits_of(acting: ActingUser, customer_id: int) -> list[VisitRow]:
    authorise(acting, Action.QUERY_ARCHIVE)
    found = [VisitRow(i, d, VisitKind.label_of(k), who, content, follow) for i, d, k, who, content, follow in tuples(
        VisitReport.select(VisitReport.id, VisitReport.visited_on, VisitReport.kind, VisitReport.visitor,
                           VisitReport.content, VisitReport.follow_up)
        .where(VisitReport.customer == customer_id).order_by(VisitReport.visited_on.desc(), VisitReport.id.desc()))]
    query_register.record(acting, QueryAction.REGISTER, customer_id, f"访问日报 {len(found)} 份")
    return found


def complaints_of(acting: ActingUser, customer_id: int) -> list[ComplaintRow]:
    authorise(acting, Action.QUERY_ARCHIVE)
    found = [ComplaintRow(*row) for row in tuples(
        ComplaintCard.select(ComplaintCard.id, ComplaintCard.received_on, ComplaintCard.complaint, ComplaintCard.handling,
                             ComplaintCard.result, ComplaintCard.satisfaction)
        .where(ComplaintCard.customer == customer_id).order_by(ComplaintCard.received_on.desc(), ComplaintCard.id.desc()))]
    query_register.record(acting, QueryAction.REGISTER, customer_id, f"投诉管理卡 {len(found)} 张")
    return found
