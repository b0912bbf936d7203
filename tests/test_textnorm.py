"""Numbers written with the digits and separators of other scripts (``factsheet/read/textnorm.py``).

Table-driven sentences of our own, then properties (hypothesis): for any number written with
those characters, the value is that of the ASCII number and the span points at the text as
written.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factsheet
from factsheet import _lexicon as lx
from factsheet.read.textnorm import normalise

# (sentence, the figure's surface as written, value, unit)
EXAMPLES_NEW = [
    ("Officials said １６，０００ volunteers were ready.", "１６，０００", 16000, "volunteer"),
    ("Officials said ١٦٬٠٠٠ volunteers were ready.", "١٦٬٠٠٠", 16000, "volunteer"),
    ("Officials said ۱۶٬۰۰۰ volunteers were ready.", "۱۶٬۰۰۰", 16000, "volunteer"),
    ("The fund paid २५० farmers last spring.", "२५०", 250, "farmer"),
    ("A crowd of 16\u2009000 people filled the square.", "16\u2009000", 16000, "people"),
    ("A crowd of 16\u202f000 people filled the square.", "16\u202f000", 16000, "people"),
    ("So 1\u2009250\u2009000 people filled the square.", "1\u2009250\u2009000", 1250000, "people"),
    ("The canton counted 12'500 voters.", "12'500", 12500, "voter"),
    ("The canton counted 1’200’000 voters.", "1’200’000", 1200000, "voter"),
    ("Officials said 16\u200b000 volunteers were ready.", "16\u200b000", 16000, "volunteer"),
    ("Officials said 16,\u200d000 volunteers were ready.", "16,\u200d000", 16000, "volunteer"),
    ("Officials said 16,000 \u200fvolunteers were ready.", "16,000", 16000, "volunteer"),
    ("Officials said \u200e16,000\u200f volunteers were ready.", "16,000", 16000, "volunteer"),
    ("Officials said \u206616,000\u2069 volunteers were ready.", "16,000", 16000, "volunteer"),
    ("Prices rose ٣٫٥٪ in a year.", "٣٫٥٪", 3.5, "percentage"),
    ("Prices rose ５０％ in a year.", "５０％", 50, "percentage"),
    ("The bridge is ２．５ km long.", "２．５ km", 2.5, "kilometre"),
]  # fmt: skip

# ASCII text, and apostrophes and spaces that do not group thousands, are read as they are
UNCHANGED = [
    "Officials said 16,000 volunteers were ready.",
    "He is 6'2\" tall and weighs 90 kg.",
    "The 1990's saw 3 recessions.",
    "Rock 'n' roll sold 20 million records.",
    "It cost £5\u00a0million.",
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"), EXAMPLES_NEW, ids=[e[0] for e in EXAMPLES_NEW]
)
def test_the_number_as_written(sentence: str, surface: str, value: float, unit: str) -> None:
    (figure,) = [f for f in factsheet.extract(sentence) if f.kind not in ("date",)]
    assert (figure.surface, figure.value, figure.unit) == (surface, value, unit)
    assert sentence[figure.span[0] : figure.span[1]] == figure.surface
    assert sentence[figure.sentence_span[0] : figure.sentence_span[1]] == figure.sentence
    assert figure.sentence == sentence


@pytest.mark.parametrize("text", UNCHANGED)
def test_text_that_needs_nothing_is_not_copied(text: str) -> None:
    assert normalise(text) is None


def test_only_grouping_apostrophes_change() -> None:
    assert normalise("He is 6'2\" tall; it was 12'000 francs.").text == (  # type: ignore[union-attr]
        "He is 6'2\" tall; it was 12,000 francs."
    )


@pytest.mark.slow
def test_the_same_figure_merges_however_written() -> None:
    sheet = factsheet.build(
        "Officials said 16,000 volunteers were ready.\n\n"
        "Officials said １６，０００ volunteers were ready.\n\n"
        "Officials said 16\u2009000 \u200fvolunteers were ready."
    )
    (fact,) = [f for f in sheet.facts if f.value == 16000]
    assert len(fact.mentions) == 3


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

ZEROS = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0BE6, 0x0E50, 0x1040, 0xFF10, 0x1D7CE, ord("0")]
"""The zero of some scripts' decimal digits (Arabic-Indic, Persian, Devanagari, Bengali,
Tamil, Thai, Myanmar, full-width, mathematical bold, ASCII); the nine digits follow it."""
INVISIBLE = sorted(lx.INVISIBLE_MARKS)
GROUPERS = [",", "，", "٬", *sorted(lx.GROUP_SPACES), *sorted(lx.GROUP_APOSTROPHES)]
DECIMALS = [".", "．", "٫"]


@st.composite
def written(draw: st.DrawFn) -> tuple[str, float]:
    """A number as some script and typography write it, and its value."""
    whole = draw(st.integers(min_value=1000, max_value=999_999_999))
    decimals = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=99)))
    zero = draw(st.sampled_from(ZEROS))
    group = draw(st.sampled_from(GROUPERS))
    point = draw(st.sampled_from(DECIMALS))
    ascii_number = f"{whole:,}" + (f".{decimals:02d}" if decimals is not None else "")
    if decimals is not None and group in lx.GROUP_SPACES:
        group = ","  # a space-grouped number has no decimals in the grammar
    chars = []
    for ch in ascii_number:
        if ch.isdigit():
            chars.append(chr(zero + int(ch)))
        else:
            chars.append(group if ch == "," else point)
        if draw(st.integers(min_value=0, max_value=9)) == 0:
            chars.append(draw(st.sampled_from(INVISIBLE)))
    value = float(ascii_number.replace(",", ""))
    return "".join(chars), value


SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


@pytest.mark.slow
@SETTINGS
@given(
    number=written(),
    before=st.sampled_from(["", *INVISIBLE]),
    after=st.sampled_from(["", *INVISIBLE]),
)
def test_any_writing_of_a_number_has_its_value_and_points_at_the_original(
    number: tuple[str, float], before: str, after: str
) -> None:
    text, value = number
    sentence = f"Officials said {before}{text}{after} volunteers were ready."
    figures = factsheet.extract(sentence)
    assert [f.value for f in figures] == [value]
    (figure,) = figures
    assert sentence[figure.span[0] : figure.span[1]] == figure.surface
    assert figure.surface.strip("".join(INVISIBLE)) == text.strip("".join(INVISIBLE))
    assert figure.unit == "volunteer"


def reads_as(original: str, kept: str) -> bool:
    """Whether a character of the original may be read as ``kept``."""
    if original == kept:
        return True
    if original.isdecimal():
        return str(unicodedata.decimal(original)) == kept
    grouping = lx.GROUP_SPACES | lx.GROUP_APOSTROPHES
    return kept in (lx.DIGIT_SEPARATORS.get(original), lx.NUMBER_SIGNS.get(original)) or (
        kept == "," and original in grouping
    )


@SETTINGS
@given(st.text(alphabet=st.sampled_from([*"0123456789 ,.'%$a", *INVISIBLE, *GROUPERS, *DECIMALS,
                                         "١", "٣", "５", "％", "\u066a"]), max_size=80)
       | st.text(max_size=80))  # fmt: skip
def test_offsets_map_back_onto_the_original(text: str) -> None:
    normalised = normalise(text)
    if normalised is None:
        return
    kept = [normalised.at(i) for i in range(len(normalised.text))]
    assert kept == sorted(set(kept))
    assert all(reads_as(text[at], ch) for at, ch in zip(kept, normalised.text, strict=True))
    dropped = [ch for i, ch in enumerate(text) if i not in set(kept)]
    assert all(ch in lx.INVISIBLE_MARKS for ch in dropped)
