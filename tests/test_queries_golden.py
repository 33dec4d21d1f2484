"""Every saved query's rows on the hand-made fixture graph equal its golden file in tests/golden/.

Regenerate deliberately with ``pytest tests/test_queries_golden.py --update-golden`` and review the diff.
The fixture graph (tests/fixtures/query_graph.py) is built so that every query returns rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iisg_graph import queries
from iisg_graph.store.embedded import EmbeddedStore
from tests.fixtures.query_graph import QUERY_PARAMS

GOLDEN = Path(__file__).parent / "golden"
NAMES = sorted(queries.catalog())


def test_every_query_has_fixture_params() -> None:
    assert sorted(QUERY_PARAMS) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_query_matches_golden(query_store: EmbeddedStore, name: str, request: pytest.FixtureRequest) -> None:
    params = QUERY_PARAMS[name]
    rows = queries.run(query_store, name, **params)
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
