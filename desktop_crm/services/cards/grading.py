"""客户等级 computed from the goods registers (the 出货 lines of the last twelve months) by the thresholds in the
settings; a grade set by hand is kept only with its reason, and stays until it is cleared. Every change of a
grade goes through the one writer of a card's standing, into its 更正记录."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import GRADES, STATE_CLEARED
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.grading import grade_for, sales_figure
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.retention_rules import reason_given
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit
from desktop_crm.services.authority import authorise
from desktop_crm.services.cards.card_state import set_standing
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import GoodsMovement
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer
from desktop_crm.store.roster_models import GradeOverride

SALE = "出货"


@dataclass(frozen=True)
class GradeRun:
    changed: int
    unchanged: int
    kept_by_hand: int


def _sales_of_last_year(today: date) -> dict[int, Decimal]:
    found: dict[int, Decimal] = defaultdict(lambda: Decimal("0"))
    for customer_id, amount in tuples(GoodsMovement.select(GoodsMovement.customer, GoodsMovement.amount)
                                      .where(GoodsMovement.direction == SALE, GoodsMovement.removed == False,  # noqa: E712
                                             GoodsMovement.amount.is_null(False),
                                             GoodsMovement.moved_on > today - timedelta(days=365),
                                             GoodsMovement.moved_on <= today)):
        found[customer_id] += Decimal(str(amount))
    return found


def recompute(acting: ActingUser, today: date | None = None) -> GradeRun:
    """Grade every card in use from its sales; the cards graded by hand keep their grade."""
    authorise(acting, Action.EDIT_CARDS)
    today = today or clock.today()
    settings = registry.values(["grade.basis", "grade.a_min", "grade.b_min", "grade.c_min"])
    basis = settings["grade.basis"]
    sales = _sales_of_last_year(today)
    manual = {c for c, in tuples(GradeOverride.select(GradeOverride.customer))}
    changed = unchanged = kept = 0
    with writing():
        for customer_id, grade in tuples(Customer.select(Customer.id, Customer.grade).where(Customer.state != STATE_CLEARED)):
            if customer_id in manual:
                kept += 1
                continue
            figure = sales_figure(sales.get(customer_id, Decimal("0")), basis)
            target = grade_for(figure, settings["grade.a_min"], settings["grade.b_min"], settings["grade.c_min"])
            if target == (grade or ""):
                unchanged += 1
                continue
            basis_words = "近12个月平均月销售额" if basis == "monthly" else "近12个月销售额"
            set_standing(acting, customer_id, {"grade": target}, action="grade",
                         note=f"按{basis_words} {figure:,.2f} 元评定")
            changed += 1
    return GradeRun(changed, unchanged, kept)


def _customer(number: str) -> Customer:
    row = Customer.get_or_none(Customer.number == (number or "").strip().upper())
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Cards", "没有登记编号为 {number} 的客户。").format(number=number))
    return row


def set_by_hand(acting: ActingUser, number: str, grade: str, reason: str) -> None:
    """Set a grade by hand; kept against the sales figures until cleared, with the reason on record."""
    authorise(acting, Action.EDIT_CARDS)
    if grade not in GRADES:
        raise InvalidInput({"grade": QT_TRANSLATE_NOOP("Cards", "客户等级应为 A、B、C 或 D。")})
    reason = reason_given(reason)
    with writing():
        row = _customer(number)
        (GradeOverride.insert(customer=row.id, grade=grade, reason=reason, user_name=acting.display_name, at=clock.now())
         .on_conflict(conflict_target=[GradeOverride.customer],
                      update={GradeOverride.grade: grade, GradeOverride.reason: reason,
                              GradeOverride.user_name: acting.display_name, GradeOverride.at: clock.now()})
         .execute())
        set_standing(acting, row.id, {"grade": grade}, action="grade", note=f"手定等级：{reason}")


def clear_by_hand(acting: ActingUser, number: str) -> None:
    """Let the sales figures grade this card again (from the next recompute)."""
    authorise(acting, Action.EDIT_CARDS)
    with writing():
        row = _customer(number)
        removed = GradeOverride.delete().where(GradeOverride.customer == row.id).execute()
        if not removed:
            raise InvalidInput({"grade": QT_TRANSLATE_NOOP("Cards", "{number} 的等级不是手定的。").format(number=row.number)})
        audit.record(acting, "customer", row.id, "grade", note="取消手定等级，此后按销售额评定")
