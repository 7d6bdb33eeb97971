"""The query register (查询登记): every read of archive content — search, card, binder, paper, scans,
registers, credit, desk-wide lists, print, export — written by the service that reads, whatever the caller.

Searches typed letter by letter are one query, not one per keystroke: a search that extends or trims
the same user's search of a few seconds ago updates that entry instead of adding one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import JOIN

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.services.authority import authorise
from desktop_crm.services.transaction import writing
from desktop_crm.store.control_models import QueryLog
from desktop_crm.store.models import Customer, now

TYPING_WINDOW = timedelta(seconds=15)


def record(acting: ActingUser, action: QueryAction, customer_id: int | None = None, detail: str = "") -> None:
    """One read of archive content; ``detail`` says what was read (category, year, how many rows …)."""
    with writing():
        QueryLog.create(user=acting.id, user_name=acting.display_name, action=QueryAction(action).value,
                        customer=customer_id, detail=str(detail)[:500])


def record_search(acting: ActingUser, text: str, conditions: str, result: str) -> None:
    """One search; ``text`` typed on from (or back to) the same user's last search replaces that entry."""
    detail = f"“{text}”{('，' + conditions) if conditions else ''} → {result}"[:500]
    with writing():
        last = QueryLog.select().where(QueryLog.user == acting.id).order_by(QueryLog.id.desc()).first()
        if last is not None and last.action == "search" and now() - last.at <= TYPING_WINDOW:
            last_text, _, rest = last.detail.partition("”")
            last_text = last_text.lstrip("“")
            same_conditions = rest.partition(" → ")[0].lstrip("，") == conditions
            if same_conditions and (text.startswith(last_text) or last_text.startswith(text)):
                QueryLog.update(detail=detail, at=now()).where(QueryLog.id == last.id).execute()
                return
        QueryLog.create(user=acting.id, user_name=acting.display_name, action="search", detail=detail)


@dataclass(frozen=True)
class QueryEntry:
    at: datetime
    user_name: str
    action: str
    customer: str
    detail: str

    @property
    def action_label(self) -> str:
        return QueryAction.label_of(self.action)


def entries(acting: ActingUser, since: date | None = None, until: date | None = None,
            user_id: int | None = None, limit: int = 5000) -> list[QueryEntry]:
    """The register, newest first; only the custodian may read it."""
    authorise(acting, Action.VIEW_QUERY_LOG)
    query = (QueryLog.select(QueryLog.at, QueryLog.user_name, QueryLog.action, Customer.number, Customer.name,
                             QueryLog.detail)
             .join(Customer, JOIN.LEFT_OUTER, on=(QueryLog.customer == Customer.id)))
    if since:
        query = query.where(QueryLog.at >= datetime.combine(since, datetime.min.time()))
    if until:
        query = query.where(QueryLog.at < datetime.combine(until + timedelta(days=1), datetime.min.time()))
    if user_id:
        query = query.where(QueryLog.user == user_id)
    rows = query.order_by(QueryLog.at.desc(), QueryLog.id.desc()).limit(limit).tuples()
    return [QueryEntry(at if isinstance(at, datetime) else datetime.fromisoformat(at), user_name, action,
                       f"{number} {name}" if number else "", detail)
            for at, user_name, action, number, name, detail in rows]


def register_pdf(acting: ActingUser, since: date | None = None, until: date | None = None) -> bytes:
    from desktop_crm.printing.table_pdf import Column, TableSheet, render_table

    rows = entries(acting, since, until)
    span = f"{since or '最早'} 至 {until or '今天'}"
    sheet = TableSheet(
        "客户档案查询登记簿", (f"期间：{span}    共 {len(rows)} 次",),
        (Column("时间", 32, centred=True, shrink=True), Column("查询人", 22), Column("事项", 24),
         Column("客户", 52), Column("内容", 40)),
        tuple((e.at.strftime("%Y-%m-%d %H:%M"), e.user_name, e.action_label, e.customer, e.detail)
              for e in rows), "查询登记簿", min_row_mm=9)
    record(acting, QueryAction.PRINT, detail="查询登记簿")
    return render_table(sheet)
