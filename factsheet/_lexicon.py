"""Data only: the word lists and tables the extraction and classification rules read.

Sources: ISO 4217 for currency codes and quantulum3's ``units.json`` for the canonical currency and
unit names (so our names compare equal to quantulum3's); English grammar references for number
words, fractions and scale words; news style guides (AP, Reuters) for the notations newsrooms use
("$600bn", "£1.3m", "per cent", "percentage points"). Rules in ``numbers.py`` and ``classify.py``
read these tables; they do not embed their own.
"""

from __future__ import annotations

# --- numbers ---------------------------------------------------------------------------------

UNITS_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# Abbreviated scales written after a number, with or without a space: "$600bn", "£1.3m", "25k".
SCALE_SUFFIXES: dict[str, int] = {
    "k": 1_000,
    "K": 1_000,
    "m": 1_000_000,
    "M": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mil": 1_000_000,
    "b": 1_000_000_000,
    "B": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
    "tr": 1_000_000_000_000,
}
# "hundreds of miles" is a range of one order of magnitude.
VAGUE_PLURALS: dict[str, tuple[int, int]] = {
    "dozens": (24, 144),
    "hundreds": (100, 1_000),
    "thousands": (1_000, 10_000),
    "millions": (1_000_000, 10_000_000),
    "billions": (1_000_000_000, 10_000_000_000),
}
FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fourth": 1 / 4,
    "fourths": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "eighth": 1 / 8,
    "eighths": 1 / 8,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
}
MULTIPLIER_WORDS: dict[str, int] = {
    "twofold": 2,
    "threefold": 3,
    "fourfold": 4,
    "fivefold": 5,
    "sixfold": 6,
    "sevenfold": 7,
    "eightfold": 8,
    "ninefold": 9,
    "tenfold": 10,
    "hundredfold": 100,
    "thousandfold": 1000,
    "double": 2,
    "triple": 3,
    "quadruple": 4,
}
DOZEN = 12

# --- currencies ------------------------------------------------------------------------------

