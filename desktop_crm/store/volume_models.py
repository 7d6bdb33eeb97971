"""Tables of the year-end binding: fixed volumes, the papers in them, and later corrections."""
from __future__ import annotations

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop_crm.store.binder_models import Document
from desktop_crm.store.models import BaseModel, Customer, User, now


class Volume(BaseModel):
    """固定卷: one customer × category × year (or one part of it). Its code never changes."""
    id = AutoField()
    code = CharField(max_length=60, unique=True)
    year = IntegerField(index=True)
    number = IntegerField()                    # 案卷号
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    category = IntegerField()
    part = IntegerField(default=1)
    parts = IntegerField(default=1)
    title = CharField(max_length=300)
    fonds_name = CharField(max_length=200)
    class_name = CharField(max_length=60)
    retention = CharField(max_length=4)
    start_ym = CharField(max_length=7)
    end_ym = CharField(max_length=7)
    items = IntegerField()
    pages = IntegerField()
    notes = TextField(default="")              # problems accepted at the close, for the remarks sheet
    made_by = CharField(max_length=40)         # 立卷人
    checked_by = CharField(max_length=40, default="")   # 检查人
    closed_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("customer", "category", "year", "part"), True),)


class VolumeItem(BaseModel):
    id = AutoField()
    volume = ForeignKeyField(Volume, backref="papers", on_delete="RESTRICT")
    document = ForeignKeyField(Document, backref="+", unique=True, on_delete="RESTRICT")
    item = IntegerField()                      # 序号 / 件号 inside the volume
    first_page = IntegerField(null=True)
    last_page = IntegerField(null=True)


class VolumeCorrection(BaseModel):
    """A correction to a bound volume: recorded, never an edit; printed on the remarks sheet."""
    id = AutoField()
    volume = ForeignKeyField(Volume, backref="corrections", on_delete="RESTRICT")
    at = DateTimeField(default=now)
    user = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    user_name = CharField(max_length=40)
    text = TextField()


VOLUME_MODELS = [Volume, VolumeItem, VolumeCorrection]
