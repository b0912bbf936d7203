"""Data only: the word lists and tables the extraction and classification rules read.

Sources: ISO 4217 for currency codes and quantulum3's ``units.json`` for the canonical currency and
unit names (so our names compare equal to quantulum3's); English grammar references for number
words, fractions and scale words; news style guides (AP, Reuters) for the notations newsrooms use
("$600bn", "£1.3m", "per cent", "percentage points"). Rules in ``numbers.py`` and ``classify.py``
read these tables; they do not embed their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    "lac": 100_000,
    "lacs": 100_000,
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
# The abbreviated scales that are no word, read after a space too: "1.2 bn euros", "$ 3 mn".
SPACED_SCALE_SUFFIXES: frozenset[str] = frozenset({"bn", "bln", "mn", "mln", "tn", "trn"})
# Vague quantifiers before a scale word, and the multiples of it they span: "a few hundred
# metres" is 200 to 900 metres, "several thousand workers" 3,000 to 9,000, "a couple of hundred"
# 200 to 300.
VAGUE_QUANTIFIERS: dict[str, tuple[int, int]] = {
    "a couple of": (2, 3), "a couple": (2, 3), "a few": (2, 9), "several": (3, 9),
}  # fmt: skip
# "hundreds of miles" is a range of one order of magnitude.
VAGUE_PLURALS: dict[str, tuple[int, int]] = {
    "dozens": (24, 144),
    "hundreds": (100, 1_000),
    "thousands": (1_000, 10_000),
    "millions": (1_000_000, 10_000_000),
    "billions": (1_000_000_000, 10_000_000_000),
}
ARTICLES: frozenset[str] = frozenset({"a", "an", "the"})
# Nouns counted in parts as well as wholes, as a unit is: "a quarter point", "half a point",
# an index at "4,577.10" points.
FRACTION_UNIT_NOUNS: frozenset[str] = frozenset({"point", "percentage point", "basis point"})
# Units a fraction word is hyphened to, as one measure: "a quarter-mile track", "a
# quarter-litre bottle", "a three-quarter-inch pipe" (not "a quarter-final", "a third-party").
HYPHENED_FRACTION_UNITS: frozenset[str] = frozenset(
    {"mile", "inch", "litre", "liter", "pound", "hour", "century", "acre", "ton", "tonne",
     "gallon", "ounce", "cup", "teaspoon", "tablespoon", "second", "minute", "metre", "meter"}
)  # fmt: skip
# Fraction words that are also ordinals: before the noun they describe they rank, not divide
# ("a third term", "a fifth straight loss"; "a third of voters" is a share, "a quarter mile" a
# measure).
ORDINAL_FRACTIONS: frozenset[str] = frozenset(
    {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)
# The digits spoken after "point" in a decimal: "two point five", "one point oh four".
DIGIT_WORDS: dict[str, int] = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
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
    "hundredth": 1 / 100,
    "hundredths": 1 / 100,
    "thousandth": 1 / 1000,
    "thousandths": 1 / 1000,
}
# Fractions written with a slash take these denominators ("3/4 cup", "7 1/2%"); other
# slashed pairs are dates, scores or labels ("24/7", "9/11", "3/4/2021").
FRACTION_DENOMINATORS: frozenset[int] = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})
# Unicode's vulgar fractions: "½ cup", "7¾%", "1⅓ miles".
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}  # fmt: skip
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

# --- technical tokens ------------------------------------------------------------------------
# Numbers that name a format, a standard or an object, not a quantity: video resolutions
# ("1080p", "4K TV"), a shot or a calibre ("a 3-pointer", ".45-caliber"), a bond named by its
# term ("the 10-year note"). The nouns after "4K"/"8K" that make it a resolution:
RESOLUTION_NOUNS: frozenset[str] = frozenset(
    {"UHD", "HDR", "TV", "TVs", "HDTV", "HDTVs", "video", "videos", "resolution", "display",
     "displays", "screen", "screens", "monitor", "monitors", "Ultra", "streaming", "camera",
     "cameras", "OLED", "QLED", "output", "content", "footage", "Blu-ray", "gaming", "panel"}
)  # fmt: skip
# The line counts of video formats, written with "p" or "i" ("1080p", "480i"): other numbers
# with a "p" are pence ("210p").
VIDEO_RESOLUTIONS: frozenset[str] = frozenset(
    {"144", "240", "360", "480", "540", "576", "720", "900", "1080", "1440", "2160", "4320"}
)
# Nouns a term names as an instrument: "the 10-year note", "30-year bonds", "2-year yield".
TERM_INSTRUMENTS: frozenset[str] = frozenset(
    {"note", "notes", "bond", "bonds", "yield", "yields", "treasury", "treasuries", "Treasury",
     "Treasuries", "gilt", "gilts", "bund", "bunds", "bill", "bills", "paper", "swap", "swaps",
     "mortgage", "mortgages", "fixed", "JGB", "JGBs"}
)  # fmt: skip

# Forms, filings and plans named by a number: "its 10-K filing", "an 8-K", "her 401(k)".
FORM_NAMES: frozenset[str] = frozenset(
    {"10-K", "10-Q", "8-K", "6-K", "20-F", "40-F", "S-1", "S-3", "S-4", "F-1", "13F", "13D",
     "13G", "13-F", "13-D", "13-G", "401(k)", "401(k)s", "401k", "401ks", "403(b)", "457(b)",
     "W-2", "W-4", "I-9", "I-20", "H-1B", "H1-B", "L-1", "O-1",
     # standards named by their number: Wi-Fi's
     "802.11", "802.11a", "802.11b", "802.11g", "802.11n", "802.11ac", "802.11ax", "802.11be"}
)  # fmt: skip
# Capital letters that, glued to a number, make a label, not a unit or a scale: "Class 6A",
# "3D printers" (and "3-D"), "Route 9A", "Apartment 4G" (not "5C", "60W", "4K", "$2B", "10X").
LABEL_LETTERS: str = "ADGHIJNOPQRUYZ"

# Emergency telephone numbers, and the words that make one a name ("911 calls", "999 operators").
EMERGENCY_NUMBERS: frozenset[str] = frozenset({"911", "999", "112", "000", "111", "101"})
EMERGENCY_NOUNS: frozenset[str] = frozenset(
    {"call", "calls", "caller", "callers", "operator", "operators", "dispatcher", "dispatchers",
     "dispatch", "line", "lines", "system", "center", "centre", "service", "services"}
)  # fmt: skip
# Words before an emergency number that make it the number called: "dialled 999", "calls to
# 911", "phoned 112", unless a noun the number would count follows it: a plural ("called 101
# players", "rang 111 times") or a word below ("called 999 people").
EMERGENCY_CALL_WORDS: frozenset[str] = frozenset(
    {"call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing",
     "dialling", "phone", "phoned", "phoning", "ring", "rang", "ringing", "text", "texted"}
)  # fmt: skip
COUNTED_WITHOUT_S: frozenset[str] = frozenset(
    {"people", "men", "women", "children", "staff", "police", "personnel", "crew", "percent",
     "per", "more", "new", "other", "of"}
)  # fmt: skip
# Words ending in "s" that are no plural noun: "called 911 as ...", "rang 999 this morning".
S_FUNCTION_WORDS: frozenset[str] = frozenset(
    {"as", "is", "was", "has", "his", "hers", "its", "this", "thus", "us", "yes", "plus",
     "across", "towards", "afterwards", "unless", "whereas", "besides", "nevertheless"}
)  # fmt: skip
# Words after "N-" that make an idiom, not a compound with a number: "one-on-one", "a one-off",
# "a one-time fee", "nine-to-five", "twenty-somethings".
HYPHEN_IDIOMS: frozenset[str] = frozenset(
    {"on", "off", "time", "sided", "way", "stop", "liner", "liners", "of", "to", "somethings",
     "something", "faced", "timing", "timer", "ish", "and", "or", "fold", "horse", "armed",
     "hit", "party", "size", "man", "woman", "two", "zero", "nil", "all", "point", "up", "shot"}
)  # fmt: skip

# Words between a number and a unit of time that say which days or weeks count: "3-5 business
# days", "five straight weeks", "ten consecutive months".
KINDS_OF_DAYS: frozenset[str] = frozenset(
    {"business", "working", "calendar", "school", "trading", "consecutive", "straight",
     "successive", "full", "more", "further", "additional", "extra"}
)  # fmt: skip
# Holders of a title won a number of times: "a three-time champion", "a 5-time winner".
TITLE_HOLDER_NOUNS: frozenset[str] = frozenset(
    {"champion", "champions", "champ", "winner", "winners", "medallist", "medalist",
     "medallists", "medalists", "finalist", "all-star", "all-stars", "nominee", "laureate",
     "mvp", "major", "grand", "world", "olympic", "olympian", "pro", "gold", "title", "defending",
     "national", "state", "league", "offender", "felon", "convicted", "loser", "starter"}
)  # fmt: skip

# --- currencies ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Currency:
    """One currency, as news writes it. Every currency table below is derived from
    :data:`CURRENCIES`: adding a currency is one row there.

    ``name`` is quantulum3's unit name (``units.json``), so that names compare equal to its
    own. ``symbols`` are written before the amount, or right after it ("US$5", "5€").
    ``words`` are its names written after the amount, singular and plural. ``family`` names a
    word several currencies share ("dollar", "pound", "peso"), and ``nations`` the adjectives
    that pick this one ("Australian dollars"), also written as ``letters`` with a dollar sign
    ("AU $45.50", "$US70"). ``subunit`` is the hundredth's name as a unit ("cent", "penny") and
    ``subunit_words`` how it is written after an amount. ``code_in_text``: the ISO code is read
    when written in capitals before or after an amount (not for codes that are English words
    in capitals: "TOP 10", "ALL 3"). ``places``: for a one-letter symbol ("R"), the names of its
    country, cities and currency that make a bare "R250" an amount in a sentence, not a label
    ("the R44", "an Audi R8"); written with a scale or in thousands ("R2.3bn", "R25,000") it is
    an amount without them.
    """

    code: str
    name: str
    symbols: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    family: str | None = None
    nations: tuple[str, ...] = ()
    letters: tuple[str, ...] = ()
    subunit: str | None = None
    subunit_words: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()  # after the amount, case-sensitive: "150 kn"
    code_in_text: bool = True
    places: tuple[str, ...] = ()  # names that make a one-letter symbol an amount: "R250"


# The words several currencies share; the adjective before them picks the currency ("Canadian
# dollars"); alone they are the currency whose row lists them among its ``words``.
CURRENCY_FAMILIES: dict[str, tuple[str, ...]] = {
    "dollar": ("dollar", "dollars"),
    "pound": ("pound", "pounds"),
    "peso": ("peso", "pesos"),
    "rupee": ("rupee", "rupees"),
    "franc": ("franc", "francs"),
    "crown": ("crown", "crowns", "krone", "kroner", "krona", "kronor", "kronur", "koruna",
              "korunas"),
    "dinar": ("dinar", "dinars"),
    "riyal": ("riyal", "riyals", "rial", "rials"),
    "shilling": ("shilling", "shillings"),
    "real": ("real", "reais"),
    "lira": ("lira", "liras", "lire"),
    "yuan": ("yuan",),
    "won": ("won",),
    "dirham": ("dirham", "dirhams"),
    "kwacha": ("kwacha", "kwachas"),
}  # fmt: skip

_CENT = ("cent", "cents", "¢")
CURRENCIES: tuple[Currency, ...] = (
    Currency("USD", "dollar", ("$", "US$", "U.S.$", "USD$", "us$"),
             ("dollar", "dollars", "buck", "bucks", "greenback", "greenbacks"), "dollar",
             ("us", "u.s.", "american"), ("US",), "cent", _CENT),
    Currency("EUR", "euro", ("€",), ("euro", "euros"), subunit="cent"),
    Currency("GBP", "pound sterling", ("£",),
             ("sterling", "pound sterling", "pounds sterling", "quid"), "pound",
             ("british",), subunit="penny", subunit_words=("p", "pence", "penny", "pennies")),
    Currency("JPY", "japanese yen", ("¥", "Y="), ("yen",), nations=("japanese",)),
    Currency("CNY", "chinese yuan", ("CN¥",), ("yuan", "renminbi", "rmb"), "yuan", ("chinese",)),
    Currency("CHF", "swiss franc", ("SFr",), ("franc", "francs"), "franc", ("swiss",),
             subunit="rappen", subunit_words=("rappen", "centimes")),
    Currency("CAD", "canadian dollar", ("C$", "CA$", "CAN$"), (), "dollar", ("canadian",),
             ("C", "CA", "CAN"), "cent"),
    Currency("AUD", "australian dollar", ("A$", "AU$", "AUD$"), (), "dollar",
             ("australian", "aussie"), ("A", "AU"), "cent"),
    Currency("NZD", "new zealand dollar", ("NZ$",), (), "dollar", ("new zealand", "kiwi", "nz"),
             ("NZ",), "cent"),
    Currency("HKD", "hong kong dollar", ("HK$",), (), "dollar", ("hong kong",), ("HK",),
             "cent"),
    Currency("SGD", "singapore dollar", ("S$",), (), "dollar", ("singapore",), ("S",), "cent"),
    Currency("TWD", "new taiwan dollar", ("NT$",), (), "dollar",
             ("taiwan", "taiwanese", "new taiwan"), ("NT",)),
    Currency("JMD", "jamaican dollar", ("J$",), (), "dollar", ("jamaican",), ("J",), "cent"),
    Currency("TTD", "trinidad and tobago dollar", ("TT$",), (), "dollar",
             ("trinidad and tobago", "trinidadian"), ("TT",), "cent"),
    Currency("BZD", "belize dollar", ("BZ$",), (), "dollar", ("belize",), ("BZ",), "cent"),
    Currency("ZWL", "zimbabwean dollar", ("Z$",), (), "dollar", ("zimbabwe", "zimbabwean"),
             ("Z",), "cent"),
    Currency("FJD", "fijian dollar", ("FJ$",), (), "dollar", ("fiji", "fijian"), ("FJ",),
             "cent"),
    Currency("NAD", "namibian dollar", ("N$",), (), "dollar", ("namibia", "namibian"),
             subunit="cent", code_in_text=False),
    Currency("LRD", "liberian dollar", (), (), "dollar", ("liberia", "liberian"),
             subunit="cent"),
    Currency("BSD", "bahamian dollar", (), (), "dollar", ("bahamas", "bahamian"),
             subunit="cent", code_in_text=False),
    Currency("BBD", "barbadian dollar", ("Bds$",), (), "dollar", ("barbados", "barbadian"),
             subunit="cent"),
    Currency("BND", "brunei dollar", (), (), "dollar", ("brunei",), subunit="cent"),
    Currency("GYD", "guyanese dollar", (), (), "dollar", ("guyana", "guyanese"),
             subunit="cent"),
    Currency("XCD", "east caribbean dollar", ("EC$",), (), "dollar", ("east caribbean",),
             ("EC",), "cent"),
    Currency("MXN", "mexican peso", ("MX$", "Mex$"), ("peso", "pesos"), "peso", ("mexican",),
             ("MX",)),
    Currency("PHP", "philippine peso", ("₱",), (), "peso", ("philippine",)),
    Currency("ARS", "argentine peso", (), (), "peso", ("argentine", "argentinian")),
    Currency("CLP", "chilean peso", (), (), "peso", ("chilean",)),
    Currency("COP", "colombian peso", (), (), "peso", ("colombian",)),
    Currency("INR", "indian rupee", ("₹", "Rs.", "Rs"), ("rupee", "rupees"), "rupee",
             ("indian",), subunit="paisa", subunit_words=("paise", "paisa")),
    Currency("PKR", "pakistani rupee", (), (), "rupee", ("pakistani",)),
    Currency("LKR", "sri lankan rupee", (), (), "rupee", ("sri lankan",)),
    Currency("NPR", "nepalese rupee", (), (), "rupee", ("nepalese", "nepali")),
    Currency("IDR", "indonesian rupiah", ("Rp",), ("rupiah",), nations=("indonesian",)),
    Currency("KRW", "south korean won", ("₩",), ("won",), "won", ("south korean", "korean")),
    Currency("RUB", "russian ruble", ("₽",), ("rouble", "roubles", "ruble", "rubles"),
             nations=("russian",), subunit="kopek", subunit_words=("kopeks", "kopecks")),
    Currency("UAH", "ukrainian hryvnia", ("₴",), ("hryvnia", "hryvnias", "hryvnas"),
             nations=("ukrainian",), subunit="kopiyka", subunit_words=("kopiykas", "kopiyok")),
    Currency("ILS", "shekel", ("₪", "NIS"), ("shekel", "shekels", "new shekels"),
             nations=("israeli",)),
    Currency("BRL", "brazilian real", ("R$",), ("reais",), "real", ("brazilian",), ("R",),
             "centavo", ("centavos",)),
    Currency("ZAR", "south african rand", ("R",), ("rand",), nations=("south african",),
             places=("south africa", "south african", "south africans", "johannesburg",
                     "cape town", "pretoria", "durban", "soweto", "gauteng", "rand")),
    Currency("SEK", "swedish krona", (), ("krona", "kronor"), "crown", ("swedish",)),
    Currency("NOK", "norwegian krone", (), ("krone", "kroner"), "crown", ("norwegian",)),
    Currency("DKK", "danish krone", (), (), "crown", ("danish",)),
    Currency("ISK", "icelandic krona", (), (), "crown", ("icelandic",)),
    Currency("CZK", "czech koruna", (), ("koruna", "korunas"), "crown", ("czech",),
             abbreviations=("Kč",)),
    Currency("PLN", "polish zloty", (), ("zloty", "zlotys", "zlotych"), nations=("polish",),
             abbreviations=("zł",)),
    Currency("HUF", "hungarian forint", (), ("forint", "forints"), nations=("hungarian",)),
    Currency("RON", "romanian leu", (), ("leu", "lei"), nations=("romanian",)),
    Currency("BGN", "bulgarian lev", (), ("lev", "leva"), nations=("bulgarian",)),
    Currency("HRK", "croatian kuna", (), ("kuna", "kunas"), nations=("croatian",),
             abbreviations=("kn",)),
    Currency("TRY", "turkish lira", ("₺",), ("lira", "liras"), "lira", ("turkish",)),
    Currency("MYR", "malaysian ringgit", ("RM",), ("ringgit", "ringgits"),
             nations=("malaysian", "malaysia"), subunit="sen", subunit_words=("sen",)),
    Currency("THB", "thai baht", ("฿",), ("baht",), nations=("thai",)),
    Currency("VND", "vietnamese dong", ("₫",), ("dong",), nations=("vietnamese",)),
    Currency("NGN", "nigerian naira", ("₦",), ("naira",), nations=("nigerian",)),
    Currency("KES", "kenyan shilling", ("KSh",), (), "shilling", ("kenyan",)),
    Currency("UGX", "ugandan shilling", ("USh",), (), "shilling", ("ugandan",)),
    Currency("TZS", "tanzanian shilling", ("TSh",), (), "shilling", ("tanzanian",)),
    Currency("GHS", "ghanaian cedi", ("GH₵", "GH¢"), ("cedi", "cedis"), nations=("ghanaian",)),
    Currency("ETB", "ethiopian birr", (), ("birr",), nations=("ethiopian",)),
    Currency("KZT", "kazakhstani tenge", ("₸",), ("tenge",), nations=("kazakh", "kazakhstani")),
    Currency("XOF", "west african cfa franc", (), (), "franc", ("cfa", "west african cfa")),
    Currency("VES", "venezuelan bolivar", ("Bs.",), ("bolivar", "bolivars", "bolívar",
             "bolívares"), nations=("venezuelan",)),
    Currency("EGP", "egyptian pound", ("E£",), ("egyptianpound",), "pound", ("egyptian",),
             abbreviations=("LE", "L.E.")),
    Currency("LBP", "lebanese pound", ("L£",), (), "pound", ("lebanese",)),
    Currency("SAR", "saudi riyal", (), ("riyal", "riyals"), "riyal", ("saudi",)),
    Currency("QAR", "qatari riyal", (), (), "riyal", ("qatari",)),
    Currency("OMR", "omani rial", (), (), "riyal", ("omani",)),
    Currency("IRR", "iranian rial", (), (), "riyal", ("iranian",)),
    Currency("AED", "united arab emirates dirham", (), ("dirham", "dirhams"), "dirham",
             ("emirati", "uae")),
    Currency("MAD", "moroccan dirham", (), (), "dirham", ("moroccan",), code_in_text=False),
    Currency("KWD", "kuwaiti dinar", (), (), "dinar", ("kuwaiti",)),
    Currency("BHD", "bahraini dinar", (), (), "dinar", ("bahraini",)),
    Currency("JOD", "jordanian dinar", (), (), "dinar", ("jordanian",)),
    Currency("IQD", "iraqi dinar", (), (), "dinar", ("iraqi",)),
    Currency("RSD", "serbian dinar", (), (), "dinar", ("serbian",)),
    Currency("MNT", "mongolian tugrik", ("₮",), ("tugrik", "tugriks", "tögrög"),
             nations=("mongolian",)),
    Currency("BDT", "bangladeshi taka", ("৳", "Tk"), ("taka",), nations=("bangladeshi",)),
    Currency("AOA", "angolan kwanza", ("Kz",), ("kwanza", "kwanzas"), nations=("angolan",)),
    Currency("ZMW", "zambian kwacha", (), (), "kwacha", ("zambian",)),
    Currency("MWK", "malawian kwacha", (), (), "kwacha", ("malawian",)),
    Currency("BWP", "botswana pula", (), ("pula",), nations=("botswana",)),
    Currency("PEN", "peruvian sol", (), ("soles",), nations=("peruvian",),
             code_in_text=False),
    Currency("BTC", "bitcoin", ("₿",), ("bitcoin", "bitcoins")),
)  # fmt: skip
"""The currency registry. Sources: ISO 4217 (codes), quantulum3's ``units.json`` (names), the
AP and Reuters style guides and the currency pages of the central banks (symbols and words)."""

CURRENCY_BY_CODE: dict[str, Currency] = {c.code: c for c in CURRENCIES}
"""A currency's row by its ISO code."""

