#!/usr/bin/env bash
# Fuzzes every target of tests/fuzz for a bounded time, two at a time (CI machines have two
# cores). Needs a tree configured with clang, -DSSPR_FUZZ=ON (and -DSSPR_SANITIZE=ON for ASan/
# UBSan), e.g. the one scripts/test.sh builds in build-sanitize/.
#
#   scripts/fuzz.sh [BUILD_DIR] [TARGET...]
#
# BUILD_DIR defaults to $SSPR_FUZZ_BUILD_DIR, else build-sanitize/. TARGETs default to every
# tests/fuzz/fuzz_*.cpp. Environment:
#   SSPR_FUZZ_SECONDS   seconds per target (default 60)
#   SSPR_FUZZ_SEED      a fixed seed: the run becomes repeatable. Each target then executes a
#                       fixed number of inputs (its budget below, about 45 s of CI time,
#                       times SSPR_FUZZ_SCALE, default 1) instead of running for a time, so
#                       each commit gets the same search down nearly the same path (a few
#                       parsers read the clock, which shifts coverage slightly). CI uses this;
#                       without a seed, libFuzzer picks one and each run searches anew.
#   SSPR_FUZZ_JOBS      targets fuzzed at once (default 2)
#   SSPR_FUZZ_OUT       where logs and crash inputs go (default BUILD_DIR/fuzz-out)
#
# Each target starts from a scratch copy of its seed corpus and regression inputs, so the
# committed corpus never grows. Any crash, leak, timeout or out-of-memory fails the run and
# prints the reproducer's path; fix the parser, then copy the file to
# tests/fuzz/regressions/TARGET/ so that ctest replays it from then on.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SSPR_FUZZ_BUILD_DIR:-$root/build-sanitize}
if [[ $# -gt 0 && -d $1 ]]; then
    build=$(cd "$1" && pwd)
    shift
fi
seconds=${SSPR_FUZZ_SECONDS:-60}
jobs=${SSPR_FUZZ_JOBS:-2}
out=${SSPR_FUZZ_OUT:-$build/fuzz-out}

if ! grep -q '^SSPR_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "fuzz.sh: $build is not configured with -DSSPR_FUZZ=ON (clang); nothing to fuzz." >&2
    exit 1
fi

if [[ $# -gt 0 ]]; then
    targets=("$@")
else
    targets=()
    for source in "$root"/tests/fuzz/fuzz_*.cpp; do
        targets+=("$(basename "$source" .cpp)")
    done
fi

seed=${SSPR_FUZZ_SEED:-}
scale=${SSPR_FUZZ_SCALE:-1}

# Executions per target in a seeded run: about 45 s at the rate each reached on a 2-core CI
# machine under ASan+UBSan (scripts/test.sh; the rates are in the closing notes of issue 8).
budget() {
    local runs
    case $1 in
    fuzz_batch) runs=450000 ;;
    fuzz_bulk) runs=18000 ;;
    fuzz_cli) runs=320000 ;;
    fuzz_error_text) runs=45000 ;;
    fuzz_graph_reply) runs=260000 ;;
    fuzz_paging) runs=800000 ;;
    fuzz_scenario) runs=60000 ;;
    fuzz_session) runs=120000 ;;
    fuzz_token_reply) runs=800000 ;;
    *) runs=50000 ;;
    esac
    echo $((runs * scale))
}

# Inputs larger than the parsers' real inputs only slow the search down.
max_len() {
    case $1 in
    fuzz_cli) echo 1024 ;;
    fuzz_token_reply) echo 8192 ;;
    fuzz_scenario) echo 32768 ;;
    *) echo 16384 ;;
    esac
}

# Any sanitizer report is a failure; third-party suppressions as in the ctest run.
supp=$root/tests/sanitizers
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=0}
ubsan=halt_on_error=1:print_stacktrace=1
[[ -f $supp/ubsan.supp ]] && ubsan+=:suppressions=$supp/ubsan.supp
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-$ubsan}
if [[ -f $supp/lsan.supp ]]; then
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}
fi
export QT_QPA_PLATFORM=offscreen
# Qt seeds QHash per process; with a fixed seed the coverage a hash table's layout produces,
# and so the search, is the same from run to run.
[[ -n $seed ]] && export QT_HASH_SEED=0

