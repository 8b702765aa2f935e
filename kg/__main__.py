"""``python -m kg`` runs the ``lovely-kg`` command."""

from kg.cli import run

run()
