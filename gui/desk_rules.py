"""The deadlines area's part of the desk dialog (gui/dialogs/desk_dialog.py):

- a Japanese desk: choosing Japanese gives a desk without a calendar Japan's (Asia/Tokyo,
  JP public holidays, the year-end closure 29 Dec–3 Jan; the hours editor fills in the
  holidays and the closure), and says so beside the fields;
- "always open" together with a holiday calendar: always means always; the holidays
  and closures only count for the desk's business days (said beside the fields);
- after saving a changed reply or follow-up rule: offers to apply it to the entries
  already logged at the desk (db.deadlines.apply_desk_rule)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from casekeeper.db import deadlines, desk_calendar
from casekeeper.db.errors import InvalidInput

from .common import arg, run_action


def note_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    label.hide()
    return label


class DeskRules:
    """Wires the notes and the Japanese defaults into a DeskDialog."""

    def __init__(self, dialog, desk):
        self.dialog = dialog
        self.rule_before = (desk.reply_window_days, bool(desk.reply_window_business), desk.follow_up_days) \
            if desk is not None else None
        self.calendar_note = note_label()
        self.always_note = note_label()
        dialog.language.currentIndexChanged.connect(self.language_changed)
        if desk is not None:      # a new desk gets the holidays and closure from the dialog itself
            dialog.language.currentIndexChanged.connect(dialog._calendar_for_language)
        dialog.hours_editor.changed.connect(self.update_notes)
        self.update_notes()

    def _japanese(self) -> bool:
        return (self.dialog.language.currentData() or "").startswith("ja")

    def language_changed(self) -> None:
        """Japanese chosen: a desk left in UTC works in Asia/Tokyo (shown, editable)."""
        d = self.dialog
        if self._japanese() and d.timezone.currentText().strip() in ("", "UTC"):
            d.timezone.setCurrentText(desk_calendar.default_calendar_fields("ja")["timezone"])
        self.update_notes()

    def update_notes(self) -> None:
        japanese = self._japanese()
        self.calendar_note.setVisible(japanese)
        self.calendar_note.setText(QCoreApplication.translate("DeskRules", "A Japanese desk: unless you set otherwise, it works in Asia/Tokyo, is "
                                        "closed on Japan's public holidays (JP) and over the year-end holidays "
                                        "(29 Dec – 3 Jan).") if japanese else "")
        try:
            form = self.dialog.hours_editor.form()
            both = form.always and bool(form.holidays or form.closures)
        except InvalidInput:
            both = False
        self.always_note.setVisible(both)
        self.always_note.setText(QCoreApplication.translate("DeskRules", "Always open means always, holidays included: the holiday calendar only "
                                      "counts for replies due in business days.") if both else "")

    def offer_to_apply(self, parent: QWidget, desk) -> None:
        """The desk's reply or follow-up rule changed: apply it to the entries already logged?"""
        rule = (desk.reply_window_days, bool(desk.reply_window_business), desk.follow_up_days)
        if self.rule_before is None or rule == self.rule_before:
            return
        waiting = deadlines.entries_off_rule(desk.id)
        if not waiting:
            return
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("DeskRules", "Apply the new rule?"),
                          arg(QCoreApplication.translate("DeskRules", "The rule of “%1” changed. Apply it to the %2 entries already logged at "
                                        "this desk? Their deadlines move (or appear, or go) to match it; entries "
                                        "with a reply-by date you typed in keep it."), desk.name, len(waiting)),
                          parent=parent)
        apply = box.addButton(QCoreApplication.translate("DeskRules", "Apply to logged entries"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("DeskRules", "Only new entries"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(apply)
        box.exec()
        if box.clickedButton() is apply:
            run_action(parent, deadlines.apply_desk_rule, desk.id)
