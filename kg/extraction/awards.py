"""Award wins: "X won / took home / was named CATEGORY at the YEAR CEREMONY (on DATE)".

The award is one category of one edition, labelled "CATEGORY, YEAR CEREMONY" ("Best OST, 2033
Y Drama Awards"). A ceremony named anywhere ("the big winner at the 61st Y
Awards on May 5") is remembered for a few sentences, so "at the ceremony", "the award for Best
OST went to X" and "X, who won the Grand Prize" refer to it. The win is dated by the day the
sentence gives, else the ceremony's, else the edition's year. Nominations are not wins and are
not proposed.
"""

from __future__ import annotations

import re

from kg.extraction import modelling, rx
from kg.extraction.cast import (
    _EVENT_NAME,
    PERSON_NAME,
    PRIZE_NAME,
    interview_guest,
    looks_like_group,
)
from kg.extraction.context import (
    ALBUM,
    AWARD,
    BAND,
    CHARACTER,
    CHART,
    GROUP,
    PERSON,
    PLATFORM,
    RECORDING,
    SERIES,
    SONG,
    Article,
)
from kg.extraction.dates import BARE_YEAR, MONTHS, YEAR_DIGITS, resolve
from kg.extraction.masked import D, M, Sentence
from kg.extraction.mentions import Mention
from kg.extraction.names import exact_form

# ("at this year’s X Awards": the edition of the publication's year)
# ("On December 28, 2092, A was named X at that year’s Y Awards": the year the day gives)
_EDITION = (rf"(?:(?P<year>{D})\s+|(?P<nth>\d{{1,3}}(?:st|nd|rd|th))\s+|"
            r"(?P<this>this\s+year[’']s\s+)|(?P<that>that\s+year[’']s\s+))?")
_WIN = rx.compile(
    r"\b(?P<verb>won|wins|win|took\s+home|takes\s+home|received|receives|picked\s+up|bagged|"
    r"claimed|scooped(?:\s+up)?|earned|was\s+named|were\s+named|was\s+awarded|awarded|"
    r"collected|grabbed|nabbed|snagged|named|(?<=⟩\s)shared|(?<=⟩\s)share|honou?red\s+with|presented\s+with|accepted|"
    r"accepts|(?:was|were)\s+handed|(?<=\bto\s)take|"
    # ("A photograph of G collecting X at Y": the act named just before)
    r"(?<=⟩\s)collecting|(?<=⟩\s)receiving|"
    r"was\s+crowned|were\s+crowned|(?:was|were)\s+chosen\s+as|took|takes|"
    r"walked\s+(?:away|off)\s+with|walks\s+(?:away|off)\s+with|came\s+away\s+with|comes\s+away\s+with|"
    r"carried\s+off|carries\s+off|went\s+home\s+with|goes\s+home\s+with|"
    r"was\s+given|were\s+given|landed|secured|clinched|(?:was\s+|were\s+)?voted|"
    r"(?<=,\s)winners?\s+of|"
    # ("…, having been named winner of X at Y")
    r"(?:was|were|been)\s+named\s+(?:the\s+)?winners?\s+of)\s+"
    # "C, the role he played, won A the X trophy": the one it won the prize for
    rf"(?:(?<=won\s)(?P<to>{M})\s+(?=the\s+{M}\s+(?:award|prize|trophy)\b))?"
    # "That role won her Best New Actress": the one "her" is
    r"(?:(?<=won\s)(?P<obj>her|him)\s+(?=⟨))?"
    # "won the fan-voted Popularity Award"
    # ("the group collected its first trophy, X at the Y Awards": the prize set off after)
    r"(?:(?:its|her|his|their)\s+(?:first|second|third|debut|maiden)\s+(?:trophy|award|prize),\s+)?"
    rf"(?:the\s+(?:[a-z]+-[a-z]+\s+)?)?"
    rf"(?:(?:award|prize|trophy)\s+for\s+)?(?P<award>{M})(?:\s+(?:award|prize|trophy|winner))?"
    rf"(?:\s+(?:at|in|from|during)\s+(?:the\s+)?(?:same\s+)?{_EDITION}(?:(?P<ceremony>{M})|"
    r"(?P<the>ceremony|awards?\s+ceremony|awards|event|show)))?")
# "The year closed with a trophy for the quartet: X at the Y Awards, handed out on DATE": the
# group spoken of won X.
_TROPHY_FOR_THE = rx.compile(r"\b(?:a|its|their)\s+(?:first\s+)?(?:trophy|prize|award)\s+for\s+"
                             r"the\s+(?:group|band|duo|trio|quartet|quintet|sextet|septet|boys|girls):\s+"
                             rf"(?P<award>{M})\s+at\s+(?:the\s+)?{_EDITION}(?P<ceremony>{M})")
# "The ballad earned A the Best OST trophy at the 9th X Awards": A won it, for the song.
# ("The role won A Best New Actor at the 12th X Awards": no "the … trophy" around it)
# ("The part earned him X at the Y Awards that December": the person spoken of)
# ("The role has already earned A a trophy: X at the Y Awards": the prize after the colon)
_EARNED = rx.compile(rf"\b(?:earned|won|brought|handed|gave)\s+(?:(?P<a>{M})|(?P<pro>him|her))\s+"
                     rf"(?:the\s+(?P<award>{M})\s+(?:trophy|award|prize)|(?:an?\s+(?:[a-z-]+\s+)?"
                     rf"(?:trophy|award|prize):\s+)?(?P<award2>{M}))\s+"
                     r"(?:at|in|from)\s+(?:the\s+)?"
                     rf"{_EDITION}(?P<ceremony>{M})")
# "G went home from the 10th X Awards with Best Group OST": the ceremony before the prize.
_HOME_FROM = rx.compile(rf"(?P<a>{M})\s+(?:went|goes|came|comes)\s+(?:home|away)\s+from\s+"
                        rf"(?:the\s+)?{_EDITION}(?P<ceremony>{M})\s+with\s+(?:the\s+)?(?P<award>{M})")
# "The award for Best OST went to X", "Song of the Year went to X".
_WENT_TO = rx.compile(rf"(?:\b(?:award|prize|trophy)\s+for\s+)?(?P<award>{M})(?:\s+(?:award|"
                      r"prize|trophy))?,?\s+(?:(?:went|goes|was\s+given|was\s+handed|"
                      r"was\s+presented|was\s+awarded|belonged|belongs)\s+to|was\s+won\s+by)\s+"
                      r"(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:actor|actress|singer|group|band|"
                      rf"duo|trio|drama|series|song|ballad|track|rapper|idol|newcomer|rookie)\s+)?"
                      rf"(?:(?:{M}|the\s+(?:[a-z-]+\s+)?(?:band|group))[’']s?\s+)?(?P<x>{M})")
# "the part brought her Best New Actress at the 2048 X Awards": the person spoken of won it.
_BROUGHT = rx.compile(
    # ("… has already brought her a trophy: X at the Y Awards": the prize after the colon)
    rf"\b(?:brought|earned|won|landed|got|gave)\s+(?:her|him)\s+(?:the\s+|an?\s+(?:[a-z-]+\s+)?"
    rf"(?:trophy|award|prize):\s+)?(?P<award>{M})"
    rf"(?:\s+(?:award|prize|trophy))?(?:\s+(?:at|in|from)\s+(?:the\s+)?{_EDITION}"
    r"(?:(?P<ceremony>⟨\d+⟩)|(?P<the>ceremony|awards?\s+ceremony|awards|event|show)))?")
# ("A’s C earned her X": the part itself named)
_PERFORMANCE_OF = rx.compile(rf"^\s*(?P<o>{M})[’']s\s+(?:(?:[a-z-]+\s+){{0,2}}?(?:performance|turn|"
                             r"portrayal|role|part|work|acting)\s+(?:as\s+⟨\d+⟩\s+)?|⟨\d+⟩\s+)"
                             # ("A’s performance has already brought him …")
                             r"(?:(?:has|had)\s+(?:already\s+|now\s+|since\s+)?)?"
                             r"(?:earned|brought|won|landed|got)\s+(?:him|her)\b")
# "A and co-star B were voted Best Couple".
# "A and B, who play the pair and sing it in character, collected Best Couple".
_PAIR_WON = rx.compile(rf"(?P<a>{M})\s+and\s+(?:(?:his|her|their)\s+)?(?:co-star|co-lead|partner|"
                       rf"screen\s+partner)?\s*(?P<b>{M})(?:,\s+who\s+[^,⟨]{{1,80}},)?\s+"
                       r"(?:(?:were|have\s+been|both)\s+)?$")
# "A and B recorded it in character, and the drama’s two leads then shared Best Couple": the
# two people named earlier in the sentence, or the two the article calls its leads.
_LEADS_WON = rx.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:drama|show|series)[’']s?\s+)?"
                        # ("the two shared the Best Couple award": the pair spoken of)
                        r"(?:(?:two\s+)?(?:leads|stars|co-leads)|two|pair|couple)\s+"
                        r"(?:then\s+|also\s+)?(?:shared|share|"
                        r"won|took|were\s+crowned|were\s+named|collected|picked\s+up|took\s+home)\s+"
                        rf"(?:the\s+)?(?P<award>{M})")
