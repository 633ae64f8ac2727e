#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# README command 1: install, build, and start Checkstand on the embedded training sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/checkstand --sandbox "$@"
fi
echo "No display found: starting Checkstand under Xvfb (virtual screen :99)."
echo "Connect a display (set DISPLAY) to see the window; Ctrl+C stops it."
exec xvfb-run -n 99 -s "-screen 0 1366x900x24" build/app/checkstand --sandbox "$@"
