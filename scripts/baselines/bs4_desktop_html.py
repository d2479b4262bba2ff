#!/usr/bin/python3
"""Baseline for the Telegram Desktop HTML export in scripts/bench-e2e.sh: BeautifulSoup (Debian python3-bs4, lxml
parser from python3-lxml) doing the extraction tgparse's reader does, as written for the HTML reader's own
comparison (bench/html/bs4_extract.py: id, date, sender carried to joined messages, forward source and date,
reply, text with <br> as newlines and the marked entities with UTF-16 offsets, media, signature, reactions),
printed as JSON Lines like the command line. Usage: bs4_desktop_html.py EXPORT_DIR > out.jsonl"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "html"))
import bs4_extract  # noqa: E402

# bs4_extract reads its parser from its own command line; here it is always lxml, BeautifulSoup's fastest.
bs4_extract.PARSER = "lxml"


def main():
    out = sys.stdout
    for rec in bs4_extract.desktop(sys.argv[1]):
        out.write(json.dumps(rec, ensure_ascii=False, default=str))
        out.write("\n")


if __name__ == "__main__":
    main()
