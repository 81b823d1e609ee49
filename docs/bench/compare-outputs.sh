#!/usr/bin/env bash
# Runs the commands whose output goes through the JSON writer (and the other report formats) with two Faultline
# wrappers and compares the bytes and exit codes: issue #18's JSON writer change must not move a byte.
#   docs/bench/compare-outputs.sh BASE_WRAPPER NEW_WRAPPER WORKDIR FILE.yaml...
# e.g. docs/bench/compare-outputs.sh /work/wt/base3d/faultline ./faultline /tmp/cmp sample-topologies/*.yaml
# Prints one line per difference and "N runs, M differ" at the end; exits 1 when any differ.
set -uo pipefail
base="$1"; new="$2"; work="$3"; shift 3
mkdir -p "$work/base" "$work/new"
runs=0; differ=0
# The markdown report says when it was made: that line may differ.
same() {
  cmp -s <(sed '/^\*\*Generated:\*\* /d' "$1" 2>/dev/null) <(sed '/^\*\*Generated:\*\* /d' "$2" 2>/dev/null)
}
# run NAME ARGS...: ARGS may contain @OUT@, replaced by a per-side output file.
run() {
  local name="$1"; shift
  local side wrapper args a rc
  for side in base new; do
    wrapper="$base"; [ "$side" = new ] && wrapper="$new"
    args=()
    for a in "$@"; do args+=("${a//@OUT@/$work/$side/$name.out}"); done
    rm -f "$work/$side/$name.out"
    FAULTLINE_JAVA_OPTS="${FAULTLINE_JAVA_OPTS:--Xmx1g}" "$wrapper" "${args[@]}" \
      >"$work/$side/$name.stdout" 2>"$work/$side/$name.stderr"
    echo $? >"$work/$side/$name.rc"
  done
  runs=$((runs + 1))
  local f
  for f in stdout rc out; do
    [ -e "$work/base/$name.$f" ] || [ -e "$work/new/$name.$f" ] || continue
    if ! same "$work/base/$name.$f" "$work/new/$name.$f"; then
      echo "DIFFER: $name.$f ($*)"; differ=$((differ + 1)); return
    fi
  done
  # stderr names the output file ("wrote ..."): compare with the side's directory taken out
  if ! cmp -s <(sed "s#$work/base#W#g" "$work/base/$name.stderr") <(sed "s#$work/new#W#g" "$work/new/$name.stderr"); then
    echo "DIFFER: $name.stderr ($*)"; differ=$((differ + 1))
  fi
}
prev=""
for file in "$@"; do
  n="$(basename "$file" .yaml)"
  for fmt in text json sarif markdown; do
    run "$n.analyze.$fmt.file" analyze "$file" --format "$fmt" --output @OUT@
    run "$n.analyze.$fmt.stdout" analyze "$file" --format "$fmt"
  done
  # --suggest-fixes re-analyses once per finding: minutes at 2,000 nodes, so only for small files
  if [ "$(wc -c <"$file")" -lt 200000 ]; then
    run "$n.analyze.json.fixes.file" analyze "$file" --format json --suggest-fixes --max-double-faults 0 --output @OUT@
  fi
  run "$n.analyze.json.failon" analyze "$file" --format json --fail-on error --output @OUT@
  node="$(awk '/^nodes:/{n=1} n && /^  - id:/{print $3; exit}' "$file")"
  if [ -n "$node" ]; then
    for fmt in json sarif; do
      run "$n.whatif.$fmt" whatif "$file" --apply "set $node.replicas=3" --format "$fmt"
      run "$n.simulate.$fmt" simulate "$file" --fail "node:$node" --format "${fmt/sarif/text}"
    done
    run "$n.simulate.json" simulate "$file" --fail "node:$node" --format json
  fi
  if [ -n "$prev" ]; then
    for fmt in json sarif; do
      run "$n.diff.$fmt" diff "$prev" "$file" --format "$fmt"
      run "$n.diff.$fmt.file" diff "$prev" "$file" --format "$fmt" --output @OUT@
    done
  fi
  prev="$file"
done
echo "$runs runs, $differ differ"
[ "$differ" -eq 0 ]