# Symbols and prefixes written before the amount, longest first when matched.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "USD$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₴": "UAH",
    "₪": "ILS",
    "₱": "PHP",
    "₺": "TRY",
    "₦": "NGN",
    "Rs.": "INR",
    "Y=": "JPY",  # "¥" in older wire copy: "Y=590 billion"
    "PS": "GBP",  # "£" after ASCII transliteration (unidecode writes "PS6m" for "£6m")
    "Rs": "INR",
    "RM": "MYR",
    "R": "ZAR",
}
# Country letters written with a dollar sign, before or after it: "AU $89.99", "$US55", "$A82".
DOLLAR_PREFIX_NATIONS: dict[str, str] = {
    "US": "USD", "AU": "AUD", "A": "AUD", "NZ": "NZD", "C": "CAD", "CA": "CAD", "CAN": "CAD",
    "HK": "HKD", "S": "SGD", "NT": "TWD", "MX": "MXN", "R": "BRL",
}  # fmt: skip
# ISO 4217 codes we accept written before or after an amount ("EUR 3.2bn", "500 USD").
ISO_CODES: frozenset[str] = frozenset(
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR",
        "KRW", "RUB", "UAH", "ILS", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "TRY", "MYR",
        "IDR", "PHP", "THB", "VND", "NGN", "EGP", "SAR", "AED", "QAR", "PKR", "BDT", "TWD", "CZK",
        "HUF", "ARS", "CLP", "COP", "PEN", "KES", "HRK", "RON", "ISK",
    }
)  # fmt: skip
# Currency names written after an amount ("333.6 million yen", "500 rupees").
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "ringgit": "MYR",
    "won": "KRW",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "shekel": "ILS",
    "shekels": "ILS",
    "peso": "MXN",
    "pesos": "MXN",
    "franc": "CHF",
    "francs": "CHF",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "zloty": "PLN",
    "lira": "TRY",
    "rand": "ZAR",
    "naira": "NGN",
    "baht": "THB",
    "dong": "VND",
    "rupiah": "IDR",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "sterling": "GBP",
    "pound sterling": "GBP",
    "kuna": "HRK",
    "kunas": "HRK",
    "koruna": "CZK",
    "korunas": "CZK",
    "forint": "HUF",
    "forints": "HUF",
    "leu": "RON",
    "lei": "RON",
    "danish crown": "DKK",
    "danish crowns": "DKK",
    "danish kroner": "DKK",
    "danish krone": "DKK",
    "swedish crown": "SEK",
    "swedish crowns": "SEK",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",
    "norwegian crown": "NOK",
    "norwegian crowns": "NOK",
    "norwegian kroner": "NOK",
    "norwegian krone": "NOK",
    "czech crown": "CZK",
    "czech crowns": "CZK",
    "icelandic crown": "ISK",
    "icelandic crowns": "ISK",
    "icelandic krona": "ISK",
    "icelandic kronur": "ISK",
    "swiss franc": "CHF",
    "swiss francs": "CHF",
    "mexican peso": "MXN",
    "mexican pesos": "MXN",
    "philippine peso": "PHP",
    "philippine pesos": "PHP",
    "argentine peso": "ARS",
    "argentine pesos": "ARS",
    "chilean peso": "CLP",
    "chilean pesos": "CLP",
    "colombian peso": "COP",
    "colombian pesos": "COP",
    "egyptian pound": "EGP",
    "egyptian pounds": "EGP",
    "pakistani rupee": "PKR",
    "pakistani rupees": "PKR",
    "indonesian rupiah": "IDR",
    "brazilian real": "BRL",
    "brazilian reais": "BRL",
    "reais": "BRL",
    "south african rand": "ZAR",
    "turkish lira": "TRY",
    "turkish liras": "TRY",
    "russian roubles": "RUB",
    "russian rubles": "RUB",
}
# Currency abbreviations written after an amount, matched case-sensitively: "150 kn".
CURRENCY_ABBREVIATIONS: dict[str, str] = {"kn": "HRK", "zł": "PLN", "Kč": "CZK"}
# Adjective before "dollar(s)" that changes the currency: "Australian dollars".
DOLLAR_NATIONS: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "australian": "AUD",
    "canadian": "CAD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
}
# Subunits written after an amount: "118.5p", "50 cents". Value stays in the subunit.
CURRENCY_SUBUNITS: dict[str, tuple[str, str]] = {
    "p": ("GBP", "penny"),
    "pence": ("GBP", "penny"),
    "penny": ("GBP", "penny"),
    "cent": ("USD", "cent"),
    "cents": ("USD", "cent"),
    "sen": ("MYR", "sen"),
}
# The unit name quantulum3 gives each currency (units.json), so that names compare equal.
CURRENCY_NAMES: dict[str, str] = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "RMB": "chinese yuan",
    "CHF": "swiss franc",
    "CAD": "canadian dollar",
    "AUD": "australian dollar",
    "NZD": "new zealand dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "TWD": "new taiwan dollar",
    "INR": "indian rupee",
    "KRW": "south korean won",
    "RUB": "russian ruble",
    "UAH": "ukrainian hryvnia",
    "ILS": "shekel",
    "BRL": "brazilian real",
    "MXN": "mexican peso",
    "ZAR": "south african rand",
    "SEK": "swedish krona",
    "NOK": "norwegian krone",
    "DKK": "danish krone",
    "PLN": "polish zloty",
    "TRY": "turkish lira",
    "MYR": "malaysian ringgit",
    "IDR": "indonesian rupiah",
    "PHP": "philippine peso",
    "THB": "thai baht",
    "VND": "vietnamese dong",
    "NGN": "nigerian naira",
    "EGP": "egyptian pound",
    "SAR": "saudi riyal",
    "AED": "united arab emirates dirham",
    "PKR": "pakistani rupee",
    "HRK": "croatian kuna",
    "CZK": "czech koruna",
    "HUF": "hungarian forint",
    "RON": "romanian leu",
    "ISK": "icelandic krona",
    "ARS": "argentine peso",
    "CLP": "chilean peso",
    "COP": "colombian peso",
}

# --- units of measure ------------------------------------------------------------------------

# Unit abbreviations quantulum3 misreads or does not know, written right after a number
# ("29 mpg", "640bhp", "586 lb-ft", "9 ksi", "15.3 ppg"); matched case-sensitively. Names follow
# quantulum3's where it has the unit ("horsepower" for PS, its metric horsepower).
UNIT_ABBREVIATIONS: dict[str, str] = {
    "mpg": "mile per gallon",
    "MPG": "mile per gallon",
    "mph": "mile per hour",
    "MPH": "mile per hour",
    "m.p.h.": "mile per hour",
    "m.p.h": "mile per hour",
    "kph": "kilometre per hour",
    "km/h": "kilometre per hour",
    "kmh": "kilometre per hour",
    "km/hr": "kilometre per hour",
    "kmph": "kilometre per hour",
    "bhp": "brake horsepower",
    "hp": "horsepower",
    "PS": "horsepower",
    "lb-ft": "foot pound-force",
    "lb ft": "foot pound-force",
    "lb.-ft.": "foot pound-force",
    "lb·ft": "foot pound-force",
    "lbs-ft": "foot pound-force",
    "pound-feet": "foot pound-force",
    "pound-foot": "foot pound-force",
    "ft-lb": "foot pound-force",
    "ft-lbs": "foot pound-force",
    "foot-pounds": "foot pound-force",
    "Nm": "newton metre",
    "ksi": "kilopound per square inch",
    "psi": "pound per square inch",
    "μm": "micrometre",
    "µm": "micrometre",
    "microns": "micrometre",
    "micron": "micrometre",
    "ml": "millilitre",
    "mL": "millilitre",
    "ppg": "point per game",
    "rpg": "rebound per game",
    "apg": "assist per game",
    "spg": "steal per game",
    "bpg": "block per game",
}
# Primes written against a number: 30' is thirty feet, 25.5″ twenty-five and a half inches.
PRIME_UNITS: dict[str, str] = {"′": "foot", "'": "foot", "″": "inch", "''": "inch"}
# What a unit quantulum3 reads as an angle is when the word is written out: "six minutes" is
# time, not minutes of arc.
ARC_AS_TIME: dict[str, str] = {"minute of arc": "minute", "second of arc": "second"}

