"""客户构成分析 on paper: each part a table and a chart. The charts are ReportLab drawings, made once here and
used as they are on the screen (through the PDF preview), on paper and in the saved PDF, with the bundled Song
font embedded. Plain values in, PDF bytes out."""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_crm.domain.composition import Share
from desktop_crm.printing.fonts import SONG, register_fonts
from desktop_crm.printing.page_drawing import WU_HAO, XIAO_ER, XIAO_SI, NumberedCanvas

PALETTE = [colors.HexColor(c) for c in ("#3b6ea5", "#e07b39", "#5a9e4b", "#c4463a", "#8064a2", "#4bacc6",
                                        "#f2b134", "#7f7f7f", "#9bbb59", "#c0504d", "#2c4d75", "#b65708", "#d9d9d9")]
WIDTH = 170 * mm


@dataclass(frozen=True)
class Section:
    title: str
    note: str
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    chart: Drawing | None


def money(value: Decimal) -> str:
    return f"{value:,.2f}"


def pie(lines: Sequence[Share], title: str) -> Drawing:
    """A pie of the shares, the legend beside it with each part's share."""
    drawing = Drawing(WIDTH, 62 * mm)
    drawing.add(String(0, 58 * mm, title, fontName=SONG, fontSize=WU_HAO))
    chart = Pie()
    chart.x, chart.y, chart.width, chart.height = 8 * mm, 4 * mm, 48 * mm, 48 * mm
    parts = [float(line.amount) for line in lines if line.amount > 0]
    chart.data = parts or [1]
    chart.labels = None
    chart.slices.strokeColor = colors.white
    for index in range(len(chart.data)):
        chart.slices[index].fillColor = PALETTE[index % len(PALETTE)] if parts else colors.lightgrey
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 72 * mm, 52 * mm
    legend.fontName, legend.fontSize = SONG, 8.5
    legend.alignment = "right"
    legend.columnMaximum = 13
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], f"{line.label}  {line.percent}%")
                             for i, line in enumerate(line for line in lines if line.amount > 0)] or \
                            [(colors.lightgrey, "（本期无数据）")]
    drawing.add(legend)
    return drawing


def bars(labels: Sequence[str], series: Sequence[Sequence[float]], names: Sequence[str], title: str,
         horizontal: bool = False) -> Drawing:
    """Bars of one or more series over the labels, with a legend when there are several."""
    if not labels:
        empty = Drawing(WIDTH, 14 * mm)
        empty.add(String(0, 9 * mm, title, fontName=SONG, fontSize=WU_HAO))
        empty.add(String(0, 2 * mm, "（本期无数据）", fontName=SONG, fontSize=9))
        return empty
    height = (max(40, 9 * len(labels) + 20) if horizontal else 62) * mm
    drawing = Drawing(WIDTH, height)
    drawing.add(String(0, height - 4 * mm, title, fontName=SONG, fontSize=WU_HAO))
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (40 * mm, 6 * mm) if horizontal else (18 * mm, 12 * mm)
    chart.width = WIDTH - chart.x - 4 * mm
    chart.height = height - (16 if horizontal else 22) * mm
    chart.data = [list(s) for s in series] if any(any(s) for s in series) else [[0] * len(labels)]
    axis = chart.categoryAxis
    axis.categoryNames = list(labels)
    axis.labels.fontName, axis.labels.fontSize = SONG, 8
    if not horizontal and len(labels) > 8:
        axis.labels.angle, axis.labels.boxAnchor = 30, "ne"
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = SONG, 7.5
    chart.valueAxis.labelTextFormat = lambda value: f"{value:,.0f}"
    chart.valueAxis.forceZero = True
    chart.valueAxis.valueMin = 0
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = WIDTH - 45 * mm, height - 3 * mm
        legend.fontName, legend.fontSize = SONG, 8
        legend.columnMaximum = 1
        legend.colorNamePairs = [(PALETTE[i], name) for i, name in enumerate(names)]
        drawing.add(legend)
    return drawing


def render_analysis(title: str, header_lines: Sequence[str], sections: Sequence[Section]) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                                 bottomMargin=20 * mm, title=title, author="客户档案管理台", creator="Archive Desk",
                                 invariant=1)
    heading = ParagraphStyle("heading", fontName=SONG, fontSize=XIAO_ER, leading=XIAO_ER * 1.4, alignment=1)
    part = ParagraphStyle("part", fontName=SONG, fontSize=XIAO_SI, leading=XIAO_SI * 1.5, spaceBefore=6)
    body = ParagraphStyle("body", fontName=SONG, fontSize=WU_HAO - 1, leading=(WU_HAO - 1) * 1.5)
    cell = ParagraphStyle("cell", fontName=SONG, fontSize=9, leading=11.5)
    story: list = [Paragraph(title, heading), Spacer(1, 3 * mm)]
    story += [Paragraph(line, body) for line in header_lines]
    for section in sections:
        table = Table([[Paragraph(h, cell) for h in section.headings]]
                      + [[Paragraph(c, cell) for c in row] for row in section.rows],
                      repeatRows=1, hAlign="LEFT", colWidths=_widths(len(section.headings)))
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        block = [Paragraph(section.title, part)]
        if section.note:
            block.append(Paragraph(section.note, body))
        if section.chart is not None:
            block.append(section.chart)
        story += [KeepTogether(block), Spacer(1, 2 * mm), table, Spacer(1, 4 * mm)]
    document.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def _widths(columns: int) -> list[float]:
    first = 50 * mm if columns > 3 else 70 * mm
    return [first] + [(WIDTH - first) / (columns - 1)] * (columns - 1)
