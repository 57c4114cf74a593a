"""Writes the second held-out set: 14 hand-made pages in CMS templates not seen elsewhere
(NukeViet, Liferay, SharePoint, vnEdu, Elementor, Divi, Blogger, Google Sites, PHP tables,
AMP, <br>-only bodies, a title inside <strong><h2>, a document table) and their gold.jsonl.

The article text lives once, in PAGES; each page's HTML template places it (``{t}`` is the
title, ``{p0}``, ``{p1}`` ... the gold paragraphs, ``{c0}`` a caption).  Run after editing:

    .venv/bin/python tests/gold_extra2/make_pages.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

NV_TOP = """<div id="header"><div class="logo"><a href="/"><img src="/uploads/logo.png" alt="logo"></a></div>
<div class="site-name">{site}</div></div>
<nav class="navbar navbar-default" id="menusite"><ul class="nav navbar-nav"><li><a href="/">Trang nhất</a></li>
<li><a href="/news/gioi-thieu/">Giới thiệu</a></li><li><a href="/news/tin-tuc-su-kien/">Tin tức - Sự kiện</a></li>
<li><a href="/laws/">Văn bản</a></li><li><a href="/download/">Tài nguyên</a></li><li><a href="/contact/">Liên hệ</a></li></ul></nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/news/">Tin Tức</a></li><li><a href="/news/tin-tuc-su-kien/">Tin tức - Sự kiện</a></li></ul></div>"""

NV_SIDEBAR = """<div class="col-md-8"><div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body"><ul class="counter"><li>Đang truy cập: 23</li><li>Hôm nay: 1.204</li><li>Tổng lượt truy cập: 2.341.778</li></ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul>
<li><a href="/news/tin-tuc-su-kien/ke-hoach-tuyen-sinh-vao-lop-6-nam-hoc-2021-2022-201.html">Kế hoạch tuyển sinh vào lớp 6 năm học 2021-2022</a></li>
<li><a href="/news/tin-tuc-su-kien/le-khai-giang-nam-hoc-moi-222.html">Tưng bừng lễ khai giảng năm học mới trong mùa dịch</a></li></ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Liên kết website</div><div class="panel-body"><select><option>Bộ Giáo dục và Đào tạo</option><option>Sở Giáo dục và Đào tạo</option></select></div></div></div>"""

NV_FOOT = """<footer id="footer"><div class="copyright"><p>© Bản quyền thuộc về {site}</p><p>Địa chỉ: {addr}</p>
<p>Điện thoại: 0238 3865 122 - Email: {mail}</p><p>Thiết kế bởi <a href="https://vinades.vn">VINADES.,JSC</a> - Hệ thống quản trị nội dung NukeViet</p></div></footer>"""

PAGES: list[dict] = []

# 1. NukeViet 4 at a Phòng GD&ĐT: hometext lead, bodytext, author/source, rating, share bar, older/newer lists.
PAGES.append(dict(
    file="nukeviet_pgd.html",
    url="http://pgdyenthanh.edu.vn/news/tin-tuc-su-kien/hoi-nghi-so-ket-hoc-ky-i-nam-hoc-2021-2022-245.html",
    source={"name": "yenthanh", "province": "Nghệ An", "unit": "Phòng GD&ĐT huyện Yên Thành"},
    title="Hội nghị sơ kết học kỳ I năm học 2021-2022", published="2022-01-12", author="Nguyễn Thị Hạnh",
    kind="so-ket", province="Nghệ An",
    body=["Chiều ngày 11/01/2022, Phòng Giáo dục và Đào tạo huyện Yên Thành tổ chức hội nghị sơ kết học kỳ I, triển khai nhiệm vụ trọng tâm học kỳ II năm học 2021-2022 theo hình thức trực tiếp kết hợp trực tuyến đến 112 điểm cầu.",
          "Báo cáo sơ kết cho thấy, trong điều kiện dịch Covid-19 diễn biến phức tạp, các nhà trường đã linh hoạt chuyển đổi hình thức dạy học, bảo đảm 100% học sinh được tiếp cận chương trình. Toàn huyện có thêm 4 trường được công nhận đạt chuẩn quốc gia; 37 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện.",
          "Bên cạnh đó, hội nghị cũng thẳng thắn chỉ ra những tồn tại như thiết bị dạy học trực tuyến ở vùng đồi núi còn thiếu, chất lượng môn Tiếng Anh chưa đồng đều giữa các cụm trường.",
          "Phát biểu chỉ đạo, ông Phan Văn Lực, Trưởng phòng GD&ĐT yêu cầu các đơn vị tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Công văn số 4040/BGDĐT-GDTrH về hướng dẫn thực hiện chương trình và chuẩn bị tốt các điều kiện để học sinh trở lại trường học an toàn."],
    captions=["Ông Phan Văn Lực, Trưởng phòng GD&ĐT phát biểu chỉ đạo hội nghị"], attachments=[],
    refs=["05-CT/TW", "4040/BGDĐT-GDTRH"],
    must_not=["Tác giả bài viết", "Nguồn tin", "Chia sẻ", "Gửi bài viết qua email", "In bài viết", "Lưu bài viết này",
              "Đánh giá bài viết", "Tổng số điểm", "Những tin mới hơn", "Những tin cũ hơn", "Thống kê truy cập",
              "Tưng bừng lễ khai giảng", "Trang nhất", "VINADES", "Từ khóa", "Thứ tư - 12/01/2022", "Nguyễn Thị Hạnh"],
    html="""<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8">
<title>{t} - Tin tức - Sự kiện - Phòng GD&amp;ĐT Yên Thành</title>
<meta name="generator" content="NukeViet v4.4"><meta name="description" content="Chiều ngày 11/01/2022, Phòng Giáo dục và Đào tạo huyện Yên Thành tổ chức hội nghị sơ kết học kỳ I...">
<link rel="stylesheet" href="/themes/default/css/bootstrap.min.css"></head>
<body><div class="wraper"><div id="header"><div class="logo"><a href="/"><img src="/uploads/logo.png" alt="logo"></a></div>
<div class="site-name">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THÀNH</div></div>
<nav class="navbar navbar-default" id="menusite"><ul class="nav navbar-nav"><li><a href="/">Trang nhất</a></li>
<li><a href="/news/gioi-thieu/">Giới thiệu</a></li><li><a href="/news/tin-tuc-su-kien/">Tin tức - Sự kiện</a></li>
<li><a href="/laws/">Văn bản</a></li><li><a href="/download/">Tài nguyên</a></li><li><a href="/contact/">Liên hệ</a></li></ul></nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/news/">Tin Tức</a></li><li><a href="/news/tin-tuc-su-kien/">Tin tức - Sự kiện</a></li></ul></div>
<div class="row"><div class="col-md-16"><div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{t}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ tư - 12/01/2022 16:45</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="/sendmail/"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In bài viết" href="/print/"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/savefile/"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom">{p0}</div>
<figure class="article center"><img alt="{c0}" src="/uploads/news/2022_01/so-ket.jpg" width="600" class="img-thumbnail"><figcaption>{c0}</figcaption></figure></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg"><p style="text-align: justify;">{p1}</p>
<p style="text-align: justify;">{p2}</p><p style="text-align: justify;">{p3}</p></div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>Nguyễn Thị Hạnh</p>
<p class="h5 text-right"><strong>Nguồn tin: </strong>Phòng GD&amp;ĐT Yên Thành</p></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><a href="/news/tag/so-ket">sơ kết</a>, <a href="/news/tag/hoc-ky-i">học kỳ I</a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix">
<p>Tổng số điểm của bài viết là: 15 trong 3 đánh giá</p><div id="stringrating">Click để đánh giá bài viết</div>
<span><input name="star1" type="radio" value="1" title="Bài viết rất kém"><input name="star1" type="radio" value="5" title="Bài viết rất tốt"></span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix"><div class="fb-like" data-href="#" data-layout="button_count">Chia sẻ</div><a href="#" class="zalo-share-button">Zalo</a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">
<li><a href="/news/tin-tuc-su-kien/hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-251.html">Hội thi giáo viên dạy giỏi cấp huyện bậc THCS chu kỳ 2021-2023</a> <em>(18/01/2022)</em></li></ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">
<li><a href="/news/tin-tuc-su-kien/tap-huan-chuong-trinh-gdpt-2018-240.html">Tập huấn bồi dưỡng giáo viên thực hiện Chương trình GDPT 2018</a> <em>(28/12/2021)</em></li>
<li><a href="/news/tin-tuc-su-kien/tung-bung-le-khai-giang-nam-hoc-moi-222.html">Tưng bừng lễ khai giảng năm học mới trong mùa dịch</a> <em>(06/09/2021)</em></li></ul></div></div></div>
""" + NV_SIDEBAR + """</div>""" + NV_FOOT.format(site="Phòng GD&amp;ĐT Yên Thành", addr="Thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An", mail="pgdyenthanh@nghean.edu.vn") + """</div></body></html>"""))

