"""The files of a resumable run: the JSON Lines output, its rejects, and a progress ledger.

While a run goes on, its sidecar files live in one hidden folder beside the
output (``.out.jsonl.waqia/``: ``progress``, the ledger, and ``rejects.jsonl``
unless ``--rejects`` names another file).  Each commit fsyncs the output,
then appends to the ledger the byte offsets reached and the keys done; on
restart the output is cut back to the last committed offset and committed
keys are skipped, so an interrupted run (Ctrl-C or ``kill -9``) continues
where it stopped and writes nothing twice.

The ledger's first line records the settings that shape the output
(:func:`run_state`: waqia's version, the gazetteer, the publication date
given for undated documents, the text added or not ...).  A run with other
settings is refused with one line naming ``--overwrite`` instead of mixing
old and new records in one file.  When a run completes, the folder goes:
the ledger is removed, and the rejects move beside the output
(``out.jsonl.rejects.jsonl``) only when some document was rejected.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waqia import __version__
from waqia.errors import InputError

if TYPE_CHECKING:
    from waqia.settings import Settings


@dataclass(frozen=True)
class Result:
    """The outcome for one document: its record as a JSON line, or why it failed."""

    key: str
    doc_id: str | None
    line: str | None = None
    error: str | None = None
    position: int = 0

    @property
    def record(self) -> dict[str, Any] | None:
        """The record as a dict (None for a reject)."""
        return None if self.line is None else json.loads(self.line)


def sidecar_folder(out: str | os.PathLike[str]) -> Path:
    """The hidden folder beside ``out`` that holds a run's ledger and rejects until it completes.

    >>> sidecar_folder("data/out.jsonl")
    PosixPath('data/.out.jsonl.waqia')
    """
    path = Path(out)
    return path.parent / f".{path.name}.waqia"


def run_state(settings: Settings, published: str | None = None, with_text: bool = False) -> dict[str, Any]:
    """What shapes a run's records: the same state, the same output for the same input.

    >>> from waqia.settings import Settings
    >>> state = run_state(Settings(), "2021-03-04")
    >>> state["published"], state["gazetteer"], "db" in state
    ('2021-03-04', None, False)
    """
    fields = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings) if f.name != "db"}
    return fields | {"version": __version__, "gazetteer": _file_identity(settings.gazetteer),
                     "published": published, "with_text": with_text}


def _file_identity(path: str | None) -> dict[str, Any] | None:
    """A file by where it is, how long it is and when it changed (a rebuilt gazetteer is another one)."""
    if not path:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return {"path": os.path.abspath(path)}
    return {"path": os.path.abspath(path), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def state_changes(old: dict[str, Any] | None, new: dict[str, Any]) -> list[str]:
    """What differs between two run states, one short phrase each.

    >>> state_changes({"published": None, "version": "0.1.0"}, {"published": "2021-01-02", "version": "0.1.0"})
    ['published: none → 2021-01-02']
    """
    if old is None:
        return ["settings not recorded (a run of an older waqia)"]
    out = []
    for name in sorted(set(old) | set(new)):
        if old.get(name) != new.get(name):
            out.append(f"{name}: {_show(old.get(name))} → {_show(new.get(name))}")
    return out


def _show(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, dict) and "path" in value:
        return str(value["path"])
    return str(value)


def _split(key: str) -> tuple[str, int]:
    path, sep, line = key.rpartition("#")
    return (path, int(line)) if sep and line.isdigit() else (key, -1)


class DoneKeys:
    """Keys of committed documents, stored compactly as file -> set of line numbers.

    >>> done = DoneKeys(); done.add("/data/a.jsonl#7"); done.add("plain-key")
    >>> "/data/a.jsonl#7" in done, "/data/a.jsonl#8" in done, "plain-key" in done, len(done)
    (True, False, True, 2)
    """

    def __init__(self) -> None:
        self.by_file: dict[str, set[int]] = {}

    def add(self, key: str) -> None:
        path, line = _split(key)
        self.by_file.setdefault(path, set()).add(line)

    def update(self, grouped: dict[str, list[int]]) -> None:
        for path, lines in grouped.items():
            self.by_file.setdefault(path, set()).update(lines)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        path, line = _split(key)
        return line in self.by_file.get(path, ())

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_file.values())


def _grouped(keys: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for key in keys:
        path, line = _split(key)
        out.setdefault(path, []).append(line)
    return out


class JsonlSink:
    """Writes records to ``out``, rejects to ``rejects``, commits to a ledger in :func:`sidecar_folder`.

    With ``resume`` (the default) an existing ledger is read: the output and
    rejects files are cut back to the last commit and :attr:`done` holds the
    keys to skip.  An output file without a ledger (a finished run, or any
    other file) is refused unless ``overwrite``, so finished work is never
    clobbered by accident; so is a ledger whose recorded ``state`` differs
    from the one given.  :meth:`finish` tidies up after a completed run.
    """

    def __init__(self, out: str | os.PathLike[str], rejects: str | os.PathLike[str] | None = None, *,
                 resume: bool = True, overwrite: bool = False, commit_seconds: float = 2.0,
                 state: dict[str, Any] | None = None):
        self.out_path = os.fspath(out)
        self.folder = sidecar_folder(out)
        self.own_rejects = not rejects
        self.rej_path = os.fspath(rejects) if rejects else str(self.folder / "rejects.jsonl")
        self.ledger_path = str(self.folder / "progress")
        self.commit_seconds = commit_seconds
        self.done = DoneKeys()
        self.state = state
        offsets = (0, 0)
        if overwrite:
            shutil.rmtree(self.folder, ignore_errors=True)
            if self.own_rejects and os.path.exists(self.out_path + ".rejects.jsonl"):
                os.remove(self.out_path + ".rejects.jsonl")
        if resume and os.path.exists(self.ledger_path):
            offsets = self._read_ledger()
        elif os.path.exists(self.out_path) and os.path.getsize(self.out_path) and not overwrite:
            raise InputError(f"{self.out_path} is the output of a finished run (or another file); "
                             "pass --overwrite to extract again into it, or choose another output")
        self._check_sizes(offsets)
        self.folder.mkdir(exist_ok=True)
        self.out = _open_at(self.out_path, offsets[0])
        self.rej = _open_at(self.rej_path, offsets[1])
        fresh = not os.path.exists(self.ledger_path) or offsets == (0, 0)
        self.ledger = _open_at(self.ledger_path, 0 if fresh else os.path.getsize(self.ledger_path))
        if fresh:
            self._write_ledger({"state": state})
        self.pending: list[str] = []
        self.last_commit = time.monotonic()

    def _check_sizes(self, offsets: tuple[int, int]) -> None:
        for path, offset in ((self.out_path, offsets[0]), (self.rej_path, offsets[1])):
            if offset and (not os.path.exists(path) or os.path.getsize(path) < offset):
                raise InputError(f"{path} is shorter than its progress ledger says (was it edited?); "
                                 "pass --overwrite to start again")

    def _read_ledger(self) -> tuple[int, int]:
        offsets, good, recorded = (0, 0), 0, None
        with open(self.ledger_path, "rb") as f:
            for raw in f:
                try:
                    entry = json.loads(raw)
                    if "state" in entry:
                        recorded = entry["state"]
                    else:
                        offsets = (int(entry["out"]), int(entry["rej"]))
                        self.done.update(entry.get("keys") or {})
                except (ValueError, KeyError, TypeError):
                    break  # a torn last line: everything after the last good commit is redone
                good += len(raw)
        if self.state is not None and (changes := state_changes(recorded, self.state)):
            raise InputError(f"{self.out_path} was started with other settings ({'; '.join(changes)}); "
                             "pass --overwrite to extract everything again, or choose another output")
        with open(self.ledger_path, "r+b") as f:
            f.truncate(good)
        return offsets

    def _write_ledger(self, entry: dict[str, Any]) -> None:
        self.ledger.write(json.dumps(entry, ensure_ascii=False).encode("utf-8", "replace") + b"\n")
        self.ledger.flush()
        os.fsync(self.ledger.fileno())

    def write(self, results: Sequence[Result]) -> None:
        for r in results:
            if r.error is None and r.line is not None:
                self.out.write(r.line.encode("utf-8") + b"\n")
            else:
                rej = {"key": r.key, "id": r.doc_id, "reason": r.error}
                self.rej.write(json.dumps(rej, ensure_ascii=False).encode("utf-8", "replace") + b"\n")
            self.pending.append(r.key)
        if time.monotonic() - self.last_commit >= self.commit_seconds:
            self.commit()

    def commit(self) -> None:
        """Make everything written so far durable, then record it in the ledger."""
        if not self.pending:
            return
        for f in (self.out, self.rej):
            f.flush()
            os.fsync(f.fileno())
        self._write_ledger({"out": self.out.tell(), "rej": self.rej.tell(), "keys": _grouped(self.pending)})
        for key in self.pending:
            self.done.add(key)
        self.pending = []
        self.last_commit = time.monotonic()

    def close(self) -> None:
        if self.out.closed:
            return
        self.commit()
        for f in (self.out, self.rej, self.ledger):
            f.close()

    def finish(self) -> None:
        """After a completed run: remove the sidecar folder; rejects, if any, move beside the output."""
        self.close()
        if self.own_rejects and os.path.getsize(self.rej_path):
            beside = self.out_path + ".rejects.jsonl"
            os.replace(self.rej_path, beside)
            self.rej_path = beside
        shutil.rmtree(self.folder, ignore_errors=True)


def _open_at(path: str, offset: int) -> Any:
    """Open ``path`` for appending after cutting it to ``offset`` bytes."""
    f = open(path, "ab")  # noqa: SIM115 - closed by the sink
    f.truncate(offset)
    f.seek(offset)
    return f
