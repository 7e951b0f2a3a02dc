#!/usr/bin/env bash
# Runs the benchmarks (tests/bench) on a built tree and prints their figures.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
"$here/build.sh"
bench="$here/../${SSPR_BUILD_DIR:-build}/tests/bench"
status=0
"$bench/bench_graph_phase" "${GRAPH_RUNS:-9}" || status=1
# Bulk scan memory: 10,000 then 100,000 generated users (override: BULK_SIZES="N1 N2").
# shellcheck disable=SC2086
"$bench/bench_bulk" ${BULK_SIZES:-10000 100000} || status=1
# Start-up is measured under a real X server when one can be had, else offscreen.
if command -v xvfb-run >/dev/null; then
    xvfb-run -a "$bench/bench_startup" "${STARTUP_RUNS:-7}" || status=1
else
    QT_QPA_PLATFORM=offscreen "$bench/bench_startup" "${STARTUP_RUNS:-7}" || status=1
fi
exit $status
