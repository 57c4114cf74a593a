"""A misbehaving department website, for the crawler's failure tests.

It is crawlable as a site: ``/`` and ``/tin-tuc/`` are listings whose article
links lead to ordinary articles and to pages that fail in one way each
(server errors that recover, timeouts, resets, truncated or huge bodies,
binary served as HTML, wrong charset, redirect loops, a robots.txt-disallowed
page, a PDF attachment, a pagination that loops back to page 1).

The raw fault routes are also reachable directly by query string::

    /status?code=503&recover_after=2   /slow?seconds=40   /reset   /truncated
    /huge?mb=20   /binary-as-html   /charset?declared=utf-8&actual=cp1258
    /loop?to=/loop   /redirect?to=/x   /empty   /malformed
"""
from __future__ import annotations

import json
import socket
import struct
import threading
import time
import unicodedata
from collections import Counter
from contextlib import contextmanager
from typing import Iterator
from urllib.parse import parse_qs, urlsplit

from snapserver.sites import QuietHandler, Server, base_url, start_server

HTML = "text/html; charset=utf-8"

# Realistic article texts (invented, in the style of department news).
ARTICLES: dict[str, tuple[str, str, list[str]]] = {
    "hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023": (
        "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023", "2023-07-14",
        ["Sáng ngày 14/7/2023, Đảng ủy Sở Giáo dục và Đào tạo tổ chức Hội nghị sơ kết công tác "
         "xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.",
         "Hội nghị đánh giá kết quả thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học "
         "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
         "Các chi bộ trực thuộc đã hoàn thành tốt nhiệm vụ được giao."]),
    "tong-ket-nam-hoc-2022-2023-va-trien-khai-nhiem-vu-moi": (
        "Tổng kết năm học 2022-2023 và triển khai nhiệm vụ năm học mới", "2023-08-20",
        ["Chiều ngày 20/8/2023, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học "
         "2022-2023.", "Hội nghị đã biểu dương các đơn vị có thành tích xuất sắc.",
         "Giám đốc Sở giao nhiệm vụ trọng tâm cho năm học 2023-2024."]),
    "hoc-tap-quan-triet-nghi-quyet-hoi-nghi-trung-uong-8": (
        "Học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII", "2023-12-05",
        ["Ngày 05/12/2023, Đảng bộ Sở tổ chức hội nghị học tập, quán triệt Nghị quyết Hội nghị "
         "lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII.",
         "Đảng viên được nghe báo cáo viên truyền đạt các nội dung cơ bản của Nghị quyết.",
         "Hội nghị kết thúc với tinh thần đoàn kết và quyết tâm cao."]),
}

# Article-shaped aliases for each fault, so a crawl of the site meets them.
ALIASES: dict[str, str] = {
    "/tin-tuc/may-chu-tam-thoi-qua-tai-khi-dang-bai-hoi-nghi.html": "/status?code=503&recover_after=2",
    "/tin-tuc/bai-viet-da-bi-go-bo-khoi-cong-thong-tin.html": "/status?code=404",
    "/tin-tuc/bai-viet-chuyen-huong-vong-lap-khong-ket-thuc.html": "/loop?to=/tin-tuc/bai-viet-chuyen-huong-vong-lap-khong-ket-thuc.html",
    "/tin-tuc/tep-tin-qua-lon-khong-nen-tai-ve-toan-bo.html": "/huge?mb=20",
    "/tin-tuc/du-lieu-nhi-phan-gia-dang-trang-html.html": "/binary-as-html",
    "/tin-tuc/bai-viet-ma-hoa-sai-khai-bao-utf-8.html": "/charset?declared=utf-8&actual=cp1258",
    "/tin-tuc/bai-viet-bi-cat-cut-giua-chung-duong.html": "/truncated",
    "/tin-tuc/ket-noi-bi-ngat-dot-ngot-khi-tai-trang.html": "/reset",
    "/tin-tuc/trang-trong-khong-co-noi-dung-gi-ca.html": "/empty",
    "/tin-tuc/bai-viet-chuyen-sang-dia-chi-moi-cua-so.html": "/redirect?to=/tin-tuc/hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023.html",
}
SLOW_ALIAS = "/tin-tuc/may-chu-phan-hoi-rat-cham-khi-tai-bai.html"
CP1258_ARTICLE = "/tin-tuc/dai-hoi-chi-bo-nhiem-ky-2022-2025-ma-windows-1258.html"
NFD_ARTICLE = "/tin-tuc/hoi-nghi-vien-chuc-nguoi-lao-dong-van-ban-nfd.html"
MALFORMED_ARTICLE = "/tin-tuc/bai-viet-html-hong-the-dong-khong-day-du.html"
PRIVATE_ARTICLE = "/private/bao-cao-noi-bo-khong-cong-khai-tren-mang.html"
PDF_FILE = "/files/ke-hoach-so-ket-chi-thi-05.pdf"
NO_HEAD_FILE = "/files/bao-cao-tong-ket-nam-hoc.docx"   # answers HEAD with 405, GET with the bytes
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

