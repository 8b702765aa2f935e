"""Where and when a series airs or streams, and when a recording was released.

Patterns: "BROADCASTER's drama S", "the BROADCASTER drama", "airs on BROADCASTER";
"available (to stream) on P", "viewers can catch it on P and Q" (a platform gives an
availability, a broadcaster a broadcast); "premiered on DATE", "ran from DATE to DATE",
"aired its last episode on DATE"; "the Monday-Tuesday drama", "every Friday"; "TITLE was
released on DATE", "came out on DATE".
"""

from __future__ import annotations

import re

from kg.extraction import modelling
from kg.extraction.cast import PERSON_NAME
from kg.extraction.charts import subject_recording
from kg.extraction.context import (
    ALBUM,
    BROADCASTER,
    ORGANISATION,
    PLATFORM,
    RECORDING,
    SERIES,
    SONG,
    Article,
)
from kg.extraction.dates import MONTHS
from kg.extraction.masked import NAMES, D, M, Sentence
from kg.extraction.mentions import Mention
from kg.extraction.names import exact_form

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SERIES_NOUN = (r"(?:k-drama|drama|series|romance|rom-com|romantic\s+comedy|thriller|melodrama|"
                r"sitcom|show|original|fantasy|mystery|comedy|web\s+series|miniseries)")
_OWNED_SERIES = re.compile(
    rf"(?P<b>{M})[’']s\s+(?:[\w-]+\s+){{0,3}}?{_SERIES_NOUN}\b(?:\s+(?P<s>{M}))?", re.I)
_THE_X_DRAMA = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<b>{M})\s+(?:[a-z-]+\s+)?{_SERIES_NOUN}\b"
                          rf"(?:[,.]?\s+(?P<s>{M}))?")
_AIRS_ON = re.compile(rf"\b(?:airs|aired|air|airing|broadcast|broadcasts|is\s+broadcast|"
                      rf"premiered|premieres|premiering)\s+(?:on\s+{D}\s+)?"
                      rf"(?:[a-z]+\s+){{0,3}}?on\s+(?P<b>{M})")
_AVAILABLE = re.compile(
    r"(?<!\d\s)(?<!million\s)(?<!billion\s)"  # "20 million streaming on" is a count
    r"\b(?:available|streaming|stream|watch|catch|see|view|binge)\b(?P<mid>(?:[^.⟨⟦]|⟨\d+⟩)"
    r"{0,40}?)\bon\s+"
    rf"(?:the\s+)?(?:(?:{M}\s+|[A-Za-z-]+\s+)?platforms?\s+)?(?P<list>{NAMES})")
_INTERNATIONAL = re.compile(r"\b[Ii]nternational\s+(?:fans|viewers|audiences|viewers)\b")
_FIRST = re.compile(rf"\b(?:premiered|premieres|first\s+aired|kicked\s+off|began\s+airing|"
                    rf"debuted)\s+(?:[a-z]+\s+){{0,3}}?on\s+(?P<d>{D})")
_RAN = re.compile(rf"\b(?:ran|aired|airs|runs)\s+from\s+(?P<a>{D})\s+(?:to|until|through)\s+"
                  rf"(?P<b>{D})")
_FINAL = re.compile(rf"\b(?:aired\s+its\s+(?:last|final)\s+episode|concluded(?:\s+its\s+run)?|"
                    rf"ended(?:\s+its\s+run)?|wrapped(?:\s+up)?|signed\s+off|"
                    rf"(?:last|final)\s+episode\s+(?:aired|was\s+broadcast)|finale\s+aired)\s+"
                    rf"(?:[a-z]+\s+){{0,2}}?on\s+(?P<d>{D})")
_SCHEDULE = re.compile(rf"\b(?P<days>{_WEEKDAY}(?:-{_WEEKDAY})?)\s+(?:drama|series|show)\b|"
                       rf"\b(?:every|airs|aired|airing|on)\s+(?:on\s+)?(?P<a>{_WEEKDAY})s?"
                       rf"(?:\s+and\s+(?P<b>{_WEEKDAY})s?)?")
_RELEASED = re.compile(
    r"\b(?:released|came\s+out|comes\s+out|dropped|was\s+unveiled|hit\s+(?:music\s+|streaming\s+)?"
    rf"(?:platforms|services))\b(?P<mid>[^⟦.]{{0,60}}?)\b(?:on|in)\s+(?P<d>{D})")
_SERIES_WORD = re.compile(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?{_SERIES_NOUN}\b|\b[Ii]t\b",
                          re.I)


def apply(article: Article, s: Sentence) -> None:
    """Propose the broadcast, availability, episode, schedule and release claims."""
    if s.kind != "sentence":
        return
    _broadcasters(article, s)
    _availability(article, s)
    _episodes(article, s)
    _schedule(article, s)
    _releases(article, s)


def _sentence_series(article: Article, s: Sentence, flags: list[str]) -> str | None:
    for mention in s.mentions:
        if any(article.registry.is_a(e, SERIES) for e in mention.resolution.entities) or \
                _hinted(article, mention, SERIES):
            return article.resolve(mention, (SERIES,), SERIES, flags)
    if _SERIES_WORD.search(s.masked):
        return article.series()
    return None


def _outlet(article: Article, s: Sentence, mention: Mention | None, series: str | None,
            flags: list[str]) -> None:
    if mention is None or series is None or _weekday(mention):
        return
    platform = article.resolve(mention, (PLATFORM,), None, flags)
    if platform:
        article.claim(s.start, s.end, "broadcast", modelling.availability(series, platform),
                      flags, series, platform)
        return
    organisation = article.resolve(mention, (ORGANISATION,), BROADCASTER, flags)
    if organisation and article.is_a(organisation, BROADCASTER):
        article.claim(s.start, s.end, "broadcast", modelling.broadcaster(series, organisation),
                      flags, series, organisation)


