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

from kg.extraction import modelling, rx
from kg.extraction.context import ALBUM, CHART, PLATFORM, RECORDING, SERIES, SONG, Article
from kg.extraction.dates import COUNT, parse_count, parse_position, weekday_before
from kg.extraction.masked import NAMES, D, M, Sentence, hedged
from kg.extraction.mentions import Mention
from kg.extraction.names import exact_form
from kg.extraction.sentences import CELL, MOVE_IN_BRACKETS, MOVEMENT

_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten"
_ORDINALS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_POSITION = rx.compile(
    r"(?:\b(?:No\.|no\.|Number|number|#)\s?(?P<n>\d{1,3})\b|#(?P<h>\d{1,3})\b|"
    rf"\b(?:No\.|no\.|Number|number)\s+(?P<nw>{_NUMBER_WORDS})\b|"
    r"\b(?P<o>\d{1,3})(?:st|nd|rd|th)(?:\s+(?:spot|place|position|rank)\b|-ranked\b|"
    # ("…, was 15th on the CHART on DATE")
    r"(?<=\bwas\s\d\dth)(?=\s+on\s)|(?<=\bwas\s\dth)(?=\s+on\s)|(?<=\bwas\s\d\d[sn][td])(?=\s+on\s)|"
    # ("… it had worked its way up to 17th.")
    r"(?<=\bway\sup\sto\s\d\dth)(?=\s*[.;,]|\s*$)|(?<=\bway\sup\sto\s\dth)(?=\s*[.;,]|\s*$))|"
    # ("… and was in second place on DATE")
    # ("It reached eighth place on the CHART of DATE")
    # ("… by the chart of DATE it was up to third place")
    rf"(?:(?<=\bin\s)|(?<=\breached\s)|(?<=\bhit\s)|(?<=\bclaimed\s)|(?<=\btook\s)|(?<=\bup\sto\s))"
    rf"(?P<ow6>{_ORDINALS})\s+place\b|"
    # ("It climbed to seventh on the CHART of DATE")
    r"(?:(?<=\bclimbed\sto\s)|(?<=\brose\sto\s)|(?<=\bjumped\sto\s)|(?<=\bfell\sto\s)|"
    rf"(?<=\bslipped\sto\s)|(?<=\bdropped\sto\s))(?P<ow7>{_ORDINALS})(?=\s+(?:place\s+)?on\s)|"
    r"\b(?P<w>first|top)\s+(?:spot|place|position)\b|\b(?P<t2>top)\s+of\s+the\b|\bnumber\s+one\b|\b(?P<t>topped)\s+the\b|"
    # ("The CHART of DATE ranked it seventh")
    r"\b(?:ranked|placed|came|finished|charted|ranking|placing|landed|sat|stood|held)\s+"
    r"(?:(?<=ranked\s)it\s+|(?<=placed\s)it\s+)?(?:in\s+)?"
    r"(?:at\s+)?(?P<ow>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"(?:\s+place\b)?|"
    # "“T” was ninth on the CHART": an ordinal between "was" and the chart
    # ("…, and on DATE it was second": the chart of the clause before, the verb's end)
    rf"\b(?:was|is)\s+(?P<ow3>{_ORDINALS})(?=\s+on\s)|"
    rf"(?<=\bit\s)was\s+(?P<ow4>{_ORDINALS})(?=\s*[.;]|\s*$)|"
    # ("the CHART dated DATE placed it 142nd")
    r"\b(?:ranked|placed|came\s+in|finished|charted|ranking|placing|landed|sat|stood)\s+"
    r"(?:(?<=ranked\s)it\s+|(?<=placed\s)it\s+)?(?:at\s+)?"
    r"(?P<o2>\d{1,3})(?:st|nd|rd|th)\b|"
    # ("the CHART of DATE listed it 17th")
    r"(?<=⟧\s)listed\s+it\s+(?P<o3>\d{1,3})(?:st|nd|rd|th)\b)")
# What every position of :data:`_POSITION` needs one of: a figure outside a placeholder, "#",
# "No."/"number", "top" or an ordinal word. A plain test, run first, because most sentences
# hold a two-letter literal of _POSITION ("th") and would make the engine scan it whole.
_POSITION_CUE = re.compile(rf"(?<![⟨⟦\d])\d|#|[Nn]o\.|[Nn]umber|top|{_ORDINALS}")
_CHART_VERB = rx.compile(
    r"\b(?:entered|enters|debuted|debuts|ranked|ranks|reached|reaches|peaked|peaks|charted|"
    r"landed|lands|arrived|arrives|placed|climbed|climbs|rose|rises|jumped|hit|topped|tops|secured|securing|"
    r"claimed|sat|stood|dropped|fell|moved|made its way|soared|shot|returned|re-entered|"
    # ("has found its way back onto the CHART, at No. 64 on DATE")
    r"found\s+its\s+way(?:\s+back)?(?=\s+(?:onto|into|on\s+to)\s)|"
    # "A saw it re-enter the CHART at No. 64"
    r"(?<=\bit\s)re-?enter|"
    r"came\s+back|comes\s+back|broke\s+into|breaks\s+into|"
    # ("Its first CHART appearance came at No. 28 on the chart of DATE")
    r"(?:(?<=\bappearance\s)|(?<=\bdebut\s)|(?<=\bentry\s))came(?=\s+at\s)|"
    # ("“T” by A, back on the CHART at No. 67 on DATE": set off, no verb)
    r"(?<=,\s)back(?=\s+(?:on|onto|in|at)\s)|"
    # ("the packers took on “T,” which sat at No. 29": "took on" is no chart's verb)
    r"reentered|rebounded|slipped|held|holds|stayed|remained|spent|came\s+in|took(?!\s+on\b)|grabbed|"
    r"reappeared|reappears|"
    r"(?<=\s)was(?=\s+the\s+\d{1,3}(?:st|nd|rd|th)-ranked)|"
    r"nabbed|earned|ranking|placing|charting|peaking|debuting|landing|climbing|rising|entering|"
    # ("went straight into the CHART at No. 11 on DATE before reaching No. 1 on DATE2")
    r"(?:went|goes)\s+(?:straight\s+|directly\s+)?into|(?<=\bbefore\s)reaching|"
    # ("It went in at No. 33 on the CHART dated DATE")
    r"(?:went|goes|go)\s+in(?=\s+at\s)|"
    # ("made its CHART debut a week later, at No. 18 on DATE")
    r"made\s+its\s+(?:⟨\d+⟩\s+)?debut|made\s+(?:its|an|their)\s+(?:first\s+)?(?:chart\s+)?appearance|"
    r"sits|stands|showed\s+up|shows\s+up|turned\s+up|appeared|appears|"
    r"popped\s+up|bowed|bows|opened|opens|leapt|leaped|leaping|leaps|vaulted|surged|"
    r"(?:got|gets|made\s+it|went|goes)(?=\s+(?:to|as\s+high\s+as|all\s+the\s+way\s+to)\s)|"
    r"(?<=\brun\s)began(?=\s+at\s)|"  # ("Its CHART run began at No. 21 on DATE")
    # ("P’s Top 100 had the single at No. 4 on DATE": the same, the song by its noun)
    r"(?:(?<=⟩\s)|(?<=⟧\s)|(?<=\bTop\s\d\d\s)|(?<=\bTop\s\d\d\d\s))had"
    r"(?=\s+(?:it|the\s+(?:single|song|track|ballad))\s+at\s)|"
    # ("“T,” which the CHART listed at No. 169 on its chart dated DATE": the title the object)
    # ("“T,” which the CHART dated DATE had at No. 178": the same, the chart's day between)
    r"(?<=⟩\s)(?:listed|placed|ranked|put)(?=\s+at\s+No\.)|(?<=⟧\s)had(?=\s+at\s+No\.)|"
    # ("The CHART picked it up at No. 164 on the chart dated DATE"; "… and the CHART had it in
    # fourth place on DATE")
    r"(?<=⟩\s)picked(?=\s+it\s+up\s+at\s)|"
    rf"(?<=⟩\s)had(?=\s+it\s+in\s+(?:{_ORDINALS})\s+place\b)|"
    # ("The CHART dated DATE gave it a debut at No. 122")
    r"(?<=⟧\s)gave(?=\s+it\s+a\s+debut\s+at\s)|"
    # "The CHART first listed it at No. 38": the chart the subject
    # ("The CHART first listed it on DATE, at No. 31")
    r"(?<=⟩\sfirst\s)listed(?=\s+it\s+(?:on\s+⟦\d+⟧,?\s+)?at\s)|(?<=⟩\s)listed(?=\s+it\s+at\s)|"
    r"(?<=⟧\s)listed(?=\s+it\s+at\s)|"  # ("The CHART dated DATE listed it at No. 158")
    # ("The CHART counted it at No. 167 in the week of DATE": the chart the subject)
    r"(?<=⟩\s)counted(?=\s+it\s+at\s)|"
    # ("…; the CHART of DATE showed it at No. 18")
    r"(?<=⟧\s)showed(?=\s+it\s+at\s)|"
    # ("…, and by the chart of DATE it was up to third place")
    r"(?<=\bit\s)was\s+up(?=\s+to\s)|"
    # ("By the CHART of DATE it had worked its way up to 17th")
    r"(?<=\bhad\s)worked\s+its\s+way(?=\s+up\s+to\s)|"
    r"(?<=⟧\s)listed(?=\s+it\s+\d{1,3}(?:st|nd|rd|th)\b)|"  # ("… of DATE listed it 17th")
    r"(?<=⟧\s)counted(?=\s+it\s+at\s)|"  # ("The CHART dated DATE counted it at No. 176")
    r"(?<=\bwas\s)listed(?=\s+at\s)|"  # ("it was listed at No. 131 on the CHART")
    r"(?<=⟧\s)carried(?=\s+it\s+at\s)|"  # ("The CHART of DATE carried it at No. 171")
    # ("The CHART of DATE put the song at No. 7")
    # ("The CHART put it at No. 31 on DATE": the chart the subject, no day before the verb)
    r"(?:(?<=⟧\s)|(?<=⟩\s))put(?=\s+(?:it|the\s+(?:song|single|track|ballad))\s+at\s)|"
    r"(?<=⟧\s)ranked(?=\s+it\s)|"  # ("The CHART of DATE ranked it 172nd")
    # ("“T,” back at No. 58 on the CHART dated DATE": no verb, the title's apposition)
    r"(?<=⟩,\s)(?:back|still|now)(?=\s+at\s+No\.)|"
    # ("“T,” No. 197 on the CHART dated DATE": the position set beside the title)
    r"(?<=⟩,\s)(?=No\.\s*\d{1,3}\s+on\s)|"
    # ("“T,” out on DATE and at No. 178 on the CHART dated DATE2": the same after a release)
    r"(?<=⟧\s)and(?=\s+at\s+No\.)|"
    # ("… came out on DATE and made the CHART at No. 171 on DATE2")
    # ("On DATE it also made the CHART, at No. 188": the same, the position set off)
    r"made(?=\s+No\.|\s+the\s+⟨\d+⟩,?\s+at\s+No\.)|"
    r"came\s+onto|comes\s+onto|came\s+on\s+to|"
    # ("Since its DATE release it has been No. 2 on the CHART (DATE2) and …")
    r"(?:was|is|(?<=has\s)been)(?=\s+(?:still\s+|back\s+|again\s+|already\s+)?(?:up\s+|down\s+)?(?:to\s+|at\s+)?(?:No\.|[Nn]umber|#))|"
    rf"(?:was|is)(?=\s+(?:{_ORDINALS}|\d{{1,3}}(?:st|nd|rd|th))\s+on\s)|"
    # "It was also back in the CHART the next morning, at No. 9 on DATE"
    r"(?:was|is)(?=\s+(?:also\s+|still\s+)?(?:back\s+)?(?:in|on)\s+the\s+⟨\d+⟩))\b")
