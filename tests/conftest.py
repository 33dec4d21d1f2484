"""Shared fixtures: stores on temporary paths and the bundled sample graph."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iisg_graph.derive import refresh as refresh_derived
from iisg_graph.pipeline import ingest
from iisg_graph.resources import sample_dir
from iisg_graph.store.base import GraphStore
from iisg_graph.store.embedded import EmbeddedStore
from tests.fixtures.query_graph import query_graph

pytest_plugins = ["neo4j_fixture", "golden_plugin"]

FIXTURES = Path(__file__).parent / "fixtures"
RECORD_SAMPLE = [sample_dir() / "iisg_news_2023.records.jsonl", sample_dir() / "partners_news_dev.records.jsonl"]


@pytest.fixture(scope="session")
def record_sample() -> list[Path]:
    """The bundled sample as structured records (11 IISG items, 55 partner items)."""
    return list(RECORD_SAMPLE)


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[EmbeddedStore]:
    """An empty embedded store in a temporary folder."""
    with EmbeddedStore(tmp_path / "graph.db") as store:
        yield store


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The bundled sample (structured records) loaded once into an embedded store; read it, don't change it."""
    with EmbeddedStore(tmp_path_factory.mktemp("sample") / "graph.db") as store:
        ingest(store, RECORD_SAMPLE)
        yield store


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """An empty store of each kind: a test that uses it runs on both engines."""
    if request.param == "neo4j":
        yield request.getfixturevalue("neo4j_store")
        return
    with EmbeddedStore(tmp_path / "any.db") as store:
        yield store


@pytest.fixture(scope="session")
def query_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The hand-made query fixture graph (tests/fixtures/query_graph.py) with its derived rows, as ingest
    leaves a store; read it, don't change it."""
    with EmbeddedStore(tmp_path_factory.mktemp("queries") / "graph.db") as store:
        store.upsert(query_graph())
        refresh_derived(store)
        yield store

