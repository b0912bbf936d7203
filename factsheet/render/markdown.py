"""Render a :class:`~factsheet.models.FactSheet` as Markdown through a Jinja2 template.

Reads a finished ``FactSheet``; adds nothing to it. Computing (grouping facts into sections,
numbering footnotes: :mod:`factsheet.render.context`; formatting normalised values:
:mod:`factsheet.render.wording`) happens in Python and is handed to the template as a
*context*; the template only lays it out. The built-in template is
``templates/factsheet.md.j2``; a user may pass the path of their own ``.j2`` file instead.

The environment runs with ``StrictUndefined`` (a misspelt variable is an error, not an empty
string) and with autoescaping **off**: Markdown has no autoescape mode, so every piece of
text that comes from a source must be passed through the ``md`` filter (or ``cell`` in a table
cell) explicitly. Display strings in the context are plain text, not Markdown, and need the
filter too (:mod:`factsheet.render.escape`); only the output of ``quote_with_emphasis`` is
Markdown already.

Template context
----------------

Every variable and field a template sees is documented in README.md, section "Template
context" (``tests/test_render.py`` checks that every variable is listed there).

Output always ends with exactly one newline, and the same sheet always renders the same text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType

import jinja2

from factsheet.errors import TemplateError
from factsheet.models import (
    FactSheet,
)
from factsheet.render.context import (
    ChartLink,
    build_context,
)
from factsheet.render.escape import cell, link, md, quote_with_emphasis
from factsheet.render.sandbox import BoundedEnvironment
from factsheet.render.wording import normalised, qualifier_text

__all__ = ["TEMPLATE_DIR", "builtin_templates", "render_markdown"]

logger = logging.getLogger(__name__)


def _template_dir() -> Path:
    package = Path(__file__).resolve().parent.parent  # factsheet/
    installed = package / "templates"  # where the wheel puts them
    if installed.is_dir():
        return installed
    return package.parent / "templates"  # the checkout's top level


TEMPLATE_DIR: Path = _template_dir()
"""Where the built-in templates live: ``factsheet/templates`` in a wheel, else ``templates/``."""

DEFAULT_TEMPLATE = "factsheet"
TEMPLATE_SUFFIX = ".j2"


def builtin_templates() -> dict[str, Path]:
    """The built-in templates by name: ``{"factsheet": .../factsheet.md.j2}``."""
    if not TEMPLATE_DIR.is_dir():
        logger.warning("built-in template folder %s is missing", TEMPLATE_DIR)
        return {}
    found = sorted(p for p in TEMPLATE_DIR.glob(f"*.md{TEMPLATE_SUFFIX}") if p.is_file())
    return {p.name.split(".", 1)[0]: p for p in found}


def _resolve(template: str | Path | None) -> Path:
    builtins = builtin_templates()
    if template is None:
        template = DEFAULT_TEMPLATE
    if isinstance(template, str) and template in builtins:
        return builtins[template]
    path = Path(template)
    if path.is_file():
        return path
    names = ", ".join(builtins) or "(none installed)"
    raise TemplateError(
        f"template {str(template)!r} not found: not a file and not a built-in template "
        f"(built-in: {names})"
    )


def _environment(search: Sequence[Path]) -> jinja2.Environment:
    # a sandbox with bounds on time and size (factsheet.render.sandbox): a user's template cannot
    # reach Python, loop without end or grow without bound; going over a bound is a
    # TemplateError naming the template and line, as any fault of a template is
    env = BoundedEnvironment(
        loader=jinja2.FileSystemLoader([str(p) for p in search]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        # Jinja folds constant expressions while compiling; an error there ("{{ none.x }}")
        # would come without a line. Unoptimised, it is raised while rendering, at its line.
        optimized=False,
    )
    env.filters.update(
        md=md,
        cell=cell,
        link=link,
        quote_with_emphasis=quote_with_emphasis,
        normalised=normalised,
        qualifier_text=qualifier_text,
    )
    return env


def _template_line(exc: BaseException) -> tuple[str, int] | None:
    """The template file and line where a render error was raised (the innermost one)."""
    where: tuple[str, int] | None = None
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals.get("__jinja_exception__") is exc:
            where = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return where


def _unique(paths: Iterable[Path]) -> list[Path]:
    seen: list[Path] = []
    for p in paths:
        if p not in seen:
            seen.append(p)
    return seen


def _one_line(message: str) -> str:
    """An error message on one line, for the CLI's one-line report."""
    return " ".join(message.split()) or "error"


def render_markdown(
    sheet: FactSheet,
    *,
    template: str | Path | None = None,
    charts: Sequence[ChartLink] = (),
) -> str:
    """Render ``sheet`` as Markdown.

    ``template`` is ``None`` (the built-in ``"factsheet"``), the name of a built-in template
    (see :func:`builtin_templates`) or the path of a Jinja2 file. ``charts`` are the chart
    files written beside the Markdown, for the template to link. A user template may
    ``{% include %}`` or ``{% extends %}`` files beside it and the built-in ones by file name.

    Raises :class:`~factsheet.errors.TemplateError` when the template is missing, unreadable,
    has a syntax error, or fails while rendering (an undefined variable, say); the message
    names the template and, where known, the line.
    """
    path = _resolve(template)
    env = _environment(_unique([path.parent.resolve(), TEMPLATE_DIR]))

    def shown(filename: str | None) -> str:
        """The template's file as the user named it, an included one by its full path."""
        if filename is None or Path(filename).resolve() == path.resolve():
            return str(path)
        return filename

    try:
        compiled = env.get_template(path.name)
    except jinja2.TemplateSyntaxError as exc:
        message = _one_line(exc.message or str(exc))
        raise TemplateError(f"{shown(exc.filename)}, line {exc.lineno}: {message}") from exc
    except jinja2.TemplateNotFound as exc:  # removed between resolving and loading
        raise TemplateError(f"{path}: template {exc.name!r} not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: cannot read template: {_one_line(str(exc))}") from exc
    except Exception as exc:  # anything else the compiler raises is still the template's
        raise TemplateError(f"{path}: {_one_line(str(exc) or type(exc).__name__)}") from exc
    context = build_context(sheet, charts)  # outside the try: a fault here is ours, not theirs
    try:
        text = compiled.render(context)
    except jinja2.TemplateSyntaxError as exc:  # in an included template
        message = _one_line(exc.message or str(exc))
        raise TemplateError(f"{shown(exc.filename)}, line {exc.lineno}: {message}") from exc
    except Exception as exc:  # whatever the template does wrong: an undefined name, a filter
        # given the wrong thing, 1/0, an include that is missing or unreadable
        where = _template_line(exc)
        at = f"{shown(where[0])}, line {where[1]}" if where else str(path)
        if isinstance(exc, jinja2.TemplateNotFound):  # before OSError: it is one
            message = f"template {exc.name!r} not found"
        elif isinstance(exc, OSError | UnicodeDecodeError):
            message = f"cannot read template: {exc}"
        else:
            message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise TemplateError(f"{at}: {_one_line(message)}") from exc
    logger.debug("rendered %d facts with %s", len(sheet.facts), path)
    return text.rstrip() + "\n"
