"""What boilerplate looks like on Vietnamese department sites: class/id names and text labels."""
from __future__ import annotations

import re

# Class / id fragments of page furniture.  Matched case-insensitively against
# "class id" of an element; "strong" ones are removed even when large.
STRONG_BOILERPLATE = re.compile(
    r"share|sharing|social|addthis|a2a_|breadcrumb|related|lienquan|lien-quan|lien_quan|"
    r"tinkhac|tin-khac|tin_khac|othernews|other-news|other_news|samecat|cungchuyenmuc|"
    r"comment|binhluan|binh-luan|respond|reply|disqus|fb-|facebook|zalo|twitter|"
    r"pagination|pager|paging|readspeaker|responsivevoice|text-to-speech|tts|docbai|doc-bai|"
    r"fontsize|font-size|font_size|textsize|text-size|contrast|tuongphan|print|"
    r"luotxem|luot-xem|viewcount|view-count|hitcount|post-views|views-count|"
    r"copyright|slogan|banner|advert|quangcao|cookie|popup|modal|"
    r"post-tags|entry-tags|tagcloud|tags-|-tags|tag-list|taglist|keyword|"
    r"prevnext|prev-next|post-navigation|nav-links|author-box|authorbox|about-author",
    re.I,
)
WEAK_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|mainmenu|topmenu|sidebar|side-bar|widget|aside|"
    r"footer|header|topbar|top-bar|logo|search|login|toolbar|tools|tool|utility|utilities|"
    r"meta|entry-meta|post-meta|byline|date|time|tags|tag|rating|vote|audio|player|ads|ad|"
    r"left|right|col-left|col-right|leftcol|rightcol|box-right|box-left|hotnews|mostview|"
    r"hot-news|most-viewed|tinnoibat|tin-noi-bat|tinmoi|tin-moi|latest|recent|video|gallery-widget|"
    r"lich|calendar|weather|counter|thongke|statistic|online|lienket|weblink|links)(?:$|[\s_-])",
    re.I,
)
# The text modules of WordPress page builders (Elementor, Divi, WPBakery, Beaver Builder,
# SiteOrigin): their classes say "widget"/"module", but they hold the article's own paragraphs.
PAGE_BUILDER_TEXT = re.compile(
    r"elementor-widget-(?:text-editor|theme-post-content|image)\b|\bet_pb_(?:text|post_content|image)\b|"
    r"\bwpb_text_column\b|\bvc_column_text\b|\bfl-rich-text\b|\bfl-module-rich-text\b|\bso-widget-sow-editor\b",
    re.I,
)
CONTENT_HINT = re.compile(
    r"article|content|entry|post-body|postbody|post_content|news-detail|newsdetail|detail|"
    r"chitiet|chi-tiet|noidung|noi-dung|body|main|text|story|baiviet|bai-viet|item-page|"
    r"field-name-body|field--name-body|normal",
    re.I,
)
LEAD_HINT = re.compile(r"sapo|lead|summary|tomtat|tom-tat|description|excerpt|intro|abstract|teaser", re.I)
CAPTION_HINT = re.compile(r"caption|chuthich|chu-thich|image-desc|img-desc|imgdesc|photo-desc|"
                          r"figcaption|image_caption|desc-img|note-img|expNoEdit", re.I)

DROP_TAGS = {"script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas",
             "template", "button", "select", "option", "textarea", "input", "audio", "video",
             "map", "link", "meta"}
FURNITURE_TAGS = {"nav", "aside", "footer", "header", "menu"}

