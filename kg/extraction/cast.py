"""Who plays whom, who stars, and who belongs to which band or group.

Patterns (over the masked sentence, see :mod:`kg.extraction.masked`):

- "C, played/portrayed/depicted by A", "C (played by A)", "C (A)";
- "A, who plays/portrays … C", "A plays the role of C", "his role as C in S";
- "S stars A as C and B as D", "the drama starring A and B", "lead actor A";
- "G's A", "A of the girl group G", "A, the (lead) vocalist of the band G";
- "G consists of / is made up of A, B and C", "A is part of a band called G".

A character's band is a fictional band (story world); a person's group a music group (real
world). A role named by an ontology property's label ("lead vocalist") uses that property.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from kg.extraction import modelling, rx
from kg.extraction.context import (
    ACTOR,
    BAND,
    CHARACTER,
    ENSEMBLE,
    GROUP,
    PERSON,
    SERIES,
    SINGER,
    UNRESOLVED,
    Article,
)
from kg.extraction.dates import parse_count
from kg.extraction.masked import NAMES, M, Sentence
from kg.extraction.mentions import Mention
from kg.extraction.names import exact_form
from kg.extraction.sentences import (
    LINEUP_ROW,
    PART_AFTER_ROW,
    PART_PAREN_ROW,
    PART_WORD,
    PLAYLIST_COLON,
    credit_line,
)

#: A noun that names a role in a band or group ("frontman", "drummer", "keyboardist").
_ROLE_NOUN = (r"(?:member|vocalist|singer|rapper|leader|drummer|guitarist|bassist|keyboardist|"
              r"frontman|frontwoman|[a-z]+ist)")
# ("… is played by the eight-year-old A": an age for a trade)
_ACTOR_NOUN = (r"(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:actor|actress|idol|singer|star|newcomer|"
               r"rookie|veteran|model|comedian|[a-z]+-year-old)\s+)")
_PLAYED_BY = rx.compile(
    rf"(?P<c>{M})"
    # "C, an apprentice who repairs the pinsetters, played by A"
    # "C, the laconic bass player of G, is played by A": the apposition may name C's band
    # ("C, who squeezes the band’s accordion, is played by A": a relative clause)
    # ("C, who lends the band her amplifiers but has never played a note, is portrayed by A")
    # ("C, D’s niece, is played by A": a kin apposed)
    r"(?:,\s+(?P<app>(?:a|an|the|who(?!\s+(?:is|was)\s)|⟨\d+⟩[’']s(?=\s+[a-z-]+,))\s+"
    r"(?:(?!(?:played|portrayed)\s+by\b)[^,⟨;]|⟨\d+⟩)+?)"
    # ("C, an apprentice who …, and she is brought to life by A": the part, then a pronoun)
    # ("C, the oldest shucker on the beds, is brought to the screen by A": the same)
    # ("C, who eats more of the stock than he strings, is played with relish by A")
    r"(?=,?\s+(?:who\s+|and\s+(?:she|he)\s+)?(?:(?:is|was)\s+)?(?:played|portrayed|"
    r"brought\s+to\s+(?:life|the\s+screen))(?:\s+[a-z]+ly|\s+with\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|"
    r"\s+as\s+an?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?\s+by\b))?"
    r"(?:\s*,)?\s*(?:(?:who\s+|and\s+(?:she|he)\s+)?(?:is|was|will\s+be|is\s+being)\s+)?\(?"
    r"(?:played|portrayed|depicted|essayed|brought\s+to\s+(?:life|the\s+screen)|voiced)"
    # "played with real gusto by", "played as a quiet perfectionist by"
    r"(?:\s+[a-z]+ly|\s+with\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|\s+as\s+an?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?"
    r"(?:\s+(?:in\s+the\s+(?:drama|series|show)|on\s+screen))?"  # "played in the drama by"
    # ("… is played by her co-lead, A", "… by the drama’s leading lady, A": the actor's place
    # in the cast first)
    r"\s+by\s+(?:(?:her|his|their)\s+(?:[a-z-]+\s+)?(?:co-lead|co-star|costar|partner),\s+|"
    # ("… played by the series’ lead, A": a plural's possessive without s)
    r"the\s+(?:(?:drama|show)[’']s|series[’']s?)\s+(?:[a-z-]+\s+){0,2}?(?:lady|man|star|lead|"
    r"headliner),\s+)?"
    rf"{_ACTOR_NOUN}?(?:(?P<g>{M})[’']s\s+|(?P<g2>{M})\s+(?:member|leader|maknae)\s+)?"
    rf"(?P<a>{M})")
# An age set off after a name, in figures or words ("A, 14,", "A, fourteen,").
_AGE = (r"(?:\d{1,2}|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)")
_PLAYS = rx.compile(
    # ("A, fourteen, landed the role of B’s sister, C": an age in words)
    rf"(?P<a>{M})(?:\s+(?:himself|herself))?(?:\s*,\s*{_AGE}\s*,)?"
    # "A, the drama’s male lead, who plays …": a short apposition first
    # ("A, the drama’s leading man, plays …")
    r"(?:\s*,\s+the\s+(?:drama|series|show)[’']s\s+(?:[a-z-]+\s+){0,2}?(?:lead|star|"
    r"leading\s+(?:man|lady))(?=,))?"
    # ("A, the group’s youngest, made his screen debut …": a member's place in the group)
    # ("A, G’s leader, makes her acting debut as C": the group named)
    rf"(?:\s*,\s+(?:the\s+(?:group|band)|{M})[’']s\s+(?:youngest|eldest|leader|maknae)(?=,))?"
    # ("A, the second lead, plays …", "A, her partner in the lead pair, plays …")
    r"(?:\s*,\s+the\s+(?:second|other|male|female|co-?)\s*lead(?=,)|\s*,\s+(?:her|his)\s+"
    # ("A, her co-lead in “S,” played C": the drama named)
    r"(?:partner|co-star|co-lead|opposite\s+number)(?:\s+in\s+(?:[^,⟨]{1,30}|⟨\d+⟩))?(?=,))?"
    rf"(?:\s*,\s+who\s+[^,]{{0,80}},)?"
    # "A, in her acting debut, appears as C"
    # ("A, in a supporting part, is C": the part, then "is")
    r"(?:\s*,\s+in\s+(?:her|his|their)\s+[^,⟨]{1,30},|\s*,\s+in\s+an?\s+(?:[a-z-]+\s+)?(?:role|part),)?"
    # "A, billed alongside her as the second lead, portrays …"
    # ("A, a familiar face from weekend dramas, is cast …": a short apposition)
    # ("A, a stage actress in her seventies, rounds out …": the same, the trade named)
    # ("A, a fixture of weekend dramas, plays …")
    r"(?:\s*,\s+(?:a|an)\s+(?:(?:familiar|veteran|seasoned|regular|fixture)\s+[^,⟨;]{1,50}|"
    r"(?:[a-z-]+\s+){0,2}(?:actor|actress|performer|comedian)\b[^,⟨;]{0,40}),)?"
    r"(?:\s*,\s+(?:billed|cast|credited|listed)\s+[^,⟨]{1,50},)?"
    # "A, of girl group G, plays …", "A of G, who played …"
    # ("A of G makes his acting debut as C": the same)
    rf"(?:\s*,?\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?{M}(?=,|\s+(?:plays|played|makes|made)\b),?)?"
    # "A, one of G's five, played …"
    # ("A, one of the drama’s two leads, who plays …": the same, the drama's)
    rf"(?:\s*,\s+one\s+of\s+(?:{M}|the\s+(?:drama|series|show))[’']s\s+(?:[a-z-]+\s+)?[a-z]+,)?"
    r"(?:\s*,)?\s+(?:who\s+)?(?:also\s+|once\s+again\s+|again\s+)?"
    # ("Its leads are A, who plays C, and B, who is D": "is" after "who" before a name)
    # ("A, who plays the lead in “S,” the tuner C, sings …": the part apposed to the drama, read
    # before "plays" alone would take the drama for the part)
    r"(?P<verb>(?:plays|played)\s+the\s+(?:lead|title\s+role|leading\s+role)\s+in\s+⟨\d+⟩,"
    r"(?=\s+the\s)|plays|played|portrays|portrayed|will play|is playing|depicts|(?<=⟩\s)play|"
    r"(?<=,\swho\s)is(?=\s+⟨)|(?<=role,\s)is(?=\s+⟨)|(?<=part,\s)is(?=\s+⟨)|"
    r"takes on the role of|took on the role of|plays the role of|played the role of|"
    r"(?:steps|stepped|stepping|slips|slipped)\s+into\s+the\s+(?:shoes|skin|role)\s+of|"
    r"is cast as|was cast as|stars as|starred as|appears as|appeared as|appearing as|"
    # ("A, a familiar face from weekend dramas, is cast in a supporting role as C")
    r"(?:is|was)\s+cast\s+in\s+(?:a|the)\s+(?:[a-z-]+\s+)?role\s+as|"
    # ("At its centre is A, starring as C, a splicer who …")
    # ("A, cast in that drama as the band’s frontwoman C, sings it …")
    # ("A, cast in the same drama as the policeman C")
    r"(?<=,\s)starring\s+as|(?<=,\s)cast\s+in\s+(?:that|the|this)\s+(?:same\s+)?(?:drama|series|show)\s+as|"
    # ("In the drama A takes the lead as the optometrist C", "A is top-billed as C")
    # ("On screen, A leads “S” as C")
    r"takes the lead as|took the lead as|is top-billed as|was top-billed as|leads as|led as|"
    # ("A has the role of C")
    # ("A has the female lead, C, an orchard heir who …")
    r"(?:has|had)\s+the\s+(?:female|male)\s+lead,|"
    # ("A has the supporting role of C")
    r"(?:has|had)\s+the\s+(?:(?:supporting|lead|leading|main|title|second)\s+)?role\s+of|"
    r"(?:leads|led|headlines|headlined)\s+⟨\d+⟩\s+as|"
    # "A, who also stars in the series as arcade owner C"
    # ("He is cast in that series as the tree surgeon C")
    # ("A stars in it as C")
    r"(?:stars|starred|appears|appeared|is\s+cast|was\s+cast)\s+in\s+(?:(?:the|that|this)\s+"
    r"(?:series|drama|show)|it)\s+as|"
    # "B stars alongside him as the paramedic D"
    # ("…, with B starring alongside her as D")
    r"(?:stars|starred|starring|co-stars|co-starred)\s+(?:alongside|opposite|beside)\s+"
    r"(?:him|her|them)\s+as|"
    # "A is its star, playing the repairman C"
    # ("A is the star, playing C")
    # ("A is its star, in the role of C")
    # ("A is the star, as the garage owner C")
    # ("A is the drama’s leading man, the principal keeper C": the part apposed)
    r"(?:is|was)\s+(?:its|the\s+(?:drama|series|show)[’']s|the)\s+(?:leading\s+(?:man|lady)|"
    r"(?:male|female)\s+lead),(?=\s+the\s)|"
    # ("G’s B acts for the first time as D")
    r"(?:acts|acted)\s+for\s+the\s+first\s+time\s+as|"
    # ("A is the star of “S,” playing the tax auditor C")
    # ("A is the star of the drama, playing C")
    # ("B is her co-lead, playing the county’s officer, D")
    r"(?:is|was)\s+(?:its|the\s+(?:drama|series|show)[’']s|the|her|his)\s+(?:star|lead|co-lead|"
    r"co-star)"
    r"(?:\s+of\s+(?:⟨\d+⟩|the\s+(?:drama|series|show)))?,\s+"
    r"(?:playing|"
    r"in\s+the\s+role\s+of|as)|"
    # "…, with B in the other lead role as D"
    # ("…, with B in a supporting role as D")
    r"(?<=⟩\s)in\s+(?:the|a)\s+(?:other\s+|second\s+)?(?:lead|leading|supporting|main)\s+role\s+as|"
    r"(?:returns|returned|comes\s+back|came\s+back)\s+(?:to\s+the\s+(?:small|big|silver)\s+screen\s+)?as|"
    r"transforms\s+into|transformed\s+into|plays the part of|played the part of|"
    # ("A has the part of C, who drums for the band")
    r"(?:has|had)\s+the\s+(?:[a-z-]+\s+)?(?:part|role)\s+of|"
    r"portrays the role of|"
    r"landed the role of|lands the role of|was cast in the role of|is cast in the role of|"
    r"(?:made|makes|making) (?:her|his|their) (?:acting |drama |screen |small-screen )?debut as|"
    # ("B plays opposite her in the other lead role, D, a shoe designer")
    # ("B takes the other starring role, D, a tree surgeon")
    r"(?:takes|took)\s+the\s+(?:other\s+|second\s+)?(?:starring|lead|leading)\s+role,|"
    # ("A takes on the rival buyer C": a part described, then named)
    r"(?:takes|took)\s+on(?=\s+the\s+(?:(?!(?:role|part|of)\s)[a-z-]+\s+){1,3}⟨\d+⟩)|"
    # ("The veteran A takes on B’s grandfather, C": a kin of another part's)
    r"(?:takes|took)\s+on(?=\s+⟨\d+⟩[’']s\s+[a-z-]+,\s+⟨\d+⟩)|"
    r"(?:plays|played)\s+opposite\s+(?:her|him)\s+in\s+the\s+(?:other\s+|second\s+)?"
    r"(?:lead|leading)\s+role,|"
    # ("The veteran A turns in a supporting performance as C")
    r"(?:turns|turned)\s+in\s+an?\s+(?:[a-z-]+\s+)?performance\s+as|"
    # ("G’s youngest, A, is in the supporting cast too, playing C")
    r"(?:is|was)\s+in\s+the\s+(?:supporting\s+|main\s+)?cast(?:\s+too|\s+as\s+well)?,\s+playing|"
    # ("A carries it as C, the sommelier")
    r"(?:carries|carried|anchors|anchored)\s+(?:it|the\s+(?:drama|series|show))\s+as|"
    # ("G’s A landed her first screen role in the supporting cast as C")
    # ("A takes her first acting role in the drama as the deckhand C")
    r"(?:landed|lands|got|gets|takes|took)\s+(?:her|his|their)\s+first\s+(?:screen\s+|acting\s+|"
    r"drama\s+)?role\s+(?:in\s+the\s+(?:(?:supporting\s+|main\s+)?cast|drama|series|show)\s+)?as|"
    # ("A of G made his acting debut in the supporting cast as C")
    # ("G’s A made her acting debut in the drama as C": the same)
    r"(?:made|makes) (?:her|his|their) (?:acting |drama |screen )?debut in the "
    r"(?:(?:supporting |main )?cast|drama|series|show) as|"
    # ("A, G’s leader, makes her acting debut as the tow-truck driver C")
    r"(?:made|makes)\s+(?:her|his|their)\s+(?:acting\s+|drama\s+|screen\s+)?debut\s+as|"
    # ("G’s A turns actor for the first time as his sister, the goalkeeper C")
    r"(?:turns|turned)\s+(?:actor|actress)(?:\s+for\s+the\s+first\s+time)?\s+as|"
    # ("A makes his acting debut in a supporting part as C")
    r"(?:made|makes)\s+(?:her|his|their)\s+(?:acting\s+|drama\s+|screen\s+)?debut\s+in\s+an?\s+"
    r"(?:[a-z-]+\s+)?(?:role|part)\s+as|"
    r"(?:completes|completed|rounds\s+out|rounded\s+out|fills\s+out|filled\s+out|joins|joined)\s+"
    r"the\s+(?:[a-z-]+\s+)?(?:line-?up|cast|band|group|quartet|trio|quintet|ensemble)\s+"
    # ("A rounds out the cast in a supporting turn as C")
    # ("A joined the cast halfway through filming as the depot cleaner C")
    r"(?:in\s+an?\s+(?:[a-z-]+\s+)?(?:role|part|turn)\s+|(?<=cast\s)(?:[a-z-]+\s+){1,3}?)?as|"
    r"joins\s+as|joined\s+as|will portray|will star as|"
    # "B shares top billing as the drummer D"
    r"(?:shares|shared|takes|took|gets|got)\s+(?:top\s+|equal\s+|second\s+)?billing\s+as|"
    # "A joins in the final episodes as the keyboardist C", "A appears in flashbacks as C"
    r"(?:joins|joined|arrives|arrived)\s+in\s+the\s+(?:[a-z-]+\s+){1,2}episodes\s+as|"
    # ("The veteran A shows up in a supporting role as C")
    # ("A turns up in support as C")
    # ("G’s A turns up in three episodes as C")
    # ("A, who turns up in that drama’s final episode as C")
    r"(?:shows|showed|turns|turned)\s+up\s+in\s+(?:an?\s+(?:[a-z-]+\s+)?(?:role|part)|support|"
    r"(?:the\s+|(?:that|the|this)\s+(?:drama|series|show)[’']s\s+)?(?:[a-z-]+\s+){0,2}episodes?)\s+as|"
    # ("B backs her up in a supporting role as D")
    r"(?:backs|backed)\s+(?:her|him|them)\s+up\s+in\s+an?\s+(?:[a-z-]+\s+)?(?:role|part)\s+as|"
    # ("A steals scenes in a supporting role as C")
    r"(?:steals|stole)\s+(?:scenes|the\s+show)\s+in\s+an?\s+(?:[a-z-]+\s+)?(?:role|part)\s+as|"
    # ("A appears in a supporting role as C", "A was cast in a supporting role as C", "A is
    # seen in a supporting role as C")
    r"(?:is|was)\s+(?:cast|seen)\s+in\s+an?\s+(?:[a-z-]+\s+)?(?:role|part)\s+as|"
    # ("A appears in support as C")
    # ("A has a supporting part as C")
    r"(?:has|had)\s+an?\s+(?:[a-z-]+\s+)?(?:role|part)\s+as|"
    # ("A, who has the lead in the drama as the watch repairer C")
    r"(?:has|had)\s+the\s+(?:lead|title\s+role|leading\s+role)\s+(?:in\s+the\s+(?:drama|series|show)\s+)?"
    r"as|"
    # ("B also has a cameo in episode nine as D")
    # ("A makes a cameo in the final episode as C")
    # ("A heads the drama’s cast as the learner driver C")
    # ("A heads the cast of that drama as C", "… of “S” as C")
    r"(?:heads|headed|tops|topped)\s+(?:the\s+(?:drama|series|show)[’']s|the)\s+cast\s+"
    r"(?:of\s+(?:(?:that|this|the)\s+(?:drama|series|show)|⟨\d+⟩)\s+)?as|"
    # ("A, who stars in the same drama as the band’s harried manager C")
    r"(?:stars|starred|appears|appeared)\s+in\s+the\s+same\s+(?:drama|series|show)\s+as|"
    # ("A makes a special appearance in the fourth episode as a ferry captain, C")
    r"(?:makes|made|has|had)\s+an?\s+(?:special|guest|brief|surprise)\s+appearance\s+"
    r"(?:in\s+(?:episodes?\s+[\w-]+|the\s+(?:[a-z-]+\s+)?(?:episodes?|finale|premiere))\s+)?as|"
    # ("A drops in for two episodes as a grape buyer, C")
    r"(?:drops|dropped|pops|popped)\s+in\s+(?:for\s+(?:[a-z]+|\d{1,2})\s+episodes?\s+)?as|"
    # ("A has a one-scene cameo in the finale as C")
    r"(?:has|had|makes|made)\s+an?\s+(?:brief\s+|one-scene\s+|one-episode\s+|short\s+)?cameo\s+"
    r"(?:in\s+(?:episodes?\s+[\w-]+|the\s+(?:[a-z-]+\s+)?(?:episodes?|finale|premiere))\s+)?as|"
    # ("A appears in the last two episodes as C")
    r"(?:appears|appeared)\s+in\s+(?:flashbacks|a\s+cameo|support|(?:the\s+)?(?:[a-z-]+\s+){0,2}episodes?|"
    r"an?\s+(?:[a-z-]+\s+)?(?:role|part))\s+as|"
    # a script reading: "A read the part of C", "A reads as G's bassist, C"
    r"(?:reads|read)\s+(?:the\s+(?:part|role|lines)\s+of|as)|"
    # ("A joins them in support as C", "A joins them on guitar as C")
    r"(?:joins|joined|join)\s+(?:him|her|them)\s+(?:in\s+support\s+|on\s+(?:lead\s+|rhythm\s+)?"
    r"(?:guitar|bass|drums|keys|keyboards|piano|synths?)\s+)?as|"
    r"(?:has\s+been|have\s+been|is|was|were|are)\s+(?:tapped|picked|chosen|selected|confirmed|"
    r"cast|set|signed|lined\s+up|booked)\s+to\s+(?:headline|lead|front|join|star\s+in|anchor)\s+"
    r"(?:the\s+(?:[a-z-]+\s+)?(?:series|drama|show|cast|film|project)\s+)?as|"
    r"(?:has\s+been|have\s+been|is|was|were|are)\s+(?:tapped|picked|chosen|selected|confirmed|"
    # ("B is in the supporting cast as D")
    r"signed|booked)\s+to\s+(?:play|portray)|(?:is|was|are)\s+(?:also\s+)?in\s+the\s+"
    r"(?:supporting\s+|main\s+)?cast,?\s+as|"
    r"shines as|shone as|shined as|impresses as|impressed as|excels as|excelled as|"
    r"leads the cast as|led the cast as|is back as|co-stars as|co-starred as|debuts as|"
    r"debuted as|is set to play|was set to play|will be playing|will be portraying|"
    r"is portraying|was playing|was portraying|"
    # ("A fills the supporting role of C")
    r"(?:takes?\s+on|took\s+on|taking\s+on|takes?|took|taking|landed|lands|landing|plays|played|playing|"
    # ("A was given the role of C, the neighbour who …")
    r"fills|filled|won|wins|nabbed|(?:was|has\s+been)\s+given|"
    r"snagged|bagged|scored|secured|is\s+cast\s+in|was\s+cast\s+in|appears\s+in|appeared\s+in|"
    r"stars\s+in|starred\s+in|steps\s+into|stepped\s+into)\s+the\s+(?:[a-z-]+\s+){0,2}"
    r"(?:role|part)\s+of|in\s+the\s+(?:[a-z-]+\s+)?role\s+of|"
    r"(?:[a-z]+\s+){1,3}?in\s+the\s+(?:[a-z-]+\s+)?role\s+of)\s+"
    # "who played the Lanterns’ drummer C": a plural name's possessive has no s
    # ("who plays B’s rival, Dr. C": a title before the name)
    # ("plays her most hopeless pupil, the taxi-company heir C": a description, then another
    # set off by its comma)
    # ("as a wine buyer from K, C": where the part comes from)
    rf"(?P<desc>(?:(?:[\w'’-]+|{M}[’']s?|{M}(?=\s+{_ROLE_NOUN}\b)|(?<=from\s){M}(?=,)|"
    r"(?:Dr|Prof)\.),?\s+){0,6}?"
    r"(?:(?<=,\s)the\s+[\w-]+\s+(?:[\w-]+\s+)?)?)"
    rf"(?<!from\s)(?P<c>{M})"
    rf"(?![’']s?\s|\s+{_ROLE_NOUN}\b)")
# "A joined them as C, and B, the youngest member of G, as the rookie D": the verb left out
# of the second pair.
# ("A stars as C, a wrestling champion, and B as D": the first part described first)
_GAPPED_AS = rx.compile(rf"(?:,\s+(?:the|a|an)\s+[^⟨;,]{{1,60}}?(?=,\s+and\s))?"
                        rf",?\s+and\s+(?P<b>{M})(?:,\s+(?:the|a|an)\s+(?:[^⟨;,]|{M}){{1,80}}?,)?"
                        r"\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}?"
                        rf"(?P<d>{M})(?![’']s)")
# A place in a band, after the band's name: "G frontman C".
_PLACE_NOUN = (r"(?:lead\s+)?(?:frontman|frontwoman|vocalist|singer|drummer|guitarist|bassist|"
               r"keyboardist|leader)\b")
_ROLE_AS = rx.compile(rf"(?:\b(?:his|her|their)|(?P<a>{M})[’']s|(?P<w>{M}),\s+whose)\s+"
                      r"(?:[a-z-]+\s+){0,2}?(?:role|turn|"
                      # "his first screen role, the band's drummer C"
                      r"performance|portrayal)(?:\s+(?:as|of)|,(?=\s+the\s))\s+(?:(?:the|a|an)\s+)?"
                      rf"(?P<desc>(?:(?:[a-z'’-]+|{M}[’']s|{M}(?=\s+{_PLACE_NOUN})),?\s+){{0,4}}?)"
                      rf"(?P<c>{M})(?![’']s\b)(?!\s+{_PLACE_NOUN})(?:\s+in\s+(?P<s>{M}))?")
# "Their favourite performance of the year, all the same, is A as the drummer C in “S”": A
# plays C.
# ("nobody on television this year has been better than A as the drummer C in “S”")
# ("…; the rest prefer A as the repairman’s son C in “S”": a side taken in an argument)
_PRAISED_AS = rx.compile(r"(?:\b(?:favourite|best|finest|standout)\s+(?:performance|turn|acting)\b"
                         # ("… is A as the village head C in “S”": a part of two words)
                         r"[^;⟨]{0,40}?\bis|\bbeen\s+better\s+than|"
                         r"\b(?:prefer|prefers|preferred|back|backs|backed))\s+(?:still\s+|again\s+)?"
                         rf"(?P<a>{M})\s+as\s+"
                         r"(?:the\s+(?:[\w’'-]+\s+){1,3}?)?"
                         rf"(?P<c>{M})(?:\s+in\s+(?P<s>{M}))?")
# A sentence whose subject is the person of the sentence before, described, not named.
_DESCRIBED_SUBJECT = rx.compile(r"\s*(?:The|the)\s+(?:\d{1,3}-year-old|actor|actress|star|"
                                r"singer|idol|newcomer|veteran)\b")
# "Veteran actor A is C, who …": an actor introduced by trade, then the role.
_ACTOR_IS = rx.compile(rf"\b(?:actor|actress|idol|newcomer|rookie)\s+(?P<a>{M})\s+is\s+"
                       rf"(?:[A-Z][a-z]+\s+)?(?P<c>{M})(?=\s*(?:[,.;]|$))")
_STARS = rx.compile(r"\b(?:stars|starring|starred|co-stars|co-starring|features|featuring)\s+")
_AS_PAIR = rx.compile(rf"(?:(?P<g>{M})[’']s\s+)?(?P<a>{M})\s+as\s+"
                      rf"(?P<desc>(?:[\w'’-]+,?\s+){{0,5}}?)"
                      rf"(?P<c>{M})")
_STARRING_LIST = rx.compile(rf"\b(?P<verb>starring|starred|stars|co-starring)\s+"
                            rf"(?P<list>{NAMES})(?!\s+as\b)")
_SERIES_WORDS = rx.compile(r"\b(?:drama|series|show|thriller|romance|sitcom|comedy|fantasy)\b",
                           re.I)
_LEAD = rx.compile(rf"\b(?:[Ll]ead|[Ll]eading|[Mm]ain)\s+(?:actor|actress)\s+(?P<a>{M})")
# "A (as C)", "A, as C,", "A's character, C", "Portraying C is A", "In the role of C is A".
# "Its leads are A, as the unlucky forecaster C, and B, as D.": a described role between commas.
# ("In the lead roles are A, as the trainee, C, and …": the part described, set off)
_AS_PAREN = rx.compile(rf"(?P<a>{M})\s*(?:\(\s*as\s+(?P<c>{M})\s*\)|,\s+as\s+"
                       rf"(?:(?:the|a|an)\s+(?:[a-z-]+\s+){{0,3}}?|(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?"
                       rf"[a-z-]+,\s+)?(?P<c2>{M})(?:,|\.?$))")
_CHARACTER_OF = rx.compile(rf"(?P<a>{M})[’']s\s+(?:[a-z-]+\s+)?character,?\s+(?:(?:the|a|an)\s+)?"
                           rf"(?:[\w'’-]+\s+){{0,4}}?(?P<c>{M})")
_FRONTED_ROLE = rx.compile(
    # ("Starring as C, the boiler-man who fronts G on vocals, is A": the part described)
    rf"(?:^|[,;]\s+)(?:(?P<lead>{M})|Portraying|Playing|In\s+the\s+(?:[a-z-]+\s+)?role\s+of|Taking\s+on\s+the\s+"
    rf"(?:[a-z-]+\s+)?role\s+of|Cast\s+as|(?P<star>Starring\s+as))\s+(?:[\w'’-]+,?\s+){{0,4}}?(?P<c>{M})"
    r"(?(star)(?:,\s+(?:the|a|an)\s+(?:[^,;⟨]|⟨\d+⟩){1,80}?,)?),?\s+(?:is|was)\s+"
    rf"{_ACTOR_NOUN}?(?P<a>{M})|(?:^|[,;]\s+)As\s+(?P<c3>{M}),\s+(?P<a3>{M})\s+(?:is|was|shines|"
    r"shone|delivers|delivered|brings|brought|gives|gave|plays|played|steals|stole)\b")
# "The role of C went to A".
_ROLE_WENT = rx.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:role|part)\s+of\s+"
                        rf"(?P<desc>(?:(?:[\w'’-]+|{M}[’']s),?\s+)"
                        # "The lead role of C, a removals worker who hums, goes to A"
                        # ("the role of C, who hides in her workshop, went to A": a clause)
                        # ("The lead role of C, a cashier who ends up fronting G as its singer,
                        # went to A": a name inside the clause)
                        # ("The role of the rival drying boss C was handed to A": four words)
                        rf"{{0,4}}?)(?P<c>{M})(?:,\s+(?:a|an|the|who)\s+(?:[^,⟨;]|⟨\d+⟩){{1,80}},)?,?\s+"
                        r"(?:went|goes|was\s+given|was\s+handed|falls|fell)\s+to\s+"
                        rf"{_ACTOR_NOUN}?(?:{M}\s+member\s+)?(?P<a>{M})")
# "A stars opposite B as C", "A co-stars alongside B and D as C".
_OPPOSITE = rx.compile(rf"(?P<a>{M})\s+"
                       r"(?P<verb>stars|starred|co-stars|co-starred|appears|appeared)\s+"
                       rf"(?:opposite|alongside|with)\s+{NAMES}\s+as\s+"
                       rf"(?P<desc>(?:[\w'’-]+,?\s+){{0,4}}?)(?P<c>{M})")
# "A shares top billing as C", "A takes centre stage as C": any short verb phrase before "as"
# between a person and a character; the verbs that say something else are left out.
_ANY_AS = rx.compile(
    rf"(?P<a>{M})(?:\s*,\s+(?:who|in|a|an|the)\b(?:[^,⟨]|(?<=group\s){M}){{0,60}},|"
    # "A, last seen as a telegraph operator in a period piece, headlines the series as C"
    r"\s*,\s+(?:last|once|still|fresh|recently)\s[^,⟨]{0,80},|"
    # ("A, G’s youngest member, makes his acting debut as C")
    rf"\s*,\s+{M}[’']s\s+(?:[a-z-]+\s+){{0,2}}?member,|"
    r",(?=\s+cast\b))?\s+"
    # "A led it as C": the drama, as a pronoun, after a verb of leading
    r"(?P<vp>(?:(?:(?<=led\s)|(?<=leads\s)|(?<=headlined\s)|(?<=headlines\s)|(?<=anchored\s)|"
    r"(?<=anchors\s))it\s+|"
    # ("A makes her acting debut as C": the possessive of a debut)
    r"(?:(?<=makes\s)|(?<=made\s))(?:her|his|their)\s+(?=(?:[a-z-]+\s+)?debut\b)|"
    r"(?!(?:known|such|well|same|serves?|served|serving|sings?|sang|sung|singing|"
    r"performs?|performed|performing|records?|recorded|credited|listed|billed|named|described|"
    r"regarded|seen|introduced|and|or|of|in|at|for|with|on|by|from|to|who|which|that|but|this|"
    r"these|those|it|them|him|her|me|us|you|such)\b)"
    rf"(?:opposite\s+(?:her|him|them)|[a-z-]+|(?<=the\s){M}|(?<=band\s){M}|(?<=group\s){M})\s+)"
    r"{1,5}?"
    # "A starred in “S” as C": the series named between
    rf"(?:(?:on|in|up|aboard|on\s+board)\s+|for\s+(?P<g>{M})\s+|"
    rf"(?:(?<=starred\s)|(?<=stars\s))in\s+(?P<sin>{M})\s+)?)as\s+"
    rf"(?P<desc>(?:(?:the|a|an)\s+)?(?:(?:[a-z'’-]+|{M}[’']s),?\s+){{0,4}}?)"
    rf"(?P<c>{M})(?![’']s\b)"
    # "… and B as the meteorologist D": a second actor and part
    rf"(?:\s+and\s+(?P<b>{M})\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z'’-]+\s+){{0,3}}?(?P<d>{M}))?")
# "The rest of the line-up is played by A as guitarist C, B as bassist D, and …": each actor
# and part of the list after "played by", and the part's place in the band spoken of.
_PLAYED_BY_LIST = rx.compile(rf"\b(?:is|are|will\s+be)\s+played\s+by\s+(?P<list>{M}\s+as\s+"
                             rf"(?:[a-z-]+\s+){{0,2}}?{M}(?:,?\s+(?:and\s+)?{M}\s+as\s+"
                             rf"(?:[a-z-]+\s+){{0,2}}?{M})+)")
_ACTOR_AS_PART = rx.compile(rf"(?P<a>{M})\s+as\s+(?P<desc>(?:[a-z-]+\s+){{0,2}}?)(?P<c>{M})")
# "The two leads are back, A as C and B as D", "… duet on it in character, A as C and B as D":
# two actors and their parts, set off after a noun or a clause about both.
_APPOSED_AS_PAIR = rx.compile(rf"(?:^\s*|[,:;]\s+)(?P<a>{M})\s+as\s+(?P<c>{M}),?\s+and\s+"
                              rf"(?P<b>{M})\s+as\s+(?P<d>{M})(?![’']s)")
# "A … in which she plays coroner C", "S, in which he played the shy baker C".
_PRONOUN_PLAYED = rx.compile(
    # ("The singer appears in …": the singer spoken of)
    r"\b(?:(?:[Hh]e|[Ss]he|[Tt]he\s+(?:singer|idol|rapper))\s+(?:also\s+)?"
    r"(?:plays|played|portrays|portrayed|starred\s+as|stars\s+as|"
    r"(?:takes|took)\s+on\s+the\s+(?:role|part)\s+of|"
    # "He first drew notice in B's “S” (2052) as C"
    rf"(?:first\s+)?(?:drew|caught|won)\s+(?:notice|attention)\s+in\s+(?:{M}[’']s\s+)?{M}"
    r"(?:\s*\((?:\d{4}|⟦\d+⟧)\))?\s+as|"
    r"leads\s+as|led\s+as|returns\s+as|returned\s+as|takes\s+the\s+lead\s+as|took\s+the\s+lead\s+as|"
    # "he returned to B as the mapmaker C in “S”"
    rf"(?:returns|returned|comes\s+back|came\s+back)\s+to\s+(?:{M}|the\s+small\s+screen)\s+as|"
    r"(?:makes|made)\s+(?:his|her)\s+(?:[a-z]+\s+)?debut(?:\s+in\s+(?:\d{4}|⟦\d+⟧))?\s+as|"
    r"(?:spent|spends)\s+(?:[a-z]+\s+)?episodes\s+as|"
    r"will\s+(?:play|portray)|"
    # ("in which he also acts, playing the tailor’s apprentice C")
    r"(?:acts|acted),\s+playing|"
    r"(?:appears|appeared)(?:\s+in\s+the\s+(?:[a-z-]+\s+)?(?:drama|series|show)"
    # "appears in the drama’s twelfth episode, which airs on May 22, as C"
    r"(?:[’']s\s+(?:[a-z-]+\s+)?episode(?:,\s+which\s+[^,;⟨]{0,40}?,)?)?)?\s+as|"
    # ("He is cast in that series as C")
    # ("A was cast in a supporting role as C")
    r"(?:is|was)\s+cast(?:\s+in\s+(?:the|that|this)\s+(?:series|drama|show)|\s+in\s+an?\s+"
    r"(?:[a-z-]+\s+)?(?:role|part))?\s+as)|"
    r"(?:[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?(?:turn|stint)"
    # "his turn behind G's drum kit as C": C's place in G too
    rf"(?:\s+behind\s+(?:(?P<kg>{M})[’']s\s+|the\s+)?(?P<kit>drum\s+kit|drums|keyboards?))?"
    r"\s+as)\s+"
    r"(?:(?:the|a|an)\s+)?"
    rf"(?P<desc>(?:[a-z'’-]+\s+|{M}[’']s\s+|{M}\s+(?={_PLACE_NOUN})|[a-z-]+,\s+(?="
    rf"{M})){{0,4}}?)(?P<c>{M})(?![’']s\b)(?!\s+{_PLACE_NOUN})")
# "veteran A is C, the band's leader": an actor "is" the character (a cast list's copula).
_IS_CHARACTER = rx.compile(rf"(?P<noun>\b{_ACTOR_NOUN}|"
                           r"\b(?:[Tt]op|[Ff]irst|[Ss]econd|[Cc]o)-billed\s+|"
                           # "There I was C, the girl at the front of G": a part looked back on
                           rf"\bThere\s+)?(?P<a>{M})"
                           # ("A, the other lead, is the paramedic C")
                           r"(?P<lead>,\s+the\s+(?:other|second|male|female|co-?)\s*lead,|"
                           # ("A, in the second lead role, is C")
                           r",\s+in\s+the\s+(?:other|second|main|leading|title)\s+(?:lead\s+)?role,)?"
                           r"\s+(?P<verb>is|was)\s+"
                           # ("veteran A is the observatory director, C"; "newcomer A is the
                           # pint-sized coxswain C")
                           r"(?P<desc>the\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?:,\s+|\s+(?=⟨)))?"
                           # ("A is her fellow lead, the reluctant model C", "… her leading
                           # man, the ferry purser C")
                           # ("A is the other half of the lead pairing, the vendor C")
                           r"(?P<fellow>(?:(?:her|his)\s+(?:(?:fellow\s+|co-)?lead|leading\s+(?:man|lady))|"
                           r"the\s+other\s+half\s+of\s+the\s+(?:lead\s+)?(?:pairing|pair|couple)),"
                           r"\s+(?:the|a|an)\s+"
                           r"(?:[a-z-]+\s+){0,3})?"
                           rf"(?P<c>{M})(?![’']s)"
                           r"(?=\s*(?:,|\.|\bin\b|$))")
# What a person is off screen: "A is the composer C" sets no actor beside a part.
_OFF_SCREEN_JOB = rx.compile(r"\b(?:composer|director|writer|screenwriter|producer|singer|"
                             r"vocalist|rapper|member|leader|maknae|manager|founder|CEO|"
                             r"songwriter|lyricist|arranger|host|presenter)\b")
# "…, while A is the guitarist C and B plays …": A plays C, the band's guitarist.
# ("… while A is its bassist, C, and …": the same, the part set off)
_PLAYER_NOUN = r"(?:lead\s+)?(?:guitarist|bassist|drummer|keyboardist|vocalist|frontman|frontwoman)"
_IS_THE_PLAYER = rx.compile(rf"(?P<a>{M})\s+(?:is|was)\s+(?:the\s+(?P<desc>{_PLAYER_NOUN})\s+|"
                            rf"its\s+(?P<desc2>{_PLAYER_NOUN}),?\s+)"
                            rf"(?P<c>{M})(?=\s*(?:[,.;]|\band\b|$))")
# "G’s lead singer is C, whom A plays": A plays C, G's lead singer.
_GS_ROLE_IS = rx.compile(rf"(?P<g>{M})[’']s\s+(?P<desc>lead\s+singer|lead\s+vocalist|frontman|"
                         rf"frontwoman|guitarist|bassist|drummer|keyboardist|"
                         # ("G’s bass player is C, whom A plays")
                         # ("G’s lead singer is the pharmacist C, the drama’s leading role,
                         # which A plays": the part's trade, then its billing)
                         rf"(?:bass|keyboard|guitar|drum)\s+player)\s+is\s+(?:the\s+[a-z-]+\s+)?"
                         rf"(?P<c>{M}),\s+(?:whom\s+(?P<a>{M})|the\s+(?:drama|series|show)[’']s\s+"
                         rf"(?:leading\s+|lead\s+|main\s+)?(?:role|part),\s+which\s+(?P<a2>{M}))\s+"
                         r"(?:plays|played|portrays)\b")
# "G’s accordion player is C (A)": C is in G.
_GS_PLAYER_IS = rx.compile(rf"(?P<g>{M})[’']s\s+(?:[a-z-]+\s+)?player\s+(?:is|was)\s+(?P<c>{M})"
                           r"(?=\s*(?:\(|[,.;]|$))")
# An interview's answer to a question that named one person: "He is C, the club's …".
_HE_IS_ANSWER = rx.compile(rf"^\s*[“\"]?(?:He|She)\s+(?:is|plays|played|was)\s+(?P<c>{M}),\s+"
                           r"(?:the|a|an)\s")
# "A's C, the landlord who …, is the character viewers love to hate": A plays C.
_ACTORS_CHARACTER_IS = rx.compile(rf"(?P<a>{M})[’']s\s+(?P<c>{M}),\s+(?:the|a|an)\s+[^⟨;]{{1,80}}?,"
                                  r"\s+is\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:character|role|part)\b")
# "A's C has never sounded better": an actor's character, both already known as such.
_ACTORS_CHARACTER = rx.compile(rf"(?P<a>{M})[’']s\s+(?P<c>{M})")
# "By the second episode he has become the voice of G": the lead vocalist of the band.
_VOICE_OF = rx.compile(rf"(?:(?P<c>{M})|\b(?P<pro>[Hh]e|[Ss]he))\s+(?:has\s+|had\s+)?"
                       r"(?:becomes?|became|is|was)\s+(?:already\s+)?the\s+(?:lead\s+)?voice\s+of\s+"
                       rf"(?P<g>{M})|"
                       # "C, the ticket clerk at X who ends up as the voice of the crew's band, G"
                       rf"(?P<c3>{M}),\s+(?:a|an|the)\s+(?:[^,⟨;]|⟨\d+⟩){{0,80}}?\bwho\s+"
                       # "C, the ticket clerk who is the lead voice of G, a band …"
                       # ("C, a bookkeeper who ends up as the voice out front of G")
                       r"(?:[a-z]+\s+){0,3}?(?:as|is|was)\s+the\s+(?:lead\s+)?voice\s+"
                       r"(?:(?:out|up)\s+front\s+)?of\s+(?:(?:the\s+)?"
                       rf"(?:[a-z-]+[’']s\s+)?band,\s+)?(?P<g3>{M})")
# "… the band's keyboardist, C. A, who plays her, …": A plays the character named last.
_WHO_PLAYS_HER = rx.compile(rf"(?P<a>{M}),\s+who\s+(?:plays|played|portrays|portrayed)\s+"
                            r"(?:her|him)\b")
# "G’s frontman is C, and the drama’s lead, A, plays him as …": A plays C, a lead if so called.
_AND_A_PLAYS_HIM = rx.compile(rf"(?P<c>{M}),\s+and\s+(?:(?P<lead>the\s+(?:drama|series|show)"
                              rf"[’']s\s+(?:lead|star)),\s+)?(?P<a>{M}),?\s+(?:plays|played|portrays|"
                              r"portrayed)\s+(?:him|her)\b"
                              # ("… and B plays her most hopeless pupil": a part, not C)
                              r"(?=\s*[,.;:]|\s*$|\s+(?:as|with|in|on|for|opposite|like|and|but)\b)")
# "credited to actor A, who sings it in character as C, the radio DJ he plays in the series": A
# plays C.
_AS_C_THE_ONE_HE_PLAYS = rx.compile(rf"(?P<a>{M}),\s+who\s+[^;⟨]{{1,50}}?\bas\s+(?P<c>{M}),\s+"
                                    r"the\s+[^,⟨;.]{1,40}?\s+(?:he|she)\s+(?:plays|played|portrays)\b")
# "C, the courier who keeps …, a part that went to A": A plays C.
_A_PART_THAT_WENT_TO = rx.compile(rf"(?P<c>{M}),\s+(?:the|a|an)\s+[^;⟨]{{1,80}}?,\s+a\s+"
                                  rf"(?:part|role)\s+that\s+(?:went|fell)\s+to\s+(?P<a>{M})")
# "G, an indie trio whose guitarist, A, takes the lead vocal here": A is a member of G.
# ("the indie trio G, whose bassist, A, sings lead": the same)
_WHOSE_PLAYER_LEADS = rx.compile(rf"(?:(?P<g>{M}),\s+an?\s+(?:[a-z-]+\s+)?(?:trio|duo|quartet|"
                                 r"quintet|band|group)|\b(?:the|an?)\s+(?:[a-z-]+\s+)?(?:trio|duo|quartet|"
                                 rf"quintet|band|group)\s+(?P<g2>{M}),)\s+whose\s+(?:guitarist|bassist|"
                                 rf"drummer|keyboardist|pianist),\s+(?P<a>{M}),\s+(?:(?:takes|sings|"
                                 r"handles)\s+the\s+lead\s+vocals?|sings\s+lead)\b")
# "C, a ski instructor who ends up as G's lead guitarist": C's role in G.
_ENDS_UP_AS = rx.compile(
    rf"(?P<c>{M}),\s+(?:a|an|the)\s+[^,⟨]{{0,80}}?\bwho\s+(?:[a-z]+\s+){{0,3}}?(?:as|into|becomes|became)\s+"
    rf"(?P<g>{M})[’']s\s+(?:[a-z-]+\s+)?(?P<role>{_ROLE_NOUN})\b")
# "Behind the band's drum kit sits C": the band's drummer.
# "Behind the keyboard sits snack-bar cook C", "The drum kit belongs to C".
_BEHIND_THE_KIT = rx.compile(
    # ("⟨0⟩ the kit sits C": a sentence's first word may be read as a name)
    rf"(?:\b[Bb]ehind|^\s*(?P<w>{M}))\s+(?:(?P<the>the\s+band[’']s)|(?P<g>{M})[’']s|"
    r"(?P<plain>the))\s+"
    r"(?P<inst>drum\s+kit|drums|kit|keyboards?|keys)\s+(?:sits|is|was|sat|will\s+be|stands|stood)\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})|"
    # ("the keyboards go to C, portrayed by D": the same)
    rf"\b[Tt]he\s+(?P<inst2>drum\s+kit|drum\s+stool|drums|keyboards?|bass|guitar)\s+(?:belongs|"
    r"belonged|go|goes|went)\s+to\s+"
    rf"(?P<c2>{M})")
_KIT_PLAYER = {"drum kit": "drummer", "drums": "drummer", "kit": "drummer", "drum stool": "drummer",
               "keyboard": "keyboardist", "keyboards": "keyboardist", "keys": "keyboardist",
               "bass": "bassist", "guitar": "guitarist"}
# "A, whose bassist C gets the second verse": A plays C, the band's bassist.
_WHOSE_ROLE = rx.compile(
    rf"(?P<a>{M}),\s+whose\s+(?:[a-z-]+\s+)?(?P<role>{_ROLE_NOUN})\s+(?P<c>{M})")
# "A, whose character fronts the fictional band G": the character A plays is G's singer.
_WHOSE_CHARACTER = rx.compile(
    rf"(?P<p>{M}),\s+whose\s+character\s+(?:fronts|fronted|leads|led)\s+(?:the\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:(?:band|group)\s+)?(?P<g>{M})")
# "C, a role that went to A": A plays C.
# ("C, the part given to the series’ lead, A": the one who plays it set off by a description)
_ROLE_WENT_TO = rx.compile(rf"(?P<c>{M}),\s+(?:a|the)\s+(?:[a-z-]+\s+)?(?:role|part)\s+(?:that\s+)?"
                           r"(?:went|goes|has\s+gone|was\s+given|given)\s+to\s+(?:the\s+(?:drama|"
                           rf"series|show)[’']s?\s+(?:[a-z-]+\s+)?(?:lead|star|headliner),\s+)?"
                           rf"{_ACTOR_NOUN}?(?P<a>{M})")
# ("…; and the village chief, C, went to A": the part named after its description)
_THE_PART_C_WENT_TO = rx.compile(rf"\bthe\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+,\s+(?P<c>{M}),\s+"
                                 rf"(?:went|fell|has\s+gone)\s+to\s+{_ACTOR_NOUN}?(?P<a>{M})")
# "C, is the first screen role for A": the part an actor takes.
# ("guitarist C is the role that went to A": the same, the part's place in the band before it)
_IS_THE_ROLE_FOR = rx.compile(rf"(?P<c>{M}),?\s+(?:is|was)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?"
                              r"(?:role|part)\s+(?:for|of|(?:that|which)\s+(?:went|fell)\s+to|given\s+"
                              rf"to)\s+{_ACTOR_NOUN}?(?P<a>{M})")
# "C, the youngest baker on the shift; the part went to A": A plays C.
_PART_WENT_TO = rx.compile(rf"(?P<c>{M}),\s+(?:the|a|an)\s+[^⟨;.]{{1,80}};\s+the\s+(?:part|role)\s+"
                           rf"(?:went|goes|has\s+gone|fell)\s+to\s+{_ACTOR_NOUN}?(?P<a>{M})")
# "A's pastry chef, C, talks his way into …": the actor's part, named after a description.
# ("with B as A’s gossiping boss, C": after "as" the possessive is a part's, not an actor's)
_ACTORS_DESCRIBED = rx.compile(
    rf"(?<!\bas\s)(?P<a>{M})[’']s\s+(?P<desc>(?:[a-z-]+\s+){{0,2}}[a-z-]+),\s+(?P<c>{M})"
    r"(?=\s*[,.;]|\s*$)")
# "… with A's grumpy noodle-shop owner C": the actor's part, described before it with no comma
# (both full personal names, the part's written family name first).
_ACTORS_DESCRIBED_PART = rx.compile(
    rf"(?P<a>{M})[’']s\s+(?P<desc>(?:[a-z-]+\s+){{1,3}})(?P<c>{M})(?![’']s)"
    rf"(?=\s*[,.;]|\s+(?:in|who|as|on|at|from|whose)\b|\s*$)")
# what a real person's own people are called ("A's longtime stylist B"): no part
_OWN_PEOPLE = rx.compile(r"\b(?:stylist|assistant|trainer|coach|choreographer|publicist|"
                         r"spokesperson|representative|bodyguard|makeup|vocal|driver)$")
_KOREAN_FULL_NAME = rx.compile(r"[A-Z][a-z]{0,4}\s[A-Z][a-z]+-[a-z]+")
# "A's C, the workshop owner who …": a known actor's part, described after it.
_ACTORS_PART_APPOSED = rx.compile(rf"(?P<a>{M})[’']s\s+(?P<c>{M}),\s+(?:the|a|an)\s+[a-z-]+")
# "A of G is the drummer, C": A plays C, who has that part in the story's band.
_OF_G_IS_THE = rx.compile(rf"(?P<a>{M})\s+of\s+(?P<g>{M})\s+is\s+the\s+(?:band[’']s\s+)?"
                          rf"(?P<role>{_ROLE_NOUN}),\s+(?P<c>{M})")
# "Its singer is C, played by A": the band named before has C on that part.
_ITS_PART_IS = rx.compile(rf"^\s*(?:Its|The\s+band[’']s)\s+"
                          rf"(?P<role>(?:lead\s+)?(?:singer|vocalist)|{_ROLE_NOUN})\s+is\s+"
                          # ("The band’s guitarist is the shed’s bookkeeper, C, …": an aside first)
                          r"(?:the\s+(?:[a-z-]+[’']s\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+,\s+)?"
                          rf"(?P<c>{M})")
# "C ends up as the band's singer more or less by accident": a character's part in the band.
_C_IS_THE_BANDS = rx.compile(rf"(?P<c>{M})\s+(?:(?:ends?|ended)\s+up\s+as|becomes|became|is|was)\s+"
                             rf"the\s+band[’']s\s+(?:[a-z-]+\s+)?"
                             rf"(?P<role>(?:lead\s+)?(?:singer|vocalist)|{_ROLE_NOUN})\b")
# "… shares the lead with A; he is C, the crew chief and the band's guitarist"
_SEMI_HE_IS = rx.compile(rf"(?P<a>{M});\s+(?:he|she)\s+is\s+(?P<c>{M})(?:,\s+[^;.⟨]{{0,60}}?"
                         rf"\bthe\s+band[’']s\s+(?P<role>{_ROLE_NOUN}))?")
# "Lead vocals: " opening a roster's line: the part its character has in the band.
_PART_COLON = rx.compile(r"[ \t]*(?P<p>[A-Z][a-z]+(?:[ \t]+(?:and|&)?[ \t]*[a-z]+){0,3}):[ \t]+")
# "… with A doing his own singing; he stars in the drama as the tailor’s grandson, C": the
# pronoun after the semicolon is the name the clause before ends on.
_SEMI_HE_STARS_AS = rx.compile(rf"(?P<a>{M})(?:\s+[a-z]+){{1,5}};\s+(?:he|she)\s+(?:stars|appears|"
                               r"is\s+cast)\s+in\s+the\s+(?:drama|series|show)\s+as\s+"
                               r"(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:[\w’'-]+,\s+)?"
                               rf"(?P<c>{M})")
# "… is the apprentice C, and the actor under the cap is A": A plays C.
_THE_ACTOR_IS = rx.compile(rf"(?P<c>{M}),?\s+and\s+the\s+(?:actor|actress)\s+(?:[a-z-]+\s+){{0,4}}?"
                           rf"is\s+(?P<a>{M})")
# "A, the actress behind G's singer C, …": A plays C, who has that part in G.
_ACTOR_BEHIND = rx.compile(rf"(?P<a>{M}),\s+the\s+(?:actor|actress|idol|star)\s+behind\s+"
                           rf"(?:(?P<g>{M})[’']s?\s+)?(?:(?P<role>(?:lead\s+)?{_ROLE_NOUN})\s+)?"
                           rf"(?P<c>{M})(?=\s*,)")
# "A, who led “S” as the tea grower C": A plays C in S.
# ("A, who leads the cast of “S” as C, sings …": the same)
_WHO_LED_AS = rx.compile(rf"(?P<a>{M}),\s+who\s+(?:led|leads|headlined|headlines|heads|headed|"
                         r"fronted|fronts|(?:starred|stars|co-stars|co-starred)\s+in)\s+(?:the\s+cast\s+of\s+)?"
                         # ("… as the repairman’s son, C": a possessive and a comma before the name)
                         rf"(?P<s>{M})\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+(?:[’']s)?,?\s+){{0,3}}?"
                         rf"(?P<c>{M})")
# The words that make "A's NOUN, C" a relation between two people, not a part.
_PEOPLE_NOUNS = rx.compile(r"\b(?:co-?stars?|partners?|bandmates?|groupmates?|colleagues?|friends?|"
                           r"seniors?|juniors?|managers?|agents?|agency|label|directors?|husband|"
                           r"wife|mother|father|sisters?|brothers?|sons?|daughters?|fellow|"
                           r"members?|leader|producers?|composers?|writers?|rivals?|fans?|"
                           r"girlfriend|boyfriend|spouse|mentor|teacher|opposite|successor|"
                           # ("plays C’s grandmother, D": a kin of a part is a part)
                           r"grandmother|grandfather|grandson|granddaughter|aunt|uncle|cousin|"
                           r"niece|nephew)$")
# "A gets her first big scene as the band's drummer, C", "A, who has played the band's
# bassist C": the actor's part and its place in the band spoken of.
_AS_THE_BANDS = rx.compile(
    # ("A played the band’s frontwoman, C, and sang the song in character")
    rf"(?:(?P<a>{M}),\s+who\s+(?:has\s+|had\s+)?(?:played|plays|portrays|portrayed)|\bas|"
    rf"(?P<a2>{M})\s+(?:played|plays|portrays|portrayed))\s+"
    rf"(?:the\s+(?:band|group)[’']s|its)\s+(?:[a-z-]+\s+){{0,2}}?(?P<role>(?:lead\s+)?"
    rf"(?:singer|vocalist|drummer|guitarist|bassist|keyboardist|frontman|frontwoman|leader)),?\s+"
    rf"(?P<c>{M})")
# "nobody who watched A play C": A plays C.
_WATCHED_PLAY = rx.compile(rf"\b(?:watched|watching|watch|saw|seen|see)\s+(?P<a>{M})\s+"
                           rf"(?:play|portray)\s+(?P<c>{M})")
# "G is a dance group: A, B, C and I spent years …": the group's members.
_IS_A_GROUP = rx.compile(rf"(?P<g>{M})\s+(?:is|was)\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?"
                         rf"(?:group|band|trio|quartet|quintet|duo)\s*:\s+(?P<list>{NAMES})|"
                         # ("A and B, two of the five members of the boy group G")
                         rf"(?P<list2>{NAMES}),\s+(?:two|three|four|five|both)\s+of\s+the\s+"
                         r"(?:[a-z-]+\s+)?members\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?(?:group|band)\s+"
                         rf"(?P<g2>{M})|"
                         # ("A, who …, is one of G’s four members alongside B, C and D")
                         rf"(?P<a4>{M}),\s+who\s+[^;⟨]{{0,60}}?\bis\s+one\s+of\s+(?P<g4>{M})[’']s\s+"
                         r"(?:(?:two|three|four|five|six|seven|eight|nine)\s+)?members\s+alongside\s+"
                         rf"(?P<list4>{NAMES})|"
                         # ("… among A, B, C, D and E, the five members of G")
                         rf"(?P<list3>{NAMES}),\s+the\s+(?:two|three|four|five|six|seven|eight|nine)\s+"
                         rf"members\s+of\s+(?P<g3>{M})")
# "A is the bakery's owner, C, who …": the actor, a description, then the part.
# ("… and B is her stubborn neighbour, D": a possessive for the article)
_IS_DESCRIBED = rx.compile(rf"(?P<a>{M})\s+is\s+(?:the|his|her|their)\s+(?:[a-z-]+[’']s\s+)?"
                           rf"(?:[a-z-]+\s+){{0,2}}"
                           rf"(?P<desc>[a-z-]+),\s+(?P<c>{M})(?=\s*[,.;]|\s*$)")
# "A, whose role in “S” is G’s drummer, C": A plays C in S (in G, at the place named).
_WHOSE_ROLE_IN = rx.compile(rf"(?P<a>{M}),\s+whose\s+(?:role|part|character)\s+in\s+"
                            rf"(?P<s>{M})\s+is\s+"
                            rf"(?P<desc>(?:{M}[’']s\s+|the\s+)(?:[a-z-]+\s+)?[a-z-]+,?\s+)?(?P<c>{M})")
# "A plays the tailor C and B the customer D": the verb left out for the second pair.
_PLAYS_C_AND_B_THE_D = rx.compile(rf"(?P<a>{M})\s+plays\s+(?:the\s+[a-z-]+\s+)?(?P<c>{M})\s+and\s+"
                                  rf"(?P<b>{M})\s+the\s+(?:[a-z-]+\s+){{1,2}}?(?P<d>{M})")
# "A is C’s grandmother, D, who …": a kin of a part already given is a part, and A plays it.
_IS_PARTS_KIN = rx.compile(rf"(?P<a>{M})\s+is\s+(?P<o>{M})[’']s\s+(?:[a-z-]+\s+){{0,2}}?"
                           r"(?P<desc>grandmother|grandfather|mother|father|sister|brother|son|"
                           r"daughter|aunt|uncle|cousin|niece|nephew|wife|husband|grandson|"
                           rf"granddaughter),\s+(?P<c>{M})(?=\s*[,.;]|\s*$)")
# "The two leads …: A, the orchard owner C, and B, the lawyer D": each lead and the part
# described after the name.
_LEADS_APPOSED = rx.compile(
    r"\b(?:leads|co-leads|stars|cast)\b[^:⟨;]{0,80}:\s+"
    rf"(?P<a>{M}),\s+the\s+(?:[a-z-]+\s+){{1,3}}(?P<c>{M}),\s+and\s+"
    rf"(?P<b>{M}),\s+the\s+(?:[a-z-]+\s+){{1,3}}(?P<d>{M})(?=\s*[,.;]|\s*$)")
# "The drama's leads, A, who plays the controller C, and B, the kite maker D, are …": the
# second lead's part set beside the name, as the first's was by a clause.
_LEADS_AND_APPOSED = rx.compile(
    r"\b(?:leads|co-leads|stars),\s+"
    rf"{M},\s+who\s+(?:plays|played|portrays|portrayed)\s+[^,⟨;]{{0,60}}?{M},\s+and\s+"
    rf"(?P<b>{M}),\s+the\s+(?:[a-z-]+\s+){{1,3}}(?P<d>{M})(?=\s*[,.;]|\s*$)")
# "A of the boy group G makes his acting debut in the part": the part the sentence before
# described.
_DEBUT_IN_PART = rx.compile(rf"(?P<a>{M})(?P<of>\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{M})?\s+"
                            r"(?:makes|made|will\s+make)\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?"
                            r"debut\s+in\s+the\s+(?:part|role)\b")
# "A is C, the night supervisor who …" in a cast guide: an actor is the part described.
_IS_PART_DESCRIBED = rx.compile(rf"(?P<a>{M})\s+is\s+(?P<c>{M}),\s+(?:the|a|an)\s+"
                                r"(?:[a-z-]+\s+){1,3}?(?:who|whose|with)\b")
# "… led by A and B. The former plays C; the latter is D": the first or second of two people.
_FORMER_LATTER = rx.compile(rf"\b[Tt]he\s+(?P<which>former|latter)\s+(?:plays|played|portrays|"
                            rf"portrayed|is|was)\s+(?P<c>{M})(?=\s*[,.;]|\s*$)")
# "A and B share top billing: she is C, …, and he is D": each actor's part, in order.
# ("A and B lead the drama, she as C, …, and he as D": the same, "as" for "is")
# (not "A and B duet on this one, she as C and he as D": singing in character casts no one)
# ("A and B are its two leads: she plays C, …, and he plays D": the same)
_SHE_HE_IS = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:[^:;⟨]{{1,60}}:|"
                        r"(?:lead|star|co-star|headline|front|head|top)\s+[^:;⟨,]{1,40},"
                        r"(?=\s+(?:she|he)\s+as\s))\s+(?:she|he)\s+(?:is|as|plays)\s+"
                        rf"(?P<c>{M})(?:[^;⟨]|{M}){{0,100}}?,?\s+and\s+(?:she|he)\s+(?:is|as|plays)\s+"
                        rf"(?P<d>{M})")
# "A and B play the leads, C, the barista, and D, a tea merchant who …": each in turn.
# ("A and B are the drama’s leads, (as) C, a mechanic who …, and D, …": the same)
_PLAY_THE_LEADS = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:(?:play|played)\s+the\s+"
                             r"(?:two\s+)?leads,|(?:are|were)\s+(?:the\s+(?:drama|series|show)[’']s|"
                             # ("A and B are the stars, as C, a bank auditor …, and D, …")
                             # ("A and B head the drama’s cast as C, a courier …, and D, …")
                             rf"its)\s+(?:two\s+)?leads,(?:\s+as)?|(?:are|were)\s+the\s+(?:two\s+)?stars,\s+as|"
                             r"(?:head|headed|lead|led|top|topped)\s+the\s+(?:(?:drama|series|show)[’']s\s+)?"
                             r"cast\s+as)\s+"
                             # ("A and B play the leads, the watch repairer C and D, a …")
                             rf"(?:the\s+(?:[\w-]+\s+){{1,3}}?)?(?P<c>{M})"
                             rf"(?:,\s+(?:a|an|the)\s+[^⟨;,]{{1,60}},)?\s+and\s+"
                             rf"(?P<d>{M})")
# "The drama is led by A and B, who play C, a chemist who …, and D, …": each in turn.
# ("The drama’s leads, A and B, play C, a courier who …, and D, …": the same, no "who")
_WHO_PLAY_PAIR = rx.compile(rf"(?P<leads>\bleads,\s+)?(?P<a>{M})\s+and\s+(?P<b>{M}),\s+"
                            r"(?:who\s+|(?(leads)|(?!)))(?:play|played)\s+"
                            rf"(?P<c>{M})"
                            rf"(?:,\s+(?:a|an|the)\s+[^⟨;]{{1,80}}?,)?\s+and\s+(?P<d>{M})")
# "C, a tow-truck driver who …, is the lead role, played by A": A plays C.
_IS_THE_LEAD_ROLE = rx.compile(rf"(?P<c>{M}),\s+(?:a|an|the)\s+[^;⟨]{{1,120}}?,\s+is\s+the\s+"
                               rf"(?:lead|main|title|leading)\s+role,\s+played\s+by\s+(?P<a>{M})")
# Who plays a glossary entry's headword: "the role A carries as …", "The drummer, played by
# A", "A, back on television, plays her with …".
_TOPIC_PLAYED = rx.compile(
    rf"\bthe\s+(?:[a-z-]+\s+)?(?:role|part)\s+(?P<a>{M})\s+(?:carries|plays|takes|took|played|has|"
    r"had|gets|got)\b|"
    rf"^\s*The\s+(?:[a-z-]+\s+){{0,3}}?[a-z-]+,?\s+(?:is\s+)?played\s+by\s+(?P<a2>{M})|"
    rf"^\s*(?P<a3>{M})(?:,\s+[^,⟨;]{{1,60}},)?\s+(?:plays|played|portrays)\s+(?:her|him)\b")
# "C, a crane operator who … . A plays her.", "C, the foreman’s son, … He is played by A.", "The
# part went to A": the part that the sentence before, in the same paragraph, opened by
# describing.
_PLAYS_THE_ONE_BEFORE = rx.compile(
    rf"^\s*(?:[Ss]he|[Hh]e)\s+is\s+(?:now\s+|also\s+)?played\s+by\s+(?P<a>{M})|"
    rf"^\s*(?P<a2>{M})(?:,\s+[^,⟨;]{{1,60}},)?\s+(?:plays|played|portrays|portrayed)\s+(?:her|him)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:with|in|as|on|for|opposite)\b)|"
    rf"^\s*[Tt]he\s+(?:part|role)\s+(?:went|goes|has\s+gone|fell|falls)\s+to\s+(?P<a3>{M})")
# How that sentence describes the part: "C, the foreman's son", "C is a crane operator".
_PART_DESCRIBED = rx.compile(r"(?:,\s+|\s+is\s+)(?:the|a|an)\s+(?![^,.;]*\b(?:actor|actress|"
                             r"singer|star|idol|rapper|member|director|writer|host)\b)")
# What a glossary entry's headword, a person, plays: "The series' co-lead plays C".
_TOPIC_PLAYS = rx.compile(rf"^\s*(?:The\s+(?:series|drama|show)[’']s?\s+[a-z-]+|(?:She|He))\s+"
                          rf"(?:plays|played|portrays)\s+(?P<c>{M})(?![’']s)")
# "A and B lead the cast. She plays C, …; he is D, …": the second sentence, and the first.
_SHE_HE_SPLIT = rx.compile(rf"^\s*(?P<p1>She|He)\s+(?:plays|played|portrays|is|was)\s+(?P<c>{M})"
                           rf"(?![’']s)(?:[^;⟨]|{M}){{0,120}};\s+(?:and\s+)?(?P<p2>she|he)\s+"
                           rf"(?:plays|played|portrays|is|was)\s+(?P<d>{M})(?![’']s)")
_PAIR_LEADS = rx.compile(rf"^\s*(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:lead|led|star|starred|head|"
                         r"headed|headline|headlined|top|topped|share|shared|front|fronted)\b")
# "A and B lead the cast: she plays C, …, and he is D, …": the same in one sentence.
# ("The drama stars A and B: she plays the lawyer, C, and he plays the orchard hand, D": the
# same, the drama the subject, each part after its description)
_DESCRIPTION_FIRST = r"(?:the\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+)?"
_PAIR_LEADS_SPLIT = rx.compile(
    # ("A and B share the lead billing: she plays …, and he plays …")
    rf"^\s*(?:(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:lead|led|star|starred|head|headed|headline|"
    r"headlined|top|topped|front|fronted|share|shared)\b[^:;⟨]{0,40}|The\s+(?:drama|series|show)\s+(?:stars|"
    # ("A and B head the cast, he as …, C, and she as D, …": "as" for the verb)
    rf"starred)\s+(?P<a2>{M})\s+and\s+(?P<b2>{M}))[:,]\s+(?P<p1>she|he)\s+"
    rf"(?:plays|played|portrays|is|was|as)\s+{_DESCRIPTION_FIRST}(?P<c>{M})(?![’']s)"
    rf"(?:[^;⟨]|{M}){{0,120}}?[;,]\s+(?:and\s+)?(?P<p2>she|he)\s+(?:plays|played|portrays|is|"
    rf"was|as)\s+{_DESCRIPTION_FIRST}(?P<d>{M})(?![’']s)")
# "She and B are the drama’s leads; he plays D": the other pronoun is B.
_SHE_AND_B = rx.compile(rf"^\s*(?P<p1>She|He)\s+and\s+(?P<b>{M})\s+(?:are|were)\s+[^;⟨]{{0,40}};\s+"
                        rf"(?P<p2>she|he)\s+(?:plays|played|portrays)\s+(?P<d>{M})")
_INSTRUMENT = rx.compile(r"\b(?:behind\s+the\s+(?:drum\s+kit|drums|kit|keyboards?|keys)|"
                         r"(?:picks?|picked|takes?|took)\s+up\s+the\s+(?:bass|guitar|drumsticks|"
                         r"sticks|keyboards?)|"
                         r"on\s+(?:drums|bass|guitar|keys|keyboards?))\b")
# "The actress, who played music teacher C": the person named last.
_THE_ACTOR_PLAYED = rx.compile(
    r"^\s*[Tt]he\s+(?:[a-z-]+\s+)?(?:actor|actress|star|lead|"
    # "The G member, who played the rookie guard C"
    rf"(?:{M}\s+)?(?:member|idol|singer|rapper))\s*(?P<who>,\s+who\s+)?(?:played|plays|"
    rf"portrayed|portrays)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?(?P<c>{M})")
# "C, the grumpy forecaster he played", "C, the first screen role for newcomer A".
_ROLE_APPOSED = rx.compile(
    rf"(?P<c>{M}),\s+(?:the|a|an|his|her)\s+(?:[a-z-]+\s+){{0,3}}?(?:(?P<pro>he|she)\s+"
    rf"(?:played|plays|portrayed|portrays)\b|(?:role|part)\s+(?:for|of|that\s+marks)\s+{_ACTOR_NOUN}?(?P<a>{M}))")
# "A and B, the group's two main vocalists, split the verses": members of the group spoken
# of; "the youngest, C, takes the last chorus" too.
_LIST_APPOSED_ROLE = rx.compile(
    rf"(?P<list>{NAMES}),\s+(?:(?P<g>{M})[’']s|the\s+(?:group|band)[’']s|its|their)\s+"
    r"(?:two|three|four|five)?\s*(?:[a-z-]+\s+)?(?:vocalists|rappers|singers|members|dancers)\b|"
    rf"\b[Tt]he\s+(?:youngest|eldest|oldest|maknae),\s+(?P<p>{M}),|"
    # "…, and the group’s other two, A and B, handled the hook"
    rf"\bthe\s+(?:group|band|quartet|quintet|trio)[’']s\s+other\s+(?:two|three|four|members?),\s+"
    rf"(?P<list2>{NAMES}),")
# "A is his co-lead. Her character, the nursery's bookkeeper C, …": the person the sentence
# before opened with plays C.
_HER_CHARACTER = rx.compile(rf"^\s*(?:[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?character,?\s+"
                            rf"(?:(?:the|a|an)\s+(?:[^,⟨;]|{M}[’']s){{0,60}}?\s)?(?P<c>{M})")
# "A, C in the drama, steps out of character", "A, the forecaster C of “S”": an actor set
# beside the character.
_CHARACTER_BESIDE = rx.compile(
    rf"(?P<a>{M}),\s+(?:(?P<c>{M})\s+in\s+the\s+(?:drama|series|show)\b|the\s+(?:[a-z-]+\s+)"
    rf"{{1,2}}(?P<c2>{M})\s+of\s+(?P<s>{M}))")
# "this is the one with A as C", "…, opposite fellow lead A as C": a pairing of actor and role
# ("X stars opposite A as C" is X's role).
# ("played C opposite A as D": a name, the part just given, before it)
# ("with veteran actor A as B’s boss, C": two words before the name, a possessive description)
# ("A duets with B as C and D": a duet's voices, read with the songs)
_WITH_AS = rx.compile(rf"(?:(?<!duets\s)(?<!duetted\s)(?<!dueted\s)(?<!sings\s)(?<!sang\s)\bwith|"
                      rf"(?<=,\s)opposite|(?<=⟩\s)opposite)\s+"
                      r"(?:(?:fellow\s+|veteran\s+)?"
                      rf"(?:lead|co-star|co-lead|actor|actress|newcomer|veteran)\s+)?(?P<a>{M})\s+as\s+"
                      r"(?:(?:the|a|an|his|her|their)\s+)?"
                      # "with A as guitarist C", "with A as G's frontman, C": C's place in G
                      # ("opposite A as his sixth-floor tenant, C": a description set off)
                      rf"(?P<desc>(?:[a-z-]+\s+){{0,3}}?|(?:[a-z-]+\s+){{0,2}}[a-z-]+,\s+|"
                      rf"{M}[’']s\s+(?:[a-z-]+\s+)?"
                      rf"(?:{_ROLE_NOUN}|[a-z-]+),\s+)(?P<c>{M})(?![’']s)"
                      # "with A as the astronomer C and B as D, the projectionist"
                      rf"(?:\s+and\s+(?P<b>{M})\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,3}}?"
                      rf"(?P<d>{M})(?![’']s))?")
_MORE_AS = rx.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<a>{M})\s+as\s+(?:(?:the|a|an)\s+)?"
                      rf"(?P<desc>(?:[a-z-]+\s+){{0,2}}?)(?P<c>{M})(?![’']s)"
                      r"(?P<after>,\s+the\s+band[’']s\s+[a-z]+)?")
# "… nurse D, played by leads A and B respectively": the names pair up in order.
_PLAYED_BY_RESPECTIVELY = rx.compile(
    rf",\s+(?:played|portrayed)\s+by\s+(?:(?:the\s+)?(?:leads|actors|stars|newcomers)\s+)?"
    rf"(?P<a>{NAMES})\s+respectively\b")
# "The series starred A and B as the forecaster C and the storm chaser D": the verb before
# both lists, each character perhaps described.
_DESCRIBED = rf"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}?{M}"
# ("stars A and B as C, a Seoul banker who …, and D, …": a description set off after a part)
_ASIDE = r"(?:,\s+(?:a|an|the)\s+(?:[^⟨;,]|⟨\d+⟩){1,80}?(?=,))?"
_STARRED_PAIRS = rx.compile(
    rf"\b(?:stars|starred|starring|co-stars|co-starring|co-starred)\s+(?P<a>{NAMES})\s+as\s+"
    rf"(?P<c>{_DESCRIBED}{_ASIDE}(?:\s*,\s*{_DESCRIBED}{_ASIDE})*,?\s+and\s+{_DESCRIBED})")
# "A is her co-lead, C, the crew's sulking ex-guitarist": a co-lead named after the noun.
# "Her co-lead, A, is C, a former session player who … plays guitar in the band": the same.
# ("A is his co-star, the food critic C": the part described)
# ("A is her fellow lead, a maths teacher named C who …": the same)
# ("A is her co-lead as the cargo pilot C": the part after "as")
_CO_LEAD = rx.compile(rf"(?P<a>{M})\s+(?:is|was)\s+(?:her|his|their)\s+(?:co-(?:lead|star)|"
                      # ("A is her leading man, C, an indigo dyer …")
                      r"fellow\s+lead|leading\s+(?:man|lady))(?:,|\s+as)\s+(?:the\s+(?:[a-z-]+\s+){1,3}?|an?\s+(?:[a-z-]+\s+){1,3}?"
                      r"(?:named|called)\s+)?"
                      rf"(?P<c>{M})(?=\s*(?:[,.;]|$)|\s+who\b)|"
                      rf"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+co-(?:lead|star),\s+(?P<a2>{M}),\s+"
                      rf"(?:is|was|plays|played)\s+(?P<c2>{M})(?=\s*(?:[,.;]|$))|"
                      # "A, her co-lead, is the guitarist C": a part in the story's band
                      # ("A, her co-lead, takes the role of the guitarist C, a …": the same)
                      rf"(?P<a3>{M}),\s+(?:her|his|their)\s+co-(?:lead|star),\s+(?:is|was|"
                      r"(?:takes|took|plays|played)\s+the\s+(?:role|part)\s+of)\s+"
                      rf"the\s+(?P<role>{_ROLE_NOUN})\s+(?P<c3>{M})(?=\s*(?:[,.;]|$))|"
                      # ("…, with B as her co-star, the snowmaker D")
                      rf"\bwith\s+(?P<a4>{M})\s+as\s+(?:her|his|their)\s+co-(?:lead|star),\s+"
                      rf"(?:the\s+(?:[a-z-]+\s+){{1,3}}?)?(?P<c4>{M})(?=\s*(?:[,.;]|$))")
# "The voice belongs to A, singing in character as C, the band’s frontwoman, whom she played in
# the drama": A (the person named before C) plays C.
_WHOM_SHE_PLAYED = rx.compile(rf"(?P<c>{M})(?:,\s+the\s+[^,⟨;]{{1,40}})?,\s+whom\s+(?:she|he)\s+"
                              r"(?:played|plays|portrayed|portrays)\b")
# "G is led at the microphone by C, a rookie lifeguard …, and the part belongs to A": C the
# band's singer, whom A plays
# ("The voice at the front of The G belongs to C, …, and the part went to the drama’s
# top-billed star, A": the same)
_LED_AT_THE_MIC_BY = rx.compile(rf"(?:(?P<g>{M})\s+is\s+(?:led|fronted)\s+at\s+the\s+"
                                r"(?:microphone|mic)\s+by|^\s*The\s+voice\s+at\s+the\s+front\s+of\s+"
                                rf"(?:[Tt]he\s+)?(?P<g2>{M})\s+(?:belongs|belonged)\s+to)\s+(?P<c>{M})"
                                r"(?:[^;⟨]{0,100}?,\s+and\s+the\s+(?:part|role)\s+"
                                r"(?:belongs|went|goes)\s+to\s+(?:the\s+(?:drama|series|show)[’']s\s+"
                                rf"(?:[a-z-]+\s+){{0,2}}?(?:star|lead),\s+)?(?P<a>{M}))?")
# "The P original “S” casts G’s A as the toll-booth attendant C": A plays C in S
_CASTS_AS = rx.compile(rf"(?P<s>{M})\s+(?:casts|cast)\s+(?:{M}[’']s\s+)?(?P<a>{M})\s+as\s+"
                       rf"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,3}}?(?P<c>{M})")
# "…, staying in character; she played C in the drama": the sentence's subject played C
_SHE_PLAYED_IN_THE_DRAMA = rx.compile(rf";\s+(?:she|he)\s+(?:played|plays|portrayed)\s+"
                                      rf"(?P<c>{M})\s+"
                                      r"in\s+the\s+(?:drama|series|show)\b")
# "A plays the lead, a disgraced hotel chef named C": the lead, then the part's name
_PLAYS_THE_LEAD_NAMED = rx.compile(rf"(?P<a>{M})\s+(?:plays|played|takes|took)\s+the\s+(?:lead|"
                                   r"title\s+role|main\s+role|lead\s+role),\s+an?\s+"
                                   rf"(?:[\w-]+\s+){{1,4}}?(?:named|called)\s+(?P<c>{M})")
# "At the microphone stands C, the band’s lead singer …; she is played by A": the part the
# clause before named, by the one after the semicolon
_SHE_IS_PLAYED_BY = rx.compile(rf"(?P<c>{M})[^;⟨]{{0,120}};\s+(?:she|he)\s+(?:is|was)\s+"
                               rf"(?:played|portrayed)\s+by\s+(?P<a>{M})")
# "Fronting the band as its singer, C, is A": the part named before the one who plays it
# (a sentence's first word may be read as a name: "⟨0⟩ the band as …")
_FRONTING_IS = rx.compile(rf"^\s*(?:Fronting|Leading|(?P<verb>{M}))\s+the\s+band\s+as\s+its\s+"
                          rf"(?:lead\s+)?(?:singer|vocalist|frontwoman|frontman),\s+(?P<c>{M}),\s+(?:is|was)\s+"
                          rf"(?P<a>{M})")
# "Fronting G is C, …": C is G's lead vocalist
# (the sentence's first word may be read as a name: "⟨0⟩ The ⟨1⟩ is ⟨2⟩")
# ("Singing at the front of The G is C, …, and the role is carried by the series’ headliner,
# A": the same, and A plays C)
_FRONTING_G_IS = rx.compile(rf"^\s*(?:Fronting|(?P<verb>{M}))\s+"
                            r"(?P<front>at\s+the\s+front\s+of\s+)?"
                            rf"(?:[Tt]he\s+)?(?P<g>{M})\s+(?:is|was)\s+(?P<c>{M})"
                            r"(?:[^;⟨]{0,100}?,\s+and\s+the\s+(?:role|part)\s+is\s+(?:carried|played|"
                            r"taken|held)\s+by\s+(?:the\s+(?:drama|series|show)[’']s?\s+"
                            rf"(?:[a-z-]+\s+){{0,2}}?(?:headliner|star|lead),\s+)?(?P<a>{M}))?")
# "Out front as the singer is C": C is the lead vocalist of the band spoken of.
_OUT_FRONT_IS = rx.compile(r"^\s*(?:Out|Up)\s+front\s+as\s+(?:the|its)\s+(?:lead\s+)?"
                           rf"(?:singer|vocalist)\s+(?:is|was)\s+(?P<c>{M})")
# "… and A fills the keyboard seat as C": A plays C, the band's keyboardist.
_FILLS_SEAT = rx.compile(rf"(?P<a>{M})\s+(?:fills|filled|takes|took|occupies|occupied)\s+the\s+"
                         r"(?P<inst>keyboard|drum|bass|guitar)\s+(?:seat|stool|spot|chair)\s+as\s+"
                         rf"(?P<c>{M})")
# "on bass", "on keyboards": a player's place in a band, after the part's name.
_ON_KIT = r"on\s+(?:guitar|bass|drums|keys|keyboards?|piano)\b"
# "After him come the bassist, C (A), and D on keyboards (B)": each part in the story's band
# spoken of, its player in brackets.
_PLACE_PART_PLAYER = rx.compile(rf"(?:\b(?:the|its|their)\s+(?P<role>{_ROLE_NOUN}),\s+(?P<c>{M})|"
                                rf"(?P<c2>{M})\s+{_ON_KIT})"
                                rf"\s*\((?P<a>{M})\)")
# "A and B are its leads, playing C, a hostel owner …, and D, the surfer …": in order.
_LEADS_PLAYING = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:are|were)\s+(?:its|the\s+"
                            r"(?:drama|series|show)[’']s)\s+(?:two\s+)?leads,\s+playing\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?"
                            rf"(?P<c>{M})(?:,\s+[^⟨;]{{1,80}}?)?,?\s+and\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?"
                            rf"(?P<d>{M})")
# "Its two leads are A, playing C, who …, and B, playing the engineer she cannot pay, D": the
# same, each actor with a participle of their own.
# ("The leads of the drama are A, as C, …, and B, as her landlord, D": "as" for "playing")
_LEADS_ARE_PLAYING = rx.compile(
    rf"\b(?:(?:Its|[Tt]he(?:\s+(?:drama|series|show)[’']s)?)\s+(?:two\s+)?leads"
    # ("The two leads of “S” are A, as the salt farmer’s daughter C, and B, who plays D")
    rf"(?:\s+of\s+(?:the\s+(?:drama|series|show)|⟨\d+⟩))?\s+are|"
    # ("The series has two leads: A, as C, and B, as the foreman, D": the same)
    r"[Tt]he\s+(?:drama|series|show)\s+has\s+two\s+leads:)\s+"
    # ("The two leads are A, as the shelter’s new manager, C, and B, as …": the part's noun
    # set off before its name)
    rf"(?P<a>{M}),\s+(?:playing|as)\s+(?:(?:the|a|an)\s+[^⟨;,]{{1,60}},\s+)?"
    rf"(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<c>{M})(?:,\s+(?:[^⟨;]|⟨\d+⟩){{1,80}}?)?,?\s+and\s+"
    rf"(?P<b>{M}),\s+(?:playing|as|who\s+plays)\s+(?:[^⟨;,]{{1,80}},\s+)?(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}?"
    rf"(?P<d>{M})")
# "Around them are A as the shelter cook, C; B as a ranger, D; and E as F, a photographer …":
# each item after the opening, set off by semicolons, an actor and a part.
# (the sentence's first word may be read as a name: "⟨0⟩ them are …")
_AROUND_THEM_ARE = rx.compile(r"^\s*(?:Around|Alongside|Beside|(?P<w>⟨\d+⟩))\s+(?:them|her|him)\s+"
                              r"(?:are|were)\s+(?P<rest>[^;]+(?:;[^;]+)+)$")
_AS_ITEM = rx.compile(rf"\s*(?:and\s+)?(?P<a>{M})\s+as\s+(?:(?:the|a|an|her|his)\s+[^;⟨,]{{1,60}},"
                      rf"\s+)?(?P<c>{M})(?![’'])")
# "Opposite her, the male lead A is C, the band’s guitarist and …": A plays C.
_THE_LEAD_A_IS = rx.compile(rf"\bthe\s+(?:male|female|other|second)\s+lead,?\s+(?P<a>{M}),?\s+is\s+"
                            rf"(?P<c>{M})(?=\s*[,.;]|\s*$)(?P<desc>,\s+the\s+band[’']s\s+[a-z-]+)?")
# "A is cast as the guest who never checks out, a retired sailor called C": A plays C.
_CAST_AS_CALLED = rx.compile(rf"(?P<a>{M})\s+(?:is|was)\s+cast\s+as\s+[^;⟨]{{1,80}}?\b"
                             rf"(?:called|named)\s+(?P<c>{M})")
# ("A is cast as a buyer for a Seoul department store, C": the part's name after its
# description)
_CAST_AS_DESCRIBED = rx.compile(rf"(?P<a>{M})\s+(?:is|was)\s+cast\s+as\s+(?:a|an|the)\s+"
                                rf"(?:[^;⟨,]|⟨\d+⟩){{1,60}}?,\s+(?P<c>{M})(?=\s*[;.]|\s*$|,?\s+and\s)")
# "A has the lead role, the diner’s night cook C": A is the drama's lead, as C.
_HAS_THE_LEAD_ROLE = rx.compile(rf"(?P<a>{M})\s+(?:has|had|takes|took|landed|lands)\s+the\s+"
                                r"(?:lead|leading|title|main)\s+role,\s+(?:the\s+)?"
                                rf"(?:[\w’'-]+\s+){{0,4}}?(?P<c>{M})(?![’']s)(?=\s*[,.;]|\s*$)")
# "B plays the projectionist C, who doubles as the band’s guitarist": C's place in the band.
_DOUBLES_AS = rx.compile(rf"(?P<c>{M}),\s+who\s+(?:also\s+)?(?:doubles|serves|moonlights)\s+as\s+"
                         r"the\s+band[’']s\s+(?P<role>(?:lead\s+)?(?:guitarist|bassist|drummer|"
                         r"keyboardist|vocalist|singer|frontman|frontwoman))\b")
# "…, and the bass player, C, is portrayed by A": a place in the band spoken of, held by a part
_THE_PLAYER_PLAYED = rx.compile(r"\bthe\s+(?P<role>(?:bass|guitar|keyboard|drum)\s+player|"
                                r"drummer|guitarist|bassist|keyboardist),\s+"
                                rf"(?P<c>{M}),\s+(?:is|was)\s+(?:played|portrayed|brought\s+to\s+"
                                rf"life)\s+by\s+{M}")
# "…, plays guitar in the band": a part in the story's band, said after the character.
_PLAYS_IN_THE_BAND = rx.compile(r"\b(?:plays|played)\s+(?:the\s+)?(?:guitar|bass|drums|keys|"
                                r"keyboards?|piano)\s+(?:in|for)\s+the\s+band\b")
# "A, nominated for the Daesang as salt farmer C", "A, 68, took Best Supporting Actress for
# laundromat owner C": a prize named for a role.
_PRIZE_ROLE = rx.compile(
    # "A, named Best Actor for his guitarist C in “S”"
    rf"(?P<a>{M}),\s+(?:\d{{1,3}},\s+)?(?:(?:nominated|shortlisted|up)\s+for|(?:took|won|picked\s+up|"
    rf"received|collected|claimed|bagged|earned|named|crowned|voted))\s+(?:the\s+)?(?P<aw>{M})"
    r"(?:,\s+[A-Z][a-z]+,?)?\s+"
    r"(?:as|for)\s+(?:(?:her|his)\s+(?:role|portrayal|turn|performance)\s+as\s+|playing\s+)?"
    rf"(?:(?:the|a|an|her|his)\s+)?(?:[a-z-]+\s+){{0,3}}?(?P<c>{M})(?![’']s)")
# "…, moments after he won Best New Actor for C, G's drummer": the one the sentence opens
# with plays C. "She won for playing the wrestler C": the one the sentence before opened with.
_HE_WON_FOR = rx.compile(rf"\b(?:after|when|as)\s+(?:he|she)\s+won\s+{M}\s+for\s+"
                         rf"(?:(?:the|her|his)\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})(?![’']s)|"
                         r"^\s*(?P<pro>She|He)\s+won\s+for\s+playing\s+(?:(?:the|a|an)\s+)?"
                         rf"(?:[a-z-]+\s+){{0,3}}?(?P<c2>{M})(?![’']s)")
_MEMBER_OF_THE_BAND = rx.compile(r"(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?member\s+of\s+the\s+band")
# "… and D", "… and the loan shark D": the second part of a pair read in order
_AND_NEXT_PART = rx.compile(rf"\s+and\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,3}}?{M}")
# "A and B round out the main cast as C's nephew D and the loan shark E": in order.
# "A and B, who play the night-shift driver C and the insomniac pianist D": the same.
_ROUND_OUT_AS = rx.compile(
    rf"(?P<a>{M})\s+and\s+(?P<b>{M})(?:\s+(?:round|rounds|rounded|fill|fills|filled)\s+out\s+the\s+"
    r"(?:[a-z-]+\s+)?(?:cast|line-?up|ensemble)\s+as|,\s+who\s+(?:play|played|portray|portrayed))\s+"
    # ("who play the diner’s owner C and her regular D")
    rf"(?:(?:the|a|an|{M}[’']s)\s+)?(?:[a-z-]+(?:[’']s)?\s+){{0,3}}?(?P<c>{M})(?![’']s),?\s+and\s+"
    rf"(?:(?:the|a|an|her|his|their|{M}[’']s)\s+)?(?:[a-z-]+(?:[’']s)?\s+){{0,3}}?(?P<d>{M})"
    r"(?![’']s)")
# "the pawnbroker C and the debt collector D of “S,” played by A and B": two parts, then their
# two players in the same order.
_PAIR_PLAYED_BY = rx.compile(
    rf"(?:\bthe\s+(?:[a-z-]+\s+){{1,2}}?)(?P<c>{M})\s+and\s+(?:the\s+(?:[a-z-]+\s+){{1,2}}?)"
    rf"(?P<d>{M})(?:\s+(?:of|in|from)\s+{M})?,\s+(?:played|portrayed)\s+by\s+(?P<a>{M})\s+and\s+"
    rf"(?P<b>{M})(?=\s*[,.;]|\s+(?:who|respectively)\b|\s*$)")
# "The romance, led by A as the orchard owner C, …"; "A sings it as her character, the orchard
# owner C": the part A plays.
_LED_BY_AS = rx.compile(
    rf"\b(?:led|headlined|fronted)\s+by\s+(?P<a>{M})\s+as\s+(?:(?:the|a|an)\s+)?"
    rf"(?:[a-z-]+\s+){{0,3}}?(?P<c>{M})(?![’']s)|"
    rf"(?P<a2>{M})\s+(?:sings|sang|performs|performed|records|recorded)\s+(?:it|the\s+song)\s+as\s+"
    rf"(?:his|her|their)\s+character,\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){{0,3}}?)?(?P<c2>{M})"
    r"(?![’']s)")
# "A takes on the bassist C": A plays the part.
_TAKES_ON_THE = rx.compile(rf"(?P<a>{M})\s+(?:takes|took)\s+on\s+the\s+{_ROLE_NOUN}\s+"
                           rf"(?P<c>{M})(?![’']s)")
# "A, whose ferry captain C got the last line of the series": A plays C.
_WHOSE_PART = rx.compile(rf"(?P<a>{M}),\s+whose\s+(?:[a-z-]+\s+){{1,3}}?(?P<c>{M})\s+(?:got|gets|"
                         r"has|had|steals|stole|was|is|wins|won|delivers|delivered)\b")
# "B is lead guitarist C", "drummer C is played by A": a part and its place in the band.
_IS_PLACE = rx.compile(
    rf"(?P<a>{M})\s+is\s+(?:the\s+band[’']s\s+)?(?P<role>(?:lead\s+|rhythm\s+)?(?:guitarist|"
    # ("A is the band’s drummer, the snack-bar owner C": the part described between)
    rf"bassist|drummer|keyboardist)|frontman|frontwoman)(?:,\s+the\s+(?:[a-z-]+\s+){{1,3}}?)?\s*"
    rf"(?P<c>{M})(?![’']s)|"
    rf"(?:^\s*|,\s+(?:and\s+)?)(?P<role2>[Dd]rummer|[Bb]assist|[Gg]uitarist|[Kk]eyboardist)\s+"
    rf"(?P<c2>{M})\s+is\s+played\s+by\s+(?P<a2>{M})")
# "A turns up in episode two as C": a part first seen later in the run.
# ("A turns up in a handful of episodes as C")
_TURNS_UP_AS = rx.compile(rf"(?P<a>{M})\s+(?:turns|turned|shows|showed)\s+up\s+(?:in\s+episode\s+"
                          r"(?:\w+)\s+|in\s+the\s+(?:[a-z-]+\s+)?episode\s+|late\s+|briefly\s+|"
                          r"in\s+(?:a\s+(?:handful|couple)\s+of|a\s+few|two|three|four)\s+episodes\s+)?as\s+"
                          rf"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})(?![’']s)")
# "G’s drummer, a pointsman named C, is portrayed by A": C's place in G (the part read apart).
# ("G’s keyboard player, the deckhand C, is played by A": the same, the part's job before it)
_ROLE_THEN_NAME = rx.compile(rf"(?P<g>{M})[’']s\s+(?P<role>{_ROLE_NOUN}|(?:keyboard|bass|guitar|"
                             r"drum|piano)\s+player),\s+(?:(?:a|an)\s+(?:[a-z-]+\s+){1,2}?named\s+|"
                             rf"the\s+(?:[a-z-]+\s+){{1,2}}?(?={M},\s+(?:is|was)\s+(?:portrayed|played)\s+by\b))"
                             rf"(?P<c>{M})")
# "A sings in character as C, the band’s frontwoman, and B as D, its keyboard player": each
# part's place in the band spoken of, said after it.
# ("… in character as C, who fronts the band": the band's lead singer)
_AS_C_THE_BANDS = rx.compile(rf"\bas\s+(?P<c>{M}),\s+(?:(?:the\s+band[’']s|its|their)\s+"
                             r"(?P<role>(?:lead\s+)?(?:guitarist|bassist|drummer|keyboardist|vocalist|"
                             r"singer|frontman|frontwoman)|(?:keyboard|bass|guitar|drum)\s+player)|"
                             r"who\s+(?P<fronts>fronts|fronted)\s+the\s+band)"
                             r"(?=\s*[,.;]|\s*$)")
# "C, who runs the portrait studio downstairs, is a supporting part for A": A plays C.
_IS_A_PART_FOR = rx.compile(rf"(?P<c>{M}),\s+who\s+[^,⟨;]{{1,60}},\s+is\s+(?:a|the)\s+"
                            rf"(?:[a-z-]+\s+)?(?:part|role)\s+for\s+(?P<a>{M})")
# "The other half of the leading pair, B, is D, the skewer vendor who …": B plays D.
_OTHER_HALF_IS = rx.compile(r"^\s*(?:The\s+other\s+half\s+of\s+the\s+(?:leading|lead)\s+"
                            r"(?:pair|duo)|(?:Her|His)\s+co-lead|The\s+(?:second|other)\s+lead),\s+"
                            rf"(?P<a>{M}),\s+is\s+(?P<c>{M})(?![’']s)")
# "Heading the cast is A, playing C, a canoe instructor who …": A plays C.
# ("⟨0⟩ the cast is A": the sentence's first word may be read as a name)
_HEADING_THE_CAST = rx.compile(rf"^\s*(?:Heading|Leading|Topping|Fronting|⟨\d+⟩)\s+the\s+"
                               rf"(?:cast|bill)\s+(?:is|was)\s+(?P<a>{M}),\s+(?:playing|as)\s+"
                               rf"(?:(?:the|a|an)\s+(?:[a-z-]+\s+){{0,3}}?)?(?P<c>{M})(?![’']s)")
# "A, the group’s youngest, took her first acting job in it, playing the mill’s apprentice, C":
# A plays C.
_FIRST_JOB_PLAYING = rx.compile(rf"(?P<a>{M}),\s+(?:the\s+[^,⟨;]{{1,40}},\s+)?(?:took|takes|landed|"
                                r"lands|got|gets)\s+(?:her|his|their)\s+first\s+(?:acting\s+|screen\s+|"
                                r"drama\s+)?(?:job|role|part)\s+in\s+(?:it|the\s+(?:drama|series|show)|⟨\d+⟩),"
                                r"\s+playing\s+(?:(?:the|a|an)\s+[^⟨;,]{1,40},\s+)?"
                                rf"(?P<c>{M})(?![’']s)")
# "Musical newcomers A and B share the role of C": both play C.
_SHARE_THE_ROLE = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:share|shared|alternate\s+in)\s+"
                             rf"the\s+(?:role|part)\s+of\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}?"
                             rf"(?P<c>{M})(?![’']s)")
# "A and B play (siblings) C and D (respectively)": the lists pair up in order.
_PAIRS = rx.compile(rf"(?P<a>{NAMES})(?:,\s+who)?\s+(?:play|played|portray|portrayed|star\s+as|"
                    r"starred\s+as|"
                    rf"are\s+cast\s+as|were\s+cast\s+as)\s+(?P<desc>(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?)"
                    rf"(?P<c>{NAMES})")
# "A, the youngest member of boy group G, is confirmed as C, and veteran E as postmistress F":
# an announced role past an apposition, and another in the same breath.
_CONFIRMED_AS = rx.compile(
    rf"(?P<a>{M}),\s+(?:the|a|an)\s+[^;]{{0,80}}?,\s+(?:is|was|has\s+been|have\s+been)\s+"
    r"(?:confirmed|cast|tapped|announced|named|set)\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"(?P<c>{M})(?:,?\s+and\s+(?:[a-z-]+\s+)?(?P<e>{M})\s+as\s+(?:(?:the|a|an)\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?(?P<f>{M}))?")
# "A plays C, a tax auditor; B is D, the owner's grandson": the second clause in the same mould.
# ("A plays C, B takes on the role of D, E is F and G plays H": a list of pairs)
# ("A stars as C, a sign-painter …; B is D, the calligrapher who …": the same)
_AND_B_IS = rx.compile(rf"\b(?:plays|portrays|is\s+cast\s+as|stars\s+as)\s+{M}[^;]{{0,100}}?"
                       r"(?:;|,)\s+"
                       rf"(?:and\s+)?(?P<a>{M})\s+is\s+"
                       rf"(?P<c>{M})(?=\s*(?:[,.;]|$)|\s+and\s+{M}\s+(?:plays|is)\b)")
_SINGING_AS = rx.compile(r"\b(?:(?:trade|trades|traded|trading|swap|swaps|swapped|swapping|share|"
                         r"shares|shared|sharing|split|splits|splitting|alternate|alternates|"
                         r"alternated|alternating)\s+"
                         r"(?:the\s+|its\s+|their\s+)?(?:lines|verses|vocals|mic|microphone)|sing|sings|sang|"
                         r"duet|duets|harmoni[sz]e|harmoni[sz]es|"
                         r"(?:carries|carried)\s+the\s+(?:whole\s+|entire\s+)?(?:song|track|number)|"
                         # "B and C adding harmonies as D and E"
                         r"(?:adding|adds|added|add|providing|provides|provided)\s+(?:the\s+)?"
                         r"(?:backing\s+)?(?:harmonies|vocals)|(?:taking|takes|took|take)\s+"
                         r"the\s+(?:lead\s+)?(?:vocals?|verses?|chorus|hook|bridge|lines))\b")
# "2 - leads: A as auditor C and B as farmer's grandson D": a cast line run into a sentence.
_LEADS_AS = rx.compile(r"\b(?P<head>[Ll]eads?|[Cc]ast|[Ss]tarring|[Ss]tars)\s*:\s*")
_ONE_AS = rx.compile(rf"(?P<a>{M})\s+as\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?P<c>{M})")
# "A and B, in the lead roles of florist C and courier D respectively": in order.
_ROLES_OF = rx.compile(
    rf"(?P<a>{M})\s+and\s+(?P<b>{M}),?\s+(?:in|take|took|play|played)\s+the\s+(?P<lead>lead\s+)?"
    rf"roles\s+of\s+(?:[\w'’-]+\s+){{0,3}}?(?P<c>{M})\s+and\s+(?:[\w'’-]+\s+){{0,3}}?(?P<d>{M})")
# "A has the title role: C lends umbrellas …": A plays C.
_TITLE_ROLE = rx.compile(rf"(?P<a>{M})\s+(?:has|plays|takes|took|landed|gets)\s+the\s+title\s+role"
                         rf"\s*[:,]\s*(?:as\s+)?(?:(?:the|a|an)\s+[a-z-]+\s+)?(?P<c>{M})")
# An award's citation: "X is G's A, for C, the drummer of H", "A takes it for her C",
# "X goes to A, pawnbroker C of “S”": A plays C.
# "A, for his surveyor C in B's “S”", "A, for the ferry cook C, who …": the part described
_FOR_ROLE = rx.compile(rf"(?P<a>{M}),\s+for\s+(?:(?:her|his|their|the)\s+(?:[a-z-]+\s+){{0,2}}?)?"
                       rf"(?P<c>{M})(?=\s*[,.;]|\s*$|\s+in\s+{M}[’']s\s)|"
                       rf"(?P<a2>{M})\s+(?:takes|took|accepts|accepted|wins|won|(?:took|takes)\s+"
                       rf"home|collected|collects|picked\s+up|picks\s+up)\s+(?:it|{M})\s+for\s+"
                       rf"(?:her|his)\s+(?P<c2>{M})(?![’']s)|"
                       rf"(?P<a3>{M}),\s+(?:[a-z-]+\s+){{1,2}}(?P<c3>{M})\s+of\s+(?P<s>{M})|"
                       # a ballot: "We had A for C, the proofreader", "went with A for C"
                       rf"\b(?:had|went\s+with|picked|chose|backed|tipped)\s+(?P<a4>{M})\s+for\s+"
                       rf"(?P<c4>{M})(?=\s*,\s+(?:the|a|an)\s)")
# "A, whom viewers know as the band's bassist, C": A plays C, a member of the story's band.
_KNOWN_AS = rx.compile(rf"(?P<a>{M}),\s+whom\s+(?:viewers|fans|audiences|many|most)\s+(?:know|knew|"
                       r"remember)\s+as\s+(?:the\s+(?P<band>band|group)[’']s\s+(?P<role>[a-z]+),?\s+)?"
                       rf"(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})")
# "A as Captain C, who …", "A, who shares top billing with her, as first mate C": a cast
# list's entry without a verb, the actor opening the sentence.
_OPENS_AS = rx.compile(rf"^\s*(?P<a>{M})(?:,\s+who\s[^,⟨]{{1,60}},)?\s+as\s+(?:(?:the|a|an)\s+)?"
                       rf"(?:[a-z-]+\s+){{0,3}}?(?:[A-Z][a-z]+\s+(?=⟨))?(?P<c>{M})(?![’']s)")
# "A of the boy group G, reading for the band's drummer, the deckhand C": at a script
# reading, the part an actor reads is the part he plays.
_READING_FOR = rx.compile(rf"(?P<a>{M})(?P<of>\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{M})?,\s+"
                          r"(?:reading|reads|read|auditioning)\s+for\s+(?:the\s+(?P<band>band|group)[’']s\s+"
                          rf"(?P<role>(?:lead\s+)?{_ROLE_NOUN}),\s+)?(?:(?:the|a|an)\s+)?"
                          rf"(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})(?![’']s)")
# "“T,” A’s solo, was recorded for “S,” in which the group’s youngest member plays the lodger
# C": the member is A, whose solo it is.
_SOLO_MEMBER_PLAYS = rx.compile(rf"{M},\s+(?P<a>{M})[’']s\s+solo,[^;]*?\bin\s+which\s+the\s+"
                                r"(?:group|band)[’']s\s+(?:[a-z-]+\s+){0,2}?member\s+(?:plays|played)\s+"
                                rf"(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})(?![’']s)")
# "…, and A plays her rival on the delivery route, C": A plays C, described first.
_PLAYS_HER_X = rx.compile(rf",\s+and\s+(?P<a>{M})\s+(?:plays|played)\s+(?:her|his|their)\s+"
                          rf"[a-z-]+(?:\s+(?:on|in|at|from)\s+the\s+[a-z-]+(?:\s+[a-z-]+)?)?,\s+"
                          rf"(?P<c>{M})(?=\s*[,.;]|\s*$)")
# "G’s youngest, A, turns up in four episodes as C’s cousin, D": A plays D.
_TURNS_UP_AS_KIN = rx.compile(rf"(?P<a>{M}),?\s+(?:turns|turned)\s+up\s+(?:in\s+(?:[a-z-]+|\d+)\s+"
                          rf"episodes?\s+)?as\s+(?:{M}[’']s\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+,\s+|"
                          rf"(?:the|a|an)\s+(?:[a-z-]+\s+){{1,2}}?)?(?P<c>{M})(?![’']s)")
# "its star, A, whose C sent viewers out to buy brushes": A plays C.
_STAR_WHOSE = rx.compile(rf"\b(?:its|the\s+(?:drama|series|show)[’']s)\s+(?:star|lead),\s+"
                         rf"(?P<a>{M}),\s+whose\s+(?P<c>{M})\s+(?!(?:is|was|are|were|has|had)\b)[a-z]+")
# "the cook C, whom A plays": A plays C. "A, who plays the first mate, sings the whole track
# as C": the part described, then named.
# ("… are handled by C, the part A plays": the same, "the part" for "whom")
# ("… as C, the hotel’s founder, whom A plays in flashbacks": the part described first)
_WHOM_A_PLAYS = rx.compile(rf"(?P<c>{M}),\s+(?:(?:(?:the|a|an)\s+[^,⟨;]{{1,60}},\s+)?whom\s+|"
                           # ("…, a part A plays on screen": the same)
                           r"(?:the|a)\s+(?:part|role|character)\s+"
                           r"(?:that\s+)?)"
                           rf"(?P<a>{M})\s+(?:plays|played|portrays|portrayed)\b|"
                           rf"(?P<a2>{M}),\s+who\s+(?:plays|played|portrays|portrayed)\s+the\s+"
                           r"(?:[a-z-]+\s+){0,2}[a-z-]+,\s+(?:sings|sang|performs|performed|records|"
                           rf"recorded)\s+(?:[a-z]+\s+){{0,3}}?as\s+(?P<c2>{M})")
# "C's actress, A, held down the bass, as her character does for the band": A plays C (and C
# is in the band). "A of G, who spent sixteen episodes as C": A plays C.
_CS_ACTRESS = rx.compile(rf"(?P<c>{M})[’']s\s+(?:actress|actor),\s+(?P<a>{M}),")
_BAND_TOO = rx.compile(r"\bas\s+(?:her|his|their)\s+character\s+(?:does|did)\s+(?:for|in)\s+the\s+"
                       r"band\b")
_SPENT_AS = rx.compile(rf"(?P<a>{M})(?P<of>\s+of\s+{M})?,\s+who\s+spent\s+(?:[a-z-]+\s+){{1,2}}"
                       rf"(?:episodes|weeks|months)\s+as\s+(?P<c>{M})(?![’']s)")
# "A, whose trophy was for C, the mill girl …", "His prize was for C" (the one the sentence
# before opened with), "A, who had been nominated for the surgeon C in …": A plays C.
_PRIZE_WAS_FOR = rx.compile(
    rf"(?:(?P<a>{M}),\s+whose|^\s*(?P<pro>His|Her))\s+(?:trophy|prize|award|win|nomination)\s+"
    r"(?:was|is|came)\s+for\s+(?:(?:the|her|his)\s+(?:[a-z-]+\s+){0,2}?)?"
    rf"(?P<c>{M})(?![’']s)|"
    rf"(?P<a2>{M}),\s+who\s+(?:had\s+been|has\s+been|was|is)\s+nominated\s+for\s+"
    rf"(?:the|her|his)\s+(?:[a-z-]+\s+){{0,2}}?(?P<c2>{M})(?![’']s)")
# "A and B recorded it in character, she as the wrestler C and he as the violin maker D".
_RECORDED_AS_PAIR = rx.compile(
    rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:recorded|sang|sing|record)\s+(?:it|{M})\s+in\s+character,\s+"
    rf"(?:she|he)\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})\s+and\s+(?:she|he)\s+as\s+"
    rf"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<d>{M})")
# "A and B accept Best OST for “T,” which they duet on as C and the violin maker D": in order.
_WHICH_THEY_AS = rx.compile(
    rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+[^;⟨]{{0,40}}?(?:{M}\s+[^;⟨]{{0,20}}?)?{M},\s+which\s+they\s+"
    r"(?:duet|sing|sang|recorded|perform|performed)\s+(?:on\s+)?(?:together\s+)?as\s+"
    rf"(?:the\s+[a-z-]+\s+(?:[a-z-]+\s+)?)?(?P<c>{M})\s+and\s+(?:the\s+[a-z-]+\s+(?:[a-z-]+\s+)?)?"
    rf"(?P<d>{M})")
# "A and B sang “T” as their characters, the controller C and the kite maker D": in order.
_AS_THEIR_CHARACTERS = rx.compile(
    rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:sang|sing|recorded|record|performed|perform)\s+"
    rf"(?:{M}\s+|it\s+)?as\s+their\s+characters,\s+the\s+(?:[a-z-]+\s+){{1,3}}?(?P<c>{M})\s+and\s+"
    rf"the\s+(?:[a-z-]+\s+){{1,3}}?(?P<d>{M})")
# "A, who shares top billing as C, a failed jazz guitarist": A plays C, as a lead.
_BILLED_AS = rx.compile(rf"(?P<a>{M}),\s+who\s+(?:shares|shared|takes|took|gets|got|has|had)\s+"
                        r"(?:top\s+|equal\s+)?(?:billing|the\s+lead|centre\s+stage|center\s+stage)"
                        # ("A, who shares top billing, is C, a retired …": the part, after a comma)
                        r"(?:\s+as|,\s+is)\s+"
                        rf"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,3}}?(?P<c>{M})(?![’']s)")
# "A and B, better known since April as C and D": in order.
_KNOWN_AS_PAIR = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M}),\s+(?:better|also|best)\s+known\s+"
                            rf"(?:[A-Za-z]+\s+){{0,3}}?as\s+(?P<c>{M})\s+and\s+(?P<d>{M})")
# "A, the bathhouse owner C in the drama, sings …": A plays C.
# "A, the night pharmacist C of B's “S”": the same, the drama named (a title in quotes)
_THE_C_IN_THE_DRAMA = rx.compile(rf"(?P<a>{M}),\s+the\s+(?:[\w'’-]+\s+){{0,3}}?(?P<c>{M})\s+"
                                 r"(?:in\s+the\s+(?:drama|series|show)\b|"
                                 rf"(?:in|of)\s+{M}[’']s\s+(?P<s>{M}))")
# "The heart of it is A as C, a clerk who …": a sentence's complement names the actor and part.
# "G member A, in his first acting role, is C, a rider": the same after a parenthetical.
# ("nobody has done better than A as the heiress C in “S”": the same after "than")
_IS_A_AS_C = rx.compile(rf"\b(?:is|was|than)\s+(?P<a>{M})\s+as\s+(?:the\s+(?:[a-z-]+\s+){{0,2}}?)?"
                        rf"(?P<c>{M})(?=\s*[,.]|\s+and\b|\s+in\s+⟨\d+⟩)|"
                        rf"(?P<a2>{M}),\s+in\s+(?:his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?"
                        rf"(?:role|turn|outing|debut),\s+(?:is|plays)\s+(?P<c2>{M})(?=\s*[,.])")
# "which A and B recorded as C and D, the characters they played in S": in order.
_SANG_AS_THEIR_PARTS = rx.compile(
    rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:recorded|record|sang|sing|performed|perform)\s+"
    rf"(?:it\s+|the\s+(?:song|duet|track)\s+)?(?:in\s+character\s+)?as\s+(?P<c>{M})\s+and\s+"
    rf"(?P<d>{M}),\s+the\s+(?:characters|parts|roles)\s+(?:they|the\s+two)\s+(?:played|play)\b")
# "C, a miser with a soft spot for trot, is a role for A": A plays C.
_ROLE_FOR = rx.compile(rf"(?P<c>{M}),\s+(?:a|an|the)\s+[^⟨;]{{0,80}}?,\s+is\s+(?:a|the)\s+"
                       rf"(?:[a-z-]+\s+)?(?:role|part)\s+for\s+(?P<a>{M})")
# "C, the weather reporter A plays with a damp fringe": A plays C.
_THE_ONE_A_PLAYS = rx.compile(rf"(?P<c>{M}),\s+the\s+(?:[\w'’-]+\s+){{1,3}}?(?P<a>{M})\s+"
                              r"(?:plays|played|portrays|portrayed)\b")
# "A, the G member who drums for H on screen as driver C", "A, whose night manager C sings
# lead for the band": the character A plays, and C's place in the band.
_ON_SCREEN_AS = rx.compile(
    # "A, who drums for G on screen as C": the same without the trade
    # "A, who fronted the band as C": the band spoken of
    rf"(?P<a>{M}),\s+(?:the\s+(?:{M}\s+)?(?:member|idol|singer|rapper)\s+)?who\s+(?P<verb>drums|sings\s+lead|"
    r"plays\s+(?:bass|guitar|keys|keyboards)|drummed|sang\s+lead|fronts|fronted|"
    r"played\s+(?:bass|guitar|keys|keyboards))\s+(?:(?:for|in|with)\s+(?P<g>⟨\d+⟩)|"
    r"(?<=fronts\s)the\s+band|(?<=fronted\s)the\s+band)"
    rf"\s+(?:on\s+screen\s+)?as\s+(?:[\w'’-]+\s+){{0,3}}?(?P<c>{M})|"
    # "A, Best Supporting Actress, whose crane operator C played bass in G": a prize between
    rf"(?P<a2>{M})(?:,\s+(?P<prize>{M}))?,\s+(?:\d{{1,3}},\s+)?whose\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<c2>{M})\s+"
    r"(?P<verb2>drums|drummed|sings\s+lead|sang\s+lead|fronts|fronted|"
    r"(?:plays|played)\s+(?:bass|guitar|keys|keyboards))\s+(?:(?:for|in|with)\s+)?"
    r"(?:the\s+band|(?P<g2>⟨\d+⟩))")
_VERB_ROLE = {"drums": "drummer", "sings lead": "lead vocalist", "fronts": "lead vocalist",
              "plays bass": "bassist", "plays guitar": "guitarist", "plays keys": "keyboardist",
              "plays keyboards": "keyboardist", "drummed": "drummer", "sang lead": "lead vocalist",
              "fronted": "lead vocalist", "played bass": "bassist", "played guitar": "guitarist",
              "played keys": "keyboardist", "played keyboards": "keyboardist"}
# A name that is an event's or a prize's, whatever its shape ("Moss Drama Awards").
_EVENT_NAME = rx.compile(r"\b(?:Awards?|Prizes?|Festival|Ceremony|Gala|Chart|Top\s+\d+|Hot\s+\d+|"
                         r"of\s+the\s+Year|Daesang)$|^(?:Best|Most|Top)\s")
#: A player's place in a band, after a name or a possessive.
BAND_ROLES = (r"(?:lead\s+)?(?:singer|vocalist|frontman|frontwoman|bassist|drummer|guitarist|"
              r"keyboardist)")
# "C, the Lanterns’ frontwoman": a band called by the plural of a word of its name.
_NICKNAMED_PLAYER = rx.compile(rf"(?P<c>{M}),\s+the\s+(?P<g>{M})[’']\s+(?P<role>{BAND_ROLES})\b|"
                               # "the Pipes' guitarist, C"
                               rf"\bthe\s+(?P<g2>{M})[’']\s+(?P<role2>{BAND_ROLES}),\s+(?P<c2>{M})")
# "A sings as G’s frontwoman, C": C holds that place in the band G.
# ("… sang in character as the band’s lead singer, C": the band spoken of)
_SINGS_AS_PLAYER = rx.compile(rf"\b(?:sings|sang|singing|performs|performed)\s+(?:it\s+)?"
                              rf"(?:in\s+character\s+)?as\s+(?:(?P<g>{M})|the\s+band)[’']s\s+"
                              rf"(?P<role>{BAND_ROLES}),\s+(?P<c>{M})")
# "Actor A has joined B’s upcoming band drama “S” as C, the drummer of …": a part in S.
_JOINED_AS = rx.compile(rf"(?P<a>{M})\s+(?:has\s+|have\s+)?(?:joined|joins|will\s+join)\s+"
                        rf"(?:the\s+cast\s+of\s+)?(?:{M}[’']s\s+)?(?:[\w-]+\s+){{0,3}}?(?P<s>{M})\s+"
                        rf"as\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})(?![’']s)")
# "A, G’s drummer C, has turned to singing": the actor, then the band's part they played.
_ACTOR_THE_BANDS = rx.compile(rf"(?:^\s*|[,;:]\s+)(?P<a>{M}),\s+(?P<g>{M})[’']s\s+"
                              rf"(?:former\s+|fictional\s+|on-screen\s+)?{BAND_ROLES},?\s+(?P<c>{M}),")
# A part in the band spoken of, set beside a character: "the drummer, the parking attendant C,
# is …", "C, a former church organist and now the band’s reluctant keyboard player".
_PART_NOUN = rf"(?:lead\s+)?(?:{BAND_ROLES}|(?:keyboard|bass|guitar)\s+player)"
_PART_APPOSED = rx.compile(
    # "… belongs to the band's bass player, the cook C, whom A plays"
    rf"\b[Tt]he\s+(?:band[’']s\s+)?(?P<role>{_PART_NOUN}),\s+the\s+(?:[a-z-]+\s+){{1,2}}(?P<c>{M})"
    r"(?=\s*,\s+(?:is|was|whom)\b)|"
    rf"(?P<c2>{M}),\s+(?:a|an|the)\s+[^,⟨⟦;]{{1,50}}?\s+and\s+(?:now\s+)?the\s+band[’']s\s+"
    rf"(?:[a-z-]+\s+)?(?P<role2>{_PART_NOUN})\b|"
    # ("she played C, the band’s frontwoman, and recorded …": the part set off after its name)
    rf"\b(?:played|plays)\s+(?P<c3>{M}),\s+the\s+band[’']s\s+(?P<role3>{_PART_NOUN})(?=\s*,)")
# "C, the attendant whom A played, handled the keyboards", "Behind the kit sat C", "Its voice,
# from the first rehearsal to the last encore, was C": a place in the band spoken of.
_BAND_PLACE = rx.compile(
    # ("…, and C (A) handles the bass": the actor in brackets)
    rf"(?P<c>{M})(?:\s*\(\s*{M}\s*\))?(?:,\s+(?:the|a|an)\s+[^;]{{1,90}}?)?,?\s+(?:who\s+)?"
    r"(?:has\s+|had\s+)?"
    # ("C, an ice-truck driver who joins on bass")
    r"(?:handled|handles|played|plays|manned|mans|thumps|thumped|pounds|pounded|strums|strummed|"
    r"joins\s+on|joined\s+on|"
    # ("C, a driver who plays lead guitar in the band")
    r"took\s+over|takes\s+over)\s+(?:the\s+)?(?:lead\s+)?(?:keyboards?|keys|bass|drums|"
    r"guitar|kit)\b|"
    # "C, who drums for them on upturned washtubs": the band just spoken of
    rf"(?P<c9>{M}),\s+who\s+(?:drums|drummed)\s+for\s+(?:them|the\s+band)\b|"
    # ("C, who sits behind G’s drum kit")
    rf"(?P<c10>{M}),\s+who\s+(?:sits|sat)\s+behind\s+(?:{M}[’']s?|the\s+band[’']s|their|the)\s+"
    r"(?:drum\s+kit|drums|kit|keyboards?)\b|"
    # ("the band’s keyboards are handled by C, the part A plays")
    r"\b[Tt]he\s+band[’']s\s+(?:keyboards?|keys|bass|drums|guitar|kit)\s+(?:is|are|was|were)\s+"
    rf"(?:handled|played|manned)\s+by\s+(?P<c8>{M})|"
    # "C brings his father's guitar on board and has a place in the band by episode 2"
    rf"(?P<c4>{M})\s+(?:[^⟨;.]{{0,80}}?\s+and\s+)?(?:has|had|gets|got|earns|earned|finds|found)\s+"
    r"a\s+(?:place|seat|spot)\s+in\s+the\s+band\b|"
    # "C is the only one in the band who can read music"
    rf"(?P<c5>{M})\s+(?:is|was)\s+(?:the\s+only\s+one|the\s+one|one)\s+in\s+the\s+band\b|"
    # "C, the drummer who keeps the mill's band in time"
    rf"(?P<c6>{M}),\s+the\s+{_PART_NOUN}\s+(?:who|that)\s+[^,;⟨]{{0,40}}?\bband\b|"
    r"\b(?:[Bb]ehind\s+the\s+(?:kit|drums|drum\s+kit)|[Oo]n\s+(?:drums|bass|keys|keyboards|guitar))"
    # ("Behind the drum kit sits the ship’s engineer C")
    rf",?\s+(?:sat|stood|was|sits|stands|is)\s+(?:the\s+(?:[a-z-]+[’']s\s+)?(?:[a-z-]+\s+){{0,2}}?)?"
    rf"(?P<c2>{M})|"
    # "The drums belong to C, a part played by A": a place in the band spoken of
    r"^\s*(?:The|Its|Their)\s+(?:drums|drum\s+kit|kit|bass|keys|keyboards|guitar)\s+"
    rf"(?:belong|belongs|belonged|fall|falls|fell)\s+to\s+(?P<c7>{M})|"
    r"^\s*(?:Its|Their|The\s+band[’']s)\s+(?:lead\s+)?voice(?:,\s+[^,⟨;]{1,60},)?\s+(?:was|is)\s+"
    rf"(?P<c3>{M})")
# "C, a rider who ends up drumming for the band", "C, a clerk who …, ends up as the band’s
# lead vocalist": a place in the band spoken of, reached in the story.
_ENDS_UP_IN_BAND = rx.compile(
    rf"(?P<c>{M}),\s+(?:the|a|an)\s+[^;⟨]{{1,140}}?\b(?:ends|ended)\s+up\s+"
    rf"(?:as\s+the\s+band[’']s\s+(?P<role>{_PART_NOUN})|"
    # ("C, a cashier who ends up fronting G as its singer": the band named)
    rf"(?P<front>fronting)\s+(?P<g>{M})(?:\s+as\s+(?:its|their)\s+(?:lead\s+)?(?:singer|vocalist))?|"
    r"(?P<verb>drumming|singing\s+lead|on\s+(?:bass|drums|guitar|keys|keyboards)|"
    r"playing\s+(?:bass|drums|guitar|keys|keyboards))\s+(?:for|in|with)\s+the\s+band)\b")
_ENDS_UP_ROLE = {"drumming": "drummer", "singing lead": "lead vocalist", "on bass": "bassist",
                 "on drums": "drummer", "on guitar": "guitarist", "on keys": "keyboardist",
                 "on keyboards": "keyboardist", "playing bass": "bassist",
                 "playing drums": "drummer", "playing guitar": "guitarist",
                 "playing keys": "keyboardist", "playing keyboards": "keyboardist"}
# "A plays C, a session player; by the end of the first episode he is G’s guitarist": C's
# place in G, said of the character just introduced.
_THEN_HE_IS_PART = rx.compile(rf";\s+(?:[^;⟨]{{1,60}}?,?\s+)?(?:he|she)\s+"
                              r"(?:is|becomes|was|became)\s+"
                              rf"(?P<g>{M})[’'](?:s)?\s+(?P<role>{BAND_ROLES})\b")
# "C, is the delivery rider who plays guitar in the band": C is in the band spoken of.
_WHO_PLAYS_IN_THE_BAND = rx.compile(rf"(?P<c>{M}),?\s+(?:is|was)\s+(?:a|an|the)\s+[^,⟨;]{{1,60}}?"
                                    r"\bwho\s+(?:plays|played|handles|handled)\s+(?:the\s+)?(?:bass|"
                                    r"guitar|drums|keys|keyboards?)\s+in\s+the\s+band\b")
# "C, a tteok apprentice who keeps time for G with two rice paddles": C is in G.
_KEEPS_TIME_FOR = rx.compile(rf"(?P<c>{M}),\s+(?:a|an|the)\s+[^,⟨;]{{1,60}}?\bwho\s+"
                             r"(?:keeps\s+time|drums|"
                             r"(?:plays|handles)\s+(?:the\s+)?(?:bass|guitar|drums|keys|keyboards?))\s+"
                             rf"(?:for|in|with)\s+(?P<g>{M})")
# "A, a Best New Actress winner at the 2027 X Awards, was its bassist, C": A plays C.
_WAS_ITS_PART = rx.compile(rf"(?P<a>{M}),\s+(?:a|an|the)\s+[^;]{{1,90}}?,\s+(?:was|is)\s+"
                           rf"(?:its|their|the\s+band[’']s)\s+(?:[a-z-]+\s+)?(?P<role>{BAND_ROLES}),\s+"
                           rf"(?P<c>{M})")
# "A, the baby of the five-piece boy group G", "A, another member, reposted it" (of the group
# named last): a member.
_BABY_OF = rx.compile(rf"(?P<p>{M}),\s+the\s+(?:baby|youngest|oldest|eldest|maknae|leader)\s+of\s+"
                      rf"(?:the\s+)?(?:[a-z-]+\s+){{0,3}}(?:group|band)\s+(?P<g>{M})|"
                      # "A, centre, with fellow G members B, C and D": A too
                      rf"(?P<p3>{M})(?:,\s+[a-z]+,)?\s+with\s+fellow\s+(?P<g3>{M})\s+members\b|"
                      rf"(?P<p2>{M}),\s+another\s+member,")
# "C's guitar, played at every G gig", "C's first drum kit, used until G could afford a real
# one", "C played bass for G": a part of the band, said of its instrument.
_INSTRUMENT_OF = rx.compile(
    rf"(?P<c>{M})[’']s\s+(?:[a-z-]+\s+){{0,2}}(?:guitar|bass|drum\s+kit|drums|keyboards?|keys)\b,?\s+"
    rf"(?:played|used)\s+(?:at|in|by|with|until)\s+(?:every\s+)?(?P<g>{M})|"
    rf"(?P<c2>{M})\s+(?:played|plays)\s+(?:the\s+)?(?:bass|guitar|drums|keys|keyboards?)\s+"
    rf"(?:for|in|with)\s+(?P<g2>{M})|"
    # "whose C kept G's bass lines steady"
    rf"(?P<c3>{M})\s+(?:kept|keeps|held|holds)\s+(?P<g3>{M})[’']s\s+(?:bass|guitar|drum|keyboard)")
# "A, the youngest of G's five": a member of G.
_ONE_OF_ITS_N = rx.compile(rf"(?P<p>{M}),\s+(?:the\s+)?(?:youngest|oldest|eldest|tallest|last)\s+"
                           r"of\s+"
                           rf"(?:(?P<g>{M})[’']s\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b|"
                           # "A, the youngest of the five members of boy group G"
                           r"the\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?members\s+"
                           rf"of\s+(?:(?:the\s+)?(?:boy|girl|idol|rock|K-pop)\s+)?(?:group|band)\s+"
                           rf"(?P<g2>{M}))")
# "The four-piece (A, B, C and D) came to …": the members of the group named last.
_NOUN_THEN_LIST = rx.compile(r"\b[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|nine)-piece|"
                             r"duo|"
                             rf"trio|quartet|quintet|sextet|septet|octet|group)\s+\((?P<list>{NAMES})\)")
# "C, their maknae": a member of the group spoken of.
# ("A, the youngest of the girl group’s four members": the same)
_THEIR_MEMBER = rx.compile(rf"(?P<p>{M}),\s+(?:(?:their|the\s+(?:girl\s+|boy\s+)?group[’']s)\s+"
                           r"(?:maknae|leader|youngest|eldest|main\s+vocalist|lead\s+vocalist|main\s+rapper|visual)\b|"
                           r"the\s+(?:youngest|eldest|oldest)\s+of\s+(?:their|the\s+(?:girl\s+|boy\s+)?"
                           r"group[’']s)\s+(?:[a-z]+\s+)?members\b)")
# "A and I were trainees together before she joined G": A is in G.
_SHE_JOINED = rx.compile(rf"\b(?:she|he)\s+(?:officially\s+)?joined\s+(?P<g>{M})")
# "The girl group's four members, A, B, C and D, all sing on it": the group spoken of.
# "G, the quartet of A, B, C and D, whose …": G's members, named in apposition.
_THE_QUARTET_OF = rx.compile(rf"(?P<g>{M}),\s+the\s+(?:[a-z-]+\s+)?(?:duo|trio|quartet|quintet|"
                             rf"sextet|septet)\s+of\s+(?P<list>{NAMES})(?=\s*[,.;]|\s*$)")
# "Girl group G …. G members A and B …, and C, who joined the group last spring, …": C too.
_WHO_JOINED_THE_GROUP = rx.compile(rf"(?P<p>{M}),\s+who\s+(?:joined|rejoined)\s+the\s+"
                                   r"(?:group|band)\b")
#: "All three of G are on it, but only A and B sing": A and B are G's members, and sing it.
ONLY_SOME_SING = rx.compile(rf"\b(?:[Aa]ll|[Bb]oth)\s+(?:\w+\s+)?of\s+(?P<g>{M})\s+(?:are|were)\s+"
                            rf"on\s+(?P<it>it),?\s+but\s+only\s+(?P<list>{NAMES})\s+(?:sing|sang)\b")
# "All three members of the group — A, B and C — appear …", "The trio — A, B and C — released
# it …" (the dashes read as commas): the members of the group spoken of.
MEMBERS_SET_OFF = rx.compile(r"(?:\b[Aa]ll\s+(?:\w+\s+)?members\s+of\s+the\s+(?:group|band|duo|"
                             r"trio|quartet|quintet)|^\s*The\s+(?:duo|trio|quartet|quintet|group|band))"
                             rf"\s*,\s+(?P<list>{NAMES})\s*,(?P<rest>.*)$")
# "…, but only A and B sing on the track", "…, with A and B splitting the verses on the record":
# of those named, the ones who sing the song spoken of.
ONLY_THEY_SING = rx.compile(rf"\bonly\s+(?P<list>{NAMES})\s+(?:sing|sang)\s+on\s+(?:it|the\s+"
                            r"(?:track|record|song|single))\b|"
                            rf"\bwith\s+(?P<list2>{NAMES})\s+(?:splitting|sharing|trading)\s+the\s+"
                            r"(?:verses|vocals|lines)\b")
# "the group’s A, B and C share the vocals": the same, the members named at once.
_THE_GROUPS_MEMBERS = rx.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?group[’']s\s+"
                                 r"(?:(?:two|three|four|five|"
                                 rf"six|seven|eight|nine)?\s*members,?\s+)?(?P<list>{NAMES})"
                                 r"(?=\s*,|\s+[a-z])")
# "… while A and B, the group's rappers, sit this one out": the same, the names first.
_NAMES_THE_GROUPS = rx.compile(rf"(?P<list>{NAMES}),\s+the\s+group[’']s\s+(?:[a-z-]+\s+)?"
                               r"(?:rappers?|vocalists?|singers?|dancers?|members?|leaders?|"
                               r"maknaes?|visuals?|producers?)\b")
# "A and B, two of his groupmates, held up a banner": members of the group he is in.
# "Two of his bandmates from the group, A and B, arrived …": the same, names after.
_SOME_OF_HIS_MATES = rx.compile(rf"(?P<list>{NAMES}),\s+(?:two|three|four|five|six|both|all)\s+"
                                r"of\s+(?:his|her|their)\s+(?:group|band)-?mates\b|"
                                r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth|[Aa]ll)\s+of\s+"
                                r"(?:his|her|their)\s+(?:group|band)-?mates(?:\s+from\s+the\s+"
                                rf"(?:group|band))?,\s+(?P<list2>{NAMES})(?=,)|"
                                # "; his groupmates A and B turned up as customers"
                                r"(?:^|[;,]\s+)(?:his|her|their)\s+(?:group|band)-?mates,?\s+"
                                rf"(?P<list3>{NAMES})(?=,|\s+[a-z])|"
                                # "Three G groupmates, A, B and C, are standing …"
                                r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\s+(?P<g>⟨\d+⟩)\s+"
                                rf"(?:group|band)-?mates,\s+(?P<list4>{NAMES}),")
# "G's main vocalist got a solo spot": a member of G, unnamed, opening the sentence.
_GROUPS_MEMBER_OPENS = rx.compile(rf"^\s*(?P<g>{M})[’']s\s+(?:main\s+|lead\s+|youngest\s+)?"
                                  r"(?:vocalist|singer|rapper|dancer|leader|maknae|member)\s+"
                                  r"(?!⟨)[a-z]")
# An interview's "A, our guitarist C on screen", "C, our singer": the guest's band's players.
_OUR_PLAYER = rx.compile(
    rf"(?P<a>{M}),\s+our\s+(?P<role>{BAND_ROLES})\s+(?P<c>{M})(?:\s+on\s+(?:screen|the\s+show))?"
    rf"(?=\s*[,.;]|\s*$)|(?P<c2>{M}),\s+our\s+(?P<role2>{BAND_ROLES})(?=\s*[,.;]|\s*$)")
# "A and B lead as C, a mail carrier with a guitar, and sorting clerk D": in order.
_PAIR_LEAD_AS = rx.compile(
    # "A and B, who lead the series as C and D, sing it": the same in a relative clause
    # ("A and B, reunited after “S2,” lead the cast as C and D": a participle between)
    rf"(?P<a>{M})\s+and\s+(?P<b>{M})(?:,\s+who|,\s+[a-z]+ed\s+(?:[^,⟨;]|⟨\d+⟩){{1,40}},)?\s+"
    r"(?P<verb>lead|star|co-star|headline|are\s+cast|play|"
    # "A and B head the cast as C …", "A and B lead it as C and D"
    # ("A and B share the lead roles as C, …, and D, …")
    r"head\s+the\s+cast|top(?:ped)?\s+(?:the|its)\s+(?:bill|cast)|share[ds]?\s+(?:the\s+)?top\s+billing|"
    # ("A and B share the lead roles in “S,” as C and D": the drama named between)
    r"share[ds]?\s+the\s+(?:lead|leading|title)\s+roles(?:\s+in\s+⟨\d+⟩)?|"
    r"(?:lead|led|headline|headlined)\s+(?:it|the\s+cast|the\s+series|"
    r"the\s+drama|the\s+show)|"
    # "with A and B in the leads as C and D"
    # ("A and B head the cast, as C, who sells …, and D, the …": a comma before "as", and a
    # relative clause after the first part)
    r"in\s+the\s+(?:leads|lead\s+roles|leading\s+roles|title\s+roles)|"
    # ("A and B are its stars, playing C, …, and D, …")
    r"are\s+(?:its|the\s+(?:drama|series|show)[’']s)\s+(?:two\s+)?(?:stars|leads)(?=,\s+playing\s)),?\s+"
    # ("… as orchard heir C and D": a bare noun before the first part too)
    # ("A and B share top billing as, respectively, C, …, and D")
    # ("A and B headline the drama as rival lifeguards, C and D": a plural noun, then the parts)
    rf"(?:as|(?<=s,\s)playing)(?:,\s+respectively,)?\s+(?:(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){{0,2}}?|"
    rf"(?:[a-z-]+\s+)?[a-z-]+s,\s+)?(?P<c>{M})"
    # ("…, a widow who inherits a failing foundry in K, and D": a place named in the aside)
    # ("…, a K sommelier who comes home …, and D": the place as a modifier)
    rf"(?:,\s+(?:a|an|the|who)\s+(?:[^⟨;]|(?<=\sin\s)⟨\d+⟩|(?<=,\sa\s)⟨\d+⟩){{0,80}}?,)?"
    rf"\s+and\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){{0,3}}?(?P<d>{M})")
_FROM_PLACE = rx.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){1,3}from\s+⟨\d+⟩,\s+")
# "The village head, C, who covets the vines, is A’s role": A plays C.
# ("The drummer in that band, C, is A’s role": C's place in the band spoken of too)
_IS_ACTORS_ROLE = rx.compile(rf"(?:^\s*The\s+(?P<role>{BAND_ROLES})\s+(?:in|of)\s+(?:that|the)\s+"
                             rf"band,\s+)?(?P<c>{M})(?:,\s+(?:who|whose|a|an|the)\s+[^;⟨]{{1,80}}?)?,?\s+(?:is|was)\s+"
                             rf"(?P<a>{M})[’']s\s+(?:role|part|character)\b")
# "drummer C, A’s character, gets …": A plays C (in the band, when a place is named).
_C_ACTORS_CHARACTER = rx.compile(rf"(?:\b(?P<role>bassist|drummer|guitarist|keyboardist|vocalist|"
                                 rf"frontman|frontwoman)\s+)?(?P<c>{M}),\s+(?P<a>{M})[’']s\s+"
                                 r"(?:character|role|part)\s*,")
# "A and B head the cast of the drama, she as C, a weaver’s widow who …, he as D, …": in turn.
_PAIR_SHE_HE_AS = rx.compile(
    # ("A and B carry it as the leads, she as C, …, and he as D": the same)
    rf"(?P<a>{M})\s+and\s+(?P<b>{M})\s+(?:head|headline|lead|top|front|carry)\s+(?:the\s+cast"
    rf"(?:\s+of\s+(?:the\s+(?:drama|series|show)|{M}))?|it|the\s+(?:drama|series|show))"
    r"(?:\s+as\s+(?:the\s+)?(?:two\s+)?leads)?,\s+"
    rf"(?:she|he)\s+as\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?)?(?P<c>{M})"
    r"(?:,\s+(?:a|an|the|who)\s+[^⟨;]{0,80}?)?,\s+(?:and\s+)?(?:he|she)\s+as\s+"
    rf"(?:(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?)?(?P<d>{M})")
# "The drama stars A and B as rival ferry captains C and D": each in turn.
_STARS_PAIR_AS = rx.compile(rf"\bstars\s+(?P<a>{M})\s+and\s+(?P<b>{M})\s+as\s+(?:(?:the|a|an)\s+)?"
                            rf"(?:[a-z-]+\s+){{0,3}}?(?P<c>{M})\s+and\s+(?P<d>{M})")
# "A, whose C is the band's bass player": A plays C, a player in the story's band.
_WHOSE_IS_THE_BANDS = rx.compile(
    rf"(?P<a>{M}),\s+whose\s+(?P<c>{M})\s+is\s+the\s+band[’']s\s+(?P<role>(?:lead\s+)?(?:singer|"
    r"vocalist|frontman|frontwoman|bassist|bass\s+player|drummer|guitarist|keyboardist|"
    r"keyboard\s+player))\b")
# "A, a singer in boy group H by day, who spent the series behind G's drums as C".
_SPENT_BEHIND = rx.compile(
    rf"(?P<a>{M}),\s+(?:[^;⟨]|{M}){{0,80}}?,\s+who\s+spent\s+the\s+(?:series|drama|show|run)\s+"
    rf"behind\s+(?P<g>{M})[’']s\s+(?P<inst>drums|drum\s+kit|keyboards?|keys|bass|guitar)\s+as\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})")
# "C, the singer up front for G": G's lead vocalist.
# ("C, the toll collector who sings up front for the G": the same, said with a verb)
_SINGER_UP_FRONT = rx.compile(rf"(?P<c>{M}),\s+the\s+(?:(?:lead\s+)?singer\s+(?:up\s+front\s+)?"
                              r"(?:for|of|in)|(?:[\w-]+\s+){1,3}?who\s+(?:sings|sang)\s+"
                              rf"(?:lead|up\s+front)\s+(?:for|in|with))\s+(?:[Tt]he\s+)?(?P<g>{M})")
# "A, whose pastry chef C opened and closed the series": A plays C.
# "A, whose ship's cook, C, plays the bass": the part set off by commas.
# (not "G, whose leader, A, sings its chorus": a post in a group is no part)
_WHOSE_C = rx.compile(rf"(?P<a>{M})(?:,\s+(?P<prize>{M}))?,\s+whose\s+"
                      r"(?!(?:[a-z-]+\s+)?(?:leader|maknae|member|vocalist|singer|rapper|frontman|"
                      r"frontwoman|drummer|guitarist|bassist|keyboardist)\b)"
                      r"(?:(?:[a-z-]+(?:[’']s)?\s+){0,2}?[a-z-]+(?P<comma>,)?\s+)?"
                      rf"(?P<c>{M})(?(comma),)\s+"
                      r"(?:[a-z]+ed|[a-z]+s|spent|kept|led|won|ran|sang|took|left|held|stood|"
                      r"became|fought|lost|met|told|made)\b")
#: A prize's name by its opening word ("Best Actress", "Top Excellence Award", "Grand Prize"),
#: told apart from any other name set beside a person's.
PRIZE_NAME = rx.compile(r"(?:Best|Top|Grand)\s")
# ... and in "X went to A for C" also the newcomer's, the excellence and the popularity prizes.
_PART_PRIZE_NAME = rx.compile(r"(?:Best|Top|Grand|Rookie|Excellence|Popularity)\s")
# "Best Actress went to A for C", "A took Best New Actor for C": a prize for playing C.
_PRIZE_FOR_PART = rx.compile(
    rf"(?P<prize>{M})\s+(?:went|goes|has\s+gone)\s+to\s+(?P<a>{M})\s+for\s+(?P<c>{M})(?![’']s)|"
    rf"(?P<a2>{M})\s+(?:took|won|took\s+home|collected|picked\s+up|claimed|earned|bagged|received)"
    rf"\s+(?:the\s+)?(?P<prize2>{M})(?:\s+(?:trophy|award|prize))?\s+for\s+(?P<c2>{M})(?![’']s)")
# "A, the show's guitarist C, followed": A plays C, the story band's player.
_THE_SHOWS_PLAYER = rx.compile(
    # "A, the band’s on-screen singer C, recorded …"
    rf"(?P<a>{M}),\s+the\s+(?:show|series|drama|band)[’']s?\s+(?:on-screen\s+|fictional\s+)?"
    r"(?P<role>(?:lead\s+)?(?:singer|"
    rf"vocalist|frontman|frontwoman|bassist|drummer|guitarist|keyboardist))\s+(?P<c>{M})(?=,|\s*$)")
# "A (guitarist C) stood to her right", "A, the drummer C on the show", "A, whose bassist C
# drew the loudest cheer": the same, the role beside the part.
_ROLE_BESIDE = rx.compile(
    rf"(?P<a>{M})\s*\((?:the\s+)?(?P<role>{BAND_ROLES})\s+(?P<c>{M})\)|"
    rf"(?P<a2>{M}),\s+the\s+(?P<role2>{BAND_ROLES})\s+(?P<c2>{M})\s+(?:on|in)\s+the\s+"
    r"(?:show|series|drama)\b|"
    rf"(?P<a3>{M}),\s+whose\s+(?P<role3>{BAND_ROLES})\s+(?P<c3>{M})\s+[a-z]|"
    # "A, the G member who played BAND’s drummer, C"
    rf"(?P<a4>{M}),\s+the\s+(?:{M}\s+)?(?:member|idol|singer|rapper|actor|actress)\s+who\s+"
    rf"(?:played|plays)\s+(?:(?P<g4>{M})[’']s|the\s+band[’']s)\s+(?P<role4>{BAND_ROLES}),?\s+"
    rf"(?P<c4>{M})|"
    # ("G’s single …, with A, who plays the band’s frontman C, on lead vocals")
    rf"(?P<a5>{M}),\s+who\s+(?:played|plays)\s+the\s+band[’']s\s+(?P<role5>{BAND_ROLES}),?\s+"
    rf"(?P<c5>{M})")
# "… for playing C", "A … drummed his way through S as C", "A, who drummed through the
# series as C": the subject plays C.
_FOR_PLAYING = rx.compile(rf"\bfor\s+(?:playing|portraying)\s+(?:the\s+)?"
                          rf"(?:(?:[a-z-]+|{M}[’']s\s+[a-z-]+),?\s+){{0,4}}?(?P<c>{M})(?![’']s\b)"
                          # "nominated for the “S” manager C": the title only qualifies the part
                          rf"(?:(?:\s+[a-z-]+){{1,2}}\s+(?P<c3>{M}))?|"
                          # "nominated for her C, the cake seller who …"
                          rf"\bnominated\s+for\s+(?:his|her)\s+(?:[a-z-]+\s+){{0,2}}?(?P<c4>{M})(?:,|\.?\s*$)|"
                          r"\b(?:(?:his|her|their)\s+way\s+|(?<=[a-z]ed\s))"
                          rf"through\s+(?:{M}\s+|the\s+(?:series|drama|show|run)\s+)?as\s+"
                          rf"(?:[a-z-]+\s+){{0,2}}?(?P<c2>{M})")
# "Her C, the band’s deadpan bassist, was …": the person named before plays C.
_HER_NAMED_CHARACTER = rx.compile(rf"^\s*(?:Her|His)\s+(?P<c>{M}),\s+(?:the|a|an)\s+")
# "A, who drummed for BAND on screen as C": A plays C, a member of the story's band.
_FOR_BAND_AS = rx.compile(rf"\bwho\s+(?:drummed|sang|strummed|played\s+(?:the\s+)?(?:bass|guitar|"
                          rf"keys|keyboards?|drums|piano))\s+(?:for|in|with)\s+(?P<g>{M})\s+"
                          rf"(?P<screen>on\s+screen\s+|in\s+the\s+(?:series|drama|show)\s+)?as\s+"
                          rf"(?P<c>{M})")
# "A's C" where A is an actor and C a character already named: a role restated.
_ACTORS_ROLE = rx.compile(rf"(?P<a>{M})[’']s\s+(?P<c>{M})")
# "A's C, G's quiet bassist": an actor's character, set off by the character's place in a band.
_ACTORS_MEMBER = rx.compile(rf"(?P<a>{M})[’']s\s+(?P<c>{M}),\s+(?:{M}[’']s|the\s+band[’']s)\s+"
                            rf"(?:[a-z-]+\s+){{0,2}}?(?:{_ROLE_NOUN})\b")
# "The cast includes A as C, B as D".
_CAST_INCLUDES = rx.compile(r"\b(?:cast|line-?up|ensemble)\b(?:[^.;]{0,60}?\b(?:includes|included|"
                            r"including|include|features|featured)\s+|(?:\s+(?:list|is|are))?\s*:\s*)|"
                            # "his bandmates from the show: A as C, …", "Joining him were A as C"
                            r"\b(?:his|her|their)\s+(?:band-?mates|cast-?mates|co-stars)(?:\s+from\s+"
                            r"the\s+(?:show|series|drama))?\s*[:,]\s*|"
                            r"\b[Jj]oining\s+(?:him|her|them)\s+(?:were|are|was|is)\s+")
_PAREN = rx.compile(rf"(?P<c>{M})\s*\((?P<a>{M})\)")
_CAPS_NAME = rx.compile(r"^[A-Z][A-Z0-9&!.-]{2,}(?:\s+[A-Z][A-Z0-9&!.-]+){0,2}$")
_CAST_CUE = rx.compile(r"\b(?:stars|starring|starred|cast|actors?|actress(?:es)?|co-stars|lead|"
                       r"leads|protagonists?)\b")
# "the band was brought to life by A (C), B (D) and …": the actors come first.
_BY_PAIRS = rx.compile(rf"\b(?:brought\s+to\s+life|played|portrayed|embodied)\s+by\s+"
                       rf"(?:{M}\s*\({M}\),?\s+(?:and\s+)?)*$")
# "D plays keys, E drums": an instrument, then the next clause's name, is no role.
_INSTRUMENT_PLAYED = rx.compile(r"(?:the\s+)?(?:keys|keyboards?|bass|guitar|drums|piano|synths?|"
                                r"violin|cello)\s*[,;]")
# ("“T” … played over C's scenes": a song under a scene, no part)
# (not inside a hyphenated word: "the check-in agent C", "the stand-by driver C")
_NOT_DESC = rx.compile(r"(?<!-)\b(?:of|in|at|for|with|on|by|from|to|and|who|which|that|alongside|"
                       r"opposite|beside|besides|including|like|than|during|after|before|while|"
                       r"over|under|behind|throughout)\b(?!-)")

# "G's A", "G's youngest A"; not "G's manager A" or "G's concert in A": those are no members.
_NOT_MEMBER_WORDS = (r"(?:in|at|on|of|for|with|from|to|and|by|manager|agent|ceo|producer|"
                     r"composer|director|fans?|rivals?|friends?|father|mother|sister|brother|"
                     r"boss|teacher|mentor|stylist|choreographer|label|concerts?|shows?|tour)")
_POSSESSIVE = rx.compile(rf"(?P<g>{M})[’']s\s+(?:(?!{_NOT_MEMBER_WORDS}\b)[a-z-]+\s+){{0,2}}"
                         # "G's A and B, who …": both
                         rf"(?P<p>{M})(?:\s+and\s+(?P<q>{M})(?=,\s+who\b)|"
                         # "with G's Ruan and Taeri, and all three …": two stage names
                         # ("it is G’s A and B who sing the hook": the same, a cleft)
                         rf"\s+and\s+(?P<q2>{M})(?=\s*[,.;]|\s*$|\s+(?:trade|share|split|swap|"
                         r"sing|take|who\s+sing)\b))?")
_MEMBER_NOUNS = (r"(?:member|vocalist|singer|rapper|leader|drummer|guitarist|bassist|keyboardist|"
                 r"dancer|maknae|frontman|frontwoman|frontperson|visual|pianist|violinist|"
                 r"producer-member|sub-vocalist|player)")
# "… guitarist C is the role …": a place in a band right before a part's name.
_PLACE_BEFORE = rx.compile(rf"\b(?P<n>{_MEMBER_NOUNS})\s+$", re.I)
# "A and B trade the verses, while their bandmates C and D handle the harmonies": four members
# of the group the sentence (or the one before) names.
_PAIR_AND_THEIR_MATES = rx.compile(rf"(?P<pair>{NAMES})\s+[a-z][^⟨;]{{0,60}}?,?\s+"
                                   # ("…, and their fellow member C takes the chorus")
                                   r"(?:while|and|as|but|with)\s+their\s+(?:fellow\s+)?"
                                   r"(?:(?:band|group)-?mates|(?<=fellow\s)members?)\s+"
                                   rf"(?P<list>{NAMES})")
# "C, the apprentice who hits everything, now G's drummer": a role in G apposed to the name.
_APPOSED_GROUPS_ROLE = rx.compile(rf"(?P<p>{M}),\s+(?:(?:the|a|an)\s+[^,⟨;]{{1,60}},\s+)?"
                                  rf"(?:now|later|soon)\s+(?P<g>{M})[’']s\s+"
                                  rf"(?P<role>(?:lead\s+)?{_MEMBER_NOUNS})\b")
# "A, who fronts G", "A fronts the band G": the band's singer at the front.
_FRONTS = rx.compile(
    # ("C, the youngest twister in the shed, who sings at the front of G": the aside set off)
    rf"(?P<p>{M})(?:\s*\({M}\))?(?:\s*,\s+(?:a|an|the)\s+[^,⟨]{{0,60}}?(?=,?\s+who\b))?(?:\s*,)?\s+"
    # "C, the seller who, by the end of episode three, is singing lead for that band, G"
    r"(?:who(?:,\s+[^,⟨;]{1,40},)?\s+)?(?:also\s+)?(?:(?:ends?|ended)\s+up\s+|goes\s+on\s+to\s+|"
    r"went\s+on\s+to\s+)?"
    r"(?:(?:has|had|have)\s+)?(?:fronts|fronted|fronting|front|"
    r"(?:(?:is|was)\s+)?(?:sings|sang|singing)\s+lead\s+(?:for|in|with)|"
    # "C is the one singing at the front of G"
    r"(?:(?:is|was)\s+the\s+one\s+)?(?:sings|sang|singing)\s+(?:up\s+)?at\s+the\s+front\s+of)\s+"
    r"(?:(?P<the>the\s+(?:[a-z-]+\s+)?band)\b(?!\s*,?\s*⟨)|(?:the\s+|(?:that|this)\s+band,\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:(?:band|group)\s+)?(?P<g>{M})(?:\s+as\s+(?P<c>{M})|"
    # "… fronts the garage band G as its lead vocalist and rhythm guitarist": a second part
    r"\s+as\s+its\s+(?:lead\s+)?(?:vocalist|singer)\s+and\s+(?P<also>(?:[a-z-]+\s+)?"
    r"(?:guitarist|bassist|drummer|keyboardist|pianist))\b)?)")
# "…, and C, the skate mechanic who is its drummer": C plays in the band spoken of.
_WHO_IS_ITS = rx.compile(rf"(?P<p>{M}),\s+(?:a|an|the)\s+[^,⟨;]{{0,60}}?\s+who\s+(?:is|was)\s+"
                         r"its\s+"
                         r"(?P<role>drummer|bassist|guitarist|keyboardist|pianist|keyboard\s+player|"
                         r"bass\s+player)(?=\s*[,.;]|\s*$)")
# "G, fronted by A", "the band G, led by A".
# ("G, the in-story rock band fronted by singer C": the band set off before its noun)
# ("G is a four-piece garage band fronted by C, played by A": "a" too)
# ("the Gs are fronted by lead vocalist C": a band called by its plural)
_FRONTED_BY = rx.compile(rf"(?P<g>{M}),?\s+(?:(?<=,\s)which\s+is\s+|is\s+|was\s+|"
                         r"(?<=\bthe\s⟨\d⟩\s)are\s+|(?<=\bthe\s⟨\d\d⟩\s)are\s+)?"
                         r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:band|group)\s+)?"
                         rf"(?P<verb>fronted|led)\s+by\s+"
                         r"(?:(?<=fronted by )(?:[a-z-]+\s+){1,2}?(?=⟨)|"
                         rf"{_ACTOR_NOUN})?(?P<p>{M})")
# "The band is fronted by C (A)", "… by C, a trainee who …, and A takes on the role": the
# story's band spoken of, and its singer a part someone plays ("It is fronted by C (A)"
# after a sentence on the band: the same).
# "As C he was the bassist of G": the person spoken of plays C, G's bassist.
# "He sings it in character as C, the lovesick postman he plays in the series": the one the
# sentence's "he" is plays C.
_THE_PART_HE_PLAYS = rx.compile(rf"(?P<c>{M}),\s+the\s+(?:[a-z-]+\s+){{0,3}}?(?:he|she)\s+"
                                r"(?:plays|played|portrays|portrayed)\s+in\s+the\s+"
                                r"(?:series|drama|show)\b")
_AS_C_HE_WAS = rx.compile(rf"^\s*As\s+(?P<c>{M}),?\s+(?:he|she)\s+(?:was|is)\s+(?:the\s+|a\s+)?"
                          rf"(?P<role>{_MEMBER_NOUNS})\s+(?:of|in)\s+(?P<g>{M})")
_BAND_FRONTED_BY = rx.compile(rf"(?:\b[Tt]he\s+(?:[a-z-]+\s+)?band|^\s*It)\s+(?:is|was)\s+"
                              rf"fronted\s+by\s+(?P<p>{M})(?P<paren>\s*\({M}\))?")
# "…, with guitarist B singing the harmonies on the chorus": a player of the band named
_PLAYER_WITH = rx.compile(r"\bwith\s+(?:the\s+)?(?:guitarist|bassist|drummer|keyboardist|"
                          r"pianist)\s+"
                          rf"(?P<q>{M})\s+(?:singing|adding|on)\b")
# "C, a washed-out trainee who …, and A takes on the role": A plays C.
_TAKES_THE_ROLE = rx.compile(rf"(?P<c>{M})(?:,\s+(?:an?|the)\s+[^⟨,;]{{0,80}},)?\s+and\s+"
                             rf"(?P<a>{M})\s+(?:takes|took|has\s+taken)\s+on\s+the\s+"
                             r"(?:role|part)(?=\s*[.;]|\s*$)")
# "… and voiced by A in character as frontman C": C sings at the front of the band named.
_IN_CHARACTER_AS_FRONT = rx.compile(rf"\b(?:voiced|sung)\s+by\s+{M}\s+in\s+character\s+as\s+"
                                    rf"(?:its\s+|the\s+band[’']s\s+)?(?:frontman|frontwoman)\s+"
                                    rf"(?P<c>{M})")
# "Frontman A takes the lead vocal, with bassist B adding harmonies; drummer C and guitarist D
# round out the line-up": the four of the band spoken of.
_PLACE_NAMED = rx.compile(rf"(?:^\s*|[,;]\s+|\bwith\s+|\band\s+)(?:[Ff]rontman|[Ff]rontwoman|"
                          rf"[Bb]assist|[Dd]rummer|[Gg]uitarist|[Kk]eyboardist)\s+(?P<p>{M})")
# ("…; guitarist B and drummer C complete the line-up": the same)
_ROUNDS_OUT_LINEUP = rx.compile(r"\b(?:round(?:s|ed)?\s+out|complete[sd]?)\s+the\s+line-?up"
                                r"\s*[.;]?\s*$")
# "G, the four-piece fronted by singer A, with B on guitar, C on bass and D on drums".
# "The band is fronted by vocalist A, with B on guitar, … and E, who joined in 2049, on keys".
# "Its four-piece, G, is fronted by the singer C (A), with D (B) on guitar and E (F) behind
# the drums": the parts, each with its actor in brackets.
_FRONTED_WITH = rx.compile(
    rf"(?:(?P<g>{M}),\s+the\s+(?:[\w-]+\s+)?(?:four-piece|three-piece|five-piece|quartet|trio|"
    r"quintet|band|group)|(?P<the>\b[Tt]he\s+(?:band|group)\s+is)|"
    # ("In the story, G is fronted by its singer, C, with D on guitar, …")
    rf"(?<=,\s)(?P<g2>{M}),?\s+(?:is|was))\s+fronted\s+by\s+"
    rf"(?:(?:the\s+|its\s+)?(?:singer|vocalist),?\s+)?(?P<p>{M})(?:\s*\({M}\))?,\s+with\s+"
    rf"(?P<rest>(?:{M}(?:\s*\({M}\))?(?:,\s+who\s+[^,⟨;]{{1,40}},)?\s+"
    r"(?:on\s+[a-z]+|behind\s+the\s+(?:drums|drum\s+kit|kit|keyboards?))"
    r"(?:,\s+|,?\s+and\s+)?){1,6})")
# ("… takes the role of C on bass": the part's place in the band, after its name)
_ON_AN_INSTRUMENT = rx.compile(rf"\s+{_ON_KIT}")
_ON_INSTRUMENT = rx.compile(rf"(?P<x>{M})(?:\s*\({M}\))?(?:,\s+who\s+[^,⟨;]{{1,40}},)?\s+"
                            r"(?:on\s+(?:guitar|bass|drums|keys|keyboards|piano|synths?)|"
                            r"behind\s+the\s+(?:drums|drum\s+kit|kit|keyboards?))\b")
# "G, the R&B duo of A and B": the duo's two members.
# ("G, the five-member group of A, B, C, D and E": all five)
_PLACED = r"(?:(?:vocalist|guitarist|bassist|drummer|pianist|keyboardist|rapper|singer)\s+)?"
# "credited to the folk duo G, which is made up of A and B": both members.
# ("credited to G, the five-piece boy group of A, B, C, D and E": the same)
# ("G, a four-member group made up of A, B, C and D, is …": the same)
_MADE_UP_OF = rx.compile(rf"(?P<g>{M}),\s+(?:which\s+is\s+made\s+up\s+of|an?\s+(?:(?:two|three|"
                         # ("G, a quartet made up of A, B, C and D": the size's noun)
                         r"four|five|six|seven)-(?:piece|member)\s+)?(?:boy\s+|girl\s+)?(?:group|band|"
                         r"duo|trio|quartet|quintet|sextet)\s+made\s+up\s+of|the\s+(?:(?:two|three|"
                         r"four|five|six|seven)-(?:piece|member)\s+)?(?:boy\s+|girl\s+|idol\s+)?(?:group|band)"
                         rf"\s+of)\s+(?P<list>{NAMES})")
_DUO_OF = rx.compile(rf"(?P<g>{M}),\s+the\s+(?:[\w&-]+\s+|{M}(?:&{M})?\s+)?"
                     r"(?:duo|trio|quartet|quintet|sextet|(?<=-member\s)(?:group|band))"
                     # ("G, the duo of vocalist A and guitarist B": each after a place's noun)
                     rf"\s+of\s+(?P<list>{_PLACED}{M}(?:\s*,\s*{_PLACED}{M})*"
                     rf"(?:,?\s+(?:and|&)\s+{_PLACED}{M})?)")
# "C fronts it as lead vocalist, D handles guitar and E, to the neighbours' horror, sits behind
# the drum kit": the places of the story's band just named.
_TAKES_PLACE = rx.compile(
    rf"(?P<c>{M})(?:\s+|(?=,))(?:(?P<front>fronts\s+(?:it|the\s+band)\s+as\s+(?:its\s+)?(?:lead\s+)?"
    r"(?:vocalist|singer))|handles\s+(?:the\s+)?(?:guitar|bass|drums|keys|keyboards)\b|"
    r"(?:,\s+[^,⟨;]{1,40},\s+)sits\s+behind\s+the\s+drum(?:\s+kit|s)\b|"
    r"(?<=\s)sits\s+behind\s+the\s+drum(?:\s+kit|s)\b)")
# "Their bassist, a delivery rider named C, is played by A": C has that place in the band.
_THEIR_PLACE = rx.compile(r"^\s*(?:Their|Its|The\s+band[’']s)\s+(?P<role>bassist|drummer|guitarist|"
                          r"keyboardist|singer|vocalist)\s*,\s+(?:a|an|the)\s+[^,⟨;]{0,40}?"
                          rf"(?:named|called)\s+(?P<c>{M})")
# "All four screen members are coming back: A, who played the band's lead vocalist C; B, its
# guitarist D; E as the bassist F; and G as the drummer H": a line-up after a colon.
_LINEUP_ITEM = rx.compile(
    rf"(?:(?<=:\s)|(?<=;\s)|(?<=;\sand\s))(?P<a>{M})(?:,\s+who\s+(?:played|plays)\s+|,\s+|\s+as\s+)"
    r"(?:the\s+band[’']s\s+|its\s+|the\s+)?(?P<role>(?:lead\s+)?(?:vocalist|singer)|guitarist|"
    rf"bassist|drummer|keyboardist|frontman|frontwoman)\s+(?P<c>{M})(?=\s*[;.]|\s*$)")
# "A joined G (in 2030)", "A, who joined G": only for a known or hinted group.
# "C, the snack-bar cook who joined the alley's band G".
_JOINED = rx.compile(rf"(?P<p>{M})(?:\s*,\s+(?:the|a|an)\s+[^,⟨]{{0,60}}?(?=\s+who\b))?(?:\s*,)?\s+"
                     # "A debuted with boy group G in 2061"
                     r"(?:who\s+)?(?:officially\s+)?(?:joined|joins|debuted\s+with|debuts\s+with|"
                     r"signs\s+up\s+(?:for|with)|signed\s+up\s+(?:for|with))\s+"
                     rf"(?:the\s+)?(?:[a-z-]+[’']s\s+)?(?:[a-z-]+\s+){{0,2}}?(?:(?:band|group)\s+)?(?P<g>{M})"
                     r"(?!\s+(?:cast|drama|series))")
# "G members A and B".
_MEMBERS_LIST = rx.compile(rf"(?P<g>{M})(?:[’']s)?\s+(?:fellow\s+)?members\s+(?P<list>{NAMES})")
_SIZE = r"(?:duo|trio|quartet|quintet|sextet|septet|octet)"
# "The quartet (A, B, C and D)", "all four members, A, B, C and D, sing …", "C and D, the
# quartet's other two members": the members of the group spoken of (the other two beside the
# people named before them).
_COUNTED_MEMBERS = rx.compile(
    rf"\b[Tt]he\s+{_SIZE}\s+\((?P<list>{NAMES})\)|"
    rf"\b(?:all|All)\s+(?:two|three|four|five|six|seven|eight|nine)\s+members,\s+(?P<list2>{NAMES}),|"
    # "A and B, two of the boy band's five members"
    rf"(?P<list3>{NAMES}),\s+(?:(?:two|three|four|five|six)\s+of\s+)?the\s+(?:boy\s+|girl\s+)?"
    rf"(?:{_SIZE}|group|band)[’']s\s+(?P<other>other\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine)\s+members\b")
# "All four members of the girl group get a line: A and B take the verses, C and D the
# chorus": as many people after the colon as the count says.
_COUNTED_THEN_NAMED = rx.compile(
    r"\b(?:[Aa]ll|[Tt]he|[Ee]ach\s+of\s+the)\s+(?P<n>two|three|four|five|six|seven|eight|nine)\s+"
    rf"members\s+of\s+the\s+(?:(?:girl|boy|idol)\s+)?(?:group|band|{_SIZE})\b[^:⟨;]{{0,60}}:\s+"
    r"(?P<rest>[^;]+)$")
_ROLE_OF = rx.compile(
    rf"(?P<p>{M})(?:\s*\({M}\))?(?:\s*,\s+who\s+[^,]{{0,80}}?,)?(?:\s*,)?\s+(?:(?:is|was)\s+"
    r"(?:better|also|best)\s+known\s+as\s+|who\s+(?:is|was|plays|played)\s+|is\s+|was\s+|"
    r"plays\s+|played\s+|(?:better|also)\s+known\s+as\s+|(?=[a-z-]+\s+(?:[a-z-]+\s+)?of\b))?"
    r"(?:(?:the|a|an|one)\s+)?"
    # ("…, and members in X can watch it": a conjunction is no part's word)
    rf"(?P<role>(?:(?!(?:and|or|but)\s)[a-z-]+\s+){{0,3}}?(?:[a-z]+-turned-)?{_MEMBER_NOUNS})"
    # ("Outside Korea, members in X can watch it": a plural after one name is no part of it)
    r"(?:s(?!\s+in\s))?\s+"
    r"(?:of|in|for)\s+(?:the\s+)?"
    # "C is the lead singer of the crew's band, G": the band's name apposed
    rf"(?:(?:[a-z]+[’']s\s+)?(?:[a-z-]+\s+){{0,3}}(?:band|group|duo|trio|unit),?\s+)?(?P<g>{M})")
# "A, the youngest of G, has …": one of G's members (a sentence's subject; "… for his drummer C,
# the youngest of G" speaks of a part).
_YOUNGEST_OF = rx.compile(rf"^\s*(?P<p>{M}),\s+the\s+(?:youngest|eldest|oldest)\s+of\s+(?P<g>{M}),")
# "“T” is A’s solo single, and the youngest member of G sings it": the member is A, whose
# solo it is.
_SOLO_THEN_MEMBER = rx.compile(
    rf"(?P<p>{M})[’']s\s+solo\s+(?:single|track|song|number|ballad|release)\b[^⟨;]{{0,40}}?,\s+"
    rf"and\s+the\s+(?:youngest|eldest|oldest|newest)\s+member\s+of\s+(?P<g>{M})\s+"
    r"(?:sings|sang|performs|performed|records|recorded|takes|took)\s+it\b")
# "…, alongside leader B and vocalists C, D and E" after "A is the main rapper of G": the
# rest of G's line-up, each name after its part or in a list after a plural part.
_ALONGSIDE_LINEUP = rx.compile(
    rf",\s+alongside\s+(?P<list>(?:(?:fellow\s+)?{_MEMBER_NOUNS}s?\s+)?{M}(?:(?:\s*,\s*|,?\s+and\s+)"
    rf"(?:(?:fellow\s+)?{_MEMBER_NOUNS}s?\s+)?{M})*)(?=\s*[.;]|\s*$|,\s+(?:and|but|while)\s)")
# ("A and B of the girl group G sing “T”": both)
_OF_GROUP = rx.compile(
    rf"(?:(?P<p0>{M})\s+and\s+)?"
    rf"(?P<p>{M})\s*,?\s+(?:a\s+member\s+)?(?:of|from)\s+(?:the\s+)?(?:{M}\s+)?(?:[a-z-]+\s+){{0,2}}"
    rf"(?:group|band)\s+(?P<g>{M})")
_OF = rx.compile(rf"(?P<p>{M})\s+(?:of|from)\s+(?P<g>{M})")
_GROUP_NOUN = r"(?:band|group|trio|duo|quartet|quintet|sextet|septet|unit|outfit|act)"
# "“T” is a G track fronted by the quartet’s twin vocalists, A and B": A and B are in G.
_TRACK_FRONTED_BY = rx.compile(
    rf"(?P<g>{M})\s+(?:track|song|single|number|ballad)\s+(?:fronted|led|sung|voiced)\s+by\s+"
    rf"the\s+(?:{_GROUP_NOUN}|group|band)[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?P<role>vocalists?|singers?|"
    rf"members?|rappers?),\s+(?P<list>{NAMES})")
# "“T,” credited to the duo G, is sung by its two members, A and B": A and B are in G.
_SUNG_BY_ITS_MEMBERS = rx.compile(
    rf"\bcredited\s+to\s+(?:the\s+)?{_GROUP_NOUN}\s+(?P<g>{M}),\s+(?:is|was)\s+sung\s+by\s+"
    rf"(?:its|their)\s+(?:[a-z]+\s+)?members?,\s+(?P<list>{NAMES})")
# "G, the quartet A formed with B, C and D in 2063": the founder and the three are in G.
_FORMED_WITH = rx.compile(
    rf"(?P<g>{M}),\s+the\s+(?:[a-z-]+\s+){{0,2}}?{_GROUP_NOUN}\s+(?:that\s+)?(?P<a>{M})\s+"
    rf"(?:formed|founded|started|put\s+together|set\s+up)\s+with\s+(?P<list>{NAMES})")
# "The band's guitarist, C, was played by A, and its drummer, D, by B": the verb left out.
_GAPPED_PLAYED_BY = rx.compile(rf",\s+by\s+(?P<a>{M})")
_PLAYED_BY_AND = rx.compile(r"\b(?:played|portrayed)\s+by\s+⟨\d+⟩,?\s+and\s+$")
_ROLE_BEFORE = rx.compile(
    rf"(?:(?P<g>{M})(?:[’']s)?|(?P<the>(?:[Tt]he\s+{_GROUP_NOUN}[’']s|\b[Ii]ts|\b[Tt]heir)))\s+"
    rf"(?:(?!lead|main)[a-z]+(?:est|er)?\s+)?(?P<role>(?:lead\s+|main\s+|sub-?\s*)?{_MEMBER_NOUNS})"
    r"(?:\s*,)?\s+"
    rf"(?:(?:[a-z-]+\s+)?(?P<role2>{_MEMBER_NOUNS})\s+)?(?P<p>{M})"
    # "C is its lead vocalist, D plays guitar": D opens a clause of its own
    r"(?!\s+(?:plays|handles|sits|takes|mans|keeps)\s)")
# "G is A, B, C and D", "G, which she leads, is completed by A, B and C": G's line-up (the
# one who leads it too: the person spoken of).
_G_IS_LIST = rx.compile(rf"(?:^|[,;]\s+(?:and\s+)?|\band\s+)(?P<g>{M})"
                        r"(?P<leads>,\s+which\s+(?:she|he)\s+leads,)?\s+(?:is|are)\s+"
                        r"(?:completed\s+by\s+)?"
                        rf"(?P<list>{M}(?:\s*,\s*{M})+,?\s+and\s+{M})(?=\s*[,.;]|$)")
# "C (A), a former piano teacher who becomes G’s lead vocalist": C's place in G.
_WHO_BECOMES = rx.compile(rf"(?P<c>{M})\s*\(\s*{M}\s*\),\s+(?:a|an|the)\s+[^,⟨;]{{0,60}}?\bwho\s+"
                          rf"(?:becomes|became|is|was)\s+(?P<g>{M})[’']s\s+"
                          rf"(?P<role>(?:lead\s+)?{_MEMBER_NOUNS})\b")
# "Drummer C (A) and bassist D (B) round out the line-up": members of the band spoken of.
_ROUND_OUT = rx.compile(r"\b(?:round|rounds|rounded)\s+out\s+the\s+(?:line-?up|band)\b")
_ROLE_PART_PAREN = rx.compile(rf"\b(?P<role>{_MEMBER_NOUNS})\s+(?P<c>{M})\s*\(\s*{M}\s*\)", re.I)
# "In the story, G is a four-piece: C on lead vocals and guitar, drummer D (A), bassist E (B of
# the girl group G2) and C2 on keys": the line-up after the colon.
# ("G has five members: the leader A, plus B, C, D and E": the same, the count said)
# ("In the drama, G is four workers from one salt farm: the raker C, its lead singer; D, who
# plays guitar; …": a count of people, then the line-up)
_PIECE_COLON = rx.compile(rf"(?P<g>{M})\s+(?:(?:is|was)\s+a\s+(?:[\w-]+\s+){{0,2}}?"
                          r"(?:two|three|four|five|six)-piece|has\s+(?:two|three|four|five|six|seven)\s+"
                          r"members|(?:is|are|was|were)\s+(?:two|three|four|five|six|seven)\s+"
                          r"(?:[a-z-]+\s+){0,6}?(?:people|workers|friends|women|men|girls|boys|"
                          r"colleagues|students|brothers|sisters)\b[^:;⟨⟦]{0,40}):\s+")
# One item of such a line-up: the names it opens with, after a description of one or two
# words ("the raker C, its lead singer", "and D, the farm’s bookkeeper, on bass").
_PART_ITEM = rx.compile(rf"\s*(?:and\s+)?(?:the\s+(?:[a-z-]+\s+){{1,2}}?)?(?P<list>{NAMES})"
                        r"(?=,|\s+on\s|\s*[.;]?\s*$)")
# "leader A plus B, C and D", "A (leader), B and C": a line-up of people after the colon.
_PIECE_LIST = rx.compile(rf"(?:(?:the\s+)?(?:leader|maknae|frontman|frontwoman)\s+)?{M}"
                         rf"(?:\s*\([a-z-]+\))?(?:\s*,\s*{M}|,?\s+(?:plus|with|and|along\s+with)\s+{NAMES})+")
_ON_PART = rx.compile(rf"(?P<c>{M})\s+on\s+(?P<what>lead\s+vocals|vocals|keys|keyboards?|drums|"
                      r"bass|guitar)\b")
_ROLE_PART = rx.compile(rf"\b(?P<role>{_MEMBER_NOUNS})\s+(?P<c>{M})"
                        rf"(?:\s*\((?P<a>{M})(?:\s+of\s+the\s+(?:[a-z-]+\s+){{0,2}}(?:group|band)\s+"
                        rf"(?P<g2>{M}))?\))?")
# "The youngest member of the boy group G, he …": the person spoken of is in G.
_MEMBER_OPENS = rx.compile(rf"^\s*(?:The|A)\s+(?:(?:youngest|oldest|eldest|newest|main|lead)\s+)?"
                           r"(?:member|vocalist|rapper|singer)\s+of\s+(?:the\s+)?"
                           rf"(?:[a-z-]+\s+){{0,2}}(?:group|band)\s+(?P<g>{M}),\s+(?:he|she)\b")
# "The two characters belong to G": the parts the sentence before named.
_CHARACTERS_BELONG = rx.compile(rf"^\s*(?:The|Both)\s+(?:two\s+|three\s+)?(?:characters|roles)\s+"
                                rf"(?:belong|belonged)\s+to\s+(?:the\s+)?(?P<g>{M})")
# "C sings lead and D is its guitarist": their places in the band spoken of.
_SINGS_LEAD = rx.compile(rf"(?:^|[,;]\s+|\band\s+)(?P<c>{M})\s+(?:sings|sang)\s+lead\b")
# ("Its drummer is the ticket puncher C, played by A": the same, the place first)
_IS_ITS_ROLE = rx.compile(rf"(?P<c>{M})\s+(?:is|was)\s+(?:its|their|the\s+band[’']s)\s+"
                          rf"(?P<role>{_MEMBER_NOUNS})\b|"
                          rf"^\s*(?:Its|Their|The\s+band[’']s)\s+(?P<role2>{_MEMBER_NOUNS})\s+"
                          rf"(?:is|was)\s+(?:the\s+(?:[a-z-]+\s+){{1,3}}?)?(?P<c2>{M})")
# "the rhythm section consists of drummer C, played by A, and bassist D, …": band members.
_GAPPED_BY = rx.compile(rf",?\s+and\s+(?:the\s+(?P<role>{_MEMBER_NOUNS})\s+)?(?P<c>{M})\s+by\s+"
                        rf"(?P<a>{M})(?=\s*[,.;]|\s*$)")
_IN_THE_BAND = rx.compile(r"\s*(?:In|Within)\s+the\s+band\b")
_CONSISTS_OF = rx.compile(rf"\b(?:consists|consisted)\s+of\s+(?P<r1>{_MEMBER_NOUNS})\s+(?P<c1>{M})"
                          rf"(?:,[^,⟨]*(?:{M})?[^,⟨]*)?,?\s+and\s+(?P<r2>{_MEMBER_NOUNS})\s+(?P<c2>{M})")
# "bassist C, a role taken on by newcomer A": A plays C.
# "…, and the bassist, C, is played by A": the band place set off before the part.
# ("The band’s front woman and singer, C, is played by A": the band named, two nouns)
# ("Her guitarist, C, is played by A": the player of the band's singer named before)
_PLACE_APPOSED = rx.compile(rf"(?:^\s*|,\s+(?:and\s+)?|;\s+|\band\s+)(?:(?:[Tt]he|[Ii]ts|"
                            r"[Tt]heir)\s+(?:band[’']s\s+|group[’']s\s+)?"
                            rf"(?P<n>(?:[a-z-]+\s+){{0,3}}?{_ROLE_NOUN})|(?:[Hh]er|[Hh]is)\s+"
                            r"(?P<n2>guitarist|bassist|drummer|keyboardist)),\s+$")
# "The producers cast the ten-year-old A as C, …": those who cast name the player.
_THEY_CAST_AS = rx.compile(rf"\b(?:[Tt]he\s+(?:producers?|directors?|makers|writers?|network|"
                           rf"channel)|[Tt]hey)\s+(?:cast|chose|picked)\s+{_ACTOR_NOUN}?(?P<a>{M})"
                           rf"\s+as\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){{0,3}}?)?(?P<c>{M})(?![’'])")
# "The band’s drummer, C, is A; …": after a place in the band set off, "is" names the player.
_PLACE_IS_ACTOR = rx.compile(rf"(?P<c>{M}),\s+is\s+(?P<a>{M})(?=\s*[;.]|\s*$)")
# "Its lead role, a fund manager named C who …, belongs to A": A plays C (and leads).
# ("…, and the male lead, the night-shift security guard C, belongs to A": the same)
# ("The starring role, C, an immigration officer who …, went to A": the same)
_LEAD_ROLE_BELONGS = rx.compile(rf"\b(?:[Ii]ts|[Tt]he)\s+(?:(?P<lead>lead\s+|main\s+|title\s+|"
                                r"starring\s+|leading\s+)?"
                                rf"role|(?P<lead2>male|female|second|other)\s+lead),\s+[^⟨;]{{0,80}}?(?P<c>{M})[^⟨;]{{0,80}}?,\s+(?:belongs|belonged|went|"
                                rf"goes|fell|falls)\s+to\s+{_ACTOR_NOUN}?(?P<a>{M})")
# "The band’s manager, C, is A’s role", "the tram driver C is A’s role": A plays C.
# ("the bassist C is A’s character": the same)
# ("C, the head lifeguard who …, is A’s role": a description set off between)
# ("C, forever trying to …, is A’s first acting part": any aside, a word or two before the noun)
# ("C, who drives the band to its gigs … but cannot play a note, is A’s role": a long clause)
# ("C, the teenage picker who teaches D to roll leaves, is A’s first screen part": a name in
# a clause of the apposition, which then holds no comma)
_IS_ROLE_OF = rx.compile(rf"(?P<c>{M})(?:,\s+(?:(?:the|a|an)\s+)?[^;⟨]{{1,160}}?,|"
                         r",\s+(?:the|a|an)\s+[^,;⟨]{1,60}?\bwho\b(?:[^,;⟨]|⟨\d+⟩){1,100}?,|,)?"
                         r"\s+is\s+"
                         rf"(?P<a>{M})[’']s\s+(?:(?:first|latest|new|only|debut|acting|screen|"
                         r"television|drama|biggest|second|last|lead|leading|main|supporting)\s+){0,2}"
                         r"(?:role|part|character)\b")
# "C keeps time on the drums, a character handed to A": the part, then who was given it.
_CHARACTER_HANDED_TO = rx.compile(rf"(?P<c>{M})\s+[a-z][^;⟨,]{{0,50}}?,\s+(?:a|the)\s+"
                                  r"(?:role|part|character)\s+(?:handed|given|entrusted)\s+to\s+"
                                  rf"{_ACTOR_NOUN}?(?P<a>{M})")
# "the drums belong to C, a part taken by A": C is the band's drummer.
# ("The keyboards belong to C, A’s part": the same at a sentence's start)
# ("Behind the drum kit sits C, played by A": the same, the part sitting at the kit)
_KIT = r"drums|drum\s+kit|bass|guitar|keyboards?|keys"
# ("the band’s keyboard belongs to the ticket clerk C", "the bass falls to C, a painter …")
_KIT_BELONGS = rx.compile(rf"\b[Tt]he\s+(?:band[’']s\s+)?(?P<kit>{_KIT})\s+"
                          r"(?:belong|belongs|belonged|falls|fell)\s+to\s+"
                          rf"(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?P<c>{M})|"
                          r"^\s*Behind\s+the\s+(?P<kit2>drums|drum\s+kit|keyboards?|keys)\s+"
                          rf"(?:sits|sat|stands|is)\s+(?P<c2>{M})|"
                          # ("The bass is in the hands of C, a role taken by A")
                          rf"\b[Tt]he\s+(?P<kit3>{_KIT})\s+"
                          rf"(?:is|are|was|were)\s+in\s+the\s+hands\s+of\s+(?P<c3>{M})")
# "The rest of G are the drummer C (A), the bassist D (B) and the keytarist E, played by F":
# each part named after a place is in the band.
_THE_REST_OF = rx.compile(rf"^\s*The\s+rest\s+of\s+(?P<g>{M})\s+(?:are|were)\s+(?P<list>[^;]+)")
_PLACE_AND_PART = rx.compile(rf"\bthe\s+(?P<role>[a-z-]+)\s+(?P<c>{M})")
# "as C, a night watchman who bluffs his way into becoming G’s frontman": C's place in G.
_BECOMING_GS = rx.compile(rf"\bas\s+(?P<c>{M}),\s+(?:a|an|the)\s+[^;⟨]{{1,80}}?\b(?:becoming|"
                          rf"becomes|became)\s+(?P<g>{M})[’']s\s+(?P<role>{BAND_ROLES})\b")
# ("C, the band’s keyboard player, is a role taken by A": the same, the place between)
# ("the tractor dealer C is a two-episode cameo by A": the same, a cameo)
_ROLE_TAKEN_BY = rx.compile(rf"(?P<c>{M})(?:,\s+the\s+(?P<place>[^,⟨;]{{1,40}}),)?(?:,|\s+is)\s+"
                            r"a\s+(?:(?:role|part)\s+(?:taken\s+on|played|taken)|"
                            r"(?:[a-z]+-episode\s+|brief\s+|one-scene\s+)?cameo)\s+"
                            r"by\s+(?:(?:newcomer|actor|actress|veteran|singer|rookie)\s+)?"
                            rf"(?P<a>{M})")
# "A voices it in character as C, the band’s lead singer, a role she played in the drama": the
# sentence's subject played C.
_A_ROLE_SHE_PLAYED = rx.compile(rf"^\s*(?P<a>{M})\s+[^;⟨]{{0,60}}?\bas\s+(?P<c>{M})"
                                r"(?:,\s+(?:the|a|an)\s+[^,;⟨]{1,50})?,\s+a\s+(?:role|part)\s+"
                                r"(?:she|he)\s+(?:played|plays|had\s+played)\b")
# "G has five members — A, B, C, D and the leader, E —": each a member of G (the dashes read
# as commas).
# "G is a quintet led by A; B, C, D and E complete the line-up": the leader and the rest.
# ("A leads G, a quintet completed by B, C, D and E": the same, the leader first)
_LED_BY_REST = rx.compile(rf"(?P<g>{M})\s+is\s+an?\s+(?:[\w-]+\s+)?(?:quintet|quartet|trio|duo|"
                          rf"sextet|septet|octet|group|band|act|unit)\s+led\s+by\s+(?P<a>{M})\s*[;,]\s+"
                          rf"(?P<list>{NAMES})\s+(?:complete|completes|round\s+out|make\s+up|fill\s+out)\s+"
                          r"the\s+(?:line-?up|group|band|rest)\b|"
                          rf"(?P<a2>{M})\s+(?:leads|led|fronts|fronted)\s+(?P<g2>{M}),\s+an?\s+"
                          r"(?:[\w-]+\s+)?(?:quintet|quartet|trio|duo|sextet|septet|octet|group|band)\s+"
                          rf"(?:completed|rounded\s+out|filled\s+out|made\s+up)\s+by\s+(?P<list2>{NAMES})")
# "G is a five-man act: A leads it, with B, C, D and E making up the rest": every name after
# the colon is one of G's.
# "Five women make up G: A, who leads the group, and B, C, D and E": every name after the colon.
_MAKE_UP_G = rx.compile(r"^\s*(?:Two|Three|Four|Five|Six|Seven|Eight|Nine)\s+(?:women|men|members|"
                        rf"singers|young\s+(?:women|men))\s+make\s+up\s+(?P<g>{M})\s*:\s+(?P<rest>[^;]+)$")
# "G is a duo of cousins from K, A and B": both are G's.
_DUO_OF_NAMED = rx.compile(rf"(?P<g>{M})\s+(?:is|was)\s+an?\s+(?:duo|trio|quartet|quintet)\s+of\s+"
                           rf"[a-z]+(?:\s+[a-z]+)?(?:\s+from\s+{M})?,\s+(?P<rest>{NAMES})(?=\s*[.;]|\s*$)")
# "A, B, C, D and E make up G": each a member of G, a group by its line-up of people.
_LIST_MAKES_UP_G = rx.compile(rf"^\s*(?P<rest>{M}(?:\s*,\s*{M}){{2,}},?\s+and\s+{M})\s+"
                              rf"(?:make|made)\s+up\s+(?P<g>{M})(?=\s*[,.;]|\s*$)")
# ("G is a quintet: leader A, with B, C, D and E": the same)
_ACT_COLON = rx.compile(rf"(?P<g>{M})\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:act|group|band|"
                        r"unit|outfit|duo|trio|quartet|quintet|sextet|septet)\s*:\s+(?P<rest>[^;]+)$")
# "G’s line-up runs to five: the leader A, B, C, D and E": the same.
_MEMBER_ITEM = (r"(?:(?:the|its|their)\s+(?:leader|maknae|youngest|rapper|main\s+vocalist|"
                rf"lead\s+vocalist),?\s+)?{M}")
_HAS_MEMBERS = rx.compile(
    rf"(?P<g>{M})(?:\s+(?:has|had)\s+|[’']s\s+line-?up\s+(?:runs\s+to|numbers|counts|is)\s+)"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+members)?\s*[,:]\s+|"
    # ("G’s line-up is A, its leader, with B, C, D and E": the leader, then the rest)
    r"(?<=is\s)(?=⟨\d+⟩,\s+(?:its|their)\s+leader,\s+with\s))"
    rf"(?P<list>(?:{_MEMBER_ITEM}\s*,\s*)*{_MEMBER_ITEM},?\s+and\s+{_MEMBER_ITEM}|"
    rf"{M},\s+(?:its|their)\s+leader,\s+with\s+{NAMES})")
# "G is a quartet, A, B, C and the youngest, D, and …": the list set off by a comma after the
# group's size, every name G's.
_SIZE_COMMA_LIST = rx.compile(
    rf"(?P<g>{M})\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+)?(?:duo|trio|quartet|quintet|sextet|septet|"
    rf"octet),\s+(?P<list>(?:{_MEMBER_ITEM}\s*,\s*)*{_MEMBER_ITEM},?\s+and\s+{_MEMBER_ITEM})"
    r"(?=\s*[.;]|\s*,\s+and\b|\s*$)")
# "The quintet is made up of leader A, B, C, D and E": the group spoken of, every name its.
_NOUN_MADE_UP_OF = rx.compile(r"^\s*The\s+(?:quintet|quartet|trio|duo|sextet|septet|octet|group|"
                              r"(?:two|three|four|five|six|seven)-piece)\s+(?:is|was)\s+(?:made\s+up|"
                              r"composed|formed)\s+of\s+(?:(?:its\s+)?leader\s+)?"
                              rf"(?P<list>{NAMES})(?=\s*[.;]|\s*$)")
# "A is the leader; B, C, D and E make up the rest of the line-up": the group spoken of.
# ("A is the group’s leader; the other four are B, C, D and E": the same, the list after)
_LEADER_REST = rx.compile(rf"^\s*(?P<a>{M})\s+is\s+(?:the|its|their|the\s+(?:group|band)[’']s)\s+"
                          r"leader;\s+(?:"
                          rf"(?P<list>{NAMES})\s+"
                          r"(?:make\s+up|complete|round\s+out|fill\s+out)\s+the\s+(?:rest\s+of\s+the\s+)?"
                          r"(?:line-?up|group|band)\b|the\s+other\s+(?:two|three|four|five|six|seven)\s+"
                          rf"(?:members\s+)?are\s+(?P<list2>{NAMES}))|"
                          # ("A leads the group, with B, C and D completing the line-up")
                          rf"^\s*(?P<a3>{M})\s+(?:leads|fronts)\s+the\s+(?:group|band|quartet|"
                          r"quintet|trio|sextet|(?:three|four|five|six|seven)-piece),\s+with\s+"
                          rf"(?P<list3>{NAMES})\s+(?:completing|rounding\s+out|filling\s+out|"
                          r"making\s+up)\s+the\s+(?:line-?up|group|band|rest)\b")
# "A is the beach’s harassed police officer, C.": A plays C (no post in a group or crew).
_IS_THE_X_C = rx.compile(rf"(?:^\s*|,\s+and\s+|;\s+)(?P<a>{M})\s+is\s+the\s+(?:[\w-]+[’']s\s+)?"
                         r"(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]+),\s+"
                         rf"(?P<c>{M})(?=\s*[.;]|\s*$)")
# "… served A himself; the actor plays C, …": the person just named plays C.
_THE_ACTOR_PLAYS = rx.compile(rf"(?P<a>{M})(?:\s+(?:himself|herself))?(?:;|,\s+and)\s+the\s+"
                              rf"(?:actor|actress)\s+(?:plays|played|portrays|portrayed)\s+(?P<c>{M})")
# "A, his co-lead, is C, a seed-bank scientist": a lead who plays C.
_CO_LEAD_IS = rx.compile(rf"^\s*(?P<a>{M}),\s+(?:his|her|their)\s+"
                         r"(?P<lead>co-lead|co-star|fellow\s+lead),\s+(?:is|plays)\s+"
                         rf"(?:the\s+(?:[\w-]+\s+){{1,3}}?)?(?P<c>{M})(?=\s*[,.;]|\s*$)")
# "In the drama, A is the blind tuner C and B the concert pianist D": inside the story, "is"
# for "plays", the second pair with its verb left out.
_IN_THE_DRAMA_IS = rx.compile(
    rf"^\s*In\s+(?:the\s+(?:drama|series|show|story)|{M}),?\s+(?P<a>{M})\s+is\s+"
    rf"(?:the\s+(?P<x>(?:[\w-]+\s+){{1,3}}?))?(?P<c>{M})(?:\s+and\s+(?P<b>{M})\s+(?:is\s+)?"
    rf"(?:the\s+(?P<y>(?:[\w-]+\s+){{1,3}}?))?(?P<d>{M}))?(?=\s*[,.;]|\s*$)"
    # ("…, and the two are its leads": both star)
    r"(?P<leads>,\s+and\s+(?:the\s+two|both)\s+(?:are|were)\s+(?:its|the\s+(?:drama|series|show)[’']s)\s+"
    r"(?:leads|stars)\b)?")
# "A and B are its stars, playing C and D. E is F, the farm’s oldest raker.": after a cast
# sentence, "is" for "plays" (not "E is F, the group's leader", a post).
_CAST_GOES_ON = rx.compile(rf"^\s*(?P<a>{M})\s+is\s+(?P<c>{M}),\s+(?:the|a|an)\s+"
                           r"(?P<noun>[^⟨;,]{1,60}?)\s*(?:[.;]|$)")
_POSTS = rx.compile(r"\b(?:leader|member|maknae|manager|composer|director|producer|singer|rapper|"
                    r"vocalist|drummer|guitarist|bassist|keyboardist|frontman|frontwoman|writer|"
                    r"choreographer|agent|ceo|founder|owner)\b")
# "G’s A also appears, cast as C, a kiln hand": A plays C.
_APPEARS_CAST_AS = rx.compile(rf"(?P<a>{M})\s+(?:also\s+)?(?:appears|appeared),\s+cast\s+as\s+"
                              rf"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<c>{M})")
# "B stars as the forester, D, and A is C, a carpenter from the next valley": a cast list's
# second pair, "is" for "plays".
_AND_A_IS_C = rx.compile(rf"\b(?:stars|starring|plays|headlines)\s+(?:as\s+)?[^;]*?,\s+and\s+"
                         rf"(?P<a>{M})\s+is\s+(?P<c>{M}),\s+(?:a|an|the)\s")
# "G’s leader is A, and B, C, D and E make up the rest of the five": all of them are G's.
_GS_LEADER_REST = rx.compile(rf"(?P<g>{M})[’']s\s+leader\s+is\s+(?P<a>{M}),\s+and\s+"
                             rf"(?P<list>{NAMES})\s+(?:make\s+up|complete|round\s+out|fill\s+out)\s+"
                             r"the\s+(?:rest|line-?up|group|band)\b")
# "G is fronted by its leader, A; B, C and D make up the rest of the quartet": the same.
_G_FRONTED_REST = rx.compile(rf"^\s*(?P<g>{M})\s+is\s+(?:fronted|led)\s+by\s+(?:its\s+leader,\s+)?"
                             rf"(?P<a>{M});\s+(?P<list>{NAMES})\s+(?:make\s+up|complete|round\s+out|"
                             r"fill\s+out)\s+the\s+(?:rest|line-?up|group|band|trio|quartet|quintet)\b")
# "G’s five members are its leader, A, and B, C, D and E": the same.
_GS_MEMBERS_ITS_LEADER = rx.compile(rf"(?P<g>{M})[’']s\s+(?:[a-z-]+\s+)?members\s+are\s+its\s+"
                                    rf"(?:leader|maknae),\s+(?P<a>{M}),\s+and\s+(?P<list>{NAMES})")
# "G’s line-up is A, B, C, D and E": all of them.
# ("G’s members are A, B, C and D": the same)
_GS_LINE_UP_IS = rx.compile(rf"(?P<g>{M})[’']s\s+(?:line-?up\s+(?:is|was|comprises|comprised)|"
                            rf"members\s+(?:are|were))\s+(?P<a>{M})(?:,\s+|\s+and\s+)"
                            rf"(?P<list>{NAMES})")
# "A leads G, and the rest of the line-up is B, C, D and E": all of them.
_LEADS_G_REST_IS = rx.compile(rf"(?P<a>{M})\s+(?:leads|fronts|led|fronted)\s+(?P<g>{M}),?\s+and\s+"
                              r"the\s+rest\s+of\s+(?:the\s+)?(?:line-?up|group|band)\s+"
                              rf"(?:is|are|was|were)\s+(?P<list>{NAMES})")
# "G is a quartet led by A, with B, C and D making up the rest of the line-up": all of them.
_G_LED_BY_REST = rx.compile(rf"^\s*(?P<g>{M})\s+is\s+a\s+(?:[a-z-]+\s+)?(?:duo|trio|quartet|"
                            rf"quintet|sextet|septet|group|band)\s+led\s+by\s+(?P<a>{M}),\s+with\s+"
                            rf"(?P<list>{NAMES})\s+(?:making\s+up|completing|rounding\s+out|"
                            r"filling\s+out)\s+"
                            r"the\s+(?:rest|line-?up)\b")
# "G is a five-piece led by A; the other four are B, C, D and E": all of them are G's.
_PIECE_LED_BY = rx.compile(rf"^\s*(?P<g>{M})\s+is\s+a\s+(?:two|three|four|five|six|seven)-piece\s+"
                           rf"led\s+by\s+(?P<a>{M});\s+the\s+other\s+(?:two|three|four|five|six)\s+are\s+"
                           rf"(?P<list>{NAMES})")
# "G has four members: A, who leads the group, along with B, C and D": all of them are G's.
_G_HAS_MEMBERS = rx.compile(rf"(?P<g>{M})\s+(?:has|had)\s+(?:two|three|four|five|six|seven|\d)\s+"
                            rf"members:\s+(?P<a>{M})(?:,\s+who\s+[^,⟨;]{{1,40}},)?\s+(?:along\s+with|"
                            rf"with|and|plus)\s+(?P<list>{NAMES})")
# "Leader A is joined in G by B, C, D and E": all of them are G's.
_JOINED_IN_G = rx.compile(rf"(?P<a>{M})\s+(?:is|was)\s+joined\s+in\s+(?P<g>{M})\s+by\s+"
                          rf"(?P<list>{NAMES})")
# "The group's members, A, B and C", "G's members A and B".
_MEMBERS_OF = rx.compile(
    # ("G, the boy group whose members A and B …": the same)
    rf"(?:(?P<g>{M})(?:[’']s|,?\s+whose|,\s+the\s+(?:[a-z-]+\s+){{0,2}}?(?:group|band)\s+whose)|"
    # ("A leads the group, whose other four members are B, C, D and E")
    # ("A leads the five-piece, whose other members are B, C, D and E")
    rf"(?P<the>[Tt]he\s+(?:(?:boy|girl|idol|co-ed|K-pop)\s+)?{_GROUP_NOUN}[’']s|[Tt]he\s+(?:{_GROUP_NOUN}|(?:two|three|four|five|six|"
    rf"seven)-piece),\s+whose|\b[Ii]ts|\b[Tt]heir))\s+"
    # ("the group's other two members, A and B": the ones named before are members too)
    rf"(?:(?:(?!other\b)[a-z-]+\s+)?(?P<other>other\s+)?(?:(?:two|three|four|five|six)\s+)?)members,?\s+"
    rf"(?:(?:are|were|include)\s+)?(?P<list>{NAMES})"
    # "G's five members are A, its leader, and B, C and D": the list goes on after the aside
    # ("Its members are A, the leader, along with B, C, D and E": the same)
    r"(?:,\s+(?:its|their|the(?:\s+(?:group|band)[’']s)?)\s+(?:leader|maknae|youngest|eldest|"
    rf"frontman|frontwoman),\s+(?:and|along\s+with|with)\s+(?P<rest>{NAMES}))?")
# "In G, A is the leader, B and C are the main voices and D, at nineteen, is the youngest": each
# named holds a place in G.
_IN_G = rx.compile(rf"^\s*In\s+(?P<g>{M}),\s+")
_HOLDS_PLACE = rx.compile(rf"(?P<list>{NAMES})(?:,\s+[^,⟨;]{{1,30}},)?\s+(?:is|are)\s+"
                          r"(?:the|its|their)\s+(?:[a-z-]+\s+)?(?P<role>leader|maknae|youngest|"
                          r"eldest|oldest|voices?|vocalists?|singers?|rappers?|dancers?|visual|"
                          r"drummer|guitarist|bassist|keyboardist|frontman|frontwoman)\b")
_SINGER_BEFORE = rx.compile(r"(⟨\d+⟩)\s+(?:leads|sings|harmoni[sz]es|raps|takes|handles)\b")
# "Members of G: A, B and C", "all three members of the girl group, A, B and C".
# ("The four members of G, A, B, C and D, each have …": the group named, then its members)
_MEMBERS_OF_LISTED = rx.compile(
    rf"\b[Mm]embers\s+of\s+(?:(?P<g>{M})\s*(?::|,(?=\s+{M}(?:\s*,\s*{M})*,?\s+and\s+{M},))|"
    rf"(?P<the>the\s+(?:[a-z-]+\s+){{0,2}}?{_GROUP_NOUN}),)\s+(?P<list>{NAMES})")
# "A, G's main vocalist,", "A, one of G's vocalists".
_APPOSED_ROLE = rx.compile(
    rf"(?P<p>{M})(?:\s*\({M}\))?(?:\s*,\s*(?:played|portrayed)\s+by\s+{M}\s*,)?"
    # ("D, the club’s captain and the band’s guitarist": another place first)
    # ("C, a radio operator’s daughter who is G’s lead vocalist": a description first)
    r"(?:,\s+(?:(?:a|an|the)\s+[^,⟨;]{1,60}?\s+who\s+(?:is|was|becomes|became)\s+)?|"
    r"\s+(?:is|was|becomes|became)\s+)(?:the\s+[a-z-]+[’']s\s+[a-z-]+\s+and\s+)?"
    r"(?:one\s+of\s+|a\s+)?"
    rf"(?:(?P<g>{M})[’']s|(?P<the>the\s+{_GROUP_NOUN}[’']s|its|their))\s+"
    # ("…, and A is its guitarist, C.": C holds the place, which A plays)
    rf"(?P<role>(?:[a-z-]+\s+){{0,2}}?{_MEMBER_NOUNS})s?\b(?!\s+{M}|,\s+{M}\s*(?:[.;]|$))")
# "… plays C, the band's lead vocalist, and B is its guitarist, D": B plays D, in the band.
_AND_IS_ITS_ROLE = rx.compile(rf"(?:,\s+and|;|,\s+while)\s+(?P<a>{M})\s+is\s+its\s+"
                              rf"(?P<role>(?:[a-z-]+\s+){{0,2}}?{_MEMBER_NOUNS}),\s+(?P<c>{M})"
                              r"\s*(?:[.;]|$)")
# "G, with C doing the singing": the band's lead vocalist.
_WITH_SINGER = rx.compile(
    rf"(?P<g>{M}),?\s+with\s+(?P<c>{M})\s+(?:doing\s+the\s+singing|on\s+(?:lead\s+)?vocals|"
    r"handling\s+(?:the\s+)?(?:lead\s+)?vocals)\b")
# "A is on keyboards as the school's owner, C": the actor plays C, a member of the band.
# ("A takes the band’s drum stool as C": the same, the seat taken)
_ON_PART_AS = rx.compile(
    rf"(?P<a>{M})\s+(?:(?:is|was|plays)\s+on\s+(?:keyboards?|keys|guitar|bass|drums|piano|synths?)|"
    r"(?:takes|took)\s+(?:the\s+band[’']s\s+|its\s+)(?:drum\s+stool|drum\s+kit|microphone|mic|"
    r"bass|guitar|keyboards?|keys))"
    rf"\s+as\s+(?:(?:the|a|an)\s+[^⟨,.;]{{1,60}}?,\s+)?(?P<c>{M})")
# "A, the band's keyboardist C on screen": the actor, then the character and its part.
_APPOSED_ROLE_NAMED = rx.compile(
    rf"(?P<a>{M}),\s+(?P<the>the\s+{_GROUP_NOUN}[’']s|its|their)\s+"
    rf"(?P<role>(?:[a-z-]+\s+){{0,2}}?{_MEMBER_NOUNS})\s+(?P<c>{M})\s+"
    r"(?:on\s+screen|in\s+the\s+(?:drama|series|show|story))\b")
# "… are bassist C and drummer D": a character introduced by a role in a band.
_ROLE_NOUN_CHARACTER = rx.compile(
    r"(?<![’']s\s)\b(?P<role>(?:lead\s+)?(?:bassist|drummer|guitarist|keyboardist|vocalist|"
    rf"frontman|frontwoman|singer))\s+(?P<c>{M})")
# "C is its lead singer", "C joins it on guitar": the band the sentence named.
_IS_ITS = rx.compile(r"\b(?:is|was|becomes|became)\s+its\s+(?P<role>(?:lead\s+)?(?:singer|vocalist|"
                     r"frontman|frontwoman|bassist|drummer|guitarist|keyboardist))\b|"
                     r"\b(?:joins|joined)\s+it\s+on\s+(?P<inst>guitar|bass|drums|keys|keyboards?)\b")
_AS_ITS = rx.compile(r"\b(?:ends?\s+up|ended\s+up|serves?|served|stays?|stayed)?\s*as\s+its\s+"
                     r"(?P<role>(?:lead\s+)?(?:bassist|drummer|guitarist|keyboardist|vocalist|"
                     r"frontman|frontwoman|singer|leader))\b")
# "That band is G: C fronts it, D plays keys, E drums, and F, played by A, holds down the
# bass": each clause of a line-up gives a character's place in the band.
# "…: C takes lead vocals, D plays guitar and E handles the bass": each a player of the band.
_LINEUP_CLAUSE = rx.compile(
    # "…; the ticket clerk C, played by A, takes the bass": a description before the name
    rf"(?:^|[:;,]\s+(?:and\s+)?|\s+and\s+)(?:(?<=;\s)the\s+(?:[\w-]+\s+){{1,3}}?|"
    rf"(?<=;\sand\s)the\s+(?:[\w-]+\s+){{1,3}}?)?"
    # ("…, and C (A) sits behind the keyboards": the actor in brackets)
    rf"(?P<c>{M})(?:,\s+(?:played|portrayed)\s+by\s+(?P<a>{M}),|\s*\((?P<a2>{M})\))?"
    r"\s+(?:(?:sits|sat)\s+behind\s+the\s+(?P<inst5>keyboards?|keys|drums)|(?P<front>fronts\s+(?:it|the\s+band)|sings\s+lead|sings\s+up\s+front|(?:takes|handles|sings)\s+"
    r"(?:the\s+)?lead\s+vocals(?!\s+(?:on|for|in)\b))|(?:plays|handles|is\s+on)\s+(?:the\s+)?"
    r"(?P<inst>keys|keyboards?|bass|guitar|drums|synths?)|(?P<drums>drums|keeps\s+time)|holds\s+down\s+the\s+"
    r"(?P<inst2>bass|drums|beat)|"
    # "…: C is the singer, D takes the guitar": a role or an instrument given to each
    r"(?:is|was)\s+the\s+(?:band[’']s\s+)?(?P<noun>(?:lead\s+)?singer|vocalist|frontman|"
    r"frontwoman|bassist|drummer|guitarist|keyboardist)(?=[,;.]|\s+and\b|$)|"
    r"(?:takes|took|gets|got|picks\s+up|picked\s+up)\s+the\s+(?P<inst3>keys|keyboards?|bass|guitar|"
    r"drums|mic|microphone)(?=[,;.]|\s+and\b|$)|"
    # "…: C at the microphone, D on guitar, E on bass and F behind the drums": no verb at all
    r"(?<=⟩\s)(?:at\s+the\s+(?P<mic>mic|microphone)|on\s+(?P<inst6>keys|keyboards?|bass|guitar|"
    r"drums|synths?)|behind\s+the\s+(?P<kit>drums|drum\s+kit|kit))(?=[,;.]|\s+and\b|$))\b|"
    # "… and the bass goes to the night clerk C": the instrument first
    rf"(?:^|[:;,]\s+(?:and\s+)?|\s+and\s+)the\s+(?P<inst4>keys|keyboards?|bass|guitar|drums|mic|"
    rf"microphone)\s+(?:goes|went|falls|fell)\s+to\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?)?(?P<c4>{M})|"
    # "…; and the drummer, the feed-room intern C, is …": the role first, then who holds it
    rf"(?:[;]\s+(?:and\s+)?)the\s+(?P<role5>drummer|bassist|guitarist|keyboardist|(?:lead\s+)?"
    rf"singer|vocalist),\s+(?:the\s+(?:[\w-]+\s+){{1,3}}?)?(?P<c5>{M}),")
# "It was formed in the third episode by the night diver C, who became its voice, and the vet
# D": the founders of the band the article spoke of.
_FORMED_BY = rx.compile(
    r"^\s*(?:It|The\s+band)\s+(?:was|had\s+been)\s+(?:formed|founded|started)\s+[^⟨;]{0,60}?\bby\s+"
    rf"(?:the\s+(?:[\w-]+\s+){{0,3}}?)?(?P<c>{M})(?:,\s+who\s+(?:became|becomes)\s+its\s+"
    r"(?P<role>voice|(?:lead\s+)?singer|vocalist|frontman|frontwoman|drummer|bassist|guitarist|"
    r"keyboardist)\b[^⟨,;]{0,40},)?\s+and\s+(?:the\s+(?:[\w-]+\s+){0,3}?)?"
    rf"(?P<d>{M})")
# "A bassist, the ticket clerk C, and a drummer, the intern D, joined": the later members.
_ROLES_JOINED = rx.compile(
    r"^\s*(?:An?|The)\s+(?P<r1>bassist|drummer|guitarist|keyboardist|singer),\s+"
    rf"(?:the\s+(?:[\w-]+\s+){{0,3}}?)?(?P<c1>{M}),\s+and\s+(?:a|an|the)\s+"
    r"(?P<r2>bassist|drummer|guitarist|keyboardist|singer),\s+"
    rf"(?:the\s+(?:[\w-]+\s+){{0,3}}?)?(?P<c2>{M}),?\s+(?:joined|signed\s+on|came\s+aboard)\b")
# "The drummer, C, is played by A": C's place in the band the article spoke of.
_THE_ROLE_C_IS_PLAYED = rx.compile(
    r"^\s*The\s+(?:band[’']s\s+)?(?P<role>(?:lead\s+)?(?:singer|vocalist|frontman|frontwoman|"
    rf"bassist|drummer|guitarist|keyboardist)),\s+(?P<c>{M}),\s+(?:is|was)\s+(?:played|portrayed)"
    r"\s+by\b")
_LINEUP_ROLE = {"keys": "keyboardist", "keyboard": "keyboardist", "keyboards": "keyboardist",
                "mic": "lead vocalist", "microphone": "lead vocalist",
                "synth": "keyboardist", "synths": "keyboardist", "bass": "bassist",
                "guitar": "guitarist", "drums": "drummer", "beat": "drummer"}
# "… sings in character as C, the pharmacist-turned-bassist": the story band's player.
# "his performance as C, the pirate-radio DJ and G frontman": G's.
_APPOSED_PLAYER = rx.compile(
    rf"(?P<c>{M}),\s+the\s+(?:[^,⟨;]{{0,40}}?\s+and\s+(?P<g>{M})\s+)?(?:[a-z]+-turned-)?"
    r"(?P<role>bassist|drummer|guitarist|keyboardist|frontman|frontwoman)\b"
    r"(?!\s+(?:in|for|from|who)\b)(?P<of>\s+of\b)?")
_BECOMING = rx.compile(
    # "… and ends up as lead singer of the stall's band, G"
    r"\b(?:becoming|becomes|became|become|(?:ends?|ended|ending)\s+up\s+as)\s+"
    r"(?:(?:the|a|an|its)\s+)?(?:(?!lead\b|main\b)[a-z-]+\s+)?"
    r"(?P<role>(?:lead\s+|main\s+)?(?:bassist|drummer|guitarist|keyboardist|vocalist|frontman|"
    r"frontwoman|singer|leader))"
    r"\s+(?:of|in|for)\s+(?:the\s+)?(?:(?:[a-z-]+[’']s\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:band|group|trio|quartet|quintet),?\s+)?"
    rf"(?P<g>{M})")
# "G's “T” …, with members A and B trading verses": the members of the group named before.
# "G's “T” divides its lines between members A, B and C, with the fourth member, D, on
# backing vocals": each of them is in G and sings.
# ("G's “T” is the one the crew whistles: members A and B trade its lines": the same)
_WITH_MEMBERS = rx.compile(rf"(?:\bwith|\bfeatures|\bfeaturing|,|:|^|(?P<split>\b(?:divides|"
                           r"divided|splits|split|shares|shared)\s+(?:its|the|their)\s+(?:lines|verses|"
                           r"vocals)\s+(?:between|among)))\s*(?:(?:its|their)\s+)?"
                           rf"[Mm]embers\s+(?P<list>{NAMES})(?:,\s+with\s+the\s+(?:[a-z-]+\s+)?"
                           rf"member,\s+(?P<more>{M}),\s+on\s+(?:backing\s+)?vocals\b)?")
# "A turns up on T with his real group, G": the subject is in G (a band with him may be the
# story's, and its member his character).
# "A turns up on T, his own group G's contribution": the same, without "with".
_WITH_HIS_GROUP = rx.compile(rf"(?:\bwith\s+)?\b(?:his|her)\s+(?:own\s+)?(?:[a-z-]+\s+)?group,?\s+"
                             rf"(?P<g>{M})")
# "… G's contribution, though here he hands the verses to fellow members A and B".
_FELLOW_MEMBERS = rx.compile(rf"\bfellow\s+(?:members|bandmates|groupmates)\s+(?P<list>{NAMES})")
# "A carries the verses while fellow member B takes the chorus": both are in the group
# spoken of.
_FELLOW = rx.compile(rf"(?P<a>{M})\s+(?:[^⟨;,]|{M}){{0,60}}?\bfellow\s+member\s+(?P<b>{M})")
# "A belongs to the girl group G".
# "A, who also belongs to the girl group G with B and C": all three are in G.
_BELONGS = rx.compile(rf"(?P<p>{M})(?:,\s+who)?\s+(?:also\s+)?(?:belongs|belonged)\s+to\s+"
                      r"(?:the\s+)?"
                      r"(?:[a-z-]+\s+){0,2}(?:group|band|duo|trio|unit)\s+"
                      rf"(?P<g>{M})(?:\s+(?:with|alongside)\s+(?P<list>{NAMES}))?")
# "A, brought to life by B, is a member of the quartet": the band named before.
_MEMBER_OF_THE = rx.compile(
    rf"(?P<p>{M})(?:\s*,[^,]*,)?\s+(?:is|was)\s+(?:also\s+)?(?:a|an|one)\s+(?:[a-z-]+\s+)?"
    rf"(?:member|part)\s+of\s+the\s+(?:[a-z-]+\s+)?{_GROUP_NOUN}\b(?!\s*⟨)|"
    # ("… by A, who joined the boy group last year as its sixth member": the group spoken of)
    rf"(?P<p2>{M}),\s+who\s+(?:joined|joins)\s+the\s+(?P<kind>(?:[a-z-]+\s+)?){_GROUP_NOUN}\b"
    r"(?:\s+[^,⟨;.]{1,30}?)?\s+as\s+(?:its|their)\s+(?:[a-z-]+\s+)?member\b")
_PART_OF = rx.compile(
    rf"(?P<p>{M})(?:\s*,?\s*(?:portrayed|played|depicted)\s+by\s+{M}\s*,?)?\s+(?:is|was)\s+"
    r"(?:part|a member|one of the members|one)\s+of\s+(?:a|the)\s+(?:[a-z-]+\s+)?"
    rf"(?:band|group)(?:\s+(?:called|named))?\s+(?P<g>{M})")
_CONSISTS = rx.compile(
    rf"(?P<rounding>[Rr]ounding\s+out\s+(?:(?P<the2>the\s+(?:[a-z-]+\s+)?(?:group|band|trio|quartet|"
    rf"quintet|duo|sextet|line-?up))|(?P<g2>{M}))\s+(?:are|is|were|was)\s+)|"
    # ("The five-member group is made up of A, …": the group spoken of)
    rf"(?:(?:The\s+rest\s+of\s+)?(?P<g>{M})|(?P<the>[Tt]he\s+(?:(?:two|three|four|five|six|"
    r"seven)-member\s+)?(?:group|band)))(?:'s\s+lineup)?"
    # ("G, a quintet, is made up of …": an apposition that says what G is)
    r"(?:,\s+an?\s+(?:[a-z-]+\s+)?(?:duo|trio|quartet|quintet|sextet|(?:two|three|four|five|six|"
    r"seven)-(?:piece|member)|group|band)(?=\s*,))?"
    r"(?:\s*,)?\s+(?:consists\s+of|consisting\s+of|(?:is\s+)?made\s+up\s+of|comprises|"
    r"comprising|(?:is\s+)?composed\s+of|includes|including\s+members|"
    r"is\s+rounded\s+out\s+by|whose\s+members\s+are)\s+")
# "A's bandmates in G, B and C": all three are members of G.
_BANDMATES_IN = rx.compile(rf"(?:(?P<p>{M})[’']s\s+)?(?:fellow\s+)?(?:bandmates|band\s+mates|"
                           rf"groupmates|fellow\s+members)\s+(?:in|from|of)\s+(?P<g>{M}),?\s+"
                           rf"(?P<list>{NAMES})")
_BANDMATE = rx.compile(rf"(?:(?P<pro>\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+)?(?:(?P<g>{M})\s+)?\b"
                       # "his three groupmates by name, A, B and C"
                       rf"(?:(?:two|three|four|five|six)\s+)?"
                       rf"(?:[a-z-]+-)?(?:(?:band|group)mates?|colleagues?)\s+(?:by\s+name,?\s+)?"
                       # ("with his bandmates A on guitar and B on drums")
                       rf"(?:(?P<p3>{M}\s+on\s+[a-z]+(?:(?:,\s+(?:and\s+)?|\s+and\s+){M}\s+on\s+"
                       rf"[a-z]+)+)|(?P<p>{NAMES}))|"
                       rf"(?P<p2>{M}),\s+(?:her|his|their)\s+(?:[a-z-]+\s+)?bandmates?\b")
# "… with A and B, his G groupmates": both are in G, and so is he.
_NAMED_MATES = rx.compile(rf"(?P<list>{NAMES}),\s+(?P<pro>his|her|their)\s+(?P<g>{M})\s+"
                          r"(?:band|group)mates\b")
# An interview's guest: "My members A and B carry the song": the guest's group.
# "my old G sisters, A and B, sing the harmonies": former groupmates.
_MY_MEMBERS = rx.compile(rf"\b(?<![’'])[Mm]y\s+(?:(?:old|former)\s+)?(?:(?P<g>{M})\s+)?"
                         # "My four groupmates, A, B, C and D"
                         r"(?:(?:two|three|four|five|six|seven|eight|nine|\d)\s+)?"
                         rf"(?:fellow\s+)?(?:members|bandmates|groupmates|sisters|brothers)\s*,?\s+(?P<p>{NAMES})")
# "C, the quiet percussionist of G": a role in the band named.
# "C, the alley's mechanic and, by the first week, the frontman of a band called G": an
# apposition may run on through commas, but not through a clause of its own.
_ROLE_OF_APPOSED = rx.compile(
    rf"(?P<p>{M}),\s+(?:(?:(?!\b(?:who|whose|which|that|with|to|for|and\s+(?:the|a|an))\b)"
    r"[^⟨;.]){0,90}?,\s+)?(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?P<role>(?:lead\s+)?{_ROLE_NOUN})\s+(?:of|in|for)\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:(?<=band\s)(?:called|named)\s+)?(?P<g>{M})")
# "C, …, who reluctantly agrees to play keyboards for the band": C joins as that player.
_PLAYS_FOR = rx.compile(
    rf"(?P<c>{M})(?:,\s+[^⟨;]{{0,80}}?,)?,?\s+(?:(?:the|a|an)\s+[^,⟨;]{{0,60}}?\s(?=who\s))?"
    r"(?:who\s+)?(?:[a-z]+\s+){0,3}?(?:(?:[a-z]+\s+){1,4}?and\s+)?"
    # "C, a pharmacist … who picks up the bass after hearing the band"
    # ("C, a splitter who picks up the band’s guitar": the band spoken of)
    # ("C, a stonemason who teaches himself the band’s guitar")
    # ("C, a wagon coupler who squeezes the accordion in the band")
    r"(?:(?:play|plays|playing|played|picks\s+up|picked\s+up|takes\s+up|took\s+up|learns|squeezes|"
    r"learned|learnt|(?:teaches|taught)\s+(?:himself|herself))\s+"
    # ("C, a ferry mechanic who plays its bass": the band spoken of)
    # ("…; and C plays lead guitar": the kind of guitar before it)
    r"(?:the\s+(?:(?P<bands>band[’']s)\s+)?|(?P<its>its)\s+)?(?:(?:lead|rhythm|electric|acoustic)\s+)?"
    r"(?P<inst>keyboards?|drums|bass|guitar|piano|"
    r"synths?|accordion)|(?P<drums>drums|drummed|drumming)|"
    # ("C, a stonemason’s apprentice who sits at the band’s keyboard")
    # ("C, a tree surgeon who ends up behind the band’s drum kit")
    r"(?:sits|sat|(?:ends?|ended)\s+up)\s+(?:at|behind)\s+the\s+(?P<bands3>band[’']s\s+)?"
    r"(?P<inst4>keyboards?|drums|piano|drum\s+kit)|"
    # "C, who ends up on keyboards": the band spoken of
    r"(?:ends?|ended)\s+up\s+on\s+(?P<inst2>keyboards?|drums|bass|guitar)|"
    r"(?:joins|joined)\s+(?P<the2>the\s+band)\s+on\s+(?P<inst3>keyboards?|drums|bass|guitar)|"
    # "C keeps the band’s beat": the band's drummer
    r"(?:keeps|kept)\s+(?P<beat>the\s+band[’']s\s+beat|the\s+beat\s+for\s+the\s+band)\b|"
    # ("C, who keeps time behind G’s drum kit": the same)
    rf"(?:keeps|kept)\s+time\s+behind\s+(?:the\s+(?P<bands4>band[’']s)\s+|(?P<g3>{M})[’']s\s+)"
    r"(?:drum\s+kit|drums|kit)\b|"
    # "C, a night guide who becomes the band’s frontwoman": its lead vocalist
    # ("C, a depot mechanic who doubles as the band’s guitarist": the same)
    r"(?:becomes|became|ends\s+up\s+as|doubles\s+as)\s+the\s+(?P<bands2>band[’']s)\s+"
    r"(?:(?P<front>frontwoman|frontman|lead\s+singer|lead\s+vocalist)|"
    # ("C, a drifter who turns up with a bass guitar and becomes the band’s bassist")
    r"(?P<player>bassist|drummer|guitarist|keyboardist|pianist))|"
    # ("C, a salt farmer’s daughter who ends up singing at the front of G")
    # ("… who ends up as the voice at the front of G")
    rf"(?:ends?|ended)\s+up\s+(?P<front2>singing|as\s+the\s+voice)\s+at\s+the\s+front\s+of\s+"
    rf"(?P<g2>{M}))"
    # ("C, a knife sharpener’s son who plays keyboards for the group": the story's band)
    r"(?:\s+(?:for|in|with)\s+(?:(?P<the>the|their|her|his)\s+(?:[a-z-]+\s+)?(?:band|group)\b|"
    rf"(?P<g>{M}))|(?=\s*(?:[,.;]|$)|\s+after\b)|(?<=beat))")
_PLAYER = {"keyboard": "keyboardist", "keyboards": "keyboardist", "drums": "drummer",
           "bass": "bassist", "guitar": "guitarist", "piano": "pianist", "synth": "keyboardist",
           "synths": "keyboardist", "drum kit": "drummer", "accordion": "accordionist"}
_HIS_BAND = rx.compile(rf"(?P<c>{M}),\s+(?:a|an|the)\s+[^,⟨]{{0,60}}?\b(?:with|in|for)\s+"
                       rf"(?:his|her)\s+(?:[a-z-]+\s+)?band,?\s+(?P<g>{M})")
_CLAUSE_BY = rx.compile(rf"(?:played|portrayed|depicted)\s+"
                        rf"(?:[a-z]+ly\s+|with\s+(?:[a-z-]+\s+){{1,3}}?)?"
                        rf"by\s+{_ACTOR_NOUN}?(?:{M}[’']s\s+)?{M}(?:\s+(?:of|from)\s+(?:the\s+)?"
                        rf"(?:[a-z-]+\s+){{0,2}}?(?:group|band)\s+{M})?|{M}[’']s")


# "Leads: A (C), B (D)" in a fact box: actors, each with the character in brackets.
_CAST_FIELD = rx.compile(r"^\s*(?:[-*•·]\s*)?(?:leads?|cast|main\s+cast|starring|stars|"
                         r"supporting(?:\s+cast)?|also\s+starring)\s*:\s*", re.I)
_ACTOR_PAREN = rx.compile(rf"(?P<a>{M})\s*\((?:as\s+)?(?P<c>{M})\)")


def _cast_field(article: Article, s: Sentence) -> None:
    for m in _ACTOR_PAREN.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _person_like(article, actor) or _is_any(article, actor, (PERSON,)):
            _play(article, s, actor, character)


def apply(article: Article, s: Sentence) -> None:
    """Propose the cast and membership claims of one sentence."""
    if s.kind == "field" and _CAST_FIELD.match(s.text[s.start:s.end]):
        _cast_field(article, s)  # "Leads: A (C)" is actor first, unlike "C (A)" in prose
        return
    if s.kind == "list" and article.intro is not None:
        _lineup_row(article, s)
    if s.kind == "list":
        heading = player_heading(article, s)
        if heading is not None:
            _play(article, s, *heading)
            return
        _part_row(article, s)
    if s.kind == "entry":
        _entry_line(article, s)
        return
    _entry_description(article, s)
    _lineup_made_up(article, s)
    _and_as_after(article, s)
    _whose_character_the(article, s)
    _co_star_plays(article, s)
    if s.mentions:  # (a part is said with a name: no name, no part)
        _plays(article, s)
    _starring(article, s)
    _membership(article, s)


# "Her co-star, who takes on the role of the mechanic C, …": the other of the pair of leads
_CO_STAR_WHO = rx.compile(r"^\s*(?:Her|His)\s+co-star,\s+who\s+(?:plays|played|portrays|portrayed|"
                          r"(?:takes|took)\s+on\s+the\s+(?:role|part)\s+of)\s+(?:the\s+)?"
                          rf"(?:[a-z-]+\s+){{0,3}}?(?P<c>{M})")
# "A and B, the leads of …" (full personal names, as an article introduces its pair)
_LEADS_PAIR = rx.compile(r"(?P<a>[A-Z][a-z]+\s[A-Z][a-z]+-[a-z]+)\s+and\s+"
                         r"(?P<b>[A-Z][a-z]+\s[A-Z][a-z]+-[a-z]+),\s+the\s+(?:two\s+)?"
                         r"(?:leads|stars|co-stars)\b")


def _co_star_plays(article: Article, s: Sentence) -> None:
    """"Her co-star, who takes on the role of C": of the two leads the article introduced
    together, the one the sentence before did not speak of plays C."""
    m = _CO_STAR_WHO.match(s.masked)
    pair = _LEADS_PAIR.search(article.text, 0, s.start) if m else None
    spoken = previous_subject(article) if pair else None
    if spoken is None:
        return
    keys = [article.resolve(Mention(0, 0, pair[k], article.registry.lookup(pair[k])), (PERSON,),
                            ACTOR, []) for k in ("a", "b")]
    other = [k for k in keys if k is not None and k != spoken]
    if len(other) == 1 and len(set(keys)) == 2:
        _play(article, s, other[0], s.mention(m["c"]))


# "Each entry gives the character first and the actor second": the order of "X · Y" lines.
_ENTRY_ORDER = rx.compile(r"\b(?:(?P<character>character|role)|actor|actress|cast\s+member)s?\s+"
                          r"(?:first|on\s+the\s+left)\b[^.\n]{0,60}?\b(?:(?(character)(?:actor|"
                          r"actress|cast\s+member|performer)|(?:character|role)))s?\b", re.I)


def _entry_line(article: Article, s: Sentence) -> None:
    """"C · A" (or "A · C") heading a who's-who entry, in the order the article declared."""
    # the splitter made it an entry line: two names and the dot between them
    declared = article.matches_before(_ENTRY_ORDER, s.start) if len(s.mentions) == 2 else None
    if not declared:
        return
    order = declared[0]
    first, second = s.mentions
    character, actor = (first, second) if order["character"] else (second, first)
    role = _play(article, s, actor, character)
    if role:
        below = article.text.find("\n\n", s.end)
        below = article.text.find("\n\n", below + 2) if below >= 0 else -1
        article.entry = (role, below if below >= 0 else len(article.text))


# The description under a who's-who entry, its character unnamed: "The ferry clerk who plays
# bass in G", "The farm's oldest worker and the band's drummer".
_ENTRY_PLAYER = rx.compile(
    r"^\s*(?:The|A|An)\s+[^⟨;.]{0,80}?(?:\bwho\s+(?:plays|played)\s+(?:the\s+)?"
    rf"(?P<inst>bass|guitar|drums|keys|keyboards?)\s+(?:in|for|with)\s+(?P<g>{M})|"
    r"\band\s+the\s+band[’']s\s+(?P<role>(?:lead\s+)?(?:singer|vocalist|bassist|drummer|"
    r"guitarist|keyboardist))\b)")


def _entry_description(article: Article, s: Sentence) -> None:
    if article.entry is None or s.kind != "sentence":
        return
    character, until = article.entry
    if s.start > until:
        article.entry = None
        return
    m = _ENTRY_PLAYER.match(s.masked)
    if m is None:
        return
    band = None if m["g"] else band_before(article, story=True)
    if m["g"] or band:
        _member(article, s, character, s.mention(m["g"]) if m["g"] else None,
                _LINEUP_ROLE.get(m["inst"] or "", m["role"]), band_key=band)


# A list introduced by its columns ("The line-up, by part, character and actor:") and one of
# its lines ("Guitar and lead vocals / C / A").
_COLUMN = rx.compile(r"\b(?P<part>part|instrument|position)s?\b|"
                     r"\b(?P<character>character|role)s?\b|"
                     r"\b(?P<actor>actor|actress|cast|player)s?\b", re.I)
_CELL_SPLIT = rx.compile(r"\s+[/·|—–]\s+|\s+-\s+")


def _lineup_row(article: Article, s: Sentence) -> None:
    """A line of a line-up whose introduction names its columns: the actor plays the
    character, who has that part in the story's band."""
    intro = article.intro
    heads = [next(k for k, v in m.groupdict().items() if v)
             for m in _COLUMN.finditer(intro.text[intro.start:intro.end])] if intro else []
    if "character" not in heads or "actor" not in heads:
        return
    raw = s.text[s.start:s.end]
    cells = _CELL_SPLIT.split(raw.strip())
    if len(cells) != len(heads):
        return
    at = {head: s.start + raw.index(cell) for head, cell in zip(heads, cells, strict=True)}
    named = {head: next((x for x in s.mentions if x.start == at[head]), None) for head in heads}
    character, actor = named["character"], named["actor"]
    role = _play(article, s, actor, character) if character and actor else None
    band = _lineup_band(article, s)
    if role and band and "part" in heads:
        part = cells[heads.index("part")].lower()
        _member(article, s, role, None, _lead_or_member(part),
                band_key=band)


def _lead_or_member(part: str) -> str | None:
    """The place in a band a line-up's part cell names: the singer at the front for vocals or
    a frontman ("frontman and rhythm guitar"), else a member (``None``)."""
    return "lead vocalist" if re.search(r"vocal|\bfront(?:man|woman)\b|\blead\s+singer\b",
                                        part) else None


def _lineup_band(article: Article, s: Sentence) -> str | None:
    """The band a line-up lists: the story's band named last; else the name in capitals the
    paragraph above calls it ("It is called G", "the four actors behind G") when nothing else
    says what that name is."""
    band = band_before(article, story=True)
    if band is not None:
        return band
    above = article.text.rfind("\n\n", 0, s.start)
    before = article.text.rfind("\n\n", 0, above) if above > 0 else -1
    start = before + 2 if before >= 0 else 0  # (the article's first paragraph from its start)
    part = article.text[start:s.start]
    called = list(re.finditer(r"\b(?:called|named)\s+(?P<g>[A-Z0-9][A-Z0-9 &'-]*[A-Z0-9])\b",
                              part))
    # the paragraph above only: the list's own heading ("AT THE TABLE") names no band
    caps = [m for m in re.finditer(r"\b[A-Z][A-Z0-9&!-]{2,}(?:\s+[A-Z][A-Z0-9&!-]{2,})*\b",
                                   article.text[start:max(above, start)])
            if not article.registry.lookup(m.group()).entities and
            article.hints.get(exact_form(m.group())) in (None, BAND, GROUP)]
    found = called[-1]["g"] if called else caps[-1].group() if caps else None
    if found is None:
        return None
    return article.resolve(Mention(0, 0, found, article.registry.lookup(found)), (BAND,),
                           BAND, [])


def _plays_in_band(article: Article, s: Sentence, actor: Mention | None,
                   character: Mention | None, role: str | None, lineup: bool = False) -> None:
    """The actor plays the character, who holds ``role`` (or is a member) in the story's band:
    the one named last, or with ``lineup`` the one the line-up's paragraph names."""
    played = _play(article, s, actor, character)
    band = (_lineup_band(article, s) if lineup else band_before(article, story=True)) \
        if played else None
    if played and band:
        _member(article, s, played, None, role, band_key=band)


# "The rest of the line-up is made up of A as guitarist C, B as drummer D, E as F, the bassist,
# and …": each actor plays a part in the story's band spoken of.
_LINEUP_MADE_UP = rx.compile(r"\b(?:line-?up|band)\s+(?:is|was)\s+(?:made\s+up\s+of|completed\s+by|"
                             r"rounded\s+out\s+by|filled\s+out\s+by)\s+")
_AS_PART_ITEM = rx.compile(rf"(?P<a>{M})\s+as\s+(?:(?:the\s+)?(?P<role>{BAND_ROLES})\s+)?(?P<c>{M})"
                           rf"(?:,\s+the\s+(?P<role2>{BAND_ROLES})(?=,|\s+and\b|\s*[.;]|\s*$))?")
_ITEM_GAP = rx.compile(r"\s*,\s*(?:and\s+)?|,?\s+and\s+")


def _lineup_made_up(article: Article, s: Sentence) -> None:
    """"The rest of the line-up is made up of A as guitarist C, B as drummer D, …"."""
    for m in _LINEUP_MADE_UP.finditer(s.masked):
        at = m.end()
        while item := _AS_PART_ITEM.match(s.masked, at):
            actor, character = s.mention(item["a"]), s.mention(item["c"])
            if _actor_and_role(article, actor, character):
                role = item["role"] or item["role2"]
                _plays_in_band(article, s, actor, character,
                               "lead vocalist" if role and "lead" in role else None)
            gap = _ITEM_GAP.match(s.masked, item.end())
            if gap is None:
                break
            at = gap.end()


def _part_row(article: Article, s: Sentence) -> None:
    """"A — C, lead vocals" in a line-up with no column names: the actor plays the character,
    who has that part in the story's band; "A (G)" puts the actor in the group G."""
    bracketed = PART_PAREN_ROW.fullmatch(s.text, s.start, s.end) or \
        PART_AFTER_ROW.fullmatch(s.text, s.start, s.end)  # ("C (A) — bass": the part last)
    if bracketed and PART_WORD.search(bracketed["p"]):  # "C, bass (A)": the same, reversed
        at = {x.start: x for x in s.mentions}
        actor, character = at.get(bracketed.start("a")), at.get(bracketed.start("c"))
        if _actor_and_role(article, actor, character):
            _plays_in_band(article, s, actor, character,
                           _lead_or_member(bracketed["p"]), lineup=True)
        return
    m = LINEUP_ROW.fullmatch(s.text, s.start, s.end)
    if m is None or not PART_WORD.search(m["p"]):
        return
    at = {x.start: x for x in s.mentions}
    actor, character = at.get(m.start("a")), at.get(m.start("c"))
    if actor is None or character is None or actor.end != m.end("a") or not (
            _person_like(article, actor) or  # a one-word stage name opens its line
            (could_be(article, actor, PERSON) and re.fullmatch(r"[A-Z][a-z]{2,}", actor.text))):
        return
    _plays_in_band(article, s, actor, character, _lead_or_member(m["p"]),
                   lineup=True)
    group = at.get(m.start("g")) if m["g"] else None
    if group is not None and group.end == m.end("g"):
        _member(article, s, actor, group, None, require_group=True)


# "P Q-r (C)", a paragraph of its own over an entry that names P again ("Then: At nine, P Q-r
# was …"): a cast member's entry, headed by the part played.
_PLAYER_HEAD = rx.compile(r"[ \t]*(?P<a>[A-Z][a-z]{0,4}\s[A-Z][a-z]+-[a-z]+)[ \t]+"
                          r"\((?P<c>[A-Z][a-z]+(?:[ -][A-Za-z][a-z]*){0,2})\)[ \t]*")


def player_heading(article: Article, s: Sentence) -> tuple[Mention, Mention] | None:
    """The actor and the part of a line that heads a cast member's entry ("P Q-r (C)"), if
    ``s`` is one; not a track list's "Title (Artist)", since the title would be a full
    personal name that the paragraph below names again."""
    text = article.text
    m = _PLAYER_HEAD.fullmatch(text, s.start, s.end)
    if m is None or text[max(0, s.start - 2):s.start] not in ("\n\n", "") or \
            not text.startswith("\n\n", s.end):
        return None
    end = text.find("\n\n", s.end + 2)
    below = text[s.end + 2:end if end >= 0 else len(text)]
    at = {x.start: x for x in s.mentions}
    actor, character = at.get(m.start("a")), at.get(m.start("c"))
    if actor is None or character is None or actor.end != m.end("a") or \
            character.end != m.end("c") or m["a"] not in below:
        return None
    return (actor, character) if _actor_and_role(article, actor, character) else None


# -- who plays whom ---------------------------------------------------------------------------

def _series_in(article: Article, s: Sentence, slot: str | None) -> str | None:
    mention = s.mention(slot)
    if mention is None:
        return None
    return article.resolve(mention, (SERIES,), SERIES, [])


def _play_in_order(article: Article, s: Sentence, m: re.Match[str],
                   pairs: tuple[tuple[str, str], ...], starring: bool = False) -> bool:
    """"A and B …, as C and D": each actor plays the character named in the same place, when
    the names read as an actor and a character; whether any did."""
    played = False
    for actor, character in pairs:
        if m[actor] and _actor_and_role(article, s.mention(m[actor]), s.mention(m[character])):
            played = bool(_play(article, s, s.mention(m[actor]), s.mention(m[character]),
                                starring=starring)) or played
    return played


def _play(article: Article, s: Sentence, actor: Mention | str | None,
          character: Mention | str | None, series: str | None = None, starring: bool = False,
          start: int | None = None) -> str | None:
    """Propose that ``actor`` (a mention, or a person's key) plays ``character`` (a mention, or
    a character's key); the quote runs from ``start`` (the sentence's, unless given)."""
    if actor is None or character is None or actor is character:
        return None
    flags: list[str] = []
    person = actor if isinstance(actor, str) else article.resolve(actor, (PERSON,), ACTOR, flags)
    role = character if isinstance(character, str) else \
        article.resolve(character, (CHARACTER,), CHARACTER, flags)
    if person is None or role is None:
        return None
    series = article.series(series or _only_series_named(article, s) or
                            _paragraph_drama(article, s))
    facts = modelling.plays(person, role, series)
    if starring and series:
        facts = [f for f in facts if f[1] != "lr:castMember"]
        facts += modelling.starring(series, person)
    article.claim(s.start if start is None else start, s.end, "plays", facts, flags, role, person)
    return role


def _only_series_named(article: Article, s: Sentence) -> str | None:
    """The one series the sentence names ("A played C in B's “S”"), if it names exactly one."""
    named = {}
    for mention in s.mentions:
        known = [e.key for e in mention.resolution.entities if article.registry.is_a(e, SERIES)]
        if known or (mention.quoted and not mention.resolution.entities and
                     article.hints.get(exact_form(mention.text)) == SERIES):
            named[known[0] if known else exact_form(mention.text)] = mention
    before = article.previous
    if not named and before is not None and before is not s and _IN_THAT_DRAMA.match(s.masked):
        # "“T” by G, the band of last year’s “S.” In that drama C was played by A": the one
        # series the sentence before names
        return _only_series_named(article, before)
    if len(named) != 1:
        return None
    return article.resolve(next(iter(named.values())), (SERIES,), SERIES, [])


_IN_THAT_DRAMA = rx.compile(r"\s*In\s+that\s+(?:drama|series|show)\b")
# (a title may be wrapped across a line: "“Refund by\nFriday.”")
_QUOTED_TITLE = rx.compile(r"[“\"]([^”\"\n]{1,80}?(?:\n[^”\"\n]{1,80}?)?)[,.]?[”\"]")


def paragraph_series(article: Article, start: int, flags: list[str]) -> str | None:
    """The one series the paragraph names in quotes before ``start``, if it names one."""
    return quoted_series(article, article.text.rfind("\n\n", 0, start) + 1, start, flags)


def quoted_series(article: Article, begin: int, end: int, flags: list[str]) -> str | None:
    """The one series ``text[begin:end]`` names in quotes (known, or introduced as a series),
    if it names exactly one."""
    found: dict[str, Mention] = {}
    for m in _QUOTED_TITLE.finditer(article.text, begin, end):
        label = " ".join(m[1].split())
        known = article.registry.lookup(label)
        if any(article.registry.is_a(e, SERIES) for e in known.entities) or (
                not known.entities and article.hints.get(exact_form(label)) == SERIES):
            found.setdefault(exact_form(label),
                             Mention(m.start(1), m.end(1), label, known, quoted=True))
    if len(found) != 1:
        return None
    return article.resolve(next(iter(found.values())), (SERIES,), SERIES, flags)


def _paragraph_drama(article: Article, s: Sentence) -> str | None:
    """In an article about several dramas, the one drama the paragraph named before the
    sentence ("… the theme of “S,” which B shows on Saturdays. A is its star, as C"), when it is
    not the article's main one."""
    series = paragraph_series(article, s.start, [])
    if series is None and _OPENS_ON_THE_DRAMA.match(s.masked) and \
            not any(x.quoted for x in s.mentions):
        # ("… In “S” A sings it as C. ¶ The drama, a P original, …, and B has the leading role
        # of D": the drama the paragraph before named)
        begin = article.text.rfind("\n\n", 0, s.start) + 1
        series = paragraph_series(article, begin - 1, []) if begin > 1 else None
    return series if series != article.main_series else None


_OPENS_ON_THE_DRAMA = rx.compile(r"\s*(?:In\s+)?[Tt]he\s+(?:drama|series|show)\b(?![’'])")


# A lower-case noun right after a name, which the name qualifies ("the X terminal").
_MODIFIED = rx.compile(r"\s+(?!(?:in|on|at|and|or|for|with|from|to|who|whose|which|that|as|"
                       r"opposite|alongside|while|but|since|after|before|until|again|too)\b)"
                       r"[a-z]{3,}\b")


def _topic_band(article: Article, s: Sentence) -> Mention | None:
    """The headword of the glossary entry the sentence is in, when the entry describes a band
    ("B is for G. The four-piece that …")."""
    topic = article.topic[0] if article.topic is not None else None
    if topic is None or topic.quoted or s.start <= topic.start:
        return None
    entry = article.text[topic.end:article.topic[1]]
    return topic if re.search(r"\b(?:band|group|(?:two|three|four|five|six)-piece|duo|trio|"
                              r"quartet|quintet)\b", entry) else None


def _topic_plays(article: Article, s: Sentence) -> None:
    """A glossary entry's sentences leave its headword unsaid: "C is for Bok Su-jeong. … the role
    A carries", "The drummer, played by A", "A plays her"; "S is for A. The series' co-lead
    plays C"."""
    topic = article.topic[0] if article.topic is not None else None
    if topic is None or topic.quoted or s.start <= topic.start:
        return
    m = _TOPIC_PLAYED.search(s.masked)
    actor = s.mention(m["a"] or m["a2"] or m["a3"]) if m else None
    if actor is not None and _actor_and_role(article, actor, topic):
        _play(article, s, actor, topic, start=topic.start)
    m = _TOPIC_PLAYS.match(s.masked)
    if m and _actor_and_role(article, topic, s.mention(m["c"])):
        _play(article, s, topic, s.mention(m["c"]), start=topic.start)


def _part_before(article: Article, s: Sentence) -> None:
    m = _PLAYS_THE_ONE_BEFORE.match(s.masked)
    previous = article.previous
    if m is None or previous is None or "\n\n" in article.text[previous.end:s.start]:
        return
    named = [x for x in previous.mentions if not x.quoted and PERSON_NAME.match(x.text)]
    slot = f"⟨{previous.mentions.index(named[0])}⟩" if named else ""
    at = previous.masked.find(slot) if slot else -1
    if at >= 0 and _PART_DESCRIBED.match(previous.masked, at + len(slot)):
        actor = s.mention(m["a"] or m["a2"] or m["a3"])
        if _actor_and_role(article, actor, named[0]):
            _play(article, s, actor, named[0], start=previous.start)


def _plays(article: Article, s: Sentence) -> None:
    _topic_plays(article, s)
    _part_before(article, s)
    for m in _TAKES_THE_ROLE.finditer(s.masked):
        _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _PLAYED_BY.finditer(s.masked):
        if re.match(rf"\s+and\s+{M},?\s+respectively\b", s.masked[m.end():]):
            continue  # "C and D, played by A and B respectively": read in order below
        if m.group().startswith("⟨") and s.mention(m["c"]) is not None and \
                s.mention(m["c"]).quoted and re.search(r"\bvoiced\b", m.group()):
            continue  # "Part 2, “T,” is voiced by singer A": a song's voice, no part
        if re.search(r"\bvoiced\b", m.group()) and re.search(r"\bduet\b", s.masked[:m.start()]):
            continue  # "a duet between C and D, voiced by A and B": singing voices, no parts
        # "C, a shy bookkeeper who falls for the heiress D, played by A": A plays D, the name
        # right before the participle, not C
        nearer = re.search(rf"(?<!\sof)(?<!\sin)(?<!\sfor)(?<!\sat)(?<!\sfrom)(?<!\swith)"
                           rf"\s({M})$", m["app"] or "")
        character = s.mention(nearer[1]) if nearer and _character_like(
            article, s.mention(nearer[1])) else s.mention(m["c"])
        role = _play(article, s, s.mention(m["a"]), character)
        # ("In the band, the drummer C is played by A, and the bassist D by B": the verb left
        # out of the second pair; a place in the band the sentence opens on)
        gapped = _GAPPED_BY.match(s.masked, m.end())
        if gapped and _actor_and_role(article, s.mention(gapped["a"]), s.mention(gapped["c"])):
            second = _play(article, s, s.mention(gapped["a"]), s.mention(gapped["c"]))
            band = band_before(article, story=True) \
                if second and gapped["role"] and _IN_THE_BAND.match(s.masked) else None
            if band:
                _member(article, s, second, None, gapped["role"], band_key=band)
        # ("Guitar: C, played by A", a line of a roster headed by parts: C has that part in
        # the band the roster lists)
        row = _PART_COLON.match(s.text, s.start) if role else None
        band = _lineup_band(article, s) if row and PART_WORD.search(row["p"].lower()) and \
            row.end() == s.mention(m["c"]).start else None
        if band:
            _member(article, s, role, None,
                    _lead_or_member(row["p"].lower()), band_key=band)
        own_kit = re.fullmatch(r"who\s+[a-z]+\s+the\s+band[’']s\s+[a-z-]+", m["app"] or "")
        ours = band_before(article, story=True) if role and own_kit else None
        if ours:  # "C, who squeezes the band’s accordion, is played by A": C is in the band
            _member(article, s, role, None, None, band_key=ours)
        part = re.fullmatch(rf"(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?P<n>{_MEMBER_NOUNS})\s+"
                            rf"(?:of|in)\s+(?:the\s+band\s+)?(?P<g>{M})", m["app"] or "")
        group = s.mention(part["g"]) if part else None
        if role and group and could_be(article, group, BAND) and \
                not could_be(article, group, SERIES):
            _member(article, s, role, group, part["n"])
        # "C, the rescue volunteer who sings lead for The G …, is played by A": G's singer
        fronts = re.search(rf"\bwho\s+(?:sings\s+lead|fronts)\s+(?:for\s+)?(?:[Tt]he\s+)?"
                           rf"(?P<g>{M})", m["app"] or "") if role and not part else None
        if fronts:
            named = s.mention(fronts["g"])
            band = _band_named(article, named)
            _member(article, s, role, None if band else named, "lead vocalist", band_key=band)
        # "Keyboardist C, the fourth member of the band, is played by A": the band spoken of
        ours = _MEMBER_OF_THE_BAND.fullmatch(m["app"] or "") if role and not part else None
        band = band_before(article, story=True) if ours else None
        if band:
            _member(article, s, role, None, "member", band_key=band)
        # "…, and the bassist, C, is played by A": a place in the band spoken of
        place = _PLACE_APPOSED.search(s.masked[:m.start()]) if role and not (part or ours) \
            else None
        if place:
            _role_in_band(article, s, role, place["n"] or place["n2"])
    for m in _PLAYS.finditer(s.masked):
        if m["verb"] == "play" and article.text[s.mention(m["a"]).start:s.mention(
                m["a"]).end] != "I":
            continue  # "I play C" in an interview's answer; "they play" says nothing
        if re.search(rf"{M}\s+and\s+$", s.masked[:m.start()]) and \
                _AND_NEXT_PART.match(s.masked, m.end()):
            continue  # "A and B, who played C and D": the pairs are read in order
        desc = re.sub(rf"{M}[’']s", "", m["desc"])
        if desc.rstrip().endswith(","):  # "as B’s producer and sparring partner, C": one noun
            desc = re.sub(r"\b[a-z-]+\s+and\s+(?=[a-z-]+\s)", "", desc)
        # ("A plays that singer, C": a determiner, no clause)
        desc = re.sub(r"^(?:that|this)\s+(?=[a-z-]+,?\s*$)", "", desc)
        # ("A plays the supporting role of C": the part's noun, read after "plays")
        desc = re.sub(r"^the\s+(?:[a-z-]+\s+)?(?:role|part)\s+of\s+$", "", desc)
        preposition = _NOT_DESC.search(desc)
        # ("takes on the role of B’s rival in lane six, C": a part described, then named)
        described = preposition is not None and desc.endswith(", ") and (
            (re.search(r"\b(?:role|part)\s+of$", m["verb"]) is not None and
             not re.search(M, desc[preposition.start():])) or
            # ("appears … as a wine buyer from K, C": the part set off after its origin)
            (m["verb"].endswith(" as") and _FROM_PLACE.fullmatch(desc) is not None))
        if (preposition and not described) or \
                re.search(r"\d", re.sub(M, "", m["desc"])) or \
                _INSTRUMENT_PLAYED.match(m["desc"]) or \
                (m["desc"].endswith("the ") and _MODIFIED.match(s.masked, m.end())):
            continue  # "A plays the X terminal": the name only qualifies a place or thing
        if m["verb"] in ("plays", "played") and s.mention(m["a"]).quoted:
            continue  # "“T” plays as C locks up": a song plays under a scene
        if m["verb"] in ("plays", "played") and s.mention(m["c"]).quoted and not m["desc"]:
            continue  # "organisers of the X Festival played “T”": a song played, no part
        if s.mention(m["c"]).quoted and "," in m["desc"]:
            continue  # "A plays a ticket clerk, the rotation borrows “T”": a clause between
        actor = _group_apposed(article, s, m, s.mention(m["a"]))
        if actor is None:
            continue
        role = _play(article, s, actor, s.mention(m["c"]),
                     starring=m["verb"] in ("stars as", "starred as"))
        # "rounds out the band as C", "joins the line-up as C": a member, whatever the role
        # ("joins them on guitar as C": the players just named are the band's)
        joined = re.search(r"\b(?:(?:band|line-?up)\s+|them\s+on\s+(?:[a-z]+\s+){1,2})as$",
                           m["verb"])
        _role_in_band(article, s, role, m["desc"] + (" member" if joined else ""))
        if role and _ON_AN_INSTRUMENT.match(s.masked, m.end()):
            _role_in_band(article, s, role, "member")  # "takes the role of C on bass"
        # ("Its stars are A, who plays C, a DJ whose show …, and B as D": the verb left out of
        # the second pair after "plays" too)
        gapped = _GAPPED_AS.match(s.masked, m.end()) \
            if m["verb"].endswith(" as") or m["verb"] in ("plays", "played") else None
        if gapped and _actor_and_role(article, s.mention(gapped["b"]), s.mention(gapped["d"])):
            _play(article, s, s.mention(gapped["b"]), s.mention(gapped["d"]))
    rounded = list(_ROUND_OUT_AS.finditer(s.masked))
    for m in rounded:
        for a, c in ((m["a"], m["c"]), (m["b"], m["d"])):
            if _actor_and_role(article, s.mention(a), s.mention(c)):
                _play(article, s, s.mention(a), s.mention(c))
    for m in _OPPOSITE.finditer(s.masked):
        if not _NOT_DESC.search(m["desc"]):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]),
                  starring=m["verb"].startswith("star"))
    head = _LEADS_AS.search(s.masked)
    for m in _ONE_AS.finditer(s.masked, head.end()) if head else ():
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]),
                  starring=head["head"].lower().startswith(("lead", "star")))
    for m in _THEY_CAST_AS.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _PLACE_IS_ACTOR.finditer(s.masked):
        place = _PLACE_APPOSED.search(s.masked[:m.start()])
        if place and _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            role = _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
            _role_in_band(article, s, role, place["n"] or place["n2"])
    for m in _WHOSE_IS_THE_BANDS.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            role = _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
            band = band_before(article, story=True)
            if role and band:
                part = "lead vocalist" if re.search(r"singer|vocal|front", m["role"]) else "member"
                _member(article, s, role, None, part, band_key=band)
    for m in _SPENT_BEHIND.finditer(s.masked):
        if could_be(article, s.mention(m["a"]), PERSON) and \
                _character_like(article, s.mention(m["c"])):
            role = _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
            if role:
                _member(article, s, role, s.mention(m["g"]),
                        _KIT_PLAYER.get(" ".join(m["inst"].split()), "member"))
    for m in _SINGER_UP_FRONT.finditer(s.masked):
        if _is_any(article, s.mention(m["c"]), (CHARACTER,)):
            _member(article, s, s.mention(m["c"]), s.mention(m["g"]), "lead vocalist")
    for m in _FOR_ROLE.finditer(s.masked):
        actor = s.mention(m["a"] or m["a2"] or m["a3"] or m["a4"])
        character = s.mention(m["c"] or m["c2"] or m["c3"] or m["c4"])
        show = s.mention(m["s"]) if m["s"] else None
        if (show is None or show.quoted) and _actor_and_role(article, actor, character):
            _play(article, s, actor, character)
    for m in chain(_KNOWN_AS.finditer(s.masked), _READING_FOR.finditer(s.masked)):
        # "M of the boy group G, reading for …": a one-word name, a group's member
        member = m.groupdict().get("of") and could_be(article, s.mention(m["a"]), PERSON) and \
            _character_like(article, s.mention(m["c"]))
        if member or _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            role = _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
            band = band_before(article, story=True) if m["band"] else None
            if role and band:
                _member(article, s, role, None, m["role"], band_key=band)
    for m in _CS_ACTRESS.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _actor_and_role(article, actor, character):
            role = _play(article, s, actor, character)
            band = band_before(article, story=True) if _BAND_TOO.search(s.masked) else None
            if role and band:
                _member(article, s, role, None, None, band_key=band)
    for m in _JOINED_AS.finditer(s.masked):
        actor, character, series = s.mention(m["a"]), s.mention(m["c"]), s.mention(m["s"])
        if series is not None and series.quoted and _actor_and_role(article, actor, character):
            _play(article, s, actor, character)
    for m in _ACTOR_THE_BANDS.finditer(s.masked):
        actor, character, band = s.mention(m["a"]), s.mention(m["c"]), s.mention(m["g"])
        if band is not None and could_be(article, band, BAND) and \
                _actor_and_role(article, actor, character):
            _play(article, s, actor, character)
    for m in _SPENT_AS.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if (m["of"] and could_be(article, actor, PERSON) and _character_like(article, character)) \
                or _actor_and_role(article, actor, character):
            _play(article, s, actor, character)
    for m in _SOLO_MEMBER_PLAYS.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _WHOM_A_PLAYS.finditer(s.masked):
        actor, character = s.mention(m["a"] or m["a2"]), s.mention(m["c"] or m["c2"])
        if _actor_and_role(article, actor, character):
            _play(article, s, actor, character)
    for m in chain(_TURNS_UP_AS_KIN.finditer(s.masked), _PLAYS_HER_X.finditer(s.masked),
                   _STAR_WHOSE.finditer(s.masked)):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _actor_and_role(article, actor, character) and not character.quoted:
            _play(article, s, actor, character)
    for m in _HE_WON_FOR.finditer(s.masked):
        character = s.mention(m["c"] or m["c2"])
        if m["pro"]:
            actor = previous_subject(article)
            if actor and article.is_a(actor, PERSON) and _character_like(article, character):
                _play(article, s, actor, character)
            continue
        first = next((x for x in s.mentions_in(s.masked[:m.start()]) if not x.quoted), None)
        if first is not None and could_be(article, first, PERSON) and \
                _character_like(article, character):
            role = _play(article, s, first, character)
            place = re.match(rf",\s+(?P<g>{M})[’']s\s+(?P<role>{BAND_ROLES})\b",
                             s.masked[m.end():])
            if role and place:  # "…, G's drummer": the part's place in the band
                _member(article, s, role, s.mention(place["g"]), place["role"])
    for m in _BILLED_AS.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]), starring=True)
    for m in _PRIZE_WAS_FOR.finditer(s.masked):
        character = s.mention(m["c"] or m["c2"])
        if m["pro"]:
            actor = previous_subject(article)
            if actor and article.is_a(actor, PERSON) and _character_like(article, character):
                _play(article, s, actor, character)
        elif _actor_and_role(article, s.mention(m["a"] or m["a2"]), character):
            _play(article, s, s.mention(m["a"] or m["a2"]), character)
    for m in _WHICH_THEY_AS.finditer(s.masked):
        _play_in_order(article, s, m, (("a", "c"), ("b", "d")))
    for m in _RECORDED_AS_PAIR.finditer(s.masked):
        _play_in_order(article, s, m, (("a", "c"), ("b", "d")))
    for m in _AS_THEIR_CHARACTERS.finditer(s.masked):
        _play_in_order(article, s, m, (("a", "c"), ("b", "d")))
    for m in _KNOWN_AS_PAIR.finditer(s.masked):
        _play_in_order(article, s, m, (("a", "c"), ("b", "d")))
    for m in _ROLES_OF.finditer(s.masked):
        _play_in_order(article, s, m, (("a", "c"), ("b", "d")), starring=bool(m["lead"]))
    for pattern in (_TITLE_ROLE, _THE_ONE_A_PLAYS, _ROLE_FOR, _THE_C_IN_THE_DRAMA, _WHOSE_C,
                    _ACTORS_CHARACTER_IS, _OPENS_AS):
        for m in pattern.finditer(s.masked):
            if m.groupdict().get("s") and not s.mention(m["s"]).quoted:
                continue  # "A, the drummer C of G's …": no drama's title
            if m.groupdict().get("prize") and not PRIZE_NAME.match(s.mention(m["prize"]).text):
                continue  # "A, Best Supporting Actress, whose C …": only a prize between
            if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
                _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _PRIZE_FOR_PART.finditer(s.masked):
        prize = s.mention(m["prize"] or m["prize2"])
        actor, character = s.mention(m["a"] or m["a2"]), s.mention(m["c"] or m["c2"])
        if _PART_PRIZE_NAME.match(prize.text) and \
                (_person_like(article, actor) or could_be(article, actor, PERSON)) and \
                not _is_any(article, actor, (CHARACTER,)) and _character_like(article, character):
            _play(article, s, actor, character)
    for m in _ON_SCREEN_AS.finditer(s.masked):
        actor, character = s.mention(m["a"] or m["a2"]), s.mention(m["c"] or m["c2"])
        if m["prize"] and not PRIZE_NAME.match(s.mention(m["prize"]).text):
            continue  # "A, G, whose C …": not A's part
        if not (_person_like(article, actor) or could_be(article, actor, PERSON)) or \
                not _character_like(article, character):
            continue
        role = _play(article, s, actor, character)
        verb = " ".join((m["verb"] or m["verb2"]).split())
        band = None if (m["g"] or m["g2"]) else band_before(article, story=True)
        if role and (band or m["g"] or m["g2"]):
            _member(article, s, role, s.mention(m["g"] or m["g2"]), _VERB_ROLE[verb],
                    band_key=band)
    for m in _ROLE_BESIDE.finditer(s.masked):
        actor = s.mention(m["a"] or m["a2"] or m["a3"] or m["a4"] or m["a5"])
        character = s.mention(m["c"] or m["c2"] or m["c3"] or m["c4"] or m["c5"])
        role = m["role"] or m["role2"] or m["role3"] or m["role4"] or m["role5"]
        # ("G’s single, with A, who plays the band’s frontman C": the one band the sentence
        # names, or the one name shaped like a group's)
        # (only when no story band is known yet: "the group’s A, B and C, who played the
        # band’s drummer D" speaks of the story's band, not of the real group)
        alone = bool(m["a5"]) and band_before(article, story=True) is None
        shaped = [x for x in s.mentions if not x.quoted and looks_like_group(article, x)] \
            if alone else []
        named = (_band_in(article, s) or (shaped[0] if len(shaped) == 1 else None)) \
            if alone else None
        if _actor_and_role(article, actor, character):
            _role_in_band(article, s, _play(article, s, actor, character),
                          f"{m['g4']}’s {role}" if m["g4"] else role, named)
    for m in _THE_SHOWS_PLAYER.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _role_in_band(article, s, _play(article, s, s.mention(m["a"]), s.mention(m["c"])),
                          m["role"])
    for m in _AND_B_IS.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _CONFIRMED_AS.finditer(s.masked):
        for actor, character in ((m["a"], m["c"]), (m["e"], m["f"])):
            # the subject may be a one-word stage name opening the sentence
            if actor and could_be(article, s.mention(actor), PERSON) and \
                    not looks_like_group(article, s.mention(actor)) and \
                    _character_like(article, s.mention(character)):
                _play(article, s, s.mention(actor), s.mention(character))
    paired = []
    for m in _C_ACTORS_CHARACTER.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if not _actor_and_role(article, actor, character):
            continue
        if m["role"]:
            _plays_in_band(article, s, actor, character, m["role"])
        else:
            _play(article, s, actor, character)
    for m in _STARS_PAIR_AS.finditer(s.masked):
        if _play_in_order(article, s, m, (("a", "c"), ("b", "d")), starring=True):
            paired.append(m.span())
    for m in _PAIR_LEAD_AS.finditer(s.masked):  # "A and B lead as C, a …, and clerk D"
        if _play_in_order(article, s, m, (("a", "c"), ("b", "d")),
                          starring=m["verb"].startswith(("lead", "star", "head", "in"))):
            paired.append(m.span())
    for m in _PAIR_SHE_HE_AS.finditer(s.masked):  # "…, she as C, …, he as D"
        if _play_in_order(article, s, m, (("a", "c"), ("b", "d")), starring=True):
            paired.append(m.span())
    paired += [m.span() for m in rounded]  # read in order above
    for m in _ANY_AS.finditer(s.masked):
        if any(a <= m.start() < b for a, b in paired) or _SINGING_AS.search(m["vp"] or ""):
            continue  # "A and B trade lines as C and D": singing in character, not a casting
        if m["sin"] and not s.mention(m["sin"]).quoted:
            continue
        if re.search(r"\b(?:[Ss]he|[Hh]e|I|[Ww]e|[Tt]hey)\s+and\s+$", s.masked[:m.start()]):
            continue  # "she and A … as C and D": C is hers, not A's
        if m["b"] and _actor_and_role(article, s.mention(m["b"]), s.mention(m["d"])):
            _play(article, s, s.mention(m["b"]), s.mention(m["d"]))
        actor, character = _group_apposed(article, s, m, s.mention(m["a"])), s.mention(m["c"])
        if _NOT_DESC.search(re.sub(rf"{M}[’']s", "", m["desc"])) or \
                ("," in m["desc"] and not m["desc"].rstrip().endswith(",")) or \
                not _person_like(article, actor) or not _character_like(article, character):
            continue  # "as ambassador, said B": a comma only sets off the character's name
        # "A behind the drum kit as C": the instrument says C plays in the band
        instrument = " member" if _INSTRUMENT.search(m["vp"]) else ""
        role = _play(article, s, actor, character)
        band = s.mention(m["g"])
        if band is not None and (_is_any(article, band, (BAND,)) or
                                 article.hints.get(_form(band)) == BAND):
            _member(article, s, role, band, None)  # "… for G as C": C is in G
        else:
            _role_in_band(article, s, role, m["desc"] + instrument)
    for m in _PLAYED_BY_LIST.finditer(s.masked):
        for pair in _ACTOR_AS_PART.finditer(m["list"]):
            actor, character = s.mention(pair["a"]), s.mention(pair["c"])
            if _actor_and_role(article, actor, character):
                _role_in_band(article, s, _play(article, s, actor, character), pair["desc"])
    for m in _APPOSED_AS_PAIR.finditer(s.masked):
        if re.search(r"\b(?:sings?|sang|singing|recorded|voiced?)\b[^⟨;]{0,40}$",
                     s.masked[:m.start()]):
            continue  # "each sings in character on it, A as C and B as D": voices, not parts
        for actor, character in ((m["a"], m["c"]), (m["b"], m["d"])):
            if _actor_and_role(article, s.mention(actor), s.mention(character)):
                _play(article, s, s.mention(actor), s.mention(character))
    split = _SHE_HE_SPLIT.match(s.masked) if article.previous is not None else None
    pair = _PAIR_LEADS.search(article.previous.masked) if split else None
    if pair and split["p1"].lower() != split["p2"].lower():
        # "A and B lead the cast. She plays C, …; he is D, …": each in the order named
        before = article.previous
        for actor, character in ((pair["a"], split["c"]), (pair["b"], split["d"])):
            if _actor_and_role(article, before.mention(actor), s.mention(character)):
                _play(article, s, before.mention(actor), s.mention(character),
                      start=before.start)
    joined = _PAIR_LEADS_SPLIT.match(s.masked)
    if joined and joined["p1"] != joined["p2"]:
        for actor, character in ((joined["a"] or joined["a2"], joined["c"]),
                                 (joined["b"] or joined["b2"], joined["d"])):
            if _actor_and_role(article, s.mention(actor), s.mention(character)):
                # (leading the cast: the drama's leads)
                _play(article, s, s.mention(actor), s.mention(character), starring=True)
    else:
        joined = None
    other = _SHE_AND_B.match(s.masked)
    if other and other["p1"].lower() != other["p2"]:
        if _actor_and_role(article, s.mention(other["b"]), s.mention(other["d"])):
            _play(article, s, s.mention(other["b"]), s.mention(other["d"]))
    else:
        other = None
    own = _SHE_PLAYED_IN_THE_DRAMA.search(s.masked)
    # ("A and B are its two leads: she plays C, …, and he plays D": each pronoun one of the
    # pair, read below in order)
    paired = _SHE_HE_IS.search(s.masked)
    for m in _PRONOUN_PLAYED.finditer(s.masked):  # "in which she plays C": the one named
        if _NOT_DESC.search(m["desc"]) or (pair and m.start() < split.end()) or \
                (joined and m.start() < joined.end()) or (other and m.start() < other.end()) or \
                (paired and paired.start() < m.start() < paired.end()):
            continue
        if own and re.match(rf"\s*{M}\s", s.masked) and own.start() < m.end() <= own.end():
            continue  # "A sings it as C, …; she played C in the drama": A, read below
        actor = clause_subject(article, s, m.start()) or _opening_subject(article, s, m.start())
        if actor is None:
            _spoken_of_plays(article, s, s.mention(m["c"]))
        elif _person_like(article, actor) and _character_like(article, s.mention(m["c"])):
            # "he starred as G frontman C": C's place in G too
            desc = m["desc"]
            if m["kit"]:
                desc = f"{m['kg']}’s {_KIT_PLAYER[m['kit']]}" if m["kg"] else \
                    _KIT_PLAYER[m["kit"]]
            _role_in_band(article, s, _play(article, s, actor, s.mention(m["c"])), desc)
    for m in _A_ROLE_SHE_PLAYED.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _ROLE_TAKEN_BY.finditer(s.masked):
        if _person_like(article, s.mention(m["a"])) and _character_like(article, s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _LEAD_ROLE_BELONGS.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]),
                  starring=bool(m["lead"] or m["lead2"]))
    for m in _CHARACTER_HANDED_TO.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _IS_ROLE_OF.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            role = _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
            # ("The drummer, C, is B’s part": a place in the story's band)
            place = re.search(rf"(?:^|;|,\s+(?:and|while)\s)\s*[Tt]he\s+(?P<n>{_ROLE_NOUN}),?\s+$",
                              s.masked[:m.start()])
            # ("C, the usher behind the band’s drum kit, is B’s part": the kit says the place)
            kit = re.search(r"\bthe\s+band[’']s\s+(?P<kit>drum\s+kit|drums|bass|guitar|"
                            r"keyboards?)\b", m.group())
            band = band_before(article, story=True) if role and (place or kit) else None
            if band:
                _member(article, s, role, None,
                        place["n"] if place else _KIT_PLAYER[re.sub(r"\s+", " ", kit["kit"])],
                        band_key=band)
    for m in _KIT_BELONGS.finditer(s.masked):
        character, band = s.mention(m["c"] or m["c2"] or m["c3"]), band_before(article, story=True)
        if band and _character_like(article, character):
            kit = m["kit"] or m["kit2"] or m["kit3"]
            _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []), None,
                    _KIT_PLAYER[re.sub(r"\s+", " ", kit)], band_key=band)
    for m in _THE_REST_OF.finditer(s.masked):
        for place in _PLACE_AND_PART.finditer(m["list"]):
            character = s.mention(place["c"])
            if _character_like(article, character) and \
                    re.fullmatch(rf"(?:lead\s+)?{_MEMBER_NOUNS}|[a-z]+ist", place["role"]):
                _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []),
                        s.mention(m["g"]), place["role"])
    for m in _BECOMING_GS.finditer(s.masked):
        character = s.mention(m["c"])
        if _character_like(article, character):
            _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []),
                    s.mention(m["g"]), m["role"])
    for m in _GS_ROLE_IS.finditer(s.masked):
        actor, character = s.mention(m["a"] or m["a2"]), s.mention(m["c"])
        if _person_like(article, actor) and _character_like(article, character):
            played = _play(article, s, actor, character)
            if played is not None:
                role = "lead vocalist" if m["desc"].startswith("lead") else m["desc"]
                _member(article, s, played, s.mention(m["g"]), role)
    for m in _IS_THE_PLAYER.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _person_like(article, actor) and _character_like(article, character):
            _role_in_band(article, s, _play(article, s, actor, character),
                          m["desc"] or m["desc2"])
    for m in _IS_CHARACTER.finditer(s.masked):
        if m["verb"] == "was" and not (m["noun"] or "").startswith("There"):
            continue  # "A was C" alone may be anything; "There I was C" looks back on a part
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        # only a known or introduced actor: "A is B" between two mere names proposes nothing
        if (_is_any(article, actor, (PERSON,)) or ((m["noun"] or m["lead"] or m["fellow"]) and
                                                   _person_like(article, actor))) \
                and _character_like(article, character):
            _play(article, s, actor, character)
        elif m["desc"] and m["verb"] == "is" and article.main_series and \
                not _OFF_SCREEN_JOB.search(m["desc"]) and \
                all(_KOREAN_FULL_NAME.fullmatch(x.text) for x in (actor, character)) and \
                _actor_and_role(article, actor, character):
            # "A is the old keeper C, who …": two full names, neither known, in a drama's
            # article; the description between is the part's, not a job off screen
            _play(article, s, actor, character)
    answer = _HE_IS_ANSWER.match(s.masked) if article.speaker is not None else None
    asked = article.previous if answer else None
    named = [x for x in asked.mentions if not x.quoted] if asked is not None else []
    # the question before the answer named one person: "And your co-lead, A?"
    if len(named) == 1 and (_is_any(article, named[0], (PERSON,)) or (
            PERSON_NAME.match(named[0].text) and asked.masked.rstrip().endswith("?"))) and \
            _character_like(article, s.mention(answer["c"])):
        _play(article, s, named[0], s.mention(answer["c"]))
    for m in _ACTORS_CHARACTER.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if (_is_any(article, actor, (PERSON,)) and _is(article, character, CHARACTER)) or (
                # "that A's C is too stubborn to sell": two full names, neither known, where
                # nothing else sets a person beside a character of the drama
                not actor.resolution.entities and not character.resolution.entities and
                len(actor.text.split()) >= 2 and len(character.text.split()) >= 2 and
                _actor_and_role(article, actor, character)):
            _play(article, s, actor, character)
    for m in _A_PART_THAT_WENT_TO.finditer(s.masked):
        actor = s.mention(m["a"])
        if _person_like(article, actor):
            _play(article, s, actor, s.mention(m["c"]))
    for m in _WHOSE_PLAYER_LEADS.finditer(s.masked):
        person, group = s.mention(m["a"]), s.mention(m["g"] or m["g2"])
        if _person_like(article, person) and looks_like_group(article, group):
            _member(article, s, person, group, None)
    for m in _AS_C_THE_ONE_HE_PLAYS.finditer(s.masked):
        actor = s.mention(m["a"])
        if _person_like(article, actor):
            _play(article, s, actor, s.mention(m["c"]))
    for m in _AND_A_PLAYS_HIM.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _person_like(article, actor) and _character_like(article, character) and \
                not _is_any(article, character, (PERSON,)):
            _play(article, s, actor, character, starring=bool(m["lead"]))
    for m in _WHO_PLAYS_HER.finditer(s.masked):
        actor, role = s.mention(m["a"]), article.before.get(CHARACTER)
        if not _person_like(article, actor):
            continue  # checked first: resolving the character below proposes it
        name, before = article.last_person_name, article.previous
        if name is not None and before is not None and \
                article.text.startswith(("’s", "'s"), name.end):
            # "C … tastes D’s rice wine. A, who plays her": C, not the owner D
            name = next((x for x in reversed(before.mentions) if x.start < name.start and
                         not x.quoted and not article.text.startswith(("’s", "'s"), x.end) and
                         _character_like(article, x)), None)
        if name is not None and before is not None and \
                before.start <= name.start < before.end and _character_like(article, name):
            role = article.resolve(name, (CHARACTER,), CHARACTER, [])  # named just before
        rather = re.search(rf"(?P<c>{M}),\s+or\s+rather\s+$", s.masked[:m.start()])
        if rather and _character_like(article, s.mention(rather["c"])):
            # "the Pipes' guitarist, C, or rather A, who played him": C, named right before
            role = article.resolve(s.mention(rather["c"]), (CHARACTER,), CHARACTER, [])
        _play(article, s, actor, role)
    for m in _PRIZE_ROLE.finditer(s.masked):
        actor, prize, character = s.mention(m["a"]), s.mention(m["aw"]), s.mention(m["c"])
        if prize is not None and _PRIZE_WORD.search(prize.text) and \
                _person_like(article, actor) and _character_like(article, character) and \
                not _is_any(article, character, (PERSON,)):
            _play(article, s, actor, character)
    for m in _WITH_AS.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _actor_and_role(article, actor, character):
            _role_in_band(article, s, _play(article, s, actor, character), m["desc"])
        if m["b"] and _actor_and_role(article, s.mention(m["b"]), s.mention(m["d"])):
            _play(article, s, s.mention(m["b"]), s.mention(m["d"]))
        at = m.end()
        # "with A as the guitarist C, B as the bassist D and E as F, the band’s drummer"
        while not m["b"] and (more := _MORE_AS.match(s.masked, at)):
            actor, character = s.mention(more["a"]), s.mention(more["c"])
            if _actor_and_role(article, actor, character):
                _role_in_band(article, s, _play(article, s, actor, character),
                              more["desc"] or more["after"] or "")
            at = more.end()
    for m in _IS_PLACE.finditer(s.masked):
        actor, character = s.mention(m["a"] or m["a2"]), s.mention(m["c"] or m["c2"])
        if _actor_and_role(article, actor, character):
            role = (m["role"] or m["role2"]).lower()
            _plays_in_band(article, s, actor, character,
                           "lead vocalist" if role.startswith("front") else role.split()[-1])
    for m in chain(_WHOSE_PART.finditer(s.masked), _TURNS_UP_AS.finditer(s.masked),
                   _FIRST_JOB_PLAYING.finditer(s.masked), _HEADING_THE_CAST.finditer(s.masked),
                   _IS_A_PART_FOR.finditer(s.masked), _OTHER_HALF_IS.finditer(s.masked)):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _TAKES_ON_THE.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _role_in_band(article, s, _play(article, s, s.mention(m["a"]), s.mention(m["c"])),
                          m.group())
    for m in _SHARE_THE_ROLE.finditer(s.masked):
        for actor in (m["a"], m["b"]):
            if _actor_and_role(article, s.mention(actor), s.mention(m["c"])):
                _play(article, s, s.mention(actor), s.mention(m["c"]))
    for m in _LED_BY_AS.finditer(s.masked):
        actor, role = s.mention(m["a"] or m["a2"]), s.mention(m["c"] or m["c2"])
        if _actor_and_role(article, actor, role):
            _play(article, s, actor, role)
        # ("headlined by A as C, …, and B as D, …": the second pair, "by" left out)
        gapped = _GAPPED_AS.match(s.masked, m.end()) if m["a"] else None
        if gapped and _actor_and_role(article, s.mention(gapped["b"]), s.mention(gapped["d"])):
            _play(article, s, s.mention(gapped["b"]), s.mention(gapped["d"]))
    for m in _PAIR_PLAYED_BY.finditer(s.masked):
        for actor, role in ((m["a"], m["c"]), (m["b"], m["d"])):
            if _actor_and_role(article, s.mention(actor), s.mention(role)):
                _play(article, s, s.mention(actor), s.mention(role))
    for m in _PLAYED_BY_RESPECTIVELY.finditer(s.masked):
        actors = s.mentions_in(m["a"])
        roles = [x for x in s.mentions_in(s.masked[:m.start()]) if _character_like(article, x)]
        if len(actors) >= 2 and len(roles) >= len(actors):
            for actor, role in zip(actors, roles[-len(actors):], strict=True):
                if _person_like(article, actor):
                    _play(article, s, actor, role)
    for m in _HER_CHARACTER.finditer(s.masked):
        before = article.previous
        opener = next((x for x in before.mentions if not x.quoted), None) if before else None
        subject = previous_subject(article) or (
            article.resolve(opener, (PERSON,), ACTOR, []) if opener is not None and
            PERSON_NAME.match(opener.text) and not opener.resolution.entities else None)
        if subject and _character_like(article, s.mention(m["c"])):
            _play(article, s, subject, s.mention(m["c"]))
    for m in _CHARACTER_BESIDE.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"] or m["c2"])
        series = s.mention(m["s"]) if m["s"] else None
        if m["s"] and (series is None or not series.quoted):
            continue  # "of “S”": a quoted title, the drama
        if _actor_and_role(article, actor, character):
            _play(article, s, actor, character, _series_in(article, s, m["s"]))
    for m in _THE_ACTOR_PLAYED.finditer(s.masked):  # "The actress, who played C": the one named
        before = article.previous
        named = [x for x in before.mentions if _person_like(article, x)] if before else []
        if not m["who"] and len(named) == 1 and _character_like(article, s.mention(m["c"])):
            # "… is A. The actress plays C": the one person the sentence before named
            _play(article, s, article.resolve(named[0], (PERSON,), ACTOR, []), s.mention(m["c"]))
        elif m["who"]:
            _spoken_of_plays(article, s, s.mention(m["c"]))
    for m in _ROLE_APPOSED.finditer(s.masked):
        character = s.mention(m["c"])
        actor = s.mention(m["a"]) if m["a"] else \
            first_mention(article, s, (PERSON,), before=m.start())
        if _person_like(article, actor) and _character_like(article, character):
            _play(article, s, actor, character)
    for m in _PAIRS.finditer(s.masked):
        actors, roles = s.mentions_in(m["a"]), s.mentions_in(m["c"])
        if len(actors) == len(roles) > 1:
            for actor, character in zip(actors, roles, strict=True):
                if not looks_like_group(article, actor):
                    _role_in_band(article, s, _play(article, s, actor, character), m["desc"])
    for m in _CO_LEAD.finditer(s.masked):
        actor = s.mention(m["a"] or m["a2"] or m["a3"] or m["a4"])
        character = s.mention(m["c"] or m["c2"] or m["c3"] or m["c4"])
        if _actor_and_role(article, actor, character):
            role = _play(article, s, actor, character, starring=True)
            band = band_before(article, story=True) if role and (
                m["role"] or _PLAYS_IN_THE_BAND.search(s.masked, m.end())) else None
            if band:
                _member(article, s, role, None, m["role"], band_key=band)
    for m in _CASTS_AS.finditer(s.masked):
        series = s.mention(m["s"])
        if series is not None and series.quoted and \
                _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _SHE_PLAYED_IN_THE_DRAMA.finditer(s.masked):
        opener = re.match(rf"\s*(?P<a>{M})\s", s.masked)
        if opener and _actor_and_role(article, s.mention(opener["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(opener["a"]), s.mention(m["c"]))
    for m in _LED_AT_THE_MIC_BY.finditer(s.masked):
        character = s.mention(m["c"])
        role = _play(article, s, s.mention(m["a"]), character, starring=True) \
            if m["a"] and _actor_and_role(article, s.mention(m["a"]), character) else None
        if role is not None or _character_like(article, character):
            group = s.mention(m["g"] or m["g2"])
            band = _band_named(article, group) if m["g2"] else None
            _member(article, s, role or character, None if band else group, "lead vocalist",
                    band_key=band, require_group=True)
    for m in _WHOM_SHE_PLAYED.finditer(s.masked):
        named = [x for x in s.mentions_in(s.masked[:m.start()]) if _person_like(article, x)]
        if named and _actor_and_role(article, named[-1], s.mention(m["c"])):
            _play(article, s, named[-1], s.mention(m["c"]))
    for m in _PLAYS_THE_LEAD_NAMED.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]), starring=True)
    for m in _SHE_IS_PLAYED_BY.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _FRONTING_G_IS.finditer(s.masked):
        if m["verb"] and s.mention(m["verb"]).text != ("Singing" if m["front"] else "Fronting"):
            continue
        if m["a"] and _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]), starring=True)
        if _is_any(article, s.mention(m["c"]), (CHARACTER,)) or \
                _character_like(article, s.mention(m["c"])):
            # (the part says the band is the story's)
            group = s.mention(m["g"])
            band = _band_named(article, group)
            _member(article, s, s.mention(m["c"]), None if band else group, "lead vocalist",
                    band_key=band)
    for m in _AROUND_THEM_ARE.finditer(s.masked):
        if m["w"] and s.mention(m["w"]).text not in ("Around", "Alongside", "Beside"):
            continue
        for item in m["rest"].split(";"):
            pair = _AS_ITEM.match(item)
            if pair and _actor_and_role(article, s.mention(pair["a"]), s.mention(pair["c"])):
                _play(article, s, s.mention(pair["a"]), s.mention(pair["c"]))
    for m in _PLACE_PART_PLAYER.finditer(s.masked):
        actor, part = s.mention(m["a"]), s.mention(m["c"] or m["c2"])
        if _actor_and_role(article, actor, part):
            _plays_in_band(article, s, actor, part, m["role"])
    for m in _FILLS_SEAT.finditer(s.masked):
        role = {"keyboard": "keyboardist", "drum": "drummer", "bass": "bassist",
                "guitar": "guitarist"}[m["inst"]]
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _plays_in_band(article, s, s.mention(m["a"]), s.mention(m["c"]), role)
    for m in chain(_LEADS_PLAYING.finditer(s.masked), _LEADS_ARE_PLAYING.finditer(s.masked)):
        for actor, part in ((m["a"], m["c"]), (m["b"], m["d"])):
            if _actor_and_role(article, s.mention(actor), s.mention(part)):
                _play(article, s, s.mention(actor), s.mention(part), starring=True)
    for m in chain(_APPEARS_CAST_AS.finditer(s.masked), _AND_A_IS_C.finditer(s.masked)):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _IS_THE_X_C.finditer(s.masked):
        if not _POSTS.search(m["noun"]) and \
                _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in chain(_IS_ACTORS_ROLE.finditer(s.masked), _THE_ACTOR_PLAYS.finditer(s.masked),
                   _CO_LEAD_IS.finditer(s.masked)):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            slots = m.groupdict()  # "his co-lead" stars; "The drummer in that band, C" a place
            role = _play(article, s, s.mention(m["a"]), s.mention(m["c"]),
                         starring=slots.get("lead") not in (None, "co-star"))
            if slots.get("role"):
                _role_in_band(article, s, role, slots["role"])
    for m in _IN_THE_DRAMA_IS.finditer(s.masked):
        for actor, part, noun in ((m["a"], m["c"], m["x"]), (m["b"], m["d"], m["y"])):
            if actor and not _POSTS.search(noun or "") and \
                    _actor_and_role(article, s.mention(actor), s.mention(part)):
                _play(article, s, s.mention(actor), s.mention(part), starring=bool(m["leads"]))
    before = article.previous
    for m in _CAST_GOES_ON.finditer(s.masked) if before is not None else ():
        if not _POSTS.search(m["noun"]) and \
                not re.search(r"\b(?:group|band|stage|name|real|alias)\b", m["noun"]) and \
                any(c.kind == "plays" and c.start == before.start
                    for c in article.proposal.claims) and \
                _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _THE_LEAD_A_IS.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            role = _play(article, s, s.mention(m["a"]), s.mention(m["c"]), starring=True)
            if m["desc"]:  # "…, the band’s guitarist": C's place in the band spoken of
                _role_in_band(article, s, role, m["desc"])
    for m in chain(_CAST_AS_CALLED.finditer(s.masked), _CAST_AS_DESCRIBED.finditer(s.masked)):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _HAS_THE_LEAD_ROLE.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]), starring=True)
    for m in _DOUBLES_AS.finditer(s.masked):
        band = band_before(article, story=True)
        if band and _is_any(article, s.mention(m["c"]), (CHARACTER,)):
            _member(article, s, s.mention(m["c"]), None, m["role"], band_key=band)
    for m in _THE_PLAYER_PLAYED.finditer(s.masked):
        band = band_before(article, story=True)
        role = {"bass player": "bassist", "guitar player": "guitarist",
                "keyboard player": "keyboardist", "drum player": "drummer"}.get(m["role"],
                                                                                 m["role"])
        if band and _character_like(article, s.mention(m["c"])):
            _member(article, s, s.mention(m["c"]), None, role, band_key=band)
    for m in _FRONTING_IS.finditer(s.masked):
        if m["verb"] and s.mention(m["verb"]).text not in ("Fronting", "Leading"):
            continue
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]), starring=True)
    for m in _STARRED_PAIRS.finditer(s.masked):
        # (a name inside a description, "a Seoul banker", is no part: a part ends at a comma)
        roles = [s.mention(x.group())
                 for x in re.finditer(r"⟨\d+⟩(?=\s*,|,?\s+and\s|$)", m["c"])]
        actors = s.mentions_in(m["a"])
        if len(actors) == len(roles) > 1:
            for actor, character in zip(actors, roles, strict=True):
                if _actor_and_role(article, actor, character):
                    _play(article, s, actor, character)
    for m in _ROLE_WENT_TO.finditer(s.masked):
        _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _THE_PART_C_WENT_TO.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    # (after the parts just read: "Out front as the singer is C, the part given to A")
    for m in _OUT_FRONT_IS.finditer(s.masked):
        band = band_before(article, story=True)
        if band and _character_like(article, s.mention(m["c"])):
            _member(article, s, s.mention(m["c"]), None, "lead vocalist", band_key=band)
    for m in _SANG_AS_THEIR_PARTS.finditer(s.masked):
        _play_in_order(article, s, m, (("a", "c"), ("b", "d")))
    for m in _IS_A_AS_C.finditer(s.masked):
        actor, part = s.mention(m["a"] or m["a2"]), s.mention(m["c"] or m["c2"])
        if _person_like(article, actor) and _character_like(article, part):
            _play(article, s, actor, part)
    for m in _IS_THE_ROLE_FOR.finditer(s.masked):
        if _person_like(article, s.mention(m["a"])) and \
                _character_like(article, s.mention(m["c"])):
            role = _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
            place = _PLACE_BEFORE.search(s.masked, 0, m.start())
            if role and place:  # ("… and guitarist C is the role that went to A")
                _role_in_band(article, s, role, place["n"].lower())
    for m in chain(_PART_WENT_TO.finditer(s.masked), _IS_THE_LEAD_ROLE.finditer(s.masked)):
        if _person_like(article, s.mention(m["a"])) and \
                _character_like(article, s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in chain(_SHE_HE_IS.finditer(s.masked), _PLAY_THE_LEADS.finditer(s.masked),
                   _WHO_PLAY_PAIR.finditer(s.masked)):
        for actor, character in ((m["a"], m["c"]), (m["b"], m["d"])):
            if _actor_and_role(article, s.mention(actor), s.mention(character)):
                _play(article, s, s.mention(actor), s.mention(character))
    for m in _LEADS_AND_APPOSED.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["b"]), s.mention(m["d"])):
            _play(article, s, s.mention(m["b"]), s.mention(m["d"]), starring=True)
    for m in _LEADS_APPOSED.finditer(s.masked):
        for actor, character in ((m["a"], m["c"]), (m["b"], m["d"])):
            if _actor_and_role(article, s.mention(actor), s.mention(character)):
                _play(article, s, s.mention(actor), s.mention(character))
    for m in _DEBUT_IN_PART.finditer(s.masked):
        before = article.previous
        parts = [x for x in (before.mention(n.group()) for n in re.finditer(M, before.masked))
                 if _character_like(article, x)] if before is not None else []
        actor = s.mention(m["a"])
        # ("A of the boy group G": a group's member is a person, whatever A's shape)
        if len({x.text for x in parts}) == 1 and (_person_like(article, actor) or (
                m["of"] and actor is not None and not actor.quoted and
                could_be(article, actor, PERSON))):
            _play(article, s, actor, parts[0], start=before.start)
    for m in _IS_PART_DESCRIBED.finditer(s.masked):
        # only where the article already casts people: two names alone may be anything
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if re.search(r"[a-z]", s.masked[:m.start()]):
            continue  # the sentence's subject, after nothing but an entry's heading
        if article.portrayals and actor is not None and character is not None and \
                PERSON_NAME.match(actor.text) and PERSON_NAME.match(character.text) and \
                _actor_and_role(article, actor, character):
            _play(article, s, actor, character)
    for m in _FORMER_LATTER.finditer(s.masked):
        actor = _one_of_two(article, s, m.start(), m["which"] == "latter")
        if _actor_and_role(article, actor, s.mention(m["c"])):
            # the quote takes in the sentence that names the two, when it is the one before
            before = article.previous
            start = before.start if before is not None and before.start <= actor.start < \
                before.end else None
            _play(article, s, actor, s.mention(m["c"]), start=start)
    for m in _AS_THE_BANDS.finditer(s.masked):
        named = m["a"] or m["a2"]
        actor = s.mention(named) if named else clause_subject(article, s, m.start())
        character = s.mention(m["c"])
        band = band_before(article, story=True)
        if band and _actor_and_role(article, actor, character):
            _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []), None,
                    m["role"], band_key=band)
            # "taking the vocal as the band's singer, C" is singing in character, no casting
            if named or not re.search(r"\b(?:vocals?|sings?|singing|sang|sung|recorded|verses?)\b",
                                      s.masked[:m.start()]):
                _play(article, s, actor, character)
    for m in _WATCHED_PLAY.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    # "A's pastry chef, C": two personal names, the second described as the first's
    for m in _ACTORS_DESCRIBED.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if not _PEOPLE_NOUNS.search(m["desc"]) and _actor_and_role(article, actor, character):
            _play(article, s, actor, character)
    for m in _ACTORS_DESCRIBED_PART.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        desc = m["desc"].strip()
        if not _PEOPLE_NOUNS.search(desc) and not _OWN_PEOPLE.search(desc) and \
                _KOREAN_FULL_NAME.fullmatch(actor.text) and \
                _KOREAN_FULL_NAME.fullmatch(character.text) and \
                _actor_and_role(article, actor, character):
            _play(article, s, actor, character)
    for m in _ACTORS_PART_APPOSED.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        # "A's C, the owner": a name not yet known may own the part too when
        # both are full personal names, family name first
        full = " " in actor.text and " " in character.text and \
            _actor_and_role(article, actor, character)
        if (_is(article, actor, PERSON) or full) and not actor.quoted and \
                _character_like(article, character) and not _is_any(article, character, (PERSON,)):
            _play(article, s, actor, character)
    for m in _OF_G_IS_THE.finditer(s.masked):
        actor, group = s.mention(m["a"]), s.mention(m["g"])
        if looks_like_group(article, group) and _actor_and_role(article, actor, s.mention(m["c"])):
            _member(article, s, actor, group, None)
            _plays_in_band(article, s, actor, s.mention(m["c"]), m["role"])
    for m in _C_IS_THE_BANDS.finditer(s.masked):
        band, character = band_before(article, story=True), s.mention(m["c"])
        if band is not None and _is_any(article, character, (CHARACTER,)):
            _member(article, s, character, None, m["role"], band_key=band)
    for m in _ITS_PART_IS.finditer(s.masked):
        band = band_before(article, story=True)
        character = s.mention(m["c"])
        if band is not None and _character_like(article, character):
            _member(article, s, character, None, m["role"], band_key=band)
    for m in _SEMI_HE_IS.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _CAST_CUE.search(s.masked) and _actor_and_role(article, actor, character):
            if m["role"]:
                _plays_in_band(article, s, actor, character, m["role"])
            else:
                _play(article, s, actor, character)
    for m in _SEMI_HE_STARS_AS.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _actor_and_role(article, actor, character) and _character_like(article, character):
            _play(article, s, actor, character)
    for m in _THE_ACTOR_IS.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _actor_and_role(article, actor, character) and _character_like(article, character):
            _play(article, s, actor, character)
    for m in _ACTOR_BEHIND.finditer(s.masked):
        actor, character, band = s.mention(m["a"]), s.mention(m["c"]), s.mention(m["g"])
        # ("the actress behind G's singer C": C, introduced by a part, is a character whatever
        # "singer C" alone suggests)
        if character is None or not _person_like(article, actor) or not (
                _is_any(article, character, (CHARACTER,)) or (
                    not character.resolution.entities and PERSON_NAME.match(character.text))):
            continue
        role = _play(article, s, actor, character)
        if role and band is not None:  # an actress behind its singer: the story's band
            _member(article, s, role, None, m["role"],
                    band_key=article.resolve(band, (BAND, GROUP), BAND, []))
    for m in _WHO_LED_AS.finditer(s.masked):
        title = s.mention(m["s"])
        if title is not None and title.quoted and \
                _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]),
                  series=article.resolve(title, (SERIES,), SERIES, []))
    # "A is the bakery's owner, C" says a part only beside casting words
    for m in _IS_DESCRIBED.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        # ("A is the band’s drummer, C": a place in the band, then the one who holds it)
        if not _PEOPLE_NOUNS.search(m["desc"]) and _actor_and_role(article, actor, character) \
                and (_is_any(article, actor, (PERSON,)) or _CAST_CUE.search(s.masked) or
                     re.search(r"\b(?:plays|played|portrays|portrayed)\b", s.masked) or
                     (re.fullmatch(_ROLE_NOUN, m["desc"]) and
                      re.search(r"\b(?:the\s+band|its|their)[’']s?\s+$",
                                s.masked[:m.start("desc")]))):
            # ("A is the drummer, C": a band part too, in the band spoken of)
            _role_in_band(article, s, _play(article, s, actor, character), m["desc"])
    for m in _PLAYS_C_AND_B_THE_D.finditer(s.masked):
        _play_in_order(article, s, m, (("a", "c"), ("b", "d")))
    for m in _WHOSE_ROLE_IN.finditer(s.masked):
        title = s.mention(m["s"])
        if title is not None and title.quoted and \
                _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            role = _play(article, s, s.mention(m["a"]), s.mention(m["c"]),
                         series=article.resolve(title, (SERIES,), SERIES, []))
            _role_in_band(article, s, role, (m["desc"] or "").strip(" ,"))
    for m in _IS_PARTS_KIN.finditer(s.masked):
        kin = article.resolve(s.mention(m["o"]), (CHARACTER,), None, [])
        if kin and any(kin in parts for parts in article.portrayals.values()) and \
                _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))  # a part's kin: a part
    for m in _AS_C_HE.finditer(s.masked):
        person, character = article.before.get(PERSON), s.mention(m["c"])
        if person and _character_like(article, character):
            _play(article, s, person, character)
    for m in _FOR_PLAYING.finditer(s.masked):  # a nominee "for playing C" does play C
        subject = clause_subject(article, s, m.start())
        character = s.mention(m["c"] or m["c2"] or m["c4"])
        if character is not None and character.quoted:
            character = s.mention(m["c3"]) if m["c3"] else None
        if m["c4"] and not _character_like(article, character):
            continue
        _play(article, s, subject, character)
    for m in _WAS_ITS_PART.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _role_in_band(article, s, _play(article, s, s.mention(m["a"]), s.mention(m["c"])),
                          m["role"])
    her = _HER_NAMED_CHARACTER.match(s.masked)
    if her and _character_like(article, s.mention(her["c"])):
        # "Best Supporting Actress: A. Her C, the band’s bassist, …": the one named before
        person = article.before.get(PERSON)
        if person is not None and article.is_a(person, PERSON):
            _play(article, s, person, s.mention(her["c"]))
    for m in _FOR_BAND_AS.finditer(s.masked):
        band = s.mention(m["g"])
        who = re.search(rf"(?P<a>{M}),\s+$", s.masked[:m.start()])
        actor = s.mention(who["a"]) if who else clause_subject(article, s, m.start())
        role = _play(article, s, actor, s.mention(m["c"]))
        if role and band is not None and (_is_any(article, band, (BAND,)) or
                                          article.hints.get(_form(band)) == BAND or
                                          m["screen"]):  # "on screen": the story's band
            _member(article, s, role, None, None,
                    band_key=article.resolve(band, (BAND, GROUP), BAND, []))
    for m in _ACTORS_MEMBER.finditer(s.masked):  # "A's C, the band's bassist"
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _person_like(article, actor) and _character_like(article, character):
            _play(article, s, actor, character)
    for m in _ACTORS_ROLE.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _is_any(article, actor, (PERSON,)) and _is(article, character, CHARACTER):
            person = article.resolve(actor, (PERSON,), None, [])
            role = article.resolve(character, (CHARACTER,), None, [])
            others = {p for p, roles in article.portrayals.items() if role in roles}
            if person and role and others <= {person}:
                _play(article, s, actor, character)
    for m in _ROLE_AS.finditer(s.masked):
        # "…, A, who also took the award, for her role as C": A, not the sentence's subject
        who = [x for x in re.finditer(rf"(?P<w>{M}),\s+who\b", s.masked[:m.start()])
               if not re.search(r",\s+(?:and|but)\s|;", s.masked[x.end():m.start()])]
        subject = s.mention(m["a"] or m["w"]) if m["a"] or m["w"] else \
            s.mention(who[-1]["w"]) if who and _person_like(article, s.mention(who[-1]["w"])) \
            else clause_subject(article, s, m.start())
        if subject is None and _DESCRIBED_SUBJECT.match(s.masked):
            # "The 31-year-old took X for his role as C": the person of the sentence before
            subject = previous_subject(article, create=True)
        played = _play(article, s, subject, s.mention(m["c"]), _series_in(article, s, m["s"]))
        _role_in_band(article, s, played, m["desc"])  # "her role as G bassist C"
    for m in _PRAISED_AS.finditer(s.masked):
        if _actor_and_role(article, s.mention(m["a"]), s.mention(m["c"])):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]),
                  _series_in(article, s, m["s"]))
    for m in _ACTOR_IS.finditer(s.masked):  # "Veteran actor A is C"
        if _character_like(article, s.mention(m["c"])) and \
                not _is_any(article, s.mention(m["c"]), (PERSON,)):
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]))
    for m in _ROLE_WENT.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if could_be(article, actor, PERSON) and could_be(article, character, CHARACTER) \
                and not looks_like_group(article, actor):
            _role_in_band(article, s, _play(article, s, actor, character), m["desc"])
    for pattern in (_AS_PAREN, _CHARACTER_OF, _FRONTED_ROLE):
        for m in pattern.finditer(s.masked):
            g = m.groupdict()
            actor = s.mention(g.get("a") or g.get("a3"))
            character = s.mention(g.get("c") or g.get("c2") or g.get("c3"))
            lead = s.mention(m.groupdict().get("lead"))
            if lead is not None and lead.text not in ("Portraying", "Playing"):
                continue
            if could_be(article, actor, PERSON) and could_be(article, character, CHARACTER) \
                    and not looks_like_group(article, actor):
                _play(article, s, actor, character, starring=bool(g.get("star")))
    for m in _PAREN.finditer(s.masked):
        character, actor = s.mention(m["c"]), s.mention(m["a"])
        if s.kind == "list" or character is None or actor is None:
            continue
        if not character.quoted and PLAYLIST_COLON.search(s.masked, 0, m.start()):
            continue  # "the playlist …: T1 (A); T2 (B)": titles and their artists
        known = _is(article, character, CHARACTER) or _is(article, actor, PERSON)
        swapped = _is(article, character, PERSON) or _is(article, actor, CHARACTER)
        # ("trails a pawnbroker, C (A)": the noun may stand in apposition)
        described = re.search(r"\b[a-z]{3,},?\s+$", s.masked[:m.start()]) and not re.search(
            r"\b(?:actor|actress|actors|star|stars|starring|newcomer|veteran|idol|singer|rapper|"
            r"lead|leads|co-star|co-stars|protagonist|"
            r"and|with|including|as|by|are|is|were|was|features|cast),?\s+$", s.masked[:m.start()])
        by_pairs = not known and _BY_PAIRS.search(s.masked[:m.start()])
        if swapped or by_pairs or (not known and not described and
                                   _CAST_CUE.search(s.masked[:m.start()])):
            character, actor = actor, character  # "stars A (C)": the actor comes first
        if looks_like_group(article, actor) or \
                not could_be(article, character, CHARACTER) or \
                not could_be(article, actor, PERSON):
            continue
        if not (known or swapped or by_pairs) and not (PERSON_NAME.match(character.text) and
                                                       PERSON_NAME.match(actor.text)):
            continue  # two unknown names: only when both read as personal names
        _play(article, s, actor, character)  # "observatory director C (A)": C is described
    for stars in [*_STARS.finditer(s.masked), *_CAST_INCLUDES.finditer(s.masked)]:
        rest = s.masked[stars.end():]
        lead = rx.found_by(stars, _STARS)
        # "his bandmates from the show: A as C, …": each part is in the band spoken of
        band = band_before(article, story=True) if "mates" in stars.group() else None
        pos = 0
        while m := _AS_PAIR.match(rest, pos) or _after_who_clause(rest, pos):
            if _NOT_DESC.search(m["desc"]):
                break
            _play(article, s, s.mention(m["a"]), s.mention(m["c"]), starring=lead)
            if band is not None and article.is_a(band, BAND) and \
                    _is_any(article, s.mention(m["c"]), (CHARACTER,)):
                _member(article, s, s.mention(m["c"]), None, None, band_key=band)
            # "A as C, a glassblower who …, and B as D": a described part before the next pair
            # "…, and newcomer B as bassist D": a trade before the next actor
            sep = re.match(r"\s*(?:,\s+(?:a|an|the)\s+[^,⟨;]{1,120}?,\s+and\s+(?=⟨)|"
                           r"[,;]\s*(?:and\s+)?|and\s+)(?:(?:newcomer|veteran|actor|actress|idol|"
                           r"rookie|singer|rapper)\s+(?=⟨))?", rest[m.end():])
            if not sep:
                break
            pos = m.end() + sep.end()


def _after_who_clause(rest: str, pos: int) -> re.Match[str] | None:
    """The pair after an entry of a cast list given with a clause of its own ("A as C, B, who
    takes on the role of D, and E as F": that entry is read elsewhere, E as F is next)."""
    entry = _WHO_ENTRY.match(rest, pos)
    return _AS_PAIR.match(rest, entry.end()) if entry else None


_WHO_ENTRY = rx.compile(r"⟨\d+⟩,\s+who\s+[^⟨;]{1,80}?⟨\d+⟩,\s+(?:and\s+)?(?=⟨)")


def _group_apposed(article: Article, s: Sentence, m: re.Match[str], actor: Mention | None
                   ) -> Mention | None:
    """The subject of a casting verb whose slot ``a`` caught a group: the person the group is
    apposed to ("A, a former member of the girl group G, co-stars as C", "A of the group G,
    who will play C", "A of boy group G sits behind the drum kit as C"); else ``actor``."""
    if actor is None or not (looks_like_group(article, actor) or
                             article.hints.get(_form(actor)) in (GROUP, BAND)):
        return actor
    apposed = re.search(rf"(?P<p>{M})(?:\s*,\s+(?:a|an|the)\s+|\s+of\s+)[^,]*{m['a']}"
                        r"\s*(?:,|\s+who\b)", s.masked[:m.end("a") + 6]) or \
        re.search(rf"(?P<p>{M})\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{m['a']}\s",
                  s.masked[:m.end("a") + 1])
    if apposed is None:
        return None
    person = s.mention(apposed["p"])
    return person if _person_like(article, person) else \
        first_mention(article, s, (PERSON,), before=m.start())


def _person_before(article: Article) -> str | None:
    """The person the article spoke of before the sentence: a known one, else the last
    unknown name that the article calls a person."""
    person, name = article.before.get(PERSON), article.last_person_name
    # a name merely shaped like a person's may be a character's
    if person is None and name is not None and \
            article.hints.get(exact_form(name.text)) in (PERSON, ACTOR, SINGER):
        person = article.resolve(name, (PERSON,), ACTOR, [])
    return person


# "… the drama's two leads, A and B. He plays C, …; she is D, …": the pronouns take the pair
# in order.
_PRONOUN_PAIR = rx.compile(rf"^\s*(?P<p1>He|She)\s+(?:plays|played|is|was)\s+(?P<c>{M})[^;]*;\s+"
                           rf"(?P<p2>he|she)\s+(?:plays|played|is|was)\s+(?P<d>{M})")
_PAIR_ENDS = rx.compile(rf"(?P<a>{M})\s+and\s+(?P<b>{M})[.!]?\s*$")


def _pronoun_pair(article: Article, s: Sentence) -> bool:
    """"A and B. He plays C; she is D": A plays C and B plays D. Whether the sentence after
    a pair speaks of them by pronouns (one of the two, not the last named, is "he")."""
    before = article.previous
    pair = _PAIR_ENDS.search(before.masked) if before is not None else None
    if pair is None:
        return False
    m = _PRONOUN_PAIR.match(s.masked)
    if m is None or m["p1"].lower() == m["p2"]:
        return bool(re.match(r"\s*(?:He|She)\s", s.masked))
    for actor, character in ((pair["a"], m["c"]), (pair["b"], m["d"])):
        if _actor_and_role(article, before.mention(actor), s.mention(character)):
            _play(article, s, before.mention(actor), s.mention(character))
    return True


def _spoken_of_plays(article: Article, s: Sentence, character: Mention | None) -> None:
    """The person the article spoke of last plays ``character`` ("The actress, who played C",
    "his first drama since S, in which he played C")."""
    if _pronoun_pair(article, s):
        return
    subject = article.recent.get(PERSON)
    if character is not None and PERSON in article.before and not any(
            _person_like(article, x) for x in s.mentions if x.end <= character.start):
        # "She plays C, and A co-stars as D": no one named before C, so "she" is whoever
        # was spoken of before the sentence, not A, read in a later clause
        subject = article.before[PERSON]
    if character is not None and article.subject_person is not None and \
            re.match(r"^[^.;]{0,40}?\b(?:[Hh]e|[Ss]he)\s", s.masked) and not any(
                _person_like(article, x) for x in s.mentions if x.end <= character.start):
        # "P played C opposite A, …. As D he was …": the sentence's "he" is the one the
        # sentence before was about, not A, named in passing
        subject = article.pronoun_person(subject)
    before = article.previous
    if before is not None and len(before.mentions) == 1 and \
            re.fullmatch(r"[\s“\"‘]*⟨0⟩[.!]?\s*", before.masked) and \
            PERSON_NAME.match(before.mentions[0].text):  # "A. She played C": a one-name answer
        subject = article.resolve(before.mentions[0], (PERSON,), ACTOR, [])
    if subject is None and article.last_person_name is not None:
        subject = article.resolve(article.last_person_name, (PERSON,), ACTOR, [])
    if subject and article.is_a(subject, PERSON) and _character_like(article, character):
        _play(article, s, subject, character)


def _role_in_band(article: Article, s: Sentence, character: str | None, desc: str,
                  group: Mention | None = None) -> None:
    """"plays drummer C", "as G's guitarist C", "the role of its drummer, C": C is in a band
    (``group`` when given, else the one named, else the band the article spoke of last)."""
    noun = re.search(rf"\b(?:lead\s+|main\s+)?{_MEMBER_NOUNS}(?=s?\b)", desc or "")
    if character is None or noun is None:
        return
    owner = re.search(rf"(?P<g>{M})(?:[’']s?)?\s+(?:[a-z-]+\s+)?{re.escape(noun.group())}", desc)
    if group is not None or owner:
        _member(article, s, character, group or s.mention(owner["g"]), noun.group())
        return
    band = band_before(article, story=True)
    if band and (article.is_a(band, BAND) or article.proposal.entity(band) is not None):
        _member(article, s, character, None, noun.group(), band_key=band)
    elif band is None and not article.is_a(character, PERSON):
        article.pending_roles.append((s, character, noun.group()))


def settle_roles(article: Article) -> None:
    """Place the band parts read before the band was named ("A, who played the band's
    singer, C, …; “T” is the one G track"): in the band whose songs were sung in character,
    once the whole article has been read."""
    band = _singing_in_character(article) if article.pending_roles else None
    for s, character, role in article.pending_roles if band else ():
        _member(article, s, character, None, role, band_key=band)
    article.pending_roles.clear()


_WHO_STARRED_IN = rx.compile(rf"(?P<a>{M}),\s+who\s+(?:previously\s+|also\s+)?"
                             rf"(?:starred|stars)\s+in\s+(?P<s>{M})")


# "It starred A as C, a vet who opens a clinic, and B as the tangerine farmer D": the second
# pair, after a description of the first part.
_AND_AS_AFTER = rx.compile(
    rf"\b(?:starred|stars|starring|co-starred|co-stars|featured|features)\s+{M}\s+as\s+{M},\s+"
    rf"(?:a|an|the)\s+(?:[^;⟨]|{M}){{1,80}}?,\s+and\s+(?P<a>{M})\s+as\s+(?:(?:the|a|an)\s+)?"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?P<c>{M})(?![’']s)")


def _and_as_after(article: Article, s: Sentence) -> None:
    """The second actor and part of "starred A as C, a …, and B as the … D"."""
    for m in _AND_AS_AFTER.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _actor_and_role(article, actor, character):
            _play(article, s, actor, character)


# "A, whose character, the bassist C, has become …": A plays C, who has that part in the
# story's band spoken of.
_WHOSE_CHARACTER_THE = rx.compile(rf"(?P<a>{M}),\s+whose\s+(?:character|part|role),\s+(?:the\s+)?"
                                  rf"(?:(?P<role>{BAND_ROLES})\s+)?(?P<c>{M}),")


def _whose_character_the(article: Article, s: Sentence) -> None:
    """"A, whose character, the bassist C, …"."""
    for m in _WHOSE_CHARACTER_THE.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if not _actor_and_role(article, actor, character):
            continue
        if m["role"]:
            _plays_in_band(article, s, actor, character,
                           "lead vocalist" if "lead" in m["role"] else None)
        else:
            _play(article, s, actor, character)


def _starring(article: Article, s: Sentence) -> None:
    about_series = bool(_SERIES_WORDS.search(s.masked)) or any(
        _is(article, mention, SERIES) for mention in s.mentions)
    found = [s.mentions_in(m["list"]) for m in _STARRING_LIST.finditer(s.masked)
             if m["verb"] == "starring" or about_series]
    found += [[s.mention(m["a"])] for m in _LEAD.finditer(s.masked)]
    for mentions in found:
        series = article.series()
        for mention in mentions:
            flags: list[str] = []
            person = article.resolve(mention, (PERSON,), ACTOR, flags)
            if person and series:
                article.claim(s.start, s.end, "starring", modelling.starring(series, person),
                              flags, series, person)
    for m in _WHO_STARRED_IN.finditer(s.masked):
        flags = []
        person = article.resolve(s.mention(m["a"]), (PERSON,), ACTOR, flags)
        series = article.resolve(s.mention(m["s"]), (SERIES,), SERIES, flags)
        if person and series:
            article.claim(s.start, s.end, "starring", modelling.starring(series, person), flags,
                          series, person)


# -- membership -------------------------------------------------------------------------------

# "G, whose member A", "Leader A and youngest member B": members of the group named last.
# "Our leader A" (a member speaking): the band or group named last, of either kind.
_ROLE_NAMED = rx.compile(
    r"(?:^\s*|[,;]\s+|\band\s+|\bwhose\s+|\b(?P<our>[Oo]ur)\s+)"
    r"(?:(?:[Yy]oungest|[Oo]ldest|[Ee]ldest|[Nn]ewest|[Ff]ellow)\s+)?"
    # "our main vocalist A": a member speaking of another
    r"(?:[Ll]eader|[Mm]ember|[Mm]aknae|(?<=[Oo]ur\s)(?:(?:main|lead)\s+)?(?:vocalist|rapper|dancer))"
    rf"\s+(?P<p>{M})(?![’']s)")
# "A, the youngest of G's four members", "A, the eldest member of G": A is in G.
_EXTREME_OF = rx.compile(
    rf"(?P<p>{M}),\s+the\s+(?:youngest|oldest|eldest|newest|tallest)\s+(?:(?:member\s+)?of\s+"
    rf"(?:the\s+)?(?P<g>{M})\b(?![’'])|of\s+(?P<g2>{M})[’']s\s+(?:[a-z-]+\s+)?members\b)|"
    # "A, one of G's five, played …"
    rf"(?P<p2>{M}),\s+one\s+of\s+(?P<g3>{M})[’']s\s+(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2}|members)\s*,")
# "C is its lead vocalist, D plays guitar, E handles keyboards and F sits behind the drum
# kit": a line-up of the band spoken of, one clause a part.
_ITS_LINE_UP = rx.compile(rf"(?P<c>{M})\s+(?:is|was)\s+(?:its|their|the\s+band[’']s)\s+"
                          rf"(?P<role>{BAND_ROLES})(?=,\s|\s+and\s)")
_A_BAND = rx.compile(rf"(?P<g>{M}),\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?band\b")
_LINE_UP_PART = rx.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<c>{M})\s+(?:plays|handles|is\s+on|"
                        r"takes|sits\s+behind|mans|keeps\s+time\s+on)\s+(?:the\s+)?"
                        r"(?:(?:bass|lead|rhythm|electric|acoustic)\s+)?(?:guitar|bass|keyboards?|"
                        r"keys|drums|drum\s+kit|kit|piano|synths?)\b")
# "C, a pirate-radio DJ who moonlights as the lead singer of the bar band G": C fronts G.
_WHO_FRONTS = rx.compile(rf"(?P<c>{M}),\s+(?:a|an|the)\s+[^,;⟨]{{0,60}}?\bwho\s+(?:also\s+)?"
                         r"(?:moonlights|doubles|sings|performs|works)\s+as\s+(?:the\s+)?(?:lead\s+)?"
                         r"(?:singer|vocalist|frontman|frontwoman)\s+of\s+(?:the\s+)?"
                         rf"(?:[\w-]+\s+){{0,2}}?(?:band|group)\s+(?P<g>{M})")
# "The group G followed with “T,” on which members A and B trade verses": G's members.
_MEMBERS_NAMED = rx.compile(rf"(?:,\s+|\bon\s+which\s+|\bwhere\s+)(?:its\s+|fellow\s+)?members\s+"
                            rf"(?P<list>{M}(?:\s*,\s*{M})*,?\s+and\s+{M})")
# "…: she is one of the five members of the girl group G": the person spoken of is in G.
_ONE_OF_MEMBERS = rx.compile(rf"(?:^\s*|[:;,]\s+|\band\s+)(?:[Ss]he|[Hh]e)\s+(?:is|was)\s+"
                             r"(?:also\s+)?one\s+of\s+the\s+(?:[\w-]+\s+)?members\s+of\s+"
                             r"(?:the\s+)?(?:(?:girl|boy|idol|rock|indie|K-pop)\s+)?(?:group|band)\s+"
                             rf"(?P<g>{M})")
# "Now the G member is …", "the G vocalist": the person spoken of before the sentence
# belongs to G.
_THE_MEMBER = rx.compile(rf"\b[Tt]he\s+(?P<g>{M})\s+(?:member|leader|maknae|vocalist|singer|"
                         r"rapper|dancer)\b(?!\s*,?\s*⟨)")
# "As C, the quiet percussionist of G, he had barely a dozen lines": he plays C.
_AS_C_HE = rx.compile(rf"^\s*(?:[A-Z][a-z]+\s+)?[Aa]s\s+(?P<c>{M}),\s+(?:[^;⟨]|{M}){{0,120}}?,\s+"
                      r"(?:he|she)\b")


# "Singing at the front of the band is C", "C, who … becomes the voice of the house band,
# G": the band's lead vocalist.
_FRONT_OF = rx.compile(
    r"\b(?:[Ss]inging|[Ss]tanding)\s+(?:up\s+)?at\s+the\s+front\s+of\s+the\s+(?:band|group)\s+"
    rf"(?:is|was|will\s+be)\s+(?P<c>{M})|(?P<c2>{M})(?:\s*,\s+(?:a|an|the)\s+[^,⟨]{{0,80}}?)?\s+"
    r"(?:who\s+)?(?:[a-z]+\s+){0,2}?(?:becomes|became|become|is|was)\s+the\s+(?:lead\s+)?voice\s+"
    rf"of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:band|group)(?:\s*,\s*(?P<g>{M}))?")


# "The G rapper, who played the band's drummer C, …": the person just named, by the
# group and role that describe them.
_EPITHET_PLAYED = rx.compile(
    rf"^\s*The\s+(?P<g>{M})\s+(?:rapper|singer|vocalist|leader|member|maknae|idol|drummer|"
    r"guitarist|bassist|dancer),\s+who\s+(?:played|plays|portrayed|portrays)\s+"
    rf"(?:(?:the|a|an)\s+(?:band[’']s\s+)?(?P<desc>(?:[\w-]+\s+){{0,2}}?))?(?P<c>{M})")


def _epithet_played(article: Article, s: Sentence) -> None:
    m = _EPITHET_PLAYED.match(s.masked)
    person = article.recent.get(PERSON) if m else None
    group = s.mention(m["g"]) if m else None
    if person is None or group is None or group.quoted or not (
            looks_like_group(article, group) or not group.resolution.entities) or \
            not _character_like(article, s.mention(m["c"])):
        return
    article.hints.setdefault(_form(group), GROUP)  # "the G rapper": G is a group
    role = _play(article, s, person, s.mention(m["c"]))
    _member(article, s, person, group, None)
    if role and re.search(r"\bband[’']s\s", m.group()):  # "the band's drummer C"
        _role_in_band(article, s, role, m["desc"] or "")


def _our_players(article: Article, s: Sentence) -> None:
    """An interview's guest who played in a story's band speaks of its players as "our":
    "She played C, our singer", "A, our guitarist C on screen"."""
    found = list(_OUR_PLAYER.finditer(s.masked)) if article.speaker is not None else []
    if not found:
        return
    guest = interview_guest(article)
    parts = article.portrayals.get(guest, set()) if guest else set()
    bands = {b for b, members in article.story_members.items() if members & parts}
    if len(bands) != 1:
        return
    band = bands.pop()
    for m in found:
        noun = " ".join((m["role"] or m["role2"]).split())
        role = "lead vocalist" if re.search(r"singer|vocalist|front", noun) else noun
        if m["a"]:
            actor, character = s.mention(m["a"]), s.mention(m["c"])
            key = _play(article, s, actor, character) if _actor_and_role(
                article, actor, character) else None
            if key:
                _member(article, s, key, None, role, band_key=band)
        elif _character_like(article, s.mention(m["c2"])):
            _member(article, s, s.mention(m["c2"]), None, role, band_key=band)


def _entry_artist_role(article: Article, s: Sentence) -> None:
    """"5. “T” by A" over "G's main vocalist got a solo spot …": the entry's singer is the one
    the group's member is."""
    m = _GROUPS_MEMBER_OPENS.match(s.masked)
    above = article.text.rfind("\n", 0, max(s.start - 1, 0))
    if m is None or above < 0 or not credit_line(article.text[above + 1:s.start].rstrip()):
        return
    person = article.before.get(PERSON)
    group = s.mention(m["g"])
    if person is not None and group is not None and looks_like_group(article, group):
        _member(article, s, person, group, None)


_MY_MATES = rx.compile(r"\b[Mm]y\s+(?:(?:group|band)mates|members)\b")
_THE_BAND_SPOKEN_OF = rx.compile(r"\b(?:the|its|their)\s+(?:band|line-?up|rhythm\s+section)\b")
_NAME_COLON = rx.compile(rf"(?P<g>{M}):")
_NAME_BEFORE_COLON = rx.compile(rf"(?P<g>{M})(?=[^:;⟨]*:)")


def _membership(article: Article, s: Sentence) -> None:
    _our_players(article, s)
    _roles_on_show(article, s)
    _story_lineup(article, s)
    _noun_fronted_by(article, s)
    _noun_dashed_list(article, s)
    _nth_member(article, s)
    for m in _BAND_PLACE.finditer(s.masked):
        character = s.mention(m["c"] or m["c2"] or m["c3"] or m["c4"] or m["c5"] or m["c6"] or
                              m["c7"] or m["c8"] or m["c9"] or m["c10"])
        band = band_before(article, story=True)
        if band is not None and article.is_a(band, (BAND, GROUP)) and \
                _is_any(article, character, (CHARACTER,)):
            _member(article, s, character, None, "lead vocalist" if m["c3"] else None,
                    band_key=band)
    for m in _ENDS_UP_IN_BAND.finditer(s.masked):
        character = s.mention(m["c"])
        if m["front"]:
            if _is_any(article, character, (CHARACTER,)):
                _member(article, s, character, s.mention(m["g"]), "lead vocalist")
            continue
        band = band_before(article, story=True)
        if band is not None and article.is_a(band, (BAND, GROUP)) and \
                _is_any(article, character, (CHARACTER,)):
            role = m["role"] or _ENDS_UP_ROLE[re.sub(r"\s+", " ", m["verb"])]
            _member(article, s, character, None, role, band_key=band)
    for m in _THEN_HE_IS_PART.finditer(s.masked):
        character = next((x for x in reversed(s.mentions_in(s.masked[:m.start()]))
                          if _is_any(article, x, (CHARACTER,))), None)
        if character is not None:
            _member(article, s, character, s.mention(m["g"]), m["role"], require_group=True)
    for m in _WHO_PLAYS_IN_THE_BAND.finditer(s.masked):
        band = band_before(article, story=True)
        if band and _is_any(article, s.mention(m["c"]), (CHARACTER,)):
            _member(article, s, s.mention(m["c"]), None, None, band_key=band)
    for m in _GS_PLAYER_IS.finditer(s.masked):
        group = s.mention(m["g"])
        if _is_any(article, s.mention(m["c"]), (CHARACTER,)) and group is not None and \
                (looks_like_group(article, group) or _is_any(article, group, (BAND, GROUP))):
            _member(article, s, s.mention(m["c"]), group, None)
    for m in _KEEPS_TIME_FOR.finditer(s.masked):
        if _is_any(article, s.mention(m["c"]), (CHARACTER,)):
            _member(article, s, s.mention(m["c"]), s.mention(m["g"]), None)
    for m in _PART_APPOSED.finditer(s.masked):
        character = s.mention(m["c"] or m["c2"] or m["c3"])
        band = band_before(article, story=True)
        if band is not None and article.is_a(band, BAND) and \
                _is_any(article, character, (CHARACTER,)):
            _member(article, s, character, None, m["role"] or m["role2"] or m["role3"],
                    band_key=band)
    for m in _NOUN_THEN_LIST.finditer(s.masked):
        group = article.recent.get(GROUP) or article.recent.get(BAND)
        for person in s.mentions_in(m["list"]) if group is not None else ():
            if not person.quoted:
                _member(article, s, person, None, None, band_key=group)
    for m in _INSTRUMENT_OF.finditer(s.masked):
        character = s.mention(m["c"] or m["c2"] or m["c3"])
        group = s.mention(m["g"] or m["g2"] or m["g3"])
        if _character_like(article, character) and not _is_any(article, character, (PERSON,)) \
                and group is not None and (looks_like_group(article, group) or
                                           _is_any(article, group, (BAND, GROUP))):
            key = article.resolve(character, (CHARACTER,), CHARACTER, [])
            if key is not None and article.is_a(key, CHARACTER):
                _member(article, s, key, group, None)
    for m in _BABY_OF.finditer(s.masked):
        if m["p"] or m["p3"]:
            _member(article, s, s.mention(m["p"] or m["p3"]), s.mention(m["g"] or m["g3"]), None)
        elif (group := article.recent.get(GROUP)) is not None:
            _member(article, s, s.mention(m["p2"]), None, None, band_key=group)
    for m in _PAIR_AND_THEIR_MATES.finditer(s.masked):
        named = _groups_before(article, s, m.start())
        group = article.resolve(named[-1], (GROUP, BAND), GROUP, []) if named else \
            article.recent.get(GROUP)
        for person in s.mentions_in(m["pair"]) + s.mentions_in(m["list"]) if group else ():
            if not person.quoted:
                _member(article, s, person, None, None, band_key=group)
    for m in _APPOSED_GROUPS_ROLE.finditer(s.masked):
        if _character_like(article, s.mention(m["p"])) or _person_like(article, s.mention(m["p"])):
            _member(article, s, s.mention(m["p"]), s.mention(m["g"]), m["role"])
    for m in _ONE_OF_ITS_N.finditer(s.masked):
        _member(article, s, s.mention(m["p"]), s.mention(m["g"] or m["g2"]), None)
    for m in _THEIR_MEMBER.finditer(s.masked):  # "…, and C, their maknae, sent me …"
        # ("“T,” a G song on which A, the boy group’s leader, …": the group the sentence named)
        named = _groups_before(article, s, m.start())
        group = article.resolve(named[-1], (GROUP, BAND), GROUP, []) if named else \
            article.recent.get(GROUP)
        if group is not None and not _is_any(article, s.mention(m["p"]), (CHARACTER,)):
            _member(article, s, s.mention(m["p"]), None, None, band_key=group)
    for m in _SHE_JOINED.finditer(s.masked):  # "A and I were trainees before she joined G"
        group = s.mention(m["g"])
        guest = article.speaker[1] if article.speaker is not None else None
        people = [x for x in s.mentions_in(s.masked[:m.start()]) if not x.quoted and
                  x.text != guest and (_person_like(article, x) or (
                      could_be(article, x, PERSON) and
                      re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", x.text)))]
        if len(people) == 1 and group is not None and looks_like_group(article, group):
            _member(article, s, people[0], group, None)
    for m in _WHO_JOINED_THE_GROUP.finditer(s.masked):
        named = _groups_before(article, s, m.start())
        if len({_form(x) for x in named}) == 1:
            _member(article, s, s.mention(m["p"]), named[0], None)
    for m in ONLY_SOME_SING.finditer(s.masked):
        for person in s.mentions_in(m["list"]):
            _member(article, s, person, s.mention(m["g"]), None)
    for m in MEMBERS_SET_OFF.finditer(s.masked):
        # the group spoken of, else the one name in capitals the sentence before gives
        before = [x for x in article.previous.mentions if not x.quoted and
                  looks_like_group(article, x)] if article.previous is not None else []
        group = article.recent.get(GROUP) or (
            article.resolve(before[0], (GROUP,), GROUP, []) if len(before) == 1 else None)
        for person in s.mentions_in(m["list"]) if group else ():
            if not person.quoted and could_be(article, person, PERSON):
                _member(article, s, person, None, None, band_key=group)
    for m in _THE_QUARTET_OF.finditer(s.masked):
        for person in s.mentions_in(m["list"]):
            if not person.quoted:
                _member(article, s, person, s.mention(m["g"]), None)
    for m in [*_THE_GROUPS_MEMBERS.finditer(s.masked), *_NAMES_THE_GROUPS.finditer(s.masked)]:
        # "The girl group's four members, A, …"; "A and B, the group's rappers, sit it out"
        # "G’s “T” …: the group’s A, B and C": the group the sentence named first, else the
        # one spoken of
        named = _groups_before(article, s, m.start())
        group = article.resolve(named[0], (GROUP,), GROUP, []) if named else \
            article.recent.get(GROUP)
        for person in s.mentions_in(m["list"]) if group else ():
            if not person.quoted:
                _member(article, s, person, None, None, band_key=group)
    for m in _SINGS_AS_PLAYER.finditer(s.masked):  # one sings as a part: C is a character
        part = s.mention(m["c"])
        character = article.resolve(part, (CHARACTER,), CHARACTER, []) \
            if _character_like(article, part) else None
        # ("the G single that A sang … as the band’s lead singer, C": the band named before)
        named = s.mention(m["g"]) if m["g"] else next(
            (x for x in reversed(s.mentions_in(s.masked[:m.start()]))
             if not x.quoted and (article.hints.get(_form(x)) == BAND or
                                  _is_any(article, x, (BAND,)))), None)
        band = None if named is not None else band_before(article, story=True)
        if character and not article.is_a(character, PERSON) and (named is not None or band):
            _member(article, s, character, named, m["role"], band_key=band)
    for m in _NICKNAMED_PLAYER.finditer(s.masked):  # "C, the Lanterns’ frontwoman"
        nickname = s.mention(m["g"] or m["g2"])
        band = article.ensemble_by_nickname(nickname.text) if nickname is not None else None
        if band and _character_like(article, s.mention(m["c"] or m["c2"])):
            _member(article, s, s.mention(m["c"] or m["c2"]), None, m["role"] or m["role2"],
                    band_key=band)
    for m in _SOME_OF_HIS_MATES.finditer(s.masked):  # "A and B, two of his groupmates, …"
        if m["g"]:
            group = article.resolve(s.mention(m["g"]), (GROUP,), GROUP, []) \
                if looks_like_group(article, s.mention(m["g"])) else None
            person = _person_before(article)
            if group and person and article.is_a(person, PERSON):
                # "Three G groupmates, …": the groupmates of the one spoken of, who is in G
                _member(article, s, person, None, None, band_key=group)
        elif m["list3"]:  # "…, played by A, …; his groupmates B and C": A's group
            group = group_of(article, article.recent.get(PERSON))
            named = next((x for x in reversed(s.mentions_in(s.masked[:m.start()]))
                          if not x.quoted and looks_like_group(article, x)), None) \
                if group is None else None
            if named is not None:
                group = article.resolve(named, (GROUP,), GROUP, [])  # "… of G’s five members"
            group = group or group_of(article, _person_before(article))
        else:
            group = group_of(article, _person_before(article) or previous_subject(article))
        for mate in s.mentions_in(m["list"] or m["list2"] or m["list3"] or m["list4"]) \
                if group else ():
            if not mate.quoted:
                _member(article, s, mate, None, None, band_key=group)
    _entry_artist_role(article, s)
    for m in _FRONT_OF.finditer(s.masked):
        character = s.mention(m["c"] or m["c2"])
        if _is_any(article, character, (CHARACTER,)):
            group = s.mention(m["g"])
            _member(article, s, character, group, "lead vocalist",
                    band_key=None if group is not None else band_before(article))
    for m in _ENDS_UP_AS.finditer(s.masked):
        character = s.mention(m["c"])
        if _is_any(article, character, (CHARACTER,)):
            # "who became Steampipe's frontwoman": a band's place says the name is a band's
            _member(article, s, character, s.mention(m["g"]), m["role"],
                    require_group=not re.fullmatch(BAND_ROLES, m["role"]))
    for m in _BEHIND_THE_KIT.finditer(s.masked):
        if m["w"] and s.mention(m["w"]).text != "Behind":
            continue
        character = s.mention(m["c"] or m["c2"])
        band = band_before(article, story=True) if not m["g"] else None
        role = _KIT_PLAYER[" ".join((m["inst"] or m["inst2"]).split())]
        if _character_like(article, character) and (band or m["g"]):
            _member(article, s, character, s.mention(m["g"]), role, band_key=band)
        elif band and _is_any(article, character, (PERSON,)):
            # "Behind the drum kit will be A …, who makes his debut as C": the role A plays
            _member(article, s, _played_character(article, character), None, role,
                    band_key=band)
    for m in _WHOSE_ROLE.finditer(s.masked):
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        band = band_before(article, story=True)
        if band is None or actor is None or actor.quoted or \
                not (_is_any(article, actor, (PERSON,)) or PERSON_NAME.match(actor.text)) or \
                not _character_like(article, character):
            continue
        role = _play(article, s, actor, character)
        if role:
            _member(article, s, role, None, m["role"], band_key=band)
    for m in _WHOSE_CHARACTER.finditer(s.masked):
        _member(article, s, _played_character(article, s.mention(m["p"])), s.mention(m["g"]),
                "lead vocalist", require_group=True)
    for m in _VOICE_OF.finditer(s.masked):
        # "he" is the character: in a story band's world the actor is no one's voice
        character = s.mention(m["c"] or m["c3"]) if m["c"] or m["c3"] else None
        key = article.before.get(CHARACTER) if m["pro"] else None
        group = s.mention(m["g"] or m["g3"])
        # (a name the article has introduced as the story's band counts too)
        if ((character is not None and _is(article, character, CHARACTER)) or key is not None) \
                and (_is_any(article, group, (BAND,)) or looks_like_group(article, group) or
                     (group is not None and article.hints.get(exact_form(group.text)) == BAND)):
            band = article.resolve(group, (BAND,), BAND, [])  # a character's band is a story's
            _member(article, s, character or key, None, "lead vocalist", band_key=band)
    for m in _THE_MEMBER.finditer(s.masked):
        # "A, the G member who …": the name the description is set beside
        apposed = re.search(rf"(?P<a>{M}),\s+$", s.masked[:m.start()])
        if apposed and re.search(r"\b(?:in|at|from|near|outside|across)\s+$",
                                 s.masked[:apposed.start()]):
            apposed = None  # "at the hall in P, the G vocalist had …": a place, then the subject
        group, person = s.mention(m["g"]), (
            s.mention(apposed["a"]) if apposed else _person_before(article))
        name = article.last_person_name
        if person is None and not apposed and name is not None and \
                PERSON_NAME.match(name.text) and " " in name.text and \
                not re.search(r"\b[Aa]s\s+$", article.text[max(0, name.start - 4):name.start]) and \
                article.hints.get(exact_form(name.text)) in (None, PERSON, SINGER) and \
                could_be(article, name, PERSON):
            # "For six years A has been …. At the hall, the G vocalist had …": the one
            # person the article has named, not yet placed
            person = name
        if person and group is not None and not group.quoted and looks_like_group(article, group):
            _member(article, s, person, group, None)
    for m in _EXTREME_OF.finditer(s.masked):
        group = s.mention(m["g"] or m["g2"] or m["g3"])
        if looks_like_group(article, group):
            _member(article, s, s.mention(m["p"] or m["p2"]), group, None)
    line_up = _ITS_LINE_UP.search(s.masked)
    band = band_before(article, story=True) if line_up else None
    if line_up and band is None and article.previous is not None:
        # "The biggest change is G, a garage band …" just before: G, introduced as a band
        previous = article.previous
        named = [previous.mention(g["g"]) for g in _A_BAND.finditer(previous.masked)]
        named = [x for x in named if x is not None and not x.quoted and not x.resolution.entities]
        band = article.resolve(named[-1], (BAND,), BAND, []) if named else None
    if line_up and band and article.is_a(band, BAND) and \
            _character_like(article, s.mention(line_up["c"])):
        _member(article, s, s.mention(line_up["c"]), None, line_up["role"], band_key=band)
        at = line_up.end()
        while part := _LINE_UP_PART.match(s.masked, at):
            if _character_like(article, s.mention(part["c"])):
                _member(article, s, s.mention(part["c"]), None, None, band_key=band)
            at = part.end()
    for m in _WHO_FRONTS.finditer(s.masked):
        character = s.mention(m["c"])
        if _character_like(article, character):
            _member(article, s, character, s.mention(m["g"]), "lead vocalist")
    for m in _MEMBERS_NAMED.finditer(s.masked):
        group = _last_group_named(article, s, m.start())
        for member in s.mentions_in(m["list"]) if group is not None else ():
            if not member.quoted and not looks_like_group(article, member):
                _member(article, s, member, group, None)
    for m in _ONE_OF_MEMBERS.finditer(s.masked):
        group = s.mention(m["g"])
        subject = clause_subject(article, s, m.start())
        if looks_like_group(article, group):
            _member(article, s, subject if _person_like(article, subject) else
                    article.before.get(PERSON), group, None)
    mine = _MY_MATES.search(s.masked)
    for m in _ROLE_NAMED.finditer(s.masked):
        group = _last_group_named(article, s, m.start())
        # "My groupmates A and B sing it, and our leader C raps": the guest's own group
        guest = interview_guest(article) if mine and m["our"] else None
        band = None if group is not None else group_of(article, guest) if guest else \
            article.recent.get(ENSEMBLE) if m["our"] else \
            (article.ensembles[-1] if article.ensembles else band_before(article))  # met last
        if group is not None or band is not None:
            _member(article, s, s.mention(m["p"]), group, None, band_key=band)
    for m in _POSSESSIVE.finditer(s.masked):
        group = s.mention(m["g"])
        second = s.mention(m["q2"]) if m["q2"] and " " not in m["q2"] else None
        if second is not None and (" " in second.text or " " in s.mention(m["p"]).text):
            second = None
        # "G’s lead vocalist C": the role the words before the name give, if any
        # ("G’s frontman is C": the role, not the verb)
        role = re.sub(r"^[’']s\s+|\s+(?:is|was)\s*$", "",
                      s.masked[m.end("g"):m.start("p")].rstrip()).strip() or None
        for k, person in enumerate((s.mention(m["p"]), s.mention(m["q"]), second)):
            if person is not None and not person.quoted:
                _member(article, s, person, group, None if k else role, require_group=True)
    for m in chain(_YOUNGEST_OF.finditer(s.masked), _SOLO_THEN_MEMBER.finditer(s.masked)):
        _member(article, s, s.mention(m["p"]), s.mention(m["g"]), None, require_group=True)
    for m in _ROLE_OF.finditer(s.masked):
        member = s.mention(m["p"])
        if m.group(0).split(m["p"], 1)[1].startswith(" ") and member is not None and \
                _CAPS_NAME.match(member.text) and looks_like_group(article, member):
            continue  # "C, the DJ and G frontman of B's “S”": G's frontman, not a member of B
        if m.group(0).split(m["p"], 1)[1].lstrip(" ,").startswith(("plays", "played",
                                                                      "who plays",
                                                                      "who played")):
            member = _played_character(article, member)
        _member(article, s, member, s.mention(m["g"]), m["role"])
        rest = _ALONGSIDE_LINEUP.match(s.masked, m.end())
        for other in s.mentions_in(rest["list"]) if rest and member is not None else ():
            if _person_like(article, other):
                _member(article, s, other, s.mention(m["g"]), None, require_group=True)
    for m in _SUNG_BY_ITS_MEMBERS.finditer(s.masked):
        group = s.mention(m["g"])
        for person in s.mentions_in(m["list"]) if looks_like_group(article, group) else ():
            if _person_like(article, person):
                _member(article, s, person, group, None)
    for m in _TRACK_FRONTED_BY.finditer(s.masked):
        group = s.mention(m["g"])
        if looks_like_group(article, group):
            role = m["role"].rstrip("s") if m["role"].startswith(("vocal", "singer")) else None
            for person in s.mentions_in(m["list"]):
                if _person_like(article, person):
                    _member(article, s, person, group, role)
    for m in _FORMED_WITH.finditer(s.masked):
        group = s.mention(m["g"])
        if looks_like_group(article, group):
            for person in [s.mention(m["a"]), *s.mentions_in(m["list"])]:
                if _person_like(article, person):  # ("the quartet": the noun says it is one)
                    _member(article, s, person, group, None)
    for m in _OF_GROUP.finditer(s.masked):
        _member(article, s, s.mention(m["p"]), s.mention(m["g"]), None)
        first = s.mention(m["p0"]) if m["p0"] else None
        if first is not None and not first.quoted:
            # ("A and B of the girl group G": a given name opening the sentence is
            # a singer's, listed with another's before the group)
            _member(article, s, replace(first, initial=False), s.mention(m["g"]), None)
    for m in _OF.finditer(s.masked):
        if re.search(r"\b(?:[Pp]roducer|[Dd]irector|[Ww]riter|CEO|[Pp]resident|[Cc]hief|[Hh]ead|"
                     r"[Ee]xecutive|[Mm]anager|PD|[Cc]omposer)\s+$", s.masked[:m.start()]):
            continue  # "Producer A of B": a post at B, no membership
        _member(article, s, s.mention(m["p"]), s.mention(m["g"]), None, require_group=True)
    for m in _PAREN.finditer(s.masked):  # "A (GROUP)": a member and her group
        person, group = s.mention(m["c"]), s.mention(m["a"])
        if s.kind != "list" and person is not None and looks_like_group(article, group) and \
                " & " not in person.text and \
                could_be(article, person, PERSON) and not _is(article, person, CHARACTER):
            # ("A & B (G)" is two members, which the credit line reads)
            _member(article, s, person, group, None)
    placed = {m["c"] for m in _AND_IS_ITS_ROLE.finditer(s.masked)}  # parts, read below
    for m in _ROLE_BEFORE.finditer(s.masked):
        if m["p"] in placed or _IN_THE_STORY.match(s.masked) or \
                _NOUN_FRONTED_BY.match(s.masked):
            continue  # (a line-up "in the story", or after "The group is fronted by A", is
            # read place by place)
        band_key = None
        gapped = _GAPPED_PLAYED_BY.match(s.masked, m.end("p")) \
            if m["the"] and _PLAYED_BY_AND.search(s.masked, 0, m.start()) else None
        if gapped:  # "…, and its drummer, C, by A of the group G": C is a part A plays
            _play(article, s, s.mention(gapped["a"]), s.mention(m["p"]))
        small = r"(?:duo|trio|quartet|quintet|sextet|group)"
        named = [x for x in s.mentions_in(s.masked[:m.start()]) if not x.quoted and
                 (_is_any(article, x, (GROUP,)) or looks_like_group(article, x))] \
            if m["the"] and (re.match(rf"[Tt]he\s+{small}", m["the"]) or (
                re.match(r"[Ii]ts|[Tt]heir", m["the"]) and
                re.search(rf"\b{small}\b", s.masked[:m.start()]))) else []
        # "credited to the duo G and sung by the duo’s vocalist, A; its other member, B, …": G,
        # named just now
        if named:
            group_named = named[-1]
            _member(article, s, s.mention(m["p"]), group_named, None, require_group=False)
            continue
        if m["the"]:  # "C, the band's drummer": a character's band is the story's
            band_key = band_before(article, story=bool(gapped) or _is_any(
                article, s.mention(m["p"]), (CHARACTER,)))
        role = m["role2"] if m["role2"] and not m["role"].startswith(("member", "leader")) \
            else m["role"]
        if m["role2"] and m["role"] in ("leader", "member"):
            role = m["role2"] if "vocal" in m["role2"] or "front" in m["role2"] else m["role"]
        group = s.mention(m["g"])
        if group is not None and group.initial and " " not in group.text and \
                not _CAPS_NAME.match(group.text) and not m.group().startswith(group.text + "’") \
                and not any(article.registry.is_a(e, (GROUP, BAND))
                            for e in group.resolution.entities):
            continue  # "Class leader A": a sentence's first word, no group's name
        # "G's youngest member, A": the role noun says G is a group, when nothing says otherwise
        said = group is not None and article.hints.get(_form(group)) is None and \
            not group.resolution.entities and bool(_CAPS_NAME.match(group.text))
        _member(article, s, s.mention(m["p"]), group, role, band_key=band_key,
                require_group=not said)
    for m in _ROLE_NOUN_CHARACTER.finditer(s.masked):
        character = s.mention(m["c"])
        if not _is_any(article, character, (CHARACTER,)):
            continue
        # "Joining him in the band are bassist C, …": the band spoken of, else the one named
        the_band = _THE_BAND_SPOKEN_OF.search(s.masked)
        band_key = band_before(article, story=True) if the_band else None
        group = None if band_key else _band_in(article, s)
        if group is not None or band_key is not None:
            _member(article, s, character, group, m["role"], band_key=band_key)
    for m in _IS_A_GROUP.finditer(s.masked):
        people = s.mentions_in(m["list"] or m["list2"] or m["list3"] or m["list4"])
        if m["a4"]:
            people = [s.mention(m["a4"]), *people]
        for person in people:
            if _person_like(article, person):
                _member(article, s, person,
                        s.mention(m["g"] or m["g2"] or m["g3"] or m["g4"]), None)
    for m in [*_FORMED_BY.finditer(s.masked), *_ROLES_JOINED.finditer(s.masked)]:
        band = band_before(article, story=True)
        g = m.groupdict()
        pairs = [(g.get("c"), g.get("role")), (g.get("d"), None), (g.get("c1"), g.get("r1")),
                 (g.get("c2"), g.get("r2"))]
        for name, role in pairs:
            character = s.mention(name) if name else None
            if band is None or not _character_like(article, character) or \
                    _is_any(article, character, (PERSON,)):
                continue
            role = "lead vocalist" if role and re.search(r"voice|singer|vocalist|front", role) \
                else role
            _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []), None,
                    role, band_key=band)
    for m in _THE_ROLE_C_IS_PLAYED.finditer(s.masked):
        character = s.mention(m["c"])
        if _character_like(article, character) and not _is_any(article, character, (PERSON,)):
            _role_in_band(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []),
                          m["role"])
    # (both need a colon, which most sentences lack)
    named = (_NAME_COLON.search(s.masked) or next(  # "That band is G: …"
        (x for x in _NAME_BEFORE_COLON.finditer(s.masked)  # "… formed G out of …:"
         if article.hints.get(_form(s.mention(x["g"]))) == BAND), None)) \
        if ":" in s.masked else None
    entry_band = _topic_band(article, s)
    for m in _LINEUP_CLAUSE.finditer(s.masked):
        group = s.mention(named["g"]) if named and named.start() < m.start() else entry_band
        band = None if group is not None else band_before(article, story=True)
        character = s.mention(m["c"] or m["c4"] or m["c5"])
        if (group is None and band is None) or not _character_like(article, character) or \
                _is_any(article, character, (PERSON,)):
            continue
        if m["a"] or m["a2"]:
            _play(article, s, s.mention(m["a"] or m["a2"]), character)
        noun = " ".join((m["noun"] or m["role5"] or "").split())
        if (m["mic"] or m["inst6"] or m["kit"]) and ":" not in s.masked[:m.start() + 1]:
            continue  # "C on guitar" is a line-up's item only in a list the colon opens
        role = "lead vocalist" if m["front"] or m["mic"] or \
            re.search(r"singer|vocalist|front", noun) else \
            noun or _LINEUP_ROLE[(m["inst"] or m["inst2"] or m["inst3"] or m["inst4"] or
                                  m["inst5"] or m["inst6"] or "drums").lower()]
        _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []), group,
                role, band_key=band)
    for m in _APPOSED_PLAYER.finditer(s.masked):
        character = s.mention(m["c"])
        if m["of"] and not m["g"]:
            continue  # "C, the bassist of G" is read with the band it names
        band = band_before(article, story=True) if not m["g"] else None
        named = s.mention(m["g"])
        if band is None and named is None:  # "a G slow jam that …": the band named in capitals
            named = _band_in(article, s) or next(
                (x for x in s.mentions if not x.quoted and not x.resolution.entities and
                 x.start < character.start and _CAPS_NAME.match(x.text)), None) \
                if character is not None else None
        # "in character as C", "sings the lead as C": C is a part, sung
        in_character = re.search(r"\b(?:in\s+character|(?:sings|sang|sung)(?:\s+(?:the\s+)?"
                                 rf"(?:lead|verses?|chorus|vocals?))?)\s+as\s+{re.escape(m['c'])}",
                                 s.masked)
        if (band or named) and (in_character or _is_any(article, character, (CHARACTER,))):
            role = "lead vocalist" if m["role"].startswith("front") else m["role"]
            _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []), named,
                    role, band_key=band)
    for m in _IS_ITS.finditer(s.masked):
        before = s.mentions_in(s.masked[:m.start()])
        character = before[-1] if before else None
        bands = [x for x in before if not x.quoted and (
            _is_any(article, x, (BAND, GROUP)) or article.hints.get(_form(x)) in (BAND, GROUP) or
            _CAPS_NAME.match(x.text))]
        if bands and _is_any(article, character, (CHARACTER,)):
            role = m["role"] or _PLAYER.get((m["inst"] or "").lower(), "keyboardist")
            _member(article, s, character, bands[-1], role)
    for m in _AS_ITS.finditer(s.masked):  # "C … starts a band, B, and ends up as its frontman"
        before = s.mentions_in(s.masked[:m.start()])
        characters = [x for x in before if _is_any(article, x, (CHARACTER,))]
        bands = [x for x in before if not x.quoted and (
            _is_any(article, x, (BAND, GROUP)) or article.hints.get(_form(x)) in (BAND, GROUP))]
        if characters and bands:
            _member(article, s, characters[-1], bands[-1], m["role"])
    for m in _BECOMING.finditer(s.masked):  # "C, who … becomes the guitarist of the band B"
        before = [x for x in s.mentions_in(s.masked[:m.start()]) if _is_any(article, x,
                                                                           (CHARACTER,))]
        if before:
            _member(article, s, before[-1], s.mention(m["g"]), m["role"])
    for m in _WITH_MEMBERS.finditer(s.masked):
        group = _last_group_named(article, s, m.start())
        if group is None and m.group().lstrip().startswith("Members"):
            recent = article.recent.get(GROUP)  # "Members A and B trade verses …"
            if recent:
                for person in s.mentions_in(m["list"]):
                    _member(article, s, person, None, None, band_key=recent)
                # ("Members A and B split the verses of “T”": the title named, sung elsewhere)
                got = None if any(x.quoted for x in s.mentions) else article.spoken_recording([])
                if got and re.match(r"\s+(?:trade|swap|share|split|sing|handle|take|pass)\b",
                                    s.masked[m.end():]):
                    _members_sing(article, s, s.mentions_in(m["list"]), got)
            continue
        members = s.mentions_in(m["list"]) + ([s.mention(m["more"])] if m["more"] else [])
        for person in members:
            if group is not None and not person.quoted:
                _member(article, s, person, group, None)
        if group is not None and (m["split"] or re.match(
                r"\s+(?:trading|swapping|sharing|splitting|singing|handling)\b",
                s.masked[m.end():])):
            _members_sing(article, s, members)
    for m in _PIECE_COLON.finditer(s.masked):
        band = s.mention(m["g"])
        rest = s.masked[m.end():]
        if band is not None and (_is(article, band, GROUP) or
                                 article.hints.get(_form(band)) == GROUP):
            # "the boy group G … G is a four-piece: leader A plus B, C and D": a real group's
            # members are people, named in a list
            listed = _PIECE_LIST.match(rest)
            people = s.mentions_in(listed.group()) if listed else []
            if not listed and ";" in rest:
                # ("G is a five-piece: A, the leader; B and C, who rap; and D, the youngest":
                # the names opening each item)
                for item in rest.split(";"):
                    opening = _PART_ITEM.match(item)
                    people += s.mentions_in(opening["list"]) if opening else []
            for person in people:
                if not person.quoted:
                    _member(article, s, person, band, None, require_group=True)
            continue
        for item in rest.split(";") if ";" in rest else ():
            opening = _PART_ITEM.match(item)
            # ("the raker C, its lead singer": the place the item gives)
            place = re.match(rf",\s+its\s+(?P<role>(?:lead\s+|main\s+)?{_MEMBER_NOUNS})\b",
                             item[opening.end():]) if opening else None
            for character in s.mentions_in(opening["list"]) if opening else ():
                if _character_like(article, character):
                    _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []),
                            band, place["role"] if place else None)
        for part in _ON_PART.finditer(rest):
            key = article.resolve(s.mention(part["c"]), (CHARACTER,), None, []) \
                if _character_like(article, s.mention(part["c"])) else None
            if key:
                _member(article, s, key, band,
                        "lead vocalist" if part["what"].startswith("lead") else None)
            if key and re.match(r"\s+and\s+(?:guitar|bass|keys|keyboards?|drums)\b",
                                rest[part.end():]):
                _member(article, s, key, band, None)  # "C on lead vocals and guitar"
        for part in _ROLE_PART.finditer(rest):
            character = s.mention(part["c"])
            if not _character_like(article, character):
                continue
            key = _play(article, s, s.mention(part["a"]), character) if part["a"] else \
                article.resolve(character, (CHARACTER,), CHARACTER, [])
            if key:
                _member(article, s, key, band, part["role"])
            if part["a"] and part["g2"]:
                _member(article, s, s.mention(part["a"]), s.mention(part["g2"]), None,
                        require_group=True)
    for m in _MEMBER_OPENS.finditer(s.masked):
        person = article.pronoun_person()
        if person and article.is_a(person, PERSON):
            _member(article, s, person, s.mention(m["g"]), None, require_group=True)
    for m in _WHO_BECOMES.finditer(s.masked):
        key = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, []) \
            if _character_like(article, s.mention(m["c"])) else None
        if key:
            _member(article, s, key, s.mention(m["g"]), m["role"])
    lineup = band_before(article, story=True) if _ROUND_OUT.search(s.masked) else None
    for m in _ROLE_PART_PAREN.finditer(s.masked) if lineup else ():
        key = article.resolve(s.mention(m["c"]), (CHARACTER,), CHARACTER, []) \
            if _character_like(article, s.mention(m["c"])) else None
        if key:
            _member(article, s, key, None, m["role"].lower(), band_key=lineup)
    for m in _CHARACTERS_BELONG.finditer(s.masked):
        before = article.previous
        parts = [x for x in before.mentions if any(article.registry.is_a(e, CHARACTER) for e in
                                                  article.registry.lookup(x.text).entities)] \
            if before is not None else []
        for part in parts:
            key = article.resolve(part, (CHARACTER,), None, [])
            if key:
                _member(article, s, key, s.mention(m["g"]), None)
    band = band_before(article, story=True) if _SINGS_LEAD.search(s.masked) or \
        _IS_ITS_ROLE.search(s.masked) or _CONSISTS_OF.search(s.masked) else None
    for m in _SINGS_LEAD.finditer(s.masked) if band else ():
        key = article.resolve(s.mention(m["c"]), (CHARACTER,), None, []) \
            if _character_like(article, s.mention(m["c"])) else None
        if key and article.is_a(key, CHARACTER):
            _member(article, s, key, None, "lead vocalist", band_key=band)
    for m in _IS_ITS_ROLE.finditer(s.masked) if band else ():
        part = s.mention(m["c"] or m["c2"])
        key = article.resolve(part, (CHARACTER,), None, []) \
            if _character_like(article, part) else None
        if key and article.is_a(key, CHARACTER):
            _member(article, s, key, None, m["role"] or m["role2"], band_key=band)
    for m in _CONSISTS_OF.finditer(s.masked) if band else ():
        for slot, role in (("c1", "r1"), ("c2", "r2")):
            key = article.resolve(s.mention(m[slot]), (CHARACTER,), CHARACTER, []) \
                if _character_like(article, s.mention(m[slot])) else None
            if key:
                _member(article, s, key, None, m[role], band_key=band)
    for m in _G_IS_LIST.finditer(s.masked):
        group = s.mention(m["g"])
        if group is None or group.quoted or not looks_like_group(article, group):
            continue
        people = [x for x in s.mentions_in(m["list"]) if not x.quoted]
        if not all(_person_like(article, x) or could_be(article, x, PERSON) for x in people):
            continue
        for person in people:
            _member(article, s, person, group, None, require_group=True)
        leader = article.recent.get(PERSON) if m["leads"] else None
        if leader:
            _member(article, s, leader, group, "leader", require_group=True)
    for m in _BELONGS.finditer(s.masked):
        _member(article, s, s.mention(m["p"]), s.mention(m["g"]), None)
        for other in s.mentions_in(m["list"]):
            if _person_like(article, other) or could_be(article, other, PERSON):
                _member(article, s, other, s.mention(m["g"]), None)
    for m in _WITH_HIS_GROUP.finditer(s.masked):
        subject = clause_subject(article, s, m.start())
        if _person_like(article, subject) and looks_like_group(article, s.mention(m["g"])):
            _member(article, s, subject, s.mention(m["g"]), None)
    for m in _FELLOW_MEMBERS.finditer(s.masked):
        group = _last_group_named(article, s, m.start())
        if group is None or re.search(rf"{M}[’']?s?\s+(?:fellow\s+)?members\s*$",
                                      s.masked[:m.end("list") - len(m["list"])]):
            continue  # "G's fellow members A and B" is read as a members list
        for person in s.mentions_in(m["list"]):
            if _person_like(article, person):
                _member(article, s, person, group, None)
    for m in _FELLOW.finditer(s.masked):
        group = _last_group_named(article, s, m.start())
        key = None if group is not None else article.before.get(GROUP)
        for person in (s.mention(m["a"]), s.mention(m["b"])):
            if _person_like(article, person) and (group is not None or key):
                _member(article, s, person, group, None, band_key=key)
    for m in _LIST_APPOSED_ROLE.finditer(s.masked):
        named = s.mention(m["g"]) if m["g"] else None
        band = None if named is not None else \
            (article.before.get(GROUP) if m["p"] else band_before(article))
        people = s.mentions_in(m["list"] or m["list2"]) if m["list"] or m["list2"] else \
            [s.mention(m["p"])]
        for person in people if named is not None or band else []:
            if person is not None and not person.quoted and could_be(article, person, PERSON):
                _member(article, s, person, named, None, band_key=band)
    for m in _APPOSED_ROLE.finditer(s.masked):
        # "C, the band's drummer": a character's band is the story's
        band_key = band_before(article, story=_is_any(article, s.mention(m["p"]), (CHARACTER,))) \
            if m["the"] else None
        if m["the"] and band_key is None:
            continue
        _member(article, s, s.mention(m["p"]), s.mention(m["g"]), m["role"], band_key=band_key,
                require_group=True)
    for m in _WITH_SINGER.finditer(s.masked):
        _member(article, s, s.mention(m["c"]), s.mention(m["g"]), "lead vocalist",
                require_group=True)
    for m in _ON_PART_AS.finditer(s.masked):
        _plays_in_band(article, s, s.mention(m["a"]), s.mention(m["c"]), None)
    for m in [*_APPOSED_ROLE_NAMED.finditer(s.masked), *_AND_IS_ITS_ROLE.finditer(s.masked)]:
        _plays_in_band(article, s, s.mention(m["a"]), s.mention(m["c"]), m["role"])
    for m in _MEMBERS_OF.finditer(s.masked):
        band_key = band_before(article) if m["the"] else None
        if m["the"] and band_key is None:
            continue
        # "A leads the vocals and B harmonises, while the group's other two members …"
        others = [s.mention(x[1]) for x in _SINGER_BEFORE.finditer(s.masked, 0, m.start())] \
            if m["other"] else []
        listed = [*s.mentions_in(m["list"]), *(s.mentions_in(m["rest"]) if m["rest"] else [])]
        for person in [*others, *listed]:
            if not person.quoted:
                _member(article, s, person, s.mention(m["g"]), None, band_key=band_key,
                        require_group=True)
    placed = _IN_G.match(s.masked)
    if placed and looks_like_group(article, s.mention(placed["g"])):
        for m in _HOLDS_PLACE.finditer(s.masked, placed.end()):
            for person in s.mentions_in(m["list"]):
                if not person.quoted:
                    _member(article, s, person, s.mention(placed["g"]), m["role"],
                            require_group=True)
    for m in _LED_BY_REST.finditer(s.masked):
        for person in [s.mention(m["a"] or m["a2"]), *s.mentions_in(m["list"] or m["list2"])]:
            if person is not None and not person.quoted:  # "is a quintet" says G is a group
                _member(article, s, person, s.mention(m["g"] or m["g2"]), None)
    for m in chain(_MAKE_UP_G.finditer(s.masked), _LIST_MAKES_UP_G.finditer(s.masked),
                   _DUO_OF_NAMED.finditer(s.masked)):
        for person in s.mentions_in(m["rest"]):
            if not person.quoted and could_be(article, person, PERSON) and \
                    not looks_like_group(article, person):
                _member(article, s, person, s.mention(m["g"]), None)
    for m in _ACT_COLON.finditer(s.masked):
        for person in s.mentions_in(m["rest"]):
            if not person.quoted and could_be(article, person, PERSON) and \
                    not looks_like_group(article, person):
                _member(article, s, person, s.mention(m["g"]), None, require_group=True)
    for m in chain(_HAS_MEMBERS.finditer(s.masked), _SIZE_COMMA_LIST.finditer(s.masked)):
        for person in s.mentions_in(m["list"]):
            if not person.quoted:
                _member(article, s, person, s.mention(m["g"]), None, require_group=True)
    for m in _LEADER_REST.finditer(s.masked):
        group = band_before(article)
        listed = s.mentions_in(m["list"] or m["list2"] or m["list3"])
        for person in [s.mention(m["a"] or m["a3"]), *listed] if group else ():
            if person is not None and not person.quoted:
                _member(article, s, replace(person, initial=False), None, None, band_key=group)
    for m in _NOUN_MADE_UP_OF.finditer(s.masked):
        group = band_before(article)
        for person in s.mentions_in(m["list"]) if group else ():
            if not person.quoted:
                _member(article, s, replace(person, initial=False), None, None, band_key=group)
    for m in chain(_JOINED_IN_G.finditer(s.masked), _GS_LEADER_REST.finditer(s.masked),
                   _GS_MEMBERS_ITS_LEADER.finditer(s.masked), _G_FRONTED_REST.finditer(s.masked),
                   _G_HAS_MEMBERS.finditer(s.masked), _G_LED_BY_REST.finditer(s.masked),
                   _PIECE_LED_BY.finditer(s.masked)):
        for person in [s.mention(m["a"]), *s.mentions_in(m["list"])]:
            if person is not None and not person.quoted:
                _member(article, s, person, s.mention(m["g"]), None, require_group=True)
    # ("G’s line-up is …", "G’s members are …": the words say G is one; "the rest of the
    # line-up" too)
    for m in chain(_GS_LINE_UP_IS.finditer(s.masked), _LEADS_G_REST_IS.finditer(s.masked)):
        for person in [s.mention(m["a"]), *s.mentions_in(m["list"])]:
            if person is not None and not person.quoted:
                _member(article, s, person, s.mention(m["g"]), None)
    for m in _MEMBERS_OF_LISTED.finditer(s.masked):
        # "the girl group": a real group, never the story's band
        idols = bool(m["the"] and re.search(r"\b(?:boy|girl|idol|K-pop)\b", m["the"]))
        band_key = (article.recent.get(GROUP) if idols else band_before(article)) \
            if m["the"] else None
        if m["the"] and band_key is None:
            continue
        for person in s.mentions_in(m["list"]):
            if not person.quoted:  # "Members of G:" says what G is
                _member(article, s, person, s.mention(m["g"]), None, band_key=band_key)
    for m in _AS_C_THE_BANDS.finditer(s.masked):
        character = s.mention(m["c"])
        band = band_before(article, story=True) if _character_like(article, character) else None
        named = [x for x in s.mentions_in(s.masked[:m.start()]) if not x.quoted and (
            article.hints.get(_form(x)) == BAND or
            any(article.registry.is_a(e, BAND) for e in x.resolution.entities) or
            # ("a G single voiced by A in character as C, who fronts the band": G in capitals)
            (m["fronts"] and not x.resolution.entities and
             re.fullmatch(r"[A-Z][A-Z0-9]+", x.text)))]
        if band is None and len(named) == 1 and _character_like(article, character):
            # ("G’s debut single, sung by A as C, the band’s frontwoman": G, named before)
            band = article.resolve(named[0], (BAND,), BAND, [])
        if band is not None:
            key = article.resolve(character, (CHARACTER,), CHARACTER, [])
            _member(article, s, key, None, m["role"] or "frontman", band_key=band)
    for m in _ROLE_THEN_NAME.finditer(s.masked):
        character = s.mention(m["c"])
        # (a part not yet read as one: "…, is portrayed by A" after it says it is)
        if _character_like(article, character) or re.match(
                r",\s+(?:is|was)\s+(?:portrayed|played)\s+by\b", s.masked[m.end():]):
            key = article.resolve(character, (CHARACTER,), CHARACTER, [])
            _member(article, s, key, s.mention(m["g"]), m["role"])
    for m in _MEMBER_OF_THE.finditer(s.masked):
        # ("the boy group": a real group, never the story's band)
        idols = bool(m["kind"] and re.search(r"\b(?:boy|girl|idol)\b", m["kind"]))
        band_key = article.recent.get(GROUP) if idols else band_before(article)
        if band_key:
            _member(article, s, s.mention(m["p"] or m["p2"]), None, None, band_key=band_key)
    for m in _THE_PART_HE_PLAYS.finditer(s.masked):
        if re.match(r"\s*(?:He|She)\s", s.masked):
            _spoken_of_plays(article, s, s.mention(m["c"]))
    for m in _AS_C_HE_WAS.finditer(s.masked):
        character = s.mention(m["c"])
        if not _character_like(article, character):
            continue
        _spoken_of_plays(article, s, character)
        key = article.resolve(character, (CHARACTER,), CHARACTER, [])
        if key:
            _member(article, s, key, s.mention(m["g"]), m["role"])
    for m in _FRONTED_BY.finditer(s.masked):
        _member(article, s, s.mention(m["p"]), s.mention(m["g"]),
                "lead vocalist" if m["verb"] == "fronted" else None, require_group=True)
    for m in [*_TAKES_PLACE.finditer(s.masked), *_THEIR_PLACE.finditer(s.masked)]:
        character, band = s.mention(m["c"]), band_before(article, story=True)
        if band and article.is_a(band, BAND) and character is not None and \
                not character.quoted and not _is_any(article, character, (PERSON,)):
            role = "lead vocalist" if m.groupdict().get("front") else m.groupdict().get("role")
            _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []), None,
                    role, band_key=band)
    for m in _MADE_UP_OF.finditer(s.masked):
        group = s.mention(m["g"])
        if group is not None and looks_like_group(article, group):
            for person in s.mentions_in(m["list"]):
                if _person_like(article, person):
                    _member(article, s, person, group, None)
    for m in _DUO_OF.finditer(s.masked):  # (the construction says G is a group)
        group = s.mention(m["g"])
        key = article.resolve(group, (GROUP, BAND), GROUP, []) if group is not None and \
            not group.quoted else None
        for person in s.mentions_in(m["list"]) if key else ():
            _member(article, s, person, None, None, band_key=key)
    for m in _FRONTED_WITH.finditer(s.masked):
        group = s.mention(m["g"] or m["g2"]) if m["g"] or m["g2"] else None
        key = band_before(article) if m["the"] else None  # "The band is …": the one spoken of
        if group is None and key is None:
            continue
        _member(article, s, s.mention(m["p"]), group, "lead vocalist", band_key=key,
                require_group=True)
        for x in _ON_INSTRUMENT.finditer(m["rest"]):
            _member(article, s, s.mention(x["x"]), group, None, band_key=key, require_group=True)
    for m in _LINEUP_ITEM.finditer(s.masked) if ";" in s.masked else ():
        actor, character = s.mention(m["a"]), s.mention(m["c"])
        if _actor_and_role(article, actor, character):
            role = "lead vocalist" if re.search(r"vocalist|singer|front", m["role"]) else m["role"]
            _plays_in_band(article, s, actor, character, role)
    band = band_before(article) if _ROUNDS_OUT_LINEUP.search(s.masked) else None
    for m in _PLACE_NAMED.finditer(s.masked) if band else ():
        if _person_like(article, s.mention(m["p"])):
            _member(article, s, s.mention(m["p"]), None, None, band_key=band)
    for m in _IN_CHARACTER_AS_FRONT.finditer(s.masked):
        groups = _groups_before(article, s, m.start())  # (the first: "Credited to G, …")
        band = article.resolve(groups[0], (GROUP, BAND), GROUP, []) if groups else \
            band_before(article, story=True)
        character = s.mention(m["c"])  # ("in character as": a part, however it looks)
        if band and character is not None and not character.quoted and \
                not _is_any(article, character, (PERSON,)):
            _member(article, s, article.resolve(character, (CHARACTER,), CHARACTER, []), None,
                    "lead vocalist", band_key=band)
    for m in _BAND_FRONTED_BY.finditer(s.masked):
        character, band = s.mention(m["p"]), band_before(article, story=True)
        if band and character is not None and not character.quoted and (
                m["paren"] or _is_any(article, character, (CHARACTER,)) or
                _TAKES_THE_ROLE.search(s.masked, m.start("p"))):
            _member(article, s, character, None, "lead vocalist", band_key=band)
        elif character is not None and not character.quoted and \
                _person_like(article, character) and \
                (group := band_before(article)) is not None and article.is_a(group, GROUP):
            # "The four-piece band is fronted by A, …, with guitarist B singing the harmonies":
            # a real group's singer (and the player named with a part of the song)
            _member(article, s, character, None, None, band_key=group)
            other = _PLAYER_WITH.search(s.masked, m.end())
            if other is not None and _person_like(article, s.mention(other["q"])):
                _member(article, s, s.mention(other["q"]), None, None, band_key=group)
    for m in _WHO_IS_ITS.finditer(s.masked):
        character, band = s.mention(m["p"]), band_before(article, story=True)
        if band and _is_any(article, character, (CHARACTER,)):
            _member(article, s, character, None, m["role"], band_key=band)
    for m in _FRONTS.finditer(s.masked):
        if m["the"]:  # "C, who has fronted the band since …": the band spoken of
            character, band = s.mention(m["p"]), band_before(article, story=True)
            if band and _is_any(article, character, (CHARACTER,)):
                _member(article, s, character, None, "lead vocalist", band_key=band)
            continue
        if m["g"] and s.mention(m["g"]) is not None and s.mention(m["g"]).quoted:
            continue  # "A fronts the quiet closer “T” as C": a song sung in character
        # "A fronted the band G as C": A plays C, the band's singer
        front = _play(article, s, s.mention(m["p"]), s.mention(m["c"])) if m["c"] else None
        _member(article, s, front or s.mention(m["p"]), s.mention(m["g"]), "lead vocalist",
                require_group=True)
        if m["also"]:
            _member(article, s, front or s.mention(m["p"]), s.mention(m["g"]), m["also"],
                    require_group=True)
    for m in _JOINED.finditer(s.masked):
        _member(article, s, s.mention(m["p"]), s.mention(m["g"]), None, require_group=True)
    for m in _COUNTED_MEMBERS.finditer(s.masked):
        named = _last_group_named(article, s, m.start()) or next(
            (x for x in reversed(s.mentions_in(s.masked[:m.start()]))
             if not x.quoted and looks_like_group(article, x)), None)
        band = article.resolve(named, (GROUP, BAND), GROUP, []) if named is not None else \
            _credited_group(article, s) or article.recent.get(GROUP)
        people = s.mentions_in(m["list"] or m["list2"] or m["list3"])
        if m["other"]:  # "A and B take the verses, while C and D, the quartet's other two"
            people = [x for x in s.mentions_in(s.masked[:m.start()]) if not x.quoted and
                      could_be(article, x, PERSON) and not looks_like_group(article, x)] + people
        for person in people if band else []:
            if not person.quoted:
                _member(article, s, person, None, None, band_key=band)
    for m in _COUNTED_THEN_NAMED.finditer(s.masked):
        band = _credited_group(article, s) or article.recent.get(GROUP)
        people = list({x.text: x for x in s.mentions_in(m["rest"])
                       if _person_like(article, x)}.values())
        if band and len(people) == parse_count(m["n"]):
            for person in people:
                _member(article, s, person, None, None, band_key=band)
    for m in _MEMBERS_LIST.finditer(s.masked):
        for person in s.mentions_in(m["list"]):
            if not person.quoted:
                _member(article, s, person, s.mention(m["g"]), None, require_group=True)
        # "A took the prize. Fellow G members B and C waved …": A is a member of G too
        other = previous_subject(article) if re.fullmatch(r"\s*Fellow\s+", s.masked[:m.start()]) \
            else None
        if other is not None and article.is_a(other, PERSON):
            _member(article, s, other, s.mention(m["g"]), None, require_group=True)
    for m in _BANDMATES_IN.finditer(s.masked):
        group = s.mention(m["g"])
        people = s.mentions_in(m["list"]) + ([s.mention(m["p"])] if m["p"] else [])
        for person in people:
            if person is not None and not person.quoted:  # "bandmates in G": G is a group
                _member(article, s, person, group, None)
    _epithet_played(article, s)
    for m in _BANDMATE.finditer(s.masked):
        if re.search(r"\b[Mm]y\s+(?:[a-z-]+\s+)?$", s.masked[:m.start()]):
            continue  # "My groupmates A and B": the guest's group, read below
        people = s.mentions_in(m["p"] or m["p3"]) if m["p"] or m["p3"] else \
            [s.mention(m["p2"])]
        if m["g"] and looks_like_group(article, s.mention(m["g"])):  # "A's G bandmate B"
            owner = re.search(rf"(?P<a>{M})[’']s\s+$", s.masked[:m.start("g")])
            if owner and could_be(article, s.mention(owner["a"]), PERSON) and \
                    not looks_like_group(article, s.mention(owner["a"])):
                people = [s.mention(owner["a"]), *people]  # A is in G too
            elif m["pro"] and m["pro"].lower() in ("his", "her"):
                # "A … was joined by his G groupmates B and C": A is in G too
                earlier = [x for x in s.mentions_in(s.masked[:m.start()]) if not x.quoted and
                           not _is_any(article, x, (CHARACTER, GROUP, BAND))]
                opener = earlier[0] if earlier and re.match(r"\s*⟨0⟩", s.masked) and \
                    earlier[0] is s.mentions[0] else None  # the subject, before any aside
                subject = opener or (earlier[-1] if earlier else None)
                if subject is not None and could_be(article, subject, PERSON):
                    people = [subject, *people]
            for person in people:
                _member(article, s, person, s.mention(m["g"]), None)
            continue
        band = group_of(article, previous_subject(article) or article.before.get(PERSON)) \
            if m["pro"] else None
        subject = _sentence_subject(article, s, m.start()) if m["pro"] else None
        if subject is not None:  # "G's “T”, on which A sings alongside his groupmates B and C"
            key = article.resolve(subject, (PERSON,), None, [])
            band = group_of(article, key) or _group_first(article, s) or \
                _credited_group(article, s)
            named = [x for x in s.mentions if not x.quoted and x.start < subject.start and
                     looks_like_group(article, x)] if band is None and "group" in m.group() else []
            if len({_form(x) for x in named}) == 1:  # "the G track … A with his groupmates B"
                band = article.resolve(named[0], (GROUP,), GROUP, [])
            if band is not None:
                people = [subject, *people]
        elif m["pro"] and band is None:  # "G's “T” features her bandmates A and B"
            band = _group_first(article, s)
        elif not m["pro"] and m["p"]:  # "G opened with T; A takes a verse and bandmate B …"
            named = _band_in(article, s)
            earlier = s.mentions_in(s.masked[:m.start()])
            other = next((x for x in reversed(earlier) if _person_like(article, x)), None)
            if named is not None and named in earlier:
                band = article.resolve(named, (GROUP, BAND), GROUP, [])
                people = [*([other] if other is not None else []), *people]
            elif other is not None and re.search(r"group-?mates", m.group()):
                # "A shares the verses with groupmates B and C": the group A is in
                band = group_of(article, article.resolve(other, (PERSON,), None, []))
                people = [other, *people] if band else people
            elif other is None and re.match(r"\s*(?:He|She)\s", s.masked):
                # "He shares the chorus with bandmates A and B": the group of the person the
                # sentence before opened with, when one group is known for him
                band = group_of(article, previous_subject(article))
        if band is None:  # "Her rival-turned-bandmate C": the band spoken of, for characters
            band = band_before(article, story=bool(m["pro"]))
            people = [x for x in people if not m["pro"] or _is_any(article, x, (CHARACTER,))]
        for person in people if band else []:  # "His bandmates A and B": the group he is in
            _member(article, s, person, None, None, band_key=band)
    for m in _NAMED_MATES.finditer(s.masked):
        group = s.mention(m["g"])
        if not looks_like_group(article, group):
            continue
        earlier = [x for x in s.mentions_in(s.masked[:m.start()]) if _person_like(article, x)]
        people = s.mentions_in(m["list"]) + (earlier[:1] if m["pro"] != "their" else [])
        for person in people:
            _member(article, s, person, group, None)
    guest = article.speaker[1] if article.speaker is not None else None
    for m in _MY_MEMBERS.finditer(s.masked) if guest else ():
        named = s.mention(m["g"]) if m["g"] else None
        if named is not None and looks_like_group(article, named):  # "My G bandmates A and B"
            guest_key = interview_guest(article)
            if guest_key:
                _member(article, s, guest_key, named, None)
            for person in s.mentions_in(m["p"]):
                _member(article, s, person, named, None)
            continue
        band = group_of(article, interview_guest(article))
        for person in s.mentions_in(m["p"]) if band else []:
            _member(article, s, person, None, None, band_key=band)
    for m in _ROLE_OF_APPOSED.finditer(s.masked):
        member, group = s.mention(m["p"]), s.mention(m["g"])
        if _is_any(article, member, (CHARACTER,)) and group is not None and not group.quoted:
            _member(article, s, member, group, m["role"], require_group=True)
    # ("C is its frontman; …; and E plays lead guitar": a line-up of the band spoken of, whose
    # every clause is a part of it)
    line_up = _ITS_LINE_UP.search(s.masked) is not None
    for m in _PLAYS_FOR.finditer(s.masked):
        character = s.mention(m["c"])
        # "the apprentice C keeps the band's beat": a trade before the name makes C a part
        described = m["beat"] and character is not None and _character_like(article, character) \
            and re.search(r"\bthe\s+(?!(?:actor|actress|idol|singer|star|newcomer|rookie|rapper|"
                          r"member|veteran|model|comedian)\b)[a-z]+\s+$",
                          s.masked[:s.masked.index(m["c"], m.start())])
        lined_up = line_up and _character_like(article, character)
        if not (_is_any(article, character, (CHARACTER,)) or described or lined_up):
            continue
        instrument = m["inst"] or m["inst2"] or m["inst3"] or m["inst4"] or \
            ("" if m["front"] or m["front2"] or m["player"] else "drums")
        if not (m["the"] or m["g"]) and instrument in ("piano", "drums") and m["drums"]:
            continue  # "C, who drums": no band is named or spoken of
        if not (m["the"] or m["g"] or m["bands"] or m["its"] or m["bands3"]) and \
                instrument == "piano":
            continue  # "C, who plays piano": a pianist need not be in the band spoken of
        named = m["g"] or m["g2"] or m["g3"]
        band = band_before(article, story=True) if m["the"] or m["beat"] or m["bands"] or \
            m["its"] or m["bands3"] or m["bands4"] or not named else None
        if band is not None or named:
            _member(article, s, character, s.mention(named) if named else None,
                    m["player"] or (_PLAYER[instrument] if instrument else "lead vocalist"),
                    band_key=band)
    for m in _PART_OF.finditer(s.masked):
        _member(article, s, s.mention(m["p"]), s.mention(m["g"]), None)
    for m in _HIS_BAND.finditer(s.masked):  # "C, a busker who plays with his band G"
        character = s.mention(m["c"])
        if _is_any(article, character, (CHARACTER,)):
            _member(article, s, character, s.mention(m["g"]), None)
    for m in _CONSISTS.finditer(s.masked):
        _lineup(article, s, m)


def previous_subject(article: Article, create: bool = False) -> str | None:
    """The first person the sentence before named, whom "his" or "her" most likely means
    (with ``create``, a name shaped like a person's that no claim has used yet)."""
    before = article.previous
    for mention in before.mentions if before is not None else []:
        found = article.registry.lookup(mention.text, (PERSON,))
        if found.found:
            return found.entity.key
        if create and not mention.quoted and not mention.resolution.entities and \
                PERSON_NAME.match(mention.text):
            return article.resolve(mention, (PERSON,), ACTOR, [])
    return None


def interview_guest(article: Article) -> str | None:
    """An interview's guest, whom a bare "her" or "his" most likely means there (the person
    spoken of last may be a guest rapper or a co-star)."""
    if article.speaker is None:
        return None
    name = article.speaker[1]
    return article.resolve(Mention(0, 0, name, article.registry.lookup(name)), (PERSON,),
                           SINGER, [])


def _group_first(article: Article, s: Sentence) -> str | None:
    """The group a sentence opens with ("G's “T” …"): a known one, or a name in capitals."""
    first = s.mentions[0] if s.mentions else None
    if first is None or first.quoted:
        return None
    return article.resolve(first, (GROUP,), GROUP if looks_like_group(article, first) else None,
                           [])


def _sentence_subject(article: Article, s: Sentence, before: int) -> Mention | None:
    """The last person the sentence names before masked offset ``before`` ("A sings with his
    groupmates": A), if it names one."""
    for found in reversed(list(re.finditer(M, s.masked[:before]))):
        if re.search(r"\b(?:as|plays|played|playing)\s+(?:the\s+)?(?:[a-z’'-]+\s+){0,3}$",
                     s.masked[:found.start()]):
            continue  # "A, who drummed … as C, and his groupmate B", "who played the band’s
            # drummer C": C is A's part
        mention = s.mention(found.group())
        if mention is not None and ((mention.resolution.entities and not _is_any(
                article, mention, (PERSON,))) or _EVENT_NAME.search(mention.text)):
            continue  # "… collected X at the Y Awards, while his groupmate B": Y is no one
        if mention is not None and not mention.quoted and (
                _is_any(article, mention, (PERSON,)) or PERSON_NAME.match(mention.text) or
                article.hints.get(_form(mention)) in (PERSON, SINGER, ACTOR) or (
                    could_be(article, mention, PERSON) and  # "A, who drummed …"
                    re.match(r",\s+who\b", s.masked[found.end():]))):
            return mention
    return None


def _credited_group(article: Article, s: Sentence) -> str | None:
    """The one band or group credited with the recording a sentence naming no title speaks
    of ("4. G, “T”" / "A sings the hook with his groupmates B and C": G)."""
    if any(x.quoted for x in s.mentions):
        return None
    got = article.spoken_recording([])
    groups = [a for a in article.credits.get(got[0], ()) if article.is_a(a, (GROUP, BAND))] \
        if got else []
    return groups[0] if len(groups) == 1 else None


def group_of(article: Article, person: str | None) -> str | None:
    """The one band or group ``person`` has been said to belong to."""
    groups = [g for g, people in article.members.items() if person in people]
    return groups[0] if person and len(groups) == 1 else None


def _band_in(article: Article, s: Sentence) -> Mention | None:
    """The one band or group the sentence names (known, hinted, or a name in capitals)."""
    found = [x for x in s.mentions if not x.quoted and (
        _is_any(article, x, (BAND, GROUP)) or article.hints.get(_form(x)) in (BAND, GROUP))]
    return found[0] if len({_form(x) for x in found}) == 1 else None


def _members_sing(article: Article, s: Sentence, members: list[Mention],
                  got: tuple[str, str | None] | None = None) -> None:
    """"…'s “T”, with members A and B trading verses": the members sing the sentence's title
    (or ``got``, the recording named last: "Members A and B trade verses")."""
    flags: list[str] = []
    if got is None:
        title = next((x for x in s.mentions if x.quoted), None)
        got = article.recording(title, flags) if title is not None else None
    for member in members:
        person = article.resolve(member, (PERSON,), None, flags)
        if got and person and article.is_a(person, PERSON):
            article.claim(s.start, s.end, "performs",
                          modelling.vocals(got[0], got[1], person, None), list(flags), got[0],
                          person)


def _last_group_named(article: Article, s: Sentence, at: int) -> Mention | None:
    """The last band or group named in the sentence before ``at`` (masked offset)."""
    found = None
    for m in re.finditer(M, s.masked[:at]):
        mention = s.mention(m.group())
        if mention is not None and not mention.quoted and (
                _is_any(article, mention, (BAND, GROUP)) or
                article.hints.get(_form(mention)) in (BAND, GROUP)):
            found = mention
    return found


# "In the story, C is the band’s lead vocalist, D its guitarist, E its bassist and F its
# drummer": the parts of the story's band, each in its place.
_IN_THE_STORY = rx.compile(r"^\s*In\s+the\s+(?:story|drama|series|show),\s+")
_STORY_PLACE = rx.compile(rf"(?P<c>{M})\s+(?:is\s+)?(?:the\s+band[’']s|its)\s+"
                          rf"(?P<role>(?:lead\s+)?{_MEMBER_NOUNS})(?=\s*[,.;]|\s+and\s)")
_PLACE_GAP = rx.compile(r"\s*,\s*(?:and\s+)?|,?\s+and\s+")


# "The quartet is fronted by A, who sings lead on it; bassist B and guitarist C add harmonies,
# and drummer D stays behind the kit": the four of the group spoken of.
_NOUN_FRONTED_BY = rx.compile(r"^\s*The\s+(?:duo|trio|quartet|quintet|four-piece|five-piece|"
                              rf"three-piece|group)\s+is\s+fronted\s+by\s+(?P<p>{M})")
# ("…, and its drummer, B, co-wrote it": the same group's)
_PLAYER_NAMED = rx.compile(r"\b(?:(?:its|their)\s+)?(?:[Bb]assist|[Dd]rummer|[Gg]uitarist|"
                           rf"[Kk]eyboardist|[Pp]ianist),?\s+(?P<p>{M})")


# "The five-piece — A, B, C, D and the rapper E — has become …": the members of the group
# spoken of, set off by dashes (read as commas).
_NOUN_DASHED_LIST = rx.compile(r"^\s*The\s+(?:duo|trio|quartet|quintet|sextet|three-piece|"
                               r"four-piece|five-piece|six-piece|group)\s*[—–,]\s+"
                               r"(?P<list>[^—–;.]{3,160}?)\s*[—–,]\s+(?:has|have|is|are|was|were)\b")


def _noun_dashed_list(article: Article, s: Sentence) -> None:
    m = _NOUN_DASHED_LIST.match(s.masked)
    if m is None or not re.fullmatch(rf"(?:(?:the\s+[a-z-]+\s+)?{M}(?:,\s+|,?\s+and\s+)?)+",
                                     m["list"]):
        return
    band = band_before(article)
    for person in s.mentions_in(m["list"]) if band else ():
        if not person.quoted and _person_like(article, person):
            _member(article, s, person, None, None, band_key=band)


# "The trio’s frontman, A, sings the verses …, while the third member, drummer B, stays behind
# the kit": B is a member of the group spoken of too.
_THE_NTH_MEMBER = rx.compile(r"\bthe\s+(?:second|third|fourth|fifth|other|remaining)\s+member,\s+"
                             rf"(?:(?:drummer|bassist|guitarist|keyboardist|pianist)\s+)?(?P<p>{M}),")


def _nth_member(article: Article, s: Sentence) -> None:
    for m in _THE_NTH_MEMBER.finditer(s.masked):
        # the group the sentence names before ("G’s “T” … with the fourth member, A, …"), else
        # the one named last
        named = [x for x in s.mentions_in(s.masked[:m.start()]) if not x.quoted and
                 (_is_any(article, x, (GROUP, BAND)) or looks_like_group(article, x))]
        if named:
            _member(article, s, s.mention(m["p"]), named[-1], None)
            continue
        band = article.recent.get(ENSEMBLE) or band_before(article)
        if band is not None:
            _member(article, s, s.mention(m["p"]), None, None, band_key=band)


def _noun_fronted_by(article: Article, s: Sentence) -> None:
    m = _NOUN_FRONTED_BY.match(s.masked)
    # the group named last ("… by the folk-rock group G. The group is fronted by A")
    band = (article.recent.get(ENSEMBLE) or band_before(article)) if m else None
    if m is None or band is None:
        return
    _member(article, s, s.mention(m["p"]), None, None, band_key=band)
    for player in _PLAYER_NAMED.finditer(s.masked, m.end()):
        _member(article, s, s.mention(player["p"]), None, None, band_key=band)
    # ("…, with B on guitar, C on bass and D on drums": the players of the same group)
    for player in _ON_INSTRUMENT.finditer(s.masked, m.end()):
        _member(article, s, s.mention(player["x"]), None, None, band_key=band)


def _story_lineup(article: Article, s: Sentence) -> None:
    opening = _IN_THE_STORY.match(s.masked)
    band = band_before(article, story=True) if opening else None
    at = opening.end() if opening else 0
    while band is not None and (place := _STORY_PLACE.match(s.masked, at)):
        flags: list[str] = []
        character = article.resolve(s.mention(place["c"]), (CHARACTER,), CHARACTER, flags)
        if character is not None:
            _member(article, s, character, None, place["role"], band_key=band)
        gap = _PLACE_GAP.match(s.masked, place.end())
        if gap is None:
            break
        at = gap.end()


def band_before(article: Article, story: bool = False) -> str | None:
    """The band or group "the band" means: the last one named, an entity or introduced as one.

    With ``story`` (its members are characters), a fictional band comes first, then a name
    introduced as a band, and a real group last.
    """
    key = article.recent.get(BAND) or (None if story else article.recent.get(GROUP))
    if key is None and article.hinted_group is not None:
        mention = article.hinted_group
        hint = article.hints.get(_form(mention))
        key = article.resolve(mention, (BAND, GROUP), hint, [])
    if key or not story:
        return key or article.recent.get(GROUP)
    group = _singing_in_character(article) or article.recent.get(GROUP)
    if _cast_members_group(article, group):
        # the idol group a cast member is in is no story's band: the one met last before it
        # that is no such group
        group = next((g for g in reversed(article.ensembles)
                      if not _cast_members_group(article, g)), group)
    return group


def _groups_before(article: Article, s: Sentence, at: int) -> list[Mention]:
    """The names the sentence gives before masked offset ``at`` that read as a group's."""
    return [x for x in s.mentions_in(s.masked[:at]) if not x.quoted and
            looks_like_group(article, x)]


def _cast_members_group(article: Article, group: str | None) -> bool:
    """Whether a member of ``group`` plays a part in the article's drama."""
    return any(person in article.portrayals for person in article.members.get(group, ()))


def _singing_in_character(article: Article) -> str | None:
    """The group, read as such, whose songs the article has had sung in character: the
    story's band, whatever its first mention made of it ("A1 “T” [G] — vocal: A, in character
    as C")."""
    facts = [f for claim in article.proposal.claims for f in claim.facts]
    in_character = {f[0] for f in facts if f[1] == "lr:asCharacter"}
    sung = {f[0] for f in facts if f[1] == "lr:vocals" and f[2] in in_character}
    groups = [str(f[2]) for f in facts if f[1] == "lr:creditedArtist" and f[0] in sung
              and article.is_a(str(f[2]), (GROUP, BAND))]
    return groups[-1] if groups else None


def _lineup(article: Article, s: Sentence, m: re.Match[str]) -> None:
    band_key, group = None, None
    if m["the"] or m["the2"]:
        band_key = band_before(article, story=True)
        if band_key is None:
            return
    else:
        group = s.mention(m["g"] or m["g2"])
        if m["g2"] and group is not None and not group.quoted:
            # "Rounding out G are guitarist C and drummer D": only the names a role introduces
            rest = s.masked[m.end():]
            for slot in re.finditer(rf"\b(?P<role>{_MEMBER_NOUNS})\s+(?P<p>{M})", rest):
                member = s.mention(slot["p"])
                _member(article, s, member, group, slot["role"],
                        require_group=not _is_any(article, member, (CHARACTER,)))
            return
        if group is None or not (_is_any(article, group, (BAND, GROUP)) or
                                 article.hints.get(_form(group)) in (BAND, GROUP) or
                                 (_CAPS_NAME.match(group.text) and not group.resolution.entities)):
            return
    rest = _CLAUSE_BY.sub(" ", s.masked[m.end():])
    for slot in re.finditer(rf"(?:(?P<role>[a-z-]+)\s+)?(?P<p>{M})", rest):
        member = s.mention(slot["p"])
        if member is not None and not member.quoted:
            _member(article, s, member, group, slot["role"], band_key=band_key)


def _member(article: Article, s: Sentence, member: Mention | str | None,
            group: Mention | None, role: str | None, *, band_key: str | None = None,
            require_group: bool = False) -> None:
    """Propose that ``member`` (a mention, or a character's key) belongs to a band or group.

    A character's band is a fictional band (story world), a person's a music group (real
    world); an unknown member takes the kind its band implies. With ``require_group`` the
    group must be known (or hinted) as a band or group, since the construction alone ("G's
    A", "A of G") does not say so.
    """
    if member is None or (group is None and band_key is None) or member is group or (
            isinstance(member, Mention) and re.search(r"\s(?:&|and)\s", member.text)):
        return  # "A & B of G" read as one name is two members, each read on its own
    flags: list[str] = []
    if isinstance(member, str):  # a key: a character's, or a person's spoken of before
        character, person = (None, member) if article.is_a(member, PERSON) else (member, None)
    else:
        character = article.resolve(member, (CHARACTER,), None, flags)
        person = None if character else article.resolve(member, (PERSON,), None, flags)
    band = band_key
    hint = article.hints.get(_form(group)) if group is not None else None
    if hint is None and group is not None and _CAPS_NAME.match(group.text) and \
            not group.resolution.entities and not isinstance(member, str) and \
            (PERSON_NAME.match(member.text) or person):
        hint = GROUP  # "A of GROUP": a name in capitals after a person is a group
    if band is None:
        band = article.resolve(group, (BAND, GROUP), None, flags)
        if band is None and (group.resolution.entities or
                             (require_group and hint not in (BAND, GROUP))):
            return
    story = article.is_a(band, BAND) if band else hint == BAND
    if character is None and person is None:
        if isinstance(member, str) or member.quoted:
            return
        if story or article.hints.get(_form(member)) == CHARACTER:  # "in character as C, …"
            character = article.resolve(member, (CHARACTER,), CHARACTER, flags)
        else:
            person = article.resolve(member, (PERSON,), SINGER, flags)
        if character is None and person is None:
            return
    if band is None:
        band = article.resolve(group, (BAND,) if character else (GROUP,),
                               BAND if character else GROUP, flags)
    if band is None:
        return
    if character:
        if article.is_a(band, GROUP) and article.proposal.entity(band) is not None and \
                band not in article.members:
            # A name first met as an artist ("the G song") whose members are characters is
            # the story's band, not a real group.
            article.retype(band, (BAND,))
        if not (article.is_a(band, BAND) or band.startswith(UNRESOLVED)):
            return
        facts = modelling.in_story_member(character, band, _role_property(article, role))
        series = article.series(_only_series_named(article, s) or _paragraph_drama(article, s))
        if series and not character.startswith(UNRESOLVED):
            facts.append((character, "lr:characterIn", series))
        article.claim(s.start, s.end, "membership", facts, flags, character, band)
    elif person:
        if not (article.is_a(band, GROUP) or band.startswith(UNRESOLVED)):
            return
        article.claim(s.start, s.end, "membership", modelling.member(person, band), flags,
                      person, band)


def _role_property(article: Article, role: str | None) -> str | None:
    if not role:
        return None
    words = re.sub(r"\b(?:front(?:man|woman|person)|lead\s+singer|main\s+vocalist|"
                   r"main\s+singer|lead\s+vocals|^vocalist|^singer)\b", "lead vocalist",
                   re.sub(r"\b[a-z]+-turned-", "", role.lower())).split()
    for prop, label in article.registry.vocabulary.roles.items():
        if words[-len(label.split()):] == label.split():
            return prop
    return None


def _played_character(article: Article, person: Mention | None) -> str | None:
    """The one character the article says ``person`` plays ("A, who plays the lead vocalist")."""
    if person is None:
        return None
    key = article.resolve(person, (PERSON,), None, [])
    played = article.portrayals.get(key or "", set())
    return next(iter(played)) if len(played) == 1 else None


# -- helpers ----------------------------------------------------------------------------------

def _band_named(article: Article, group: Mention | None) -> str | None:
    """The story's band spoken of, when ``group`` names it without its leading "The" ("Fronting
    The G": "The" read outside the name)."""
    band = band_before(article, story=True)
    if band is None or group is None or \
            not re.sub(r"[^a-z0-9]", "", band.rsplit("/", 1)[-1]).endswith(_form(group)):
        return None
    return band


def _form(mention: Mention) -> str:
    return exact_form(mention.text)


def could_be(article: Article, mention: Mention | None, cls: str) -> bool:
    """A mention that is a ``cls``, or an unknown name that could be one."""
    if mention is None:
        return False
    entities = mention.resolution.entities or article.registry.lookup(mention.text).entities
    if entities:
        return any(article.registry.is_a(e, cls) for e in entities)
    hinted = article.hints.get(_form(mention))
    if hinted:
        return article.registry.vocabulary.is_a((hinted,), cls)
    return not mention.quoted


# "The spicy crisps feature lead vocalist C, played by A. Guitarist D (B) is on …, drummer E,
# played by …, and B's character, the bassist F, …": a band place before a part's name
_PLACE_BEFORE_PART = rx.compile(
    r"(?:^\s*|[,;]\s+(?:and\s+)?|\b(?:feature|features|featured|featuring)\s+|\bthe\s+)"
    r"(?P<role>(?:[Ll]ead\s+)?(?:[Vv]ocalist|[Ss]inger)|[Gg]uitarist|[Dd]rummer|[Bb]assist|"
    rf"[Kk]eyboardist)\s+(?P<c>{M})(?![’']s)")


def _roles_on_show(article: Article, s: Sentence) -> None:
    """A part named by its place in the story's band, in a sentence (or after one) that speaks
    of the band: the part is in the band spoken of."""
    found = list(_PLACE_BEFORE_PART.finditer(s.masked))
    previous = article.previous
    paragraph = article.text.rfind("\n\n", 0, s.start) + 1
    if not found or not (
            re.search(r"\bband\b", article.text[paragraph:s.end]) or
            (previous is not None and re.search(r"\bband\b", previous.masked)) or
            (previous is not None and _claimed_in(article, previous.start, "membership"))):
        return  # (a list of places going on from a sentence that placed parts in the band)
    band = None
    for m in found:
        character = s.mention(m["c"])
        if not _is_any(article, character, (CHARACTER,)):
            continue
        band = band or band_before(article, story=True)
        if band is None or not article.is_a(band, (BAND, GROUP)):
            return  # (a name first met as an artist is retyped a band by its parts)
        role = "lead vocalist" if re.search(r"[Vv]ocalist|[Ss]inger", m["role"]) else None
        _member(article, s, character, None, role, band_key=band)


def _claimed_in(article: Article, start: int, kind: str) -> bool:
    """Whether the sentence starting at ``start`` (one already read) made a claim of ``kind``;
    the claims are in reading order, so only the last ones are looked at."""
    for claim in reversed(article.proposal.claims):
        if claim.start < start:
            return False
        if claim.start == start and claim.kind == kind:
            return True
    return False


def _is_any(article: Article, mention: Mention | None, classes: tuple[str, ...]) -> bool:
    """A mention of a known entity of one of ``classes``."""
    if mention is None:
        return False
    entities = mention.resolution.entities or article.registry.lookup(mention.text).entities
    return any(article.registry.is_a(e, classes) for e in entities)


def _is(article: Article, mention: Mention | None, cls: str) -> bool:
    """A mention of a known entity of class ``cls`` (and of no other kind of thing)."""
    if mention is None:
        return False
    entities = mention.resolution.entities or article.registry.lookup(mention.text).entities
    return bool(entities) and all(article.registry.is_a(e, cls) for e in entities)


def looks_like_group(article: Article, mention: Mention | None) -> bool:
    if mention is None:
        return False
    if could_be(article, mention, GROUP) and not could_be(article, mention, PERSON):
        return True
    words = mention.text.split()  # "NEON ARC", like "AURORA", is a group's style of name
    return not mention.resolution.entities and len(words) <= 3 and \
        all(len(w) > 1 for w in words) and mention.text.isupper()


def first_mention(article: Article, s: Sentence, wanted: tuple[str, ...], before: int,
                  after: int = 0) -> Mention | None:
    """The first mention before ``before`` (masked offset) that is or could be a ``wanted``.

    An unknown name only counts as a person when it is shaped like a personal name (two or
    three capitalised words, or a hyphenated given name), so that in "The Thai member, Mina
    Park" the subject is the name, not the nationality.
    """
    for m in re.compile(M).finditer(s.masked, after, before):
        mention = s.mention(m.group())
        if mention is None or mention.quoted or \
                not any(could_be(article, mention, w) for w in wanted):
            continue
        # a one-word stage name as the subject of a verb: "…, Nayeon was named …"
        stage_name = not mention.initial and re.fullmatch(r"[A-Z][a-z]{2,}", mention.text) and \
            re.match(r"\s+(?:was|were|is|won|took|received|picked|collected|accepted)\b",
                     s.masked[m.end():])
        if PERSON in wanted and not _known_or_hinted(article, mention) and not stage_name and (
                not PERSON_NAME.match(mention.text) or _PRIZE_WORD.search(mention.text)):
            continue  # "Best New Actress" is shaped like a name but is a prize
        return mention
    return None


_PRIZE_WORD = rx.compile(r"\b(?:Best|Award|Awards|Prize|Actor|Actress|Daesang|Excellence|"
                         r"Rookie|Grand|Top|Popularity)\b")


def _opening_subject(article: Article, s: Sentence, at: int) -> Mention | None:
    """The person who opens the sentence when no one else is named before ``at`` ("A, the
    male lead of “S,” sings “T” himself; on screen he plays C": "he" is A)."""
    opening = re.match(rf"\s*({M}),?\s", s.masked)
    if opening is None or not re.search(r";\s+[^;⟨]*$", s.masked[:at]):
        return None
    people = [x for x in s.mentions_in(s.masked[:at]) if _person_like(article, x)]
    first = s.mention(opening.group(1))
    return first if people == [first] else None


def clause_subject(article: Article, s: Sentence, at: int) -> Mention | None:
    """The first person named in the clause that ends at ``at`` ("A won X, and B received Y
    for playing C": B)."""
    # "A won X, beating B, who had been nominated for playing C": the relative's antecedent
    goes_to = re.search(rf"\b(?:goes|went|go)\s+to\s+({M})\s*,?\s*$", s.masked[:at])
    if goes_to:  # "Best New Actor goes to A for playing C"
        return s.mention(goes_to.group(1))
    relative = re.search(rf"({M}),\s+who\s+[^,;⟨]*$", s.masked[:at])
    if relative:
        antecedent = s.mention(relative.group(1))
        if antecedent is not None and not antecedent.quoted and \
                could_be(article, antecedent, PERSON):
            return antecedent
    cuts = [m.end() for m in re.finditer(r";\s+|,\s+(?:and|but|while|whereas)\s+", s.masked[:at])]
    return first_mention(article, s, (PERSON,), before=at, after=cuts[-1] if cuts else 0)


#: The shape of a romanised personal name: "Gwak Yeon-hu", "Kim Yeon Hu", "Yeon-hu".
# ("Seo A-rin": a one-letter syllable before the hyphen)
PERSON_NAME = rx.compile(r"^[A-Z][a-z]+-[A-Za-z][a-z]*$|"
                         r"^[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?|[A-Z]-[a-z]+)){1,2}$")


def _one_of_two(article: Article, s: Sentence, end: int, second: bool) -> Mention | None:
    """The first or second of the two people named just before ``end``: earlier in the
    sentence, or else in the sentence before it; None unless there are exactly two."""
    def people(sentence: Sentence, stop: int) -> list[Mention]:
        found = (sentence.mention(m.group()) for m in re.finditer(M, sentence.masked[:stop]))
        return [x for x in found if _person_like(article, x)]
    named = people(s, end)
    if not named and article.previous is not None:
        named = people(article.previous, len(article.previous.masked))
    return named[second] if len(named) == 2 else None


def _person_like(article: Article, mention: Mention | None) -> bool:
    """A known (or already proposed) person, or an unknown name shaped like a personal name."""
    if mention is None or mention.quoted or looks_like_group(article, mention):
        return False
    if _is_any(article, mention, (PERSON,)):
        return True
    return could_be(article, mention, PERSON) and bool(
        PERSON_NAME.match(mention.text) or
        (re.fullmatch(r"[A-Z][a-z]{2,}", mention.text) and (
            not mention.initial or
            # ("A, the youngest of G, has …": a sentence's first word, said to be one of G)
            _ONE_OF_THE_GROUP.match(article.text, mention.end))))


_ONE_OF_THE_GROUP = rx.compile(r",\s+the\s+(?:youngest|eldest|oldest|leader|maknae|"
                               r"(?:[a-z-]+\s+)?member)\s+(?:of|in)\s")


def _actor_and_role(article: Article, actor: Mention | None, character: Mention | None) -> bool:
    """Two names set side by side that read as a person and a character, neither of them
    known as the other kind ("with A as C", "A, C in the drama")."""
    return _person_like(article, actor) and not _is_any(article, actor, (CHARACTER,)) and \
        _character_like(article, character) and not _is_any(article, character, (PERSON,))


def _character_like(article: Article, mention: Mention | None) -> bool:
    """A known character, or an unknown personal name that nothing types otherwise."""
    if mention is None or mention.quoted:
        return False
    if _is_any(article, mention, (CHARACTER,)):
        return True
    return not mention.resolution.entities and could_be(article, mention, CHARACTER) and \
        (bool(PERSON_NAME.match(mention.text)) or article.hints.get(_form(mention)) == CHARACTER)


def _known_or_hinted(article: Article, mention: Mention) -> bool:
    return bool(mention.resolution.entities or article.registry.lookup(mention.text).entities
                or article.hints.get(_form(mention)))
