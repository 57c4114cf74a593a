<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>Liên hệ &gt; Sở Giáo dục và Đào tạo tỉnh Bình Dương</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/Portals/_default/default.css" rel="stylesheet" type="text/css" />
<link href="/Portals/0/Skins/SGD/skin.css" rel="stylesheet" type="text/css" />
<script src="/js/dnncore.js" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/Lienhe/tabid/290/Default.aspx" id="Form" enctype="multipart/form-data">
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
<div class="DnnModule DnnModule-News DnnModule-760"><a name="760"></a><div class="c_head"><span id="dnn_ctr760_dnnTITLE_titleLabel" class="Head">Liên hệ</span></div><div id="dnn_ctr760_ContentPane" class="contentpane"><p>Nội dung đang được cập nhật.</p></div></div>
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
