"""The claim extractor: an article in, proposed claims and new entities out.

``extract(text, published, registry)`` reads an article sentence by sentence, finds the names
in each (through the registry, quoted titles and capitalised phrases), applies the relation
patterns of :mod:`~kg.extraction.cast`, :mod:`~kg.extraction.music`,
:mod:`~kg.extraction.charts`, :mod:`~kg.extraction.broadcast` and
:mod:`~kg.extraction.awards`, and returns a :class:`~kg.extraction.proposals.Proposal`: claims
whose quotes are verbatim spans of the text, modelled as the hand annotations are, and the new
entities they use. Knowledge of entities comes only from the registry given; the patterns are
about English. See ``docs/ingest.md``.
"""

from __future__ import annotations

import datetime as dt
import gc
import re

from kg.extraction import (
    awards,
    broadcast,
    cast,
    charts,
    hints,
    interview,
    music,
    partial_names,
    rx,
    sentences,
    tables,
)
from kg.extraction.cast import _EVENT_NAME, PERSON_NAME
from kg.extraction.context import (
    ACTOR,
    ALBUM_TITLE,
    BAND,
    CHARACTER,
    GROUP,
    PERSON,
    RECORDING,
    SINGER,
    SONG,
    Article,
)
from kg.extraction.dates import NUMBER_WORDS, DateMention, find_dates
from kg.extraction.masked import Sentence
from kg.extraction.mentions import Mention, find_mentions
from kg.extraction.names import exact_form
from kg.extraction.proposals import Fact, Proposal, ProposedClaim, ProposedEntity
from kg.extraction.registry import KnownEntity, Registry

__all__ = [
    "KnownEntity",
    "Proposal",
    "ProposedClaim",
    "ProposedEntity",
    "Registry",
    "extract",
]

_RELATIONS = (cast, music, charts, broadcast, awards)


def extract(text: str, published: dt.date, registry: Registry) -> Proposal:
    """Propose the claims ``text`` (published on ``published``) makes.

    ``registry`` is not changed: new entities go to a copy, and into the proposal.
    """
    # Reading an article allocates millions of short-lived objects and almost no reference
    # cycles (75 on a megabyte of text), so the cycle collector finds nothing to free; but each
    # of its full passes walks every object of the process, a loaded store or graph included,
    # which on a long article cost more than a tenth of the time. It is paused for the call
    # and restored as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(text, published, registry)
    finally:
        if collecting:
            gc.enable()


