"""Borrow slips (客户资料借阅表): lending papers, taking them back, renewing, and chasing the overdue.

The rules live in ``domain.lending_rules``; this module gathers the facts they need, refuses with what
they say and writes each step in one transaction with its trail.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import JOIN

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.document_values import display_title
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_crm.domain.lending_rules import (
    LoanFacts,
    LoanPaper,
    PaperOut,
    Person,
    Refusal,
    check_loan,
    check_renewal,
    due_date,
    renewal_due,
)
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.numbering import next_number
from desktop_crm.services.settings import registry
from desktop_crm.services.shelves.placing import paper_places
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import Document
from desktop_crm.store.control_models import BorrowItem, BorrowSlip
from desktop_crm.store.database import locked
from desktop_crm.store.models import Customer, User
from desktop_crm.store.volume_models import Volume, VolumeItem

ENTITY = "borrow_slip"


@dataclass(frozen=True)
class BorrowRequest:
    borrower_id: int
    purpose: str
    document_ids: tuple[int, ...]
    date_out: date
    due_date: date | None = None
    approved_by_id: int | None = None
    department: str = ""
    remarks: str = ""
    override_reason: str = ""


@dataclass(frozen=True)
class LoanItem:
    id: int
    document_id: int
    customer_number: str
    customer_name: str
    category: Category
    seq: int
    title: str
    returned_on: date | None
    condition: str
    volume_code: str = ""          # 档号 of the fixed volume the paper is bound in, if any
    volume_item: int | None = None


@dataclass(frozen=True)
class Slip:
    id: int
    number: str
    borrower_id: int
    borrower_name: str
    department: str
    purpose: str
    date_out: date
    due_date: date
    approved_by: str
    remarks: str
    override_reason: str
    renewals: int
    closed: bool
    items: tuple[LoanItem, ...]

    def overdue(self, today: date) -> bool:
        return not self.closed and self.due_date < today and any(i.returned_on is None for i in self.items)

    @property
    def outstanding(self) -> tuple[LoanItem, ...]:
        return tuple(i for i in self.items if i.returned_on is None)

    @property
    def customers(self) -> str:
        """The customers whose papers the slip covers, for the register's list."""
        seen = dict.fromkeys(f"{i.customer_number} {i.customer_name}" for i in self.items)
        return "；".join(seen)


def loan_days(role: Role) -> int:
    key = f"loan_days.{Role(role).value}"
    try:
        return registry.value(key)
    except ValueError:            # a role without a loan period (业务员 never borrows)
        return 7


# --- reading --------------------------------------------------------------------------------------
def _slips(query) -> list[Slip]:
    slips = list(query)
    if not slips:
        return []
    users = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    items: dict[int, list[LoanItem]] = {}
    rows = (BorrowItem.select(BorrowItem.id, BorrowItem.slip, BorrowItem.returned_on, BorrowItem.condition,
                              Document.id, Document.category, Document.seq, Document.title, Document.title_made_up,
                              Customer.number, Customer.name, Volume.code, VolumeItem.item)
            .join(Document).join(Customer)
            .switch(BorrowItem).join(VolumeItem, on=(VolumeItem.document == BorrowItem.document), join_type=JOIN.LEFT_OUTER)
            .join(Volume, on=(Volume.id == VolumeItem.volume), join_type=JOIN.LEFT_OUTER)
            .where(BorrowItem.slip.in_([s.id for s in slips])).order_by(BorrowItem.id).tuples())
    for (item_id, slip_id, returned_on, condition, doc_id, category, seq, title, made_up, number, name, code,
         volume_item) in rows:
        items.setdefault(slip_id, []).append(LoanItem(
            item_id, doc_id, number, name, Category(category), seq, display_title(title, bool(made_up)),
            _as_date(returned_on), condition, code or "", volume_item))
    return [Slip(s.id, s.number, s.borrower_id, users.get(s.borrower_id, ""), s.department, s.purpose, s.date_out,
                 s.due_date, users.get(s.approved_by_id, "") if s.approved_by_id else "", s.remarks,
                 s.override_reason, s.renewals, s.closed, tuple(items.get(s.id, ()))) for s in slips]


