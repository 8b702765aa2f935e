"""A sentence with its names and dates replaced by placeholders, for the relation patterns.

Patterns are regular expressions about language ("played by", "No. 5 on"), written over the
masked text, where the i-th name is ``⟨i⟩`` and the j-th date ``⟦j⟧``; the macros below spell
those slots. A quoted title keeps any punctuation it had inside the quotes after its
placeholder (``“Low Tide,”`` becomes ``⟨0⟩,``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extraction import rx
from kg.extraction.dates import DateMention
from kg.extraction.mentions import Mention

M = r"⟨\d+⟩"
D = r"⟦\d+⟧"
#: A list of names: "⟨1⟩, ⟨2⟩ and ⟨3⟩".
NAMES = rf"{M}(?:\s*,\s*{M})*(?:,?\s+(?:and|&)\s+{M})?"
_MENTION = rx.compile(r"⟨(\d+)⟩")
_OPENING_QUOTE = re.compile(r"[“\"‘']$")
_CLOSING_QUOTE = re.compile(r"([,.;:!?]*)[”\"’']")
_SPACES = re.compile(r"\s+")
_DASHED = re.compile(r"\s+[—–]\s+|\s-\s")
_THE_ORIGINAL = rx.compile(r"^(\s*)The\s+original(?=,\s+(?:credited|sung|released|recorded)\b|"
                          r"\s+(?:is|was)\s+(?:by|credited|sung)\b)")
_FEATURE_QUOTE = re.compile(r"(⟩ \((?:feat\.|ft\.|featuring|with) ⟨\d+⟩\)[,.;:!?]*)[”\"’']", re.I)
_DATE = rx.compile(r"⟦(\d+)⟧")


@dataclass
class Sentence:
    """A span of the article, its mentions and dates, and the masked text."""

    start: int
    end: int
    text: str
    mentions: list[Mention]
    dates: list[DateMention]
    masked: str = ""
    kind: str = "sentence"

    def __post_init__(self) -> None:
        parts: list[str] = []
        cursor = self.start
        items = [(m.start, m.end, f"⟨{i}⟩", m) for i, m in enumerate(self.mentions)]
        items += [(d.start, d.end, f"⟦{j}⟧", d) for j, d in enumerate(self.dates)]
        for a, b, token, item in sorted(items, key=lambda x: x[0]):
            if a < cursor:
                continue
            parts.append(self.text[cursor:a])
            if isinstance(item, Mention) and item.quoted:
                # Drop the quotes; keep punctuation that was inside them after the slot.
                parts[-1] = _OPENING_QUOTE.sub("", parts[-1])
                close = _CLOSING_QUOTE.match(self.text[b:self.end])
                parts.append(token)
                if close:  # "“Two A.M.,”": the comma is the sentence's; the dot, the title's
                    parts.append(close.group(1)[-1:])
                    b += close.end()
            else:
                parts.append(token)
            cursor = b
        parts.append(self.text[cursor:self.end])
        # A parenthesis set off by dashes reads like one set off by commas, and a line break
        # inside a sentence (a wrapped article) like a space.
        masked = _SPACES.sub(" ", _DASHED.sub(", ", "".join(parts)))
        # "“Title (feat. X),”": the title's slot ends before the parenthesis; drop its quote.
        # "The original, credited to A, was released on …" after a version of a song is
        # performed: the song, as any pattern that reads "The song, …" takes it.
        masked = _THE_ORIGINAL.sub(r"\1The song", masked)
        self.masked = rx.Text(_FEATURE_QUOTE.sub(r"\1", masked))

    def mention(self, slot: str | None) -> Mention | None:
        """The mention of a placeholder ("⟨3⟩"), or ``None``."""
        if not slot:
            return None
        m = _MENTION.search(slot)
        return self.mentions[int(m[1])] if m else None

    def offset(self, mention: Mention) -> int:
        """Where the placeholder of one of the sentence's mentions starts in the masked text."""
        return self.masked.find(f"⟨{self.mentions.index(mention)}⟩")

    def after_from(self, mention: Mention) -> bool:
        """Whether "from" stands right before the mention ("a song from “S”": where it is
        from, not the song)."""
        return re.search(r"\bfrom\s+$", self.masked[:self.offset(mention)]) is not None

    def mentions_in(self, text: str | None) -> list[Mention]:
        """Every mention whose placeholder occurs in ``text`` (a part of the masked text)."""
        return [self.mentions[int(i)] for i in _MENTION.findall(text or "")]

    def date(self, slot: str | None) -> DateMention | None:
        """The date of a placeholder ("⟦0⟧"), or ``None``."""
        if not slot:
            return None
        m = _DATE.search(slot)
        return self.dates[int(m[1])] if m else None

    def dates_in(self, text: str | None) -> list[DateMention]:
        """Every date whose placeholder occurs in ``text``."""
        return [self.dates[int(j)] for j in _DATE.findall(text or "")]


