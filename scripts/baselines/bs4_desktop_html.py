#!/usr/bin/python3
"""Baseline for the Telegram Desktop HTML export: BeautifulSoup (Debian python3-bs4, with the lxml parser when
python3-lxml is there) doing the extraction tgparse does for the common fields: id, type, date (title
attribute), sender (carried to joined messages), forwarded-from name and date, text with line breaks, hashtags
and links as the export marks them, photo, reactions. One JSON object per message.
Usage: bs4_desktop_html.py EXPORT_DIR > out.jsonl"""
import glob
import json
import os
import re
import sys

from bs4 import BeautifulSoup

try:
    import lxml  # noqa: F401
    PARSER = "lxml"
except ImportError:
    PARSER = "html.parser"

HASHTAG = re.compile(r"#\w+")


def text_of(div):
    for br in div.find_all("br"):
        br.replace_with("\n")
    return div.get_text().strip()


def files(folder):
    def number(p):
        m = re.search(r"messages(\d*)\.html$", p)
        return int(m.group(1) or 1)
    return sorted(glob.glob(os.path.join(folder, "messages*.html")), key=number)


def main():
    out = sys.stdout
    for path in files(sys.argv[1]):
        with open(path, encoding="utf-8") as f:
            soup = BeautifulSoup(f, PARSER)
        sender = None
        for msg in soup.select("div.history > div.message"):
            mid = msg.get("id", "")[len("message"):]
            if mid.startswith("-"):
                continue  # day separator
            classes = msg.get("class", [])
            rec = {"id": mid, "type": "service" if "service" in classes else "message", "file": path}
            if "service" in classes:
                body = msg.select_one("div.body.details")
                rec["text"] = text_of(body) if body else ""
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                continue
            body = msg.find("div", class_="body", recursive=False)
            date = body.select_one("div.pull_right.date.details")
            rec["date"] = date["title"] if date else None
            name = body.find("div", class_="from_name", recursive=False)
            if name is not None:
                sender = name.get_text().strip()
            rec["from"] = sender
            fwd = body.select_one("div.forwarded.body > div.from_name")
            if fwd is not None:
                span = fwd.find("span")
                rec["forwardedDate"] = span["title"] if span else None
                if span:
                    span.extract()
                rec["forwardedFrom"] = fwd.get_text().strip()
            text = body.select_one("div.text")
            links = []
            hashtags = []
            if text is not None:
                for a in text.find_all("a"):
                    onclick = a.get("onclick", "")
                    if onclick.startswith("return ShowHashtag"):
                        hashtags.append(a.get_text())
                    elif a.get("href"):
                        links.append(a["href"])
                rec["text"] = text_of(text)
            else:
                rec["text"] = ""
            rec["hashtags"] = hashtags or HASHTAG.findall(rec["text"])
            rec["links"] = links
            rec["photo"] = body.select_one("a.photo_wrap") is not None
            rec["reactions"] = [[r.select_one("span.emoji").get_text().strip(), r.select_one("span.count").get_text().strip()]
                                for r in body.select("span.reactions > span.reaction")]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