CP1258_TEXT = ("Đại hội Chi bộ nhiệm kỳ 2022-2025", "2022-06-10",
               ["Ngày 10/6/2022, Chi bộ trường tổ chức Đại hội đại biểu nhiệm kỳ 2022-2025.",
                "Đại hội đã bầu Ban Chấp hành gồm năm đồng chí, thống nhất chương trình hành động.",
                "Đồng chí Bí thư phát biểu bế mạc, kêu gọi đảng viên phát huy tinh thần trách nhiệm."])
NFD_TEXT = ("Hội nghị viên chức, người lao động năm học 2023-2024", "2023-10-02",
            ["Sáng ngày 02/10/2023, nhà trường tổ chức Hội nghị viên chức, người lao động.",
             "Hội nghị thông qua quy chế chi tiêu nội bộ và quy chế dân chủ ở cơ sở.",
             "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết."])

ROBOTS = "User-agent: *\nDisallow: /private/\n"


QUALITY_MARKS = "\u0302\u0306\u031b"   # circumflex, breve, horn: precomposed in cp1258 (â ă ơ ư ê ô)


def cp1258_encode(text: str) -> bytes:
    """Windows-1258 bytes as real sites emit them: base letter with its quality mark
    precomposed, then the tone mark as a combining character."""
    out: list[str] = []
    cluster: list[str] = []

    def flush() -> None:
        if not cluster:
            return
        base, marks = cluster[0], cluster[1:]
        quality = "".join(m for m in marks if m in QUALITY_MARKS)
        tones = "".join(m for m in marks if m not in QUALITY_MARKS)
        merged = unicodedata.normalize("NFC", base + quality)
        out.append((merged if len(merged) == 1 else base + quality) + tones)
        cluster.clear()

    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and cluster:
            cluster.append(ch)
        else:
            flush()
            cluster.append(ch)
    flush()
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


def article_html(title: str, published: str, paras: list[str], charset: str = "utf-8",
                 extra: str = "") -> str:
    y, m, d = published.split("-")
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="{charset}"><title>{title}</title></head>'
            f'<body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a></div>'
            f'<div class="article"><h1>{title}</h1><div class="date">Ngày đăng: {d}/{m}/{y}</div>'
            f'{body}{extra}</div><div class="footer">Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm</div>'
            f'</body></html>')


def listing_html(title: str, links: list[tuple[str, str]], pager: str = "") -> str:
    items = "\n".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a></div>'
            f'<h2>{title}</h2><ul class="news-list">{items}</ul>{pager}</body></html>')


def _title_of(path: str) -> str:
    slug = path.rsplit("/", 1)[-1].removesuffix(".html")
    return slug.replace("-", " ").capitalize()


def site_links() -> list[tuple[str, str]]:
    links = [(f"/tin-tuc/{slug}.html", t) for slug, (t, _, _) in ARTICLES.items()]
    links += [(alias, _title_of(alias)) for alias in ALIASES]
    links += [(CP1258_ARTICLE, CP1258_TEXT[0]), (NFD_ARTICLE, NFD_TEXT[0]),
              (MALFORMED_ARTICLE, "Bài viết HTML hỏng thẻ đóng không đầy đủ"),
              (PRIVATE_ARTICLE, "Báo cáo nội bộ không công khai trên mạng"),
              (SLOW_ALIAS, "Máy chủ phản hồi rất chậm khi tải bài")]
    return links


class FaultState:
    """Per-key counters (``recover_after``) shared by the handler threads."""

    def __init__(self, slow_alias_seconds: float = 30.0):
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.requests: list[tuple[str, str]] = []
        self.slow_alias_seconds = slow_alias_seconds

    def hit(self, key: str) -> int:
        with self.lock:
            self.counts[key] += 1
            return self.counts[key]


