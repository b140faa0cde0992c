#!/usr/bin/env bash
# Installs everything needed to build, run and test CallWatch on Debian 12 / Ubuntu 22.04+.
# Run as root (or through sudo). Safe to run again: apt skips what is already installed.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo -E bash "$0" "$@"
  fi
  echo "bootstrap-debian.sh: run as root (or install sudo)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6 modules the project links
  qt6-base-dev qt6-base-dev-tools
  qt6-httpserver-dev
  qt6-websockets-dev # Qt6HttpServer's CMake package requires Qt6WebSockets on Debian 12
  qt6-charts-dev qt6-svg-dev
  libqt6opengl6-dev # Qt6Charts' CMake package requires Qt6OpenGL on Debian 12
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-image-formats-plugins
  qtkeychain-qt6-dev libsecret-1-0 # QtKeychain loads libsecret at run time
  # OpenGL headers Qt6Gui's CMake package looks for
  libgl-dev libglx-dev libopengl-dev libegl-dev libvulkan-dev
  # fonts so offscreen rendering (tests, screenshots) has glyphs
  fonts-dejavu-core
  # validators of the desktop file and AppStream metadata (ctest runs them)
  desktop-file-utils appstream-util
)

apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
