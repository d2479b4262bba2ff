#!/usr/bin/env bash
# The Spark data source against the command line, side by side in one run (issue 16):
#
#   scripts/bench-spark.sh
#   environment: SIZE=1GB (all inputs together, binary units)  FILES=100 (half plain-text exports, half Desktop
#                JSON export folders, each SIZE/FILES)  DATA=bench-data/spark
#
# Generates the inputs once (scripts/generate.sh's generator, a seed per file; kept for later runs of the same
# SIZE and FILES), then times
#   1. java -jar target/tgparse.jar --threads 2 INPUTS... | wc -l
#   2. spark.read.format("tgparse").load(DATA/inputs).count()         in local[2]  (SparkBench, one JVM): parses
#      only, since no column is read (no extractors, no JSON)
#   3. the same with .filter("size(hashtags) >= 0"): the extractors run, as in the command line
#   4. spark.read.format("tgparse").load(DATA/inputs).write.parquet() in local[2]: every column
# and prints a Markdown table (also appended to $DATA/results.md). Spark's session start-up is timed on its own
# and not counted in the queries; the command line's time is its whole process.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-1GB}
FILES=${FILES:-100}
DATA=${DATA:-bench-data/spark}

total=$(numfmt --from=iec "${SIZE%B}")
per_file=$((total / FILES))
inputs_dir="$DATA/inputs-$SIZE-$FILES"

# Build: the core and its command line jar, then the adapter's classes and test classes (SparkBench) and the
# class path of Spark (provided scope, so Maven's test class path has it).
mvn -q install -DskipTests
(cd spark && mvn -q test-compile && mvn -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath)
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
start=$(date +%s.%N)
cli_messages=$(java -jar target/tgparse.jar --threads 2 "${inputs[@]}" | wc -l)
cli_seconds=$(echo "$(date +%s.%N) - $start" | bc)

echo "Spark, local[2]" >&2
# shellcheck disable=SC2086
spark_out=$(java $spark_flags -cp "spark/target/classes:spark/target/test-classes:$(cat spark/target/bench.classpath)" \
  org.tgparse.spark.SparkBench "$PWD/$inputs_dir" "$PWD/$DATA/parquet")
echo "$spark_out" >&2
get() { echo "$spark_out" | sed -n "s/^$1=//p"; }

row() { # name seconds messages
  awk -v n="$1" -v s="$2" -v m="$3" -v b="$bytes" -v c="$cli_seconds" 'BEGIN {
    printf "| %s | %.1f | %.2fx | %\047d | %\047d | %.0f |\n", n, s, s / c, m, m / s / 2, b / s / 1048576 }'
}
{
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, $(numfmt --to=iec "$bytes")B in ${#inputs[@]} inputs" \
    "(half plain text, half Desktop JSON), Spark $(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' spark/pom.xml)" \
    "local[2], session start-up $(get session_seconds) s (not counted), $(get partitions) partitions"
  echo
  echo "| run | seconds | vs CLI | messages | messages/s per core | MB/s |"
  echo "|---|---|---|---|---|---|"
  row "CLI \`--threads 2\` to JSON Lines" "$cli_seconds" "$cli_messages"
  row "Spark \`count()\`" "$(get count_seconds)" "$(get count_rows)"
  row "Spark \`filter(size(hashtags) >= 0).count()\` (extractors on)" "$(get count_entities_seconds)" \
    "$(get count_entities_rows)"
  row "Spark \`write.parquet\`" "$(get parquet_seconds)" "$(get count_rows)"
} | tee -a "$DATA/results.md"
