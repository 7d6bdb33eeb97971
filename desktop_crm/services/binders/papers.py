"""The loose-leaf binder: filing, correcting, moving and withdrawing papers, and numbering them.

Every write is one transaction that renumbers the affected catalogues and records the trail,
renumbering included (old 序号 → new 序号 for each paper that moved).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import JOIN, fn

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import KINDS_BY_CODE, Category
from desktop_crm.domain.catalogue_order import Paper, place
from desktop_crm.domain.document_values import DocumentValues, clean_document, display_title
from desktop_crm.domain.errors import InvalidInput, NotFound, StaleCard
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.binders.frozen import ensure_not_frozen, ensure_year_open
from desktop_crm.services.control.lending import papers_out
from desktop_crm.services.transaction import writing
from desktop_crm.store.binder_models import ContractOrder, Document, DocumentScan
from desktop_crm.store.models import Customer, now

ENTITY = "document"
_LABELS = {"category": "类别", "kind": "种类", "year": "归档年度", "title": "题名", "title_made_up": "自拟题名",
           "doc_number": "文号", "author": "责任者", "doc_date": "日期", "pages": "页数", "is_original": "原件",
           "retention": "保管期限", "remarks": "备注", "valid_until": "有效期至", "order_id": "对应订单",
           "seq": "序号", "removed": "撤出"}


@dataclass(frozen=True)
class DocumentRow:
    id: int
    uid: str
    customer_id: int
    category: Category
    year: int
    seq: int
    kind: str
    title: str              # as printed: a made-up title in [ ]
    raw_title: str
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
    order_number: str
    scans: int
    version: int
    on_loan: str = ""       # who has it and until when, while it is out

    @property
    def kind_label(self) -> str:
        return KINDS_BY_CODE[self.kind].label

    def values(self) -> dict[str, Any]:
        """The paper as the document dialog and :func:`update_document` take it."""
        return {"category": int(self.category), "kind": self.kind, "year": self.year, "title": self.raw_title,
                "title_made_up": self.title_made_up, "doc_number": self.doc_number, "author": self.author,
                "doc_date": self.doc_date, "pages": self.pages, "is_original": self.is_original,
                "retention": self.retention, "remarks": self.remarks, "valid_until": self.valid_until,
                "order_id": self.order_id}


def _stored(values: DocumentValues) -> dict[str, Any]:
    return {"category": int(values.category), "kind": values.kind, "year": values.year, "title": values.title,
            "title_made_up": values.title_made_up, "doc_number": values.doc_number, "author": values.author,
            "doc_date": values.doc_date, "pages": values.pages, "is_original": values.is_original,
            "retention": values.retention, "remarks": values.remarks, "valid_until": values.valid_until,
            "order": values.order_id}


def _as_audit(values: dict[str, Any]) -> dict[str, Any]:
    return {_LABELS[k if k != "order" else "order_id"]: v for k, v in values.items()}


def _check_order(customer_id: int, order_id: int | None) -> None:
    if order_id is None:
        return
    order = ContractOrder.get_or_none(ContractOrder.id == order_id)
    if order is None or order.customer_id != customer_id or order.removed:
        raise InvalidInput({"order_id": QT_TRANSLATE_NOOP("Binders", "所选合同订单不属于该客户或已撤销，请重新选择。")})


def renumber(acting: ActingUser, customer_id: int, category: int, year: int) -> int:
    """Give the catalogue of customer + category + year its numbers again; returns how many changed.

    A bound year is never renumbered: its numbers are printed in the volume's catalogue."""
    ensure_year_open(customer_id, category, year)
    rows = list(Document.select(Document.id, Document.kind, Document.doc_date, Document.pages, Document.seq)
                .where((Document.customer == customer_id) & (Document.category == category)
                       & (Document.year == year) & (Document.removed == False)))  # noqa: E712
    old = {r.id: r.seq for r in rows}
    changed = 0
    for placement in place([Paper(r.id, r.kind, r.doc_date, r.pages) for r in rows]):
        if old[placement.id] != placement.seq:
            Document.update(seq=placement.seq).where(Document.id == placement.id).execute()
            if old[placement.id]:   # a new paper's first number is part of its filing, not a renumbering
                audit.record(acting, ENTITY, placement.id, "renumber",
                             [audit.Change("序号", old[placement.id], placement.seq)])
            changed += 1
    return changed