def _extract(text: str, published: dt.date, registry: Registry) -> Proposal:
    article = Article(text=text, published=published, registry=registry.copy())
    spans = sentences.split(text)
    article.title_columns = tables.title_columns(text, spans)
    article.vocal_columns = tables.vocal_columns(text, spans)
    article.bracketed_rows = tables.bracketed_rows(text, spans)
    first = [_sentence(article, span) for span in spans]
    turns = interview.turns(text)
    if turns:
        # The first line is the headline, whatever its shape ("Q&A: A On “S”").
        opening = [m for s in first[1:] if s.end <= turns.first_start for m in s.mentions]
        headline = text[first[0].start:first[0].end] if first else ""
        name = interview.guest(headline, opening, article.registry, PERSON_NAME)
        article.speaker = (turns, name) if name else None
    hints.read_hints(article, first)
    if article.speaker is not None:  # whoever the interview is with is a person
        article.hints.setdefault(exact_form(article.speaker[1]), PERSON)
    article.only_chart = charts.only_chart(article, [s for s in first if s.kind == "sentence"])
    article.full_names = partial_names.table(
        [m for s in first if s.kind in ("sentence", "field") for m in s.mentions] +
        _heading_names(article, spans), PERSON_NAME)
    for i, span in enumerate(spans):
        _figure(article, span)
        if span.kind == "heading":
            heading = _sentence(article, span)
            broadcast.section(article, heading)
            if span.start == 0:  # a headline naming the ceremony the article is about
                awards.remember_ceremony(article, heading)
                music.headline(article, heading)
            else:  # a short quote over "— A, Best Couple with B" reads like a heading
                awards.attribution(article, heading)
                _heading_title(article, heading)
            if i + 1 < len(spans) and spans[i + 1].kind == "row":
                # "SPEED CHECK — CHART, TUESDAY, MAY 22" over a table: its caption
                article.intro = heading
            continue
        sentence = _sentence(article, span)  # again: earlier sentences may have named more
        broadcast.section(article, sentence)
        track = _TRACK_OPENS.match(sentence.masked)
        if track and int(track[1]) in article.tracks:  # "Track 3 is even better": that row's
            article.last_title = article.tracks[int(track[1])]
        if _THE_DUET_OPENS.match(sentence.masked):
            _the_duet(article)
        if _THE_ORIGINAL_OPENS.match(article.text, sentence.start):
            _the_original(article)
        opener = _THE_OPENER.search(sentence.masked) if article.tracks else None
        if opener and not any(x.quoted for x in sentence.mentions):
            end = min(article.tracks) if opener["end"] == "opener" else max(article.tracks)
            article.last_title = article.tracks[end]
        listed = [x for x in article.previous.mentions if x.quoted] \
            if article.previous is not None and not article.tracks else []
        opener = _OPENER_OPENS.match(sentence.masked) if len(listed) > 2 else None
        if opener and not any(x.quoted for x in sentence.mentions):
            # ("The playlist runs: “T1” (A), “T2” (B), “T3” (C). The opener is the main
            # theme": the first title of the list just read)
            article.last_title = listed[0] if opener["end"] == "opener" else listed[-1]
        article.before = dict(article.recent)
        article.dateline = _dateline(text, span.start)
        _topic(article, sentence)
        spoken, named = article.recent.get(PERSON), article.last_person_name
        retracted = _RETRACTED.match(text, span.start, span.end)
        for relation in () if retracted else _RELATIONS:
            relation.apply(article, sentence)
        _remember(article, sentence)
        _remember_subject(article, sentence)
        if article.speaker is not None and article.speaker[0].holds(span.start):
            _not_the_guest(article, spoken, named)
        if span.kind == "sentence":
            article.previous = sentence
            # "Songs on the CHART, DATE:", or a line of its own right above a table
            follows = spans[i + 1].kind if i + 1 < len(spans) else None
            # "It leaves three singles:" stays the introduction of each bulleted line below it
            bulleted = sentences.BULLET_LINE.match(text, text.rfind("\n", 0, span.start) + 1)
            # "TOP FIVE (CHART, DATE)" in capitals over a list: its caption
            caption = follows == "list" and not re.search(r"[a-z]", text[span.start:span.end])
            article.intro = sentence if text[span.start:span.end].endswith(":") or \
                follows == "row" or caption else article.intro if bulleted else None
    _complete(article)
    return article.proposal.used()


# A profile's heading in capitals: "P Q-R (C, drums)", the person the section is about.
_NAME_HEADING = rx.compile(r"[ \t]*(?P<n>[A-Z]+ [A-Z]+(?:-[A-Z]+| [A-Z]+))[ \t]*(?:\(|$)")


def _heading_names(article: Article, spans: list[sentences.Span]) -> list[Mention]:
    """The full names profile headings give in capitals, spelt as in running text, so that
    the family name alone further down ("P, who played …") reads as that person."""
    found = []
    for span in spans:
        m = _NAME_HEADING.match(article.text, span.start, span.end) \
            if span.kind == "heading" else None
        if m:
            text = " ".join(part.capitalize() for part in m["n"].split())
            found.append(Mention(m.start("n"), m.end("n"), text, article.registry.lookup(text)))
    return found


# A timeline entry: a paragraph that opens with a day and a dash ("Sept. 7 — Episode 1.",
# "17 March — …").
# Or a day on a line of its own over the entry ("23 February" / "Eight days before …"), or in
# capitals over its heading ("FEB 25 — THE BAND COMES FIRST").
_DATELINE = rx.compile(r"[ \t]*(?P<d>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}(?:,\s+\d{4})?|"
                       r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)(?:\s+[—–-]\s|[ \t]*\n)")


