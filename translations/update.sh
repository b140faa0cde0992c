#!/usr/bin/env bash
# Regenerates every catalogue in translations/ from the sources, in one command:
#
#   translations/update.sh [LUPDATE]
#
# Run it after adding or changing user-visible strings (tr(), QCoreApplication::translate(), //: comments),
# then translate what it reports as unfinished in callwatch_{de,es,fr,pt_BR}.ts (Qt Linguist, or by
# hand in the XML) until `ctest -R translations_current` passes. English (callwatch_en.ts) needs only
# the plural forms of messages with %n; they are filled in by fill-english-plurals.py.
#
# LUPDATE defaults to $LUPDATE, else Qt 6's lupdate (/usr/lib/qt6/bin/lupdate, or qmake6's bin folder,
# or lupdate on PATH). Needs python3 for the English plural forms.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

lupdate=${1:-${LUPDATE:-}}
if [ -z "$lupdate" ]; then
  if [ -x /usr/lib/qt6/bin/lupdate ]; then
    lupdate=/usr/lib/qt6/bin/lupdate
  elif command -v qmake6 >/dev/null 2>&1 && [ -x "$(qmake6 -query QT_INSTALL_BINS)/lupdate" ]; then
    lupdate="$(qmake6 -query QT_INSTALL_BINS)/lupdate"
  else
    lupdate=lupdate
  fi
fi

for ts in "$here"/callwatch_*.ts; do
  "$here/run-lupdate.sh" "$lupdate" "$ts"
done

# English: fill the plural forms, then let lupdate write the file back in its own layout (so the
# file looks the same whichever tool touched it last).
python3 "$here/fill-english-plurals.py" "$here/callwatch_en.ts"
"$here/run-lupdate.sh" "$lupdate" "$here/callwatch_en.ts"

# What is left to translate.
for ts in "$here"/callwatch_*.ts; do
  messages=$(grep -c '<message' "$ts" || true)
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "$(basename "$ts"): $messages messages, $unfinished unfinished"
done
