"""Lists written out as .xlsx or .csv: customers, ageing, bad customers, loans, hand-outs, gaps and the query
register. Each is read through the same service the window shows it with, so a role finds in an export
exactly what it may see on screen, and each export goes into the query register with its row count.
The customer list carries the import's own headings, so an export can be corrected and imported back.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import RETENTIONS, Category
from desktop_crm.domain.credit_rules import BUCKETS
from desktop_crm.domain.customer_card import FIELDS_BY_NAME, KIND_LABELS, CustomerKind
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.import_columns import field_label
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import query_register
from desktop_crm.services.binders import completeness
from desktop_crm.services.control import handouts, lending
from desktop_crm.services.credit import bad_customers, credit_status
from desktop_crm.services.exchange.spreadsheets import write_table
from desktop_crm.store import customer_listing
from desktop_crm.store.customer_listing import EXPORT_FIELDS, CustomerQuery

EXPORTS = ("customers", "customer-list", "ageing", "bad-customers", "loans", "handouts", "gaps", "query-register",
           "reviews", "places", "volumes", "appraisal", "approvals")


@dataclass(frozen=True)
class ExportFilters:
    search: str = ""
    include_cleared: bool = False
    filters: dict[str, str] = field(default_factory=dict)     # roster, grade … as the main window filters
    state: str = "all"               # loans: open | overdue | all; hand-outs: out | overdue | all
    since: date | None = None        # the query register's period
    until: date | None = None        # … and the appraisal list's 截至 day
    year: int | None = None          # volumes: the year bound
    limit: int = 0                   # the list's first rows only (0: all); a print asks for one more than it takes


@dataclass(frozen=True)
class ExportTable:
    title: str
    headings: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    title: str


def _money(value: Any) -> float:
    return float(value)


def _customers(acting: ActingUser, f: ExportFilters) -> ExportTable:
    from desktop_crm.services.cards import customer_search

    query = CustomerQuery(text=f.search, filters=dict(f.filters), include_cleared=f.include_cleared)
    customer_search.count(acting, query)       # authorises, and the search goes into the register
    headings = (str(QT_TRANSLATE_NOOP("Export", "登记编号")), str(field_label("kind")),
                *(str(FIELDS_BY_NAME[n].label) for n in EXPORT_FIELDS[1:]))
    rows: list[tuple[Any, ...]] = []
    after = 0
    while True:
        chunk = customer_listing.export_rows(query, after, 2000)
        if not chunk:
            break
        for _id, number, kind, *values in chunk:
            rows.append((number, str(KIND_LABELS[CustomerKind(kind)]), *("" if v is None else v for v in values)))
        after = chunk[-1][0]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "客户档案")), headings, rows)


def _h(*texts: str) -> tuple[str, ...]:
    return tuple(str(t) for t in texts)


def _customer_list(acting: ActingUser, f: ExportFilters) -> ExportTable:
    """The main list as it is shown — its columns, in pinyin order — rather than every field of the card."""
    from desktop_crm.services.cards import customer_search

    query = CustomerQuery(text=f.search, filters=dict(f.filters), include_cleared=f.include_cleared)
    _total, found = customer_search.listing(acting, query, f.limit)
    managers = customer_search.manager_names(acting)
    headings = _h(QT_TRANSLATE_NOOP("Export", "登记编号"), QT_TRANSLATE_NOOP("Export", "名称"),
                  QT_TRANSLATE_NOOP("Export", "类型"), QT_TRANSLATE_NOOP("Export", "客户名册"),
                  QT_TRANSLATE_NOOP("Export", "等级"), QT_TRANSLATE_NOOP("Export", "信用等级"),
                  QT_TRANSLATE_NOOP("Export", "重要性"), QT_TRANSLATE_NOOP("Export", "状态"),
                  QT_TRANSLATE_NOOP("Export", "地区"), QT_TRANSLATE_NOOP("Export", "行业"),
                  QT_TRANSLATE_NOOP("Export", "联系人"), QT_TRANSLATE_NOOP("Export", "电话"),
                  QT_TRANSLATE_NOOP("Export", "客户经理"), QT_TRANSLATE_NOOP("Export", "库房位置"))
    rows = [(r.number, r.name, str(KIND_LABELS[CustomerKind(r.kind)]), r.roster, r.grade, r.credit_rating,
             r.importance, r.state, r.region, r.industry, r.contact_name, r.phone,
             managers.get(r.account_manager, r.account_manager), r.place)
            for r in found]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "客户清单")), headings, rows)


def _reviews(acting: ActingUser, f: ExportFilters) -> ExportTable:
    from desktop_crm.services.cards import reviews

    today = clock.today()
    found = reviews.due(acting, today, limit=f.limit or 1_000_000)
    headings = _h(QT_TRANSLATE_NOOP("Export", "登记编号"), QT_TRANSLATE_NOOP("Export", "名称"),
                  QT_TRANSLATE_NOOP("Export", "上次核查"), QT_TRANSLATE_NOOP("Export", "应核查日期"),
                  QT_TRANSLATE_NOOP("Export", "逾期"))
    rows = [(c.number, c.name, c.reviewed_on, c.due_on, "是" if c.overdue(today) else "") for c in found.cards]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "到期核查清单")), headings, rows)


def _places(acting: ActingUser, f: ExportFilters) -> ExportTable:
    from desktop_crm.services.shelves import places

    headings = _h(QT_TRANSLATE_NOOP("Export", "位置"), QT_TRANSLATE_NOOP("Export", "说明"),
                  QT_TRANSLATE_NOOP("Export", "活页卷"), QT_TRANSLATE_NOOP("Export", "固定卷"),
                  QT_TRANSLATE_NOOP("Export", "停用"))
    rows = [(p.code, p.note, p.binders, p.volumes, "是" if p.retired else "") for p in places.list_places(acting)]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "库房位置")), headings, rows)


def _volumes(acting: ActingUser, f: ExportFilters) -> ExportTable:
    from desktop_crm.services.year_end import volumes

    year = f.year or clock.today().year - 1
    headings = _h(QT_TRANSLATE_NOOP("Export", "档号"), QT_TRANSLATE_NOOP("Export", "案卷题名"),
                  QT_TRANSLATE_NOOP("Export", "起止年月"), QT_TRANSLATE_NOOP("Export", "件数"),
                  QT_TRANSLATE_NOOP("Export", "页数"), QT_TRANSLATE_NOOP("Export", "保管期限"),
                  QT_TRANSLATE_NOOP("Export", "库房位置"), QT_TRANSLATE_NOOP("Export", "销毁日期"))
    rows = [(v.code, v.title, f"{v.start_ym}—{v.end_ym}", v.items, v.pages, str(RETENTIONS.get(v.retention, v.retention)),
             v.place, v.destroyed_on or "") for v in volumes.volumes(acting, year)]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "{year}年度案卷目录").format(year=year)), headings, rows)


def _appraisal(acting: ActingUser, f: ExportFilters) -> ExportTable:
    from desktop_crm.services.retention import appraisal

    headings = _h(QT_TRANSLATE_NOOP("Export", "档号"), QT_TRANSLATE_NOOP("Export", "案卷题名"),
                  QT_TRANSLATE_NOOP("Export", "客户"), QT_TRANSLATE_NOOP("Export", "保管期限"),
                  QT_TRANSLATE_NOOP("Export", "到期日"), QT_TRANSLATE_NOOP("Export", "页数"),
                  QT_TRANSLATE_NOOP("Export", "库房位置"), QT_TRANSLATE_NOOP("Export", "鉴定结论"),
                  QT_TRANSLATE_NOOP("Export", "销毁清册"))
    rows = [(v.code, v.title, f"{v.customer_number} {v.customer_name}", v.retention, v.expires, v.pages, v.place,
             v.appraised, v.on_list) for v in appraisal.due(acting, f.until)]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "到期鉴定清单")), headings, rows)


def _approvals(acting: ActingUser, f: ExportFilters) -> ExportTable:
    from desktop_crm.services.credit import approvals

    headings = _h(QT_TRANSLATE_NOOP("Export", "单号"), QT_TRANSLATE_NOOP("Export", "种类"),
                  QT_TRANSLATE_NOOP("Export", "状态"), QT_TRANSLATE_NOOP("Export", "申请人"),
                  QT_TRANSLATE_NOOP("Export", "提交时间"), QT_TRANSLATE_NOOP("Export", "理由"))
    rows = [(a.number, str(a.form_name), str(a.state_label), a.applicant, a.submitted_at or "", a.request.get("reason", ""))
            for a in approvals.waiting_for(acting)]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "待办审批")), headings, rows)


def _ageing(acting: ActingUser, f: ExportFilters) -> ExportTable:
    lines, total = credit_status.desk_overview(acting)
    headings = (str(QT_TRANSLATE_NOOP("Export", "登记编号")), str(QT_TRANSLATE_NOOP("Export", "名称")),
                str(QT_TRANSLATE_NOOP("Export", "余额（元）")), str(QT_TRANSLATE_NOOP("Export", "逾期（元）")),
                *(str(b) for b in BUCKETS), str(QT_TRANSLATE_NOOP("Export", "最长逾期天数")),
                str(QT_TRANSLATE_NOOP("Export", "额度提示")))
    rows = [(r.number, r.name, _money(r.ageing.balance), _money(r.ageing.overdue),
             *(_money(b) for b in r.ageing.buckets), r.ageing.oldest_days, str(r.warning)) for r in lines]
    rows.append(("", str(QT_TRANSLATE_NOOP("Export", "合计")), _money(total.balance), _money(total.overdue),
                 *(_money(b) for b in total.buckets), total.oldest_days, ""))
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "账龄分析")), headings, rows)


def _bad(acting: ActingUser, f: ExportFilters) -> ExportTable:
    found = bad_customers.candidates(acting)
    headings = (str(QT_TRANSLATE_NOOP("Export", "登记编号")), str(QT_TRANSLATE_NOOP("Export", "名称")),
                str(QT_TRANSLATE_NOOP("Export", "情形")))
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "不良客户候选")), headings,
                       [(c.number, c.name, c.reasons) for c in found])


def _loans(acting: ActingUser, f: ExportFilters) -> ExportTable:
    if f.state not in ("open", "overdue", "all"):
        raise InvalidInput({"state": QT_TRANSLATE_NOOP("Export", "借阅单的范围只能是 open（未还）、overdue（逾期）或 all（全部）。")})
    today = clock.today()
    headings = tuple(str(h) for h in (
        QT_TRANSLATE_NOOP("Export", "借阅单号"), QT_TRANSLATE_NOOP("Export", "借阅人"), QT_TRANSLATE_NOOP("Export", "部门"),
        QT_TRANSLATE_NOOP("Export", "用途"), QT_TRANSLATE_NOOP("Export", "借出日期"), QT_TRANSLATE_NOOP("Export", "应还日期"),
        QT_TRANSLATE_NOOP("Export", "批准人"), QT_TRANSLATE_NOOP("Export", "客户"), QT_TRANSLATE_NOOP("Export", "文件"),
        QT_TRANSLATE_NOOP("Export", "档号"), QT_TRANSLATE_NOOP("Export", "归还日期"), QT_TRANSLATE_NOOP("Export", "逾期")))
    rows = []
    for slip in lending.slips(acting, f.state, today):
        for item in slip.items:
            late = item.returned_on is None and slip.due_date < today
            rows.append((slip.number, slip.borrower_name, slip.department, slip.purpose, slip.date_out, slip.due_date,
                         slip.approved_by, f"{item.customer_number} {item.customer_name}",
                         f"{Category(item.category).numbered_label} 第{item.seq}号 {item.title}",
                         item.volume_code + (f"-{item.volume_item}" if item.volume_code and item.volume_item else ""),
                         item.returned_on or "", "是" if late else ""))
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "借阅登记")), headings, rows)


def _handouts(acting: ActingUser, f: ExportFilters) -> ExportTable:
    state = f.state if f.state in ("out", "overdue", "all") else "all"
    headings = tuple(str(h) for h in (
        QT_TRANSLATE_NOOP("Export", "发放编号"), QT_TRANSLATE_NOOP("Export", "客户"), QT_TRANSLATE_NOOP("Export", "接收人"),
        QT_TRANSLATE_NOOP("Export", "同意人"), QT_TRANSLATE_NOOP("Export", "同意日期"), QT_TRANSLATE_NOOP("Export", "用途"),
        QT_TRANSLATE_NOOP("Export", "收回期限"), QT_TRANSLATE_NOOP("Export", "收回日期"), QT_TRANSLATE_NOOP("Export", "发放内容")))
    rows = [(h.number, h.customer, h.recipient, h.consent_by, h.consent_on, h.purpose, h.recall_date or "",
             h.returned_on or "", h.fields) for h in handouts.register(acting, state)]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "发放登记")), headings, rows)


def _gaps(acting: ActingUser, f: ExportFilters) -> ExportTable:
    found = completeness.desk_gaps(acting)
    headings = (str(QT_TRANSLATE_NOOP("Export", "登记编号")), str(QT_TRANSLATE_NOOP("Export", "名称")),
                str(QT_TRANSLATE_NOOP("Export", "缺件")))
    rows = [(g.number, g.name, str(gap.text)) for g in found for gap in g.gaps]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "缺件清单")), headings, rows)


def _register(acting: ActingUser, f: ExportFilters) -> ExportTable:
    entries = query_register.entries(acting, f.since, f.until, limit=1_000_000)
    headings = tuple(str(h) for h in (QT_TRANSLATE_NOOP("Export", "时间"), QT_TRANSLATE_NOOP("Export", "查询人"),
                                      QT_TRANSLATE_NOOP("Export", "事项"), QT_TRANSLATE_NOOP("Export", "客户"),
                                      QT_TRANSLATE_NOOP("Export", "内容")))
    rows = [(e.at.strftime("%Y-%m-%d %H:%M:%S"), e.user_name, str(e.action_label), e.customer, e.detail) for e in entries]
    return ExportTable(str(QT_TRANSLATE_NOOP("Export", "查询登记簿")), headings, rows)


BUILDERS: dict[str, Callable[[ActingUser, ExportFilters], ExportTable]] = {
    "customers": _customers, "customer-list": _customer_list, "ageing": _ageing, "bad-customers": _bad,
    "loans": _loans, "handouts": _handouts, "gaps": _gaps, "query-register": _register, "reviews": _reviews,
    "places": _places, "volumes": _volumes, "appraisal": _appraisal, "approvals": _approvals}


def table(acting: ActingUser, kind: str, filters: ExportFilters | None = None) -> ExportTable:
    builder = BUILDERS.get(kind)
    if builder is None:
        raise InvalidInput({"kind": QT_TRANSLATE_NOOP("Export", "不能导出“{kind}”：可导出 {kinds}。").format(
            kind=kind, kinds="、".join(EXPORTS))})
    return builder(acting, filters or ExportFilters())


def export(acting: ActingUser, kind: str, out: str | Path, filters: ExportFilters | None = None) -> ExportResult:
    """Write one list to ``out`` (.xlsx or .csv) and record the export with its row count."""
    made = table(acting, kind, filters)          # each list's own service decides who may read it
    path = write_table(out, made.title, made.headings, made.rows)
    query_register.record(acting, QueryAction.EXPORT, detail=f"导出{made.title} {len(made.rows)} 行 → {path.name}")
    return ExportResult(path, len(made.rows), made.title)
