"""A customer roster as offices keep them: an .xlsx with Chinese headings, one customer per row, valid
credit codes and ID numbers (made by the demo's generator), dates as Excel dates."""
from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEADINGS = ("企业/个人", "单位名称", "统一社会信用代码", "身份证号", "地址", "电话", "联系人", "职务", "手机",
            "行业", "地区", "客户名册", "等级", "重要性", "成立日期", "开始往来日期", "开户银行", "银行账号")
FIELDS = ("kind", "name", "uscc", "id_number", "address", "phone", "contact_name", "contact_title", "mobile",
          "industry", "region", "roster", "grade", "importance", "founded_on", "trading_since", "bank_name",
          "bank_account")


def roster_rows(count: int, seed: int = 1, today: date | None = None) -> list[list[object]]:
    from desktop_crm.demo.people import enterprise, individual

    rng = random.Random(seed)
    today = today or date(2026, 11, 23)
    rows = []
    seen: set[str] = set()
    while len(rows) < count:
        is_person = rng.random() < 0.15
        _parts, values = (individual if is_person else enterprise)(rng, today)
        code = values.get("id_number") or values.get("uscc")
        if code in seen:
            continue
        seen.add(code)
        values["kind"] = "个人" if is_person else "企业"
        rows.append([values.get(f) for f in FIELDS])
    return rows


def write_roster(path: Path, count: int, seed: int = 1) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "客户名册"
    sheet.append(list(HEADINGS))
    for row in roster_rows(count, seed):
        sheet.append(row)
    for column in ("C", "D", "F", "I", "R"):          # codes and numbers kept as text, as they should be
        for cell in sheet[column]:
            cell.number_format = "@"
    book.save(path)
    return path
