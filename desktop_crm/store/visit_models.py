"""Tables of the salespeople's visit reports and the complaint cards, each filed as a paper of category 1."""
from __future__ import annotations

from peewee import AutoField, DateField, DateTimeField, ForeignKeyField

from desktop_crm.store.binder_models import Document
from desktop_crm.store.models import BaseModel, Customer, now
from desktop_crm.store.text_fields import CharField, TextField


class VisitReport(BaseModel):
    """客户访问日报 as handed in: daily, urgent or periodic."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    kind = CharField(max_length=10)                 # daily | urgent | periodic
    visited_on = DateField(index=True)
    visitor = CharField(max_length=40)
    content = TextField()
    follow_up = TextField(default="")
    document = ForeignKeyField(Document, backref="+", null=True, on_delete="RESTRICT")
    created_at = DateTimeField(default=now)
    created_by_name = CharField(max_length=40)
    customer_id: int


class ComplaintCard(BaseModel):
    """客户投诉管理卡: the complaint, its handling and result, and how satisfied the customer was."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    received_on = DateField(index=True)
    complaint = TextField()
    handling = TextField(default="")
    result = TextField(default="")
    satisfaction = CharField(max_length=6, default="")
    document = ForeignKeyField(Document, backref="+", null=True, on_delete="RESTRICT")
    created_at = DateTimeField(default=now)
    created_by_name = CharField(max_length=40)
    customer_id: int


VISIT_MODELS = [VisitReport, ComplaintCard]
