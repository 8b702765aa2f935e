"""Where and when a series airs or streams, and when a recording was released.

Patterns: "BROADCASTER's drama S", "the BROADCASTER drama", "airs on BROADCASTER";
"available (to stream) on P", "viewers can catch it on P and Q" (a platform gives an
availability, a broadcaster a broadcast); "premiered on DATE", "ran from DATE to DATE",
"aired its last episode on DATE"; "the Monday-Tuesday drama", "every Friday"; "TITLE was
released on DATE", "came out on DATE".
"""

from __future__ import annotations

import datetime as dt
import re
import string
from itertools import chain

from kg.extraction import modelling, rx
from kg.extraction.cast import PERSON_NAME, paragraph_series
from kg.extraction.charts import coordinated, subject_recording
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
from kg.extraction.dates import MONTHS, YEAR_DIGITS, find_dates, nearest, resolve, upcoming
from kg.extraction.masked import NAMES, D, M, Sentence, hedged
from kg.extraction.mentions import Mention
from kg.extraction.names import exact_form
from kg.extraction.sentences import KEYED_ROW, RANKED_ROW, TITLED_ROW, keyed_cells

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SERIES_NOUN = (r"(?:k-drama|drama|series|romance|rom-com|romantic\s+comedy|thriller|melodrama|"
                r"sitcom|show|original|fantasy|mystery|comedy|web\s+series|miniseries)")
_OWNED_SERIES = rx.compile(
    # ("B's fantasy drama “S”": both nouns before the title)
    # ("G’s B-side for the drama": an act's record for a drama, no channel's drama)
    rf"(?P<b>{M})[’']s\s+(?!(?:song|single|track|theme|ballad|duet|solo|B-side|number|anthem)\s+"
    rf"for\b)(?:[\w-]+\s+){{0,3}}?{_SERIES_NOUN}(?:\s+{_SERIES_NOUN})?\b"
    # ("G’s drama songs": an act's songs for dramas, no channel's drama)
    r"(?!\s+(?:songs?|tracks?|OSTs?|soundtracks?|themes?|singles?|music)\b)"
    # ("a track from B’s other summer drama, “S.”": the title closing the sentence)
    rf"(?:\s+(?P<s>{M})|,\s+(?P<s2>{M})(?=,|[.;]\s*$|[.;]\s))?",
    re.I)
_PROGRAMME = rx.compile(r"\b(?:music|variety|talk|chat|audition|quiz|cooking)\s+shows?\b", re.I)
# ("a X barbershop drama that B launched on DATE": X is where it is set, B the channel)
_THE_X_DRAMA = rx.compile(rf"\b(?:[Tt]he|[Aa]n?|another)\s+(?P<b>{M})\s+(?:[a-z-]+\s+)?"
                          rf"{_SERIES_NOUN}\b(?!\s+(?:that|which)\s+⟨\d+⟩\s+(?:launched|aired|airs|"
                          r"premiered|began|shows|showed|broadcasts|broadcast)\b)"
                          rf"(?:[,.]?\s+(?P<s>{M}))?")
# ("The drama was shown on B on Monday and Tuesday nights": a passive, the drama its subject)
_AIRS_ON = rx.compile(rf"\b(?P<verb>airs|aired|air|airing|broadcast|broadcasts|is\s+broadcast|"
                      rf"(?:(?<=drama\s)|(?<=series\s)|(?<=show\s)|(?<=⟩\s))(?:is|was)\s+"
                      rf"(?:shown|screened)(?=\s+on\s)|"
                      # ("The drama has been on B every Thursday and Friday since …")
                      # ("The drama, about …, has been on B every …": after an apposition)
                      rf"(?:(?<=drama\s)|(?<=series\s)|(?<=show\s)|(?<=⟩\s)|(?<=,\s))has\s+been"
                      rf"(?=\s+on\s+⟨\d+⟩\s+every\s)|"
                      rf"premiered|premieres|premiering|televised|debuted|debuts|launched|"
                      rf"returns|returned|(?:ended|concluded|wrapped\s+up|finished)\s+its\s+run|"
                      rf"ran(?=\s+on\s)|"
                      # ("“S,” which began on B on DATE")
                      rf"(?<=which\s)(?:began|started)(?=\s+on\s)|"
                      # ("“S,” which had its Monday and Tuesday nights on B from …")
                      rf"(?<=which\s)had(?=\s+its\s+{_WEEKDAY}s?\s+and\s+{_WEEKDAY}s?\s+nights\b)|"
                      # "The series first went out on B, airing Mondays and Tuesdays"
                      rf"(?<=first\s)(?:went|goes)\s+out(?=\s+on\s)|"
                      # ("The series went out on B on Friday nights from DATE")
                      # ("On television it went out on B every Wednesday")
                      rf"(?:(?<=series\s)|(?<=drama\s)|(?<=show\s)|(?<=television\sit\s)|"
                      rf"(?<=television,\sit\s)|(?<=episode\s))(?:went|goes|has\s+gone)\s+out(?=\s+on\s)|"
                      rf"came\s+to\s+(?:an\s+end|a\s+close)|signed\s+off|"
                      rf"(?:through|into)\s+its\s+(?:[a-z-]+\s+)?run)"
                      rf"\s+(?:on\s+{D}\s+)?"
                      rf"(?:(?:[A-Za-z]+|\d{{1,2}}(?::\d\d)?|[ap]\.m\.|{M})\s+){{0,9}}?(?:on|by|via|through)\s+(?:the\s+)?"
                      r"(?:(?:[a-z-]+\s+){0,2}(?:channel|network|broadcaster|station|cable\s+channel)"
                      rf"\s+)?(?P<b>{M})")
_AVAILABLE = rx.compile(
    # "20 million streaming on", "50 million-stream mark on": a count
    r"(?<!\d\s)(?<!million\s)(?<!billion\s)(?<!thousand\s)(?<!million-)(?<!\d-)"
    r"\b(?:available|streaming|stream|(?:(?<=⟩\s)|(?<=⟩\salso\s)|(?<=⟩\snow\s))streams|(?<=\b[Ii]t\s)streams|"
    r"(?<=\b[Ii]t\snow\s)streams|(?<=be\s)streamed|"
    # "The series streams on P": the drama spoken of, by its noun
    r"(?<=\bseries\s)streams|(?<=\bdrama\s)streams|(?<=\bshow\s)streams|"
    # ("Every episode streams on P for viewers in Korea")
    r"(?<=\b[Ee]very\sepisode\s)streams|(?<=\b[Ee]ach\sepisode\s)streams|"
    # "in Korea it goes up on P the morning after"
    r"(?<=\b[Ii]t\s)(?:goes|went)\s+up|"
    # "It reaches members in X and Y through P": the audience, then the platform
    r"(?<=\b[Ii]t\s)reaches|(?<=\bseries\s)reaches|(?<=\bdrama\s)reaches|"
    # "“S,” a B drama broadcast on Sunday nights … and streamed abroad by P in X"
    r"(?<=\band\s)streamed(?=\s+(?:(?:abroad|overseas|internationally|worldwide)\s+)?by\s)|"
    # ("Viewers in Korea can rewatch every episode on P")
    r"streamable|watch|watched|re-?watch|catch|caught|see|seen|view|viewed|binge|binged|watchable|"
    r"follow\s+along|follow(?=\s+(?:it|the\s+(?:series|drama|show))\b)|tune\s+in|find|found)\b"
    r"(?P<mid>(?:[^.⟨⟦]|⟨\d+⟩)"
    r"{0,40}?)\b(?:on|via|through|(?<=streamed\s)by|(?<=abroad\s)by|(?<=overseas\s)by|"
    r"(?<=internationally\s)by|(?<=worldwide\s)by)\s+"
    rf"(?:the\s+)?(?:(?:{M}\s+|[A-Za-z-]+\s+)?platforms?\s+)?"
    rf"(?P<list>{M}(?:\s*,\s*{M})*(?:,?\s+(?:and|&|or)\s+(?:on\s+)?{M})?)")
# "… on P in Korea and on Q for international audiences": one more platform, same verb.
# "… on P for international viewers, and it is on Q in Korea": the same.
# ("… on P for domestic viewers and on Q in India": the words before "and" each with its space)
# ("… on P by subscribers in X and Y, and on Q in Z": the audience after "by")
_AND_ON = rx.compile(rf"(?:\s+(?:in|for|with|across|throughout|outside|by)(?:\s+[\w-]+){{0,3}}?"
                     # "… for subscribers in Oceania and Latin America and on Q"
                     rf"(?:\s+{M}(?:\s+and\s+{M}(?=,?\s+(?:and|or)\s+(?:on|via|in)\s))?)?"
                     # "… on P worldwide and on Q in Korea"
                     # ("… on P in Indonesia and Malaysia or on Q in Europe")
                     r"|\s+(?:worldwide|globally|overseas|abroad|internationally|at\s+home))?"
                     # ("… on P in Korea, on Q in Southeast Asia and on R in the Americas")
                     # ("… on P; in Malaysia and Indonesia it is on Q")
                     # ("…, and in K and K2 it is on Q": the same after "and")
                     rf"(?:,?\s+(?:and|or)\s+(?!in\s)|,\s+(?=on\s)|(?:;|,\s+and)\s+in\s+(?:{M}|[A-Z][\w-]+)"
                     rf"(?:\s+and\s+(?:{M}|[A-Z][\w-]+))?\s+(?=it\s))"
                     rf"(?:it\s+is\s+|it[’']s\s+)?(?:also\s+)?(?:on|via)\s+(?P<p>{M})")
# "Please watch the whole thing on P": an invitation to watch the article's drama.
_INVITATION = rx.compile(r"^\s*(?:[AQ]\.\s+)?(?:[Pp]lease\s+|[Ss]o\s+|[Dd]o\s+)?(?:go\s+)?"
                         r"(?:watch|stream|catch|binge)\b")
# "“S,” a Wednesday-Thursday series on B, premiered on …": B is S's outlet.
# ("“S,” the Tuesday drama on B that premiered on …": the same)
_TITLE_A_SERIES_ON = rx.compile(rf"(?P<s>{M}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
                                rf"{_SERIES_NOUN}\s+on\s+(?P<b>{M})(?=,|\s+(?:that|which)\s)", re.I)
# ("“S,” the Wednesday-night drama that B began airing on DATE": the channel as the subject)
_DRAMA_THAT_B_AIRED = rx.compile(rf"(?P<s>{M}),\s+(?:a|an|the)\s+(?:[\w-]+\s+|⟨\d+⟩\s+){{0,3}}?"
                                 rf"{_SERIES_NOUN}\s+(?:that|which)\s+(?P<b>{M})\s+(?:began\s+(?:airing|showing|"
                                 r"broadcasting)|aired|airs|has\s+aired|premiered|launched|"
                                 r"broadcast)\b", re.I)
# "… a warning to B over product placement in its weekend band drama “S”": the channel
# named last before "its".
_ITS_NOUN_TITLE = rx.compile(rf"\bits\s+(?:[\w-]+\s+){{0,3}}?{_SERIES_NOUN}\s+(?P<s>{M})", re.I)
# "“S,” which B aired on Fridays and Saturdays from …": B is S's outlet.
# ("“S,” which B first aired on DATE", "“S,” which B has aired on Mondays …", "… has been
# showing on Friday nights")
# ("“S,” which began its Friday run on B on DATE": the same, the channel after the run)
_WHICH_B_AIRED = rx.compile(rf"(?P<s>{M}),\s+which\s+(?:(?:began|started|opened)\s+its\s+"
                            rf"(?:[\w-]+\s+)?run\s+on\s+(?P<b2>{M})|"
                            rf"(?P<b>{M})\s+(?:(?:has|had)\s+(?:been\s+)?)?"
                            r"(?:first\s+|originally\s+)?"
                            r"(?:aired|airs|broadcast|"
                            r"broadcasts|ran|premiered|shown|screened|showing|airing|screening|"
                            r"broadcasting)\b)")
# "BROADCASTER's “S”", "“S” (BROADCASTER)": a known outlet next to a series.
# "B’s Wednesday-Thursday procedural “S”": a genre word may stand between.
_OUTLET_NEXT = rx.compile(rf"(?P<b>{M})[’']s\s+(?:{_WEEKDAY}-{_WEEKDAY}\s+(?:[a-z-]+\s+)?)?"
                          rf"(?P<s>{M})|"
                          rf"(?P<s2>{M})\s*\((?P<b2>{M})[,)]")
# "B aired the Saturday-Sunday drama’s final episode on DATE": B is the drama's broadcaster.
# ("B aired the Saturday-Sunday series from DATE until …": the same)
_B_AIRED_THE_DRAMAS = rx.compile(rf"(?P<b>{M})\s+(?:aired|broadcast)\s+the\s+(?:[\w-]+\s+){{0,2}}?"
                                 rf"{_SERIES_NOUN}(?:[’']s\s+(?:(?:last|final|first)\s+episode|finale|"
                                 # ("B aired the 16-episode drama on Wednesdays and Thursdays from
                                 # DATE to DATE2")
                                 rf"premiere)\b|(?:\s+on\s+{_WEEKDAY}s?\s+and\s+{_WEEKDAY}s?)?"
                                 r"\s+from\s+⟦)")
# "B’s “S” premiered on DATE, filling the broadcaster’s Wednesday and Thursday nights": the
# sentence says B is the broadcaster.
_THE_BROADCASTERS = rx.compile(r"\bthe\s+(?:broadcaster|channel|network)[’']s\b")
# "A’s solo for B’s “S”", "“T” from B’s “S”": a song's drama, and B whose drama it is.
_FOR_OUTLETS = rx.compile(r"\b(?:for|from)\s+$")
# A name that says it is a channel: "X TV", "X Broadcasting", "X Channel".
_CHANNEL_NAME = rx.compile(r"(?:\bTV|\bChannel|\bCable|\bBroadcasting(?:\s+System)?|\bNetwork|"
                           r"(?<=\s)Plus)$|"
                           r"^Channel\s")
# "B has finalised the cast of “S,” its new Friday-Saturday drama": the channel's own drama.
# "B, which premiered its Monday-Tuesday drama “S” on March 3": the same, the other way round.
_ITS_DRAMA = rx.compile(rf"(?P<b>{M})\s+(?:has\s+|have\s+|had\s+)?[a-z]+\s+[^⟨;]{{0,60}}?"
                        rf"(?P<s>{M}),\s+its\s+(?:(?:new|upcoming|latest|next)\s+)?"
                        rf"(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}\b|"
                        rf"(?P<b2>{M}),?\s+(?:which\s+|that\s+)?(?:has\s+|had\s+|will\s+)?"
                        r"(?:premiered|premieres|premiere|launched|launches|aired|airs|air|debuted|"
                        r"unveiled|rolled\s+out)\s+its\s+(?:(?:new|upcoming|latest|next)\s+)?"
                        rf"(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}\s+(?P<s2>{M})", re.I)
# "Channel B has licensed its spring bakery drama to two streamers": a channel's own drama.
_LICENSED_ITS = rx.compile(rf"^\s*(?P<b>{M})\s+(?:has\s+|had\s+)?(?:licensed|sold|renewed|"
                           r"announced|confirmed|cast|wrapped|finished)\s+(?:the\s+\w+\s+of\s+)?its\s+"
                           rf"(?:(?:new|upcoming|latest|next|hit|[\w-]+)\s+){{0,3}}?{_SERIES_NOUN}\b")
# "B broadcast the drama every Friday and Saturday, …", "B aired the drama on Mondays": the
# channel of the drama spoken of.
# ("…; B began broadcasting that drama on DATE": the drama the sentence named before)
# ("B put the drama on the air every Thursday night": the same)
# ("B has shown that drama on Wednesday nights since …": the same)
# ("B carried the drama on Wednesday and Thursday nights": the same)
# ("B airs the drama on Monday and Tuesday nights": the same, now)
_B_AIRED_THE_DRAMA = rx.compile(rf"(?:^|;)\s*(?P<b>{M})\s+(?:broadcast|aired|ran|screened|showed|"
                                r"carried|airs|screens|carries|"
                                r"(?:has|had)\s+(?:shown|aired|broadcast|screened|run)|"
                                r"put(?=\s+the\s+(?:[\w-]+\s+){0,2}?(?:drama|series|show)\s+on\s+"
                                r"(?:the\s+)?air\b)|"
                                r"began\s+(?:broadcasting|airing|showing|screening))\s+"
                                r"(?:(?:the|that|this|all)\s+"
                                # ("B aired the sixteen episodes on Wednesday and Thursday nights")
                                # ("B showed all twelve episodes on … nights": the same)
                                rf"(?:[\w-]+\s+){{0,2}}?(?:(?<!all\s){_SERIES_NOUN}\b|"
                                # ("B aired the last of the drama’s Tuesday episodes")
                                rf"(?<=the\s)(?:last|final|first)\s+of\s+the\s+{_SERIES_NOUN}"
                                r"[’']s\s+(?:[\w-]+\s+)?episodes\b|"
                                r"(?:(?<=the\s)|(?<=all\s))(?:[\w-]+\s+)?"
                                r"episodes\b(?!\s+of\b))|"
                                # ("B has shown it on Friday nights since DATE": the drama
                                # spoken of)
                                rf"(?<=has\sshown\s)it\s+on\s+{_WEEKDAY}s?\b|"
                                rf"(?<=has\saired\s)it\s+on\s+{_WEEKDAY}s?\b)")
# "The drama went out for the first time on DATE on B, which shows it on Friday nights": the
# same, the channel's clause after it.
_ON_B_WHICH_SHOWS_IT = rx.compile(rf"\bon\s+(?P<b>{M}),\s+which\s+(?:shows|airs|broadcasts|screens|"
                                  r"carries|has\s+shown|has\s+aired)\s+it\b")
# "Passengers who watched that drama on B last autumn": B airs the drama spoken of.
_WATCHED_THAT_DRAMA_ON = rx.compile(rf"\b(?:watched|saw|caught|followed)\s+(?:that|the)\s+"
                                    rf"(?:drama|series|show)\s+on\s+(?P<b>{M})")
# "B aired the sixteenth and last episode of “S” on August 27": S's channel and finale.
# "B launched the series on Wednesday, March 5": the article's drama, its channel and premiere.
# "B aired the series on Fridays and Saturdays from January 9": the same, by its first day.
_LAUNCHED_THE = rx.compile(rf"(?P<b>{M})\s+(?:(?:launched|premiered|debuted|rolled\s+out|"
                           # ("B premiered the mountain-rescue drama on DATE")
                           r"unveiled)\s+the\s+(?:[\w-]+\s+){0,2}?(?:series|drama|show)\s+on|"
                           r"(?:aired|broadcast|ran)\s+"
                           rf"the\s+(?:[\w-]+\s+){{0,2}}?(?:series|drama|show)\s+(?:on\s+{_WEEKDAY}s(?:\s+and\s+"
                           rf"{_WEEKDAY}s)?\s+)?(?:from|between))\s+(?:{_WEEKDAY},?\s+)?(?P<d>{D})")
# "he returned to B as the mapmaker C in “S”": B airs S.
_RETURNED_TO = rx.compile(rf"\b(?:returns|returned|comes\s+back|came\s+back)\s+to\s+(?P<b>{M})\s+"
                          rf"as\s+(?:[^;⟨]{{0,40}}?{M}\s+)?in\s+(?P<s>{M})")
# "B brought the hammer down on “S” on October 25": the same, in a figure of speech.
_AIRED_LAST = rx.compile(rf"(?P<b>{M})\s+(?:aired\s+the\s+(?:[\w-]+\s+and\s+)?(?:last|final)\s+"
                         r"episode\s+of|brought\s+(?:the\s+)?(?:final\s+)?(?:hammer|curtain|gavel|"
                         r"lights)\s+down\s+on|drew\s+the\s+curtain\s+on|closed\s+the\s+book\s+on|"
                         r"said\s+(?:goodbye|goodnight|farewell)\s+to)"
                         rf"\s+(?P<s>{M})\s+on\s+(?:{_WEEKDAY},?\s+)?(?P<d>{D})|"
                         # "… on Sunday, April 22, when B aired the final episode of “S”"
                         rf"\bon\s+(?:{_WEEKDAY},?\s+)?(?P<d2>{D}),?\s+when\s+(?P<b2>{M})\s+aired\s+"
                         rf"the\s+(?:[\w-]+\s+and\s+)?(?:last|final)\s+episode\s+of\s+(?P<s2>{M})")
# "“S” goes out at the weekend, …, on B, which aired the first episode on DATE": B is the
# channel of the drama the sentence opens with.
_WHICH_AIRED_THE_FIRST = rx.compile(rf"^\s*(?P<s>{M})\s+[^;⟨]{{0,80}}?\bon\s+(?P<b>{M}),\s+which\s+"
                                    r"(?:aired|showed|broadcast|premiered)\s+(?:the|its)\s+first\s+"
                                    r"episode\b")
# "… broke up on Saturday, May 22, in the last episode of B's “S”": the finale's date.
_IN_LAST_EPISODE = rx.compile(rf"\bon\s+(?:{_WEEKDAY},?\s+)?(?P<d>{D}),?\s+in\s+the\s+"
                              rf"(?:last|final)\s+episode\s+of\s+(?:(?P<b>{M})[’']s\s+)?(?P<s>{M})")
