"""Importing customer cards from a roster (.xlsx or .csv): map the columns by their Chinese headings,
check every row with the card editor's own rules, and write all of it or nothing.

A check (dry run) writes nothing and lists every problem by row, column and value. The import itself is one
transaction, recorded with the file's name and SHA-256; it can be undone as a whole while none of its cards
has been edited since. A card whose credit code or ID number is already in the archive is skipped, or
updated field by field (each change recorded) when asked.
"""
from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import IntegrityError

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.card_values import clean_card
from desktop_crm.domain.customer_card import DEFAULTS, FIELDS_BY_NAME, INDIVIDUAL_DEFAULTS, CustomerKind
from desktop_crm.domain.errors import ArchiveError, InvalidInput
from desktop_crm.domain.import_columns import KIND, field_label, propose
from desktop_crm.domain.import_values import CellProblem, cell_value, shown
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.registration_number import format_number
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.services import audit
from desktop_crm.services.authority import authorise
from desktop_crm.services.cards import account_managers
from desktop_crm.services.cards.card_storage import bulk_row, keyed, row_values, storage
from desktop_crm.services.exchange.spreadsheets import Sheet, read_sheet
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store import search_index
from desktop_crm.store.bulk_load import insert_audit, insert_customers, reserve_serials
from desktop_crm.store.control_models import QueryLog
from desktop_crm.store.database import db, is_sqlite, tuples
from desktop_crm.store.models import ChangeRecord, Customer, now
from desktop_crm.store.upkeep_models import ImportBatch, ImportedCard

ENTITY = "customer"
SKIP, UPDATE = "skip", "update"
_CODES = ("uscc", "id_number")
_CHUNK = 900          # bound parameters per statement (SQLite's old limit is 999)


@dataclass(frozen=True)
class Column:
    index: int
    heading: str
    field: str                 # a card field, KIND, or '' (not imported)

    @property
    def label(self) -> Text:
        return field_label(self.field)


@dataclass(frozen=True)
class RowProblem:
    row: int                   # the sheet's own row number, as Excel shows it
    column: str                # the heading of the column, '' for the row as a whole
    value: str
    message: Text | str


@dataclass(frozen=True)
class ImportCheck:
    file_name: str
    sha256: str
    columns: tuple[Column, ...]
    rows: int                  # rows with something in them, below the heading row
    empty_rows: int
    new: int
    duplicates: int            # already in the archive (by credit code or ID number)
    updates: int               # of those, how many the import would change
    problems: tuple[RowProblem, ...]
    file_problem: Text | None = None

    @property
    def ready(self) -> bool:
        return self.file_problem is None and not self.problems and self.rows > 0


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    created: int
    updated: int
    skipped: int
    seconds: float


@dataclass(frozen=True)
class BatchView:
    id: int
    at: datetime
    user_name: str
    file_name: str
    sha256: str
    rows: int
    created: int
    updated: int
    skipped: int
    undone_at: datetime | None
    undoable: bool


@dataclass
class _Card:
    row: int
    kind: CustomerKind
    values: dict[str, Any]
    given: set[str]            # the fields this row gave (an update changes only those)
    existing: tuple[int, int] | None = None     # (id, version) of the card with the same code


def mapping_of(sheet: Sheet, fields: dict[int, str] | None = None) -> tuple[int, tuple[Column, ...]]:
    """The heading row (the first row with anything in it) and each column's field."""
    for index, (_number, cells) in enumerate(sheet.rows):
        if any(c not in (None, "") for c in cells):
            headings = ["" if c is None else str(c).strip() for c in cells]
            proposed = propose(list(headings))
            if fields:
                proposed = [fields.get(i, f) for i, f in enumerate(proposed)]
            return index, tuple(Column(i, h, f) for i, (h, f) in enumerate(zip(headings, proposed)))
    return -1, ()


@dataclass(frozen=True)
class SheetPreview:
    """What the mapping editor shows before a check: each column's heading, proposed field and first values."""
    file_name: str
    columns: tuple[Column, ...]
    samples: tuple[tuple[str, ...], ...]     # per column, the first few values below the heading
    rows: int


def preview(acting: ActingUser, path: str | Path, samples: int = 3) -> SheetPreview:
    authorise(acting, Action.IMPORT_CARDS)
    sheet = read_sheet(path)
    start, columns = mapping_of(sheet)
    below = [cells for _number, cells in sheet.rows[start + 1:] if any(c not in (None, "") for c in cells)]
    shown_values = tuple(tuple(shown(cells[c.index]) for cells in below[:samples] if c.index < len(cells)
                               and cells[c.index] not in (None, "")) for c in columns)
    return SheetPreview(Path(path).name, columns, shown_values, len(below))


