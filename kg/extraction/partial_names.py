"""A family name or a given name alone, standing for a person the article names in full.

News writing names a person in full once ("P Q-r admits …") and then by the family name
("P headlined the drama as …") or, in interviews, by the given name. The registry already
reads a partial name of a registered person the article has named (see
:meth:`~kg.extraction.registry.Registry.limit_partial_names`); this module does the same for
people the registry does not know yet, whose full name is only in the article. A partial name
shared by two full names of the article is left alone, unless only one of them was written
before it: guessing would be worse than missing.
"""

from __future__ import annotations

from kg.extraction import names, rx
from kg.extraction.mentions import Mention
from kg.extraction.registry import Registry

_PART = rx.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")
_SYLLABLE = rx.compile(r"[A-Z][a-z]{1,3}")
# "P Q-r", "P Q R": a family name and a given name, hyphenated or in two words.
_FULL = rx.compile(r"[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+| [A-Z][a-z]+)")


def table(mentions: list[Mention], person_name: rx.Pattern) -> dict[str, set[str]]:
    """The full names each family and given name (romanised form) may stand for: unknown,
    unquoted names of the article shaped like personal names of two or three words."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        text = " ".join(mention.text.split())
        if mention.quoted or mention.resolution.entities or not person_name.match(text) or \
                not _FULL.fullmatch(text):
            continue
        family, given = names.family_name(text), names.given_name(text)
        found.setdefault(_FIRST + text, {str(mention.start)})
        found.setdefault(_family_key(family), set()).add(text)
        found.setdefault(_LOOSE + _loose_form(family), set()).add(text)
        if _PART.fullmatch(given):
            found.setdefault(given, set()).add(text)
    return found


# Keyed by the folding alone: "Im" and "Yi" for "Lim" and "Lee", whose initials differ.
_LOOSE = "~:"
# Where a full name is first written ("@:P Q-r" → its offset).
_FIRST = "@:"


_VOICED = {"p": "b", "k": "g", "t": "d", "ch": "j"}
_VOICELESS_INITIAL = rx.compile(r"^(?:ch|p|k|t)")


def _loose_form(family: str) -> str:
    """A family name's folding with its initial's voicing ignored too ("Paek" and "Baek",
    "Kwon" and "Gwon"): the first consonant of a Korean syllable is written either way."""
    return _VOICELESS_INITIAL.sub(lambda m: _VOICED[m.group()], names.romanised_form(family))


def _family_key(name: str) -> str:
    # Romanisations of one family name share their initial (Choi / Choe, Lim / Lym), and
    # matching without it would read a given name "Ri-o" as the family name "Yeo".
    return f"{name[0]}:{names.romanised_form(name)}"


def expand(mentions: list[Mention], full_names: dict[str, set[str]], registry: Registry
           ) -> list[Mention]:
    """``mentions`` with each unknown one-word name that stands for exactly one full name of
    the article read as that full name (its place in the text unchanged)."""
    out = []
    for mention in mentions:
        candidates = full_names.get(_family_key(mention.text), set()) | \
            full_names.get(mention.text, set()) \
            if not mention.quoted and _PART.fullmatch(mention.text) else set()
        if not candidates and not mention.quoted and _SYLLABLE.fullmatch(mention.text):
            # a one-syllable family name spelt with another initial than the full name's
            # (only a name written before it: "P" in a list is not the "Q R-s" named later)
            candidates = {full for full in full_names.get(
                _LOOSE + _loose_form(mention.text), set())
                if _written_before(full_names, full, mention.start)}
        if mention.resolution.entities and not (
                # "Lee" shared by several registered people the article never names, after
                # "Lee Q-r" named in full: the article's own
                len(mention.resolution.entities) > 1 and
                mention.resolution.how == "family name" and
                not any(registry.scoped(e) for e in mention.resolution.entities)):
            # Only a variant spelling of a registered name (a family name that is also a
            # romanisation of a registered given name) yields to a person the article itself
            # named with exactly this family name.
            candidates = {full for full in candidates
                          if names.family_name(full) == mention.text} \
                if mention.resolution.how == "romanised" else set()
        if len({names.romanised_form(full) for full in candidates}) == 1 and len(candidates) > 1:
            # "Jeong Q-r" and, further down, "Jung Q-r": one person in two spellings
            candidates = {min(candidates, key=lambda full: (
                names.family_name(full) != mention.text, full))}
        written = {full for full in candidates
                   if _written_before(full_names, full, mention.start)}
        if len(candidates) > 1 and len(written) == 1 and not mention.resolution.entities:
            # "P Q-r and … : C is P’s role", with "P S-t" named only further down: the one
            # written before (a name is written in full before it is shortened)
            candidates = written
        if len(candidates) == 1:
            full = next(iter(candidates))
            mention = Mention(mention.start, mention.end, full, registry.lookup(full))
        out.append(mention)
    return out


def _written_before(full_names: dict[str, set[str]], full: str, at: int) -> bool:
    """Whether the article first writes the full name ``full`` before offset ``at``."""
    first = full_names.get(_FIRST + full)
    return first is not None and int(next(iter(first))) < at
