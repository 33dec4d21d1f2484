"""``--update-golden``: rewrite golden files from the current output instead of comparing with them.

Register in tests/conftest.py with ``pytest_plugins = ["tests.golden_plugin"]``. Regenerate deliberately
(``pytest tests/test_queries_golden.py --update-golden``) and review the diff of ``tests/golden/``.
"""

from __future__ import annotations

import pytest

__all__ = ["pytest_addoption", "update_golden"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite tests/golden/*.json from the current results instead of comparing.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite golden files."""
    return bool(request.config.getoption("--update-golden", default=False))
