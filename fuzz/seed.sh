#!/usr/bin/env bash
# Seed fuzz/corpus/<target>/ from the test fixtures and the hostile corpus (idempotent: files
# are named by content hash, so re-running adds nothing twice). The corpora grow while the
# fuzzers run and are not committed; these seeds can always be rebuilt from the fixtures.
set -euo pipefail
cd "$(dirname "$0")"
F=../tests/fixtures
H=../tests/hostile
hash_into() { # hash_into <target> <tmpfile>
  local h; h=$(sha1sum "$2" | cut -c1-16)
  mkdir -p "corpus/$1"; mv "$2" "corpus/$1/seed-$h"
}
with_flags() { # with_flags <target> <flags-hex> <file> [jd-file]
  local tmp; tmp=$(mktemp)
  printf "\\x$2" > "$tmp"; cat "$3" >> "$tmp"
  if [ -n "${4:-}" ]; then printf '\n=====JD=====\n' >> "$tmp"; cat "$4" >> "$tmp"; fi
  hash_into "$1" "$tmp"
}
plain() { # plain <target> <file>
  local tmp; tmp=$(mktemp); cat "$2" > "$tmp"; hash_into "$1" "$tmp"
}

# analyze: every text fixture, with a few option bytes, and with job descriptions.
for f in $F/resumes/* $F/format/* $F/inputs/* $F/keywords/* $F/docx/*.txt $F/pdf/*.txt $H/*.txt $H/*.md $H/*.json $H/*.tex; do
  [ -f "$f" ] || continue
  with_flags analyze 00 "$f"
  with_flags analyze 2d "$f"   # text, senior, today = 2026-11
done
for jd in $F/jd/*; do
  [ -f "$jd" ] || continue   # jd/corpus/ is a directory of postings
  with_flags analyze 00 $F/resumes/strong-senior.md "$jd"
  with_flags analyze 04 $F/resumes/weak.md "$jd"
done
for f in $F/inputs/*.tex $H/*.tex; do [ -f "$f" ] && plain latex "$f"; done
for f in $F/inputs/*.json $F/resumes/*.json $H/*.json; do [ -f "$f" ] && plain json_resume "$f"; done
# latex_macros: the LaTeX fixtures (the target puts its own preamble of definitions first).
for f in $F/inputs/*.tex $F/real-world/*.tex $H/*.tex; do [ -f "$f" ] && plain latex_macros "$f"; done
# yaml: the YAML fixtures, and the JSON ones (JSON is YAML).
for f in $F/inputs/*.yaml $F/real-world/*.yaml $F/real-world/*.yml $F/inputs/*.json $H/*.yaml $H/*.json; do
  [ -f "$f" ] && plain yaml "$f"
done
# docx: every fixture but the 10,000-entry one (880 KB; the hostile tests cover it).
for f in $F/docx/*.docx $F/docx/*.doc; do
  case "$f" in *many-entries*) continue;; esac
  plain docx "$f"
done
# docx_structured: the readable documents only (the mutator unzips them).
for f in $F/docx/*.docx; do
  case "$f" in *zip-bomb*|*many-entries*|*truncated*|*encrypted*) continue;; esac
  plain docx_structured "$f"
done
for f in $F/pdf/*.items.json; do plain pdf_json "$f"; done
# pdf_items: each fixture as the base, with no edits yet (byte 0 = no base).
for b in 00 01 02 03 04 05 06 07; do
  tmp=$(mktemp); printf "\\x$b" > "$tmp"; hash_into pdf_items "$tmp"
done
for t in corpus/*; do echo "$t: $(ls "$t" | wc -l) seeds"; done