# A glossary's entry: "B is for Wren Harbour." (a letter, then the headword).
_GLOSSARY_HEAD = rx.compile(r"^\s*(?:[A-Z]|(?P<l>⟨\d+⟩))\s+is\s+for\s+(?P<t>⟨\d+⟩)[.:]?\s*$")


def _figure(article: Article, span: sentences.Span) -> None:
    """Keep the figure heading the paragraph being read ("No. 47" over "The debut of “T” on
    the CHART of DATE"), until the paragraph ends."""
    figure = sentences.FIGURE_HEADING.fullmatch(article.text, span.start, span.end) \
        if span.kind == "heading" else None
    if figure:
        end = article.text.find("\n\n", span.end)
        article.figure = (figure, end if end >= 0 else len(article.text))
    elif article.figure is not None and span.start >= article.figure[1]:
        article.figure = None


def _topic(article: Article, sentence: Sentence) -> None:
    """Keep the headword of the glossary entry being read, until its paragraph ends."""
    head = _GLOSSARY_HEAD.match(sentence.masked) if sentence.kind == "sentence" else None
    letter = sentence.mention(head["l"]) if head and head["l"] else None
    if head and sentence.mention(head["t"]) is not None and (
            letter is None or re.fullmatch(r"[A-Z]", letter.text)):
        end = article.text.find("\n\n", sentence.end)
        article.topic = (sentence.mention(head["t"]), end if end >= 0 else len(article.text))
    elif article.topic is not None and sentence.start >= article.topic[1]:
        article.topic = None


def _heading_title(article: Article, heading: Sentence) -> None:
    """A section's heading that names one title ("IN THE RED CORNER: “T”"): the song
    "it" and "the song" stand for in the section below."""
    titles = [x for x in heading.mentions if x.quoted]
    article.heading_title = None
    if len(titles) == 1 and not article.registry.lookup(titles[0].text).entities and \
            article.hints.get(exact_form(titles[0].text)) in (None, RECORDING, SONG):
        article.last_title = article.heading_title = titles[0]


def _dateline(text: str, at: int) -> DateMention | None:
    """The day the timeline entry holding offset ``at`` opens with, if its paragraph is one."""
    start = text.rfind("\n\n", 0, at)
    start = 0 if start < 0 else start + 2
    m = _DATELINE.match(text, start)
    found = find_dates(text, m.start("d"), m.end("d")) if m else []
    return found[0] if found and found[0].precision in ("day", "month-day") else None


def _sentence(article: Article, span: sentences.Span) -> Sentence:
    mentions = find_mentions(article.folded, article.registry, span.start, span.end)
    if article.full_names:  # "P" for the "P Q-r" named before
        mentions = partial_names.expand(mentions, article.full_names, article.registry)
    if article.speaker is not None:  # an interview: "I" and "you" are its guest
        turns, name = article.speaker
        mentions = sorted(mentions + interview.speaker_mentions(
            article.text, span.start, span.end, turns, name, article.registry, mentions),
            key=lambda m: m.start)
    column = article.title_columns.get(span.start)
    if column is not None:  # "7 | Kite Tail | G" under "Pos. | Title | Artist"
        title = tables.title_cell(article.text, span.start, span.end, column, article.registry,
                                  span.start in article.bracketed_rows)
        if title is not None and not any(m.quoted and title.start <= m.start < title.end
                                         for m in mentions):
            mentions = sorted([m for m in mentions if not title.start <= m.start < title.end] +
                              [title], key=lambda m: m.start)
    # every span is read twice (see extract); its dates, unlike its names, cannot change
    found = article.span_dates.get(span.start)
    if found is None:
        found = article.span_dates[span.start] = [
            # "which aired its last episode on April 30 last year": the year before publication
            DateMention(d.start, d.end, f"{article.published.year - 1}{d.value[1:]}", "day")
            if d.precision == "month-day" and _LAST_YEAR.match(article.text, d.end) else d
            for d in find_dates(article.text, span.start, span.end)]
    # "WEEK ENDING AUGUST 15" in a caption's capitals is a date, not a name
    mentions = mentions if not found else [
        m for m in mentions if m.quoted or m.resolution.entities or
        re.search(r"[a-z]", m.text) or
        not any(m.start <= d.start and d.end <= m.end and d.precision != "year" for d in found)]
    dates = [d for d in found if all(d.end <= m.start or m.end <= d.start for m in mentions)]
    return Sentence(span.start, span.end, article.text, mentions, dates, kind=span.kind)


