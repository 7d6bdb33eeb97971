"""客户访问日报 and 客户投诉管理卡 as the custodian types them in from paper: what each must hold, checked
field by field with the message shown beside the field."""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop_crm.domain.choices import Choice
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.text_input import checked_text
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text


class VisitKind(Choice):
    DAILY = "daily"
    URGENT = "urgent"
    PERIODIC = "periodic"

    @classmethod
    def labels(cls) -> dict:
        return _KIND_LABELS


_KIND_LABELS = {VisitKind.DAILY: QT_TRANSLATE_NOOP("Visits", "日报"), VisitKind.URGENT: QT_TRANSLATE_NOOP("Visits", "紧急报告"),
                VisitKind.PERIODIC: QT_TRANSLATE_NOOP("Visits", "定期报告")}
SATISFACTION = ("很满意", "满意", "基本满意", "不太满意", "不满意")     # the card's five levels


def _day(raw: Any, field: str, label: Text, problems: dict[str, Text], today: date) -> date | None:
    if isinstance(raw, date):
        value = raw
    else:
        try:
            value = date.fromisoformat(str(raw or "").strip())
        except ValueError:
            problems[field] = QT_TRANSLATE_NOOP("Visits", "请按 2026-03-15 的格式填写{label}。").format(label=label)
            return None
    if value > today:
        problems[field] = QT_TRANSLATE_NOOP("Visits", "{label}不能晚于今天。").format(label=label)
    return value


def _texts(raw: dict[str, Any], specs: tuple[tuple[str, Text, int, bool], ...], problems: dict[str, Text]) -> dict[str, str]:
    found = {}
    for field, label, limit, required in specs:
        try:
            found[field] = checked_text(field, label, raw.get(field), limit)
        except InvalidInput as exc:
            problems.update({k: Text("Visits", str(v)) if not isinstance(v, Text) else v for k, v in exc.problems.items()})
            continue
        if required and not found[field]:
            problems[field] = QT_TRANSLATE_NOOP("Visits", "请填写{label}。").format(label=label)
    return found


def clean_visit(raw: dict[str, Any], today: date) -> dict[str, Any]:
    problems: dict[str, Text] = {}
    kind = str(raw.get("kind") or "")
    if kind not in VisitKind.values():
        problems["kind"] = QT_TRANSLATE_NOOP("Visits", "请选择报告种类：日报、紧急报告或定期报告。")
    visited_on = _day(raw.get("visited_on"), "visited_on", QT_TRANSLATE_NOOP("Visits", "访问日期"), problems, today)
    texts = _texts(raw, (("visitor", QT_TRANSLATE_NOOP("Visits", "访问人"), 40, True),
                         ("content", QT_TRANSLATE_NOOP("Visits", "访问内容"), 4000, True),
                         ("follow_up", QT_TRANSLATE_NOOP("Visits", "后续措施"), 2000, False)), problems)
    if problems:
        raise InvalidInput(problems)
    return {"kind": kind, "visited_on": visited_on, **texts}


def clean_complaint(raw: dict[str, Any], today: date) -> dict[str, Any]:
    problems: dict[str, Text] = {}
    received_on = _day(raw.get("received_on"), "received_on", QT_TRANSLATE_NOOP("Visits", "投诉日期"), problems, today)
    texts = _texts(raw, (("complaint", QT_TRANSLATE_NOOP("Visits", "投诉内容"), 4000, True),
                         ("handling", QT_TRANSLATE_NOOP("Visits", "处理经过"), 4000, True),
                         ("result", QT_TRANSLATE_NOOP("Visits", "处理结果"), 2000, False)), problems)
    satisfaction = str(raw.get("satisfaction") or "")
    if satisfaction and satisfaction not in SATISFACTION:
        problems["satisfaction"] = QT_TRANSLATE_NOOP("Visits", "满意程度请从 很满意、满意、基本满意、不太满意、不满意 中选择。")
    if problems:
        raise InvalidInput(problems)
    return {"received_on": received_on, "satisfaction": satisfaction, **texts}
