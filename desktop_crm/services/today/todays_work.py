"""今日待办 (today's work): for the person signed in, what is due — loans overdue or due this week, hand-outs
past recall, cards due for their review, licences running out, bad-customer candidates, the age of the last
backup, volumes bound but not shelved, volumes whose retention has run out, and the approval requests waiting
for this person — each only for a role that may see and do it, each line naming where the work is done."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.services import query_register
from desktop_crm.services.authority import ensure_in_use
from desktop_crm.services.binders import completeness
from desktop_crm.services.cards import reviews
from desktop_crm.services.control import handouts, lending
from desktop_crm.services.credit import approvals, bad_customers
from desktop_crm.services.retention.appraisal import due_volumes
from desktop_crm.services.shelves.location_index import unshelved_volumes
from desktop_crm.services.upkeep.backup import backup_state, state_text
from desktop_crm.store.binder_models import Document
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer

SHOWN = 20                  # lines listed under each heading; the count says how many there are
LICENCE_DAYS = 60
DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class WorkLine:
    text: str
    opens: str               # where the work is done: lending | handouts | card | credit | approval | backup | …
    target: int | None = None    # the customer, slip or approval it is about
    customer_id: int | None = None   # for an approval: the customer whose credit window holds it


@dataclass(frozen=True)
class WorkItem:
    kind: str
    title: Text
    count: int
    opens: str
    lines: tuple[WorkLine, ...] = ()
    urgent: bool = False


def todays_work(acting: ActingUser, today: date | None = None, *, with_gaps: bool = True) -> list[WorkItem]:
    """Today's work of ``acting``, most urgent first; registered as one read. The gaps of the binders take the
    longest to find (every kept binder checked); the window at sign-in leaves them to :func:`gaps_item`, called
    once the list is on the screen."""
    ensure_in_use(acting)
    today = today or clock.today()
    role = acting.role
    items: list[WorkItem] = []
    if may(role, Action.LEND_PAPERS):
        items += _loans(acting, today)
    if may(role, Action.HAND_OUT):
        items += _handouts(acting, today)
    if may(role, Action.QUERY_ARCHIVE):
        items += _approvals(acting)
    if may(role, Action.EDIT_CARDS):
        items += _reviews(today)
    if may(role, Action.FILE_PAPERS) and with_gaps:
        items += _gaps(today)
    if may(role, Action.QUERY_ARCHIVE):
        items += _licences(today)
        items += _bad_candidates(today)
    if may(role, Action.KEEP_BACKUPS):
        items += _backup()
    if may(role, Action.SHELVE):
        items += _unshelved()
    if may(role, Action.APPRAISE):
        items += _retention(today)
    found = [i for i in items if i.count]
    found.sort(key=lambda i: not i.urgent)
    query_register.record(acting, QueryAction.DESK_LIST,
                          detail="今日待办：" + "，".join(f"{i.kind} {i.count}" for i in found) if found else "今日待办：无")
    return found


def _loans(acting: ActingUser, today: date) -> list[WorkItem]:
    open_slips = [s for s in lending.slips(acting, "open", today) if s.outstanding]
    overdue = [s for s in open_slips if s.due_date < today]
    soon = [s for s in open_slips if today <= s.due_date <= today + timedelta(days=DUE_SOON_DAYS)]

    def line(slip: lending.Slip) -> WorkLine:
        return WorkLine(f"{slip.number}  {slip.borrower_name}  {slip.due_date:%Y-%m-%d}  {slip.customers}", "lending", slip.id)
    return [WorkItem("loans_overdue", QT_TRANSLATE_NOOP("Today", "借阅单逾期未还"), len(overdue), "lending",
                     tuple(line(s) for s in overdue[:SHOWN]), urgent=True),
            WorkItem("loans_due", QT_TRANSLATE_NOOP("Today", "本周到期的借阅单"), len(soon), "lending",
                     tuple(line(s) for s in soon[:SHOWN]))]


def _handouts(acting: ActingUser, today: date) -> list[WorkItem]:
    late = handouts.register(acting, "overdue", today)
    return [WorkItem("handouts_overdue", QT_TRANSLATE_NOOP("Today", "发放资料超过收回日期"), len(late), "handouts",
                     tuple(WorkLine(f"{h.number}  {h.recipient}  {h.customer}  {h.recall_date:%Y-%m-%d}", "handouts", h.id)
                           for h in late[:SHOWN]), urgent=True)]


def _approvals(acting: ActingUser) -> list[WorkItem]:
    waiting = approvals.waiting_for(acting)
    numbers = dict(tuples(Customer.select(Customer.id, Customer.number).where(
        Customer.id.in_([a.customer_id for a in waiting[:SHOWN]])))) if waiting else {}
    return [WorkItem("approvals", QT_TRANSLATE_NOOP("Today", "等待您办理的审批"), len(waiting), "approval",
                     tuple(WorkLine(f"{a.number}  {a.form_name}  {numbers.get(a.customer_id, '')}  {a.state_label}  "
                                    f"{a.submitted_at or a.created_at:%Y-%m-%d}", "approval", a.id, a.customer_id)
                           for a in waiting[:SHOWN]), urgent=True)]


def _reviews(today: date) -> list[WorkItem]:
    due = reviews.due_cards(today, limit=SHOWN)
    return [WorkItem("reviews_due", QT_TRANSLATE_NOOP("Today", "到期的全面修订核查"), due.total, "reviews",
                     tuple(WorkLine(f"{c.number}  {c.name}  {c.due_on:%Y-%m-%d}", "card", c.customer_id)
                           for c in due.cards), urgent=due.overdue > 0)]


def gaps_item(acting: ActingUser, today: date | None = None) -> WorkItem | None:
    """The gaps of the kept binders as one heading of today's work (None when there are none or the role
    files no papers); registered as a read."""
    ensure_in_use(acting)
    if not may(acting.role, Action.FILE_PAPERS):
        return None
    [item] = _gaps(today or clock.today())
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"今日待办：gaps {item.count}")
    return item if item.count else None


def _gaps(today: date) -> list[WorkItem]:
    found = completeness.gaps_in_kept_binders(today)
    return [WorkItem("gaps", QT_TRANSLATE_NOOP("Today", "活页卷缺件"), len(found), "gaps",
                     tuple(WorkLine(f"{g.number}  {g.name}  {'；'.join(gap.text for gap in g.gaps[:3])}", "binder",
                                    g.customer_id) for g in found[:SHOWN]))]


def _licences(today: date) -> list[WorkItem]:
    rows = list(tuples(Document.select(Document.customer, Customer.number, Customer.name, Document.title,
                                       Document.valid_until).join(Customer)
                       .where(Document.removed == False, Document.valid_until.is_null(False),  # noqa: E712
                              Document.valid_until <= today + timedelta(days=LICENCE_DAYS))
                       .order_by(Document.valid_until)))
    return [WorkItem("licences", QT_TRANSLATE_NOOP("Today", "60天内到期或已过期的证照"), len(rows), "binder",
                     tuple(WorkLine(f"{number}  {name}  {title}  {until}", "binder", customer_id)
                           for customer_id, number, name, title, until in rows[:SHOWN]))]


def _bad_candidates(today: date) -> list[WorkItem]:
    found = bad_customers.find_candidates(today)
    return [WorkItem("bad_candidates", QT_TRANSLATE_NOOP("Today", "不良客户候选"), len(found), "credit_overview",
                     tuple(WorkLine(f"{c.number}  {c.name}  {c.reasons}", "credit", c.customer_id) for c in found[:SHOWN]))]


def _backup() -> list[WorkItem]:
    state = backup_state()
    return [WorkItem("backup", QT_TRANSLATE_NOOP("Today", "备份"), 1 if state.overdue else 0, "backup",
                     (WorkLine(state_text(state), "backup"),), urgent=True)]


def _unshelved() -> list[WorkItem]:
    volumes = unshelved_volumes()
    return [WorkItem("unshelved", QT_TRANSLATE_NOOP("Today", "已立卷尚未上架的固定卷"), len(volumes), "archive_room",
                     tuple(WorkLine(code, "archive_room") for code in volumes[:SHOWN]))]


def _retention(today: date) -> list[WorkItem]:
    try:
        due = [d for d in due_volumes(today) if not d.on_list]
    except InvalidInput:             # a day before the first volume was bound: nothing can be due
        due = []
    return [WorkItem("retention", QT_TRANSLATE_NOOP("Today", "保管期限已满待鉴定的案卷"), len(due), "retention",
                     tuple(WorkLine(f"{d.code}  {d.title}  {d.expires:%Y-%m-%d}", "retention") for d in due[:SHOWN]))]
