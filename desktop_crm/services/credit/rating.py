"""Credit ratings: computed by the rule in domain.credit_rules on every ledger change, overridable by the
custodian with a written reason; every rating is kept in the customer's rating history."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.choices import Choice
from desktop_crm.domain.credit_rules import CreditRating, RatingInputs, age, rate
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.services import query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.cards.card_state import set_standing
from desktop_crm.services.transaction import writing
from desktop_crm.store.credit_models import CreditApproval, RatingRecord
from desktop_crm.store.models import Customer


class RatingSource(Choice):
    RULE = "rule"
    OVERRIDE = "override"
    LIFTED = "lifted"

    @classmethod
    def labels(cls) -> dict:
        return _SOURCE_LABELS


_SOURCE_LABELS = {RatingSource.RULE: QT_TRANSLATE_NOOP("Credit", "按规则评定"),
                  RatingSource.OVERRIDE: QT_TRANSLATE_NOOP("Credit", "人工调整"),
                  RatingSource.LIFTED: QT_TRANSLATE_NOOP("Credit", "取消人工调整")}


def inputs_for(customer: Customer, today: date) -> RatingInputs:
    from desktop_crm.services.credit.ledger import open_debts_of

    ageing = age(open_debts_of(customer.id), today)
    share = (ageing.overdue / ageing.balance).quantize(Decimal("0.01")) if ageing.balance else Decimal("0")
    since = customer.trading_since
    years = (today - since).days // 365 if since else 0
    breaches = CreditApproval.select().where((CreditApproval.customer == customer.id)
                                             & (CreditApproval.kind == "deferral")
                                             & (CreditApproval.state == "approved")).count()
    return RatingInputs(ageing.oldest_days, share, years, breaches)


def recompute(acting: ActingUser, customer_id: int, today: date | None = None) -> str:
    """Apply the rule; a custodian's override stands until the custodian lifts it."""
    today = today or clock.today()
    with writing():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户不存在。"))
        last = RatingRecord.select().where(RatingRecord.customer == customer_id).order_by(RatingRecord.id.desc()).first()
        if last is not None and last.source == RatingSource.OVERRIDE:
            return last.rating
        inputs = inputs_for(customer, today)
        result = rate(inputs)
        if last is None or last.rating != result.rating or last.reason != result.reason:
            RatingRecord.create(customer=customer_id, rating=result.rating, source=RatingSource.RULE.value,
                                reason=result.reason, inputs=json.dumps(inputs.__dict__, default=str, ensure_ascii=False),
                                user_name=acting.display_name)
        set_standing(acting, customer_id, {"credit_rating": result.rating}, action="rating", note=result.reason)
        return result.rating


def override(acting: ActingUser, customer_id: int, rating: str | None, reason: str) -> None:
    """Set the rating by hand (``rating``) or lift the override (``None``); a written reason is required."""
    authorise(acting, Action.EDIT_CARDS)
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput({"reason": QT_TRANSLATE_NOOP("Credit", "人工调整信用等级须写明理由。")})
    if rating is not None and rating not in CreditRating.values():
        raise InvalidInput({"rating": QT_TRANSLATE_NOOP("Credit", "信用等级应为 {ratings} 之一。").format(
            ratings="、".join(CreditRating.values()))})
    with writing():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP("Credit", "该客户不存在。"))
        if rating is None:
            RatingRecord.create(customer=customer_id, rating=customer.credit_rating or "",
                                source=RatingSource.LIFTED.value, reason=reason, user_name=acting.display_name)
            recompute(acting, customer_id)
        else:
            RatingRecord.create(customer=customer_id, rating=rating, source=RatingSource.OVERRIDE.value,
                                reason=reason, user_name=acting.display_name)
            set_standing(acting, customer_id, {"credit_rating": rating}, action="rating", note=f"人工调整：{reason}")


@dataclass(frozen=True)
class RatingEntry:
    at: datetime
    rating: str
    source: str
    reason: str

    @property
    def source_label(self) -> Text | str:
        return RatingSource.label_of(self.source)


def rating_history(customer_id: int) -> list[RatingEntry]:
    return [RatingEntry(r.at, r.rating, r.source, r.reason) for r in
            RatingRecord.select().where(RatingRecord.customer == customer_id).order_by(RatingRecord.id.desc())]


def history(acting: ActingUser, customer_id: int) -> list[RatingEntry]:
    authorise(acting, Action.QUERY_ARCHIVE)
    found = rating_history(customer_id)
    query_register.record(acting, QueryAction.CREDIT, customer_id, "信用等级记录")
    return found