def _file(acting: ActingUser, customer_id: int, values: DocumentValues, note: str = "") -> int:
    """File a checked paper inside the caller's transaction; returns its id."""
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise NotFound(QT_TRANSLATE_NOOP("Binders", "该客户不存在。"))
    _check_order(customer_id, values.order_id)
    ensure_year_open(customer_id, int(values.category), values.year)
    row = Document.create(customer=customer_id, created_by=acting.id, **_stored(values))
    renumber(acting, customer_id, int(values.category), values.year)
    audit.record(acting, ENTITY, row.id, "create",
                 [audit.Change(k, None, v) for k, v in _as_audit(_stored(values)).items() if v not in (None, "")],
                 note=note)
    return row.id


def file_document(acting: ActingUser, customer_id: int, raw: dict[str, Any], today: date | None = None) -> DocumentRow:
    """File a new paper; it takes its place in the catalogue and the papers after it move down."""
    authorise(acting, Action.FILE_PAPERS)
    values = clean_document(raw, today or clock.today())
    with writing():
        document_id = _file(acting, customer_id, values)
    return _one(document_id)


def file_generated(acting: ActingUser, customer_id: int, raw: dict[str, Any], note: str,
                   today: date | None = None) -> int:
    """File a paper the desk made itself (a decided approval form, a visit report …) under the same rules
    as filing by hand; the calling service has checked the acting user's authority. Returns its id."""
    values = clean_document(raw, today or clock.today())
    with writing():
        return _file(acting, customer_id, values, note)


def update_document(acting: ActingUser, document_id: int, expected_version: int, raw: dict[str, Any], *,
                    note: str = "", today: date | None = None) -> DocumentRow:
    """Correct a paper's entry (moving it to another category is a correction too, with its reason)."""
    authorise(acting, Action.FILE_PAPERS)
    values = clean_document(raw, today or clock.today())
    with writing():
        row = _live(document_id)
        ensure_not_frozen(document_id)
        if row.version != expected_version:
            raise StaleCard(QT_TRANSLATE_NOOP("Binders", "此文件条目已被他人修改，您的修改没有覆盖它。请重新打开后再修改。"))
        ensure_year_open(row.customer_id, int(values.category), values.year)
        _check_order(row.customer_id, values.order_id)
        before = {k: getattr(row, k if k != "order" else "order_id") for k in _stored(values)}
        after = _stored(values)
        changes = audit.diff(_as_audit(before), _as_audit(after))
        if not changes:
            return _one(document_id)
        Document.update(version=Document.version + 1, updated_at=now(), **after).where(
            (Document.id == document_id) & (Document.version == expected_version)).execute()
        renumber(acting, row.customer_id, row.category, row.year)
        if (row.category, row.year) != (int(values.category), values.year):
            renumber(acting, row.customer_id, int(values.category), values.year)
        audit.record(acting, ENTITY, document_id, "update", changes, note=note)
    return _one(document_id)


def move_document(acting: ActingUser, document_id: int, expected_version: int, category: Category, kind: str,
                  reason: str) -> DocumentRow:
    if not (reason or "").strip():
        raise InvalidInput({"reason": QT_TRANSLATE_NOOP("Binders", "移动已归档的文件须写明原因。")})
    current = _one(document_id)
    return update_document(acting, document_id, expected_version,
                           {**current.values(), "category": int(category), "kind": kind}, note=reason.strip())


def remove_document(acting: ActingUser, document_id: int, expected_version: int, reason: str) -> None:
    """Withdraw a filed paper from the catalogue. It is never deleted: it stays, marked, with its reason."""
    authorise(acting, Action.FILE_PAPERS)
    if not (reason or "").strip():
        raise InvalidInput({"reason": QT_TRANSLATE_NOOP("Binders", "撤出已归档的文件须写明原因。")})
    with writing():
        row = _live(document_id)
        ensure_not_frozen(document_id)
        if row.version != expected_version:
            raise StaleCard(QT_TRANSLATE_NOOP("Binders", "此文件条目已被他人修改，请重新打开后再操作。"))
        Document.update(removed=True, removed_reason=reason.strip(), version=Document.version + 1,
                        updated_at=now()).where(Document.id == document_id).execute()
        audit.record(acting, ENTITY, document_id, "remove", [audit.Change("撤出", False, True)], note=reason.strip())
        renumber(acting, row.customer_id, row.category, row.year)


def _live(document_id: int) -> Document:
    row = Document.get_or_none((Document.id == document_id) & (Document.removed == False))  # noqa: E712
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Binders", "该文件不存在或已撤出。"))
    return row


