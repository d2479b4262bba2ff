#!/usr/bin/env python3
"""The same extraction as tgparse's HTML readers, with BeautifulSoup, for the speed comparison.

Usage: /usr/bin/python3 bs4_extract.py desktop|tme PATH [PARSER]   (PARSER: lxml (default) or html.parser)
Reads a Desktop export folder (messages*.html in numeric order, one file at a time) or a t.me page and extracts
per message what tgparse does: id, date, sender (joined messages inherit it), forward source and date, reply,
text with <br> as newlines and the marked entities with UTF-16 offsets, media kinds, signature, reactions,
views. Prints the record count and MB/s of CPU time (best of $RUNS runs, default 1).
"""
import datetime
import os
import re
import sys
import time

from bs4 import BeautifulSoup, NavigableString, Tag

PARSER = sys.argv[3] if len(sys.argv) > 3 else "lxml"


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def text_and_entities(root):
    out = []
    entities = []
    length = [0]

    def walk(node):
        for child in node.children:
            if isinstance(child, NavigableString):
                s = str(child).replace("\n", "")
                out.append(s)
                length[0] += utf16(s)
            elif isinstance(child, Tag):
                if child.name == "br":
                    out.append("\n")
                    length[0] += 1
                    continue
                start = length[0]
                walk(child)
                end = length[0]
                if end > start:
                    kind = None
                    if child.name in ("b", "strong") and not child.find_parent("i", class_="emoji"):
                        kind = "bold"
                    elif child.name in ("i", "em") and "emoji" not in (child.get("class") or []):
                        kind = "italic"
                    elif child.name == "a":
                        onclick = child.get("onclick", "")
                        href = child.get("href", "")
                        if "ShowHashtag" in onclick or href.startswith("?q=%23"):
                            kind = "hashtag"
                        elif href:
                            kind = "link"
                    if kind:
                        entities.append((kind, start, end, child.get("href")))

    walk(root)
    return "".join(out).strip(), entities


def parse_date(title):
    title = title.strip()
    local = datetime.datetime.strptime(title[:19], "%d.%m.%Y %H:%M:%S")
    rest = title[19:].strip()
    if rest.startswith("UTC"):
        sign = 1 if rest[3] == "+" else -1
        h, m = rest[4:].split(":")
        return (local - sign * datetime.timedelta(hours=int(h), minutes=int(m))).isoformat() + "Z"
    return local.isoformat()


def count(text):
    t = text.strip()
    mult = {"K": 1000, "M": 1000000, "B": 1000000000}.get(t[-1:].upper(), 1)
    return round(float(t[:-1] if mult > 1 else t) * mult)


def desktop(folder):
    def num(name):
        m = re.fullmatch(r"messages(\d*)\.html", name)
        return None if m is None else int(m.group(1) or 1)

    files = sorted((n for n in os.listdir(folder) if num(n)), key=num)
    records = []
    for name in files:
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            soup = BeautifulSoup(fh, PARSER)
        previous = None
        for div in soup.find_all("div", class_="message"):
            mid = div.get("id", "")[7:]
            if mid.startswith("-"):
                continue
            if "service" in div["class"]:
                body = div.find("div", class_="body")
                records.append({"id": mid, "type": "service", "text": body.get_text().strip()})
                previous = None
                continue
            rec = {"id": mid}
            date = div.find("div", class_="date")
            rec["date"] = parse_date(date["title"]) if date else None
            fwd = div.find("div", class_="forwarded")
            names = div.find_all("div", class_="from_name")
            own = [n for n in names if "forwarded" not in (n.parent.get("class") or [])]
            if own:
                rec["from"] = "".join(s for s in own[0].strings).strip()
            elif "joined" in div["class"] and previous:
                rec["from"] = previous.get("from")
            if fwd:
                fn = fwd.find("div", class_="from_name")
                if fn:
                    rec["forwardedFrom"] = "".join(fn.find_all(string=True, recursive=False)).strip()
                    span = fn.find("span", class_="details")
                    rec["forwardedDate"] = parse_date(span.get("title") or span.get_text())
            reply = div.find("div", class_="reply_to")
            if reply:
                a = reply.find("a")
                rec["replyTo"] = a["href"].split("go_to_message")[-1] if a else None
            text = div.find("div", class_="text")
            if text:
                rec["text"], rec["entities"] = text_and_entities(text)
                rec["hashtags"] = [e for e in rec["entities"] if e[0] == "hashtag"]
            media = div.find("div", class_="media_wrap")
            if media:
                rec["media"] = [c.get("class") for c in media.find_all(recursive=False)]
            sig = div.find("div", class_="signature")
            if sig:
                rec["author"] = sig.get_text().strip()
            reactions = div.find("span", class_="reactions")
            if reactions:
                rec["reactions"] = [r.get_text().split() for r in reactions.find_all("span", class_="reaction")]
            records.append(rec)
            previous = rec
        soup.decompose()
    return records


def tme(path):
    with open(path, encoding="utf-8") as fh:
        soup = BeautifulSoup(fh, PARSER)
    info = soup.find("div", class_="tgme_channel_info")
    channel = info.get_text() if info else None
    seen = set()
    records = []
    for div in soup.find_all("div", class_="tgme_widget_message", attrs={"data-post": True}):
        post = div["data-post"]
        if post.lower() in seen:
            continue
        seen.add(post.lower())
        rec = {"id": post, "channel": channel}
        date = div.find("a", class_="tgme_widget_message_date")
        if date:
            rec["permalink"] = date.get("href")
            t = date.find("time")
            rec["date"] = datetime.datetime.fromisoformat(t["datetime"]).astimezone(datetime.timezone.utc).isoformat()
        owner = div.find(class_="tgme_widget_message_owner_name")
        rec["from"] = owner.get_text().strip() if owner else None
        fwd = div.find(class_="tgme_widget_message_forwarded_from_name")
        if fwd:
            rec["forwardedFrom"] = fwd.get_text().strip()
            rec["forwardedFromLink"] = fwd.get("href")
        reply = div.find("a", class_="tgme_widget_message_reply")
        if reply:
            rec["replyTo"] = reply.get("href")
        text = div.find("div", class_="tgme_widget_message_text")
        if text:
            rec["text"], rec["entities"] = text_and_entities(text)
        views = div.find("span", class_="tgme_widget_message_views")
        if views:
            rec["viewsText"] = views.get_text()
            rec["views"] = count(rec["viewsText"])
        rec["media"] = [m.get("style") for m in div.find_all(class_="tgme_widget_message_photo_wrap")]
        preview = div.find("a", class_="tgme_widget_message_link_preview")
        if preview:
            rec["preview"] = preview.get_text()
        reactions = div.find("div", class_="tgme_widget_message_reactions")
        if reactions:
            rec["reactions"] = [r.get_text() for r in reactions.find_all("span", class_="tgme_reaction")]
        records.append(rec)
    return records


def size(path):
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(path, n)) for n in os.listdir(path))
    return os.path.getsize(path)


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    fn = desktop if kind == "desktop" else tme
    runs = int(os.environ.get("RUNS", "1"))
    best = None
    for _ in range(runs):
        # CPU time of this process, so that other load on the machine does not count.
        t0 = time.process_time()
        recs = fn(path)
        dt = time.process_time() - t0
        best = dt if best is None else min(best, dt)
    mb = size(path) / 1e6
    print("bs4/%s %s: %d records, %.1f MB in %.2f s CPU = %.2f MB/s" % (PARSER, kind, len(recs), mb, best,
                                                                      mb / best), flush=True)
