from datetime import date

import pytest

from desktop_crm.domain.validators import (
    id_check_char,
    uscc_check_char,
    validate_card_dates,
    validate_id_number,
    validate_phone,
    validate_uscc,
)
from tests.samples import ALIBABA_USCC, HUAWEI_USCC, STANDARD_ID, TENCENT_USCC


@pytest.mark.parametrize("code", [HUAWEI_USCC, TENCENT_USCC, ALIBABA_USCC, "91110000802100433B"])
def test_real_credit_codes_are_valid(code):
    assert validate_uscc(code) == (True, "")


def test_check_character_is_computed_per_gb32100():
    assert uscc_check_char(HUAWEI_USCC[:17]) == "6"
    assert uscc_check_char(TENCENT_USCC[:17]) == "G"


@pytest.mark.parametrize("code, words", [
    ("914403001922038217", "校验位"),                 # wrong check character
    ("9144030071526726xg", "大写"),                   # lower case
    ("９１４４０３００１９２２０３８２１６", "全角"),     # full-width digits
    ("91440300192203821", "18位，现为17位"),           # too short
    ("9144030019220382166", "现为19位"),               # too long
    ("", "未填写"),
])
def test_malformed_credit_codes_say_what_is_wrong(code, words):
    ok, message = validate_uscc(code)
    assert not ok
    assert words in message


@pytest.mark.parametrize("letter", list("IOZSV"))
def test_letters_outside_the_alphabet_are_named(letter):
    code = "9144030019220382" + letter + "6"
    ok, message = validate_uscc(code)
    assert not ok
    assert f"第17位为“{letter}”" in message and "I、O、Z、S、V" in message


def test_id_number_standard_example_and_check_digit():
    assert validate_id_number(STANDARD_ID) == (True, "")
    assert id_check_char(STANDARD_ID[:17]) == "X"


@pytest.mark.parametrize("number, words", [
    ("110105194912310021", "校验位"),
    ("11010519491231002x", "大写"),
    ("11010519491331002X", "出生日期"),
    ("99010519491231002X", "省级"),
    ("1101051949123100", "18位"),
    ("１１０１０５１９４９１２３１００２Ｘ", "全角"),
])
def test_malformed_id_numbers(number, words):
    ok, message = validate_id_number(number)
    assert not ok and words in message


def test_id_number_born_in_the_future_is_refused():
    first17 = "11010520300101002"
    ok, message = validate_id_number(first17 + id_check_char(first17), today=date(2026, 11, 23))
    assert not ok and "出生日期" in message


@pytest.mark.parametrize("phone", ["13812345678", "010-62345678", "0571-88886666", "0571 8888 6666",
                                   "021-64381234-802", "400-810-8888", "+86 13812345678"])
def test_valid_phones(phone):
    assert validate_phone(phone).ok


@pytest.mark.parametrize("phone", ["1381234567", "12812345678", "0571-123", "88886666", "abc"])
def test_invalid_phones(phone):
    ok, message = validate_phone(phone)
    assert not ok and message


def test_dates_must_run_founded_then_trading_then_today():
    today = date(2026, 11, 23)
    assert validate_card_dates(date(2001, 1, 1), date(2005, 1, 1), today) == {}
    assert "trading_since" in validate_card_dates(date(2005, 1, 1), date(2001, 1, 1), today)
    assert "founded_on" in validate_card_dates(date(2027, 1, 1), None, today)
