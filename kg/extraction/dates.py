"""Dates and amounts as articles write them, read into the annotation format.

A date comes out as the annotations write it (``docs/annotations.md``): ``"2024-05-28"``,
``"2023-06"``, ``"2024"``, or ``"--05-24"`` when the article gives no year (the build then takes
the year from the publication date and says so).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.extraction import rx

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|"
          r"Oct\.?|Nov\.?|Dec\.?|"
          # a caption in capitals: "CHART, SEPTEMBER 17"
          r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|"
          r"DECEMBER|"
          # a timeline's abbreviation in capitals: "FEB 25 — THE BAND COMES FIRST"
          r"JAN\.?|FEB\.?|MAR\.?|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT\.?|SEP\.?|OCT\.?|NOV\.?|DEC\.?)")
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
#: The years a date may name, as a regular expression (no group).
YEAR_DIGITS = r"(?:19|20|21)\d\d"
_YEAR = r"(?P<{0}>" + YEAR_DIGITS + ")"
# "Wednesday, April 4": the weekday belongs to the date, so that "premiered on" reaches it.
_WEEKDAY = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tue\.|Tues\.|"
            r"Wed\.|Thu\.|Thur\.|Thurs\.|Fri\.|Sat\.|Sun\.),?\s+)?")

# A year on its own ("in 2042"), not part of a number or a hyphenated span
#: A year written alone ("in 2049").
BARE_YEAR = rx.compile(r"(?<![\w.,-])" + _YEAR.format("y") + r"(?![\w-]|\.\d|,\d)")
_FORMS = [
    ("day", rx.compile(rf"\b(?P<y>{YEAR_DIGITS})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("day", rx.compile(r"\b" + _WEEKDAY + _MONTH.format("m") + r"\s+" + _DAY.format("d") + r",?\s+"
                       + _YEAR.format("y") + r"\b")),
    ("day", rx.compile(r"\b" + _DAY.format("d") + r"\s+(?:of\s+)?" + _MONTH.format("m")
                       + r",?\s+" + _YEAR.format("y") + r"\b")),
    ("month-day", rx.compile(r"\b" + _WEEKDAY + _MONTH.format("m") + r"\s+" + _DAY.format("d")
                             + r"\b(?!\s*(?:million|billion|thousand|percent|%|streams|,\d))")),
    ("month-day", rx.compile(r"\b" + _DAY.format("d") + r"\s+(?:of\s+)?" + _MONTH.format("m")
                             + r"\b")),
    ("month", rx.compile(r"\b" + _MONTH.format("m") + r",?\s+(?:of\s+)?" + _YEAR.format("y")
                         + r"\b")),
    ("year", BARE_YEAR),
]


@dataclass(frozen=True)
class DateMention:
    """A date in a text: its span and its value in the annotation format."""

    start: int
    end: int
    value: str
    precision: str  # day, month-day (no year), month, year

    @property
    def inferred_year(self) -> bool:
        """The article gives no year: the build completes it from the publication date."""
        return self.value.startswith("--")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """The dates written in ``text[start:end]``, longest reading first, without overlaps."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for precision, pattern in _FORMS:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            value = _value(m, precision)
            if value is None:
                continue
            found.append(DateMention(m.start(), m.end(), value, precision))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    for i, d in enumerate(found):
        # "topped the chart on July 10 of that year": the year the text named last
        if d.precision == "month-day" and _THAT_YEAR.match(text, d.end):
            years = [m["y"] for m in BARE_YEAR.finditer(text, 0, d.start)]
            if years:
                found[i] = DateMention(d.start, d.end, years[-1] + d.value[1:], "day")
    for m in _THAT_MONTH.finditer(text, start, end):
        years = [y["y"] for y in BARE_YEAR.finditer(text, 0, m.start())]
        if years and not any(m.start() < b and a < m.end() for a, b in taken):
            found.append(DateMention(m.start("m"), m.end(),
                                     f"{years[-1]}-{MONTHS[m['m'].lower()]:02d}", "month"))
            found.sort(key=lambda d: d.start)
    for m in _LATER.finditer(text, start, end):
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        anchor = next((d for d in reversed(found) if d.end <= m.start()), None)
        if anchor is None and (not text[start:m.start()].strip() or (
                not found and not _OTHER_EVENT.search(text, start, m.start()))):
            # "… went out on June 26. Two days later it sat at No. 8": the sentence opens
            # with the count, so the date is the last one of its paragraph before it
            # ("… on November 17. The track entered CHART at No. 64 a week later": the same,
            # when the sentence gives no date of its own)
            paragraph = text.rfind("\n\n", 0, start)
            earlier = find_dates(text, paragraph + 2 if paragraph >= 0 else 0, start)
            anchor = earlier[-1] if earlier else None
        if anchor is not None and anchor.precision in ("day", "month-day"):
            found.append(DateMention(m.start(), m.end(), _later(anchor.value, m), anchor.precision))
            found.sort(key=lambda d: d.start)
    return found


_THAT_YEAR = rx.compile(r"\s+(?:of\s+)?that\s+year\b|,?\s+that\s+same\s+year\b|"
                        r"\s+the\s+same\s+year\b")
