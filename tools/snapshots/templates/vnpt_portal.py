"""VNPT provincial e-portal (ASP.NET WebForms): one ``<form id="aspnetForm">`` around the page,
``ctl00_`` ids, the view counter shown *above* the title ("Lượt xem: 1250"), date "03/07/2020",
tool bar (In bài viết, Gửi email, share), "Tin cùng chuyên mục", sidebar (Văn bản mới, Lịch công
tác, Liên kết website, Thống kê truy cập), RSS feed at /rss/tin-tuc.rss.

Routes: ``/``, ``/tin-tuc`` + ``/tin-tuc?page=2``, ``/tin-tuc/<slug>-<id>.html``,
``/van-ban``, ``/lich-cong-tac``, ``/lien-he``, ``/tim-kiem``.
"""
from __future__ import annotations

from render import Style, assets, body, byline, by_date, chunks, dmy, esc, page_numbers, teaser
from sitebuild import Site

PER_PAGE = 3
STYLE = Style(para="p", caption="p-em", lists="dash-p", signature="right-strong", img_class="img-responsive")
VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1MmRkZ2Vp3K7xq4Jd0nQ1Qv1q0aX2vV8="


def _page(site: Site, title: str, main: str, extra_head: str = "") -> str:
    c = site.cfg
    menu = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in [
        ("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức - Sự kiện"),
        ("/van-ban", "Văn bản"), ("/lich-cong-tac", "Lịch công tác"), ("/lien-he", "Liên hệ")])
    recent = by_date(site.items)[:4]
    vb = "".join(f'<li><a href="/van-ban">{esc(x)}</a></li>' for x in [
        "Công văn số 1578/SGDĐT-GDTrH về việc hướng dẫn nhiệm vụ năm học",
        "Kế hoạch số 112/KH-SGDĐT tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh"])
    news = "".join(f'<li><a href="{i.route}">{esc(i.title)}</a></li>' for i in recent)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {esc(c['title'])}</title>
