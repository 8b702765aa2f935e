"""A first reading of the whole article: what kind of thing each new name is.

Constructions such as "the boy band X", "actress X", "the drama X" or "X OST" say what class
an unknown name belongs to, wherever in the article they occur; the relation patterns then
create new entities with that class. The article's main series (the one it names most) is the
default series of its cast facts.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain, pairwise

from kg.extraction import names, rx
from kg.extraction.context import (
    ACTOR,
    ALBUM,
    BAND,
    BROADCASTER,
    CHARACTER,
    GROUP,
    PERSON,
    RECORDING,
    SERIES,
    SINGER,
    Article,
)
from kg.extraction.masked import Sentence
from kg.extraction.mentions import Mention

_SERIES_WORDS = (r"(?:k-drama|drama|series|romance|rom-com|thriller|melodrama|sitcom|comedy|"
                 r"show|original|web drama|film|fantasy|mystery|miniseries)")
_ACTS_NEXT = rx.compile(r"\s+(?:plays|played|stars|starred|sings|sang|portrays|portrayed|headlines|"
                        r"headlined|co-stars|co-starred|appears|appeared)\b")
# "G, the band of lock hands in the drama “S”": a band that lives in a drama is the story's
_BAND_IN_DRAMA = rx.compile(r"(⟨\d+⟩),\s+the\s+(?:[\w-]+\s+)?band\s+"
                            r"(?:of\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+)?"
                            r"in\s+(?:the\s+(?:drama|series|show)\s+)?⟨\d+⟩")
_CUES = [
    # "G’s “T” stands in for “S”": a song standing for the drama it comes from
    (rx.compile(r"\b(?:stands|stand|stood)\s+in\s+for\s+(⟨\d+⟩)"), SERIES),
    # "“T,” the official soundtrack album of the series": an album, which "it" never means.
    # (not "“T,” the album’s opening track": a track of it)
    (rx.compile(r"(⟨\d+⟩),\s+the\s+(?:[a-z-]+\s+){0,3}album\b(?![’']s)"), ALBUM),
    # "G, the four-piece that a crew of mechanics puts together in “S”", "G, the four-piece that
    # a winemaker’s children start in the weekend drama “S”": the story's band, and the drama
    # it is formed in
    (_PUT_TOGETHER_IN := rx.compile(
        r"(⟨\d+⟩),\s+the\s+(?:[\w-]+\s+){0,2}?(?:band|group|trio|quartet|quintet|"
        # ("the group that four workers at a rope factory in P form in “S”": a place between)
        r"(?:two|three|four|five|six)-piece)\s+(?:that\s+|which\s+)?(?:[^⟨;.]|⟨\d+⟩){0,60}?\b(?:(?:puts?|"
        r"throws?|threw|pulls?|pulled|cobbles?|cobbled|patch(?:es)?|patched|scrapes?|scraped|"
        r"knocks?|knocked)\s+together|starts?|"
        r"started|forms?|formed|founds?|founded|sets?\s+up)\s+in\s+"
        r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:drama|series|show)\s+)?(⟨\d+⟩)"), BAND),
    # "G, a band that exists only inside “S,” where …": the story's band, and its drama
    (rx.compile(r"(⟨\d+⟩),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:band|group|trio|quartet|quintet|"
                r"(?:two|three|four|five|six)-piece)\s+(?:that|which)\s+(?:exists|existed|lives|lived)\s+"
                r"only\s+(?:inside|in|within)\b"), BAND),
    (_ONLY_INSIDE := rx.compile(r"\b(?:exists|existed|lives|lived)\s+only\s+(?:inside|in|within)\s+"
                                r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:drama|series|show)\s+)?(⟨\d+⟩)"),
     SERIES),
    # "That band, G, exists only inside the story": the story's band
    (rx.compile(r"(⟨\d+⟩),?\s+(?:exists|existed|lives|lived)\s+only\s+(?:inside|in|within)\s+"
                # (not "The drummer in that band, C, …": a member after the band, not its name)
                r"(?:the\s+)?(?:story|drama|series|show|fiction)\b|(?<!in\s)(?<!of\s)\b[Tt]hat\s+band,\s+"
                r"(⟨\d+⟩),"),
     BAND),
    # "G, a band that has only ever performed on screen": the story's band
    # ("G, a band that has never played a note off screen": the same)
    (rx.compile(r"(⟨\d+⟩),\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:band|group)\s+that\s+has\s+(?:only\s+"
                r"(?:ever\s+)?(?:performed|played|existed|appeared)\s+on|never\s+(?:played|performed)\s+"
                r"(?:a\s+(?:note|gig)\s+)?off)\s+(?:screen|television|TV)\b"),
     BAND),
    # "In “S,” four workers on a salt farm start the band in a shed": the drama the band is of
    # ("… start it in a cold-storage room": the band the sentence before named)
    (_BAND_STARTED_IN := rx.compile(r"^\s*In\s+(⟨\d+⟩),\s+(?:[^;⟨]|⟨\d+⟩){0,100}?\b(?:start|starts|"
                                    r"form|forms|found|founds|put\s+together|puts\s+together)\s+"
                                    r"(?:(?:the|a)\s+(?:[\w-]+\s+)?band\b|it\s+(?:in|on|at|after)\b)"),
     SERIES),
    # "G, the garage band of island teenagers in “S,”": a band's story is a drama
    # ("G, the band of lighthouse cooks and radio men in “S”": who the band is, in five words)
    # ("G, the deckhands’ band in “S”": a plural's possessive before the noun)
    (_BAND_IN_TITLE := rx.compile(r"⟨\d+⟩,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?"
                                  r"(?:band|group|trio|quartet|quintet)\s+(?:of\s+(?:[\w’'-]+\s+){1,5}?)?in\s+"
                                  r"(⟨\d+⟩)(?![’']s)"),
     SERIES),
    # ("G, the planetarium staff’s band in “S”": the band of a drama's story)
    (rx.compile(r"(⟨\d+⟩),\s+the\s+(?:[\w’'-]+\s+){0,2}?band\s+(?:of\s+(?:[\w’'-]+\s+){1,5}?)?"
                r"in\s+⟨\d+⟩"), BAND),
    # "“T,” the G single that A sang in character as the band’s lead singer, C": G is that band
    (rx.compile(r"\bthe\s+(⟨\d+⟩)\s+(?:single|song|track|B-side)\s+(?:that|which)\s+[^;⟨]{0,20}?"
                r"(?:⟨\d+⟩\s+)?[^;⟨]{0,40}?\bthe\s+band[’']s\s+"), BAND),
    # ("A, cast as G’s guitarist C in “S”": a part in a band is a part in the story's band)
    # ("A, whose role in “S” is G’s drummer, C": the same)
    (rx.compile(r"\b(?:cast\s+as|plays|played|playing|(?:role|part)\s+in\s+⟨\d+⟩\s+is)\s+"
                r"(⟨\d+⟩)[’']s\s+(?:guitarist|drummer|"
                r"bassist|keyboardist|lead\s+(?:singer|vocalist|guitarist)|frontman|frontwoman),?\s+⟨"),
     BAND),
    # "C, the drummer of the struggling four-piece G": a band, its member named
    (rx.compile(r"\b(?:drummer|guitarist|bassist|keyboardist|vocalist|singer|frontman|frontwoman)"
                r"\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?(?:two|three|four|five|six)-piece\s+(⟨\d+⟩)"),
     BAND),
    # "In the drama, …, G is a four-piece garage band", "In the story, G is a four-piece": the
    # story's band
    (rx.compile(r"\bIn\s+the\s+(?:drama|story|series|show)\b[^;]*?(⟨\d+⟩)\s+(?:is|was)\s+a\s+"
                r"(?:[\w-]+\s+){0,3}?(?:band|two-piece|three-piece|four-piece|five-piece|trio|"
                r"quartet|quintet)\b"), BAND),
    # "As C he was the bassist of G": a part, played by the person spoken of
    (rx.compile(r"^\s*As\s+(⟨\d+⟩),?\s+(?:he|she)\s+(?:was|is)\s"), CHARACTER),
    # First: "directed by X, premiered …" makes X a person, not the series that premiered.
    (rx.compile(r"\b(?:directed|written|composed|produced|penned|helmed|arranged)\s+by\s+"
                r"(⟨\d+⟩)"), PERSON),
    (rx.compile(r"\bfictional\s+(?:[a-z-]+\s+)?(?:band|group|trio|duo|quartet)\s+(⟨\d+⟩)", re.I),
     BAND),
    # "X, the girl band at the heart of the story": a band the story invents ("the tram
    # workers’ band at the heart of the show": a plural possessive first).
    (rx.compile(r"(⟨\d+⟩),\s+(?:the|a|an)\s+(?:[a-z-]+[’']?\s+){0,3}(?:band|group|trio|duo|"
                r"quartet|quintet)\s+(?:at\s+the\s+(?:heart|centre|center)\s+of\s+the\s+(?:story|drama|"
                r"show|series|plot)|(?:in|from|of)\s+the\s+(?:story|drama|show|series|plot))"),
     BAND),
    (rx.compile(r"(⟨\d+⟩),\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}(?:band|group|trio|duo|quartet|"
                r"quintet|(?:three|four|five|six|seven)-piece)(?=[,.;:]|\s+(?:at|in|from|of|who|that|which|whose|with|behind|known|"
                r"formed|led|fronted|signed|under|"
                # "G, the band her crewmates throw together": a relative clause without "that";
                # "G, the band the night crew starts": the same
                r"her|his|their|they|its|the(?=\s+[a-z]+\s+(?:[a-z]+\s+)?[a-z]+s\b))\b)"), GROUP),
    # ("the weekly music show “P”", a variety or talk show: a programme, not a drama)
    # "Not every member of G is heard on it": whoever has members is a group
    (rx.compile(r"(?<!cast\s)\b(?:[Ee]very|[Ee]ach|[Aa]ll|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+"
                r"(?:of\s+the\s+)?members?\s+of\s+(⟨\d+⟩)(?![’']s)"), GROUP),
    # ("a track from B’s other summer drama, “S”": the noun set off by a comma; not "G’s single
    # for the drama, “T,”", where the title is the single's)
    # ("… named the drama Best Miniseries": the prize, not a title)
    # ("the lead of the series, A, whose …": a person set off after "the lead of")
    (rx.compile(rf"(?<!music\s)(?<!variety\s)(?<!talk\s)(?<!chat\s)(?<!audition\s)(?<!named\sthe\s)"
                rf"(?:\b{_SERIES_WORDS}\s+|(?<!for\sthe\s)(?<!lead\sof\sthe\s)(?<!star\sof\sthe\s)"
                rf"\b{_SERIES_WORDS},\s+(?=⟨\d+⟩[.,;]))"
                r"(⟨\d+⟩)", re.I), SERIES),
    # "… rehearse in the garage as a band, G, with …": the band the story forms
    # "the night staff have a band, G, rehearsing …": the story's characters have one
    # "C has talked the others into a band, G": the same
    (rx.compile(r"\b(?:as|have|has|had|form|forms|formed|start|starts|started|into)\s+a\s+"
                r"(?:[a-z-]+\s+)?band,\s+(?:THE\s+)?(⟨\d+⟩)"), BAND),
    # "Drama of the Year for “S,” which B aired on Fridays …": what a channel airs is a series
    # ("“S,” which B has aired on Mondays …", "… has been showing on Friday nights": the same)
    (rx.compile(r"(⟨\d+⟩),\s+which\s+⟨\d+⟩\s+(?:(?:has|had)\s+(?:been\s+)?)?(?:aired|airs|"
                r"broadcast|broadcasts|ran|premiered|shown|shows|screened|screens|showing|airing|"
                r"screening|broadcasting)\b"),
     SERIES),
    # "“S,” which began its Friday run on B": only a broadcast has a run
    (rx.compile(r"(⟨\d+⟩),\s+which\s+(?:began|started|opened)\s+its\s+(?:[\w-]+\s+)?run\b"),
     SERIES),
    # "… for the G of “S” and their first single, “T”": the band of a drama
    (rx.compile(r"\bthe\s+(⟨\d+⟩)\s+of\s+⟨\d+⟩\s+and\s+(?:their|its)\s+(?:[a-z-]+\s+){0,2}?"
                r"(?:single|song|track|hit|debut)\b"), BAND),
    # ("“T,” the second single by the G of “S”": G the band of a drama)
    (rx.compile(r"\b(?:single|song|track)\s+by\s+(?:the\s+)?(⟨\d+⟩)\s+(?:of|from)\s+⟨\d+⟩(?![’']s)"),
     BAND),
    # "“T,” the second single by the G of “S”": the drama the band is of
    (rx.compile(r"\b(?:single|song|track)\s+by\s+(?:the\s+)?⟨\d+⟩\s+(?:of|from)\s+(⟨\d+⟩)(?![’']s)"),
     SERIES),
    # "B put “S” on the air every Friday": only a broadcast goes out so
    (rx.compile(r"\b(?:put|puts|putting)\s+(⟨\d+⟩)\s+on\s+(?:the\s+)?air\b"), SERIES),
    # "B has been showing “S” on Thursday evenings": what a channel shows is a drama
    (rx.compile(r"\b(?:has\s+been|have\s+been|is|was)\s+(?:showing|screening|airing|broadcasting)\s+"
                r"(⟨\d+⟩)"), SERIES),
    # "“S,” about a ferry crew who …, premieres on": a story told, then its premiere
    (rx.compile(r"(⟨\d+⟩),\s+about\s+[^⟨⟦;]{3,100}?,\s+(?:premieres|premiered|will\s+premiere|"
                r"airs|aired|debuts|debuted)\b"), SERIES),
    # "From “S” comes G’s “T”": a playlist's song, and the drama it comes from
    # ("From “S” there is G’s “T”, …": the same)
    (rx.compile(r"^\s*From\s+(⟨\d+⟩),?\s+(?:(?:comes|come|came)\s+(?:⟨\d+⟩[’']s\s+|the\s+[a-z-]+\s+)?"
                r"⟨\d+⟩|there\s+(?:is|are|comes?)\s+⟨\d+⟩[’']s\s+⟨)"), SERIES),
    # "“S” (episode 15 of 16)", "the “S” cast": only a series has episodes and a cast
    (rx.compile(r"(⟨\d+⟩)\s*\((?:episodes?|ep\.)\s*\d|\bthe\s+(⟨\d+⟩)\s+cast\b"), SERIES),
    (rx.compile(r"(⟨\d+⟩)[,.]?\s+(?:OST|soundtrack|original soundtrack)\b"), SERIES),
    # "“T” by G, whose leader, A, sings its chorus": what has a leader singing is a group
    (rx.compile(r"(⟨\d+⟩),\s+whose\s+(?:leader|maknae|members?)\b"), GROUP),
    # "G has four members: A, …": what has members is a group
    (rx.compile(r"(⟨\d+⟩)\s+(?:has|had)\s+(?:two|three|four|five|six|seven|\d)\s+members:"), GROUP),
    # "G’s “T,” whose opening verse is sung by the boy group’s leader": the group named before
    (rx.compile(r"(⟨\d+⟩)[’']s\s+⟨\d+⟩,\s+whose\s+[^⟨.;]{0,60}?\bthe\s+(?:boy\s+|girl\s+|idol\s+)?"
                r"(?:group|band)[’']s\s+(?:leader|maknae|members?|singers?|vocalists?|rappers?)\b"),
     GROUP),
    # "G’s “T,” the title song of “S”": what has a title song is a drama
    # ("G’s “T,” the theme of “S”": the same, the noun alone)
    (rx.compile(r"\bthe\s+(?:(?:title|theme|opening|closing|ending|main)\s+(?:song|theme|track)|"
                r"(?<=⟩,\sthe\s)theme|(?<=\bis\sthe\s)theme|(?<=\bwas\sthe\s)theme)\s+of\s+"
                r"(⟨\d+⟩)(?![’']s)"), SERIES),
    # "G, the band that the raft guides of “S” throw together": a story's band, S its drama
    (rx.compile(r"\bband\s+(?:that\s+)?the\s+[a-z][^⟨;,.]{0,40}?\s+of\s+(⟨\d+⟩)\s+(?:form|forms|formed|"
                r"start|starts|started|throw\s+together|threw\s+together|put\s+together|set\s+up)\b"),
     SERIES),
    # "G’s “T,” which opens each episode of “S”": what has episodes is a drama
    (rx.compile(r"\b(?:opens|closes|ends|starts|begins|plays\s+over)\s+(?:each|every)\s+episode\s+of\s+"
                r"(⟨\d+⟩)(?![’']s)"), SERIES),
    # "“S,” which began on B on DATE": what begins on a channel is a broadcast
    (rx.compile(r"(⟨\d+⟩),\s+which\s+(?:began|started|premiered|debuted)\s+on\s+⟨\d+⟩"), SERIES),
    # "G, the band dreamed up for “S”": what a band is made up for is a drama
    (rx.compile(r"\bband\s+(?:dreamed|dreamt|made|thought|cooked)\s+up\s+for\s+(⟨\d+⟩)(?![’']s)"),
     SERIES),
    # "the song G sang for the opening credits of “S”": what has credits is a drama
    # ("“T,” which plays over the opening titles of “S”": the same)
    (rx.compile(r"\b(?:opening|closing|end|title)\s+(?:credits|titles)\s+of\s+(⟨\d+⟩)(?![’']s)"),
     SERIES),
    # "… folded its way through the soundtrack of “S”": what has a soundtrack is a drama
    (rx.compile(r"\b(?:the|its)\s+(?:soundtrack|OST)\s+of\s+(⟨\d+⟩)(?![’']s)"), SERIES),
    # "“S,” which peaked at 12.9 percent": only a broadcast has a rating
    (rx.compile(r"(⟨\d+⟩),?\s+which\s+(?:peaked|drew|scored|averaged|opened)\s+(?:at\s+|with\s+)?"
                r"(?:an?\s+)?[\d.]+\s+percent\b"), SERIES),
    # "G’s “T” from “S,” which …", "“T,” the first OST part of “S”", "“T,” recorded for “S”",
    # "the theme of the P original “S”": a song's drama
    (rx.compile(r"⟨\d+⟩[’']s\s+⟨\d+⟩\s+from\s+(⟨\d+⟩)|"
                r"\b(?:OST|soundtrack)\s+(?:part|track|single|song)\s+(?:proper\s+)?of\s+(⟨\d+⟩)|"
                r"⟨\d+⟩,\s+(?:recorded|written|made)\s+for\s+(⟨\d+⟩)|"
                # ("“T,” which G recorded as the theme of “S”")
                # ("“T,” performed by G as the opening theme of “S”": the act between)
                r"\b(?:recorded|written|made|chosen|sang|sung|performed)(?:\s+by\s+⟨\d+⟩)?\s+as\s+"
                r"the\s+(?:[a-z-]+\s+)?theme\s+(?:song\s+)?of\s+"
                r"(⟨\d+⟩)(?![’']s)|"
                r"\bthe\s+theme\s+(?:song\s+)?of\s+the\s+(?:[\w-]+\s+){0,2}?(?:original|drama|series)\s+"
                r"(⟨\d+⟩)|"
                # ("“T,” the title song G recorded for “S”": the same, the act between)
                r"\b(?:song|theme|single|track|ballad)\s+⟨\d+⟩\s+(?:recorded|wrote|made|cut|sang|"
                r"sings|performed|performs)\s+for\s+"
                r"(⟨\d+⟩)(?![’']s)|"
                # "“T,” the group’s theme for “S”": what a theme is for is a drama
                # ("“T,” G’s theme for “S”": the act's theme, named by its possessive)
                r"⟨\d+⟩,\s+(?:the|its|their|his|her|⟨\d+⟩[’']s)\s+(?:[\w’'-]+\s+){0,2}?theme\s+"
                r"(?:song\s+)?for\s+(⟨\d+⟩)(?![’']s)"), SERIES),
    # "“S” closed its final chapter on B", "“S” took its final bow": a series' finale
    (rx.compile(r"(⟨\d+⟩)\s+(?:[a-z]+ed|took|drew|gave|rang|shut|made)(?:\s+(?:off|out|down|up))?\s+"
                r"its\s+(?:last|final)\s+(?:[a-z-]+\s+)?(?:chapter|bow|curtain|episode|page|act|"
                r"scene|call|whistle|lap|round|bell)\b"), SERIES),
    # "“S” has been on the air for less than a week": only a broadcast is on the air
    (rx.compile(r"(⟨\d+⟩)\s+(?:has\s+been|had\s+been|is|was|went)\s+(?:(?:back|still)\s+)?on\s+"
                r"(?:the\s+)?air\b"), SERIES),
    # ("“S,” which has aired on B every Wednesday night since …": the same)
    # ("The harvest around X runs from November": a place the subject is around, not a run)
    (rx.compile(r"(?<!by\s)(?<!around\s)(?<!\snear\s)(?<!\sin\s)(?<!\sat\s)(⟨\d+⟩)[,.]?\s+"
                r"(?:which\s+|that\s+)?(?:(?:has|had)\s+)?"
                r"(?:(?:first|also|now|still)\s+)?"
                r"(?:airs|aired|premiered|premieres|"
                # "C, runs the till by day": a character's errand, not a series' run
                r"ran|runs|wrapped|concluded|(?:ended|ends|finished|concluded)\s+its\s+run|"
                # "“S” went out on B every Monday": a broadcast
                r"(?:went|goes)\s+out(?=\s+on\s+⟨))\b"
                # "B, which premiered its new drama": B is the channel; "A ran on for …": a person
                r"(?!\s+(?:the|a|an|his|her|their|its|onto|off|out|over|into|after|away|back|"
                r"up)\b|\s+on\s+(?:for|to|stage)\b)"),
     SERIES),
    (rx.compile(r"(⟨\d+⟩)[,.]?\s+(?:which\s+|that\s+)?(?:first\s+)?(?:debuted|premiered|aired|airs)\s+"
                r"on\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:channel|network|broadcaster|station)\b"),
     SERIES),
    (rx.compile(r"\b(?:fictional|in-story|on-screen)\s+(?:[a-z-]+\s+)?(?:band|group|trio|duo|"
                r"quartet|quintet)\s+(?:from\s+⟨\d+⟩\s+)?,?\s*(⟨\d+⟩)", re.I), BAND),
    (rx.compile(r"(⟨\d+⟩),\s+(?:the|a)\s+(?:[a-z-]+\s+)?(?:fictional|in-story|on-screen)\s+"
                r"(?:[a-z-]+\s+)?(?:band|group|trio|duo|quartet|quintet)\b", re.I), BAND),
    (rx.compile(r"\b(?:stream|watch|binge|catch)\s+(⟨\d+⟩)\s+on\b"), SERIES),
    # "Actors A and B, who played sweethearts in “S”": what one plays or stars in is a drama
    # ("who plays the postwoman C in B’s “S”": the part and the channel may stand between)
    # ("A and B share the lead roles in “S”": the same)
    (rx.compile(r"\b(?:share|shared|take|took|have|had)\s+the\s+(?:lead|leading|main|title)\s+roles?\s+"
                r"in\s+(⟨\d+⟩)(?![’']s)"), SERIES),
    # ("A is the star of “S,” playing C": what one is the star of is a drama)
    (rx.compile(r"\b(?:is|was)\s+the\s+(?:[a-z-]+\s+)?star\s+of\s+(⟨\d+⟩)(?![’']s)(?=,?\s+playing\b)"),
     SERIES),
    # ("…; in “S” she sings it in character as C": where a part is sung is a drama)
    (rx.compile(r"(?:^|[;,])\s*[Ii]n\s+(⟨\d+⟩),?\s+(?:she|he|they)\s+(?:sings|sang)\s+(?:it\s+)?"
                r"in\s+character\b"), SERIES),
    # "A, her co-lead in “S,” played C": what one is a lead in is a drama
    (_LEAD_IN := rx.compile(r"\b(?:co-lead|co-star|costar|leading\s+(?:man|lady))\s+in\s+"
                            r"(⟨\d+⟩)(?![’']s)"),
     SERIES),
    # ("who plays the band’s drummer, C, in “S”": a part set off by commas)
    (_PLAYED_IN := rx.compile(r"\b(?:played|plays|starred|stars|co-starred|co-stars)\s+"
                              r"(?:[a-z-]+(?:[’']s)?,?\s+|⟨\d+⟩,?\s+){0,4}?in\s+(?:⟨\d+⟩[’']s\s+)?(⟨\d+⟩)"),
     SERIES),
    # "“T,” the G single from “S”": a quoted title a song comes from is its drama
    # ("the debut single of The G from “S”": the band named between)
    (_SONG_FROM := rx.compile(r"\b(?:single|song|track|ballad|theme|duet|anthem)"
                              r"(?:\s+(?:of|by)\s+(?:[Tt]he\s+)?⟨\d+⟩)?\s+from\s+"
                              r"(⟨\d+⟩)(?![’']s)"), SERIES),
    # ("“T” from “S”; on the recording A sings …": a quoted title a quoted song is from)
    (_TITLE_FROM := rx.compile(r"⟨\d+⟩,?\s+from\s+(⟨\d+⟩)(?![’']s)"
                               r"(?!\s+(?:album|OST|soundtrack|EP)\b)"), SERIES),
    # ("… recorded in character as C, the consular clerk in “S”": where a part is, a drama)
    # ("A, whose role in “S” is G’s drummer, C": the same)
    # ("… sings as C, the tax inspector of “S”": the same with "of", a quoted title only)
    (_PART_IN := rx.compile(r"(?:\bas\s+⟨\d+⟩,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){1,4}?(?:in|of)|"
                            r"\b(?:role|part)\s+in)\s+(⟨\d+⟩)(?![’']s)"), SERIES),
    # ("From “S” the staff chose A’s “T”": what songs are chosen from is a drama)
    # ("…, and from “S2” they chose …", "From “S” the volunteers also took …": the same)
    (_CHOSEN_FROM := rx.compile(r"(?:^\s*From|,\s+and\s+from)\s+(⟨\d+⟩),?\s+"
                                r"(?:the\s+[a-z]+\s+|they\s+|we\s+)?(?:also\s+)?"
                                r"(?:chose|picked|took|selected|added|borrowed|kept)\s+"
                                r"(?:[^⟨;]{0,20})?⟨"), SERIES),
    # "A’s solo for B’s “S”", "the theme of B’s “S”": what a song is for is a drama
    (rx.compile(r"\b(?:solo|theme|ballad|duet|song|single|track)\s+(?:for|of)\s+⟨\d+⟩[’']s\s+"
                r"(⟨\d+⟩)(?![’']s)"), SERIES),
    # "“S,” another B drama": a title set beside a drama's noun
    (rx.compile(rf"(⟨\d+⟩),\s+(?:another|a|an)\s+(?:⟨\d+⟩\s+)?(?:[\w-]+\s+){{0,2}}?"
                rf"{_SERIES_WORDS}\b(?!\s+(?:ballad|song|OST|soundtrack|theme|track|single))",
                re.I),
     SERIES),
    # "A, who directed “S,” …", "B, who led “S” as the grower C": what one directs or leads
    # as a character is a drama
    (rx.compile(r"\b(?:who|she|he)\s+(?:directed|led|headlined)\s+(⟨\d+⟩)(?=,|\s+as\b)"),
     SERIES),
    # "the cast of “S,” its new music drama", "all 12 episodes of “S”", "“S” came to an end",
    # "“S,” B's weekend drama".
    # ("“T,” their duet from the drama": the drama is not T's head noun)
    # ("a hit in K, B's Wednesday-Thursday drama": K is where, not the drama)
    # ("For viewers in K and K2 the drama is on P": places, the second after "and")
    (rx.compile(rf"(?<!\bin\s)(?<!\band\s)(⟨\d+⟩),?\s+(?:its|their|the|a|an|⟨\d+⟩[’']s)\s+"
                rf"(?:(?!(?:from|of|in|for|on|with)\s)(?:[\w-]+|⟨\d+⟩)\s+){{0,3}}?{_SERIES_WORDS}\b"
                # "on B, the tea drama “S”": the apposition introduces the title after it
                # ("the K-drama music podcast": the word qualifies another noun); "“S,” the
                # drama B has aired since …": a channel's verb follows the name, no title
                # ("“T,” the series’ theme": a plural possessive, the theme the title)
                r"(?![’']s|[’'](?!\w)|\s+(?:song|track|OST|single|album|theme|music|podcast|newsletter|"
                r"blog|fans?)\b|\s*⟨\d+⟩(?!\s+(?:has|had|have)\s+(?:aired|shown|broadcast)\b))",
                re.I), SERIES),
    # "The ferry band of “S” finally gives the drama's two leads a song": the story's band
    # ("the band of B’s “S”": S, B being its channel)
    # ("the band of last year’s “S”": a time before the title; "the fictional band G of last
    # year’s “S”": the band's name between)
    (rx.compile(r"\b(?:cast|episodes|finale|premiere|season|band(?:\s+⟨\d+⟩)?|leads)\s+of\s+"
                r"(?:(?:last|this|next)\s+(?:year|summer|winter|spring|autumn)[’']s\s+)?"
                r"(⟨\d+⟩)(?![’']s\s+⟨)"),
     SERIES),
    # "“S,” now halfway through its run on B", "“S” continues Fridays and Saturdays at 9 p.m."
    (rx.compile(r"(⟨\d+⟩),?\s+(?:now\s+)?(?:[a-z-]+\s+)?(?:through|into)\s+its\s+"
                r"(?:[a-z-]+\s+)?run\b"), SERIES),
    (rx.compile(r"(⟨\d+⟩)\s+(?:continues|airs|runs|returns)\s+(?:on\s+)?(?:every\s+)?"
                r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b"), SERIES),
    # "B has shown “S” on Tuesday nights since July 1": what a channel has shown on a weekday
    (rx.compile(r"\b(?:has|have|had)\s+(?:shown|aired|broadcast|screened)\s+(⟨\d+⟩)\s+(?:on\s+)?"
                r"(?:every\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"), SERIES),
    # "In “S” A sings it as C, the clerk …": where someone sings a song as a part is a drama
    (rx.compile(r"^\s*In\s+(⟨\d+⟩),?\s+⟨\d+⟩\s+(?:sings|sang|performs|performed|voices|"
                r"voiced)\s+(?:it|the\s+song|the\s+track)\s+(?:in\s+character\s+)?as\s+⟨"), SERIES),
    (rx.compile(r"(⟨\d+⟩)[,.]?\s+(?:came\s+to\s+an\s+end|drew\s+to\s+a\s+close|will\s+premiere|"
                r"will\s+air|is\s+streaming|wrapped\s+up\s+its\s+run|signed\s+off)\b"
                # ("B will air “S”": the title after it is the series)
                r"(?!,?\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?⟨)"), SERIES),
    (rx.compile(r"\b(?:boy band|girl group|boy group|idol group|co-ed group|band|group|duo|"
                r"trio|quartet|unit)\s+(?:(?:called|named)\s+)?(?:[Tt]he\s+)?(⟨\d+⟩)"), GROUP),
    (rx.compile(r"(⟨\d+⟩)(?:[’']s)?\s+(?:members?|leader|maknae)\s+⟨"), GROUP),
    # "G has never played a real gig: it is the band of “S”": a band of the story
    # ("G cannot be booked: it exists only in “S”": the same)
    (rx.compile(r"(⟨\d+⟩)\s+(?:has|had|is|was|cannot|can[’']t|could\s+not|will\s+never)\s+"
                r"[^.;:⟨]{1,60}:\s+it\s+(?:is\s+the\s+(?:[\w-]+\s+)?band\s+of|exists\s+only\s+"
                r"(?:inside|in|within|on))\s+⟨\d+⟩"), BAND),
    # ("the band of rink workers at the heart of “S”": what a band is at the heart of is a drama)
    (rx.compile(r"\b(?:band|group)\s+(?:of\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s+)?at\s+the\s+heart\s+of\s+"
                r"(⟨\d+⟩)"), SERIES),
    # ("G is the band of “S,” in which …": the same, said outright)
    (rx.compile(r"(⟨\d+⟩)\s+(?:is|was)\s+the\s+(?:[\w-]+\s+)?band\s+(?:of|in)\s+⟨\d+⟩"), BAND),
    # ("… themed on G, the band of lock hands in the drama “S.”": the same, set off)
    (_BAND_IN_DRAMA, BAND),
    # "G exists only inside the workshop", "G lives only inside “S”": a band of the story
    (rx.compile(r"(⟨\d+⟩)\s+(?:exists|existed|lives|lived)\s+only\s+(?:inside|in|within|on)\b"),
     BAND),
    # "the office staff have formed G out of …": characters starting the band of the story
    (rx.compile(r"\b(?:have|has|had)\s+(?:just\s+)?(?:formed|started)\s+(⟨\d+⟩)"), BAND),
    # "The cast of “S” came back together as G": the band the story's cast played
    (rx.compile(r"\bcast\s+of\s+⟨\d+⟩\s+(?:came\s+back\s+together|reunited|got\s+back\s+together|"
                r"took\s+the\s+stage|performed|played)\s+as\s+(⟨\d+⟩)"), BAND),
    # "the town has a band, and the band has a name: X", "the band is called X": the story's
    # band named
    (rx.compile(r"\b[Tt]he\s+(?:(?:drama|series|show|story)[’']s\s+)?band\s+(?:has\s+a\s+name:|is\s+called|is\s+named|calls\s+itself|"
                r"names\s+itself|goes\s+by)\s+(⟨\d+⟩)"), BAND),
    # "G, the drama’s barn-rehearsing band, take three of the eight": the story's band
    (rx.compile(r"(⟨\d+⟩),\s+the\s+(?:drama|series|show|story)[’']s\s+(?:[\w-]+\s+){0,2}?band\b"),
     BAND),
    # "They call themselves X": characters naming the band they start.
    (rx.compile(r"\b(?:call|called|calls|name|named)\s+themselves\s+(⟨\d+⟩)"), BAND),
    (rx.compile(r"\b(?:a|the)\s+(?:[a-z-]+\s+){0,2}(?:band|group),\s+(⟨\d+⟩),"), GROUP),
    (rx.compile(r"\b(?:actor|actress)\s+(⟨\d+⟩)", re.I), ACTOR),
    # "X said when we met", "“…,” says X": someone quoted is a person.
    (rx.compile(r"(⟨\d+⟩),?\s+(?:said|says|told|tells|explained|explains|recalled|recalls|"
                r"laughed|laughs|admitted|admits|joked|jokes)\b|\b(?:said|says)\s+(⟨\d+⟩)"),
     PERSON),
    # "“T” sits atop the CHART", "“T” stays at No. 1": a title on a chart is a song.
    # ("“T,” a duet between A and B, sits at the top of …": B closes an aside, T is the subject)
    (rx.compile(r"(?:(?<!\band\s)(⟨\d+⟩),|(⟨\d+⟩))\s+(?:still\s+)?(?:sits|sat|stays|stayed|remains|"
                r"remained|is|was|holds|held)\s+(?:still\s+)?(?:atop|on\s+top\s+of|at\s+the\s+top\s+of|"
                r"at\s+No\.)"),
     RECORDING),
    # "“T,” a pre-release track credited to the band": an appositive says what T is.
    # ("C, a track inspector": a compound noun's head says what C is, and it is a person)
    # "“T” from last winter’s “S,” also a B series": a season's title, or one set off as a series
    (rx.compile(r"\bfrom\s+(?:last|this|next)\s+(?:winter|spring|summer|autumn|fall|year)[’']s\s+"
                r"(⟨\d+⟩)|(⟨\d+⟩),\s+also\s+an?\s+(?:⟨\d+⟩\s+)?(?:[\w-]+\s+)?(?:series|drama)\b"),
     SERIES),
    # ("Credited to the singer A, the song came out …": the one credited, not a title)
    # ("“T” from B’s “S,” the song that won …": the apposition is T's, S the drama)
    # ("“T” by A featuring the rapper B, a track from …": the apposition is T's)
    (rx.compile(r"(?<![Cc]redited\sto\s)(?<!singer\s)(?<!vocalist\s)(?<!rapper\s)"
                r"(?<!featuring\s)(?<!sung\sby\s)"
                r"(?<!from\s⟨\d⟩[’']s\s)(?<!from\s⟨\d\d⟩[’']s\s)"
                r"(⟨\d+⟩)(?:,|\s+(?:is|was))\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:song|single|track|"
                r"ballad|anthem|duet|number|theme|B-side|waltz|lullaby|closer|opener)\b(?!-)"
                r"(?!\s+(?:[a-z]+(?:er|or|ist|man|woman)|crew|team|park|list|star)\b)"),
     RECORDING),
    # "A's “T,” the third part of the B drama's soundtrack": a soundtrack's part is a recording
    # ("C, the part A plays": an actor's part, no soundtrack's)
    (rx.compile(r"(⟨\d+⟩),\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:OST\s+)?part\b(?!-)"
                r"(?!\s+(?:that\s+|which\s+)?⟨\d+⟩\s+(?:plays|played|portrays|portrayed)\b)"),
     RECORDING),
    # "Part 2, “T,” on which …": a numbered part of a soundtrack is a recording ("Part 3, A’s
    # “T”": A's, not A, is).
    (rx.compile(r"\b(?:Part|Pt\.|Vol\.)\s*\d{1,2}\s*[,:]?\s+(⟨\d+⟩)(?![’']s\b)"), RECORDING),
    # "the band anthem A recorded": A is the singer, not the title.
    # "Its theme, A's “T”": the title after the singer's possessive.
    (rx.compile(r"\b(?:song|single|track|ballad|anthem|duet|number|theme|OST|B-side)\s*,?\s+"
                r"(?:⟨\d+⟩[’']s\s+)?(⟨\d+⟩)(?![’']s\b)"
                # "the duet A and B recorded": the singers, not a title
                # ("On “T,” another G song, A and B split the vocals": the singers too)
                r"(?!\s+(?:and\s+⟨\d+⟩\s+)?(?:also\s+)?(?:recorded|records|sang|sings|performed|performs|wrote|released|"
                r"co-wrote|composed|voiced|cut|split|splits|share|shares|shared|trade|trades|traded|"
                r"swap|swaps|swapped|duet|duets|duetted)\b"
                # ("“T,” G’s first single, A singing in character as C": a singer, not a title)
                r"|\s+(?:singing|voicing|taking\s+the\s+(?:lead|vocals?))\b)", re.I), RECORDING),
    (rx.compile(r"\b(?:song|single|track|ballad|anthem|duet|number|theme|OST|B-side)\b[^.⟨]{0,40}?"
                r"\b(?:titled|called|entitled|named)\s+(⟨\d+⟩)"), RECORDING),
    # ("fronted by the singer C (A)": a part, its actor in brackets)
    # ("who played the band’s lead singer C": a place in the story's band, a part)
    (rx.compile(r"(?<!band[’']s\s)(?<!band[’']s\slead\s)"
                r"\b(?:singer|vocalist|rapper|soloist|singer-songwriter)\s+(⟨\d+⟩)"
                r"(?!\s*\(⟨\d+⟩\))", re.I),
     SINGER),
    # "A, the youngest member of boy group G": the same, set off by commas.
    (rx.compile(r"(⟨\d+⟩),\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:member|leader|maknae|vocalist|"
                r"rapper|dancer)\s+of\s+(?:the\s+)?(?:boy|girl|idol|co-ed|K-pop)\s+(?:group|band)\s+⟨"),
     SINGER),
    # "A of boy group G": an idol, often known by one name.
    (rx.compile(r"(⟨\d+⟩)\s+(?:of|from)\s+(?:the\s+)?(?:boy|girl|idol|co-ed|K-pop)\s+"
                r"(?:group|band)\s+⟨"), SINGER),
    # "A sings the hook with his groupmates B and C": whoever has groupmates is a singer.
    (rx.compile(r"(⟨\d+⟩)\s+(?:also\s+)?(?:sings|sang|raps|rapped|performs|performed)\s+"
                r"(?:the\s+[a-z-]+\s+)?(?:with|alongside)\s+(?:his|her)\s+(?:group|band)mates\b"),
     SINGER),
    # "G member A", "fellow member A": a member of a music group sings.
    (rx.compile(r"(?:⟩(?:[’']s)?\s+|\bfellow\s+)(?:member|leader|maknae)\s+(⟨\d+⟩)"), SINGER),
    (rx.compile(r"\b(?:composer|director|writer|screenwriter|producer|pd)\s+(⟨\d+⟩)", re.I),
     PERSON),
    # "… ended with their band, G, playing its first gig": G is the story's band
    (rx.compile(r"\b(?:[Tt]heir|[Hh]is|[Hh]er)\s+(?:new\s+|fictional\s+)?band,?\s+(⟨\d+⟩)"), BAND),
    # "A sings it in character as C": C is a character
    (rx.compile(r"\bin\s+character\s+as\s+(?:[A-Z]{2,}\s+)?(⟨\d+⟩)"), CHARACTER),
    # "A and B sing it as C and D", "A recorded the song as C": the parts sung
    (rx.compile(r"\b(?:sings?|sang|recorded|records?|duets?|duetted|cut)\s+(?:it|them|⟨\d+⟩|the\s+"
                r"(?:song|track|single|lead|verses?|chorus))\s+as\s+(⟨\d+⟩)(?![’']s)"), CHARACTER),
    (rx.compile(r"\b(?:sing|sang|recorded|record|duet|duetted|cut)\s+(?:it|them|the\s+(?:song|"
                r"track|single))\s+as\s+⟨\d+⟩\s+and\s+(⟨\d+⟩)(?![’']s)"), CHARACTER),
    # ("G’s drama songs": an act's songs for dramas, no channel's drama)
    # ("G’s song for the drama": an act's song, no channel's drama)
    (rx.compile(rf"(⟨\d+⟩)[’']s\s+(?!(?:song|single|track|theme|ballad|duet|solo|B-side|number|anthem)\s+for\b)"
                rf"(?:[\w-]+\s+){{0,3}}?{_SERIES_WORDS}\b"
                r"(?!\s+(?:songs?|tracks?|OSTs?|soundtracks?|themes?|singles?|music)\b)", re.I),
     BROADCASTER),
    # "“S,” the X comedy in which …": an unquoted name between "the" and a series noun is the
    # channel (a quoted one is skipped below).
    (rx.compile(rf"(?:⟨\d+⟩,?\s+|\bon\s+|\bin\s+)[Tt]he\s+(⟨\d+⟩)\s+(?:[a-z-]+\s+){{0,2}}?"
                rf"{_SERIES_WORDS}\b(?!\s+⟨)"), BROADCASTER),
]


_UNNAMED_FICTIONAL = rx.compile(r"\b(?:drama|show|series)[’']s?\s+fictional\s+(?:band|group)\b"
                                r"(?!\s*,?\s*⟨)")
_PLAYER_SINGS = rx.compile(r"\s*(⟨\d+⟩),\s+the\s+band[’']s\s+(?:lead\s+)?"
                           r"(?:frontwoman|frontman|singer|vocalist|drummer|bassist|guitarist|keyboardist),\s+(?:sings|sang)\b")
_RECORDED_IN_CHARACTER = rx.compile(r"\b(?:recorded|records|sang|sings)\s+it\s+in\s+character\b")


# Names next to names, read once every sentence has been found.
# "… made up entirely of G. The band does not exist outside a television drama.": G, the last
# unknown name before, is the story's band.
_BAND_OFF_SCREEN = rx.compile(r"\s*The\s+band\s+(?:does\s+not|doesn[’']t|did\s+not)\s+exist\s+"
                              r"(?:outside|off|beyond)\b|\s*The\s+band\s+(?:exists|existed)\s+only\s+"
                              r"(?:in|on|inside)\b")
# ("… played G. The girl group sings most of …": the same, a name of one word or in capitals)
_KIND_OF_GROUPS_MEMBERS = rx.compile(r"\s*The\s+(?:boy|girl|idol|co-ed|K-pop)\s+(?:group|band)"
                                     r"(?:[’']s\s+(?:[a-z-]+\s+)?members\b|"
                                     r"(?P<acts>\s+(?:sings|sang|recorded|records|performs)\b))")
# "G’s “T,” from last year’s “S,” came round. A, who played C, the band’s lead singer, sings
# it": the owner of a song, a band the next sentence speaks of.
# ("… comes G’s “T,” which plays at the school gates": the owner anywhere in the sentence)
# ("“T,” G’s single from last year’s “S,” plays on the hour": the owner after the title)
# ("The most requested is still G’s “T,” from the glasshouse drama “S.”": the same)
# ("Students ask for G’s “T,” from the railway drama “S.”": the same, after any verb)
_ONE_WORD_OWNS = rx.compile(r"(⟨\d+⟩)[’']s\s+⟨\d+⟩,\s+from\s+|"
                            r"\bcomes?\s+(⟨\d+⟩)[’']s\s+⟨\d+⟩|"
                            r"⟨\d+⟩,\s+(⟨\d+⟩)[’']s\s+(?:[a-z-]+\s+)?(?:single|song|track|hit)\s+from\b")
_THE_BANDS = rx.compile(r"\bthe\s+band[’']s\b")
_THE_ONE_TRACK = rx.compile(r"\b[Tt]he\s+(?:one|only)\s+(⟨\d+⟩)\s+(?:track|song|single)\b")
_NAME_OF_NAME = rx.compile(r"(⟨\d+⟩)\s+(?:of|from)\s+(⟨\d+⟩)")
_NAME_S_NAME = rx.compile(r"(⟨\d+⟩)[’']s\s+(⟨\d+⟩)")
_CHANNEL_TITLE = rx.compile(r"(⟨\d+⟩)[’']s\s+(⟨\d+⟩)|(⟨\d+⟩)\s*\((⟨\d+⟩)\)")
_TITLE_THEN_SERIES = rx.compile(r"(⟨\d+⟩)\s*\((⟨\d+⟩)\)")
# "“S” (X). The Wednesday-Thursday thriller premieres …": a guide's entry, a drama and its channel
_LISTED_TITLE = rx.compile(r"\s*(⟨\d+⟩)\s*\((⟨\d+⟩)\)\.\s*$")
# "… belonged to “S,” and every number came from G, the band that the drama’s characters form
# on screen": "the drama" looks back to the one title the sentence named.
# ("…, the band the drama’s salt workers start between harvests", "… the drama’s rowing club
# forms": any of its people)
_BAND_THE_DRAMA_FORMS = rx.compile(r"\bband\s+(?:that\s+)?the\s+(?:drama|series|show)[’']s?\s+"
                                   r"(?:[a-z-]+\s+){0,2}?[a-z]+\s+"
                                   r"(?:form|forms|formed|start|starts|started)\b")
_THE_DRAMA_OPENS = rx.compile(
    rf"\s*The\s+(?:[\w-]+\s+){{0,3}}?{_SERIES_WORDS}\b(?!\s+(?:song|theme))", re.I)


def read_hints(article: Article, sentences: list[Sentence]) -> None:
    """Fill ``article.hints`` and ``article.main_series`` from every sentence."""
    for sentence in sentences:
        for pattern, cls in _CUES:
            for m in pattern.finditer(sentence.masked):
                mention = sentence.mention(next(g for g in m.groups() if g))
                if mention is None or mention.resolution.entities:
                    continue
                if cls == PERSON and mention.quoted:
                    continue  # "“S” tells the story of …": a title, not a speaker
                if pattern in (_PLAYED_IN, _SONG_FROM, _TITLE_FROM, _CHOSEN_FROM, _PART_IN,
                               _ONLY_INSIDE,
                               _BAND_STARTED_IN,
                               _BAND_IN_TITLE, _LEAD_IN) and \
                        not mention.quoted:
                    continue  # "played a gig in Seoul": a place
                if cls == SERIES and _CEREMONY.search(mention.text):
                    continue  # "the 2031 X Awards wrapped up on …" is no series
                if cls == SERIES and not mention.quoted and \
                        _ACTS_NEXT.match(sentence.masked, m.end(m.lastindex or 0)):
                    continue  # "In the drama A plays C": a name that does something, a person
                if cls == SERIES and not mention.quoted and _CHANNEL.search(mention.text):
                    continue  # "the drama that Channel X premiered on …": the channel did
                if cls == SERIES and re.search(r"\s(?:OST|Soundtrack)$", mention.text):
                    continue  # "“S OST” runs to seven tracks": an album
                if cls == SERIES and not mention.quoted and mention.text.startswith("Best "):
                    continue  # "G collected Best Group OST": a prize's name, cut at "OST"
                if cls == SERIES and not mention.quoted and mention.text.isupper() and \
                        re.search(r"\b(?:OST|soundtrack)\b", m.group()):
                    continue  # "G soundtrack sets the pace": a name in capitals is an act's
                if cls == GROUP and sentence.kind == "heading":
                    continue  # a headline's "Band X" says nothing of whether X is fictional
                if cls == GROUP and mention.initial and " " not in mention.text and \
                        not mention.text.isupper() and re.match(r"⟨\d+⟩\s+(?:leader|members?)\s",
                                                                 m.group()):
                    continue  # "Display leader A said": a sentence's first word, no group
                if cls in (GROUP, BAND) and not mention.quoted and _CHANNEL.search(mention.text):
                    continue  # "… on Channel X, the band at its heart played": a channel
                if cls == BROADCASTER and mention.quoted:
                    continue  # "the “S” drama": a title, not a channel
                form = names.exact_form(mention.text)
                if cls == BAND and article.hints.get(form) == GROUP and (
                        pattern is _BAND_IN_DRAMA or
                        re.search(r"\b(?:fictional|in-story|on-screen)\b", m.group(), re.I)):
                    # "the bassist of G, the in-story rock band": the story's, said outright
                    article.hints[form] = BAND
                article.hints.setdefault(form, cls)
    for sentence in sentences:  # the drama a story's band is put together in
        band = _BAND_THE_DRAMA_FORMS.search(sentence.masked)
        titles = [x for x in sentence.mentions_in(sentence.masked[:band.start()]) if x.quoted] \
            if band else []
        if len(titles) == 1 and not titles[0].resolution.entities:
            article.hints.setdefault(names.exact_form(titles[0].text), SERIES)
        # ("…: every song belonged to G, the band the drama’s workers start": G that band)
        named = re.search(r"(⟨\d+⟩),\s+the\s+$", sentence.masked[:band.start()]) if band else None
        owner = sentence.mention(named[1]) if named else None
        if owner is not None and not owner.quoted and not owner.resolution.entities:
            article.hints.setdefault(names.exact_form(owner.text), BAND)
        for m in _PUT_TOGETHER_IN.finditer(sentence.masked):
            series = sentence.mention(m.group(2))
            if series is not None and series.quoted and not series.resolution.entities:
                article.hints.setdefault(names.exact_form(series.text), SERIES)
    if sentences and _UNNAMED_FICTIONAL.search(article.text):
        # "STEAMPIPE Plays a Real Room" over "… the drama's fictional band played …": the one
        # name in capitals the headline gives is that band
        named = {names.exact_form(x.text): x for x in sentences[0].mentions
                 if not x.quoted and not x.resolution.entities and
                 _CAPITALS_GROUP.fullmatch(x.text)}
        if sentences[0].kind == "heading" and len(named) == 1:
            form, mention = next(iter(named.items()))
            article.hints.setdefault(form, BAND)
            article.hinted_group = mention  # "the band" before the text names it
    for sentence in sentences:  # "the one G track": a name that qualifies a song is an act's
        for m in _THE_ONE_TRACK.finditer(sentence.masked):
            act = sentence.mention(m.group(1))
            # ("Kim Ta-ok" would be a singer's name; two plain words are a band's)
            if act is not None and not act.quoted and not act.resolution.entities and \
                    not re.search(r"-", act.text) and len(act.text.split()) > 1:
                article.hints.setdefault(names.exact_form(act.text), GROUP)
    for sentence in sentences:  # "A of PINE…": an idol of a group written in capitals
        for m in _NAME_OF_NAME.finditer(sentence.masked):
            person, group = sentence.mention(m.group(1)), sentence.mention(m.group(2))
            if person is None or group is None or person.quoted or group.quoted or \
                    group.resolution.entities or not _CAPITALS_GROUP.fullmatch(group.text):
                continue
            article.hints.setdefault(names.exact_form(group.text), GROUP)
    for sentence in sentences:  # "PINE…'s A was named …": A is a member of a group in capitals
        if sentence.kind == "heading":
            continue
        for m in _NAME_S_NAME.finditer(sentence.masked):
            group, person = sentence.mention(m.group(1)), sentence.mention(m.group(2))
            if group is None or person is None or person.quoted or group.quoted or \
                    group.resolution.entities or person.resolution.entities or \
                    not _in_capitals(article, group.text) or _CHANNEL.search(group.text) or \
                    not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,2}", person.text):
                continue
            article.hints.setdefault(names.exact_form(group.text), GROUP)
            article.hints.setdefault(names.exact_form(person.text), SINGER)
    for sentence in sentences:  # "X TV's “S”", "“S” (X TV)": a channel's title is a series
        for m in _CHANNEL_TITLE.finditer(sentence.masked):
            channel = sentence.mention(m.group(1) or m.group(4))
            title = sentence.mention(m.group(2) or m.group(3))
            if channel is None or title is None or not title.quoted or \
                    title.resolution.entities or not _CHANNEL.search(channel.text):
                continue
            article.hints.setdefault(names.exact_form(title.text), SERIES)
            if not channel.resolution.entities:
                article.hints.setdefault(names.exact_form(channel.text), BROADCASTER)
    for sentence in sentences:  # "“T” (“S”)": a list's song, then the drama it is from
        for m in _TITLE_THEN_SERIES.finditer(sentence.masked):
            title, series = sentence.mention(m.group(1)), sentence.mention(m.group(2))
            if title is not None and series is not None and title.quoted and series.quoted \
                    and not series.resolution.entities:
                article.hints.setdefault(names.exact_form(series.text), SERIES)
    for before, sentence in pairwise(sentences):
        # "“S” (X). The Saturday-Sunday fantasy romance began on …": S is a drama, X its channel
        listed = _LISTED_TITLE.match(before.masked) if before.kind == "sentence" else None
        if listed and _THE_DRAMA_OPENS.match(sentence.masked):
            title, channel = before.mention(listed[1]), before.mention(listed[2])
            if title is not None and channel is not None and title.quoted and \
                    not channel.quoted and not title.resolution.entities:
                article.hints.setdefault(names.exact_form(title.text), SERIES)
                if not channel.resolution.entities:
                    article.hints.setdefault(names.exact_form(channel.text), BROADCASTER)
    for before, sentence in pairwise(sentences):
        # "… a playlist made up entirely of G. The band does not exist outside a television
        # drama.": the last unknown name before is the story's band
        # ("… belongs to G. The boy group’s four members, A, B, C and D, …": a real group)
        group = _KIND_OF_GROUPS_MEMBERS.match(sentence.masked)
        kind = BAND if _BAND_OFF_SCREEN.match(sentence.masked) else GROUP if group else None
        if kind is not None:
            named = [x for x in before.mentions if not x.quoted and not x.resolution.entities]
            if group and group["acts"] and named and " " in named[-1].text and \
                    not named[-1].text.isupper():
                continue  # ("… sung by A B-c. The girl group sings …": a person's name)
            if named and names.exact_form(named[-1].text) not in article.hints:
                article.hints[names.exact_form(named[-1].text)] = kind
    for before, sentence in pairwise(sentences):
        # "G’s “T,” from last year’s “S,” came round. A, who played C, the band’s lead singer,
        # sings it": a one-word owner of a song, "the band" of the sentence after, is a band
        owned = _ONE_WORD_OWNS.search(before.masked)
        owner = before.mention(owned[1] or owned[2] or owned[3]) if owned else None
        # (a name without a hyphen: "Kim A-ra’s “T”" is a singer's, whatever follows)
        if owner is not None and not owner.quoted and not owner.resolution.entities and \
                re.fullmatch(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}", owner.text) and \
                _THE_BANDS.search(sentence.masked) and \
                names.exact_form(owner.text) not in article.hints:
            article.hints[names.exact_form(owner.text)] = BAND
    for before, sentence in pairwise(sentences):
        # "… is “T.” The song, which …": a title the next sentence calls a song is a song
        if not _THE_SONG.match(sentence.masked) or before.kind != "sentence":
            continue
        titles = [m for m in before.mentions if m.quoted and not m.resolution.entities]
        if len(titles) == 1 and re.search(r"⟩[,.!?]*\s*$", before.masked):
            article.hints.setdefault(names.exact_form(titles[0].text), RECORDING)
    for before, sentence in pairwise(sentences):
        # "C, the band's frontwoman, sings it alone on deck. A recorded it in character": the
        # one who sings it in the story is the character the actor recorded it as
        opening = _PLAYER_SINGS.match(before.masked)
        if opening and _RECORDED_IN_CHARACTER.search(sentence.masked):
            mention = before.mention(opening[1])
            if mention is not None and not mention.quoted and not mention.resolution.entities:
                article.hints.setdefault(names.exact_form(mention.text), CHARACTER)
    for before, sentence in pairwise(sentences):
        # "“S” is done. B's planetarium romance ran …": the channel's drama is the title before
        if not _CHANNELS_DRAMA.match(sentence.masked) or before.kind != "sentence":
            continue
        channel = sentence.mention(_CHANNELS_DRAMA.match(sentence.masked)[1])
        titles = [m for m in before.mentions if m.quoted and not m.resolution.entities]
        if channel is not None and _CHANNEL.search(channel.text) and len(titles) == 1 and \
                len(before.mentions) == 1:
            article.hints.setdefault(names.exact_form(titles[0].text), SERIES)
    for sentence in sentences:  # "the X OST" read as one name: X is a series
        for mention in sentence.mentions:
            stem = re.match(r"(.+?)\s+(?:OST|Original\s+Soundtrack)$", mention.text)
            # ("took home Best OST": a prize's name, no series)
            if stem and not mention.resolution.entities and not stem[1].startswith("Best") and \
                    not article.registry.lookup(stem[1]).entities:
                article.hints.setdefault(names.exact_form(stem[1]), SERIES)
    _headline_series(article, sentences)
    # "A, who played Ha-eun, …": a part, and so is the full name ending in it ("Gu Ha-eun")
    parts = {names.exact_form(x.text): x.text for sentence in sentences
             for m in _WHO_PLAYED.finditer(sentence.masked)
             if (x := sentence.mention(m[1])) is not None and not x.quoted and
             not x.resolution.entities and "-" in x.text and " " not in x.text}
    for sentence in sentences if parts else ():
        for mention in sentence.mentions:
            words = mention.text.split()
            if len(words) == 2 and not mention.quoted and not mention.resolution.entities and \
                    names.exact_form(words[1]) in parts:
                article.hints.setdefault(names.exact_form(mention.text), CHARACTER)
    for form in parts:
        article.hints.setdefault(form, CHARACTER)
    for sentence in sentences:  # "with B as the projectionist C" … "C says “sorry”": C is a part
        for m in _AS_NAME.finditer(sentence.masked):
            mention = sentence.mention(m[1])
            if mention is not None and not mention.quoted and not mention.resolution.entities \
                    and article.hints.get(names.exact_form(mention.text)) == PERSON:
                del article.hints[names.exact_form(mention.text)]
    # "“S: The Night Shift Tapes,” a radio drama" beside "“S”": a work made from S, which is
    # the series; the derived title is never the article's drama
    quoted = {names.exact_form(m.text): m.text for s in sentences for m in s.mentions if m.quoted}
    derived = set()
    for form, spelling in quoted.items():
        head = spelling.split(":", 1)[0].strip() if ":" in spelling else ""
        if head and names.exact_form(head) in quoted:
            article.hints.setdefault(names.exact_form(head), SERIES)
            derived.add(form)
    counts: Counter = Counter()
    first: dict[str, int] = {}
    spelt: dict[str, str] = {}
    for n, sentence in enumerate(sentences):
        for mention in sentence.mentions:
            if mention.quoted and names.exact_form(mention.text) in derived:
                continue
            series = [e.key for e in mention.resolution.entities
                      if article.registry.is_a(e, SERIES)]
            stem = re.match(r"(.+?)\s+(?:OST|Original\s+Soundtrack)$", mention.text)
            if stem and mention.quoted and not series and not mention.resolution.entities:
                # "“S OST”": the album names its drama, which the article is then about
                mention = Mention(mention.start, mention.start + len(stem[1]), stem[1],
                                  article.registry.lookup(stem[1]), quoted=mention.quoted)
            form = names.exact_form(mention.text)
            if not series and article.hints.get(form) == SERIES:
                series = [f"new:{form}"]
                spelt.setdefault(series[0], mention.text)
            for key in series[:1]:
                counts[key] += 3 if sentence.kind == "heading" else 1  # a headline's subject
                first.setdefault(key, n)
    if not counts:
        _series_from_headline(article, sentences, counts, first, spelt)
    if counts:
        best = max(counts, key=lambda k: (counts[k], -first[k]))
        # A new main series is proposed now: every cast fact of the article needs it.
        article.main_series = (article.new_entity(spelt[best], (SERIES,)).key
                               if best.startswith("new:") else best)


def _in_capitals(article: Article, name: str) -> bool:
    """Whether ``name`` is written in capitals, here or elsewhere in the article ("“T” by
    GLOWMOTH, and … with Glowmoth’s B": an act's name, once in capitals)."""
    upper = name.upper()
    return bool(_CAPITALS_GROUP.fullmatch(name)) or (
        upper != name and bool(_CAPITALS_GROUP.fullmatch(upper)) and
        article.spelt_in_capitals(upper))


def _pull_quote(text: str, mention: object) -> bool:
    """A headline's quotation set before a colon ("“I sang it twice”: A on …"), not a title
    set before one ("“S”: Everything to Know …"): a quotation speaks, in the first or second
    person, or ends like a sentence."""
    before_colon = re.match(r"(?P<end>[,.!?]?)[”\"’']?\s*:", text[mention.end:mention.end + 4])
    if before_colon is None:
        return False
    words = set(re.findall(r"[a-z']+", str(getattr(mention, "text", "")).lower()))
    return before_colon["end"] in ("!", "?", ".") or bool(
        words & {"i", "i'm", "my", "mine", "me", "we", "our", "us", "you", "your"})


def _headline_series(article: Article, sentences: list[Sentence]) -> None:
    """The first quoted title of the headline, introduced as nothing else, is the series an
    article that speaks of "the drama" is about."""
    text = " ".join(s.masked for s in sentences if s.kind != "heading")
    if not _DRAMA_WORD.search(text):
        return
    for sentence in sentences[:1]:
        if sentence.kind != "heading":
            return
        listed = {names.exact_form(m.text) for s in sentences if s.kind in ("list", "row")
                  for m in s.mentions}
        if any(m.quoted and (article.hints.get(names.exact_form(m.text)) == SERIES or any(
                article.registry.is_a(e, SERIES) for e in m.resolution.entities))
               for m in sentence.mentions):
            return  # "“T1” vs. “T2”: Two “S” Songs …": the headline says which is the series
        songs = _songs_said(sentences[1:])
        for mention in sentence.mentions:
            form = names.exact_form(mention.text)
            if mention.quoted and (form in songs or _versioned(sentences[1:], mention.text)):
                continue  # "A Gives Her “T” Earnings to …" over "“T,” her ballad for …"
            if mention.quoted and _pull_quote(article.text, mention):
                continue  # "“Every hit was mine”: A on …" quotes the guest, it names no title
            if mention.quoted and not mention.resolution.entities:
                if form not in article.hints and form not in listed:
                    article.hints[form] = SERIES  # a title in a track or chart list is a song
                return


# "“T,” her ballad for …", "“T,” the band’s anthem": a title set beside a song's noun.
_SONG_APPOSED = rx.compile(r"(⟨\d+⟩),\s+(?:his|her|their|the|a|an)\s+(?:[\w’'-]+\s+){0,2}?"
                           r"(?:ballad|song|single|track|duet|anthem)\b")

# "“T” is credited to G", "“T” was sung by A": only a recording is credited or sung.
_SONG_CREDITED = rx.compile(r"(⟨\d+⟩),?\s+(?:is|was)\s+(?:(?:officially|solely|jointly)\s+)?"
                            r"(?:credited\s+to|sung\s+by|performed\s+by)\s")


def _versioned(sentences: list[Sentence], title: str) -> bool:
    """Whether the sentences quote a version of ``title`` ("“T (Acoustic Ver.)”"): a song's."""
    return any(x.quoted and x.text.startswith(f"{title} (") for s in sentences
               for x in s.mentions)


def _songs_said(sentences: list[Sentence]) -> set[str]:
    """The quoted titles the sentences call a song: in an apposition, or as the one title of
    a sentence that the next opens by calling "The ballad" ("“T” is climbing again. The ballad
    from B’s “S” …")."""
    said = {names.exact_form(x.text) for s in sentences
            for m in chain(_SONG_APPOSED.finditer(s.masked), _SONG_CREDITED.finditer(s.masked))
            if (x := s.mention(m[1])) is not None and x.quoted}
    for before, after in pairwise(sentences):
        titles = [x for x in before.mentions if x.quoted]
        if len(titles) == 1 and before.kind == after.kind == "sentence" and \
                _THE_SONG_OPENS.match(after.masked):
            said.add(names.exact_form(titles[0].text))
    return said


_THE_SONG_OPENS = rx.compile(r"\s*The\s+(?:ballad|song|single|track|duet|anthem)\s+"
                             r"(?:from|off|on)\s")


def _series_from_headline(article: Article, sentences: list[Sentence], counts: Counter,
                          first: dict[str, int], spelt: dict[str, str]) -> None:
    """No title was introduced as a series, but the article speaks of "the drama": the quoted
    title of its headline that is not a song is taken to be the series."""
    text = " ".join(s.masked for s in sentences if s.kind != "heading")
    if not _DRAMA_WORD.search(text):
        return
    for n, sentence in enumerate(sentences):
        # the first line is the headline, even one with a comma ("“S” Past the Halfway Mark,
        # by the Numbers") that reads as a sentence
        # (wrapped or not: the whole first paragraph)
        headline = n == 0 and "\n\n" not in article.text[:sentence.end] and \
            article.text[sentence.end:sentence.end + 2] == "\n\n"
        if sentence.kind != "heading" and not headline:
            continue
        for mention in sentence.mentions:
            if mention.quoted and _pull_quote(article.text, mention):
                continue
            form = names.exact_form(mention.text)
            if mention.quoted and _versioned(sentences[n + 1:], mention.text):
                continue
            if mention.quoted and not mention.resolution.entities and form not in article.hints:
                key = f"new:{form}"
                counts[key] += 1
                first.setdefault(key, n)
                spelt.setdefault(key, mention.text)
                article.hints[form] = SERIES
                return
        return


# A group's name in capitals, longer than a channel's initials ("KBS", "JTBC").
_CAPITALS_GROUP = rx.compile(r"[A-Z0-9][A-Z0-9&'’. -]{4,}")
_CHANNEL = rx.compile(r"\s(?:TV|Channel|Cable|Broadcasting(?:\s+System)?|Network|Plus)$|"
                      r"^Channel\s")
_CHANNELS_DRAMA = rx.compile(rf"\s*(⟨\d+⟩)[’']s\s+(?:[\w-]+\s+){{0,2}}?{_SERIES_WORDS}\b")
_AS_NAME = rx.compile(r"⟩\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}?(⟨\d+⟩)(?![’']s)")
_WHO_PLAYED = rx.compile(r"⟩,\s+who\s+(?:played|plays|portrayed|portrays)\s+(⟨\d+⟩)(?![’']s)")
_THE_SONG = rx.compile(r"\s*The\s+(?:song|track|single|ballad|tune|number)\b")
_CEREMONY = rx.compile(r"\b(?:Awards?|Festival|Ceremony|Gala|Prizes?)$")
# ("the B drama": a channel's name may stand before the noun)
_DRAMA_WORD = rx.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+|⟨\d+⟩\s+)?(?:drama|series|show)\b",
                         re.I)
