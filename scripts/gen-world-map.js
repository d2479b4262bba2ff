// Writes the report's world map, src/main/resources/org/tgparse/report/world.json, from Natural Earth's 110m
// admin-0 countries (public domain) as packaged by world-atlas (TopoJSON, ISO 3166-1 numeric ids).
// Run through scripts/gen-world-map.sh, which installs the packages; the output is committed.
//
// Output: a GeoJSON FeatureCollection, one feature per country with properties {name, code} where code is the
// ISO 3166-1 alpha-2 code (the form of Place.countryCode), coordinates rounded to 0.1 degree: at the size a
// report draws the map (about 900 px for 360 degrees) a tenth of a degree is a quarter of a pixel.
'use strict';
const fs = require('fs');
const topo = require('topojson-client');
const simplify = require('topojson-simplify');
const countries = require('i18n-iso-countries');

const out = process.argv[2];
let world = require('world-atlas/countries-110m.json');
// A light extra simplification: 110m is already coarse; this drops points closer than the rounding keeps.
world = simplify.presimplify(world);
world = simplify.simplify(world, 0.01);

// Natural Earth gives no ISO numeric id to a few entities; the ones the gazetteer can name get their
// user-assigned or customary alpha-2 code, the others (N. Cyprus, Somaliland) stay without code: drawn, never shaded.
const NO_ID = {Kosovo: 'XK'};

const round = (x) => Math.round(x * 10) / 10;
function roundRing(ring) {
  const r = [];
  for (const [x, y] of unwrap(ring)) {
    const p = [round(x), round(y)];
    const last = r[r.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) r.push(p);
  }
  return r;
}
// Natural Earth cuts rings at the antimeridian, but world-atlas stitches them back for spherical projections:
// drawn flat, a ring from -180 to 180 (Russia's Chukotka, Fiji) becomes a band across the whole map. Such a
// ring's western points are moved east of 180 degrees instead (the map then ends near 190 degrees east).
function unwrap(ring) {
  const xs = ring.map((p) => p[0]);
  if (Math.max(...xs) - Math.min(...xs) <= 180) return ring;
  return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
}
function roundGeometry(g) {
  if (g.type === 'Polygon') {
    return {type: 'Polygon', coordinates: g.coordinates.map(roundRing).filter((r) => r.length >= 4)};
  }
  return {type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(roundRing).filter((r) => r.length >= 4))
      .filter((p) => p.length > 0)};
}

const fc = topo.feature(world, world.objects.countries);
const features = [];
for (const f of fc.features) {
  // Antarctica takes a sixth of the map's height for places no channel reports from: left out.
  if (!f.geometry || f.properties.name === 'Antarctica') continue;
  const name = f.properties.name;
  const code = f.id ? countries.numericToAlpha2(f.id) : NO_ID[name];
  if (f.id && !code) throw new Error('no alpha-2 code for ' + f.id + ' ' + name);
  const geometry = roundGeometry(f.geometry);
  if (geometry.coordinates.length === 0) continue;
  features.push({type: 'Feature', properties: {name, code: code || null}, geometry});
}
features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
const json = JSON.stringify({type: 'FeatureCollection', features});
fs.writeFileSync(out, json + '\n');
console.error(`wrote ${out}: ${features.length} countries, ${json.length} bytes`);
