"""Regular expressions that first look for a piece of text they cannot match without.

The relation patterns are hundreds of regular expressions, each tried on every sentence, and
most of them find nothing there. Python's engine scans a sentence position by position; asking
first whether the sentence holds a literal the pattern needs ("played", "chart", "⟩") is a
substring test, many times cheaper. :func:`compile` reads the pattern's syntax tree for a set of
literals one of which every match must contain, and returns a pattern that answers "no match"
at once when none of them is in the text searched. The answer is the same as the engine's on
every text: the test only skips work that could find nothing. Patterns it can say nothing
certain about (case-insensitive ones, or those whose every part is optional or a character
class) are returned as Python compiled them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

try:  # the parser behind re.compile: private, so its absence only turns the filter off
    from re import _constants as _op
    from re import _parser as _parser
except ImportError:  # pragma: no cover - Pythons before 3.11 keep it elsewhere
    _op = _parser = None  # type: ignore[assignment]

# Past this many characters an anchored match is not tested first: it may end long before
# the text does, and the test reads all of it.
_ANCHORED_REACH = 512
_END = sys.maxsize  # re's own default for endpos
# The other literal sets a gate tests after the first: at most this many, none with a literal
# shorter than this (a one-letter piece is in almost every sentence)
_ALSO_MOST = 3
_ALSO_SHORTEST = 2
_NOTHING: Iterator[re.Match[str]] = iter(())  # exhausted, so safe to hand to every caller

Literals = frozenset[str]
_REPEATS = tuple(getattr(_op, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_op, name)) if _op is not None else ()


class Gated:
    """A compiled pattern behind a test for literals (see :func:`compile`); it answers the
    methods of :class:`re.Pattern` the extractor uses, and lends it every other attribute."""

    __slots__ = ("_also", "_keys", "_pattern", "_pieces", "literals")

    def __init__(self, pattern: re.Pattern[str], literals: Literals,
                 also: tuple[Literals, ...] = ()) -> None:
        self._pattern = pattern
        self.literals = literals
        self._pieces = tuple(sorted(literals, key=lambda s: (-len(s), s)))
        # other literal sets every match also needs one of: a text with the first but none of
        # these is still no match, and a substring test is cheaper than the engine's scan
        self._also = tuple(tuple(sorted(more, key=lambda s: (-len(s), s))) for more in also)
        # one three-letter piece of each literal: a text whose trigrams (see :class:`Text`)
        # hold none of them holds no literal, which one set operation tells
        self._keys = frozenset(_key(p) for p in literals) \
            if all(len(p) >= 3 for p in literals) else None

    # The tests are written out in the methods called once per sentence and pattern (finditer,
    # search, match on a whole sentence): three in four of those calls find none of the keys,
    # so the fewer steps before that answer, the less the gate costs. A whole :class:`Text` is
    # tested by its trigrams first; a plain str has none (reading them raises, which costs
    # nothing until it happens, and it happens on almost no call), and goes on to the literals.

    def _holds(self, text: str, pos: int, endpos: int) -> bool:
        """Whether ``text[pos:endpos]`` holds one of the literals, and one of each other set
        (a negative ``pos`` is 0, as ``re`` reads it)."""
        region = text[max(pos, 0):endpos] if pos > 0 or endpos < len(text) else text
        for piece in self._pieces:
            if piece in region:
                return self._rest_in(region)
        return False

    def _rest_in(self, text: str) -> bool:
        """Whether ``text`` holds one literal of each of the other required sets."""
        for pieces in self._also:
            for piece in pieces:
                if piece in text:
                    break
            else:
                return False
        return True

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        if pos or endpos is not _END:
            if self._holds(text, pos, endpos):
                return self._pattern.finditer(text, pos, endpos)
            return _NOTHING
        keys = self._keys
        if keys is not None:
            try:
                if keys.isdisjoint(text.grams):  # type: ignore[attr-defined]
                    return _NOTHING
            except AttributeError:
                pass
        for piece in self._pieces:
            if piece in text:
                return self._pattern.finditer(text) if self._rest_in(text) else _NOTHING
        return _NOTHING

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        if pos or endpos is not _END:
            if self._holds(text, pos, endpos):
                return self._pattern.search(text, pos, endpos)
            return None
        keys = self._keys
        if keys is not None:
            try:
                if keys.isdisjoint(text.grams):  # type: ignore[attr-defined]
                    return None
            except AttributeError:
                pass
        for piece in self._pieces:
            if piece in text:
                return self._pattern.search(text) if self._rest_in(text) else None
        return None

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        if pos or endpos is not _END:
            if min(endpos, len(text)) - max(pos, 0) > _ANCHORED_REACH:
                # a match anchored in a long text may be short: testing the rest would cost
                # more than it saves
                return self._pattern.match(text, pos, endpos)
            if self._holds(text, pos, endpos):
                return self._pattern.match(text, pos, endpos)
            return None
        keys = self._keys
        if keys is not None:
            try:
                if keys.isdisjoint(text.grams):  # type: ignore[attr-defined]
                    return None
            except AttributeError:
                pass
        if len(text) > _ANCHORED_REACH:
            return self._pattern.match(text)
        for piece in self._pieces:
            if piece in text:
                return self._pattern.match(text) if self._rest_in(text) else None
        return None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As :meth:`re.Pattern.fullmatch`."""
        if self._holds(text, pos, endpos):
            return self._pattern.fullmatch(text, pos, endpos)
        return None

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        """As :meth:`re.Pattern.findall`."""
        return self._pattern.findall(text, pos, endpos) if self._holds(text, pos, endpos) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        """As :meth:`re.Pattern.sub`."""
        return self._pattern.sub(repl, text, count) if self._holds(text, 0, _END) else text

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        """As :meth:`re.Pattern.subn`."""
        return self._pattern.subn(repl, text, count) if self._holds(text, 0, _END) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        """As :meth:`re.Pattern.split`."""
        return self._pattern.split(text, maxsplit) if self._holds(text, 0, _END) else [text]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"Gated({self._pattern!r}, {sorted(self.literals)!r})"


