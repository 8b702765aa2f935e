"""Chart entries and streaming milestones.

A chart entry needs a recording, a chart, a position and a date: "entered the CHART at No. 4 on
May 24", "debuted at No. 21 on the CHART chart on January 12 and climbed to No. 6 on January
30" (two entries), "securing the 199th spot". A milestone needs an item, a count and a
platform: "has surpassed 20 million streams on PLATFORM" (a lower bound as of the publication
date, or of the "as of" date the sentence gives). Charts and platforms are recognised through
the registry (an unknown name followed by "chart" becomes a new chart).
"""

from __future__ import annotations

import re

from kg.extraction import modelling
from kg.extraction.context import ALBUM, CHART, PLATFORM, RECORDING, SERIES, SONG, Article
from kg.extraction.dates import COUNT, parse_count, parse_position
from kg.extraction.masked import D, M, Sentence
from kg.extraction.mentions import Mention
from kg.extraction.names import exact_form

_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten"
_POSITION = re.compile(
    r"(?:\b(?:No\.|no\.|Number|number|#)\s?(?P<n>\d{1,3})\b|#(?P<h>\d{1,3})\b|"
    rf"\b(?:No\.|no\.|Number|number)\s+(?P<nw>{_NUMBER_WORDS})\b|"
    r"\b(?P<o>\d{1,3})(?:st|nd|rd|th)\s+(?:spot|place|position|rank)\b|"
    r"\b(?P<w>first|top)\s+(?:spot|place|position)\b|\bnumber\s+one\b|\b(?P<t>topped)\s+the\b|"
    r"\b(?:ranked|placed|came|finished|charted)\s+(?:in\s+)?(?P<ow>first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth)\b)")
_CHART_VERB = re.compile(
    r"\b(?:entered|enters|debuted|debuts|ranked|ranks|reached|reaches|peaked|peaks|charted|"
    r"landed|lands|placed|climbed|climbs|rose|rises|jumped|hit|topped|tops|secured|securing|"
    r"claimed|sat|stood|dropped|fell|moved|made its way|soared|shot|returned|re-entered|"
    r"reentered|rebounded|slipped|held|holds|stayed|remained|spent)\b")
_ANAPHOR = re.compile(r"^\s*(?:[Ii]t\b|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}"
                      r"(?:song|track|ballad|single|number|OST|anthem|tune|duet|theme))")
_MARK = re.compile(
    r"\b(?:surpassed|passed|crossed|topped|hit|reached|broke|exceeded)\s+the\s+"
    rf"{COUNT}(?:\s+|-)(?:stream\s+|streams\s+)?mark\s+on\s+(?:the\s+)?(?P<p2>{M})",
    re.IGNORECASE)
_STREAMED = re.compile(
    r"\b(?:been\s+)?(?:streamed|played)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?"
    rf"{COUNT}\s+times\s+on\s+(?:the\s+)?(?P<p2>{M})", re.IGNORECASE)
_STREAMS = re.compile(
    r"\b(?P<verb>surpassed|surpassing|surpasses|passed|passes|crossed|crosses|crossing|exceeded|"
    r"exceeds|exceeding|topped|tops|achieved|achieves|amassed|gathered|garnered|recorded|"
    r"reached|reaches|hit|hits|racked\s+up|accumulated|earned|logged|clocked|notched|"
    r"reaching|hitting|surpass|cross|pass|exceed|has|have|boasts|tallied|registered)\s+"
    r"(?:the\s+)?(?:(?:over|more\s+than|nearly\s+|almost\s+)\s*)?"
    rf"{COUNT}(?:\s+|-)(?:(?P<p1>{M})\s+)?streams?\b(?:\s+mark\b)?"
    rf"(?:\s+on\s+(?:the\s+)?(?:(?P<p2>{M})|(?P<app>app|platform|service|site)))?",
    re.IGNORECASE)
