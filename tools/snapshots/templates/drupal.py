"""Drupal 8/9 district portal (sondong.bacgiang.gov.vn style): ``/node/<N>`` articles with
``node--type-article`` and ``field--name-body``, the author as the last body line, views
listing ``/tin-tuc/giao-duc`` with ``?page=1`` (zero-based, Drupal style), taxonomy term pages,
a block "Tin cùng chuyên mục", and ``/sitemap.xml`` announced in robots.txt.
"""
from __future__ import annotations

from render import Style, assets, body, byline, by_date, chunks, esc, teaser, weekday
from sitebuild import Site

PER_PAGE = 3
STYLE = Style(para="p", caption="p-em", lists="ul", signature="last-p")
WD = {"Thứ hai": "Thứ Hai", "Thứ ba": "Thứ Ba", "Thứ tư": "Thứ Tư", "Thứ năm": "Thứ Năm", "Thứ sáu": "Thứ Sáu",
      "Thứ bảy": "Thứ Bảy", "Chủ nhật": "Chủ Nhật"}


def _date(it) -> str:
    d = it.date
    return f"{WD[weekday(d)]}, {d.day:02d}/{d.month:02d}/{d.year} - {it.time}"


def _shell(site: Site, title: str, main: str, body_cls: str, extra_head: str = "") -> str:
    c = site.cfg
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
{extra_head}<title>{esc(title)} | {esc(c['title'])}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hf3kR6.css" />
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.0"></script>
</head>
<body class="{body_cls}">
<a href="#main-content" class="visually-hidden focusable skip-link">Bỏ qua nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header">
<div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo-sondong.png" alt="Trang chủ" /></a>
<div class="site-name"><a href="/" rel="home">{esc(c['title'].upper())}</a></div></div></div></header>
<nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="menu">
<li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li>
<li class="menu-item"><a href="/gioi-thieu">Giới thiệu</a></li>
<li class="menu-item menu-item--active-trail"><a href="/tin-tuc/giao-duc">Giáo dục - Đào tạo</a></li>
<li class="menu-item"><a href="/tin-tuc/kinh-te-xa-hoi">Kinh tế - Xã hội</a></li>
<li class="menu-item"><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li></ul></nav>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/giao-duc">Giáo dục - Đào tạo</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
{main}
</div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="views-element-container block block-views" id="block-views-block-van-ban-block-1"><h2>Văn bản mới</h2>
<div class="view-content"><div class="views-row"><a href="/thu-tuc-hanh-chinh">Kế hoạch tuyển sinh vào lớp 10 năm học mới</a></div></div></div>
<div class="block" id="block-lienket"><h2>Liên kết website</h2><ul><li><a href="https://bacgiang.gov.vn" target="_blank">Cổng TTĐT tỉnh Bắc Giang</a></li></ul></div>
<div class="block" id="block-thongke"><h2>Thống kê truy cập</h2><p>Đang online: 14</p><p>Tổng lượt truy cập: 912.044</p></div>
</div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><div id="block-footer" class="block block-block-content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SƠN ĐỘNG - TỈNH BẮC GIANG</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Sơn Động. Địa chỉ: {esc(c['address'])}. Điện thoại: {esc(c['phone'])}</p>
<p>Bản quyền thuộc về UBND huyện Sơn Động</p></div></div></div></footer>
</div></div>
<script src="/core/misc/drupal.js?v=9.5.3"></script>
</body>
</html>
"""


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        it.route = f"/node/{8800 + it.num * 41}"
    for it in items:
        assets(site, it, lambda n: f"/sites/default/files/styles/large/public/{n}",
               lambda n: f"/sites/default/files/{n}")
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        others = [o for o in ordered if o.key != it.key][:4]
        rows = "".join(f'<div class="views-row"><span class="field-content"><a href="{o.route}" hreflang="vi">{esc(o.title)}</a></span></div>'
                       for o in others)
        att = ""
        if it.attachment_routes:
            att = ('<div class="field field--name-field-file field--type-file field--label-above"><div class="field__label">Tệp đính kèm</div><div class="field__items">'
                   + "".join(f'<div class="field__item"><span class="file file--mime-application-pdf"><a href="{r}" type="application/pdf">{esc(r.rsplit("/", 1)[-1])}</a></span></div>'
                             for r in it.attachment_routes) + "</div></div>")
        nid = it.route.rsplit("/", 1)[-1]
        main = f"""<div class="region region-content">