_LAST_YEAR = rx.compile(r",?\s+last\s+year\b")
_ALBUM_BEFORE = rx.compile(r"\b(?:mini[- ])?album\s+[“\"]$")
# An album's name written without quotes after its noun: "soundtrack album, S OST,".
_UNQUOTED_ALBUM = rx.compile(r"\b(?:soundtrack|OST)\s+album,\s+(?P<t>(?:The\s+)?[A-Z][\w’'-]*"
                             r"(?:\s+[A-Z][\w’'-]*){0,5}\s+(?:OST|Original\s+Soundtrack)),")
_OST_AFTER = rx.compile(r"[”\"’']?\s(?P<ost>OST|O\.S\.T\.?|Original\s+Soundtrack)\b")


def _not_the_guest(article: Article, spoken: str | None, named: object) -> None:
    """An interview's guest speaks as "I" and is asked as "you": in a turn, "he" or "she" is
    someone else, the person spoken of before the sentence (``spoken``), or the new name it gave."""
    guest = {e.key for e in article.registry.lookup(article.speaker[1]).entities}
    if article.recent.get(PERSON) not in guest:
        return
    if spoken is not None and spoken not in guest and article.last_person_name is named:
        article.recent[PERSON] = spoken
    else:
        del article.recent[PERSON]


# A track list's row or line opening with its number ("3 | Title | …", "3. “Title” — A"),
# and a sentence that opens by naming a track by that number.
_TRACK_ROW = rx.compile(r"[ \t]*(?:No\.\s*)?(\d{1,2}|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|"
                        r"TEN|ELEVEN|TWELVE)[ \t]*(?:\||//|[.)][ \t])")
# "The room went quiet for the opener.": the first track of the list above.
_THE_OPENER = rx.compile(r"\bthe\s+(?P<end>opener|closer)\b(?!\s+of\b)")
_OPENER_OPENS = rx.compile(r"\s*The\s+(?P<end>opener|closer)\s+(?:is|was)\b")
_TRACK_OPENS = rx.compile(r"\s*Track\s+(\d{1,2})\b")


_THE_DUET_OPENS = rx.compile(r"\s*The\s+duet\s+(?:is|was|has|had)\b")

# A correction repeating what an earlier version wrongly said: nothing in it is a claim
# ("Editor’s note: An earlier version of this article said “T” was released on April 8").
_RETRACTED = rx.compile(r"\s*(?:[^.:]{0,40}:\s*)?(?:An?|The|Our)\s+(?:earlier|previous|original)\s+"
                        r"(?:version|edition)\s+of\s+this\s+(?:article|story|report|piece|post)\s+"
                        r"(?:(?:incorrectly|wrongly|mistakenly|erroneously)\s+)?(?:said|stated|"
                        r"reported|gave|listed|credited|named|misstated|misidentified|described|"
                        r"attributed)\b")


# "The new version, titled “T (Acoustic Ver.),” … The original, credited to A, …": T itself.
_THE_ORIGINAL_OPENS = rx.compile(r"\s*The\s+original(?:\s+(?:version|song|recording|track|cut))?\b"
                                 r"(?!\s+(?:soundtrack|score|cast|run|broadcast)\b)")
_VERSION_TAIL = rx.compile(r"\s*\((?:[^()]*\b(?:Ver\.?|Version|Acoustic|Remix|Live|Piano|Inst\.?|"
                           r"Instrumental|Unplugged)\b[^()]*)\)$")


def _the_original(article: Article) -> None:
    """"The original" after a version's title ("T (Acoustic Ver.)") is the recording of T."""
    title = article.last_title
    key = article.recent.get(RECORDING)
    text = title.text if isinstance(title, Mention) else article.label(key) if key else ""
    tail = _VERSION_TAIL.search(text)
    if tail is None or tail.start() == 0:
        return
    base = text[:tail.start()]
    at = title.start if isinstance(title, Mention) else 0
    article.last_title = Mention(at, at + len(base), base, article.registry.lookup(base),
                                 quoted=True)


