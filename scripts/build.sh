#!/usr/bin/env bash
# Configures and builds everything (app, checkstand-ctl, tests, benchmark) into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHECKSTAND_WERROR=ON >/dev/null
cmake --build build --parallel "$(nproc)"
