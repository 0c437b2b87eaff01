"""The Logins view with real widgets, the real clipboard (offscreen) and the real keyring."""
from __future__ import annotations

import pytest
from logins_support import keyring_backend, secret_service  # noqa: F401

from casekeeper.db import cases, desks, logins
from casekeeper.gui.secret_clipboard import HINT_FORMAT

pytest.importorskip("pytestqt")


@pytest.fixture
def view(qtbot, db, clock):
    from casekeeper.gui.views.logins import LoginsView

    case = cases.create_case("Suspended")
    w = LoginsView()
    qtbot.addWidget(w)
    w.case = case
    yield w
    w.clipboard.clear_if_ours()


def _with_login(view, secret="pa55-秘密"):
    desk = desks.create_desk(view.case.id, "Support portal", kind="portal")
    login = logins.create_login(view.case.id, "Support portal", username="dev@example.com",
                                url="https://support.example.com", desk=desk.id, secret=secret)
    view.set_case(view.case.id)
    view.select_login(login.id)
    return login


def test_table_shows_logins_but_never_the_secret(view, secret_service):
    _with_login(view)
    m = view.model
    assert m.rowCount() == 1
    cells = [m.data(m.index(0, c)) for c in range(m.columnCount())]
    assert cells[:4] == ["Support portal", "dev@example.com", "https://support.example.com", "Support portal"]
    assert cells[4]   # last changed
    assert "pa55" not in repr(cells) and view.secret.text() == ""
    assert "GNOME Keyring (Secret Service)" in view.banner.text.text()


def test_reveal_shows_the_secret_then_hides_it_again(view, qtbot, secret_service):
    _with_login(view)
    view.reveal_ms = 200
    qtbot.mouseClick(view.reveal_button, qtbot_button())
    assert view.secret.text() == "pa55-秘密"
    qtbot.waitUntil(lambda: view.secret.text() == "", timeout=3000)
    assert not view.revealed and view.reveal_button.text() == "Re&veal"


def test_copied_secret_is_marked_and_cleared_after_the_delay(view, qtbot, secret_service):
    from PySide6.QtGui import QGuiApplication

    _with_login(view)
    view.clipboard.delay_ms = 300
    qtbot.mouseClick(view.copy_secret_button, qtbot_button())
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "pa55-秘密"
    assert bytes(data.data(HINT_FORMAT)) == b"secret"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)


def test_clipboard_is_left_alone_when_the_user_copied_something_else(view, qtbot, secret_service):
    from PySide6.QtGui import QGuiApplication

    _with_login(view)
    view.clipboard.delay_ms = 300
    qtbot.mouseClick(view.copy_secret_button, qtbot_button())
    QGuiApplication.clipboard().setText("my own note")
    qtbot.waitUntil(lambda: not view.clipboard._timer.isActive(), timeout=5000)   # its clearing time came
    assert QGuiApplication.clipboard().text() == "my own note"
    # Copy username (one click) replaces the secret too, and is not cleared either.
    qtbot.mouseClick(view.copy_secret_button, qtbot_button())
    qtbot.mouseClick(view.copy_user_button, qtbot_button())
    qtbot.waitUntil(lambda: not view.clipboard._timer.isActive(), timeout=5000)
    assert QGuiApplication.clipboard().text() == "dev@example.com"


def test_open_url_is_one_click(view, qtbot, secret_service):
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    opened = []

    class Handler(QObject):
        @Slot("QUrl")
        def show(self, url):
            opened.append(url.toString())

    handler = Handler()
    QDesktopServices.setUrlHandler("https", handler, "show")
    try:
        _with_login(view)
        qtbot.mouseClick(view.open_url_button, qtbot_button())
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert opened == ["https://support.example.com"]


