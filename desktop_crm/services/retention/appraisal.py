"""Which fixed volumes have run out their period (到期), and the appraisal of each: keep with a new period, or
destroy (to be put on a destruction list)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import RETENTIONS
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.retention_rules import (
    Decision,
    ListState,
    VolumeFacts,
    destruction_refusals,
    expiry,
    is_due,
    kept_until,
    period_code,
    reason_given,
)
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.credit.ledger import open_debts_of
from desktop_crm.services.shelves.placing import volume_places
from desktop_crm.services.transaction import writing
from desktop_crm.store.control_models import BorrowItem
from desktop_crm.store.credit_models import CreditApproval
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer
from desktop_crm.store.retention_models import Appraisal, DestructionItem, DestructionList
from desktop_crm.store.volume_models import Volume, VolumeItem

OPEN_APPROVAL_STATES = ("draft", "submitted", "reviewed")


@dataclass(frozen=True)
class DueVolume:
    id: int
    code: str
    title: str
    customer_number: str
    customer_name: str
    retention: str           # 10年
    expires: date
    pages: int
    place: str
    appraised: str           # "" not yet; 继续保存 / 销毁 (the latest appraisal)
    on_list: str             # the open destruction list it is on, or ""


def _as_date(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def check_as_of(as_of: date) -> None:
    """An as-of date before any volume was closed asks about a time when nothing could have expired."""
    first = Volume.select(fn.MIN(Volume.closed_at)).scalar()
    if first is None:
        return
    first_day = first.date() if hasattr(first, "date") else date.fromisoformat(str(first)[:10])
    if as_of < first_day:
        raise InvalidInput({"as_of": QT_TRANSLATE_NOOP(
            "Retention", "截至日期 {date} 早于最早一卷的立卷日期 {first}，那时还没有案卷，更谈不上到期；请给出立卷以后的日期。")
            .format(date=as_of.isoformat(), first=first_day.isoformat())})


def _open_lists() -> dict[int, str]:
    """Volume id → number of the proposed or approved destruction list it is on."""
    rows = (DestructionItem.select(DestructionItem.volume, DestructionList.number).join(DestructionList)
            .where(DestructionList.state.in_([ListState.PROPOSED.value, ListState.APPROVED.value])))
    return dict(tuples(rows))


def _latest_decisions() -> dict[int, str]:
    found: dict[int, str] = {}
    for volume_id, decision in tuples(Appraisal.select(Appraisal.volume, Appraisal.decision).order_by(Appraisal.id)):
        found[volume_id] = decision
    return found


def due_volumes(as_of: date) -> list[DueVolume]:
    check_as_of(as_of)
    # the volumes alone first (a join would let the database walk every customer of a large archive)
    rows = (Volume.select(Volume.id, Volume.code, Volume.title, Volume.customer, Volume.retention, Volume.year,
                          Volume.kept_until, Volume.pages)
            .where(Volume.destroyed_on.is_null() & (Volume.retention != "Y")).order_by(Volume.year, Volume.number))
    due = []
    for vid, code, title, customer_id, retention, year, kept, pages in tuples(rows):
        ends = expiry(year, retention, _as_date(kept))
        if ends is not None and is_due(ends, as_of):
            due.append((vid, code, title, customer_id, retention, ends, pages))
    if not due:
        return []
    names = {cid: (number, name) for cid, number, name in tuples(Customer.select(Customer.id, Customer.number, Customer.name)
                                                                   .where(Customer.id.in_({d[3] for d in due})))}
    places = volume_places([d[0] for d in due])
    decisions, lists = _latest_decisions(), _open_lists()
    return [DueVolume(vid, code, title, *names[customer_id], RETENTIONS.get(retention, retention), ends, pages,
                      places.get(vid, ""), Decision.label_of(decisions[vid]) if vid in decisions else "",
                      lists.get(vid, ""))
            for vid, code, title, customer_id, retention, ends, pages in due]


def due(acting: ActingUser, as_of: date | None = None) -> list[DueVolume]:
    """The appraisal list: volumes whose period has run out by ``as_of`` (today when not given)."""
    authorise(acting, Action.QUERY_ARCHIVE)
    found = due_volumes(as_of or clock.today())
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"到期鉴定清单 {len(found)} 卷")
    return found


def facts_of(volume: Volume, as_of: date) -> VolumeFacts:
    documents = VolumeItem.select(VolumeItem.document).where(VolumeItem.volume == volume.id)
    on_loan = BorrowItem.select().where(BorrowItem.document.in_(documents) & BorrowItem.returned_on.is_null()).count()
    approvals = (CreditApproval.select().where((CreditApproval.customer == volume.customer_id)
                                               & CreditApproval.state.in_(OPEN_APPROVAL_STATES)).count())
    return VolumeFacts(volume.code, expiry(volume.year, volume.retention, _as_date(volume.kept_until)),
                       volume.destroyed_on is not None, on_loan, len(open_debts_of(volume.customer_id)), approvals,
                       _open_lists().get(volume.id, ""))


def find(code: str) -> Volume:
    volume = Volume.get_or_none(Volume.code == (code or "").strip())
    if volume is None:
        raise NotFound(QT_TRANSLATE_NOOP("Retention", "没有档号为 {code} 的案卷。").format(code=code))
    return volume


def appraise(acting: ActingUser, code: str, decision: Decision | str, reason: str, period: str = "",
             as_of: date | None = None) -> None:
    """Record the appraisal of one expired volume. Keep: a new period (10年/30年/永久) from the end of this year.
    Destroy: only a volume that may be destroyed now (expired, nothing on loan, no open debt or approval)."""
    authorise(acting, Action.APPRAISE)
    today = as_of or clock.today()
    decision = Decision(decision)
    reason = reason_given(reason)
    with writing():
        volume = find(code)
        facts = facts_of(volume, today)
        if facts.destroyed:
            raise InvalidInput({"volume": destruction_refusals(facts, today)[0]})
        if not is_due(facts.expires, today):
            raise InvalidInput({"volume": QT_TRANSLATE_NOOP(
                "Retention", "{code} 的保管期限未满（{until}），不需鉴定。").format(
                    code=volume.code, until=facts.expires.isoformat() if facts.expires else "永久")})
        if facts.on_open_list:
            raise InvalidInput({"volume": QT_TRANSLATE_NOOP(
                "Retention", "{code} 已列入销毁清册 {number}，请在清册审批后再办。").format(code=volume.code, number=facts.on_open_list)})
        if decision == Decision.KEEP:
            code_ = period_code(period)
            until = kept_until(code_, today)
            Appraisal.create(volume=volume.id, user=acting.id, user_name=acting.display_name, decision=decision.value,
                             new_retention=code_, kept_until=until, reason=reason)
            old_until = facts.expires.isoformat() if facts.expires else ""
            volume.kept_until = until
            if code_ == "Y":
                volume.retention = "Y"          # kept for ever: the volume is permanent from now on
            volume.save()
            audit.record(acting, "volume", volume.id, "appraise",
                         [audit.Change("保管期限至", old_until, until.isoformat() if until else "永久")],
                         note=f"鉴定：继续保存{RETENTIONS[code_]}。{reason}")
        else:
            refusals = destruction_refusals(facts, today)
            if refusals:
                raise InvalidInput({"volume": refusals[0]})
            Appraisal.create(volume=volume.id, user=acting.id, user_name=acting.display_name, decision=decision.value,
                             reason=reason)
            audit.record(acting, "volume", volume.id, "appraise", note=f"鉴定：拟销毁。{reason}")
