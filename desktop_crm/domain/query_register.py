"""What the query register (查询登记) records, by name."""
from desktop_crm.domain.translatable import QT_TRANSLATE_NOOP

QUERY_ACTIONS = {"search": QT_TRANSLATE_NOOP("QueryLog", "检索"),
                 "open_card": QT_TRANSLATE_NOOP("QueryLog", "查阅档案卡"),
                 "open_binder": QT_TRANSLATE_NOOP("QueryLog", "查阅活页卷"),
                 "print": QT_TRANSLATE_NOOP("QueryLog", "打印"),
                 "export": QT_TRANSLATE_NOOP("QueryLog", "导出/发放")}
