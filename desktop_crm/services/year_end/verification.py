"""Reading a printed volume back and checking it is the paper volume page for page: every catalogue row's
页号 is the stamped page its paper starts on, the stamps run 1…n on the right sides, and the cover and the
remarks sheet give the number of pages the file really has.

It reads only the PDF — the words and where they stand, the bookmarks — so it can judge any file the
desk printed, today or years ago (``desktop-crm volume verify``, and ``check`` over every file it knows).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP, Text
from desktop_crm.printing.catalogue_pdf import COLUMNS
from desktop_crm.printing.page_drawing import MM
from desktop_crm.services.authority import authorise
from desktop_crm.services.year_end import volume_output
from desktop_crm.store.database import tuples
from desktop_crm.store.scan_files import sha256_of
from desktop_crm.store.volume_models import Volume, VolumePrint

_TOP_RIGHT, _TOP_LEFT = QT_TRANSLATE_NOOP("YearEnd", "右上角"), QT_TRANSLATE_NOOP("YearEnd", "左上角")
_FRONT, _BACK = QT_TRANSLATE_NOOP("YearEnd", "右上角（正面）"), QT_TRANSLATE_NOOP("YearEnd", "左上角（背面）")
_PAGE_COLUMN = (25 + sum(c.width_mm for c in COLUMNS[:5])) * MM, (25 + sum(c.width_mm for c in COLUMNS[:6])) * MM


@dataclass
class VolumeCheck:
    code: str
    source: str                    # the file read, or "（打印输出）" for a fresh rendering
    stamped_pages: int = 0
    cover_code: str = ""
    problems: list[Text] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Stamp:
    number: int
    right: bool


def _shown(page, x: float, y: float) -> tuple[float, float, float, float]:
    """A point of the page's user space as the page is shown (after /Rotate): (u, v, shown width, height)."""
    box = page.mediabox
    left, bottom, width, height = float(box.left), float(box.bottom), float(box.width), float(box.height)
    x, y = x - left, y - bottom
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    if rotate == 90:
        return y, width - x, height, width
    if rotate == 180:
        return width - x, height - y, width, height
    if rotate == 270:
        return height - y, x, height, width
    return x, y, width, height


def _words(page) -> list[tuple[str, float, float, float, float, str]]:
    """Every piece of text with its position as shown: (text, u, v, shown width, shown height, font)."""
    found = []

    def visit(text, cm, tm, font, size):
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        u, v, w, h = _shown(page, x, y)
        name = str(font.get("/BaseFont", "")) if font else ""
        found.append((text.strip(), u, v, w, h, name))
    page.extract_text(visitor_text=visit)
    return found


def _stamp_of(page) -> _Stamp | None:
    for text, u, v, w, h, font in _words(page):
        if font.endswith("Helvetica") and text.isdigit() and v > h - 20 * MM:
            return _Stamp(int(text), u > w / 2)
    return None


def _catalogue_pages(reader: PdfReader) -> list[int]:
    return [i for i, page in enumerate(reader.pages) if "卷内文件目录" in (page.extract_text() or "")]


def _page_column(reader: PdfReader, pages: list[int]) -> list[tuple[int, int]]:
    """The 页号 of each catalogue row, top to bottom: (first page, last page)."""
    rows = []
    low, high = _PAGE_COLUMN
    for index in pages:
        cells = sorted(((v, text) for text, u, v, w, h, font in _words(reader.pages[index])
                        if low - 1 <= u <= high and re.fullmatch(r"\d+(-\d+)?", text)), reverse=True)
        for _, text in cells:
            first, _, last = text.partition("-")
            rows.append((int(first), int(last or first)))
    return rows


def _outline_starts(reader: PdfReader) -> list[int]:
    """The page (index) each paper's bookmark points at, in the order of the bookmarks."""
    starts = []
    for item in reader.outline:
        if not isinstance(item, list):
            page = reader.get_destination_page_number(item)
            starts.append(page if page is not None else -1)
    return starts


def _pages_said(text: str, pattern: str) -> int | None:
    match = re.search(pattern, text)
    return int(match.group(1)) if match else None