# "the 2055 X Awards handed its grand prize to A and its Drama of the Year to “S”".
_HANDED = rx.compile(r"\b(?:handed|hands|gave|gives|awarded|awards)\s+(?:out\s+)?")
# "On DATE the 11th X Awards gave it Best OST": the song spoken of won it.
# ("… gave it their Best OST trophy on DATE": the ceremony's own prize)
_GAVE_IT = rx.compile(r"\b(?:gave|handed|awarded)\s+(?:it|the\s+(?:song|track|single|ballad|"
                      r"duet))\s+"
                      rf"(?:the\s+|their\s+|its\s+)?(?P<award>{M})")
# "On DATE the 3rd X Awards named the drama Best Miniseries": the drama (or song) spoken of won it.
# ("… liked the show and named it Drama of the Year": "it" alone may be either; not read)
# ("… named it Best OST": "it" with a song's prize is the song spoken of)
# ("the 10th X Awards named “S” Best Miniseries": the title named, a drama's prize)
_NAMED_IT = rx.compile(r"\b(?:named|crowned|made)\s+(?:the\s+(?P<song>song|track|single|ballad|"
                       rf"duet)|the\s+(?P<drama>drama|series|show)|(?P<it>it)|(?P<title>{M}))\s+"
                       rf"(?:the\s+)?(?P<award>{M})")
_DRAMA_PRIZE = rx.compile(r"\b(?:Drama|Series|Miniseries|Show)\b")
_PERSON_PRIZE = rx.compile(r"\b(?:Actor|Actress|Newcomer|Rookie|Performer|Artist)\b")
# "the 11th X Awards gave “S” its Best New Drama prize": S won it.
# ("… gave the series its Best New Drama prize": the drama spoken of)
# ("… handed that series its Best Drama prize": the drama the sentence before named)
_GAVE_S_ITS = rx.compile(rf"\b(?:gave|handed|awarded)\s+(?:(?P<w>{M})|(?:the|(?P<that>that))\s+"
                         r"(?P<ser>series|drama|show))\s+"
                         # ("… gave the series Best Romantic Comedy": no determiner)
                         r"(?:(?:its|their|the)\s+)?"
                         rf"(?P<award>{M})(?:\s+(?:prize|award|trophy))?")
# ("The 3rd X Awards, held on DATE, gave their Best Drama prize to “S”")
_HANDED_TO = rx.compile(rf"(?:its|the|their)\s+(?P<award>{M})(?:\s+(?:prize|award|trophy))?\s+to\s+"
                        rf"(?P<x>{M})")
# "A was up for the X Award, …, but that prize went to B": the award the sentence named.
_THAT_PRIZE = rx.compile(r"\b(?:that|the|this)\s+(?:prize|award|trophy)\s+(?:instead\s+)?"
                         r"(?:went|was\s+given|was\s+handed|was\s+awarded)\s+(?:instead\s+)?to\s+"
                         rf"(?P<x>{M})")
# "A, a Best New Actress winner at the 2027 X Awards, …": A won it.
_A_WINNER = rx.compile(rf"(?P<x>{M}),\s+(?:a|an|the)\s+(?:(?:former|past|previous)\s+)?"
                       rf"(?P<award>{M})\s+winner\s+(?:at|in|from)\s+(?:the\s+)?{_EDITION}(?P<ceremony>{M})")
# "A lifts the Best Actress trophy", "A and B accept Best OST for “T”", "The director A raises
# Drama of the Year for “S”": the people, or the work named after "for".
_LIFTS = rx.compile(rf"(?:(?P<x>{M})(?:\s+and\s+(?P<y>{M}))?|\b[Tt]he\s+[a-z]+\s+{M})\s+"
                    r"(?:lifts|lifted|raises|raised|hoists|hoisted|holds\s+up|accept|accepts)\s+"
                    rf"(?:the\s+)?(?P<award>{M})(?:\s+(?:trophy|award|prize))?(?:\s+for\s+(?P<w>{M}))?")
# "A, Best Supporting Actress, whose C …": the prize set beside the name.
_APPOSED_PRIZE = rx.compile(rf"(?P<x>{M}),\s+(?P<award>{M}),\s+(?:whose|who)\b")
# "B loses Best Supporting Actor to A": A won it.
_LOST_TO = rx.compile(rf"\b(?:loses|lost|losing)\s+(?:out\s+on\s+)?(?:the\s+)?(?P<award>{M})"
                      rf"(?:\s+(?:award|prize|trophy))?\s+to\s+(?P<x>{M})")
# "The same pair return for Best Couple": the two people the article credited together last.
_PAIR_RETURNS = rx.compile(rf"^\s*(?:\d{{1,2}}:\d\d\s*[ap]\.m\.[,\s—–-]+)?"
                           r"(?:[Tt]he\s+(?:same\s+)?(?:pair|duo|two)|[Bb]oth)\s+(?:return|"
                           r"returns|returned|come\s+back|came\s+back|are\s+back|were\s+back)\s+"
                           rf"(?:for|to\s+(?:take|collect|win|pick\s+up))\s+(?:the\s+)?(?P<award>{M})")
# A live blog's entry: "7:18 p.m. First trophy of the night: Best New Actor is G's A",
# "10:25 p.m. Best Couple: A and B, better known as …", "Daesang: A."
_ENTRY = rx.compile(rf"^\s*\d{{1,2}}:\d\d\s*[ap]\.m\.[,\s]+(?:[A-Z][^:⟨]{{0,40}}:\s+)?"
                    rf"(?P<award>{M})(?:,\s+[A-Z][a-z]+)?\s*(?::|\s+is|\s+goes\s+to)\s+"
                    rf"(?:{M}[’']s\s+)?(?P<x>{M})(?:\s+and\s+(?P<y>{M}))?")
# "7:30 p.m. — A is Best New Actress for …", "G take Best Soundtrack Artist": the winner first.
_ENTRY_WINNER = rx.compile(rf"^\s*\d{{1,2}}:\d\d\s*[ap]\.m\.[,\s]+(?P<x>{M})\s+(?:is|are|takes?|"
                           rf"wins?|won|took)\s+(?:the\s+)?(?P<award>{M})")
# "- Top Excellence Award, Actress: A, “S”": a winners list's line.
_LISTED = rx.compile(rf"^\s*(?:[-*•·]\s*)?(?P<award>{M})(?:,\s+[A-Z][a-z]+)?\s*:\s+(?P<x>{M})"
                     rf"(?:\s+(?:and|&)\s+(?P<y>{M}))?")
# A prize for a drama as a whole: its winner is the series, not a song of that name.
_WORK_PRIZE = rx.compile(r"\b(?:Drama|Series|Show|Programme|Program)\b")
_AT_THE = rx.compile(rf"\b[Aa]t\s+the\s+{_EDITION}(?P<ceremony>{M})(?=[,.\s]|$)")
# "The 2033 Y Awards were held on June 9": a ceremony as a subject.
_CEREMONY_HELD = rx.compile(rf"(?:^|\b[Tt]he\s+){_EDITION}(?P<ceremony>{M})"
                            r"(?:\s+(?:was|were|took\s+"
                            r"place|kicked\s+off|wrapped|is|are)\b|,\s+(?:held|staged|hosted)\s+on\b)")
# "the 2038 X Awards, which took place on DATE": an edition named anywhere is the ceremony.
_EDITIONED = rx.compile(rf"(?:\b[Tt]he\s+)(?:(?P<year>{D})|(?P<nth>\d{{1,3}}(?:st|nd|rd|th)))\s+"
                        rf"(?P<ceremony>{M})")
_EDITION_IN_NAME = rx.compile(r"(?:\d{4}|\d{1,3}(?:st|nd|rd|th))\s+.*\b(?:Awards?|Festival|Prizes?|"
                              r"Gala)$")
# "the Top Excellence Award, Actress": a category's qualifier after a comma.
_QUALIFIER = rx.compile(r",\s+(?:Actor|Actress|Actors|Actresses|Male|Female|Miniseries|"
                        r"Mini-series|Serial|Weekend|Daily|Mid-length|Long|Short|Drama|Variety|"
                        r"Music|Film|Solo|Group|Vocal|Rookie)(?=[\s,.;:]|$)")
# "the Top Excellence Award for an actress": the qualifier in words.
_FOR_AN = rx.compile(r"\s+for\s+an?\s+(?P<who>actor|actress)\b")
# "Daesang (Grand Prize)": a category's name glossed in parentheses.
_GLOSS = rx.compile(r" \((?:[A-Z][\w-]*)(?:\s+(?:of\s+the\s+)?[A-Z][\w-]*){0,3}\)")
_CEREMONY_WORDS = rx.compile(r"\b(?:Awards?|Festival|Ceremony|Prizes?|Gala)\b")
_AWARD_WORDS = rx.compile(r"\b(?:Best|Award|Prize|Grand|Daesang|Top|Excellence|Popularity|"
                          r"Rookie|Newcomer|Achievement|Bonsang|Year|Artist|Icon)\b")
