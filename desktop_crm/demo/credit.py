"""Demo ledgers, approvals and a few bad customers, so the credit screens have something real."""
from __future__ import annotations

import random
from datetime import date, timedelta

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.credit import approvals, bad_customers, ledger
from desktop_crm.store.binder_models import ContractOrder
from desktop_crm.store.models import Customer


def fill_demo_credit(custodian: ActingUser, customers: int = 120, seed: int = 2024,
                     today: date | None = None) -> int:
    """Debts from the demo orders, repayments (some partial, some missing), a few approvals; returns debts made."""
    today = today or clock.today()
    rng = random.Random(seed)
    made = 0
    chosen = list(Customer.select().where(Customer.state == "往来").order_by(Customer.id).limit(customers))
    for customer in chosen:
        for order in ContractOrder.select().where(ContractOrder.customer == customer.id).limit(3):
            if not order.amount or order.signed_on > today:
                continue
            due = order.signed_on + timedelta(days=rng.choice((30, 60, 90)))
            debt = ledger.add_debt(custodian, customer.id, order.signed_on, order.amount, due, order_id=order.id,
                                   today=today)
            made += 1
            roll = rng.random()
            long_past = due < today - timedelta(days=60)
            if (long_past and roll < 0.92) or (due < today and roll < 0.5):
                ledger.add_repayment(custodian, customer.id, min(today, due), order.amount, [debt], today=today)
            elif roll < 0.97 if long_past else roll < 0.75:
                ledger.add_repayment(custodian, customer.id, min(today, due), (order.amount / 2).quantize(order.amount),
                                     [debt], today=today)
    applicant, reviewer, approver = (user_accounts.find_user(n) for n in ("kefu", "yewujingli", "jingli"))
    for index, customer in enumerate(chosen[:6]):
        request = approvals.draft(applicant, "limit", customer.id,
                                  {"requested_limit": str(200000 + 100000 * index), "reason": "采购量增长，申请提高额度"})
        if index % 3 == 2:
            continue                                  # left as a draft
        approvals.submit(applicant, request.id, today)
        if index % 3 == 1:
            continue                                  # waiting for review
        approvals.review(reviewer, request.id, "回款记录良好，同意")
        approvals.decide(approver, request.id, index != 3, "同意，信用期60天" if index != 3 else "近期逾期较多，暂缓")
    from desktop_crm.services.credit import export_terms

    for customer in [c for c in chosen if c.direct_export][:8]:
        export_terms.set_terms(custodian, customer.id, rng.choice(("即期信用证", "T/T 30天", "远期信用证90天")),
                                str(rng.randrange(10, 80) * 100000))
        export_terms.add_collateral(custodian, customer.id, "保证", "母公司连带责任保证", guarantor=f"{customer.name[:4]}控股集团")
    for customer in chosen[-3:]:
        bad_customers.flag(custodian, customer.id, "bankruptcy", "据工商公示，该公司已进入破产清算程序")
        bad_customers.record_measure(custodian, customer.id, "停止发货", "储运部", today)
    return made
