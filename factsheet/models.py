"""The typed data that passes between stages, and the JSON contract.

These frozen pydantic models are the single source of truth for the output format:
``factsheet schema`` prints the JSON Schema generated from :class:`FactSheet` and
:class:`FigureList`. Bump :data:`SCHEMA_VERSION` when a field changes meaning or is
removed; adding an optional field does not need a bump.

Version "2" (issue 14): a ``value`` means the same in every kind (a date, a time of day or a
score has none; a range has none, its ends are ``low`` and ``high``); a score's two tallies are
``score_first`` and ``score_second`` and ``low``/``high`` are its smaller and larger tally; every
date carries the real ISO days it covers (``date_start``/``date_end``); a figure carries the id of
its fact; a source its URL.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    RootModel,
    ValidationError,
    field_validator,
    model_validator,
)

from factsheet.errors import ArgumentError

SchemaVersion = Literal["2"]
SCHEMA_VERSION: SchemaVersion = "2"

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
Modality = Literal["reported", "estimate", "forecast", "target", "expected_by_others"]
"""How a figure is put: stated as it is (``reported``), an ``estimate`` ("an estimated 20,000"),
a ``forecast`` ("expected to amount to", "will reach"), a ``target`` ("aims to raise", "a goal
of"), or what others expected (``expected_by_others``: "analysts had expected", "consensus")."""
MODALITIES: tuple[Modality, ...] = get_args(Modality)
SourceFormat = Literal["text", "markdown", "html"]

# JSON numbers: integral values are written as integers ("16000", not "16000.0").
Number = int | float


_KIND = (
    "What the figure is: money, percent, count, measure, duration, age, score, number (a bare "
    "number), date, time (of day) or ordinal."
)
_QUALIFIER = (
    "How the text qualifies the value: exact, approximate ('about'), at_least, more_than, "
    "at_most, less_than."
)
_DATE_START = (
    "For dates: the first day the date covers, as a full ISO date a database can cast "
    "('2022-02' → 2022-02-01; 'last week' → its Monday), anchored to the publication date "
    "where the text leaves out the year; null when it cannot be anchored."
)
_DATE_END = "For dates: the last day the date covers ('2022-02' → 2022-02-28)."
_SCORE_FIRST = "For a score or vote: the first tally as written (70 in 'a 70-29 vote')."
_SCORE_SECOND = "For a score or vote: the second tally as written (29 in 'a 70-29 vote')."


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
    # --- issue 14 ---
    url: str | None = Field(
        default=None,
        description="The page's own URL, from its canonical link or og:url, when it gives one.",
    )


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
        description="The number in its unit (money in currency units, percent as 7 for 7%). "
        "Null when the figure is not one quantity: a range (its ends are low and high), a score "
        "(score_first, score_second), a date or a time of day (date, date_start, date_end)."
    )
    low: Number | None = Field(
        description="Lower end of a range (equal to value for a single value; for a score the "
        "smaller tally; null for dates and times). Never greater than high."
    )
    high: Number | None = Field(
        description="Upper end of a range (equal to value for a single value; for a score the "
        "larger tally; null for dates and times)."
    )
    unit: str | None = Field(
        description="Canonical unit name as quantulum3 names it ('dollar', 'percentage', "
        "'kilometre'); for counts the counted noun as a singular lemma; null for a bare number."
    )
    currency: str | None = Field(description="ISO 4217 code, for money.")
    kind: Kind = Field(description=_KIND)
    qualifier: Qualifier = Field(default="exact", description=_QUALIFIER)
    trend: Trend | None = Field(description="'up' or 'down' where the figure is a change.")
    entity: str | None = Field(
        description="What the figure is about: its owner or the subject of its clause "
        "('the clinic' in 'the clinic treated 640 patients'), what money is for ('Ukraine'), else "
        "what is counted ('volunteers in the Middle East')."
    )
    date: str | None = Field(
        default=None,
        description="For dates and times: ISO 8601 as the text gives it, partial allowed "
        "('2022-02', '--07-31', 'T14:15').",
    )
    # --- issue 14: values a query can trust (filled after classify; see
    # factsheet.consolidate.values) ---
    date_start: str | None = Field(default=None, description=_DATE_START)
    date_end: str | None = Field(default=None, description=_DATE_END)
    score_first: Number | None = Field(default=None, description=_SCORE_FIRST)
    score_second: Number | None = Field(default=None, description=_SCORE_SECOND)
    fact_id: str | None = Field(
        default=None,
        description="Id of the fact this figure is a mention of. Null where no facts were made: "
        "'extract --format jsonl' writes each figure as it is found.",
    )

    # --- who says it, when it holds, how sure it is (schema "2"; factsheet.classify.claims) ---
    attribution: str | None = Field(
        default=None,
        description="Who the text credits the figure to, as written ('Russian Defence Minister "
        "Sergei Shoigu', 'US officials', 'one senior Army official'); null when no speaker is "
        "in reach.",
    )
    period: str | None = Field(
        default=None,
        description="When the figure holds, from the time phrase of its own clause: ISO 8601, "
        "partial allowed ('2024', '2023-10', '2024-06-30'), a quarter as '2019-Q3', a half "
        "as '2019-H1'; anchored to the publication date where the phrase needs it; null when "
        "there is no such phrase or it cannot be anchored.",
    )
    period_surface: str | None = Field(
        default=None,
        description="That time phrase as written ('in 2024', 'since October 2023', 'in the "
        "third quarter', 'last year'); set even when it cannot be anchored.",
    )
    modality: Modality = Field(
        default="reported",
        description="'reported' (the default), 'estimate', 'forecast', 'target' or "
        "'expected_by_others'.",
    )
    subject: str | None = Field(
        default=None,
        description="The named thing the figure is about, for merging and comparing: the "
        "names its entity gives ('WeWork'), else, when the entity is a plain noun phrase that "
        "names nothing ('the company', 'spending plan'), the name the article is about; null "
        "otherwise.",
    )


