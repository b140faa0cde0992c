#!/bin/sh
# Builds and runs the soak test: 10,000 tracked calls (100 batches of 100) against callwatch-sim at high
# speed, with webhooks, sampling resident memory, open file descriptors and live network replies every 10 s
# and failing when any of them grows over the second half of the run (see tests/soak/callwatch-soak.cpp).
#
#   tests/soak/run-soak.sh [--minutes N] [--build-dir DIR] [-- extra callwatch-soak options]
#
# CI runs it with --minutes 10; the full soak is --minutes 120 (2 hours). The samples are printed as CSV and
# kept in <build dir>/soak-<minutes>min.csv. Exit code: callwatch-soak's (0 pass, 1 a check failed, 2 error).
set -eu

minutes=10
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir="$source_dir/build-soak"
while [ $# -gt 0 ]; do
    case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --minutes=*) minutes="${1#--minutes=}"; shift ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    --build-dir=*) build_dir="${1#--build-dir=}"; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run-soak.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

launcher=""
if command -v ccache >/dev/null 2>&1; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher
fi
cmake --build "$build_dir" --target callwatch-soak callwatch-sim

csv="$build_dir/soak-${minutes}min.csv"
echo "run-soak.sh: $minutes min, samples in $csv" >&2
exec "$build_dir/bin/callwatch-soak" --minutes "$minutes" --csv "$csv" "$@"
