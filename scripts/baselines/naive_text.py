#!/usr/bin/python3
"""Naive reader of the plain-text export, the baseline of scripts/bench-e2e.sh.

Splits on "Forwarded from " header lines, drops the repeated half of the body (headline, then the rest twice),
finds hashtags with #\\w+, and prints one JSON object per post (JSON Lines), as tgparse does (with far fewer
fields). Usage: naive_text.py FILE > out.jsonl
"""
import json
import re
import sys

HASHTAG = re.compile(r"#\w+")


def emit(out, header, lines):
    while lines and not lines[-1].strip():
        lines.pop()
    n = len(lines)
    if n >= 3 and (n - 1) % 2 == 0 and lines[1:1 + (n - 1) // 2] == lines[1 + (n - 1) // 2:]:
        lines = lines[:1 + (n - 1) // 2]
    text = "\n".join(lines)
    out.write(json.dumps({"forwardedFrom": header, "text": text, "hashtags": HASHTAG.findall(text)},
                         ensure_ascii=False))
    out.write("\n")


def main():
    out = sys.stdout
    header = None
    lines = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("Forwarded from "):
                if header is not None or lines:
                    emit(out, header, lines)
                header = line[len("Forwarded from "):]
                lines = []
            else:
                lines.append(line)
    if header is not None or lines:
        emit(out, header, lines)


if __name__ == "__main__":
    main()
