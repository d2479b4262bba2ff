#!/usr/bin/env python3
"""Dates found by dateparser's search_dates (Debian python3-dateparser) in the extraction corpus.

Reads the posts ExtractionEval exported (JSON Lines: id, lang, text) and writes one finding a line
(id, kind "date", start, end in UTF-16 code units, value yyyy-MM-dd). search_dates gives the matched substrings
without offsets: each is located in the text after the previous one. dateparser fills what the text does not say
from today's date, so the evaluation compares its value only to the precision of the mark (lenient).
Usage: eval_dateparser.py POSTS.jsonl OUT.jsonl
"""
import json
import sys
import warnings

warnings.filterwarnings("ignore")
from dateparser.search import search_dates  # noqa: E402


def utf16(s, i):
    return len(s[:i].encode("utf-16-le")) // 2


def main():
    posts, out = sys.argv[1], sys.argv[2]
    with open(posts, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        for line in f:
            p = json.loads(line)
            text = p["text"]
            try:
                found = search_dates(text, languages=[p["lang"]]) or []
            except Exception as e:  # dateparser raises on some inputs; a crash is no finding
                print("dateparser failed on %s: %s" % (p["id"], e), file=sys.stderr)
                found = []
            pos = 0
            for sub, dt in found:
                i = text.find(sub, pos)
                if i < 0:
                    i = text.find(sub)
                if i < 0:
                    continue
                pos = i + len(sub)
                w.write(json.dumps({"id": p["id"], "kind": "date", "start": utf16(text, i),
                                    "end": utf16(text, i + len(sub)), "value": dt.strftime("%Y-%m-%d")}) + "\n")


if __name__ == "__main__":
    main()