def _the_duet(article: Article) -> None:
    """"The duet is the album's big earner. It was released …": the recording two people
    were said to sing, the one met last, when the article has one such."""
    current = article.recent.get(RECORDING)
    if current is not None and sum(1 for a in article.credits.get(current, ())
                                   if article.is_a(a, PERSON)) == 2:
        return  # ("“T,” a duet credited to A and B. … The duet was released …": T itself)
    title, before = article.last_title, article.previous
    if isinstance(title, Mention) and before is not None and \
            before.start <= title.start < before.end:
        return  # ("The quartet then played “T,” from “S.” The duet is credited to …": T)
    singers: dict[str, set[str]] = {}
    for recording, person in article.vocal_parts():
        singers.setdefault(recording, set()).add(person)
        singers[recording] = singers.pop(recording)  # the one met last comes last
    pairs = [key for key, people in singers.items() if len(people) == 2]
    if pairs:
        article.recent[RECORDING] = pairs[-1]
        article.last_title = None


# "A played C …", "In “S,” …, A took on the role of C, opposite B": the name
# that a verb follows, opening the sentence or its main clause.
# ("A, who also belongs to G, carries most of the vocals": A)
# (an entry's "Then:" or "Now:", and an age, may come first: "Then: At nine, A was …")
_ENTRY_OPENER = r"(?:(?:Then|Now|Today):\s+)?(?:At\s+(?:age\s+)?[a-z0-9-]{1,12},\s+)?"
_NAMED_SUBJECT = rx.compile(rf"(?:^\s*{_ENTRY_OPENER}(?:(?:Actor|Actress|Singer|Veteran)\s+)?|"
                            r"^\s*In\s+[^;]{1,120}?,\s+)"
                            r"(⟨\d+⟩)(?:,\s+who\s+(?:[^,⟨;]|⟨\d+⟩){1,80}?,)?\s+(?!and\b|or\b|of\b)"
                            r"(?:also\s+)?[a-z]+(?:ed|es)\b|"
                            # ("A, the youngest member of G, in his first acting job.")
                            # (after a transcript's speaker label: "A: B, first. She plays C")
                            rf"^\s*{_ENTRY_OPENER}(?:⟨\d+⟩:\s+)?(⟨\d+⟩)(?:\s+(?:plays|stars|took|won|was|is|sang|"
                            r"sings)\b|,)")


def _remember_subject(article: Article, sentence: Sentence) -> None:
    """The person a sentence opening with a name is about, for a later "he" or "she"."""
    opening = _NAMED_SUBJECT.match(sentence.masked) if sentence.kind == "sentence" else None
    mention = sentence.mention(opening[1] or opening[2]) if opening else None
    if mention is None or mention.quoted:
        return
    found = article.registry.lookup(mention.text, (PERSON,))
    if len(found.entities) == 1:
        article.subject_person = found.entities[0].key
    elif PERSON_NAME.match(mention.text):
        article.subject_person = None  # someone not proposed yet: no longer the earlier one


