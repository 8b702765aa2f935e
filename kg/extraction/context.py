"""The state of one extraction: the article, the growing registry and proposal, the discourse.

:class:`Article` is what every relation pattern works with. It turns mentions into keys (a
registered entity, a new proposed entity, or an unresolved placeholder when a name is
ambiguous), remembers what was mentioned last (for "the song", "it", "the series"), and records
claims.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.extraction import modelling, names, rx
from kg.extraction.dates import DateMention, resolve
from kg.extraction.interview import Turns
from kg.extraction.mentions import Mention
from kg.extraction.proposals import Fact, Proposal, ProposedClaim, ProposedEntity
from kg.extraction.registry import FoldedText, KnownEntity, Registry, Resolution

RECORDING = "lr:Recording"
SONG = "lr:Song"
PERSON = "lr:Person"
ACTOR = "lr:Actor"
SINGER = "lr:Singer"
CHARACTER = "lr:FictionalCharacter"
SERIES = "lr:TelevisionSeries"
GROUP = "lr:MusicGroup"
BAND = "lr:FictionalBand"
PLATFORM = "lr:Platform"
CHART = "lr:Chart"
ALBUM = "lr:Album"
#: A title that names a soundtrack album ("S OST", "S Original Soundtrack"), not a song.
ALBUM_TITLE = rx.compile(r"\s(?:OST|O\.S\.T\.?|(?:Original\s+)?Soundtrack)[.,!?]?$")
AWARD = "lr:Award"
ORGANISATION = "lr:Organization"
BROADCASTER = "lr:Broadcaster"
ARTISTS = (PERSON, GROUP, BAND)
UNRESOLVED = "unresolved"
#: The key under which :attr:`Article.recent` keeps the band or group named last, of either
#: kind ("the band's single" after a real group and a fictional band were both named).
ENSEMBLE = "ensemble"
#: The classes whose last mention "it", "the song", "the group"… may refer to.
_TRACKED = (RECORDING, SONG, PERSON, CHARACTER, SERIES, GROUP, BAND, PLATFORM, CHART, ALBUM,
            AWARD, ORGANISATION)


@dataclass
class Article:
    """One article being read: its text, date, registry, proposal and discourse memory."""

    text: str
    published: dt.date
    registry: Registry
    folded: FoldedText = field(init=False)
    proposal: Proposal = field(default_factory=Proposal)
    recent: dict[str, str] = field(default_factory=dict)  # class CURIE -> last key
    #: ``recent`` as it was when the sentence being read began ("he" means someone named before).
    before: dict[str, str] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)  # exact form of a name -> class
    main_series: str | None = None
    recording_lists: list[list[str]] = field(default_factory=list)
    #: The last name read that the article introduces as a band or group but that no claim
    #: has made an entity yet ("the fictional band X … the band's drummer").
    hinted_group: object = None
    #: The last quoted title read that no claim has made an entity and nothing says is a
    #: series ("The big mover is “T.” A and B sing it …").
    last_title: object = None
    #: The last quoted title read that names a soundtrack album ("“S OST” runs to seven
    #: tracks … the full album had clocked …").
    album_title: object = None
    #: The last unknown name read that is shaped like a person's ("The actress, who …").
    last_person_name: object = None
    #: "The band's songs were released under the name G, with A singing lead as C": G's key,
    #: A's, C's (or None) and the offset where the paragraph after that sentence's ends; the
    #: titles introduced before it are those songs.
    band_songs: tuple[str, str | None, str | None, int] | None = None
    #: The person the last sentence opening with a name was about ("P played C opposite
    #: A": P), whom a later "he" or "she" at a sentence's start most likely means.
    subject_person: str | None = None
    #: The sentence that introduces the list or table being read ("… credited to G:").
    intro: object = None
    #: The start and the day (``YYYY-MM-DD``) of the day heading over the listings being read.
    day_heading: tuple[int, str] | None = None
    #: The last sentence that named a chart and a day ("… covers the CHART dated DATE.").
    chart_note: object = None
    #: Where the last sentence that took the chart named before it starts (see charts).
    chart_carried: int = -1
    # "On the CHART dated DATE, four OST songs sit inside the top 20": the chart and its day
    # that the entries after it ("At No. 7 is “T”") are on
    chart_frame: tuple[Mention, object] | None = None
    #: Row start -> the cell holding an unquoted title, from the table's header row.
    title_columns: dict[int, int] = field(default_factory=dict)
    vocal_columns: dict[int, int] = field(default_factory=dict)
    bracketed_rows: set[int] = field(default_factory=set)  # "TRACK (ARTIST)" rows
    tracks: dict[int, object] = field(default_factory=dict)  # a track list's number -> title
    #: The drama of the fact box being read (its "Title:" line) and where that line ends.
    box: tuple[str, int] | None = None
    #: The sentence read before the current one ("The series aired …" after it named one).
    previous: object = None
    #: An interview's turns (start, end, "Q" or "A") and its guest's name, whom "I" and
    #: "you" stand for (see :mod:`kg.extraction.interview`).
    speaker: tuple[Turns, str] | None = None
    #: The full names a family or given name alone may stand for (see
    #: :mod:`kg.extraction.partial_names`).
    full_names: dict[str, set[str]] = field(default_factory=dict)
    #: The one chart the whole article names, if only one: a position stated without its
    #: chart is on it.
    only_chart: str | None = None
    #: Names already looked up in capitals across the whole text ("NEON ARC" for "Neon Arc").
    capitals_seen: dict[str, bool] = field(default_factory=dict)
    #: The drama of the section the reader is in, from a heading that names it
    #: ("SEASON NOTES (B, Sat-Sun)"), until the next such heading.
    section_series: str | None = None
    #: The date a timeline entry opens with ("Sept. 7 — Episode 1. …"), for its sentences.
    dateline: DateMention | None = None
    #: A who's-who entry's character ("C · A") and where the paragraph describing it ends.
    entry: tuple[str, int] | None = None
    #: A glossary entry's headword ("C is for Bok Su-jeong.") and where its paragraph ends: the
    #: subject its sentences leave unsaid ("The drummer, played by A").
    topic: tuple[Mention, int] | None = None
    # the one title a section's heading names ("IN THE RED CORNER: “T”"), until the next
    # heading
    heading_title: Mention | None = None
    #: The figure heading the paragraph being read ("No. 47", "55 MILLION") and where the
    #: paragraph ends: its sentences give the rest of the fact.
    figure: tuple[re.Match[str], int] | None = None
    #: "G leaves behind three singles.": the band, how many titles are still to come, and where
    #: the paragraph listing them ends.
    band_singles: tuple[str, int, int] | None = None
    ceremony: tuple[str, str | None] | None = None  # last awards ceremony: name, date
    ceremony_at: int = -1  # where the sentence naming it starts
    ceremony_age: int = 0  # sentences read since
    # editions' dates once given ("the 27th X Awards in 2042"), for when they are named again
    ceremony_dates: dict[str, str] = field(default_factory=dict)
    credits: dict[str, set[str]] = field(default_factory=dict)  # recording -> artists
    portrayals: dict[str, set[str]] = field(default_factory=dict)  # person -> characters
    members: dict[str, set[str]] = field(default_factory=dict)  # music group -> persons
    story_members: dict[str, set[str]] = field(default_factory=dict)  # band -> characters
    #: (sentence, character, role) of parts in a band the article has not named yet ("A, who
    #: played the band's singer, C" before the band's name comes up)
    pending_roles: list[tuple[object, str, str]] = field(default_factory=list)
    #: persons whose role a sentence calls a lead ("Its leads are A, as C, and B, as D"), in order
    leads: list[str] = field(default_factory=list)
    _songs: dict[str, str | None] = field(default_factory=dict)  # recording -> its song
    _claim_ids: Counter = field(default_factory=Counter)
    _seen: set = field(default_factory=set)
    _tracked: dict = field(default_factory=dict)  # types -> the tracked classes they are
    _matches: dict = field(default_factory=dict)  # pattern -> its matches in the whole text
    #: The exact form of each quoted title -> its first quotation (see broadcast).
    quotations: dict[str, re.Match[str]] | None = None
    ensembles: list[str] = field(default_factory=list)  # bands and groups, the last met last
    #: span start -> the dates written in the span
    span_dates: dict[int, list[DateMention]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.folded = FoldedText(self.text)
        self.registry.limit_partial_names()

    def matches_before(self, pattern: rx.Pattern, offset: int) -> list[re.Match[str]]:
        """The matches of ``pattern`` in the text that end by ``offset``, in order.

        The text is searched once per pattern: searching it again from the start for every
        sentence would make a long article's reading time grow with its square.
        """
        found = self._matches.get(pattern)
        if found is None:
            found = self._matches[pattern] = (list(pattern.finditer(self.text)), [])
            found[1].extend(m.end() for m in found[0])
        return found[0][:bisect_right(found[1], offset)]

    # -- entities ----------------------------------------------------------------------------

    def resolve(self, mention: Mention, wanted: tuple[str, ...], create: str | None,
                flags: list[str]) -> str | None:
        """The key ``mention`` stands for as one of the ``wanted`` classes.

        A known entity is used (flagged when only a looser spelling matched); several
        equally good ones give an ``unresolved/…`` placeholder and a flag instead of a guess;
        an unknown name becomes a new entity of class ``create`` (when given). ``None`` when
        the name is an entity of another class, or unknown and not to be created.
        """
        found = self.registry.lookup(mention.text, wanted)
        if not found.entities and mention.resolution.entities:
            found = _filtered(mention.resolution, self.registry, wanted)
        if found.ambiguous:
            return self._unresolved(mention.text, found, flags)
        if found.found:
            entity = found.entity
            if found.how != "exact":
                self._note_variant(entity, mention.text, found.how, flags)
            self.seen(entity.key, entity.types)
            return entity.key
        if found.others or mention.resolution.entities:
            return None
        nickname = self._band_by_short_name(mention, wanted, flags)
        if nickname is not None:  # "the Gs’ second single" after "The W Gs"
            flags.append(f"'the {mention.text}' read as {nickname} ('{self.label(nickname)}'): "
                         "a short name of the band")
            self.seen(nickname, self.types_of(nickname))
            return nickname
        if create is None:
            return None
        hinted = self.hints.get(names.exact_form(mention.text))
        if hinted and self.registry.vocabulary.is_any((hinted,), wanted):
            create = hinted
        return self.new_entity(mention.text, (create,)).key

    def _band_by_short_name(self, mention: Mention, wanted: tuple[str, ...], flags: list[str]
                            ) -> str | None:
        """The band or group "the Gs" stands for when a band or group is wanted: one met, else
        the one the article has only introduced so far ("… as The W Gs, the band at the heart
        of … . On screen, the Gs are fronted by …")."""
        if not (GROUP in wanted or BAND in wanted) or \
                not self.text.endswith("the ", 0, mention.start):
            return None
        met = self.ensemble_by_nickname(mention.text)
        hinted = self.hinted_group
        if met is not None or hinted is None or hinted is mention or \
                not re.fullmatch(r"[A-Z][a-z]+s", mention.text) or \
                not _calls(mention.text, hinted.text):
            return met
        return self.resolve(hinted, wanted, self.hints.get(names.exact_form(hinted.text)) or GROUP,
                            flags)

    def new_entity(self, label: str, types: tuple[str, ...]) -> KnownEntity:
        """Register and propose a new entity (its key from its class and label)."""
        label = " ".join(label.split())  # a name wrapped over two lines is one name
        if re.fullmatch(r"[A-Z]{1,10}(?:[ -][A-Z]{1,10}){1,3}", label) and \
                (CHARACTER in types or PERSON in types or ACTOR in types):
            # "YEO GAN-BI" heading an entry: a person's or character's name, written in capitals
            label = " ".join(word.capitalize() for word in label.split(" "))  # "Gan-bi"
        prefix = next((p for cls, p in modelling.PREFIXES
                       if self.registry.vocabulary.is_a(types, cls)), "thing")
        base = f"{prefix}/{names.slug(label)}"
        key, n = base, 2
        while key in self.registry:
            key, n = f"{base}-{n}", n + 1
        entity = KnownEntity(key=key, types=types, label=label, proposed=True)
        self.registry.add(entity)
        self.proposal.entities.append(ProposedEntity(key=key, types=types, label=label))
        self.seen(key, types)
        return entity

    def retype(self, key: str, types: tuple[str, ...]) -> None:
        """Change the classes of an entity this article proposed."""
        proposed = self.proposal.entity(key)
        if proposed is None:
            return
        proposed.types = types
        self.registry.retype(key, types)
        self._tracked.pop(types, None)
        self.seen(key, types)

    def _note_variant(self, entity: KnownEntity, spelling: str, how: str,
                      flags: list[str]) -> None:
        proposed = self.proposal.entity(entity.key)
        spelling = " ".join(spelling.split())
        if proposed is not None and how == "romanised" and spelling not in proposed.variants:
            proposed.variants.append(spelling)
        flags.append(f"'{spelling}' read as {entity.key} ('{entity.label}'): {how} match")

    def _unresolved(self, spelling: str, found: Resolution, flags: list[str]) -> str:
        keys = " or ".join(e.key for e in found.entities)
        placeholder = f"{UNRESOLVED}/{names.slug(spelling)}"
        flags.append(f"ambiguous: '{spelling}' is {keys}; replace {placeholder} with the right "
                     "key before accepting")
        return placeholder

    def seen(self, key: str, types: tuple[str, ...]) -> None:
        """Remember ``key`` as the last-mentioned entity of each of its classes."""
        self.registry.in_scope(key)
        classes = self._tracked.get(types)
        if classes is None:
            vocabulary = self.registry.vocabulary
            classes = self._tracked[types] = [c for c in _TRACKED if vocabulary.is_a(types, c)]
        for cls in classes:
            self.recent[cls] = key
            if cls in (GROUP, BAND):
                self.recent[ENSEMBLE] = key
                if self.ensembles[-1:] != [key]:  # the one met last comes last
                    if key in self.ensembles:
                        self.ensembles.remove(key)
                    self.ensembles.append(key)

    def ensemble_by_nickname(self, name: str) -> str | None:
        """The band or group, already met, that ``name`` calls by the plural of a word of its
        name ("the Lanterns" for "Paper Lantern" or "Lantern Keepers"); the one met last if
        several."""
        stem = re.sub(r"^[Tt]he\s+", "", name)
        if not re.fullmatch(r"[A-Z][a-z]+s", stem):
            return None
        for key in reversed(self.ensembles):
            if _calls(stem, self.label(key)):
                return key
        return None

    def types_of(self, key: str) -> tuple[str, ...]:
        """The classes of a registered or proposed key (none for placeholders and events)."""
        entity = self.registry.get(key)
        return entity.types if entity else ()

    def is_a(self, key: str | None, wanted: str | tuple[str, ...]) -> bool:
        """Whether ``key`` names an entity of (one of) the ``wanted`` classes."""
        if key is None:
            return False
        entity = self.registry.get(key)
        return entity is not None and self.registry.is_a(entity, wanted)

    def label(self, key: str) -> str:
        """The label of a key (the key itself when unknown)."""
        entity = self.registry.get(key)
        return entity.label if entity else key

    def recording(self, mention: Mention, flags: list[str], create: bool = True
                  ) -> tuple[str, str | None] | None:
        """The recording a title stands for, and its song.

        A known recording is used; a title known only as a song gets a new recording of it;
        an unknown title gets a new song and a new recording (with ``create``).
        """
        key = self.resolve(mention, (RECORDING,), None, flags)
        if key is not None:
            return key, self._song_of(key, mention, flags)
        song = self.resolve(mention, (SONG,), SONG if create else None, flags)
        if song is None or song.startswith(UNRESOLVED):
            return None
        recording = self.new_entity(self.label(song), (RECORDING,)).key
        self._songs[recording] = song
        return recording, song

    def _song_of(self, recording: str, mention: Mention, flags: list[str]) -> str | None:
        if recording in self._songs:
            return self._songs[recording]
        song = None
        if not recording.startswith(UNRESOLVED):
            found = self.registry.lookup(self.label(recording), (SONG,))
            if found.found:
                song = found.entity.key
        self._songs[recording] = song
        return song

    def spoken_recording(self, flags: list[str]) -> tuple[str, str | None] | None:
        """The recording "it" or "the song" stands for when its sentence names none: the title
        read last, whether or not a claim has made it an entity yet."""
        if self.last_title is not None:  # read after every known recording (``_remember``)
            got = self.recording(self.last_title, flags)
            if got is not None:
                return got
        key = self.recent.get(RECORDING)
        return (key, self._songs.get(key)) if key else None

    def player_of(self, character: str | None) -> str | None:
        """The one person the article has cast as ``character`` (none when nobody or several
        play it)."""
        players = [p for p, parts in self.portrayals.items() if character in parts]
        return players[0] if character and len(players) == 1 else None

    def pronoun_person(self, spoken: str | None = None) -> str | None:
        """Whom a sentence's "he" or "she" means: the subject of the sentence before ("…, A
        took on the role of C, opposite B, who … . He won X": A, not B, named last), else the
        person spoken of (``spoken``, by default the one named last)."""
        spoken = spoken or self.recent.get(PERSON)
        subject, previous = self.subject_person, self.previous
        if subject is None or previous is None or subject == spoken or self.speaker is not None:
            return spoken  # (an interview's "she" is read by its turns)
        people = [x for x in previous.mentions if any(
            self.registry.is_a(e, PERSON) for e in self.registry.lookup(x.text).entities)]
        named = any(subject in {e.key for e in self.registry.lookup(x.text).entities}
                    for x in people)
        # ("P played C. The part earned him X. A year later he …": a sentence that names
        # no one else and speaks of him carries the subject on)
        carried = not people and re.search(r"\b(?:[Hh]e|[Ss]he|him|his|her)\b", previous.masked)
        return subject if named or carried else spoken

    def spelt_in_capitals(self, capitals: str) -> bool:
        """Whether the article writes ``capitals`` standing alone (no letter or hyphen touching
        it): one scan of the whole text per name, remembered."""
        if capitals not in self.capitals_seen:
            self.capitals_seen[capitals] = names.spelt_alone(self.text, capitals)
        return self.capitals_seen[capitals]

    def vocal_parts(self) -> Iterator[tuple[str, str]]:
        """(recording, singer) of every vocal performance proposed so far, in claim order."""
        for claim in self.proposal.claims:
            performances = {performance: recording for recording, predicate, performance
                            in claim.facts if predicate == "lr:vocals"}
            for performance, predicate, person in claim.facts:
                if predicate == "lr:vocalist" and performance in performances:
                    yield performances[performance], str(person)

    def series(self, local: str | None = None) -> str | None:
        """The series a statement is about: the one named in the sentence, else the article's."""
        return local or self.section_series or self.main_series or self.recent.get(SERIES)

    # -- claims ------------------------------------------------------------------------------

    def claim(self, start: int, end: int, kind: str, facts: list[Fact], flags: list[str],
              *parts: str) -> None:
        """Record a claim quoting ``text[start:end]`` (duplicates of a quote's facts dropped)."""
        if not facts or not self.text[start:end].strip():
            return  # a claim quotes something
        signature = (start, end, tuple(facts))
        if signature in self._seen:
            return
        self._seen.add(signature)
        flags = list(dict.fromkeys(flags))
        for subject, p, o in facts:
            if p == "lr:creditedArtist":
                self.credits.setdefault(subject, set()).add(str(o))
            elif p == "lr:portrays":
                self.portrayals.setdefault(subject, set()).add(str(o))
                if _LEAD_WORDS.search(self.text, start, end) and subject not in self.leads:
                    self.leads.append(subject)
            elif p == "lr:starring" and str(o) not in self.leads:
                self.leads.append(str(o))
            elif p == "lr:memberOf":
                self.members.setdefault(str(o), set()).add(subject)
            elif kind == "membership" and p != "lr:characterIn":  # a part in a story's band
                self.story_members.setdefault(str(o), set()).add(subject)
            if p in ("lr:date", "lr:firstEpisodeDate", "lr:finalEpisodeDate") and \
                    isinstance(o, str) and o.startswith("--"):
                flags.append(f"year inferred from the publication date: {o} is read as "
                             f"{resolve(o, self.published)}")
        stem = "-".join(names.slug(modelling.tail(p)) for p in parts if p)[:70].strip("-")
        base = re.sub(r"-+", "-", f"{kind}-{stem}" if stem else kind)
        self._claim_ids[base] += 1
        claim_id = base if self._claim_ids[base] == 1 else f"{base}-{self._claim_ids[base]}"
        self.proposal.claims.append(ProposedClaim(
            id=claim_id, quote=self.text[start:end], start=start, end=end, facts=facts,
            kind=kind, flags=list(dict.fromkeys(flags))))


# A sentence that casts its leads: "Its leads are …", "starred A and B as …", "top-billed A".
_LEAD_WORDS = rx.compile(r"\b(?:leads?|co-leads?|lead\s+roles?|starred|starring|stars|top-billed|"
                         r"headlined|headlines)\b")


def _calls(stem: str, label: str) -> bool:
    """Whether the plural ``stem`` ("Lanterns") is a short name of the band ``label``."""
    words = label.split()
    if words and stem.lower() in (words[-1].lower() + "s", words[0].lower() + "s"):
        return True
    # "the Gs" for "The W Gs": the plural the name already ends in
    if len(words) > 1 and stem == words[-1]:
        return True
    # "the Pipes" for "STEAMPIPE": a one-word name ending in the nickname's word
    return len(words) == 1 and len(stem) > 4 and words[0].lower().endswith(stem[:-1].lower())


def _filtered(resolution: Resolution, registry: Registry, wanted: tuple[str, ...]
              ) -> Resolution:
    matching = tuple(e for e in resolution.entities if registry.is_a(e, wanted))
    if matching:
        return Resolution(entities=matching, how=resolution.how)
    return Resolution(others=resolution.entities)
