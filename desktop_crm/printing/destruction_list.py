"""档案销毁清册: the list of volumes to be destroyed, with the reason for each, the proposer, and lines for
the approving manager and the two witnesses (监销人), each with the date. Plain values in, PDF bytes out."""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape

from desktop_crm.printing.form_page import FormPage
from desktop_crm.printing.page_drawing import new_canvas


@dataclass(frozen=True)
class DestructionLine:
    code: str
    title: str
    years: str          # 起止年月: 2015.01—2015.12
    pages: int
    retention: str      # 10年
    reason: str


@dataclass(frozen=True)
class DestructionSheet:
    number: str
    fonds: str
    reason: str
    proposed: str          # 王芳 2036-01-05
    lines: tuple[DestructionLine, ...]
    state: str
    approver: str = ""
    approved_on: str = ""
    witnesses: tuple[str, ...] = ()
    destroyed_on: str = ""


_SHARES = (0.05, 0.17, 0.33, 0.13, 0.06, 0.08, 0.18)


def render_destruction_list(sheet: DestructionSheet) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"档案销毁清册 {sheet.number}", numbered=True)
    canvas.setPageSize(landscape(A4))          # the seven columns need the width
    page = FormPage(canvas, landscape(A4), "档案销毁清册", sheet.number)
    page.text(f"全宗：{sheet.fonds}    状态：{sheet.state}    共 {len(sheet.lines)} 卷、"
              f"{sum(line.pages for line in sheet.lines)} 页", gap=2)
    page.text(f"鉴定意见：{sheet.reason}", gap=2)
    page.text(f"提出：{sheet.proposed}", gap=4)
    page.table([(label, share) for label, share in zip(("序号", "档号", "案卷题名", "起止年月", "页数", "保管期限", "销毁理由"),
                                                       _SHARES)])
    for number, line in enumerate(sheet.lines, start=1):
        page.row([(str(number), _SHARES[0]), (line.code, _SHARES[1]), (line.title, _SHARES[2]), (line.years, _SHARES[3]),
                  (str(line.pages), _SHARES[4]), (line.retention, _SHARES[5]), (line.reason, _SHARES[6])])
    page.end_table()
    if sheet.destroyed_on:
        page.text(f"已于 {sheet.destroyed_on} 销毁，监销人：{'、'.join(sheet.witnesses)}。", gap=2)
    page.signatures("批准人", "监销人", "监销人",
                    names=(sheet.approver, *(sheet.witnesses or ("", ""))))
    if sheet.approved_on:
        page.text(f"批准日期：{sheet.approved_on}", gap=2)
    page.finish()
    canvas.save()
    return buffer.getvalue()
