#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# CI's second stage (.ci/run), after scripts/run-tests.sh: the whole suite under AddressSanitizer,
# UndefinedBehaviorSanitizer and LeakSanitizer, then every libFuzzer target for a bounded time.
#   1. build: a second tree, build-asan, with clang at -O1 (Q_ASSERT on), ASan + UBSan on every
#      target and checkstand-ctl, and CHECKSTAND_FUZZ=ON so the fuzz targets are libFuzzer
#      binaries and core is coverage-instrumented (-fsanitize=fuzzer-no-link);
#   2. tests: all of ctest there (the fuzz tests replay their corpus), inside the same D-Bus
#      session and throwaway keyring as run-tests.sh (scripts/test-session.sh). Every sanitizer
#      report, also from a checkstand-ctl child whose exit code a test does not look at, is
#      written to build-asan/sanitizer-reports/ and fails the stage;
#   3. fuzz: scripts/run-fuzz.sh, each target FUZZ_SECONDS (20) on a temporary corpus copy.
#
# Usage: scripts/run-sanitizers.sh [--build-only | --no-fuzz]
# Fuzzing longer locally: see the top of scripts/run-fuzz.sh, e.g.
#   scripts/run-sanitizers.sh --build-only && FUZZ_SECONDS=600 scripts/run-fuzz.sh
# Known third-party leaks, if any ever need silencing, go in scripts/lsan-suppressions.txt
# (one documented `leak:` line each); none of ours may.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${CHECKSTAND_ASAN_DIR:-build-asan}
took() { echo "-- $1 took $((SECONDS - $2)) s"; }
mode=${1:-all}

start=$SECONDS
bash scripts/install-deps.sh
took "installing dependencies" $start

echo "== sanitizer build ($build: clang, ASan + UBSan, libFuzzer)"
start=$SECONDS
source scripts/ccache.sh
# Debug for Q_ASSERT (Qt's own included), at -O1 with line tables: fast enough to run the suite,
# readable stacks. Warnings stay errors: a second compiler's warnings count too.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DCHECKSTAND_WERROR=ON -DCHECKSTAND_SANITIZE=address,undefined -DCHECKSTAND_FUZZ=ON \
    "${ccache_args[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
took "the sanitizer build" $start
[ "$mode" = --build-only ] && exit 0

echo "== tests under ASan + UBSan + LSan"
start=$SECONDS
reports=$root/$build/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1:log_path=$reports/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="print_suppressions=0"
[ -f scripts/lsan-suppressions.txt ] &&
    LSAN_OPTIONS+=":suppressions=$root/scripts/lsan-suppressions.txt"
ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer || true)
export ASAN_SYMBOLIZER_PATH
status=0
(cd "$build" && bash "$root/scripts/test-session.sh" \
    ctest --output-on-failure --timeout 900 -j "$(nproc)") || status=$?
if compgen -G "$reports/*" >/dev/null; then
    echo "Sanitizer reports (also from child processes):" >&2
    for f in "$reports"/*; do
        echo "---- $f" >&2
        cat "$f" >&2
    done
    status=1
fi
took "the sanitized tests" $start
unset ASAN_OPTIONS UBSAN_OPTIONS
if [ "$mode" = --no-fuzz ]; then
    exit $status
fi

start=$SECONDS
fuzz=0
CHECKSTAND_ASAN_DIR=$build bash scripts/run-fuzz.sh || fuzz=$?
took "fuzzing" $start
[ "$status" -eq 0 ] && [ "$fuzz" -eq 0 ]
