"""Data only: the words that say who gives a figure, when it holds and how sure it is.

Read by :mod:`factsheet.classify.attribution` (reporting verbs, speaker pronouns),
:mod:`factsheet.classify.period`
(period phrases) and :mod:`factsheet.classify.modality` (estimate, forecast, target and expectation
cues). Sources: the reporting verbs and attribution forms of news style guides (AP Stylebook,
"said"; Reuters Handbook of Journalism, "Sourcing"); the Penn Treebank modal tags (MD) for the
auxiliaries of the future and of possibility; company-earnings usage ("beat analysts'
estimates", "consensus") for the cues of what others expected. Kept apart from ``_lexicon``,
whose tables serve the extraction and classification rules.
"""

from __future__ import annotations

# --- attribution -----------------------------------------------------------------------------

SPEECH_LEMMAS: frozenset[str] = frozenset(
    {
        "say", "tell", "state", "add", "note", "report", "announce", "claim", "estimate",
        "reveal", "confirm", "disclose", "write", "explain", "argue", "insist", "warn",
        "predict", "forecast", "project", "calculate", "count", "tally", "record", "testify",
        "declare", "assert", "acknowledge", "admit", "allege", "maintain", "expect",
        "anticipate", "reckon", "stress", "emphasise", "emphasize", "indicate", "tweet",
        "post", "quote", "cite", "brief", "inform", "conclude", "concede", "recall",
        "believe",
    }
)  # fmt: skip
"""Lemmas of the verbs that credit what follows to their subject: "X said", "X told CNN",
"X estimated", "X announced"."""

SPEECH_OR_CHANGE: frozenset[str] = frozenset({"add", "post", "tweet"})
"""Of those, the verbs that report only without an object of their own: "he added" but "the
stock added 2%", "posted a loss"."""

CONTENT_OBJECT_LEMMAS: frozenset[str] = frozenset(
    {
        "report", "announce", "claim", "estimate", "reveal", "confirm", "disclose", "predict",
        "forecast", "project", "calculate", "count", "tally", "record", "expect", "anticipate",
        "cite", "quote",
    }
)  # fmt: skip
"""Of those, the verbs whose object is what is reported ("the ministry reported 40 deaths");
the object of "tell" is who hears it."""

ACCORDING: tuple[str, str] = ("according", "to")
"""The two words of "according to X"."""

PERSONAL_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
"""Speakers that stand for the nearest person named before them."""

GROUP_PRONOUNS: frozenset[str] = frozenset({"they"})
"""Speakers that stand for the nearest group that spoke before them ("US officials")."""

FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})
"""Speakers inside a quote that are the quote's own speaker."""

UNRESOLVED_SPEAKERS: frozenset[str] = frozenset(
    {"it", "this", "that", "which", "who", "you", "one", "there", "what", "these", "those"}
)
"""Subjects that never name a speaker by themselves."""

QUOTE_PAIRS: dict[str, str] = {"“": "”", "‘": "’", '"': '"', "'": "'", "«": "»"}
"""Opening quotation marks and the mark that closes each."""

SPEAKER_MAX_WORDS = 12
"""A speaker longer than this is cut to its head noun and the words next to it."""

# --- period ----------------------------------------------------------------------------------

ORDINAL_QUARTERS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
"""Which quarter an ordinal names: "the third quarter"."""

HALVES: dict[str, int] = {"first": 1, "1st": 1, "second": 2, "2nd": 2}
"""Which half of a year an ordinal names: "the first half"."""

PERIOD_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "on", "at", "by", "since", "during", "for", "through", "until", "till", "as",
     "from", "before", "after", "of", "throughout", "over", "within", "between", "to"}
)  # fmt: skip
"""Prepositions a time phrase may open with ("in 2024", "since October 2023", "as of June 30");
they are part of its surface."""

MONTH_CUES: frozenset[str] = frozenset(
    {"in", "since", "by", "until", "till", "through", "during", "from", "last", "this", "next",
     "early", "late", "mid", "end of", "start of", "as of"}
)  # fmt: skip
"""Words before a month named without a day or year that make it a time phrase: "in December",
"since March", "last June" (a month name alone may be a name: "May", "June")."""

RELATIVE_WORDS: frozenset[str] = frozenset({"last", "this", "next", "earlier", "later", "so"})
"""Words a relative time phrase opens with ("last week", "earlier this month")."""

PERIOD_HEAD_NOUNS: frozenset[str] = frozenset(
    {"start", "end", "beginning", "close", "middle", "half", "part", "year", "quarter",
     "month", "week", "period", "season"}
)  # fmt: skip
"""Nouns a date may hang from inside one time phrase: "since the start of this fiscal year,
October 2023"."""

MODEL_NOUNS: frozenset[str] = frozenset(
    {"model", "style", "version", "edition", "generation", "vintage", "release", "make"}
)
"""Nouns a year names a product by, not a time: "a 2018 model", "the 2016-style keyboard"."""

