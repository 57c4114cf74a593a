"""Viettel education portal (school and department sites on *.edu.vn).

Tool bar "A- A A+", "Tăng tương phản" / "Giảm tương phản", share bar ("Chia sẻ bài viết lên
facebook / twitter / google+"), "In bài viết", "Gửi email"; date "Thứ tư, 24/02/2021, 15:20";
"Các tin khác"; signature indented with &nbsp; runs ("VĂN PHÒNG SỞ").

Routes: ``/``, ``/tin-tuc-su-kien`` (+ ``?page=2``), ``/tin-tuc-su-kien/<cat>/<slug>.html``,
``/tin-tuc-su-kien/<cat>`` (category), ``/gioi-thieu/...``, ``/lien-he``, ``/tim-kiem?q=``.
"""
from __future__ import annotations

from render import Style, assets, body, byline, by_date, chunks, dmy, esc, page_numbers, teaser, weekday
from sitebuild import Site

PER_PAGE = 3
CAT = ("tin-cua-so", "Tin của Sở")
STYLE = Style(para="justify", caption="div-center", lists="ul", signature="indent", nbsp=True)


def _shell(site: Site, title: str, main: str) -> str:
    c = site.cfg
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="description" content="{esc(title)}">
<link rel="stylesheet" href="/static/edu/css/portal.css">
<script src="/static/edu/js/portal.js"></script>
</head>
<body class="page-news">
<div class="top-bar"><div class="container"><span class="hotline">Hotline: {esc(c['phone'])}</span>
<a href="/dang-nhap" class="login">Đăng nhập</a></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/static/edu/img/logo.png" alt="logo"></a>
<div class="site-name"><span class="unit-up">PHÒNG GD&amp;ĐT HƯỚNG HÓA</span><h2>{esc(c['title'].upper())}</h2></div></div></header>
<nav class="navbar-main"><div class="container"><ul class="nav">
<li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu/lich-su-phat-trien">Giới thiệu</a></li>
<li class="active"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a>
<ul class="sub"><li><a href="/tin-tuc-su-kien/{CAT[0]}">{esc(CAT[1])}</a></li><li><a href="/tin-tuc-su-kien/hoat-dong-nha-truong">Hoạt động nhà trường</a></li></ul></li>
<li><a href="/van-ban-cong-van">Văn bản - Công văn</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul>
<form class="search" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Nhập từ khóa"><button type="submit">Tìm kiếm</button></form>
</div></nav>
<div class="container main">
<div class="row">
<div class="col-md-9 col-content">
{main}
</div>
<div class="col-md-3 col-sidebar">
<div class="block"><h3 class="block-title">Thông báo</h3><ul><li><a href="/tin-tuc-su-kien/hoat-dong-nha-truong">Lịch tựu trường năm học mới</a></li></ul></div>
<div class="block"><h3 class="block-title">Liên kết website</h3><ul>
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://www.quangtri.gov.vn" target="_blank">Cổng TTĐT tỉnh Quảng Trị</a></li></ul></div>
<div class="block statistic"><h3 class="block-title">Thống kê truy cập</h3>
<p>Đang online: <span>4</span></p><p>Hôm nay: <span>118</span></p><p>Tổng lượt truy cập: <span>356.210</span></p></div>
</div></div></div>
<footer class="footer"><div class="container">
<p><strong>{esc(c['title'].upper())}</strong></p>
<p>Địa chỉ: {esc(c['address'])}</p><p>Điện thoại: {esc(c['phone'])}</p>
<p class="copyright">Bản quyền thuộc về {esc(c['title'])}. Phát triển bởi Viettel Solutions.</p>
</div></footer>
</body>
</html>
"""


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        it.route = f"/tin-tuc-su-kien/{CAT[0]}/{it.slug[:60].rstrip('-')}.html"
    for it in items:
        assets(site, it, lambda n: f"/upload/34871/fck/files/{n}", lambda n: f"/upload/34871/fck/files/{n}")
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        others = [o for o in ordered if o.key != it.key][:5]
        olist = "".join(f'<li><a href="{o.route}">{esc(o.title)}</a> <span class="time">{dmy(o.date)}</span></li>'
                        for o in others)
        att = ""
        if it.attachment_routes:
            att = '<div class="file-attach">Tệp đính kèm: ' + " ".join(
                f'<a href="{r}">{esc(r.rsplit("/", 1)[-1])}</a>' for r in it.attachment_routes) + "</div>"
        by = byline(it, '<p class="author-news" style="text-align:right">Tác giả: <strong>{a}</strong></p>')
        main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="/tin-tuc-su-kien/{CAT[0]}">{esc(CAT[1])}</a></li></ol>
<div class="news-detail">
<h1 class="title-news">{esc(it.title)}</h1>
<div class="meta-news"><span class="date-time">{weekday(it.date)}, {dmy(it.date)}, {it.time}</span>
<div class="tools-news"><a href="javascript:void(0)" class="font-down">A-</a> <a href="javascript:void(0)" class="font-reset">A</a> <a href="javascript:void(0)" class="font-up">A+</a>
<a href="javascript:void(0)" class="contrast-up" title="Tăng tương phản">Tăng tương phản</a> <a href="javascript:void(0)" class="contrast-down" title="Giảm tương phản">Giảm tương phản</a></div></div>
<div class="share-news"><a href="https://www.facebook.com/sharer/sharer.php" target="_blank" title="Chia sẻ bài viết lên facebook">Chia sẻ bài viết lên facebook</a>
<a href="https://twitter.com/share" target="_blank" title="Chia sẻ bài viết lên twitter">Chia sẻ bài viết lên twitter</a>
<a href="javascript:void(0)" title="Chia sẻ bài viết lên google+">Chia sẻ bài viết lên google+</a></div>
<div class="content-news" id="content_detail">
{b.html}
</div>
{by}
{att}
<div class="print-mail"><a href="javascript:window.print()">In bài viết</a> <a href="mailto:?subject=Tin%20t%E1%BB%A9c">Gửi email</a></div>
</div>
<div class="other-news"><h3 class="title-other">Các tin khác</h3><ul>{olist}</ul></div>"""
        must = ["A-", "A+", "Tăng tương phản", "Giảm tương phản", "Chia sẻ bài viết lên facebook",
                "Chia sẻ bài viết lên twitter", "In bài viết", "Gửi email", "Các tin khác",
                "Thống kê truy cập", "Bản quyền thuộc về " + site.cfg["title"], "Liên kết website",
                "Hotline: " + site.cfg["phone"]]
        if others:
            must.append(others[0].title)
        if att:
            must.append("Tệp đính kèm:")
        if by:
            must.append("Tác giả:")
        site.article(it, _shell(site, it.title, main), b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)
    for base, heading in [("/tin-tuc-su-kien", "Tin tức - Sự kiện"), (f"/tin-tuc-su-kien/{CAT[0]}", CAT[1])]:
        def route(n: int, base=base) -> str:
            return base if n == 1 else f"{base}?page={n}"
        for n, chunk in enumerate(pages, 1):
            rows = "".join(f"""<div class="item-news"><a class="img" href="{i.route}"><img src="{next(iter(i.image_routes.values()), '/static/edu/img/no-image.png')}" alt=""></a>
<h3><a href="{i.route}">{esc(i.title)}</a></h3><p class="time">{dmy(i.date)}</p><p class="desc">{esc(teaser(i))}</p></div>"""
                           for i in chunk)
            pager = page_numbers(route, n, len(pages), prev="‹", next_="›", cls="pagination", li=True)
            site.listing(route(n), _shell(site, heading, f'<h2 class="title-cate">{esc(heading)}</h2>{rows}{pager}'))
    home = ('<div class="home-news"><h2 class="title-cate"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></h2><ul>'
            + "".join(f'<li><a href="{i.route}">{esc(i.title)}</a></li>' for i in ordered[:4]) + "</ul></div>")
    site.add("/", _shell(site, site.cfg["title"], home))
    for r, name in [("/tin-tuc-su-kien/hoat-dong-nha-truong", "Hoạt động nhà trường"),
                    ("/van-ban-cong-van", "Văn bản - Công văn")]:
        site.listing(r, _shell(site, name, f'<h2 class="title-cate">{esc(name)}</h2><p>Chưa có dữ liệu.</p>'))
    for r, name in [("/gioi-thieu/lich-su-phat-trien", "Lịch sử phát triển"), ("/lien-he", "Liên hệ"),
                    ("/dang-nhap", "Đăng nhập")]:
        site.add(r, _shell(site, name, f"<h2>{esc(name)}</h2><p>{esc(site.cfg['address'])}</p>"))
    site.add("/static/edu/css/portal.css", "body{font-family:Roboto}\n", type="text/css")
    site.add("/static/edu/js/portal.js", "/* portal */\n", type="application/javascript")
    site.image("/static/edu/img/logo.png")
    site.image("/static/edu/img/no-image.png")
    site.robots = "User-agent: *\nDisallow: /dang-nhap\nDisallow: /tim-kiem\n"
    return ["/tin-tuc-su-kien"]
