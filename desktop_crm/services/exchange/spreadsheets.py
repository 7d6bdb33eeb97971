"""Reading a roster (the first sheet of an .xlsx, or a CSV in UTF-8 or GB18030) and writing lists out as
.xlsx (header row, frozen panes, readable widths) or CSV with a BOM, so Excel on Chinese Windows opens it.

Reading keeps what the import must report on: which cells are parts of merged cells and which hold a
formula without a value Excel worked out.
"""
from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.output_files import FileProblem, problem_with, write_atomically

MAX_ROWS = 200_000
MAX_COLUMNS = 200


@dataclass
class Sheet:
    """The cells of a sheet, row by row (1-based sheet row numbers kept for messages)."""
    name: str
    rows: list[tuple[int, list[Any]]]
    merged: set[tuple[int, int]] = field(default_factory=set)       # (row, column) inside a merged range, not its first cell
    formulas: set[tuple[int, int]] = field(default_factory=set)     # formulas with no computed value
    sha256: str = ""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_sheet(path: str | Path) -> Sheet:
    path = Path(path).expanduser()
    if not path.is_file():
        raise FileProblem(QT_TRANSLATE_NOOP("Exchange", "找不到文件“{path}”。").format(path=str(path)))
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            sheet = _read_workbook(path)
        elif suffix in (".csv", ".txt"):
            sheet = _read_csv(path)
        elif suffix == ".xls":
            raise FileProblem(QT_TRANSLATE_NOOP(
                "Exchange", "“{name}”是旧版 Excel（.xls）文件：请在 Excel 或 WPS 中另存为 .xlsx 后再导入。").format(name=path.name))
        else:
            raise FileProblem(QT_TRANSLATE_NOOP("Exchange", "只能导入 .xlsx 或 .csv 文件，“{name}”不是。").format(name=path.name))
    except OSError as exc:
        raise problem_with(path, exc) from None
    sheet.sha256 = sha256_of(path)
    return sheet


def _read_workbook(path: Path) -> Sheet:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise FileProblem(QT_TRANSLATE_NOOP(
            "Exchange", "“{name}”无法作为 Excel 工作簿打开（{reason}）：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。"
        ).format(name=path.name, reason=exc.__class__.__name__)) from None
    sheet = book.worksheets[0]
    if sheet.max_row > MAX_ROWS + 1 or sheet.max_column > MAX_COLUMNS:
        raise FileProblem(QT_TRANSLATE_NOOP("Exchange", "“{name}”的第一个工作表超过 {rows} 行或 {columns} 列，请分成几个文件导入。").format(
            name=path.name, rows=MAX_ROWS, columns=MAX_COLUMNS))
    merged: set[tuple[int, int]] = set()
    for cells in sheet.merged_cells.ranges:
        for row in range(cells.min_row, cells.max_row + 1):
            for column in range(cells.min_col, cells.max_col + 1):
                if (row, column) != (cells.min_row, cells.min_col):
                    merged.add((row, column - 1))
    formula_cells: list[tuple[int, int, str]] = []
    rows: list[tuple[int, list[Any]]] = []
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        values: list[Any] = []
        for cell in cells:
            if cell.data_type == "f":
                formula_cells.append((number, len(values), cell.coordinate))
                values.append(None)
            else:
                values.append(cell.value)
        rows.append((number, values))
    formulas: set[tuple[int, int]] = set()
    if formula_cells:                         # only then is the workbook read again, for Excel's results
        computed = load_workbook(path, data_only=True).worksheets[0]
        by_number = dict(rows)
        for number, column, coordinate in formula_cells:
            value = computed[coordinate].value
            if value is None:
                formulas.add((number, column))
            else:
                by_number[number][column] = value
    return Sheet(sheet.title, rows, merged, formulas)


def _read_csv(path: Path) -> Sheet:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise FileProblem(QT_TRANSLATE_NOOP("Exchange", "“{name}”既不是 UTF-8 也不是 GB18030 编码的文本，无法读取。").format(name=path.name))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows = [(number, list(cells)) for number, cells in enumerate(reader, start=1)]
    if len(rows) > MAX_ROWS + 1:
        raise FileProblem(QT_TRANSLATE_NOOP("Exchange", "“{name}”超过 {rows} 行，请分成几个文件导入。").format(name=path.name, rows=MAX_ROWS))
    return Sheet(path.stem, rows)


# --- writing -------------------------------------------------------------------------------------------
def _width(text: str) -> float:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def workbook_bytes(title: str, headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """An .xlsx with a bold header row, frozen under it, filtered, and columns wide enough to read."""
    return workbook_of_sheets([(title, headings, rows)])


def workbook_of_sheets(sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]]) -> bytes:
    """An .xlsx of several (title, headings, rows) sheets, each laid out as :func:`workbook_bytes` lays one."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, headings, rows in sheets:
        _fill(book.create_sheet(title[:31] or "Sheet1"), headings, rows)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fill(sheet, headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet.append(list(headings))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    widths = [_width(str(h)) for h in headings]
    for number, row in enumerate(rows, start=2):
        sheet.append([_cell(v) for v in row])
        for index, value in enumerate(row[:len(widths)]):
            widths[index] = max(widths[index], _width(str(value if value is not None else "")))
            if isinstance(value, str):     # text stays text when retyped in Excel (codes never become 9.1E+17)
                sheet.cell(number, index + 1).number_format = "@"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 6), 60)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{len(rows) + 1}"


def _cell(value: Any) -> Any:
    """Codes stay text (a credit code or account number must not become 9.14E+17 in Excel)."""
    if isinstance(value, str) and value[:1] == "=":
        return "'" + value          # never let exported text run as a formula
    return value


def csv_bytes(headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headings)
    for row in rows:
        writer.writerow(["" if v is None else (("'" + v) if isinstance(v, str) and v[:1] in "=+-@" and not _number_like(v) else v)
                         for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def _number_like(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def write_table(path: str | Path, title: str, headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """Write ``rows`` as .xlsx or .csv, chosen by the file name."""
    path = Path(path).expanduser()
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_atomically(path, workbook_bytes(title, headings, rows))
    if suffix == ".csv":
        return write_atomically(path, csv_bytes(headings, rows))
    raise FileProblem(QT_TRANSLATE_NOOP("Exchange", "导出文件名须以 .xlsx 或 .csv 结尾，例如 {example}。").format(
        example=str(path.with_suffix(".xlsx"))))
