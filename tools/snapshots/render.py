"""HTML pieces shared by the templates: body rendering in many styles, dates, pagination.

``body(...)`` turns an article's blocks into HTML *and* returns the gold body
paragraphs and captions that match exactly what it displayed, so the gold set
never drifts from the pages.
"""
from __future__ import annotations

import datetime as dt
import html as _html
from dataclasses import dataclass
from typing import Callable

from content import Item

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def esc(text: str) -> str:
    return _html.escape(text, quote=True)


def weekday(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def dmy(d: dt.date, sep: str = "/", pad: bool = True) -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}" if pad else f"{d.day}{sep}{d.month}{sep}{d.year}"


def iso(item: Item, tz: str = "+07:00") -> str:
    return f"{item.data['published']}T{item.time}:00{tz}"


def teaser(item: Item, limit: int = 180) -> str:
    text = item.first_text()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "..."


def hardwrap(text: str, width: int = 78) -> str:
    """Insert source line breaks inside a paragraph (rendered as spaces)."""
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) + 1 > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n".join(out)


@dataclass
class Style:
    """How a template shows an article body."""

    para: str = "p"            # p | justify | unclosed | br | font | mso
    caption: str = "figcaption"  # figcaption | wp-caption | p-em | table | br-em | div-center
    lists: str = "ul"          # ul | dash-p | dash-br
    lead: str = "strong-p"     # strong-p | div-sapo | p-b
    signature: str = "right-strong"  # right-strong | p-right-em | div-right | last-p
    wrap: bool = False         # hard line breaks inside paragraphs
    nbsp: bool = False         # &nbsp; indents at paragraph starts
    img_class: str = ""


@dataclass
class Body:
    html: str
    paragraphs: list[str]
    captions: list[str]
    author: str | None


def _para(text: str, st: Style) -> str:
    t = esc(text)
    if st.wrap:
        t = hardwrap(t)
    if st.nbsp:
        t = "&nbsp;&nbsp;&nbsp; " + t
    if st.para == "justify":
        return f'<p style="text-align: justify;">{t}</p>'
    if st.para == "unclosed":
        return f"<p>{t}"
    if st.para == "br":
        return f"{t}<br>\n<br>"
    if st.para == "font":
        return f'<p align="justify"><font face="Times New Roman" size="3">{t}</font></p>'
    if st.para == "mso":
        return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">'
                f'<span style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,'
                f'serif">{t}</span></p>')
    return f"<p>{t}</p>"


def _image(src: str, caption: str, st: Style) -> str:
    alt = esc(caption)
    cls = f' class="{st.img_class}"' if st.img_class else ""
    img = f'<img{cls} src="{src}" alt="{alt}" width="600" height="400">'
    c = esc(caption)
    if not caption:
        return f"<p>{img}</p>" if st.para != "br" else f"{img}<br>"
    if st.caption == "figcaption":
        return f'<figure class="wp-block-image size-large">{img}<figcaption>{c}</figcaption></figure>'
    if st.caption == "wp-caption":
        return (f'<div class="wp-caption aligncenter" style="width: 610px">{img}'
                f'<p class="wp-caption-text">{c}</p></div>')
    if st.caption == "table":
        return (f'<table class="image" align="center" border="0" cellpadding="0" cellspacing="0">'
                f'<tbody><tr><td>{img}</td></tr><tr><td class="image_desc" style="text-align:center">'
                f'<em>{c}</em></td></tr></tbody></table>')
    if st.caption == "br-em":
        return f'<div style="text-align: center;">{img}<br><em>{c}</em></div>'
    if st.caption == "div-center":
        return f'<div align="center">{img}</div>\n<div align="center"><i>{c}</i></div>'
    return f'<p style="text-align: center;">{img}</p>\n<p style="text-align: center;"><em>{c}</em></p>'


def _signature(author: str, st: Style) -> str:
    a = esc(author)
    if st.signature == "p-right-em":
        return f'<p style="text-align: right;"><em><strong>{a}</strong></em></p>'
    if st.signature == "div-right":
        return f'<div style="text-align:right"><b>{a}</b></div>'
    if st.signature == "last-p":
        return f"<p><strong>{a}</strong></p>"
    if st.signature == "indent":
        return f"<p>{'&nbsp;' * 58}<strong>{a}</strong></p>"
    return f'<p style="text-align: right;"><strong>{a}</strong></p>'


