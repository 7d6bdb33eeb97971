"""The archive's tables (peewee models). Customer columns come from the card's field table."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
)

from desktop_crm.domain import clock
from desktop_crm.domain.customer_card import COLUMN_FIELDS, FieldType
from desktop_crm.store.database import db
from desktop_crm.store.text_fields import CharField, TextField


def now() -> datetime:
    return clock.now()


class BaseModel(Model):
    class Meta:
        database = db


class SchemaVersion(BaseModel):
    version = IntegerField(primary_key=True)
    description = CharField(max_length=200)
    applied_at = DateTimeField(default=now)

    class Meta:
        table_name = "schema_version"


class Setting(BaseModel):
    """Archive-wide settings that every workstation must agree on (number prefixes, …)."""
    key = CharField(max_length=80, primary_key=True)
    value = TextField()


class User(BaseModel):
    id = AutoField()
    username = CharField(max_length=40, unique=True)
    display_name = CharField(max_length=40)
    role = CharField(max_length=30)
    department = CharField(max_length=60, default="")
    password_hash = CharField(max_length=200)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    password_state = CharField(max_length=20, default="own")   # own | temporary (must change) | demo
    password_changed_at = DateTimeField(null=True)


class SignInAttempt(BaseModel):
    """Every sign-in, right or wrong, from the window or the command line: the throttle reads it, so it holds
    across programs and restarts, and the custodian sees who failed when."""
    id = AutoField()
    at = DateTimeField(default=now)
    username = CharField(max_length=40)          # as typed (lower-case), even for no such account
    succeeded = BooleanField()

    class Meta:
        indexes = ((("username", "at"), False),)


class NumberSeries(BaseModel):
    """The next serial of each registered-number series; only ever counts up, so no number is reused."""
    kind = CharField(max_length=20, primary_key=True)
    next_serial = IntegerField(default=1)


class Customer(BaseModel):
    id = AutoField()
    kind = CharField(max_length=20, index=True)
    number = CharField(max_length=20, unique=True)
    version = IntegerField(default=1)
    name_sort = CharField(max_length=400, index=True)    # pinyin order, see domain.pinyin_keys
    initials = CharField(max_length=100, default="")
    name_core = CharField(max_length=100, index=True)    # for near-duplicate warnings
    search_text = TextField(default="")                  # what the search box looks through
    details = TextField(default="{}")                    # JSON of the long-form card sections
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now, index=True)
    created_by = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    updated_by = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    # the last full review (定期全面修订核查); the day of registration until the first one. Indexed with the
    # state (schema step 10), so the due list and its counts are read from the index alone.
    reviewed_on = DateField(null=True, default=clock.today)
    # its place in pinyin order (store/name_ranks.py; schema step 13): the name order and the search index
    # are read by this small key
    name_rank = BigIntegerField(default=0)
    # The card's own columns are added below from the field table; named here for the type checker only
    # (a test keeps this list equal to the table).
    name: Any
    uscc: Any
    id_number: Any
    gender: Any
    address: Any
    phone: Any
    contact_name: Any
    contact_title: Any
    mobile: Any
    founded_on: Any
    trading_since: Any
    tax_address: Any
    tax_phone: Any
    bank_name: Any
    bank_account: Any
    industry: Any
    ownership: Any
    region: Any
    customer_type: Any
    roster: Any
    grade: Any
    credit_rating: Any
    route_region: Any
    route_seq: Any
    account_manager: Any
    importance: Any
    direct_export: Any
    state: Any


def _column_for(spec) -> object:
    if spec.type == FieldType.DATE:
        return DateField(null=True)
    if spec.type == FieldType.INT:
        return IntegerField(null=True)
    if spec.type == FieldType.BOOL:
        return BooleanField(default=False)
    return CharField(max_length=spec.max_length, default="")


_INDEXED = {"uscc", "id_number", "roster", "grade", "credit_rating", "importance", "state", "region",
            "industry", "route_region", "account_manager"}
for _spec in COLUMN_FIELDS:
    _field = _column_for(_spec)
    _field.index = _spec.name in _INDEXED
    Customer._meta.add_field(_spec.name, _field)


class ChangeRecord(BaseModel):
    """One changed field of one archive record: who, when, what, old → new (更正记录)."""
    id = AutoField()
    at = DateTimeField(default=now, index=True)
    user = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    user_name = CharField(max_length=40)
    entity = CharField(max_length=30)
    entity_id = IntegerField()
    action = CharField(max_length=20)
    field = CharField(max_length=60, default="")
    old_value = TextField(default="")
    new_value = TextField(default="")
    note = TextField(default="")

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class CardDraft(BaseModel):
    """An unfinished card, autosaved so it can be offered back after a crash or power cut."""
    id = AutoField()
    user = ForeignKeyField(User, backref="+", on_delete="CASCADE")
    customer_id = IntegerField(null=True)     # None for a new card
    kind = CharField(max_length=20)
    base_version = IntegerField(null=True)
    payload = TextField()
    saved_at = DateTimeField(default=now)


class CardReview(BaseModel):
    """One full review of a card (定期全面修订核查): who, when, what was confirmed and what was corrected."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    reviewed_on = DateField()
    user = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    user_name = CharField(max_length=40)
    confirmed = TextField(default="")
    corrected = TextField(default="")
    at = DateTimeField(default=now)


ALL_MODELS = [SchemaVersion, Setting, User, NumberSeries, Customer, ChangeRecord, CardDraft, CardReview]