# "… at the 16th X Awards that December": the month of the year the text named last.
_THAT_MONTH = rx.compile(r"\bthat\s+(?P<m>January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)\b")
# "two days later", "a week later", "the next day", "as of the same day": counted from the date
# written before it in the same span, and as precise as that date.
# ("… released on April 13, …, which premiered the day before": one day back)
_LATER = rx.compile(r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                    r"(?P<unit>days?|weeks?)\s+later|the\s+(?:next|following)\s+(?P<day>day)|"
                    r"the\s+(?P<before>day\s+before|previous\s+day)(?!\s+(?:the|its|his|her)\b)|"
                    r"(?<=\bas\sof\s)the\s+(?P<same>same)\s+day)\b",
                    re.IGNORECASE)
# ("“T” was put out on the afternoon of the final episode and sat at No. 14 two days later":
# counted from an event the sentence names, not from a date before it)
_OTHER_EVENT = rx.compile(r"\b(?:of|after|before)\s+the\s+(?:[a-z]+\s+)?(?:episode|finale|premiere|"
                          r"ceremony|broadcast|concert|show)\b")
#: Numbers written as words (a count of days, a track's number), lower case.
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _later(value: str, m: re.Match[str]) -> str:
    """``value`` (a day, or a month-day) moved on by the span ``m`` of ``_LATER`` counts."""
    n = 0 if m["same"] else 1 if m["day"] else -1 if m["before"] else \
        NUMBER_WORDS.get(m["n"].lower()) or int(m["n"])
    days = n * (7 if m["unit"] and m["unit"].lower().startswith("week") else 1)
    if value.startswith("--"):  # no year: count in a leap year, so 29 February passes
        moved = dt.date(2000, int(value[2:4]), int(value[5:7])) + dt.timedelta(days=days)
        return f"--{moved.month:02d}-{moved.day:02d}"
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def _value(m: re.Match[str], precision: str) -> str | None:
    groups = m.groupdict()
    month = MONTHS.get(groups["m"].rstrip(".").lower()) if groups.get("m") else None
    try:
        if precision == "day":
            year = int(groups["y"])
            month = month or int(groups["m"])
            return dt.date(year, month, int(groups["d"])).isoformat()
        if precision == "month-day":
            dt.date(2000, month, int(groups["d"]))  # 2000: a leap year, so 29 February passes
            return f"--{month:02d}-{int(groups['d']):02d}"
        if precision == "month":
            return f"{int(groups['y']):04d}-{month:02d}"
        return groups["y"]
    except (TypeError, ValueError):
        return None


def resolve(value: str, published: dt.date) -> str:
    """The date a value stands for once the build completes it (``--MM-DD``, ``@published``)."""
    from kg.dates import parse_calendar_date

    try:
        return parse_calendar_date(value, published).lexical
    except ValueError:
        return value


def nearest(value: str, published: dt.date) -> str:
    """The ``--MM-DD`` nearest the publication date, in the year before, of or after it (a
    listings column's day heading, whether the week ahead or the week gone)."""
    m = re.fullmatch(r"--(\d\d)-(\d\d)", value)
    if m is None:
        return value
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, int(m[1]), int(m[2])))
        except ValueError:
            continue  # 29 February outside a leap year
    return min(candidates, key=lambda d: abs(d - published)).isoformat() if candidates else value


def upcoming(value: str, published: dt.date) -> str:
    """The first ``--MM-DD`` on or after the publication date, for a date an article announces
    ("will be released on March 8", written in February)."""
    m = re.fullmatch(r"--(\d\d)-(\d\d)", value)
    if m is None:
        return value
    for year in (published.year, published.year + 1):
        try:
            candidate = dt.date(year, int(m[1]), int(m[2]))
        except ValueError:
            continue  # 29 February outside a leap year
        if candidate >= published:
            return candidate.isoformat()
    return value


_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_before(name: str, published: dt.date) -> str | None:
    """The last day named ``name`` ("Friday") on or before the publication date, for a day an
    article reports without its date ("by Friday it had passed …")."""
    if name.lower() not in _DAY_NAMES:
        return None
    back = (published.weekday() - _DAY_NAMES.index(name.lower())) % 7
    return (published - dt.timedelta(days=back)).isoformat()


_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "k": 1_000, "m": 1_000_000, "b": 1_000_000_000}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
COUNT = (r"(?P<count>(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(_WORDS)
         + r")(?:\s*(?:thousand|million|billion)|\s?[kKmMbB]\b)?)")
_COUNT_RE = rx.compile(COUNT, re.IGNORECASE)


def parse_count(text: str) -> int | None:
    """An amount such as "20 million", "1.2 billion", "13,000,000" or "five million"."""
    m = re.fullmatch(r"\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+)\s*"
                     r"(?P<scale>thousand|million|billion|[kmb])?\s*", text.lower())
    if not m:
        return None
    raw = m["n"].replace(",", "")
    if raw in _WORDS:
        number = float(_WORDS[raw])
    else:
        try:
            number = float(raw)
        except ValueError:
            return None
    value = number * _SCALE.get(m["scale"] or "", 1)
    return round(value)


_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "top": 1}


def parse_position(text: str) -> int | None:
    """A chart position: "4", "199th", "No. 4" or an ordinal word ("first", "top")."""
    text = text.strip().lower()
    if text in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[text]
    if text in _WORDS:
        return _WORDS[text]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", text)
    return int(m[1]) if m else None
