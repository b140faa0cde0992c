#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang-14 (ASan + UBSan) and runs each one on a copy of
# its seed corpus for a bounded time or number of executions. Prints executions, exec/s and coverage per
# target; exits non-zero when any target crashed, leaked, timed out or broke one of its invariants, with
# the reproducer saved under the output directory (replay it with: <fuzzer binary> <reproducer file>).
#
#   tests/fuzz/run-fuzzers.sh [--seconds N | --runs N] [--targets "fuzz_a fuzz_b"]
#                             [--build-dir DIR] [--out DIR] [--timeout S]
#
#   --seconds N   run each target for N seconds (default 30)
#   --runs N      run each target for N executions instead (the documented long run: --runs 10000000),
#                 in fresh processes of at most 1,000,000 executions that carry the corpus on
#   --targets     the targets to run (default: all four)
#   --build-dir   clang build directory (default: build-fuzz in the source tree)
#   --out         where corpora, logs and reproducers go (default: <build-dir>/fuzz-out)
#   --timeout S   an input running longer than S seconds (wall clock) is a finding (default 120)
#
# Installs clang-14, libclang-rt-14-dev and llvm-14 (for symbolized stacks) with apt when they are missing
# and the script runs as root. The Qt 6 development packages the project needs must already be there.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
seconds=30
runs=""
targets="fuzz_payloadparser fuzz_webhook fuzz_csvimport fuzz_idlist"
build_dir="$source_dir/build-fuzz"
out_dir=""
timeout=120

while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds=$2; runs=""; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --targets) targets=$2; shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --out) out_dir=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    -h | --help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "run-fuzzers.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
out_dir=${out_dir:-$build_dir/fuzz-out}

fuzzer_runtime() {
    ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1
}
if ! command -v clang++-14 >/dev/null || ! fuzzer_runtime || [ ! -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "run-fuzzers.sh: needs clang-14, libclang-rt-14-dev and llvm-14 (apt-get install them as root)" >&2
        exit 2
    fi
    echo "== installing clang-14, libclang-rt-14-dev, llvm-14"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev llvm-14 >/dev/null
fi

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
echo "== configuring $build_dir (clang-14, CALLWATCH_FUZZ=ON)"
CC=clang-14 CXX=clang++-14 cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCALLWATCH_FUZZ=ON \
    -DCALLWATCH_BUILD_TESTS=OFF -DCALLWATCH_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
echo "== building $targets"
# shellcheck disable=SC2086
cmake --build "$build_dir" --target $targets

export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_QPA_PLATFORM=offscreen

dict_for() {
    case "$1" in
    fuzz_payloadparser | fuzz_webhook) echo "$here/json.dict" ;;
    fuzz_csvimport) echo "$here/csv.dict" ;;
    fuzz_idlist) echo "$here/idlist.dict" ;;
    esac
}

bound=(-max_total_time="$seconds")
bound_text="${seconds} s"
if [ -n "$runs" ]; then
    bound=(-runs="$runs")
    bound_text="$runs runs"
fi

# Runs $target once on its corpus with the given bound; output appended to $log.
run_one() {
    "$build_dir/tests/fuzz/$target" "$@" -dict="$(dict_for "$target")" -max_len=8192 \
        -timeout="$timeout" -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" >>"$log" 2>&1
}
chunk=1000000

mkdir -p "$out_dir"
passed=0
failed=0
summary=()
for target in $targets; do
    corpus="$out_dir/corpus/$target"
    artifacts="$out_dir/artifacts/$target"
    log="$out_dir/$target.log"
    mkdir -p "$corpus" "$artifacts"
    cp -n "$here/corpus/$target/"* "$corpus/" 2>/dev/null || true
    echo "== $target: $bound_text, corpus $corpus"
    start=$(date +%s)
    status=0
    : >"$log"
    if [ -z "$runs" ]; then
        run_one "${bound[@]}" || status=$?
        executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    else
        # A long run goes in fresh processes of at most $chunk executions, each carrying on with the
        # corpus the previous one grew: in one process ASan's heap grows to over a GB after a few million
        # inputs, and every leak check (run when an input allocates more than it frees) then scans all of
        # it, which took the rate from thousands to under a hundred executions per second.
        executions=0
        remaining=$runs
        while [ "$remaining" -gt 0 ] && [ "$status" -eq 0 ]; do
            this=$((remaining < chunk ? remaining : chunk))
            run_one -runs="$this" || status=$?
            done_now=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
            executions=$((executions + ${done_now:-0}))
            remaining=$((remaining - this))
        done
    fi
    elapsed=$(($(date +%s) - start))
    rate="?"
    if [ "$elapsed" -gt 0 ] && [ -n "$executions" ]; then
        rate=$((executions / elapsed))
    fi
    coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1 || true)
    line="$target: ${executions:-?} executions in ${elapsed} s (${rate:-?} exec/s), ${coverage:-no coverage line}"
    if [ "$status" -ne 0 ]; then
        failed=$((failed + 1))
        echo "FAILED $line (exit $status)"
        grep -E 'ERROR: |FUZZ CHECK FAILED|SUMMARY: |Test unit written to' "$log" | head -20 || true
        grep -A2 'FUZZ CHECK FAILED' "$log" | head -6 || true
        summary+=("FAILED $line")
    else
        passed=$((passed + 1))
        echo "ok     $line"
        summary+=("ok     $line")
    fi
done

echo
echo "== fuzzing summary ($bound_text per target; logs and reproducers in $out_dir)"
printf '%s\n' "${summary[@]}"
echo "fuzzers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