_ROW_COLUMNS = (Document.id, Document.uid, Document.customer, Document.category, Document.year, Document.seq,
                Document.kind, Document.title, Document.title_made_up, Document.doc_number, Document.author,
                Document.doc_date, Document.pages, Document.is_original, Document.retention, Document.remarks,
                Document.valid_until, Document.order, Document.version)


def _rows(query) -> list[DocumentRow]:
    """Rows with their order number and scan count, read as plain tuples (a binder may hold thousands)."""
    scans = (DocumentScan.select(fn.COUNT(DocumentScan.id)).where(DocumentScan.document == Document.id))
    query = (query.select(*_ROW_COLUMNS, ContractOrder.number, scans.alias("scan_count"))
             .join(ContractOrder, JOIN.LEFT_OUTER, on=(Document.order == ContractOrder.id)))
    found = list(query.tuples())
    out = papers_out([r[0] for r in found])
    rows = []
    for (id_, uid, customer, category, year, seq, kind, title, made_up, number, author, doc_date, pages,
         original, retention, remarks, valid_until, order_id, version, order_number, scan_count) in found:
        loan = out.get(id_)
        rows.append(DocumentRow(id_, uid, customer, Category(category), year, seq, kind,
                                display_title(title, made_up), title, bool(made_up), number, author,
                                _as_date(doc_date), pages, bool(original), retention, remarks,
                                _as_date(valid_until), order_id, order_number or "", scan_count, version,
                                f"{loan[0]} 至 {loan[1]:%Y-%m-%d}" if loan else ""))
    return rows


def _as_date(value) -> date | None:
    """Tuples skip peewee's conversion: SQLite hands dates back as ISO text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _one(document_id: int) -> DocumentRow:
    found = _rows(Document.select().where(Document.id == document_id))
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Binders", "该文件不存在。"))
    return found[0]


def get_document(acting: ActingUser, document_id: int) -> DocumentRow:
    authorise(acting, Action.QUERY_ARCHIVE)
    paper = _one(document_id)
    query_register.record(acting, QueryAction.PAPER, paper.customer_id,
                          f"{paper.category.numbered_label} {paper.year} 第{paper.seq}件 {paper.title}")
    return paper


def catalogue_rows(customer_id: int, category: Category, year: int) -> list[DocumentRow]:
    """The catalogue without a register entry, for services that register their own read."""
    return _rows(Document.select().where(
        (Document.customer == customer_id) & (Document.category == int(category)) & (Document.year == year)
        & (Document.removed == False)).order_by(Document.seq))  # noqa: E712


def binder_catalogue(acting: ActingUser, customer_id: int, category: Category, year: int) -> list[DocumentRow]:
    """The papers of one category and year in catalogue order (withdrawn papers left out)."""
    authorise(acting, Action.QUERY_ARCHIVE)
    rows = catalogue_rows(customer_id, category, year)
    query_register.record(acting, QueryAction.CATALOGUE, customer_id,
                          f"{Category(category).numbered_label} {year} 目录，{len(rows)} 件")
    return rows


def binder_contents(acting: ActingUser, customer_id: int, year: int) -> dict[Category, list[DocumentRow]]:
    """Every category's catalogue of one year, as the binder window shows them: one entry in the register."""
    authorise(acting, Action.QUERY_ARCHIVE)
    contents = {category: catalogue_rows(customer_id, category, year) for category in Category}
    query_register.record(acting, QueryAction.OPEN_BINDER, customer_id,
                          f"{year} 年度，{sum(len(v) for v in contents.values())} 件")
    return contents


def open_binder(acting: ActingUser, customer_id: int):
    """The card of the customer whose binder is opened; the look goes into the query register."""
    from desktop_crm.services.cards import customers

    return customers.get_card(acting, customer_id, purpose=QueryAction.OPEN_BINDER)


def binder_years(acting: ActingUser, customer_id: int) -> list[int]:
    """The years that have papers, newest first, always including the current loose-leaf year."""
    authorise(acting, Action.QUERY_ARCHIVE)
    years = {r[0] for r in Document.select(Document.year).where(Document.customer == customer_id).distinct().tuples()}
    years.add(clock.today().year)
    return sorted(years, reverse=True)


def document_history(acting: ActingUser, document_id: int) -> list[audit.HistoryEntry]:
    authorise(acting, Action.QUERY_ARCHIVE)
    paper = _one(document_id)
    query_register.record(acting, QueryAction.PAPER, paper.customer_id, f"文件更正记录 {paper.title}")
    return audit.history(ENTITY, document_id)
