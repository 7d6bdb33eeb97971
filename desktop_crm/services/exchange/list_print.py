"""打印… on every list: the same table the export writes (so a role prints exactly what it may export),
set on paper, and the print recorded in the query register with its row count."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.printing.list_pdf import render_list
from desktop_crm.services import query_register
from desktop_crm.services.exchange import exports
from desktop_crm.services.exchange.exports import ExportFilters

# The customers' export carries every field of the card (to be corrected and imported back); on paper the
# list is printed with its own columns instead.
PRINTED_AS = {"customers": "customer-list"}
# A printed list longer than this is a stack no one reads: filter it, or export it to Excel instead.
MAX_PRINTED_ROWS = 5000


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, (float, Decimal)):
        return f"{value:,.2f}"
    return str(value)


def list_pdf(acting: ActingUser, kind: str, filters: ExportFilters | None = None) -> bytes:
    # the list's own service decides who may read it; one row more than can be printed tells a list too long
    made = exports.table(acting, PRINTED_AS.get(kind, kind),
                         replace(filters or ExportFilters(), limit=MAX_PRINTED_ROWS + 1))
    if len(made.rows) > MAX_PRINTED_ROWS:
        raise InvalidInput({"rows": QT_TRANSLATE_NOOP(
            "Export", "这份清单有 {count} 行，超过打印上限 {limit} 行：请先筛选缩小范围，或导出 Excel。").format(
            count=f"{len(made.rows):,}", limit=f"{MAX_PRINTED_ROWS:,}")})
    rows = [[_cell(v) for v in row] for row in made.rows]
    header = (f"共 {len(rows)} 行    打印：{acting.display_name} {clock.today():%Y-%m-%d}",)
    pdf = render_list(made.title, header, made.headings, rows)
    query_register.record(acting, QueryAction.PRINT, detail=f"打印{made.title} {len(rows)} 行")
    return pdf
