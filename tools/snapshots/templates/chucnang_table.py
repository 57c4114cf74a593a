"""An old PHP table-layout site (pgdbactuliem.edu.vn style), no profile.

``/index.php?chucnang=view_chitiet&chudecode=4&baivietcode=<N>`` articles whose body is text
directly in a ``<td>`` (``<font>`` tags, ``<br><br>``, unclosed ``<p>``), listing
``/index.php?chucnang=view_chude&chudecode=4`` + ``&trang=2``, date "Ngày 24 tháng 02 năm 2021".
"""
from __future__ import annotations

from render import Style, assets, body, byline, by_date, chunks, esc, teaser
from sitebuild import Site

PER_PAGE = 3
STYLE = Style(para="br", caption="table", lists="dash-br", signature="div-right", wrap=True)
CHUDE = 4


def _list_route(n: int) -> str:
    r = f"/index.php?chucnang=view_chude&chudecode={CHUDE}"
    return r if n == 1 else f"{r}&trang={n}"


def _vn_date(d) -> str:
    return f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def _shell(site: Site, title: str, main: str) -> str:
    c = site.cfg
    amp = "&amp;"
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(c['title'])} :: {esc(title)}</title>
<link href="/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="150"></td></tr>
<tr><td colspan="3" bgcolor="#1B5E9E" height="28">
<a href="/index.php" class="menu">Trang chủ</a> | <a href="/index.php?chucnang=view_chude{amp}chudecode=1" class="menu">Giới thiệu</a> |
<a href="{esc(_list_route(1))}" class="menu">Tin tức - Sự kiện</a> | <a href="/index.php?chucnang=view_chude{amp}chudecode=7" class="menu">Văn bản</a> |
<a href="/index.php?chucnang=lienhe" class="menu">Liên hệ</a></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#EEF4FA">
<table width="100%" cellpadding="3"><tr><td class="tieude_trai">DANH MỤC</td></tr>
<tr><td>&raquo; <a href="{esc(_list_route(1))}">Tin tức - Sự kiện</a><br>&raquo; <a href="/index.php?chucnang=view_chude{amp}chudecode=7">Văn bản</a></td></tr>
<tr><td class="tieude_trai">THỐNG KÊ</td></tr><tr><td>Đang online: 5<br>Lượt truy cập: 745.902</td></tr></table>
</td>
<td width="580" valign="top">
{main}
</td>
<td width="200" valign="top" bgcolor="#EEF4FA">
<table width="100%" cellpadding="3"><tr><td class="tieude_trai">LIÊN KẾT</td></tr>
<tr><td><a href="https://hanoi.edu.vn" target="_blank">Sở GD&amp;ĐT Hà Nội</a></td></tr></table>
</td></tr>
<tr><td colspan="3" bgcolor="#1B5E9E" align="center"><font color="#FFFFFF">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN BẮC TỪ LIÊM<br>
Địa chỉ: {esc(c['address'])} - Điện thoại: {esc(c['phone'])}<br>Bản quyền thuộc về Phòng GD&amp;ĐT quận Bắc Từ Liêm</font></td></tr>
</table>
</body>
</html>
"""


def build(site: Site) -> list[str]:
    items = site.items
    for it in items:
        it.route = f"/index.php?chucnang=view_chitiet&chudecode={CHUDE}&baivietcode={6690 + it.num * 4}"
    for it in items:
        assets(site, it, lambda n: f"/upload/images/{n}", lambda n: f"/upload/files/{n}")
    ordered = by_date(items)
    for it in ordered:
        b = body(it, STYLE, lambda n, it=it: it.image_routes[n])
        others = [o for o in ordered if o.key != it.key][:4]
        olist = "".join(f'<tr><td>- <a href="{esc(o.route)}">{esc(o.title)}</a></td></tr>' for o in others)
        att = ""
        if it.attachment_routes:
            att = "<br>Tài liệu kèm theo: " + " ".join(f'<a href="{r}">{esc(r.rsplit("/", 1)[-1])}</a>' for r in it.attachment_routes)
        main = f"""<table width="100%" cellpadding="5" cellspacing="0">
<tr><td class="duongdan"><a href="/index.php">Trang chủ</a> &gt;&gt; <a href="{esc(_list_route(1))}">Tin tức - Sự kiện</a></td></tr>
<tr><td class="tieude_bv"><font size="4" color="#003399"><b>{esc(it.title)}</b></font></td></tr>
<tr><td><font color="#666666"><i>{_vn_date(it.date)}</i></font></td></tr>
<tr><td align="justify"><font face="Arial" size="2">
{b.html}{att}
</font></td></tr>
<tr><td align="right">{byline(it, '<i>Người viết: <b>{a}</b></i>')}</td></tr>
<tr><td><b>Các bài viết khác:</b></td></tr>
{olist}
</table>"""
        must = ["Các bài viết khác:", "DANH MỤC", "THỐNG KÊ", "LIÊN KẾT", "Lượt truy cập: 745.902",
                "Bản quyền thuộc về Phòng GD&ĐT quận Bắc Từ Liêm", "Trang chủ"]
        if others:
            must.append(others[0].title)
        if att:
            must.append("Tài liệu kèm theo:")
        if it.author_style == "byline":
            must.append("Người viết:")
        site.article(it, _shell(site, it.title, main), b.paragraphs, b.captions, b.author, must)

    pages = chunks(ordered, PER_PAGE)
    for n, chunk in enumerate(pages, 1):
        rows = "".join(f"""<tr><td valign="top"><a href="{esc(i.route)}"><b>{esc(i.title)}</b></a> <font color="#999999">({i.date.day:02d}/{i.date.month:02d}/{i.date.year})</font><br>{esc(teaser(i))}</td></tr>"""
                       for i in chunk)
        links = [f"<b>{k}</b>" if k == n else f'<a href="{esc(_list_route(k))}">{k}</a>' for k in range(1, len(pages) + 1)]
        if n < len(pages):
            links.append(f'<a href="{esc(_list_route(n + 1))}">Tiếp &gt;&gt;</a>')
        main = (f'<table width="100%" cellpadding="5"><tr><td class="tieude_bv">TIN TỨC - SỰ KIỆN</td></tr>{rows}'
                f'<tr><td align="center">Trang: {" ".join(links)}</td></tr></table>')
        site.listing(_list_route(n), _shell(site, "Tin tức - Sự kiện", main))
    home = ('<table width="100%" cellpadding="5"><tr><td class="tieude_bv">TIN MỚI</td></tr>'
            + "".join(f'<tr><td>&raquo; <a href="{esc(i.route)}">{esc(i.title)}</a></td></tr>' for i in ordered[:4]) + "</table>")
    site.add("/index.php", _shell(site, "Trang chủ", home))
    site.add("/", _shell(site, "Trang chủ", home), file="index.html")
    site.add("/index.php?chucnang=view_chude&chudecode=1", _shell(site, "Giới thiệu", "<p>Phòng GD&amp;ĐT quận Bắc Từ Liêm.</p>"))
    site.listing("/index.php?chucnang=view_chude&chudecode=7", _shell(site, "Văn bản", "<p>Chưa có bài viết.</p>"))
    site.add("/index.php?chucnang=lienhe", _shell(site, "Liên hệ", f"<p>{esc(site.cfg['address'])}</p>"))
    site.add("/style.css", ".menu{color:#fff}\n", type="text/css")
    site.image("/images/banner.jpg")
    return [_list_route(1)]