def verify_pdf(pdf: bytes, code: str, source: str) -> VolumeCheck:
    """Check one volume file (with its scans, or the front matter alone)."""
    check = VolumeCheck(code, source)
    try:
        reader = PdfReader(io.BytesIO(pdf))
        cover = reader.pages[0].extract_text() or ""
    except Exception:  # noqa: BLE001 - any unreadable file is reported as such
        check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "文件无法读取，不是完好的PDF。"))
        return check
    found_code = re.search(r"档号：(\S+)", cover)
    check.cover_code = found_code.group(1) if found_code else ""
    if check.cover_code != code:
        check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "封面上的档号不是 {code}。").format(code=code))
    cover_pages = _pages_said(cover, r"页数\s*(\d+)\s*页")
    remarks = next((i for i in range(len(reader.pages) - 1, -1, -1)
                    if "卷内备考表" in (reader.pages[i].extract_text() or "") and "（续）" not in
                    (reader.pages[i].extract_text() or "").split("\n")[0]), None)
    remarks_pages = _pages_said(reader.pages[remarks].extract_text() or "", r"共\s*(\d+)\s*页") if remarks is not None \
        else None
    rows = _page_column(reader, _catalogue_pages(reader))
    stamps = [(i, _stamp_of(page)) for i, page in enumerate(reader.pages)]
    stamped = [(i, s) for i, s in stamps if s is not None]
    check.stamped_pages = len(stamped)
    double_sided = any(not s.right for _, s in stamped)
    if stamped:
        numbers = [s.number for _, s in stamped]
        if numbers != list(range(1, len(numbers) + 1)):
            check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "页号没有从1起逐页连续（文件中为 {found}）。").format(
                found=_sample(numbers)))
        for index, stamp in stamped:
            front = index % 2 == 0 if double_sided else True
            if stamp.right != front:
                check.problems.append(QT_TRANSLATE_NOOP(
                    "YearEnd", "第 {number} 页的页号印在{side}，应在{expected}。").format(
                    number=stamp.number, side=_TOP_RIGHT if stamp.right else _TOP_LEFT,
                    expected=_FRONT if front else _BACK))
        by_index = dict(stamped)
        starts = _outline_starts(reader)
        if len(starts) != len(rows):
            check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "目录有 {rows} 件，文件中的书签有 {marks} 个。").format(
                rows=len(rows), marks=len(starts)))
        for number, ((first, _last), start) in enumerate(zip(rows, starts), start=1):
            found = by_index.get(start)
            if found is None or found.number != first:
                check.problems.append(QT_TRANSLATE_NOOP(
                    "YearEnd", "目录第 {item} 件的页号为 {first}，但该件在文件中从第 {found} 页开始。").format(
                    item=number, first=first, found=found.number if found else QT_TRANSLATE_NOOP("YearEnd", "（无页号）")))
        total = len(stamped)
    else:
        total = rows[-1][1] if rows else 0
        starts_ok = all(b[0] > a[0] for a, b in zip(rows, rows[1:])) and (not rows or rows[0][0] == 1)
        if not starts_ok:
            check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "目录的页号没有从1起依次增加。"))
    if rows and rows[-1][1] != total:
        check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "目录最后一件止于第 {last} 页，而本卷共 {total} 页。").format(
            last=rows[-1][1], total=total))
    for said, where in ((cover_pages, QT_TRANSLATE_NOOP("YearEnd", "封面")),
                        (remarks_pages, QT_TRANSLATE_NOOP("YearEnd", "卷内备考表"))):
        if said != total:
            check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "{where}写的页数为 {said}，本卷实有 {total} 页。").format(
                where=where, said=said if said is not None else QT_TRANSLATE_NOOP("YearEnd", "（未写）"), total=total))
    return check


def _sample(numbers: list[int]) -> str:
    return "、".join(map(str, numbers[:12])) + ("…" if len(numbers) > 12 else "")


def verify_print(row: VolumePrint) -> VolumeCheck:
    """A file the desk printed: still there, unchanged since, and right page for page."""
    volume = Volume.get_by_id(row.volume_id)
    path = Path(row.path)
    if not path.is_file():
        check = VolumeCheck(volume.code, row.path)
        check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "打印输出的文件已不在原处。"))
        return check
    check = verify_pdf(path.read_bytes(), volume.code, row.path)
    if sha256_of(path) != row.sha256:
        check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "文件在打印后被改动过（内容与打印时不符）。"))
    return check


def verify_volume(acting: ActingUser, code: str) -> list[VolumeCheck]:
    """Every printed file of the volume; a volume never printed is rendered now and checked as printed."""
    authorise(acting, Action.QUERY_ARCHIVE)
    volume = Volume.get_or_none(Volume.code == code.strip())
    if volume is None:
        raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "没有档号为 {code} 的案卷。").format(code=code))
    prints = list(VolumePrint.select().where(VolumePrint.volume == volume.id).order_by(VolumePrint.id))
    if prints:
        return [verify_print(p) for p in prints]
    renderings = ((False, False, QT_TRANSLATE_NOOP("YearEnd", "（打印输出）")),
                  (True, False, QT_TRANSLATE_NOOP("YearEnd", "（打印输出，含扫描件）")),
                  (True, True, QT_TRANSLATE_NOOP("YearEnd", "（打印输出，含扫描件，双面）")))
    return [verify_pdf(volume_output.render(volume, with_scans, double_sided), volume.code, source)
            for with_scans, double_sided, source in renderings]


def verify_year(acting: ActingUser, year: int) -> list[VolumeCheck]:
    authorise(acting, Action.QUERY_ARCHIVE)
    codes = [c for (c,) in tuples(Volume.select(Volume.code).where(Volume.year == year).order_by(Volume.number))]
    if not codes:
        raise NotFound(QT_TRANSLATE_NOOP("YearEnd", "{year}年度还没有立卷。").format(year=year))
    checks = [c for code in codes for c in verify_volume(acting, code)]
    seen: dict[str, str] = {}
    for check in checks:          # two volumes' files must never carry the same code
        if check.cover_code and seen.setdefault(check.cover_code, check.code) != check.code:
            check.problems.append(QT_TRANSLATE_NOOP("YearEnd", "封面档号 {code} 与另一卷重复。").format(code=check.cover_code))
    return checks


def verify_known_prints() -> list[VolumeCheck]:
    """Every printed volume file the desk knows of, for ``check``."""
    return [verify_print(p) for p in VolumePrint.select().order_by(VolumePrint.id)]
