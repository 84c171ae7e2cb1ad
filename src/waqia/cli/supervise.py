"""The worker processes of ``waqia serve``: a listening socket each, the kernel spreading connections.

uvicorn's own ``workers=N`` hands every worker one shared socket, and the
first worker to wake accepts every connection waiting: 50 clients that
connect at once can all land on one worker, which then serves them alone
for as long as they keep their connections open (measured under
``benchmarks/load.py``: one worker idle at 104 MB while the other did all
the work).  On Linux each worker here gets its own socket, bound to the same
address with ``SO_REUSEPORT``, and the kernel spreads new connections
across them.  Elsewhere uvicorn's shared socket is used.

The parent binds the sockets (so a port in use fails at once, with one
line), starts the workers, restarts one that dies, and stops them all on
Ctrl-C or SIGTERM.  Workers die with the parent, even on ``kill -9``.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import threading
from multiprocessing.context import SpawnProcess

#: the exit code of a uvicorn server that failed to start (a broken app: restarting cannot help)
STARTUP_FAILURE = 3
BACKLOG = 2048


def reuse_port_sockets(host: str, port: int, n: int) -> list[socket.socket] | None:
    """``n`` sockets bound to ``host:port`` with ``SO_REUSEPORT`` (port 0: one free port for all);
    None where the kernel would not spread connections across them (not Linux).

    >>> socks = reuse_port_sockets("127.0.0.1", 0, 2)
    >>> socks is None or len({s.getsockname() for s in socks}) == 1
    True
    """
    if not sys.platform.startswith("linux") or not hasattr(socket, "SO_REUSEPORT"):
        return None
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    out: list[socket.socket] = []
    try:
        for _ in range(n):
            sock = socket.socket(family, socket.SOCK_STREAM)
            out.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((host, port))
            port = sock.getsockname()[1]
            sock.listen(BACKLOG)
    except OSError:
        for sock in out:
            sock.close()
        raise
    return out


def _worker(sock: socket.socket, host: str, port: int, log_level: str, parent: int) -> None:
    import uvicorn

    from waqia.corpus.batch import die_with_parent

    die_with_parent(parent)
    config = uvicorn.Config("waqia.cli.serve:worker_app", factory=True, host=host, port=port,
                            log_level=log_level, backlog=BACKLOG)
    uvicorn.Server(config).run(sockets=[sock])


def run_workers(socks: list[socket.socket], host: str, port: int, log_level: str) -> None:
    """Serve with one worker process per socket until Ctrl-C or SIGTERM."""
    multiprocessing.allow_connection_pickling()
    ctx = multiprocessing.get_context("spawn")
    stop = threading.Event()

    def start(sock: socket.socket) -> SpawnProcess:
        proc = ctx.Process(target=_worker, args=(sock, host, port, log_level, os.getpid()), daemon=False)
        proc.start()
        return proc

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    procs = [start(sock) for sock in socks]
    try:
        while not stop.wait(0.5):
            for i, proc in enumerate(procs):
                if proc.is_alive():
                    continue
                if proc.exitcode == STARTUP_FAILURE:
                    print("waqia serve: a worker could not start (see above); stopping", file=sys.stderr)
                    stop.set()
                    break
                procs[i] = start(socks[i])  # a worker died: its socket's waiting connections go to the next
    finally:
        _stop_all(procs)


def _stop_all(procs: list[SpawnProcess], grace: float = 20.0) -> None:
    for proc in procs:
        if proc.is_alive():
            proc.terminate()  # SIGTERM: uvicorn finishes the requests under way
    for proc in procs:
        proc.join(grace)
        if proc.is_alive():
            proc.kill()
            proc.join()
