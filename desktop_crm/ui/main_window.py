"""The main window: the customer list with one search box, classification filters and the count."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import __version__
from desktop_crm.domain import clock
from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import FIELDS_BY_NAME, CustomerKind
from desktop_crm.domain.permissions import Action, may
from desktop_crm.services import session
from desktop_crm.services.cards import customer_search, customers, drafts
from desktop_crm.services.cards.customer_search import CustomerQuery, CustomerRow
from desktop_crm.services.upkeep import backup
from desktop_crm.ui.accounts.user_admin_dialog import UserAdminDialog
from desktop_crm.ui.cards.card_desk import CardDesk
from desktop_crm.ui.cards.customer_table_model import COLUMNS, ID_ROLE, CustomerTableModel
from desktop_crm.ui.common.i18n import tr_domain
from desktop_crm.ui.common.language_menu import language_menu
from desktop_crm.ui.common.messages import translated as tr_domain_text
from desktop_crm.ui.common.open_windows import OpenWindows
from desktop_crm.ui.common.rows_table_model import widen_to_contents
from desktop_crm.ui.common.workstation_settings import INCLUDE_CLEARED, SEARCH_DELAY_MS, geometry
from desktop_crm.ui.upkeep.automatic_backup import AutomaticBackup

FILTER_FIELDS = ("roster", "grade", "credit_rating", "importance", "state")
VALUE_FILTERS = ("industry", "region")       # chosen from the values the archive already holds


class BoundSearch:
    """The customer-search service with the acting user filled in (what the table model needs)."""

    def __init__(self, user: ActingUser) -> None:
        self.user = user

    def search(self, query: CustomerQuery, limit: int) -> customer_search.SearchPage:
        return customer_search.search(self.user, query, limit)

    def page(self, query: CustomerQuery, offset: int, limit: int, after: CustomerRow | None = None):
        return customer_search.page(self.user, query, offset, limit, after)

    def manager_names(self) -> dict[str, str]:
        return customer_search.manager_names(self.user)

    def position(self, query: CustomerQuery, customer_id: int) -> int | None:
        return customer_search.position(self.user, query, customer_id)


class MainWindow(QMainWindow):
    def __init__(self, user: ActingUser, archive_label: str, location: session.ArchiveLocation | None = None) -> None:
        super().__init__()
        self.user = user
        self.location = location
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("客户档案管理台 — %1").replace("%1", user.display_name))
        self.model = CustomerTableModel(BoundSearch(user), self)
        self.cards = CardDesk(user, self)
        self.cards.card_saved.connect(self._after_save)
        self.windows = OpenWindows(self)

        self.search = QLineEdit(objectName="searchBox", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("搜索：名称中任意字词、拼音（首字母如 hzxh 或全拼）、登记编号、信用代码、电话（可不带“-”）"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS.get())
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(self._search_timer.start)

        self.kind_filter = QComboBox(objectName="filter_kind")
        self.kind_filter.addItem(self.tr("全部类型"), "")
        for kind in CustomerKind:
            self.kind_filter.addItem(tr_domain("Card", kind.label), kind.value)
        self.kind_filter.currentIndexChanged.connect(self.apply_query)
        self.filters: dict[str, QComboBox] = {}
        for name in FILTER_FIELDS:
            spec = FIELDS_BY_NAME[name]
            box = QComboBox(objectName=f"filter_{name}")
            box.addItem(self.tr("%1：全部").replace("%1", tr_domain("Card", spec.label)), "")
            for choice in spec.choices:
                box.addItem(tr_domain("Card", choice), choice)
            box.currentIndexChanged.connect(self.apply_query)
            self.filters[name] = box
        for name in VALUE_FILTERS:       # the seeds: 按照客户编号、客户名称、行业分类 (and region for the routes)
            box = QComboBox(objectName=f"filter_{name}")
            box.addItem(self.tr("%1：全部").replace("%1", tr_domain("Card", FIELDS_BY_NAME[name].label)), "")
            if may(user.role, Action.QUERY_ARCHIVE):
                for value in customers.used_values(user, name):
                    box.addItem(value, value)
            box.currentIndexChanged.connect(self.apply_query)
            self.filters[name] = box
        self.include_cleared = QCheckBox(self.tr("含已清除"), objectName="includeCleared")
        self.include_cleared.setChecked(INCLUDE_CLEARED.get())
        self.include_cleared.toggled.connect(self.apply_query)

        self.table = QTableView(objectName="customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._sort_by)
        header.setStretchLastSection(True)
        for column, width in enumerate((90, 260, 50, 80, 50, 70, 60, 60, 80, 120, 70, 120)):
            self.table.setColumnWidth(column, width)
        self._columns_fitted = False
        self.table.doubleClicked.connect(lambda index: self.cards.open_card(index.data(ID_ROLE)))

        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        for box in self.filters.values():
            filters.addWidget(box)
        filters.addWidget(self.include_cleared)
        legend = QLabel(self.tr("<span style='color:#b00020'>■</span> 不良　<span style='color:#888888'>■</span> 已清除"),
                        objectName="rowLegend")
        legend.setToolTip(self.tr("列表中红色的行是不良客户，灰色的行是已清除的客户。"))
        filters.addWidget(legend)
        filters.addStretch(1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(objectName="countLabel")
        self.statusBar().addWidget(self.count_label)
        self.overdue_label = QLabel(objectName="overdueLabel")
        self.overdue_label.setStyleSheet("color: #b00020;")
        self.statusBar().addWidget(self.overdue_label)
        self.backup_label = QLabel(objectName="backupLabel")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(QLabel(self.tr("当前用户：%1 · 档案库：%2")
                                                   .replace("%1", f"{user.display_name}（{tr_domain('Role', user.role.label)}）")
                                                   .replace("%2", archive_label)))
        self._build_actions()
        self.automatic_backup = AutomaticBackup(user, location, self) if location is not None else None
        if self.automatic_backup is not None:
            self.automatic_backup.finished.connect(self.show_backup_state)
        self.show_backup_state()
        saved = geometry("main").get()
        if saved is not None:
            self.restoreGeometry(saved)
        else:
            self.resize(1280, 760)
        self.apply_query()

    # --- actions ---------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        can_edit = may(self.user.role, Action.EDIT_CARDS)
        self.new_enterprise = QAction(self.tr("新建企业客户"), self, shortcut=QKeySequence.StandardKey.New,
                                      enabled=can_edit)
        self.new_enterprise.triggered.connect(lambda: self.cards.new_card(CustomerKind.ENTERPRISE))
        self.new_individual = QAction(self.tr("新建个人客户"), self, shortcut=QKeySequence("Ctrl+Shift+N"),
                                      enabled=can_edit)
        self.new_individual.triggered.connect(lambda: self.cards.new_card(CustomerKind.INDIVIDUAL))
        self.open_action = QAction(self.tr("打开档案卡"), self, shortcut=QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action.triggered.connect(self.open_selected)
        self.table.addAction(self.open_action)
        self.binder_action = QAction(self.tr("打开活页卷"), self, shortcut=QKeySequence("Ctrl+B"),
                                     enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.binder_action.triggered.connect(lambda: self.open_binder())
        self.gaps_action = QAction(self.tr("缺件清单…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.gaps_action.triggered.connect(self.show_gaps)
        self.lending_action = QAction(self.tr("借阅登记…"), self, shortcut=QKeySequence("Ctrl+L"),
                                      enabled=may(self.user.role, Action.LEND_PAPERS))
        self.lending_action.triggered.connect(self.show_lending)
        self.handout_action = QAction(self.tr("发放客户资料…"), self, enabled=may(self.user.role, Action.HAND_OUT))
        self.handout_action.triggered.connect(self.hand_out_selected)
        self.handout_register_action = QAction(self.tr("发放登记…"), self,
                                               enabled=may(self.user.role, Action.HAND_OUT))
        self.handout_register_action.triggered.connect(self.show_handout_register)
        self.query_log_action = QAction(self.tr("查询登记簿…"), self, enabled=may(self.user.role, Action.VIEW_QUERY_LOG))
        self.query_log_action.triggered.connect(self.show_query_log)
        self.credit_action = QAction(self.tr("信用…"), self, shortcut=QKeySequence("Ctrl+R"),
                                     enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.credit_action.triggered.connect(lambda: self.open_credit())
        self.credit_overview_action = QAction(self.tr("账龄分析与不良客户…"), self,
                                              enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.credit_overview_action.triggered.connect(self.show_credit_overview)
        self.analysis_action = QAction(self.tr("客户构成分析…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.analysis_action.triggered.connect(self.show_analysis)
        self.year_end_action = QAction(self.tr("年度立卷…"), self, enabled=may(self.user.role, Action.BIND_YEAR))
        self.year_end_action.triggered.connect(self.show_year_end)
        self.today_action = QAction(self.tr("今日待办…"), self, shortcut=QKeySequence("Ctrl+T"))
        self.today_action.triggered.connect(lambda: self.show_todays_work())
        self.reviews_action = QAction(self.tr("全面修订核查…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.reviews_action.triggered.connect(self.show_reviews)
        self.rosters_action = QAction(self.tr("客户名册…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.rosters_action.triggered.connect(self.show_rosters)
        self.grades_action = QAction(self.tr("按销售额评定客户等级…"), self, enabled=may(self.user.role, Action.EDIT_CARDS))
        self.grades_action.triggered.connect(self.recompute_grades)
        self.grade_by_hand_action = QAction(self.tr("手定客户等级…"), self, enabled=may(self.user.role, Action.EDIT_CARDS))
        self.grade_by_hand_action.triggered.connect(self.grade_by_hand)
        self.visits_action = QAction(self.tr("访问日报与投诉…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.visits_action.triggered.connect(lambda: self.show_visits())
        self.route_action = QAction(self.tr("客户拜访路线表…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.route_action.triggered.connect(self.show_route)
        self.room_action = QAction(self.tr("库房位置…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.room_action.triggered.connect(self.show_archive_room)
        self.retention_action = QAction(self.tr("保管期限与销毁…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.retention_action.triggered.connect(self.show_retention)
        can_keep = may(self.user.role, Action.KEEP_BACKUPS) and self.location is not None
        self.backup_action = QAction(self.tr("备份…"), self, enabled=can_keep)
        self.backup_action.triggered.connect(self.show_backup)
        self.restore_action = QAction(self.tr("从备份恢复…"), self, enabled=can_keep)
        self.restore_action.triggered.connect(self.show_restore)
        self.import_action = QAction(self.tr("导入客户名册…"), self, enabled=may(self.user.role, Action.IMPORT_CARDS))
        self.import_action.triggered.connect(self.show_import)
        self.export_action = QAction(self.tr("导出客户清单…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.export_action.triggered.connect(self.export_customers)
        self.print_list_action = QAction(self.tr("打印客户清单…"), self, enabled=may(self.user.role, Action.QUERY_ARCHIVE))
        self.print_list_action.triggered.connect(self.print_customers)
        find = QAction(self.tr("搜索"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        users = QAction(self.tr("用户管理…"), self, enabled=may(self.user.role, Action.MANAGE_USERS))
        users.triggered.connect(lambda: UserAdminDialog(self.user, self).exec())
        self.settings_action = QAction(self.tr("档案库设置…"), self, enabled=may(self.user.role, Action.CHANGE_SETTINGS))
        self.settings_action.triggered.connect(self.show_settings)
        self.password_action = QAction(self.tr("修改密码…"), self)
        self.password_action.triggered.connect(self.change_password)
        quit_action = QAction(self.tr("退出"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, self.tr("关于"), self.tr("客户档案管理台 Archive Desk %1").replace("%1", __version__)))

        archive_menu = self.menuBar().addMenu(self.tr("档案(&A)"))
        archive_menu.addAction(self.today_action)
        archive_menu.addSeparator()
        for action in (self.new_enterprise, self.new_individual, self.open_action, self.binder_action,
                       self.gaps_action, self.reviews_action, self.rosters_action, self.grades_action,
                       self.grade_by_hand_action):
            archive_menu.addAction(action)
        archive_menu.addSeparator()
        archive_menu.addAction(self.year_end_action)
        archive_menu.addAction(self.room_action)
        archive_menu.addAction(self.retention_action)
        archive_menu.addSeparator()
        archive_menu.addAction(self.import_action)
        archive_menu.addAction(self.export_action)
        archive_menu.addAction(self.print_list_action)
        archive_menu.addSeparator()
        archive_menu.addAction(self.backup_action)
        archive_menu.addAction(self.restore_action)
        archive_menu.addSeparator()
        archive_menu.addAction(quit_action)
        credit_menu = self.menuBar().addMenu(self.tr("信用(&C)"))
        credit_menu.addAction(self.credit_action)
        credit_menu.addAction(self.credit_overview_action)
        credit_menu.addAction(self.analysis_action)
        use_menu = self.menuBar().addMenu(self.tr("利用(&U)"))
        for action in (self.lending_action, self.handout_action, self.handout_register_action, self.query_log_action,
                       self.visits_action, self.route_action):
            use_menu.addAction(action)
        manage_menu = self.menuBar().addMenu(self.tr("管理(&M)"))
        manage_menu.addAction(self.password_action)
        manage_menu.addAction(users)
        manage_menu.addAction(self.settings_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addMenu(language_menu(self))
        help_menu.addAction(about)
        toolbar = self.addToolBar(self.tr("常用"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.new_enterprise)
        toolbar.addAction(self.new_individual)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.binder_action)
        toolbar.addAction(self.gaps_action)

    def open_binder(self, customer_id: int | None = None, category: int | None = None) -> None:
        from desktop_crm.domain.binder_categories import Category
        from desktop_crm.ui.binders.binder_window import BinderWindow

        customer_id = customer_id if customer_id is not None else self.selected_id()
        if customer_id is None:
            return
        window = self.windows.show(("binder", customer_id), lambda: BinderWindow(
            self.user, customer_id, Category(category) if category else None, self))
        if category and isinstance(window, BinderWindow):
            window.show_category(Category(category))

    def show_lending(self) -> None:
        from desktop_crm.ui.control.lending_desk import LendingDesk

        self.windows.show("lending", lambda: LendingDesk(self.user, self))

    def hand_out_selected(self) -> None:
        from desktop_crm.ui.control.handout_windows import HandoutDialog

        customer_id = self.selected_id()
        if customer_id is None:
            QMessageBox.information(self, self.tr("发放客户资料"), self.tr("请先在列表中选择客户。"))
            return
        dialog = HandoutDialog(self.user, customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def show_handout_register(self) -> None:
        from desktop_crm.ui.control.handout_windows import HandoutRegister

        self.windows.show("handouts", lambda: HandoutRegister(self.user, self))

    def open_credit(self, customer_id: int | None = None) -> None:
        from desktop_crm.ui.credit.credit_window import CreditWindow

        customer_id = customer_id if customer_id is not None else self.selected_id()
        if customer_id is None:
            return
        self.windows.show(("credit", customer_id), lambda: CreditWindow(self.user, customer_id, self))

    def show_credit_overview(self) -> None:
        from desktop_crm.ui.credit.credit_overview import CreditOverview

        def make() -> CreditOverview:
            window = CreditOverview(self.user, self)
            window.open_customer.connect(self.open_credit)
            return window
        self.windows.show("credit_overview", make)

    def show_analysis(self) -> None:
        from desktop_crm.ui.analysis.analysis_dialog import AnalysisDialog

        dialog = AnalysisDialog(self.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def show_year_end(self) -> None:
        from desktop_crm.ui.year_end.year_end_window import YearEndWindow

        self.windows.show("year_end", lambda: YearEndWindow(self.user, self))

    def show_todays_work(self, items: list | None = None) -> None:
        from desktop_crm.ui.today.todays_work_window import TodaysWorkWindow

        def make() -> TodaysWorkWindow:
            window = TodaysWorkWindow(self.user, self, items)
            window.open_work.connect(self.open_work)
            return window
        self.windows.show("todays_work", make)

    def open_work(self, opens: str, line: object) -> None:
        """Open the place where a line of 今日待办 is done."""
        target = getattr(line, "target", None)
        places = {"lending": self.show_lending, "handouts": self.show_handout_register,
                  "credit_overview": self.show_credit_overview, "backup": self.show_backup,
                  "archive_room": self.show_archive_room, "retention": self.show_retention,
                  "reviews": self.show_reviews, "gaps": self.show_gaps}
        if opens == "approval" and line is not None:
            from desktop_crm.ui.credit.credit_window import CreditWindow

            self.open_credit(getattr(line, "customer_id", None))
            window = self.windows.get(("credit", getattr(line, "customer_id", None)))
            if isinstance(window, CreditWindow) and target is not None:
                window.show_approval(target)
        elif opens == "card" and target is not None:
            self.cards.open_card(target)
        elif opens == "binder" and target is not None:
            self.open_binder(target)
        elif opens == "credit" and target is not None:
            self.open_credit(target)
        elif opens in places:
            places[opens]()

    def show_rosters(self) -> None:
        from desktop_crm.ui.rosters.rosters_window import RostersWindow

        self.windows.show("rosters", lambda: RostersWindow(self.user, self))

    def show_visits(self, customer_id: int | None = None) -> None:
        from desktop_crm.ui.visits.visits_window import VisitsWindow

        customer_id = customer_id if customer_id is not None else self.selected_id()
        if customer_id is None:
            QMessageBox.information(self, self.tr("访问日报与投诉"), self.tr("请先在列表中选择客户。"))
            return
        self.windows.show(("visits", customer_id), lambda: VisitsWindow(self.user, customer_id, self))

    def show_route(self) -> None:
        from desktop_crm.ui.visits.route_dialog import RouteDialog

        dialog = RouteDialog(self.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def recompute_grades(self) -> None:
        from desktop_crm.domain.errors import ArchiveError
        from desktop_crm.services.cards import grading
        from desktop_crm.ui.common.messages import error_text

        if QMessageBox.question(self, self.tr("按销售额评定客户等级"), self.tr(
                "按近12个月的出货金额和档案库设置中的门槛，重新评定全部在用档案卡的等级（手定的等级保留）。"
                "每一处改变都记入该卡的更正记录。现在评定吗？")) != QMessageBox.StandardButton.Yes:
            return
        try:
            run = grading.recompute(self.user)
        except ArchiveError as exc:
            QMessageBox.warning(self, self.tr("未能评定"), error_text(exc))
            return
        self.apply_query()
        QMessageBox.information(self, self.tr("按销售额评定客户等级"), self.tr("改变 %1 户，不变 %2 户，手定保留 %3 户。")
                                .replace("%1", str(run.changed)).replace("%2", str(run.unchanged))
                                .replace("%3", str(run.kept_by_hand)))

    def grade_by_hand(self) -> None:
        from desktop_crm.ui.cards.grade_dialog import GradeByHandDialog

        customer_id = self.selected_id()
        if customer_id is None:
            QMessageBox.information(self, self.tr("手定客户等级"), self.tr("请先在列表中选择客户。"))
            return
        card = customers.get_card(self.user, customer_id)
        if GradeByHandDialog(self.user, card.number, card.values["name"], card.values.get("grade") or "", self).exec():
            self.apply_query()

    def show_settings(self) -> None:
        from desktop_crm.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def show_reviews(self) -> None:
        from desktop_crm.ui.cards.reviews_window import ReviewsWindow

        def make() -> ReviewsWindow:
            window = ReviewsWindow(self.user, self)
            window.open_card.connect(self.cards.open_card)
            return window
        self.windows.show("reviews", make)

    def show_archive_room(self) -> None:
        from desktop_crm.ui.shelves.archive_room_window import ArchiveRoomWindow

        self.windows.show("archive_room", lambda: ArchiveRoomWindow(self.user, self))

    def show_retention(self) -> None:
        from desktop_crm.ui.retention.retention_window import RetentionWindow

        self.windows.show("retention", lambda: RetentionWindow(self.user, self))

    def show_query_log(self) -> None:
        from desktop_crm.ui.control.query_register_window import QueryLogWindow

        self.windows.show("query_register", lambda: QueryLogWindow(self.user, self))

    def overdue_notice(self) -> str:
        """What is overdue on the desk today (borrow slips, hand-out copies past recall), or ''."""

        from desktop_crm.services.control import handouts, lending

        parts, details = [], []
        if may(self.user.role, Action.LEND_PAPERS):
            slips = lending.slips(self.user, "overdue", clock.today())
            if slips:
                parts.append(self.tr("%1 张借阅单逾期未还").replace("%1", str(len(slips))))
                details += [f"{s.number}  {s.borrower_name}  {s.due_date:%Y-%m-%d}" for s in slips[:20]]
        if may(self.user.role, Action.HAND_OUT):
            copies = handouts.register(self.user, "overdue", clock.today())
            if copies:
                parts.append(self.tr("%1 份发放资料超过收回日期").replace("%1", str(len(copies))))
        # the status bar holds the count whole; who and which slips are in its tooltip and in 今日待办
        self.overdue_label.setToolTip("\n".join(details))
        return "；".join(parts)

    def show_overdue_on_start(self) -> None:
        """After signing in: what is overdue in the status bar, and 今日待办 when there is anything to do."""
        from desktop_crm.services.today import todays_work

        self.overdue_label.setText(self.overdue_notice())
        items = todays_work.todays_work(self.user, with_gaps=False)     # the gaps follow once it is shown
        if items or todays_work.gaps_item(self.user):
            self.show_todays_work(items)

    def show_import(self) -> None:
        from desktop_crm.ui.exchange.import_window import ImportWindow

        def make() -> ImportWindow:
            window = ImportWindow(self.user, self)
            window.cards_changed.connect(self.apply_query)
            return window
        self.windows.show("import", make)

    def _shown_list(self):
        """The export filters of the list as it is shown: the same search, filters and 含已清除."""
        from desktop_crm.services.exchange.exports import ExportFilters

        query = self.current_query()
        return ExportFilters(search=query.text, include_cleared=query.include_cleared,
                             filters={k: str(v) for k, v in query.filters.items()})

    def export_customers(self) -> None:
        """Every field of the cards listed, under the import's headings (so it can be corrected and re-imported)."""
        from desktop_crm.ui.exchange.export_list import export_list

        export_list(self, self.user, "customers", self._shown_list(), self.tr("客户档案"))

    def print_customers(self) -> None:
        """The list's own columns on paper, in its order."""
        from desktop_crm.ui.exchange.export_list import print_list

        print_list(self, self.user, "customer-list", self._shown_list(), self.tr("客户清单"))

    def show_backup(self) -> None:
        from desktop_crm.ui.upkeep.backup_dialog import BackupDialog

        if self.location is None:
            return
        dialog = BackupDialog(self.user, self.location, self)
        dialog.finished.connect(lambda _result: self.show_backup_state())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def show_restore(self) -> None:
        from desktop_crm.ui.upkeep.restore_dialog import RestoreDialog

        if self.location is None:
            return
        dialog = RestoreDialog(self.user, self.location, self)
        dialog.open_restored.connect(self.start_on)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def start_on(self, data_dir: str) -> None:
        """Start the desk again on another archive (a restored one) and close this window."""
        from desktop_crm.ui.app import start_desk_on

        if start_desk_on(data_dir):
            self.close()

    def show_backup_state(self) -> None:
        """The age of the last good backup, in the status bar; red once it is older than the setting."""
        if not may(self.user.role, Action.KEEP_BACKUPS):
            return
        state = backup.backup_state()
        text = tr_domain_text(backup.state_text(state))
        if state.overdue:
            text += self.tr("（已超过 %1 天，请备份）").replace("%1", str(state.warn_days))
        self.backup_label.setText(text)
        self.backup_label.setStyleSheet("color: #b00020;" if state.overdue else "color: #1b5e20;")

    def start_automatic_backup(self) -> None:
        if self.automatic_backup is None:
            return

        def shown(done: int, total: int) -> None:
            self.backup_label.setText(self.tr("正在自动备份… %1%").replace("%1", str(done * 100 // max(total, 1))))
        self.automatic_backup.at_start(shown)

    def change_password(self) -> None:
        from desktop_crm.ui.accounts.password_dialog import ChangePasswordDialog

        if ChangePasswordDialog(self.user, self).exec():
            self.statusBar().showMessage(self.tr("密码已修改。"), 5000)

    def remind_demo_password(self) -> None:
        """Someone signed in with the published demo password is asked to change it."""
        from desktop_crm.services.accounts import user_accounts

        if user_accounts.password_state(self.user) != user_accounts.DEMO:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("演示密码"),
                          self.tr("%1 仍在使用公开的演示密码，任何人都能以此账号登录。请现在修改密码。")
                          .replace("%1", self.user.display_name), parent=self)
        change = box.addButton(self.tr("修改密码…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("以后再说"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is change:
            self.change_password()

    def show_gaps(self) -> None:
        from desktop_crm.ui.binders.gap_list_window import GapListWindow

        def make() -> GapListWindow:
            window = GapListWindow(self.user, self)
            window.open_binder.connect(self.open_binder)
            return window
        self.windows.show("gaps", make)

    def open_selected(self) -> None:
        customer_id = self.selected_id()
        if customer_id is not None:
            self.cards.open_card(customer_id)

    # --- the query -------------------------------------------------------------------------------
    def current_query(self) -> CustomerQuery:
        filters = {name: box.currentData() for name, box in self.filters.items() if box.currentData()}
        if self.kind_filter.currentData():
            filters["kind"] = self.kind_filter.currentData()
        old = self.model.query
        return CustomerQuery(text=self.search.text(), filters=filters,
                             include_cleared=self.include_cleared.isChecked(),
                             sort=old.sort, descending=old.descending)

    def apply_query(self) -> None:
        INCLUDE_CLEARED.set(self.include_cleared.isChecked())
        self._requery(self.current_query())

    def _sort_by(self, column: int) -> None:
        key = COLUMNS[column][1]
        old = self.model.query
        descending = (not old.descending) if old.sort == key else False
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self._requery(replace(self.current_query(), sort=key, descending=descending))

    def _requery(self, query: CustomerQuery, keep: int | None = None) -> None:
        """Re-run the query in SQL and keep the selected customer selected if it is still in the list."""
        keep = keep if keep is not None else self.selected_id()
        self.model.set_query(query)
        if keep is not None:
            self.select_customer(keep)
        self._show_count()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.locate(customer_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _after_save(self, customer_id: int, label: str = "") -> None:
        """The saved card is shown selected — the search and filters cleared when they would hide it — and its
        number said in the status bar (a new card's number is given by the save)."""
        self._requery(self.model.query, keep=customer_id)
        if self.selected_id() != customer_id:
            self._clear_query()
            self._requery(self.current_query(), keep=customer_id)
        self.statusBar().showMessage(self.tr("已保存 %1").replace("%1", label), 15000)

    def _clear_query(self) -> None:
        widgets = [self.search, self.kind_filter, *self.filters.values(), self.include_cleared]
        for widget in widgets:                   # one requery afterwards, not one per widget
            widget.blockSignals(True)
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        for box in self.filters.values():
            box.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)

    def _show_count(self) -> None:
        if not self._columns_fitted and self.model.rowCount() > 0:
            self._columns_fitted = True        # once, on the first rows: widths set by hand are not undone
            widen_to_contents(self.table, (c for c in range(self.model.columnCount()) if c != 1))
        shown = f"{self.model.total:,}" + ("+" if self.model.capped else "")
        self.count_label.setText(self.tr("共 %1 户").replace("%1", shown))

    # --- start-up and closing ----------------------------------------------------------------------
    def offer_drafts(self) -> None:
        """After a crash or power cut: offer back the cards that were being typed."""
        for draft in drafts.drafts_of(self.user):
            answer = QMessageBox.question(
                self, self.tr("恢复草稿"),
                self.tr("发现 %1 保存的未完成档案卡“%2”。要继续编辑吗？\n选择“否”将删除这份草稿。")
                .replace("%1", draft.saved_at.strftime("%Y-%m-%d %H:%M")).replace("%2", draft.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.cards.restore_draft(draft)
            else:
                drafts.discard_draft(self.user, draft.id)

    def closeEvent(self, event) -> None:
        if not self.cards.close_editor():       # a card being typed is never left behind as a "crash" draft
            event.ignore()
            return
        if self.automatic_backup is not None:
            self.automatic_backup.at_exit()
        self.windows.close_all()
        geometry("main").set(self.saveGeometry())
        super().closeEvent(event)
