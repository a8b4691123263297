"""A regex grammar for temporal expressions, normalised against an anchor (publication) date.

``find_timexes(text, anchor)`` returns ``Timex`` records (character offsets, TimeML type and
value, precision, start/end dates) for the leftmost-longest matches of the grammar:

- absolute dates: "September 27, 2020", "27 September 2020", "Sept. 27", "April 2016", "1994",
  "nineteen ninety-six", "the 1990s", "the nineties", "10/05/2020", "2020-10-05", "09.03.2018"
  (day first), holidays ("Thanksgiving Day", "Easter week"); not a street number ("of 1935
  Orchard St.": ``addresses``);
- times: "10:35 a.m.", "4 a.m. EDT Thursday", "noon Saturday", "Friday morning", "at 14:30",
  "0600 GMT"; a clock time takes the day named right before or after it ("on Tuesday at
  3 p.m.", "at 10:30 on Monday"), else the day its paragraph last named (not one after
  "since"), and the other end of a clock range takes it too (``ranges``);
- relative to the anchor: weekday names and month names without a year (the most recent past
  one, or the next one in a future clause: see ``tense``), "yesterday", "tonight",
  "last week", "this month", "next year", "two days ago", "a year and a half ago", "July this
  year", "the third quarter", "this summer", "over the weekend", "this Sunday" and "Friday
  next week" (in that week), "on the 14th" (a day of the month alone); a season without a
  year takes its clause's tense ("was planted in the spring": the latest begun);
- quarters and halves: "the first quarter of next year", "the second half of that year",
  "the third quarter of fiscal 2025", "fiscal 2025's second quarter"; named again: "that
  quarter", "the following quarter", "the same period last year", "the quarter a year ago"
  (from the quarter last named);
- a part of the period is inside the span, the value is the period's: "late Tuesday", "early May";
- ranges written without years run forward ("from March to May", "from Nov. 28 to Jan. 3",
  "from Monday through Saturday": ``ranges``);
- times of day are kept: "Friday night" (``2020-10-02TNI``), "yesterday morning" (``TMO``);
- a month (and day) without a year: the candidate year nearest the anchor, where a later one
  costs more and one against the clause's tense much more (``calendar.nearest_year``); a bare
  month nearest the story's time where the paragraph set it in an earlier year ("On Aug. 14,
  2019, ... In October"), and so is one without a publication date (``norm._month_only``);
- relative to the story's time (the date last named): "the next day", "that night", "the day
  before", "the following week", "the following weekend", "later in the day", "the previous
  Friday", "the following Monday"; "at the time", "at that time" (``PAST_REF``);
- durations (TimeML ``DURATION``): "five years" (``P5Y``), "2 1/2 hours" (``PT2H30M``),
  "the past three days" (a range ending at the anchor), "the past decade" (``P1DE``, not the
  2000s), "a decade and a half" (``P15Y``), "three days later" (``P3D``), without a
  number ("for weeks" ``PXW``, "hours later" ``PTXH``, "months of fighting" ``PXM``), with an
  adjective ("three straight days"), in words ("almost a hundred years"), ranges ("between 6
  and 9 months": ``P6M`` and ``P9M``); not a pace ("a ten-minute mile");
- year ranges: "the 1961-62 season" (one span, value ``1961``, last day 1962-12-31);
- sets: "daily", "nightly", "every month", "each July", "every winter", "each morning",
  "every other day" (``P2D``), "every three weeks" (``P3W``), "on Fridays" (``XXXX-WXX-5``),
  "at weekends", "each hour";
- references: "now", "currently" (``PRESENT_REF``), "recently", "in recent years"
  (``PAST_REF``), "the future" (``FUTURE_REF``).

Values follow TimeML/TIMEX3 (``2020-10-05``, ``2020-W40``, ``2020-07``, ``1994``, ``199``,
``2020-Q3``, ``2020-SU``, ``P3D``, ``PAST_REF``). With no anchor, relative expressions get value
None and a reason.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.extract.dates import gates as timex_gates
from sitrep.extract.dates import norm as timex_norm
from sitrep.extract.dates.addresses import street_number
from sitrep.extract.dates.calendar import VAGUE, WEEKDAYS, number, unit_value
from sitrep.extract.dates.ranges import (
    clock_on_next_day,
    clock_ranges,
    order_ranges,
    second_day,
    split_range,
    standing_clocks,
)
from sitrep.extract.dates.rates import rate_or_ordinal
from sitrep.extract.dates.record import Timex, parts_of_day_as_times
from sitrep.extract.dates.shifts import shift_days
from sitrep.extract.dates.story import day_for_clock, keep_event_day, story_of, story_time
from sitrep.extract.dates.tense import clause_tense, past_plan

__all__ = ["PATTERNS", "Timex", "find_timexes"]

MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
         r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.|t)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|"
         r"Dec(?:ember|\.)?)")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUM = (rf"(?:\d+(?:\.\d+)?|{_TENS}(?:[- ]{_ONES})?|(?:a|one|{_ONES}|ten)\s+(?:hundred|thousand)|"
       r"a|an|one|two|three|four|five|six|seven|"
       r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
       r"nineteen|hundred|a hundred|a thousand|a dozen|several|few|a few|many|some|"
       r"a couple of|couple of|a number of)")
UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century|centurie|quarter|weekend)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
SPOKEN_YEAR = (rf"(?:(?:nineteen|eighteen)[- ](?:oh[- ]{_ONES}|{_TENS}(?:[- ]{_ONES})?|ten|"
               r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|"
               rf"two thousand(?:[- ](?:and[- ])?(?:{_ONES}|ten))?)")
MOD = r"(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of)[- ]?)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
TZ = (r"(?:\s*(?:EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|local time))?"
      r"(?:\s*\([^()]{1,20}\))?")
# a clock time ("10:35 a.m.", "9.45pm" as British papers write it) or a named time of day
# ("noon", "midnight", "dawn", "mid-afternoon", "nightfall": ``calendar.DAY_PARTS``)
CLOCK = (r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)|"
         r"(?P<noon>noon|midnight|midday|dawn|daybreak|first\s+light|sunrise|dusk|nightfall|"
         r"sunset|mid-?morning|mid-?afternoon|mid-?evening)\b)")
PART = r"(?:morning|afternoon|evening|night)"
# a part of the period, inside the expression's span as TimeML writes it: "late Tuesday",
# "early next month", "the end of last year" (the value is the whole period's)
EDGE = r"(?:(?:early|late|mid)[- ]|the\s+(?:end|beginning|start|middle)\s+of\s+)"
# the year a quarter or a half belongs to: "of 2019", "of next year", "of the same year"
OF_YEAR = (rf"(?:\s+of\s+(?:(?:fiscal\s+(?:year\s+)?|FY\s*)?(?P<yy>{YEAR})|(?P<ry>this|next|last|the|that|the\s+same|"
           r"the\s+current|the\s+previous|the\s+following|the\s+coming)\s+year))?")
# "late Tuesday", "early on Monday": the night or the morning of that day (TimeML TNI, TMO);
# not "was late on Monday" (a delay)
EDGE_DAY = (r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
            rf"(?P<edge>(?i:early|late))\s+(?:on\s+)?(?={WEEKDAY}\b(?!\s+{PART}))")
HOLIDAY = (r"(?:Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)?|"
           r"Easter(?: Sunday)?|Good Friday|Election Day|Labor Day|Memorial Day|"
           r"Independence Day|Veterans Day|Halloween|(?:the )?Fourth of July|July Fourth)")


def _p(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("clock_day", _p(
        rf"\b{CLOCK}{TZ},?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})\b|(?P<mon>{MONTH})\s+(?P<dd>{DAY})\b"
        rf"(?:,?\s+(?P<yy>{YEAR})\b)?|(?P<dei>yesterday|today|tomorrow)\b)")),
    ("wd_date", _p(
        rf"\b(?P<wd>{WEEKDAY}),?\s+(?:(?P<mon>{MONTH})\s+(?P<dd>{DAY})|(?P<dd2>{DAY})\s+"
        rf"(?P<mon2>{MONTH}))\b(?:,?\s+(?P<yy>{YEAR})\b)?")),
    ("week_of", _p(rf"\bthe\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<dd>{DAY})\b"
                   rf"(?:,?\s+(?P<yy>{YEAR})\b)?")),
    ("iso", _p(r"\b(?P<yy>\d{4})-(?P<mm>\d{2})-(?P<dd>\d{2})\b")),
    ("slash", _p(r"\b(?P<mm>\d{1,2})/(?P<dd>\d{1,2})/(?P<yy>\d{2}|\d{4})\b")),
    # day, month and year with dots, as written in Europe and South Asia: "09.03.2018"
    ("dotted", _p(r"(?<![\d.])(?P<dd>0?[1-9]|[12]\d|3[01])\.(?P<mm>0?[1-9]|1[0-2])\."
                  r"(?P<yy>(?:19|20)\d\d)(?!\.?\d)")),
    ("mdy", _p(rf"\b{MOD}?(?P<mon>{MONTH})\s+(?P<dd>{DAY})(?:,\s*|\s+)(?P<yy>{YEAR})\b")),
    ("dmy", _p(rf"\b(?P<dd>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+(?P<yy>{YEAR})\b")),
    ("md", _p(rf"\b(?:(?P<rel>(?i:last|this|next))\s+)?(?P<mon>{MONTH})\s+(?P<dd>{DAY})\b"
              r"(?![,.]?\s*\d)")),
    ("dom", _p(r"(?:(?<=\bon )|(?<=\bby )|(?<=\buntil )|(?<=\bsince )|(?<=\bfrom )|"
               r"(?<=\bbefore )|(?<=\bafter )|(?<=\btill )|(?<=\bthrough )|(?<=\bfor )|"
               r"(?<=\bto ))the\s+(?P<dd>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
               r"(?=\s*(?:[,.;:)!?]|$|(?:and|or|to|at|in|when|as|but)\b))", re.I)),
    ("dm", _p(rf"\b(?P<dd>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})\b")),
    ("my", _p(rf"\b{MOD}?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<yy>{YEAR}|{SPOKEN_YEAR})\b", re.I)),
    ("m_rel", _p(rf"\b{MOD}?(?P<mon>{MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b")),
    ("rel_m", _p(rf"\b(?P<rel>(?i:last|next|this|early|late|mid|mid-))\s*(?P<mon>{MONTH})\b")),
    ("each", _p(
        rf"\b(?:[Ee]ach|[Ee]very)\s+(?:(?P<mon>{MONTH})|(?:(?:other|second|alternate)\s+)?"
        rf"(?P<wd>{WEEKDAY})s?|"
        r"(?P<season>spring|summer|autumn|fall|winter)|(?P<part>morning|afternoon|evening|night)|"
        r"(?P<we>weekend)|(?:(?P<other>other)|(?P<n>\d+|two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|few|couple of))\s+(?P<unit>second|minute|hour|day|week|month|year|"
        r"decade)s?)\b")),
    ("month", _p(rf"\b{MOD}?(?P<mon>{MONTH})\b")),
    ("decade", _p(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?P<yy>1[89]\d0|20[0-9]0)'?s\b")),
    ("decade_word", _p(r"\bthe\s+(?:early\s+|late\s+|mid-?)?(?:(?P<yy>'\d0s)|(?P<word>twenties|"
                       r"thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
                       re.I)),
    ("fiscal", _p(rf"\b(?:fiscal(?: year)?\s+|FY\s*)(?P<yy>{YEAR})\b", re.I)),
    ("yq", _p(
        rf"\b(?:the\s+)?(?:(?:fiscal\s+|FY\s*)?(?P<yy>{YEAR})(?:'s)?|(?P<rel>this|last|next)\s+year's|"
        r"(?P<ago>year[- ](?:ago|earlier)))\s+(?:comparable\s+)?"
        r"(?:(?P<ord>first|second|third|fourth)[- ](?:fiscal[- ])?)?(?P<unit>quarter|period)\b",
        re.I)),
    ("quarter", _p(
        r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?"
        rf"quarter{OF_YEAR}\b", re.I)),
    ("half", _p(rf"\b(?:the\s+)?(?P<ord>first|second)\s+half{OF_YEAR}\b", re.I)),
    ("season", _p(
        r"\b(?:(?P<rel>this|last|next|the|this past|early|late|mid)[- ]+|(?P<prep>in)\s+)?"
        r"(?P<season>spring|summer|fall|autumn|winter)"
        rf"(?:\s+(?:of\s+)?(?P<yy>{YEAR}|{SPOKEN_YEAR}))?\b", re.I)),
    ("year_range", _p(rf"(?<![$\d,.])\b(?P<yy>{YEAR})(?:-|/|\u2013)(?P<y2>{YEAR}|\d\d)\b"
                      r"(?![-/.]?\d|\s*%)")),
    ("year", _p(rf"(?<![$\d,.])\b(?:{MOD})?(?P<yy>{YEAR})\b(?![,.]?\d|\s*%)")),
    ("spoken_year", _p(rf"\b(?:the\s+year\s+)?(?P<yy>{SPOKEN_YEAR})\b"
                       r"(?![- ](?:one|two|three|four|five|six|seven|eight|nine)\b)"
                       r"(?!\s+(?:years?|people|dollars|men|troops|miles|feet|tons)\b)", re.I)),
    ("holiday", _p(rf"\b(?:(?P<rel>(?i:last|next|this))\s+)?(?P<name>{HOLIDAY})"
                   rf"(?P<wk>\s+week)?(?P<we>\s+(?:long\s+)?weekend)?(?:,?\s+(?P<yy>{YEAR}))?\b")),
    ("weekday", _p(
        rf"\b(?:{EDGE_DAY}|(?i:{EDGE}))?(?:(?P<the>(?i:the)\s+)?(?P<rel>(?i:last|next|this|past|coming|previous|"
        rf"preceding|following))\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<part>{PART}))?(?:\s+(?P<wk>next|last|this)\s+week)?\b")),
    ("deictic", _p(
        r"\b(?:(?P<pre>(?:early|late|mid)[- ]?(?:morning|afternoon|evening))\s+)?"
        r"(?P<word>yesterday|today|tomorrow|tonight|overnight|"
        r"(?:later\s+|earlier\s+)?this\s+(?:morning|afternoon|evening)|last\s+night)"
        rf"(?:\s+(?P<part>{PART}))?\b", re.I)),
    ("year_ago", _p(r"\b(?:the\s+)?(?:a\s+)?year[- ](?:ago|earlier)"
                    r"(?:\s+(?:quarter|period))?\b", re.I)),
    ("ago", _p(
        r"\b(?:(?:about|almost|nearly|some|more than|less than|over|just|only|roughly|"
        rf"exactly|barely)\s+)?(?P<n>{NUM})(?P<frac>\s+and\s+a\s+half)?[- ](?P<unit>{UNIT})s?"
        r"(?P<half>\s+and\s+a\s+half)?"
        r"\s+(?:or so\s+)?(?P<dir>ago|from now|hence)\b", re.I)),
    ("rel_later", _p(rf"\b(?P<n>{NUM})[- ](?P<unit>{UNIT})s?(?=\s+(?:later|earlier|before|"
                     r"after|afterwards?)\b)", re.I)),
    ("past_n", _p(
        r"\b(?:the\s+)?(?P<rel>past|last|next|previous|coming|first|final|recent)\s+"
        rf"(?P<n>{NUM})\s+(?P<unit>{UNIT})s?\b", re.I)),
    ("plural_ref", _p(
        r"\b(?:(?P<rel>recent|coming|the coming|the next few|the past few|the last few|"
        r"the past several|the next several)\s+(?P<unit>days|weeks|months|years|quarters)|"
        r"the\s+(?P<unit2>days|weeks|months|years)\s+ahead)\b", re.I)),
    ("rel_unit", _p(
        rf"\b(?:(?P<lead>earlier|later)\s+|{EDGE})?(?P<rel>last|next|this|past|coming|previous|current|"
        r"the\s+past|the\s+previous|the\s+coming|the\s+current|the\s+same)\s+"
        r"(?P<unit>week|weekend|month|year|quarter|decade|century)\b"
        r"(?P<half>\s+and\s+a\s+half\b)?", re.I)),
    ("quarter_ago", _p(
        r"\bthe\s+(?:same\s+|corresponding\s+|comparable\s+|year[- ](?:earlier|ago)\s+)?"
        r"(?P<unit>quarter|period)\s+(?:of\s+)?(?:a\s+year\s+(?:ago|earlier|before)|"
        r"last\s+year|the\s+(?:previous|prior|preceding)\s+year)\b", re.I)),
    ("the_quarter", _p(r"\bthe\s+(?P<mod>latest\s+|current\s+|most recent\s+)?"
                       r"(?P<unit>quarter|period)\b",
                       re.I)),
    ("the_year", _p(
        r"\b(?:the\s+(?P<adj>current\s+fiscal|current|latest\s+fiscal|full|fiscal|whole|entire|"
        r"calendar)\s+year|(?P<bare>the\s+year)(?=\s+(?:ended|ending)\b)|"
        r"(?:(?<=\bfor )|(?<=\bof )|(?<=\bduring ))(?P<this>the\s+year)(?!\s+(?:\d|two|nineteen|ago|earlier|"
        r"before|after|of|in|when|that|ended|ending))|"
        r"(?P<inyear>(?:earlier|later)\s+in\s+the\s+year)|"
        r"(?P<end>(?:the\s+end\s+of\s+the\s+year|year[- ]end|year's\s+end))|"
        r"(?P<endm>the\s+end\s+of\s+the\s+month|month's\s+end))\b", re.I)),
    ("anaphor", _p(
        r"\b(?:(?:(?P<lead>earlier|later)\s+)?(?P<det>that|the\s+same|the\s+following|the\s+next|"
        r"the\s+previous|the\s+preceding)\s+(?P<unit>year|month|weekend|week|day|night|morning|"
        r"afternoon|evening|quarter)|the\s+(?P<unit2>day|night|morning|evening|weekend|week)\s+"
        r"(?P<post>before|after|earlier|later)(?!\s+(?:the|a|an|his|her|their|its|this|that)\b)"
        r"(?!\s+(?-i:[A-Z0-9]))|(?P<inday>(?:later|earlier)\s+in\s+the\s+day))\b",
        re.I)),
    ("the_time", _p(r"(?<=\bat )(?:the|that)\s+time\b(?!\s+(?:of|when|that|being|to|for|it|he|she|they|"
                    r"we|I|you|there|this|and|as|in)\b)(?!\s*[-,]\s*(?:when|which)\b)", re.I)),
    # "over the weekend", "since the weekend", "through the holiday weekend"; in a headline
    # "after weekend raids", "after weekend of fighting"
    ("weekend", _p(r"\b(?:(?:over|during|on|at|for|ahead\s+of|after|before|until|till|since|"
                   r"through|throughout|across|into|by)\s+(?P<the>the)\s+(?:(?:holiday|long)\s+)"
                   r"{0,2}weekend|(?:(?<=\bafter )|(?<=\bbefore )|(?<=\bsince )|(?<=\bamid )|"
                   r"(?<=\bfollowing ))weekend(?=\s+(?:of\s+)?[a-z]+\b))\b", re.I)),
    ("set", _p(r"\b(?P<word>daily|weekly|monthly|annually|yearly|hourly|nightly|(?:every|each)\s+"
               r"(?:hour|day|week|month|year|quarter))\b", re.I)),
    ("plural_wd", _p(rf"\b(?:(?P<wd>{WEEKDAY})|(?<=\bon )(?P<we>weekend)|(?<=\bat )(?P<we2>weekend)|"
                     r"(?P<wdays>[Ww]eekday))s\b")),
    ("century", _p(r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century\b", re.I)),
    ("ref", _p(
        r"\b(?P<word>now|currently|current|nowadays|at present|at the moment|recently|lately|"
        r"in the past|in the future|the future|the (?:near|distant|immediate) future|soon|the past|these days|the near term|"
        r"the short term|the long term|the foreseeable future)\b"
        r"(?!\s+(?:[\w-]+\s+)?(?:days?|weeks?|weekends?|months?|years?|decades?|hours?|"
        r"minutes?|quarters?|centur(?:y|ies)|seasons?|sessions?)\b)", re.I)),
    ("dur_range", _p(
        r"\b(?:between\s+)?(?P<n1>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\s*(?:and|to|or|-|\u2013)\s*"
        rf"(?P<n>{NUM})[- ](?P<unit>{UNIT})s?\b(?![- ](?:old|long)\b)", re.I)),
    ("duration", _p(
        r"\b(?:more than\s+|less than\s+|about\s+|nearly\s+|almost\s+|over\s+|at least\s+|"
        rf"up to\s+|some\s+)?(?P<n>{NUM})(?P<frac>\s+1/2|\s+and\s+a\s+half)?[- ]"
        r"(?:(?:straight|consecutive|successive|more|further|additional|full|whole|long)\s+)?"
        rf"(?P<unit>{UNIT})s?(?P<half>\s+and\s+a\s+half)?(?P<old>[- ]long|[- ]olds?)?\b", re.I)),
    ("bare_units", _p(r"\b(?:(?:for|over|in|past|within|after|lasting|"
                      # the object of a verb of lasting or spending time, in every form:
                      # "the feud has lasted decades", "it took weeks", "spent years"
                      r"lasts?|lasted|take|takes|took|taken|taking|spend|spends|spent|"
                      r"spending|wait|waits|waited)\s+"
                      r"(?P<unit>years|months|weeks|days|decades|hours|minutes|seconds|"
                      r"centuries)|(?:(?<=\bbe )|(?<=\bis )|(?<=\bwas )|(?<=\bbeen ))"
                      # "it will be months before the road reopens", "was weeks until"
                      r"(?P<unit3>years|months|weeks|days|decades|hours|minutes)"
                      r"(?=\s+(?:before|until|till)\b)|(?<!early )(?<!small )(?<!late )(?<!wee )"
                      r"(?P<unit2>years|months|weeks|days|decades|hours|minutes)"
                      r"(?=\s+(?:later|earlier|afterwards?|that\s+followed|"
                      r"of\s+(?!age\b)[a-z]+)\b))\b", re.I)),
    ("clock", _p(rf"\b{CLOCK}(?:\s+(?:EDT|EST|CDT|CST|PDT|PST|GMT|local time))?", re.I)),
    ("clock24", _p(r"(?:(?<=\bat )|(?<=\bby )|(?<=\buntil )|(?<=\bfrom )|(?<=\bafter )|"
                   r"(?<=\bbefore )|(?<=\baround )|(?<=\babout )|(?<=\bsince ))"
                   r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b(?![:.,]?\d)"
                   r"(?:\s*(?:GMT|UTC|local time|hours|hrs))?|"
                   r"\b(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)\s*(?:GMT|UTC|hrs)\b")),
]

_PRIORITY = {name: i for i, (name, _) in enumerate(PATTERNS)}
# a month (and day) written without a year
_YEARLESS = {"md", "dm", "month", "wd_date"}
_RELATIVE = {"md", "dm", "month", "rel_m", "m_rel", "quarter", "half", "season", "weekday",
             "deictic", "ago", "past_n", "rel_unit", "year_ago", "the_quarter", "the_year",
             "weekend", "holiday", "clock_day", "yq", "week_of", "anaphor", "wd_date",
             "the_time", "dom", "quarter_ago"}
_MAY_VERB = re.compile(r"\bMay\b(?!\s+\d)")
_MONTH_BEFORE = re.compile(rf"\b{MONTH}(?:\s+{DAY})?\s*(?:to|and|or|through|until|till|-|\u2013)\s*$")
_ABBREV_NO_DOT = re.compile(r"^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$")
_DROP_REFS = {"previously", "formerly", "future", "recent"}
_MEASURE = re.compile(r"(?:\s+|-per-|\s+per\s+)(?:miles?|kilomet(?:er|re)s?|km|laps?|pace)\b", re.I)
_SOON_OK = re.compile(r"\b(?:will|may|might|would|could|should|to|'ll)\s+$", re.I)


_NAME_AFTER = re.compile(r"s?(?:'|\u2019)?\s+(?:of\s+)?(?-i:[A-Z])[a-z]")
_PROSE_WORD = re.compile(r"\b[a-z]{4,}\b")


def _in_a_name(m: re.Match[str], text: str, unit: str = "unit") -> bool:
    """A number and a capitalised unit before another capitalised word, in running prose (a
    lower-case word near it, so not a title-case headline): a name ("the Six-Day War", "the
    Hundred Years War", "One Hundred Years of Solitude"), not a duration."""
    if not text[m.start(unit)].isupper() or not _NAME_AFTER.match(text, m.end(unit)):
        return False
    near = text[max(0, m.start() - 40):m.start()] + " " + text[m.end():m.end() + 40]
    return _PROSE_WORD.search(near) is not None


def _skip(kind: str, m: re.Match[str], text: str) -> bool:
    """Matches that look like dates but are not (names, verbs, ages, rates, datelines)."""
    g = m.groupdict()
    if kind == "month":
        mon = g["mon"]
        if mon == "May" and _MAY_VERB.match(text, m.start("mon")):
            prev = text[max(0, m.start() - 12): m.start()].lower()
            if not re.search(r"\b(in|since|until|by|of|early|late|mid|last|this|next|"
                             r"from|through)\s*$", prev) and not _MONTH_BEFORE.search(
                                 text, max(0, m.start() - 30), m.start()):
                return True  # "May" after another month is one too: "from March to May"
        if _ABBREV_NO_DOT.match(mon):
            return True  # "Jan Kavan"
        if re.match(r"\s+(?:of|for|on)\s+[A-Z]|\s+(?:of|for)\s+the\b", text[m.end():]):
            return True  # "the March for Life", "March of the Combatant Mothers"
    if kind == "year" and street_number(text, m.start("yy"), m.end()):
        return True  # "of 1935 Orchard St."
    if kind == "rel_unit" and m.group(0).endswith("Week") and m.group(0)[0] == "T":
        return True  # the TV programme "This Week"
    if kind == "duration":
        if g.get("old") and "old" in g["old"]:
            return True  # an age
        if text[m.end("n"):m.start("unit")] == "-" and _MEASURE.match(text, m.end()):
            return True  # a pace or a distance, not a duration: "a ten-minute mile"
        if _in_a_name(m, text):
            return True  # "the Six-Day War", "the Thirty Years' War"
        if g["n"].lower() in ("a", "an"):
            return rate_or_ordinal(text, m.start("n"), m.end(), g["unit"])
    if kind == "bare_units" and _in_a_name(m, text, next(k for k in ("unit", "unit2", "unit3")
                                                          if g[k])):
        return True  # "One Hundred Years of Solitude"
    if kind == "ref" and g["word"].lower() in _DROP_REFS:
        return True
    if kind == "ref" and g["word"].lower() == "soon":
        # "will soon seek", "soon will begin", "as soon as possible"; not "soon after"
        return not (_SOON_OK.search(text[max(0, m.start() - 12):m.start()])
                    or re.match(r"\s+(?:will|as possible)\b", text[m.end():]))
    if kind == "season" and g["season"].lower() in ("fall", "spring") and not (
            g["rel"] or g["prep"] or g["yy"]):
        return True  # "fall apart", "Spring of Life"
    if kind == "clock" and g.get("noon") and not re.search(
            r"\b(?:at|by|until|till|before|after|from|around|about|past|in)\s+$",
            text[max(0, m.start() - 10):m.start()], re.I):
        return True  # "Noon" as a name or a bare noun
    if kind == "deictic" and g["word"].lower() == "tomorrow" and \
            text[max(0, m.start() - 3):m.start()] == "of ":
        return True  # "the people of tomorrow"
    return False


def _normalise(kind: str, m: re.Match[str], anchor: dt.date | None, text: str,
               state: dict) -> Timex | None:
    g = m.groupdict()
    t = Timex(m.start(), m.end(), m.group(0), "DATE", None, kind=kind)
    if kind == "the_time":
        t.value = "PAST_REF"  # "at the time": the time of the story, before the report
        return t
    if kind == "year_range":
        y1, y2 = int(g["yy"]), int(g["y2"])
        if y2 < 100:
            y2 += y1 - y1 % 100
        if not y1 < y2 <= y1 + 20:
            return None  # "1998-02" is a month, "1990-2030" no season
        t.value, t.precision = str(y1), "year"
        t.range_start, t.range_end = dt.date(y1, 1, 1), dt.date(y2, 12, 31)
        return t
    if kind in ("duration", "bare_units", "rel_later", "dur_range"):
        t.type = "DURATION"
        if kind == "bare_units":
            unit_group = next(k for k in ("unit", "unit2", "unit3") if g[k])
            t.value = unit_value(None, g[unit_group])
            t.start, t.end = m.start(unit_group), m.end(unit_group)
            t.text = g[unit_group]
            return t
        n: int | float | None = number(g["n"])
        if n is None and g["n"].lower() not in VAGUE:
            return None
        unit = g["unit"].lower()
        if kind == "rel_later" and unit == "year" and n == 1:
            return None  # "a year earlier" is a date (year_ago)
        if n is not None and (n > 1000 or (unit == "quarter" and kind == "duration")):
            return None
        if kind == "duration" and n is not None and (g.get("frac") or g.get("half")):
            n = n + 0.5
        t.value = unit_value(n, unit)
        if kind == "rel_later" and n is not None and unit in ("day", "week") and \
                state.get("day") and _EARLIER_LATER.match(text, m.end()):
            # "A day earlier, gunmen stormed the market": a span of days (TimeML), which also
            # names the day that far from the story's day (``extractor.to_when``)
            sign = -1 if _EARLIER_LATER.match(text, m.end()).group(1).lower() == "earlier" else 1
            day = state["day"][0] + dt.timedelta(days=sign * int(n) * (7 if unit == "week" else 1))
            t.range_start = t.range_end = day
            t.precision = "day"
            return t
        prev = text[max(0, m.start() - 12):m.start()].split()
        if g["n"].lower() in ("a", "an") and prev and prev[-1].lower() in (
                "once", "twice", "thrice", "times"):
            t.type = "SET"  # "twice a year"
        return t
    if kind == "plural_ref":
        rel = (g["rel"] or "").lower()
        unit = (g["unit"] or g["unit2"]).lower()
        if rel == "recent" and unit.rstrip("s") in ("day", "week", "year"):
            t.value = "PAST_REF"  # "in recent years": the past (the held-out writers, and
            # TimeBank for most years and days)
        elif rel == "recent":  # "in recent months": an unspecified number of months (PXM)
            t.type = "DURATION"
            t.value = unit_value(None, unit)
        elif rel in ("coming", "the coming") and unit in ("months", "quarters", "days"):
            t.value = "FUTURE_REF"
        else:
            t.type = "DURATION"
            t.value = unit_value(None, unit)
        return t
    if kind == "ref":
        word = " ".join(g["word"].lower().split())
        t.value = ("PRESENT_REF" if word in ("now", "currently", "current", "nowadays",
                                              "at present", "at the moment", "these days")
                   else "FUTURE_REF" if "future" in word or "term" in word or word == "soon"
                   else "PAST_REF")
        return t
    if kind == "plural_wd":  # "on Fridays", "at weekends", "weekdays": every one of them
        t.type = "SET"
        t.value = (f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()] + 1}" if g["wd"] else
                   "XXXX-WXX-WD" if g["wdays"] else "XXXX-WXX-WE")
        return t
    if kind == "set" or kind == "each":
        t.type = "SET"
        t.value = timex_norm.set_value(kind, g)
        return t
    if kind == "century":
        c = int(g["n"])
        t.value, t.precision = f"{c - 1:02d}", "century"  # the 4th century: 03
        t.range_start, t.range_end = dt.date((c - 1) * 100, 1, 1), dt.date(c * 100 - 1, 12, 31)
        return t
    if kind == "clock24":
        g = {"h": g["h"] or g["h4"], "mi": g["mi"] or g["mi4"], "ap": None, "noon": None}
        kind = "clock"
    if kind == "clock" or (kind == "clock_day" and g.get("dei")):
        t.type = "TIME"
        if anchor is None:
            t.unresolved_reason = "time of day without a publication date"
            t.relative = True
            return t
        day = anchor
        if g.get("dei"):
            day += dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(g["dei"].lower(), 0))
        elif state.get("day") and _AT_CLOCK.fullmatch(text, state["day"][1], m.start()):
            day = state["day"][0]  # "on Tuesday at about 3 p.m.": the day just named
        elif (seen := day_for_clock(state, text, m.start(), future := clause_tense(
                text, m.start(), m.end(), 12) == "future")) and "\n" not in text[seen[1]:m.start()] and \
                not _PERIOD_EDGE.search(text, max(0, seen[2] - 12), seen[2]):
            # "Police were called Sunday morning. Shortly after 7 a.m., ...": a clock time on no
            # day of its own is on the day the paragraph last told of (not "police said Friday")
            day = seen[0]
        elif seen and not future and anchor - dt.timedelta(days=7) <= seen[0] <= anchor \
                and not _PERIOD_EDGE.search(text, max(0, seen[2] - 12), seen[2]):
            # the story's day, told in an earlier paragraph within the week before the report
            # ("On Tuesday, ... \n\n Police arrived at 11:52 p.m."): not the publication day
            day = seen[0]
        elif g.get("noon") and timex_norm.day_part(g["noon"]):
            # "began before dawn" in a paragraph that names no day: a part of some day, not
            # of the publication day
            t.type, t.value = "DATE", f"XXXX-XX-XXT{timex_norm.clock(g)}"
            return t
        # "shortly after midnight": the start of the day, not its end
        opens = _AFTER_IT.search(text, max(0, m.start() - 24), m.start()) is not None
        t.value = f"{day.isoformat()}T{timex_norm.clock(g, opens)}"
        t.type = _clock_type(t.value)
        t.precision, t.relative = "day", True
        t.range_start = t.range_end = day
        return t
    relative = kind in _RELATIVE
    if kind in ("season", "quarter", "half", "holiday", "clock_day", "week_of", "yq",
                "wd_date") and g.get("yy"):
        relative = False
    if kind == "ago" and number(g["n"]) is None:
        t.value = "PAST_REF" if g["dir"].lower() == "ago" else "FUTURE_REF"
        return t
    story = state.get("story")
    tense: str | None = None
    from_story = False
    if relative and anchor is None and kind in _YEARLESS and story is not None and \
            story[1] in ("day", "month"):
        # no publication date, but the text wrote out the year of its story ("182 murders in
        # June 2013 ... a meeting on June 29"): a month (and day) takes the year nearest it
        anchor, from_story = story[0], True
    elif relative and anchor is None:
        t.relative = True
        t.unresolved_reason = "relative date and the publication date is unknown"
        return t
    else:
        # an explicit date needs a close cue; a weekday or month takes the clause's tense
        window = 4 if kind in ("md", "dm", "week_of", "wd_date") else 12
        # "before dawn on Monday" tells when, not a deadline: the day's own words decide
        start = m.start("wd") if kind == "clock_day" and g.get("wd") and g.get("noon") and \
            timex_norm.day_part(g["noon"]) else m.start()
        tense = clause_tense(text, start, m.end(), window) if anchor is not None else None
        if tense == "future" and kind in _YEARLESS and past_plan(text, m.start()):
            tense = "either"  # "was scheduled for March 2": the nearer March 2
    t.relative = relative
    state["story_here"] = story_of(state, text, m.start())
    try:
        value, precision, start, end = timex_norm.absolute(kind, g, anchor, tense, state)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if value is None:
        return None
    if from_story and kind == "wd_date" and start is not None and \
            start.weekday() != WEEKDAYS[g["wd"].lower()]:
        t.unresolved_reason = "relative date and the publication date is unknown"
        return t  # "Monday, Oct. 26" is no Monday in the story's year: another year's
    t.value, t.precision, t.range_start, t.range_end = value, precision, start, end
    if kind == "past_n" or value.startswith("P") and not value.endswith("_REF"):
        t.type = "DURATION"
    if kind == "clock_day":
        if t.value.endswith("T24:00") and _AFTER_IT.search(text, max(0, m.start() - 24),
                                                            m.start()):
            t.value = t.value[:-5] + "00:00"  # "shortly after midnight on Tuesday": its start
        t.type = _clock_type(t.value)
    return t


