"""Finding the names in a sentence: registered names, quoted titles and capitalised phrases.

Each :class:`Mention` carries what the registry resolves it to (possibly nothing: a candidate
new entity). Mentions never overlap. Which words cannot start a name ("The", "However",
"Actor", month names…) is a property of English, listed here; which names exist is the
registry's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from kg.extraction import rx
from kg.extraction.dates import MONTHS
from kg.extraction.registry import FoldedText, Registry, Resolution

# Capitalised words that start sentences or noun phrases but never a name.
_STOPWORDS = (
    "a an the this that these those its his her their our my your it he she they we you i in on "
    "at by for from with as and but or nor so yet after before when while since although though "
    "if meanwhile notably however also another given according whether here there together what "
    "which who whom whose where why how each every both all some many most several few more not "
    "no yes then now still even just only once again already later earlier soon today tonight "
    "yesterday tomorrow fans fan viewers audiences netizens critics international global local "
    "actor actress actors singer singers songwriter singer-songwriter composer director writer "
    "screenwriter producer rapper "
    "dj mc pd ceo host vocalist drummer bassist guitarist keyboardist leader member members band "
    "group girl boy lead main star stars episode episodes part pt vol volume season "
    "chapter ost osts k-drama k-dramas drama dramas series show shows k-pop album albums single "
    "singles track tracks song songs soundtrack chart charts number top first second third last "
    "final full romantic other others one two three four five six seven eight nine ten monday "
    "tuesday wednesday thursday friday saturday sunday read watch listen see check click photo "
    "photos source sources via update news newcomer newcomers rookie rookies veteran veterans "
    "idol idols co-star co-stars frontman frontwoman portraying playing starring featuring "
    "streaming platform platforms winner winners rounding new b-side a-side please any over "
    # a chart note's verb with no subject: "Out since Feb. 5.", "Debuted at No. 15 on …"
    "out unchanged debuted passed climbed peaked entered reached topped spent crossed surpassed "
    "numbers "  # "by the Numbers" in a headline is no artist
    "missed loved watched "  # "Missed the drama? …" opens a question, not a name
    "across during throughout elsewhere among beyond behind beside alongside between "
    # titles and ranks written before a name ("Captain X", "Co-lead X", "Detective X")
    "co-lead co-leads captain lieutenant sergeant detective inspector officer doctor dr "
    "professor chef coach chief nurse judge prosecutor attorney lawyer chairman president "
    "manager teacher principal mayor soloist soloists lyricist comedian comedians "
    # an adverb or a pronoun opening a sentence ("Maybe a thriller.", "Nothing else came close")
    "maybe perhaps probably honestly nothing everything something anything nobody everybody "
    "somebody "
    # "Fellow G member A": a word about the name after it
    "fellow "
    # a time or a place opening a sentence ("Afternoons ran on “T”", "Abroad, the drama …")
    "mornings afternoons evenings weekends abroad overseas "
    # a share of a crowd opening a sentence ("Half of them back A")
    "half"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
STOPWORDS = frozenset(_STOPWORDS.split()) | frozenset(MONTHS) | frozenset(
    day + "s" for day in _WEEKDAYS)
# "a Thursday-night drama": a time of the week, no name
_DAY_TIME = re.compile(rf"(?:{'|'.join(_WEEKDAYS)})s?-(?:nights?|evenings?|mornings?|afternoons?)")
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten"})
# Words inside a capitalised run that end one name and start another ("From X To Y").
_BREAKERS = frozenset({"the", "and", "of", "for", "with", "by", "to", "from", "at", "or"})
# A headline's verbs, capitalised, end a name ("A And B Join C's Drama").
_HEADLINE_VERBS = frozenset({
    "Join", "Joins", "Joined", "Lands", "Land", "Wins", "Win", "Takes", "Breaks", "Steps",
    "Stays", "Hits", "Returns", "Drops", "Releases", "Leads", "Reveals", "Sweeps", "Earns",
    "Crosses", "Reaches", "Surpasses", "Passes", "Celebrates", "Unveils", "Confirms", "Tops",
    "Scores", "Claims", "Clinches", "Debuts", "Headlines", "Signs", "Teams", "Sings", "Talks",
    "Chooses", "Picks", "Opens", "Shares", "Gets", "Makes", "Says", "Explains", "Answers",
    "Recalls", "Becomes", "Brings", "Finds", "Tells", "Climbs", "Soars", "Enters", "Marks",
    "Wraps", "Bids", "Looks", "Gives", "Faces", "Welcomes", "Books", "Nabs", "Lends", "Films",
    "Visits", "Posts", "Covers", "Hints", "Denies", "Shoots", "Rejoins", "Revisits"})
# ...except in these set phrases of award names.
_FIXED = rx.compile(r"(?:of\s+the|the)\s+(?:Year|Month|Week|Decade)\b")
# a capitalised word or two between the first word and "of the Year"
_NEAR_FIXED = rx.compile(r"\S+\s+(?:[A-Z][\w’'-]*\s+){1,2}(?:of\s+the|the)\s+(?:Year|Month|Week|"
                         r"Decade)\b")
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our",
                       "my", "your"})

# ("the 2087 X Music Critics’ Prize": a plural possessive inside an award's name)
_WORD = (r"(?:[A-Z][\w]*|\d+(?!(?:st|nd|rd|th)\b)[A-Za-z][\w]*|[a-z]+[A-Z][\w]*)"
         r"(?:[-.’'][A-Za-z0-9]+)*(?:(?<=s)[’'](?=[ \t]+(?:Prize|Prizes|Awards?|Choice)\b))?\+?")
# A name's words are one space apart, or wrapped over a line break; a wider gap inside a line
# separates the columns of a table aligned with spaces. A line that opens with a key ("Damage:
# ★★★") starts a field of its own, not the rest of a name ("Yu-ran’s: …", a possessive, is no
# key).
# ("a G B-side": the record's side ends the act's name)
_PHRASE = rx.compile(_WORD + r"(?:(?:[ \t]|[ \t]*\n\s*(?![A-Z][\w’' -]{0,25}(?<![’']s):[ \t]))"
                     r"(?:(?![AB]-side\b)" + _WORD + r"|\d+(?![\w,.]\d)|&|"
                     r"of\s+the(?=\s+(?:Year|Month|Week|Decade)\b))(?![\w]))*")
# (inside single quotes, "’s" is an apostrophe: "‘The Clockmaker’s Monsoon’" is one title)
_QUOTED = rx.compile(r"“(?P<a>[^”]{1,120})”|(?<![\w])\"(?P<b>[^\"]{1,120})\"|"
                     r"‘(?P<c>(?:[^’]|’(?=s\b)){1,120})’(?!\w)|(?<![\w])'(?P<d>[A-Z0-9][^']{0,118})'(?!\w)")
_POSSESSIVE = rx.compile(r"[’']s$")
# A quotation followed by its speaker ("“…,” Choi says", "“…,” says Choi") is speech.
_SPEECH_TAG = rx.compile(r"[ \t]+(?:(?:[A-Z][\w’'-]*[ \t]+){1,3}|the\s+[a-z]+\s+)?(?:says|said|"
                         r"explains|explained|adds|added|recalls|recalled|laughs|laughed)\b")
_NESTED_QUOTE = rx.compile(r"‘(?P<t>[^’]{1,120}?)[,.]?’(?!\w)")
_SHOUTED = rx.compile(r"[A-Z][A-Z0-9&!-]+")
_TITLE_CASE = rx.compile(r"[A-Z][a-z]+[,.:;]?")
# What makes the capitalised words before it part of an awards ceremony's name.
_CEREMONY_TAIL = rx.compile(r"(?:\s+[A-Z][\w&-]*){0,3}\s+(?:Awards?|Festival|Prizes?)\b")
# "“Title (feat. X)”": the featured artist is not part of the title.
_FEATURE_TAIL = rx.compile(r"\s*\((?:feat\.|ft\.|featuring|with)\s+[^()]+\)$", re.I)


# A capitalised participle followed by a preposition opens a sentence, not a name.
_PARTICIPLE_OPENER = rx.compile(r"(?:Released|Recorded|Written|Filmed|Produced|Composed|"
                                r"Shot|Sung|Dropped|Issued|Unveiled|Launched|Premiered|Aired|"
                                r"Arranged|Directed|Nominated|Cast|Set|Born|Based|Asked|"
                                r"Speaking|Looking|Credited|Voiced)")


_DEMONYM = rx.compile(r"Korean|Japanese|Chinese|Taiwanese|Thai|Vietnamese|Filipino|Indonesian|"
                      r"Malaysian|Singaporean|Asian|American|British|English|French|German|"
                      r"Spanish|Canadian|Australian|European|Western|Latin|Hallyu")


@dataclass
class Mention:
    """A name in a sentence, with what the registry makes of it."""

    start: int
    end: int
    text: str
    resolution: Resolution
    quoted: bool = False
    initial: bool = False  # the first word of its sentence, so capitalised anyway


# A Korean given name, hyphenated, right after a word: that word is its family name.
# ("X Byeong-gu": syllables of up to six letters, "Byeong", "Gyeong")
_FAMILY_NAME_OF = rx.compile(r" [A-Z][a-z]{1,5}-[a-z]{1,6}\b")


def find_mentions(folded: FoldedText, registry: Registry, start: int, end: int
                  ) -> list[Mention]:
    """The names in ``folded.text[start:end]``, in order, without overlaps."""
    text = folded.text
    found: list[Mention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= m.start or m.end <= a for m in found)

    titles, phrases = _reading(folded, start, end)
    for a, b, inner in titles:
        found.append(Mention(a, b, inner, registry.lookup(inner), quoted=True))
    for hit in registry.scan(folded, start, end):
        if re.match(r"-[a-z]", text[hit.end:hit.end + 2]) or \
                re.search(r"[A-Za-z]-$", text[max(start, hit.start - 2):hit.start]):
            continue  # a short registered name inside a hyphenated one ("X" in "Y X-z")
        if _FAMILY_NAME_OF.match(text, hit.end) and " " not in text[hit.start:hit.end] and \
                not text[hit.start:hit.end].isupper():
            continue  # a registered given name that is another's family name ("X Yy-zz")
        if _CEREMONY_TAIL.match(text, hit.end):
            continue  # a broadcaster's name inside a ceremony's ("X TV Drama Awards")
        if free(hit.start, hit.end):
            found.append(Mention(hit.start, hit.end, text[hit.start:hit.end],
                                 Resolution(entities=hit.entities, how="exact")))
    named_the = _the_names(folded)
    for a, b in phrases:
        if not free(a, b):
            for piece in _outside(found, a, b):
                _add_phrase(found, text, registry, *piece, start, named_the)
            continue
        _add_phrase(found, text, registry, a, b, start, named_the)
    return sorted(found, key=lambda m: m.start)


# "… also credited to The G": a capital "The" inside a sentence is part of the name,
# and the article's other mentions of it (opening a sentence) keep it too.
# (after a word in lower case on the same line, so not a headline's title case; two words or
# more after it, so not a one-word prize's name)
# (the words of a name may be wrapped over a line break)
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_MID_THE = rx.compile(rf"(?:(?<![\w’'-])[a-z]+|,){_GAP}The{_GAP}"
                      rf"(?P<n>[A-Z][\w’'-]*(?:{_GAP}[A-Z][\w’'-]*){{1,4}})|"
                      # "by the band The G": after a word for a band, one word is enough
                      rf"\b(?:band|group|trio|duo|quartet|quintet|outfit){_GAP}The{_GAP}"
                      r"(?P<one>[A-Z][\w’'-]*)")
_THE_NAMES: WeakKeyDictionary[FoldedText, frozenset[str]] = WeakKeyDictionary()


def _the_names(folded: FoldedText) -> frozenset[str]:
    """The names the text writes after a capital "The" inside a sentence (each word run and
    its leading parts)."""
    known = _THE_NAMES.get(folded)
    if known is None:
        names = set()
        for m in _MID_THE.finditer(folded.text):
            words = (m["n"] or m["one"]).split()
            names.update(" ".join(words[:n]) for n in range(1 if m["one"] else 2,
                                                             len(words) + 1))
        known = _THE_NAMES[folded] = frozenset(names)
    return known


# A span's quoted titles and name-shaped phrases depend on its text alone, and every span is
# read twice (see extract): the second reading takes them from here and only consults the
# registry, which has grown in between, again.
_READINGS: WeakKeyDictionary[FoldedText, dict[tuple[int, int], tuple[list, list]]] = \
    WeakKeyDictionary()


def _reading(folded: FoldedText, start: int, end: int
             ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The quoted titles (start, end, title) and the name-shaped phrases (start, end) of
    ``folded.text[start:end]``, in reading order."""
    spans = _READINGS.setdefault(folded, {})
    known = spans.get((start, end))
    if known is not None:
        return known
    text = folded.text
    titles: list[tuple[int, int, str]] = []
    for m in _QUOTED.finditer(text, start, end):
        group = next(g for g in ("a", "b", "c", "d") if m.group(g) is not None)
        a, b = m.start(group), m.end(group)
        while b > a and text[b - 1] in ",.;:!? ":
            if text[b - 1] in "?!" and _titlelike(text[a:b]):
                break  # "Who Are You?" keeps its question mark
            if text[b - 1] == "." and re.search(r"\.[A-Z]\.$", text[a:b]):
                break  # "Two A.M." keeps the dot of its initialism
            b -= 1
        tail = _FEATURE_TAIL.search(text, a, b)
        if tail and tail.start() > a:
            b = tail.start()
        inner = text[a:b]
        # "“…,” Choi says": a quotation closed by a comma before its speaker is speech
        # ("B’s “S,” the broadcaster said": a possessive's title, not the words said)
        speech = text[m.end(group) - 1] == "," and _SPEECH_TAG.match(text, m.end()) and \
            not _POSSESSIVE.search(text[max(start, m.start() - 3):m.start()].rstrip())
        if _titlelike(inner) and not speech:
            titles.append((a, b, inner))
        elif group in ("a", "b"):
            # “A sings ‘T’ because …,” she says: a title quoted inside reported speech
            titles.extend((n.start("t"), n.end("t"), n["t"])
                          for n in _NESTED_QUOTE.finditer(text, a, b) if _titlelike(n["t"]))
    named_the = _the_names(folded)
    phrases = [piece for m in _PHRASE.finditer(text, start, end)
               for piece in _names_in(text, m.start(), m.end(), named_the)]
    spans[(start, end)] = (titles, phrases)
    return titles, phrases


