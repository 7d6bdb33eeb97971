"""Checks of the codes and numbers on a customer card, each with a message the custodian can act on.

Every ``validate_*`` function returns a :class:`Check`: ``ok, message = validate_uscc(text)``.
The message is empty when the value is valid.
"""
from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from desktop_crm.domain import clock
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP


class Check(NamedTuple):
    ok: bool
    message: str = ""


VALID = Check(True, "")

# GB 32100-2015: 31 characters, the digits and the capital letters without I, O, Z, S, V.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# Position 1 is the registering authority; these are the codes the standard assigns.
USCC_AUTHORITIES = set("123456789ABCDEFGNY")

# GB 11643-1999: weights 2^(17-i) mod 11 and the check character for each remainder.
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
ID_PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82", "83", "91",
}

MOBILE_RE = re.compile(r"^1[3-9][0-9]{9}$")
# Area code 010/02x (3 digits) or 0xxx (4 digits), 7–8 digit number, optional extension.
LANDLINE_RE = re.compile(r"^0[0-9]{2,3}-?[2-9][0-9]{6,7}(-[0-9]{1,6})?$")
SERVICE_NUMBER_RE = re.compile(r"^[48]00-?[0-9]{3}-?[0-9]{4}$")


def _has_full_width(text: str) -> bool:
    return any(0xFF01 <= ord(ch) <= 0xFF5E or ch == "\u3000" for ch in text)


def _ascii_digits(text: str) -> bool:
    """0–9 only: ``str.isdigit`` also takes other scripts' digits (٣, ३), which no code on a card uses."""
    return text.isascii() and text.isdigit()


def uscc_check_char(first17: str) -> str:
    """The 18th character of a unified social credit code whose first 17 characters are given."""
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def validate_uscc(text: str) -> Check:
    """Unified social credit code (统一社会信用代码), GB 32100-2015."""
    if text is None or not text.strip():
        return Check(False, QT_TRANSLATE_NOOP("Validators", "未填写统一社会信用代码：请按营业执照填写18位代码。"))
    if text != text.strip():
        return Check(False, QT_TRANSLATE_NOOP("Validators", "统一社会信用代码前后有空格，请删去空格。"))
    if _has_full_width(text):
        return Check(False, QT_TRANSLATE_NOOP("Validators", "统一社会信用代码含有全角字符：请切换到半角（英文）输入法后重新输入。"))
    if len(text) != 18:
        return Check(False, QT_TRANSLATE_NOOP("Validators", "统一社会信用代码应为18位，现为{count}位，请对照营业执照核对。").format(count=len(text)))
    if any(ch.islower() for ch in text):
        return Check(False, QT_TRANSLATE_NOOP("Validators", "统一社会信用代码中的字母须为大写，请改为大写字母。"))
    for pos, ch in enumerate(text, start=1):
        if ch not in USCC_ALPHABET:
            if ch in "IOZSV":
                return Check(False, QT_TRANSLATE_NOOP("Validators", "统一社会信用代码第{pos}位为“{ch}”：代码中不使用字母 I、O、Z、S、V，请核对是否为数字 1、0、2、5 或其他字母。").format(pos=pos, ch=ch))
            return Check(False, QT_TRANSLATE_NOOP("Validators", "统一社会信用代码第{pos}位“{ch}”不是允许的字符（只能是数字和大写字母）。").format(pos=pos, ch=ch))
    if text[0] not in USCC_AUTHORITIES:
        return Check(False, QT_TRANSLATE_NOOP("Validators", "统一社会信用代码第1位“{value}”不是有效的登记管理部门代码，请核对。").format(value=text[0]))
    if not _ascii_digits(text[2:8]):
        return Check(False, QT_TRANSLATE_NOOP("Validators", "统一社会信用代码第3至8位应为行政区划代码（6位数字），请核对。"))
    expected = uscc_check_char(text[:17])
    if text[17] != expected:
        return Check(False, QT_TRANSLATE_NOOP("Validators", "统一社会信用代码校验位（第18位）不符，代码中有输错的字符，请对照营业执照逐位核对。"))
    return VALID


def id_check_char(first17: str) -> str:
    """The 18th character of a citizen ID number whose first 17 digits are given."""
    total = sum(int(ch) * w for ch, w in zip(first17, ID_WEIGHTS))
    return ID_CHECK[total % 11]


