"""Scan files for tests, made on the spot: PDFs of N pages, images, and the broken kinds."""
from __future__ import annotations

import io
from pathlib import Path


def pdf(path: Path, pages: int, text: str = "营业执照") -> Path:
    from reportlab.pdfgen.canvas import Canvas

    from desktop_crm.printing.fonts import SONG, register_fonts

    register_fonts()
    canvas = Canvas(str(path))
    for page in range(pages):
        canvas.setFont(SONG, 20)
        canvas.drawString(100, 700, f"{text} 第{page + 1}页")
        canvas.showPage()
    canvas.save()
    return path


def image(path: Path, fmt: str, frames: int = 1) -> Path:
    from PIL import Image

    pictures = [Image.new("RGB", (120, 170), (240, 240 - 30 * i, 230)) for i in range(frames)]
    pictures[0].save(path, format=fmt, save_all=frames > 1, append_images=pictures[1:])
    return path


def encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    source = pdf(path.with_suffix(".plain.pdf"), 1)
    writer = PdfWriter()
    writer.append(PdfReader(str(source)))
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def broken_pdf(path: Path) -> Path:
    whole = pdf(path.with_suffix(".whole.pdf"), 2).read_bytes()
    path.write_bytes(whole[: len(whole) // 3])
    return path