# The lower-case middle of a category's name: "… by a Group", "… in a Miniseries".
_CATEGORY_TAIL = rx.compile(r"\s+(?:by|in|for)\s+an?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
# A date that dates something other than the win: "for X, released on DATE".
_OTHER_EVENT = rx.compile(
                          # "topped the CHART on DATE": a chart's verb, the chart's name between
                          r"\b(?:debuted|entered|peaked|charted|ranked|climbed|reached|topped|"
                          r"landed|rose)\b(?:[^,;⟦⟨]|⟨\d+⟩){0,30}$|"
                          r"\b(?:released|aired|airs|premiered|dropped|debuted|entered|peaked|"
                          r"charted|ranked|climbed|came\s+out|broadcast|unveiled|streamed|dated|"
                          r"reached|"
                          # "…, and as of January 2 it had logged …": a count's day
                          r"as\s+of|"
                          r"from|until|through|since|began|begun|started|ended|run|"
                          # "the drama whose last episode went out on DATE"
                          r"went\s+out|finale)\b"
                          r"[^,;⟦⟨]{0,20}$|"
                          # "from DATE to DATE": the end of a run
                          r"⟦\d+⟧\s+(?:to|until|through|till)\s+$|"
                          # "…, and its P streams passed 3.1 million on DATE": a count's day
                          r"\b\d[\d.,]*(?:\s+(?:million|billion))?(?:\s+(?:streams|plays|views))?"
                          r"\s+(?:on|by)\s+$")
#: How many sentences a named ceremony stays the one "the ceremony" means.
_MEMORY = 30
_SAME_YEAR = rx.compile(r"\b(?:the\s+same|that\s+same|that)\s+year\b")


def apply(article: Article, s: Sentence) -> None:
    """Propose the award wins of one sentence (and remember the ceremonies it names)."""
    if s.kind == "field":
        _listed(article, s)
        _ballot_winner(article, s)
        return
    if s.kind != "sentence":
        return
    _ballot_winner(article, s)  # "They said: A, for playing C, …": a scorecard's turn
    _speech_winner(article, s)
    remember_ceremony(article, s)
    entry = _ENTRY.match(s.masked)
    if entry and _AWARD_WORDS.search(s.mention(entry["award"]).text):
        _listed(article, s, _ENTRY)  # "9:10 p.m. Best OST: “T.”" in a live blog
    elif (entry := _ENTRY_WINNER.match(s.masked)) and \
            _AWARD_WORDS.search(s.mention(entry["award"]).text):
        _win(article, s, entry, s.mention(entry["award"]), s.mention(entry["x"]), entry.start())
    attribution(article, s)
    for m in _TROPHY_FOR_THE.finditer(s.masked):
        _win(article, s, m, s.mention(m["award"]), None, m.start(),
             awardee=_group_spoken_of(article))
    for m in _WIN.finditer(s.masked):
        behalf = _BEHALF.match(s.masked, m.end())
        if behalf and (behalf["work"] or behalf["work2"]):
            # "accepted Drama of the Year on the drama's behalf": the drama the sentence names
            named = [x for x in s.mentions if x.quoted and x.start < s.mention(m["award"]).start
                     ] if s.mention(m["award"]) else []
            if len(named) == 1:
                _win(article, s, m, s.mention(m["award"]), None, m.start(),
                     awardee=article.resolve(named[0], (SERIES,), SERIES, []))
            continue
        if behalf:
            continue  # "accepted the trophy on behalf of the team": the team won it
        ceremony = re.search(rf"(?:(?P<t>{M}),?\s+which\s+)?(?:the\s+)?(?:⟦\d+⟧\s+|"
                             rf"\d{{1,3}}(?:st|nd|rd|th)\s+)?(?P<c>{M})\s+$",
                             s.masked[:m.start()]) if m["verb"] == "named" else None
        if ceremony and _CEREMONY_WORDS.search(s.mention(ceremony["c"]).text):
            # "“T,” which the 2080 X Awards named Best OST": the title won it, not the ceremony
            title = s.mention(ceremony["t"]) if ceremony["t"] else None
            award = s.mention(m["award"])
            if title is not None and title.quoted and award is not None:
                if _DRAMA_PRIZE.search(award.text):
                    winner = article.resolve(title, (SERIES,), None, [])
                else:
                    got = article.recording(title, [])
                    winner = got[0] if got else None
                if winner is not None:
                    _win(article, s, m, award, None, m.start(), awardee=winner)
            continue
        pair = _PAIR_WON.search(s.masked[:m.start()])
        if pair and any(_AWARD_WORDS.search(s.mention(pair[x]).text) for x in "ab"):
            pair = None  # "Chu was named Best Actress and Byeon collected X": an award, no pair
        if pair and not m["to"]:  # "A and co-star B were voted Best Couple": both won it
            for slot in ("a", "b"):
                _win(article, s, m, s.mention(m["award"]), s.mention(pair[slot]), m.start())
        elif not re.search(r"\bnominat", s.masked[max(0, m.start() - 40):m.start()]):
            awardee = None
            if m["obj"]:  # "That role won her X": the person spoken of, if the sentence names
                if any(not x.quoted for x in s.mentions_in(s.masked[:m.start()])):
                    continue  # none before ("A's song … won her X" is read elsewhere)
                awardee = article.pronoun_person()
            _win(article, s, m, s.mention(m["award"]), s.mention(m["to"]), m.start(),
                 awardee=awardee)
            if m["to"]:
                _role_won(article, s, m)
    for m in _EARNED.finditer(s.masked):
        winner, award = s.mention(m["a"]), s.mention(m["award"] or m["award2"])
        if award is None or not (m["award"] or _AWARD_WORDS.search(award.text)):
            continue
        if m["pro"] and not any(not x.quoted for x in s.mentions_in(s.masked[:m.start()])):
            person = article.pronoun_person()
            if person:
                _win(article, s, m, award, None, m.start(), awardee=person)
        elif winner is not None and not winner.quoted:
            _win(article, s, m, award, winner, m.start())
    for m in _HOME_FROM.finditer(s.masked):
        winner = s.mention(m["a"])
        if winner is not None and not winner.quoted:
            _win(article, s, m, s.mention(m["award"]), winner, m.start())
    for m in _LEADS_WON.finditer(s.masked):
        actors = []
        for x in s.mentions_in(s.masked[:m.start()]):
            key = article.resolve(x, (PERSON,), None, []) if not x.quoted else None
            if key and article.is_a(key, PERSON) and key not in actors:
                actors.append(key)
        # else the two the article calls its leads, or, where the sentence names the ceremony
        # ("the two shared the X award at the 9th Y Awards"), the only two it gives parts
        named = any(re.search(r"\bAwards?$", x.text) for x in s.mentions_in(s.masked[m.end():]))
        if len(actors) != 2:
            actors = article.leads[:2] if len(article.leads) == 2 else \
                list(article.portrayals) if len(article.portrayals) == 2 and named else []
        for person in actors:
            _win(article, s, m, s.mention(m["award"]), None, m.start(), awardee=person)
    for m in _WENT_TO.finditer(s.masked):
        _win(article, s, m, s.mention(m["award"]), s.mention(m["x"]), m.start())
    for m in _A_WINNER.finditer(s.masked):
        _win(article, s, m, s.mention(m["award"]), s.mention(m["x"]), m.start())
    for m in _LOST_TO.finditer(s.masked):
        _win(article, s, m, s.mention(m["award"]), s.mention(m["x"]), m.start())
    for m in _LIFTS.finditer(s.masked):
        award, work = s.mention(m["award"]), s.mention(m["w"]) if m["w"] else None
        if award is None or not _AWARD_WORDS.search(award.text):
            continue
        if work is not None and work.quoted:
            series = article.resolve(work, (SERIES,), SERIES, []) \
                if _WORK_PRIZE.search(award.text) else None
            _win(article, s, m, award, None if series else work, m.start(), awardee=series)
            continue
        for slot in ("x", "y"):
            if m[slot]:
                _win(article, s, m, award, s.mention(m[slot]), m.start())
    for m in _APPOSED_PRIZE.finditer(s.masked):
        award = s.mention(m["award"])
        if award is not None and PRIZE_NAME.match(award.text):
            _win(article, s, m, award, s.mention(m["x"]), m.start())
    for m in _PAIR_RETURNS.finditer(s.masked):
        for person in _last_pair(article):
            _win(article, s, m, s.mention(m["award"]), None, m.start(), awardee=person)
    handed = _HANDED.search(s.masked)
    for m in _HANDED_TO.finditer(s.masked, handed.end()) if handed else ():
        award, winner = s.mention(m["award"]), s.mention(m["x"])
        if award is None or winner is None or not _AWARD_WORDS.search(award.text):
            continue
        series = None
        if winner.quoted and _WORK_PRIZE.search(award.text):  # "its Drama of the Year to “S”"
            series = article.resolve(winner, (SERIES,), SERIES, [])
        _win(article, s, m, award, None if series else winner, m.start(), awardee=series)
    for m in _GAVE_IT.finditer(s.masked):
        got = article.spoken_recording([])
        if got is not None:
            _win(article, s, m, s.mention(m["award"]), None, m.start(), awardee=got[0])
    for m in _GAVE_S_ITS.finditer(s.masked):
        if m["ser"]:
            series = _that_drama(article) if m["that"] else \
                article.before.get(SERIES) or article.series()
            if series is not None:
                _win(article, s, m, s.mention(m["award"]), None, m.start(), awardee=series)
            continue
        # ("… handed G its Best OST Performance prize": an artist, or a quoted title)
        winner = s.mention(m["w"])
        if winner is not None and not _CEREMONY_WORDS.search(winner.text):
            _win(article, s, m, s.mention(m["award"]), winner, m.start())
    for m in _NAMED_IT.finditer(s.masked):
        if m["it"] and not re.search(r"\b(?:OST|Song|Single|Track|Ballad|Duet|Vocal)\b",
                                     s.mention(m["award"]).text):
            continue  # ("… named it Drama of the Year": the show, or the song? not read)
        if m["title"]:
            title = s.mention(m["title"])
            if title is not None and not title.quoted and _PERSON_PRIZE.search(
                    s.mention(m["award"]).text) and (
                    PERSON_NAME.match(title.text) or
                    any(article.registry.is_a(e, PERSON) for e in title.resolution.entities)):
                # ("The 2069 X Awards named A Best Supporting Actress": a person's prize)
                _win(article, s, m, s.mention(m["award"]), title, m.start())
                continue
            if title is None or not title.quoted:
                continue
            flags: list[str] = []
            winner = article.resolve(title, (SERIES,), None, flags) if _DRAMA_PRIZE.search(
                s.mention(m["award"]).text) else None
        elif m["drama"]:
            winner = article.series()
        else:
            got = article.spoken_recording([])
            winner = got[0] if got is not None else None
        if winner is not None:
            _win(article, s, m, s.mention(m["award"]), None, m.start(), awardee=winner)
    for m in _THAT_PRIZE.finditer(s.masked):
        named = [x for x in s.mentions_in(s.masked[:m.start()])
                 if not x.quoted and _AWARD_WORDS.search(x.text) and
                 not re.search(r"\b(?:Awards|Festival|Ceremony|Gala)\b", x.text)]
        if named:
            _win(article, s, m, named[-1], s.mention(m["x"]), m.start())
    # "she played C, and the part brought her …"; in an interview, "her" is the guest
    person = interview_guest(article) or article.pronoun_person()
    # ("A’s performance earned him X": the owner of the performance, named right before)
    owner = _PERFORMANCE_OF.match(s.masked)
    if owner is not None:
        person = article.resolve(s.mention(owner["o"]), (PERSON,), None, []) or person
    for m in _BROUGHT.finditer(s.masked) if person else []:
        _win(article, s, m, s.mention(m["award"]), None, m.start(), awardee=person)


_ON_THE_NIGHT = rx.compile(r"\s+(?:on\s+the\s+night|that\s+night|on\s+the\s+night\s+itself)\b")
# "… on behalf of the team", "… on the drama's behalf"
_BEHALF = rx.compile(r"\s+on\s+(?:behalf\s+of\s+(?:the\s+)?(?P<work>drama|series|show)?|"
                     r"(?:the|its|their|his|her)\s+(?:(?P<work2>drama|series|show)[’']s\s+|"
                     r"[\w-]+[’']s?\s+)?behalf)\b")
# A speech quoted over its speaker's line: "“…”" then "— A, Best New Actor", "— A, accepting
# Best OST for “T”", "— A, Best Couple with B".
_ATTRIBUTION = rx.compile(rf"[”\"],\s+(?P<x>{M}),\s+(?P<accepting>accepting\s+)?(?P<award>{M})"
                          rf"(?:\s+for\s+(?P<t>{M})|\s+with\s+(?P<y>{M}))?\s*$")


def attribution(article: Article, s: Sentence) -> None:
    """The line under a quoted speech at the ceremony the article is about: the speaker won
    the category, unless accepting it for a title or for a drama."""
    m = _ATTRIBUTION.search(s.masked)
    award = s.mention(m["award"]) if m else None
    if m is None or award is None or article.ceremony is None or \
            not _AWARD_WORDS.search(award.text) or \
            not re.search(r"\n[ \t]*[—–]", article.text[s.start:s.end]):
        return
    article.ceremony_age = 0  # the speeches are all from the night the article is about
    title = s.mention(m["t"]) if m["t"] else None
    if title is not None:
        _win(article, s, m, award, title, m.start())
    elif not (m["accepting"] or _WORK_PRIZE.search(award.text)):
        _win(article, s, m, award, s.mention(m["x"]), m.start())
        if m["y"]:
            _win(article, s, m, award, s.mention(m["y"]), m.start())


def _listed(article: Article, s: Sentence, pattern: rx.Pattern | None = None) -> None:
    """"- Best OST: “T,” A" in a winners list: the winner first after the category, at the
    ceremony the article is about."""
    m = (pattern or _LISTED).match(s.masked)
    award = s.mention(m["award"]) if m else None
    winner = s.mention(m["x"]) if m else None
    if award is None or winner is None or not _AWARD_WORDS.search(award.text):
        return
    flags: list[str] = []
    series = None
    if winner.quoted and _WORK_PRIZE.search(award.text):  # "Drama of the Year: “S”"
        series = article.resolve(winner, (SERIES,), SERIES, flags)
    _win(article, s, m, award, winner if series is None else None, m.start(), awardee=series)
    second = s.mention(m["y"])
    if series is None and second is not None and not second.quoted:  # "Best Couple: A and B"
        _win(article, s, m, award, second, m.start())


# "Winner: A" (or "Winner: A and B") under a category line in capitals ("BEST ACTRESS").
# "They said: A, for playing C, …" under "We said: B": a predictions scorecard's result, the
# winner named first; "They said: the same two" repeats the pair predicted.
_WINNER_FIELD = rx.compile(rf"^\s*(?:[-*•·]\s*)?(?:(?:The\s+|Actual\s+|Real\s+)?[Ww]inners?|"
                           r"(?P<said>They\s+said))\s*:\s+"
                           rf"(?:(?P<same>the\s+same(?:\s+(?:two|pair|one))?\b)|"
                           rf"(?P<x>{M})(?:\s+(?:and|&)\s+(?P<y>{M}))?)"
                           # "Winner: “T” by A.", "Winner: G, the garage quartet at …"
                           rf"(?(said)(?:\s*[,.;]|\s*$)|(?:\s*\.?\s*$|(?=\s+by\s+{M}\s*\.?\s*$)|"
                           r"(?=,\s+(?:the|a|an|who)\b)))")
_PREDICTED = rx.compile(rf"^\s*(?:We\s+said|Our\s+pick|We\s+picked|Prediction)\s*:\s+(?P<x>{M})"
                        rf"(?:\s+(?:and|&)\s+(?P<y>{M}))?")
_CATEGORY_LINE = rx.compile(r"[ \t]*(?P<c>[A-Z][A-Z0-9&’',-]*(?:[ \t]+[A-Z0-9&’',-]+){0,7})[ \t]*$")
_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "for", "in", "by", "to"})


