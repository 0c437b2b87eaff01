#!/bin/sh
# Runs pytest. Where D-Bus and GNOME Keyring are installed, inside a private
# D-Bus session with a fresh, unlocked GNOME Keyring (kept in a temp dir, so
# the user's own keyrings are never read or written), so the keyring tests use
# the real Secret Service. With CI=true the keyring tests fail instead of skipping.
set -e
PY=${PYTHON:-python3}
export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  CASEKEEPER_TEST_KEYRING_HOME=$(mktemp -d "${TMPDIR:-/tmp}/casekeeper-keyring.XXXXXX")
  export CASEKEEPER_TEST_KEYRING_HOME
  rc=0
  # No display for the keyring's own prompts: a test must never wait for a dialog.
  env -u DISPLAY -u WAYLAND_DISPLAY dbus-run-session -- sh -c '
    eval "$(printf "casekeeper-test\n" | XDG_DATA_HOME="$CASEKEEPER_TEST_KEYRING_HOME" \
      gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export GNOME_KEYRING_CONTROL
    exec "$0" -m pytest "$@"' "$PY" "$@" || rc=$?
  rm -rf "$CASEKEEPER_TEST_KEYRING_HOME"
  exit $rc
fi
exec "$PY" -m pytest "$@"