# "it", "the song", "Soloist A's ballad": the recording named before.
# "When it reached No. 9 …": the same after a subordinating word.
_ANAPHOR = rx.compile(r"^\s*[(“\"]?(?:(?:When|Once|After)\s+(?=it\b))?(?:[Ii]t\b|"
                      # ("…, and his song peaked at …": a clause's own subject)
                      # ("The last has passed N streams on P": the last title named)
                      r"(?<=^)The\s+(?:last|latter)\b(?=\s+(?:has|had|is|was)\b)|"
                      r"(?:[Tt]he|[Tt]his|[Tt]hat|(?<=^)An?|(?<=^)(?:[Hh]er|[Hh]is|[Tt]heir)|"
                      # "The bakery band's first single"
                      r"[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:band|group|duo|trio|singer)[’']s|"
                      r"(?:[A-Z][a-z]+\s+|⟨\d+⟩\s+)?⟨\d+⟩[’']s)\s+"
                      # "The Wrens' debut single"
                      r"(?:[\w’'-]+\s+|⟨\d+⟩(?:[’']s?)?\s+){0,2}"
                      r"(?:song|track|ballad|single|number|OST|anthem|tune|duet|theme|B-side|"
                      r"entry|closer|opener|cut|finale|recording|version|rendition|solo)\b)")
_MARK = rx.compile(
    r"\b(?:surpassed|passed|crossed|topped|hit|reached|broke|exceeded)\s+the\s+"
    rf"{COUNT}(?:\s+|-)(?:stream\s+|streams\s+)?mark\s+on\s+(?:the\s+)?(?P<p2>{M})",
    re.IGNORECASE)
_STREAMED = rx.compile(
    r"\b(?:been\s+)?(?:streamed|played)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|"
    r"upwards?\s+of\s+)?"
    rf"{COUNT}\s+times(?:\s+on\s+(?:the\s+)?(?P<p2>{M}))?", re.IGNORECASE)
_STREAMS = rx.compile(
    r"\b(?P<verb>surpassed|surpassing|surpasses|passed|passes|crossed|crosses|crossing|exceeded|"
    r"exceeds|exceeding|topped|tops|achieved|achieves|amassed|gathered|garnered|recorded|"
    r"reached|reaches|hit|hits|racked\s+up|accumulated|earned|logged|clocked|notched|"
    r"reaching|hitting|surpass|cross|pass|exceed|has|have|boasts|tallied|registered|"
    r"sits\s+at|stands\s+at|sat\s+at|stood\s+at|(?<=^)[Ww]ith|(?<=^\s)[Ww]ith|had|"
    # ("It now sits above N P streams")
    r"sits\s+above|stands\s+above|sat\s+above|stood\s+above|"
    # ("“T,” sung by A, counts more than N P streams")
    r"counts|"
    # ("“T” by A, a song with more than N P plays as of DATE")
    r"(?<=\bsong\s)with|(?<=\btrack\s)with|(?<=\bsingle\s)with|(?<=\bballad\s)with|"
    # ("A’s “T” follows, with more than N P plays as of DATE")
    r"(?<=\bfollows,\s)with|(?<=\bnext,\s)with|"
    # ("“T,” on which A sings alongside B, with more than N P plays as of DATE")
    r"(?<=⟩,\s)with(?=\s+(?:more\s+than|over|nearly|almost)\s)|"
    # "It's already past 8 million Streamly streams"
    r"(?:is|was|[’']s)(?:\s+(?:already|now|well))?(?=\s+(?:past|beyond)\b)|"
    # ("“T,” the duet of A and B from “S,” now past N streams on P": an apposition's count)
    r"(?<=,\s)now(?=\s+past\b)|"
    # ("“T,” released on DATE and past N P plays by DATE2": the participle's "and")
    r"(?<=,\s)(?:released|out)\s+on\s+⟦\d+⟧\s+and(?=\s+past\s)|"
    r"collected|collects|drew|draws|drawn|gone|went|pulled\s+in|generated|totals|totaled|"
    r"totalled|[a-z]+ed)(?:\s+(?:up|past|beyond|in))?\s+"
    # "it has still gathered a respectable 12 million P streams"
    r"(?:an?\s+(?:respectable|healthy|solid|impressive|staggering|modest|remarkable)\s+)?"
    r"(?:the\s+)?(?:(?:over|more\s+than|nearly\s+|almost\s+)\s*)?"
    rf"{COUNT}(?:(?:\s+|-)(?:(?P<p1>{M})\s+)?(?:streams?|plays)\b(?:\s+mark\b)?|"
    # "has now passed 30 million on P": the platform says what the count is of
    r"(?<=million)(?=\s+on\s+⟨))"
    # ("… it crossed one million streams on the same service": the platform of the chart named)
    rf"(?:\s+on\s+(?:the\s+)?(?:(?P<p2>{M})|(?P<same>same\s+)?(?P<app>app|platform|service|"
    r"site)))?",
    re.IGNORECASE)
# "its Streamly count now tops 9 million": the count of the recording spoken of.
# ("On P, its stream count passed 20 million on DATE": the platform opening the sentence)
# ("P’s count of its streams passed N on DATE": the same, the count's owner first)
_COUNT_TOPS = rx.compile(rf"(?:(?P<p1>{M})(?:[’']s)?\s+(?:stream\s+|play\s+)?|"
                         r"(?<=,\s)its\s+(?:stream|play)\s+)"
                         # ("its P streams had passed N": the count's own noun)
                         r"(?:count|tally|total|(?<=⟩\s)streams|(?<=⟩\s)plays)"
                         # ("P streams of it had gone beyond N as of DATE")
                         r"(?:\s+of\s+(?:its|the\s+(?:song|track|single)[’']s)\s+(?:streams|plays)|"
                         # ("P streams of the song have surpassed N")
                         # ("P plays of it have passed N": the same)
                         r"(?:(?<=streams)|(?<=plays))\s+of\s+(?:it|the\s+(?:song|track|single|ballad))\b|"
                         # ("P’s count for “T,” the A ballad from “S,” stood above N": T's)
                         rf"(?<=count)\s+for\s+(?P<rc>{M})(?:,\s+(?:[^,;⟨]|⟨\d+⟩){{1,80}}?,)?|"
                         r"(?<=count)\s+for\s+it|(?<=tally)\s+for\s+it)?\s+"
                         r"(?:(?:alone|now|has|have|had|already|just|since)\s+)*(?:tops|topped|passed|"
                         r"passes|"
                         r"surpassed|surpasses|"
                         r"gone\s+past|went\s+past|gone\s+beyond|went\s+beyond|"
                         # ("its P streams went over N on DATE")
                         r"(?<=streams\s)went\s+over|(?<=plays\s)went\s+over|"
                         # ("its P count went above N on DATE")
                         r"(?<=count\s)went\s+(?:above|over|past)|"
                         r"climbed\s+(?:beyond|past|above)|"
                         r"exceeds|exceeded|crossed|crosses|reached|reaches|hit|hits|stands\s+at|"
                         # ("its P streams numbered over N as of DATE")
                         r"numbered|numbers|totalled|totaled|totals|"
                         # ("its P streams now exceed N": the plural noun's verb)
                         r"(?<=streams\s)exceed|(?<=streams\snow\s)exceed|(?<=plays\s)top|"
                         # ("Its P streams now number more than N")
                         r"(?<=streams\s)number|(?<=streams\snow\s)number|(?<=plays\s)number|"
                         r"(?<=plays\snow\s)number|"
                         r"(?<=plays\snow\s)top|"
                         # ("…, with P streams above N as of DATE": the count's noun phrase)
                         r"(?<=streams\s)(?:above|past|beyond)|(?<=plays\s)(?:above|past|beyond)|"
                         r"stood\s+at|sits\s+at|sat\s+at|is\s+past|stood\s+above|stands\s+above|"
                         r"is\s+above|was\s+above)\s+"
                         rf"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?{COUNT}\b")
