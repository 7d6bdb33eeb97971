"""The card editor helps as it goes: a new card starts with its usual defaults, a field is checked as it is
left (by the same rules as the save), the message goes once the field is right, and the tab of a field in
error is marked and named in the message."""
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.ui.cards.card_editor import CardEditorDialog


def test_checks_as_each_field_is_left(desk_app, qtbot):
    editor = CardEditorDialog(CustomerKind.ENTERPRISE)
    qtbot.addWidget(editor)
    assert (editor.inputs["importance"].value(), editor.inputs["state"].value(),
            editor.inputs["roster"].value()) == ("一般", "往来", "普通公司")
    uscc = editor.inputs["uscc"]
    uscc.widget.setText("914403001922038217")                 # wrong check character
    uscc.left.emit()
    assert "校验位" in editor.problems.text() and editor.problems.text().startswith("【基础资料】")
    assert uscc.widget.styleSheet() and editor.tabs.tabText(0).endswith("●")
    assert "名称" not in editor.problems.text()               # the name has not been visited yet
    uscc.widget.setText("914403001922038216")
    uscc.left.emit()
    assert editor.problems.text() == "" and not uscc.widget.styleSheet() and not editor.tabs.tabText(0).endswith("●")
    editor.request_save()                                     # the save names what is still missing, with its tab
    assert "【基础资料】" in editor.problems.text() and "名称" in editor.problems.text()
    editor.inputs["name"].widget.setText("华为技术有限公司")
    editor.inputs["name"].left.emit()
    assert "名称" not in editor.problems.text()


def test_an_individual_starts_in_the_personal_roster(desk_app, qtbot):
    editor = CardEditorDialog(CustomerKind.INDIVIDUAL)
    qtbot.addWidget(editor)
    assert editor.inputs["roster"].value() == "个人顾客" and not editor.dirty


def test_every_tab_is_in_sight_in_english(desk_app, qtbot):
    from desktop_crm.ui.common.i18n import install_language

    try:
        assert install_language("en")
        editor = CardEditorDialog(CustomerKind.ENTERPRISE)
        qtbot.addWidget(editor)
        editor.show()
        bar = editor.tabs.tabBar()
        assert editor.tabs.tabText(editor.tabs.count() - 1) == "Correction record"
        assert bar.tabRect(editor.tabs.count() - 1).right() <= bar.width()      # the last tab whole, no arrows
    finally:
        install_language("zh_CN")
