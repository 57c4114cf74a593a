"""DotNetNuke (sgdbinhduong.edu.vn style): one ASP.NET form around the whole page with
``__VIEWSTATE`` / ``__EVENTVALIDATION``, ``dnn_ctr747_`` ids, a site-wide slogan banner before
the title, ``<font>``-heavy bodies, "Các tin đã đưa", attachments ("Tải về"), and paging links
that are ``__doPostBack`` calls with a plain href fallback.

Routes: ``/Default.aspx`` (home; ``/`` redirects), listing
``/Tintuc/danguyvaBanGiamdoc/tabid/262/Default.aspx`` + ``.../tabid/262/pageid/2/Default.aspx``,
article ``/Tintuc/danguyvaBanGiamdoc/tabid/262/Mode747/3/catId/15/NewsId/<id>/Default.aspx``.
"""
from __future__ import annotations

from render import Style, assets, body, byline, by_date, chunks, dmy, esc, teaser
from sitebuild import Site

PER_PAGE = 3
SEC = "/Tintuc/danguyvaBanGiamdoc/tabid/262"
STYLE = Style(para="font", caption="table", lists="dash-p", signature="p-right-em")
SLOGAN = "“Toàn ngành Giáo dục Bình Dương thi đua dạy tốt - học tốt, đổi mới căn bản, toàn diện giáo dục và đào tạo”"


def _shell(site: Site, title: str, action: str, pane: str) -> str:
    c = site.cfg
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)} &gt; {esc(c['title'])}</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/Portals/_default/default.css" rel="stylesheet" type="text/css" />
<link href="/Portals/0/Skins/SGD/skin.css" rel="stylesheet" type="text/css" />
<script src="/js/dnncore.js" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="{action}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJMzYzNTQ0MzU3D2QWBmYPFgIeBFRleHQFPjwhRE9DVFlQRSBIVE1MIFBVQkxJQyAiLS8vVzNDLy9EVEQgSFRNTCA0LjAgVHJhbnNpdGlvbmFsLy9FTiI+ZGQ=" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }}
//]]>
</script>
<div id="dnn_wrapper">
<div id="dnn_Header" class="header"><a id="dnn_dnnLOGO_hypLogo" title="{esc(c['title'])}" href="/Default.aspx"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-sgd.jpg" alt="{esc(c['title'])}" /></a></div>
<div id="dnn_Slogan" class="slogan"><marquee scrollamount="3">{esc(SLOGAN)}</marquee></div>
<div id="dnn_MenuPane" class="menu"><ul id="dnn_dnnNAV_ctldnnNAV">
<li><a href="/Default.aspx">Trang chủ</a></li>
<li><a href="/Gioithieu/tabid/254/Default.aspx">Giới thiệu</a></li>
<li><a href="{SEC}/Default.aspx">Đảng ủy và Ban Giám đốc</a></li>
<li><a href="/Vanban/tabid/270/Default.aspx">Văn bản</a></li>
<li><a href="/Lienhe/tabid/290/Default.aspx">Liên hệ</a></li></ul></div>
<div id="dnn_Breadcrumb" class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/Default.aspx" class="Breadcrumb">Trang chủ</a> » <a href="{SEC}/Default.aspx" class="Breadcrumb">Đảng ủy và Ban Giám đốc</a></span></div>
<table class="layout" width="100%" cellspacing="0" cellpadding="0"><tr>
<td id="dnn_ContentPane" class="ContentPane" valign="top">
{pane}
</td>
<td id="dnn_RightPane" class="RightPane" valign="top" width="260">
<div class="DnnModule DnnModule-HTML"><div class="c_head"><span id="dnn_ctr801_dnnTITLE_titleLabel" class="Head">Lịch công tác</span></div>
<div id="dnn_ctr801_ContentPane"><a href="/Lichcongtac/tabid/280/Default.aspx">Lịch công tác tuần</a></div></div>
<div class="DnnModule"><div class="c_head"><span id="dnn_ctr802_dnnTITLE_titleLabel" class="Head">Liên kết website</span></div>
<div id="dnn_ctr802_ContentPane"><a href="https://moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a><br /><a href="https://www.binhduong.gov.vn" target="_blank">Cổng TTĐT Bình Dương</a></div></div>
<div class="DnnModule"><div class="c_head"><span class="Head">Thống kê truy cập</span></div>
<div id="dnn_ctr803_ContentPane">Đang online: 31<br />Tổng lượt truy cập: 5.120.448</div></div>
</td></tr></table>
<div id="dnn_FooterPane" class="footer"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Bản quyền thuộc về Sở Giáo dục và Đào tạo tỉnh Bình Dương</span><br />
<span>Địa chỉ: {esc(c['address'])} - ĐT: {esc(c['phone'])}</span></div>
</div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgLv8ZjvCwKM54rGBg==" />
</form>
</body>
</html>
"""


def _module(title: str, inner: str, ctr: int = 747) -> str:
    return (f'<div class="DnnModule DnnModule-News DnnModule-{ctr}"><a name="{ctr}"></a>'
            f'<div class="c_head"><span id="dnn_ctr{ctr}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></div>'
            f'<div id="dnn_ctr{ctr}_ContentPane" class="contentpane">{inner}</div></div>')


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        it.route = f"{SEC}/Mode747/3/catId/15/NewsId/{7800 + it.num * 6}/Default.aspx"
    for it in items:
        default = [f"{it.slug[:40].rstrip('-')}.pdf"] if it.num % 2 == 0 else None
        assets(site, it, lambda n: f"/Portals/0/News/{n}", lambda n: f"/Portals/0/Files/{n}", default)
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        others = [o for o in ordered if o.key != it.key][:5]
        olist = "".join(f'<li><a href="{o.route}" class="othernews">{esc(o.title)}</a> <span class="NormalDate">({dmy(o.date)})</span></li>'
                        for o in others)
        att = ""
        if it.attachment_routes:
            att = ('<div id="dnn_ctr747_ViewNews_pnlAttach" class="attach"><span class="SubHead">Tài liệu đính kèm:</span> '
                   + " ".join(f'<a href="{r}" target="_blank">Tải về</a>' for r in it.attachment_routes) + "</div>")
        h, m = it.time.split(":")
        hour = int(h)
        ampm = f"{(hour - 1) % 12 + 1:02d}:{m} {'AM' if hour < 12 else 'PM'}"
        inner = f"""<div id="dnn_ctr747_ViewNews_pnlDetail">
