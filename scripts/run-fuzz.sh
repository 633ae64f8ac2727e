#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Checkstand contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets of the sanitizer build (build-asan, made by run-sanitizers.sh) for
# a bounded time each, on a temporary copy of each seed corpus (tests/fuzz/corpus/<target>), two
# at a time on two cores. Any crash, sanitizer report, leak, timeout or out-of-memory fails it.
#
# Fuzzing longer locally:
#   scripts/run-sanitizers.sh --build-only          # once: the clang ASan/UBSan/libFuzzer tree
#   FUZZ_SECONDS=600 scripts/run-fuzz.sh            # every target for 10 minutes
#   FUZZ_SECONDS=3600 scripts/run-fuzz.sh ticket catalogcsv   # some targets for an hour each
#   FUZZ_MERGE=1 scripts/run-fuzz.sh ticket         # keep the new inputs that add coverage in
#                                                   # tests/fuzz/corpus/ticket (commit them)
# A failure leaves its input in build-asan/fuzz-artifacts/<target>/ (crash-*, leak-*, oom-*,
# timeout-*). Replay it with `build-asan/tests/fuzz/fuzz_<target> FILE` (the GCC build's
# standalone driver takes the same file), and add it to the corpus once fixed.
#
# Environment: FUZZ_SECONDS (20 per target), FUZZ_JOBS (targets at once, default nproc),
# FUZZ_RSS_MB (1024), FUZZ_MERGE (0), FUZZ_SEED (1; 0 = a new one each run),
# CHECKSTAND_ASAN_DIR (build-asan).
# CI uses a fixed seed, so a run explores the same inputs each time (up to where its time runs
# out): a failure there is one a developer can repeat, not luck. Explore with FUZZ_SEED=0.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
root=$PWD
build=${CHECKSTAND_ASAN_DIR:-build-asan}
[[ $build == /* ]] || build=$root/$build
seconds=${FUZZ_SECONDS:-20}
jobs=${FUZZ_JOBS:-$(nproc)}
rss=${FUZZ_RSS_MB:-1024}
seed=${FUZZ_SEED:-1}
artifacts=$build/fuzz-artifacts
# JSON targets get the contracts' keys as a dictionary.
json_targets=" sendlinkrequest sendlinkreply ordercheckreply pricingreply refundquote ticket
               catalogjson refundrequest carddata servermessage "

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for bin in "$build"/tests/fuzz/fuzz_*; do
        [ -x "$bin" ] && [ -f "$bin" ] && targets+=("${bin##*/fuzz_}")
    done
fi
if [ ${#targets[@]} -eq 0 ]; then
    echo "run-fuzz: no fuzz targets in $build/tests/fuzz (run scripts/run-sanitizers.sh --build-only)" >&2
    exit 1
fi

export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1:${ASAN_OPTIONS_EXTRA:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer || true)}
export QT_LOGGING_RULES="*=false" # parsers log through Qt; a fuzz run needs none of it
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fuzz_one() {
    local name=$1 bin=$build/tests/fuzz/fuzz_$1 seeds=$root/tests/fuzz/corpus/$1
    local corpus=$work/$name/corpus log=$work/$name/log
    rm -rf "${artifacts:?}/$name"
    mkdir -p "$corpus" "$artifacts/$name"
    if [ ! -x "$bin" ] || [ ! -d "$seeds" ]; then
        echo "missing $bin or $seeds" >"$log"
        return 1
    fi
    cp -r "$seeds"/. "$corpus"/
    local dict=()
    [[ $json_targets == *" $name "* ]] && dict=(-dict="$root/tests/fuzz/json.dict")
    # The outer timeout only catches a fuzzer that ignores its own limits.
    (cd "$work/$name" && timeout --signal=KILL $((seconds * 2 + 120)) "$bin" "${dict[@]}" \
        -max_total_time="$seconds" -seed="$seed" -rss_limit_mb="$rss" -timeout=10 \
        -print_final_stats=1 \
        -artifact_prefix="$artifacts/$name/" "$corpus") >"$log" 2>&1
    local status=$?
    if [ "$status" -eq 0 ] && [ "${FUZZ_MERGE:-0}" = 1 ]; then
        "$bin" -merge=1 "$seeds" "$corpus" >>"$log" 2>&1 || status=$?
    fi
    return $status
}

report() {
    local name=$1 status=$2 log=$work/$1/log
    local runs corpus_size
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    corpus_size=$(find "$work/$name/corpus" -type f | wc -l)
    if [ "$status" -eq 0 ]; then
        printf '  %-16s ok      %9s runs, corpus %s\n' "$name" "${runs:-?}" "$corpus_size"
        return
    fi
    printf '  %-16s FAILED  (exit %s)\n' "$name" "$status"
    echo "---- $name: the end of its log"
    tail -n 60 "$log"
    for f in "$artifacts/$name"/*; do
        [ -f "$f" ] || continue
        echo "---- saved input $f ($(wc -c <"$f") bytes), first bytes:"
        head -c 512 "$f" | od -c | head -n 12
    done
}

echo "== fuzzing ${#targets[@]} targets for ${seconds} s each, $jobs at a time"
start=$SECONDS
declare -A pids=()
failed=0
finish() { # waits for one running target
    local pid name status
    wait -n -p pid "${!pids[@]}"
    status=$?
    name=${pids[$pid]}
    unset "pids[$pid]"
    report "$name" "$status"
    [ "$status" -eq 0 ] || failed=1
}
for name in "${targets[@]}"; do
    while [ ${#pids[@]} -ge "$jobs" ]; do finish; done
    fuzz_one "$name" &
    pids[$!]=$name
done
while [ ${#pids[@]} -gt 0 ]; do finish; done
echo "-- fuzzing took $((SECONDS - start)) s"
exit $failed
