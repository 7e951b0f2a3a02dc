#!/usr/bin/env bash
# Installs the Debian 12 packages SSPR Doctor needs to build, run and test, if any is missing.
# Works as root or through sudo. Prints nothing when everything is already there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev qt6-l10n-tools qt6-tools-dev
    qt6-tools-dev-tools qt6-svg-dev qtkeychain-qt6-dev libgl-dev
    gnome-keyring dbus-daemon dbus-x11 xvfb xauth fonts-dejavu-core
)
# Qt's offscreen and xcb platform plugins and the SVG icon engine are run-time pieces.
packages+=(qt6-qpa-plugins libqt6svg6)
# Qt's own strings (file chooser, message boxes) in German and French, as the .deb recommends.
packages+=(qt6-translations-l10n)
# Packaging and its checks: cpack's dpkg-shlibdeps, and the .desktop / metainfo validators.
packages+=(dpkg-dev file desktop-file-utils appstream)
# The sanitizer and fuzzing tree (scripts/test.sh): clang, its ASan/UBSan/libFuzzer runtimes,
# and llvm-symbolizer for readable sanitizer stack traces.
packages+=(clang libclang-rt-14-dev llvm-14)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
