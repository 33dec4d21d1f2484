"""The command line: every command documented with an example; data on stdout; clean errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from iisg_graph.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def loaded(runner, tmp_path, record_sample) -> str:
    uri = f"embedded:{tmp_path / 'g.db'}"
    result = runner.invoke(cli, ["load", *map(str, record_sample), "--store", uri, "-q"])
    assert result.exit_code == 0, result.output
    return uri


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(runner, name):
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"iisg-graph {name}" in result.output


def test_design_commands_exist():
    expected = {"demo", "extract", "load", "query", "queries", "cypher", "viz", "stats"}
    assert expected <= set(cli.commands)


def test_stats_json(runner, loaded):
    result = runner.invoke(cli, ["stats", "--store", loaded, "--format", "json"])
    rows = json.loads(result.stdout)
    by_name = {r["name"]: r["count"] for r in rows}
    assert by_name["Event"] == 66 and by_name["Source"] == 66


def test_query_csv_and_unknown_parameter(runner, loaded):
    result = runner.invoke(cli, ["query", "worked-together", "-p", "pillar=WBCSCi", "--store", loaded, "-F", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and set(rows[0]) == {"actor_a", "actor_b", "shared_events", "first_date", "last_date"}
    bad = runner.invoke(cli, ["query", "worked-together", "-p", "pilar=WBBSi", "--store", loaded])
    assert bad.exit_code == 1
    assert "no parameter 'pilar'" in bad.output and "pillar (\"WBBSi\")" in bad.output


def test_refresh_restores_derived_rows_removed_by_hand(runner, loaded):
    before = runner.invoke(cli, ["query", "worked-together", "-p", "limit=1000", "--store", loaded, "-F", "json"])
    deleted = runner.invoke(cli, ["cypher", "MATCH (w:CoAttendance) WITH w LIMIT 3 DELETE w", "--write",
                                  "--store", loaded])
    assert deleted.exit_code == 0, deleted.output
    result = runner.invoke(cli, ["refresh", "--store", loaded])
    assert result.exit_code == 0, result.output
    assert "3 written, 0 removed" in result.output
    after = runner.invoke(cli, ["query", "worked-together", "-p", "limit=1000", "--store", loaded, "-F", "json"])
    assert json.loads(after.stdout) == json.loads(before.stdout)


def test_cypher_is_read_only_unless_write(runner, loaded):
    refused = runner.invoke(cli, ["cypher", "CREATE (:Pillar {id: 'X', code: 'X'})", "--store", loaded])
    assert refused.exit_code == 1 and "Error:" in refused.output
    count = runner.invoke(cli, ["cypher", "MATCH (p:Pillar) RETURN count(p) AS n", "--store", loaded, "-F", "json"])
    assert json.loads(count.stdout) == [{"n": 3}]
    written = runner.invoke(cli, ["cypher", "CREATE (:Pillar {id: $id, code: $id})", "-p", "id=X",
                                  "--write", "--store", loaded])
    assert written.exit_code == 0, written.output
    count = runner.invoke(cli, ["cypher", "MATCH (p:Pillar) RETURN count(p) AS n", "--store", loaded, "-F", "json"])
    assert json.loads(count.stdout) == [{"n": 4}]


def test_load_error_is_one_clean_line(runner, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x", "country": "Atlantis"}\n', encoding="utf-8")
    result = runner.invoke(cli, ["load", str(bad), "--store", f"embedded:{tmp_path / 'g.db'}"])
    assert result.exit_code == 1
    assert f"Error: {bad}:1, field 'country': Value error, unknown country code 'Atlantis'" in result.output
    assert "Traceback" not in result.output


def test_viz_writes_offline_html(runner, loaded, tmp_path):
    out = tmp_path / "net.html"
    result = runner.invoke(cli, ["viz", "--store", loaded, "--pillar", "WBCSCi", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "vis.Network" in page or "new vis.Network" in page
    assert 'src="http' not in page and 'href="http' not in page
    assert "CEPOL" in page


def test_demo_from_records(runner, tmp_path):
    result = runner.invoke(cli, ["demo", "--from", "records", "--dir", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert "Who has worked together on WBBSi" in result.output
    assert (tmp_path / "demo" / "worked-together-WBBSi.html").exists()
