"""``python -m factsheet`` and the ``factsheet`` command (:func:`command`).

The stop signals are held from the first line (:func:`factsheet.stopping.hold`) and taken
once the command's handlers are in place (:func:`factsheet.cli.main`), so that a Ctrl-C or a
SIGTERM while Python still imports the command ends it as cleanly as one later on.
"""

from __future__ import annotations

from factsheet import stopping


def command() -> None:
    """The ``factsheet`` command."""
    stopping.hold()
    from factsheet.cli import run

    run()


if __name__ == "__main__":
    command()
