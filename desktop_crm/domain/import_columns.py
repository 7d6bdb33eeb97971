"""Which card field a roster's column heading means (单位名称, 统一社会信用代码, 身份证号 …).

Every field's own label is recognised, and the other names offices use for the same thing. Headings are
compared after NFKC (full-width letters and brackets), without spaces, stars and "（必填）"-style notes.
"""
from __future__ import annotations

import re
import unicodedata

from desktop_crm.domain.customer_card import FIELDS, FIELDS_BY_NAME
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text

KIND = "kind"            # not a card field: 企业 or 个人, when the roster says so in a column of its own
IGNORED = ""

# Names seen on office rosters, beyond each field's own label.
OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("单位名称", "客户名称", "企业名称", "公司名称", "名称", "姓名", "客户姓名", "户名", "客户"),
    "uscc": ("统一社会信用代码", "信用代码", "社会信用代码", "统一代码", "纳税人识别号", "税号"),
    "id_number": ("身份证号", "身份证号码", "身份证", "公民身份号码", "证件号码"),
    "address": ("地址", "通讯地址", "详细地址", "住址", "经营地址", "联系地址", "注册地址"),
    "phone": ("电话", "联系电话", "固定电话", "座机", "办公电话", "电话号码"),
    "contact_name": ("联系人", "联系人姓名", "对接人"),
    "contact_title": ("职务", "联系人职务", "职位"),
    "mobile": ("手机", "手机号", "手机号码", "联系人手机", "移动电话"),
    "founded_on": ("成立日期", "成立时间", "注册日期"),
    "trading_since": ("开始往来日期", "往来日期", "合作日期", "首次交易日期", "建档日期"),
    "tax_address": ("开票地址",),
    "tax_phone": ("开票电话",),
    "bank_name": ("开户银行", "开户行", "银行"),
    "bank_account": ("银行账号", "账号", "银行账户", "开户账号"),
    "industry": ("行业", "所属行业"),
    "region": ("地区", "所在地区", "区域", "省份", "所在地"),
    "roster": ("客户名册", "名册", "名册类别"),
    "grade": ("等级", "客户等级", "级别"),
    "credit_rating": ("信用等级", "信用评级"),
    "importance": ("重要性", "重要程度"),
    "state": ("状态", "客户状态"),
    "gender": ("性别",),
    "ownership": ("所有制", "所有制形式", "企业性质"),
    "customer_type": ("客户类型",),
    "route_region": ("路线区域", "拜访路线"),
    "route_seq": ("路线顺序", "拜访顺序"),
    "account_manager": ("客户经理", "负责经理", "负责人", "业务经理"),
    "info_source": ("信息来源", "资料来源", "来源"),
    "info_collected_on": ("采集日期", "信息采集日期", "资料日期"),
    "employees": ("员工人数", "职工人数", "人数"),
    "annual_sales": ("年销售额（万元）", "年销售额", "年营业额"),
    "owner_name": ("所有者姓名", "所有者", "老板"),
    "legal_rep_name": ("法人代表姓名", "法人代表", "法定代表人"),
    KIND: ("企业/个人", "企业或个人", "客户种类", "类别", "客户性质"),
}

KIND_WORDS = {"企业": "enterprise", "单位": "enterprise", "公司": "enterprise", "法人": "enterprise",
              "个人": "individual", "自然人": "individual", "个体": "individual"}


def normal_heading(text: object) -> str:
    heading = unicodedata.normalize("NFKC", str(text or ""))
    heading = re.sub(r"[\s*＊:：]", "", heading)
    return re.sub(r"\((必填|选填|必须|可选|非必填)\)$", "", heading)


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for spec in FIELDS:
        names.setdefault(normal_heading(spec.label), spec.name)
    for field, others in OTHER_NAMES.items():
        for other in others:
            names.setdefault(normal_heading(other), field)
    return names


HEADINGS = _names()


def field_for(heading: object) -> str:
    """The field a heading means, or '' when it means none the archive keeps."""
    key = normal_heading(heading)
    if not key:
        return IGNORED
    if key in HEADINGS:
        return HEADINGS[key]
    bare = re.sub(r"\(.*?\)$", "", key)          # 年销售额(万元), 电话(办公)
    return HEADINGS.get(bare, IGNORED)


def propose(headings: list[object]) -> list[str]:
    """One field per column; a field claimed by an earlier column is not given twice."""
    taken: set[str] = set()
    fields = []
    for heading in headings:
        field = field_for(heading)
        if field and field in taken:
            field = IGNORED
        taken.add(field)
        fields.append(field)
    return fields


def field_label(field: str) -> Text:
    if field == KIND:
        return QT_TRANSLATE_NOOP("Import", "企业/个人")
    if field == IGNORED:
        return QT_TRANSLATE_NOOP("Import", "（不导入）")
    return FIELDS_BY_NAME[field].label   # type: ignore[return-value]


def choosable_fields() -> list[str]:
    """What a column may be mapped to, in the card's order, for the mapping editor."""
    return [IGNORED, KIND] + [spec.name for spec in FIELDS]
