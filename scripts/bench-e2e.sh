#!/usr/bin/env bash
# End-to-end timing of the command line against baselines on the same input in the same run.
#
#   scripts/bench-e2e.sh [FORMAT...]      FORMAT: text text-split desktop-json desktop-html tme (default: all)
#   environment: SIZE=100MB (input size per format)  RUNS=5 (timed runs; the median is reported)
#                SIZES="desktop-json=300MB" (sizes for some formats, overriding SIZE)
#                THREADS="1" (tgparse --threads values to time; "1 2" shows the scaling)  DATA=bench-data
#                WARM=1 (also time the input given twice to one JVM: the second pass is the warm pass, and the
#                table gains a row with its time and first pass / warm pass)
#
# Baselines (installed here from Debian packages): text: a naive Python reader (scripts/baselines/naive_text.py);
# desktop-json: jq -c '.messages[]' and Python's json module; desktop-html and tme: BeautifulSoup with lxml
# (scripts/baselines/bs4_*.py). Python baselines run on Debian's /usr/bin/python3 (which has python3-bs4).
# text-split is the text export cut into 8 files, to show --threads scaling on many inputs.
# Every command writes its JSON Lines to /dev/null. Timing is hyperfine's (one warm-up run, so the input is in
# the page cache); messages are counted from one extra run, which /usr/bin/time also measures for peak RSS.
# tgparse's live heap is the largest heap occupancy after a GC in that run (-Xlog:gc). CPU s is the mean user+system
# time of the timed runs (all threads: the JVM's JIT compiler and GC threads count too); on a machine shared with
# other work it is steadier than wall time.
# Results: a Markdown table on stdout, also appended to $DATA/e2e-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-100MB}
RUNS=${RUNS:-5}
THREADS=${THREADS:-1}
SIZES=${SIZES:-}
WARM=${WARM:-0}
DATA=${DATA:-bench-data}
PY=/usr/bin/python3
FORMATS=("$@")
[ ${#FORMATS[@]} -gt 0 ] || FORMATS=(text desktop-json desktop-html tme)

need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v jq >/dev/null || need+=(jq)
[ -x /usr/bin/time ] || need+=(time)
[ -x "$PY" ] || need+=(python3)
if [ -x "$PY" ]; then
  "$PY" -c 'import bs4' 2>/dev/null || need+=(python3-bs4)
  "$PY" -c 'import lxml' 2>/dev/null || need+=(python3-lxml)
else
  need+=(python3-bs4 python3-lxml)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -f target/tgparse.jar ] || [ -n "$(find src/main pom.xml -newer target/tgparse.jar -print -quit)" ]; then
  mvn -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package
fi
JAR=target/tgparse.jar
mkdir -p "$DATA"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

size_of() { # format -> its size (SIZES entry, else SIZE)
  local kv
  for kv in $SIZES; do [ "${kv%%=*}" = "$1" ] && { echo "${kv#*=}"; return; }; done
  echo "$SIZE"
}

input() { # format -> path of the generated input (generated once)
  local f=$1 gen=$1 out sz
  sz=$(size_of "$f")
  [ "$f" = text-split ] && gen=text
  out="$DATA/$f-$sz"
  [ "$f" = text ] && out="$out.txt"
  if [ ! -e "$out.done" ]; then
    rm -rf "$out"
    if [ "$f" = text-split ]; then
      mkdir -p "$out"
      for i in 1 2 3 4 5 6 7 8; do
        scripts/generate.sh text "$(( $(to_bytes "$sz") / 8 ))" "$out/part$i.txt" --seed "$i" >&2
      done
    else
      scripts/generate.sh "$gen" "$sz" "$out" >&2
    fi
    touch "$out.done"
  fi
  echo "$out"
}

to_bytes() { # 100MB -> bytes (binary units, as the generator reads them)
  local v=${1%B} m=1
  case $v in *K) m=1024; v=${v%K} ;; *M) m=1048576; v=${v%M} ;; *G) m=1073741824; v=${v%G} ;; esac
  echo $(( v * m ))
}

bytes_of() { # total size of the files a command reads
  du -cb "$@" | tail -1 | cut -f1
}

{
echo
echo "### $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf "| format | input | tool | median s | MB/s | messages | messages/s | CPU s | peak RSS MB | live heap MB | tgparse --threads %s is N x as fast | same, by CPU time |\n" "${THREADS%% *}"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
} | tee -a "$DATA/e2e-results.md"

