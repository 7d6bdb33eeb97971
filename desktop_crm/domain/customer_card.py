"""What a customer card (客户档案卡) holds: its sections, fields and classification values.

One table of :class:`FieldSpec` drives the store's columns, the services' checks and audit, and the
editor's tabs, so a field is declared once.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from desktop_crm.domain.choices import Choice
from desktop_crm.domain.credit_rules import CreditRating
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP


class CustomerKind(str, Enum):
    ENTERPRISE = "enterprise"
    INDIVIDUAL = "individual"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    CustomerKind.ENTERPRISE: QT_TRANSLATE_NOOP("Card", "企业"),
    CustomerKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Card", "个人"),
}


class FieldType(str, Enum):
    TEXT = "text"
    LONGTEXT = "longtext"
    DATE = "date"
    INT = "int"
    MONEY = "money"
    CHOICE = "choice"
    BOOL = "bool"
    PHONE = "phone"
    USCC = "uscc"
    ID_NUMBER = "id_number"
    PERSON = "person"          # a user of the archive, kept by login name (the 客户经理)


class Section(str, Enum):
    BASIC = "basic"
    PEOPLE = "people"
    FEATURES = "features"
    BUSINESS = "business"
    TRADING = "trading"
    CLASSIFICATION = "classification"


SECTION_LABELS = {
    Section.BASIC: QT_TRANSLATE_NOOP("Card", "基础资料"),
    Section.PEOPLE: QT_TRANSLATE_NOOP("Card", "主要人员"),
    Section.FEATURES: QT_TRANSLATE_NOOP("Card", "客户特征"),
    Section.BUSINESS: QT_TRANSLATE_NOOP("Card", "业务状况"),
    Section.TRADING: QT_TRANSLATE_NOOP("Card", "交易活动现状"),
    Section.CLASSIFICATION: QT_TRANSLATE_NOOP("Card", "分类"),
}

ENT = frozenset({CustomerKind.ENTERPRISE})
IND = frozenset({CustomerKind.INDIVIDUAL})
BOTH = ENT | IND

class Roster(Choice):
    GOVERNMENT = "政府机构"
    SPECIAL = "特殊公司"
    ORDINARY = "普通公司"
    PERSON = "个人顾客"
    PARTNER = "交易伙伴"

    @classmethod
    def labels(cls) -> dict:
        return _ROSTER_LABELS


_ROSTER_LABELS = {Roster.GOVERNMENT: QT_TRANSLATE_NOOP("Card", "政府机构"), Roster.SPECIAL: QT_TRANSLATE_NOOP("Card", "特殊公司"),
                  Roster.ORDINARY: QT_TRANSLATE_NOOP("Card", "普通公司"), Roster.PERSON: QT_TRANSLATE_NOOP("Card", "个人顾客"),
                  Roster.PARTNER: QT_TRANSLATE_NOOP("Card", "交易伙伴")}


class Importance(Choice):
    IMPORTANT = "重要"
    SPECIAL = "特殊"
    ORDINARY = "一般"

    @classmethod
    def labels(cls) -> dict:
        return _IMPORTANCE_LABELS


_IMPORTANCE_LABELS = {Importance.IMPORTANT: QT_TRANSLATE_NOOP("Card", "重要"),
                      Importance.SPECIAL: QT_TRANSLATE_NOOP("Card", "特殊"),
                      Importance.ORDINARY: QT_TRANSLATE_NOOP("Card", "一般")}


class CardState(Choice):
    """潜在 → 往来; 不良 when found bad; 已清除 when cleared out of the active archive (never deleted)."""
    POTENTIAL = "潜在"
    ACTIVE = "往来"
    BAD = "不良"
    CLEARED = "已清除"

    @classmethod
    def labels(cls) -> dict:
        return _STATE_LABELS


_STATE_LABELS = {CardState.POTENTIAL: QT_TRANSLATE_NOOP("Card", "潜在"), CardState.ACTIVE: QT_TRANSLATE_NOOP("Card", "往来"),
                 CardState.BAD: QT_TRANSLATE_NOOP("Card", "不良"), CardState.CLEARED: QT_TRANSLATE_NOOP("Card", "已清除")}

ROSTERS = Roster.values()
GRADES = ("A", "B", "C", "D")
CREDIT_RATINGS = CreditRating.values()
IMPORTANCE = Importance.values()
STATES = CardState.values()
OWNERSHIP = (QT_TRANSLATE_NOOP("Card", "国有"), QT_TRANSLATE_NOOP("Card", "集体"), QT_TRANSLATE_NOOP("Card", "私营"), QT_TRANSLATE_NOOP("Card", "股份制"),
             QT_TRANSLATE_NOOP("Card", "外商投资"), QT_TRANSLATE_NOOP("Card", "港澳台投资"), QT_TRANSLATE_NOOP("Card", "个体"), QT_TRANSLATE_NOOP("Card", "其他"))
GENDERS = (QT_TRANSLATE_NOOP("Card", "男"), QT_TRANSLATE_NOOP("Card", "女"))
CUSTOMER_TYPES = (QT_TRANSLATE_NOOP("Card", "生产厂家"), QT_TRANSLATE_NOOP("Card", "批发商"), QT_TRANSLATE_NOOP("Card", "零售商"),
                  QT_TRANSLATE_NOOP("Card", "代理商"), QT_TRANSLATE_NOOP("Card", "终端用户"), QT_TRANSLATE_NOOP("Card", "其他"))

# Where the card's information came from (the seeds: 登记时需要标明采集信息的日期和来源).
INFO_SOURCES = (QT_TRANSLATE_NOOP("Card", "销售代表整理"), QT_TRANSLATE_NOOP("Card", "客户填写的资料表"),
                QT_TRANSLATE_NOOP("Card", "专业调查机构"), QT_TRANSLATE_NOOP("Card", "其他"))

STATE_CLEARED = CardState.CLEARED.value


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    section: Section
    type: FieldType = FieldType.TEXT
    kinds: frozenset[CustomerKind] = BOTH
    choices: tuple[str, ...] = ()
    required: bool = False
    column: bool = False        # a column of its own (searched, sorted or filtered); else in the details
    completer: bool = False     # offer the values already used
    max_length: int = 200
    hint: str = ""

    def applies_to(self, kind: CustomerKind) -> bool:
        return kind in self.kinds


# Written out in full (not joined from parts) so each label is one translatable text.
PERSON_LABELS = {
    "owner": (QT_TRANSLATE_NOOP("Card", "所有者姓名"), QT_TRANSLATE_NOOP("Card", "所有者性格"),
              QT_TRANSLATE_NOOP("Card", "所有者家庭"), QT_TRANSLATE_NOOP("Card", "所有者学历"),
              QT_TRANSLATE_NOOP("Card", "所有者年龄"), QT_TRANSLATE_NOOP("Card", "所有者能力")),
    "manager": (QT_TRANSLATE_NOOP("Card", "经营管理者姓名"), QT_TRANSLATE_NOOP("Card", "经营管理者性格"),
                QT_TRANSLATE_NOOP("Card", "经营管理者家庭"), QT_TRANSLATE_NOOP("Card", "经营管理者学历"),
                QT_TRANSLATE_NOOP("Card", "经营管理者年龄"), QT_TRANSLATE_NOOP("Card", "经营管理者能力")),
    "legal_rep": (QT_TRANSLATE_NOOP("Card", "法人代表姓名"), QT_TRANSLATE_NOOP("Card", "法人代表性格"),
                  QT_TRANSLATE_NOOP("Card", "法人代表家庭"), QT_TRANSLATE_NOOP("Card", "法人代表学历"),
                  QT_TRANSLATE_NOOP("Card", "法人代表年龄"), QT_TRANSLATE_NOOP("Card", "法人代表能力")),
}


# For the editor's grid of people: one column per person, one row per trait.
PEOPLE = (("owner", QT_TRANSLATE_NOOP("Card", "所有者")), ("manager", QT_TRANSLATE_NOOP("Card", "经营管理者")),
          ("legal_rep", QT_TRANSLATE_NOOP("Card", "法人代表")))
TRAITS = (("name", QT_TRANSLATE_NOOP("Card", "姓名")), ("character", QT_TRANSLATE_NOOP("Card", "性格")),
          ("family", QT_TRANSLATE_NOOP("Card", "家庭")), ("education", QT_TRANSLATE_NOOP("Card", "学历")),
          ("age", QT_TRANSLATE_NOOP("Card", "年龄")), ("ability", QT_TRANSLATE_NOOP("Card", "能力")))


def _person(prefix: str) -> list[FieldSpec]:
    """The owner, manager and legal representative each with the five traits the rules name."""
    name, character, family, education, age, ability = PERSON_LABELS[prefix]
    return [
        FieldSpec(f"{prefix}_name", name, Section.PEOPLE, kinds=ENT, max_length=40),
        FieldSpec(f"{prefix}_character", character, Section.PEOPLE, kinds=ENT),
        FieldSpec(f"{prefix}_family", family, Section.PEOPLE, kinds=ENT),
        FieldSpec(f"{prefix}_education", education, Section.PEOPLE, kinds=ENT),
        FieldSpec(f"{prefix}_age", age, Section.PEOPLE, FieldType.INT, kinds=ENT),
        FieldSpec(f"{prefix}_ability", ability, Section.PEOPLE, kinds=ENT),
    ]


FIELDS: tuple[FieldSpec, ...] = (
    # 基础资料 — the six invoice fields (credit code/ID, tax address, tax phone, bank, account) must be exact.
    FieldSpec("name", QT_TRANSLATE_NOOP("Card", "名称"), Section.BASIC, required=True, column=True, max_length=100),
    FieldSpec("uscc", QT_TRANSLATE_NOOP("Card", "统一社会信用代码"), Section.BASIC, FieldType.USCC, ENT, column=True,
              max_length=18),
    FieldSpec("id_number", QT_TRANSLATE_NOOP("Card", "身份证号码"), Section.BASIC, FieldType.ID_NUMBER, IND, column=True,
              max_length=18),
    FieldSpec("gender", QT_TRANSLATE_NOOP("Card", "性别"), Section.BASIC, FieldType.CHOICE, IND, GENDERS, column=True),
    FieldSpec("address", QT_TRANSLATE_NOOP("Card", "地址"), Section.BASIC, column=True),
    FieldSpec("phone", QT_TRANSLATE_NOOP("Card", "电话"), Section.BASIC, FieldType.PHONE, column=True, max_length=30),
    FieldSpec("contact_name", QT_TRANSLATE_NOOP("Card", "联系人"), Section.BASIC, column=True, max_length=40),
    FieldSpec("contact_title", QT_TRANSLATE_NOOP("Card", "联系人职务"), Section.BASIC, column=True, max_length=40),
    FieldSpec("mobile", QT_TRANSLATE_NOOP("Card", "联系人手机"), Section.BASIC, FieldType.PHONE, column=True, max_length=30),
    FieldSpec("founded_on", QT_TRANSLATE_NOOP("Card", "成立日期"), Section.BASIC, FieldType.DATE, ENT, column=True),
    FieldSpec("trading_since", QT_TRANSLATE_NOOP("Card", "开始往来日期"), Section.BASIC, FieldType.DATE, column=True),
    FieldSpec("tax_address", QT_TRANSLATE_NOOP("Card", "开票地址"), Section.BASIC, column=True),
    FieldSpec("tax_phone", QT_TRANSLATE_NOOP("Card", "开票电话"), Section.BASIC, FieldType.PHONE, column=True, max_length=30),
    FieldSpec("bank_name", QT_TRANSLATE_NOOP("Card", "开户银行"), Section.BASIC, column=True, max_length=100),
    FieldSpec("bank_account", QT_TRANSLATE_NOOP("Card", "银行账号"), Section.BASIC, column=True, max_length=40),
    FieldSpec("assets", QT_TRANSLATE_NOOP("Card", "资产情况"), Section.BASIC, FieldType.LONGTEXT, IND, max_length=2000),
    FieldSpec("income", QT_TRANSLATE_NOOP("Card", "收入情况"), Section.BASIC, FieldType.LONGTEXT, IND, max_length=2000),
    FieldSpec("debts", QT_TRANSLATE_NOOP("Card", "负债情况"), Section.BASIC, FieldType.LONGTEXT, IND, max_length=2000),
    FieldSpec("info_source", QT_TRANSLATE_NOOP("Card", "信息来源"), Section.BASIC, FieldType.CHOICE, choices=INFO_SOURCES,
              hint=QT_TRANSLATE_NOOP("Card", "登记时标明采集信息的来源")),
    FieldSpec("info_collected_on", QT_TRANSLATE_NOOP("Card", "采集日期"), Section.BASIC, FieldType.DATE,
              hint=QT_TRANSLATE_NOOP("Card", "登记时标明采集信息的日期")),
    # 主要人员 — owner, manager and legal representative, each with the five traits the rules name.
    *_person("owner"),
    *_person("manager"),
    *_person("legal_rep"),
    # 客户特征
    FieldSpec("service_area", QT_TRANSLATE_NOOP("Card", "服务区域"), Section.FEATURES, kinds=ENT),
    FieldSpec("sales_capacity", QT_TRANSLATE_NOOP("Card", "销售能力"), Section.FEATURES, FieldType.LONGTEXT, ENT),
    FieldSpec("development_potential", QT_TRANSLATE_NOOP("Card", "发展潜力"), Section.FEATURES, FieldType.LONGTEXT, ENT),
    FieldSpec("business_philosophy", QT_TRANSLATE_NOOP("Card", "经营观念"), Section.FEATURES, FieldType.LONGTEXT, ENT),
    FieldSpec("business_policy", QT_TRANSLATE_NOOP("Card", "经营方针与政策"), Section.FEATURES, FieldType.LONGTEXT, ENT),
    FieldSpec("employees", QT_TRANSLATE_NOOP("Card", "员工人数"), Section.FEATURES, FieldType.INT, ENT),
    FieldSpec("annual_sales", QT_TRANSLATE_NOOP("Card", "年销售额（万元）"), Section.FEATURES, FieldType.MONEY, ENT),
    FieldSpec("management_style", QT_TRANSLATE_NOOP("Card", "经营管理特点"), Section.FEATURES, FieldType.LONGTEXT, ENT),
    # 业务状况
    FieldSpec("sales_now", QT_TRANSLATE_NOOP("Card", "目前销售业绩"), Section.BUSINESS, FieldType.LONGTEXT),
    FieldSpec("sales_before", QT_TRANSLATE_NOOP("Card", "以往销售业绩"), Section.BUSINESS, FieldType.LONGTEXT),
    FieldSpec("staff_quality", QT_TRANSLATE_NOOP("Card", "经营管理者和业务人员素质"), Section.BUSINESS, FieldType.LONGTEXT, ENT),
    FieldSpec("competitor_relations", QT_TRANSLATE_NOOP("Card", "与竞争者的关系"), Section.BUSINESS, FieldType.LONGTEXT),
    FieldSpec("relations_with_us", QT_TRANSLATE_NOOP("Card", "与本公司的关系及合作态度"), Section.BUSINESS, FieldType.LONGTEXT),
    # 交易活动现状
    FieldSpec("current_activity", QT_TRANSLATE_NOOP("Card", "销售活动现状"), Section.TRADING, FieldType.LONGTEXT),
    FieldSpec("problems", QT_TRANSLATE_NOOP("Card", "存在的问题"), Section.TRADING, FieldType.LONGTEXT),
    FieldSpec("strengths", QT_TRANSLATE_NOOP("Card", "保持的优势"), Section.TRADING, FieldType.LONGTEXT),
    FieldSpec("plans", QT_TRANSLATE_NOOP("Card", "未来的对策"), Section.TRADING, FieldType.LONGTEXT),
    FieldSpec("reputation", QT_TRANSLATE_NOOP("Card", "企业形象与声誉"), Section.TRADING, FieldType.LONGTEXT),
    FieldSpec("credit_standing", QT_TRANSLATE_NOOP("Card", "信用状况"), Section.TRADING, FieldType.LONGTEXT),
    FieldSpec("trade_terms", QT_TRANSLATE_NOOP("Card", "交易条件"), Section.TRADING, FieldType.LONGTEXT),
    FieldSpec("past_credit_problems", QT_TRANSLATE_NOOP("Card", "以往出现的信用问题"), Section.TRADING, FieldType.LONGTEXT),
    # 分类
    FieldSpec("industry", QT_TRANSLATE_NOOP("Card", "行业"), Section.CLASSIFICATION, column=True, completer=True, max_length=40),
    FieldSpec("ownership", QT_TRANSLATE_NOOP("Card", "所有制"), Section.CLASSIFICATION, FieldType.CHOICE, ENT, OWNERSHIP,
              column=True),
    FieldSpec("region", QT_TRANSLATE_NOOP("Card", "地区"), Section.CLASSIFICATION, column=True, completer=True, max_length=40),
    FieldSpec("customer_type", QT_TRANSLATE_NOOP("Card", "客户类型"), Section.CLASSIFICATION, FieldType.CHOICE,
              choices=CUSTOMER_TYPES, column=True),
    FieldSpec("roster", QT_TRANSLATE_NOOP("Card", "客户名册"), Section.CLASSIFICATION, FieldType.CHOICE, choices=ROSTERS,
              column=True, required=True),
    FieldSpec("grade", QT_TRANSLATE_NOOP("Card", "客户等级"), Section.CLASSIFICATION, FieldType.CHOICE, choices=GRADES,
              column=True, hint=QT_TRANSLATE_NOOP("Card", "按月均或年度销售额划分")),
    FieldSpec("credit_rating", QT_TRANSLATE_NOOP("Card", "信用等级"), Section.CLASSIFICATION, FieldType.CHOICE,
              choices=CREDIT_RATINGS, column=True),
    FieldSpec("route_region", QT_TRANSLATE_NOOP("Card", "路线区域"), Section.CLASSIFICATION, column=True, completer=True,
              max_length=40),
    FieldSpec("route_seq", QT_TRANSLATE_NOOP("Card", "路线顺序"), Section.CLASSIFICATION, FieldType.INT, column=True),
    FieldSpec("account_manager", QT_TRANSLATE_NOOP("Card", "客户经理"), Section.CLASSIFICATION, FieldType.PERSON,
              column=True, max_length=40,
              hint=QT_TRANSLATE_NOOP("Card", "负责该客户的经理或业务经理：发放资料的同意和审批先送此人")),
    FieldSpec("importance", QT_TRANSLATE_NOOP("Card", "重要性"), Section.CLASSIFICATION, FieldType.CHOICE, choices=IMPORTANCE,
              column=True, required=True),
    FieldSpec("direct_export", QT_TRANSLATE_NOOP("Card", "直接出口"), Section.CLASSIFICATION, FieldType.BOOL, ENT, column=True),
    FieldSpec("state", QT_TRANSLATE_NOOP("Card", "状态"), Section.CLASSIFICATION, FieldType.CHOICE, choices=STATES,
              column=True, required=True),
)

FIELDS_BY_NAME: dict[str, FieldSpec] = {f.name: f for f in FIELDS}
COLUMN_FIELDS: tuple[FieldSpec, ...] = tuple(f for f in FIELDS if f.column)
DETAIL_FIELDS: tuple[FieldSpec, ...] = tuple(f for f in FIELDS if not f.column)

DEFAULTS = {"roster": "普通公司", "importance": "一般", "state": "往来", "direct_export": False}
INDIVIDUAL_DEFAULTS = {**DEFAULTS, "roster": "个人顾客"}


def fields_for(kind: CustomerKind, section: Section | None = None) -> list[FieldSpec]:
    return [f for f in FIELDS if f.applies_to(kind) and (section is None or f.section == section)]


def name_label(kind: CustomerKind) -> str:
    return QT_TRANSLATE_NOOP("Card", "姓名") if kind == CustomerKind.INDIVIDUAL else QT_TRANSLATE_NOOP("Card", "单位名称")
