#!/usr/bin/env bash
# The extraction evaluation (issue 13): precision, recall and F1 of tgparse's places and dates per language on the
# annotated corpus (eval/corpus, guidelines in eval/ANNOTATION.md), next to dateparser, chrono-node and compromise,
# as one Markdown table (docs/extraction.md).
#   scripts/eval-extraction.sh [--errors] [--no-baselines]
# --errors lists tgparse's false positives and negatives after the table. Baselines are installed if missing:
# python3-dateparser from Debian (apt-get), chrono-node and compromise from npm into $NODE_DIR (default
# /tmp/tgparse-eval-node). Run from anywhere; works in target/eval/.
set -euo pipefail
cd "$(dirname "$0")/.."
ERRORS=""
BASELINES=1
for a in "$@"; do
  case "$a" in
    --errors) ERRORS="--errors" ;;
    --no-baselines) BASELINES=0 ;;
    *) echo "unknown argument: $a" >&2; exit 2 ;;
  esac
done
OUT=target/eval
NODE_DIR=${NODE_DIR:-/tmp/tgparse-eval-node}
mkdir -p "$OUT"
mvn -q -o test-compile -Djacoco.skip=true 2>/dev/null || mvn -q test-compile -Djacoco.skip=true
[ -f "$OUT/classpath.txt" ] && [ "$OUT/classpath.txt" -nt pom.xml ] \
  || mvn -q -o dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test >/dev/null \
  || mvn -q dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
run() { java -cp "$CP" org.tgparse.eval.ExtractionEval "$@"; }
ARGS=()
if [ "$BASELINES" = 1 ]; then
  run --export "$OUT/posts.jsonl"
  if ! python3 -c 'import dateparser' 2>/dev/null; then
    { apt-get update -qq && apt-get install -y -qq python3-dateparser; } >&2
  fi
  /usr/bin/python3 scripts/baselines/eval_dateparser.py "$OUT/posts.jsonl" "$OUT/dateparser.jsonl"
  if [ ! -d "$NODE_DIR/node_modules/chrono-node" ] || [ ! -d "$NODE_DIR/node_modules/compromise" ]; then
    mkdir -p "$NODE_DIR"
    (cd "$NODE_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --silent chrono-node compromise) >&2
  fi
  NODE_PATH="$NODE_DIR/node_modules" node scripts/baselines/eval_chrono.js "$OUT/posts.jsonl" \
    "$OUT/chrono.jsonl" "$OUT/compromise.jsonl"
  ARGS=(--baseline "dateparser search_dates=$OUT/dateparser.jsonl" --baseline "chrono-node=$OUT/chrono.jsonl"
    --baseline "compromise places()=$OUT/compromise.jsonl")
fi
run ${ERRORS} "${ARGS[@]}"
