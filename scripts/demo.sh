#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and open the wizard on the built-in demo tenant.
# Arguments go to sspr-doctor, e.g. `scripts/demo.sh not-registered`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
"$here/build.sh"
scenario=${1:-healthy}
[ $# -gt 0 ] && shift
exec "$here/../${SSPR_BUILD_DIR:-build}/app/sspr-doctor" --demo "$scenario" "$@"