def figure_id(source: str, start: int, end: int, surface: str) -> str:
    """A figure's stable id: the same mention gets the same id in every run.

    >>> figure_id("a.txt", 0, 6, "16,000")
    '74f87b9ab89d'
    """
    digest = hashlib.sha1(f"{source}\0{start}\0{end}\0{surface}".encode()).hexdigest()
    return digest[:12]


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

    id: str = Field(description="Stable id: a hash of the ids of its figures.")
    kind: Kind = Field(description=_KIND)
    surface: str = Field(description="The figure as first written.")
    value: Number | None = Field(description="As for a figure: the number in its unit.")
    low: Number | None = Field(description="As for a figure: the lower end.")
    high: Number | None = Field(description="As for a figure: the upper end.")
    unit: str | None = Field(description="As for a figure: the canonical unit or counted noun.")
    currency: str | None = Field(description="ISO 4217 code, for money.")
    entity: str | None = Field(description="What it is about: the entity most mentions give.")
    qualifier: Qualifier = Field(
        description="The first qualifier other than exact among its mentions (see a figure's)."
    )
    trend: Trend | None = Field(description="The first trend among its mentions.")
    date: str | None = Field(
        default=None,
        description="For dates: ISO 8601, partial allowed ('2022-02'); year-less and relative "
        "dates anchored to the publication date where the source gives one ('2023-07-31', "
        "'2023-W31').",
    )
    date_basis: DateBasis | None = Field(
        default=None, description="For dates: how ``date`` was obtained (see DateBasis)."
    )
    # --- issue 14 ---
    date_start: str | None = Field(default=None, description=_DATE_START)
    date_end: str | None = Field(default=None, description=_DATE_END)
    score_first: Number | None = Field(default=None, description=_SCORE_FIRST)
    score_second: Number | None = Field(default=None, description=_SCORE_SECOND)
    # --- who says it, when it holds, how sure it is (schema "2") ---
    attributions: list[str] = Field(
        default_factory=list,
        description="The speakers its mentions are credited to, each once, in order of mention.",
    )
    period: str | None = Field(
        default=None, description="When it holds (ISO 8601, as for a figure): its mentions' own."
    )
    period_surface: str | None = Field(
        default=None, description="The time phrase as first written."
    )
    modality: Modality = Field(
        default="reported",
        description="'reported' when any mention states it as it is, else the first mention's.",
    )
    subject: str | None = Field(
        default=None, description="The named thing it is about (see Figure.subject)."
    )
    mentions: list[str] = Field(description="Ids of the figures merged into this fact.")
    sources: list[str] = Field(description="Ids of the sources that carry it.")
    citations: list[Mention] = Field(description="Each distinct sentence that states it.")


