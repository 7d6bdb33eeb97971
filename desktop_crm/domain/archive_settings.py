"""The archive-wide settings, declared once: key, type, default, check and Chinese label.

They are stored in the archive (every workstation agrees on them); ``services.settings.registry`` reads
and writes them, the ``settings`` command and the settings window show them by these labels. Values are
stored as text; each :class:`SettingSpec` turns text into its typed value and back.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from desktop_crm.domain.credit_rules import DEFAULT_TERMS, CreditRating
from desktop_crm.domain.fixed_volume import TEMPLATES
from desktop_crm.domain.registration_number import check_prefix
from desktop_crm.domain.roles import Role
from desktop_crm.domain.shelf_places import parse_levels
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text


class Group(str, Enum):
    NUMBERS = "numbers"
    LENDING = "lending"
    CREDIT = "credit"
    BINDING = "binding"
    REVIEW = "review"
    SAFEKEEPING = "safekeeping"
    SHELVES = "shelves"

    @property
    def label(self) -> Text:
        return GROUP_LABELS[self]


GROUP_LABELS = {Group.NUMBERS: QT_TRANSLATE_NOOP("Settings", "编号"), Group.LENDING: QT_TRANSLATE_NOOP("Settings", "借阅"),
                Group.CREDIT: QT_TRANSLATE_NOOP("Settings", "信用与审批"), Group.BINDING: QT_TRANSLATE_NOOP("Settings", "立卷"),
                Group.REVIEW: QT_TRANSLATE_NOOP("Settings", "复核"),
                Group.SAFEKEEPING: QT_TRANSLATE_NOOP("Settings", "备份"),
                Group.SHELVES: QT_TRANSLATE_NOOP("Settings", "库房")}


class Kind(str, Enum):
    TEXT = "text"
    INT = "int"
    CHOICE = "choice"
    ROLES = "roles"       # a set of roles, stored "manager,business_manager"
    TERMS = "terms"       # (credit days, limit ceiling), stored "90:5000000.00"
    SHARE = "share"       # a share of 1, stored "0.90"


class SettingProblem(ValueError):
    """A value that does not fit its setting; ``str()`` is the message to show."""


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: Text
    group: Group
    kind: Kind
    default: Any
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    choices: tuple[str, ...] = ()
    check: Callable[[Any], str] | None = None       # '' when fine, else the message
    help: Text | str = ""
    upper: bool = False                              # codes typed in lower case are meant in capitals

    def parse(self, raw: Any) -> Any:
        """The typed value of ``raw`` (text as typed, or already typed); raises :class:`SettingProblem`."""
        try:
            value = _PARSERS[self.kind](self, raw)
        except (ValueError, InvalidOperation, TypeError, KeyError):
            raise SettingProblem(QT_TRANSLATE_NOOP("Settings", "{label}“{raw}”不符合格式：{hint}").format(
                label=self.label, raw=raw, hint=self.hint)) from None
        if self.minimum is not None and value < self.minimum or self.maximum is not None and value > self.maximum:
            raise SettingProblem(QT_TRANSLATE_NOOP("Settings", "{label}应在 {low} 至 {high} 之间。").format(
                label=self.label, low=self.minimum, high=self.maximum))
        if self.kind == Kind.CHOICE and value not in self.choices:
            raise SettingProblem(QT_TRANSLATE_NOOP("Settings", "{label}应为 {choices} 之一。").format(
                label=self.label, choices="、".join(self.choices)))
        message = self.check(value) if self.check else ""
        if message:
            raise SettingProblem(message)
        return value

    def dump(self, value: Any) -> str:
        """The stored text of a typed value."""
        if self.kind == Kind.ROLES:
            return ",".join(sorted(Role(r).value for r in value))
        if self.kind == Kind.TERMS:
            days, ceiling = value
            return f"{int(days)}:{Decimal(ceiling).quantize(Decimal('0.01'))}"
        if self.kind == Kind.SHARE:
            return f"{Decimal(value).quantize(Decimal('0.01'))}"
        return str(value)

    def shown(self, value: Any) -> str:
        """The value as a person reads it."""
        if self.kind == Kind.ROLES:
            return "、".join(Role(r).label for r in sorted(value, key=lambda r: list(Role).index(Role(r))))
        if self.kind == Kind.TERMS:
            days, ceiling = value
            return QT_TRANSLATE_NOOP("Settings", "信用期 {days} 天，额度上限 {ceiling:,.0f} 元").format(
                days=days, ceiling=ceiling)
        if self.kind == Kind.SHARE:
            return f"{Decimal(value) * 100:.0f}%"
        return str(value)

    @property
    def hint(self) -> Text:
        return _HINTS[self.kind]


def _text(spec: SettingSpec, raw: Any) -> str:
    text = unicodedata.normalize("NFKC", str(raw)).strip() if spec.upper else str(raw).strip()
    return text.upper() if spec.upper else text


def _int(spec: SettingSpec, raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError
    text = str(raw).strip()
    if not re.fullmatch(r"-?\d{1,9}", text):
        raise ValueError
    return int(text)


def _roles(spec: SettingSpec, raw: Any) -> frozenset[Role]:
    if isinstance(raw, (set, frozenset, list, tuple)):
        roles = frozenset(Role(r) for r in raw)
    else:
        roles = frozenset(Role(r.strip()) for r in re.split(r"[,，、\s]+", str(raw)) if r.strip())
    if not roles:
        raise ValueError
    return roles


def _terms(spec: SettingSpec, raw: Any) -> tuple[int, Decimal]:
    if isinstance(raw, tuple):
        days, ceiling = raw
    else:
        days, _, ceiling = str(raw).replace("：", ":").partition(":")
    ceiling_value = Decimal(str(ceiling).replace(",", "").strip())
    if not ceiling_value.is_finite() or ceiling_value < 0 or ceiling_value > Decimal("1e12"):
        raise ValueError
    return _int(spec, days), ceiling_value.quantize(Decimal("0.01"))


def _share(spec: SettingSpec, raw: Any) -> Decimal:
    text = str(raw).strip()
    value = Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
    if not value.is_finite():
        raise ValueError
    return value.quantize(Decimal("0.01"))


_PARSERS = {Kind.TEXT: _text, Kind.INT: _int, Kind.CHOICE: _text, Kind.ROLES: _roles, Kind.TERMS: _terms,
            Kind.SHARE: _share}
_HINTS = {Kind.TEXT: QT_TRANSLATE_NOOP("Settings", "文字"), Kind.INT: QT_TRANSLATE_NOOP("Settings", "整数"),
          Kind.CHOICE: QT_TRANSLATE_NOOP("Settings", "从可选值中选择"),
          Kind.ROLES: QT_TRANSLATE_NOOP("Settings", "角色代码，用逗号隔开，如 manager,business_manager"),
          Kind.TERMS: QT_TRANSLATE_NOOP("Settings", "信用期天数:额度上限，如 90:5000000"),
          Kind.SHARE: QT_TRANSLATE_NOOP("Settings", "比例，如 0.9 或 90%")}


def _fonds_code(value: str) -> str:
    return "" if re.fullmatch(r"[A-Z0-9]{1,10}", value) else QT_TRANSLATE_NOOP(
        "Settings", "全宗号应为1至10位大写字母或数字，例如 0456。")


def _fonds_name(value: str) -> str:
    if not value or "本公司" in value or value == "本单位" or len(value) > 100:
        return QT_TRANSLATE_NOOP("Settings", "全宗名称须写立档单位全称（不超过100字），不用“本公司”等泛称。")
    return ""


def _catalogue(value: str) -> str:
    return "" if re.fullmatch(r"[A-Z0-9{}year]{1,12}", value) and value.replace("{year}", "").isalnum() \
        or value == "{year}" else QT_TRANSLATE_NOOP("Settings", "目录号由字母、数字和 {year}（年度）组成，例如 {year}。")


def _class_code(value: str) -> str:
    return "" if re.fullmatch(r"[A-Z]{1,6}", value) else QT_TRANSLATE_NOOP(
        "Settings", "类别号应为1至6位大写字母，例如 KH。")


def _prefix(value: str) -> str:
    return check_prefix(value)


def _no_sales(value: frozenset[Role]) -> str:
    return QT_TRANSLATE_NOOP("Settings", "业务员不能审核或批准信用审批。") if Role.SALES in value else ""


def _shelf_levels(value: str) -> str:
    found = parse_levels(value)
    return found if isinstance(found, Text) else ""


def _backup_folder(value: str) -> str:
    if not value:
        return ""
    if not (value.startswith(("/", "\\\\")) or re.match(r"^[A-Za-z]:[\\/]", value) or value.startswith("~")):
        return QT_TRANSLATE_NOOP("Settings", "备份文件夹须写完整路径，例如 D:\\档案备份 或 /home/wang/档案备份；留空则不自动备份。")
    return ""


BACKUP_SCHEDULES = ("daily", "exit", "exit_daily", "off")


def _loan_days(role: Role, default: int) -> SettingSpec:
    return SettingSpec(f"loan_days.{role.value}", ROLE_LOAN_LABELS[role], Group.LENDING, Kind.INT, default, 1, 90)


ROLE_LOAN_LABELS = {
    Role.CUSTODIAN: QT_TRANSLATE_NOOP("Settings", "档案管理员借期（天）"),
    Role.BUSINESS_MANAGER: QT_TRANSLATE_NOOP("Settings", "业务经理借期（天）"),
    Role.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Settings", "客户服务借期（天）"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Settings", "经理借期（天）"),
}
TERMS_LABELS = {
    CreditRating.EXCELLENT: QT_TRANSLATE_NOOP("Settings", "“优秀”的交易条件"),
    CreditRating.GOOD: QT_TRANSLATE_NOOP("Settings", "“良好”的交易条件"),
    CreditRating.FAIR: QT_TRANSLATE_NOOP("Settings", "“一般”的交易条件"),
    CreditRating.RISK: QT_TRANSLATE_NOOP("Settings", "“风险”的交易条件"),
}

SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("number_prefix.enterprise", QT_TRANSLATE_NOOP("Settings", "企业客户编号前缀"), Group.NUMBERS, Kind.TEXT,
                "QY", check=_prefix, upper=True, help=QT_TRANSLATE_NOOP("Settings", "新登记的企业客户编号为 前缀-000001；已给出的编号不变。")),
    SettingSpec("number_prefix.individual", QT_TRANSLATE_NOOP("Settings", "个人客户编号前缀"), Group.NUMBERS, Kind.TEXT,
                "GR", check=_prefix, upper=True),
    _loan_days(Role.CUSTODIAN, 7),
    _loan_days(Role.CUSTOMER_SERVICE, 7),
    _loan_days(Role.BUSINESS_MANAGER, 14),
    _loan_days(Role.MANAGER, 14),
    SettingSpec("loan.max_renewals", QT_TRANSLATE_NOOP("Settings", "续借次数上限"), Group.LENDING, Kind.INT, 2, 0, 5),
    SettingSpec("handout.recall_days", QT_TRANSLATE_NOOP("Settings", "发放资料收回期限（天）"), Group.LENDING, Kind.INT,
                14, 1, 90),
    SettingSpec("approvals.reviewers", QT_TRANSLATE_NOOP("Settings", "审核信用审批的角色"), Group.CREDIT, Kind.ROLES,
                frozenset({Role.BUSINESS_MANAGER, Role.MANAGER}), check=_no_sales),
    SettingSpec("approvals.approvers", QT_TRANSLATE_NOOP("Settings", "批准信用审批的角色"), Group.CREDIT, Kind.ROLES,
                frozenset({Role.MANAGER}), check=_no_sales),
    *(SettingSpec(f"terms.{rating.value}", TERMS_LABELS[rating], Group.CREDIT, Kind.TERMS, DEFAULT_TERMS[rating])
      for rating in CreditRating),
    SettingSpec("credit.near_share", QT_TRANSLATE_NOOP("Settings", "接近信用额度的提示比例"), Group.CREDIT, Kind.SHARE,
                Decimal("0.90"), Decimal("0.50"), Decimal("1.00")),
    SettingSpec("fonds.code", QT_TRANSLATE_NOOP("Settings", "全宗号"), Group.BINDING, Kind.TEXT, "0001", check=_fonds_code, upper=True),
    SettingSpec("fonds.name", QT_TRANSLATE_NOOP("Settings", "全宗名称（立档单位全称）"), Group.BINDING, Kind.TEXT, "本单位",
                check=_fonds_name),
    SettingSpec("volume.template", QT_TRANSLATE_NOOP("Settings", "档号格式"), Group.BINDING, Kind.CHOICE, "bound",
                choices=TEMPLATES, help=QT_TRANSLATE_NOOP(
                    "Settings", "bound：全宗号-目录号-案卷号；dat13：DA/T 13-2022 的 全宗号-类别号·年度-案卷号。")),
    SettingSpec("volume.catalogue", QT_TRANSLATE_NOOP("Settings", "目录号"), Group.BINDING, Kind.TEXT, "{year}",
                check=_catalogue),
    SettingSpec("volume.class_code", QT_TRANSLATE_NOOP("Settings", "类别号（DA/T 13 格式）"), Group.BINDING, Kind.TEXT, "KH",
                check=_class_code, upper=True),
    SettingSpec("volume.page_limit", QT_TRANSLATE_NOOP("Settings", "每卷页数上限"), Group.BINDING, Kind.INT, 200, 20, 2000),
    SettingSpec("backup.folder", QT_TRANSLATE_NOOP("Settings", "自动备份文件夹"), Group.SAFEKEEPING, Kind.TEXT, "",
                check=_backup_folder, help=QT_TRANSLATE_NOOP(
                    "Settings", "自动备份写到这里（最好是另一块硬盘或移动硬盘）；留空则不自动备份。")),
    SettingSpec("backup.schedule", QT_TRANSLATE_NOOP("Settings", "自动备份时机"), Group.SAFEKEEPING, Kind.CHOICE,
                "daily", choices=BACKUP_SCHEDULES, help=QT_TRANSLATE_NOOP(
                    "Settings", "daily：每天第一次打开时；exit：每次退出时；exit_daily：退出时，但每天至多一次；off：不自动备份。")),
    SettingSpec("backup.keep", QT_TRANSLATE_NOOP("Settings", "保留自动备份份数"), Group.SAFEKEEPING, Kind.INT, 10, 1, 365,
                help=QT_TRANSLATE_NOOP("Settings", "自动备份超过这个份数时，删除最早的自动备份；手工备份不会被删除。")),
    SettingSpec("backup.encrypt", QT_TRANSLATE_NOOP("Settings", "自动备份加密"), Group.SAFEKEEPING, Kind.CHOICE, "no",
                choices=("no", "yes"), help=QT_TRANSLATE_NOOP(
                    "Settings", "yes：自动备份时询问口令（每次启动问一次），备份文件没有口令无法读取。")),
    SettingSpec("backup.warn_days", QT_TRANSLATE_NOOP("Settings", "备份过期提醒（天）"), Group.SAFEKEEPING, Kind.INT, 7,
                1, 90),
    SettingSpec("shelf.levels", QT_TRANSLATE_NOOP("Settings", "库房位置的各级名称"), Group.SHELVES, Kind.TEXT,
                "柜,层,格", check=_shelf_levels, help=QT_TRANSLATE_NOOP(
                    "Settings", "从大到小2至4级，用逗号隔开，如 柜,层,格 或 排,列,层,盒；位置编号按此级数写，如 A-03-2。")),
    SettingSpec("review.cycle_days", QT_TRANSLATE_NOOP("Settings", "全面修订核查周期（天）"), Group.REVIEW, Kind.INT, 60,
                7, 730),
    SettingSpec("grade.basis", QT_TRANSLATE_NOOP("Settings", "客户等级的依据"), Group.REVIEW, Kind.CHOICE, "monthly",
                choices=("monthly", "yearly"), help=QT_TRANSLATE_NOOP(
                    "Settings", "monthly：近12个月的平均月销售额；yearly：近12个月的销售额合计。下面三个门槛按此比较。")),
    SettingSpec("grade.a_min", QT_TRANSLATE_NOOP("Settings", "A级客户的销售额下限（元）"), Group.REVIEW, Kind.INT, 500000,
                0, 999_999_999),
    SettingSpec("grade.b_min", QT_TRANSLATE_NOOP("Settings", "B级客户的销售额下限（元）"), Group.REVIEW, Kind.INT, 100000,
                0, 999_999_999),
    SettingSpec("grade.c_min", QT_TRANSLATE_NOOP("Settings", "C级客户的销售额下限（元）"), Group.REVIEW, Kind.INT, 20000,
                0, 999_999_999),
)
SETTINGS_BY_KEY: dict[str, SettingSpec] = {s.key: s for s in SETTINGS}


def spec_of(key: str) -> SettingSpec:
    try:
        return SETTINGS_BY_KEY[key]
    except KeyError:
        raise SettingProblem(QT_TRANSLATE_NOOP("Settings", "没有名为“{key}”的设置。").format(key=key)) from None


def grants_own_role(role: Role, key: str, old: Any, new: Any) -> bool:
    """Whether a change gives ``role`` — the changer's own — an authority it does not have by default
    (say, the custodian making the custodian an approver). Such a change needs a manager's sign-off."""
    spec = next((s for s in SETTINGS if s.key == key), None)
    if spec is None or spec.kind != Kind.ROLES:
        return False
    return role in new and role not in old and role not in spec.default


def check_together(values: dict[str, Any]) -> dict[str, Text]:
    """Rules across settings, over the full set of values after a change: key → message."""
    problems: dict[str, Text] = {}
    if values["number_prefix.enterprise"] == values["number_prefix.individual"]:
        problems["number_prefix.individual"] = QT_TRANSLATE_NOOP(
            "Settings", "企业和个人的编号前缀不能相同，否则两个编号序列会混淆。")
    if not values["grade.a_min"] > values["grade.b_min"] > values["grade.c_min"]:
        problems["grade.b_min"] = QT_TRANSLATE_NOOP(
            "Settings", "客户等级的门槛须 A > B > C，例如 A 500000、B 100000、C 20000。")
    return problems