def _ballot_winner(article: Article, s: Sentence) -> None:
    """"BEST ACTRESS" over "Our pick: A" and "Winner: B": B won the category, at the
    ceremony the article is about."""
    m = _WINNER_FIELD.match(s.masked)
    head = article.previous
    line = _CATEGORY_LINE.fullmatch(article.text, head.start, head.end) \
        if m is not None and head is not None else None
    if line is None and m is not None:  # "BEST ACTOR" / "We said: B" / "They said: A"
        top = article.text.rfind("\n\n", 0, s.start)
        top = top + 2 if top >= 0 else 0
        end = article.text.find("\n", top, s.start)
        line = _CATEGORY_LINE.fullmatch(article.text, top, end) if end > top else None
    if line is None:
        return
    award = _category(article, line.start("c"), line.end("c"))
    name = award.text
    said, picked = s, m
    if m["same"]:  # "They said: the same two": the names of the "We said" line above it
        said = head if head is not None else s
        picked = _PREDICTED.match(said.masked)
        if picked is None:
            return
    for slot in ("x", "y"):
        winner = said.mention(picked[slot]) if picked[slot] else None
        if winner is None:
            continue
        series = article.resolve(winner, (SERIES,), SERIES, []) \
            if winner.quoted and _WORK_PRIZE.search(name) else None
        _win(article, s, m, award, None if series else winner, m.start(), awardee=series)