<link href="/App_Themes/Portal/css/style.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss/tin-tuc.rss" />
<script type="text/javascript" src="/Scripts/jquery-1.8.2.min.js"></script>
{extra_head}</head>
<body>
<form name="aspnetForm" method="post" action="./tin-tuc" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />
</div>
<div id="wrapper">
<div id="ctl00_header" class="header"><a href="/"><img src="/App_Themes/Portal/images/banner.jpg" alt="{esc(c['title'])}" /></a>
<div class="top-tools"><a href="/">Trang chủ</a> | <a href="/lien-he">Liên hệ</a> | <a href="/rss/tin-tuc.rss">RSS</a></div></div>
<div id="ctl00_menu" class="menu"><ul>{menu}</ul>
<div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" placeholder="Tìm kiếm..." /><a href="/tim-kiem">Tìm</a></div></div>
<div id="ctl00_ContentPlaceHolder1_pnMain" class="main-content">
<div class="col-left">
{main}
</div>
<div class="col-right" id="ctl00_rightPanel">
<div class="box"><div class="box-title">Văn bản mới</div><ul class="list">{vb}</ul></div>
<div class="box"><div class="box-title">Tin mới nhất</div><ul class="list">{news}</ul></div>
<div class="box"><div class="box-title">Lịch công tác</div><p><a href="/lich-cong-tac">Lịch công tác tuần của Lãnh đạo Sở</a></p></div>
<div class="box"><div class="box-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://www.soctrang.gov.vn">Cổng TTĐT tỉnh Sóc Trăng</option></select></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><div class="counter">Đang online: <b>25</b><br />Tổng lượt truy cập: <b>2.045.117</b></div></div>
</div>
</div>
<div id="ctl00_footer" class="footer"><p><b>Bản quyền thuộc về {esc(c['title'])}</b></p>
<p>Địa chỉ: {esc(c['address'])} - Điện thoại: {esc(c['phone'])}</p>
<p>Thiết kế và phát triển bởi VNPT Sóc Trăng</p></div>
</div>
</form>
</body>
</html>
"""


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        it.route = f"/tin-tuc/{it.slug[:70].rstrip('-')}-{2000 + it.num * 17}.html"
    for it in items:
        assets(site, it, lambda n, it=it: f"/Upload/Images/{it.date.year}/{it.date.month:02d}/{n}",
               lambda n: f"/Upload/Files/{n}")
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        same = [o for o in ordered if o.key != it.key][:4]
        others = "".join(f'<li><a href="{o.route}">{esc(o.title)}</a> <span class="date">({dmy(o.date)})</span></li>'
                         for o in same)
        att = ""
        if it.attachment_routes:
            att = '<div class="attach"><b>File đính kèm:</b> ' + " ".join(
                f'<a href="{r}">{esc(r.rsplit("/", 1)[-1])}</a>' for r in it.attachment_routes) + "</div>"
        by = byline(it, '<div class="author" style="text-align:right"><b>Tác giả:</b> {a}</div>')
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a></div>
<div class="news-detail" id="ctl00_ContentPlaceHolder1_ctl00_pnDetail">
<div class="view-count">Lượt xem: {it.views}</div>
<h1 class="title-detail" id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">{esc(it.title)}</h1>
<div class="date-detail"><span id="ctl00_ContentPlaceHolder1_ctl00_lblDate">{dmy(it.date)}</span></div>
<div class="tools"><a href="javascript:window.print();">In bài viết</a> | <a href="mailto:?subject={esc(it.slug)}">Gửi email</a> |
<a href="https://www.facebook.com/sharer/sharer.php" target="_blank" title="Chia sẻ bài viết lên facebook">Chia sẻ</a></div>
<div class="detail-content" id="ctl00_ContentPlaceHolder1_ctl00_divContent">
{b.html}
{att}
</div>
{by}
</div>
<div class="other-news"><div class="other-title">Tin cùng chuyên mục</div><ul>{others}</ul></div>"""
        must = ["Lượt xem:", "In bài viết", "Gửi email", "Tin cùng chuyên mục", "Văn bản mới",
                "Thống kê truy cập", "Bản quyền thuộc về " + site.cfg["title"], "Liên kết website",
                "Trang chủ", "Tin mới nhất"]
        if same:
            must.append(same[0].title)
        if att:
            must.append("File đính kèm:")
        if by:
            must.append("Tác giả:")
        site.article(it, _page(site, it.title, main), b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)

    def route(n: int) -> str:
        return "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}"

    for n, chunk in enumerate(pages, 1):
        rows = "".join(f"""<div class="news-item"><a href="{i.route}"><img src="{next(iter(i.image_routes.values()), '/App_Themes/Portal/images/noimage.jpg')}" alt="" class="thumb" /></a>
<a class="news-title" href="{i.route}">{esc(i.title)}</a> <span class="date">({dmy(i.date)})</span>
<p class="sapo">{esc(teaser(i))}</p></div>""" for i in chunk)
        pager = page_numbers(route, n, len(pages), prev="Trang trước", next_="Trang sau", cls="pager")
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; Tin tức - Sự kiện</div>'
                f'<h2 class="cat-title">Tin tức - Sự kiện</h2>{rows}{pager}')
        site.listing(route(n), _page(site, "Tin tức - Sự kiện", main))
    top = ordered[0]
    home = (f'<div class="hot-news"><a href="{top.route}"><b>{esc(top.title)}</b></a><p>{esc(teaser(top))}</p></div>'
            '<h2 class="cat-title"><a href="/tin-tuc">Tin tức - Sự kiện</a></h2><ul>'
            + "".join(f'<li><a href="{i.route}">{esc(i.title)}</a></li>' for i in ordered[1:4])
            + '</ul><p><a href="/tin-tuc">Xem tiếp »</a></p>')
    site.add("/", _page(site, "Trang chủ", home))
    for r, name, text in [("/gioi-thieu", "Giới thiệu", "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh."),
                          ("/van-ban", "Văn bản", "Danh sách văn bản chỉ đạo, điều hành."),
                          ("/lich-cong-tac", "Lịch công tác", "Lịch công tác tuần của Lãnh đạo Sở đang được cập nhật."),
                          ("/lien-he", "Liên hệ", f"Địa chỉ: {site.cfg['address']}. Điện thoại: {site.cfg['phone']}."),
                          ("/tim-kiem", "Tìm kiếm", "Nhập từ khóa để tìm kiếm.")]:
        site.add(r, _page(site, name, f"<h2 class=\"cat-title\">{esc(name)}</h2><p>{esc(text)}</p>"))
    site.add("/App_Themes/Portal/css/style.css", "body{font:13px Arial}\n", type="text/css")
    site.add("/Scripts/jquery-1.8.2.min.js", "/* jquery */\n", type="application/javascript")
    site.image("/App_Themes/Portal/images/banner.jpg")
    site.image("/App_Themes/Portal/images/noimage.jpg")
    rss = "".join(f"<item><title>{esc(i.title)}</title><link>{i.route}</link><pubDate>{dmy(i.date)}</pubDate>"
                  f"<description>{esc(teaser(i))}</description></item>\n" for i in ordered)
    site.add("/rss/tin-tuc.rss", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
             f"<title>Tin tức - Sự kiện</title><link>/tin-tuc</link>\n{rss}</channel></rss>\n",
             type="application/rss+xml; charset=utf-8")
    site.robots = "User-agent: *\nDisallow: /Admin/\nDisallow: /tim-kiem\n"
    return ["/"]