_AS_OF = re.compile(rf"\bas\s+of\s+(?P<d>{D})")
# "… 30 million streams on PLATFORM and 18 million on OTHER": a second count, same verb.
_AND_MORE = re.compile(rf",?\s+and\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?{COUNT}"
                       rf"(?:\s+streams?)?\s+on\s+(?:the\s+)?(?P<p>{M})", re.IGNORECASE)


def apply(article: Article, s: Sentence) -> None:
    """Propose the chart entries and stream milestones of one sentence."""
    if s.kind != "sentence":
        return
    _chart_entries(article, s)
    _streams(article, s)


def _chart_entries(article: Article, s: Sentence) -> None:
    text = s.masked
    positions = list(_POSITION.finditer(text))
    verb = _CHART_VERB.search(text)
    if not positions or verb is None:
        return
    charts = [(m.start(), m.end(), mention) for m in re.finditer(M, text)
              if (mention := s.mention(m.group())) and _chartlike(article, mention, text, m.end())]
    if not charts:
        return
    flags: list[str] = []
    subject = subject_recording(article, s, min(verb.start(), positions[0].start()), flags)
    if subject is None:
        return
    recording, song = subject
    # Each position takes the first date after it (before the next position); a position with
    # none takes an unclaimed date between the previous position and itself.
    dated: list = []
    claimed: set[int] = set()
    for i, pos in enumerate(positions):
        stop = positions[i + 1].start() if i + 1 < len(positions) else len(text)
        date = _date_between(s, pos.end(), stop)
        dated.append(date)
        if date is not None:
            claimed.add(date.start)
    for i, pos in enumerate(positions):
        if dated[i] is None:
            begin = positions[i - 1].end() if i else 0
            free = [d for d in s.dates_in(text[begin:pos.start()]) if d.start not in claimed]
            dated[i] = (free or [None])[-1]
    for i, pos in enumerate(positions):
        position, date = _position(pos), dated[i]
        if position is None or date is None:
            continue
        stop = positions[i + 1].start() if i + 1 < len(positions) else len(text)
        after = [c for c in charts if pos.end() <= c[0] < stop]
        before = [c for c in charts if c[1] <= pos.start()]
        chart_mention = (after or before[-1:] or [None])[0]
        if chart_mention is None:
            continue
        chart_flags = list(flags)
        chart = _chart(article, chart_mention[2], chart_flags)
        if chart is None:
            continue
        facts = modelling.chart_entry(recording, chart, position, date.value, article.published)
        if song:
            facts.append((recording, "lr:recordingOf", song))
        article.claim(s.start, s.end, "chart-entry", facts, chart_flags, recording, chart,
                      date.value.lstrip("-"))


def _position(m: re.Match[str]) -> int | None:
    if m["t"] or (m["w"] and m["w"].lower() in ("first", "top")) or "one" in m.group().lower():
        return 1
    if m["ow"] or m["nw"]:
        return parse_position(m["ow"] or m["nw"])
    return parse_position(m["n"] or m["h"] or m["o"] or "")


def _date_between(s: Sentence, a: int, b: int):
    found = s.dates_in(s.masked[a:b])
    days = [d for d in found if d.precision != "year"]
    return (days or found or [None])[0]


def _chartlike(article: Article, mention: Mention, text: str, end: int) -> bool:
    if any(article.registry.is_a(e, CHART) for e in mention.resolution.entities):
        return True
    if mention.resolution.entities or mention.quoted:
        return False
    return bool(re.match(r"\s+chart\b", text[end:], re.I)) or bool(
        re.search(r"\bChart\b|\b(?:Top|Hot|Global)\s+\d+$", mention.text))


def _chart(article: Article, mention: Mention, flags: list[str]) -> str | None:
    return article.resolve(mention, (CHART,), CHART, flags)


