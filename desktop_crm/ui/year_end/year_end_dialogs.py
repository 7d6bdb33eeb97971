"""The year-end window's forms: confirming a close, choosing spine labels, recording a correction."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.close_rules import ProblemKind
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services.year_end.closing import ClosePreview
from desktop_crm.ui.common.base_dialog import BaseDialog
from desktop_crm.ui.common.messages import translated


class ConfirmCloseDialog(BaseDialog):
    """What the close will do — volumes, codes, problems — before anything is frozen."""

    def __init__(self, check: ClosePreview, note: str, checked_by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "confirm_close", self.tr("确认立卷"))
        lines = [self.tr("%1年度将立卷 %2 卷，档号 %3 至 %4。").replace("%1", str(check.year))
                 .replace("%2", str(check.volumes_planned)).replace("%3", check.code_from).replace("%4", check.code_to)]
        if check.volumes_closed:
            lines.append(self.tr("此前已立 %1 卷，本次继续其余部分。").replace("%1", str(check.volumes_closed)))
        blocking = check.blocking
        if blocking:
            lines.append(self.tr("有 %1 处问题将按下列说明接受，并印在各有关案卷的备考表上：").replace("%1", str(len(blocking))))
            lines.append("“" + note + "”")
        lines.append(self.tr("检查人：%1").replace("%1", checked_by or self.tr("（未填写，备考表上留空待签）")))
        lines.append(self.tr("立卷后，该年度的文件不能再归入、修改、移动或撤出，只能为案卷登记更正。"))
        text = QLabel("\n".join(lines), objectName="plan", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认立卷"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(520, 260)


@dataclass(frozen=True)
class SpineChoice:
    width_mm: int
    first: int
    last: int


class SpineLabelsDialog(BaseDialog):
    """Which volumes' spine labels to print, and how wide the spines are."""

    def __init__(self, numbers: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent, "spine_labels", self.tr("打印脊背标签"))
        self.widths = QButtonGroup(self)
        row = QHBoxLayout()
        for width in (10, 15, 20):
            button = QRadioButton(self.tr("%1 毫米").replace("%1", str(width)), objectName=f"width{width}")
            self.widths.addButton(button, width)
            row.addWidget(button)
        self.widths.button(20).setChecked(True)
        low, high = (min(numbers), max(numbers)) if numbers else (1, 1)
        self.first = QSpinBox(objectName="first", minimum=low, maximum=high, value=low)
        self.last = QSpinBox(objectName="last", minimum=low, maximum=high, value=high)
        self.first.valueChanged.connect(lambda v: self.last.setMinimum(v))
        form = QFormLayout()
        form.addRow(self.tr("脊背宽度"), row)
        form.addRow(self.tr("从第几卷"), self.first)
        form.addRow(self.tr("到第几卷"), self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> SpineChoice:
        return SpineChoice(self.widths.checkedId(), self.first.value(), self.last.value())


class CorrectionDialog(BaseDialog):
    """A correction recorded against a bound volume (never an edit of it)."""

    def __init__(self, code: str, submit, parent: QWidget | None = None) -> None:
        super().__init__(parent, "volume_correction", self.tr("登记更正 — %1").replace("%1", code))
        self._submit = submit
        self.text = QPlainTextEdit(objectName="correction")
        self.text.setPlaceholderText(self.tr("例如：第2件法人委托书原件污损，已附情况说明"))
        self.message = self.error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("更正内容（将印在该卷的卷内备考表上）：")))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def save(self) -> None:
        if self.submitted(lambda: self._submit(self.text.toPlainText()), self.message):
            self.accept()


def problem_lines(check: ClosePreview, limit: int = 200) -> list[str]:
    """The check's findings grouped by kind, as the report shows them."""
    titles = {ProblemKind.GAP: QT_TRANSLATE_NOOP("YearEndWindow", "缺件"),
              ProblemKind.NO_PAGES: QT_TRANSLATE_NOOP("YearEndWindow", "未登记页数"),
              ProblemKind.SCAN_PAGES: QT_TRANSLATE_NOOP("YearEndWindow", "扫描页数多于登记页数"),
              ProblemKind.ON_LOAN: QT_TRANSLATE_NOOP("YearEndWindow", "借出未还"),
              ProblemKind.NO_SCAN: QT_TRANSLATE_NOOP("YearEndWindow", "未扫描（不影响立卷，以“原件未扫描”页代替）")}
    lines = []
    for kind, title in titles.items():
        items = check.of_kind(kind)
        lines.append(f"\n{translated(title)}（{len(items)}）：")
        lines.extend(f"  · {translated(p.text)}" for p in items[:limit])
        if len(items) > limit:
            lines.append(f"  … +{len(items) - limit}")
    return lines