ONE_LETTER_PLACES: dict[str, frozenset[str]] = {
    symbol: frozenset(cur.places)
    for cur in CURRENCIES
    for symbol in cur.symbols
    if len(symbol) == 1 and symbol.isalpha() and cur.places
}
"""Derived from :data:`CURRENCIES`: a one-letter symbol → the names that make it an amount."""


def _currency_tables() -> tuple[
    dict[str, str], dict[str, str], dict[str, str], dict[str, tuple[str, str]], dict[str, str]
]:
    prefixes: dict[str, str] = {}
    words: dict[str, str] = {}
    nations: dict[str, str] = {}
    subunits: dict[str, tuple[str, str]] = {}
    abbreviations: dict[str, str] = {}
    for cur in CURRENCIES:
        for symbol in cur.symbols:
            prefixes.setdefault(symbol, cur.code)
        for word in cur.words:
            words.setdefault(word.lower(), cur.code)
        family = CURRENCY_FAMILIES.get(cur.family or "", ())
        for nation in cur.nations:
            for word in (*family, *cur.words):
                words.setdefault(f"{nation} {word.lower()}", cur.code)
        if cur.family == "dollar":
            for nation in cur.nations:
                nations.setdefault(nation, cur.code)
        for word in cur.subunit_words:
            if cur.subunit is not None:
                subunits.setdefault(word, (cur.code, cur.subunit))
        if cur.subunit is not None:
            subunits.setdefault(cur.subunit, (cur.code, cur.subunit))
        for abbr in cur.abbreviations:
            abbreviations.setdefault(abbr, cur.code)
    return prefixes, words, nations, subunits, abbreviations


