<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="/" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<meta name="author" content="Hoàng Dũng" />
<title>Đảng bộ Sở GD&amp;ĐT sơ kết 3 năm thực hiện CT 05 của Bộ Chính trị</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?8a6e2b" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8a6e2b"></script>
</head>
<body class="site com_content view-article no-layout no-task itemid-105">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/banner/banner-sgd-hagiang.png" alt="Sở Giáo dục và Đào tạo Hà Giang" /></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div></div></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php">Trang chủ</a></li>
<li class="item-102"><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=102">Giới thiệu</a></li>
<li class="item-105 current active"><a href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=105">Tin tức - Sự kiện</a></li>
<li class="item-110"><a href="/index.php?option=com_content&amp;view=category&amp;id=15&amp;Itemid=110">Văn bản chỉ đạo</a></li>
<li class="item-120"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=120">Liên hệ</a></li></ul></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=105" class="pathway"><span itemprop="name">Tin tức - Sự kiện</span></a></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">Đảng bộ Sở GD&amp;ĐT sơ kết 3 năm thực hiện CT 05 của Bộ Chính trị</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a>
<ul class="dropdown-menu"><li class="print-icon"><a href="#" onclick="window.print();return false;" title="In bài viết" rel="nofollow"><span class="icon-print"></span>In</a></li>
<li class="email-icon"><a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link=346" title="Gửi email bài viết này tới bạn bè" rel="nofollow"><span class="icon-envelope"></span>Email</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user"></span> Viết bởi <span itemprop="name">Hoàng Dũng</span></dd>
<dd class="category-name"><span class="icon-folder-open"></span> Chuyên mục: <a href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=105" itemprop="genre">Tin tức - Sự kiện</a></dd>
<dd class="published"><span class="icon-calendar"></span> <time datetime="2019-05-29T15:00:00+07:00" itemprop="datePublished">Được đăng ngày Thứ tư, 29 Tháng 5 2019 15:00</time></dd>
<dd class="hits"><span class="icon-eye-open"></span> <meta itemprop="interactionCount" content="UserPageVisits:2309" />Lượt xem: 2309</dd>
</dl>
<div itemprop="articleBody">
<p style="text-align: justify;">Chiều ngày 28/5/2019, Đảng bộ Sở GD&amp;ĐT tổ chức Hội nghị sơ kết 3 năm thực hiện CT 05 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Dự Hội nghị có đại diện Ban Tuyên giáo Tỉnh ủy, Đảng ủy Khối các cơ quan tỉnh và Bí thư 11 chi bộ trực thuộc.</p>
<p style="text-align: justify;">Sau 3 năm, việc học tập và làm theo Bác đã trở thành nội dung thường xuyên trong sinh hoạt chi bộ. Nhiều cách làm hay được các nhà trường triển khai như “Cõng chữ lên non”, “Nồi cháo tình thương” cho học sinh bán trú, “Áo ấm cho em” ở các huyện Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ. Trong 3 năm, cán bộ, giáo viên toàn ngành đã quyên góp được hơn 2,1 tỷ đồng hỗ trợ học sinh nghèo.</p>
<p style="text-align: center;"><img src="/images/tin-tuc/so-ket-ct05-hg-1.jpg" alt="Đồng chí Phó Bí thư Đảng ủy Sở trình bày báo cáo sơ kết" width="600" height="400"></p>
<p style="text-align: center;"><em>Đồng chí Phó Bí thư Đảng ủy Sở trình bày báo cáo sơ kết</em></p>
<p style="text-align: justify;">Hội nghị đã biểu dương 06 tập thể và 15 cá nhân điển hình. Thời gian tới, Đảng bộ tiếp tục tập trung làm theo Bác bằng những việc làm cụ thể, thiết thực, gắn với thực hiện nhiệm vụ năm học và xây dựng trường học thân thiện ở vùng cao.</p>
</div>

<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/index.php?option=com_content&amp;view=article&amp;id=392:hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-nam&amp;catid=12&amp;Itemid=105" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>
<li class="next"><a class="hasTooltip" href="/index.php?option=com_content&amp;view=article&amp;id=369:tong-ket-nam-hoc-2015-2016&amp;catid=12&amp;Itemid=105" rel="next">Tiếp theo <span class="icon-chevron-right"></span></a></li></ul>
</div>
<div class="moduletable"><h3>Các bài viết khác</h3><ul class="relateditems mod-list"><li><a href="/index.php?option=com_content&amp;view=article&amp;id=392:hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-nam&amp;catid=12&amp;Itemid=105">Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh năm học 2018-2019</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=323:so-gd-dt-hoc-tap-quan-triet-nghi-quyet-trung-uong&amp;catid=12&amp;Itemid=105">Sở GD&amp;ĐT học tập, quán triệt Nghị quyết Trung ương 4 khóa XII</a></li><li><a href="/index.php?option=com_content&amp;view=article&amp;id=369:tong-ket-nam-hoc-2015-2016&amp;catid=12&amp;Itemid=105">Hội nghị tổng kết năm học 2015-2016 và triển khai nhiệm vụ năm học 2016-2017</a></li></ul></div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews mod-list">
<li itemscope itemtype="https://schema.org/Article"><a href="/index.php?option=com_content&amp;view=article&amp;id=346:so-ket-3-nam-thuc-hien-ct-05-cua-bo-chinh-tri&amp;catid=12&amp;Itemid=105" itemprop="url"><span itemprop="name">Đảng bộ Sở GD&amp;ĐT sơ kết 3 năm thực hiện CT 05 của Bộ Chính trị</span></a></li><li itemscope itemtype="https://schema.org/Article"><a href="/index.php?option=com_content&amp;view=article&amp;id=392:hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-nam&amp;catid=12&amp;Itemid=105" itemprop="url"><span itemprop="name">Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh năm học 2018-2019</span></a></li><li itemscope itemtype="https://schema.org/Article"><a href="/index.php?option=com_content&amp;view=article&amp;id=323:so-gd-dt-hoc-tap-quan-triet-nghi-quyet-trung-uong&amp;catid=12&amp;Itemid=105" itemprop="url"><span itemprop="name">Sở GD&amp;ĐT học tập, quán triệt Nghị quyết Trung ương 4 khóa XII</span></a></li><li itemscope itemtype="https://schema.org/Article"><a href="/index.php?option=com_content&amp;view=article&amp;id=369:tong-ket-nam-hoc-2015-2016&amp;catid=12&amp;Itemid=105" itemprop="url"><span itemprop="name">Hội nghị tổng kết năm học 2015-2016 và triển khai nhiệm vụ năm học 2016-2017</span></a></li>
</ul></div>
<div class="well "><h3 class="page-header">Liên kết website</h3><div class="custom"><p><a href="https://moet.gov.vn" target="_blank" rel="noopener noreferrer">Bộ Giáo dục và Đào tạo</a></p></div></div>
<div class="well "><h3 class="page-header">Thống kê truy cập</h3><div class="vcnt"><div>Hôm nay: 233</div><div>Tổng lượt truy cập: 1.802.557</div><div>Đang online: 11</div></div></div>
</div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<div class="custom"><p style="text-align: center;"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ GIANG</strong></p>
<p style="text-align: center;">Địa chỉ: Số 298 đường Nguyễn Trãi, TP. Hà Giang - Điện thoại: 0219 3866 220</p>
<p style="text-align: center;">Bản quyền thuộc về Sở Giáo dục và Đào tạo Hà Giang</p></div>
<p class="pull-right"><a href="#top" id="back-top">Trở lên trên</a></p></div></footer>
</body>
</html>
