<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Thanh Hóa tổng kết 10 năm thực hiện Nghị quyết 29-NQ/TW</title>
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
<div class="news-detail">
<div class="news-title"><h1>Thanh Hóa tổng kết 10 năm thực hiện Nghị quyết 29-NQ/TW</h1></div>
<div class="news-date">Thứ ba, 07/11/2023 20:05</div>
<div class="news-tools"><a href="javascript:window.print();">In trang</a> <a href="https://www.facebook.com/sharer/sharer.php" target="_blank">Chia sẻ</a></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" style="display:inline">
<p style="text-align: justify;">(GD&amp;ĐT) – Chiều 6/11, Tỉnh ủy Thanh Hóa tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết 29-NQ/TW của Ban Chấp hành Trung ương khóa XI và Chương trình hành động số 19-CTr/TU của Tỉnh ủy về đổi mới căn bản, toàn diện giáo dục và đào tạo.</p>
<p style="text-align: justify;">Sau 10 năm, quy mô giáo dục của Thanh Hóa tiếp tục được duy trì ở mức lớn nhất khu vực Bắc Trung Bộ với hơn 900 nghìn học sinh; tỷ lệ trường đạt chuẩn quốc gia đạt 89,4%, đứng đầu các tỉnh có quy mô lớn. Chất lượng giáo dục mũi nhọn có bước tiến vượt bậc: học sinh tỉnh giành 13 huy chương Olympic quốc tế và khu vực, hằng năm luôn nằm trong tốp 5 cả nước về số giải học sinh giỏi quốc gia.</p>
<table class="image" align="center" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td><img src="/tin-tuc/PublishingImages/thanh-hoa-nq29-1.jpg" alt="Toàn cảnh Hội nghị tổng kết" width="600" height="400"></td></tr><tr><td class="image_desc" style="text-align:center"><em>Toàn cảnh Hội nghị tổng kết</em></td></tr></tbody></table>
<p style="text-align: justify;">Bên cạnh đó, Hội nghị cũng nhìn nhận tình trạng thừa, thiếu giáo viên cục bộ, cơ sở vật chất nhiều trường vùng miền núi còn khó khăn; công tác phân luồng học sinh sau THCS chưa đạt mục tiêu.</p>
<p style="text-align: justify;">Tỉnh Thanh Hóa đặt mục tiêu đến năm 2030, 100% trường đạt chuẩn quốc gia, nằm trong nhóm 10 tỉnh dẫn đầu cả nước về chất lượng giáo dục toàn diện.</p>
</div>
<div class="news-author" style="text-align:right;font-weight:bold">Bảo Ngọc</div>

</div>
<div class="related-news"><div class="related-title">Tin liên quan</div><ul><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6239">Đắk Lắk tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học mới</a> <span class="date">(25/08/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6252">Lào Cai: Đại hội Công đoàn Giáo dục tỉnh lần thứ XVI, nhiệm kỳ 2023 – 2028</a> <span class="date">(19/05/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6213">Nghệ An: Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW trong ngành Giáo dục</a> <span class="date">(12/04/2021)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6265">Cà Mau: Tập huấn hơn 5.000 giáo viên thực hiện chương trình GDPT 2018</a> <span class="date">(28/07/2020)</span></li></ul></div>
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