(
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DOLLAR_NATIONS,
    CURRENCY_SUBUNITS,
    CURRENCY_ABBREVIATIONS,
) = _currency_tables()
"""Derived from :data:`CURRENCIES`: symbols written before an amount → code; words written
after it ("yen", "Australian dollars") → code; the adjectives before "dollar(s)" → code;
sub-units written after an amount ("p", "cents") → (code, unit name); case-sensitive
abbreviations after an amount ("kn") → code."""

# A family's word alone, where no currency of the family claims it ("10 dinars", "50 shillings"):
# money in an unknown currency of the family, named by the family (currency code "").
for _family, _words in CURRENCY_FAMILIES.items():
    if _family not in ("pound", "crown", "real"):  # "pounds" weigh; "real" is an adjective
        for _word in _words:
            CURRENCY_WORDS.setdefault(_word, "")

CURRENCY_PREFIXES["PS"] = "GBP"  # "£" after ASCII transliteration (unidecode writes "PS6m")

DOLLAR_PREFIX_NATIONS: dict[str, str] = {
    letters: cur.code for cur in CURRENCIES for letters in cur.letters
}
"""Country letters written with a dollar sign, before or after it: "AU $45.50", "$US70"."""

ISO_CODES: frozenset[str] = frozenset({c.code for c in CURRENCIES if c.code_in_text} | {"RMB"})
"""ISO 4217 codes read when written in capitals before or after an amount ("EUR 3.2bn")."""

CURRENCY_NAMES: dict[str, str] = {c.code: c.name for c in CURRENCIES} | {"RMB": "chinese yuan"}
"""ISO code → the unit name quantulum3 gives the currency, so that names compare equal."""

CURRENCY_SUBUNIT_OF: dict[str, str] = {c.code: c.subunit for c in CURRENCIES if c.subunit}
"""ISO code → the name of its sub-unit ("EUR" → "cent"): "50 euro cents" is 50 cents of it."""

CURRENCY_SUBUNIT_NAMES: frozenset[str] = frozenset(
    c.subunit for c in CURRENCIES if c.subunit is not None
)
"""The sub-units' unit names ("cent", "penny", "sen"): a figure in one keeps it as its unit."""

CODES_THAT_ARE_WORDS: frozenset[str] = frozenset(
    {
        "try",
        "cop",
        "rub",
        "pen",
        "top",
        "all",
        "mad",
        "bob",
        "cup",
        "gel",
        "mop",
        "bam",
        "sos",
        "lek",
        "kes",
        "sar",
        "mur",
        "lak",
    }
)
"""ISO codes that are English words in lower case ("5 try", "3 top"): read only in capitals."""

# Words that make "pounds" money, not weight, when no word of weight is in the sentence: "he
# paid 50 pounds for the bike", "tickets cost 20 pounds".
POUND_MONEY_CUES: frozenset[str] = frozenset(
    {"paid", "pay", "pays", "paying", "cost", "costs", "costing", "spent", "spend", "spends",
     "owe", "owes", "owed", "earn", "earns", "earned", "gave", "give", "charge", "charged",
     "charges", "price", "priced", "prices", "sold", "sell", "sells", "buy", "bought", "worth",
     "fine", "fined", "donate", "donated", "bet", "salary", "wage", "wages", "fee", "fees",
     "ticket", "tickets", "bill", "rent", "budget", "lent", "lend", "loan", "cash", "money",
     "sterling", "bank", "tax", "raised", "prize", "award", "compensation", "refund", "note",
     "notes", "coin", "coins", "banknote", "banknotes"}
)  # fmt: skip
POUND_WEIGHT_CUES: frozenset[str] = frozenset(
    {"weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier",
     "lighter", "lost", "lose", "gained", "gain", "baby", "babies", "born", "fish", "catch",
     "caught", "lbs", "lb", "kilos", "kg", "ounces"}
)  # fmt: skip

# Determiners of one thing, before a number that names it ("the 747 program", "its 500 series").
MODEL_DETERMINERS: frozenset[str] = frozenset(
    {"the", "this", "that", "its", "their", "his", "her", "our"}
)
# Determiners before a number in words that stands for things named before it, as a pronoun
# does: "the two are a pair", "these three", "all four" (no unit left out: not dollars after "$99").
GROUP_DETERMINERS: frozenset[str] = frozenset({"the", "these", "those", "all", "both"})
# Pronouns that stand for a group after "half": "half of them", "half of whom".
GROUP_PRONOUNS: frozenset[str] = frozenset(
    {"which", "whom", "them", "those", "these", "us", "you", "all"}
)

DOLLAR_CODES: frozenset[str] = frozenset(c.code for c in CURRENCIES if c.family == "dollar")
"""The currencies called dollars, whatever the country."""
POUND_CODES: frozenset[str] = frozenset(c.code for c in CURRENCIES if c.family == "pound")
"""The currencies called pounds."""

# --- units of measure ------------------------------------------------------------------------
# Units are read from quantulum3's unit tables (``units.json``: names, surfaces, symbols and
# entities) by ``factsheet/grammar/units.py``; the tables here add what news writes and quantulum3
# lacks, take out what it holds that news writes as ordinary words, and settle its ambiguities.

# quantulum3's entities that are not units of measure after a number.
NOT_MEASURE_ENTITIES: frozenset[str] = frozenset(
    {"currency", "dimensionless", "typographical element", "instance frequency"}
)

