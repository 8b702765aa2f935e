"""Cutting an article into the spans claims quote: sentences, and items of dash lists.

Every span is given by its offsets in the article, so a quote is always ``text[start:end]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extraction import rx

# Words after which a full stop does not end a sentence ("No. 4", "Pt. 1", "Mr. Kim").
_ABBREVIATIONS = {"no", "nos", "pt", "vol", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs",
                  "ep", "feat", "ft", "m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                  "sept", "oct", "nov", "dec", "etc", "approx", "inc", "ltd", "co", "corp"}
# (a bulleted item after a sentence starts a sentence of its own: "… on it.\n• “T” …")
_END = rx.compile(r"[.!?]+[\"”’)\]]*(?=\s+(?:[•·]\s*)?[\"“‘(\[]?[A-Z0-9])|[.!?]+[\"”’)\]]*\s*$")
# The separator of a "Title — Artist" item: a spaced dash, or a spaced slash ("Title / Artist").
# A dot leader counts as one too: "A1 Kite Tail ........ Artist (3:52)".
# "Title · Artist" too: a middle dot between two cells (three or more make a table row)
_DASH = rx.compile(r"\s[—–/·-]\s|\s(?:\.{3,}|…+)\s")
# "Title ........ Artist": a leader of dots between a sleeve's title and its artist.
_LEADER = rx.compile(r"\s\.{3,}\s")
# "Title by Artist", one item a line (an optional number or bullet first).
_BY_ITEM = rx.compile(r"^\s*(?:\d{1,3}[.)]\s*|[-*•·]\s*)?[\"“‘']?[A-Z0-9].{0,60}?\s+by\s+"
                      r"(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z0-9(].{0,40}$")
# "Track 2: Title (Artist)", "3. Title (A & B)": a track-list line with the artist in brackets.
# "#4 “Title” (Artist)": a chart's rank before the title.
_PAREN_ITEM = rx.compile(r"^\s*(?:(?:Track|No\.)\s*\d{1,3}\s*[:.)]\s*|\d{1,3}[.)]\s*|"
                         r"#\s*\d{1,3}\s*[:.)]?\s+|[-*•·]\s*)?"
                         r"[\"“‘']?[A-Z0-9][^()]{0,60}?[\"”’']?\s+\((?P<artist>[A-Z0-9][^()]{0,60})\)\s*$")
# "A1 “Title” [Artist] — vocal: X, in character as Y": a side and track, the credited artist
# in square brackets, and who sings.
BRACKET_ITEM = rx.compile(r"^\s*(?:[A-Z]?\d{1,2}[.)]?\s+)?[\"“](?P<t>[^\"”]{1,80})[\"”]\s+"
                          r"\[(?P<a>[^\]]{1,80})\](?:\s+[—–-]\s+vocals?\s*:\s+(?P<v>.{1,120}?))?\s*$")
#: "1 ▹ A & B: Title", "3. A feat. B: Title" (a sleeve printed artist first): the artist, a
#: colon, then the title unquoted. The artist side takes only names and the words that join
#: them, so that "1. Who are you playing: …" is no item.
ARTIST_COLON_ITEM = rx.compile(
    r"\s*(?:\d{1,3}\s*[▸►▶→»▹▻➤]|\d{1,3}[.)])\s+"
    r"(?P<a>[A-Z][\w’'.-]*(?:\s+(?:[A-Z(][\w’'.()-]*|&|and|feat\.|ft\.|featuring|×))*):\s+"
    r"(?P<t>[“\"]?[A-Z0-9][^:\n]{0,80}?)\s*$")
#: "6. “Title” by ARTIST" over a countdown entry's text.
# "A & B, “Title” (track 2)": a list's line, artist first, the track's place in brackets.
ARTIST_TITLE_TRACK = rx.compile(r"[ \t]*(?P<a>[^“”\"\n,]{1,80}?),[ \t]+(?P<t>[“\"][^“”\"\n]+[”\"])"
                                r"[ \t]*\((?:track|no\.|#)[ \t]*\d{1,3}\)[ \t]*")
TITLE_BY_LINE = rx.compile(r"[ \t]*(?:\d{1,3}[.)][ \t]*|"
                           # "EP 13, 08:12 — “T” by G (OST track 1)": a cue, timed in its episode
                           r"(?:EP|Ep\.?|Episode)[ \t]*\d{1,3},[ \t]*\d{1,2}:\d\d"
                           r"[ \t]*[—–-][ \t]*)?"
                           # (not "“T,” by A and B, won Best": a sentence wrapped after a clause)
                           r"(?P<t>[“\"][^“”\"\n]+[”\"])[ \t]+by[ \t]+"
                           r"(?P<a>[A-Z](?:(?!,[ \t]+[a-z])[^\n“”\"]){0,80}?)"
                           r"(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*")
#: "STARTER · “Title” · A feat. B": a labelled line (a menu's course, a set's slot) naming a
#: title and its artist between middle dots or slashes; "1/5 · “Title” · A · out May 3 · ★★★":
#: a column's numbered pick, with cells (a date, a rating) after the artist; "♈ ARIES · track 1
#: · “Title” — A": labels (a symbol before a word in capitals, a track number) before a credit.
_ITEM_LABEL = r"(?:[^\w\s“”\"]{1,2}[ \t]+)?(?:[A-Z][A-Z’'&-]*(?:[ \t]+[A-Z’'&-]+){0,3}|" \
    r"[Tt]rack[ \t]+\d{1,2})[ \t]+[·|/][ \t]+"
LABELLED_ITEM = rx.compile(rf"[ \t]*(?:\d{{1,2}}[ \t]*/[ \t]*\d{{1,2}}[ \t]+[·|][ \t]+"
                           rf"(?:{_ITEM_LABEL})?|(?:{_ITEM_LABEL}){{1,3}})"
                           r"(?P<t>[“\"][^“”\"\n]+[”\"])[ \t]+[·|/—–][ \t]+"
                           r"(?P<a>[A-Z][^·|/\n]{0,80}?)[ \t]*(?:[·|][ \t]*[^·|\n]{0,40}?[ \t]*)*")
#: "ONE // Title // Artist", "3 // Title // Artist": a running order copied from cards, the
#: title unquoted between double slashes.
ORDINAL_SLASH_ITEM = rx.compile(r"[ \t]*(?:[A-Z]{3,9}|\d{1,2})[ \t]+//[ \t]+(?P<t>[^/\n]+?)[ \t]+//"
                                r"[ \t]+(?P<a>[^/\n]+?)[ \t]*")
#: "No. 27 - Artist, “Title”" (a chart list), "6 ▸ Artist, “Title”" (a countdown): the artist
#: comes before the quoted title; a drama's title may follow in brackets ("(“Series”)").
RANKED_ROW = rx.compile(r"\s*(?:(?:No\.?\s*|#\s*)\d{1,3}\s*[—–:-]|\d{1,3}\s*[▸►▶→»▹▻➤]|"
                        r"\d{1,3}[.)])\s+(?P<a>[^“”\"\n]{1,80}?),\s+"
                        r"(?P<t>[“\"][^“”\"\n]+[”\"])(?:\s+\((?P<s>[“\"][^“”\"\n]+[”\"])\))?\s*$")
# "• P, with subtitles, for viewers in Europe": a bulleted note too long for a title line.
_BULLET_NOTE = rx.compile(r"^\s*[•▪◦‣]\s+\S")
# "1. Title", "- “Title”": a track-list line that names no artist (the introduction may).
_TITLE_ITEM = rx.compile(r"^\s*(?:\d{1,3}[.)]|[-*•·])\s*[\"“‘']?[A-Z0-9][^.!?:;|]{0,60}$")
#: A chart row's movement before its rank: "▲ No. 3", "▼ No. 15", "NEW No. 27", "= #4".
MOVEMENT = r"(?:[▲▼△▽↑↓=+]\s*|(?:NEW|RE|New|Re-entry)\s+)?"
# "01 / Title / Artist": a track number cut off by a slash is no title either.
#: A chart row's movement in brackets after its rank: "3 (▲9) “Title”", "17 (new) “Title”".
MOVE_IN_BRACKETS = r"\((?:[▲▼△▽↑↓+-]\s*\d{1,3}|[Nn]ew|NEW|[Rr]e-?entry|RE|=|[—–-])\)"
_RANKED = rx.compile(rf"\s*{MOVEMENT}(?:(?:No\.?\s*|#\s*|Track\s+)\d{{1,3}}\s*"
                     rf"(?:[—–-]\s+|(?=[\"“‘']))|\d{{1,3}}\s+/\s+(?=\S)|\d{{1,3}}\s+{MOVE_IN_BRACKETS}\s+(?=[\"“‘']))")
# "“Title,” Artist" after a rank: the closing quote (and its comma) ends the title.
_QUOTED_TITLE = rx.compile(r"[\"“‘][^\"“”]+?,?[\"”’],?(?P<gap>\s+)(?=\S)")
# "No. 23 | “Title” | Artist | “Series”": a table row.
_ROW = rx.compile(r"^[^|·]+(?:(?:\||\s·\s)[^|·]+){2,}$")
#: "He wrote the playlist on the mirror: T1 (A); T2 (B, C)": a colon opening a list of songs,
#: so "X (Y)" after it is a title and its artists, not a part and its actor.
PLAYLIST_COLON = rx.compile(r"\b(?:playlist|tracklist|track\s+list|running\s+order|set\s*list|"
                            r"songs|tracks|music|play\s+order)\b[^:;⟨]{0,40}:\s")
#: A line-up line: "Actor — Character, part", the actor's group in brackets ("A (G) — C,
#: drums"); the part names a place in a band.
LINEUP_ROW = rx.compile(r"[ \t]*(?P<a>[A-Z][^—–()\n]{1,40}?)(?:\s*\((?P<g>[^()\n]{1,40})\))?"
                        r"\s+[—–-]\s+(?P<c>[A-Z][^,—–()\n]{1,40}),\s+(?P<p>[a-z][a-z ,&/-]{1,40}?)"
                        r"\s*$")
#: The same the other way round, the player in brackets: "Character, part (Actor, a note)".
PART_PAREN_ROW = rx.compile(r"[ \t]*(?P<c>[A-Z][^,()\n]{1,40}),[ \t]+(?P<p>[a-z][a-z ]{1,30}?)"
                            r"[ \t]*\((?P<a>[A-Z][^,()\n]{1,40}?)(?:,[ \t]+[^()\n]{1,40})?\)[ \t]*")
#: A character, its player in brackets, then the part: "Car 1: C (A, the lead) — lead singer,
#: keyboards" (a label before it, as a board's).
PART_AFTER_ROW = rx.compile(r"[ \t]*(?:[A-Z][a-z]+[ \t]+\d{1,3}:[ \t]+)?"
                            r"(?P<c>[A-Z][^()\n—–:]{1,40}?)[ \t]*"
                            r"\((?P<a>[A-Z][^,()\n]{1,40}?)(?:,[ \t]+[^()\n]{1,40})?\)[ \t]+"
                            r"[—–-][ \t]+(?P<p>[a-z][a-z ,&/-]{1,40}?)[ \t]*")
PART_WORD = rx.compile(r"\b(?:vocals?|vocalist|singer|guitars?|guitarist|bass|bassist|drums|"
                       r"drummer|keys|keyboards?|keyboardist|piano|pianist|synths?|violin|cello|"
                       r"percussion|rap|rapper|leader)\b")
#: A row whose cells are "KEY: value" ("SHOW: “S” | NETWORK: B | SLOT: Mon–Tue, 9:50 p.m.").
KEYED_ROW = rx.compile(r"[ \t]*[A-Z][A-Z ]{1,15}:\s+[^|\n]+\|\s*[A-Z][A-Z ]{1,15}:\s")
# A day alone on a line: "23 February", "Sept. 7", "March 3, 2085".
_DAY_LINE = rx.compile(r"[ \t]*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|"
                       r"[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}(?:,\s+\d{4})?)[ \t]*"
                       # "FEB 25 — THE BAND COMES FIRST": the day and the entry's heading, in
                       # capitals, without a full stop
                       r"(?:(?<=\d)[ \t]+[—–-][ \t]+[A-Z0-9][A-Z0-9’'&,:!?-]*"
                       r"(?:[ \t]+[A-Z0-9’'&,:!?-]+){0,7}[ \t]*)?")
#: A figure heading a paragraph of a "by the numbers" piece: "No. 47", "55 MILLION", "31 DAYS".
FIGURE_HEADING = rx.compile(r"[ \t]*(?:No\.[ \t]*(?P<no>\d{1,3})|(?P<n>\d[\d,.]*)[ \t]+"
                            r"(?P<unit>[A-Z]+(?:[ \t]+[A-Z]+)?))[ \t]*")
#: An artist's credit written out: capitalised names, "&", "and", "×", "feat.", "ft.".
ARTIST_NAMES = (r"[A-Z][\w’'.-]*(?:[ \t]+(?:&|and|×|feat\.|ft\.|[A-Z][\w’'.-]*))*")
# "“Kite Tail,” WREN HARBOUR": a title and its artist, a comma between, on a line of its own.
_COMMA_CREDIT_LINE = rx.compile(r"[ \t]*[“\"][^“”\"\n]+[,.][”\"][ \t]+" + ARTIST_NAMES + r"[ \t]*")
# "A and B" (two full names): names alone on a line, over what is said of them.
_NAMES_LINE = rx.compile(r"[ \t]*[A-Z][\w’'-]*(?:[ \t]+(?:(?:&|and)[ \t]+)?[A-Z][\w’'-]*){0,5}"
                         r"[ \t]*")
# An interview's topic over the guest's quoted answer: "On the duet".
_PROMPT_LINE = rx.compile(r"[ \t]*(?:On|About)(?:[ \t]+[^\s.?!:;,“”\"]+){1,4}[ \t]*")
# A section's heading in capitals, on the line above its text: "WHERE TO CATCH UP".
# "IN THE RED CORNER: “T”": a word may close with a colon, a title stand in quotes; a
# capital may carry an accent ("CAFÉ").
_CAPITALS_LINE = rx.compile(r"[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9’'&-]*:?(?:,?[ \t]+(?:"
                            r"\(?[A-Z0-9][A-ZÀ-ÖØ-Þ0-9’'&-]*\)?:?|"
                            r"[“\"][A-Z0-9][A-ZÀ-ÖØ-Þ0-9’'&-]*"
                            r"(?:[ \t]+[A-Z0-9][A-ZÀ-ÖØ-Þ0-9’'&-]*){0,5}[”\"]"
                            r")){0,11}"
                            # "P Q-R (C, bass)": a profile's person, then the part they played
                            r"(?:[ \t]+\([A-Z][^()\n.!?]{0,60}\))?[ \t]*")
#: A countdown entry's head: a title alone ("5. “T”") over a line of keyed cells
#: ("Credit: G | Drama: “S” (B)"); the two lines make one row.
TITLED_ROW = rx.compile(r"[ \t]*(?:\d{1,3}[.)]\s*)?[“\"](?P<t>[^”\"\n]{1,80})[”\"][ \t]*\n"
                        r"(?P<keys>[ \t]*[A-Z][A-Za-z ]{1,15}:\s+[^|\n]+\|\s*"
                        r"[A-Z][A-Za-z ]{1,15}:\s[^\n]*)$")
_KEYED_CELL = rx.compile(r"(?P<k>[A-Z][A-Za-z ]{1,15}):\s+(?P<v>[^|\n]+?)\s*(?=\||$)", re.M)


def keyed_cells(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The cells of a row of "Key: value" cells in ``text[start:end]`` ("Credit: A | Drama:
    “S” (B)", "SHOW: “S” | NETWORK: B"): each key in lower case, with its value's offsets."""
    return [(m["k"].strip().lower(), m.start("v"), m.end("v"))
            for m in _KEYED_CELL.finditer(text, start, end)]


