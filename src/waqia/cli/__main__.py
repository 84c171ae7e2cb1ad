"""``python -m waqia.cli`` runs the ``waqia`` command."""

from waqia.cli import main

main()
