<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Phòng Giáo dục và Đào tạo quận Bắc Từ Liêm :: Giới thiệu</title>
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
<p>Phòng GD&amp;ĐT quận Bắc Từ Liêm.</p>
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