for f in "${FORMATS[@]}"; do
  in=$(input "$f")
  fsize=$(size_of "$f")
  names=(); cmds=()
  case $f in
    text)
      files=("$in")
      for t in $THREADS; do names+=("tgparse --threads $t"); cmds+=("java -jar $JAR --threads $t $in"); done
      [ "$WARM" = 1 ] && { names+=("tgparse, same input twice"); cmds+=("java -jar $JAR --threads 1 $in $in"); }
      names+=("naive python"); cmds+=("$PY scripts/baselines/naive_text.py $in") ;;
    text-split)
      files=("$in"/part*.txt)
      for t in $THREADS; do names+=("tgparse --threads $t"); cmds+=("java -jar $JAR --threads $t ${files[*]}"); done
      names+=("naive python (sequential)")
      cmds+=("for x in ${files[*]}; do $PY scripts/baselines/naive_text.py \$x; done") ;;
    desktop-json)
      files=("$in/result.json")
      for t in $THREADS; do names+=("tgparse --threads $t"); cmds+=("java -jar $JAR --threads $t $in"); done
      [ "$WARM" = 1 ] && { names+=("tgparse, same input twice"); cmds+=("java -jar $JAR --threads 1 $in $in"); }
      names+=("jq -c .messages[]"); cmds+=("jq -c '.messages[]' $in/result.json")
      names+=("python json"); cmds+=("$PY scripts/baselines/json_module.py $in/result.json") ;;
    desktop-html)
      files=("$in"/messages*.html)
      for t in $THREADS; do names+=("tgparse --threads $t"); cmds+=("java -jar $JAR --threads $t $in"); done
      names+=("python bs4+lxml"); cmds+=("$PY scripts/baselines/bs4_desktop_html.py $in") ;;
    tme)
      files=("$in"/*.html)
      for t in $THREADS; do names+=("tgparse --threads $t"); cmds+=("java -jar $JAR --threads $t $in/*.html"); done
      names+=("python bs4+lxml"); cmds+=("$PY scripts/baselines/bs4_tme.py $in/*.html") ;;
    *) echo "unknown format $f" >&2; exit 2 ;;
  esac
  bytes=$(bytes_of "${files[@]}")
  msgs=(); rss=(); heap=(); failed=0
  for i in "${!cmds[@]}"; do
    cmd=${cmds[$i]}
    if [[ ${names[$i]} == tgparse* ]]; then
      cmd=${cmd/java -jar/java -Xlog:gc:file=$TMP/gc.log -jar}
      rm -f "$TMP/gc.log"
    fi
    if ! /usr/bin/time -f %M -o "$TMP/rss" bash -c "$cmd" > "$TMP/out" 2> "$TMP/err"; then
      echo "FAILED: ${names[$i]}: $(tail -3 "$TMP/err")" >&2
      failed=1
      break
    fi
    msgs+=("$(wc -l < "$TMP/out")")
    rss+=("$(( $(tail -1 "$TMP/rss") / 1024 ))")
    if [[ ${names[$i]} == tgparse* ]] && [ -f "$TMP/gc.log" ]; then
      heap+=("$(grep -o '[0-9]*M->[0-9]*M' "$TMP/gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1 || true)")
    else
      heap+=("")
    fi
  done
  if [ "$failed" = 1 ]; then
    echo "| $f | $fsize | skipped: a command failed (is this reader on main yet?) | | | | | | | | | |" | tee -a "$DATA/e2e-results.md"
    continue
  fi
  hargs=()
  for i in "${!cmds[@]}"; do hargs+=(-n "${names[$i]}" "${cmds[$i]} > /dev/null"); done
  hyperfine --style basic --runs "$RUNS" --warmup 1 --export-json "$TMP/h.json" "${hargs[@]}" >&2 || true
  "$PY" - "$TMP/h.json" "$f" "$fsize" "$bytes" "${#cmds[@]}" "${names[@]}" "${msgs[@]}" "${rss[@]}" "${heap[@]}" <<'PYEOF' | tee -a "$DATA/e2e-results.md"
import json, statistics, sys
path, fmt, size, nbytes, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
rest = sys.argv[6:]
names, msgs, rss, heap = rest[:n], rest[n:2*n], rest[2*n:3*n], rest[3*n:4*n]
res = json.load(open(path))["results"]
med = [statistics.median(r["times"]) for r in res]
cpu = [r["user"] + r["system"] for r in res]
ref, refcpu = med[0], cpu[0]
twice = names.index("tgparse, same input twice") if "tgparse, same input twice" in names else -1
for i in range(n):
    m = med[i]
    if i == twice:
        # The second pass alone: the run of the input twice less the run of it once (same JVM start).
        warm, warmcpu = m - ref, cpu[i] - refcpu
        print("| %s | %s (%.1f MB) | tgparse, second pass of the same input in one JVM (warm) | %.2f | %.1f | %s | %s "
              "| %.2f | | | first pass / warm pass: %.2f | %.2f |" % (
            fmt, size, nbytes / 1e6, warm, nbytes / 1e6 / warm, format(int(msgs[0]), ","),
            format(int(int(msgs[0]) / warm), ","), warmcpu, ref / warm, refcpu / warmcpu))
        continue
    ratio = "-" if i == 0 else "%.2f" % (m / ref)
    ratiocpu = "-" if i == 0 else "%.2f" % (cpu[i] / refcpu)
    print("| %s | %s (%.1f MB) | %s | %.2f | %.1f | %s | %s | %.2f | %s | %s | %s | %s |" % (
        fmt, size, nbytes / 1e6, names[i], m, nbytes / 1e6 / m, format(int(msgs[i]), ","),
        format(int(int(msgs[i]) / m), ","), cpu[i], rss[i], heap[i] or "-", ratio, ratiocpu))
PYEOF
done
