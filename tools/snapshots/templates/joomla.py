"""Joomla 3 with SEF URLs off (Sở GD&ĐT Hà Giang style): ``/index.php?option=com_content&...``,
``div.item-page`` with ``itemprop="articleBody"``, ``dl.article-info`` ("Chi tiết", "Được đăng ngày",
"Lượt xem"), print / e-mail icons, ``ul.pagination-list`` with ``&start=N``, module positions
("Tin mới", "Liên kết website"), and "Các bài viết khác" (mod_related_items).
"""
from __future__ import annotations

from render import Style, assets, body, byline, by_date, chunks, esc, iso, teaser, weekday
from sitebuild import Site

PER_PAGE = 3
CATID, ITEMID = 12, 105
STYLE = Style(para="justify", caption="p-em", lists="ul", signature="div-right", lead="p-b")


def _cat_route(start: int = 0) -> str:
    r = f"/index.php?option=com_content&view=category&id={CATID}&Itemid={ITEMID}"
    return r if start == 0 else f"{r}&start={start}"


def _shell(site: Site, title: str, main: str, extra_head: str = "") -> str:
    c = site.cfg
    amp = "&amp;"
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="/" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
{extra_head}<title>{esc(title)}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?8a6e2b" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8a6e2b"></script>
</head>
<body class="site com_content view-article no-layout no-task itemid-{ITEMID}">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/banner/banner-sgd-hagiang.png" alt="{esc(c['title'])}" /></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div></div></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php">Trang chủ</a></li>
<li class="item-102"><a href="/index.php?option=com_content{amp}view=article{amp}id=2{amp}Itemid=102">Giới thiệu</a></li>
<li class="item-{ITEMID} current active"><a href="{esc(_cat_route())}">Tin tức - Sự kiện</a></li>
<li class="item-110"><a href="/index.php?option=com_content{amp}view=category{amp}id=15{amp}Itemid=110">Văn bản chỉ đạo</a></li>
<li class="item-120"><a href="/index.php?option=com_contact{amp}view=contact{amp}id=1{amp}Itemid=120">Liên hệ</a></li></ul></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{esc(_cat_route())}" class="pathway"><span itemprop="name">Tin tức - Sự kiện</span></a></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews mod-list">
{"".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(i.route)}" itemprop="url"><span itemprop="name">{esc(i.title)}</span></a></li>' for i in by_date(site.items)[:4])}
</ul></div>
<div class="well "><h3 class="page-header">Liên kết website</h3><div class="custom"><p><a href="https://moet.gov.vn" target="_blank" rel="noopener noreferrer">Bộ Giáo dục và Đào tạo</a></p></div></div>
<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div class="vcnt"><div>Hôm nay: 233</div><div>Tổng lượt truy cập: 1.802.557</div><div>Đang online: 11</div></div></div>
</div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<div class="custom"><p style="text-align: center;"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ GIANG</strong></p>
<p style="text-align: center;">Địa chỉ: {esc(c['address'])} - Điện thoại: {esc(c['phone'])}</p>
<p style="text-align: center;">Bản quyền thuộc về Sở Giáo dục và Đào tạo Hà Giang</p></div>
<p class="pull-right"><a href="#top" id="back-top">Trở lên trên</a></p></div></footer>
</body>
</html>
"""


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        aid = 300 + it.num * 23
        it.route = f"/index.php?option=com_content&view=article&id={aid}:{it.slug[:50].rstrip('-')}&catid={CATID}&Itemid={ITEMID}"
    for it in items:
        default = [f"ke-hoach-{it.slug[:30].rstrip('-')}.pdf"] if it.num in (1, 3) else None
        assets(site, it, lambda n: f"/images/tin-tuc/{n}", lambda n: f"/images/van-ban/{n}", default)
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        d = it.date
        aid = it.route.split("id=")[1].split(":")[0]
        mail = f"/index.php?option=com_mailto&tmpl=component&link={aid}"
        site.add(mail, _mailto(site))
        att = ""
        if it.attachment_routes:
            att = ('<div class="attachmentsContainer"><table class="attachmentsList"><caption>Tập tin đính kèm:</caption><tbody>'
                   + "".join(f'<tr><td class="at_filename"><a class="at_url" href="{r}" target="_blank">{esc(r.rsplit("/", 1)[-1])}</a></td></tr>'
                             for r in it.attachment_routes) + "</tbody></table></div>")
        others = [o for o in ordered if o.key != it.key][:3]
        rel = ('<div class="moduletable"><h3>Các bài viết khác</h3><ul class="relateditems mod-list">'
               + "".join(f'<li><a href="{esc(o.route)}">{esc(o.title)}</a></li>' for o in others) + "</ul></div>")
        main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(it.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a>
<ul class="dropdown-menu"><li class="print-icon"><a href="#" onclick="window.print();return false;" title="In bài viết" rel="nofollow"><span class="icon-print"></span>In</a></li>
<li class="email-icon"><a href="{esc(mail)}" title="Gửi email bài viết này tới bạn bè" rel="nofollow"><span class="icon-envelope"></span>Email</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
{byline(it, '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user"></span> Viết bởi <span itemprop="name">{a}</span></dd>')}
<dd class="category-name"><span class="icon-folder-open"></span> Chuyên mục: <a href="{esc(_cat_route())}" itemprop="genre">Tin tức - Sự kiện</a></dd>
<dd class="published"><span class="icon-calendar"></span> <time datetime="{iso(it)}" itemprop="datePublished">Được đăng ngày {weekday(d)}, {d.day:02d} Tháng {d.month} {d.year} {it.time}</time></dd>
<dd class="hits"><span class="icon-eye-open"></span> <meta itemprop="interactionCount" content="UserPageVisits:{it.views}" />Lượt xem: {it.views}</dd>
</dl>
<div itemprop="articleBody">
{b.html}
</div>
{att}
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="{esc(ordered[(ordered.index(it) + 1) % len(ordered)].route)}" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>
<li class="next"><a class="hasTooltip" href="{esc(ordered[ordered.index(it) - 1].route)}" rel="next">Tiếp theo <span class="icon-chevron-right"></span></a></li></ul>
</div>
{rel}"""
        must = ["Chi tiết", "Được đăng ngày", "Lượt xem:", "Các bài viết khác", "Tin mới", "Liên kết website",
                "Thống kê truy cập", "Bản quyền thuộc về Sở Giáo dục và Đào tạo Hà Giang", "Bạn đang ở:",
                "Trở lên trên", "Tiếp theo"]
        if others:
            must.append(others[0].title)
        if att:
            must.append("Tập tin đính kèm:")
        if it.author_style == "byline":
            must.append("Viết bởi")
        site.article(it, _shell(site, it.title, main, f'<meta name="author" content="{esc(it.author or "Quản trị")}" />\n'),
                     b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)
    for n, chunk in enumerate(pages, 1):
        rows = "".join(f"""<div class="items-row cols-1 row-{k} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{esc(i.route)}" itemprop="url">{esc(i.title)}</a></h2></div>
<dl class="article-info muted"><dd class="published"><time datetime="{iso(i)}">Được đăng ngày {weekday(i.date)}, {i.date.day:02d} Tháng {i.date.month} {i.date.year}</time></dd></dl>
<p>{esc(teaser(i))}</p>
<p class="readmore"><a class="btn" href="{esc(i.route)}" itemprop="url"><span class="icon-chevron-right"></span> Xem thêm: {esc(i.title[:40])}...</a></p></div></div></div>"""
                       for k, i in enumerate(chunk))
        pl = [f'<li><a title="Bắt đầu" href="{esc(_cat_route())}" class="pagenav">Bắt đầu</a></li>']
        if n > 1:
            pl.append(f'<li><a title="Lùi" href="{esc(_cat_route((n - 2) * PER_PAGE))}" class="pagenav">Lùi</a></li>')
        for k in range(1, len(pages) + 1):
            if k == n:
                pl.append(f'<li class="active"><a>{k}</a></li>')
            else:
                pl.append(f'<li><a title="{k}" href="{esc(_cat_route((k - 1) * PER_PAGE))}" class="pagenav">{k}</a></li>')
        if n < len(pages):
            pl.append(f'<li><a title="Tiếp" href="{esc(_cat_route(n * PER_PAGE))}" class="pagenav">Tiếp</a></li>')
        pl.append(f'<li><a title="Cuối" href="{esc(_cat_route((len(pages) - 1) * PER_PAGE))}" class="pagenav">Cuối</a></li>')
        pager = (f'<div class="pagination"><p class="counter pull-right">Trang {n} / {len(pages)}</p>'
                 f'<ul class="pagination-list">{"".join(pl)}</ul></div>')
        main = f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h2>Tin tức - Sự kiện</h2></div>{rows}{pager}</div>'
        site.listing(_cat_route((n - 1) * PER_PAGE), _shell(site, "Tin tức - Sự kiện", main))
    home = ('<div class="blog-featured"><h2>Tin nổi bật</h2>'
            + "".join(f'<div class="item"><h3><a href="{esc(i.route)}">{esc(i.title)}</a></h3><p>{esc(teaser(i, 120))}</p></div>' for i in ordered[:3])
            + "</div>")
    site.add("/index.php", _shell(site, site.cfg["title"], home))
    site.redirect("/", "/index.php", 303)
    site.add("/index.php?option=com_content&view=article&id=2&Itemid=102",
             _shell(site, "Giới thiệu", '<div class="item-page"><h2>Giới thiệu</h2><p>Sở GD&amp;ĐT Hà Giang là cơ quan chuyên môn thuộc UBND tỉnh Hà Giang.</p></div>'))
    site.listing("/index.php?option=com_content&view=category&id=15&Itemid=110",
                 _shell(site, "Văn bản chỉ đạo", '<div class="category-list"><h2>Văn bản chỉ đạo</h2><p>Chưa có bài viết nào trong chuyên mục này.</p></div>'))
    site.add("/index.php?option=com_contact&view=contact&id=1&Itemid=120",
             _shell(site, "Liên hệ", f'<div class="contact"><h2>Liên hệ</h2><p>{esc(site.cfg["address"])}</p></div>'))
    site.add("/templates/protostar/css/template.css?8a6e2b", "body{margin:0}\n", type="text/css")
    site.add("/media/jui/js/jquery.min.js?8a6e2b", "/* jquery */\n", type="application/javascript")
    site.add("/templates/protostar/favicon.ico", b"\x00\x00\x01\x00", type="image/vnd.microsoft.icon")
    site.image("/images/banner/banner-sgd-hagiang.png")
    site.robots = ("User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /components/\n"
                   "Disallow: /includes/\nDisallow: /tmp/\n")
    return [_cat_route()]


def _mailto(site: Site) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn"><head><meta charset="utf-8" /><title>Gửi email bài viết này tới bạn bè</title></head>
<body class="contentpane modal"><div id="mailto-window"><h2>Gửi email bài viết này tới bạn bè.</h2>
<form action="/index.php" id="mailtoForm" method="post"><p><label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" /></p>
<p><button class="button" type="submit">Gửi</button></p></form></div></body></html>
"""
