<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Phòng Giáo dục và Đào tạo quận Bắc Từ Liêm :: Ngành Giáo dục quận Bắc Từ Liêm sơ kết học kỳ I năm học 2024-2025</title>
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
<tr><td class="tieude_bv"><font size="4" color="#003399"><b>Ngành Giáo dục quận Bắc Từ Liêm sơ kết học kỳ I năm học 2024-2025</b></font></td></tr>
<tr><td><font color="#666666"><i>Ngày 17 tháng 01 năm 2025</i></font></td></tr>
<tr><td align="justify"><font face="Arial" size="2">
Sáng ngày 16/01/2025, Phòng GD&amp;ĐT quận Bắc Từ Liêm tổ chức Hội nghị sơ kết
học kỳ I năm học 2024-2025. Tham dự có lãnh đạo UBND quận, hiệu trưởng 72
trường mầm non, tiểu học, THCS công lập và ngoài công lập trên địa bàn.<br>
<br>
Học kỳ I, ngành đã tuyển sinh an toàn, đúng quy định; hoàn thành đưa vào sử
dụng 02 trường THCS mới tại phường Xuân Đỉnh và Cổ Nhuế 2, giảm sĩ số học sinh
trên lớp. Tiếp tục thực hiện Nghị quyết số 29 của Trung ương về đổi mới căn
bản, toàn diện giáo dục và đào tạo, các trường đẩy mạnh dạy học theo chủ đề
STEM, trải nghiệm thực tế; học sinh quận giành 63 giải tại kỳ thi học sinh
giỏi thành phố lớp 9.<br>
<br>
Học kỳ II, Phòng GD&amp;ĐT đề nghị các đơn vị tập trung ôn tập cho học sinh
lớp 9 chuẩn bị kỳ thi tuyển sinh vào lớp 10 năm 2025 theo phương án mới; tăng
cường chuyển đổi số, thực hiện học bạ số ở cấp tiểu học và THCS.<br>
<br>
<div style="text-align:right"><b>Văn phòng Phòng GD&amp;ĐT</b></div>
</font></td></tr>
<tr><td align="right"></td></tr>
<tr><td><b>Các bài viết khác:</b></td></tr>
<tr><td>- <a href="/index.php?chucnang=view_chitiet&amp;chudecode=4&amp;baivietcode=6694">Hội nghị tổng kết năm học 2022-2023 bậc học Mầm non quận Bắc Từ Liêm</a></td></tr><tr><td>- <a href="/index.php?chucnang=view_chitiet&amp;chudecode=4&amp;baivietcode=6706">Tập huấn giáo viên dạy giỏi cấp quận bậc Tiểu học đợt 1/2020</a></td></tr><tr><td>- <a href="/index.php?chucnang=view_chitiet&amp;chudecode=4&amp;baivietcode=6698">Chi bộ Trường THCS Thuỵ Phương học tập và làm theo Bác theo Chỉ thị 05</a></td></tr>
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
