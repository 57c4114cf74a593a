<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Phòng Giáo dục và Đào tạo quận Bắc Từ Liêm :: Tập huấn giáo viên dạy giỏi cấp quận bậc Tiểu học đợt 1/2020</title>
<link href="/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="150"></td></tr>
<tr><td colspan="3" bgcolor="#1B5E9E" height="28">
<a href="/index.php" class="menu">Trang chủ</a> | <a href="/index.php?chucnang=view_chude&amp;chudecode=1" class="menu">Giới thiệu</a> |
<a href="/index.php?chucnang=view_chude&amp;chudecode=4" class="menu">Tin tức - Sự kiện</a> | <a href="/index.php?chucnang=view_chude&amp;chudecode=7" class="menu">Văn bản</a> |
<a href="/index.php?chucnang=lienhe" class="menu">Liên hệ</a></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#EEF4FA">
<table width="100%" cellpadding="3"><tr><td class="tieude_trai">DANH MỤC</td></tr>
<tr><td>&raquo; <a href="/index.php?chucnang=view_chude&amp;chudecode=4">Tin tức - Sự kiện</a><br>&raquo; <a href="/index.php?chucnang=view_chude&amp;chudecode=7">Văn bản</a></td></tr>
<tr><td class="tieude_trai">THỐNG KÊ</td></tr><tr><td>Đang online: 5<br>Lượt truy cập: 745.902</td></tr></table>
</td>
<td width="580" valign="top">
<table width="100%" cellpadding="5" cellspacing="0">
<tr><td class="duongdan"><a href="/index.php">Trang chủ</a> &gt;&gt; <a href="/index.php?chucnang=view_chude&amp;chudecode=4">Tin tức - Sự kiện</a></td></tr>
<tr><td class="tieude_bv"><font size="4" color="#003399"><b>Tập huấn giáo viên dạy giỏi cấp quận bậc Tiểu học đợt 1/2020</b></font></td></tr>
<tr><td><font color="#666666"><i>Ngày 10 tháng 01 năm 2020</i></font></td></tr>
<tr><td align="justify"><font face="Arial" size="2">
Trong hai ngày 08 và 09/01/2020, Phòng GD&amp;ĐT quận Bắc Từ Liêm tổ chức buổi
tập huấn lần 1/2020 dành cho giáo viên chuẩn bị tham gia Hội thi giáo viên dạy
giỏi cấp quận bậc Tiểu học. Tham dự có 84 giáo viên của 22 trường tiểu học
trong quận.<br>
<br>
Các học viên được chuyên viên Phòng GD&amp;ĐT hướng dẫn cách thiết kế kế hoạch
bài dạy theo hướng phát triển phẩm chất, năng lực; cách tổ chức hoạt động
nhóm, sử dụng bảng tương tác và phiếu học tập điện tử; cách đánh giá học sinh
bằng nhận xét thường xuyên. Buổi chiều, giáo viên được dự 02 tiết dạy mẫu môn
Toán lớp 3 và Tiếng Việt lớp 4.<br>
<br>
Hội thi giáo viên dạy giỏi cấp quận dự kiến diễn ra vào tháng 3/2020 tại các
trường Tiểu học Phú Diễn, Cổ Nhuế 2A và Đông Ngạc A.<br>
<br>
<div style="text-align:right"><b>Tổ Tiểu học</b></div>
</font></td></tr>
<tr><td align="right"></td></tr>
<tr><td><b>Các bài viết khác:</b></td></tr>
<tr><td>- <a href="/index.php?chucnang=view_chitiet&amp;chudecode=4&amp;baivietcode=6702">Ngành Giáo dục quận Bắc Từ Liêm sơ kết học kỳ I năm học 2024-2025</a></td></tr><tr><td>- <a href="/index.php?chucnang=view_chitiet&amp;chudecode=4&amp;baivietcode=6694">Hội nghị tổng kết năm học 2022-2023 bậc học Mầm non quận Bắc Từ Liêm</a></td></tr><tr><td>- <a href="/index.php?chucnang=view_chitiet&amp;chudecode=4&amp;baivietcode=6698">Chi bộ Trường THCS Thuỵ Phương học tập và làm theo Bác theo Chỉ thị 05</a></td></tr>
</table>
</td>
<td width="200" valign="top" bgcolor="#EEF4FA">
<table width="100%" cellpadding="3"><tr><td class="tieude_trai">LIÊN KẾT</td></tr>
<tr><td><a href="https://hanoi.edu.vn" target="_blank">Sở GD&amp;ĐT Hà Nội</a></td></tr></table>
</td></tr>
<tr><td colspan="3" bgcolor="#1B5E9E" align="center"><font color="#FFFFFF">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN BẮC TỪ LIÊM<br>
Địa chỉ: Số 1 Kỳ Vũ, phường Thụy Phương, quận Bắc Từ Liêm, Hà Nội - Điện thoại: 024 3752 4211<br>Bản quyền thuộc về Phòng GD&amp;ĐT quận Bắc Từ Liêm</font></td></tr>
</table>
</body>
</html>