# --- modality --------------------------------------------------------------------------------

FUTURE_AUXILIARIES: frozenset[str] = frozenset(
    {"will", "'ll", "’ll", "wo", "shall", "would", "could", "may", "might"}
)
"""Modal auxiliaries that make a figure a forecast: "will reach", "could hit"."""

FORECAST_LEMMAS: frozenset[str] = frozenset(
    {"expect", "project", "forecast", "predict", "anticipate"}
)
"""Verbs (and participles: "the projected deficit") of what is expected to happen."""

FORECAST_FRAMES: frozenset[str] = frozenset({"set", "likely", "poised", "due", "going", "bound"})
"""Words that put what follows them in the future: "is set to reach", "likely to top"."""

TARGET_LEMMAS: frozenset[str] = frozenset(
    {"aim", "plan", "target", "seek", "intend", "want", "hope", "pledge", "promise", "vow",
     "propose", "attempt", "try", "strive", "request", "budget"}
)  # fmt: skip
"""Verbs of what someone means to reach: "aims to raise", "plans to cut"."""

TARGET_OBJECT_LEMMAS: frozenset[str] = frozenset(
    {"want", "seek", "request", "target", "budget", "propose", "pledge", "promise", "plan",
     "aim"}
)  # fmt: skip
"""Of those, the verbs whose object is what is meant ("seeks $2 billion"); "tried the
mouse" is no target."""

TARGET_NOUNS: frozenset[str] = frozenset({"goal", "target", "aim", "objective", "ambition"})
"""Nouns of what someone means to reach: "a target of 2%", "the goal is 1 million", "a 2%
inflation target"."""

PLEDGE_NOUNS: frozenset[str] = frozenset({"plan", "pledge", "promise", "bid", "proposal"})
"""Nouns of what someone means to reach only with what they hold after them ("a pledge of $1
billion"); "a $120 million spending plan" is a budget."""

ESTIMATE_LEMMAS: frozenset[str] = frozenset(
    {"estimate", "believe", "think", "reckon", "guess", "approximate", "suppose"}
)
"""Verbs (and participles: "an estimated 20,000") of a figure nobody counted."""

EXPECTATION_NOUNS: frozenset[str] = frozenset(
    {"expectation", "consensus", "estimate", "forecast", "projection", "prediction"}
)
"""Nouns of what others expected: "expectations of $1.1 billion", "the consensus of 2%"."""

FORECASTERS: frozenset[str] = frozenset(
    {"analyst", "economist", "forecaster", "strategist", "consensus", "street", "investor",
     "market", "trader", "factset", "refinitiv", "zacks", "lseg", "bloomberg", "poll"}
)  # fmt: skip
"""Lower-case lemmas of those whose expectation is not the speaker's own: "analysts expected",
"Wall Street", "a Reuters poll"."""

COMPARISON_LEMMAS: frozenset[str] = frozenset(
    {"beat", "miss", "top", "exceed", "surpass", "trail", "lag", "meet", "match", "compare",
     "versus", "vs", "against", "outpace", "outstrip", "undershoot", "overshoot"}
)  # fmt: skip
"""Words an actual figure is measured against an expectation with: "beating estimates of"."""

# --- key figures -----------------------------------------------------------------------------

VAGUE_AMOUNTS: frozenset[str] = frozenset(
    {"dozens", "dozen", "hundreds", "thousands", "millions", "billions", "scores", "tens",
     "several", "handful", "couple", "few", "many", "numerous"}
)  # fmt: skip
"""Words of an amount nobody can quote as a figure: "thousands", "a dozen", "several"."""

# --- charts ----------------------------------------------------------------------------------

INCLUSION_CUES: tuple[str, ...] = (
    "includes", "included", "including", "include", "of which", "among them", "out of",
    "comprising", "consisting of", "made up of",
)  # fmt: skip
"""Words between a whole and its parts in one sentence: "a $95 billion package that includes
$61 billion for Ukraine"; a chart never draws the whole beside them."""

# --- rendering -------------------------------------------------------------------------------

TITLE_WORDS: frozenset[str] = frozenset(
    {"minister", "president", "secretary", "spokesman", "spokeswoman", "spokesperson",
     "chief", "ceo", "director", "governor", "senator", "mayor", "chairman", "chairwoman",
     "chair", "executive", "official", "ambassador", "commissioner", "general", "coach",
     "quarterback", "analyst", "economist", "founder", "head", "leader", "premier",
     "chancellor", "representative", "prosecutor", "judge", "sheriff", "captain", "manager"}
)  # fmt: skip
"""Words of a title a name may follow: "Russian Defence Minister Sergei Shoigu" is shown
"Sergei Shoigu, Russian Defence Minister"."""