def _category(article: Article, start: int, end: int) -> Mention:
    """The award a category line in capitals names ("BEST OST" is "Best OST")."""
    words = article.text[start:end].split()
    name = " ".join(w if w in ("OST", "MC", "DJ") or len(w) == 1 else
                    w.lower() if i and w.lower() in _SMALL_WORDS else w.capitalize()
                    for i, w in enumerate(words))
    return Mention(start, end, name, article.registry.lookup(name), quoted=False)


# "[ BEST ACTRESS ]" over a quoted line and "A, whose trophy was for C, …": a speech's
# attribution names the category's winner first ("That was the director A, accepting for
# “S”", "The trophy went to “T”", "A and B again, collecting …").
_BRACKETED_CATEGORY = rx.compile(r"[ \t]*\[[ \t]*(?P<c>[A-Z][A-Z0-9&’',-]*(?:[ \t]+[A-Z0-9&’',-]+)"
                                 r"{0,7})[ \t]*\][ \t]*\n\s*[“\"][^“”\"]*[”\"]\s*")
_ATTRIBUTION_WINNER = rx.compile(
    rf"^\s*(?:That\s+was\s+(?:the\s+[a-z-]+\s+)?{M},\s+accepting\s+for\s+(?P<w>{M})|"
    rf"The\s+(?:trophy|prize|award)\s+went\s+to\s+(?P<t>{M})|"
    rf"(?P<x>{M})(?:\s+and\s+(?P<y>{M}))?(?:\s+again)?,)")


def _speech_winner(article: Article, s: Sentence) -> None:
    """The winner a speech's attribution names, under the category in brackets above it."""
    top = article.text.rfind("\n\n", 0, s.start)
    block = _BRACKETED_CATEGORY.match(article.text, top + 2 if top >= 0 else 0)
    m = _ATTRIBUTION_WINNER.match(s.masked) if block and block.end() == s.start else None
    if m is None:
        return
    award = _category(article, block.start("c"), block.end("c"))
    work = m["w"] or m["t"]
    if work:
        winner = s.mention(work)
        series = article.resolve(winner, (SERIES,), SERIES, []) \
            if winner.quoted and _WORK_PRIZE.search(award.text) else None
        _win(article, s, m, award, None if series else winner, m.start(), awardee=series)
        return
    for slot in ("x", "y"):
        winner = s.mention(m[slot]) if m[slot] else None
        if winner is not None and not winner.quoted:
            _win(article, s, m, award, winner, m.start())


_UPDATED = rx.compile(r"\s*(?:(?:Last\s+)?[Uu]pdated|Posted|Published|Filed)\b")


# "Our predictions for the X Awards … The 2031 ceremony was held on DATE": the edition of the
# awards named in the sentence before.
_YEAR_CEREMONY = rx.compile(rf"^\s*The\s+(?P<year>{D})\s+(?:ceremony|edition|show)\s+(?:was|is)\s+"
                            r"(?:held|staged)\b")


# "More than 212,000 of you voted in the X Awards, our ninth, …": the outlet's own poll, whose
# edition is this year's.
# ("the X Readers’ Choice Awards": a plural possessive splits the name in two)
_OUR_NTH = rx.compile(rf"\bthe\s+(?P<pre>{M}[’']\s+)?(?P<ceremony>{M}),\s+our\s+"
                      r"(?P<nth>first|second|third|fourth|"
                      r"fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b")
_NTH_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
              "ninth", "tenth")


def _numbered(nth: str) -> str:
    """"ninth" as "9th"; "12th" as it is."""
    if nth not in _NTH_WORDS:
        return nth
    n = _NTH_WORDS.index(nth) + 1
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n, 'th') }"


def remember_ceremony(article: Article, s: Sentence) -> None:
    for m in _OUR_NTH.finditer(s.masked):
        mention = s.mention(m["ceremony"])
        first = s.mention(m["pre"].rstrip(" ’'")) if m["pre"] else mention
        if mention is not None and first is not None and _CEREMONY_WORDS.search(mention.text):
            name = article.text[first.start:mention.end]
            article.ceremony = (f"{_numbered(m['nth'])} {name}", str(article.published.year))
            article.ceremony_at = s.start
    edition = _YEAR_CEREMONY.match(s.masked)
    before = article.previous
    named = [x for x in before.mentions if not x.quoted and _CEREMONY_WORDS.search(x.text)] \
        if edition and before is not None else []
    year = s.date(edition["year"]) if named else None
    if year is not None and year.precision == "year" and _day(s):
        article.ceremony = (f"{year.value} {named[-1].text}", _day(s))
        article.ceremony_at = s.start
    for m in [*_AT_THE.finditer(s.masked), *_CEREMONY_HELD.finditer(s.masked),
              *_EDITIONED.finditer(s.masked)]:
        mention = s.mention(m["ceremony"])
        if mention is not None and _CEREMONY_WORDS.search(mention.text):
            name = _edition(s, m, mention, article.published.year)
            if article.ceremony and name == mention.text and \
                    exact_form(article.ceremony[0]).endswith(exact_form(name)):
                continue  # the edition named before, without its year
            # "… on DATE1 and won X at the Y Awards on DATE2": the day right after the name
            right = re.match(r"\s+on\s+(⟦\d+⟧)", s.masked[m.end():])
            day = s.date(right[1]) if right else None
            article.ceremony = (name, day.value if day is not None and
                                day.precision in ("day", "month-day") else _day(s))
            article.ceremony_at = s.start
    for mention in s.mentions:  # "The 2032 X Awards, which took place on DATE": one name
        if _EDITION_IN_NAME.match(mention.text) and not mention.quoted:
            article.ceremony, article.ceremony_at = (mention.text, _day(s)), s.start
    if article.ceremony and article.ceremony[1] is None and article.ceremony_at == 0 and \
            not _UPDATED.match(s.masked) and _day(s):
        # "As It Happened: The 2064 X Awards" over "… on Wednesday, December 31"; a blog's
        # "Last updated 1:05 a.m., January 1" dates the page, not the night
        article.ceremony = (article.ceremony[0], _day(s))
    if article.ceremony and s.start != article.ceremony_at:
        article.ceremony_age += 1
    else:
        article.ceremony_age = 0


def _win(article: Article, s: Sentence, m: re.Match[str], award_mention: Mention | None,
         winner: Mention | None, at: int, awardee: str | None = None) -> None:
    if award_mention is None or not _AWARD_WORDS.search(award_mention.text) or \
            re.search(r"\b(?:Top|Hot|Global)\s+\d+|\bCharts?\b", award_mention.text) or \
            any(article.registry.is_a(e, (CHART, PLATFORM))
                for e in award_mention.resolution.entities):
        return  # "took the TuneBox Top 50 by storm" is no award
    flags: list[str] = []
    ceremony, ceremony_date = _ceremony(article, s, m)
    name = award_mention.text
    tail = _CATEGORY_TAIL.match(article.text, award_mention.end)
    if tail:  # "Best OST Performance by a Group" is one category's name
        name += tail[0]
    qualifier = _QUALIFIER.match(article.text, award_mention.end + (len(tail[0]) if tail else 0))
    if qualifier:
        name += qualifier[0]
    elif not tail and (spelled := _FOR_AN.match(article.text, award_mention.end)):
        name += ", " + spelled["who"].capitalize()  # "the Top Excellence Award for an actress"
    gloss = _GLOSS.match(article.text, award_mention.end)
    if gloss and not tail and not qualifier:  # "the Daesang (Grand Prize)": one name
        name += gloss[0]
    label = f"{name}, {ceremony}" if ceremony else name
    awardee = awardee or (_resolve_awardee(article, winner, flags) if winner is not None
                          else _awardee(article, s, at, flags))
    if awardee is None:
        return
    # "…, and on July 12 it won Best OST": the day of the verb's own clause first
    # ("…, and on November 8 won Best OST": the day right before the verb)
    # ("On DATE the song won Best OST at …, and by DATE2 it had logged …": the song's day)
    # ("At the 33rd X Awards on DATE, A collected Y": the ceremony's day, set first)
    own = re.search(rf"(?:^|,\s+(?:and\s+)?|;\s+)(?:[Oo]n\s+|[Aa]t\s+the\s+"
                    rf"(?:\d{{1,3}}(?:st|nd|rd|th)\s+|{D}\s+)?{M}\s+on\s+)?(?P<d>{D}),?\s+"
                    # ("…, and on DATE the 9th X Awards named it Best OST": the ceremony first)
                    rf"(?:(?:it|he|she|they|(?:the\s+(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?)?{M})\s+|(?<=on\s⟦\d⟧\s)|(?<=on\s⟦\d\d⟧\s)|"
                    r"(?:the|this|its)\s+(?:[\w-]+\s+)?(?:song|track|single|ballad|duet|number|"
                    r"anthem|theme)\s+)"
                    r"(?:(?:has|had|also|then|was|were)\s+){0,2}$", s.masked[:at])
    # "won Best OST on the night, and as of January 2 …": the ceremony's night, not a later day
    night = ceremony_date if _ON_THE_NIGHT.match(s.masked, m.end()) else None
    # "… at the 14th X Awards in 2075, and his song peaked … on August 2": the year given
    in_year = _IN_YEAR.match(s.masked, m.end())
    if in_year and s.date(in_year["y"]).precision == "year" and not own:
        night = night or s.date(in_year["y"]).value
    # ("…, two weeks before the finale on DATE, and went on to take X": a later win, undated
    # by the days before it)
    later = re.search(r"\band\s+went\s+on\s+to\s+$", s.masked[:at])
    after = [d for d in s.dates_in(s.masked[at:]) if d.precision in ("day", "month-day")]
    day = (after[0].value if after else None) if later else _day(s, at)
    clause = _LATER_CLAUSE.search(s.masked, at) if day and not own and ceremony and \
        re.match(r"\d{4}\b", ceremony) else None
    if clause and not any(d.value == day for d in s.dates_in(s.masked[:clause.start()])):
        # "It won X at the 2092 Y Awards, went into the CHART … and P had logged … by DATE":
        # the days belong to the clauses after the win; the ceremony's year dates it
        ceremony_date = None if ceremony_date == day else ceremony_date
        day = None
    date = (s.date(own["d"]).value if own else None) or night or day or (
        None if later else ceremony_date)
    months = [d for d in s.dates_in(s.masked[at:]) if d.precision == "month"]
    if date is None and months:  # "… at the 16th X Awards that December": a month of a year
        date = months[0].value
    year = m.groupdict().get("year")
    if date is None and year:
        date = s.date(year).value
    if date is None and ceremony and re.match(r"\d{4}\b", ceremony):
        date = ceremony[:4]
    same = _SAME_YEAR.search(article.text, s.start, s.end) if date is None else None
    # (within the paragraphs just before: a long text is not read again from its start)
    years = [y["y"] for y in BARE_YEAR.finditer(article.text, max(0, same.start() - 3000),
                                                 same.start())] if same else []
    if years:  # "… won her X at the 19th Y Awards the same year": the year written before
        date = years[-1]
    month = _IN_MONTH.match(s.masked) if date is None else None
    if month and MONTHS.get(month["m"].lower()):
        # "In January she was named X": the last such month up to the publication date
        number = MONTHS[month["m"].lower()]
        year = article.published.year - (number > article.published.month)
        date = f"{year:04d}-{number:02d}"
        flags.append(f"year inferred from the publication date: {month['m']} is read as {date}")
    if date is None:
        return
    if ceremony and not re.match(r"\d", ceremony):
        # "at the X Awards on September 12": the edition is the one of the win's year
        year = resolve(date, article.published)[:4] if date.startswith("--") else date[:4]
        label = f"{name}, {year} {ceremony}"
    if not ceremony and not article.registry.lookup(label, (AWARD,)).found:
        return  # a category of no ceremony the article names is no award anyone could look up
    award = _award(article, label)
    article.claim(s.start, s.end, "award",
                  modelling.award_win(award, awardee, date, article.published), flags,
                  award, awardee)


