"""Who may borrow what, and when (客户资料借阅): facts in, refusals out.

The lending service gathers the facts (who asks, who borrows, who approves, the papers and where they
are) and refuses with the first refusal of the rule; the rule itself reads nothing.
- only colleagues who may query the archive borrow, and only while their account is in use;
- originals are looked at in the archive room, never lent; a paper that is out is not lent again;
- a borrower with an overdue slip borrows again only when the custodian writes a reason;
- the custodian never lends to themself without a second person's approval; nobody approves their own
  loan; an approver must hold the authority and an account in use;
- the loan period is the borrower's role's, at most LONGEST_LOAN days; renewals are limited.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop_crm.domain.permissions import Action, may
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text

LONGEST_LOAN = 90


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: Role
    active: bool = True


@dataclass(frozen=True)
class PaperOut:
    borrower: str
    due: date
    slip: str


@dataclass(frozen=True)
class LoanPaper:
    id: int
    title: str
    is_original: bool
    out: PaperOut | None = None


@dataclass(frozen=True)
class Refusal:
    """``field`` names what is wrong; ``denied`` marks a refusal by the rules of use (not a typing slip)."""
    field: str
    message: Text
    denied: bool = False


@dataclass(frozen=True)
class LoanFacts:
    acting: Person
    borrower: Person | None
    approver: Person | None
    papers: tuple[LoanPaper, ...]
    requested: int                       # how many papers were asked for (some may not exist)
    purpose: str
    date_out: date
    today: date
    loan_days: int
    due_date: date | None = None
    overdue_slips: tuple[str, ...] = ()
    override_reason: str = ""
    approver_asked: bool = False         # an approver was named (even if unknown)
    unknown_papers: bool = field(default=False)


def due_date(facts: LoanFacts) -> date:
    return facts.due_date or facts.date_out + timedelta(days=facts.loan_days)


def check_loan(facts: LoanFacts) -> list[Refusal]:
    """Every refusal the request meets; empty when the loan may be made."""
    found: list[Refusal] = []
    if not facts.purpose.strip():
        found.append(Refusal("purpose", QT_TRANSLATE_NOOP("Control", "请填写借阅目的。")))
    if not facts.requested:
        found.append(Refusal("documents", QT_TRANSLATE_NOOP("Control", "请选择要借出的文件。")))
    if facts.date_out > facts.today:
        found.append(Refusal("date_out", QT_TRANSLATE_NOOP("Control", "借出日期不能晚于今天。")))
    borrower = facts.borrower
    if borrower is None or not borrower.active:
        found.append(Refusal("borrower", QT_TRANSLATE_NOOP("Control", "请选择借阅人（在用的账号）。")))
        return found
    if not may(borrower.role, Action.QUERY_ARCHIVE):
        found.append(Refusal("borrower", QT_TRANSLATE_NOOP(
            "Control", "{name}（{role}）无权借阅档案；业务员只能经发放接收客户单位名称和联系人信息。").format(
            name=borrower.name, role=borrower.role.label), denied=True))
    approver = facts.approver
    if facts.approver_asked:
        if approver is None or not approver.active or not may(approver.role, Action.APPROVE_LOAN):
            found.append(Refusal("approved_by", QT_TRANSLATE_NOOP(
                "Control", "批准人须为在用账号的档案管理员、经理或业务经理。"), denied=True))
        elif approver.id == borrower.id:
            found.append(Refusal("approved_by", QT_TRANSLATE_NOOP("Control", "借阅人不能批准自己的借阅。"), denied=True))
    if borrower.id == facts.acting.id and (approver is None or approver.id == facts.acting.id):
        found.append(Refusal("approved_by", QT_TRANSLATE_NOOP(
            "Control", "档案管理员本人借阅，须由另一位有批准权的同事批准。"), denied=True))
    if facts.unknown_papers:
        found.append(Refusal("documents", QT_TRANSLATE_NOOP("Control", "所选文件中有的不存在或已撤出，请刷新后重选。")))
    originals = [p.title for p in facts.papers if p.is_original]
    if originals:
        found.append(Refusal("documents", QT_TRANSLATE_NOOP(
            "Control", "原件只可在档案室查阅，不得外借：{titles}。可借出复印件。").format(
            titles="、".join(originals[:5]) + ("等" if len(originals) > 5 else "")), denied=True))
    for paper in [p for p in facts.papers if p.out is not None][:3]:
        found.append(Refusal("documents", QT_TRANSLATE_NOOP(
            "Control", "“{title}”已由{borrower}借出（{slip}），应于{due}归还，归还前不能再借。").format(
            title=paper.title, borrower=paper.out.borrower, slip=paper.out.slip, due=f"{paper.out.due:%Y-%m-%d}"),
            denied=True))
    if facts.overdue_slips and not facts.override_reason.strip():
        found.append(Refusal("override_reason", QT_TRANSLATE_NOOP(
            "Control", "{name}有逾期未还的借阅单（{slips}），归还前不得再借；确需借出，须由档案管理员写明理由后办理。").format(
            name=borrower.name, slips="、".join(facts.overdue_slips)), denied=True))
    due = due_date(facts)
    if due < facts.date_out or due > facts.date_out + timedelta(days=LONGEST_LOAN):
        found.append(Refusal("due_date", QT_TRANSLATE_NOOP(
            "Control", "归还日期应在借出日期之后，且借期不超过{days}天。").format(days=LONGEST_LOAN)))
    return found


def check_renewal(*, slip_number: str, renewals: int, max_renewals: int, current_due: date, new_due: date,
                  today: date) -> list[Refusal]:
    if renewals >= max_renewals:
        return [Refusal("renewals", QT_TRANSLATE_NOOP(
            "Control", "借阅单 {slip} 已续借{count}次，达到上限，请先归还。").format(slip=slip_number, count=renewals),
            denied=True)]
    if new_due <= current_due or new_due > today + timedelta(days=LONGEST_LOAN):
        return [Refusal("due_date", QT_TRANSLATE_NOOP(
            "Control", "续借后的归还日期应晚于原应还日期 {due}，且不超过今天起{days}天。").format(
            due=f"{current_due:%Y-%m-%d}", days=LONGEST_LOAN))]
    return []


def renewal_due(current_due: date, today: date, loan_days: int) -> date:
    """The new due date a renewal proposes: one more loan period from the later of today and the due date."""
    return max(today, current_due) + timedelta(days=loan_days)
