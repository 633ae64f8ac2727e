#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Checkstand needs to build, run and test on Debian 12 (bookworm).
# Safe to run again: it does nothing when everything is already there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    # Qt Linguist: lupdate/lrelease and their CMake package (qt_add_translations).
    qt6-l10n-tools qt6-tools-dev
    # qt6-httpserver-dev is only found by CMake with qt6-websockets-dev beside it.
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev libphonenumber-dev
    # The keychain, headless: a D-Bus session and GNOME Keyring's Secret Service.
    dbus dbus-daemon gnome-keyring
    # A display for the app and GUI screenshots where there is none.
    xvfb xauth
    # The sanitizer + fuzzing stage (scripts/run-sanitizers.sh): clang with its ASan, UBSan and
    # libFuzzer runtimes (only a "Recommends" of clang, so named here), llvm-symbolizer for
    # readable reports, SQLite's header and shell for the power-cut shim of tst_outboxcrash.
    clang libclang-rt-14-dev llvm libsqlite3-dev sqlite3
    # Compiler cache: two build trees on 2 cores; a rebuild of unchanged files costs nothing.
    ccache
    # Operators' PINs are hashed with Argon2id (libsodium's crypto_pwhash).
    libsodium-dev
    # The receipt tests read the PDFs back as text (pdftotext) and as pictures (pdftoppm).
    poppler-utils
    help2man librsvg2-bin # the .deb: man pages from --help, hicolor PNGs from the SVG
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root (or install sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
