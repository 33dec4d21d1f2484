"""The wheel works without the checkout: build it, install it into a fresh venv, run the demo elsewhere.

The venv sees the test environment's site-packages (``--system-site-packages``) so dependencies need no
download, but ``iisg_graph``, ``loaders`` and ``cypher/`` must come from the wheel: the test checks where
the package was imported from.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_runs_demo_from_another_directory(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist),
                    str(ROOT)], check=True, capture_output=True)
    (wheel,) = dist.glob("iisg_graph-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--no-deps", "--force-reinstall", str(wheel)],
                   check=True, capture_output=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run([python, "-c", "import iisg_graph, loaders; from iisg_graph.resources import cypher_dir;"
                            "print(iisg_graph.__file__); print(loaders.__file__); print(cypher_dir())"],
                           cwd=work, check=True, capture_output=True, text=True).stdout.split()
    assert all(str(env_dir) in line for line in where), where
    demo = subprocess.run([env_dir / "bin" / "iisg-graph", "demo"], cwd=work, capture_output=True, text=True,
                          timeout=300)
    assert demo.returncode == 0, demo.stderr
    assert "Who has worked together on WBBSi" in demo.stdout + demo.stderr
    assert (work / "iisg-demo" / "worked-together-WBBSi.html").exists()
