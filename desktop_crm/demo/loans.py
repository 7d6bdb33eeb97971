"""Demo loans (some overdue) and hand-outs, so the lending desk and registers have something real."""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import ArchiveError
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.control import handouts, lending
from desktop_crm.store.binder_models import Document
from desktop_crm.store.control_models import BorrowItem
from desktop_crm.store.models import Customer

PURPOSES = ("核对合同条款", "准备客户回访", "信用额度复核", "处理退货纠纷", "年度对账")


def fill_demo_control(custodian: ActingUser, folder: Path, seed: int = 2024, today: date | None = None) -> tuple[int, int]:
    """Returns (borrow slips, hand-outs) made."""
    today = today or clock.today()
    rng = random.Random(seed)
    borrowers = [user_accounts.find_user(n) for n in ("kefu", "jingli", "yewujingli")]
    approver = user_accounts.find_user("jingli")
    customers = list(Customer.select().where(Customer.state == "往来").order_by(Customer.id).limit(40))
    slips = 0
    for index, customer in enumerate(customers[:24]):
        out = {i.document_id for i in BorrowItem.select(BorrowItem.document).where(BorrowItem.returned_on.is_null())}
        papers = [d.id for d in Document.select(Document.id).where(
            (Document.customer == customer.id) & (Document.is_original == False)  # noqa: E712
            & (Document.removed == False)).limit(3) if d.id not in out]  # noqa: E712
        if not papers:
            continue
        borrower = borrowers[index % len(borrowers)]
        overdue = index % 4 == 0
        date_out = today - timedelta(days=30 if overdue else rng.randrange(0, 5))
        try:
            slip = lending.lend(custodian, lending.BorrowRequest(
                borrower.id, rng.choice(PURPOSES), tuple(papers), date_out, approved_by_id=approver.id,
                override_reason="演示：部门急需" if lending.overdue_of(borrower.id, today) else ""), today=today)
        except ArchiveError:   # a demo loan the rules refuse is simply not made
            continue
        slips += 1
        if index % 5 == 1:
            lending.return_papers(custodian, slip.id, [slip.items[0].id], today, today=today)
    made = 0
    folder.mkdir(parents=True, exist_ok=True)
    for index, customer in enumerate(customers[24:34]):
        recipient = user_accounts.find_user("yewuyuan" if index % 2 else "kefu")
        days_ago = 20 if index % 4 == 0 else 1
        handouts.hand_out(custodian, customer.id, recipient.id, folder / f"发放-{customer.number}.xlsx",
                          consent_by_id=approver.id, purpose="客户回访",
                          today=today - timedelta(days=days_ago))
        made += 1
    return slips, made