# --- percentages -----------------------------------------------------------------------------

PERCENT_WORDS: tuple[str, ...] = (
    "percentage points",
    "percentage point",
    "per cent",
    "percent",
    "pct",
)

# --- dates and times -------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
# Words before a bare year that make it a date: "in 2024", "since 2014", "fiscal 2023".
YEAR_CUES: frozenset[str] = frozenset(
    {
        "in", "since", "by", "until", "till", "from", "to", "of", "during", "before", "after",
        "around", "circa", "fiscal", "year", "early", "late", "mid", "through", "between", "and",
        "or", "summer", "winter", "spring", "autumn", "fall", "season", "for", "at", "on", "than",
        "q1", "q2", "q3", "q4", "h1", "h2",
    }
)  # fmt: skip

# --- non-figures -----------------------------------------------------------------------------

# Nouns after which a number is a label, not a quantity: "Article 5", "Section 230", "page 12".
LABEL_NOUNS: frozenset[str] = frozenset(
    {
        "article", "section", "chapter", "clause", "paragraph", "page", "pages", "rule", "no",
        "no.", "nos", "number", "room", "row", "seat", "gate", "flight", "route", "highway",
        "interstate", "platform", "apartment", "suite", "lot", "exit", "episode", "version",
        "level", "grade", "model", "series", "class", "category", "stage", "phase", "title",
        "amendment", "resolution", "bill", "act", "district", "ward", "precinct", "station",
        "pier", "terminal", "track", "channel", "window", "windows", "iphone", "galaxy", "pixel",
        "boeing", "airbus", "cessna", "formula", "fortune", "top", "vol", "vol.", "issue", "unit",
        "building", "block", "street", "avenue", "road", "floor", "box", "lane", "hangar",
        "s&p", "s p", "sp", "s and p", "ftse", "nasdaq", "nikkei", "dax", "cac", "stoxx",
        "russell", "hang seng",
        "kospi", "sensex", "nifty", "asx", "tsx", "msci", "appendix", "figure", "fig", "fig.",
        "table", "psalm", "verse", "proposition", "prop", "prop.", "measure", "question",
        "item", "case", "docket", "bus", "line", "tier", "mark", "mk", "type", "covid",
        "region", "zone", "sector", "area", "camp", "base", "group", "squad", "team",
    }
)  # fmt: skip

# Street types after a street name: "575 Wilbraham Road", "9 E 71st St".
STREET_TYPES: frozenset[str] = frozenset(
    {
        "Street", "St", "St.", "Road", "Rd", "Rd.", "Avenue", "Ave", "Ave.", "Av.", "Way", "Lane",
        "Ln", "Drive", "Dr.", "Boulevard", "Blvd", "Blvd.", "Place", "Pl.", "Court", "Ct.",
        "Terrace", "Square", "Highway", "Hwy", "Parkway", "Pkwy", "Close", "Crescent", "Row",
        "Alley", "Circle", "Trail", "Pike", "Turnpike", "Gardens", "Mews", "Wharf", "Quay",
    }
)  # fmt: skip
# Street types written before the name: "22 Ave Foch", "12 Rue de Rivoli".
STREET_TYPES_BEFORE: frozenset[str] = frozenset(
    {"Ave", "Avenue", "Rue", "Via", "Calle", "Boulevard", "Bd", "Viale", "Avenida", "Rua"}
)
# Words after a number that make it a model or edition name: "787 Dreamliner", "737 Max".
MODEL_WORDS: frozenset[str] = frozenset(
    {
        "Dreamliner", "Dreamliners", "Max", "MAX", "Pro", "Plus", "Ultra", "Mini", "Lite", "Neo",
        "XL", "XS", "SE", "GT", "GTI", "RS", "Turbo", "Edition", "Series", "Jumbo", "Fold", "Flip",
    }
)  # fmt: skip

