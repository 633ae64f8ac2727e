#!/usr/bin/env bash
# README command 2 (and CI): install, build with warnings as errors, check formatting, and run
# every test: unit, integration over loopback HTTP, GUI (offscreen), checkstand-ctl, fuzz
# corpora, inside a private D-Bus session with an unlocked throwaway GNOME Keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh

echo "== clang-format"
# safe.directory: root running on a clone owned by someone else must not make git list nothing.
mapfile -t sources < <(git -c safe.directory='*' ls-files '*.cpp' '*.h')
if [ ${#sources[@]} -eq 0 ]; then
    echo "clang-format: no source files found (is this a git checkout?)" >&2
    exit 1
fi
if ! clang-format --dry-run -Werror "${sources[@]}" 2>/tmp/checkstand-format.log; then
    grep "error:" /tmp/checkstand-format.log | cut -d: -f1 | sort -u
    echo "clang-format: the files above are not formatted (run clang-format -i on them)" >&2
    exit 1
fi

echo "== tests"
export QT_QPA_PLATFORM=offscreen
export CHECKSTAND_REQUIRE_KEYRING=1
cd build
# The keyring password only unlocks this throwaway keyring inside this D-Bus session.
exec dbus-run-session -- sh -c '
    export HOME="$(mktemp -d)"
    echo -n checkstand-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --output-on-failure --timeout 600 -j "$(nproc)"'