class FaultHandler(QuietHandler):
    state: FaultState

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    def do_GET(self) -> None:
        self._dispatch(head=False)

    def _dispatch(self, head: bool) -> None:
        with self.state.lock:
            self.state.requests.append((self.command, self.path))
        target = self.path
        if target == "/__snapserver/requests":
            self.send_bytes(200, json.dumps(self.state.requests).encode(), "application/json", head=head)
            return
        if target in ALIASES:
            return self._fault(ALIASES[target], head, key=target)
        if target == SLOW_ALIAS:
            return self._fault(f"/slow?seconds={self.state.slow_alias_seconds}", head, key=target)
        return self._fault(target, head, key=target)

    def _fault(self, target: str, head: bool, key: str) -> None:
        parts = urlsplit(target)
        q = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        path = parts.path
        if path in ("/", "/tin-tuc/", "/index.html"):
            pager = '<div class="pager"><a href="/looping/list?page=1">Tin cũ hơn</a></div>' if path == "/" else ""
            return self.send_bytes(200, listing_html("Tin tức - sự kiện", site_links(), pager).encode(),
                                   HTML, head=head)
        if path == "/robots.txt":
            return self.send_bytes(200, ROBOTS.encode(), "text/plain", head=head)
        if path.startswith("/tin-tuc/") and path.removeprefix("/tin-tuc/").removesuffix(".html") in ARTICLES:
            t, pub, paras = ARTICLES[path.removeprefix("/tin-tuc/").removesuffix(".html")]
            extra = ""
            if "so-ket" in path:
                extra = f'<p>Tệp đính kèm: <a href="{PDF_FILE}">Kế hoạch sơ kết</a></p>'
            elif "tong-ket" in path:
                extra = f'<p>Tải tệp đính kèm <a href="{NO_HEAD_FILE}">Tại đây</a></p>'
            return self.send_bytes(200, article_html(t, pub, paras, extra=extra).encode(), HTML, head=head)
        if path == CP1258_ARTICLE:
            body = cp1258_encode(article_html(*CP1258_TEXT, charset="windows-1258"))
            return self.send_bytes(200, body, "text/html; charset=windows-1258", head=head)
        if path == NFD_ARTICLE:
            body = unicodedata.normalize("NFD", article_html(*NFD_TEXT)).encode("utf-8")
            return self.send_bytes(200, body, HTML, head=head)
        if path == PRIVATE_ARTICLE:
            return self.send_bytes(200, article_html(_title_of(path), "2023-01-01", ["Nội bộ."] * 3).encode(),
                                   HTML, head=head)
        if path == PDF_FILE:
            pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            return self.send_bytes(200, pdf, "application/pdf", head=head)
        if path == NO_HEAD_FILE:
            if head:
                return self.send_bytes(405, b"", "text/plain", {"Allow": "GET"}, head=True)
            return self.send_bytes(200, b"PK\x03\x04" + b"\x00" * 600, DOCX)
        if path == "/looping/list":
            page = int(q.get("page", "1") or 1)
            nxt = 1 if page >= 3 else page + 1
            links = [(f"/looping/bai-viet-so-{page}-{i}-hoi-nghi-chuyen-de.html",
                      f"Hội nghị chuyên đề số {page}.{i} của ngành giáo dục") for i in (1, 2)]
            pager = (f'<div class="pager"><a href="/looping/list?page={page}">{page}</a> '
                     f'<a href="/looping/list?page={nxt}">Trang sau</a></div>')
            return self.send_bytes(200, listing_html(f"Tin cũ - trang {page}", links, pager).encode(),
                                   HTML, head=head)
        if path.startswith("/looping/bai-viet-so-"):
            nums = path.removeprefix("/looping/bai-viet-so-").split("-")[:2]
            t = f"Hội nghị chuyên đề số {'.'.join(nums)} của ngành giáo dục"
            return self.send_bytes(200, article_html(t, "2021-03-01", [
                f"{t}: sáng ngày 01/3/2021, Phòng Giáo dục và Đào tạo tổ chức hội nghị chuyên đề về "
                "đổi mới phương pháp dạy học và kiểm tra đánh giá học sinh.",
                "Các đại biểu đã trao đổi kinh nghiệm, thảo luận những khó khăn, vướng mắc trong quá "
                "trình triển khai thực hiện tại các trường học trên địa bàn.",
                "Kết thúc hội nghị, lãnh đạo Phòng yêu cầu các đơn vị xây dựng kế hoạch cụ thể."]).encode(),
                HTML, head=head)
        if path == "/status":
            code = int(q.get("code", "500"))
            recover = int(q.get("recover_after", "0") or 0)
            n = self.state.hit(key)
            if recover and n > recover:
                t, pub, paras = ARTICLES["hoi-nghi-so-ket-cong-tac-dang-6-thang-dau-nam-2023"]
                html = article_html("Bài viết sau khi máy chủ phục hồi", pub, paras)
                return self.send_bytes(200, html.encode(), HTML, head=head)
            return self.send_bytes(code, f"<html><body><h1>Lỗi {code}</h1></body></html>".encode(),
                                   HTML, head=head)
        if path == "/slow":
            time.sleep(float(q.get("seconds", "40")))
            return self.send_bytes(200, article_html("Trang chậm", "2023-01-01", ["a", "b", "c"]).encode(),
                                   HTML, head=head)
        if path == "/reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return None
        if path == "/truncated":
            self.send_response(200)
            self.send_header("Content-Type", HTML)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(article_html("Bị cắt", "2023-01-01", ["Đoạn đầu tiên"])[:200].encode())
            self.wfile.flush()
            self.close_connection = True
            return None
        if path == "/huge":
            size = int(float(q.get("mb", "20")) * 1024 * 1024)
            self.send_response(200)
            self.send_header("Content-Type", HTML)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            if head:
                return None
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            sent = 0
            try:
                while sent < size:
                    piece = chunk[: size - sent]
                    self.wfile.write(piece)
                    sent += len(piece)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return None
        if path == "/binary-as-html":
            body = bytes((i * 97 + 13) % 256 for i in range(4096))
            return self.send_bytes(200, b"\x89PNG\r\n\x1a\n\x00\x00" + body, HTML, head=head)
        if path == "/charset":
            declared = q.get("declared", "utf-8")
            actual = q.get("actual", "cp1258")
            html = article_html(*CP1258_TEXT, charset=declared)
            body = cp1258_encode(html) if actual in ("cp1258", "windows-1258") else html.encode(actual)
            return self.send_bytes(200, body, f"text/html; charset={declared}", head=head)
        if path in ("/loop", "/redirect"):
            to = q.get("to", "/loop")
            return self.send_bytes(302, b"", HTML, {"Location": to}, head=head)
        if path == "/empty":
            return self.send_bytes(200, b"", HTML, head=head)
        if path in ("/malformed", MALFORMED_ARTICLE):
            html = ('<html><head><meta charset="utf-8"><title>Bài viết HTML hỏng</title><body>'
                    '<div class="article"><h1>Bài viết HTML hỏng thẻ đóng không đầy đủ<div><p>Ngày 03/03/2023, '
                    'hội nghị sơ kết <b>công tác thi đua khen thưởng năm học 2022-2023 được tổ chức tại hội trường '
                    'Sở Giáo dục và Đào tạo với sự tham dự của đại diện các phòng chuyên môn<p>Đoạn thứ hai vẫn '
                    'phải đọc được dù thẻ đóng bị thiếu, hội nghị đã đánh giá kết quả phong trào thi đua '
                    '<table><tr><td>ô<p>Đoạn thứ ba kết thúc bài viết, các đơn vị cam kết hoàn thành nhiệm vụ'
                    '</span></div></div></div></html')
            return self.send_bytes(200, html.encode(), HTML, head=head)
        return self.send_bytes(404, b"<html><body>404</body></html>", HTML, head=head)


@contextmanager
def serve_faults(slow_alias_seconds: float = 30.0) -> Iterator[tuple[str, FaultState]]:
    """Run the fault site in a background thread; yields (base URL, state)."""
    state = FaultState(slow_alias_seconds)
    handler = type("BoundFaultHandler", (FaultHandler,), {"state": state})
    server, _ = start_server(handler)
    try:
        yield base_url(server), state
    finally:
        server.shutdown()
        server.server_close()


def start_fault_server(slow_alias_seconds: float = 30.0) -> tuple[Server, FaultState]:
    state = FaultState(slow_alias_seconds)
    handler = type("BoundFaultHandler", (FaultHandler,), {"state": state})
    server, _ = start_server(handler)
    return server, state