# quantulum3 surfaces that news writes as ordinary words, names or parts of a fraction more
# often than as units: "three quarters", "two bars of soap", "five drops", "the span", "gray".
NOT_UNIT_WORDS: frozenset[str] = frozenset(
    {"bar", "bars", "barn", "barns", "dot", "dots", "drop", "drops", "span", "spans", "shake",
     "shakes", "pond", "ponds", "quad", "quads", "quarter", "quarters", "quartet", "quartets",
     "tetrad", "tetrade", "tetrades", "tetrads", "rad", "rads", "gray", "grays", "henry",
     "henries", "franklin", "franklins", "galileo", "galileos", "darcy", "darcies", "candle",
     "candles", "league", "leagues", "stoke", "stokes", "tex", "texes", "nit", "nits", "pel",
     "pels", "mole", "moles", "ell", "ells", "rhe", "rhes", "stere", "steres", "dalton",
     "daltons", "pferdestarke", "pferdestarkes", "lightspeed", "lightspeeds", "nibble",
     "nibbles", "kip", "kips", "poise", "poises", "langley", "langleys", "tesla", "teslas",
     "jansky", "janskies", "weber", "webers", "µ", "cubit", "cubits", "gal", "gals"}
)  # fmt: skip

# quantulum3 symbols that are words, initials, abbreviations or labels in news ("5 AT", "4 pm",
# "3 pt", "Route 9A"), or a number's scale ("5K" is 5,000). Primes are read by PRIME_UNITS,
# single letters by UNIT_LETTERS_ATTACHED and UNIT_LETTERS_SPACED.
NOT_UNIT_SYMBOLS: frozenset[str] = frozenset(
    {"AT", "At", "AU", "au", "EA", "Ea", "Em", "GA", "Ga", "Gal", "MA", "Ma", "My", "PA", "Pb",
     "TA", "TR", "TV", "Ta", "Ty", "UA", "ua", "VA", "St", "st", "am", "ab", "ac", "bp", "cd",
     "den", "esu", "fur", "ka", "ky", "lea", "nt", "pk", "pm", "pt", "qr", "sb", "sr", "tb",
     "yb", "ym", "zb", "zm", "Ha", "Ly", "Dm", "Tm", "Pm", "Gm", "Ey", "Py", "Gy", "Da", "Rd",
     "Oe", "Bd", "SOA", "MOA", "kt", "Fr", "'", '"', "′", "″", "”", "Mx", "Ci", "fb", "fm",
     "hs", "mb", "dam", "hm", "Ba", "Eh", "ips", "fps", "ms", "ly", "kp", "amu", "m.f.u.", "mfu",
     "tf", "ct", "gr", "gro", "bu", "pc", "pcs", "gb", "kb", "Gb", "Mb", "cps", "in", "rad",
     "mi", "Cal", "gal"}
)  # fmt: skip

# Letters that name a unit when written against the number ("40C", "60W", "2L", "24h"), and
# the ones that do also after a space ("5 m", "7 g"); other letters are initials ("5 A").
UNIT_LETTERS_ATTACHED: frozenset[str] = frozenset({"m", "g", "l", "L", "h", "W", "V", "C", "F"})
UNIT_LETTERS_SPACED: frozenset[str] = frozenset({"m", "g", "l", "L", "C", "F"})
# Symbols that are units only written against the number ("4ms", "a 4in pipe"): "ms" after a
# space is more often "Ms", "in" the preposition.
UNIT_SYMBOLS_ATTACHED: dict[str, str] = {"ms": "millisecond", "in": "inch"}

# What an ambiguous quantulum3 surface or symbol means in news (a quantulum3 unit name).
UNIT_PREFERENCES: dict[str, str] = {
    "minute": "minute", "minutes": "minute", "second": "second", "seconds": "second",
    "ton": "ton", "tons": "ton", "Pa": "pascal", "C": "degree Celsius", "F": "degree fahrenheit",
}  # fmt: skip

# Unit words that are also everyday English words or parts of names ("the World Cup", "Rolling
# Stones", "Three Days of the Condor"): read only in lower case, or in a title-case headline
# ("Man Walks 50 Miles"). Other unit words are read whatever their case ("2,000 Calories",
# "37 CELSIUS").
UNIT_COMMON_WORDS: frozenset[str] = frozenset(
    {"cup", "cups", "pint", "pints", "quart", "quarts", "stone", "foot", "feet", "yard", "yards",
     "knot", "knots", "mile", "miles", "day", "days", "week", "weeks", "month", "months", "year",
     "years", "second", "seconds", "minute", "minutes", "hour", "hours", "decade", "decades",
     "century", "centuries", "pound", "pounds", "ton", "tons", "grand", "inch", "inches",
     "bushel", "bushels", "peck", "pecks", "fathom", "fathoms", "furlong", "furlongs", "carat",
     "carats", "acre", "acres", "gallon", "gallons", "barrel", "barrels", "teaspoon",
     "tablespoon", "fortnight", "fortnights", "millennium", "tonne", "tonnes", "bit", "bits",
     "byte", "bytes", "watt", "watts", "volt", "volts", "ounce", "ounces", "gram", "grams"}
)  # fmt: skip

# Unit words news writes and quantulum3 lacks or names otherwise: the word (matched in lower
# case) → our unit name (the name quantulum3 gives the unit where it has it).
UNIT_WORDS: dict[str, str] = {
    "celcius": "degree Celsius", "centigrade": "degree Celsius", "farenheit": "degree fahrenheit",
    "fahrenheight": "degree fahrenheit", "farenheight": "degree fahrenheit",
    "millilitre": "millilitre", "millilitres": "millilitre", "milliliter": "millilitre",
    "milliliters": "millilitre", "hectolitre": "hectolitre", "hectolitres": "hectolitre",
    "hectoliter": "hectolitre", "hectoliters": "hectolitre", "stone": "stone",
    "megapixel": "megapixel", "megapixels": "megapixel", "nautical mile": "nautical mile",
    "nautical miles": "nautical mile", "square feet": "square foot", "square foot": "square foot",
    "square mile": "square mile", "square miles": "square mile",
    "square kilometre": "square kilometre", "square kilometres": "square kilometre",
    "square kilometer": "square kilometre", "square kilometers": "square kilometre",
    "square metre": "square metre", "square metres": "square metre",
    "square meter": "square metre", "square meters": "square metre", "hectare": "hectare",
    "hectares": "hectare", "kilometre an hour": "kilometre per hour",
    "kilometres an hour": "kilometre per hour", "kilometer an hour": "kilometre per hour",
    "kilometers an hour": "kilometre per hour", "mile an hour": "mile per hour",
    "miles an hour": "mile per hour", "metric ton": "tonne", "metric tons": "tonne",
    "metric tonne": "tonne", "metric tonnes": "tonne", "kilowatt hour": "kilowatt hour",
    "kilowatt hours": "kilowatt hour", "megawatt hour": "megawatt hour",
    "megawatt hours": "megawatt hour", "megawatt-hour": "megawatt hour",
    "megawatt-hours": "megawatt hour", "gigawatt hour": "gigawatt hour",
    "gigawatt hours": "gigawatt hour", "gigawatt-hour": "gigawatt hour",
    "gigawatt-hours": "gigawatt hour", "terawatt hour": "terawatt hour",
    "terawatt hours": "terawatt hour", "terawatt-hour": "terawatt hour",
    "terawatt-hours": "terawatt hour", "light year": "light-year", "light years": "light-year",
    "frames per second": "frame per second", "frame per second": "frame per second",
    "frames a second": "frame per second", "parts per million": "parts-per-million",
    "part per million": "parts-per-million", "parts per billion": "parts-per-billion",
    "part per billion": "parts-per-billion", "parts per trillion": "parts-per-trillion",
}  # fmt: skip

# Unit abbreviations matched as written after a number ("29 mpg", "640bhp", "586 lb-ft", "9 ksi",
# "15.3 ppg"); names follow quantulum3's where it has the unit ("horsepower" for PS, its metric
# horsepower).
UNIT_ABBREVIATIONS: dict[str, str] = {
    "mls": "millilitre", "hl": "hectolitre", "hL": "hectolitre", "ha": "hectare",
    "lbs": "pound-mass", "lb": "pound-mass", "lbs.": "pound-mass", "lb.": "pound-mass",
    "oz": "ounce", "oz.": "ounce", "st": "stone", "kgs": "kilogram", "kms": "kilometre",
    "mins": "minute",
    "min.": "minute", "secs": "second", "sec": "second", "sec.": "second", "hrs": "hour",
    "hr": "hour", "yrs": "year", "yr": "year", "wks": "week", "wk": "week",
    "sq ft": "square foot", "sq. ft.": "square foot", "sq. ft": "square foot",
    "sqft": "square foot", "sq m": "square metre", "sq. m": "square metre",
    "sq km": "square kilometre", "sq. km": "square kilometre", "sq mi": "square mile",
    "km²": "square kilometre", "m²": "square metre", "ft²": "square foot", "m³": "cubic metre",
    "MWh": "megawatt hour", "GWh": "gigawatt hour", "TWh": "terawatt hour",
    "kWh": "kilowatt hour", "mAh": "milliampere hour", "Gbps": "gigabit per second",
    "Mbps": "megabit per second", "kbps": "kilobit per second", "MP": "megapixel",
    "mbps": "megabit per second", "gbps": "gigabit per second", "kts": "knot",
    "ppi": "pixel per inch",
    "KB": "kilobyte", "gals": "gallon", "gal.": "gallon",
    "nm": "nanometre", "mi": "mile", "yds": "yard", "ppm": "parts-per-million",
    "ppb": "parts-per-billion",
    "Wh": "watt hour", "fps": "frame per second", "FPS": "frame per second",
    "dBA": "decibel", "dBa": "decibel",
    "dB(A)": "decibel", "Tbsp": "tablespoon", "Tbsp.": "tablespoon",
    "tbsp.": "tablespoon", "tsp.": "teaspoon", "Tsp": "teaspoon",
    "HP": "horsepower", "BHP": "brake horsepower", "KM": "kilometre", "KG": "kilogram",
    "KW": "kilowatt", "KWH": "kilowatt hour", "HZ": "hertz", "KHZ": "kilohertz",
    "MHZ": "megahertz", "GHZ": "gigahertz", "LBS": "pound-mass", "CC": "cubic centimetre",
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
}  # fmt: skip

