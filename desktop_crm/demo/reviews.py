"""Past full reviews for the demo archive: each card's last review somewhere in the last 75 days, so that
with the 60-day cycle some cards are due this week, some overdue and most not yet due."""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.store.database import db, tuples
from desktop_crm.store.models import CardReview, Customer

RECORDED_SHARE = 0.4        # of the cards, those whose last review is also written out as a review record
CHUNK = 5000


def fill_demo_reviews(custodian: ActingUser, seed: int = 2024, today: date | None = None) -> int:
    """Give every demo card a last-review day; returns how many review records were written."""
    rng = random.Random(seed)
    today = today or clock.today()
    by_day: dict[date, list[int]] = defaultdict(list)
    records = []
    for (customer_id,) in tuples(Customer.select(Customer.id).order_by(Customer.id)):
        day = today - timedelta(days=rng.randint(0, 75))
        by_day[day].append(customer_id)
        if rng.random() < RECORDED_SHARE:
            records.append({"customer": customer_id, "reviewed_on": day, "user": custodian.id,
                            "user_name": custodian.display_name, "confirmed": "全部内容核对无误（演示）", "corrected": ""})
    with db.atomic():
        for day, ids in by_day.items():
            for start in range(0, len(ids), CHUNK):
                Customer.update(reviewed_on=day).where(Customer.id.in_(ids[start:start + CHUNK])).execute()
        for start in range(0, len(records), 1000):
            CardReview.insert_many(records[start:start + 1000]).execute()
    return len(records)
