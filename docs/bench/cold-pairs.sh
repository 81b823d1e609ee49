#!/usr/bin/env bash
# Alternated pairs of cold `analyze --format json --output` runs of two builds (docs/performance-history.md, #18
# avail18):
# BASE then NEW wrapper, N times, on FILE, -Xmx1g; prints time, load, wall, CPU (user+sys), peak RSS, and, for
# /tmp/g50k.yaml, whether the output is cmp-identical to /tmp/o50k.json.
# Usage: docs/bench/cold-pairs.sh BASE_WRAPPER NEW_WRAPPER [N] [FILE]
BASE=$1; NEW=$2; N=${3:-3}; FILE=${4:-/tmp/g50k.yaml}; tmp=$(mktemp -d)
for i in $(seq $N); do
  for who in base new; do
    if [ $who = base ]; then fl=$BASE; else fl=$NEW; fi
    out=$tmp/$who.json
    /usr/bin/time -o $tmp/time.out -f "%e %U %S %M" env FAULTLINE_JAVA_OPTS=-Xmx1g $fl analyze $FILE --format json --output $out >/dev/null 2>&1
    r=$(tail -1 $tmp/time.out)
    same=""; [ "$FILE" = /tmp/g50k.yaml ] && { cmp -s $out /tmp/o50k.json && same=same || same=DIFFERENT; }
    echo "$(date +%T) load=$(cut -d' ' -f1 /proc/loadavg) $who $r $same" | awk '{printf "%s %s %s wall=%s cpu=%.2f rss=%dMB %s\n",$1,$2,$3,$4,$5+$6,$7/1024,$8}'
  done
done
rm -rf "$tmp"
