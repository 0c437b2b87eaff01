"""Settings > Reminders…: when deadlines remind you (3 days, 1 day, 1 hour before, and
when they pass, by default), each shown once. Kept in settings.json (`reminder_offsets`)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from casekeeper.db import reminders, settings

from .deadline_text import offset_label


class ReminderSettingsDialog(QDialog):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("Reminders"))
        chosen = set(reminders.user_offsets(self.data_dir))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Remind me of each open deadline (each reminder once):"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for offset in dict.fromkeys((*reminders.CHOICES, *sorted(chosen - set(reminders.CHOICES)))):
            box = QCheckBox(offset_label(offset))
            box.setChecked(offset in chosen)
            self.boxes[offset] = box
            layout.addWidget(box)
        note = QLabel(self.tr("Reminders come as desktop notifications, and in the tray where there is one, "
                              "also while the window is closed to the tray or started with --tray."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def offsets(self) -> tuple[str, ...]:
        return reminders.clean_offsets([o for o, box in self.boxes.items() if box.isChecked()])

    def accept(self) -> None:
        settings.save(self.data_dir, {reminders.SETTING: list(self.offsets())})
        super().accept()