def _mapping_problem(columns: tuple[Column, ...]) -> Text | None:
    if not columns:
        return QT_TRANSLATE_NOOP("Import", "文件的第一个工作表是空的，没有可导入的内容。")
    fields = [c.field for c in columns if c.field]
    if not fields:
        return QT_TRANSLATE_NOOP("Import", "第一行不是表头：没有认出任何列名。请在第一行写上“单位名称”“统一社会信用代码”“地址”“电话”等列名后再导入。")
    if "name" not in fields:
        return QT_TRANSLATE_NOOP("Import", "没有找到名称列：请把单位名称（或个人姓名）所在的列标为“单位名称”或“姓名”。")
    twice = sorted({f for f in fields if fields.count(f) > 1})
    if twice:
        return QT_TRANSLATE_NOOP("Import", "“{label}”对应了不止一列，请只保留一列。").format(label=field_label(twice[0]))
    unknown = [f for f in fields if f != KIND and f not in FIELDS_BY_NAME]
    if unknown:
        return QT_TRANSLATE_NOOP("Import", "没有名为“{field}”的字段。").format(field=unknown[0])
    return None


def _kind_of(raw: dict[str, Any]) -> CustomerKind:
    if raw.get(KIND):
        return CustomerKind(raw[KIND])
    if raw.get("id_number") and not raw.get("uscc"):
        return CustomerKind.INDIVIDUAL
    return CustomerKind.ENTERPRISE


def _other_kind(kind: CustomerKind) -> CustomerKind:
    return CustomerKind.INDIVIDUAL if kind == CustomerKind.ENTERPRISE else CustomerKind.ENTERPRISE


def _read_rows(sheet: Sheet, columns: tuple[Column, ...], start: int, today: date
               ) -> tuple[list[_Card], list[RowProblem], int]:
    cards: list[_Card] = []
    problems: list[RowProblem] = []
    empty = 0
    heading_of = {c.field: c.heading for c in columns if c.field}
    mapped = [c for c in columns if c.field]
    seen_codes: dict[tuple[str, str], int] = {}
    read_manager = account_managers.reader()
    for number, cells in sheet.rows[start + 1:]:
        if all(c in (None, "") or (isinstance(c, str) and not c.strip()) for c in cells) \
                and not any((number, c.index) in sheet.formulas for c in mapped):
            empty += 1
            continue
        raw: dict[str, Any] = {}
        row_problems: list[RowProblem] = []
        for column in mapped:
            value = cells[column.index] if column.index < len(cells) else None
            if (number, column.index) in sheet.merged:
                row_problems.append(RowProblem(number, column.heading, "", QT_TRANSLATE_NOOP(
                    "Import", "这一格是合并单元格的一部分：请取消合并，并在每一行填上自己的值。")))
                continue
            if (number, column.index) in sheet.formulas:
                row_problems.append(RowProblem(number, column.heading, "", QT_TRANSLATE_NOOP(
                    "Import", "这一格是公式，但没有计算结果：请在 Excel 中打开并保存一次，或把公式改为数值后再导入。")))
                continue
            try:
                converted = cell_value(column.field, value)
            except CellProblem as exc:
                row_problems.append(RowProblem(number, column.heading, shown(value), exc.args[0]))
                continue
            if converted is not None:
                raw[column.field] = converted
        kind = _kind_of(raw)
        raw.pop(KIND, None)
        for name in [n for n in raw if not FIELDS_BY_NAME[n].applies_to(kind)]:
            row_problems.append(RowProblem(number, heading_of.get(name, ""), shown(raw.pop(name)), QT_TRANSLATE_NOOP(
                "Import", "“{label}”只用于{other}客户，这一行是{kind}客户：请删去这个值，或改正“企业/个人”。").format(
                label=FIELDS_BY_NAME[name].label, other=_other_kind(kind).label, kind=kind.label)))
        defaults = INDIVIDUAL_DEFAULTS if kind == CustomerKind.INDIVIDUAL else DEFAULTS
        given = set(raw)
        for name, default in defaults.items():
            raw.setdefault(name, default)
        try:
            values = clean_card(kind, raw, today)
            values["account_manager"] = read_manager(values.get("account_manager") or "")
        except InvalidInput as exc:
            for name, message in exc.problems.items():
                row_problems.append(RowProblem(number, heading_of.get(name, str(field_label(name)) if name in FIELDS_BY_NAME else name),
                                               shown(raw.get(name)), message))
            values = {}
        if not row_problems:
            for code in _CODES:
                if values.get(code):
                    first = seen_codes.setdefault((code, values[code]), number)
                    if first != number:
                        row_problems.append(RowProblem(number, heading_of.get(code, ""), values[code], QT_TRANSLATE_NOOP(
                            "Import", "与第 {row} 行的号码相同：同一客户只能有一张档案卡，请删去重复的一行。").format(row=first)))
        if row_problems:
            problems.extend(row_problems)
        else:
            cards.append(_Card(number, kind, values, {g for g in given if g in FIELDS_BY_NAME}))
    return cards, problems, empty


