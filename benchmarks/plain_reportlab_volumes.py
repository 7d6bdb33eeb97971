"""The reference for the year-end benchmark: the same kind of pages (cover, a ruled catalogue page,
remarks sheet) drawn with ReportLab's canvas alone — no database, no application logic — one file per
volume, the bundled font embedded in each as the application does. Prints JSON."""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "uming.ttc"


def draw_volume(path: Path, number: int) -> int:
    canvas = Canvas(str(path), pagesize=A4, invariant=1, initialFontName="Song")
    width, height = A4
    canvas.setFont("Song", 14)
    canvas.rect(25 * mm, 25 * mm, width - 45 * mm, height - 50 * mm)
    for i, text in enumerate(("全宗名称：浙江华东机电集团有限公司", "类目名称：第二类 合同订单",
                              f"案卷题名：杭州恒达精密机械有限公司 2025年度 合同订单 {number}")):
        canvas.drawString(37 * mm, height - (70 + 16 * i) * mm, text)
    canvas.showPage()
    canvas.setFont("Song", 18)
    canvas.drawCentredString(width / 2, height - 17 * mm, "卷内文件目录")
    canvas.setFont("Song", 10.5)
    y = height - 35 * mm
    for row in range(8):
        canvas.rect(25 * mm, y - 15 * mm, 170 * mm, 15 * mm)
        x = 25 * mm
        for w, text in ((10, str(row + 1)), (20, f"HT2025-{row:04d}"), (20, "业务部"),
                        (70, "购销合同（含技术协议及附件清单）"), (20, "20250315"), (10, str(row * 3 + 1)), (20, "")):
            canvas.drawString(x + 1.2 * mm, y - 9 * mm, text)
            x += w * mm
            canvas.line(x, y, x, y - 15 * mm)
        y -= 15 * mm
    canvas.showPage()
    canvas.setFont("Song", 18)
    canvas.drawCentredString(width / 2, height - 30 * mm, "卷内备考表")
    canvas.setFont("Song", 12)
    canvas.drawString(33 * mm, height - 67 * mm, "本卷共有文件 8 件，共 24 页。")
    canvas.showPage()
    canvas.save()
    return 3


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volumes", type=int, default=400)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pdfmetrics.registerFont(TTFont("Song", str(FONT), subfontIndex=0))
    started = time.perf_counter()
    pages = sum(draw_volume(args.out / f"{n:05d}.pdf", n) for n in range(args.volumes))
    elapsed = time.perf_counter() - started
    print(json.dumps({"volumes": args.volumes, "pages": pages, "volumes_per_s": round(args.volumes / elapsed, 1),
                      "pages_per_s": round(pages / elapsed)}))


if __name__ == "__main__":
    main()
