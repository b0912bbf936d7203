"""Templates run in a box: a user's template cannot reach Python, loop without end, or grow
its output without bound.

:class:`BoundedEnvironment` is Jinja's immutable sandbox (no attribute that starts with ``_``, no
method that changes a list or a dict, ``range`` of at most 100,000 items) with bounds on a
render (:class:`Bounds`), scaled to the fact sheet it renders so that a large sheet rendered by
an ordinary template never meets them:

- time: every block a template enters (a loop's body, each time round) looks at the clock, so
  nested loops that would run for days stop after :attr:`Bounds.seconds`;
- size: the output, and every string or list a template makes (``~``, ``+``, ``*``, ``%``,
  ``"x".center(n)``, ``|indent(n)`` …), is at most :attr:`Bounds.chars` long; sizes are checked
  before the value is made where they can be foreseen, so a template cannot ask for gigabytes;
- numbers: ``x ** y`` of more than a million bits is refused.

Going over one raises :class:`TemplateLimitError` (a Jinja ``SecurityError``), which
:func:`factsheet.render.markdown.render_markdown` reports as a one-line ``TemplateError`` naming the
template and line.
"""

from __future__ import annotations

import operator
import re
import string
import time
from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment


@dataclass(frozen=True)
class Bounds:
    """How far one render may go: ``chars`` of output (and of any value it makes) and
    ``seconds`` of time."""

    chars: int
    seconds: float


BASE = Bounds(chars=20_000_000, seconds=30.0)
"""The bounds of a render of an empty sheet."""
PER_FIGURE = Bounds(chars=20_000, seconds=0.01)
"""What each figure of the sheet adds to them: the built-in templates write well under a
thousand characters per figure, in well under a millisecond."""
MAX_POWER_BITS = 1_000_000
"""The largest result of ``**`` a template may compute, in bits."""
_CLOCK_EVERY = 256
"""Blocks entered between two looks at the clock."""

# str methods and filters whose result grows with an argument, and how long it will be
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill"})
_WIDTH_FILTERS = frozenset({"center", "indent", "wordwrap", "truncate", "format"})
# the width and precision of a printf-style field ("%10.2f", "%*s"); of a str.format one
_PERCENT_FIELD = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_SPEC = re.compile(r"(?:.?[<>=^])?[+\- ]?z?#?0?(\d*)[,_]?(?:\.(\d+))?")


class TemplateLimitError(SecurityError):
    """A template went over a bound of :class:`BoundedEnvironment`."""