#: What separates the cells of a table row: "|", a spaced middle dot ("#4 · “T” · A"), or
#: in a table aligned with spaces, a run of two or more spaces or a tab.
CELL = rx.compile(r"\s*\|\s*|\s+·\s+|[ \t]{2,}|\t")
# A gap between the columns of a table aligned with spaces ("5    4      Title    A & B").
_GAP = rx.compile(r"[ \t]{2,}|\t")
# "Channel: B, Fridays", "- Best OST: “T,” A", "“S” (B): …": a key of a few words, a colon.
# ("We said: …", "They said: …" are turns of a scorecard, said in sentences, not a box's keys)
_FIELD = rx.compile(r"^\s*(?:[-*•·]\s*)?(?![QA]\s*:)(?!(?:We|They|I|You)\s+[a-z]+\s*:)"
                    r"[A-Z0-9\"“‘(][^:\n]{0,60}?:\s+\S")
# A speaker's label in capitals opening a transcript's line ("HOST: ", "ROUND TABLE: ").
_SPEAKER = rx.compile(r"\s*[A-Z][A-Z.'’ -]{1,30}:\s+\S")
_SENTENCE_END = rx.compile(r"[a-z)][.!?][\"”’]?\s+[\"“‘]?[A-Z]")
# A dateline some collected articles start with: " date 2024-09-24 ".
_DATELINE = rx.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")


