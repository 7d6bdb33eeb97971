"""Tables of the control of use: the query register, borrow slips and hand-outs."""
from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
)

from desktop_crm.store.binder_models import Document
from desktop_crm.store.models import BaseModel, Customer, User, now
from desktop_crm.store.text_fields import CharField, TextField


class QueryLog(BaseModel):
    """查询登记: who looked at what, and when."""
    id = AutoField()
    at = DateTimeField(default=now, index=True)
    user = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    user_name = CharField(max_length=40)
    action = CharField(max_length=20)          # search | open_card | open_binder | print | export
    customer = ForeignKeyField(Customer, backref="+", null=True, on_delete="SET NULL")
    detail = TextField(default="")


class BorrowSlip(BaseModel):
    """客户资料借阅表."""
    id = AutoField()
    number = CharField(max_length=20, unique=True)
    borrower = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    department = CharField(max_length=60, default="")
    purpose = CharField(max_length=200)
    date_out = DateField()
    due_date = DateField(index=True)
    approved_by = ForeignKeyField(User, backref="+", null=True, on_delete="RESTRICT")
    remarks = TextField(default="")
    override_reason = TextField(default="")     # written when a borrower with an overdue slip was let borrow
    renewals = IntegerField(default=0)
    closed = BooleanField(default=False, index=True)
    created_by = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)


class BorrowItem(BaseModel):
    id = AutoField()
    slip = ForeignKeyField(BorrowSlip, backref="items", on_delete="RESTRICT")
    document = ForeignKeyField(Document, backref="+", on_delete="RESTRICT")
    returned_on = DateField(null=True)
    condition = CharField(max_length=100, default="")
    received_by = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("document", "returned_on"), False),)


class Handout(BaseModel):
    """发放: a copy of customer data given to a colleague, with the customer manager's consent."""
    id = AutoField()
    number = CharField(max_length=20, unique=True)
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    recipient = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    recipient_role = CharField(max_length=30)
    consent_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    consent_on = DateField()
    purpose = CharField(max_length=200)
    fields = TextField()                         # the labels handed out, as written on the sheet
    output = CharField(max_length=10)            # xlsx | pdf
    recall_date = DateField(null=True)
    returned_on = DateField(null=True)
    created_by = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)


CONTROL_MODELS = [QueryLog, BorrowSlip, BorrowItem, Handout]