def _add_phrase(found: list[Mention], text: str, registry: Registry, a: int, b: int,
                sentence_start: int, named_the: frozenset[str] = frozenset()) -> None:
    first = a
    a, b = _strip(text, a, b)
    if b <= a or not re.search(r"[A-Za-z]", text[a:b]):
        return
    if a - 4 >= first and re.fullmatch(r"The\s", text[a - 4:a]) and \
            " ".join(text[a:b].split()) in named_the and \
            not registry.lookup(text[a:b]).entities:
        a -= 4  # "The G", written so inside a sentence
    phrase = text[a:b]
    initial = not text[sentence_start:a].strip(" \"“‘'([")
    if initial and _PARTICIPLE_OPENER.fullmatch(phrase) and not registry.lookup(phrase).entities:
        return  # "Released on July 3, …": a participle opening the sentence
    if initial and re.fullmatch(rf"{_PARTICIPLE_OPENER.pattern}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                                r"Aug|Sept?|Oct|Nov|Dec)[a-z]*", phrase):
        return  # "Released Feb. 19.": a participle and a date
    if _DEMONYM.fullmatch(phrase) and not registry.lookup(phrase).entities:
        return  # "a Korean drama ballad": an adjective of nationality, not a name
    found.append(Mention(a, b, phrase, registry.lookup(phrase), initial=initial))


