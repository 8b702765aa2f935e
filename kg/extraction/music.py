"""Who performs or sings which recording.

Patterns: list items "Title — Artist" (with "Group's Member" or "Member (Group)"),
"Title by Artist", "Title, sung/performed by A and B", "A lent her voice to Title",
"A sings/recorded Title (in character as C)", "A sings all four / these six songs",
"A contributed Title", "A is credited on T1, T2 and T3", "Artist's "Title"".

A credit (``lr:creditedArtist``) names whoever a recording is released under; vocals
(``lr:vocals`` → ``lr:VocalPerformance``) the real person who sings, which is how "sung by",
"lent her voice" and "sings" are modelled when the singer is a person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from kg.extraction import modelling, rx
from kg.extraction.broadcast import channel_letters, section_series
from kg.extraction.cast import (
    _EVENT_NAME,
    BAND_ROLES,
    MEMBERS_SET_OFF,
    ONLY_SOME_SING,
    ONLY_THEY_SING,
    PERSON_NAME,
    _is_any,
    band_before,
    could_be,
    first_mention,
    group_of,
    interview_guest,
    looks_like_group,
    player_heading,
    previous_subject,
)
from kg.extraction.charts import paragraph_title
from kg.extraction.context import (
    ALBUM,
    ALBUM_TITLE,
    ARTISTS,
    BAND,
    BROADCASTER,
    CHARACTER,
    ENSEMBLE,
    GROUP,
    ORGANISATION,
    PERSON,
    PLATFORM,
    RECORDING,
    SERIES,
    SINGER,
    SONG,
    UNRESOLVED,
    Article,
)
from kg.extraction.dates import YEAR_DIGITS
from kg.extraction.masked import NAMES, D, M, Sentence
from kg.extraction.mentions import Mention
from kg.extraction.names import exact_form
from kg.extraction.registry import Resolution
from kg.extraction.sentences import (
    ARTIST_COLON_ITEM,
    ARTIST_NAMES,
    ARTIST_TITLE_TRACK,
    BRACKET_ITEM,
    CELL,
    CREDIT_FIELD,
    ENTRY_TITLE_LINE,
    KEYED_ROW,
    LABELLED_ITEM,
    LINEUP_ROW,
    MOVE_IN_BRACKETS,
    MOVEMENT,
    ORDINAL_SLASH_ITEM,
    PART_AFTER_ROW,
    PART_PAREN_ROW,
    PART_WORD,
    PLAYLIST_COLON,
    RANKED_ROW,
    TITLE_BY_LINE,
    TITLED_ROW,
    TRACK_OVER_CREDIT,
    dashes,
    keyed_cells,
)
from kg.extraction.tables import BRACKETED_ARTIST

_BY = rx.compile(
    # ("“T,” the second part, is a solo ballad by A": a noun set off before)
    rf"(?P<r>{M})(?P<mid>(?:,\s+(?:the|a|an)\s+[^,⟨;]{{1,40}}(?=,))?"
    # ("“T,” the “S” duet by A and B": the drama's title before the noun)
    rf"(?:\s*,)?\s+(?:(?:is|was)\s+)?(?:(?:a|an|the)\s+)?(?:(?<=the\s)⟨\d+⟩\s+(?=duet\s))?"
    r"(?:[a-z-]+\s+){0,4}?(?:(?<=the\s)OST\s+)?)"
    # ("the trot single by the veteran A")
    r"by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:band|group|singer|duo|trio|artist|rapper|"
    rf"soloist|singers|artists|[a-z]+ists?|singer-songwriter|veteran|rookie|newcomer)\s+)?(?P<a>{NAMES})"
    # "“T” by A featuring rapper B": the guest is credited too
    r"(?:,?\s+(?:featuring|feat\.|ft\.)\s+(?:(?:[a-z-]+\s+)?(?:rapper|singer|vocalist|artist|"
    rf"band|group)\s+)?(?P<f>{M}))?")
_TRACKLIST_BY = rx.compile(
    rf":\s*(?P<list>(?:{M}\s*,\s*)+(?:and\s+)?(?:(?:a|an|the)\s+(?:[a-z-]+\s+){{0,3}})?{M})\s+"
    r"by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:band|group|singer|duo|artist)\s+)?"
    rf"(?P<a>{M})")
_SUNG_BY = rx.compile(
    rf"(?:(?P<r>{M})|(?P<both>\b(?:[Bb]oth|[Aa]ll)\s+(?:(?:the|of\s+the|these|those)\s+)?(?:\w+\s+)?"
    # ("“T,” the band’s slow number, sung by A": the noun, of the band spoken of)
    rf"(?:[\w-]+\s+)?(?:songs|tracks|numbers))|(?P<it>\b[Tt]he\s+(?:[\w-]+(?:[’']s)?\s+){{0,2}}?(?:song|"
    r"track|OST|single|ballad|anthem|tune|duet|number|closer|opener|finale|entry|theme|cut)|"
    # ("… for last. It is performed by G, a four-piece band": the song spoken of)
    r"(?:^|(?<=;\s))\s*It(?=\s+(?:is|was)\s+(?:sung|performed)\s+by\b)))"
    # "“T,” released on July 7, is credited to both actors and sung by …"
    # ("“T,” released on DATE and performed by the boy group G": "and" ending the clause)
    # ("“T,” a G track released on DATE, sung by the group’s A and B": the noun between)
    # ("“T,” a G single from DATE, sung from the first line to the last by A": the same)
    r"(?:,\s+an?\s+(?:⟨\d+⟩\s+)?(?:[a-z-]+\s+)?(?:track|song|single|ballad|number)"
    r"(?=\s+released\s|\s+from\s+⟦\d+⟧,))?"
    r"(?:\s*,)?(?:\s+(?:released|recorded|(?<=single\s)from)\s+[^,⟨]{0,40}?(?:,|\s+and))?\s*\(?\s*"
    r"(?:(?:is|was|are|were)\s+)?"
    # "“T,” credited to G and sung by A in character as C": A sings it
    # ("“T,” a B-side performed by G": the one capital of a record's noun; "a G B-side sung by
    # A": the act's name before it)
    rf"(?:credited\s+to\s+(?:both\s+(?:actors|leads|stars)|{M})\s+and\s+)?(?:(?:a|an|the)\s+"
    r"(?:[a-z-]+\s+|B-side\s+|⟨\d+⟩\s+(?=B-side\b)){0,3})?(?:sung|performed|sang|voiced|recorded|"
    r"handled)\s+"
    # ("“T,” sung solo by the boy group’s A")
    # ("sung almost entirely by the group’s A")
    # ("sung on the soundtrack by A": the record, not the scene)
    r"(?:(?:almost\s+|nearly\s+)?[a-z]+ly\s+|together\s+|solo\s+|on\s+screen\s+|"
    r"on\s+the\s+(?:soundtrack|record|recording|album)\s+|"
    r"in\s+the\s+(?:drama|series|show)\s+|"
    r"from\s+the\s+first\s+(?:line|note|word|bar)\s+to\s+the\s+last\s+)?"
    r"by\s+(?:the\s+(?:[a-z-]+[’']s\s+)?(?:two\s+)?(?:leads|stars|co-stars),?\s+)?"
    # ("sung by G’s A": A, one of G, with or without the noun)
    rf"(?:(?P<owner>{M})[’']s\s+(?:(?:[a-z]+\s+)?(?:member|vocalist|singer|rapper|maknae|leader),?\s+)?"
    # ("recorded solo by the group’s leader, A": the place set off before the name)
    rf"(?=⟨)|(?P<thegroup>the\s+(?:boy\s+|girl\s+)?(?:group|band)[’']s\s+"
    r"(?:(?:[a-z]+\s+)?(?:leader|member|vocalist|singer|rapper|maknae),\s+)?)(?=⟨))?"
    # ("sung by the whole of G": the group)
    # ("performed by all five members of G": the same)
    # ("sung by all five of G together": the same)
    r"(?:the\s+whole\s+of\s+|all\s+(?:[a-z]+\s+)?of\s+|all\s+(?:[a-z]+\s+)?(?:of\s+the\s+)?members\s+of\s+)?"
    # ("performed by the boy group G")
    r"(?:(?:lead\s+|main\s+|ballad\s+|"
    # ("recorded by the veteran A")
    r"the\s+(?:(?:boy|girl|idol|rock|indie|folk)\s+)?)?(?P<noun>actor|actress|singer|members?|vocalist|idol|band|group|duo|trio|veteran|"
    r"soloist|rapper|[a-z]+ist|singer-songwriter)\s+)?"
    rf"(?P<a>{NAMES})(?:\s+(?:as|in\s+character\s+as)\s+(?P<c>{M})"
    # "… sung by A as C and B as D"
    rf"(?:,?\s+and\s+(?P<a2>{M})\s+as\s+(?P<c2>{M}))?)?")
# "Credited to G, the in-story band of …, and voiced by A in character as frontman C, the song
# climbed …": the song spoken of, G's, with A's voice in C's.
# "Credited to A and B, the duet was released on DATE and is sung by the pair in character as C
# and D": both credited, and each sings in the part named in turn.
# ("Credited to the ballad singer A, the song came out on DATE and has her voice at the front,
# while B joins in on the bridge as C": A is credited and sings; B sings too, as C)
# ("Also credited to G, it came out on DATE": the song just named, like the one before it)
# ("Released on DATE and credited to A, the single had …": the same after the release)
_OPENING_CREDIT = rx.compile(r"^\s*(?:Also\s+c|C|Released\s+(?:on\s+)?⟦\d+⟧\s+and\s+c)"
                             r"redited\s+to\s+"
                             r"(?:the\s+(?:[a-z-]+\s+){0,2}?"
                             r"(?:singer|vocalist|songstress|crooner|rapper|duo|group|band|trio)\s+)?"
                             rf"(?P<g>{M})(?:\s+and\s+(?P<g2>{M}))?"
                             # ("Credited to A featuring the rapper B, it is sung by A")
                             r"(?:\s+(?:featuring|feat\.)\s+(?:the\s+(?:rapper|singer)\s+)?"
                             rf"(?P<f>{M}))?"
                             r"(?=.*?,\s+(?:the\s+(?:song|track|single|ballad|number|duet)\s+(?!of\b)|"
                             # ("Credited to the singer A, it was released on …")
                             r"it\s+(?:was|is|came|arrived|dropped|went)\b))")
# "“T” is sung by A …. Credited to her alone, it came out on DATE": the one spoken of is credited.
_CREDITED_TO_HER = rx.compile(r"^\s*(?:Also\s+c|C)redited\s+to\s+(?:her|him)(?:\s+alone)?,\s+"
                              r"(?:it|the\s+(?:song|track|single|ballad))\s")
# "fronted by A, whose husky voice carries the track, with guitarist B singing the harmonies":
# both sing the song spoken of
# ("…, the girl group led by A, whose solo opens the song": the same, a solo's place)
_WHOSE_VOICE_CARRIES = rx.compile(rf"(?P<a>{M}),\s+whose\s+(?:[a-z-]+\s+)?(?:voice|vocals?|solo)\s+"
                                  r"(?:carries|carried|leads|led|drives|drove|opens|opened|closes|"
                                  r"closed|"
                                  # "A, whose voice is the only one on the record"
                                  r"(?:is|was)\s+the\s+only\s+one\s+on)\s+(?:the|this)\s+"
                                  r"(?:track|song|ballad|single|number|record|recording|original)\b")
# "The song is credited to the indie duo G and sung by the duo’s vocalist, A; her bandmate, the
# guitarist B, co-wrote the melody": A sings it, and A and B are G's members.
# ("… and fronted by the duo’s singer, A; the other half of G, guitarist B, …": the same)
_SUNG_BY_ITS_VOCALIST = rx.compile(
    # ("… and sung by its frontwoman, A")
    r"\bcredited\s+to\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?P<g>⟨\d+⟩)\s+and\s+(?:sung|fronted)\s+by\s+"
    r"(?:the\s+(?:duo|trio|band|group|quartet)[’']s|its)\s+(?:lead\s+)?(?:vocalist|singer|frontman|"
    r"frontwoman),\s+(?P<a>⟨\d+⟩)"
    r"(?:;\s+(?:(?:her|his|their)\s+bandmate,\s+(?:the\s+)?(?:guitarist|bassist|drummer|keyboardist|"
    # ("…; its other member, B, plays guitar on the track")
    r"pianist)\s+|its\s+other\s+member,\s+|the\s+other\s+half\s+of\s+⟨\d+⟩,\s+(?:[a-z]+\s+)?)"
    r"(?P<b>⟨\d+⟩),)?")
# "Next came G. The trio (A, B and C) are credited on “T,” although only A and B sing on the
# recording": the three are G's members, G is credited, A and B sing.
_TRIO_CREDITED_ON = rx.compile(r"^\s*The\s+(?:duo|trio|quartet|quintet|sextet|group|band)\s+"
                               rf"\((?P<list>{NAMES})\)\s+(?:are|were|is|was)\s+credited\s+on\s+"
                               rf"(?P<r>{M})")
_ONLY_SING_ON = rx.compile(rf"\bonly\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:sing|sang)\s+on\s+"
                           r"(?:the\s+(?:recording|record|track|song)|it)\b")
# "A, who plays the bookkeeper C, and B, who plays the ferry pilot D, sing the duet “T” in
# character": both sing T, each as the part the clause gives.
_EACH_WHO_PLAYS_SING = rx.compile(rf"(?P<a>{M}),\s+who\s+(?:plays|played)\s+[^,;⟨]{{0,40}}{M},\s+"
                                  rf"and\s+(?P<b>{M}),\s+who\s+(?:plays|played)\s+[^,;⟨]{{0,40}}{M},"
                                  r"\s+(?:sing|sang|perform|performed|duet\s+on)\s+"
                                  rf"(?:the\s+(?:duet|song)\s+)?(?P<r>{M})")
# "A, who is credited on the track and sings it alone, saw it …": A is credited and sings.
_WHO_CREDITED_ON_SINGS = rx.compile(rf"(?P<a>{M}),\s+who\s+is\s+credited\s+on\s+(?:the|this)\s+"
                                    r"(?:track|song|single|ballad)\s+and\s+(?:sings|sang)\s+it\b")
# "A started with “T,” released under her name for B’s “S”": A is credited.
_STARTED_WITH_UNDER_NAME = rx.compile(rf"(?P<a>{M})\s+(?:started|opened|closed|ended|followed|"
                                      rf"began)\s+(?:[a-z]+\s+){{0,3}}?with\s+(?P<r>{M}),\s+"
                                      r"(?:released|put\s+out|issued)\s+under\s+(?:her|his)\s+"
                                      r"(?:own\s+)?name\b")
# "“T,” which the folk singer A released under her own name on DATE, singing it in character as
# C": A's, in A's voice.
_WHICH_A_RELEASED_UNDER = rx.compile(rf"(?P<r>{M}),\s+which\s+(?:the\s+(?:[a-z-]+\s+){{0,2}}?"
                                     r"(?:singer|vocalist|veteran|singer-songwriter)\s+)?"
                                     rf"(?P<a>{M})\s+(?:released|put\s+out|issued)\s+under\s+"
                                     # ("… under her own name on DATE and sings alone")
                                     r"(?:her|his)\s+own\s+name\b(?P<sung>[^;⟨]{0,40}?(?:,\s+singing\s+"
                                     r"it\b|\s+and\s+(?:sings|sang)\s+(?:it\s+)?(?:alone|solo)\b))?")
# "A, who sings the closing duet “T” with B, …": both sing T.
_WHO_SINGS_DUET_WITH = rx.compile(rf"(?P<a>{M}),\s+who\s+(?:sings|sang)\s+the\s+(?:[a-z-]+\s+)?"
                                  rf"duet\s+(?P<r>{M})\s+with\s+(?P<b>{M})")
# "Credited to and sung by A, the ballad won …": the song spoken of is A's, and A sings it.
# ("Credited to and sung by A alone, the song won …")
_CREDITED_TO_AND_SUNG_OPENS = rx.compile(rf"^\s*Credited\s+to\s+and\s+sung\s+by\s+(?P<a>{M})"
                                         r"(?:\s+alone)?,\s+"
                                         r"(?:the\s+(?:[a-z-]+\s+)?(?:song|ballad|track|single)|"
                                         r"it)\b")
# "A, who plays C, is the credited artist and sings it as C": the same, in character.
_IS_THE_CREDITED_ARTIST = rx.compile(rf"(?P<a>{M})(?:,\s+who\s+[^,;]{{1,60}},)?\s+is\s+the\s+"
                                     r"credited\s+artist\s+and\s+(?:sings|sang)\s+it\b"
                                     rf"(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?")
# "The quartet is fronted by A, who sings lead on it; bassist B and guitarist C add harmonies":
# A, B and C sing the song spoken of.
# ("The group is fronted by A, who also sings the track, and …": the same)
_WHO_SINGS_LEAD_ON_IT = rx.compile(rf"(?<=fronted\sby\s)(?P<a>{M}),\s+who\s+(?:also\s+)?"
                                   r"(?:sings|sang)\s+(?:(?:the\s+)?lead(?:\s+vocals?)?\s+on\s+it|"
                                   r"the\s+track|it)\b")
_PLAYERS_ADD_HARMONIES = rx.compile(r"\b(?:bassist|drummer|guitarist|keyboardist|pianist)\s+"
                                    rf"(?P<a>{M})\s+and\s+"
                                    r"(?:bassist|drummer|guitarist|keyboardist|pianist)\s+"
                                    rf"(?P<b>{M})\s+(?:add|added|provide|provided)\s+(?:the\s+)?"
                                    r"(?:backing\s+)?(?:harmonies|vocals)\b")
# "“T,” which is credited to G and voiced by A in character as C": A sings T, as C.
# ("credited to G but sung by A as C": the same, the contrast said)
_CREDITED_G_SUNG_BY = rx.compile(rf"\bcredited\s+to\s+(?:the\s+(?:band|group)\s+)?{M},?\s+"
                                 rf"(?:and|but)\s+(?:sung|voiced|performed)\s+by\s+(?P<a>{M})"
                                 rf"(?:\s+in\s+character)?(?:\s+as\s+(?P<c>{M}))?")
# "It is also credited to the band, with A singing as C and B joining as D": both sing it.
_WITH_SINGING_JOINING = rx.compile(rf"\bcredited\s+to\s+the\s+(?:band|group),\s+with\s+"
                                   rf"(?P<a>{M})\s+singing\s+as\s+(?P<c>{M})\s+and\s+(?P<b>{M})\s+"
                                   rf"(?:joining|harmonising|harmonizing)\s+as\s+(?P<d>{M})")
# "G is the credited artist on all three songs, “T1,” “T2” and “T3.”"
_CREDITED_ARTIST_ON_ALL = rx.compile(rf"(?P<a>{M})\s+is\s+the\s+credited\s+artist\s+on\s+"
                                     r"(?:all\s+|both\s+)?(?:(?:two|three|four|five)\s+)?"
                                     rf"(?:songs|tracks),\s+(?P<list>{NAMES})")
# "All five members — A, B, C, D and E — appear on it, but the singing belongs to A, who …,
# and B, whose …": five members of the group credited, two singers.
_ALL_MEMBERS_APPEAR = rx.compile(r"^\s*All\s+(?:two|three|four|five|six|seven)\s+members,\s+"
                                 rf"(?P<list>{NAMES}),\s+(?:appear|feature)\s+on\s+it\b")
_SINGING_BELONGS_TO = rx.compile(rf"\bthe\s+(?:singing|vocals?)\s+belongs?\s+to\s+(?P<a>{M})"
                                 r"(?:,\s+(?:who|whose)\s+[^,;]{1,60},)?\s+and\s+"
                                 rf"(?P<b>{M})")
# "“T,” a slower number that A and B divide between them": both sing T.
_NUMBER_THAT_THEY_DIVIDE = rx.compile(rf"(?P<r>{M}),\s+an?\s+(?:[a-z-]+\s+){{0,2}}(?:number|song|"
                                      rf"track|ballad)\s+that\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+"
                                      r"(?:divide|split|share|trade)\b")
# "The track is by the trio G, whose vocalists A and B trade lines": G's, and A and B its members.
_THE_TRACK_IS_BY = rx.compile(r"^\s*(?:The|This)\s+(?:track|song|single|ballad)\s+is\s+by\s+"
                              r"(?:the\s+(?:[a-z-]+\s+)?(?:trio|duo|quartet|quintet|group|band)\s+)?"
                              rf"(?P<a>{M})(?:,\s+whose\s+(?:vocalists|singers|members)\s+"
                              rf"(?P<list>{NAMES}))?")
# "“T,” a duet released on DATE and credited to the two leads": both leads.
_CREDITED_TO_THE_LEADS = rx.compile(rf"(?P<r>{M}),\s+an?\s+(?:[a-z-]+\s+)?(?:duet|song|track)\s+"
                                    r"[^;⟨]{0,40}?\bcredited\s+to\s+the\s+two\s+leads\s*[.;,]")
# "A sings it as C and B as D": both sing the song spoken of, in character.
# ("is performed in character, with A as C and B as D": the same)
# ("A sings it as C, with B, also in character, as D on the harmonies": the same)
_SINGS_IT_AS_AND = rx.compile(rf"(?:(?P<a>{M})\s+(?:sings|sang)\s+it|\bperformed\s+in\s+"
                              rf"character,\s+with\s+(?P<a2>{M}))\s+as\s+(?P<c>{M})"
                              rf"(?:\s+and\s+|,\s+with\s+)(?P<b>{M})"
                              r"(?:,\s+(?:also\s+)?in\s+character,)?\s+as\s+"
                              rf"(?P<d>{M})")
# "“T,” …, is a duet credited to A and the actor": A and the actor spoken of before.
_AND_THE_ACTOR = rx.compile(rf"(?P<r>{M}),[^;⟨]{{0,100}}?\bcredited\s+to\s+(?P<a>{M})\s+and\s+"
                            r"the\s+(?:actor|actress)\b")
# "Credited to the group like the others, it is a showcase for A, who sings every line": the
# group named last is credited, A sings it.
_CREDITED_TO_THE_GROUP_IT = rx.compile(r"^\s*Credited\s+to\s+the\s+(?:group|band)"
                                       r"(?:\s+like\s+the\s+others)?,\s+it\b")
_SHOWCASE_FOR = rx.compile(rf"\bshowcase\s+for\s+(?P<a>{M}),\s+who\s+(?:sings|sang)\s+every\s+"
                           r"line\b")
# "All four members sing on it": each member of the group credited with the song spoken of.
# ("…, the only one of their songs on which all five members sing": the same)
_ALL_SING_ON_IT = rx.compile(r"^\s*All\s+(?:two|three|four|five|six|seven)\s+members\s+"
                             r"(?:sing|sang)\s+on\s+it\b|"
                             r"\bon\s+which\s+all\s+(?:two|three|four|five|six|seven)\s+members\s+"
                             r"(?:sing|sang)\b")
# "it features both members, A and B, trading lines over a ukulele": the duo's two, both sing.
_BOTH_MEMBERS_TRADING = rx.compile(rf"\bfeatures\s+both\s+members,\s+(?P<a>{M})\s+and\s+(?P<b>{M}),"
                                   r"\s+(?:trading|sharing|splitting|singing)\b")
# "…, and her bandmates, bassist A and keyboardist B, join her on the chorus": both sing the
# song spoken of, and are in the group credited with it.
_BANDMATES_JOIN = rx.compile(rf"\b(?:her|his|their)\s+bandmates,\s+(?:[a-z]+ist\s+)?(?P<a>{M})"
                             rf"\s+and\s+(?:[a-z]+ist\s+)?(?P<b>{M}),\s+(?:join|joined)\s+"
                             r"(?:her|him|them)\s+(?:on|for)\s+the\s+(?:[a-z-]+\s+)?"
                             r"(?:chorus|choruses|harmonies|hook|refrain|bridge)\b")
# "timing every heat to a song by G" (no title): G, in capitals, is a group the text goes on
# about ("That song … is credited to the quintet").
# ("… set to two OST songs by G")
_A_SONG_BY_CAPITALS = rx.compile(r"\b(?:a|every|each|one|two|three|four)\s+(?:OST\s+)?"
                                 r"(?:songs?|tracks?|numbers?)\s+by\s+(?P<g>⟨\d+⟩)(?![’'])")
# "G took the small stage with “T”" (G in capitals): G is the group the text goes on about.
_TOOK_THE_STAGE = rx.compile(r"(?P<g>⟨\d+⟩)\s+(?:took|takes|hit|hits)\s+the\s+(?:[a-z]+\s+)?"
                             r"stage\b")
# "Members A and B sing the track, which is credited to the group": the group spoken of is
# credited, and the two named are its members.
_WHICH_CREDITED_TO_THE_GROUP = rx.compile(r"\bthe\s+(?:track|song|ballad|single|number),\s+which\s+"
                                          r"is\s+credited\s+to\s+the\s+(?P<n>group|band)\b")
_MEMBERS_OPEN = rx.compile(rf"^\s*Members\s+(?P<list>{NAMES})\s+"
                           r"(?:sing|sang|share|shared)\b")
# "“T” is credited to the duo G, but only A, one half of the pair, sings on it": A sings T.
_BUT_ONLY_SINGS = rx.compile(rf"\bbut\s+only\s+(?P<a>{M})(?:,\s+[^,⟨;]{{1,40}},)?\s+"
                             r"(?:sings|sang)\s+on\s+it\b")
# "A performs it with the string ensemble G, which shares the credit": G is credited too.
_SHARES_THE_CREDIT = rx.compile(r"\bwith\s+the\s+(?:[a-z-]+\s+){0,2}?(?:ensemble|orchestra|choir|"
                                r"band|group|quartet|trio|duo)\s+(?P<g>⟨\d+⟩),\s+which\s+"
                                r"(?:shares|shared)\s+the\s+credit\b")
# "“T” is a sub-unit cut on which only A and B sing": both sing T.
_ON_WHICH_ONLY = rx.compile(rf"\bon\s+which\s+only\s+(?P<list>{NAMES})\s+(?:sing|sang)\b")
# "“T” is credited to G, …, with guest vocalist A singing the lead": A sings T.
_GUEST_SINGING = rx.compile(rf"\bwith\s+(?:the\s+)?(?:guest\s+)?(?:vocalist|singer)\s+(?P<a>{M})\s+"
                            r"singing\s+(?:the\s+)?(?:lead|vocals?|verses|chorus)\b")
# "“T” … is a slower number led by A, with B harmonising underneath": both sing T.
_NUMBER_LED_BY = rx.compile(rf"\b(?:number|song|track|ballad|tune)\s+led\s+by\s+(?P<a>{M})"
                            rf"(?:,?\s+with\s+(?P<b>{M})\s+(?:harmonising|harmonizing|singing)\b)?")
# "“T,” fronted by members A and B, was released …": both sing T and are in its group;
# "“T,” on which A sings alone": A sings T.
_FRONTED_BY_MEMBERS = rx.compile(rf"(?P<r>{M}),\s+fronted\s+by\s+members\s+(?P<a>{M})\s+and\s+"
                                 rf"(?P<b>{M}),")
# ("“T,” on which A sings alongside G’s B, …": both sing it)
_ON_WHICH_ALONE = rx.compile(rf"(?P<r>{M}),\s+on\s+which\s+(?P<a>{M})\s+(?:sings|sang)\s+"
                             rf"(?:alone\b|alongside\s+(?:{M}[’']s\s+)?(?P<b>{M}))")
# "“T” by G, an indie trio whose guitarist, A, takes the lead vocal here": A sings T.
_WHOSE_PLAYER_SINGS = rx.compile(rf"\bwhose\s+(?:guitarist|bassist|drummer|keyboardist|pianist),\s+"
                                 rf"(?P<a>{M}),\s+(?:(?:takes|sings|handles)\s+the\s+lead\s+vocals?|"
                                 r"sings\s+lead)\b")
# "A’s “T” rounds out the selection, with A recording the vocal in a single take": A sings T.
# ("…, with A singing lead in character as C")
_WITH_RECORDING_THE_VOCAL = rx.compile(rf"\bwith\s+(?P<a>{M})\s+(?:recording|singing|taking)\s+"
                                       r"(?:the\s+(?:lead\s+)?vocals?\b|lead(?=\s+in\s+character\b))")
# "“T,” a duet credited to both leads, which A and B sing in character as C and D": each in
# the part named in turn.
_WHICH_PAIR_SINGS = rx.compile(rf"\bwhich\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:sing|sang|perform|"
                               r"performed)\s+in\s+character"
                               rf"(?:\s+as\s+(?P<c>{M})\s+and\s+(?P<d>{M}))?")
# "It also carries the band’s name, with … and B adding backing vocals as D": the band named
# last is credited, and B sings the song spoken of.
# ("“T,” which dropped on DATE, also carries the band’s name": the title named)
# ("The ballad “T” also carries the band’s name": the same, the title right before)
_CARRIES_THE_BANDS_NAME = rx.compile(r"(?:^\s*It|(?<=,)|(?<=⟩))\s+(?:also\s+)?(?:carries|bears)\s+"
                                     r"the\s+(?P<n>band|group)[’']s\s+name\b")
_ADDING_VOCALS = rx.compile(rf"(?P<a>{M})\s+adding\s+(?:backing\s+|harmony\s+)?vocals"
                            rf"(?:\s+as\s+(?P<c>{M}))?")
# "The group’s rapper, A, and B shared the billing on “T”": both are credited.
_SHARED_THE_BILLING = rx.compile(rf"(?P<a>{M}),?\s+and\s+(?P<b>{M})\s+(?:shared|share|split|"
                                 rf"splits)\s+(?:the\s+)?(?:top\s+)?billing\s+on\s+(?P<r>{M})")
# "“T” is credited to G, …, but the voice on it belongs to A": A sings T.
# "Its vocals are shared by A and B, who stay in character as C and D": both sing the song
# spoken of, each as the part named in turn
_VOCALS_SHARED_BY = rx.compile(rf"^\s*(?:Its|The)\s+vocals\s+are\s+(?:shared|split|divided)\s+"
                               rf"(?:by|between)\s+(?P<a>{M})\s+and\s+(?P<b>{M})(?:,\s+who\s+"
                               r"(?:stay|remain|sing)\s+(?:it\s+)?in\s+character\s+as\s+"
                               rf"(?P<c>{M})\s+and\s+(?P<d>{M}))?")
# ("The voice belongs to A, singing in character as C": the same, as C)
# ("…; its vocal was supplied by the session singer A, in character as C": the same)
# ("its vocal belongs to A, a session singer who sang it in character as C": the same)
# ("Its voice belongs to A, a session singer who recorded it in character as C": the same)
# ("… though the voice on it belongs to the soloist A, in character as C": the trade first)
# ("The voice on “T” belongs to A, the drama’s lead, …": the title named)
_VOICE_BELONGS_TO = rx.compile(rf"(?:\b(?:[Tt]he|[Ii]ts)\s+voice(?:\s+on\s+(?:it|the\s+(?:record|"
                               rf"recording|track|song)|(?P<r>{M})))?\s+belongs\s+to"
                               r"(?:\s+the\s+(?:soloist|singer|vocalist))?|"
                               # ("…, but the singing on it is by A, a session vocalist, in
                               # character as C")
                               r"\bthe\s+singing\s+on\s+it\s+(?:is|was)\s+by|\b(?:[Ii]ts|(?<=:\s)the)\s+"
                               # ("Its vocal is by A, a session singer who …")
                               # ("B does not sing on it: the vocal was cut by A, a session
                               # singer, in character as C": the same)
                               r"vocals?\s+(?:(?:was|were|is|are)\s+(?:(?:supplied|provided|handled|"
                               r"cut|recorded|sung)\s+)?by"
                               r"(?:\s+the(?:\s+[a-z-]+){1,2}?)?|belongs?\s+to))"
                               rf"\s+(?P<a>{M})(?:,\s+(?:(?:a|an|the)\s+[^,⟨;]{{1,40}}?\s+who\s+"
                               r"(?:sang|sings|recorded)\s+it\s+|(?:a|an|the)\s+[^,⟨;]{1,40},\s+)?"
                               rf"(?:singing\s+)?in\s+character\s+as\s+(?P<c>{M}))?")
# "The group’s second part, “T,” is a ballad sung by …": the group spoken of is credited.
# ("Then came “T,” the band’s second release, dated DATE": the title first, the same)
_THE_GROUPS_PART = rx.compile(r"^\s*The\s+(?P<n>group|band)[’']s\s+(?:[a-z-]+\s+)?(?:OST\s+)?"
                              rf"(?:part|single|song|track|contribution|entry),\s+(?P<r>{M})|"
                              rf"(?P<r2>{M}),\s+the\s+(?P<n2>group|band)[’']s\s+(?:first|second|third|"
                              r"fourth|fifth|latest|next|new|debut|last|final)\s+(?:single|release|song|"
                              r"track|recording)\b")
# "The track is credited to G, and members A and B share its vocals": A and B are G's.
_MEMBERS_SHARE_ITS = rx.compile(rf"\bcredited\s+to\s+(?P<g>{M}),\s+and\s+members\s+"
                                rf"(?P<list>{NAMES})\s+(?:share|split|trade)\s+(?:its|the)\s+vocals\b")
# "…, a duet credited to A and B, …; the two sing it as their characters": both sing it.
# ("…, which is credited to A and B and which the two sing together": the same)
_THE_TWO_SING_IT_TOO = rx.compile(r"(?:;\s+|\band\s+which\s+)the\s+two\s+(?:sing|sang|perform|"
                                  r"performed)(?:\s+it)?\b")
# "G, a four-member group made up of A, …, is the credited artist on “T”": G is credited.
_IS_CREDITED_ARTIST_ON = rx.compile(rf"(?P<a>{M})(?:,\s+(?:a|an|the)\s+(?:[^;⟨]|⟨\d+⟩){{1,100}}?,)?"
                                    rf"\s+is\s+the\s+credited\s+artist\s+on\s+(?P<r>{M})")
# "… the group’s follow-up, “T,” released on DATE, on which A swaps rapping for singing and
# shares the lead with B": A and B sing T.
_SHARES_THE_LEAD_WITH = rx.compile(rf"(?P<r>{M}),\s+(?:released\s+on\s+⟦\d+⟧,\s+)?on\s+which\s+"
                                   rf"(?P<a>{M})\s+[^;⟨]{{0,40}}?\bshares\s+the\s+lead\s+with\s+"
                                   rf"(?P<b>{M})")
_THE_GROUPS_FOLLOW_UP = rx.compile(rf"\bthe\s+(?P<n>group|band)[’']s\s+follow-up,\s+"
                                   rf"(?P<r>{M})")
# "A … sings his half of the song as C; B takes the other half": both sing it.
_SINGS_HIS_HALF = rx.compile(rf"(?P<a>{M})[^;⟨]{{0,80}}?(?:⟨\d+⟩[^;⟨]{{0,40}}?)?\bsings\s+"
                             r"(?:his|her)\s+half\s+of\s+the\s+(?:song|duet|track)"
                             rf"(?:\s+as\s+(?P<c>{M}))?(?:;\s+(?P<b>{M})\s+takes\s+the\s+other\s+half)?")
# "“T,” A’s ballad from B’s “S,” which she sings alone": A sings T.
_WHICH_SHE_SINGS_ALONE = rx.compile(rf"(?P<r>{M}),\s+(?P<a>{M})[’']s\s+(?:[a-z-]+\s+)?(?:ballad|"
                                    r"song|single|track|theme)\b[^;]{0,80}?,\s+which\s+(?:she|he)\s+"
                                    r"(?:sings|sang)\s+(?:alone|herself|himself|solo)\b")
_QUOTED_TITLE = rx.compile(r"“([^“”]{1,80}?)[,.]?”")
# "Another G track from the soundtrack, “T,” has yet to chart": G's.
_ANOTHER_G_TRACK = rx.compile(rf"\b(?:[Aa]nother|[Aa]\s+(?:second|third|fourth))\s+(?P<g>{M})\s+"
                              # ("Another G number, “T,” follows")
                              rf"(?:track|song|single|ballad|number|tune)\b[^;⟨]{{0,40}}?,\s+(?P<r>{M})")
# "G, a five-member group made up of …, is credited on both songs": the two titles of the
# sentence before.
_CREDITED_ON_BOTH = rx.compile(rf"(?P<a>{M})(?:,\s+(?:a|an|the)\s+(?:[^;⟨]|⟨\d+⟩){{1,120}}?,)?\s+"
                               r"(?:is|are)\s+credited\s+on\s+both\s+(?:songs|tracks)\b")
# "Members A and B trade lines throughout": both sing the song spoken of, and are in the
# group credited with it.
# ("“T” went out on DATE; G’s members A and B split it between them": the same)
_MEMBERS_TRADE = rx.compile(rf"(?:^\s*|;\s+)(?:{M}[’']s\s+members|[Mm]embers)\s+"
                            rf"(?P<list>{NAMES})\s+(?:trade|share|split|swap)\s+"
                            r"(?:lines|the\s+(?:lead\s+)?vocals|verses|(?:the|its)\s+verses|"
                            r"it\s+between\s+them)\b")
# "“T,” a A solo from B’s “S”": A is credited and sings T.
# ("The third song, “T,” is a A solo": the same with the verb)
# ("“T” is A’s solo, recorded by the group’s leader in one take": A sings T, and leads the
# group spoken of)
_A_SOLO = rx.compile(rf"(?P<r>{M}),?\s+(?:(?:is|was)\s+)?(?:an?\s+(?P<a>{M})|"
                     rf"(?<=s\s)(?P<a2>{M})[’']s)\s+solo\b"
                     r"(?P<leader>,\s+recorded\s+by\s+the\s+(?:(?:girl|boy)\s+)?(?:group|band)[’']s\s+"
                     r"(?:leader|maknae|youngest\s+member|[a-z]+\s+vocalist)\b)?")
# "She is the only voice on the recording": the person spoken of sings the song spoken of.
# ("It came out on DATE, and she is the only singer on it": the same)
_ONLY_VOICE_ON = rx.compile(rf"(?:^\s*|[;,]\s+(?:and\s+)?)(?P<a>{M}|[Ss]he|[Hh]e)\s+is\s+the\s+"
                            r"(?:only|sole)\s+(?:voice|singer)\s+on\s+(?:the\s+(?:recording|record|"
                            r"track|song)|it)\b")
# "A and B are the only voices on “T,” though the track carries the G name": both sing T, and
# G is credited.
_ONLY_VOICES_ON = rx.compile(rf"(?P<list>{NAMES})\s+(?:are|were)\s+the\s+(?:only|sole)\s+"
                             rf"(?:voices|singers)\s+on\s+(?P<r>{M})(?:,?\s+(?:though|but|while|"
                             r"although)\s+the\s+(?:track|song|record|single)\s+(?:carries|bears|"
                             rf"goes\s+out\s+under)\s+the\s+(?P<g>{M})\s+name\b)?")
_ENCORE = rx.compile(r"\s+(?:it\s+)?(?:together\s+)?as\s+an\s+encore\b")
# "On the record, A sings alone over a string quartet": A sings the song spoken of.
# ("On the record, A sings over a lone gayageum")
_ON_THE_RECORD_SINGS = rx.compile(r"^\s*On\s+the\s+(?:record|recording|studio\s+version|track),\s+"
                                  rf"(?P<a>{M})\s+(?:sings|sang)\s+(?:alone|solo|over)\b")
# "A, the band’s singer, carries it with a rasp": A sings the song spoken of.
_THE_BANDS_SINGER_CARRIES = rx.compile(rf"(?P<a>{M}),\s+the\s+(?:band|group)[’']s\s+(?:lead\s+)?"
                                       r"(?:singer|vocalist|frontman|frontwoman),\s+(?:carries|sings|"
                                       r"fronts)\s+it\b")
# "The drama stars A and B as C and D, and the two duet on the song in character": both sing
# the song spoken of, each as the part the sentence gives.
_THE_TWO_DUET = rx.compile(r"(?:,\s+and|;)\s+the\s+two\s+(?:duet|sing|sang|duetted)\s+"
                           r"(?:on\s+)?(?:the\s+(?:song|track)|it)\s+in\s+character\b")
# "It is credited to both actors": the two the sentence before gave parts to.
_IT_CREDITED_TO_BOTH = rx.compile(r"^\s*(?:It|The\s+(?:song|track|duet))\s+is\s+credited\s+to\s+"
                                  r"(?:both|the\s+two)\s+(?:actors|leads|stars)\b")
# "“T” has A singing lead as C, with B harmonising as D": B sings T too, as D.
_WITH_B_HARMONISING = rx.compile(rf"\bwith\s+(?P<a>{M})\s+(?:harmonising|harmonizing|"
                                 r"singing\s+harmon(?:y|ies))\s+"
                                 rf"(?:in\s+character\s+)?as\s+(?P<c>{M})")
_WITH_PLAYER_SINGING = rx.compile(r"\bwith\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:guitarist|bassist|"
                                  r"drummer|"
                                  rf"keyboardist|pianist|member)\s+(?P<a>{M})\s+singing\s+(?:the\s+)?"
                                  r"(?:harmonies|backing\s+vocals|chorus|bridge|second\s+verse)")
# "“T” gets the staff humming; its voices are A and B": both sing the song spoken of.
_ITS_VOICES_ARE = rx.compile(r"\b[Ii]ts\s+(?:voices|singers|vocalists)\s+(?:are|were)\s+"
                             rf"(?P<list>{NAMES})")
# "The track, which lists A as its artist, arrived on DATE": the recording spoken of is A's.
_LISTS_AS_ARTIST = rx.compile(rf"\b(?:which|that)\s+(?:lists|names|credits)\s+(?P<a>{M})\s+as\s+"
                              r"its\s+(?:credited\s+)?(?:artist|singer|performer)\b")
# "“T,” which G sing together as a five-piece, came out on DATE": G's record.
# ("“T,” which all five of G sing in unison": the same)
_WHICH_G_SING_TOGETHER = rx.compile(rf"(?P<r>{M}),\s+which\s+(?:all\s+(?:[a-z]+\s+)?of\s+)?"
                                    rf"(?P<g>{M})\s+"
                                    r"(?:sing|sang|perform|performed|recorded)\s+"
                                    r"(?:together|in\s+unison)\b")
# "…, credited to G, with the vocal handed to A as C": A sings the song spoken of, as C.
_VOCAL_HANDED_TO = rx.compile(r"\bwith\s+the\s+(?:lead\s+)?vocals?\s+"
                              r"(?:handed|given|left|entrusted)\s+"
                              rf"to\s+(?P<a>{M})(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?")
# "A’s recording was released on DATE": the recording spoken of is A's; credited to A where
# the article has already said that A sings it.
_HER_RECORDING = rx.compile(rf"^\s*(?P<a>{M})[’']s\s+(?:recording|record|version)\s+"
                            r"(?:was|is|came|went|has|had)\b")
# "“T,” where A duets with B": a duet credits both, and both sing it.
_WHERE_A_DUETS_WITH = rx.compile(rf"(?P<r>{M}),\s+(?:where|on\s+which)\s+(?P<a>{M})\s+"
                                 rf"(?:duets|duetted)\s+with\s+(?P<b>{M})")
# "“T,” with A and B duetting in character as C and D": a duet credits both, and each sings
# as the part named in the same place.
_WITH_PAIR_DUETTING = rx.compile(rf"(?P<r>{M}),\s+with\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+"
                                 r"duetting\s+(?:in\s+character\s+)?as\s+"
                                 rf"(?P<c>{M})\s+and\s+(?P<d>{M})")
# "“T,” G’s first single, A singing in character as C": an absolute phrase, A sings T as C.
_COMMA_A_SINGING_AS = rx.compile(r"\b(?:single|song|track|B-side|ballad|theme|opener|closer),\s+"
                                 rf"(?P<a>{M})\s+singing\s+(?:it\s+)?(?:in\s+character\s+)?as\s+"
                                 rf"(?:the\s+[a-z-]+\s+)?(?P<c>{M})")
# "A’s steady, unhurried vocal suited the moment": A sings the song spoken of.
_HER_VOCAL_SUITS = rx.compile(rf"(?P<a>{M})[’']s\s+(?:[a-z-]+,?\s+){{0,3}}?(?:vocals?|voice)\s+"
                              r"(?:suited|suits|fits|fitted|lifts|lifted|anchors|anchored|"
                              r"makes|made)\b")
# "“T,” G’s B-side, which the group’s youngest member, A, recorded alone": A sings T.
# ("“T,” a slower G B-side that the group’s leader, A, sings by himself": the same)
# ("… a G B-side that A sings by himself": the same, no noun before the singer)
_WHICH_THE_MEMBER_RECORDED = rx.compile(
    # (the act's name and "B-side" may be read as one name: "a slower ⟨G B-side⟩ that")
    r"(?:,\s+which|\b(?:B-side|single|track|song|ballad|number)\s+that|"
    r"\ban?\s+(?:[a-z-]+\s+){0,2}?⟨\d+⟩\s+that)\s+"
    r"(?:the\s+(?:(?:girl|boy)\s+)?(?:group|band)[’']s\s+(?:[a-z-]+\s+){0,2}?(?:member|leader|"
    rf"maknae|vocalist|singer|rapper),\s+(?P<a>{M}),\s+(?:recorded|records|sang|sings|performs|"
    rf"performed)\b|(?<=that\s)(?P<a2>{M})\s+(?:recorded|records|sang|sings)\s+"
    r"(?:by\s+(?:him|her)self|alone|solo|on\s+(?:his|her)\s+own)\b)")
# "“T,” on which A, in character as C, the lead singer of G, carries the tune": A sings T, as C.
_ON_WHICH_IN_CHARACTER = rx.compile(rf"\bon\s+which\s+(?P<a>{M}),\s+in\s+character\s+as\s+"
                                    rf"(?P<c>{M})(?:,\s+(?:[^,;⟨]|{M}){{1,60}}?)?,\s+(?:carries\s+the\s+"
                                    r"(?:tune|melody)|sings(?:\s+lead)?|takes\s+the\s+lead)\b")
# "The track is fronted by the duo’s singer, A": A sings the song spoken of.
_TRACK_FRONTED_BY = rx.compile(r"^\s*The\s+(?:track|song|single|ballad)\s+is\s+fronted\s+by\s+"
                               r"(?:the\s+(?:duo|band|group|trio)[’']s\s+(?:singer|vocalist),\s+)?"
                               rf"(?P<a>{M})")
# "“T,” the ballad the actress recorded as C": whoever plays C sings T, as C.
_THE_ACTRESS_RECORDED = rx.compile(rf"(?P<r>{M}),\s+the\s+(?:ballad|song|track|duet|single)\s+"
                                   r"the\s+(?:actress|actor)\s+recorded\s+(?:in\s+character\s+)?"
                                   rf"as\s+(?P<c>{M})")
# "On it, A, again as C, trades lines with B": A sings the song spoken of, as C.
_AS_C_TRADES = rx.compile(rf"(?P<a>{M}),\s+(?:again\s+|still\s+)?as\s+(?P<c>{M}),\s+"
                          r"(?:trades|swaps|shares|splits|traded|swapped|shared|split)\s+(?:lines|verses|the\s+vocals)"
                          r"\s+with\b")
# "“T” by G, the duo of A and B, who split it line by line": both sing T.
_WHO_SPLIT_IT = rx.compile(rf"(?P<list>{NAMES}),\s+who\s+(?:split|share|trade|swap|sing)\s+it\b")
# "The ballad is credited to singer A, who carries it in a near-whisper", "“T,” credited to A,
# who lends his voice to it as C": A sings it (as C)
# ("credited to A of the boy group G, who sings every line of it himself": A's group between)
# ("“T” was contributed by G’s A, who sings every line of it herself": A's, in A's voice)
_CREDITED_WHO_SINGS = rx.compile(rf"\b(?:credited\s+to|(?P<by>contributed\s+by))\s+(?:the\s+)?"
                                 rf"(?:[a-z-]+\s+){{0,3}}?(?:(?<=by\s){M}[’']s\s+)?(?P<a>{M})"
                                 rf"(?:\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:group|band)?\s*{M})?,"
                                 # ("…, who also lends her voice to it")
                                 r"\s+who\s+(?:also\s+)?(?:carries|carried|sings|sang|voices|"
                                 r"voiced|performs|performed|(?:lends|lent)\s+(?:his|her)\s+voice\s+to|"
                                 r"(?:sings|sang)\s+every\s+(?:line|word|note)\s+of)\s+it\b"
                                 rf"(?:[^;⟨]{{0,40}}?\bas\s+(?P<c>{M}))?")
# "B joins her on the last chorus in character as C", "B answers her on the choruses"
# ("B joins her for the harmonies of the last chorus", "B answers her in character as C")
_JOINS_HER_ON = rx.compile(rf"(?P<a>{M})\s+(?:joins|joined|answers|answered)\s+(?:her|him|them)\s+"
                           r"(?:(?:on|for)\s+the\s+(?:[a-z-]+\s+)?(?:chorus|choruses|verses?|bridge|"
                           r"hook|harmonies)\b|(?=in\s+character\s+as\s))"
                           rf"(?:\s+in\s+character)?(?:\s+as\s+(?P<c>{M}))?")
# ("She sings her lines in character as C, and B answers her.": B sings the song too)
_ANSWERS_HER_END = rx.compile(rf",\s+and\s+(?P<a>{M})\s+(?:answers|answered)\s+(?:her|him)"
                              r"\s*[.;]?\s*$")
# "She sings her lines in character as C": the one the article says plays C sings the song
# spoken of.
_SHE_SINGS_AS = rx.compile(rf"^\s*(?:She|He)\s+(?:sings|sang)\s+(?:her|his)\s+(?:lines|part|"
                           rf"verses?)\s+in\s+character\s+as\s+(?P<c>{M})")
# "A, the rock band’s frontman, sings it": A sings the song spoken of, and is in its group
_FRONTMAN_SINGS_IT = rx.compile(rf"(?P<a>{M}),\s+the\s+(?:[a-z-]+\s+)?(?:band|group)[’']s\s+"
                                r"(?:frontman|frontwoman|lead\s+singer|lead\s+vocalist|vocalist),\s+"
                                r"(?:sings|sang)\s+it\b")
# "“T,” the second OST part from the four-member group G": G's
# ("“T,” a DATE release by the boy group G": the same)
_PART_FROM_GROUP = rx.compile(rf"(?P<r>{M}),\s+(?:the|an?)\s+[^,⟨;]{{0,40}}?\b(?:from|by)\s+the\s+"
                              rf"(?:[\w-]+\s+){{0,2}}?(?:group|band|duo|trio)\s+(?P<a>{M})")
# ("“T,” a December 8 release from the group": the group spoken of)
_RELEASE_FROM_THE = rx.compile(rf"(?P<r>{M}),\s+(?:a|an|the)\s+(?:⟦\d+⟧\s+|[\w-]+\s+){{0,2}}?"
                               r"(?:release|single|track)\s+(?:from|by)\s+the\s+(?P<n>group|band)\b")
# "“T,” a slower G track released on DATE, …": G's; "“T,” the drama’s ballad by soloist A": A's
# ("“T,” the G follow-up": the article read into the name)
_A_G_TRACK = rx.compile(rf"(?P<r>{M}),\s+(?:(?:an?\s+(?:[a-z-]+\s+)?|the\s+|(?=⟨\d+⟩\s+follow-up))"
                        # ("“T,” a G recording from the same drama")
                        rf"(?P<g>{M})\s+(?:track|song|single|number|follow-up|recording|B-side)\b|the\s+(?:drama|series|show)[’']s\s+(?:[a-z-]+\s+)?(?:ballad|song|"
                        rf"theme|single|track)\s+by\s+(?:the\s+)?(?:soloist\s+|singer\s+)?(?P<a>{M})|"
                        # ("“T,” a ballad from the trot singer A")
                        r"an?\s+(?:[a-z-]+\s+)?(?:ballad|song|single|track|number)\s+(?:by|from)\s+the\s+"
                        rf"(?:[a-z-]+\s+)?(?:singer|soloist|vocalist)\s+(?P<a2>{M}))")
# "“T,” …, is voiced by A in character as C": A sings T, as C
_IS_VOICED_BY_AS = rx.compile(rf"(?P<r>{M}),\s+[^;]*?\bis\s+(?:voiced|sung)\s+by\s+(?P<a>{M})\s+"
                              rf"in\s+character\s+as\s+(?P<c>{M})")
# "“T,” out on DATE and also billed to the band, …": the band spoken of is credited
_BILLED_TO_THE_BAND = rx.compile(rf"(?P<r>{M}),\s+[^⟨;,]{{0,40}}?\b(?:also\s+)?"
                                 r"(?:billed|credited)\s+to\s+the\s+band\b")
# "with B joining on the bridge in character as C": B sings the song spoken of, as C
_WITH_JOINING = rx.compile(rf"\bwith\s+(?P<a>{M})\s+joining\s+(?:in\s+)?on\s+the\s+(?:[a-z-]+\s+)?"
                           r"(?:bridge|chorus|choruses|verses?|hook)\b(?:\s+in\s+character)?"
                           rf"(?:\s+as\s+(?P<c>{M}))?")
# "The song is by the trio G: …" (also "The original is by …"): G's, the song spoken of
_THE_SONG_IS_BY = rx.compile(r"^\s*The\s+song\s+(?:is|was)\s+by\s+the\s+(?:[a-z-]+\s+)?"
                             rf"(?:group|band|duo|trio|quartet|quintet)\s+(?P<a>{M})")
_VOICE_AT_FRONT = rx.compile(r"\b(?:has|puts|keeps)\s+(?:her|his)\s+voice\s+(?:at\s+the\s+front|"
                             r"up\s+front|front\s+and\s+cent(?:re|er))|"
                             # ("…, and her aching vocal quickly became the show’s calling card")
                             r"\b(?:her|his)\s+(?:[a-z-]+\s+)?(?:vocals?|voice)\s+(?:quickly\s+|soon\s+)?"
                             r"(?:became|becomes|carries|carried|made|makes|drives|drove|leads|led)\b")
_JOINS_IN_AS = rx.compile(rf"(?P<a>{M})\s+(?:joins|joined|chimes|chimed)\s+in\s+(?:on\s+the\s+"
                          r"(?:[a-z-]+\s+)?(?:bridge|chorus|verse|hook|harmon(?:y|ies))\s+)?"
                          rf"(?:in\s+character\s+)?as\s+(?P<c>{M})")
_SUNG_BY_THE_PAIR = rx.compile(rf"\b(?:is|was)\s+sung\s+by\s+the\s+(?:pair|two|duo)\s+in\s+"
                               rf"character\s+as\s+(?P<c>{M})\s+and\s+(?P<d>{M})")
# "…, with A singing it in character as C": A sings the song spoken of.
# ("“T” is performed by G, with A of G singing the bridge": the same)
# ("“T” was No. 67 on CHART, with A of G on the high notes": the same)
_WITH_SINGING_IT = rx.compile(rf"\bwith\s+(?P<a>{M})(?:\s+of\s+(?P<g>{M}))?\s+"
                              r"(?:(?:singing|voicing)\s+(?:it\b|the\s+(?:[a-z-]+\s+)?(?:bridge|hook|chorus|choruses|refrain|"
                              r"verses?)\b)|on\s+the\s+high\s+notes\b)"
                              rf"(?:\s+in\s+character\s+as\s+(?P<c>{M}))?")
_VOICED_AS = rx.compile(rf"\b(?:voiced|sung)\s+by\s+(?P<a>{M})\s+in\s+character\s+as\s+"
                        rf"(?:[a-z-]+\s+)?(?P<c>{M}),\s+the\s+(?:song|track|single|ballad|number)\b")
# "“T” and “U” were sung by A, and B sang “V”; all three are credited to G": every title of
# the sentence is G's.
_ALL_CREDITED_TO = rx.compile(r"\b(?P<all>[Aa]ll|[Bb]oth)\s+(?:(?P<n>two|three|four|five)\s+)?"
                              rf"(?:are|were)\s+credited\s+to\s+(?P<a>{M})")
_RELEASING_TITLE = rx.compile(rf",\s+releasing\s+(?P<r>{M})")
# "“T” is a duet for A and B"; "A sang it with B on harmony vocals"; "Bassist A stepped up to
# the microphone only once, on “T”": who sings.
_DUET_FOR = rx.compile(rf"(?P<r>{M})\s+is\s+a\s+(?:[a-z-]+\s+)?duet\s+(?:for|between)\s+"
                       rf"(?P<a>{M})\s+and\s+(?P<b>{M})")
_WITH_ON_VOCALS = rx.compile(rf"\b(?:sang|sings|recorded|records)\s+it\s+with\s+(?P<a>{M})\s+on\s+"
                             r"(?:harmony|backing|background|guest)\s+vocals\b")
_TO_THE_MIC = rx.compile(rf"(?P<a>{M})\s+(?:stepped|steps)\s+up\s+to\s+the\s+(?:microphone|mic)\b"
                         rf"[^;⟨]{{0,30}}?,?\s+on\s+(?P<r>{M})")
# "A stays in character as C to sing “T”": A sings T, as C.
_IN_CHARACTER_TO_SING = rx.compile(rf"(?P<a>{M})\s+(?:stays|stayed|remains|remained)\s+in\s+"
                                   rf"character\s+as\s+(?P<c>{M})\s+to\s+(?:sing|record|perform)\s+"
                                   rf"(?P<r>{M})")
# "… has the two members trading verses": the members of the group credited with the title.
_MEMBERS_TRADING = rx.compile(r"\b(?:has|had|with)\s+(?:the|its|their)\s+(?:two|three|four|five)\s+"
                              r"members\s+(?:trading|sharing|splitting|swapping)\s+"
                              r"(?:verses|vocals|lines|the\s+verses)\b")
# "A sang every G track on the soundtrack in character as C, including “T”".
_EVERY_TRACK = rx.compile(rf"(?P<a>{M})\s+(?:sang|sings|voiced|voices)\s+every\s+(?P<g>{M})\s+"
                          r"(?:track|song)\b[^;⟨]{0,40}?(?:\s+in\s+character\s+as\s+"
                          rf"(?P<c>{M}))?,\s+including\s+(?P<r>{M})")
# "…; the actor sings it himself": the one person credited with the song spoken of.
# ("on “T,” released under A’s name on DATE, the actor sings as the guitarist": the same)
_SINGS_IT_HIMSELF = rx.compile(r"(?:^\s*|;\s+|,\s+and\s+|(?<=⟧),\s+)[Tt]he\s+(?:actor|actress|"
                               r"singer|star)\s+(?:sings|sang)\s+(?:it\s+(?:himself|herself)|"
                               r"as\s+the\s+[a-z]+)\b")
# "“T” is credited to the singer A, and the airy vocal is hers alone": the same.
_VOCAL_IS_HERS = rx.compile(r",\s+and\s+the\s+(?:[a-z-]+\s+)?vocals?\s+(?:is|are|was|were)\s+"
                            r"(?:hers|his)(?:\s+alone)?\b")
# "The verses go to A and B, two of the boy band's five members": the song spoken of.
# ("On the recording the verses belong to A and B": the same)
# ("Its verses go to members A and B": the members of the act credited with it)
_PARTS_GO_TO = rx.compile(r"^\s*(?:(?:On|In)\s+the\s+(?:recording|track|song|single),?\s+)?"
                          r"(?:[Tt]he|[Ii]ts)\s+(?:verses|vocals|lines|lead\s+vocals?)\s+(?:go|went|belong|"
                          rf"belonged|fall|fell)\s+to\s+(?P<members>members\s+)?(?P<a>{NAMES})")
_LENT = rx.compile(
    r"\b(?:also\s+)?(?:(?:lent|lends|lend|lending|puts|put|gives|gave)\s+(?:her|his|their)\s+"
    # ("lends her voice alone to “T”")
    r"(?:voices?|vocals|pipes|baritone|tenor|soprano|alto|falsetto|rasp)\s+(?:alone\s+|solo\s+)?to|"
    r"(?:is|was|are|were)\s+(?:still\s+|also\s+|now\s+)?the\s+voices?\s+(?:behind|of|on))\s+"
    # "lends her voice to the second part, her own single “T”"
    # "lends her voice to the closing song, “T,” …": the title set off after its noun
    # ("lends her voice to the drama’s closing song, “T,” …": a possessive among them)
    rf"(?:the\s+)?(?:(?!as\s)[\w-]+(?:[’']s)?\s+){{0,4}}?(?:[\w-]+,\s+(?:(?:her|his|their)\s+(?:own\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?)?)?(?:(?P<r>{M})|"
    # "she lends her voice to the track as C": the song spoken of, as C
    # ("A lends her voice to the track, which peaked at …": the song spoken of)
    # ("…, and A lends her voice to it as well": the song spoken of)
    rf"(?P<it>the\s+(?:track|song|ballad|single)|it\b)(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M})|"
    # ("A is the voice on it, singing in character": the one part A plays)
    r"(?:\s+(?:as\s+well|too))?(?=,\s+(?:which|while)\b|\s*[.;]|(?P<ic>,\s+(?:singing\s+)?in\s+"
    r"character\b))))")
_PAIR_BEFORE = rx.compile(rf"{M}(?:\s*,\s*{M})*,?\s+and\s+{M}\s+(?:also\s+)?$")
_SINGS = rx.compile(
    # "A and B sang “T” in character as C and D": two singers, each in the part named in turn
    rf"(?:(?P<b>{M})\s+and\s+)?"
    # ("A, who has the lead in the drama as the watch repairer C, sings “T”": a longer clause
    # when it names a part)
    rf"(?P<a>{M}|\b[Hh]e\b|\b[Ss]he\b)(?:\s+(?:himself|herself))?(?:,\s+(?:who\s+)?"
    rf"(?:[^,⟨]{{0,40}}|[^,⟨]{{41,60}}(?=⟨))"
    # ("A, who stars in “S” as the repairman’s son, C, sings “T”": the part apposed)
    rf"(?:{M}[^,⟨]{{0,20}}|{M}[^,⟨]{{21,30}},\s+{M}){{0,2}},|"
    r"(?P<closed>,)(?=\s+(?:sings|sang)\s))?"
    # ("A and B of the girl group G sing “T”": the group they are of between)
    rf"(?:\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:group|band)\s+{M}(?=\s+sing\s))?"
    r"(?:\s+(?:also|himself|herself|alone|solo|then|later|now))?\s+"
    r"(?:(?:wrote|co-wrote|composed)\s+and\s+)?(?:sings|sang|sing|recorded|"
    r"records|performs|performed|will sing|voices|voiced|belts\s+out|belted\s+out|"
    # "A delivers it in little more than a whisper"
    r"(?:delivers|delivered)(?=\s+(?:it\b|the\s+(?:song|track|ballad)\b))|"
    # "A handles “T” with a jazz singer's patience": the title right after the verb
    r"(?:handles|handled)(?=\s+⟨)|"
    # "A then took a solo turn on “T”"
    # ("A gets a solo turn as C on “T”")
    r"(?:takes|took|gets|got)\s+a\s+solo\s+turn\s+(?:as\s+⟨\d+⟩\s+)?on(?=\s+⟨)|"
    # "The opening track finds A singing “T”": the title right after, a scene set by the verb
    # before the singer (see _SETS_THE_SINGER)
    r"(?P<ing>singing)(?=\s+⟨))\s+"
    r"(?!as\s|in\s+character\s+as\s|up\s+front\b)"
    r"(?:(?P<group>all\s+(?:of\s+them|\w+(?:\s+(?:songs|tracks))?)|these\s+(?:\w+\s+)?"
    r"(?:songs|tracks)|them|both)|"
    r"(?P<it>it\b|the\s+(?:(?:whole|entire)\s+)?(?:song|track|ballad|single|tune|anthem|original|"
    r"number|title\s+track|waltz|lullaby|serenade|lament)\b(?!\s+⟨))|(?:the\s+)?(?!(?:every|each|all|alongside|with)\s)"
    # ("She also sang the drama’s closing song, “T,” …")
    rf"(?:{M}[’']s\s+|(?:that|this|the)\s+(?:drama|series|show)[’']s\s+)?"
    # ("She sings Part 5, “T,” …": a part's number before the title)
    # ("A sings the first verse, B and C …": a part sung, then the next singer, no title)
    rf"(?:(?!(?:with|alongside|as|for|and)\s)[\w-]+\s+){{0,4}}?(?:(?!(?:verses?|chorus|bridge|hook|"
    r"lines?|harmon(?:y|ies)|rap|melody|pre-chorus|intro|outro),)(?:[a-z-]+|OST|\d{1,2}),\s+"
    # "She recorded the opening theme, her own “T,” …"
    r"(?:(?:her|his|their)\s+own\s+)?)?"
    rf"(?P<r>{M}))(?:\s+(?:himself|herself|themselves))?(?:,?\s+(?:in\s+"
    rf"(?P<cw>character)\s+as\s+|as\s+(?:(?:her|his|their)\s+(?P<cw2>character)\s+|"
    # "she sings it as the band’s bassist, C"
    r"the\s+band[’']s\s+[a-z]+,\s+)?)"
    rf"(?P<c>{M})"
    rf"(?:\s+and\s+(?P<d>{M}))?)?")
# "The girl group G’s bright detour was released on", "G’s first single came out on": the
# band's own, a song the article is on without naming it in the sentence.
_BANDS_OWN = rx.compile(rf"\s*(?:[Tt]he\s+(?:(?P<kind>(?:girl|boy|idol|rock|indie)\s+"
                        rf"(?:group|band)|band|group|duo|trio)\s+)?)?(?P<g>{M})(?:[’']s?|(?<=^The\s⟨\d⟩)|"
                        rf"(?<=^The\s⟨\d\d⟩))\s+(?:[a-z-]+\s+){{0,2}}?"
                        r"(?:single|song|track|ballad|detour|anthem|number|duet|tune|entry|"
                        r"contribution|offering)\s+(?:was\s+)?(?:released|came\s+out|arrived|"
                        # ("G’s second single reached No. 183 on …": its chart run)
                        r"dropped|reached|climbed|peaked|debuted|entered)\b")
# "G's frontman, A, sings it": the name closes an apposition that a role noun opens.
_APPOSED_SINGER = rx.compile(r"(?:[’']s|\b(?:[Tt]he|[Ii]ts|[Tt]heir))\s+(?:[a-z-]+\s+)?"
                             r"(?:frontman|frontwoman|singer|vocalist|leader|bassist|guitarist|"
                             r"drummer|keyboardist|member|rapper|maknae),\s+⟨\d+⟩$")
# "…, and the band's bassist, B, joins him on the chorus": B sings on it too.
# ("with B joining him on the bridge in character as D": B sings it as D)
_JOINS_ON = rx.compile(rf"(?P<b>{M}),?\s+(?:joins|joined|(?<=with\s⟨\d⟩\s)joining|"
                       r"(?<=with\s⟨\d\d⟩\s)joining)\s+(?:him|her|them|in)\s+on\s+"
                       r"(?:the\s+)?(?:chorus(?:es)?|harmon(?:y|ies)|vocals|backing\s+vocals|"
                       r"refrain|bridge|hook)\b"
                       rf"(?:,?\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?")
_RECORDED_WITH = rx.compile(rf"\s+with\s+(?P<b>{M})(?=\s*;|\s*\.?\s*$)")
# "P, who plays C, sings it with B, both in character as C and D": B sings the song spoken of
# too, as D.
_SINGS_IT_WITH = rx.compile(rf"\b(?:sings|sang|recorded|records|performs|performed)\s+it\s+with\s+"
                            rf"(?P<b>{M})(?!\s+on\b)(?:,\s+both\s+in\s+character\s+as\s+{M}\s+and\s+"
                            rf"(?P<d>{M}))?")
# "A, the lead, who plays C and recorded the track as him": A sings the song spoken of, as C.
_PLAYS_AND_SINGS_IT = rx.compile(
    rf"(?P<a>{M})(?:,\s+[^,⟨]{{1,40}})?,\s+who\s+(?:plays|played|portrays|portrayed)\s+"
    rf"(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<c>{M})\s+and\s+(?:recorded|records|sang|sings|voiced)\s+"
    r"(?:it|the\s+(?:song|track|single|ballad|theme))\s+(?:as\s+(?:him|her)|in\s+character)\b")
# "A's “T” is sung as himself": A sings it.
# "A's solo “T” is also sung out of character": the same, the kind of song between.
_OWNED_SUNG = rx.compile(rf"(?P<a>{M})[’']s\s+(?:(?:solo|ballad|single|duet|theme)\s+)?(?P<r>{M})"
                         r",?\s+(?:is|was)\s+(?:also\s+)?sung\b(?!\s+by\b)")
# "A, who played C, drops the character to sing it": A sings the song spoken of, as himself.
_DROPS_CHARACTER = rx.compile(rf"(?P<a>{M})(?:,\s+who\s+[^,]{{0,80}},)?\s+(?:drops|dropped|sheds|"
                              r"shed|steps\s+out\s+of|stepped\s+out\s+of)\s+(?:the|his|her)\s+"
                              r"character\s+to\s+(?:sing|record|perform)\s+(?P<it>it)\b")
# "A handles the vocals on “T1,” …, and sings again on “T2”": the clause's subject sings T2.
_AND_SINGS_ON = rx.compile(rf"^\s*(?:(?:{M}|[^⟨;,]){{0,40}},\s+)?"
                           rf"(?P<a>{M})\s+(?:[^;⟨]|{M}){{0,120}}?,?\s+and\s+(?:also\s+)?"
                           rf"(?:sings|sang)\s+(?:again\s+|too\s+)?on\s+(?P<r>{M})")
# ("A and B released “T” together on DATE": both)
_CONTRIBUTED = rx.compile(
    rf"(?:(?<![Bb]y\s)(?P<a0>{M})\s+and\s+)?(?P<a>{M})(?:\s*,?\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}{M},?)?"
    # ("A, the youngest in G, also released a solo track, “T”")
    rf"(?:,\s+the\s+(?:youngest|eldest|oldest|leader|maknae)\s+(?:in|of)\s+{M},)?\s+(?:also\s+)?"
    # ("G turned in “T” for the drama")
    r"(?:contributed|contributes|put\s+out|puts\s+out|delivered|delivers|provided|provides|released|releases|"
    r"turned\s+in|turns\s+in|"
    # ("The boy group G supplied “T” to the soundtrack")
    r"supplied|supplies|"
    r"dropped|drops|unveiled|unveils)\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?"
    # "G released its first single, “T”"
    rf"(?:(?:Part|Vol\.)\s*\d{{1,2}}[,:]?\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:(?:single|song|track|debut|theme|ballad),\s+)?(?P<r>{M})")
# "with A joined on vocals by bandmates B and C": all of them sing the song spoken of.
_JOINED_ON_VOCALS = rx.compile(
    rf"(?P<a>{M})\s+(?:(?:is|was)\s+)?joined\s+on\s+(?:lead\s+|backing\s+)?vocals\s+by\s+"
    r"(?:(?:his|her|their)\s+)?(?:(?:fellow\s+)?(?:bandmates|groupmates|members)\s+)?"
    rf"(?P<list>{NAMES})")
_CREDITED = rx.compile(rf"(?P<a>{M})\s+(?:is|are|was|were)\s+credited\s+(?:on|with|for)\s+"
                       rf"(?P<list>{NAMES})")
# "A and B are the credited artists on “T,” which they sing …": each is credited.
_THE_CREDITED_ARTISTS = rx.compile(rf"(?P<list>{NAMES})\s+(?:are|were|is|was)\s+the\s+credited\s+"
                                   rf"(?:artists?|singers?|performers?)\s+(?:on|of|for)\s+(?P<r>{M})")
# "A and B duet on T", "A teamed up with B for T": a duet credits both artists.
_DUET = rx.compile(
    # ("A and the singer B duet on T": a noun before the second name; "A and G’s B duet on T")
    rf"(?:(?P<a0>{M})\s+and\s+{M}[’']s\s+)?"
    rf"(?:(?P<a>{M}\s+and\s+the\s+(?:singer|actor|actress|rapper|soloist)\s+{M}|{NAMES})|"
    rf"(?P<pro>\b[Hh]e|\b[Ss]he)(?:\s+and\s+(?P<b0>{M}))?)(?:\s*,\s+who\b(?:[^,⟨;]|{M}){{0,120}}?,)?\s+"
    r"(?:also\s+)?(?:duet|duets|duetted|dueted|team\s+up|teamed\s+up|teams\s+up|"
    r"harmonize|harmonise|harmonizes|harmonises|harmonized|harmonised|"
    r"joined\s+forces|join\s+forces|joins\s+forces|collaborated|collaborate|collaborates)"
    r"(?:\s+with\s+(?:(?:fellow\s+)?(?:singer|actor|actress|rapper|co-star|bandmate|lead|"
    rf"member)\s+)?(?P<b>{M})(?:\s*,\s+who\b(?:[^,⟨;]|{M}){{0,80}}?,)?)?\s+(?:on|for)\s+"
    rf"(?:the\s+)?(?:[\w'’-]+,?\s+){{0,3}}?(?P<r>{M})")
# "On the second song, “T,” A duets with B, singing in character as C": both credited, both
# sing, A as C.
# ("On “T,” the crew’s loudest number, A duets with B": the title's apposition between)
_ON_T_DUETS_WITH = rx.compile(rf"\b[Oo]n\s+(?:the\s+[^,⟨;]{{1,30}},\s+)?(?P<r>{M}),\s+"
                              rf"(?:the\s+[^,⟨;]{{1,40}},\s+)?(?P<a>{M})\s+"
                              rf"(?:duets|duetted|dueted)\s+with\s+(?P<b>{M})"
                              rf"(?:,\s+(?:singing\s+)?(?:in\s+character\s+)?as\s+(?P<c>{M}))?")
# "A's voice carries “T,” the ballad under every confession": A sings T.
_VOICE_CARRIES = rx.compile(rf"(?P<a>{M})[’']s\s+(?:voice|vocals?)\s+(?:carries|carried|leads|led|"
                            rf"anchors|anchored)\s+(?P<r>{M})")
# "…, and the vocal is A's, recorded in character as C": who sings the song spoken of.
_VOCAL_IS = rx.compile(rf"\bthe\s+(?:lead\s+)?vocals?\s+(?:is|are|was|were)\s+(?P<a>{M})[’']s\b"
                       rf"(?:,\s+(?:recorded|sung)\s+in\s+character\s+as\s+(?P<c>{M}))?")
# A note's "Vocals: A, in character as frontwoman C.": who sings the song spoken of.
_VOCALS_NOTE = rx.compile(rf"^\s*(?P<key>{M}|(?:Lead\s+)?[Vv]ocals?)\s*:\s*(?P<a>{NAMES})"
                          r"(?:,\s+in\s+character\s+as\s+"
                          rf"(?:[a-z-]+\s+){{0,2}}?(?P<c>{M}))?\s*[.;]?\s*$")
# "A and B, as C and D, duet on it": the song spoken of; the verb credits both, each singing
# as the character named in the same order. "A and B duet on the second single, she as the
# clerk C and he as the first mate D": the same, the characters after.
_AS_DESCRIBED = r"\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?"
_DUET_ON_IT = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})(?:\s*,\s+as\s+(?P<c>{M})\s+and\s+"
                         rf"(?P<d>{M}),)?\s+(?:duet|duets|duetted|dueted)\s+on\s+(?:it\b|"
                         r"(?:the|this|their)\s+(?:[a-z-]+\s+)?(?:single|song|track|number|ballad)\b"
                         rf"(?:,\s+(?:she|he){_AS_DESCRIBED}(?P<c3>{M})\s+and\s+(?:she|he)"
                         rf"{_AS_DESCRIBED}(?P<d3>{M}))?)|"
                         # "On the record, A and B duet as C and D, both in character"
                         # ("On “T,” A and B duet in character as C and D": the same)
                         rf"(?P<a2>{M})\s+and\s+(?P<b2>{M})\s+(?:duet|duets|duetted|dueted)\s+"
                         r"(?:in\s+character\s+)?as\s+"
                         rf"(?P<c2>{M})\s+and\s+(?P<d2>{M})|"
                         # "The two leads duet on it in character, A as C and B as D"
                         r"\b(?:duet|duets|duetted|dueted)\s+on\s+(?:it|the\s+(?:song|track|number))"
                         rf"\s+in\s+character,\s+(?P<a4>{M})\s+as\s+(?P<c4>{M}),?\s+and\s+"
                         rf"(?P<b4>{M})\s+as\s+(?P<d4>{M})")
# "A shares the vocals with B on T", "A trades verses with B on T": both sing.
_SHARES = rx.compile(
    rf"(?P<a>{M})(?:\s*,\s+who\b[^,]{{0,80}},)?\s+(?:also\s+)?(?:shares|shared|splits|split|trades|"
    r"traded|swaps|swapped)\s+"
    rf"(?:the\s+)?(?:lead\s+)?(?:vocals|verses|vocal\s+duties|the\s+mic(?:rophone)?)\s+with\s+"
    r"(?:(?:singer|actor|actress|rapper|co-star|bandmate)\s+)?"
    rf"(?:(?P<b>{M})|(?P<pro>him|her))\s+(?:on|in|for)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){{0,3}}?"
    rf"(?P<r>{M})")
# "on “T” he shares the microphone with A and B, his G groupmates": all three sing T.
_ON_T_SHARES = rx.compile(
    rf"\b[Oo]n\s+(?P<r>{M}),?\s+(?:(?P<a>{M})|(?P<pro>he|she))\s+(?:shares|shared|splits|split|trades|"
    r"traded)\s+the\s+(?:lead\s+)?(?:vocals|verses|mic(?:rophone)?)\s+with\s+"
    rf"(?P<list>{NAMES})")
# "“T,” A's theme for S": A's recording, named before its owner.
_THE_BANDS_PART = rx.compile(rf"(?P<r>{M}),\s+the\s+(?P<kind>band|group)[’']s\s+(?:[a-z-]+\s+)?"
                             r"(?:OST\s+part|single|track|song)\b")
# ("“T,” singer-songwriter A's contribution": the noun before the name is A's calling)
# ("“T,” the singer A’s contribution to the soundtrack": the same, with "the")
_TITLE_OWNED = rx.compile(rf"(?P<r>{M}),\s+(?:(?:the\s+)?(?:singer-songwriter|singer|rapper|"
                          r"vocalist|balladeer|soloist)\s+)?"
                          rf"(?P<a>{M})[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:theme|ballad|"
                          r"single|song|track|anthem|duet|number|OST|contribution|offering|"
                          # ("“T,” G’s newest release", "“T,” G’s hit from …")
                          # ("“T,” G’s slow dance, which …": a dance tune)
                          r"entry|release|hit|(?<=slow\s)dance|waltz|lullaby)\b")
# "On T, A and B sing to each other", "Leader A and youngest member B share the hook": both
# sing T, or the recording spoken of.
_ROLE_WORD = (r"(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:⟨\d+⟩\s+)?(?=bandmate))?"
              r"(?:(?:[Yy]oungest|[Oo]ldest|[Ll]ead|[Mm]ain|[Ff]ellow)\s+)?(?:[Ll]eader|[Mm]embers?|"
              r"[Vv]ocalist|[Rr]apper|[Ss]inger|[Mm]aknae|[Bb]andmate)\s+")
_PAIR_SINGS = rx.compile(
    # ("On “T,” released on DATE, A and B duet.": the song, its day, then its pair)
    # ("On “T,” which came out a week later, on DATE, A and B duet, though …")
    # ("On “T,” another G recording, A and B split the singing": an apposition)
    rf"(?:\b[Oo]n\s+(?P<r>{M}),?\s+(?:released\s+on\s+{D},\s+|which\s+[^⟨;]{{1,50}}?,\s+|"
    rf"another\s+{M}\s+(?:recording|song|track|single),\s+)?)?"
    rf"(?P<names>(?:{_ROLE_WORD})?{M}(?:\s*,\s*(?:{_ROLE_WORD})?{M})*"
    rf",?\s+(?:and|&)\s+(?:{_ROLE_WORD})?{M})"
    # "A and B, the group's two main vocalists, split the verses"
    # "my old G sisters, A and B, sing the harmonies": an apposed pair
    # "A and B, who play the pair and sing it in character"
    # "A and B, who lead the series as C and D, sing it in character": a whole clause between
    # ("A and B, two of the group’s four members, share the vocals")
    r"(?:,\s+(?:(?:two|three|four)\s+of\s+)?(?:the|its|their)\s+[^,⟨;]{1,50},|(?<=⟩),|"
    r",\s+who(?:\s+[^,⟨;]{1,40}?\s+and)?|"
    r",\s+who\s+[^;]{1,120}?,)?"
    # ("…, A and B duet, though …": a clause going on; "the A and B duet, remains …" is a noun)
    # ("…, and on it A and B duet as themselves rather than as their characters")
    r"(?:\s+(?:all|both))?\s+(?:duet(?=\s*[.;]|\s*$|,\s+(?:though|but|while|as|and)\b|"
    r"\s+as\s+themselves\b)|"
    r"(?:share|split|trade|swap|sing|harmoni[sz]e|handle|handled|take|took|"
    # ("A and B open with the verses")
    # ("…, and B and C come in on the chorus")
    r"duet|sang|perform|performed|(?:open|opened|close|closed)\s+with|(?:come|came|chime|chimed)\s+"
    r"in\s+on)\s+(?:to\s+each\s+other|"
    r"together|everything|"
    # "A and B share the singing on it in character as C and D": the same, the part named
    # ("On “T,” A and B split the singing, in character as C and D respectively")
    r"the\s+(?:singing|vocals|verses|lines)(?:\s+on\s+it\s+(?:in\s+character\s+)?|,?\s+in\s+"
    r"character\s+)as\s+"
    rf"(?P<pc3>{M})\s+and\s+(?P<pd3>{M})|"
    # "A and B, who duet on it as C and the guitarist D": each in character, in order
    rf"on\s+it\s+as\s+(?:the\s+(?P<pcr>[a-z-]+)\s+)?(?P<pc2>{M})\s+and\s+"
    rf"(?:the\s+(?P<pdr>[a-z-]+)\s+)?(?P<pd2>{M})|on\s+it\b|"
    r"it\s+(?:together|as\s+themselves|in\s+character\b)|"
    # "A and B sing it as C and D": the song spoken of
    rf"it\s+(?:in\s+character,?\s+)?as\s+(?P<pc>{M})\s+and\s+(?P<pd>{M})|"
    # ("while A and B sing only the chorus": a part is still singing it)
    # ("A and B sing alternate verses")
    r"(?:(?:only|just)\s+)?(?:the\s+|their\s+|its\s+)?(?:alternate\s+|alternating\s+)?"
    r"(?:hook|chorus|verses|vocals|vocal|singing|"
    # ("A and B share the lead lines on “T”")
    r"lines|lead(?:\s+vocals?|\s+lines)?|bridge|refrain|harmony|harmonies|high\s+notes)\b|"
    # ("A takes the first verse, B and C split the second": a verse by its number)
    r"the\s+(?:second|third|fourth|last|final)(?=\s*[,.;]|\s+and\b)))"
    r"(?:\s+(?:on|in)\s+the\s+(?:(?:first|second|last|final)\s+)?(?:chorus|hook|bridge|refrain|"
    r"verses?)\b)?"
    # ("A and B trade lines as a duet on “T”": the song after the noun)
    rf"(?:(?:\s+as\s+a\s+duet)?\s+(?:on|of)\s+(?P<r2>{M}))?"
    r"(?!\s+(?:on|in|for|of)\b)")
# "A and I recorded a duet for the first part, “T,” singing as C and D": both are credited
# and sing.
# "“T,” the duet A and B recorded in character as C and D": the same, the title first.
_THE_DUET_THEY = rx.compile(
    rf"(?P<r>{M}),\s+the\s+(?:[a-z-]+\s+)?duet\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+"
    r"(?:recorded|sang|cut|released)\b"
    rf"(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M})\s+and\s+(?P<d>{M}))?")
_RECORDED_A_DUET = rx.compile(
    rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:recorded|record|sang|sing|cut|released|release)\s+"
    rf"(?:a|the|their)\s+duet\b(?:[^⟨;.]{{0,40}}?,)?\s+(?P<r>{M})(?:,?\s+(?:singing\s+)?(?:in\s+"
    rf"character\s+)?as\s+(?P<c>{M})\s+and\s+(?P<d>{M}))?")
# "The pair recorded it in character as C and D": the two who play C and D sing it.
_PAIR_NOUN_AS = rx.compile(
    r"\b(?:[Tt]he|[Bb]oth|[Tt]heir)\s+(?:two\s+)?(?:pair|leads|duo|stars|co-stars|co-leads)\s+"
    r"(?:also\s+|then\s+)?(?:sing|sang|recorded|record|perform|performed|voice|voiced)\s+"
    r"(?:it|the\s+(?:song|duet|track|ballad))\s+(?:in\s+character\s+)?"
    # "The pair recorded it as their characters": the two credited, each as the part played
    # "The pair voiced it in character as the Gu siblings": the same
    rf"as\s+(?:(?P<c>{M})\s+and\s+(?P<d>{M})|(?P<theirs>their\s+characters|the\s+(?:{M}\s+|"
    r"[a-z-]+\s+)?(?:siblings|couple|pair|brothers|sisters|lovers))\b)")
# "“T,” a duet credited to both actors that they recorded in character as C and D": the two
# who play C and D are credited and sing it.
_BOTH_ACTORS_AS = rx.compile(
    rf"(?P<r>{M}),\s+(?:a|the)\s+(?:[a-z-]+\s+)?(?:duet|song|track|single)\s+credited\s+to\s+"
    r"(?:both|the\s+two)\s+(?:actors|leads|stars)\s+(?:that|which)\s+they\s+(?:recorded|sang)\s+"
    rf"(?:in\s+character\s+)?as\s+(?P<c>{M})\s+and\s+(?P<d>{M})")
# "On “T” the two leads trade verses as C and D": the actors who play C and D sing it.
# ("“T,” which the two leads sing as C and D": the same)
_LEADS_TRADE_AS = rx.compile(
    # ("On “T” the pair duet in character as C and D": the same)
    rf"(?:^\s*On\s+(?P<r>{M}),?\s+(?:(?:the\s+two|both)\s+(?:actors|leads|stars)|the\s+pair)\s+"
    r"(?:(?:trade|swap|share|split|sing)\s+(?:the\s+)?(?:verses|lines|vocals|it)|duet)|"
    rf"(?P<r2>{M}),\s+which\s+the\s+two\s+(?:actors|leads|stars)\s+(?:sing|sang|perform|record|"
    r"recorded))\s+(?:in\s+character\s+)?as\s+"
    rf"(?P<c>{M})\s+and\s+(?P<d>{M})")
# "The pair duet in character as C and D on “T”": the actors who play C and D sing T, the
# title after the parts.
_PAIR_DUET_AS_ON = rx.compile(r"^\s*(?:The\s+(?:two\s+)?(?:pair|leads|stars)|The\s+two|"
                              r"Both\s+leads)\s+"
                              r"(?:duet|duetted|sing|sang|trade\s+verses|traded\s+verses)\s+"
                              rf"(?:in\s+character\s+)?as\s+(?P<c>{M})\s+and\s+(?P<d>{M})\s+on\s+"
                              rf"(?P<r>{M})")
# "“T,” credited to A and B, came out on DATE, with each of them singing in character": the
# credited people sing it, each as the one part they play.
# ("Both of them sing it in character, she as C and he as D": the same, a sentence of its own)
_EACH_OF_THEM = rx.compile(r",?\s+with\s+(?:each|both)\s+of\s+them\s+singing\s+(?:it\s+)?"
                           r"in\s+character\b|^\s*(?:Both(?:\s+of\s+them)?|The\s+two(?:\s+of\s+them)?|"
                           r"The\s+pair|Each\s+of\s+them|Each)\s+(?:sing|sang|sings)\s+(?:it\s+)?in\s+"
                           r"character\b|"
                           # ("“T,” a duet between A and B, came out on DATE, and both sing it in
                           # character, she as C and he as D")
                           # ("…, and both actors stay in character on the recording, as C and
                           # D respectively")
                           r",\s+and\s+(?:both|the\s+two)(?:\s+of\s+them|\s+actors|\s+singers)?\s+"
                           r"(?:sing|sang|stay|stayed|remain|remained)\s+(?:it\s+)?in\s+character\b|"
                           # ("“T,” a duet between A and B, recorded with the two actors in
                           # character as C and D")
                           r",\s+recorded\s+with\s+(?:both|the\s+two)(?:\s+actors|\s+singers)?\s+in\s+"
                           r"character\b")
_DUET_BETWEEN = rx.compile(rf"\bduet\s+between\s+(?P<a>{M})\s+and\s+(?P<b>{M})")
# "On “T” the two leads duet, trading lines …": the drama's two leads both sing T.
_LEADS_DUET_ON = rx.compile(rf"^\s*On\s+(?P<r>{M}),?\s+the\s+two\s+(?:leads|stars)\s+(?:duet|"
                            r"sing\s+together|trade\s+(?:verses|lines)|share\s+the\s+(?:vocals|verses))\b"
                            r"(?!\s+as\b)")
# "A of G carries “T” on her own, a B-side credited to the group": A sings T; G is credited.
_CARRIES_ON_HER_OWN = rx.compile(
    rf"(?P<a>{M})(?:\s+of\s+(?P<g>{M}))?\s+(?:carries|carried|sings|sang|handles|handled)\s+(?P<r>{M})\s+"
    r"(?:on\s+(?:her|his)\s+own|alone|solo)\b(?P<grp>,\s+an?\s+(?:[a-z-]+\s+)?(?:B-side|single|track|song)\s+"
    r"credited\s+to\s+the\s+(?:group|band)\b)?")
# "“T,” an A and B single on which the two leads sing in character as C and D": both are
# credited, each sings as the part in the same place.
_PAIR_SINGLE_ON_WHICH = rx.compile(
    rf"(?P<r>{M}),\s+an?\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?P<single>single|duet|song|track)\s+"
    r"on\s+which\s+(?:the\s+two(?:\s+(?:leads|actors|stars))?|both|they)\s+(?:sing|duet)\s+"
    rf"(?:in\s+character\s+)?as\s+(?P<c>{M})\s+and\s+(?P<d>{M})")
# "The album opens with “T,” A singing in character as C over …": A sings T, as C.
_TITLE_THEN_SINGING = rx.compile(rf"(?P<r>{M}),\s+(?P<a>{M})\s+singing\s+(?:it\s+)?"
                                 rf"(?:in\s+character\s+)?as\s+(?P<c>{M})")
# "“T,” a duet between A and B, in which the two actors sing as C and D": each sings T, in the
# part named in turn.
_DUET_IN_WHICH_AS = rx.compile(rf"(?P<r>{M}),\s+a\s+(?:[a-z-]+\s+)?duet\s+between\s+"
                               rf"(?P<a>{M})\s+and\s+(?P<b>{M}),\s+in\s+which\s+(?:the\s+two(?:\s+(?:actors|leads|stars))?|"
                               r"both|they)\s+(?:sing|sang|perform|performed)\s+(?:in\s+character\s+)?as\s+"
                               rf"(?P<c>{M})\s+and\s+(?P<d>{M})")
# "“T,” released under the name of A, whose voice carries the studio version": A sings T.
_WHOSE_VOICE = rx.compile(rf"(?P<a>{M}),\s+whose\s+(?:voice|vocals?)\s+"
                          r"(?:carries|carried|leads|led|is\s+heard\s+on|was\s+heard\s+on)\s+(?:the|its)\s+(?:[a-z-]+\s+)?"
                          r"(?:version|recording|record|track|song)\b")
# "A had his moment on “T,” …, which he sings in character as C": the one who plays C.
# ("… which is credited to A and which he recorded as C": the same)
# ("…’s “T,” which the jazz singer performs in character as B’s late mother, C": the one
# credited, as C)
_WHICH_HE_SINGS_AS = rx.compile(rf"(?:,|\s+and)\s+which\s+(?:he|she|the\s+actor|the\s+actress|"
                                r"(?P<singer>the\s+(?:[a-z-]+\s+)?(?:singer|vocalist)))\s+"
                                r"(?:sings|sang|recorded|"
                                r"performs|performed)\s+(?P<ic>in\s+character\s+)?as\s+"
                                rf"(?:{M}[’']s\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+,\s+)?"
                                rf"(?:(?:the\s+)?[a-z-]+\s+)?(?P<c>{M})")
# "A lends his voice to “T,” …, which … is credited to the actor himself": A is credited.
_CREDITED_SELF = rx.compile(r"\bcredited\s+to\s+the\s+(?:actor|actress|singer|star|idol)\s+"
                            r"(?:himself|herself)\b")
# "A has a song of her own. “T,” credited to the actress and sung by her in character as C, …":
# the person spoken of before is credited with T and sings it.
_CREDITED_TO_THE_ACTRESS = rx.compile(
    rf"^\s*(?P<r>{M}),\s+credited\s+to\s+the\s+(?:actress|actor|singer)\s+and\s+(?:sung|voiced|"
    r"performed)\s+by\s+(?:her|him)(?P<cw>\s+in\s+character)?(?:\s+as\s+(?P<c>{M}))?")
# "The original, credited to A, is …": the recording spoken of is A's.
_THE_NOUN_CREDITED = rx.compile(r"^\s*The\s+(?:original|song|track|ballad|single|duet)"
                                r"(?:\s+version)?,\s+credited\s+to\s+"
                                r"(?:(?:the\s+)?(?:singer|actress|actor|band|group)\s+)?"
                                rf"(?P<a>{M}),")
# "A and B also share “T,” a duet credited to both of them": the two named before.
_BOTH_OF_THEM = rx.compile(rf"(?P<r>{M}),\s+(?:a|the)\s+(?:[a-z-]+\s+)?"
                           r"(?:duet|song|track|single)\s+credited\s+to\s+both\s+of\s+them\b")
# "They recorded it in character, she as C and he as D": the two credited, each as the part
# they play.
# ("“T,” A and B’s duet; on the recording both stay in character, she singing as C and he as
# D": the same, a clause after the duet's title)
_THEY_IN_CHARACTER = rx.compile(r"^\s*They\s+(?:recorded|sang|sing|voiced|performed)\s+it\s+"
                                r"in\s+character\b|;\s+on\s+the\s+(?:recording|record|track)\s+"
                                r"(?:both|the\s+two|the\s+pair)\s+(?:stay|stayed|remain|remained)\s+"
                                r"in\s+character\b")
# "“T,” credited to G …, features A’s vocals in character as C, trading lines with B as D".
_FEATURES_VOCALS = rx.compile(rf"\bfeatures\s+(?P<a>{M})[’']s\s+vocals(?:\s+in\s+character)?"
                              rf"(?:\s+as\s+(?P<c>{M}))?(?:,\s+trading\s+(?:lines|verses)\s+with\s+"
                              rf"(?P<b>{M})(?:\s+as\s+(?P<d>{M}))?)?")
# "…, and she shares the band’s follow-up, “T,” with B, who takes the second verse as D": she
# and B sing T, the band's recording.
_SHARES_WITH = rx.compile(rf"\b(?:[Ss]he|[Hh]e)\s+(?:also\s+)?shares\s+(?P<pre>[^⟨;]{{0,40}}?)"
                          rf"(?P<r>{M}),?"
                          rf"\s+with\s+(?P<b>{M})(?:,\s+who\s+(?:takes|sings|handles)\s+[^,⟨;]{{1,40}}?"
                          rf"\s+as\s+(?P<d>{M}))?")
# "The quartet’s contribution …, puts members A and B on vocals": they sing the song spoken of,
# and belong to the group credited with it.
_MEMBERS_ON_VOCALS = rx.compile(rf"\bputs\s+(?:its\s+|their\s+)?members\s+(?P<list>{NAMES})\s+on\s+"
                                r"(?:lead\s+)?vocals\b")
# "A, who plays C in B’s “S,” recorded this one in character": A sings the song spoken of.
# ("A played the band’s frontwoman, C, and sang the song in character": the same)
_RECORDED_THIS_ONE = rx.compile(rf"^\s*(?P<a>{M})(?:,\s+who\s+(?:[^;⟨]|{M}){{1,120}}?,|"
                                rf"\s+(?:played|plays)\s+(?:[^;⟨]|{M}){{1,120}}?,?\s+and)\s+"
                                r"(?:recorded|sang|sings|records)\s+(?:this\s+one|this\s+track|"
                                r"the\s+track|the\s+song|it)\s+in\s+character\b")
# "A duet from B’s “S,” with A and B trading lines until the last chorus": both sing it.
_TRADING_LINES = rx.compile(rf"\bwith\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:trading|swapping|"
                            r"sharing)\s+(?:lines|verses|vocals)\b")
# "The band’s first single, “T1,” … The follow-up, “T2,” came out on …": T2 is credited to
# whoever T1 is.
# ("The band’s follow-up, “T2,” is there too": the same)
_THE_FOLLOW_UP = rx.compile(rf"^\s*(?:The|Its|Their)(?:\s+(?:band|group)[’']s)?\s+follow-up,\s+"
                            rf"(?P<r>{M})")
# "The ballad, credited to and sung by A, is …", "“T,” credited to and sung by A": both.
# ("The track, released on DATE, is credited to and sung by A": a participle set off)
_CREDITED_TO_AND_SUNG = rx.compile(rf"(?:(?P<r>{M})|^\s*The\s+(?:[a-z-]+\s+)?(?:ballad|song|track|"
                                   r"single|duet|theme|anthem|number)),\s+(?:(?:a|an|the)\s+"
                                   r"(?:[a-z-]+\s+)?(?:ballad|song|track|single|theme)\s+|"
                                   r"released\s+(?:on\s+)?⟦\d+⟧,\s+is\s+)?"
                                   r"credited\s+to\s+(?:and\s+sung\s+by\s+(?:the\s+[a-z-]+\s+)?"
                                   # ("The song, credited to the soloist A and sung by her alone")
                                   rf"(?P<a>{M})|(?:the\s+[a-z-]+\s+)?(?P<a2>{M})\s+and\s+"
                                   # ("… credited to A and voiced by him as C")
                                   r"(?:sung|voiced)\s+by\s+(?:her|him)(?:self)?(?:\s+alone)?\b"
                                   rf"(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?)")
# "Credited to A alone and sung by her, the song …": A sings the song spoken of.
_CREDITED_AND_SUNG = rx.compile(rf"^\s*Credited\s+to\s+(?P<a>{M})(?:\s+alone)?\s+and\s+sung\s+by\s+"
                                r"(?:her|him|them)\b")
# "A, whose “T” is sung in character as C": A sings T.
_WHOSE_T_IS_SUNG = rx.compile(rf"(?P<a>{M}),\s+whose\s+(?P<r>{M})\s+is\s+sung\s+"
                              rf"(?:(?P<cw>in\s+character)\s+)?(?:as\s+(?P<c>{M}))?")
# "the quartet is on the soundtrack with “T”": the group spoken of is credited with T.
_GROUP_ON_SOUNDTRACK = rx.compile(r"\b(?:[Tt]he\s+(?:quartet|trio|quintet|duo|group|band)|"
                                  rf"(?P<g>{M}))\s+(?:is|are|was|were)\s+(?:also\s+)?on\s+the\s+"
                                  r"soundtrack\s+"
                                  rf"with\s+(?P<r>{M})")
# "… on the group’s “T” only A and B are heard": A and B sing T.
_ONLY_HEARD = rx.compile(rf"\bonly\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:are|were)\s+heard\b")
# "She is the voice of “T,” the drama’s first OST part, credited to her and recorded …": the
# person spoken of is credited.
# ("“T,” a lullaby credited to her that was released …": the noun with no comma)
# ("“T,” the ballad credited to her and released on DATE": "the" and no comma)
_CREDITED_TO_PRONOUN = rx.compile(rf"(?P<r>{M}),\s+(?:the\s+[^,⟨;]{{1,50}},\s+|"
                                  r"(?:a|an|the)\s+[a-z-]+(?:\s+[a-z-]+)?\s+)?credited\s+to\s+"
                                  r"(?:her|him)(?:\s+alone)?(?=\s+and\s+(?:recorded|sung|released|put\s+out)\b|"
                                  r"\s*[,.;]|"
                                  r"\s+(?:that|which)\s)")
# "A sings “T” in character …; the track, credited to him alone, never charted": T is A's.
_THE_TRACK_HIS = rx.compile(r";\s+the\s+(?:track|song|ballad|single),\s+credited\s+to\s+"
                            r"(?:him|her)\s+alone\b")
# "… sings “T” …. The trot number, credited to him, has been out since …": the song spoken
# of is its one singer's.
_THE_NUMBER_HIS = rx.compile(r"^\s*The\s+(?:[a-z-]+\s+)?(?:track|song|ballad|single|number),\s+"
                             r"credited\s+to\s+(?:him|her)(?:\s+alone)?,")
# "A plays C in the series, and the track is credited to him": the song spoken of is A's.
_AND_THE_TRACK_HIS = rx.compile(r"(?:,\s+and|;)\s+the\s+(?:track|song|ballad|single)\s+is\s+"
                                r"credited\s+to\s+(?:him|her)(?:\s+alone)?\s*[;,.]")
# "“T,” a duet credited to A and B, was released on …, and the two sing it as C and D": each
# sings T, as the part named in turn.
_THE_TWO_SING_IT = rx.compile(rf"(?P<r>{M}),\s+(?:an?\s+[a-z-]+\s+)?credited\s+to\s+(?P<a>{M})\s+"
                              rf"and\s+(?P<b>{M}),[^;⟨]{{0,60}}?,?\s+and\s+the\s+two\s+"
                              r"(?:sing|sang|perform|performed|share|shared|voice|voiced)\s+it"
                              rf"(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M})\s+and\s+(?P<d>{M}))?")
# "Credited to G, “T” was released on …": G is credited with T.
_CREDITED_OPENS = rx.compile(rf"^\s*Credited\s+to\s+(?:the\s+[a-z-]+\s+)?(?P<a>{M}),\s+"
                             rf"(?P<r>{M})\s+(?:was|is|came|arrived)\b")
# "Three songs on the soundtrack are credited to G: “T1,” “T2” and “T3.”"
_CREDITED_COLON = rx.compile(rf"\bcredited\s+to\s+(?P<a>{M}):\s+(?P<list>{NAMES})")
# "The first is fronted by A as C, with B adding harmonies in character as D": the first title
# of the list just named.
_THE_NTH_IS = rx.compile(rf"^\s*The\s+(?P<n>first|second|third|last)\s+(?:one\s+)?is\s+"
                         rf"(?:fronted|sung|led|voiced)\s+by\s+(?P<a>{M})(?:\s+as\s+(?P<c>{M}))?"
                         rf"(?:,\s+with\s+(?P<b>{M})\s+adding\s+(?:harmonies|backing\s+vocals)"
                         rf"(?:\s+in\s+character)?(?:\s+as\s+(?P<d>{M}))?)?")
# "“S OST,” a 20-track album, opens with A’s “T”": A is credited with T.
# ("First on the list is A’s “T,” which …": the same, a list's first place)
# ("From “S” the pharmacists picked G’s “T”": the same, a pick from a drama)
_OPENS_WITH = rx.compile(r"(?:\b(?:opens|opened|closes|closed|begins|ends)\s+with|"
                         r"^\s*(?:First|Next|Last|Second|Third)\s+on\s+the\s+(?:play)?list\s+"
                         r"(?:is|was|comes|came)|"
                         r"^\s*From\s+⟨\d+⟩,?\s+(?:the\s+[a-z]+\s+|they\s+|we\s+)?(?:also\s+)?"
                         r"(?:picked|chose|selected|took|added))\s+"
                         rf"(?P<a>{M})[’']s\s+(?P<r>{M})")
# "…, he trades verses with bandmate B on G’s “T”": he and B sing T.
_TRADES_VERSES_ON = rx.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:trades|traded|shares|shared|splits|"
                               r"split)\s+(?:verses|vocals|lines)\s+with\s+"
                               r"(?:(?:bandmate|groupmate|co-star)\s+)?"
                               rf"(?P<b>{M})\s+on\s+(?:{M}[’']s\s+)?(?P<r>{M})")
# "A starred as C and B as D, and they sing this duet in character": the two people named.
_THEY_SING_THIS = rx.compile(r",?\s+and\s+they\s+(?:sing|sang|perform|performed|recorded|record)\s+"
                             r"(?:this|the|their)\s+(?:duet|song|track|ballad)\b"
                             r"(?P<cw>\s+in\s+character)?")
# "On “T” she and B harmonise as C and D": the person spoken of and B sing T in character.
_PRONOUN_PAIR_AS = rx.compile(
    rf"(?:\b[Oo]n\s+(?P<r>{M}),?\s+)?\b(?P<pro>[Ss]he|[Hh]e)\s+and\s+(?P<b>{M})\s+(?:harmoni[sz]e|"
    r"sing|duet|trade\s+(?:the\s+|its\s+)?verses|share\s+(?:the\s+)?(?:vocals|verses))\s+(?:it\s+)?"
    rf"as\s+(?P<c>{M})\s+and\s+(?P<d>{M})")
# "A and B trade its verses in character as C and D": both sing the song spoken of, each as
# the part named in turn.
# "A and B’s duet “T,” which the two sing in character as C and D": both sing T, in order.
_DUET_THE_TWO_SING_AS = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})[’']s\s+(?:[a-z-]+\s+)?duet,?\s+"
                                   rf"(?P<r>{M}),\s+which\s+the\s+(?:two|pair)\s+(?:sing|sang)\s+"
                                   rf"(?:it\s+)?in\s+character\s+as\s+(?P<c>{M})\s+and\s+(?P<d>{M})")
# "On “T,” …, A duets with B as C and D": both sing the song spoken of, each as the part named
# in turn.
_DUETS_WITH_AS = rx.compile(rf"(?P<a>{M})\s+(?:duets|duetted|dueted|sings|sang)\s+with\s+(?P<b>{M})"
                            rf"(?:,?\s+in\s+character,?)?\s+as\s+(?P<c>{M})\s+and\s+(?P<d>{M})"
                            r"(?![’']s)")
# ("…, on which A and B sing as C and D": the same, no part of the song named)
# ("A and B shared the microphone, in character as C and D, on …": the same)
# ("…; on it A and B sing alternate verses as C and D": the same)
_PAIR_TRADES_AS = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:(?:trade|traded|share|shared|"
                             r"split|swap|swapped|sing|sang)\s+(?:the\s+|its\s+|alternate\s+)?"
                             r"(?:verses|vocals?|lines|"
                             r"microphone|mic)|sing|sang|"
                             # ("A and B sing a duet in character as C and D")
                             r"(?:sing|sang|perform|performed)\s+(?:a|the|their)\s+duet|"
                             # ("A and B answer each other line by line on it, in character as …")
                             r"answer\s+each\s+other(?:\s+line\s+by\s+line)?|"
                             # ("A and B duet in character, as C and D, on the second song, “T”")
                             # ("A and B swap verses on it in character as C and D")
                             r"duet|duetted|dueted)(?:\s+on\s+it)?,?\s+"
                             rf"(?:in\s+character,?\s+)?as\s+(?P<c>{M})\s+and\s+(?P<d>{M})")
# "A, the group’s main dancer, steps out alone on “T,” her own solo for …": A's.
_OWN_SOLO_ON = rx.compile(rf"(?P<a>{M})(?:,\s+[^,;⟨]{{1,40}},)?\s+[^,;⟨]{{0,40}}?\b(?:on|with)\s+"
                          rf"(?P<r>{M}),\s+(?:her|his)\s+(?:own\s+)?(?:first\s+)?solo\b")
# "A, a café singer from P who does not appear in the drama, sings “T” alone": A sings T.
# ("A, the one guest who …, sang “T” alone at a piano": a night's live song, not the record)
# ("A, a cabaret singer who does not appear in the drama, performs “T”;": the same, nothing after)
_APPOSED_SINGS_ALONE = rx.compile(rf"(?P<a>{M}),\s+(?:a|an|the)\s+(?:[^;⟨]|{M}){{1,80}}?,\s+"
                                  rf"(?:sings|performs)\s+(?P<r>{M})(?:\s+(?:alone|solo|by\s+"
                                  # ("…, sings “T,” which had passed …": a clause on T)
                                  r"(?:herself|himself)|on\s+(?:her|his)\s+own)\b|(?=\s*[;.]|\s*$|,\s+which\s))")
# "“T,” G’s song for the drama, which A and B of the group sing between them": both sing T.
_WHICH_THEY_SING_BETWEEN = rx.compile(rf"(?P<r>{M}),\s+(?:[^;⟨]|{M}){{1,50}}?,\s+which\s+"
                                      rf"(?P<list>{NAMES})(?P<of>\s+of\s+the\s+(?:group|band))?\s+"
                                      r"(?:sing|share|split|trade)\s+between\s+them\b")
# "“T,” which G recorded for the series; A of the girl group sings every line": A sings T, one of
# G (the act named before in the sentence).
_OF_THE_GROUP_SINGS_ALL = rx.compile(rf"(?:;\s+|,\s+and\s+)(?P<a>{M})\s+of\s+the\s+"
                                     r"(?:(?:girl|boy|idol)\s+)?(?:group|band)\s+(?:sings|sang)\s+"
                                     r"every\s+(?:line|word|note)\b")
# ("G’s “T,” out since DATE, on which A, the girl group’s youngest member, takes every line")
# ("G’s “T,” on which the girl group’s leader, A, sings part of the refrain": the place first)
_ON_WHICH_MEMBER_TAKES = rx.compile(rf"\bon\s+which\s+(?:(?P<a>{M}),\s+)?the\s+"
                                    r"(?:(?:girl|boy|idol)\s+)?(?:group|band)[’']s\s+(?:[a-z-]+\s+)?(?:member|leader|maknae|"
                                    rf"vocalist|singer),\s+(?(a)|(?P<a2>{M}),\s+)"
                                    r"(?:takes|sings|handles|carries)\s+"
                                    r"(?:every\s+(?:line|word|note)|all\s+the\s+vocals|(?:part|some)\s+of\s+|"
                                    # ("…, a G song on which A, the boy group’s leader, sings the
                                    # hook")
                                    r"the\s+(?:hook|chorus|bridge|verses?|lead|refrain))\b")
# "“T,” which plays over the opening titles of “S” and was recorded by G": an act that recorded
# the title is credited with it (a person's voice is read elsewhere).
# ("“T,” which the boy group G sings": the group named, the credited act)
_WHICH_WAS_RECORDED_BY = rx.compile(rf"(?P<r>{M}),\s+which\s+(?:(?:[^;⟨.]|⟨\d+⟩){{0,80}}?\b"
                                    rf"(?:was|is)\s+recorded\s+by\s+(?:the\s+(?:[a-z-]+\s+)?(?:group|band)\s+)?"
                                    rf"(?P<g>{M})|the\s+(?:[a-z-]+\s+)?(?:group|band)\s+(?P<g2>{M})\s+"
                                    r"(?:sings|sang|performs|performed|recorded)\b)")
# "“T” is G’s contribution, sung by the girl group’s members A and B": both sing T, both G's.
_SUNG_BY_THE_GROUPS_MEMBERS = rx.compile(r"\bsung\s+by\s+the\s+(?:(?:girl|boy|idol)\s+)?"
                                         r"(?:group|band)[’']s\s+(?:[a-z]+\s+)?members?\s+"
                                         rf"(?P<list>{NAMES})")
# "“T,” is sung by A in character as C and was released as her own single on DATE": A's.
_OWN_SINGLE = rx.compile(rf"\b(?:is|was)\s+sung\s+by\s+(?P<a>{M})(?:[^;⟨]|⟨\d+⟩){{0,60}}?\band\s+"
                         r"(?:was\s+)?(?:released|issued|put\s+out)\s+as\s+(?:her|his)\s+own\s+single\b")
# "A put out “T” under his own name on DATE and sings every line of it himself": A sings T.
# ("A’s solo number, “T,” came out on DATE, and she sings every word of it alone": the same)
_AND_SINGS_ALL_OF_IT = rx.compile(
    rf"(?:^\s*(?P<a>{M})\s+(?:put\s+out|released|recorded|issued|cut)\s+(?P<r>{M})|"
    rf"(?P<a2>{M})[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:number|track|single|song|ballad),?\s+(?P<r2>{M}),?)"
    r"[^;⟨]{0,60}?\s+and\s+(?:(?<=,\sand\s)(?:she|he)\s+)?(?:sings|sang)\s+"
    r"(?:every\s+(?:line|word|note)\s+of\s+it|all\s+of\s+it|it\s+(?:all\s+)?"
    r"(?:by\s+)?(?:himself|herself|alone|solo))")
# What follows "G’s “T”" when the record is counted ("… has gone past N plays on P").
# ("G’s “T” follows, with more than N plays on P to date": the count after a verb of order)
_COUNTED_AFTER = rx.compile(r",?\s+(?:(?:has|had)\s+(?:now\s+|already\s+)?(?:gone\s+past|passed|"
                            r"crossed|topped|surpassed|gathered)|(?:follows|comes\s+next),\s+with)\s+"
                            r"(?:more\s+than\s+)?[\d.,]+\s+(?:million\s+)?(?:plays|streams)\b")
# ("G’s “T” comes first.": a one-word name owning a record in a running order)
_PLACED_AFTER = rx.compile(r"\s+(?:comes|came)\s+(?:first|next|last|second|third)\b|\s+(?:opens|"
                           r"closes|opened|closed)\s+the\s+(?:list|playlist|set|running\s+order)\b")
# "A’s name is on the credits of that theme, “T,”": A is credited.
_NAME_ON_THE_CREDITS = rx.compile(rf"(?P<a>{M})[’']s\s+name\s+is\s+on\s+the\s+credits?\s+of\s+"
                                  r"(?:(?:that|the|this|its)\s+(?:[a-z-]+\s+)?(?:theme|song|track|"
                                  rf"single|ballad),\s+)?(?P<r>{M})")
# "A recorded that theme, “T,” under her own name and in character as C": A's.
_RECORDED_UNDER_OWN_NAME = rx.compile(rf"(?P<a>{M})\s+(?:recorded|released|put\s+out|cut|sang)\s+"
                                      r"(?:(?:that|the|its|her|his)\s+(?:[a-z-]+\s+)?(?:theme|song|"
                                      rf"single|track|ballad),\s+)?(?P<r>{M})(?:,?\s+under\s+(?:her|his)\s+"
                                      r"own\s+name\b|"
                                      # ("A recorded the theme, “T,” herself, in character as C,
                                      # and it is released under her name")
                                      # ("A sang that theme, “T,” in character as C, and the
                                      # single carries her name")
                                      r"(?:,\s+(?:herself|himself))?,?\s+(?:[^;⟨]|⟨\d+⟩){0,60}?\s+and\s+"
                                      r"(?:it\s+(?:is|was)\s+(?:released|credited|billed)\s+under|the\s+"
                                      r"(?:single|song|track|record)\s+(?:carries|bears|carried|bore))\s+"
                                      r"(?:her|his)\s+(?:own\s+)?name\b)")
# "A sings the theme, “T,” as C, staying in character; released on DATE as her own single, it …":
# the singer heads the sentence, the single is hers.
# ("A sings the drama’s theme, “T,” in character as C; the single, credited to her, appeared
# on DATE": the same)
_SINGS_OWN_SINGLE = rx.compile(rf"^\s*(?P<a>{M})\s+(?:sings|sang)\s+"
                               rf"(?:the\s+(?:[a-z-]+[’']s\s+)?[a-z-]+(?:\s+song)?,\s+)?"
                               rf"(?P<r>{M})(?:[^;⟨.]|⟨\d+⟩){{0,60}}?[;,]\s+(?:(?:it\s+was\s+)?"
                               r"(?:released|issued|put\s+out)\s+(?:on\s+⟦\d+⟧\s+)?as\s+(?:her|his)\s+"
                               r"own\s+single\b|the\s+(?:single|song|track),\s+credited\s+to\s+"
                               r"(?:her|him)(?:\s+alone)?,)")
# "A sings it in character as C, and it was issued as her own single on DATE": the song spoken
# of is A's.
_SINGS_IT_OWN_SINGLE = rx.compile(rf"^\s*(?P<a>{M})\s+(?:sings|sang)\s+it\b"
                                  r"(?:[^;⟨.]|⟨\d+⟩){0,60}?,\s+and\s+it\s+(?:was|is)\s+(?:released|issued|put\s+out)\s+"
                                  r"(?:on\s+⟦\d+⟧\s+)?as\s+(?:her|his)\s+own\s+single\b")
# "“T” belongs to the boy group G, and its vocals are handled by two of the members, A and B":
# both sing T, both G's.
_ITS_VOCALS_BY_MEMBERS = rx.compile(r"\b[Ii]ts\s+vocals?\s+(?:are|is|were|was)\s+(?:handled|sung|"
                                    # ("… are split between two members, A and B")
                                    r"shared|split)\s+(?:by|between)\s+(?:(?:two|three|four)\s+"
                                    rf"(?:of\s+(?:the|its)\s+)?members,\s+|(?:its\s+)?members\s+)"
                                    rf"(?P<list>{NAMES})")
# "G’s “T,” whose chorus is sung by the girl group’s leader, A": the same.
# ("whose opening verse is sung by …": the verse counted)
# ("G’s “T,” which opens with a verse sung by the girl group’s leader, A": the same)
_WHOSE_CHORUS_SUNG_BY = rx.compile(r"(?:\bwhose\s+"
                                   r"(?:(?:opening|first|second|last|closing|final)\s+)?"
                                   # ("whose opening verse belongs to the boy group’s leader")
                                   # ("the song whose verses belong to the girl group’s leader, A")
                                   r"(?:chorus|verses?|hook|bridge|lead|vocals?|lines)\s+"
                                   r"(?:is\s+sung\s+by|belongs?\s+to)|\bwhich\s+(?:opens|starts|begins)\s+with\s+a\s+"
                                   # ("… which opens with a solo verse from the boy group’s leader")
                                   r"(?:solo\s+)?(?:verse|line|solo)\s+(?:sung\s+by|from))\s+the\s+(?:(?:girl|boy|idol)\s+)?(?:group|band)[’']s\s+"
                                   rf"(?:leader|maknae|youngest|eldest|main\s+vocalist|[a-z-]+ist),\s+(?P<a>{M})")
# "A, a ballad singer who never appears on screen, gives “T” its voice": A sings T.
_GIVES_ITS_VOICE = rx.compile(rf"(?P<a>{M})(?:,\s+(?:a|an|the)\s+[^,⟨;]{{1,60}},)?\s+"
                              rf"(?:gives|gave)\s+(?P<r>{M})\s+(?:its|her|his)\s+voice\b")
# "“T” (A), a slow number that the folk singer performs in character as C": A sings T, as C.
_THAT_THE_SINGER_PERFORMS = rx.compile(rf"(?P<r>{M})\s*\((?P<a>{M})\),\s+(?:a|an|the)\s+"
                                       r"[^,⟨;]{0,40}?\s+that\s+the\s+(?:[a-z-]+\s+)?(?:singer|vocalist|veteran|soloist)\s+"
                                       r"(?:performs|sings|recorded|records|performed|sang)\s+in\s+"
                                       rf"character\s+as\s+(?P<c>{M})")
# "G, a girl group, contributes “T”": G is credited with T.
# ("G, a four-member girl group, provide “T,” with members A and B on vocals": both sing T)
_G_CONTRIBUTES = rx.compile(rf"(?P<g>{M}),\s+an?\s+(?:[a-z-]+\s+){{0,2}}?"
                            r"(?:group|band|duo|trio),\s+(?:contributes|contributed|supplies|supplied|"
                            rf"provide|provides|provided)\s+(?P<r>{M})(?:,\s+with\s+members?\s+"
                            rf"(?P<list>{NAMES})\s+on\s+vocals)?")
# "G, a girl group, contributes “T”; A and B are the two members who sing on it": both sing T
# and are G's.
# ("…, yet A and B are the only two who sing on it": the same)
_ARE_THE_MEMBERS_WHO_SING = rx.compile(rf"(?P<list>{NAMES})\s+are\s+the\s+(?:(?:only\s+)?"
                                       r"(?:two|three|four)\s+members|only\s+(?:two|three|four))\s+"
                                       r"who\s+sing\s+(?:on\s+it|it)\b")
# "Only one of the girl group’s members is heard on it: A, who sings every line": A sings the
# song spoken of and is one of the group credited with it.
# ("…, although the only G member singing on it is A": the same, the group named)
# ("Its only voice is A’s; he became the group’s fifth member last autumn": the same; "On the
# record the voice is A’s, singing in character as C": A sings it, as C)
_ONLY_VOICE = rx.compile(r"\b[Oo]nly\s+one\s+of\s+the\s+(?:(?:girl|boy|idol)\s+)?"
                         r"(?:group|band)[’']s\s+members\s+is\s+heard\s+on\s+it:\s+"
                         rf"(?P<a>{M})|\bthe\s+only\s+(?P<g>{M})\s+member\s+(?:singing|heard|who\s+sings)\s+"
                         rf"on\s+it\s+is\s+(?P<a2>{M})|"
                         # ("though of G’s members only A can be heard on it")
                         # ("…; of G’s seven members, A alone sings on it")
                         rf"\bof\s+(?P<g2>{M})[’']s\s+(?:[a-z-]+\s+)?members,?\s+(?:only\s+(?P<a4>{M})\s+"
                         rf"(?:can\s+be|is)\s+heard|(?P<a8>{M})\s+alone\s+sings)\s+on\s+it\b|"
                         # ("A is the only voice on it, singing as C")
                         # ("“T” came out on DATE with A as its only singer, performing in
                         # character as C")
                         rf"(?:(?P<a5>{M})\s+is\s+the\s+(?:only|sole)\s+voice\s+on\s+it|\bwith\s+(?P<a7>{M})\s+"
                         r"as\s+its\s+(?:only|sole)\s+(?:singer|voice|vocalist))(?:,\s+(?:singing|performing)\s+"
                         rf"(?:in\s+character\s+)?as\s+(?P<c5>{M}))?|"
                         # ("…; only A, one of G’s five members, sings on it")
                         rf";\s+only\s+(?P<a6>{M}),\s+one\s+of\s+(?P<g3>{M})[’']s\s+(?:[a-z-]+\s+)?"
                         r"members,\s+sings\s+on\s+it\b|"
                         # ("“T” appears under G’s name, but the voice is A’s, singing as the
                         # guitarist C": the clause after "but")
                         r"(?:^\s*|,\s+but\s+)(?:On\s+the\s+(?:record|recording|track),?\s+)?"
                         r"(?:Its|The|the)\s+(?:only\s+|sole\s+|lead\s+)?voice\s+is\s+"
                         rf"(?P<a3>{M})[’']s\b(?:,\s+(?:singing\s+(?:in\s+character\s+)?|in\s+character\s+)"
                         rf"as\s+(?:the\s+[a-z-]+\s+)?(?P<c>{M}))?"
                         r"(?P<member>;\s+(?:he|she)\s+(?:became|joined|is|was)\s+the\s+"
                         r"(?:group|band)[’']s\s+(?:[a-z-]+\s+)?member\b)?")
# "G’s “T,” whose opening verse A, the boy group’s leader, sings alone": A sings T; with the
# apposition G is a group, T's credited act, and A one of its members.
_WHOSE_PART_SINGS = rx.compile(rf"(?:(?P<g>{M})[’']s\s+)?(?P<r>{M}),\s+whose\s+(?:[a-z-]+\s+)?"
                               rf"(?:verses?|chorus|bridge|hook|lines?)\s+(?P<a>{M})"
                               r"(?:,\s+the\s+(?P<kind>(?:boy\s+|girl\s+)?(?:group|band))[’']s\s+"
                               r"[a-z-]+,)?\s+(?:sings|sang|takes|took|carries|carried)\b")
# "A’s “T,” a slow waltz that she sings over a single accordion": A sings T.
_OWN_SONG_SHE_SINGS = rx.compile(rf"(?P<a>{M})[’']s\s+(?P<r>{M}),\s+an?\s+[^,;⟨]{{0,40}}?\b"
                                 r"(?:that|which)\s+(?:she|he)\s+(?:sings|sang|performs|performed)\b")
# "B may play C, but the singing is done by a session vocalist, A, in character as C": A sings
# the song spoken of.
_SINGING_DONE_BY = rx.compile(r"\bthe\s+(?:singing|vocals?|voice)\s+(?:is|was)\s+(?:done|handled|"
                              r"supplied|provided)\s+by\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?"
                              rf"(?:vocalist|singer),\s+)?(?P<a>{M})(?:,\s+in\s+character\s+as\s+"
                              rf"(?P<c>{M}))?")
# "A leaves the kit to sing it as C, never dropping character": A sings the song spoken of.
_LEAVES_TO_SING = rx.compile(rf"(?P<a>{M})\s+(?:leaves|left|steps|stepped|comes|came|gets|got)\s+"
                             r"(?:out\s+(?:from\s+)?)?(?:behind\s+)?(?:the|his|her)\s+(?:[a-z-]+\s+)?"
                             r"(?:kit|drums|drum\s+kit|keyboards?|keys|bass|guitar|piano|stool)\s+to\s+"
                             r"sing\s+(?:it|the\s+(?:song|track|single))\b"
                             rf"(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?")
# "A, the eldest of the boy group’s five members, sings it alone": A sings the song spoken of.
_APPOSED_SINGS_IT_ALONE = rx.compile(rf"(?P<a>{M}),\s+the\s+[^;⟨,]{{1,60}},\s+(?:sings|sang)\s+"
                                     r"it\s+(?:alone|solo|on\s+(?:her|his)\s+own)\b")
# "“T” by G, whose leader, A, sings its chorus": A sings T and is one of G.
_WHOSE_MEMBER_SINGS = rx.compile(rf"(?P<g>{M}),\s+whose\s+(?:leader|maknae|youngest|"
                                 rf"main\s+vocalist),?\s+(?P<a>{M}),?\s+(?:sings|sang|takes|took|handles|handled)\s+"
                                 r"(?:its|the)\s+(?:chorus|hook|bridge|verses?|lead)\b")
# "G’s theme for B’s “S,” “T,” comes round every hour": G's, the title after the drama.
_THEME_FOR_S_T = rx.compile(rf"(?P<g>{M})[’']s\s+(?:[a-z-]+\s+)?(?:theme|single|song|ballad)\s+"
                            rf"for\s+(?:{M}[’']s\s+)?(?P<s>{M}),\s+(?P<r>{M})")
# "“T,” released on DATE, the ending song G performs for the drama": G's.
_THE_SONG_G_PERFORMS = rx.compile(rf"(?P<r>{M}),\s+(?:released\s+on\s+⟦\d+⟧,\s+)?the\s+"
                                  rf"(?:[a-z-]+\s+)?(?:song|theme|single|track)\s+(?P<g>{M})\s+(?:performs|sings|"
                                  r"recorded|records|performed|sang)\b")
# "G’s contribution to the album is “T”": G's.
_CONTRIBUTION_IS = rx.compile(rf"(?P<g>{M})[’']s\s+(?:contribution|offering|entry)\s+to\s+the\s+"
                              rf"(?:album|soundtrack|OST)\s+is\s+(?P<r>{M})")
# "“T,” released on DATE, is G’s offering": G's.
_T_IS_GS = rx.compile(rf"(?P<r>{M}),\s+(?:released\s+on\s+{D},\s+)?(?:is|was)\s+(?P<g>{M})[’']s?\s+"
                      r"(?:offering|contribution|entry|number|song|track)\b")
# "A and B put out “T” as a duet on DATE": both are credited.
_PUT_OUT_AS_DUET = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:put\s+out|released|recorded|"
                              rf"cut)\s+(?P<r>{M})\s+as\s+a\s+duet\b")
# "“T,” which A and B sing as a duet": both are credited and sing.
_WHICH_THEY_SING_AS_DUET = rx.compile(rf"(?P<r>{M}),\s+which\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+"
                                      r"(?P<verb>sing|sang|perform|performed|record|recorded)\s+as\s+"
                                      r"a\s+duet\b")
# "A, who played the band’s drummer C, sings it with B, the two in character as C and D": both.
_WHO_SINGS_IT_WITH = rx.compile(rf"(?P<a>{M}),\s+who\s+[^;⟨]{{1,60}}?(?:{M})?,\s+(?:sings|sang)\s+"
                                r"it\s+with\s+"
                            rf"(?P<b>{M}),\s+the\s+two\s+in\s+character\s+as\s+(?P<c>{M})\s+and\s+"
                            rf"(?P<d>{M})")
# "“T,” the debut single of The G from “S”": G's single.
_SINGLE_OF_G = rx.compile(rf"(?P<r>{M}),\s+the\s+(?:[a-z-]+\s+)?(?:single|song|track|ballad)\s+"
                          rf"of\s+(?:[Tt]he\s+)?(?P<g>{M})")
# "A does the rap, and he is credited as a featured artist": a credit on the song spoken of.
_FEATURED_CREDIT = rx.compile(
    rf"(?:(?P<a>{M})|\b(?P<pro>[Hh]e|[Ss]he))\s+(?:is|was|gets|got)\s+(?:also\s+)?credited\s+as\s+"
    r"(?:a\s+|the\s+)?(?:featured|featuring|guest)\s+(?:artist|rapper|vocalist|singer)\b")
# "A provides C's singing voice on all three band tracks / on T": A sings them.
_VOICE_ON = rx.compile(
    rf"(?P<a>{M})\s+(?:also\s+)?(?:provides|provided|supplies|supplied|is|was)\s+(?:the\s+)?"
    rf"(?:(?P<c>{M})[’']s\s+)?(?:singing\s+)?voice\s+(?:on|for|in)\s+(?:(?P<all>(?:all|both)\s+"
    rf"(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?P<band>band\s+|group\s+)?(?:tracks|songs|numbers))|"
    rf"(?:the\s+)?(?:[\w'’-]+,?\s+){{0,3}}?(?P<r>{M}))")
# "G also has a track of its own on the OST album: the ballad “T”".
_HAS_A_TRACK = rx.compile(
    rf"(?P<a>{M})\s+(?:also\s+)?(?:has|gets|contributes|adds)\s+(?:a|one|its\s+own)\s+(?:[a-z-]+\s+)?"
    rf"(?:track|song|single|number)\b[^:⟨]{{0,60}}(?:{M}[^:⟨]{{0,20}})?:\s+(?:the\s+)?"
    rf"(?:[a-z-]+\s+){{0,3}}(?P<r>{M})")
# "A recorded every G song in character as C, including “T1” and its B-side, “T2”".
_EVERY_SONG = rx.compile(
    rf"(?P<a>{M})\s+(?:also\s+)?(?:recorded|records|sang|sings|sung|voiced|voices|performed|performs|"
    r"(?:handles|handled|takes|took|provides|provided|sings|sang)\s+(?:the\s+)?(?:lead\s+)?"
    r"vocals\s+on)"
    rf"\s+(?:every|each|all)\s+(?:of\s+)?(?:the\s+)?(?P<g>{M})\s+(?:songs?|tracks?|numbers?)"
    rf"(?:,?\s+(?:singing\s+)?(?:in\s+character\s+)?as\s+(?P<c>{M}))?(?:,?\s+including\s+(?P<list>(?:(?:{M}|"
    r"(?:and\s+)?(?:its|their|the)\s+[\w-]+,?)\s*,?\s*(?:and\s+)?)+))?")
# "Every G number was recorded by A in character as C, from the opener “T1” to “T2”".
_EVERY_SONG_BY = rx.compile(
    rf"\b(?:[Ee]very|[Ee]ach|[Aa]ll)\s+(?:of\s+)?(?:the\s+)?(?P<g>{M})\s+(?:songs?|tracks?|numbers?)\s+"
    r"(?:was|were|is|are)\s+(?:recorded|sung|performed|voiced)\s+by\s+"
    rf"(?P<a>{M})(?:,?\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?"
    rf"(?:,?\s+(?:from|including)\s+(?P<list>(?:[^.;⟨]|{M})*))?")
# "“T,” on which leader A and B split the lead vocals".
# "“T,” on which the drama's leads A and B duet".
# ("“T,” the G song from the soundtrack, on which A and B of G sing alternate verses")
_ON_WHICH = rx.compile(
    # ("G’s “T,” out since DATE, on which A and B of the group alternate verses")
    # ("“T,” G’s follow-up from DATE, on which A and B take alternate lines": the owner first)
    rf"(?P<r>{M})(?:,\s+(?:the|a|an|⟨\d+⟩[’']s)\s+(?:[^,;⟨]|⟨\d+⟩){{1,60}}?|,\s+(?:released\s+on|"
    r"out\s+since)\s+⟦\d+⟧)?,?\s+"
    r"on\s+which\s+(?:the\s+)?"
    rf"(?:[a-z-]+[’']s\s+)?(?:[a-z-]+\s+)?(?P<a>{M})"
    rf"(?:\s+and\s+(?:[a-z-]+\s+)?(?P<b>{M}))?(?P<of>\s+(?:of|from)\s+(?:{M}|the\s+(?:group|band)))?"
    r"\s+(?:(?:split|splits|share|shares|shared|trade|trades|traded|swap|swaps|handle|handles|"
    r"handled|take|takes|took|sing|sings|sang|alternate|alternated)\s+(?:the\s+)?"
    r"(?:lead\s+|alternate\s+)?"
    r"(?:vocals|verses|lines)\b|"
    r"(?P<duet>duet|duets|duetted|dueted)\b)")
# "A sings lead in character as C", "B adds harmonies on the chorus", "A takes the second
# verse of “T”": a part of the song named, else of the song spoken of.
_TAKES_PART = rx.compile(
    # "A, who played drummer C, takes the lead vocal here in character"
    # "I sing backing vocals", "I have the last chorus": the first person of an answer
    # ("A of G takes the verses alone": A's group named after A)
    # ("…, and A, staying in character as C, sings the bridge")
    # ("… and B, another member, adds harmonies": an apposition)
    rf"(?P<a>{M})(?:,\s+who\s+[^,]{{0,60}},|,\s+(?:the|another)\s+[^,⟨;]{{1,50}},|\s+of\s+{M}|"
    # ("…, and A, still in character as C, takes the last chorus": the same)
    rf",\s+(?:(?:staying|remaining|singing|still)\s+)?in\s+character\s+as\s+(?P<c0>{M}),)?\s+"
    r"(?:also\s+)?"
    r"(?:(?:sings|sang|(?<=⟩\s)sing|has|"
    # "I shout the last chorus back at her"
    r"shouts|shouted|(?<=⟩\s)shout|"
    r"(?<=⟩\s)have|takes|took|adds|added|gets|got|"
    # ("B stacks the high harmonies")
    r"provides|provided|carries|stacks|stacked|"
    r"carried|handles|handled|does|did|raps|rapped|(?:lends|lent)\s+(?:his|her)\s+voice\s+to)\s+"
    r"(?:(?:the\s+)?lead\b(?!\s+(?:role|actor|actress|character))(?:\s+vocals?)?|(?:the\s+)?"
    # ("A sings its verses": the song spoken of)
    r"(?:backing\s+|high\s+|low\s+)?(?:harmonies|harmony)|backing\s+vocals|(?:the|its)\s+"
    r"(?:[a-z-]+\s+)?(?:chorus|bridge|hook|rap|refrain|verses|verse|melody|middle\s+eight)|"
    # ("A of G takes the opening lines")
    r"the\s+(?:opening|first|closing|last)\s+lines)"
    # "A leads the vocals and B harmonises on the chorus"
    # ("B harmonises in character as D")
    r"|(?:leads|led)\s+the\s+vocals|harmoni[sz](?:es|ed)(?=\s+on\s+the\s+(?:chorus|bridge|hook)|"
    r"\s+in\s+character\s+as\s))"
    # ("A sings lead on it in character as C": the song spoken of)
    rf"(?:\s+(?:of|on)\s+(?:(?P<r>{M})|it\b))?(?:\s+(?:on|in)\s+the\s+(?:chorus|bridge|hook|"
    r"refrain))?"
    rf"(?:,?\s+(?:(?P<cw>in\s+character)\s+)?as\s+(?P<c>{M})|"
    # ("A, who plays the librarian C, sings the second verse in character": as C)
    r"\s+(?P<cw2>in\s+character)\b(?!\s+as\b))?"
    r"(?!\s+(?:on|of|for|in)\s|\s+to\s+(?!himself|herself|themselves))")
# "…, with B taking the rest" after a part one person sings: B sings the rest of it.
# ("A sings its bridge in character as C, leaving the verses to B": B sings them)
# ("…, and the verses go to B": the same)
_TAKING_THE_REST = rx.compile(rf",\s+(?:with\s+(?P<a>{M})\s+(?:taking|singing|handling)\s+"
                              r"(?:the\s+rest|everything\s+else)\b|leaving\s+the\s+(?:verses|chorus|"
                              rf"rest|hook|refrain)\s+to\s+(?P<a2>{M})|and\s+the\s+(?:verses|chorus|"
                              rf"rest|hook|refrain)\s+go\s+to\s+(?P<a3>{M}))")
# "A, who plays C, …": the part the clause after a name says its actor plays.
_WHO_PLAYS_PART = rx.compile(rf"^{M},\s+who\s+(?:plays|played|portrays)\s+(?:the\s+)?"
                             rf"(?:[a-z-]+\s+){{0,3}}(?P<c>{M}),")
# "this duet, sung by the pair in character as C and D", "which the two leads sing together":
# the two people credited with the recording, else the article's two leads.
_PAIR_SUNG = rx.compile(
    # ("sung by the duo’s vocalist, A": one of them, read elsewhere)
    # ("sung by the two actors in character as C and D": the same)
    r"\b(?:(?:sung|performed|recorded|voiced)\s+(?:together\s+)?by\s+the\s+(?:two\s+)?"
    r"(?P<n1>pair|duo|leads|co-leads|(?<=two\s)actors|(?<=two\s)actresses|(?<=two\s)stars)(?![’']s)|(?:[Tt]he|[Tt]he\s+(?:drama|show|series)[’']s)\s+(?:two\s+)?"
    r"(?P<n2>leads|pair|duo|co-leads)\s+"
    # ("The pair trade lines through the verses")
    r"(?:sing|sang|perform|performed|record|recorded|trade\s+lines|share\s+the\s+vocals)"
    r"(?:\s+it|\s+their\s+duet)?)(?:\s+together)?"
    rf"(?:,?\s+(?:(?P<cw>in\s+character)\s+)?as\s+(?P<c>{M})\s+and\s+(?P<d>{M})|"
    r"\s+(?P<cw2>in\s+character))?")
# "“T,” the leads’ duet single, came out …": the article's two leads are credited.
_LEADS_DUET = rx.compile(rf"(?P<r>{M}),\s+the\s+(?:two\s+)?(?:leads|co-leads|stars)[’']\s+"
                         r"(?:[a-z-]+\s+)?(?:duet|single|song|number|ballad)\b")
# "A and B, who play the driver C and the pianist D, sing the duet in character": both sing
# the song spoken of.
_PLAYERS_SING = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M}),\s+who\s+(?:play|played|portray|"
                           # ("…, who play C and D and sing it in character")
                           r"portrayed)\s+(?:[^;⟨]|⟨\d+⟩){1,120}?(?:,\s+|\s+and\s+)(?:sing|sang|perform|"
                           r"performed|"
                           # ("…, duet on the track")
                           r"record|recorded|(?P<duet>duet\s+on))\s+(?:the\s+duet|it|the\s+song|"
                           r"the\s+track)"
                           r"(?:\s+together)?(?P<cw>\s+in\s+character)?")
# "A, who also wrote the lyrics, sings over a warm bass line": the song spoken of.
_WHO_SINGS_OVER = rx.compile(rf"^\s*(?P<a>{M}),\s+who\s+[^,;⟨]{{1,60}},\s+(?:sings|sang)\s+"
                             r"(?:over|against|above|with|almost|softly|quietly)\b")
# "…, B the second and C the bridge" after "A takes the first verse": the verb left out.
_GAPPED_PART = rx.compile(rf"(?:,\s+|,?\s+and\s+)(?P<a>{M})\s+the\s+(?:[a-z-]+\s+)?(?:verse|"
                          r"chorus|bridge|hook|rap|refrain|first|second|third|fourth|last|final)\b")
# "All three members get a turn: …": those named after it are the credited group's members.
_ALL_MEMBERS = rx.compile(r"^\s*(?:All|The|Its|Their)\s+(?:(?:two|three|four|five|six|seven|"
                          r"eight|nine)\s+)?(?:members|bandmates)\b[^:;⟨]{0,40}:\s")
# "T, the G song", "the G track", "T, is a G single": an artist's recording named by the
# artist's name.
# "“T,” a thank-you single released on April 18, is the first G song".
_THE_ARTIST_SONG = rx.compile(
    # ("“T” is officially a G track, but …")
    # ("On “T,” also a G release, A sings …": "also" before the noun)
    rf"(?:(?P<r>{M})(?:,\s+(?:(?:is|was)\s+)?(?:also\s+)?|\s+(?:is|was)\s+(?:officially\s+|technically\s+)?|"
    rf",\s+(?:a|an)\s+[^,⟨⟦]{{1,60}}"
    rf"(?:⟦\d+⟧)?,\s+(?:is|was)\s+|"
    # ("“T,” which followed on DATE as the second G single")
    rf",\s+which\s+(?:followed|arrived|came\s+out|was\s+released|dropped)(?:\s+(?:on|in)\s+{D})?"
    r"\s+as\s+(?=the\s)))?"
    # ("“T,” another G track": one more of G's)
    rf"\b(?P<the>[Tt]he|[Aa]|(?<=,\s)another)\s+"
    rf"(?:(?P<adj>first|latest|new|second|third|last|final|only|one)\s+)?"
    # ("“T,” the G debut from last summer’s “S”")
    # ("“T,” a second G release, which …")
    rf"(?P<a>{M})\s+(?:[a-z-]+\s+)?(?:song|track|single|debut|release|"
    rf"ballad|anthem|number|tune|duet|jam|cut|bop|lullaby|serenade|recording)\b"
    # ("Next comes a G number from “S,” “T,” with …": the drama between)
    rf"(?:(?:\s+from\s+{M},)?\s*,?\s+(?P<r2>{M}))?")
# "G's other two songs, T1 and T2": a possessive over a list of titles.
_OWNED_LIST = rx.compile(
    rf"(?P<a>{M})[’']s\s+(?:[a-z-]+\s+){{0,3}}(?:songs|tracks|singles|ballads|numbers|"
    rf"contributions)\s*,?\s+(?:(?:are|were|include)\s+)?(?P<list>{NAMES})")
# "T features vocals from A", "A provides / handles the vocals on T": who sings.
_VOCALS_FROM = rx.compile(rf"(?P<r>{M})\s+(?:features|featured|showcases|showcased)\s+(?:the\s+)?"
                          rf"(?:[a-z-]+\s+)?vocals\s+(?:of|from|by)\s+(?P<a>{NAMES})")
_NOUN = (r"(?:"
         # ("credited to the singer and actor A")
         r"the\s+(?:singer|actor|actress|rapper)\s+and\s+(?:singer|actor|actress|rapper)\s+|"
         # ("billed to the whole of G": the group, all its members)
         r"the\s+whole\s+of\s+|"
         r"(?:the\s+)?(?:[a-z-]+\s+)?(?:singer|soloist|rapper|vocalist|actor|actress|idol|"
         # ("credited to the four-piece G")
         r"band|group|duo|trio|quartet|quintet|sextet|(?:three|four|five|six)-piece|[a-z]+ist|"
         r"singer-songwriter)\s+|"
         # "credited to the two leads, A and B"
         r"the\s+(?:two|three)\s+(?:leads|stars|actors|actresses),\s+|"
         # ("credited to the drama’s leads, A and B")
         r"the\s+(?:drama|series|show)[’']s\s+(?:two\s+)?leads,\s+|"
         # "credited to the show’s lead, A"
         r"the\s+(?:show|drama|series)[’']s\s+(?:male\s+|female\s+)?(?:lead|star),\s+)")
# "A stars as C and B as D. Their duet, “T,” is released under both actors’ names": the two
# people the sentence before named are credited.
_BOTH_ACTORS_NAMES = rx.compile(r"\b(?:released|credited|issued)\s+under\s+both\s+(?:actors|"
                                r"actresses|singers|leads|stars)[’']\s+names\b")
# "“T,” which G released as its second single on DATE": G's recording.
# "… on DATE and sings in character as C", after "which A released": A sings it as C.
_AND_SINGS_AS = rx.compile(rf"(?:\s+on\s+⟦\d+⟧)?\s+and\s+(?:sings|sang)\s+(?:it\s+)?in\s+"
                           rf"character\s+as\s+(?P<c>{M})")
# ("…, which A recorded in character as C" is a voice, read elsewhere: no "recorded" here)
# ("“T,” the duet that A and B put out on DATE": both)
# ("“T,” a second song G recorded for the series": the relative word left out)
# ("“T,” the theme from “S,” which the singer A released on DATE": the drama between)
_WHICH_G_RELEASED = rx.compile(rf"(?P<r>{M}),\s+(?:the\s+(?:[a-z-]+\s+)?(?:theme|song|single|"
                               rf"track)\s+(?:from|of|for)\s+{M},\s+(?=which\s))?"
                               r"(?:which|the\s+(?:[a-z-]+\s+)?(?:duet|single|song|"
                               # ("“T,” which the G put out as their debut single")
                               r"track)\s+(?:that|which)|an?\s+(?:second|third|new|another|"
                               r"later|follow-up)\s+(?:duet|single|song|track)(?:\s+(?:that|which))?)"
                               # ("“T,” which the trot veteran A released on DATE": a calling)
                               # ("“T,” which the boy group G released on DATE": the same)
                               r"\s+(?:the\s+(?:[a-z-]+\s+)?(?:singer|veteran|rapper|vocalist|actor|"
                               r"actress|soloist|group|band|duo|trio)\s+|the\s+)?"
                               rf"(?P<a>{M})(?:\s+and\s+(?P<b>{M}))?\s+"
                               # ("“T,” which G performs over the end credits": a group's)
                               r"(?:released|put\s+out|issued|dropped|(?P<performs>performs|"
                               # ("“T,” which G recorded as the theme of “S”": a credit, not
                               # "recorded in character", a voice)
                               r"performed)|recorded(?=\s+as\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?"
                               r"(?:theme|title\s+song|opening|closing|ending|single)\b|"
                               # ("“T,” which G recorded for “S”": the same)
                               r"\s+for\s+(?:⟨|the\s+(?:series|drama|show)\b)))\b")
# "It reads: “T1” – A; “T2” – B and C; “T3” – G": a list of titles and their artists, the
# dashes read as commas.
# ("…: Track 1, “T” — A; Track 4, “U” — B & C": each item led by its number)
# ("…: track two, “T” — A; track five, “U” — B and C": the number in words)
# ("…; “T4” — D; and “T5” — G.": the last item after "and")
_DASHED_ITEMS = rx.compile(rf"(?:(?<=:\s)|(?<=;\s)|(?<=;\sand\s))(?:[Tt]rack\s+(?:\d{{1,2}}|one|"
                           r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                           r"fourteen|fifteen),\s+)?"
                           rf"(?P<r>{M}),\s+"
                           rf"(?P<list>{NAMES})(?=\s*[;.]|\s*$)")
# "… his running order: A and B, “T1”; G, “T2”; C, “T3”": the artists first, each item after
# the list's colon or a semicolon.
_ARTIST_FIRST_ITEMS = rx.compile(rf"(?:(?<=:\s)|(?<=;\s))(?P<list>{NAMES}),\s+(?P<r>{M})"
                                 r"(?=\s*[;.]|\s*$)")
# "… lists the week’s music: T1, by A and B; T2, by C; T3, by G": unquoted titles after a
# list's colon, each with its artists after "by".
_LISTED_BY = rx.compile(rf"(?P<r>{M}),\s+by\s+(?P<list>{NAMES})(?=\s*[;.]|\s*$)")
# "“T,” a solo by G’s A": A's recording, in A's voice (A one of G).
# ("G’s A has a solo of his own in the rotation: “T,” …": the same, the singer first)
_SOLO_BY = rx.compile(rf"(?P<r>{M}),\s+an?\s+(?:[a-z-]+\s+)?solo\s+"
                      rf"(?:single\s+|track\s+|release\s+|number\s+)?by\s+(?:(?P<g>{M})[’']s\s+)?"
                      rf"(?:[a-z-]+\s+)?(?P<a>{M})|(?:{M}[’']s\s+)?(?P<a2>{M})"
                      # ("A, G’s youngest, has a solo of her own …: “T”")
                      # ("G’s youngest member, A, has a solo to her name as well: “T”")
                      rf"(?:,\s+{M}[’']s\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+,|"
                      r"(?:(?<=\smember,\s⟨\d⟩)|(?<=\smember,\s⟨\d\d⟩)),)?\s+"
                      r"(?:has|had|gets|got)\s+"
                      rf"an?\s+solo\s+(?:of\s+(?:his|her)\s+own\s+)?[^:⟨;]{{0,40}}:\s+(?P<r2>{M})|"
                      # ("… came a solo by G’s youngest member, A: “T”")
                      rf"\ban?\s+solo\s+by\s+(?:{M}[’']s\s+)?(?:[a-z-]+\s+){{0,2}}?member,?\s+"
                      rf"(?P<a3>{M})\s*:\s+(?P<r3>{M})|"
                      # ("A, G’s youngest, went solo for “T,” his song for …")
                      rf"(?P<a6>{M})(?:,\s+{M}[’']s\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+,)?\s+(?:went|goes|"
                      rf"going)\s+solo\s+(?:for|with|on)\s+(?P<r6>{M})|"
                      # ("A, G’s youngest, has a solo of her own in “T,” recorded for …")
                      # ("A has a solo, “T,” released on DATE, …": the title apposed)
                      rf"(?P<a5>{M})(?:,\s+{M}[’']s\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+,)?\s+"
                      r"(?:has|had|gets|got)\s+an?\s+solo(?:\s+of\s+(?:his|her)\s+own)?"
                      r"(?:\s+(?:in|with)\s+|,\s+)"
                      rf"(?P<r5>{M})|"
                      # ("… turned to A of G and his solo “T”": the person just named)
                      rf"(?P<a4>{M})(?:\s+(?:of|from)\s+{M})?\s+and\s+(?:his|her)\s+"
                      rf"(?:(?:new|own|first|latest)\s+)?solo,?\s+(?P<r4>{M})|"
                      # ("“T,” the solo single of the group’s A, recorded for …")
                      rf"(?P<r7>{M}),\s+the\s+solo\s+(?:single|track|song|number)\s+of\s+"
                      rf"(?:the\s+(?:group|band)[’']s\s+|{M}[’']s\s+)?(?P<a7>{M})")
# "Its hook is sung by the group’s leader, A": A sings the song spoken of.
# ("…, its chorus sung by the group’s leader, A": the same, a participle)
_ITS_PART_SUNG_BY = rx.compile(r"(?:^\s*Its|,\s+its)\s+(?:[a-z-]+\s+)?(?:hook|chorus|bridge|"
                               r"verses?|rap|refrain|lead\s+vocals?)\s+(?:(?:is|was|are|were)\s+)?(?:sung|carried|"
                               r"taken)\s+by\s+"
                               r"(?:the\s+(?:group|band)[’']s\s+(?:[a-z-]+\s+)?(?:leader|vocalist|singer|"
                               rf"rapper|maknae|member),\s+)?(?P<list>{NAMES})")
# "…, and A closes the song on her own": A sings the song spoken of.
_CLOSES_IT_ALONE = rx.compile(rf"(?P<a>{M})\s+(?:closes|closed|opens|opened|finishes|finished|ends|"
                              r"ended)\s+(?:the\s+(?:song|track)|it)\s+(?:on\s+(?:her|his)\s+own|"
                              r"alone|solo)\b")
# "A is credited with the ballad and sings it alone": the song spoken of is A's, in A's voice.
# ("A, who plays C, is credited with the song and sings it in character as C": as C)
_IS_CREDITED_WITH = rx.compile(rf"(?P<a>{M})(?:,\s+who\s+[^;⟨]{{1,60}}?(?:{M})?,)?\s+(?:is|was)\s+"
                               r"credited\s+with\s+(?:it\b|the\s+"
                               r"(?:[a-z-]+\s+)?(?:song|track|single|ballad|number|theme|duet)\b)"
                               r"(?P<sings>\s+and\s+(?:also\s+)?sings\s+it\b)?"
                               rf"(?:\s+in\s+character\s+as\s+(?P<c>{M}))?")
# "The track is a solo outing for A, the main vocalist of G": A's own recording, A's voice.
_SOLO_OUTING_FOR = rx.compile(
    rf"(?:(?P<r>{M})|^\s*(?:It|The\s+(?:song|track|single|ballad|number)))\s+(?:is|was)\s+a\s+"
    r"solo\s+(?:outing|turn|effort|showcase|number|track|song|release)\s+for\s+"
    rf"{_NOUN}?(?P<a>{M})")
# "A and the pianist B": names, each after the noun that may introduce it.
# ("credited to A and his co-star B")
# ("credited to A and G’s B": the second name's group before it, B credited, not G)
_NOUNED_NAMES = (rf"{M}(?:\s*,\s*{_NOUN}?{M})*(?:,?\s+(?:and|&)\s+"
                 rf"(?:{_NOUN}|(?:his|her)\s+co-star\s+|{M}[’']s\s+)?{M})?")
# "the agency that manages the song’s credited artist, actress A": A is credited.
_SONGS_CREDITED = rx.compile(rf"\bthe\s+(?:song|track|single|ballad)[’']s\s+credited\s+"
                             rf"(?:artist|singer),?\s+{_NOUN}?(?P<a>{M})")
# "…: C and D singing together, recorded in character by A and B": a participle after a comma
# whose song is the one the sentence named.
# "The song … was recorded in character by A and B", "G's duet sung in character by A and B".
# ("C is voiced by A" is a character's, not a song's.)
# ("“T,” a G single released on DATE and sung from start to finish by A": A sings T)
_RECORDED_BY = rx.compile(r"(?:(?:(?:,|:)\s+|\b(?:duet|song|single|track|number|ballad|theme)\s+)"
                          r"(?:sung|performed|recorded|voiced)|"
                          r"\b(?:was|were|is|are|been)\s+(?:sung|performed|recorded)|"
                          r"(?<=⟧\s)and\s+sung)"
                          r"\s+(?:in\s+character\s+|from\s+start\s+to\s+finish\s+|"
                          rf"together\s+|[a-z]+ly\s+)?by\s+{_NOUN}?(?P<a>{M}\s+and\s+"
                          r"(?:his|her|their)\s+(?:co-star|co-lead|bandmate|partner)\s+⟨\d+⟩|"
                          rf"{NAMES})"
                          # "… by A with his groupmates B and C": all three sing
                          rf"(?:\s+with\s+(?:(?:his|her|their)\s+)?(?:group|band)mates\s+"
                          rf"(?P<mates>{NAMES}))?")
# "the C and D duet that A and B recorded in character": the song spoken of is theirs.
# ("the duet that A and B recorded for “S”": the noun credits both, and says nothing of voices)
_THAT_THEY_RECORDED = rx.compile(
    r"\b(?P<noun>duet|song|single|track|number|ballad|theme),?\s+(?:that|which)\s+"
    rf"(?P<a>{NAMES})\s+(?P<verb>recorded|sang|performed|cut|voiced)\b")
_HANDLES = rx.compile(
    rf"(?P<a>{NAMES})(?:,\s+(?:[a-z-]+\s+){{1,5}}?[a-z-]+,)?\s+(?:also\s+)?(?:provides|provided|provide|handles|handled|handle|takes|"
    r"took|take|delivers|delivered|deliver|sings|sang|sing|lends|lent|lend|supplies|supplied|"
    r"trade|trades|traded|swap|swaps|swapped|split|splits|share|shares|shared|"
    r"belts\s+out|belted\s+out|belt\s+out)\s+"
    # ("A and B take every line on “T”")
    r"(?:on\s+)?(?:the\s+)?(?:lead\s+|main\s+)?(?:vocals|vocal\s+duties|verses|every\s+line)\s+"
    r"(?:on|for|in|to)\s+"
    rf"(?:the\s+)?(?:(?:[\w-]+|{M})[’']s\s+)?(?:[\w-]+\s+){{0,3}}?(?P<r>{M})")
# "A, the drama’s leading man, plays …, C, and handles the vocals on “T” himself": the
# sentence's subject sings T.
_AND_HANDLES = rx.compile(rf"^\s*(?P<a>{M}),[^;]{{0,140}}?,\s+and\s+(?:also\s+)?(?:handles|handled|"
                          r"takes|took|sings|sang)\s+(?:the\s+)?(?:lead\s+)?vocals\s+on\s+"
                          rf"(?P<r>{M})")
# "A’s voice is the only one on “T”": A sings T alone.
_VOICE_IS_THE_ONLY_ONE = rx.compile(rf"(?P<a>{M})[’']s\s+voice\s+is\s+the\s+only\s+one\s+"
                                    rf"(?:heard\s+)?(?:on|in)\s+(?P<r>{M})")
# "T is a duet between A and B", "T, a duet between A and singer B": both are credited.
_DUET_OF = rx.compile(
    # ("T, billed as a duet of A and B": the same)
    rf"(?P<r>{M})(?:\s*,|\s+(?:is|was))\s+(?:(?:billed|listed|credited|released)\s+as\s+)?"
    # ("“T,” a joint single from A and B": the same)
    rf"(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:duet|(?<=joint\s)(?:single|release|track))\s+"
    # ("T, a duet between the singers A and B": a plural noun for both)
    rf"(?:between|of|by|from)\s+(?:the\s+(?:two\s+)?(?:singers|actors|actresses|stars)\s+)?"
    # ("T, a duet between A and G’s B": B of G, not G; "… and the group’s B": the same)
    rf"{_NOUN}?(?P<a>{M})(?:\s*,\s*{_NOUN}?(?P<b>{M}))*,?\s+(?:and|&)\s+{_NOUN}?"
    rf"(?:{M}[’']s\s+(?=⟨)|the\s+(?:(?:girl|boy)\s+)?(?:group|band)[’']s\s+(?=⟨))?(?P<c>{M})")
# "a duet between A and B titled T", "T, A's duet with B": both are credited.
_DUET_TITLED = rx.compile(
    rf"\bduet\s+(?:between|of|by|from)\s+{_NOUN}?(?P<a>{M})\s+(?:and|&)\s+{_NOUN}?(?P<c>{M}),?\s+"
    rf"(?:titled|called|named|dubbed|entitled)\s+(?P<r>{M})|"
    # ("T, A’s duet with G’s B": B of G, not G; "… with G member B": the same)
    rf"(?P<r2>{M}),\s+(?P<a2>{M})[’']s\s+(?:[a-z-]+\s+)?duet\s+with\s+{_NOUN}?"
    rf"(?:{M}(?:[’']s|\s+member)\s+(?=⟨))?(?P<c2>{M})|"
    # ("A’s duet with B, “T,” which …": the title set off after the pair; "… with G’s B")
    rf"(?P<a3>{M})[’']s\s+(?:[a-z-]+\s+)?duet\s+with\s+{_NOUN}?(?:{M}(?:[’']s|\s+member)\s+"
    rf"(?=⟨))?(?P<c3>{M}),\s+"
    rf"(?P<r3>{M})")
# "T came out on DATE under the name G, with A singing in character as C".
# "… was released on April 15 under girl group G's name": G is credited.
_UNDER_NAME = rx.compile(rf"\bunder\s+the\s+(?:band\s+|group\s+)?(?:name|banner|moniker)\s+"
                         # "under the name of singer-songwriter A"
                         r"(?:of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?)?"
                         rf"(?P<a>{M})|\bunder\s+(?:(?:girl|boy|idol)\s+)?(?:group\s+|band\s+)?"
                         rf"(?P<a2>{M})[’']s\s+(?:own\s+)?(?:name|banner)|"
                         r"\bunder\s+the\s+(?P<the>group|band)[’']s\s+(?:own\s+)?name|"
                         # "also under the G name"
                         rf"\bunder\s+the\s+(?P<a4>{M})\s+(?:name|banner)\b|"
                         # "released in the G' name": the same, with "in"
                         rf"\b(?:released|issued|credited|put\s+out|out)\s+in\s+(?:the\s+)?"
                         rf"(?P<a3>{M})[’'](?:s)?\s+name\b|"
                         # ("“T,” which A sings in character as C; it was released under her
                         # name": the singer named before)
                         # ("…; it came out as his own single on DATE": the same)
                         r"\b(?:under\s+(?P<pro>his|her)\s+(?:own\s+)?name|(?:came\s+out|was\s+"
                         r"released|was\s+issued)\s+as\s+(?P<pro2>his|her)\s+(?:own\s+|debut\s+|"
                         r"solo\s+)?single)\b")
# "Members A and B trade lines on it, with C joining them for the last chorus": C sings too.
_JOINING_THEM_FOR = rx.compile(rf",\s+with\s+(?P<a>{M})\s+joining\s+(?:them|him|her)\s+"
                               r"(?:for|on)\s+the\s+(?:[a-z-]+\s+)?(?:chorus|choruses|bridge|verse|"
                               r"hook|harmonies)\b")
_AND_SUNG_BY_HER = rx.compile(rf"\s+and\s+sung\s+by\s+(?:her|him)(?:\s+in\s+character)?"
                              rf"(?:\s+as\s+(?P<c>{M}))?")
# "with A and B, two of the group's five, on vocals": each sings (and is in the group).
# "T … has A singing as C": the same, the recording as subject.
# ("with the singer A singing it in character as C": the calling first, "it" after the verb)
_WITH_SINGING = rx.compile(rf"\b(?:with|has|had)\s+(?:the\s+(?:singer|soloist|vocalist)\s+)?"
                           rf"(?P<a>{M})(?:\s+and\s+(?P<b>{M}))?"
                           rf"(?:,\s+who\s+(?:[^,⟨]|{M}){{0,60}},|,\s+(?P<of>(?:two|three|four|both|all)\s+"
                           r"of\s+the\s+(?:group|band)[’']s\s+\w+),)?\s+"
                           # ("with A doing his own singing")
                           r"(?:(?:once\s+)?again\s+|also\s+)?(?:singing|doing\s+(?:his|her)\s+own\s+singing|"
                           r"on\s+(?:lead\s+|main\s+)?vocals|(?:handling|taking)"
                           r"\s+the\s+(?:lead\s+)?vocals?)(?:(?<=singing)\s+it(?=,?\s+in\s+character\b))?"
                           # "with A taking the vocal as the band's singer, C": in character
                           rf"(?:,?\s+in\s+character(?:\s+as\s+(?P<c>{M}))?|\s+as\s+the\s+band[’']s\s+"
                           rf"(?:lead\s+)?(?:singer|vocalist),\s+(?P<c2>{M})|"
                           rf"(?<=singing)\s+as\s+(?P<c3>{M})(?![’']s)"
                           # ("with A and B singing as C and D": each in the part named in turn)
                           # ("with A singing as C and B as D": the verb left out the second time)
                           rf"(?:\s+and\s+(?P<b2>{M})\s+as\s+(?P<d4>{M})(?![’']s)|"
                           rf"\s+and\s+(?P<d3>{M})(?![’']s))?)?")
# "It is a duet, …": the sentence is about the song spoken of
_IT_IS_A_SONG = rx.compile(r"\s*It\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:duet|ballad|song|track|single|number)\b")
# "A's “T,” has him singing in character as C": the possessor sings it.
_HAS_HIM_SINGING = rx.compile(rf"(?P<a>{M})[’']s\s+(?P<r>{M}),?\s+(?:has|had)\s+(?:him|her)\s+"
                              r"singing\b(?:\s+it)?(?:,?\s+in\s+character)?"
                              rf"(?:\s+as\s+(?P<c>{M}))?")
# "A put out her first solo single, “T,” on DATE, singing every line of it herself": A sings T.
_PUT_OUT_SINGING = rx.compile(rf"(?P<a>{M})\s+(?:put\s+out|released|issued|dropped)\s+"
                              r"(?:her|his)\s+(?:[a-z-]+\s+){0,3}?(?:single|song|track|ballad),\s+"
                              rf"(?P<r>{M}),?\s+(?:on\s+⟦\d+⟧,?\s+)?singing\s+(?:every\s+(?:line|"
                              r"word|note)\s+of\s+it|all\s+of\s+it|it\s+all|it)\s+(?:herself|"
                              r"himself|alone|on\s+(?:her|his)\s+own|by\s+(?:herself|himself))\b")
# "“T,” which pairs A with B: the two share both the vocals and the credit": both sing T and
# both are credited.
_PAIRS_A_WITH_B = rx.compile(rf"(?P<r>{M}),?\s+(?:which|that)\s+pairs\s+(?P<a>{M})\s+with\s+"
                             rf"(?P<b>{M}):\s+the\s+two\s+share\s+(?:both\s+)?the\s+vocals\s+and\s+"
                             r"the\s+(?:credit|billing)\b")
# "A’s “T,” arrived on DATE, sung in character as C": the same, in a participle.
_OWNED_SUNG_AS = rx.compile(rf"(?P<a>{M})[’']s\s+(?P<r>{M}),?\s+(?:[^;,⟨]|⟦\d+⟧){{1,50}},\s+"
                            rf"sung\s+in\s+character\s+as\s+(?P<c>{M})")
# "On that one A is back as himself, sharing the vocals with the rest of the group, B, C and
# D": all of them sing the song spoken of, and the others are in the group credited with it.
_WITH_THE_REST = rx.compile(rf"(?P<a>{M})\s+(?:is|was)\s+back\b[^;⟨]{{0,30}},?\s+(?:sharing|"
                            r"splitting|trading)\s+the\s+(?:lead\s+)?(?:vocals|verses|mic)\s+with\s+"
                            r"the\s+rest\s+of\s+(?:the|his|her|their)\s+(?:group|band),?\s+"
                            rf"(?P<list>{NAMES})")
# "… with A singing it in character as C and B adding harmonies as D": B sings it too.
# ("… with A singing as C and B harmonising as D": the same)
_AND_ADDING = rx.compile(rf"\bwith\s+{M}\s+singing\b[^;]*?\s+and\s+(?P<a>{M})\s+(?:(?:adding|"
                         r"supplying|taking|on)\s+(?:the\s+)?(?:backing\s+vocals|harmonies|harmony|"
                         r"chorus|bridge)|harmoni[sz]ing(?=\s+(?:in\s+character\s+)?as\s))"
                         rf"(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?")
# "A's ballad first hit No. 1", "the singer's new single": the recording named before.
_OWNED_IT = rx.compile(rf"(?P<a>{M})[’']s\s+(?:[a-z-]+\s+)?(?:ballad|single|song|track|anthem|"
                       rf"duet|number)\b(?!\s*,?\s*(?:⟨|titled|called|named))")
# "A, whose duet “T”", "G of S, whose “T” …": whose song it is.
_WHOSE = rx.compile(
    # "G, the quartet of A, B, C and D, whose “T”": the group's, not D's
    rf"(?P<a>{M})(?:\s+(?:of|from)\s+{M})?(?:,\s+the\s+(?:[a-z-]+\s+)?(?:duo|trio|quartet|quintet|"
    rf"sextet|group|band)\s+of\s+{NAMES})?,\s+whose\s+(?:(?:[a-z-]+\s+){{0,2}}?(?:duet|single|"
    r"song|track|ballad|anthem|hit|OST|number|theme|debut)\s*,?\s+)?"
    rf"(?P<r>{M})")
# "G won … for their single “T”", "A, … for her ballad “T”": the subject's recording.
_THEIR_SINGLE = rx.compile(
    rf"(?:^|;\s+|,\s+(?:and|while|but)\s+)(?P<a>{M})\s+(?:[^.;⟨]|⟨\d+⟩){{0,80}}?\b(?:their|"
    r"her|his)\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?(?:single|song|track|ballad|anthem|hit|OST|"
    rf"number|duet|theme|rendition|contribution|entry)\s*,?\s+(?P<r>{M})")
# "Best New Artist went to A for “T”", "A won Best OST for “T”": the winner's recording.
_WON_FOR = rx.compile(
    rf"(?:\b(?:went|goes|was\s+given|was\s+awarded|was\s+presented)\s+to\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?P<a>{M})|(?P<a2>{M})\s+(?:won|took\s+home|picked\s+up|received|earned|bagged|"
    rf"claimed|was\s+named)\s+(?:[^.;⟨]|⟨\d+⟩){{0,60}}?)\s+for\s+(?P<r>{M})")
# "“T” features rapper A": a featured artist is credited.
# "“T,” A’s ballad featuring the rapper B": the same past an owner's apposition.
_FEATURES = rx.compile(rf"(?:(?P<r>{M})(?:,\s+{M}[’']s\s+(?:[a-z-]+\s+)?"
                       r"(?:ballad|single|song|track|duet|theme))?|(?P<it>\b[Tt]he\s+(?:track|song|single|ballad|bridge|"
                       r"chorus)))"
                       r",?\s+(?:also\s+)?(?:features|featured|featuring|feat\.|ft\.)\s+"
                       r"(?:(?:the\s+)?(?:[a-z-]+\s+)?(?:rapper|singer|vocalist|artist|band|group|"
                       rf"duo|trio|soloist)\s+)?(?P<a>{NAMES})(?!\s*[’']s)"
                       # ("… features A on lead vocals": A sings it, see below)
                       r"(?!\s+on\s+(?:lead\s+|main\s+)?vocals\b)")
# "A features on “T”", "A also appears on the track": a featured artist is credited.
_FEATURES_ON = rx.compile(rf"(?P<a>{M})\s+(?:also\s+)?(?:features|featured|is\s+featured|appears|"
                          r"appeared|guests)\s+on\s+(?:(?P<it>the\s+(?:track|song|single)|it)\b|"
                          rf"(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<r>{M}))")
# "A's only vocal track, “T”": A sings T.
# ("A’s solo track, “T,”" credits A but does not say who sings: not read here)
_VOCAL_TRACK = rx.compile(rf"(?P<a>{M})[’']s\s+(?:[a-z-]+\s+)?vocal\s+(?:track|turn|number|"
                          rf"performance)s?,?\s+(?P<r>{M})")
# "He also sings in character as C on the band's single “T”": who sings, as whom.
_SINGS_AS_ON = rx.compile(
    # "A once again sings lead as C, the band’s singer, on the opener T", "A takes the lead
    # himself, still in character as C, on T"
    rf"(?P<a>{M}|\b[Hh]e\b|\b[Ss]he\b)\s+(?:also\s+|once\s+again\s+|again\s+)?"
    r"(?:sings|sang|performs|performed|takes\s+the\s+lead|took\s+the\s+lead)(?:\s+lead)?"
    r"(?:\s+(?:himself|herself))?,?\s+(?:still\s+)?"
    rf"(?:in\s+character\s+)?as\s+(?P<c>{M})(?:,\s+the\s+[^,⟨;]{{1,40}})?,?\s+(?:on|in)\s+(?:the\s+)?"
    rf"(?:(?:[\w-]+|{M})[’']s\s+)?(?:[\w-]+\s+){{0,3}}?(?P<r>{M})")
# "G, the quartet A formed with B and C in 2063, recorded “T” for …": the group is credited.
_APPOSED_GROUP_RECORDED = rx.compile(
    rf"^\s*(?P<g>{M}),\s+the\s+(?:[a-z-]+\s+){{0,2}}?(?:band|group|trio|duo|quartet|quintet|"
    rf"sextet|septet)\b[^;]{{0,120}}?,\s+(?:also\s+)?(?:recorded|released|cut|put\s+out)\s+"
    rf"(?P<r>{M})|"
    # ("G, the tollgate band of “S,” are represented by their debut, “T”": a playlist's pick)
    rf"^\s*(?:The\s+)?(?P<g2>{M}),\s+the\s+[^;⟨]{{0,60}}?\b(?:band|group|trio|duo|quartet|quintet)\b"
    rf"(?:[^;]{{0,60}}?)?,\s+(?:is|are|were|was)\s+represented\s+(?:here\s+)?by\s+(?:its|their)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:debut|single|song|track|ballad|hit|theme)\b,?\s+(?P<r2>{M})|"
    # ("… for the G of “S” and their first single, “T”": the band's own)
    rf"(?P<g3>{M})\s+of\s+{M}\s+and\s+(?:their|its)\s+(?:[a-z-]+\s+){{0,2}}?(?:debut|single|song|"
    rf"track|hit)\b,?\s+(?P<r3>{M})|"
    # ("… comes “T,” the debut single of its salt-farm band, G": the drama's band, named after)
    rf"(?P<r4>{M}),\s+the\s+(?:[a-z-]+\s+){{0,2}}?(?:single|song|track)\s+of\s+(?:its|the\s+"
    rf"(?:drama|series|show)[’']s)\s+(?:[\w-]+\s+){{0,2}}?band,\s+(?P<g4>{M})|"
    # ("“T,” the single G released on DATE": the act before its verb)
    rf"(?P<r5>{M}),\s+the\s+(?:[a-z-]+\s+)?(?:single|song|track|ballad)\s+(?:that\s+)?(?P<g5>{M})\s+"
    r"(?:released|put\s+out|recorded|cut)\b")
# "The song lists A and B as its artists, and the two trade lines throughout": both are
# credited, and sing it when the clause after says so.
_LISTS_AS_ARTISTS = rx.compile(
    rf"\b(?:[Tt]he\s+(?:song|track|single|duet|ballad)|[Ii]t)\s+(?:lists|listed|names|named)\s+"
    rf"(?P<list>{NAMES})\s+as\s+its\s+(?:artists|performers|singers|credited\s+artists)"
    r"(?P<sing>,?\s+and\s+the\s+(?:two|pair|duo|three|trio)\s+(?:trade|swap|share|split|"
    r"alternate)\s+(?:lines|verses|vocals|the\s+vocals))?")
# "“T,” the drama’s third OST part, is a G track fronted by the quartet’s twin vocalists, A and
# B": G is credited, A and B sing it.
_IS_A_GROUP_TRACK = rx.compile(
    rf"(?P<r>{M}),\s+(?:the\s+[^,⟨;]{{1,60}},\s+)?(?:is|was)\s+(?:a|an)\s+(?P<g>{M})\s+"
    r"(?:track|song|single|ballad|number)\b(?:\s+(?:fronted|led|sung|voiced)\s+by\s+(?:the\s+"
    r"(?:quartet|group|band|trio|duo|quintet|sextet)[’']s\s+(?:[a-z-]+\s+){0,2}?(?:vocalists?|"
    rf"singers?|members?|rappers?),\s+)?(?P<list>{NAMES}))?")
# "“T,” which came out on DATE, also features A on harmony vocals as C": A sings T, as C.
# ("“T,” G’s debut single, features A on lead vocals, in character as C": the same)
_FEATURES_ON_VOCALS = rx.compile(
    rf"(?P<r>{M})(?:,\s+(?:which|the|{M}[’']s)\s+[^;⟨]{{0,120}}?,)?\s+(?:also\s+)?"
    r"(?:features|featured)\s+"
    rf"(?P<a>{M})\s+on\s+(?:[a-z-]+\s+){{0,2}}?(?:vocals|harmonies|harmony|chorus|bridge|verses?)"
    rf"(?:,?\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?")
# "The band’s songs were released as real singles under the name G, with A singing lead in
# character as C": the songs the next paragraphs introduce are G's, sung by A as C.
_BAND_SONGS_UNDER = rx.compile(
    r"^\s*(?:The|Its|Their)\s+(?:(?:band|group)[’']s\s+)?(?:songs|tracks|numbers)\s+(?:were|are|"
    r"have\s+been)\s+(?:also\s+)?released\s+(?:[^,;⟨]{0,40}?\s+)?under\s+the\s+(?:band[’']s\s+)?"
    # ("… were released under the G name.": the band's, each sung as the sentence says)
    rf"(?:name\s+(?P<g>{M})|(?P<g2>{M})\s+name(?=\s*[.;]))(?:,?\s+with\s+(?P<a>{M})\s+"
    r"(?:singing|taking|on)\s+(?:the\s+)?lead"
    rf"(?:\s+vocals?)?(?:,?\s+in\s+character\s+as\s+(?P<c>{M}))?)?")
# "The band’s songs are real, too, and all three are credited to G": the titles that follow.
_ALL_CREDITED_TO_G = rx.compile(r"\bsongs\b[^.;]{0,40}?\ball\s+(?:two|three|four|five)\s+"
                                rf"(?:of\s+them\s+)?are\s+credited\s+to\s+(?P<g>{M})\s*[.;]")
# "On “T,” also credited to the band, A and B share the vocals": the band spoken of is credited.
_ON_T_CREDITED_TO_THE_BAND = rx.compile(rf"\b[Oo]n\s+(?P<r>{M}),\s+(?:also\s+)?credited\s+to\s+"
                                        r"the\s+(?:band|group)\b")
# "Both of those are band credits too": the titles of the sentence before are the band's.
_BOTH_BAND_CREDITS = rx.compile(r"^\s*(?:Both|All|Each)\s+of\s+(?:those|these|them)\s+"
                                r"(?:are|were|is)\s+(?:also\s+)?(?:band|group)\s+credits\b")
# "A fronts the quiet closer “T” as C", "B takes his first lead vocal on “T2,” singing as D":
# A sings T in character as C.
_FRONTS_AS = rx.compile(
    rf"(?P<a>{M})\s+(?:(?:fronts|fronted)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?|(?:takes|took)\s+"
    rf"(?:his|her|their)\s+(?:first\s+)?lead\s+vocals?\s+on\s+)(?P<r>{M}),?\s+(?:singing\s+)?"
    rf"(?:in\s+character\s+)?as\s+(?P<c>{M})")
# "“T,” another song credited to the band, on which …": the band spoken of is credited.
_ANOTHER_BAND_SONG = rx.compile(rf"(?P<r>{M}),\s+(?:another|a|the\s+second|the\s+third)\s+"
                                r"(?:[a-z-]+\s+)?(?:song|track|single|number)\s+(?:also\s+)?"
                                r"credited\s+to\s+the\s+(?:band|group)\b")
# "“T,” credited to the duo G, is sung by its two members, A and B": both sing it.
_TITLE_SUNG_BY_ITS_MEMBERS = rx.compile(
    rf"(?P<r>{M}),\s+credited\s+to\s+(?:the\s+)?(?:duo|trio|group|band|quartet|quintet)\s+"
    rf"(?P<g>{M}),\s+(?:is|was)\s+sung\s+by\s+(?:its|their)\s+(?:[a-z]+\s+)?members?,\s+"
    rf"(?P<list>{NAMES})")
# "“T” belongs to the singer A: she is its credited artist and sings it alone": A sings T.
_ITS_ARTIST_SINGS = rx.compile(rf"(?P<r>{M})\s+belongs\s+to\s+(?:the\s+(?:[a-z-]+\s+)?"
                               rf"(?:singer|vocalist|soloist)\s+)?(?P<a>{M}):\s+(?:she|he)\s+is\s+"
                               r"its\s+credited\s+artist\s+and\s+(?:sings|performs)\s+it\b")
# "“T,” the drama’s third part, which its credited artist, A, sings solo": the same.
_WHICH_ITS_ARTIST_SINGS = rx.compile(rf"(?P<r>{M}),\s+(?:the\s+[^,⟨;]{{1,50}},\s+)?which\s+"
                                     rf"its\s+credited\s+artist,\s+(?P<a>{M}),\s+"
                                     r"(?:sings|sang|performs|performed)\b")
# "“T” from A, the singer credited on the track and its only voice": A is credited, and sings.
_THE_SINGER_CREDITED_ON = rx.compile(rf"(?P<r>{M})\s+(?:from|by)\s+(?P<a>{M}),\s+the\s+"
                                     r"(?:[a-z-]+\s+)?(?:singer|vocalist|artist)\s+credited\s+on\s+"
                                     r"(?:the|this)\s+(?:track|song|single|ballad)"
                                     r"(?P<voice>\s+and\s+its\s+(?:only|sole|lead)\s+(?:voice|vocalist))?")
# "G, the acoustic duo of A and B, with their OST entry “T”": G is credited with T.
_DUO_WITH_THEIR = rx.compile(rf"(?P<g>{M}),\s+the\s+(?:[a-z-]+\s+){{0,2}}?(?:duo|trio|quartet|"
                             rf"quintet|group|band)\s+of\s+{NAMES},\s+with\s+their\s+"
                             rf"(?:(?:[a-z-]+|OST)\s+){{0,3}}?(?P<r>{M})")
# "“T,” the series’ main theme, from the singer A": A is credited (a noun says A is an artist:
# "“T” from B’s “S”" names the drama).
_FROM_THE_SINGER = rx.compile(rf"(?P<r>{M})(?:,\s+(?:the|its|a|an)\s+[^,⟨;]{{1,50}},)?\s+from\s+"
                              r"(?:the\s+)?(?:[a-z-]+\s+)?(?:singer|soloist|vocalist|singer-songwriter|"
                              rf"band|group|duo|trio|quartet)\s+(?P<a>{M})")
# "“T,” A’s own OST track, which she sings alone": T is A's, and A sings it.
_T_ITS_OWN = rx.compile(rf"(?P<r>{M}),\s+(?P<a>{M})[’']s\s+own\s+(?:(?:[a-z-]+|OST)\s+){{0,2}}?"
                        r"(?:number|song|single|track|ballad),\s+which\s+(?:she|he)\s+"
                        r"(?:sings|sang)\b")
# "the group’s “T,” the fifth part, on which all four members sing": each member sings T.
_ALL_MEMBERS_SING = rx.compile(rf"(?P<r>{M}),\s+(?:the\s+[^,⟨;]{{1,40}},\s+)?on\s+which\s+all\s+"
                               r"(?:two|three|four|five|six|seven|of\s+the)\s+members\s+"
                               r"(?:sing|sang)\b")
# "G’s earlier single for the drama, “T,” did not chart": T is G's.
_G_SINGLE_FOR = rx.compile(rf"(?P<a>{M})[’']s\s+(?:[a-z-]+\s+)?(?:single|song|track|ballad)\s+"
                           rf"for\s+the\s+(?:drama|series|show),\s+(?P<r>{M})")
# "A’s first solo, “T,” the drama’s second OST part": T is A's.
_FIRST_SOLO = rx.compile(rf"(?P<a>{M})[’']s\s+(?:first|debut|new|own)\s+solo,\s+(?P<r>{M})")
# "A’s own OST number, “T,” which she sings in character": T is A's.
_OWN_NUMBER = rx.compile(rf"(?P<a>{M})[’']s\s+own\s+(?:(?:[a-z-]+|OST)\s+){{0,2}}?(?:number|song|"
                         rf"single|track|ballad|duet),\s+(?P<r>{M})")
# "A recorded “T,” which is credited to him, in character as C": A is credited too.
_RECORDED_CREDITED_TO_HIM = rx.compile(rf"(?P<a>{M})\s+(?:recorded|sang|cut)\s+(?P<r>{M}),\s+"
                                       r"which\s+is\s+credited\s+to\s+(?:him|her)\b")
# "The track, credited to the group, is led by …": the group spoken of is credited.
_CREDITED_TO_THE_GROUP = rx.compile(r"^\s*(?:[Tt]he\s+(?:track|song|single|ballad|number)|It),\s+"
                                    r"credited\s+to\s+the\s+(?:group|band|quartet|trio|duo|"
                                    r"quintet|sextet)\s*,")
# "“T” is credited to the whole group, but …": the group spoken of.
_CREDITED_TO_THE_WHOLE = rx.compile(rf"(?P<r>{M})\s+(?:is|was)\s+credited\s+to\s+the\s+"
                                    r"(?:whole|entire|full)\s+(?:group|band|line-?up)\b")
# "our song “T”" (a member speaking): the band or group named last.
_OUR_SONG = rx.compile(rf"\b[Oo]ur\s+(?:[a-z-]+\s+)?(?:song|single|track|ballad|anthem|number)"
                       rf"\s*,?\s+(?P<r>{M})")
# "A handles the high notes / the vocals" (the song named before).
# "A, the group's youngest, supplies the high note at the end".
_HANDLES_IT = rx.compile(rf"(?P<a>{M})(?:,\s+the\s+[^,⟨⟦;]{{1,40}},)?,?\s+(?:also\s+)?"
                         r"(?:handles|handled|takes|took|hits|hit|supplies|supplied|"
                         r"sings|sang|recorded|records|cut|"
                         r"nails|nailed|carries|carried|belts|belted)\s+(?:out\s+)?"
                         # "A handles every sung line"
                         r"(?:the|every|each)\s+(?:sung\s+line|vocal\s+line|line\s+of\s+it)?"
                         r"(?:(?<=line)|(?:(?:high|lead|backing|last|first|final|second)\s+)?(?:high\s+notes?|"
                         r"vocals?|chorus|singing|melody|"
                         r"harmonies))\b(?!\s+(?:of|for)\b)"
                         r"(?!\s+(?:on|in)\s+(?!the\s+chorus|character\b))")
# "A sings her solo as the inspector C", "here A sings out of character": the song spoken of.
# "On the record it is A who sings, in character as C": the same, said as a cleft.
_SINGS_SPOKEN = rx.compile(
    # ("it is the group’s leader, A, who sings its chorus": a part of it, the singer apposed)
    r"\b[Ii]t\s+is\s+(?:the\s+(?:group|band)[’']s\s+(?:[a-z-]+\s+)?(?:leader|maknae|vocalist),\s+)?"
    rf"(?P<a2>{M}),?\s+who\s+(?:sings|sang)(?:\s+(?:its|the)\s+(?:chorus|verses?|hook|bridge|"
    r"refrain))?(?:,?\s+in\s+character\s+as\s+"
    rf"(?:the\s+[a-z-]+\s+)?(?P<c2>{M}))?|"
    # ("“T,” a trot song by the singer A, who voices it in character as C")
    rf"(?P<a3>{M}),\s+who\s+(?:voices|voiced|sings|sang|records|recorded|delivers|delivered)\s+it\s+"
    r"in\s+character\s+"
    rf"as\s+(?:the\s+[a-z-]+\s+)?(?P<c3>{M})|"
    # "A, who plays the first mate, sings the whole track as C"; "A, who played the owner, C,
    # sings it as herself rather than as C" (out of character); "A sings this one as the
    # presenter, in character from the first line"
    # "A carries the whole song as C": one voice from start to end
    # ("A plays the volunteer C in that series and sings the track in character as C")
    # ("A, cast in that drama as the band’s lead vocalist C, sings it as C")
    rf"(?P<a>{M})(?:,\s+who\s[^,⟨]{{1,60}}(?:,\s+{M})?,|,\s+cast\s+[^,⟨;]{{1,60}}?{M},|"
    rf"\s+plays\s+[^,;⟨]{{1,40}}{M}[^,;⟨]{{0,30}}\s+"
    r"and)?\s+(?:also\s+)?(?:(?:sings|sang|performs|performed)\s+"
    r"(?:(?:it|this\s+one|every\s+(?:line|word|note)\s+of\s+it|the\s+whole\s+of\s+it|"
    r"(?:his|her|their)\s+(?:solo|part|half|share|"
    r"verses?|lines)|the\s+(?:whole\s+|entire\s+)?(?:track|song))\s+)?|(?:carries|carried)\s+"
    r"the\s+(?:whole\s+|entire\s+)?(?:track|song|number)\s+|"
    # ("A handles every line of it in character as C")
    r"(?:handles|handled|delivers|delivered)\s+every\s+(?:line|word|note)\s+of\s+it\s+)"
    r"(?:as\s+the\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+(?=in\s+character))?"
    # ("… sings it in her character’s voice": in character)
    r"(?:(?P<cw>in\s+character|in\s+(?:her|his|their)\s+character[’']s\s+voice|out\s+of\s+"
    r"character|as\s+(?:herself|himself|themselves)\b)(?!\s+as\b)|"
    rf"(?:in\s+character\s+)?as\s+(?:the\s+[a-z-]+\s+)?(?P<c>{M}))")
# "Throughout the track he sings as C, in character": the person spoken of, who plays C.
_PRONOUN_SINGS_AS = rx.compile(rf"\b(?P<pro>[Hh]e|[Ss]he)\s+(?:sings|sang)\s+(?:it\s+)?"
                               rf"(?:in\s+character\s+)?as\s+(?P<c>{M})(?![’']s)")
# "She sings as C and he as D": the verb left out of the second clause, whose singer is the
# one who plays D.
_AND_PRONOUN_AS = rx.compile(rf"\s+and\s+(?:he|she)\s+as\s+(?P<c>{M})(?![’']s)")
# "It is credited to the singer A, and on the record she is C, …, singing in character
# throughout": the person spoken of sings it as C.
_ON_THE_RECORD_IS = rx.compile(rf"\bon\s+the\s+(?:record|recording|track)\s+(?P<pro>she|he)\s+is\s+"
                               rf"(?P<c>{M})(?![’']s)[^;]{{0,80}}?\bsinging\s+in\s+character\b")
# "The vocal is A’s: she played C, …, and recorded the song in character": A sings the song
# spoken of (in the one part A plays, when said to be in character).
_THE_VOCAL_IS = rx.compile(rf"^\s*The\s+(?:lead\s+)?(?:vocal|voice)\s+(?:is|was)\s+"
                           rf"(?P<a>{M})[’']s\b")
# "A carries the song alone until the chorus, where B and C join in": all three sing the song
# spoken of.
_CARRIES_ALONE = rx.compile(rf"(?P<a>{M})\s+(?:carries|carried|sings|sang)\s+"
                            rf"(?:the\s+song|it|the\s+track)\s+alone\b(?:[^;.⟨]*?,\s+where\s+(?P<list>{NAMES})\s+(?:join|joins|"
                            r"joined)\s+in\b)?")
# "G’s “T” follows, an upbeat number whose verses go to members A and B": both sing T, members
# of G.
_VERSES_GO_TO = rx.compile(rf"\bwhose\s+(?:verses|vocals|lines|chorus)\s+(?:go|goes|went)\s+to\s+"
                           rf"(?P<members>members\s+)?(?P<list>{NAMES})")
# "The credit goes to the trot veteran A, who sings it as C": the song spoken of is A's.
# ("“T” from “S”: the credit goes to G, and …": the title the sentence opens with)
_CREDIT_GOES_TO = rx.compile(r"(?:^\s*The|(?<=:\s)the)\s+credit\s+(?:goes|went)\s+to\s+"
                             r"(?:the\s+(?:[a-z-]+\s+){0,2}?"
                             rf"(?:veteran|singer|vocalist|actor|actress|group|band|duo)\s+)?(?P<a>{M})")
# "“T” carries the G credit, yet the singing is left to A and B alone": T is G's, and A and B
# sing it.
_CARRIES_THE_CREDIT = rx.compile(rf"(?P<r>{M})\s+(?:carries|carried|bears|bore)\s+(?:the\s+)?"
                                 rf"(?P<a>{M})\s+(?:credit|billing)\b")
_SINGING_LEFT_TO = rx.compile(r"\bthe\s+(?:singing|vocals|vocal)\s+(?:is|are|was|were)\s+left\s+"
                              rf"(?:entirely\s+)?to\s+(?P<list>{NAMES})")
# "“T,” a single A put out under her own name on DATE, with her vocals in character as C": A
# sings T, as C.
_WITH_HER_VOCALS = rx.compile(rf"(?P<r>{M}),\s+an?\s+(?:[a-z-]+\s+)?(?:single|song|track)\s+"
                              rf"(?P<a>{M})\s+(?:put\s+out|released|issued|recorded)\b"
                              r"(?:[^;⟨]|⟨\d+⟩){0,60}?,\s+with\s+(?:her|his)\s+(?:own\s+)?vocals?\b"
                              rf"(?:\s+in\s+character\s+as\s+(?P<c>{M}))?")
# "A, in character as C, singing her own single “T”": A sings T, as C.
_SINGING_HER_OWN = rx.compile(rf"(?P<a>{M}),\s+in\s+character\s+as\s+(?P<c>{M}),\s+singing\s+"
                              r"(?:(?:her|his)\s+(?:own\s+)?(?:single|song|ballad|track|theme)\s+)?"
                              rf"(?P<r>{M})")
# "A went solo on DATE with “T”": A's own record, sung by A.
# ("A stepped out alone on DATE with “T”": the same)
_WENT_SOLO_WITH = rx.compile(rf"(?P<a>{M})\s+(?:(?:went|goes)\s+solo|(?:stepped|steps)\s+out\s+"
                             r"alone)\s+(?:on\s+⟦\d+⟧\s+)?with\s+"
                             rf"(?P<r>{M})")
# "“T” is a A release: the trot singer performs it in character as the aunt, C": A sings T.
_RELEASE_THE_SINGER = rx.compile(rf"(?P<r>{M})\s+is\s+an?\s+(?P<a>{M})\s+(?:release|single|"
                                 r"recording|track):\s+the\s+(?:[a-z-]+\s+)?(?:singer|soloist|"
                                 r"vocalist|rapper)\s+(?:performs|sings|performed|sang)\s+it"
                                 r"(?:\s+in\s+character)?(?:\s+as\s+(?:the\s+(?:[\w’'-]+\s+){0,2}?"
                                 rf"[\w’'-]+,\s+)?(?P<c>{M}))?")
# "“T,” out since DATE, is the one track sung by a cast member: A, …": A sings T.
_ONE_TRACK_SUNG_BY = rx.compile(rf"(?P<r>{M}),\s+(?:[^,;⟨]|⟦\d+⟧){{0,40}},\s+is\s+the\s+"
                                r"(?:one|only)\s+(?:track|song)\s+sung\s+by\s+(?:a|an)\s+(?:cast\s+member|actor|"
                                rf"actress):\s+(?P<a>{M})")
# "“T,” the last song of the afternoon, is sung as a duet by A and B": both sing T.
_SUNG_AS_A_DUET_BY = rx.compile(rf"(?P<r>{M}),?\s+(?:[^⟨;]{{0,60}}?\s+)?(?:is|was)\s+sung\s+"
                                rf"as\s+a\s+duet\s+by\s+(?P<a>{M})\s+and\s+(?P<b>{M})")
# "“T,” a duet released under the names of A and B for “S,”": both are credited.
_UNDER_THE_NAMES_OF = rx.compile(rf"(?P<r>{M}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?"
                                 r"(?:duet|single|song|track)\s+(?:released|issued|put\s+out)\s+under\s+the\s+"
                                 rf"names\s+of\s+(?P<a>{M})\s+and\s+(?P<b>{M})")
# "A and B each take a verse on “T” and sing the chorus together": both sing T.
_EACH_TAKE_A_VERSE = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+each\s+(?:take|took|sing|sang|"
                                rf"get|got)\s+(?:a|one)\s+verse\s+(?:on|of|in)\s+(?P<r>{M})")
# "“T,” on which A and B duet": both credited, both sing.
_ON_WHICH_PAIR_DUET = rx.compile(rf"(?P<r>{M}),\s+on\s+which\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+"
                                 r"(?:duet|duetted)\b")
# "“T,” a single A released on DATE and sings in character as C": A's, sung by A.
_SINGLE_SHE_SINGS = rx.compile(rf"(?P<r>{M}),\s+an?\s+(?:[a-z-]+\s+)?(?:single|song|track)\s+"
                               rf"(?P<a>{M})\s+(?:released|put\s+out|issued|recorded)\b"
                               r"(?:[^;⟨,]|⟨\d+⟩){0,40}?\s+and\s+(?:sings|sang)\b"
                               rf"(?:\s+(?:it\s+)?in\s+character\s+as\s+(?P<c>{M}))?")
# "On “T,” …, the verses are split between A, singing as C, and B, singing as D": both sing.
# ("… the voices are those of A and B, in character as C and D respectively": the same)
# ("… the verses go back and forth between A, in character as C, and B, in character as D")
_SPLIT_BETWEEN = rx.compile(r"\bthe\s+(?:verses|vocals|lines|voices)\s+"
                            r"(?:(?:(?:are|were)\s+(?:split|shared|divided)|(?:go|went)\s+back\s+and\s+"
                            rf"forth)\s+between\s+(?P<a>{M}),\s+(?:singing|in\s+character)\s+as\s+"
                            rf"(?P<c>{M}),\s+and\s+(?P<b>{M}),\s+(?:singing|in\s+character)\s+as\s+"
                            rf"(?P<d>{M})|(?:are|were)\s+those\s+of\s+(?P<a2>{M})\s+and\s+(?P<b2>{M}),"
                            rf"\s+in\s+character\s+as\s+(?P<c2>{M})\s+and\s+(?P<d2>{M}))")
# "“T,” is also a G recording": G's.
# ("“T,” which opens every episode, is an G song": a relative clause between)
# ("“T,” also released as G, is a duet": released under G's name)
_IS_A_G_RECORDING = rx.compile(rf"(?P<r>{M}),?\s+(?:which\s+[^,;⟨]{{1,40}},\s+)?is\s+(?:also\s+)?"
                               r"an?\s+(?P<a>⟨\d+⟩)\s+(?:recording|track|song|single)\b|"
                               rf"(?P<r2>{M}),\s+(?:also\s+)?released\s+as\s+(?P<a2>{M}),")
# "G takes the credit on “T,” but only A and B sing on it": T is G's.
_TAKES_THE_CREDIT = rx.compile(rf"(?P<a>{M})\s+(?:takes|took|gets|got|has)\s+the\s+credit\s+"
                               rf"(?:on|for)\s+(?P<r>{M})")
# "“T” came out on DATE as a single by A": A's.
# ("“T,” went out on DATE as a single credited to the X-born singer A": the same)
_OUT_AS_A_SINGLE_BY = rx.compile(rf"(?P<r>{M}),?\s+(?:came\s+out|was\s+released|arrived|"
                                 r"was\s+issued|went\s+out)\s+(?:on\s+⟦\d+⟧\s+)?as\s+an?\s+"
                                 r"(?:[a-z-]+\s+)?single\s+(?:by|credited\s+to)\s+"
                                 r"(?:the\s+(?:[a-z]+-born\s+|⟨\d+⟩\s+)?(?:singer|vocalist|rapper|group|"
                                 r"band|duo)\s+)?"
                                 # ("“T” came out as a A single on DATE": the artist first)
                                 rf"(?P<a>{M})|(?P<r2>{M}),?\s+(?:came\s+out|was\s+released|arrived|"
                                 rf"was\s+issued|went\s+out)\s+as\s+an?\s+(?P<a2>{M})\s+single\b")
# "A sings the first half, and B the second, in character as C": both sing the song spoken of.
# ("A sings the first half; B takes the second, …": the same, a clause of its own)
_FIRST_HALF_SECOND = rx.compile(rf"(?P<a>{M})\s+(?:sings|sang|takes|took)\s+the\s+first\s+"
                                rf"(?:half|verse|part)(?:\s+of\s+it)?(?:,\s+and|;)\s+(?P<b>{M})\s+"
                                r"(?:(?:takes|took|sings|sang)\s+)?the\s+"
                                rf"second\b(?:,\s+in\s+character\s+as\s+(?P<c>{M}))?")
# "“T,” which the group performed as the theme of “S”": the group spoken of is credited.
_WHICH_THE_GROUP = rx.compile(rf"(?P<r>{M}),\s+which\s+the\s+(?P<n>group|band)\s+"
                              r"(?:performed|performs|recorded|records|sang|sings|released)\b")
# "A sings the opening verse on her own before B and C take over the bridge": all three.
# ("… before B and C join in for the chorus")
# ("A takes the first verse on her own, and B and C come in on the chorus": the same)
# ("A carries the first verse by himself before B and C take over for the chorus", "A opens the
# song alone; B and C join her for the refrain": the same)
# ("A is alone on the first verse; B and C carry the refrain": the same)
# ("A, the group’s leader, carries the verses, and fellow members B and C take over for the
# chorus": the same, B and C members of the group credited)
_BEFORE_TAKE_OVER = rx.compile(rf"(?P<a>{M})(?:,\s+the\s+[^,⟨;]{{1,40}},)?\s+(?:(?:sings|sang|"
                               r"takes|took|carries|carried|opens|"
                               r"opened)\s+the\s+(?:(?:opening|first)\s+verse|song|verses)"
                               r"(?:\s+(?:on\s+(?:her|his)\s+own|alone|by\s+(?:herself|himself)))?|"
                               r"(?:is|was)\s+alone\s+on\s+the\s+(?:opening|first)\s+verse)"
                               r"(?:\s+before|,\s+and|;)\s+(?P<fellow>fellow\s+members\s+)?"
                               rf"(?P<list>{NAMES})\s+"
                               r"(?:(?:take|takes|took)\s+over|join\s+in|joined\s+in|"
                               r"come\s+in\s+on|came\s+in\s+on|join\s+(?:her|him|them)\s+(?:for|on)|"
                               r"(?:carry|sing|take)\s+the\s+(?:refrain|chorus|hook))\b")
# "“T,” released on DATE, is A alone, singing in character as C": A sings T.
_IS_A_ALONE = rx.compile(rf"(?P<r>{M})(?:,\s+released\s+on\s+⟦\d+⟧,)?\s+is\s+(?P<a>{M})\s+alone\b"
                         r"(?P<cw>,\s+singing\s+in\s+character\b)?")
# "G’s “T” follows, with the group’s leader, A, on the chorus": A sings T.
_LEADER_ON_THE = rx.compile(r"\bwith\s+the\s+(?:group|band)[’']s\s+(?:leader|maknae|youngest|"
                            r"frontman|"
                            rf"frontwoman),\s+(?P<a>{M}),\s+on\s+(?:the|its)\s+(?:chorus|bridge|hook|"
                            r"verses?|refrain)\b")
# "…; the group’s youngest, A, comes in for the final line": A sings the song spoken of, one of
# the group credited with it.
_YOUNGEST_COMES_IN = rx.compile(r"\bthe\s+(?:group|band)[’']s\s+(?:leader|maknae|youngest|"
                                rf"eldest),\s+(?P<a>{M}),\s+(?:comes|came|joins|joined|chimes|chimed)\s+in\b")
# "“T,” a duet that A and B recorded together": both are credited, and both sing it.
_DUET_THAT_THEY_RECORDED = rx.compile(rf"(?P<r>{M}),\s+an?\s+(?:[a-z-]+\s+)?duet\s+that\s+"
                                      rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+recorded\b")
# "“T,” which A sings": who sings.
_WHICH_SINGS = rx.compile(rf"(?:(?P<r>{M})|(?P<it>^\s*[Tt]he\s+(?:[\w-]+\s+)?(?:song|track|"
                          r"single|ballad|anthem|tune|number)))"
                          # ("“T,” released on DATE, which G recorded as the closing theme")
                          rf"(?:,\s+released\s+on\s+⟦\d+⟧)?"
                          # ("“T,” the theme of “S,” which A recorded …": the drama between)
                          r"(?:,\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:theme|song|ballad|single)\s+(?:of|from|for)\s+"
                          r"⟨\d+⟩)?"
                          # ("“T,” G’s slow dance, which A sings": the owner's noun between)
                          r"(?:,\s+⟨\d+⟩[’']s?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=,))?"
                          # ("“T,” which the folk singer A performs alone": the trade first)
                          r",?\s+which\s+(?:the\s+(?:[a-z-]+\s+)?(?:singer|vocalist|singer-songwriter)\s+)?"
                          rf"(?P<a>{NAMES})\s+(?:sings|sang|performs|"
                          # ("“T,” which A and B recorded as a duet": the noun, no voices)
                          r"performed|recorded(?!\s+as\s+a\s+duet)|records)\b"
                          # ("“T,” which A sings with B of G": B sings it too)
                          rf"(?:\s+with\s+(?P<b>{M}))?"
                          # ("… which A sings on the soundtrack in character as C")
                          r"(?:\s+on\s+the\s+(?:soundtrack|record|album))?"
                          r"(?:\s+(?:in\s+character\s+)?as\s+(?:the\s+(?:[\w-]+\s+){1,3}?)?"
                          rf"(?P<c>{M}))?")
# "The song, which …, was released on DATE and is credited to the actress herself": the
# subject's credit, to an artist named or to the person the sentence speaks of.
_AND_CREDITED = rx.compile(
    rf"^\s*(?:(?P<r>{M})|[Tt]he\s+(?:[\w-]+\s+)?(?:song|track|single|ballad|anthem|tune|number)\b)"
    r"[^;]*?\b(?:and|but)\s+(?:is|was)\s+(?:also\s+)?credited\s+to\s+(?:(?P<self>the\s+"
    r"(?:actress|actor|singer|star|idol)\s+(?:herself|himself))|"
    # ("… is sung by A in character as C, …, and is credited to her as well")
    r"(?P<pro>her|him)(?:\s+as\s+well|\s+too)?(?=\s*[.,;]|\s*$)|"
    # ("… and is credited to her and the actor B": the one the sentence named, and B)
    rf"(?P<pro2>her|him)\s+and\s+{_NOUN}?(?P<b>{M})|"
    rf"{_NOUN}?(?P<a>{NAMES}))")
_SONG_THEN_TITLE = rx.compile(r"^\s*[Tt]he\s+(?:[\w-]+\s+)?(?:song|track|single|ballad|anthem|tune|"
                              r"number),\s+(⟨\d+⟩),")
# "G followed with Part 2, “T”", "A opened the run on DATE with “T”", "G took Part 1 with
# “T”": the artist's release.
_FOLLOWED_WITH = rx.compile(
    # ("G, the duo of A and B, opened the album’s rollout with “T” on DATE")
    # ("The leader, A, followed on DATE with …": the name set off)
    rf"(?P<a>{M})(?:,\s+the\s+(?:duo|trio|quartet|group|band)\s+of\s+{M},?\s+and\s+{M},|"
    r"(?<=\b[Tt]he\sleader,\s⟨\d⟩),|(?<=\b[Tt]he\sleader,\s⟨\d\d⟩),)?\s+"
    r"(?:(?:then|soon|also)\s+)?(?:followed(?:\s+up)?|(?:weighs|weighed|chimes|chimed|comes|came|"
    r"checks|checked)\s+in|returns|returned|opened\s+the\s+(?:album[’']s\s+)?(?:run|rollout|"
    r"soundtrack|OST|series)|"
    rf"kicked\s+off\s+the\s+(?:run|soundtrack|OST|series)|"
    # "G took Part 1 with “T”"
    r"(?:took|takes|claimed|claims|landed|lands|handled|handles|got|gets)\s+Part\s+\d+)"
    # ("A followed on DATE with his solo ballad, “T,” …": the record's noun set off before it)
    rf"(?:\s+on\s+{D})?\s+with\s+"
    rf"(?:(?:his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+,\s+|(?:Part\s+\d+\s*,?\s+|[a-z-]+\s+){{0,2}}?)"
    rf"(?P<r>{M})")
# "His group sang Part 3, “T”": the group of the person the sentence before named.
_HIS_GROUP = rx.compile(r"^\s*(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?(?:group|band)\s+(?:also\s+)?"
                        r"(?:sang|sings|recorded|records|contributed|contributes|released|"
                        rf"provided|provides|delivered|delivers)\s+(?:(?:Part|Vol\.)\s*\d{{1,2}},?\s+)?"
                        rf"(?P<r>{M})")
# "He trades lines with G bandmates A and B": all three sing the song spoken of.
_TRADES_WITH = rx.compile(
    r"(?:^\s*(?:[Hh]e|[Ss]he)|(?P<named>⟨\d+⟩)(?:,\s+(?:who|the|a|an)\s[^;]{0,80}?,)?)\s+(?:also\s+)?"
    r"(?:trades|traded|shares|shared|splits|split|swaps|swapped)\s+"
    r"(?:the\s+)?(?:lines|verses|vocals|the\s+mic)\s+with\s+(?:(?:his|her)\s+)?(?:⟨\d+⟩\s+)?"
    rf"(?:bandmates|groupmates|members)\s+(?P<list>{NAMES})(?!\s+(?:on|in)\s)")
# "“T” is A's contribution to the OST": a credit.
# "G took the prize for “T,” their contribution to “S”": the sentence's artist.
# "“T,” her theme for S", "“T,” her collaboration with rapper B": with no artist before it in
# the sentence, "her" is the person spoken of; B is credited too.
_THEIR_CONTRIBUTION = rx.compile(rf"(?P<r>{M}),?\s+(?P<pro>their|her|his)\s+(?:[a-z-]+\s+)?"
                                 r"(?P<noun>contribution|entry|offering|theme|collaboration)\b"
                                 rf"(?:\s+with\s+{_NOUN}?(?P<b>{M}))?")
# "Then two G songs from “S”: “T1,” sung by A …, and “T2,” on which …": G's, each title
# opening an item of the list after the colon.
_N_G_SONGS_COLON = rx.compile(rf"\b(?P<n>two|three|four)\s+(?P<g>{M})\s+(?:songs|tracks|numbers|"
                              rf"singles)(?:\s+from\s+{M})?:\s+")
# "“T,” the first solo single from A, the youngest member": A's record.
_SINGLE_FROM = rx.compile(rf"(?P<r>{M}),\s+(?:the|a|an)\s+(?:(?:first|second|third|debut|new|"
                          r"latest|solo)\s+){0,2}(?:single|release|track)\s+from\s+(?:the\s+"
                          rf"(?:singer|soloist|rapper)\s+)?(?P<a>{M})")
# "The main theme, “T,” is G’s, and it dropped on DATE": the possessive alone says whose.
_TITLE_IS_ARTISTS = rx.compile(rf"(?P<r>{M}),?\s+(?:is|was)\s+(?P<a>{M})[’']s?(?=\s*[,.;]|\s*$)")
# "“T” is G's song on the OST", "It is G's song": G is credited.
# ("“T” is the girl group G’s contribution": the act's kind named before it)
_CONTRIBUTION = rx.compile(rf"(?:(?P<r>{M})|(?P<it>\bIt)),?\s+(?:is|was|marks)\s+"
                           r"(?:the\s+(?:(?:boy|girl|idol|rock|indie)\s+)?(?:group|band|duo|trio|"
                           r"quartet|singer|rapper)\s+)?"
                           rf"(?P<a>{M})[’']s?\s+(?:[a-z-]+\s+){{0,2}}(?:contribution|offering|"
                           r"entry|song|track|single)\b(?!\s+(?:about|for|to)\b)")
# "The track pairs the leads, A and B, who sang it in character": both sing the recording
# spoken of.
# ("credited to A of the girl group G, who sings it solo": A, not G)
_WHO_SANG_IT = rx.compile(rf"(?P<list>{NAMES})(?:\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{M})?,"
                          r"\s+who\s+(?:both\s+|also\s+)?(?:sang|sing|sings|"
                          r"recorded|record|performed|perform)\s+(?:it|the\s+(?:song|track|duet|"
                          r"single|ballad))\b")
# "“T,” sung by its credited artist, the singer A, has not …": A is credited and sings T.
_SUNG_BY_ITS_ARTIST = rx.compile(rf"(?P<r>{M}),\s+sung\s+by\s+its\s+(?:credited\s+)?artist,\s+"
                                 rf"(?:the\s+(?:[a-z-]+\s+)?(?:singer|vocalist|artist)\s+)?(?P<a>{M})")
# "“T,” a bare piano ballad she sings as herself": the sentence's subject sings T.
_BALLAD_SHE_SINGS = rx.compile(rf"(?P<r>{M}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:song|ballad|"
                               r"track|number|single|duet|anthem|theme|piece|tune|solo|cut)\s+(?:that\s+|which\s+)?"
                               r"(?:she|he)\s+(?:sings|sang|recorded|performs|performed)\b")
# "On “T,” A drops the character and sings in his own voice": A sings T.
_ON_T_SINGS = rx.compile(rf"(?:^|[;.]\s+)On\s+(?P<r>{M}),\s+(?P<a>{M})\s+(?:[a-z-]+\s+){{0,6}}?"
                         r"(?:and\s+)?(?:sings|sang)\b(?!\s+(?:about|of)\b)")
# "so bandmates A and B sing it without him": the members sing the recording spoken of.
_MATES_SING_IT = rx.compile(rf"\b(?:bandmates|groupmates|members)\s+(?P<list>{NAMES})\s+"
                            r"(?:sing|sang|perform|performed|record|recorded)\s+it\b")
# "fellow members A and B take the rest" (or "a verse each"), "her bandmates A and B will
# sing … “T”".
_MATES_TAKE = rx.compile(rf"\b(?:fellow\s+members|bandmates|groupmates)\s+(?P<list>{NAMES})\s+"
                         r"(?:(?:will|also)\s+)?(?:take|took|sing|sang|handle|handled|cover|covered)\s+"
                         rf"(?:the\s+rest|the\s+remaining\s+(?:lines|verses)|(?:a|one)\s+(?:verse|line|"
                         rf"chorus)\s+each|(?:[^⟨.;]{{0,50}}?)(?P<r>{M}))")
# "A sings the two remaining songs, “T1” and “T2”": A sings each.
_SINGS_THE_SONGS = rx.compile(rf"(?P<a>{M})\s+(?:also\s+)?(?:sings|sang|performs|performed|takes|"
                              r"took|handles|handled)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:songs|"
                              rf"tracks|numbers|ballads),?\s+(?P<list>{NAMES})")
# ", the drama’s first OST part": an apposition that says the title before it is a song.
# ("G’s “T,” from the glasshouse drama “S”": a title from a drama is a song)
_SONG_APPOSITION = rx.compile(r",?\s+(?:(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
                              r"(?:OST\s+part|single|track|song|ballad|duet|theme\s+song)\b|"
                              r"from\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:drama|series)\s+⟨)")
# "A takes “T” alone": A sings it, on their own.
_TAKES_ALONE = rx.compile(rf"(?P<a>{M})\s+(?:takes|took|sings|sang|handles|handled)\s+(?P<list>{M})"
                          # "…, G’s song on the OST, on his own": an apposition between
                          rf"(?:,\s+(?:[^;⟨,]|{M}){{1,80}}?,)?"
                          r"\s+(?:alone|solo|by\s+(?:himself|herself)|on\s+(?:his|her)\s+own)\b")
# "he hands the verses to fellow members A and B and keeps the bridge for himself": A and B
# (and he) sing the recording the sentence named.
_HANDS_TO = rx.compile(r"\b(?:hands|handed|gives|gave|leaves|left|passes|passed)\s+(?:the\s+)?"
                       r"(?:verses|vocals|lead|chorus|hook|rap)\s+(?:over\s+)?to\s+"
                       r"(?:(?:his|her|their)\s+)?(?:fellow\s+)?(?:(?:members|bandmates|"
                       rf"groupmates)\s+)?(?P<list>{NAMES})(?P<keeps>(?:\s+and\s+|,\s+)"
                       r"(?:keeps|kept|saves|saved)\s+(?:only\s+)?the\s+(?:[a-z-]+\s+)?"
                       r"(?:bridge|chorus|hook|verse|rap)\s+for\s+(?:himself|herself))?")
# "…, and it is G’s A and B who sing the hook": both sing the recording spoken of.
_IT_IS_WHO_SING = rx.compile(rf"\bit\s+(?:is|was)\s+(?:{M}[’']s\s+)?(?P<list>{NAMES})\s+who\s+"
                             r"(?:sing|sings|sang|take|takes|took|handle|handles|handled)\b")
# "“T,” a G B-side, gives A the first verse and B the second": both sing T.
_GIVES_A_THE_VERSE = rx.compile(rf"\b(?:gives|gave|hands|handed)\s+(?P<a>{M})\s+the\s+"
                                r"(?:(?:first|opening|second|third|last|final|lead|main)\s+)?"
                                r"(?:verses?|chorus|hook|bridge|lead)\b"
                                rf"(?:,?\s+and\s+(?P<b>{M})\s+the\s+(?:[a-z-]+\s+)?"
                                r"(?:second|third|last|final|rest|verses?|chorus|hook|bridge)\b)?")
_FIELD_ITEM = rx.compile(rf"(?P<r>{M})(?:\s+[—–-]\s+|,\s+)(?P<a>{M}(?:\s*(?:,|&|\band\b)\s*{M})*)")
_FIELD_CREDIT = rx.compile(rf"^\s*(?:[-*•·]\s*)?[^:]{{1,80}}?:\s+(?P<r>{M}),?\s+(?P<a>{M})\s*$|"
                           # a set list's "Opener: “T” [G]", "Encore: “T” [G], at twice the speed"
                           rf"^\s*(?:[-*•·]\s*)?[^:]{{1,40}}?:\s+(?P<r2>{M})\s*\[(?P<a2>{M})\]")
# "“T” belongs to A, with rapper B taking the second verse": A's recording, B featured.
_BELONGS_TO = rx.compile(rf"(?P<r>{M}),?\s+(?:belongs|belonged)\s+to\s+{_NOUN}?(?P<a>{M})(?![’'])"
                         rf"(?:,\s+with\s+{_NOUN}?(?P<b>{M})\s+(?:taking|on|adding|supplying|"
                         r"contributing|delivering|handling))?")
# "It is a G track.", "The song is an A ballad": the recording spoken of is the artist's.
_IT_IS_A = rx.compile(rf"^\s*(?:It|The\s+(?:song|track|single))\s+(?:is|was)\s+(?:a|an)\s+"
                      rf"(?P<a>{M})\s+(?:track|song|single|ballad|number|release|cut)\b")
# "The group already put out the first OST part, “T,” on March 20": the group spoken of.
_THE_GROUP_PUT_OUT = rx.compile(
    r"^\s*(?:The|This)\s+(?:group|band|trio|quartet|quintet|duo|unit)\s+"
    r"(?:(?:already|also|has|had|have|then|first)\s+)*(?:put\s+out|released|dropped|"
    rf"contributed|delivered|unveiled)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+,?\s+){{0,4}}?"
    rf"(?P<r>{M})")
# "“T” (A)": an artist in parentheses after a quoted title.
_TITLE_PAREN = rx.compile(rf"(?P<r>{M})\s*\((?:(?:feat\.|ft\.|featuring|with)\s+)?(?P<a>{NAMES})\)")
# "the band's single “T”": the band named last.
# "the fictional band's farewell song, “T”", "went to the band's “T”".
# "The five-piece's last release turns out to be “T”"; "Their breakthrough, “T,” was …".
_THE_BANDS = rx.compile(r"(?:\b[Tt]he\s+(?:[a-z-]+\s+)?(?:band|group|trio|duo|quartet|quintet|unit|"
                        r"(?:three|four|five|six|seven)-piece)[’']s|^\s*(?P<their>Their))\s+"
                        r"(?:(?:[a-z-]+\s+){0,2}(?:single|song|track|anthem|ballad|debut|"
                        r"hit|number|OST|contribution|release|breakthrough)\s*,?\s+"
                        rf"(?:(?:is|was|turns\s+out\s+to\s+be)\s+)?)?(?P<r>{M})")
# "“T,” the group's opening track": the group named before.
_TITLE_THE_BANDS = rx.compile(rf"(?P<r>{M}),?\s+the\s+(?:band|group|trio|duo|quartet|quintet)"
                              r"[’']s\s+(?:[a-z-]+\s+){0,2}?(?:single|song|track|anthem|ballad|"
                              r"number|contribution|B-side|b-side|duet|theme|follow-up)(?![\w-])")
# "G's four members share it evenly: A opens, B and C split the second verse, …": a line-up
# singing the song spoken of (or named), each name after the colon.
_MEMBERS_SHARE = rx.compile(
    # "The girl group's four members split it up: …": the group credited with it
    rf"(?:(?P<g>{M})[’']s|\b(?:All|The|Its|Their)(?:\s+(?:girl\s+|boy\s+)?(?:group|band)[’']s)?)\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|"
    r"\d)\s+)?members\s+(?:(?:share|split|divide|trade|swap)\s+(?:(?P<it>it|the\s+(?:song|track|"
    rf"vocals|lines))\b|(?P<r>{M}))|(?P<sing>sing|sang)(?:\s+(?:on\s+)?it)?)"
    rf"[^:;⟨]{{0,30}}:\s+(?P<list>(?:[^;⟨]|{M})+)")
# "She gets “T” to herself": a solo.
_TO_HERSELF = rx.compile(rf"(?:(?P<a>{M})|\b(?P<pro>[Hh]e|[Ss]he))\s+(?:gets|got|has|had|keeps|"
                         rf"kept|takes|took)\s+(?P<r>{M})\s+(?:all\s+)?to\s+(?:herself|himself)\b")
# "They recorded it as C and D": the two the sentence before named, each in a part.
_THEY_AS = rx.compile(rf"^\s*They\s+(?:also\s+)?(?:recorded|sang|sing|record|cut|performed|perform)"
                      rf"\s+it\s+(?:together\s+)?(?:in\s+character\s+)?as\s+(?P<c>{M})\s+and\s+"
                      rf"(?P<d>{M})")
# "A's “T,” which he recorded in character as C": A sings T.
_OWNED_WHICH_SUNG = rx.compile(
    rf"(?P<a>{M})[’']s\s+(?P<r>{M}),?\s+which\s+(?:he|she)\s+(?:also\s+)?(?:recorded|records|"
    rf"sang|sings|cut)\b(?:\s+in\s+character)?(?:\s+as\s+(?P<c>{M}))?")
_AS_THE_PLAYER = rx.compile(r"\bas\s+(?:(?:⟨\d+⟩|[a-z]+)\s+and\s+)?the\s+(?:bassist|drummer|"
                            rf"guitarist|keyboardist)\s+(?P<c>{M})(?![’']s)")
_UNDER_BOTH_NAMES = rx.compile(rf"(?P<r>{M}),\s+the\s+(?:two\s+)?leads[’']\s+duet,?[^.;⟨]*?"
                               r"\bunder\s+(?:both\s+(?:of\s+)?their|their\s+(?:two\s+)?)\s*"
                               r"names\b")
# "A sings it, with B, also in character as the drummer D, on backing vocals": B sings it too.
_WITH_ON_BACKING = rx.compile(
    rf"\bwith\s+(?P<a>{M})(?:,\s+(?:also\s+)?in\s+character\s+as\s+(?:the\s+[a-z-]+\s+)?"
    rf"(?P<c>{M}),)?\s+on\s+(?:backing\s+vocals|harmonies|(?:the\s+)?(?:chorus|backing\s+track))\b")
# "“T,” the Keys' second single, which he and B duet on as C and D": both credited, each
# singing as the part in the same place ("he": the person the sentence before opened with).
# "A and B accept X for “T,” which they duet on as C and the violin maker D": the two named
# before.
_WHICH_THEY_DUET = rx.compile(
    rf"(?P<r>{M})(?:,\s+(?:[^,⟨;]|⟨\d+⟩){{0,50}}?)?,\s+which\s+(?:(?P<pro>he|she)|(?P<a>{M})|"
    rf"(?P<they>they))(?:\s+and\s+(?P<b>{M}))?\s+(?P<verb>duet|duetted|sing|sang)\s+(?:on\s+)?"
    r"(?:together\s+)?"
    # ("“T,” which they sing in character as C and D": the same)
    rf"(?:in\s+character\s+)?as\s+(?P<c>{M})\s+and\s+(?:the\s+[a-z-]+\s+(?:[a-z-]+\s+)?)?(?P<d>{M})")
# "A turns up again on “T,” from “S,” which he and B sing together": both sing T (a singing
# verb credits no one).
_WHICH_HE_AND_B_SING = rx.compile(
    rf"^\s*(?P<a>{M})\s+[^;⟨]{{0,40}}?\bon\s+(?P<r>{M}),(?:\s+from\s+{M},)?\s+which\s+(?:he|she)\s+"
    rf"and\s+(?P<b>{M})\s+(?:sing|sang|perform|performed)\s+together\b")
# "A, who played C, also sings the band's finale single, “T,” in character": A sings T.
_SINGS_THE_SINGLE = rx.compile(
    rf"(?P<a>{M})(?:,\s+who\s(?:[^,⟨;]|⟨\d+⟩){{1,60}},)?\s+(?:also\s+)?(?:sings|sang)\s+(?:the\s+)?"
    r"(?:[a-z-]+[’']s\s+)?(?:[a-z-]+\s+){0,2}(?:single|song|track|ballad|theme|number),\s+"
    rf"(?P<r>{M}),?(?:\s+(?P<cw>in\s+character))?")
# "“T,” credited to both A and B, …": both are credited.
_RELEASED_UNDER_BOTH = rx.compile(r"^\s*Released\s+under\s+both\s+(?:actors|singers|leads|stars)"
                                  r"[’']\s+names\b")
# "Their duet “T,” released on July 7, is credited to both actors": the two the sentence
# before gave parts to.
_BOTH_ACTORS = rx.compile(rf"(?P<r>{M}),?(?:\s+[a-z]+ed\s+[^,⟨]{{0,40}},)?\s+(?:(?:is|was)\s+|"
                          # ("“T,” a duet credited to both of them and sung in character as C
                          # and D": each actor, in the part the sentence before gave them)
                          r"(?<=,\s)a\s+(?:[a-z-]+\s+)?duet\s+)"
                          r"credited\s+to\s+both\s+(?:actors|leads|stars|of\s+them)\b"
                          rf"(?:\s+and\s+sung\s+in\s+character\s+as\s+(?P<c>{M})\s+and\s+(?P<d>{M}))?")
# "Part 3, “T,” carries A’s name": A is credited with T.
_CARRIES_NAME = rx.compile(rf"(?P<r>{M}),?\s+(?:carries|carried|bears|bore)\s+(?P<a>{M})[’']s\s+"
                           r"name\b")
# ("“T,” another track credited to G, on which …": the record's noun between)
_CREDITED_TO_BOTH = rx.compile(rf"(?P<r>{M}),\s+(?:(?:another|a|an|the)\s+(?:[a-z-]+\s+)?"
                               r"(?:track|song|single|number|ballad)\s+)?credited\s+to\s+(?:both\s+)?"
                               rf"(?P<list>{NAMES})")
# "The two of them sing it as C and D": the two people credited with the song spoken of, each
# as the part named in the same place.
_TWO_OF_THEM = rx.compile(r"^\s*The\s+two\s+of\s+them\s+(?:sing|sang|recorded|perform|performed)"
                          rf"\s+it\s+(?:in\s+character\s+)?as\s+(?P<c>{M})\s+and\s+(?P<d>{M})")
# "“T,” a duet credited to A and B, has the two of them singing together": the two credited
# with the song spoken of both sing it.
_THE_TWO_SINGING = rx.compile(rf"(?P<r>{M}),\s+an?\s+(?:[a-z-]+\s+)?(?:duet|song|track|single)\s+"
                              rf"credited\s+to\s+(?P<a>{M})\s+and\s+(?P<b>{M}),\s+(?:has|had|"
                              r"features|featured)\s+the\s+two\s+of\s+them\s+singing\b")
# "“T” closes the evening: credited to A and B, it has the pair singing together": both are
# credited, and both sing.
_COLON_CREDITED_PAIR = rx.compile(rf"(?P<r>{M})\s+[^:;⟨]{{0,40}}:\s+credited\s+to\s+(?P<a>{M})\s+"
                                  rf"and\s+(?P<b>{M}),\s+it\s+(?:has|had|features|featured)\s+"
                                  r"(?:the\s+two\s+of\s+them|the\s+pair|both\s+of\s+them)\s+"
                                  r"singing\b")
# "On the track both stay in character, he singing as C and she as D": the song's two credited
# singers, in the order they were credited.
# ("Both keep to their roles on the recording, A singing as C and B as D": the two named)
_BOTH_IN_CHARACTER = rx.compile(
    r"^\s*(?:(?:On|In)\s+the\s+(?:track|song|record|recording|duet|single),?\s+)?(?:[Tt]he\s+two\s+of\s+"
    r"them|[Bb]oth|[Tt]he\s+pair|[Ee]ach)\s+(?:stay|stays|stayed|remain|remains|remained|keep|keeps|"
    r"kept)\s+(?:in\s+character|"
    r"to\s+their\s+(?:roles|parts))(?:\s+on\s+the\s+(?:track|song|recording|duet|single))?,\s+"
    rf"(?:he|she|(?P<a>{M}))\s+singing\s+as\s+(?P<c>{M})\s+and\s+(?:he|she|(?P<b>{M}))\s+as\s+"
    rf"(?P<d>{M})")
# "…, and each sings in character on it, A as C and B as D": both sing the song spoken of.
# ("…, has both leads singing in character, A as C and B as D": the same)
# ("…, and both sing on it in character, A as C and B as D": the same)
_EACH_SINGS_AS = rx.compile(r"\b(?:each\s+(?:sings|sang)|both\s+(?:sing|sang)\s+on\s+it|"
                            r"(?:has|with)\s+both\s+(?:leads|stars|actors)\s+singing)\s+in\s+character(?:\s+on\s+it)?,\s+"
                            rf"(?P<a>{M})\s+as\s+(?P<c>{M})\s+and\s+(?P<b>{M})\s+as\s+(?P<d>{M})")
# "The G turn up with “T,” their first single": G's single.
_TURN_UP_WITH = rx.compile(rf"(?P<g>{M})\s+(?:turn|turns|turned|show|shows|showed)\s+up\s+with\s+"
                           rf"(?P<r>{M}),\s+(?:their|its)\s+(?:[a-z-]+\s+){{0,2}}?(?:single|song|"
                           r"track|hit|ballad|anthem)\b")
# "…; the group’s leader, A, sings its chorus": A sings the song spoken of.
# ("…, with the group’s leader A taking the hook": the same)
# ("…, with the girl group’s leader, A, singing the chorus")
_LEADER_SINGS = rx.compile(r"\bthe\s+(?:(?:girl|boy|idol)\s+)?(?:group|band)[’']s\s+"
                           r"(?:leader|maknae|vocalist|singer|"
                           rf"frontman|frontwoman|rapper),?\s+(?P<a>{M}),?\s+(?:sings|sang|takes|"
                           r"took|handles|handled|carries|carried|taking|singing|handling)\s+"
                           r"(?:its|the)\s+(?:(?:first|second|last|final|opening)\s+)?(?:chorus|verses?|"
                           r"bridge|hook|lead)\b")
# "“T,” a single from A and B released on DATE": the single's artists.
# ("“T,” a trot number from the veteran singer A; on the record she sings in character as C":
# A's, and A sings it as C)
_A_SINGLE_FROM = rx.compile(rf"(?P<r>{M}),\s+an?\s+(?:new\s+|joint\s+|[a-z]+\s+)?(?:single|duet|"
                            # ("“T,” a single from the trot veteran A, who sings it as C")
                            r"number)\s+from\s+(?:the\s+(?:[a-z-]+\s+)?(?:singer|vocalist|soloist|"
                            r"veteran)\s+)?"
                            rf"(?P<list>{NAMES})(?:;\s+on\s+the\s+(?:record|recording|track),?\s+"
                            rf"(?:she|he)\s+sings\s+(?:it\s+)?in\s+character\s+as\s+(?P<c>{M}))?")
# "“T,” G’s contribution to the soundtrack, with members A and B dividing its verses": both
# sing T, members of G.
# ("“T,” …, is G’s offering, with A and B of the group splitting the lines": the same)
# ("“T” is the boy group’s contribution, with G members A and B trading the verses": the group
# named before "members")
# ("“T,” the girl group G’s contribution …, with member A handling every line": one member)
_WITH_MEMBERS_DIVIDING = rx.compile(rf"\bwith\s+(?P<members>(?:{M}\s+)?members?\s+|"
                                    r"(?:his|her|their)\s+"
                                    r"groupmates\s+)?"
                                    rf"(?P<list>{NAMES})(?P<of>\s+of\s+the\s+(?:group|band))?\s+"
                                    r"(?:(?:dividing|splitting|sharing|trading|swapping)\s+"
                                    r"(?:its|the)\s+(?:verses|vocals|lines)\b|"
                                    # ("with members A and B taking alternate verses")
                                    r"(?:taking|singing)\s+alternate\s+(?:verses|lines)\b|"
                                    r"(?:(?<=member\s⟨\d⟩\s)|(?<=member\s⟨\d\d⟩\s))(?:handling|singing|taking)\s+(?:every\s+line|"
                                    r"all\s+(?:the|its)\s+(?:vocals|lines|verses))\b)")
# "“T,” the group’s theme for the series, with members A and B …": the group credited with T.
_THE_GROUPS_OWN = rx.compile(r"\bthe\s+(?:(?:girl|boy|idol)\s+)?(?:group|band)[’']s\s+"
                             r"(?:[a-z-]+\s+){0,2}?"
                             r"(?:contribution|song|single|track|theme|offering|entry|number)\b")
# "“T,” the boy group G’s song for the drama, which member A sings alone": A sings T, one of G.
_WHICH_MEMBER_SINGS = rx.compile(
    rf"(?P<r>{M}),\s+the\s+(?:(?:girl|boy|idol)\s+)?(?:group|band|trio|quartet|quintet)\s+"
    rf"(?P<g>{M})[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:song|single|track|number|contribution)\b"
    rf"[^,;⟨]{{0,40}},\s+which\s+member\s+(?P<a>{M})\s+(?:sings|sang|performs|performed)\s+"
    r"(?:alone|solo|by\s+(?:himself|herself))")
# ("“T” is the girl group G’s number, its verses split between members A and B": the same)
_ITS_VERSES_SPLIT = rx.compile(rf",\s+its\s+(?:verses|vocals|lines)\s+(?:split|divided|shared)\s+"
                               rf"between\s+(?P<members>members\s+)?(?P<list>{NAMES})"
                               r"(?P<of>\s+of\s+the\s+(?:group|band))?")
# "A’s trot single “T,” which the veteran singer performs as C": A sings T, as C.
# ("“T,” an A single that the folk veteran sings as C": the same, the title first)
_WHICH_THE_SINGER = rx.compile(rf"(?:(?P<a>{M})[’']s\s+(?:[\w-]+\s+){{0,2}}?(?:single|song|ballad|"
                               rf"track|number|duet)\s+(?P<r>{M}),\s+which|"
                               rf"(?P<r2>{M}),\s+an?\s+(?P<a2>{M})\s+(?:single|song|ballad|track|"
                               r"number)\s+(?:that|which))\s+the\s+"
                               r"(?:[a-z-]+\s+){0,2}?(?:singer|actor|actress|vocalist|idol|star|"
                               r"veteran)\s+"
                               r"(?:performs|performed|sings|sang|voices|voiced)\b"
                               rf"(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?")
# "“T,” A's ballad with a verse from the rapper B": B is credited too.
_VERSE_FROM = rx.compile(rf"(?P<r>{M}),\s+{M}[’']s\s+(?:[a-z-]+\s+){{0,2}}(?:ballad|song|single|"
                         rf"track)\s+with\s+a\s+(?:verse|rap|feature)\s+from\s+(?:the\s+)?(?:rapper\s+)?(?P<b>{M})")
_THEIR_NTH_MEMBER = rx.compile(r"(?:;|,?\s+while)\s+(?:their|the)\s+(?:second|third|fourth|fifth|"
                               r"sixth|seventh|other|remaining|last)\s+member\b"
                               rf"(?:,\s+(?P<p>{M})(?=,))?")
# "Lim comes back alone, and still as C, for “T”", "“T” is Jung singing as himself": who sings
# the title named, as the part named.
# "The album closes with A, as C, singing “T” by herself", "A carries “T” alone", "A, who
# played the coach, C, sings “T” as himself": the same.
_BACK_FOR = rx.compile(rf"(?P<a>{M})\s+(?:comes|came)\s+back(?:\s+alone|\s+solo)?(?:,?\s+and\s+"
                       rf"(?:still\s+)?as\s+(?P<c>{M}),)?\s+for\s+(?P<r>{M})|"
                       rf"(?P<r2>{M})(?:,\s+[a-z][^,⟨]{{0,20}},)?\s+is\s+(?P<a2>{M})\s+singing\b"
                       rf"(?:\s+as\s+(?:himself|herself|(?P<c2>{M})))?|"
                       rf"\b(?:closes|opens|ends|begins)\s+with\s+(?P<a3>{M})(?:,\s+as\s+(?P<c3>{M}),)?\s+"
                       rf"singing\s+(?P<r3>{M})|"
                       rf"(?P<a4>{M})\s+(?:carries|carried|sings|sang)\s+(?P<r4>{M})\s+(?:alone|solo)\b|"
                       rf"(?P<a5>{M}),\s+who\s+(?:played|plays)\s+(?:[^;⟨]|⟨\d+⟩){{1,60}}?,\s+(?:sings|sang)\s+"
                       rf"(?P<r5>{M})(?:\s+as\s+(?:himself|herself))?|"
                       # "A, who plays the band's bassist, C, takes the lead vocal there, singing
                       # as C": the song spoken of
                       rf"(?P<a6>{M}),\s+who\s+(?:played|plays)\s+(?:[^;⟨]|⟨\d+⟩){{1,60}}?,\s+"
                       r"(?:takes|took)\s+the\s+lead\s+vocals?\s+(?:there|here|on\s+it)\b"
                       rf"(?:,\s+singing\s+as\s+(?P<c6>{M}))?")
# "A, who drums for a band on screen, is back with his own group for this one": A is in the
# group credited with the song spoken of.
_BACK_WITH_OWN = rx.compile(rf"(?P<a>{M})(?:,\s+who\b[^;]{{0,120}}?,)?\s+(?:is|was)\s+back\s+"
                            r"with\s+(?:his|her|their)\s+own\s+(?:group|band)\b")
# "He shares the chorus with bandmates A and B": all three sing the song spoken of.
_SHARES_WITH_MATES = rx.compile(
    rf"(?:(?P<a>{M})|^\s*(?P<pro>He|She))\s+(?:shares|shared|splits|split|trades|traded)\s+the\s+"
    r"(?:chorus|vocals|verses|mic|hook)\s+with\s+(?:(?:his|her|their)\s+)?(?:band|group)-?mates\s+"
    rf"(?P<list>{NAMES})")
# "A and B sing the verses, with their groupmates C and D on the chorus": C and D sing too,
# and all four are members of the group credited with the song.
_WITH_MATES_ON = rx.compile(
    rf"(?P<names>{NAMES})\s+(?:sing|sang|share|split|take|took|handle|handled)\s+[^,;⟨]{{1,30}},?\s+"
    r"with\s+(?:their|his|her)\s+(?:group|band)-?mates\s+"
    rf"(?P<list>{NAMES})\s+on\s+(?:the\s+)?(?:chorus|harmonies|backing\s+vocals|verses?|bridge|"
    r"hook|refrain)\b")
# "Their “T” opened our drama": the group spoken of.
# ("Their title track for the drama, “T,” came out on DATE": the same, a noun first)
_THEIR_TITLE = rx.compile(r"^\s*[“\"]?Their\s+(?P<noun>(?:[a-z-]+\s+){0,2}?(?:track|single|song|"
                          r"ballad|number|theme)(?:\s+for\s+the\s+(?:drama|series|show))?,?\s+)?"
                          rf"(?P<r>{M})")
# "“T,” released under A’s name on DATE and sung by her in character as C": A sings T, as C.
_UNDER_NAME_SUNG_BY = rx.compile(rf"(?P<r>{M}),?\s+released\s+under\s+(?P<a>{M})[’']s\s+name\b"
                                 r"[^;⟨]{0,30}?\s+and\s+sung\s+by\s+(?:her|him)\b"
                                 rf"(?:\s+in\s+character\s+as\s+(?P<c>{M}))?")
# "A and B, who duet on “T,” come next": a duet credits both, and both sing it.
_WHO_DUET_ON = rx.compile(rf"(?P<list>{NAMES}),\s+who\s+(?:duet|duetted|dueted)\s+on\s+(?P<r>{M})")
# "G’s A and B, who sing “T,” come next": both sing T (a singing verb credits no one).
_WHO_SING_IT = rx.compile(rf"(?P<list>{M}(?:\s*,\s*{M})*,?\s+and\s+{M}),\s+who\s+(?:sing|sang)\s+"
                          rf"(?P<r>{M})(?=\s*,)")
# "“T,” a G song with vocals by the singer A, in character as C": A sings T, as C.
_WITH_VOCALS_BY = rx.compile(rf"(?P<r>{M}),\s+an?\s+(?:{M}\s+)?(?:song|track|single|number|"
                             r"B-side)\s+with\s+(?:lead\s+)?vocals\s+by\s+(?:the\s+(?:singer|actor|actress)\s+)?"
                             rf"(?P<a>{M})(?:,?\s+in\s+character\s+as\s+(?P<c>{M}))?")
# "The drama’s lead, A, who plays C, takes the vocals on “T” himself": A sings T.
# ("A, the drama’s lead, who plays C, provides the vocal for “T” himself": the same)
_TAKES_THE_VOCALS_ON = rx.compile(rf"(?P<a>{M}),\s+(?:the\s+[^,⟨;]{{1,30}},\s+)?who\s+"
                                  rf"[^;⟨]{{1,60}}?(?:{M})?,\s+(?:takes|took|handles|handled|provides|provided)\s+"
                                  rf"the\s+(?:lead\s+)?vocals?\s+(?:on|for)\s+(?P<r>{M})")
# "“T,” performed by G, is the one …; A and B carry its high harmonies": both sing T.
_CARRY_ITS_PART = rx.compile(rf";\s+(?P<list>{NAMES})\s+(?:carry|carries|sing|take|handle|share|"
                             r"split)\s+its\s+(?:[a-z-]+\s+)?(?:harmonies|verses|chorus|hook|lines|"
                             r"vocals|bridge)\b")
# "G’s line-up is A, B, C, D and E. … The five put out “T” on DATE": the group spoken of.
_THE_FIVE_PUT_OUT = rx.compile(r"^\s*The\s+(?:two|three|four|five|six|seven|eight|nine)\s+"
                               rf"(?:put\s+out|released|recorded|issued|dropped)\s+(?P<r>{M})")
# "Her solo, “T,” came out on July 26": the person spoken of sings it, alone.
_PRONOUN_SOLO = rx.compile(r"^\s*(?:Her|His)\s+(?:[a-z-]+\s+)?solo(?:\s+(?:single|track|song))?"
                           rf",?\s+(?P<r>{M})")
# "Her recording of the theme, “T,” was released …": the one person the sentence before named.
_PRONOUN_RECORDING_OF = rx.compile(r"^\s*(?:Her|His)\s+(?:own\s+)?(?:recording|version|"
                                   r"rendition)\s+of\s+the\s+(?:[a-z-]+\s+)?(?:theme|song|"
                                   rf"title\s+track|ballad),\s+(?P<r>{M}),")
# The owner of a glossary entry's title: "The opening theme belongs to A", "The Lanterns' first
# single came out …".
# Under a heading that names the title: "The song belongs to the drama's two leads, A and B",
# "The first OST part, out on premiere day, comes from the girl group G".
_TOPIC_OWNER = rx.compile(
    rf"^\s*(?:The\s+(?:[a-z-]+\s+|OST\s+){{0,2}}(?:theme|song|single|track|ballad|number|part)|It)"
    r"(?:,\s+[^,⟨]{1,40},)?\s+"
    rf"(?:belongs\s+to|is\s+sung\s+by|is\s+by|is\s+credited\s+to|comes\s+from|came\s+from)\s+"
    r"(?:the\s+(?:drama|series|show)[’']s\s+(?:two\s+)?(?:leads|stars),\s+|"
    r"the\s+(?:[a-z-]+\s+)?(?:group|band|duo|trio|singer)\s+)?"
    rf"(?P<a>{M})(?:\s+and\s+(?P<b>{M})(?=\s*[.,;]))?|"
    rf"^\s*The\s+(?P<g>{M})[’']\s+(?:[a-z-]+\s+){{0,2}}(?:single|song|track|ballad|theme|debut)\b")
# "“T,” from B’s medical drama “S,” is by the girl group G": T, not S, is G's.
_FROM_S_IS_BY = rx.compile(rf"^\s*(?P<r>{M}),?\s+(?:from|off)\s+(?:[^,⟨;]|⟨\d+⟩){{1,80}}?⟨\d+⟩,\s+"
                           r"is\s+(?:by|sung\s+by|credited\s+to)\s+(?:the\s+(?:[a-z-]+\s+){0,2}?"
                           rf"(?:group|band|duo|trio|singer|soloist)\s+)?(?P<a>{M})")
# "“T” lists G as the artist, but the singing is left to A and B": G is credited.
_TITLE_LISTS_ARTIST = rx.compile(rf"(?P<r>{M})\s+(?:lists|listed|names|named|gives)\s+(?P<a>{M})"
                                 r"\s+as\s+(?:the|its)\s+(?:credited\s+)?(?:artist|act)\b")
# "“T,” which is released as a G song": G's.
_RELEASED_AS_A_G = rx.compile(rf"(?P<r>{M}),?\s+which\s+(?:is|was)\s+(?:released|issued|billed)\s+"
                              rf"as\s+an?\s+(?P<a>{M})\s+(?:song|track|single|release|recording)\b")
# Sentences that name a title ``r`` and the artist ``a`` it is credited to, and nothing else
# to read: "“T” carries A’s name", "“T” carries the G credit", "“T” is also a G recording",
# "“T” came out on DATE as a single by A", "“T,” from “S,” is by A", "“T” lists G as the
# artist" ("G takes the credit on
# “T”" is read later, after the voices of its sentence).
_TITLE_AND_ITS_ARTIST = (_CARRIES_NAME, _FROM_S_IS_BY, _CARRIES_THE_CREDIT, _IS_A_G_RECORDING,
                         _OUT_AS_A_SINGLE_BY, _TITLE_LISTS_ARTIST, _RELEASED_AS_A_G)
# "G leaves behind three singles.": the titles the paragraph goes on to name are G's.
_LEAVES_SINGLES = rx.compile(rf"^\s*(?P<g>{M})\s+(?:leaves|left|released|put\s+out|recorded)\s+"
                             r"(?:behind\s+)?(?:just\s+|only\s+)?(?P<n>two|three|four|five|six)\s+"
                             r"(?:singles|songs|tracks)\s*[.:]?\s*$")
# "“T,” its debut, …", "The last, “T,” went out …": one of those titles, as the subject.
# ("Next came two numbers by G, …": the same for the titles that follow)
# (a capitalised "Next" opening the sentence may be masked as a name)
_NUMBERS_BY = rx.compile(r"^\s*(?:Next|Then|(?P<w>⟨\d+⟩))\s+(?:came|come)\s+"
                         r"(?P<n>two|three|four)\s+(?:numbers|songs|tracks)\s+by\s+(?P<g>⟨\d+⟩)")
_NEXT_SINGLE = rx.compile(r"^\s*(?:(?:The\s+)?(?:first|second|third|fourth|last|final|next|latest)"
                          r",\s+|(?:Its|Their|The)\s+follow-up,\s+)?(?P<r>⟨\d+⟩)")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "the Lanterns’ “T”": a band called by the plural of its name's last word.
_NICKNAME_OWNED = rx.compile(rf"\b[Tt]he\s+(?P<a>{M})[’']\s+(?:[a-z-]+,?\s+){{0,2}}?(?P<r>{M})")
_TITLE_NICKNAMES = rx.compile(rf"(?P<r>{M}),\s+the\s+(?P<a>{M})[’']\s+(?:[a-z-]+\s+){{0,2}}?"
                              r"(?:single|song|track|ballad|anthem|number|debut)\b")
# "“T,” A and B’s duet from …", "“T,” A’s solo": the apposition says whose the title is.
_TITLE_APPOSED_OWNER = rx.compile(
    # "“T,” the Lanterns’ first single": a plural name's possessive has no s
    # ("“T,” The Ropes’ debut single": "The" read outside the name)
    # ("“T,” the trot singer A’s single from DATE": the calling before the name)
    rf"(?P<r>{M}),?\s+(?:[Tt]he\s+(?:(?:[a-z-]+\s+)?(?:singer|rapper|vocalist|actor|actress)\s+)?)?"
    rf"(?P<a>{M})(?:\s+and\s+(?P<b>{M}))?(?P<pos>[’']s?)\s+"
    r"(?:[a-z-]+\s+)?"
    # ("“T,” the G’ debut release", "“T,” G’s song for the drama": the same)
    # ("“T,” A and B’s song from “S”": the drama named after it)
    # ("“T,” G’s B-side for the drama": a record's noun in capitals)
    r"(?:duet|solo|single|ballad|release|follow-up|B-side|song(?=\s+for\s+the\s+(?:drama|series|"
    r"show)\b|\s+from\s+⟨))(?![\w-])")
# "“T,” the first OST part, which comes from A’s own group": the group A is a member of.
_FROM_HIS_GROUP = rx.compile(rf"(?P<r>{M}),\s+(?:[^⟨;,]{{1,60}},\s+)?(?:which|that)\s+"
                             r"(?:comes|came)\s+from\s+"
                             rf"(?P<a>{M})[’']s?\s+(?:own\s+)?(?:group|band)\b")
# "“T” is ours": in an interview, the guest's group's.
_IS_OURS = rx.compile(rf"(?P<r>{M}),?\s+(?:is|was)\s+(?:all\s+)?ours\b")
# "A's “T”", "G's debut single, “T”".
# "…, with A adding backing vocals in character as C": A sings on the song of the sentence.
_WITH_ADDING = rx.compile(rf"\bwith\s+(?:(?:bassist|guitarist|drummer|keyboardist|pianist|"
                          rf"rapper|member)\s+)?(?P<a>{M})\s+(?:adding|providing|contributing|"
                          r"supplying)\s+"
                          r"(?:(?:the\s+)?(?:backing|background|harmony|guest)\s+)?(?:vocals|harmonies)"
                          rf"(?:\s+in\s+character)?(?:\s+as\s+(?P<c>{M}))?")
# "“T,” released on March 31 by the quartet G, …": G's recording.
# ("“T,” which came out on DATE credited to the trot singer A": the same, the credit named)
# ("“T,” the drama’s opening theme, was issued by G on DATE": an apposition between)
_RELEASED_BY = rx.compile(rf"(?P<r>{M}),?\s+(?:(?:the|a|an)\s+[^,⟨;]{{1,40}},\s+(?=was\s))?"
                          r"(?:(?:was\s+)?(?:released|put\s+out|issued)\s+"
                          # ("“T,” arrived on DATE credited to the singer A": no "which")
                          rf"(?:on\s+{D}\s+)?by|(?:which\s+)?(?:came\s+out|was\s+released|arrived)\s+"
                          rf"(?:on\s+{D}\s+)?credited\s+to)\s+(?:the\s+(?:[a-z-]+\s+){{0,2}}?(?:quartet|"
                          rf"trio|duo|quintet|group|band|singer|soloist|rapper|vocalist|actor|actress)\s+)?"
                          rf"(?P<a>{M})(?![’']s)")
# "Part 3, ", "The next single: " right before "G’s “T”": the title is a song of the soundtrack.
_PART_BEFORE = rx.compile(r"(?:\b(?:Part|Pt\.|Track|Vol\.)\s*\d{1,2}|\b(?:first|second|third|"
                          r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|latest|new)\s+(?:OST\s+)?"
                          # ("The second OST, A’s “T,” came out …")
                          r"(?:part|single)|\b(?:first|second|third|fourth|fifth)\s+OST)\s*[,:]\s*$")
# "the Lanterns’ “T”": a plural name's possessive has no s.
# ("G’s opening theme for the series, “T,”": the drama the noun is for, before the title)
_OWNED = rx.compile(rf"(?P<a>{M})(?P<pos>[’']s?)\s+(?:(?:[a-z-]+\s+){{0,3}}?)"
                    r"(?:[a-z-]+,\s+|(?<=\s)for\s+the\s+(?:series|drama|show),\s+)?"
                    rf"(?P<r>{M})")
# "G’s “T” follows, its chorus led by A of the group": A sings T, one of G.
_OF_THE_GROUP = rx.compile(rf"[^.;⟨]{{0,60}},\s+its\s+(?:chorus|verses?|hook|bridge|vocals?)\s+"
                           rf"(?:led|sung|carried|taken|handled)\s+by\s+(?P<a>{M})\s+of\s+the\s+"
                           r"(?:group|band|trio|quartet|quintet)\b")
# "A's vocals on T", "his falsetto on the chorus", "her alto carries the chorus" (the song named
# before): who sings.
_VOCALS_ON = rx.compile(
    rf"(?:(?P<a>{M})[’']s|\b(?P<pro>[Hh]is|[Hh]er))\s+(?:[a-z-]+\s+)?(?:vocals|voice|falsetto|"
    r"singing|rap|verse|high\s+notes|alto|soprano|tenor|baritone|rasp|ad-libs?|harmonies)\s+"
    # "A's husky alto carries the chorus", "A's ad-libs over the final chorus"
    r"(?:on|in|for|(?:over|carries|carried|anchors|anchored|leads|led|opens|opened)(?=\s+the\s+"
    r"(?:(?:final|last|first|second|third|opening|closing)\s+)?"
    r"(?:(?:pre-)?chorus|bridge|hook|refrain|verses?|track|song)))\s+(?:(?P<it>the\s+"
    r"(?:(?:final|last|first|second|third|opening|closing)\s+)?(?:(?:pre-)?chorus|bridge|hook|"
    rf"refrain|track|song|ballad|single))\b|(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<r>{M}))")
# "A takes the microphone (as C) on the B-side T".
_MIC = rx.compile(
    rf"(?P<a>{M})\s+(?:also\s+|then\s+)?(?:takes|took|grabs|grabbed|steps\s+up\s+to|stepped\s+up\s+to)\s+"
    r"(?:the\s+)?(?:microphone|mic|lead\s+vocals?)(?:\s+as\s+(?P<c>⟨\d+⟩))?\s+(?:on|for)\s+"
    rf"(?:the\s+)?(?:(?:[\w-]+|{M})\s+){{0,2}}?(?P<r>{M})(?!\s+{M})")
# "Later she and B traded verses on “T,” a duet credited to both actors": she (the one spoken
# of before) and B sing T, and with "credited to both" both are credited.
_SHE_AND_B_TRADE = rx.compile(rf"\b(?:[Ss]he|[Hh]e)\s+and\s+(?P<b>{M})\s+(?:traded|trade|shared|"
                              r"share|split|swapped)\s+(?:the\s+)?(?:verses|vocals|lines)\s+on\s+"
                              rf"(?P<r>{M})(?P<both>,\s+a\s+duet\s+credited\s+to\s+both\b)?")
# "The track, credited to A, is sung by her as C": the one spoken of sings it.
# ("Out since DATE, it is sung by her in character as C": the same, after a participle's day)
_SUNG_BY_HER = rx.compile(r"(?:^\s*(?P<it>[Tt]he\s+(?:track|song|ballad|single))(?:,\s+[^,⟨]{0,30}"
                          rf"(?P<a>{M})?,)?|^\s*Out\s+since\s+⟦\d+⟧,\s+(?P<it2>it))\s+is\s+sung\s+by\s+"
                          rf"(?:him|her)(?:\s+(?:in\s+character\s+)?as\s+(?P<c>{M}))?")
# "“T,” the grittier G track on which …": G's track, the name in apposition.
# "“T,” the A and B duet": both credited.
# ("“T,” the duo G’s contribution, opens …": the same)
_THE_G_TRACK = rx.compile(rf"(?P<r>{M}),\s+the\s+(?:[a-z-]+\s+)?(?P<a>{M})\s+(?:track|single|"
                          r"song|number|anthem)\b|"
                          # ("“T,” the girl group G’s contribution to the soundtrack")
                          rf"(?P<r3>{M}),\s+the\s+(?:(?:girl|boy|idol|rock|indie)\s+)?(?:duo|trio|"
                          rf"quartet|group|band)\s+(?P<a3>{M})[’']s\s+"
                          r"(?:contribution|entry|song|track|single)\b|"
                          rf"(?P<r2>{M}),\s+the\s+(?P<a2>{M})\s+and\s+(?P<b2>{M})\s+duet\b"
                          r"(?!\s+(?:that|which|whom)\b)")
# "… and it is A’s own voice, in character, on the recording": A sings the song spoken of.
# ("C was played by A, and it is her voice, in character, on the record": the actor just named)
_OWN_VOICE_ON = rx.compile(rf"\b[Ii]t\s+is\s+(?:(?P<a>{M})[’']s|"
                           r"(?<=,\sand\sit\sis\s)(?P<pro>her|his))\s+"
                           r"(?:own\s+)?voice"
                           r"(?P<cw>,\s+in\s+character,)?\s+on\s+the\s+(?P<it>recording|track|"
                           r"record|single)\b")
# "T, which is also credited to G", "T is credited to A and B".
# ("Out since DATE, it is credited to G": a participle's date first)
# ("Released on DATE, the track is credited to A herself": the same)
_CREDITED_TO = rx.compile(rf"(?:(?P<r>{M})|(?P<it>(?:^\s*|(?<=;\s)|(?<=^Out\ssince\s⟦\d⟧,\s)|"
                          r"(?<=^Released\son\s⟦\d⟧,\s))"
                          r"(?:(?:[Tt]he|That|This)\s+(?:[\w-]+\s+)?"
                          # "The second OST part is credited to A": the song just named
                          r"(?:track|song|single|ballad|anthem|tune|number|OST\s+part)|[Ii]t\b))|"
                          # "Released on DATE, the second part is a duet credited to A and B"
                          r"(?P<it2>(?<=,\s)the\s+(?:[\w-]+\s+)?(?:part|track|single)(?=\s+(?:is|was)\s+an?\s))|"
                          # "… is “T”: the drama’s first OST part, credited to G, came out …"
                          r"(?P<it3>(?<=:\s)the\s+(?:drama|series|show)[’']s\s+(?:[\w-]+\s+)?"
                          r"(?:OST\s+)?part(?=,\s+credited)))"
                          # ("“T,” also credited to G, on which …")
                          r"(?:,?\s+(?:(?:which|that)\s+)?(?:is|was)\s+(?:also\s+)?|,\s+(?:also\s+)?|"
                          # "“T,” released on DATE and credited to G featuring A"
                          # ("“T,” a duet released on DATE and credited to A and B")
                          # ("“T,” the first OST part, released on DATE and credited to A")
                          r",\s+(?:an?\s+[a-z-]+\s+|(?:the|its)\s+[^,⟨;]{1,40},\s+)?(?:released|issued)\s+"
                          r"(?:on\s+)?⟦\d+⟧,?\s+and\s+|"
                          # ("“T,” from B’s “S,” is credited to A")
                          r",\s+from\s+(?:[^,⟨;]|⟨\d+⟩){1,60}?,\s+(?:is|was)\s+|"
                          # "“T,” the drama’s first OST part, credited to G"
                          # ("“T,” the drama’s ending theme, credited to G")
                          r",\s+(?:the|its)\s+(?:[^,⟨;]|⟨\d+⟩){1,60}?\b(?:part|theme|song|track|"
                          r"single|ballad),\s+(?=credited\s)|"
                          # ("“T,” the theme of “S,” credited to A and sung by her as C")
                          r",\s+the\s+(?:[a-z-]+\s+)?theme\s+(?:song\s+)?of\s+⟨\d+⟩,\s+(?=credited\s)|"
                          r",?\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:duet|song|track|single|ballad)\s+|"
                          r",\s+(?:which\s+)?[a-z]+ed\s+[^,⟨]{0,40},\s+(?:is|was)\s+(?:also\s+)?|"
                          # "“T,” the OST’s first part, is credited to A", "The ballad, part two
                          # of the soundtrack of B’s “S,” is credited to A"
                          # ("“T,” the first OST part, which is credited to A and B")
                          r",\s+(?:(?:a|an|the)\s+|part\s+)(?:[^,⟨;]|⟨\d+⟩){1,60}?,\s+(?:which\s+)?"
                          r"(?:is|was)\s+"
                          r"(?:also\s+)?|"
                          # ("“T,” a February 6 release credited to G": a day among the words)
                          # ("“T,” the “S” duet credited to A and B": the drama's title)
                          r",\s+(?:a|an|the)\s+(?:[\w-]+\s+|⟦\d+⟧\s+|⟨\d+⟩\s+){0,3}?)"
                          # "credited to G, and A sings it": A is the next clause's subject
                          # "“T,” a duet credited to her and the indie singer B"
                          # ("“T,” credited like the others to the band")
                          # ("“T,” released on DATE and billed to A and B": the same)
                          # ("“T,” contributed by G, a trio of …": the same)
                          r"(?:(?:credited|billed)\s+(?:like\s+the\s+(?:others|rest|first|last)\s+)?"
                          rf"to|contributed\s+by)\s+(?:(?P<pro>her|him)\s+and\s+(?=(?:the\s+)?[a-z-]+\s+|{M}))?"
                          rf"(?:{_NOUN}?(?P<a>{_NOUNED_NAMES})(?!\s+(?:also\s+)?(?:sings|sang|"
                          r"performs|performed|records|recorded|raps|rapped|plays|played|is|was)\b)|"
                          r"(?P<theband>the\s+(?:band|group|duo|trio|quartet|quintet|sextet)\b))"
                          rf"(?:\s+(?:featuring|feat\.|ft\.)\s+{_NOUN}?(?P<f>{M}))?")
# "“T,” a track from the soundtrack of B’s “S”": the recording the clause goes on about.
_TRACK_FROM = rx.compile(rf"(?P<r>{M}),?\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:track|song|"
                         rf"single|ballad|number|duet)\s+(?:from|on|off)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:soundtrack|OST|album)\s+(?:of|for|to)\s+[^,;]{{0,40}}$")
# "“T” from “S,” credited to A": the song named right before the drama it comes from.
_SONG_FROM_SERIES = rx.compile(rf"(?P<r>{M}),?\s+from\s+$")
# "A, …, also shares billing with B on the duet “T,” on which she takes the verses and he sings
# the chorus": both are credited, and both sing where the clause after says so.
_SHARES_BILLING = rx.compile(rf"(?P<a>{M})(?:,\s+[^,;]{{1,80}},)?\s+(?:also\s+)?(?:shares|shared|"
                             rf"split|splits)\s+(?:top\s+)?(?:billing|credit)\s+with\s+{_NOUN}?"
                             rf"(?P<b>{M})\s+on\s+(?:the\s+)?(?:[\w-]+\s+)?(?:duet|song|single|"
                             rf"track|ballad)\s*,?\s+(?P<r>{M})(?P<sung>,?\s+on\s+which\s+"
                             r"(?:she|he)\s+(?:takes|sings|handles)\b[^;]*\band\s+(?:she|he)\s+"
                             r"(?:takes|sings|handles)\b)?")
# "a ballad by A titled T", "a song from A called T".
_BY_TITLED = rx.compile(
    r"\b(?:song|single|track|ballad|number|anthem|duet|OST|tune)\s+(?:by|from)\s+"
    rf"{_NOUN}?(?P<a>{NAMES})\s*,?\s+(?:titled|called|entitled|named)\s+(?P<r>{M})")
# "T, the opening theme, comes from boy band G".
# "A second track, “T,” comes from G".
_COMES_FROM = rx.compile(rf"(?P<r>{M})(?:\s*,[^,⟨]{{0,50}},|,)?\s+(?:comes|came)\s+from\s+{_NOUN}?"
                         rf"(?P<a>{M})")
# "A and B's duet T": both are credited.
_PAIR_OWNED = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:duet|"
                         rf"collaboration|single|song|track|ballad|number)\s*,?\s+(?P<r>{M})")
# "T, the A and B duet", "the A and B duet T": both are credited.
_PAIR_DUET = rx.compile(rf"(?:(?P<r>{M}),\s+)?(?:the|a)\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+"
                        rf"duet\b(?(r)|\s*,?\s+(?P<r2>{M}))")
# "his solo single T", "her new ballad T": the person the sentence is about.
_HIS_SINGLE = rx.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?(?:single|song|"
                         rf"track|ballad|OST|number|duet|anthem)\s*,?\s+(?P<r>{M})|"
                         # "She recorded the opening theme, her own “T,” …"
                         rf"(?<=,\s)(?:[Hh]is|[Hh]er)\s+own\s+(?P<r2>{M})|"
                         # "“T,” her ballad for the medical drama “S”"
                         rf"(?P<r3>{M}),\s+(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:[a-z-]+\s+){{0,2}}?"
                         r"(?:single|song|track|ballad|OST|number|duet|anthem)\s+(?:for|from|on)\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:drama|series|show)\b")
# "The band is already on the charts. Its pre-release single, “T,” …": the band's recording.
_ITS_SINGLE = rx.compile(r"^\s*(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}?(?:single|song|track|ballad|"
                         rf"anthem)\s*,?\s+(?P<r>{M})")
# "T, the band anthem he sings in character": who sings.
# "T, the G duet that A recorded in character with B": both sing.
_HE_SINGS = rx.compile(rf"(?P<r>{M}),\s+(?:the|a|an)\s+(?:(?:[a-z-]+|{M})\s+){{0,3}}?"
                       r"(?:song|anthem|ballad|track|single|number|tune|duet|jam|cut|bop|lullaby|"
                       # "…, a G album track on the “S” OST that he sings as C"
                       rf"serenade)(?:\s+on\s+the\s+(?:{M}\s+)?(?:OST|album|soundtrack))?\s+"
                       r"(?:that\s+|which\s+)?"
                       r"(?:he|she|(?P<a>⟨\d+⟩))\s+(?:also\s+)?"
                       r"(?:sings|sang|performs|performed|recorded|records|cut)\b"
                       r"(?P<cw>\s+in\s+character)?"
                       # "… in character as DJ C", "… in character as the pharmacist C"
                       rf"(?:(?:(?<=character)|(?<=\bcut)|(?<=\bsings)|(?<=\bsang))\s+as\s+(?:[A-Z]{{2,}}\s+|the\s+(?:[a-z-]+\s+){{0,2}}?|"
                       # ("… in character as the band’s lead singer, C")
                       rf"the\s+band[’']s\s+(?:[a-z-]+\s+)?[a-z-]+,\s+)?"
                       rf"(?P<c>{M}))?(?:\s+with\s+(?P<b>{M}))?")
# "…, with B as D on the harmonies": B sings too, as D.
_WITH_AS_ON = rx.compile(rf"^(?:,\s+(?:the\s+)?[^,⟨]{{0,50}})?,\s+with\s+(?P<b>{M})\s+as\s+"
                         rf"(?P<d>{M})\s+on\s+(?:the\s+)?(?:harmonies|backing\s+vocals|vocals|chorus|verses?|"
                         r"bridge|rap)\b")
# "On “T,” A sings as the lane mechanic C", "A, who plays C, steps up to the mic as C", "A
# leads it in character": A sings, in character, the song the sentence or the article names.
_SINGS_AS = rx.compile(
    # "is credited to A himself, who sings it in character as C"
    rf"(?P<a>{M})(?:\s+(?:himself|herself))?(?:,\s+who\s+[^,]{{0,60}},|,\s+who)?\s+(?:also\s+)?"
    r"(?:(?:sings|sang|performs|performed|raps|rapped|(?:steps|stepped)\s+up\s+to\s+the\s+"
    r"mic(?:rophone)?)\s+(?:it\s+)?(?:in\s+character\s+)?as\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?"
    # ("A sings as G’s frontwoman, C": the part's place in its band first)
    rf"(?:{M}[’']s\s+{BAND_ROLES},\s+)?"
    # ("A, who plays C, takes the lead vocal himself and sings it in character")
    rf"(?P<c>{M})(?![’']s)|(?:(?:takes|took)\s+the\s+lead\s+vocals?\s+(?:(?:himself|herself)\s+)?"
    r"and\s+)?(?:leads|led|sings|sang|carries|carried|fronts|fronted)\s+it\s+"
    r"(?P<cw>in\s+character))")
# "A sings as C, the band’s lead vocalist, and B as its bassist, D": the verb left out for B.
# ("A sings as C and B as D": no comma)
_GAPPED_SINGER_AS = rx.compile(rf"(?:,\s+(?:the|a|an)\s+[^,;⟨]{{1,40}},|,)?\s+and\s+(?P<b>{M})\s+"
                               r"as\s+(?:(?:its|their|the\s+(?:band|group)[’']s)\s+[a-z-]+"
                               r"(?:\s+[a-z-]+)?,\s+)?"
                               rf"(?P<d>{M})(?![’']s)")
# "on which A sings alongside his groupmates B and C": all three sing the song named before.
# "“T” features her bandmates A and B on the verses": they sing T.
_ALONGSIDE = rx.compile(
    rf"(?:(?P<a>{M})\s+(?:also\s+)?(?:(?:sings|sang|performs|performed|raps|rapped)"
    r"(?:\s+the\s+(?:hook|chorus|verses|bridge|lead|melody))?|"
    # "A shares the verses with groupmates B and C"
    r"(?:shares|shared|splits|split|trades|traded)\s+the\s+(?:verses|vocals|lines|chorus))\s+"
    r"(?:alongside|with)|"
    r"\b(?:features|featured|showcases|showcased))\s+"
    r"(?:(?<=with\s)|(?:his|her|their)\s+(?:[a-z-]+\s+)?)(?:groupmates|bandmates|fellow\s+members)\s+"
    rf"(?P<list>{NAMES})")
# "A and B take the verses, while C and D … stack the harmonies", "all four members, A, B, C
# and D, sing a line each", "A handles the melody of “T”": each sings the song (the one named
# after the part, else the one spoken of).
_PARTS_TAKEN = rx.compile(
    rf"(?P<list>{NAMES}),?(?:\s+(?:the|a|an|his|her|their)\s[^⟨;,]{{0,60}},)?\s+(?:also\s+)?"
    r"(?:take|takes|took|handle|handles|handled|stack|stacks|stacked|sing|sings|sang|carry|"
    r"carries|carried|trade|trades|traded|split|splits|share|shares|shared|opens|opened|"
    # ("B and C harmonise on the bridge")
    r"harmoni[sz]e|harmoni[sz]es|harmoni[sz]ed|"
    # ("B and C join him for the chorus": after the one who opens it)
    r"join(?:s|ed)?\s+(?:him|her|them)\s+(?:for|on|in)|"
    # ("A opens the first verse", "B carries the soaring last chorus", "A opens with the …")
    r"closes|closed)\s+(?:(?<=opens\s)with\s+|(?<=opened\s)with\s+|(?<=e\s)on\s+|(?<=d\s)on\s+)?(?:the\s+(?:(?:first|second|third|last|final|opening|closing|soaring|"
    r"big|quiet|high|middle)\s+){0,2}|"
    # ("…, which A opens with a solo verse")
    r"(?<=with\s)an?\s+(?:[a-z-]+\s+)?(?=verse|line))?"
    r"(?:verses?|harmon(?:y|ies)|(?:pre-)?chorus|hook|bridge|melody|lines|vocals|high\s+notes?|"
    # ("A opens the song, B and C carry the chorus, …": the song's first lines)
    r"(?<=opens\sthe\s)song|(?<=opened\sthe\s)song|"
    # ("A opens it, and B sings the closing verse": the song spoken of)
    r"(?<=⟩\sopens\s)it(?=,\s+and\s)|(?<=⟩\sopened\s)it(?=,\s+and\s)|"
    r"(?:a|one)\s+(?:line|verse)\s+each)"
    rf"\b(?:\s+(?:of|on)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?(?P<r>{M}))?"
    # ", C and D the chorus": the verb left out of the next clause
    rf"(?:,\s+(?:and\s+|while\s+)?(?P<more>{NAMES})\s+the\s+(?:verses?|harmon(?:y|ies)|"
    r"(?:pre-)?chorus|hook|bridge|melody|rap)\b)?")
# "G, whose members A and B trade the verses, recorded “T”": the verb and title after the clause
_WHOSE_CLAUSE_THEN = rx.compile(rf"[^,;⟨]{{0,30}},\s+(?:also\s+)?(?:recorded|records|released|"
                                rf"sang|sings|cut|put\s+out|performs|performed)\s+(?P<r>{M})")
_PARTICIPLE = rx.compile(r"(?:ed|sung|written|helmed|led|made|shown|seen|run|won|held|hosted|"
                         r"known|joined|followed|broadcast|shot|set|cast|hit|put|produced|"
                         r"directed|penned|composed|arranged)\s*$")
_KOREAN_NAME = rx.compile(r"^(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+-[A-Za-z][a-z]*$")
_SUNG_IN_CHARACTER_AFTER = rx.compile(rf"(?:\s+from\s+{M})?,?\s+on\s+which\s+[^;.]{{0,60}}?\b"
                                      r"(?:sing|sings|sang|duet|duets)\s+in\s+character\b")
# A family name of up to four letters and a given name written as one word ("Xxx Yyyyy").
_UNHYPHENATED_NAME = rx.compile(r"[A-Z][a-z]{1,3}\s+[A-Z][a-z]{3,7}")


# "A sang every line of “T” herself, in character as C"
_SANG_EVERY = rx.compile(rf"(?P<a>{M})\s+(?:sang|sings|recorded|records)\s+(?:every\s+(?:line|note|"
                         rf"word)\s+of|all\s+of|the\s+whole\s+of)\s+(?P<t>{M})"
                         rf"(?:\s+(?:herself|himself))?(?:,?\s+in\s+character\s+as\s+(?P<c>{M}))?")
# "A takes the vocal on “T”"
# ("A, a blues singer with no role on screen, provides the voice on “T”")
_VOCAL_ON = rx.compile(rf"(?P<a>{M})(?:,\s+(?:a|an|the)\s+[^,⟨;]{{1,60}},)?\s+(?:takes|took|"
                       r"handles|handled|provides|provided|supplies|supplied)\s+the\s+(?:lead\s+)?"
                       rf"(?:vocals?|voice)\s+on\s+(?P<t>{M})")
# "… and B answers on the chorus as C": B sings the song spoken of, in character.
# ("… and B answers him as C": the same)
_ANSWERS_AS = rx.compile(rf"(?P<a>{M})\s+(?:answers|answered|replies|replied|comes\s+in|came\s+in)"
                         r"\s+(?:(?:him|her|them)\s+)?"
                         # ("A takes the first verse; B answers in character as C")
                         rf"(?:on\s+the\s+(?:chorus|bridge|hook|verses?)\s+)?(?:in\s+character\s+)?"
                         rf"as\s+(?P<c>{M})")
# "“T” is sung by A, who …, and by his groupmate B"
_AND_BY = rx.compile(rf"(?P<t>{M})\s+(?:is|was)\s+sung\s+by\s+{M}(?:,[^;]*?)?,?\s+and\s+by\s+"
                     rf"(?:(?:his|her|their)\s+(?:[a-z-]+\s+)?)?(?P<b>{M})")
# "… and their groupmate C takes the high note": C sings the song spoken of too.
_MATE_TAKES = rx.compile(rf"\b(?:groupmate|bandmate|member)\s+(?P<a>{M})\s+(?:takes|took|hits|hit|"
                         r"handles|handled)\s+the\s+(?:high\s+note|chorus|bridge|hook|verses?)\b")
# "A leads the drama as C, …, and recorded “T” in character as D": A sings T, as D.
_AND_RECORDED_AS = rx.compile(rf"^\s*(?P<a>{M})\s+(?:leads|led|stars\s+in|starred\s+in|headlines|"
                              r"headlined|plays|played)\s+[^;]*?,?\s+and\s+(?:recorded|records|"
                              rf"sang|sings)\s+(?P<t>{M})(?:\s+(?:herself|himself))?\s+in\s+"
                              rf"character\s+as\s+(?P<c>{M})")
# "The ballad singer A, …, contributed “T” to the album, singing in character as C": A's
# recording, sung as C.
_CONTRIBUTED_TO = rx.compile(rf"(?P<a>{M})(?:,[^;⟨]*?,)?\s+"
                             r"(?:contributed|contributes|lent|lends)\s+"
                             r"(?P<t>⟨\d+⟩)\s+to\s+the\s+(?:album|soundtrack|OST)\b"
                             rf"(?:,\s+singing\s+(?:it\s+)?in\s+character\s+as\s+(?P<c>{M}))?")
# "“T” by G, whose member A sings its opening lines": A sings T.
_BY_G_WHOSE_MEMBER = rx.compile(rf"(?P<t>{M}),?\s+by\s+{M},\s+whose\s+(?:[a-z-]+\s+)?member\s+"
                                 rf"(?P<a>{M})\s+(?:sings|sang|takes|took)\s+(?:its|the)\s+"
                                 r"(?:[a-z-]+\s+)?(?:lines|verses?|chorus|bridge|hook)\b")
# "“T,” sung by the girl group G, with G’s A and B carrying the melody between them": A and
# B sing T, and are G's.
_WITH_GS_CARRYING = rx.compile(rf"(?P<t>{M}),\s+sung\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?"
                               rf"(?:group|band)\s+{M},\s+with\s+(?P<g>{M})[’']s\s+"
                               rf"(?P<list>{NAMES})\s+(?:carrying|singing|sharing|splitting|"
                               r"taking)\s+(?:the\s+)?(?:melody|lead|vocals|verses|chorus)\b")
# "… want to hear A and B singing “T”": they sing T.
_HEAR_SINGING = rx.compile(rf"\bhear\s+(?P<list>{NAMES})\s+(?:singing|sing)\s+(?P<t>{M})")
# "On “T” the verses go to A and B": they sing T.
_ON_T_VERSES_GO_TO = rx.compile(rf"^\s*On\s+(?P<t>{M}),?\s+the\s+(?:verses|vocals|lines|chorus)\s+"
                           rf"(?:go|went)\s+to\s+(?P<list>{NAMES})")
# "…, and her bandmate B answers in the chorus": B sings the song spoken of too.
_MATE_ANSWERS = rx.compile(rf"\b(?:bandmate|groupmate|fellow\s+member)\s+(?P<a>{M})\s+(?:answers|"
                           r"answered|replies|replied|comes\s+in|came\s+in)\s+(?:in|on)\s+the\s+"
                           r"(?:chorus|choruses|bridge|hook)\b")
# "“T” is A's duet with her screen partner B, sung by the two of them as C and D"
_NOUN_DUET_WITH = rx.compile(rf"(?P<t>{M})\s+is\s+(?P<a>{M})[’']s\s+duet\s+with\s+"
                             rf"(?:(?:his|her|their)\s+)?(?:[a-z-]+\s+){{0,3}}?(?P<b>{M})"
                             rf"(?:,\s+sung\s+by\s+(?:the\s+two\s+of\s+them|both)\s+as\s+(?P<c>{M})"
                             rf"\s+and\s+(?P<d>{M}))?")


# "A, the actress behind …, sings the opener, “T,” in character"
_SINGS_THE_OPENER = rx.compile(rf"^\s*(?P<a>{M})(?:,[^;⟨]*?(?:{M}[^;⟨]*?)*,)?\s+(?:sings|sang)\s+"
                               r"the\s+(?:opener|closer|title\s+track|lead\s+single|finale),\s+"
                               rf"(?P<t>{M}),?(?P<ic>\s+in\s+character)?")


def _quoted_recording(article: Article, s: Sentence, slot: str | None
                      ) -> tuple[str, str | None] | None:
    """The recording a quoted title in ``slot`` stands for (none for an unquoted name)."""
    title = s.mention(slot)
    return article.recording(title, []) if title is not None and title.quoted else None


def _sung_lines(article: Article, s: Sentence) -> None:
    """Vocals said in a few more ways: every line, the vocal on, answers as, and by B."""
    for m in [*_SANG_EVERY.finditer(s.masked), *_VOCAL_ON.finditer(s.masked)]:
        _person_sings(article, s, _quoted_recording(article, s, m["t"]), s.mention(m["a"]),
                      s.mention(m["c"]) if m.groupdict().get("c") else None)
    for m in _SINGS_THE_OPENER.finditer(s.masked):
        _person_sings(article, s, _quoted_recording(article, s, m["t"]), s.mention(m["a"]),
                      in_character=bool(m["ic"]))
    for m in _ANSWERS_AS.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]),
                      s.mention(m["c"]))
    for m in _AND_BY.finditer(s.masked):
        _person_sings(article, s, _quoted_recording(article, s, m["t"]), s.mention(m["b"]))
    for m in _MATE_TAKES.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]))
    for m in _AND_RECORDED_AS.finditer(s.masked):
        _person_sings(article, s, _quoted_recording(article, s, m["t"]), s.mention(m["a"]),
                      s.mention(m["c"]))
    for m in _CONTRIBUTED_TO.finditer(s.masked):
        got, singer = _quoted_recording(article, s, m["t"]), s.mention(m["a"])
        if got is not None and _artistlike(article, singer, loose=True):
            _credit(article, s, s.mention(m["t"]), singer)
            _person_sings(article, s, got, singer, s.mention(m["c"]) if m["c"] else None)
    for m in _BY_G_WHOSE_MEMBER.finditer(s.masked):
        _person_sings(article, s, _quoted_recording(article, s, m["t"]), s.mention(m["a"]))
    for m in chain(_WITH_GS_CARRYING.finditer(s.masked), _HEAR_SINGING.finditer(s.masked),
                   _ON_T_VERSES_GO_TO.finditer(s.masked)):
        got = _quoted_recording(article, s, m["t"])
        singers = s.mentions_in(m["list"])
        for singer in singers:
            _person_sings(article, s, got, singer)
        if got is not None and m.groupdict().get("g"):  # "with G’s A and B …": G's members
            _members_of_named(article, s, s.mention(m["g"]), singers)
    for m in _MATE_ANSWERS.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]))
    for m in _NOUN_DUET_WITH.finditer(s.masked):
        got = _quoted_recording(article, s, m["t"])
        for artist, role in (("a", "c"), ("b", "d")):
            singer = s.mention(m[artist])
            if got and _artistlike(article, singer, loose=True):
                _credit(article, s, s.mention(m["t"]), singer)
                _person_sings(article, s, got, singer, s.mention(m[role]) if m[role] else None)


def _keyed_entry(article: Article, s: Sentence) -> None:
    """"BOOTH 2 ▸ “T”" over "On screen: A feat. B": the keyed line credits the title above."""
    text = article.text
    head = ENTRY_TITLE_LINE.match(text, s.start)
    if head is None or text[head.end():head.end() + 1] != "\n":
        return
    line_end = text.find("\n", head.end() + 1)
    credit = CREDIT_FIELD.fullmatch(text, head.end() + 1, s.end if line_end < 0 else
                                    min(line_end, s.end))
    if credit is not None:
        _list_item(article, s, head.start("t") - 1, head.end("t") + 1, credit.start("a"),
                   credit.end("a"))


# A keyed line under an entry's credit that names who sings ("Up against: A, singing as C",
# "Vocals: A as the bassist C, with B adding backing vocals in character as the drummer D").
_KEYED_VOICES = rx.compile(
    rf"(?P<who>{NAMES}|the\s+(?:actor|actress|singer))(?:\s+(?:himself|herself|themselves))?"
    r"(?P<rest>.*)")
_KEY = rx.compile(r"[ \t]*[A-Z][\w’' -]{0,25}:[ \t]+")


def _keyed_values(s: Sentence) -> list[str]:
    """The values of the "Key: value" lines of a sentence that spans lines, each masked like
    the sentence (its names as the sentence's placeholders); a line without a key continues
    the value above it, wrapped."""
    text, out = s.text, []
    pos = text.find("\n", s.start, s.end)
    while 0 <= pos < s.end:
        end = text.find("\n", pos + 1, s.end)
        end = s.end if end < 0 else end
        key = _KEY.match(text, pos + 1, end)
        start = key.end() if key is not None else pos + 1
        value, at = [], start
        for i, x in enumerate(s.mentions):
            if start <= x.start and x.end <= end:
                value.append(text[at:x.start] + f"⟨{i}⟩")
                at = x.end
        line = "".join(value) + text[at:end]
        if key is not None:
            out.append(line)
        elif out:
            out[-1] += " " + line
        pos = end if end < s.end else -1
    return out
_VOICE_CUE = rx.compile(r"\b(?:sings?|singing|sung|vocals?|duet|raps?|rapping|in\s+character|"
                        r"as\s+(?:the\s+[a-z-]+\s+)?⟨)")
_VOICE_AS = rx.compile(rf"^,?\s+(?:singing\s+|once\s+again\s+|again\s+)?(?:in\s+character\s+)?"
                       rf"as\s+(?:the\s+(?P<n>[a-z-]+)\s+)?(?P<c>{M})")
_VOICE_WITH = rx.compile(rf",\s+with\s+(?:(?:his|her|their)\s+(?P<mate>group-?mate|bandmate)\s+)?"
                         rf"(?P<w>{M})\s+(?P<part>(?:adding|on|singing|taking|doing)\s+"
                         r"(?:the\s+)?(?:[a-z-]+\s+)?(?P<kind>vocals|harmonies|rap|verses?|chorus|"
                         r"hook|ad-libs)\b)(?:\s+in\s+character)?"
                         rf"(?:\s+as\s+(?:the\s+(?P<wn>[a-z-]+)\s+)?(?P<wc>{M}))?")


# "… as C and D, the band’s lead singer and its keyboard player": each part's place in the band.
_PLACE = (r"(?:lead\s+)?(?:singer|vocalist)|frontwoman|frontman|drummer|bassist|guitarist|"
          r"keyboardist|keyboard\s+player|bass\s+player")
_THE_BANDS_TWO = rx.compile(rf",\s+the\s+band[’']s\s+(?P<r1>{_PLACE})\s+and\s+its\s+"
                            rf"(?P<r2>{_PLACE})\b")


def _places_in_band(article: Article, s: Sentence, got: tuple[str, str | None] | None,
                    m: re.Match[str]) -> None:
    """"A and B trade its lines in character as C and D, the band’s lead singer and its keyboard
    player": C and D (slots c and d) hold those places in the one band credited with ``got``."""
    roles = _THE_BANDS_TWO.match(s.masked, m.end()) if got else None
    bands = [k for k in article.credits.get(got[0], ()) if article.is_a(k, (BAND, GROUP))] \
        if roles and got else []
    if len(bands) != 1:
        return
    for part, role in ((m["c"], roles["r1"]), (m["d"], roles["r2"])):
        character = article.resolve(s.mention(part), (CHARACTER,), None, [])
        if character:
            lead = "lr:leadVocalistOf" if re.match(r"(?:lead\s+)?(?:singer|vocalist)|front",
                                                   role) else None
            article.claim(s.start, s.end, "membership",
                          modelling.in_story_member(character, bands[0], lead), [], character,
                          bands[0])


def _band_part(article: Article, s: Sentence, character: str | None, noun: str | None,
               bands: list[str]) -> None:
    """"as the bassist C" on a song credited to one band or group: C is in that band."""
    if character and noun and re.fullmatch(BAND_ROLES, noun) and len(bands) == 1:
        article.claim(s.start, s.end, "membership",
                      modelling.in_story_member(character, bands[0]), [], character, bands[0])


def _keyed_voices(article: Article, s: Sentence) -> None:
    """The singers a keyed entry's line names under its credit line: each sings the title
    above, as the character named after "as"; a character's band part on a band's song, and a
    "groupmate" on a group's, put them in that band or group."""
    head = ENTRY_TITLE_LINE.match(article.text, s.start)
    title = next((x for x in s.mentions if x.quoted), None)
    values = _keyed_values(s)
    if head is None or title is None or article.text[head.end():head.end() + 1] != "\n" or \
            len(values) < 2 or CREDIT_FIELD.match(article.text, head.end() + 1) is None:
        return
    got = _recording(article, title, [])
    if got is None:
        return
    credited = [k for k in article.credits.get(got[0], ()) if article.is_a(k, (BAND, GROUP))]
    people = [k for k in article.credits.get(got[0], ()) if article.is_a(k, PERSON)]
    for m in filter(None, map(_KEYED_VOICES.fullmatch, values[1:])):
        if not _VOICE_CUE.search(m["rest"]):
            continue
        named = s.mentions_in(m["who"])
        if not named and len(people) == 1:  # "the actress, once again as C": the one credited
            singers = [(people[0], None)]
        else:
            singers = [(None, x) for x in named if _artistlike(article, x, loose=True)]
        rapping = re.match(r",?\s+(?:while\s+|and\s+)?(?:⟨\d+⟩\s+)?raps?\b", m["rest"])
        if rapping and not named:
            continue
        sung_as = _VOICE_AS.match(m["rest"])
        role = s.mention(sung_as["c"]) if sung_as and len(singers) == 1 else None
        keys = []
        for key, mention in singers:
            who = key or (_artist(article, mention, [], prefer_person=True))
            if who is None or not article.is_a(who, PERSON):
                continue
            character = article.resolve(role, (CHARACTER,), CHARACTER, []) if role else None
            _vocals(article, s, got, who, character, [])
            keys.append(who)
            _band_part(article, s, character, sung_as["n"] if sung_as else None, credited)
        joined = _VOICE_WITH.search(m["rest"])
        if joined is None:
            continue
        other = s.mention(joined["w"])
        who = _singer(article, other, [])
        if who is None or not article.is_a(who, PERSON):
            continue
        if joined["kind"] != "rap":
            character = article.resolve(s.mention(joined["wc"]), (CHARACTER,), CHARACTER, []) \
                if joined["wc"] else None
            _vocals(article, s, got, who, character, [])
            _band_part(article, s, character, joined["wn"], credited)
        if joined["mate"] and len(credited) == 1 and article.is_a(credited[0], GROUP) and \
                not article.is_a(credited[0], BAND):
            for member in [*keys, who]:  # "A and B, with their groupmate C on the rap"
                article.claim(s.start, s.end, "membership",
                              modelling.member(member, credited[0]), [], member, credited[0])


def _bulleted_title(article: Article, s: Sentence) -> None:
    """"— “T,” the debut, out March 26." under "It leaves three singles:": the band's."""
    intro = article.intro
    found = _INTRO_CREDIT.search(intro.masked) if intro is not None and intro is not s else None
    title = s.mentions[0] if s.mentions else None
    if found is None or not found["it"] or title is None or not title.quoted or \
            not re.match(r"\s*[—–•▪*-]\s+⟨0⟩", s.masked):
        return
    _band_title(article, s, title)


def _band_title(article: Article, s: Sentence, title: Mention) -> None:
    """A title listed under "It leaves three singles:": the band spoken of is credited."""
    band = band_before(article)
    got = _recording(article, title, []) if band else None
    if got:
        _credit_to(article, s, got, band, [])


def apply(article: Article, s: Sentence) -> None:
    """Propose the credit and vocal claims of one sentence or list line."""
    if s.kind == "list":
        _list(article, s)
        return
    if s.kind == "entry":
        return  # "C · A" over a who's-who entry: a character and an actor, no title
    if s.kind == "row":
        _row(article, s)
        return
    if s.kind == "field":  # "- Best OST: “T,” A" in a winners list
        field = _FIELD_CREDIT.match(s.masked)
        title, artist = (s.mention(field["r"] or field["r2"]),
                         s.mention(field["a"] or field["a2"])) if field else (None, None)
        if title is not None and title.quoted and (_artistlike(article, artist, loose=True) or
                                                   _capitals_group(article, artist)):
            _credit(article, s, title, artist)
        # "OST: “T1” - A (Part 1); “T2” - B, C (Part 2)" in a fact box
        for item in _FIELD_ITEM.finditer(s.masked):
            title = s.mention(item["r"])
            for artist in s.mentions_in(item["a"]) if title is not None and title.quoted else []:
                if _artistlike(article, artist, loose=True) or _capitals_group(article, artist):
                    _credit(article, s, title, artist)
        return
    for m in chain(_A_SONG_BY_CAPITALS.finditer(s.masked), _TOOK_THE_STAGE.finditer(s.masked)):
        group = s.mention(m["g"])
        if _capitals_group(article, group):  # "… to a song by G": G is the group spoken of
            article.resolve(group, (GROUP, BAND), GROUP, [])
    _band_songs(article, s)
    _bulleted_title(article, s)
    _bands_own(article, s)
    _keyed_entry(article, s)
    _keyed_voices(article, s)
    _by(article, s)
    _sung_lines(article, s)
    _sung_as_player(article, s)
    for m in _CONTRIBUTED.finditer(s.masked):
        title = s.mention(m["r"])
        if _is_title(article, title) and \
                _artistlike(article, s.mention(m["a"]), loose=True):
            _credit(article, s, title, s.mention(m["a"]))
            first = s.mention(m["a0"]) if m["a0"] else None
            if first is not None and not first.quoted and _artistlike(article, first, loose=True):
                _credit(article, s, title, first)
    for m in _FEATURED_CREDIT.finditer(s.masked):
        artist = s.mention(m["a"]) if m["a"] else next(
            (x for x in reversed(s.mentions_in(s.masked[:m.start()])) if not x.quoted), None)
        got = _spoken_of(article, s, m.start())
        who = _artist(article, artist, [], prefer_person=True) \
            if got is not None and _artistlike(article, artist, loose=True) else None
        if who:
            _credit_to(article, s, got, who, [])
    for m in _JOINED_ON_VOCALS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _sing_on(article, s, got, [s.mention(m["a"]), *s.mentions_in(m["list"])], [])
    for m in _CREDITED.finditer(s.masked):
        recordings = []
        for mention in s.mentions_in(m["list"]):
            got = _credit(article, s, mention, s.mention(m["a"]))
            if got:
                recordings.append(got)
        if len(recordings) > 1:
            article.recording_lists.append(recordings)
    for m in _THE_CREDITED_ARTISTS.finditer(s.masked):
        title = s.mention(m["r"])
        for artist in s.mentions_in(m["list"]) if _is_title(article, title) else ():
            if _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
    for m in _WITH_ADDING.finditer(s.masked) if not _THE_NTH_IS.match(s.masked) else ():
        got = _spoken_of(article, s, m.start())
        _person_sings(article, s, got, s.mention(m["a"]), s.mention(m["c"]) if m["c"] else None)
    for m in _RELEASED_BY.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if title is not None and title.quoted and _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)
    for m in _OWNED.finditer(s.masked):
        artist, title = s.mention(m["a"]), s.mention(m["r"])
        if not _possessive_fits(m["pos"], artist):
            continue
        # "G’s “T,” the drama’s first OST part": the apposition makes T a song, G its artist
        song = bool(title is not None and title.quoted and (
            _SONG_APPOSITION.match(s.masked, m.end()) or
            _PART_BEFORE.search(s.masked, 0, m.start())))  # "Part 3, G’s “T,” came out …"
        # ("G’s “T” follows, its chorus led by A of the group": G a group, said after)
        grouped = artist is not None and not artist.quoted and " " not in artist.text and \
            _OF_THE_GROUP.match(s.masked, m.end()) is not None
        # ("G’s “T” from “S,” on which A and B sing in character as C and D": the story's band)
        banded = artist is not None and not artist.quoted and " " not in artist.text and \
            not artist.resolution.entities and not artist.initial and \
            _SUNG_IN_CHARACTER_AFTER.match(s.masked, m.end()) is not None
        # ("G’s “T” has gone past N plays on P": a one-word name owning a counted record)
        counted = artist is not None and not artist.quoted and " " not in artist.text and \
            not artist.resolution.entities and article.hints.get(_form(artist)) is None and \
            title is not None and title.quoted and \
            (_COUNTED_AFTER.match(s.masked, m.end()) or _PLACED_AFTER.match(s.masked, m.end()))
        # ("X Yyyyy’s “T”": a personal name written without its hyphen)
        if title is None or not (_artistlike(article, artist, loose=song) or counted or
                                 _capitals_group(article, artist) or grouped or banded or (
                                     artist is not None and not artist.resolution.entities and
                                     _UNHYPHENATED_NAME.fullmatch(artist.text))) \
                or not _owning(m.group()) or _series_like(article, title) or \
                channel_letters(article, artist, title):
            continue
        if grouped:
            article.hints.setdefault(_form(artist), GROUP)
        if banded:
            article.hints.setdefault(_form(artist), BAND)
        if (title.quoted and not title.resolution.entities) or _known_recording(article, title):
            _credit(article, s, title, artist)
            led = _OF_THE_GROUP.match(s.masked, m.end())
            got = _recording(article, title, []) if led else None
            if got is not None:  # ("…, its chorus led by A of the group")
                _person_sings(article, s, got, s.mention(led["a"]))
                _members_of_named(article, s, artist, [s.mention(led["a"])])
            # ("A and B’s “T”": the pair's)
            pair = re.search(rf"(?:^|[\s,;:])(?P<p>{M})\s+and\s+$", s.masked[:m.start()])
            # ("“U” by A and B’s “T”": A is U's; not "The day ends with A and B’s “T”")
            first = s.mention(pair["p"]) if pair and not re.search(
                r"\b(?:by|to|from|(?<!\bends\s)(?<!\bopens\s)(?<!\bcloses\s)(?<!\bstarts\s)"
                r"(?<!\bbegins\s)with)\s+$",
                s.masked[:pair.start("p")]) else None
            if first is not None and not first.quoted and \
                    _artistlike(article, first, loose=True) and not _is_group(article, first):
                _credit(article, s, title, first)
    for m in chain(_NICKNAME_OWNED.finditer(s.masked), _TITLE_NICKNAMES.finditer(s.masked)):
        # "the Lanterns’ “T”", "“T,” the Lanterns’ second single"
        artist, title = s.mention(m["a"]), s.mention(m["r"])
        band = article.ensemble_by_nickname(artist.text) if artist is not None else None
        got = _recording(article, title, []) if band and _is_title(article, title) else None
        if got:
            _credit_to(article, s, got, band, [])
    _topic_credit(article, s)
    _band_singles(article, s)
    for m in _FROM_HIS_GROUP.finditer(s.masked):
        title = s.mention(m["r"])
        who = article.resolve(s.mention(m["a"]), (PERSON,), None, []) \
            if _is_title(article, title) else None
        group = group_of(article, who)
        got = _recording(article, title, []) if group else None
        if got:
            _credit_to(article, s, got, group, [])
    for m in _TITLE_APPOSED_OWNER.finditer(s.masked):
        title = s.mention(m["r"])
        if title is None or not title.quoted or _series_like(article, title):
            continue
        for slot in ("a", "b"):
            artist = s.mention(m[slot]) if m[slot] else None
            if artist is not None and (_artistlike(article, artist, loose=True) or
                                       _capitals_group(article, artist)) and \
                    _possessive_fits(m["pos"], artist):
                _credit(article, s, title, artist)
    their = _THEIR_TITLE.match(s.masked)
    title = s.mention(their["r"]) if their else None
    group = article.recent.get(GROUP)
    before = article.previous
    named = [x for x in before.mentions if not x.quoted and _capitals_group(article, x)] \
        if their and before is not None else []
    if len(named) == 1:  # "Girl group G rounds out the four. Their “T” …": G's
        group = article.resolve(named[0], (GROUP, BAND), GROUP, [])
    elif their and their["noun"] and group is not None and not any(
            article.resolve(x, (GROUP, BAND), None, []) == group for x in before.mentions):
        group = None  # ("The G have a trophy. Their first single, “T,” …": only the group
        # the sentence before named)
    if title is not None and group is not None and _is_title(article, title):
        got = _recording(article, title, [])  # "Their “T” opened our drama": the group's
        if got:
            _credit_to(article, s, got, group, [])
    for m in _WHO_DUET_ON.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        for singer in s.mentions_in(m["list"]) if got else ():
            if _artistlike(article, singer, loose=True):
                _credit(article, s, title, singer)
                _person_sings(article, s, got, singer)
    for m in _WITH_VOCALS_BY.finditer(s.masked):
        _person_sings(article, s, _quoted_recording(article, s, m["r"]), s.mention(m["a"]),
                      s.mention(m["c"]) if m["c"] else None)
    for m in _WHO_SING_IT.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        for singer in s.mentions_in(m["list"]) if got else ():
            _person_sings(article, s, got, singer)
    for m in _TAKES_THE_VOCALS_ON.finditer(s.masked):
        _titled_singer(article, s, m)
    for m in _CARRY_ITS_PART.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for singer in s.mentions_in(m["list"]) if got else ():
            _person_sings(article, s, got, singer)
    for m in _UNDER_NAME_SUNG_BY.finditer(s.masked):
        _titled_singer(article, s, m)
    five = _THE_FIVE_PUT_OUT.match(s.masked)
    title = s.mention(five["r"]) if five else None
    group = article.recent.get(GROUP)
    if title is not None and group is not None and _is_title(article, title) and \
            not _series_like(article, title):
        got = _recording(article, title, [])
        if got:
            _credit_to(article, s, got, group, [])
    solo = _PRONOUN_SOLO.match(s.masked)
    title = s.mention(solo["r"]) if solo else None
    if title is not None and _is_title(article, title):  # "Her solo, “T,” came out on …"
        # only in an interview, where "her" is its guest: elsewhere the one spoken of last may
        # be a duet partner
        who = interview_guest(article)
        got = _recording(article, title, []) if who and article.is_a(who, PERSON) else None
        if got:
            _credit_to(article, s, got, who, [])
            _vocals(article, s, got, who, None, [])
    owned = _PRONOUN_RECORDING_OF.match(s.masked)
    title = s.mention(owned["r"]) if owned else None
    named = [article.registry.lookup(x.text, (PERSON,)) for x in article.previous.mentions
             if not x.quoted] if title is not None and article.previous is not None else []
    people = {found.entity.key for found in named if found.found}
    if len(people) == 1 and _is_title(article, title):  # no one else "her" could mean
        got = _recording(article, title, [])
        if got:
            _credit_to(article, s, got, people.pop(), [])
    for m in _UNDER_BOTH_NAMES.finditer(s.masked):  # "“T,” the leads' duet, … under both names"
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        for lead in article.leads if got and len(article.leads) == 2 else ():
            _credit_to(article, s, got, lead, [])
    for m in _WITH_THE_REST.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is None:
            continue
        rest = s.mentions_in(m["list"])
        _sing_on(article, s, got, [s.mention(m["a"]), *rest], [])
        _members_of_credited(article, s, got, rest, (GROUP,))
    for m in _RELEASING_TITLE.finditer(s.masked):  # "G … on DATE, releasing “T”": G's
        title = s.mention(m["r"])
        acts = [x for x in s.mentions_in(s.masked[:m.start()])
                if not x.quoted and looks_like_group(article, x)]
        if acts and _is_title(article, title):
            _credit(article, s, title, acts[-1])
    for m in _DUET_FOR.finditer(s.masked):
        got = _recording(article, s.mention(m["r"]), []) if _is_title(
            article, s.mention(m["r"])) else None
        for singer in (m["a"], m["b"]) if got else ():
            _person_sings(article, s, got, s.mention(singer))
    for m in _WITH_ON_VOCALS.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]))
    _title_sung_by(article, s, (_TO_THE_MIC, _IN_CHARACTER_TO_SING))
    for m in _ALL_CREDITED_TO.finditer(s.masked):
        artist = s.mention(m["a"])
        # ("… “T3” is a duet. All three are credited to G": the titles of the sentence before)
        titles = [x for x in s.mentions_in(s.masked[:m.start()]) if x.quoted] or [
            x for x in (article.previous.mentions if article.previous else ()) if x.quoted]
        if artist is not None and (_artistlike(article, artist, loose=True) or
                                   _capitals_group(article, artist)):
            for title in titles:
                if _is_title(article, title):
                    _credit(article, s, title, artist)
            count = 2 if m["all"].lower() == "both" else _COUNTS.get(m["n"] or "", 0)
            key = _artist(article, artist, []) if 0 < len(titles) < count else None
            # ("“T1” followed …. A gets a solo turn on “T2.” Both are credited to G": the last
            # two songs the article named)
            for recording in list(article._songs)[-count:] if key else ():
                _credit_to(article, s, (recording, article._songs[recording]), key, [])
    for m in chain(_SINGS_IT_HIMSELF.finditer(s.masked), _VOCAL_IS_HERS.finditer(s.masked)):
        got = _spoken_of(article, s, m.start())
        people = [a for a in article.credits.get(got[0], ()) if article.is_a(a, PERSON)] \
            if got else []
        under = re.search(rf"\bunder\s+({M})[’']s\s+name\b|\bcredited\s+to\s+(?:the\s+[a-z-]+\s+)?"
                          rf"({M})$", s.masked[:m.start()])
        if got and not people and under:  # "released under A’s name on DATE, the actor sings"
            who = _artist(article, s.mention(under[1] or under[2]), [], prefer_person=True)
            people = [who] if who is not None and article.is_a(who, PERSON) else []
        if len(people) == 1:
            _vocals(article, s, got, people[0], None, [])
    for m in _MEMBERS_TRADING.finditer(s.masked):
        # ("Their “T,” from B's “S,” has …": the first title, not the drama after it)
        title = next((x for x in s.mentions_in(s.masked[:m.start()]) if x.quoted and
                      _is_title(article, x)), None)
        got = _recording(article, title, []) if title is not None else None
        groups = ([a for a in article.credits.get(got[0], ()) if article.is_a(a, GROUP)] or
                  article.ensembles[-1:]) if got else []  # ("Their “T”": the group met last)
        for person in sorted(article.members.get(groups[0], ())) if len(groups) == 1 else ():
            if article.is_a(person, PERSON):
                article.claim(s.start, s.end, "performs",
                              modelling.vocals(got[0], got[1], person, None), [], got[0], person)
    for m in _EVERY_TRACK.finditer(s.masked):
        title, group = s.mention(m["r"]), s.mention(m["g"])
        if _is_title(article, title) and group is not None and not group.quoted:
            _credit(article, s, title, group)
            _person_sings(article, s, _recording(article, title, []), s.mention(m["a"]),
                          s.mention(m["c"]) if m["c"] else None)
    her = _CREDITED_TO_HER.match(s.masked)
    got = _spoken_of(article, s, 0) if her else None
    who = article.pronoun_person() if got else None
    if who is not None and article.is_a(who, PERSON):
        _credit_to(article, s, got, who, [])
    opening = _OPENING_CREDIT.match(s.masked)
    got = _spoken_of(article, s, 0) if opening else None
    if opening and got:
        artist = s.mention(opening["g"])
        if artist is not None and (_artistlike(article, artist, loose=True) or
                                   _capitals_group(article, artist)):
            _credit_last(article, s, artist)
        guest = s.mention(opening["f"]) if opening["f"] else None
        if guest is not None and _artistlike(article, guest, loose=True):
            _credit_last(article, s, guest)
        if artist is not None and _VOICE_AT_FRONT.search(s.masked, opening.end()):
            _person_sings(article, s, got, artist)
        for joins in _JOINS_IN_AS.finditer(s.masked, opening.end()):
            _person_sings(article, s, got, s.mention(joins["a"]), s.mention(joins["c"]))
        voiced = _VOICED_AS.search(s.masked, opening.end())
        if voiced:
            _person_sings(article, s, got, s.mention(voiced["a"]), s.mention(voiced["c"]))
        other = s.mention(opening["g2"]) if opening["g2"] else None
        if other is not None and artist is not None and \
                _artistlike(article, artist, loose=True) and \
                _artistlike(article, other, loose=True):
            _credit_last(article, s, other)
            pair = _SUNG_BY_THE_PAIR.search(s.masked, opening.end())
            if pair:
                _person_sings(article, s, got, artist, s.mention(pair["c"]))
                _person_sings(article, s, got, other, s.mention(pair["d"]))
    for m in _WHO_SPLIT_IT.finditer(s.masked):
        titles = [x for x in s.mentions_in(s.masked[:m.start()]) if x.quoted and
                  _is_title(article, x) and not _series_like(article, x)]
        got = _recording(article, titles[-1], []) if titles else None
        for singer in s.mentions_in(m["list"]) if got else ():
            if not singer.quoted and not _is_group(article, singer):
                _person_sings(article, s, got, singer)
    for m in _A_G_TRACK.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["g"] or m["a"] or m["a2"])
        if _is_title(article, title) and not _series_like(article, title) and (
                _capitals_group(article, artist) or _is_group(article, artist) or
                ((m["a"] or m["a2"]) and _artistlike(article, artist, loose=True))):
            _credit(article, s, title, artist)
    for m in _IS_VOICED_BY_AS.finditer(s.masked):
        title = s.mention(m["r"])
        if _is_title(article, title) and not _series_like(article, title):
            _person_sings(article, s, _recording(article, title, []), s.mention(m["a"]),
                          s.mention(m["c"]))
    said = _THE_SONG_IS_BY.match(s.masked)
    if said and (got := _spoken_of(article, s, 0)) is not None:
        group = _artist(article, s.mention(said["a"]), [])
        if group is not None:
            _credit_to(article, s, got, group, [])
    for m in _BILLED_TO_THE_BAND.finditer(s.masked):
        title, band = s.mention(m["r"]), band_before(article)
        if band is not None and _is_title(article, title) and not _series_like(article, title):
            got = _recording(article, title, [])
            if got is not None:
                _credit_to(article, s, got, band, [])
    for m in _PART_FROM_GROUP.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if _is_title(article, title) and not _series_like(article, title) and \
                (_artistlike(article, artist, loose=True) or _capitals_group(article, artist)):
            _credit(article, s, title, artist)
    for m in _RELEASE_FROM_THE.finditer(s.masked):
        band = article.recent.get(BAND if m["n"] == "band" else GROUP)
        title = s.mention(m["r"])
        if band is not None and _is_title(article, title) and not _series_like(article, title):
            got = _recording(article, title, [])
            if got:
                _credit_to(article, s, got, band, [])
    for m in _CREDITED_WHO_SINGS.finditer(s.masked):
        titles = [x for x in s.mentions_in(s.masked[:m.start()]) if x.quoted and
                  _is_title(article, x) and not _series_like(article, x)]
        got = _recording(article, titles[-1], []) if titles else _spoken_of(article, s, m.start())
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]), s.mention(m["c"]))
        who = _artist(article, s.mention(m["a"]), [], prefer_person=True) \
            if got is not None and m["by"] else None
        if who is not None and article.is_a(who, PERSON):
            _credit_to(article, s, got, who, [])
    for m in _FRONTMAN_SINGS_IT.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        singer = s.mention(m["a"])
        if got is not None and singer is not None and not singer.quoted:
            singer = replace(singer, initial=False)  # "A, the band’s frontman, …": a person
            _person_sings(article, s, got, singer)
            _members_of_credited(article, s, got, [singer], (GROUP,))
    # the song spoken of, sung by the one named (as the part named, where one is)
    for m in chain(_AS_C_TRADES.finditer(s.masked), _JOINS_HER_ON.finditer(s.masked),
                   _ANSWERS_HER_END.finditer(s.masked),
                   _WITH_JOINING.finditer(s.masked),
                   _WHOSE_VOICE_CARRIES.finditer(s.masked),
                   _WITH_PLAYER_SINGING.finditer(s.masked), _HER_VOCAL_SUITS.finditer(s.masked),
                   _COMMA_A_SINGING_AS.finditer(s.masked), _VOCAL_HANDED_TO.finditer(s.masked),
                   _WITH_B_HARMONISING.finditer(s.masked), _ON_THE_RECORD_SINGS.finditer(s.masked),
                   _THE_BANDS_SINGER_CARRIES.finditer(s.masked),
                   _TRACK_FRONTED_BY.finditer(s.masked),
                   _ON_WHICH_IN_CHARACTER.finditer(s.masked),
                   _WHICH_THE_MEMBER_RECORDED.finditer(s.masked)):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"] or m.groupdict().get("a2")),
                          s.mention(m.groupdict().get("c")))
    for m in _ITS_VOICES_ARE.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for singer in s.mentions_in(m["list"]) if got else ():
            _person_sings(article, s, got, singer)
    for m in _LISTS_AS_ARTIST.finditer(s.masked):
        got, artist = _spoken_of(article, s, m.start()), s.mention(m["a"])
        if got and _artistlike(article, artist, loose=True):
            _credit_to(article, s, got, _artist(article, artist, [], prefer_person=True), [])
    for m in _WHICH_G_SING_TOGETHER.finditer(s.masked):
        title, act = s.mention(m["r"]), s.mention(m["g"])
        if _is_title(article, title) and act is not None and _named_act(article, act):
            _credit(article, s, title, act)
    for m in _HER_RECORDING.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        who = _singer(article, s.mention(m["a"]), []) if got else None
        if who and (got[0], who) in article.vocal_parts():
            _credit_to(article, s, got, who, [])
    for m in _WHERE_A_DUETS_WITH.finditer(s.masked):
        got = _quoted_recording(article, s, m["r"])
        for singer in ("a", "b") if got else ():
            who = _person_sings(article, s, got, s.mention(m[singer]))
            if who:
                _credit_to(article, s, got, who, [])
    for m in _WITH_PAIR_DUETTING.finditer(s.masked):
        got = _quoted_recording(article, s, m["r"])
        for singer, part in (("a", "c"), ("b", "d")) if got else ():
            who = _person_sings(article, s, got, s.mention(m[singer]), s.mention(m[part]))
            if who:
                _credit_to(article, s, got, who, [])
    for m in _SHE_SINGS_AS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        player = article.player_of(article.resolve(s.mention(m["c"]), (CHARACTER,), None, []))
        if got is not None and player:
            _vocals_as(article, s, got, player, s.mention(m["c"]), [])
    for m in _THE_ACTRESS_RECORDED.finditer(s.masked):
        title, part = s.mention(m["r"]), s.mention(m["c"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        role = article.resolve(part, (CHARACTER,), None, []) if got and part else None
        player = article.player_of(role)
        if got is not None and player:
            _vocals(article, s, got, player, role, [])
    for m in _CREDITED_TO_AND_SUNG.finditer(s.masked):
        title = s.mention(m["r"]) if m["r"] else None
        got = (_recording(article, title, []) if _is_title(article, title) else None) \
            if m["r"] else _spoken_of(article, s, m.start())
        artist = s.mention(m["a"] or m["a2"])
        if got is not None and _artistlike(article, artist, loose=True):
            who = _artist(article, artist, [], prefer_person=True)
            if who is not None:
                _credit_to(article, s, got, who, [])
                _person_sings(article, s, got, artist, s.mention(m["c"]) if m["c"] else None)
    for m in [*_CREDITED_TO_AND_SUNG_OPENS.finditer(s.masked),
              *_IS_THE_CREDITED_ARTIST.finditer(s.masked)]:
        got = _spoken_of(article, s, m.start("a"))
        role = m.groupdict().get("c")
        who = _person_sings(article, s, got, s.mention(m["a"]), s.mention(role) if role else None)
        if who:
            _credit_to(article, s, got, who, [])
    for m in [*_WHO_SINGS_LEAD_ON_IT.finditer(s.masked),
              *_PLAYERS_ADD_HARMONIES.finditer(s.masked)]:
        got = _spoken_of(article, s, m.start())
        for who in (m["a"], m.groupdict().get("b")) if got else ():
            if who:
                _person_sings(article, s, got, s.mention(who))
    for m in _WHO_SINGS_DUET_WITH.finditer(s.masked):
        title = s.mention(m["r"])
        if title is not None and title.quoted and _is_title(article, title):
            _sing(article, s, title, [s.mention(m["a"]), s.mention(m["b"])])
    for m in _WHO_CREDITED_ON_SINGS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        who = _person_sings(article, s, got, s.mention(m["a"])) if got else None
        if who:
            _credit_to(article, s, got, who, [])
    for m in chain(_STARTED_WITH_UNDER_NAME.finditer(s.masked),
                   _WHICH_A_RELEASED_UNDER.finditer(s.masked)):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if title is not None and title.quoted and _is_title(article, title) and \
                _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)
            if m.groupdict().get("sung"):
                _person_sings(article, s, _quoted_recording(article, s, m["r"]), artist)
    for m in _EACH_WHO_PLAYS_SING.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if title is not None and title.quoted and \
            _is_title(article, title) else None
        for singer in (m["a"], m["b"]) if got else ():
            _person_sings(article, s, got, s.mention(singer), in_character=True)
    for m in _TRIO_CREDITED_ON.finditer(s.masked):
        before = article.previous
        named = [x for x in (before.mentions if before is not None else ())
                 if not x.quoted and (looks_like_group(article, x) or _is_group(article, x))]
        title = s.mention(m["r"])
        if len(named) != 1 or title is None or not title.quoted or not _is_title(article, title):
            continue
        group = _artist(article, named[0], [])
        got = _recording(article, title, []) if group else None
        if got is None or not article.is_a(group, GROUP):
            continue
        _credit_to(article, s, got, group, [])
        for mention in s.mentions_in(m["list"]):
            who = _singer(article, mention, [])
            if who is not None and article.is_a(who, PERSON):
                article.claim(s.start, s.end, "membership", modelling.member(who, group), [],
                              who, group)
        for only in _ONLY_SING_ON.finditer(s.masked, m.end()):
            _sing_on(article, s, got, [s.mention(only["a"]), s.mention(only["b"])], [])
    for m in _CREDITED_G_SUNG_BY.finditer(s.masked):
        titles = [x for x in s.mentions_in(s.masked[:m.start()]) if x.quoted]
        got = _recording(article, titles[-1], []) if titles and \
            _is_title(article, titles[-1]) else _spoken_of(article, s, m.start())
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]),
                          s.mention(m["c"]) if m["c"] else None)
    for m in _WITH_SINGING_JOINING.finditer(s.masked):
        got, band = _spoken_of(article, s, m.start()), article.recent.get(ENSEMBLE)
        if got is None:
            continue
        if band is not None:
            _credit_to(article, s, got, band, [])
        for who, part in ((m["a"], m["c"]), (m["b"], m["d"])):
            _person_sings(article, s, got, s.mention(who), s.mention(part))
    if _CREDITED_TO_THE_GROUP_IT.match(s.masked):
        got, group = _spoken_of(article, s, len(s.masked)), article.recent.get(ENSEMBLE)
        if got is not None and group is not None:
            _credit_to(article, s, got, group, [])
    for m in _BOTH_MEMBERS_TRADING.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            pair = [s.mention(m["a"]), s.mention(m["b"])]
            _sing_on(article, s, got, pair, [])
            _members_of_credited(article, s, got, pair, (GROUP,))
    for m in _WHICH_CREDITED_TO_THE_GROUP.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        group = article.recent.get(BAND if m["n"] == "band" else GROUP)
        if got is not None and group is not None:
            _credit_to(article, s, got, group, [])
            lead = _MEMBERS_OPEN.match(s.masked)
            _members_of_credited(article, s, got, s.mentions_in(lead["list"]) if lead else [],
                                 (GROUP, BAND))
    for m in _SHARES_THE_CREDIT.finditer(s.masked):
        got, group = _spoken_of(article, s, m.start()), s.mention(m["g"])
        key = article.resolve(group, (GROUP, BAND), GROUP, []) if got and group else None
        if key is not None:
            _credit_to(article, s, got, key, [])
    for m in chain(_FRONTED_BY_MEMBERS.finditer(s.masked), _ON_WHICH_ALONE.finditer(s.masked)):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        pair = [x for x in (s.mention(m["a"]), s.mention(m.groupdict().get("b"))) if x]
        if got is not None:
            _sing_on(article, s, got, pair, [])
            _members_of_credited(article, s, got, pair, (GROUP, BAND))
    for m in chain(_WHOSE_PLAYER_SINGS.finditer(s.masked),
                   _WITH_RECORDING_THE_VOCAL.finditer(s.masked)):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _sing_on(article, s, got, [s.mention(m["a"])], [])
    named = _CARRIES_THE_BANDS_NAME.search(s.masked)
    got = _spoken_of(article, s, named.start()) if named else None
    band = article.recent.get(BAND if named["n"] == "band" else GROUP) if got else None
    if got is not None and band is None:
        band = article.recent.get(ENSEMBLE)
    if got is not None and band is not None:
        _credit_to(article, s, got, band, [])
    for m in _ADDING_VOCALS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]), s.mention(m["c"]))
    for m in _SHARED_THE_BILLING.finditer(s.masked):
        title = s.mention(m["r"])
        for artist in (s.mention(m["a"]), s.mention(m["b"])) if _is_title(article, title) else ():
            if _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
    for m in _THE_GROUPS_PART.finditer(s.masked):
        title = s.mention(m["r"] or m["r2"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        group = article.recent.get(BAND if (m["n"] or m["n2"]) == "band" else GROUP)
        if got is not None and group is not None:
            _credit_to(article, s, got, group, [])
    for m in _IS_CREDITED_ARTIST_ON.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if _is_title(article, title) and (_artistlike(article, artist, loose=True) or
                                          _capitals_group(article, artist)):
            _credit(article, s, title, artist)
    for m in _SHARES_THE_LEAD_WITH.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        if got is not None:
            _sing_on(article, s, got, [s.mention(m["a"]), s.mention(m["b"])], [])
    for m in _THE_GROUPS_FOLLOW_UP.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        group = article.recent.get(BAND if m["n"] == "band" else GROUP)
        if got is not None and group is not None:
            _credit_to(article, s, got, group, [])
    for m in _SINGS_HIS_HALF.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]), s.mention(m["c"]) if m["c"] else None)
            if m["b"]:
                _person_sings(article, s, got, s.mention(m["b"]))
    for m in _WHICH_SHE_SINGS_ALONE.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]))
    for m in _MEMBERS_TRADE.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            people = s.mentions_in(m["list"])
            _sing_on(article, s, got, people, [])
            acts = _acts_before(article, s, m.start()) if m.group().startswith(";") else []
            spoken = article.recent.get(GROUP) if re.search(
                r"\bthe\s+(?:(?:girl|boy)\s+)?group[’']s\b", s.masked[:m.start()]) else None
            if len(acts) == 1 and looks_like_group(article, acts[0]):
                # "“T,” which G sings; members A and B share its verses": G's members
                _members_of_named(article, s, acts[0], people)
            elif spoken and not article.credits.get(got[0]):
                # "“T,” the group’s theme for “S”; members A and B split its verses"
                _claim_members(article, s, spoken, people)
            else:
                _members_of_credited(article, s, got, people, (GROUP, BAND))
    for m in _A_SOLO.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        who = _person_sings(article, s, got, s.mention(m["a"] or m["a2"])) if got else None
        if who and m["a2"]:  # "A’s solo": A's record
            _credit_to(article, s, got, who, [])
        group = band_before(article) if who and m["leader"] else None
        if group and article.is_a(group, GROUP):
            _claim_members(article, s, group, [s.mention(m["a"] or m["a2"])])
    for m in _CREDITED_ON_BOTH.finditer(s.masked):
        artist = s.mention(m["a"])
        key = _artist(article, artist, []) if _artistlike(article, artist, loose=True) or \
            _capitals_group(article, artist) else None
        # (the last two titles the article named before, when they are songs)
        # (a title wrapped over two lines is one title: its spaces are folded)
        named = [Mention(t.start(1), t.end(1), " ".join(t[1].split()),
                         article.registry.lookup(" ".join(t[1].split())), quoted=True)
                 for t in _QUOTED_TITLE.finditer(article.text, 0, s.start)] if key else []
        latest: dict[str, Mention] = {}
        for x in named:  # each title where it was named last
            latest.pop(x.text, None)
            latest[x.text] = x
        last = list(latest.values())[-2:]
        for title in last if len(last) == 2 and all(_is_title(article, x) and
                                                    not _series_like(article, x)
                                                    for x in last) else ():
            _credit(article, s, title, artist)
    for m in _ANOTHER_G_TRACK.finditer(s.masked):
        title, group = s.mention(m["r"]), s.mention(m["g"])
        if _is_title(article, title) and (_is_group(article, group) or
                                          _capitals_group(article, group)):
            _credit(article, s, title, group)
    for m in _VOCALS_SHARED_BY.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for who, part in ((m["a"], m["c"]), (m["b"], m["d"])) if got else ():
            _person_sings(article, s, got, s.mention(who), s.mention(part) if part else None)
    for m in _VOICE_BELONGS_TO.finditer(s.masked):
        title = s.mention(m["r"]) if m["r"] else None
        got = (_recording(article, title, []) if _is_title(article, title) else None) if m["r"] \
            else _spoken_of(article, s, m.start())
        if got is not None and m["c"]:
            _person_sings(article, s, got, s.mention(m["a"]), s.mention(m["c"]))
        elif got is not None:
            _sing_on(article, s, got, [s.mention(m["a"])], [])
    for m in _WHICH_PAIR_SINGS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for who, part in ((m["a"], m["c"]), (m["b"], m["d"])) if got else ():
            _person_sings(article, s, got, s.mention(who), s.mention(part) if part else None)
    for m in _MEMBERS_SHARE_ITS.finditer(s.masked):
        group = s.mention(m["g"])
        key = article.resolve(group, (GROUP, BAND), GROUP, []) if group is not None and (
            _is_group(article, group) or _capitals_group(article, group)) else None
        for mention in s.mentions_in(m["list"]) if key else ():
            who = _singer(article, mention, [])
            if who is not None and article.is_a(who, PERSON):
                article.claim(s.start, s.end, "membership", modelling.member(who, key), [], who,
                              key)
    for m in _THE_TWO_SING_IT_TOO.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        pair = sorted(a for a in article.credits.get(got[0], ()) if article.is_a(a, PERSON)) \
            if got else []
        named = re.search(rf"\bcredited\s+to\s+({M})\s+and\s+(?:(?:his|her)\s+co-star\s+)?({M})",
                          s.masked[:m.start()])
        if got and len(pair) != 2 and named:  # (the credit of this very sentence)
            pair = [who for x in (named[1], named[2]) if (who := _artist(
                article, s.mention(x), [], prefer_person=True)) and article.is_a(who, PERSON)]
        for person in pair if len(pair) == 2 else ():
            _vocals(article, s, got, person, None, [])
    for m in _NUMBER_LED_BY.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _sing_on(article, s, got, [x for x in (s.mention(m["a"]), s.mention(m["b"])) if x],
                     [])
    for m in _GUEST_SINGING.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]))
    for m in _ON_WHICH_ONLY.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:  # (the voices of a group's cut, not its credit)
            _sing_on(article, s, got, s.mentions_in(m["list"]), [])
    for m in _BUT_ONLY_SINGS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]))
    for m in _BANDMATES_JOIN.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            pair = [s.mention(m["a"]), s.mention(m["b"])]
            _sing_on(article, s, got, pair, [])
            _members_of_credited(article, s, got, pair, (GROUP, BAND))
    for m in _SHOWCASE_FOR.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]))
    for m in _ALL_SING_ON_IT.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        _whole_group_sings(article, s, got)
    for m in _AND_THE_ACTOR.finditer(s.masked):
        title, other = s.mention(m["r"]), article.before.get(PERSON)
        got = _recording(article, title, []) if title is not None and title.quoted and \
            _is_title(article, title) else None
        if got is None:
            continue
        _credit(article, s, title, s.mention(m["a"]))
        if other is not None and article.portrayals.get(other):
            _credit_to(article, s, got, other, [])
    for m in _THE_TRACK_IS_BY.finditer(s.masked):
        got, artist = _spoken_of(article, s, m.start()), s.mention(m["a"])
        if got is None or artist is None or not (_capitals_group(article, artist) or
                                                 looks_like_group(article, artist) or
                                                 _artistlike(article, artist, loose=True)):
            continue
        key = article.resolve(artist, (GROUP, BAND), GROUP, []) if m["list"] or \
            _capitals_group(article, artist) else _artist(article, artist, [])
        if key is None:
            continue
        _credit_to(article, s, got, key, [])
        if m["list"]:
            _members_of_credited(article, s, got, s.mentions_in(m["list"]), (GROUP,))
    for m in _CREDITED_TO_THE_LEADS.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if title is not None and title.quoted and \
            _is_title(article, title) else None
        leads = article.leads
        if got and len(leads) != 2:
            # "… credited to the two leads, is sung by A and B in character": the two actors
            # the sentence names after it, when the article gave both parts
            named = [_artist(article, x, [], prefer_person=True)
                     for x in s.mentions_in(s.masked[m.end():]) if not x.quoted]
            leads = [p for p in dict.fromkeys(named) if p and p in article.portrayals][:3]
        for lead in leads if got and len(leads) == 2 else ():
            _credit_to(article, s, got, lead, [])
    for m in _SINGS_IT_AS_AND.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for who, part in ((m["a"] or m["a2"], m["c"]), (m["b"], m["d"])) if got else ():
            _person_sings(article, s, got, s.mention(who), s.mention(part))
    for m in _CREDITED_ARTIST_ON_ALL.finditer(s.masked):
        artist = s.mention(m["a"])
        if artist is None:
            continue
        # "G is the credited artist": a name in capitals is a group's
        key = article.resolve(artist, (GROUP, BAND), GROUP, []) if (
            _capitals_group(article, artist) or looks_like_group(article, artist)) else \
            _artist(article, artist, []) if _artistlike(article, artist, loose=True) else None
        listed = []
        for title in s.mentions_in(m["list"]) if key else ():
            got = _recording(article, title, []) if title.quoted and \
                _is_title(article, title) else None
            if got is not None:
                _credit_to(article, s, got, key, [])
                listed.append(got[0])
        if len(listed) > 1:
            article.recording_lists.append(listed)
    for m in _ALL_MEMBERS_APPEAR.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _members_of_credited(article, s, got, s.mentions_in(m["list"]), (GROUP,))
    for m in _SINGING_BELONGS_TO.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for who in (m["a"], m["b"]) if got else ():
            _person_sings(article, s, got, s.mention(who))
    for m in _NUMBER_THAT_THEY_DIVIDE.finditer(s.masked):
        title = s.mention(m["r"])
        if title is not None and title.quoted:
            _sing(article, s, title, [s.mention(m["a"]), s.mention(m["b"])])
    for m in _ONLY_VOICES_ON.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        if got is None:
            continue
        _sing_on(article, s, got, [x for x in s.mentions_in(m["list"])
                                   if _artistlike(article, x, loose=True)], [])
        if m["g"]:
            _credit(article, s, title, s.mention(m["g"]))
    for m in _ONLY_VOICE_ON.finditer(s.masked):
        got = _spoken_of(article, s, m.start("a"))
        flags = []
        who = _singer(article, s.mention(m["a"]), flags) if m["a"].startswith("⟨") else \
            _subject_person(article, s, m.start("a"), flags, pronoun=True)
        if got is not None and who and article.is_a(who, PERSON):
            _vocals(article, s, got, who, None, flags)
    for m in _SUNG_BY_ITS_VOCALIST.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        group = s.mention(m["g"])
        if got is None or not looks_like_group(article, group):
            continue
        key = _artist(article, group, [])
        if key is not None and _person_sings(article, s, got, s.mention(m["a"])):
            _credit_to(article, s, got, key, [])
            _members_of_credited(article, s, got, [s.mention(x) for x in (m["a"], m["b"]) if x],
                                 (GROUP,))
    of_group = []  # ("with A of G on the high notes": read once the sentence's credits are)
    for m in _WITH_SINGING_IT.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]),
                          s.mention(m["c"]) if m["c"] else None)
        if m["g"]:
            of_group.append(m)
    if _RELEASED_UNDER_BOTH.match(s.masked):  # "Released under both actors' names on DATE, it …"
        got = article.spoken_recording([])
        singers = list(dict.fromkeys(
            person for recording, person in article.vocal_parts()
            if got is not None and recording == got[0]))
        for singer in singers if len(singers) == 2 else ():
            _credit_to(article, s, got, singer, [])
    for m in _BOTH_ACTORS.finditer(s.masked):
        title = s.mention(m["r"])
        players = _players_before(article) if _is_title(article, title) else []
        if len(players) != 2 and _is_title(article, title):
            # "A and B sing “T,” a short duet credited to both actors": the two named first
            named = [_artist(article, x, [], prefer_person=True)
                     for x in s.mentions if not x.quoted]  # ("…, which A and B sing")
            players = [p for p in dict.fromkeys(named) if p and p in article.portrayals]
        got = _recording(article, title, []) if len(players) == 2 else None
        parts = [article.resolve(s.mention(m[k]), (CHARACTER,), CHARACTER, [])
                 for k in ("c", "d")] if m["c"] else []
        for n, actor in enumerate(players if got else ()):
            _credit_to(article, s, got, actor, [])
            if parts:
                own = [c for c in parts if c in article.portrayals.get(actor, set())]
                _vocals(article, s, got, actor, own[0] if own else parts[n], [])
    _title_and_its_artist(article, s, _TITLE_AND_ITS_ARTIST)
    for m in _CREDITED_TO_BOTH.finditer(s.masked):
        title = s.mention(m["r"])
        if title is not None and _series_like(article, title):
            song = _SONG_FROM_SERIES.search(s.masked, 0, m.start("r"))  # "“T” from “S,” …"
            title = s.mention(song["r"]) if song else None
        for artist in s.mentions_in(m["list"]) if _is_title(article, title) else ():
            if _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
    for m in _VERSE_FROM.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["b"])
        if _is_title(article, title) and _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)
    for m in _A_SINGLE_FROM.finditer(s.masked):
        title = s.mention(m["r"])
        artists = s.mentions_in(m["list"]) if _is_title(article, title) else []
        # (a single "from" a drama's title is where it comes from, not whose it is)
        if artists and all(not x.quoted and _artistlike(article, x, loose=True) for x in artists):
            for artist in artists:
                _credit(article, s, title, artist)
            if m["c"] and len(artists) == 1:
                _person_sings(article, s, _recording(article, title, []), artists[0],
                              s.mention(m["c"]))
    for m in chain(_WITH_MEMBERS_DIVIDING.finditer(s.masked), _ITS_VERSES_SPLIT.finditer(s.masked)):
        got = _spoken_of(article, s, m.start())
        singers = s.mentions_in(m["list"])
        for singer in singers if got else ():
            _person_sings(article, s, got, singer)
        # (the group's possessive before: "“T,” G’s contribution …", credited further on)
        owner = re.search(rf"(?P<g>{M})[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:contribution|song|single|"
                          r"track|theme|offering|entry|number)\b", s.masked[:m.start()])
        if owner and got and (m["members"] or m["of"]):
            _members_of_named(article, s, s.mention(owner["g"]), singers)
        named = re.match(rf"(?P<g>{M})\s+members", m["members"] or "")
        if named and got:  # ("with G members A and B trading the verses")
            _members_of_named(article, s, s.mention(named["g"]), singers)
        theirs = _THE_GROUPS_OWN.search(s.masked, 0, m.start()) if m["members"] and got else None
        acts = [k for k in article.credits.get(got[0], ()) if article.is_a(k, (GROUP, BAND))] \
            if theirs else []
        if theirs and not acts and (spoken := article.recent.get(GROUP) or band_before(article)):
            acts = [spoken]  # (not yet credited: the group spoken of)
        if len(acts) == 1:  # ("“T,” the group’s theme …, with members A and B …": its members)
            _claim_members(article, s, acts[0], singers)
    for m in _WHICH_MEMBER_SINGS.finditer(s.masked):
        got = _quoted_recording(article, s, m["r"])
        if got is not None:
            _person_sings(article, s, got, s.mention(m["a"]))
            _members_of_named(article, s, s.mention(m["g"]), [s.mention(m["a"])])
    for m in _APPOSED_SINGS_ALONE.finditer(s.masked):
        _person_sings(article, s, _quoted_recording(article, s, m["r"]), s.mention(m["a"]))
    for m in _WHICH_THEY_SING_BETWEEN.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        singers = s.mentions_in(m["list"])
        for singer in singers if got else ():
            _person_sings(article, s, got, singer)
        owner = re.match(rf"{M},\s+(?P<g>{M})[’']s\s", s.masked[m.start():]) if m["of"] else None
        if owner and got:
            _members_of_named(article, s, s.mention(owner["g"]), singers)
    for m in _OWN_SINGLE.finditer(s.masked):
        titles = [x for x in s.mentions_in(s.masked[:m.start()]) if x.quoted]
        artist = s.mention(m["a"])
        if titles and _is_title(article, titles[-1]) and _artistlike(article, artist, loose=True):
            _credit(article, s, titles[-1], artist)
    for m in chain(_SINGS_OWN_SINGLE.finditer(s.masked),
                   _RECORDED_UNDER_OWN_NAME.finditer(s.masked),
                   _NAME_ON_THE_CREDITS.finditer(s.masked)):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if _is_title(article, title) and _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)
    for m in _SINGS_IT_OWN_SINGLE.finditer(s.masked):
        got, artist, flags = _spoken_of(article, s, m.start()), s.mention(m["a"]), []
        who = _artist(article, artist, flags, prefer_person=True) \
            if got and _artistlike(article, artist, loose=True) else None
        if who is not None:
            _credit_to(article, s, got, who, flags)
    for m in chain(_AND_SINGS_ALL_OF_IT.finditer(s.masked),
                   _THAT_THE_SINGER_PERFORMS.finditer(s.masked)):
        _titled_singer(article, s, m)
    for m in _G_CONTRIBUTES.finditer(s.masked):
        title, group = s.mention(m["r"]), s.mention(m["g"])
        if _is_title(article, title) and group is not None and not group.quoted:
            article.hints.setdefault(_form(group), GROUP)
            _credit(article, s, title, group)
            singers = [x for x in s.mentions_in(m["list"] or "") if not x.quoted]
            if singers:
                _sung_by_members(article, s, _recording(article, title, []), singers, group)
    for m in _ARE_THE_MEMBERS_WHO_SING.finditer(s.masked):
        _sung_by_members(article, s, _spoken_of(article, s, m.start()),
                         [x for x in s.mentions_in(m["list"]) if not x.quoted])
    for m in _ONLY_VOICE.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        singer = s.mention(m["a"] or m["a2"] or m["a3"] or m["a4"] or m["a5"] or m["a6"] or
                           m["a7"] or m["a8"])
        part = m["c"] or m["c5"]
        group = s.mention(m["g"] or m["g2"] or m["g3"]) if m["g"] or m["g2"] or m["g3"] else None
        if group is not None or m["a"] or m["member"]:
            _sung_by_members(article, s, got, [singer], group, s.mention(part) if part else None)
        elif got:
            _person_sings(article, s, got, singer, s.mention(part) if part else None)
    for m in _OWN_SONG_SHE_SINGS.finditer(s.masked):
        title = s.mention(m["r"])
        if _is_title(article, title) and not _series_like(article, title):
            _person_sings(article, s, _recording(article, title, []), s.mention(m["a"]))
    for m in _WHOSE_PART_SINGS.finditer(s.masked):
        title = s.mention(m["r"])
        if not _is_title(article, title) or _series_like(article, title):
            continue
        singer, group = s.mention(m["a"]), s.mention(m["g"]) if m["g"] else None
        if not _person_sings(article, s, _recording(article, title, []), singer):
            continue
        if group is not None and m["kind"] and not group.quoted:
            article.hints.setdefault(_form(group), GROUP)
            _credit(article, s, title, group)
            _members_of_named(article, s, group, [singer])
    for m in _GIVES_ITS_VOICE.finditer(s.masked):
        title = s.mention(m["r"])
        if _is_title(article, title):
            _person_sings(article, s, _recording(article, title, []), s.mention(m["a"]))
    for m in chain(_LEAVES_TO_SING.finditer(s.masked), _SINGING_DONE_BY.finditer(s.masked)):
        got = _spoken_of(article, s, m.start())
        if got:
            _person_sings(article, s, got, s.mention(m["a"]), s.mention(m["c"]) if m["c"] else None)
    for m in _WHOSE_MEMBER_SINGS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        singer = s.mention(m["a"])
        if got and singer is not None:
            _person_sings(article, s, got, singer)
            _members_of_named(article, s, s.mention(m["g"]), [singer])
    for m in chain(_SUNG_BY_THE_GROUPS_MEMBERS.finditer(s.masked),
                   _ITS_VOCALS_BY_MEMBERS.finditer(s.masked)):
        got = _spoken_of(article, s, m.start())
        singers = s.mentions_in(m["list"])
        acts = _acts_before(article, s, m.start())
        for singer in singers if got and acts else ():
            _person_sings(article, s, got, singer)
        if got and acts:
            _members_of_named(article, s, acts[-1], singers)
    for m in _WHICH_WAS_RECORDED_BY.finditer(s.masked):
        title, act = s.mention(m["r"]), s.mention(m["g"] or m["g2"])
        if _is_title(article, title) and act is not None and not act.quoted and \
                _named_act(article, act):
            _credit(article, s, title, act)
    for m in _APPOSED_SINGS_IT_ALONE.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]))
    for m in chain(_OF_THE_GROUP_SINGS_ALL.finditer(s.masked),
                   _WHOSE_CHORUS_SUNG_BY.finditer(s.masked),
                   _ON_WHICH_MEMBER_TAKES.finditer(s.masked)):
        got = _spoken_of(article, s, m.start())
        singer = s.mention(m["a"] or m.groupdict().get("a2"))
        acts = _acts_before(article, s, m.start())
        if got and singer is not None and acts:
            _person_sings(article, s, got, singer)
            _members_of_named(article, s, acts[-1], [singer])
    # ("“T,” released on DATE, is G’s …", "G’s contribution to the soundtrack is “T”")
    for m in chain(_T_IS_GS.finditer(s.masked), _CONTRIBUTION_IS.finditer(s.masked)):
        title, artist = s.mention(m["r"]), s.mention(m["g"])
        if _is_title(article, title) and artist is not None and not artist.quoted and (
                _artistlike(article, artist, loose=True) or _capitals_group(article, artist)):
            _credit(article, s, title, artist)
    for m in _OWN_SOLO_ON.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if _is_title(article, title) and artist is not None and not artist.quoted and \
                _artistlike(article, artist, loose=True) and not _is_group(article, artist):
            _credit(article, s, title, artist)
    for m in _WHICH_THEY_SING_AS_DUET.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        for artist in (s.mention(m["a"]), s.mention(m["b"])) if got else ():
            if _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
                if not m["verb"].startswith("record"):  # ("recorded as a duet": no voices)
                    _person_sings(article, s, got, artist)
    for m in _PUT_OUT_AS_DUET.finditer(s.masked):
        title = s.mention(m["r"])
        for artist in (s.mention(m["a"]), s.mention(m["b"])) if _is_title(article, title) else ():
            if _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
    for m in _SINGLE_OF_G.finditer(s.masked):
        title, group = s.mention(m["r"]), s.mention(m["g"])
        # ("The Ropes": "The" and a plural is a band's name)
        if _is_title(article, title) and group is not None and not group.quoted and (
                _is_any(article, group, (GROUP, BAND)) or _capitals_group(article, group) or
                _PLURAL_NAME.fullmatch(group.text) or
                (re.search(r"\b[Tt]he\s+$", s.masked[:m.start("g")]) and
                 re.fullmatch(r"[A-Z][a-z]+[^s\W]s", group.text))):
            article.hints.setdefault(_form(group), GROUP)  # (a name no one bears alone)
            _credit(article, s, title, group)
    for m in _WHO_SINGS_IT_WITH.finditer(s.masked):
        _sing_in_parts(article, s, _spoken_of(article, s, m.start()), m)
    for m in _PAIR_TRADES_AS.finditer(s.masked):
        # ("A and B trade verses in character as C and D on the second G single, “T,” …": the
        # title named after them, not the one spoken of before)
        after = re.match(rf",?\s+on\s+(?:(?:the|a|an|its|their)\s+(?:[^⟨,;.]|⟨\d+⟩){{0,50}}?,\s+)?"
                         rf"(?P<r>{M})", s.masked[m.end():])
        got = _quoted_recording(article, s, after["r"]) if after else None
        song = got or _spoken_of(article, s, m.start())
        _sing_in_parts(article, s, song, m)
        _places_in_band(article, s, song, m)
        # ("A and B duet in character, as C and D, on “T”": their duet, when no act has it)
        if got and re.search(r"\bduet", m.group()) and not any(
                article.is_a(a, (GROUP, BAND)) for a in article.credits.get(got[0], ())):
            for singer in (m["a"], m["b"]):
                _credit(article, s, s.mention(after["r"]), s.mention(singer))
    for m in _DUETS_WITH_AS.finditer(s.masked):
        _sing_in_parts(article, s, _spoken_of(article, s, m.start()), m)
    for m in _DUET_THE_TWO_SING_AS.finditer(s.masked):
        _sing_in_parts(article, s, _quoted_recording(article, s, m["r"]), m)
    for m in _WHICH_THE_SINGER.finditer(s.masked):
        _person_sings(article, s, _quoted_recording(article, s, m["r"] or m["r2"]),
                      s.mention(m["a"] or m["a2"]), s.mention(m["c"]) if m["c"] else None)
    for m in _TURN_UP_WITH.finditer(s.masked):
        title, group = s.mention(m["r"]), s.mention(m["g"])
        # ("their" single: a plural name is a band's)
        if _is_title(article, title) and group is not None and (
                _is_any(article, group, (GROUP, BAND)) or _capitals_group(article, group) or
                _PLURAL_NAME.fullmatch(group.text)):
            _credit(article, s, title, group)
    for m in _EACH_SINGS_AS.finditer(s.masked):
        _sing_in_parts(article, s, _spoken_of(article, s, m.start()), m)
    for m in _LEADER_SINGS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        _person_sings(article, s, got, s.mention(m["a"]))
        # ("G’s “T,” with the girl group’s leader, A, singing the chorus": one of G)
        acts = _acts_before(article, s, m.start())
        singer = s.mention(m["a"])
        if got and acts and singer is not None:
            _members_of_named(article, s, acts[-1], [singer])
    named = _BOTH_IN_CHARACTER.match(s.masked)
    if named and named["a"] and named["b"]:
        _sing_in_parts(article, s, _spoken_of(article, s, 0), named)
    two = _TWO_OF_THEM.match(s.masked) or (named if named and not named["a"] else None)
    got = _spoken_of(article, s, 0) if two else None
    pair = [a for a in article.credits.get(got[0], ()) if article.is_a(a, PERSON)] if got else []
    if len(pair) == 2:
        order = [key for claim in article.proposal.claims for _, p, key in claim.facts
                 if p == "lr:creditedArtist" and key in pair]
        for who, part in zip(dict.fromkeys(order), (two["c"], two["d"]), strict=False):
            _vocals(article, s, got, who,
                    article.resolve(s.mention(part), (CHARACTER,), CHARACTER, []), [])
    for m in _THE_TWO_SINGING.finditer(s.masked):
        got = _quoted_recording(article, s, m["r"])
        for singer in ("a", "b") if got else ():
            _person_sings(article, s, got, s.mention(m[singer]))
    for m in _COLON_CREDITED_PAIR.finditer(s.masked):
        _pair_credited_sings(article, s, m)
    for m in _WHICH_THEY_DUET.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        first = previous_subject(article) if m["pro"] else None
        pair = [x.group() for x in re.finditer(M, s.masked[:m.start()])
                if not s.mention(x.group()).quoted and
                _artistlike(article, s.mention(x.group()), loose=True)][:2] if m["they"] else []
        singers = pair if len(pair) == 2 else [m["a"] or first, m["b"]]
        if not singers[1]:
            continue
        for singer, part in zip(singers, (m["c"], m["d"]), strict=True) if got else ():
            role = article.resolve(s.mention(part), (CHARACTER,), CHARACTER, [])
            duet = m["verb"].startswith("duet")  # ("which A and B sing as C and D": a
            # singing verb credits no one)
            if singer is first and first is not None and article.is_a(first, PERSON):
                _vocals(article, s, got, first, role, [])
                if duet:
                    _credit_to(article, s, got, first, [])
            elif singer is not None and singer is not first:
                who = _person_sings(article, s, got, s.mention(singer), s.mention(part))
                if who is not None and duet:
                    _credit_to(article, s, got, who, [])
    for m in _WHICH_HE_AND_B_SING.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        for singer in (m["a"], m["b"]) if got else ():
            _person_sings(article, s, got, s.mention(singer))
    for m in _SINGS_THE_SINGLE.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        _person_sings(article, s, got, s.mention(m["a"]), in_character=bool(m["cw"]))
    for m in _BACK_FOR.finditer(s.masked):
        title = s.mention(m["r"] or m["r2"] or m["r3"] or m["r4"] or m["r5"])
        got = _recording(article, title, []) if _is_title(article, title) else \
            _spoken_of(article, s, m.start()) if m["a6"] else None
        part = m["c"] or m["c2"] or m["c3"] or m["c6"]
        singer = s.mention(m["a"] or m["a2"] or m["a3"] or m["a4"] or m["a5"] or m["a6"])
        _person_sings(article, s, got, singer, s.mention(part) if part else None)
    for m in _THEIR_NTH_MEMBER.finditer(s.masked):
        # "A and B split the verses and C takes the bridge; their fourth member, D, sits this
        # one out": the singers named before are members of the group credited with the song
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _members_of_credited(article, s, got, [  # the opening name is a singer's too
                replace(x, initial=False) for x in s.mentions_in(s.masked[:m.start()])
                if not x.quoted], (GROUP,))
        named = [x for x in s.mentions_in(s.masked[:m.start()]) if _is_group(article, x)]
        member = s.mention(m["p"])
        if member is not None and len({x.text for x in named}) == 1:
            # "credited to the trio G, whose members A and B sing it; the third member, C, sits
            # this one out": C is in G too
            group, who = _artist(article, named[0], []), _singer(article, member, [])
            if group is not None and who is not None and article.is_a(who, PERSON):
                article.claim(s.start, s.end, "membership", modelling.member(who, group), [],
                              who, group)
    for m in _BACK_WITH_OWN.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _members_of_credited(article, s, got, [s.mention(m["a"])], (GROUP,))
    for m in _SHARES_WITH_MATES.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is None:
            continue
        _sing_on(article, s, got, [*s.mentions_in(m["a"] or ""), *s.mentions_in(m["list"])], [])
        subject = previous_subject(article) if m["pro"] else None
        if subject is not None and article.is_a(subject, PERSON):
            _vocals(article, s, got, subject, None, [])
    for m in _WITH_MATES_ON.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is None:
            continue
        _sing_on(article, s, got, s.mentions_in(m["list"]), [])
        # "Jiho and Seyeon sing …": a one-word name opening the sentence is a singer's too
        _members_of_credited(article, s, got, [
            replace(x, initial=False) for x in s.mentions_in(m["names"]) + s.mentions_in(m["list"])
        ], (GROUP, BAND))
    for m in _WITH_ON_BACKING.finditer(s.masked):  # "…, with A, as C, on backing vocals"
        flags = []
        got = _spoken_of(article, s, m.start())
        who = _artist(article, s.mention(m["a"]), flags, prefer_person=True) \
            if got and _artistlike(article, s.mention(m["a"]), loose=True) else None
        if who is not None and article.is_a(who, PERSON):
            character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER,
                                        list(flags)) if m["c"] else None
            _vocals(article, s, got, who, character, flags)
    for m in _IS_OURS.finditer(s.masked):  # an interview's "“T” is ours": the guest's group
        title = s.mention(m["r"])
        group = group_of(article, interview_guest(article)) if article.speaker else None
        got = _recording(article, title, []) if group and _is_title(article, title) else None
        if got:
            _credit_to(article, s, got, group, [])
    for m in _DUET.finditer(s.masked):
        title = s.mention(m["r"])
        if not _is_title(article, title):
            continue
        pair = s.mentions_in(m["a0"] or "") + s.mentions_in(m["a"] or "") + \
            s.mentions_in(m["b"] or "") + s.mentions_in(m["b0"] or "")
        _sing(article, s, title, pair)
        # "He also duets with B on T", "He and B duet on T": he is the person spoken of before
        he = _person_before(article) if m["pro"] and (m["b"] or m["b0"]) else None
        got = _recording(article, title, []) if he else None
        if got:
            _vocals(article, s, got, he, None, [])
        if re.search(r"\bduet", m.group()):  # the verb "duet" also credits both
            for artist in pair:
                if _artistlike(article, artist, loose=True):
                    _credit(article, s, title, artist)
            if got:
                _credit_to(article, s, got, he, [])
    for m in _ON_T_DUETS_WITH.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        for artist, role in ((m["a"], m["c"]), (m["b"], None)) if got else ():
            who = _person_sings(article, s, got, s.mention(artist), s.mention(role) if role
                                else None)
            if who is not None:  # the verb "duet" credits both
                _credit_to(article, s, got, who, [])
    for m in _VOICE_CARRIES.finditer(s.masked):
        if s.mention(m["r"]) is not None and s.mention(m["r"]).quoted:
            _sing(article, s, s.mention(m["r"]), [s.mention(m["a"])])
    for m in _VOCAL_IS.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]),
                      s.mention(m["c"]))
    note = _VOCALS_NOTE.match(s.masked)
    key = s.mention(note["key"]) if note else None
    if key is not None and key.text.lower() not in ("vocal", "vocals", "lead vocals"):
        note = None
    got = (paragraph_title(article, s, []) or _spoken_of(article, s, 0)) if note else None
    for singer in s.mentions_in(note["a"]) if got else ():
        _person_sings(article, s, got, singer, s.mention(note["c"]))
    for m in _DUET_ON_IT.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        pairs = ((m["a"], m["c"] or m["c3"]), (m["b"], m["d"] or m["d3"])) if m["a"] else \
            ((m["a2"], m["c2"]), (m["b2"], m["d2"])) if m["a2"] else \
            ((m["a4"], m["c4"]), (m["b4"], m["d4"]))
        for singer, role in pairs if got else ():
            who = _person_sings(article, s, got, s.mention(singer), s.mention(role))
            if who is not None:  # the verb "duet" also credits both
                _credit_to(article, s, got, who, [])
    for m in [*_EVERY_SONG.finditer(s.masked), *_EVERY_SONG_BY.finditer(s.masked)]:
        _every_song(article, s, m)
    for m in _HAS_A_TRACK.finditer(s.masked):
        artist, title = s.mention(m["a"]), s.mention(m["r"])
        if _is_title(article, title) and _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)
    for m in _THEME_FOR_S_T.finditer(s.masked):
        title, group, series = s.mention(m["r"]), s.mention(m["g"]), s.mention(m["s"])
        if _is_title(article, title) and series is not None and series.quoted and \
                group is not None and not group.quoted and (
                    _artistlike(article, group, loose=True) or _capitals_group(article, group)):
            _credit(article, s, title, group)
    for m in _THE_SONG_G_PERFORMS.finditer(s.masked):
        title, group = s.mention(m["r"]), s.mention(m["g"])
        if _is_title(article, title) and group is not None and not group.quoted and (
                _is_group(article, group) or _capitals_group(article, group)):
            _credit(article, s, title, group)
    for m in _ON_WHICH.finditer(s.masked):
        pair = [x for x in (s.mention(m["a"]), s.mention(m["b"])) if x is not None]
        _sing(article, s, s.mention(m["r"]), pair)
        title = s.mention(m["r"])
        if m["of"] and _is_title(article, title):  # "A and B of G": the credited group's
            _members_of_credited(article, s, _recording(article, title, []), pair,
                                 (GROUP, BAND))
        for artist in pair if m["duet"] and _is_title(article, s.mention(m["r"])) else []:
            if _artistlike(article, artist, loose=True):  # the verb "duet" also credits both
                _credit(article, s, s.mention(m["r"]), artist)
    for m in _PLAYS_AND_SINGS_IT.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]),
                      s.mention(m["c"]))
    for m in _SHARES.finditer(s.masked):
        if m["pro"] is None:
            _sing(article, s, s.mention(m["r"]), [s.mention(m["a"]), s.mention(m["b"])])
            continue
        # "His co-star A … shares the microphone with him on T": "him" is the one spoken of
        # before this sentence
        title, other = s.mention(m["r"]), _person_before(article)
        got = _recording(article, title, []) if _is_title(article, title) else None
        if got is not None and other is not None:
            _sing_on(article, s, got, [s.mention(m["a"])], [], title)
            _vocals(article, s, got, other, None, [])
    for m in _ON_T_SHARES.finditer(s.masked):
        subject = s.mention(m["a"]) if m["a"] else next(
            (x for x in reversed(s.mentions_in(s.masked[:m.start()])) if not x.quoted and
             _artistlike(article, x, loose=True)), None)  # "… A …: on “T” he shares …"
        _sing(article, s, s.mention(m["r"]), [x for x in (subject, *s.mentions_in(m["list"]))
                                              if x is not None])
    for m in _VOICE_ON.finditer(s.masked):
        _voice_on(article, s, m)
    for m in _THE_BANDS_PART.finditer(s.masked):  # "“T,” the band's second OST part"
        title = s.mention(m["r"])
        # (a group the sentence named first: "Girl group G …, helped by “T,” the group's …")
        named = [x for x in s.mentions_in(s.masked[:m.start()])
                 if not x.quoted and looks_like_group(article, x)]
        band = article.resolve(named[0], (GROUP, BAND), GROUP, []) if named else \
            article.recent.get(BAND if m["kind"] == "band" else GROUP)
        got = _recording(article, title, []) if band and _is_title(article, title) else None
        if got:
            _credit_to(article, s, got, band, [])
    for m in _TITLE_OWNED.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if title is not None and title.quoted and _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)
    for m in _PAIR_SINGS.finditer(s.masked):
        if _ENCORE.match(s.masked, m.end()):
            continue  # "A and B sang it together as an encore": a stage, not the recording
        _pair_sings(article, s, m)
    for m in _MEMBERS_SHARE.finditer(s.masked):
        _members_share(article, s, m)
    for m in _TO_HERSELF.finditer(s.masked):  # "She gets “T” to herself": she sings it alone
        flags = []
        title = s.mention(m["r"])
        got = _recording(article, title, flags) if _is_title(article, title) else None
        who = _subject_person(article, s, m.start("pro"), flags, pronoun=True) if m["pro"] \
            else _person_on(article, s.mention(m["a"]), title, flags)[1]
        if got and who:
            _vocals(article, s, got, who, None, flags)
    they = _THEY_AS.match(s.masked) if article.previous is not None else None
    if they:  # "“T,” the duet between A and B, …. They recorded it as C and D": in order
        before = article.previous
        pair = [x for x in before.mentions if not x.quoted and _artistlike(article, x, loose=True)
                and not _is_group(article, x)]
        got = _spoken_of(article, s, they.start())
        for mention, part in zip(pair, (they["c"], they["d"]), strict=False) \
                if got and len(pair) == 2 else ():
            flags = []
            who = _artist(article, mention, flags, prefer_person=True)
            if who is not None and article.is_a(who, PERSON):
                character = article.resolve(s.mention(part), (CHARACTER,), CHARACTER, list(flags))
                _vocals(article, s, got, who, character, flags)
    for m in _OWNED_WHICH_SUNG.finditer(s.masked):  # "A's “T,” which he recorded as C"
        singer, title = s.mention(m["a"]), s.mention(m["r"])
        flags: list[str] = []
        got, who = _person_on(article, singer, title, flags) if _is_title(article, title) \
            else (None, None)
        if got and who:
            character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER,
                                        list(flags)) if m["c"] else None
            _vocals(article, s, got, who, character, flags)
    for m in chain(_RECORDED_A_DUET.finditer(s.masked), _THE_DUET_THEY.finditer(s.masked)):
        title = s.mention(m["r"])
        if not _is_title(article, title):
            continue
        for singer, part in ((m["a"], m["c"]), (m["b"], m["d"])):
            flags = []
            got, who = _person_on(article, s.mention(singer), title, flags)
            if got and who:
                _credit_to(article, s, got, who, list(flags))
                character = article.resolve(s.mention(part), (CHARACTER,), CHARACTER,
                                            list(flags)) if part else None
                _vocals(article, s, got, who, character, flags)
    for m in _THEY_SING_THIS.finditer(s.masked):
        flags = []
        got = _spoken_of(article, s, m.start())
        people = [x for x in s.mentions_in(s.masked[:m.start()]) if not x.quoted]
        singers = [(x, key) for x in people if (key := article.resolve(x, (PERSON,), None, flags))
                   and article.is_a(key, PERSON)]
        if got is None or len(singers) != 2:
            continue
        for _, who in singers:
            played = sorted(article.portrayals.get(who, ())) if m["cw"] else []
            _vocals(article, s, got, who, played[0] if len(played) == 1 else None, list(flags))
    for m in _PAIR_NOUN_AS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        # sorted: the claims come out in the same order whatever the set's hashing
        credited = sorted(k for k in article.credits.get(got[0], ()) if article.is_a(k, PERSON)) \
            if got and m["theirs"] else []
        for who in credited if len(credited) == 2 else ():
            parts = article.portrayals.get(who, set())
            if len(parts) == 1:
                _vocals(article, s, got, who, next(iter(parts)), [])
        for part in (m["c"], m["d"]) if got and not m["theirs"] else ():
            flags = []
            character = article.resolve(s.mention(part), (CHARACTER,), None, flags)
            player = article.player_of(character)
            if player:
                _vocals(article, s, got, player, character, flags)
    for m in _THE_NOUN_CREDITED.finditer(s.masked):
        got = article.spoken_recording([])
        artist = s.mention(m["a"])
        who = _artist(article, artist, []) \
            if got and _artistlike(article, artist, loose=True) else None
        if who:
            _credit_to(article, s, got, who, [])
    for m in _SONGS_CREDITED.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        artist = s.mention(m["a"])
        who = _artist(article, artist, [], prefer_person=True) \
            if got and _artistlike(article, artist, loose=True) else None
        if who:
            _credit_to(article, s, got, who, [])
    for m in _CREDITED_SELF.finditer(s.masked):
        flags = []
        got = _spoken_of(article, s, m.start())
        singer = _subject_person(article, s, m.start(), flags) if got else None
        if singer and article.is_a(singer, PERSON):
            _credit_to(article, s, got, singer, flags)
    for m in _JOINING_THEM_FOR.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]))
    named = _BOTH_ACTORS_NAMES.search(s.masked)
    before = article.previous
    if named and before is not None:
        titles = [x for x in s.mentions_in(s.masked[:named.start()]) if x.quoted]
        got = _recording(article, titles[-1], []) if titles else None
        people = list(dict.fromkeys(
            key for x in before.mentions if not x.quoted
            if (key := article.resolve(x, (PERSON,), None, [])) is not None and
            article.is_a(key, PERSON)))
        for person in people if got and len(people) == 2 else ():
            _credit_to(article, s, got, person, [])
    for m in _ITS_PART_SUNG_BY.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for singer in s.mentions_in(m["list"]) if got else ():
            _person_sings(article, s, got, singer)
    for m in _SOLO_BY.finditer(s.masked):
        title = s.mention(m["r"] or m["r2"] or m["r3"] or m["r4"] or m["r5"] or m["r6"] or
                          m["r7"])
        singer = s.mention(m["a"] or m["a2"] or m["a3"] or m["a4"] or m["a5"] or m["a6"] or
                           m["a7"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        who = _singer(article, singer, []) if got and _artistlike(article, singer) else None
        if who is not None and article.is_a(who, PERSON):
            _credit_to(article, s, got, who, [])
            _vocals(article, s, got, who, None, [])
    for m in _LISTED_BY.finditer(s.masked):
        title = _listed_title(article, s, m)
        for artist in s.mentions_in(m["list"]) if title is not None else ():
            if _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
    for m in _DASHED_ITEMS.finditer(s.masked):
        # ("… the week’s songs with their artists: T1 — A & B; T2 — C": unquoted)
        listed = _listed_title(article, s, m)
        title, artists = listed or s.mention(m["r"]), s.mentions_in(m["list"])
        if title is None or not (title.quoted or listed) or not artists or \
                not re.search(r"[–—]|\s-\s", article.text[title.end:artists[0].start]):
            continue  # ("…: “T,” A and B": no dash, no credit line)
        for artist in artists:
            if _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
    items = list(_ARTIST_FIRST_ITEMS.finditer(s.masked))
    for m in items if len(items) > 1 else ():  # a list, not one clause after a colon
        title, artists = s.mention(m["r"]), s.mentions_in(m["list"])
        if title is None or not title.quoted or _series_like(article, title):
            continue
        for artist in artists:
            if not artist.quoted and (_artistlike(article, artist, loose=True) or
                                      _capitals_group(article, artist)):
                _credit(article, s, title, artist)
    for m in _WHICH_G_RELEASED.finditer(s.masked):
        title = s.mention(m["r"])
        for artist in (s.mention(m["a"]), s.mention(m["b"]) if m["b"] else None):
            if m["performs"] and not (_is_any(article, artist, (GROUP, BAND)) or
                                      _capitals_group(article, artist)):
                continue  # "which A performs": a voice, read elsewhere
            if _is_title(article, title) and not _series_like(article, title) and \
                    _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
        # ("…, which A released on DATE and sings in character as C": A's voice too)
        sung = _AND_SINGS_AS.match(s.masked, m.end()) if not m["b"] else None
        if sung and _is_title(article, title):
            _person_sings(article, s, _recording(article, title, []), s.mention(m["a"]),
                          s.mention(sung["c"]))
    for m in _CLOSES_IT_ALONE.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]))
    for m in _IS_CREDITED_WITH.finditer(s.masked):
        got, artist = _spoken_of(article, s, m.start()), s.mention(m["a"])
        who = _artist(article, artist, []) if got and _artistlike(article, artist, loose=True) \
            else None
        if who is not None:
            _credit_to(article, s, got, who, [])
            if m["sings"] and article.is_a(who, PERSON):
                character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, []) \
                    if m["c"] else None
                _vocals(article, s, got, who, character, [])
    for m in _SOLO_OUTING_FOR.finditer(s.masked):
        title, singer = s.mention(m["r"]), s.mention(m["a"])
        got = (_recording(article, title, []) if _is_title(article, title) else None) \
            if m["r"] else _spoken_of(article, s, m.start())
        who = _singer(article, singer, []) if got and _artistlike(article, singer) else None
        if who is not None and article.is_a(who, PERSON):
            _credit_to(article, s, got, who, [])
            _vocals(article, s, got, who, None, [])
    if m := _CREDITED_TO_THE_ACTRESS.match(s.masked):
        title, person = s.mention(m["r"]), _person_before(article)
        got = _recording(article, title, []) if title is not None and title.quoted else None
        if got and person and article.is_a(person, PERSON):
            _credit_to(article, s, got, person, [])
            character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, []) \
                if m["c"] else None
            _vocals(article, s, got, person, character, [])
    for m in _BOTH_OF_THEM.finditer(s.masked):
        flags = []
        title = s.mention(m["r"])
        got = _recording(article, title, flags) if _is_title(article, title) else None
        people = [x for x in s.mentions_in(s.masked[:m.start()]) if not x.quoted]
        if got and len(people) == 2 and all(_artistlike(article, x, loose=True) for x in people):
            for x in people:
                who = _artist(article, x, list(flags), prefer_person=True)
                if who and article.is_a(who, PERSON):
                    _credit_to(article, s, got, who, list(flags))
    if _THEY_IN_CHARACTER.search(s.masked) and (got := article.spoken_recording([])):
        credited = sorted(k for k in article.credits.get(got[0], ()) if article.is_a(k, PERSON))
        for who in credited if len(credited) == 2 else ():
            parts = article.portrayals.get(who, set())
            if len(parts) == 1:
                _vocals(article, s, got, who, next(iter(parts)), [])
    for m in _FEATURES_VOCALS.finditer(s.masked):
        flags = []
        titles = [x for x in s.mentions_in(s.masked[:m.start()]) if _is_title(article, x)]
        got = _recording(article, titles[0], flags) if titles else None
        for who, part in ((m["a"], m["c"]), (m["b"], m["d"])) if got else ():
            singer = s.mention(who)
            key = _singer(article, singer, list(flags))
            if key and article.is_a(key, PERSON):
                _vocals_as(article, s, got, key, s.mention(part), list(flags))
    for m in _SHARES_WITH.finditer(s.masked):
        flags = []
        title = s.mention(m["r"])
        got = _recording(article, title, flags) if _is_title(article, title) else None
        first = _subject_person(article, s, m.start(), list(flags), pronoun=True) if got else None
        other = s.mention(m["b"])
        second = _artist(article, other, list(flags), prefer_person=True) \
            if got and _artistlike(article, other, loose=True) else None
        for who, part in ((first, None), (second, m["d"])):
            if who and article.is_a(who, PERSON):
                _vocals_as(article, s, got, who, s.mention(part), list(flags))
        band = band_before(article, story=True) \
            if got and re.search(r"\bthe\s+band[’']s\b", m["pre"]) else None
        if band:
            _credit_to(article, s, got, band, list(flags))
    for m in _MEMBERS_ON_VOCALS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        groups = sorted(g for g in article.credits.get(got[0], ()) if article.is_a(g, GROUP)) \
            if got else []
        for singer in s.mentions_in(m["list"]) if got else ():
            flags = []
            who = _singer(article, singer, flags)
            if who and article.is_a(who, PERSON):
                _vocals(article, s, got, who, None, flags)
                if len(groups) == 1:
                    article.claim(s.start, s.end, "membership",
                                  modelling.member(who, groups[0]), flags, who, groups[0])
    for m in [*_RECORDED_THIS_ONE.finditer(s.masked)]:
        flags = []
        got = article.spoken_recording(flags)
        singer = s.mention(m["a"])
        who = _singer(article, singer, flags) if got else None
        if who and article.is_a(who, PERSON):
            parts = article.portrayals.get(who, set())
            _vocals(article, s, got, who, next(iter(parts)) if len(parts) == 1 else None, flags)
    for m in _TRADING_LINES.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for x in (m["a"], m["b"]) if got else ():
            flags = []
            singer = s.mention(x)
            who = _singer(article, singer, flags)
            if who and article.is_a(who, PERSON):
                _vocals(article, s, got, who, None, flags)
    for m in _THE_FOLLOW_UP.finditer(s.masked):
        before = article.spoken_recording([])
        title = s.mention(m["r"])
        got = _recording(article, title, []) if before and _is_title(article, title) else None
        for artist in sorted(article.credits.get(before[0], ())) if got and got != before else ():
            if article.is_a(artist, (GROUP, BAND)):
                _credit_to(article, s, got, artist, [])
    for m in _CREDITED_AND_SUNG.finditer(s.masked):
        got = article.spoken_recording([])
        singer = s.mention(m["a"])
        who = _singer(article, singer, []) if got else None
        if who and article.is_a(who, PERSON):
            _vocals(article, s, got, who, None, [])
    for m in _WHOSE_T_IS_SUNG.finditer(s.masked):
        flags = []
        title, singer = s.mention(m["r"]), s.mention(m["a"])
        got = _recording(article, title, flags) if _is_title(article, title) else None
        who = _singer(article, singer, flags) if got else None
        if who and article.is_a(who, PERSON):
            _vocals_as(article, s, got, who, s.mention(m["c"]), flags)
    for m in _GROUP_ON_SOUNDTRACK.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        named = s.mention(m["g"]) if m["g"] else None
        group = (_artist(article, named, []) if named is not None and
                 looks_like_group(article, named) else None) if m["g"] else \
            article.recent.get(GROUP) or article.recent.get(BAND)
        if got and group and article.is_a(group, (GROUP, BAND)):
            _credit_to(article, s, got, group, [])
    for m in _ONLY_HEARD.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for x in (m["a"], m["b"]) if got else ():
            singer = s.mention(x)
            who = _singer(article, singer, [])
            if who and article.is_a(who, PERSON):
                _vocals(article, s, got, who, None, [])
    for m in chain(_CREDITED_TO_PRONOUN.finditer(s.masked), _THE_TRACK_HIS.finditer(s.masked)):
        flags = []
        titles = [x for x in s.mentions_in(s.masked[:m.start()]) if x.quoted]
        named = m.groupdict().get("r")
        title = s.mention(named) if named else titles[-1] if len(titles) == 1 else None
        got = _recording(article, title, flags) if _is_title(article, title) else None
        who = _subject_person(article, s, m.start(), flags, pronoun=True) if got else None
        if who and article.is_a(who, PERSON):
            _credit_to(article, s, got, who, flags)
            if re.match(r"\s+and\s+sung\b", s.masked[m.end():]):  # "… alone and sung in
                _vocals(article, s, got, who, None, flags)  # character as C": she sings it
            # "a track credited to him that he sings as C"
            that = re.match(r"\s+(?:that|which)\s+(?:he|she)\s+(?:sings|sang)\b"
                            r"(?:\s+(?:in\s+character\s+)?as\s+(⟨\d+⟩))?", s.masked[m.end():])
            if that:
                _vocals_as(article, s, got, who, s.mention(that[1]) if that[1] else None, flags)
    for m in _THE_TWO_DUET.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        players = _players_in(article, s.start)
        for player in players if got and len(players) == 2 else ():
            parts = article.portrayals.get(player, set())
            _vocals(article, s, got, player, next(iter(parts)) if len(parts) == 1 else None, [])
    for m in _IT_CREDITED_TO_BOTH.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        players = _players_before(article)
        for player in players if got and len(players) == 2 else ():
            _credit_to(article, s, got, player, [])
    for m in _THE_TWO_SING_IT.finditer(s.masked):
        flags = []
        title = s.mention(m["r"])
        got = _recording(article, title, flags) if _is_title(article, title) else None
        for who, part in ((m["a"], m["c"]), (m["b"], m["d"])) if got else ():
            singer = _singer(article, s.mention(who), flags)
            if singer and article.is_a(singer, PERSON):
                _vocals_as(article, s, got, singer, s.mention(part) if part else None, flags)
    for m in _AND_THE_TRACK_HIS.finditer(s.masked):
        flags = []
        got = _spoken_of(article, s, m.start())
        who = _subject_person(article, s, m.start(), flags, pronoun=True) if got else None
        if who and article.is_a(who, PERSON):
            _credit_to(article, s, got, who, flags)
    if _THE_NUMBER_HIS.match(s.masked):
        got = article.spoken_recording([])
        sung = {who for recording, who in article.vocal_parts() if recording == got[0]} \
            if got else set()
        if len(sung) == 1 and article.previous is not None and \
                any(article.resolve(x, (PERSON,), None, []) in sung
                    for x in article.previous.mentions):
            _credit_to(article, s, got, sung.pop(), [])  # sung just before, by one person
    for m in _CREDITED_OPENS.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if _is_title(article, title) and (_artistlike(article, artist, loose=True) or
                                          _capitals_group(article, artist) or
                                          looks_like_group(article, artist)):
            _credit(article, s, title, artist)
    for m in _CREDITED_COLON.finditer(s.masked):
        listed = [r for r in (_credit(article, s, x, s.mention(m["a"]))
                              for x in s.mentions_in(m["list"]) if x.quoted) if r]
        if len(listed) > 1:
            article.recording_lists.append(listed)
    for m in _THE_NTH_IS.finditer(s.masked):
        lists = article.recording_lists
        index = {"first": 0, "second": 1, "third": 2, "last": -1}[m["n"]]
        got = lists[-1][index] if lists and len(lists[-1]) > max(index, -index - 1) else None
        got = (got, article._songs.get(got)) if isinstance(got, str) else got
        for who, part in ((m["a"], m["c"]), (m["b"], m["d"])) if got else ():
            singer = s.mention(who)
            key = _singer(article, singer, [])
            if key and article.is_a(key, PERSON):
                _vocals_as(article, s, got, key, s.mention(part), [])
    for m in _OPENS_WITH.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if _is_title(article, title) and (_artistlike(article, artist, loose=True) or
                                          _capitals_group(article, artist)):
            _credit(article, s, title, artist)
    for m in _TRADES_VERSES_ON.finditer(s.masked):
        flags = []
        title = s.mention(m["r"])
        got = _recording(article, title, flags) if _is_title(article, title) else None
        first = _subject_person(article, s, m.start(), list(flags), pronoun=True) if got else None
        other = s.mention(m["b"])
        second = _artist(article, other, list(flags), prefer_person=True) \
            if got and _artistlike(article, other, loose=True) else None
        for who in (first, second):
            if who and article.is_a(who, PERSON):
                _vocals(article, s, got, who, None, list(flags))
    for m in _WHOSE_VOICE.finditer(s.masked):
        flags = []
        singer = s.mention(m["a"])
        titles = [x for x in s.mentions_in(s.masked[:m.start()]) if _is_title(article, x)]
        got = _recording(article, titles[-1], flags) if titles else None
        who = _singer(article, singer, flags) if got else None
        if who and article.is_a(who, PERSON):
            _vocals(article, s, got, who, None, flags)
    for m in _CARRIES_ON_HER_OWN.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        if _person_sings(article, s, got, s.mention(m["a"])) and m["g"] and m["grp"]:
            _credit(article, s, title, s.mention(m["g"]))
    for m in _LEADS_DUET_ON.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        for lead in article.leads if got and len(article.leads) == 2 else ():
            _vocals(article, s, got, lead, None, [])
    for m in chain(_DUET_IN_WHICH_AS.finditer(s.masked), _TITLE_THEN_SINGING.finditer(s.masked),
                   _PAIR_SINGLE_ON_WHICH.finditer(s.masked)):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        singers = [(m["a"], m["c"])] + ([(m["b"], m["d"])] if m.groupdict().get("b") else [])
        for singer, part in singers:
            if _person_sings(article, s, got, s.mention(singer), s.mention(part)) and \
                    m.groupdict().get("single"):  # "an A and B single": theirs
                _credit(article, s, title, s.mention(singer))
    for m in _WHICH_HE_SINGS_AS.finditer(s.masked):
        flags = []
        got = _spoken_of(article, s, m.start())
        character = article.resolve(s.mention(m["c"]), (CHARACTER,),
                                    CHARACTER if m["ic"] else None, flags) if got else None
        player = article.player_of(character)
        # ("“T,” the trot singer A’s single …, which he sings in character as C": A, the one
        # person credited with it, not C's actor)
        credited = [a for a in article.credits.get(got[0], ()) if article.is_a(a, PERSON)] \
            if got else []
        if character and len(credited) == 1:
            _vocals(article, s, got, credited[0], character, flags)
        elif player and not m["singer"]:
            _vocals(article, s, got, player, character, flags)
    for credited, m in chain(((True, m) for m in _BOTH_ACTORS_AS.finditer(s.masked)),
                             ((False, m) for m in _LEADS_TRADE_AS.finditer(s.masked)),
                             ((False, m) for m in _PAIR_DUET_AS_ON.finditer(s.masked))):
        flags: list[str] = []
        title = s.mention(m["r"] or m.groupdict().get("r2"))
        got = _recording(article, title, flags) if _is_title(article, title) else None
        for part in (m["c"], m["d"]) if got else ():
            character = article.resolve(s.mention(part), (CHARACTER,), None, list(flags))
            player = article.player_of(character)
            if player:
                if credited:  # "credited to both actors"
                    _credit_to(article, s, got, player, list(flags))
                _vocals(article, s, got, player, character, list(flags))
    if _EACH_OF_THEM.search(s.masked) and (got := _spoken_of(article, s, len(s.masked))):
        credited = sorted(k for k in article.credits.get(got[0], ()) if article.is_a(k, PERSON))
        pair = _DUET_BETWEEN.search(s.masked) if len(credited) < 2 else None
        if pair:  # "“T,” a duet between A and B, …, and both sing it in character": not yet
            credited = [k for k in (_singer(article, s.mention(pair[x]), []) for x in "ab") if k]
        for who in credited if len(credited) > 1 else ():
            parts = article.portrayals.get(who, set())
            if len(parts) == 1:
                _vocals(article, s, got, who, next(iter(parts)), [])
    for m in _PRONOUN_PAIR_AS.finditer(s.masked):
        flags: list[str] = []
        title = s.mention(m["r"]) if m["r"] else None
        got = _recording(article, title, flags) if _is_title(article, title) else \
            None if m["r"] else _spoken_of(article, s, m.start())
        first = _subject_person(article, s, m.start("pro"), flags, pronoun=True)
        other = s.mention(m["b"])
        second = article.resolve(other, (PERSON,), SINGER, flags) \
            if _artistlike(article, other, loose=True) else None
        for who, part in ((first, m["c"]), (second, m["d"])):
            if got and who and article.is_a(who, PERSON):
                character = article.resolve(s.mention(part), (CHARACTER,), CHARACTER, list(flags))
                _vocals(article, s, got, who, character, list(flags))
    for m in _THE_ARTIST_SONG.finditer(s.masked):
        artist = s.mention(m["a"])
        if artist is None or artist.quoted or _series_like(article, artist) or \
                not (_artistlike(article, artist, loose=True) or _capitals_group(article, artist)):
            continue
        title = s.mention(m["r"] or m["r2"])
        if _is_title(article, title):
            _credit(article, s, title, artist)
        elif m["r"] is None and m["r2"] is None and m["the"].lower() == "the" and \
                m["adj"] != "one" and (  # "The one G song missing is …" speaks of another
                # "“T” had 31 million streams, against 12 million for the G track": another
                not any(x.quoted for x in s.mentions_in(s.masked[:m.start()]))) and (
                _artistlike(article, artist) or _capitals_group(article, artist)):
            # "The G track has topped …", not "a Korean ballad" nor "lobbying for a G track"
            _credit_last(article, s, artist)
    for m in _OWNED_LIST.finditer(s.masked):
        artist = s.mention(m["a"])
        if artist is None or _series_like(article, artist) or \
                not (_artistlike(article, artist, loose=True) or _capitals_group(article, artist)):
            continue
        for title in s.mentions_in(m["list"]):
            if _is_title(article, title):
                _credit(article, s, title, artist)
    _more(article, s)
    for m in [*_DUET_OF.finditer(s.masked), *_DUET_TITLED.finditer(s.masked)]:
        title = s.mention(m["r"] or m.groupdict().get("r2") or m.groupdict().get("r3"))
        pair = ("a", "c") if m["a"] else ("a2", "c2") if m.groupdict().get("a2") else ("a3", "c3")
        if _is_title(article, title):
            span = s.masked[m.start(pair[0]):m.end(pair[1])]
            # ("G’s B", "G member B": the group names whose member sings, not an artist)
            owners = {x.start for x in s.mentions_in(
                "".join(o[0] for o in re.finditer(r"⟨\d+⟩(?=(?:[’']s|\s+member)\s+⟨)", span)))}
            for artist in s.mentions_in(span):
                if artist.start not in owners and _artistlike(article, artist, loose=True):
                    _credit(article, s, title, artist)
    _under_name(article, s)
    _owned_before(article, s)
    _has_him_singing(article, s)
    for pattern in (_WHOSE, _THEIR_SINGLE, _WON_FOR):
        for m in pattern.finditer(s.masked):
            if re.match(r",?\s+in\s+which\b", s.masked[m.end():]):
                continue  # "won … for “S,” in which she plays C": S is a series
            title, artist = s.mention(m["r"]), s.mention(m.groupdict().get("a2") or m["a"])
            if _is_title(article, title) and \
                    not _series_like(article, title) and _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
                # ("A and B trade lines on their duet “T”": both are its artists)
                pair = re.match(rf"\s+and\s+({M})\s", s.masked[m.end("a"):]) \
                    if pattern is _THEIR_SINGLE and re.search(r"\btheir\s", m.group()) else None
                if pair and _artistlike(article, other := s.mention(pair[1]), loose=True):
                    _credit(article, s, title, other)
    for pattern in (_VOCALS_FROM, _HANDLES, _VOICE_IS_THE_ONLY_ONE, _AND_HANDLES):
        for m in pattern.finditer(s.masked):
            _sing(article, s, s.mention(m["r"]), s.mentions_in(m["a"]))
    for m in _THE_BANDS.finditer(s.masked):
        fictional = re.search(r"fictional|in-story|on-screen", m.group(), re.I)
        # "G claimed the prize, a vote that the group's “T” helped win": the group the
        # sentence opened with, before the one spoken of earlier
        opener = s.mention("⟨0⟩") if re.match(r"\s*⟨0⟩(?![’'])", s.masked) else None
        band = article.resolve(opener, (GROUP, BAND), GROUP, []) if not fictional and (
            _is_any(article, opener, (GROUP,)) or _capitals_group(article, opener)) else \
            band_before(article, story=bool(fictional))
        if not fictional and article.ensembles and band in article.ensembles and \
                article.ensembles[-1] != band and article.members.get(article.ensembles[-1]) \
                and re.match(r"\s*The\s+band[’']s\b", s.masked):
            # "G, the four-piece fronted by A, with B on guitar …. The band's “T” …": the band
            # met last whose members are known, not the story's met before it
            band = article.ensembles[-1]
        if m["their"]:  # "Their breakthrough, “T,” …": the group the sentence before named
            named = [x for x in (article.previous.mentions if article.previous else ())
                     if not x.quoted and (looks_like_group(article, x) or
                                          _is_any(article, x, (GROUP, BAND)))]
            band = article.resolve(named[-1], (GROUP, BAND), GROUP, []) if named else None
        if fictional and band and not article.is_a(band, BAND):
            continue  # "the fictional band's song" is no real group's
        if band and re.search(r"\bband\b", m.group()) and not article.is_a(band, BAND) and any(
                person in article.portrayals for person in article.members.get(band, ())):
            continue  # a cast member's idol group is not "the band" of a drama about one
        title = s.mention(m["r"])
        if band and _is_title(article, title):
            flags: list[str] = []
            got = _recording(article, title, flags)
            if got:
                _credit_to(article, s, got, band, flags)
    _sung_as_player(article, s)  # again: "The band's release, “T,” which A sang as …" credited it
    for m in _TITLE_THE_BANDS.finditer(s.masked):
        title = s.mention(m["r"])
        if not _is_title(article, title):
            continue
        named = [x for x in s.mentions if x.end <= title.start and not x.quoted and (
            _is_group(article, x) or article.hints.get(_form(x)) in (GROUP, BAND) or
            _capitals_group(article, x))]
        band = _artist(article, named[-1], []) if named else band_before(article)
        got = _recording(article, title, []) if band else None
        if got:
            _credit_to(article, s, got, band, [])
    for m in _FEATURES.finditer(s.masked):
        if m["it"]:  # "the track features rapper A": the song spoken of
            got = _spoken_of(article, s, m.start())
            for artist in s.mentions_in(m["a"]) if got else []:
                who = _artist(article, artist, []) if _artistlike(article, artist) else None
                if who:
                    _credit_to(article, s, got, who, [])
            continue
        title = s.mention(m["r"])
        if not _is_title(article, title):
            continue
        for artist in s.mentions_in(m["a"]):
            if _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
    for m in _FEATURES_ON.finditer(s.masked):
        artist = s.mention(m["a"])
        if not _artistlike(article, artist):
            continue
        if m["r"]:
            title = s.mention(m["r"])
            if _is_title(article, title):
                _credit(article, s, title, artist)
        else:
            _credit_last(article, s, artist)
    for m in _WHICH_SINGS.finditer(s.masked):
        flags = []
        got = _spoken_of(article, s, m.start("it")) if m["it"] else \
            _recording(article, s.mention(m["r"]), flags) if _is_title(
                article, s.mention(m["r"])) else None
        character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, flags) \
            if m["c"] else None
        if m["b"] and got and (with_ := _singer(article, s.mention(m["b"]), [])) and \
                article.is_a(with_, PERSON):
            _vocals(article, s, got, with_, None, [])
        for mention in s.mentions_in(m["a"]):
            who = _singer(article, mention, flags) if got else None
            if who and (article.is_a(who, PERSON) or who.startswith(UNRESOLVED)):
                _vocals(article, s, got, who, character, list(flags))
            elif got and not who and looks_like_group(article, mention) and \
                    (key := _artist(article, mention, list(flags))):
                # "“T,” which G sings over the opening titles of “S”": the group's song
                _credit_to(article, s, got, key, list(flags))
    for m in _SINGS_AS_ON.finditer(s.masked):
        flags = []
        title = s.mention(m["r"])
        got = _recording(article, title, flags) if _is_title(article, title) else None
        if got is None:
            continue
        if m["a"].startswith("⟨"):
            named = s.mention(m["a"])
            singer = _artist(article, named, flags, prefer_person=True) \
                if _artistlike(article, named, loose=True) else None
        else:
            singer = _subject_person(article, s, m.start(), flags, pronoun=True)
        character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, flags)
        if singer and article.is_a(singer, PERSON):
            _vocals(article, s, got, singer, character, flags)
    for m in _APPOSED_GROUP_RECORDED.finditer(s.masked):
        title = s.mention(m["r"] or m["r2"] or m["r3"] or m["r4"] or m["r5"])
        group = s.mention(m["g"] or m["g2"] or m["g3"] or m["g4"] or m["g5"])
        if _is_title(article, title) and (looks_like_group(article, group) or (
                (m["g3"] or m["g4"]) and could_be(article, group, BAND)) or (
                m["g5"] and could_be(article, group, BAND) and
                not could_be(article, group, PERSON))):
            if m["g4"] and not group.resolution.entities:  # "its salt-farm band, G": a drama's
                article.hints.setdefault(_form(group), BAND)
            _credit(article, s, title, group)
    for m in _SINGS_IT_WITH.finditer(s.masked):
        got, partner = _spoken_of(article, s, m.start()), s.mention(m["b"])
        flags = []
        who = _singer(article, partner, flags) if got else None
        if who:
            _vocals_as(article, s, got, who, s.mention(m["d"]) if m["d"] else None, flags)
    for m in _LISTS_AS_ARTISTS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for named in s.mentions_in(m["list"]) if got else ():
            flags: list[str] = []
            who = _artist(article, named, flags, prefer_person=True) \
                if _artistlike(article, named, loose=True) else None
            if who:
                _credit_to(article, s, got, who, flags)
                if m["sing"] and article.is_a(who, PERSON):
                    _vocals(article, s, got, who, None, list(flags))
    for m in _FEATURES_ON_VOCALS.finditer(s.masked):
        title, flags = s.mention(m["r"]), []
        got = _recording(article, title, flags) if _is_title(article, title) else None
        who = _singer(article, s.mention(m["a"]), flags) if got else None
        if who:
            _vocals_as(article, s, got, who, s.mention(m["c"]) if m["c"] else None, flags)
    # the band or group spoken of is credited: "On “T,” also credited to the band", "“T,”
    # another song credited to the band", "our song “T”", "“T” is credited to the whole group"
    for m in [*_ON_T_CREDITED_TO_THE_BAND.finditer(s.masked),
              *_CREDITED_TO_THE_WHOLE.finditer(s.masked),
              *_ANOTHER_BAND_SONG.finditer(s.masked), *_OUR_SONG.finditer(s.masked)]:
        title, ensemble = s.mention(m["r"]), article.recent.get(ENSEMBLE)
        got = _recording(article, title, []) if _is_title(article, title) else None
        if got and ensemble:
            _credit_to(article, s, got, ensemble, [])
    if _BOTH_BAND_CREDITS.match(s.masked) and article.previous is not None and \
            ENSEMBLE in article.recent:
        for title in article.previous.mentions:
            got = _recording(article, title, []) if _is_title(article, title) else None
            if got:
                _credit_to(article, s, got, article.recent[ENSEMBLE], [])
    for m in _FRONTS_AS.finditer(s.masked):
        title, flags = s.mention(m["r"]), []
        got = _recording(article, title, flags) if _is_title(article, title) else None
        who = _singer(article, s.mention(m["a"]), flags) if got else None
        if who:
            character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, flags)
            _vocals(article, s, got, who, character, flags)
    for m in _TITLE_SUNG_BY_ITS_MEMBERS.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        if got:
            _sing_on(article, s, got, s.mentions_in(m["list"]), [])
    for m in [*_ITS_ARTIST_SINGS.finditer(s.masked),
              *_WHICH_ITS_ARTIST_SINGS.finditer(s.masked),
              *_THE_SINGER_CREDITED_ON.finditer(s.masked),
              *_RECORDED_CREDITED_TO_HIM.finditer(s.masked)]:
        title, flags = s.mention(m["r"]), []
        got = _recording(article, title, flags) if _is_title(article, title) else None
        who = _singer(article, s.mention(m["a"]), flags) if got else None
        if who:
            _credit_to(article, s, got, who, flags)
            if not rx.found_by(m, _RECORDED_CREDITED_TO_HIM, _THE_SINGER_CREDITED_ON) or \
                    m.groupdict().get("voice"):
                _vocals(article, s, got, who, None, list(flags))
    for m in [*_FIRST_SOLO.finditer(s.masked), *_G_SINGLE_FOR.finditer(s.masked)]:
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        artist = replace(artist, initial=False) if artist is not None else None  # a possessive
        if title is not None and title.quoted and _is_title(article, title) and \
                _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)
    for m in _T_ITS_OWN.finditer(s.masked):
        title, flags = s.mention(m["r"]), []
        got = _recording(article, title, flags) if title is not None and title.quoted and \
            _is_title(article, title) else None
        who = _person_sings(article, s, got, s.mention(m["a"])) if got else None
        if who:
            _credit_to(article, s, got, who, flags)
    for m in _ALL_MEMBERS_SING.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if title is not None and title.quoted and \
            _is_title(article, title) else None
        _whole_group_sings(article, s, got)
    for m in _OWN_NUMBER.finditer(s.masked):
        title, flags = s.mention(m["r"]), []
        got = _recording(article, title, flags) if title is not None and title.quoted and \
            _is_title(article, title) else None
        who = _singer(article, s.mention(m["a"]), flags) if got else None
        if who and article.is_a(who, PERSON):
            _credit_to(article, s, got, who, flags)
    for m in _FROM_THE_SINGER.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if title is not None and title.quoted and _is_title(article, title) and (
                _artistlike(article, artist, loose=True) or looks_like_group(article, artist)):
            _credit(article, s, title, artist)
    for m in _DUO_WITH_THEIR.finditer(s.masked):
        title, group = s.mention(m["r"]), s.mention(m["g"])
        if title is not None and title.quoted and _is_title(article, title) and \
                looks_like_group(article, group):
            _credit(article, s, title, group)
    for m in _IS_A_GROUP_TRACK.finditer(s.masked):
        title, group = s.mention(m["r"]), s.mention(m["g"])
        if not (_is_title(article, title) and looks_like_group(article, group)):
            continue
        got = _credit(article, s, title, group)
        if got and m["list"]:
            _sing_on(article, s, (got, article._songs.get(got)), s.mentions_in(m["list"]), [])
    for m in _CREDITED_TO_THE_GROUP.finditer(s.masked):
        got, ensemble = _spoken_of(article, s, m.start()), article.recent.get(ENSEMBLE)
        if got and ensemble:
            _credit_to(article, s, got, ensemble, [])
    for m in _AND_CREDITED.finditer(s.masked):
        flags = []
        apposed = _SONG_THEN_TITLE.match(s.masked)  # "The third song, “T,” is sung by …"
        title = s.mention(m["r"] or (apposed[1] if apposed else None))
        got = (_recording(article, title, flags) if _is_title(article, title) else None) \
            if m["r"] or apposed else _spoken_of(article, s, m.start())
        artists = [first_mention(article, s, (PERSON,), before=m.start("self"))] \
            if m["self"] else [first_mention(article, s, (PERSON,), before=m.start("pro"))] \
            if m["pro"] else [first_mention(article, s, (PERSON,), before=m.start("pro2")),
                              s.mention(m["b"])] if m["pro2"] else s.mentions_in(m["a"])
        for artist in artists:
            who = _artist(article, artist, flags) \
                if got and _artistlike(article, artist, loose=True) else None
            if who:
                _credit_to(article, s, got, who, flags)
    for m in _FOLLOWED_WITH.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if _is_title(article, title) and not _series_like(article, title) and \
                _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)
    for m in _CONTRIBUTION.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if m["it"] and artist is not None and not artist.quoted and \
                _artistlike(article, artist, loose=True):
            _credit_last(article, s, artist)
        elif _is_title(article, title) and _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)
    for m in _VOCAL_TRACK.finditer(s.masked):
        _sing(article, s, s.mention(m["r"]), [s.mention(m["a"])])
    for m in _THEIR_CONTRIBUTION.finditer(s.masked):
        title = s.mention(m["r"])
        artists = [x for x in s.mentions_in(s.masked[:m.start()])
                   if not x.quoted and (_artistlike(article, x) or _capitals_group(article, x))]
        if m["pro"] != "their":  # "her theme" is a person's, not her group's
            artists = [x for x in artists if not _is_any(article, x, (GROUP, BAND)) and
                       not _capitals_group(article, x)]
        if not _is_title(article, title) or len(artists) > 1:
            continue
        if artists:
            _credit(article, s, title, artists[0])
        elif m["pro"] != "their" and (spoken := interview_guest(article) or
                                                previous_subject(article)):
            got = _recording(article, title, [])
            if got:
                _credit_to(article, s, got, spoken, [])
        else:
            continue
        if m["b"] and _artistlike(article, s.mention(m["b"])):
            _credit(article, s, title, s.mention(m["b"]))
    for m in _HIS_GROUP.finditer(s.masked):
        group = group_of(article, previous_subject(article) or article.before.get(PERSON))
        title = s.mention(m["r"])
        got = _recording(article, title, []) if group and _is_title(article, title) else None
        if got:
            _credit_to(article, s, got, group, [])
    for m in _TRADES_WITH.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        named = s.mention(m["named"]) if m["named"] else None
        if m["named"] and not _artistlike(article, named, loose=True):
            continue
        he = article.resolve(named, (PERSON,), SINGER, []) if named is not None else \
            _person_before(article)
        if got is None or he is None:
            continue
        _vocals(article, s, got, he, None, [])
        _sing_on(article, s, got, s.mentions_in(m["list"]), [])
    for m in (*_OWNED_SUNG.finditer(s.masked), *_AND_SINGS_ON.finditer(s.masked)):
        title = s.mention(m["r"])
        flags = []
        got, who = _person_on(article, s.mention(m["a"]), title, flags) \
            if _is_title(article, title) else (None, None)
        if got and who:
            _vocals(article, s, got, who, None, flags)
    for m in _SHE_AND_B_TRADE.finditer(s.masked):
        title, other, she = s.mention(m["r"]), s.mention(m["b"]), _person_before(article)
        got = _recording(article, title, []) if _is_title(article, title) else None
        if got is None or she is None:
            continue
        _vocals(article, s, got, she, None, [])
        partner = _person_sings(article, s, got, other)
        for who in (she, partner) if m["both"] and partner else ():
            _credit_to(article, s, got, who, [])
    for m in _SUNG_BY_HER.finditer(s.masked):
        named = s.mention(m["a"]) if m["a"] else None
        who = article.resolve(named, (PERSON,), None, []) if named is not None else \
            _person_before(article)
        got = _spoken_of(article, s, m.start("it" if m["it"] else "it2"))
        if got is not None and who is not None and article.is_a(who, PERSON):
            character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, []) \
                if m["c"] else None
            _vocals(article, s, got, who, character, [])
    for m in MEMBERS_SET_OFF.finditer(s.masked):
        named = {x.text for x in s.mentions_in(m["list"])}
        for sings in ONLY_THEY_SING.finditer(m["rest"]):
            got = _spoken_of(article, s, m.start("rest") + sings.start())
            for singer in s.mentions_in(sings["list"] or sings["list2"]) if got else ():
                if singer.text in named:
                    _person_sings(article, s, got, singer)
    for m in ONLY_SOME_SING.finditer(s.masked):
        got = _spoken_of(article, s, m.start("it"))
        for singer in s.mentions_in(m["list"]) if got else ():
            _person_sings(article, s, got, singer)
    for m in _THE_G_TRACK.finditer(s.masked):
        if m["r2"]:
            title = s.mention(m["r2"])
            for artist in (s.mention(m["a2"]), s.mention(m["b2"])) if _is_title(article, title) \
                    else ():
                # "the C and D duet that A and B recorded": the parts' duet, not the singers'
                if _artistlike(article, artist, loose=True) and \
                        not _is_any(article, artist, (CHARACTER,)):
                    _credit(article, s, title, artist)
            continue
        title, group = s.mention(m["r"] or m["r3"]), s.mention(m["a"] or m["a3"])
        # ("the girl group G’s contribution": the noun says what G is)
        if title is not None and title.quoted and group is not None and (
                _is_any(article, group, (GROUP, BAND)) or _capitals_group(article, group) or
                (m["a3"] and not group.quoted)):
            _credit(article, s, title, group)
    for m in _OWN_VOICE_ON.finditer(s.masked):
        singer = s.mention(m["a"]) if m["a"] else None
        if m["pro"]:  # the actor the clause before ends on ("fronted by A as C": C, a part)
            last = re.search(rf"\b(?:played|portrayed)\s+by\s+({M})\s*,\s+and\s+it\s+is\s+$",
                             s.masked[:m.start("pro")])
            singer = s.mention(last[1]) if last else None
            if singer is None or not could_be(article, singer, PERSON) or \
                    _is_any(article, singer, (CHARACTER,)):
                continue
        _person_sings(article, s, _spoken_of(article, s, m.start("it")), singer,
                      in_character=bool(m["cw"]))
    for m in _DROPS_CHARACTER.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start("it")), s.mention(m["a"]))
    for m in _TAKES_PART.finditer(s.masked):
        singer = s.mention(m["a"])
        if singer is not None and could_be(article, singer, PERSON):
            singer = replace(singer, initial=False)  # "Sorai carries the hook": a singer's
        if singer is None or not _artistlike(article, singer, loose=True) or \
                _is_group(article, singer) or _is_any(article, singer, (CHARACTER,)) or \
                (re.search(r"\son\s+it$", m.group()) and not m["c"]):
            # ("C takes the lead on it": a part, whose actor is the singer; "A sings lead on it
            # in character as C" says who sings)
            continue
        if re.match(r"\s*In\s+the\s+(?:drama|series|show|story)\b", s.masked) and \
                re.match(r"\s+as\b", s.masked[m.end():]) and m.group().endswith("lead"):
            continue  # "In the drama A takes the lead as C": the leading part, not a vocal
        flags = []
        title = s.mention(m["r"]) if m["r"] else None
        got = _recording(article, title, flags) if _is_title(article, title) else \
            None if m["r"] else _spoken_of(article, s, m.start())
        who = article.resolve(singer, (PERSON,), SINGER, flags)
        if got is None or who is None or not article.is_a(who, PERSON):
            continue
        if _APPOSED_RAPPER.match(m.group(), len(m["a"])):
            continue  # "B, the group’s rapper, takes the bridge": a member's rap, no singing
        if re.search(r"\b(?:raps|rapped|rap)\b", m.group()) or \
                re.search(r"\brapper\s+$", s.masked[:m.start()]):
            if _APPOSED_MEMBER.match(m.group(), len(m["a"])):
                # "B, the fifth member, handles the rap": a member of the group credited
                _members_of_credited(article, s, got, [singer], (GROUP, BAND))
                continue
            own = any(who in article.members.get(g, ()) for g in article.credits.get(got[0], ()))
            # ("…; D raps the bridge" of a song not yet credited, D a group's member: the
            # group's song, not a featured rap)
            own = own or (not article.credits.get(got[0]) and
                          any(who in members for members in article.members.values()))
            if not own and not re.search(r"\b(?:their|his|her)\s+(?:group|band)-?mate\s+$",
                                         s.masked[:m.start()]) and \
                    not _MEMBERS_SHARE.search(s.masked):  # a member's rap on the group's own song
                _credit_to(article, s, got, who, flags)  # a rap verse is a featured credit
            continue
        part = _WHO_PLAYS_PART.match(m.group()) if m["cw2"] else None
        character = article.resolve(s.mention(m["c"] or m["c0"]), (CHARACTER,),
                                    CHARACTER if m["cw"] or m["c0"] else None, flags) \
            if m["c"] or m["c0"] else \
            article.resolve(s.mention(part["c"]), (CHARACTER,), CHARACTER, flags) \
            if part else None
        _vocals(article, s, got, who, character, flags)
        singers, at = [singer], m.end()
        while gapped := _GAPPED_PART.match(s.masked, at):
            singers.append(s.mention(gapped["a"]))
            at = gapped.end()
        if rest := _TAKING_THE_REST.match(s.masked, at):
            singers.append(s.mention(rest["a"] or rest["a2"] or rest["a3"]))
        _sing_on(article, s, got, [x for x in singers[1:] if x is not None], [])
        groups = [a for a in article.credits.get(got[0], ()) if article.is_a(a, GROUP)]
        if _ALL_MEMBERS.match(s.masked) and len(groups) == 1:
            for mention in singers:
                person = _artist(article, mention, [], prefer_person=True) if mention else None
                if person is not None and article.is_a(person, PERSON):
                    article.claim(s.start, s.end, "membership",
                                  modelling.member(person, groups[0]), [], person, groups[0])
    for m in _HANDLES_IT.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        singer = s.mention(m["a"])
        if got and singer is not None and _artistlike(article, singer):
            flags: list[str] = []
            who = article.resolve(singer, (PERSON,), SINGER, flags)
            if who:
                _vocals(article, s, got, who, None, flags)
    _sings_spoken(article, s)
    for m in _TITLE_PAREN.finditer(s.masked):
        # ("the playlist on the mirror: T1 (A); T2 (B, C)": titles unquoted after the colon)
        listed = _listed_title(article, s, m)
        title = listed or s.mention(m["r"])
        if title is None or not (title.quoted or listed) or _series_like(article, title):
            continue  # "“S” (B)": a drama and its channel
        for artist in s.mentions_in(m["a"]):
            if _artistlike(article, artist, loose=True):
                _credit(article, s, title, artist)
    _owners(article, s)
    _sung_by(article, s)
    _sang_it(article, s)
    _lent(article, s)
    _sings(article, s)
    _sings_as(article, s)
    _alongside(article, s)
    _parts_taken(article, s)
    _which_she_sings(article, s)
    _own_name(article, s)
    _with_member_of(article, s, of_group)
    _remember_lists(article, s)


def _with_member_of(article: Article, s: Sentence, matches: list[re.Match[str]]) -> None:
    """"The G single “T” …, with A of G on the high notes" (``matches``, of
    :data:`_WITH_SINGING_IT` naming a group): once the sentence's credits are read, A is in G
    when the recording is credited to that one group."""
    for m in matches:
        group = s.mention(m["g"])
        got = _spoken_of(article, s, m.start()) if group is not None else None
        credited = [a for a in article.credits.get(got[0], ()) if article.is_a(a, GROUP)] \
            if got else []
        who = _singer(article, s.mention(m["a"]), []) if len(credited) == 1 else None
        if who and article.is_a(who, PERSON) and \
                _form(group) == exact_form(article.label(credited[0])):
            article.claim(s.start, s.end, "membership", modelling.member(who, credited[0]), [],
                          who, credited[0])


# "A put out “T,” which she sings in character as C": the person the sentence named before
# the title sings it.
_WHICH_SHE_SINGS = rx.compile(rf"(?P<r>{M}),\s+which\s+(?:she|he)\s+(?:also\s+)?(?:sings|sang|"
                              r"recorded|records|voices|voiced)\b(?!\s+(?:with|alongside)\b)"
                              rf"(?:\s+in\s+character\s+as\s+(?P<c>{M}))?")


def _which_she_sings(article: Article, s: Sentence) -> None:
    """"A put out “T,” which she sings in character as C": the last person named before T in
    the sentence sings it (no one named there, no one is read)."""
    for m in _WHICH_SHE_SINGS.finditer(s.masked):
        flags: list[str] = []
        title = s.mention(m["r"])
        people = [x for x in s.mentions_in(s.masked[:m.start()])
                  if not x.quoted and _artistlike(article, x, loose=True) and
                  (PERSON_NAME.match(x.text) or any(article.registry.is_a(e, PERSON)
                                                    for e in x.resolution.entities))]
        got = _recording(article, title, flags) if people and title is not None and \
            title.quoted and not _series_like(article, title) else None
        who = article.resolve(people[-1], (PERSON,), SINGER, flags) if got else None
        if got and who and article.is_a(who, PERSON):
            _vocals_as(article, s, got, who, s.mention(m["c"]), flags)


# "“T,” which she sang in character as C, was released under her own name": the singer is
# credited too.
# ("a duet that A and B recorded and released under both of their names": both are)
_OWN_NAME = rx.compile(r"\b(?:[Rr]eleased|came\s+out|comes\s+out|[Ii]ssued|put\s+out)\s+"
                       r"(?:[^;⟨]{0,30}?\s+)?under\s+(?:(?P<own>(?:his|her)\s+own\s+name)|"
                       # ("released under A’s own name on DATE")
                       # ("released on DATE under the singer A’s name": the trade before)
                       r"(?:the\s+(?:singer|vocalist|rapper|actress|actor)\s+)?(?P<a>⟨\d+⟩)[’']s\s+"
                       r"(?:own\s+)?name|"
                       r"both\s+(?:of\s+)?their\s+names|"
                       # ("Released on DATE under the band’s name, it …": the band named last)
                       r"the\s+(?P<band>band|group)[’']s\s+name)\b")


def _own_name(article: Article, s: Sentence) -> None:
    """Credit a recording "released under his own name" to the one person proposed so far
    as singing it (the title named last before the phrase, else the one spoken of)."""
    m = _OWN_NAME.search(s.masked)
    if m is None:
        return
    flags: list[str] = []
    title = next((x for x in reversed(s.mentions_in(s.masked[:m.start()]))
                  if x.quoted and _is_title(article, x) and not _series_like(article, x)), None)
    got = _recording(article, title, flags) if title is not None else \
        article.spoken_recording(flags)
    if m["a"]:
        who = _artist(article, s.mention(m["a"]), flags, prefer_person=True) if got else None
        if who is not None and article.is_a(who, PERSON):
            _credit_to(article, s, got, who, flags)
        return
    if m["band"]:
        group = article.recent.get(ENSEMBLE)
        if got is not None and group is not None and article.is_a(group, (BAND, GROUP)):
            _credit_to(article, s, got, group, flags)
        return
    singers = {person for recording, person in article.vocal_parts()
               if got is not None and recording == got[0]}
    if got is not None and len(singers) == (1 if m["own"] else 2):
        for singer in sorted(singers):
            _credit_to(article, s, got, singer, flags)


# -- the relations ----------------------------------------------------------------------------

def _players_before(article: Article) -> list[str]:
    """The actors the sentence before gave parts to, in the order it named them."""
    before = article.previous
    return _players_in(article, before.start) if before is not None else []


def _players_in(article: Article, start: int) -> list[str]:
    """The actors the sentence starting at ``start`` gave parts to, in the order it named them."""
    players = [subject for claim in article.proposal.claims
               if claim.start == start and claim.kind == "plays"
               for subject, predicate, _ in claim.facts if predicate == "lr:portrays"]
    return list(dict.fromkeys(players))


def _credit(article: Article, s: Sentence, title: Mention | None, artist: Mention | None,
            start: int | None = None, end: int | None = None, extra: list | None = None
            ) -> str | None:
    if title is None or artist is None or title is artist:
        return None
    flags: list[str] = []
    got = _recording(article, title, flags)
    if got is None:
        return None
    who = _artist(article, artist, flags)
    if who is None:
        return None
    recording, song = got
    facts = modelling.credit(recording, song, who) + (extra or [])
    article.claim(s.start if start is None else start, s.end if end is None else end,
                  "performs", facts, flags, recording, who)
    return recording


# "It is credited to G as well": another of G's songs.
_AS_WELL = rx.compile(r"\bcredited\s+to\s+⟨\d+⟩\s+(?:as\s+well|too)\b|\b[Aa]lso\s+credited\b")


def _credit_last(article: Article, s: Sentence, artist: Mention, at: int | None = None) -> None:
    """Credit the recording the article named last ("it", "the track") to ``artist``; with
    ``at``, a title the sentence names before that masked offset comes first ("… lends her
    voice to “T”; the single, credited to A alone, …": T)."""
    flags: list[str] = []
    got = _spoken_of(article, s, at) if at is not None else article.spoken_recording(flags)
    who = _artist(article, artist, flags) if got else None
    theirs = {rec for rec, artists in article.credits.items() if who in artists} if who else set()
    # ("A, who is credited on the track, also sings it": a song only A sings is A's too)
    theirs |= {rec for rec, person in article.vocal_parts()
               if who and person == who and not article.credits.get(rec)}
    if theirs and got and got[0] not in theirs and not _AS_WELL.search(s.masked):
        return  # "Jeong’s ballad" after another song named: the one already credited to Jeong
    if got and who:
        _credit_to(article, s, got, who, flags)


def _credit_to(article: Article, s: Sentence, got: tuple[str, str | None], artist: str,
               flags: list[str]) -> None:
    """Credit the recording ``got`` (and its song) to the artist key ``artist``."""
    article.claim(s.start, s.end, "performs", modelling.credit(got[0], got[1], artist), flags,
                  got[0], artist)


def _parts_taken(article: Article, s: Sentence) -> None:
    found = list(_PARTS_TAKEN.finditer(s.masked))
    for m in found:
        title = s.mention(m["r"]) if m["r"] else None
        if title is None and any(x.quoted for x in s.mentions_in(s.masked[m.end():])):
            continue  # "A and B trade verses, over the strings of “T”": which song is unsure
        opening = re.match(r"\s*On\s+(⟨\d+⟩),", s.masked) if title is None else None
        if opening and _is_title(article, s.mention(opening[1])):
            title = s.mention(opening[1])  # "On “T,” A and B split the verses, …"
        title = title or _title_after_whose(s, m)
        got = _recording(article, title, []) if title is not None and title.quoted else \
            None if m["r"] else _spoken_of(article, s, m.start())
        singers = [x for x in s.mentions_in(m["list"]) + s.mentions_in(m["more"] or "")
                   if not x.quoted and could_be(article, x, PERSON) and
                   not _A_RAPPER.search(article.text, max(0, x.start - 12), x.start) and
                   not _APPOSED_RAPPER.match(article.text, x.end)]
        if len(found) > 1:
            # "A opens the first verse, B and C split the pre-chorus, …": a one-word name
            # opening the sentence is a singer's when the sentence goes on to name others
            singers = [replace(x, initial=False) if x.initial else x for x in singers]
        if got is not None and len(found) > 1 and not article.credits.get(got[0]):
            # "On “T,” A opens the first verse, B and C split the pre-chorus …", each a member
            # of one group named before, and no credit given: the group's song
            people = {_singer(article, x, []) for x in singers}
            groups = [g for g, members in article.members.items()
                      if people and None not in people and people <= members]
            if len(groups) == 1:
                _credit_to(article, s, got, groups[0], [])
        if got is not None:
            _sing_on(article, s, got, singers, [])
            # the singers of a group's song, part by part, are its members (not actors who
            # sing it in their parts, nor a soloist credited beside a featured group)
            if not _IN_PARTS.search(s.masked):
                _members_of_credited(article, s, got, [
                    x for x in singers if (who := _singer(article, x, [])) is not None and
                    not article.portrayals.get(who) and
                    who not in article.credits.get(got[0], ())], (GROUP,))


_IN_PARTS = rx.compile(r"\bin\s+character\b|\bas\s+⟨\d+⟩")
# "where the rapper B takes the second verse": a rapper's verse is no singing
_A_RAPPER = rx.compile(r"\brapper\s+$")
# ("while B, the group’s rapper, takes the bridge": the same)
_APPOSED_RAPPER = rx.compile(r",\s+(?:the|its|their)\s+(?:(?:group|band)[’']s\s+)?rapper,")
_APPOSED_MEMBER = rx.compile(r",\s+the\s+(?:(?:group|band)[’']s\s+)?(?:second|third|fourth|fifth|"
                             r"sixth|seventh|youngest|oldest|other|last)\s+member,")


def _alongside(article: Article, s: Sentence) -> None:
    for m in _ALONGSIDE.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        singers = [x for x in [s.mention(m["a"]) if m["a"] else None, *s.mentions_in(m["list"])]
                   if x is not None and not x.quoted and could_be(article, x, PERSON)]
        if got is not None:
            _sing_on(article, s, got, singers, [])


def _sings_as(article: Article, s: Sentence) -> None:
    for m in _SINGS_AS.finditer(s.masked):
        flags: list[str] = []
        singer, played = s.mention(m["a"]), s.mention(m["c"]) if m["c"] else None
        if singer is None or singer.quoted or not could_be(article, singer, PERSON):
            continue
        character = article.resolve(played, (CHARACTER,), CHARACTER, flags) if played else None
        if played is not None and character is None:
            continue
        # ("B steps up to the microphone as D on “T”": the title after, not the one before)
        after = re.match(rf"\s+on\s+({M})", s.masked[m.end():])
        named = s.mention(after[1]) if after else None
        got = _recording(article, named, flags) if _is_title(article, named) else \
            _spoken_of(article, s, m.start())
        who = _artist(article, singer, flags, prefer_person=True) if got else None
        if got is not None and who is not None and article.is_a(who, PERSON):
            _vocals(article, s, got, who, character, flags)
            gapped = _GAPPED_SINGER_AS.match(s.masked, m.end()) if character else None
            other = s.mention(gapped["b"]) if gapped else None
            if other is not None and not other.quoted and could_be(article, other, PERSON):
                more = list(flags)
                part = article.resolve(s.mention(gapped["d"]), (CHARACTER,), CHARACTER, more)
                second = _artist(article, other, more, prefer_person=True) if part else None
                if second is not None and article.is_a(second, PERSON):
                    _vocals(article, s, got, second, part, more)


def _person_on(article: Article, singer: Mention | None, title: Mention | None,
               flags: list[str]) -> tuple[tuple[str, str | None] | None, str | None]:
    """The recording of ``title`` and the person ``singer`` names, when ``singer`` reads as a
    person who may sing (not a group); otherwise ``(None, None)``."""
    if not _artistlike(article, singer, loose=True) or _is_group(article, singer):
        return None, None
    got = _recording(article, title, flags)
    who = article.resolve(singer, (PERSON,), SINGER, flags)
    return (got, who) if got and who and article.is_a(who, PERSON) else (None, None)


def _vocals(article: Article, s: Sentence, recording: tuple[str, str | None], singer: str,
            character: str | None, flags: list[str]) -> None:
    key, song = recording
    article.claim(s.start, s.end, "performs",
                  modelling.vocals(key, song, singer, character), flags, key, singer)


def _singer(article: Article, mention: Mention | None, flags: list[str]) -> str | None:
    """The person ``mention`` names, when it may name an artist at all (else ``None``)."""
    if mention is None or not _artistlike(article, mention, loose=True):
        return None
    who = _artist(article, mention, flags, prefer_person=True)
    return who if who and article.is_a(who, PERSON) else None


def _vocals_as(article: Article, s: Sentence, recording: tuple[str, str | None], singer: str,
               character: Mention | None, flags: list[str]) -> None:
    """``singer`` sings ``recording``, as the part ``character`` names where it names one."""
    role = article.resolve(character, (CHARACTER,), None, flags) if character else None
    _vocals(article, s, recording, singer, role, flags)


def _by(article: Article, s: Sentence) -> None:
    pos = 0
    while m := _BY.search(s.masked, pos):
        pos = m.start("a")  # "“T1” by A, “T2” by B and …": the next title may be in A's list
        if _PARTICIPLE.search(m["mid"]) or re.search(r"\b(?:and|or|of|in|on)\s+$", m["mid"]) or \
                re.search(r"\bsung\s+as\s+a\s+duet\s+$", m["mid"]) or \
                re.search(r"\b(?:sung|performed|voiced)\s+on\s+(?:screen|the\s+(?:soundtrack|record|"
                          r"recording|album))\s+$", m["mid"]):
            continue
        title = s.mention(m["r"])
        if not _is_title(article, title) or _series_like(article, title):
            continue  # ("“T,” from B’s drama “S,” is by G": T is G's, not the drama)
        apposed = re.search(r"(?P<t>⟨\d+⟩),\s+the\s+$", s.masked[:m.start()])
        if apposed and title.quoted and s.mention(apposed["t"]).quoted:
            continue  # "“T,” the “S” duet by A": S names T's drama, T is the record
        artists = s.mentions_in(m["a"])
        for i, artist in enumerate(artists):  # "a duet by A and B": both are credited
            owner = re.match(r"[’']s\s", s.text[artist.end:artist.end + 3])
            member = next((x for x in s.mentions if x.start == artist.end + 3), None) \
                if owner and i == len(artists) - 1 and i > 0 else None
            if member is not None and not member.quoted:
                _credit(article, s, title, member)  # "a duet by A and G’s B": B, of G
                break
            if artist.quoted or owner:
                break  # "“T1” by A, “T2” by B", "“T1” by A and B's “T2”": A's list ends
            _credit(article, s, title, artist)
        if len(artists) == 1 and re.search(r"\bsolo\b", m["mid"]):
            # "“T,” a solo release by the singer A": a soloist sings her own release
            flags: list[str] = []
            got = _recording(article, title, flags)
            who = _artist(article, artists[0], flags, prefer_person=True) if got else None
            if who and article.is_a(who, PERSON):
                _vocals(article, s, got, who, None, flags)
        guest = s.mention(m["f"]) if m["f"] else None
        if guest is not None and not guest.quoted and _artistlike(article, guest, loose=True):
            _credit(article, s, title, guest)
    for m in _TRACKLIST_BY.finditer(s.masked):
        recordings = [r for r in (_credit(article, s, t, s.mention(m["a"]))
                                  for t in s.mentions_in(m["list"])) if r]
        if len(recordings) > 1:
            article.recording_lists.append(recordings)


def _owners(article: Article, s: Sentence) -> None:
    """Whose recording it is: "“T” belongs to A", "It is a G track", "The group put out “T”"."""
    for m in _BELONGS_TO.finditer(s.masked):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if title is None or not title.quoted or not (_artistlike(article, artist, loose=True) or
                                                     _capitals_group(article, artist)):
            continue  # "Part 2, “T,” belongs to the trio G"
        if re.match(r"\s+alone:\s+the\s+(?:group|band)[’']s\s+(?:[a-z-]+\s+)?member\s+sings\b",
                    s.masked[m.end():]):
            # "“T” belongs to A alone: the group’s youngest member sings every line of it": the
            # voice, on the group's song
            got = _recording(article, title, [])
            if got is not None:
                _sing_on(article, s, got, [artist], [])
            continue
        _credit(article, s, title, artist)
        if m["b"] and _artistlike(article, s.mention(m["b"]), loose=True):
            _credit(article, s, title, s.mention(m["b"]))
    for m in _N_G_SONGS_COLON.finditer(s.masked):
        group = s.mention(m["g"])
        if group is None or not (_is_group(article, group) or _capitals_group(article, group)):
            continue
        items = re.finditer(r"(?:^|,\s+and\s+|;\s+(?:and\s+)?)(⟨\d+⟩)", s.masked[m.end():])
        titles = [x for x in (s.mention(i[1]) for i in items) if _is_title(article, x)]
        for title in titles[:_COUNTS[m["n"]]]:
            _credit(article, s, title, group)
    for m in chain(_TITLE_IS_ARTISTS.finditer(s.masked), _SINGLE_FROM.finditer(s.masked)):
        title, artist = s.mention(m["r"]), s.mention(m["a"])
        if title is not None and title.quoted and not (artist is None or artist.quoted) and \
                (_artistlike(article, artist, loose=True) or _capitals_group(article, artist)):
            _credit(article, s, title, artist)
    for m in _IT_IS_A.finditer(s.masked):
        artist = s.mention(m["a"])
        got = _spoken_of(article, s, m.start())
        if got and (_artistlike(article, artist) or _capitals_group(article, artist)):
            flags: list[str] = []
            who = article.resolve(artist, (PERSON, GROUP, BAND), GROUP if
                                  _capitals_group(article, artist) else SINGER, flags)
            if who:
                _credit_to(article, s, got, who, flags)
    for m in _THE_GROUP_PUT_OUT.finditer(s.masked):
        title = s.mention(m["r"])
        group = band_before(article)
        got = _recording(article, title, []) if group and _is_title(article, title) else None
        if got:
            _credit_to(article, s, got, group, [])


def _sang_it(article: Article, s: Sentence) -> None:
    """Singers named with the song they sing: "A and B, who sang it", "a ballad she sings",
    "A sings the two remaining songs, T1 and T2", "he hands the verses to A and B"."""
    for m in _WHO_SANG_IT.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        singers = [x for x in s.mentions_in(m["list"]) if _artistlike(article, x)]
        if got is not None:
            _sing_on(article, s, got, singers, [])
    for m in _MATES_SING_IT.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _sing_on(article, s, got, [x for x in s.mentions_in(m["list"])
                                       if _artistlike(article, x, loose=True)], [])
    for m in _MATES_TAKE.finditer(s.masked):
        title = s.mention(m["r"]) if m["r"] else None
        got = _recording(article, title, []) if title is not None and title.quoted else \
            None if title is not None else _spoken_of(article, s, m.start())
        if got is not None:
            _sing_on(article, s, got, [x for x in s.mentions_in(m["list"])
                                       if _artistlike(article, x, loose=True)], [])
    for m in _SUNG_BY_ITS_ARTIST.finditer(s.masked):
        title, flags = s.mention(m["r"]), []
        got = _recording(article, title, flags) if _is_title(article, title) else None
        who = _singer(article, s.mention(m["a"]), flags) if got else None
        if who:
            _credit_to(article, s, got, who, flags)
            _vocals(article, s, got, who, None, list(flags))
    for m in _BALLAD_SHE_SINGS.finditer(s.masked):
        flags: list[str] = []
        title = s.mention(m["r"])
        got = _recording(article, title, flags) if _is_title(article, title) else None
        singer = _subject_person(article, s, m.start(), flags) if got else None
        if got and singer and article.is_a(singer, PERSON):
            _vocals(article, s, got, singer, None, flags)
    for m in _ON_T_SINGS.finditer(s.masked):
        title, subject = s.mention(m["r"]), s.mention(m["a"])
        if _is_title(article, title) and _artistlike(article, subject) and \
                not _is_group(article, subject):
            _sing(article, s, title, [subject])
    for m in chain(_SINGS_THE_SONGS.finditer(s.masked), _TAKES_ALONE.finditer(s.masked)):
        flags = []
        subject = s.mention(m["a"])
        if not _artistlike(article, subject) or _is_group(article, subject):
            continue
        singer = article.resolve(subject, (PERSON,), SINGER, flags)
        for title in s.mentions_in(m["list"]) if singer else []:
            got = _recording(article, title, list(flags)) if title.quoted else None
            if got:
                _vocals(article, s, got, singer, None, list(flags))
    for m in _IT_IS_WHO_SING.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _sing_on(article, s, got, [x for x in s.mentions_in(m["list"])
                                       if _artistlike(article, x)], [])
    for m in _GIVES_A_THE_VERSE.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        singers = [x for x in (s.mention(m["a"]), s.mention(m["b"]) if m["b"] else None)
                   if _artistlike(article, x)]
        if got is not None:
            _sing_on(article, s, got, singers, [])
    for m in _HANDS_TO.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is None:
            continue
        singers = [x for x in s.mentions_in(m["list"]) if _artistlike(article, x)]
        _sing_on(article, s, got, singers, [])
        he = _subject_person(article, s, m.start(), [], pronoun=True) if m["keeps"] else None
        if he and article.is_a(he, PERSON):
            _vocals(article, s, got, he, None, [])


def _pair_sung(article: Article, s: Sentence) -> None:
    """Vocals of "the pair" or "the two leads" on the recording the sentence speaks of."""
    for m in _WHO_SINGS_OVER.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]))
    for m in _PLAYERS_SING.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        # "A and B, who play C and D, duet on the track": a duet no one else is credited with
        # is theirs
        duet = bool(m["duet"]) and got is not None and not article.credits.get(got[0])
        for singer in (m["a"], m["b"]) if got else ():
            _person_sings(article, s, got, s.mention(singer), in_character=bool(m["cw"]))
            who = _artist(article, s.mention(singer), [], prefer_person=True) if duet else None
            if who is not None and article.is_a(who, PERSON):
                _credit_to(article, s, got, who, [])
    for m in _LEADS_DUET.finditer(s.masked):
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
        for lead in article.leads if got is not None and len(article.leads) == 2 else ():
            _credit_to(article, s, got, lead, [])
    for m in _PAIR_SUNG.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is None:
            continue
        credited = sorted(a for a in article.credits.get(got[0], ()) if article.is_a(a, PERSON))
        duos = [g for g in article.credits.get(got[0], ()) if article.is_a(g, GROUP) and
                len(article.members.get(g, ())) == 2]
        if not credited and len(duos) == 1:  # "credited to the duo G …. The pair trade lines"
            credited = sorted(article.members[duos[0]])
        # "the two leads", cast in order, take the two parts in order when nothing else says
        ordered = (m["n1"] or m["n2"]).endswith("leads") and len(article.leads) == 2
        pair = article.leads if ordered else credited if len(credited) == 2 else \
            article.leads if len(article.leads) == 2 else []
        roles = [article.resolve(s.mention(x), (CHARACTER,), CHARACTER, [])
                 for x in (m["c"], m["d"]) if x]
        for i, person in enumerate(pair):
            played = article.portrayals.get(person, set())
            mine = [r for r in roles if r in played]
            character = mine[0] if len(mine) == 1 else \
                roles[i] if ordered and len(roles) == 2 and not mine else None
            if character is None and m["cw2"] and len(played) == 1:
                character = next(iter(played))
            _vocals(article, s, got, person, character, [])


def _sings_spoken(article: Article, s: Sentence) -> None:
    """"A sings her solo as C", "A sings out of character": A sings the recording spoken of,
    as C when the sentence names a character."""
    for m in _SINGS_SPOKEN.finditer(s.masked):
        singer = s.mention(m["a"] or m["a2"] or m["a3"])
        if singer is None or singer.quoted or not _artistlike(article, singer):
            continue
        got = _spoken_of(article, s, m.start())
        flags: list[str] = []
        who = article.resolve(singer, (PERSON,), None, flags) if got else None
        if who is None or not article.is_a(who, PERSON):
            continue
        part = m["c"] or m["c2"] or m["c3"]
        character = article.resolve(s.mention(part), (CHARACTER,), None, list(flags)) \
            if part else None
        if m["cw"] and m["cw"].startswith("in"):
            played = article.portrayals.get(who, set())
            character = next(iter(played)) if len(played) == 1 else None
        _vocals(article, s, got, who, character, flags)


def _said_plainly(article: Article, s: Sentence) -> None:
    """Voices and credits said in one plain clause each: "he sings as C", "whose verses go to
    members A and B", "The credit goes to A", "A carries the song alone, where B and C join
    in", "The vocal is A’s", "on the record she is C" (read in this order, credits between the
    voices as the article gives them)."""
    for m in _PRONOUN_SINGS_AS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        flags: list[str] = []
        who = _subject_person(article, s, m.start("pro"), flags, pronoun=True) if got else None
        character = article.resolve(s.mention(m["c"]), (CHARACTER,), None, list(flags)) \
            if who else None
        # ("he" is trusted only as the one who plays the part sung)
        if character and character in article.portrayals.get(who, set()):
            _vocals(article, s, got, who, character, flags)
        for more in _AND_PRONOUN_AS.finditer(s.masked, m.end()) if got else ():
            part = article.resolve(s.mention(more["c"]), (CHARACTER,), None, list(flags))
            player = article.player_of(part)
            if player:
                _vocals(article, s, got, player, part, list(flags))
    for m in _VERSES_GO_TO.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        singers = s.mentions_in(m["list"])
        for singer in singers if got else ():
            _person_sings(article, s, got, singer)
        owner = re.search(rf"(?P<g>{M})[’']s\s+{M}", s.masked[:m.start()])
        if owner and got and m["members"]:
            _members_of_named(article, s, s.mention(owner["g"]), singers)
    for m in _WENT_SOLO_WITH.finditer(s.masked):
        title, flags = s.mention(m["r"]), []
        got, who = _person_on(article, s.mention(m["a"]), title, flags) \
            if _is_title(article, title) else (None, None)
        if got and who:
            _credit_to(article, s, got, who, list(flags))
            _vocals(article, s, got, who, None, flags)
    _title_and_its_artist(article, s, (_TAKES_THE_CREDIT,))
    for m in _ON_WHICH_PAIR_DUET.finditer(s.masked):
        _pair_credited_sings(article, s, m)
    for m in _SPLIT_BETWEEN.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        pairs = ((m["a"], m["c"]), (m["b"], m["d"])) if m["a"] else \
            ((m["a2"], m["c2"]), (m["b2"], m["d2"]))
        for singer, part in pairs if got else ():
            flags: list[str] = []
            who = _singer(article, s.mention(singer), flags)
            if who is not None and article.is_a(who, PERSON):
                character = article.resolve(s.mention(part), (CHARACTER,), CHARACTER,
                                            list(flags))
                _vocals(article, s, got, who, character, flags)
    for m in chain(_WITH_HER_VOCALS.finditer(s.masked), _SINGING_HER_OWN.finditer(s.masked),
                   _SINGLE_SHE_SINGS.finditer(s.masked)):
        title, flags = s.mention(m["r"]), []
        got, who = _person_on(article, s.mention(m["a"]), title, flags) \
            if _is_title(article, title) else (None, None)
        if got and who and rx.found_by(m, _SINGLE_SHE_SINGS):
            _credit_to(article, s, got, who, list(flags))
        if got and who:
            character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER,
                                        list(flags)) if m["c"] else None
            _vocals(article, s, got, who, character, flags)
    for m in _SINGING_LEFT_TO.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        if got is not None:
            _sing_on(article, s, got, [x for x in s.mentions_in(m["list"]) if not x.quoted], [])
    for m in _CREDIT_GOES_TO.finditer(s.masked):
        got, artist = (_spoken_of(article, s, m.start()) if m.start() else
                       article.spoken_recording([])), s.mention(m["a"])
        key = _artist(article, artist, [], prefer_person=True) if got and artist is not None \
            and _artistlike(article, artist, loose=True) else None
        if key:
            _credit_to(article, s, got, key, [])
    for m in _LEADER_ON_THE.finditer(s.masked):
        _person_sings(article, s, _spoken_of(article, s, m.start()), s.mention(m["a"]))
    for m in _YOUNGEST_COMES_IN.finditer(s.masked):
        _sung_by_members(article, s, _spoken_of(article, s, m.start()), [s.mention(m["a"])])
    for m in _DUET_THAT_THEY_RECORDED.finditer(s.masked):
        title = s.mention(m["r"])
        if not _is_title(article, title) or _series_like(article, title):
            continue
        for who in (s.mention(m["a"]), s.mention(m["b"])):
            if _person_sings(article, s, _recording(article, title, []), who):
                _credit(article, s, title, who)
    for m in _IS_A_ALONE.finditer(s.masked):
        _person_sings(article, s, _quoted_recording(article, s, m["r"]), s.mention(m["a"]),
                      in_character=bool(m["cw"]))
    for m in _FIRST_HALF_SECOND.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for singer, part in ((m["a"], None), (m["b"], m["c"])) if got else ():
            mention = s.mention(singer)
            if mention is not None and not mention.quoted:
                _person_sings(article, s, got, replace(mention, initial=False),
                              s.mention(part) if part else None)
    for m in _WHICH_THE_GROUP.finditer(s.masked):
        got = _quoted_recording(article, s, m["r"])
        act = article.recent.get(BAND if m["n"] == "band" else GROUP) if got else None
        if act:
            _credit_to(article, s, got, act, [])
    for m in _BEFORE_TAKE_OVER.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for singer in [s.mention(m["a"]), *s.mentions_in(m["list"])] if got else ():
            if singer is not None and not singer.quoted:
                _person_sings(article, s, got, replace(singer, initial=False))
        if got and m["fellow"]:
            _members_of_credited(article, s, got, s.mentions_in(m["list"]), (GROUP, BAND))
    for m in _CARRIES_ALONE.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        for singer in [s.mention(m["a"]), *s.mentions_in(m["list"] or "")] if got else ():
            if singer is not None and not singer.quoted:
                # (a given name opening the sentence is the singer's: the verb says so)
                _person_sings(article, s, got, replace(singer, initial=False))
    for m in _THE_VOCAL_IS.finditer(s.masked):
        _person_sings(article, s, article.spoken_recording([]), s.mention(m["a"]),
                      in_character=bool(re.search(r"\bin\s+character\b", s.masked)))
    for m in _ON_THE_RECORD_IS.finditer(s.masked):
        got = _spoken_of(article, s, m.start())
        flags = []
        who = _subject_person(article, s, m.start("pro"), flags, pronoun=True) if got else None
        if who and article.is_a(who, PERSON):
            character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, list(flags))
            _vocals(article, s, got, who, character, flags)


def _sung_by(article: Article, s: Sentence) -> None:
    _pair_sung(article, s)
    _said_plainly(article, s)
    for m in (*_RECORDED_BY.finditer(s.masked), *_THAT_THEY_RECORDED.finditer(s.masked),
              *_PARTS_GO_TO.finditer(s.masked)):
        if m.groupdict().get("noun") == "duet" and m["verb"] == "recorded" and \
                not re.match(r"\s+(?:in\s+character|as)\b", s.masked[m.end():]):
            continue  # ("the duet that A and B recorded in character": their voices)
        got = _spoken_of(article, s, m.start())
        if got is not None:
            people = s.mentions_in(m["a"])
            _sing_on(article, s, got, people + s.mentions_in(m.groupdict().get("mates") or ""), [])
            if m.groupdict().get("members"):  # "go to members A and B": the credited group's
                _members_of_credited(article, s, got, people, (GROUP, BAND))
    for m in _SUNG_BY.finditer(s.masked):
        flags: list[str] = []
        title = s.mention(m["r"])
        if m["both"]:
            _sung_by_all(article, s, m)
            continue
        source = re.search(rf"(?P<r>{M}),?\s+from\s+$", s.masked[:m.start()]) if title else None
        if source and s.mention(source["r"]).quoted and not _series_like(
                article, s.mention(source["r"])):
            title = s.mention(source["r"])  # "“T” from “S,” sung by A": T is sung, S is the drama
        if title is not None:
            if not (title.quoted or _known_recording(article, title)):
                continue
            got = _recording(article, title, flags)
            first = re.search(rf"(?P<r>{M})\s+and\s+$", s.masked[:m.start()])
            other = s.mention(first["r"]) if first else None
            if other is not None and other.quoted and m["a"]:  # "“T” and “U” were sung by A"
                for mention in s.mentions_in(m["a"]):
                    who = _artist(article, mention, list(flags), prefer_person=True)
                    also = _recording(article, other, [])
                    if also and who and article.is_a(who, PERSON):
                        _vocals(article, s, also, who, article.resolve(
                            s.mention(m["c"]), (CHARACTER,), None, []) if m["c"] else None,
                            list(flags))
        else:
            got = _spoken_of(article, s, m.start())
        if got is None:
            continue
        character = None
        if m["c"]:
            character = article.resolve(s.mention(m["c"]), (CHARACTER,), None, flags)
        # ("sung by the group’s A and B": members of the group the sentence names)
        members = (m["noun"] or "").startswith("member") or bool(m["thegroup"])
        group = _group_before(article, s, m.start()) if members else None
        if members and group is None:  # "The song is sung by members A and B": its group's
            groups = [a for a in article.credits.get(got[0], ()) if article.is_a(a, GROUP)]
            group = groups[0] if len(groups) == 1 else None
        if m["a2"]:
            who = _artist(article, s.mention(m["a2"]), flags, prefer_person=True)
            if who and (article.is_a(who, PERSON) or who.startswith(UNRESOLVED)):
                _vocals(article, s, got, who, article.resolve(
                    s.mention(m["c2"]), (CHARACTER,), None, flags), list(flags))
        for mention in s.mentions_in(m["a"]):
            who = _artist(article, mention, flags, prefer_person=True)
            if who is None:
                continue
            if article.is_a(who, PERSON) or who.startswith(UNRESOLVED):
                _vocals(article, s, got, who, character, list(flags))
                if title is not None and m["noun"] == "veteran":
                    _credit(article, s, title, mention)  # "a single recorded by the veteran A"
                if group:
                    article.claim(s.start, s.end, "membership",
                                  modelling.member(who, group), flags, who, group)
            elif title is not None:
                _credit(article, s, title, mention)
            else:  # ("It is performed by G": a group sings, and is credited, the song spoken of)
                _credit_to(article, s, got, who, list(flags))


def _every_song(article: Article, s: Sentence, m: re.Match[str]) -> None:
    """Credits of the named band and vocals of the singer (in character when said)."""
    band, singer_mention = s.mention(m["g"]), s.mention(m["a"])
    if band is None or singer_mention is None or \
            not (_artistlike(article, band, loose=True) or _capitals_group(article, band)):
        return
    flags: list[str] = []
    singer = article.resolve(singer_mention, (PERSON,), SINGER, flags)
    character = article.resolve(s.mention(m["c"]), (CHARACTER,), None, flags) if m["c"] else None
    if not m["list"]:  # "I sang every G song as C": the G recordings named so far
        key = article.resolve(band, (BAND, GROUP), None, flags)
        for recording, artists in list(article.credits.items()):
            if key in artists and singer and article.is_a(singer, PERSON):
                _vocals(article, s, (recording, article._songs.get(recording)), singer,
                        character, list(flags))
        return
    for title in s.mentions_in(m["list"]):
        if not _is_title(article, title):
            continue
        _credit(article, s, title, band)
        got = _recording(article, title, flags)
        if got and singer and article.is_a(singer, PERSON):
            _vocals(article, s, got, singer, character, list(flags))


def _voice_on(article: Article, s: Sentence, m: re.Match[str]) -> None:
    """"A provides C's singing voice on all the band tracks": vocals in character on each."""
    flags: list[str] = []
    singer_mention = s.mention(m["a"])
    if singer_mention is None or not _artistlike(article, singer_mention, loose=True):
        return
    singer = article.resolve(singer_mention, (PERSON,), SINGER, flags)
    if singer is None or not (article.is_a(singer, PERSON) or singer.startswith(UNRESOLVED)):
        return
    character = article.resolve(s.mention(m["c"]), (CHARACTER,), None, flags) if m["c"] else None
    if m["r"]:
        got = _recording(article, s.mention(m["r"]), flags) if _is_title(
            article, s.mention(m["r"])) else None
        targets = [got] if got else []
    else:
        band = article.recent.get(BAND) or article.recent.get(GROUP)
        keys = ([r for r, artists in article.credits.items() if band in artists] if m["band"]
                and band else (article.recording_lists[-1] if article.recording_lists else []))
        targets = [(k, article._songs.get(k)) for k in keys]
    for target in targets:
        _vocals(article, s, target, singer, character, list(flags))


def _sung_by_all(article: Article, s: Sentence, m: re.Match[str]) -> None:
    """"Both band tracks are sung by A (in character as C)": the recordings credited to the
    band named last, else the last list of recordings."""
    band = article.recent.get(BAND) or article.recent.get(GROUP)
    if re.search(r"\b(?:band|group)\b", m["both"]) and band:
        recordings = [r for r, artists in article.credits.items() if band in artists]
    else:
        recordings = article.recording_lists[-1] if article.recording_lists else []
    if not recordings:
        return
    flags: list[str] = []
    character = None
    if m["c"]:
        character = article.resolve(s.mention(m["c"]), (CHARACTER,), None, flags)
    for mention in s.mentions_in(m["a"]):
        who = _artist(article, mention, flags, prefer_person=True)
        if who and (article.is_a(who, PERSON) or who.startswith(UNRESOLVED)):
            for key in recordings:
                _vocals(article, s, (key, article._songs.get(key)), who, character, list(flags))


def _more(article: Article, s: Sentence) -> None:
    """The constructions of the second round: vocals "on" a song, a microphone taken, a
    credit "to" an artist, "by A titled T", "comes from G", "A and B's duet", "his single"."""
    for m in _VOCALS_ON.finditer(s.masked):
        flags: list[str] = []
        if m["it"]:
            got = _spoken_of(article, s, m.start("it"))
        else:
            title = s.mention(m["r"])
            got = _recording(article, title, flags) if title is not None and (
                title.quoted or _known_recording(article, title)) else None
        singer = (article.resolve(s.mention(m["a"]), (PERSON,), SINGER, flags) if m["a"] and
                  _artistlike(article, s.mention(m["a"]), loose=True)
                  else _subject_person(article, s, m.start(), flags, pronoun=True)
                  if m["pro"] else None)
        if got and singer and (article.is_a(singer, PERSON) or singer.startswith(UNRESOLVED)):
            _vocals(article, s, got, singer, None, flags)
    for m in _MIC.finditer(s.masked):
        _sing(article, s, s.mention(m["r"]), [s.mention(m["a"])])
    _title_sung_by(article, s, (_ONE_TRACK_SUNG_BY, _RELEASE_THE_SINGER))
    for m in chain(_EACH_TAKE_A_VERSE.finditer(s.masked),
                   _SUNG_AS_A_DUET_BY.finditer(s.masked)):
        _sing(article, s, s.mention(m["r"]), [s.mention(m["a"]), s.mention(m["b"])])
    for pattern in (_CREDITED_TO, _BY_TITLED):
        for m in pattern.finditer(s.masked):
            if m.groupdict().get("it3"):
                title = next((x for x in reversed(s.mentions_in(s.masked[:m.start()]))
                              if x.quoted and _is_title(article, x)), None)
                for artist in s.mentions_in(m["a"]):
                    if _artistlike(article, artist, loose=True) or \
                            _capitals_group(article, artist):
                        _credit(article, s, title, artist)
                continue
            if m.groupdict().get("theband") and (m.groupdict().get("it") or
                                                 m.groupdict().get("it2")):
                # "That song, …, is credited to the quintet": the group spoken of
                noun = m["theband"].split()[-1]
                band = article.recent.get(BAND if noun == "band" else GROUP if noun == "group"
                                          else ENSEMBLE)
                got = article.spoken_recording([]) if band else None
                if got:
                    _credit_to(article, s, got, band, [])
                continue
            if m.groupdict().get("it") or m.groupdict().get("it2"):
                guest = s.mentions_in(m.groupdict().get("f"))  # "… featuring rapper B"
                for artist in _named(s, m, "a") + guest:  # "The track, credited to G, …"
                    if _artistlike(article, artist, loose=True) or \
                            _capitals_group(article, artist):
                        _credit_last(article, s, artist, m.start())
                continue
            title = s.mention(m["r"])
            if title is not None and _series_like(article, title):
                # "“T,” a track from the soundtrack of B’s “S” that is credited to A": T's
                # ("“T” from “S,” credited to A and B": the same, the song right before)
                track = _TRACK_FROM.search(s.masked, 0, m.start("r")) or \
                    _SONG_FROM_SERIES.search(s.masked, 0, m.start("r"))
                title = s.mention(track["r"]) if track else None
            if m.groupdict().get("theband") and _is_title(article, title):
                noun = m["theband"].split()[-1]
                band = article.recent.get(BAND if noun == "band" else GROUP if noun == "group"
                                          else ENSEMBLE)
                got = _recording(article, title, []) if band else None
                if got:  # "T, a track credited to the band": the band spoken of
                    _credit_to(article, s, got, band, [])
                continue
            if _is_title(article, title):
                for artist in _named(s, m, "a") + s.mentions_in(m.groupdict().get("f")):
                    if _artistlike(article, artist, loose=True):
                        _credit(article, s, title, artist)
                flags = []
                who = _subject_person(article, s, m.start(), flags, pronoun=True) \
                    if m.groupdict().get("pro") and m["a"] else None
                got = _recording(article, title, flags) if who else None
                if got and article.is_a(who, PERSON):  # "credited to her and B": her too
                    _credit_to(article, s, got, who, flags)
    for pattern in (_COMES_FROM, _PAIR_OWNED, _PAIR_DUET, _UNDER_THE_NAMES_OF):
        for m in pattern.finditer(s.masked):
            title = s.mention(m["r"] or m.groupdict().get("r2"))
            if not _is_title(article, title):
                continue
            pair = [s.mention(m["a"]), s.mention(m.groupdict().get("b"))]
            if pattern is _PAIR_DUET and not all(_full_or_known(article, x) for x in pair):
                continue  # "the C and D duet": two characters, by given name, credit no one
            for artist in pair:
                if artist is not None and not _series_like(article, artist) and \
                        _artistlike(article, artist, loose=True):
                    _credit(article, s, title, artist)
    for m in _SHARES_BILLING.finditer(s.masked):
        title = s.mention(m["r"])
        if not _is_title(article, title) or _series_like(article, title):
            continue
        for slot in ("a", "b"):
            flags = []
            got = _recording(article, title, flags)
            who = _artist(article, s.mention(m[slot]), flags, prefer_person=True) \
                if got and _artistlike(article, s.mention(m[slot]), loose=True) else None
            if got and who:
                _credit_to(article, s, got, who, flags)
                if m["sung"] and article.is_a(who, PERSON):
                    _vocals(article, s, got, who, None, list(flags))
    for m in _HIS_SINGLE.finditer(s.masked):
        title = s.mention(m["r"] or m["r2"] or m["r3"])
        if title is None or not title.quoted or _series_like(article, title):
            continue
        flags = []
        who = _subject_person(article, s, m.start(), flags, pronoun=True)
        got = _recording(article, title, flags)
        if who and got and article.is_a(who, PERSON):
            _credit_to(article, s, got, who, flags)
    m = _ITS_SINGLE.match(s.masked)
    before = article.previous
    if m and before is not None and re.match(r"\s*(?:The|This|That)\s+(?:band|group)\b",
                                             before.masked):
        group, title = band_before(article), s.mention(m["r"])
        got = _recording(article, title, []) if group and _is_title(article, title) else None
        if got:
            _credit_to(article, s, got, group, [])
    for m in _HE_SINGS.finditer(s.masked):
        title = s.mention(m["r"])
        if not _is_title(article, title):
            continue
        flags = []
        named = s.mention(m["a"])
        who = _artist(article, named, flags, prefer_person=True) if named else \
            _subject_person(article, s, m.start(), flags, pronoun=True)
        got = _recording(article, title, flags)
        if who and got and article.is_a(who, PERSON):
            character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, flags) \
                if m["c"] else None
            _vocals(article, s, got, who, character, flags)
            more = _WITH_AS_ON.match(s.masked[m.end():])
            if more and character:
                other = _artist(article, s.mention(more["b"]), flags, prefer_person=True)
                role = article.resolve(s.mention(more["d"]), (CHARACTER,), None, flags)
                if other and role and article.is_a(other, PERSON):
                    _vocals(article, s, got, other, role, flags)
            partner = s.mention(m["b"]) if m["b"] else None
            other = _artist(article, partner, flags, prefer_person=True) if partner else None
            if other and article.is_a(other, PERSON):
                _vocals(article, s, got, other, None, flags)


def _under_name(article: Article, s: Sentence) -> None:
    """"T came out under the name G, with A singing in character as C": G is credited and A
    sings."""
    titles = [x for x in s.mentions if x.quoted and _is_title(article, x)]
    for m in _UNDER_NAME.finditer(s.masked):
        if m["the"]:  # "the soundtrack cut released under the group's name": the group before
            group = _group_before(article, s, m.start())
            if group is None and m["the"] == "band" and len(titles) == 1:
                # "“T” came out on DATE under the band’s name": the band spoken of
                group = band_before(article)
            got = _recording(article, titles[0], []) if titles and group else None
            if got:
                _credit_to(article, s, got, group, [])
            continue
        if m["pro"] or m["pro2"]:
            singers = [x for x in s.mentions_in(s.masked[:m.start()])
                       if _artistlike(article, x)]
            got = _recording(article, titles[0], []) if len(titles) == 1 and singers else None
            who = _artist(article, singers[-1], []) if got else None
            if who and article.is_a(who, PERSON):
                _credit_to(article, s, got, who, [])
            continue
        artist = s.mention(m["a"] or m["a2"] or m["a3"] or m["a4"])
        before = [x for x in titles if x.start < artist.start]
        if before:
            _credit(article, s, before[0], artist)
            # ("“T,” released under A’s name and sung by her as C": A sings it, as C)
            sung = _AND_SUNG_BY_HER.match(s.masked, m.end())
            got = _recording(article, before[0], []) if sung else None
            if got:
                _person_sings(article, s, got, artist, s.mention(sung["c"]) if sung["c"]
                              else None)
        elif re.match(r"\s*It\s+(?:came|comes|was|is|went)\b", s.masked):
            # "It came out under G's name on the day of the premiere": the song spoken of
            got = _spoken_of(article, s, m.start())
            who = _artist(article, artist, []) if got is not None and \
                _artistlike(article, artist, loose=True) else None
            if who:
                _credit_to(article, s, got, who, [])
    # ("From B’s taxi drama “S,” this track is credited to A, with A singing": the track
    # spoken of, not the drama)
    # ("a G number from “S,” “T,” with A singing": the title after "from" is where it is from)
    songs = [x for x in titles if not _series_like(article, x) and not s.after_from(x)]
    for m in chain(_WITH_SINGING.finditer(s.masked), _AND_ADDING.finditer(s.masked)):
        # ("the list ends with A and B singing “T”": the title right after the verb)
        after = re.match(r"\s+(⟨\d+⟩)", s.masked[m.end():]) \
            if m.group().endswith("singing") else None
        named = s.mention(after[1]) if after else None
        # ("… from the “X” album: “T1,” by A, and “T2,” with B on vocals": the title set
        # right before "with")
        right = re.search(r"(⟨\d+⟩),?\s+$", s.masked[:m.start()])
        if named is None and right and s.mention(right[1]) in songs:
            named = s.mention(right[1])
        second = m.groupdict().get("b") or m.groupdict().get("b2")
        for k, singer in enumerate((s.mention(m["a"]), s.mention(second))):
            before = [named] if named is not None and _is_title(article, named) else \
                [x for x in songs if singer is not None and x.start < singer.start]
            if singer is None or not _artistlike(article, singer, loose=True) or \
                    not (before or (titles and not songs) or
                         (not titles and _IT_IS_A_SONG.match(s.masked))):
                continue
            flags: list[str] = []
            got = _recording(article, before[0], flags) if before else \
                article.spoken_recording(flags)
            who = _artist(article, singer, flags, prefer_person=True)
            if got and who and article.is_a(who, PERSON):
                slots = m.groupdict()
                theirs = slots.get("d3") or slots.get("d4")
                character = s.mention(theirs if k and theirs else
                                      slots["c"] or slots.get("c2") or slots.get("c3"))
                role = article.resolve(character, (CHARACTER,), None, flags) \
                    if character else None
                _vocals(article, s, got, who, role, flags)
                groups = sorted(g for g in article.credits.get(got[0], set())
                                if article.is_a(g, GROUP)) if slots.get("of") else []
                band = groups[0] if len(groups) == 1 else None
                if band:  # "two of the group's five": the one group credited with the song
                    article.claim(s.start, s.end, "membership", modelling.member(who, band),
                                  flags, who, band)


# A headline opening "A’s “T” Enters …": the song and its artist.
_HEADLINE_OWNED = rx.compile(rf"^\s*(?P<a>{M})[’']s\s+(?P<r>{M})\s+(?:[A-Z]|⟨)")


def headline(article: Article, s: Sentence) -> None:
    """The credit a headline opens with ("A’s “T” Enters the CHART"), when T is a song's
    title and A an artist rather than a channel."""
    m = _HEADLINE_OWNED.match(s.masked)
    artist, title = (s.mention(m["a"]), s.mention(m["r"])) if m else (None, None)
    if artist is None or title is None or not title.quoted or artist.quoted or \
            _series_like(article, title) or _series_like(article, artist) or \
            article.hints.get(exact_form(title.text)) not in (None, RECORDING, SONG) or \
            any(article.registry.is_a(e, (BROADCASTER, PLATFORM, SERIES))
                for e in artist.resolution.entities) or \
            article.hints.get(exact_form(artist.text)) in (BROADCASTER, PLATFORM, SERIES) or \
            not _artistlike(article, artist):
        return
    _credit(article, s, title, artist)


def _has_him_singing(article: Article, s: Sentence) -> None:
    """"A's “T,” has him singing in character as C": A sings T, as C where named."""
    for m in chain(_HAS_HIM_SINGING.finditer(s.masked), _OWNED_SUNG_AS.finditer(s.masked),
                   _PUT_OUT_SINGING.finditer(s.masked)):
        flags: list[str] = []
        title, singer = s.mention(m["r"]), s.mention(m["a"])
        got = _recording(article, title, flags) if title is not None and title.quoted else None
        who = _artist(article, singer, flags, prefer_person=True) if singer is not None and \
            _artistlike(article, singer, loose=True) else None
        if got and who and article.is_a(who, PERSON):
            _vocals_as(article, s, got, who, s.mention(m.groupdict().get("c")), flags)
    for m in _PAIRS_A_WITH_B.finditer(s.masked):
        _pair_credited_sings(article, s, m)


def _owned_before(article: Article, s: Sentence) -> None:
    """"A's ballad first hit No. 1": A is credited with the recording named before, when no
    title of this sentence comes first."""
    titles = [x for x in s.mentions if x.quoted and _is_title(article, x)]
    for m in _OWNED_IT.finditer(s.masked):
        artist = s.mention(m["a"])
        if artist is not None and not artist.quoted and not _series_like(article, artist) \
                and _artistlike(article, artist) and \
                not any(x.start < artist.start for x in titles):
            _credit_last(article, s, artist)


# ("A's theme for the series, T": the drama the theme is for, apposed to the title, is no
# place the title is in)
_FOR_THE_SERIES = re.compile(r"\b(?:theme|single|song)\s+for\s+the\s+(?:series|drama|show),"
                             r"\s+(?=⟨)")


def _owning(text: str) -> bool:
    """"A's rendition of T", "A's new single T" own T; "A's piano line on T" does not."""
    text = _FOR_THE_SERIES.sub("theme ", text)
    words = re.findall(r"[a-z-]+", re.sub(r"⟨\d+⟩[’']s|⟨\d+⟩", "", text))
    for i, word in enumerate(words):
        if word in ("on", "in", "for", "from", "with", "about", "to", "at", "into", "over",
                    "during", "behind", "after", "before", "like", "than", "since", "drama",
                    "series", "show", "film"):
            return False  # ("A's first drama since “S”" owns no song)
        if word == "of" and (i == 0 or words[i - 1] not in (
                "rendition", "version", "cover", "take", "remake", "recording", "performance",
                "interpretation", "reworking", "remix")):
            return False
    return True


def _titled_singer(article: Article, s: Sentence, m: re.Match[str]) -> None:
    """The singer a match names (group ``a`` or ``a2``) sings the title it names (``r`` or
    ``r2``), as the part it names (``c``) when it names one."""
    found = m.groupdict()
    title = s.mention(found.get("r") or found.get("r2"))
    if _is_title(article, title):
        _person_sings(article, s, _recording(article, title, []),
                      s.mention(found.get("a") or found.get("a2")),
                      s.mention(found["c"]) if found.get("c") else None)


def _sing(article: Article, s: Sentence, title: Mention | None, singers: list[Mention]) -> None:
    """Vocals of each person of ``singers`` on ``title``; a group sings under a credit."""
    if not _is_title(article, title):
        return
    flags: list[str] = []
    got = _recording(article, title, flags)
    if got is not None:
        _sing_on(article, s, got, singers, flags, title)


def _sing_on(article: Article, s: Sentence, got: tuple[str, str | None],
             singers: list[Mention], flags: list[str], title: Mention | None = None) -> None:
    """Vocals of each person of ``singers`` on the recording ``got``; a group named among
    them is credited instead, when the recording was named by ``title``."""
    for mention in singers:
        if not _artistlike(article, mention, loose=True):
            continue
        who = _artist(article, mention, flags, prefer_person=True)
        if who is None:
            continue
        if article.is_a(who, PERSON) or who.startswith(UNRESOLVED):
            _vocals(article, s, got, who, None, list(flags))
        elif title is not None:
            _credit(article, s, title, mention)


def _sung_as_player(article: Article, s: Sentence) -> None:
    """"… duet on it as C and the guitarist D", "in character as the drummer D": D plays in
    the story's band whose song is sung, when one band is credited with it."""
    found = list(_AS_THE_PLAYER.finditer(s.masked))
    got = _spoken_of(article, s, found[0].start()) if found else None
    # "which A sang as the bassist C": a part of a band sung by an actor, so a story's band
    # even when no cue said it was one
    sung = bool(found) and bool(re.search(r"\b(?:sang|sings|sung)\s+$",
                                          s.masked[:found[0].start()]))
    bands = [b for b in article.credits.get(got[0], ())
             if article.is_a(b, BAND) or (sung and article.is_a(b, GROUP))] if got else []
    if len(bands) != 1:
        return
    for m in found:
        character = s.mention(m["c"])
        if character is None or character.quoted or _is_any(article, character, (PERSON,)):
            continue
        key = article.resolve(character, (CHARACTER,), CHARACTER, [])
        if key and article.is_a(key, CHARACTER):
            facts = modelling.in_story_member(key, bands[0], None)
            article.claim(s.start, s.end, "membership", facts, [], key, bands[0])


def _topic_credit(article: Article, s: Sentence) -> None:
    """A glossary entry on a title, or a section headed by it, says whose it is without naming
    it again: "L is for “T.” The opening theme belongs to A", "Z is for “T.” The Wrens' first
    single came out …", "IN THE BLUE CORNER: “T”" over "The first OST part comes from G"."""
    topic = article.topic[0] if article.topic is not None else article.heading_title
    if topic is None or not topic.quoted or s.start <= topic.start:
        return
    m = _TOPIC_OWNER.match(s.masked)
    if m is None:
        return
    got = _recording(article, topic, [])
    for owner in (m["a"], m["b"]) if got else ():
        who = _artist(article, s.mention(owner), []) \
            if owner and _artistlike(article, s.mention(owner), loose=True) else None
        if who:
            _credit_to(article, s, got, who, [])
    if m["g"] and got:
        band = article.ensemble_by_nickname(s.mention(m["g"]).text) if s.mention(m["g"]) \
            else None
        if band:
            _credit_to(article, s, got, band, [])


def _members_of_credited(article: Article, s: Sentence, got: tuple[str, str | None],
                         mentions: list[Mention], kinds: tuple[str, ...]) -> None:
    """The people of ``mentions`` are members of the one group (of ``kinds``) the recording
    ``got`` is credited to, if it is credited to exactly one."""
    groups = [g for g in article.credits.get(got[0], ()) if article.is_a(g, kinds)]
    if len(groups) == 1:
        _claim_members(article, s, groups[0], mentions)


def _sing_in_parts(article: Article, s: Sentence, got: tuple[str, str | None] | None,
                   m: re.Match[str]) -> None:
    """A (slot a) sings ``got`` as C (slot c), and B (slot b) as D (slot d): "A and B trade its
    verses in character as C and D"."""
    for singer, part in ((m["a"], m["c"]), (m["b"], m["d"])):
        _person_sings(article, s, got, s.mention(singer), s.mention(part))


def _sung_by_members(article: Article, s: Sentence, got: tuple[str, str | None] | None,
                     singers: list[Mention | None], group: Mention | None = None,
                     part: Mention | None = None) -> None:
    """The people of ``singers`` sing ``got`` (as ``part``, when given) and, when all of them
    do, are members of ``group`` when it is named, else of the one group credited with it."""
    if not got or not all(_person_sings(article, s, got, x, part) for x in singers):
        return
    if group is not None:
        _members_of_named(article, s, group, singers)
    else:
        _members_of_credited(article, s, got, singers, (GROUP, BAND))


def _members_of_named(article: Article, s: Sentence, group: Mention | None,
                      mentions: list[Mention]) -> None:
    """The people of ``mentions`` are members of ``group`` when it names an act ("“T,” G’s
    contribution, with members A and B dividing its verses")."""
    # ("the girl group G’s contribution, with member A …": G introduced as a group)
    key = _artist(article, group, []) if group is not None and _named_act(article, group) \
        else None
    if key and article.is_a(key, (GROUP, BAND)):
        _claim_members(article, s, key, mentions)


def _named_act(article: Article, mention: Mention) -> bool:
    """Whether ``mention`` names an act: a known group or band, a name in capitals, or one the
    article's cues introduced as either."""
    return _is_group(article, mention) or _capitals_group(article, mention) or \
        article.hints.get(_form(mention)) in (GROUP, BAND)


def _acts_before(article: Article, s: Sentence, at: int) -> list[Mention]:
    """The acts the sentence names before masked offset ``at`` ("G’s “T,” with the girl group’s
    leader, A, …": G), unquoted, in order."""
    return [x for x in s.mentions_in(s.masked[:at]) if not x.quoted and _named_act(article, x)]


def _claim_members(article: Article, s: Sentence, group: str, mentions: list[Mention]) -> None:
    """Claim each person of ``mentions`` a member of the act ``group``."""
    for mention in mentions:
        who = _singer(article, mention, [])
        if who is not None and article.is_a(who, PERSON):
            article.claim(s.start, s.end, "membership", modelling.member(who, group), [],
                          who, group)


def _band_singles(article: Article, s: Sentence) -> None:
    """"G leaves behind three singles." and the sentences after it, each opening with one of
    them ("“T,” its debut, arrived …"): G is credited with each, up to the number given."""
    leaves = _LEAVES_SINGLES.match(s.masked) or _NUMBERS_BY.match(s.masked)
    if leaves is not None and leaves.groupdict().get("w") and \
            s.mention(leaves["w"]).text not in ("Next", "Then"):
        leaves = None
    group = s.mention(leaves["g"]) if leaves else None
    if group is not None and (_is_group(article, group) or _capitals_group(article, group)):
        key = _artist(article, group, [])
        gap = re.compile(r"\n\s*\n").search(article.text, s.end)
        if key is not None:
            article.band_singles = (key, _COUNTS[leaves["n"]], gap.start() if gap else
                                    len(article.text))
        return
    if article.band_singles is None:
        return
    band, left, end = article.band_singles
    m = _NEXT_SINGLE.match(s.masked)
    title = s.mention(m["r"]) if m else None
    if s.start >= end or left <= 0:
        article.band_singles = None
        return
    got = _recording(article, title, []) if title is not None and _is_title(article, title) \
        else None
    if got is not None:
        _credit_to(article, s, got, band, [])
        article.band_singles = (band, left - 1, end)


def _members_share(article: Article, s: Sentence, m: re.Match[str]) -> None:
    """"G's four members share it: A opens, B and C split the verse, and D carries the
    chorus": each name of the list is a member of G and sings the song spoken of."""
    group = s.mention(m["g"]) if m["g"] else None
    got = _spoken_of(article, s, m.start()) if m["it"] or m["sing"] else None
    if m["r"]:
        title = s.mention(m["r"])
        got = _recording(article, title, []) if _is_title(article, title) else None
    key = _artist(article, group, []) if group is not None and _is_group(article, group) else None
    if group is None and got is not None:  # "All four members sing: …": the song's group
        credited = [g for g in article.credits.get(got[0], ()) if article.is_a(g, GROUP)]
        key = credited[0] if len(credited) == 1 else None
    if got is None or key is None:
        return
    for mention in s.mentions_in(m["list"]):
        if mention.quoted or not _artistlike(article, replace(mention, initial=False), loose=True):
            continue
        who = _artist(article, mention, [], prefer_person=True)
        if who is not None and article.is_a(who, PERSON):
            if not re.match(r"\s+(?:raps|rapped)\b", article.text[mention.end:]):
                _vocals(article, s, got, who, None, [])  # "D raps the bridge": no singing
            article.claim(s.start, s.end, "membership", modelling.member(who, key), [], who, key)


def _pair_sings(article: Article, s: Sentence, m: re.Match[str]) -> None:
    singers = [x for x in s.mentions_in(m["names"]) if not x.quoted and
               not _is_group(article, x)]  # "his G bandmate B": G sings nothing itself
    if len(singers) > 1 and singers[0].initial and not _artistlike(article, singers[0]) and \
            re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", singers[0].text) and \
            all(_artistlike(article, x, loose=True) for x in singers[1:]):
        # "Jiho and Min-a sing the verses": a one-word name opening the sentence is a
        # singer's when the names it is listed with are
        singers[0] = replace(singers[0], initial=False)
    parts = bool(m["pc"] or m["pc2"] or m["pc3"])
    if (m["r"] or m["r2"]) and not parts:
        _sing(article, s, s.mention(m["r"] or m["r2"]), singers)
        return
    after = s.mention(m["r"]) if m["r"] else _title_after_whose(s, m)
    if m["r"] and not _is_title(article, after):
        return
    got = _recording(article, after, []) if after is not None else \
        _spoken_of(article, s, m.start())  # "… share the hook": the song spoken of
    if got is None:
        return
    if parts and len(singers) == 2:
        # "A and B sing it as C and D": each in character; "A and B duet on it as C and the
        # guitarist D": the verb credits both too, and a band part puts D in the band credited
        # "the leads’ duet “T” …: A and B sing it as C and D": the duet is theirs
        duet = m["pc2"] is not None or bool(re.search(r"\bduet\s+⟨", s.masked[:m.start()]))
        bands = [k for k in article.credits.get(got[0], ()) if article.is_a(k, (BAND, GROUP))]
        for mention, part, noun in zip(singers, (m["pc"] or m["pc2"] or m["pc3"],
                                                 m["pd"] or m["pd2"] or m["pd3"]),
                                       (m["pcr"], m["pdr"]), strict=True):
            flags: list[str] = []
            who = _singer(article, mention, flags)
            if who is not None and article.is_a(who, PERSON):
                character = article.resolve(s.mention(part), (CHARACTER,), CHARACTER, list(flags))
                _vocals(article, s, got, who, character, flags)
                if duet:
                    _credit_to(article, s, got, who, [])
                _band_part(article, s, character, noun, bands)
        return
    _sing_on(article, s, got, singers, [])
    # "“T” is G at full strength: A, B and C all sing on it": G's line-up, on G's recording
    lineup = re.search(rf"(?P<g>{M})[^:;⟨]{{0,30}}:\s+$", s.masked[:m.start("names")])
    group = s.mention(lineup["g"]) if lineup else None
    before = s.masked[:m.start("names")]
    if group is None and re.match(r"[Mm]embers\s", m["names"]) and \
            re.search(r"(?:^|[;,]\s+(?:and\s+|while\s+)?)$", before):
        # "“T” is G’s contribution; members A and B share its vocals": G's members, G the act
        # the clause before names, else the one group credited with T
        owner = re.search(rf"(?P<g>{M})[’']s\s+(?:contribution|offering|entry|song|single|"
                          r"track)\s*;\s+$", before)
        group = s.mention(owner["g"]) if owner else None
        credited = [g for g in article.credits.get(got[0], ()) if article.is_a(g, GROUP)]
        key = _artist(article, group, []) if group is not None and (
            _is_group(article, group) or article.hints.get(_form(group)) in (GROUP, BAND)) \
            else credited[0] if len(credited) == 1 and owner is None else None
    elif group is None or not _is_group(article, group):
        return
    else:
        key = _artist(article, group, [])
        if key not in article.credits.get(got[0], set()):
            return
    if key is None:
        return
    for mention in singers:
        who = _artist(article, mention, [], prefer_person=True)
        if who is not None and article.is_a(who, PERSON):
            article.claim(s.start, s.end, "membership", modelling.member(who, key), [], who, key)


def _lent(article: Article, s: Sentence) -> None:
    for m in _LENT.finditer(s.masked):
        flags: list[str] = []
        title = s.mention(m["r"])
        got = _recording(article, title, flags) if title else \
            _spoken_of(article, s, m.start()) if m["it"] else None
        if got is None:
            continue
        pair = _PAIR_BEFORE.search(s.masked[:m.start()])  # "A and B lent their voices to"
        singers = [article.resolve(x, (PERSON,), SINGER, flags)
                   for x in s.mentions_in(pair.group())] if pair else \
            [_subject_person(article, s, m.start(), flags)]
        for singer in singers:
            parts = article.portrayals.get(singer or "", set()) if m["ic"] else set()
            if singer and len(parts) == 1:
                _vocals(article, s, got, singer, next(iter(parts)), list(flags))
            elif singer:
                _vocals_as(article, s, got, singer, s.mention(m["c"]) if m["c"] else None,
                           list(flags))


_GAPPED_AS = rx.compile(rf",\s+(?P<b>{M})\s+as\s+(?P<d>{M})(?![’']s)(?=,|\s*[.;]|\s*$)")
_SETS_THE_SINGER = rx.compile(r"\b(?:finds|found|has|had|features|featured|hears|heard)\s+$")


def _sings(article: Article, s: Sentence) -> None:
    for m in _SINGS.finditer(s.masked):
        if m["ing"] and not _SETS_THE_SINGER.search(s.masked[:m.start()]):
            continue  # "…, singing “T”" alone may be a stage or a memory
        if re.match(r"\s+live\b", s.masked[m.end():]) or (
                re.search(r"\bperform(?:s|ed)?\s", m.group()) and re.match(
                    r"[^.;]{0,80}?\b(?:before|after|during)\s+the\s+(?:speeches|ceremony|show)\b",
                    s.masked[m.end():])):
            continue  # "performed the song live during the ceremony": a stage, not a recording
        if re.search(r"\b(?:with|alongside|by|from|of|to)\s+$", s.masked[:m.start()]):
            continue  # "G, the quartet A formed with B, C and D, recorded “T”": the group did
        if _ENCORE.match(s.masked, m.end()):
            continue  # "A and B sang it together as an encore": a stage, not the recording
        if m["b"] is None or not m["a"].startswith("⟨"):
            _one_sings(article, s, m, m["a"], m["c"])
            # ("A sings it in character as C, B as D, and …": the verb left out the second time)
            gapped = _GAPPED_AS.match(s.masked, m.end()) if m["c"] else None
            if gapped:
                _one_sings(article, s, m, gapped["b"], gapped["d"])
        else:  # two singers: a part each when two are named, none when one is
            _one_sings(article, s, m, m["b"], m["c"] if m["d"] else None)
            _one_sings(article, s, m, m["a"], m["d"])


def _band_songs(article: Article, s: Sentence) -> None:
    """"The band's songs were released under the name G, with A singing lead as C": each title
    introduced in the next paragraphs without a credit of its own is G's, sung by A as C."""
    m = _BAND_SONGS_UNDER.match(s.masked) or _ALL_CREDITED_TO_G.search(s.masked)
    if m:
        flags: list[str] = []
        groups = m.groupdict()
        group = s.mention(groups.get("g") or groups.get("g2"))
        band = article.resolve(group, (BAND, GROUP), None, flags) \
            if group.resolution.entities or looks_like_group(article, group) else None
        singer = _singer(article, s.mention(m["a"]), flags) if band and groups.get("a") else None
        character = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, flags) \
            if singer and groups.get("c") else None
        text = article.text
        end = text.find("\n\n", s.end)
        end = text.find("\n\n", end + 2) if end >= 0 else -1
        article.band_songs = (band, singer, character, end if end >= 0 else len(text)) \
            if band and (singer or not groups.get("a")) else None
        return
    if article.band_songs is None or s.start >= article.band_songs[3] or \
            _CREDITED_WORD.search(s.masked) or _BY_ANOTHER.search(s.masked):
        return  # ("The track is by the trio G2": another act's)
    band, singer, character, _ = article.band_songs
    for title in s.mentions:
        flags = []
        if not title.quoted or not _is_title(article, title) or \
                article.registry.lookup(title.text).entities:
            continue  # a title named before is no new song of the band's
        got = _recording(article, title, flags)
        if got:
            _credit_to(article, s, got, band, flags)
            if singer:
                _vocals(article, s, got, singer, character, list(flags))


_CREDITED_WORD = rx.compile(r"\bcredited\b")
_BY_ANOTHER = rx.compile(r"\bis\s+by\b|\bby\s+the\s+(?:[a-z-]+\s+)?(?:trio|duo|quartet|group|band|"
                         r"singer|soloist)\b")


def _one_sings(article: Article, s: Sentence, m: re.Match[str], who: str,
               role: str | None) -> None:
    """One singer of a :data:`_SINGS` match: ``who`` (masked) sings, as ``role`` when given."""
    flags: list[str] = []
    if m["closed"] and not _APPOSED_SINGER.search(s.masked, 0, m.end("a")):
        return  # "G's frontman, A, sings it" closes an apposition; "B, A, sings" does not
    if who.startswith("⟨"):
        subject = s.mention(who)
        if subject is not None and who == m["b"] and subject.initial and \
                re.fullmatch(r"[A-Z][a-z]+", subject.text) and \
                _artistlike(article, s.mention(m["a"]), loose=True):
            # "A and B … sing “T”": a given name opening the sentence is a singer's
            # when the one it is paired with is
            subject = replace(subject, initial=False)
        if subject is None or not _artistlike(article, subject, loose=True):
            return
        hinted = article.hints.get(_form(subject))
        if hinted in (GROUP, BAND) or _is_group(article, subject):
            if m["r"]:
                _credit(article, s, s.mention(m["r"]), subject)
            return
        singer = article.resolve(subject, (PERSON,), hinted or SINGER, flags)
    else:
        singer = _subject_person(article, s, m.start("a"), flags, pronoun=True)
    if not singer or not (article.is_a(singer, PERSON) or singer.startswith(UNRESOLVED)):
        return
    character = None
    if role:
        stated = m["cw"] or m["cw2"]  # "in character as", "as her character": a character
        character = article.resolve(s.mention(role), (CHARACTER,),
                                    CHARACTER if stated else None, flags)
    if m["r"]:
        title = s.mention(m["r"])
        # ("which A sings on the “S OST”": an album holds the song, it is not the recording)
        album = title is not None and (ALBUM_TITLE.search(title.text) is not None or
                                       _is_any(article, title, (ALBUM,)))
        got = _recording(article, title, flags) if title and not album else None
        targets = [got] if got else []
    elif m["it"]:
        got = _spoken_of(article, s, m.start("it"))
        targets = [got] if got else []
    else:
        lists = article.recording_lists
        targets = [(r, article._songs.get(r)) for r in (lists[-1] if lists else [])]
    for target in targets:
        _vocals(article, s, target, singer, character, list(flags))
    for joining in _JOINS_ON.finditer(s.masked, m.end()):  # "…, and B joins him on the chorus"
        other = s.mention(joining["b"])
        partner = article.resolve(other, (PERSON,), SINGER, list(flags)) if other else None
        if partner and article.is_a(partner, PERSON):
            for target in targets:
                _vocals_as(article, s, target, partner, s.mention(joining["c"]), list(flags))
    # "A, who plays C in the drama, recorded “T” with B; the song …": B sings it too
    joined = _RECORDED_WITH.match(s.masked, m.end()) if m["r"] else None
    other = s.mention(joined["b"]) if joined else None
    if other is not None and not other.quoted and _artistlike(article, other, loose=True) and \
            not _is_group(article, other) and article.hints.get(_form(other)) not in (GROUP, BAND):
        partner = article.resolve(other, (PERSON,), SINGER, list(flags))
        for target in targets if partner and article.is_a(partner, PERSON) else ():
            _vocals(article, s, target, partner, None, list(flags))
    bands = set().union(*(article.credits.get(t[0], set()) for t in targets))
    if character and len(bands) == 1 and article.is_a(next(iter(bands)), BAND):
        article.claim(s.start, s.end, "performs-as",
                      [(singer, "lr:performsAs", bands.pop())], flags, singer)


# -- list items -------------------------------------------------------------------------------

# The keys of a countdown entry's cell that credit its artist ("Credit: G | Drama: …").
_CREDIT_KEYS = {"credit", "credits", "credited to", "artist", "artists", "by", "performed by",
                "performer", "performers"}


def _titled_row(article: Article, s: Sentence) -> bool:
    """"5. “T”" over "Credit: A & B | Drama: …": A and B are credited with T, read as a list
    item's artist. Whether the row is such an entry."""
    m = TITLED_ROW.fullmatch(article.text, s.start, s.end)
    if m is None:
        return False
    for key, a, b in keyed_cells(article.text, m.start("keys"), s.end):
        if key in _CREDIT_KEYS:
            _list_item(article, s, m.start("t"), m.end("t"), a, b)
    return True


def _row(article: Article, s: Sentence) -> None:
    """A table row "No. 23 | “T” | Artist | …": the first name after the title is its artist."""
    if _titled_row(article, s):
        return
    if KEYED_ROW.match(article.text, s.start):
        return  # "SHOW: “S” | NETWORK: B | …": a drama's scoreboard, no track
    titles = [x for x in s.mentions if x.quoted]
    if not titles:
        return
    cuts = [s.start, *(i for m in CELL.finditer(article.text, s.start, s.end)
                       for i in (m.start(), m.end())), s.end]
    cells = list(zip(cuts[::2], cuts[1::2], strict=True))
    at = next((i for i, (a, b) in enumerate(cells) if a <= titles[0].start < b), None)
    bracket = BRACKETED_ARTIST.search(article.text, titles[0].end, cells[at][1]) \
        if at is not None and s.start in article.bracketed_rows else None
    if bracket is not None:  # "Fold Line (HANDFAN)" under "TRACK (ARTIST)"
        _list_item(article, s, titles[0].start, titles[0].end, bracket.start(1), bracket.end(1))
        return
    if at is None or at + 1 >= len(cells):
        return
    artists = [x for x in s.mentions if cells[at + 1][0] <= x.start < cells[at + 1][1]]
    if artists and _artistlike(article, artists[0], loose=True):
        # the cell after the title, read like a list item's artist ("A & B", "A (feat. B)")
        _list_item(article, s, *cells[at], *cells[at + 1])
    vocal = article.vocal_columns.get(s.start)
    if vocal is not None and vocal < len(cells) and vocal != at:
        _vocal_cell(article, s, titles[0], *cells[vocal])


def _vocal_cell(article: Article, s: Sentence, title: Mention, a: int, b: int) -> None:
    """A "Sung by" cell, "A (as C), B (as himself)": each person sings the row's title, in
    character as the part named in brackets after them."""
    got = _recording(article, title, [])
    if got is None:
        return
    inside = [x for x in s.mentions if a <= x.start < b and not x.quoted]
    for i, mention in enumerate(inside):
        if re.search(r"\(\s*as\s+$", article.text[a:mention.start]):
            continue  # the part, read with the singer before it
        role = inside[i + 1] if i + 1 < len(inside) and re.fullmatch(
            r"\s*\(\s*as\s+", article.text[mention.end:inside[i + 1].start]) else None
        _person_sings(article, s, got, mention, role)


# "The album gathers four songs, every one of them credited to G:", "all by G:".
_INTRO_CREDIT = rx.compile(
    rf"(?:credited\s+to|(?:all|each|every\s+one)\s+(?:of\s+them\s+)?(?:by|from)|(?:performed|sung)\s+"
    rf"by)\s+{_NOUN}?(?P<a>{M})\s*:\s*$|"
    # "It leaves three singles:": the band the article is about is credited with each
    r"^\s*(?P<it>It|The\s+band)\s+(?:leaves|left|released|put\s+out|recorded)\s+(?:behind\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:singles|songs|tracks|recordings)\s*:\s*$")


# "5.", "05", "#5", "⑤", a bullet: an item's number or mark
# ("11 “Title” – Artist": a bare track number before a quoted title, as "03" is)
_NUMBERING = rx.compile(r"\s*(?:\d{1,3}\s+/|\d{1,3}[.)]|0\d(?=\s)|\d{1,3}(?=[ \t]+[“\"])|"
                        r"#\s*\d{1,3}[.):]?|[-*•·]|"
                        r"(?<![^\n])[IVX]{1,5}\.(?=\s)|"  # a set list's "IV. Title — A"
                        rf"\d{{1,3}}\s+{MOVE_IN_BRACKETS}|"  # a chart board's "3 (▲9) “Title” — A"
                        r"[\u2460-\u2473\u2776-\u277f])\s+")


def _title_after_whose(s: Sentence, m: re.Match[str]) -> Mention | None:
    """The quoted title after a "whose" clause the match ``m`` is in: "G, whose members A and B
    trade the verses, recorded “T”" (T, not the song spoken of before)."""
    if not re.search(r"(?:,|\b(?:group|band))\s+whose\s+(?:[a-z-]+\s+)?$", s.masked[:m.start()]):
        return None
    after = _WHOSE_CLAUSE_THEN.match(s.masked, m.end())
    title = s.mention(after["r"]) if after else None
    return title if title is not None and title.quoted else None


def _listed_title(article: Article, s: Sentence, m: re.Match[str]) -> Mention | None:
    """The title (group ``r`` of ``m``) of an item of a list of songs, written unquoted after
    the list's colon ("… the week’s songs: T1 (A); T2 — B; T3, by C"), read whole; ``None``
    when the title is quoted or known, or no such colon comes before it."""
    title = s.mention(m["r"])
    if title is None or title.quoted or title.resolution.entities or \
            not PLAYLIST_COLON.search(s.masked, 0, m.start()):
        return None
    return _whole_item(article, s, title, m.start("r"))


def _whole_item(article: Article, s: Sentence, title: Mention, at: int) -> Mention | None:
    """The unquoted title a list item gives before its artists: the whole text from the list's
    colon or semicolon ("…: T1 (A); Tides in the Dark (B)"), where lower-case
    words have cut the name short ("Tides" and "Dark" read as two names)."""
    gap = re.search(rf"[:;]\s+((?:[^⟨⟦;:“”\"]|{M})*)$", s.masked[:at])
    if gap is None:
        return None
    if not gap[1]:
        return title
    first = re.search(M, gap[1])
    inner = s.mention(first.group()) if first else None
    if inner is not None and inner.quoted:
        return None
    start = inner.start - first.start() if inner is not None else title.start - len(gap[1])
    text = article.text[start:title.end]
    return Mention(start, title.end, text, article.registry.lookup(text))


def _person_sings(article: Article, s: Sentence, got: tuple[str, str | None] | None,
                  singer: Mention | None, role: Mention | None = None,
                  in_character: bool = False) -> str | None:
    """Vocals of the person ``singer`` names on the recording ``got``, in character as the one
    ``role`` names (when given; with ``in_character``, the one part the person plays); the
    person's key, or ``None`` when no person sings."""
    who = _singer(article, singer, []) if got else None
    if who is None or not article.is_a(who, PERSON):
        return None
    character = article.resolve(role, (CHARACTER,), CHARACTER, []) if role is not None else None
    parts = article.portrayals.get(who, set())
    if character is None and in_character and len(parts) == 1:
        character = next(iter(parts))
    _vocals(article, s, got, who, character, [])
    return who


_AND_OPENING = rx.compile(r"(?:and\s+)?")


def _bracket_item(article: Article, s: Sentence, m: re.Match[str]) -> None:
    """"A4 “T” [G] — vocals: A and B, in character as C and D": G is credited; A and B sing,
    each as the character named in the same order."""
    title = _mention(article, s.start + m.start("t"), s.start + m.end("t"), quoted=True)
    names = [x for x in re.finditer(r"[^,&]+?(?=\s*(?:,|&|\band\b|$))", m["a"])
             if x.group().strip()]
    for x in names:
        a = s.start + m.start("a") + x.start() + (len(x.group()) - len(x.group().lstrip()))
        a = _AND_OPENING.match(article.text, a).end()
        _credit(article, s, title, _mention(article, a, s.start + m.start("a") + x.end()))
    if not m["v"]:
        return
    got = _recording(article, title, [])
    voices = [x for x in s.mentions if x.start >= s.start + m.start("v")]
    part = article.text[s.start + m.start("v"):s.start + m.end("v")]
    split = re.search(r",\s+in\s+character\s+as\s+", part)
    cut = s.start + m.start("v") + (split.start() if split else len(part))
    singers = [x for x in voices if x.end <= cut]
    roles = [x for x in voices if x.start >= cut] if split else []
    for i, singer in enumerate(singers):
        _person_sings(article, s, got, singer, roles[i] if len(roles) == len(singers) else None)


def _list(article: Article, s: Sentence) -> None:
    """Parse "Title — Artist Title — Artist …" (one line, or one item a line); a title alone
    takes the artist its introduction credits."""
    text = article.text
    part = PART_PAREN_ROW.fullmatch(text, s.start, s.end) or \
        PART_AFTER_ROW.fullmatch(text, s.start, s.end)
    if part and PART_WORD.search(part["p"]):
        return  # "C, bass (A)", "C (A) — bass": a part and its actor, no title and artist
    bracket = BRACKET_ITEM.match(text[s.start:s.end])
    if bracket:
        _bracket_item(article, s, bracket)
        return
    if section_series(article, s) is not None:
        return  # "THE NEWCOMER: “S” (B)": a drama and its channel, no title and artist
    lineup = LINEUP_ROW.fullmatch(text, s.start, s.end)
    if lineup and PART_WORD.search(lineup["p"]):
        return  # "A — C, bass": an actor and a part in a line-up, no title and artist
    if player_heading(article, s) is not None:
        return  # "P Q-r (C)" over an entry on P: an actor and a part, no title and artist
    ranked = RANKED_ROW.match(text, s.start, s.end) or \
        ARTIST_COLON_ITEM.match(text, s.start, s.end) or \
        _SLASHED_ITEM.fullmatch(text, s.start, s.end) or \
        LABELLED_ITEM.fullmatch(text, s.start, s.end) or \
        ORDINAL_SLASH_ITEM.fullmatch(text, s.start, s.end) or \
        _PAREN_TIMED_ITEM.fullmatch(text, s.start, s.end) or \
        TITLE_BY_LINE.fullmatch(text, s.start, s.end) or \
        _COMMA_CREDIT_ITEM.fullmatch(text, s.start, s.end) or \
        ARTIST_TITLE_TRACK.fullmatch(text, s.start, s.end) or \
        TRACK_OVER_CREDIT.fullmatch(text, s.start, s.end) or \
        _RANK_ARTIST_TITLE.fullmatch(text, s.start, s.end)
    if ranked:
        _list_item(article, s, ranked.start("t"), ranked.end("t"), ranked.start("a"),
                   ranked.end("a"))
        return
    cuts = dashes(text, s)
    if not cuts:
        intro = article.intro
        found = _INTRO_CREDIT.search(intro.masked) if intro is not None else None
        if found and found["it"] and s.mentions and s.mentions[0].quoted:
            _band_title(article, s, s.mentions[0])
        elif found and s.mentions:
            _credit(article, s, s.mentions[0], intro.mention(found["a"]), start=intro.start)
        return
    bounds = [s.start] + [x for d in cuts for x in d] + [s.end]
    segments = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    numbering = _NUMBERING.match(text, *segments[0])
    if numbering:  # "5. Artist – “Title”": the number is neither the artist nor the title
        segments[0] = (numbering.end(), segments[0][1])
    if len(segments) > 2 and re.fullmatch(r"[ \t]*\d{1,3}[.)]?[ \t]*", text[slice(*segments[0])]):
        segments = segments[1:]  # "01 — “Title” — Artist": the track number a cell of its own
    titles: list[tuple[int, int]] = [segments[0]]
    artists: list[tuple[int, int]] = []
    for a, b in segments[1:-1]:
        split = _split_artist_title(article, a, b)
        if split is None:
            return  # one unreadable item would shift every pairing after it
        artists.append((a, split[0]))
        titles.append((split[1], b))
    artists.append(segments[-1])
    pairs = list(zip(titles, artists, strict=True))
    if len(pairs) == 1 and _quoted(text, *pairs[0][1]) and not _quoted(text, *pairs[0][0]):
        pairs = [(pairs[0][1], pairs[0][0])]  # "Artist — “Title”": the quoted side is the title
    for (ta, tb), (aa, ab) in pairs:
        _list_item(article, s, ta, tb, aa, ab)


# "9 — A and B, “Title” (up 6)": a chart list's rank, the artist, the title and its movement.
_RANK_ARTIST_TITLE = rx.compile(r"[ \t]*\d{1,3}[ \t]+[—–][ \t]+(?P<a>[^“”\"\n]{1,80}?),[ \t]+"
                                r"(?P<t>[“\"][^“”\"\n]+[”\"])(?:[ \t]*\([^()\n]*\))?[ \t]*")
# "LOT 3 / “Title” / A ft. B": a catalogue's numbered line, title and artist between slashes.
_SLASHED_ITEM = rx.compile(r"[ \t]*(?:[A-Z][A-Za-z]{0,10}\.?[ \t]+)?\d{1,3}[ \t]*/[ \t]*"
                           r"(?P<t>[“\"][^“”\"\n/]+[”\"])[ \t]*/[ \t]*(?P<a>[^/\n]+?)[ \t]*")
# "“Kite Tail,” WREN HARBOUR": a yearbook's credit line.
_COMMA_CREDIT_ITEM = rx.compile(r"[ \t]*(?P<t>[“\"][^“”\"\n]+[,.][”\"])[ \t]+"
                                rf"(?P<a>{ARTIST_NAMES})[ \t]*")
# "• “Title” (Artist) — 3:28": a running order, the artist in brackets, the length after.
_PAREN_TIMED_ITEM = rx.compile(r"[ \t]*(?:[•▪◦‣*-]|\d{1,3}[.)])?[ \t]*(?P<t>[“\"][^“”\"\n]+[”\"])"
                               r"[ \t]*\((?P<a>[^()\n]+)\)[ \t]*[—–-][ \t]*\d{1,2}:\d\d[ \t]*")
# "(“S,” B)" after an item's artist: the drama the song is from, and its channel.
_DRAMA_PAREN = rx.compile(r"[“\"](?P<s>[^”\"]+?)[,.]?[”\"],?\s+(?P<b>[A-Z][^,()]*)$")


def _list_item(article: Article, s: Sentence, ta: int, tb: int, aa: int, ab: int) -> None:
    text = article.text
    for side in ("title", "artist"):  # "Part 2: X — “Title”", "Track 3. Title — X"
        a, b = (ta, tb) if side == "title" else (aa, ab)
        # "A1 Title": a record side's track code
        part = re.match(r"\s*" + MOVEMENT +
                        r"(?:(?:Part|Pt\.|Track|Vol\.|Volume|No\.)\s*\d{1,3}\s*[:.)—–-]|"
                        r"[A-D]\d{1,2}(?=\s+[\"“A-Z0-9]))\s+", text[a:b])
        if part and side == "title":
            ta += part.end()
        elif part:
            aa += part.end()
    featuring = re.search(r"\s*\((?:feat\.?|ft\.|featuring|with)\s+([^()]*)\)\s*$", text[ta:tb])
    guest = None
    if featuring:  # "Title (feat. X)": the title is without the guest, who is credited too
        guest = _mention(article, ta + featuring.start(1), ta + featuring.end(1))
        tb = ta + featuring.start()
    ta, tb = _unquote(text, ta, tb)
    title = _mention(article, ta, tb, quoted=True)
    extra: list = []
    flags: list[str] = []
    noun = re.match(r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>band|group|duo|trio|singer|rapper|"
                    r"artist|soloist)\s+(?=\S)", text[aa:ab])
    if noun:  # "by the band X": X is a group
        aa += noun.end()
        if noun["noun"] in ("band", "group", "duo", "trio"):
            article.hints.setdefault(exact_form(text[aa:ab]), GROUP)
    bracket = 0
    if text[ab - 1:ab] == ")" and "(" not in text[aa:ab]:
        ab, bracket = ab - 1, 1  # "Title (Artist)": the closing bracket of the cut
    length = re.search(r"\s*\(\d{1,2}:\d\d\)\s*$", text[aa:ab])
    if length:  # "Artist (3:52)": the track's length, not a group
        ab = aa + length.start()
    artist_feat = re.search(r",?\s+\(?(?:feat\.?|ft\.|featuring|with)\s+(?P<g>[A-Z][^()]+)\)?$",
                            text[aa:ab])
    if artist_feat and guest is None:  # "A feat. B — Title", "T · A with B": B credited too
        guest = _mention(article, aa + artist_feat.start("g"), aa + artist_feat.end("g"))
        ab = aa + artist_feat.start()
    artist_text = text[aa:ab]
    if re.fullmatch(rf"\s*{YEAR_DIGITS}\s*", artist_text):
        return  # "“S” (2060)": a retrospective's heading, a drama and its year, no song
    artist_start = aa
    group = None
    # "A (G)", "A [G]": the artist's group in brackets
    paren = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", artist_text) or \
        re.match(r"^(.*?)\s*\[([^\[\]\d:]+)\]\s*$", artist_text) or \
        re.match(r"^([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s*(?:&|,|\band\b)\s*[A-Z][\w-]*"
                 r"(?:\s+[A-Z][\w-]*){0,2})*)\s+of\s+([A-Z][A-Z0-9&!. -]+)$",
                 artist_text)  # "A of GROUP", "A & B of GROUP": members of a group in capitals
    drama = _DRAMA_PAREN.match(paren[2]) if paren else None
    if drama:  # "“T” — G (“S,” B)": the song's drama and its channel, not G's group
        at = aa + paren.start(2)
        series = article.resolve(_mention(article, at + drama.start("s"), at + drama.end("s"),
                                          quoted=True), (SERIES,), SERIES, flags)
        outlet = article.resolve(_mention(article, at + drama.start("b"), at + drama.end("b")),
                                 (ORGANISATION,), BROADCASTER, [])
        if series and outlet and article.is_a(outlet, BROADCASTER):
            article.claim(s.start, s.end, "broadcast", modelling.broadcaster(series, outlet), [],
                          series, outlet)
        ab, paren = aa + paren.end(1), None
        artist_text = text[aa:ab]
    # (read once the drama in brackets is set aside: "A (“The Ferryman’s …,” B)")
    possessive = re.match(r"^(.+?)[’']s\s+(.+)$", artist_text)
    if paren:
        group = _mention(article, aa + paren.start(2), aa + paren.end(2))
        ab = aa + paren.end(1)
    elif possessive:
        group = _mention(article, aa, aa + possessive.end(1))
        aa = aa + possessive.start(2)
    artist = _mention(article, aa, ab)
    # The quote runs from the title (with its opening quote) to the artist (with its group),
    # in whichever order the item gives them.
    title_start = ta - 1 if ta and text[ta - 1] in "“\"'‘" else ta
    title_end = _close(text, tb)
    artist_end = _close(text, ab if not paren else aa + paren.end(0)) + bracket
    start = min(title_start, artist_start)
    end = max(title_end, artist_end)
    several = [x for x in re.finditer(r"[^,&×/]+?(?=\s*(?:,|&|×|\s/|\band\b|$))", text[aa:ab])
               if x.group().strip()]
    names = [re.sub(r"^\s*and\s+", "", x.group()) for x in several]
    artists = [artist]
    if len(several) > 1 and all(re.match(r"\s*[A-Z0-9]", n) for n in names):
        artists = []
        for x in several:  # "A & B", "A and B (G)": a duet credits both
            a = aa + x.start() + (len(x.group()) - len(x.group().lstrip()))
            a = _AND_OPENING.match(text, a).end()
            artists.append(_mention(article, a, aa + x.end()))
    for one in artists:
        extra: list = []
        if group is not None:  # "A (G)", "G's A": A is a member of G
            person = article.resolve(one, (PERSON,), SINGER, flags)
            band = article.resolve(group, (GROUP,), GROUP, flags) if person else None
            if person and band and article.is_a(person, PERSON) and not person.startswith(
                    UNRESOLVED):
                extra = modelling.member(person, band)
        _credit(article, s, title, one, start, end, extra)
    if guest is not None:
        _credit(article, s, title, guest, start, end)


def _quoted(text: str, a: int, b: int) -> bool:
    inner = re.sub(r"^\s*(?:\d{1,3}[.)]|[-*•·])?\s*", "", text[a:b]).strip()
    return bool(re.match(r"^[\"“‘'].+[\"”’']$", inner))


def _split_artist_title(article: Article, a: int, b: int) -> tuple[int, int] | None:
    """Where the artist ends and the next title starts in "Artist Title" (offsets)."""
    text = article.text
    segment = text[a:b]
    for hit in article.registry.scan(article.folded, a, b):
        if hit.start == a and any(article.registry.is_a(e, ARTISTS) for e in hit.entities):
            return _after(text, _artist_end(article, hit.end, b), b)
        if hit.end == b and hit.start > a and any(article.registry.is_a(e, (RECORDING, SONG))
                                                  for e in hit.entities):
            return _before(text, a, hit.start), hit.start
    possessive = re.match(r"^\S+[’']s\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+|-[a-z]+)", segment)
    paren = re.match(r"^.{1,40}?\)", segment)
    if paren and "(" in paren.group():
        return _after(text, a + paren.end(), b)
    korean = re.match(r"^(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+-[A-Za-z][a-z]*(?=\s)", segment)
    if korean:
        return _after(text, a + korean.end(), b)
    caps = re.match(r"^(?:[A-Z0-9][A-Z0-9.&!'’-]+\s+)*[A-Z0-9][A-Z0-9.&!'’-]+(?=\s+[\"“'‘]?[A-Z]"
                    r"[a-z])", segment)
    if caps and re.search(r"[A-Z]{2}", caps.group()):
        return _after(text, a + caps.end(), b)
    if possessive:
        return _after(text, a + possessive.end(), b)
    return None


def _artist_end(article: Article, end: int, b: int) -> int:
    """Extend a known artist over "’s Member" and "(Group)" that follow it."""
    text = article.text
    owner = re.match(r"[’']s\s+", text[end:b])
    if owner:
        start = end + owner.end()
        hits = [h for h in article.registry.scan(article.folded, start, b) if h.start == start
                and any(article.registry.is_a(e, PERSON) for e in h.entities)]
        if hits:
            end = hits[0].end
        elif shaped := re.match(r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+-[A-Za-z][a-z]*", text[start:b]):
            end = start + shaped.end()
    paren = re.match(r"\s*\([^()]{1,40}\)", text[end:b])
    return end + paren.end() if paren else end


def _after(text: str, end: int, b: int) -> tuple[int, int]:
    start = end
    while start < b and text[start].isspace():
        start += 1
    return end, start


def _before(text: str, a: int, start: int) -> int:
    end = start
    while end > a and text[end - 1].isspace():
        end -= 1
    return end


def _unquote(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in "“\"'‘ ":
        a += 1
    while b > a and text[b - 1] in "”\"'’ ,":
        b -= 1
    return a, b


def _close(text: str, end: int) -> int:
    return end + 1 if text[end:end + 1] in ("”", '"', "’", "'") else end


def _mention(article: Article, a: int, b: int, quoted: bool = False) -> Mention:
    phrase = article.text[a:b]
    hits = article.registry.scan(article.folded, a, b)
    whole = [h for h in hits if h.start == a and h.end == b]
    resolution = (Resolution(entities=whole[0].entities, how="exact") if whole
                  else article.registry.lookup(phrase))
    return Mention(a, b, phrase, resolution, quoted=quoted)


# -- helpers ----------------------------------------------------------------------------------

def _recording(article: Article, title: Mention, flags: list[str]
               ) -> tuple[str, str | None] | None:
    if title.resolution.entities and not _known_recording(article, title):
        return None
    if not title.resolution.entities and not title.quoted and \
            article.hints.get(_form(title)) not in (None, RECORDING, SONG):
        return None
    return article.recording(title, flags)


def _title_and_its_artist(article: Article, s: Sentence,
                          patterns: tuple[rx.Pattern, ...]) -> None:
    """Credit each quoted title ``r`` the ``patterns`` find to the artist ``a`` beside it."""
    for m in chain.from_iterable(p.finditer(s.masked) for p in patterns):
        slots = m.groupdict()
        title = s.mention(slots["r"] or slots.get("r2"))
        artist = s.mention(slots["a"] or slots.get("a2"))
        if _is_title(article, title) and _artistlike(article, artist, loose=True):
            _credit(article, s, title, artist)


def _title_sung_by(article: Article, s: Sentence, patterns: tuple[rx.Pattern, ...]) -> None:
    """Each quoted title ``r`` the ``patterns`` find is sung by the person ``a``, in character
    as ``c`` where the pattern has and names one."""
    for m in chain.from_iterable(p.finditer(s.masked) for p in patterns):
        title = s.mention(m["r"])
        if _is_title(article, title):
            part = m.groupdict().get("c")
            _person_sings(article, s, _recording(article, title, []), s.mention(m["a"]),
                          s.mention(part) if part else None)


def _pair_credited_sings(article: Article, s: Sentence, m: re.Match[str]) -> None:
    """Both of a pair ``a`` and ``b`` are credited with the quoted title ``r`` and sing it."""
    title = s.mention(m["r"])
    got = _quoted_recording(article, s, m["r"])
    for singer in ("a", "b") if got else ():
        _credit(article, s, title, s.mention(m[singer]))
        _person_sings(article, s, got, s.mention(m[singer]))


def _spoken_of(article: Article, s: Sentence, at: int) -> tuple[str, str | None] | None:
    """The recording "it" or "the song" at masked offset ``at`` stands for: the last title
    the sentence named before it ("“T” reached No. 7, and you sang it"), else the one the
    article spoke of last."""
    for found in reversed(list(re.finditer(M, s.masked[:at]))):
        title = s.mention(found.group())
        if title is not None and title.quoted and not _series_like(article, title):
            if re.search(rf"{M},?\s+from\s+$", s.masked[:found.start()]):
                continue  # "“T” from “S,” sung by A": S is where T comes from
            if re.search(r"(?:^|[;,])\s*[Ii]n\s+$", s.masked[:found.start()]):
                continue  # "…; in “S” she sings it in character as C": S is where she sings
            got = _recording(article, title, [])
            if got is not None:
                return got
    return article.spoken_recording([])


def _full_or_known(article: Article, mention: Mention | None) -> bool:
    """A name that may be credited beside another: a known entity that is no character, or an
    unknown name of two words or more (a given name alone is how characters are called)."""
    if mention is None:
        return False
    known = mention.resolution.entities
    if any(article.registry.is_a(e, CHARACTER) for e in known):
        return False
    return bool(known) or len(mention.text.split()) > 1


def _is_title(article: Article, mention: Mention | None) -> bool:
    """A recording's title: quoted, or the name of a known recording or song."""
    return mention is not None and (mention.quoted or _known_recording(article, mention))


def _known_recording(article: Article, mention: Mention) -> bool:
    return any(article.registry.is_a(e, (RECORDING, SONG)) for e in mention.resolution.entities)


def _artistlike(article: Article, mention: Mention | None, loose: bool = False) -> bool:
    """A person, group or band, known or hinted; an unknown name only if shaped like a
    personal name (or, ``loose``, any name that is not the first word of its sentence)."""
    if mention is None or mention.quoted:
        return False
    entities = mention.resolution.entities or article.registry.lookup(mention.text).entities
    if entities:
        return any(article.registry.is_a(e, ARTISTS) for e in entities)
    hinted = article.hints.get(_form(mention))
    if hinted:
        return article.registry.vocabulary.is_any((hinted,), ARTISTS)
    return bool(_KOREAN_NAME.match(mention.text)) or (loose and not (
        mention.initial and len(mention.text.split()) == 1 and not (
            mention.text.isupper() and len(mention.text) > 2)))  # "G won …" in capitals: a group


def _capitals_group(article: Article, mention: Mention | None) -> bool:
    """An unknown name written in capitals ("GROUP's new track"), not introduced as anything
    else: a group's or band's name."""
    if mention is None or mention.quoted or mention.resolution.entities or \
            article.registry.lookup(mention.text).entities:
        return False
    hinted = article.hints.get(_form(mention))
    return (hinted is None or hinted in (GROUP, BAND)) and \
        len(re.sub(r"[^A-Z]", "", mention.text)) >= 3 and mention.text == mention.text.upper()


def _series_like(article: Article, mention: Mention) -> bool:
    """A series, known or introduced as one: "won Best Drama for “S”" credits no recording."""
    entities = mention.resolution.entities or article.registry.lookup(mention.text).entities
    if entities:
        return any(article.registry.is_a(e, SERIES) for e in entities)
    return article.hints.get(_form(mention)) == SERIES


def _bands_own(article: Article, s: Sentence) -> None:
    """"G’s first single came out on …" under a section on "T": T is G's."""
    m = _BANDS_OWN.match(s.masked)
    group = s.mention(m["g"]) if m else None
    if group is None or group.quoted or not (
            m["kind"] or _is_group(article, group) or
            article.hints.get(_form(group)) in (GROUP, BAND)):
        return
    flags: list[str] = []
    got = article.spoken_recording(flags)
    who = _artist(article, group, flags) if got else None
    if got and who and article.is_a(who, (GROUP, BAND)):
        _credit_to(article, s, got, who, flags)


def _is_group(article: Article, mention: Mention) -> bool:
    entities = mention.resolution.entities or article.registry.lookup(mention.text).entities
    return bool(entities) and all(article.registry.is_a(e, (GROUP, BAND)) for e in entities)


def _artist(article: Article, mention: Mention, flags: list[str], prefer_person: bool = False
            ) -> str | None:
    if mention.quoted:
        return None
    hinted = article.hints.get(_form(mention)) or article.hints.get(
        exact_form(re.sub(r"^[Tt]he\s+", "", mention.text)))
    create = hinted if hinted in (GROUP, BAND) or (hinted and article.registry.vocabulary.is_a(
        (hinted,), PERSON)) else SINGER
    if hinted is None and not mention.resolution.entities and _written_in_capitals(article,
                                                                                   mention):
        # "GLOWLINE", or "Glow Line" written "GLOW LINE" elsewhere: a group's name.
        create = BAND if re.search(r"\b(?:fictional|in-story|on-screen)\s+(?:[a-z-]+\s+)?(?:band|"
                                   r"group|trio|duo|quartet|quintet)\b", article.text, re.I) \
            else GROUP
    elif hinted is None and not mention.resolution.entities and \
            _PLURAL_NAME.fullmatch(mention.text):
        # "the Tin Owls single": a plural noun names a band (no romanised syllable ends in "s")
        create = GROUP
    return article.resolve(mention, ARTISTS, create, flags)


_PLURAL_NAME = rx.compile(r"(?:The\s+)?(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+[^s\W]s")


def _written_in_capitals(article: Article, mention: Mention) -> bool:
    capitals = mention.text.upper()
    if len(re.sub(r"\W", "", capitals)) < 3 or not re.search(r"[A-Z]", capitals):
        return False
    if mention.text == capitals:
        return True
    return article.spelt_in_capitals(capitals)


def _possessive_fits(mark: str, owner: Mention | None) -> bool:
    """Whether ``owner``'s possessive is written ``mark``: a bare apostrophe only after a
    plural name ("the Lanterns’ “T”"), "’s" after any."""
    # ("G’ “T”" with G a plural name in capitals: the same)
    return owner is not None and (len(mark) == 2 or owner.text.lower().endswith("s"))


def _subject_person(article: Article, s: Sentence, before: int, flags: list[str],
                    pronoun: bool = False) -> str | None:
    head = s.masked[:before]
    if pronoun or re.match(r"^\s*(?:[Hh]e|[Ss]he|[Tt]hey)\b", head):
        persons = [m for m in s.mentions[: len(re.findall(M, head))]
                   if could_be(article, m, PERSON) and not m.quoted and (
                       m.resolution.entities or article.hints.get(_form(m)) or
                       _KOREAN_NAME.match(m.text) or PERSON_NAME.match(m.text))]
        if persons:  # "… is A’s turn at the microphone: she sings it": a personal name too
            last = persons[-1]
            shaped = bool(_KOREAN_NAME.match(last.text) or (
                PERSON_NAME.match(last.text) and not _EVENT_NAME.search(last.text)))
            return article.resolve(last, (PERSON,), article.hints.get(_form(last)) or (
                SINGER if shaped else None), flags)
        if re.match(r"^\s*(?:[Hh]e|[Ss]he)\b", head):
            # the sentence's own subject: whoever was spoken of last before it began, not a
            # person a clause of it has named since
            return _person_before(article)
        return article.pronoun_person()
    subject = first_mention(article, s, (PERSON,), before)
    if subject is None:
        return None
    hinted = article.hints.get(_form(subject))
    return article.resolve(subject, (PERSON,), hinted if hinted else SINGER, flags)


def _named(s: Sentence, m: re.Match[str], group: str) -> list[Mention]:
    """The names the match's ``group`` holds, but a possessive's owner: "credited to G’s A"
    credits A, G's member, not G (the owner may close the group)."""
    if not m[group]:
        return []
    start = m.start(group)
    return [x for slot in re.finditer(M, m[group])
            if not re.match(r"[’']s\s+⟨", s.masked[start + slot.end():])
            and (x := s.mention(slot.group())) is not None]


def _whole_group_sings(article: Article, s: Sentence, got: tuple[str, str | None] | None
                       ) -> None:
    """Every member of the one group credited with ``got`` sings it; with no credit yet and no
    name in the sentence, the group spoken of ("the group’s ballad …, on which all five
    members sing")."""
    if got is None:
        return
    groups = [g for g in article.credits.get(got[0], ()) if article.is_a(g, GROUP)]
    named = [x for x in s.mentions if not x.quoted]  # ("G2, whose ballad …": G2's)
    recent = article.recent.get(ENSEMBLE)
    if not groups and not named and recent is not None and article.is_a(recent, GROUP) and \
            not article.credits.get(got[0]):
        groups = [recent]
    for member in sorted(article.members.get(groups[0], ())) if len(groups) == 1 else ():
        if article.is_a(member, PERSON):
            _vocals(article, s, got, member, None, [])


def _person_before(article: Article) -> str | None:
    """The person "he" or "she" at the start of a sentence means: the one spoken of last."""
    if PERSON in article.before:
        return article.pronoun_person(article.before[PERSON])
    name = article.last_person_name
    return article.resolve(name, (PERSON,), SINGER, []) if name is not None else None


def _group_before(article: Article, s: Sentence, before: int) -> str | None:
    for m in re.finditer(M, s.masked[:before]):
        mention = s.mention(m.group())
        if mention and could_be(article, mention, GROUP) and not mention.quoted:
            key = article.resolve(mention, (GROUP,), None, [])
            if key:
                return key
    return None


def _remember_lists(article: Article, s: Sentence) -> None:
    """A sentence naming two or more recordings: what "all four", "these songs" refer to."""
    found = []
    for mention in s.mentions:
        if _known_recording(article, mention):
            got = article.recording(mention, [], create=False)
            if got and got[0] not in found:
                found.append(got[0])
    if len(found) > 1 and (not article.recording_lists or
                           set(found) != set(article.recording_lists[-1])):
        article.recording_lists.append(found)


def _form(mention: Mention) -> str:
    return exact_form(mention.text)
