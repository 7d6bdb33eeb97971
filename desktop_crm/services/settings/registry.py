"""Reading and changing the archive-wide settings declared in ``domain.archive_settings``.

Every read goes through :func:`value` (typed, with the declared default); every change through
:func:`change`, which checks each value and the rules across values, writes them in one transaction and
records each change (who, when, setting, old → new) in the history.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.archive_settings import SETTINGS, SettingProblem, SettingSpec, check_together, spec_of
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.fixed_volume import CodeSettings
from desktop_crm.domain.permissions import Action
from desktop_crm.services import audit
from desktop_crm.services.authority import authorise
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


def listing() -> list[SettingView]:
    current = values()
    stored = _stored()
    return [SettingView(s.key, s.label, s.group.value, s.group.label, s.kind.value, current[s.key],
                        s.shown(current[s.key]), s.dump(current[s.key]), s.key not in stored, s.choices, s.help)
            for s in SETTINGS]


def change(acting: ActingUser, changes: dict[str, Any], note: str = "") -> dict[str, Any]:
    """Set several settings at once (text as typed, or typed values); all or nothing."""
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


def code_settings() -> CodeSettings:
    """The year-end binding's settings as the archive-code rules take them."""
    v = values(["fonds.code", "fonds.name", "volume.catalogue", "volume.class_code", "volume.template",
                "volume.page_limit"])
    return CodeSettings(fonds_code=v["fonds.code"], fonds_name=v["fonds.name"], catalogue=v["volume.catalogue"],
                        class_code=v["volume.class_code"], template=v["volume.template"],
                        page_limit=v["volume.page_limit"])


def spec_default(key: str) -> Any:
    return spec_of(key).default
