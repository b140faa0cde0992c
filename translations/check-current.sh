#!/usr/bin/env bash
# The translations gate (ctest: translations_current). Fails when a catalogue in translations/ is out of
# date with the sources or not fully translated:
#
#   check-current.sh LUPDATE [TRANSLATIONS_DIR]
#
# It copies every callwatch_*.ts to a temporary folder, runs lupdate on the copies exactly as update.sh
# does (run-lupdate.sh), and compares each copy with the committed file, message by message. It fails,
# listing each message, when
#   - the sources hold a message the catalogue lacks (new or changed text, context or disambiguation),
#   - the catalogue holds a message the sources no longer have (vanished),
#   - a translator comment (//:) changed in the sources,
#   - de/es/fr/pt_BR hold an entry marked unfinished, vanished or obsolete, or an empty translation,
#   - English lacks a plural form.
# The source tree is never written (lupdate writes only the copies). TRANSLATIONS_DIR defaults to the
# folder of this script; the sources are always the checkout this script belongs to.
# Fix: translations/update.sh, then translate what it reports as unfinished.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 LUPDATE [TRANSLATIONS_DIR]" >&2
  exit 2
fi
lupdate=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
committed=${2:-$here}

work=$(mktemp -d "${TMPDIR:-/tmp}/callwatch-ts-check.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One line per message: status, numerus, empty-translation flag, context, source, disambiguation,
# translator comment (tab-separated; newlines inside texts shown as \n). status is "ok", or the type of
# the <translation> element (unfinished, vanished, obsolete).
list_messages() {
  awk '
    function grab(line, tag,    opening, closing, text) {
      # Starts or continues collecting the text of <tag>...</tag>; returns 1 when it is complete.
      opening = "<" tag ">"; closing = "</" tag ">"
      if (collecting == "") {
        text = substr(line, index(line, opening) + length(opening))
        collecting = tag; buffer = ""
      } else {
        text = line; buffer = buffer "\\n"
      }
      if (index(text, closing)) {
        buffer = buffer substr(text, 1, index(text, closing) - 1)
        collecting = ""
        return 1
      }
      buffer = buffer text
      return 0
    }
    function store(tag) {
      if (tag == "source") source = buffer
      else if (tag == "comment") comment = buffer
      else if (tag == "extracomment") extra = buffer
      else if (tag == "translation") translation = translation buffer
    }
    {
      line = $0
      if (collecting != "") {
        if (grab(line, collecting)) store(lastTag)
        next
      }
      if (!inMessage && line ~ /<name>/) {
        context = line; sub(/.*<name>/, "", context); sub(/<\/name>.*/, "", context)
        next
      }
      if (line ~ /<message[ >]/) {
        inMessage = 1; numerus = (line ~ /numerus="yes"/) ? "plural" : "single"
        source = ""; comment = ""; extra = ""; translation = ""; status = "ok"; empty = 0
        next
      }
      if (!inMessage) next
      if (line ~ /<\/message>/) {
        bare = translation; gsub(/\\n/, "", bare)
        if (bare ~ /^[ \t]*$/ || bare ~ /<numerusform><\/numerusform>/ || bare ~ /<numerusform\/>/)
          empty = 1
        printf "%s\t%s\t%d\t%s\t%s\t%s\t%s\n", status, numerus, empty, context, source, comment, extra
        inMessage = 0
        next
      }
      if (line ~ /<translation[ >\/]/) {
        if (match(line, /type="[a-z]+"/)) status = substr(line, RSTART + 6, RLENGTH - 7)
        if (line ~ /<translation[^>]*\/>/) next
        sub(/<translation[^>]*>/, "<translation>", line)
        lastTag = "translation"
        if (grab(line, "translation")) store("translation")
        next
      }
      if (line ~ /<(source|comment|extracomment)>/) {
        lastTag = line; sub(/^[ \t]*</, "", lastTag); sub(/>.*/, "", lastTag)
        if (grab(line, lastTag)) store(lastTag)
        next
      }
    }
  ' "$1"
}

# Compares the committed listing ($1) with the regenerated one ($2) and prints one line per problem.
compare() {
  awk -F '\t' -v language="$3" '
    function key() { return $4 "\t" $5 "\t" $6 }
    function show(k,    parts, text) {
      split(k, parts, "\t")
      gsub(/&quot;/, "\"", parts[2]); gsub(/&apos;/, "\047", parts[2]); gsub(/&lt;/, "<", parts[2])
      gsub(/&gt;/, ">", parts[2]); gsub(/&amp;/, "\\&", parts[2])
      text = "[" parts[1] "] \"" parts[2] "\""
      if (parts[3] != "") text = text " (disambiguation: " parts[3] ")"
      return text
    }
    NR == FNR {
      k = key(); committedStatus[k] = $1; committedExtra[k] = $7; committedOrder[++count] = k
      if ($1 != "ok")
        print "  " $1 " entry in the catalogue: " show(k)
      else if ($3 == 1 && (language != "en" || $2 == "plural"))
        print "  empty translation: " show(k)
      next
    }
    {
      k = key(); regenerated[k] = 1
      if (!(k in committedStatus))
        print "  new in the sources, missing from the catalogue: " show(k)
      else if (committedStatus[k] == "ok" && $7 != committedExtra[k])
        print "  translator comment changed in the sources: " show(k)
    }
    END {
      for (i = 1; i <= count; ++i) {
        k = committedOrder[i]
        if (committedStatus[k] == "ok" && !(k in regenerated))
          print "  no longer in the sources (vanished): " show(k)
      }
    }
  ' "$1" "$2"
}

shopt -s nullglob
catalogues=("$committed"/callwatch_*.ts)
if [ ${#catalogues[@]} -eq 0 ]; then
  echo "check-current.sh: no callwatch_*.ts in $committed" >&2
  exit 2
fi

failed=0
for ts in "${catalogues[@]}"; do
  name=$(basename "$ts")
  language=${name#callwatch_}
  language=${language%.ts}
  cp "$ts" "$work/$name"
  if ! "$here/run-lupdate.sh" "$lupdate" "$work/$name"; then
    echo "$name: lupdate failed" >&2
    exit 2
  fi
  list_messages "$ts" >"$work/$name.committed"
  list_messages "$work/$name" >"$work/$name.regenerated"
  compare "$work/$name.committed" "$work/$name.regenerated" "$language" >"$work/$name.problems"
  messages=$(wc -l <"$work/$name.committed")
  problems=$(wc -l <"$work/$name.problems")
  if [ "$problems" -eq 0 ]; then
    echo "$name: up to date, $messages messages, all translated"
  else
    echo "$name: $problems problem(s) in $messages messages:"
    cat "$work/$name.problems"
    failed=1
  fi
done

if [ "$failed" -ne 0 ]; then
  echo
  echo "The translations are not up to date with the sources. Run translations/update.sh, translate"
  echo "every entry it reports as unfinished, and commit the .ts files."
  exit 1
fi
