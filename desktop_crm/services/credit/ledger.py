"""The debt and repayment register (历次欠款还款情况登记表): debts, repayments and what they settle,
repayment plans, balances, overdue amounts and ageing — per customer and for the whole desk.

Every change recomputes the customer's credit rating (services.rating).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from peewee import fn

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.credit_rules import Ageing, OpenDebt, age, allocate, plan_kept
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.money import CENT, parse_amount
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import ContractOrder
from desktop_crm.store.credit_models import Debt, Instalment, Repayment, Settlement
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer


def _customer(customer_id: int) -> Customer:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户不存在。"))
    return row


def add_debt(acting: ActingUser, customer_id: int, incurred_on: date, amount, due_date: date,
             order_id: int | None = None, note: str = "", today: date | None = None) -> int:
    authorise(acting, Action.FILE_PAPERS)
    today = today or clock.today()
    value = parse_amount(amount, "欠款金额")
    if incurred_on > today:
        raise InvalidInput({"incurred_on": QT_TRANSLATE_NOOP("Credit", "欠款日期不能晚于今天。")})
    if due_date < incurred_on:
        raise InvalidInput({"due_date": QT_TRANSLATE_NOOP("Credit", "应还日期不能早于欠款日期。")})
    with writing():
        _customer(customer_id)
        if order_id is not None and not ContractOrder.select().where(
                (ContractOrder.id == order_id) & (ContractOrder.customer == customer_id)).exists():
            raise InvalidInput({"order_id": QT_TRANSLATE_NOOP("Credit", "所选订单不属于该客户。")})
        row = Debt.create(customer=customer_id, incurred_on=incurred_on, order=order_id, amount=value,
                          due_date=due_date, original_due_date=due_date, note=note.strip())
        audit.record(acting, "debt", row.id, "create", [audit.Change("金额", None, value),
                                                        audit.Change("应还日期", None, due_date)])
        _rerate(acting, customer_id, today)
    return row.id


def add_repayment(acting: ActingUser, customer_id: int, paid_on: date, amount, debt_ids: list[int] | None = None,
                  note: str = "", today: date | None = None) -> list[tuple[int, Decimal]]:
    """Record a repayment and settle debts with it — the named ones, else the earliest due first."""
    authorise(acting, Action.FILE_PAPERS)
    today = today or clock.today()
    value = parse_amount(amount, "还款金额")
    if paid_on > today:
        raise InvalidInput({"paid_on": QT_TRANSLATE_NOOP("Credit", "还款日期不能晚于今天。")})
    with writing():
        _customer(customer_id)
        open_debts = [d for d in open_debts_of(customer_id) if debt_ids is None or d.id in debt_ids]
        if debt_ids is not None and len(open_debts) != len(set(debt_ids)):
            raise InvalidInput({"debts": QT_TRANSLATE_NOOP("Credit", "所选欠款不属于该客户或已还清。")})
        outstanding = sum((d.outstanding for d in open_debts), Decimal("0"))
        if value > outstanding:
            raise InvalidInput({"amount": QT_TRANSLATE_NOOP("Credit", "还款 {value:,.2f} 元超过所选欠款余额 {outstanding:,.2f} 元，请核对。").format(value=value, outstanding=outstanding)})
        repayment = Repayment.create(customer=customer_id, paid_on=paid_on, amount=value, note=note.strip())
        settled = allocate(value, open_debts)
        Settlement.insert_many([{"repayment": repayment.id, "debt": d, "amount": a} for d, a in settled]).execute()
        audit.record(acting, "repayment", repayment.id, "create",
                     [audit.Change("金额", None, value)] + [audit.Change(f"冲销欠款#{d}", None, a) for d, a in settled])
        _rerate(acting, customer_id, today)
    return settled


def add_plan(acting: ActingUser, debt_id: int, agreement: str, instalments: list[tuple[date, object]]) -> None:
    """A repayment plan (客户还款计划) under an agreement (欠款还款协议) for one debt."""
    authorise(acting, Action.FILE_PAPERS)
    with writing():
        debt = Debt.get_or_none(Debt.id == debt_id)
        if debt is None:
            raise NotFound(QT_TRANSLATE_NOOP("Credit", "该欠款不存在。"))
        amounts = [(when, parse_amount(value, "分期金额")) for when, value in instalments]
        if sum((a for _, a in amounts), Decimal("0")) != debt.amount:
            raise InvalidInput({"instalments": QT_TRANSLATE_NOOP("Credit", "分期金额合计应等于欠款金额 {amount:,.2f} 元。").format(amount=debt.amount)})
        Instalment.insert_many([{"debt": debt_id, "agreement": agreement.strip(), "due_on": when, "amount": a}
                                for when, a in amounts]).execute()
        audit.record(acting, "debt", debt_id, "plan", note=f"{agreement}：{len(amounts)}期")


def _settled_by_debt(customer_ids: list[int] | None = None) -> dict[int, Decimal]:
    query = Settlement.select(Settlement.debt, fn.SUM(Settlement.amount)).group_by(Settlement.debt)
    if customer_ids is not None:
        query = query.join(Debt).where(Debt.customer.in_(customer_ids))
    return {d: Decimal(str(s)) for d, s in query.tuples()}


def open_debts_of(customer_id: int) -> list[OpenDebt]:
    return open_debts_by_customer([customer_id]).get(customer_id, [])


def open_debts_by_customer(customer_ids: list[int] | None = None) -> dict[int, list[OpenDebt]]:
    """The debts not yet settled, per customer (all customers when ``customer_ids`` is None)."""
    settled = _settled_by_debt(customer_ids)
    query = Debt.select(Debt.id, Debt.customer, Debt.amount, Debt.due_date)
    if customer_ids is not None:
        query = query.where(Debt.customer.in_(customer_ids))
    found: dict[int, list[OpenDebt]] = defaultdict(list)
    for debt_id, customer_id, amount, due in query.tuples():
        left = (Decimal(str(amount)) - settled.get(debt_id, Decimal("0"))).quantize(CENT)
        if left > 0:
            found[customer_id].append(OpenDebt(debt_id, _as_date(due), left))
    return found


def _as_date(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


def ageing_of(acting: ActingUser, customer_id: int, today: date | None = None) -> Ageing:
    authorise(acting, Action.QUERY_ARCHIVE)
    query_register.record(acting, QueryAction.CREDIT, customer_id, "账龄")
    return age(open_debts_of(customer_id), today or clock.today())


@dataclass(frozen=True)
class CustomerAgeing:
    customer_id: int
    number: str
    name: str
    ageing: Ageing


def desk_ageing(acting: ActingUser, today: date | None = None) -> tuple[list[CustomerAgeing], Ageing]:
    """Every customer with a balance, and the desk total."""
    authorise(acting, Action.QUERY_ARCHIVE)
    today = today or clock.today()
    by_customer = open_debts_by_customer()
    names = {c.id: (c.number, c.name) for c in Customer.select(Customer.id, Customer.number, Customer.name)
             .where(Customer.id.in_(list(by_customer)))} if by_customer else {}
    rows, total = [], Ageing()
    for customer_id in sorted(by_customer, key=lambda c: names[c][0]):
        ageing = age(by_customer[customer_id], today)
        total.add(ageing)
        rows.append(CustomerAgeing(customer_id, *names[customer_id], ageing))
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"账龄分析 {len(rows)} 户")
    return rows, total


@dataclass(frozen=True)
class MissedInstalment:
    debt_id: int
    agreement: str
    due_on: date
    shortfall: Decimal


def missed_instalments(acting: ActingUser, customer_id: int, today: date | None = None) -> list[MissedInstalment]:
    """Instalments whose date has passed while repayments on their debt fall short of the plan so far."""
    authorise(acting, Action.QUERY_ARCHIVE)
    found = find_missed_instalments(customer_id, today or clock.today())
    query_register.record(acting, QueryAction.CREDIT, customer_id, f"还款计划未按期 {len(found)} 期")
    return found


def find_missed_instalments(customer_id: int, today: date) -> list[MissedInstalment]:
    settled = _settled_by_debt([customer_id])
    missed = []
    for debt in Debt.select().where(Debt.customer == customer_id):
        planned = Decimal("0")
        for instalment in Instalment.select().where(Instalment.debt == debt.id).order_by(Instalment.due_on):
            planned += instalment.amount
            paid = settled.get(debt.id, Decimal("0"))
            if instalment.due_on < today and paid < planned:
                missed.append(MissedInstalment(debt.id, instalment.agreement, instalment.due_on,
                                               (planned - paid).quantize(CENT)))
    return missed


def debts_on_kept_plans(debt_ids: list[int], today: date) -> set[int]:
    """Of these debts, those with a repayment plan being kept (every instalment due so far paid)."""
    plans: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for start in range(0, len(debt_ids), 10_000):
        part = debt_ids[start:start + 10_000]
        rows = tuples(Instalment.select(Instalment.debt, Instalment.due_on, Instalment.amount)
                      .where(Instalment.debt.in_(part)))
        for planned_debt, day, amount in rows:
            plans[planned_debt].append((_as_date(day), Decimal(str(amount))))
    if not plans:
        return set()
    settled = _settled_by_debt_ids(list(plans))
    return {d for d, plan in plans.items() if plan_kept(plan, settled.get(d, Decimal("0")), today)}


def _settled_by_debt_ids(debt_ids: list[int]) -> dict[int, Decimal]:
    query = (Settlement.select(Settlement.debt, fn.SUM(Settlement.amount)).where(Settlement.debt.in_(debt_ids))
             .group_by(Settlement.debt))
    return {debt: Decimal(str(total)) for debt, total in tuples(query)}


def last_trade_dates() -> dict[int, date]:
    """The last contract, delivery or debt date of each customer (for bad-customer detection)."""
    from desktop_crm.store.binder_models import GoodsMovement

    last: dict[int, date] = {}
    for query in (ContractOrder.select(ContractOrder.customer, fn.MAX(ContractOrder.signed_on)).group_by(ContractOrder.customer),
                  GoodsMovement.select(GoodsMovement.customer, fn.MAX(GoodsMovement.moved_on)).group_by(GoodsMovement.customer),
                  Debt.select(Debt.customer, fn.MAX(Debt.incurred_on)).group_by(Debt.customer)):
        for customer_id, when in query.tuples():
            when = date.fromisoformat(when) if isinstance(when, str) else when
            if when and (customer_id not in last or when > last[customer_id]):
                last[customer_id] = when
    return last


def _rerate(acting: ActingUser, customer_id: int, today: date) -> None:
    from desktop_crm.services.credit.rating import recompute

    recompute(acting, customer_id, today)
