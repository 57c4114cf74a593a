<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Đắk Lắk tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học mới</title>
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
<div class="news-title"><h1>Đắk Lắk tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học mới</h1></div>
<div class="news-date">Thứ sáu, 25/08/2023 19:30</div>
<div class="news-tools"><a href="javascript:window.print();">In trang</a> <a href="https://www.facebook.com/sharer/sharer.php" target="_blank">Chia sẻ</a></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" style="display:inline">
<p style="text-align: justify;">(GD&amp;ĐT) – Sáng 24/8, Sở GD&amp;ĐT Đắk Lắk tổ chức Hội nghị tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 15 điểm cầu huyện, thị xã, thành phố. Ông Trịnh Minh Hòa, Phó Giám đốc Sở GD&amp;ĐT chủ trì Hội nghị.</p>
<p style="text-align: justify;">Năm học 2022-2023, toàn tỉnh có 1.012 trường mầm non và phổ thông với hơn 520 nghìn học sinh. Ngành đã triển khai chương trình GDPT 2018 đối với các lớp 3, 7 và 10 đúng lộ trình; tỷ lệ trường đạt chuẩn quốc gia đạt 58,6%, tăng 3,1% so với năm học trước. Kỳ thi tốt nghiệp THPT năm 2023 diễn ra an toàn, nghiêm túc, tỷ lệ tốt nghiệp đạt 98,7%. Học sinh Đắk Lắk giành 54 giải tại kỳ thi chọn học sinh giỏi quốc gia.</p>
<table class="image" align="center" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td><img src="/tin-tuc/PublishingImages/tong-ket-nam-hoc-2023-1.jpg" alt="Đồng chí Trịnh Minh Hòa, Phó Giám đốc Sở GDĐT phát biểu tại Hội nghị" width="600" height="400"></td></tr><tr><td class="image_desc" style="text-align:center"><em>Đồng chí Trịnh Minh Hòa, Phó Giám đốc Sở GDĐT phát biểu tại Hội nghị</em></td></tr></tbody></table>
<p style="text-align: justify;">Bên cạnh đó, ngành vẫn còn những khó khăn như thiếu giáo viên ở một số môn học mới, cơ sở vật chất vùng đồng bào dân tộc thiểu số chưa đáp ứng yêu cầu, tỷ lệ học sinh bỏ học ở cấp THCS còn cao tại một số huyện.</p>
<p style="text-align: justify;">Năm học 2023-2024, ngành tập trung thực hiện 12 nhiệm vụ trọng tâm, trong đó ưu tiên tuyển dụng, bố trí đủ giáo viên; chuẩn bị các điều kiện triển khai chương trình GDPT 2018 đối với lớp 4, 8 và 11; đẩy mạnh chuyển đổi số và nâng cao chất lượng dạy tiếng Việt cho học sinh dân tộc thiểu số.</p>
<p style="text-align: justify;">Dịp này, Sở GD&amp;ĐT Đắk Lắk đã trao Giấy khen cho 36 tập thể và 70 cá nhân có thành tích xuất sắc trong năm học 2022-2023.</p>
</div>
<div class="news-author" style="text-align:right;font-weight:bold">Sở GD&amp;ĐT Đắk Lắk</div>

</div>
<div class="related-news"><div class="related-title">Tin liên quan</div><ul><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6226">Thanh Hóa tổng kết 10 năm thực hiện Nghị quyết 29-NQ/TW</a> <span class="date">(07/11/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6252">Lào Cai: Đại hội Công đoàn Giáo dục tỉnh lần thứ XVI, nhiệm kỳ 2023 – 2028</a> <span class="date">(19/05/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6213">Nghệ An: Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW trong ngành Giáo dục</a> <span class="date">(12/04/2021)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6265">Cà Mau: Tập huấn hơn 5.000 giáo viên thực hiện chương trình GDPT 2018</a> <span class="date">(28/07/2020)</span></li></ul></div>
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
