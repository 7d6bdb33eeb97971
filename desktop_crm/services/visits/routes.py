"""Visiting routes (路线): the customers of a route region in their route order, and the printable visit sheet
a salesperson takes along — with each customer's address, phone and contact."""
from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import STATE_CLEARED
from desktop_crm.domain.errors import NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.printing.table_pdf import Column, TableSheet, render_table
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.store import customer_listing
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer


@dataclass(frozen=True)
class RouteStop:
    seq: int | None
    customer_id: int
    number: str
    name: str
    address: str
    phone: str
    contact: str


def regions(acting: ActingUser) -> list[str]:
    authorise(acting, Action.QUERY_ARCHIVE)
    return customer_listing.distinct_values("route_region")


def route(acting: ActingUser, region: str) -> list[RouteStop]:
    """The customers in use of one route region: by route order, those without one last by name."""
    authorise(acting, Action.QUERY_ARCHIVE)
    region = (region or "").strip()
    rows = tuples(Customer.select(Customer.route_seq, Customer.id, Customer.number, Customer.name, Customer.address,
                                  Customer.phone, Customer.contact_name)
                  .where(Customer.route_region == region, Customer.state != STATE_CLEARED))
    stops = sorted((RouteStop(seq, cid, number, name, address or "", phone or "", contact or "")
                    for seq, cid, number, name, address, phone, contact in rows),
                   key=lambda s: (s.seq is None, s.seq or 0, s.name))
    if not stops:
        raise NotFound(QT_TRANSLATE_NOOP("Visits", "路线区域“{region}”没有客户。请从已有的路线区域中选择。").format(region=region))
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"路线 {region} {len(stops)} 户")
    return stops


SHEET_COLUMNS = (Column("顺序", 10, centred=True), Column("登记编号", 22, shrink=True), Column("客户名称", 38),
                 Column("地址", 44), Column("电话", 24, shrink=True), Column("联系人", 14), Column("拜访情况", 18))


def route_sheet_pdf(acting: ActingUser, region: str) -> bytes:
    stops = route(acting, region)
    sheet = TableSheet("客户拜访路线表", (f"路线区域：{region}    共 {len(stops)} 户    打印日期：{clock.today():%Y-%m-%d}",
                                          "拜访人：                  拜访日期：        年    月    日"),
                       SHEET_COLUMNS, tuple((str(s.seq) if s.seq is not None else "", s.number, s.name, s.address,
                                             s.phone, s.contact, "") for s in stops), min_row_mm=12)
    query_register.record(acting, QueryAction.PRINT, detail=f"路线表 {region}")
    return render_table(sheet)