def _outside(found: list[Mention], a: int, b: int) -> list[tuple[int, int]]:
    pieces, cursor = [], a
    for m in sorted(found, key=lambda m: m.start):
        if m.end <= a or m.start >= b:
            continue
        if m.start > cursor:
            pieces.append((cursor, m.start))
        cursor = max(cursor, m.end)
    if cursor < b:
        pieces.append((cursor, b))
    return pieces


def _names_in(text: str, a: int, b: int, named_the: frozenset[str] = frozenset()
              ) -> list[tuple[int, int]]:
    """Split a capitalised run at words that join two names ("From X To Y"), except inside
    a name written after a capital "The" within a sentence (``named_the``)."""
    pieces, begin = [], a
    # "the duo X AND Y": an act's name in capitals that has its own "AND"
    joined = _SHOUTED_PAIR.fullmatch(text, a, b) and not _SHOUTED_DAYS.search(text, a, b)
    state = "start"  # "start": only stopwords so far; "shout": then words in capitals
    for w in _NON_SPACE.finditer(text[a:b]):
        word = w.group()
        if _FIXED.match(text, a + w.start()):
            continue  # "Rookie of the Year" is one name
        if state == "shout" and _TITLE_CASE.fullmatch(word) and \
                re.search(r"[A-Z]{4}", text[begin:a + w.start()]):
            pieces.append((begin, a + w.start() - 1))  # "GROUP NAME Lands On": a headline's verb
            begin, state = a + w.start(), "start"
        if _SHOUTED.fullmatch(word) and state in ("start", "shout"):
            state = "shout"
        elif not (state == "start" and word.lower().strip(",.") in STOPWORDS):
            state = "mixed"
        # ("the members of The W Returns": a verb of headlines inside the band's name)
        verb_in_name = w.group() in _HEADLINE_VERBS and \
            re.match(r"The\s", text[begin:begin + 4]) is not None and \
            " ".join(text[begin + 4:a + w.end()].split()) in named_the
        if (w.group().lower() in _BREAKERS or w.group() in _HEADLINE_VERBS) and w.start() > 0 \
                and not (word == "AND" and joined) and not verb_in_name:
            pieces.append((begin, a + w.start()))
            begin = a + w.end()
        elif _POSSESSIVE.search(w.group()) and a + w.end() < b:
            pieces.append((begin, a + w.end()))  # "GROUP's Gwak Yeon-hu": two names
            begin = a + w.end()
    pieces.append((begin, b))
    split = []
    for p, q in pieces:
        pair = _PEOPLE_PAIR.fullmatch(text, p, q)
        # "“T” — X Yy-zz & W Vv-uu": two people credited together, not one act's name
        split += [(pair.start("x"), pair.end("x")), (pair.start("y"), pair.end("y"))] if pair \
            else [(p, q)]
    return split


