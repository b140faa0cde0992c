#!/usr/bin/env bash
# Builds the CallWatch .deb from a fresh build folder and proves it installs and runs on a clean Debian 12:
#   1. cmake (Release, no tests) + build + `cpack -G DEB` in a new build folder
#   2. a minimal Debian 12 root (debootstrap --variant=minbase bookworm), copied fresh from a cached one
#   3. `apt-get install ./callwatch_*.deb` inside it, so Depends are resolved from the Debian mirror
#   4. inside it: `callwatch --version` prints the project version, `callwatch-sim --version` too,
#      the executables find every library, and `callwatch --demo` (offscreen) keeps running until
#      `timeout 8` stops it (exit 124)
#   5. desktop-file-validate and appstream-util validate-relax on the installed desktop/AppStream files
# Prints the package size and how long each step took. Needs root (debootstrap, chroot, mount) and network
# access to a Debian mirror. Usage:
#   installer/check-deb.sh [--fresh-root]
# Environment: CALLWATCH_DEB_BUILD (build folder, default /tmp/callwatch-deb-build), CALLWATCH_DEB_ROOT
# (the test root, default /tmp/pkg-root), CALLWATCH_DEB_CACHE (pristine debootstrap copy, default
# /tmp/pkg-cache/bookworm-minbase), DEBIAN_MIRROR / DEBIAN_SECURITY_MIRROR (default: the bookworm and
# bookworm-security repositories of the host's own apt sources, else deb.debian.org).
# --fresh-root runs debootstrap again instead of copying the cached root.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$(dirname "$here")"
build="${CALLWATCH_DEB_BUILD:-/tmp/callwatch-deb-build}"
root="${CALLWATCH_DEB_ROOT:-/tmp/pkg-root}"
cache="${CALLWATCH_DEB_CACHE:-/tmp/pkg-cache/bookworm-minbase}"
# The Debian mirrors this machine's own apt uses (a CI machine may have its own mirror or a proxy; the
# test root must go where the host may go). Falls back to deb.debian.org.
host_repo() {
  apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null |
    awk -v rel="$1" '$2 == rel { sub(/\/$/, "", $1); print $1; exit }'
}
mirror="${DEBIAN_MIRROR:-$(host_repo bookworm)}"
mirror="${mirror:-http://deb.debian.org/debian}"
security="${DEBIAN_SECURITY_MIRROR:-$(host_repo bookworm-security)}"
security="${security:-${mirror%/debian}/debian-security}"
# An HTTP proxy configured for apt is handed to debootstrap and to apt inside the root.
if [ -z "${http_proxy:-}" ]; then
  apt_proxy="$(apt-config dump Acquire::http::Proxy 2>/dev/null | sed -n 's/^Acquire::http::Proxy "\(.*\)";$/\1/p')"
  if [ -n "$apt_proxy" ] && [ "$apt_proxy" != "DIRECT" ]; then
    export http_proxy="$apt_proxy"
  fi
fi
app_id="app.callwatch.CallWatch"
fresh_root=0
[ "${1:-}" = "--fresh-root" ] && fresh_root=1

if [ "$(id -u)" -ne 0 ]; then
  echo "check-deb.sh: needs root (debootstrap, chroot, mount)" >&2
  exit 1
fi

failures=0
step_start=0
begin() {
  step_start=$(date +%s.%N)
  echo
  echo "=== $1"
}
end() { printf -- '--- %s: %.1f s\n' "$1" "$(echo "$(date +%s.%N) - $step_start" | bc)"; }
pass() { echo "PASS: $1"; }
fail() {
  echo "FAIL: $1" >&2
  failures=$((failures + 1))
}
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# Host tools.
missing=()
for tool in cmake ninja cpack dpkg-deb dpkg-shlibdeps debootstrap desktop-file-validate appstream-util bc; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-deb.sh: installing host tools for: ${missing[*]}"
  apt-get install -y --no-install-recommends cmake ninja-build dpkg-dev debootstrap desktop-file-utils \
    appstream-util bc >/dev/null
fi

version="$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' "$src/CMakeLists.txt" | head -n1)"
[ -n "$version" ] || { echo "check-deb.sh: no VERSION in $src/CMakeLists.txt" >&2; exit 1; }
echo "CallWatch $version: source $src, build $build, test root $root, mirror $mirror ($security)"

# 1. Build the package from scratch.
begin "configure, build and package (Release, without tests)"
rm -rf "$build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCALLWATCH_BUILD_TESTS=OFF \
  -DCMAKE_INSTALL_PREFIX=/usr >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" >"$build.build.log" 2>&1 || { tail -n 50 "$build.build.log"; exit 1; }
(cd "$build" && cpack -G DEB >"$build.cpack.log" 2>&1) || { cat "$build.cpack.log"; exit 1; }
end "build and package"
deb="$(ls "$build"/callwatch_"$version"-*_*.deb)"
echo "package: $deb ($(stat -c %s "$deb") bytes, $(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Homepage Installed-Size Depends Suggests

# The file list the package must carry.
contents="$(dpkg-deb --contents "$deb" | awk '{print $NF}')"
expected=(./usr/bin/callwatch ./usr/bin/callwatch-sim
  "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml"
  "./usr/share/icons/hicolor/scalable/apps/$app_id.svg")
for size in 16 24 32 48 64 128 256 512; do
  expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
  grep -qxF -- "$path" <<<"$contents" || fail "package lacks $path"
