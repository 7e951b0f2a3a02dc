#!/usr/bin/env bash
# Quick start 2: install what is missing, build with warnings as errors, run every test.
# Tests run headless (offscreen) inside a private D-Bus session with an unlocked
# gnome-keyring, so QtKeychain has a Secret Service as on a desktop.
# Then the same suite again in a clang tree built with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-sanitize/; any report fails its test), and the fuzz
# targets for a fixed, seeded number of inputs each. SSPR_SKIP_SANITIZE=1 stops after the normal run (local use only).
# Arguments go to both ctest runs (e.g. -R TestGraph).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
"$here/install-deps.sh"

run_ctest() { # build dir, ctest arguments...
    local dir=$1
    shift
    (cd "$root" && cd "$dir" && QT_QPA_PLATFORM=offscreen dbus-run-session -- bash -c '
        echo -n "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        ctest --output-on-failure --timeout 300 "$@"' ctest "$@")
}

"$here/build.sh" -DSSPR_WERROR=ON
run_ctest "${SSPR_BUILD_DIR:-build}" "$@"

[ "${SSPR_SKIP_SANITIZE:-0}" = 1 ] && exit 0

# Debug keeps Q_ASSERT on; -O1 is the usual sanitizer/libFuzzer level: the fuzz targets, which
# share this tree, run several times faster than at -O0.
sanitize_dir="${SSPR_SANITIZE_BUILD_DIR:-build-sanitize}"
SSPR_BUILD_DIR="$sanitize_dir" SSPR_BUILD_TYPE=Debug "$here/build.sh" -DSSPR_WERROR=ON \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DSSPR_SANITIZE=ON \
    -DSSPR_FUZZ=ON
run_ctest "$sanitize_dir" "$@"

# Every fuzz target in this tree, seeded: a fixed number of inputs each, so a commit's verdict
# does not depend on the luck of a random search (exploratory runs: scripts/fuzz.sh unseeded).
cd "$root" && SSPR_FUZZ_SEED=${SSPR_FUZZ_SEED:-20261206} exec "$here/fuzz.sh" "$sanitize_dir"
