"""The typed data that passes between stages, and the JSON contract.

These frozen pydantic models are the single source of truth for the output format:
``factsheet schema`` prints the JSON Schema generated from :class:`FactSheet` and
:class:`FigureList`. Bump :data:`SCHEMA_VERSION` when a field changes meaning or is
removed; adding an optional field does not need a bump.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"

Kind = Literal[
    "money",
    "percent",
    "count",
    "measure",
    "duration",
    "age",
    "score",
    "number",
    "date",
    "time",
    "ordinal",
]
"""What a figure is. ``number`` is a bare number with nothing counted or measured."""

KINDS: tuple[Kind, ...] = get_args(Kind)

Qualifier = Literal["exact", "approximate", "at_least", "more_than", "at_most", "less_than"]
Trend = Literal["up", "down"]
DateBasis = Literal["text", "publication", "unanchored"]
"""How a date fact got its ISO date: written in full in the text; anchored to the source's
publication date ("July 31", "last week"); or neither, shown as written."""
DiscrepancyKind = Literal["values_differ", "scale_differs"]
SourceFormat = Literal["text", "markdown", "html"]

# JSON numbers: integral values are written as integers ("16000", not "16000.0").
Number = int | float


class Frozen(BaseModel):
    """Base of every model: immutable, and unknown fields are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(Frozen):
    """One input article, as read."""

    id: str = Field(description="The path as given, relative to a folder given, or '-' for stdin.")
    sha256: str = Field(description="SHA-256 of the raw bytes read.")
    format: SourceFormat = Field(description="How the text was obtained.")
    title: str | None = Field(default=None, description="Article title, when known.")
    date: str | None = Field(
        default=None, description="Publication date (ISO 8601), when the source gives one."
    )
    site: str | None = Field(default=None, description="Site name, from HTML metadata.")


class Document(Frozen):
    """A source with its text. Internal: the text is not part of the JSON output."""

    source: Source
    text: str


class Sentence(Frozen):
    """A sentence of a document, with its character offsets into the document text."""

    source: str
    index: int = Field(description="Position among the document's sentences that hold numbers.")
    start: int
    end: int
    line: int = Field(description="1-based line of the sentence start.")
    text: str


class Figure(Frozen):
    """One mention of a figure in a sentence."""

    id: str = Field(description="Stable id: a hash of the source id, span and surface.")
    source: str = Field(description="Id of the source it was found in.")
    span: tuple[int, int] = Field(
        description="Character offsets [start, end) into the source text: "
        "text[start:end] == surface."
    )
    line: int = Field(description="1-based line of the figure in the source text.")
    surface: str = Field(description="The figure as written.")
    sentence: str = Field(description="The whole sentence that contains the figure.")
    sentence_span: tuple[int, int] = Field(
        description="Character offsets of the sentence in the source text."
    )
    value: Number | None = Field(
        description="The number in its unit (money in currency units, percent as 7 for 7%); "
        "null for a range."
    )
    low: Number | None = Field(description="Lower end (equal to value for a single value).")
    high: Number | None = Field(description="Upper end (equal to value for a single value).")
    unit: str | None = Field(
        description="Canonical unit name as quantulum3 names it ('dollar', 'percentage', "
        "'kilometre'); for counts the counted noun as a singular lemma; null for a bare number."
    )
    currency: str | None = Field(description="ISO 4217 code, for money.")
    kind: Kind
    qualifier: Qualifier = "exact"
    trend: Trend | None = Field(description="'up' or 'down' where the figure is a change.")
    entity: str | None = Field(
        description="What the figure is about: its owner or the subject of its clause "
        "('the clinic' in 'the clinic treated 640 patients'), what money is for ('Ukraine'), else "
        "what is counted ('volunteers in the Middle East')."
    )
    date: str | None = Field(
        default=None, description="For dates: ISO 8601, partial allowed ('2022-02', '--07-31')."
    )


class Mention(Frozen):
    """A citation of a fact: where one of its figures stands."""

    figure: str = Field(description="Figure id.")
    source: str
    line: int
    surface: str
    sentence: str
    span: tuple[int, int] = Field(description="Offsets of the surface in the source text.")
    at: tuple[int, int] = Field(description="Offsets of the surface in the sentence.")