<span id="dnn_ctr747_ViewNews_lblTitle" class="NewsTitle">{esc(it.title)}</span><br />
<span id="dnn_ctr747_ViewNews_lblDate" class="NewsDate">{dmy(it.date)} {ampm}</span>
<div id="dnn_ctr747_ViewNews_pnlContent" class="Normal">
{b.html}
</div>
{byline(it, '<div class="NewsAuthor" style="text-align:right"><span id="dnn_ctr747_ViewNews_lblAuthor">Người viết: {a}</span></div>')}
{att}
<div class="news-tools"><a id="dnn_ctr747_ViewNews_lnkPrint" href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="othernews-box"><span class="SubHead">Các tin đã đưa</span><ul>{olist}</ul></div>
</div>"""
        must = [SLOGAN, "Các tin đã đưa", "Lịch công tác", "Liên kết website", "Thống kê truy cập",
                "Bản quyền thuộc về Sở Giáo dục và Đào tạo tỉnh Bình Dương", "In trang", "Quay lại",
                "Đảng ủy và Ban Giám đốc"]
        if others:
            must.append(others[0].title)
        if att:
            must.append("Tài liệu đính kèm:")
        if it.author_style == "byline":
            must.append("Người viết:")
        site.article(it, _shell(site, it.title, it.route, _module("Tin tức", inner)),
                     b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)

    def route(n: int) -> str:
        return f"{SEC}/Default.aspx" if n == 1 else f"{SEC}/pageid/{n}/Default.aspx"

    for n, chunk in enumerate(pages, 1):
        rows = "".join(f"""<table class="news-item" width="100%"><tr><td width="120" valign="top"><img src="{next(iter(i.image_routes.values()), '/Portals/0/noimage.gif')}" width="110" /></td>
<td valign="top"><a href="{i.route}" class="NewsTitle">{esc(i.title)}</a> <span class="NormalDate">({dmy(i.date)})</span><br /><span class="Normal">{esc(teaser(i))}</span></td></tr></table>"""
                       for i in chunk)
        links = []
        if n > 1:
            links.append(f'<a href="{route(n - 1)}" onclick="__doPostBack(\'dnn$ctr747$ListNews$pager\',\'{n - 1}\');return false;" class="CommandButton">« Trang trước</a>')
        for k in range(1, len(pages) + 1):
            if k == n:
                links.append(f'<span class="NormalBold">{k}</span>')
            else:
                links.append(f'<a href="{route(k)}" onclick="__doPostBack(\'dnn$ctr747$ListNews$pager\',\'{k}\');return false;" class="CommandButton">{k}</a>')
        if n < len(pages):
            links.append(f'<a href="{route(n + 1)}" onclick="__doPostBack(\'dnn$ctr747$ListNews$pager\',\'{n + 1}\');return false;" class="CommandButton">Trang sau »</a>')
        pager = '<div id="dnn_ctr747_ListNews_pager" class="pager">' + " ".join(links) + "</div>"
        site.listing(route(n), _shell(site, "Đảng ủy và Ban Giám đốc", route(n), _module("Đảng ủy và Ban Giám đốc", rows + pager)))
    home = "".join(f'<div class="home-news"><a href="{i.route}" class="NewsTitle">{esc(i.title)}</a></div>' for i in ordered[:4])
    home += f'<a href="{SEC}/Default.aspx">Xem thêm</a>'
    site.add("/Default.aspx", _shell(site, "Trang chủ", "/Default.aspx", _module("Tin mới", home, 700)))
    site.redirect("/", "/Default.aspx", 302)
    for r, name in [("/Gioithieu/tabid/254/Default.aspx", "Giới thiệu"), ("/Vanban/tabid/270/Default.aspx", "Văn bản"),
                    ("/Lienhe/tabid/290/Default.aspx", "Liên hệ"), ("/Lichcongtac/tabid/280/Default.aspx", "Lịch công tác")]:
        site.add(r, _shell(site, name, r, _module(name, "<p>Nội dung đang được cập nhật.</p>", 760)))
    site.add("/Portals/_default/default.css", ".Normal{font:13px Arial}\n", type="text/css")
    site.add("/Portals/0/Skins/SGD/skin.css", ".slogan{color:red}\n", type="text/css")
    site.add("/js/dnncore.js", "/* dnn core */\n", type="application/javascript")
    site.image("/Portals/0/banner-sgd.jpg")
    site.image("/Portals/0/noimage.gif")
    site.robots = "User-agent: *\nDisallow: /admin/\nDisallow: /Login.aspx\n"
    return [f"{SEC}/Default.aspx"]
