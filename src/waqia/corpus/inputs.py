"""Reading input documents: files, folders, globs; .txt, .html, .jsonl(.gz).

:func:`iter_documents` streams :class:`InputDoc` objects from any mix of
paths, never loading a JSON Lines file whole.  A document that cannot be
read does not stop the stream: it comes out with ``error`` set, so the batch
runner can write it to the rejects file and go on.  Problems that still let
the text be read (an unusual encoding, a cut) become ``warnings``.

Each document has a ``key`` (``path#line``) that is stable for the same
input, whatever its id; resumable runs remember keys, so documents without
an id and repeated ids are handled alike.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("قتل جندي", encoding="utf-8")
>>> [(d.id, d.text) for d in iter_documents([folder])]
[('a.txt', 'قتل جندي')]
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from waqia.corpus.pages import Page, html_to_text
from waqia.errors import InputError

__all__ = ["InputDoc", "Page", "decode_bytes", "expand_paths", "html_to_text", "iter_documents"]

#: File kinds by suffix (after an optional ``.gz``).
KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
         ".ndjson": "jsonl"}
#: Longest input line or file read, in bytes (a 2,000,000-character article is ~4 MB of UTF-8).
MAX_DOC_BYTES = 16 * 1024 * 1024
#: A .gz stream that expands more than this many times, past BOMB_FLOOR bytes, is refused.
MAX_GZ_RATIO = 200
BOMB_FLOOR = 64 * 1024 * 1024
_META_FIELDS = ("url", "title", "outlet", "published")


@dataclass(frozen=True)
class InputDoc:
    """One input document, or the reason it could not be read.

    ``position`` counts input bytes consumed so far over all files (compressed
    bytes for .gz), for progress bars; ``total`` of :func:`input_size` is its end.
    """

    key: str
    id: str | None
    text: str = ""
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    position: int = 0
    meta: dict[str, Any] = field(default_factory=dict)


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named by ``paths``: files as given, folders walked, globs expanded.

    Folders yield only known kinds (.txt, .html, .jsonl and their .gz),
    sorted.  Raises :class:`InputError` for a path that matches nothing.
    """
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = [f for f in sorted(p.rglob("*")) if f.is_file() and kind_of(f)]
            files.extend(found)
        elif p.exists():
            files.append(p)
        elif glob.has_magic(str(raw)):
            matched = sorted(Path(m) for m in glob.glob(str(raw), recursive=True))
            if not matched:
                raise InputError(f"no file matches {str(raw)!r}; check the pattern (quote it for the shell)")
            for m in matched:
                files.extend(expand_paths([m]) if m.is_dir() else [m])
        else:
            raise InputError(f"{str(raw)!r} does not exist; give files, folders or glob patterns")
    return files


def kind_of(path: Path) -> str | None:
    """``txt``, ``html`` or ``jsonl`` for a path (seeing through ``.gz``), else None.

    >>> kind_of(Path("news/2020.jsonl.gz")), kind_of(Path("page.HTM")), kind_of(Path("x.pdf"))
    ('jsonl', 'html', None)
    """
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return KINDS.get(suffixes[-1]) if suffixes else None


def input_size(files: Iterable[Path]) -> int:
    """Total bytes on disk of ``files`` (the end of :attr:`InputDoc.position`)."""
    return sum(f.stat().st_size for f in files if f.exists())


def iter_documents(paths: Iterable[str | os.PathLike[str]], *,
                   files: list[Path] | None = None) -> Iterator[InputDoc]:
    """Stream every document in ``paths`` (or the already expanded ``files``)."""
    done = 0
    for path in files if files is not None else expand_paths(paths):
        size = path.stat().st_size if path.exists() else 0
        yield from _iter_file(path, done)
        done += size


