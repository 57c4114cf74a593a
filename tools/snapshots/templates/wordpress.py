"""WordPress, two themes.

* ``daklak``: a department theme with "Lượt xem:" and the "Đọc bài viết" read-aloud
  widget (Giọng nam / Giọng nữ), Gutenberg ``wp-block-image`` figures, RSS at /feed/.
* ``gocong``: a school theme with "Bài viết liên quan", a comment thread and the
  standard comment form ("Trả lời", "Email của bạn sẽ không được hiển thị công khai...").

Both: ``article.post`` / ``div.entry-content``, ``article:published_time`` meta,
listings at ``/``, ``/page/2/``, ``/category/<cat>/page/2/``, tag pages, ``?p=N`` shortlinks.
"""
from __future__ import annotations

from render import Style, body, byline, chunks, dmy, esc, iso, page_numbers, related, teaser
from sitebuild import Site

PER_PAGE = 3


def _theme(site: Site) -> dict:
    if site.cfg["theme"] == "daklak":
        return {"slug": "gddt", "cat": ("tin-tuc-su-kien", "Tin tức - Sự kiện"), "ver": "5.9.3",
                "style": Style(para="justify", caption="figcaption", lists="ul", signature="right-strong"),
                "extra_cats": [("thong-bao", "Thông báo"), ("cong-tac-dang", "Công tác Đảng")]}
    return {"slug": "tcngocong", "cat": ("tin-tuc", "Tin tức"), "ver": "6.2.2",
            "style": Style(para="unclosed", caption="wp-caption", lists="dash-p", signature="last-p",
                           nbsp=True),
            "extra_cats": [("tuyen-sinh", "Tuyển sinh"), ("dang-doan-the", "Đảng - Đoàn thể")]}


def _date_text(site: Site, item) -> str:
    if site.cfg["theme"] == "daklak":
        return dmy(item.date)
    return f"{item.date.day} Tháng {item.date.month}, {item.date.year}"


def _head(site: Site, t: dict, title: str, extra: str = "") -> str:
    name = esc(site.cfg["title"])
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {name}</title>
<link rel="alternate" type="application/rss+xml" title="{name} &raquo; Dòng thông tin" href="/feed/">
<link rel="stylesheet" id="theme-style-css" href="/wp-content/themes/{t['slug']}/style.css?ver={t['ver']}" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver={t['ver']}" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.6.0" id="jquery-core-js"></script>
{extra}</head>
"""


def _header(site: Site, t: dict) -> str:
    cat, cat_name = t["cat"]
    extra = "\n".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="/category/{c}/">{esc(n)}</a></li>'
                      for c, n in t["extra_cats"])
    return f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/logo.png" alt="logo" class="custom-logo"></a>
<p class="site-title"><a href="/" rel="home">{esc(site.cfg['title'])}</a></p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu">Menu</button>
<ul id="primary-menu" class="menu">
<li class="menu-item menu-item-home"><a href="/">Trang chủ</a></li>
<li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li>
<li class="menu-item menu-item-type-taxonomy current-menu-item"><a href="/category/{cat}/">{esc(cat_name)}</a></li>
{extra}
<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li>
</ul></nav>
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span>
<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></label>
<input type="submit" class="search-submit" value="Tìm kiếm"></form>
</header>
<div id="content" class="site-content">
"""


def _sidebar(site: Site, t: dict) -> str:
    recent = sorted(site.items, key=lambda i: (i.data["published"], i.num), reverse=True)[:5]
    lis = "\n".join(f'<li><a href="{i.route}">{esc(i.title)}</a><span class="post-date">{dmy(i.date)}</span></li>'
                    for i in recent)
    cats = "\n".join(f'<li class="cat-item"><a href="/category/{c}/">{esc(n)}</a></li>'
                     for c, n in [t["cat"], *t["extra_cats"]])
    return f"""<aside id="secondary" class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>
<ul>
{lis}
</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>
{cats}
</ul></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Liên kết website</h2>
<div class="textwidget custom-html-widget"><ul><li><a href="https://moet.gov.vn/" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://www.facebook.com/{t['slug']}" target="_blank" rel="noopener">Fanpage Facebook</a></li></ul></div></section>
<section id="counter-2" class="widget widget_counter"><h2 class="widget-title">Thống kê truy cập</h2>
<ul class="counter"><li>Đang online: 17</li><li>Hôm nay: 412</li><li>Tổng lượt truy cập: 1.287.349</li></ul></section>
</aside>
"""


