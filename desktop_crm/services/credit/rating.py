"""Credit ratings: computed by the rule in domain.credit_rules on every ledger change, overridable by the
custodian with a written reason; every rating is kept in the customer's rating history."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.credit_rules import RATINGS, RatingInputs, age, rate
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action, require
from desktop_crm.services import audit
from desktop_crm.store.credit_models import CreditApproval, RatingRecord
from desktop_crm.store.database import db
from desktop_crm.store.models import Customer


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
    today = today or date.today()
    with db.atomic():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound("该客户不存在。")
        last = RatingRecord.select().where(RatingRecord.customer == customer_id).order_by(RatingRecord.id.desc()).first()
        if last is not None and last.source == "override":
            return last.rating
        inputs = inputs_for(customer, today)
        result = rate(inputs)
        if last is None or last.rating != result.rating or last.reason != result.reason:
            RatingRecord.create(customer=customer_id, rating=result.rating, source="rule", reason=result.reason,
                                inputs=json.dumps(inputs.__dict__, default=str, ensure_ascii=False),
                                user_name=acting.display_name)
        if customer.credit_rating != result.rating:
            Customer.update(credit_rating=result.rating).where(Customer.id == customer_id).execute()
            audit.record(acting, "customer", customer_id, "rating",
                         [audit.Change("credit_rating", customer.credit_rating, result.rating)], note=result.reason)
        return result.rating


def override(acting: ActingUser, customer_id: int, rating: str | None, reason: str) -> None:
    """Set the rating by hand (``rating``) or lift the override (``None``); a written reason is required."""
    require(acting.role, Action.EDIT_CARDS)
    if not (reason or "").strip():
        raise InvalidInput({"reason": "人工调整信用等级须写明理由。"})
    if rating is not None and rating not in RATINGS:
        raise InvalidInput({"rating": f"信用等级应为 {'、'.join(RATINGS)} 之一。"})
    with db.atomic():
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound("该客户不存在。")
        if rating is None:
            RatingRecord.create(customer=customer_id, rating=customer.credit_rating or "", source="lifted",
                                reason=reason.strip(), user_name=acting.display_name)
        else:
            RatingRecord.create(customer=customer_id, rating=rating, source="override", reason=reason.strip(),
                                user_name=acting.display_name)
            Customer.update(credit_rating=rating).where(Customer.id == customer_id).execute()
            audit.record(acting, "customer", customer_id, "rating",
                         [audit.Change("credit_rating", customer.credit_rating, rating)], note=f"人工调整：{reason}")
    if rating is None:
        recompute(acting, customer_id)


@dataclass(frozen=True)
class RatingEntry:
    at: datetime
    rating: str
    source: str
    reason: str


def history(acting: ActingUser, customer_id: int) -> list[RatingEntry]:
    require(acting.role, Action.QUERY_ARCHIVE)
    return [RatingEntry(r.at, r.rating, r.source, r.reason) for r in
            RatingRecord.select().where(RatingRecord.customer == customer_id).order_by(RatingRecord.id.desc())]
