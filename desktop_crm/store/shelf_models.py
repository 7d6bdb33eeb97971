"""Tables of the archive room: its places, where each binder and fixed volume stands, and every move."""
from __future__ import annotations

from peewee import AutoField, BooleanField, DateTimeField, ForeignKeyField, IntegerField

from desktop_crm.store.models import BaseModel, Customer, User, now
from desktop_crm.store.text_fields import CharField
from desktop_crm.store.volume_models import Volume


class ShelfPlace(BaseModel):
    """A place in the archive room (柜-层-格), by the room's own code."""
    id = AutoField()
    code = CharField(max_length=40, unique=True)
    note = CharField(max_length=100, default="")      # what a person calls it: 东墙铁皮柜, 2号密集架
    retired = BooleanField(default=False)
    created_at = DateTimeField(default=now)


class BinderPlace(BaseModel):
    """Where a customer's loose-leaf binder stands: the whole binder (category 0) or one category filed apart."""
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="+", on_delete="RESTRICT")
    category = IntegerField(default=0)
    place = ForeignKeyField(ShelfPlace, backref="+", on_delete="RESTRICT")
    placed_at = DateTimeField(default=now)
    customer_id: int
    place_id: int

    class Meta:
        indexes = ((("customer", "category"), True),)


class VolumePlace(BaseModel):
    """Where a fixed volume stands."""
    id = AutoField()
    volume = ForeignKeyField(Volume, backref="+", unique=True, on_delete="RESTRICT")
    place = ForeignKeyField(ShelfPlace, backref="+", on_delete="RESTRICT")
    placed_at = DateTimeField(default=now)
    volume_id: int
    place_id: int


class PlaceMove(BaseModel):
    """One move of a binder or volume: who, when, from → to (from is empty on first shelving)."""
    id = AutoField()
    at = DateTimeField(default=now, index=True)
    user = ForeignKeyField(User, backref="+", null=True, on_delete="SET NULL")
    user_name = CharField(max_length=40)
    holder = CharField(max_length=10)                 # binder | volume
    customer = ForeignKeyField(Customer, backref="+", null=True, on_delete="RESTRICT")
    category = IntegerField(null=True)
    volume = ForeignKeyField(Volume, backref="+", null=True, on_delete="RESTRICT")
    from_code = CharField(max_length=40, default="")
    to_code = CharField(max_length=40)


SHELF_MODELS = [ShelfPlace, BinderPlace, VolumePlace, PlaceMove]
