"""Which columns each 客户名册 prints: a government office is reached through its contact and title, a person
by phone and address, a trading partner by its standing with us. Field names of the card, in print order."""
from __future__ import annotations

from desktop_crm.domain.customer_card import Roster

ROSTER_COLUMNS: dict[str, tuple[str, ...]] = {
    Roster.GOVERNMENT.value: ("number", "name", "address", "phone", "contact_name", "contact_title", "importance"),
    Roster.SPECIAL.value: ("number", "name", "address", "phone", "contact_name", "credit_rating", "importance"),
    Roster.ORDINARY.value: ("number", "name", "region", "industry", "phone", "contact_name", "grade", "credit_rating"),
    Roster.PERSON.value: ("number", "name", "gender", "mobile", "phone", "address"),
    Roster.PARTNER.value: ("number", "name", "region", "phone", "contact_name", "grade", "credit_rating", "trading_since"),
}
# relative widths of the printed columns (A4 landscape, 257 mm between the margins, the 更正 column included)
WIDTHS = {"number": 22, "name": 52, "address": 56, "phone": 26, "contact_name": 16, "contact_title": 18,
          "importance": 14, "credit_rating": 14, "region": 18, "industry": 26, "grade": 10, "gender": 10, "mobile": 26,
          "trading_since": 20}
