"""管理 → 档案库设置: every setting under its group, a value that does not fit refused beside its own field with
nothing saved, then corrected and saved, the change in the history."""
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QTabWidget

from desktop_crm.services.audit import history
from desktop_crm.services.settings import registry
from desktop_crm.ui.settings.settings_dialog import SettingsDialog


def test_settings_are_edited_in_their_groups(desk_app, custodian, qtbot):
    dialog = SettingsDialog(custodian)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget, "settingTabs")
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert {"编号", "借阅", "信用与审批", "立卷", "复核", "备份", "库房"} <= set(names)
    levels = dialog.findChild(QLineEdit, "setting_shelf.levels")
    cycle = dialog.findChild(QSpinBox, "setting_review.cycle_days")
    levels.setText("柜")                                   # one level only
    cycle.setValue(45)
    dialog.save()
    assert "2至4级" in dialog.errors["shelf.levels"].text() and dialog.result() == 0
    assert registry.value("review.cycle_days") == 60          # nothing saved
    levels.setText("排,列,层,盒")
    dialog.save()
    assert dialog.result() and registry.value("shelf.levels") == "排,列,层,盒"
    again = SettingsDialog(custodian)                         # roles are boxes to tick
    qtbot.addWidget(again)
    reviewers = again.editors["approvals.reviewers"]
    assert reviewers.findChild(QCheckBox, "role_manager").isChecked()
    assert registry.value("review.cycle_days") == 45
    changes = [(e.field, e.old_value, e.new_value) for e in history("setting", 0)]
    assert ("全面修订核查周期（天）", "60", "45") in changes