def validate_id_number(text: str, today: date | None = None) -> Check:
    """Citizen identity number (公民身份号码), GB 11643-1999."""
    if text is None or not text.strip():
        return Check(False, QT_TRANSLATE_NOOP("Validators", "未填写身份证号码：请按身份证填写18位号码。"))
    if text != text.strip():
        return Check(False, QT_TRANSLATE_NOOP("Validators", "身份证号码前后有空格，请删去空格。"))
    if _has_full_width(text):
        return Check(False, QT_TRANSLATE_NOOP("Validators", "身份证号码含有全角字符：请切换到半角输入法后重新输入。"))
    if len(text) != 18:
        return Check(False, QT_TRANSLATE_NOOP("Validators", "身份证号码应为18位，现为{count}位，请对照身份证核对。").format(count=len(text)))
    if text[17] == "x":
        return Check(False, QT_TRANSLATE_NOOP("Validators", "身份证号码末位的 X 须为大写，请改为大写“X”。"))
    if not _ascii_digits(text[:17]) or not (_ascii_digits(text[17]) or text[17] == "X"):
        return Check(False, QT_TRANSLATE_NOOP("Validators", "身份证号码前17位须为数字，末位为数字或大写“X”，请核对。"))
    if text[:2] not in ID_PROVINCES:
        return Check(False, QT_TRANSLATE_NOOP("Validators", "身份证号码前两位“{value}”不是有效的省级行政区划代码，请核对。").format(value=text[:2]))
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return Check(False, QT_TRANSLATE_NOOP("Validators", "身份证号码第7至14位不是有效的出生日期，请核对。"))
    if born > (today or clock.today()) or born.year < 1900:
        return Check(False, QT_TRANSLATE_NOOP("Validators", "身份证号码中的出生日期不合理（早于1900年或晚于今天），请核对。"))
    if text[17] != id_check_char(text[:17]):
        return Check(False, QT_TRANSLATE_NOOP("Validators", "身份证号码校验位（第18位）不符，号码中有输错的数字，请对照身份证逐位核对。"))
    return VALID


def normalize_phone(text: str) -> str:
    """Drop spaces and turn the usual separators into '-', so '0571 8888 6666' checks as written."""
    return re.sub(r"[\s（）()]+", "", text).replace("—", "-").replace("－", "-")


def validate_phone(text: str) -> Check:
    """A mobile number (11 digits), a landline with area code, or a 400/800 service number."""
    if not text:
        return VALID
    if _has_full_width(text.replace("－", "")):
        return Check(False, QT_TRANSLATE_NOOP("Validators", "电话号码含有全角字符：请切换到半角输入法后重新输入。"))
    phone = normalize_phone(text)
    if phone.startswith("+86"):
        phone = phone[3:].lstrip("-")
    if MOBILE_RE.match(phone) or LANDLINE_RE.match(phone) or SERVICE_NUMBER_RE.match(phone):
        return VALID
    if _ascii_digits(phone) and phone.startswith("1"):
        return Check(False, QT_TRANSLATE_NOOP("Validators", "手机号码应为以1开头的11位数字，现为{count}位，请核对。").format(count=len(phone)))
    return Check(False, QT_TRANSLATE_NOOP("Validators", "“{text}”不是有效的电话号码：手机填11位数字；固定电话填区号-号码，如 010-62345678 或 0571-88886666，分机用“-”隔开。").format(text=text))


def validate_card_dates(founded_on: date | None, trading_since: date | None,
                        today: date | None = None) -> dict[str, str]:
    """Founded ≤ trading since ≤ today. Returns field → message for every date that breaks the order."""
    today = today or clock.today()
    problems: dict[str, str] = {}
    if founded_on and founded_on > today:
        problems["founded_on"] = QT_TRANSLATE_NOOP("Validators", "成立日期晚于今天，请核对。")
    if trading_since and trading_since > today:
        problems["trading_since"] = QT_TRANSLATE_NOOP("Validators", "开始往来日期晚于今天，请核对。")
    if founded_on and trading_since and trading_since < founded_on and "trading_since" not in problems:
        problems["trading_since"] = (QT_TRANSLATE_NOOP("Validators", "开始往来日期（{trading_since:%Y-%m-%d}）早于成立日期（{founded_on:%Y-%m-%d}），请核对。").format(trading_since=trading_since, founded_on=founded_on))
    return problems
