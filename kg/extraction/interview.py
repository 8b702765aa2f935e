"""Who "I" and "you" are in a question-and-answer interview.

An interview article ("Q: … / A: …", "Q. … / A. …") names its guest in the headline or the
opening paragraph, then lets the guest speak in the first person. In an answer "I" is the
guest ("A and I also duet on T"); in a question "you" is ("you sang it in character
as C"). Those pronouns are read as mentions of the guest's name, so that the relation patterns
treat them as they treat the name itself. Outside the turns of an interview nothing changes:
"I" in a quotation of a news story is whoever is quoted, which a pattern cannot know.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from kg.extraction import names, rx
from kg.extraction.mentions import Mention
from kg.extraction.registry import Registry

# A turn starts a line: "Q:", "Q.", "A:", "A." (and the spelt-out words).
_TURN = rx.compile(r"^[ \t]*(?P<who>Q|A|Question|Answer)\s*[.:]\s", re.M)
# The guest's pronoun in each kind of turn, by the turn's initial.
_PRONOUN = {"A": rx.compile(r"(?<![\w’'-])I(?![\w-])"),
            "Q": rx.compile(r"(?<![\w’'-])[Yy]ou(?![\w’'-])")}


# A question marked by a square or an arrow on a line of its own: "■ Do you still drum?",
# "■ Tell us about the band.".
_MARKED_QUESTION = rx.compile(r"^[ \t]*[■□▪◆◇●►▶][ \t]*(?:[^\n]+\?|[^\n]{1,120}[.!”\"])[ \t]*$",
                              re.M)
# A numbered question on a line of its own: "3. You sing again. Tell us about “T.”"; the
# answer is the paragraph below it.
# A wrapped question runs on to the line that ends it.
_NUMBERED_QUESTION = rx.compile(r"^[ \t]*\d{1,2}\.[ \t]+[^\n]*?(?:\n(?![ \t]*\n)[^\n]*?){0,2}?"
                                r"[?.!”\"][ \t]*$", re.M)
# A turn labelled by speaker, in capitals: "LNW: …" (the outlet), "JEON: …" (the guest).
# "RYEOWON:", "MONITOR MIX:": a speaker's label (the outlet's may run to two words)
_LABEL = rx.compile(r"^[ \t]*(?P<who>[A-Z][A-Z&-]{1,15}(?: [A-Z][A-Z&-]{1,15})?)[ \t]*:\s", re.M)
_BLANK_LINE = rx.compile(r"\n[ \t]*\n")
# A topic set instead of a question, on a line of its own over the quoted answer: "On the duet".
_PROMPT = rx.compile(r"^[ \t]*(?:On|About)[ \t]+[^\n.?!:;“”\"]{2,40}$(?=\n[ \t]*[“\"])", re.M)


@dataclass(frozen=True)
class Turns:
    """An interview's turns, (start, end, who) in order of start, indexed so that finding
    the turns at an offset does not read every turn of a long text."""

    turns: list[tuple[int, int, str]]
    _starts: list[int] = field(init=False, repr=False)
    # how far any turn up to each one reaches: an answer may run past the next question
    _reach: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [a for a, _, _ in self.turns])
        object.__setattr__(self, "_reach", list(accumulate((b for _, b, _ in self.turns), max)))

    def __bool__(self) -> bool:
        return bool(self.turns)

    @property
    def first_start(self) -> int:
        """Where the first turn starts."""
        return self.turns[0][0]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The turns that share an offset with ``[start, end)``, in order."""
        first = bisect_right(self._reach, start)
        last = bisect_left(self._starts, end)
        return [t for t in self.turns[first:last] if t[1] > start]

    def holds(self, offset: int) -> bool:
        """Whether a turn covers ``offset``."""
        i = bisect_right(self._starts, offset)
        return i > 0 and self._reach[i - 1] > offset