def _remember(article: Article, sentence: Sentence) -> None:
    """What the sentence named, in order, for "it", "the song", "the group" later on."""
    numbered = _TRACK_ROW.match(article.text, sentence.start) \
        if sentence.kind in ("row", "list") else None
    titles = [x for x in sentence.mentions if x.quoted]
    slashed = sentences.ORDINAL_SLASH_ITEM.fullmatch(article.text, sentence.start, sentence.end) \
        if numbered and not titles else None
    if slashed:  # "ONE // Title // Artist": the title is unquoted
        label = slashed["t"]
        titles = [Mention(slashed.start("t"), slashed.end("t"), label,
                          article.registry.lookup(label), quoted=True)]
    if numbered and titles:  # "3 | Ward Lullaby | …": what "Track 3" will mean
        article.tracks[NUMBER_WORDS.get(numbered[1].lower()) or int(numbered[1])] = titles[0]
    named = _UNQUOTED_ALBUM.search(article.text, sentence.start, sentence.end)
    if named:  # "The drama’s soundtrack album, S OST, will be reissued …": "the album" later
        article.album_title = Mention(named.start("t"), named.end("t"), named["t"],
                                      article.registry.lookup(named["t"]), quoted=True)
    for mention in sentence.mentions:
        if interview.is_pronoun(article.text, mention):
            continue  # the guest's "I": a later "he" or "she" is someone else
        outside = _OST_AFTER.match(article.text, mention.end) if mention.quoted else None
        if mention.quoted and (ALBUM_TITLE.search(mention.text) or
                               _ALBUM_BEFORE.search(article.text, max(0, mention.start - 20),
                                                    mention.start)):
            article.album_title = mention  # ("their third mini album “T”": no song)
        elif outside:  # "“S” OST": the album's name runs past the closing quote
            label = f"{mention.text} {outside['ost']}"
            article.album_title = Mention(mention.start, outside.end(), label,
                                          article.registry.lookup(label), quoted=True)
        elif mention.quoted and not article.registry.lookup(mention.text).entities and \
                article.hints.get(exact_form(mention.text)) in (None, RECORDING):
            article.last_title = mention
        found = article.registry.lookup(mention.text)
        if mention.quoted and any(article.registry.is_a(e, (RECORDING, SONG))
                                  for e in found.entities):
            article.last_title = None  # "it" now means this known title, not an older one
        if not found.entities and article.hints.get(exact_form(mention.text)) in (BAND, GROUP):
            article.hinted_group = mention
        if not found.entities and not mention.quoted and (
                # ("X Music Awards" and "Best New Actor" are shaped like one, and are none)
                (PERSON_NAME.match(mention.text) and not _EVENT_NAME.search(mention.text)) or
                article.hints.get(exact_form(mention.text)) in (PERSON, ACTOR, SINGER)):
            article.last_person_name = mention
        if not found.entities and mention.quoted and not outside and \
                not ALBUM_TITLE.search(mention.text) and \
                article.hints.get(exact_form(mention.text)) == RECORDING:
            article.recording(mention, [])  # a title named as a song: "it" may be it next
            continue
        by_class: dict[tuple[str, ...], list[KnownEntity]] = {}
        for entity in found.entities:
            by_class.setdefault(entity.types, []).append(entity)
        for group in by_class.values():
            if len(group) == 1:
                article.seen(group[0].key, group[0].types)


def _complete(article: Article) -> None:
    """What the build requires of new entities and no single sentence may give.

    A new character needs the work it appears in (the article's main series is assumed, and
    the claim says so); a new recording needs its song and a credited artist (flagged when
    the article names none).
    """
    cast.settle_roles(article)
    proposed = {e.key: e for e in article.proposal.entities}
    # The facts as proposed so far, by subject: a megabyte of news proposes thousands, and
    # each new entity is checked against its own only.
    facts: dict[str, list[tuple[int, ProposedClaim, Fact]]] = {}
    for i, (claim, fact) in enumerate((c, f) for c in article.proposal.claims for f in c.facts):
        facts.setdefault(fact[0], []).append((i, claim, fact))
    first_user: dict[str, ProposedClaim] = {}  # one pass: an article may propose thousands
    for claim in article.proposal.claims:
        for key in claim.entity_keys():
            first_user.setdefault(key, claim)
    for key, entity in proposed.items():
        first = first_user.get(key)
        if first is None:
            continue
        if article.registry.vocabulary.is_a(entity.types, CHARACTER) and not _states(
                facts, key, "lr:characterIn"):
            named = cast.quoted_series(article, first.start, first.end, [])
            if named:
                # ("“T,” from “S,” where A sings in character as C": in a playlist of several
                # dramas, the one the sentence names)
                first.facts.append((key, "lr:characterIn", named))
                first.flags.append(f"{key} is taken to be a character of {named}, the one "
                                   "series its sentence names")
            elif article.main_series:
                first.facts.append((key, "lr:characterIn", article.main_series))
                first.flags.append(f"{key} is taken to be a character of "
                                   f"{article.main_series}, the series the article is about")
            else:
                first.flags.append(f"the article names no series {key} is in: add "
                                   f"[{key}, lr:characterIn, series/…] before accepting")
        if article.registry.vocabulary.is_a(entity.types, RECORDING):
            song = article._songs.get(key)
            if song and not _states(facts, key, "lr:recordingOf"):
                first.facts.append((key, "lr:recordingOf", song))
            if not _states(facts, key, "lr:creditedArtist"):
                _credit_the_singers(article, key, facts, first)