done
[ $failures -eq 0 ] && pass "package carries executables, desktop file, AppStream data and ${#expected[@]} icons"
depends="$(dpkg-deb --field "$deb" Depends)"
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6-sqlite libqt6svg6 libqt6charts6 \
  libqt6httpserver6 libqt6websockets6 qt6-qpa-plugins libqt6keychain1 libsecret-1-0; do
  grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done

# 2. A clean Debian 12 root.
begin "clean Debian 12 root"
cleanup() {
  for mnt in "$root/dev/pts" "$root/proc" "$root/sys"; do
    mountpoint -q "$mnt" 2>/dev/null && umount -l "$mnt"
  done
  return 0
}
trap cleanup EXIT
cleanup
if grep -qF " $root/" /proc/mounts; then
  echo "check-deb.sh: something is still mounted under $root; not deleting it" >&2
  exit 1
fi
rm -rf "$root"
if [ $fresh_root -eq 1 ] || [ ! -x "$cache/bin/bash" ]; then
  rm -rf "$cache.tmp"
  mkdir -p "$(dirname "$cache")"
  debootstrap --variant=minbase bookworm "$cache.tmp" "$mirror" >"$build.debootstrap.log" 2>&1 || {
    tail -n 20 "$build.debootstrap.log"
    echo "check-deb.sh: debootstrap failed (is $mirror reachable?)" >&2
    exit 1
  }
  rm -rf "$cache"
  mv "$cache.tmp" "$cache"
fi
cp -a "$cache" "$root"
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
SOURCES
if [ -n "${http_proxy:-}" ]; then
  echo "Acquire::http::Proxy \"$http_proxy\";" >"$root/etc/apt/apt.conf.d/01proxy"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "root: $(du -sh "$root" | cut -f1), $(in_root dpkg-query -W -f '.\n' | wc -l) packages"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mkdir -p "$root/dev/pts" && mount -t devpts devpts "$root/dev/pts"
end "root ready"

# 3. Install the package the way a user would: apt resolves its Depends.
begin "apt-get install ./$(basename "$deb") in the clean root"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq >"$build.apt.log" 2>&1 || { cat "$build.apt.log"; exit 1; }
before=$(in_root dpkg-query -W -f '.\n' | wc -l)
if in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  "/tmp/$(basename "$deb")" >>"$build.apt.log" 2>&1; then
  after=$(in_root dpkg-query -W -f '.\n' | wc -l)
  pass "installed with $((after - before - 1)) dependencies from the mirror"
else
  tail -n 30 "$build.apt.log"
  fail "apt-get install of the package"
  exit 1
fi
end "install"

# 4. Run it inside the root.
begin "run inside the root"
out="$(in_root callwatch --version 2>&1)" || true
echo "callwatch --version: $out"
if grep -qF "$version" <<<"$out"; then
  pass "callwatch --version prints $version"
else
  fail "callwatch --version"
fi
out="$(in_root callwatch-sim --version 2>&1)" || true
echo "callwatch-sim --version: $out"
if grep -qF "$version" <<<"$out"; then
  pass "callwatch-sim --version prints $version"
else
  fail "callwatch-sim --version"
fi
for exe in /usr/bin/callwatch /usr/bin/callwatch-sim; do
  if in_root ldd "$exe" | grep -q "not found"; then
    in_root ldd "$exe" | grep "not found" >&2
    fail "$exe has unresolved libraries"
  else
    pass "$exe: every library resolved"
  fi
done
set +e
demo_start=$(date +%s.%N)
in_root env QT_QPA_PLATFORM=offscreen timeout 8 callwatch --demo >"$build.demo.log" 2>&1
rc=$?
set -e
printf 'callwatch --demo ran %.1f s, exit %d\n' "$(echo "$(date +%s.%N) - $demo_start" | bc)" "$rc"
if [ $rc -eq 124 ]; then
  pass "callwatch --demo kept running until timeout stopped it"
else
  cat "$build.demo.log" >&2
  fail "callwatch --demo exited $rc before the timeout"
fi
if grep -iE "could not (load|find) the qt platform plugin|cannot load library|driver not loaded|failed to load" \
  "$build.demo.log"; then
  fail "Qt reported a missing plugin or library during the demo"
fi
# Once more with a history folder: the history database appearing there proves the SQLite driver loads.
in_root rm -rf /tmp/callwatch-history
set +e
in_root env QT_QPA_PLATFORM=offscreen timeout 5 callwatch --demo --data-dir /tmp/callwatch-history \
  >"$build.demo-history.log" 2>&1
rc=$?
set -e
if [ $rc -eq 124 ] && [ -n "$(find "$root/tmp/callwatch-history" -type f -size +0 2>/dev/null)" ]; then
  pass "callwatch --demo --data-dir wrote its history database: $(find "$root/tmp/callwatch-history" -type f -printf "%f ")"
else
  cat "$build.demo-history.log" >&2
  fail "callwatch --demo --data-dir (exit $rc) wrote no history database"
fi
end "run"

# 5. Validate the installed desktop integration files.
begin "validate installed desktop files"
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if out="$(desktop-file-validate "$desktop" 2>&1)" && [ -z "$out" ]; then
  pass "desktop-file-validate"
else
  echo "$out" >&2
  fail "desktop-file-validate"
fi
# --nonet: the screenshots live in the public repository, which this check must not depend on.
if appstream-util validate-relax --nonet "$metainfo"; then
  pass "appstream-util validate-relax"
else
  fail "appstream-util validate-relax"
fi
end "validate"

echo
if [ $failures -eq 0 ]; then
  echo "check-deb.sh: all checks passed ($(basename "$deb"), $(stat -c %s "$deb") bytes)"
else
  echo "check-deb.sh: $failures check(s) failed" >&2
  exit 1
fi