# The entities of the units of our own tables that quantulum3 does not have.
UNIT_ENTITIES: dict[str, str] = {
    "mile per gallon": "fuel economy", "point per game": "sport", "rebound per game": "sport",
    "assist per game": "sport", "steal per game": "sport", "block per game": "sport",
    "stone": "mass", "megapixel": "resolution", "millilitre": "volume",
    "pixel per inch": "resolution",
    "hectolitre": "volume", "hectare": "area", "nautical mile": "length",
    "brake horsepower": "power", "horsepower": "power", "foot pound-force": "torque",
    "kilopound per square inch": "pressure", "milliampere hour": "charge",
}  # fmt: skip

# What a rate is given per, written after "per", "/", "a" or "an" ("$5 a barrel", "3 litres per
# person", "40 miles an hour"): the word → its name in the rate's unit.
RATE_NOUNS: dict[str, str] = {
    **{w: w for w in ("hour", "day", "week", "month", "year", "gallon", "barrel", "share", "litre",
                      "ton", "tonne", "pound", "kilogram", "gram", "person", "head", "night",
                      "mile", "kilometre", "unit", "ounce", "acre", "hectare", "household",
                      "student", "resident", "employee", "worker", "seat", "ticket", "dose",
                      "pill", "flight", "trip", "minute", "second", "game", "episode", "word",
                      "page", "visit", "bottle", "case", "bushel", "meal", "passenger",
                      "customer", "user", "subscriber", "member", "patient", "child", "vehicle",
                      "room", "copy", "item", "dozen", "pack", "box", "carton", "can", "loaf",
                      "kilowatt-hour", "megawatt-hour", "square foot", "square metre", "capita",
                      "match", "season", "quarter", "shift", "pint", "glass", "cup", "jar",
                      "bag", "packet", "slice", "portion", "serving", "lesson",
                      "square kilometre", "square mile")},
    "annum": "year", "liter": "litre", "kilo": "kilogram", "kg": "kilogram", "g": "gram",
    "km": "kilometre", "kilometer": "kilometre", "kwh": "kilowatt hour", "mwh": "megawatt hour",
    "mmbtu": "mega british thermal unit", "square feet": "square foot",
    "square meter": "square metre", "sq ft": "square foot", "sq. ft.": "square foot",
    "sq m": "square metre", "capita": "person", "lb": "pound", "oz": "ounce",
    "square kilometer": "square kilometre", "sq km": "square kilometre",
    "kilowatt-hour": "kilowatt hour", "megawatt-hour": "megawatt hour",
    "mo": "month", "mth": "month", "yr": "year", "hr": "hour", "wk": "week",
}  # fmt: skip

# Words after "per" that make no rate of money: "5 per cent", "$20 per the contract" ("as in"),
# and the determiners and adjectives before the noun ("$30 per extra bag").
NOT_RATE_NOUNS: frozenset[str] = frozenset(
    {"cent", "cents", "the", "his", "her", "its", "their", "our", "your", "this", "that",
     "these", "those", "which", "each", "every", "extra", "additional", "single", "individual",
     "new", "one"}
)  # fmt: skip

# Temperature scales written after "degrees", "deg" or "°" ("40 degrees C", "98.6 deg. F").
TEMPERATURE_SCALES: dict[str, str] = {
    "celsius": "degree Celsius", "celcius": "degree Celsius", "centigrade": "degree Celsius",
    "c": "degree Celsius", "fahrenheit": "degree fahrenheit", "farenheit": "degree fahrenheit",
    "fahrenheight": "degree fahrenheit", "farenheight": "degree fahrenheit",
    "f": "degree fahrenheit", "kelvin": "kelvin", "k": "kelvin",
}  # fmt: skip
# How a degree is written after a number, the scale optional after it.
DEGREE_WORDS: tuple[str, ...] = ("degrees", "degree", "degs", "deg.", "deg", "°", "º")
# Words that make a bare "degrees" an angle, not a temperature: the text speaks of angles.
ANGLE_CUES: frozenset[str] = frozenset(
    {"angle", "angles", "angled", "tilt", "tilted", "tilts", "turn", "turned", "turns", "turning",
     "rotate", "rotated", "rotates", "rotation", "rotating", "spin", "spun", "spins", "slope",
     "sloped", "slopes", "incline", "inclined", "inclination", "pitch", "arc", "latitude",
     "longitude", "bearing", "heading", "compass", "axis", "camber", "gradient", "angular",
     "pivot", "pivoted", "swivel", "swivels", "lean", "leans", "leaned", "leaning", "bend",
     "bent", "circle", "panoramic", "view", "views", "vision", "swing", "swings", "swung",
     "twist", "twisted", "twists", "veer", "veered", "steer", "steered", "aim", "aimed",
     "orbit", "tip", "tipped", "list", "listed", "listing"}
)  # fmt: skip
# Words that make "two degrees" diplomas, not a temperature.
DIPLOMA_CUES: frozenset[str] = frozenset(
    {"university", "universities", "college", "colleges", "bachelor", "bachelor's", "master",
     "master's", "masters", "doctorate", "doctoral", "honorary", "graduate", "graduated",
     "graduates", "holds", "earned", "studied", "diploma", "diplomas"}
)  # fmt: skip

# A measure written in two units of one dimension, the larger first ("6 feet 2 inches", "7
# pounds 4 ounces"): (larger, smaller) → how many of the smaller make one of the larger. The
# figure is given in the smaller unit. Spans of time are not joined: "3 years, 2 months and 14
# days" is annotated, and read, as the parts of a list.
COMPOUND_UNITS: dict[tuple[str, str], int] = {
    ("foot", "inch"): 12, ("yard", "foot"): 3, ("metre", "centimetre"): 100,
    ("pound-mass", "ounce"): 16, ("stone", "pound-mass"): 14,
}  # fmt: skip

# Primes written against a number: 30' is thirty feet, 25.5″ twenty-five and a half inches.
PRIME_UNITS: dict[str, str] = {"′": "foot", "'": "foot", "″": "inch", "''": "inch", '"': "inch"}
# What a unit quantulum3 reads as an angle is when the word is written out: "six minutes" is
# time, not minutes of arc.

# --- percentages -----------------------------------------------------------------------------

