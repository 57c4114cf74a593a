"""The hcm.edu.vn school/department portal: nested tables and divs, slugs truncated to ~60
characters, ``/tin-tuc-su-kien/<slug>/ct/<cat>/<id>``, "Cập nhật: 14:47, 26/4/2016",
"Lượt đọc:", "Tác giả:", "Liên kết bài viết gốc", Word-pasted ``MsoNormal`` paragraphs with
hard line breaks, captions in a table cell under the image.

Listing: ``/tin-tuc-su-kien/cm/39784`` and ``/tin-tuc-su-kien/cm/39784?pageindex=2``.
"""
from __future__ import annotations

from render import Style, assets, body, by_date, chunks, esc, page_numbers, teaser
from sitebuild import Site

PER_PAGE = 3
CAT = 39784
STYLE = Style(para="mso", caption="table", lists="dash-p", wrap=True, signature="right-strong")


def _shell(site: Site, title: str, main: str) -> str:
    c = site.cfg
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<link type="text/css" rel="stylesheet" href="/Content/portal/styles.css">
<script type="text/javascript" src="/Scripts/portal.min.js"></script>
</head>
<body>
<div id="wrapper">
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" class="tbl-main">
<tr><td class="banner" colspan="2"><a href="/"><img src="/Content/portal/banner.jpg" border="0" alt=""></a></td></tr>
<tr><td colspan="2" class="topmenu">
<div class="menu"><a href="/">TRANG CHỦ</a> <a href="/gioi-thieu/cm/39701">GIỚI THIỆU</a> <a href="/tin-tuc-su-kien/cm/{CAT}">TIN TỨC - SỰ KIỆN</a>
<a href="/van-ban/cm/39702">VĂN BẢN</a> <a href="/lien-he/cm/39703">LIÊN HỆ</a></div></td></tr>
<tr>
<td valign="top" class="col-left" width="230">
<div class="module"><div class="module-title">Danh mục</div>
<div class="module-content"><ul><li><a href="/tin-tuc-su-kien/cm/{CAT}">Tin tức - Sự kiện</a></li><li><a href="/van-ban/cm/39702">Văn bản Đảng ủy</a></li></ul></div></div>
<div class="module"><div class="module-title">Thống kê truy cập</div><div class="module-content">Đang truy cập: 9<br>Tổng lượt truy cập: 845.231</div></div>
</td>
<td valign="top" class="col-center">
{main}
</td></tr>
<tr><td colspan="2" class="footer"><div>{esc(c['title'].upper())}</div>
<div>Địa chỉ: {esc(c['address'])} - Điện thoại: {esc(c['phone'])}</div>
<div>Bản quyền © thuộc về Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh</div></td></tr>
</table></div>
</body>
</html>
"""


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        slug = it.slug[:60].rstrip("-")
        it.route = f"/tin-tuc-su-kien/{slug}/ct/{CAT}/{68000 + it.num * 529}"
    for it in items:
        assets(site, it, lambda n: f"/UploadImages/vanphongdanguy/{n}", lambda n: f"/UploadFiles/vanphongdanguy/{n}")
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        d = it.date
        byline = ""
        must = ["Cập nhật:", "Lượt đọc:", "Liên kết bài viết gốc", "Tin cùng chuyên mục", "Thống kê truy cập",
                "Bản quyền © thuộc về Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "TRANG CHỦ", "Danh mục"]
        if it.author and it.author_style == "byline":
            byline = f'<div class="author" style="text-align:right"><b>Tác giả: </b>{esc(it.author)}</div>'
            must.append("Tác giả:")
        others = [o for o in ordered if o.key != it.key][:4]
        olist = "".join(f'<tr><td class="other-item">&#8226; <a href="{o.route}">{esc(o.title)}</a> '
                        f'<span class="other-date">({o.date.day}/{o.date.month}/{o.date.year})</span></td></tr>'
                        for o in others)
        if others:
            must.append(others[0].title)
        att = ""
        if it.attachment_routes:
            att = "<div class=\"attach\">Tập tin đính kèm: " + ", ".join(
                f'<a href="{r}">{esc(r.rsplit("/", 1)[-1])}</a>' for r in it.attachment_routes) + "</div>"
            must.append("Tập tin đính kèm:")
        main = f"""<div class="module-detail">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="path"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien/cm/{CAT}">Tin tức - Sự kiện</a></td></tr></table>
<div class="detail-title"><h1>{esc(it.title)}</h1></div>
<div class="detail-info"><span class="date">Cập nhật: {it.time}, {d.day}/{d.month}/{d.year}</span> <span class="view">Lượt đọc: {it.views}</span></div>
<div class="detail-content"><div class="content-body">
{b.html}
<p>&nbsp;</p>
</div></div>
{byline}
{att}
<div class="source"><a href="{it.route}">Liên kết bài viết gốc</a></div>
<table class="other" width="100%"><tr><td class="other-title">Tin cùng chuyên mục</td></tr>{olist}</table>
</div>"""
        site.article(it, _shell(site, it.title, main), b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)

    def route(n: int) -> str:
        return f"/tin-tuc-su-kien/cm/{CAT}" if n == 1 else f"/tin-tuc-su-kien/cm/{CAT}?pageindex={n}"

    for n, chunk in enumerate(pages, 1):
        rows = "".join(f"""<table class="item" width="100%"><tr><td width="150" valign="top"><a href="{i.route}"><img src="{next(iter(i.image_routes.values()), '/Content/portal/noimage.gif')}" width="140"></a></td>
<td valign="top"><a class="item-title" href="{i.route}">{esc(i.title)}</a><br><span class="item-date">{i.date.day}/{i.date.month}/{i.date.year}</span><div class="item-sapo">{esc(teaser(i))}</div></td></tr></table>"""
                       for i in chunk)
        pager = page_numbers(route, n, len(pages), prev="Trang trước", next_="Trang sau", cls="paging")
        site.listing(route(n), _shell(site, "Tin tức - Sự kiện", f'<div class="cat-title">TIN TỨC - SỰ KIỆN</div>{rows}{pager}'))
    home = ('<div class="home-block"><div class="cat-title"><a href="/tin-tuc-su-kien/cm/39784">TIN TỨC - SỰ KIỆN</a></div>'
            + "".join(f'<div class="home-item"><a href="{i.route}">{esc(i.title)}</a></div>' for i in ordered[:4]) + "</div>")
    site.add("/", _shell(site, site.cfg["title"], home))
    for r, name in [("/gioi-thieu/cm/39701", "Giới thiệu"), ("/van-ban/cm/39702", "Văn bản"),
                    ("/lien-he/cm/39703", "Liên hệ")]:
        site.add(r, _shell(site, name, f'<div class="cat-title">{esc(name.upper())}</div><p>Đang cập nhật.</p>'))
    site.add("/Content/portal/styles.css", "td{font:12px Tahoma}\n", type="text/css")
    site.add("/Scripts/portal.min.js", "/* portal */\n", type="application/javascript")
    site.image("/Content/portal/banner.jpg")
    site.image("/Content/portal/noimage.gif")
    return [f"/tin-tuc-su-kien/cm/{CAT}"]