def _existing(cards: list[_Card]) -> None:
    """Attach the card already in the archive with the same credit code or ID number."""
    for code in _CODES:
        wanted = {c.values[code]: c for c in cards if c.values.get(code)}
        keys = list(wanted)
        for start in range(0, len(keys), _CHUNK):
            column = getattr(Customer, code)
            query = Customer.select(column, Customer.id, Customer.version).where(column.in_(keys[start:start + _CHUNK]))
            for value, customer_id, version in tuples(query):
                wanted[value].existing = (customer_id, version)


def _changes(card: _Card, old: dict[str, Any]) -> dict[str, Any]:
    """The card's values after an update: the old ones, with what this row gave in their place."""
    merged = dict(old)
    for name in card.given:
        merged[name] = card.values.get(name)
    return merged


def _prepare(acting: ActingUser, path: str | Path, fields: dict[int, str] | None, on_duplicate: str,
             today: date | None) -> tuple[ImportCheck, list[_Card], Sheet]:
    authorise(acting, Action.IMPORT_CARDS)
    if on_duplicate not in (SKIP, UPDATE):
        raise InvalidInput({"on_duplicate": QT_TRANSLATE_NOOP("Import", "重复客户的处理方式只能是 skip（跳过）或 update（更新）。")})
    sheet = read_sheet(path)
    start, columns = mapping_of(sheet, fields)
    problem = _mapping_problem(columns)
    name = Path(path).name
    if problem:
        return ImportCheck(name, sheet.sha256, columns, 0, 0, 0, 0, 0, (), problem), [], sheet
    cards, problems, empty = _read_rows(sheet, columns, start, today or clock.today())
    _existing(cards)
    duplicates = [c for c in cards if c.existing]
    updates = 0
    if on_duplicate == UPDATE and duplicates:
        olds = _old_values([c.existing[0] for c in duplicates if c.existing])
        for card in duplicates:
            assert card.existing is not None
            old = olds[card.existing[0]]
            if audit.diff(old, _changes(card, old)):
                updates += 1
    rows = len(cards) + len({p.row for p in problems})
    check = ImportCheck(name, sheet.sha256, columns, rows, empty, len(cards) - len(duplicates), len(duplicates),
                        updates, tuple(problems), None if rows else QT_TRANSLATE_NOOP("Import", "表头下面没有任何数据行。"))
    return check, cards, sheet