# "Fans pushed it to 9 million Streamly streams", "Streamly puts its total at 12 million plays":
# the recording spoken of.
_PUSHED = rx.compile(
    r"(?:\b(?:pushed|took|carried|lifted|brought)\s+(?:it|the\s+(?:song|track|single)|"
    rf"(?P<r>{M}))\s+"
    rf"(?:past|to|over|beyond)|(?P<p2>{M})\s+(?:puts|put|places|placed)\s+its\s+"
    r"(?:total|count|tally)\s+at)\s+(?:over\s+|more\s+than\s+)?"
    # ("fans have since pushed it past N streams on P": the platform after the count)
    rf"{COUNT}(?:\s+(?P<p1>{M}))?(?:\s+(?:streams|plays))(?:\s+on\s+(?P<p3>{M}))?")
# "P put its streams above 23 million as of DATE": the recording spoken of.
# ("P counted its plays past N on DATE": the same, counted)
_PUT_ITS_STREAMS = rx.compile(rf"(?P<p2>{M})\s+(?:puts|put|places|placed|counted|counts)\s+its\s+"
                              r"(?:streams|plays|"
                              r"stream\s+count)\s+(?:at|above|over|past|beyond)\s+"
                              rf"(?:over\s+|more\s+than\s+)?{COUNT}")
# "P counted 6 million streams for it", "P had it at 3 million streams": the platform's count.
_COUNTED = rx.compile(
    # ("P had counted more than N streams of it as of DATE")
    # ("as of DATE P showed more than N streams of it")
    # ("P now counts more than N streams": of the song spoken of)
    # ("P has now counted more than N streams of it": the adverb after the auxiliary)
    rf"(?P<p2>{M})\s+(?:now\s+)?(?:(?:had|has)\s+(?:now\s+|since\s+)?)?(?:counted|counts|logged|logs|"
    r"recorded|records|"
    # ("P had more than N streams of it on DATE")
    r"(?<=⟩\s)had(?=\s+(?:over|more\s+than|nearly|almost|upwards\s+of)\s)|"
    r"registered|tallied|showed|shows|displayed|"
    # ("P passed N plays of it on DATE": a count of the song spoken of)
    r"(?<=⟩\s)(?:passed|crossed|topped)(?=\s+(?:over\s+|more\s+than\s+)?[\d.,]+"
    r"(?:\s+million)?\s+(?:streams|plays)\s+of\s+it\b))\s+"
    rf"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|upwards?\s+of\s+)?{COUNT}\s+(?:streams|plays)"
    r"(?:\s+(?:for|of)\s+"
    rf"(?:(?:it|the\s+(?:song|track|single))\b|(?P<r>{M}))|(?=\s*[.;]))")
# "P’s counter for it read more than N streams as of DATE": the song spoken of, on P.
# ("P plays of it now top N": the same, the count's noun first)
_COUNTER_READ = rx.compile(rf"(?P<p2>{M})(?:[’']s\s+(?:counter|count|tally|total)\s+for\s+it\s+"
                           # ("P’s counter for it passed N streams on DATE")
                           r"(?:read|showed|stood\s+at|reached|passed|crossed|topped)|"
                           r"\s+(?:plays|streams)\s+of\s+it\s+(?:now\s+)?(?:top|exceed|pass|"
                           r"stand\s+above))\s+(?:more\s+than\s+|over\s+|nearly\s+)?"
                           rf"{COUNT}(?:\s+(?:streams|plays)\b)?")
# "P listeners had streamed A and B’s “T” more than N times as of DATE": T's count on P.
# ("“T,” a duet by A and B that P had streamed more than N times as of DATE": the title first)
_LISTENERS_STREAMED = rx.compile(
    # ("…, and by DATE P listeners had streamed it more than N times": the song spoken of)
    # ("… by DATE P listeners had played it more than N times": the same)
    # ("P had streamed it more than N times by DATE": the platform itself)
    # ("…, and P users have since streamed it over N times": the same, "since")
    rf"(?:(?P<p2>{M})\s+(?:(?:listeners|users|subscribers)\s+)?(?:had|have|has)\s+(?:since\s+|now\s+)?"
    r"(?:streamed|played)\s+"
    rf"(?:(?:{M}(?:\s+and\s+{M})?[’']s\s+)?(?P<r>{M})|it\b)|"
    rf"(?P<r2>{M}),\s+an?\s+(?:[a-z-]+\s+)?(?:duet|single|song|track|ballad)\s+by\s+{NAMES}\s+"
    rf"(?:that|which)\s+(?P<p3>{M})\s+(?:had|has|have)\s+streamed)\s+"
    # ("P listeners had played it upward of N times by DATE")
    rf"(?:over\s+|more\s+than\s+|nearly\s+|upwards?\s+of\s+)?{COUNT}\s+times\b")
# "“T,” G’s closing number, which P had played more than N times by DATE": T's count on P.
# ("“T,” sung by A, which P has now streamed more than N times": the same, "now")
# ("“T” by G, which P has streamed …", "“T,” which P has streamed …": the same)
_WHICH_P_PLAYED = rx.compile(rf"(?P<r>{M})(?:,?\s+(?:[^;⟨]|⟨\d+⟩){{1,80}}?)?,\s+which\s+"
                             rf"(?P<p2>{M})\s+"
                             r"(?:had|has|have)\s+(?:now\s+)?(?:streamed|played)\s+"
                             rf"(?:over\s+|more\s+than\s+|nearly\s+)?{COUNT}\s+times\b")
_HAD_IT_AT = rx.compile(
    # ("P now lists it at more than 50 million streams", "P now puts it above 35 million
    # streams")
    rf"(?:(?P<p2>{M})\s+(?:now\s+)?(?:had|has|puts|put|placed|places|lists|listed|shows|showed)\s+"
    r"(?:it|the\s+(?:song|track|single)|"
    rf"(?P<r>{M}))|"
    # ("“T,” …, which P put at more than N streams on DATE": the title the clause is on)
    # ("…, which P counted at more than N streams on DATE": the same)
    rf"\bwhich\s+(?P<p3>{M})\s+(?:now\s+)?(?:had|has|puts|put|placed|lists|listed|showed|"
    r"counted|counts))\s+"
    rf"(?:at|above|over|past|beyond)\s+(?:over\s+|more\s+than\s+|nearly\s+|"
    rf"almost\s+)?{COUNT}\s+(?:streams|plays)\b")
# "…, which P says had passed 21 million streams as of DATE": the platform's word for it.
# ("…, which P says has been played more than N times": the same, counted in plays)
_P_SAYS = rx.compile(rf"(?P<p2>{M})\s+(?:says|said|reports|reported)\s+(?:it\s+)?"
                     r"(?:had|has|have)\s+"
                     r"(?:now\s+|already\s+)?(?:passed|crossed|topped|surpassed|exceeded|reached|"
                     r"hit|gone\s+past|been\s+played|been\s+streamed)\s+(?:over\s+|more\s+than\s+)?"
                     rf"{COUNT}\s+(?:streams|plays|times)\b")
# "40 million Streamly streams for “T” as of April 4" (a figure, then what it counts).
_STREAMS_FOR = rx.compile(rf"(?<![\w.,]){COUNT}\s*,?\s+(?P<p1>{M})\s+(?:streams|plays)\s+"
                          rf"(?:for|of)\s+(?P<r>{M})", re.IGNORECASE)
# "…; on P it has now crossed 12 million": a second platform's count, the platform first.
# ("…, and on P it has now passed 20 million": the same after "and")
# ("…; on P its streams had gone past N as of DATE": the same, the count's noun)
_CLAUSE_ON_P = rx.compile(rf"(?:(?<=;\s)|(?<=,\sand\s))on\s+(?P<p2>{M}),?\s+"
                          r"(?:it|its\s+(?:streams|plays))\s+"
                          r"(?:has\s+|had\s+|have\s+)?"
                          r"(?:now\s+|already\s+|since\s+)?(?:crossed|passed|topped|surpassed|"
                          r"exceeded|hit|reached|gone\s+past)\s+(?:over\s+|more\s+than\s+)?"
                          rf"{COUNT}")
_AS_OF = rx.compile(rf"\bas\s+of\s+(?P<d>{D})")
_NEXT_CLAUSE = rx.compile(r",\s*(?:while|whereas|and|but)\s|;")
# ("By the morning of August 20 it had logged …": the same day)
# ("…, and on October 2 it crossed …": a clause's own day before its subject)
# ("…, and on DATE P showed …": the platform the clause's subject, where the count's match
# begins)
# ("…; on DATE its P count passed N": the same after a semicolon)
_AS_OF_BY = rx.compile(rf"\b(?:as\s+of|[Bb]y|(?<=and\s)on(?=\s+⟦\d+⟧,?\s+(?:its?\s|$))|"
                       r"(?<=;\s)on(?=\s+⟦\d+⟧,?\s+its?\s))\s+"
                       rf"(?:the\s+(?:morning|afternoon|evening|night|end)\s+"
                       rf"of\s+)?(?P<d>{D})")
# "… mark on PLATFORM on DATE", "…, a milestone it reached on DATE": the day it was reached.
# "… crossed 100 million streams on P in May 2053": the month it was crossed
# ("… tally stood at more than N streams on DATE": the count's noun before the day)
# ("… had passed N streams by DATE": the same, "by")
_ON_DATE = rx.compile(rf"(?:\s+(?:streams|plays)(?=\s+(?:on|by)\s+⟦))?\s+(?:on|by|in(?=\s+⟦))\s+"
                      rf"(?P<d>{D})|"
                      r",\s+a\s+(?:[a-z-]+\s+)?(?:milestone|mark|feat)"
                      r"\s+(?:it|that\s+it|which\s+it)\s+(?:reached|hit|passed|crossed|achieved)"
                      rf"\s+(?:on|by)\s+(?P<d2>{D})")
# "… 30 million streams on PLATFORM and 18 million on OTHER": a second count, same verb.
_AND_MORE = rx.compile(rf",?\s+and\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?{COUNT}"
                       rf"(?:\s+streams?)?\s+on\s+(?:the\s+)?(?P<p>{M})", re.IGNORECASE)


