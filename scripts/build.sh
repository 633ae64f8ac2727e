#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds everything (app, checkstand-ctl, tests, benchmark) into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ccache.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHECKSTAND_WERROR=ON \
    "${ccache_args[@]}" >/dev/null
cmake --build build --parallel "$(nproc)"
