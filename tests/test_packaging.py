"""The installed package is self-contained: a user's clone or wheel needs nothing else."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg import resources

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("folder", ["ontology", "queries", "sources"])
def test_data_folders_ship_byte_for_byte(folder: str) -> None:
    shipped = {"ontology": resources.ontology_dir, "queries": resources.queries_dir,
               "sources": resources.default_sources_dir}[folder]()
    originals = sorted(p for p in (REPO / folder).iterdir() if p.is_file())
    assert originals
    for original in originals:
        copy = Path(shipped) / original.name
        assert copy.is_file(), f"{copy} is missing from the installed package"
        assert copy.read_bytes() == original.read_bytes()


def test_installed_from_a_wheel_when_run_by_the_readme_command() -> None:
    package = Path(kg.__file__).resolve().parent
    if package.parent == REPO:
        pytest.skip("kg is imported from the source checkout (an editable install); the README "
                    "test command installs the wheel, where this test applies")
    assert (package / "ontology" / "lovely-runner.ttl").is_file()
    assert (package / "sources" / "sources.yaml").is_file()


def test_articles_are_the_received_bytes() -> None:
    import hashlib

    digests = {
        "000_e7c134992ce6070e.txt":
            "080d113da711fed2dee74a6912d9f053143908f9e031adce662951da39167fe4",
        "001_e3fab462c1df6bfe.txt":
            "1f5f67aebe2851eb39d9f2a5be330c1458a4d79de72c63c15ea8f0a713fbd19c",
    }
    for name, digest in digests.items():
        data = (Path(resources.default_sources_dir()) / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest
        assert data.startswith(b" date 20")


def test_code_is_ruff_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(ruff).exists():
        pytest.skip("ruff is not installed (pip install '.[test]' installs it)")
    proc = subprocess.run([ruff, "check", "kg", "tests", "benchmarks"], cwd=REPO,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