mkdir -p "$out"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/sspr-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Runs one target; its log is $out/TARGET.log, its verdict $scratch/TARGET.rc.
fuzz_one() {
    local target=$1
    local binary=$build/tests/fuzz/$target
    local log=$out/$target.log
    local corpus=$scratch/$target
    mkdir -p "$corpus" "$out/$target"
    if [[ ! -x $binary ]]; then
        echo "fuzz.sh: $binary is missing: build it first (cmake --build $build --target $target)" >"$log"
        echo 1 >"$scratch/$target.rc"
        return
    fi
    cp -R "$root/tests/fuzz/corpus/$target/." "$corpus/"
    if [[ -d $root/tests/fuzz/regressions/$target ]]; then
        cp -R "$root/tests/fuzz/regressions/$target/." "$corpus/"
    fi
    local dict=()
    [[ -f $root/tests/fuzz/dict/$target.dict ]] && dict=(-dict="$root/tests/fuzz/dict/$target.dict")
    # Seeded: a fixed number of executions (the time limit is only a safety net, five times
    # the budget's expected time). Otherwise: a fixed time.
    local bound=(-max_total_time="$seconds")
    [[ -n $seed ]] && bound=(-seed="$seed" -runs="$(budget "$target")" -max_total_time=$((225 * scale)))
    local rc=0
    "$binary" "$corpus" "${dict[@]}" "${bound[@]}" -max_len="$(max_len "$target")" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/$target/" >"$log" 2>&1 || rc=$?
    echo "$rc" >"$scratch/$target.rc"
}

if [[ -n $seed ]]; then
    echo "Fuzzing ${#targets[@]} targets, seed $seed, a fixed number of inputs each (x$scale), $jobs at a time ($build)"
else
    echo "Fuzzing ${#targets[@]} targets for ${seconds}s each, $jobs at a time ($build)"
fi
running=0
for target in "${targets[@]}"; do
    fuzz_one "$target" &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

failed=0
printf '%-18s %10s %8s %8s %12s  %s\n' target 'execs/s' 'cov' 'ft' 'executions' result
for target in "${targets[@]}"; do
    log=$out/$target.log
    rc=$(cat "$scratch/$target.rc" 2>/dev/null || echo 1)
    # libFuzzer's last status line ("#N DONE cov: C ft: F ...") and its final stats.
    last=$(grep -E '^#[0-9]+' "$log" 2>/dev/null | tail -n 1 || true)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
    units=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" 2>/dev/null | tail -n 1)
    speed=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$log" 2>/dev/null | tail -n 1)
    result=ok
    if [[ $rc != 0 ]]; then
        failed=1
        reproducer=$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log" 2>/dev/null | tail -n 1)
        result="FAILED (exit $rc) log: $log"
        [[ -n $reproducer ]] && result="FAILED (exit $rc) reproducer: $reproducer  log: $log"
    fi
    printf '%-18s %10s %8s %8s %12s  %s\n' "$target" "${speed:--}" "${cov:--}" "${ft:--}" \
        "${units:--}" "$result"
done

if ((failed)); then
    echo
    echo "Fuzzing found a problem. Reproduce with: BUILD/tests/fuzz/TARGET REPRODUCER"
    [[ -n $seed ]] && echo "The whole run repeats with: SSPR_FUZZ_SEED=$seed SSPR_FUZZ_SCALE=$scale scripts/fuzz.sh BUILD"
    echo "Fix the parser, then add the reproducer to tests/fuzz/regressions/TARGET/."
    for target in "${targets[@]}"; do
        if [[ $(cat "$scratch/$target.rc" 2>/dev/null || echo 1) != 0 ]]; then
            echo "--- $target: end of $out/$target.log"
            tail -n 40 "$out/$target.log" 2>/dev/null || true
        fi
    done
    exit 1
fi
