<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="/" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>Tin tức - Sự kiện</title>
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
<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h2>Tin tức - Sự kiện</h2></div><div class="items-row cols-1 row-0 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="/index.php?option=com_content&amp;view=article&amp;id=346:so-ket-3-nam-thuc-hien-ct-05-cua-bo-chinh-tri&amp;catid=12&amp;Itemid=105" itemprop="url">Đảng bộ Sở GD&amp;ĐT sơ kết 3 năm thực hiện CT 05 của Bộ Chính trị</a></h2></div>
<dl class="article-info muted"><dd class="published"><time datetime="2019-05-29T15:00:00+07:00">Được đăng ngày Thứ tư, 29 Tháng 5 2019</time></dd></dl>
<p>Chiều ngày 28/5/2019, Đảng bộ Sở GD&amp;ĐT tổ chức Hội nghị sơ kết 3 năm thực hiện CT 05 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Dự...</p>
<p class="readmore"><a class="btn" href="/index.php?option=com_content&amp;view=article&amp;id=346:so-ket-3-nam-thuc-hien-ct-05-cua-bo-chinh-tri&amp;catid=12&amp;Itemid=105" itemprop="url"><span class="icon-chevron-right"></span> Xem thêm: Đảng bộ Sở GD&amp;ĐT sơ kết 3 năm thực hiện ...</a></p></div></div></div><div class="items-row cols-1 row-1 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="/index.php?option=com_content&amp;view=article&amp;id=392:hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-nam&amp;catid=12&amp;Itemid=105" itemprop="url">Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh năm học 2018-2019</a></h2></div>
<dl class="article-info muted"><dd class="published"><time datetime="2018-11-26T16:10:00+07:00">Được đăng ngày Thứ hai, 26 Tháng 11 2018</time></dd></dl>
<p>Từ ngày 21 đến 24/11/2018, Sở GD&amp;ĐT Hà Giang tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS và THPT năm học 2018-2019 tại Trường THPT Chuyên Hà Giang. Tham gia Hội thi có...</p>
<p class="readmore"><a class="btn" href="/index.php?option=com_content&amp;view=article&amp;id=392:hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-nam&amp;catid=12&amp;Itemid=105" itemprop="url"><span class="icon-chevron-right"></span> Xem thêm: Hội thi giáo viên chủ nhiệm lớp giỏi cấp...</a></p></div></div></div><div class="items-row cols-1 row-2 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="/index.php?option=com_content&amp;view=article&amp;id=323:so-gd-dt-hoc-tap-quan-triet-nghi-quyet-trung-uong&amp;catid=12&amp;Itemid=105" itemprop="url">Sở GD&amp;ĐT học tập, quán triệt Nghị quyết Trung ương 4 khóa XII</a></h2></div>
<dl class="article-info muted"><dd class="published"><time datetime="2017-01-10T08:20:00+07:00">Được đăng ngày Thứ ba, 10 Tháng 1 2017</time></dd></dl>
<p>Ngày 09/01/2017, Đảng ủy Sở GD&amp;ĐT Hà Giang tổ chức Hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII cho toàn thể cán bộ, đảng...</p>
<p class="readmore"><a class="btn" href="/index.php?option=com_content&amp;view=article&amp;id=323:so-gd-dt-hoc-tap-quan-triet-nghi-quyet-trung-uong&amp;catid=12&amp;Itemid=105" itemprop="url"><span class="icon-chevron-right"></span> Xem thêm: Sở GD&amp;ĐT học tập, quán triệt Nghị quyết ...</a></p></div></div></div><div class="pagination"><p class="counter pull-right">Trang 1 / 2</p><ul class="pagination-list"><li><a title="Bắt đầu" href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=105" class="pagenav">Bắt đầu</a></li><li class="active"><a>1</a></li><li><a title="2" href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=105&amp;start=3" class="pagenav">2</a></li><li><a title="Tiếp" href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=105&amp;start=3" class="pagenav">Tiếp</a></li><li><a title="Cuối" href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=105&amp;start=3" class="pagenav">Cuối</a></li></ul></div></div>
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