@dataclass(frozen=True)
class Span:
    """A stretch of the article: a ``sentence``, a ``list`` line of "Title — Artist" items (or
    of a title alone, numbered or bulleted), a ``row`` of a table whose cells are separated by
    "|" or " · ", a ``field`` line ("Key: value") of a fact box or a winners list, or a
    ``heading`` (a title-case line with no full stop)."""

    start: int
    end: int
    kind: str = "sentence"


def split(text: str) -> list[Span]:
    """The spans of ``text`` in order.

    Paragraphs are separated by blank lines. A paragraph whose lines are all "Title — Artist"
    items (after an optional introduction ending with a colon) gives one ``list`` span a line,
    and one of two or more "Key: value" lines one ``field`` span a line;
    a paragraph of one title-case line without a full stop is a ``heading``; any other
    paragraph is running text, whatever its line breaks (an article may be wrapped at any
    width), cut into sentences.
    """
    spans: list[Span] = []
    skip = _DATELINE.match(text)
    offset = skip.end() if skip else 0
    block: list[tuple[int, int]] = []
    start = 0
    for line in [*text.split("\n"), ""]:
        end = start + len(line)
        if end > offset and line.strip():
            block.append((max(start, offset), end))
        elif block:
            spans.extend(_paragraph(text, block))
            block = []
        start = end + 1
    return [s for s in spans if s.end > s.start]


