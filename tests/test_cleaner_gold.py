"""The cleaner's quality gate on the gold pages (snapshot sites + two held-out template sets)."""
from __future__ import annotations

import copy

import pytest

from cleaner.evaluate import load_extra2_cases, load_extra_cases, load_snapshot_cases, run_ours

BODY_F1 = 0.97
TITLE_ACC = 0.97
DATE_ACC = 0.97


@pytest.fixture(scope="module")
def cases():
    return load_snapshot_cases() + load_extra_cases() + load_extra2_cases()


@pytest.fixture(scope="module")
def report(cases):
    return run_ours(cases)


def test_gold_set_is_big_enough(cases):
    snapshot = [c for c in cases if not c.name.startswith(("extra/", "extra2/"))]
    extra = [c for c in cases if c.name.startswith("extra/")]
    extra2 = [c for c in cases if c.name.startswith("extra2/")]
    assert len(snapshot) >= 30
    assert len({c.gold["site"] for c in snapshot}) >= 6
    assert 6 <= len(extra) <= 10
    assert 12 <= len(extra2) <= 15
    assert all(c.gold.get("must_not") for c in extra2)


def test_body_f1(report):
    worst = sorted(report.pages, key=lambda p: p.f1)[:3]
    assert report.mean_f1 >= BODY_F1, [(p.name, round(p.f1, 3)) for p in worst]


def test_no_leaked_boilerplate(report):
    leaked = [(p.name, p.leaked) for p in report.pages if p.leaked]
    assert leaked == []


def test_title_accuracy(report):
    wrong = [(p.name, p.got_title) for p in report.pages if not p.title_ok]
    assert report.accuracy("title_ok") >= TITLE_ACC, wrong


def test_date_accuracy(report):
    wrong = [(p.name, p.got_date) for p in report.pages if not p.date_ok]
    assert report.accuracy("date_ok") >= DATE_ACC, wrong


def test_author_and_kind_accuracy(report):
    assert report.accuracy("author_ok") >= 0.9, [p.name for p in report.pages if not p.author_ok]
    assert report.accuracy("kind_ok") >= 0.9, [p.name for p in report.pages if not p.kind_ok]


@pytest.mark.parametrize("prefix", ["extra/", "extra2/"])
def test_held_out_pages_alone(cases, prefix):
    extra = run_ours([c for c in cases if c.name.startswith(prefix)])
    assert extra.pages
    assert extra.mean_f1 >= BODY_F1
    assert extra.leaked_pages == 0, [(p.name, p.leaked) for p in extra.pages if p.leaked]
    assert extra.accuracy("title_ok") >= 0.85, [(p.name, p.got_title) for p in extra.pages if not p.title_ok]
    assert extra.accuracy("date_ok") >= 0.85, [(p.name, p.got_date) for p in extra.pages if not p.date_ok]


def test_generic_path_without_profiles(cases):
    """Profiles only sharpen: with every profile removed the gate still holds."""
    bare = copy.deepcopy(cases)
    for c in bare:
        c.source.profile = None
    rep = run_ours(bare)
    assert rep.mean_f1 >= BODY_F1
    assert rep.leaked_pages == 0
    assert rep.accuracy("title_ok") >= TITLE_ACC


def test_captions_attachments_refs_match_gold(cases):
    from cleaner.extract import extract

    checked = mismatched = 0
    for c in cases:
        a = extract(c.body_bytes, c.url, c.headers, c.source).article
        assert a is not None, c.name
        checked += 1
        gold_att = sorted(x.rsplit("/", 1)[-1] for x in c.gold.get("attachments") or [])
        got_att = sorted(x.rsplit("/", 1)[-1] for x in a.attachments)
        if (sorted(c.gold.get("captions") or []) != sorted(a.captions) or gold_att != got_att
                or sorted(c.gold.get("refs") or []) != sorted(a.refs)):
            mismatched += 1
        assert all(x.startswith("http") for x in a.attachments)
        assert "\n\n\n" not in a.text
    assert mismatched <= 0.05 * checked


def test_generic_path_on_pages_stripped_of_classes_and_semantic_tags(cases):
    """The text-pattern side of boilerplate removal on its own: every class, id, itemprop and
    role attribute removed and nav/aside/footer/header/article/main/section turned into <div>."""
    import re

    bare = copy.deepcopy(cases)
    for c in bare:
        c.source.profile = None
        body = re.sub(rb'\s(?:class|id|itemprop|role)="[^"]*"', b"", c.body_bytes)
        c.body_bytes = re.sub(rb"<(/?)(?:nav|aside|footer|header|article|main|section)\b", rb"<\1div", body)
    rep = run_ours(bare)
    assert rep.mean_f1 >= BODY_F1
    assert rep.leaked_pages == 0, [(p.name, p.leaked) for p in rep.pages if p.leaked]
    assert rep.accuracy("title_ok") >= 0.9
    assert rep.accuracy("date_ok") >= 0.9


def test_province_from_the_article_when_the_source_has_none(cases):
    from cleaner.extract import extract

    no_province = [c for c in cases if not c.source.province]
    assert len(no_province) >= 4          # the Ministry site and the held-out Ministry page
    for c in no_province:
        a = extract(c.body_bytes, c.url, c.headers, c.source).article
        assert a.province == c.gold["province"], c.name
        assert a.unit, c.name
    provinces_ok = sum(extract(c.body_bytes, c.url, c.headers, c.source).article.province == c.gold["province"]
                       for c in cases)
    assert provinces_ok >= 0.95 * len(cases)
