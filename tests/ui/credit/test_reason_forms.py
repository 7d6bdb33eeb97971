"""The credit desk's 'what, and why' steps are forms: a rating overridden and a bad customer flagged, each
refused once without its reason (nothing changed), then done."""
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.roles import Role
from desktop_crm.services.cards import customers
from desktop_crm.services.credit import bad_customers
from desktop_crm.ui.common.reason_form import ReasonForm
from desktop_crm.ui.credit.credit_window import CreditWindow
from tests.samples import enterprise


def _fill(choice_data, reason, tried):
    def fill(form):
        form.choice.setCurrentIndex(form.choice.findData(choice_data))
        form.save()
        tried.append(form.message.text())
        form.text.setPlainText(reason)
        form.save()
        return form.result()
    return fill


def test_rating_override_and_bad_flag(desk_app, staff, qtbot, monkeypatch):
    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    window = CreditWindow(custodian, card.id)
    qtbot.addWidget(window)
    tried: list[str] = []
    monkeypatch.setattr(ReasonForm, "exec", _fill("风险", "经理批示：担保人已撤保", tried))
    window.override_rating()
    assert tried[0] and customers.get_card(custodian, card.id).values["credit_rating"] == "风险"
    monkeypatch.setattr(ReasonForm, "exec", _fill("bankruptcy", "2026年11月法院受理其破产申请", tried))
    window.flag_bad()
    assert tried[1] and [r.criterion for r in bad_customers.record_of(custodian, card.id)] == ["bankruptcy"]


def test_the_follow_up_report_is_written_in_its_form_and_filed(desk_app, staff, qtbot, monkeypatch):
    from desktop_crm.domain.binder_categories import Category
    from desktop_crm.services.binders import papers
    from desktop_crm.ui.credit.follow_up_dialog import FollowUpDialog

    custodian = staff[Role.CUSTODIAN]
    card = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise())
    bad_customers.flag(custodian, card.id, "bankruptcy", "2026年11月法院受理其破产申请")
    window = CreditWindow(custodian, card.id)
    qtbot.addWidget(window)
    seen = {}

    def fill(dialog):
        dialog.fields["prevention"].setPlainText("新客户先做资信调查；逾期30天即停止发货")
        dialog.save()                                             # the causes are missing: marked, nothing lost
        seen["refused"] = (dialog.message.text(), dialog.fields["causes"].styleSheet(),
                           dialog.fields["prevention"].toPlainText())
        dialog.fields["causes"].setPlainText("对方经营严重亏损后仍按原额度供货，催收不及时")
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(FollowUpDialog, "exec", fill)
    window.follow_up()
    message, style, kept = seen["refused"]
    assert "原因" in message and "b00020" in style and kept.startswith("新客户")
    year = papers.binder_catalogue(custodian, card.id, Category.TRADE, 2026)
    assert [p.kind for p in year] == ["incident_report"]
    assert window.bad_model.rowCount() == 2                       # the flag and the follow-up
