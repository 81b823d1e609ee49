#!/usr/bin/env bash
# Whole processes from a cold start, side by side with what a user would otherwise write (a PyYAML + NetworkX
# script, docs/bench/python_peer.py): generated topologies of each size, `faultline analyze --format json` through
# the ./faultline wrapper (its class-data-sharing archive and command options, docs/performance.md) against the
# script, run interleaved (Java, Python, Java, Python, ...) so both see the same machine load, medians of RUNS.
# Also `validate` and `analyze` of a bundled sample. Prints a table with ratios and the load average before/after.
#
# usage: docs/bench/cold.sh [SIZES]        (default 1000,10000,50000)
#   RUNS=5            runs per command and size
#   PEER_RUNS_LARGE=1 runs of the script from 50,000 nodes on (it takes minutes each); Java still gets RUNS
#   HEAP=-Xmx1g       the Java heap (the issue's 50,000-node target is within 1 GB)
#   PYTHON=...        the interpreter with yaml and networkx (default: /usr/bin/python3 when it has them)
#   FAULTLINE_JAVA_OPTS=... extra JVM options for every Java run (e.g. to compare options)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
sizes="${1:-1000,10000,50000}"
runs="${RUNS:-5}"
peer_runs_large="${PEER_RUNS_LARGE:-1}"
heap="${HEAP:--Xmx1g}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

py="${PYTHON:-}"
if [ -z "$py" ]; then
  for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import yaml, networkx' 2>/dev/null; then py="$candidate"; break; fi
  done
fi
[ -n "$py" ] || { echo "cold.sh: needs python3 with yaml and networkx (Debian: python3-yaml python3-networkx)" >&2; exit 1; }
peer="$root/docs/bench/python_peer.py"

./faultline --version >/dev/null   # builds the jar and records the start-up archive when missing

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $("$py" -c 'import sys, yaml, networkx; print("Python", sys.version.split()[0], "PyYAML", yaml.__version__, "libyaml" if yaml.__with_libyaml__ else "pure", "NetworkX", networkx.__version__)')"
echo "date: $(date -u '+%F %H:%M UTC'); before: $(uptime | sed 's/.*load/load/')"
for n in ${sizes//,/ }; do
  ./faultline generate --nodes "$n" --seed 7 --output "$work/g$n.yaml" 2>/dev/null
done

# The driver: interleaved runs, wall time and CPU time (user + system) of each whole process, medians.
"$py" - "$runs" "$peer_runs_large" "$heap" "$work" "$peer" "$sizes" <<'PY'
import os, resource, statistics, subprocess, sys, time
runs, peer_large, heap, work, peer, sizes = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
env = dict(os.environ, FAULTLINE_JAVA_OPTS=(heap + " " + os.environ.get("FAULTLINE_JAVA_OPTS", "")).strip())

def timed(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"cold.sh: {' '.join(cmd)} exited {p.returncode}: {p.stderr.decode()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

def med(xs, i):
    return statistics.median(x[i] for x in xs)

sample = "sample-topologies/online-shop.yaml"
print()
print("| command (bundled sample) | wall (s) | CPU (s) |")
print("|---|---:|---:|")
v, a = [], []
for _ in range(runs):
    v.append(timed(["./faultline", "validate", sample]))
    a.append(timed(["./faultline", "analyze", sample]))
print(f"| validate | {med(v, 0):.2f} | {med(v, 1):.2f} |")
print(f"| analyze (text) | {med(a, 0):.2f} | {med(a, 1):.2f} |")
sys.stdout.flush()

print()
print(f"| nodes | YAML (MB) | faultline analyze --format json: wall (s) | CPU (s) | Python peer: wall (s) | CPU (s) | runs (Java/Python) | Java / Python wall |")
print("|---:|---:|---:|---:|---:|---:|---|---:|")
for n in sizes.split(","):
    f = f"{work}/g{n}.yaml"
    java, python = [], []
    peer_runs = peer_large if int(n) >= 50000 else runs
    for i in range(runs):
        java.append(timed(["./faultline", "analyze", f, "--format", "json", "--output", f"{work}/out.json"]))
        if i < peer_runs:
            python.append(timed([sys.executable, peer, f]))
    mb = os.path.getsize(f) / 1e6
    ratio = med(java, 0) / med(python, 0)
    print(f"| {int(n):,} | {mb:.1f} | {med(java, 0):.2f} | {med(java, 1):.2f} | {med(python, 0):.2f} | "
          f"{med(python, 1):.2f} | {runs}/{peer_runs} | {ratio:.2f} ({1 / ratio:.1f}x faster) |")
    sys.stdout.flush()
PY
echo
echo "after: $(uptime | sed 's/.*load/load/')"
