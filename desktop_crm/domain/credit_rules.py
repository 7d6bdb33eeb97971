"""Credit rules: ageing of debts, the rating rule, trade terms per rating, bad-customer criteria.

All pure and transparent: each result carries the inputs and the reason, so the card can show why.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_crm.domain.choices import Choice
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

BUCKETS = (QT_TRANSLATE_NOOP("Credit", "未到期"), QT_TRANSLATE_NOOP("Credit", "1-30天"),
           QT_TRANSLATE_NOOP("Credit", "31-90天"), QT_TRANSLATE_NOOP("Credit", "91-180天"),
           QT_TRANSLATE_NOOP("Credit", "181-365天"), QT_TRANSLATE_NOOP("Credit", "365天以上"))
_LIMITS = (0, 30, 90, 180, 365)
ZERO = Decimal("0.00")


def bucket_of(days_overdue: int) -> int:
    """Index into BUCKETS: 0 when not yet due."""
    if days_overdue <= 0:
        return 0
    for index, limit in enumerate(_LIMITS[1:], start=1):
        if days_overdue <= limit:
            return index
    return len(BUCKETS) - 1


@dataclass(frozen=True)
class OpenDebt:
    id: int
    due_date: date
    outstanding: Decimal


@dataclass
class Ageing:
    balance: Decimal = ZERO
    overdue: Decimal = ZERO
    buckets: list[Decimal] = field(default_factory=lambda: [ZERO] * len(BUCKETS))
    oldest_days: int = 0

    def add(self, other: Ageing) -> None:
        self.balance += other.balance
        self.overdue += other.overdue
        self.buckets = [a + b for a, b in zip(self.buckets, other.buckets)]
        self.oldest_days = max(self.oldest_days, other.oldest_days)


def age(debts: list[OpenDebt], today: date) -> Ageing:
    result = Ageing()
    for debt in debts:
        if debt.outstanding <= 0:
            continue
        days = (today - debt.due_date).days
        result.balance += debt.outstanding
        result.buckets[bucket_of(days)] += debt.outstanding
        if days > 0:
            result.overdue += debt.outstanding
            result.oldest_days = max(result.oldest_days, days)
    return result


def allocate(amount: Decimal, debts: list[OpenDebt]) -> list[tuple[int, Decimal]]:
    """Spread a repayment over open debts, the earliest due first (part payments allowed).
    Returns (debt id, amount settled); what is left over stays unallocated."""
    left = amount
    result = []
    for debt in sorted(debts, key=lambda d: (d.due_date, d.id)):
        if left <= 0:
            break
        take = min(left, debt.outstanding)
        if take > 0:
            result.append((debt.id, take))
            left -= take
    return result


# --- rating ------------------------------------------------------------------------------------------
class CreditRating(Choice):
    EXCELLENT = "优秀"
    GOOD = "良好"
    FAIR = "一般"
    RISK = "风险"

    @classmethod
    def labels(cls) -> dict:
        return _RATING_LABELS


_RATING_LABELS = {CreditRating.EXCELLENT: QT_TRANSLATE_NOOP("Card", "优秀"), CreditRating.GOOD: QT_TRANSLATE_NOOP("Card", "良好"),
                  CreditRating.FAIR: QT_TRANSLATE_NOOP("Card", "一般"), CreditRating.RISK: QT_TRANSLATE_NOOP("Card", "风险")}
RATINGS = CreditRating.values()


@dataclass(frozen=True)
class RatingInputs:
    oldest_days_overdue: int
    overdue_share: Decimal          # overdue / balance, 0..1
    years_trading: int
    breaches: int                   # deferrals granted, returned cheques … recorded against the customer


@dataclass(frozen=True)
class Rating:
    rating: str
    reason: str


def rate(inputs: RatingInputs) -> Rating:
    """The rule, in the order it is applied; the first that matches gives the rating."""
    share = f"{inputs.overdue_share * 100:.0f}%"
    if inputs.oldest_days_overdue > 90 or inputs.overdue_share > Decimal("0.5") or inputs.breaches >= 3:
        return Rating("风险", f"逾期最长{inputs.oldest_days_overdue}天、逾期占欠款{share}、违约{inputs.breaches}次："
                             "逾期超过90天、逾期占比过半或违约3次以上即为风险。")
    if inputs.oldest_days_overdue > 30 or inputs.overdue_share > Decimal("0.2") or inputs.breaches >= 1:
        return Rating("一般", f"逾期最长{inputs.oldest_days_overdue}天、逾期占欠款{share}、违约{inputs.breaches}次："
                             "有逾期超过30天、逾期占比超过20%或有违约记录。")
    if inputs.years_trading >= 3 and inputs.oldest_days_overdue == 0:
        return Rating("优秀", f"往来{inputs.years_trading}年，无逾期、无违约。")
    return Rating("良好", f"往来{inputs.years_trading}年，逾期不超过30天、占比不超过20%、无违约。")


# Trade terms per rating: credit days and the ceiling of the credit limit (yuan). Configurable in settings.
DEFAULT_TERMS = {CreditRating.EXCELLENT: (90, Decimal("5000000.00")), CreditRating.GOOD: (60, Decimal("2000000.00")),
                 CreditRating.FAIR: (30, Decimal("500000.00")), CreditRating.RISK: (0, Decimal("0.00"))}


# --- bad customers -----------------------------------------------------------------------------------
BAD_CRITERIA = {"no_trade": QT_TRANSLATE_NOOP("Credit", "一年以上无业务往来"),
                "old_debt": QT_TRANSLATE_NOOP("Credit", "欠款逾期一年以上"),
                "bankruptcy": QT_TRANSLATE_NOOP("Credit", "破产、倒闭或严重亏损"),
                "unlawful": QT_TRANSLATE_NOOP("Credit", "违法经营"),
                "harm": QT_TRANSLATE_NOOP("Credit", "损害本公司利益")}
MEASURES = (QT_TRANSLATE_NOOP("Credit", "停止业务往来"), QT_TRANSLATE_NOOP("Credit", "追讨欠款"),
            QT_TRANSLATE_NOOP("Credit", "停止发货"), QT_TRANSLATE_NOOP("Credit", "从档案中清除"),
            QT_TRANSLATE_NOOP("Credit", "声明断绝关系"), QT_TRANSLATE_NOOP("Credit", "法律诉讼"),
            QT_TRANSLATE_NOOP("Credit", "冻结账户"))


def bad_by_data(last_trade: date | None, registered_on: date, unwilling_overdue_days: int, today: date) -> list[str]:
    """Criteria the data shows (the others are flagged by hand with a reason), as the seeds put them:
    no business for a year — a card that never traded counts from a year after its registration — and a
    debt overdue a year with no intention to repay, i.e. no repayment plan for it being kept
    (``unwilling_overdue_days``: the oldest such debt's days overdue, 0 when none)."""
    found = []
    if (today - (last_trade or registered_on)).days > 365:
        found.append("no_trade")
    if unwilling_overdue_days > 365:
        found.append("old_debt")
    return found


def plan_kept(instalments: list[tuple[date, Decimal]], paid: Decimal, today: date) -> bool:
    """A repayment plan is being kept when there is one and what is paid on the debt covers every instalment
    fallen due before today."""
    if not instalments:
        return False
    planned = ZERO
    for due_on, amount in sorted(instalments):
        if due_on >= today:
            break
        planned += amount
    return paid >= planned


def exposure_warning(exposure: Decimal, limit: Decimal | None, near_share: Decimal = Decimal("0.9")) -> str:
    """'' when fine; a warning when exposure is near (≥ near_share) or over the limit."""
    if limit is None:
        return ""
    if exposure > limit:
        return f"超过信用额度：占用 {exposure:,.2f} 元，额度 {limit:,.2f} 元。"
    if limit > 0 and exposure >= limit * near_share:
        return f"接近信用额度：占用 {exposure:,.2f} 元，已达额度的 {exposure / limit * 100:.0f}%。"
    return ""