# --- classification cues ---------------------------------------------------------------------

# "an average of 70 days" states the average; "averaging 15.9" and "barely 6.5" approximate.
APPROXIMATE_CUES: tuple[str, ...] = (
    "an estimated", "estimated", "approximately", "approx.", "about", "around", "roughly",
    "nearly", "almost", "some", "close to", "circa", "c.", "~", "an approximate", "more or less",
    "or so", "in the region of", "on the order of", "the best part of", "almost exactly",
    "averaged", "averaging", "averages", "barely",
)  # fmt: skip
QUALIFIER_CUES: dict[str, tuple[str, ...]] = {
    "at_least": ("at least", "no fewer than", "no less than", "a minimum of", "minimum of",
                 "as many as", "as much as", "at a minimum"),
    "more_than": ("more than", "over", "above", "in excess of", "exceeding", "upwards of",
                  "greater than", "higher than", "north of", "beyond", "topping", "over the",
                  "just over", "well over", "over than", "over the age of"),
    "at_most": ("up to", "at most", "no more than", "a maximum of", "maximum of", "as few as",
                "not more than", "capped at", "as little as"),
    "less_than": ("less than", "under", "below", "fewer than", "lower than", "short of",
                  "shy of", "south of", "not quite", "just under", "well under", "just below",
                  "under the age of", "sub-", "sub"),
}  # fmt: skip
TREND_UP_LEMMAS: frozenset[str] = frozenset(
    {
        "rise", "gain", "climb", "increase", "grow", "jump", "surge", "soar", "rally", "advance",
        "add", "boost", "raise", "lift", "rebound", "spike", "swell", "double", "triple",
        "expand", "accelerate", "up", "hike", "improve", "strengthen", "recover",
        "skyrocket", "balloon", "mount", "edge", "inch", "tick", "outperform",
        "leap", "leapt", "rocket", "bounce", "firm", "appreciate", "widen", "quadruple", "zoom",
        "spurt",
    }
)  # fmt: skip
TREND_DOWN_LEMMAS: frozenset[str] = frozenset(
    {
        "fall", "drop", "decline", "decrease", "slide", "slip", "sink", "plunge", "tumble",
        "shrink", "lose", "cut", "reduce", "lower", "dip", "plummet", "crash", "slump", "ease",
        "down", "retreat", "contract", "shed", "trim", "slash", "weaken", "halve", "fell",
        "sag", "erode", "decelerate", "dive", "underperform", "worsen", "crater",
        "tank", "skid", "nosedive", "soften", "depreciate", "narrow", "dwindle", "slow",
        "collapse", "devalue", "stumble", "fade",
    }
)  # fmt: skip
# Nominalisations: "a fall of 3%", "an increase of $5".
TREND_UP_NOUNS: frozenset[str] = frozenset(
    {"rise", "gain", "increase", "growth", "jump", "surge", "hike", "boost", "rally", "uptick",
     "climb", "upswing", "spike", "advance", "improvement", "expansion", "raise"}
)  # fmt: skip
TREND_DOWN_NOUNS: frozenset[str] = frozenset(
    {"fall", "drop", "decline", "decrease", "cut", "loss", "slide", "dip", "plunge", "reduction",
     "contraction", "downturn", "slump", "downtick", "shrinkage", "tumble", "slowdown"}
)  # fmt: skip
# Words that make the number after them an age: "aged 74".
AGE_CUES: frozenset[str] = frozenset({"aged", "age", "ages"})
# Words that, next to "N-M", make it a score or tally, not a range.
SCORE_CUES: frozenset[str] = frozenset(
    {
        "vote", "votes", "victory", "win", "wins", "won", "loss", "lose", "lost", "defeat",
        "defeated", "beat", "beats", "beating", "draw", "drew", "tie", "tied", "decision",
        "ruling", "margin", "lead", "led", "leads", "score", "scored", "tally", "majority",
        "record", "verdict", "split", "edge", "edged", "routed", "thrashed", "trail", "trailed",
        "trailing", "final", "scoreline", "triumph", "rout", "voted", "ruled", "passed",
        "approved", "rejected", "confirmed",
    }
)  # fmt: skip
# Kinds of thing measured in time units: a figure with these units is a duration.
DURATION_UNITS: frozenset[str] = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
     "millisecond", "microsecond", "nanosecond", "fortnight", "millennium"}
)  # fmt: skip
# Counted nouns that are really units of time or money words; not counted things.
NOT_COUNTED: frozenset[str] = frozenset(
    {"of", "percent", "per", "cent", "time", "times", "other", "others", "more", "less", "each"}
)
# Verbs whose plural subject a number counts: "refugees now totalling 2.5 million".
COUNT_VERBS: frozenset[str] = frozenset(
    {"total", "number", "reach", "exceed", "top", "hit", "surpass", "near", "stand", "amount",
     "climb", "rise", "grow", "swell", "jump", "fall", "drop", "be", "remain", "approach"}
)  # fmt: skip
# Fixed expressions in which "one" counts nothing: "all in one place", "at one point".
ONE_IDIOMS: tuple[str, ...] = (
    r"(?:in|at|on|to) one (?:place|point|time|stage|go|sitting|piece|voice|hand|side|way)",
    r"one (?:another|day|by one|way or another|thing or another)",
    r"no one",
    r"the one (?:who|that|which)",
)
# Nouns whose plural is not made by adding -s/-es/-ies (singular → plural); used to write
# "16,000 volunteers" and to compare units by their singular.
IRREGULAR_PLURALS: dict[str, str] = {
    "person": "people", "child": "children", "man": "men", "woman": "women", "foot": "feet",
    "tooth": "teeth", "mouse": "mice", "goose": "geese", "criterion": "criteria",
    "phenomenon": "phenomena", "life": "lives", "wife": "wives", "knife": "knives",
    "half": "halves", "shelf": "shelves", "leaf": "leaves", "thief": "thieves",
    "index": "indices",
}  # fmt: skip

