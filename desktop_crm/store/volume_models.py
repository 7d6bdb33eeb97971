"""Tables of the year-end binding: fixed volumes, the papers in them, and later corrections."""
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
    kept_until = DateField(null=True)          # set when an appraisal keeps it past its period
    destroyed_on = DateField(null=True)        # 已销毁: its row and catalogue stay, its scans are gone
    customer_id: int          # the foreign keys' own columns, as peewee provides them (for the type checker)

    class Meta:
        indexes = ((("customer", "category", "year", "part"), True),)


class VolumeItem(BaseModel):
    id = AutoField()
    volume = ForeignKeyField(Volume, backref="papers", on_delete="RESTRICT")
    document = ForeignKeyField(Document, backref="+", unique=True, on_delete="RESTRICT")
    item = IntegerField()                      # 序号 / 件号 inside the volume
    first_page = IntegerField(null=True)
    last_page = IntegerField(null=True)
    pages = IntegerField(null=True)            # pages the paper has in the volume (None: bound by 0.1.0)
    scanned = IntegerField(null=True)          # of them, pages from its scans; the rest are placeholders
    volume_id: int
    document_id: int


class VolumeCorrection(BaseModel):
    """A correction to a bound volume: recorded, never an edit; printed on the remarks sheet."""
    id = AutoField()
    volume = ForeignKeyField(Volume, backref="corrections", on_delete="RESTRICT")
    at = DateTimeField(default=now)
    user = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    user_name = CharField(max_length=40)
    text = TextField()


class YearClose(BaseModel):
    """A year's close: once started, no paper enters that year; finished when every volume is made."""
    year = IntegerField(primary_key=True)
    started_at = DateTimeField(default=now)
    started_by = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    finished_at = DateTimeField(null=True)
    accepted_note = TextField(default="")      # why the problems found were accepted
    checked_by = CharField(max_length=40, default="")   # 检查人


class VolumeNote(BaseModel):
    """A line of a volume's remarks sheet (卷内备考表) written at the close: its own problems only."""
    id = AutoField()
    volume = ForeignKeyField(Volume, backref="notes_written", on_delete="RESTRICT")
    position = IntegerField()
    kind = CharField(max_length=20)            # gap | no_pages | scan_pages | on_loan | no_scan | pages | accepted
    text = TextField()


class VolumePrint(BaseModel):
    """A printed volume file the desk wrote, so ``check`` can read it back and verify it."""
    id = AutoField()
    volume = ForeignKeyField(Volume, backref="prints", on_delete="RESTRICT")
    path = TextField()
    with_scans = BooleanField(default=False)
    double_sided = BooleanField(default=False)
    pages = IntegerField()
    sha256 = CharField(max_length=64)
    printed_at = DateTimeField(default=now)
    printed_by = CharField(max_length=40, default="")
    volume_id: int


class ArchiveLock(BaseModel):
    """A named lock held in the archive (one close at a time); a holder that stops renewing it has gone."""
    name = CharField(max_length=40, primary_key=True)
    holder = CharField(max_length=200)
    acquired_at = DateTimeField(default=now)
    renewed_at = DateTimeField(default=now)


VOLUME_MODELS = [Volume, VolumeItem, VolumeCorrection]
BINDING_MODELS = [YearClose, VolumeNote, VolumePrint, ArchiveLock]
