#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer harnesses (tests/fuzz; the `fuzz` preset: clang-14, ASan + UBSan) and
# runs each for a bounded time on a temporary copy of its seed corpus, so the corpus in git
# stays small and reviewed.
#   scripts/fuzz.sh [seconds]     seconds per harness, default 30
# Prints the executions per harness. Exits non-zero on any crash, leak, timeout or memory blow-up
# and keeps the input that caused it in build/fuzz/crashes/<harness>/ (replay it with
# build/fuzz/tests/fuzz/<harness> <file>). FUZZ_JOBS sets the build's parallelism (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}

cmake --preset fuzz >/dev/null
cmake --build build/fuzz -j "${FUZZ_JOBS:-2}" --target fuzzers

# halt_on_error: a UBSan report fails the run like an ASan one (UBSan only warns by default);
# tests/fuzz/ubsan.supp lists the known, reported bugs outside tests/fuzz, each with its reason.
# LeakSanitizer stays on (libFuzzer checks for leaks per input); Qt's global caches are still
# reachable at exit, so no suppressions file is needed today. If one ever is, add it here as
# tests/fuzz/lsan.supp with a reason for every line.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/fuzz/ubsan.supp"
export ASAN_OPTIONS=detect_leaks=1
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for source in tests/fuzz/fuzz_*.cpp; do
    harness=$(basename "$source" .cpp)
    corpus="$work/$harness"
    crashes="build/fuzz/crashes/$harness"
    mkdir -p "$corpus" "$crashes"
    cp -r "tests/fuzz/corpus/$harness/." "$corpus/"
    log="$work/$harness.log"
    if "build/fuzz/tests/fuzz/$harness" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        status=1
    fi
    execs=$(awk '/stat::number_of_executed_units/ {n = $2} /^#[0-9]+[ \t]+DONE/ && !n {d = substr($1, 2)}
                 END {print n ? n : (d ? d : "?")}' "$log")
    printf '%-18s %-6s %12s executions in %ss\n' "$harness" "$result" "$execs" "$seconds"
    if [ "$result" = FAILED ]; then
        tail -n 60 "$log" >&2
        echo "The input that failed is in $crashes/; replay: build/fuzz/tests/fuzz/$harness <file>" >&2
    fi
done
exit $status
