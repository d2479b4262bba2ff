#!/usr/bin/env bash
# Checks that two builds of the command line print the same bytes (stdout, stderr and exit status) for every
# sample and golden input, and for generated inputs of every form. Used before and after a performance change.
#
#   scripts/same-output.sh OLD.jar [NEW.jar] [EXTRA INPUT...]
#       NEW.jar defaults to target/tgparse.jar; EXTRA INPUTs (e.g. bench-data/text-100MB.txt) are compared too.
#
# Each input runs once with every extractor and once with --no-entities. Prints one line per difference and
# a count; exits 1 if anything differs.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$1; shift
NEW=target/tgparse.jar
if [ $# -gt 0 ] && [[ $1 == *.jar ]]; then NEW=$1; shift; fi
DATA=${DATA:-bench-data}
gen="$DATA/same-output"
if [ ! -e "$gen/.done" ]; then
  rm -rf "$gen"; mkdir -p "$gen"
  scripts/generate.sh text 8MB "$gen/text.txt" --seed 7 >&2
  scripts/generate.sh desktop-json 8MB "$gen/desktop-json" --seed 7 >&2
  scripts/generate.sh desktop-html 8MB "$gen/desktop-html" --seed 7 >&2
  scripts/generate.sh tme 8MB "$gen/tme" --seed 7 >&2
  touch "$gen/.done"
fi
inputs=(samples/*.txt)
while IFS= read -r f; do inputs+=("$f"); done < <(find src/test/resources/golden -type f \
    ! -name '*.expected.*' | sort)
while IFS= read -r d; do inputs+=("$d"); done < <(find src/test/resources/golden -mindepth 2 -maxdepth 2 -type d | sort)
inputs+=("$gen/text.txt" "$gen/desktop-json" "$gen/desktop-html" "$gen/tme" "$@")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
diffs=0; n=0
for in in "${inputs[@]}"; do
  for opt in "" "--no-entities"; do
    n=$((n + 1))
    set +e
    java -jar "$OLD" $opt "$in" > "$TMP/o.out" 2> "$TMP/o.err"; orc=$?
    java -jar "$NEW" $opt "$in" > "$TMP/n.out" 2> "$TMP/n.err"; nrc=$?
    set -e
    if ! cmp -s "$TMP/o.out" "$TMP/n.out" || ! cmp -s "$TMP/o.err" "$TMP/n.err" || [ $orc != $nrc ]; then
      echo "DIFFERS: $in ${opt:-(every extractor)} (exit $orc/$nrc)"
      diffs=$((diffs + 1))
    fi
  done
done
echo "$n runs compared, $diffs differ"
[ $diffs = 0 ]
