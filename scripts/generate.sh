#!/usr/bin/env bash
# Writes a synthetic archive: scripts/generate.sh FORMAT SIZE OUT [--seed N] [--per-page N]
#   FORMAT  text | desktop-json | desktop-html | tme     SIZE  e.g. 10MB, 100MB, 1GB (binary units)
#   OUT     text: a file; desktop-json: a folder with result.json; desktop-html: a folder of messagesN.html
#           (1000 messages each); tme: a folder of saved t.me/s pages (100 posts each unless --per-page)
# The generator is src/test/java/org/tgparse/tools/Generate.java; it needs no dependencies beyond the JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/test-classes/org/tgparse/tools/Generate.class ] \
    || [ src/test/java/org/tgparse/tools/Generate.java -nt target/test-classes/org/tgparse/tools/Generate.class ]; then
  mvn -q test-compile
fi
exec java -cp target/test-classes org.tgparse.tools.Generate "$@"
