#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 2 (and CI's first stage): install, build with warnings as errors, check
# formatting, and run every test: unit, integration over loopback HTTP, GUI (offscreen),
# checkstand-ctl, the crash test, fuzz corpora (standalone driver), inside a private D-Bus
# session with an unlocked throwaway GNOME Keyring (scripts/test-session.sh).
# The sanitizer + libFuzzer stage is scripts/run-sanitizers.sh (CI runs both: .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
took() { echo "-- $1 took $((SECONDS - $2)) s"; }

start=$SECONDS
bash scripts/install-deps.sh
took "installing dependencies" $start

start=$SECONDS
bash scripts/build.sh
took "building" $start

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
start=$SECONDS
status=0
(cd build && bash ../scripts/test-session.sh ctest --output-on-failure --timeout 600 -j "$(nproc)") ||
    status=$?
took "the tests" $start
exit $status