# 2. NukeViet 3 at a school: #hometext, .bodytext, "Ngày đăng: ... - 08:15", a long comment thread.
COMMENTS = "".join(f"""<div class="comment-item"><div class="comment-author"><strong>{n}</strong> <span class="comment-date">{d}</span></div>
<div class="comment-content">{c}</div><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích (3)</a></div>""" for n, d, c in [
    ("Nguyễn Thị Thu Hằng", "12/10/2021 10:02", "Bài viết rất ý nghĩa, chúc mừng thầy cô nhà trường đã tổ chức hội nghị thành công."),
    ("Lê Văn Toàn", "12/10/2021 11:40", "Cảm ơn ban biên tập. Mong nhà trường đăng thêm tài liệu học tập chuyên đề năm 2021 để đảng viên tham khảo."),
    ("Phụ huynh lớp 8A", "12/10/2021 20:15", "Rất vui khi thấy các thầy cô gương mẫu học tập và làm theo lời Bác. Chúc nhà trường ngày càng phát triển."),
    ("Trịnh Minh Đức", "13/10/2021 07:31", "Nội dung chuyên đề năm nay rất thiết thực với ngành giáo dục, nhất là việc nêu gương của người đứng đầu."),
    ("Hoàng Thị Mai", "13/10/2021 09:12", "Đề nghị nhà trường chia sẻ bản kế hoạch để các trường bạn học hỏi kinh nghiệm."),
    ("Ban quản trị", "13/10/2021 09:50", "Cảm ơn các bạn đã quan tâm. Kế hoạch sẽ được đăng tải ở mục Văn bản của website trong tuần tới."),
    ("Đỗ Quang Huy", "14/10/2021 15:22", "Tôi là cựu học sinh khóa 2005-2009, rất tự hào về thầy cô và mái trường Lê Lợi thân yêu."),
    ("Phạm Thị Ngọc Ánh", "15/10/2021 21:03", "Chúc mừng chi bộ nhà trường! Mong các thầy cô luôn mạnh khỏe, tâm huyết với học sinh.")])
PAGES.append(dict(
    file="nukeviet_school_comments.html",
    url="http://thcsleloi.edu.vn/news/tin-hoat-dong/chi-bo-trien-khai-hoc-tap-chuyen-de-nam-2021-theo-chi-thi-05-ct-tw-318.html",
    source={"name": "leloi", "province": "Thanh Hóa", "unit": "Trường THCS Lê Lợi"},
    title="Chi bộ triển khai học tập chuyên đề năm 2021 theo Chỉ thị 05-CT/TW", published="2021-10-12", author=None,
    kind="quan-triet", province="Thanh Hóa",
    body=["Thực hiện Kế hoạch số 47-KH/ĐU ngày 20/9/2021 của Đảng ủy phường, chiều ngày 11/10/2021, Chi bộ Trường THCS Lê Lợi tổ chức hội nghị học tập, quán triệt chuyên đề năm 2021 về \"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc\".",
          "Đồng chí Lê Thị Thanh, Bí thư Chi bộ, Hiệu trưởng nhà trường đã quán triệt những nội dung cơ bản của chuyên đề, gắn với việc thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Quy định số 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên.",
          "Sau hội nghị, 100% đảng viên đã đăng ký nội dung làm theo gắn với nhiệm vụ được giao; tổ chuyên môn xây dựng kế hoạch bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu ngay từ đầu năm học."],
    captions=[], attachments=[], refs=["05-CT/TW", "08-QĐi/TW", "47-KH/ĐU"],
    must_not=["Ngày đăng", "Lượt xem", "Ý kiến bạn đọc", "Trả lời", "Thích (3)", "Nguyễn Thị Thu Hằng", "cựu học sinh",
              "Gửi bình luận", "Mã bảo mật", "Các tin khác", "Khai mạc hội khỏe Phù Đổng", "Bản quyền", "In bài viết",
              "Gửi bài viết qua email", "Ban quản trị"],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>{t} - Trường THCS Lê Lợi</title><meta name="generator" content="NukeViet v3.4" /></head>
<body><div id="container"><div id="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="Trường THCS Lê Lợi" /></a></div><div class="banner">TRƯỜNG THCS LÊ LỢI - THÀNH PHỐ THANH HÓA</div></div>
<div id="nav"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/news/gioi-thieu/">Giới thiệu</a></li><li><a href="/news/tin-hoat-dong/">Tin hoạt động</a></li><li><a href="/news/to-chuyen-mon/">Tổ chuyên môn</a></li><li><a href="/laws/">Văn bản</a></li></ul></div>
<div id="body"><div class="col-a1"><div class="box-border-shadow"><div class="content-box">
<div id="news_detail"><h1>{t}</h1><span class="time">Ngày đăng: 12/10/2021 - 08:15</span> <span class="hits">Lượt xem: 412</span>
<div id="hometext"><strong>{p0}</strong></div>
<div class="bodytext"><p>{p1}</p><p>{p2}</p></div>
<div class="control"><ul><li><a href="/sendmail/" class="sendmail">Gửi bài viết qua email</a></li><li><a href="/print/" class="print">In bài viết</a></li><li><a href="/savefile/" class="savefile">Lưu bài viết này</a></li></ul></div>
</div>
<div id="idcomment"><h3 class="comment-title">Ý kiến bạn đọc (8)</h3><div class="comment-list">""" + COMMENTS + """</div>
<form class="comment-form" action=""><p>Họ tên: <input type="text" name="name" /></p><p>Email: <input type="text" name="email" /></p><p><textarea name="content"></textarea></p><p>Mã bảo mật: <img src="/captcha.php" alt="" /><input type="text" name="seccode" /></p><input type="submit" value="Gửi bình luận" /></form></div>
<div class="other-news"><h4>Các tin khác</h4><ul><li><a href="/news/tin-hoat-dong/khai-mac-hoi-khoe-phu-dong-cap-truong-310.html">Khai mạc hội khỏe Phù Đổng cấp trường năm học 2021-2022</a> (05/10/2021)</li>
<li><a href="/news/tin-hoat-dong/hoi-nghi-vien-chuc-nam-hoc-2021-2022-301.html">Hội nghị viên chức, người lao động năm học 2021-2022</a> (28/09/2021)</li></ul></div>
</div></div></div>
<div class="col-a2"><div class="block"><h3>Hỗ trợ trực tuyến</h3><p>Hotline: 0237 3852 001</p></div><div class="block"><h3>Thống kê</h3><p>Đang online: 8</p><p>Tổng truy cập: 451.203</p></div></div></div>
<div id="footer"><p>© Bản quyền thuộc Trường THCS Lê Lợi - Thành phố Thanh Hóa</p><p>Powered by NukeViet</p></div></div></body></html>"""))

# 3. Liferay provincial e-portal: portlet-boundary wrappers, journal-content-article, asset publisher lists.
PAGES.append(dict(
    file="liferay_portal.html",
    url="https://sgddt.binhdinh.gov.vn/web/sgddt/tin-tuc/-/asset_publisher/Kk8sXv/content/ang-bo-so-giao-duc-va-ao-tao-tong-ket-cong-tac-ang-nam-2022",
    source={"name": "binhdinh", "province": "Bình Định", "unit": "Sở GD&ĐT Bình Định"},
    title="Đảng bộ Sở Giáo dục và Đào tạo tổng kết công tác Đảng năm 2022", published="2022-12-15",
    author="Hoài Thương", kind="tong-ket", province="Bình Định",
    body=["Ngày 14/12/2022, Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Định tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.",
          "Năm 2022, Đảng ủy Sở đã lãnh đạo các chi bộ trực thuộc thực hiện tốt nhiệm vụ chính trị, tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII đến 100% cán bộ, đảng viên. Việc thực hiện Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng được gắn với kiểm điểm cuối năm.",
          "Trong năm, Đảng bộ đã kết nạp 9 đảng viên mới; 92% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
          "Dịp này, Đảng ủy Sở đã khen thưởng 3 tổ chức cơ sở đảng và 15 đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu năm 2022."],
    captions=[], attachments=[], refs=["21-KL/TW", "NQTW5-XIII"],
    must_not=["Cổng thông tin điện tử", "Đăng nhập", "Tin liên quan", "Xem tiếp", "Liên kết", "Bình Định hướng dẫn tuyển sinh",
              "Lượt xem", "Ghi rõ nguồn", "Cơ quan chủ quản", "Chung nhận tín nhiệm", "Tìm kiếm", "Trang chủ",
              "Hoài Thương"],
    html="""<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>{t} - Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bình Định</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"><link href="/html/themes/portal-theme/css/main.css" rel="stylesheet"></head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper"><header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo" href="/web/sgddt" title="Cổng thông tin điện tử Sở GD&amp;ĐT Bình Định"><span class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH ĐỊNH</span></a></h1></div>
<span class="sign-in"><a href="/c/portal/login" rel="nofollow">Đăng nhập</a></span>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul><li><a href="/web/sgddt/trang-chu"><span>Trang chủ</span></a></li><li><a href="/web/sgddt/gioi-thieu"><span>Giới thiệu</span></a></li><li class="selected"><a href="/web/sgddt/tin-tuc"><span>Tin tức - Sự kiện</span></a></li><li><a href="/web/sgddt/van-ban"><span>Văn bản chỉ đạo điều hành</span></a></li><li><a href="/web/sgddt/thu-tuc-hanh-chinh"><span>Thủ tục hành chính</span></a></li></ul></nav></header>
<div class="container-fluid" id="content"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_Kk8sXv_">
<span id="p_101_INSTANCE_Kk8sXv"></span><div class="portlet-borderless-container"><div class="portlet-body">
<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/sgddt/tin-tuc" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{t}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title"><div class="asset-content" id="_101_INSTANCE_Kk8sXv_2591403">
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">15/12/2022</span> <span class="metadata-entry metadata-view-count">Lượt xem: 287</span></div>
<div class="journal-content-article">
<p style="text-align: justify;"><strong>{p0}</strong></p>
<p style="text-align: justify;">{p1}</p>
<p style="text-align: justify;">{p2}</p>
<p style="text-align: justify;">{p3}</p>
<p style="text-align: right;"><strong>Hoài Thương</strong></p></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá: <span class="rating-label">0 (0 Phiếu bầu)</span></div></div></div></div>
</div></div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher" id="p_p_id_101_INSTANCE_rel9_"><div class="portlet-borderless-container"><div class="portlet-title-default">Tin liên quan</div><div class="portlet-body"><ul class="title-list">
<li class="title-list"><a href="/web/sgddt/tin-tuc/-/asset_publisher/Kk8sXv/content/binh-inh-huong-dan-tuyen-sinh-lop-10-nam-hoc-2023-2024">Bình Định hướng dẫn tuyển sinh lớp 10 năm học 2023-2024</a></li>
<li class="title-list"><a href="/web/sgddt/tin-tuc/-/asset_publisher/Kk8sXv/content/hoi-nghi-can-bo-cong-chuc-vien-chuc-so-gd-t-nam-2022">Hội nghị cán bộ, công chức, viên chức Sở GD&amp;ĐT năm 2022</a></li></ul>
<div class="asset-more"><a href="/web/sgddt/tin-tuc">Xem tiếp »</a></div></div></div></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_3_ portlet-static portlet-search" id="p_p_id_3_"><div class="portlet-body"><form><input name="_3_keywords" placeholder="Tìm kiếm" type="text"></form></div></div>
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_lk_"><div class="portlet-body"><div class="journal-content-article"><p><strong>Liên kết</strong></p><ul><li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li><li><a href="https://binhdinh.gov.vn">Cổng thông tin điện tử tỉnh Bình Định</a></li></ul></div></div></div>
</div></div></div></div>
<footer id="footer" role="contentinfo"><div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_ft_"><div class="journal-content-article"><p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Bình Định</p><p>Địa chỉ: 137 Nguyễn Huệ, thành phố Quy Nhơn, tỉnh Bình Định</p><p>Ghi rõ nguồn "Cổng thông tin điện tử Sở GD&amp;ĐT Bình Định" khi phát hành lại thông tin từ website này.</p><p>Chung nhận tín nhiệm mạng</p></div></div></footer></div></body></html>"""))