def test_add_through_the_dialog_saves_the_secret_in_the_keyring(view, qtbot, secret_service):
    from PySide6.QtWidgets import QDialog

    from casekeeper.gui.dialogs.login_dialog import LoginDialog

    view.set_case(view.case.id)
    dialog = LoginDialog(view, view.case.id)
    qtbot.addWidget(dialog)
    assert dialog.secret.echoMode() == dialog.secret.EchoMode.Password
    dialog.label.setText("Cloud console")
    dialog.username.setText("me")
    dialog.secret.setText("typed-in-dialog")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert logins.read_secret(dialog.record_id) == "typed-in-dialog"
    assert dialog.secret.text() == ""


def test_no_keyring_says_so_and_saves_no_secret(view, qtbot, keyring_backend):
    from keyring.backends import fail

    from casekeeper.gui.dialogs.login_dialog import LoginDialog

    keyring_backend.set_keyring(fail.Keyring())
    logins.create_login(view.case.id, "Portal", username="u")
    view.set_case(view.case.id)
    assert view.banner.state == "unavailable"
    assert "no usable keyring" in view.banner.text.text() and "plain text" in view.banner.text.text()
    assert not view.reveal_button.isEnabled() and not view.copy_secret_button.isEnabled()
    dialog = LoginDialog(view, view.case.id, keyring_usable=False)
    qtbot.addWidget(dialog)
    assert not dialog.secret.isEnabled() and "No usable keyring" in dialog.secret_note.text()
    dialog.label.setText("Second")
    dialog.secret.setText("would-be-lost")   # cannot be typed by a user; even so it is not saved
    dialog.accept()
    saved = logins.find_login(view.case.id, "Second")
    assert saved is not None and not saved.has_secret


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.mark.parametrize("answer, deletes_case, secrets_left", [
    ("Remove secrets", True, 0), ("Keep them in the keyring", True, 1), ("Cancel", False, 1)])
def test_deleting_a_case_offers_to_remove_its_secrets(view, qtbot, secret_service, answer, deletes_case,
                                                      secrets_left):
    import keyring

    from casekeeper.gui.views.logins import ask_forget_case_secrets
    from logins_support import answer_in_turn

    login = _with_login(view)
    service, user = login.keyring_service, login.keyring_user
    texts, _ = answer_in_turn(answer)
    assert ask_forget_case_secrets(view, view.case.id) is deletes_case
    assert texts and "1 login" in texts[0]
    assert (keyring.get_password(service, user) is not None) == bool(secrets_left)


def test_locked_keyring_on_reveal_is_said_in_words(view, qtbot, keyring_backend, secret_service):
    """A backend that reports 'locked' only when used (mocked: none runs here)."""
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked

    from logins_support import answer_in_turn

    class LockedKeyring(KeyringBackend):
        priority = 1

        def get_password(self, service, username, *secret):
            raise KeyringLocked("locked")

        set_password = delete_password = get_password

    _with_login(view)
    keyring_backend.set_keyring(LockedKeyring())
    shown, _ = answer_in_turn("OK")
    qtbot.mouseClick(view.reveal_button, qtbot_button())
    assert view.secret.text() == "" and not view.revealed
    assert shown and "is locked" in shown[0]
    assert view.banner.state == "locked" and "is locked" in view.banner.text.text()


