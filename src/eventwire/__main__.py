"""`python -m eventwire ...` runs the command line, as the `eventwire` script does."""

from eventwire.cli import app

app()
