#!/usr/bin/env bash
# Byte-compares the outputs and exit codes of two builds' `analyze` (text, json, markdown, html, sarif;
# --suggest-fixes on the samples; --fail-on warning) and `diff` (text, json) on the samples and generated files
# (docs/performance-history.md, #18 avail18).
# Usage: docs/bench/analyze-outputs.sh BASE_WRAPPER NEW_WRAPPER OUTDIR [FILES...]
# (default files: the samples, /tmp/g2000.yaml, /tmp/g10k.yaml). Prints DIFF lines and "compared N runs; fail=0|1".
set -u
base=$1; new=$2; out=$3; shift 3
here="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$out"
if [ $# -gt 0 ]; then files=("$@"); else files=("$here"/sample-topologies/*.yaml /tmp/g2000.yaml /tmp/g10k.yaml); fi
fail=0; n=0
run() { # tag file args...
  local tag=$1 f=$2; shift 2
  local b=$(basename $f .yaml)
  "$base" analyze "$f" "$@" >"$out/$b.$tag.base" 2>"$out/$b.$tag.base.err"; local rb=$?
  "$new" analyze "$f" "$@" >"$out/$b.$tag.new" 2>"$out/$b.$tag.new.err"; local rn=$?
  n=$((n+1))
  # The html and markdown reports' "Generated: <minute> UTC" may fall in two minutes: compared without it.
  if [ $tag = html ] || [ $tag = markdown ]; then for x in base new; do sed -i -E 's/20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC/TIMESTAMP/g' "$out/$b.$tag.$x"; done; fi
  if [ $rb != $rn ] || ! cmp -s "$out/$b.$tag.base" "$out/$b.$tag.new" || ! cmp -s "$out/$b.$tag.base.err" "$out/$b.$tag.new.err"; then
    echo "DIFF $b $tag (exit $rb vs $rn)"; fail=1
  fi
}
for f in "${files[@]}"; do
  for fmt in text json markdown html sarif; do run $fmt "$f" --format $fmt; done
  case "$f" in */sample-topologies/*) run fixes "$f" --format json --suggest-fixes;; esac
  run failon "$f" --fail-on warning
done
prev=/tmp/g2000.yaml
for f in "$here"/sample-topologies/*.yaml; do
  b=$(basename $f .yaml)
  for fmt in text json; do
    n=$((n+1))
    "$base" diff "$prev" "$f" --format $fmt >"$out/$b.diff$fmt.base" 2>&1; rb=$?
    "$new" diff "$prev" "$f" --format $fmt >"$out/$b.diff$fmt.new" 2>&1; rn=$?
    if [ $rb != $rn ] || ! cmp -s "$out/$b.diff$fmt.base" "$out/$b.diff$fmt.new"; then echo "DIFF $b diff $fmt"; fail=1; fi
  done
  prev=$f
done
echo "compared $n runs; fail=$fail"
