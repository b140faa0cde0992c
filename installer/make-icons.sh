#!/usr/bin/env bash
# Renders the application icon resources/icons/callwatch.svg into the bitmaps the installers need and
# writes them to resources/icons/app/ (those files are committed; run this again after editing the SVG):
#   callwatch-<N>.png  N = 16 24 32 48 64 128 256 512   hicolor theme icons (Linux packages)
#   callwatch.ico      16..256 in one file                 Windows executable and NSIS installer
#   callwatch.icns     16..512 in one file                 macOS bundle
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns (icnsutils):
#   apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
svg="$root/resources/icons/callwatch.svg"
out="$root/resources/icons/app"

for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "make-icons.sh: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2
    exit 1
  }
done

mkdir -p "$out"
sizes=(16 24 32 48 64 128 256 512)
for n in "${sizes[@]}"; do
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio --format png \
    --output "$out/callwatch-$n.png" "$svg"
done

# Windows: every size up to 256 (the largest an .ico holds); 256 stored as PNG to keep the file small.
icotool --create --output "$out/callwatch.ico" \
  "$out/callwatch-16.png" "$out/callwatch-24.png" "$out/callwatch-32.png" "$out/callwatch-48.png" \
  "$out/callwatch-64.png" "$out/callwatch-128.png" --raw="$out/callwatch-256.png"

# macOS: png2icns takes the sizes the format defines (16, 32, 48, 128, 256, 512).
png2icns "$out/callwatch.icns" \
  "$out/callwatch-16.png" "$out/callwatch-32.png" "$out/callwatch-48.png" \
  "$out/callwatch-128.png" "$out/callwatch-256.png" "$out/callwatch-512.png" >/dev/null

ls -l "$out"
