import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.cards import customers, drafts
from desktop_crm.ui.cards.card_editor import CardEditorDialog
from desktop_crm.ui.main_window import MainWindow
from tests.samples import HUAWEI_USCC, enterprise


@pytest.fixture
def window(desk_app, custodian, qtbot):
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc="9144030071526726XG"))
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="阿里巴巴（中国）有限公司", uscc="91330100716105852F", grade="B", region="浙江省",
        industry="软件和信息技术服务业"))
    win = MainWindow(custodian, "test.sqlite3")
    win.show()
    yield win
    # an editor left open (and dirty) would go on autosaving its draft into the next test's archive, and
    # closing the window would ask about its unsaved changes
    for editor in win.findChildren(CardEditorDialog):
        editor._autosave.stop()
        editor._dirty = False
    win.close()
    win.deleteLater()


def count_text(window):
    return window.count_label.text()


def test_search_as_you_type_and_filters(window, qtbot):
    assert count_text(window) == "共 2 户"
    for ch in "腾讯":            # an input method commits Chinese characters one by one
        window.search.insert(ch)
    qtbot.waitUntil(lambda: count_text(window) == "共 1 户")
    window.search.clear()
    qtbot.waitUntil(lambda: count_text(window) == "共 2 户")
    window.filters["grade"].setCurrentIndex(window.filters["grade"].findData("B"))
    assert count_text(window) == "共 1 户"
    assert window.model.index(0, 1).data() == "阿里巴巴（中国）有限公司"
    window.filters["grade"].setCurrentIndex(0)
    region = window.filters["region"]                      # the archive's own regions and industries to choose
    assert {region.itemData(i) for i in range(1, region.count())} == {"广东省", "浙江省"}
    region.setCurrentIndex(region.findData("广东省"))
    assert count_text(window) == "共 1 户" and window.model.index(0, 1).data() == "深圳市腾讯计算机系统有限公司"
    region.setCurrentIndex(0)
    window.filters["industry"].setCurrentIndex(window.filters["industry"].findData("软件和信息技术服务业"))
    assert count_text(window) == "共 1 户" and window.model.index(0, 1).data() == "阿里巴巴（中国）有限公司"


def _active_editor(window, qtbot):
    editor = window.cards.open_editor
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)   # keys go to the active window
    return editor


def _fill_new_card(editor, qtbot):
    for name, value in enterprise().items():
        if name in editor.inputs:
            editor.inputs[name].set_value(value)


