"""A custom CMS (thuathienhue.edu.vn style), no profile: ``/tin-tuc/<slug>.html``, the body in
``div id="ctl00_ContentPlaceHolder1_ctl00_divNoiDung"`` with no telling class, paragraphs as
``<br><br>`` runs of text directly in that div, "Cập nhật lúc : 17:15 14/01/2021", "In trang"
linking to ``/printpage-tin-tuc//<slug>.html`` (disallowed in robots.txt, like ``/tim-kiem``),
listing ``/tin-tuc.html`` + ``/tin-tuc/trang-2.html`` with "Trang sau" / "Tiếp".
"""
from __future__ import annotations

from render import Style, assets, body, byline, by_date, chunks, dmy, esc, teaser
from sitebuild import Site

PER_PAGE = 3
STYLE = Style(para="br", caption="br-em", lists="dash-br", signature="div-right", lead="p-b")


def _shell(site: Site, title: str, main: str) -> str:
    c = site.cfg
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div id="ctl00_divHeader" class="top"><a href="/"><img src="/images/header-sgd.jpg" alt=""></a></div>
<div id="ctl00_divMenu" class="nav">
<a href="/">TRANG CHỦ</a> | <a href="/gioi-thieu.html">GIỚI THIỆU</a> | <a href="/tin-tuc.html">TIN TỨC</a> | <a href="/van-ban.html">VĂN BẢN</a> | <a href="/tim-kiem">TÌM KIẾM</a>
</div>
<div id="ctl00_divMain">
<div id="ctl00_divLeft" style="float:left;width:700px">
{main}
</div>
<div id="ctl00_divRight" style="float:right;width:260px">
<div class="k"><div class="kt">VĂN BẢN MỚI</div><div><a href="/van-ban.html">Hướng dẫn nhiệm vụ năm học</a></div></div>
<div class="k"><div class="kt">LIÊN KẾT</div><div><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a><br><a href="https://thuathienhue.gov.vn">Cổng TTĐT Thừa Thiên Huế</a></div></div>
<div class="k"><div class="kt">THỐNG KÊ TRUY CẬP</div><div>Đang online: 20<br>Tổng lượt truy cập: 3.204.118</div></div>
</div>
<div style="clear:both"></div>
</div>
<div id="ctl00_divFooter">SỞ GIÁO DỤC VÀ ĐÀO TẠO THỪA THIÊN HUẾ<br>Địa chỉ: {esc(c['address'])} - Điện thoại: {esc(c['phone'])}<br>Bản quyền thuộc về Sở Giáo dục và Đào tạo Thừa Thiên Huế</div>
</body>
</html>
"""


def _print(it, html_body: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>{esc(it.title)}</title></head>
<body onload="window.print()"><div style="width:650px">
<b>{esc(it.title)}</b><br>Cập nhật lúc : {it.time} {dmy(it.date)}<br><br>
{html_body}
</div></body></html>
"""


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        it.route = f"/tin-tuc/{it.slug}.html"
    for it in items:
        assets(site, it, lambda n: f"/uploads/news/{n}", lambda n: f"/uploads/files/{n}")
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        printed = f"/printpage-tin-tuc//{it.slug}.html"
        site.add(printed, _print(it, b.html))
        others = [o for o in ordered if o.key != it.key][:4]
        olist = "<br>".join(f'&#8226; <a href="{o.route}">{esc(o.title)}</a> ({dmy(o.date)})' for o in others)
        att = ""
        if it.attachment_routes:
            att = "<br>File đính kèm: " + " ".join(f'<a href="{r}">{esc(r.rsplit("/", 1)[-1])}</a>' for r in it.attachment_routes)
        main = f"""<div id="ctl00_ContentPlaceHolder1_ctl00_divPath"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc.html">Tin tức</a></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_divTitle" style="font-size:18px;font-weight:bold;color:#0a4a8a">{esc(it.title)}</div>
<div id="ctl00_ContentPlaceHolder1_ctl00_divDate" style="color:#888">Cập nhật lúc : {it.time} {dmy(it.date)} &nbsp; <a href="{printed}" target="_blank">In trang</a></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_divNoiDung" style="text-align:justify">
{b.html}{att}
</div>
{byline(it, '<div style="text-align:right;font-weight:bold">Tác giả: {a}</div>')}
<div id="ctl00_ContentPlaceHolder1_ctl00_divOther" style="margin-top:10px"><b>Các tin khác:</b><br>{olist}</div>"""
        must = ["Cập nhật lúc :", "In trang", "Các tin khác:", "VĂN BẢN MỚI", "THỐNG KÊ TRUY CẬP",
                "Bản quyền thuộc về Sở Giáo dục và Đào tạo Thừa Thiên Huế", "TRANG CHỦ"]
        if others:
            must.append(others[0].title)
        if att:
            must.append("File đính kèm:")
        if it.author_style == "byline":
            must.append("Tác giả:")
        site.article(it, _shell(site, it.title, main), b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)

    def route(n: int) -> str:
        return "/tin-tuc.html" if n == 1 else f"/tin-tuc/trang-{n}.html"

    for n, chunk in enumerate(pages, 1):
        rows = "".join(f"""<div style="border-bottom:1px dotted #ccc;padding:6px 0"><a href="{i.route}" style="font-weight:bold">{esc(i.title)}</a> <span style="color:#888">({dmy(i.date)})</span><br>{esc(teaser(i))}</div>"""
                       for i in chunk)
        links = []
        if n > 1:
            links.append(f'<a href="{route(n - 1)}">Trang trước</a>')
        links += [f"<b>[{k}]</b>" if k == n else f'<a href="{route(k)}">{k}</a>' for k in range(1, len(pages) + 1)]
        if n < len(pages):
            links.append(f'<a href="{route(n + 1)}">Trang sau</a> <a href="{route(n + 1)}">Tiếp</a>')
        site.listing(route(n), _shell(site, "Tin tức", f'<div class="kt">TIN TỨC</div>{rows}<div style="text-align:center;margin:8px">{" ".join(links)}</div>'))
    home = ("<div class=\"kt\">TIN MỚI</div>" + "".join(f'<div><a href="{i.route}">{esc(i.title)}</a></div>' for i in ordered[:4])
            + '<div><a href="/tin-tuc.html">Xem thêm...</a></div>')
    site.add("/", _shell(site, site.cfg["title"], home))
    site.add("/gioi-thieu.html", _shell(site, "Giới thiệu", "<div class=\"kt\">GIỚI THIỆU</div>Sở Giáo dục và Đào tạo Thừa Thiên Huế."))
    site.listing("/van-ban.html", _shell(site, "Văn bản", "<div class=\"kt\">VĂN BẢN</div>Chưa có văn bản."))
    site.add("/tim-kiem", _shell(site, "Tìm kiếm", '<form action="/tim-kiem"><input name="q"><input type="submit" value="Tìm"></form>'))
    site.add("/css/main.css", "body{font:13px Arial}\n", type="text/css")
    site.image("/images/header-sgd.jpg")
    site.robots = "User-agent: *\nDisallow: /tim-kiem\nDisallow: /printpage-tin-tuc/\n"
    return ["/tin-tuc.html"]