def apply(article: Article, s: Sentence) -> None:
    """Propose the chart entries and stream milestones of one sentence or table row."""
    if s.kind == "row":
        _table_row(article, s)
    if s.kind == "list":
        _list_row(article, s)
    if s.kind != "sentence":
        return
    charts, dates = _dated_charts(article, s)
    if charts and dates:
        article.chart_note = s
    entries = len(article.proposal.claims)
    _chart_entries(article, s)
    if len(article.proposal.claims) == entries:
        _framed_entry(article, s)
    _streams(article, s)
    _figure_facts(article, s, charts, dates)


def _framed_entry(article: Article, s: Sentence) -> None:
    """A chart the article frames with its day ("On the CHART dated DATE, four OST songs sit
    inside the top 20"), then an entry with no chart and no day of its own: "At No. 7 is
    “T”", "The two leads hold No. 19 with “T”"."""
    text = s.masked
    frame = _FRAME.search(text)
    if frame and not _POSITION.search(text):
        chart = s.mention(frame["c"])
        if chart is not None and _chartlike(article, chart, text, frame.end("c")):
            article.chart_frame = (chart, s.date(frame["d"]))
        return
    if article.chart_frame is None or s.dates or hedged(text, len(text)):
        return
    positions = list(_POSITION.finditer(text))
    titles = [x for x in s.mentions if x.quoted and not any(
        article.registry.is_a(e, SERIES) for e in x.resolution.entities) and
        article.hints.get(_form(x)) in (None, RECORDING, SONG)]
    if len(positions) != 1 or positions[0]["n"] is None or len(titles) != 1 or any(
            _chartlike(article, x, text, 0) for x in s.mentions if not x.quoted):
        return
    flags = [f"the sentence names no chart and no day: {article.chart_frame[0].text} of "
             f"{article.chart_frame[1].value}, named before, is assumed"]
    chart = _chart(article, article.chart_frame[0], flags)
    got = article.recording(titles[0], flags)
    if chart is None or got is None:
        return
    recording, song = got
    day = article.chart_frame[1].value
    facts = modelling.chart_entry(recording, chart, int(positions[0]["n"]), day,
                                  article.published)
    if song:
        facts.append((recording, "lr:recordingOf", song))
    article.claim(s.start, s.end, "chart-entry", facts, flags, recording, chart, day.lstrip("-"))


# The words that tie a chart to its day: "the CHART dated DATE", "of DATE", "for the week of DATE".
_DAY_OF_CHART = r"(?:(?:chart\s+)?dated|of|for(?:\s+the\s+week\s+of)?)"
_FRAME = rx.compile(rf"\b(?:[Oo]n|[Ii]n)\s+the\s+(?P<c>{M})\s+(?:dated|for|of)\s+(?P<d>{D})")


def _figure_facts(article: Article, s: Sentence, charts: list[Mention], dates: list) -> None:
    """A "by the numbers" paragraph: the heading's figure completes its sentence, a position
    ("No. 47" over "The debut of “T” on the CHART of DATE") or a count ("55 MILLION" over
    "P streams for the duet as of DATE")."""
    figure = article.figure[0] if article.figure is not None else None
    if figure is None or s.start < figure.end() or hedged(s.masked, len(s.masked)):
        return
    flags: list[str] = []
    titles = [x for x in s.mentions if x.quoted]
    got = article.recording(titles[0], flags) if titles else \
        article.spoken_recording(flags) if _FIGURE_ANAPHOR.match(s.masked) else None
    if got is None or not dates:
        return
    if figure["no"] and charts and not re.search(r"\bNo\.\s*\d", s.masked[
            :s.masked.find(f"⟦{s.dates.index(dates[0])}⟧")]):
        chart = _chart(article, charts[0], flags)
        if chart is None:
            return
        facts = modelling.chart_entry(got[0], chart, int(figure["no"]), dates[0].value,
                                      article.published)
        if got[1]:
            facts.append((got[0], "lr:recordingOf", got[1]))
        article.claim(figure.start(), s.end, "chart-entry", facts, flags, got[0], chart,
                      dates[0].value.lstrip("-"))
    elif figure["unit"] and re.search(r"\bstreams\b", s.masked):
        count = parse_count(f"{figure['n']} {figure['unit'].lower()}")
        platform = next((key for x in s.mentions if not x.quoted and (key := article.resolve(
            x, (PLATFORM,), None, flags))), None)
        if count is None or count < 1000 or platform is None:
            return
        facts = modelling.stream_milestone(got[0], platform, count, dates[0].value,
                                           article.published)
        article.claim(figure.start(), s.end, "stream-milestone", facts, flags, got[0],
                      platform, str(count))


def _chart_entries(article: Article, s: Sentence) -> None:
    text = s.masked
    positions = list(_POSITION.finditer(text)) if _POSITION_CUE.search(text) else []
    if not positions:
        return  # (most sentences: the verb tests below would find nothing to date)
    # "No. 5 on the TuneBox Top 50 on June 3; No. 188 on …": a chart note's bare positions
    verbs = [v for v in _CHART_VERB.finditer(text)
             if positions and v.start() <= positions[0].start()]
    # the verb nearest the first position: "The music is climbing: “T” held fourth place …"
    # ("Once the challenge took off it climbed …": the verb after the opening clause)
    opening = _EVENT_FIRST.match(text) or _PARTICIPLE_FIRST.match(text)
    verb = (verbs[-1] if verbs and re.search(r":\s", text[:verbs[-1].start()]) else None) or \
        _CHART_VERB.search(text, opening.end() if opening else 0) or \
        re.search(r"(?:^|;)\s*(?=No\.\s*\d+\s+on\s)", text)
    semi = text.rfind(";", 0, positions[0].start())
    if verb is not None and opening is None and verb.start() < semi and \
            not _POSITION.search(text, 0, semi) and \
            (later := [v for v in verbs if v.start() > semi]):
        # ("The list opens with “T,” …; by the CHART of DATE it had reached No. 19": the verb
        # of the position's own clause, not a verb of order before the semicolon)
        verb = later[0]
    if not positions or verb is None or hedged(text, verb.start()):
        return
    charts = [(m.start(), m.end(), _platform_chart(article, mention, text, m.end()) or mention)
              for m in re.finditer(M, text)
              if (mention := s.mention(m.group())) and (
                  _chartlike(article, mention, text, m.end()) or
                  _platform_chart(article, mention, text, m.end()))]
    if not charts and (the := re.search(rf"\b[Tt]he\s+(?:same\s+|{D}\s+)?chart\b", text)) and \
            CHART in article.recent:
        # "showed up on the chart at No. 47": the chart named last; "sits at No. 18 on the April
        # 13 chart": the one chart the article has already dated April 13, if there is one
        day = s.date(re.search(D, the.group()).group()) if re.search(D, the.group()) else None
        dated = {o for c in article.proposal.claims for x, p, o in c.facts if p == "lr:chart" and
                 (x, "lr:date", day.value) in c.facts} if day is not None else set()
        label = article.label(next(iter(dated)) if len(dated) == 1 else article.recent[CHART])
        charts = [(the.start(), the.end(), Mention(s.start, s.start, label,
                                                   article.registry.lookup(label, (CHART,))))]
    flags: list[str] = []
    prev = article.previous
    if not charts and prev is not None and CHART in article.recent and \
            verb.start() < positions[0].start() and s.dates and (
                (("\n\n" not in article.text[prev.end:s.start] or _dated_charts(article, prev)[1])
                 and any(article.registry.is_a(e, CHART) for x in prev.mentions
                         for e in x.resolution.entities)) or article.chart_carried == prev.start):
        # "“A” landed on the CHART at No. 17 on DATE. “B” arrived at No. 9 on DATE": the chart
        # the sentence before named (in the same paragraph, or with a day: "… taking No. 1 on
        # the chart dated April 13." over "The ballad … debuted at No. 41 on March 19"), or
        # took from the one before it ("It climbed to No. 12 on March 28")
        label = article.label(article.recent[CHART])
        charts = [(0, 0, Mention(s.start, s.start, label,
                               article.registry.lookup(label, (CHART,))))]
        article.chart_carried = s.start
        flags.append(f"the sentence names no chart: {article.recent[CHART]}, named in the "
                     "sentence before, is assumed")
    if not charts and article.only_chart is not None and verb.start() < positions[0].start():
        # "The ballad debuted at No. 24 on May 29" in an article that names one chart
        label = article.label(article.only_chart)
        charts = [(0, 0, Mention(s.start, s.start, label,
                               article.registry.lookup(label, (CHART,))))]
        flags.append(f"the sentence names no chart: {article.only_chart}, the only chart the "
                     "article names, is assumed")
    if not charts:
        return
    subject = subject_recording(article, s, verb.start() if opening else
                                min(verb.start(), positions[0].start()), flags) or \
        _apposed_title(article, s, positions[0].start(), flags)
    if subject is None:
        return
    recording, song = subject
    # Each position takes the first date after it (before the next position); a position with
    # none takes an unclaimed date between the previous position and itself.
    dated: list = []
    claimed: set[int] = set()
    # ("On the CHART dated DATE, it entered at No. 96, and on DATE2 it crossed …": the same)
    # ("On the CHART dated DATE it appeared at No. 162": no comma)
    # ("The duet came out on DATE; on the CHART of DATE2 it stood at No. 2, and …": the
    # clause after the semicolon opens the chart's part the same way)
    # ("On DATE the CHART had it at No. 5": the chart the subject after the day)
    # ("For the week of DATE the song held No. 183 on the CHART": the same)
    opened = re.match(rf"^\s*(?:On|As\s+of|By|For\s+the\s+week\s+of|(?:On|By)\s+the\s+{M}\s+"
                      rf"{_DAY_OF_CHART})\s+(?P<d>{D})\s*(?:,|(?<=⟧)\s*"
                      r"(?=it\s|the\s+(?:song|track|single|ballad|duet)\s|the\s+⟨\d+⟩\s+(?:had|listed|"
                      r"placed|ranked|carried)\s+it\s))",
                      text) or \
        (re.search(rf";\s+on\s+the\s+{M}\s+{_DAY_OF_CHART}\s+(?P<d>{D})\s*"
                   rf"(?:,|(?<=⟧)\s*(?=it\s))", text[:positions[0].start()]))
    # "The CHART dated DATE placed it at No. 141, two weeks after its DATE2 release": the first
    # position is the chart's day, not the release's, which stays free for the next position
    # ("The duet came out on DATE; the CHART of DATE2 had it in third place, and it entered
    # CHART2 dated DATE3 at No. 149": the same after a semicolon)
    # ("The CHART for the week of DATE placed it at No. 171": the same)
    framed = re.search(rf"(?:^|;)\s*[Tt]he\s+{M}\s+"
                       rf"{_DAY_OF_CHART}\s+(?P<d>{D})\s+"
                       r"(?:first\s+)?(?:had|carried|placed|ranked|listed|counted|gave)\s+it\b",
                       text[:positions[0].start()])
    for i, pos in enumerate(positions):
        if i == 0 and framed:
            dated.append(s.date(framed["d"]))
            continue
        stop = positions[i + 1].start() if i + 1 < len(positions) else len(text)
        clause = re.search(r",\s*(?:and|but|while|whereas)\s|;", text[pos.end():stop])
        if opened and clause:  # "By DATE, “T” had climbed to No. 11 …, and as of DATE2 …"
            stop = pos.end() + clause.start()
        elif (semi := text.find(";", pos.end(), stop)) != -1:
            stop = semi  # ("… listed it at No. 82; P streams had passed N by DATE": another fact's)
        # ("It entered the CHART dated DATE at No. 191, and its P plays passed N on DATE2":
        # the chart's own day, set right before the position)
        own_day = re.search(rf"⟩\s+(?:dated|of|for\s+the\s+week\s+of)\s+(?P<d>{D})\s+at\s+$",
                            text[positions[i - 1].end() if i else 0:pos.start()])
        date = s.date(own_day["d"]) if own_day else _date_between(s, pos.end(), stop)
        dated.append(date)
        if date is not None:
            claimed.add(date.start)
    for i, pos in enumerate(positions):
        if dated[i] is None:
            begin = positions[i - 1].end() if i else 0
            free = [d for d in s.dates_in(text[begin:pos.start()]) if d.start not in claimed]
            dated[i] = (free or [None])[-1]
    opening = opened
    if opening:  # "On DATE, “T1” ranked No. 3 …, while “T2” ranked No. 9": the date of both
        dated = [d or s.date(opening["d"]) for d in dated]
    if article.dateline is not None:  # "Oct. 8 — “T” reaches No. 3 on the same chart."
        dated = [d or article.dateline for d in dated]
    for i in range(len(positions) - 1):  # "No. 3 on A and No. 150 on B on DATE": one date
        if dated[i] is None and dated[i + 1] is not None and \
                re.match(r",?\s+and\s+(?:at\s+)?$", text[_chart_end(text, positions[i]):
                                                         positions[i + 1].start()]):
            dated[i] = dated[i + 1]
    for i, pos in enumerate(positions):
        position, date = _position(pos), dated[i]
        if position is None or date is None:
            continue
        own = (_clause_title(article, s, positions[i - 1].end(), pos.start()) if i else None) \
            or _apposed_title(article, s, pos.start(), [])
        if own is not None:  # "…, while “T2” ranked No. 9": another song's entry
            recording, song = own
        stop = positions[i + 1].start() if i + 1 < len(positions) else len(text)
        # "… to No. 5 on DATE, and made its CHART debut at No. 163": a chart past the end of
        # the position's clause is the next position's
        # ("… to No. 3 on DATE and, a week later, broke into CHART2 at No. 97": a verb between)
        # ("… at No. 17 on the chart dated DATE and was No. 2 by the chart of DATE2, with a
        # single week on CHART2, at No. 144": "the chart" after a position is the one before)
        own = re.match(r"\s+(?:by|on|in)\s+the\s+(?:same\s+)?chart\b", text[pos.end():])
        after = [c for c in charts if pos.end() <= c[0] < stop and
                 not re.search(r",\s*(?:and|but|while|whereas|although|though)\s|;",
                               text[pos.end():c[0]]) and
                 not _CHART_VERB.search(text, pos.end(), c[0]) and
                 not (own and c[0] >= pos.end() + own.end())]
        before = [c for c in charts if c[1] <= pos.start()]
        chart_mention = (after or before[-1:] or [None])[0]
        chart_flags = list(flags)
        if chart_mention is None and (carried := _chart_before(article, s)) is not None:
            # "… debuted at No. 38 on the CHART. By March 2 it had climbed to No. 9, and it
            # landed at No. 176 on CHART2": the first clause's chart is the one before
            chart_mention = (0, 0, carried)
            chart_flags.append(f"the clause names no chart: {carried.text}, named in the "
                               "sentence before, is assumed")
        if chart_mention is None:
            continue
        chart = _chart(article, chart_mention[2], chart_flags)
        if chart is None:
            continue
        facts = modelling.chart_entry(recording, chart, position, date.value, article.published)
        if song:
            facts.append((recording, "lr:recordingOf", song))
        article.claim(s.start, s.end, "chart-entry", facts, chart_flags, recording, chart,
                      date.value.lstrip("-"))


