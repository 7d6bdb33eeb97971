"""客户构成分析 (customer composition analysis) over a period of months, from the registers themselves:
sales by customer grade, by product and by region (the 出货 lines of the goods registers), credit (customers,
exposure and overdue per rating, ageing buckets at the period's end), and the customers gained, lost and
turned bad month by month. Every share adds up to 100 % and every total equals its register."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from peewee import fn

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.composition import ZERO, Period, Share, period, shares
from desktop_crm.domain.credit_rules import BUCKETS, CreditRating
from desktop_crm.domain.customer_card import CardState
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.printing.analysis_pdf import Section, bars, money, pie, render_analysis
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.credit.ledger import desk_ageing
from desktop_crm.services.exchange.spreadsheets import workbook_of_sheets
from desktop_crm.services.settings import registry
from desktop_crm.store.binder_models import GoodsMovement
from desktop_crm.store.database import is_sqlite, tuples
from desktop_crm.store.models import ChangeRecord, Customer

SALE = "出货"            # our goods out to the customer: a sale
NO_GRADE, NO_REGION = "未定级", "未填地区"
PRODUCTS_SHOWN, REGIONS_SHOWN = 10, 12


@dataclass(frozen=True)
class RatingRow:
    rating: str
    customers: int
    exposure: Decimal
    exposure_share: Decimal     # of all exposure, %
    overdue: Decimal
    overdue_share: Decimal      # of this rating's exposure, %


@dataclass(frozen=True)
class MonthRow:
    month: str
    new: int
    lost: int
    bad: int


@dataclass(frozen=True)
class CompositionReport:
    period: Period
    sales_total: Decimal
    sales_lines: int
    by_grade: tuple[Share, ...]
    by_product: tuple[Share, ...]
    by_region: tuple[Share, ...]
    credit: tuple[RatingRow, ...]
    exposure_total: Decimal
    overdue_total: Decimal
    ageing: tuple[Share, ...]
    months: tuple[MonthRow, ...]


def _percent(part: Decimal, whole: Decimal) -> Decimal:
    return (part * 100 / whole).quantize(Decimal("0.1")) if whole else ZERO


def _sales(span: Period) -> list[tuple[Decimal, str, str, str, int]]:
    """(amount, grade, region, product, customer id) of every sale line of the period."""
    rows = (GoodsMovement.select(GoodsMovement.amount, Customer.grade, Customer.region, GoodsMovement.product,
                                 GoodsMovement.customer)
            .join(Customer)
            .where(GoodsMovement.direction == SALE, GoodsMovement.removed == False,  # noqa: E712
                   GoodsMovement.amount.is_null(False),
                   GoodsMovement.moved_on >= span.first, GoodsMovement.moved_on <= span.last))
    return [(Decimal(str(amount)), grade or NO_GRADE, region or NO_REGION, (product or "").strip() or "—", cid)
            for amount, grade, region, product, cid in tuples(rows)]


def _grouped(lines: list[tuple[Decimal, str, str, str, int]], key: int) -> dict[str, tuple[Decimal, int]]:
    amounts: dict[str, Decimal] = defaultdict(lambda: ZERO)
    customers: dict[str, set[int]] = defaultdict(set)
    for line in lines:
        label = str(line[key])
        amounts[label] += line[0]
        customers[label].add(line[4])
    return {k: (amounts[k], len(customers[k])) for k in amounts}


def _credit(acting: ActingUser, at: date) -> tuple[tuple[RatingRow, ...], Decimal, Decimal, tuple[Share, ...]]:
    rows, total = desk_ageing(acting, at)
    ratings = dict(tuples(Customer.select(Customer.id, Customer.credit_rating)
                          .where(Customer.id.in_([r.customer_id for r in rows])))) if rows else {}
    per: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    count: dict[str, int] = defaultdict(int)
    for row in rows:
        rating = ratings.get(row.customer_id) or NO_GRADE
        per[rating][0] += row.ageing.balance
        per[rating][1] += row.ageing.overdue
        count[rating] += 1
    order = [r.value for r in CreditRating] + sorted(set(per) - {r.value for r in CreditRating})
    exposure_shares = {s.label: s.percent for s in shares({k: (per[k][0], count[k]) for k in per})}
    table = tuple(RatingRow(k, count[k], per[k][0], exposure_shares.get(k, ZERO), per[k][1],
                            _percent(per[k][1], per[k][0])) for k in order if k in per)
    ageing = shares({str(label): (amount, 0) for label, amount in zip(BUCKETS, total.buckets)})
    by_label = {s.label: s for s in ageing}
    return table, total.balance, total.overdue, tuple(by_label[str(b)] for b in BUCKETS)   # in bucket order


def _month_of(column):
    """The column's YYYY-MM, counted by the database (a large archive registers its cards by the thousand)."""
    return fn.strftime("%Y-%m", column) if is_sqlite() else fn.to_char(column, "YYYY-MM")


def _months(span: Period) -> tuple[MonthRow, ...]:
    start, end = datetime.combine(span.first, time.min), datetime.combine(span.last, time.max)
    month = _month_of(Customer.created_at)
    new = dict(tuples(Customer.select(month, fn.COUNT(Customer.id))
                      .where(Customer.created_at >= start, Customer.created_at <= end).group_by(month)))
    month = _month_of(ChangeRecord.at)
    changed = {(m, value): count for m, value, count in tuples(
        ChangeRecord.select(month, ChangeRecord.new_value, fn.COUNT(ChangeRecord.entity_id.distinct()))
        .where(ChangeRecord.entity == "customer", ChangeRecord.field == "state",
               ChangeRecord.new_value.in_([CardState.CLEARED.value, CardState.BAD.value]),
               ChangeRecord.at >= start, ChangeRecord.at <= end)
        .group_by(month, ChangeRecord.new_value))}
    return tuple(MonthRow(m, new.get(m, 0), changed.get((m, CardState.CLEARED.value), 0),
                          changed.get((m, CardState.BAD.value), 0)) for m in span.months)


