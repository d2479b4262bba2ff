#!/usr/bin/env bash
# Regenerates src/main/resources/org/tgparse/report/world.json, the world map of the HTML report (--report).
#
# Run once by hand; the output is committed and the build never runs this script. Needs Node.js and npm: the
# registry packages world-atlas (Natural Earth 1:110m admin-0 countries, public domain, as TopoJSON; package ISC),
# topojson-client and topojson-simplify (ISC) and i18n-iso-countries (MIT, for ISO numeric -> alpha-2 codes).
#
# Usage: scripts/gen-world-map.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
out="$repo/src/main/resources/org/tgparse/report/world.json"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

npm install --silent --no-save --no-audit --no-fund --prefix "$tmp" \
  world-atlas@2.0.2 topojson-client@3.1.0 topojson-simplify@3.0.3 i18n-iso-countries@7.14.0 >/dev/null
NODE_PATH="$tmp/node_modules" node "$here/gen-world-map.js" "$out"
