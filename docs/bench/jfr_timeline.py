#!/usr/bin/env python3
"""Where the wall time of one cold command goes, per phase and thread, from a JFR recording (issue #18).

  FAULTLINE_JAVA_OPTS="-Xmx1g -XX:StartFlightRecording=filename=p.jfr,settings=profile" \
      ./faultline analyze g50k.yaml --format json --output out.json
  jfr print --json --events jdk.ExecutionSample --stack-depth 200 p.jfr > p.json
  jfr print --events jdk.JVMInformation p.jfr | grep jvmStartTime      # e.g. 07:35:10.798
  python3 docs/bench/jfr_timeline.py p.json 2026-12-12T07:35:10.798Z            # phases: samples, first, last
  python3 docs/bench/jfr_timeline.py p.json 2026-12-12T07:35:10.798Z --gantt 1  # per thread, per second

A sample is a thread seen running Java code (about every 10 ms with settings=profile); times are seconds from the
JVM's start. Each sample goes to the first phase marker found from the bottom of its stack (OUTER below). The
collector's pauses are not samples: read them from -Xlog:gc.
"""
import json, sys, collections, datetime
d = json.load(open(sys.argv[1]))
ev = d['recording']['events']
def ts(s):
    s = s.rstrip('Z'); base, frac = (s.split('.') + ['0'])[:2]
    return datetime.datetime.fromisoformat(base).timestamp() + float('0.' + frac)
t0 = ts(sys.argv[2]) if len(sys.argv) > 2 and not sys.argv[2].startswith('--') else min(ts(e['values']['startTime']) for e in ev)
OUTER = [  # (substring of class/method, phase), first match from the bottom of the stack wins
 ('io/InputFile', 'load: read file'), ('yaml/InputGuard', 'load: decode+check'),
 ('SplitYamlRead.cutNearMiddle', 'load: split'), ('SplitYamlRead.lineBreaks', 'load: split'),
 ('yaml/PlainBlockReader', 'load: parse'),  # recordings from before unify18 (the string reader, now a test oracle)
 ('yaml/YamlTreeReader', 'load: parse(full)'),
 ('yaml/PlainBytesReader', 'load: parse'), ('AsciiText.lastTopKeyBefore', 'load: split'),
 ('v1/V1Reader', 'load: records'), ('v1/V1Validator', 'load: validate'), ('v1/ModelBuilder', 'load: model'),
 ('model/Topology.<init>', 'load: topology'), ('TopologyLoader.warnAbout', 'load: roots'),
 ('simulation/FailureEngine.<init>', 'engine'), ('FailureEngine.compiled', 'engine'),
 ('analysis/BlastRadiusSweep', 'sweep'), ('analysis/availability', 'availability'),
 ('capacity/CapacityAnalysis', 'capacity'), ('latency/LatencyAnalysis', 'latency'),
 ('analysis/doublefault', 'double faults'), ('analysis/FailureDomains', 'domains'),
 ('TeamAnalysis.coupling', 'coupling'), ('TeamAnalysis.figures', 'teams'), ('Analyzer.spofs', 'spofs'),
 ('rules/AnalysisContext.of', 'findings: context'),
 ('Analyzer.findings', 'findings: rule'), ('analysis/AnalysisReport.<init>', 'report'),
 ('analysis/rules/', 'findings: rule'), ('export/json', 'json'), ('picocli', 'cli'), ('dev/faultline/Launcher', 'cli'),
]
def frames(e):
    return [f['method']['type']['name'] + '.' + f['method']['name'] for f in e['values']['stackTrace']['frames']]
if '--gantt' in sys.argv:
    B = float(sys.argv[sys.argv.index('--gantt') + 1])
    g = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
    for e in ev:
        fr = frames(e); th = '%s#%d' % (e['values']['sampledThread']['javaName'], e['values']['sampledThread']['javaThreadId'])
        t = ts(e['values']['startTime']) - t0
        phase = 'other'
        for f in reversed(fr):
            hit = next((p for s, p in OUTER if s in f), None)
            if hit and hit != 'cli': phase = hit; break
            if hit == 'cli': phase = 'cli'
        g[th][int(t / B)][phase] += 1
    for th in sorted(g, key=lambda k: min(g[k])):
        print(th)
        for b in sorted(g[th]):
            c = g[th][b]; print('  %5.1f %3d  %s' % (b * B, sum(c.values()), ', '.join('%s %d' % kv for kv in c.most_common(3))))
    sys.exit(0)
rows = collections.defaultdict(lambda: [0, 1e9, 0])
sub = collections.defaultdict(collections.Counter)
per_thread_time = collections.defaultdict(collections.Counter)
for e in ev:
    fr = frames(e); th = e['values']['sampledThread']['javaName'] or '?'
    t = ts(e['values']['startTime']) - t0
    phase = 'other'
    for f in reversed(fr):
        hit = next((p for s, p in OUTER if s in f), None)
        if hit and hit != 'cli': phase = hit; break
        if hit == 'cli': phase = 'cli/startup'
    if phase == 'findings: rule':
        r = next((f.split('/')[-1].split('.')[0] for f in reversed(fr) if 'analysis/rules/' in f and 'Rule' in f), 'sort')
        phase = 'findings: ' + r
    th = th.split('-')[0] + ('-' + th.split('-')[1] if th.startswith('faultline') else '')
    k = (phase, th)
    r = rows[k]; r[0] += 1; r[1] = min(r[1], t); r[2] = max(r[2], t)
    sub[phase][next((f for f in fr if 'faultline' in f), fr[0] if fr else '?')] += 1
print('%-34s %-22s %6s %7s %7s' % ('phase', 'thread', 'samples', 'first', 'last'))
for (p, th), (n, a, b) in sorted(rows.items(), key=lambda kv: kv[1][1]):
    if n >= 3: print('%-34s %-22s %6d %7.2f %7.2f' % (p, th, n, a, b))
tot = collections.Counter()
for (p, th), (n, a, b) in rows.items(): tot[p] += n
print('--- totals'); [print('%6d %s' % (n, p)) for p, n in tot.most_common()]
if len(sys.argv) > 3 and '--gantt' not in sys.argv:
    for p in sys.argv[3].split(','):
        print('--- top frames in', p); [print('%6d %s' % (n, f)) for f, n in sub[p].most_common(12)]
