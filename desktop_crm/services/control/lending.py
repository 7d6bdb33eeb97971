"""Borrow slips (客户资料借阅表): lending papers, taking them back, renewing, and chasing the overdue.

The rules: only colleagues who may query the archive borrow; originals are looked at, never lent; a
paper that is out is not lent again; a borrower with an overdue slip borrows again only when the
custodian overrides with a written reason; the custodian never lends to themself without a second
person's approval; renewals are limited. Every step is one transaction with its trail.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_crm.domain.permissions import Action, may, require
from desktop_crm.domain.roles import Role
from desktop_crm.services import audit
from desktop_crm.services.numbering import next_number
from desktop_crm.store.binder_models import Document
from desktop_crm.store.control_models import BorrowItem, BorrowSlip
from desktop_crm.store.database import db
from desktop_crm.store.models import Customer, Setting, User

DEFAULT_LOAN_DAYS = {Role.CUSTODIAN: 7, Role.CUSTOMER_SERVICE: 7, Role.BUSINESS_MANAGER: 14, Role.MANAGER: 14}
DEFAULT_MAX_RENEWALS = 2
LONGEST_LOAN = 90
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


# --- settings -------------------------------------------------------------------------------------
def loan_days(role: Role) -> int:
    row = Setting.get_or_none(Setting.key == f"loan_days.{role.value}")
    return int(row.value) if row else DEFAULT_LOAN_DAYS.get(role, 7)


def max_renewals() -> int:
    row = Setting.get_or_none(Setting.key == "loan.max_renewals")
    return int(row.value) if row else DEFAULT_MAX_RENEWALS


def set_loan_days(acting: ActingUser, role: Role, days: int) -> None:
    require(acting.role, Action.LEND_PAPERS)
    if not 1 <= days <= LONGEST_LOAN:
        raise InvalidInput({"days": f"借期应为1至{LONGEST_LOAN}天。"})
    with db.atomic():
        old = loan_days(role)
        Setting.insert(key=f"loan_days.{role.value}", value=str(days)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: str(days)}).execute()
        audit.record(acting, "setting", 0, "update", [audit.Change(f"{role.label}借期（天）", old, days)])


# --- reading --------------------------------------------------------------------------------------
def _slips(query) -> list[Slip]:
    slips = list(query)
    if not slips:
        return []
    users = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    items: dict[int, list[LoanItem]] = {}
    rows = (BorrowItem.select(BorrowItem, Document.id, Document.category, Document.seq, Document.title,
                              Document.title_made_up, Customer.number, Customer.name)
            .join(Document).join(Customer).where(BorrowItem.slip.in_([s.id for s in slips])).order_by(BorrowItem.id))
    for r in rows:
        d = r.document
        title = f"[{d.title}]" if d.title_made_up else d.title
        items.setdefault(r.slip_id, []).append(LoanItem(r.id, d.id, d.customer.number, d.customer.name,
                                                        Category(d.category), d.seq, title, r.returned_on,
                                                        r.condition))
    return [Slip(s.id, s.number, s.borrower_id, users.get(s.borrower_id, ""), s.department, s.purpose, s.date_out,
                 s.due_date, users.get(s.approved_by_id, "") if s.approved_by_id else "", s.remarks,
                 s.override_reason, s.renewals, s.closed, tuple(items.get(s.id, ()))) for s in slips]


def get_slip(acting: ActingUser, slip_id: int) -> Slip:
    require(acting.role, Action.QUERY_ARCHIVE)
    found = _slips(BorrowSlip.select().where(BorrowSlip.id == slip_id))
    if not found:
        raise NotFound("该借阅单不存在。")
    return found[0]


def slips(acting: ActingUser, state: str = "open", today: date | None = None) -> list[Slip]:
    """``open``, ``overdue`` or ``all`` slips, the most urgent first."""
    require(acting.role, Action.LEND_PAPERS)
    today = today or date.today()
    query = BorrowSlip.select().order_by(BorrowSlip.due_date, BorrowSlip.id)
    if state in ("open", "overdue"):
        query = query.where(BorrowSlip.closed == False)  # noqa: E712
    if state == "overdue":
        query = query.where(BorrowSlip.due_date < today)
    found = _slips(query)
    return [s for s in found if s.overdue(today)] if state == "overdue" else found


def overdue_of(borrower_id: int, today: date) -> list[Slip]:
    return [s for s in _slips(BorrowSlip.select().where((BorrowSlip.borrower == borrower_id)
                                                        & (BorrowSlip.closed == False)  # noqa: E712
                                                        & (BorrowSlip.due_date < today))) if s.overdue(today)]


def papers_out(document_ids: list[int]) -> dict[int, tuple[str, date, str]]:
    """For each paper now out: (borrower's name, due date, slip number)."""
    if not document_ids:
        return {}
    rows = (BorrowItem.select(BorrowItem.document, User.display_name, BorrowSlip.due_date, BorrowSlip.number)
            .join(BorrowSlip).join(User, on=(BorrowSlip.borrower == User.id))
            .where(BorrowItem.document.in_(document_ids) & BorrowItem.returned_on.is_null()).tuples())
    return {doc: (name, due, number) for doc, name, due, number in rows}


# --- lending ----------------------------------------------------------------------------------------
def lend(acting: ActingUser, request: BorrowRequest, today: date | None = None) -> Slip:
    require(acting.role, Action.LEND_PAPERS)
    today = today or date.today()
    problems: dict[str, str] = {}
    if not request.purpose.strip():
        problems["purpose"] = "请填写借阅目的。"
    if not request.document_ids:
        problems["documents"] = "请选择要借出的文件。"
    if request.date_out > today:
        problems["date_out"] = "借出日期不能晚于今天。"
    if problems:
        raise InvalidInput(problems)
    with db.atomic():
        borrower = User.get_or_none((User.id == request.borrower_id) & (User.active == True))  # noqa: E712
        if borrower is None:
            raise InvalidInput({"borrower": "请选择借阅人。"})
        borrower_role = Role(borrower.role)
        if not may(borrower_role, Action.QUERY_ARCHIVE):
            raise PermissionDenied(f"{borrower.display_name}（{borrower_role.label}）无权借阅档案；"
                                   "业务员只能经发放接收客户单位名称和联系人信息。")
        approver = None
        if request.approved_by_id is not None:
            approver = User.get_or_none(User.id == request.approved_by_id)
            if approver is None or not may(Role(approver.role), Action.APPROVE_LOAN):
                raise PermissionDenied("批准人须为档案管理员、经理或业务经理。")
            if approver.id == borrower.id:
                raise PermissionDenied("借阅人不能批准自己的借阅。")
        if borrower.id == acting.id and approver is None:
            raise PermissionDenied("档案管理员本人借阅，须由另一位有批准权的同事批准。")
        papers = list(Document.select().where(Document.id.in_(list(request.document_ids))
                                               & (Document.removed == False)))  # noqa: E712
        if len(papers) != len(set(request.document_ids)):
            raise NotFound("所选文件中有的不存在或已撤出，请刷新后重选。")
        originals = [p.title for p in papers if p.is_original]
        if originals:
            raise PermissionDenied("原件只可在档案室查阅，不得外借：" + "、".join(originals[:5])
                                   + ("等" if len(originals) > 5 else "") + "。可借出复印件。")
        out = papers_out([p.id for p in papers])
        if out:
            titles = {p.id: p.title for p in papers}
            listed = "；".join(f"“{titles[d]}”已由{name}借出（{number}），应于{due:%Y-%m-%d}归还"
                              for d, (name, due, number) in list(out.items())[:3])
            raise PermissionDenied(f"文件尚未归还，不能再借：{listed}。")
        overdue = overdue_of(borrower.id, today)
        override = request.override_reason.strip()
        if overdue and not override:
            raise PermissionDenied(f"{borrower.display_name}有逾期未还的借阅单（{'、'.join(s.number for s in overdue)}），"
                                   "归还前不得再借；确需借出，须由档案管理员写明理由后办理。")
        due = request.due_date or request.date_out + timedelta(days=loan_days(borrower_role))
        if due < request.date_out or due > request.date_out + timedelta(days=LONGEST_LOAN):
            raise InvalidInput({"due_date": f"归还日期应在借出日期之后，且借期不超过{LONGEST_LOAN}天。"})
        slip = BorrowSlip.create(number=next_number("JY", request.date_out.year), borrower=borrower.id,
                                 department=request.department.strip() or borrower.department,
                                 purpose=request.purpose.strip(), date_out=request.date_out, due_date=due,
                                 approved_by=approver.id if approver else None, remarks=request.remarks.strip(),
                                 override_reason=override if overdue else "", created_by=acting.id)
        BorrowItem.insert_many([{"slip": slip.id, "document": p.id} for p in papers]).execute()
        audit.record(acting, ENTITY, slip.id, "create",
                     [audit.Change("借阅人", None, borrower.display_name), audit.Change("应还日期", None, due),
                      audit.Change("文件", None, "、".join(str(p.id) for p in papers))],
                     note=f"逾期仍借出，理由：{override}" if overdue else "")
    return get_slip(acting, slip.id)


def return_papers(acting: ActingUser, slip_id: int, item_ids: list[int], returned_on: date,
                  condition: str = "完好", today: date | None = None) -> Slip:
    """Take back some or all papers of a slip; the slip closes when nothing is left out."""
    require(acting.role, Action.LEND_PAPERS)
    today = today or date.today()
    with db.atomic():
        slip = BorrowSlip.get_or_none(BorrowSlip.id == slip_id)
        if slip is None:
            raise NotFound("该借阅单不存在。")
        if not item_ids:
            raise InvalidInput({"items": "请选择归还的文件。"})
        if returned_on < slip.date_out or returned_on > today:
            raise InvalidInput({"returned_on": "归还日期应在借出日期与今天之间。"})
        open_items = {i.id for i in BorrowItem.select().where((BorrowItem.slip == slip_id)
                                                              & BorrowItem.returned_on.is_null())}
        if not set(item_ids) <= open_items:
            raise InvalidInput({"items": "所选文件不在此借阅单的未还文件中。"})
        BorrowItem.update(returned_on=returned_on, condition=(condition or "完好").strip(), received_by=acting.id).where(
            BorrowItem.id.in_(item_ids)).execute()
        closed = not (open_items - set(item_ids))
        if closed:
            BorrowSlip.update(closed=True).where(BorrowSlip.id == slip_id).execute()
        audit.record(acting, ENTITY, slip_id, "return",
                     [audit.Change("归还", None, f"{len(item_ids)}份，{returned_on:%Y-%m-%d}，{condition}")],
                     note="全部归还" if closed else "部分归还")
    return get_slip(acting, slip_id)


def renew(acting: ActingUser, slip_id: int, new_due: date | None = None, today: date | None = None) -> Slip:
    require(acting.role, Action.LEND_PAPERS)
    today = today or date.today()
    with db.atomic():
        slip = BorrowSlip.get_or_none(BorrowSlip.id == slip_id)
        if slip is None or slip.closed:
            raise NotFound("该借阅单不存在或已全部归还。")
        if slip.renewals >= max_renewals():
            raise PermissionDenied(f"借阅单 {slip.number} 已续借{slip.renewals}次，达到上限，请先归还。")
        borrower = User.get_by_id(slip.borrower_id)
        due = new_due or max(today, slip.due_date) + timedelta(days=loan_days(Role(borrower.role)))
        if due <= slip.due_date or due > today + timedelta(days=LONGEST_LOAN):
            raise InvalidInput({"due_date": "续借后的归还日期应晚于原日期，且不超过90天。"})
        BorrowSlip.update(due_date=due, renewals=BorrowSlip.renewals + 1).where(BorrowSlip.id == slip_id).execute()
        audit.record(acting, ENTITY, slip_id, "renew", [audit.Change("应还日期", slip.due_date, due)],
                     note=f"第{slip.renewals + 1}次续借")
    return get_slip(acting, slip_id)


# --- printed forms ----------------------------------------------------------------------------------
def slip_pdf(acting: ActingUser, slip_id: int, paper: str = "A4") -> bytes:
    from desktop_crm.printing.borrow_forms import SlipForm, SlipLine, render_slip
    from desktop_crm.services.control import query_register

    slip = get_slip(acting, slip_id)
    form = SlipForm(slip.number, slip.borrower_name, slip.department, slip.purpose, f"{slip.date_out:%Y-%m-%d}",
                    f"{slip.due_date:%Y-%m-%d}", slip.approved_by, f"{slip.renewals} 次",
                    "；".join(x for x in (slip.remarks, f"逾期仍借出的理由：{slip.override_reason}"
                                         if slip.override_reason else "") if x),
                    tuple(SlipLine(f"{i.customer_number} {i.customer_name}", i.category.label, str(i.seq), i.title,
                                   f"{i.returned_on:%Y-%m-%d}" if i.returned_on else "", i.condition)
                          for i in slip.items))
    query_register.record(acting, "print", detail=f"借阅单 {slip.number}")
    return render_slip(form, paper)


def reminder_pdf(acting: ActingUser, borrower_id: int, today: date | None = None) -> bytes:
    """催还单 for one borrower: every overdue paper still out."""
    from desktop_crm.printing.borrow_forms import ReminderForm, ReminderLine, render_reminder

    require(acting.role, Action.LEND_PAPERS)
    today = today or date.today()
    overdue = overdue_of(borrower_id, today)
    if not overdue:
        raise NotFound("该借阅人没有逾期未还的文件。")
    borrower = User.get_by_id(borrower_id)
    lines = tuple(ReminderLine(s.number, f"{i.customer_number} {i.customer_name}", i.title, f"{s.due_date:%Y-%m-%d}",
                               (today - s.due_date).days) for s in overdue for i in s.outstanding)
    return render_reminder(ReminderForm(borrower.display_name, borrower.department, f"{today:%Y-%m-%d}", lines))