def _footer(site: Site) -> str:
    c = site.cfg
    return f"""</div><!-- #content -->
<footer id="colophon" class="site-footer">
<div class="site-info"><p>Bản quyền thuộc về {esc(c['title'])}</p>
<p>Địa chỉ: {esc(c['address'])} - Điện thoại: {esc(c['phone'])}</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</footer></div><!-- #page -->
<script src="/wp-content/themes/{_theme(site)['slug']}/js/navigation.js?ver=1.0" id="theme-navigation-js"></script>
</body>
</html>
"""


def _post_id(item) -> int:
    return 1000 + item.num * 137 + len(item.site) * 11


def _listing(site: Site, t: dict, route_of, n_pages: int, page: int, items, heading: str) -> str:
    posts = []
    for it in items:
        posts.append(f"""<article id="post-{_post_id(it)}" class="post-{_post_id(it)} post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header"><h2 class="entry-title"><a href="{it.route}" rel="bookmark">{esc(it.title)}</a></h2>
<div class="entry-meta"><span class="posted-on"><a href="{it.route}" rel="bookmark"><time class="entry-date published" datetime="{iso(it)}">{_date_text(site, it)}</time></a></span></div></header>
<div class="entry-summary"><p>{esc(teaser(it))}</p></div>
<a class="more-link" href="{it.route}">Đọc tiếp<span class="screen-reader-text"> "{esc(it.title)}"</span></a>
</article>""")
    pager = page_numbers(route_of, page, n_pages, prev="« Trang trước", next_="Trang sau »", cls="nav-links")
    return (_head(site, t, heading if page == 1 else f"{heading} &#8211; Trang {page}")
            + '<body class="archive category">\n' + _header(site, t)
            + f'<div id="primary" class="content-area"><main id="main" class="site-main">\n'
            f'<header class="page-header"><h1 class="page-title">{esc(heading)}</h1></header>\n'
            + "\n".join(posts)
            + f'\n<nav class="navigation pagination" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2>\n{pager}\n</nav>\n'
            + "</main></div>\n" + _sidebar(site, t) + _footer(site))


def _comments(item) -> tuple[str, list[str]]:
    n = item.num
    thread = ""
    texts = ["Để lại một bình luận", "Email của bạn sẽ không được hiển thị công khai.",
             "Các trường bắt buộc được đánh dấu"]
    if n % 2 == 1:
        thread = f"""<h2 class="comments-title">1 bình luận về &ldquo;{esc(item.title)}&rdquo;</h2>
<ol class="comment-list"><li id="comment-{40 + n}" class="comment even thread-even depth-1">
<article id="div-comment-{40 + n}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Cựu học sinh K15</b> <span class="says">viết:</span></div>
<div class="comment-metadata"><a href="{item.route}#comment-{40 + n}"><time datetime="{item.data['published']}T20:11:00+07:00">{dmy(item.date)} lúc 20:11</time></a></div></footer>
<div class="comment-content"><p>Chúc mừng nhà trường, mong Đảng bộ tiếp tục phát huy.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{item.route}?replytocom={40 + n}#respond">Trả lời</a></div>
</article></li></ol>"""
        texts += ["Cựu học sinh K15", "Chúc mừng nhà trường, mong Đảng bộ tiếp tục phát huy."]
    form = f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{item.route}#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label><input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" size="30" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận"></p>