<div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(it.title)}</span></h1></div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article role="article" about="{it.route}" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__meta">{byline(it, '<span class="field field--name-uid field--type-entity-reference field--label-hidden">Người đăng: <span>{a}</span></span> - ')}<span class="field field--name-created field--type-created field--label-hidden">{_date(it)}</span></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{b.html}</div>
{att}
<div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="/taxonomy/term/12" hreflang="vi">Giáo dục - Đào tạo</a></div></div>
</div>
</article></div>
<div class="views-element-container block block-views" id="block-views-block-tin-cung-chuyen-muc"><h2>Tin cùng chuyên mục</h2><div class="view view-tin-lien-quan"><div class="view-content">{rows}</div></div></div>
</div>"""
        must = ["Tin cùng chuyên mục", "Văn bản mới", "Liên kết website", "Thống kê truy cập",
                "Bản quyền thuộc về UBND huyện Sơn Động", "Bỏ qua nội dung chính"]
        if others:
            must.append(others[0].title)
        if att:
            must.append("Tệp đính kèm")
        if it.author_style == "byline":
            must.append("Người đăng:")
        head = (f'<link rel="canonical" href="{it.route}" />\n<link rel="shortlink" href="{it.route}" />\n'
                f'<meta property="og:title" content="{esc(it.title)}" />\n')
        site.article(it, _shell(site, it.title, main, f"path-node page-node-type-article node-{nid}", head),
                     b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)
    for base, name in [("/tin-tuc/giao-duc", "Giáo dục - Đào tạo"), ("/taxonomy/term/12", "Giáo dục - Đào tạo")]:
        def route(n: int, base=base) -> str:  # n is 1-based; Drupal shows ?page=0-based
            return base if n == 1 else f"{base}?page={n - 1}"
        for n, chunk in enumerate(pages, 1):
            rows = "".join(f"""<div class="views-row"><div class="views-field views-field-field-image"><a href="{i.route}"><img src="{next(iter(i.image_routes.values()), '/sites/default/files/noimage.png')}" alt="" /></a></div>
<div class="views-field views-field-title"><span class="field-content"><a href="{i.route}" hreflang="vi">{esc(i.title)}</a></span></div>
<div class="views-field views-field-created"><span class="field-content">{i.date.day:02d}/{i.date.month:02d}/{i.date.year}</span></div>
<div class="views-field views-field-body"><div class="field-content">{esc(teaser(i))}</div></div></div>""" for i in chunk)
            pl = []
            if n > 1:
                pl.append(f'<li class="pager__item pager__item--first"><a href="{route(1)}" title="Đến trang đầu">« Đầu</a></li>')
                pl.append(f'<li class="pager__item pager__item--previous"><a href="{route(n - 1)}" rel="prev">‹ Trước</a></li>')
            for k in range(1, len(pages) + 1):
                cls = " is-active" if k == n else ""
                pl.append(f'<li class="pager__item{cls}"><a href="{route(k)}" title="Đến trang {k}">{k}</a></li>')
            if n < len(pages):
                pl.append(f'<li class="pager__item pager__item--next"><a href="{route(n + 1)}" rel="next">Sau ›</a></li>')
                pl.append(f'<li class="pager__item pager__item--last"><a href="{route(len(pages))}">Cuối »</a></li>')
            pager = f'<nav class="pager" role="navigation"><ul class="pager__items js-pager__items">{"".join(pl)}</ul></nav>'
            main = (f'<div class="region region-content"><h1 class="page-title">{esc(name)}</h1>'
                    f'<div class="views-element-container"><div class="view view-tin-tuc view-display-id-page_1"><div class="view-content">{rows}</div>{pager}</div></div></div>')
            site.listing(route(n), _shell(site, name, main, "path-tin-tuc"))
    home = ('<div class="region region-content"><h2>Tin nổi bật</h2>'
            + "".join(f'<div class="views-row"><a href="{i.route}">{esc(i.title)}</a></div>' for i in ordered[:3])
            + '<a href="/tin-tuc/giao-duc">Xem tất cả</a></div>')
    site.add("/", _shell(site, "Trang chủ", home, "path-frontpage"))
    site.listing("/tin-tuc/kinh-te-xa-hoi", _shell(site, "Kinh tế - Xã hội", '<div class="view-empty">Chưa có nội dung.</div>', "path-tin-tuc"))
    for r, name in [("/gioi-thieu", "Giới thiệu"), ("/thu-tuc-hanh-chinh", "Thủ tục hành chính")]:
        site.add(r, _shell(site, name, f"<h1>{esc(name)}</h1><p>Đang cập nhật.</p>", "path-node"))
    site.add("/sites/default/files/css/css_Hf3kR6.css", "body{font-family:sans-serif}\n", type="text/css")
    site.add("/core/assets/vendor/jquery/jquery.min.js?v=3.6.0", "/* jquery */\n", type="application/javascript")
    site.add("/core/misc/drupal.js?v=9.5.3", "/* drupal */\n", type="application/javascript")
    site.image("/sites/default/files/logo-sondong.png")
    site.image("/sites/default/files/noimage.png")
    urls = "".join(f"<url><loc>{i.route}</loc><lastmod>{i.data['published']}</lastmod><changefreq>monthly</changefreq></url>\n"
                   for i in ordered)
    site.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
             f"<url><loc>/</loc><changefreq>daily</changefreq></url>\n{urls}</urlset>\n", type="application/xml")
    site.robots = ("User-agent: *\nDisallow: /admin/\nDisallow: /search/\nDisallow: /user/login\n"
                   "Disallow: /node/add/\nSitemap: /sitemap.xml\n")
    return ["/tin-tuc/giao-duc"]