def _apposed_title(article: Article, s: Sentence, at: int, flags: list[str]
                   ) -> tuple[str, str | None] | None:
    """The recording whose title a position is set beside ("… they chose A’s “T,” No. 47 on the
    CHART dated DATE"): a quoted title, no drama, right before masked offset ``at``."""
    before = re.search(rf"(?P<t>{M}),\s+(?:at\s+)?$", s.masked[:at])
    title = s.mention(before["t"]) if before else None
    if title is None or not title.quoted or article.hints.get(_form(title)) == SERIES or any(
            article.registry.is_a(e, SERIES) for e in title.resolution.entities):
        return None
    return article.recording(title, flags)


def _chart_before(article: Article, s: Sentence) -> Mention | None:
    """The chart the sentence before named, in the same paragraph, as a mention."""
    prev = article.previous
    if prev is None or CHART not in article.recent or "\n\n" in article.text[prev.end:s.start] \
            or not any(article.registry.is_a(e, CHART) for x in prev.mentions
                       for e in x.resolution.entities):
        return None
    label = article.label(article.recent[CHART])
    return Mention(s.start, s.start, label, article.registry.lookup(label, (CHART,)))


# "Its position on …", "Where “T” sat …", "… streams for the duet as of …": the recording
# spoken of, when the sentence names none.
_FIGURE_ANAPHOR = rx.compile(r"^\s*(?:Its|It|The\s+(?:song|single|track|duet))\b|"
                             r".*\bfor\s+the\s+(?:song|single|track|duet)\b")
_ROW_POSITION = rx.compile(r"^\s*(?:No\.?\s*|#\s*)?(?P<n>\d{1,3})\s*$")


def _table_row(article: Article, s: Sentence) -> None:
    """"No. 23 | “T” | Artist" under "Also on the CHART this week (DATE):": T's entry, with
    the chart and the date of the introduction; the quote runs from it to the row."""
    # the raw text: masking narrows the gaps that separate a space-aligned table's columns
    position = next((int(m["n"]) for cell in CELL.split(article.text[s.start:s.end])
                     if (m := _ROW_POSITION.match(cell))), None)
    titles = [x for x in s.mentions if x.quoted]
    charts = [x for x in s.mentions if not x.quoted and
              _chartlike(article, x, s.masked, len(s.masked))]
    days = [d for d in s.dates if d.precision in ("day", "month-day")]
    if position is not None and titles and len(charts) == 1 and len(days) == 1:
        # "FOLD  Fold Line (G)  TuneBox Top 50  6  June 10": a board row names its own
        # chart and day
        flags: list[str] = []
        got = article.recording(titles[0], flags)
        chart = _chart(article, charts[0], flags)
        if got is not None and chart is not None:
            facts = modelling.chart_entry(got[0], chart, position, days[0].value,
                                          article.published)
            if got[1]:
                facts.append((got[0], "lr:recordingOf", got[1]))
            article.claim(s.start, s.end, "chart-entry", facts, flags, got[0], chart,
                          days[0].value.lstrip("-"))
        return
    _intro_entry(article, s, position, titles)


# "No. 41 — Title (Artist)", a list line: the title runs from the dash to the bracket or dash
# ("#4 “Title” (Artist)": a quoted title needs no dash).
# "No. 27 - Artist, “Title”": the artist may come first, before a comma and the quoted title.
# "3 (▲9) “Title” — Artist": the movement may follow the rank, in brackets.
# "9 — A and B, “Title” (up 6)": a bare rank needs the dash, the artist and the quoted title.
_LIST_POSITION = rx.compile(rf"\s*{MOVEMENT}(?:(?:No\.?\s*|#\s*)(?P<n>\d{{1,3}})\s*(?:[—–:-]\s+"
                            r"(?:[^“”\"\n]{1,80}?,\s+(?=[“\"]))?|(?=[“\"‘']))|"
                            rf"(?P<n2>\d{{1,3}})\s+{MOVE_IN_BRACKETS}\s+(?=[“\"‘'])|"
                            r"(?P<n3>\d{1,3})\s+[—–]\s+[^“”\"\n]{1,80}?,\s+(?=[“\"]))"
                            r"(?:[“\"‘']"
                            r"(?P<q>[^“”\"]+?),?[”\"’'],?\s|[“\"‘']?"
                            r"(?P<t>[^()“”\"—–]+?)[”\"’']?\s*(?:\(|\s[—–-]\s|$))")


def _list_row(article: Article, s: Sentence) -> None:
    """"No. 41 — Title (Artist)" under "Songs on the CHART, DATE:", like a table row."""
    m = _LIST_POSITION.match(article.text, s.start, s.end)
    if m is None:
        return
    t = "q" if m["q"] else "t"
    title = Mention(m.start(t), m.end(t), m[t], article.registry.lookup(m[t]), quoted=True)
    _intro_entry(article, s, int(m["n"] or m["n2"] or m["n3"]), [title])


