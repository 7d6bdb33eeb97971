"""The two-month full review of the cards (定期全面修订核查): every card still in use is looked over again when
its cycle (setting ``review.cycle_days``, default 60) has run since its last review — or since it was
registered. A review records who, when, what was confirmed and what was corrected; the corrections themselves
are made in the card (each one in its 更正记录), and the review is written there too with its date."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import STATE_CLEARED
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.text_input import checked_text
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.printing.table_pdf import Column, TableSheet, render_table
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store.database import tuples
from desktop_crm.store.models import CardReview, Customer

DUE_SOON_DAYS = 7
LISTED = 500              # cards listed at once, the longest waiting first; the counts cover them all
BATCH = 200               # cards on one printed review sheet


@dataclass(frozen=True)
class DueCard:
    customer_id: int
    number: str
    name: str
    reviewed_on: date          # the last review, or the day the card was registered
    due_on: date

    def overdue(self, today: date) -> bool:
        return self.due_on < today


@dataclass(frozen=True)
class DueCards:
    total: int                 # due by the end of the coming week, overdue ones included
    overdue: int
    cards: tuple[DueCard, ...]


def _day(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def due_cards(today: date, limit: int | None = None, soon_days: int = DUE_SOON_DAYS) -> DueCards:
    """Cards in use whose review falls due by ``today + soon_days``, the longest waiting first. Every card has
    its last-review day (registration counts as the first), so the due list is a range of one index."""
    cycle = timedelta(days=registry.value("review.cycle_days"))
    by = today + timedelta(days=soon_days) - cycle           # reviewed on or before this: due by then
    late = today - cycle - timedelta(days=1)                 # on or before this: due before today
    in_use = Customer.state != STATE_CLEARED
    total = Customer.select().where(in_use & (Customer.reviewed_on <= by)).count()
    overdue = Customer.select().where(in_use & (Customer.reviewed_on <= late)).count()
    query = (Customer.select(Customer.id, Customer.number, Customer.name, Customer.reviewed_on)
             .where(in_use & (Customer.reviewed_on <= by)).order_by(Customer.reviewed_on))
    if limit is not None:
        query = query.limit(limit)
    cards = [DueCard(customer_id, number, name, _day(reviewed_on), _day(reviewed_on) + cycle)
             for customer_id, number, name, reviewed_on in tuples(query)]
    return DueCards(total, overdue, tuple(sorted(cards, key=lambda c: (c.due_on, c.number))))


def due(acting: ActingUser, today: date | None = None, limit: int = LISTED) -> DueCards:
    """The due and overdue list (its first ``limit`` cards, the longest waiting first), registered as a read."""
    authorise(acting, Action.QUERY_ARCHIVE)
    found = due_cards(today or clock.today(), limit)
    query_register.record(acting, QueryAction.DESK_LIST,
                          detail=f"到期核查清单 {found.total} 张（逾期 {found.overdue} 张）")
    return found


def record(acting: ActingUser, customer_number: str, confirmed: str = "", corrected: str = "",
           on: date | None = None) -> date:
    """Record a full review of one card; returns the day of its next review."""
    authorise(acting, Action.EDIT_CARDS)
    on = on or clock.today()
    confirmed = checked_text("confirmed", QT_TRANSLATE_NOOP("Reviews", "核对确认"), confirmed, 500)
    corrected = checked_text("corrected", QT_TRANSLATE_NOOP("Reviews", "更正内容"), corrected, 500)
    if on > clock.today():
        raise InvalidInput({"on": QT_TRANSLATE_NOOP("Reviews", "核查日期不能晚于今天。")})
    with writing():
        row = Customer.get_or_none(Customer.number == (customer_number or "").strip().upper())
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Reviews", "没有登记编号为 {number} 的客户。").format(number=customer_number))
        if row.state == STATE_CLEARED:
            raise InvalidInput({"customer": QT_TRANSLATE_NOOP("Reviews", "{number} 已清除，不再核查。").format(number=row.number)})
        CardReview.create(customer=row.id, reviewed_on=on, user=acting.id, user_name=acting.display_name,
                          confirmed=confirmed or "全部内容核对无误", corrected=corrected)
        Customer.update(reviewed_on=on).where(Customer.id == row.id).execute()
        audit.record(acting, "customer", row.id, "review",
                     [audit.Change("全面修订核查", row.reviewed_on, on)],
                     note="；".join(x for x in (f"确认：{confirmed or '全部内容核对无误'}",
                                                f"更正：{corrected}" if corrected else "") if x))
    return on + timedelta(days=registry.value("review.cycle_days"))


@dataclass(frozen=True)
class ReviewEntry:
    reviewed_on: date
    user_name: str
    confirmed: str
    corrected: str


def reviews_of(acting: ActingUser, customer_id: int) -> list[ReviewEntry]:
    authorise(acting, Action.QUERY_ARCHIVE)
    found = [ReviewEntry(_day(d), who, confirmed, corrected) for d, who, confirmed, corrected in tuples(
        CardReview.select(CardReview.reviewed_on, CardReview.user_name, CardReview.confirmed, CardReview.corrected)
        .where(CardReview.customer == customer_id).order_by(CardReview.reviewed_on.desc(), CardReview.id.desc()))]
    query_register.record(acting, QueryAction.CARD_HISTORY, customer_id, f"核查记录 {len(found)} 次")
    return found


SHEET_COLUMNS = (Column("登记编号", 24, shrink=True), Column("名称", 48), Column("上次核查", 20, centred=True, shrink=True),
                 Column("应核查日", 20, centred=True, shrink=True), Column("核对无误", 14, centred=True),
                 Column("更正内容", 30), Column("核查人", 14))


def review_sheet_pdf(acting: ActingUser, today: date | None = None) -> bytes:
    """The printable review sheet of a batch: the cards due that have waited longest, to tick and annotate at
    the cabinet."""
    today = today or clock.today()
    found = due(acting, today, BATCH)
    rows = tuple((c.number, c.name, f"{c.reviewed_on:%Y-%m-%d}", f"{c.due_on:%Y-%m-%d}", "", "", "")
                 for c in found.cards)
    sheet = TableSheet("客户档案全面修订核查表",
                       (f"核查批次：{today:%Y-%m-%d}    周期 {registry.value('review.cycle_days')} 天    "
                        f"本批 {len(rows)} 张，到期共 {found.total} 张（逾期 {found.overdue} 张）",),
                       SHEET_COLUMNS, rows, notes=("核对无误处打“√”；有更正的，在档案卡中更正，并在此写明更正内容，签名，写日期。",),
                       min_row_mm=10)
    query_register.record(acting, QueryAction.PRINT, detail=f"核查表 {len(rows)} 张")
    return render_table(sheet)
