"""The five categories of a customer's loose-leaf binder (五大类活页卷) and their prescribed kinds.

The order of the kinds in each category is the order papers stand in the binder and in its catalogue.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP


class Category(IntEnum):
    BASIC = 1
    CONTRACTS = 2
    DEBTS = 3
    TRADE = 4
    RETURNS = 5

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]

    @property
    def numbered_label(self) -> str:
        return NUMBERED_LABELS[self]


NUMBERED_LABELS = {
    1: QT_TRANSLATE_NOOP("Binder", "第一类 客户基础资料"),
    2: QT_TRANSLATE_NOOP("Binder", "第二类 合同订单"),
    3: QT_TRANSLATE_NOOP("Binder", "第三类 欠款还款"),
    4: QT_TRANSLATE_NOOP("Binder", "第四类 交易状况"),
    5: QT_TRANSLATE_NOOP("Binder", "第五类 退赔折价"),
}
CATEGORY_LABELS = {
    Category.BASIC: QT_TRANSLATE_NOOP("Binder", "客户基础资料"),
    Category.CONTRACTS: QT_TRANSLATE_NOOP("Binder", "合同订单"),
    Category.DEBTS: QT_TRANSLATE_NOOP("Binder", "欠款还款"),
    Category.TRADE: QT_TRANSLATE_NOOP("Binder", "交易状况"),
    Category.RETURNS: QT_TRANSLATE_NOOP("Binder", "退赔折价"),
}


@dataclass(frozen=True)
class DocumentKind:
    code: str
    label: str
    category: Category
    export_only: bool = False      # prescribed only for direct-export customers
    free: bool = False             # "other" papers: the custodian names them
    by_signing_date: bool = False  # contracts and orders stand strictly by signing date
    has_validity: bool = False     # a licence with a validity date that can run out
    per_order: bool = False        # one per order in the contracts register
    enterprise_only: bool = False


KINDS: tuple[DocumentKind, ...] = (
    # 1 客户基础资料
    DocumentKind("business_licence", QT_TRANSLATE_NOOP("Binder", "营业执照"), Category.BASIC,
                 has_validity=True, enterprise_only=True),
    DocumentKind("tax_registration", QT_TRANSLATE_NOOP("Binder", "税务登记证"), Category.BASIC, enterprise_only=True),
    DocumentKind("legal_mandate", QT_TRANSLATE_NOOP("Binder", "法人委托书"), Category.BASIC, enterprise_only=True),
    DocumentKind("background", QT_TRANSLATE_NOOP("Binder", "客户背景资料"), Category.BASIC),
    DocumentKind("visit_report", QT_TRANSLATE_NOOP("Binder", "客户访问日报"), Category.BASIC),
    DocumentKind("complaint_card", QT_TRANSLATE_NOOP("Binder", "客户投诉管理卡"), Category.BASIC),
    # 2 合同订单
    DocumentKind("contract_register", QT_TRANSLATE_NOOP("Binder", "合同订单登记表"), Category.CONTRACTS),
    DocumentKind("contract", QT_TRANSLATE_NOOP("Binder", "合同订单"), Category.CONTRACTS, by_signing_date=True,
                 per_order=True),
    # 3 欠款还款
    DocumentKind("credit_limit_approval", QT_TRANSLATE_NOOP("Binder", "客户信用额度审批表"), Category.DEBTS),
    DocumentKind("debt_register", QT_TRANSLATE_NOOP("Binder", "欠款还款情况登记表"), Category.DEBTS),
    DocumentKind("repayment_agreement", QT_TRANSLATE_NOOP("Binder", "欠款还款协议"), Category.DEBTS),
    DocumentKind("deferral_approval", QT_TRANSLATE_NOOP("Binder", "延期还款审批单"), Category.DEBTS),
    DocumentKind("repayment_plan", QT_TRANSLATE_NOOP("Binder", "客户还款计划"), Category.DEBTS),
    DocumentKind("payment_method", QT_TRANSLATE_NOOP("Binder", "付款方式"), Category.DEBTS, export_only=True),
    DocumentKind("credit_amount", QT_TRANSLATE_NOOP("Binder", "信用额度"), Category.DEBTS, export_only=True),
    DocumentKind("collateral_register", QT_TRANSLATE_NOOP("Binder", "抵押保证登记"), Category.DEBTS,
                 export_only=True),
    # 4 交易状况
    DocumentKind("goods_register", QT_TRANSLATE_NOOP("Binder", "产品进出货情况登记表"), Category.TRADE),
    DocumentKind("goods_report", QT_TRANSLATE_NOOP("Binder", "实际进货出货情况报告"), Category.TRADE),
    DocumentKind("shipping_list", QT_TRANSLATE_NOOP("Binder", "发货码单"), Category.TRADE, export_only=True,
                 per_order=True),
    DocumentKind("customs_declaration", QT_TRANSLATE_NOOP("Binder", "报关单"), Category.TRADE, export_only=True,
                 per_order=True),
    DocumentKind("factory_inspection", QT_TRANSLATE_NOOP("Binder", "成品出厂检验报告"), Category.TRADE,
                 export_only=True, per_order=True),
    DocumentKind("customs_inspection", QT_TRANSLATE_NOOP("Binder", "海关商检证明"), Category.TRADE,
                 export_only=True, per_order=True),
    DocumentKind("incident_report", QT_TRANSLATE_NOOP("Binder", "不良客户事件分析报告"), Category.TRADE),
    DocumentKind("other_trade", QT_TRANSLATE_NOOP("Binder", "其他交易资料"), Category.TRADE, free=True),
    # 5 退赔折价
    DocumentKind("return_register", QT_TRANSLATE_NOOP("Binder", "退赔折价情况登记表"), Category.RETURNS),
    DocumentKind("return_approval", QT_TRANSLATE_NOOP("Binder", "退赔折价审批表"), Category.RETURNS),
    DocumentKind("return_assessment", QT_TRANSLATE_NOOP("Binder", "退赔折价原因责任鉴定表"), Category.RETURNS),
)

KINDS_BY_CODE: dict[str, DocumentKind] = {k.code: k for k in KINDS}
KIND_ORDER: dict[str, int] = {k.code: i for i, k in enumerate(KINDS)}
DELIVERY_PAPERS: tuple[str, ...] = ("shipping_list", "customs_declaration", "factory_inspection",
                                    "customs_inspection")


def kinds_of(category: Category, direct_export: bool = True) -> list[DocumentKind]:
    """The category's kinds in prescribed order (export-only kinds only for direct-export customers)."""
    return [k for k in KINDS if k.category == category and (direct_export or not k.export_only)]


# Retention periods for enterprise records (国家档案局令第10号), by the codes of volume-format.md.
RETENTIONS: dict[str, str] = {"Y": QT_TRANSLATE_NOOP("Binder", "永久"), "D30": QT_TRANSLATE_NOOP("Binder", "30年"),
                              "D10": QT_TRANSLATE_NOOP("Binder", "10年")}
# Practice for a customer archive: identity and contracts kept 30 years, trade papers 10.
DEFAULT_RETENTION = {Category.BASIC: "D30", Category.CONTRACTS: "D30", Category.DEBTS: "D30",
                     Category.TRADE: "D10", Category.RETURNS: "D10"}
