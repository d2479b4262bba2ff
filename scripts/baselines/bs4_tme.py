#!/usr/bin/python3
"""Baseline for saved t.me/s pages: BeautifulSoup (Debian python3-bs4, with the lxml parser when python3-lxml is
there) doing the extraction tgparse does for the common fields, in the manner of snscrape: post id, permalink,
date, author, forwarded-from name and link, text with line breaks (snscrape loses them), hashtags and links,
photo, views, reactions. One JSON object per post. Usage: bs4_tme.py PAGE.html ... > out.jsonl"""
import json
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
    return div.get_text()


def main():
    out = sys.stdout
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            soup = BeautifulSoup(f, PARSER)
        for post in soup.find_all("div", class_="tgme_widget_message", attrs={"data-post": True}):
            rec = {"id": post["data-post"], "file": path}
            date = post.select_one("a.tgme_widget_message_date")
            rec["permalink"] = date["href"] if date else None
            time = post.select_one("a.tgme_widget_message_date time")
            rec["date"] = time["datetime"] if time else None
            owner = post.select_one("a.tgme_widget_message_owner_name")
            rec["from"] = owner.get_text() if owner else None
            fwd = post.select_one("a.tgme_widget_message_forwarded_from_name")
            rec["forwardedFrom"] = fwd.get_text() if fwd else None
            rec["forwardedFromLink"] = fwd["href"] if fwd else None
            text = post.select_one("div.tgme_widget_message_text")
            links = []
            hashtags = []
            if text is not None:
                for a in text.find_all("a"):
                    href = a.get("href", "")
                    if href.startswith("?q=%23"):
                        hashtags.append(a.get_text())
                    else:
                        links.append(href)
                rec["text"] = text_of(text)
            else:
                rec["text"] = ""
            rec["hashtags"] = hashtags or HASHTAG.findall(rec["text"])
            rec["links"] = links
            rec["photo"] = post.select_one("a.tgme_widget_message_photo_wrap") is not None
            views = post.select_one("span.tgme_widget_message_views")
            rec["views"] = views.get_text() if views else None
            rec["reactions"] = [r.get_text() for r in post.select("span.tgme_reaction")]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
