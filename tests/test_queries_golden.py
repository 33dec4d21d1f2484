"""Every saved query's rows on the hand-made fixture graph equal its golden file in tests/golden/.

Regenerate deliberately with ``pytest tests/test_queries_golden.py --update-golden`` and review the diff.
The fixture graph (tests/fixtures/query_graph.py) is built so that every query returns rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from iisg_graph import queries
from iisg_graph.derive import refresh as refresh_derived
from iisg_graph.store.embedded import EmbeddedStore
from tests.fixtures.query_graph import QUERY_PARAMS, query_graph

GOLDEN = Path(__file__).parent / "golden"
NAMES = sorted(queries.catalog())


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    with EmbeddedStore(tmp_path_factory.mktemp("queries") / "graph.db") as store:
        store.upsert(query_graph())
        refresh_derived(store)  # what ingest does after a load
        yield store


def test_every_query_has_fixture_params() -> None:
    assert sorted(QUERY_PARAMS) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_query_matches_golden(fixture_store: EmbeddedStore, name: str, request: pytest.FixtureRequest) -> None:
    params = QUERY_PARAMS[name]
    rows = queries.run(fixture_store, name, **params)
    assert rows, f"{name} returns no rows on the fixture graph: extend tests/fixtures/query_graph.py"
    path = GOLDEN / f"{name}.json"
    if request.config.getoption("--update-golden", default=False):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps({"params": params, "rows": rows}, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run pytest {__file__} --update-golden"
    golden = json.loads(path.read_text(encoding="utf-8"))
    assert golden["params"] == params
    assert rows == golden["rows"]
