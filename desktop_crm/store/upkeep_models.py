"""Tables of upkeep and exchange: backups made, and imports (so an import can be undone as a whole)."""
from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
)

from desktop_crm.store.models import BaseModel, Customer, User, now
from desktop_crm.store.text_fields import CharField, TextField


class BackupRecord(BaseModel):
    """A backup written and verified by the desk: where, how big, its SHA-256, and what it holds."""
    id = AutoField()
    at = DateTimeField(default=now, index=True)
    user_name = CharField(max_length=40)
    path = TextField()
    size = IntegerField()
    sha256 = CharField(max_length=64)
    encrypted = BooleanField(default=False)
    automatic = BooleanField(default=False)
    database_included = BooleanField(default=True)
    customers = IntegerField(default=0)
    scans = IntegerField(default=0)


class ImportBatch(BaseModel):
    """One import of a file: who, when, the file's name and SHA-256, and what it did."""
    id = AutoField()
    at = DateTimeField(default=now, index=True)
    user = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    user_name = CharField(max_length=40)
    kind = CharField(max_length=20)            # customers
    file_name = CharField(max_length=255)
    sha256 = CharField(max_length=64)
    rows = IntegerField()
    created = IntegerField(default=0)
    updated = IntegerField(default=0)
    skipped = IntegerField(default=0)
    undone_at = DateTimeField(null=True)
    undone_by = CharField(max_length=40, default="")
    user_id: int | None


class ImportedCard(BaseModel):
    """A card an import created or updated, with the version it left and (for updates) what it replaced."""
    id = AutoField()
    batch = ForeignKeyField(ImportBatch, backref="cards", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    action = CharField(max_length=10)          # create | update
    version_after = IntegerField()
    before = TextField(default="")             # JSON of the stored values an update replaced
    batch_id: int
    customer_id: int


UPKEEP_MODELS = [BackupRecord, ImportBatch, ImportedCard]
