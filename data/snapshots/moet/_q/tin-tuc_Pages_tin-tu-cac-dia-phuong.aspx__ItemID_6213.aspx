<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Nghệ An: Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW trong ngành Giáo dục</title>
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
<div class="news-title"><h1>Nghệ An: Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW trong ngành Giáo dục</h1></div>
<div class="news-date">Thứ hai, 12/04/2021 18:20</div>
<div class="news-tools"><a href="javascript:window.print();">In trang</a> <a href="https://www.facebook.com/sharer/sharer.php" target="_blank">Chia sẻ</a></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" style="display:inline">
<p style="text-align: justify;">(GD&amp;ĐT) – Sáng 12/4, Sở GD&amp;ĐT Nghệ An tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2016 – 2021.</p>
<p style="text-align: justify;">Theo báo cáo, 5 năm qua, toàn ngành Giáo dục Nghệ An đã tổ chức hơn 3.200 buổi sinh hoạt chuyên đề, tọa đàm, hội thi kể chuyện về Bác; gắn việc học tập và làm theo Bác với phong trào “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”. Nhiều trường học ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong đã xây dựng mô hình “Bữa cơm có thịt”, “Tủ sách dân tộc” giúp học sinh nghèo duy trì việc đến trường.</p>
<table class="image" align="center" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td><img src="/tin-tuc/PublishingImages/nghe-an-ct05-1.jpg" alt="Lãnh đạo Sở GD&amp;ĐT Nghệ An trao Bằng khen cho các tập thể điển hình" width="600" height="400"></td></tr><tr><td class="image_desc" style="text-align:center"><em>Lãnh đạo Sở GD&amp;ĐT Nghệ An trao Bằng khen cho các tập thể điển hình</em></td></tr></tbody></table>
<p style="text-align: justify;">Tại Hội nghị, UBND tỉnh đã tặng Bằng khen cho 12 tập thể và 25 cá nhân; Giám đốc Sở GD&amp;ĐT tặng Giấy khen cho 40 tập thể, 96 cá nhân có thành tích tiêu biểu.</p>
<p style="text-align: justify;">Thời gian tới, ngành Giáo dục Nghệ An tiếp tục đổi mới nội dung, hình thức học tập và làm theo Bác, đặc biệt chú trọng giáo dục đạo đức, lối sống cho học sinh thông qua các môn học và hoạt động trải nghiệm.</p>
</div>
<div class="news-author" style="text-align:right;font-weight:bold">Sở GD&amp;ĐT Nghệ An</div>

</div>
<div class="related-news"><div class="related-title">Tin liên quan</div><ul><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6226">Thanh Hóa tổng kết 10 năm thực hiện Nghị quyết 29-NQ/TW</a> <span class="date">(07/11/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6239">Đắk Lắk tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học mới</a> <span class="date">(25/08/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6252">Lào Cai: Đại hội Công đoàn Giáo dục tỉnh lần thứ XVI, nhiệm kỳ 2023 – 2028</a> <span class="date">(19/05/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6265">Cà Mau: Tập huấn hơn 5.000 giáo viên thực hiện chương trình GDPT 2018</a> <span class="date">(28/07/2020)</span></li></ul></div>
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