def _as_date(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _one(slip_id: int) -> Slip:
    found = _slips(BorrowSlip.select().where(BorrowSlip.id == slip_id))
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Control", "该借阅单不存在。"))
    return found[0]


def get_slip(acting: ActingUser, slip_id: int) -> Slip:
    authorise(acting, Action.LEND_PAPERS)
    slip = _one(slip_id)
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"借阅单 {slip.number}")
    return slip


def slips(acting: ActingUser, state: str = "open", today: date | None = None) -> list[Slip]:
    """``open``, ``overdue`` or ``all`` slips, the most urgent first."""
    authorise(acting, Action.LEND_PAPERS)
    today = today or clock.today()
    query = BorrowSlip.select().order_by(BorrowSlip.due_date, BorrowSlip.id)
    if state in ("open", "overdue"):
        query = query.where(BorrowSlip.closed == False)  # noqa: E712
    if state == "overdue":
        query = query.where(BorrowSlip.due_date < today)
    found = _slips(query)
    found = [s for s in found if s.overdue(today)] if state == "overdue" else found
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"借阅登记（{state}）{len(found)} 张")
    return found


def overdue_of(borrower_id: int, today: date | None = None) -> list[Slip]:
    today = today or clock.today()
    return [s for s in _slips(BorrowSlip.select().where((BorrowSlip.borrower == borrower_id)
                                                        & (BorrowSlip.closed == False)  # noqa: E712
                                                        & (BorrowSlip.due_date < today))) if s.overdue(today)]


def papers_out(document_ids: list[int]) -> dict[int, tuple[str, date, str]]:
    """For each paper now out: (borrower's name, due date, slip number)."""
    if not document_ids:
        return {}
    found: dict[int, tuple[str, date, str]] = {}
    for start in range(0, len(document_ids), 500):    # bounded IN lists
        rows = (BorrowItem.select(BorrowItem.document, User.display_name, BorrowSlip.due_date, BorrowSlip.number)
                .join(BorrowSlip).join(User, on=(BorrowSlip.borrower == User.id))
                .where(BorrowItem.document.in_(document_ids[start:start + 500]) & BorrowItem.returned_on.is_null())
                .tuples())
        found.update({doc: (name, _as_date(due), number) for doc, name, due, number in rows})
    return found


# --- lending ----------------------------------------------------------------------------------------
def _person(row: User | None) -> Person | None:
    return Person(row.id, row.display_name, Role(row.role), bool(row.active)) if row else None


def _refuse(refusals: list[Refusal]) -> None:
    """Raise what the rule found: a refusal by the rules of use first, else every input problem at once."""
    denied = [r for r in refusals if r.denied]
    if denied:
        raise PermissionDenied(denied[0].message)
    if refusals:
        raise InvalidInput({r.field: r.message for r in refusals})


