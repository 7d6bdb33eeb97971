"""A category's numbered catalogue for one year, as data and as a printed A4 PDF."""
from __future__ import annotations

from pathlib import Path

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.catalogue_order import Paper, page_label, place
from desktop_crm.domain.errors import NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.printing.catalogue_pdf import CatalogueRow, CatalogueSheet
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.binders import papers
from desktop_crm.store.models import Customer


def _sheet(customer_id: int, category: Category, year: int) -> CatalogueSheet:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Binders", "该客户不存在。"))
    filed = papers.catalogue_rows(customer_id, category, year)
    placements = {p.id: p for p in place([Paper(d.id, d.kind, d.doc_date, d.pages) for d in filed])}
    rows = []
    for i, d in enumerate(filed):
        remarks = "；".join(x for x in ("原件" if d.is_original else "", d.remarks) if x)
        rows.append(CatalogueRow(str(d.seq), d.doc_number, d.author, d.title,
                                 d.doc_date.strftime("%Y%m%d") if d.doc_date else "",
                                 page_label(placements[d.id], i == len(filed) - 1), remarks))
    missing_pages = sum(1 for d in filed if d.pages is None)
    notes = (f"注：有 {missing_pages} 份文件未登记页数，其后页号暂缺。",) if missing_pages else ()
    return CatalogueSheet(
        "客户档案目录",
        (f"客户：{customer.number}  {customer.name}", f"类别：{Category(category).numbered_label}    年度：{year}    "
                                                     f"共 {len(filed)} 件"),
        tuple(rows), f"{customer.number} {Category(category).numbered_label} {year} 目录", notes)


def catalogue_sheet(acting: ActingUser, customer_id: int, category: Category, year: int) -> CatalogueSheet:
    """The rows 序号 | 文号 | 责任者 | 题名 | 日期 | 页号 | 备注; 页号 counts pages through the category."""
    authorise(acting, Action.QUERY_ARCHIVE)
    sheet = _sheet(customer_id, category, year)
    query_register.record(acting, QueryAction.CATALOGUE, customer_id,
                          f"{Category(category).numbered_label} {year} 目录，{len(sheet.rows)} 件")
    return sheet


def catalogue_pdf(acting: ActingUser, customer_id: int, category: Category, year: int) -> bytes:
    from desktop_crm.printing.catalogue_pdf import render_catalogue

    authorise(acting, Action.QUERY_ARCHIVE)
    pdf = render_catalogue(_sheet(customer_id, category, year))
    query_register.record(acting, QueryAction.PRINT, customer_id, f"{Category(category).numbered_label} {year} 目录")
    return pdf


def write_catalogue(acting: ActingUser, customer_id: int, category: Category, year: int, out: str | Path) -> Path:
    from desktop_crm.services.output_files import write_atomically

    return write_atomically(out, catalogue_pdf(acting, customer_id, category, year))
