"""Realistic binders for demo customers: papers of all five categories over several years, the
registers behind them, and a few gaps left on purpose so the completeness lists have something to show."""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import DEFAULT_RETENTION, KINDS_BY_CODE
from desktop_crm.domain.catalogue_order import Paper, place
from desktop_crm.domain.completeness import THREE_IN_ONE
from desktop_crm.domain.permissions import Action, require
from desktop_crm.store.binder_models import ContractOrder, Document, GoodsMovement, ReturnDiscount
from desktop_crm.store.bulk_load import insert_audit
from desktop_crm.store.database import db, is_sqlite
from desktop_crm.store.models import Customer, now

PRODUCTS = ("数控机床主轴", "光模块 100G", "不锈钢法兰", "工业传感器", "PE包装膜", "锂电池隔膜", "精密轴承",
            "LED驱动电源", "纯棉面料", "食品级纸箱", "变频器", "液压阀组")
OUR_DEPARTMENTS = ("业务部", "财务部", "质检部", "储运部")
BATCH = 200


class _Binder:
    """Collects one customer's papers and register rows before they are written in bulk."""

    def __init__(self, customer: Customer, rng: random.Random) -> None:
        self.customer = customer
        self.rng = rng
        self.papers: list[dict] = []

    def paper(self, kind: str, year: int, title: str, when: date | None, *, pages: int | None = None,
              doc_number: str = "", author: str = "", original: bool = False, valid_until: date | None = None,
              order_id: int | None = None, made_up: bool = False) -> None:
        category = KINDS_BY_CODE[kind].category
        self.papers.append(dict(
            customer=self.customer.id, category=int(category), kind=kind, year=year, title=title,
            title_made_up=made_up, doc_number=doc_number, author=author or self.customer.name, doc_date=when,
            pages=pages if pages is not None else self.rng.choice((1, 1, 2, 2, 3, 4, 6)), is_original=original,
            retention=DEFAULT_RETENTION[category], remarks="", valid_until=valid_until, order=order_id))


def _day(rng: random.Random, year: int, today: date) -> date:
    start = date(year, 1, 1)
    end = min(date(year, 12, 31), today)
    return start + timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


