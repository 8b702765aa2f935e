"""Names as articles write them: normalisation, romanisation variants and keys.

Three foldings, from strict to lenient, each a pure function of the name:

- :func:`exact_form` ignores case, accents, spaces, hyphens, dots and apostrophes (the build's
  own name comparison), so "Byeon Xa Yul", "byeon xa-yul" and "ByeonXaYul" agree.
- :func:`romanised_form` also folds the spelling variants of romanised Korean names (see
  ``docs/ingest.md``): vowel spellings of one sound (yeo/yu/eo/u/oo/o, ee/i/yi), a family
  name's initial L, R or N, a syllable-closing R (Park/Pak), a closing stop written voiced
  or voiceless (Hyub/Hyeop), "sh" for "s", a silent closing H,
  doubled consonants, and syllables joined or split.
- :func:`slug` makes the key segment of a new entity ("Me & You" -> ``me-and-you``).

Nothing here knows any particular name: the rules are about spelling only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.extraction import rx

# Separators a name may be written with or without.
_SEPARATORS = rx.compile(r"[\s\-‐‑–—._’'`´]+")
_VOWEL_RUN = rx.compile(r"[wy]?[aeiou]+")


@lru_cache(maxsize=65536)
def ascii_fold(name: str) -> str:
    """``name`` case-folded, with accents and compatibility forms removed."""
    folded = unicodedata.normalize("NFKD", name).casefold()
    return "".join(c for c in folded if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def exact_form(name: str) -> str:
    """The form two spellings of one name share when they differ only in case or separators."""
    return _SEPARATORS.sub("", ascii_fold(name)).replace("&", "and")


def syllables(name: str) -> list[str]:
    """The alphanumeric runs of a name, folded: "Ryu Ha-eun" -> ``['ryu', 'ha', 'eun']``."""
    return re.findall(r"[a-z0-9]+", ascii_fold(name).replace("&", " and "))


def _vowel_class(run: str) -> str:
    # One letter per vowel sound family: the romanisations of one Korean vowel land together.
    core = run.lstrip("wy") or run
    if len(core) > 2:
        # No Korean vowel is spelt with three letters: "Yeoil" is two sounds, "yeo" and "il".
        return _vowel_class(run[:len(run) - len(core) + 2]) + _vowel_class(core[2:])
    if core in ("ua", "ia", "oa"):
        # "a" after another vowel opens a syllable ("wa" and "ya" are spelt so): "Guah" is
        # "Gu-ah", not a spelling of "Geo".
        return _vowel_class(run[:-1]) + "a"
    if core == "io":
        # no vowel is spelt "io" ("yo" is): an "i" before an "o" ends one syllable and the "o"
        # opens the next
        return _vowel_class(run[:-1]) + "o"
    if "o" in core or "u" in core:
        return "o"
    if core in ("ee", "ea") or "i" in core:
        return "i"
    if "a" in core:
        return "a"
    return "e"


@lru_cache(maxsize=65536)
def romanised_form(name: str, given: bool = False) -> str:
    """A folding under which romanisation variants of one Korean name coincide.

    "Byeon X-y", "Byun Xy"; "Lee", "Yi", "Rhee"; "Park", "Pak"; "Choi", "Choe";
    "Lim", "Im"; "Seon", "Sun": each group gives one form. Distinct names may collide too,
    which is why callers try :func:`exact_form` first and flag what only this form matches.
    With ``given``, ``name`` is a given name, whose first sound is written as it is said.
    """
    parts = syllables(name)
    if not parts:
        return ""
    first = re.sub(r"^rh", "r", parts[0])
    if not given:
        # A family name's initial liquid or nasal is dropped in South Korean usage (Lee/Yi,
        # Ryu/Yu); a given name keeps it ("Nayeon" is not "A-yeon").
        first = re.sub(r"^[lrn](?=[aeiouwy])", "", first)
        # An initial Y glide is part of the family name's sound before any vowel but "i"
        # (Yoo / Yu / Ryu agree, and Lee / Yi): "Eo" is not "Yoo", nor "Ohn" "Yoon".
        first = re.sub(r"^y(?=[aeou])", "Y", first)
    # Vowels meet across a written syllable break only when the name is written as one word:
    # "Na-a" is two sounds, "Naa" one, and they must not fold together.
    text = first + "".join(("-" if p[0] in "aeiouwy" else "") + p for p in parts[1:])
    text = text.replace("sh", "s")
    text = re.sub(r"(?<=[aeiou])r(?=[^aeiouwy]|$)", "", text)  # Park / Pak
    text = re.sub(r"(?<=[aeiou])h(?=[^aeiouwy]|$)", "", text)  # Noh / No, Ahn / An
    # A syllable-closing stop is written voiced or voiceless (Hyub / Hyeop).
    text = re.sub(r"(?<=[aeiou])[bp](?=[^aeiouwy]|$)", "p", text)
    text = re.sub(r"(?<=[aeiou])[gk](?=[^aeiouwyh]|$)", "k", text)
    text = re.sub(r"(?<=[aeiou])[dt](?=[^aeiouwy]|$)", "t", text)
    text = _VOWEL_RUN.sub(lambda m: _vowel_class(m.group()), text)
    # (the break stays marked, so that no folding equals another name's exact form)
    return re.sub(r"([b-df-hj-np-tv-z])\1+", r"\1", text)


def given_name(name: str) -> str | None:
    """The name without its first word ("Ryu Ha-eun" -> "Ha-eun"), for names of 2+ words."""
    words = name.split()
    if len(words) < 2:
        return None
    return " ".join(words[1:])


def family_name(name: str) -> str | None:
    """The first word of a name of two or more words, else ``None``."""
    words = name.split()
    return words[0] if len(words) >= 2 else None


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    """A key segment for a name: lower-case ASCII letters and digits joined by hyphens."""
    text = ascii_fold(name).replace("&", " and ")
    text = re.sub(r"[’'`´]", "", text)  # "I'll" -> "ill", as the hand-made keys write it
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "unnamed"


def spelt_alone(text: str, name: str) -> bool:
    """Whether ``name`` occurs in ``text`` with neither a word character nor a hyphen touching it.

    A plain substring search with the edges checked by hand: a regular expression with
    look-arounds costs milliseconds per name on a megabyte, and an article names hundreds.
    """
    def free(ch: str) -> bool:
        return not (ch.isalnum() or ch in "_-")

    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or free(text[at - 1])) and (end == len(text) or free(text[end])):
            return True
        at = text.find(name, at + 1)
    return False
