"""保管期限与销毁 as the custodian and two managers use it: an appraisal refused without a reason then recorded,
a list proposed, approved by another manager, carried out before two witnesses."""
from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services.accounts import user_accounts
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.settings import registry
from desktop_crm.services.year_end import closing
from desktop_crm.ui.retention.retention_dialogs import (
    AppraiseDialog,
    CarryOutDialog,
    DecideDialog,
    ProposeDialog,
)
from desktop_crm.ui.retention.retention_window import RetentionWindow
from tests.conftest import PASSWORD
from tests.samples import TEST_TODAY, enterprise

YEAR = TEST_TODAY.year - 1
AFTER = QDate(YEAR + 11, 1, 10)


@pytest.fixture
def expired(custodian):
    registry.change(custodian, {"fonds.code": "0456", "fonds.name": "浙江华东机电集团有限公司"})
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(founded_on="20160301",
                                                                                    trading_since="20170101"))
    papers.file_document(custodian, card.id, {"category": 1, "kind": "background", "year": YEAR,
                                              "title": "客户走访记录", "retention": "D10", "pages": 2,
                                              "doc_date": date(YEAR, 3, 2)})
    closing.close_year(custodian, YEAR, accepted_note="扫描件待补", checked_by="李建国")


def _select(table, row=0):
    table.setCurrentIndex(table.model().index(row, 0))


def test_appraise_propose_approve_and_destroy(desk_app, custodian, staff, expired, qtbot, monkeypatch):
    window = RetentionWindow(custodian)
    qtbot.addWidget(window)
    assert window.due.rowCount() == 0
    window.as_of.setDate(AFTER)
    assert window.due.rowCount() == 1 and window.due.rows[0][3] == f"{YEAR + 10}-12-31"

    def appraise(dialog):
        dialog.destroy_choice.setChecked(True)
        dialog.save()                                          # no reason yet
        assert "鉴定理由" in dialog.message.text()
        dialog.reason.setPlainText("客户已注销，无查考价值")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(AppraiseDialog, "exec", appraise)
    _select(window.due_table)
    window.appraise()
    assert window.due.rows[0][6] == "销毁"

    def propose(dialog):
        dialog.reason.setPlainText("2036年度到期鉴定")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(ProposeDialog, "exec", propose)
    window.propose()
    number = window.list_rows[0].number
    assert number in window.status.text() and window.list_rows[0].state == "待批准"

    manager = user_accounts.add_user(custodian, "zhoumin", "周敏", Role.MANAGER, PASSWORD)
    desk = RetentionWindow(manager)
    qtbot.addWidget(desk)

    def decide(dialog):
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(DecideDialog, "exec", decide)
    _select(desk.list_table)
    desk.decide()
    assert desk.list_rows[0].state == "已批准，待销毁"

    def carry(dialog):
        dialog.first.setText("张伟")
        dialog.save()
        assert "两名监销人" in dialog.message.text()
        dialog.second.setText("李娜")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(CarryOutDialog, "exec", carry)
    window.refresh()
    _select(window.list_table)
    window.carry_out()
    assert window.list_rows[0].state == "已销毁" and window.due.rowCount() == 0