TRANSPARENT_NOUNS: frozenset[str] = frozenset(
    {"total", "sum", "amount", "average", "maximum", "minimum", "tally", "number", "count"}
)
"""Nouns that only carry a figure ("a total of 200", "an average of 1,500"): the figure is about
what they are about."""

REPORTING_VERBS: frozenset[str] = frozenset(
    {"count", "record", "report", "estimate", "tally", "register", "log", "calculate", "put"}
)
"""Verbs whose subject is the source of a figure, not what it is about: "the agency counted 1.2
million refugees", "officials put the toll at 40"."""

TIME_NOUNS: frozenset[str] = frozenset(
    {
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "season",
        "period",
        "term",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "past",
        "future",
        "meantime",
    }
)
"""Nouns that say when, not what for ("$40 in the winter", "$5 billion in the past")."""

# --- key figures and discrepancies ---


CONTEXT_STOPWORDS: frozenset[str] = frozenset(
    {
        "the",
        "and",
        "that",
        "this",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "then",
        "than",
        "with",
        "from",
        "into",
        "for",
        "about",
        "over",
        "under",
        "after",
        "before",
        "since",
        "while",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "how",
        "why",
        "not",
        "but",
        "also",
        "just",
        "only",
        "very",
        "more",
        "most",
        "less",
        "some",
        "any",
        "all",
        "each",
        "both",
        "other",
        "such",
        "its",
        "his",
        "her",
        "our",
        "your",
        "has",
        "have",
        "had",
        "was",
        "were",
        "are",
        "been",
        "being",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "according",
        "reported",
        "reports",
        "added",
        "announced",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "percent",
        "per",
        "cent",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "today",
        "yesterday",
        "last",
        "next",
        "first",
        "new",
        "now",
        "recently",
        "mr",
        "mrs",
        "ms",
    }
)  # fmt: skip
"""Words that say nothing of what two figures are about, when their sentences are compared
for a word in common (the discrepancy rules)."""
# --- charts ----------------------------------------------------------------------------------

PERSON_NOUNS: frozenset[str] = frozenset(
    {"people", "person", "persons", "individual", "man", "woman", "child", "adult", "baby",
     "teenager", "youth", "civilian", "resident", "inhabitant", "citizen", "national",
     "foreigner", "migrant", "immigrant", "refugee", "evacuee", "seeker", "volunteer",
     "soldier", "troop", "marine", "sailor", "airman", "officer", "fighter", "combatant",
     "militant", "insurgent", "rebel", "recruit", "conscript", "reservist", "veteran",
     "mercenary", "official", "senator", "lawmaker", "legislator", "representative", "delegate",
     "minister", "diplomat", "worker", "employee", "staff", "personnel", "member", "voter",
     "student", "pupil", "teacher", "doctor", "nurse", "patient", "victim", "casualty",
     "survivor", "hostage", "prisoner", "detainee", "captive", "protester", "demonstrator",
     "passenger", "visitor", "tourist", "pilgrim", "spectator", "fan", "player", "athlete",
     "customer", "journalist", "reporter", "farmer", "miner", "firefighter", "policeman",
     "children", "investor", "kid", "men", "shareholder", "subscriber", "user", "women"}
)  # fmt: skip
"""Counted nouns (singular lemmas, as ``Figure.unit`` holds them) that count people: a count
of these goes on the "Counts of people" chart. Compiled by hand from the counted nouns of
news reports (AP and Reuters wire copy on wars, migration, elections and disasters); the last
word of a unit is looked up ("asylum seeker" → "seeker")."""

