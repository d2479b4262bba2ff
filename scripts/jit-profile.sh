#!/usr/bin/env bash
# What the JIT did during one run of the command line: compilations, their time, deoptimisations, recompiles,
# and where the main thread spent its samples. Used for the before/after tables in docs/performance.md.
#
#   scripts/jit-profile.sh [-j JAR] [-o NAME] [TGPARSE ARGS...]
#       e.g. scripts/jit-profile.sh bench-data/text-100MB.txt
#            scripts/jit-profile.sh -j /tmp/old/tgparse.jar -o before bench-data/text-100MB.txt
#
# The run is recorded with JFR (the JDK's "profile" settings, every compilation kept instead of those over
# 100 ms) into $DATA/NAME.jfr, and -XX:+PrintCompilation is written to $DATA/NAME.compilation.log (a second
# run, so that the log's output does not slow the recorded one). Output goes to /dev/null. No JVM flag changes
# what is measured: both are observers.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/tgparse.jar
NAME=profile
DATA=${DATA:-bench-data}
while [ $# -gt 0 ]; do
  case $1 in
    -j) JAR=$2; shift 2 ;;
    -o) NAME=$2; shift 2 ;;
    *) break ;;
  esac
done
mkdir -p "$DATA"
JH=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
JFC="$DATA/jit.jfc"
sed -e '/jdk.Compilation"/,/<\/event>/ s/<setting name="threshold"[^>]*>[^<]*</<setting name="threshold" control="compiler-compilation-threshold">0 ms</' \
  "$JH/lib/jfr/profile.jfc" > "$JFC"
start=$(date +%s.%N)
java -XX:StartFlightRecording=filename="$DATA/$NAME.jfr",settings="$JFC" -jar "$JAR" "$@" > /dev/null 2> "$DATA/$NAME.stderr"
end=$(date +%s.%N)
java -XX:+PrintCompilation -jar "$JAR" "$@" 2>/dev/null | grep -a -E '^ +[0-9]+ +[0-9]+ ' > "$DATA/$NAME.compilation.log" || true
python3 - "$DATA/$NAME" "$(echo "$end - $start" | bc)" <<'PYEOF'
import collections, json, subprocess, sys
base, wall = sys.argv[1], float(sys.argv[2])
def events(kind):
    out = subprocess.run(["jfr", "print", "--json", "--events", kind, base + ".jfr"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]
def ms(d):  # JFR durations in JSON are ISO-8601 like "PT0.000308S"
    return float(d[2:-1]) * 1000 if d.startswith("PT") and d.endswith("S") else 0.0
def name(m):
    return m["type"]["name"].split("/")[-1].replace("$", ".") + "." + m["name"]
comps = [e["values"] for e in events("jdk.Compilation")]
ours = lambda v: "org/tgparse" in v["method"]["type"]["name"]
by_tier = collections.defaultdict(lambda: [0, 0.0])
for v in comps:
    t = by_tier["C2" if v["compiler"] == "c2" else "C1"]
    t[0] += 1; t[1] += ms(v["duration"])
c2 = [v for v in comps if v["compiler"] == "c2"]
c2ours = [v for v in c2 if ours(v)]
per = collections.Counter(name(v["method"]) for v in c2ours if not v["isOsr"])
recompiled = {k: n for k, n in per.items() if n > 1}
deopts = [e["values"] for e in events("jdk.Deoptimization")]
deours = [v for v in deopts if ours(v)]
reasons = collections.Counter(v["reason"] for v in deours)
last = max((e for e in c2ours), key=lambda v: v["startTime"], default=None)
print(f"# {base}: wall {wall:.2f} s")
print()
print("| | count | compile ms |")
print("|---|---|---|")
for k in ("C1", "C2"):
    print(f"| {k} compilations | {by_tier[k][0]} | {by_tier[k][1]:.0f} |")
print(f"| C2 of org.tgparse methods | {len(c2ours)} | {sum(ms(v['duration']) for v in c2ours):.0f} |")
print(f"| org.tgparse methods C2-compiled more than once | {len(recompiled)} ({sum(recompiled.values())} compilations) | |")
print(f"| deoptimisations (all / in org.tgparse) | {len(deopts)} / {len(deours)} | |")
print()
print("Largest C2 compilations of org.tgparse methods (ms, machine code bytes, inlined bytecode bytes, times):")
agg = collections.defaultdict(lambda: [0.0, 0, 0, 0])
for v in c2ours:
    a = agg[name(v["method"])]
    a[0] += ms(v["duration"]); a[1] = max(a[1], v["codeSize"]); a[2] = max(a[2], v["inlinedBytes"]); a[3] += 1
for k, a in sorted(agg.items(), key=lambda kv: -kv[1][0])[:15]:
    print(f"  {a[0]:7.1f} ms {a[1]:7d} B {a[2]:6d} B x{a[3]}  {k}")
print()
print("Deoptimisation reasons in org.tgparse:", dict(reasons.most_common()))
samples = [e["values"] for e in events("jdk.ExecutionSample")]
top = collections.Counter()
for s in samples:
    fr = s["stackTrace"]["frames"]
    if fr:
        top[name(fr[0]["method"])] += 1
print()
print(f"Execution samples: {len(samples)}; top frames:")
for k, n in top.most_common(15):
    print(f"  {n:5d} {100.0 * n / max(1, len(samples)):5.1f}%  {k}")
PYEOF