def _states(facts: dict[str, list[tuple[int, ProposedClaim, Fact]]], subject: str,
            predicate: str) -> bool:
    return any(f[1] == predicate for _, _, f in facts.get(subject, ()))


# "sang it in character", "recorded it in her voice": the song is the part's, not the actor's.
_IN_CHARACTER = rx.compile(r"\bin\s+character\b|\bin\s+(?:his|her|their)\s+voice\b")
# Words by which a sentence that names a singer also says the record is the singer's own
# ("credited to her", "a X solo", "belongs to", "her own single", "sings it alone", "her
# contribution", "His “T”", "Part 2, “T,” is voiced by A", "wrote and recorded “T”", "A and
# B recorded “T” together and released it"); "sung by A", "A is the voice of “T”" and "A and
# B duet" name voices only.
_CREDIT_CUE = rx.compile(r"\b[Cc]redit(?:ed)?\b|\bsolo\b|\bbelongs?\s+to\b|"
                         r"\b(?:her|his|their)\s+own\b|\balone\b|\bto\s+(?:herself|himself)\b|"
                         r"\bcontribution\b|\b(?:His|Her)\s+(?:solo\s+)?[“\"]|"
                         r"\b[Pp]art\s+\d+\b|\b(?:OST|first|second|third|fourth|fifth|sixth)\s+"
                         r"(?:OST\s+)?part\b|\bwrote\s+and\s+recorded\b|\brecorded\b[^.;]*\breleased\b")


def _credit_the_singers(article: Article, recording: str,
                        facts: dict[str, list[tuple[int, ProposedClaim, Fact]]],
                        first: ProposedClaim) -> None:
    """A recording the article only says someone sings is credited to its singers when the
    sentence that names them also says the record is theirs ("credited to her", "a solo",
    "sings it alone") though no credit was read from it; otherwise it is flagged: "sung by"
    names a voice, not the artist a record is released under, and the build needs one."""
    performances = {str(f[2]) for _, _, f in facts.get(recording, ()) if f[1] == "lr:vocals"}
    in_character = {p for p in performances if _states(facts, p, "lr:asCharacter")}
    sung = [(c, f[2]) for _, c, f in sorted(
        (x for p in performances - in_character for x in facts.get(p, ())), key=lambda x: x[0])
        if f[1] == "lr:vocalist" and not _IN_CHARACTER.search(" ".join(c.quote.split())) and
        _CREDIT_CUE.search(c.quote)]
    groups = {cast.group_of(article, str(singer)) for _, singer in sung}
    if len({singer for _, singer in sung}) > 2 or any(
            re.search(r"\b(?:group|band)\b", claim.quote) for claim, _ in sung) or (
            # ("G’s A and B, who sing “T,” …": two members of one group)
            len(sung) > 1 and len(groups) == 1 and None not in groups):
        sung = []  # three singers, or "their group's song": the members of an uncredited act
    if not sung:  # a song sung in character is released under the band, not the actor
        singers = sorted({str(f[2]) for p in performances for _, _, f in facts.get(p, ())
                          if f[1] == "lr:vocalist"})
        hint = f" (its singers: {', '.join(singers)})" if singers else ""
        first.flags.append(f"the article credits no artist for {recording}: the build needs "
                           f"one; add [{recording}, lr:creditedArtist, …]{hint} or reject")
        return
    for claim, singer in sung:
        fact = (recording, "lr:creditedArtist", singer)
        if fact not in claim.facts:
            claim.facts.append(fact)
            claim.flags.append(f"no credit was read for {recording}: its singer {singer}, "
                               "whose own the sentence calls it, is proposed as the credited "
                               "artist")