# --- change helper ---------------------------------------------------------------------------

PHRASAL_NOT_CHANGE: frozenset[str] = frozenset(
    {
        "make", "take", "set", "sum", "fill", "use", "line", "show", "sign", "round", "rack",
        "put", "pony", "cough", "break", "split",
    }
)  # fmt: skip
"""Verbs whose particle "up" or "down" is not a move of the figure after it: "pensions make up
30% of spending", "the firm set up 12 offices", "racked up 30 goals", "put up $5 million".
Not "end", "open", "give" or "go": "ended up 2%", "gave up 2%" are changes."""

# --- furniture -------------------------------------------------------------------------------
# Page furniture: the banners, labels, tools and credits a news site prints around an article,
# read from the layouts of BBC, Reuters, AP, the Guardian, CNN and the Daily Mail, and from
# saved and copied pages. Its numbers ("VIEWS 1,204", "Comments 12", "© 2024") are not the
# article's figures. Read by ``furniture.py``.

FURNITURE_LABELS: frozenset[str] = frozenset(
    {
        "published", "updated", "posted", "modified", "edited", "date", "dated",
        "views", "view", "comments", "comment", "replies", "reply", "shares", "share", "shared",
        "likes", "like", "reactions", "reads", "read", "reading", "print", "email", "e-mail",
        "tweet", "save", "saved", "bookmark", "advertisement", "advert", "advertising",
        "sponsored", "promoted", "breaking", "news", "latest", "live", "exclusive", "listen",
        "watch", "menu", "search", "subscribe", "login", "facebook", "twitter",
        "whatsapp", "linkedin", "pinterest", "reddit", "messenger", "flipboard",
    }
)  # fmt: skip
"""Words that label page metadata or page tools: a line made of these, numbers, dates and times
(and the filler words below) is furniture — "PUBLISHED", "VIEWS 1,204", "Comments 12",
"Breaking News", "Share", "Advertisement"."""

FURNITURE_FILLERS: frozenset[str] = frozenset(
    {
        "no", "this", "the", "a", "an", "our", "us", "to", "on", "at", "of", "and", "in", "by",
        "it", "article", "story", "page", "post", "link", "copy", "first", "last", "ago", "now",
        "just", "time", "total", "more", "min", "mins", "minute", "minutes", "second", "seconds",
        "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year",
        "years", "am", "pm", "today", "yesterday",
    }
)  # fmt: skip
"""Words that go with furniture labels and their values ("No comments", "Share this article",
"Published 2 hours ago", "5 min read") but label nothing on their own."""

PUBLISHED_LABELS: frozenset[str] = frozenset({"published", "posted", "date", "dated"})
"""Labels of the date an article first appeared: preferred as its publication date."""

REVISED_LABELS: frozenset[str] = frozenset({"updated", "modified", "edited"})
"""Labels of the date an article was last changed: its publication date only when no other."""

WEEKDAYS: frozenset[str] = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    }
)  # fmt: skip

TIME_ZONES: frozenset[str] = frozenset(
    {
        "utc", "gmt", "bst", "cet", "cest", "eet", "eest", "wet", "msk", "est", "edt", "et",
        "cst", "cdt", "ct", "mst", "mdt", "mt", "pst", "pdt", "pt", "akst", "hst", "ist",
        "jst", "kst", "sgt", "hkt", "aest", "aedt", "acst", "awst", "nzst", "nzdt",
    }
)  # fmt: skip
"""Time-zone abbreviations that follow times in date lines ("10:05 EST")."""

PHOTO_AGENCIES: tuple[str, ...] = (
    "Getty Images", "Getty", "Reuters", "AFP", "AP Photo", "AP", "Associated Press", "EPA-EFE",
    "EPA", "PA Media", "PA Wire", "PA", "Shutterstock", "Rex Features", "Rex", "Alamy",
    "Bloomberg", "SWNS", "AAP", "ANP", "dpa", "Xinhua", "Anadolu Agency", "Anadolu",
    "NurPhoto", "SOPA Images", "LightRocket", "Sipa", "ZUMA Press", "ZUMA Wire", "ZUMA",
    "TASS", "Sputnik", "Kremlin Pool", "Pool", "UPI", "BBC", "Handout",
)  # fmt: skip
"""Agencies and sources named in photo credits ("REUTERS/Gleb Garanich", "AFP via Getty Images"),
longest first where one starts another."""

