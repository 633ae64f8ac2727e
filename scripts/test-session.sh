#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command the way the tests need it: headless (offscreen Qt), inside a private D-Bus
# session with an unlocked throwaway GNOME Keyring and a throwaway HOME, so the keychain works
# on a machine with no desktop (CI: root, no display, no keyring). Used by run-tests.sh and
# run-sanitizers.sh. Usage: scripts/test-session.sh COMMAND [ARGS...]
set -euo pipefail
export QT_QPA_PLATFORM=offscreen
export CHECKSTAND_REQUIRE_KEYRING=1
# The keyring password only unlocks this throwaway keyring inside this D-Bus session.
# shellcheck disable=SC2016 # expanded by the inner shell
exec dbus-run-session -- sh -c '
    export HOME="$(mktemp -d)"
    echo -n checkstand-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' test-session "$@"
