"""Provinces: spellings, 2025 units, filter expansion and mentions in text."""
from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

from vntext.provinces import (Province, all_provinces, expand_filter, find_in_text, lookup,
                              to_2025, units_2025)

TSV = Path(__file__).resolve().parent.parent / "data" / "provinces.tsv"
SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"


def tsv_rows() -> list[dict[str, str]]:
    with open(TSV, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_counts_match_the_data_file() -> None:
    rows = tsv_rows()
    assert len(all_provinces()) == len(rows) == 63
    assert len(units_2025()) == len({r["new_name_2025"] for r in rows}) == 34
    assert all(isinstance(p, Province) for p in all_provinces())
    assert len({p.code for p in all_provinces()}) == 63


def test_every_name_and_alias_looks_up_to_its_row() -> None:
    for row in tsv_rows():
        for spelling in [row["old_name"], *row["aliases"].split(";")]:
            p = lookup(spelling)
            assert p is not None and p.name == row["old_name"], spelling


@pytest.mark.parametrize("spelling, name", [
    ("Sóc Trăng", "Sóc Trăng"), ("soc trang", "Sóc Trăng"), ("SÓC TRĂNG", "Sóc Trăng"),
    ("Tỉnh Sóc Trăng", "Sóc Trăng"), ("tinh soc trang", "Sóc Trăng"), ("  Sóc   Trăng ", "Sóc Trăng"),
    (unicodedata.normalize("NFD", "Sóc Trăng"), "Sóc Trăng"),
    ("TP.HCM", "Thành phố Hồ Chí Minh"), ("HCM", "Thành phố Hồ Chí Minh"),
    ("Sài Gòn", "Thành phố Hồ Chí Minh"), ("tp ho chi minh", "Thành phố Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
    ("Hoà Bình", "Hòa Bình"), ("Hòa Bình", "Hòa Bình"), ("Thanh Hoá", "Thanh Hóa"),
    ("Khánh Hoà", "Khánh Hòa"), ("TT-Huế", "Thừa Thiên Huế"), ("Huế", "Thừa Thiên Huế"),
    ("BR-VT", "Bà Rịa - Vũng Tàu"), ("Bà Rịa–Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Đăk Lăk", "Đắk Lắk"), ("daklak", "Đắk Lắk"), ("TP. Cần Thơ", "Cần Thơ"),
    ("Quảng Trị", "Quảng Trị"), ("Cần Thơ", "Cần Thơ"), ("94", "Sóc Trăng"),
])
def test_lookup_spellings(spelling: str, name: str) -> None:
    p = lookup(spelling)
    assert p is not None and p.name == name


@pytest.mark.parametrize("spelling", ["", "   ", "Atlantis", "Sóc", "Trăng", "Hồ", "00"])
def test_lookup_unknown(spelling: str) -> None:
    assert lookup(spelling) is None


def test_to_2025() -> None:
    for row in tsv_rows():
        assert to_2025(row["old_name"]) == row["new_name_2025"]
    assert to_2025("Atlantis") is None


def test_expand_old_name() -> None:
    assert expand_filter("Sóc Trăng") == ["Sóc Trăng"]
    assert expand_filter("soc trang") == ["Sóc Trăng"]


def test_expand_2025_unit_covers_all_constituents() -> None:
    rows = tsv_rows()
    for unit in units_2025():
        expected = sorted(r["old_name"] for r in rows if r["new_name_2025"] == unit)
        assert sorted(expand_filter(unit)) == expected


def test_ambiguous_names_are_2025_units() -> None:
    assert sorted(expand_filter("Cần Thơ")) == ["Cần Thơ", "Hậu Giang", "Sóc Trăng"]
    assert sorted(expand_filter("Quảng Trị")) == ["Quảng Bình", "Quảng Trị"]
    assert sorted(expand_filter("TP.HCM")) == ["Bà Rịa - Vũng Tàu", "Bình Dương",
                                               "Thành phố Hồ Chí Minh"]
    assert expand_filter("Cần Thơ", old_only=True) == ["Cần Thơ"]
    assert lookup("Cần Thơ").name == "Cần Thơ"


@pytest.mark.parametrize("bad", ["Soc Trang2", "Atlantis", "", "Sóc"])
def test_expand_unknown_is_one_line_value_error(bad: str) -> None:
    with pytest.raises(ValueError) as err:
        expand_filter(bad)
    msg = str(err.value)
    assert msg.startswith("unknown province: ") and "try e.g. '" in msg and "\n" not in msg


def test_expand_suggests_a_near_name() -> None:
    with pytest.raises(ValueError, match="try e.g. 'Sóc Trăng'"):
        expand_filter("Soc Trangg")
    with pytest.raises(ValueError, match="try e.g. 'Quảng Ngãi'"):
        expand_filter("Quang Ngay")


def test_find_in_seed_articles() -> None:
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert find_in_text(seeds["000"])[0][0] == "Sóc Trăng"
    assert find_in_text(seeds["002"]) == [("Quảng Trị", 2)]
    assert find_in_text(seeds["003"])[0] == ("Thành phố Hồ Chí Minh", 3)
    # Seed 004 speaks of "phong cách Hồ Chí Minh" (the person), never the city.
    assert find_in_text(seeds["004"]) == []


@pytest.mark.parametrize("text, expected", [
    ("Sở GD&ĐT tỉnh Sóc Trăng tổ chức", [("Sóc Trăng", 1)]),
    ("Sở GD&ĐT Quảng Trị", [("Quảng Trị", 1)]),
    ("(GD&ĐT) - Quảng Ngãi. Sáng nay", [("Quảng Ngãi", 1)]),
    ("tại TP. Hồ Chí Minh và TP.HCM", [("Thành phố Hồ Chí Minh", 2)]),
    ("Thành phố Hồ Chí Minh", [("Thành phố Hồ Chí Minh", 1)]),
    ("tư tưởng, đạo đức, phong cách Hồ Chí Minh", []),
    ("giữ gìn hòa bình, vì hoà bình", []),
    ("tỉnh Hòa Bình và tỉnh Hoà Bình", [("Hòa Bình", 2)]),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO SÓC TRĂNG", [("Sóc Trăng", 1)]),
    ("vùng Thái Bình Dương", []),
    ("Bình Địnhxx", []),
    ("tỉnh Thừa Thiên Huế", [("Thừa Thiên Huế", 1)]),
    ("Cần Thơ, Cần Thơ, Sóc Trăng", [("Cần Thơ", 2), ("Sóc Trăng", 1)]),
    ("Sóc Trăng rồi Cần Thơ", [("Sóc Trăng", 1), ("Cần Thơ", 1)]),
    ("cô Nguyễn Thị Hà Giang, thầy Trần Văn Thái Bình", []),
    ("cô Nguyễn Thị Hà Giang, Sở GD&ĐT Hà Giang", [("Hà Giang", 1)]),
    ("VĂN PHÒNG SỞ GD&ĐT HÀ GIANG", [("Hà Giang", 1)]),
    ("Đắk Lắk, Đăk Lăk và Daklak", [("Đắk Lắk", 3)]),
    ("TT-Huế, Thừa Thiên - Huế", [("Thừa Thiên Huế", 2)]),
    ("tỉnh Bà Rịa - Vũng Tàu", [("Bà Rịa - Vũng Tàu", 1)]),
    # After tỉnh / thành phố / TP. the case of the name does not matter.
    ("tỉnh sóc trăng", [("Sóc Trăng", 1)]),
    ("tỉnh Sóc Trăng và tỉnh sóc trăng", [("Sóc Trăng", 2)]),
    ("Tỉnh Bà rịa - Vũng tàu", [("Bà Rịa - Vũng Tàu", 1)]),
    ("tỉnh bạc liêu, tỉnh cà mau, tỉnh Cà Mau", [("Cà Mau", 2), ("Bạc Liêu", 1)]),
    ("TP. Hồ Chí Minh", [("Thành phố Hồ Chí Minh", 1)]),
    ("thành phố Hồ Chí Minh", [("Thành phố Hồ Chí Minh", 1)]),
    ("tp hcm", [("Thành phố Hồ Chí Minh", 1)]),
    ("Tỉnh ủy, thành phố Thuận An, tỉnh nhà", []),
    ("", []),
])
def test_find_in_text(text: str, expected: list[tuple[str, int]]) -> None:
    assert find_in_text(text) == expected


def test_find_in_text_nfd() -> None:
    assert find_in_text(unicodedata.normalize("NFD", "tỉnh Sóc Trăng")) == [("Sóc Trăng", 1)]