# A countdown's entry that opens with its rank, title and artist, then runs on as text:
# "7. “T” — A. The fragile ballad that …" (the credit is an item of its own).
_RANKED_HEAD = rx.compile(r"[ \t]*\d{1,3}[.)][ \t]+[“\"][^”\"\n]{1,120}[”\"][ \t]+[—–][ \t]+"
                          r"[^.\n—–]{1,80}?(?:\s+feat\.\s+[^.\n—–]{1,40}?)?(?<!\sfeat)(?<!\sft)(?P<dot>\.)"
                          r"(?=[ \t]+[A-Z“\"])")


def _paragraph(text: str, block: list[tuple[int, int]]) -> list[Span]:
    block = _join_wrapped_bullets(text, block)
    head = _RANKED_HEAD.match(text, block[0][0], block[0][1])
    if head and credit_line(text[block[0][0]:head.start("dot")]):
        return [_trimmed(text, block[0][0], head.start("dot"), "list"),
                *_sentences(text, head.end(), block[-1][1])]
    if len(block) >= 2 and _DAY_LINE.fullmatch(text, *block[0]):
        # "23 February" over a timeline entry: a heading, the entry's date
        return [_trimmed(text, *block[0], "heading"), *_paragraph(text, block[1:])]
    if len(block) >= 2 and TITLED_ROW.fullmatch(text, block[0][0], block[1][1]):
        head = [_trimmed(text, block[0][0], block[1][1], "row")]
        return head + (_paragraph(text, block[2:]) if len(block) > 2 else [])
    pairs = [(block[k][0], block[k + 1][1]) for k in range(0, len(block), 2)] \
        if len(block) % 2 == 0 else []
    if pairs and all(TRACK_OVER_CREDIT.fullmatch(text, a, b) and
                     not _holds_sentence_end(text[a:b]) and
                     not text[a:b].rstrip().endswith(".") for a, b in pairs):
        return [_trimmed(text, a, b, "list") for a, b in pairs]
    lines = [text[a:b] for a, b in block]
    if len(block) == 1 and "|" in lines[0] and not re.search(r"[a-z]", lines[0]) and \
            not re.match(r"\s*\|?\s*\d", lines[0]):
        # "CHART | WEEK ENDING DATE | DRAMA SONGS" over a table: its caption, a sentence
        return [_trimmed(text, *block[0])]
    rows = [bool(_ROW.match(line.strip().strip("|"))) for line in lines]
    aligned = _aligned_table(lines)
    if aligned:
        rows = aligned
    # "SPEED CHECK — CHART, TUESDAY, MAY 22" over a header and rows: a caption too
    captioned = len(block) > 2 and len(lines[0].split()) <= 14 and \
        not _holds_sentence_end(lines[0]) and not lines[0].rstrip().endswith(".")
    if all(rows) or (len(block) > 1 and (lines[0].rstrip().endswith(":") or aligned or captioned)
                     and all(rows[1:])):  # a caption over the rows is a sentence of its own
        out = [] if rows[0] else _sentences(text, *block[0])
        return out + [_trimmed(text, a, b, "row", edge=" \t|") for (a, b), is_row in zip(
            block, rows, strict=True) if is_row]
    listed = [_list_line(line) for line in lines]
    if len(block) > 2 and not re.search(r"[a-z“”\"]", lines[0]) and all(listed[1:]):
        # "THIS WEEK’S TOP FIVE (CHART, JUNE 10)" in capitals over ranked lines: their caption
        return _sentences(text, *block[0]) + [_trimmed(text, a, b, "list") for a, b in block[1:]]
    if block[0][0] == 0 and len(block) == 1:
        listed = [False]  # the headline ("“S” Past the Halfway Mark, by the Numbers")
    # "SIDE A" over the items, and "SIDE B" over more of them
    heads = [not is_item and len(line.split()) <= 3 and not re.search(r"[.:!?,;]", line)
             for line, is_item in zip(lines, listed, strict=True)]
    if len(block) > 1 and heads[0] and sum(listed) >= 2 and \
            all(h or is_item for h, is_item in zip(heads, listed, strict=True)):
        return [_trimmed(text, a, b, "list" if is_item else "heading")
                for (a, b), is_item in zip(block, listed, strict=True)]
    if all(listed) or (len(block) > 1 and lines[0].rstrip().endswith(":") and all(listed[1:])):
        out = [] if listed[0] else _sentences(text, *block[0])
        return out + [_trimmed(text, a, b, "list") for (a, b), is_item in zip(
            block, listed, strict=True) if is_item]
    if len(block) > 2 and all(listed[:-1]) and _field_line(lines[-1]):
        # "… — A" items closed by a note ("Encore: Title, again"): the note is a sentence
        return [_trimmed(text, a, b, "list") for a, b in block[:-1]] + _sentences(
            text, *block[-1])
    # "And the band?\nIt is called G. The line-up, by part, character and actor:\nA / B / C"
    intro = next((k for k in range(len(lines) - 2, 0, -1) if lines[k].rstrip().endswith(":")
                  and all(listed[k + 1:])), None)
    if intro is not None:
        return _sentences(text, block[0][0], block[intro][1]) + [
            _trimmed(text, a, b, "list") for a, b in block[intro + 1:]]
    if all(_SPEAKER.match(line) for line in lines) and any(
            re.search(r"[.?!][\"”’]?\s*$", line) for line in lines):
        # "GUEST: Again, in character. One take.": a transcript's turns, not a fact box's keys
        return [span for a, b in block for span in _sentences(text, a, b)]
    if len(block) >= 2 and ENTRY_TITLE_LINE.fullmatch(lines[0]) and \
            CREDIT_FIELD.fullmatch(lines[1]):
        # "BOOTH 3 ▸ “T”" over "On screen: G" and "Up against: A and B, who duet on it": the
        # title and its keyed lines are one sentence, the text below it sentences of its own
        j = 2
        while j < len(lines) and (_field_line(lines[j]) or (  # a long value wrapped on
                len(lines[j - 1].rstrip()) >= 50 and
                not re.search(r"[.!?”\"]\s*$", lines[j - 1]))):
            j += 1
        return [_trimmed(text, block[0][0], block[j - 1][1]),
                *(_paragraph(text, block[j:]) if j < len(block) else [])]
    fields = [_field_line(line) for line in lines]
    titled = lines[0].rstrip().endswith(":") or (  # "FACT BOX", "SEASON NOTES" over it
        len(lines[0].split()) <= 6 and not re.search(r"[.!?,;]\s*$", lines[0]))
    if (len(block) > 2 and not fields[0] and titled and all(fields[1:])) or \
            (len(block) > 1 and all(fields)):
        out = [] if fields[0] else _sentences(text, *block[0])
        return out + [_trimmed(text, a, b, "field") for (a, b), is_field in zip(
            block, fields, strict=True) if is_field]
    if len(block) > 1 and fields[0] and re.search(r"[a-z]", lines[0].split(":", 1)[0]) and \
            re.fullmatch(r"\s*[A-Z][a-z]+(?:\s+[a-z]+){0,2}", lines[0].split(":", 1)[0]) and \
            not re.search(r"[“\"][^”\"]*$", lines[0]) and \
            not lines[0].rstrip().endswith((".", "!", "?")) and \
            not _PROSE_LABEL.match(lines[0]) and \
            not re.search(r"[.!?]\s+[“\"A-Z]", lines[0].split(":", 1)[1]) and \
            re.match(r"\s*[“\"A-Z]", lines[1]) and \
            _holds_sentence_end(" ".join(lines[1:]).rstrip() + " X"):
        # "Arrives: Friday, October 3" over a guide entry's text: a line of its own, not the
        # start of the sentence below it (a short key; a line of wrapped text that happens
        # to hold a colon has a clause before it, or a quotation left open)
        return [_trimmed(text, *block[0], "field"), *_paragraph(text, block[1:])]
    if len(block) > 1 and all(BULLET_LINE.match(line) for line in lines):
        # "— “T,” the debut, out March 26. A sang it …": each bulleted line ends its sentences
        return [span for a, b in block for span in _sentences(text, a, b)]
    rest = " ".join(lines[1:]).rstrip()
    if len(block) > 1 and _ENTRY_HEAD.match(lines[0]) and _holds_sentence_end(rest + " X"):
        # "NAME · Name" over a who's-who entry's description: a line of its own
        return [_trimmed(text, *block[0], "entry"), *_sentences(text, block[1][0], block[-1][1])]
    if len(block) > 1 and credit_line(lines[0]) and not re.match(r"\s*[a-z]", lines[1]) and (
            _holds_sentence_end(rest) or rest.endswith((".", "!", "?", "”", '"'))):
        # (a next line in lower case continues a sentence the line began: "“T,” by A, came")
        # "Artist – “Title”" over the review of the track: the line is an item of its own
        return [_trimmed(text, *block[0], "list"), *_sentences(text, block[1][0], block[-1][1])]
    if len(block) > 1 and (_COMMA_CREDIT_LINE.fullmatch(lines[0]) or (
            _NAMES_LINE.fullmatch(lines[0]) and re.search(r"[a-z]", lines[0]))) and \
            re.match(r"\s*[“\"A-Z]", lines[1]) and not _CAPITALS_LINE.fullmatch(lines[0]):
        # "“T,” G" or "A & B" over the text about them (a yearbook's entry): a line of its own
        kind = "list" if _COMMA_CREDIT_LINE.fullmatch(lines[0]) else "sentence"
        return [_trimmed(text, *block[0], kind), *_paragraph(text, block[1:])]
    if len(block) > 1 and (_CAPITALS_LINE.fullmatch(lines[0]) or
                           FIGURE_HEADING.fullmatch(lines[0]) or (
                               _PROMPT_LINE.fullmatch(lines[0]) and
                               re.match(r"\s*[“\"A-Z]", lines[1]))) and (
            _holds_sentence_end(rest) or rest.endswith((".", "!", "?", "”", '"'))):
        # "WHERE TO CATCH UP" over the section's text: a heading of its own
        return [_trimmed(text, *block[0], "heading"), *_paragraph(text, block[1:])]
    # the article's first paragraph may be a headline wrapped after a question ("Singing? Your")
    if (len(block) == 1 or (len(block) <= 3 and (
            block[0][0] == 0 or not _holds_sentence_end(" ".join(lines))))) and \
            _heading(" ".join(line.strip() for line in lines)):  # a headline, wrapped or not
        return [_trimmed(text, block[0][0], block[-1][1], "heading")]
    return _sentences(text, block[0][0], block[-1][1])