def _broadcasters(article: Article, s: Sentence) -> None:
    for m in _OWNED_SERIES.finditer(s.masked):
        flags: list[str] = []
        local = s.mention(m["s"])
        series = (article.resolve(local, (SERIES,), SERIES, flags) if local
                  else article.series())
        _outlet(article, s, s.mention(m["b"]), series, flags)
    for m in _THE_X_DRAMA.finditer(s.masked):
        flags = []
        local = s.mention(m["s"])
        series = article.resolve(local, (SERIES,), SERIES, flags) if local else None
        _outlet(article, s, s.mention(m["b"]), series or _sentence_series(article, s, flags)
                or article.series(), flags)
    for m in _AIRS_ON.finditer(s.masked):
        flags = []
        _outlet(article, s, s.mention(m["b"]), _sentence_series(article, s, flags) or
                article.series(), flags)


def _availability(article: Article, s: Sentence) -> None:
    audience = _INTERNATIONAL.search(s.masked)
    for m in _AVAILABLE.finditer(s.masked):
        flags: list[str] = []
        between = s.mentions_in(m["mid"])  # "stream “S” on P": only a series may stand there
        if between and not all(_is_series(article, x) for x in between):
            continue
        series = (article.resolve(between[0], (SERIES,), SERIES, flags) if between
                  else _sentence_series(article, s, flags))
        if series is None:
            continue
        for mention in s.mentions_in(m["list"]):
            if mention.quoted or PERSON_NAME.match(mention.text):
                continue
            platform = article.resolve(mention, (PLATFORM,), PLATFORM, flags)
            if platform is None:
                continue
            who = audience.group().lower() if audience and audience.start() < m.end() else None
            article.claim(s.start, s.end, "broadcast",
                          modelling.availability(series, platform, who), flags, series,
                          platform)


def _episodes(article: Article, s: Sentence) -> None:
    found: list[tuple[str, str]] = []
    for m in _RAN.finditer(s.masked):
        first, last = s.date(m["a"]), s.date(m["b"])
        value = first.value
        if first.inferred_year and last.value[:4].isdigit():
            value = f"{last.value[:4]}-{first.value[2:]}"
        found += [("first", value), ("final", last.value)]
    found += [("first", s.date(m["d"]).value) for m in _FIRST.finditer(s.masked)]
    found += [("final", s.date(m["d"]).value) for m in _FINAL.finditer(s.masked)]
    if not found:
        return
    flags: list[str] = []
    series = _sentence_series(article, s, flags)
    if series is None or _about_a_song(article, s):
        return
    for which, value in found:
        article.claim(s.start, s.end, "broadcast",
                      modelling.episode_date(series, which, value), flags, series,
                      f"{which}-episode")


def _schedule(article: Article, s: Sentence) -> None:
    m = _SCHEDULE.search(s.text, s.start, s.end)  # weekdays may be masked as names
    if m is None:
        return
    days = m["days"] or (f"{m['a']}-{m['b']}" if m["b"] else m["a"])
    flags: list[str] = []
    series = _sentence_series(article, s, flags)
    if series:
        article.claim(s.start, s.end, "broadcast", [(series, "lr:airingSchedule", days)], flags,
                      series, "schedule")


def _releases(article: Article, s: Sentence) -> None:
    for m in _RELEASED.finditer(s.masked):
        date = s.date(m["d"])
        if date is None or date.precision == "year":
            continue
        if re.search(r"\b(?:album|OST album|EP)\b", s.masked[:m.start()][-30:]):
            continue
        flags: list[str] = []
        got = subject_recording(article, s, m.start(), flags)
        if got is None:  # "X released “Title” on DATE": the title is the object
            titles = [t for t in s.mentions_in(m["mid"]) if t.quoted or any(
                article.registry.is_a(e, (RECORDING, SONG)) for e in t.resolution.entities)]
            got = article.recording(titles[0], flags) if titles else None
        if got is None:
            continue
        platform = None
        for mention in s.mentions_in(m["mid"]):
            platform = article.resolve(mention, (PLATFORM,), None, flags) or platform
        recording, song = got
        if article.is_a(recording, ALBUM):
            continue
        facts = modelling.release(recording, date.value, article.published, platform)
        if song:
            facts.append((recording, "lr:recordingOf", song))
        article.claim(s.start, s.end, "release", facts, flags, recording,
                      date.value.lstrip("-"))


def _about_a_song(article: Article, s: Sentence) -> bool:
    """The sentence's subject is a recording ("the single debuted on…"), not the series."""
    head = s.masked.split("⟦", 1)[0]
    return bool(re.search(r"\b(?:song|single|track|ballad|OST)\b", head)) and not \
        re.search(r"\b(?:drama|series|show)\b", head)


def _is_series(article: Article, mention: Mention) -> bool:
    return any(article.registry.is_a(e, SERIES) for e in mention.resolution.entities) or \
        _hinted(article, mention, SERIES) or any(
            article.registry.is_a(e, SERIES)
            for e in article.registry.lookup(mention.text).entities)


def _weekday(mention: Mention) -> bool:
    return bool(re.fullmatch(rf"{_WEEKDAY}(?:-{_WEEKDAY})?", mention.text)) or \
        mention.text.lower() in MONTHS


def _hinted(article: Article, mention: Mention, cls: str) -> bool:
    return not mention.resolution.entities and article.hints.get(exact_form(mention.text)) == cls
