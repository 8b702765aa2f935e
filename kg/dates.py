"""Calendar dates as sources write them, with their precision and how they were completed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.namespaces import LR, XSD

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH_DAY = re.compile(r"^--(\d{2})-(\d{2})$")
PUBLISHED = "@published"

DATE_FORMS = ("YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD (the year is taken from the publication "
              "date) or @published")


@dataclass(frozen=True)
class CalendarDate:
    """A date with its XSD datatype, precision and, if completed, how."""

    lexical: str
    datatype: str
    precision: str
    inference: str | None = None


def parse_calendar_date(value: object, published: dt.date) -> CalendarDate:
    """Read a date written in an annotation.

    Raises ``ValueError`` with the forms accepted when ``value`` is not a valid date.
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return CalendarDate(value.isoformat(), XSD + "date", LR + "DayPrecision")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    if text == PUBLISHED:
        return CalendarDate(published.isoformat(), XSD + "date", LR + "DayPrecision",
                            LR + "PublicationDate")
    if m := _DAY.match(text):
        dt.date(int(m[1]), int(m[2]), int(m[3]))
        return CalendarDate(text, XSD + "date", LR + "DayPrecision")
    if m := _MONTH.match(text):
        if not 1 <= int(m[2]) <= 12:
            raise ValueError(value)
        return CalendarDate(text, XSD + "gYearMonth", LR + "MonthPrecision")
    if _YEAR.match(text):
        return CalendarDate(text, XSD + "gYear", LR + "YearPrecision")
    if m := _MONTH_DAY.match(text):
        return CalendarDate(_complete_year(int(m[1]), int(m[2]), published).isoformat(),
                            XSD + "date", LR + "DayPrecision", LR + "YearFromPublicationDate")
    raise ValueError(value)


def _complete_year(month: int, day: int, published: dt.date) -> dt.date:
    """The latest (month, day) not after the publication date.

    An article dated 2024-06-05 writing "June 4" means 2024-06-04; writing "December 30" it
    means the December before.
    """
    for year in (published.year, published.year - 1, published.year - 2, published.year - 3):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February outside a leap year: try an earlier year
        if candidate <= published:
            return candidate
    raise ValueError(f"--{month:02d}-{day:02d}")
