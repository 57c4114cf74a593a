"""The search test corpus: snapshot-site articles plus generated articles.

Two parts, each loaded into an ``Archive`` with ``Archive.put_articles``:

* ``snapshot_docs()`` — the snapshot sites' articles (``data/snapshots/content``),
  with the refs, province, date and kind their authors put in; tests derive
  expected hits from those fields.
* ``GENERATED`` — short articles written here, deterministic, each with a
  hand-written core and filler from ``FILLER``, a vocabulary that shares no
  folded syllable with the query words, so every expected set of
  ``QUERIES`` can be read off the definitions below.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.model import Article
from vntext.resources import data_dir

BASE = "http://gen.test/"


@dataclass
class Doc:
    key: str
    source: str
    title: str
    core: str                     # the hand-written text
    published: str | None
    province: str | None
    refs: list[str] = field(default_factory=list)
    kind: str = "other"
    filler: int = 40              # syllables of neutral filler appended
    url: str = ""

    def __post_init__(self):
        if not self.url:
            self.url = BASE + self.key

    @property
    def text(self) -> str:
        return self.core + (" " + filler(self.key, self.filler) if self.filler else "")

    def article(self) -> Article:
        return Article(url=self.url, title=self.title, text=self.text, published=self.published,
                       province=self.province, refs=list(self.refs), kind=self.kind)


# Neutral words: none of their folded syllables is a query word of QUERIES.
FILLER = ("nhà trường giáo viên học sinh phụ huynh lớp buổi sáng chiều tham gia phong trào năm nay "
          "cùng với sự chăm lo của lãnh đạo địa phương được nâng cao chất lượng nhiều hoạt động "
          "ngoại khóa thiết thực hiệu quả các em tích cực rèn luyện kỹ năng sống thầy cô nhiệt tình "
          "trách nhiệm môi trường xanh sạch đẹp thân thiện vui tươi yêu thương giúp đỡ "
          "nhau mỗi ngày").split()


def filler(key: str, n: int) -> str:
    rng = random.Random(key)
    words = [rng.choice(FILLER) for _ in range(n)]
    return " ".join(words).capitalize() + "."


LONG_REPORT = (
    "Sáng ngày 2/4, Đảng ủy Sở Giáo dục tổ chức hội nghị trực tuyến với các điểm cầu huyện thị. "
    "Báo cáo nêu rõ những kết quả nổi bật trong việc đổi mới phương pháp giảng dạy, "
    "xây dựng đội ngũ và tăng cường kỷ cương nền nếp. Các đại biểu thảo luận sôi nổi về giải pháp "
    "khắc phục hạn chế, tập trung vào công tác kiểm tra giám sát và cải cách hành chính. "
    "Kết thúc hội nghị, đồng chí Bí thư đề nghị các cấp ủy tiếp tục phát huy tinh thần trách nhiệm, "
    "gương mẫu đi đầu, lấy hiệu quả công việc làm thước đo."
)

GENERATED: list[Doc] = [
    Doc("g01", "gen-soctrang", "Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW",
        "Đảng bộ tổ chức sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
        "2021-03-10", "Sóc Trăng", ["05-CT/TW"], "so-ket"),
    Doc("g02", "gen-haugiang", "Quán triệt chuyên đề năm 2020",
        "Đảng viên quán triệt Chỉ thị 05 và chuyên đề năm 2020.",
        "2020-06-02", "Hậu Giang", ["CT-05"], "quan-triet"),
    Doc("g03", "gen-daklak", "Tổng kết công tác năm 2019",
        "Báo cáo tổng kết việc thực hiện Chỉ thị số 05/CT-TW trong toàn ngành.",
        "2019-11-20", "Đắk Lắk", ["05-CT/TW"], "tong-ket"),
    Doc("g04", "gen-quangbinh", "Sơ kết CT 05 tại trường",
        "Chi ủy sơ kết việc thực hiện CT 05 trong năm học.",
        "2022-05-05", "Quảng Bình", ["CT-05"], "so-ket"),
    Doc("g05", "gen-hanoi", "Thực hiện Chỉ thị 05-CT/TU của Thành ủy",
        "Các đơn vị triển khai Chỉ thị 05-CT/TU về công tác cải cách.",
        "2021-08-01", "Hà Nội", ["05-CT/TU"], "other"),
    Doc("g06", "gen-cantho", "Đại hội chi bộ nhiệm kỳ mới",
        "Hiện nay có 05 chi bộ trực thuộc đã tổ chức đại hội thành công.",
        "2020-09-15", "Cần Thơ", [], "dai-hoi"),
    Doc("g07", "gen-daklak", "Tổng kết 10 năm Nghị quyết 29-NQ/TW",
        "Ngành tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục.",
        "2023-10-13", "Đắk Lắk", ["29-NQ/TW"], "tong-ket"),
    Doc("g08", "gen-phuyen", "Học tập NQ 29",
        "Giáo viên học tập NQ 29 trong dịp hè.",
        "2018-07-20", "Phú Yên", ["NQ-29"], "quan-triet"),
    Doc("g09", "gen-hue", "Quán triệt Kết luận 01-KL/TW",
        "Hội nghị quán triệt Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
        "2021-08-10", "Thừa Thiên Huế", ["01-KL/TW"], "quan-triet"),
    Doc("g10", "gen-binhduong", "An toàn trường học",
        "Bảo đảm an toàn trường học và phòng chống đuối nước cho học sinh.",
        "2022-04-01", "Bình Dương", [], "other"),
    Doc("g11", "gen-hcm", "Ăn toàn bộ suất cơm",
        "Bếp ăn phục vụ toàn bộ suất cơm trưa bán trú.",
        "2022-04-02", "Thành phố Hồ Chí Minh", [], "other"),
    Doc("g12", "gen-hoabinh", "Phong trào thi đua tại Hòa Bình",
        "Ngành giáo dục tỉnh Hòa Bình phát động phong trào thi đua yêu nước.",
        "2019-03-03", "Hòa Bình", [], "other"),
    Doc("g13", "gen-khanhhoa", "Hoà bình và hữu nghị",
        "Buổi giao lưu với chủ đề hoà bình và hữu nghị giữa các dân tộc.",
        "2019-05-19", "Khánh Hòa", [], "other"),
    Doc("g14", "gen-quangtri", "Ủy ban nhân dân tỉnh chỉ đạo",
        "Uỷ ban nhân dân tỉnh chỉ đạo chuẩn bị năm học mới.",
        "2023-08-20", "Quảng Trị", [], "other"),
    Doc("g15", "gen-hanoi", "Chuyển đổi số trong giáo dục",
        "Đẩy mạnh chuyển đổi số trong quản lý và dạy học.",
        "2024-02-02", "Hà Nội", [], "other"),
    Doc("g16", "gen-hanoi", "Ứng dụng công nghệ số",
        "Số hóa hồ sơ và chuyển đổi phương thức quản lý.",
        "2024-02-03", "Hà Nội", [], "other"),
    Doc("g17", "gen-soctrang", "Công văn hướng dẫn cơ sở vật chất",
        "Thực hiện Công văn số 3240/BGDĐT-CSVC về chuẩn bị cơ sở vật chất.",
        "2024-08-09", "Sóc Trăng", ["3240/BGDĐT-CSVC"], "other"),
    Doc("g18", "gen-hcm", "Hướng dẫn 08-HD/BTCTU",
        "Triển khai Hướng dẫn số 08-HD/BTCTU của Ban Tuyên giáo.",
        "2020-07-03", "Thành phố Hồ Chí Minh", ["08-HD/BTCTU"], "quan-triet"),
    Doc("g19", "gen-undated", "Bài không có ngày đăng",
        "Thông báo lịch học tập ngoại khóa của học sinh khối mười.",
        None, None, [], "other"),
    # A duplicate pair (syndicated copy, one sentence added) and a same-day pair.
    Doc("g20", "gen-soctrang", "Hội nghị trực tuyến sơ kết công tác Đảng", LONG_REPORT,
        "2021-04-02", "Sóc Trăng", [], "so-ket", filler=0),
    Doc("g21", "gen-moet", "Sóc Trăng: Hội nghị trực tuyến sơ kết công tác Đảng",
        LONG_REPORT + " Tin từ các địa phương.", "2021-04-03", "Sóc Trăng", [], "so-ket", filler=0),
    Doc("g22", "gen-moet", "Hội thao truyền thống",
        "Hội thao truyền thống chào mừng ngày thành lập ngành với nhiều môn thi đấu hấp dẫn như bóng đá, "
        "kéo co, nhảy bao bố và chạy tiếp sức, thu hút đông đảo vận động viên là giáo viên các trường "
        "trên địa bàn tham dự; ban tổ chức trao giải cho các đội xuất sắc.",
        "2022-11-20", "Cà Mau", [], "other", filler=0, url="http://b.gen.test/g22"),
    Doc("g23", "gen-camau", "Hội thao truyền thống",
        "Hội thao truyền thống chào mừng ngày thành lập ngành với nhiều môn thi đấu hấp dẫn như bóng đá, "
        "kéo co, nhảy bao bố và chạy tiếp sức, thu hút đông đảo vận động viên là giáo viên các trường "
        "trên địa bàn tham dự; ban tổ chức trao giải cho các đội xuất sắc.",
        "2022-11-20", "Cà Mau", [], "other", filler=0, url="http://a.gen.test/g23"),
    Doc("g24", "gen-daklak", "Đại hội Công đoàn ngành",
        "Đại hội Công đoàn ngành nhiệm kỳ 2023-2028 bầu ban chấp hành mới.",
        "2023-05-19", "Đắk Lắk", [], "dai-hoi"),
    Doc("g25", "gen-hanoi", "Tổng kết năm học 2022-2023",
        "Quận tổng kết năm học 2022-2023 và khen thưởng tập thể.",
        "2023-06-02", "Hà Nội", [], "tong-ket"),
]

DUPLICATE_GROUPS = [("g20", "g21"), ("g23", "g22")]   # representative first


def by_key() -> dict[str, Doc]:
    return {d.key: d for d in GENERATED}


def url(key: str) -> str:
    return by_key()[key].url


# -- queries over the generated corpus: (query, request options, expected keys) ------------------
# Expected sets follow from the texts above: matching is on folded syllables (any
# diacritics), phrases on consecutive syllables, references on the refs ids.
# Duplicates fold: g21 stands behind g20 and g22 behind g23 unless all_copies.
QUERIES: list[tuple[str, dict, set[str]]] = [
    # references, every spelling; a partial matches every issuer, a full id its partials too
    ("Chỉ thị 05", {}, {"g01", "g02", "g03", "g04", "g05"}),
    ("chi thi 05", {}, {"g01", "g02", "g03", "g04", "g05"}),
    ("CT 05", {}, {"g01", "g02", "g03", "g04", "g05"}),
    ("chỉ thị số 05-CT/TW", {}, {"g01", "g02", "g03", "g04"}),
    ("05/CT-TW", {}, {"g01", "g02", "g03", "g04"}),
    ("ref:05-CT/TW", {}, {"g01", "g02", "g03", "g04"}),
    ("ref:05-CT/TU", {}, {"g05", "g02", "g04"}),
    ("NQ 29", {}, {"g07", "g08"}),
    ("Nghị quyết 29-NQ/TW", {}, {"g07", "g08"}),
    ("Kết luận 01-KL/TW", {}, {"g09"}),
    ("Công văn 3240/BGDĐT-CSVC", {}, {"g17"}),
    ("08-HD/BTCTU", {}, {"g18"}),
    # the trap: "05 chi bộ" names no reference; only texts with all three syllables
    ("05 chi bộ", {}, {"g01", "g06"}),
    ('"05 chi bộ"', {}, {"g06"}),
    # diacritics optional, tone placement variants, no stop words
    ("an toàn", {}, {"g10", "g11"}),
    ('"an toàn"', {}, {"g10", "g11"}),      # folded phrase: "Ăn toàn bộ" too, ranked lower
    ('"hòa bình"', {}, {"g12", "g13"}),
    ('"hoa binh"', {}, {"g12", "g13"}),
    ('"uỷ ban nhân dân"', {}, {"g14"}),
    ('"chuyển đổi số"', {}, {"g15"}),
    ("chuyển đổi số", {}, {"g15", "g16"}),
    # boolean operators, parentheses, field:value
    ('"sơ kết" AND NOT "trực tuyến"', {}, {"g01", "g04"}),
    ('("sơ kết" OR "tổng kết") AND kind:tong-ket', {}, {"g03", "g07", "g25"}),
    ("quán triệt OR đại hội", {}, {"g02", "g06", "g09", "g20", "g24"}),
    ("title:hội province:\"Sóc Trăng\"", {}, {"g01", "g20"}),
    ("kind:dai-hoi", {}, {"g06", "g24"}),
    ("year:2022", {}, {"g04", "g10", "g11", "g23"}),
    ("year:2018-2019", {}, {"g03", "g08", "g12", "g13"}),
    ("source:gen-hanoi", {}, {"g05", "g15", "g16", "g25"}),
    # filters: old and 2025 province names, any spelling; dates; kinds
    ("", {"provinces": ["Cần Thơ"]}, {"g01", "g02", "g06", "g17", "g20"}),
    ("", {"provinces": ["can tho"]}, {"g01", "g02", "g06", "g17", "g20"}),
    ("", {"provinces": ["Quảng Trị"]}, {"g04", "g14"}),
    ("", {"provinces": ["Quảng Bình"]}, {"g04"}),
    ("", {"provinces": ["Thành phố Hồ Chí Minh"]}, {"g10", "g11", "g18"}),
    ("Chỉ thị 05", {"provinces": ["Đắk Lắk", "Hà Nội"]}, {"g03", "g05"}),
    ("", {"since": "2024-01-01"}, {"g15", "g16", "g17"}),
    ("", {"since": "2021-03-10", "until": "2021-04-02"}, {"g01", "g20"}),
    ("sơ kết", {"until": "2021-12-31", "kinds": ["so-ket"]}, {"g01", "g20"}),
    ('"Hội thao"', {}, {"g23"}),
    ('"Hội thao"', {"all_copies": True}, {"g22", "g23"}),
    ("trực tuyến", {"all_copies": True}, {"g20", "g21"}),
    ("", {"provinces": ["Phú Thọ"]}, {"g12"}),
    ("", {"sources": ["gen-moet"]}, {"g21", "g22"}),
]


# -- snapshot-site articles --------------------------------------------------------------------

def _body(content: dict) -> str:
    parts: list[str] = []
    if content.get("lead"):
        parts.append(content["lead"])
    for block in content.get("blocks", []):
        if "p" in block:
            parts.append(block["p"])
        elif "li" in block:
            parts.extend(block["li"])
        elif "table" in block:
            parts.extend(cell for row in block["table"] for cell in row)
    return "\n".join(parts)


def snapshot_docs() -> list[Doc]:
    """Articles of the snapshot sites as their content files define them."""
    root = data_dir() / "snapshots" / "content"
    docs = []
    for path in sorted(root.glob("*/*.json")):
        content = json.loads(path.read_text(encoding="utf-8"))
        site = path.parent.name
        key = f"{site}/{path.stem}"
        docs.append(Doc(key, site, content["title"], _body(content), content.get("published"),
                        content.get("province"), list(content.get("refs") or []),
                        content.get("kind", "other"), filler=0,
                        url=f"http://{site}.snapshot.test/{content['slug']}"))
    return docs


def snapshot_duplicates() -> list[tuple[str, str]]:
    root = data_dir() / "snapshots" / "content"
    out = []
    for path in sorted(root.glob("*/*.json")):
        content = json.loads(path.read_text(encoding="utf-8"))
        if content.get("duplicate_of"):
            out.append((f"{path.parent.name}/{path.stem}", content["duplicate_of"]))
    return out


def load(archive_path: Path, docs: list[Doc]) -> None:
    """Put ``docs`` into the archive at ``archive_path``."""
    from archive.store import Archive

    with Archive(archive_path) as arc:
        arc.put_articles((d.article(), d.source) for d in docs)
