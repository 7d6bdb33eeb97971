"""The whole volume as one PDF: front matter, every paper's scans in catalogue order with the volume's page
number stamped on each page (top right on fronts, top left on backs when printed double-sided), then the
remarks sheet. Built with pypdf; images are first set on A4 pages."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.utils import ImageReader

from desktop_crm.printing.fonts import SONG
from desktop_crm.printing.page_drawing import MM, PAGE_HEIGHT, PAGE_WIDTH, new_canvas


@dataclass(frozen=True)
class ScanFile:
    path: Path
    media_type: str


def image_pages(path: Path) -> bytes:
    """An image (every frame of a TIFF) set on A4 pages, scaled to fit inside 15 mm margins."""
    from PIL import Image

    buffer = io.BytesIO()
    canvas = new_canvas(buffer, path.name)
    with Image.open(path) as image:
        for frame in range(getattr(image, "n_frames", 1)):
            image.seek(frame)
            picture = image.convert("RGB")
            box_w, box_h = PAGE_WIDTH - 30 * MM, PAGE_HEIGHT - 30 * MM
            scale = min(box_w / picture.width, box_h / picture.height)
            w, h = picture.width * scale, picture.height * scale
            canvas.drawImage(ImageReader(picture), (PAGE_WIDTH - w) / 2, (PAGE_HEIGHT - h) / 2, w, h)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _stamps(sizes: list[tuple[float, float]], first: int, double_sided: bool) -> PdfReader:
    """One overlay page per document page, carrying only its page number."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "页号")
    for offset, (width, height) in enumerate(sizes):
        number = first + offset
        canvas.setPageSize((width, height))
        canvas.setFont(SONG, 12)
        if double_sided and number % 2 == 0:        # the back of a sheet
            canvas.drawString(15 * MM, height - 12 * MM, str(number))
        else:
            canvas.drawRightString(width - 15 * MM, height - 12 * MM, str(number))
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def assemble(front: bytes, papers: list[list[ScanFile]], remarks: bytes, double_sided: bool = False) -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(front)))
    pages = []
    for scans in papers:
        for scan in scans:
            source = PdfReader(str(scan.path)) if scan.media_type == "application/pdf" else \
                PdfReader(io.BytesIO(image_pages(scan.path)))
            pages.extend(source.pages)
    overlay = _stamps([(float(p.mediabox.width), float(p.mediabox.height)) for p in pages], 1, double_sided)
    for page, stamp in zip(pages, overlay.pages):
        added = writer.add_page(page)
        added.merge_page(stamp)
    writer.append(PdfReader(io.BytesIO(remarks)))
    writer._ID = None                  # no random file identifier: the same volume gives the same bytes
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