# "… on P, where all sixteen episodes remain available": the platform carries the drama.
_WHERE_EPISODES = rx.compile(rf"\bon\s+(?P<list>{M})(?:\s+in\s+{M})?,\s+where\s+(?:all\s+)?"
                             r"(?:[\w-]+\s+)?episodes\s+(?:remain|are|stay|sit)\s+(?:now\s+)?"
                             r"(?:available|up|streaming)\b|"
                             # "On P the whole series is waiting for Korean subscribers"
                             rf"^\s*On\s+(?P<list2>{M}),?\s+the\s+(?:full\s+|whole\s+|complete\s+|"
                             r"entire\s+)?(?:series|drama|show|run)\s+(?:is|remains|sits|stays)\s+"
                             # ("On P the drama is there for viewers in Korea")
                             # ("On P the drama is open to members in X and Y")
                             r"(?:now\s+|still\s+)?(?:waiting|available|streaming|up|there|open)\b|"
                             # ("On P it streams for viewers in India": the drama the sentence
                             # before spoke of)
                             rf"^\s*On\s+(?P<list9>{M}),?\s+it\s+(?:streams|is\s+streaming|is\s+"
                             r"available)\b|"
                             # ("Singapore gets the series on P")
                             rf"^\s*(?:{M}|[A-Z][a-z]+)\s+gets\s+(?:the\s+(?:drama|series|show)|it)\s+on\s+"
                             rf"(?P<list4>{M})|"
                             # ("P subscribers in Korea can stream the drama")
                             rf"^\s*(?P<list3>{M})\s+(?:subscribers|members|users|viewers)\s+(?:in\s+"
                             rf"(?:{M}|[A-Z][a-z]+)\s+)?can\s+(?:stream|watch|catch|find)\s+(?:the\s+"
                             r"(?:drama|series|show)|it)\b|"
                             # ("subscribers in Korea have P, and members in X and Y have Q")
                             r"\b(?:subscribers|members|users|viewers)\s+in\s+"
                             rf"(?:{M}|[A-Z][a-z]+)(?:(?:,\s+|\s+and\s+)(?:{M}|[A-Z][a-z]+))*\s+"
                             rf"(?:have|get)\s+(?P<list5>{M})|"
                             # ("Catch-up viewing is on P in Korea")
                             r"^\s*(?:[A-Z][a-z-]*\s+|⟨\d+⟩\s+)?(?:viewing|streaming)\s+is\s+(?:on|via|through)\s+"
                             rf"(?P<list6>{M})|"
                             # ("It is on P, and Q offers it in X": the drama the sentence before
                             # spoke of)
                             # ("At home it is on P for Korean viewers; …": the same)
                             # ("All of it is now on P, and Q offers it …": the same)
                             # ("Its full run is on P for viewers in X": the same)
                             rf"^\s*(?:At\s+home,?\s+(?=it\s))?(?:All\s+of\s+it|[Ii]t|Its\s+(?:full|"
                             r"whole|complete|entire)\s+run)\s+is\s+"
                             rf"(?:now\s+|also\s+)?on\s+"
                             rf"(?P<list7>{M})(?=\s*[,.;]|\s+(?:in|for)\s)|"
                             # ("…; in X and Y it sits on P": the drama the clause before spoke of)
                             # ("…; for viewers in Latin America, it is on P": the audience first)
                             rf";\s+(?:for\s+(?:viewers|subscribers|audiences|fans)\s+)?in\s+"
                             rf"(?:{M}|[A-Z][a-z]+)(?:(?:,\s+|,?\s+and\s+|\s+)(?:{M}|[A-Z][a-z]+))*"
                             r",?\s+it\s+(?:sits|is|streams|lives|remains|stays)\s+(?:now\s+)?on\s+"
                             rf"(?P<list8>{M})(?=\s*[,.;]|$)")
# "after “S” left B's weekend schedule": B aired S.
# ("“S” took up B’s weekend slot": the same)
_LEFT_SCHEDULE = rx.compile(rf"(?P<s>{M})\s+(?:left|joined|returned\s+to|leaves|joins|exited|"
                            r"took\s+up|takes\s+up)\s+"
                            rf"(?P<b>{M})[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:schedule|slot|line-?up)\b")
# "The series began in B’s Monday-Tuesday slot on DATE": B airs it, from DATE.
_BEGAN_IN_SLOT = rx.compile(rf"\b(?:began|started|premiered|opened)\s+in\s+(?P<b>{M})[’']s\s+"
                            rf"(?:(?:{_WEEKDAY}-{_WEEKDAY}|[a-z-]+)\s+){{0,2}}(?:slot|schedule|line-?up)"
                            rf"\s+on\s+(?:{_WEEKDAY},?\s+)?(?P<d>{D})")
# "The series ran for eight weeks in B’s Friday-night slot, …": B its channel.
_RAN_IN_SLOT = rx.compile(rf"\bran\s+(?:for\s+[a-z-]+\s+weeks\s+)?in\s+(?P<b>{M})[’']s\s+"
                          r"(?:[\w-]+\s+){0,2}?slot\b")
# "Broadcast by B, the fantasy romance premiered on DATE": B airs the article's drama.
# "The coming-of-age drama, which B aired on Mondays and Tuesdays from …": the same
# ("P, which made the series as one of its originals, has released …": P offers the drama)
_THE_DRAMA_WHICH = rx.compile(rf"^\s*The\s+(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN},\s+which\s+"
                              rf"(?P<b>{M})\s+"
                              r"(?:aired|airs|broadcast|premiered|launched)\b|"
                              rf"^\s*(?P<b2>{M}),\s+which\s+(?:made|produced|commissioned)\s+"
                              r"(?:the\s+(?:series|drama|show)|it)\s+as\s+(?:one\s+of\s+its|an?|its)\s+"
                              r"(?:own\s+)?originals?\b")
# "“S,” the Saturday-Sunday B drama in which …": B airs S, on those days
_TITLE_THE_DAYS_CHANNEL = rx.compile(rf"(?P<s>{M}),\s+the\s+(?:(?P<days>{_WEEKDAY}-{_WEEKDAY})\s+)?"
                                     rf"(?P<b>{M})\s+(?:[\w-]+\s+)?{_SERIES_NOUN}\b")
# "“S,” also a B series": B airs S
_ALSO_A_SERIES = rx.compile(rf"(?P<s>{M}),\s+also\s+an?\s+(?P<b>{M})\s+(?:[\w-]+\s+)?"
                            rf"{_SERIES_NOUN}\b")
_THE_SERIES_OPENS = rx.compile(r"\s*The\s+(?:[\w-]+\s+){0,2}?(?:series|drama|show)\s")
# "… and wrapped up on B with its final episode on DATE": B aired the drama spoken of
# ("The drama went out on Saturdays and Sundays from DATE until its DATE2 finale on B": the same)
_WRAPPED_ON = rx.compile(rf"\b(?:wrapped\s+up|ended|finished|concluded)\s+(?:its\s+run\s+)?on\s+"
                         rf"(?P<b>{M})\s+with\s+its\s+(?:final|last)\s+episode\b|"
                         rf"\bits\s+(?:{D}\s+)?(?:finale|(?:final|last)\s+episode)\s+on\s+(?P<b2>{M})")
# (the opening word may be read as a name: "⟨Broadcast⟩ by ⟨B⟩")
_BROADCAST_BY = rx.compile(rf"^\s*(?:Broadcast|Aired|(?P<w>{M}))\s+(?:by|on)\s+(?P<b>{M}),\s+"
                           r"(?:the|this)\s+"
                           rf"(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}\b")
# "Over at B, “S” wrapped up its run": the channel the sentence is set at.
# "“S,” the ground-crew drama that B premiered on April 10"
# ("“S,” the veterinary drama that wrapped up on B on DATE": the channel after the verb)
_DRAMA_THAT = rx.compile(rf"(?P<s>{M}),?\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}?"
                         rf"{_SERIES_NOUN}\s+"
                         # ("“S,” the Tuesday drama that B has shown since DATE"; "“S,” the
                         # Thursday-night drama B has aired since …", the relative word left out)
                         rf"(?:(?:that|which)\s+)?(?:(?P<b>{M})\s+(?:(?:has|had)\s+)?(?:premiered|"
                         r"launched|aired|airs|debuted|broadcast|commissioned|produced|shown|"
                         # ("“S,” a drama B began airing on DATE and shows every Friday night")
                         r"screened|(?:began|started)\s+(?:airing|showing|broadcasting))\b|"
                         r"(?<=that\s|hich\s)(?:wrapped\s+up|ended|"
                         rf"finished|concluded|premiered|debuted|aired|ran)\s+on\s+(?P<b2>{M}))")
# "B closed the books on “S”": a channel ending (or opening) its drama.
# ("B ran “S” on Wednesday and Thursday nights": the same)
_CHANNEL_CLOSED = rx.compile(rf"^\s*(?P<b>{M})\s+(?:closed|wrapped|ended|finished|concluded|opened|"
                             # ("B has been showing “S” on Thursday evenings")
                             # ("B put “S” on the air every Friday")
                             r"put(?=\s+⟨\d+⟩\s+on\s+(?:the\s+)?air\b)|"
                             # ("B gave “S” its Wednesday and Thursday nights")
                             r"gave(?=\s+⟨\d+⟩\s+its\s)|"
                             # ("B carried “S” in its Friday and Saturday late slot")
                             r"launched|premiered|aired|broadcast|ran|screened|showed|carried|"
                             # ("B airs “S” on Monday and Tuesday nights and began it on DATE")
                             r"airs|shows|screens|carries|broadcasts|"
                             # ("B has aired “S” on Sunday nights since DATE")
                             r"(?:has|had)\s+(?:aired|shown|screened|carried|broadcast)|"
                             r"(?:(?:has|had)\s+"
                             r"been\s+|is\s+|was\s+)(?:showing|screening|airing))\s+"
                             r"(?:[a-z]+\s+){0,4}?"
                             rf"(?P<s>{M})")
# "“S” pulled into its last station on B": a drama, a clause without a platform's verb, a
# channel.
_SERIES_ON_CHANNEL = rx.compile(
    rf"(?P<s>{M})\s+(?!(?:[^⟨;,.()]*?\b(?:stream|streams|streaming|available|watch|chart|"
    # ("the legal comedy “S” on B": none at all)
    rf"charts|ranked|rating|ratings)\b))(?:[^⟨;,.()]{{0,60}}?\s)?on\s+(?P<b>{M})")
# "Over on B, the tea-plantation drama “S” signs off …"
_OVER_AT = rx.compile(rf"^\s*(?:Over\s+)?(?:[Aa]t|[Oo]n)\s+(?P<b>{M}),\s+"
                      rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}\s+)?(?P<s>{M})")
# ("P offers “S” to subscribers in K, and it is on Q in K2": the drama the sentence named)
_EPISODES_ON = rx.compile(rf"(?:\b(?:episodes|(?<=[Ee]very\s)episode|seasons?|"
                          r"(?P<it>(?<=,\sand\s)it)|"
                          # ("P streams the drama …, and in K it is on Q": where, then "it", the
                          # drama spoken of)
                          r"(?:(?<=,\sand\s)in|(?<=;\s)in|^\s*In)\s+(?:the\s+)?(?:⟨\d+⟩|[A-Z][a-z]+)"
                          r"(?:\s+and\s+(?:⟨\d+⟩|[A-Z][a-z]+))?\s+it|"
                          # ("The full run is on P")
                          rf"[Tt]he\s+(?:full\s+|whole\s+|complete\s+)?(?:series|drama|show|run)|"
                          # "Director A's series, for anyone who skipped it, is still on P"
                          rf"(?<=⟩’s\s)(?:series|drama|show)|(?<=⟩'s\s)(?:series|drama|show)|"
                          # ("In Southeast Asia, “S” is on P": where, then the title; "For
                          # viewers in Latin America, “S” is on P": the same)
                          rf"(?<![\w,] )[Aa]ll\s+of\s+(?P<s>{M}))|^\s*(?:(?:In|Across|Throughout|"
                          r"Outside|For\s+(?:viewers|fans|audiences|subscribers)\s+(?:in|across|"
                          r"outside))\s+(?:the\s+)?(?:⟨\d+⟩|[A-Z][a-z]+)(?:\s+(?:⟨\d+⟩|[A-Z][a-z]+))?,"
                          rf"\s+)?(?P<s2>{M}))"
                          r"(?:,\s+(?:which|that|for)\s[^,]{0,80},\s*|\s+)"
                          r"(?:is|are|remain|remains|stay|stays)\s+(?:now\s+|also\s+|all\s+|"
                          r"still\s+)?"
                          r"(?:on|up\s+on|streaming\s+on|waiting\s+(?:for\s+you\s+)?on)\s+"
                          rf"(?P<list>{NAMES})")
_INTERNATIONAL = rx.compile(r"\b[Ii]nternational\s+(?:fans|viewers|audiences|viewers)\b")
# ("The first season aired on Saturdays and Sundays, premiering on January 9 and …")
# ("…, beginning on DATE and signing off on DATE2": a participle's first episode)
_FIRST = rx.compile(rf"\b(?:premiered|premieres|will\s+premiere|(?<=,\s)premiering|first\s+aired|"
                    # ("B shows “S” every Thursday, having launched it on DATE")
                    r"(?<=,\s)having\s+(?:launched|premiered|debuted)\s+it(?=\s+on\s+⟦)|"
                    # ("B airs “S” every Friday and began its run on DATE")
                    r"(?<=\sand\s)(?:began|started)\s+its\s+run(?=\s+on\s+⟦)|"
                    # ("…, from its first episode on DATE to its last on DATE2")
                    r"(?<=\bfrom\s)its\s+first\s+episode(?=\s+on\s)|"
                    r"(?<=,\s)beginning(?=\s+on\s)|"
                    # ("…, starting with the first episode on DATE and ending with the finale
                    # on DATE2")
                    # ("…, with the first episode on DATE and the last on DATE2")
                    r"(?<=,\s)(?:starting\s+|beginning\s+|opening\s+)?with\s+the\s+(?:first|opening)\s+"
                    r"episode(?=\s+on\s)|(?<=,\s)starting(?=\s+on\s+⟦\d+⟧\s+and\s)|(?<=,\s)opening(?=\s+on\s+⟦\d+⟧\s+and\s+(?:ending|signing\s+off|closing|"
                    r"wrapping)\b)|"
                    # ("…, launching it on DATE and wrapping it up on DATE2")
                    r"(?<=,\s)(?:launching|opening|starting)(?=\s+it\s+on\s+⟦\d+⟧\s+and\s+"
                    r"(?:wrapping|ending|closing|finishing)\s+it\b)|"
                    r"kicked\s+off|"
                    # ("B airs “S” on Monday nights and began it on DATE")
                    r"(?<=\band\s)(?:began|started|launched)(?=\s+it\s+on\s)|"
                    # ("“S” airs Thursdays on B, which launched it on DATE")
                    r"(?<=⟩,\swhich\s)(?:began|started|launched|premiered)(?=\s+it\s+on\s)|"
                    # "“S” went on the air on Saturday, March 7", with or without "the"
                    r"began\s+(?:airing|broadcasting|showing|screening)|"
                    r"(?:went|goes|will\s+go)\s+on\s+(?:the\s+)?air|"
                    rf"(?:run|broadcast)\s+(?:that\s+|which\s+)?(?:began|started)|"
                    rf"{_SERIES_NOUN},?\s+(?:that|which)\s+(?:began|started|opened|launched)|"
                    # ("a Thursday-night drama on B that began on DATE": the channel between)
                    rf"{_SERIES_NOUN}\s+on\s+{M}\s+(?:that|which)\s+(?:began|started|premiered)|"
                    # "“S,” which began on March 25, airs on B"
                    rf"(?<=⟩,\s)which\s+(?:began|started)|"
                    # "“S,” which aired on B on Wednesdays, began on DATE and signed off on DATE2"
                    # ("…, opened on DATE and closed with its final episode on DATE2")
                    r"(?<=,\s)(?:began|opened)(?=\s+on\s+⟦\d+⟧\s+and\s+(?:signed\s+off|ended|"
                    r"wrapped\s+up|closed|finished|bowed\s+out)\b)|"
                    # ("a P original whose first episode went online on DATE")
                    rf"(?:first|opening|pilot)\s+episode\s+(?:aired|was\s+broadcast|premiered|"
                    rf"went\s+(?:online|live|up))|"
                    # ("… every Thursday since its first episode on DATE", "…, from the
                    # premiere on DATE to …")
                    # ("… since the first episode on DATE": "the" for "its")
                    r"(?<=since\s)(?:its|the)\s+(?:first|opening)\s+episode|(?<=from\s)the\s+premiere|"
                    # "Episode 1 airs on Saturday, April 5"
                    rf"(?<![\w-])(?:[Ee]pisode\s+(?:1|one)|[Tt]he\s+first\s+episode)\s+(?:airs|aired|"
                    rf"will\s+air|goes\s+out|went\s+out)|"
                    # "will air the first episode on Friday, March 15"
                    # ("B, which broadcast its first episode on DATE")
                    rf"(?:will\s+)?(?:air(?:s|ed)?|broadcast|screened|showed)\s+(?:the|its)\s+"
                    r"(?:first|opening|pilot)\s+episode|"
                    # "first aired on B, on June 4": the channel set off before the day
                    # ("The drama went out for the first time on DATE")
                    r"(?:went\s+out|aired|was\s+(?:shown|broadcast|screened))\s+for\s+the\s+first\s+"
                    r"time|"
                    rf"debuted|debuts|will\s+debut|bowed(?!\s+out)|bows(?!\s+out))\s+(?:(?:[a-z-]+|{_WEEKDAY}-{_WEEKDAY}|{M}),?\s+"
                    # ("B began airing the drama, which fills its Sunday nights, on DATE")
                    r"(?:which\s+[^,⟨⟦]{1,40},\s+)?)"
                    # "premieres tonight, March 1, at 9:20 p.m.": the day said after "tonight"
                    # ("which premiered the day before": a day counted, no "on")
                    # ("premiered last November 18": "last" before the day)
                    rf"{{0,5}}?(?:on\s+|(?<=\s)(?:tonight|today|this\s+evening),\s+|(?<=premiered\s)|"
                    r"(?<=premiered\slast\s))"
                    rf"(?:{_WEEKDAY},?\s+)?(?P<d>{D})")
# "… and is set to end on April 25", "… and ends on Saturday, January 10": an announced
# finale, on or after publication.
_SET_TO_END = rx.compile(rf"\b(?:(?:(?:is|are)\s+(?:set|scheduled|slated|due)\s+to|will)\s+"
                         r"(?:end|wrap(?:\s+up)?|conclude|finish|sign\s+off|"
                         r"air\s+its\s+(?:final|last)\s+episode)|(?<=\band\s)ends|"
                         # "its 12 episodes wrap up on April 9", "runs for 16 episodes until"
                         r"(?<=\band\s)concludes|(?<=\bits\s)\d{1,2}\s+episodes\s+(?:wrap\s+up|end)|"
                         r"(?<=\band\s)runs\s+for\s+\d{1,2}\s+episodes(?=\s+until))\s+(?:on|until)\s+"
                         rf"(?:{_WEEKDAY},?\s+)?(?P<d>{D})")
# "The final episode, originally set for April 14, has been pushed back a week to April 21":
# the new day is the finale's.
_FINALE_MOVED = rx.compile(rf"^\s*(?:The|Its)\s+(?:final|last)\s+episode,\s+originally\s+"
                           rf"(?:set|scheduled|slated|planned)\s+for\s+(?:{_WEEKDAY},?\s+)?{D},\s+"
                           r"(?:has\s+been|was|is|will\s+be)\s+(?:pushed\s+back|moved|delayed|"
                           r"postponed|pushed)\s+(?:by\s+)?(?:a\s+week\s+|two\s+weeks\s+|a\s+day\s+)?"
                           rf"(?:to|until)\s+(?:{_WEEKDAY},?\s+)?(?P<d>{D})")
# "B said on DATE that its music drama, which premiered …": the channel's drama spoken of.
# ("B said on Monday that the main actors of its band drama …": the same)
_ITS_NOUN = rx.compile(rf"\bthat\s+(?:the\s+(?:[\w-]+\s+){{1,3}}?of\s+)?its\s+(?:[\w-]+\s+){{0,2}}?"
                       rf"{_SERIES_NOUN}\b(?!\s*⟨)", re.I)
# "The Monday-Tuesday drama began on March 6": a series' start.
# "B's Wednesday-Thursday drama began on September 10": the channel's possessive too.
_BEGAN = rx.compile(rf"(?:\b(?:the|this|its)|{M}[’']s)\s+(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}\s+"
                    rf"(?:began|started|opened|premiered|debuted)\s+on\s+(?:{_WEEKDAY},?\s+)?"
                    rf"(?P<d>{D})|"
                    # "seven weeks after an August 2 premiere"
                    rf"\b(?:after|since|following)\s+(?:an?|the|its)\s+(?P<d2>{D})\s+premiere\b|"
                    # "on March 3, the night the Saturday-Sunday comedy premiered"
                    rf"\bon\s+(?:{_WEEKDAY},?\s+)?(?P<d3>{D}),\s+the\s+(?:night|day|evening)\s+"
                    rf"(?:that\s+)?(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}\s+"
                    r"(?:premiered|began|opened|debuted)\b",
                    re.I)