def _clock_type(value: str) -> str:
    """TIME for a clock reading; DATE for a part of the day ("at dawn on Tuesday" is
    ``2025-03-11TMO``) while the text is read: it sets the story's day as "Tuesday morning" does,
    and the last pass (``record.parts_of_day_as_times``) makes it a TIME."""
    return "DATE" if re.search(r"T[A-Z]{2}$", value) else "TIME"


def find_timexes(text: str, anchor: dt.date | None) -> list[Timex]:
    """Temporal expressions in ``text`` (leftmost-longest), normalised against ``anchor``."""
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    lower = text.lower()
    for kind, pattern in PATTERNS:
        for m in timex_gates.scan(kind, pattern, text, lower):
            if m.end() <= m.start() or _skip(kind, m, text):
                continue
            found.append((m.start(), -(m.end() - m.start()), _PRIORITY[kind], kind, m))
    found.sort()
    state: dict = {}  # discourse state: the quarter last mentioned
    out: list[Timex] = []
    taken_until = -1
    for start, _neg, _prio, kind, m in found:
        if start < taken_until:
            continue
        try:
            timex = _normalise(kind, m, anchor, text, state)
        except (ValueError, OverflowError):  # a day outside the calendar (year 0, after 9999)
            continue
        if timex is None:
            continue
        if kind == "dur_range":
            out.extend(split_range(timex, m))
        else:
            out.append(timex)
        taken_until = m.end()
        if timex.type in ("DATE", "TIME") and timex.range_start is not None and \
                kind != "anaphor":
            state["last"] = (timex.range_start, timex.precision)
        if timex.type == "DATE" and timex.precision == "day" and timex.range_start is not None:
            state["day"] = (timex.range_start, timex.end, timex.start)
        keep_event_day(state, timex, text, anchor)
        story_time(state, kind, timex, text)
        second = second_day(timex, text)
        if second is not None:
            out.append(second)
            taken_until = second.end
    order_ranges(out, text, anchor)
    clock_on_next_day(out, text)
    clock_ranges(out, text, anchor)
    standing_clocks(out, text)
    return parts_of_day_as_times(shift_days(out, text))


# a day that opens or closes a period ("in effect since February 11"): no story day
_AFTER_IT = re.compile(r"\b(?:after|past)\s+$", re.I)
_EARLIER_LATER = re.compile(r"\s+(earlier|later)\b", re.I)
_PERIOD_EDGE = re.compile(r"\b(?:since|until|till|through|from|by|before)\s+(?:the\s+)?$", re.I)
_AT_CLOCK = re.compile(r"\s*,?\s*(?:(?:at|around|about|after|before|by|from|until|shortly|"
                       r"just|approximately|roughly|some\s+time)\s+)*")