class Fact(Frozen):
    """Mentions of the same figure about the same thing, merged."""

    id: str
    kind: Kind
    surface: str = Field(description="The figure as first written.")
    value: Number | None
    low: Number | None
    high: Number | None
    unit: str | None
    currency: str | None
    entity: str | None
    qualifier: Qualifier
    trend: Trend | None
    date: str | None = Field(
        default=None,
        description="For dates: ISO 8601, partial allowed ('2022-02'); year-less and relative "
        "dates anchored to the publication date where the source gives one ('2023-07-31', "
        "'2023-W31').",
    )
    date_basis: DateBasis | None = Field(
        default=None, description="For dates: how ``date`` was obtained (see DateBasis)."
    )
    mentions: list[str] = Field(description="Ids of the figures merged into this fact.")
    sources: list[str] = Field(description="Ids of the sources that carry it.")
    citations: list[Mention] = Field(description="Each distinct sentence that states it.")


class Discrepancy(Frozen):
    """Facts that should agree and do not. Evidence for the reader, not a verdict."""

    id: str
    kind: DiscrepancyKind = Field(
        description="'values_differ': the same thing given different values; "
        "'scale_differs': the same digits with a different scale word ('$4.83 billion' vs "
        "'$4.83')."
    )
    facts: list[str] = Field(description="Ids of the facts involved, in sheet order.")
    reason: str = Field(description="What differs, in words.")


class KeyFact(Frozen):
    """A fact chosen for the key-figures table, with the evidence that ranked it."""

    fact: str = Field(description="Fact id.")
    rank: int = Field(description="1 for the most important.")
    score: int = Field(description="The sum of the points below; higher ranks first.")
    reasons: list[str] = Field(
        description="Why it ranks: '2 sources', '3 mentions', 'headline', 'lead', 'money', "
        "'people'."
    )


class Skipped(Frozen):
    """An input that was not read, and why."""

    source: str = Field(
        description="The path as given (a file in a folder: joined to the folder as given), "
        "or '-' for stdin."
    )
    reason: str = Field(
        description="Why, in a few words: 'no such file or directory', 'permission denied', "
        "'binary file (PDF document), not text', 'not UTF-8 text (...)', 'empty file', "
        "'no article text found in HTML', 'file of N bytes is over the N-byte limit (...)'."
    )


_SKIPPED = (
    "Inputs that could not be read, in the order met; the figures cover the rest. Left out of "
    "the JSON when empty."
)


class FigureList(Frozen):
    """What ``factsheet extract --format json`` writes."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    sources: list[Source]
    figures: list[Figure]
    skipped: list[Skipped] = Field(default_factory=list, description=_SKIPPED)


class FactSheet(Frozen):
    """What ``factsheet build --json`` writes, and what templates render."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    title: str
    sources: list[Source]
    figures: list[Figure]
    facts: list[Fact]
    timeline: list[str] = Field(
        description="Ids of the date facts in chronological order (unanchored dates last)."
    )
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    key_facts: list[KeyFact] = Field(
        default_factory=list, description="At most ten facts, most important first."
    )
    skipped: list[Skipped] = Field(default_factory=list, description=_SKIPPED)


class Options(Frozen):
    """Everything that changes what the pipeline does, in one place."""

    lang: str = "en_US"
    kinds: Annotated[
        frozenset[Kind] | None, Field(description="Keep only these kinds (None: all).")
    ] = None
    use_spacy: bool = Field(
        default=True, description="Parse sentences with spaCy for counted nouns and entities."
    )
    title: str | None = None


MAX_BYTES = 20_000_000
"""The default :attr:`Limits.max_bytes`: 20 MB, hundreds of long articles."""
MAX_PARAGRAPH = 100_000
"""The default :attr:`Limits.max_paragraph`: a long article on a single line fits."""
SPACY_MAX_LENGTH = 1_000_000
"""spaCy's ``nlp.max_length``: it refuses to parse a longer text."""


class Limits(Frozen):
    """Bounds on what is read, so that time and memory stay bounded; an input over one is
    refused with a message naming the limit. ``max_bytes=None``: no size limit."""

    max_bytes: int | None = Field(
        default=MAX_BYTES, ge=1, description="Largest input read, in bytes (CLI --max-bytes)."
    )
    max_paragraph: int = Field(
        default=MAX_PARAGRAPH,
        ge=1,
        le=SPACY_MAX_LENGTH,
        description="Longest paragraph, in characters (CLI --max-paragraph): the time and "
        "memory spent parsing a paragraph grow with its length. At most spaCy's own limit.",
    )
