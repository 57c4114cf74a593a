"""A legacy ASP.NET MVC school site (THPT Minh Hóa) served as **windows-1258**.

``/Home/Chitiet/<N>`` articles, ``/Home/Tintuc?page=N`` listing, Bootstrap 3 panels,
"Tải tệp đính kèm Tại đây" attachment links, "Ngày đăng: 30/08/2021 | Lượt xem: 312",
"Tin khác". Every page's bytes are cp1258 (tone marks as combining characters) and say so
in the Content-Type header and the ``<meta>`` charset.
"""
from __future__ import annotations

from render import Style, assets, body, byline, by_date, chunks, dmy, esc, teaser
from sitebuild import Site

PER_PAGE = 3
STYLE = Style(para="unclosed", caption="br-em", lists="dash-p", signature="right-strong", nbsp=True)


def _shell(site: Site, title: str, main: str) -> str:
    c = site.cfg
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - {esc(c['title'])}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet">
<link href="/Content/Site.css" rel="stylesheet">
<script src="/Scripts/modernizr-2.6.2.js"></script>
</head>
<body>
<div class="navbar navbar-default"><div class="container">
<div class="navbar-header"><a class="navbar-brand" href="/">{esc(c['title'].upper())}</a></div>
<ul class="nav navbar-nav">
<li><a href="/">Trang chủ</a></li>
<li><a href="/Home/Gioithieu">Giới thiệu</a></li>
<li><a href="/Home/Tintuc">Tin tức</a></li>
<li><a href="/Home/Vanban">Văn bản</a></li>
<li><a href="/Home/Lienhe">Liên hệ</a></li>
</ul></div></div>
<div class="container body-content"><div class="row">
<div class="col-md-8">
{main}
</div>
<div class="col-md-4">
<div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="panel-body"><a href="/Home/Vanban">Lịch kiểm tra học kỳ I</a></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body">
<a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a><br><a href="https://quangbinh.edu.vn" target="_blank">Sở GD&amp;ĐT Quảng Bình</a></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">Đang online: 3<br>Tổng lượt truy cập: 210.733</div></div>
</div></div>
<hr>
<footer><p>{esc(c['title'].upper())} - Địa chỉ: {esc(c['address'])} - ĐT: {esc(c['phone'])}</p>
<p>&copy; Bản quyền thuộc về Trường THPT Minh Hóa</p></footer>
</div>
<script src="/Scripts/jquery-1.10.2.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
</body>
</html>
"""


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        it.route = f"/Home/Chitiet/{4090 + it.num * 7}"
    for it in items:
        default = [f"{it.slug[:35].rstrip('-')}.pdf"] if it.num % 2 == 1 else None
        assets(site, it, lambda n: f"/Upload/Images/{n}", lambda n: f"/Upload/Files/{n}", default)
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        att = "".join(f'<p class="attach"><b>Tải tệp đính kèm</b> <a href="{r}">Tại đây</a></p>' for r in it.attachment_routes)
        others = [o for o in ordered if o.key != it.key][:4]
        olist = "".join(f'<li><a href="{o.route}">{esc(o.title)}</a> <i>({dmy(o.date)})</i></li>' for o in others)
        main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/Home/Tintuc">Tin tức</a></li></ol>
<div class="chitiet">
<h3 class="tieude">{esc(it.title)}</h3>
<p class="ngaydang">Ngày đăng: {dmy(it.date)} | Lượt xem: {it.views}{byline(it, ' | Người viết: {a}')}</p>
<div class="noidung">
{b.html}
</div>
{att}
</div>
<div class="tinkhac"><h4>Tin khác</h4><ul>{olist}</ul></div>"""
        must = ["Ngày đăng:", "Lượt xem:", "Tin khác", "Thống kê truy cập", "Liên kết website",
                "Bản quyền thuộc về Trường THPT Minh Hóa", "Thông báo"]
        if others:
            must.append(others[0].title)
        if it.author_style == "byline":
            must.append("Người viết:")
        if att:
            must += ["Tải tệp đính kèm", "Tại đây"]
        site.article(it, _shell(site, it.title, main), b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)

    def route(n: int) -> str:
        return "/Home/Tintuc" if n == 1 else f"/Home/Tintuc?page={n}"

    for n, chunk in enumerate(pages, 1):
        rows = "".join(f"""<div class="media"><div class="media-body"><h4 class="media-heading"><a href="{i.route}">{esc(i.title)}</a></h4>
<small>{dmy(i.date)}</small><p>{esc(teaser(i))}</p><a href="{i.route}" class="btn btn-default btn-xs">Xem chi tiết</a></div></div>""" for i in chunk)
        links = []
        if n > 1:
            links.append(f'<li><a href="{route(n - 1)}">&laquo;</a></li>')
        for k in range(1, len(pages) + 1):
            links.append(f'<li class="active"><span>{k}</span></li>' if k == n else f'<li><a href="{route(k)}">{k}</a></li>')
        if n < len(pages):
            links.append(f'<li><a href="{route(n + 1)}">&raquo;</a></li>')
        site.listing(route(n), _shell(site, "Tin tức", f'<h3>Tin tức</h3>{rows}<ul class="pagination">{"".join(links)}</ul>'))
    home = ('<div class="jumbotron"><h2>Chào mừng đến với website Trường THPT Minh Hóa</h2></div><h3>Tin mới</h3><ul>'
            + "".join(f'<li><a href="{i.route}">{esc(i.title)}</a></li>' for i in ordered[:4]) + '</ul><a href="/Home/Tintuc">Xem tất cả</a>')
    site.add("/", _shell(site, "Trang chủ", home))
    for r, name in [("/Home/Gioithieu", "Giới thiệu"), ("/Home/Vanban", "Văn bản"), ("/Home/Lienhe", "Liên hệ")]:
        site.add(r, _shell(site, name, f"<h3>{esc(name)}</h3><p>Trang đang được xây dựng.</p>"))
    for r in ["/Content/bootstrap.min.css", "/Content/Site.css"]:
        site.add(r, b"body{padding-top:50px}\n", type="text/css")
    for r in ["/Scripts/modernizr-2.6.2.js", "/Scripts/jquery-1.10.2.min.js", "/Scripts/bootstrap.min.js"]:
        site.add(r, b"/* js */\n", type="application/javascript")
    return ["/Home/Tintuc"]
