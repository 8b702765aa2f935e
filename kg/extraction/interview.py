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

from kg.extraction import names
from kg.extraction.mentions import Mention
from kg.extraction.registry import Registry

# A turn starts a line: "Q:", "Q.", "A:", "A." (and the spelt-out words).
_TURN = re.compile(r"^[ \t]*(?P<who>Q|A|Question|Answer)\s*[.:]\s", re.M)
# The guest's pronoun in each kind of turn, by the turn's initial.
_PRONOUN = {"A": re.compile(r"(?<![\w’'-])I(?![\w-])"),
            "Q": re.compile(r"(?<![\w’'-])[Yy]ou(?![\w’'-])")}


def turns(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, who) of each turn, "Q" or "A" (a turn ends at a blank line or at the
    next turn); none when the article is not an interview (it needs both kinds of turn)."""
    found = []
    marks = list(_TURN.finditer(text))
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        blank = re.search(r"\n[ \t]*\n", text[m.end():end])
        found.append((m.start(), m.end() + blank.start() if blank else end, m["who"]))
    kinds = {who[0] for _, _, who in found}
    return found if kinds == {"Q", "A"} else []


def guest(headline: str, opening: list[Mention], registry: Registry,
          person_name: re.Pattern[str]) -> str | None:
    """The name of the interview's guest: of the names in the opening paragraphs
    (``opening``) that are known persons or shaped like personal names, the first that the
    ``headline`` also names, else the first."""
    people = [m.text for m in opening if not m.quoted and (
        registry.lookup(m.text, ("lr:Person",)).found or
        (not m.resolution.entities and person_name.match(m.text)))]
    # compared folded: the headline may spell the name "A B-c" and the paragraph "A Bc"
    folded = names.exact_form(headline)
    return next((p for p in people if names.exact_form(p) in folded),
                people[0] if people else None)


def speaker_mentions(text: str, start: int, end: int, interview: list[tuple[int, int, str]],
                     name: str, registry: Registry, taken: list[Mention]) -> list[Mention]:
    """Mentions of the guest ``name`` for the "I" of answers and the "you" of questions in
    ``text[start:end]`` (none where a name was already found)."""
    found = []
    for a, b, who in interview:
        if b <= start or a >= end:
            continue
        for m in _PRONOUN[who[0]].finditer(text, max(a, start), min(b, end)):
            if all(m.end() <= x.start or x.end <= m.start() for x in taken):
                found.append(Mention(m.start(), m.end(), name, registry.lookup(name)))
    return found