# 4. SharePoint-era Ministry page: ctl00_PlaceHolderMain_ ids, ms-rtestate-field, no province of its own.
PAGES.append(dict(
    file="sharepoint_moet.html",
    url="https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=8123",
    source={"name": "moet"},
    title="Hải Dương: Tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW trong ngành Giáo dục", published="2021-05-20",
    author="Thu Trang", kind="tong-ket", province="Hải Dương",
    body=["(Moet.gov.vn) - Ngày 19/5/2021, Đảng ủy Sở Giáo dục và Đào tạo Hải Dương tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
          "Theo báo cáo, sau 5 năm, việc học tập và làm theo Bác đã trở thành nhu cầu tự giác của đội ngũ nhà giáo. Phong trào \"Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo\" được duy trì ở 100% cơ sở giáo dục; nhiều mô hình hay được nhân rộng như \"Thư viện thân thiện\", \"Trường học hạnh phúc\".",
          "Hội nghị đã biểu dương 12 tập thể và 25 cá nhân có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2016-2021."],
    captions=["Đại diện các tập thể nhận Giấy khen tại hội nghị"], attachments=[], refs=["05-CT/TW"],
    must_not=["Cổng thông tin điện tử Bộ", "Đường dây nóng", "Tin khác", "Bộ trưởng Nguyễn Kim Sơn làm việc", "Tìm kiếm",
              "Bản đồ site", "Sơ đồ cổng", "Giấy phép số", "In bài viết", "Gửi email", "Thu Trang", "Trang chủ"],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>
	Tin tổng hợp
</title><meta name="GENERATOR" content="Microsoft SharePoint"/><link rel="stylesheet" href="/_layouts/15/1066/styles/Themable/corev15.css"/></head>
<body><form method="post" action="./tin-tong-hop.aspx?ItemID=8123" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAgIDDxYCHgRUZXh0BQ..."/>
<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header"><div class="logo"><a href="/"><img src="/PublishingImages/logo.png" alt="Bộ Giáo dục và Đào tạo"/></a></div><div class="sitename">CỔNG THÔNG TIN ĐIỆN TỬ BỘ GIÁO DỤC VÀ ĐÀO TẠO</div>
<div class="hotline">Đường dây nóng: 024.3868.1234</div><div class="search"><input name="ctl00$ctl35$txtSearch" type="text" id="ctl00_ctl35_txtSearch" value="Tìm kiếm"/></div></div>
<div class="topmenu" id="ctl00_TopNavigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/tintuc/">Tin tức</a></li><li><a href="/van-ban/">Văn bản</a></li><li><a href="/ban-do-site/">Bản đồ site</a></li><li><a href="/so-do/">Sơ đồ cổng</a></li></ul></div>
<div id="contentBox"><div id="ctl00_PlaceHolderMain_ctl00_pnlNews" class="news-detail">
<div class="breadcrumb"><a href="/tintuc/">Tin tức</a> » <a href="/tintuc/Pages/tin-tong-hop.aspx">Tin tổng hợp</a></div>
<div class="title-news"><span id="ctl00_PlaceHolderMain_ctl00_lblTitle">{t}</span></div>
<div class="date-news"><span id="ctl00_PlaceHolderMain_ctl00_lblDate">Thứ năm, 20/05/2021 | 10:30</span></div>
<div id="ctl00_PlaceHolderMain_ctl00_RichHtmlField1__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl00_RichHtmlField1_label">
<div class="ExternalClassB7C2D1"><p style="text-align:justify;"><strong>{p0}</strong></p>
<p style="text-align:justify;">{p1}</p>
<div style="text-align:center;"><img src="/tintuc/PublishingImages/2021/05/hai-duong.jpg" alt="" style="width:500px;"/></div>
<div style="text-align:center;"><em>{c0}</em></div>
<p style="text-align:justify;">{p2}</p>
<p style="text-align:right;"><strong>Thu Trang</strong></p></div></div>
<div class="tools"><a href="javascript:window.print()">In bài viết</a> | <a href="mailto:?subject=moet">Gửi email</a></div>
<div id="ctl00_PlaceHolderMain_ctl00_pnlOther" class="other-news"><h3>Tin khác</h3><ul>
<li><a href="/tintuc/Pages/tin-tong-hop.aspx?ItemID=8120">Bộ trưởng Nguyễn Kim Sơn làm việc với tỉnh Hải Dương về công tác chuẩn bị năm học mới</a> <span>(18/05/2021)</span></li>
<li><a href="/tintuc/Pages/tin-tong-hop.aspx?ItemID=8117">Bắc Ninh: Đẩy mạnh chuyển đổi số trong dạy và học</a> <span>(17/05/2021)</span></li></ul></div></div></div>
<div class="footer"><p>Cơ quan chủ quản: Bộ Giáo dục và Đào tạo. Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội</p><p>Giấy phép số 56/GP-TTĐT ngày 28/4/2015</p></div>
</div></div></form></body></html>"""))

# 5. vnEdu (VNPT) school portal: news-detail, "Cập nhật ngày 03/3/2022", attachment box, counters.
PAGES.append(dict(
    file="vnedu_portal.html",
    url="https://thhoangdieu.vnedu.vn/tin-tuc/tin-tuc-nha-truong/chi-bo-sinh-hoat-chuyen-de-thang-3-nam-2022-8891",
    source={"name": "hoangdieu", "province": "Quảng Nam", "unit": "Trường Tiểu học Hoàng Diệu"},
    title="Chi bộ sinh hoạt chuyên đề tháng 3 năm 2022", published="2022-03-03", author=None, kind="quan-triet",
    province="Quảng Nam",
    body=["Chiều ngày 02/3/2022, Chi bộ Trường Tiểu học Hoàng Diệu tổ chức sinh hoạt chuyên đề với chủ đề \"Nâng cao chất lượng đội ngũ đảng viên là giáo viên trong thực hiện Chương trình giáo dục phổ thông 2018\".",
          "Tại buổi sinh hoạt, đồng chí Nguyễn Thị Lệ, Phó Bí thư Chi bộ trình bày báo cáo chuyên đề, phân tích kết quả thực hiện Nghị quyết số 88/2014/QH13 của Quốc hội về đổi mới chương trình, sách giáo khoa giáo dục phổ thông tại nhà trường.",
          "Các đảng viên đã thảo luận sôi nổi, đề xuất nhiều giải pháp như tăng cường sinh hoạt tổ chuyên môn theo nghiên cứu bài học, ứng dụng phần mềm vnEdu trong đánh giá học sinh và đẩy mạnh phong trào tự học, tự bồi dưỡng."],
    captions=[], attachments=["https://thhoangdieu.vnedu.vn/upload/files/nghi-quyet-chi-bo-thang-3.pdf"],
    refs=["88/2014/QH13"],
    must_not=["Cập nhật ngày", "Lượt xem", "Tệp đính kèm", "Tin cùng chuyên mục", "Thông báo", "Thời khóa biểu",
              "Sổ liên lạc điện tử", "Đăng nhập", "Tra cứu điểm", "VNPT", "Chia sẻ", "Số lượt truy cập",
              "Hội thi Trạng nguyên Tiếng Việt"],
    html="""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | Trường Tiểu học Hoàng Diệu</title><link rel="stylesheet" href="https://cdn.vnedu.vn/portal/css/style.css"></head>
<body><div class="top-bar"><div class="container"><a href="https://vnedu.vn/login">Đăng nhập</a> | <a href="/tra-cuu-diem">Tra cứu điểm</a> | <a href="/so-lien-lac">Sổ liên lạc điện tử</a></div></div>
<div class="header"><div class="container"><img class="logo" src="/upload/logo.png" alt=""><div class="school-name"><p>UBND THÀNH PHỐ TAM KỲ</p><p>TRƯỜNG TIỂU HỌC HOÀNG DIỆU</p></div></div></div>
<div class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/thong-bao">Thông báo</a></li><li><a href="/thoi-khoa-bieu">Thời khóa biểu</a></li><li><a href="/van-ban">Văn bản</a></li></ul></div>
<div class="container main-content"><div class="row"><div class="col-md-9 col-left">
<div class="box-news-detail"><div class="breadcrumb-news"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <a href="/tin-tuc/tin-tuc-nha-truong">Tin tức nhà trường</a></div>
<h2 class="title-news-detail">{t}</h2>
<div class="info-news"><span class="date-update"><i class="fa fa-clock-o"></i> Cập nhật ngày 03/3/2022</span> <span class="view"><i class="fa fa-eye"></i> Lượt xem: 95</span></div>
<div class="content-news-detail"><div>{p0}</div><div>&nbsp;</div><div>{p1}</div><div>&nbsp;</div><div>{p2}</div></div>
<div class="file-attach"><p class="title-attach">Tệp đính kèm:</p><ul><li><a href="/upload/files/nghi-quyet-chi-bo-thang-3.pdf" target="_blank">nghi-quyet-chi-bo-thang-3.pdf</a></li></ul></div>
<div class="share-social"><span>Chia sẻ:</span> <a href="#" class="fb">Facebook</a> <a href="#" class="zalo">Zalo</a></div>
<div class="news-same"><h3 class="title-same">Tin cùng chuyên mục</h3><ul><li><a href="/tin-tuc/tin-tuc-nha-truong/hoi-thi-trang-nguyen-tieng-viet-cap-truong-8870">Hội thi Trạng nguyên Tiếng Việt cấp trường năm học 2021-2022</a><span> - 21/02/2022</span></li>
<li><a href="/tin-tuc/tin-tuc-nha-truong/hoc-sinh-tro-lai-truong-8855">Học sinh trở lại trường học trực tiếp sau Tết Nguyên đán</a><span> - 14/02/2022</span></li></ul></div></div></div>
<div class="col-md-3 col-right"><div class="box-right"><h3>Thông báo</h3><ul><li><a href="/thong-bao/lich-kiem-tra-giua-ky-ii">Lịch kiểm tra giữa học kỳ II</a></li></ul></div>
<div class="box-right"><h3>Thống kê</h3><p>Số lượt truy cập: 120.554</p><p>Đang online: 4</p></div></div></div></div>
<div class="footer"><div class="container"><p>TRƯỜNG TIỂU HỌC HOÀNG DIỆU - Địa chỉ: 12 Hoàng Diệu, TP Tam Kỳ, tỉnh Quảng Nam</p><p>Hệ thống Website trường học vnEdu - Phát triển bởi VNPT</p></div></div></body></html>"""))

# 6. WordPress + Elementor: nested sections/columns/widgets, post-info with a vi-locale WordPress date.
PAGES.append(dict(
    file="wp_elementor.html",
    url="https://thptnguyentrai-kontum.edu.vn/2022/10/20/hoi-nghi-vien-chuc-va-tong-ket-nam-hoc-2021-2022/",
    source={"name": "nguyentrai", "province": "Kon Tum", "unit": "Trường THPT Nguyễn Trãi"},
    title="Hội nghị tổng kết năm học 2021-2022 và triển khai nhiệm vụ năm học mới", published="2022-10-20",
    author=None, kind="tong-ket", province="Kon Tum",
    body=["Sáng ngày 19/10/2022, Trường THPT Nguyễn Trãi tổ chức Hội nghị tổng kết năm học 2021-2022 và triển khai nhiệm vụ năm học 2022-2023 với sự tham dự của toàn thể cán bộ, giáo viên, nhân viên nhà trường.",
          "Năm học 2021-2022, nhà trường có 98,7% học sinh lớp 12 đỗ tốt nghiệp trung học phổ thông; 21 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh. Công tác chuyển đổi số được đẩy mạnh với việc sử dụng sổ điểm điện tử và học bạ số.",
          "Về nhiệm vụ năm học mới, nhà trường tập trung triển khai Chương trình giáo dục phổ thông 2018 đối với lớp 10 theo Thông tư số 32/2018/TT-BGDĐT, xây dựng các tổ hợp môn lựa chọn phù hợp với nguyện vọng của học sinh.",
          "Kết thúc hội nghị, tập thể cán bộ, giáo viên đã ký giao ước thi đua, quyết tâm hoàn thành xuất sắc nhiệm vụ năm học 2022-2023."],
    captions=[], attachments=[], refs=["32/2018/TT-BGDĐT"],
    must_not=["Bài viết mới", "Danh mục", "Lưu trữ", "Bình luận", "Để lại một bình luận", "Điều hướng bài viết",
              "Tháng Mười 20", "Tuyển sinh lớp 10", "Liên hệ", "Theo dõi chúng tôi", "Copyright", "Chia sẻ",
              "Email của bạn sẽ không được hiển thị"],
    html="""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{t} &#8211; Trường THPT Nguyễn Trãi</title>
<link rel='stylesheet' id='elementor-frontend-css' href='https://thptnguyentrai-kontum.edu.vn/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all'>
<meta name="generator" content="Elementor 3.7.8"></head>
<body class="post-template-default single single-post postid-1882 single-format-standard elementor-default elementor-template-full-width elementor-kit-6 elementor-page-1204">
<div data-elementor-type="header" data-elementor-id="1110" class="elementor elementor-1110 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container"><a href="/"><img src="/wp-content/uploads/2021/08/logo.png" alt=""></a></div></div></div></div>
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-main" class="elementor-nav-menu"><li class="menu-item"><a href="/" class="elementor-item">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu/" class="elementor-item">Giới thiệu</a></li><li class="menu-item"><a href="/category/tin-tuc/" class="elementor-item">Tin tức</a></li><li class="menu-item"><a href="/tuyen-sinh/" class="elementor-item">Tuyển sinh</a></li><li class="menu-item"><a href="/lien-he/" class="elementor-item">Liên hệ</a></li></ul></nav></div></div></div></div>
</div></section></div>
<div data-elementor-type="single-post" data-elementor-id="1204" class="elementor elementor-1204 elementor-location-single post-1882 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">{t}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="datePublished"><a href="https://thptnguyentrai-kontum.edu.vn/2022/10/20/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">Tháng Mười 20, 2022</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="/category/tin-tuc/" class="elementor-post-info__terms-list-item">Tin tức</a></span></span></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
<div data-elementor-type="wp-post" data-elementor-id="1882" class="elementor elementor-1882"><section class="elementor-section elementor-inner-section elementor-element"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-inner-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>{p0}</p><p>{p1}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><img width="800" height="533" src="/wp-content/uploads/2022/10/tong-ket-1.jpg" alt=""></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>{p2}</p><p>{p3}</p></div></div>
</div></div></div></section></div></div></div>
<div class="elementor-element elementor-share-buttons--view-icon elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container"><div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" aria-label="Chia sẻ trên facebook"><span class="elementor-share-btn__icon"><i class="fab fa-facebook"></i></span></div></div><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_twitter" role="button" aria-label="Chia sẻ trên twitter"></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-widget-container"><div class="elementor-post-navigation" role="navigation" aria-label="Điều hướng bài viết"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/2022/10/05/le-khai-giang/" rel="prev"><span class="post-navigation__prev--label">Trước</span><span class="post-navigation__prev--title">Lễ khai giảng năm học 2022-2023</span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/2022/10/28/tuyen-sinh-lop-10/" rel="next"><span class="post-navigation__next--label">Tiếp</span><span class="post-navigation__next--title">Tuyển sinh lớp 10 bổ sung năm học 2022-2023</span></a></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-comments elementor-widget-theme-post-comments"><div class="elementor-widget-container"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"></p></form></div></div></div>
</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-wp-widget-recent-posts"><div class="elementor-widget-container"><h5>Bài viết mới</h5><ul><li><a href="/2022/10/28/tuyen-sinh-lop-10/">Tuyển sinh lớp 10 bổ sung năm học 2022-2023</a></li><li><a href="/2022/10/05/le-khai-giang/">Lễ khai giảng năm học 2022-2023</a></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-wp-widget-categories"><div class="elementor-widget-container"><h5>Danh mục</h5><ul><li class="cat-item"><a href="/category/tin-tuc/">Tin tức</a></li><li class="cat-item"><a href="/category/doan-thanh-nien/">Đoàn thanh niên</a></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-wp-widget-archives"><div class="elementor-widget-container"><h5>Lưu trữ</h5><ul><li><a href="/2022/10/">Tháng Mười 2022</a></li><li><a href="/2022/09/">Tháng Chín 2022</a></li></ul></div></div>
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="1120" class="elementor elementor-1120 elementor-location-footer"><section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container"><div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Liên hệ: 25 Trần Phú, TP Kon Tum. Điện thoại: 0260 3862 555</p></div></div></div></div><div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h4 class="elementor-heading-title">Theo dõi chúng tôi</h4></div></div></div></div></div></section>
<section class="elementor-section"><div class="elementor-container"><div class="elementor-widget-container"><p>Copyright © 2022 Trường THPT Nguyễn Trãi</p></div></div></section></div>
</body></html>"""))

# 7. WordPress + Divi page builder: et_pb_section/row/column/text modules, sidebar et_pb_widget_area.
PAGES.append(dict(
    file="wp_divi.html",
    url="https://mnhoasen-dongthap.edu.vn/dai-hoi-cong-doan-co-so-nhiem-ky-2023-2028/",
    source={"name": "hoasen", "province": "Đồng Tháp", "unit": "Trường Mầm non Hoa Sen"},
    title="Đại hội Công đoàn cơ sở Trường Mầm non Hoa Sen nhiệm kỳ 2023-2028", published="2023-04-14",
    author=None, kind="dai-hoi", province="Đồng Tháp",
    body=["Ngày 13/4/2023, Công đoàn cơ sở Trường Mầm non Hoa Sen long trọng tổ chức Đại hội nhiệm kỳ 2023-2028. Đến dự Đại hội có bà Võ Thị Kim Hương, Chủ tịch Công đoàn ngành Giáo dục thành phố cùng 42 đoàn viên công đoàn của nhà trường.",
          "Nhiệm kỳ 2017-2023, Công đoàn nhà trường đã phối hợp với chuyên môn tổ chức tốt các phong trào thi đua \"Dạy tốt - học tốt\", \"Giỏi việc trường - đảm việc nhà\"; 100% đoàn viên được tham gia học tập Nghị quyết Đại hội XIII Công đoàn Việt Nam và Chỉ thị số 05-CT/TW của Bộ Chính trị.",
          "Đại hội đã bầu Ban Chấp hành Công đoàn nhiệm kỳ 2023-2028 gồm 5 đồng chí; bà Lê Ngọc Trâm được bầu giữ chức Chủ tịch Công đoàn cơ sở."],
    captions=[], attachments=[], refs=["05-CT/TW"],
    must_not=["bởi admin", "Tin tức |", "Bài viết gần đây", "Chuyên mục", "Tìm kiếm cho:", "Được thiết kế bởi",
              "Elegant Themes", "Bé vui hội xuân", "Trang chủ", "Kế hoạch tuyển sinh mầm non", "0 Bình luận"],
    html="""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{t} | Trường Mầm non Hoa Sen</title>
<link rel="stylesheet" id="divi-style-css" href="/wp-content/themes/Divi/style.css?ver=4.14.2" type="text/css" media="all"></head>
<body class="post-template-default single single-post postid-731 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_right_sidebar et_divi_theme et-db">
<div id="page-container"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="/"><img src="/wp-content/uploads/2020/09/logo-hoasen.png" alt="Trường Mầm non Hoa Sen" id="logo"></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="/category/tin-tuc/">Tin tức</a></li><li class="menu-item"><a href="/goc-phu-huynh/">Góc phụ huynh</a></li></ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form" action="/"><input type="search" class="et-search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></form></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-731" class="et_pb_post post-731 post type-post status-publish format-standard hentry category-tin-tuc">
<div class="et_post_meta_wrapper"><h1 class="entry-title">{t}</h1>
<p class="post-meta"> bởi <span class="author vcard"><a href="/author/admin/" title="Đăng bởi admin" rel="author">admin</a></span> | <span class="published">14/04/2023</span> | <a href="/category/tin-tuc/" rel="category tag">Tin tức</a> | <span class="comments-number"><a href="#respond">0 Bình luận</a></span></p></div>
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_justified et_pb_bg_layout_light"><div class="et_pb_text_inner"><p>{p0}</p></div></div>
</div></div>
<div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_1_2 et_pb_column_1"><div class="et_pb_module et_pb_image et_pb_image_0"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/2023/04/dai-hoi-cd-1.jpg" alt="" title="dai-hoi-cd-1"></span></div></div>
<div class="et_pb_column et_pb_column_1_2 et_pb_column_2 et-last-child"><div class="et_pb_module et_pb_image et_pb_image_1"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/2023/04/dai-hoi-cd-2.jpg" alt="" title="dai-hoi-cd-2"></span></div></div></div>
<div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4 et_pb_column_3 et-last-child"><div class="et_pb_module et_pb_text et_pb_text_1 et_pb_text_align_justified"><div class="et_pb_text_inner"><p>{p1}</p><p>{p2}</p></div></div></div></div>
</div></div></div></div>
</article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/"><label class="screen-reader-text" for="s">Tìm kiếm cho:</label><input type="text" value="" name="s" id="s"><input type="submit" id="searchsubmit" value="Tìm kiếm"></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Bài viết gần đây</h4><ul><li><a href="/be-vui-hoi-xuan-2023/">Bé vui hội xuân Quý Mão 2023</a></li><li><a href="/ke-hoach-tuyen-sinh-mam-non-2023-2024/">Kế hoạch tuyển sinh mầm non năm học 2023-2024</a></li></ul></div>
<div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Chuyên mục</h4><ul><li class="cat-item"><a href="/category/tin-tuc/">Tin tức</a></li><li class="cat-item"><a href="/category/goc-phu-huynh/">Góc phụ huynh</a></li></ul></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Được thiết kế bởi <a href="https://www.elegantthemes.com">Elegant Themes</a> | Được hỗ trợ bởi <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer></div></div></body></html>"""))

# 8. Blogger (Contempo theme): date-header, <time>, "Đăng bởi", labels, several "Nhận xét".
PAGES.append(dict(
    file="blogger_contempo.html",
    url="https://thcsquangtrung-daklak.blogspot.com/2019/06/le-tong-ket-nam-hoc-2018-2019.html",
    source={"name": "quangtrung", "province": "Đắk Lắk", "unit": "Trường THCS Quang Trung"},
    title="Lễ tổng kết năm học 2018-2019", published="2019-06-15", author=None, kind="tong-ket", province="Đắk Lắk",
    body=["Sáng ngày 14/6/2019, Trường THCS Quang Trung long trọng tổ chức Lễ tổng kết năm học 2018-2019. Về dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT huyện Krông Pắc, Ban đại diện cha mẹ học sinh cùng toàn thể giáo viên và học sinh nhà trường.",
          "Năm học 2018-2019, nhà trường có 612 học sinh, trong đó 35,6% học sinh xếp loại học lực giỏi; 100% học sinh lớp 9 được xét công nhận tốt nghiệp trung học cơ sở. Đội tuyển học sinh giỏi của trường giành 14 giải cấp huyện và 3 giải cấp tỉnh.",
          "Tại buổi lễ, nhà trường đã trao 126 phần thưởng cho học sinh đạt danh hiệu học sinh giỏi và học sinh tiêu biểu; Hội cha mẹ học sinh trao 20 suất học bổng cho học sinh vượt khó học tốt."],
    captions=["Thầy Hiệu trưởng trao thưởng cho học sinh giỏi"], attachments=[], refs=[],
    must_not=["Đăng bởi", "Nhận xét", "Nhãn", "Gửi email bài đăng này", "BlogThis", "Bài đăng phổ biến", "Lưu trữ",
              "Hay quá", "Báo cáo vi phạm", "Đăng nhận xét", "Bài đăng Mới hơn", "Được tạo bởi Blogger",
              "tháng 6 15, 2019", "Trả lời", "Chúc mừng các em"],
    html="""<!DOCTYPE html><html class="v2" dir="ltr" lang="vi"><head><meta charset="UTF-8"><meta content="blogger" name="generator">
<title>Trường THCS Quang Trung: {t}</title><link href="https://www.blogger.com/dyn-css/authorization.css" rel="stylesheet"></head>
<body class="version-1-3-3 variant-indie_light"><div class="page"><div class="bg-photo-overlay"></div>
<header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name container"><div class="section" id="header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget"><div><h1><a href="https://thcsquangtrung-daklak.blogspot.com/">Trường THCS Quang Trung</a></h1></div><p>Huyện Krông Pắc - Đắk Lắk</p></div></div></div></div>
<nav role="navigation"><div class="clearboth section" id="page_list_top"><div class="widget PageList"><ul><li><a href="https://thcsquangtrung-daklak.blogspot.com/">Trang chủ</a></li><li><a href="/p/gioi-thieu.html">Giới thiệu</a></li></ul></div></div></nav></div></header>
<div class="page_body"><div class="centered"><main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body"><div class="widget Blog" data-version="2" id="Blog1">
<div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer"><div class="post">
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><meta content="https://thcsquangtrung-daklak.blogspot.com/2019/06/le-tong-ket-nam-hoc-2018-2019.html"><a class="timestamp-link" href="#" rel="bookmark" title="permanent link"><time class="published" datetime="2019-06-15T09:12:00+07:00" title="2019-06-15T09:12:00+07:00">tháng 6 15, 2019</time></a></span></div></div>
<a name="5512347789"></a><h3 class="post-title entry-title">{t}</h3>
<div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-5512347789">
<p style="text-align: justify;"><span style="font-family: &quot;times new roman&quot;, serif; font-size: large;">{p0}</span></p>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/tong-ket.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="720" data-original-width="1280" height="360" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/w640-h360/tong-ket.jpg" width="640"></a></div>
<div style="text-align: center;"><i><span style="font-family: &quot;times new roman&quot;, serif;">{c0}</span></i></div>
<p style="text-align: justify;"><span style="font-family: &quot;times new roman&quot;, serif; font-size: large;">{p1}</span></p>
<p style="text-align: justify;"><span style="font-family: &quot;times new roman&quot;, serif; font-size: large;">{p2}</span></p>
</div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard"><span class="byline-label">Đăng bởi</span> <span class="fn"><meta content="https://www.blogger.com/profile/0912"><a class="g-profile" href="https://www.blogger.com/profile/0912" rel="author" title="author profile"><span>Tổ Văn phòng</span></a></span></span></div>
<div class="post-share-buttons post-share-buttons-bottom invisible"><div class="byline post-share-buttons goog-inline-block"><div class="share-button-link"><a class="share-button sb-email" href="#" title="Gửi email bài đăng này">Gửi email bài đăng này</a><a class="share-button sb-blog" href="#">BlogThis!</a><a class="share-button sb-facebook" href="#">Chia sẻ lên Facebook</a></div></div></div>
<div class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label">Nhãn: </span><a href="/search/label/Ho%E1%BA%A1t%20%C4%91%E1%BB%99ng" rel="tag">Hoạt động</a></span></div></div></div></div>
<section class="comments threaded" data-num-comments="3" id="comments"><a name="comments"></a><h3 class="title">Nhận xét</h3><div class="comments-content"><div id="comment-holder"><div class="comment-thread toplevel-thread"><ol id="top-ra">
<li class="comment" id="c1001"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif"></div><div class="comment-block"><div class="comment-header"><cite class="user">Phạm Minh Châu</cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c1001">lúc 20:31 15 tháng 6, 2019</a></span></div><p class="comment-content">Chúc mừng các em học sinh đạt thành tích cao trong năm học vừa qua!</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Trả lời</a><span class="item-control blog-admin"><a target="_self" href="#">Xóa</a></span></span></div></li>
<li class="comment" id="c1002"><div class="comment-block"><div class="comment-header"><cite class="user">Cựu học sinh K2012</cite><span class="datetime secondary-text"><a rel="nofollow" href="#c1002">lúc 07:02 16 tháng 6, 2019</a></span></div><p class="comment-content">Hay quá, nhớ trường nhớ thầy cô quá. Năm nào trường mình cũng có nhiều giải học sinh giỏi.</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Trả lời</a></span></div></li>
<li class="comment" id="c1003"><div class="comment-block"><div class="comment-header"><cite class="user">Ẩn danh</cite><span class="datetime secondary-text"><a rel="nofollow" href="#c1003">lúc 11:45 17 tháng 6, 2019</a></span></div><p class="comment-content">Nhà trường cho xin danh sách học sinh được nhận học bổng với ạ.</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Trả lời</a> <a href="#">Báo cáo vi phạm</a></span></div></li></ol></div></div></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1" onclick="">Đăng nhận xét</a></p></section>
</article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link flat-button ripple" href="#" title="Bài đăng Mới hơn">Bài đăng Mới hơn</a> <a class="blog-pager-older-link flat-button ripple" href="#" title="Bài đăng Cũ hơn">Bài đăng Cũ hơn</a></div></div></div></main></div></div>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_top_wrapper"><div class="sidebar_top section" id="sidebar_top"><div class="widget PopularPosts"><h3 class="title">Bài đăng phổ biến</h3><div class="widget-content"><div class="post"><a href="/2019/05/hoi-khoe-phu-dong.html">Hội khỏe Phù Đổng cấp trường năm 2019</a></div></div></div>
<div class="widget BlogArchive"><h3 class="title">Lưu trữ</h3><ul class="hierarchy"><li class="archivedate"><a href="/2019/">2019</a> <span class="post-count">(18)</span></li></ul></div></div></div></aside>
<footer class="footer section" id="footer"><div class="widget Attribution"><div class="widget-content"><div class="blogger">Được tạo bởi <a href="https://www.blogger.com" rel="nofollow">Blogger</a></div><div class="image-attribution">Hình ảnh chủ đề của Michael Elkan</div></div></div></footer></div></body></html>"""))

# 9. Google-Sites-like page: obfuscated class names, no semantic tags, title in a styled heading span,
#    the date only inside the body text.
GS = 'class="tyJCtd mGzaTb Depvyb baZpAe"'
PAGES.append(dict(
    file="google_sites.html",
    url="https://sites.google.com/view/thsonthuy-laocai/tin-tuc/hoi-nghi-so-ket-giua-nam-hoc",
    source={"name": "sonthuy", "province": "Lào Cai", "unit": "Trường Tiểu học Sơn Thủy"},
    title="Hội nghị sơ kết giữa năm học 2023-2024", published="2024-01-19", author=None, kind="so-ket",
    province="Lào Cai",
    body=["Chiều ngày 19 tháng 01 năm 2024, Trường Tiểu học Sơn Thủy tổ chức hội nghị sơ kết học kỳ I, triển khai nhiệm vụ học kỳ II năm học 2023-2024.",
          "Trong học kỳ I, nhà trường duy trì sĩ số 100% tại 6 điểm trường, trong đó có 4 điểm trường lẻ ở các thôn vùng cao. Tỷ lệ học sinh hoàn thành tốt các môn học và hoạt động giáo dục đạt 42,8%; học sinh dân tộc thiểu số được tăng cường tiếng Việt theo Kế hoạch số 215/KH-UBND của UBND tỉnh.",
          "Hội nghị thống nhất các giải pháp trọng tâm cho học kỳ II: tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở các lớp 1 đến 4, duy trì bữa ăn bán trú cho học sinh và bồi dưỡng học sinh năng khiếu."],
    captions=[], attachments=[], refs=["215/KH-UBND"],
    must_not=["Báo cáo hành vi lạm dụng", "Google Sites", "Trang web đã được cập nhật", "Bỏ qua để đến", "Điều hướng",
              "Trang chủ", "Tìm kiếm trên trang", "Bản đồ trang web"],
    html="""<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta property="og:title" content="Trường Tiểu học Sơn Thủy - Tin tức">
<title>Trường Tiểu học Sơn Thủy - Tin tức</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><div id="atIdViewHeader"><div class="Xpil1b xkUom"><a class="FKF6mc TpQm9d" href="#h.content" jsname="Qz7lEb">Bỏ qua để đến Nội dung chính</a><a class="FKF6mc TpQm9d" href="#">Bỏ qua để đến Điều hướng</a></div></div>
<div class="LS81yb VICjCf j5a1Rd"><div class="zDUgLc" jsname="LrArvd"><div class="GAuSPc"><div class="tC9X4e"><a class="Wecl2c" href="/view/thsonthuy-laocai/trang-ch%E1%BB%A7"><span class="QTKDff">Trường Tiểu học Sơn Thủy</span></a></div>
<nav class="JzO0Vc" jsname="ihoMLd"><ul class="jYxBte Fpy8Db"><li class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/view/thsonthuy-laocai/trang-ch%E1%BB%A7">Trang chủ</a></div></li><li class="VsJjtf"><div class="PsKE7e"><a class="aJHbb" href="/view/thsonthuy-laocai/gi%E1%BB%9Bi-thi%E1%BB%87u">Giới thiệu</a></div></li><li class="VsJjtf"><div class="PsKE7e"><a class="aJHbb" href="/view/thsonthuy-laocai/tin-tuc" aria-selected="true">Tin tức</a></div></li><li class="VsJjtf"><div class="PsKE7e"><a class="aJHbb" href="/view/thsonthuy-laocai/lien-he">Liên hệ</a></div></li></ul></nav>
<div class="RBEWZc"><div class="A7GSWb" role="search"><input class="whsOnd zHQkBf" type="text" aria-label="Tìm kiếm trên trang này" placeholder="Tìm kiếm trên trang"></div></div></div></div>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr" id="h.content">
<section id="h.51f6" class="yaqOZd LB7kq nyKByd" style=""><div class="IFuOkc" style="background-image: url(https://lh4.googleusercontent.com/banner=w16383);"></div><div class="mYVXT"><div class="LS81yb VICjCf j5a1Rd" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d"><div class="oKdM2c ZZyype Kzv0Me"><div id="h.p_tin1" """ + GS + """><div class="jXK9ad-SmKAyb"><div class="tyJCtd baZpAe"><h1 id="h.tin1" dir="ltr" class="CDt4Ke zfr3Q duRjpb" style="text-align: center;"><span style="font-family: 'Times New Roman'; font-weight: 700;">{t}</span></h1></div></div></div></div></div></div></div></div></div></section>
<section id="h.52a9" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5a1Rd"><div class="hJDwNd-AhqUyc-uQSCkd JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="oKdM2c ZZyype Kzv0Me"><div id="h.p_tin2" """ + GS + """><div class="jXK9ad-SmKAyb"><div class="tyJCtd baZpAe">
<p dir="ltr" class="CDt4Ke zfr3Q" style="text-align: justify;"><span style="font-family: 'Times New Roman'; font-size: 13pt;">{p0}</span></p>
<p dir="ltr" class="CDt4Ke zfr3Q" style="text-align: justify;"><span style="font-family: 'Times New Roman'; font-size: 13pt;">{p1}</span></p>
<p dir="ltr" class="CDt4Ke zfr3Q" style="text-align: justify;"><span style="font-family: 'Times New Roman'; font-size: 13pt;">{p2}</span></p>
</div></div></div></div></div></div></div></div></section>
<section id="h.53b1" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf"><div class="t3iYD"><img src="https://lh6.googleusercontent.com/so-ket-hk1=w1280" class="CENy8b" role="img"></div></div></div></section></div>
<div jscontroller="Xsxwhb" class="dZA9kd ynRLnc"><div class="LqzjUe"><div class="ZXUhPb"><p class="hBW7Hb">Google Sites</p><a class="Qq6mPb" href="#">Báo cáo hành vi lạm dụng</a><p class="S0FmZb">Trang web đã được cập nhật lần cuối</p><a href="#">Bản đồ trang web</a></div></div></div>
</div></body></html>"""))