# A sentence opening on a month alone: "In January she was named …".
_IN_MONTH = rx.compile(r"\s*In\s+(?P<m>[A-Z][a-z]{2,8}),?\s+(?!⟦)")


def _role_won(article: Article, s: Sentence, m: re.Match[str]) -> None:
    """"Her rival, the developer C, won A the X trophy": A plays C, the subject."""
    subject = re.search(rf"(?P<c>{M})\s*,\s*$", s.masked[:m.start()]) or \
        re.match(rf"\s*(?P<c>{M})\s+$", s.masked[:m.start()])
    character, actor = (s.mention(subject["c"]) if subject else None), s.mention(m["to"])
    if character is None or actor is None or character.quoted or \
            not PERSON_NAME.match(character.text):
        return
    if character.resolution.entities and not any(
            article.registry.is_a(e, CHARACTER) for e in character.resolution.entities):
        return
    flags: list[str] = []
    person = article.resolve(actor, (PERSON,), None, flags)
    role = article.resolve(character, (CHARACTER,), CHARACTER, flags)
    if person and role and article.is_a(person, PERSON):
        article.claim(s.start, s.end, "plays", modelling.plays(person, role, article.series()),
                      flags, role, person)


def _last_pair(article: Article) -> list[str]:
    """The two people of the latest sentence whose claims name people, if it names exactly
    two ("“T,” A and B’s duet")."""
    by_quote: dict[int, set[str]] = {}
    for claim in article.proposal.claims:
        by_quote.setdefault(claim.start, set()).update(
            x for f in claim.facts for x in (f[0], f[2])
            if isinstance(x, str) and article.is_a(x, PERSON))
    named = [people for people in by_quote.values() if people]
    return sorted(named[-1]) if named and len(named[-1]) == 2 else []


def _edition(s: Sentence, m: re.Match[str], mention: Mention, year: int | None = None) -> str:
    groups = m.groupdict()
    if groups.get("this") and year is not None:
        return f"{year} {mention.text}"
    if groups.get("year"):
        return f"{s.date(groups['year']).value} {mention.text}"
    if groups.get("nth"):
        return f"{groups['nth']} {mention.text}"
    years = [d.value[:4] for d in s.dates_in(s.masked[:m.start("that")])
             if d.value[:4].isdigit()] if groups.get("that") else []
    if years:
        return f"{years[-1]} {mention.text}"
    return mention.text


def _ceremony(article: Article, s: Sentence, m: re.Match[str]) -> tuple[str | None, str | None]:
    groups = m.groupdict()
    if groups.get("ceremony"):
        mention = s.mention(groups["ceremony"])
        if article.ceremony and not _CEREMONY_WORDS.search(mention.text) and \
                exact_form(mention.text) in exact_form(article.ceremony[0]):
            return article.ceremony  # "at the Haeoreum ceremony": the one named before
        name = _edition(s, m, mention, article.published.year)
        day = _day(s)
        # "at the 9th X Awards in 2040": an edition named by number, dated by its year
        after = re.match(rf"\s+in\s+(?P<d>{D})", s.masked[m.end("ceremony"):])
        year = s.date(after["d"]) if after and day is None else None
        year = year.value if year is not None and year.precision == "year" else None
        if year:
            article.ceremony_dates[name] = year
        if article.ceremony and (name == article.ceremony[0] or (
                name == mention.text and
                exact_form(article.ceremony[0]).endswith(exact_form(name)))):
            if year and article.ceremony[1] is None:
                article.ceremony = (article.ceremony[0], year)
            return article.ceremony  # "the X Awards": the edition named before
        year = year or (None if day else article.ceremony_dates.get(name))
        article.ceremony, article.ceremony_at, article.ceremony_age = \
            (name, day or year), s.start, 0
        return name, year
    opening = _AT_THE.search(s.masked)  # "At the 2033 X Awards, Y took home …"
    if opening and _CEREMONY_WORDS.search(s.mention(opening["ceremony"]).text):
        name = _edition(s, opening, s.mention(opening["ceremony"]),
                        article.published.year)
        if article.ceremony and exact_form(name) in exact_form(article.ceremony[0]):
            return article.ceremony  # "Also at the X ceremony": the edition named before
        return name, None
    if article.ceremony and (groups.get("the") or article.ceremony_age <= _MEMORY):
        return article.ceremony
    return None, None


# ", went into the CHART …", ", and P had logged …": a clause of its own after the win's
_LATER_CLAUSE = rx.compile(r",\s+(?:and\s+)?(?:⟨\d+⟩\s+(?:had|has)\s+|it\s+)?(?:went|sat|climbed|"
                           r"entered|reached|peaked|topped|logged|passed|crossed|spent|debuted|"
                           r"made|stood|rose)\b")


def _day(s: Sentence, after: int = 0) -> str | None:
    """The first day the sentence gives (after masked offset ``after``: "X, which aired from
    DATE, won …" is not dated by the airing)."""
    head = re.sub(r",\s*(?:which|that|who)\b[^,]*,", ",", s.masked[:after])
    masked = s.masked[after:] + " " + head
    days = [d for d in s.dates_in(s.masked[after:]) + s.dates_in(head)
            if d.precision in ("day", "month-day") and not _OTHER_EVENT.search(
                masked[:masked.find(f"⟦{s.dates.index(d)}⟧")])]
    return days[0].value if days else None


def _award(article: Article, label: str) -> str:
    found = article.registry.lookup(label, (AWARD,))
    if found.found:
        return found.entity.key
    return article.new_entity(label, (AWARD,)).key


def _group_spoken_of(article: Article) -> str | None:
    """The band or group met last; else the one the article has so far only introduced as
    one ("… had a single soundtrack: the girl group G"), which no claim has made an entity."""
    key = article.recent.get(GROUP) or article.recent.get(BAND)
    hinted = article.hinted_group
    if key is None and hinted is not None:
        key = article.resolve(hinted, (GROUP, BAND), article.hints.get(exact_form(hinted.text)), [])
    return key