def test_ctrl_n_type_ctrl_s_saves_and_selects_the_new_card(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _active_editor(window, qtbot)
    assert editor.focusWidget() is editor.inputs["name"].widget or editor.inputs["name"].widget.hasFocus()
    _fill_new_card(editor, qtbot)
    editor.inputs["uscc"].widget.setText("")
    qtbot.keyClicks(editor.inputs["uscc"].widget, HUAWEI_USCC.lower())   # folded to capitals while typing
    assert editor.inputs["uscc"].value() == HUAWEI_USCC
    with qtbot.waitSignal(window.cards.card_saved):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count_text(window) == "共 3 户"
    selected = window.selected_id()
    assert customers.get_card(window.user, selected).values["name"] == "华为技术有限公司"


def test_bad_input_is_marked_and_nothing_is_saved(window, qtbot):
    window.new_enterprise.trigger()
    editor = window.cards.open_editor
    _fill_new_card(editor, qtbot)
    editor.inputs["uscc"].widget.setText("914403001922038217")
    editor.inputs["phone"].widget.setText("0755-12")
    editor.request_save()
    assert "校验位" in editor.problems.text() and "电话" in editor.problems.text()
    assert "b00020" in editor.inputs["uscc"].widget.styleSheet()
    assert editor.isVisible() and count_text(window) == "共 2 户"


def test_escape_asks_before_dropping_changes(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    window.new_enterprise.trigger()
    editor = _active_editor(window, qtbot)
    editor.inputs["name"].widget.setText("杭州西湖精密机械有限公司")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked and editor.isVisible()          # Cancel keeps the editor open
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_unfinished_card_is_autosaved_and_offered_back(window, qtbot, monkeypatch):
    window.new_enterprise.trigger()
    editor = window.cards.open_editor
    editor._autosave.setInterval(50)
    editor.inputs["name"].widget.setText("杭州西湖精密机械有限公司")
    qtbot.waitUntil(lambda: len(drafts.drafts_of(window.user)) == 1, timeout=3000)
    editor.hide()          # as if the power went: the editor is gone, the draft stays
    window.cards.open_editor = None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.offer_drafts()
    restored = window.cards.open_editor
    assert restored.inputs["name"].value() == "杭州西湖精密机械有限公司" and restored.dirty


def test_no_draft_is_left_by_a_normal_exit(window, qtbot, monkeypatch):
    window.cards.new_card(CustomerKind.ENTERPRISE)
    editor = window.cards.open_editor
    editor._autosave.setInterval(50)
    editor.inputs["name"].widget.setText("杭州西湖精密机械有限公司")
    qtbot.waitUntil(lambda: len(drafts.drafts_of(window.user)) == 1, timeout=3000)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    window.close()                          # "keep editing": nothing closes
    assert window.isVisible() and editor.isVisible()
    window.close()                          # the changes given up: the draft goes with them
    assert not window.isVisible() and not editor.isVisible()
    assert drafts.drafts_of(window.user) == []


def test_open_card_shows_its_correction_history(window, qtbot):
    card_id = window.model.customer_id(0)
    card = customers.get_card(window.user, card_id)
    customers.update_customer(window.user, card_id, card.version, {**card.values, "grade": "C"})
    window.select_customer(card_id)
    window.open_selected()
    editor = window.cards.open_editor
    history = editor.history_table
    rows = {(history.item(r, 3).text(), history.item(r, 4).text(), history.item(r, 5).text())
            for r in range(history.rowCount())}
    assert ("客户等级", card.values["grade"], "C") in rows


def test_someone_elses_save_is_not_overwritten(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    card_id = window.model.customer_id(0)
    window.cards.open_card(card_id)
    editor = window.cards.open_editor
    card = customers.get_card(window.user, card_id)
    customers.update_customer(window.user, card_id, card.version, {**card.values, "grade": "D"})  # another desk
    editor.inputs["grade"].set_value("C")
    editor.request_save()
    assert shown and "没有覆盖" in shown[0] and editor.isVisible()
    assert customers.get_card(window.user, card_id).values["grade"] == "D"


def test_selection_is_kept_when_the_list_is_requeried(window, qtbot):
    target = window.model.customer_id(1)
    window.select_customer(target)
    window._sort_by(0)
    assert window.selected_id() == target


def test_a_new_card_hidden_by_the_filters_is_shown_and_its_number_said(window, qtbot):
    window.filters["grade"].setCurrentIndex(window.filters["grade"].findData("B"))     # only 阿里巴巴 shown
    assert count_text(window) == "共 1 户"
    window.new_enterprise.trigger()
    editor = window.cards.open_editor
    _fill_new_card(editor, qtbot)                        # 华为, grade A: hidden by the filter
    editor.inputs["uscc"].set_value(HUAWEI_USCC)
    with qtbot.waitSignal(window.cards.card_saved):
        editor.request_save()
    selected = window.selected_id()
    card = customers.get_card(window.user, selected)
    assert card.values["name"] == "华为技术有限公司" and window.filters["grade"].currentIndex() == 0
    assert count_text(window) == "共 3 户" and card.number in window.statusBar().currentMessage()


def test_in_english_no_column_of_the_list_cuts_its_heading_or_values(desk_app, custodian, qtbot):
    from desktop_crm.ui.common.i18n import install_language

    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(name="深圳市腾讯计算机系统有限公司",
                                                                          uscc="9144030071526726XG"))
    try:
        assert install_language("en")
        win = MainWindow(custodian, "test.sqlite3")
        qtbot.addWidget(win)
        win.show()
        assert win.model.index(0, 2).data() == "Enterprise"
        for column in range(win.model.columnCount() - 1):
            if column != 1:                                   # the name: long by nature, its tooltip is whole
                assert win.table.columnWidth(column) >= win.table.sizeHintForColumn(column), column
                assert win.table.columnWidth(column) >= win.table.horizontalHeader().sectionSizeHint(column), column
    finally:
        install_language("zh_CN")


def test_the_customer_manager_and_the_information_source_are_chosen_saved_and_listed(window, staff, qtbot):
    window.new_enterprise.trigger()
    editor = window.cards.open_editor
    _fill_new_card(editor, qtbot)
    manager = editor.inputs["account_manager"].widget
    assert [manager.itemText(i) for i in range(manager.count())] == ["", "李建国（经理）", "陈志强（业务经理）"]
    manager.setCurrentIndex(manager.findData("chenzq"))
    editor.inputs["info_source"].widget.setCurrentIndex(editor.inputs["info_source"].widget.findData("专业调查机构"))
    editor.inputs["info_collected_on"].widget.setText("2027-01-05")         # after today: refused as it is left
    editor.inputs["info_collected_on"].left.emit()
    assert "采集日期晚于今天" in editor.problems.text()
    editor.inputs["info_collected_on"].widget.setText("2026-10-20")
    with qtbot.waitSignal(window.cards.card_saved):
        editor.request_save()
    card = customers.get_card(window.user, window.selected_id())
    assert (card.values["account_manager"], card.values["info_source"], str(card.values["info_collected_on"])) == \
        ("chenzq", "专业调查机构", "2026-10-20")
    column = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())]
    row = next(r for r in range(window.model.rowCount()) if window.model.index(r, 1).data() == "华为技术有限公司")
    assert window.model.index(row, column.index("客户经理")).data() == "陈志强"