# 10. PHP custom site, table layout: left menu cell, article cell, right sidebar table; "Đăng lúc ...".
PAGES.append(dict(
    file="php_table_sidebar.html",
    url="http://pgdthachha.edu.vn/index.php?module=news&act=detail&id=1275",
    source={"name": "thachha", "province": "Hà Tĩnh", "unit": "Phòng GD&ĐT huyện Thạch Hà"},
    title="Đại hội Chi bộ Phòng Giáo dục và Đào tạo lần thứ IX, nhiệm kỳ 2020-2025", published="2019-06-15",
    author="Minh Hiếu", kind="dai-hoi", province="Hà Tĩnh",
    body=["Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, sáng ngày 14/6/2019, Chi bộ Phòng Giáo dục và Đào tạo huyện Thạch Hà tổ chức Đại hội lần thứ IX, nhiệm kỳ 2020-2025.",
          "Đại hội được chọn làm điểm của Đảng bộ khối cơ quan huyện. Báo cáo chính trị khẳng định, nhiệm kỳ qua Chi bộ luôn đạt danh hiệu trong sạch, vững mạnh; ngành giáo dục huyện có 68/72 trường đạt chuẩn quốc gia, đứng tốp đầu của tỉnh.",
          "Đại hội đã thảo luận, thông qua 5 chỉ tiêu chủ yếu và 3 khâu đột phá cho nhiệm kỳ mới, trong đó có mục tiêu 100% trường mầm non và phổ thông đạt chuẩn quốc gia vào năm 2025.",
          "Đại hội đã bầu Chi ủy nhiệm kỳ 2020-2025 gồm 3 đồng chí; đồng chí Trần Đình Hòa, Trưởng phòng được bầu giữ chức Bí thư Chi bộ."],
    captions=[], attachments=[], refs=["35-CT/TW"],
    must_not=["Đăng lúc", "TRANG CHỦ", "GIỚI THIỆU", "Tin mới nhập", "Thư viện ảnh", "Lượt truy cập", "Trở về", "In tin",
              "Thông tin liên hệ", "Hội thi giáo viên chủ nhiệm giỏi", "Minh Hiếu", "Văn bản mới", "Số người online"],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Phòng Giáo dục và Đào tạo Thạch Hà - Tin tức</title>
<link href="css/style.css" rel="stylesheet" type="text/css"></head>
<body topmargin="0" leftmargin="0"><table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="images/banner.jpg" width="1000" height="150" alt="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THẠCH HÀ"></td></tr>
<tr><td colspan="3" class="menutop" height="30"><a href="index.php">TRANG CHỦ</a> | <a href="index.php?module=about">GIỚI THIỆU</a> | <a href="index.php?module=news">TIN TỨC</a> | <a href="index.php?module=docs">VĂN BẢN</a> | <a href="index.php?module=gallery">THƯ VIỆN ẢNH</a> | <a href="index.php?module=contact">LIÊN HỆ</a></td></tr>
<tr><td width="200" valign="top" class="left">
<table width="100%" cellpadding="3"><tr><td class="boxtitle">DANH MỤC</td></tr><tr><td><a href="index.php?module=news&amp;cat=1">» Tin hoạt động</a><br><a href="index.php?module=news&amp;cat=2">» Công tác Đảng - Đoàn thể</a><br><a href="index.php?module=news&amp;cat=3">» Thi đua khen thưởng</a><br><a href="index.php?module=news&amp;cat=4">» Tổ chức cán bộ</a></td></tr>
<tr><td class="boxtitle">VĂN BẢN MỚI</td></tr><tr><td><a href="index.php?module=docs&amp;id=55">Công văn số 412/PGDĐT về việc tổ chức thi học sinh giỏi</a><br><a href="index.php?module=docs&amp;id=54">Kế hoạch tuyển sinh năm học 2019-2020</a></td></tr></table></td>
<td width="580" valign="top" class="main"><table width="100%" cellpadding="8"><tr><td>
<p class="title_news"><b>{t}</b></p>
<p class="date_news"><i>Đăng lúc 09:12 AM, 15/06/2019</i></p>
<p align="justify">{p0}</p>
<p align="justify">{p1}</p>
<p align="center"><img src="upload/news/dai-hoi-chi-bo-2019.jpg" width="450"></p>
<p align="justify">{p2}</p>
<p align="justify">{p3}</p>
<p align="right"><b>Minh Hiếu</b></p>
<p><a href="javascript:history.back()">Trở về</a> | <a href="javascript:window.print()">In tin</a></p>
<p class="othertitle"><b>Các tin khác:</b></p><p>» <a href="index.php?module=news&amp;act=detail&amp;id=1270">Hội thi giáo viên chủ nhiệm giỏi cấp huyện năm học 2018-2019</a> (08/06/2019)<br>» <a href="index.php?module=news&amp;act=detail&amp;id=1266">Tổng kết công tác Đội và phong trào thiếu nhi năm học 2018-2019</a> (30/05/2019)</p>
</td></tr></table></td>
<td width="220" valign="top" class="right"><table width="100%" cellpadding="3"><tr><td class="boxtitle">TIN MỚI NHẬP</td></tr><tr><td><a href="index.php?module=news&amp;act=detail&amp;id=1276">Kế hoạch bồi dưỡng thường xuyên giáo viên năm học 2019-2020</a><br><a href="index.php?module=news&amp;act=detail&amp;id=1274">Khen thưởng học sinh đạt giải học sinh giỏi cấp tỉnh lớp 9</a></td></tr>
<tr><td class="boxtitle">THƯ VIỆN ẢNH</td></tr><tr><td><img src="upload/gallery/thumb1.jpg" width="200"></td></tr>
<tr><td class="boxtitle">THỐNG KÊ</td></tr><tr><td>Số người online: 5<br>Lượt truy cập: 889.102</td></tr></table></td></tr>
<tr><td colspan="3" class="footer" align="center">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THẠCH HÀ<br>Thông tin liên hệ: Thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh - ĐT: 0239 3845 210</td></tr></table></body></html>"""))

# 11. AMP article: <html amp>, amp-img, amp-sidebar menu, amp-social-share, JSON-LD NewsArticle.
PAGES.append(dict(
    file="amp_page.html",
    url="https://sgddt.tayninh.gov.vn/amp/tin-tuc/nganh-giao-duc-tay-ninh-quan-triet-nghi-quyet-trung-uong-6-khoa-xiii-2231.html",
    source={"name": "tayninh", "province": "Tây Ninh", "unit": "Sở GD&ĐT Tây Ninh"},
    title="Ngành Giáo dục Tây Ninh quán triệt Nghị quyết Trung ương 6 khóa XIII", published="2023-02-08",
    author="Ngọc Hân", kind="quan-triet", province="Tây Ninh",
    body=["Ngày 07/02/2023, Đảng ủy Sở Giáo dục và Đào tạo Tây Ninh tổ chức hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII cho hơn 400 cán bộ chủ chốt toàn ngành.",
          "Các báo cáo viên đã truyền đạt nội dung Nghị quyết số 27-NQ/TW về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam và Nghị quyết số 29-NQ/TW về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030.",
          "Kết thúc hội nghị, Đảng ủy Sở yêu cầu các chi bộ xây dựng chương trình hành động cụ thể, đưa Nghị quyết vào cuộc sống gắn với nhiệm vụ đổi mới giáo dục tại địa phương."],
    captions=["Quang cảnh hội nghị quán triệt Nghị quyết"], attachments=[], refs=["27-NQ/TW", "29-NQ/TW", "NQTW6-XIII"],
    must_not=["Xem phiên bản đầy đủ", "Chia sẻ", "Tin liên quan", "Trang chủ", "Đóng menu", "Sở GD&ĐT Tây Ninh © 2023",
              "Hướng dẫn ôn thi", "Ngọc Hân"],
    html="""<!doctype html><html amp lang="vi"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{t} - Sở GD&amp;ĐT Tây Ninh</title><link rel="canonical" href="https://sgddt.tayninh.gov.vn/tin-tuc/nganh-giao-duc-tay-ninh-quan-triet-nghi-quyet-trung-uong-6-khoa-xiii-2231.html">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{t}","datePublished":"2023-02-08T15:20:00+07:00","dateModified":"2023-02-09T08:00:00+07:00","author":{{"@type":"Person","name":"Ngọc Hân"}},"publisher":{{"@type":"Organization","name":"Sở Giáo dục và Đào tạo Tây Ninh"}},"image":["https://sgddt.tayninh.gov.vn/uploads/2023/02/quan-triet.jpg"]}}</script>
<style amp-custom>body{{font-family:Arial}} .article-body p{{line-height:1.6}}</style>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style></head>
<body><amp-sidebar id="menu" layout="nodisplay" side="left"><button on="tap:menu.close">Đóng menu</button><ul><li><a href="/amp/">Trang chủ</a></li><li><a href="/amp/tin-tuc/">Tin tức</a></li><li><a href="/amp/thong-bao/">Thông báo</a></li><li><a href="/amp/van-ban/">Văn bản</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle" class="hamburger">☰</button><a href="/amp/" class="amp-logo"><amp-img src="/images/logo.png" width="180" height="40" alt="Sở GD&amp;ĐT Tây Ninh"></amp-img></a></header>
<main><article class="amp-article"><div class="amp-category"><a href="/amp/tin-tuc/">Tin tức</a></div>
<h1 class="amp-title">{t}</h1><div class="amp-meta"><span class="amp-author">Ngọc Hân</span> · <time datetime="2023-02-08T15:20:00+07:00">08/02/2023 15:20</time></div>
<div class="article-body"><p><strong>{p0}</strong></p>
<figure><amp-img src="/uploads/2023/02/quan-triet.jpg" width="800" height="500" layout="responsive" alt=""></amp-img><figcaption>{c0}</figcaption></figure>
<p>{p1}</p><p>{p2}</p></div>
<div class="amp-share"><span>Chia sẻ:</span><amp-social-share type="facebook" width="32" height="32" data-param-app_id="1"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
</article>
<section class="amp-related"><h2>Tin liên quan</h2><ul><li><a href="/amp/tin-tuc/huong-dan-on-thi-tot-nghiep-thpt-2023-2229.html">Hướng dẫn ôn thi tốt nghiệp THPT năm 2023</a></li><li><a href="/amp/tin-tuc/so-ket-hoc-ky-i-nam-hoc-2022-2023-2220.html">Sơ kết học kỳ I năm học 2022-2023</a></li></ul></section></main>
<footer class="amp-footer"><a href="https://sgddt.tayninh.gov.vn/tin-tuc/nganh-giao-duc-tay-ninh-quan-triet-nghi-quyet-trung-uong-6-khoa-xiii-2231.html">Xem phiên bản đầy đủ</a><p>Sở GD&amp;ĐT Tây Ninh © 2023</p></footer></body></html>"""))

# 12. Body is one <div> with <br><br> separators and Word-pasted inline <span style> runs (split mid-phrase).
def _runs(text: str) -> str:
    """Word-style spans: the sentence cut in runs at commas, each with its own style."""
    parts = text.split(", ")
    return ", ".join(f'<span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif;color:black">{p}</span>'
                     for p in parts)


BR_BODY = ["Sáng ngày 24/8/2022, Sở Giáo dục và Đào tạo Sơn La tổ chức Hội nghị tổng kết năm học 2021-2022, triển khai nhiệm vụ trọng tâm năm học 2022-2023. Hội nghị được kết nối trực tuyến đến 12 điểm cầu huyện, thành phố.",
           "Năm học 2021-2022, toàn tỉnh có 807 trường học với hơn 330 nghìn học sinh. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,9%; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 98,42%. Số trường đạt chuẩn quốc gia tăng 36 trường so với năm học trước.",
           "Tuy nhiên, ngành vẫn còn thiếu 1.265 giáo viên so với định mức; cơ sở vật chất ở nhiều điểm trường lẻ vùng cao còn tạm bợ.",
           "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh đề nghị ngành tiếp tục thực hiện Nghị quyết số 29-NQ/TW và Kết luận số 51-KL/TW, ưu tiên tuyển dụng giáo viên và thực hiện hiệu quả Chương trình giáo dục phổ thông 2018."]
PAGES.append(dict(
    file="br_spans.html",
    url="http://sogddt.sonla.gov.vn/tin-tuc/tong-ket-nam-hoc-2021-2022-va-trien-khai-nhiem-vu-nam-hoc-2022-2023",
    source={"name": "sonla", "province": "Sơn La", "unit": "Sở GD&ĐT Sơn La"},
    title="Tổng kết năm học 2021-2022 và triển khai nhiệm vụ năm học 2022-2023", published="2022-08-25",
    author="Phòng GDTrH", kind="tong-ket", province="Sơn La",
    body=BR_BODY, captions=[], attachments=[], refs=["29-NQ/TW", "51-KL/TW"],
    must_not=["Số lượt xem", "Tin đã đưa", "Liên kết web", "Thông báo tuyển dụng viên chức", "Tin ảnh", "Cơ quan chủ quản",
              "Video clip", "Phòng GDTrH", "25/08/2022 08:30", "Trang chủ"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title><meta name="keywords" content="tổng kết, năm học, Sơn La"></head>
<body><div class="top"><div class="banner">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SƠN LA</div><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/tin-anh">Tin ảnh</a></li><li><a href="/video">Video clip</a></li></ul></div>
<div class="wrap"><div class="left-col"><div class="newsdetail"><div class="ndtitle">{t}</div><div class="nddate">25/08/2022 08:30 - Số lượt xem: 1523</div>
<div class="ndcontent"><div style="text-align:justify">""" + "<br><br>".join(f"{{r{i}}}" for i in range(4)) + """<br><br><div style="text-align:right"><b><span style="font-size:14.0pt">Phòng GDTrH</span></b></div></div></div>
<div class="oldnews"><div class="oldtitle">Tin đã đưa</div><ul><li><a href="/tin-tuc/thong-bao-tuyen-dung-vien-chuc-2022">Thông báo tuyển dụng viên chức giáo dục năm 2022</a> (20/08/2022)</li><li><a href="/tin-tuc/ky-thi-tot-nghiep-thpt-2022">Sơn La hoàn thành Kỳ thi tốt nghiệp THPT năm 2022</a> (10/07/2022)</li></ul></div></div></div>
<div class="right-col"><div class="box"><div class="boxhead">Liên kết web</div><select><option>Bộ GD&amp;ĐT</option><option>UBND tỉnh Sơn La</option></select></div><div class="box"><div class="boxhead">Tin ảnh</div><img src="/upload/tin-anh/1.jpg"></div></div></div>
<div class="bottom">Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Sơn La. Địa chỉ: Tổ 2, phường Tô Hiệu, TP Sơn La</div></body></html>"""))