</form></div>"""
    return f'<div id="comments" class="comments-area">{thread}{form}</div>', texts


def build(site: Site) -> list[str]:
    t = _theme(site)
    cat, cat_name = t["cat"]
    items = site.items
    for it in items:
        it.route = f"/{it.slug}/"
    for it in items:
        ym = f"{it.date.year}/{it.date.month:02d}"
        it.image_routes = {b["img"]: f"/wp-content/uploads/{ym}/{b['img']}" for b in it.blocks if "img" in b}
        it.attachment_routes = [f"/wp-content/uploads/{ym}/{a}" for a in it.data.get("attachments") or []]
    ordered = sorted(items, key=lambda i: (i.data["published"], i.num), reverse=True)
    pages = chunks(ordered, PER_PAGE)

    def home_route(n: int) -> str:
        return "/" if n == 1 else f"/page/{n}/"

    def cat_route(n: int) -> str:
        return f"/category/{cat}/" if n == 1 else f"/category/{cat}/page/{n}/"

    tags: dict[str, list] = {}
    for it in items:
        for tag in it.data.get("tags") or []:
            tags.setdefault(tag, []).append(it)

    for idx, it in enumerate(ordered):
        b = body(it, t["style"], lambda name, it=it: it.image_routes[name])
        for r in it.image_routes.values():
            site.image(r)
        pid = _post_id(it)
        meta = (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(it.title)}">\n'
                f'<meta property="article:published_time" content="{iso(it)}">\n'
                f'<meta property="article:section" content="{esc(cat_name)}">\n'
                f'<link rel="canonical" href="{it.route}">\n<link rel="shortlink" href="/?p={pid}">\n')
        site.redirect(f"/?p={pid}", it.route)
        must = ["Bản quyền thuộc về " + site.cfg["title"], "Bài viết mới", "Thống kê truy cập",
                "Tổng lượt truy cập: 1.287.349", "Trang chủ", "Liên kết website"]
        tag_html = ""
        if it.data.get("tags"):
            links = ", ".join(f'<a href="/tag/{_tag_slug(x)}/" rel="tag">{esc(x)}</a>' for x in it.data["tags"])
            tag_html = f'<span class="tags-links">Từ khóa: {links}</span>'
            must.append("Từ khóa:")
        att = ""
        if it.attachment_routes:
            lis = "".join(f'<li><a href="{r}">{esc(r.rsplit("/", 1)[-1])}</a></li>' for r in it.attachment_routes)
            att = f'<div class="wp-block-file-list"><p><strong>Tệp đính kèm:</strong></p><ul>{lis}</ul></div>'
            for r in it.attachment_routes:
                site.pdf(r, it.title)
            must.append("Tệp đính kèm:")
        by = byline(it, ' <span class="byline">Đăng bởi <span class="author vcard">{a}</span></span>')
        if by:
            must.append("Đăng bởi")
        widget = ""
        views = ""
        if site.cfg["theme"] == "daklak":
            views = f'<span class="post-views-meta"><i class="fa fa-eye"></i> Lượt xem: <span class="post-views-count">{it.views}</span></span>'
            widget = ("<div class=\"rv-audio-player\" id=\"rv_player\"><button type=\"button\" class=\"rv-play\">"
                      "<span>Đọc bài viết</span></button> <select class=\"rv-voice\" aria-label=\"Giọng đọc\">"
                      "<option value=\"female\">Giọng nữ</option><option value=\"male\">Giọng nam</option>"
                      "</select></div>")
            must += ["Lượt xem:", "Đọc bài viết", "Giọng nữ", "Giọng nam"]
        newer = ordered[idx - 1] if idx > 0 else None
        older = ordered[idx + 1] if idx + 1 < len(ordered) else None
        nav = '<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links">'
        if older:
            nav += f'<div class="nav-previous"><a href="{older.route}" rel="prev"><span class="meta-nav">Bài viết trước</span> {esc(older.title)}</a></div>'
            must.append("Bài viết trước")
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.route}" rel="next"><span class="meta-nav">Bài viết sau</span> {esc(newer.title)}</a></div>'
            must.append("Bài viết sau")
        nav += "</div></nav>"
        rel = ""
        comments = ""
        if site.cfg["theme"] == "gocong":
            rels = related(items, it, 3)
            rel = ('<div class="related-posts"><h3 class="related-title">Bài viết liên quan</h3><ul>'
                   + "".join(f'<li><a href="{r.route}">{esc(r.title)}</a> <span class="date">({dmy(r.date)})</span></li>'
                             for r in rels) + "</ul></div>")
            must.append("Bài viết liên quan")
            if rels:
                must.append(rels[0].title)
            comments, ctexts = _comments(it)
            must += ctexts
            if it.num % 2 == 1:
                must.append("Trả lời")
        html = (_head(site, t, it.title, meta)
                + f'<body class="post-template-default single single-post postid-{pid} single-format-standard">\n'
                + _header(site, t)
                + '<div id="primary" class="content-area"><main id="main" class="site-main">\n'
                + f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-{cat}">\n'
                + f'<header class="entry-header"><h1 class="entry-title">{esc(it.title)}</h1>\n'
                + f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(it)}">{_date_text(site, it)}</time></span>{by} {views}</div></header>\n'
                + widget
                + f'\n<div class="entry-content">\n{b.html}\n{att}\n</div><!-- .entry-content -->\n'
                + f'<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="{cat_route(1)}" rel="category tag">{esc(cat_name)}</a></span> {tag_html}</footer>\n'
                + "</article>\n" + nav + rel + comments
                + "\n</main></div>\n" + _sidebar(site, t) + _footer(site))
        site.article(it, html, b.paragraphs, b.captions, b.author, must)

    for n, chunk in enumerate(pages, 1):
        site.listing(home_route(n), _listing(site, t, home_route, len(pages), n, chunk, site.cfg["title"]))
        site.listing(cat_route(n), _listing(site, t, cat_route, len(pages), n, chunk, cat_name))
    for c, name in t["extra_cats"]:
        site.listing(f"/category/{c}/", _empty(site, t, name))
    for tag, its in sorted(tags.items()):
        site.listing(f"/tag/{_tag_slug(tag)}/", _listing(site, t, lambda n, s=_tag_slug(tag): f"/tag/{s}/",
                                                          1, 1, its, f"Thẻ: {tag}"))
    site.add("/gioi-thieu/", _static(site, t, "Giới thiệu",
                                     f"<p>{esc(site.cfg['title'])} là cơ quan chuyên môn trực thuộc UBND tỉnh.</p>"))
    site.add("/lien-he/", _static(site, t, "Liên hệ",
                                  f"<p>Địa chỉ: {esc(site.cfg['address'])}</p><p>Điện thoại: {esc(site.cfg['phone'])}</p>"))
    site.add("/feed/", _rss(site, ordered), type="application/rss+xml; charset=utf-8")
    site.add(f"/wp-content/themes/{t['slug']}/style.css?ver={t['ver']}", "body{font-family:Arial}\n", type="text/css")
    site.add(f"/wp-includes/css/dist/block-library/style.min.css?ver={t['ver']}", ".wp-block-image{margin:0}\n",
             type="text/css")
    site.add("/wp-includes/js/jquery/jquery.min.js?ver=3.6.0", "/*! jQuery placeholder */\n",
             type="application/javascript")
    site.add(f"/wp-content/themes/{t['slug']}/js/navigation.js?ver=1.0", "/* navigation */\n",
             type="application/javascript")
    site.image("/wp-content/uploads/logo.png")
    site.robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
    # replytocom links (WordPress adds them to every comment): same page, must still be a route
    for it in items:
        if site.cfg["theme"] == "gocong" and it.num % 2 == 1:
            site.redirect(f"{it.route}?replytocom={40 + it.num}", it.route)
    return [f"/category/{cat}/"] if site.cfg["theme"] == "daklak" else ["/"]


def _tag_slug(tag: str) -> str:
    from content import slugify
    return slugify(tag)


def _empty(site: Site, t: dict, name: str) -> str:
    return (_head(site, t, name) + '<body class="archive category">\n' + _header(site, t)
            + f'<div id="primary" class="content-area"><main id="main" class="site-main">'
            f'<header class="page-header"><h1 class="page-title">{esc(name)}</h1></header>'
            '<section class="no-results not-found"><p>Không tìm thấy bài viết nào trong chuyên mục này.</p></section>'
            "</main></div>\n" + _sidebar(site, t) + _footer(site))


def _static(site: Site, t: dict, name: str, inner: str) -> str:
    return (_head(site, t, name) + '<body class="page-template-default page">\n' + _header(site, t)
            + f'<div id="primary" class="content-area"><main id="main" class="site-main"><article class="page type-page">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(name)}</h1></header>'
            f'<div class="entry-content">{inner}</div></article></main></div>\n' + _sidebar(site, t) + _footer(site))


def _rss(site: Site, ordered) -> str:
    items = []
    for it in ordered:
        d = it.date
        day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
        items.append(f"""<item>
<title>{esc(it.title)}</title>
<link>{it.route}</link>
<pubDate>{day}, {d.day:02d} {mon} {d.year} {it.time}:00 +0700</pubDate>
<guid isPermaLink="false">/?p={_post_id(it)}</guid>
<description><![CDATA[{teaser(it)}]]></description>
</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(site.cfg['title'])}</title>
<link>/</link>
<description>Tin tức</description>
<language>vi</language>
{chr(10).join(items)}
</channel>
</rss>
"""
