"""Importing a roster: every row checked with the card editor's rules, all or nothing, recorded, undoable."""
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import ArchiveError, InvalidInput, PermissionDenied
from desktop_crm.domain.roles import Role
from desktop_crm.services.binders import papers
from desktop_crm.services.cards import customers
from desktop_crm.services.exchange import customer_import
from desktop_crm.store.models import ChangeRecord, Customer
from desktop_crm.store.upkeep_models import ImportBatch
from tests.samples import ALIBABA_USCC, HUAWEI_USCC, STANDARD_ID, TENCENT_USCC, enterprise

HEADINGS = ["单位名称", "统一社会信用代码", "身份证号", "地址", "联系电话", "联系人", "职务", "行业", "地区", "客户名册",
            "等级", "成立日期", "年销售额（万元）"]
GOOD = [
    ["华为技术有限公司", HUAWEI_USCC, None, "广东省深圳市龙岗区坂田华为基地", "0755-28780808", "张伟", "采购经理",
     "电子信息", "广东省", "交易伙伴", "A", date(1987, 9, 15), 70420000],
    ["深圳市腾讯计算机系统有限公司", TENCENT_USCC, None, "深圳市南山区科技中一路腾讯大厦", "0755-86013388", "李娜",
     "财务主管", "软件和信息技术服务", "广东省", "普通公司", "b", "1998-11-11", "12,000.50"],
    ["周晓梅", None, STANDARD_ID, "北京市朝阳区建国路88号3幢1201室", 13901234567, None, None, None, "北京市",
     "个人顾客", None, None, None],
]


