"""``python -m waqia.cli`` runs the ``waqia`` command."""

from . import main

main()
