#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes a manual page from a built program's own --help and --version (help2man), plus the
# sections --help does not have (exit status, files, environment, examples) from an include
# file. One source: the options on the page are the ones the program parses.
#   scripts/gen-man.sh BINARY INCLUDE.h2m OUTPUT     (OUTPUT ending in .gz is gzip -9n'd)
# installer/CMakeLists.txt runs it at build time, e.g.
#   scripts/gen-man.sh build/app/checkstand-ctl docs/man/checkstand-ctl.h2m checkstand-ctl.1.gz
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 BINARY INCLUDE.h2m OUTPUT[.gz]" >&2
    exit 2
fi
binary=$(realpath "$1")
include=$(realpath "$2")
output=$3
command -v help2man >/dev/null || {
    echo "gen-man: help2man is missing (apt-get install help2man, or scripts/install-deps.sh)" >&2
    exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The program is run by its bare name from PATH so the page's usage line says "checkstand-ctl",
# not the build tree's path. The GUI app needs no display to print its help (offscreen), and
# its own XDG runtime folder keeps Qt from warning into the page.
mkdir -m 0700 "$work/xdg"
run() { PATH="$(dirname "$binary"):$PATH" QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/xdg" "$@"; }
name=$(basename "$binary")
# Both programs print "checkstand VERSION" (one application name, so they share settings); the
# page is titled by its own program, with the package as its source: "checkstand-ctl
# (Checkstand) 0.1.0".
version=$(run "$name" --version 2>/dev/null | head -n 1 | awk '{print $NF}')
[ -n "$version" ] || { echo "gen-man: $name --version printed nothing" >&2; exit 1; }
run help2man --include="$include" --output="$work/page" \
    --version-string="$name (Checkstand) $version" "$name"

# help2man exits 0 with a stub page when --help printed nothing useful; refuse that.
if ! grep -q '^\.SH OPTIONS' "$work/page"; then
    echo "gen-man: $(basename "$binary") --help gave no options; see $output" >&2
    exit 1
fi
case "$output" in
*.gz) gzip -9n <"$work/page" >"$work/page.gz" && mv "$work/page.gz" "$output" ;;
*) mv "$work/page" "$output" ;;
esac
