#!/bin/sh
# Runs pytest. Where D-Bus and GNOME Keyring are installed, inside a private
# D-Bus session with an unlocked keyring, so the keyring tests use the real
# Secret Service. With CI=true the keyring tests fail instead of skipping.
set -e
PY=${PYTHON:-python3}
export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  exec dbus-run-session -- sh -c '
    eval "$(printf "casekeeper-test\n" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export GNOME_KEYRING_CONTROL
    exec "$0" -m pytest "$@"' "$PY" "$@"
fi
exec "$PY" -m pytest "$@"