class _Generator(CodeGenerator):
    """Jinja's code generator, with a look at the bounds at the top of every block and the
    ``~`` operator going through :meth:`BoundedEnvironment.joined`."""

    def blockvisit(self, nodes: Iterable[nodes.Node], frame: Frame) -> None:
        self.writeline("environment.tick()")
        super().blockvisit(nodes, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile or frame.eval_ctx.autoescape:
            super().visit_Concat(node, frame)
            return
        self.write("environment.joined((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BoundedTemplate(jinja2.Template):
    """A template whose render is bounded: the bounds are set from the sheet in its context
    when the render starts, and the output is counted as it is made."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        environment = self.environment
        assert isinstance(environment, BoundedEnvironment)
        context = self.new_context(dict(*args, **kwargs))
        environment.start(context)
        try:
            return environment.bounded_join(self.root_render_func(context))
        except Exception:
            environment.handle_exception()
        raise AssertionError("unreachable")  # handle_exception always raises


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with bounds on time and size (see the module docstring)."""

    code_generator_class = _Generator
    template_class = BoundedTemplate
    intercepted_binops = frozenset({"+", "*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.bounds = BASE
        self._deadline = time.monotonic() + BASE.seconds
        self._ticks = 0
        self.globals.pop("lipsum", None)  # lorem ipsum of any length: nothing a sheet needs
        for name in _WIDTH_FILTERS & set(self.filters):
            self.filters[name] = self._bounded_filter(self.filters[name])

    # --- the bounds of one render ---

    def start(self, context: Context) -> None:
        """Set the bounds for a render of ``context`` (scaled to ``context["sheet"]``)."""
        sheet = context.get("sheet")
        figures = len(getattr(sheet, "figures", ()) or ())
        self.bounds = Bounds(
            chars=BASE.chars + PER_FIGURE.chars * figures,
            seconds=BASE.seconds + PER_FIGURE.seconds * figures,
        )
        self._deadline = time.monotonic() + self.bounds.seconds
        self._ticks = 0

    def tick(self) -> None:
        """A block is entered: stop when the render has run out of time."""
        self._ticks += 1
        if self._ticks % _CLOCK_EVERY == 0 and time.monotonic() > self._deadline:
            raise TemplateLimitError(
                f"template stopped after {self.bounds.seconds:.1f} s: a loop that does not end?"
            )

    def _fits(self, size: int, what: str) -> None:
        if size > self.bounds.chars:
            raise TemplateLimitError(
                f"template stopped: {what} would be {size:,} long, over the limit of "
                f"{self.bounds.chars:,} characters for this sheet"
            )

    def _checked(self, value: Any, what: str) -> Any:
        if isinstance(value, str | bytes | list | tuple):
            self._fits(len(value), what)
        return value

    def bounded_join(self, chunks: Iterable[str]) -> str:
        """The output, counted as it is made."""
        out: list[str] = []
        size = 0
        for chunk in chunks:
            size += len(chunk)
            self._fits(size, "the output")
            out.append(chunk)
        return "".join(out)

    def joined(self, pieces: Iterable[Any]) -> str:
        """The ``~`` operator."""
        parts = [str(p) for p in pieces]
        self._fits(sum(len(p) for p in parts), "a string")
        return "".join(parts)

    # --- operators and calls ---

    def call_binop(self, context: Context, op: str, left: Any, right: Any) -> Any:
        if op == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, Sized) and isinstance(n, int) and not isinstance(seq, dict):
                    self._fits(len(seq) * max(n, 0), "a repeated value")
        elif op == "**" and isinstance(left, int) and isinstance(right, int) and right > 0:
            if abs(left) > 1 and right * abs(left).bit_length() > MAX_POWER_BITS:
                raise TemplateLimitError(
                    f"template stopped: {left} ** {right} would be over {MAX_POWER_BITS:,} bits"
                )
        elif op == "%" and isinstance(left, str):
            self._check_percent(left, right)
        elif op == "+" and isinstance(left, Sized) and isinstance(right, Sized):
            self._fits(len(left) + len(right), "a joined value")
        return self._checked(_BINOPS[op](left, right), "a value")

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        name = getattr(__obj, "__name__", "")
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        if isinstance(owner, str):
            if name in _WIDTH_METHODS:
                __self._no_wide_argument(args, f"{name}()")
            elif name == "expandtabs":
                width = args[0] if args else kwargs.get("tabsize", 8)
                if isinstance(width, int):
                    __self._fits(owner.count("\t") * width + len(owner), "a string")
            elif name == "replace" and len(args) >= 2:
                old, new = args[0], args[1]
                if isinstance(old, str) and isinstance(new, str):
                    times = owner.count(old) if old else len(owner) + 1
                    __self._fits(len(owner) + times * len(new), "a string")
            elif name in ("format", "format_map"):
                __self._check_format(owner, [*args, *kwargs.values()])
        __self.tick()
        return __self._checked(super().call(__context, __obj, *args, **kwargs), "a value")

    def _no_wide_argument(self, args: Iterable[Any], what: str) -> None:
        for arg in args:
            if isinstance(arg, int) and not isinstance(arg, bool):
                self._fits(arg, what)

    def _check_percent(self, fmt: str, args: Any) -> None:
        """``fmt % args``: no field wider than the bounds."""
        for field in _PERCENT_FIELD.finditer(fmt):
            for part in field.groups():
                if part == "*":
                    values = args if isinstance(args, tuple) else (args,)
                    self._no_wide_argument(values, "a % format")
                elif part:
                    self._fits(int(part), "a field of a % format")

    def _check_format(self, fmt: str, args: Iterable[Any]) -> None:
        """``fmt.format(...)``: no field wider than the bounds."""
        try:
            fields = list(string.Formatter().parse(fmt))
        except ValueError:
            return  # Python refuses it itself
        for _, _, spec, _ in fields:
            if not spec:
                continue
            if "{" in spec:  # a width given as an argument: "{:{}}"
                self._no_wide_argument(args, "format()")
                continue
            found = _FORMAT_SPEC.match(spec)
            for part in found.groups() if found else ():
                if part:
                    self._fits(int(part), "a field of format()")

    def _bounded_filter(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def bounded(value: Any, *args: Any, **kwargs: Any) -> Any:
            if function.__name__ == "do_format":  # "%s"|format(...): the % operator's checks
                if isinstance(value, str):
                    self._check_percent(value, tuple(args) or tuple(kwargs.values()))
            else:
                name = function.__name__.removeprefix("do_")
                self._no_wide_argument([*args, *kwargs.values()], f"the filter {name}")
            self.tick()
            return self._checked(function(value, *args, **kwargs), "a value")

        bounded.__name__ = function.__name__
        bounded.__doc__ = function.__doc__
        # Jinja passes the environment or context to filters marked for it
        for mark in ("jinja_pass_arg",):
            if hasattr(function, mark):
                setattr(bounded, mark, getattr(function, mark))
        return bounded


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add,
    "*": operator.mul,
    "**": operator.pow,
    "%": operator.mod,
}