def _dated_charts(article: Article, s: Sentence) -> tuple[list[Mention], list]:
    """The charts a sentence names and its dates to the day, unless it hedges."""
    if hedged(s.masked, len(s.masked)):
        return [], []
    charts = [mention for m in re.finditer(M, s.masked)
              if (mention := s.mention(m.group())) and
              _chartlike(article, mention, s.masked, m.end())]
    return charts, [d for d in s.dates if d.precision in ("day", "month-day")]


def _intro_entry(article: Article, s: Sentence, position: int | None,
                 titles: list[Mention]) -> None:
    intro = article.intro
    charts, dates = _dated_charts(article, intro) if intro is not None else ([], [])
    note = article.chart_note
    if (not charts or not dates) and note is not None and \
            article.text.count("\n\n", note.end, s.start) == 1:
        # "… covers the CHART dated DATE. An up arrow means …" in the paragraph right above
        intro, (charts, dates) = note, _dated_charts(article, note)
    if position is None or not titles or not charts or not dates:
        return
    flags: list[str] = []
    got = article.recording(titles[0], flags)
    chart = _chart(article, charts[0], flags)
    if got is None or chart is None:
        return
    facts = modelling.chart_entry(got[0], chart, position, dates[0].value, article.published)
    if got[1]:
        facts.append((got[0], "lr:recordingOf", got[1]))
    article.claim(intro.start, s.end, "chart-entry", facts, flags, got[0], chart,
                  dates[0].value.lstrip("-"))


def only_chart(article: Article, sentences: list[Sentence]) -> str | None:
    """The one chart an article names, if it names exactly one (registered charts only)."""
    found = set()
    for s in sentences:
        for m in re.finditer(M, s.masked):
            mention = s.mention(m.group())
            if mention is None:
                continue
            mention = _platform_chart(article, mention, s.masked, m.end()) or mention
            found |= {e.key for e in mention.resolution.entities
                      if article.registry.is_a(e, CHART)}
    return found.pop() if len(found) == 1 else None


def _chart_end(text: str, pos: re.Match[str]) -> int:
    """Where "No. 3 on the CHART" ends: after the chart named right after the position."""
    m = re.match(rf"\s+on\s+(?:the\s+)?{M}(?:\s+chart)?", text[pos.end():])
    return pos.end() + (m.end() if m else 0)


def _clause_title(article: Article, s: Sentence, a: int, b: int
                  ) -> tuple[str, str | None] | None:
    """A recording named between two positions, as the subject of its own clause."""
    part = s.masked[a:b]
    clause = re.search(r"(?:,\s*(?:while|and|but|whereas)?|;)\s+(?P<rest>.*)$", part)
    if clause is None:
        return None
    for m in re.finditer(M, clause["rest"]):
        mention = s.mention(m.group())
        if mention is not None and mention.quoted and not mention.resolution.entities and \
                article.hints.get(_form(mention)) in (None, RECORDING, SONG):
            return article.recording(mention, [])
        if mention is not None and any(article.registry.is_a(e, (RECORDING, SONG))
                                       for e in mention.resolution.entities):
            return article.recording(mention, [])
    return None


def _position(m: re.Match[str]) -> int | None:
    if m["t"] or m["t2"] or (m["w"] and m["w"].lower() in ("first", "top")) or \
            "one" in m.group().lower():
        return 1
    word = m["ow"] or m["ow3"] or m["ow4"] or m["ow6"] or m["ow7"] or m["nw"]
    if word:
        return parse_position(word)
    return parse_position(m["n"] or m["h"] or m["o"] or m["o2"] or m["o3"] or "")


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


def _platform_chart(article: Article, mention: Mention, text: str, end: int) -> Mention | None:
    """"PLATFORM's Top 100": the registry's chart "PLATFORM Top 100", as a mention of it."""
    # ("which P ranked 16th on its Top 100 of DATE": the platform's own chart, by "its")
    tail = re.match(r"[’']s\s+(Top\s+\d+|[A-Z][\w-]*\s+[Cc]hart)\b|\s+(?:ranked|placed|listed|"
                    r"had)\s+(?:it\s+)?(?:No\.\s*\d{1,3}|\d{1,3}(?:st|nd|rd|th))\s+on\s+its\s+"
                    r"(Top\s+\d+)\b", text[end:])
    platform = any(article.registry.is_a(e, PLATFORM) for e in mention.resolution.entities)
    if tail is None and platform and re.match(r"(?:[’']s)?\s+chart\b", text[end:]):
        # "the P chart of DATE", "P’s chart of DATE": the platform P’s one chart the
        # registry knows
        charts = [e for e in article.registry if article.registry.is_a(e, CHART) and
                  e.label.startswith(mention.text + " ")]
        if len(charts) == 1:
            return Mention(mention.start, mention.end, charts[0].label,
                           article.registry.lookup(charts[0].label, (CHART,)))
    if tail is None or not platform:
        return None
    label = f"{mention.text} {tail[1] or tail[2]}"
    found = article.registry.lookup(label, (CHART,))
    return Mention(mention.start, mention.end, label, found) if found.found else None


def _chart(article: Article, mention: Mention, flags: list[str]) -> str | None:
    return article.resolve(mention, (CHART,), CHART, flags)


def subject_recording(article: Article, s: Sentence, before: int, flags: list[str]
                       ) -> tuple[str, str | None] | None:
    """The recording a sentence is about: the first title before its verb, else "it"."""
    head = s.masked[:before]
    # "…, and Part 2's “T” by A has racked up …": a title in the verb's own clause first.
    clauses = list(re.finditer(r"(?:,\s*(?:and|but|while|whereas|whose)|;)\s+", head))
    own = [m for m in re.finditer(M, head) if clauses and m.start() >= clauses[-1].end()]
    order = [*own, *re.finditer(M, head)]
    if clauses and not own and re.match(r"\s*[Ii]ts\s", head[clauses[-1].end():]):
        # ("… comes “T1,” …, and last is “T2,” which …; its P plays have …": the one named last)
        order = list(reversed(list(re.finditer(M, head))))
    for m in order:
        mention = s.mention(m.group())
        if mention is None:
            continue
        if any(article.registry.is_a(e, (RECORDING, SONG)) for e in mention.resolution.entities):
            return article.recording(mention, flags)
        if mention.quoted and not mention.resolution.entities and \
                article.hints.get(_form(mention)) in (None, RECORDING, SONG):
            if _FOR_ITS_SHOW.search(head, 0, m.start()):
                continue  # "A's ballad for B's “S”", "the in-story band of B's “S”": the show
            if re.search(r"\b(?:number|song|track|single|ballad)\s+from\s+$",
                         head[:m.start()]) and re.match(r",\s+⟨\d+⟩", head[m.end():]):
                continue  # "a G number from “S,” “T,” …": where T is from, T named after it
            following = head[m.end():m.end() + 7]
            # ("The “S” album supplies two tracks: “T,” …, No. 158 on …": T's, not the album's)
            if not re.match(r"\s*(?:OST|soundtrack|album)", following):
                return article.recording(mention, flags)
    # "On P the album is already beyond …": a date or a platform first is not the subject
    # "Two days later it sat at No. 8": a date alone opening the sentence, the same
    # "Released on DATE, the ballad …": nor a participle's date
    # ("By the morning of DATE it had logged …": a part of the day too)
    # ("Credited to A alone and sung by her, the song was released …": the participles too)
    # ("Credited to the singer A, who also sings it, the track came out …": the clause too)
    # ("Also credited to G, it came out on DATE, debuted at …": the same)
    head = re.sub(r"^\s*(?:Also\s+c|C)redited\s+to\s+[^,;]{1,80},\s*(?:who\s+[^,;]{1,60},\s*)?",
                  "", head)
    # ("Once the challenge took off it climbed …": a clause of what happened first, the same)
    head = _EVENT_FIRST.sub("", head)
    # "Its best showing was No. 14 on …": the song spoken of
    head = _ITS_BEST.sub("it ", head)
    # "After entering C at No. 45 on DATE, it peaked at …": the subject after the participle
    head = _PARTICIPLE_FIRST.sub("", head)
    # ("On the CHART dated DATE it appeared at …": the chart and its day first)
    # ("On the CHART it made its first appearance at …": no day)
    # ("On the CHART of DATE it sat at No. 27": the same)
    # ("By the CHART dated DATE the song had climbed to …": the same, "the song" its subject)
    head = re.sub(rf"^\s*(?:On|By)\s+the\s+{M}(?:\s+{_DAY_OF_CHART}\s+{D})?,?\s*"
                  r"(?=it\s|the\s+(?:song|track|single|ballad|duet)\s)", "", head)
    # ("The CHART dated DATE had it at No. 167": the chart as the subject, the song after)
    # ("The CHART first listed it at No. 38": the same)
    # ("The CHART for DATE listed it at No. 82": the same)
    # ("P’s Top 100 had the single at No. 4", "The CHART dated DATE gave it a debut at No. 122")
    # ("…, and the CHART dated DATE had it at No. 182": the same, in a clause of its own)
    # ("…, a week after the CHART of DATE had placed it at No. 9": a clause of time, "had")
    head = re.sub(rf"^(?:(?P<pre>.*(?:,\s*and|;)\s+(?=the\s))|.*?,\s+(?:a|one|two|three|[a-z]+)\s+"
                  rf"(?:day|days|week|weeks)\s+(?:after|before)\s+(?=the\s))?\s*(?:On\s+{D},?\s+)?"
                  rf"(?:[Tt]he\s+{M}|{M}[’']s\s+Top\s+\d+)"
                  rf"(?:\s+{_DAY_OF_CHART}\s+{D})?"
                  r"\s*(?:first\s*|had\s*)?$",
                  r"\g<pre>it ", head) \
        if re.match(r"\s*(?:(?:had|carried|placed|ranked|counted|showed|(?:first\s+)?listed|put)"
                    r"\s+it"
                    r"(?:\s+on\s+⟦\d+⟧,?)?|"  # ("… first listed it on DATE, at No. 31")
                    r"put\s+the\s+(?:song|single|track|ballad)|picked\s+it\s+up|"
                    r"gave\s+it\s+a\s+debut|had\s+the\s+(?:single|song|track|ballad)|placed\s+"
                    # ("The CHART dated DATE ranked it No. 8")
                    r"⟨\d+⟩[’']s\s+(?:song|single|track))\s+(?:at\b|No\.\s*\d|\d{1,3}(?:st|nd|rd|th)\b|"
                    r"(?:in\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                    r"tenth)\b)",
                    s.masked[before:]) \
        else head
    # ("For the week of DATE the song held No. 183": the chart's week first)
    clause = re.sub(rf"^\s*(?:(?:On|In|As of|By|For\s+the\s+week\s+of)\s+"
                    rf"(?:(?:the\s+(?:morning|afternoon|evening|night|end)\s+of\s+)?{D}|{M}(?=\s*,?\s+(?:[Tt]he|[Ii]ts?)\s))|{D}|"
                    rf"(?:Released|Issued|Out)\s+(?:on\s+|since\s+)?{D}|"
                    # ("By Sunday it had passed …": a weekday gone)
                    r"(?:By|As\s+of)\s+(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                    r"Saturday|Sunday)(?=,?\s+it\s))"
                    r"\s*,?", "", head)
    # "he told us it had crossed …": reported speech, without "that"
    joined = list(re.finditer(r"(?:,\s*(?:and|but|while|so)?|;|:|\band|\bthat|\bsaid|\bsays|"
                              r"\btold\s+(?:us|me|them|fans|reporters|the\s+(?:crowd|audience)))\s+",
                              clause))
    if joined:  # "…, and as of September 9 it had gone past …": the date opens the clause
        # ("…; on P it had gathered more than N streams by DATE": a platform opening it too)
        # ("…; on the CHART dated DATE it stood at No. 24": the chart and its day)
        last = re.sub(rf"^\s*(?:(?:[Oo]n|[Ii]n|[Aa]s\s+of|[Bb]y)\s+{D}|(?:[Oo]n|[Ii]n)\s+{M}|"
                      rf"(?:[Oo]n|[Bb]y)\s+the\s+{M}\s+{_DAY_OF_CHART}\s+{D})"
                      r"\s*,?\s*", "", clause[joined[-1].end():])
        if _NO_OWN_SUBJECT.match(last) and len(joined) > 1 and \
                _ANAPHOR.match(clause[joined[-2].end():joined[-1].start()]):
            # "…, it topped CHART on DATE and has since passed …": the clause before's "it"
            last = clause[joined[-2].end():joined[-1].start()]
        if _ANAPHOR.match(last):
            clause = last  # "A sings the track, and it ranked …"
    if _THE_ALBUM.match(clause):  # "The album has cleared …": the soundtrack named last
        named = article.matches_before(_ALBUM_TITLE, s.start)
        if named:
            title = named[-1]["t"]
            return article.recording(Mention(named[-1].start("t"), named[-1].end("t"), title,
                                             article.registry.lookup(title), quoted=True), flags)
    line = article.text.rfind("\n", 0, s.start) + 1
    if _ANAPHOR.match(clause) and (_LETTERED.match(article.text, line) or
                                   _RANKED_LEAD.match(article.text, line)):
        # "[L] “T.” The band's debut single, …"; "7. “T” — A. The ballad …, it peaked …"
        entry = paragraph_title(article, s, flags)
        if entry is not None:
            return entry
    if _ANAPHOR.match(clause):
        # "The centrepiece was “T.” … it topped …": the one title the sentence before named
        before = article.previous
        titles = []
        for x in before.mentions if before is not None else []:
            known = x.resolution.entities or article.registry.lookup(x.text).entities
            if x.quoted and (any(article.registry.is_a(e, (RECORDING, SONG)) for e in known) or
                             (not known and article.hints.get(_form(x)) in (None, RECORDING))):
                titles.append(x)
        if len(titles) == 1 and before is not None and before.kind == "sentence" and \
                not re.search(r"\b(?:drama|series|show|album|OST)\b", before.masked):
            return article.recording(titles[0], flags)
    # ("A, who …, saw it re-enter the CHART at No. 64": "it", the verb's object)
    if _ANAPHOR.match(clause) or _THIS_SONG_LAST.search(head) or \
            re.search(r"\b(?:saw|sees|watched|watches)\s+it\s+$", head):
        # "… with this piano-led lament, released on DATE": the song spoken of too
        return article.spoken_recording(flags)
    if _NO_SUBJECT.match(s.masked) and not re.findall(M, head):
        return paragraph_title(article, s, flags)
    return None