# "The twelve-episode run began on B on DATE and ended on DATE2": the drama spoken of, its
# channel, first and last episodes.
_RUN_BEGAN_ON = rx.compile(rf"^\s*(?:The|Its)\s+(?:[\w-]+\s+){{0,2}}?run\s+"
                           rf"(?:began|started|opened|premiered)\s+on\s+(?P<b>{M})\s+on\s+"
                           rf"(?:{_WEEKDAY},?\s+)?(?P<d>{D})(?:\s+and\s+(?:ended|closed|finished|"
                           rf"wrapped(?:\s+up)?)\s+on\s+(?:{_WEEKDAY},?\s+)?(?P<d2>{D}))?")
# "All three services start on premiere night, March 6": the first episode's day.
_PREMIERE_NIGHT = rx.compile(rf"\b(?:premiere|opening)\s+(?:night|day|date)\s*[,:]?\s+(?:on\s+)?"
                             rf"(?:{_WEEKDAY},?\s+)?(?P<d>{D})")
# "“S” opened on DATE": a named subject right before the verb (a series, checked below).
# "“S” opened its Friday-Saturday run on DATE": the same, the run named.
# ("“S,” which began its Friday run on B on DATE": the channel between)
_OPENED = rx.compile(rf"{M},?\s+(?:which\s+)?(?:opened|launched|began|started)\s+"
                     rf"(?:its\s+(?:{_WEEKDAY}(?:-{_WEEKDAY})?\s+|[a-z-]+\s+)?run\s+)?"
                     rf"(?:(?<=run\s)on\s+{M}\s+)?on\s+(?P<d>{D})")
# "filled Monday and Tuesday nights from DATE to DATE": a run's slot, held from first to last
# ("B gave “S” its Wednesday and Thursday nights from DATE until the finale on DATE2")
_RAN = rx.compile(rf"\b(?:ran|aired|airs|runs|filled|fills|occupied|owned|went\s+out|goes\s+out|"
                  r"(?<=⟩\s)gave|"
                  rf"(?<=which\s)had(?=\s+its\s+{_WEEKDAY}s?\s+and\s+{_WEEKDAY}s?\s+nights\b)|"
                  # ("“S” also had a broadcast run on B, in a Friday-night slot, between …")
                  r"had\s+a\s+(?:broadcast\s+|TV\s+)?run|"
                  r"(?<=⟩\s)carried|"
                  r"took\s+up|takes\s+up|"
                  r"showed|screened|(?<=⟩\s)broadcast|"
                  # ("“S,” a P original that put out one episode every Saturday from DATE until
                  # its finale on DATE2")
                  # ("… a P original that released a new episode each Wednesday from DATE
                  # until its last on DATE2")
                  r"(?<=\bthat\s)(?:put\s+out|released)\s+(?:one|an?|a\s+new)\s+episode|"
                  # ("The drama was shown on B on Monday and Tuesday nights from …": a passive)
                  r"(?:(?<=drama\swas\s)|(?<=series\swas\s)|(?<=show\swas\s)|(?<=⟩\swas\s))"
                  r"(?:shown|broadcast))\s+"
                  # ("B aired “S” on Thursdays and Fridays from …": the title after the verb)
                  # ("B ran “S” on Wednesday and Thursday nights from …": the same)
                  # ("“S” filled B’s Saturday and Sunday nights from …": the channel's)
                  # ("ran on B, on Tuesdays and Wednesdays, between …": a comma after B)
                  rf"(?:on\s+{M},?\s+|(?:(?<=aired\s)|(?<=ran\s)|(?<=screened\s)|(?<=broadcast\s)|"
                  rf"(?<=showed\s)|(?<=carried\s)){M}\s+|(?<=gave\s){M}\s+its\s+|"
                  rf"(?:(?<=filled\s)|(?<=fills\s)|(?<=took\sup\s)){M}[’']s\s+)?"
                  # "aired Mondays and Tuesdays on B from …": the channel after the days
                  # ("aired on B on Mondays and Tuesdays, from …": a comma before "from")
                  # ("aired Wednesdays and Thursdays on B, from …": a comma after it)
                  rf"(?:[^⟦⟨.,;]{{0,60}}?,?\s+(?:on\s+{M},?\s+)?)?"
                  # ("… weekend slot, Saturdays and Sundays, between DATE and DATE2")
                  # ("… twice a week, on Thursdays and Fridays, between DATE and DATE2")
                  rf"(?:(?:on\s+)?{_WEEKDAY}s\s+and\s+{_WEEKDAY}s,\s+)?"
                  # ("… from last November 5 until January 8")
                  # ("… between March 5 and April 24": the same)
                  # ("… from November 25, 2058, to January 29, 2059": a comma after the year)
                  # ("… from its premiere on July 5 to its final episode on August 24")
                  # ("… from a first episode on DATE to a last on DATE2")
                  # ("aired on B every Thursday and Friday, DATE through DATE2": no "from")
                  # ("every Thursday and Friday, DATE through DATE2" with the second day read
                  # into the first date: "every Thursday and ⟦DATE⟧ through ⟦DATE2⟧")
                  rf"(?:(?:from|between)\s+|(?:(?<=,\s)|(?<=day\sand\s))"
                  rf"(?=⟦\d+⟧\s+(?:through|to|until)\s))"
                  # ("… from its July 8 premiere to the finale on DATE2")
                  # ("… from a July 9 premiere to an August 28 finale")
                  rf"(?:(?:its|a)\s+(?:premiere|first\s+episode)\s+on\s+|(?:its|a)\s+(?=⟦\d+⟧\s+premiere\b))?"
                  rf"(?:last\s+)?"
                  # ("… from March 7, when it premiered, until its finale on April 25")
                  rf"(?P<a>{D})(?:\s+premiere)?(?:,(?=\s+to\s)|,\s+when\s+it\s+(?:premiered|began|started),)?\s+"
                  # ("… between its November 3 premiere and its December 23 finale")
                  r"(?:to|until|through|(?<=⟧\s)and|(?<=premiere\s)and)\s+"
                  # "… from October 17 until its final episode on December 13"
                  # ("… from March 2 until its April 21 finale")
                  # ("… from July 6 until the finale on August 25")
                  r"(?:(?:its|the)\s+(?:(?:final|last)\s+episode|finale|last)\s+on\s+|(?:its|an)\s+(?=⟦)|"
                  r"a\s+(?:final|last)(?:\s+episode)?\s+on\s+)?"
                  rf"(?P<b>{D})")
# "which aired on Mondays and Tuesdays from February 2": the first episode, no end given.
# ("aired on B on Saturdays and Sundays from DATE and bowed out …": the channel between)
# ("“S” has aired on Wednesdays and Thursdays since DATE": the same)
# ("“S,” a B comedy broadcast on Wednesdays and Thursdays since DATE": a participle)
# ("B carried the drama on Saturday nights from DATE, wrapping it up on DATE2": the same)
# ("The drama, a P original, has added a new episode every Friday since DATE")
_FROM = rx.compile(rf"\b(?:ran|aired|airs|runs|has\s+aired|has\s+shown|has\s+screened|"
                   r"has\s+(?:added|released|dropped|posted|put\s+out)\s+(?:an?\s+)?(?:new\s+)?episodes?|"
                   # ("“S,” a P original that put out one episode every Saturday from DATE")
                   r"(?<=\bthat\s)(?:put\s+out|released|added|dropped)\s+(?:one|an?)\s+(?:new\s+)?"
                   r"episode|"
                   r"(?<=⟩\s)carried(?=\s+(?:the\s+(?:drama|series|show)|⟨\d+⟩)\s)|"
                   r"has\s+broadcast|airing|"
                   r"(?<=series\s)went\s+out|(?<=drama\s)went\s+out|(?<=show\s)went\s+out|"
                   # ("The drama has gone out on B every Thursday night since its premiere on DATE")
                   r"(?<=series\s)has\s+gone\s+out|(?<=drama\s)has\s+gone\s+out|"
                   r"(?<=been\s)showing|(?<=been\s)screening|"
                   r"(?<=comedy\s)broadcast|"
                   r"(?<=drama\s)broadcast|(?<=series\s)broadcast|(?<=romance\s)broadcast)\s+"
                   rf"(?:(?:[^⟦⟨.,;]|⟨\d+⟩){{0,60}}?\s+)?"
                   # ("has aired every Monday and Tuesday since DATE")
                   rf"(?:from|(?<=aired\s)since|(?<=s\s)since|(?<=day\s)since|(?<=shown\s)since|"
                   rf"(?<=broadcast\s)since|(?<=night\s)since|"
                   # ("airs the drama on Monday nights and has done since DATE")
                   rf"(?<=has\sdone\s)since|"
                   # ("… every Wednesday night since its premiere on DATE")
                   # ("has aired on Thursday nights on B since its premiere on DATE")
                   rf"(?<=screened\s)since|(?<=⟩\s)since)\s+(?:its\s+premiere\s+on\s+)?(?P<d>{D})"
                   rf"(?!\s+(?:to|until|through)\b|\s+and\s+{D})")
# "“S” ran on B on Monday and Tuesday nights until DATE": the finale's day, no start given.
_RAN_UNTIL = rx.compile(rf"(?<=⟩\s)(?:ran|aired)\s+on\s+{M}\s+(?:on\s+|every\s+)?{_WEEKDAY}s?"
                        rf"(?:\s+and\s+{_WEEKDAY}s?)?(?:\s+(?:nights|evenings))?\s+until\s+"
                        rf"(?:{_WEEKDAY},?\s+)?(?P<d>{D})")
# "nearly four months after its April 4 premiere".
_ITS_PREMIERE = rx.compile(rf"\b(?:its|the\s+(?:series|drama|show)[’']s)\s+(?P<d>{D})\s+premiere\b")
# ("B aired the Saturday-Sunday drama’s final episode on DATE": the drama named by its noun)
# ("The B drama aired that finale on DATE": the finale the sentence before spoke of)
_FINAL = rx.compile(rf"\b(?:"
                    # ("B aired the last of the drama’s Tuesday episodes on DATE")
                    rf"(?:aired|broadcast|showed)\s+the\s+(?:last|final)\s+of\s+(?:its|the\s+"
                    rf"(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}[’']s)\s+(?:[\w-]+\s+)?episodes|"
                    rf"(?:aired|broadcast|(?<=\band\s)airing)\s+"
                    rf"(?:its|that|the\s+(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}[’']s)\s+"
                    # ("aired its sixteenth and final episode on DATE")
                    rf"(?:[a-z]+\s+and\s+)?(?:(?:last|final)\s+episode|finale)|"
                    rf"came\s+to\s+(?:an\s+end|a\s+close)|drew\s+to\s+a\s+close|"
                    rf"concluded(?:\s+its\s+run)?|"
                    # ("“S” finished its run on B on DATE")
                    rf"finished\s+its\s+run|"
                    # ("“S” ended its run of Friday-night episodes on B on DATE")
                    rf"ended(?:\s+its\s+run(?:\s+of\s+(?:[\w-]+\s+){{1,2}}?episodes)?)?|"
                    rf"wrapped(?:\s+up)?|sign(?:ed|s)\s+off|closed|"
                    rf"(?<=\band\s)signing\s+off|"
                    rf"(?<=⟧\sto\s)its\s+last(?=\s+on\s)|"
                    # ("…, from the premiere on DATE to the last episode on DATE2")
                    rf"(?<=⟧\sto\s)the\s+(?:last|final)\s+episode(?=\s+on\s)|"
                    # ("…, opening on DATE and ending on DATE2")
                    # ("…, opening on DATE and ending its run on DATE2")
                    # ("…, starting on DATE and wrapping on DATE2")
                    rf"(?<=⟧\sand\s)(?:ending|concluding|finishing|closing|wrapping(?:\s+up)?)"
                    rf"(?:\s+its\s+run)?(?=\s+on\s)|"
                    rf"(?:(?<=⟧\sand\s)|(?<=⟧,\s))(?:ending|closing|finishing|wrapping)\s+it"
                    rf"(?:\s+up)?(?=\s+on\s)|"
                    rf"(?<=⟧\sand\s)(?:ending|closing|finishing|wrapping\s+up)\s+with\s+the\s+"
                    rf"(?:finale|(?:final|last)\s+episode)(?=\s+on\s)|"
                    # ("…, opening on DATE and closing with its sixteenth episode on DATE2")
                    rf"(?<=⟧\sand\s)(?:ending|closing|finishing|wrapping\s+up)\s+with\s+its\s+"
                    rf"(?:[a-z]+teenth|[a-z]+tieth|[a-z]+th|(?:[a-z]+\s+and\s+)?(?:final|last))\s+"
                    rf"episode(?=\s+on\s)|"
                    # ("the first episode went out on DATE and the finale on DATE2": the verb
                    # left out)
                    # ("its first episode aired on DATE and the last on DATE2")
                    rf"(?<=⟧\sand\s)the\s+(?:finale|(?:last|final)(?:\s+episode)?)(?=\s+on\s+⟦)|"
                    rf"(?<=\bbefore\s)wrapping(?:\s+up)?|"
                    rf"(?:bowed|bows|bowing)\s+out|"
                    # "drew the curtain on its office-tower romance on Thursday, April 17"
                    rf"drew\s+the\s+curtain\s+on\s+its\s+(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}|"
                    # "served its last bowl on Thursday, April 8": a closing figure of speech
                    # "switched off its last display case", "took its final bow"
                    rf"(?:[a-z]+ed|rang|dished\s+up|took|drew|gave|made|sang|shut|put|rode|ran|"
                    rf"dealt|sold|struck|threw)(?:\s+(?:off|out|down|up|away))?\s+its\s+"
                    rf"(?:last|final)\s+(?:[a-z-]+\s+)?[a-z-]+|"
                    # "brought its kite down for the last time on Tuesday, June 21"
                    rf"(?:[a-z]+ed|brought|took|put|rang|drew)\s+its\s+[a-z-]+\s+(?:down|in|home|away|"
                    rf"out)\s+for\s+the\s+(?:last|final)\s+time|"
                    # "brought the hammer down on “S”", "said goodnight"
                    rf"brought\s+(?:the\s+)?(?:final\s+)?(?:hammer|curtain|gavel|lights)\s+down|"
                    rf"(?:said|bade|bid)\s+(?:its\s+)?(?:goodnight|goodbye|farewell)|"
                    # "Its 16th and final episode, which aired on Saturday, November 14"
                    rf"(?:last|final)\s+(?:{_WEEKDAY}\s+)?episode,?\s+(?:which\s+)?(?:aired|was\s+broadcast|"
                    r"went\s+out)|"
                    rf"finale\s+aired|(?<=\bits\s)finale|"
                    # ("went out on Mondays and Tuesdays until its final episode on DATE")
                    rf"(?<=\buntil\s)its\s+(?:final|last)\s+episode|"
                    # "nine days after the drama's finale on April 25"
                    # ("two weeks before the drama’s final episode on November 30")
                    rf"(?:(?<=drama’s\s)|(?<=series’\s)|(?<=show’s\s)|(?<=drama's\s)|"
                    rf"(?<=show's\s))(?:finale|(?:final|last)\s+episode))\s+"
                    # "wrapped up its sixteen-episode run on May 4"
                    # ("wrapped up on B with its final episode on DATE")
                    # ("wrapped up its 14-episode run on DATE")
                    # ("“S” ended its Saturday-night run on B on DATE")
                    rf"(?:(?:(?:[a-z]+|\d{{1,2}})(?:-[a-z]+)?|{_WEEKDAY}-{_WEEKDAY}|"
                    rf"{_WEEKDAY}-(?:night|evening)|on\s+{M})\s+){{0,5}}?"
                    r"on\s+"
                    rf"(?:{_WEEKDAY},?\s+)?(?P<d>{D})")
# ("The Sunday evening show at an ice rink": a show somewhere is no drama's slot; "The drama, a
# Wednesday and Thursday romance, …": both days)
# ("in its Saturday and Sunday slot": the same)
_SCHEDULE = rx.compile(rf"\b(?P<days5>{_WEEKDAY}\s+and\s+{_WEEKDAY})\s+(?:[a-z-]+\s+){{0,2}}?"
                       rf"(?:{_SERIES_NOUN}|slot)\b(?!\s+at\s)|"
                       # ("On its Wednesday evening request show": a radio programme, no drama)
                       # ("a Wednesday-and-Thursday drama": the same)
                       # ("a Thursday-night drama": the time of day joined to the day)
                       rf"\b(?P<days>{_WEEKDAY}(?:-(?:and-)?{_WEEKDAY})?)(?:-(?:night|evening))?\s+"
                       r"(?!(?:[a-z-]+\s+)?(?:request|radio|talk|quiz|variety)\s)(?:[a-z-]+\s+){0,2}?"
                       rf"{_SERIES_NOUN}\b(?!\s+at\s)|"
                       # "B's Monday-Tuesday “S”": the days before the title
                       # "B's Wednesday-Thursday procedural “S”": a genre word between
                       rf"\b(?P<days4>{_WEEKDAY}-{_WEEKDAY})(?=\s+(?:[a-z-]+\s+)?[“\"])|"
                       # "wrapped its Monday-Tuesday run"
                       # ("closing a Friday-Saturday run that began on DATE")
                       # ("after eight weeks of Saturday-Sunday broadcasts")
                       # ("began its Friday run": one day)
                       rf"(?:(?<=\bits\s)|(?<=\ba\s))(?P<days3>{_WEEKDAY}(?:-{_WEEKDAY})?)"
                       r"(?:-(?:night|evening))?\s+run\b|"
                       # ("B aired the last of the drama’s Tuesday episodes on DATE")
                       rf"(?:(?<=\bof\s)(?P<days6>{_WEEKDAY}-{_WEEKDAY})\s+broadcasts|"
                       # ("The drama’s last Wednesday episode went out on B on DATE")
                       # ("“S” ended its run of Friday-night episodes on B")
                       rf"(?:(?<=\bdrama[’']s\s)|(?<=\blast\s)|(?<=\bfinal\s)|(?<=\brun\sof\s))"
                       rf"(?P<days7>{_WEEKDAY}(?:-{_WEEKDAY})?)(?:-(?:night|evening))?\s+episodes?)\b|"
                       # "settles into the Wednesday-Thursday 9 p.m. slot"
                       # ("in a Friday-night slot": one day, the time joined to it)
                       # ("in a Friday-and-Saturday slot")
                       rf"\b(?P<days2>{_WEEKDAY}-(?:and-)?{_WEEKDAY}|{_WEEKDAY}(?=-(?:night|evening)\s+slot\b))"
                       rf"(?:-(?:night|evening))?\s+(?:\d{{1,2}}(?::\d\d)?\s*[ap]\.m\.\s+)?"
                       r"(?:(?:evening|night|late-night|primetime|prime-time)\s+)?(?:(?:time\s*)?slot|"
                       # "the first of B's Friday-Saturday double bills"
                       r"double[\s-]bills?)\b|"
                       # ("B’s weekend slot, Saturdays and Sundays": the slot's days)
                       # ("went out on B each Wednesday and Thursday from DATE")
                       # ("ran on B at the weekend, Saturdays and Sundays": the weekend's days)
                       rf"\b(?:every|each|air|airs|aired|airing|on|(?<=\sslot),|(?<=\sweekend),|"
                       rf"(?<=\sweekends),|(?:goes|go|went|going)\s+out|"
                       rf"continues|continued|runs|filled|fills|occupied|owned|"
                       # "holding the channel’s Friday and Saturday night slot"
                       # ("spent its Wednesday and Thursday nights underwater")
                       r"(?:holding|held|holds|keeping|kept|spent|spends|(?<=which\s)had)\s+"
                       r"(?:the\s+channel[’']s|its|the)|"
                       # "filling the broadcaster’s Wednesday and Thursday nights"
                       r"(?:filling|filled|fills)\s+(?:the\s+(?:channel|broadcaster|network)[’']s|its)"
                       rf"(?=\s+{_WEEKDAY}s?\s+and\s)|"
                       # ("the drama, which fills its Sunday nights": one day)
                       rf"(?<=which\s)fills\s+its(?=\s+{_WEEKDAY}\s+nights\b)|"
                       # ("B gave “S” its Wednesday and Thursday nights")
                       rf"(?:gave|gives)\s+[“\"][^”\"]{{1,80}}[”\"]\s+its(?=\s+{_WEEKDAY}s?\s+and\s)|"
                       r"(?:settles|settled|settling)\s+into|"
                       # "after eight weeks of Monday and Tuesday broadcasts"
                       rf"(?:weeks|months)\s+of(?=\s+{_WEEKDAY}s?\s+and\s+{_WEEKDAY}s?\s+"
                       r"(?:broadcasts|airings|episodes)\b))\s+"
                       rf"(?:on\s+)?(?P<a>{_WEEKDAY})s?"
                       rf"(?:\s+and\s+(?P<b>{_WEEKDAY})s?)?")