_PEOPLE_PAIR = re.compile(r"\s*(?P<x>[A-Z][a-z]{1,4}\s+[A-Z][a-z]+-[a-z]+)\s+&\s+"
                          r"(?P<y>[A-Z][a-z]{1,4}\s+[A-Z][a-z]+-[a-z]+)\s*")
_NON_SPACE = re.compile(r"\S+")
_SHOUTED_PAIR = re.compile(r"[A-Z]{2,}(?:\s+[A-Z]{2,})?\s+AND\s+[A-Z]{2,}(?:\s+[A-Z]{2,})?")
_SHOUTED_DAYS = re.compile(r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY")
_EPITHET = re.compile(r"[a-z]+-[a-z]+(?:ed|ing)")
_BEFORE_CAPITAL = re.compile(r"\S+\s+[A-Z]")
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]{1,4}\s+[A-Z][a-z]+-[a-z]+|"
                           r"(?:So|An|No|Do|Ma|Ha|Na|Oh|Yu)\s+[A-Z][a-z]{1,4}\s+[A-Z][a-z]{1,4}|"
                           # ("An X-y's C": the family name of a possessive)
                           r"(?:So|An|No|Do|Ma|Ha|Na|Oh|Yu)\s+[A-Z][a-z]+-[a-z]+[’']s")