def _iter_file(path: Path, base: int) -> Iterator[InputDoc]:
    kind = kind_of(path)
    key = str(path.resolve())
    if kind is None:
        yield InputDoc(f"{key}#0", path.name, error=f"{path}: unknown file type; use .txt, .html or .jsonl",
                       position=base)
        return
    if kind == "jsonl":
        yield from _iter_jsonl(path, key, base)
        return
    try:
        data, cut = _read_whole(path)
    except (OSError, EOFError, zlib.error, InputError) as exc:
        yield InputDoc(f"{key}#0", path.name, error=f"{path}: cannot read: {exc}", position=base)
        return
    yield _file_doc(path, key, data, cut, kind, base + path.stat().st_size)


def _file_doc(path: Path, key: str, data: bytes, cut: bool, kind: str, position: int) -> InputDoc:
    doc_id = path.name
    try:
        text, warnings = decode_bytes(data, truncated=cut)
    except InputError as exc:
        return InputDoc(f"{key}#0", doc_id, error=f"{path}: {exc}", position=position)
    if cut:
        warnings.append(f"file is larger than {MAX_DOC_BYTES:,} bytes; only its start was read")
    meta: dict[str, Any] = {}
    if kind == "html":
        page = html_to_text(text)
        text, meta = page.text, page.meta
        warnings.extend(page.warnings)
    return InputDoc(f"{key}#0", doc_id, text, url=meta.get("url"), title=meta.get("title"),
                    outlet=meta.get("outlet"), published=meta.get("published"),
                    warnings=tuple(warnings), position=position)


def open_stream(path: Path) -> tuple[IO[bytes], IO[bytes]]:
    """(stream to read, raw file whose position counts progress); both to be closed."""
    raw = open(path, "rb")  # noqa: SIM115 - closed by the caller
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")), raw
    return raw, raw


def _read_whole(path: Path) -> tuple[bytes, bool]:
    stream, raw = open_stream(path)
    try:
        data = stream.read(MAX_DOC_BYTES + 1)
    finally:
        stream.close()
        raw.close()
    return data[:MAX_DOC_BYTES], len(data) > MAX_DOC_BYTES


def _iter_jsonl(path: Path, key: str, base: int) -> Iterator[InputDoc]:
    try:
        stream, raw = open_stream(path)
    except OSError as exc:
        yield InputDoc(f"{key}#0", None, error=f"{path}: cannot open: {exc}", position=base)
        return
    lineno = 0
    unpacked = 0
    try:
        while True:
            try:
                line = stream.readline(MAX_DOC_BYTES + 1)
            except (OSError, EOFError, zlib.error) as exc:
                yield InputDoc(f"{key}#{lineno + 1}", None, position=base + raw.tell(),
                               error=f"{path}: corrupt or truncated after line {lineno}: {exc}")
                return
            if not line:
                return
            lineno += 1
            unpacked += len(line)
            if stream is not raw and unpacked > BOMB_FLOOR and unpacked > MAX_GZ_RATIO * max(raw.tell(), 1):
                yield InputDoc(f"{key}#{lineno}", None, position=base + raw.tell(),
                               error=f"{path}: expands over {MAX_GZ_RATIO}x (a zip bomb?); rest of file skipped")
                return
            if len(line) > MAX_DOC_BYTES and not line.endswith(b"\n"):
                unpacked += _skip_line(stream)
                yield InputDoc(f"{key}#{lineno}", None, position=base + raw.tell(),
                               error=f"{path}:{lineno}: line longer than {MAX_DOC_BYTES:,} bytes; skipped")
                continue
            if line.strip():
                yield json_line_doc(line, f"{key}#{lineno}", f"{path}:{lineno}", base + raw.tell())
    finally:
        stream.close()
        raw.close()


def _skip_line(stream: IO[bytes]) -> int:
    """Read past the end of an over-long line; return how many bytes were skipped."""
    skipped = 0
    while True:
        chunk = stream.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n") or skipped > BOMB_FLOOR * 4:
            return skipped


