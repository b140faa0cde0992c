#!/usr/bin/env bash
# Builds the whole project and its test suite with AddressSanitizer + UndefinedBehaviorSanitizer (GCC,
# -DCALLWATCH_SANITIZE=address,undefined) in its own build directory and runs every test with ctest.
# Any sanitizer report fails the test that produced it: errors halt at once, leaks are reported when the
# test exits. Leak suppressions (lsan.supp beside this script) cover system libraries only.
#
#   tests/sanitize/run-sanitized-tests.sh [--build-dir DIR] [--jobs N] [ctest arguments...]
#
#   --build-dir DIR   default: build-sanitize in the source tree
#   --jobs N          parallel build jobs (default: the number of cores)
#   anything else is passed to ctest (e.g. -R tst_csv)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir="$source_dir/build-sanitize"
jobs=$(nproc)
ctest_args=()
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) ctest_args+=("$1"); shift ;;
    esac
done

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
start=$(date +%s)
echo "== configuring $build_dir (CALLWATCH_SANITIZE=address,undefined)"
# -O1: sanitized code at -O0 runs the suite markedly slower; -g for readable stacks.
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCALLWATCH_SANITIZE=address,undefined -DCALLWATCH_WERROR=ON \
    -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="-O1 -g" "${launcher[@]}" >/dev/null
echo "== building"
cmake --build "$build_dir" -j "$jobs"
built=$(date +%s)

# halt_on_error: the first error ends the test (which then fails). detect_leaks: leaks are reported at
# exit and fail the test. UBSan prints a stack and aborts on the first finding (the build also passes
# -fno-sanitize-recover=undefined). quarantine_size_mb=16 (default 256): freed blocks are still held back to
# catch use-after-free, but not so many that tests bounding their resident memory measure the quarantine.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=0:quarantine_size_mb=16
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
if command -v llvm-symbolizer >/dev/null; then
    ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer)
    export ASAN_SYMBOLIZER_PATH
fi

echo "== running the test suite under ASan + UBSan"
status=0
ctest --test-dir "$build_dir" --output-on-failure "${ctest_args[@]}" || status=$?
done_at=$(date +%s)
echo "== sanitized build: $((built - start)) s to build, $((done_at - built)) s to test"
exit "$status"
