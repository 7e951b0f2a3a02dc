#!/usr/bin/env bash
# Quick start 2: install what is missing, build with warnings as errors, run every test.
# Tests run headless (offscreen) inside a private D-Bus session with an unlocked
# gnome-keyring, so QtKeychain has a Secret Service as on a desktop.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
"$here/build.sh" -DSSPR_WERROR=ON
cd "$here/../${SSPR_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- bash -c '
    echo -n "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --output-on-failure --timeout 300 "$@"' ctest "$@"
