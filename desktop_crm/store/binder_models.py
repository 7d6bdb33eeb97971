"""Tables of the loose-leaf binders: filed papers, their scans, and the registers (登记表)."""
from __future__ import annotations

import uuid

from peewee import (
    AutoField,
    BooleanField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
)

from desktop_crm.store.models import BaseModel, Customer, User, now
from desktop_crm.store.text_fields import CharField, TextField


def new_uid() -> str:
    return str(uuid.uuid4())


class ContractOrder(BaseModel):
    """合同订单登记表: one row per contract or order of a customer."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    number = CharField(max_length=40)
    signed_on = DateField()
    subject = CharField(max_length=200)
    quantity = DecimalField(max_digits=14, decimal_places=2, null=True)
    amount = DecimalField(max_digits=16, decimal_places=2, null=True)
    term = CharField(max_length=100, default="")
    status = CharField(max_length=20, default="执行中")
    removed = BooleanField(default=False)
    version = IntegerField(default=1)
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("customer", "number"), True),)


class Document(BaseModel):
    """A paper filed in a customer's binder. ``uid`` never changes, whatever renumbering happens."""
    id = AutoField()
    uid = CharField(max_length=36, unique=True, default=new_uid)
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    category = IntegerField()
    kind = CharField(max_length=40)
    year = IntegerField()
    seq = IntegerField(default=0)                  # 序号 within customer + category + year
    title = CharField(max_length=300)
    title_made_up = BooleanField(default=False)    # shown in [ ]
    doc_number = CharField(max_length=60, default="")   # 文号
    author = CharField(max_length=100, default="")      # 责任者
    doc_date = DateField(null=True)
    pages = IntegerField(null=True)
    is_original = BooleanField(default=False)
    retention = CharField(max_length=4)
    remarks = TextField(default="")
    valid_until = DateField(null=True)
    order = ForeignKeyField(ContractOrder, backref="+", null=True, on_delete="RESTRICT")
    removed = BooleanField(default=False)
    removed_reason = TextField(default="")
    version = IntegerField(default=1)
    created_at = DateTimeField(default=now)
    created_by = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    updated_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("customer", "category", "year", "seq"), False), (("customer", "kind"), False))


class Scan(BaseModel):
    """A stored scan file, named by its SHA-256 and never changed after it is stored."""
    sha256 = CharField(max_length=64, primary_key=True)
    suffix = CharField(max_length=8)
    media_type = CharField(max_length=40)
    size = IntegerField()
    pages = IntegerField()
    stored_at = DateTimeField(default=now)


class DocumentScan(BaseModel):
    id = AutoField()
    document = ForeignKeyField(Document, backref="scans", on_delete="RESTRICT")
    scan = ForeignKeyField(Scan, backref="+", on_delete="RESTRICT")
    position = IntegerField(default=0)
    original_name = CharField(max_length=255, default="")
    added_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("document", "scan"), True),)


class GoodsMovement(BaseModel):
    """产品进出货情况登记表."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    moved_on = DateField()
    direction = CharField(max_length=4)            # 进货 / 出货
    product = CharField(max_length=200)
    quantity = DecimalField(max_digits=14, decimal_places=2, null=True)
    amount = DecimalField(max_digits=16, decimal_places=2, null=True)
    order = ForeignKeyField(ContractOrder, backref="+", null=True, on_delete="RESTRICT")
    removed = BooleanField(default=False)
    version = IntegerField(default=1)


class ReturnDiscount(BaseModel):
    """退赔折价情况登记表."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    occurred_on = DateField()
    order = ForeignKeyField(ContractOrder, backref="+", null=True, on_delete="RESTRICT")
    reason = CharField(max_length=300)
    amount = DecimalField(max_digits=16, decimal_places=2, null=True)
    approval_state = CharField(max_length=10, default="待审批")
    removed = BooleanField(default=False)
    version = IntegerField(default=1)


BINDER_MODELS = [ContractOrder, Document, Scan, DocumentScan, GoodsMovement, ReturnDiscount]
