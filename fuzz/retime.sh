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
found=0
for t in "${targets[@]}"; do
  [ -d "slow/$t" ] || continue
  noise=logs/noise/$t-$(date +%Y%m%d-%H%M%S); mkdir -p "$noise"
  for f in slow/"$t"/*; do
    [ -f "$f" ] || continue
    # The fastest of three separate runs, in ms.
    ms=$(for _ in 1 2 3; do "$replay/release/$t" -runs=1 "$f" 2>&1 | grep -o 'in [0-9]* ms'; done | grep -o '[0-9]*' | sort -n | head -1)
    if [ "${ms:-0}" -gt 100 ]; then
      echo "SLOW $t $f ${ms} ms"; found=1
    else
      mv "$f" "$noise/"
    fi
  done
  echo "$t: $(ls "$noise" | wc -l) re-timed under 100 ms -> $noise"
done
exit $found