# Words after a number that make it a share, and the unit each gives (a basis point is a
# hundredth of a percentage point: "cut rates by 25 basis points", "a 50 bp rise").
PERCENT_WORDS: dict[str, str] = {
    "percentage points": "percentage point",
    "percentage point": "percentage point",
    "per cent": "percentage",
    "percent": "percentage",
    "pct": "percentage",
    "basis points": "basis point",
    "basis point": "basis point",
    "bps": "basis point",
    "bp": "basis point",
    "percentage pts": "percentage point",
    "percentage pt": "percentage point",
    "pct points": "percentage point",
    "pct point": "percentage point",
    "pct pts": "percentage point",
    "ppts": "percentage point",
    "ppt": "percentage point",
}

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
# Capitalised words before a number that are no name the number belongs to ("In 2019", "About
# 40", "Monday 12"): sentence openers, function words, days.
NOT_NAMES: frozenset[str] = frozenset(
    {"The", "A", "An", "In", "On", "At", "By", "Of", "For", "To", "And", "But", "Or", "Some",
     "About", "Around", "Nearly", "Over", "Under", "Only", "Just", "All", "Since", "Until",
     "From", "With", "Than", "After", "Before", "During", "Almost", "Roughly", "Approximately",
     "More", "Less", "Fewer", "Up", "Down", "Top", "Those", "These", "Another", "Its",
     "Their", "His", "Her", "Our", "Your", "My", "Had", "Has", "Have", "Was", "Were", "Is",
     "Are", "Be", "Said", "Says", "Say", "Killed", "Injured", "Every", "Each",
     "Aged", "Age", "Ages", "I", "We", "They", "He", "She", "It", "You", "Both", "Least",
     "Most", "Totalling", "Totaling", "Including", "Between", "Per", "Like", "As", "Any",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)  # fmt: skip

# Words that make "¥" the Chinese yuan, not the Japanese yen.
CHINA_CUES: frozenset[str] = frozenset(
    {"yuan", "renminbi", "rmb", "china", "chinese", "beijing", "shanghai", "shenzhen"}
)

# Words after "2m" that make it two metres, not two million: "2m tall", "a 5m-high fence".
DIMENSION_ADJECTIVES: frozenset[str] = frozenset(
    {"tall", "high", "long", "wide", "deep", "thick", "across", "away", "below", "above",
     "underground", "underwater", "apart", "in length", "in height", "in diameter", "in depth"}
)  # fmt: skip
# Nouns after "a 2m" that make it an amount: "a 2m shortfall", "a 1.5m-strong army".
AMOUNT_GAP_NOUNS: frozenset[str] = frozenset(
    {"shortfall", "deficit", "surplus", "strong", "backlog", "audience", "following", "majority"}
)  # fmt: skip
# Verbs of covering a distance, after which "100m" is metres: "ran 100m", "swam 400m".
DISTANCE_VERBS: frozenset[str] = frozenset(
    {"ran", "run", "runs", "running", "swam", "swim", "swims", "swimming", "sprinted", "jumped",
     "leapt", "leaped", "threw", "thrown", "hurled", "walked", "walks", "climbed", "dived",
     "rowed", "cycled", "paddled", "stretches", "stretched", "measures", "measured", "towers"}
)  # fmt: skip
# Verbs of changing a size, after which "by 500m" is metres: "the runway was extended by 500m"
# (not "raised" or "lowered", said of caps and targets as often: "the cap was raised by 2m").
RESIZE_VERBS: frozenset[str] = frozenset(
    {"extended", "lengthened", "widened", "deepened", "heightened", "shortened", "narrowed"}
)  # fmt: skip
# Races and events run over metres: "the 800m final", "the 400m hurdles".
# Events run over a distance, after "a 10K" or "the 5K": "a 10K fun run", "the 5K walk".
RUN_EVENTS: frozenset[str] = frozenset(
    {"run", "runs", "walk", "fun run", "road race", "charity run", "trail run", "swim", "ride"}
)  # fmt: skip
RACE_WORDS: frozenset[str] = frozenset(
    {"final", "finals", "heat", "heats", "hurdles", "freestyle", "backstroke", "breaststroke",
     "butterfly", "medley", "relay", "sprint", "dash", "race", "title", "gold", "silver",
     "bronze", "record", "semi-final", "semifinal", "steeplechase", "individual", "world"}
)  # fmt: skip

# Readings on a scale named next to a bare number, and the unit they give: "a magnitude 6.2
# quake", "a 7.1-magnitude earthquake", "5.4 on the Richter scale".
SCALE_READINGS_BEFORE: dict[str, str] = {"magnitude": "magnitude", "richter": "magnitude"}
SCALE_READINGS_AFTER: dict[str, str] = {
    "magnitude": "magnitude",
    "on the richter scale": "magnitude",
    "on the richter": "magnitude",
}

# Nouns after a time signature: "a 6/8 feel", "in 3/4 time".
METER_NOUNS: frozenset[str] = frozenset(
    {"feel", "time", "meter", "metre", "rhythm", "groove", "signature", "waltz", "swing", "beat"}
)  # fmt: skip
# Nouns of a whole shared in two parts of a hundred: "a 60:40 split", "a 50/50 weighting".
SPLIT_NOUNS: frozenset[str] = frozenset(
    {"split", "splits", "distribution", "mix", "division", "balance", "weighting", "share",
     "ratio", "partnership", "venture", "deal"}
)  # fmt: skip

# Words before "H:MM:SS" that make it an elapsed time, not a time of day: "won in 2:05:30".
ELAPSED_CUES: frozenset[str] = frozenset(
    {"in", "clocked", "ran", "finished", "timed", "time", "time of", "record of", "lasted",
     "lasting", "runs", "ran for", "lasts"}
)  # fmt: skip

# What a box score counts after a player's name: "Ana Ruiz 19 points", "Ben Cole 3 goals".
# After a name, a number followed by one of these is a count, not the name's model number.
STAT_NOUNS: frozenset[str] = frozenset(
    {"point", "points", "goal", "goals", "assist", "assists", "save", "saves", "rebound",
     "rebounds", "steal", "steals", "block", "blocks", "tackle", "tackles", "yard", "yards",
     "touchdown", "touchdowns", "carry", "carries", "catch", "catches", "reception",
     "receptions", "strikeout", "strikeouts", "hit", "hits", "run", "runs", "wicket", "wickets",
     "ace", "aces", "kill", "kills", "dig", "digs", "birdie", "birdies", "interception",
     "interceptions", "sack", "sacks", "turnover", "turnovers", "three-pointers", "threes"}
)  # fmt: skip

# Abbreviated nouns a count counts, and the noun each stands for: "3 pts", "12 rbs".
COUNTED_ABBREVIATIONS: dict[str, str] = {
    "pts": "point", "pts.": "point", "reb": "rebound", "rebs": "rebound", "ast": "assist",
    "asts": "assist", "stl": "steal", "blk": "block", "yds": "yard", "tds": "touchdown",
}  # fmt: skip

# Names of Korea that make "won" after a number the currency, not the verb: "3,500 won".
KOREA_CUES: frozenset[str] = frozenset({"korea", "korean", "koreans", "seoul", "busan"})

# Currencies that "a" or "an" counts one of ("a dollar a day", "not a penny more"). Words that
# are also common words ("yen", "real", "won", "rand", "dong") are left out.
ONE_OF_CURRENCY: frozenset[str] = frozenset(
    {"dollar", "euro", "buck", "rupee", "peso", "franc", "shilling", "cent", "penny", "dinar",
     "dirham", "rouble", "ruble", "shekel", "yuan", "zloty", "riyal", "rial", "ringgit", "krona",
     "krone"}
)  # fmt: skip
# What may follow "a dollar" when it is an amount: a rate, a comparison, a preposition, the end
# of the clause. A noun after it ("a dollar store", "a euro coin") makes it part of a name.
AFTER_ONE_OF_CURRENCY: frozenset[str] = frozenset(
    {"a", "an", "per", "each", "apiece", "more", "less", "or", "and", "for", "to", "in", "on",
     "at", "from", "of", "off", "than", "too", "extra", "back", "is", "was", "will", "would",
     "buys", "bought", "goes", "went", "now", "then", "today", "left", "short", "higher", "lower",
     "cheaper", "dearer"}
)  # fmt: skip

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
        "junction", "junctions", "articles", "sections", "chapters", "clauses", "paragraphs",
        "rooms", "gates", "platforms", "exits", "episodes", "amendments",
        "s&p", "s p", "sp", "s and p", "ftse", "nasdaq", "nikkei", "dax", "cac", "stoxx",
        "russell", "hang seng",
        "kospi", "sensex", "nifty", "asx", "tsx", "msci", "appendix", "figure", "fig", "fig.",
        "table", "psalm", "verse", "proposition", "prop", "prop.", "measure", "question",
        "item", "case", "docket", "bus", "line", "tier", "mark", "mk", "type", "covid",
        "region", "zone", "sector", "area", "camp", "base", "group", "squad", "team",
        "wi-fi", "wifi", "bluetooth", "usb", "hdmi", "ios", "android", "gen", "generation",
        "week", "day", "round", "game", "season", "part", "volume", "scene", "step", "size",
        "meal", "option", "tip", "lesson", "exhibit", "schedule", "form", "code", "postcode",
        "zipcode",
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

APPROXIMATE_CUES: tuple[str, ...] = (
    "estimated", "approximately", "approximate", "approx.", "about", "around", "roughly",
    "nearly", "almost", "some", "close to", "circa", "c.", "~", "more or less",
    "in the region of", "on the order of", "the best part of", "almost exactly",
    "averaged", "averaging", "averages", "barely", "scarcely", "hardly",
)  # fmt: skip
"""Approximators written before a figure: "about 4 km", "an estimated 3,000 people", "~5,000".
The verb "average" is one too, as NewsQuant annotates it ("the striker is averaging 1.4 goals a
game"); the noun is not: "listings stay on the market an average of 45 days" states the mean."""
QUALIFIER_AFTER_CUES: dict[str, tuple[str, ...]] = {
    "at_least": ("+", "plus", "-plus", "or more", "or higher", "or above", "or over",
                 "or greater", "or older", "and up", "and over", "and above", "and older"),
    "at_most": ("or less", "or fewer", "or lower", "or below", "or under", "or younger",
                "and under", "and below", "and younger"),
    "approximate": ("or so", "or thereabouts", "ish", "-ish", "-odd"),
}  # fmt: skip
"""Bounds and approximators written after a figure: "300 hp or more", "10,000+ residents",
"children aged 12 and up", "a year or so", "40-odd years". Not when another figure follows the
cue: "$40 plus $5 postage" adds two prices."""
QUALIFIER_CUES: dict[str, tuple[str, ...]] = {
    "at_least": ("at least", "no fewer than", "no less than", "not less than", "not fewer than",
                 "a minimum of", "minimum of", "as many as", "as much as", "at a minimum"),
    "more_than": ("more than", "over", "above", "in excess of", "exceeding", "upwards of",
                  "upward of", "greater than", "higher than", "north of", "beyond", "topping",
                  "over the age of", "above the age of"),
    "at_most": ("up to", "at most", "no more than", "not more than", "a maximum of",
                "maximum of", "as few as", "as little as", "capped at"),
    "less_than": ("less than", "under", "below", "fewer than", "lower than", "short of",
                  "shy of", "south of", "not quite", "under the age of", "below the age of",
                  "sub-", "sub"),
}  # fmt: skip
"""Bounds written before a figure. When several end right before it the longest counts: "no
more than 5" is at most 5."""
BOUND_MODIFIERS: tuple[str, ...] = ("just", "well", "slightly", "a little", "only")
"""Words that grade a bound or an amount and add nothing to it: "just over" is "over", "well
under" is "under"; a trend word may stand before them: "down well over 60%", "up just 3%"."""
TREND_UP_LEMMAS: frozenset[str] = frozenset(
    {
        "rise", "gain", "climb", "increase", "grow", "jump", "surge", "soar", "rally", "advance",
        "add", "boost", "raise", "lift", "rebound", "spike", "swell", "double", "triple",
        "expand", "accelerate", "up", "hike", "strengthen", "recover", "skyrocket", "balloon",
        "mount", "leap", "leapt", "rocket", "bounce", "firm", "appreciate", "widen",
        "quadruple", "zoom", "spurt", "mushroom", "escalate", "lengthen",
    }
)  # fmt: skip
"""Verbs of change whose amount rises: "ticket sales climbed 14%". Lemmas, with the past forms
the lemmatizer leaves ("leapt"). Not the verbs of a small move that take their direction from a
particle ("edged up", "inched lower", "ticked down"), not the verbs of comparison
("outperformed the index by 3%"), the verbs of judgement ("improved", "worsened": a lap time
that improved by 2 seconds fell) or of extent ("the reef extends 40 miles")."""
TREND_DOWN_LEMMAS: frozenset[str] = frozenset(
    {
        "fall", "drop", "decline", "decrease", "slide", "slip", "sink", "plunge", "tumble",
        "shrink", "lose", "cut", "reduce", "lower", "dip", "plummet", "crash", "slump", "ease",
        "down", "retreat", "contract", "shed", "trim", "slash", "weaken", "halve", "fell",
        "sag", "erode", "decelerate", "dive", "crater", "tank", "skid", "nosedive", "soften",
        "depreciate", "narrow", "dwindle", "slow", "collapse", "devalue", "stumble", "fade",
        "axe", "shorten",
    }
)  # fmt: skip
"""Verbs of change whose amount falls: "copper slid 2.6%", "cut its staff by 150 jobs"."""
TREND_IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "rise": ("rose", "risen"), "fall": ("fell", "fallen"), "grow": ("grew", "grown"),
    "lose": ("lost",), "sink": ("sank", "sunk"), "slide": ("slid",), "shed": ("shed",),
    "cut": ("cut",), "leap": ("leapt", "leaped"), "swell": ("swelled", "swollen"),
}  # fmt: skip
"""The forms of the verbs of change that adding "-s", "-ed" and "-ing" does not make; read
where no parse is at hand (``grammar.ranges``: "fell $2 to $40" is a change and a level)."""