def _awardee(article: Article, s: Sentence, before: int, flags: list[str]) -> str | None:
    """Who won: the name right before the verb ("X took home", "X was also named"), or the
    subject before a "who won" clause or an apposition ("X, a member of G, also won")."""
    head = s.masked[:before]
    # ("The group arrived on a high: on DATE the five-piece took X": the noun for "it")
    # ("G had a December to remember: on DATE the group was named X": the group by name)
    if re.match(r"\s*(?:(?:The|This)\s+(?:[\w-]+\s+)?(?:group|band|duo|trio|quartet|quintet|sextet|"
                r"(?:two|three|four|five|six|seven)-piece)|⟨\d+⟩)\s+[^;:⟨]{1,60}:\s+"
                r"(?:[Oo]n\s+⟦\d+⟧,?\s+)?"
                r"(?:it|the\s+(?:group|band|duo|trio|quartet|quintet|sextet|"
                r"(?:two|three|four|five|six|seven)-piece))\s+(?:(?:also|then|had|was)\s+)?$",
                head):
        # "The five-piece arrived as fresh award winners: on DATE it took X": "it" is the group
        # the sentence opens with, not a song
        return _group_spoken_of(article)
    # ("The part ended A’s year with a trophy: at the X Awards on DATE, he was named Y": the
    # one whose year it was)
    # ("The part brought A a trophy before the year was out: at … she took Y": the same)
    owner = re.match(rf"[^;:⟨]*(?:(?P<a>{M})[’']s|\b(?:brought|earned|won|gave)\s+(?P<a2>{M}))\s+"
                     rf"[^;:⟨]{{1,60}}:\s+"
                     rf"(?:[Aa]t\s+the\s+[^;:]{{1,80}}?,?\s+|[Oo]n\s+{D},?\s+)?(?:he|she)\s+"
                     r"(?:(?:also|then|was)\s+)?$", head)
    if owner is not None:
        person = s.mention(owner["a"] or owner["a2"])
        if person is not None and not person.quoted:
            return article.resolve(person, (PERSON,), None, flags)
    # ("On November 20 the song won …": the day first, then the song)
    # ("…, and at the X Awards on DATE it won Best OST": the ceremony before "it")
    if re.search(rf"(?:^|,\s+(?:and\s+)?|[;:]\s+)(?:[Oo]n\s+{D}\s*,?\s+|[Aa]t\s+the\s+"
                 rf"(?:{D}\s+|\d{{1,3}}(?:st|nd|rd|th)\s+)?{M}(?:\s+on\s+{D})?\s*,?\s+)?(?:(?:[Tt]he|[Tt]his|"
                 r"[Ii]ts)\s+(?:[\w-]+[’']?\s+)?(?:song|track|single|ballad|OST|duet|number|anthem|"
                 r"recording|"
                 # ("The song, out since DATE, took …": an apposition between)
                 r"theme)(?:,\s+[^,⟨;]{1,40},)?|"
                 # "…, and on December 30 it was named Best OST"
                 r"(?<![’'])\b[Ii]t)\s+(?:(?:has|had|also|then|was|"
                 # ("It went on to win Best OST at …")
                 r"later|eventually|went\s+on\s+to|would\s+go\s+on\s+to)\s+){0,2}$", head):
        # "On DATE, the song won …": the title read last, in this sentence or before it
        # (not "from “S”": the drama the song is from)
        titles = [x for x in s.mentions_in(head) if x.quoted and not s.after_from(x)]
        got = article.recording(titles[-1], flags) if titles else None
        got = got or article.spoken_recording(flags)
        if got is not None:
            return got[0]
    # ("On DATE the series was crowned Best Drama at …": the drama spoken of)
    if re.search(rf"(?:^|,\s+(?:and\s+)?|[;:]\s+)(?:[Oo]n\s+{D}\s*,?\s+)?[Tt]he\s+(?:series|drama|"
                 r"show)\s+(?:(?:has|had|also|then|was|were)\s+){0,2}$", head):
        series = article.before.get(SERIES) or article.series()
        if series is not None:
            return series
    # ("“T,” credited to A and B, was named Best OST": the song, its credit set off)
    # ("… picked “T,” credited to A and B, which won X at …": the same, "which" for the song)
    credited = re.match(rf"\s*(?P<r>{M}),\s+(?:credited\s+to|sung\s+by|performed\s+by|by)\s+"
                        r"[^;⟦]{1,80}?,\s+(?:(?:was|has|had|also|then)\s+){0,2}$", head) or \
        re.search(rf"(?P<r>{M}),\s+(?:credited\s+to|sung\s+by|performed\s+by|by)\s+[^;⟦⟨]{{0,40}}"
                  rf"(?:{M}[^;⟦⟨]{{0,20}}){{1,3}},\s+which\s+(?:(?:has|had|also|then)\s+){{0,2}}$",
                  head)
    title = s.mention(credited["r"]) if credited else None
    if title is not None and title.quoted:
        got = article.recording(title, flags)
        if got is not None:
            return got[0]
    # ("“T,” the A ballad that won …": the song set off before its noun)
    # ("“T,” a duet credited to A and B, which took …": the credit between)
    noun = re.search(rf"(?P<r>{M}),\s+(?:the|a|an)\s+(?:[\w-]+\s+|{M}\s+){{0,2}}?(?:song|track|"
                     r"single|ballad|duet|number|anthem|theme)(?:\s+(?:credited\s+to|sung\s+by|by)\s+"
                     r"[^;⟦]{1,80}?,)?\s+(?:that|which)\s+(?:also\s+)?$",
                     head)
    title = s.mention(noun["r"]) if noun else None
    if title is not None and title.quoted:
        got = article.recording(title, flags)
        if got is not None:
            return got[0]
    chain = _IT_DID_AND.search(head)  # (the sentence's, or the clause's after a semicolon)
    if chain and (re.match(r"(?:^|;)\s*(?:(?:Released|Issued|Out)\s+(?:under\s+[^,;⟨]{1,30}?\s+)?"
                           r"(?:on\s+)?⟦\d+⟧,\s+)?"
                           r"[Ii]t\b", head[chain.start():]) or
                  not any(d.precision == "day" for d in s.dates_in(head[chain.start():])) or
                  # ("… topped CHART on DATE last year and won X at Y on DATE2": the win's day)
                  re.match(r"[^;.]{0,100}?\bon\s+⟦\d+⟧", s.masked[before:]) or
                  # ("…, and went on to take Best OST at the 2031 X Awards": the year named)
                  (re.search(r"\band\s+went\s+on\s+to\s+$", head) and
                   re.match(rf"[^;.⟦]{{0,60}}?\bat\s+the\s+(?:⟦\d+⟧|{YEAR_DIGITS})\s",
                            s.masked[before:]))):
        # ("The ballad peaked … on August 20, 2054, …, and was named …": a dated clause of
        # another year's chart is left to the patterns that date the win by its ceremony)
        # "It was released on DATE, reached No. 2 on …, and won …": the song spoken of
        got = article.spoken_recording(flags)
        if got is not None:
            return got[0]
    if re.search(r"(?:^|,\s+(?:and\s+)?|;\s+)[Tt]hat\s+(?:drama|series|show)\s+(?:(?:has|had|also|"
                 r"was|were|then|later|eventually|itself)\s+){0,3}$", head):
        # "… a duet from “S.” That drama was named Best Drama"
        return _that_drama(article)
    if re.search(r"(?:^|,\s+(?:and\s+)?|;\s+)(?:[Tt]he|[Tt]his|[Ii]ts)\s+"
                 r"(?:(?:[\w-]+|⟨\d+⟩)\s+){0,2}?"
                 r"(?:drama|series|show)(?:\s*,\s*(?:which|that)\s+[^,]*,)?\s+(?:(?:has|had|also|was|"
                 r"were|then|later|eventually|itself)\s+)"
                 r"{0,3}$", head):
        # "The Monday drama took home the Grand Prize"; without a main drama, the one named last
        return article.series() or article.recent.get(SERIES)
    if re.search(r"(?:^|,\s+(?:and\s+)?|;\s+)[“\"]?(?:(?:When|After|Since|Once|Before|when|after|"
                 r"since|once|before)\s+)?"
                 # ("On DATE the girl group walked off with X": the day first)
                 # ("On DATE the four collected X": a group's number for the group)
                 rf"(?:[Oo]n\s+{D},?\s+)?(?:(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+)?(?:group|band|"
                 r"duo|trio|quartet|quintet|sextet|septet|octet|unit)|"
                 # ("The four were named X": the sentence opening on the number)
                 r"(?:(?<=⟧\s)the|(?<![^\s“\"])The)\s+(?:two|three|four|five|six|seven|eight|"
                 r"nine))\s*,?\s+(?:itself\s+)?"
                 r"(?:(?:has|had|also|then|later|eventually)\s+){0,2}$", head):
        return _group_spoken_of(article)  # "The quintet won …"
    if re.search(r"\b(?:after|when|as|before)\s+(?:he|she)\s+(?:(?:had|has|also)\s+)?$", head):
        # "A, centre, with …, moments after he won X": the one the sentence opens with
        first = next((x for x in s.mentions_in(head) if not x.quoted), None)
        if first is not None:
            return _resolve_awardee(article, first, flags)
    if re.search(r",\s+having\s+(?:just\s+)?(?:been\s+)?$", head) and re.match(
            r"\s*(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+)?(?:group|band|duo|trio|quartet|quintet|sextet|"
            r"(?:two|three|four|five|six|seven)-piece)\b", head):
        # "The four-piece (…) came in with a reputation, having been named X at …"
        return _group_spoken_of(article)
    if re.search(r"(?:^|,\s+(?:and\s+)?|^\s*(?:In|On)\s+(?:⟦\d+⟧|[A-Z][a-z]+),?\s+)"
                 r"(?:[Ss]he|[Hh]e)\s+"
                 r"(?:(?:has|had|also|then|already|been|later|"
                 r"eventually)\s+){0,3}$", head) and PERSON in article.before and not any(
            not x.quoted and (any(article.registry.is_a(e, PERSON)
                                  for e in x.resolution.entities) or (
                not x.resolution.entities and PERSON_NAME.match(x.text) and
                not _EVENT_NAME.search(x.text)))
            for x in s.mentions_in(head)):
        # "At the CEREMONY on DATE, she took home X": no one named before the pronoun, so
        # whoever was spoken of before the sentence; unless the sentence before spoke of
        # someone by a pronoun before it named another person ("in which she played C
        # opposite A"), when "she" may be either
        previous = article.previous
        pronoun = re.search(r"\b(?:[Ss]he|[Hh]e)\b", previous.masked) if previous else None
        named = [previous.masked.find(f"⟨{i}⟩") for i, x in enumerate(previous.mentions)
                 if any(article.registry.is_a(e, PERSON)
                        for e in article.registry.lookup(x.text).entities)] \
            if previous and pronoun else []
        if pronoun and any(at > pronoun.start() for at in named):
            return None
        return article.pronoun_person(article.before[PERSON])
    chosen = (
        # "A’s “T,” from “S,” was voted Best OST": T, not the drama it is from
        re.search(rf"(?P<x>{M}),\s+from\s+{M},\s*(?:(?:has|had|also|was|were|then)\s+){{0,3}}$",
                  head) or
        # "A, cast as C, the rival winemaker, was named …": the actor, the part between
        re.search(rf"(?P<x>{M}),\s+(?:cast|seen)\s+as\s+{M}(?:,\s+[^,;⟨]{{1,80}})?,\s*"
                  r"(?:(?:has|also|then|later)\s+){0,2}$", head) or
        # "“T” from B’s “S,” the song that won X": T, not the drama
        re.search(rf"(?P<x>{M})\s+from\s+{M}[’']s\s+{M},\s+the\s+(?:song|track|ballad|single|"
                  r"theme)\s+that\s+(?:(?:also|later|then)\s+)?$", head) or
        # "“T” by singer A, was voted Best OST": the recording, not its artist
        re.search(rf"(?P<x>{M})\s+by\s+(?:(?:the\s+)?(?:[a-z-]+\s+){{0,2}})?{M},\s*"
                  r"(?:(?:has|had|also|was|were|then)\s+){0,3}$", head) or
        # "A of boy group G was named …": A, not G
        re.search(rf"(?P<x>{M})\s+(?:of|from)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){{0,2}}(?:group|band)\s+)?"
                  rf"{M}[,.]?\s*(?:(?:has|had|also|was|were|then)\s+){{0,3}}$", head) or
        # "A of G, who played the band's keyboardist, C, was named …": A
        re.search(rf"(?P<x>{M})(?:\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{M})?\s*,\s*"
                  r"(?:who|which|that|whose)\s+[^,]*"
                  r"(?:,[^,]*)?,\s*(?:(?:has|also|then|was|were)\s+){0,2}$", head) or
        re.search(rf"(?P<x>{M})(?:\s*\([^)]*\))?\s*,\s*(?:who|which|that)\s+(?:also\s+)?$", head) or
        # "went to G, the quartet that won Best New Female Group at …": G
        re.search(rf"(?P<x>{M})\s*,\s*(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?:group|band|duo|trio|"
                  r"quartet|quintet|sextet|septet|octet|singer|actor|actress|rapper|idol)\s+"
                  r"(?:that|who|which)\s+(?:also\s+)?$", head)
        or re.search(rf"(?P<x>{M})\s*,\s*(?:a|an|the|{M}[’']s)\s+[^,]*,\s*"
                     r"(?:(?:has|also|then)\s+){0,2}$", head)
        # ("A, for her part, took home …")
        or re.search(rf"(?P<x>{M})(?:\s*\({M}\))?(?:,\s+for\s+(?:her|his|their)\s+part,)?[,.]?\s*"
                     # ("A has since been named …")
                     r"(?:(?:has|had|also|was|were|have|then|later|already|been|since|"
                     r"eventually|itself|himself|herself|themselves)\s+){0,4}$", head)
        # "A’s “T,” released on DATE, won …": the title, a release between it and the verb
        or re.search(rf"(?P<x>{M}),\s+(?:released|issued|out)\s+(?:on\s+)?(?:{D}),\s*"
                     r"(?:(?:has|also|then|later)\s+){0,2}$", head)
        # "A, 68, took …": an age set off by commas
        or re.search(rf"(?P<x>{M}),\s+\d{{1,3}},\s*(?:(?:has|also|then)\s+){{0,2}}$", head)
        # "A, one of G's five, played C and collected …": the subject of both verbs
        or re.match(rf"\s*(?P<x>{M})(?:,\s+[^,;]{{1,60}},)?\s+(?:[a-z]+ed|played|won|took|sang|"
                    rf"made|got|gave)\s+(?:[^;⟦]|{M}){{1,100}}?,?\s+and\s+(?:(?:also|then)\s+)?$",
                    head))
    if chosen is None:
        return None
    return _resolve_awardee(article, s.mention(chosen["x"]), flags)