# 13. The title only in <title> (behind the site name) and in an <h2> inside a <strong>; date in the meta line.
PAGES.append(dict(
    file="strong_h2_title.html",
    url="http://thptcaobang.edu.vn/?p=tin&id=612",
    source={"name": "thptcaobang", "province": "Cao Bằng", "unit": "Trường THPT Thành phố Cao Bằng"},
    title="Đoàn trường tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh nhiệm kỳ 2022-2023", published="2022-10-08",
    author=None, kind="dai-hoi", province="Cao Bằng",
    body=["Ngày 07/10/2022, Đoàn trường THPT Thành phố Cao Bằng tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh nhiệm kỳ 2022-2023. Tham dự Đại hội có 150 đại biểu đại diện cho hơn 1.200 đoàn viên của 36 chi đoàn.",
          "Nhiệm kỳ qua, Đoàn trường đã tổ chức nhiều hoạt động thiết thực như \"Ngày chủ nhật xanh\", \"Tiếp sức mùa thi\", quyên góp sách vở cho học sinh vùng khó khăn; giới thiệu 18 đoàn viên ưu tú để Chi bộ xem xét, bồi dưỡng kết nạp Đảng.",
          "Đại hội đã thông qua Nghị quyết với các chỉ tiêu cụ thể và bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2022-2023 gồm 15 đồng chí."],
    captions=[], attachments=[], refs=[],
    must_not=["Chào mừng quý vị", "Lượt xem", "Tin mới", "Bản quyền", "Lịch công tác tuần", "Ngày đăng tin",
              "Giới thiệu chung", "Hội thao chào mừng"],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>THPT TP Cao Bằng - {t}</title></head>
<body><div id="top"><marquee>Chào mừng quý vị đến với Website Trường THPT Thành phố Cao Bằng</marquee></div>
<div id="menu"><a href="/">Trang chủ</a> <a href="/?p=gioithieu">Giới thiệu chung</a> <a href="/?p=tin">Tin tức</a> <a href="/?p=lich">Lịch công tác tuần</a></div>
<div id="main"><div id="noidung"><strong><h2>{t}</h2></strong>
<div class="ngay">Ngày đăng tin: 08/10/2022 | Lượt xem: 268</div>
<div class="chitiet"><p>{p0}</p><p>{p1}</p><p>{p2}</p></div></div>
<div id="tinmoi"><b>Tin mới</b><ul><li><a href="/?p=tin&amp;id=611">Hội thao chào mừng ngày Nhà giáo Việt Nam 20/11</a></li><li><a href="/?p=tin&amp;id=609">Lịch công tác tuần 6 năm học 2022-2023</a></li></ul></div></div>
<div id="footer">Bản quyền thuộc Trường THPT Thành phố Cao Bằng. Địa chỉ: phường Sông Hiến, TP Cao Bằng</div></body></html>"""))

# 14. A document page whose body is the metadata table (Số hiệu, Ngày ban hành, Trích yếu ...).
PAGES.append(dict(
    file="doc_table.html",
    url="http://sgdbacgiang.edu.vn/van-ban/ke-hoach-so-85-kh-sgddt-1933.html",
    source={"name": "bacgiang", "province": "Bắc Giang", "unit": "Sở GD&ĐT Bắc Giang"},
    title="Kế hoạch triển khai thực hiện Chỉ thị số 05-CT/TW trong ngành Giáo dục năm 2023", published="2023-03-16",
    author=None, kind="quan-triet", province="Bắc Giang",
    body=["Số hiệu", "85/KH-SGDĐT", "Ngày ban hành", "16/03/2023", "Loại văn bản", "Kế hoạch", "Cơ quan ban hành",
          "Sở Giáo dục và Đào tạo Bắc Giang", "Người ký", "Nguyễn Văn Sơn", "Trích yếu",
          "Kế hoạch triển khai thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong ngành Giáo dục năm 2023"],
    captions=[], attachments=["http://sgdbacgiang.edu.vn/uploads/van-ban/2023/85-KH-SGDDT.pdf"],
    refs=["05-CT/TW", "85/KH-SGDĐT"],
    must_not=["Tải về", "Văn bản cùng lĩnh vực", "Công văn số 412", "Xem trực tuyến", "Tìm kiếm văn bản", "Lượt tải",
              "Trang chủ", "Bản quyền"],
    html="""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{t} - Văn bản - Sở GD&amp;ĐT Bắc Giang</title></head>
<body><div class="header"><div class="logo">SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC GIANG</div><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li></ul></div>
<div class="container"><div class="col-main"><div class="doc-detail"><h1 class="doc-title">{t}</h1>
<table class="table table-bordered doc-info"><tbody>
<tr><th>Số hiệu</th><td>85/KH-SGDĐT</td></tr>
<tr><th>Ngày ban hành</th><td>16/03/2023</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo Bắc Giang</td></tr>
<tr><th>Người ký</th><td>Nguyễn Văn Sơn</td></tr>
<tr><th>Trích yếu</th><td>Kế hoạch triển khai thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong ngành Giáo dục năm 2023</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/uploads/van-ban/2023/85-KH-SGDDT.pdf">85-KH-SGDDT.pdf</a> <a href="/uploads/van-ban/2023/85-KH-SGDDT.pdf" class="btn">Tải về</a> <a href="#" class="btn">Xem trực tuyến</a> <span class="dl">Lượt tải: 57</span></td></tr>
</tbody></table></div>
<div class="doc-related"><h3>Văn bản cùng lĩnh vực</h3><table class="table"><tr><td><a href="/van-ban/cong-van-so-412-1920.html">Công văn số 412/SGDĐT-CTTT về công tác chính trị tư tưởng</a></td><td>02/03/2023</td></tr><tr><td><a href="/van-ban/ke-hoach-so-60-1901.html">Kế hoạch số 60/KH-SGDĐT tổ chức hội nghị sơ kết học kỳ I</a></td><td>10/02/2023</td></tr></table></div></div>
<div class="col-side"><div class="box"><h3>Tìm kiếm văn bản</h3><form><input type="text" name="q"><button>Tìm</button></form></div></div></div>
<div class="footer">Bản quyền © Sở Giáo dục và Đào tạo Bắc Giang. Địa chỉ: 50 Hùng Vương, TP Bắc Giang</div></body></html>"""))


def render(page: dict) -> str:
    fields = {"t": page["title"]}
    for i, p in enumerate(page["body"]):
        fields[f"p{i}"] = p
        fields[f"r{i}"] = _runs(p)
    for i, c in enumerate(page["captions"]):
        fields[f"c{i}"] = c
    return page["html"].format(**fields)


if __name__ == "__main__":
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
        for page in PAGES:
            (HERE / page["file"]).write_text(render(page), encoding="utf-8")
            fh.write(json.dumps({k: v for k, v in page.items() if k != "html"}, ensure_ascii=False) + "\n")
    print(f"{len(PAGES)} pages written to {HERE}")
