"""Reading inputs: file kinds, encodings, hostile and broken files, folders and globs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from waqia.corpus import inputs
from waqia.corpus.inputs import decode_bytes, expand_paths, html_to_text, iter_documents
from waqia.errors import InputError

ARTICLE = "قتل أربعة عناصر من الشرطة في كمين نصبه مسلحون مجهولون قرب بلدة حدودية فجر اليوم."


def _docs(*paths: Path) -> list[inputs.InputDoc]:
    return list(iter_documents(paths))


def test_inputs_txt_id_is_file_name(tmp_path: Path) -> None:
    (tmp_path / "report-1.txt").write_text(ARTICLE, encoding="utf-8")
    [doc] = _docs(tmp_path / "report-1.txt")
    assert (doc.id, doc.text, doc.error, doc.warnings) == ("report-1.txt", ARTICLE, None, ())


@pytest.mark.parametrize("data, warned", [
    (ARTICLE.encode("utf-8"), False),
    (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), False),
    (ARTICLE.encode("utf-16"), False),
    (ARTICLE.encode("cp1256"), True),
])
def test_inputs_decodes_common_encodings(data: bytes, warned: bool) -> None:
    text, warnings = decode_bytes(data)
    assert text == ARTICLE
    assert bool(warnings) == warned


def test_inputs_undecodable_bytes_are_replaced_with_a_warning() -> None:
    text, warnings = decode_bytes(b"hello \xff\xfe\xfa world \x81\x8d")
    assert "\ufffd" in text and "hello" in text
    assert "U+FFFD" in warnings[0]


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"  \n ", "empty"), (b"\x89PNG\r\n\x1a\nrest", "PNG"),
    (b"%PDF-1.4 ...", "PDF"), (b"abc\x00\x00def", "NUL"),
])
def test_inputs_refuses_empty_and_binary(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode_bytes(data)


def test_inputs_bad_file_is_an_error_doc_not_an_exception(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    docs = _docs(tmp_path)
    assert [d.id for d in docs] == ["a.txt", "b.txt"]
    assert "binary" in (docs[0].error or "") and docs[1].error is None


def test_inputs_html_keeps_the_article_only() -> None:
    page = html_to_text(
        "<html><head><title> عنوان  الخبر </title><style>p{color:red}</style>"
        '<meta property="article:published_time" content="2021-03-04T08:00:00Z">'
        '<meta property="og:site_name" content="وكالة"></head><body>'
        "<script>var x = '<p>not text</p>';</script><nav>رئيسية</nav>"
        f"<article><h1>قصف</h1><p>{ARTICLE}</p><p>سطر &amp; آخر</p></article></body></html>")
    assert page.text == f"{ARTICLE}\nسطر & آخر"  # the menu out, the headline in the title
    assert page.meta == {"title": "قصف", "published": "2021-03-04", "outlet": "وكالة"}
    assert "not text" not in page.text and "color" not in page.text


def test_inputs_html_file_metadata_reaches_the_doc(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(f"<title>خبر</title><p>{ARTICLE}</p>", encoding="utf-8")
    [doc] = _docs(f)
    assert (doc.id, doc.title, doc.text) == ("page.html", "خبر", ARTICLE)


@pytest.mark.parametrize("depth", [1000, 50_000])
def test_inputs_deeply_nested_html_does_not_raise(depth: int) -> None:
    page = html_to_text("<div>" * depth + ARTICLE + "</div>" * depth)
    assert page.text == ARTICLE


def test_inputs_jsonl_lines_with_metadata_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "news.jsonl"
    rows = [json.dumps({"id": "x1", "text": ARTICLE, "url": "http://e/1", "published": "2020-02-02"},
                       ensure_ascii=False), "", "{not json", json.dumps([1, 2]), json.dumps({"id": 5}),
            json.dumps({"text": ARTICLE, "outlet": "o"}, ensure_ascii=False)]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs = _docs(f)
    assert [d.key.rsplit("#", 1)[1] for d in docs] == ["1", "3", "4", "5", "6"]
    assert (docs[0].id, docs[0].url, docs[0].published, docs[0].error) == ("x1", "http://e/1", "2020-02-02", None)
    assert all(d.error for d in docs[1:4])
    assert "text" in (docs[3].error or "") and docs[3].id == "5"
    assert (docs[4].id, docs[4].outlet, docs[4].error) == (None, "o", None)


def test_inputs_jsonl_gz_is_streamed(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as out:
        for i in range(500):
            out.write(json.dumps({"id": f"d{i}", "text": ARTICLE}, ensure_ascii=False) + "\n")
    docs = _docs(f)
    assert [d.id for d in docs] == [f"d{i}" for i in range(500)]
    assert docs[-1].position == f.stat().st_size


def test_inputs_truncated_gz_keeps_good_lines_and_reports(tmp_path: Path) -> None:
    body = gzip.compress("".join(json.dumps({"id": f"d{i}", "text": ARTICLE * 3}) + "\n"
                                 for i in range(300)).encode())
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(body[: len(body) // 2])
    docs = _docs(f)
    assert docs[-1].error and "corrupt or truncated" in docs[-1].error
    assert docs[0].id == "d0" and all(d.error is None for d in docs[:-1])


def test_inputs_gz_bomb_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "BOMB_FLOOR", 1 << 20)
    line = (json.dumps({"id": "z", "text": "ا" * 1000}) + "\n").encode()
    f = tmp_path / "bomb.jsonl.gz"
    f.write_bytes(gzip.compress(line * 20_000, compresslevel=9))
    docs = _docs(f)
    assert "zip bomb" in (docs[-1].error or "")
    assert len(docs) < 20_000


def test_inputs_over_long_line_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "MAX_DOC_BYTES", 1000)
    f = tmp_path / "long.jsonl"
    f.write_text(json.dumps({"id": "big", "text": "x" * 5000}) + "\n" + json.dumps({"id": "ok", "text": "y"})
                 + "\n", encoding="utf-8")
    docs = _docs(f)
    assert "longer than" in (docs[0].error or "")
    assert (docs[1].id, docs[1].error) == ("ok", None)


def test_inputs_big_txt_is_cut_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "MAX_DOC_BYTES", 1001)  # cuts inside a two-byte letter
    f = tmp_path / "big.txt"
    f.write_text("ب" * 5000, encoding="utf-8")
    [doc] = _docs(f)
    assert doc.text == "ب" * 500
    assert "only its start was read" in doc.warnings[-1]


def test_inputs_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.html", "sub/c.jsonl", "notes.pdf", "sub/d.txt.gz"):
        (tmp_path / name).write_bytes(b"x")
    names = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]
    assert names == ["a.html", "b.txt", "sub/c.jsonl", "sub/d.txt.gz"]
    globbed = [p.name for p in expand_paths([str(tmp_path / "**" / "*.txt*")])]
    assert globbed == ["b.txt", "d.txt.gz"]


@pytest.mark.parametrize("arg", ["no/such/file.txt", "no/such/*.jsonl"])
def test_inputs_missing_path_is_a_clear_error(tmp_path: Path, arg: str) -> None:
    with pytest.raises(InputError, match="does not exist|no file matches"):
        expand_paths([str(tmp_path / arg)])


def test_inputs_keys_are_unique_and_stable(tmp_path: Path) -> None:
    f = tmp_path / "dup.jsonl"
    f.write_text("\n".join(json.dumps({"id": "same", "text": "t"}) for _ in range(3)), encoding="utf-8")
    first, second = [d.key for d in _docs(f)], [d.key for d in _docs(f)]
    assert first == second and len(set(first)) == 3
