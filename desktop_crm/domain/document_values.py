"""What a filed paper records, checked with a Chinese message for every problem."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_crm.domain import clock
from desktop_crm.domain.binder_categories import KINDS_BY_CODE, RETENTIONS, Category
from desktop_crm.domain.card_values import parse_paper_date
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.text_input import UnsafeText, clean_text
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

MAX_TITLE = 300


@dataclass(frozen=True)
class DocumentValues:
    category: Category
    kind: str
    year: int
    title: str
    title_made_up: bool
    doc_number: str
    author: str
    doc_date: date | None
    pages: int | None
    is_original: bool
    retention: str
    remarks: str
    valid_until: date | None
    order_id: int | None


def display_title(title: str, made_up: bool) -> str:
    """A title the custodian had to make up is written inside [ ] (volume-format.md)."""
    return f"[{title}]" if made_up else title


def _date(raw: Any, label: str, problems: dict[str, str], key: str) -> date | None:
    if raw in (None, ""):
        return None
    if isinstance(raw, date):
        return raw
    try:
        return parse_paper_date(str(raw))
    except (ValueError, TypeError, OverflowError):
        problems[key] = QT_TRANSLATE_NOOP("Binder", "{label}“{raw}”不是有效日期，请按 20240315 或 2024-03-15 填写。").format(label=label, raw=raw)
        return None


def _whole(raw: Any) -> int:
    """A whole number as typed: ASCII digits after NFKC (１２ reads as 12), at most ten of them."""
    if isinstance(raw, bool):
        raise ValueError(raw)
    if isinstance(raw, int):
        return raw
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        raise ValueError(raw)
    return int(text)


def clean_document(raw: dict[str, Any], today: date | None = None) -> DocumentValues:
    """Typed values of a paper; raises :class:`InvalidInput` listing every problem at once."""
    today = today or clock.today()
    problems: dict[str, str] = {}
    try:
        category = Category(_whole(raw.get("category") or 0))
    except ValueError:
        category = None
        problems["category"] = QT_TRANSLATE_NOOP("Binder", "请选择类别（1 至 5）。")
    kind = KINDS_BY_CODE.get(str(raw.get("kind") or ""))
    if kind is None:
        problems["kind"] = QT_TRANSLATE_NOOP("Binder", "请选择文件种类。")
    elif category is not None and kind.category != category:
        problems["kind"] = QT_TRANSLATE_NOOP("Binder", "“{label}”属于{numbered_label}，不能归入{numbered_label2}。").format(label=kind.label, numbered_label=kind.category.numbered_label, numbered_label2=category.numbered_label)
    texts = {}
    for key, label in (("title", "题名"), ("doc_number", "文号"), ("author", "责任者"), ("remarks", "备注")):
        try:
            texts[key] = clean_text(label, raw.get(key) or "")
        except UnsafeText as exc:
            problems[key] = exc.args[0]
            texts[key] = ""
    title = texts["title"]
    if not title and "title" not in problems:
        problems["title"] = QT_TRANSLATE_NOOP("Binder", "请填写题名；原件无标题时可自拟，并勾选“自拟题名”。")
    elif len(title) > MAX_TITLE:
        problems["title"] = QT_TRANSLATE_NOOP("Binder", "题名过长（{count}字），最多{MAX_TITLE}字。").format(count=len(title), MAX_TITLE=MAX_TITLE)
    try:
        year = _whole(raw.get("year") or today.year)
        if not 1949 <= year <= today.year + 1:
            raise ValueError
    except ValueError:
        year = today.year
        problems["year"] = QT_TRANSLATE_NOOP("Binder", "归档年度“{value}”不合理，请填写四位年份。").format(value=raw.get('year'))
    doc_date = _date(raw.get("doc_date"), "日期", problems, "doc_date")
    if doc_date and doc_date > today:
        problems["doc_date"] = QT_TRANSLATE_NOOP("Binder", "文件日期晚于今天，请核对。")
    pages_raw = raw.get("pages")
    pages = None
    if pages_raw not in (None, ""):
        try:
            pages = _whole(pages_raw)
            if pages < 1 or pages > 5000:
                raise ValueError
        except ValueError:
            problems["pages"] = QT_TRANSLATE_NOOP("Binder", "页数应为1至5000的整数，现为“{pages_raw}”。").format(pages_raw=pages_raw)
    retention = str(raw.get("retention") or "")
    if retention not in RETENTIONS:
        problems["retention"] = QT_TRANSLATE_NOOP("Binder", "请选择保管期限：永久、30年或10年。")
    valid_until = _date(raw.get("valid_until"), "有效期", problems, "valid_until")
    order_raw = raw.get("order_id")
    order_id = None
    if order_raw not in (None, ""):
        try:
            order_id = _whole(order_raw)
        except ValueError:
            problems["order_id"] = QT_TRANSLATE_NOOP("Binder", "合同订单“{value}”不存在，请从列表中选择。").format(value=order_raw)
    if kind is not None and kind.per_order and order_raw in (None, ""):
        problems["order_id"] = QT_TRANSLATE_NOOP("Binder", "“{label}”须注明对应的合同订单。").format(label=kind.label)
    if problems:
        raise InvalidInput(problems)
    return DocumentValues(category, kind.code, year, title, bool(raw.get("title_made_up")),
                          texts["doc_number"], texts["author"], doc_date, pages, bool(raw.get("is_original")),
                          retention, texts["remarks"], valid_until, order_id)