def _aligned_table(lines: list[str]) -> list[bool]:
    """For a table aligned with spaces (a caption line perhaps, a header row without digits,
    then rows with as many columns): which lines are rows; empty for any other paragraph.

    "No.  Weeks  Title  Artist" over "5    4      Title    A & B": each column starts
    after a run of two or more spaces, and every row has the header's number of cells."""
    cells = [len(_GAP.split(line.strip())) for line in lines]
    first = 1 if len(lines) > 1 and cells[0] < 3 and len(lines[0].split()) <= 12 and \
        not _holds_sentence_end(lines[0]) and not lines[0].rstrip().endswith((".", "!", "?")) \
        else 0
    header, data = lines[first] if first < len(lines) else "", cells[first + 1:]
    if len(data) < 2 or cells[first] < 3 or re.search(r"\d", header) or \
            any(n != cells[first] for n in data):
        return []
    if any(_holds_sentence_end(line) for line in lines[first:]):
        return []
    return [False] * first + [True] * (len(lines) - first)


def _join_wrapped_bullets(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of ``block`` with a bulleted item's wrapped continuation lines ("• P, for
    viewers" / "across Europe") joined to the item they continue."""
    if not any(_BULLET_NOTE.match(text[a:b]) for a, b in block):
        return block
    joined: list[tuple[int, int]] = []
    for a, b in block:
        line = text[a:b]
        if joined and _BULLET_NOTE.match(text[joined[-1][0]:joined[-1][1]]) and \
                not re.match(r"\s*(?:[•▪◦‣·*-]|\d{1,3}[.)])\s", line):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


#: A back cover's track: "01 Title [3:59]" over its credit, indented on the next line
#: ("   A & B of G"); the two lines make one item.
#: A song's entry: a short line that ends in the quoted title ("BOOTH 3 ▸ “T”"), over "Key:
#: value" lines, the first of which says who is credited ("On screen: A feat. B").
ENTRY_TITLE_LINE = rx.compile(r"[ \t]*(?:[^\n.!?:“\"]{1,40}?)?[“\"](?P<t>[^”\"\n]{1,60})[”\"]"
                              r"[ \t]*")
CREDIT_FIELD = rx.compile(r"[ \t]*(?P<k>credit|credits|credited\s+to|artists?|by|performed\s+by|"
                          r"performers?|on\s+screen|sung\s+by)\s*:[ \t]+(?P<a>\S[^\n]*?)[ \t]*",
                          re.I)
TRACK_OVER_CREDIT = rx.compile(r"[ \t]*\d{1,3}[.)]?[ \t]+(?P<t>[^\s\[\]()][^\n]{0,80}?)"
                               r"(?:[ \t]+[\[(]\d{1,2}:\d\d[\])])?[ \t]*\n"
                               r"[ \t]+(?P<a>[A-Z0-9][^\n]{0,80}?)[ \t]*")
#: A line that opens with a bullet or a dash used as one ("— “T,” out March 26.").
BULLET_LINE = rx.compile(r"[ \t]*[—–•▪*-][ \t]+\S")
# "C · A" (a part in capitals, an actor): two names of up to four words, a middle dot between them.
_ENTRY_HEAD = rx.compile(r"\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+[·|]\s+"
                         r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s*$")
_ROMAN_NUMBER = rx.compile(r"^\s*[IVX]{1,5}\.\s+(?=\S[^\n]*\s[—–]\s)")


def _list_line(line: str) -> bool:
    """A line of "Title — Artist" items, not a sentence that uses dashes as punctuation.

    Items are short, and a list line neither ends like a sentence nor holds a sentence end.
    """
    if BRACKET_ITEM.match(line) or ARTIST_COLON_ITEM.fullmatch(line) or \
            ORDINAL_SLASH_ITEM.fullmatch(line) or ARTIST_TITLE_TRACK.fullmatch(line):
        return True
    line = _ROMAN_NUMBER.sub("", line, count=1)  # "IV. Title — A": a set list's numbering
    if re.match(r"\s*\d{1,2}:\d\d\s*[ap]\.m\.", line):
        return False  # "7:30 p.m. — A is Best New Actress …": a live blog's entry
    if line.rstrip().endswith((".", ":", ";", ",")) or \
            _holds_sentence_end(_LEADER.sub(" — ", line)):  # "A1  Title ....... Artist"
        return False
    parts = _DASH.split(line.strip())
    if len(parts) < 2:
        return (bool(_BY_ITEM.match(line) or _PAREN_ITEM.match(line) or
                    _TITLE_ITEM.match(line)) and len(line.split()) <= 12) or \
            (bool(_BULLET_NOTE.match(line)) and len(line.split()) <= 25)
    sizes = [len(part.split()) for part in parts]
    # "“T” — A & B (“S,” B)": the drama and channel in brackets do not lengthen the artist
    last = len(re.sub(r"\([^()]*\)\s*$", "", parts[-1]).split())
    return sizes[0] <= 8 and last <= 10 and sizes[-1] <= 16 and \
        all(size <= 12 for size in sizes[1:-1])


# "Then: …" and "Now: …" open an entry's prose, which wrapping may cut anywhere: no key.
_PROSE_LABEL = re.compile(r"\s*(?:Then|Now|Today|Update|Verdict)\s*:")


def _field_line(line: str) -> bool:
    """A short "Key: value" line of a fact box or a winners list ("Channel: B, Fridays",
    "- Best OST: “T,” A"); not an interview's "Q:" or "A:" turn."""
    # "Only one of the two has reached the CHART: “T,” at No. 164 …": a key of many words
    # is a sentence's clause
    return bool(_FIELD.match(line)) and len(line.split()) <= 25 and \
        len(line.split(":", 1)[0].split()) <= 8


def credit_line(line: str) -> bool:
    """A "Title — Artist" line, one side a quoted title, heading the paragraph below it."""
    if RANKED_ROW.match(line) or TITLE_BY_LINE.fullmatch(line) or \
            LABELLED_ITEM.fullmatch(line):
        return True  # "6 ▸ Artist, “Title” (“Series”)", "6. “Title” by ARTIST" over the entry
    parts = _DASH.split(line.strip())
    return len(parts) == 2 and _list_line(line) and any(  # "7. “T” — A" in a countdown too
        re.fullmatch(r"(?:\d{1,3}[.)]\s*)?[\"“‘'].+[\"”’']", part.strip()) for part in parts)


def _holds_sentence_end(line: str) -> bool:
    """Whether a full stop inside ``line`` ends a sentence ("feat. X" and "No. 4" do not)."""
    for m in _SENTENCE_END.finditer(line):
        word = re.search(r"([A-Za-z]+)[.!?]$", line[:m.start() + 2])
        if not (word and word[1].lower() in _ABBREVIATIONS):
            return True
    return False


def _heading(line: str) -> bool:
    """A headline: no closing full stop and most words capitalised ("Title Case")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if len(words) < 4 or line.rstrip().endswith((".", "!", "?", ":", '"', "”")):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.7 * len(words)


def _sentences(text: str, start: int, end: int) -> list[Span]:
    out: list[Span] = []
    begin = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        word = re.search(r"([A-Za-z]+)\.+$", text[begin:m.start() + 1])
        if m.group().startswith(".") and word and _not_an_end(text, m.start(), word[1]):
            continue
        out.append(_trimmed(text, begin, stop))
        begin = stop
    if begin < end:
        out.append(_trimmed(text, begin, end))
    return out


def _not_an_end(text: str, dot: int, word: str) -> bool:
    if word == "m" and re.match(r"\.\s+(?:The|It|He|She|They|We|His|Her|Its|Their|A|In|On|But)\s",
                                text[dot:dot + 12]):
        return False  # "at 3 a.m. The group …": a time ends the sentence
    if word in ("st", "nd", "rd", "th") and text[dot - len(word) - 1:dot - len(word)].isdigit():
        return False  # "placed 31st. It is …": an ordinal, not "St."
    if len(word) > 1 and text[dot - len(word) - 1:dot - len(word)] == "-":
        return False  # "… in character as So-jun. The single …": a hyphenated name, not "Jun."
    if word.lower() in _ABBREVIATIONS:
        return True
    if len(word) == 1 and re.search(r"\b(?:[Ss]ide|[Pp]art|[Pp]lan|[Gg]roup|[Bb]lock|[Hh]all)\s+"
                                    r"\w\.$",
                                    text[max(0, dot - 8):dot + 1]):
        return False  # "… not as good as side A. If …": a letter that names, not an initial
    # An initial or an abbreviation with inner dots: "U.K.", "J. Kim".
    return len(word) == 1 and word.isupper() and dot + 1 < len(text) and text[dot + 1] != "\n"


def _trimmed(text: str, start: int, end: int, kind: str = "sentence",
             edge: str = " \t\r\n") -> Span:
    # a row's outer bars ("| 6 | T | A |", as Markdown writes tables) are no cells
    while start < end and (text[start] in edge or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in edge or text[end - 1].isspace()):
        end -= 1
    return Span(start, end, kind)


_QUOTED_SPAN = rx.compile(r"[“\"][^“”\"\n]{1,120}[”\"]")


def dashes(text: str, span: Span) -> list[tuple[int, int]]:
    """The (start, end) of each " — " of a list span, in order; for a "Title by Artist" line,
    of its last " by "; for a "Title (Artist)" line, of its opening bracket."""
    # "No. 41 — Title (Artist)", a chart list: the number is no title, its dash no cut
    ranked = _RANKED.match(text, span.start, span.end)
    begin = ranked.end() if ranked else span.start
    found = [(m.start(), m.end()) for m in _DASH.finditer(text, begin, span.end)]
    paren = _PAREN_ITEM.match(text[begin:span.end])
    # (a quoted title's own "by" is no cut: "12. “T by Night” (A)")
    if not found and paren and not _BY_ITEM.match(
            _QUOTED_SPAN.sub(lambda q: "x" * len(q.group()), text[begin:span.end])):
        # "Title (Artist)": the bracket is the cut; the artist ends before its closing bracket
        a = begin + paren.start("artist")
        return [(text.rindex("(", span.start, a), a)]
    quoted = _QUOTED_TITLE.match(text, begin, span.end) if ranked else None
    if not found and quoted:
        return [(quoted.start("gap"), quoted.end("gap"))]
    if not found:
        by = list(re.finditer(r"\s+by\s+(?:the\s+)?", text[span.start:span.end]))
        found = [(span.start + by[-1].start(), span.start + by[-1].end())] if by else []
    return found
