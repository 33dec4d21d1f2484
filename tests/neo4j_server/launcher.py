"""Build and start the in-process Neo4j test server of this folder (plain Python, no pytest).

Used by ``tests/neo4j_fixture.py`` (one server per test session) and ``benchmarks/bench_neo4j_load.py``.
The Maven build runs only when the jar or its classpath file is older than ``pom.xml`` / the Java source,
or when a jar on the recorded classpath has gone (a wiped ``~/.m2``), because ``mvn`` alone costs seconds
even with nothing to do. The server gets ``--watch-stdin`` and a pipe as stdin, so it exits by itself if
the Python process that started it dies without cleaning up.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO

__all__ = ["HERE", "LauncherError", "RunningServer", "build", "java_major", "missing_tools", "needs_build", "start"]

HERE = Path(__file__).resolve().parent
JAR = HERE / "target" / "neo4j-test-server.jar"
CLASSPATH = HERE / "target" / "classpath.txt"
MAIN_CLASS = "org.iisg.testserver.Neo4jTestServer"
READY = re.compile(r"^NEO4J_READY (bolt://\S+)$")


class LauncherError(RuntimeError):
    """The test server could not be built or did not become ready; the message says why and where to look."""


def java_major(java: str = "java") -> int | None:
    """The major version of ``java`` (17 for "17.0.15", 8 for "1.8.0"), None when it is not there."""
    if shutil.which(java) is None:
        return None
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def missing_tools() -> str | None:
    """Why the launcher cannot run here (no Java 17+, no Maven), or None when it can."""
    major = java_major()
    if major is None:
        return "no java on PATH"
    if major < 17:
        return f"java {major} on PATH, Neo4j 5.26 needs 17+"
    if shutil.which("mvn") is None and needs_build():
        return "no mvn on PATH to build tests/neo4j_server"
    return None


def _inputs() -> list[Path]:
    return [HERE / "pom.xml", *sorted((HERE / "src").rglob("*.java"))]


def needs_build() -> bool:
    """True when the jar or classpath file is missing, older than an input, or names a vanished jar."""
    if not (JAR.exists() and CLASSPATH.exists()):
        return True
    newest_input = max(p.stat().st_mtime for p in _inputs())
    if min(JAR.stat().st_mtime, CLASSPATH.stat().st_mtime) < newest_input:
        return True
    return not all(Path(p).exists() for p in CLASSPATH.read_text().strip().split(os.pathsep) if p)


def build(timeout: float = 1200.0) -> float:
    """``mvn -q -B package`` when needed (under a file lock, for parallel test workers); seconds spent."""
    started = time.monotonic()
    (HERE / "target").mkdir(exist_ok=True)
    with open(HERE / "target" / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not needs_build():
            return time.monotonic() - started
        cmd = ["mvn", "-q", "-B", "-f", str(HERE / "pom.xml"), "package"]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise LauncherError(f"{' '.join(cmd)} took more than {timeout:.0f} s") from exc
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).splitlines()[-30:])
            raise LauncherError(f"{' '.join(cmd)} failed with exit code {done.returncode}:\n{tail}")
    return time.monotonic() - started


class RunningServer:
    """A started test server: ``uri``, ``startup_seconds``, ``log`` (its stderr); ``stop()`` ends it."""

    def __init__(self, process: subprocess.Popen[str], uri: str, startup_seconds: float, log: Path) -> None:
        self.process = process
        self.uri = uri
        self.startup_seconds = startup_seconds
        self.log = log

    def stop(self, timeout: float = 60.0) -> None:
        """SIGTERM (the server's shutdown hook stops Neo4j and deletes its data), SIGKILL if it hangs."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        if self.uri:  # a server that became ready leaves nothing behind; a failed start keeps its log
            self.log.unlink(missing_ok=True)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _read_ready_line(stdout: IO[str], found: list[str]) -> None:
    for line in stdout:
        match = READY.match(line.strip())
        if match:
            found.append(match.group(1))
            return


def start(
    *,
    port: int = 0,
    pagecache_mb: int = 128,
    jvm_args: Sequence[str] = (),
    config: Mapping[str, str] | None = None,
    home: str | Path | None = None,
    timeout: float = 240.0,
) -> RunningServer:
    """Build if needed, start the server and wait for its ready line; ``jvm_args`` come after
    ``jvm.options`` and so override it (e.g. ``["-Xmx4g", "-XX:TieredStopAtLevel=4"]``); ``config`` holds
    Neo4j settings as in neo4j.conf (``{"db.tx_state.memory_allocation": "OFF_HEAP"}``); ``home`` serves an
    existing Neo4j home (data in ``home/data``, e.g. from ``neo4j-admin database import``) and keeps it at
    exit, instead of a fresh temporary one that is deleted."""
    build()
    classpath = os.pathsep.join([str(JAR), CLASSPATH.read_text().strip()])
    cmd = [
        "java",
        f"@{HERE / 'jvm.options'}",
        *jvm_args,
        "-cp",
        classpath,
        MAIN_CLASS,
        "--port",
        str(port),
        "--pagecache",
        str(pagecache_mb),
        "--watch-stdin",
    ]
    if home is not None:
        cmd += ["--home", str(Path(home).resolve())]
    for name, value in (config or {}).items():
        cmd += ["--config", f"{name}={value}"]
    log = Path(tempfile.mkstemp(prefix="iisg-neo4j-", suffix=".log")[1])
    started = time.monotonic()
    with open(log, "w") as err:
        process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True)
    found: list[str] = []
    assert process.stdout is not None
    reader = threading.Thread(target=_read_ready_line, args=(process.stdout, found), daemon=True)
    reader.start()
    reader.join(timeout)
    if not found:
        server = RunningServer(process, "", 0.0, log)
        exit_code = process.poll()
        server.stop()
        state = f"exited with code {exit_code}" if exit_code is not None else f"not ready after {timeout:.0f} s"
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-20:])
        raise LauncherError(f"Neo4j test server {state}; its stderr ({log}):\n{tail}")
    return RunningServer(process, found[0], time.monotonic() - started, log)
