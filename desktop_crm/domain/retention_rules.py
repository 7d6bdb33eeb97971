"""The retention lifecycle of a fixed volume (保管期限 → 到期鉴定 → 销毁): pure rules, facts in, refusals out.

A volume's period runs from the end of its year: a 2025 volume kept 10 years expires at the end of 2035 and is
due for appraisal from 2036-01-01. 永久 never expires. An appraisal that keeps a volume sets a new period from
the end of the appraisal's year. A destruction list is proposed, approved by a manager who did not propose it,
then carried out by the custodian; until then nothing is removed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_crm.domain.choices import Choice
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text

PERIOD_YEARS = {"D10": 10, "D30": 30, "Y": None}
PERIOD_WORDS = {"10年": "D10", "30年": "D30", "永久": "Y", "10": "D10", "30": "D30", "D10": "D10", "D30": "D30",
                "Y": "Y"}


class Decision(Choice):
    KEEP = "keep"
    DESTROY = "destroy"

    @classmethod
    def labels(cls) -> dict:
        return _DECISION_LABELS


class ListState(Choice):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    CARRIED_OUT = "carried_out"

    @classmethod
    def labels(cls) -> dict:
        return _STATE_LABELS


_DECISION_LABELS = {Decision.KEEP: QT_TRANSLATE_NOOP("Retention", "继续保存"),
                    Decision.DESTROY: QT_TRANSLATE_NOOP("Retention", "销毁")}
_STATE_LABELS = {ListState.PROPOSED: QT_TRANSLATE_NOOP("Retention", "待批准"),
                 ListState.APPROVED: QT_TRANSLATE_NOOP("Retention", "已批准，待销毁"),
                 ListState.REJECTED: QT_TRANSLATE_NOOP("Retention", "未批准"),
                 ListState.CARRIED_OUT: QT_TRANSLATE_NOOP("Retention", "已销毁")}


def expiry(year: int, retention: str, kept_until: date | None = None) -> date | None:
    """The last day the volume must be kept; None for 永久. A later keep decision replaces the period."""
    if kept_until is not None:
        return kept_until
    years = PERIOD_YEARS.get(retention, 30)          # an unknown code is kept the longer of the fixed periods
    return None if years is None else date(year + years, 12, 31)


def is_due(expires: date | None, as_of: date) -> bool:
    return expires is not None and as_of > expires


def period_code(text: str) -> str:
    code = PERIOD_WORDS.get((text or "").strip())
    if code is None:
        raise InvalidInput({"period": QT_TRANSLATE_NOOP("Retention", "继续保存的期限须为 10年、30年 或 永久。")})
    return code


def kept_until(period: str, decided_on: date) -> date | None:
    """The new expiry of a volume kept for ``period`` (a code) from the end of the decision's year."""
    years = PERIOD_YEARS[period]
    return None if years is None else date(decided_on.year + years, 12, 31)


def reason_given(reason: str, field: str = "reason") -> str:
    text = (reason or "").strip()
    if len(text) < 2:
        raise InvalidInput({field: QT_TRANSLATE_NOOP("Retention", "请写明鉴定理由（为什么继续保存或销毁）。")})
    return text


@dataclass(frozen=True)
class VolumeFacts:
    """What the rules need to know about one volume before it may be put on a destruction list."""
    code: str
    expires: date | None
    destroyed: bool
    papers_on_loan: int
    open_debts: int
    open_approvals: int
    on_open_list: str          # the number of an open destruction list it is already on, or ""


def destruction_refusals(facts: VolumeFacts, as_of: date) -> list[Text]:
    """Why this volume may not be proposed for destruction (empty: it may)."""
    found: list[Text] = []
    if facts.destroyed:
        found.append(QT_TRANSLATE_NOOP("Retention", "{code} 已经销毁。").format(code=facts.code))
        return found
    if facts.expires is None:
        found.append(QT_TRANSLATE_NOOP("Retention", "{code} 为永久保存，不能销毁。").format(code=facts.code))
    elif not is_due(facts.expires, as_of):
        found.append(QT_TRANSLATE_NOOP("Retention", "{code} 的保管期限到 {date} 才满，未到期不能销毁。")
                     .format(code=facts.code, date=facts.expires.isoformat()))
    if facts.papers_on_loan:
        found.append(QT_TRANSLATE_NOOP("Retention", "{code} 有 {count} 份文件借出未还，归还后才能鉴定销毁。")
                     .format(code=facts.code, count=facts.papers_on_loan))
    if facts.open_debts:
        found.append(QT_TRANSLATE_NOOP("Retention", "{code} 的客户尚有 {count} 笔欠款未清，其档案不能销毁。")
                     .format(code=facts.code, count=facts.open_debts))
    if facts.open_approvals:
        found.append(QT_TRANSLATE_NOOP("Retention", "{code} 的客户尚有 {count} 份审批未办结，其档案不能销毁。")
                     .format(code=facts.code, count=facts.open_approvals))
    if facts.on_open_list:
        found.append(QT_TRANSLATE_NOOP("Retention", "{code} 已列入销毁清册 {number}。")
                     .format(code=facts.code, number=facts.on_open_list))
    return found


def check_decider(role: Role, decider_id: int, proposer_id: int | None) -> None:
    """A destruction list is approved or rejected by a 经理 who did not propose it."""
    if role != Role.MANAGER:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Retention", "销毁清册须由经理批准；您的角色（{label}）不能批准。")
                               .format(label=role.label))
    if proposer_id is not None and decider_id == proposer_id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Retention", "销毁清册不能由提出人自己批准，请另一位经理审批。"))


def check_state(state: str, wanted: ListState, number: str) -> None:
    if state != wanted:
        messages = {
            ListState.PROPOSED: QT_TRANSLATE_NOOP("Retention", "销毁清册 {number} 现为“{state}”，只有待批准的清册可以审批。"),
            ListState.APPROVED: QT_TRANSLATE_NOOP("Retention", "销毁清册 {number} 现为“{state}”，须经经理批准后才能执行销毁。"),
        }
        raise InvalidInput({"list": messages[wanted].format(number=number, state=ListState.label_of(state))})


def witnesses_given(names: list[str]) -> tuple[str, str]:
    cleaned = [n.strip() for n in names if n and n.strip()]
    if len(cleaned) != 2 or cleaned[0] == cleaned[1]:
        raise InvalidInput({"witnesses": QT_TRANSLATE_NOOP("Retention", "销毁须有两名监销人在场，请填写两位不同监销人的姓名。")})
    return cleaned[0], cleaned[1]
