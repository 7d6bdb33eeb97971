"""Tables of the retention lifecycle: appraisals of expired volumes and destruction lists (销毁清册).
A destruction list and its rows are never deleted: they are the record of what was destroyed."""
from __future__ import annotations

from peewee import AutoField, DateField, DateTimeField, ForeignKeyField, IntegerField

from desktop_crm.store.models import BaseModel, User, now
from desktop_crm.store.text_fields import CharField, TextField
from desktop_crm.store.volume_models import Volume


class DestructionList(BaseModel):
    id = AutoField()
    number = CharField(max_length=20, unique=True)      # XH-2026-001
    state = CharField(max_length=12, default="proposed")
    reason = TextField()
    proposed_at = DateTimeField(default=now)
    proposed_by = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    proposed_by_name = CharField(max_length=40)
    decided_at = DateTimeField(null=True)
    decided_by = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    decided_by_name = CharField(max_length=40, default="")
    decision_note = TextField(default="")
    carried_out_on = DateField(null=True)
    carried_out_by_name = CharField(max_length=40, default="")
    witnesses = CharField(max_length=100, default="")     # the two 监销人, "甲、乙"
    proposed_by_id: int | None
    decided_by_id: int | None


class Appraisal(BaseModel):
    """One appraisal of an expired volume: keep (with a new period) or destroy, and why."""
    id = AutoField()
    volume = ForeignKeyField(Volume, backref="+", on_delete="RESTRICT")
    at = DateTimeField(default=now)
    user = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    user_name = CharField(max_length=40)
    decision = CharField(max_length=10)                 # keep | destroy
    new_retention = CharField(max_length=4, default="")
    kept_until = DateField(null=True)
    reason = TextField()
    destruction_list = ForeignKeyField(DestructionList, backref="+", null=True, on_delete="RESTRICT")
    volume_id: int


class DestructionItem(BaseModel):
    """A row of a destruction list, with the volume's particulars as printed (kept when its scans go)."""
    id = AutoField()
    destruction_list = ForeignKeyField(DestructionList, backref="items", on_delete="RESTRICT")
    volume = ForeignKeyField(Volume, backref="+", on_delete="RESTRICT")
    position = IntegerField()
    code = CharField(max_length=60)
    title = CharField(max_length=300)
    start_ym = CharField(max_length=7)
    end_ym = CharField(max_length=7)
    pages = IntegerField()
    retention = CharField(max_length=4)
    reason = TextField()
    volume_id: int

    class Meta:
        indexes = ((("destruction_list", "volume"), True),)


RETENTION_MODELS = [DestructionList, Appraisal, DestructionItem]