# Words that make a statement not a fact: negations, modals, futures, plans, conditions.
_HEDGE = rx.compile(
    r"\b(?:not(?!\s+only\b)|never|no\s+longer|yet\s+to|will|would|could|might|should|may(?!\s+(?:also\s+)?(?:catch|watch|stream|find|view|enjoy|see|binge))|shall|can't|"
    r"cannot|won't|wouldn't|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|"
    # ("The window is set to “T”": set to a song, not set to happen)
    r"hadn't|expected|set\s+to(?!\s+⟨|\s+(?:songs?|music|tracks?)\b)|scheduled|slated|poised|"
    r"hopes?|hoped|hoping|wish(?:es|ed)?|"
    r"if|If|unless|Unless|failed|fails|fail|aims?|aiming|plans?|planned|planning|likely|"
    r"predicted|rumou?red|reportedly|upcoming|forthcoming|whether|Whether|bid|wait|waits|"
    # (not "Hikers waiting for the last bus ask for “T”": people who wait, a participle)
    r"(?<!⟩\s)(?<!ers\s)(?<!nts\s)(?<!ies\s)waiting|awaits?|awaiting|needs?\s+to|hopefully)\b"
    r"|n't\b")
# (", where it is available on P": a relative clause of place states its own fact)
_CLAUSE_START = rx.compile(r"[;:]|,\s+(?:but|while|whereas|although|though|and|where)\b|\bbut\b")


# A schedule announced for a series is a fact about it ("will premiere on", "is set to air").
_SCHEDULED = rx.compile(r"\b(?:will|is\s+set\s+to|are\s+set\s+to|is\s+scheduled\s+to|"
                        r"(?:is|are|was)\s+(?:scheduled|slated|set)\s+for|"
                        r"is\s+slated\s+to|set\s+to|scheduled\s+to|slated\s+to|upcoming)\b")


# ("Those who would rather watch the drama than hear it can stream …": the same)
_FOR_THE_READER = rx.compile(r"^\s*For\s+(?:anyone|those|viewers|fans|readers|newcomers)\b"
                             r"[^,;⟨]*,|"
                             r"^\s*(?:Those|Anyone|Viewers|Fans|Readers)\s+who\s+would\s+rather\b"
                             r"[^,;⟨]*?\bthan\b[^,;⟨]*?(?=\s+can\s)")


def hedged(masked: str, at: int, scheduled: bool = False) -> bool:
    """Whether the clause of ``masked`` that ends at offset ``at`` (a pattern's verb) is
    negated, modal, future or hypothetical ("did not chart", "will be released", "is expected
    to surpass", "if it had charted, it would have reached"). With ``scheduled``, a future
    that announces a series' broadcast ("will premiere on", "will stream on") is a fact."""
    if scheduled:
        masked = _SCHEDULED.sub(lambda m: " " * len(m.group()), masked)
    # "If you are catching up, it is on P", "If the music sends you back to the drama, …":
    # the reader's condition, not the fact's
    masked = re.sub(r"^\s*If\b[^,;]*?\byou\b[^,;]*,", lambda m: " " * len(m.group()), masked)
    # "For anyone planning a rewatch, the series is on P": the reader's plan, not the fact's
    masked = _FOR_THE_READER.sub(lambda m: " " * len(m.group()), masked)
    # (", a jazz vocalist who never appears on screen,": the apposition's clause too)
    head = re.sub(r",\s+(?:(?:an?|the)\s+[^,;⟨]*?\s)?(?:which|who|whose)\b[^,]*,", ",", masked[:at])
    starts = [m.end() for m in _CLAUSE_START.finditer(head)]
    clause = head[starts[-1]:] if starts else head
    found = _HEDGE.search(clause + masked[at:])  # the words after decide "may catch"
    if found and found.start() < len(clause):
        return True
    # "If X had charted, it would have …": a condition earlier in the sentence.
    return bool(re.match(r"\s*(?:If|Unless|Had|Were|Should)\b", masked))
