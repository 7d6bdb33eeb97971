"""Hand-outs (发放) of customer data to colleagues: consented, redacted by role, recorded, recalled."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.redaction import needs_recall, redact
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.printing.handout_files import HandoutSheet, handout_pdf, handout_xlsx
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.cards.account_managers import route_note
from desktop_crm.services.cards.card_storage import row_values
from desktop_crm.services.numbering import next_number
from desktop_crm.services.output_files import write_atomically
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store.control_models import Handout
from desktop_crm.store.models import Customer, User

ENTITY = "handout"


@dataclass(frozen=True)
class HandoutRecord:
    id: int
    number: str
    customer: str
    recipient: str
    recipient_role: Role
    consent_by: str
    consent_on: date
    purpose: str
    recall_date: date | None
    returned_on: date | None
    fields: str

    def overdue(self, today: date) -> bool:
        return self.recall_date is not None and self.returned_on is None and self.recall_date < today


def recall_days() -> int:
    """How long a full copy may stay out (the archive's setting)."""
    return registry.value("handout.recall_days")


def preview_rows(acting: ActingUser, customer_id: int, recipient_id: int) -> list[tuple[str, str]]:
    """Exactly what the recipient would receive, for the dialog to show before anything is produced."""
    authorise(acting, Action.HAND_OUT)
    customer, recipient = _customer(customer_id), _user(recipient_id)
    rows = redact(Role(recipient.role), CustomerKind(customer.kind), customer.number, row_values(customer))
    query_register.record(acting, QueryAction.OPEN_CARD, customer.id, f"发放预览（给 {recipient.display_name}）")
    return rows


def _customer(customer_id: int) -> Customer:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Control", "该客户不存在。"))
    return row


def _user(user_id: int | None) -> User:
    row = User.get_or_none((User.id == user_id) & (User.active == True)) if user_id else None  # noqa: E712
    if row is None:
        raise InvalidInput({"user": QT_TRANSLATE_NOOP("Control", "请选择同事。")})
    return row


def hand_out(acting: ActingUser, customer_id: int, recipient_id: int, out: str | Path, *,
             consent_by_id: int | None = None, purpose: str = "业务联系", recall_date: date | None = None,
             today: date | None = None) -> HandoutRecord:
    """Produce the hand-out file (``.xlsx`` or ``.pdf`` by its name) and record it.

    The consent is the customer manager's (经理 or 业务经理): the acting user's own when they are one,
    otherwise the named manager's, whose signed consent the custodian holds."""
    authorise(acting, Action.HAND_OUT)
    today = today or clock.today()
    out = Path(out)
    output = out.suffix.lower().lstrip(".")
    if output not in ("xlsx", "pdf"):
        raise InvalidInput({"out": QT_TRANSLATE_NOOP("Control", "发放文件须为 .xlsx（Excel）或 .pdf（打印单）。")})
    consenting = _user(consent_by_id) if consent_by_id else User.get_by_id(acting.id)
    if not may(Role(consenting.role), Action.CONSENT_HANDOUT):
        raise PermissionDenied(QT_TRANSLATE_NOOP("Control", "发放客户资料须经客户经理（经理或业务经理）同意：请注明同意发放的经理。"))
    customer, recipient = _customer(customer_id), _user(recipient_id)
    role = Role(recipient.role)
    rows = redact(role, CustomerKind(customer.kind), customer.number, row_values(customer))  # refuses the custodian
    if needs_recall(role):
        recall_date = recall_date or today + timedelta(days=recall_days())
        if recall_date <= today:
            raise InvalidInput({"recall_date": QT_TRANSLATE_NOOP("Control", "收回日期应晚于今天。")})
    else:
        recall_date = None
    with writing():
        number = next_number("FF", today.year)
        sheet = HandoutSheet(number, f"{recipient.display_name}（{role.label}）", f"{consenting.display_name} {today:%Y-%m-%d}",
                             purpose.strip() or "业务联系", f"{recall_date:%Y-%m-%d}" if recall_date else "",
                             tuple(rows))
        data = handout_xlsx(sheet) if output == "xlsx" else handout_pdf(sheet)
        row = Handout.create(number=number, customer=customer.id, recipient=recipient.id, recipient_role=role.value,
                             consent_by=consenting.id, consent_on=today, purpose=sheet.purpose,
                             fields="、".join(label for label, _ in rows), output=output, recall_date=recall_date,
                             created_by=acting.id)
        audit.record(acting, ENTITY, row.id, "create",
                     [audit.Change("接收人", None, recipient.display_name), audit.Change("同意人", None,
                                                                                        consenting.display_name),
                      audit.Change("收回日期", None, recall_date)],
                     note=route_note(customer.id, consenting))
        query_register.record(acting, QueryAction.HANDOUT, customer.id, f"发放 {number} 给 {recipient.display_name}")
        write_atomically(out, data)   # last: a failed write rolls the record back with it
    return _records(Handout.select().where(Handout.id == row.id))[0]


def _records(query) -> list[HandoutRecord]:
    users = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    return [HandoutRecord(h.id, h.number, f"{h.customer.number} {h.customer.name}", users.get(h.recipient_id, ""),
                          Role(h.recipient_role), users.get(h.consent_by_id, ""), h.consent_on, h.purpose,
                          h.recall_date, h.returned_on, h.fields)
            for h in query.select(Handout, Customer).join(Customer)]


def register(acting: ActingUser, state: str = "all", today: date | None = None) -> list[HandoutRecord]:
    """The hand-out register; ``state`` ``out`` (copies not yet back) or ``overdue`` (past recall)."""
    authorise(acting, Action.HAND_OUT)
    today = today or clock.today()
    query = Handout.select().order_by(Handout.id.desc())
    if state in ("out", "overdue"):
        query = query.where(Handout.recall_date.is_null(False) & Handout.returned_on.is_null())
    records = _records(query)
    records = [r for r in records if r.overdue(today)] if state == "overdue" else records
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"发放登记（{state}）{len(records)} 份")
    return records


def mark_returned(acting: ActingUser, handout_id: int, returned_on: date, today: date | None = None) -> None:
    authorise(acting, Action.HAND_OUT)
    today = today or clock.today()
    with writing():
        row = Handout.get_or_none(Handout.id == handout_id)
        if row is None or row.recall_date is None or row.returned_on is not None:
            raise NotFound(QT_TRANSLATE_NOOP("Control", "该发放记录不存在、无需收回或已收回。"))
        if not row.consent_on <= returned_on <= today:
            raise InvalidInput({"returned_on": QT_TRANSLATE_NOOP("Control", "收回日期应在发放日期与今天之间。")})
        Handout.update(returned_on=returned_on).where(Handout.id == handout_id).execute()
        audit.record(acting, ENTITY, handout_id, "return", [audit.Change("收回日期", None, returned_on)])
