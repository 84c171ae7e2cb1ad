"""``python -m waqia`` runs the ``waqia`` command."""

from .cli import main

main()