_IN_YEAR = rx.compile(r"\s+in\s+(?P<y>⟦\d+⟧)(?=\s*[,.;]|\s*$)")
# "It was released on DATE, reached No. 2 on C on DATE, and …": one subject, a chain of verbs
# ("Released on DATE, it climbed to No. 3 on … and won …": the participle first)
# ("Released under the band’s name on DATE, it peaked at … and won …": the same)
_IT_DID_AND = rx.compile(r"(?:^|;\s+)\s*(?:(?:Released|Issued|Out)\s+(?:under\s+[^,;⟨]{1,30}?\s+)?"
                         r"(?:on\s+)?⟦\d+⟧,\s+)?"
                         r"(?:[Ii]t|(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:song|track|single|ballad|theme))"
                         # ("The ballad, released on DATE, topped …"; "It came out on DATE, has
                         # passed … and won …")
                         r"(?:,\s+(?:released|issued|out)\s+(?:on\s+)?⟦\d+⟧,)?\s+(?:was\s+)?"
                         r"(?:[a-z]+ed|hit|rose|won|took|spent|came)\s(?:[^;⟨]|⟨\d+⟩)"
                         # ("…, and on November 8 won Best OST at …")
                         r"{1,160}?(?:,?\s+and\s+(?:on\s+⟦\d+⟧\s+)?"
                         r"(?:(?:also|then|later|eventually|was|went\s+on\s+to)\s+)?|"
                         r",\s+(?:(?:was|also|then|later|eventually)\s+)?)$")


def _resolve_awardee(article: Article, mention: Mention | None, flags: list[str]) -> str | None:
    if mention is None:
        return None
    series = article.resolve(mention, (SERIES,), None, flags)
    if series is not None or (not mention.resolution.entities and
                              article.hints.get(exact_form(mention.text)) == SERIES):
        return series or article.resolve(mention, (SERIES,), SERIES, flags)
    if mention.quoted or any(article.registry.is_a(e, (RECORDING, SONG))
                             for e in mention.resolution.entities):
        got = article.recording(mention, flags)
        return got[0] if got else None
    # "G take Best Soundtrack Artist", G in capitals: a group
    create = GROUP if looks_like_group(article, mention) else PERSON
    return article.resolve(mention, (PERSON, GROUP, BAND, SERIES, ALBUM), create, flags)


def _that_drama(article: Article) -> str | None:
    """The drama "that drama" means: the one the sentence before named last (else the one
    spoken of)."""
    titles = [x for x in (article.previous.mentions if article.previous is not None else [])
              if x.quoted]
    named = [x for x in titles if article.hints.get(exact_form(x.text)) == SERIES or
             any(article.registry.is_a(e, SERIES) for e in x.resolution.entities)]
    # ("… “T,” from “S,” which …": a title no rule typed, that a song comes from, is the drama)
    named = named or [x for x in titles if not x.resolution.entities and
                      article.hints.get(exact_form(x.text)) is None and
                      re.search(r"\bfrom\s+\W?$", article.text[max(0, x.start - 8):x.start])]
    if named:
        return article.resolve(named[-1], (SERIES,), SERIES, [])
    return article.recent.get(SERIES) or article.series()