def composition(acting: ActingUser, start: str, end: str) -> CompositionReport:
    """The analysis of the months ``start``…``end`` (YYYY-MM); registered as a read of the whole desk."""
    authorise(acting, Action.QUERY_ARCHIVE)
    span = period(start, end)
    lines = _sales(span)
    credit, exposure, overdue, ageing = _credit(acting, span.last)
    report = CompositionReport(
        span, sum((line[0] for line in lines), ZERO), len(lines),
        shares(_grouped(lines, 1)), shares(_grouped(lines, 3), keep=PRODUCTS_SHOWN),
        shares(_grouped(lines, 2), keep=REGIONS_SHOWN), credit, exposure, overdue, ageing, _months(span))
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"客户构成分析 {span.label}")
    return report


# --- on paper and in Excel ------------------------------------------------------------------------------
def _share_rows(lines: tuple[Share, ...]) -> tuple[tuple[str, ...], ...]:
    total = sum((s.amount for s in lines), ZERO)
    rows = tuple((s.label, money(s.amount), f"{s.percent}%", str(s.count)) for s in lines)
    return rows + (("合计", money(total), "100.0%" if total else "—", ""),)


def _sections(report: CompositionReport) -> list[Section]:
    share_heads = ("项目", "销售额（元）", "占比", "客户数")
    credit_rows = tuple((CreditRating.label_of(r.rating) if r.rating != NO_GRADE else r.rating, str(r.customers),
                         money(r.exposure), f"{r.exposure_share}%", money(r.overdue), f"{r.overdue_share}%")
                        for r in report.credit)
    credit_rows += (("合计", str(sum(r.customers for r in report.credit)), money(report.exposure_total),
                     "100.0%" if report.exposure_total else "—", money(report.overdue_total),
                     f"{_percent(report.overdue_total, report.exposure_total)}%"),)
    return [
        Section("一、销售构成（按客户等级）", f"本期出货 {report.sales_lines} 笔，合计 {money(report.sales_total)} 元。",
                ("客户等级", *share_heads[1:]), _share_rows(report.by_grade), pie(report.by_grade, "各等级客户销售额占比")),
        Section("二、商品构成", f"按商品的出货金额；前 {PRODUCTS_SHOWN} 种以外合为“其他”。", ("商品", *share_heads[1:]),
                _share_rows(report.by_product),
                bars([s.label for s in report.by_product], [[float(s.amount) for s in report.by_product]], ["销售额"],
                     "各商品销售额（元）", horizontal=True)),
        Section("三、地区构成", "按客户所在地区的出货金额。", ("地区", *share_heads[1:]), _share_rows(report.by_region),
                pie(report.by_region, "各地区销售额占比")),
        Section("四、客户信用分析", f"截至 {report.period.last:%Y-%m-%d} 的未清欠款（信用暴露）与逾期金额。",
                ("信用等级", "客户数", "欠款余额（元）", "占全部余额", "逾期（元）", "逾期占本级余额"), credit_rows,
                bars([row[0] for row in credit_rows[:-1]], [[float(r.exposure) for r in report.credit],
                                                            [float(r.overdue) for r in report.credit]],
                     ["欠款余额", "逾期"], "各信用等级的欠款余额与逾期（元）")),
        Section("五、账龄结构", "全部未清欠款按逾期天数分段。", ("账龄", "金额（元）", "占比", ""),
                tuple((s.label, money(s.amount), f"{s.percent}%", "") for s in report.ageing)
                + (("合计", money(report.exposure_total), "100.0%" if report.exposure_total else "—", ""),),
                pie(report.ageing, "账龄分段占比")),
        Section("六、客户增减", "每月新建档、清除和转为不良的客户数。", ("月份", "新增", "清除", "转为不良"),
                tuple((m.month, str(m.new), str(m.lost), str(m.bad)) for m in report.months)
                + (("合计", str(sum(m.new for m in report.months)), str(sum(m.lost for m in report.months)),
                    str(sum(m.bad for m in report.months))),),
                bars([m.month for m in report.months], [[m.new for m in report.months], [m.lost for m in report.months],
                                                        [m.bad for m in report.months]],
                     ["新增", "清除", "转为不良"], "每月客户增减")),
    ]


def analysis_pdf(acting: ActingUser, start: str, end: str) -> bytes:
    report = composition(acting, start, end)
    pdf = render_analysis("客户构成分析", (f"全宗：{registry.value('fonds.name')}    期间：{report.period.label}    "
                                         f"编制：{acting.display_name} {clock.today():%Y-%m-%d}",), _sections(report))
    query_register.record(acting, QueryAction.PRINT, detail=f"客户构成分析 {report.period.label}")
    return pdf


def analysis_workbook(acting: ActingUser, start: str, end: str) -> bytes:
    """The same tables as the printed analysis, one sheet each, amounts as numbers."""
    report = composition(acting, start, end)
    sheets = [(section.title.split("、", 1)[-1], section.headings, [[_number(c) for c in row] for row in section.rows])
              for section in _sections(report)]
    query_register.record(acting, QueryAction.EXPORT, detail=f"客户构成分析 {report.period.label}")
    return workbook_of_sheets(sheets)


def _number(text: str):
    """Amounts and counts as numbers in Excel; labels and shares as they read."""
    plain = text.replace(",", "")
    try:
        return Decimal(plain) if "." in plain else int(plain)
    except (ValueError, ArithmeticError):
        return text
