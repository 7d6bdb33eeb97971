"""Tables of the credit desk: debts and repayments, repayment plans, approvals, limits, ratings, bad customers."""
from __future__ import annotations

from peewee import (
    AutoField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
)

from desktop_crm.store.binder_models import ContractOrder, Document
from desktop_crm.store.models import BaseModel, Customer, User, now
from desktop_crm.store.text_fields import CharField, TextField


def money(**kw) -> DecimalField:
    return DecimalField(max_digits=16, decimal_places=2, auto_round=True, **kw)


class Debt(BaseModel):
    """历次欠款还款情况登记表 — one debt."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    incurred_on = DateField()
    order = ForeignKeyField(ContractOrder, backref="+", null=True, on_delete="RESTRICT")
    amount = money()
    due_date = DateField()
    original_due_date = DateField()          # kept when a deferral moves the due date
    note = CharField(max_length=200, default="")


class Repayment(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    paid_on = DateField()
    amount = money()
    note = CharField(max_length=200, default="")


class Settlement(BaseModel):
    """How much of a repayment settled which debt (part payments allowed)."""
    id = AutoField()
    repayment = ForeignKeyField(Repayment, backref="settlements", on_delete="RESTRICT")
    debt = ForeignKeyField(Debt, backref="settlements", on_delete="RESTRICT")
    amount = money()


class Instalment(BaseModel):
    """客户还款计划: the instalments agreed for a debt (欠款还款协议 number in ``agreement``)."""
    id = AutoField()
    debt = ForeignKeyField(Debt, backref="instalments", on_delete="RESTRICT")
    agreement = CharField(max_length=40, default="")
    due_on = DateField()
    amount = money()


class CreditApproval(BaseModel):
    """客户信用额度审批表 / 延期还款审批单 / 退赔折价审批表: one request and its decision."""
    id = AutoField()
    number = CharField(max_length=20, unique=True)
    kind = CharField(max_length=10)           # limit | deferral | return
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    state = CharField(max_length=10, default="draft")
    request = TextField()                     # JSON of what is asked
    snapshot = TextField(default="{}")        # JSON of balance, overdue, rating when submitted
    applicant = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    submitted_at = DateTimeField(null=True)
    reviewer = ForeignKeyField(User, backref="+", null=True, on_delete="RESTRICT")
    review_opinion = TextField(default="")
    reviewed_at = DateTimeField(null=True)
    approver = ForeignKeyField(User, backref="+", null=True, on_delete="RESTRICT")
    decision = TextField(default="")          # conditions or reasons
    decided_at = DateTimeField(null=True)
    document = ForeignKeyField(Document, backref="+", null=True, on_delete="RESTRICT")
    created_at = DateTimeField(default=now)
    # the foreign keys' id attributes peewee adds, named for the type checker
    customer_id: int
    applicant_id: int
    reviewer_id: int | None
    approver_id: int | None
    document_id: int | None


class CreditLimit(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    amount = money()
    effective_from = DateField()
    approval = ForeignKeyField(CreditApproval, backref="+", null=True, on_delete="RESTRICT")


class RatingRecord(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    at = DateTimeField(default=now)
    rating = CharField(max_length=4)
    source = CharField(max_length=10)         # rule | override
    reason = TextField()
    inputs = TextField(default="{}")
    user_name = CharField(max_length=40, default="")


class BadCustomerRecord(BaseModel):
    """不良客户 handling: a flag with its criterion, then the measures taken, clearing and restoring."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    at = DateTimeField(default=now)
    action = CharField(max_length=12)         # flag | measure | clear | restore | analysis
    criterion = CharField(max_length=20, default="")
    text = TextField(default="")
    department = CharField(max_length=60, default="")
    user_name = CharField(max_length=40)


class ExportTerms(BaseModel):
    """For direct-export customers: the agreed payment method and the credit amount granted."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", unique=True, on_delete="RESTRICT")
    payment_method = CharField(max_length=100)
    credit_amount = money()
    note = CharField(max_length=200, default="")


class Collateral(BaseModel):
    """抵押保证登记: collateral pledged or guarantees given for a customer's credit."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    kind = CharField(max_length=10)            # 抵押 | 质押 | 保证
    description = CharField(max_length=200)
    value = money(null=True)
    guarantor = CharField(max_length=100, default="")
    registered_on = DateField()
    released_on = DateField(null=True)


CREDIT_MODELS = [Debt, Repayment, Settlement, Instalment, CreditApproval, CreditLimit, RatingRecord,
                 BadCustomerRecord, ExportTerms, Collateral]

