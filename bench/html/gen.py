#!/usr/bin/env python3
"""Generates a large Telegram Desktop HTML export and a large saved t.me page for the HTML benchmarks.

Usage: gen.py OUTDIR [FILES] [POSTS]   (defaults: 20 files of 1000 messages, a page of 20000 posts)
Writes OUTDIR/desktop/messages*.html and OUTDIR/tme/page.html, from the posts of samples/mfa-forwarded-posts.txt.
"""
import html
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
sample = open(os.path.join(here, "..", "..", "samples", "mfa-forwarded-posts.txt"), encoding="utf-8").read()
posts = [p.strip("\n").split("\n") for p in sample.split("Forwarded from Russian MFA 🇷🇺\n") if p.strip()]


def desk_text(lines):
    out = []
    for l in lines:
        e = html.escape(l, quote=True).replace("&#x27;", "&apos;")
        e = re.sub(r"#(\w+)", lambda m: '<a href="" onclick="return ShowHashtag(&quot;%s&quot;)">#%s</a>'
                   % (m.group(1), m.group(1)), e)
        out.append(e)
    return "<br>".join(out) + ' <a href="https://mid.ru/en/">Read in full</a> <strong>bold</strong>'


def tme_text(lines):
    out = []
    for l in lines:
        e = html.escape(l, quote=False)
        e = re.sub(r"#(\w+)", lambda m: '<a href="?q=%%23%s">#%s</a>' % (m.group(1), m.group(1)), e)
        out.append(e)
    return ("<br/>".join(out) + ' <a href="https://mid.ru/en/" target="_blank" rel="noopener">Read in full</a> '
            '<b>bold</b> <i class="emoji" style="background-image:url(\'//telegram.org/img/emoji/40/F09F87B7.png\')">'
            '<b>🇷🇺</b></i>')


def desktop(out, files, per_file):
    os.makedirs(out, exist_ok=True)
    mid = 0
    for f in range(1, files + 1):
        name = "messages.html" if f == 1 else "messages%d.html" % f
        parts = ['<!DOCTYPE html>\n<html>\n\n <head>\n\n  <meta charset="utf-8"/>\n<title>Exported Data</title>\n'
                 ' </head>\n\n <body onload="CheckLocation();">\n\n  <div class="page_wrap">\n\n'
                 '   <div class="page_header">\n\n    <div class="content">\n\n     <div class="text bold">\nMFA\n'
                 '     </div>\n\n    </div>\n\n   </div>\n\n   <div class="page_body chat_page">\n\n'
                 '    <div class="history">\n']
        for i in range(per_file):
            mid += 1
            p = posts[mid % len(posts)]
            joined = i % 3 != 0
            media = ""
            if mid % 4 == 0:
                media = ('\n       <div class="media_wrap clearfix">\n\n        <a class="photo_wrap clearfix pull_left" '
                         'href="photos/photo_%d.jpg">\n\n         <img class="photo" src="photos/photo_%d_thumb.jpg" '
                         'style="width: 260px; height: 173px"/>\n\n        </a>\n\n       </div>\n' % (mid, mid))
            reply = ""
            if mid % 5 == 0:
                reply = ('\n       <div class="reply_to details">\nIn reply to <a href="#go_to_message%d" '
                         'onclick="return GoToMessage(%d)">this message</a>\n       </div>\n' % (mid - 1, mid - 1))
            parts.append(
                '\n     <div class="message default clearfix%s" id="message%d">\n\n      <div class="body">\n\n'
                '       <div class="pull_right date details" title="20.03.2023 12:%02d:%02d UTC+03:00">\n12:00\n'
                '       </div>\n%s%s\n       <div class="forwarded body">\n\n        <div class="from_name">\n'
                'Russian MFA 🇷🇺 <span class="date details" title="20.03.2023 11:00:00 UTC+03:00"> 20.03.2023 11:00:00'
                '</span>\n        </div>\n%s\n        <div class="text">\n%s\n        </div>\n\n       </div>\n\n'
                '      </div>\n\n     </div>\n'
                % (" joined" if joined else "", mid, (mid // 60) % 60, mid % 60,
                   "" if joined else '\n       <div class="from_name">\nMFA Digest \n       </div>\n', reply, media,
                   desk_text(p)))
        parts.append('\n    </div>\n\n   </div>\n\n  </div>\n\n </body>\n\n</html>\n')
        with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
            fh.write("".join(parts))


def tme(out, count):
    os.makedirs(out, exist_ok=True)
    parts = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>MFA – Telegram</title></head>\n'
             '<body class="widget_frame_base tgme_webpage"><main class="tgme_main"><div class="tgme_channel_info">'
             '<div class="tgme_channel_info_header"><div class="tgme_channel_info_header_title"><span>MFA</span></div>'
             '<div class="tgme_channel_info_header_username"><a href="https://t.me/mfa">@mfa</a></div></div>'
             '<div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span class="counter_value">'
             '186K</span> <span class="counter_type">subscribers</span></div></div></div>\n'
             '<section class="tgme_channel_history js-message_history">\n']
    for n in range(1, count + 1):
        p = posts[n % len(posts)]
        media = ""
        if n % 4 == 0:
            media = ('<a class="tgme_widget_message_photo_wrap" href="https://t.me/mfa/%d" style="width:800px;'
                     'background-image:url(\'https://cdn4.telesco.pe/file/p%d.jpg\')"><div class="'
                     'tgme_widget_message_photo" style="padding-top:66%%"></div></a>' % (n, n))
        parts.append(
            '<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message '
            'text_not_supported_wrap js-widget_message" data-post="mfa/%d" data-view="eyJjIjotMTAwfQ">'
            '<div class="tgme_widget_message_user"><a href="https://t.me/mfa"><i class="tgme_widget_message_user_photo">'
            '<img src="https://cdn4.telesco.pe/file/a.jpg"></i></a></div><div class="tgme_widget_message_bubble">'
            '<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" '
            'href="https://t.me/mfa"><span dir="auto">MFA</span></a></div><div class="tgme_widget_message_forwarded_from '
            'accent_color">Forwarded from&nbsp;<a class="tgme_widget_message_forwarded_from_name" '
            'href="https://t.me/MFARussia/%d"><span dir="auto">Russian MFA</span></a></div>%s'
            '<div class="tgme_widget_message_text js-message_text" dir="auto">%s</div>'
            '<div class="tgme_widget_message_reactions"><span class="tgme_reaction"><i class="emoji"><b>👍</b></i>1.2K'
            '</span></div><div class="tgme_widget_message_footer compact js-message_footer"><div class="'
            'tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">8.67M</span>'
            '<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/mfa/%d">'
            '<time datetime="2026-05-20T15:38:10+00:00" class="time">15:38</time></a></span></div></div></div></div>'
            '</div>\n' % (n, n, media, tme_text(p), n))
    parts.append('</section></main></body></html>\n')
    with open(os.path.join(out, "page.html"), "w", encoding="utf-8") as fh:
        fh.write("".join(parts))


if __name__ == "__main__":
    outdir = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    desktop(os.path.join(outdir, "desktop"), files, 1000)
    tme(os.path.join(outdir, "tme"), count)