_NO_OWN_SUBJECT = rx.compile(r"\s*(?:has|had|have)\s+(?:since|now|also|already)\b")
_EVENT_FIRST = rx.compile(r"^\s*(?:Once|When|After|As\s+soon\s+as)\s+(?:the|its|a|an)\s+"
                          r"[^,⟨⟩]{1,60}?\s+(?:took\s+off|caught\s+on|went\s+viral|spread|began|"
                          r"started|ended|aired|premiered|finished)\s*,?\s*(?=it\s)|"
                          # ("Eight days after its DATE release it was No. 13 on …")
                          r"^\s*(?:[A-Za-z-]+\s+){1,2}(?:days|weeks|months)\s+(?:after|since)\s+its\s+"
                          r"(?:⟦\d+⟧\s+)?(?:release|debut|premiere)\s*,?\s*(?=it\s)|"
                          # ("Since its DATE release it has been No. 2 on …")
                          r"^\s*Since\s+its\s+(?:⟦\d+⟧\s+)?(?:release|debut)\s*,?\s*(?=it\s)")
# "by Friday", "as of Sunday": a day of the week gone, its date left out
_BY_WEEKDAY = rx.compile(r"\b(?:[Bb]y|[Aa]s\s+of)\s+(?:last\s+)?(?P<w>Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday)\b(?!,?\s+⟦)")
# ("Its CHART run began at No. 21 on DATE": the song spoken of, on the chart named)
_ITS_BEST = rx.compile(r"^\s*Its\s+(?:(?:best|highest|top|peak)\s+(?:showing|position|placing|"
                       r"ranking|rank|finish)|⟨\d+⟩\s+(?:run|stay|stint)|"
                       # ("Its first CHART appearance came at No. 28")
                       r"(?:first\s+)?⟨\d+⟩\s+(?:appearance|entry|debut))\s+")
_PARTICIPLE_FIRST = rx.compile(r"^\s*(?:After|Since|Before|Upon)\s+(?:entering|debuting|charting|"
                               r"landing|climbing|arriving|opening)\b[^;]{1,80}?,\s+(?=it\s)")
# ("She is the only voice on the recording, which peaked at …": a relative clause)
_THIS_SONG_LAST = rx.compile(r"\b(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:lament|ballad|single|song|"
                             r"track|duet|tune|anthem|recording)\s*,\s*"
                             # ("…, which peaked at No. 3 on … and crossed 50 million …")
                             r"(?:which\s+(?:[^;.⟨]|No\.|⟨\d+⟩|⟦\d+⟧)*?\s+and\s+|which\s+)?$")
_THE_ALBUM = rx.compile(r"^\s*(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,2}?(?:album|soundtrack)\s+"
                        r"(?:(?:has|had|have|is|was|passed|crossed|cleared|topped|hit|reached)\b|$)")
_ALBUM_TITLE = rx.compile(r"[“\"](?P<t>[^”\"\n]{1,100}?\s(?:OST|Original\s+Soundtrack|"
                          r"Soundtrack))[,.]?[”\"]")
# A note with no subject: "Out since Feb. 5.", "Debuted at No. 15 on Feb. 22".
_NO_SUBJECT = rx.compile(r"^\s*(?:Also\s+|Then\s+|Since\s+)?(?:(?:Released|Out|Debuted|Passed|"
                         r"Crossed|Surpassed|Climbed|Peaked|Entered|Reached|Topped|Hit|Spent|"
                         r"Unchanged|Up|Down)\b|No\.\s*\d)")
# A paragraph of notes on one song opens with its title and a colon: "“T”: Part 2. …"; a
# bulleted item with its title and a bracket or a full stop: "• “T” (out May 20). No. 5 on …".
# An A-to-Z entry opens with its letter: "[L] “T.” The band's debut single, released …".
_LEAD_TITLE = rx.compile(r"[ \t]*(?:[•·*-]\s*|\[[A-Z]\]\s*)?[\"“](?P<t>[^\"”\n]{1,120}?)[,.]?[\"”]"
                         r"(?::|\s*\(|\.|(?<=\.[\"”]))")


_BULLETED = rx.compile(r"[ \t]*(?:[•·*-]|\[[A-Z]\])")
# A countdown's entry: "7. “T” — A. …" (its title is the one the entry's text speaks of).
_RANKED_LEAD = rx.compile(r"[ \t]*\d{1,3}[.)][ \t]+[\"“](?P<t>[^\"”\n]{1,120}?)[\"”]"
                          r"[ \t]+[—–][ \t]")
_LETTERED = rx.compile(r"[ \t]*\[[A-Z]\]")
# "A's ballad for B's “S”", "the band of B's “S”": a title named as what the song is for
_FOR_ITS_SHOW = rx.compile(r"\b(?:ballad|song|theme|track|single|anthem|duet|band|group)\s+"
                           r"(?:for|of)\s+⟨\d+⟩[’']s\s+(?:[a-z-]+\s+){0,2}$")


def paragraph_title(article: Article, s: Sentence, flags: list[str]
                     ) -> tuple[str, str | None] | None:
    """The recording a paragraph of notes is about: the title that opens it with a colon."""
    line = article.text.rfind("\n", 0, s.start) + 1
    lead = _LEAD_TITLE.match(article.text, line) \
        if _BULLETED.match(article.text, line) \
        else None  # the bulleted (or lettered) line the sentence is on
    start = article.text.rfind("\n\n", 0, s.start)
    start = 0 if start < 0 else start + 2
    lead = lead or _LEAD_TITLE.match(article.text, start) or _RANKED_LEAD.match(article.text, start)
    if lead is None:
        return None
    title = lead["t"]
    mention = Mention(lead.start("t"), lead.end("t"), title, article.registry.lookup(title),
                      quoted=True)
    return article.recording(mention, flags)


