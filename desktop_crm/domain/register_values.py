"""The registers (登记表) heading categories 2, 4 and 5, as data: their fields and checks."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_crm.domain import clock
from desktop_crm.domain.binder_categories import Category
from desktop_crm.domain.card_values import parse_paper_date
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

CONTRACT_STATES = (QT_TRANSLATE_NOOP("Register", "执行中"), QT_TRANSLATE_NOOP("Register", "已完成"),
                   QT_TRANSLATE_NOOP("Register", "已终止"))
DIRECTIONS = (QT_TRANSLATE_NOOP("Register", "出货"), QT_TRANSLATE_NOOP("Register", "进货"))
APPROVAL_STATES = (QT_TRANSLATE_NOOP("Register", "待审批"), QT_TRANSLATE_NOOP("Register", "已批准"),
                   QT_TRANSLATE_NOOP("Register", "已驳回"))


@dataclass(frozen=True)
class RegisterField:
    name: str
    label: str
    type: str = "text"          # text | date | decimal | choice | order
    required: bool = False
    choices: tuple[str, ...] = ()
    max_length: int = 200


@dataclass(frozen=True)
class RegisterSpec:
    code: str
    label: str
    category: Category
    fields: tuple[RegisterField, ...]


REGISTERS: dict[str, RegisterSpec] = {spec.code: spec for spec in (
    RegisterSpec("contracts", QT_TRANSLATE_NOOP("Register", "合同订单登记表"), Category.CONTRACTS, (
        RegisterField("number", QT_TRANSLATE_NOOP("Register", "合同/订单号"), required=True, max_length=40),
        RegisterField("signed_on", QT_TRANSLATE_NOOP("Register", "签订日期"), "date", True),
        RegisterField("subject", QT_TRANSLATE_NOOP("Register", "标的/产品"), required=True),
        RegisterField("quantity", QT_TRANSLATE_NOOP("Register", "数量"), "decimal"),
        RegisterField("amount", QT_TRANSLATE_NOOP("Register", "金额（元）"), "decimal"),
        RegisterField("term", QT_TRANSLATE_NOOP("Register", "期限"), max_length=100),
        RegisterField("status", QT_TRANSLATE_NOOP("Register", "状态"), "choice", True, CONTRACT_STATES),
    )),
    RegisterSpec("goods", QT_TRANSLATE_NOOP("Register", "产品进出货情况登记表"), Category.TRADE, (
        RegisterField("moved_on", QT_TRANSLATE_NOOP("Register", "日期"), "date", True),
        RegisterField("direction", QT_TRANSLATE_NOOP("Register", "进/出"), "choice", True, DIRECTIONS),
        RegisterField("product", QT_TRANSLATE_NOOP("Register", "产品"), required=True),
        RegisterField("quantity", QT_TRANSLATE_NOOP("Register", "数量"), "decimal"),
        RegisterField("amount", QT_TRANSLATE_NOOP("Register", "金额（元）"), "decimal"),
        RegisterField("order_id", QT_TRANSLATE_NOOP("Register", "对应订单"), "order"),
    )),
    RegisterSpec("returns", QT_TRANSLATE_NOOP("Register", "退赔折价情况登记表"), Category.RETURNS, (
        RegisterField("occurred_on", QT_TRANSLATE_NOOP("Register", "日期"), "date", True),
        RegisterField("order_id", QT_TRANSLATE_NOOP("Register", "对应订单"), "order"),
        RegisterField("reason", QT_TRANSLATE_NOOP("Register", "原因"), required=True, max_length=300),
        RegisterField("amount", QT_TRANSLATE_NOOP("Register", "金额（元）"), "decimal"),
        RegisterField("approval_state", QT_TRANSLATE_NOOP("Register", "审批状态"), "choice", True, APPROVAL_STATES),
    )),
)}
REGISTER_OF_CATEGORY = {spec.category: spec for spec in REGISTERS.values()}


def _convert(spec: RegisterField, raw: Any, today: date) -> Any:
    if raw in (None, ""):
        return "" if spec.type in ("text", "choice") else None
    if spec.type == "date":
        try:
            value = raw if isinstance(raw, date) else parse_paper_date(str(raw))
        except (ValueError, TypeError):
            raise ValueError(QT_TRANSLATE_NOOP("Register", "{label}“{raw}”不是有效日期，请按 2024-03-15 填写。").format(label=spec.label, raw=raw)) from None
        if value > today:
            raise ValueError(QT_TRANSLATE_NOOP("Register", "{label}晚于今天，请核对。").format(label=spec.label))
        return value
    if spec.type == "decimal":
        try:
            value = Decimal(str(raw).replace(",", "").strip())
        except InvalidOperation:
            raise ValueError(QT_TRANSLATE_NOOP("Register", "{label}应填数字，现为“{raw}”。").format(label=spec.label, raw=raw)) from None
        if value < 0:
            raise ValueError(QT_TRANSLATE_NOOP("Register", "{label}不能为负数。").format(label=spec.label))
        return value.quantize(Decimal("0.01"))
    if spec.type == "order":
        try:
            return int(raw)
        except (ValueError, TypeError):
            raise ValueError(QT_TRANSLATE_NOOP("Register", "请从列表中选择{label}。").format(label=spec.label)) from None
    text = str(raw).strip()
    if len(text) > spec.max_length:
        raise ValueError(QT_TRANSLATE_NOOP("Register", "{label}过长，最多{max_length}字。").format(label=spec.label, max_length=spec.max_length))
    if spec.type == "choice" and text not in spec.choices:
        raise ValueError(QT_TRANSLATE_NOOP("Register", "{label}请从 {value} 中选择。").format(label=spec.label, value='、'.join(spec.choices)))
    return text


def clean_entry(register: RegisterSpec, raw: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    today = today or clock.today()
    values, problems = {}, {}
    for spec in register.fields:
        try:
            values[spec.name] = _convert(spec, raw.get(spec.name), today)
        except ValueError as exc:
            problems[spec.name] = exc.args[0]   # the marked text, not its Chinese rendering
            continue
        if spec.required and values[spec.name] in (None, ""):
            problems[spec.name] = QT_TRANSLATE_NOOP("Register", "请填写{label}。").format(label=spec.label)
    if problems:
        raise InvalidInput(problems)
    return values