def lend(acting: ActingUser, request: BorrowRequest, today: date | None = None) -> Slip:
    authorise(acting, Action.LEND_PAPERS)
    today = today or clock.today()
    with writing():
        borrower = _person(User.get_or_none(User.id == request.borrower_id))
        approver = _person(User.get_or_none(User.id == request.approved_by_id)) if request.approved_by_id else None
        # the papers locked first: two desks lending the same paper at the same moment cannot both see it in
        rows = list(locked(Document.select(Document.id, Document.title, Document.title_made_up, Document.is_original)
                           .where(Document.id.in_(list(request.document_ids)) & (Document.removed == False))  # noqa: E712
                           .order_by(Document.id)))
        out = papers_out([r.id for r in rows])
        papers = tuple(LoanPaper(r.id, display_title(r.title, r.title_made_up), bool(r.is_original),
                                 PaperOut(*out[r.id]) if r.id in out else None) for r in rows)
        facts = LoanFacts(
            acting=_person(User.get_by_id(acting.id)), borrower=borrower, approver=approver, papers=papers,
            requested=len(set(request.document_ids)), purpose=request.purpose, date_out=request.date_out,
            today=today, loan_days=loan_days(borrower.role) if borrower else 7, due_date=request.due_date,
            overdue_slips=tuple(s.number for s in overdue_of(borrower.id, today)) if borrower else (),
            override_reason=request.override_reason, approver_asked=request.approved_by_id is not None,
            unknown_papers=len(rows) != len(set(request.document_ids)))
        _refuse(check_loan(facts))
        due = due_date(facts)
        override = request.override_reason.strip() if facts.overdue_slips else ""
        slip = BorrowSlip.create(number=next_number("JY", request.date_out.year), borrower=borrower.id,
                                 department=request.department.strip() or User.get_by_id(borrower.id).department,
                                 purpose=request.purpose.strip(), date_out=request.date_out, due_date=due,
                                 approved_by=approver.id if approver else None, remarks=request.remarks.strip(),
                                 override_reason=override, created_by=acting.id)
        BorrowItem.insert_many([{"slip": slip.id, "document": p.id} for p in papers]).execute()
        audit.record(acting, ENTITY, slip.id, "create",
                     [audit.Change("借阅人", None, borrower.name), audit.Change("应还日期", None, due),
                      audit.Change("文件", None, "、".join(str(p.id) for p in papers))],
                     note=f"逾期仍借出，理由：{override}" if override else "")
    return _one(slip.id)


def return_papers(acting: ActingUser, slip_id: int, item_ids: list[int], returned_on: date,
                  condition: str = "完好", today: date | None = None) -> Slip:
    """Take back some or all papers of a slip; the slip closes when nothing is left out."""
    authorise(acting, Action.LEND_PAPERS)
    today = today or clock.today()
    with writing():
        slip = BorrowSlip.get_or_none(BorrowSlip.id == slip_id)
        if slip is None:
            raise NotFound(QT_TRANSLATE_NOOP("Control", "该借阅单不存在。"))
        if not item_ids:
            raise InvalidInput({"items": QT_TRANSLATE_NOOP("Control", "请选择归还的文件。")})
        if returned_on < slip.date_out or returned_on > today:
            raise InvalidInput({"returned_on": QT_TRANSLATE_NOOP("Control", "归还日期应在借出日期与今天之间。")})
        open_items = {i.id for i in BorrowItem.select().where((BorrowItem.slip == slip_id)
                                                              & BorrowItem.returned_on.is_null())}
        if not set(item_ids) <= open_items:
            raise InvalidInput({"items": QT_TRANSLATE_NOOP("Control", "所选文件不在此借阅单的未还文件中。")})
        condition = (condition or "完好").strip()
        BorrowItem.update(returned_on=returned_on, condition=condition, received_by=acting.id).where(
            BorrowItem.id.in_(item_ids)).execute()
        closed = not (open_items - set(item_ids))
        if closed:
            BorrowSlip.update(closed=True).where(BorrowSlip.id == slip_id).execute()
        audit.record(acting, ENTITY, slip_id, "return",
                     [audit.Change("归还", None, f"{len(item_ids)}份，{returned_on:%Y-%m-%d}，{condition}")],
                     note="全部归还" if closed else "部分归还")
    return _one(slip_id)


def proposed_renewal(acting: ActingUser, slip_id: int, today: date | None = None) -> date:
    """The due date a renewal would give by default (the renewal dialog starts from it)."""
    authorise(acting, Action.LEND_PAPERS)
    slip = BorrowSlip.get_or_none(BorrowSlip.id == slip_id)
    if slip is None:
        raise NotFound(QT_TRANSLATE_NOOP("Control", "该借阅单不存在。"))
    borrower = User.get_by_id(slip.borrower_id)
    return renewal_due(slip.due_date, today or clock.today(), loan_days(Role(borrower.role)))