def _streams(article: Article, s: Sentence) -> None:
    found = [*_STREAMS.finditer(s.masked), *_STREAMED.finditer(s.masked),
             *_MARK.finditer(s.masked), *_COUNT_TOPS.finditer(s.masked),
             *_PUSHED.finditer(s.masked), *_STREAMS_FOR.finditer(s.masked),
             *_COUNTED.finditer(s.masked), *_HAD_IT_AT.finditer(s.masked),
             *_CLAUSE_ON_P.finditer(s.masked), *_PUT_ITS_STREAMS.finditer(s.masked),
             *_P_SAYS.finditer(s.masked), *_LISTENERS_STREAMED.finditer(s.masked),
             *_COUNTER_READ.finditer(s.masked), *_WHICH_P_PLAYED.finditer(s.masked)]
    for m in found:
        count = parse_count(m["count"])
        if count is None or count < 1000 or hedged(s.masked, m.start()):
            continue
        flags: list[str] = []
        platform = None
        groups = m.groupdict()
        mention = s.mention(groups.get("p2") or groups.get("p1") or groups.get("p3"))
        if mention is not None and not mention.resolution.entities and \
                not re.search(r"\b(?:streams?|plays|mark|times)\b", m.group(), re.I):
            continue  # "30 million on X": only a known platform says the count is of streams
        if mention is not None:
            platform = article.resolve(mention, (PLATFORM,), PLATFORM, flags)
        elif groups.get("app"):
            platform = (_chart_platform(article, s, m.start()) if groups.get("same") else None) \
                or article.recent.get(PLATFORM)
        # ("…; on P it had gathered more than N streams by DATE": the clause's opening)
        elif on := re.search(rf"(?:^\s*(?:On|Over\s+on)|;\s+on)\s+(?:the\s+)?(?P<p>{M})\s*"
                             r"(?:alone\s*)?(?:,|(?=\s+(?:the|its|it)\s))",
                             s.masked[:m.start()]):
            platform = article.resolve(s.mention(on["p"]), (PLATFORM,), None, flags)
        if platform is None:
            continue
        item = _item(article, s, m.start(), flags)
        if item is None and re.match(r"\s*With\b", s.masked):  # "With 9 million streams, “T” …"
            item = _item(article, s, len(s.masked), flags)
        pushed = rx.found_by(m, _PUSHED, _STREAMS_FOR, _COUNTED, _HAD_IT_AT,  # these have "r"
                             _LISTENERS_STREAMED, _WHICH_P_PLAYED)
        named = s.mention(m["r"] or groups.get("r2")) if pushed and (m["r"] or groups.get("r2")) \
            else None
        if rx.found_by(m, _COUNT_TOPS) and groups.get("rc"):  # "P’s count for “T” …"
            named = s.mention(groups["rc"])
        if rx.found_by(m, _WHICH_P_PLAYED) and named is not None:
            # ("Next, from the “S OST,” is “T,” sung by A, which P has streamed …": the last
            # title before the clause, not the word that opens the sentence)
            # ("“T1,” No. 152 on CHART, and “T2,” sung by A, which P has streamed …": T2)
            titles = [x for x in s.mentions_in(s.masked[m.start():m.start("p2")]) if x.quoted]
            named = titles[-1] if titles else named
        if named is not None and named.quoted:  # "Fans pushed “T” past 20 million P streams"
            item = article.recording(named, flags)
        if item is None and (re.match(r"^\s*Its\s+⟨\d+⟩\s+(?:[a-z]+\s+)?(?:count|tally|total)\b",
                                      s.masked) or
                             rx.found_by(m, _PUSHED, _COUNTED, _HAD_IT_AT, _PUT_ITS_STREAMS,
                                         _COUNTER_READ) or
                             # ("…, and on P it has since passed N plays": the song spoken of)
                             (rx.found_by(m, _CLAUSE_ON_P) and
                              re.match(r"on\s+⟨\d+⟩,?\s+it\s", m.group())) or
                             (rx.found_by(m, _LISTENERS_STREAMED) and
                              re.search(r"\b(?:streamed|played)\s+it\b", m.group())) or
                             # ("As of DATE its P streams had passed N": "its" before P)
                             (rx.found_by(m, _COUNT_TOPS) and (
                                 m["p1"] is None or
                                 re.search(r"\b[Ii]ts\s+$", s.masked[:m.start()]) or
                                 # ("P’s count of its streams passed N": the song spoken of)
                                 # ("P streams of it had gone beyond N": the same)
                                 # ("P streams of the song have gone beyond N": the same)
                                 re.search(r"\b(?:of\s+(?:its\s+(?:streams|plays)|it|the\s+(?:song|"
                                           r"track|single|ballad))|for\s+it)\b", m.group())))):
            item = article.spoken_recording(flags)  # "Its Streamly tally now exceeds 6 million."
        if item is None:
            continue
        as_of = _AS_OF.search(s.masked, m.end())
        if as_of and _NEXT_CLAUSE.search(s.masked, m.end(), as_of.start()):
            as_of = None  # "…, while “T” had reached 25 million as of May 30": T's date
        as_of = as_of or _ON_DATE.match(s.masked, m.end())
        date = s.date(as_of["d"] or as_of.groupdict().get("d2")).value if as_of else None
        # a transcript's speaker label may come first ("HOST: As of DATE, …")
        opening = re.match(rf"^\s*(?:(?:⟨\d+⟩|[A-Z][A-Z.'’ -]{{1,30}}):\s+)?(?:On|As of|By)\s+"
                           rf"(?P<d>{D})", s.masked)
        # ("On DATE it won X, and P has counted N plays of it": the clause's verb, in the match)
        later = re.search(r"(?:,\s*(?:and|but|while)|;)\s+(?:[^,;]*\s)?(?:now|has|have)\b",
                          s.masked[:m.end()])
        if rx.found_by(m, _CLAUSE_ON_P) and re.search(r"\b(?:now|has|have)\b", m.group()):
            later = m  # "…; on P it has now crossed 12 million": now, not the opening's day
        prior = [x for x in _AS_OF_BY.finditer(s.masked, 0, m.start())
                 if not re.search(r"[;⟦]", s.masked[x.end():m.start()])
                 and not _NEXT_CLAUSE.search(s.masked, x.end(), m.start())]
        # "and as of April 7 had been streamed 6 million times", "and by March 18 it had …":
        # the clause's own date before the sentence's opening one ("By DATE, … and as of
        # DATE2 it had been streamed …")
        if date is None and prior:
            date = s.date(prior[-1]["d"]).value
        if date is None and opening and later is None:
            date = s.date(opening["d"]).value
        weekday = _BY_WEEKDAY.search(s.masked) if date is None and later is None else None
        if weekday:  # "by Friday it had passed …": the last Friday before publication
            date = weekday_before(weekday["w"], article.published)
        if date is None and article.dateline is not None and later is None:
            date = article.dateline.value  # "Oct. 30 — “T” passes 30 million streams on P."
        observations = [(count, platform, date)]
        # "… on P on May 11 and 5 million on P2 a day later": the second count after the date
        more = _AND_MORE.match(s.masked, m.end()) or (
            _AND_MORE.match(s.masked, as_of.end()) if as_of and as_of.start() == m.end() else None)
        if more and parse_count(more["count"]):
            other = article.resolve(s.mention(more["p"]), (PLATFORM,), PLATFORM, flags)
            own = re.match(r"\s+(?:on\s+)?(⟦\d+⟧)", s.masked[more.end():])
            if other:
                observations.append((parse_count(more["count"]), other,
                                     s.date(own[1]).value if own else date))
        for key, song in coordinated(article, s, m.start()) or [item]:
            for amount, where, day in observations:
                facts = modelling.stream_milestone(key, where, amount, day, article.published)
                if song:
                    facts.append((key, "lr:recordingOf", song))
                article.claim(s.start, s.end, "stream-milestone", facts, flags, key, where,
                              str(amount))


def _chart_platform(article: Article, s: Sentence, before: int) -> str | None:
    """The platform whose chart the sentence names before ``before`` ("The P Top 100 listed
    it …, and … on the same service": P), or None."""
    for mention in reversed(s.mentions_in(s.masked[:before])):
        if not any(article.registry.is_a(e, CHART) for e in mention.resolution.entities):
            continue
        owner = article.registry.lookup(mention.text.split()[0], (PLATFORM,)).entities
        return owner[0].key if len(owner) == 1 else None
    return None


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
        if ost and re.search(r"\bfrom\s+(?:the\s+)?$", head[:m.start()]):
            continue  # ("“T,” from the “S” OST, is sung by A; P had counted …": T's count)
        if ost and _seriesish(article, mention):
            return _album_of(article, s, mention, flags), None
    found = subject_recording(article, s, before, flags)
    if found:
        return found
    if re.search(r"\b(?:OST|album|soundtrack)\b", head) and ALBUM in article.recent:
        return article.recent[ALBUM], None
    # "the full album": the “S OST” named before
    if article.album_title is not None and re.search(
            r"\b(?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+)?(?:OST\s+)?(?:album|soundtrack)\b", head):
        album = article.resolve(article.album_title, (ALBUM,), ALBUM, flags)
        return (album, None) if album else None
    return None


def coordinated(article: Article, s: Sentence, before: int) -> list[tuple[str, str | None]]:
    """The recordings of a coordinated subject: "“T1” and “T2” have each surpassed …"."""
    m = re.match(rf"^\s*(?P<list>{NAMES})\s+(?:(?:have|has|were|was|are|is|both|each|all|also|"
                 r"now|already|since|recently)\s+)*$", s.masked[:before])
    if m is None:
        return []
    titles = s.mentions_in(m["list"])
    if len(titles) < 2 or not all(_titlelike(article, t) for t in titles):
        return []
    return [got for t in titles if (got := article.recording(t, []))]


def _titlelike(article: Article, mention: Mention) -> bool:
    if any(article.registry.is_a(e, (RECORDING, SONG)) for e in mention.resolution.entities):
        return True
    return mention.quoted and article.hints.get(_form(mention)) in (None, RECORDING, SONG)


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
