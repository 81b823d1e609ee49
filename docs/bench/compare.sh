#!/usr/bin/env bash
# Runs the same generated topologies through Faultline, NetworkX and Graphviz in one run and prints
# a table with ratios (docs/performance.md). Usage: docs/bench/compare.sh [SIZES] (default 1000,10000,50000)
# Needs Debian's python3-networkx, python3-yaml and graphviz; installs them when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes="${1:-1000,10000,50000}"
dot_timeout="${DOT_TIMEOUT:-600}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Debian's packages install for the system interpreter, which may not be the first python3 on the PATH.
py=/usr/bin/python3
[ -x "$py" ] || py=python3
need=""
"$py" -c 'import networkx' 2>/dev/null || need="$need python3-networkx"
"$py" -c 'import yaml' 2>/dev/null || need="$need python3-yaml"
command -v dot >/dev/null || need="$need graphviz"
if [ -n "$need" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need
fi
[ -f target/faultline.jar ] || mvn -B -q -DskipTests package
fl() { java -Xmx4g -jar target/faultline.jar "$@"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), date $(date -u +%F)"
echo "faultline bench (median ms):"
# BENCH_FILE reuses the table of an earlier `faultline bench` run on the same sizes and seed.
if [ -n "${BENCH_FILE:-}" ]; then cp "$BENCH_FILE" "$work/faultline.md"; cat "$work/faultline.md"
else fl bench --sizes "$sizes" --stages analysis,svg 2>"$work/bench.err" | tee "$work/faultline.md"; fi

ms_of() { # stage label, row index (1-based over sizes): the table has one row per size, one column per stage
  awk -F'|' -v want="$1 (ms)" -v row="$2" '
    NR == 1 { for (c = 1; c <= NF; c++) { h = $c; gsub(/^ +| +$/, "", h); if (h == want) col = c } next }
    /^\|---/ { next }
    /^\|/ { if (++r == row) { v = $col; gsub(/[ ,]/, "", v); print v } }' "$work/faultline.md"
}

echo
printf '| nodes | NetworkX BFS sweep (s) | Faultline full analysis (s) | ratio | NetworkX dominators (s) | NetworkX articulation (s) | dot -Tsvg (s) | Faultline layout+SVG (s) | ratio |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
i=0
for n in ${sizes//,/ }; do
  i=$((i + 1))
  fl generate --nodes "$n" --seed 42 --output "$work/g$n.yaml" 2>/dev/null
  fl export "$work/g$n.yaml" --overlay none --output "$work/g$n.dot" 2>/dev/null
  nxjson="$("$py" docs/bench/networkx_sweep.py "$work/g$n.yaml" 2000)"
  sweep=$("$py" -c "import json,sys; d=json.loads(sys.argv[1]); print(f\"{d['sweep_s']:.2f}{' (est.)' if d['sweep_estimated'] else ''}\")" "$nxjson")
  sweep_s=$("$py" -c "import json,sys; print(json.loads(sys.argv[1])['sweep_s'])" "$nxjson")
  dom=$("$py" -c "import json,sys; print(f\"{json.loads(sys.argv[1])['dominators_s']:.2f}\")" "$nxjson")
  art=$("$py" -c "import json,sys; print(f\"{json.loads(sys.argv[1])['articulation_points_s']:.2f}\")" "$nxjson")
  ana_ms=$(ms_of "full analysis" "$i")
  svg_ms=$(ms_of "layout + SVG export" "$i")
  start=$(date +%s.%N)
  if timeout "$dot_timeout" dot -Tsvg "$work/g$n.dot" -o "$work/g$n.svg" 2>/dev/null; then
    dot_s=$(echo "$(date +%s.%N) - $start" | bc)
    dot_txt=$(printf '%.1f' "$dot_s")
    svg_ratio=$("$py" -c "print(f'{$dot_s / ($svg_ms / 1000):.0f}x')")
  else
    dot_txt="no result in ${dot_timeout} s"
    svg_ratio="> $("$py" -c "print(f'{$dot_timeout / ($svg_ms / 1000):.0f}x')")"
  fi
  ratio=$("$py" -c "print(f'{$sweep_s / ($ana_ms / 1000):.0f}x')")
  printf '| %s | %s | %.2f | %s | %s | %s | %s | %.2f | %s |\n' "$n" "$sweep" "$(echo "$ana_ms / 1000" | bc -l)" \
    "$ratio" "$dom" "$art" "$dot_txt" "$(echo "$svg_ms / 1000" | bc -l)" "$svg_ratio"
done