class Discrepancy(Frozen):
    """Facts that should agree and do not. Evidence for the reader, not a verdict."""

    id: str = Field(description="Stable id: a hash of its kind and the ids of its facts.")
    kind: DiscrepancyKind = Field(
        description="'values_differ': the same thing given different values; "
        "'scale_differs': the same digits with a different scale word ('$4.83 billion' vs "
        "'$4.83')."
    )
    facts: list[str] = Field(description="Ids of the facts involved, in sheet order.")
    reason: str = Field(description="What differs, in words.")


class Change(Frozen):
    """One thing given different values at different periods: a change over time, not a
    contradiction."""

    id: str
    facts: list[str] = Field(description="Ids of the facts, in order of their periods.")
    about: str = Field(description="What changes, in words ('employees of WeWork').")
    reason: str = Field(description="The values and periods, in words, naming files and lines.")


class KeyFact(Frozen):
    """A fact chosen for the key-figures table, with the evidence that ranked it."""

    fact: str = Field(description="Id of the fact that ranks here.")
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

    schema_version: SchemaVersion = SCHEMA_VERSION
    sources: list[Source]
    figures: list[Figure]
    skipped: list[Skipped] = Field(default_factory=list, description=_SKIPPED)


class FactSheet(Frozen):
    """What ``factsheet build --json`` writes, and what templates render."""

    schema_version: SchemaVersion = SCHEMA_VERSION
    title: str
    sources: list[Source]
    figures: list[Figure]
    facts: list[Fact]
    timeline: list[str] = Field(
        description="Ids of the date facts in chronological order (unanchored dates last)."
    )
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    changes: list[Change] = Field(
        default_factory=list,
        description="Things given different values at different periods, each in order of period.",
    )
    key_facts: list[KeyFact] = Field(
        default_factory=list, description="At most ten facts, most important first."
    )
    skipped: list[Skipped] = Field(default_factory=list, description=_SKIPPED)