def body(item: Item, st: Style, img_src: Callable[[str], str]) -> Body:
    """Render ``item``'s lead, blocks and signature; return the HTML and its gold."""
    out: list[str] = []
    paras: list[str] = []
    caps: list[str] = []
    if item.lead:
        paras.append(item.lead)
        lead = esc(item.lead)
        if st.lead == "div-sapo":
            out.append(f'<div class="sapo"><strong>{lead}</strong></div>')
        elif st.lead == "p-b":
            out.append(f"<p><b>{lead}</b></p>")
        else:
            out.append(f"<p><strong>{lead}</strong></p>")
    for b in item.blocks:
        if "p" in b:
            paras.append(b["p"])
            out.append(_para(b["p"], st))
        elif "li" in b:
            items = list(b["li"])
            if st.lists == "dash-p":
                paras.extend(f"- {x}" for x in items)
                out.extend(_para(f"- {x}", st) for x in items)
            elif st.lists == "dash-br":
                paras.extend(f"- {x}" for x in items)
                out.append("<br>\n".join(f"- {esc(x)}" for x in items) + "<br>\n<br>")
            else:
                paras.extend(items)
                out.append("<ul>\n" + "\n".join(f"<li>{esc(x)}</li>" for x in items) + "\n</ul>")
        elif "table" in b:
            rows = b["table"]
            cells = []
            for r, row in enumerate(rows):
                tag = "th" if r == 0 else "td"
                cells.append("<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in row) + "</tr>")
                paras.extend(str(c) for c in row if str(c).strip())
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;'
                       'width:100%"><tbody>\n' + "\n".join(cells) + "\n</tbody></table>")
        elif "img" in b:
            cap = b.get("caption") or ""
            if cap:
                caps.append(cap)
            out.append(_image(img_src(b["img"]), cap, st))
        elif "h" in b:
            paras.append(b["h"])
            out.append(f"<p><strong>{esc(b['h'])}</strong></p>")
    author = item.author
    if item.author_style == "signature" and author:
        out.append(_signature(author, st))
    return Body("\n".join(out), paras, caps, author if item.author_style != "none" else None)


def page_numbers(base: Callable[[int], str], current: int, total: int, *, prev: str | None = "«",
                 next_: str | None = "»", cls: str = "", li: bool = False, active: str = "active") -> str:
    """Pagination links: page numbers plus previous/next labels."""
    parts = []
    if prev and current > 1:
        parts.append((base(current - 1), prev, False))
    for n in range(1, total + 1):
        parts.append((base(n), str(n), n == current))
    if next_ and current < total:
        parts.append((base(current + 1), next_, False))
    items = []
    for href, label, on in parts:
        if on:
            inner = f'<span class="{active}">{label}</span>'
        else:
            inner = f'<a href="{href}">{esc(label)}</a>'
        items.append(f'<li{" class=" + chr(34) + active + chr(34) if on else ""}>{inner}</li>' if li else inner)
    joined = "\n".join(items)
    return f'<ul class="{cls}">{joined}</ul>' if li else f'<div class="{cls}">{joined}</div>'


def chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def related(items: list[Item], item: Item, n: int = 3) -> list[Item]:
    """Other articles of the same site, newest first, excluding ``item``."""
    others = [i for i in items if i.key != item.key]
    others.sort(key=lambda i: (i.data["published"], i.num), reverse=True)
    return others[:n]


def assets(site, item: Item, img_route: Callable[[str], str], att_route: Callable[[str], str],
           default_attachments: list[str] | None = None) -> None:
    """Give ``item`` its image and attachment routes and register those files on ``site``."""
    item.image_routes = {b["img"]: img_route(b["img"]) for b in item.blocks if "img" in b}
    names = list(item.data.get("attachments") or default_attachments or [])
    item.attachment_routes = [att_route(n) for n in names]
    for r in item.image_routes.values():
        site.image(r)
    for r in item.attachment_routes:
        site.pdf(r, item.title)


def by_date(items: list[Item]) -> list[Item]:
    """Newest first, as listings show them."""
    return sorted(items, key=lambda i: (i.data["published"], i.num), reverse=True)


def byline(item: Item, fmt: str) -> str:
    """``fmt`` filled with the escaped author when the page shows a byline, else ''."""
    if item.author_style != "byline" or not item.author:
        return ""
    return fmt.format(a=esc(item.author))
