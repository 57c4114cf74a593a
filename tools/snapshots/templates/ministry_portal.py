"""A Ministry-style SharePoint portal section "Tin từ các địa phương" (moet.gov.vn-like), no
profile and no province: each article is about a different province (dateline "(GD&ĐT) - ...").

``/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=<N>`` articles, the body in
``div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField"``, date
"Thứ hai, 05/08/2019 08:43", listing ``/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx`` + ``?Page=2``,
"Tin liên quan", "Chia sẻ", "In trang", "Bản quyền thuộc về Bộ Giáo dục và Đào tạo".
"""
from __future__ import annotations

from render import Style, assets, body, byline, by_date, chunks, dmy, esc, teaser, weekday
from sitebuild import Site

PER_PAGE = 3
SEC = "/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx"
STYLE = Style(para="justify", caption="table", lists="ul", signature="right-strong", lead="div-sapo")


def _shell(site: Site, title: str, main: str) -> str:
    c = site.cfg
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D">
<script type="text/javascript" src="/_layouts/15/init.js?rev=cXRy5Q"></script>
</head>
<body>
<form method="post" action="{SEC}" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZQ==" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-moet"><a href="/"><img src="/PublishingImages/logo-bo.png" alt="Bộ Giáo dục và Đào tạo"></a>
<div class="top-links"><a href="/">Trang chủ</a> | <a href="/gioi-thieu/Pages/default.aspx">Giới thiệu</a> | <a href="/tin-tuc/Pages/default.aspx">Tin tức</a> | <a href="/van-ban/Pages/default.aspx">Văn bản</a> | <a href="https://www.facebook.com/" target="_blank">Facebook</a></div></div>
<div class="breadcrumb-moet"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc/Pages/default.aspx">Tin tức</a> &gt; <a href="{SEC}">Tin từ các địa phương</a></div>
<div class="ms-table"><div class="col-main" id="ctl00_PlaceHolderMain_divMain">
{main}
</div>
<div class="col-side">
<div class="side-box"><div class="side-title">Tin nổi bật</div><ul>{"".join(f'<li><a href="{i.route}">{esc(i.title)}</a></li>' for i in by_date(site.items)[:3])}</ul></div>
<div class="side-box"><div class="side-title">Dịch vụ công trực tuyến</div><a href="https://dichvucong.moet.gov.vn" target="_blank">Cổng dịch vụ công</a></div>
</div></div>
<div class="footer-moet"><p>Bản quyền thuộc về Bộ Giáo dục và Đào tạo.</p>
<p>Địa chỉ: {esc(c['address'])} - Điện thoại: {esc(c['phone'])}</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử Bộ Giáo dục và Đào tạo" khi phát hành lại thông tin từ website này.</p></div>
</div></div>
</form>
</body>
</html>
"""


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        it.route = f"{SEC}?ItemID={6200 + it.num * 13}"
    for it in items:
        assets(site, it, lambda n: f"/tin-tuc/PublishingImages/{n}", lambda n: f"/van-ban/Documents/{n}")
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        rel = [o for o in ordered if o.key != it.key][:4]
        rlist = "".join(f'<li><a href="{o.route}">{esc(o.title)}</a> <span class="date">({dmy(o.date)})</span></li>' for o in rel)
        att = ""
        if it.attachment_routes:
            att = '<div class="attach">Văn bản đính kèm: ' + " ".join(f'<a href="{r}">{esc(r.rsplit("/", 1)[-1])}</a>' for r in it.attachment_routes) + "</div>"
        main = f"""<div class="news-detail">
<div class="news-title"><h1>{esc(it.title)}</h1></div>
<div class="news-date">{weekday(it.date)}, {dmy(it.date)} {it.time}</div>
<div class="news-tools"><a href="javascript:window.print();">In trang</a> <a href="https://www.facebook.com/sharer/sharer.php" target="_blank">Chia sẻ</a></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" style="display:inline">
{b.html}
</div>
{byline(it, '<div class="news-author" style="text-align:right;font-weight:bold">{a}</div>')}
{att}
</div>
<div class="related-news"><div class="related-title">Tin liên quan</div><ul>{rlist}</ul></div>"""
        must = ["In trang", "Chia sẻ", "Tin liên quan", "Tin nổi bật", "Dịch vụ công trực tuyến",
                "Bản quyền thuộc về Bộ Giáo dục và Đào tạo.", "Tin từ các địa phương"]
        if rel:
            must.append(rel[0].title)
        if att:
            must.append("Văn bản đính kèm:")
        site.article(it, _shell(site, it.title, main), b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)

    def route(n: int) -> str:
        return SEC if n == 1 else f"{SEC}?Page={n}"

    for n, chunk in enumerate(pages, 1):
        rows = "".join(f"""<div class="item-news"><div class="item-img"><img src="{next(iter(i.image_routes.values()), '/PublishingImages/no-image.jpg')}" alt=""></div>
<div class="item-info"><a class="item-title" href="{i.route}">{esc(i.title)}</a><div class="item-date">{dmy(i.date)}</div><div class="item-summary">{esc(teaser(i))}</div></div></div>"""
                       for i in chunk)
        links = []
        if n > 1:
            links.append(f'<a href="{route(n - 1)}" class="prev">&lt;</a>')
        links += [f'<span class="current">{k}</span>' if k == n else f'<a href="{route(k)}">{k}</a>' for k in range(1, len(pages) + 1)]
        if n < len(pages):
            links.append(f'<a href="{route(n + 1)}" class="next">&gt;</a>')
        site.listing(route(n), _shell(site, "Tin từ các địa phương", f'<h2 class="cat">Tin từ các địa phương</h2>{rows}<div class="paging">{" ".join(links)}</div>'))
    home = f'<h2 class="cat"><a href="{SEC}">Tin từ các địa phương</a></h2><ul>' + "".join(
        f'<li><a href="{i.route}">{esc(i.title)}</a></li>' for i in ordered[:4]) + "</ul>"
    site.add("/", _shell(site, "Bộ Giáo dục và Đào tạo", home))
    for r, name in [("/gioi-thieu/Pages/default.aspx", "Giới thiệu"), ("/van-ban/Pages/default.aspx", "Văn bản")]:
        site.add(r, _shell(site, name, f"<h2>{esc(name)}</h2><p>Đang cập nhật.</p>"))
    site.listing("/tin-tuc/Pages/default.aspx", _shell(site, "Tin tức", f'<h2>Tin tức</h2><ul><li><a href="{SEC}">Tin từ các địa phương</a></li></ul>'))
    site.add("/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D", ".ms-core{}\n", type="text/css")
    site.add("/_layouts/15/init.js?rev=cXRy5Q", "/* init */\n", type="application/javascript")
    site.image("/PublishingImages/logo-bo.png")
    site.image("/PublishingImages/no-image.jpg")
    site.robots = "User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\n"
    return [SEC]