def renew(acting: ActingUser, slip_id: int, new_due: date | None = None, today: date | None = None) -> Slip:
    authorise(acting, Action.LEND_PAPERS)
    today = today or clock.today()
    with writing():
        slip = BorrowSlip.get_or_none(BorrowSlip.id == slip_id)
        if slip is None or slip.closed:
            raise NotFound(QT_TRANSLATE_NOOP("Control", "该借阅单不存在或已全部归还。"))
        borrower = User.get_by_id(slip.borrower_id)
        due = new_due or renewal_due(slip.due_date, today, loan_days(Role(borrower.role)))
        _refuse(check_renewal(slip_number=slip.number, renewals=slip.renewals,
                              max_renewals=registry.value("loan.max_renewals"), current_due=slip.due_date,
                              new_due=due, today=today))
        BorrowSlip.update(due_date=due, renewals=BorrowSlip.renewals + 1).where(BorrowSlip.id == slip_id).execute()
        audit.record(acting, ENTITY, slip_id, "renew", [audit.Change("应还日期", slip.due_date, due)],
                     note=f"第{slip.renewals + 1}次续借")
    return _one(slip_id)


# --- printed forms ----------------------------------------------------------------------------------
def slip_pdf(acting: ActingUser, slip_id: int, paper: str = "A4") -> bytes:
    from desktop_crm.printing.borrow_forms import SlipForm, SlipLine, render_slip

    authorise(acting, Action.LEND_PAPERS)
    slip = _one(slip_id)
    places = paper_places([i.document_id for i in slip.items])
    form = SlipForm(slip.number, slip.borrower_name, slip.department, slip.purpose, f"{slip.date_out:%Y-%m-%d}",
                    f"{slip.due_date:%Y-%m-%d}", slip.approved_by, f"{slip.renewals} 次",
                    "；".join(x for x in (slip.remarks, f"逾期仍借出的理由：{slip.override_reason}"
                                         if slip.override_reason else "") if x),
                    tuple(SlipLine(f"{i.customer_number} {i.customer_name}", i.category.label, str(i.seq), i.title,
                                   f"{i.returned_on:%Y-%m-%d}" if i.returned_on else "", i.condition,
                                   f"{i.volume_code}-{i.volume_item:04d}" if i.volume_code and i.volume_item
                                   else i.volume_code, places.get(i.document_id, ""))
                          for i in slip.items))
    query_register.record(acting, QueryAction.PRINT, detail=f"借阅单 {slip.number}")
    return render_slip(form, paper)


def reminder_pdf(acting: ActingUser, borrower_id: int, today: date | None = None) -> bytes:
    """催还单 for one borrower: every overdue paper still out."""
    from desktop_crm.printing.borrow_forms import ReminderForm, ReminderLine, render_reminder

    authorise(acting, Action.LEND_PAPERS)
    today = today or clock.today()
    overdue = overdue_of(borrower_id, today)
    if not overdue:
        raise NotFound(QT_TRANSLATE_NOOP("Control", "该借阅人没有逾期未还的文件。"))
    borrower = User.get_by_id(borrower_id)
    places = paper_places([i.document_id for s in overdue for i in s.outstanding])
    lines = tuple(ReminderLine(s.number, f"{i.customer_number} {i.customer_name}", i.title, f"{s.due_date:%Y-%m-%d}",
                               (today - s.due_date).days, places.get(i.document_id, ""))
                  for s in overdue for i in s.outstanding)
    query_register.record(acting, QueryAction.PRINT, detail=f"催还单 {borrower.display_name}")
    return render_reminder(ReminderForm(borrower.display_name, borrower.department, f"{today:%Y-%m-%d}", lines))
