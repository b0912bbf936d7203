"""The command's outputs: written atomically, checked before anything is read.

Every output goes to a temporary file beside its target and is moved into place only when all
of a run's outputs are written (:func:`write_outputs`), so a full disk, a write error or a stop
signal leaves the previous outputs as they were. Standard output and devices are written
through. :func:`check_target` and :func:`check_outputs` refuse, before anything is read, an
output that cannot be written or would destroy an input or another output.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from factsheet import stopping
from factsheet.errors import OptionsError, OutputError


class StdoutClosed(Exception):
    """Standard output was closed by its reader (``factsheet ... | head``)."""


class Written:
    """What this run has put out so far, for the message when it is stopped by a signal."""

    files = False  # an output file was moved into place
    stdout = False  # something went to standard output


STDOUT_PATHS = frozenset({"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})
"""Output paths that mean standard output (written to it, never opened by name)."""


def is_stdout(path: Path | str | None) -> bool:
    """Whether an output path means standard output: none, ``-`` or ``/dev/stdout``.

    >>> is_stdout(None), is_stdout(Path("-")), is_stdout("/dev/stdout"), is_stdout("out.md")
    (True, True, True, False)
    """
    return path is None or str(path) in STDOUT_PATHS


def written_through(path: Path) -> bool:
    """Whether an output path is opened and written to rather than replaced: a device, a FIFO,
    anything under ``/dev`` or ``/proc``. A rename would put a regular file where it stands
    (``-o /dev/null`` would break the system); only regular files and new paths are replaced.
    """
    if str(path).startswith(("/dev/", "/proc/")):
        return True
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # not there yet (or not reachable: check_target says why)
        return False


def check_target(path: Path | None) -> None:
    """Fail before anything is read when an output path cannot be written: a folder, a folder
    that does not exist, one we may not write in, a socket."""
    if is_stdout(path):
        return
    assert path is not None
    if path.is_dir():
        raise OptionsError(f"{path}: is a folder, not a file")
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and stat.S_ISSOCK(mode):
        raise OptionsError(f"{path}: is a socket, not a file")
    if mode is not None and written_through(path):
        return  # written through: a device or a FIFO; its folder does not matter
    folder = path.resolve().parent
    if not folder.is_dir():
        raise OptionsError(f"{path}: folder {path.parent} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OptionsError(f"{path}: cannot write in folder {folder} ({_why_not(folder)})")


def _why_not(folder: Path) -> str:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "read-only file system"
    except OSError:
        pass
    return "permission denied"


def check_outputs(outputs: Sequence[tuple[str, Path | None]], inputs: Sequence[str]) -> None:
    """Fail before anything is read when the outputs would destroy something: an output that
    is one of the inputs, two outputs with one path, two outputs to standard output.

    ``outputs`` are (option, path) pairs, a path of ``None`` meaning standard output;
    ``inputs`` the paths of the files to be read.
    """
    seen: dict[object, str] = {}
    for option, path in outputs:
        key: object = "standard output" if is_stdout(path) else _identity(Path(str(path)))
        if key in seen:
            raise OptionsError(
                f"{path if path is not None else '-'}: given to both {seen[key]} and {option}; "
                "give each output a path of its own"
            )
        seen[key] = option
    existing = {
        key: option for key, option in seen.items() if isinstance(key, tuple) and key[0] == "file"
    }
    if not existing:
        return
    for name in inputs:
        key = _identity(Path(name))
        if key in existing:
            out = next(p for o, p in outputs if o == existing[key])
            raise OptionsError(
                f"{out}: the output of {existing[key]} is also an input, which it would "
                "overwrite; write it somewhere else"
            )


def _identity(path: Path) -> object:
    """What tells two paths of one file apart from two files: device and inode for a file that
    exists (hard links and symbolic links included), else the path made absolute."""
    try:
        info = os.stat(path)
    except OSError:
        return ("new", os.path.realpath(path))
    return ("file", info.st_dev, info.st_ino)


def write_output(text: str, path: Path | None) -> None:
    """Write text to the path atomically (a temporary file renamed into place), or to stdout.

    The file keeps the mode of the file it replaces, or gets the usual mode for a new file.
    Characters that cannot be UTF-8 (lone surrogates from undecodable arguments) become "?".
    """
    write_outputs([(path, text)])


def write_outputs(outputs: Sequence[tuple[Path | None, str]]) -> None:
    """Write several outputs as one: each text goes to a temporary file beside its target (or
    is held, for standard output and devices), and only when every one of them is written are
    they moved into place, with the stop signals held. A full disk, a write error or a signal
    leaves every previous output as it was."""
    with contextlib.ExitStack() as stack:
        staged = [stack.enter_context(Output(path, hold=True)) for path, _ in outputs]
        for out, (_, text) in zip(staged, outputs, strict=True):
            out.write(text)
        for out in staged:
            out.finish()  # a full disk shows here, before anything is replaced
        for out in staged:
            out.put_through()  # standard output and devices, which may wait for their reader
        with stopping.held():
            for out in staged:
                out.commit()


class Output:
    """An output being written: to stdout as it comes, or to a temporary file beside the target
    that replaces the target only on :meth:`commit`. Leaving the ``with`` block without a commit
    (an error, a signal, or nothing to write) removes the temporary file and leaves the target
    untouched.

    A device or a FIFO (:func:`written_through`) is opened and written, not replaced. With
    ``hold=True`` what goes to standard output or a device is held until :meth:`commit`.
    """

    def __init__(self, path: Path | None, *, hold: bool = False) -> None:
        self.path = None if is_stdout(path) else path
        self._tmp: str | None = None
        self._handle: TextIO | None = None
        self._held: list[str] | None = [] if hold else None
        self._put = False

    def __enter__(self) -> Output:
        if self.path is None:
            return self
        check_target(self.path)
        try:
            if written_through(self.path):
                if self._held is None:
                    self._handle = self._open_through()
                return self
            target = self.path.resolve()
            fd, self._tmp = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
            )
        except OSError as err:
            raise self._error(err) from err
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def _open_through(self) -> TextIO:
        assert self.path is not None
        # appending: a regular file reached through /dev/fd/N or /dev/stderr is not truncated
        return open(self.path, "a", encoding="utf-8", newline="\n")

    def write(self, text: str) -> None:
        """Write text (lone surrogates become "?")."""
        text = text.encode("utf-8", "replace").decode("utf-8")
        if self._held is not None and self._tmp is None:
            self._held.append(text)
            return
        try:
            if self._handle is None:
                sys.stdout.write(text)
                Written.stdout = True
            else:
                self._handle.write(text)
        except OSError as err:
            raise self._error(err) from err

    def finish(self) -> None:
        """Everything written so far reaches the temporary file (a full disk shows here)."""
        if self._tmp is None or self._handle is None:
            return
        try:
            self._handle.close()
        except OSError as err:
            raise self._error(err) from err

    def put_through(self) -> None:
        """For standard output or a device: write what is held, and flush."""
        if self._tmp is not None or self._put:
            return
        self._put = True
        held, self._held = self._held or [], None
        try:
            if self.path is None:
                if held:
                    Written.stdout = True
                sys.stdout.write("".join(held))
                sys.stdout.flush()
                return
            handle = self._handle or self._open_through()
            self._handle = None
            with handle:
                handle.write("".join(held))
            Written.files = True
        except OSError as err:
            raise self._error(err) from err

    def commit(self) -> None:
        """Finish: write what is held and flush (stdout, a device), or move the temporary file
        into place."""
        if self._tmp is None:
            self.put_through()
            return
        assert self.path is not None
        target = self.path.resolve()
        self.finish()
        try:
            os.chmod(self._tmp, _mode_for(target))
            os.replace(self._tmp, target)
        except OSError as err:
            raise self._error(err) from err
        self._tmp = None
        Written.files = True

    def _error(self, err: OSError) -> Exception:
        if self.path is None and isinstance(err, BrokenPipeError):
            return StdoutClosed()
        where = self.path if self.path is not None else "standard output"
        return OutputError(f"{where}: cannot write ({err.strerror or err})")

    def __exit__(self, *exc: object) -> None:
        if self._handle is not None and self._tmp is None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None
        if self._tmp is not None:
            if self._handle is not None:
                with contextlib.suppress(OSError):  # a full disk fails the last flush again
                    self._handle.close()
            Path(self._tmp).unlink(missing_ok=True)
            self._tmp = None


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