def json_line_doc(line: bytes, key: str, where: str, position: int = 0) -> InputDoc:
    """One JSON Lines record as an InputDoc (with ``error`` when unusable).

    >>> json_line_doc(b'{"id": 7, "text": "x", "url": "u"}', "f#1", "f:1").id
    '7'
    """
    try:
        text_line, warnings = decode_bytes(line, allow_empty=True)
        obj = json.loads(text_line)
    except (InputError, ValueError, RecursionError) as exc:
        return InputDoc(key, None, error=f"{where}: not a JSON object: {str(exc)[:200]}", position=position)
    if not isinstance(obj, dict):
        return InputDoc(key, None, error=f"{where}: expected a JSON object, got {type(obj).__name__}",
                        position=position)
    raw_id = obj.get("id")
    doc_id = None if raw_id is None else str(raw_id)
    text = obj.get("text")
    if not isinstance(text, str):
        return InputDoc(key, doc_id, error=f"{where}: field 'text' is missing or not a string",
                        position=position)
    meta = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in _META_FIELDS}
    extra = {k: v for k, v in obj.items() if k not in _META_FIELDS and k not in ("id", "text")}
    return InputDoc(key, doc_id, text, warnings=tuple(warnings), position=position, meta=extra, **meta)


# --- decoding ---------------------------------------------------------------

_MAGIC = {b"PK\x03\x04": "a zip archive", b"%PDF": "a PDF", b"\x89PNG": "a PNG image",
          b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image", b"\x1f\x8b": "gzip data"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_bytes(data: bytes, *, truncated: bool = False, allow_empty: bool = False) -> tuple[str, list[str]]:
    """Bytes to text: BOM, then UTF-8, then windows-1256, else UTF-8 with replacements.

    Returns the text and warnings; raises :class:`InputError` for empty or
    binary data.

    >>> decode_bytes("قصف".encode("cp1256"))
    ('قصف', ['decoded as windows-1256 (not UTF-8)'])
    """
    if not data.strip() and not allow_empty:
        raise InputError("empty file: there is no text to read")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"this is {what}, not text; give .txt, .html or .jsonl")
    if b"\x00" in data[:65536]:
        found = utf16_without_bom(data)
        if found is None:
            raise InputError("the data holds NUL bytes: it looks binary, not text")
        return found
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        if truncated and exc.start >= len(data) - 3:
            return data[:exc.start].decode("utf-8", errors="replace"), []
    legacy = data.decode("cp1256")
    if _arabic_share(legacy) >= 0.6:
        return legacy, ["decoded as windows-1256 (not UTF-8)"]
    return data.decode("utf-8", errors="replace"), [
        "input is not valid UTF-8 nor windows-1256; undecodable bytes were replaced with U+FFFD"]


def utf16_without_bom(data: bytes) -> tuple[str, list[str]] | None:
    """Text in UTF-16 that lacks its byte-order mark (as some Windows tools save it), else None.

    Spaces, digits and line breaks put a NUL byte in every other place (and
    only there); the byte order whose decoding is printable text in the
    scripts of news (Latin, Arabic, punctuation) is the one.

    >>> utf16_without_bom("قتل جندي في 2020".encode("utf-16-le"))
    ('قتل جندي في 2020', ['decoded as UTF-16 (little-endian) without a byte-order mark'])
    >>> utf16_without_bom(bytes(range(256))) is None
    True
    """
    even = data[: len(data) - len(data) % 2]
    for codec, order in (("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")):
        try:
            text = even.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:20000]
        readable = sum((ch.isprintable() or ch in "\n\r\t") and _news_script(ch) for ch in sample)
        if sample and readable >= 0.97 * len(sample) and any(ch.isalpha() for ch in sample):
            return text, [f"decoded as UTF-16 ({order}) without a byte-order mark"]
    return None


def _news_script(ch: str) -> bool:
    """Latin, Greek, Cyrillic, Hebrew, Arabic (with its supplements and presentation forms), punctuation."""
    code = ord(ch)
    return code < 0x0800 or 0x2000 <= code <= 0x206F or 0x08A0 <= code <= 0x08FF or 0xFB50 <= code <= 0xFEFF


def _arabic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= ch <= "\u06ff" for ch in letters) / len(letters)
