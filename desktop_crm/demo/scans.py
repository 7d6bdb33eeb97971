"""Demo scans: most demo papers get a scan with the page count the paper claims, legible as a page of
its kind. One file is drawn per kind and page count; the content-addressed store keeps each once."""
from __future__ import annotations

import io
import random
import tempfile
from pathlib import Path

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import KINDS_BY_CODE
from desktop_crm.domain.permissions import Action, require
from desktop_crm.printing.fonts import SONG
from desktop_crm.printing.page_drawing import MM, PAGE_HEIGHT, PAGE_WIDTH, bold_text, new_canvas
from desktop_crm.store import scan_files
from desktop_crm.store.binder_models import Document, DocumentScan, Scan
from desktop_crm.store.database import db


def _sample(kind: str, pages: int) -> bytes:
    label = KINDS_BY_CODE[kind].label
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"{label}（示意扫描件）")
    for page in range(1, pages + 1):
        canvas.setLineWidth(0.6)
        canvas.rect(18 * MM, 18 * MM, PAGE_WIDTH - 36 * MM, PAGE_HEIGHT - 36 * MM)
        bold_text(canvas, PAGE_WIDTH / 2, PAGE_HEIGHT - 45 * MM, label, SONG, 22, centred=True)
        canvas.setFont(SONG, 11)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 55 * MM, f"（演示用示意扫描件  第 {page} 页 / 共 {pages} 页）")
        for line in range(14):
            y = PAGE_HEIGHT - (75 + line * 12) * MM
            canvas.line(30 * MM, y, PAGE_WIDTH - 30 * MM, y)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def fill_demo_scans(acting: ActingUser, share: float = 0.9, seed: int = 2024) -> int:
    """Attach a sample scan to ``share`` of the papers that have none; returns how many got one."""
    require(acting.role, Action.FILE_PAPERS)
    rng = random.Random(seed)
    with_scan = {r[0] for r in DocumentScan.select(DocumentScan.document).tuples()}
    papers = [(i, k, p) for i, k, p in Document.select(Document.id, Document.kind, Document.pages)
              .where(Document.removed == False).tuples() if i not in with_scan and p]  # noqa: E712
    stored: dict[tuple[str, int], str] = {}
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for document_id, kind, pages in papers:
            if rng.random() > share:
                continue
            if (kind, pages) not in stored:
                path = Path(folder) / f"{kind}-{pages}.pdf"
                path.write_bytes(_sample(kind, pages))
                info = scan_files.inspect(path)
                scan_files.store(path, info)
                Scan.insert(sha256=info.sha256, suffix=info.suffix, media_type=info.media_type, size=info.size,
                            pages=info.pages).on_conflict_ignore().execute()
                stored[(kind, pages)] = info.sha256
            rows.append({"document": document_id, "scan": stored[(kind, pages)], "position": 0,
                         "original_name": f"{KINDS_BY_CODE[kind].label}.pdf"})
    with db.atomic():
        for start in range(0, len(rows), 500):
            DocumentScan.insert_many(rows[start:start + 500]).execute()
    return len(rows)
