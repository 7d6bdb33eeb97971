"""Opens card editors and carries what they collect to the customer services, and the answers back."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_crm.domain.acting_user import ActingUser
from desktop_crm.domain.customer_card import CustomerKind
from desktop_crm.domain.errors import ArchiveError, InvalidInput, StaleCard
from desktop_crm.services.cards import account_managers, customers, drafts
from desktop_crm.services.cards.customers import CustomerCard, SimilarNameWarning
from desktop_crm.services.credit import credit_status
from desktop_crm.services.shelves.placing import binder_place
from desktop_crm.ui.cards.card_editor import CardEditorDialog, CardInput
from desktop_crm.ui.common.messages import error_text, problems_text


class CardDesk(QObject):
    card_saved = Signal(int, str)   # customer id, and its number and name as the status bar says them

    def __init__(self, user: ActingUser, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.user = user
        self._parent = parent_widget
        self._completions: dict[str, list[str]] = {}
        self.open_editor: CardEditorDialog | None = None   # for tests and for focus

    def _completions_for(self, field: str) -> list[str]:
        if field not in self._completions:
            self._completions[field] = customers.used_values(self.user, field)
        return self._completions[field]

    def new_card(self, kind: CustomerKind) -> None:
        self._run_editor(kind, None)

    def open_card(self, customer_id: int) -> None:
        try:
            card = customers.get_card(self.user, customer_id)
        except ArchiveError as exc:
            QMessageBox.warning(self._parent, self.tr("无法打开"), error_text(exc))
            return
        self._run_editor(card.kind, card)

    def restore_draft(self, draft: drafts.Draft) -> None:
        card = None
        if draft.customer_id is not None:
            try:
                card = customers.get_card(self.user, draft.customer_id)
            except ArchiveError as exc:
                QMessageBox.warning(self._parent, self.tr("无法恢复草稿"), error_text(exc))
                return
            # the draft was typed over this version; saving checks it against the card as it is now
            card.version = draft.base_version or card.version
        self._run_editor(draft.kind, card, draft)

    def _run_editor(self, kind: CustomerKind, card: CustomerCard | None, draft: drafts.Draft | None = None) -> None:
        history = customers.card_history(self.user, card.id) if card else []
        warning = credit_status.status(self.user, card.id).warning if card else ""
        people = [(m.label, m.username) for m in account_managers.choices(self.user)]
        editor = CardEditorDialog(kind, card, history=history, completions=self._completions_for, people=people,
                                  warning=warning,
                                  check_name=lambda name: self._similar(name, card), parent=self._parent,
                                  place=binder_place(card.id) if card and card.id else "")
        state = {"draft_id": draft.id if draft else None}
        if draft:
            editor.set_values(draft.values)
            editor._mark_dirty()
        editor.save_requested.connect(lambda data: self._save(editor, data, state))
        editor.draft_changed.connect(lambda data: self._keep_draft(data, state))
        editor.discarded.connect(lambda: self._drop_draft(state))
        editor.finished.connect(lambda _result: self._closed(editor))
        self.open_editor = editor
        editor.open()   # modal to the window, without a nested event loop
        editor.raise_()
        editor.activateWindow()

    def close_editor(self) -> bool:
        """The program is closing: the open card is closed as by Esc (unsaved changes are asked about and,
        once given up, their draft goes too). False when the user chose to keep editing."""
        editor = self.open_editor
        if editor is None or not editor.isVisible():
            return True
        editor.reject()
        return not editor.isVisible()

    def _closed(self, editor: CardEditorDialog) -> None:
        if self.open_editor is editor:
            self.open_editor = None
        editor.deleteLater()

    def _similar(self, name: str, card: CustomerCard | None) -> list[tuple[str, str]]:
        return customers.similar_names(self.user, name, card.id if card else None)

    def _keep_draft(self, data: CardInput, state: dict) -> None:
        try:
            state["draft_id"] = drafts.save_draft(self.user, data.kind, data.values, draft_id=state["draft_id"],
                                                  customer_id=data.customer_id, base_version=data.version)
        except Exception:  # noqa: BLE001 - a failed autosave must never interrupt typing
            pass

    def _drop_draft(self, state: dict) -> None:
        if state["draft_id"] is not None:
            drafts.discard_draft(self.user, state["draft_id"])
            state["draft_id"] = None

    def _save(self, editor: CardEditorDialog, data: CardInput, state: dict) -> None:
        allow_similar = False
        while True:
            try:
                if data.customer_id is None:
                    card = customers.create_customer(self.user, data.kind, data.values,
                                                     allow_similar_name=allow_similar, draft_id=state["draft_id"])
                else:
                    card = customers.update_customer(self.user, data.customer_id, data.version, data.values,
                                                     allow_similar_name=allow_similar, draft_id=state["draft_id"])
            except SimilarNameWarning as exc:
                answer = QMessageBox.question(
                    self._parent, self.tr("名称相近"), error_text(exc) + "\n\n" + self.tr("确认是另一个客户并继续保存吗？"))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                allow_similar = True
                continue
            except InvalidInput as exc:
                editor.show_problems(problems_text(exc.problems))
                return
            except StaleCard as exc:
                editor.show_problems({}, error_text(exc))
                QMessageBox.warning(self._parent, self.tr("档案卡已被他人更正"), error_text(exc))
                return
            except ArchiveError as exc:
                editor.show_problems({}, error_text(exc))
                return
            break
        state["draft_id"] = None
        self._completions.clear()
        editor.saved(card)
        self.card_saved.emit(card.id, f"{card.number} {card.values.get('name', '')}")