_WORD_FAMILY = re.compile(r"So|An|No|Do|Ma|Ha|Na|Oh|Yu")
# "Eleven-year-old A makes her debut": an age opening a sentence, not part of the name
_AGED = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop stopwords at the start, a possessive "’s" and stray punctuation at the end."""
    while a < b and text[a].isspace():
        a += 1
    while a < b:
        w = _NON_SPACE.match(text, a, b)
        # "It's", "Here's": a contracted stopword is one too
        word = _POSSESSIVE.sub("", w.group().lower().strip(".,")) if w else ""
        # "Top-billed A", "Award-winning A": a compound epithet before a name, not part of it
        epithet = _EPITHET.fullmatch(word) and _BEFORE_CAPITAL.match(text, a, b)
        if not word or (word not in STOPWORDS and not epithet and
                        not all(part in STOPWORDS for part in word.split("-")) and
                        not _DAY_TIME.fullmatch(word) and not _AGED.fullmatch(word)):
            break
        if word == "top" and re.match(r"\S+\s+[A-Z][a-z]", text[a:b]):
            break  # "Top Excellence Award" is a name; "Top 5" is not
        if w.group() == "THE" and re.match(r"\S+\s+([A-Z]{2,})\b", text[a:b]) and \
                re.match(r"\S+\s+([A-Z]{2,})\b", text[a:b])[1].lower() not in STOPWORDS:
            break  # "THE FOG HORNS": the article of a name written in capitals is its own
        if word in _NUMBER_WORDS and re.fullmatch(r"[A-Z]{3,}", w.group()) and \
                re.match(r"\S+\s+[A-Z]{2,}\b", text[a:b]):
            break  # "NINE OARS": a number in a name written in capitals is part of it
        if _FIXED.match(text[a:b], len(w.group()) + 1):
            break  # "Song of the Year" is a name
        if word not in _ARTICLES and _NEAR_FIXED.match(text, a, b):
            break  # "Soundtrack Artist of the Year" is one too
        if _FAMILY_FIRST.fullmatch(text, a, b):
            break  # "Song Yi-rin", "Ha Yeom-tu", "No Yu Ri": a family name before a given name
        if _WORD_FAMILY.fullmatch(text, a, b) and \
                re.match(r"\s+and\s+[A-Z][a-z]+\s+[a-z]", text[b:b + 40]):
            break  # "An and Byun sing it": a family name, as no article stands before "and"
        if _WORD_FAMILY.fullmatch(text, a, b) and \
                re.search(r"\b(?:and|&|with|by|to|from)\s+$", text[max(0, a - 8):a]) and \
                re.match(r"\s+[a-z&]|[,;’']", text[b:b + 2]):  # not "to No. 3"
            break  # "Jung and An sing it": capitalised after "and", not a sentence's first word
        a = w.end()
        while a < b and text[a].isspace():
            a += 1
        day = re.match(r"\d{1,2}(?=\s+[A-Z])", text[a:b]) if word in MONTHS else None
        if day:  # "On June 21 A put out …": the month's day goes with it, not with A
            a += day.end()
            while a < b and text[a].isspace():
                a += 1
    while b > a and text[b - 1] in " ,.;:":
        b -= 1
    possessive = _POSSESSIVE.search(text, a, b)
    if possessive:
        b = possessive.start()
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _titlelike(inner: str) -> bool:
    """A quoted span that reads as a title rather than reported speech."""
    words = inner.split()
    if not words or len(words) > 8 or not (inner[0].isupper() or inner[0].isdigit()):
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    # "X at the End of the Y": title case leaves its short words in lower case
    major = [w for w in words if w.lower().strip(",.;:!?") not in _MINOR_WORDS]
    return capitalised * 2 >= len(words) or (
        len(major) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in major))


_MINOR_WORDS = frozenset({"a", "an", "the", "of", "at", "in", "on", "for", "to", "and", "or",
                          "by", "with", "from", "as", "but", "nor", "into", "upon"})