def _old_values(ids: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        for row in Customer.select().where(Customer.id.in_(ids[start:start + _CHUNK])):
            found[row.id] = row_values(row)
    return found


def check_file(acting: ActingUser, path: str | Path, fields: dict[int, str] | None = None,
               on_duplicate: str = SKIP, today: date | None = None) -> ImportCheck:
    """The dry run: every problem of every row, and what an import would do. Writes nothing."""
    return _prepare(acting, path, fields, on_duplicate, today)[0]


def import_file(acting: ActingUser, path: str | Path, fields: dict[int, str] | None = None,
                on_duplicate: str = SKIP, expected_sha256: str | None = None,
                today: date | None = None) -> ImportResult:
    """Import every row, or nothing: refused while any row has a problem."""
    check, result = check_and_import(acting, path, fields, on_duplicate, expected_sha256=expected_sha256, today=today)
    if result is None:
        if check.file_problem:
            raise ArchiveError(check.file_problem)
        raise InvalidInput({"file": QT_TRANSLATE_NOOP(
            "Import", "{count} 行有问题，没有导入任何档案卡。请按问题清单改正文件后重新导入。").format(
            count=len({p.row for p in check.problems}))})
    return result


def check_and_import(acting: ActingUser, path: str | Path, fields: dict[int, str] | None = None,
                     on_duplicate: str = SKIP, *, expected_sha256: str | None = None, today: date | None = None
                     ) -> tuple[ImportCheck, ImportResult | None]:
    """Check the file once and, when every row is right, import it; the result is None when nothing was
    written (the check says why)."""
    started = time.monotonic()
    check, cards, _sheet = _prepare(acting, path, fields, on_duplicate, today)
    if expected_sha256 and check.sha256 != expected_sha256:
        raise ArchiveError(QT_TRANSLATE_NOOP("Import", "文件在检查之后被改动过：请重新检查后再导入。"))
    if not check.ready:
        return check, None
    note = QT_TRANSLATE_NOOP("Import", "导入自“{name}”（SHA-256 {sha}）").format(name=check.file_name, sha=check.sha256)
    with writing():
        _existing(cards)           # again, inside the transaction: another workstation may have added one
        new = [c for c in cards if not c.existing]
        same = [c for c in cards if c.existing]
        batch = ImportBatch.create(user=acting.id, user_name=acting.display_name, kind="customers",
                                   file_name=check.file_name[:255], sha256=check.sha256, rows=len(cards))
        created = _create(acting, batch.id, new, str(note))
        updated = _update(acting, batch.id, same, str(note)) if on_duplicate == UPDATE else 0
        skipped = len(same) - updated
        ImportBatch.update(created=created, updated=updated, skipped=skipped).where(ImportBatch.id == batch.id).execute()
    return check, ImportResult(batch.id, created, updated, skipped, time.monotonic() - started)


def _create(acting: ActingUser, batch_id: int, cards: list[_Card], note: str) -> int:
    if not cards:
        return 0
    sqlite = is_sqlite()
    stamp = now()
    rows = []
    numbers: dict[str, _Card] = {}
    for kind in CustomerKind:
        of_kind = [c for c in cards if c.kind == kind]
        if not of_kind:
            continue
        first = reserve_serials(kind.value, len(of_kind))
        prefix = registry.value(f"number_prefix.{kind.value}")
        for offset, card in enumerate(of_kind):
            number = format_number(prefix, first + offset)
            numbers[number] = card
            rows.append(bulk_row(kind, number, card.values, acting, stamp, sqlite))
    with search_index.bulk_insert(db.obj) as inserted:
        inserted.append(insert_customers(rows))
    ids: dict[str, int] = {}
    keys = list(numbers)
    for start in range(0, len(keys), _CHUNK):
        ids.update(dict(tuples(Customer.select(Customer.number, Customer.id).where(Customer.number.in_(keys[start:start + _CHUNK])))))
    at = stamp.isoformat(sep=" ") if sqlite else stamp
    insert_audit((at, acting.id, acting.display_name, ENTITY, ids[number], "create", "number", "", number,
                  f"{note}第 {card.row} 行") for number, card in numbers.items())
    _insert_imported((batch_id, ids[number], "create", 1, "") for number in numbers)
    return len(numbers)


def _insert_imported(rows: Iterable[tuple]) -> None:
    rows = list(rows)
    fields = [ImportedCard.batch, ImportedCard.customer, ImportedCard.action, ImportedCard.version_after,
              ImportedCard.before]
    for start in range(0, len(rows), 500):
        ImportedCard.insert_many(rows[start:start + 500], fields=fields).execute()


def _update(acting: ActingUser, batch_id: int, cards: list[_Card], note: str) -> int:
    olds = _old_values([c.existing[0] for c in cards if c.existing])
    updated = 0
    for card in cards:
        assert card.existing is not None
        customer_id, version = card.existing
        old = olds[customer_id]
        values = _changes(card, old)
        changes = audit.diff(old, values)
        if not changes:
            continue
        row = Customer.get_by_id(customer_id)
        before = json.dumps(storage(old), ensure_ascii=False, default=str)
        done = (Customer.update(version=Customer.version + 1, updated_at=now(), updated_by=acting.id,
                                **storage(values), **keyed(values, row.number, customer_id, row.name_sort))
                .where((Customer.id == customer_id) & (Customer.version == version)).execute())
        if done != 1:
            raise ArchiveError(QT_TRANSLATE_NOOP("Import", "第 {row} 行对应的档案卡刚被其他用户更正，没有导入任何档案卡。请重新导入。").format(row=card.row))
        audit.record(acting, ENTITY, customer_id, "update", changes, note=f"{note}第 {card.row} 行")
        _insert_imported([(batch_id, customer_id, "update", version + 1, before)])
        updated += 1
    return updated


# --- the imports made, and undoing one ----------------------------------------------------------------
def batches(acting: ActingUser, limit: int = 200) -> list[BatchView]:
    authorise(acting, Action.IMPORT_CARDS)
    views = []
    for batch in ImportBatch.select().order_by(ImportBatch.at.desc(), ImportBatch.id.desc()).limit(limit):
        views.append(BatchView(batch.id, batch.at, batch.user_name, batch.file_name, batch.sha256, batch.rows,
                               batch.created, batch.updated, batch.skipped, batch.undone_at,
                               batch.undone_at is None and not _edited_since(batch.id)))
    return views


def _edited_since(batch_id: int) -> list[str]:
    """Numbers of the batch's cards that changed after the import (their version moved on)."""
    query = (ImportedCard.select(Customer.number).join(Customer, on=(ImportedCard.customer == Customer.id))
             .where((ImportedCard.batch == batch_id) & (Customer.version != ImportedCard.version_after)))
    return [number for (number,) in tuples(query)]


def undo(acting: ActingUser, batch_id: int, reason: str) -> int:
    """Take a whole import back: its new cards removed, its updates put back as they were. Refused once any
    of its cards has been edited since, or has papers, loans or credit records of its own."""
    authorise(acting, Action.IMPORT_CARDS)
    if not (reason or "").strip():
        raise InvalidInput({"reason": QT_TRANSLATE_NOOP("Import", "请写明撤销导入的原因，例如 导入了错误的名册。")})
    with writing():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None:
            raise InvalidInput({"batch": QT_TRANSLATE_NOOP("Import", "没有编号为 {id} 的导入。").format(id=batch_id)})
        if batch.undone_at is not None:
            raise InvalidInput({"batch": QT_TRANSLATE_NOOP("Import", "这次导入已于 {at} 撤销。").format(at=f"{batch.undone_at:%Y-%m-%d %H:%M}")})
        edited = _edited_since(batch_id)
        if edited:
            raise InvalidInput({"batch": QT_TRANSLATE_NOOP(
                "Import", "这次导入的 {count} 张档案卡此后已被更正（如 {numbers}），不能整批撤销。").format(
                count=len(edited), numbers="、".join(edited[:5]))})
        items = list(ImportedCard.select().where(ImportedCard.batch == batch_id).order_by(ImportedCard.id.desc()))
        note = f"撤销导入“{batch.file_name}”：{reason.strip()}"
        for item in items:
            if item.action == "update":
                before = json.loads(item.before)
                old = Customer.get_by_id(item.customer_id)
                current = row_values(old)
                Customer.update(version=Customer.version + 1, updated_at=now(), updated_by=acting.id, **before).where(
                    Customer.id == item.customer_id).execute()
                restored = Customer.get_by_id(item.customer_id)
                values = row_values(restored)
                Customer.update(**keyed(values, restored.number, item.customer_id, old.name_sort)).where(
                    Customer.id == item.customer_id).execute()
                audit.record(acting, ENTITY, item.customer_id, "update", audit.diff(current, values), note=note)
        created = [i.customer_id for i in items if i.action == "create"]
        for start in range(0, len(created), _CHUNK):
            chunk = created[start:start + _CHUNK]
            for number, name, customer_id in tuples(Customer.select(Customer.number, Customer.name, Customer.id)
                                                     .where(Customer.id.in_(chunk))):
                QueryLog.update(detail=QueryLog.detail.concat(f"（{number} {name}，已随导入撤销）")).where(
                    QueryLog.customer == customer_id).execute()
            ChangeRecord.insert_many([dict(user=acting.id, user_name=acting.display_name, entity=ENTITY, entity_id=cid,
                                           action="delete", note=note) for cid in chunk]).execute()
            try:
                with db.atomic():
                    ImportedCard.delete().where(ImportedCard.customer.in_(chunk)).execute()
                    Customer.delete().where(Customer.id.in_(chunk)).execute()
            except IntegrityError:
                raise InvalidInput({"batch": QT_TRANSLATE_NOOP(
                    "Import", "这次导入的档案卡已有归档文件、借阅或信用记录，不能整批撤销；请逐张更正。")}) from None
        ImportBatch.update(undone_at=now(), undone_by=acting.display_name).where(ImportBatch.id == batch_id).execute()
    return len(items)