_RELEASED = rx.compile(
    # ("“T,” the second G single, out on DATE, on which …")
    # ("…; it was out on DATE": the same after "was")
    r"\b(?P<verb>released|(?<![\w\s])\s*(?:Released|Out)(?=\s+⟦)|(?<=,\s)out(?=\s+(?:on\s+)?⟦)|"
    r"(?<=\bit\swas\s)out(?=\s+on\s+⟦)|"
    # ("the single, issued under his own name on DATE, was …": a record's issue, not a statement's)
    r"(?:(?<=single,\s)|(?<=song,\s)|(?<=track,\s)|(?<=⟩,\s)|(?<=\b[Ii]t\swas\s))issued|"
    # ("“T,” the drama’s opening theme, was issued by G on DATE")
    r"(?<=\swas\s)issued(?=\s+by\s+⟨\d+⟩\s+on\s+⟦)|"
    # ("“T,” the third G single, which landed on DATE": a record's arrival)
    # ("… does his own singing on “T,” which landed on DATE": the title itself)
    r"(?:(?<=single,\swhich\s)|(?<=track,\swhich\s)|(?<=song,\swhich\s)|(?<=⟩,\swhich\s))"
    r"landed(?=\s+on\s+⟦)|"
    # ("“T,” a G single from DATE, sung by …": the single's day; "a G track from DATE.")
    # ("“T,” G’s follow-up from DATE, on which …": the same)
    r"(?:(?<=\bsingle\s)|(?<=\btrack\s)|(?<=\bfollow-up\s))from(?=\s+⟦\d+⟧(?:,|\.\s|\.?$))|"
    # ("“T,” the band’s second release, dated DATE, on which …")
    r"(?<=\brelease,\s)dated(?=\s+⟦\d+⟧)|"
    # ("“T,” a G track issued on DATE", "“T,” which G issued on DATE; on it …": the record noun
    # or the act, then the day)
    r"(?:(?<=⟩\s)|(?<=\bsingle\s)|(?<=\bsong\s)|(?<=\btrack\s))issued(?=\s+on\s+⟦)|"
    # "It is scheduled for March 7", "is slated for release on DATE"
    r"(?<=is\s)(?:scheduled|slated|set)\s+for(?:\s+(?:release|a\s+release))?(?=\s+(?:on\s+)?⟦)|"

    r"came\s+out|comes\s+out|dropped|unveiled|arrived|put\s+out|puts\s+out|"
    # ("A went solo on DATE with “T”", "A stepped out alone on DATE with “T”")
    r"(?P<solo>(?:went|goes)\s+solo|(?:stepped|steps)\s+out\s+alone)(?=\s+on\s+⟦\d+⟧\s+with\s+⟨)|"
    # ("A’s “T,” out as a single since DATE")
    r"went\s+(?:out|up|online)|(?:been\s+)?out\s+(?:as\s+a\s+single\s+)?since|"
    r"(?<![\w\s])\s*Out\s+since|"
    # ("…; it has been available since DATE")
    # ("G’s debut single, “T,” went on sale on DATE")
    r"(?<=,\s)on\s+sale\s+since|(?:(?<=⟩,\s)|(?<=⟩\s))went\s+on\s+sale(?=\s+on\s+⟦)|"
    r"(?<=\bit\shas\s)been\s+available\s+since|(?:made|became)\s+"
    r"available|(?:hit|reached)\s+(?:music\s+|streaming\s+|digital\s+|online\s+)?(?:platforms|services|"
    r"sites|stores|charts)|reached\s+listeners|went\s+live|(?:since|after|with)\s+its\s+release|"
    r"first\s+appeared|was\s+first\s+heard|"
    # ("the single, credited to her, appeared on DATE")
    r"(?<=,\s)appeared(?=\s+on\s+⟦)|"
    r"(?:(?<=⟩,\s)|(?<=⟩\s))out(?=\s+(?:on|in)\s)|"  # "“T,” out on DATE"
    r"(?:(?<=⟩,\s)|(?<=⟩\s))followed(?=\s+on\s)|"  # "Part 3, “T,” followed on DATE"
    # ("“T,” the band’s second single, followed on DATE": a title's apposition between)
    # ("“T,” the band’s second single, which followed on DATE": the same with "which")
    r"(?:(?<=single,\s)|(?<=song,\s)|(?<=track,\s)|(?<=part,\s)|(?<=ballad,\s)|"
    r"(?<=single,\swhich\s)|(?<=song,\swhich\s)|(?<=track,\swhich\s)|(?<=part,\swhich\s)|"
    r"(?<=ballad,\swhich\s))followed(?=\s+on\s)|"
    r"(?<=⟩,\swhich\s)followed(?=\s+on\s)|"  # ("“T,” which followed on DATE, is …")
    r"(?<=⟩\s\()out(?=\s+(?:on\s+)?⟦)|"  # "• “T” (out May 20)."
    # ("G’s “T” was the first track out from the album, on DATE")
    # ("“T” was the first single out, on DATE": the same, no album named)
    r"(?<=\bfirst\s)(?:track|single|song)\s+out(?=(?:\s+from\s+the\s+(?:album|soundtrack))?,\s+on\s+⟦)|"
    r"(?P<debut>debuted|premiered))\b"
    # (not across a semicolon: "…, which is released as a G song; P put it past N on DATE")
    rf"(?P<mid>(?:[^⟦.;]|\b[ap]\.m\.){{0,60}}?)(?:\b(?:on|in)\s+|\s)(?P<d>{D})")
# "G ended a fourteen-month wait on October 8, releasing “T”": T's release.
# ("A week later, on DATE, came “T,” …": the same, the title after its verb)
_RELEASING = rx.compile(rf"\bon\s+(?P<d>{D}),\s+(?:releasing|came)\s+(?P<r>{M})")
_ITS_PART = rx.compile(r"\s*its\s+(?:[\w-]+\s+)?(?:OST\s+part|single|part)\s*")
# In a timeline entry, a release in the present with the entry's day: "Sept. 1 — G's first
# single, “T,” goes out to streaming services", "“T” …, comes out, sung in character by …".
# (A timeline looking back tells the same in the past: "“T” arrived.")
_OUT_NOW = rx.compile(r"\b(?P<verb>goes\s+out|went\s+out|comes\s+out|came\s+out|arrives|arrived|"
                      r"is\s+released|was\s+released|(?:drops|dropped|lands|landed)(?!\s+(?:at|to|"
                      r"from|out\s+of|off|down|back|below|inside|outside|on\s+the|in\s+the|\d|No\b))|"
                      r"(?:hits|hit)\s+(?:streaming\s+|music\s+)?(?:services|platforms|stores))\b")
# "Sept. 7 — Episode 1.", "Oct. 27 — The finale airs.": the entry's day is an episode's.
_EPISODE_NOTE = rx.compile(rf"^\s*(?:{D},\s*)?(?:(?P<first>Episode\s+(?:1|one)|The\s+(?:premiere|"
                           r"first\s+episode))|(?P<final>The\s+(?:finale|final\s+episode|"
                           r"last\s+episode)))(?:\s*[.!:]|\s+(?:airs|goes\s+out|is\s+broadcast|"
                           # a timeline looking back: "Episode one aired at 10:40 p.m."
                           r"aired|went\s+out|was\s+broadcast|opened|opens|closed|closes|ended|"
                           r"ends)\b)")
# "On May 30, “Title” was released."
# "First released in April 2033, “T” …": the title after the date.
_RELEASED_FIRST = rx.compile(rf"^\s*(?:First\s+|Originally\s+|Initially\s+|"
                             # "Credited to A alone and released on DATE, the track …"
                             rf"Credited\s+to\s+{M}(?:\s+alone)?\s+and\s+)?"
                             # ("Out since DATE, the track reached …")
                             r"(?P<verb>[Rr]eleased|[Dd]ropped|[Ii]ssued|Out(?=\s+(?:on|since)\s)|"
                             # "Released as a single on DATE, …, it climbed …"
                             rf"[Uu]nveiled)(?:\s+as\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?"
                             rf"(?:single|part))?"
                             # "Released under both actors' names on June 21, it …"
                             r"(?:\s+under\s+(?:both\s+)?(?:[a-z-]+[’']\s+|(?:his|her|their)\s+|"
                             # ("Released under the band’s name on DATE, it …")
                             r"the\s+(?:band|group)[’']s\s+)"
                             r"(?:own\s+)?names?)?"
                             rf"\s+(?:on|in|(?<=Out\s)since)\s+(?P<d>{D})"
                             # ("Released on DATE under the band’s name, it peaked …")
                             r"(?:\s+under\s+(?:the\s+(?:band|group)[’']s|(?:his|her|their)"
                             r"(?:\s+own)?)\s+names?)?"
                             # ("Released on DATE and credited to A, the single had …")
                             rf"(?:\s+and\s+credited\s+to\s+{M}(?:\s+and\s+{M})?)?,?\s+"
                             # "Released on July 13 as the first single, it peaked …"
                             rf"(?:as\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:single|part|track),\s+)?"
                             rf"(?:(?:the|a|an)\s+(?:[^,⟨]|{M}|{D}){{0,60}},\s+)?"
                             # "Released on DATE, right after the eighth episode, it debuted …"
                             # ("Released on DATE, hours before the fourth episode, the track …")
                             rf"(?:(?:(?:right|just|shortly|soon|only|hours|days|minutes)\s+)?"
                             rf"(?:after|before|ahead\s+of|during)\s+(?:[^,⟨]|{M}|{D}){{1,60}},\s+)?"
                             rf"(?:(?P<r>{M})|(?P<it>it|the\s+(?:song|track|single|ballad|tune|duet|number|theme))\b)")
# "G followed on July 24 with “T”", "A opened the run on July 17 with “T”".
_FOLLOWED_WITH = rx.compile(
    # ("G followed up on DATE with “T”")
    # ("G opened the album’s rollout with “T” on DATE": the day after the title)
    r"\b(?:followed(?:\s+up)?|opened\s+the\s+(?:album[’']s\s+)?(?:run|rollout|soundtrack|OST|"
    r"series)|kicked\s+off\s+the\s+(?:run|"
    rf"soundtrack|OST|series))\s+(?:on\s+(?P<d>{D})\s+with\s+(?:(?:his|her|their)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?[a-z-]+,\s+|(?:[a-z-]+\s+){{0,2}}?)(?P<r>{M})|"
    rf"with\s+(?P<r2>{M})\s+on\s+(?P<d2>{D}))")
_RELEASED_AFTER = rx.compile(
    rf"^\s*On\s+(?P<d>{D})\s*,\s+(?P<mid>[^⟦.]{{0,80}}?)\b(?:was|were|got|officially|"
    r"digitally)?\s*(?P<verb>released|dropped|unveiled|came\s+out|arrived|went\s+live)\b")
_SERIES_WORD = rx.compile(rf"\b(?:the|this|that)\s+(?:(?:[\w-]+|{M})\s+){{0,2}}{_SERIES_NOUN}\b|"
                          r"\ball\s+(?:[\w-]+\s+)?episodes\b|"
                          # ("B aired the sixteen episodes on …": the drama's episodes)
                          r"\bthe\s+(?:[\w-]+\s+)?episodes\b(?!\s+of\b)|"
                          rf"{M}[’']s\s+(?:[\w-]+\s+){{0,2}}{_SERIES_NOUN}\b|"
                          r"\b[Ii]ts?\b", re.I)


# "The ceremony was broadcast live on B": an event's broadcast, not the drama's.
_EVENT_SUBJECT = rx.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:ceremony|awards|gala|concert|"
                            r"fan\s*meeting|showcase|festival|event)\s+(?:(?:was|is|were|will|be|"
                            r"also|then)\s+)*$")


def apply(article: Article, s: Sentence) -> None:
    """Propose the broadcast, availability, episode, schedule and release claims."""
    if s.kind == "field":
        _fact_box(article, s)
        return
    if s.kind == "row":
        _row_release(article, s)
        _keyed_row(article, s)
    if s.kind == "list":
        _row_release(article, s)  # "1/5 · “T” · G · out May 3": a pick's release cell
        _platform_item(article, s)
        _section_series(article, s)
    if s.kind != "sentence":
        return
    _broadcasters(article, s)
    _availability(article, s)
    _carries(article, s)
    _episodes(article, s)
    _schedule(article, s)
    _releases(article, s)
    _timeline_releases(article, s)
    _episode_note(article, s)
    _listing(article, s)
    _premiere_night(article, s)
    _announced_run(article, s)
    _nights(article, s)
    _services_carrying(article, s)
    _arrow_deals(article, s)
    _guide_phrases(article, s)


# "Missed it on B?": a catch-up guide's entry on a drama B aired.
_MISSED_IT = rx.compile(rf"^\s*(?:Missed|Skipped|Caught)\s+it\s+on\s+(?P<b>{M})\s*\?")
# "B closes the month with a band drama": the channel's new drama, the one spoken of.
_CLOSES_WITH = rx.compile(rf"^\s*(?P<b>{M})\s+(?:closes|opens|ends|starts|kicks\s+off|rounds\s+out)"
                          r"\s+the\s+(?:month|week|season|year|autumn|spring|summer|winter)\s+"
                          rf"with\s+(?:a|an|its)\s+(?:[\w-]+\s+){{0,2}}?{_SERIES_NOUN}\b")
# "joins P with its first eight episodes", "simulcast on P", "each episode reaching P",
# "P remains its home in Korea": a platform carrying the drama spoken of.
_JOINS_PLATFORM = rx.compile(rf"\b(?:joins|joined|will\s+join|simulcast\s+on|simulcasting\s+on|"
                             rf"(?<=episode\s)reaching|(?<=episodes\s)reaching)\s+(?P<p>{M})|"
                             rf"(?P<p2>{M})\s+(?:remains|is|stays)\s+(?:its|the\s+(?:series|drama|"
                             r"show)[’']s)\s+(?:streaming\s+)?home\b")


def _guide_phrases(article: Article, s: Sentence) -> None:
    """A streaming guide's turns of phrase about the drama its entry is on."""
    found = [_MISSED_IT.match(s.masked), _CLOSES_WITH.match(s.masked)]
    joins = list(_JOINS_PLATFORM.finditer(s.masked))
    if not (any(found) or joins):
        return
    flags: list[str] = []
    series = _sentence_series(article, s, flags) or article.series()
    for m in found:
        if m:
            outlet = s.mention(m["b"])
            if outlet is not None and _channel_like(article, outlet):
                _outlet(article, s, outlet, series, list(flags))
    for m in joins:
        _streams_on(article, s, s.mention(m["p"] or m["p2"]), m.start(), series, list(flags))


# "Where it will stream:" over "• P, for viewers in Europe" items.
_STREAM_INTRO = rx.compile(r"\b(?:stream|streams|streaming|streamers?|watch|available|platforms?|"
                           r"services)\b", re.I)
_ITEM_START = rx.compile(r"\s*(?:[•▪◦‣·*-]|\d{1,2}[.)])\s*(?P<p>⟨\d+⟩)(?:\s*[,:(—–-]|\s*$)")


# "THE NEWCOMER: “S” (B)": a section heading naming a drama and its channel.
SECTION_SERIES = rx.compile(rf"^\s*(?:(?P<label>(?:[A-Z0-9’' -]|{M})+):\s+)?(?P<s>{M})\s*"
                            rf"\((?P<b>{M})\)\.?\s*$")


def section_series(article: Article, s: Sentence) -> tuple[Mention, Mention] | None:
    """The drama and channel of a heading "THE NEWCOMER: “S” (B)", if it is one."""
    m = SECTION_SERIES.match(s.masked)
    local = s.mention(m["s"]) if m else None
    outlet = s.mention(m["b"]) if m else None
    label = [s.mention(x) for x in re.findall(M, m["label"] or "")] if m else []
    if local is None or outlet is None or not local.quoted or \
            any(x is None or not x.text.isupper() for x in label) or \
            not (_CHANNEL_NAME.search(outlet.text) or _hinted(article, outlet, BROADCASTER) or any(
                article.registry.is_a(e, BROADCASTER) for e in outlet.resolution.entities)):
        return None
    return local, outlet


def _section_series(article: Article, s: Sentence) -> None:
    found = section_series(article, s)
    if found is not None:
        flags: list[str] = []
        _outlet(article, s, found[1], article.resolve(found[0], (SERIES,), SERIES, flags), flags)


def _platform_item(article: Article, s: Sentence) -> None:
    """A list item opening with a platform, under an introduction about streaming: the
    platform carries the article's drama (or the one the introduction names)."""
    intro = article.intro
    m = _ITEM_START.match(s.masked)
    if m is None or intro is None or not _STREAM_INTRO.search(intro.masked) or \
            hedged(s.masked, 0, scheduled=True):
        return
    flags: list[str] = []
    named = _quoted_series(article, intro)
    series = article.resolve(named, (SERIES,), SERIES, flags) if named else article.series()
    mention = s.mention(m["p"])
    platform = article.resolve(mention, (PLATFORM,), None, flags) if mention else None
    if series and platform:
        article.claim(s.start, s.end, "broadcast", modelling.availability(series, platform),
                      flags, series, platform)


# "3 - services carrying the show: P in Korea, Q in North America, and R …".
_CARRYING = rx.compile(r"\b(?:services|platforms|streamers)\s+(?:carrying|streaming|with)\s+"
                       r"(?:the\s+|this\s+)?(?:show|series|drama)\s*:\s*")


def _services_carrying(article: Article, s: Sentence) -> None:
    """The platforms listed after "services carrying the show:"."""
    m = _CARRYING.search(s.masked)
    series = article.series() if m else None
    for mention in s.mentions_in(s.masked[m.end():]) if series else ():
        flags: list[str] = []
        platform = article.resolve(mention, (PLATFORM,), None, flags)
        if platform:
            article.claim(s.start, s.end, "broadcast", modelling.availability(series, platform),
                          flags, series, platform)


# "Korea → P, an hour after each broadcast": a territory's deal, one a line.
_ARROW_DEAL = rx.compile(rf"(?:^|⟩|\s)\s*[→⇒➔➜]\s*(?P<p>{M})")


def _arrow_deals(article: Article, s: Sentence) -> None:
    """A platform after an arrow ("Territory → P"): P carries the article's drama."""
    for m in _ARROW_DEAL.finditer(s.masked):
        flags: list[str] = []
        series = _sentence_series(article, s, flags) or article.series()
        mention = s.mention(m["p"])
        platform = article.resolve(mention, (PLATFORM,), None, flags) if mention else None
        if series and platform and not hedged(s.masked, m.start(), scheduled=True):
            article.claim(s.start, s.end, "broadcast", modelling.availability(series, platform),
                          flags, series, platform)


# "the show will then occupy B's Saturday and Sunday nights": the channel and its days.
_NIGHTS = rx.compile(rf"(?P<b>{M})[’']s\s+(?P<a>{_WEEKDAY})s?\s+and\s+(?P<z>{_WEEKDAY})s?\s+"
                     r"(?:nights|evenings|slots?|time\s*slots?)\b")


# "… its last map on DATE, after eight weeks of Wednesday and Thursday nights": its days.
# ("after ten weeks of Thursday broadcasts": one night a week)
_WEEKS_OF_NIGHTS = rx.compile(rf"\b(?:weeks|months)\s+of\s+(?P<a>{_WEEKDAY})s?(?:\s+and\s+"
                              rf"(?P<z>{_WEEKDAY})s?)?\s+(?:nights|evenings|broadcasts|episodes)\b")


# "On which nights does the drama air?" answered "Saturdays and Sundays.": its days.
_DAYS_ANSWER = rx.compile(rf"^\s*(?P<a>{_WEEKDAY})s?\s+and\s+(?P<z>{_WEEKDAY})s?\s*\.?\s*$")
_WHICH_NIGHTS = rx.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+(?:nights|days|evenings)\b[^?]*\bairs?\b"
                           r"[^?]*\?\s*$")


def _nights(article: Article, s: Sentence) -> None:
    answer = _DAYS_ANSWER.match(s.masked)
    asked = article.previous
    if answer and asked is not None and _WHICH_NIGHTS.search(asked.masked):
        flags: list[str] = []
        series = _sentence_series(article, asked, flags) or article.series()
        if series is not None:
            article.claim(s.start, s.end, "broadcast",
                          [(series, "lr:airingSchedule", f"{answer['a']}-{answer['z']}")], flags,
                          series, "schedule")
    for m in _WEEKS_OF_NIGHTS.finditer(s.masked):
        flags: list[str] = []
        series = _sentence_series(article, s, flags) or article.series()
        if series is not None:
            article.claim(s.start, s.end, "broadcast",
                          [(series, "lr:airingSchedule",
                            f"{m['a']}-{m['z']}" if m["z"] else m["a"])], flags, series,
                          "schedule")
    for m in _NIGHTS.finditer(s.masked):
        flags: list[str] = []
        series = _sentence_series(article, s, flags) or article.series()
        outlet = s.mention(m["b"])
        if series is None or outlet is None or not _channel_like(article, outlet):
            continue
        _outlet(article, s, outlet, series, list(flags))
        article.claim(s.start, s.end, "broadcast",
                      [(series, "lr:airingSchedule", f"{m['a']}-{m['z']}")], flags, series,
                      "schedule")


