"""``python -m waqia`` runs the ``waqia`` command."""

from waqia.cli import main

main()
