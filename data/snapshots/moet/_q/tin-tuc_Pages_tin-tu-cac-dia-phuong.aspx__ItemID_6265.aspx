<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft SharePoint">
<title>Cà Mau: Tập huấn hơn 5.000 giáo viên thực hiện chương trình GDPT 2018</title>
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
<div class="news-title"><h1>Cà Mau: Tập huấn hơn 5.000 giáo viên thực hiện chương trình GDPT 2018</h1></div>
<div class="news-date">Thứ ba, 28/07/2020 21:10</div>
<div class="news-tools"><a href="javascript:window.print();">In trang</a> <a href="https://www.facebook.com/sharer/sharer.php" target="_blank">Chia sẻ</a></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" style="display:inline">
<p style="text-align: justify;">(GD&amp;ĐT) – Từ ngày 20 – 27/7, Sở GDĐT Cà Mau tổ chức tập huấn sử dụng sách giáo khoa lớp 1 và bồi dưỡng mô-đun 2 cho hơn 5.000 giáo viên tiểu học trên địa bàn tỉnh, chuẩn bị cho năm học đầu tiên thực hiện chương trình GDPT 2018.</p>
<p style="text-align: justify;">Hình thức tập huấn kết hợp trực tuyến trên hệ thống LMS và trực tiếp tại 09 điểm huyện, thành phố. Giáo viên được hướng dẫn sử dụng các bộ sách giáo khoa đã được lựa chọn, xây dựng kế hoạch dạy học, đánh giá học sinh theo hướng phát triển phẩm chất, năng lực.</p>
<table class="image" align="center" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td><img src="/tin-tuc/PublishingImages/ca-mau-tap-huan-1.jpg" alt="Giáo viên tiểu học huyện Năm Căn tham gia tập huấn" width="600" height="400"></td></tr><tr><td class="image_desc" style="text-align:center"><em>Giáo viên tiểu học huyện Năm Căn tham gia tập huấn</em></td></tr></tbody></table>
<p style="text-align: justify;">Theo Sở GDĐT Cà Mau, đến nay 100% phòng học lớp 1 đã được sắp xếp đủ bàn ghế, thiết bị dạy học tối thiểu; các trường có học sinh dân tộc Khmer được bổ sung tài liệu hỗ trợ học sinh làm quen tiếng Việt trước khi vào lớp 1.</p>
</div>
<div class="news-author" style="text-align:right;font-weight:bold">Minh Khôi</div>

</div>
<div class="related-news"><div class="related-title">Tin liên quan</div><ul><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6226">Thanh Hóa tổng kết 10 năm thực hiện Nghị quyết 29-NQ/TW</a> <span class="date">(07/11/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6239">Đắk Lắk tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học mới</a> <span class="date">(25/08/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6252">Lào Cai: Đại hội Công đoàn Giáo dục tỉnh lần thứ XVI, nhiệm kỳ 2023 – 2028</a> <span class="date">(19/05/2023)</span></li><li><a href="/tin-tuc/Pages/tin-tu-cac-dia-phuong.aspx?ItemID=6213">Nghệ An: Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW trong ngành Giáo dục</a> <span class="date">(12/04/2021)</span></li></ul></div>
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