CREDIT_LABELS: tuple[str, ...] = (
    "Image source", "Image credit", "Image copyright", "Photo source", "Photo credit",
    "Picture credit", "Media source", "Video source",
)  # fmt: skip
"""Labels a photo credit follows, to the end of the line ("Image source, Reuters"); they are
glued to the caption before them in copied text ("...at the KremlinImage source, Reuters")."""

CAPTION_LABELS: tuple[str, ...] = (
    "Image caption", "Photo caption", "Picture caption", "Media caption", "Video caption",
)  # fmt: skip
"""Labels before a caption: the label is furniture, the caption after it is content."""

CREDIT_PREFIXES: tuple[str, ...] = ("Photograph", "Photo", "Picture", "Image", "Credit")
"""Words before a colon that start a credit line ("Photograph: Alessandro Rampazzo/AFP")."""

FURNITURE_PHRASES: tuple[str, ...] = (
    r"(?:sign up|subscribe|register)\b.*\b(?:newsletters?|alerts|updates|e-?mails?|briefing)\b.*",
    r"follow (?:us|@\w+|the \w+(?: \w+)?) on\b.*",
    r"(?:read|see|watch|listen)(?: more| also| next| now)?\s*:.*",
    r"read (?:more|next)\b.*",
    r"more (?:on this story|from \w+(?: \w+)?|stories|like this)",
    r"related(?: articles| stories| topics| content| coverage| links)?\s*:?",
    r"most (?:read|popular|viewed|shared|watched)",
    r"(?:top|recommended|trending|latest) (?:stories|videos|articles)",
    r"recommended(?: for you)?",
    r"(?:leave|add|post|view|show|hide|load|read)(?: (?:a|all|the|\d[\d,]*))? comments?"
    r"(?:\s*\(?\d[\d,]*\)?)?",
    r"skip (?:to (?:main )?content|advert(?:isement)?|navigation)",
    r"story continues (?:below|after)(?: this)? (?:advertisement|advert|ad)",
    r"(?:sponsored|paid|partner) content",
    r"share (?:this|on|via|to)\b.*",
    r"(?:click|tap) here\b.*",
    r"all rights reserved\.?",
)  # fmt: skip
"""Whole lines of page tools and navigation (matched case-insensitively, in full)."""

COPYRIGHT_MARKS: tuple[str, ...] = ("©", "(c)", "Ⓒ", "copyright")
"""What starts a copyright line: "© 2024 Example Media", "Copyright 2024 The Example Post"."""

TAGLINE_CUES: frozenset[str] = frozenset({"your", "you", "our", "we", "us"})
"""Words by which a site's slogan addresses its reader ("Your daily news, all in one place")."""

# --- concept helper ---

COMPARISON_CUES: tuple[str, ...] = (
    r"(?:up|down|higher|lower)\s+from",
    r"versus",
    r"vs\.?",
    r"compared\s+(?:with|to)",
)
"""Words that introduce the figure another one is compared with: "5.1%, up from 4.8%", "$33,790
versus last year's $32,280". Such a figure is about what the figure before it is about."""

PERIOD_DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "last", "this", "next", "previous", "prior", "same", "year-earlier"}
)
"""Words that may stand between a comparison cue and its figure, with the time nouns: "versus
last year's $32,280", "up from the previous quarter's 4.8%"."""

# --- values helper ---

HALF_AS_PART: frozenset[str] = frozenset(
    {"the", "a", "one", "first", "second", "other", "latter", "former", "top", "bottom", "upper",
     "lower", "front", "back", "better", "each", "either", "this", "that", "every", "final"}
)  # fmt: skip
"""Words before "half" that make it a part or a period, not a fraction of a group: "the second
half of the game", "the other half of the deal", "the top half of the table"."""

YEAR_DETERMINERS: frozenset[str] = frozenset(
    {"the", "its", "their", "his", "her", "our", "your", "my", "this", "that", "whose"}
)
"""Determiners before a bare year and a plural noun that make the year a modifier, not a count:
"the 2018 figures", "its 2019 results" (AP style writes counts of thousands with a comma)."""

PLAYER_ROLES: frozenset[str] = frozenset(
    {"quarterback", "striker", "forward", "defender", "midfielder", "goalkeeper", "goalie",
     "keeper", "guard", "pitcher", "catcher", "winger", "receiver", "linebacker", "cornerback",
     "shortstop", "fullback", "halfback", "flanker", "outfielder", "infielder", "batter",
     "bowler", "centre", "center", "tackle", "running back", "tight end", "point guard"}
)  # fmt: skip
"""A player's position before a name: a bracketed number after it is a shirt number, not an
age ("quarterback Dak Prescott (4)", "striker Jones (9)")."""

TIME_DETERMINERS: frozenset[str] = frozenset({"last", "next", "past", "previous", "coming"})
"""Words that open a time phrase ("last year", "the next day"): a number before them does not
count the noun after them."""

