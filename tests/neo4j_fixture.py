"""Pytest fixtures for tests that need a real Neo4j (``@pytest.mark.neo4j``).

Register from ``tests/conftest.py`` with ``pytest_plugins = ["neo4j_fixture"]`` (``tests/`` is on
``sys.path`` because it has no ``__init__.py``).

``neo4j_uri`` (session) finds a server, first that answers wins:

1. ``NEO4J_URI`` from the environment (credentials from ``NEO4J_USER`` / ``NEO4J_PASSWORD``);
2. the in-process server of ``tests/neo4j_server`` when Java 17+ and Maven are present: built once and
   reused, started once per session, stopped at the end;
3. testcontainers' ``Neo4jContainer("neo4j:5.26-community")`` when a Docker engine answers;
4. otherwise the test is skipped — or fails, when ``IISG_REQUIRE_NEO4J=1`` (CI), so that a green CI run
   means the Neo4j tests really ran.

``neo4j_store`` (function) is a :class:`Neo4jStore` on that server, emptied before the test.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType
from urllib.parse import quote

import pytest

from iisg_graph.store.neo4j import Neo4jStore

__all__ = ["neo4j_store", "neo4j_uri"]

log = logging.getLogger(__name__)
NEO4J_IMAGE = "neo4j:5.26-community"
_TEST_PASSWORD = "iisg-test-password"  # a throwaway container's; never a real one


def _launcher() -> ModuleType:
    """``tests/neo4j_server/launcher.py``, imported by path (``tests/`` is not a package)."""
    name = "iisg_neo4j_launcher"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "neo4j_server" / "launcher.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _from_launcher(stack: ExitStack) -> tuple[str | None, str]:
    launcher = _launcher()
    why_not = launcher.missing_tools()
    if why_not:
        return None, f"tests/neo4j_server launcher: {why_not}"
    try:
        server = stack.enter_context(launcher.start())
    except launcher.LauncherError as exc:
        return None, f"tests/neo4j_server launcher failed: {exc}"
    log.info("Neo4j test server at %s, ready in %.1f s", server.uri, server.startup_seconds)
    return server.uri, ""


def _docker_answers() -> bool:
    try:
        import docker

        client = docker.from_env(timeout=5)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:  # any failure here means the same thing: no Docker engine to use
        return False


def _from_testcontainers(stack: ExitStack) -> tuple[str | None, str]:
    try:
        from testcontainers.community.neo4j import Neo4jContainer
    except ImportError:
        try:  # testcontainers < 4.5 kept it here (deprecated since)
            from testcontainers.neo4j import Neo4jContainer
        except ImportError:
            return None, "testcontainers: not installed (pip install -e '.[test]')"
    if not _docker_answers():
        return None, "testcontainers: no Docker engine answers"
    container = stack.enter_context(Neo4jContainer(NEO4J_IMAGE, username="neo4j", password=_TEST_PASSWORD))
    host, port = container.get_container_host_ip(), container.get_exposed_port(container.port)
    return f"bolt://neo4j:{quote(_TEST_PASSWORD, safe='')}@{host}:{port}", ""


@pytest.fixture(scope="session")
def neo4j_uri() -> Iterator[str]:
    """Bolt URI of a real Neo4j for this test session (see the module docstring for the order)."""
    env_uri = os.environ.get("NEO4J_URI")
    if env_uri:
        yield env_uri
        return
    with ExitStack() as stack:
        reasons = []
        for finder in (_from_launcher, _from_testcontainers):
            uri, reason = finder(stack)
            if uri:
                yield uri
                return
            reasons.append(reason)
        message = "no Neo4j for the tests: NEO4J_URI unset; " + "; ".join(reasons)
        if os.environ.get("IISG_REQUIRE_NEO4J") == "1":
            pytest.fail(message + " (IISG_REQUIRE_NEO4J=1)", pytrace=False)
        pytest.skip(message)


@pytest.fixture
def neo4j_store(neo4j_uri: str) -> Iterator[Neo4jStore]:
    """A :class:`Neo4jStore` on an empty database (cleared before the test; schema kept)."""
    with Neo4jStore.from_uri(neo4j_uri) as store:
        store.clear()
        yield store
