"""Dates for the timeline: relative date phrases, anchoring, and chronological order.

Part of the extract stage (:func:`relative_dates` finds "last week", "yesterday" … in a
sentence) and of the consolidate stage (:func:`anchor` turns a date figure into an ISO date,
using the source's publication date for year-less and relative dates; :func:`sort_key` orders
partial ISO dates). Pure functions: no I/O, no NLP.

ISO forms used: ``2022``, ``2022-02``, ``2022-02-24``, ``2024-W07`` (an ISO week), and for a
date without a year ``--07-31`` (ISO 8601's form for a month and day).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from factsheet.grammar.numbers import Candidate

Basis = Literal["text", "publication", "unanchored"]

_UNITS = r"week|month|year"
_RELATIVE = re.compile(
    rf"(?i)\b(?:yesterday|(?:(?:earlier|later)\s+)?this\s+(?:{_UNITS})"
    rf"|(?:last|next)\s+(?:{_UNITS}))\b"
)
"""Relative date phrases that need a publication date to mean a date."""

HAS_RELATIVE_DATE = _RELATIVE
"""Whether a text holds a relative date phrase (for prefilters)."""

# A year-less date at most this long after the publication date is taken in the same year
# ("on March 5" in a February article); later ones are last year's ("on December 2" in a
# January article). News reports mostly look back.
_AHEAD = dt.timedelta(days=31)

_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?|(?P<wy>\d{4})-W(?P<w>\d\d)")
_YEARLESS = re.compile(r"--(?P<m>\d\d)-(?P<d>\d\d)")


def relative_dates(sentence: str) -> list[Candidate]:
    """Candidates for the relative date phrases of a sentence ("last week", "yesterday").

    >>> [(c.start, c.end, c.kind) for c in relative_dates("It fell last week.")]
    [(8, 17, 'date')]
    """
    return [
        Candidate(m.start(), m.end(), None, None, None, kind="date")
        for m in _RELATIVE.finditer(sentence)
    ]


def publication_day(iso: str | None) -> dt.date | None:
    """A source's publication date as a date, when it is a full ISO day."""
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def anchor(surface: str, date: str | None, published: dt.date | None) -> tuple[str | None, Basis]:
    """The ISO date a date figure stands for, and how it was obtained.

    ``date`` is what the text alone gives (the figure's ``date``: ``"2022-02"``, ``"--07-31"``
    or None for a relative phrase); ``published`` is the source's publication date.

    >>> anchor("February 2022", "2022-02", None)
    ('2022-02', 'text')
    >>> anchor("July 31", "--07-31", dt.date(2023, 8, 20))
    ('2023-07-31', 'publication')
    >>> anchor("last week", None, dt.date(2024, 2, 22))
    ('2024-W07', 'publication')
    >>> anchor("last week", None, None)
    (None, 'unanchored')
    """
    if date and _ISO.fullmatch(date):
        return date, "text"
    yearless = _YEARLESS.fullmatch(date or "")
    if yearless is not None:
        if published is None:
            return date, "unanchored"
        return _year_for(int(yearless["m"]), int(yearless["d"]), published), "publication"
    if date:
        return date, "text"  # another form the text gave ("2022/2023"): keep it as written
    if published is None:
        return None, "unanchored"
    relative = _relative(surface, published)
    return (relative, "publication") if relative else (None, "unanchored")


def _year_for(month: int, day: int, published: dt.date) -> str:
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February in a common year
            continue
        if candidate <= published + _AHEAD:
            return candidate.isoformat()
    return f"--{month:02d}-{day:02d}"


def _relative(surface: str, published: dt.date) -> str | None:
    words = surface.lower().split()
    if words == ["yesterday"]:
        return (published - dt.timedelta(days=1)).isoformat()
    if len(words) < 2:
        return None
    step = {"last": -1, "next": 1}.get(words[-2], 0)
    unit = words[-1]
    if unit == "year":
        return str(published.year + step)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "week":
        year, week, _ = (published + dt.timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return None


_YEARS = re.compile(r"(?P<a>\d{4})/(?P<b>\d{4})")


def bounds(iso: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO date covers, as full ISO dates a database can cast;
    ``None`` for a date without a year ("--07-31"), a time of day or anything else.

    >>> bounds("2022-02"), bounds("2024-02")
    (('2022-02-01', '2022-02-28'), ('2024-02-01', '2024-02-29'))
    >>> bounds("2022"), bounds("2024-W07"), bounds("2023/2024")
    (('2022-01-01', '2022-12-31'), ('2024-02-12', '2024-02-18'), ('2023-01-01', '2024-12-31'))
    >>> bounds("2023-07-31"), bounds("--07-31"), bounds("T14:15"), bounds("2023-02-30")
    (('2023-07-31', '2023-07-31'), None, None, None)
    """
    try:
        if iso is None:
            return None
        years = _YEARS.fullmatch(iso)
        if years is not None:
            first, last = int(years["a"]), int(years["b"])
            if first > last:
                return None
            return dt.date(first, 1, 1).isoformat(), dt.date(last, 12, 31).isoformat()
        m = _ISO.fullmatch(iso)
        if m is None:
            return None
        if m["wy"]:
            monday = dt.date.fromisocalendar(int(m["wy"]), int(m["w"]), 1)
            return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
        year = int(m["y"])
        if m["d"]:
            day = dt.date(year, int(m["m"]), int(m["d"]))
            return day.isoformat(), day.isoformat()
        if m["m"]:
            start = dt.date(year, int(m["m"]), 1)
            following = dt.date(year + start.month // 12, start.month % 12 + 1, 1)
            return start.isoformat(), (following - dt.timedelta(days=1)).isoformat()
        return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()
    except ValueError:  # a day, month or week that does not exist
        return None


def sort_key(iso: str | None) -> tuple[int, dt.date, int]:
    """Chronological order of ISO dates: by the first day they cover, coarser first on a tie;
    dates that are not anchored (no year) after all anchored ones.

    >>> sorted(["2022-02", "2022", "2021-W52", "--07-31"], key=sort_key)
    ['2021-W52', '2022', '2022-02', '--07-31']
    """
    m = _ISO.fullmatch(iso or "") or _ISO.match(iso or "")  # "2022/2023" sorts as 2022
    if m is None:
        return (1, dt.date.min, 0)
    if m["wy"]:
        try:
            return (0, dt.date.fromisocalendar(int(m["wy"]), int(m["w"]), 1), 1)
        except ValueError:
            return (1, dt.date.min, 0)
    precision = 2 if m["d"] else 1 if m["m"] else 0
    try:
        start = dt.date(int(m["y"]), int(m["m"] or 1), int(m["d"] or 1))
    except ValueError:
        return (1, dt.date.min, 0)
    return (0, start, precision)
