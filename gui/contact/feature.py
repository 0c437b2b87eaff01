"""The contact card as a feature of the main window (gui/window_parts.py FEATURES).

"Contact…" on a desk opens its card (gui/contact/card.py) from: the Case menu (Ctrl+K,
the desk chosen in a list), the Desks tab (a button and the table's context menu), the
Identifiers tab's "Have these ready" cards (double click or context menu), Today's desks
(context menu) and the tray menu (desks open now). Nothing here is loaded at start-up but
this small module; the card and its dialogs load when first opened."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QPushButton

from casekeeper.gui.first_paint import after_first_paint

TRAY_DESKS = 10


def open_card(window, case_id: int, desk_id: int):
    """The card of a desk, over the window; a change made from it refreshes the window."""
    from .card import ContactCard

    card = ContactCard(case_id, desk_id, window)
    card.changed.connect(window.note_change)
    card.show()
    card.raise_()
    card.activateWindow()
    window.contact_card = card
    return card


def choose_desk(window) -> None:
    """Case > Contact a desk…: the desks of the open case, the one selected on Desks first."""
    from casekeeper.db import desks

    if window.case_id is None:
        return
    found = desks.list_desks(window.case_id)
    if not found:
        window.show_status(QCoreApplication.translate("Contact", "This case has no desks yet: add them on the Desks tab."))
        return
    view = window.view_if_built("DesksView")
    current = view.current_id() if view is not None else None
    names = [d.name for d in found]
    start = next((n for n, d in enumerate(found) if d.id == current), 0)
    name, ok = QInputDialog.getItem(window, QCoreApplication.translate("Contact", "Contact a desk"), QCoreApplication.translate("Contact", "Desk:"), names, start, False)
    if ok:
        open_card(window, window.case_id, found[names.index(name)].id)


class ContactFeature:
    def build(self, window) -> None:
        action = QAction(QCoreApplication.translate("Contact", "C&ontact a desk…"), window)
        action.setShortcut(QKeySequence("Ctrl+K"))
        action.triggered.connect(lambda _checked=False: choose_desk(window))
        window.add_action("case", "contact", window.case_action(action))
        self._today(window)

    def view_built(self, window, name: str, view) -> None:
        if name == "DesksView":
            button = QPushButton(QCoreApplication.translate("Contact", "C&ontact…"))
            button.setToolTip(QCoreApplication.translate("Contact", "Everything to reach the selected desk right now (Ctrl+K)"))
            button.clicked.connect(lambda: view.current_id() and open_card(window, view.case_id, view.current_id()))
            view.buttons.insertWidget(3, button)
            view.contact_button = button
            action = QAction(QCoreApplication.translate("Contact", "C&ontact…"), view.table)
            action.triggered.connect(lambda: view.current_id() and open_card(window, view.case_id, view.current_id()))
            view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.table.addAction(action)
        elif name == "IdentifiersView":
            def card_at(index):
                card = view.cards.card_at(index.row())
                if card is not None:
                    open_card(window, view.case_id, card.desk_id)

            view.card_list.doubleClicked.connect(card_at)
            action = QAction(QCoreApplication.translate("Contact", "C&ontact this desk…"), view.card_list)
            action.triggered.connect(lambda: view.card_list.currentIndex().isValid()
                                     and card_at(view.card_list.currentIndex()))
            view.card_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.card_list.addAction(action)
            view.card_list.setToolTip(QCoreApplication.translate("Contact", "Double-click a desk for its contact card"))

    def start(self, window) -> None:
        after_first_paint(window, lambda: self._tray(window))

    # --- Today and the tray --------------------------------------------------------
    def _today(self, window) -> None:
        from casekeeper.gui.rows_model import ROW_ROLE

        table = window.today.desks_table

        def contact() -> None:
            row = table.currentIndex().data(ROW_ROLE)
            if row is not None:
                open_card(window, row.case_id, row.desk.id)

        action = QAction(QCoreApplication.translate("Contact", "C&ontact…"), table)
        action.triggered.connect(contact)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addAction(action)
        window.today.contact_action = action

    def _tray(self, window) -> None:
        tray = getattr(window, "reminder_tray", None)
        if tray is not None:
            tray.menu_extras.append(lambda menu: self._tray_menu(window, menu))

    def _tray_menu(self, window, menu) -> None:
        from casekeeper.db import clock
        from casekeeper.db.today import desk_statuses
        from casekeeper.gui import i18n

        open_now = [o for o in desk_statuses(clock.now(), i18n.current()) if o.status.open_now][:TRAY_DESKS]
        sub = menu.addMenu(QCoreApplication.translate("Contact", "Contact a desk open now"))
        sub.setEnabled(bool(open_now))
        for o in open_now:
            def go(_checked=False, o=o):
                window.showNormal()
                window.raise_()
                open_card(window, o.case_id, o.desk.id)

            sub.addAction(f"{o.desk.name} — {o.case_title}", go)


FEATURE = ContactFeature()
