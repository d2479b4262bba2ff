// Dates found by chrono-node, and places found by compromise's places(), in the extraction corpus.
// Reads the posts ExtractionEval exported (JSON Lines: id, lang, text); writes one finding a line (id, kind,
// start, end in UTF-16 code units, value). Chrono's locale follows the post's language where chrono has one
// (en, ru, uk, zh, ar), else English. Its value has the precision chrono is certain of. compromise is English-only and
// gives no country: its places are scored by span alone (lenient).
// Usage: node eval_chrono.js POSTS.jsonl DATES_OUT.jsonl PLACES_OUT.jsonl   (with NODE_PATH holding the modules)
const fs = require("fs");
const chrono = require("chrono-node");
const nlp = require("compromise");

const [posts, datesOut, placesOut] = process.argv.slice(2);
const parsers = { en: chrono.en, ru: chrono.ru, uk: chrono.uk, zh: chrono.zh, ar: chrono.ar };
const two = (v) => String(v).padStart(2, "0");
const dates = [];
const places = [];
for (const line of fs.readFileSync(posts, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const p = JSON.parse(line);
  const parser = (parsers[p.lang] || chrono.en);
  let results = [];
  try {
    results = (parser.casual || parser).parse(p.text);
  } catch (e) {
    console.error(`chrono failed on ${p.id}: ${e}`);
  }
  for (const r of results) {
    const s = r.start;
    const y = s.get("year"), m = s.get("month"), d = s.get("day");
    let value;
    if (s.isCertain("day") && s.isCertain("month")) value = s.isCertain("year") ? `${y}-${two(m)}-${two(d)}` : `--${two(m)}-${two(d)}`;
    else if (s.isCertain("month")) value = `${y}-${two(m)}`;
    else if (s.isCertain("year")) value = `${y}`;
    else value = `${y}-${two(m)}-${two(d)}`;
    dates.push({ id: p.id, kind: "date", start: r.index, end: r.index + r.text.length, value });
  }
  const doc = nlp(p.text);
  let from = 0;
  for (const o of doc.places().json({ offset: true })) {
    const off = o.offset || o.terms?.[0]?.offset;
    let start, end;
    if (off && typeof off.start === "number") {
      start = off.start; end = off.start + off.length;
    } else {
      start = p.text.indexOf(o.text, from); end = start + o.text.length;
    }
    if (start < 0) continue;
    from = end;
    places.push({ id: p.id, kind: "place", start, end, value: null });
  }
}
fs.writeFileSync(datesOut, dates.map((x) => JSON.stringify(x)).join("\n") + "\n");
fs.writeFileSync(placesOut, places.map((x) => JSON.stringify(x)).join("\n") + "\n");
