"""客户名册 in the window: the roster's own columns, the update round run from the buttons — one entry confirmed,
one corrected after an empty try — and closed with the counts."""
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.services.cards import customers
from desktop_crm.ui.rosters.rosters_window import CorrectionDialog, RostersWindow
from tests.samples import TENCENT_USCC, enterprise


def test_a_round_from_the_window(desk_app, custodian, qtbot, monkeypatch):
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(
        name="深圳市腾讯计算机系统有限公司", uscc=TENCENT_USCC), allow_similar_name=True)
    window = RostersWindow(custodian)
    qtbot.addWidget(window)
    window.roster.setCurrentIndex(window.roster.findData("交易伙伴"))
    assert window.model.rowCount() == 2 and window.model.headers[-1] == "增补调整"
    assert "还没有做过增补调整" in window.round.text()
    window.open_round()
    window.table.selectRow(0)
    window.confirm()
    window.table.selectRow(1)

    def fill(dialog):
        dialog.save()
        assert "请写明更正的内容" in dialog.message.text()
        dialog.note.setText("电话更正为 0755-86013388")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(CorrectionDialog, "exec", fill)
    window.correct()
    assert "核对无误 1 户，更正 1 户，尚余 0 户" in window.round.text()
    assert window.model.rows[1][-1].startswith("更正：电话更正为 0755-86013388")
    window.close_round()
    assert "结束" in window.round.text() and window.status.text() == ""