def workbook(path: Path, rows, headings=HEADINGS, merge: str | None = None, formulas: dict | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "客户名册"
    if headings:
        sheet.append(headings)
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    for cell, formula in (formulas or {}).items():
        sheet[cell] = formula
    book.save(path)
    return path


def test_a_clean_roster_is_checked_then_imported_whole_and_recorded(custodian, tmp_path):
    path = workbook(tmp_path / "名册.xlsx", GOOD)
    check = customer_import.check_file(custodian, path)
    assert check.ready and check.rows == 3 and check.new == 3 and Customer.select().count() == 0   # a dry run writes nothing
    assert {c.heading: c.field for c in check.columns}["联系电话"] == "phone"
    result = customer_import.import_file(custodian, path, expected_sha256=check.sha256)
    assert (result.created, result.updated, result.skipped) == (3, 0, 0)
    huawei = Customer.get(Customer.uscc == HUAWEI_USCC)
    assert huawei.kind == "enterprise" and huawei.number.startswith("QY-") and huawei.founded_on == date(1987, 9, 15)
    tencent = Customer.get(Customer.uscc == TENCENT_USCC)
    assert tencent.grade == "B" and '"annual_sales": "12000.50"' in tencent.details
    person = Customer.get(Customer.id_number == STANDARD_ID)
    assert person.kind == "individual" and person.phone == "13901234567" and person.roster == "个人顾客"
    batch = ImportBatch.get()
    assert batch.file_name == "名册.xlsx" and batch.sha256 == check.sha256 and batch.created == 3
    notes = [r.note for r in ChangeRecord.select().where(ChangeRecord.entity == "customer")]
    assert len(notes) == 3 and all(check.sha256 in n and "名册.xlsx" in n for n in notes)
    from desktop_crm.services.cards import customer_search
    from desktop_crm.services.cards.customer_search import CustomerQuery

    assert customer_search.count(custodian, CustomerQuery(text="腾讯")) == 1          # searchable at once


def test_ten_thousand_rows_with_every_kind_of_mistake_write_nothing_and_say_where(custodian, tmp_path):
    from benchmarks.roster import HEADINGS as ROSTER
    from benchmarks.roster import roster_rows

    rows = roster_rows(10_000, seed=5)
    rows = [r + [None] for r in rows]
    headings = list(ROSTER) + ["年销售额（万元）"]
    firms = [i for i, r in enumerate(rows) if r[0] == "企业"]
    person = next(i for i, r in enumerate(rows) if r[0] == "个人")
    mistakes = [
        (18, "NaN"), (18, "Infinity"), (18, 1e30), (18, "-Infinity"),
        (3, "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X"),           # an ID number in Arabic-Indic digits
        (2, 9.14403001922038e17),             # a credit code Excel rounded into a number
        (14, "2019年13月1日"), (15, "昨天"), (12, "特别"), (5, "12345"),
    ]
    broken = {firms[10 * (n + 1)]: m for n, m in enumerate(mistakes)}
    broken[person] = (18, 1200)               # 年销售额 on an individual's row
    serial_row = firms[500]
    rows[serial_row][14] = 32874              # an Excel serial date: 1990-01-01, fine
    rows[firms[501]][14] = "1999.5.1"         # a date written as text, fine
    for index, (column, value) in broken.items():
        rows[index][column] = value
    rows[200] = [None] * len(headings)            # an empty row: skipped, not a problem
    a, b, c = firms[300:303]
    rows[a][2] = rows[b][2] = rows[c][2]     # the same credit code three times
    path = workbook(tmp_path / "万行.xlsx", rows, headings, formulas={"B600": "=A2&\"分公司\""})
    check = customer_import.check_file(custodian, path)
    rows_of = {p.row for p in check.problems}
    by_row = {}
    for problem in check.problems:
        by_row.setdefault(problem.row, []).append(problem)
    assert not check.ready and check.empty_rows == 1
    sheet_row = {index: index + 2 for index in broken}          # heading row 1, data from row 2
    for index in broken:
        assert sheet_row[index] in by_row, (index, broken[index])
    rounded = firms[60]
    assert "数字" in str(by_row[sheet_row[rounded]][0].message) and "文本" in str(by_row[sheet_row[rounded]][0].message)
    assert "身份证" in by_row[sheet_row[firms[50]]][0].column or "身份证" in str(by_row[sheet_row[firms[50]]][0].message)
    assert "只用于企业客户" in str(by_row[sheet_row[person]][0].message)
    assert {b + 2, c + 2} <= rows_of and f"第 {a + 2} 行" in str(by_row[b + 2][0].message) and a + 2 not in rows_of
    assert "公式" in str(by_row[600][0].message)
    assert serial_row + 2 not in by_row and firms[501] + 2 not in by_row
    with pytest.raises(InvalidInput, match="行有问题"):
        customer_import.import_file(custodian, path)
    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0


def test_a_sheet_without_a_header_merged_cells_and_odd_files_get_clear_messages(custodian, tmp_path):
    no_header = workbook(tmp_path / "无表头.xlsx", GOOD, headings=None)
    check = customer_import.check_file(custodian, no_header)
    assert not check.ready and "表头" in str(check.file_problem)
    merged = workbook(tmp_path / "合并.xlsx", GOOD + [["阿里巴巴（中国）有限公司", ALIBABA_USCC] + [None] * 11],
                      merge="I2:I4")
    check = customer_import.check_file(custodian, merged)
    assert any("合并单元格" in str(p.message) and p.row == 3 for p in check.problems)
    (tmp_path / "旧.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InvalidInput, match="另存为 .xlsx"):
        customer_import.check_file(custodian, tmp_path / "旧.xls")
    (tmp_path / "坏.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InvalidInput, match="无法作为 Excel 工作簿打开"):
        customer_import.check_file(custodian, tmp_path / "坏.xlsx")
    empty = workbook(tmp_path / "空.xlsx", [], headings=None)
    assert "空的" in str(customer_import.check_file(custodian, empty).file_problem)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_utf8_with_or_without_bom_and_gb18030(custodian, tmp_path, encoding):
    lines = ["单位名称,统一社会信用代码,地址,电话", f"华为技术有限公司,{HUAWEI_USCC},广东省深圳市龙岗区坂田华为基地,0755-28780808",
             f"深圳市腾讯计算机系统有限公司,{TENCENT_USCC},“深圳市南山区”,0755-86013388"]
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))
    check = customer_import.check_file(custodian, path)
    assert check.ready and check.new == 2, check.problems
    customer_import.import_file(custodian, path)
    assert Customer.get(Customer.uscc == TENCENT_USCC).name == "深圳市腾讯计算机系统有限公司"


def test_full_width_digits_are_folded_but_other_scripts_digits_refused(custodian, tmp_path):
    wide = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in HUAWEI_USCC)
    path = workbook(tmp_path / "全角.xlsx", [["华为技术有限公司", wide, None, "深圳", "０７５５－２８７８０８０８"]])
    check = customer_import.check_file(custodian, path)
    assert check.ready, check.problems
    customer_import.import_file(custodian, path)
    assert Customer.get().uscc == HUAWEI_USCC and Customer.get().phone == "0755-28780808"


