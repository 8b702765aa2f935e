"""The real ``lovely-kg`` command, run as a user runs it, from an unrelated directory."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

QUERY_NAMES = ["who-voices-eclipse-songs", "eclipse-members", "cast", "ost-tracklist",
               "track-count-check", "chart-entries", "stream-milestones", "conflicting-claims",
               "provenance", "group-affiliations", "in-story-performances", "series-facts",
               "records", "find-entity", "sources"]


def _fails_cleanly(proc, *fragments: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("Error: ")
    for fragment in fragments:
        assert fragment in proc.stderr, proc.stderr


def test_build_then_query_in_the_default_location(cli, tmp_path: Path) -> None:
    built = cli("build")
    assert built.returncode == 0, built.stderr
    assert "sources: 2" in built.stdout and "warnings: 0" in built.stdout
    assert (tmp_path / "xdg" / "lovely-runner-kg" / "store" / "CURRENT").is_file()
    proc = cli("query", "who-voices-eclipse-songs", "--format", "table")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["recording", "singer", "character"]
    body = [line for line in lines[2:] if line and not line.startswith("(")]
    assert len(body) == 6
    assert all("Byeon Woo-seok" in line and "Ryu Sun-jae" in line for line in body)
    assert "https://" not in proc.stdout  # labels, not IRIs


def test_store_option_and_environment_variable(cli, tmp_path: Path, monkeypatch) -> None:
    store = tmp_path / "custom"
    assert cli("build", "--store", str(store)).returncode == 0
    assert (store / "CURRENT").is_file()
    proc = cli("query", "cast", "--store", str(store), "--format", "csv")
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 6


def test_query_list_shows_every_query_with_its_title(cli) -> None:
    proc = cli("query", "--list")
    assert proc.returncode == 0, proc.stderr
    listed = {line.split()[0]: line for line in proc.stdout.splitlines()}
    assert set(QUERY_NAMES) <= set(listed)
    assert "Who voices each ECLIPSE song" in listed["who-voices-eclipse-songs"]
    assert "<name>" in listed["find-entity"]


def test_result_formats(cli, tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    assert cli("build", "--store", store).returncode == 0
    as_json = json.loads(cli("query", "cast", "-f", "json", "--store", store).stdout)
    assert as_json["head"]["vars"] == ["actor", "character"]
    assert len(as_json["results"]["bindings"]) == 5
    assert all(b["actor"]["type"] == "uri" for b in as_json["results"]["bindings"])
    as_csv = list(csv.reader(io.StringIO(cli("query", "cast", "-f", "csv", "--store",
                                             store).stdout)))
    assert as_csv[0] == ["actor", "character"] and len(as_csv) == 6
    as_tsv = cli("query", "cast", "-f", "tsv", "--store", store).stdout.splitlines()
    assert as_tsv[0] == "?actor\t?character" and as_tsv[1].startswith("<https://")
    with_param = json.loads(cli("query", "find-entity", "--param", "name=Sun Jae", "-f",
                                "json", "--store", store).stdout)
    assert {b["label"]["value"] for b in with_param["results"]["bindings"]} == {"Ryu Sun-jae"}


def test_adhoc_sparql_from_argument_and_file(cli, tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    assert cli("build", "--store", store).returncode == 0
    proc = cli("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s a lr:ChartEntry }", "-f", "csv",
               "--store", store)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["n", "3"]
    query = tmp_path / "q.rq"
    query.write_text("ASK { ?s skos:prefLabel \"ECLIPSE\" }", encoding="utf-8")
    proc = cli("sparql", "--file", str(query), "-f", "json", "--store", store)
    assert json.loads(proc.stdout) == {"head": {}, "boolean": True}
    proc = cli("sparql", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o ; a lr:FictionalBand }",
               "--store", store)
    assert proc.returncode == 0 and "lr:FictionalBand" in proc.stdout


def test_export_to_stdout_and_file(cli, tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    assert cli("build", "--store", store).returncode == 0
    out = tmp_path / "g.nq"
    proc = cli("export", "--format", "nquads", "--output", str(out), "--store", store)
    assert proc.returncode == 0 and out.stat().st_size > 0
    proc = cli("export", "--format", "turtle", "--store", store)
    assert proc.stdout.startswith("@prefix")


# -- every error: one paragraph, non-zero exit, never a traceback --------------------------

def test_never_built(cli, tmp_path: Path) -> None:
    proc = cli("query", "cast", "--store", str(tmp_path / "empty"))
    _fails_cleanly(proc, "No graph has been built", "lovely-kg build")


def test_unknown_query_name_suggests(cli) -> None:
    _fails_cleanly(cli("query", "eclipse-member"), "no stored query named 'eclipse-member'",
                   "Did you mean 'eclipse-members'")


@pytest.mark.parametrize(("args", "fragments"), [
    (["find-entity"], ["needs the parameter 'name'"]),
    (["cast", "--param", "colour=red"], ["has no parameter 'colour'"]),
    (["stream-milestones", "-p", "min_streams=many"], ["must be a whole number"]),
    (["cast", "--param", "series"], ["is not KEY=VALUE"]),
])
def test_parameter_mistakes(cli, args: list[str], fragments: list[str]) -> None:
    _fails_cleanly(cli("query", *args), *fragments)


def test_sparql_syntax_error_has_line_and_column(cli, tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    assert cli("build", "--store", store).returncode == 0
    proc = cli("sparql", "SELECT ?s\nWHERE { ?s ?p }", "--store", store)
    _fails_cleanly(proc, "SPARQL syntax error", "line 2, column")


@pytest.mark.parametrize(("old", "new", "fragments"), [
    ("On June 4, the song entered", "On June 14, the song entered",
     ["001_e3fab462c1df6bfe.claims.yaml, line", "not in the article"]),
    ("person/byeon-woo-seok, lr:portrays", "person/nobody, lr:portrays",
     ["'person/nobody' is not a defined entity"]),
    ('"2024-05-28"', '"28 May 2024"', ["'28 May 2024' is not a valid date"]),
    ("claims:\n", "claims: [\n", ["is not valid YAML"]),
])
def test_bad_sources(cli, sources_copy: Path, old: str, new: str,
                     fragments: list[str]) -> None:
    path = sources_copy / "001_e3fab462c1df6bfe.claims.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    proc = cli("build", "--sources", str(sources_copy), "--store",
               str(sources_copy.parent / "s"))
    _fails_cleanly(proc, *fragments)
    assert not (sources_copy.parent / "s" / "CURRENT").exists()


@pytest.mark.parametrize("argv", [
    ["query", "cast"],
    ["query", "find-entity", "--param", "name=Sun Jae", "-f", "json"],
    ["query", "find-entity", "-p", "name=a=b", "--format=csv", "--store", "/tmp/x"],
    ["query", "cast", "--store=/tmp/y", "-f", "tsv", "-f", "table", "-p", "series=X"],
])
def test_fast_argument_reading_agrees_with_argparse(argv: list[str]) -> None:
    from kg.cli import fast_query_args
    from kg.commands import parser as _parser

    fast = fast_query_args(argv)
    assert fast is not None
    assert vars(fast) == vars(_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["query", "--list"], ["query", "cast", "--help"], ["query", "cast", "-f", "yaml"],
    ["query", "cast", "--store"], ["query", "cast", "-fjson"], ["build"], ["query"],
])
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    from kg.cli import fast_query_args

    assert fast_query_args(argv) is None


def test_a_query_never_loads_the_reasoning_and_validation_libraries(store_dir: Path) -> None:
    # They cost several hundred ms to import; a query must start as fast as pyoxigraph allows.
    script = ("import sys, io, contextlib\n"
              "from kg.cli import main\n"
              "with contextlib.redirect_stdout(io.StringIO()):\n"
              f"    code = main(['query', 'cast', '--store', {str(store_dir)!r}])\n"
              "heavy = {'rdflib', 'owlrl', 'pyshacl', 'yaml'}\n"
              "print(code, sorted({m.split('.')[0] for m in sys.modules} & heavy))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip() == "0 []", done.stderr
