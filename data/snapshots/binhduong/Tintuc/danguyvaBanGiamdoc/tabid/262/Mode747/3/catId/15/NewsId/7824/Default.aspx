<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>Đại hội Đảng bộ Sở GDĐT lần thứ VII, nhiệm kỳ 2020-2025 &gt; Sở Giáo dục và Đào tạo tỉnh Bình Dương</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/Portals/_default/default.css" rel="stylesheet" type="text/css" />
<link href="/Portals/0/Skins/SGD/skin.css" rel="stylesheet" type="text/css" />
<script src="/js/dnncore.js" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/Tintuc/danguyvaBanGiamdoc/tabid/262/Mode747/3/catId/15/NewsId/7824/Default.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJMzYzNTQ0MzU3D2QWBmYPFgIeBFRleHQFPjwhRE9DVFlQRSBIVE1MIFBVQkxJQyAiLS8vVzNDLy9EVEQgSFRNTCA0LjAgVHJhbnNpdGlvbmFsLy9FTiI+ZGQ=" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }
//]]>
</script>
<div id="dnn_wrapper">
<div id="dnn_Header" class="header"><a id="dnn_dnnLOGO_hypLogo" title="Sở Giáo dục và Đào tạo tỉnh Bình Dương" href="/Default.aspx"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-sgd.jpg" alt="Sở Giáo dục và Đào tạo tỉnh Bình Dương" /></a></div>
<div id="dnn_Slogan" class="slogan"><marquee scrollamount="3">“Toàn ngành Giáo dục Bình Dương thi đua dạy tốt - học tốt, đổi mới căn bản, toàn diện giáo dục và đào tạo”</marquee></div>
<div id="dnn_MenuPane" class="menu"><ul id="dnn_dnnNAV_ctldnnNAV">
<li><a href="/Default.aspx">Trang chủ</a></li>
<li><a href="/Gioithieu/tabid/254/Default.aspx">Giới thiệu</a></li>
<li><a href="/Tintuc/danguyvaBanGiamdoc/tabid/262/Default.aspx">Đảng ủy và Ban Giám đốc</a></li>
<li><a href="/Vanban/tabid/270/Default.aspx">Văn bản</a></li>
<li><a href="/Lienhe/tabid/290/Default.aspx">Liên hệ</a></li></ul></div>
<div id="dnn_Breadcrumb" class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/Default.aspx" class="Breadcrumb">Trang chủ</a> » <a href="/Tintuc/danguyvaBanGiamdoc/tabid/262/Default.aspx" class="Breadcrumb">Đảng ủy và Ban Giám đốc</a></span></div>
<table class="layout" width="100%" cellspacing="0" cellpadding="0"><tr>
<td id="dnn_ContentPane" class="ContentPane" valign="top">
<div class="DnnModule DnnModule-News DnnModule-747"><a name="747"></a><div class="c_head"><span id="dnn_ctr747_dnnTITLE_titleLabel" class="Head">Tin tức</span></div><div id="dnn_ctr747_ContentPane" class="contentpane"><div id="dnn_ctr747_ViewNews_pnlDetail">
<span id="dnn_ctr747_ViewNews_lblTitle" class="NewsTitle">Đại hội Đảng bộ Sở GDĐT lần thứ VII, nhiệm kỳ 2020-2025</span><br />
<span id="dnn_ctr747_ViewNews_lblDate" class="NewsDate">19/06/2020 05:05 PM</span>
<div id="dnn_ctr747_ViewNews_pnlContent" class="Normal">
<p align="justify"><font face="Times New Roman" size="3">Trong hai ngày 18 và 19-6-2020, Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Dương tổ chức Đại hội lần thứ VII, nhiệm kỳ 2020-2025. Về dự Đại hội có đồng chí Phan Minh Hải, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh cùng 105 đảng viên đại diện cho 09 chi bộ trực thuộc.</font></p>
<p align="justify"><font face="Times New Roman" size="3">Nhiệm kỳ 2015-2020, Đảng bộ đã lãnh đạo thực hiện đạt và vượt 12/12 chỉ tiêu Nghị quyết Đại hội lần thứ VI đề ra; quy mô trường lớp phát triển nhanh đáp ứng yêu cầu của tỉnh công nghiệp với số học sinh tăng hơn 30%; tỷ lệ trường đạt chuẩn quốc gia tăng từ 38% lên 55%.</font></p>
<p align="justify"><font face="Times New Roman" size="3">Với phương châm “Đoàn kết – Đổi mới – Kỷ cương – Chất lượng”, Đại hội xác định mục tiêu nhiệm kỳ 2020-2025 là xây dựng Đảng bộ trong sạch, vững mạnh; lãnh đạo phát triển giáo dục tỉnh nhà theo hướng chuẩn hóa, hiện đại hóa, xã hội hóa và hội nhập quốc tế.</font></p>
<table class="image" align="center" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td><img src="/Portals/0/News/dai-hoi-vii-1.jpg" alt="Ban Chấp hành Đảng bộ Sở nhiệm kỳ 2020-2025 ra mắt Đại hội" width="600" height="400"></td></tr><tr><td class="image_desc" style="text-align:center"><em>Ban Chấp hành Đảng bộ Sở nhiệm kỳ 2020-2025 ra mắt Đại hội</em></td></tr></tbody></table>
<p align="justify"><font face="Times New Roman" size="3">Đại hội đã bầu Ban Chấp hành Đảng bộ nhiệm kỳ 2020-2025 gồm 11 đồng chí, đồng thời bầu 05 đại biểu đi dự Đại hội Đảng bộ Khối các cơ quan tỉnh.</font></p>
</div>
<div class="NewsAuthor" style="text-align:right"><span id="dnn_ctr747_ViewNews_lblAuthor">Người viết: Thanh Tùng</span></div>
<div id="dnn_ctr747_ViewNews_pnlAttach" class="attach"><span class="SubHead">Tài liệu đính kèm:</span> <a href="/Portals/0/Files/dai-hoi-dang-bo-so-gddt-lan-thu-vii-nhie.pdf" target="_blank">Tải về</a></div>
<div class="news-tools"><a id="dnn_ctr747_ViewNews_lnkPrint" href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="othernews-box"><span class="SubHead">Các tin đã đưa</span><ul><li><a href="/Tintuc/danguyvaBanGiamdoc/tabid/262/Mode747/3/catId/15/NewsId/7818/Default.aspx" class="othernews">Chuẩn bị cơ sở vật chất, thiết bị dạy học cho năm học mới 2024-2025</a> <span class="NormalDate">(09/08/2024)</span></li><li><a href="/Tintuc/danguyvaBanGiamdoc/tabid/262/Mode747/3/catId/15/NewsId/7806/Default.aspx" class="othernews">Đảng ủy Sở GDĐT tổng kết công tác Đảng năm 2020, triển khai nhiệm vụ năm 2021</a> <span class="NormalDate">(15/01/2021)</span></li><li><a href="/Tintuc/danguyvaBanGiamdoc/tabid/262/Mode747/3/catId/15/NewsId/7812/Default.aspx" class="othernews">Học tập chuyên đề năm 2018 về xây dựng phong cách, tác phong công tác của người đứng đầu theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a> <span class="NormalDate">(22/03/2018)</span></li></ul></div>
</div></div></div>
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
<span>Địa chỉ: Tầng 9, Tháp A, Trung tâm Hành chính tỉnh, Phường Hòa Phú, TP. Thủ Dầu Một - ĐT: 0274 3822 475</span></div>
</div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgLv8ZjvCwKM54rGBg==" />
</form>
</body>
</html>
