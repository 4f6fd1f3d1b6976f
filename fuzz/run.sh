#!/usr/bin/env bash
# Run fuzz targets one after another for a fixed time each, with the limits FUZZING.md names,
# and append each run's figures to logs/runs.tsv.
#   fuzz/run.sh 540 analyze latex json_resume docx docx_structured pdf_json pdf_items
# FUZZ_TIMEOUT (seconds, default 1): libFuzzer's per-input timeout. It is wall-clock time, so
# fuzzers run under `nice` on a machine that is also building get paused past 1 s by the
# scheduler: run those with FUZZ_TIMEOUT=10 and let the fastest-of-three slow-unit check
# (fuzz/src/lib.rs) and fuzz/retime.sh judge real slowness.
set -uo pipefail
cd "$(dirname "$0")"
secs=$1; shift
mkdir -p logs
for target in "$@"; do
  case "$target" in
    docx) max_len=262144 ;;          # the zip bombs are 205 KB
    docx_structured) max_len=65536 ;;
    pdf_json) max_len=32768 ;;
    analyze|latex|latex_macros|json_resume|yaml) max_len=16384 ;;
    *) max_len=4096 ;;
  esac
  log=logs/$target-$(date +%Y%m%d-%H%M%S).log
  start=$(date +%s)
  cargo +nightly fuzz run -s none "$target" -- \
    -max_total_time="$secs" -timeout="${FUZZ_TIMEOUT:-1}" -rss_limit_mb=2048 -max_len=$max_len \
    -print_final_stats=1 >"$log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  slowest=$(grep -o 'stat::slowest_unit_time_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  corpus=$(ls corpus/$target | wc -l)
  slow=$(ls slow/$target 2>/dev/null | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$target" "$took" "${execs:-?}" \
    "${cov:-?}" "$corpus" "$rc" "$slow" "$log" >> logs/runs.tsv
  echo "$target: ${took}s, ${execs:-?} execs, cov ${cov:-?}, corpus $corpus, exit $rc, slow $slow"
done