_L = r"[\s:.\-–—|]*"
# A whole line that is only page furniture.
LINE_NOISE = re.compile(
    r"^(?:"
    r"lượt\s*(?:xem|đọc|truy\s*cập|view)\s*:?\s*[\d.,\s]*|"
    r"số\s*lượt\s*(?:xem|đọc)\s*:?\s*[\d.,\s]*|views?\s*:?\s*[\d.,]*|"
    r"(?:nghe\s*)?đọc\s*bài\s*(?:viết)?|nghe\s*(?:bài\s*viết|đọc)|dừng\s*đọc|tạm\s*dừng|"
    r"giọng\s*(?:nam|nữ)(?:\s*(?:miền\s*)?(?:bắc|trung|nam))?(?:\s*[|/,]?\s*giọng\s*(?:nam|nữ)(?:\s*(?:miền\s*)?(?:bắc|trung|nam))?)*|"
    r"a\s*-\s*a\s*a\s*\+|a-|a\+|cỡ\s*chữ\s*:?(?:\s*a\s*-?\s*a\s*a\s*\+)?|"
    r"(?:tăng|giảm)\s*tương\s*phản(?:\s*(?:tăng|giảm)\s*tương\s*phản)?|"
    r"in\s*(?:trang|bài(?:\s*viết)?|ấn|tin|bản\s*tin)|bản\s*in|print|đóng(?:\s*cửa\s*sổ)?|close|"
    r"gửi\s*(?:e-?mail|bài(?:\s*viết)?|cho\s*bạn\s*bè|tin)(?:\s*(?:này|qua\s*e-?mail|cho\s*bạn\s*bè))?|e-?mail|"
    r"gửi\s*e-?mail\s*bài\s*(?:đăng|viết)\s*này|lưu\s*(?:bài\s*viết|tin|bài)(?:\s*này)?|"
    r"tổng\s*số\s*điểm\s*(?:của\s*bài\s*viết\s*)?là\s*:?.{0,40}|click\s*để\s*đánh\s*giá(?:\s*bài\s*viết)?|"
    r"chia\s*sẻ(?:\s*bài\s*viết)?(?:\s*lên\s*\w+\+?)?\s*:?|share|tweet|like|thích|"
    r"(?:chia\s*sẻ\s*bài\s*viết\s*lên\s*\w+\+?\s*)+|"
    r"(?:đăng|gửi|cập\s*nhật|viết)\s*(?:lúc|ngày|bởi|vào\s*lúc|vào)\b.{0,80}|"
    r"quay\s*(?:lại|về)|trở\s*(?:lại|về)|về\s*đầu\s*trang|lên\s*đầu\s*trang|đầu\s*trang|"
    r"xem\s*(?:thêm|tiếp|chi\s*tiết)|chi\s*tiết|"
    r"liên\s*kết\s*bài\s*viết\s*gốc|link\s*bài\s*gốc|bài\s*viết\s*gốc|"
    r"email\s*của\s*bạn\s*sẽ\s*không\s*được\s*hiển\s*thị\s*công\s*khai.*|"
    r"các\s*trường\s*bắt\s*buộc\s*được\s*đánh\s*dấu.*|"
    r"tải\s*(?:về|xuống)(?:\s*:.*)?|tải\s*(?:tệp|file)\s*đính\s*kèm(?:\s*tại\s*đây|\s*:.*)?|"
    r"(?:tệp|file|tài\s*liệu|văn\s*bản)\s*đính\s*kèm(?:\s*:.*)?|đính\s*kèm\s*:.*|tại\s*đây|download|"
    r"từ\s*khóa\s*:?.*|từ\s*khoá\s*:?.*|tags?\s*:.*|thẻ\s*:.*|"
    r"chuyên\s*mục\s*:.*|danh\s*mục\s*:.*|"
    r"đánh\s*giá\s*:\s*[\d.,/\s]*(?:sao|điểm)?|bình\s*chọn\s*:?|"
    r"trang\s*chủ(?:\s*[»>/›]\s*.*)?|"
    r"(?:img|dsc|dscn|dji|pic|image|anh|ảnh|photo)[\s_-]*\d+[\w\s()-]*(?:\.(?:jpe?g|png|gif))?|"
    r"[\w-]+\.(?:jpe?g|png|gif|webp)|[\w.-]+\.(?:pdf|docx?|xlsx?|pptx?|rar|zip)|xem\s*(?:trực\s*tuyến|online)|"
    r"lượt\s*tải\s*(?:về|xuống)?\s*:?\s*[\d.,]*"
    r")[\s.:]*$",
    re.I,
)
# A line after which the rest of the block is related news / comments.
CUT_LABEL = re.compile(
    r"^(?:tin\s*(?:bài\s*)?liên\s*quan|các\s*tin\s*(?:liên\s*quan|khác|đã\s*đưa|cùng\s*chuyên\s*mục)|"
    r"(?:những\s*)?tin\s*(?:cùng\s*chuyên\s*mục|khác|đã\s*đưa|mới\s*hơn|cũ\s*hơn|xem\s*nhiều|mới|nổi\s*bật)|"
    r"bài\s*viết\s*(?:liên\s*quan|khác|cùng\s*chuyên\s*mục|mới)|các\s*bài\s*viết\s*(?:khác|liên\s*quan)|"
    r"bài\s*(?:liên\s*quan|khác)|xem\s*thêm\s*(?:tin|bài)(?:\s*khác)?|"
    r"bình\s*luận|ý\s*kiến\s*bạn\s*đọc|gửi\s*(?:bình\s*luận|ý\s*kiến)|viết\s*bình\s*luận|"
    r"để\s*lại\s*(?:một\s*)?(?:bình\s*luận|trả\s*lời)|trả\s*lời|leave\s*a\s*reply|"
    r"\d+\s*(?:bình\s*luận|comments?)|"
    r"thông\s*tin\s*cần\s*biết|liên\s*kết(?:\s*website|\s*web)?|"
    r"bản\s*quyền|©.*|copyright.*|(?:\d+\s*|không\s*có\s*)?nhận\s*xét(?:\s*nào)?|đăng\s*nhận\s*xét|"
    r"(?:các\s*)?văn\s*bản\s*(?:cùng\s*(?:lĩnh\s*vực|loại|cơ\s*quan)|liên\s*quan|khác)"
    r")(?:\s*\(\d+\))?[\s.:]*$",
    re.I,
)
# Metadata lines near the title: dates, update stamps, view counts.
META_LINE = re.compile(
    r"^(?:(?:cập\s*nhật|ngày\s*(?:đăng|cập\s*nhật|xuất\s*bản)|đăng\s*(?:ngày|lúc)|ngày|"
    r"thời\s*gian(?:\s*đăng)?|posted(?:\s*on)?|published)(?:\s*lúc)?\s*:?\s*)?"
    r"(?:(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ\s*nhật)\s*,?\s*)?"
    r"[\d\s:/.,\-hg]*(?:AM|PM|SA|CH)?\s*(?:\(?GMT[+\d:]*\)?)?"
    r"(?:\s*[|\-–]\s*lượt\s*(?:xem|đọc)\s*:?\s*[\d.,]*)?$",
    re.I,
)
BYLINE = re.compile(
    r"^(?:tác\s*giả(?:\s*bài\s*viết)?|người\s*viết|người\s*đăng|đăng\s*bởi|bài\s*viết\s*bởi|viết\s*bởi|tin\s*bài|"
    r"tin\s*(?:và|,|&)?\s*ảnh|bài\s*(?:và|,|&)?\s*ảnh|bài|tin|ảnh|by|author|phóng\s*viên|"
    r"người\s*thực\s*hiện|thực\s*hiện|biên\s*tập)\s*:\s*(.{2,80}?)\s*$",
    re.I,
)
# A footer line: the copyright notice; nothing after it belongs to the article.
FOOTER_LINE = re.compile(r"^(?:bản\s*quyền\s*(?:©|\(c\)|thuộc|của)|©|copyright\b)", re.I)
SOURCE_LINE = re.compile(r"^(?:nguồn(?:\s*tin)?|theo|source)\s*:\s*(.{2,120}?)\s*$", re.I)
IMAGE_FILENAME = re.compile(r"^(?:img|dsc|dscn|dji|pic|image|anh|ảnh|photo)[\s_-]*\d+[\w\s()-]*"
                            r"(?:\.(?:jpe?g|png|gif))?$|^[\w-]+\.(?:jpe?g|png|gif|webp)$", re.I)
ATTACHMENT_EXT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)(?:$|[?#])", re.I)
PHOTO_HEADING = re.compile(r"\b(?:hình\s*ảnh|ảnh|photo)\b", re.I)

# Furniture glued into a text line: counters and font/contrast widgets.
INLINE_NOISE = re.compile(
    r"\s*(?:(?:số\s*)?lượt\s*(?:xem|đọc|truy\s*cập|tải(?:\s*về)?)\s*:\s*[\d.,]+|"
    r"\bA\s*-\s*A\s*A\s*\+|(?:Tăng|Giảm)\s*tương\s*phản)\s*", re.I)
