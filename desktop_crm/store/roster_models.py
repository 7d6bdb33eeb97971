"""Tables of the rosters' biennial update rounds (客户名册的增补调整) and of grades set by hand with a reason."""
from __future__ import annotations

from peewee import AutoField, DateField, DateTimeField, ForeignKeyField, IntegerField

from desktop_crm.store.models import BaseModel, Customer, now
from desktop_crm.store.text_fields import CharField, TextField


class RosterRound(BaseModel):
    """One update round of a roster: opened, each entry confirmed or corrected, closed with the counts."""
    id = AutoField()
    roster = CharField(max_length=20, index=True)
    opened_on = DateField()
    opened_by_name = CharField(max_length=40)
    closed_on = DateField(null=True)
    closed_by_name = CharField(max_length=40, default="")
    confirmed = IntegerField(default=0)
    corrected = IntegerField(default=0)


class RosterEntry(BaseModel):
    """An entry of a round: the customer confirmed as it stands, or corrected (what, by whom, when)."""
    id = AutoField()
    round = ForeignKeyField(RosterRound, backref="entries", on_delete="RESTRICT")
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    outcome = CharField(max_length=10)              # confirmed | corrected
    note = TextField(default="")
    user_name = CharField(max_length=40)
    on = DateField()
    customer_id: int

    class Meta:
        indexes = ((("round", "customer"), True),)


class GradeOverride(BaseModel):
    """A grade set by hand, kept against the grade the sales figures give, with the reason."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", unique=True, on_delete="CASCADE")
    grade = CharField(max_length=2)
    reason = TextField()
    user_name = CharField(max_length=40)
    at = DateTimeField(default=now)
    customer_id: int


ROSTER_MODELS = [RosterRound, RosterEntry, GradeOverride]