def test_duplicates_are_skipped_or_updated_field_by_field(custodian, tmp_path):
    existing = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(address="旧地址", contact_name="王五"))
    path = workbook(tmp_path / "更新.xlsx", GOOD)
    check = customer_import.check_file(custodian, path)
    assert (check.new, check.duplicates) == (2, 1)
    skipped = customer_import.import_file(custodian, path)
    assert (skipped.created, skipped.skipped) == (2, 1) and Customer.get_by_id(existing.id).address == "旧地址"
    again = customer_import.check_file(custodian, path, on_duplicate="update")
    assert again.duplicates == 3 and again.updates == 1        # the two just imported are the same as the roster
    updated = customer_import.import_file(custodian, path, on_duplicate="update")
    assert updated.updated >= 1
    card = Customer.get_by_id(existing.id)
    assert card.address == "广东省深圳市龙岗区坂田华为基地" and card.contact_name == "张伟" and card.version == 2
    assert card.mobile == "13826541234"               # a field the roster does not carry is kept
    trail = {r.field: (r.old_value, r.new_value) for r in ChangeRecord.select().where(
        (ChangeRecord.entity_id == existing.id) & (ChangeRecord.action == "update"))}
    assert trail["address"] == ("旧地址", "广东省深圳市龙岗区坂田华为基地") and trail["contact_name"] == ("王五", "张伟")


def test_an_import_is_undone_whole_unless_its_cards_changed_or_hold_papers(custodian, tmp_path):
    existing = customers.create_customer(custodian, CustomerKind.ENTERPRISE, enterprise(address="旧地址"))
    path = workbook(tmp_path / "一.xlsx", GOOD)
    first = customer_import.import_file(custodian, path, on_duplicate="update")
    with pytest.raises(InvalidInput, match="原因"):
        customer_import.undo(custodian, first.batch_id, "")
    customer_import.undo(custodian, first.batch_id, "导入了错误的名册")
    assert Customer.select().count() == 1 and Customer.get_by_id(existing.id).address == "旧地址"
    assert ImportBatch.get_by_id(first.batch_id).undone_at is not None
    with pytest.raises(InvalidInput, match="已于"):
        customer_import.undo(custodian, first.batch_id, "再来一次")

    second = customer_import.import_file(custodian, path)
    tencent = Customer.get(Customer.uscc == TENCENT_USCC)
    customers.update_customer(custodian, tencent.id, tencent.version, {
        **customers.get_card(custodian, tencent.id).values, "grade": "A"})
    view = next(b for b in customer_import.batches(custodian) if b.id == second.batch_id)
    assert not view.undoable
    with pytest.raises(InvalidInput, match="已被更正"):
        customer_import.undo(custodian, second.batch_id, "错误")
    third_path = workbook(tmp_path / "三.xlsx", [["阿里巴巴（中国）有限公司", ALIBABA_USCC]])
    third = customer_import.import_file(custodian, third_path)
    alibaba = Customer.get(Customer.uscc == ALIBABA_USCC)
    papers.file_document(custodian, alibaba.id, {"category": 1, "kind": "business_licence", "year": 2026,
                                                 "title": "营业执照", "pages": 1, "retention": "D30",
                                                 "doc_date": date(2026, 1, 5)})
    with pytest.raises(InvalidInput, match="归档文件"):
        customer_import.undo(custodian, third.batch_id, "错误")
    assert Customer.get_or_none(Customer.uscc == ALIBABA_USCC) is not None


def test_only_the_custodian_imports(staff, tmp_path):
    path = workbook(tmp_path / "名册.xlsx", GOOD)
    for role, person in staff.items():
        if role != Role.CUSTODIAN:
            with pytest.raises(PermissionDenied):
                customer_import.check_file(person, path)
            with pytest.raises(PermissionDenied):
                customer_import.import_file(person, path)
    assert Customer.select().count() == 0


def test_a_file_changed_between_check_and_import_is_refused(custodian, tmp_path):
    path = workbook(tmp_path / "名册.xlsx", GOOD)
    check = customer_import.check_file(custodian, path)
    workbook(path, GOOD[:1])
    with pytest.raises(ArchiveError, match="改动"):
        customer_import.import_file(custodian, path, expected_sha256=check.sha256)
    assert Customer.select().count() == 0


def test_headings_may_be_mapped_by_hand(custodian, tmp_path):
    path = workbook(tmp_path / "自定义.xlsx", [["杭州娃哈哈集团有限公司", "91330000142916567N", "浙江省杭州市清泰街160号"]],
                    headings=["客户全称", "代码", "备注"])
    check = customer_import.check_file(custodian, path)
    assert not check.ready and "名称" in str(check.file_problem)
    fields = {0: "name", 1: "uscc", 2: "address"}
    check = customer_import.check_file(custodian, path, fields)
    assert check.ready, check.problems
    customer_import.import_file(custodian, path, fields)
    assert Customer.get().address == "浙江省杭州市清泰街160号"
    assert datetime.now()                       # (a clock-independent import)
