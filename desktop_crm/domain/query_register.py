"""What the query register (查询登记) records: every read of archive content, by what was read."""
from __future__ import annotations

from desktop_crm.domain.choices import Choice
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP


class QueryAction(Choice):
    SEARCH = "search"
    OPEN_CARD = "open_card"
    CARD_HISTORY = "card_history"
    OPEN_BINDER = "open_binder"
    CATALOGUE = "catalogue"
    PAPER = "paper"
    SCANS = "scans"
    REGISTER = "register"          # contracts, goods, returns registers of one customer
    CREDIT = "credit"              # a customer's credit status, ledger, ratings, approvals, export terms
    DESK_LIST = "desk_list"        # desk-wide lists: ageing, bad customers, gaps, loans, hand-outs, volumes
    PRINT = "print"
    EXPORT = "export"
    HANDOUT = "handout"
    BACKUP = "backup"              # the whole archive copied into a backup file

    @classmethod
    def labels(cls) -> dict:
        return _LABELS


_LABELS = {
    QueryAction.SEARCH: QT_TRANSLATE_NOOP("QueryLog", "检索"),
    QueryAction.OPEN_CARD: QT_TRANSLATE_NOOP("QueryLog", "查阅档案卡"),
    QueryAction.CARD_HISTORY: QT_TRANSLATE_NOOP("QueryLog", "查阅更正记录"),
    QueryAction.OPEN_BINDER: QT_TRANSLATE_NOOP("QueryLog", "查阅活页卷"),
    QueryAction.CATALOGUE: QT_TRANSLATE_NOOP("QueryLog", "查阅目录"),
    QueryAction.PAPER: QT_TRANSLATE_NOOP("QueryLog", "查阅文件"),
    QueryAction.SCANS: QT_TRANSLATE_NOOP("QueryLog", "查阅扫描件"),
    QueryAction.REGISTER: QT_TRANSLATE_NOOP("QueryLog", "查阅登记表"),
    QueryAction.CREDIT: QT_TRANSLATE_NOOP("QueryLog", "查阅信用资料"),
    QueryAction.DESK_LIST: QT_TRANSLATE_NOOP("QueryLog", "查阅汇总清单"),
    QueryAction.PRINT: QT_TRANSLATE_NOOP("QueryLog", "打印"),
    QueryAction.EXPORT: QT_TRANSLATE_NOOP("QueryLog", "导出"),
    QueryAction.HANDOUT: QT_TRANSLATE_NOOP("QueryLog", "发放"),
    QueryAction.BACKUP: QT_TRANSLATE_NOOP("QueryLog", "备份"),
}
QUERY_ACTIONS = _LABELS