def test_no_keyring_offers_the_encrypted_file_and_then_uses_it(view, qtbot, keyring_backend, data_dir):
    from keyring.backends import fail

    from casekeeper.db import secret_file
    from casekeeper.gui.dialogs.login_dialog import LoginDialog
    from casekeeper.gui.dialogs.passphrase_dialog import PassphraseDialog

    keyring_backend.set_keyring(fail.Keyring())
    view.set_case(view.case.id)
    assert view.banner.file_button.isVisibleTo(view) and not view.banner.unlock_button.isVisibleTo(view)
    dialog = PassphraseDialog(view, data_dir, create=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("a long passphrase")
    dialog.repeat.setText("a long passphrase")
    dialog.accept()
    try:
        view.refresh()
        assert view.banner.state == "ready" and "encrypted file" in view.banner.text.text()
        add = LoginDialog(view, view.case.id, keyring_usable=True)
        qtbot.addWidget(add)
        add.label.setText("Portal")
        add.secret.setText("in-the-file")
        add.accept()
        assert logins.read_secret(add.record_id) == "in-the-file"
        secret_file.lock(data_dir)   # as after a restart
        view.refresh()
        assert view.banner.state == "locked" and view.banner.unlock_button.isVisibleTo(view)
        assert "passphrase" in view.banner.text.text()
    finally:
        secret_file.lock(data_dir)


def test_deleting_a_login_removes_its_secret_or_asks_when_it_cannot(view, qtbot, secret_service, keyring_backend):
    import keyring
    from keyring.backends import fail

    from logins_support import answer_in_turn

    login = _with_login(view)
    other = logins.create_login(view.case.id, "Other", username="o", secret="other-secret")
    view.select_login(login.id)
    texts, _ = answer_in_turn("Delete")
    view.delete_button.click()
    assert "Support portal" in texts[0] and "removed from the keyring" in texts[0]
    assert keyring.get_password(login.keyring_service, login.keyring_user) is None
    assert [lg.label for lg in logins.list_logins(view.case.id)] == ["Other"]

    real = keyring_backend.get_keyring()
    keyring_backend.set_keyring(fail.Keyring())   # the keyring went away
    view.select_login(other.id)
    texts, _ = answer_in_turn("Delete", "Cancel")   # yes, delete; then: not without removing the secret
    view.delete_button.click()
    assert "no usable keyring" in texts[1] and "anyway" in texts[1]
    assert [lg.label for lg in logins.list_logins(view.case.id)] == ["Other"]
    answer_in_turn("Delete", "Delete")
    view.delete_button.click()
    assert logins.list_logins(view.case.id) == []
    keyring_backend.set_keyring(real)
    assert keyring.get_password(other.keyring_service, other.keyring_user) == "other-secret"   # left in place


STARTUP_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from casekeeper.db.connection import open_database
from casekeeper.db import demo
from casekeeper.gui.main_window import MainWindow
open_database(sys.argv[1])
case = demo.add_demo_case("en")
window = MainWindow(sys.argv[1])
window.show()
window.open_case(case.id)
app.processEvents()
at_start = "keyring" in sys.modules
titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
window.tabs.setCurrentIndex(titles.index("Logins"))
app.processEvents()
print(at_start, "keyring" in sys.modules, window.view("LoginsView").banner.state != "")
"""


def test_keyring_is_imported_only_when_the_logins_tab_opens(data_dir):
    """Heavy imports are lazy: opening the window and a case does not load keyring (or D-Bus)."""
    import os
    import subprocess
    import sys


    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", STARTUP_SCRIPT, str(data_dir)], capture_output=True, text=True,
                       env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["False", "True", "True"]


def test_clipboard_delay_comes_from_the_settings(qtbot, db, data_dir):
    from casekeeper.db import settings
    from casekeeper.gui.views.logins import LoginsView

    first = LoginsView()
    qtbot.addWidget(first)
    assert first.clipboard.delay_ms == 20_000   # the default
    settings.save(data_dir, {"clipboard_clear_seconds": 45})
    second = LoginsView()
    qtbot.addWidget(second)
    assert second.clipboard.delay_ms == 45_000


def test_deleting_a_case_in_the_window_can_take_its_secrets_along(qtbot, db, data_dir, clock, secret_service):
    import keyring

    from casekeeper.gui.main_window import MainWindow
    from logins_support import answer_in_turn

    gone = cases.create_case("Gone")
    kept = cases.create_case("Kept")
    a = logins.create_login(gone.id, "Portal", username="same", secret="gone-secret")
    b = logins.create_login(kept.id, "Portal", username="same", secret="kept-secret")
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    window.open_case(gone.id)
    texts, _ = answer_in_turn("Delete", "Remove secrets")
    window.delete_action.trigger()
    assert "Gone" in texts[0] and "keyring" in texts[1]
    assert [c.title for c in cases.list_cases()] == ["Kept"]
    assert keyring.get_password(a.keyring_service, a.keyring_user) is None
    assert keyring.get_password(b.keyring_service, b.keyring_user) == "kept-secret"
