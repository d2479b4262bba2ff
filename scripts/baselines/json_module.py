#!/usr/bin/python3
"""Baseline for the Desktop JSON export: Python's json module loads result.json and prints every message as one
compact JSON line (what `jq -c '.messages[]'` does). Usage: json_module.py result.json > out.jsonl"""
import json
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    out = sys.stdout
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for m in data["messages"]:
        out.write(dumps(m))
        out.write("\n")


if __name__ == "__main__":
    main()
