"""Peak resident memory of a process tree, sampled from /proc (Linux), for the benchmarks.

`VmHWM` is the peak resident set the kernel keeps for each process, so sampling only has to see a
process once before it exits; a process that runs a new program (exec) starts a peak of its own.
`getrusage(RUSAGE_CHILDREN)` cannot replace this: it counts only children that were waited for, and
gives the largest of them, not the one asked about.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.02


@dataclass(frozen=True)
class Peak:
    """One process seen while sampling: its command line, its parent, its peak resident set."""

    name: str
    parent: int
    kb: int


def tree(root: int) -> list[tuple[int, int]]:
    """(pid, parent pid) of `root` and all its descendants, from /proc/<pid>/task/*/children (a
    child belongs to the thread that started it); the root's parent is given as 0."""
    found, queue = [], [(root, 0)]
    while queue:
        pid, parent = queue.pop()
        found.append((pid, parent))
        queue += [(child, pid) for child in _children(pid)]
    return found


def _children(pid: int) -> list[int]:
    """The child pids of every thread of `pid`; none once it has exited (a process can go between
    being listed as a child and being read)."""
    try:
        threads = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []
    found = []
    for thread in threads:
        try:
            found += [int(c) for c in (thread / "children").read_text().split()]
        except OSError:
            continue
    return found


def sample(root: int, peaks: dict[int, Peak]) -> None:
    """Record once the VmHWM (kB) and command line of `root` and every descendant into `peaks`."""
    for pid, parent in tree(root):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            name = (
                Path(f"/proc/{pid}/cmdline")
                .read_bytes()
                .replace(b"\0", b" ")
                .decode(errors="replace")
            )
        except OSError:
            continue
        hwm = next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")),
            0,
        )
        known = peaks.get(pid, Peak("", parent, 0))
        if name and name != known.name:  # a new program (exec) starts its own peak
            known = Peak(name, parent, 0)
        # an exited process reads with no name and no peak: keep what was seen
        peaks[pid] = Peak(known.name, known.parent, max(hwm, known.kb))


class Sampler:
    """Samples a process tree in a thread until stopped: `with Sampler(pid) as peaks: ...`."""

    def __init__(self, root: int, every: float = SAMPLE_SECONDS) -> None:
        self.root, self.every = root, every
        self.peaks: dict[int, Peak] = {}
        self.cpu = 0.0
        """CPU seconds the sampling took (it competes with what it measures)."""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="memory-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            sample(self.root, self.peaks)
            self._stop.wait(self.every)
        self.cpu = time.thread_time()

    def __enter__(self) -> dict[int, Peak]:
        self._thread.start()
        return self.peaks

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def wait_sampling(process, peaks: dict[int, Peak], every: float = SAMPLE_SECONDS) -> None:
    """Until the subprocess `process` exits, sample it and its descendants into `peaks`."""
    while process.poll() is None:
        sample(process.pid, peaks)
        time.sleep(every)
