"""Whatever is typed, pasted or imported, the rules answer with a value or a Chinese refusal — never another
exception — and what they let through is storable: no NUL, no half characters, ASCII digits in codes,
finite amounts to the fen, sane years. At least 1,000 generated inputs per rule."""
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.domain.card_values import clean_card, parse_paper_date
from desktop_crm.domain.customer_card import FIELDS_BY_NAME, CustomerKind, FieldType, fields_for
from desktop_crm.domain.document_values import clean_document
from desktop_crm.domain.errors import InvalidInput
from desktop_crm.domain.money import MAX_AMOUNT, NotAnAmount, decimal_amount
from desktop_crm.domain.text_input import UnsafeText, clean_text, problem_in
from desktop_crm.domain.validators import validate_id_number, validate_phone, validate_uscc
from tests.samples import TEST_TODAY, enterprise

MANY = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# what people and broken files actually produce: digits of every script, full-width forms, control
# characters, lone surrogates, numbers written every way, and ordinary Chinese text
hostile = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(blacklist_categories=())),
    st.text(alphabet="0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩०१२३४५६७८९Xx-.,，eE+ \t\x00\ud800"),
    st.from_regex(r"-?[0-9]{1,25}(\.[0-9]{0,6})?", fullmatch=True),
    st.sampled_from(["Infinity", "-inf", "NaN", "nan", "1e30", "1E-5", "-5", "0", "0.005", "9" * 40, "",
                     "  ", "１２３", "12,345.67", "²", "Ⅻ", "〇", "\udcff", "a\x00b"]),
    st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.none(),
)


def storable(value) -> bool:
    return not isinstance(value, str) or problem_in(value) not in ("nul", "surrogate")


@MANY
@given(hostile)
def test_text_is_cleaned_or_refused(raw):
    try:
        text = clean_text("名称", raw)
    except UnsafeText as exc:
        assert "名称" in str(exc.args[0])
        return
    assert problem_in(text) is None and text == text.strip()


@MANY
@given(hostile)
def test_amounts_are_finite_to_the_fen_or_refused(raw):
    try:
        value = decimal_amount(raw, "金额", allow_zero=True)
    except NotAnAmount:
        return
    assert value.is_finite() and Decimal(0) <= value <= MAX_AMOUNT and value == value.quantize(Decimal("0.01"))


@MANY
@given(hostile)
def test_codes_and_phones_accept_only_ascii_digits(raw):
    text = "" if raw is None else str(raw)
    for check in (validate_uscc, validate_phone):
        if check(text).ok:
            assert text.strip().isascii(), (check.__name__, text)
    if validate_id_number(text, TEST_TODAY).ok:
        assert text.strip().isascii()


@MANY
@given(hostile)
def test_dates_are_read_or_refused_with_a_value_error(raw):
    try:
        value = parse_paper_date(str(raw))
    except (ValueError, TypeError):
        return
    assert isinstance(value, date)


TEXTUAL = [spec.name for spec in fields_for(CustomerKind.ENTERPRISE)]


@MANY
@given(st.dictionaries(st.sampled_from(TEXTUAL), hostile, max_size=6))
def test_a_card_with_any_values_is_cleaned_or_refused_field_by_field(overrides):
    raw = enterprise(**overrides)
    try:
        values = clean_card(CustomerKind.ENTERPRISE, raw, TEST_TODAY)
    except InvalidInput as exc:
        assert set(exc.problems) <= set(FIELDS_BY_NAME)
        return
    for name, value in values.items():
        assert storable(value), name
        spec = FIELDS_BY_NAME[name]
        if spec.type == FieldType.MONEY and value is not None:
            assert Decimal(value).is_finite() and Decimal(value) >= 0
        if spec.type == FieldType.DATE and value is not None:
            assert 1800 <= value.year <= TEST_TODAY.year


PAPER = {"category": 1, "kind": "business_licence", "year": 2026, "title": "营业执照（副本）", "pages": 1,
         "retention": "D30", "doc_date": "2026-03-02"}


@MANY
@given(st.dictionaries(st.sampled_from(["category", "kind", "year", "title", "pages", "retention", "doc_date",
                                        "valid_until", "doc_number", "author", "remarks", "order_id"]),
                       hostile, max_size=5))
def test_a_paper_with_any_values_is_cleaned_or_refused(overrides):
    try:
        values = clean_document({**PAPER, **overrides}, TEST_TODAY)
    except InvalidInput:
        return
    for value in (values.title, values.doc_number, values.author, values.remarks):
        assert storable(value) and problem_in(value) is None
    assert 1949 <= values.year <= TEST_TODAY.year + 1