class FoldedGated(Gated):
    """A case-insensitive pattern behind a test for its literals in lower case (see
    :func:`compile`). Only a whole :class:`Text` is tested, by its lower-case copy; every
    other call goes straight to the pattern."""

    __slots__ = ()

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        lowered = None if pos or endpos is not _END else getattr(text, "lowered", None)
        if lowered is None:
            return self._pattern.finditer(text, pos, endpos)
        for piece in self._pieces:
            if piece in lowered:
                return self._pattern.finditer(text)
        return _NOTHING

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        lowered = None if pos or endpos is not _END else getattr(text, "lowered", None)
        if lowered is None:
            return self._pattern.search(text, pos, endpos)
        for piece in self._pieces:
            if piece in lowered:
                return self._pattern.search(text)
        return None

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        lowered = None if pos or endpos is not _END or len(text) > _ANCHORED_REACH \
            else getattr(text, "lowered", None)
        if lowered is None:
            return self._pattern.match(text, pos, endpos)
        for piece in self._pieces:
            if piece in lowered:
                return self._pattern.match(text)
        return None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """As :meth:`re.Pattern.fullmatch`."""
        return self._pattern.fullmatch(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        """As :meth:`re.Pattern.findall`."""
        return self._pattern.findall(text, pos, endpos)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        """As :meth:`re.Pattern.sub`."""
        return self._pattern.sub(repl, text, count)

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        """As :meth:`re.Pattern.subn`."""
        return self._pattern.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        """As :meth:`re.Pattern.split`."""
        return self._pattern.split(text, maxsplit)

    def __repr__(self) -> str:
        return f"FoldedGated({self._pattern!r}, {sorted(self.literals)!r})"


# Under IGNORECASE these four match ASCII letters whose lower case they do not have ("ſ" is an
# "s", "K" a "k"; the re documentation lists them): a text holding one is not tested.
_UNFOLDED = ("\u0130", "\u0131", "\u017f", "\u212a")


class Text(str):
    """A text searched by many gated patterns in turn (a masked sentence), with the set of its
    three-character pieces worked out once, so that each pattern's test is one set operation
    instead of a substring search per literal, and its lower-case copy for the case-insensitive
    patterns (``None`` when a letter in it folds otherwise). It is a ``str`` in every other
    respect."""

    grams: set[tuple[str, str, str]]
    lowered: str | None

    def __new__(cls, text: str) -> Text:
        self = super().__new__(cls, text)
        # (tuples of characters: quicker to make than three-character strings)
        self.grams = set(zip(text, text[1:], text[2:], strict=False))
        self.lowered = None if any(c in text for c in _UNFOLDED) else text.lower()
        return self


# Letters by how often they occur in English prose, rarest last: a literal is tested by its
# trigram of rarest letters, which the fewest texts contain.
_FREQUENT = "etaoinshrdlcumwfgypbvkjxqz"


def _key(literal: str) -> tuple[str, ...]:
    def rarity(gram: str) -> int:
        return sum(_FREQUENT.find(c.lower()) if c.lower() in _FREQUENT else len(_FREQUENT)
                   for c in gram)

    grams = [literal[i:i + 3] for i in range(len(literal) - 2)]
    return tuple(max(grams, key=lambda g: (rarity(g), g)))


#: What a relation pattern is: compiled by Python, or compiled here behind its test.
Pattern = re.Pattern[str] | Gated


def found_by(match: re.Match[str], *patterns: Pattern) -> bool:
    """Whether ``match`` is a match of one of ``patterns`` (its ``re`` is Python's compiled
    pattern, never the gated one, so ``match.re is P`` cannot tell)."""
    return any(match.re is (p._pattern if isinstance(p, Gated) else p) for p in patterns)


def compile(pattern: str, flags: int = 0) -> Pattern:
    """``re.compile(pattern, flags)``, behind a test for the literals every match contains
    when the pattern has any (in lower case when it ignores case, and then only literals
    written in ASCII, whose case the test knows)."""
    compiled = re.compile(pattern, flags)
    if compiled.flags & re.IGNORECASE:
        literals = required_literals(compiled, ignoring_case=True)
        if literals and all(piece.isascii() for piece in literals):
            return FoldedGated(compiled, frozenset(piece.lower() for piece in literals))
        return compiled
    literals = required_literals(compiled)
    if not literals:
        return compiled
    # ("C, who plays …, is": "who" and one of "plays" / "played" both, tested in turn)
    also = tuple(more for more in required_sets(compiled) if more != literals and
                 min(len(piece) for piece in more) >= _ALSO_SHORTEST)[:_ALSO_MOST]
    return Gated(compiled, literals, also)


def required_sets(compiled: re.Pattern[str]) -> list[Literals]:
    """Every literal set the pattern's syntax shows a match to need one of, most selective
    first (:func:`required_literals` is the first); empty when it shows none."""
    if _parser is None or not isinstance(compiled.pattern, str) or \
            compiled.flags & re.IGNORECASE:
        return []
    try:
        tree = _parser.parse(compiled.pattern, compiled.flags)
    except Exception:
        return []
    found = list(dict.fromkeys(_all_needs(tree)))
    return sorted(found, key=_selectivity, reverse=True)


def required_literals(compiled: re.Pattern[str], ignoring_case: bool = False
                      ) -> Literals | None:
    """A set of strings one of which every match of ``compiled`` contains, or ``None`` when
    the pattern's syntax shows none for certain. With ``ignoring_case`` they are the strings as
    the pattern writes them, which a match contains in some case: the pattern may ignore it."""
    if _parser is None or not isinstance(compiled.pattern, str) or \
            (compiled.flags & re.IGNORECASE and not ignoring_case):
        return None
    try:
        tree = _parser.parse(compiled.pattern, compiled.flags)
    except Exception:
        return None
    return _needs(tree, ignoring_case)


def _needs(items: Any, ignoring_case: bool = False) -> Literals | None:
    """The best literal set of a sequence of parsed items (see :func:`_all_needs`): each item
    is required in turn, so any one item's set will do; the one with the longest shortest
    literal is kept, the first of equals."""
    return max(_all_needs(items, ignoring_case), key=_selectivity, default=None)


def _all_needs(items: Any, ignoring_case: bool = False) -> list[Literals]:
    """Every literal set of a sequence of parsed items, in order: each item is required, so
    a text any match is in holds one literal of every set. With ``ignoring_case`` they are
    the strings as the pattern writes them (see :func:`required_literals`)."""
    found: list[Literals] = []
    run: list[str] = []

    def close() -> None:
        if run:
            found.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _op.LITERAL:
            if ignoring_case and av > 127:
                close()  # a letter outside ASCII may fold in ways the test does not know
            else:
                run.append(chr(av))
            continue
        if op is _op.AT:  # an anchor matches no character: the literals around it are adjacent
            continue
        close()
        if op is _op.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if ignoring_case or not (add_flags & re.IGNORECASE):
                found.extend(_all_needs(sub, ignoring_case))
        elif op is _op.BRANCH:
            either = _either(av[1], ignoring_case)
            if either:
                found.append(either)
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                found.extend(_all_needs(sub, ignoring_case))
        elif op is getattr(_op, "ATOMIC_GROUP", None):
            found.extend(_all_needs(av, ignoring_case))
        # anything else (a class, a wildcard, a look-around, a back-reference) requires no
        # literal that can be named here
    close()
    return found


def _either(branches: list[Any], ignoring_case: bool = False) -> Literals | None:
    """An alternation needs one of its branches: the union of theirs, if every branch has one."""
    union: set[str] = set()
    for branch in branches:
        needs = _needs(branch, ignoring_case)
        if not needs:
            return None
        union |= needs
    return frozenset(union)


def _selectivity(literals: Literals) -> tuple[int, int]:
    # a long shortest literal is rare in text; fewer alternatives are fewer tests
    return min(len(s) for s in literals), -len(literals)
