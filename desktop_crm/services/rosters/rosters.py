"""客户名册 (rosters): the customers of each roster as a printable list (A4 landscape PDF, or a workbook) with
the columns that roster needs, and the biennial update round (客户名册原则上两年增补或调整一次): opened for a
roster, each entry confirmed or corrected, closed with the counts. The printed roster shows each correction of
the latest round with its date and who made it, as a stamped and dated correction on paper would."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import FIELDS_BY_NAME, STATE_CLEARED, Roster
from desktop_crm.domain.errors import InvalidInput, NotFound
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.query_register import QueryAction
from desktop_crm.domain.roster_columns import ROSTER_COLUMNS, WIDTHS
from desktop_crm.domain.text_input import checked_text
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.printing.roster_pdf import render_roster
from desktop_crm.printing.table_pdf import Column, TableSheet
from desktop_crm.services import audit, query_register
from desktop_crm.services.authority import authorise
from desktop_crm.services.exchange.spreadsheets import workbook_bytes
from desktop_crm.services.settings import registry
from desktop_crm.services.transaction import writing
from desktop_crm.store.database import tuples
from desktop_crm.store.models import Customer
from desktop_crm.store.roster_models import RosterEntry, RosterRound

CONFIRMED, CORRECTED = "confirmed", "corrected"


def _roster(name: str) -> str:
    value = (name or "").strip()
    if value not in Roster.values():
        raise InvalidInput({"roster": QT_TRANSLATE_NOOP("Rosters", "没有名为“{name}”的客户名册；可选：{rosters}。")
                            .format(name=name, rosters="、".join(Roster.values()))})
    return value


@dataclass(frozen=True)
class RosterSheet:
    roster: str
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    customer_ids: tuple[int, ...]
    round_label: str          # the round whose corrections are shown, or ""


def _latest_round(roster: str) -> RosterRound | None:
    return RosterRound.select().where(RosterRound.roster == roster).order_by(RosterRound.id.desc()).first()


def roster_sheet(acting: ActingUser, name: str) -> RosterSheet:
    authorise(acting, Action.QUERY_ARCHIVE)
    roster = _roster(name)
    fields = ROSTER_COLUMNS[roster]
    query = (Customer.select(Customer.id, *(getattr(Customer, f) for f in fields))
             .where(Customer.roster == roster, Customer.state != STATE_CLEARED).order_by(Customer.name_sort))
    latest = _latest_round(roster)
    notes = {}
    if latest is not None:
        notes = {cid: (outcome, note, who, on) for cid, outcome, note, who, on in tuples(
            RosterEntry.select(RosterEntry.customer, RosterEntry.outcome, RosterEntry.note, RosterEntry.user_name,
                               RosterEntry.on).where(RosterEntry.round == latest.id))}
    rows, ids = [], []
    for customer_id, *values in tuples(query):
        outcome = notes.get(customer_id)
        mark = ""
        if outcome and outcome[0] == CORRECTED:
            mark = f"更正：{outcome[1]}（{outcome[2]} {outcome[3]}）"
        elif outcome:
            mark = f"已核对（{outcome[2]} {outcome[3]}）"
        rows.append(tuple("" if v is None else str(v) for v in values) + (mark,))
        ids.append(customer_id)
    headings = tuple(str(FIELDS_BY_NAME[f].label) if f in FIELDS_BY_NAME else "登记编号" for f in fields) + ("增补调整",)
    label = ""
    if latest is not None:
        label = f"{latest.opened_on:%Y-%m-%d} 起的增补调整" + (f"（{latest.closed_on:%Y-%m-%d} 结束）" if latest.closed_on else "（进行中）")
    query_register.record(acting, QueryAction.DESK_LIST, detail=f"客户名册 {roster} {len(rows)} 户")
    return RosterSheet(roster, headings, tuple(rows), tuple(ids), label)


def roster_pdf(acting: ActingUser, name: str) -> bytes:
    sheet = roster_sheet(acting, name)
    fields = ROSTER_COLUMNS[sheet.roster]
    widths = [WIDTHS[f] for f in fields]
    scale = (257 - 46) / sum(widths)           # 46 mm for the 增补调整 column
    columns = tuple(Column(h, w * scale, shrink=f in ("number", "phone", "mobile", "trading_since"))
                    for h, w, f in zip(sheet.headings, widths, fields)) + (Column("增补调整", 46),)
    pdf = render_roster(TableSheet(f"客户名册 · {sheet.roster}", (
        f"全宗：{registry.value('fonds.name')}    共 {len(sheet.rows)} 户    打印：{acting.display_name} {clock.today():%Y-%m-%d}"
        + (f"    {sheet.round_label}" if sheet.round_label else ""),), columns, sheet.rows, min_row_mm=9, left_mm=20))
    query_register.record(acting, QueryAction.PRINT, detail=f"客户名册 {sheet.roster}")
    return pdf


def roster_workbook(acting: ActingUser, name: str) -> bytes:
    sheet = roster_sheet(acting, name)
    query_register.record(acting, QueryAction.EXPORT, detail=f"客户名册 {sheet.roster} {len(sheet.rows)} 行")
    return workbook_bytes(sheet.roster, sheet.headings, sheet.rows)


# --- the update round ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RoundState:
    id: int
    roster: str
    opened_on: date
    closed_on: date | None
    confirmed: int
    corrected: int
    left: int                 # entries of the roster not yet gone through


def _open_round(roster: str) -> RosterRound | None:
    return RosterRound.select().where(RosterRound.roster == roster, RosterRound.closed_on.is_null()).first()


def _state(found: RosterRound) -> RoundState:
    done = {o: n for o, n in tuples(RosterEntry.select(RosterEntry.outcome, fn.COUNT(RosterEntry.id))
                                    .where(RosterEntry.round == found.id).group_by(RosterEntry.outcome))}
    total = Customer.select().where(Customer.roster == found.roster, Customer.state != STATE_CLEARED).count()
    confirmed, corrected = done.get(CONFIRMED, 0), done.get(CORRECTED, 0)
    return RoundState(found.id, found.roster, found.opened_on, found.closed_on, confirmed, corrected,
                      max(0, total - confirmed - corrected))


def open_round(acting: ActingUser, name: str) -> RoundState:
    authorise(acting, Action.EDIT_CARDS)
    roster = _roster(name)
    with writing():
        if _open_round(roster) is not None:
            raise InvalidInput({"roster": QT_TRANSLATE_NOOP("Rosters", "“{roster}”已有一轮增补调整在进行，请先结束它。")
                                .format(roster=roster)})
        made = RosterRound.create(roster=roster, opened_on=clock.today(), opened_by_name=acting.display_name)
        audit.record(acting, "roster_round", made.id, "open", note=f"客户名册 {roster} 开始增补调整")
    return _state(made)


def round_state(acting: ActingUser, name: str) -> RoundState | None:
    authorise(acting, Action.QUERY_ARCHIVE)
    found = _open_round(_roster(name)) or _latest_round(_roster(name))
    return _state(found) if found else None


def record_entry(acting: ActingUser, name: str, customer_number: str, correction: str = "") -> None:
    """Go through one entry of the open round: confirmed as it stands, or corrected (say what was corrected —
    the correction itself is made in the card, with its own 更正记录)."""
    authorise(acting, Action.EDIT_CARDS)
    roster = _roster(name)
    correction = checked_text("correction", QT_TRANSLATE_NOOP("Rosters", "更正内容"), correction, 300)
    with writing():
        found = _open_round(roster)
        if found is None:
            raise InvalidInput({"roster": QT_TRANSLATE_NOOP("Rosters", "“{roster}”没有进行中的增补调整，请先开始一轮。")
                                .format(roster=roster)})
        row = Customer.get_or_none(Customer.number == (customer_number or "").strip().upper())
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Rosters", "没有登记编号为 {number} 的客户。").format(number=customer_number))
        if row.roster != roster:
            raise InvalidInput({"customer": QT_TRANSLATE_NOOP("Rosters", "{number} 属于“{other}”，不在“{roster}”中。")
                                .format(number=row.number, other=row.roster or "—", roster=roster)})
        outcome = CORRECTED if correction else CONFIRMED
        (RosterEntry.insert(round=found.id, customer=row.id, outcome=outcome, note=correction,
                            user_name=acting.display_name, on=clock.today())
         .on_conflict(conflict_target=[RosterEntry.round, RosterEntry.customer],
                      update={RosterEntry.outcome: outcome, RosterEntry.note: correction,
                              RosterEntry.user_name: acting.display_name, RosterEntry.on: clock.today()})
         .execute())
        audit.record(acting, "customer", row.id, "roster_check",
                     note=f"客户名册 {roster} 增补调整：" + (f"更正 {correction}" if correction else "核对无误"))


def close_round(acting: ActingUser, name: str) -> RoundState:
    authorise(acting, Action.EDIT_CARDS)
    roster = _roster(name)
    with writing():
        found = _open_round(roster)
        if found is None:
            raise InvalidInput({"roster": QT_TRANSLATE_NOOP("Rosters", "“{roster}”没有进行中的增补调整。").format(roster=roster)})
        state = _state(found)
        found.closed_on, found.closed_by_name = clock.today(), acting.display_name
        found.confirmed, found.corrected = state.confirmed, state.corrected
        found.save()
        audit.record(acting, "roster_round", found.id, "close",
                     note=f"客户名册 {roster} 增补调整结束：核对 {state.confirmed} 户，更正 {state.corrected} 户，"
                          f"未过目 {state.left} 户")
    return _state(found)
