#!/usr/bin/env bash
# The Spark data source against the command line, side by side in one run (issue 16):
#
#   scripts/bench-spark.sh
#   environment: SIZE=1GB (all inputs together, binary units)  FILES=100 (half plain-text exports, half Desktop
#                JSON export folders, each SIZE/FILES)  DATA=bench-data/spark  BUILD=0 (skip building the core,
#                when target/ is current)
#
# Generates the inputs once (scripts/generate.sh's generator, a seed per file; kept for later runs of the same
# SIZE and FILES), then times
#   1. java -jar target/tgparse.jar --threads 2 INPUTS... | wc -l
#   2. spark.read.format("tgparse").load(DATA/inputs).count()         in local[2]  (SparkBench, one JVM): parses
#      only, since no column is read (no extractors, no JSON)
#   3. the same with .filter("size(hashtags) >= 0"): the extractors run, as in the command line
#   4. spark.read.format("tgparse").load(DATA/inputs).write.parquet() in local[2]: every column
# and prints a Markdown table (also appended to $DATA/results.md): wall time, and CPU time of the whole JVM (every
# thread, JIT and GC included; steadier than wall time on a machine shared with other work). Spark's session
# start-up is timed on its own and not counted in the queries; the command line's time is its whole process.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-1GB}
FILES=${FILES:-100}
DATA=${DATA:-bench-data/spark}

total=$(numfmt --from=iec "${SIZE%B}")
per_file=$((total / FILES))
inputs_dir="$DATA/inputs-$SIZE-$FILES"

# Build: the core and its command line jar, then the adapter's classes and test classes (SparkBench) and the
# class path of Spark (provided scope, so Maven's test class path has it). The core comes from this work tree's
# target/classes, not from the local repository's jar, which another build may replace while the bench runs.
if [ "${BUILD:-1}" = 1 ]; then
  mvn -q -B install -DskipTests -Djacoco.skip=true
fi
(cd spark && mvn -q test-compile && mvn -q dependency:build-classpath -Dmdep.includeScope=test \
  -DexcludeArtifactIds=tgparse -Dmdep.outputFile=target/bench.classpath)
[ -f target/test-classes/org/tgparse/tools/Generate.class ] || mvn -q test-compile

if [ ! -f "$inputs_dir/.complete" ]; then
  rm -rf "$inputs_dir"
  mkdir -p "$inputs_dir"
  echo "generating $FILES inputs of $per_file bytes in $inputs_dir" >&2
  for i in $(seq -w 1 "$FILES"); do
    if [ $((10#$i % 2)) -eq 1 ]; then
      echo "text $per_file $inputs_dir/text-$i.txt --seed $i"
    else
      echo "desktop-json $per_file $inputs_dir/export-$i --seed $i"
    fi
  done | xargs -P 2 -L 1 java -cp target/classes:target/test-classes org.tgparse.tools.Generate 2>/dev/null
  touch "$inputs_dir/.complete"
fi
mapfile -t inputs < <(find "$inputs_dir" -mindepth 1 -maxdepth 1 ! -name '.*' | sort)
bytes=$(du -sb --exclude=.complete "$inputs_dir" | cut -f1)

# Spark's launcher flags on Java 17 (the same as the adapter's tests, spark/pom.xml spark.jvm.flags).
spark_flags=$(sed -n '/<spark.jvm.flags>/,/<\/spark.jvm.flags>/p' spark/pom.xml \
  | sed -e 's/<[^>]*>//g' | tr -s ' \n' ' ')

echo "command line, --threads 2, ${#inputs[@]} inputs" >&2
cli_messages=$(/usr/bin/time -f '%e %U %S' -o "$DATA/cli.time" java -jar target/tgparse.jar --threads 2 "${inputs[@]}" \
  | wc -l)
cli_seconds=$(awk '{print $1}' "$DATA/cli.time")
cli_cpu=$(awk '{print $2 + $3}' "$DATA/cli.time")

echo "Spark, local[2]" >&2
# shellcheck disable=SC2086
spark_out=$(java $spark_flags \
  -cp "spark/target/classes:spark/target/test-classes:target/classes:$(cat spark/target/bench.classpath)" \
  org.tgparse.spark.SparkBench "$PWD/$inputs_dir" "$PWD/$DATA/parquet")
echo "$spark_out" >&2
get() { echo "$spark_out" | sed -n "s/^$1=//p"; }

row() { # name wall-seconds cpu-seconds messages
  awk -v n="$1" -v s="$2" -v u="$3" -v m="$4" -v b="$bytes" -v c="$cli_seconds" -v cu="$cli_cpu" 'BEGIN {
    printf "| %s | %.1f | %.2fx | %.1f | %.2fx | %\047d | %\047d | %\047d |\n", n, s, s / c, u, u / cu, m, m / s / 2, m / u }'
}
{
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg) at the end)," \
    "$(numfmt --to=iec "$bytes")B in ${#inputs[@]} inputs (half plain text, half Desktop JSON)," \
    "Spark $(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' spark/pom.xml) local[2]," \
    "session start-up $(get session_seconds) s (not counted), $(get partitions) partitions, $(get issue_rows) issue rows"
  echo
  echo "| run | wall s | vs CLI | CPU s | vs CLI | messages | messages/s per core (wall) | messages per CPU-second |"
  echo "|---|---|---|---|---|---|---|---|"
  row "CLI \`--threads 2\` to JSON Lines" "$cli_seconds" "$cli_cpu" "$cli_messages"
  row "Spark \`count()\` (parses only)" "$(get count_seconds)" "$(get count_cpu_seconds)" "$(get count_rows)"
  row "Spark \`filter(size(hashtags) >= 0).count()\` (extractors on)" "$(get count_entities_seconds)" \
    "$(get count_entities_cpu_seconds)" "$(get count_entities_rows)"
  row "Spark \`write.parquet\` (every column)" "$(get parquet_seconds)" "$(get parquet_cpu_seconds)" \
    "$(get count_rows)"
} | tee -a "$DATA/results.md"
