"""The layout every form dialog shares: the form, then OK (renamed) and Cancel."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLayout, QVBoxLayout


def with_buttons(dialog: QDialog, body: QLayout, *, ok_text: str | None = None, on_ok=None) -> QDialogButtonBox:
    """`body` above OK and Cancel: OK calls `on_ok` (default: the dialog's accept()), Cancel reject()."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(body)
    layout.addWidget(buttons)
    return buttons


def lay_out_form_dialog(dialog: QDialog, form: QFormLayout, ok_text: str) -> QDialogButtonBox:
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return with_buttons(dialog, form, ok_text=ok_text)