def turns(text: str) -> Turns:
    """The (start, end, who) of each turn, "Q" or "A" (a turn ends at a blank line or at the
    next turn); none when the article is not an interview (it needs both kinds of turn).

    Turns labelled by speaker count when exactly two labels are used at least twice, and
    one of them is a name the article also writes in ordinary case (the guest's, so the
    answers); the other label asks the questions.
    """
    marks = [(m, m["who"]) for m in _TURN.finditer(text)]
    asked = list(_MARKED_QUESTION.finditer(text))
    numbered = list(_NUMBERED_QUESTION.finditer(text))
    if not marks and not asked and sum(m.group().rstrip().endswith("?") for m in numbered) >= 3:
        asked = numbered  # "1. Who are you playing this time?" over a quoted answer
    prompted = list(_PROMPT.finditer(text))
    if not marks and not asked and len(prompted) >= 3:
        asked = prompted  # "On the duet" over a quoted answer: a topic instead of a question
    if not marks and len(asked) >= 2:
        # "■ Could you …?" on a line of its own, the answer on the lines below it (at least two
        # such lines, or a single bulleted remark would make an interview)
        found = []
        for m in asked:
            found.append((m.start(), m.end(), "Q"))
            blank = _BLANK_LINE.search(text, m.end())
            found.append((m.end(), blank.start() if blank else len(text), "A"))
        return Turns(found)
    if not marks:
        labelled = list(_LABEL.finditer(text))
        labels = {w for w in {m["who"] for m in labelled}
                  if sum(m["who"] == w for m in labelled) >= 2}  # not a headline's "Q&A:"
        guests = [w for w in labels if re.search(rf"\b{w.capitalize()}\b(?!:)", text)]
        if len(labels) == 2 and len(guests) == 1:
            marks = [(m, "A" if m["who"] == guests[0] else "Q") for m in labelled
                     if m["who"] in labels]
    found = []
    for n, (m, who) in enumerate(marks):
        end = marks[n + 1][0].start() if n + 1 < len(marks) else len(text)
        blank = _BLANK_LINE.search(text, m.end(), end)
        found.append((m.start(), blank.start() if blank else end, who))
    kinds = {who[0] for _, _, who in found}
    return Turns(found if kinds == {"Q", "A"} else [])


def guest(headline: str, opening: list[Mention], registry: Registry,
          person_name: rx.Pattern) -> str | None:
    """The name of the interview's guest: the first name of the opening paragraphs
    (``opening``) that the ``headline`` also names and that is a known person or no known
    entity at all; else the first known person or unknown name shaped like a personal name."""
    # compared folded: the headline may spell the name "A B-c" and the paragraph "A Bc"
    folded, words = names.exact_form(headline), set(names.syllables(headline))
    unquoted = [m for m in opening if not m.quoted]
    named = [m.text for m in unquoted
             if (registry.lookup(m.text, ("lr:Person",)).found or not m.resolution.entities)
             and _in_headline(m.text, folded, words)]
    # a one-word stage name ("Nayeon") counts once the headline names it too; a name in
    # capitals is a group's ("NEON ARC"), as it is everywhere else
    named = [n for n in named if not n.isupper()]
    if named:
        return named[0]
    people = [m.text for m in unquoted if registry.lookup(m.text, ("lr:Person",)).found or
              (not m.resolution.entities and person_name.match(m.text))]
    return people[0] if people else None


def _in_headline(name: str, folded: str, words: set[str]) -> bool:
    # a one-word name must be a whole word of the headline, not a piece of a longer one
    parts = names.syllables(name)
    return names.exact_form(name) in folded and (len(parts) > 1 or set(parts) <= words)


def speaker_mentions(text: str, start: int, end: int, interview: Turns,
                     name: str, registry: Registry, taken: list[Mention]) -> list[Mention]:
    """Mentions of the guest ``name`` for the "I" of answers and the "you" of questions in
    ``text[start:end]`` (none where a name was already found)."""
    found = []
    for a, b, who in interview.overlapping(start, end):
        for m in _PRONOUN[who[0]].finditer(text, max(a, start), min(b, end)):
            if all(m.end() <= x.start or x.end <= m.start() for x in taken):
                found.append(Mention(m.start(), m.end(), name, registry.lookup(name)))
    return found


def is_pronoun(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is one that :func:`speaker_mentions` made of an "I" or a "you"."""
    return text[mention.start:mention.end] in ("I", "you", "You")
