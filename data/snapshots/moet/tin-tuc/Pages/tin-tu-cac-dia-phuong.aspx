<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Tin từ các địa phương</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D">
<script type="text/javascript" src="/_layouts/15/init.js?rev=cXRy5Q"></script>
</head>
<body>
<form method="post" action="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZQ==" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-moet"><a href="/"><img src="/PublishingImages/logo-bo.png" alt="Bộ Giáo dục và Đào tạo"></a>
<div class="top-links"><a href="/">Trang chủ</a> | <a href="/gioi-thieu/Pages/default.aspx">Giới thiệu</a> | <a href="/tin-tuc/Pages/default.aspx">Tin tức</a> | <a href="/van-ban/Pages/default.aspx">Văn bản</a> | <a href="https://www.facebook.com/" target="_blank">Facebook</a></div></div>
<div class="breadcrumb-moet"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc/Pages/default.aspx">Tin tức</a> &gt; <a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx">Tin từ các địa phương</a></div>
<div class="ms-table"><div class="col-main" id="ctl00_PlaceHolderMain_divMain">
<h2 class="cat">Tin từ các địa phương</h2><div class="item-news"><div class="item-img"><img src="/tin-tuc/PublishingImages/thanh-hoa-nq29-1.jpg" alt=""></div>
<div class="item-info"><a class="item-title" href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6226">Thanh Hóa tổng kết 10 năm thực hiện Nghị quyết 29-NQ/TW</a><div class="item-date">07/11/2023</div><div class="item-summary">(GD&amp;ĐT) – Chiều 6/11, Tỉnh ủy Thanh Hóa tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết 29-NQ/TW của Ban Chấp hành Trung ương khóa XI và Chương trình hành động số 19-CTr/TU...</div></div></div><div class="item-news"><div class="item-img"><img src="/tin-tuc/PublishingImages/tong-ket-nam-hoc-2023-1.jpg" alt=""></div>
<div class="item-info"><a class="item-title" href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6239">Đắk Lắk tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học mới</a><div class="item-date">25/08/2023</div><div class="item-summary">(GD&amp;ĐT) – Sáng 24/8, Sở GD&amp;ĐT Đắk Lắk tổ chức Hội nghị tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp...</div></div></div><div class="item-news"><div class="item-img"><img src="/tin-tuc/PublishingImages/lao-cai-dai-hoi-cd-1.jpg" alt=""></div>
<div class="item-info"><a class="item-title" href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6252">Lào Cai: Đại hội Công đoàn Giáo dục tỉnh lần thứ XVI, nhiệm kỳ 2023 – 2028</a><div class="item-date">19/05/2023</div><div class="item-summary">(GD&amp;ĐT) – Trong hai ngày 18 – 19/5, Công đoàn Giáo dục tỉnh Lào Cai tổ chức Đại hội đại biểu lần thứ XVI, nhiệm kỳ 2023 – 2028 với sự tham dự của 180 đại biểu đại diện cho hơn...</div></div></div><div class="paging"><span class="current">1</span> <a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?Page=2">2</a> <a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?Page=2" class="next">&gt;</a></div>
</div>
<div class="col-side">
<div class="side-box"><div class="side-title">Tin nổi bật</div><ul><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6226">Thanh Hóa tổng kết 10 năm thực hiện Nghị quyết 29-NQ/TW</a></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6239">Đắk Lắk tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học mới</a></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6252">Lào Cai: Đại hội Công đoàn Giáo dục tỉnh lần thứ XVI, nhiệm kỳ 2023 – 2028</a></li></ul></div>
<div class="side-box"><div class="side-title">Dịch vụ công trực tuyến</div><a href="https://dichvucong.moet.gov.vn" target="_blank">Cổng dịch vụ công</a></div>
</div></div>
<div class="footer-moet"><p>Bản quyền thuộc về Bộ Giáo dục và Đào tạo.</p>
<p>Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội - Điện thoại: 024 3869 5144</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử Bộ Giáo dục và Đào tạo" khi phát hành lại thông tin từ website này.</p></div>
</div></div>
</form>
</body>
</html>
