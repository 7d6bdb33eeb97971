"""不良客户事件分析报告: the follow-up the rules ask of the business department once a customer is found bad —
the causes and the countermeasures for the general manager to read, the internal review, and who answers
for it — with lines for the one who reports and the general manager who reads it."""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

from desktop_crm.printing.form_page import FormPage
from desktop_crm.printing.page_drawing import MM, new_canvas

TITLE = "不良客户事件分析报告"


@dataclass(frozen=True)
class IncidentReport:
    customer: str            # number and name
    reported_on: str         # YYYY-MM-DD
    criteria: str            # the 情形 it was found bad under
    measures: str            # the measures taken so far, one per line
    causes: str
    prevention: str
    review: str
    responsibility: str
    reported_by: str


def render_incident_report(report: IncidentReport) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, f"{TITLE} {report.customer}", numbered=True)
    page = FormPage(canvas, A4, TITLE)
    page.row([("客户", .2), (report.customer, .5), ("报告日期", .12), (report.reported_on, .18)], (0, 2))
    for label, value, height in (("认定情形", report.criteria, 8), ("已采取的处理措施", report.measures or "—", 14),
                                 ("原因分析", report.causes, 30), ("预防对策", report.prevention, 24),
                                 ("内部检讨", report.review or "—", 18),
                                 ("责任人员及奖惩", report.responsibility or "—", 14)):
        page.row([(label, .2), (value, .8)], (0,), min_h=height)
    page.y -= 3 * MM
    page.text("业务部将不良客户产生的原因进行分析、提出预防对策，呈总经理审阅；本报告存入客户档案备查。", gap=0)
    page.signatures("报告人", "总经理审阅", names=(report.reported_by, ""))
    page.finish()
    canvas.save()
    return buffer.getvalue()