def _fill(b: _Binder, years: list[int], today: date) -> None:
    c, rng = b.customer, b.rng
    enterprise = c.kind == "enterprise"
    first = years[0]
    if enterprise:
        expired = rng.random() < 0.08
        b.paper("business_licence", first, "营业执照（副本）", c.founded_on, pages=1, doc_number=c.uscc,
                author=f"{c.region}市场监督管理局", valid_until=date(today.year - 1, 6, 30) if expired else None)
        if c.founded_on and c.founded_on < THREE_IN_ONE:
            b.paper("tax_registration", first, "税务登记证（副本）", c.founded_on, pages=1, author="税务局")
        if rng.random() > 0.12:
            b.paper("legal_mandate", first, "法定代表人授权委托书", _day(rng, first, today), pages=1, original=True)
    for year in years:
        if rng.random() > 0.1:
            b.paper("background", year, f"{year}年客户走访记录", _day(rng, year, today), author="业务部")
        if rng.random() < 0.3:
            b.paper("background", year, "客户资信调查报告", _day(rng, year, today), author="业务部", pages=4)
        orders = []
        for n in range(rng.randrange(1, 5)):
            signed = _day(rng, year, today)
            amount = Decimal(rng.randrange(20, 800) * 1000)
            row = ContractOrder.create(customer=c.id, number=f"HT{year}-{c.id:04d}-{n + 1:02d}", signed_on=signed,
                                       subject=rng.choice(PRODUCTS), quantity=Decimal(rng.randrange(10, 5000)),
                                       amount=amount, term=rng.choice(("6个月", "12个月", "一次性交货")),
                                       status="已完成" if year < today.year else rng.choice(("执行中", "已完成")))
            orders.append(row)
            if rng.random() > 0.08:
                b.paper("contract", year, f"购销合同 {row.number}", signed, doc_number=row.number, order_id=row.id,
                        original=rng.random() < 0.5, pages=rng.choice((3, 4, 6, 8)))
        b.paper("contract_register", year, f"{year}年合同订单登记表", date(year, 12, 31) if year < today.year else
                today, author="业务部", pages=1)
        b.paper("goods_register", year, f"{year}年产品进出货情况登记表", min(date(year, 12, 31), today),
                author="储运部", pages=1)
        b.paper("goods_report", year, f"{year}年实际进货出货情况报告", min(date(year, 12, 31), today),
                author="业务部", pages=2)
        for order in orders:
            GoodsMovement.create(customer=c.id, moved_on=min(order.signed_on + timedelta(days=20), today),
                                 direction="出货", product=order.subject, quantity=order.quantity,
                                 amount=order.amount, order=order.id)
            if c.direct_export:
                for kind, title, author in (("shipping_list", "发货码单", "储运部"),
                                            ("customs_declaration", "出口货物报关单", "海关"),
                                            ("factory_inspection", "成品出厂检验报告", "质检部"),
                                            ("customs_inspection", "出入境检验检疫证明", "海关")):
                    if rng.random() > 0.06:
                        b.paper(kind, year, f"{title} {order.number}", min(order.signed_on + timedelta(days=25), today),
                                doc_number=order.number, order_id=order.id, author=author, pages=1)
        if rng.random() < 0.25:
            b.paper("credit_limit_approval", year, "客户信用额度审批表", _day(rng, year, today), author="财务部",
                    pages=1, original=True)
        if orders and rng.random() < 0.15:
            order = rng.choice(orders)
            when = min(order.signed_on + timedelta(days=40), today)
            ReturnDiscount.create(customer=c.id, occurred_on=when, order=order.id, reason="部分产品运输破损",
                                  amount=(order.amount * Decimal("0.02")).quantize(Decimal("0.01")),
                                  approval_state="已批准")
            b.paper("return_register", year, f"{year}年退赔折价情况登记表", when, author="业务部", pages=1)
            b.paper("return_approval", year, f"退赔折价审批表 {order.number}", when, author="业务部", pages=1,
                    original=True)
            b.paper("return_assessment", year, f"退赔折价原因责任鉴定表 {order.number}", when, author="质检部",
                    pages=2)
    if c.direct_export:
        for kind, title in (("payment_method", "付款方式约定（信用证）"), ("credit_amount", "出口信用额度核定"),
                            ("collateral_register", "抵押保证登记")):
            if rng.random() > 0.1:
                b.paper(kind, years[-1], title, _day(rng, years[-1], today), author="财务部", pages=2)


def fill_demo_binders(acting: ActingUser, limit: int = 2000, seed: int = 2024, years: int = 3,
                      today: date | None = None) -> int:
    """Give the first ``limit`` active customers realistic binders; returns how many papers were filed."""
    require(acting.role, Action.FILE_PAPERS)
    today = today or clock.today()
    rng = random.Random(seed)
    span = list(range(today.year - years + 1, today.year + 1))
    customers = list(Customer.select().where(Customer.state != "已清除").order_by(Customer.id).limit(limit))
    filed = 0
    for start in range(0, len(customers), BATCH):
        with db.atomic():
            papers: list[dict] = []
            for customer in customers[start:start + BATCH]:
                binder = _Binder(customer, rng)
                first = max(span[0], customer.trading_since.year if customer.trading_since else span[0])
                _fill(binder, [y for y in span if y >= first] or span[-1:], today)
                papers.extend(binder.papers)
            _number(papers)
            for chunk in range(0, len(papers), 500):
                Document.insert_many(papers[chunk:chunk + 500]).execute()
            _record(acting, len(papers))
            filed += len(papers)
    return filed


def _number(papers: list[dict]) -> None:
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(papers):
        groups[(p["customer"], p["category"], p["year"])].append(i)
    for members in groups.values():
        for placement in place([Paper(i, papers[i]["kind"], papers[i]["doc_date"], papers[i]["pages"])
                                for i in members]):
            papers[placement.id]["seq"] = placement.seq


def _record(acting: ActingUser, count: int) -> None:
    """One 'create' trail row per paper just filed (the highest ids)."""
    ids = [r[0] for r in Document.select(Document.id).order_by(Document.id.desc()).limit(count).tuples()]
    stamp = now()
    at = stamp.isoformat(sep=" ") if is_sqlite() else stamp
    insert_audit((at, acting.id, acting.display_name, "document", i, "create", "", "", "", "演示数据")
                 for i in sorted(ids))
