<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Phòng Giáo dục và Đào tạo quận Bắc Từ Liêm :: Hội nghị tổng kết năm học 2022-2023 bậc học Mầm non quận Bắc Từ Liêm</title>
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
<tr><td class="tieude_bv"><font size="4" color="#003399"><b>Hội nghị tổng kết năm học 2022-2023 bậc học Mầm non quận Bắc Từ Liêm</b></font></td></tr>
<tr><td><font color="#666666"><i>Ngày 02 tháng 06 năm 2023</i></font></td></tr>
<tr><td align="justify"><font face="Arial" size="2">
Chiều ngày 01/6/2023, Phòng GD&amp;ĐT quận Bắc Từ Liêm tổ chức Hội nghị tổng
kết năm học 2022-2023 bậc học Mầm non. Dự Hội nghị có đồng chí Trưởng phòng
GD&amp;ĐT quận cùng hiệu trưởng, phó hiệu trưởng 37 trường mầm non công lập và
đại diện các nhóm lớp độc lập tư thục.<br>
<br>
Năm học 2022-2023, bậc học Mầm non quận có 37 trường công lập và 72 nhóm lớp
độc lập với trên 16.500 trẻ. Tỷ lệ huy động trẻ nhà trẻ đạt 52,3%, trẻ mẫu
giáo đạt 98,9%; 100% trẻ được tổ chức ăn bán trú, được theo dõi sức khỏe bằng
biểu đồ tăng trưởng. Tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm xuống còn
1,2%.<br>
<br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;width:100%"><tbody>
<tr><th>Nội dung</th><th>Năm học 2021-2022</th><th>Năm học 2022-2023</th></tr>
<tr><td>Trường đạt chuẩn quốc gia</td><td>28</td><td>31</td></tr>
<tr><td>Tỷ lệ huy động trẻ mẫu giáo</td><td>98,1%</td><td>98,9%</td></tr>
<tr><td>Giáo viên đạt chuẩn trở lên</td><td>96,4%</td><td>98,7%</td></tr>
</tbody></table>
Năm học 2023-2024, Phòng GD&amp;ĐT đề nghị các trường tiếp tục thực hiện
chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”, tăng cường kiểm tra
các nhóm lớp độc lập, bảo đảm an toàn tuyệt đối cho trẻ.<br>
<br>
<div style="text-align:right"><b>Tổ Mầm non</b></div>
</font></td></tr>
<tr><td align="right"></td></tr>
<tr><td><b>Các bài viết khác:</b></td></tr>
<tr><td>- <a href="/index.php?chucnang=view_chitiet&amp;chudecode=4&amp;baivietcode=6702">Ngành Giáo dục quận Bắc Từ Liêm sơ kết học kỳ I năm học 2024-2025</a></td></tr><tr><td>- <a href="/index.php?chucnang=view_chitiet&amp;chudecode=4&amp;baivietcode=6706">Tập huấn giáo viên dạy giỏi cấp quận bậc Tiểu học đợt 1/2020</a></td></tr><tr><td>- <a href="/index.php?chucnang=view_chitiet&amp;chudecode=4&amp;baivietcode=6698">Chi bộ Trường THCS Thuỵ Phương học tập và làm theo Bác theo Chỉ thị 05</a></td></tr>
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
