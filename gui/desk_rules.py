"""The deadlines area's part of the desk dialog (gui/dialogs/desk_dialog.py):

- a Japanese desk: choosing Japanese fills in what is left empty with Japan's calendar
  (Asia/Tokyo, JP public holidays, the year-end closure 29 Dec–3 Jan), and says so;
- "always open" together with a holiday calendar: always means always; the holidays
  and closures only count for the desk's business days (said beside the fields);
- after saving a changed reply or follow-up rule: offers to apply it to the entries
  already logged at the desk (db.deadlines.apply_desk_rule)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from casekeeper.db import deadlines, desk_calendar

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
        self.had_closures = bool(desk and desk.closures)
        self.add_year_end = False
        self.calendar_note = note_label()
        self.always_note = note_label()
        dialog.language.currentIndexChanged.connect(self.language_changed)
        dialog.always.toggled.connect(self.update_notes)
        dialog.holidays.textChanged.connect(self.update_notes)
        self.update_notes()

    def language_changed(self) -> None:
        """Japanese chosen: the empty parts of the calendar become Japan's (shown, editable)."""
        d = self.dialog
        if (d.language.currentData() or "").startswith("ja"):
            defaults = desk_calendar.default_calendar_fields("ja")
            if d.timezone.currentText().strip() in ("", "UTC"):
                d.timezone.setCurrentText(defaults["timezone"])
            if not d.holidays.text().strip():
                d.holidays.setText(defaults["holidays"])
            self.add_year_end = not self.had_closures
        else:
            self.add_year_end = False
        self.update_notes()

    def update_notes(self) -> None:
        d = self.dialog
        japanese = (d.language.currentData() or "").startswith("ja")
        self.calendar_note.setVisible(japanese)
        self.calendar_note.setText(QCoreApplication.translate("DeskRules", "A Japanese desk: unless you set otherwise, it works in Asia/Tokyo, is "
                                        "closed on Japan's public holidays (JP) and over the year-end holidays "
                                        "(29 Dec – 3 Jan).") if japanese else "")
        both = d.always.isChecked() and bool(d.holidays.text().strip())
        self.always_note.setVisible(both)
        self.always_note.setText(QCoreApplication.translate("DeskRules", "Always open means always, holidays included: the holiday calendar only "
                                      "counts for replies due in business days.") if both else "")

    def closures(self) -> list | None:
        """The closures to save when Japanese was chosen for a desk without any (else None: unchanged)."""
        if not self.add_year_end:
            return None
        return desk_calendar.default_calendar_fields("ja")["closures"]

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
