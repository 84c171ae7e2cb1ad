"""`waqia serve` under concurrent clients, beside the in-process one-core extraction rate of the same run.

    .venv/bin/python benchmarks/load.py [--clients 50] [--seconds 20] [--workers N] [--db URL]

Measures how many articles per second ``waqia.extract`` reads in this
process on one core (8 s before the server starts and 8 s after it stops; the
mean is the one-core rate), starts ``waqia serve`` (default settings unless
``--workers`` is given) on a free port of 127.0.0.1 with a fresh SQLite store
in /tmp, and runs ``--clients`` keep-alive connections for ``--seconds``:
80 % of requests POST /v1/extract, 20 % (``--store-share``) POST /v1/documents (a new id each
time).  Prints p50/p99 latency, throughput and errors (any status other
than 200/201, or a failed connection).  Only the loopback address is ever
used; every request has a timeout and the run stops after ``--seconds``.
The client is plain asyncio on raw sockets so that it costs the shared
cores as little as possible.  The CPU that other processes took from the
machine during the run is printed too (a shared machine's noise).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from corpus import texts

import waqia

HOST = "127.0.0.1"  # loopback only: this script never sends a request elsewhere
TIMEOUT = 30.0
WAQIA = Path(sys.executable).with_name("waqia")


def one_core_rate(items: list[str], seconds: float = 8.0) -> float:
    """Articles per second of ``waqia.extract`` in this process (data loaded first)."""
    waqia.extract(items[0])
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        waqia.extract(items[done % len(items)], published="2020-01-30")
        done += 1
    return done / (time.perf_counter() - start)


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def start_server(port: int, db: str, workers: int | None) -> subprocess.Popen[bytes]:
    args = [str(WAQIA), "serve", "--db", db, "--host", HOST, "--port", str(port), "-q"]
    args += ["--workers", str(workers)] if workers else []
    proc = subprocess.Popen(args, start_new_session=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2) as r:
                if r.status == 200:
                    return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise SystemExit(f"the server did not start (exit {proc.poll()})") from None
            time.sleep(0.2)


def tree_cpu(pid: int) -> dict[int, float]:
    """CPU seconds of a process and of each of its living descendants (the server and its workers)."""
    import psutil

    out: dict[int, float] = {}
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return out
    for p in procs:
        try:
            t = p.cpu_times()
            out[p.pid] = t.user + t.system
        except psutil.Error:
            continue
    return out


def tree_memory(pid: int) -> list[tuple[str, float, float]]:
    """(name, RSS MB, USS MB) of a process and its living descendants: USS is what the process
    alone holds (what stopping it would free), RSS counts pages shared with others too."""
    import psutil

    out = []
    try:
        procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    except psutil.Error:
        return out
    for p in procs:
        try:
            m = p.memory_full_info()
            out.append(("supervisor" if p.pid == pid else "worker", m.rss / 2**20, m.uss / 2**20))
        except psutil.Error:
            continue
    return out


def request(path: str, body: dict[str, str], port: int) -> bytes:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    head = (f"POST {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\n\r\n").encode("ascii")
    return head + data


async def exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes) -> int:
    """Send one request, read one response; its status."""
    writer.write(raw)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next((int(x.split(":", 1)[1]) for x in lines if x.lower().startswith("content-length:")), 0)
    await reader.readexactly(length)
    return int(lines[0].split()[1])


async def client(n: int, port: int, items: list[str], until: float, out: dict[str, list],
                 share: float) -> None:
    rng = random.Random(n)
    reader, writer = None, None
    i = 0
    while time.perf_counter() < until:
        i += 1
        text = items[rng.randrange(len(items))]
        store = rng.random() < share
        body = {"text": text, "published": "2020-01-30"} | ({"id": f"load-{n}-{i}"} if store else {})
        raw = request("/v1/documents" if store else "/v1/extract", body, port)
        start = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(HOST, port), TIMEOUT)
            status = await asyncio.wait_for(exchange(reader, writer, raw), TIMEOUT)  # type: ignore[arg-type]
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
            out["errors"].append(f"{type(exc).__name__}: {exc}")
            if writer is not None:
                writer.close()
            reader, writer = None, None
            continue
        out["store" if store else "extract"].append(time.perf_counter() - start)
        if status not in (200, 201):
            out["errors"].append(f"HTTP {status}")
    if writer is not None:
        writer.close()


async def load(port: int, clients: int, seconds: float, items: list[str],
               share: float) -> tuple[dict[str, list], float]:
    out: dict[str, list] = {"extract": [], "store": [], "errors": []}
    start, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(client(n, port, items, start + seconds, out, share) for n in range(clients)))
    out["client_cpu"] = [time.process_time() - cpu]
    return out, time.perf_counter() - start


def busy_cpu() -> float:
    """CPU seconds every core of the machine has spent busy so far."""
    import psutil

    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


def report(out: dict[str, list], elapsed: float, rates: tuple[float, float], workers: int | None) -> None:
    rate = sum(rates) / 2
    every = out["extract"] + out["store"]
    throughput = len(every) / elapsed
    print(f"server workers: {workers or 'default'}; {len(every):,} answers in {elapsed:.1f} s")
    for name, lat in (("all", every), ("extract", out["extract"]), ("store", out["store"])):
        print(f"  {name:8s} n={len(lat):6,}  p50 {pct(lat, 50) * 1000:7.1f} ms  p99 {pct(lat, 99) * 1000:7.1f} ms")
    print(f"throughput {throughput:,.0f} requests/s; errors {len(out['errors'])}"
          + (f" (first: {out['errors'][0]})" if out["errors"] else ""))
    print(f"load generator: {out['client_cpu'][0]:.1f} s CPU ({out['client_cpu'][0] / elapsed:.0%} of a core); "
          f"server: {out['server_cpu'][0]:.1f} s CPU ({out['server_cpu'][0] / elapsed:.2f} cores), "
          f"{out['server_cpu'][0] / max(1, len(every)) * 1000:.2f} ms per answer "
          f"(in-process extraction: {1000 / rate:.2f} ms per article)")
    others = out["machine_cpu"][0] - out["server_cpu"][0] - out["client_cpu"][0]
    print("server CPU by process: " + ", ".join(f"{x:.1f} s" for x in out["process_cpu"]))
    print("server memory after the run: " + ", ".join(f"{name} RSS {rss:,.0f} MB (USS {uss:,.0f} MB)"
                                                       for name, rss, uss in out["memory"]))
    print(f"other processes on the machine: {max(0.0, others) / elapsed:.2f} cores during the run")
    print(f"in-process one core: {rate:,.0f} articles/s (before {rates[0]:,.0f}, after {rates[1]:,.0f}); "
          f"server / one core = {throughput / rate:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--workers", type=int, default=None, help="passed to waqia serve (default: its own)")
    ap.add_argument("--store-share", type=float, default=0.2, help="share of requests that store")
    ap.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file in /tmp)")
    args = ap.parse_args()
    items = texts(400)
    before = one_core_rate(items)
    db = args.db or str(Path(tempfile.mkdtemp(prefix="waqia-load-")) / "load.db")
    port = free_port()
    print(f"load: {os.getloadavg()[0]:.2f} before the run; store {db}")
    server = start_server(port, db, args.workers)
    try:
        cpu, machine = tree_cpu(server.pid), busy_cpu()
        out, elapsed = asyncio.run(load(port, args.clients, args.seconds, items, args.store_share))
        used = {k: v - cpu.get(k, 0.0) for k, v in tree_cpu(server.pid).items()}
        out["server_cpu"] = [sum(used.values())]
        out["process_cpu"] = sorted((v for v in used.values() if v > 0.05), reverse=True)
        out["machine_cpu"] = [busy_cpu() - machine]
        out["memory"] = tree_memory(server.pid)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    report(out, elapsed, (before, one_core_rate(items)), args.workers)


if __name__ == "__main__":
    main()
