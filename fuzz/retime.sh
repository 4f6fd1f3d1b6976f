#!/usr/bin/env bash
# Re-time the slow units the fuzzers flagged (fuzz/slow/<target>/) in a plain release build of
# the same targets (no coverage instrumentation, which makes the fuzz build several times
# slower), and list the ones still over 100 ms: those are findings. The rest are moved to
# fuzz/logs/noise/<target>-<date>/.
#   fuzz/retime.sh [target…]     (default: every target with slow units)
set -uo pipefail
cd "$(dirname "$0")"
replay=${REPLAY_TARGET_DIR:-/tmp/fuzz-replay}
cargo +nightly build --release --target-dir "$replay" --bins -q || exit 1
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=($(ls slow 2>/dev/null))
# How long one unit takes, in two steps. First libFuzzer's wall-clock "Executed … in N ms",
# fastest of three: a unit under 100 ms there is under 100 ms (wall time only adds to the
# work, never hides it). Wall-clock time overstates the rest on a shared machine (under a load
# of 15 on two cores a 50 ms unit took 150-800 ms), and the replay binaries still link
# libFuzzer, whose memcmp/bcmp interceptors record every comparison the code makes (4/5 of the
# instructions of a macro-expander unit, which compares names). So, with valgrind, a unit still
# over is measured in instructions: callgrind counts the fuzz target's body (one run of each
# timed part: FUZZ_REPLAY) with collection toggled off inside libFuzzer's comparison hooks, and
# the count is converted at SLOW_IR_PER_MS (3 M instructions a millisecond, a quarter of what
# this analyzer runs at natively: BENCHMARKS.md, ~1,085 instructions a byte at ~11 MB/s). The
# counts go to logs/retime.tsv.
SLOW_IR_PER_MS=${SLOW_IR_PER_MS:-3000000}
wall_ms() { # wall_ms <target> <file>
  for _ in 1 2 3; do
    "$replay/release/$1" -runs=1 "$2" 2>&1 | grep -o 'in [0-9]* ms' | grep -o '[0-9]*'
  done | sort -n | head -1
}
instructions_ms() { # instructions_ms <target> <file>
  local ir
  ir=$(FUZZ_REPLAY=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    --toggle-collect='*__libfuzzer_sys_run' --toggle-collect='__sanitizer_weak_hook_*' \
    "$replay/release/$1" -runs=1 "$2" 2>&1 | awk '/Collected :/ { print $NF }')
  echo "$(date -u +%F)	$1	$(basename "$2")	${ir:-?}" >> logs/retime.tsv
  # A replay that did not finish counts as slow: look at it by hand.
  [[ "$ir" =~ ^[0-9]+$ ]] && echo $(( ir / SLOW_IR_PER_MS )) || echo 999999
}
unit_ms() { # unit_ms <target> <file>
  local ms
  ms=$(wall_ms "$1" "$2")
  if [ "${ms:-0}" -gt 100 ] && command -v valgrind >/dev/null; then
    ms=$(instructions_ms "$1" "$2")
  fi
  echo "${ms:-0}"
}
found=0
for t in "${targets[@]}"; do
  [ -d "slow/$t" ] || continue
  noise=logs/noise/$t-$(date +%Y%m%d-%H%M%S); mkdir -p "$noise"
  for f in slow/"$t"/*; do
    [ -f "$f" ] || continue
    ms=$(unit_ms "$t" "$f")
    if [ "${ms:-0}" -gt 100 ]; then
      echo "SLOW $t $f ${ms} ms"; found=1
    else
      mv "$f" "$noise/"
    fi
  done
  echo "$t: $(ls "$noise" | wc -l) re-timed under 100 ms -> $noise"
done
exit $found
