"""Reading and changing the archive-wide settings declared in ``domain.archive_settings``.

Every read goes through :func:`value` (typed, with the declared default); every change through
:func:`change`, which checks each value and the rules across values, writes them in one transaction and
records each change (who, when, setting, old → new) in the history.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.archive_settings import (
    SETTINGS,
    SettingProblem,
    SettingSpec,
    check_together,
    grants_own_role,
    spec_of,
)
from desktop_crm.domain.errors import InvalidInput, PermissionDenied
from desktop_crm.domain.fixed_volume import CodeSettings
from desktop_crm.domain.permissions import Action
from desktop_crm.domain.roles import Role
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP
from desktop_crm.services import audit
from desktop_crm.services.authority import authorise, ensure_in_use
from desktop_crm.services.transaction import writing
from desktop_crm.store.models import Setting

ENTITY = "setting"


def _stored(keys: list[str] | None = None) -> dict[str, str]:
    query = Setting.select(Setting.key, Setting.value)
    if keys is not None:
        query = query.where(Setting.key.in_(keys))
    return {key: text for key, text in query.tuples()}


def _typed(spec: SettingSpec, stored: str | None) -> Any:
    if stored is None:
        return spec.default
    try:
        return spec.parse(stored)
    except SettingProblem:      # a value written by hand or by an older release: the default stands
        return spec.default


def value(key: str) -> Any:
    spec = spec_of(key)
    return _typed(spec, _stored([key]).get(key))


def values(keys: list[str] | None = None) -> dict[str, Any]:
    """Typed values of ``keys`` (all settings when None), read in one query."""
    specs = [spec_of(k) for k in keys] if keys is not None else list(SETTINGS)
    stored = _stored([s.key for s in specs])
    return {s.key: _typed(s, stored.get(s.key)) for s in specs}


@dataclass(frozen=True)
class SettingView:
    """One setting as the settings window and the ``settings`` command show it."""
    key: str
    label: str
    group: str
    group_label: str
    kind: str
    value: Any
    shown: str
    stored: str
    default: bool
    choices: tuple[str, ...]
    help: str
    hint: str = ""             # how a value is written (text kinds): 信用期天数:额度上限 …


def listing() -> list[SettingView]:
    current = values()
    stored = _stored()
    return [SettingView(s.key, s.label, s.group.value, s.group.label, s.kind.value, current[s.key],
                        s.shown(current[s.key]), s.dump(current[s.key]), s.key not in stored, s.choices, s.help,
                        s.hint)
            for s in SETTINGS]


def change(acting: ActingUser, changes: dict[str, Any], note: str = "",
           signed_off_by: ActingUser | None = None) -> dict[str, Any]:
    """Set several settings at once (text as typed, or typed values); all or nothing. A change that gives the
    changer's own role an authority it lacks by default needs ``signed_off_by``: a manager (经理), signed in,
    not the changer; the sign-off is recorded with the change."""
    authorise(acting, Action.CHANGE_SETTINGS)
    problems: dict[str, str] = {}
    typed: dict[str, Any] = {}
    for key, raw in changes.items():
        try:
            typed[key] = spec_of(key).parse(raw)
        except SettingProblem as exc:
            problems[key] = exc.args[0]
    if problems:
        raise InvalidInput(problems)
    with writing():
        old = values()
        problems.update(check_together({**old, **typed}))
        if problems:
            raise InvalidInput(problems)
        granted = [key for key, new in typed.items() if grants_own_role(acting.role, key, old[key], new)]
        if granted:
            _signed_off(acting, signed_off_by, spec_of(granted[0]).label)
            note = (note + "；" if note else "") + f"经{signed_off_by.display_name}（经理）签认"   # type: ignore[union-attr]
        audited = []
        for key, new in typed.items():
            spec = spec_of(key)
            if spec.dump(new) == spec.dump(old[key]):
                continue
            Setting.insert(key=key, value=spec.dump(new)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: spec.dump(new)}).execute()
            audited.append(audit.Change(str(spec.label), spec.shown(old[key]), spec.shown(new)))
        if audited:
            audit.record(acting, ENTITY, 0, "update", audited, note=note)
    return values(list(typed))


def _signed_off(acting: ActingUser, manager: ActingUser | None, label: object) -> None:
    if manager is None or manager.role != Role.MANAGER or manager.id == acting.id:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Settings", "“{label}”的改动会把您自己角色没有的权限授予您的角色：须由另一位经理签认（命令行 --signed-off-by 经理登录名）。"
        ).format(label=label))
    ensure_in_use(manager)


def code_settings() -> CodeSettings:
    """The year-end binding's settings as the archive-code rules take them."""
    v = values(["fonds.code", "fonds.name", "volume.catalogue", "volume.class_code", "volume.template",
                "volume.page_limit"])
    return CodeSettings(fonds_code=v["fonds.code"], fonds_name=v["fonds.name"], catalogue=v["volume.catalogue"],
                        class_code=v["volume.class_code"], template=v["volume.template"],
                        page_limit=v["volume.page_limit"])


def spec_default(key: str) -> Any:
    return spec_of(key).default
