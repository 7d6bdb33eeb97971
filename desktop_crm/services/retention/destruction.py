"""The destruction list (销毁清册): proposed from the volumes appraised for destruction, approved or rejected by
a manager who did not propose it, then carried out by the custodian with two witnesses. Only then are the
volumes marked 已销毁 and their scans removed from the store; the volume rows, their catalogues and the list
itself are kept for ever."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.binder_categories import RETENTIONS
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.retention_rules import (
    Decision,
    ListState,
    check_decider,
    check_state,
    destruction_refusals,
    reason_given,
    witnesses_given,
)
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.printing.destruction_list import DestructionLine, DestructionSheet, render_destruction_list
from desktop_crm.services import audit, numbering, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.binders.scans import detach_scans, remove_files
from desktop_crm.services.retention.appraisal import facts_of, find
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store.database import tuples
from desktop_crm.store.retention_models import Appraisal, DestructionItem, DestructionList
from desktop_crm.store.shelf_models import VolumePlace
from desktop_crm.store.volume_models import Volume, VolumeCorrection, VolumeItem

ENTITY = "destruction_list"


def _awaiting_list() -> list[tuple[int, int, str]]:
    """(appraisal id, volume id, reason) of volumes whose latest appraisal is 'destroy' and on no list yet."""
    latest: dict[int, tuple[int, str, str, int | None]] = {}
    for aid, vid, decision, reason, list_id in tuples(
            Appraisal.select(Appraisal.id, Appraisal.volume, Appraisal.decision, Appraisal.reason,
                             Appraisal.destruction_list).order_by(Appraisal.id)):
        latest[vid] = (aid, decision, reason, list_id)
    return [(aid, vid, reason) for vid, (aid, decision, reason, list_id) in latest.items()
            if decision == Decision.DESTROY.value and list_id is None]


def propose(acting: ActingUser, reason: str, codes: list[str] | None = None, as_of: date | None = None) -> str:
    """A destruction list of the volumes appraised for destruction (all of them, or those named by code);
    each checked again: a volume lent out or whose customer has an open debt or approval meanwhile stays off."""
    authorise(acting, Action.APPRAISE)
    today = as_of or clock.today()
    reason = reason_given(reason)
    with writing():
        waiting = _awaiting_list()
        if codes:
            wanted = {find(c).id for c in codes}
            missing = wanted - {vid for _, vid, _ in waiting}
            if missing:
                names = "、".join(v for v, in tuples(Volume.select(Volume.code).where(Volume.id.in_(list(missing)))))
                raise InvalidInput({"volumes": QT_TRANSLATE_NOOP(
                    "Retention", "{codes} 尚未鉴定为销毁（或已在清册中），不能列入销毁清册；请先鉴定。").format(codes=names)})
            waiting = [w for w in waiting if w[1] in wanted]
        if not waiting:
            raise InvalidInput({"volumes": QT_TRANSLATE_NOOP(
                "Retention", "没有鉴定为销毁、尚未列入清册的案卷。请先在到期鉴定清单中鉴定。")})
        volumes = {v.id: v for v in Volume.select().where(Volume.id.in_([vid for _, vid, _ in waiting]))}
        for _, vid, _ in waiting:
            refusals = destruction_refusals(facts_of(volumes[vid], today), today)
            if refusals:
                raise InvalidInput({"volumes": refusals[0]})
        number = numbering.next_number("XH", today.year)
        made = DestructionList.create(number=number, reason=reason, proposed_by=acting.id,
                                      proposed_by_name=acting.display_name)
        ordered = sorted(waiting, key=lambda w: volumes[w[1]].code)
        for position, (aid, vid, why) in enumerate(ordered, start=1):
            v = volumes[vid]
            DestructionItem.create(destruction_list=made.id, volume=vid, position=position, code=v.code, title=v.title,
                                   start_ym=v.start_ym, end_ym=v.end_ym, pages=v.pages, retention=v.retention,
                                   reason=why)
            Appraisal.update(destruction_list=made.id).where(Appraisal.id == aid).execute()
        audit.record(acting, ENTITY, made.id, "propose", note=f"{number}：{len(ordered)} 卷。{reason}")
    return number


def _list(number: str) -> DestructionList:
    found = DestructionList.get_or_none(DestructionList.number == (number or "").strip().upper())
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Retention", "没有编号为 {number} 的销毁清册。").format(number=number))
    return found


def decide(acting: ActingUser, number: str, approve: bool, note: str = "") -> None:
    """A manager approves or rejects a proposed list; never the person who proposed it."""
    authorise(acting, Action.APPROVE_DESTRUCTION)
    with writing():
        found = _list(number)
        check_state(found.state, ListState.PROPOSED, found.number)
        check_decider(acting.role, acting.id, found.proposed_by_id)
        if not approve:
            note = reason_given(note, "note")
        found.state = (ListState.APPROVED if approve else ListState.REJECTED).value
        found.decided_at, found.decided_by_id, found.decided_by_name = clock.now(), acting.id, acting.display_name
        found.decision_note = (note or "").strip()
        found.save()
        if not approve:     # its volumes may be appraised again
            Appraisal.update(destruction_list=None).where(Appraisal.destruction_list == found.id).execute()
        audit.record(acting, ENTITY, found.id, "approve" if approve else "reject",
                     [audit.Change("状态", ListState.PROPOSED.label, ListState(found.state).label)], note=found.decision_note)


def carry_out(acting: ActingUser, number: str, witnesses: list[str], on: date | None = None) -> int:
    """The custodian destroys the volumes of an approved list before two witnesses; returns scans removed."""
    authorise(acting, Action.DESTROY)
    first, second = witnesses_given(witnesses)
    day = on or clock.today()
    with writing():
        found = _list(number)
        check_state(found.state, ListState.APPROVED, found.number)
        items = list(DestructionItem.select().where(DestructionItem.destruction_list == found.id)
                     .order_by(DestructionItem.position))
        volumes = {v.id: v for v in Volume.select().where(Volume.id.in_([i.volume_id for i in items]))}
        for item in items:
            facts = facts_of(volumes[item.volume_id], day)
            if facts.papers_on_loan:
                raise InvalidInput({"list": destruction_refusals(facts, day)[0]})
        files = []
        note = f"按销毁清册 {found.number} 销毁（监销人：{first}、{second}）"
        for item in items:
            volume = volumes[item.volume_id]
            documents = [d for d, in tuples(VolumeItem.select(VolumeItem.document).where(VolumeItem.volume == volume.id))]
            files += detach_scans(acting, documents, note)
            volume.destroyed_on = day
            volume.save()
            VolumePlace.delete().where(VolumePlace.volume == volume.id).execute()   # its shelf place is free
            VolumeCorrection.create(volume=volume.id, user=acting.id, user_name=acting.display_name,
                                    text=f"本卷已于 {day.isoformat()} {note}；扫描件已从档案库删除，目录与备考表留存。")
            audit.record(acting, "volume", volume.id, "destroy", [audit.Change("状态", "保存", "已销毁")], note=note)
        found.state = ListState.CARRIED_OUT.value
        found.carried_out_on, found.carried_out_by_name = day, acting.display_name
        found.witnesses = f"{first}、{second}"
        found.save()
        audit.record(acting, ENTITY, found.id, "carry_out", [audit.Change("状态", ListState.APPROVED.label,
                                                                         ListState.CARRIED_OUT.label)], note=note)
    remove_files(files)              # only after the records are gone for good
    return len(files)


@dataclass(frozen=True)
class ListRow:
    number: str
    state: str
    volumes: int
    proposed_by: str
    proposed_at: datetime
    decided_by: str
    carried_out_on: date | None


def lists(acting: ActingUser) -> list[ListRow]:
    authorise(acting, Action.QUERY_ARCHIVE)
    rows = []
    for found in DestructionList.select().order_by(DestructionList.id.desc()):
        count = DestructionItem.select().where(DestructionItem.destruction_list == found.id).count()
        rows.append(ListRow(found.number, ListState.label_of(found.state), count, found.proposed_by_name,
                            found.proposed_at, found.decided_by_name, found.carried_out_on))
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"销毁清册 {len(rows)} 份")
    return rows


def list_pdf(acting: ActingUser, number: str) -> bytes:
    """The printed destruction list, at any stage and for ever after."""
    authorise(acting, Action.QUERY_ARCHIVE)
    found = _list(number)
    lines = tuple(DestructionLine(i.code, i.title, f"{i.start_ym.replace('-', '.')}—{i.end_ym.replace('-', '.')}", i.pages,
                                  RETENTIONS.get(i.retention, i.retention), i.reason)
                  for i in DestructionItem.select().where(DestructionItem.destruction_list == found.id)
                  .order_by(DestructionItem.position))
    sheet = DestructionSheet(
        found.number, f"{registry.value('fonds.name')}（全宗号 {registry.value('fonds.code')}）", found.reason,
        f"{found.proposed_by_name} {found.proposed_at:%Y-%m-%d}", lines, ListState.label_of(found.state),
        found.decided_by_name if found.state != ListState.REJECTED.value else "",
        found.decided_at.strftime("%Y-%m-%d") if found.decided_at and found.state != ListState.REJECTED.value else "",
        tuple(found.witnesses.split("、")) if found.witnesses else (),
        found.carried_out_on.isoformat() if found.carried_out_on else "")
    query_register.record(acting, QueryAction.PRINT, detail=f"销毁清册 {found.number}")
    return render_destruction_list(sheet)
