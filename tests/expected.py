"""The expected answers of QUESTIONS.md, as the two seed articles state them."""

ECLIPSE_SONGS = {"Run Run", "Sudden Shower", "I'll Be There", "No Fate", "You & I",
                 "Star (Eclipse Version)"}

ECLIPSE_MEMBERS = {
    # member: (actor, role or None, actor's real group or None)
    "Ryu Sun-jae": ("Byeon Woo-seok", "lead vocalist", None),
    "Baek In-hyuk": ("Lee Seung-hyub", None, "N.Flying"),
    "Hyun-soo": ("Moon Xion", None, None),
    "Jay": ("Yang Hyuk", None, None),
}

CAST = {("Byeon Woo-seok", "Ryu Sun-jae"), ("Lee Seung-hyub", "Baek In-hyuk"),
        ("Moon Xion", "Hyun-soo"), ("Yang Hyuk", "Jay"), ("Kim Hye-yoon", "Im Sol")}

VOCAL_SONGS = {"Star": "N.Flying", "Like A Dream": "MINNIE", "May I Love You?": "UMJI",
               "Super Ultra Man": "Deundeun", "Man A Day": "Jung Ho", "Monologue": "Jae Yeon",
               "I Think I Did": "Yoo Hwe-seung", "Spring Snow": "10CM",
               "Gift": "Ha Sung-woon", "Please Don't Leave Anywhere": "DOKO"}

TRACK_COUNTS = {"fictional band": 6, "vocal": 10, "background score": 38}
ALBUM_TOTAL = 54

CHART_ENTRIES = {
    # (recording, chart, position, date, source publication date)
    ("Sudden Shower", "Melon Top 100", 4, "2024-05-24", "2024-06-05"),
    ("Sudden Shower", "Billboard Global 200", 199, "2024-06-04", "2024-06-05"),
    ("Sudden Shower", "Billboard Global 200", 199, "2023-06", "2024-09-24"),
}

STREAM_MILESTONES = {
    # (item, platform, at least, as of)
    ("Lovely Runner Pt. 1 OST", "Spotify", 100_000_000, "2024-09-24"),
    ("Sudden Shower", "Spotify", 20_000_000, "2024-06-05"),
    ("Spring Snow", "Spotify", 13_000_000, "2024-06-05"),
    ("Like A Dream", "Spotify", 5_000_000, "2024-06-05"),
}

GROUP_AFFILIATIONS = {("Lee Seung-hyub", "N.Flying"), ("Yoo Hwe-seung", "N.Flying"),
                      ("Minnie", "(G)I-DLE"), ("Jung Ho", "ATEEZ")}

SERIES_FACTS = {
    "broadcaster": {"tvN"},
    "airing schedule": {"Monday-Tuesday"},
    "screenwriter": {"Lee Si-eun"},
    "director": {"Yoon Jong-ho", "Kim Tae-yeop"},
    "starring": {"Byeon Woo-seok", "Kim Hye-yoon"},
    "final episode date": {"2024-05-28"},
    "highest nationwide rating": {"5.8"},
    "available via": {"TVING", "Viki", "Viu"},
}

SOURCES = {  # publication date: (publisher, URL)
    "2024-09-24": ("Pinkvilla", "https://www.pinkvilla.com/entertainment/"
                   "byeon-woo-seok-kim-hye-yoon-starrer-lovely-runner-pt-1-ost-by-eclipse-"
                   "surpasses-100-million-streams-on-spotify-1349900"),
    "2024-06-05": ("Sportskeeda", "https://www.sportskeeda.com/us/k-pop/lovely-runner-original-"
                   "sound-track-album-becomes-highest-pre-ordered-k-drama-ost-album-time"),
}
