"""How each relation becomes facts: the shapes and key conventions of the hand annotations.

Each function returns the facts one claim states, exactly as ``sources/*.claims.yaml`` model
them (the same properties, the same event nodes, the same key patterns such as
``chart-entry/<recording>-<chart>-<date>``), so that an accepted proposal answers the stored
queries like a hand-made one.
"""

from __future__ import annotations

import datetime as dt

from kg.extraction.dates import resolve
from kg.extraction.proposals import Fact

#: The key prefix of a new entity of each class (the first class that applies wins).
PREFIXES = (
    ("lr:FictionalCharacter", "character"), ("lr:FictionalBand", "band"),
    ("lr:Person", "person"), ("lr:MusicGroup", "group"), ("lr:Organization", "org"),
    ("lr:Platform", "platform"), ("lr:Chart", "chart"), ("lr:TelevisionSeries", "series"),
    ("lr:Album", "album"), ("lr:Recording", "recording"), ("lr:Song", "song"),
    ("lr:Award", "award"), ("lr:Country", "country"),
)


def tail(key: str) -> str:
    """The last segment of a key: ``person/gwak-yeon-hu`` -> ``gwak-yeon-hu``."""
    return key.rsplit("/", 1)[-1]


def _date_part(value: str, published: dt.date) -> str:
    return resolve(value, published)


def plays(person: str, character: str, series: str | None) -> list[Fact]:
    """An actor plays a character (in a series, when the article says which)."""
    facts: list[Fact] = [(person, "lr:portrays", character)]
    if series:
        facts += [(character, "lr:characterIn", series), (series, "lr:castMember", person)]
    return facts


def starring(series: str, person: str) -> list[Fact]:
    """A series stars a person ("the drama starring X", "X stars in")."""
    return [(series, "lr:starring", person)]


def member(person: str, group: str) -> list[Fact]:
    """Real-world membership of a person in a music group."""
    return [(person, "lr:memberOf", group)]


def in_story_member(character: str, band: str, role: str | None = None) -> list[Fact]:
    """A character is in a fictional band, with the role property when one is named."""
    return [(character, role or "lr:inStoryMemberOf", band)]


def credit(recording: str, song: str | None, artist: str) -> list[Fact]:
    """A recording credited to an artist ("Song — Artist", "Song by Artist")."""
    facts: list[Fact] = []
    if song:
        facts.append((recording, "lr:recordingOf", song))
    facts.append((recording, "lr:creditedArtist", artist))
    return facts


def vocals(recording: str, song: str | None, singer: str, character: str | None = None
           ) -> list[Fact]:
    """A person sings a recording (in character, when the article says so)."""
    node = f"vocal-performance/{tail(recording)}-{tail(singer)}"
    facts: list[Fact] = [(node, "a", "lr:VocalPerformance"), (node, "lr:vocalist", singer)]
    if character:
        facts.append((node, "lr:asCharacter", character))
    facts.append((recording, "lr:vocals", node))
    if song:
        facts.append((recording, "lr:recordingOf", song))
    return facts


def chart_entry(recording: str, chart: str, position: int | None, date: str | None,
                published: dt.date) -> list[Fact]:
    """A recording entered a chart at a position on a date."""
    node = f"chart-entry/{tail(recording)}-{tail(chart)}"
    if date:
        node += "-" + _date_part(date, published)
    facts: list[Fact] = [(node, "a", "lr:ChartEntry"), (node, "lr:chartedRecording", recording),
                         (node, "lr:chart", chart)]
    if position is not None:
        facts.append((node, "lr:position", position))
    if date:
        facts.append((node, "lr:date", date))
    return facts


def stream_milestone(item: str, platform: str, count: int, date: str | None,
                     published: dt.date) -> list[Fact]:
    """A reported lower bound of streams, as of a date or of the publication date."""
    date = date or "@published"
    node = f"stream-observation/{tail(item)}-{tail(platform)}-{_date_part(date, published)}"
    return [(node, "a", "lr:StreamObservation"), (node, "lr:observedItem", item),
            (node, "lr:platform", platform), (node, "lr:streamCountLowerBound", count),
            (node, "lr:date", date)]


def release(recording: str, date: str, published: dt.date, platform: str | None = None
            ) -> list[Fact]:
    """A recording was released on a date (on a platform, when one is named)."""
    node = f"release/{tail(recording)}-{_date_part(date, published)}"
    facts: list[Fact] = [(node, "a", "lr:Release"), (node, "lr:releasedRecording", recording),
                         (node, "lr:date", date)]
    if platform:
        facts.append((node, "lr:platform", platform))
    return facts


def broadcaster(series: str, organisation: str) -> list[Fact]:
    """A series is broadcast by an organisation ("the X drama", "airs on X")."""
    return [(series, "lr:broadcaster", organisation)]


def availability(series: str, platform: str, audience: str | None = None) -> list[Fact]:
    """A series can be watched on a platform."""
    node = f"availability/{tail(series)}-{tail(platform)}"
    facts: list[Fact] = [(series, "lr:availableVia", node), (node, "a", "lr:Availability"),
                         (node, "lr:platform", platform)]
    if audience:
        facts.append((node, "lr:audience", audience))
    return facts


def episode_date(series: str, which: str, date: str) -> list[Fact]:
    """The first or final episode date of a series (``which`` is ``first`` or ``final``)."""
    return [(series, f"lr:{which}EpisodeDate", date)]


def award_win(award: str, awardee: str, date: str | None, published: dt.date) -> list[Fact]:
    """An award given to a person, group, work or recording."""
    node = f"award-win/{tail(award)}-{tail(awardee)}"
    if date:
        node += "-" + _date_part(date, published)
    facts: list[Fact] = [(node, "a", "lr:AwardWin"), (node, "lr:award", award),
                         (node, "lr:awardee", awardee)]
    if date:
        facts.append((node, "lr:date", date))
    return facts
