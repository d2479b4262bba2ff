#!/usr/bin/env bash
# Checks that every format parses a large input in a small heap: scripts/bench-memory.sh [FORMAT...]
#   FORMAT: text desktop-json desktop-html tme (default: all)
#   environment: SIZE=1GB  HEAP=64m  DATA=bench-data  ENTITIES=1 (0 adds --no-entities)
# Generates the input once (scripts/generate.sh), runs java -Xmx$HEAP -jar target/tgparse.jar on it with output
# to a pipe that counts lines, and reports the exit status, messages, time, the largest heap occupancy after a GC
# (the live set, from -Xlog:gc), the heap's committed size and the process's peak RSS.
# A format whose reader has not landed reports "not supported yet".
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-1GB}
HEAP=${HEAP:-64m}
DATA=${DATA:-bench-data}
FORMATS=("$@")
[ ${#FORMATS[@]} -gt 0 ] || FORMATS=(text desktop-json desktop-html tme)
EXTRA=()
[ "${ENTITIES:-1}" = 1 ] || EXTRA=(--no-entities)

if [ ! -f target/tgparse.jar ] || [ -n "$(find src/main pom.xml -newer target/tgparse.jar -print -quit)" ]; then
  mvn -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package
fi
mkdir -p "$DATA"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

printf "\n### %s memory: -Xmx%s, %s inputs, %s\n\n" "$(date -u +%Y-%m-%dT%H:%MZ)" "$HEAP" "$SIZE" \
  "$([ ${#EXTRA[@]} -eq 0 ] && echo 'entities on' || echo 'entities off')" | tee -a "$DATA/memory-results.md"
echo "| format | input MB | result | messages | seconds | MB/s | live heap MB (max after GC) | heap committed MB | peak RSS MB |" | tee -a "$DATA/memory-results.md"
echo "|---|---|---|---|---|---|---|---|---|" | tee -a "$DATA/memory-results.md"
for f in "${FORMATS[@]}"; do
  out="$DATA/$f-$SIZE"
  [ "$f" = text ] && out="$out.txt"
  if [ ! -e "$out.done" ]; then
    rm -rf "$out"
    scripts/generate.sh "$f" "$SIZE" "$out"
    touch "$out.done"
  fi
  case $f in
    tme) args=("$out"/*.html); files=("$out"/*.html) ;;
    desktop-json) args=("$out"); files=("$out/result.json") ;;
    desktop-html) args=("$out"); files=("$out"/messages*.html) ;;
    *) args=("$out"); files=("$out") ;;
  esac
  bytes=$(du -cb "${files[@]}" | tail -1 | cut -f1)
  rm -f "$TMP/gc.log"
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f %M -o "$TMP/rss" java "-Xmx$HEAP" "-Xlog:gc:file=$TMP/gc.log" -jar target/tgparse.jar \
    --threads 1 "${EXTRA[@]}" "${args[@]}" 2> "$TMP/err" | wc -l > "$TMP/count"
  code=${PIPESTATUS[0]}
  set -e
  end=$(date +%s.%N)
  secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  mbs=$(awk -v n="$bytes" -v s="$secs" 'BEGIN { printf "%.1f", n / 1e6 / s }')
  live=$(grep -o '[0-9]*M->[0-9]*M' "$TMP/gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1 || true)
  committed=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$TMP/gc.log" | sed 's/.*(\([0-9]*\)M)/\1/' | sort -n | tail -1 || true)
  rss=$(( $(tail -1 "$TMP/rss") / 1024 ))
  if [ "$code" = 0 ]; then
    result=ok
  elif grep -q "not supported yet" "$TMP/err"; then
    result="not supported yet"
  elif grep -q OutOfMemoryError "$TMP/err"; then
    result="OutOfMemoryError"
  else
    result="exit $code: $(tail -1 "$TMP/err" | cut -c1-80)"
  fi
  echo "| $f | $(awk -v n="$bytes" 'BEGIN { printf "%.0f", n / 1e6 }') | $result | $(cat "$TMP/count") | $secs | $mbs | ${live:--} | ${committed:--} | $rss |" \
    | tee -a "$DATA/memory-results.md"
done
