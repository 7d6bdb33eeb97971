"""The year-end binding's settings kept in the archive: fonds number and name, code template, page limit."""
from __future__ import annotations

import re

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.fixed_volume import TEMPLATES, CodeSettings
from desktop_crm.domain.permissions import Action, require
from desktop_crm.services import audit
from desktop_crm.store.database import db
from desktop_crm.store.models import Setting

_KEYS = {"fonds_code": "fonds.code", "fonds_name": "fonds.name", "catalogue": "volume.catalogue",
         "class_code": "volume.class_code", "template": "volume.template", "page_limit": "volume.page_limit"}


def code_settings() -> CodeSettings:
    stored = {r.key: r.value for r in Setting.select().where(Setting.key.in_(list(_KEYS.values())))}
    defaults = CodeSettings()
    values = {name: stored.get(key, getattr(defaults, name)) for name, key in _KEYS.items()}
    values["page_limit"] = int(values["page_limit"])
    return CodeSettings(**values)


def set_code_settings(acting: ActingUser, **changes) -> CodeSettings:
    require(acting.role, Action.BIND_YEAR)
    problems = {}
    if "fonds_code" in changes and not re.fullmatch(r"[A-Z0-9]{1,10}", str(changes["fonds_code"])):
        problems["fonds_code"] = "全宗号应为1至10位大写字母或数字，例如 0456。"
    if "fonds_name" in changes and (not str(changes["fonds_name"]).strip() or "本公司" in str(changes["fonds_name"])):
        problems["fonds_name"] = "全宗名称须写单位全称，不用“本公司”等泛称。"
    if "template" in changes and changes["template"] not in TEMPLATES:
        problems["template"] = "档号格式应为 bound（全宗号-目录号-案卷号）或 dat13（DA/T 13-2022）。"
    if "page_limit" in changes and not 20 <= int(changes["page_limit"]) <= 2000:
        problems["page_limit"] = "每卷页数上限应在20至2000之间。"
    if problems:
        raise InvalidInput(problems)
    with db.atomic():
        old = code_settings()
        for name, value in changes.items():
            Setting.insert(key=_KEYS[name], value=str(value)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: str(value)}).execute()
        audit.record(acting, "setting", 0, "update",
                     [audit.Change(_KEYS[n], getattr(old, n), v) for n, v in changes.items()])
    return code_settings()