class Checked(Frozen):
    """Base of the models a library user builds (:class:`Options`, :class:`Limits`): a bad
    value raises :class:`~factsheet.errors.ArgumentError` naming the field, the value given and
    what is accepted, not pydantic's ``ValidationError``."""

    @model_validator(mode="wrap")
    @classmethod
    def _one_error(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        try:
            return handler(data)
        except ValidationError as error:
            raise _argument_error(cls.__name__, error) from None


def _argument_error(model: str, error: ValidationError) -> ArgumentError:
    """The first fault of a validation, as an :class:`ArgumentError` naming its field."""
    first = error.errors(include_url=False)[0]
    field = ".".join(str(part) for part in first["loc"][:1]) or "(arguments)"
    given = first.get("input")
    shown = repr(given) if len(repr(given)) <= 60 else repr(given)[:57] + "..."
    message = str(first["msg"]).removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        fields = ", ".join(_FIELDS.get(model, ()))
        return ArgumentError(f"{model}.{field}", f"no such option (the options: {fields})")
    return ArgumentError(f"{model}.{field}", f"{message}; got {shown}")


LANGUAGES: tuple[str, ...] = ("en_US",)
"""The languages the pipeline reads (quantulum3's units and the spaCy model are English)."""


MAX_BYTES = 20_000_000
"""The default :attr:`Limits.max_bytes`: 20 MB, hundreds of long articles."""
MAX_PARAGRAPH = 100_000
"""The default :attr:`Limits.max_paragraph`: a long article on a single line fits."""
SPACY_MAX_LENGTH = 1_000_000
"""spaCy's ``nlp.max_length``: it refuses to parse a longer text."""


class Limits(Checked):
    """Bounds on what is read, so that time and memory stay bounded; an input over one is
    refused with a message naming the limit. ``max_bytes=None``: no size limit. Given as
    :attr:`Options.limits`."""

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


class Options(Checked):
    """Everything that changes what the pipeline does, in one place: how the inputs are read
    (``limits``, ``encoding``, ``published``), what is kept (``kinds``) and the sheet's title.

    >>> Options(kinds=["money", "percent"]).kinds == {"money", "percent"}
    True
    >>> Options(kinds="money")
    Traceback (most recent call last):
    factsheet.errors.ArgumentError: Options.kinds: Input should be a valid frozenset; got 'money'
    >>> Options(limits=Limits(max_bytes=1_000)).limits.max_bytes
    1000
    """

    lang: str = Field(
        default="en_US", description="The language of the texts: their unit words are its."
    )
    kinds: Annotated[
        frozenset[Kind] | None, Field(description="Keep only these kinds (None: all).")
    ] = None
    title: str | None = Field(default=None, description="The fact sheet's title.")
    limits: Limits = Field(
        default_factory=Limits, description="Bounds on what is read (CLI --max-bytes ...)."
    )
    encoding: str | None = Field(
        default=None,
        description="Read the texts in this encoding (a Python codec name; CLI --encoding) "
        "instead of UTF-8, or the charset an HTML page declares.",
    )
    published: str | None = Field(
        default=None,
        description="The publication date (YYYY-MM-DD; CLI --published) of the inputs read "
        "from files, for dates given without a year; overrides the one a page gives.",
    )

    @field_validator("lang")
    @classmethod
    def _known_language(cls, lang: str) -> str:
        if lang not in LANGUAGES:
            raise ValueError(f"not a language factsheet reads (it reads {', '.join(LANGUAGES)})")
        return lang

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, encoding: str | None) -> str | None:
        if encoding is not None:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise ValueError("unknown encoding (try utf-8, latin-1, cp1252, utf-16)") from None
        return encoding

    @field_validator("published")
    @classmethod
    def _a_date(cls, published: str | None) -> str | None:
        if published is not None:
            try:
                return dt.date.fromisoformat(published).isoformat()
            except ValueError:
                raise ValueError("not a date (give it as YYYY-MM-DD)") from None
        return published


# --- issue 14: JSON Lines records -------------------------------------------------------------
# ``extract --format jsonl`` writes one record a line: a header, then the figures as they are
# found, then one record per input that could not be read. ``factsheet schema --of jsonl`` is
# the schema of one line.


class HeaderRecord(Frozen):
    """The first line of JSON Lines output."""

    record: Literal["header"] = Field(description="What this line is.")
    schema_version: SchemaVersion = SCHEMA_VERSION
    sources: list[str] = Field(
        description="Ids of the inputs found, in the order they are read (one that cannot be "
        "read is also in a 'skipped' record at the end)."
    )


class FigureRecord(Figure):
    """A figure line of JSON Lines output (and a CSV row): the figure and its source's title
    and publication date, so that a spreadsheet needs no join."""

    record: Literal["figure"] = Field(description="What this line is.")
    source_title: str | None = Field(description="Title of the figure's source, when known.")
    source_published: str | None = Field(
        description="Publication date (ISO 8601) of the figure's source, when known."
    )


class SkippedRecord(Skipped):
    """A closing line of JSON Lines output: an input that could not be read."""

    record: Literal["skipped"] = Field(description="What this line is.")


class JsonlRecord(RootModel[HeaderRecord | FigureRecord | SkippedRecord]):
    """One line of ``extract --format jsonl`` output, told apart by its ``record``."""

    root: Annotated[HeaderRecord | FigureRecord | SkippedRecord, Field(discriminator="record")]


_FIELDS = {model.__name__: tuple(model.model_fields) for model in (Options, Limits)}