def _announced_run(article: Article, s: Sentence) -> None:
    """"The Monday-Tuesday drama began on March 6 and is set to end on April 25"."""
    if not (_BEGAN.search(s.masked) or _SET_TO_END.search(s.masked) or
            _FINALE_MOVED.search(s.masked)):
        return
    flags: list[str] = []
    series = _sentence_series(article, s, flags) or (
        article.series() if _FINALE_MOVED.search(s.masked) else None)
    if series is None:
        return
    for m in _BEGAN.finditer(s.masked):
        article.claim(s.start, s.end, "broadcast",
                      modelling.episode_date(series, "first",
                                             s.date(m["d"] or m["d2"] or m["d3"]).value),
                      flags, series, "first-episode")
    for m in [*_SET_TO_END.finditer(s.masked), *_FINALE_MOVED.finditer(s.masked)]:
        date = s.date(m["d"])
        value = upcoming(date.value, article.published) if date.inferred_year else date.value
        note = [f"year inferred from the publication date and the future tense: {date.value} "
                f"is read as {value}"] if value != date.value else []
        article.claim(s.start, s.end, "broadcast",
                      modelling.episode_date(series, "final", value), flags + note, series,
                      "final-episode")


def _premiere_night(article: Article, s: Sentence) -> None:
    """"All three services start on premiere night, March 6": the article's drama's premiere,
    unless the sentence names another series."""
    for m in _PREMIERE_NIGHT.finditer(s.masked):
        flags: list[str] = []
        series = _sentence_series(article, s, flags) or article.series()
        if series is not None:
            article.claim(s.start, s.end, "broadcast",
                          modelling.episode_date(series, "first", s.date(m["d"]).value), flags,
                          series, "first-episode")


# "MONDAY, SEPT. 1", "Saturday and Sunday, Sept. 6–7": a day heading over a listings column.
_DAY_HEADING = rx.compile(rf"\s*(?:{_WEEKDAY}(?:\s+and\s+{_WEEKDAY})?,\s+)?"
                          r"(?P<d>[A-Za-z]{3,9}\.?\s+\d{1,2})(?:\s*[–-]\s*\d{1,2})?\s*", re.I)
# "★ 9:00 p.m., B: “S” (episode 16 of 16, final)": a listing under a day heading.
_LISTING = rx.compile(rf"\s*(?:[★*]\s*)?\d{{1,2}}(?::\d\d)?\s*[ap]\.m\.,\s+(?P<b>{M}):\s+"
                      rf"(?P<s>{M})\s*\((?:episode|ep\.)\s*(?P<n>\d{{1,3}})"
                      r"(?:\s+of\s+(?P<of>\d{1,3}))?(?:,\s*(?P<tag>[a-z][a-z ]*))?\)")


def day_heading(article: Article, s: Sentence) -> None:
    """Remember the day a listings column's heading names ("MONDAY, SEPT. 1"), in the year
    that puts it nearest the publication; any other heading ends its column."""
    raw = s.text[s.start:s.end]
    m = _DAY_HEADING.fullmatch(raw) if "\n" not in raw else None
    if m is None:
        if s.kind == "heading":
            article.day_heading = None
        return
    found = find_dates(string.capwords(m["d"]))
    if found and found[0].precision == "month-day":
        article.day_heading = (s.start, nearest(found[0].value, article.published))


def _listing(article: Article, s: Sentence) -> None:
    """A listing under a day heading: its channel airs the drama, and "episode 1" or "new"
    is the premiere, the last episode or "final" the finale, on the heading's day."""
    m = _LISTING.match(s.masked)
    if m is None:
        return
    flags: list[str] = []
    outlet, named = s.mention(m["b"]), s.mention(m["s"])
    if named is None or not named.quoted:
        return
    series = article.resolve(named, (SERIES,), SERIES, flags)
    if series is None:
        return
    if _channel_like(article, outlet, (BROADCASTER, PLATFORM)):
        _outlet(article, s, outlet, series, list(flags))
    tag = m["tag"] or ""
    which = "first" if m["n"] == "1" or re.search(r"\b(?:new|premiere)\b", tag) else \
        "final" if m["n"] == m["of"] or re.search(r"\b(?:final|finale|last)\b", tag) else None
    if which is None or article.day_heading is None:
        return
    start, value = article.day_heading
    article.claim(start, s.start + len(m.group()), "broadcast",
                  modelling.episode_date(series, which, value), flags, series,
                  f"{which}-episode")


def _episode_note(article: Article, s: Sentence) -> None:
    """"Sept. 7 — Episode 1.": the timeline entry's day is the article's drama's premiere."""
    m = _EPISODE_NOTE.match(s.masked)
    series = article.series() if m and article.dateline is not None else None
    if series is None:
        return
    which = "first" if m["first"] else "final"
    article.claim(s.start, s.end, "broadcast",
                  modelling.episode_date(series, which, article.dateline.value), [], series,
                  f"{which}-episode")


# The keys of a drama's fact box ("Channel: B, Fridays and Saturdays", "Premiere: DATE",
# "Streaming: P in Korea; Q abroad") and what each gives.
_BOX_KEY = rx.compile(
    r"^\s*(?:[-*•·]\s*)?(?:(?P<channel>channel|network|broadcaster|tv|airs(?:\s+on)?|airing|"
    r"broadcast(?:\s+on)?|schedule|time\s*slot|slot|when)|"
    r"(?P<first>on\s+air\s+since|premieres?|premiered|premiere\s+date|first\s+episode|"
    r"first\s+aired|started|starts)|"
    r"(?P<final>finale|final\s+episode|last\s+episode|ended|ends)|"
    r"(?P<stream>streaming(?:\s+on)?|stream(?:\s+it)?(?:\s+on)?|where\s+to\s+(?:watch|stream)|"
    r"watch(?:\s+it)?(?:\s+on)?|platforms?|available\s+on|online)|"
    r"(?P<title>title|drama|series|show))\s*:\s*", re.I)


def _fact_box(article: Article, s: Sentence) -> None:
    """A line of a drama's fact box; the drama is the short line above the box (its name,
    often in capitals), else the article's."""
    raw = s.text[s.start:s.end]  # the key may be masked as a name ("Channel"): the text is read
    m = _BOX_KEY.match(raw)
    if m is None:
        return
    flags: list[str] = []
    value = [x for x in s.mentions if x.start >= s.start + m.end()]
    if m["title"]:  # "Title: S" names the drama of the box's other lines
        named = value[0] if value else None
        series = article.resolve(named, (SERIES,), SERIES, flags) if named is not None else None
        article.box = (series, s.end) if series else None
        return
    box = article.box
    series = box[0] if box and not s.text[box[1]:s.start].strip() else \
        _box_series(article, flags)
    if series is None:
        return
    article.box = (series, s.end)
    if m["channel"]:
        mention = value[0] if value else None
        if mention is not None and (_CHANNEL_NAME.search(mention.text) or any(
                article.registry.is_a(e, (BROADCASTER, PLATFORM))
                for e in mention.resolution.entities)):
            _outlet(article, s, mention, series, flags)
        days = re.findall(rf"\b({_WEEKDAY})s?\b", raw[m.end():])
        if days:
            article.claim(s.start, s.end, "broadcast",
                          [(series, "lr:airingSchedule", "-".join(days[:2]))], flags, series,
                          "schedule")
    elif m["first"] or m["final"]:
        dates = [d for d in s.dates if d.precision in ("day", "month-day")]
        if dates:
            which = "first" if m["first"] or m["first2"] else "final"
            article.claim(s.start, s.end, "broadcast",
                          modelling.episode_date(series, which, dates[0].value), flags, series,
                          f"{which}-episode")
    else:
        for mention in value:
            if any(article.registry.is_a(e, PLATFORM) for e in mention.resolution.entities):
                _outlet(article, s, mention, series, list(flags))


# "FACT BOX", "AT A GLANCE": a box's own heading, not the drama's name.
_BOX_WORDS = rx.compile(r"\b(?:fact|facts|box|glance|details|info|information|key|quick|guide|"
                        r"cheat\s*sheet|listing|need\s+to\s+know)\b", re.I)


# A section's heading naming a drama in capitals, its channel and its days:
# "SEASON NOTES (Channel Nine, Wed-Thu)".
_DAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)[a-z]*\.?"
_SECTION = rx.compile(rf"^\s*(?P<s>[A-Z0-9][A-Z0-9'’&:!?.,\- ]{{2,80}}?)\s*\((?P<b>[A-Z][^,()]*?)"
                      rf"(?:,\s*(?P<a>{_DAY})(?:\s*[-–/]\s*(?P<z>{_DAY}))?)?\)")
