"""sources.toml parsing: clear one-line errors naming file, entry and field; precedence of files."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crawler.sources import Source, SourcesError, ad_hoc_source, load_sources, sources_in_effect
from crawler.settings import SettingsError, effective_settings

GOOD = '''
[[source]]
name = "gddt-daklak"
title = "Sở GD&ĐT Đắk Lắk"
province = "Đắk Lắk"
profile = "wordpress"
start_urls = ["https://gddt.daklak.gov.vn/category/tin-tuc/"]
deny = ["/tag/"]
max_pages = 50
verified = true
'''


def write(tmp_path: Path, text: str, name: str = "sources.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_load_good_file(tmp_path):
    [src] = load_sources(write(tmp_path, GOOD))
    assert isinstance(src, Source)
    assert (src.name, src.province, src.profile, src.max_pages, src.verified) == (
        "gddt-daklak", "Đắk Lắk", "wordpress", 50, True)
    assert src.deny == ["/tag/"] and src.hosts == {"gddt.daklak.gov.vn"}


@pytest.mark.parametrize("body, needle", [
    ('[[source]]\ntitle = "x"\nstart_urls = ["http://a.vn/"]\n', "missing 'name'"),
    ('[[source]]\nname = "a"\n', "missing 'start_urls'"),
    ('[[source]]\nname = "a"\nstart_urls = ["ftp://a.vn/"]\n', "not an http(s) URL"),
    ('[[source]]\nname = "a"\nstart_urls = ["http://a.vn/"]\nprofile = "typo3"\n', "unknown profile 'typo3'"),
    ('[[source]]\nname = "a"\nstart_urls = ["http://a.vn/"]\nmax_pages = 0\n', "'max_pages'"),
    ('[[source]]\nname = "a"\nstart_urls = ["http://a.vn/"]\ndeny = ["("]\n', "bad regex"),
    ('[[source]]\nname = "a"\nstart_urls = ["http://a.vn/"]\nfavourite = 1\n', "unknown field 'favourite'"),
    ('[[source]]\nname = "a"\nstart_urls = ["http://a.vn/"]\n[[source]]\nname = "a"\nstart_urls = ["http://b.vn/"]\n',
     "duplicate name"),
    ('[[source]\nname = "a"', "not valid TOML"),
])
def test_bad_entries_give_one_line_errors(tmp_path, body, needle):
    path = write(tmp_path, body)
    with pytest.raises(SourcesError) as err:
        load_sources(path)
    msg = str(err.value)
    assert needle in msg and str(path) in msg and "\n" not in msg


def test_error_names_the_entry(tmp_path):
    path = write(tmp_path, GOOD + '\n[[source]]\nname = "second"\nstart_urls = "nope"\n')
    with pytest.raises(SourcesError, match="source 'second'"):
        load_sources(path)


def test_missing_file(tmp_path):
    with pytest.raises(SourcesError, match="no such file"):
        load_sources(tmp_path / "absent.toml")


def test_precedence_override_then_home_then_bundled(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    bundled_path, bundled = sources_in_effect(home)
    assert bundled_path.name == "sources.toml" and bundled_path.parent.name == "data"
    write(home, GOOD)
    path, items = sources_in_effect(home)
    assert path == home / "sources.toml" and [s.name for s in items] == ["gddt-daklak"]
    other = write(tmp_path, GOOD.replace("gddt-daklak", "other"), "o.toml")
    path, items = sources_in_effect(home, other)
    assert path == other and [s.name for s in items] == ["other"]


def test_ad_hoc_source():
    src = ad_hoc_source("https://sgddt.soctrang.gov.vn/tin-tuc/", "Sóc Trăng")
    assert src.name == "sgddt.soctrang.gov.vn" and src.province == "Sóc Trăng" and src.profile is None
    with pytest.raises(SourcesError):
        ad_hoc_source("not a url", "Sóc Trăng")


def test_sources_module_does_not_import_scrapy():
    import subprocess
    code = "import crawler, crawler.sources, sys; print('scrapy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_settings_overrides_are_typed():
    s = effective_settings({"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "RETRY_TIMES": "5",
                            "SOMETHING_ELSE": "x"})
    assert s["DOWNLOAD_DELAY"] == 0.0 and s["AUTOTHROTTLE_ENABLED"] is False and s["RETRY_TIMES"] == 5
    assert s["SOMETHING_ELSE"] == "x"
    defaults = effective_settings()
    assert defaults["ROBOTSTXT_OBEY"] is True and defaults["CONCURRENT_REQUESTS_PER_DOMAIN"] == 2
    assert "edunews" in defaults["USER_AGENT"] and "http" in defaults["USER_AGENT"]
    assert defaults["COOKIES_ENABLED"] is False and defaults["HTTPCACHE_ENABLED"] is False
    with pytest.raises(SettingsError, match="RETRY_TIMES"):
        effective_settings({"RETRY_TIMES": "many"})