# --- concept helper: carriers ---

CARRIER_NOUNS: frozenset[str] = frozenset(
    {"time", "record", "high", "low", "peak", "close", "level"}
)
"""Nouns that only carry a figure's size, like "a total of": a multiplier ("spins 78,000 times
a minute", "1.4 times book value") or a mark reached ("sold for a record $44 million", "hit a
high of $80"). The figure is about what the noun after them, or their clause, is about."""

PREPOSITION_NOUNS: frozenset[str] = frozenset({"exchange", "return", "addition", "lieu"})
"""Nouns that are part of a compound preposition ("in exchange for", "in return for", "in
addition to", "in lieu of"): never what an amount is paid for."""

SPEECH_VERBS: frozenset[str] = frozenset(
    {"say", "tell", "add", "note", "explain", "write", "claim", "argue", "insist", "warn", "state"}
)
"""Verbs that report speech: their subject is who speaks, and a clause of them ("he told
shareholders") does not say what a figure is about."""

PERIOD_VERBS: frozenset[str] = frozenset({"end", "begin", "start", "close"})
"""Verbs whose participle after a noun bounds a period ("the quarter ended March", "the year
beginning July 1"): a figure the parse hung from the participle belongs to the clause around."""

# --- numbers in other scripts and typography (read by textnorm.py) ---

INVISIBLE_MARKS: frozenset[str] = frozenset(
    {
        "\u00ad",  # soft hyphen
        "\u061c",  # Arabic letter mark
        "\u200b",  # zero-width space
        "\u200c",  # zero-width non-joiner
        "\u200d",  # zero-width joiner
        "\u200e",  # left-to-right mark
        "\u200f",  # right-to-left mark
        "\u202a",  # left-to-right embedding
        "\u202b",  # right-to-left embedding
        "\u202c",  # pop directional formatting
        "\u202d",  # left-to-right override
        "\u202e",  # right-to-left override
        "\u2060",  # word joiner
        "\u2066",  # left-to-right isolate
        "\u2067",  # right-to-left isolate
        "\u2068",  # first strong isolate
        "\u2069",  # pop directional isolate
        "\ufeff",  # zero-width no-break space (a byte order mark inside the text)
    }
)
"""Characters that are not seen (Unicode format characters, category Cf, that text from the
web and from right-to-left pages carries): left out of what the number grammar and the parse
read, so that "16\u200b000" is one number and "\u200fpeople" the word "people". Source: the
Unicode Bidirectional Algorithm (UAX #9) and the Unicode Standard's table of format
characters."""

DIGIT_SEPARATORS: dict[str, str] = {
    "\uff0c": ",",  # ， full-width comma
    "\uff0e": ".",  # ． full-width full stop
    "\u066c": ",",  # ٬ Arabic thousands separator
    "\u066b": ".",  # ٫ Arabic decimal separator
    "\ufe50": ",",  # ﹐ small comma
    "\ufe52": ".",  # ﹒ small full stop
}
"""Separators of other scripts and of full-width (CJK) typography, read as their ASCII
counterparts between two digits: "１６，０００" is 16,000, "٣٫٥" is 3.5. Source: the Unicode
code charts for Arabic and for Halfwidth and Fullwidth Forms; CLDR number symbols."""

GROUP_SPACES: frozenset[str] = frozenset(
    {
        "\u2009",  # thin space (SI and ISO 80000 digit grouping)
        "\u202f",  # narrow no-break space (French, Swiss and SI typography)
        "\u2007",  # figure space
        "\u200a",  # hair space
    }
)
"""Spaces that group thousands ("16 000" with a thin space): read as a comma where they stand
between a group of one to three digits and groups of exactly three. Source: SI Brochure 5.4.4
(digits in groups of three, separated by a thin space); CLDR grouping symbols for fr, de-CH."""

GROUP_APOSTROPHES: frozenset[str] = frozenset({"'", "\u2019"})
"""Apostrophes that group thousands in Swiss notation ("1'000'000", "CHF 2’500"): read as a
comma in the same places as :data:`GROUP_SPACES`. Source: CLDR grouping symbol for de-CH."""

NUMBER_SIGNS: dict[str, str] = {
    "\uff05": "%",  # ％ full-width percent sign
    "\u066a": "%",  # ٪ Arabic percent sign
    "\uff04": "$",  # ＄ full-width dollar sign
    "\uff0d": "-",  # － full-width hyphen-minus
    "\uff0b": "+",  # ＋ full-width plus sign
}
"""Signs of full-width typography and Arabic, read as their ASCII counterparts beside a digit
("５０％", "٥٠٪"). Source: the Unicode code charts for Arabic and for Halfwidth and Fullwidth
Forms."""
