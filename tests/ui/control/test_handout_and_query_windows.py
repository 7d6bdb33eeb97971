from openpyxl import load_workbook

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers
from desktop_crm.ui.control.handout_windows import HandoutDialog, HandoutRegister
from desktop_crm.ui.control.query_register_window import QueryLogWindow
from tests.samples import enterprise


def test_handout_dialog_previews_exactly_what_goes_out(desk_app, staff, qtbot, tmp_path):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    dialog = HandoutDialog(custodian, card.id)
    qtbot.addWidget(dialog)
    dialog.recipient.setCurrentIndex(dialog.recipient.findText("刘洋（业务员）"))
    assert dialog.preview.rowCount() == 3 and not dialog.recall.isEnabled()
    dialog.recipient.setCurrentIndex(dialog.recipient.findText("赵雪梅（客户服务）"))
    assert dialog.preview.rowCount() > 40 and dialog.recall.isEnabled()
    dialog.recipient.setCurrentIndex(dialog.recipient.findText("刘洋（业务员）"))
    out = tmp_path / "发放.xlsx"
    dialog.produce(str(out))
    assert dialog.result() == 1
    labels = [r[0] for r in load_workbook(out)["客户资料"].iter_rows(min_row=2, values_only=True)]
    assert labels == ["单位名称", "联系人姓名", "联系人职务"]
    register = HandoutRegister(custodian)
    qtbot.addWidget(register)
    assert register.model.rowCount() == 1 and register.model.index(0, 6).data() == "无需收回"


def test_query_log_window_lists_the_looks(desk_app, staff, qtbot):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    customers.get_card(staff[Role.MANAGER], card.id)
    window = QueryLogWindow(custodian)
    qtbot.addWidget(window)
    rows = [tuple(window.model.index(r, c).data() for c in range(5)) for r in range(window.model.rowCount())]
    assert any(r[1] == "李建国" and r[2] == "查阅档案卡" and "华为" in r[3] for r in rows)