def _verb_forms(lemma: str) -> set[str]:
    """The forms of a verb of change: "drop", "drops", "dropped", "dropping"; "rise", "rose"."""
    if lemma in ("up", "down"):
        return {lemma}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    double = len(lemma) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][bdgkmnprt]", lemma) is not None
    done = lemma + lemma[-1] if double else stem
    forms = {lemma, lemma + ("es" if lemma.endswith(("sh", "ch", "s", "x")) else "s")}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {done + "ed", done + "ing"}
    return forms | set(TREND_IRREGULAR_FORMS.get(lemma, ()))


TREND_VERB_FORMS: frozenset[str] = frozenset(
    f for lemma in TREND_UP_LEMMAS | TREND_DOWN_LEMMAS for f in _verb_forms(lemma)
)
TREND_FORM_DIRECTIONS: dict[str, str] = {
    **{f: "down" for lemma in TREND_DOWN_LEMMAS for f in _verb_forms(lemma)},
    **{f: "up" for lemma in TREND_UP_LEMMAS for f in _verb_forms(lemma)},
}
"""The direction of each written form of a verb of change ("falls": down), for a headline the
parser reads without its verb."""
"""Derived from the trend lemmas: every written form of a verb of change ("rose", "slid",
"dropping"), for the grammar, which has no parse to lemmatise with."""
CHANGE_APPROXIMATORS: tuple[str, ...] = (
    "about", "nearly", "almost", "some", "around", "roughly", "just", "only", "another",
    "a further",
)  # fmt: skip
"""Words between a verb of change and its amount that grade it: "rose nearly 0.2% to 3.4%"."""
TREND_WORDS: dict[str, tuple[str, ...]] = {
    "up": ("up", "higher", "upward", "upwards"),
    "down": ("down", "lower", "downward", "downwards"),
}  # fmt: skip
"""Words before the amount of a change that give its direction: "up 0.4%", "down by 3%"; the
keys themselves also after it: "closed 0.8% down"."""
COMPARED_WITH_CUES: tuple[str, ...] = (
    "instead of", "rather than", "compared with", "compared to", "versus", "vs", "vs.",
)  # fmt: skip
"""Words before a figure that another is compared with: "wages grew 2% rather than the 3%
unions wanted", "inflation was 3.1% compared with 2.4% a year earlier"."""
STEP_NOUNS: frozenset[str] = frozenset({"point", "notch", "pip", "place", "spot", "rung"})
"""Nouns that measure the move of a level, so that their count is the amount of a change even as
the object of the verb: "the index added 95 points", "the club climbed three places"."""
COLLECT_VERBS: frozenset[str] = frozenset({"raise"})
"""Change verbs whose direct object is a sum collected, not a change: "raised $30 million"."""
REDUCTION_VERBS: frozenset[str] = frozenset({"shed", "cut", "slash", "axe", "trim"})
"""Change verbs whose direct object counts what is taken away, so that the count is the amount
of a fall: "the carmaker shed 3,000 jobs". Not "lose" ("lost three games") nor "add" ("will add
12 coaches")."""
# Nominalisations: "a fall of 3%", "an increase of $5", "a 6% pay rise".
TREND_UP_NOUNS: frozenset[str] = frozenset(
    {"rise", "gain", "increase", "growth", "jump", "surge", "hike", "boost", "rally", "uptick",
     "climb", "upswing", "spike", "advance", "improvement", "expansion", "raise"}
)  # fmt: skip
TREND_DOWN_NOUNS: frozenset[str] = frozenset(
    {"fall", "drop", "decline", "decrease", "cut", "loss", "slide", "dip", "plunge", "reduction",
     "contraction", "downturn", "slump", "downtick", "shrinkage", "tumble", "slowdown"}
)  # fmt: skip
# Weather reports give temperatures as bare numbers after these: "highs in the low 70s",
# "temperatures reached 41", "the mercury hit 38". "high" and "low" alone are prices or
# scores as often, so they count only next to a time of the forecast ("tonight's low").
TEMPERATURE_NOUNS: frozenset[str] = frozenset(
    {"temperature", "temperatures", "temps", "highs", "lows", "mercury", "thermometer",
     "thermometers", "thermostat", "wind chill", "wind chills", "heat index"}
)  # fmt: skip
FORECAST_TIMES: frozenset[str] = frozenset(
    {"overnight", "daytime", "tonight", "today", "tomorrow", "morning", "afternoon", "evening",
     "night", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday"}
)  # fmt: skip
# The words that may stand between such a noun and its number: verbs of a reading and where it
# goes, auxiliaries, prepositions of place on the scale. Any other word ("killed", "in 12
# cities") breaks the link.
TEMPERATURE_LINKS: frozenset[str] = frozenset(
    {"will", "would", "could", "may", "might", "should", "can", "be", "is", "are", "was", "were",
     "been", "being", "have", "has", "had", "to", "into", "of", "in", "near", "around", "about",
     "at", "between", "from", "above", "below", "the", "a", "low", "mid", "upper", "lower",
     "high", "up", "down", "even", "only", "just", "likely", "expected", "forecast", "set",
     "again", "still", "as", "reach", "reached", "reaches", "reaching", "hit", "hits", "hitting",
     "top", "topped", "tops", "topping", "climb", "climbed", "climbs", "rise", "rose", "rising",
     "risen", "soar", "soared", "fall", "fell", "falling", "fallen", "drop", "dropped", "drops",
     "dip", "dipped", "dips", "plunge", "plunged", "sink", "sank", "hover", "hovered",
     "hovering", "peak", "peaked", "touch", "touched", "exceed", "exceeded", "surpass",
     "surpassed", "approach", "approached", "stay", "stayed", "remain", "remained", "range",
     "ranged", "average", "averaged", "edge", "edged", "creep", "crept", "plummet",
     "plummeted", "jump", "jumped", "read", "reads", "showed", "registered", "recorded"}
)  # fmt: skip
# "One day" as "some day", not a span of a day: after a modal or "to" before its verb ("would
# love to one day buy", "will one day run"), or opening a sentence before its subject ("One day,
# he left", "One day the rain stopped"; not "One day is enough").
ONE_DAY_MODALS: frozenset[str] = frozenset(
    {"to", "will", "would", "could", "might", "may", "can", "should", "shall", "must", "'ll",
     "’ll", "'d", "’d"}
)  # fmt: skip
ONE_DAY_SUBJECTS: frozenset[str] = frozenset(
    {"i", "you", "he", "she", "we", "they", "it", "the", "a", "an", "my", "his", "her", "our",
     "their", "your", "this", "that", "there"}
)  # fmt: skip
# Verbs of earning or paying before "six figures", which says how many digits an amount has,
# not an amount: "she earns six figures", "the painting fetched seven figures".
FIGURES_LONG_VERBS: frozenset[str] = frozenset(
    {"earn", "earns", "earned", "earning", "make", "makes", "made", "making", "pay", "pays",
     "paid", "paying", "fetch", "fetches", "fetched", "command", "commands", "commanded",
     "worth", "cost", "costs", "costing", "sold for", "sells for", "went for", "reach",
     "reached", "hit", "into"}
)  # fmt: skip
# Nouns after a layout of speakers, which is a format, not a figure: "5.1 surround sound".
SPEAKER_LAYOUT_NOUNS: frozenset[str] = frozenset(
    {"surround", "channel", "channels", "audio", "sound", "speaker", "speakers", "soundbar",
     "home theater", "home theatre"}
)  # fmt: skip
# The letters of a chip's or a product's model number after its digits ("a Radeon Pro 5300M",
# "the Ryzen 7 5800X", "a 4090D"): none of them the symbol of a unit ("256GB", "640HP").
MODEL_NUMBER_SUFFIXES: frozenset[str] = frozenset(
    {"X", "XT", "X3D", "M", "H", "HX", "HS", "HK", "U", "D", "S", "T", "F", "KF", "KS"}
)  # fmt: skip
# Words that make the number after them an age: "aged 74".
AGE_CUES: frozenset[str] = frozenset({"aged", "age", "ages"})
# Words between an age's noun and its number: "aged between 5 and 9", "the median age is 38",
# "ages range from 18 to 65", "the voting age was lowered to 16".
AGE_CUE_LINKS: frozenset[str] = frozenset(
    {"between", "of", "from", "is", "was", "are", "were", "is now", "was then", "rose to",
     "fell to", "stands at", "stood at", "range from", "ranged from", "ranging from",
     "range between", "was lowered to", "was raised to", "will rise to", "about", "around",
     "roughly", "approximately", "nearly", "almost", "just"}
)  # fmt: skip
# The possessives before a decade of a person's life: "in their 30s", "in his early forties".
PERSONAL_POSSESSIVES: frozenset[str] = frozenset({"their", "his", "her", "my", "our", "your"})
# Decades of a life in words, after "in his", "in their early": "in her thirties".
DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
# Adverbs between "was" and an age: "the youngest was just 3".
AGE_ADVERBS: frozenset[str] = frozenset(
    {"just", "only", "barely", "nearly", "almost", "about", "around", "then", "now", "still"}
)  # fmt: skip
# The words before an age set off by commas after a person: "the eldest rider, at 79,", "her
# son, now nine,", "the couple, both 71,".
SET_OFF_AGE_WORDS: frozenset[str] = AGE_ADVERBS | {"at", "both"}
# Singular nouns that name a group of people: "half the staff" is a share of a group, as "half
# the workers" is ("half the revenue" is not).
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {"staff", "workforce", "population", "electorate", "public", "crew", "personnel",
     "membership", "audience", "class", "congregation", "team", "squad", "cabinet", "board",
     "faculty", "student body", "jury", "panel", "caucus", "delegation"}
)  # fmt: skip
# A single person named with the age after "of": "a man of 50".
PERSONS_OF_AN_AGE: frozenset[str] = frozenset(
    {"man", "woman", "boy", "girl", "lady", "gentleman", "person", "mother", "father",
     "widow", "widower", "grandmother", "grandfather"}
)  # fmt: skip
# Verbs of a life event whose "at N", with nothing counted after it, is the age it came at:
# "she died at 67", "he retired at 60.", "they married at 19 and".
AGE_EVENT_VERBS: frozenset[str] = frozenset(
    {"died", "dies", "passed away", "retired", "retires", "married", "marries", "wed",
     "debuted", "emigrated", "enlisted", "graduated", "quit school", "left school",
     "left home", "became a mother", "became a father"}
)  # fmt: skip
# Words other than nouns of people that a limit of age follows: "anyone under 18".
AGE_LIMIT_HOLDERS: frozenset[str] = frozenset(
    {"those", "anyone", "anybody", "everyone", "everybody", "somebody", "someone", "nobody"}
)  # fmt: skip
# Words that open the predicate after a subject ending in a number: the number ended the
# subject, so it counts nothing after it: a limit of age ("children under 12 ride free"), a
# vague plural standing alone ("thousands were evacuated").
PREDICATE_OPENERS: frozenset[str] = frozenset(
    {"are", "were", "is", "was", "can", "could", "will", "would", "must", "may", "might",
     "should", "need", "needs", "who", "get", "pay", "go", "travel", "ride", "eat", "stay",
     "have", "had", "do", "did", "cannot", "can't", "won't", "don't"}
)  # fmt: skip
# Words of voting that make "N to M" a tally, the larger first: "by a vote of 217 to 213".
VOTE_WORDS: frozenset[str] = frozenset(
    {"vote", "votes", "voted", "voting", "ballot", "ballots", "tally", "margin", "passed",
     "approved", "rejected", "confirmed"}
)  # fmt: skip
# Words that, next to "N-M", make it a score or tally, not a range.
SCORE_CUES: frozenset[str] = frozenset(
    {
        "vote", "votes", "victory", "win", "wins", "won", "loss", "lose", "lost", "defeat",
        "defeated", "beat", "beats", "beating", "draw", "drew", "tie", "tied", "decision",
        "ruling", "margin", "lead", "led", "leads", "score", "scored", "tally", "majority",
        "record", "verdict", "split", "edge", "edged", "routed", "thrashed", "trail", "trailed",
        "trailing", "final", "scoreline", "triumph", "rout", "voted", "ruled", "passed",
        "approved", "rejected", "confirmed", "season",
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
# Abstract nouns after which "one" is a determiner ("a certain"), not a count: "One possible
# explanation is…", "one reason", "one way to cut costs".
ONE_DETERMINER_NOUNS: frozenset[str] = frozenset(
    {"explanation", "reason", "thing", "way", "option", "idea", "possibility", "theory",
     "question", "problem", "issue", "concern", "factor", "example", "answer", "lesson",
     "takeaway", "difference", "exception", "advantage", "benefit", "challenge", "risk",
     "possible", "likely", "thought", "view", "hope", "fear", "worry", "suggestion", "approach",
     "solution", "scenario", "argument", "explanations", "aspect", "downside", "upside",
     "drawback", "caveat", "complication", "twist", "sign", "clue", "hint", "measure", "step"}
)  # fmt: skip
ONE_IDIOMS: tuple[str, ...] = (
    r"(?:in|at|on|to) one (?:place|point|time|stage|go|sitting|piece|voice|hand|side|way)",
    r"one (?:another|day|by one|way or another|thing or another)",
    r"no one",
    r"the one (?:who|that|which)",
    r"on the one hand",
)
# Idioms in which "zero" is no number: the verb "zero in on", a place, a person, a kind of game
# ("fell to zero in May" is a number).
ZERO_IDIOMS: tuple[str, ...] = (
    r"zero in on",
    r"ground zero",
    r"patient zero",
    r"zero-sum",
)
# Plurals spaCy's lemmatizer gets wrong in its exceptions, and the lemma news means: "two doses"
# (not "dos"), "3 taxes" (not "taxis"), "the bases" (of an army, more often than "basis").
LEMMA_CORRECTIONS: dict[str, str] = {
    "doses": "dose", "vases": "vase", "taxes": "tax", "species": "species", "cacti": "cactus",
    "bases": "base",
}  # fmt: skip
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
"""Nouns that only carry a figure ("a total of 90", "an average of 1,400"): the figure is about
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
        "date",
    }
)
"""Nouns that say when, not what for ("$40 in the winter", "$5 billion in the past", "£3 million
to date")."""

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
     "children", "investor", "kid", "men", "shareholder", "subscriber", "user", "women",
     "driver", "boy", "girl", "son", "daughter", "mother", "father", "wife", "husband",
     "brother", "sister", "suspect", "defendant", "singer", "actor", "actress", "author",
     "mayor", "president", "chairman", "founder", "owner", "neighbour", "neighbor", "friend",
     "grandmother", "grandfather", "pensioner", "retiree", "motorist", "cyclist", "pedestrian",
     "coach", "manager", "captain", "artist", "writer", "chef", "lawyer", "judge", "priest",
     "competitor", "contestant", "entrant", "runner", "swimmer", "climber", "rider", "candidate",
     "nominee", "winner", "champion", "grandson", "granddaughter", "niece", "nephew", "toddler",
     "infant", "newcomer", "novice", "couple", "twin", "sibling", "poet", "painter", "musician",
     "pianist", "dancer", "scientist", "engineer", "designer", "photographer", "footballer",
     "boxer", "golfer", "jockey"}
)  # fmt: skip
"""Counted nouns (singular lemmas, as ``Figure.unit`` holds them) that count people: a count
of these goes on the "Counts of people" chart. Compiled by hand from the counted nouns of
news reports (AP and Reuters wire copy on wars, migration, elections and disasters); the last
word of a unit is looked up ("asylum seeker" → "seeker")."""

# --- change helper ---------------------------------------------------------------------------

PHRASAL_NOT_CHANGE: frozenset[str] = frozenset(
    {
        "make", "take", "set", "sum", "fill", "use", "line", "show", "sign", "round", "rack",
        "put", "pony", "cough", "break", "split", "ante", "save", "clock", "notch", "chalk",
        "ring", "snap", "buy", "scoop", "eat", "total", "tot", "shut", "turn", "hand", "track",
        "lay",
    }
)  # fmt: skip
"""Verbs whose particle "up" or "down" is not a move of the figure after it: "pensioners make up
30% of the town", "the bank set up 12 branches", "the striker racked up 30 goals", "fans anted up
$40 a seat", "the mill shut down 3 lines". Not "end", "open", "give", "go" or "close": "ended up
2%", "gave up 2%", "closed down 0.4%" are changes."""

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
"""Nouns that only carry a figure's size, like "a total of": a multiplier ("the bus runs four
times a day", "trades at 9 times earnings") or a mark reached ("sold for a record £9 million",
"hit a high of $9,800"). The figure is about what the noun after them, or their clause, is
about."""

PREPOSITION_NOUNS: frozenset[str] = frozenset({"exchange", "return", "addition", "lieu"})
"""Nouns that are part of a compound preposition ("in exchange for", "in return for", "in
addition to", "in lieu of"): never what an amount is paid for."""

# Verbs a source is the subject of when it gives a figure ("one official confirmed").
ATTRIBUTION_VERBS: frozenset[str] = frozenset(
    {
        "confirm",
        "announce",
        "report",
        "estimate",
        "predict",
        "forecast",
        "suggest",
        "reveal",
        "disclose",
        "admit",
        "acknowledge",
        "believe",
        "think",
        "speak",
        "describe",
        "find",
        "show",
        "conclude",
    }
)
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

# --- what a figure is about (entity.py) --------------------------------------------------------

# Prepositions whose object completes a noun phrase an entity is ("volunteers in the Middle
# East", "the price of oil"); those whose object money is for or spent on ("$61 billion for
# Ukraine", "$2 million on schools").
ENTITY_PREPS: frozenset[str] = frozenset(
    {"in", "of", "from", "at", "on", "for", "to", "across", "among", "inside"}
)
MONEY_PREPS: tuple[str, ...] = ("for", "on", "in", "to", "towards", "toward")
# Verbs that state a price, after which "in" names where it is charged ("costs $4 in Lagos").
PRICE_VERBS: frozenset[str] = frozenset(
    {"cost", "be", "sell", "fetch", "charge", "retail", "trade", "average", "start", "go"}
)
# Possessives that stand for their clause's subject ("with its shares down 12%").
POSSESSIVE_PRONOUNS: frozenset[str] = frozenset({"its", "their"})
# Prepositions that link a changed object to its amount ("cut its budget by $4 million").
CHANGE_PREPS: frozenset[str] = frozenset({"by", "to", "from", "at"})
# The result words of a resultative ("pushed the index 2% higher").
RESULT_WORDS: frozenset[str] = frozenset({"higher", "lower", "up", "down"})
