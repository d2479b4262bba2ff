#!/usr/bin/env bash
# Builds and runs the JMH benchmarks (Maven profile "bench"), then prints MB/s and messages/s per benchmark.
#   scripts/bench-jmh.sh [JMH ARGS...]     e.g.  scripts/bench-jmh.sh TextExportBenchmark -p size=64MB
# The same as: mvn -q -Pbench package && java -jar target/benchmarks.jar [JMH ARGS]
# Inputs are generated once into bench-data/jmh/ (run from the repository root). MB are 10^6 bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -Pbench package
mkdir -p bench-data
java -jar target/benchmarks.jar -rf json -rff bench-data/jmh-result.json "$@"
python3 - bench-data/jmh-result.json <<'PYEOF'
import json, sys
rows = {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
    params = ",".join("%s=%s" % kv for kv in sorted(r.get("params", {}).items()))
    sec = r.get("secondaryMetrics", {})
    b = sec.get("bytes", {}).get("score")
    m = sec.get("messages", {}).get("score")
    err = sec.get("bytes", {}).get("scoreError")
    rows[(name, params)] = (b, m, err)
print()
print("| benchmark | params | MB/s | ± | messages/s |")
print("|---|---|---|---|---|")
for (name, params), (b, m, err) in rows.items():
    fmt = lambda v: "-" if v is None or v != v else "%.1f" % (v / 1e6)
    print("| %s | %s | %s | %s | %s |" % (name, params, fmt(b), fmt(err), "-" if m is None else format(int(m), ",")))
PYEOF
