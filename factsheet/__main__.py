"""``python -m factsheet`` and the ``factsheet`` command (:func:`command`).

The stop signals are held from the first line (:func:`factsheet.stopping.hold`) and taken
once the command's handlers are in place (:func:`factsheet.cli.main`), so that a Ctrl-C or a
SIGTERM while Python still imports the command ends it as cleanly as one later on. The command
starts itself again under a fixed string-hash seed (:func:`factsheet.cli.run`); it does so
here, before the imports, when it can.
"""

from __future__ import annotations

import os
import sys

from factsheet import stopping


def command() -> None:
    """The ``factsheet`` command."""
    stopping.hold()
    if os.environ.get("PYTHONHASHSEED") != "0" and os.name == "posix" and sys.executable:
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, "-m", "factsheet", *sys.argv[1:]], env)
    from factsheet.cli import run

    run()


if __name__ == "__main__":
    command()
