#!/usr/bin/env bash
# Runs lupdate for ONE catalogue, the way every CallWatch catalogue is made. Used by update.sh (which
# regenerates the files in translations/) and by check-current.sh (the ctest gate, which runs it on
# copies), so both always see exactly the same extraction.
#
#   run-lupdate.sh LUPDATE TS_FILE
#
# LUPDATE is the lupdate executable; TS_FILE may live anywhere (its name picks the language:
# callwatch_<lang>.ts). English (callwatch_en.ts) keeps only the messages with plural forms (%n); the
# other languages keep every message. No source locations are written, so moving code around does not
# change the files, and messages that left the sources are dropped rather than kept as "vanished".
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 LUPDATE TS_FILE" >&2
  exit 2
fi
lupdate=$1
ts=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

options=(-silent -locations none -no-obsolete)
case "$(basename "$ts")" in
  callwatch_en.ts) options+=(-pluralonly -target-language en) ;;
  callwatch_*.ts) ;;
  *)
    echo "run-lupdate.sh: $ts is not named callwatch_<language>.ts" >&2
    exit 2
    ;;
esac

# Relative paths and a fixed order: the result does not depend on where the checkout lives.
cd "$root"
status=0
output=$("$lupdate" "${options[@]}" src ui app -ts "$ts" 2>&1) || status=$?
# lupdate's note about cw::explainError (a tr() in namespace cw, context "cw") is expected; drop it.
printf '%s\n' "$output" | grep -v -e "lacks Q_OBJECT macro" -e '^$' >&2 || true
exit "$status"