_DAY_NAMES = {d[:3]: d for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday")}


def _day_span(first: str, last: str | None) -> str:
    """Abbreviated days in full: ("Wed", "Thu") gives "Wednesday-Thursday"."""
    return "-".join(_DAY_NAMES[d[:3].title()] for d in (first, last) if d)


def _quoted_spelling(article: Article, forms: set[str]) -> re.Match[str] | None:
    """The first quotation of the article spelling one of ``forms`` (a name written in
    capitals in a heading, "THE X", is given the spelling the article quotes)."""
    if article.quotations is None:  # once: each heading in capitals would reread the text
        article.quotations = {}
        for q in _QUOTATION.finditer(article.text):
            article.quotations.setdefault(exact_form(q[1]), q)
    return min((article.quotations[f] for f in forms if f in article.quotations),
               key=lambda q: q.start(), default=None)


_QUOTATION = re.compile(r"[“\"]([^”\"]{2,80}?)[,.]?[”\"]")


def _capitals_name(article: Article, name: str, at: int) -> Mention:
    """The drama a heading names in capitals, spelt as the article quotes it if it does."""
    q = _quoted_spelling(article, {exact_form(name)})
    return Mention(q.start(1), q.end(1), q[1], article.registry.lookup(q[1]), quoted=True) \
        if q else Mention(at, at + len(name), string.capwords(name),
                          article.registry.lookup(name), quoted=True)


# "Arrives: Saturday, October 4": a dated line under a guide entry's heading.
_DATED_FIELD = rx.compile(rf"\n[ \t]*[A-Z][A-Za-z ]{{1,20}}:[ \t]+(?:{_WEEKDAY},?\s+)?"
                          r"[A-Z][a-z]{2,8}\.?\s+\d")


_ITEM_DRAMA = rx.compile(rf"^\s*{M}(?:,|\s+[—–-])\s+[^()]*\((?P<s>{M}),?\s*{M}\)\s*$")


_TITLE_YEAR = rx.compile(rf"[ \t]*[“\"][^”\"\n]{{1,80}}[”\"][ \t]*\({YEAR_DIGITS}\)[ \t]*")


def section(article: Article, s: Sentence) -> None:
    """A heading that names a drama in capitals ("SEASON NOTES (B, Sat-Sun)") opens a
    section about it: its channel and days are claimed, and it is the drama the section's
    sentences speak of."""
    day_heading(article, s)
    ranked = RANKED_ROW.match(s.text, s.start, s.end) if s.kind == "list" else None
    drama = next((x for x in s.mentions if x.quoted and x.start > ranked.start("s")),
                 None) if ranked and ranked["s"] else None
    tail = _ITEM_DRAMA.search(s.masked) if s.kind == "list" and drama is None else None
    if tail:  # "“T” — A (“S,” B)": a round-up's item; the text below it speaks of S
        drama = next((x for x in s.mentions if x.quoted and x is s.mention(tail["s"])), None)
    if drama is not None:  # "10. A, “T” (“S”)": the entry below the line speaks of S
        article.section_series = article.resolve(drama, (SERIES,), SERIES, []) or \
            article.section_series
        article.previous = None  # the last entry's "the series" is not this entry's
    dated = _TITLE_YEAR.fullmatch(s.text, s.start, s.end) if s.start > 0 and \
        s.kind in ("heading", "list") else None
    named = next((x for x in s.mentions if x.quoted), None) if dated else None
    if named is not None:  # "“S” (2060)" over a paragraph: a retrospective's entry on S
        article.section_series = article.resolve(named, (SERIES,), SERIES, []) or \
            article.section_series
        article.previous = None
        return
    listed = section_series(article, s) if s.kind == "sentence" and (
        s.start == 0 or s.text.endswith("\n", 0, s.start)) else None
    if listed is not None:  # "“S” (B). The thriller premieres …": a guide's entry on S
        article.section_series = article.resolve(listed[0], (SERIES,), SERIES, []) or \
            article.section_series
    raw = s.text[s.start:s.end]
    m = _SECTION.match(raw)
    if m is None and s.kind == "heading" and s.start > 0 and not re.search(r"[a-z:]", raw) \
            and _DATED_FIELD.match(s.text, s.end) and not _BOX_WORDS.search(raw):
        # "TITLE IN CAPITALS" over "Arrives: Saturday, October 4": a guide's entry on that
        # drama, which the lines below speak of
        named = _capitals_name(article, raw, s.start)
        article.section_series = article.resolve(named, (SERIES,), SERIES, []) or \
            article.section_series
        return
    if m is None or re.search(r"[a-z]", m["s"]) or s.start == 0:
        return
    flags: list[str] = []
    named = _capitals_name(article, m["s"], s.start + m.start("s"))
    series = article.resolve(named, (SERIES,), SERIES, flags)
    if series is None:
        return
    article.section_series = series
    outlet = next((x for x in s.mentions if x.start >= s.start + m.start("b")
                   and x.end <= s.start + m.end("b")), None)
    # "(B, Wed-Thu)": B airs it on those days
    if outlet is not None and (m["a"] or _channel_like(article, outlet, (BROADCASTER, PLATFORM))):
        _outlet(article, s, outlet, series, list(flags))
    if m["a"]:
        article.claim(s.start, s.end, "broadcast",
                      [(series, "lr:airingSchedule", _day_span(m["a"], m["z"]))], flags, series,
                      "schedule")


_ROW_KEYS = {"show": "series", "series": "series", "drama": "series", "title": "series",
             "network": "channel", "channel": "channel", "broadcaster": "channel",
             "slot": "days", "airs": "days", "schedule": "days"}


def _keyed_row(article: Article, s: Sentence) -> None:
    """"SHOW: “S” | NETWORK: B | SLOT: Mon–Tue, 9:50 p.m.": S, its channel and its days; S is
    the drama the sentences below the row speak of."""
    titled = TITLED_ROW.fullmatch(article.text, s.start, s.end)
    if not (KEYED_ROW.match(article.text, s.start) or titled):
        return
    # "5. “T”" over "Credit: G | Drama: “S” (B)": the keyed cells are on the second line
    start = titled.start("keys") if titled else s.start
    cells: dict[str, tuple[int, int]] = {}
    for name, a, b in keyed_cells(article.text, start, s.end):
        key = _ROW_KEYS.get(name)
        if key:
            cells.setdefault(key, (a, b))
    if titled and "series" in cells and "channel" not in cells:
        a, b = cells["series"]
        paren = re.search(r"\((?P<b>[^()]+)\)\s*$", article.text[a:b])
        if paren:  # "Drama: “S” (B)": the channel in brackets after the title
            cells["channel"] = (a + paren.start("b"), a + paren.end("b"))
            cells["series"] = (a, a + paren.start())
    if "series" not in cells:
        return
    flags: list[str] = []
    a, b = cells["series"]
    named = next((x for x in s.mentions if a <= x.start < b), None)
    series = article.resolve(named, (SERIES,), SERIES, flags) if named is not None else None
    if series is None:
        return
    article.section_series = series
    if "channel" in cells:
        a, b = cells["channel"]
        outlet = next((x for x in s.mentions if a <= x.start < b), None)
        _outlet(article, s, outlet, series, list(flags))
    if "days" in cells:
        a, b = cells["days"]
        days = re.match(rf"\s*(?P<a>{_DAY})(?:\s*[-–/]\s*(?P<z>{_DAY}))?", article.text[a:b])
        if days:
            article.claim(s.start, s.end, "broadcast",
                          [(series, "lr:airingSchedule", _day_span(days["a"], days["z"]))],
                          flags, series, "schedule")


def _box_series(article: Article, flags: list[str]) -> str | None:
    title = article.previous
    mentions = [x for x in title.mentions if not _weekday(x)] if title is not None else []
    line = title.text[title.start:title.end].strip() if title is not None else ""
    if len(mentions) == 1 and len(line.split()) <= 8 and not line.endswith(
            (".", "!", "?", ":")) and not _BOX_WORDS.search(line):
        named = mentions[0]
        # "THE X" over the box: the spelling the article quotes, if it does
        q = _quoted_spelling(article, {exact_form(line), exact_form(named.text)})
        quoted = Mention(q.start(1), q.end(1), q[1], named.resolution, quoted=True) \
            if q else named
        return article.resolve(quoted, (SERIES,), SERIES, flags)
    return article.series()


def _derived(article: Article, mention: Mention) -> bool:
    """Whether a title is a work made from the article's drama ("“S: The Night Shift Tapes,” a
    radio drama" in an article on “S”), which no "the series" means."""
    main = article.label(article.main_series) if article.main_series else ""
    return ":" in mention.text and bool(main) and \
        exact_form(mention.text.split(":", 1)[0]) == exact_form(main)


def _sentence_series(article: Article, s: Sentence, flags: list[str]) -> str | None:
    for mention in s.mentions:
        if any(article.registry.is_a(e, SERIES) for e in mention.resolution.entities) or \
                _hinted(article, mention, SERIES):
            return article.resolve(mention, (SERIES,), SERIES, flags)
    if _SERIES_WORD.search(s.masked) or _ITS_EPISODE_OPENS.match(s.masked):
        spoken = _spoken_of(article, s)
        if spoken is not None:
            return spoken
        # ("“T,” A’s theme for “S.” … B has aired the series since …": the paragraph's drama)
        found: list[str] = []
        para = paragraph_series(article, s.start, found)
        if para is not None and para != article.series():
            flags.extend(found)
            return para
        return article.series()
    return None


# "The first episode airs on Friday, March 6": the episode of the drama the article is on.
# ("The first season aired on …": a drama with a second season on the way is the first)
_ITS_EPISODE_OPENS = rx.compile(r"\s*(?:The|Its)\s+(?:(?:first|opening|pilot|final|last)\s+episode|"
                                r"first\s+season)\b")
# "The series aired on …" after a sentence about another drama: that drama.
# "B's Friday-Saturday series, which ran …" after "Drama of the Year: “S.”": S too.
_THE_SERIES = rx.compile(rf"^\s*(?:The|This|That|{M}[’']s)\s+(?:[\w-]+\s+)?{_SERIES_NOUN}\b",
                         re.I)


def _spoken_of(article: Article, s: Sentence) -> str | None:
    """The series a sentence opening with "The series" means: the one the sentence before
    named, when it named exactly one and that one is not the article's main series."""
    before = article.previous
    if not _THE_SERIES.match(s.masked) or before is None:
        return None
    named = {e.key for x in before.mentions for e in article.registry.lookup(x.text).entities
             if article.registry.is_a(e, SERIES)}
    # "A, who directed “S2,” accepted …": a title only introduced as a series counts too
    introduced = {exact_form(x.text): x for x in before.mentions
                  if x.quoted and _hinted(article, x, SERIES) and
                  not article.registry.lookup(x.text).entities and not _derived(article, x)}
    if not named and not introduced:
        # "At No. 3 is “S,” …. A plays C …. The show is on P": the drama the paragraph named
        recent = article.recent.get(SERIES)
        para = article.text.rfind("\n\n", 0, s.start)
        para = para + 2 if para >= 0 else 0
        label = article.label(recent) if recent else ""
        return recent if recent and recent != article.main_series and label and \
            label in " ".join(article.text[para:s.start].split()) else None  # (wrapped too)
    if len(named) + len(introduced) != 1:
        return None
    if introduced:
        return article.resolve(next(iter(introduced.values())), (SERIES,), SERIES, [])
    return named.pop() if article.main_series not in named else None


def _quoted_series(article: Article, s: Sentence) -> Mention | None:
    """The first title in quotes the sentence names that reads as a series'."""
    return next((x for x in s.mentions if x.quoted and _is_series(article, x)), None)


def _series_before(article: Article, s: Sentence, at: int, flags: list[str]) -> str | None:
    """The series named last before masked offset ``at`` ("A starred in “S”, which airs on
    X": S), else the sentence's series."""
    for m in reversed(list(re.finditer(M, s.masked[:at]))):
        mention = s.mention(m.group())
        if mention is not None and _is_series(article, mention):
            return article.resolve(mention, (SERIES,), SERIES, flags)
    return _sentence_series(article, s, flags) or article.section_series


def _outlet(article: Article, s: Sentence, mention: Mention | None, series: str | None,
            flags: list[str]) -> None:
    if mention is None or series is None or _weekday(mention) or \
            re.fullmatch(r"[A-Z]\d{1,2}", mention.text):
        return  # "returns on B1": a track of an album's side, not a channel
    if re.search(r"\b(?:[Dd]irector|[Ww]riter|[Ss]creenwriter|PD|[Pp]roducer|[Cc]omposer|"
                 r"[Ss]howrunner|[Aa]ctor|[Aa]ctress)\s+$",
                 article.text[max(0, mention.start - 20):mention.start]):
        return  # "Director A's series": a person's, not a channel's
    platform = article.resolve(mention, (PLATFORM,), None, flags)
    if platform:
        article.claim(s.start, s.end, "broadcast", modelling.availability(series, platform),
                      flags, series, platform)
        return
    organisation = article.resolve(mention, (ORGANISATION,), BROADCASTER, flags)
    if organisation and article.is_a(organisation, BROADCASTER):
        article.claim(s.start, s.end, "broadcast", modelling.broadcaster(series, organisation),
                      flags, series, organisation)


# "B’s Wednesday-Thursday “S”": a channel's slot, then its drama.
# "B’s “S”", B in capitals: a drama under the letters of its channel
_LETTERS_TITLE = rx.compile(rf"(?P<b>{M})[’']s\s+(?P<s>{M})")
_OWNED_SLOT = rx.compile(rf"(?P<b>{M})[’']s\s+(?:{_WEEKDAY}s?-{_WEEKDAY}s?|{_WEEKDAY}s?)\s+"
                         rf"(?P<s>{M})")


def _series_noun_after(s: Sentence, m: re.Match[str]) -> bool:
    """"B's Friday “S” special": the title names something of the series, not the series."""
    return bool(re.match(r"\s+(?:special|episode|concert|event|broadcast)\b", s.masked[m.end():]))


# "the cable channel B picked it up in February and shows it": a second broadcaster of the
# series spoken of.
_CHANNEL_PICKED_UP = rx.compile(rf"\bthe\s+(?:[a-z-]+\s+)?(?:channel|broadcaster|network)\s+"
                                rf"(?P<b>{M})\s+(?:has\s+)?(?:picked|took|bought)\s+"
                                r"(?:it|the\s+(?:series|drama|show))\s+up\b")


def channel_letters(article: Article, outlet: Mention, title: Mention) -> bool:
    """Whether "B’s “S”" names a channel's drama: two or three capitals that no act is
    known or introduced by, before a title in quotes that is a series or nothing known yet."""
    return title.quoted and not outlet.quoted and not outlet.resolution.entities and \
        bool(re.fullmatch(r"[A-Z]{2,3}", outlet.text)) and \
        article.hints.get(exact_form(outlet.text)) in (None, BROADCASTER) and \
        (_is_series(article, title) or (not title.resolution.entities and
         article.hints.get(exact_form(title.text)) is None))


def _broadcasters(article: Article, s: Sentence) -> None:
    for m in _CHANNEL_PICKED_UP.finditer(s.masked):
        flags: list[str] = []
        named = _quoted_series(article, s)
        series = article.resolve(named, (SERIES,), SERIES, flags) if named else \
            article.recent.get(SERIES) or article.series()
        if not hedged(s.masked, m.start()):
            _outlet(article, s, s.mention(m["b"]), series, flags)
    for m in _OWNED_SERIES.finditer(s.masked):
        if _PROGRAMME.search(m.group()):
            continue  # "B's weekly music show “P”": a programme the channel airs, not a drama
        flags: list[str] = []
        local = s.mention(m["s"])
        apposed_after = s.mention(m["s2"])  # "B's new romance, “S,” premiered …"
        if apposed_after is not None and (apposed_after.quoted or
                                          _is_series(article, apposed_after)):
            local = apposed_after
        if local is None:  # "“S,” B's Wednesday-Thursday drama": the series set off before it
            apposed = re.search(rf"(?P<s>{M}),?\s*$", s.masked[:m.start()])
            candidate = s.mention(apposed["s"]) if apposed else None
            if candidate is not None and (candidate.quoted or _is_series(article, candidate)):
                local = candidate
        before = article.previous
        if local is None and not s.masked[:m.start()].strip() and before is not None:
            # "Drama of the Year: “S.” B's Friday-Saturday series, which ran …": S
            named = [x for x in before.mentions if x.quoted and _is_series(article, x) and
                     not _derived(article, x)]
            local = named[0] if len(named) == 1 else None
        series = (article.resolve(local, (SERIES,), SERIES, flags) if local
                  else article.series())
        _outlet(article, s, s.mention(m["b"]), series, flags)
    for m in chain(_TITLE_A_SERIES_ON.finditer(s.masked), _DRAMA_THAT_B_AIRED.finditer(s.masked)):
        local, outlet = s.mention(m["s"]), s.mention(m["b"])
        if local is not None and local.quoted and outlet is not None and \
                _channel_like(article, outlet, (BROADCASTER, PLATFORM)):
            flags = []
            _outlet(article, s, outlet, article.resolve(local, (SERIES,), SERIES, flags), flags)
    for m in _ITS_NOUN.finditer(s.masked):
        owners = [x for x in s.mentions_in(s.masked[:m.start()])
                  if not x.quoted and _channel_like(article, x)]
        series = article.series() if owners else None
        if series:
            _outlet(article, s, owners[-1], series, [])
    for m in _ITS_NOUN_TITLE.finditer(s.masked):
        local = s.mention(m["s"])
        owners = [x for x in s.mentions_in(s.masked[:m.start()])
                  if not x.quoted and _channel_like(article, x)]
        if local is not None and local.quoted and owners and \
                not re.search(r"[;.]", s.masked[s.masked.rfind("⟩", 0, m.start()):m.start()]):
            flags = []
            _outlet(article, s, owners[-1], article.resolve(local, (SERIES,), SERIES, flags),
                    flags)
    for m in _WHICH_B_AIRED.finditer(s.masked):  # "“S,” which B aired on Fridays …"
        local = s.mention(m["s"])
        flags = []
        if local is not None and local.quoted:
            _outlet(article, s, s.mention(m["b"] or m["b2"]),
                    article.resolve(local, (SERIES,), SERIES, flags), flags)
    for m in _OWNED_SLOT.finditer(s.masked):  # "B’s Wednesday-Thursday “S”"
        local = s.mention(m["s"])
        flags = []
        if local is not None and local.quoted and not _series_noun_after(s, m):
            _outlet(article, s, s.mention(m["b"]),
                    article.resolve(local, (SERIES,), SERIES, flags), flags)
    for m in _LETTERS_TITLE.finditer(s.masked):
        outlet, local = s.mention(m["b"]), s.mention(m["s"])
        if outlet is None or local is None or not channel_letters(article, outlet, local):
            continue
        flags = []
        _outlet(article, s, outlet, article.resolve(local, (SERIES,), SERIES, flags), flags)
    for m in _THE_X_DRAMA.finditer(s.masked):
        flags = []
        local = s.mention(m["s"])
        series = article.resolve(local, (SERIES,), SERIES, flags) if local else None
        _outlet(article, s, s.mention(m["b"]), series or _sentence_series(article, s, flags)
                or article.series(), flags)
    for m in _OUTLET_NEXT.finditer(s.masked):
        outlet, local = s.mention(m["b"] or m["b2"]), s.mention(m["s"] or m["s2"])
        if outlet is None or local is None or not _is_series(article, local) or not (any(
                article.registry.is_a(e, (PLATFORM, BROADCASTER))
                for e in outlet.resolution.entities) or (
                not outlet.resolution.entities and (_CHANNEL_NAME.search(outlet.text) or
                                                    _hinted(article, outlet, BROADCASTER) or
                                                    _THE_BROADCASTERS.search(s.masked, m.end()) or
                                                    _FOR_OUTLETS.search(s.masked, 0, m.start())))):
            continue
        flags = []
        _outlet(article, s, outlet, article.resolve(local, (SERIES,), SERIES, flags), flags)
    for m in _B_AIRED_THE_DRAMAS.finditer(s.masked):
        outlet = s.mention(m["b"])
        if outlet is not None and not outlet.quoted and (
                _channel_like(article, outlet) or not outlet.resolution.entities):
            flags = []
            _outlet(article, s, outlet, _sentence_series(article, s, flags) or article.series(),
                    flags)
    for m in _IN_LAST_EPISODE.finditer(s.masked):
        flags = []
        local = s.mention(m["s"])
        series = article.resolve(local, (SERIES,), SERIES, flags) if local is not None and \
            local.quoted and _is_series(article, local) else None
        if series:
            if m["b"]:
                _outlet(article, s, s.mention(m["b"]), series, list(flags))
            article.claim(s.start, s.end, "broadcast",
                          modelling.episode_date(series, "final", s.date(m["d"]).value), flags,
                          series, "final-episode")
    for m in _AIRED_LAST.finditer(s.masked):
        flags: list[str] = []
        local = s.mention(m["s"] or m["s2"])
        series = article.resolve(local, (SERIES,), SERIES, flags) if local is not None and \
            local.quoted else None
        if series:
            _outlet(article, s, s.mention(m["b"] or m["b2"]), series, list(flags))
            article.claim(s.start, s.end, "broadcast",
                          modelling.episode_date(series, "final", s.date(m["d"] or m["d2"]).value),
                          flags, series, "final-episode")
    for m in _WHICH_AIRED_THE_FIRST.finditer(s.masked):
        flags = []
        local, outlet = s.mention(m["s"]), s.mention(m["b"])
        if local is not None and local.quoted and outlet is not None and \
                _channel_like(article, outlet):
            _outlet(article, s, outlet, article.resolve(local, (SERIES,), SERIES, flags), flags)
    for m in _RUN_BEGAN_ON.finditer(s.masked):  # (the drama spoken of)
        series, outlet = article.before.get(SERIES) or article.series(), s.mention(m["b"])
        if series is None or outlet is None or not _channel_like(article, outlet):
            continue
        _outlet(article, s, outlet, series, [])
        for slot, which in (("d", "first"), ("d2", "final")):
            day = s.date(m[slot]) if m[slot] else None
            if day is not None and day.precision != "year":
                article.claim(s.start, s.end, "broadcast",
                              modelling.episode_date(series, which, day.value), [], series,
                              f"{which}-episode")
    for m in _LAUNCHED_THE.finditer(s.masked):  # "B launched the series on DATE"
        outlet, series = s.mention(m["b"]), article.series()
        date = s.date(m["d"])
        if outlet is None or series is None or date is None or date.precision == "year" or \
                hedged(s.masked, m.start(), scheduled=True) or not _channel_like(article, outlet):
            continue
        _outlet(article, s, outlet, series, [])
        article.claim(s.start, s.end, "broadcast", modelling.episode_date(series, "first",
                                                                          date.value), [],
                      series, "first-episode")
    for m in _RETURNED_TO.finditer(s.masked):
        outlet, local, flags = s.mention(m["b"]), s.mention(m["s"]), []
        if outlet is not None and local is not None and local.quoted and \
                _channel_like(article, outlet):
            _outlet(article, s, outlet, article.resolve(local, (SERIES,), SERIES, flags), flags)
    for m in [*_OVER_AT.finditer(s.masked), *_ITS_DRAMA.finditer(s.masked),
              *_LEFT_SCHEDULE.finditer(s.masked)]:
        g = m.groupdict()
        outlet, local = s.mention(g.get("b") or g.get("b2")), s.mention(g.get("s") or g.get("s2"))
        # "its drama “S”": the title is quoted, so named as a drama even if not yet known as one
        said = not rx.found_by(m, _OVER_AT) and local is not None and local.quoted
        if outlet is None or local is None or not (said or _is_series(article, local)) or not \
                _channel_like(article, outlet):
            continue
        flags = []
        _outlet(article, s, outlet, article.resolve(local, (SERIES,), SERIES, flags), flags)
    opening = _BROADCAST_BY.match(s.masked)  # "Broadcast by B, the fantasy romance …"
    if opening and opening["w"] and s.mention(opening["w"]).text not in ("Broadcast", "Aired"):
        opening = None
    opening = opening or _THE_DRAMA_WHICH.match(s.masked) or (
        (_BEGAN_IN_SLOT.search(s.masked) or _WRAPPED_ON.search(s.masked) or
         _RAN_IN_SLOT.search(s.masked))
        if _THE_SERIES_OPENS.match(s.masked) else None)
    found = opening.groupdict() if opening else {}
    outlet = s.mention(found.get("b") or found.get("b2")) if opening else None
    # ("P, which made the series as one of its originals, …": a platform may make it, and the
    # series is the one the sentence speaks of)
    original = bool(found.get("b2"))
    if outlet is not None and _channel_like(
            article, outlet, (BROADCASTER, PLATFORM) if original else (BROADCASTER,)):
        flags = []
        series = _sentence_series(article, s, flags) if original else None
        _outlet(article, s, outlet, series or article.series(), flags)
    for m in [*_TITLE_THE_DAYS_CHANNEL.finditer(s.masked), *_ALSO_A_SERIES.finditer(s.masked)]:
        title, outlet = s.mention(m["s"]), s.mention(m["b"])
        if title is None or not title.quoted or outlet is None or \
                not _channel_like(article, outlet):
            continue
        flags = []
        series = article.resolve(title, (SERIES,), SERIES, flags)
        _outlet(article, s, outlet, series, flags)
        if series and m.groupdict().get("days"):
            article.claim(s.start, s.end, "broadcast",
                          [(series, "lr:airingSchedule", m["days"])], flags, series, "schedule")
    for m in _DRAMA_THAT.finditer(s.masked):  # "“S,” the drama that B premiered on …"
        outlet, local = s.mention(m["b"] or m["b2"]), s.mention(m["s"])
        if outlet is not None and local is not None and local.quoted and \
                _channel_like(article, outlet):
            flags = []
            _outlet(article, s, outlet, article.resolve(local, (SERIES,), SERIES, flags), flags)
    # whatever the verb, a quoted drama and a channel-shaped name are a drama on its channel
    # (not "fans hope “S” will air on B")
    for m in [*_CHANNEL_CLOSED.finditer(s.masked), *_SERIES_ON_CHANNEL.finditer(s.masked)]:
        outlet, local = s.mention(m["b"]), s.mention(m["s"])
        if not hedged(s.masked, m.start("b")) and outlet is not None and local is not None and \
                local.quoted and _is_series(article, local) and _channel_like(article, outlet):
            flags = []
            _outlet(article, s, outlet, article.resolve(local, (SERIES,), SERIES, flags), flags)
    for m in chain(_B_AIRED_THE_DRAMA.finditer(s.masked), _ON_B_WHICH_SHOWS_IT.finditer(s.masked)):
        outlet = s.mention(m["b"])
        if outlet is not None and not outlet.quoted and _channel_like(article, outlet) and \
                not hedged(s.masked, m.start()):
            named = [x for x in s.mentions_in(s.masked[:m.start()])
                     if x.quoted and _is_series(article, x)]
            flags: list[str] = []
            series = article.resolve(named[-1], (SERIES,), SERIES, flags) if named else None
            # ("“T,” A’s theme for “S.” … B has aired the series since …": the paragraph's)
            found: list[str] = []
            para = paragraph_series(article, s.start, found)
            if series is None and para is not None and para != article.before.get(SERIES):
                series = para
                flags.extend(found)
            _outlet(article, s, outlet, series or article.before.get(SERIES) or article.series(),
                    flags)
    for m in _WATCHED_THAT_DRAMA_ON.finditer(s.masked):  # the drama spoken of, on its channel
        outlet = s.mention(m["b"])
        if outlet is None or not _channel_like(article, outlet):
            continue
        # ("…, the G single from “S.” Passengers who watched that drama on B": S)
        named = [x for x in (article.previous.mentions if article.previous else ())
                 if x.quoted and _is_series(article, x)]
        flags: list[str] = []
        series = article.resolve(named[-1], (SERIES,), SERIES, flags) if named else None
        _outlet(article, s, outlet, series or article.before.get(SERIES) or article.series(),
                flags)
    for m in _LICENSED_ITS.finditer(s.masked):
        outlet = s.mention(m["b"])
        if outlet is not None and _channel_like(article, outlet):
            flags = []
            _outlet(article, s, outlet, _sentence_series(article, s, flags) or article.series(),
                    flags)
    for m in _AIRS_ON.finditer(s.masked):
        flags = []
        if hedged(s.masked, m.start(), scheduled=True) or (
                m["verb"] in ("debuted", "debuts", "launched", "returns", "returned") and
                _about_a_song(article, s)) or _EVENT_SUBJECT.search(s.masked[:m.start()]) or \
                re.match(r"\s+charts?\b", s.masked[m.end():]):
            continue  # ("debuted on the P chart at No. 35": a chart, no outlet)
        _outlet(article, s, s.mention(m["b"]), _series_before(article, s, m.start(), flags) or
                article.series(), flags)


def _more_platforms(s: Sentence, at: int) -> list[Mention]:
    """The platforms named after masked offset ``at`` in "… and on Q", ", on R and on S"."""
    found = []
    while more := _AND_ON.match(s.masked, at):
        found.append(s.mention(more["p"]))
        at = more.end()
    return found


def _availability(article: Article, s: Sentence) -> None:
    audience = _INTERNATIONAL.search(s.masked)
    for m in _EPISODES_ON.finditer(s.masked):  # "All sixteen episodes are now on P"
        flags: list[str] = []
        if hedged(s.masked, m.start(), scheduled=True):
            continue
        # "In Korea the series is on P": "the series" is the article's, whatever else is named
        named = s.mention(m["s"] or m["s2"]) if m["s"] or m["s2"] else None
        if named is not None:  # "All of “S” is on P", "“S” is on P in Southeast Asia"
            if not (named.quoted or _is_series(article, named)):
                continue
            series = article.resolve(named, (SERIES,), SERIES, flags)
        elif m["it"]:
            named = _quoted_series(article, s)
            if named is None or s.offset(named) > m.start():
                continue  # (the title must come before "it")
            series = article.resolve(named, (SERIES,), SERIES, flags)
        elif m.group().startswith("the"):
            # (in an article on several dramas, the one its paragraph is about: "“T,” from
            # “S,” …. In Korea, the series is on P")
            spoken = article.before.get(SERIES)
            opening = max(article.text.rfind("\n\n", 0, s.start), 0)
            series = spoken if spoken is not None and spoken != article.main_series and \
                article.label(spoken) in article.text[opening:s.start] else article.series()
        else:
            series = _sentence_series(article, s, flags) or article.series()
        more = _AND_ON.match(s.masked, m.end())  # "… on P for viewers in Europe and on Q"
        for mention in s.mentions_in(m["list"]) + ([s.mention(more["p"])] if more else []):
            platform = article.resolve(mention, (PLATFORM,), None, flags)
            if series and platform:
                article.claim(s.start, s.end, "broadcast",
                              modelling.availability(series, platform), flags, series, platform)
    for m in _WHERE_EPISODES.finditer(s.masked):
        before = article.previous
        if (m["list7"] or m["list9"]) and (
                before is None or any(x.quoted for x in before.mentions) or
                re.search(r"\b(?:song|single|track|album|OST)\b", before.masked)):
            continue  # "It is on P" after a sentence on a song or a title: not the drama's
        if m["list8"] and not re.search(r"\b(?:series|drama|show)\b", s.masked[:m.start()]) and \
                not any(x.quoted and _is_series(article, x)
                        for x in s.mentions_in(s.masked[:m.start()])):
            continue  # "…; in X it sits on P" says the drama only after a clause on it
        flags = []
        series = _sentence_series(article, s, flags) or article.series()
        platform = article.resolve(s.mention(m["list"] or m["list2"] or m["list3"] or m["list4"]
                                             or m["list5"] or m["list6"] or m["list7"]
                                             or m["list8"] or m["list9"]),
                                   (PLATFORM,), None, flags)
        if series and platform and not hedged(s.masked, m.start(), scheduled=True):
            article.claim(s.start, s.end, "broadcast", modelling.availability(series, platform),
                          flags, series, platform)
            # ("Its full run is on P for viewers in X, and on Q for subscribers in K")
            more = _AND_ON.match(s.masked, m.end()) if m["list7"] else None
            other = article.resolve(s.mention(more["p"]), (PLATFORM,), None, flags) \
                if more else None
            if other:
                article.claim(s.start, s.end, "broadcast",
                              modelling.availability(series, other), flags, series, other)
    for m in _CATCH_UP_ON.finditer(s.masked):
        title, outlet = s.mention(m["s"] or m["s2"]), s.mention(m["p"] or m["p2"])
        if title is not None and title.quoted and _is_series(article, title) and \
                outlet is not None and not outlet.quoted and not hedged(s.masked, m.start()):
            flags = []
            series = article.resolve(title, (SERIES,), SERIES, flags)
            platform = article.resolve(outlet, (PLATFORM,), None, flags)
            if series and platform:
                article.claim(s.start, s.end, "broadcast",
                              modelling.availability(series, platform, None), flags, series,
                              platform)
    for m in _AVAILABLE.finditer(s.masked):
        flags: list[str] = []
        # ("catch up on all 20 episodes on P": a count of episodes is no count of streams)
        if hedged(s.masked, m.start(), scheduled=True) or re.search(
                r"\d|\btimes\b|\bmillion\b",
                re.sub(r"⟨\d+⟩|\ball\s+\d{1,3}\s+episodes\b", "", m["mid"])):
            continue
        if re.search(r"(?:\d|million|billion|thousand)\s+(?:⟨\d+⟩\s+)?$", s.masked[:m.start()]):
            continue  # "50 million P streams, and on Q it has passed …": a count's noun
        # "stream “S” on P": only a series may stand there, beside the places of an audience
        # ("reaches members in X and Y through P")
        places = _AUDIENCE_PLACES.sub("", m["mid"])
        between = s.mentions_in(places)
        if between and not all(_is_series(article, x) for x in between):
            continue
        noun = re.search(r"\b[Tt]he\s+(?:series|drama|show)\s+(?:(?:will|is|also|now|can)\s+)*"
                         r"(?:be\s+)?$", s.masked[:m.start()]) or \
            re.fullmatch(r"\s+the\s+(?:series|drama|show)\s+", m["mid"])  # "catch the drama on P"
        series = (article.resolve(between[0], (SERIES,), SERIES, flags) if between
                  # "In Korea the series will also stream on P": the drama spoken of
                  else (article.before.get(SERIES) or article.series()) if noun
                  else _series_before(article, s, m.start(), flags))
        if series is None and re.search(r"\b(?:[Vv]iewers|[Ff]ans|[Aa]udiences|[Ss]ubscribers|"
                                        r"[Ee]pisodes?|[Ss]easons?)\b", s.masked[:m.start()]):
            series = article.series()  # "Viewers abroad can follow along on P": the drama
        if series is None and _INVITATION.match(s.masked):
            series = article.series()
        if series is None and re.match(r"\s*It\s+streams\b", s.masked[:m.end()]):
            series = article.before.get(SERIES) or article.series()  # "It streams on P"
        if series is None:
            continue
        for mention in s.mentions_in(m["list"]) + _more_platforms(s, m.end()):
            if mention.quoted or PERSON_NAME.match(mention.text):
                continue
            platform = article.resolve(mention, (PLATFORM,), PLATFORM, flags)
            if platform is None:
                continue
            who = audience.group().lower() if audience and audience.start() < m.end() else None
            article.claim(s.start, s.end, "broadcast",
                          modelling.availability(series, platform, who), flags, series,
                          platform)


_AUDIENCE_PLACES = rx.compile(r"\b(?:in|across|throughout|outside)\s+⟨\d+⟩"
                              r"(?:(?:,\s+|,?\s+(?:and|or)\s+)⟨\d+⟩)*")


# "Viewers outside Korea can catch up on “S” on P": the title's "on" is not the platform's.
# ("On P, “S” is available to viewers in North America": the platform first)
_CATCH_UP_ON = rx.compile(rf"\b(?:catch|caught|catching)\s+up\s+(?:on|with)\s+(?P<s>{M})\s+"
                          rf"(?:on|via)\s+(?P<p>{M})|"
                          rf"^\s*(?:On|Over\s+on)\s+(?P<p2>{M}),\s+(?P<s2>{M})\s+(?:is|are|was)\s+"
                          r"(?:also\s+|now\s+|still\s+)?(?:available|streaming)\b")


_BOTH_ON = rx.compile(rf"\b[Bb]oth\s+(?:dramas|series|shows)\s+(?:are|were|stream|can\s+be\s+"
                      rf"(?:seen|watched|found|streamed))\s+(?:available\s+)?(?:on|via)\s+(?P<p>{M})|"
                      # "“S1” and “S2” are both on P in Korea"
                      # "“S1” and “S2” can both be streamed on P in Korea, and the latter is also
                      # on Q"
                      rf"(?P<s1>{M})\s+and\s+(?P<s2>{M})\s+(?:(?:are|were)\s+both\s+(?:available\s+|"
                      r"streaming\s+)?|can\s+both\s+be\s+(?:streamed|seen|watched|found)\s+)(?:on|via)\s+"
                      rf"(?P<p2>{M})(?:(?:[^;⟨]|⟨\d+⟩){{0,30}}?(?:,\s+and|;)\s+the\s+(?P<which>former|latter)\s+is\s+"
                      rf"also\s+(?:on|streaming\s+on)\s+(?P<p3>{M})"
                      # "…; the former is also on Q …, and the latter on R …"
                      rf"(?:(?:[^;⟨]|⟨\d+⟩){{0,60}}?,\s+and\s+the\s+(?:former|latter)\s+(?:is\s+)?"
                      rf"(?:also\s+)?on\s+(?P<p4>{M}))?)?")


# "… in Korea and Q across Southeast Asia": a second platform, the verb left out.
# ("P has it for members in X and Y and Q for viewers in Z": who watches, before where)
# ("P offers it to members in X and Y, and Q to viewers in Z": the same with "to")
_FOR_WATCHERS = r"(?:(?:for|to)\s+(?:members|subscribers|viewers|users|audiences)\s+)?"
_GAPPED_PLATFORM = rx.compile(rf"\s+{_FOR_WATCHERS}(?:in|across|for|throughout)\s+(?:the\s+)?"
                              rf"(?:{M}|[A-Z][a-z]+)"
                              rf"(?:\s+and\s+(?:{M}|[A-Z][a-z]+)(?=,?\s+and\s))?,?\s+and\s+"
                              rf"(?P<q>{M})\s+{_FOR_WATCHERS}(?:in|across|for|throughout|to)\s")


_WITH_STREAMING = rx.compile(rf"\bwith\s+(?P<p>{M})\s+(?:streaming|carrying|offering|hosting)\s+"
                              r"(?:each|every|all|new|the)\b")

_HOLDS_RIGHTS = rx.compile(rf"(?P<p>{M})\s+(?:holds|has|secured|won|bought)\s+the\s+"
                            r"(?:[a-z]+\s+)?(?:streaming\s+)?rights\b|"
                            rf"(?P<p2>{M})\s+(?:has\s+|had\s+)?(?:bought|acquired|picked\s+up)\s+the\s+"
                            r"(?:series|drama|show)\s+for\s+(?:subscribers|viewers|audiences)\b")

_ON_AFTER_BROADCAST = rx.compile(rf"(?:^\s*(?:In\s+{M}\s*,\s*)?|,\s+)on\s+(?P<p>{M})\s+"
                                  r"(?:an?\s+hour|shortly|right|soon|minutes)\s+after\s+(?:each|every|the)\s+"
                                  r"(?:broadcast|episode|"
                                  rf"airing)|\band\s+(?P<p2>{M})\s+(?:covers|handles|takes)\s+(?:the\s+)?{M}")

_GOES_TO_AFTER = rx.compile(rf"\b(?:[Ii]t|[Tt]he\s+(?:series|drama|show)|[Ee]pisodes|"
                             rf"(?:[Ee]ach|[Ee]very)\s+episode)\s+(?:goes|go|moves|move|heads|head|lands|land|drops|arrives|"
                             rf"arrive)(?:\s+up)?\s+(?:to|onto|on)\s+(?P<p>{M})\s+(?:in\s+(?:the\s+)?{M}\s+)?"
                             r"(?:(?:an?\s+hour|shortly|right|soon|minutes|hours)\s+)?after\s+"
                             r"(?:(?:each|every|the)\s+)?(?:broadcast|episode|airing)\b")

_CARRIES_IT = rx.compile(rf"(?P<p>{M})\s+(?:also\s+|still\s+|now\s+|already\s+)?"
                          r"(?:(?:will|is\s+set\s+to)\s+)?(?:carries|"
                          # ("…, and P shows the drama in X and Y")
                          # ("P keeps the whole run for subscribers in K")
                          r"carry|streams|stream|hosts|host|offers|offer|has|keeps|"
                          r"shows(?=\s+(?:it|the\s+(?:series|drama|show))\s+(?:in|to|for|across)\s)|"
                          r"(?:has\s+|have\s+)?"
                          r"(?:picked|snapped)(?:\s+up|(?=\s+(?:it|the\s+(?:series|drama|show))\s+up\b))|"
                          # "P has taken the drama for …", "P has carried each episode since …"
                          r"(?:has|have)\s+(?:also\s+)?(?:taken|carried|added|acquired))\s+"
                          rf"(?:(?:the|all\s+\w+\s+episodes\s+of\s+the)\s+(?:[a-z-]+\s+)?"
                          rf"(?:series|drama|show|episodes|run)\b|it\b|(?:each|every)\s+episode\b|"
                          # "P streams each one an hour after broadcast": each episode
                          r"(?:each|every)\s+one\s+(?=(?:an?\s+hour|shortly|right|soon|minutes|"
                          r"hours|the\s+(?:day|morning|night))\b)|"
                          # "P has all sixteen episodes …, and Q carries them for …"
                          r"all\s+(?:\w+\s+)?episodes\b|(?P<them>them)(?=\s+(?:for|to|in|across)\s)|"
                          rf"(?P<s>{M})(?=\s+(?:for|to|in|across)\s)|"
                          # "P has also added B’s autumn melodrama “S”"
                          rf"(?<=added\s){M}[’']s\s+(?:[a-z-]+\s+){{0,3}}?(?P<s2>{M}))")


# "“S,” which B has aired …, and which P carries in K": the title the clauses are on.
# ("“S,” a hospital drama that premiered on B on DATE, airs there on …, and is offered by P to
# viewers in K": the same, the platform after a passive)
_WHICH_P_CARRIES = rx.compile(rf"(?P<s>{M}),\s+(?:which\s+[^;⟨]{{0,80}}?(?:{M}[^;⟨]{{0,80}}?)?,\s+"
                              rf"and\s+)?which\s+(?P<p>{M})\s+(?:carries|streams|hosts|offers)\s+"
                              r"(?:in|to|for|across)\s|"
                              rf"(?P<s2>{M}),\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?{_SERIES_NOUN}\s+"
                              r"that\s+(?:[^;⟨.]|⟨\d+⟩){1,160}?,\s+and\s+is\s+(?:offered|streamed|"
                              rf"carried)\s+by\s+(?P<p2>{M})\s+(?:in|to|for|across)\s")


def _carries(article: Article, s: Sentence) -> None:
    """"P carries the series in …", "P has the drama", "P has the full run": a platform that
    streams it."""
    # "both dramas are on P": each of the two series the article has spoken of
    for m in _BOTH_ON.finditer(s.masked):
        if m["p2"]:
            for slot in ("s1", "s2"):
                flags = []
                local = s.mention(m[slot])
                if local is not None and (local.quoted or _is_series(article, local)):
                    series = article.resolve(local, (SERIES,), SERIES, flags)
                    _streams_on(article, s, s.mention(m["p2"]), m.start(), series, list(flags))
                    if m["p3"] and slot == ("s1" if m["which"] == "former" else "s2"):
                        _streams_on(article, s, s.mention(m["p3"]), m.start(), series, list(flags))
                    elif m["p4"]:  # the other of the two
                        _streams_on(article, s, s.mention(m["p4"]), m.start(), series, flags)
            continue
        # (each term asked about once: a long article's claims repeat the same few)
        named = [term for term in dict.fromkeys(
            str(term) for claim in article.proposal.claims for f in claim.facts
            for term in (f[0], f[2]) if isinstance(term, str)) if article.is_a(term, SERIES)]
        for series in named if len(named) == 2 else ():
            flags: list[str] = []
            _streams_on(article, s, s.mention(m["p"]), m.start(), series, flags)
    for m in _WHICH_P_CARRIES.finditer(s.masked):
        flags = []
        title = s.mention(m["s"] or m["s2"])
        if title is not None and (title.quoted or _is_series(article, title)):
            _streams_on(article, s, s.mention(m["p"] or m["p2"]), m.start("p" if m["p"] else "p2"),
                        article.resolve(title, (SERIES,), SERIES, flags), flags)
    # "…, with P streaming each episode after broadcast"
    for m in _WITH_STREAMING.finditer(s.masked):
        flags = []
        _streams_it(article, s, m, _sentence_series(article, s, flags), flags)
    # "P holds the streaming rights in Korea": the series the sentence names, else the article's
    # "Q has bought the series for subscribers in Southeast Asia": the same
    for m in _HOLDS_RIGHTS.finditer(s.masked):
        flags = []
        _streams_it(article, s, m, _sentence_series(article, s, flags) or article.series(), flags)
    # "In Korea, on P an hour after each broadcast"; "…, and Q covers Southeast Asia"
    for m in _ON_AFTER_BROADCAST.finditer(s.masked):
        flags = []
        _streams_on(article, s, s.mention(m["p"] or m["p2"]), m.start(),
                    _sentence_series(article, s, flags) or article.series(), flags)
    # "In Korea, it goes to P after each broadcast"; "every episode goes up on P after broadcast"
    # "Each episode lands on P in Korea an hour after broadcast"
    for m in _GOES_TO_AFTER.finditer(s.masked):
        flags = []
        _streams_on(article, s, s.mention(m["p"]), m.start(),
                    _sentence_series(article, s, flags) or article.series(), flags)
    for m in _CARRIES_IT.finditer(s.masked):
        flags: list[str] = []
        if m["them"] and not re.search(r"\bepisodes\b", s.masked[:m.start()]):
            continue
        series = article.series()
        if m["s"] or m["s2"]:  # "P streams “S” for viewers in …": only a title said to be a series
            named = s.mention(m["s"] or m["s2"])
            if named is None or not named.quoted or not _is_series(article, named):
                continue
            series = article.resolve(named, (SERIES,), SERIES, flags)
        if m.group().endswith("it"):  # "S airs on B, and P streams it": the series just named
            named = _quoted_series(article, s)
            if named:
                series = article.resolve(named, (SERIES,), SERIES, flags)
            elif not _SERIES_WORD.search(s.masked[:m.start()]):
                # "P carries it" after a paragraph on another drama: the one named last
                series = article.before.get(SERIES) or series
            else:
                # "P streams the series, and Q carries it": the series the clause before means
                series = _sentence_series(article, s, flags) or series
        if re.search(r"\bthe\s+(?:[a-z-]+\s+)?(?:series|drama|show)$", m.group()):
            # "P carries the series" under a paragraph on one drama: that drama (else, when the
            # article's main drama is only named further on, the drama spoken of last)
            spoken = article.before.get(SERIES)
            if spoken is not None and series is not None and spoken != series and \
                    article.label(series) not in article.text[:s.start]:
                series = spoken
            series = paragraph_series(article, s.start, flags) or series
        _streams_it(article, s, m, series, flags)
        gapped = _GAPPED_PLATFORM.match(s.masked, m.end())
        if gapped:  # "P has it in Korea and Q across Southeast Asia": Q has it too
            _streams_on(article, s, s.mention(gapped["q"]), m.start(), series, list(flags))


def _streams_it(article: Article, s: Sentence, m: re.Match[str], series: str | None,
                flags: list[str]) -> None:
    """Propose that the platform ``m`` names (group ``p``) streams ``series``."""
    _streams_on(article, s, s.mention(m["p"] or m.groupdict().get("p2")), m.start(), series,
                flags)


def _streams_on(article: Article, s: Sentence, mention: Mention | None, at: int,
                series: str | None, flags: list[str]) -> None:
    """Propose that the platform ``mention`` (at masked offset ``at``) streams ``series``."""
    platform = article.resolve(mention, (PLATFORM,), None, flags) if mention else None
    if platform and series and not hedged(s.masked, at, scheduled=True):
        article.claim(s.start, s.end, "broadcast", modelling.availability(series, platform),
                      flags, series, platform)


def _episodes(article: Article, s: Sentence) -> None:
    found: list[tuple[str, str, int]] = []
    notes: dict[str, str] = {}
    for m in _RAN.finditer(s.masked):
        first, last = s.date(m["a"]), s.date(m["b"])
        value = first.value
        if first.inferred_year and last.value[:4].isdigit():
            value = f"{last.value[:4]}-{first.value[2:]}"
        elif value.startswith("--") and last.value.startswith("--"):
            start, end = resolve(value, article.published), resolve(last.value, article.published)
            if start > end:  # "from May 31 to July 20" read a year apart: a run starts first
                year = int(end[:4]) - (value[2:] > last.value[2:])
                value = f"{year}-{value[2:]}"
                notes[value] = (f"year inferred from the end of the run: {first.value} is read "
                                f"as {value}")
        found += [("first", value, m.start()), ("final", last.value, m.start())]
    # "B, which premiered its Monday-Tuesday drama “S” on DATE": S, named after the verb
    for m in [*_FIRST.finditer(s.masked), *_OPENED.finditer(s.masked),
              *_BEGAN_IN_SLOT.finditer(s.masked)]:
        if _song_subject(article, s, m.start()):
            continue
        own = re.search(rf"\bits\s+(?:[\w-]+\s+){{0,3}}?{_SERIES_NOUN}\s+{M}", m.group())
        date = s.date(m["d"])
        value = date.value
        if date.inferred_year and (re.match(r"(?:premieres|will\s+premiere|debuts|will\s+debut|"
                                            r"bows)\b", m.group()) or (
                article.dateline is None and  # a timeline tells the past in the present
                re.search(r"\b(?:goes\s+out|airs|will\s+air)\s", m.group()))):
            value = upcoming(value, article.published)  # "premieres on July 3": the next one
            if value != date.value:
                notes[value] = (f"year inferred from the publication date and the present or "
                                f"future tense: {date.value} is read as {value}")
        found.append(("first", value, m.start() + (own.end() if own else 0)))
    for m in _FINAL.finditer(s.masked):
        date = s.date(m["d"])
        value = date.value
        if date.inferred_year and article.dateline is None and \
                re.match(r"(?:signs\s+off|ends|wraps|concludes|closes)\b", m.group()):
            value = upcoming(value, article.published)  # "signs off on Thursday, September 24"
            if value != date.value:
                notes[value] = (f"year inferred from the publication date and the present "
                                f"tense: {date.value} is read as {value}")
        found.append(("final", value, m.start()))
    # ("“S” ran on B on Monday and Tuesday nights until DATE": its last night)
    found += [("final", s.date(m["d"]).value, m.start()) for m in _RAN_UNTIL.finditer(s.masked)]
    found += [("first", s.date(m["d"]).value, m.start()) for m in _ITS_PREMIERE.finditer(s.masked)]
    for m in _DAY_AFTER_PREMIERE.finditer(s.masked):  # "on August 23, the day after the premiere"
        date = s.date(m["d"])
        series = _sentence_series(article, s, []) or article.series()
        if date is not None and date.precision in ("day", "month-day") and series and \
                not hedged(s.masked, m.start()):  # ("It is scheduled for DATE, the morning …")
            article.claim(s.start, s.end, "broadcast",
                          modelling.episode_date(series, "first", _day_before(date.value)), [],
                          series, "first-episode")

    for m in _FROM.finditer(s.masked):
        date = s.date(m["d"])
        value = date.value
        if date.inferred_year and re.match(r"air(?:s|ing)\b", m.group()) and \
                not re.search(r"\bsince\s", m.group()):
            # "airing Fridays from October 17": no tense, the day nearest the publication
            # (not "airs it on Mondays and has done since DATE": a day gone by)
            value = nearest(value, article.published)
            if value != date.value:
                notes[value] = (f"year inferred as the one nearest the publication date: "
                                f"{date.value} is read as {value}")
        found.append(("first", value, m.start()))
    if not found:
        return
    flags: list[str] = []
    spoken = article.recent.get(SERIES)
    for which, value, at in found if spoken is not None else ():
        if which == "final" and _THE_DRAMAS.search(s.masked, 0, at) and \
                not any(x.quoted for x in s.mentions_in(s.masked[:at])) and \
                not hedged(s.masked, at):
            # "The ballad reached … on DATE, two weeks before the drama’s final episode on
            # DATE2": the drama named last, though the sentence is about a song
            article.claim(s.start, s.end, "broadcast", modelling.episode_date(spoken, which, value),
                          list(flags) + ([notes[value]] if value in notes else []), spoken,
                          f"{which}-episode")
    if _sentence_series(article, s, flags) is None and article.section_series is None:
        return
    for which, value, at in found:
        # "“S,” which ended its run on DATE": the series named right before the verb
        series = _series_before(article, s, at, flags)
        if series is None or (_about_a_song(article, s) and not _SERIES_SUBJECT.search(
                s.masked[:at])):
            continue
        article.claim(s.start, s.end, "broadcast",
                      modelling.episode_date(series, which, value),
                      flags + ([notes[value]] if value in notes else []), series,
                      f"{which}-episode")


_THE_DRAMAS = rx.compile(r"\bthe\s+(?:drama|series|show)[’']s?\s+$")
# "the series premiered on", "the drama's April 4 premiere": the verb's subject is a series.
_SERIES_SUBJECT = rx.compile(rf"(?:\b(?:the|this|its)\s+(?:[\w-]+\s+){{0,2}}{_SERIES_NOUN}|"
                             # ("… from “S,” a mystery that aired on B from DATE": S, apposed)
                             # ("“S,” a B romance that has aired …": the channel between)
                             rf"{M},\s+an?\s+(?:{M}\s+)?(?:[\w-]+\s+){{0,2}}{_SERIES_NOUN}"
                             r"(?=\s+(?:that|which)\b)|"
                             rf"{M}),?\s*"
                             r"(?:(?:which|that|has|had|first|then|finally)\s+)*$", re.I)


def _song_subject(article: Article, s: Sentence, at: int) -> bool:
    """Whether the verb at ``at`` has a song as its subject ("the single debuted on …")."""
    head = s.masked[:at]
    if _SERIES_SUBJECT.search(head) and not re.search(rf"{M},?\s*(?:(?:which|that|has|had|"
                                                       r"first|then)\s+)*$", head):
        return False
    last = s.mentions_in(head)[-1:]
    return bool(last) and last[0].quoted and \
        article.hints.get(exact_form(last[0].text)) == RECORDING


_EPISODES_AIR = rx.compile(r"\b(?:[Nn]ew\s+)?[Ee]pisodes\s+(?:air|aired|go\s+out|went\s+out|drop|"
                           r"dropped)\s+(?:(?:every|on)\b|(?=⟨)|(?=(?:Mon|Tues|Wednes|Thurs|Fri|"
                           r"Satur|Sun)days?\b))")
# "unveiled the cast on Monday": a lone weekday after "on" is a day, not a slot.
_ONE_DAY = rx.compile(rf"on\s+{_WEEKDAY}$")


def _schedule(article: Article, s: Sentence) -> None:
    # Weekdays may be masked as names, so the text is read; a weekday inside a date
    # ("premiered on Wednesday, April 4") is no schedule.
    found = [m for m in _SCHEDULE.finditer(s.text, s.start, s.end)
             if not any(d.start <= m.start("a" if m["a"] else "days2" if m["days2"] else
                                            "days3" if m["days3"] else
                                            "days6" if m["days6"] else
                                            "days7" if m["days7"] else
                                            "days4" if m["days4"] else
                                            "days5" if m["days5"] else "days")
                        < d.end for d in s.dates)
             # ("on Thursday evenings": a weekly slot after all)
             and not (_ONE_DAY.match(m.group()) and not re.match(
                 r"\s+(?:evenings|nights|mornings|afternoons)\b", s.text[m.end():s.end]))]
    # "B's “S,” which filled Friday and Saturday nights, and C's Monday-Tuesday romance “T”":
    # a later slot only where it names its own title
    for n, m in enumerate(found):
        _slot(article, s, m, own_title=n > 0)


# A sentence that speaks of airing at all (the words both checks share, then each one's own):
# a weekend's "on Saturday and Sunday" needs one of the words, a lone "every Friday" a verb.
_AIRING = r"air(?:s|ed|ing)?|episodes?|slot|premier\w*|screen(?:s|ed|ing)|ran|runs?"
_AIRING_WORD = rx.compile(rf"\b(?:{_AIRING}|broadcasts?|showing|channel|network|finale|nights|"
                          r"drama|series|show)\b", re.I)
# ("B carried the drama every Thursday night": a channel's verb too)
_AIRING_VERB = rx.compile(rf"\b(?:{_AIRING}|broadcast(?:s|ing)?|show(?:s|ed|ing)|went\s+out|"
                          r"goes\s+out|carried)\b", re.I)
_RERUN = rx.compile(r"\b(?:re-?runs?|re-?running|re-?air(?:s|ed|ing)?|rebroadcasts?)\b", re.I)


def _slot(article: Article, s: Sentence, m: re.Match[str], own_title: bool = False) -> None:
    """The schedule ``m`` (a match of ``_SCHEDULE`` in the text) gives its series (with
    ``own_title``, only the title right after the days)."""
    days = (m["days"] or "").replace("-and-", "-") or \
        (m["days2"] or "").replace("-and-", "-") or m["days3"] or \
        m["days6"] or m["days7"] or m["days4"] or (
        re.sub(r"\s+and\s+", "-", m["days5"]) if m["days5"] else None) or (
        f"{m['a']}-{m['b']}" if m["b"] else m["a"])
    flags: list[str] = []
    series = None
    apposed = None if own_title else \
        re.match(rf"\s*(?P<s>{M}),\s+{M}[’']s\s+(?:{_WEEKDAY}|{M})", s.masked)
    if apposed and (title := s.mention(apposed["s"])) is not None and title.quoted:
        series = article.resolve(title, (SERIES,), SERIES, flags)  # "“S,” B's Monday drama"
    # "B's Monday-Tuesday romance “S”"
    if series is None and (m["days"] or m["days4"] or m["days5"]):
        named = next((x for x in s.mentions if x.start >= m.end()), None)
        between = article.text[m.end():named.start].strip(" \"“‘") if named is not None else ""
        # "B's Wednesday-Thursday procedural “S”": one genre word before the title
        if named is not None and named.quoted and (
                not between or (m["days4"] and re.fullmatch(r"[a-z-]+", between))):
            series = article.resolve(named, (SERIES,), SERIES, flags)
    if re.search(r"\bwill\s+(?:fill|take\s+over|occupy|inherit)\s+(?:the\s+)?$",
                 article.text[s.start:m.start()]):
        return  # "B will fill the Wednesday-Thursday slot with “S”": a plan
    # ("has added a new episode every Friday since DATE": weekly, said with "every")
    if not m["b"] and m["a"] and not m["a"].endswith("s") and \
            not re.match(r"(?:every|each)\s", m.group()) and \
            re.search(r"\bepisode\b", article.text[s.start:m.start()]) and \
            not re.match(r"\s+(?:nights|evenings|mornings|afternoons)\b",
                         article.text[m.end():s.end]):
        # ("aired its last episode on DATE, going out on Saturday nights": weekly after all)
        return  # "the 14th episode … will go out on Thursday as planned": one airing
    para = article.text.rfind("\n\n", 0, s.start) + 1
    if re.search(r"\bmoves?\s+to\s+an?\s+", article.text[s.start:m.start()]) and \
            _RERUN.search(article.text, para, s.end):
        return  # "B will rerun “S” … The episodes move to a weekend slot": a rerun's slot
    if own_title and series is None:
        return
    # ("who buys his pork belly here every Friday": a habit, no slot)
    if series is None and not m.group().endswith("s") and (
            (m.group().startswith("on ") and not _AIRING_WORD.search(s.text, s.start, s.end)) or
            (m.group().startswith("every ") and not m["b"] and
             not _AIRING_VERB.search(s.text, s.start, s.end))):
        return  # "its spring weekend on Saturday and Sunday": one weekend's dates, no slot
    if series is None and not m["b"] and m.group().startswith("on ") and \
            not _AIRING_WORD.search(s.text, s.start, s.end):
        return  # ("The shop stays shut on Sundays": a habit of the place, no slot)
    series = series or _sentence_series(article, s, flags) or (
        # "The show settles into the … slot", "Episodes air every Saturday": the article's
        # (in a guide's entry on one drama, the days are that drama's)
        article.before.get(SERIES) or article.series() if m["days7"] else
        # ("The run began on B on DATE …, with new episodes every Friday and Saturday night")
        article.series() if m["days2"] or _EPISODES_AIR.search(s.masked) or
        _RUN_BEGAN_ON.match(s.masked) or article.section_series else None)
    if series:
        article.claim(s.start, s.end, "broadcast", [(series, "lr:airingSchedule", days)], flags,
                      series, "schedule")


# "… the reason for leaving out the November 19 release": the song spoken of came out then.
# ("“T,” a February 6 release credited to G": the title set before it)
_THE_DATED_RELEASE = rx.compile(rf"\b(?:the|its)\s+(?P<d>{D})\s+release\b(?!\s+of\b)|"
                                rf"(?P<r>{M}),\s+(?:an?\s+(?P<d2>{D})\s+release\b(?!\s+of\b)|"
                                # ("“T,” a G release from DATE": the owner before the noun)
                                rf"(?:an?\s+(?:{M}\s+)?|{M}[’']s\s+)(?:release|single)\s+from\s+"
                                rf"(?P<d3>{D}))")
# "“T,” which came out on August 23, the day after the premiere": the series began a day before.
_DAY_AFTER_PREMIERE = rx.compile(rf"(?P<d>{D}),\s+the\s+(?:day|morning|night)\s+after\s+"
                                 r"(?:the|its)\s+(?:(?:drama|series|show)[’']s?\s+)?premiere\b")


def _day_before(value: str) -> str:
    """The day before ``value`` (a day, or a month-day counted in a leap year)."""
    if value.startswith("--"):
        day = dt.date(2000, int(value[2:4]), int(value[5:7])) - dt.timedelta(days=1)
        return f"--{day.month:02d}-{day.day:02d}"
    return (dt.date.fromisoformat(value) - dt.timedelta(days=1)).isoformat()


_SERIES_CLAUSE = rx.compile(r"\b(?:which|that)\s+(?:wrapped|ended|aired|premiered|concluded|"
                            r"finished|began|started|ran|signed\s+off)\b")


def _about_album(s: Sentence) -> bool:
    return bool(re.search(r"\b(?:album|OST|soundtrack|EP)\b", s.masked))


def _releases(article: Article, s: Sentence) -> None:
    for m in [*_RELEASED_FIRST.finditer(s.masked), *_FOLLOWED_WITH.finditer(s.masked)]:
        groups = m.groupdict()
        date, title = s.date(m["d"] or groups.get("d2")), s.mention(m["r"] or groups.get("r2"))
        flags: list[str] = []
        if groups.get("it") and date is not None and date.precision != "year":
            got = article.spoken_recording(flags)  # "Released on DATE, …, it": the song reviewed
            if got and not re.search(r"-(?:ost|soundtrack|album)$", got[0]):  # a song, no album
                _release(article, s, got, date.value, None, flags)
            continue
        if date is None or date.precision == "year" or title is None or not title.quoted:
            continue
        got = article.recording(title, flags)
        if got:
            _release(article, s, got, date.value, None, flags)
    for m in _RELEASING.finditer(s.masked):
        date, title = s.date(m["d"]), s.mention(m["r"])
        flags = []
        got = article.recording(title, flags) if title is not None and title.quoted and \
            date is not None and date.precision != "year" and \
            not _is_series(article, title) else None
        if got:
            _release(article, s, got, date.value, None, flags)
    found = [(m, m.start("verb")) for m in _RELEASED.finditer(s.masked)]
    found += [(m, m.start("verb")) for m in _RELEASED_AFTER.finditer(s.masked)]
    for m, at in found:
        date = s.date(m["d"])
        # a release set for a date is announced like a premiere ("will be released on March 8")
        if date is None or date.precision == "year" or hedged(s.masked, at, scheduled=True):
            continue
        # ("G’s contribution to the album is “T,” released on DATE": the song's)
        # ("The album also carries G’s “T,” released on DATE": the same)
        # (not "“T,” the album’s opening track, which came out on DATE": a track of it)
        # ("“T” was the first single from the album, released by G on DATE": the single's)
        if re.search(r"\b(?:album|OST album|EP)\b(?![’']s)", s.masked[:at][-30:]) and \
                not re.search(r"\b(?:single|track|song)\s+(?:from|off)\s+the\s+(?:OST\s+)?"
                              r"album,\s+$", s.masked[:at]) and \
                not re.search(r"\balbum(?:\s+(?:is|was|(?:also\s+)?(?:carries|includes|features|"
                              # ("The album ends with A’s “T,” out on DATE": its last track's)
                              r"holds|contains|has)|(?:ends|opens|closes|starts|begins)\s+with|"
                              # ("Last on the album comes “T,” a G song released on DATE")
                              r"comes|came)|:)\s+"
                              # ("Also on the album: “T,” a G track released on DATE")
                              r"(?:⟨\d+⟩[’']s\s+)?⟨\d+⟩,?\s*(?:an?\s+(?:⟨\d+⟩\s+)?(?:[a-z-]+\s+)?"
                              r"(?:track|song|single)\s*)?$", s.masked[:at]):
            continue
        if re.search(r"\b(?:episode|episodes|finale|premiere)\s+$", s.masked[:at]):
            continue  # "the drama whose last episode went out on DATE": no song's release
        last = s.mentions_in(s.masked[:at])[-1:]
        if re.search(r"⟩\s+(?:OST|[Ss]oundtrack|[Aa]lbum)\b,?\s*(?:was\s+|were\s+)?$",
                     s.masked[:at]) or (
                last and re.search(r"\s(?:OST|Album|EP|Soundtrack)$", last[0].text) and
                re.search(r"⟩,?\s*(?:was\s+|were\s+)?$", s.masked[:at])):
            continue  # "The S OST, released in full on DATE": an album's release
        which = re.search(rf"(?P<s>{M}),\s+which\s+$", s.masked[:at])
        if m.groupdict().get("debut") and (not _about_a_song(article, s) or re.search(
                rf"\b(?:the|its)\s+(?:[\w-]+\s+)?{_SERIES_NOUN}\s+$", s.masked[:at], re.I) or (
                which and _is_series(article, s.mention(which["s"])))):
            continue  # ("… the theme of B’s “S,” which premiered …": S's premiere)
        if s.dates_in(m["mid"]) or _SERIES_CLAUSE.search(m["mid"]):
            continue  # ("released under her name for B’s “S,” which wrapped up on DATE": S's)
        flags: list[str] = []
        got = subject_recording(article, s, at, flags)
        if got is None and at == m.start("verb") and not s.masked[:at].strip() and \
                re.match(r"\s*,\s+it\b", s.masked[m.end():]):
            got = article.spoken_recording(flags)  # "Out since DATE, it is credited to …"
        if got is None and _ITS_PART.fullmatch(m["mid"]):
            got = article.spoken_recording(flags)  # "B's romance … dropped its second OST part on"
        solo = re.match(rf"\s+with\s+(?P<r>{M})", s.masked[m.end():]) \
            if m.groupdict().get("solo") else None
        if got is None and solo and s.mention(solo["r"]).quoted:  # "A went solo on DATE with “T”"
            got = article.recording(s.mention(solo["r"]), flags)
        if got is None and rx.found_by(m, _RELEASED):  # "X released “Title” on DATE": the object
            titles = [t for t in s.mentions_in(m["mid"]) if t.quoted or any(
                article.registry.is_a(e, (RECORDING, SONG)) for e in t.resolution.entities)]
            got = article.recording(titles[0], flags) if titles else None
        if got is None:
            continue
        platform = None
        for mention in s.mentions_in(m["mid"] if rx.found_by(m, _RELEASED) else ""):
            platform = article.resolve(mention, (PLATFORM,), None, flags) or platform
        value = date.value
        announced = hedged(s.masked, at) or m["verb"].startswith(("scheduled", "slated", "set"))
        if date.inferred_year and announced:  # announced, so not yet past
            value = upcoming(value, article.published)
            flags.append(f"year inferred from the publication date and the future tense: "
                         f"{date.value} is read as {value}")
        for item in coordinated(article, s, at) or [got]:
            _release(article, s, item, value, platform, flags)
    for m in _THE_DATED_RELEASE.finditer(s.masked):
        flags = []
        date = s.date(m["d"] or m["d2"] or m["d3"])
        title = s.mention(m["r"]) if m["r"] else None
        if title is not None and not title.quoted:
            continue
        got = (article.recording(title, flags) if title is not None else
               article.spoken_recording(flags)) if date is not None and \
            date.precision in ("day", "month-day") and not _about_album(s) else None
        if got is not None:
            _release(article, s, got, date.value, None, flags)
    for m in _ON_FINALE_NIGHT.finditer(s.masked):
        # "“T,” released on the night of the finale": the finale's day, said before
        which = "first" if m["first"] or m["first2"] else "final"
        day = next((o for c in article.proposal.claims for _, p, o in c.facts
                    if p == f"lr:{which}EpisodeDate"), None)
        flags = []
        got = subject_recording(article, s, m.start(), flags) if day else None
        if got is None and day and re.match(r"[^,⟨]*(?:⟨\d+⟩)?[^,⟨]*,\s+(?:it|this)\s", s.masked) \
                and s.masked.find(",") > m.start():
            # "Put out on the night of the finale, it …", "Released on …, this is …"
            got = article.spoken_recording(flags)
        # "It will be out on premiere day": announced like the premiere it is tied to
        if got is not None and not hedged(s.masked, m.start(), scheduled=True):
            _release(article, s, got, str(day), None, flags)
    for m in _SAME_NIGHT.finditer(s.masked):
        # "“T” was the last thing viewers heard on DATE, and it went on sale the same night"
        dates = s.dates_in(s.masked[:m.start()])
        if not dates or dates[-1].precision == "year" or hedged(s.masked, m.start()):
            continue
        flags = []
        got = subject_recording(article, s, m.start(), flags)
        if got is not None:
            _release(article, s, got, dates[-1].value, None, flags)


# A release dated by the day the sentence named before it: "… went on sale as a single the
# same night".
_SAME_NIGHT = rx.compile(r"\b(?:went|goes|was\s+put|were\s+put)\s+on\s+sale\b(?:[^.⟦⟨;]){0,30}?"
                         r"\bthe\s+same\s+(?:night|day|evening)\b|\b(?:was\s+released|came\s+out|"
                         r"dropped|arrived|went\s+out)\s+(?:as\s+a\s+single\s+)?the\s+same\s+"
                         r"(?:night|day|evening)\b")
_ON_FINALE_NIGHT = rx.compile(r"\b(?:[Rr]eleased|(?:[Pp]ut\s+)?out|came\s+out|dropped|arrived)\s+"
                              # "came out under G's name on the day of the premiere"
                              r"(?:under\s+⟨\d+⟩(?:[’']s?\s+name)?\s+)?"
                              r"on\s+(?:the\s+"
                              # "on the night of that last episode"
                              r"(?:night|day|evening|afternoon|morning)\s+of\s+(?:the|that|its)\s+"
                              r"(?:(?P<first>premiere)|"
                              r"finale|(?:last|final)\s+episode)|"
                              r"finale\s+(?:night|day)|(?P<first2>premiere)\s+(?:night|day))\b|"
                              # "It came out while the last episode was still airing"
                              r"\b(?:came\s+out|was\s+released|dropped|arrived)\s+while\s+the\s+"
                              r"(?:last|final)\s+episode\s+was\s+(?:still\s+)?(?:on\s+air|airing)\b")
# A table row's release cell: "Part 1 · “T” · G · out Feb. 16", "| T | G | released May 2 |".
_ROW_OUT = rx.compile(rf"(?:^|[·|•]\s*)(?:out|released|release)\s*:?\s+(?:on\s+)?(?P<d>{D})"
                      r"\s*(?:[·|]|$)", re.I)


def _row_release(article: Article, s: Sentence) -> None:
    """The release date a table row gives its title."""
    cell = _ROW_OUT.search(s.masked)
    title = next((x for x in s.mentions if x.quoted), None)
    date = s.date(cell["d"]) if cell else None
    if title is None or date is None or date.precision == "year":
        return
    flags: list[str] = []
    got = article.recording(title, flags)
    if got is not None:
        _release(article, s, got, date.value, None, flags)


def _timeline_releases(article: Article, s: Sentence) -> None:
    """A release told in the present in a timeline entry, dated by the entry's day."""
    dateline = article.dateline
    if dateline is None or any(d.start != dateline.start for d in s.dates):
        return
    for m in _OUT_NOW.finditer(s.masked):
        if hedged(s.masked, m.start()) or re.search(r"\b(?:album|OST|EP)\b",
                                                    s.masked[:m.start()]):
            continue  # an album's release cannot be said
        flags: list[str] = []
        got = subject_recording(article, s, m.start(), flags)
        if got is not None:
            _release(article, s, got, dateline.value, None, flags)
    # "G put out “T”": the title after the verb
    for m in re.finditer(rf"\b(?:put|puts|drop|drops)\s+out\s+(?P<r>{M})|\b(?:drops|releases|"
                         r"dropped|released)\s+(?:(?:its|their|his|her|a|the)\s+(?:[\w-]+\s+){0,2}?"
                         # "G released its first single, “T”"
                         rf"(?:single|song|track|ballad|theme|debut),?\s+)?(?P<r2>{M})", s.masked):
        title = s.mention(m["r"] or m["r2"])
        flags = []
        got = article.recording(title, flags) if title is not None and title.quoted else None
        if got is not None and not hedged(s.masked, m.start()):
            _release(article, s, got, dateline.value, None, flags)


def _release(article: Article, s: Sentence, item: tuple[str, str | None], date: str,
             platform: str | None, flags: list[str]) -> None:
    """Claim the release of a recording (an album's release date cannot be said)."""
    recording, song = item
    if article.is_a(recording, ALBUM):
        return
    facts = modelling.release(recording, date, article.published, platform)
    if song:
        facts.append((recording, "lr:recordingOf", song))
    article.claim(s.start, s.end, "release", facts, flags, recording, date.lstrip("-"))


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


def _channel_like(article: Article, mention: Mention,
                  kinds: tuple[str, ...] = (BROADCASTER,)) -> bool:
    """A name shaped like a channel's ("X TV", "Channel X"), or a known one of ``kinds``."""
    return bool(_CHANNEL_NAME.search(mention.text)) or any(
        article.registry.is_a(e, kinds) for e in mention.resolution.entities)


def _weekday(mention: Mention) -> bool:
    return bool(re.fullmatch(rf"{_WEEKDAY}s?(?:-{_WEEKDAY}s?)?", mention.text)) or \
        mention.text.lower() in MONTHS


def _hinted(article: Article, mention: Mention, cls: str) -> bool:
    return not mention.resolution.entities and article.hints.get(exact_form(mention.text)) == cls
