"""Table rows whose titles are not quoted: the header row says which cell holds the title.

"Pos. | Title | Credited artist" above "7 | Kite Tail | NEON ARC" makes the second
cell of each row a title, as a quoted title would be in "No. 7 | “Kite Tail” | …".
"""

from __future__ import annotations

import re

from kg.extraction import rx
from kg.extraction.mentions import Mention
from kg.extraction.registry import Registry
from kg.extraction.sentences import CELL

# "TRACK (ARTIST)": the title, its artist in brackets after it
_TITLE_COLUMN = rx.compile(r"^(?:song\s+)?(?:title|song|track)s?"
                           r"(?:\s*\((?:artist|singer|by)s?\))?$", re.I)
#: A title cell's artist in brackets after the title ("Fold Line (HANDFAN)").
BRACKETED_ARTIST = rx.compile(r"\s+\(([^()]+)\)\s*$")


def cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) offsets of each cell of the row ``text[start:end]``."""
    cuts = [start, *(i for m in CELL.finditer(text, start, end) for i in (m.start(), m.end())), end]
    return list(zip(cuts[::2], cuts[1::2], strict=True))


def title_column(text: str, start: int, end: int) -> int | None:
    """The index of the title cell if the row is a header ("Pos. | Title | Artist"), else None.

    A header has no digit in it and names a title column."""
    row = text[start:end]
    if re.search(r"\d", row):
        return None
    names = [text[a:b].strip(" .:") for a, b in cells(text, start, end)]
    return next((i for i, name in enumerate(names) if _TITLE_COLUMN.match(name)), None)


def title_cell(text: str, start: int, end: int, column: int | None,
               registry: Registry, bracketed: bool = False) -> Mention | None:
    """The title in cell ``column`` of a data row, as a quoted title would be read (without
    the artist in brackets after it, when the header says so: ``bracketed``)."""
    if column is None:
        return None
    row = cells(text, start, end)
    if column >= len(row):
        return None
    a, b = row[column]
    bracket = BRACKETED_ARTIST.search(text, a, b) if bracketed else None
    if bracket and bracket.start() > a:
        b = bracket.start()
    while b > a and text[b - 1] in " \t\"”’":
        b -= 1
    while a < b and text[a] in " \t\"“‘":
        a += 1
    if a == b or not text[a].isalnum():
        return None
    return Mention(a, b, text[a:b], registry.lookup(text[a:b]), quoted=True)


_ARTIST_IN_BRACKETS = rx.compile(r"\(\s*(?:artist|singer|by)s?\s*\)", re.I)


def bracketed_rows(text: str, spans: list) -> set[int]:
    """The starts of the data rows under a header whose title column is "TRACK (ARTIST)"."""
    out: set[int] = set()
    inside = False
    for span in spans:
        if span.kind != "row":
            inside = False
        elif title_column(text, span.start, span.end) is not None:
            inside = bool(_ARTIST_IN_BRACKETS.search(text, span.start, span.end))
        elif inside:
            out.add(span.start)
    return out


_VOCAL_COLUMN = rx.compile(r"^(?:sung\s+by|vocals?|vocalists?|singers?|voices?)$", re.I)


def vocal_columns(text: str, spans: list) -> dict[int, int]:
    """For each data row under a header that names a vocal column ("No. | Title | Credited
    to | Sung by"): row start -> that column."""
    out: dict[int, int] = {}
    column = None
    for span in spans:
        if span.kind != "row":
            column = None
            continue
        if title_column(text, span.start, span.end) is not None:
            names = [text[a:b].strip(" .:") for a, b in cells(text, span.start, span.end)]
            column = next((i for i, name in enumerate(names) if _VOCAL_COLUMN.match(name)), None)
        elif column is not None:
            out[span.start] = column
    return out


# A track number opening a row: "1-01", "07", "A2", "3."
_TRACK_NUMBER = rx.compile(r"\s*(?:[A-D]?\d{1,2}(?:-\d{1,2})?\.?)\s*")


def title_columns(text: str, spans: list) -> dict[int, int]:
    """For each data row under a header that names a title column: row start -> that column.

    With no header, a run of two or more rows of three or more cells that each open with a
    track number ("1-01 | Title | Artist") holds its titles in the second cell."""
    out: dict[int, int] = {}
    column = None
    numbered: list[int] = []
    for span in [*spans, None]:
        if span is None or span.kind != "row" or not _numbered(text, span):
            if len(numbered) >= 2 and _in_order(text, numbered):
                out.update({start: 1 for start in numbered if start not in out})
            numbered = []
        if span is None:
            break
        if span.kind != "row":
            column = None
            continue
        numbered.append(span.start) if _numbered(text, span) else None
        header = title_column(text, span.start, span.end)
        if header is not None:
            column = header
        elif column is not None:
            out[span.start] = column
    return out


_COUNT = rx.compile(r"\s*(?:(?P<disc>[A-D]|\d{1,2})-)?(?P<n>\d{1,2})|\s*(?P<side>[A-D])(?P<m>\d)")


def _in_order(text: str, starts: list[int]) -> bool:
    """Whether the rows' numbers count up from 1, disc by disc ("1-01 … 1-06, 2-01"): a track
    list, where chart positions ("7", "12") are not."""
    last: tuple[str, int] | None = None
    for start in starts:
        number = _COUNT.match(text, start)
        if number is None:
            return False
        disc, n = number["disc"] or number["side"] or "", int(number["n"] or number["m"])
        if not ((n == 1 and (last is None or disc != last[0])) or
                (last is not None and disc == last[0] and n == last[1] + 1)):
            return False
        last = (disc, n)
    return True


def _numbered(text: str, span) -> bool:
    row = cells(text, span.start, span.end)
    return len(row) >= 3 and bool(_TRACK_NUMBER.fullmatch(text, *row[0]))
