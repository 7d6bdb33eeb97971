"""Is a customer's binder complete? Which prescribed papers are present, missing or out of date.

Pure rules over plain data. The services gather the data; screens and reports show the result.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from desktop_crm.domain.binder_categories import DELIVERY_PAPERS, KINDS, KINDS_BY_CODE, Category
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text

# Since the 三证合一 reform (2015-10-01) the business licence carries the credit code and replaces the
# separate tax registration certificate; only customers founded before it are asked for one.
THREE_IN_ONE = date(2015, 10, 1)

# Papers each enterprise binder must hold in category 1 (individuals: the background file only).
REQUIRED_BASIC_ENTERPRISE = ("business_licence", "tax_registration", "legal_mandate", "background")
REQUIRED_BASIC_INDIVIDUAL = ("background",)
# the papers whose validity date a rule reads (a licence runs out); the others' dates are not looked at
DATED_KINDS = frozenset(kind.code for kind in KINDS if kind.has_validity)
REQUIRED_EXPORT_DEBTS = ("payment_method", "credit_amount", "collateral_register")


class FiledPaper(NamedTuple):
    """A paper as the rules read it (a tuple: a desk-wide check reads tens of thousands of them)."""
    kind: str
    valid_until: date | None = None
    order_id: int | None = None


@dataclass(frozen=True)
class OrderRef:
    id: int
    number: str


@dataclass(frozen=True)
class Gap:
    category: Category
    kind: str
    problem: str            # "missing" | "expired"
    order_number: str = ""  # for papers owed per order

    @property
    def text(self) -> Text:
        label = KINDS_BY_CODE[self.kind].label
        if self.order_number:
            return QT_TRANSLATE_NOOP("Binder", "{category}：订单 {order} 缺{kind}").format(
                category=self.category.numbered_label, order=self.order_number, kind=label)
        if self.problem == "expired":
            return QT_TRANSLATE_NOOP("Binder", "{category}：已过期：{kind}").format(
                category=self.category.numbered_label, kind=label)
        return QT_TRANSLATE_NOOP("Binder", "{category}：缺{kind}").format(category=self.category.numbered_label, kind=label)


@dataclass
class BinderCompleteness:
    gaps: list[Gap] = field(default_factory=list)
    present: dict[Category, set[str]] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.gaps

    def gaps_in(self, category: Category) -> list[Gap]:
        return [g for g in self.gaps if g.category == category]


def check_binder(*, enterprise: bool, direct_export: bool, founded_on: date | None,
                 papers: list[FiledPaper], orders: list[OrderRef], today: date) -> BinderCompleteness:
    result = BinderCompleteness()
    kinds = {p.kind for p in papers}
    for category in Category:
        result.present[category] = {k for k in kinds if KINDS_BY_CODE[k].category == category}

    required = list(REQUIRED_BASIC_ENTERPRISE if enterprise else REQUIRED_BASIC_INDIVIDUAL)
    if enterprise and founded_on is not None and founded_on >= THREE_IN_ONE:
        required.remove("tax_registration")
    for kind in required:
        if kind not in kinds:
            result.gaps.append(Gap(Category.BASIC, kind, "missing"))
    licences = [p for p in papers if p.kind == "business_licence"]
    if licences and all(p.valid_until is not None and p.valid_until < today for p in licences):
        result.gaps.append(Gap(Category.BASIC, "business_licence", "expired"))

    if orders and "contract_register" not in kinds:
        result.gaps.append(Gap(Category.CONTRACTS, "contract_register", "missing"))
    by_order: dict[int, set[str]] = {}
    for paper in papers:
        if paper.order_id is not None:
            by_order.setdefault(paper.order_id, set()).add(paper.kind)
    for order in orders:
        filed = by_order.get(order.id, set())
        if "contract" not in filed:
            result.gaps.append(Gap(Category.CONTRACTS, "contract", "missing", order.number))
        if direct_export:
            for kind in DELIVERY_PAPERS:
                if kind not in filed:
                    result.gaps.append(Gap(Category.TRADE, kind, "missing", order.number))
    if direct_export:
        for kind in REQUIRED_EXPORT_DEBTS:
            if kind not in kinds:
                result.gaps.append(Gap(Category.DEBTS, kind, "missing"))
    return result