def subject_recording(article: Article, s: Sentence, before: int, flags: list[str]
                       ) -> tuple[str, str | None] | None:
    """The recording a sentence is about: the first title before its verb, else "it"."""
    head = s.masked[:before]
    for m in re.finditer(M, head):
        mention = s.mention(m.group())
        if mention is None:
            continue
        if any(article.registry.is_a(e, (RECORDING, SONG)) for e in mention.resolution.entities):
            return article.recording(mention, flags)
        if mention.quoted and not mention.resolution.entities and \
                article.hints.get(_form(mention)) in (None, RECORDING, SONG):
            following = head[m.end():m.end() + 6]
            if not re.match(r"\s*(?:OST|soundtrack)", following):
                return article.recording(mention, flags)
    clause = re.sub(rf"^\s*(?:On|In|As of)\s+{D}\s*,?", "", head)
    if _ANAPHOR.match(clause) and RECORDING in article.recent:
        key = article.recent[RECORDING]
        return key, article._songs.get(key)
    return None


def _streams(article: Article, s: Sentence) -> None:
    found = [*_STREAMS.finditer(s.masked), *_STREAMED.finditer(s.masked),
             *_MARK.finditer(s.masked)]
    for m in found:
        count = parse_count(m["count"])
        if count is None or count < 1000:
            continue
        flags: list[str] = []
        platform = None
        groups = m.groupdict()
        mention = s.mention(groups.get("p2") or groups.get("p1"))
        if mention is not None:
            platform = article.resolve(mention, (PLATFORM,), PLATFORM, flags)
        elif groups.get("app"):
            platform = article.recent.get(PLATFORM)
        if platform is None:
            continue
        item = _item(article, s, m.start(), flags)
        if item is None:
            continue
        as_of = _AS_OF.search(s.masked, m.end())
        date = s.date(as_of["d"]).value if as_of else None
        opening = re.match(rf"^\s*(?:On|As of)\s+(?P<d>{D})", s.masked)
        if date is None and opening:
            date = s.date(opening["d"]).value
        observations = [(count, platform)]
        more = _AND_MORE.match(s.masked, m.end())
        if more and parse_count(more["count"]):
            other = article.resolve(s.mention(more["p"]), (PLATFORM,), PLATFORM, flags)
            if other:
                observations.append((parse_count(more["count"]), other))
        key, song = item
        for amount, where in observations:
            facts = modelling.stream_milestone(key, where, amount, date, article.published)
            if song:
                facts.append((key, "lr:recordingOf", song))
            article.claim(s.start, s.end, "stream-milestone", facts, flags, key, where,
                          str(amount))


def _item(article: Article, s: Sentence, before: int, flags: list[str]
          ) -> tuple[str, str | None] | None:
    head = s.masked[:before]
    for m in re.finditer(M, head):
        mention = s.mention(m.group())
        if mention is None:
            continue
        if any(article.registry.is_a(e, ALBUM) for e in mention.resolution.entities):
            return article.resolve(mention, (ALBUM,), None, flags), None
        ost = re.match(r"[,.]?\s+(?:OST|soundtrack)\b", head[m.end():])
        if ost and _seriesish(article, mention):
            return _album_of(article, s, mention, flags), None
    found = subject_recording(article, s, before, flags)
    if found:
        return found
    if re.search(r"\b(?:OST|album|soundtrack)\b", head) and ALBUM in article.recent:
        return article.recent[ALBUM], None
    return None


def _seriesish(article: Article, mention: Mention) -> bool:
    if mention.resolution.entities:
        return any(article.registry.is_a(e, SERIES) for e in mention.resolution.entities)
    return article.hints.get(_form(mention)) == SERIES or mention.quoted


def _album_of(article: Article, s: Sentence, mention: Mention, flags: list[str]) -> str | None:
    """The soundtrack album of a series: "“Title” OST" is the album "Title OST"."""
    series = article.resolve(mention, (SERIES,), SERIES, flags)
    if series is None:
        return None
    label = f"{article.label(series)} OST"
    found = article.registry.lookup(label, (ALBUM,))
    if found.found:
        return found.entity.key
    key = article.new_entity(label, (ALBUM,)).key
    article.claim(s.start, s.end, "soundtrack", [(key, "lr:soundtrackOf", series)], [], key)
    return key


def _form(mention: Mention) -> str:
    return exact_form(mention.text)
