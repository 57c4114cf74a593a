<!DOCTYPE html>
<html lang="vi-vn"><head><meta charset="utf-8" /><title>Gửi email bài viết này tới bạn bè</title></head>
<body class="contentpane modal"><div id="mailto-window"><h2>Gửi email bài viết này tới bạn bè.</h2>
<form action="/index.php" id="mailtoForm" method="post"><p><label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" /></p>
<p><button class="button" type="submit">Gửi</button></p></form></div></body></html>
