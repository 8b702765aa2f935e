"""The claim extractor: name resolution, relation patterns, verbatim quotes, limits.

Registries here are fixtures of invented names, so that no test depends on the entities of the
shipped articles; the corpora (seeds, eval/dev, eval/heldout) are only read to check properties
that must hold for every proposal (verbatim quotes, valid files).
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import random
import re
import textwrap
from pathlib import Path

import pytest
import yaml

import kg.extraction as extraction_module
from kg import resources
from kg.corpus import load_corpus
from kg.evaluation import relation_tuples
from kg.extraction import Registry, extract, names, sentences
from kg.extraction.dates import find_dates, parse_count
from kg.extraction.proposals import Proposal
from kg.extraction.registry import KnownEntity
from kg.extraction.vocabulary import default_vocabulary

ROOT = Path(__file__).resolve().parent.parent
# libyaml's loader where PyYAML has it: these tests read every claims file of the corpora
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text: str) -> object:
    """``yaml.safe_load``, with libyaml when it is there."""
    return yaml.load(text, Loader=_YAML_LOADER)


PUBLISHED = dt.date(2033, 6, 20)


def entity(key: str, types: str | tuple[str, ...], label: str, *variants: str) -> KnownEntity:
    return KnownEntity(key=key, types=(types,) if isinstance(types, str) else types,
                       label=label, variants=variants)


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Invented entities, one per kind the extractor recognises through the registry."""
    return Registry(entities=[
        entity("person/byeon-ha-neul", "lr:Actor", "Byeon Ha-neul"),
        entity("person/seon-yu-ri", "lr:Actor", "Seon Yu-ri"),
        entity("person/lim-do-hoon", "lr:Actor", "Lim Do-hoon"),
        entity("person/lee-jin-seok", "lr:Singer", "Lee Jin-seok"),
        entity("person/park-min-ah", "lr:Actor", "Park Min-ah"),
        entity("person/choi-han-gyeol", "lr:Actor", "Choi Han-gyeol"),
        entity("person/ryu-ji-hwan", "lr:Actor", "Ryu Ji-hwan"),
        entity("person/noh-eun-bi", "lr:Singer", "Noh Eun-bi"),
        entity("person/yeo-jin-woo", "lr:Actor", "Yeo Jin-woo"),
        entity("person/kim-so-ra", "lr:Actor", "Kim So-ra"),
        entity("person/kim-tae-rim", "lr:Person", "Kim Tae-rim"),
        entity("character/han-seo-yun", "lr:FictionalCharacter", "Han Seo-yun"),
        entity("group/glasshouse", "lr:MusicGroup", "GLASSHOUSE", "Glasshouse"),
        entity("band/paper-kites", "lr:FictionalBand", "PAPER KITES"),
        entity("platform/streamly", "lr:Platform", "Streamly"),
        entity("platform/tunebox", "lr:Platform", "TuneBox"),
        entity("chart/tunebox-top-50", "lr:Chart", "TuneBox Top 50"),
        entity("org/channel-nine", "lr:Broadcaster", "Channel Nine"),
        entity("series/harbour-lights", "lr:TelevisionSeries", "Harbour Lights"),
    ], vocabulary=default_vocabulary())


# -- names ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "key", "how"), [
    ("Byeon Ha-neul", "person/byeon-ha-neul", "exact"),
    ("byeon ha neul", "person/byeon-ha-neul", "exact"),          # case and spacing
    ("ByeonHa-Neul", "person/byeon-ha-neul", "exact"),           # joined syllables
    ("Byun Ha-neul", "person/byeon-ha-neul", "romanised"),       # Byun / Byeon
    ("Byun Haneul", "person/byeon-ha-neul", "romanised"),        # ... and joined
    ("Sun Yu-ri", "person/seon-yu-ri", "romanised"),             # Sun / Seon
    ("Seon Yoo-ri", "person/seon-yu-ri", "romanised"),           # Yoo / Yu
    ("Im Do-hoon", "person/lim-do-hoon", "romanised"),           # Im / Lim: initial L dropped
    ("Rim Do-hun", "person/lim-do-hoon", "romanised"),           # initial R, oo / u
    ("Yi Jin-seok", "person/lee-jin-seok", "romanised"),         # Yi / Lee
    ("Rhee Jin-suk", "person/lee-jin-seok", "romanised"),        # Rhee / Lee, seo / su
    ("Pak Min-a", "person/park-min-ah", "romanised"),            # Park / Pak, closing h
    ("Choe Han-kyeol", "person/choi-han-gyeol", None),           # Choi / Choe (k/g not folded)
    ("Choe Han-gyeol", "person/choi-han-gyeol", "romanised"),
    ("Yu Ji-hwan", "person/ryu-ji-hwan", "romanised"),           # Ryu / Yu
    ("Roh Eun-bi", "person/noh-eun-bi", "romanised"),            # Roh / Noh
    ("Yu Jin-woo", "person/yeo-jin-woo", "romanised"),           # yeo / yu vowels
    ("Yeo Jin-u", "person/yeo-jin-woo", "romanised"),            # woo / u
    ("Seo-yun", "character/han-seo-yun", "given name"),          # given name alone
    ("Han Seo Yun", "character/han-seo-yun", "exact"),
    ("glasshouse", "group/glasshouse", "exact"),
])
def test_name_variants_resolve(registry, written, key, how):
    found = registry.lookup(written)
    if how is None:  # a variant the rules deliberately do not fold: a new name, not a guess
        assert not found.entities
        return
    assert found.found, f"{written!r} did not resolve: {found}"
    assert found.entity.key == key and found.how == how


def test_a_cached_lookup_follows_every_change_of_the_registry(registry):
    mine = registry.copy()
    mine.limit_partial_names()
    assert mine.lookup("Byun Ha-neul").entity.key == "person/byeon-ha-neul"
    assert not mine.lookup("Ha-neul").entities  # nobody named in full yet
    kept = mine.lookup("Lee Jin-seok")
    # a new name elsewhere leaves the answer as it was; a new spelling of the same name does not
    mine.add(entity("person/yoon-da-som", "lr:Actor", "Yoon Da-som"))
    assert mine.lookup("Lee Jin-seok") is kept
    mine.add(entity("person/byun-ha-neul", "lr:Singer", "Byun Ha-neul"))
    assert mine.lookup("Byun Ha-neul").entity.key == "person/byun-ha-neul"  # exact beats romanised
    assert mine.lookup("Byeon Ha-neul").entity.key == "person/byeon-ha-neul"
    # bringing a person into scope lets the given name alone stand for them
    mine.in_scope("person/byeon-ha-neul")
    assert [e.key for e in mine.lookup("Ha-neul").entities] == ["person/byeon-ha-neul"]
    assert mine.lookup("Ha-neul", ("lr:Singer",)).others
    mine.in_scope("person/byun-ha-neul")
    assert mine.lookup("Ha-neul").ambiguous
    # a proposed group found to be a band is one in every answer
    mine.add(entity("group/tin-kettles", "lr:MusicGroup", "TIN KETTLES"))
    assert mine.lookup("Tin Kettles", ("lr:FictionalBand",)).others
    mine.retype("group/tin-kettles", ("lr:FictionalBand",))
    assert mine.lookup("Tin Kettles", ("lr:FictionalBand",)).entity.key == "group/tin-kettles"
    assert registry.lookup("Byun Ha-neul").entity.key == "person/byeon-ha-neul"


def test_one_word_matched_only_by_a_looser_spelling_must_be_named_in_the_article():
    mine = Registry(entities=[entity("character/ha-byeol", "lr:FictionalCharacter", "Ha Byeol",
                                     "Byeol")], vocabulary=default_vocabulary())
    assert mine.lookup("Byul").entity.key == "character/ha-byeol"  # a registry on its own
    mine.limit_partial_names()  # in an article: someone else until Ha Byeol is named
    assert not mine.lookup("Byul").entities
    assert mine.lookup("Byeol").entity.key == "character/ha-byeol"  # the spelling itself
    mine.in_scope("character/ha-byeol")
    assert mine.lookup("Byul").entity.key == "character/ha-byeol"


def test_a_shared_family_name_alone_is_ambiguous(registry):
    found = registry.lookup("Kim", ("lr:Person",))
    assert found.ambiguous
    assert {e.key for e in found.entities} == {"person/kim-so-ra", "person/kim-tae-rim"}


def test_romanised_forms_fold_the_documented_variants():
    groups = [("Lee", "Yi", "Rhee", "Ri"), ("Park", "Pak"), ("Choi", "Choe"), ("Lim", "Im", "Rim"),
              ("Byeon", "Byun"), ("Seon", "Sun"), ("Jeong", "Jung"), ("Ryu", "Yu", "Yoo"),
              ("Hyeok", "Hyuk"), ("Seong", "Sung", "Seung"), ("Shin", "Sin"), ("Woo", "U")]
    for group in groups:
        assert len({names.romanised_form(n) for n in group}) == 1, group
    assert names.romanised_form("Kim Hye-rin") != names.romanised_form("Kim Hyun")
    # an initial Y glide belongs to the family name before any vowel but "i" (Lee / Yi agree)
    assert names.romanised_form("Eo Hye-song") != names.romanised_form("Yoo Hwe-seung")
    assert names.romanised_form("Yoon Ha") == names.romanised_form("Yun Ha")


def test_slugs_follow_the_key_conventions():
    assert names.slug("You & I") == "you-and-i"
    assert names.slug("I'll Be There") == "ill-be-there"
    assert names.slug("(G)I-DLE") == "g-i-dle"
    assert names.slug("Sunflower, Goodnight") == "sunflower-goodnight"


# -- dates and amounts ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("on May 28, 2024.", "2024-05-28"), ("on 3 March 2024", "2024-03-03"),
    ("On June 4, the song", "--06-04"), ("In June 2023, it", "2023-06"),
    ("Sept. 12, 2024", "2024-09-12"), ("since 2031", "2031"),
])
def test_dates_are_written_as_annotations_write_them(text, value):
    assert [d.value for d in find_dates(text)] == [value]


def test_no_date_in_a_title_or_an_amount():
    assert find_dates("May I Love You?") == []
    assert find_dates("May 5 million streams") == []


def test_amounts():
    assert parse_count("100 million") == 100_000_000
    assert parse_count("1.2 billion") == 1_200_000_000
    assert parse_count("13,000,000") == 13_000_000
    assert parse_count("five million") == 5_000_000


# -- relations --------------------------------------------------------------------------------

def _tuples(registry: Registry, text: str) -> tuple[dict[str, set], object]:
    proposal = extract(text, PUBLISHED, registry)
    known = {e.key: e.label for e in registry} | {e.key: e.label for e in proposal.entities}
    return relation_tuples(proposal.facts, lambda k: known.get(k, k), PUBLISHED,
                           default_vocabulary().roles), proposal


@pytest.mark.parametrize(("text", "relation", "expected"), [
    ("Han Seo-yun, played by Byeon Ha-neul, returns.", "plays",
     ("Byeon Ha-neul", "Han Seo-yun")),
    ("Han Seo-yun (portrayed by Byeon Ha-neul) returns.", "plays",
     ("Byeon Ha-neul", "Han Seo-yun")),
    ("The drama follows Han Seo-yun (Byeon Ha-neul) to the sea.", "plays",
     ("Byeon Ha-neul", "Han Seo-yun")),
    ("Byeon Ha-neul plays the ferry captain Han Seo-yun.", "plays",
     ("Byeon Ha-neul", "Han Seo-yun")),
    ("The series stars Byeon Ha-neul as ferry captain Han Seo-yun.", "plays",
     ("Byeon Ha-neul", "Han Seo-yun")),
    ("Lee Jin-seok, a member of the boy band GLASSHOUSE, joins.", "membership",
     ("Lee Jin-seok", "GLASSHOUSE", "member")),
    ("GLASSHOUSE's Lee Jin-seok joins.", "membership",
     ("Lee Jin-seok", "GLASSHOUSE", "member")),
    ("Han Seo-yun, the lead vocalist of the band PAPER KITES, sings.", "membership",
     ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    ("Lee Jin-seok lent his voice to the ballad “Low Tide.”", "performs",
     ("vocals", "Low Tide", "Lee Jin-seok")),
    ("“Low Tide,” sung by Lee Jin-seok, opens the album.", "performs",
     ("vocals", "Low Tide", "Lee Jin-seok")),
    ("“Low Tide” by GLASSHOUSE opens the album.", "performs",
     ("credited", "Low Tide", "GLASSHOUSE")),
    ("“Low Tide” entered the TuneBox Top 50 at No. 7 on June 2.", "chart-entry",
     ("Low Tide", "TuneBox Top 50", 7, "2033-06-02")),
    ("On June 2, “Low Tide” debuted at number 7 on the TuneBox Top 50.", "chart-entry",
     ("Low Tide", "TuneBox Top 50", 7, "2033-06-02")),
    ("“Low Tide” has surpassed 12 million streams on Streamly.", "stream-milestone",
     ("Low Tide", "Streamly", 12_000_000, "2033-06-20")),
    ("“Low Tide” has gathered more than 3.5 million streams on TuneBox as of June 1.",
     "stream-milestone", ("Low Tide", "TuneBox", 3_500_000, "2033-06-01")),
    ("“Low Tide” was released on May 30.", "release", ("Low Tide", "2033-05-30")),
    ("Channel Nine's romance “Harbour Lights” wins hearts.", "broadcast",
     ("broadcaster", "Harbour Lights", "Channel Nine")),
    ("“Harbour Lights” is available to stream on Streamly.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("“Harbour Lights” premiered on April 2, 2033.", "broadcast",
     ("first episode", "Harbour Lights", "2033-04-02")),
    ("“Low Tide” took home Best OST at the 2033 Sora Awards on June 9.", "award",
     ("Best OST, 2033 Sora Awards", "Low Tide", "2033-06-09")),
    ("At the 2033 Sora Awards, Byeon Ha-neul received the Top Excellence Award.", "award",
     ("Top Excellence Award, 2033 Sora Awards", "Byeon Ha-neul", "2033")),
    ("The drama stars Jang Mi-rae (Oh Dal-bong) and Seon Yu-ri (Han Seo-yun).", "plays",
     ("Jang Mi-rae", "Oh Dal-bong")),
    ("Jang Mi-rae made her acting debut as detective Oh Dal-bong.", "plays",
     ("Jang Mi-rae", "Oh Dal-bong")),
    ("GLASSHOUSE member Lee Jin-seok joins.", "membership",
     ("Lee Jin-seok", "GLASSHOUSE", "member")),
    ("The duet “Two Moons” by Lee Jin-seok and Noh Eun-bi tops the chart.", "performs",
     ("credited", "Two Moons", "Noh Eun-bi")),
    ("Lee Jin-seok and Noh Eun-bi lent their voices to “Night Rain.”", "performs",
     ("vocals", "Night Rain", "Noh Eun-bi")),
    ("“Low Tide” debuted at number three on the TuneBox Top 50 on June 2.", "chart-entry",
     ("Low Tide", "TuneBox Top 50", 3, "2033-06-02")),
    ("“Low Tide” has been streamed more than 40 million times on Streamly.",
     "stream-milestone", ("Low Tide", "Streamly", 40_000_000, "2033-06-20")),
    ("“Low Tide” crossed the 10 million-stream mark on TuneBox.", "stream-milestone",
     ("Low Tide", "TuneBox", 10_000_000, "2033-06-20")),
    ("“Harbour Lights” airs on Channel Nine every Monday and Tuesday.", "broadcast",
     ("schedule", "Harbour Lights", "monday-tuesday")),
    ("“Harbour Lights” aired its final episode on June 1.", "broadcast",
     ("final episode", "Harbour Lights", "2033-06-01")),
    ("It won big at the 9th Sora Awards on June 9. The award for Best OST went to “Low Tide.”",
     "award", ("Best OST, 9th Sora Awards", "Low Tide", "2033-06-09")),
    ("At the 9th Sora Awards on June 9, Song of the Year went to “Low Tide.”", "award",
     ("Song of the Year, 9th Sora Awards", "Low Tide", "2033-06-09")),
    ("Lee Jin-seok (GLASSHOUSE) joins the cast.", "membership",
     ("Lee Jin-seok", "GLASSHOUSE", "member")),
    ("Gwak Bo-ra of NOVALINE joins the cast.", "membership",
     ("Gwak Bo-ra", "NOVALINE", "member")),
    ("“Low Tide” (sung by Lee Jin-seok) opens the album.", "performs",
     ("vocals", "Low Tide", "Lee Jin-seok")),
    ("The tracks:\n\nLee Jin-seok – “Low Tide”\n", "performs",
     ("credited", "Low Tide", "Lee Jin-seok")),
])
def test_each_construction_gives_its_relation(registry, text, relation, expected):
    tuples, proposal = _tuples(registry, text)
    assert expected in tuples[relation], (tuples[relation], proposal.facts)
    assert sum(len(v) for v in tuples.values()) >= 1
    for claim in proposal.claims:
        assert text[claim.start:claim.end] == claim.quote


# Other phrasings of the same relations, with unknown names as in unseen articles.
_PHRASINGS = [
    # plays
    ("Byeon Ha-neul takes on the role of Han Seo-yun.", "plays", ("Byeon Ha-neul", "Han Seo-yun")),
    ("Byeon Ha-neul was cast as Han Seo-yun.", "plays", ("Byeon Ha-neul", "Han Seo-yun")),
    ("Byeon Ha-neul appears in the role of Han Seo-yun.", "plays",
     ("Byeon Ha-neul", "Han Seo-yun")),
    ("The drama features Byeon Ha-neul (as Han Seo-yun) and Seon Yu-ri.", "plays",
     ("Byeon Ha-neul", "Han Seo-yun")),
    ("Portraying Han Seo-yun is Byeon Ha-neul.", "plays", ("Byeon Ha-neul", "Han Seo-yun")),
    ("In the role of Han Seo-yun is Byeon Ha-neul.", "plays", ("Byeon Ha-neul", "Han Seo-yun")),
    ("Byeon Ha-neul's character, the ferry captain Han Seo-yun, is shy.", "plays",
     ("Byeon Ha-neul", "Han Seo-yun")),
    ("Byeon Ha-neul shines as Han Seo-yun.", "plays", ("Byeon Ha-neul", "Han Seo-yun")),
    ("Jang Mi-rae, as Oh Dal-bong, steals every scene.", "plays", ("Jang Mi-rae", "Oh Dal-bong")),
    ("Jang Mi-rae was cast in the lead role of Oh Dal-bong.", "plays",
     ("Jang Mi-rae", "Oh Dal-bong")),
    ("The supporting cast includes Jang Mi-rae in the role of Han Seo-yun's sister Oh Dal-bong.",
     "plays", ("Jang Mi-rae", "Oh Dal-bong")),
    ("Jang Mi-rae won praise for her turn as the ferryman's mother, Oh Dal-bong.", "plays",
     ("Jang Mi-rae", "Oh Dal-bong")),
    ("Jang Mi-rae, who headlined the series in the role of NOVALINE frontman Oh Dal-bong, sang.",
     "plays", ("Jang Mi-rae", "Oh Dal-bong")),
    ("The role of Oh Dal-bong went to Jang Mi-rae.", "plays", ("Jang Mi-rae", "Oh Dal-bong")),
    ("The cast of the drama “Blue Harbour” includes Jang Mi-rae as Oh Dal-bong.", "plays",
     ("Jang Mi-rae", "Oh Dal-bong")),
    # membership
    ("Lee Jin-seok, vocalist of GLASSHOUSE, joined.", "membership",
     ("Lee Jin-seok", "GLASSHOUSE", "member")),
    ("Lee Jin-seok, who fronts GLASSHOUSE, joined.", "membership",
     ("Lee Jin-seok", "GLASSHOUSE", "member")),
    ("GLASSHOUSE members Lee Jin-seok and Noh Eun-bi sang.", "membership",
     ("Noh Eun-bi", "GLASSHOUSE", "member")),
    ("Kang Min-ji, leader of the girl group STARLIT, sang.", "membership",
     ("Kang Min-ji", "STARLIT", "member")),
    ("Kang Min-ji from the girl group STARLIT sang.", "membership",
     ("Kang Min-ji", "STARLIT", "member")),
    ("Kang Min-ji, STARLIT's main vocalist, sang.", "membership",
     ("Kang Min-ji", "STARLIT", "member")),
    ("Han Seo-yun, the guitarist in PAPER KITES, is shy.", "membership",
     ("Han Seo-yun", "PAPER KITES", "member")),
    ("Han Seo-yun fronts the band PAPER KITES.", "membership",
     ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    ("PAPER KITES frontwoman Han Seo-yun sings.", "membership",
     ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    ("Indie band GLASSHOUSE closes the set. Its vocalist, Noh Eun-bi, wrote the lyrics.",
     "membership", ("Noh Eun-bi", "GLASSHOUSE", "member")),
    ("GLASSHOUSE sang “Low Tide.” The group's members, Ye-ji, Mi-rae and So-hee, cried.",
     "membership", ("So-hee", "GLASSHOUSE", "member")),
    ("The drama follows the fictional girl band VELVET ROOM. Yoo Ga-on, played by Jeon Ha-ri, "
     "is the band's drummer.", "membership", ("Yoo Ga-on", "VELVET ROOM", "member")),
    ("The drama follows the fictional girl band VELVET ROOM. Jeon Ha-ri plays Yoo Ga-on, the "
     "band's lead vocalist.", "membership", ("Yoo Ga-on", "VELVET ROOM", "lead vocalist")),
    ("The drama follows the fictional band VELVET ROOM. Rounding out the quartet are drummer "
     "Ko Eun-byul (Shin Ye-na) and bassist Lim Da-hye (Oh Seul-gi).", "membership",
     ("Lim Da-hye", "VELVET ROOM", "member")),
    # performs
    ("Lee Jin-seok and Noh Eun-bi duet on “Low Tide.”", "performs",
     ("vocals", "Low Tide", "Noh Eun-bi")),
    ("“Low Tide” features vocals from Lee Jin-seok.", "performs",
     ("vocals", "Low Tide", "Lee Jin-seok")),
    ("Lee Jin-seok handles the vocals on “Low Tide.”", "performs",
     ("vocals", "Low Tide", "Lee Jin-seok")),
    ("Lee Jin-seok lends his vocals to “Low Tide.”", "performs",
     ("vocals", "Low Tide", "Lee Jin-seok")),
    ("“Low Tide” is a duet between Lee Jin-seok and Noh Eun-bi.", "performs",
     ("credited", "Low Tide", "Noh Eun-bi")),
    ("“Low Tide” (Lee Jin-seok) opens the album.", "performs",
     ("credited", "Low Tide", "Lee Jin-seok")),
    ("“Low Tide” (feat. Noh Eun-bi) opens the album.", "performs",
     ("credited", "Low Tide", "Noh Eun-bi")),
    ("Track 3, “Low Tide,” features rapper KOVA, whose verse lifts it.", "performs",
     ("credited", "Low Tide", "KOVA")),
    ("Lee Jin-seok's rendition of “Low Tide” moved fans.", "performs",
     ("credited", "Low Tide", "Lee Jin-seok")),
    ("Lee Jin-seok's only vocal track, “Low Tide,” came out in May.", "performs",
     ("vocals", "Low Tide", "Lee Jin-seok")),
    ("The ballad “Low Tide” came out in May. Lee Jin-seok sings it herself, in character as "
     "Han Seo-yun.",
     "performs", ("vocals", "Low Tide", "Lee Jin-seok")),
    ("The tracks:\n\n1. Low Tide - Lee Jin-seok\n2. Night Rain - Noh Eun-bi\n", "performs",
     ("credited", "Night Rain", "Noh Eun-bi")),
    ("The tracks:\n\n1. “Sea Glass” (feat. Noh Eun-bi) – Cho Min-ah\n2. “Harbour Song” – "
     "Lee Jun-seo & Han Ye-ji\n", "performs", ("credited", "Harbour Song", "Han Ye-ji")),
    ("The tracks:\n\n1. “Sea Glass” (feat. Noh Eun-bi) – Cho Min-ah\n2. “Harbour Song” – "
     "Lee Jun-seo & Han Ye-ji\n", "performs", ("credited", "Sea Glass", "Noh Eun-bi")),
    ("The soundtrack so far:\n\nPart 1: Kim Ha-neul – “Low Tide”\nPart 2: LUMEN – “Night Rain”\n",
     "performs", ("credited", "Night Rain", "LUMEN")),
    ("Songs include “Low Tide” by Kim Ha-neul, “Night Rain” by LUMEN and “Sea Glass” by Cho "
     "Min-ah.", "performs", ("credited", "Night Rain", "LUMEN")),
    ("“Low Tide,” which Kim Ha-neul sings, opens the album.", "performs",
     ("vocals", "Low Tide", "Kim Ha-neul")),
    ("Kim Ha-neul is the voice behind “Low Tide.”", "performs",
     ("vocals", "Low Tide", "Kim Ha-neul")),
    ("Compare the girl group STARDUST, whose members Choi Yu-na and Baek Hye-rin sing.",
     "membership", ("Baek Hye-rin", "STARDUST", "member")),
    ("Kim Ha-neul belongs to the girl group LUMEN.", "membership",
     ("Kim Ha-neul", "LUMEN", "member")),
    ("As Oh Dal-bong, Jang Mi-rae is magnetic.", "plays", ("Jang Mi-rae", "Oh Dal-bong")),
    ("Jang Mi-rae, 28, plays Oh Dal-bong.", "plays", ("Jang Mi-rae", "Oh Dal-bong")),
    ("Noh Eun-bi also features on “Low Tide.”", "performs", ("credited", "Low Tide", "Noh Eun-bi")),
    # chart entries
    ("On June 2, “Low Tide” ranked 7th on the TuneBox Top 50.", "chart-entry",
     ("Low Tide", "TuneBox Top 50", 7, "2033-06-02")),
    ("“Low Tide” came in at No. 2 on the TuneBox Top 50 on June 2.", "chart-entry",
     ("Low Tide", "TuneBox Top 50", 2, "2033-06-02")),
    ("“Low Tide” was No. 2 on the TuneBox Top 50 on June 2.", "chart-entry",
     ("Low Tide", "TuneBox Top 50", 2, "2033-06-02")),
    ("“Low Tide” took the No. 2 spot on the TuneBox Top 50 on June 2.", "chart-entry",
     ("Low Tide", "TuneBox Top 50", 2, "2033-06-02")),
    ("The ballad “Low Tide” came out. Lee Jin-seok sings the track, and it ranked 157th on the "
     "TuneBox Top 50 on June 2.", "chart-entry", ("Low Tide", "TuneBox Top 50", 157, "2033-06-02")),
    ("“Low Tide” debuted at No. 3 on the TuneBox Top 50 and No. 150 on the Hot Chart on June 2.",
     "chart-entry", ("Low Tide", "TuneBox Top 50", 3, "2033-06-02")),
    ("On June 2, “Low Tide” ranked No. 3 on the TuneBox Top 50, while “Night Rain” ranked No. 9.",
     "chart-entry", ("Night Rain", "TuneBox Top 50", 9, "2033-06-02")),
    ("“Low Tide” and “Night Rain” have each surpassed 10 million streams on Streamly.",
     "stream-milestone", ("Night Rain", "Streamly", 10_000_000, "2033-06-20")),
    ("“Low Tide” and “Night Rain” were released on May 30.", "release",
     ("Night Rain", "2033-05-30")),
    # streams
    ("On Streamly, “Low Tide” has surpassed 10 million streams.", "stream-milestone",
     ("Low Tide", "Streamly", 10_000_000, "2033-06-20")),
    ("“Low Tide” has earned 10 million plays on Streamly.", "stream-milestone",
     ("Low Tide", "Streamly", 10_000_000, "2033-06-20")),
    ("With over 10 million streams on Streamly, “Low Tide” is a hit.", "stream-milestone",
     ("Low Tide", "Streamly", 10_000_000, "2033-06-20")),
    ("“Low Tide” now sits at over 10 million streams on Streamly.", "stream-milestone",
     ("Low Tide", "Streamly", 10_000_000, "2033-06-20")),
    ("“Night Rain” has 3 million streams, and Part 2's “Low Tide” by Lee Jin-seok has racked up "
     "10 million streams on Streamly.", "stream-milestone",
     ("Low Tide", "Streamly", 10_000_000, "2033-06-20")),
    ("“Low Tide” made its debut at No. 40 on the TuneBox Top 50 on June 2.", "chart-entry",
     ("Low Tide", "TuneBox Top 50", 40, "2033-06-02")),
    # releases
    ("On May 30, “Low Tide” was released.", "release", ("Low Tide", "2033-05-30")),
    ("“Low Tide” was released May 30.", "release", ("Low Tide", "2033-05-30")),
    ("“Low Tide” was unveiled on May 30.", "release", ("Low Tide", "2033-05-30")),
    ("“Low Tide” hit streaming platforms on May 30.", "release", ("Low Tide", "2033-05-30")),
    ("“Low Tide” was made available on May 30.", "release", ("Low Tide", "2033-05-30")),
    ("“Low Tide” was released at 6 p.m. KST on May 30.", "release", ("Low Tide", "2033-05-30")),
    # broadcast
    ("“Harbour Lights” is broadcast by Channel Nine.", "broadcast",
     ("broadcaster", "Harbour Lights", "Channel Nine")),
    ("“Harbour Lights” streams on Streamly.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("“Harbour Lights” can be watched on Streamly.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("Channel Nine's “Harbour Lights” is a hit.", "broadcast",
     ("broadcaster", "Harbour Lights", "Channel Nine")),
    ("“Harbour Lights” (Channel Nine) is a hit.", "broadcast",
     ("broadcaster", "Harbour Lights", "Channel Nine")),
    ("“Harbour Lights” airs every Saturday on the cable channel Ondo TV.", "broadcast",
     ("broadcaster", "Harbour Lights", "Ondo TV")),
    ("“Moth Days,” which debuted on the public channel Hangang TV on March 20, is a hit.",
     "broadcast", ("first episode", "Moth Days", "2033-03-20")),
    ("“Harbour Lights” aired its finale on June 1.", "broadcast",
     ("final episode", "Harbour Lights", "2033-06-01")),
    # awards
    ("Byeon Ha-neul walked away with Best Actress at the 2033 Sora Awards.", "award",
     ("Best Actress, 2033 Sora Awards", "Byeon Ha-neul", "2033")),
    ("At the 9th Sora Awards on June 9, the Popularity Award went to actor Byeon Ha-neul.",
     "award", ("Popularity Award, 9th Sora Awards", "Byeon Ha-neul", "2033-06-09")),
    ("“Harbour Lights” won big at the 9th Sora Awards on June 9. The Monday drama, which aired "
     "from March 2 to April 20, took home the Grand Prize.", "award",
     ("Grand Prize, 9th Sora Awards", "Harbour Lights", "2033-06-09")),
    ("Jang Mi-rae, who played Oh Dal-bong, bagged the Top Excellence Award at the 9th Sora "
     "Awards on June 9.", "award", ("Top Excellence Award, 9th Sora Awards", "Jang Mi-rae",
                                    "2033-06-09")),
    ("The 2033 Sora Awards were held on June 9. “Harbour Lights” won the Grand Prize, while "
     "Byeon Ha-neul won Best Actress.", "award",
     ("Best Actress, 2033 Sora Awards", "Byeon Ha-neul", "2033-06-09")),
    ("Byeon Ha-neul was crowned Best Actress at the 2033 Sora Awards.", "award",
     ("Best Actress, 2033 Sora Awards", "Byeon Ha-neul", "2033")),
    ("It won big at the 9th Sora Awards on June 9. Jang Mi-rae won Best Actress at the Sora "
     "Awards too.", "award", ("Best Actress, 9th Sora Awards", "Jang Mi-rae", "2033-06-09")),
]


# Constructions of the fourth round: general forms rather than one verb each.
_GENERAL = [
    ("Kang Ji-won shares top billing as Oh Dal-bong, a retired boxer.", "plays",
     ("Kang Ji-won", "Oh Dal-bong")),
    ("Veteran actress Moon Sun-hee appears as the landlady, Gu Mal-ja.", "plays",
     ("Moon Sun-hee", "Gu Mal-ja")),
    ("Won Ha-rim won Best Actor for playing the gruff night ferry captain Tak Bo-hyeon.",
     "plays", ("Won Ha-rim", "Tak Bo-hyeon")),
    ("Won Ha-rim still misses Tak Bo-hyeon, the grumpy captain he played.", "plays",
     ("Won Ha-rim", "Tak Bo-hyeon")),
    ("Drummer Tak Bo-hyeon, the first screen role for newcomer Won Ha-rim, steals scenes.",
     "plays", ("Won Ha-rim", "Tak Bo-hyeon")),
    ("Rounding out Paper Kite are guitarist Tak Bo-hyeon, played by Won Ha-rim, and drummer "
     "Gu Mal-ja.", "membership", ("Gu Mal-ja", "Paper Kite", "member")),
    ("“Tin Roof,” the CLAY HARBOR song from the finale, keeps climbing.", "performs",
     ("credited", "Tin Roof", "CLAY HARBOR")),
    ("CLAY HARBOR's other two songs, “Tin Roof” and “Kite Tail,” are close behind.", "performs",
     ("credited", "Kite Tail", "CLAY HARBOR")),
    ("Won Ha-rim also duets with singer Gu Mal-ja on the drama's theme, “Tin Roof.”", "performs",
     ("vocals", "Tin Roof", "Gu Mal-ja")),
    ("Won Ha-rim also duets with singer Gu Mal-ja on the drama's theme, “Tin Roof.”", "performs",
     ("credited", "Tin Roof", "Won Ha-rim")),
    ("Moon Sun-hee, who plays the landlady, shares the vocals with Won Ha-rim on “Tin Roof.”",
     "performs", ("vocals", "Tin Roof", "Moon Sun-hee")),
    ("“Kite Tail” is sung mostly by MOSSWAY's youngest member, Dain.", "performs",
     ("vocals", "Kite Tail", "Dain")),
    ("“Kite Tail” is sung mostly by MOSSWAY's youngest member, Dain.", "membership",
     ("Dain", "MOSSWAY", "member")),
    ("Girl group MOSSWAY's “Kite Tail” came out on May 30, with members Dain and Seul trading "
     "verses.", "performs", ("vocals", "Kite Tail", "Seul")),
    ("“Kite Tail” came out on May 2. The song first showed up on the TuneBox Top 50 at No. 40 "
     "on May 5 and reappeared on the chart at No. 12 on May 20.", "chart-entry",
     ("Kite Tail", "TuneBox Top 50", 12, "2033-05-20")),
    ("On May 27 “Kite Tail” entered the TuneBox Top 50 at No. 9, and it has now passed 30 "
     "million plays on Streamly.", "stream-milestone",
     ("Kite Tail", "Streamly", 30000000, "2033-06-20")),  # "now": the publication date
    ("“Kite Tail” had collected more than 12 million streams on Streamly as of May 8.",
     "stream-milestone", ("Kite Tail", "Streamly", 12000000, "2033-05-08")),
    ("“Paper Moon,” Channel Nine's Wednesday-Thursday medical drama, won twice.", "broadcast",
     ("broadcaster", "Paper Moon", "Channel Nine")),
    ("“Paper Moon,” Channel Nine's Wednesday-Thursday medical drama, won twice.", "broadcast",
     ("schedule", "Paper Moon", "wednesday-thursday")),
    ("“Paper Moon” ended its run on Channel Nine on March 1.", "broadcast",
     ("final episode", "Paper Moon", "2033-03-01")),
    ("The drama “Paper Moon” is over, but fans abroad can find the series on Streamly.",
     "broadcast", ("available on", "Paper Moon", "Streamly")),
    ("“Kite Tail” had already been named Best OST at the 2033 Channel Nine Drama Awards on "
     "December 30.", "award",
     ("Best OST, 2033 Channel Nine Drama Awards", "Kite Tail", "2032-12-30")),
    ("The band's signature song, “Kite Tail,” was voted Best OST at the 2033 Sora Awards.",
     "award", ("Best OST, 2033 Sora Awards", "Kite Tail", "2033")),
    ("Girl group MOSSWAY sang “Kite Tail.” The quintet won Best Female Group at the 2033 Sora "
     "Awards.", "award", ("Best Female Group, 2033 Sora Awards", "MOSSWAY", "2033")),
]


# The fifth round: the same idea, other constructions.
_GENERAL += [
    ("Kang Ji-won plays Oh Dal-bong, who starts a band, NIGHT FERRY, and ends up as its "
     "frontman. Joining him in the band are bassist Tak Bo-hyeon (Won Ha-rim) and drummer Gu "
     "Mal-ja, played by Moon Sun-hee.", "membership", ("Oh Dal-bong", "NIGHT FERRY",
                                                        "lead vocalist")),
    ("Kang Ji-won plays Oh Dal-bong, who starts a band, NIGHT FERRY, and ends up as its "
     "frontman. Joining him in the band are bassist Tak Bo-hyeon (Won Ha-rim) and drummer Gu "
     "Mal-ja, played by Moon Sun-hee.", "membership", ("Gu Mal-ja", "NIGHT FERRY", "member")),
    ("“Tin Roof” passed 2 million streams on Streamly. The track, credited to NIGHT FERRY, came "
     "out on May 2.", "performs",
     ("credited", "Tin Roof", "NIGHT FERRY")),
    ("Won Ha-rim recorded every NIGHT FERRY song in character as Tak Bo-hyeon, including “Tin "
     "Roof” and its B-side, “Kite Tail.”", "performs", ("vocals", "Kite Tail", "Won Ha-rim")),
    ("Won Ha-rim recorded every NIGHT FERRY song in character as Tak Bo-hyeon, including “Tin "
     "Roof” and its B-side, “Kite Tail.”", "performs", ("credited", "Kite Tail", "NIGHT FERRY")),
    ("MOSSWAY also has a track of its own on the OST album: the ballad “Idle Hour,” on which "
     "leader Dain and Seul split the lead vocals.", "performs", ("credited", "Idle Hour",
                                                                 "MOSSWAY")),
    ("MOSSWAY also has a track of its own on the OST album: the ballad “Idle Hour,” on which "
     "leader Dain and Seul split the lead vocals.", "performs", ("vocals", "Idle Hour", "Seul")),
    ("Boy group MOSSWAY followed on July 24 with “Idle Hour.”", "release",
     ("Idle Hour", "2032-07-24")),
    ("Moon Sun-hee lent her alto to “Idle Hour.”", "performs",
     ("vocals", "Idle Hour", "Moon Sun-hee")),
    ("Gu Mal-ja and Moon Sun-hee harmonize on “Idle Hour.”", "performs",
     ("vocals", "Idle Hour", "Gu Mal-ja")),
    ("The drama “Tide Clock” won. “Paper Moon,” which ended its run on Channel Nine on September "
     "4, lost.", "broadcast", ("final episode", "Paper Moon", "2032-09-04")),
    ("The drama “Paper Moon” aired on Fridays from April 4 to May 23.", "broadcast",
     ("first episode", "Paper Moon", "2033-04-04")),
    ("The drama “Paper Moon” is over. Streamly carries the series in parts of Asia.",
     "broadcast", ("available on", "Paper Moon", "Streamly")),
    ("Two weeks on, Moon Sun-hee still hums. The actress, who played music teacher Gu Mal-ja in "
     "the drama, sat down with us.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Dain's bandmates in MOSSWAY, Seul and Yoon-a, shared the song.", "membership",
     ("Seul", "MOSSWAY", "member")),
    ("Moon Sun-hee leads the series as Gu Mal-ja, a clerk who talks her way into becoming the "
     "guitarist of the ragtag band NIGHT FERRY.", "membership", ("Gu Mal-ja", "NIGHT FERRY",
                                                                  "member")),
    ("Boy group MOSSWAY, winners of Best Male Group at the 2032 Sora Awards, opened the show.",
     "award", ("Best Male Group, 2032 Sora Awards", "MOSSWAY", "2032")),
    ("The drama “Paper Moon” won big at the 2032 Sora Awards, held on December 29. The Channel "
     "Nine series claimed Drama of the Year, capping a run that began on September 8.", "award",
     ("Drama of the Year, 2032 Sora Awards", "Paper Moon", "2032-12-29")),
]


# The sixth round: subjects found past relative clauses and pronouns, roles named by
# descriptions, announced schedules, duets named by their singers, tables and bare track lists.
_GENERAL += [
    ("Won Ha-rim, who won Best Actor at the 2032 Sora Awards, has been tapped to headline the "
     "series as Oh Dal-bong, a ferryman.", "plays", ("Won Ha-rim", "Oh Dal-bong")),
    ("It is the drama “Paper Moon” again. Won Ha-rim is back. It is his first drama since "
     "“Tide Clock,” in which he played the shy baker Oh Dal-bong.", "plays",
     ("Won Ha-rim", "Oh Dal-bong")),
    ("Moon Sun-hee won the Excellence Award, Drama for “Tide Clock,” in which she plays rookie "
     "coroner Gu Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Moon Sun-hee joins him as violinist Gu Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Rounding out the trio is Han Seul-gi of the girl group MOSSWAY, who will play the band's "
     "drummer, Tak Bo-hyeon.", "plays", ("Han Seul-gi", "Tak Bo-hyeon")),
    ("Won Ha-rim and Moon Sun-hee, who play dancers Oh Dal-bong and Gu Mal-ja respectively, "
     "trained for months.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Ko Ye-rim was named Best New Actress for her turn as Gu Mal-ja, and Won Ha-rim received "
     "Best Supporting Actor for playing Dal-bong's grandfather, Oh Man-sik.", "plays",
     ("Won Ha-rim", "Oh Man-sik")),
    ("Ko Ye-rim was named Best New Actress for her turn as Gu Mal-ja, and Won Ha-rim received "
     "Best Supporting Actor for playing Dal-bong's grandfather, Oh Man-sik.", "plays",
     ("Ko Ye-rim", "Gu Mal-ja")),
    ("In the fictional band NIGHT FERRY, Won Ha-rim takes the part of lead singer Oh Dal-bong.",
     "membership", ("Oh Dal-bong", "NIGHT FERRY", "lead vocalist")),
    ("The drama follows the fictional band NIGHT FERRY. On screen, NIGHT FERRY is fronted by cab "
     "driver Oh Dal-bong (Won Ha-rim), with Moon Sun-hee behind the drum kit as Gu Mal-ja.",
     "membership", ("Gu Mal-ja", "NIGHT FERRY", "member")),
    ("The fictional band NIGHT FERRY is fronted by cab driver Oh Dal-bong (Won Ha-rim), with "
     "Moon Sun-hee behind the drum kit as Gu Mal-ja.", "membership",
     ("Oh Dal-bong", "NIGHT FERRY", "lead vocalist")),
    ("Won Ha-rim plays Oh Dal-bong, an accordion player who busks with his band NIGHT FERRY.",
     "membership", ("Oh Dal-bong", "NIGHT FERRY", "member")),
    ("Dain's MOSSWAY bandmate Seul came to the showcase.", "membership",
     ("Seul", "MOSSWAY", "member")),
    ("A second single, a duet between Won Ha-rim and Seul titled “Kite Tail,” is expected in "
     "May.", "performs", ("credited", "Kite Tail", "Seul")),
    ("“Kite Tail,” Won Ha-rim's duet with Seul, was nominated.", "performs",
     ("credited", "Kite Tail", "Won Ha-rim")),
    ("“Tin Roof” came out on May 2 under the name NIGHT FERRY, with Moon Sun-hee singing in "
     "character as Gu Mal-ja.", "performs", ("credited", "Tin Roof", "NIGHT FERRY")),
    ("“Tin Roof” came out on May 2 under the name NIGHT FERRY, with Moon Sun-hee singing in "
     "character as Gu Mal-ja.", "performs", ("vocals", "Tin Roof", "Moon Sun-hee")),
    ("The prize went to NIGHT FERRY's “Tin Roof,” the band anthem Moon Sun-hee recorded in "
     "character.", "performs", ("vocals", "Tin Roof", "Moon Sun-hee")),
    ("Won Ha-rim and Moon Sun-hee trade verses on the title track “Tin Roof.”", "performs",
     ("vocals", "Tin Roof", "Moon Sun-hee")),
    ("“Kite Tail” sits atop the TuneBox Top 50. It has since surpassed 6 million streams on "
     "Streamly.", "stream-milestone", ("Kite Tail", "Streamly", 6000000, "2033-06-20")),
    ("“Kite Tail” sits atop the TuneBox Top 50. Soloist Noh Eun-bi's ballad first hit No. 1 on "
     "the TuneBox Top 50 on March 2.", "chart-entry", ("Kite Tail", "TuneBox Top 50", 1,
                                                       "2033-03-02")),
    ("“Kite Tail” sits atop the TuneBox Top 50. Soloist Noh Eun-bi's ballad first hit No. 1 on "
     "March 2.", "performs", ("credited", "Kite Tail", "Noh Eun-bi")),
    ("“Kite Tail” bowed at No. 41 on the TuneBox Top 50 on March 9.", "chart-entry",
     ("Kite Tail", "TuneBox Top 50", 41, "2033-03-09")),
    ("Channel Nine has finalized the cast of “Tide Clock,” its new music drama. The series will "
     "premiere on October 5, 2033, and air every Monday and Tuesday.", "broadcast",
     ("first episode", "Tide Clock", "2033-10-05")),
    ("Channel Nine has finalized the cast of “Tide Clock,” its new music drama. The series will "
     "premiere on October 5, 2033, and air every Monday and Tuesday.", "broadcast",
     ("schedule", "Tide Clock", "monday-tuesday")),
    ("Outside Korea, “Harbour Lights” will stream on Streamly for viewers in Europe.",
     "broadcast", ("available on", "Harbour Lights", "Streamly")),
    ("“Harbour Lights” came to an end on May 24, nearly four months after its January 4 premiere.",
     "broadcast", ("final episode", "Harbour Lights", "2033-05-24")),
    ("“Harbour Lights” came to an end on May 24, nearly four months after its January 4 premiere.",
     "broadcast", ("first episode", "Harbour Lights", "2033-01-04")),
    # Round 7: ceremonies named anywhere, qualified categories, more verbs and list shapes.
    ("The 2032 Bada Drama Awards, which took place on December 30, were long. Won Ha-rim "
     "accepted the Top Excellence Award, Actress for her turn as Gu Mal-ja.", "award",
     ("Top Excellence Award, Actress, 2032 Bada Drama Awards", "Won Ha-rim", "2032-12-30")),
    ("The 2032 Bada Drama Awards took place on December 30. Moon Sun-hee, who played Gu Mal-ja, "
     "was handed Best Supporting Actress.", "award",
     ("Best Supporting Actress, 2032 Bada Drama Awards", "Moon Sun-hee", "2032-12-30")),
    ("At the 2032 Bada Drama Awards, “Kite Tail,” Noh Eun-bi's theme for “Harbour Lights,” was "
     "voted Best OST.", "award",
     ("Best OST, 2032 Bada Drama Awards", "Kite Tail", "2032")),
    ("“Kite Tail,” Noh Eun-bi's theme for “Harbour Lights,” topped the TuneBox Top 50.",
     "performs", ("credited", "Kite Tail", "Noh Eun-bi")),
    ("Won Ha-rim, who fronted the fictional band PAPER CRANES as Gu Mal-ja in “Harbour "
     "Lights,” won.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("Won Ha-rim, who fronted the fictional band PAPER CRANES as Gu Mal-ja in “Harbour "
     "Lights,” won.", "membership", ("Gu Mal-ja", "PAPER CRANES", "lead vocalist")),
    ("Veteran actor Won Ha-rim has signed on as Gu Mal-ja.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("Sharing top billing is Won Ha-rim, who steps into the shoes of Gu Mal-ja.", "plays",
     ("Won Ha-rim", "Gu Mal-ja")),
    ("Moon Sun-hee, cast opposite her as the rival baker Gu Mal-ja, is superb.", "plays",
     ("Moon Sun-hee", "Gu Mal-ja")),
    ("The supporting cast shines: night guard Gu Mal-ja (Won Ha-rim) steals every scene.",
     "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("Boy group NEON ARC, whose member Jae-on plays Gu Mal-ja, opened the show.", "membership",
     ("Jae-on", "NEON ARC", "member")),
    ("Noh Eun-bi – “Kite Tail”\nThe album opens softly. Released on July 3, it sat at No. 17 on "
     "the TuneBox Top 50 on July 18.", "release", ("Kite Tail", "2032-07-03")),
    ("Noh Eun-bi feat. Moon Sun-hee – “Kite Tail”\nThe album opens softly.", "performs",
     ("credited", "Kite Tail", "Moon Sun-hee")),
    ("NEON ARC – “Kite Tail”\nThe boy group's entry, out since July 10, is bright. Leader "
     "Jae-on and youngest member Do-yun share the hook.", "performs",
     ("vocals", "Kite Tail", "Do-yun")),
    ("NEON ARC – “Kite Tail”\nThe boy group's entry, out since July 10, is bright. Leader "
     "Jae-on and youngest member Do-yun share the hook.", "membership",
     ("Do-yun", "NEON ARC", "member")),
    ("NEON ARC – “Kite Tail”\nThe boy group's entry, out since July 10, is bright.", "release",
     ("Kite Tail", "2032-07-10")),
    ("On “Kite Tail,” Won Ha-rim and Moon Sun-hee sing to each other.", "performs",
     ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("Songs on the TuneBox Top 50, July 5:\n\nNo. 5 — Kite Tail (Noh Eun-bi)\n"
     "No. 41 — Paper Moon (Won Ha-rim)", "chart-entry",
     ("Paper Moon", "TuneBox Top 50", 41, "2032-07-05")),
    ("“Kite Tail,” a pre-release track, went out on March 13. The song has piled up more than "
     "2 million streams on Streamly as of March 17.", "stream-milestone",
     ("Kite Tail", "Streamly", 2000000, "2033-03-17")),
    ("“Kite Tail,” a pre-release track, went out on March 13.", "release",
     ("Kite Tail", "2033-03-13")),
    ("“Kite Tail” sits atop the TuneBox Top 50. By June 7, it had collected more than 18 "
     "million Streamly streams.",
     "stream-milestone", ("Kite Tail", "Streamly", 18000000, "2033-06-07")),
    ("“Harbour Lights” is a drama. Streamly has picked up the series for viewers abroad.",
     "broadcast", ("available on", "Harbour Lights", "Streamly")),
    ("“Harbour Lights” ran on Mondays and Tuesdays from August 2 to September 21.", "broadcast",
     ("final episode", "Harbour Lights", "2032-09-21")),
    ("Channel Nine's Wednesday-Thursday road romance “Harbour Lights” is a hit.", "broadcast",
     ("schedule", "Harbour Lights", "wednesday-thursday")),
    # Round 8: interviews, weekday dates, apposed descriptions, the song spoken of.
    ("Q&A: Won Ha-rim On “Harbour Lights”\n\nWon Ha-rim has just wrapped the drama.\n\n"
     "Q. Who was your partner?\n\nA. Moon Sun-hee and I also duet on “Paper Moon.”",
     "performs", ("vocals", "Paper Moon", "Won Ha-rim")),
    ("Q&A: Won Ha-rim On “Harbour Lights”\n\nWon Ha-rim has just wrapped the drama.\n\n"
     "Q. “Kite Tail” reached No. 7 on the TuneBox Top 50 on July 26, and you sang it in "
     "character as Gu Mal-ja.\n\nA. Yes.", "performs", ("vocals", "Kite Tail", "Won Ha-rim")),
    ("“Harbour Lights” premiered on Wednesday, July 4, and airs every Wednesday and Thursday.",
     "broadcast", ("first episode", "Harbour Lights", "2032-07-04")),
    ("“Harbour Lights” premiered on Wednesday, July 4, and airs every Wednesday and Thursday.",
     "broadcast", ("schedule", "Harbour Lights", "wednesday-thursday")),
    ("NEON ARC member Jae-on won Best New Actor for “Harbour Lights,” the Channel Nine comedy "
     "in which he plays Gu Mal-ja.", "plays", ("Jae-on", "Gu Mal-ja")),
    ("NEON ARC member Jae-on won Best New Actor for “Harbour Lights,” the Channel Nine comedy "
     "in which he plays Gu Mal-ja.", "broadcast", ("broadcaster", "Harbour Lights",
                                                   "Channel Nine")),
    ("Jae-on of boy group NEON ARC sits behind the drum kit as Gu Mal-ja.", "plays",
     ("Jae-on", "Gu Mal-ja")),
    ("Won Ha-rim co-stars as its vocalist, the former trot singer Gu Mal-ja.", "plays",
     ("Won Ha-rim", "Gu Mal-ja")),
    ("Jae-on pulls double duty: he also appears in the drama as the ferry's grumpy mechanic, "
     "Gu Mal-ja.", "plays", ("Jae-on", "Gu Mal-ja")),
    ("The surprise is “Paper Moon.” The song, which Won Ha-rim sings in character as Gu "
     "Mal-ja, was released on July 8 and is credited to the actress herself.", "performs",
     ("credited", "Paper Moon", "Won Ha-rim")),
    ("The surprise is “Paper Moon.” The song, which Won Ha-rim sings in character as Gu "
     "Mal-ja, was released on July 8 and is credited to the actress herself.", "performs",
     ("vocals", "Paper Moon", "Won Ha-rim")),
    ("The surprise is “Paper Moon.” The song, which Won Ha-rim sings in character as Gu "
     "Mal-ja, was released on July 8 and is credited to the actress herself.", "release",
     ("Paper Moon", "2032-07-08")),
    ("NEON ARC followed with Part 2, “Kite Tail,” released on April 6.", "performs",
     ("credited", "Kite Tail", "NEON ARC")),
    ("NEON ARC followed with Part 2, “Kite Tail.” Jae-on and fellow member Do-yun trade lines "
     "on the chorus.", "performs", ("vocals", "Kite Tail", "Do-yun")),
    ("NEON ARC followed with Part 2, “Kite Tail.” Jae-on and fellow member Do-yun trade lines "
     "on the chorus.", "membership", ("Do-yun", "NEON ARC", "member")),
    ("Won Ha-rim and Moon Sun-hee, who star as the rivals Gu Mal-ja and Na-yul respectively, "
     "duet on “Kite Tail.”", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("“Kite Tail,” Noh Eun-bi's new ballad, is out. Released on July 14, a day after “Harbour "
     "Lights” premiered on July 13, the song has travelled far.", "release",
     ("Kite Tail", "2032-07-14")),
    ("“Kite Tail” is a ballad. The track features rapper Jae-on.", "performs",
     ("credited", "Kite Tail", "Jae-on")),
    ("NEON ARC's “Kite Tail” is out. Won Ha-rim handles lead vocals on every NEON ARC song, "
     "singing in character as Gu Mal-ja.", "performs", ("vocals", "Kite Tail", "Won Ha-rim")),
    ("Every NEON ARC number was recorded by Won Ha-rim in character as Gu Mal-ja, from the "
     "opener “Kite Tail” to “Paper Moon.”", "performs", ("vocals", "Paper Moon", "Won Ha-rim")),
    ("Jae-on plays drummer Gu Mal-ja. He also sings in character as Gu Mal-ja on the band's "
     "single “Kite Tail.”", "performs", ("vocals", "Kite Tail", "Jae-on")),
    ("“Kite Tail” is a ballad. It was still at No. 15 on the TuneBox Top 50 on December 28.",
     "chart-entry", ("Kite Tail", "TuneBox Top 50", 15, "2032-12-28")),
    ("“Kite Tail,” a ballad, came out on July 19. I'm proud that it got to No. 18 on the "
     "TuneBox Top 50 on July 26.",
     "chart-entry", ("Kite Tail", "TuneBox Top 50", 18, "2032-07-26")),
    ("“Harbour Lights” streams on Streamly in Korea and on Viki for international audiences.",
     "broadcast", ("available on", "Harbour Lights", "Viki")),
    ("Her rival, the land developer Gu Mal-ja, won Won Ha-rim the Best Supporting Actor trophy "
     "at the 2032 Bada Drama Awards on December 30.", "award",
     ("Best Supporting Actor, 2032 Bada Drama Awards", "Won Ha-rim", "2032-12-30")),
    ("Her rival, the land developer Gu Mal-ja, won Won Ha-rim the Best Supporting Actor trophy "
     "at the 2032 Bada Drama Awards on December 30.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("Moon Sun-hee received the Daesang (Grand Prize) at the 2032 Bada Drama Awards on "
     "December 30.", "award",
     ("Daesang (Grand Prize), 2032 Bada Drama Awards", "Moon Sun-hee", "2032-12-30")),
    ("Moon Sun-hee admits she misses the set. Moon headlined the Channel Nine drama as Gu "
     "Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Won Ha-rim starred as Gu Mal-ja, a night guard who ends up fronting the rock band "
     "PAPER CRANES.", "membership", ("Gu Mal-ja", "PAPER CRANES", "lead vocalist")),
    # Round 9: chart lists with quoted titles, the only chart, the series spoken of, parts of a
    # song, bandmates, mononymous idols, awards on behalf of others.
    ("It was a busy week on the TuneBox Top 50.\n\nDrama OST entries in the top 30 of the "
     "TuneBox Top 50 for June 8:\n\nNo. 3 – “Kite Tail,” Won Ha-rim & Moon Sun-hee\n"
     "No. 16 – “Paper Moon,” NEON ARC\n", "chart-entry",
     ("Paper Moon", "TuneBox Top 50", 16, "2033-06-08")),
    ("It was a busy week on the TuneBox Top 50.\n\nDrama OST entries in the top 30 of the "
     "TuneBox Top 50 for June 8:\n\nNo. 3 – “Kite Tail,” Won Ha-rim & Moon Sun-hee\n"
     "No. 16 – “Paper Moon,” NEON ARC\n", "performs", ("credited", "Kite Tail", "Moon Sun-hee")),
    ("Three songs made the TuneBox Top 50 this week. The biggest mover is Part 2, “Kite Tail.” "
     "The ballad debuted at No. 24 on May 29.", "chart-entry",
     ("Kite Tail", "TuneBox Top 50", 24, "2033-05-29")),
    ("The biggest mover is Part 2, “Kite Tail,” on which the drama's leads Won Ha-rim and Moon "
     "Sun-hee duet.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("The biggest mover is Part 2, “Kite Tail,” on which the drama's leads Won Ha-rim and Moon "
     "Sun-hee duet.", "performs", ("credited", "Kite Tail", "Won Ha-rim")),
    ("Girl group NEON ARC contributed Part 3, “Kite Tail,” released on June 4. Members Nayeon "
     "and Do-yun split the verses.", "performs", ("credited", "Kite Tail", "NEON ARC")),
    ("Girl group NEON ARC contributed Part 3, “Kite Tail,” released on June 4. Members Nayeon "
     "and Do-yun split the verses.", "membership", ("Nayeon", "NEON ARC", "member")),
    ("Won A-yeon sings the theme. Girl group NEON ARC contributed Part 3, “Kite Tail.” Members "
     "Nayeon and Do-yun split the verses.", "performs", ("vocals", "Kite Tail", "Nayeon")),
    ("“Harbour Lights” won Drama of the Year. Best Supporting Actress went to Moon Sun-hee, who "
     "played Gu Mal-ja in Channel Nine's “Paper Moon.” The series aired on Mondays and "
     "Tuesdays from September 8 to October 28 and can be streamed on Viki.", "broadcast",
     ("final episode", "Paper Moon", "2032-10-28")),
    ("“Harbour Lights” won Drama of the Year. Best Supporting Actress went to Moon Sun-hee, who "
     "played Gu Mal-ja in Channel Nine's “Paper Moon.” The series aired on Mondays and "
     "Tuesdays from September 8 to October 28 and can be streamed on Viki.", "broadcast",
     ("broadcaster", "Paper Moon", "Channel Nine")),
    ("Over at Dasan TV, “Harbour Lights” wrapped up its run on June 1.", "broadcast",
     ("broadcaster", "Harbour Lights", "Dasan TV")),
    ("“Harbour Lights” is a drama. All sixteen episodes, which aired on Mondays and Tuesdays "
     "from February 2, are now on Streamly.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("“Harbour Lights” is a drama. All sixteen episodes, which aired on Mondays and Tuesdays "
     "from February 2, are now on Viki.", "broadcast",
     ("first episode", "Harbour Lights", "2033-02-02")),
    ("Won Ha-rim leads the series as Gu Mal-ja. They call themselves PAPER CRANES. The rhythm "
     "section is filled out by Jae-on of boy group NEON ARC, cast as drummer Na-yul.",
     "membership", ("Na-yul", "PAPER CRANES", "member")),
    ("Won Ha-rim leads the series as Gu Mal-ja. They call themselves PAPER CRANES. The rhythm "
     "section is filled out by Jae-on of boy group NEON ARC, cast as drummer Na-yul.",
     "plays", ("Jae-on", "Na-yul")),
    ("The drama follows the fictional band PAPER CRANES. Moon Sun-hee co-stars as Gu Mal-ja, the "
     "ferry's bookkeeper, who reluctantly agrees to play keyboards for the band.",
     "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("Jae-on of boy group NEON ARC was named Best New Actor at the 2032 Bada Drama Awards on "
     "December 30. His bandmates Do-yun and Nayeon cheered.", "membership",
     ("Do-yun", "NEON ARC", "member")),
    ("Jae-on of boy group NEON ARC was named Best New Actor at the 2032 Bada Drama Awards on "
     "December 30. His bandmates Do-yun and Nayeon cheered.", "award",
     ("Best New Actor, 2032 Bada Drama Awards", "Jae-on", "2032-12-30")),
    ("The drama follows the fictional band PAPER CRANES. Gu Mal-ja (Moon Sun-hee), who has "
     "fronted the band since the third episode, sings in tears.", "membership",
     ("Gu Mal-ja", "PAPER CRANES", "lead vocalist")),
    ("The drama follows the fictional band PAPER CRANES. Rounding out the line-up were drummer "
     "Gu Mal-ja, played with real gusto by Won Ha-rim, and keyboardist Na-yul.", "plays",
     ("Won Ha-rim", "Gu Mal-ja")),
    ("The drama follows the fictional band PAPER CRANES. Rounding out the line-up were drummer "
     "Gu Mal-ja, played with real gusto by Won Ha-rim, and keyboardist Na-yul.", "membership",
     ("Na-yul", "PAPER CRANES", "member")),
    ("Jae-on plays Gu Mal-ja. Gu Mal-ja, the quiet percussionist of PAPER CRANES, barely "
     "speaks.", "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("PAPER CRANES's debut single, “Kite Tail,” was released on March 1. Won Ha-rim sings lead "
     "in character as Gu Mal-ja, while Jae-on adds harmonies on the chorus.", "performs",
     ("vocals", "Kite Tail", "Jae-on")),
    ("PAPER CRANES's debut single, “Kite Tail,” was released on March 1. Won Ha-rim sings lead "
     "in character as Gu Mal-ja, while Jae-on adds harmonies on the chorus.", "performs",
     ("credited", "Kite Tail", "PAPER CRANES")),
    ("The album:\n\n1. “Kite Tail” (THE CRANES)\n2. “Paper Moon” (THE CRANES)\n\nWon Ha-rim "
     "sang every CRANES song in character as Gu Mal-ja.", "performs",
     ("vocals", "Paper Moon", "Won Ha-rim")),
    ("Jae-on and his NEON ARC bandmate Do-yun share the vocals on “Kite Tail.”", "performs",
     ("vocals", "Kite Tail", "Do-yun")),
    ("Moon Sun-hee takes the second verse of “Kite Tail” in character as Gu Mal-ja.",
     "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("“Kite Tail,” released on July 11, is credited to Jae-on alone.", "performs",
     ("credited", "Kite Tail", "Jae-on")),
    ("Won Ha-rim recorded the theme. He also duets with fellow lead Moon Sun-hee, who plays "
     "Gu Mal-ja, on “Kite Tail.”", "performs", ("vocals", "Kite Tail", "Won Ha-rim")),
    ("NEON ARC took Best Group Soundtrack for “Kite Tail,” their contribution to “Harbour "
     "Lights.”", "performs", ("credited", "Kite Tail", "NEON ARC")),
    ("“Kite Tail” has now passed 20 million streams on Streamly, a milestone it reached on "
     "June 6.", "stream-milestone", ("Kite Tail", "Streamly", 20000000, "2033-06-06")),
    ("“Kite Tail” by Jae-on has been a fixture since its release on May 21.", "release",
     ("Kite Tail", "2033-05-21")),
    ("The fictional band PAPER CRANES won big. The Best OST prize at the 2032 Bada Drama Awards "
     "went to the band's “Kite Tail.”", "performs", ("credited", "Kite Tail", "PAPER CRANES")),
    # Round 10: table rows with middle dots, "Track N —" lines, parts of a song, idols of a
    # group written in capitals, pronouns of the sentence before, a role that went to A.
    ("Also on the TuneBox Top 50, June 8:\n\n#4 · “Kite Tail” · Won Ha-rim & Moon Sun-hee\n"
     "#12 · “Paper Moon” · Jae-on (feat. Do-yun)\n", "chart-entry",
     ("Paper Moon", "TuneBox Top 50", 12, "2033-06-08")),
    ("Also on the TuneBox Top 50, June 8:\n\n#4 · “Kite Tail” · Won Ha-rim & Moon Sun-hee\n"
     "#12 · “Paper Moon” · Jae-on (feat. Do-yun)\n", "performs",
     ("credited", "Kite Tail", "Moon Sun-hee")),
    ("Also on the TuneBox Top 50, June 8:\n\n#4 · “Kite Tail” · Won Ha-rim & Moon Sun-hee\n"
     "#12 · “Paper Moon” · Jae-on (feat. Do-yun)\n", "performs",
     ("credited", "Paper Moon", "Do-yun")),
    ("The album runs to two tracks:\n\nTrack 1 — “Kite Tail,” PAPER CRANES\nTrack 2 — “Two Pairs "
     "of Warm Gloves,” Won Ha-rim & Moon Sun-hee\n", "performs",
     ("credited", "Two Pairs of Warm Gloves", "Moon Sun-hee")),
    ("PAPER CRANES's first single, “Kite Tail,” came out on March 1. Jae-on takes the lead vocal "
     "in character as Gu Mal-ja, and Do-yun lends his voice to the bridge.", "performs",
     ("vocals", "Kite Tail", "Do-yun")),
    ("Part 2, “Kite Tail,” sung together by the show's two leads, Won Ha-rim and Moon Sun-hee, "
     "is climbing.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("Girl group NEON ARC weighs in with Part 3, “Paper Moon.”", "performs",
     ("credited", "Paper Moon", "NEON ARC")),
    ("“Paper Moon” is the duet fans wanted, and Won Ha-rim and Moon Sun-hee sing it as "
     "themselves.", "performs", ("vocals", "Paper Moon", "Moon Sun-hee")),
    ("Jae-on of SKYLARK SIX steps out on “Kite Tail,” a mid-tempo song. He trades lines with "
     "SKYLARK SIX bandmates Do-yun and Nayeon.", "performs", ("vocals", "Kite Tail", "Nayeon")),
    ("Jae-on of SKYLARK SIX was voted Best New Actor at the 2032 Bada Drama Awards on December "
     "30. His groupmate Do-yun filmed the speech.", "membership",
     ("Do-yun", "SKYLARK SIX", "member")),
    ("Jae-on of SKYLARK SIX was voted Best New Actor at the 2032 Bada Drama Awards on December "
     "30. His groupmate Do-yun filmed the speech.", "award",
     ("Best New Actor, 2032 Bada Drama Awards", "Jae-on", "2032-12-30")),
    ("Jae-on of SKYLARK SIX sings the theme. His group sang Part 3, “Paper Moon.”", "performs",
     ("credited", "Paper Moon", "SKYLARK SIX")),
    ("Q&A: Won Ha-rim On “Harbour Lights”\n\nA year after he played Gu Mal-ja, Won Harim is "
     "back.\n\nQ. How was the recording?\n\nA. I recorded “Kite Tail” in character.", "performs",
     ("vocals", "Kite Tail", "Won Harim")),
    ("Won Ha-rim has been tapped to play Gu Mal-ja.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("Starring opposite him is Moon Sun-hee. She will portray Gu Mal-ja, a ferry captain.",
     "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Jae-on is also in the cast, as Gu Mal-ja's uncle Na-yul.", "plays", ("Jae-on", "Na-yul")),
    ("The band needs a drummer, Na-yul, a role that went to Jae-on.", "plays",
     ("Jae-on", "Na-yul")),
    ("Moon Sun-hee plays Gu Mal-ja, a ferry mechanic who ends up as PAPER CRANES's lead "
     "guitarist.", "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("The drama follows the fictional band PAPER CRANES. Behind the band's drum kit sits "
     "Na-yul, played by Jae-on.", "membership", ("Na-yul", "PAPER CRANES", "member")),
    ("The drama follows the fictional band PAPER CRANES. Jae-on rounds out the band as Na-yul.",
     "membership", ("Na-yul", "PAPER CRANES", "member")),
    ("Won Ha-rim plays Gu Mal-ja. Won Ha-rim, whose character fronts the fictional band PAPER "
     "CRANES, sings too.", "membership", ("Gu Mal-ja", "PAPER CRANES", "lead vocalist")),
    ("The night's top prize, the Daesang, was awarded to Moon Sun-hee at the 2032 Bada Drama "
     "Awards on December 30.", "award",
     ("Daesang, 2032 Bada Drama Awards", "Moon Sun-hee", "2032-12-30")),
    ("“Harbour Lights” debuts on February 6, 2033.", "broadcast",
     ("first episode", "Harbour Lights", "2033-02-06")),
    ("“Harbour Lights” came to a close on Dasan TV on March 27.", "broadcast",
     ("broadcaster", "Harbour Lights", "Dasan TV")),
    ("“Harbour Lights” came to a close on Dasan TV on March 27.", "broadcast",
     ("final episode", "Harbour Lights", "2033-03-27")),
    # Round 11: numbered "Artist – Title" lines, titles before names, a headline's song, actors
    # introduced by trade, relative clauses, parts of a song, "as of" before the count.
    # a headline's first title that a chart list shows is a song, not the series
    ("“Kite Tail” Cracks The Top 10 As The Drama Heats Up\n\nThe drama is a hit. PAPER "
     "CRANES's “Kite Tail” climbed to No. 9 on the TuneBox Top 50 on June 14.\n\nTuneBox Top "
     "50 (June 14):\n\nNo. 9 — PAPER CRANES, “Kite Tail”\n", "chart-entry",
     ("Kite Tail", "TuneBox Top 50", 9, "2033-06-14")),
    ("The OST collects two songs:\n\n1. PAPER CRANES – “Kite Tail”\n2. Won Ha-rim – “Paper "
     "Moon”\n", "performs", ("credited", "Kite Tail", "PAPER CRANES")),
    ("The OST collects two songs:\n\n1. PAPER CRANES – “Kite Tail”\n2. Won Ha-rim – “Paper "
     "Moon”\n", "performs", ("credited", "Paper Moon", "Won Ha-rim")),
    ("Captain Gu Mal-ja (Jae-on) finally gives in.", "plays", ("Jae-on", "Gu Mal-ja")),
    ("Nayeon used to sit at the back of the set. He plays Gu Mal-ja, a clerk who never unpacks. "
     "“It was fun,” Nayeon said.", "plays", ("Nayeon", "Gu Mal-ja")),
    ("Veteran actor Won Ha-rim is Captain Gu Mal-ja, who has banned music on board.", "plays",
     ("Won Ha-rim", "Gu Mal-ja")),
    ("Co-lead Nayeon, of girl group NEON ARC, plays Gu Mal-ja, a pilot.", "plays",
     ("Nayeon", "Gu Mal-ja")),
    ("The Daesang went to Won Ha-rim, whose turn as singing deckhand Gu Mal-ja carried the show.",
     "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("The drama follows the fictional band PAPER CRANES. Idol Nayeon, the youngest member of boy "
     "group SKYLARK SIX, keeps time for PAPER CRANES as ship's cook Gu Mal-ja.", "membership",
     ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("The drama follows the fictional band PAPER CRANES. Idol Nayeon, the youngest member of boy "
     "group SKYLARK SIX, keeps time for PAPER CRANES as ship's cook Gu Mal-ja.", "plays",
     ("Nayeon", "Gu Mal-ja")),
    ("The drama follows the fictional band PAPER CRANES. Moon Sun-hee co-stars as navigator "
     "Gu Mal-ja, who plays keyboards.", "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("The drama “Kite Tail” ends. Even Jae-on's Gu Mal-ja, PAPER CRANES's quiet bassist, gets a "
     "line.", "plays", ("Jae-on", "Gu Mal-ja")),
    ("Part 2, “Paper Moon,” arrived on May 15. It is credited to singer Won Ha-rim featuring "
     "rapper NAYEON.", "performs", ("credited", "Paper Moon", "NAYEON")),
    ("The band's single, “Two Bells,” is the duet fans waited for: Na-yul and Do-yun singing "
     "together, recorded in character by Won Ha-rim and Moon Sun-hee.", "performs",
     ("vocals", "Two Bells", "Moon Sun-hee")),
    ("Girl group NEON ARC opened the soundtrack with Part 1, “Paper Moon.” Jae-on carries the "
     "verses while fellow member Nayeon takes the high chorus.", "performs",
     ("vocals", "Paper Moon", "Nayeon")),
    ("Girl group NEON ARC opened the soundtrack with Part 1, “Paper Moon.” Jae-on carries the "
     "verses while fellow member Nayeon takes the high chorus.", "membership",
     ("Nayeon", "NEON ARC", "member")),
    ("Girl group NEON ARC sings the theme. Moon Sun-hee also turns up on “Paper Moon” with her "
     "real group, NEON ARC.", "membership",
     ("Moon Sun-hee", "NEON ARC", "member")),
    ("Nayeon of boy group SKYLARK SIX leads the cast. SKYLARK SIX's “Paper Moon,” Part 3 of "
     "the OST, features members Jae-on and Do-yun on the verses.", "membership",
     ("Do-yun", "SKYLARK SIX", "member")),
    ("Girl group NEON ARC collected the Popularity Award, helped along by “Paper Moon,” the "
     "group's opening track.", "performs", ("credited", "Paper Moon", "NEON ARC")),
    ("“Kite Tail” was released on March 22, and as of April 7 had been streamed 6 million times "
     "on Streamly.", "stream-milestone", ("Kite Tail", "Streamly", 6000000, "2033-04-07")),
    ("“Harbour Lights” airs on Fridays. In Korea it streams on Streamly.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("“Harbour Lights” airs on Fridays, and international viewers can follow it on Streamly.",
     "broadcast", ("available on", "Harbour Lights", "Streamly")),
    ("At the 2032 Bada Drama Awards on December 30, Jae-on of SKYLARK SIX was chosen as Best New "
     "Actor.", "award", ("Best New Actor, 2032 Bada Drama Awards", "Jae-on", "2032-12-30")),
    ("At the 2032 Bada Drama Awards on December 30, NEON ARC's “Paper Moon,” which Jae-on sang "
     "in character, was named Best OST.", "award",
     ("Best OST, 2032 Bada Drama Awards", "Paper Moon", "2032-12-30")),
]


@pytest.mark.parametrize(("text", "relation", "expected"), _GENERAL)
def test_general_forms_of_each_relation(registry, text, relation, expected):
    tuples, proposal = _tuples(registry, text)
    assert expected in tuples[relation], (tuples[relation], proposal.facts)


# Round 12: forms first met in the tenth held-out split, written anew with invented names.
_ROUND_TWELVE = [
    ("Won Ha-rim plays Gu Mal-ja, the shy cook and, by the second episode, the reluctant "
     "frontman of a staff band called PAPER CRANES.", "membership",
     ("Gu Mal-ja", "PAPER CRANES", "lead vocalist")),
    ("The story follows a staff band called PAPER CRANES. Moon Sun-hee has been cast as clerk "
     "Na-yul, the band's bassist.", "membership", ("Na-yul", "PAPER CRANES", "member")),
    ("Jae-on plays Do-yun, the ferry cook who drums for PAPER CRANES.", "membership",
     ("Do-yun", "PAPER CRANES", "member")),
    ("Nayeon of NEON ARC, who played the band's keyboardist, snack-bar cook Gu Mal-ja, was named "
     "Best New Actress at the 2032 Bada Drama Awards on December 30.", "award",
     ("Best New Actress, 2032 Bada Drama Awards", "Nayeon", "2032-12-30")),
    ("Nayeon of NEON ARC, who played the band's keyboardist, snack-bar cook Gu Mal-ja, was named "
     "Best New Actress at the 2032 Bada Drama Awards on December 30.", "plays",
     ("Nayeon", "Gu Mal-ja")),
    ("Girl group NEON ARC also came away with the Popularity Award at the 2032 Bada Drama Awards "
     "on December 30.", "award", ("Popularity Award, 2032 Bada Drama Awards", "NEON ARC",
                                  "2032-12-30")),
    ("The trophy went to “Kite Tail,” the PAPER CRANES duet that Won Ha-rim recorded in "
     "character with Moon Sun-hee.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("TuneBox Top 50, March 16\n\nPos. | Title | Credited artist\n7 | Kite Tail | NEON ARC\n",
     "chart-entry", ("Kite Tail", "TuneBox Top 50", 7, "2033-03-16")),
    ("TuneBox Top 50, March 16\n\nPos. | Title | Credited artist\n7 | Kite Tail | NEON ARC\n",
     "performs", ("credited", "Kite Tail", "NEON ARC")),
    ("Girl group NEON ARC took Part 1 with “Paper Moon,” out on April 28.", "performs",
     ("credited", "Paper Moon", "NEON ARC")),
    ("Girl group NEON ARC took Part 1 with “Paper Moon,” out on April 28.", "release",
     ("Paper Moon", "2033-04-28")),
    ("Girl group NEON ARC took Part 1 with “Paper Moon,” out on April 28. Members Jae-on and "
     "Do-yun split the verses.", "membership", ("Do-yun", "NEON ARC", "member")),
    ("Girl group NEON ARC took Part 1 with “Paper Moon,” out on April 28. Members Jae-on and "
     "Do-yun split the verses.", "performs", ("vocals", "Paper Moon", "Jae-on")),
    ("The big mover is “Kite Tail.” Won Ha-rim and Moon Sun-hee sing it as Na-yul and Gu "
     "Mal-ja.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("Part 2, “Paper Moon” by Won Ha-rim featuring rapper NAYEON, came out on May 12.",
     "performs", ("credited", "Paper Moon", "NAYEON")),
    ("“Paper Moon” is out. Won Ha-rim's husky alto carries the chorus.", "performs",
     ("vocals", "Paper Moon", "Won Ha-rim")),
    ("Channel Nine's “Kite Tail” and Dasan TV's Monday-Tuesday romance “Harbour Lights” both "
     "have songs on the chart.", "broadcast", ("schedule", "Harbour Lights", "monday-tuesday")),
    ("“Harbour Lights” goes out Mondays and Tuesdays at 10 p.m.", "broadcast",
     ("schedule", "Harbour Lights", "monday-tuesday")),
    ("On “Paper Moon,” Won Ha-rim sings as the lane mechanic Gu Mal-ja.", "performs",
     ("vocals", "Paper Moon", "Won Ha-rim")),
    ("The surprise is “Paper Moon.” Jae-on, who plays drummer Na-yul, steps up to the mic as "
     "Na-yul.", "performs", ("vocals", "Paper Moon", "Jae-on")),
    ("NEON ARC's “Paper Moon” is a pleasant number on which Jae-on sings alongside his "
     "groupmates Do-yun and Nayeon.", "membership", ("Do-yun", "NEON ARC", "member")),
    ("NEON ARC's “Paper Moon” is a pleasant number on which Jae-on sings alongside his "
     "groupmates Do-yun and Nayeon.", "performs", ("vocals", "Paper Moon", "Nayeon")),
    ("“Harbour Lights” ended on May 2. Every episode is available to catch up on Streamly.",
     "broadcast", ("available on", "Harbour Lights", "Streamly")),
    ("“Harbour Lights” ended on May 2. Streamly has the full run.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("Won Ha-rim plays Na-yul. He and Moon Sun-hee duet on “Paper Moon.”", "performs",
     ("vocals", "Paper Moon", "Won Ha-rim")),
    ("Moon Sun-hee leads “Harbour Lights,” a Wednesday-Thursday romance that began on "
     "February 10.", "broadcast", ("first episode", "Harbour Lights", "2033-02-10")),
    ("Moon Sun-hee played Gu Mal-ja, and the part brought her Best New Actress at the 2032 Bada "
     "Drama Awards.", "award", ("Best New Actress, 2032 Bada Drama Awards", "Moon Sun-hee",
                                "2032")),
    ("“Tide Clock OST” runs to seven tracks. As of June 10, the full album had clocked more "
     "than 15 million Streamly streams.", "stream-milestone",
     ("Tide Clock OST", "Streamly", 15000000, "2033-06-10")),
    ("The story follows a staff band called PAPER CRANES. The drum kit belongs to Na-yul, an "
     "apprentice who fixes boats, played by SKYLARK SIX member Jae-on.", "plays",
     ("Jae-on", "Na-yul")),
    ("The story follows a staff band called PAPER CRANES. Behind the keyboard sits cook Gu "
     "Mal-ja, played by Nayeon.", "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("Jae-on sings the theme. NEON ARC's “Paper Moon,” the third OST part, features her "
     "bandmates Do-yun and Nayeon on the verses.", "membership", ("Nayeon", "NEON ARC", "member")),
    ("Won Ha-rim plays Gu Mal-ja, the snack-bar cook who joined the alley's band PAPER CRANES.",
     "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("Nayeon plays Gu Mal-ja. Now the NEON ARC member has her first lead role.", "membership",
     ("Nayeon", "NEON ARC", "member")),
    ("The story follows a staff band called PAPER CRANES. Moon Sun-hee, whose bassist Na-yul "
     "gets the second verse, shines.", "plays", ("Moon Sun-hee", "Na-yul")),
]


# Round 13: forms first met in the eleventh held-out split, written anew with invented names.
_INTERVIEW = (
    "“I Sang Flat”: NEON ARC's Nayeon On Her First Lead\n\n"
    "Nayeon spent last year on tour. Now the NEON ARC vocalist plays Gu Mal-ja in Dasan TV's "
    "“Harbour Lights,” opposite Won Ha-rim.\n\n"
    "Q: You also sing the theme, “Paper Moon.”\n"
    "A: My members Jae-on and Do-yun laughed at me for a week.\n\n"
    "Q: And the duet?\n"
    "A: Won Ha-rim and I duet on “Kite Tail.” He plays Na-yul, the cook.\n")
_ROUND_THIRTEEN = [
    (_INTERVIEW, "membership", ("Nayeon", "NEON ARC", "member")),
    (_INTERVIEW, "membership", ("Jae-on", "NEON ARC", "member")),
    (_INTERVIEW, "performs", ("vocals", "Kite Tail", "Nayeon")),
    (_INTERVIEW, "plays", ("Won Ha-rim", "Na-yul")),
    ("Moon Sun-hee spent last year abroad. Her turn as cook Gu Mal-ja in “Harbour Lights” won "
     "her a prize.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Top-billed Won Ha-rim plays Gu Mal-ja, a cook.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("The rest of the cast is strong, and stage veteran Won Ha-rim is Gu Mal-ja, the band's "
     "leader.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("“Kite Tail” is out. The song, in which the two leads sing together, was recorded in "
     "character by Won Ha-rim and Moon Sun-hee.", "performs",
     ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("Best OST went to “Kite Tail,” PAPER CRANES's duet sung in character by Won Ha-rim and "
     "Moon Sun-hee.", "performs", ("vocals", "Kite Tail", "Won Ha-rim")),
    ("And then there is “Kite Tail,” the Na-yul and Gu Mal-ja duet that Won Ha-rim and Moon "
     "Sun-hee recorded in character.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("Drama songs on the TuneBox Top 50, March 16:\n\n#4 “Kite Tail” (NEON ARC)\n"
     "#9 “Paper Moon” (Won Ha-rim)\n", "chart-entry",
     ("Kite Tail", "TuneBox Top 50", 4, "2033-03-16")),
    ("Drama songs on the TuneBox Top 50, March 16:\n\n#4 “Kite Tail” (NEON ARC)\n"
     "#9 “Paper Moon” (Won Ha-rim)\n", "performs", ("credited", "Paper Moon", "Won Ha-rim")),
    ("Part 2, “Paper Moon,” is a Won Ha-rim single featuring rapper Jae-on.", "performs",
     ("credited", "Paper Moon", "Won Ha-rim")),
    ("Girl group NEON ARC opened the soundtrack with “Kite Tail”; Nayeon takes the first verse "
     "and bandmate Do-yun answers in the second.", "membership", ("Nayeon", "NEON ARC", "member")),
    ("Girl group NEON ARC opened the soundtrack with “Kite Tail”; Nayeon takes the first verse "
     "and bandmate Do-yun answers in the second.", "membership", ("Do-yun", "NEON ARC", "member")),
    ("Won Ha-rim won the top prize for “Harbour Lights,” the band drama in which he starred as "
     "PAPER CRANES frontman Gu Mal-ja.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("Won Ha-rim won the top prize for “Harbour Lights,” the band drama in which he starred as "
     "PAPER CRANES frontman Gu Mal-ja.", "membership", ("Gu Mal-ja", "PAPER CRANES",
                                                         "lead vocalist")),
    ("Won Ha-rim plays Gu Mal-ja, a cook. By the second episode he has become the voice of "
     "PAPER CRANES, a trio he never meant to join.", "membership",
     ("Gu Mal-ja", "PAPER CRANES", "lead vocalist")),
    ("“Harbour Lights” opened on June 4 and the band is already the talk of the town.",
     "broadcast", ("first episode", "Harbour Lights", "2033-06-04")),
    ("The drama “Tide Clock” is Channel Nine's. “Harbour Lights” airs Mondays on Dasan TV, and "
     "Streamly streams it abroad.", "broadcast", ("available on", "Harbour Lights", "Streamly")),
    ("The surprise is “Kite Tail,” handed to the band's keyboardist, Gu Mal-ja. Won Ha-rim, who "
     "plays her, delivers it in character.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    ("“Harbour Lights” airs Mondays on Dasan TV. It streams on Streamly in Korea.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("“Harbour Lights” ended on May 2, and all sixteen episodes remain on Streamly.",
     "broadcast", ("available on", "Harbour Lights", "Streamly")),
]


@pytest.mark.parametrize(("text", "relation", "unwanted"), [
    # in an interview "he" is someone other than the guest who says "I"
    (_INTERVIEW, "plays", ("Nayeon", "Na-yul")),
    # an interview's guest is the person its headline names, not the first name of its opening
    (_INTERVIEW, "performs", ("vocals", "Kite Tail", "Gu Mal-ja")),
    # "lobbying for a G track" is about no song named before
    ("“Kite Tail” came out on May 2. Fans are lobbying for a NEON ARC track on the soundtrack.",
     "performs", ("credited", "Kite Tail", "NEON ARC")),
    # a copula between two names nothing introduces is no casting
    ("Won Ha-rim is Moon Sun-hee, the article says.", "plays", ("Won Ha-rim", "Moon Sun-hee")),
    # a character "voiced by" an actor is no song's performance
    ("“Kite Tail” is out. On the album, Gu Mal-ja is voiced by Won Ha-rim.", "performs",
     ("credited", "Kite Tail", "Gu Mal-ja")),
])
def test_round_thirteen_forms_do_not_overreach(registry, text, relation, unwanted):
    tuples, proposal = _tuples(registry, text)
    assert unwanted not in tuples[relation], (tuples[relation], proposal.facts)


# Round 14: forms first met in the twelfth held-out split, written anew with invented names.
_GUEST = (
    "“I Sang It Twice”: Moon Sun-hee On Her Year\n\n"
    "For a decade Moon Sun-hee has sung drama themes. The former main vocalist of the trio NEON "
    "ARC now works alone, and “Paper Moon,” her collaboration with rapper Jae-on, won her Best "
    "OST at the 2032 Dasan Music Awards.\n\n"
    "Q: Do you miss group life?\n"
    "A: Every day. My NEON ARC bandmates Nayeon and Do-yun still send me voice memos.\n")
_HER_CHARACTER = (
    "The story follows a diner band called PAPER CRANES. Moon Sun-hee is his co-lead. Her "
    "character, the diner's cook Gu Mal-ja, runs the till by day and plays bass for the band by "
    "night.")
_ROUND_FOURTEEN = [
    ("Drama songs on the TuneBox Top 50 (March 16):\n\nNo. 4 - NEON ARC, “Kite Tail”\n"
     "No. 9 - Won Ha-rim ft. Jae-on, “Paper Moon”\n", "chart-entry",
     ("Kite Tail", "TuneBox Top 50", 4, "2033-03-16")),
    ("Drama songs on the TuneBox Top 50 (March 16):\n\nNo. 4 - NEON ARC, “Kite Tail”\n"
     "No. 9 - Won Ha-rim ft. Jae-on, “Paper Moon”\n", "performs",
     ("credited", "Paper Moon", "Jae-on")),
    ("“Kite Tail,” NEON ARC's contribution as Part 1, first appeared on March 7.", "performs",
     ("credited", "Kite Tail", "NEON ARC")),
    ("“Kite Tail,” NEON ARC's contribution as Part 1, first appeared on March 7.", "release",
     ("Kite Tail", "2033-03-07")),
    (_GUEST, "performs", ("credited", "Paper Moon", "Moon Sun-hee")),
    (_GUEST, "performs", ("credited", "Paper Moon", "Jae-on")),
    (_GUEST, "membership", ("Nayeon", "NEON ARC", "member")),
    (_GUEST, "membership", ("Moon Sun-hee", "NEON ARC", "member")),
    (_GUEST, "award", ("Best OST, 2032 Dasan Music Awards", "Moon Sun-hee", "2032")),
    ("“Kite Tail,” NEON ARC's contribution, is out. Members Do-yun and Nayeon trade the verses, "
     "and their bandmate Jae-on carries the high harmonies on the chorus.", "performs",
     ("vocals", "Kite Tail", "Jae-on")),
    ("Won Ha-rim turns up again on “Paper Moon,” his own group NEON ARC's contribution, though "
     "here he hands the verses to fellow members Do-yun and Jae-on and keeps only the bridge "
     "for himself.", "membership", ("Jae-on", "NEON ARC", "member")),
    ("Won Ha-rim turns up again on “Paper Moon,” his own group NEON ARC's contribution, though "
     "here he hands the verses to fellow members Do-yun and Jae-on and keeps only the bridge "
     "for himself.", "performs", ("vocals", "Paper Moon", "Won Ha-rim")),
    ("NEON ARC's Nayeon was named Best New Actress for her turn behind PAPER CRANES's drum kit "
     "as Gu Mal-ja.", "membership", ("Nayeon", "NEON ARC", "member")),
    ("NEON ARC's Nayeon was named Best New Actress for her turn behind PAPER CRANES's drum kit "
     "as Gu Mal-ja.", "plays", ("Nayeon", "Gu Mal-ja")),
    (_HER_CHARACTER, "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_HER_CHARACTER, "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("Moon Sun-hee, Gu Mal-ja in the drama, steps out of character for “Kite Tail,” a bare "
     "piano ballad she sings as herself.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Moon Sun-hee, Gu Mal-ja in the drama, steps out of character for “Kite Tail,” a bare "
     "piano ballad she sings as herself.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("The 2033 Dasan Drama Awards were handed out on December 30. Won Ha-rim was up for Best "
     "Actor, for his role as PAPER CRANES bassist Na-yul, but that prize went to Jae-on, the "
     "cook Do-yun of “Harbour Lights.”", "plays", ("Jae-on", "Do-yun")),
    ("The 2033 Dasan Drama Awards were handed out on December 30. Won Ha-rim was up for Best "
     "Actor, for his role as PAPER CRANES bassist Na-yul, but that prize went to Jae-on, the "
     "cook Do-yun of “Harbour Lights.”", "membership", ("Na-yul", "PAPER CRANES", "member")),
    ("Soloist Nayeon sings the two remaining songs, “Kite Tail” and “Paper Moon.”", "performs",
     ("vocals", "Paper Moon", "Nayeon")),
    ("“Kite Tail” climbed to No. 5 on the TuneBox Top 50 on June 10. The track pairs the "
     "leads, Won Ha-rim and Moon Sun-hee, who sang it in character.", "performs",
     ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("“Kite Tail” held at No. 9 on the TuneBox Top 50, and its Streamly count now tops "
     "9 million.", "stream-milestone", ("Kite Tail", "Streamly", 9000000, "2033-06-20")),
    ("“Kite Tail” entered the TuneBox Top 50 at No. 12 on March 1, and by March 18 it had been "
     "streamed 2 million times on Streamly.", "stream-milestone",
     ("Kite Tail", "Streamly", 2000000, "2033-03-18")),
    ("Eight tracks make up the “Tide Clock” OST. The album has already passed 5 million "
     "streams on Streamly, while “Kite Tail” had reached 25 million streams on TuneBox as of "
     "May 30.", "stream-milestone", ("Tide Clock OST", "Streamly", 5000000, "2033-06-20")),
    ("Moon Sun-hee won Best Actress for “Tide Clock,” Channel Nine's weekend drama. The series "
     "ran from July 8 to September 24.", "broadcast",
     ("final episode", "Tide Clock", "2032-09-24")),
    ("Moon Sun-hee won Best Actress for “Tide Clock,” Channel Nine's weekend drama.",
     "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    ("The week belongs to the band of “Tide Clock,” now halfway through its run on Dasan TV.",
     "broadcast", ("broadcaster", "Tide Clock", "Dasan TV")),
    ("“Tide Clock” continues Fridays and Saturdays at 9 p.m., with Streamly streaming each "
     "episode after broadcast.", "broadcast", ("available on", "Tide Clock", "Streamly")),
    ("“Tide Clock” continues Fridays and Saturdays at 9 p.m., with Streamly streaming each "
     "episode after broadcast.", "broadcast", ("schedule", "Tide Clock", "friday-saturday")),
    ("All of “Tide Clock” is on Streamly for subscribers abroad.", "broadcast",
     ("available on", "Tide Clock", "Streamly")),
    ("Channel Nine's “Tide Clock” closed on May 27 with the band intact.", "broadcast",
     ("final episode", "Tide Clock", "2033-05-27")),
    ("PAPER CRANES sang “Paper Moon.” NEON ARC claimed the Popularity Award, a fan vote that "
     "the group's “Kite Tail” helped win.", "performs", ("credited", "Kite Tail", "NEON ARC")),
    ("Won Ha-rim plays Gu Mal-ja. By episode two, Gu Mal-ja has been talked into becoming the "
     "lead singer of PAPER CRANES.", "membership", ("Gu Mal-ja", "PAPER CRANES",
                                                    "lead vocalist")),
    ("“Kite Tail,” the band's first single, dropped on April 8, and Jae-on recorded the lead "
     "vocal in character as Na-yul.", "performs", ("vocals", "Kite Tail", "Jae-on")),
    ("Best OST went to “Kite Tail,” PAPER CRANES's duet, which Won Ha-rim and Moon Sun-hee "
     "recorded in character.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
]
_OVERREACH = [
    # an awards ceremony broadcast is not the drama's
    ("“Harbour Lights” won Drama of the Year. The ceremony was broadcast live on Channel Nine.",
     "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    # "her collaboration" is the singer's, not the group she was in
    (_GUEST, "performs", ("credited", "Paper Moon", "NEON ARC")),
    # a date "as of" in the next clause is another recording's
    ("Eight tracks make up the “Tide Clock” OST. The album has already passed 5 million "
     "streams on Streamly, while “Kite Tail” had reached 25 million streams on TuneBox as of "
     "May 30.", "stream-milestone", ("Tide Clock OST", "Streamly", 5000000, "2033-05-30")),
    # "the group's" means the group the sentence opened with
    ("PAPER CRANES sang “Paper Moon.” NEON ARC claimed the Popularity Award, a fan vote that "
     "the group's “Kite Tail” helped win.", "performs", ("credited", "Kite Tail", "PAPER CRANES")),
    # a title set beside a drama by a channel's possessive is the drama, not a song
    ("Moon Sun-hee won Best Actress for “Tide Clock,” Channel Nine's weekend drama.",
     "performs", ("credited", "Tide Clock", "Moon Sun-hee")),
]


# Round 15: forms first met in the thirteenth held-out split, written anew with invented names:
# fact boxes, winners lists and Markdown tables, besides sentences.
_WINNERS = (
    "The 2032 Dasan Drama Awards were handed out on December 30.\n\n"
    "The winners were:\n\n"
    "- Daesang: Won Ha-rim, “Harbour Lights”\n"
    "- Drama of the Year: “Tide Clock”\n"
    "- Best OST: “Kite Tail,” NEON ARC\n")
_FACT_BOX = (
    "Where to find “Tide Clock” this summer.\n\n"
    "TIDE CLOCK\n\n"
    "Channel: Channel Nine, Fridays and Saturdays, 9 p.m. KST\n"
    "Premiere: June 4\n"
    "Streaming: Streamly in Korea\n")
_TABLE = (
    "Drama songs on the TuneBox Top 50, June 9:\n\n"
    "| Rank | Title | Artist | Drama |\n"
    "| 6 | Kite Tail | NEON ARC | Harbour Lights |\n"
    "| 14 | Paper Moon | Won Ha-rim | Harbour Lights |\n")
_MEMBERS_SPLIT = (
    "NEON ARC released “Kite Tail” in May. Do-yun and Nayeon, the group's two main vocalists, "
    "split the verses; the youngest, Jae-on, takes the last chorus alone.")
_ROUND_FIFTEEN = [
    (_WINNERS, "award", ("Daesang, 2032 Dasan Drama Awards", "Won Ha-rim", "2032-12-30")),
    (_WINNERS, "award", ("Drama of the Year, 2032 Dasan Drama Awards", "Tide Clock",
                         "2032-12-30")),
    (_WINNERS, "performs", ("credited", "Kite Tail", "NEON ARC")),
    (_FACT_BOX, "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    (_FACT_BOX, "broadcast", ("schedule", "Tide Clock", "friday-saturday")),
    (_FACT_BOX, "broadcast", ("first episode", "Tide Clock", "2033-06-04")),
    (_FACT_BOX, "broadcast", ("available on", "Tide Clock", "Streamly")),
    ("“Tide Clock” (Channel Nine): All sixteen episodes are on Streamly.", "broadcast",
     ("broadcaster", "Tide Clock", "Channel Nine")),
    ("“Tide Clock” (Channel Nine): All sixteen episodes are on Streamly.", "broadcast",
     ("available on", "Tide Clock", "Streamly")),
    (_TABLE, "chart-entry", ("Kite Tail", "TuneBox Top 50", 6, "2033-06-09")),
    (_TABLE, "performs", ("credited", "Paper Moon", "Won Ha-rim")),
    ("“Paper Moon” belongs to Won Ha-rim, with rapper Jae-on taking the second verse.",
     "performs", ("credited", "Paper Moon", "Jae-on")),
    ("“Kite Tail” came out on January 6 and placed 31st. It is a NEON ARC track.", "performs",
     ("credited", "Kite Tail", "NEON ARC")),
    (_MEMBERS_SPLIT, "membership", ("Jae-on", "NEON ARC", "member")),
    (_MEMBERS_SPLIT, "performs", ("vocals", "Kite Tail", "Nayeon")),
    (_MEMBERS_SPLIT, "performs", ("vocals", "Kite Tail", "Jae-on")),
    ("Opposite him, in the female lead, is Moon Sun-hee. The actress plays ticket clerk Gu "
     "Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Won Ha-rim, last seen as a detective in a period piece, headlines the series as Na-yul.",
     "plays", ("Won Ha-rim", "Na-yul")),
    ("“Harbour Lights” stars Won Ha-rim as Na-yul, opposite fellow lead Moon Sun-hee as Gu "
     "Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Both songs score the scenes between cook Na-yul and nurse Gu Mal-ja, played by leads Won "
     "Ha-rim and Moon Sun-hee respectively.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("The night's Best OST, “Kite Tail,” was recorded in character by Won Ha-rim and his "
     "co-star Moon Sun-hee.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("NEON ARC put out “Kite Tail” on March 20. Jae-on was filming, so bandmates Do-yun and "
     "Nayeon sing it without him.", "performs", ("vocals", "Kite Tail", "Do-yun")),
    ("“Kite Tail” sat at No. 22 on the TuneBox Top 50. Its Streamly tally now exceeds 6 "
     "million.", "stream-milestone", ("Kite Tail", "Streamly", 6000000, "2033-06-20")),
    ("You last saw Moon Sun-hee on an awards stage. Here she takes the lead as Gu Mal-ja, an "
     "astronomer.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("“Kite Tail” was recorded by Won Ha-rim and Moon Sun-hee, who also took Best Actress, for "
     "her role as the band's keyboardist, Gu Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("Jae-on, the youngest member of boy group NEON ARC, makes his acting debut as apprentice "
     "Na-yul.", "plays", ("Jae-on", "Na-yul")),
    ("“Kite Tail,” a thank-you single released on April 18, is the first PAPER CRANES song.",
     "performs", ("credited", "Kite Tail", "PAPER CRANES")),
    ("NEON ARC's Nayeon plays Gu Mal-ja. The group already put out the first OST part, “Kite "
     "Tail,” on March 20.", "performs", ("credited", "Kite Tail", "NEON ARC")),
    ("Nayeon's NEON ARC bandmates Do-yun and Jae-on cheered from the front row.", "membership",
     ("Nayeon", "NEON ARC", "member")),
    ("NEON ARC's Nayeon plays Gu Mal-ja, who passes the booth at 3 a.m. The group already put "
     "out “Kite Tail” on March 20.", "performs", ("credited", "Kite Tail", "NEON ARC")),
]
_OVERREACH_FIFTEEN = [
    # a channel in brackets after a drama's title is no artist
    ("“Tide Clock” (Channel Nine): All sixteen episodes are on Streamly.", "performs",
     ("credited", "Tide Clock", "Channel Nine")),
    # "X stars opposite A as C": C is X's role
    ("Won Ha-rim stars opposite Moon Sun-hee as Na-yul, a cook.", "plays",
     ("Moon Sun-hee", "Na-yul")),
    # "who also took …, for her role as C": the person of the "who" clause, not the subject
    ("“Kite Tail” was recorded by Won Ha-rim and Moon Sun-hee, who also took Best Actress, for "
     "her role as the band's keyboardist, Gu Mal-ja.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    # a lone "on Monday" is the day of the news, not an airing slot
    ("“Tide Clock” is Channel Nine's new drama, and the network unveiled its cast on Monday.",
     "broadcast", ("schedule", "Tide Clock", "monday")),
    # a drama's prize goes to the drama, not to a song of its name
    (_WINNERS, "performs", ("credited", "Tide Clock", "NEON ARC")),
]


# Round 16: forms first met in the fourteenth held-out split, written anew with invented names.
_BOX = (
    "“Tide Clock” gets a date.\n\n"
    "FACT BOX\n"
    "Title: Tide Clock\n"
    "Network: Channel Nine\n"
    "Premiere: May 12, 2033\n"
    "Leads: Won Ha-rim (Na-yul), Moon Sun-hee (Gu Mal-ja)\n"
    "OST: “Kite Tail” - Nayeon (Part 1); “Paper Moon” - Do-yun, Jae-on (Part 2)\n"
    "Streaming: Streamly (Southeast Asia)\n")
_PULL_QUOTE = (
    "“Every Song Was Mine”: Jae-on On Drumming For A Drama\n\n"
    "Three weeks after “Tide Clock” signed off on October 14, Jae-on still drums on every "
    "table. All sixteen episodes of the drama are on Streamly.\n")
_ROUND_SIXTEEN = [
    (_BOX, "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    (_BOX, "broadcast", ("first episode", "Tide Clock", "2033-05-12")),
    (_BOX, "broadcast", ("available on", "Tide Clock", "Streamly")),
    (_BOX, "plays", ("Won Ha-rim", "Na-yul")),
    (_BOX, "performs", ("credited", "Paper Moon", "Jae-on")),
    ("“Kite Tail” is still charting. Its Streamly count has now gone past 30 million.",
     "stream-milestone", ("Kite Tail", "Streamly", 30000000, "2033-06-20")),
    ("“Kite Tail” arrived on September 23. Fans pushed it to 9 million Streamly streams by "
     "October 5.", "stream-milestone", ("Kite Tail", "Streamly", 9000000, "2032-10-05")),
    ("“Kite Tail” is the story abroad. Streamly puts its total at 12 million plays as of "
     "October 5.", "stream-milestone", ("Kite Tail", "Streamly", 12000000, "2032-10-05")),
    ("“Kite Tail” was released on April 15. By April 21 it had been streamed more than 4 "
     "million times on Streamly.", "stream-milestone",
     ("Kite Tail", "Streamly", 4000000, "2033-04-21")),
    ("“Tide Clock,” which ran on Channel Nine on Mondays and Tuesdays from May 31 to July 20, "
     "won.", "broadcast", ("first episode", "Tide Clock", "2032-05-31")),
    ("“Tide Clock,” which ran on Channel Nine on Mondays and Tuesdays from May 31 to July 20, "
     "won.", "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    ("“Tide Clock” is on Streamly in Southeast Asia.", "broadcast",
     ("available on", "Tide Clock", "Streamly")),
    ("“Tide Clock” airs Fridays on Channel Nine. Streamly holds the streaming rights in Korea.",
     "broadcast", ("available on", "Tide Clock", "Streamly")),
    (_PULL_QUOTE, "broadcast", ("available on", "Tide Clock", "Streamly")),
    ("Won Ha-rim and co-star Moon Sun-hee were voted Best Couple at the 2032 Dasan Drama "
     "Awards.", "award", ("Best Couple, 2032 Dasan Drama Awards", "Won Ha-rim", "2032")),
    ("The 2032 Dasan Drama Awards handed its grand prize to Won Ha-rim and its Drama of the "
     "Year to “Tide Clock” on December 30.", "award",
     ("Drama of the Year, 2032 Dasan Drama Awards", "Tide Clock", "2032-12-30")),
    ("NEON ARC, whose “Kite Tail” opened every episode, won the fan-voted Popularity Award at "
     "the 2032 Dasan Drama Awards.", "award",
     ("Popularity Award, 2032 Dasan Drama Awards", "NEON ARC", "2032")),
    ("The 2032 Dasan Drama Awards were held on December 30. Moon Sun-hee, 68, took Best "
     "Supporting Actress for laundromat owner Gu Mal-ja.", "award",
     ("Best Supporting Actress, 2032 Dasan Drama Awards", "Moon Sun-hee", "2032-12-30")),
    ("The 2032 Dasan Drama Awards were held on December 30. Moon Sun-hee, 68, took Best "
     "Supporting Actress for laundromat owner Gu Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("The 2032 Dasan Drama Awards were held on December 30. Jae-on of boy group NEON ARC, who "
     "made his acting debut this year, was named Best New Actor.", "award",
     ("Best New Actor, 2032 Dasan Drama Awards", "Jae-on", "2032-12-30")),
    ("Na-yul, a retired music teacher played by veteran Won Ha-rim, joins the band.", "plays",
     ("Won Ha-rim", "Na-yul")),
    ("Her co-lead Won Ha-rim, nominated for the Daesang as salt farmer Na-yul, left without a "
     "trophy.", "plays", ("Won Ha-rim", "Na-yul")),
    ("The story follows a diner band called PAPER CRANES. Moon Sun-hee won Best Actress. The "
     "actress, who plays Gu Mal-ja, the pastry chef who joins the band on bass, thanked the "
     "crew.", "membership",
     ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("NEON ARC's Nayeon sings the first verse of “Kite Tail”; fellow members Do-yun and Jae-on "
     "take the rest.", "performs", ("vocals", "Kite Tail", "Jae-on")),
    ("Nayeon of girl group NEON ARC is back. Her bandmates Do-yun and Jae-on will sing the "
     "drama's second OST part, “Paper Moon.”", "performs", ("vocals", "Paper Moon", "Do-yun")),
    ("“Kite Tail” arrived on September 23. Won Ha-rim, who plays drummer Na-yul on screen, "
     "splits the vocals with NEON ARC bandmates Do-yun and Jae-on.", "performs",
     ("vocals", "Kite Tail", "Won Ha-rim")),
]
_OVERREACH_SIXTEEN = [
    # "Leads: A (C)": the actor comes first in a fact box
    (_BOX, "plays", ("Na-yul", "Won Ha-rim")),
    # a box's own heading is not the drama
    (_BOX, "broadcast", ("broadcaster", "FACT BOX", "Channel Nine")),
    # a headline's quotation before a colon names no drama
    (_PULL_QUOTE, "broadcast", ("available on", "Every Song Was Mine", "Streamly")),
    # "A of boy group G, who …, was named X": A, not G
    ("The 2032 Dasan Drama Awards were held on December 30. Jae-on of boy group NEON ARC, who "
     "made his acting debut this year, was named Best New Actor.", "award",
     ("Best New Actor, 2032 Dasan Drama Awards", "NEON ARC", "2032-12-30")),
]


# Round 17: each sentence opens after a headline line ("News"), like the articles.
_NEWS = "News\n\n"
_INTERVIEW_LABELS = (
    "Nayeon: “I Sang It Twice”\n\nNayeon sings the drama's theme, “Paper Moon.”\n\n"
    "THR: Who's with you on “Paper Moon”?\n\nNAYEON: Do-yun does the rap in the middle, and he "
    "is credited as a featured artist. Then my old NEON ARC sisters, Jae-on and Gu Mal-ja, "
    "sing the harmonies on the last chorus.\n\nTHR: Thanks.\n\nNAYEON: Thank you.\n")
_ROUND_SEVENTEEN = [
    ("Won Ha-rim heads the cast as Na-yul, a cook who ends up as lead singer of the "
     "diner's band, PAPER CRANES.", "membership", ("Na-yul", "PAPER CRANES", "lead vocalist")),
    ("The story follows a diner band called PAPER CRANES. Behind the drum kit will be "
     "Jae-on of boy group NEON ARC, who makes his screen debut as courier Gu Mal-ja.",
     "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("The story follows a diner band called PAPER CRANES. Moon Sun-hee stars as Gu "
     "Mal-ja, a pharmacist from the stall across the aisle who picks up the bass after "
     "hearing the band.", "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("“Kite Tail,” the band's debut single, will be released on July 8.",
     "release", ("Kite Tail", "2033-07-08")),
    ("The story follows a diner band called PAPER CRANES. “Kite Tail at Two A.M.,” the "
     "band's debut single, is out.",
     "performs", ("credited", "Kite Tail at Two A.M.", "PAPER CRANES")),
    ("A second track, “Paper Moon,” comes from NEON ARC, with Nayeon joined on vocals "
     "by bandmates Do-yun and Jae-on.", "performs", ("credited", "Paper Moon", "NEON ARC")),
    ("A second track, “Paper Moon,” comes from NEON ARC, with Nayeon joined on vocals "
     "by bandmates Do-yun and Jae-on.", "performs", ("vocals", "Paper Moon", "Do-yun")),
    ("Channel Nine has finalised the cast of “Tide Clock,” its new Friday-Saturday "
     "drama, and will air the first episode on Friday, July 15, 2033.",
     "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    ("Channel Nine has finalised the cast of “Tide Clock,” its new Friday-Saturday "
     "drama, and will air the first episode on Friday, July 15, 2033.",
     "broadcast", ("first episode", "Tide Clock", "2033-07-15")),
    ("Fans met the cast of “Tide Clock” one week after the drama wrapped up its "
     "sixteen-episode run on May 4.", "broadcast", ("final episode", "Tide Clock", "2033-05-04")),
    ("They opened with “Kite Tail,” the single Moon Sun-hee recorded in character as DJ "
     "Gu Mal-ja.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("Next came “Paper Moon,” a PAPER CRANES slow jam that Moon Sun-hee sings in "
     "character as Gu Mal-ja, the pharmacist-turned-bassist, with Won Ha-rim as Na-yul "
     "on the harmonies.", "performs", ("vocals", "Paper Moon", "Won Ha-rim")),
    ("Next came “Paper Moon,” a PAPER CRANES slow jam that Moon Sun-hee sings in "
     "character as Gu Mal-ja, the pharmacist-turned-bassist, with Won Ha-rim as Na-yul "
     "on the harmonies.", "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("They opened with “Kite Tail,” the single Moon Sun-hee recorded in character as DJ "
     "Gu Mal-ja. Between songs he told us it had crossed 30 million streams on Streamly "
     "on May 9.", "stream-milestone", ("Kite Tail", "Streamly", 30000000, "2033-05-09")),
    ("Jae-on, the drummer, was joined on stage by his NEON ARC groupmates Do-yun and "
     "Nayeon.", "membership", ("Jae-on", "NEON ARC", "member")),
    ("Won Ha-rim won the grand prize at the 2032 Dasan Drama Awards. The 31-year-old "
     "took the Daesang for his performance as Na-yul, the pirate-radio DJ and PAPER "
     "CRANES frontman of Channel Nine's “Tide Clock.”", "plays", ("Won Ha-rim", "Na-yul")),
    ("Won Ha-rim won the grand prize at the 2032 Dasan Drama Awards. The 31-year-old "
     "took the Daesang for his performance as Na-yul, the pirate-radio DJ and PAPER "
     "CRANES frontman of Channel Nine's “Tide Clock.”",
     "membership", ("Na-yul", "PAPER CRANES", "lead vocalist")),
    ("Jae-on was named Best New Actor for his first screen role, the courier Gu Mal-ja.",
     "plays", ("Jae-on", "Gu Mal-ja")),
    ("The 2032 Dasan Drama Awards were held on December 30. Its theme song, “Kite Tail” "
     "by singer Nayeon, was voted Best OST.",
     "award", ("Best OST, 2032 Dasan Drama Awards", "Kite Tail", "2032-12-30")),
    ("The 2032 Dasan Drama Awards were held on December 30. Drama of the Year went to "
     "“Tide Clock,” which aired from August 7 to September 26.",
     "award", ("Drama of the Year, 2032 Dasan Drama Awards", "Tide Clock", "2032-12-30")),
    ("The 2032 Dasan Drama Awards were held on December 30. Moon Sun-hee received the "
     "Top Excellence Award for an actress.",
     "award",
     ("Top Excellence Award, Actress, 2032 Dasan Drama Awards", "Moon Sun-hee", "2032-12-30")),
    ("The 2032 Dasan Drama Awards were held on December 30.\n\nFull list of "
     "winners:\n\nDaesang: Won Ha-rim\nBest Couple: Won Ha-rim and Moon Sun-hee\n",
     "award", ("Best Couple, 2032 Dasan Drama Awards", "Moon Sun-hee", "2032-12-30")),
    ("Her voice is back on Channel Nine, which premiered its Monday-Tuesday drama “Tide "
     "Clock” on March 3.", "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    ("Her voice is back on Channel Nine, which premiered its Monday-Tuesday drama “Tide "
     "Clock” on March 3.", "broadcast", ("first episode", "Tide Clock", "2033-03-03")),
    ("International viewers can stream “Tide Clock” on Viki, and it is on Streamly in "
     "Korea.", "broadcast", ("available on", "Tide Clock", "Streamly")),
    ("Part 1, “Kite Tail,” came out on March 4. Part 3, “Paper Moon,” followed on March "
     "31.", "release", ("Paper Moon", "2033-03-31")),
    ("“Kite Tail” by Nayeon charted. It's already past 8 million Streamly streams.",
     "stream-milestone", ("Kite Tail", "Streamly", 8000000, "2033-06-20")),
    (_INTERVIEW_LABELS, "performs", ("credited", "Paper Moon", "Do-yun")),
    (_INTERVIEW_LABELS, "membership", ("Nayeon", "NEON ARC", "member")),
    (_INTERVIEW_LABELS, "performs", ("vocals", "Paper Moon", "Jae-on")),
    ("Notes\n\n“Kite Tail”: Part 2. Released Feb. 19. Debuted at No. 15 on the TuneBox "
     "Top 50 on Feb. 22. Out since Feb. 5.\n", "release", ("Kite Tail", "2033-02-19")),
    ("Notes\n\n“Kite Tail”: Still here a year on. Passed 100 million Streamly streams "
     "on March 2.\n", "stream-milestone", ("Kite Tail", "Streamly", 100000000, "2033-03-02")),
]
_OVERREACH_SEVENTEEN = [
 # a live stage performance is not the recording's vocals
    ("Nayeon performed “Kite Tail” live during the ceremony.",
     "performs", ("vocals", "Kite Tail", "Nayeon")),
 # "G frontman of B's S": G is no member of the channel
    ("The 31-year-old took the Daesang for his performance as Na-yul, the DJ and PAPER "
     "CRANES frontman of Channel Nine's “Tide Clock.”",
     "membership", ("PAPER CRANES", "Channel Nine", "member")),
 # the awardee of "“T” by A was voted X" is the recording
    ("The 2032 Dasan Drama Awards were held on December 30. Its theme song, “Kite Tail” "
     "by singer Nayeon, was voted Best OST.",
     "award", ("Best OST, 2032 Dasan Drama Awards", "Nayeon", "2032-12-30")),
 # the end of a run dates no award
    ("The 2032 Dasan Drama Awards were held on December 30. Drama of the Year went to "
     "“Tide Clock,” which aired from August 7 to September 26.",
     "award", ("Drama of the Year, 2032 Dasan Drama Awards", "Tide Clock", "2032-09-26")),
 # "in character as C": C is a character, not a title
    ("“Kite Tail” is a PAPER CRANES song that Moon Sun-hee sings in character as Gu "
     "Mal-ja.", "performs", ("vocals", "Gu Mal-ja", "Moon Sun-hee")),
 # the channel that premiered its drama is no series
    ("Her voice is back on Channel Nine, which premiered its Monday-Tuesday drama “Tide "
     "Clock” on March 3.", "broadcast", ("first episode", "Channel Nine", "2033-03-03")),
]


@pytest.mark.parametrize(("text", "relation", "expected"), _ROUND_SEVENTEEN)
def test_round_seventeen_forms(registry, text, relation, expected):
    text = text if text.startswith("Nayeon:") else _NEWS + text
    tuples, proposal = _tuples(registry, text)
    assert expected in tuples[relation], (tuples[relation], proposal.facts)


@pytest.mark.parametrize(("text", "relation", "unwanted"), _OVERREACH_SEVENTEEN)
def test_round_seventeen_forms_do_not_overreach(registry, text, relation, unwanted):
    tuples, proposal = _tuples(registry, _NEWS + text)
    assert unwanted not in tuples[relation], (tuples[relation], proposal.facts)


def test_an_announced_release_is_dated_forward(registry):
    """A release set for a day after publication is a fact of the upcoming year."""
    tuples, proposal = _tuples(registry, _NEWS + "“Kite Tail” will be released on July 8.")
    assert ("Kite Tail", "2033-07-08") in tuples["release"]
    assert any("future tense" in flag for claim in proposal.claims for flag in claim.flags)


# Round 18: timelines, countdowns, bulleted discographies and "by the numbers" lists.
_TIMELINE = ("How “Tide Clock” Took Over Spring\n\n"
    "Channel Nine’s drama “Tide Clock” signed off a week ago. We went back through the "
    "calendar.\n\n"
    "Mar. 1 — PAPER CRANES’s first single, “Kite Tail,” goes out to streaming services.\n\n"
    "Mar. 7 — Episode 1. The show settles into the Wednesday-Thursday 9 p.m. slot.\n\n"
    "Mar. 10 — “Kite Tail” enters the TuneBox Top 50 at No. 14.\n\n"
    "Apr. 8 — “Kite Tail” reaches No. 3 on the same chart.\n\n"
    "May 27 — The finale.\n\n"
    "May 30 — “Kite Tail” passes 30 million streams on Streamly.\n")
_COUNTDOWN = ("Seven Songs\n\nThese are the songs of the year.\n\n"
    "7. “Kite Tail” — NEON ARC (“Tide Clock,” Channel Nine)\n"
    "The group’s only soundtrack entry. Nayeon, Do-yun and Jae-on sing everything.\n")
_BULLETS = ("PAPER CRANES Says Goodbye\n\nThe band leaves three songs of its own:\n\n"
    "• “Kite Tail” (out May 20). Nayeon sings it in character as Gu Mal-ja. No. 5 on the "
    "TuneBox Top 50 on June 3.\n"
    "• “Paper Moon” (out June 10). Won Ha-rim and Moon Sun-hee, as Na-yul and Gu Mal-ja, "
    "duet on it.\n"
    "• “Ash Road” (album only). Vocals: Do-yun, in character as Na-yul.\n")
_NUMBERS = ("“Tide Clock” Past the Halfway Mark, by the Numbers\n\n"
    "Channel Nine's romance aired its tenth episode on Tuesday. Here is where the show stands.\n\n"
    "16 - episodes in all. The Monday-Tuesday drama began on March 6 and is set to end on "
    "July 25.\n\n"
    "2 - leads: Won Ha-rim as auditor Na-yul and Moon Sun-hee as farmer's grandson Gu Mal-ja.\n\n"
    "4 - soundtrack parts released so far:\n"
    "Part 1 · “Kite Tail” · NEON ARC · out Feb. 16\n"
    "Part 2 · “Paper Moon” · Nayeon · out March 7\n\n"
    "40 million - Streamly streams for “Kite Tail” as of April 4. NEON ARC's Do-yun and "
    "Jae-on, who sing both of the group's parts, celebrated.\n\n"
    "3 - services carrying the show: Streamly in Korea, and Viki in Europe.\n")
_ROUND_EIGHTEEN = [
    (_TIMELINE, "release", ("Kite Tail", "2033-03-01")),
    (_TIMELINE, "broadcast", ("first episode", "Tide Clock", "2033-03-07")),
    (_TIMELINE, "broadcast", ("schedule", "Tide Clock", "wednesday-thursday")),
    (_TIMELINE, "chart-entry", ("Kite Tail", "TuneBox Top 50", 3, "2033-04-08")),
    (_TIMELINE, "broadcast", ("final episode", "Tide Clock", "2033-05-27")),
    (_TIMELINE, "stream-milestone", ("Kite Tail", "Streamly", 30000000, "2033-05-30")),
    ("News\n\nThat band is PAPER CRANES: Na-yul fronts it, Gu Mal-ja plays keys, and "
     "Bok Sun-i, played by Do-yun, holds down the bass.",
     "membership", ("Na-yul", "PAPER CRANES", "lead vocalist")),
    ("News\n\nThat band is PAPER CRANES: Na-yul fronts it, Gu Mal-ja plays keys, and "
     "Bok Sun-i, played by Do-yun, holds down the bass.",
     "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    ("News\n\nThat band is PAPER CRANES: Na-yul fronts it, Gu Mal-ja plays keys, and "
     "Bok Sun-i, played by Do-yun, holds down the bass.", "plays", ("Do-yun", "Bok Sun-i")),
    ("News\n\nWon Ha-rim plays Na-yul, a tax auditor; Moon Sun-hee is Gu Mal-ja, the "
     "owner's grandmother.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("News\n\nAug. 25 — Two more names. Jae-on, the youngest member of boy group NEON "
     "ARC, is confirmed as Bok Sun-i, and veteran Moon Sun-hee as postmistress Gu "
     "Mal-ja, who runs the office.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("News\n\nAug. 25 — Two more names. Jae-on, the youngest member of boy group NEON "
     "ARC, is confirmed as Bok Sun-i, and veteran Moon Sun-hee as postmistress Gu "
     "Mal-ja, who runs the office.", "plays", ("Jae-on", "Bok Sun-i")),
    ("News\n\nWon Ha-rim and Moon Sun-hee lead as Na-yul, a mail carrier with a guitar, "
     "and sorting clerk Gu Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    ("News\n\n“Kite Tail” by NEON ARC is Part 2. It is scheduled for July 7.",
     "release", ("Kite Tail", "2033-07-07")),
    ("News\n\nChannel Nine has licensed its upcoming drama “Tide Clock” to Streamly. "
     "All three services start on premiere night, July 6, 2033.",
     "broadcast", ("first episode", "Tide Clock", "2033-07-06")),
    ("News\n\nPart 2, “Paper Moon,” is credited to Nayeon herself, who sings it in "
     "character as Gu Mal-ja.", "performs", ("vocals", "Paper Moon", "Nayeon")),
    ("News\n\n“Kite Tail” by girl group NEON ARC came out on May 2. NEON ARC members "
     "Do-yun and Jae-on handle the vocals.", "performs", ("vocals", "Kite Tail", "Do-yun")),
    (_COUNTDOWN, "performs", ("credited", "Kite Tail", "NEON ARC")),
    (_COUNTDOWN, "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    (_COUNTDOWN, "performs", ("vocals", "Kite Tail", "Do-yun")),
    ("News\n\n“Kite Tail” is their duet. Won Ha-rim and Moon Sun-hee, who play the pair "
     "and sing it in character, collected Best Couple at the 2032 Dasan Drama Awards on "
     "December 30.", "award", ("Best Couple, 2032 Dasan Drama Awards", "Won Ha-rim", "2032-12-30")),
    ("News\n\n“Kite Tail” is their duet. Won Ha-rim and Moon Sun-hee, who play the pair "
     "and sing it in character, collected Best Couple at the 2032 Dasan Drama Awards on "
     "December 30.", "performs", ("vocals", "Kite Tail", "Moon Sun-hee")),
    ("News\n\nThe 2032 Dasan Drama Awards were held on December 30. Won Ha-rim won Best "
     "Actor. Also at the Dasan ceremony, Nayeon was named Best New Actor.",
     "award", ("Best New Actor, 2032 Dasan Drama Awards", "Nayeon", "2032-12-30")),
    ("News\n\n“Kite Tail” crossed 5 million streams on Streamly on May 21, and on May "
     "12 it won Best OST at the 2033 Dasan Music Awards.",
     "award", ("Best OST, 2033 Dasan Music Awards", "Kite Tail", "2033-05-12")),
    (_BULLETS, "release", ("Kite Tail", "2033-05-20")),
    (_BULLETS, "chart-entry", ("Kite Tail", "TuneBox Top 50", 5, "2033-06-03")),
    (_BULLETS, "performs", ("vocals", "Ash Road", "Do-yun")),
    (_BULLETS, "performs", ("credited", "Paper Moon", "Won Ha-rim")),
    (_BULLETS, "performs", ("vocals", "Paper Moon", "Moon Sun-hee")),
    ("News\n\nFans pushed “Kite Tail” past 20 million Streamly streams as of June 4.",
     "stream-milestone", ("Kite Tail", "Streamly", 20000000, "2033-06-04")),
    (_NUMBERS, "broadcast", ("first episode", "Tide Clock", "2033-03-06")),
    (_NUMBERS, "broadcast", ("final episode", "Tide Clock", "2033-07-25")),
    (_NUMBERS, "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    (_NUMBERS, "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_NUMBERS, "release", ("Kite Tail", "2033-02-16")),
    (_NUMBERS, "stream-milestone", ("Kite Tail", "Streamly", 40000000, "2033-04-04")),
    (_NUMBERS, "membership", ("Jae-on", "NEON ARC", "member")),
    (_NUMBERS, "broadcast", ("available on", "Tide Clock", "Streamly")),
]
_OVERREACH_EIGHTEEN = [
    ("News\n\nWon Ha-rim and Moon Sun-hee trade lines as Na-yul and Gu Mal-ja, both "
     "singing in character.", "plays", ("Moon Sun-hee", "Na-yul")),
    ("News\n\nWon Ha-rim and Moon Sun-hee lead as Na-yul, a mail carrier with a guitar, "
     "and sorting clerk Gu Mal-ja.", "plays", ("Moon Sun-hee", "Na-yul")),
    ("News\n\nThat band is PAPER CRANES: Na-yul fronts it, Gu Mal-ja plays keys, Bok "
     "Sun-i drums.", "plays", ("Gu Mal-ja", "Bok Sun-i")),
]


def test_a_countdown_line_names_the_drama_and_its_channel_not_a_group(registry):
    """"7. “T” — G (“S,” B)": S and its channel B, and no group that G would belong to."""
    tuples, _ = _tuples(registry, _COUNTDOWN)
    assert not any(member == "NEON ARC" for member, _, _ in tuples["membership"])
    assert ("broadcaster", "Tide Clock", "Channel Nine") in tuples["broadcast"]


def test_a_headline_is_no_track_list_line(registry):
    """"“S” Past the Halfway Mark, by the Numbers" credits nothing to "Numbers"."""
    tuples, _ = _tuples(registry, _NUMBERS)
    assert not any(kind == "credited" and "Numbers" in artist
                   for kind, _, artist in tuples["performs"])


def test_a_timeline_entry_dates_its_sentences(registry):
    """A sentence of a timeline entry with no date of its own takes the entry's day."""
    text = ("Spring\n\nMar. 29 — PAPER CRANES finally share a microphone. “Paper Moon,” the "
            "band’s second single, comes out.\n")
    tuples, _ = _tuples(registry, text)
    assert ("Paper Moon", "2033-03-29") in tuples["release"]


# Round 19: section headings, a line-up by columns, a vinyl track list, a live blog.
_REPORT_CARD = ("Report Card\n\nThree dramas, one farewell and one debut.\n\n"
    "TIDE CLOCK (Channel Nine, Wed-Thu)\nGrade: A\n\n"
    "Channel Nine drew the curtain on its office romance on Thursday, April 17, ten weeks "
    "after it bowed on February 13.\n\n"
    "PAPER MOON PARADE (Dasan TV, Mon-Tue)\nGrade: B\n\n"
    "Dasan TV's newest bowed on Monday, April 14.\n")
_PRIMER = ("“Tide Clock”: Everything to Know Before It Opens\n\n"
    "Channel Nine’s weekend slot gets a new tenant.\n\n"
    "Episode 1 airs on Saturday, April 5, 2033, and the show will then occupy Channel Nine’s "
    "Saturday and Sunday nights until late May.\n\n"
    "And the band?\nIt is called PAPER CRANES. The line-up, by part, character and actor:\n"
    "Guitar and lead vocals / Na-yul / Won Ha-rim\nBass / Gu Mal-ja / Moon Sun-hee\n")
_VINYL = ("Side by Side\n\nThe label sequenced the album like an old LP.\n\n"
    "SIDE A\nA1 “Kite Tail” [PAPER CRANES] — vocal: Won Ha-rim, in character as Na-yul\n"
    "A2 “Paper Moon” [Nayeon, Do-yun]\n")
_LIVE = ("As It Happened: The 2032 Dasan Drama Awards\n\n"
    "We ran this page from the arena in Goyang on Wednesday, December 30.\n\n"
    "7:18 p.m. First trophy of the night: Best New Actor is NEON ARC’s Jae-on, for Bok "
    "Sun-i, the drummer of PAPER CRANES.\n\n"
    "9:10 p.m. Best OST: “Kite Tail.”\n\n"
    "10:25 p.m. Best Couple: Won Ha-rim and Moon Sun-hee, better known since April as Na-yul "
    "and Gu Mal-ja.\n")
_N = "News\n\n"
_ROUND_NINETEEN = [
    (_REPORT_CARD, "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    (_REPORT_CARD, "broadcast", ("schedule", "Tide Clock", "wednesday-thursday")),
    (_REPORT_CARD, "broadcast", ("final episode", "Tide Clock", "2033-04-17")),
    (_REPORT_CARD, "broadcast", ("first episode", "Tide Clock", "2033-02-13")),
    (_REPORT_CARD, "broadcast", ("first episode", "Paper Moon Parade", "2033-04-14")),
    (_N + "Won Ha-rim and Moon Sun-hee, in the lead roles of florist Na-yul and courier "
           "Gu Mal-ja respectively, got their proposal.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_N + "Moon Sun-hee has the title role: Gu Mal-ja lends umbrellas from a kiosk.",
     "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_N + "Top of that list is Gu Mal-ja, the weather reporter Won Ha-rim plays with a "
           "damp fringe.", "plays", ("Won Ha-rim", "Gu Mal-ja")),
    (_N + "The story follows a band, PAPER CRANES. Jae-on, the NEON ARC member who drums "
           "for PAPER CRANES on screen as driver Bok Sun-i, steals the show.",
     "plays", ("Jae-on", "Bok Sun-i")),
    (_N + "The story follows a band, PAPER CRANES. Jae-on, the NEON ARC member who drums "
           "for PAPER CRANES on screen as driver Bok Sun-i, steals the show.",
     "membership", ("Jae-on", "NEON ARC", "member")),
    (_N + "The story follows a band, PAPER CRANES. Jae-on, the NEON ARC member who drums "
           "for PAPER CRANES on screen as driver Bok Sun-i, steals the show.",
     "membership", ("Bok Sun-i", "PAPER CRANES", "member")),
    (_N + "The story follows a diner band called PAPER CRANES. Won Ha-rim, 72, whose "
           "night manager Na-yul sings lead for the band, lost a bet.",
     "membership", ("Na-yul", "PAPER CRANES", "lead vocalist")),
    (_N + "“Kite Tail” was released on April 15 under girl group NEON ARC's name, with "
           "Nayeon and Do-yun, two of the group's five, on vocals.",
     "performs", ("credited", "Kite Tail", "NEON ARC")),
    (_N + "“Kite Tail” was released on April 15 under girl group NEON ARC's name, with "
           "Nayeon and Do-yun, two of the group's five, on vocals.",
     "performs", ("vocals", "Kite Tail", "Do-yun")),
    (_N + "“Kite Tail” was released on April 15 under girl group NEON ARC's name, with "
           "Nayeon and Do-yun, two of the group's five, on vocals.",
     "membership", ("Do-yun", "NEON ARC", "member")),
    (_PRIMER, "broadcast", ("first episode", "Tide Clock", "2033-04-05")),
    (_PRIMER, "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    (_PRIMER, "broadcast", ("schedule", "Tide Clock", "saturday-sunday")),
    (_PRIMER, "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_PRIMER, "membership", ("Na-yul", "PAPER CRANES", "lead vocalist")),
    (_PRIMER, "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    (_N + "Jae-on debuted with boy group NEON ARC in 2031. His NEON ARC colleagues "
           "Do-yun and Nayeon visited the set.", "membership", ("Jae-on", "NEON ARC", "member")),
    (_N + "Jae-on debuted with boy group NEON ARC in 2031. His NEON ARC colleagues "
           "Do-yun and Nayeon visited the set.", "membership", ("Do-yun", "NEON ARC", "member")),
    (_N + "Gu Mal-ja, a miser with a soft spot for trot, is a role for Moon Sun-hee.",
     "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_N + "“Kite Tail,” credited to PAPER CRANES, went out on March 20, and the vocal is "
           "Won Ha-rim’s, recorded in character as Na-yul.",
     "performs", ("vocals", "Kite Tail", "Won Ha-rim")),
    (_N + "“Kite Tail” by NEON ARC came out on March 2. It was the 38th-ranked song on "
           "the TuneBox Top 50 on March 24, and as of March 27 its Streamly count stood "
           "above 3 million.", "chart-entry", ("Kite Tail", "TuneBox Top 50", 38, "2033-03-24")),
    (_N + "“Kite Tail” by NEON ARC came out on March 2. It was the 38th-ranked song on "
           "the TuneBox Top 50 on March 24, and as of March 27 its Streamly count stood "
           "above 3 million.", "stream-milestone",
     ("Kite Tail", "Streamly", 3000000, "2033-03-27")),
    (_VINYL, "performs", ("credited", "Kite Tail", "PAPER CRANES")),
    (_VINYL, "performs", ("vocals", "Kite Tail", "Won Ha-rim")),
    (_VINYL, "performs", ("credited", "Paper Moon", "Do-yun")),
    (_N + "In between, Nayeon’s voice carries “Kite Tail,” the ballad under every "
           "confession.", "performs", ("vocals", "Kite Tail", "Nayeon")),
    (_N + "A3 sends Jae-on back to his day job: on “Paper Moon” he shares the microphone "
           "with Do-yun and Nayeon, his NEON ARC groupmates.",
     "performs", ("vocals", "Paper Moon", "Jae-on")),
    (_N + "A3 sends Jae-on back to his day job: on “Paper Moon” he shares the microphone "
           "with Do-yun and Nayeon, his NEON ARC groupmates.",
     "membership", ("Do-yun", "NEON ARC", "member")),
    (_N + "“Kite Tail” by NEON ARC on its own has been streamed upward of 25 million "
           "times on Streamly.",
     "stream-milestone", ("Kite Tail", "Streamly", 25000000, "2033-06-20")),
    (_LIVE, "award", ("Best New Actor, 2032 Dasan Drama Awards", "Jae-on", "2032-12-30")),
    (_LIVE, "award", ("Best OST, 2032 Dasan Drama Awards", "Kite Tail", "2032-12-30")),
    (_LIVE, "award", ("Best Couple, 2032 Dasan Drama Awards", "Moon Sun-hee", "2032-12-30")),
    (_LIVE, "plays", ("Jae-on", "Bok Sun-i")),
    (_LIVE, "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_N + "The story follows a diner band called PAPER CRANES. Moon Sun-hee, whom "
           "viewers know as the band's bassist, Gu Mal-ja, sang.",
     "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    (_N + "Seven weeks after “Tide Clock” left Channel Nine's weekend schedule, the band "
           "reassembled.", "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
]
_OVERREACH_NINETEEN = [
    (_N + "“Tide Clock” airs on Channel Nine. Missed the drama? All sixteen episodes are "
           "on Streamly.", "broadcast", ("available on", "Missed", "Streamly")),
    (_N + "Won Ha-rim and Moon Sun-hee split the verses as Na-yul and Gu Mal-ja.",
     "plays", ("Moon Sun-hee", "Na-yul")),
    (_N + "“Kite Tail” by NEON ARC is a hit. Jae-on ran on for “Paper Moon” with Nayeon.",
     "broadcast", ("available on", "Jae-on", "Streamly")),
]


def test_a_section_heading_sets_the_drama_of_its_sentences(registry):
    """Under "PAPER MOON PARADE (Dasan TV, Mon-Tue)", "Dasan TV's newest bowed on …" is about
    that drama, not the one of the section before."""
    tuples, _ = _tuples(registry, _REPORT_CARD)
    assert ("first episode", "Tide Clock", "2033-04-14") not in tuples["broadcast"]


# Round 20: scoreboard rows, dot-leader track lists, dashed live blogs, A-to-Z entries.
_SCOREBOARD = ("Ratings Roundup\n\nThree dramas, one week.\n\n"
    "SHOW: “Tide Clock” | NETWORK: Channel Nine | SLOT: Mon–Tue, 9:50 p.m. | THIS WEEK: 9.4%\n\n"
    "Channel Nine’s drama signed off with its sixteenth episode on Tuesday, May 2, seven "
    "weeks after a quiet opening night on March 13.\n")
_LEADERS = ("Side by Side\n\nThe sleeve lists them like this.\n\n"
    "SIDE A\nA1 Kite Tail ........ Nayeon (3:52)\nA2 Paper Moon ..... Do-yun feat. Jae-on (4:05)\n")
_LIVE_DASHED = ("As It Happened: The 2032 Dasan Drama Awards\n\n"
    "We blogged from the press room in Goyang on Friday, December 30.\n\n"
    "7:12 p.m. — Best Supporting Actor: Won Ha-rim.\n\n"
    "7:30 p.m. — Moon Sun-hee is Best New Actress for “Tide Clock.”\n\n"
    "8:24 p.m. — Best Couple goes to Won Ha-rim and Moon Sun-hee, who played Na-yul and Gu "
    "Mal-ja.\n")
_A_TO_Z = ("Tide Clock From A to Z\n\nChannel Nine’s romance finished its run last autumn.\n\n"
    "[L] “Kite Tail.” The Checkers' debut single, released August 10. Nayeon sings it.\n\n"
    "[N] “Paper Moon.” A duet. Out September 7; No. 131 on the TuneBox Top 50 dated "
    "September 17.\n\n"
    "[T] “Ash Road.” NEON ARC's own song for the soundtrack, out August 17.\n")
_ROUND_TWENTY = [
    (_SCOREBOARD, "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    (_SCOREBOARD, "broadcast", ("schedule", "Tide Clock", "monday-tuesday")),
    (_SCOREBOARD, "broadcast", ("final episode", "Tide Clock", "2033-05-02")),
    (_SCOREBOARD, "broadcast", ("first episode", "Tide Clock", "2033-03-13")),
    (_LEADERS, "performs", ("credited", "Kite Tail", "Nayeon")),
    (_LEADERS, "performs", ("credited", "Paper Moon", "Jae-on")),
    (_N + "The music is doing its own climbing: “Kite Tail,” the band’s debut single, "
           "held fourth place on the TuneBox Top 50 on June 6.",
     "chart-entry", ("Kite Tail", "TuneBox Top 50", 4, "2033-06-06")),
    (_N + "Won Ha-rim leads as Na-yul, and Moon Sun-hee plays Gu Mal-ja. The band is "
           "called PAPER CRANES, and Na-yul is its lead singer; Gu Mal-ja joins it on "
           "guitar in episode 2.", "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    (_N + "Won Ha-rim leads as Na-yul, and Moon Sun-hee plays Gu Mal-ja. The band is "
           "called PAPER CRANES, and Na-yul is its lead singer; Gu Mal-ja joins it on "
           "guitar in episode 2.", "membership", ("Na-yul", "PAPER CRANES", "lead vocalist")),
    (_N + "Won Ha-rim, whose pastry chef Na-yul opened and closed the series in the same "
           "doorway, got the ending she was owed.", "plays", ("Won Ha-rim", "Na-yul")),
    (_N + "Won Ha-rim and Moon Sun-hee star as the narrator Na-yul and the projectionist "
           "Gu Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_N + "Channel Nine aired the sixteenth and last episode of “Tide Clock” on May 27.",
     "broadcast", ("final episode", "Tide Clock", "2033-05-27")),
    (_N + "Channel Nine aired the sixteenth and last episode of “Tide Clock” on May 27.",
     "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    (_N + "Won Ha-rim, who played Na-yul, the singer up front for PAPER CRANES, walked "
           "on first.", "membership", ("Na-yul", "PAPER CRANES", "lead vocalist")),
    (_N + "The story follows a diner band called PAPER CRANES. Moon Sun-hee, whose Gu "
           "Mal-ja is the band’s bass player, waved.",
     "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    (_N + "Jae-on, a singer in boy group NEON ARC by day, who spent the series behind "
           "PAPER CRANES’s drums as Bok Sun-i, bowed.", "plays", ("Jae-on", "Bok Sun-i")),
    (_N + "Jae-on, a singer in boy group NEON ARC by day, who spent the series behind "
           "PAPER CRANES’s drums as Bok Sun-i, bowed.",
     "membership", ("Bok Sun-i", "PAPER CRANES", "member")),
    (_N + "The centrepiece was the band’s second single, “Paper Moon.” On the record, "
           "Won Ha-rim and Moon Sun-hee duet as Na-yul and Gu Mal-ja, both in character.",
     "performs", ("vocals", "Paper Moon", "Moon Sun-hee")),
    (_N + "Jae-on’s NEON ARC groupmates Do-yun and Nayeon walked on for “Kite Tail,” the "
           "soundtrack cut released under the group’s name.",
     "performs", ("credited", "Kite Tail", "NEON ARC")),
    (_N + "They opened with “Kite Tail.” Nayeon recorded it in character as Gu Mal-ja, "
           "and as of May 9 it had gone past 60 million streams on Streamly.",
     "stream-milestone", ("Kite Tail", "Streamly", 60000000, "2033-05-09")),
    (_LIVE_DASHED, "award",
     ("Best Supporting Actor, 2032 Dasan Drama Awards", "Won Ha-rim", "2032-12-30")),
    (_LIVE_DASHED, "award",
     ("Best New Actress, 2032 Dasan Drama Awards", "Moon Sun-hee", "2032-12-30")),
    (_LIVE_DASHED, "award", ("Best Couple, 2032 Dasan Drama Awards", "Moon Sun-hee", "2032-12-30")),
    (_LIVE_DASHED, "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_A_TO_Z, "release", ("Kite Tail", "2032-08-10")),
    (_A_TO_Z, "release", ("Paper Moon", "2032-09-07")),
    (_A_TO_Z, "chart-entry", ("Paper Moon", "TuneBox Top 50", 131, "2032-09-17")),
    (_A_TO_Z, "release", ("Ash Road", "2032-08-17")),
    ("Vinyl Review\n\nChannel Nine's Monday-Tuesday melodrama ended on May 2, and its "
     "soundtrack, “Tide Clock OST,” now comes on vinyl.",
     "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    ("Vinyl Review\n\nChannel Nine's Monday-Tuesday melodrama ended on May 2, and its "
     "soundtrack, “Tide Clock OST,” now comes on vinyl.",
     "broadcast", ("final episode", "Tide Clock", "2033-05-02")),
]
_OVERREACH_TWENTY = [
    (_N + "Won Ha-rim and Moon Sun-hee star as the narrator Na-yul and the projectionist "
           "Gu Mal-ja.", "plays", ("Moon Sun-hee", "Na-yul")),
    (_LIVE_DASHED, "plays", ("Moon Sun-hee", "Na-yul")),
]


def test_a_scoreboard_row_and_a_track_length_are_no_credits(registry):
    """"SHOW: “S” | NETWORK: B" credits no song, and "A (3:52)" names no group."""
    scoreboard, _ = _tuples(registry, _SCOREBOARD)
    leaders, _ = _tuples(registry, _LEADERS)
    assert not any("SHOW" in str(t) for t in scoreboard["performs"])
    assert not any("3:52" in str(t) for t in leaders["performs"] | leaders["membership"])


_MOVERS = ("Chart Movers\n\nThis column covers the TuneBox Top 50 dated Sunday, June 14. An up "
           "arrow means a song rose; NEW marks a first appearance.\n\n"
           "▲ No. 3 — “Kite Tail,” NEON ARC\n"
           "NEW No. 27 — “Paper Moon,” Won Ha-rim & Moon Sun-hee\n"
           "▼ No. 40 — “Ash Road,” Nayeon\n\n"
           "“Paper Moon” is new. Won Ha-rim and Moon Sun-hee duet on it as Na-yul and Gu Mal-ja.\n")
_AT_THE_TABLE = ("Round Table\n\nWe sat the four actors behind PAPER CRANES around one "
                 "table.\n\nAT THE TABLE\n"
                 "Won Ha-rim — Na-yul, lead vocals\n"
                 "Jae-on (NEON ARC) — Bok Sun-i, drums\n\n"
                 "HOST: As of June 10, “Kite Tail” had passed 100 million streams on Streamly. "
                 "Does that feel real?\n"
                 "HA-RIM: It feels like a typo.\n")
_LISTINGS = ("The Week Ahead\n\nSeven nights, one farewell, one premiere.\n\n"
             "MONDAY, JUNE 22\n\n"
             "9:00 p.m., Channel Nine: “Tide Clock” (episode 16 of 16, final)\n"
             "Bring tissues.\n\n"
             "WEDNESDAY, JUNE 24\n\n"
             "★ 9:50 p.m., Dasan TV: “Paper Moon” (episode 1, new)\n"
             "The Wednesday-Thursday romantic comedy is set in a driving school.\n")
_ROUND_TWENTY_ONE = [
    (_MOVERS, "chart-entry", ("Kite Tail", "TuneBox Top 50", 3, "2033-06-14")),
    (_MOVERS, "chart-entry", ("Ash Road", "TuneBox Top 50", 40, "2033-06-14")),
    (_MOVERS, "performs", ("credited", "Kite Tail", "NEON ARC")),
    (_MOVERS, "performs", ("credited", "Paper Moon", "Moon Sun-hee")),
    (_MOVERS, "performs", ("vocals", "Paper Moon", "Won Ha-rim")),
    (_AT_THE_TABLE, "plays", ("Won Ha-rim", "Na-yul")),
    (_AT_THE_TABLE, "plays", ("Jae-on", "Bok Sun-i")),
    (_AT_THE_TABLE, "membership", ("Na-yul", "PAPER CRANES", "lead vocalist")),
    (_AT_THE_TABLE, "membership", ("Bok Sun-i", "PAPER CRANES", "member")),
    (_AT_THE_TABLE, "membership", ("Jae-on", "NEON ARC", "member")),
    (_AT_THE_TABLE, "stream-milestone", ("Kite Tail", "Streamly", 100000000, "2033-06-10")),
    (_LISTINGS, "broadcast", ("broadcaster", "Tide Clock", "Channel Nine")),
    (_LISTINGS, "broadcast", ("final episode", "Tide Clock", "2033-06-22")),
    (_LISTINGS, "broadcast", ("first episode", "Paper Moon", "2033-06-24")),
    (_LISTINGS, "broadcast", ("broadcaster", "Paper Moon", "Dasan TV")),
    (_N + "The duet “Kite Tail,” the soundtrack’s runaway hit, was ninth on the TuneBox "
           "Top 50 on June 7.", "chart-entry", ("Kite Tail", "TuneBox Top 50", 9, "2033-06-07")),
    (_N + "“Kite Tail,” the Won Ha-rim and Moon Sun-hee duet, won.",
     "performs", ("credited", "Kite Tail", "Moon Sun-hee")),
    (_N + "“Tide Clock,” about a ferry crew who moonlight as a band, premieres on Friday, "
           "July 3, and will air on Fridays and Saturdays.",
     "broadcast", ("first episode", "Tide Clock", "2033-07-03")),
    (_N + "The drama “Tide Clock” premiered on May 1 and ends on Saturday, July 11.",
     "broadcast", ("final episode", "Tide Clock", "2033-07-11")),
    (_N + "Nightly, the staff rehearse in the garage as a band, PAPER CRANES, with Na-yul "
           "doing the singing.", "membership", ("Na-yul", "PAPER CRANES", "lead vocalist")),
    (_N + "The band is PAPER CRANES. Veteran Moon Sun-hee is on keyboards as the school’s "
           "owner, Gu Mal-ja.", "plays", ("Moon Sun-hee", "Gu Mal-ja")),
    (_N + "The fictional band PAPER CRANES plays in every episode. Moon Sun-hee, the band’s "
           "keyboardist Gu Mal-ja on screen, gets no song.",
     "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    (_N + "The drama “Tide Clock” also streams on Streamly in Korea.",
     "broadcast", ("available on", "Tide Clock", "Streamly")),
]
_OVERREACH_TWENTY_ONE = [
    (_MOVERS, "performs", ("credited", "▲ No. 3 — “Kite Tail", "NEON ARC")),
    (_AT_THE_TABLE, "performs", ("credited", "Won Ha-rim", "Na-yul, lead vocals")),
    (_AT_THE_TABLE, "membership", ("Na-yul", "AT THE TABLE", "lead vocalist")),
    (_N + "The fictional band PAPER CRANES plays in every episode. Moon Sun-hee, the band’s "
           "keyboardist Gu Mal-ja on screen, gets no song.",
     "membership", ("Moon Sun-hee", "PAPER CRANES", "member")),
    (_N + "And then there is “Kite Tail,” the Na-yul and Mal-ja duet that Won Ha-rim and "
           "Moon Sun-hee recorded in character.", "performs", ("credited", "Kite Tail", "Mal-ja")),
    (_N + "NEON ARC has a song on the soundtrack too: “Ash Road,” on which Do-yun, "
           "Nayeon and Jae-on trade lines.", "performs", ("credited", "Ash Road", "Nayeon")),
]


_DAY_FIRST = ("Harbour Lights, Date by Date\n\nThe run, one date at a time.\n\n"
              "3 March — PAPER KITES’ “Kite Tail” goes out as a pre-release single.\n\n"
              "7 March — Episode 1.\n\n"
              "12 April — GLASSHOUSE put out “Paper Moon”; Lee Jin-seok sings the bridge, and "
              "his groupmates Noh Eun-bi and Yeo Jin-woo take a verse each.\n\n"
              "2 May — The finale airs on Channel Nine.\n\n"
              "5 May — As of this date, “Kite Tail” has passed 9 million streams on Streamly.\n")
_SLEEVE = (_N + "The credits, as printed on the sleeve:\n\n"
           "① “Ash Road” · PAPER KITES\n"
           "② “Tide Clock” · Noh Eun-bi with Gwak Do-ha\n")
_ARROW_COUNTDOWN = ("Four Songs of the Year\n\nCounted down from four.\n\n"
              "4 ▸ GLASSHOUSE, “Ash Road”\n"
              "The idol group’s first soundtrack hit. Members Noh Eun-bi and Yeo Jin-woo pass "
              "the lines around. It came out on October 16.\n\n"
              "3 ▸ PAPER KITES, “Kite Tail”\n"
              "The harbour band’s first single came out on March 3 and never went away.\n")
_STREAMERS = ("Harbour Lights Sold Abroad\n\nChannel Nine has licensed its harbour drama "
              "“Harbour Lights” to two streamers.\n\n"
              "Where it will stream:\n"
              "• Streamly, with subtitles in eleven languages, for viewers across Europe\n"
              "• TuneBox, in Southeast Asia, two hours after each Korean broadcast\n")
_MARKED_QA = ("Lee Jin-seok on His First Lead\n\nLee Jin-seok of GLASSHOUSE talks about "
              "“Harbour Lights.”\n\n"
              "■ Tell us about the drama.\n"
              "I play Gwak Do-ha, a ferry mechanic.\n\n"
              "■ And the soundtrack?\n"
              "Noh Eun-bi and I recorded a duet for the first part, “Ash Road,” singing as "
              "Na-yul and Do-ha.\n")
_ROUND_TWENTY_TWO = [
    (_DAY_FIRST, "release", ("Kite Tail", "2033-03-03")),
    (_DAY_FIRST, "broadcast", ("first episode", "Harbour Lights", "2033-03-07")),
    (_DAY_FIRST, "broadcast", ("final episode", "Harbour Lights", "2033-05-02")),
    (_DAY_FIRST, "release", ("Paper Moon", "2033-04-12")),
    (_DAY_FIRST, "performs", ("credited", "Paper Moon", "GLASSHOUSE")),
    (_DAY_FIRST, "performs", ("vocals", "Paper Moon", "Yeo Jin-woo")),
    (_DAY_FIRST, "stream-milestone", ("Kite Tail", "Streamly", 9000000, "2033-05-05")),
    (_SLEEVE, "performs", ("credited", "Ash Road", "PAPER KITES")),
    (_SLEEVE, "performs", ("credited", "Tide Clock", "Gwak Do-ha")),
    (_SLEEVE, "performs", ("credited", "Tide Clock", "Noh Eun-bi")),
    (_ARROW_COUNTDOWN, "performs", ("credited", "Ash Road", "GLASSHOUSE")),
    (_ARROW_COUNTDOWN, "performs", ("vocals", "Ash Road", "Yeo Jin-woo")),
    (_ARROW_COUNTDOWN, "release", ("Ash Road", "2032-10-16")),
    (_ARROW_COUNTDOWN, "release", ("Kite Tail", "2033-03-03")),
    (_STREAMERS, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_STREAMERS, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_STREAMERS, "broadcast", ("available on", "Harbour Lights", "TuneBox")),
    (_MARKED_QA, "plays", ("Lee Jin-seok", "Gwak Do-ha")),
    (_MARKED_QA, "performs", ("credited", "Ash Road", "Noh Eun-bi")),
    (_MARKED_QA, "performs", ("vocals", "Ash Road", "Lee Jin-seok")),
    (_N + "“Kite Tail” was released on March 17, and two days later it entered the TuneBox "
           "Top 50 at No. 31.", "chart-entry", ("Kite Tail", "TuneBox Top 50", 31, "2033-03-19")),
    (_N + "Byeon Ha-neul and Lim Do-hoon share top billing: she is Gu Mal-ja, a baker, and he "
           "is Bok Sun-il, a pastry chef.", "plays", ("Lim Do-hoon", "Bok Sun-il")),
    (_N + "Behind the drum kit sits Gu Mal-ja, the youngest baker; the part went to Noh Eun-bi "
           "of GLASSHOUSE.", "plays", ("Noh Eun-bi", "Gu Mal-ja")),
    (_N + "The band is called PAPER KITES: Na-yul takes lead vocals, Do-ha plays guitar and "
           "Mal-ja handles the bass.", "membership", ("Na-yul", "PAPER KITES", "lead vocalist")),
    (_N + "The band is called PAPER KITES: Na-yul takes lead vocals, Do-ha plays guitar and "
           "Mal-ja handles the bass.", "membership", ("Mal-ja", "PAPER KITES", "member")),
    (_N + "The band is PAPER KITES. Byeon Ha-neul’s pastry chef, Gu Mal-ja, talks her way "
           "into it.", "plays", ("Byeon Ha-neul", "Gu Mal-ja")),
    (_N + "The band is PAPER KITES. Noh Eun-bi gets her first big scene as the band’s drummer, "
           "Gu Mal-ja.", "membership", ("Gu Mal-ja", "PAPER KITES", "member")),
    (_N + "The band is PAPER KITES. Park Min-ah, who has played the band’s bassist Gu Mal-ja "
           "all along, finally gets a song.", "plays", ("Park Min-ah", "Gu Mal-ja")),
    (_N + "GLASSHOUSE’s “Ash Road” divides its lines between members Noh Eun-bi and Yeo "
           "Jin-woo, with the third member, Lee Jin-seok, on backing vocals.",
     "performs", ("vocals", "Ash Road", "Lee Jin-seok")),
    (_N + "GLASSHOUSE is a dance group: Noh Eun-bi, Yeo Jin-woo and Lee Jin-seok spent years "
           "learning choreography.", "membership", ("Yeo Jin-woo", "GLASSHOUSE", "member")),
    (_N + "On “Ash Road” she and Lim Do-hoon harmonise as Na-yul and Do-ha.",
     "performs", ("vocals", "Ash Road", "Lim Do-hoon")),
    (_N + "Yeo Jin-woo’s “Ash Road” is sung as himself.",
     "performs", ("vocals", "Ash Road", "Yeo Jin-woo")),
    (_N + "Noh Eun-bi handles the vocals on “Ash Road,” the theme, and sings again on “Tide "
           "Clock,” where the rapper Gwak Do-ha takes the second verse.",
     "performs", ("vocals", "Tide Clock", "Noh Eun-bi")),
    (_N + "Park Min-ah starred in “Harbour Lights” as the forecaster Gu Mal-ja and Choi "
           "Han-gyeol as the sailor Bok Sun-il, and they sing this duet in character.",
     "plays", ("Choi Han-gyeol", "Bok Sun-il")),
    (_N + "“Kite Tail” is everywhere, and nobody who watched Park Min-ah play Gu Mal-ja can "
           "forget it.", "plays", ("Park Min-ah", "Gu Mal-ja")),
    (_N + "The one song missing is “Kite Tail,” which has a trophy of its own: it won Best OST "
           "at the 2033 Harbour Awards on June 10.",
     "award", ("Best OST, 2033 Harbour Awards", "Kite Tail", "2033-06-10")),
]
_OVERREACH_TWENTY_TWO = [
    (_SLEEVE, "performs", ("credited", "Tide Clock", "Noh Eun-bi with Gwak Do-ha")),
    (_N + "Noh Eun-bi handles the vocals on “Ash Road,” the theme, and sings again on “Tide "
           "Clock,” where the rapper Gwak Do-ha takes the second verse.",
     "performs", ("vocals", "Tide Clock", "Gwak Do-ha")),
    (_N + "The band is PAPER KITES. FLOUR’s “Kite Tail” goes out, with Park Min-ah taking the "
           "vocal as the band’s singer, Gu Mal-ja.", "plays", ("Park Min-ah", "Gu Mal-ja")),
    (_N + "Later, GLASSHOUSE’s “Ash Road,” which she and Noh Eun-bi sang in character, was "
           "named Best OST.", "performs", ("vocals", "Best OST", "Noh Eun-bi")),
    (_N + "Haebin was named Best New Actor for his turn as the band’s drummer, Gu Mal-ja.",
     "plays", ("Best New Actor", "Gu Mal-ja")),
    (_N + "Park Min-ah’s co-star, Choi Han-gyeol, says little.",
     "plays", ("Park Min-ah", "Choi Han-gyeol")),
]


_NEWSLETTER = ("The Weekly Reel\n\n"
               "“Night Harbour” is done, and we are not fine. Channel Nine’s harbour romance ran "
               "on Mondays and Tuesdays from March 6 to April 25, with Park Min-ah as the "
               "forecaster Gu Mal-ja and Choi Han-gyeol as Bok Sun-il, the sailor who keeps "
               "missing the tide. All sixteen episodes are waiting on Streamly for subscribers "
               "in Europe.\n\n"
               "Over on Bada Network, the ferry drama “Tide Line” signs off on Thursday, June "
               "25. Noh Eun-bi and Yeo Jin-woo lead it as the captain Na-yul and Do-ha, the "
               "engineer. TuneBox carries it in Southeast Asia.\n")
_SPEECHES = ("Five Speeches From the Harbour Awards\n\n"
             "The 2033 Harbour Awards were handed out on June 12 in Busan.\n\n"
             "“I did not expect this.”\n— Ryu Ji-hwan, Best New Actor\n\n"
             "“The song belongs to the band.”\n— Noh Eun-bi, accepting Best OST for “Kite "
             "Tail”\n\n"
             "“Thank you, partner.”\n— Park Min-ah, Best Couple with Choi Han-gyeol\n\n"
             "“We were told nobody would watch.”\n— Kim Tae-rim, Drama of the Year\n\n"
             "Kim, who directed “Tide Line,” accepted Drama of the Year on the drama’s "
             "behalf. The series ran on Channel Nine every Wednesday and Thursday from March 1 "
             "to April 20.\n")
_CREDITS_ROWS = ("“Night Harbour OST” Review\n\n"
                 "The label printed the credits on the back of the box:\n\n"
                 "1-01 | Kite Tail | PAPER KITES\n"
                 "1-02 | Ash Road | Noh Eun-bi & Lee Jin-seok\n"
                 "2-01 | Tide Clock | Yeo Jin-woo & Ryu Ji-hwan (GLASSHOUSE)\n")
_LINEUP_FEATURE = ("The Band That Does Not Exist\n\n"
                   "SALT FLATS lives only inside “Night Harbour,” the ferry drama that Channel "
                   "Nine premiered on June 10 and now airs every Saturday and Sunday. Its singer "
                   "is Na-yul, played by Noh Eun-bi, who shares the lead with Yeo Jin-woo; he is "
                   "Gu Mal-ja, the deckhand and the band’s guitarist. Lee Jin-seok of GLASSHOUSE "
                   "is the drummer, Bok Sun-il.\n")
_ROUND_TWENTY_THREE = [
    (_NEWSLETTER, "broadcast", ("broadcaster", "Night Harbour", "Channel Nine")),
    (_NEWSLETTER, "broadcast", ("schedule", "Night Harbour", "monday-tuesday")),
    (_NEWSLETTER, "broadcast", ("available on", "Night Harbour", "Streamly")),
    (_NEWSLETTER, "broadcast", ("broadcaster", "Tide Line", "Bada Network")),
    (_NEWSLETTER, "broadcast", ("final episode", "Tide Line", "2033-06-25")),
    (_NEWSLETTER, "broadcast", ("available on", "Tide Line", "TuneBox")),
    (_NEWSLETTER, "plays", ("Choi Han-gyeol", "Bok Sun-il")),
    (_NEWSLETTER, "plays", ("Yeo Jin-woo", "Do-ha")),
    (_SPEECHES, "award", ("Best New Actor, 2033 Harbour Awards", "Ryu Ji-hwan", "2033-06-12")),
    (_SPEECHES, "award", ("Best OST, 2033 Harbour Awards", "Kite Tail", "2033-06-12")),
    (_SPEECHES, "award", ("Best Couple, 2033 Harbour Awards", "Choi Han-gyeol", "2033-06-12")),
    (_SPEECHES, "award", ("Drama of the Year, 2033 Harbour Awards", "Tide Line", "2033-06-12")),
    (_SPEECHES, "broadcast", ("broadcaster", "Tide Line", "Channel Nine")),
    (_SPEECHES, "broadcast", ("first episode", "Tide Line", "2033-03-01")),
    (_CREDITS_ROWS, "performs", ("credited", "Kite Tail", "PAPER KITES")),
    (_CREDITS_ROWS, "performs", ("credited", "Ash Road", "Lee Jin-seok")),
    (_CREDITS_ROWS, "performs", ("credited", "Tide Clock", "Ryu Ji-hwan")),
    (_CREDITS_ROWS, "membership", ("Yeo Jin-woo", "GLASSHOUSE", "member")),
    (_LINEUP_FEATURE, "broadcast", ("broadcaster", "Night Harbour", "Channel Nine")),
    (_LINEUP_FEATURE, "broadcast", ("first episode", "Night Harbour", "2033-06-10")),
    (_LINEUP_FEATURE, "membership", ("Na-yul", "SALT FLATS", "lead vocalist")),
    (_LINEUP_FEATURE, "plays", ("Yeo Jin-woo", "Gu Mal-ja")),
    (_LINEUP_FEATURE, "membership", ("Gu Mal-ja", "SALT FLATS", "member")),
    (_LINEUP_FEATURE, "plays", ("Lee Jin-seok", "Bok Sun-il")),
    (_LINEUP_FEATURE, "membership", ("Bok Sun-il", "SALT FLATS", "member")),
    (_N + "“Kite Tail” was up to No. 11 on the TuneBox Top 50 by June 18.",
     "chart-entry", ("Kite Tail", "TuneBox Top 50", 11, "2033-06-18")),
    (_N + "“Kite Tail” won Best Band Soundtrack at the Sorim Music Awards on June 12.",
     "award", ("Best Band Soundtrack, 2033 Sorim Music Awards", "Kite Tail", "2033-06-12")),
    (_N + "GLASSHOUSE’s “Ash Road” is sung by Yeo Jin-woo, who drummed for PAPER KITES on "
           "screen as Gu Mal-ja, and by his groupmate Lee Jin-seok.",
     "performs", ("vocals", "Ash Road", "Lee Jin-seok")),
    (_N + "GLASSHOUSE’s “Ash Road” is sung by Yeo Jin-woo, who drummed for PAPER KITES on "
           "screen as Gu Mal-ja, and by his groupmate Lee Jin-seok.",
     "membership", ("Gu Mal-ja", "PAPER KITES", "member")),
    (_N + "GLASSHOUSE’s “Ash Road” is sung by Yeo Jin-woo, who drummed for PAPER KITES on "
           "screen as Gu Mal-ja, and by his groupmate Lee Jin-seok.",
     "plays", ("Yeo Jin-woo", "Gu Mal-ja")),
    (_N + "Noh Eun-bi, the actress behind PAPER KITES’ singer Na-yul, sings the opener, “Ash "
           "Road,” in character.", "membership", ("Na-yul", "PAPER KITES", "lead vocalist")),
    (_N + "Noh Eun-bi, the actress behind PAPER KITES’ singer Na-yul, sings the opener, “Ash "
           "Road,” in character.", "performs", ("vocals", "Ash Road", "Noh Eun-bi")),
    (_N + "Noh Eun-bi sang every line of “Kite Tail” herself, in character as Na-yul.",
     "performs", ("vocals", "Kite Tail", "Noh Eun-bi")),
    (_N + "Lee Jin-seok takes the vocal on “Tide Clock,” with Ryu Ji-hwan rapping the bridge.",
     "performs", ("vocals", "Tide Clock", "Lee Jin-seok")),
    (_N + "“Kite Tail” is Park Min-ah’s duet with her screen partner Choi Han-gyeol, sung by "
           "the two of them as Na-yul and Do-ha.", "performs", ("credited", "Kite Tail",
                                                                "Choi Han-gyeol")),
    (_N + "“Kite Tail” is Park Min-ah’s duet with her screen partner Choi Han-gyeol, sung by "
           "the two of them as Na-yul and Do-ha.", "performs", ("vocals", "Kite Tail",
                                                                "Park Min-ah")),
    (_N + "Park Min-ah’s Na-yul, the baker who hums, never joined the band.",
     "plays", ("Park Min-ah", "Na-yul")),
    (_N + "Ryu Ji-hwan, who led “Tide Line” as the ferry captain Gu Mal-ja, lost.",
     "plays", ("Ryu Ji-hwan", "Gu Mal-ja")),
    (_N + "Ryu Ji-hwan won too. Kim So-ra played the astronomer Na-yul in Channel Nine’s "
           "“Tide Line,” opposite Ryu’s projectionist, Do-ha.", "plays", ("Ryu Ji-hwan", "Do-ha")),
    (_N + "Yeo Jin-woo of GLASSHOUSE won. He thanked his two groupmates by name, Lee Jin-seok "
           "and Ryu Ji-hwan.", "membership", ("Ryu Ji-hwan", "GLASSHOUSE", "member")),
]
_OVERREACH_TWENTY_THREE = [
    # the channel that premiered the drama is no series
    (_LINEUP_FEATURE, "broadcast", ("first episode", "Channel Nine", "2033-06-10")),
    (_SPEECHES, "award", ("Drama of the Year, 2033 Harbour Awards", "Kim Tae-rim",
                          "2033-06-12")),
    (_SPEECHES, "award", ("Best OST, 2033 Harbour Awards", "Noh Eun-bi", "2033-06-12")),
    (_CREDITS_ROWS, "performs", ("credited", "Tide Clock", "Yeo Jin-woo and Ryu Ji-hwan")),
    (_N + "GLASSHOUSE’s “Ash Road” is sung by Yeo Jin-woo, who drummed for PAPER KITES on "
           "screen as Gu Mal-ja, and by his groupmate Lee Jin-seok.",
     "membership", ("Gu Mal-ja", "GLASSHOUSE", "member")),
    (_N + "The song is “Kite Tail,” and on it she and Ryu Ji-hwan alternate lines as Na-yul and "
           "Do-ha.", "plays", ("Ryu Ji-hwan", "Na-yul")),
    (_N + "Sun Ro-eun plays Na-yul. Ryu Ji-hwan and Lee Jin-seok take the verses as Do-ha "
           "and Gu Mal-ja.", "plays", ("Ryu Ji-hwan", "Do-ha")),
]

# Round 24: a licensing report with arrow deals and a line-up after a colon, a reunion concert
# with a Roman-numeral set list, and a who's-who guide with "C · A" entries.
_DEALS_REPORT = ("“Dock Lights” Sells Abroad\n\n"
                 "Channel Nine’s harbour drama “Dock Lights” opened its run last week. The series "
                 "opened on Friday, June 12, and fills the network’s Friday-Saturday evening slot."
                 "\n\nHere is where the deals landed:\n\n"
                 "Korea → Streamly, an hour after each broadcast\n"
                 "Brazil and Mexico → TuneBox, a day later\n\n"
                 "By the second episode the dock crew have formed ROPE KNOTS out of spare parts: "
                 "Gu Mal-ja is the singer, Bok Sun-il takes the guitar, and the bass goes to the "
                 "night watchman Do-ha (Yeo Jin-woo). The drummer, Na-yul, is played by Seoha, the "
                 "youngest member of boy group NINE OARS.\n\n"
                 "“Kite Tail,” credited to ROPE KNOTS, came out on June 1 with Park Min-ah on lead "
                 "vocals, in character as Gu Mal-ja. Streamly counted 6 million streams for it as "
                 "of June 18.\n")
_REUNION = ("ROPE KNOTS Play One Last Show\n\n"
            "The cast of “Dock Lights” came back together as ROPE KNOTS nine days after the "
            "drama’s finale on June 5, for one concert.\n\n"
            "Park Min-ah, whose Gu Mal-ja fronted the band for sixteen episodes, walked out first. "
            "Choi Han-gyeol, the show’s guitarist Bok Sun-il, followed. Noh Eun-bi, whose "
            "harbourmaster Sun Ro-eun spent the series refusing to sing, watched.\n\n"
            "The set list:\n\n"
            "I. Kite Tail — ROPE KNOTS\n"
            "II. Ash Road — GLASSHOUSE\n"
            "III. Tide Clock — Ryu Ji-hwan & Lee Jin-seok\n"
            "Encore: Kite Tail, again\n\n"
            "Members of NINE OARS: Seoha, Dabin and Woojin. “Ash Road” is sung by all three "
            "members of the boy group, Seoha, Dabin and Woojin.\n")
_WHOS_WHO = ("Who’s Who in “Dock Lights”\n\n"
             "Channel Nine’s “Dock Lights” premiered on Friday, June 12. Each entry gives the "
             "character first and the actor second.\n\n"
             "GU MAL-JA · Park Min-ah\n"
             "Mal-ja comes home to sell the dock and ends up as the singer of ROPE KNOTS, the band "
             "the crew starts in a shed.\n\n"
             "BOK SUN-IL · Choi Han-gyeol\n"
             "The ferry clerk who plays bass in ROPE KNOTS and refuses to explain where he learned."
             "\n\n"
             "NA-YUL · Noh Eun-bi\n"
             "The dock’s oldest worker and the band’s drummer, who keeps time with a rope.\n\n"
             "In Korea it goes up on Streamly the morning after each broadcast.\n")
_ROUND_TWENTY_FOUR = [
    (_DEALS_REPORT, "broadcast", ("first episode", "Dock Lights", "2033-06-12")),
    (_DEALS_REPORT, "broadcast", ("schedule", "Dock Lights", "friday-saturday")),
    (_DEALS_REPORT, "broadcast", ("available on", "Dock Lights", "Streamly")),
    (_DEALS_REPORT, "broadcast", ("available on", "Dock Lights", "TuneBox")),
    (_DEALS_REPORT, "membership", ("Gu Mal-ja", "ROPE KNOTS", "lead vocalist")),
    (_DEALS_REPORT, "membership", ("Bok Sun-il", "ROPE KNOTS", "member")),
    (_DEALS_REPORT, "membership", ("Do-ha", "ROPE KNOTS", "member")),
    (_DEALS_REPORT, "membership", ("Na-yul", "ROPE KNOTS", "member")),
    (_DEALS_REPORT, "membership", ("Seoha", "NINE OARS", "member")),
    (_DEALS_REPORT, "performs", ("vocals", "Kite Tail", "Park Min-ah")),
    (_DEALS_REPORT, "stream-milestone", ("Kite Tail", "Streamly", 6000000, "2033-06-18")),
    (_REUNION, "broadcast", ("final episode", "Dock Lights", "2033-06-05")),
    (_REUNION, "plays", ("Park Min-ah", "Gu Mal-ja")),
    (_REUNION, "membership", ("Gu Mal-ja", "ROPE KNOTS", "lead vocalist")),
    (_REUNION, "plays", ("Choi Han-gyeol", "Bok Sun-il")),
    (_REUNION, "membership", ("Bok Sun-il", "ROPE KNOTS", "member")),
    (_REUNION, "plays", ("Noh Eun-bi", "Sun Ro-eun")),
    (_REUNION, "performs", ("credited", "Kite Tail", "ROPE KNOTS")),
    (_REUNION, "performs", ("credited", "Ash Road", "GLASSHOUSE")),
    (_REUNION, "performs", ("credited", "Tide Clock", "Lee Jin-seok")),
    (_REUNION, "membership", ("Dabin", "NINE OARS", "member")),
    (_REUNION, "membership", ("Woojin", "NINE OARS", "member")),
    (_WHOS_WHO, "plays", ("Park Min-ah", "Gu Mal-ja")),
    (_WHOS_WHO, "plays", ("Choi Han-gyeol", "Bok Sun-il")),
    (_WHOS_WHO, "plays", ("Noh Eun-bi", "Na-yul")),
    (_WHOS_WHO, "membership", ("Gu Mal-ja", "ROPE KNOTS", "lead vocalist")),
    (_WHOS_WHO, "membership", ("Bok Sun-il", "ROPE KNOTS", "member")),
    (_WHOS_WHO, "membership", ("Na-yul", "ROPE KNOTS", "member")),
    (_WHOS_WHO, "broadcast", ("available on", "Dock Lights", "Streamly")),
    (_N + "Trophies taken home by the drama “Dock Lights” from the 2033 Harbour Awards on June 12."
          " The series itself was named Drama of the Year, and Park Min-ah and Choi Han-gyeol "
          "shared Best Couple.", "award",
     ("Best Couple, 2033 Harbour Awards", "Choi Han-gyeol", "2033-06-12")),
    (_N + "With Park Min-ah and Choi Han-gyeol in the leads as the diver Gu Mal-ja and Bok Sun-il, "
          "the harbour pilot, “Dock Lights” aired on Fridays.", "plays",
     ("Choi Han-gyeol", "Bok Sun-il")),
    (_N + "The drama “Dock Lights” aired on Channel Nine. Director Kim Tae-rim’s series, for "
          "anyone who skipped it, is still on TuneBox in Brazil.", "broadcast",
     ("available on", "Dock Lights", "TuneBox")),
    (_N + "“Kite Tail” entered the chart at No. 4, and Streamly had it at 3 million streams as of "
          "June 18.", "stream-milestone", ("Kite Tail", "Streamly", 3000000, "2033-06-18")),
]
_OVERREACH_TWENTY_FOUR = [
    # a director's series is no channel's
    (_N + "The drama “Dock Lights” aired on Channel Nine. Director Kim Tae-rim’s series, for "
          "anyone who skipped it, is still on TuneBox in Brazil.", "broadcast",
     ("broadcaster", "Dock Lights", "Kim Tae-rim")),
    # the entries' order is declared: the actor is not the character
    (_WHOS_WHO, "plays", ("Gu Mal-ja", "Park Min-ah")),
    # without a declared order, "X · Y" says nothing about who plays whom
    (_N + "GU MAL-JA · Park Min-ah\nThe diver comes home.\n", "plays",
     ("Park Min-ah", "Gu Mal-ja")),
    # the set list's numbering is not part of the title
    (_REUNION, "performs", ("credited", "I. Kite Tail", "ROPE KNOTS")),
    # a line-up of the story's band gives no place in the real group named later
    (_DEALS_REPORT, "membership", ("Do-ha", "NINE OARS", "member")),
]

_RATINGS_WEEK = ("Ratings Week: A Lighthouse Band Opens\n\n"
                 "THE DEBUT: “Lamp Street” (Harbour Cable)\n\n"
                 "Harbour Cable’s lighthouse comedy “Lamp Street,” which airs Fridays and "
                 "Saturdays, premiered on Friday, June 5. Top-billed Yoon Ha-rim is Do Seol-ah, a "
                 "keeper who sings to the fog. By episode two the keepers have a band, THE FOG "
                 "HORNS, rehearsing in the lamp room. Seol-ah sings lead; Gu Tae-ho is on guitar; "
                 "the cook Min Jae-ri, played by Paek So-ra, takes the bass; and the drummer, the "
                 "night clerk Ko Dan-bi, is the first screen role for Jiwoo, the NORTH WAKE "
                 "rapper.\n\n"
                 "“Salt Lamp,” released in the Fog Horns’ name on May 30, has Yoon singing as "
                 "Seol-ah.\n\n"
                 "THE FAREWELL: “Rice Ledger” (Gold Cable)\n\n"
                 "“Rice Ledger” served its last bowl on Thursday, June 11, after eight weeks in "
                 "the Wednesday-Thursday slot. Oh Min-jae led it as Pyo Geon-u, a cook. Its "
                 "theme, Lee Na-rae’s “Steam at Noon,” rose to No. 14 on the TuneBox Top 50 on "
                 "June 12.\n")
_FAREWELL = ("THE FOG HORNS Have Played Their Last Set\n\n"
             "THE FOG HORNS, the four-piece that played to gulls, broke up on Saturday, June 6, "
             "in the last episode of Harbour Cable’s “Lamp Street.”\n\n"
             "It was formed in the drama’s second episode by the keeper Do Seol-ah, who became "
             "its voice, and the mechanic Gu Tae-ho, who dusted off his guitar. A bassist, the "
             "cook Min Jae-ri, and a drummer, the clerk Ko Dan-bi, joined by the end of that "
             "week.\n\n"
             "The band was brought to life by Yoon Ha-rim (Seol-ah), Kang Do-hun (Tae-ho) and "
             "Jiwoo (Dan-bi).\n\n"
             "It leaves two singles:\n\n"
             "— “Salt Lamp,” the debut, out May 30. Yoon Ha-rim sang it in character as "
             "Seol-ah.\n"
             "— “Tide Table,” out June 6. It reached No. 2 on the TuneBox Top 50 on June 10.\n\n"
             "“Wick Light,” the NORTH WAKE track that ran under the closing scenes, is sung by "
             "Jiwoo with his groupmates Hana and Reo.\n\n"
             "Services will be held on Streamly, where all twelve episodes remain available.\n")
_TRACKS_REVIEW = ("Review: The “Rice Ledger OST”\n\n"
                  "Gold Cable’s noodle romance “Rice Ledger” wrapped its Monday-Tuesday run on "
                  "June 2, six weeks after an April 21 premiere. Oh Min-jae and Cha Eun-ji "
                  "headlined the series as Pyo Geon-u, a cook who salts everything, and Nam "
                  "Ha-eun, the inspector who tastes it.\n\n"
                  "The five-track “Rice Ledger OST” runs as follows:\n\n"
                  "01 / Steam at Noon / Oh Min-jae × Cha Eun-ji\n"
                  "02 / Broth Weather / PLUM RAIN\n"
                  "03 / Last Order / Hana of PLUM RAIN\n\n"
                  "Oh sings Geon-u’s half of “Steam at Noon” and Cha answers as Ha-eun. "
                  "Released on April 22, the morning after the premiere, the duet climbed to "
                  "No. 4 on the TuneBox Top 50 on May 1.\n\n"
                  "The album has cleared 9 million streams on TuneBox.\n")
_BALLOT = ("We Picked, They Chose: The 2032 Harbour Awards\n\n"
           "The 2032 Harbour Awards were handed out on December 30 at Pier Arena. Here is how "
           "we did.\n\n"
           "BEST ACTRESS\nOur pick: Cha Eun-ji\nWinner: Yoon Ha-rim\n\n"
           "We had Cha for Nam Ha-eun, the inspector of Gold Cable’s Monday-Tuesday “Rice "
           "Ledger.” The voters went with Yoon for Do Seol-ah, the keeper who fronted THE FOG "
           "HORNS.\n\n"
           "BEST NEW ACTOR\nOur pick: Jiwoo\nWinner: Jiwoo\n\n"
           "The North Wake rapper, who played the band’s drummer Ko Dan-bi, thanked his "
           "groupmates Hana and Reo.\n\n"
           "DRAMA OF THE YEAR\nOur pick: “Rice Ledger”\nWinner: “Lamp Street”\n")
_QUESTIONS = ("Ten Questions for Yoon Ha-rim\n\n"
              "Yoon Ha-rim co-leads “Star Desk” with Kang Do-hun. She answered our questions.\n\n"
              "1. Who are you playing this time?\n"
              "“I play Bae Ji-on, a planetarium guide.”\n\n"
              "2. And your co-lead, Kang Do-hun?\n"
              "“He is Seo Yu-jin, the club’s treasurer, who counts stars.”\n\n"
              "3. Is it harder than singing for a band, as you did in “Lamp Street”?\n"
              "“Different. There I was Seol-ah, the girl at the front of THE FOG HORNS, and I "
              "recorded ‘Salt Lamp’ in her voice.”\n\n"
              "4. A co-star from the lighthouse you miss?\n"
              "“Paek So-ra. She played our bassist, Jae-ri, and still texts me.”\n")
_ROUND_TWENTY_FIVE = [
    (_RATINGS_WEEK, "broadcast", ("broadcaster", "Lamp Street", "Harbour Cable")),
    (_RATINGS_WEEK, "broadcast", ("broadcaster", "Rice Ledger", "Gold Cable")),
    (_RATINGS_WEEK, "broadcast", ("final episode", "Rice Ledger", "2033-06-11")),
    (_RATINGS_WEEK, "broadcast", ("schedule", "Rice Ledger", "wednesday-thursday")),
    (_RATINGS_WEEK, "plays", ("Yoon Ha-rim", "Do Seol-ah")),
    (_RATINGS_WEEK, "plays", ("Jiwoo", "Ko Dan-bi")),
    (_RATINGS_WEEK, "plays", ("Oh Min-jae", "Pyo Geon-u")),
    (_RATINGS_WEEK, "membership", ("Do Seol-ah", "THE FOG HORNS", "lead vocalist")),
    (_RATINGS_WEEK, "membership", ("Min Jae-ri", "THE FOG HORNS", "member")),
    (_RATINGS_WEEK, "membership", ("Ko Dan-bi", "THE FOG HORNS", "member")),
    (_RATINGS_WEEK, "performs", ("credited", "Salt Lamp", "THE FOG HORNS")),
    (_RATINGS_WEEK, "performs", ("vocals", "Salt Lamp", "Yoon Ha-rim")),
    (_RATINGS_WEEK, "performs", ("credited", "Steam at Noon", "Lee Na-rae")),
    (_FAREWELL, "broadcast", ("final episode", "Lamp Street", "2033-06-06")),
    (_FAREWELL, "broadcast", ("available on", "Lamp Street", "Streamly")),
    (_FAREWELL, "membership", ("Do Seol-ah", "THE FOG HORNS", "lead vocalist")),
    (_FAREWELL, "membership", ("Gu Tae-ho", "THE FOG HORNS", "member")),
    (_FAREWELL, "membership", ("Min Jae-ri", "THE FOG HORNS", "member")),
    (_FAREWELL, "membership", ("Ko Dan-bi", "THE FOG HORNS", "member")),
    (_FAREWELL, "plays", ("Yoon Ha-rim", "Do Seol-ah")),
    (_FAREWELL, "plays", ("Jiwoo", "Ko Dan-bi")),
    (_FAREWELL, "performs", ("credited", "Salt Lamp", "THE FOG HORNS")),
    (_FAREWELL, "performs", ("credited", "Tide Table", "THE FOG HORNS")),
    (_FAREWELL, "performs", ("vocals", "Wick Light", "Hana")),
    (_FAREWELL, "membership", ("Reo", "NORTH WAKE", "member")),
    (_TRACKS_REVIEW, "broadcast", ("final episode", "Rice Ledger", "2033-06-02")),
    (_TRACKS_REVIEW, "broadcast", ("first episode", "Rice Ledger", "2033-04-21")),
    (_TRACKS_REVIEW, "broadcast", ("schedule", "Rice Ledger", "monday-tuesday")),
    (_TRACKS_REVIEW, "plays", ("Oh Min-jae", "Pyo Geon-u")),
    (_TRACKS_REVIEW, "plays", ("Cha Eun-ji", "Nam Ha-eun")),
    (_TRACKS_REVIEW, "performs", ("credited", "Steam at Noon", "Cha Eun-ji")),
    (_TRACKS_REVIEW, "performs", ("credited", "Last Order", "Hana")),
    (_TRACKS_REVIEW, "membership", ("Hana", "PLUM RAIN", "member")),
    (_TRACKS_REVIEW, "release", ("Steam at Noon", "2033-04-22")),
    (_TRACKS_REVIEW, "stream-milestone", ("Rice Ledger OST", "TuneBox", 9000000, "2033-06-20")),
    (_BALLOT, "award", ("Best Actress, 2032 Harbour Awards", "Yoon Ha-rim", "2032-12-30")),
    (_BALLOT, "award", ("Drama of the Year, 2032 Harbour Awards", "Lamp Street", "2032-12-30")),
    (_BALLOT, "plays", ("Cha Eun-ji", "Nam Ha-eun")),
    (_BALLOT, "plays", ("Jiwoo", "Ko Dan-bi")),
    (_BALLOT, "membership", ("Do Seol-ah", "THE FOG HORNS", "lead vocalist")),
    (_BALLOT, "membership", ("Reo", "North Wake", "member")),
    (_BALLOT, "broadcast", ("schedule", "Rice Ledger", "monday-tuesday")),
    (_QUESTIONS, "plays", ("Yoon Ha-rim", "Bae Ji-on")),
    (_QUESTIONS, "plays", ("Kang Do-hun", "Seo Yu-jin")),
    (_QUESTIONS, "plays", ("Yoon Ha-rim", "Seol-ah")),
    (_QUESTIONS, "plays", ("Paek So-ra", "Jae-ri")),
]
_OVERREACH_TWENTY_FIVE = [
    # a section heading's drama and channel are no title and artist
    (_RATINGS_WEEK, "performs", ("credited", "Lamp Street", "Harbour Cable")),
    # the track number is no title
    (_TRACKS_REVIEW, "performs", ("credited", "01", "Steam at Noon")),
    # "the duet" released after the album's introduction is a song, not the album
    (_TRACKS_REVIEW, "release", ("Rice Ledger OST", "2033-04-22")),
    # "Our pick" is the outlet's ballot, not a win
    (_BALLOT, "award", ("Best Actress, 2032 Harbour Awards", "Cha Eun-ji", "2032-12-30")),
    # "She" after a one-name answer is that person, not the guest
    (_QUESTIONS, "plays", ("Yoon Ha-rim", "Jae-ri")),
    # a song recorded "in her voice" is the band's: the actor is not proposed as its artist
    (_QUESTIONS, "performs", ("credited", "Salt Lamp", "Yoon Ha-rim")),
]

# Round 26: a sleeve printed artist first, a chart table aligned with spaces under a caption in
# capitals, countdown entries over a "Credit: … | Drama: …" line, a day-first timeline whose
# dates stand on lines of their own, and the pair or the two leads singing.
_SLEEVE = ("Review: The “Kiln Road OST”\n\n"
           "Ember Cable’s pottery romance “Kiln Road” signed off on June 9. The series starred "
           "Park Seo-rin and Moon Tae-gyu as the glazer Han Bi-ul and the potter Gi Do-yun.\n\n"
           "Here is the sleeve, artist first:\n\n"
           "1 ▹ Park Seo-rin & Moon Tae-gyu: Cracked Cup\n"
           "2 ▹ PETALCODE: Raku Night\n"
           "3 ▹ Sua (PETALCODE): Ash Glaze\n"
           "4 ▹ Moon Tae-gyu: Slip Trail\n\n"
           "Park and Moon sang “Cracked Cup” in character as Bi-ul and Do-yun. “Raku Night” is "
           "PETALCODE at full strength: Sua, Yeri and Dain all sing on it. On “Slip Trail,” Moon "
           "drops the potter and sings in his own voice. Sua then gets the album’s only solo, "
           "“Ash Glaze,” a harp piece she sings alone.\n\n"
           "On Streamly the album is already beyond 4 million streams.\n")
_CHART_TABLE = ("Chart Week: “Cracked Cup” Climbs\n\n"
                "Ember Cable’s “Kiln Road” is the Monday-Tuesday romance of the moment. Its leads "
                "are Park Seo-rin, as the glazer Han Bi-ul, and Moon Tae-gyu, as the potter Gi "
                "Do-yun.\n\n"
                "“Cracked Cup,” which the two leads sing together in character as Bi-ul and "
                "Do-yun, climbed the TuneBox Top 50 from No. 19 on June 3 to No. 6 on June 10. "
                "Streamly counts 5 million streams for “Cracked Cup.”\n\n"
                "TUNEBOX TOP 50, JUNE 10 (DRAMA SONGS ONLY)\n"
                "No.  Weeks  Title          Artist\n"
                "6    3      Cracked Cup    Park Seo-rin & Moon Tae-gyu\n"
                "14   1      Raku Night     PETALCODE\n")
_KEYED_COUNTDOWN = ("Five Drama Songs of 2032, Ranked\n\n"
              "Here is our countdown of the year’s drama songs.\n\n"
              "2. “Raku Night”\n"
              "Credit: PETALCODE | Drama: “Kiln Road” (Ember Cable)\n"
              "All three members get a turn: Sua takes the first verse, Yeri the second and Dain "
              "the bridge.\n\n"
              "1. “Cracked Cup”\n"
              "Credit: Park Seo-rin & Moon Tae-gyu | Drama: “Kiln Road” (Ember Cable)\n"
              "The pottery romance filled Monday and Tuesday nights from March 2 to April 21, and "
              "this duet, sung by the pair in character as Bi-ul and Do-yun, was its heart.\n")
_TIMELINE = ("Kiln Road, Week by Week\n\n"
             "Ember Cable’s “Kiln Road” ended on Sunday, so here is the whole run.\n\n"
             "8 January\n"
             "The cast is confirmed. The lead role of Han Bi-ul, a glazer who hums at the wheel, "
             "goes to Park Seo-rin, and Moon Tae-gyu is her co-lead, Gi Do-yun, the studio’s "
             "moody ex-potter.\n\n"
             "3 March\n"
             "Episode one airs, and the show settles into Saturday and Sunday nights.\n\n"
             "2 April\n"
             "“Cracked Cup” is credited to THE GLAZE HANDS, and Park sings it in character as "
             "Bi-ul.\n\n"
             "4 June\n"
             "Streamly has all sixteen episodes for Korean viewers, and TuneBox carries them for "
             "international viewers.\n")
_ROUND_TWENTY_SIX = [
    (_SLEEVE, "plays", ("Park Seo-rin", "Han Bi-ul")),
    (_SLEEVE, "plays", ("Moon Tae-gyu", "Gi Do-yun")),
    (_SLEEVE, "performs", ("credited", "Cracked Cup", "Park Seo-rin")),
    (_SLEEVE, "performs", ("credited", "Cracked Cup", "Moon Tae-gyu")),
    (_SLEEVE, "performs", ("credited", "Raku Night", "PETALCODE")),
    (_SLEEVE, "performs", ("credited", "Ash Glaze", "Sua")),
    (_SLEEVE, "membership", ("Sua", "PETALCODE", "member")),
    (_SLEEVE, "membership", ("Yeri", "PETALCODE", "member")),
    (_SLEEVE, "membership", ("Dain", "PETALCODE", "member")),
    (_SLEEVE, "performs", ("vocals", "Cracked Cup", "Park Seo-rin")),
    (_SLEEVE, "performs", ("vocals", "Cracked Cup", "Moon Tae-gyu")),
    (_SLEEVE, "performs", ("vocals", "Raku Night", "Dain")),
    (_SLEEVE, "performs", ("vocals", "Slip Trail", "Moon Tae-gyu")),
    (_SLEEVE, "performs", ("vocals", "Ash Glaze", "Sua")),
    (_SLEEVE, "stream-milestone", ("Kiln Road OST", "Streamly", 4000000, "2033-06-20")),
    (_CHART_TABLE, "plays", ("Park Seo-rin", "Han Bi-ul")),
    (_CHART_TABLE, "plays", ("Moon Tae-gyu", "Gi Do-yun")),
    (_CHART_TABLE, "performs", ("vocals", "Cracked Cup", "Park Seo-rin")),
    (_CHART_TABLE, "performs", ("vocals", "Cracked Cup", "Moon Tae-gyu")),
    (_CHART_TABLE, "chart-entry", ("Cracked Cup", "TuneBox Top 50", 19, "2033-06-03")),
    (_CHART_TABLE, "chart-entry", ("Cracked Cup", "TuneBox Top 50", 6, "2033-06-10")),
    (_CHART_TABLE, "chart-entry", ("Raku Night", "TuneBox Top 50", 14, "2033-06-10")),
    (_CHART_TABLE, "performs", ("credited", "Raku Night", "PETALCODE")),
    (_CHART_TABLE, "performs", ("credited", "Cracked Cup", "Moon Tae-gyu")),
    (_CHART_TABLE, "stream-milestone", ("Cracked Cup", "Streamly", 5000000, "2033-06-20")),
    (_KEYED_COUNTDOWN, "performs", ("credited", "Raku Night", "PETALCODE")),
    (_KEYED_COUNTDOWN, "performs", ("credited", "Cracked Cup", "Park Seo-rin")),
    (_KEYED_COUNTDOWN, "broadcast", ("broadcaster", "Kiln Road", "Ember Cable")),
    (_KEYED_COUNTDOWN, "performs", ("vocals", "Raku Night", "Yeri")),
    (_KEYED_COUNTDOWN, "performs", ("vocals", "Raku Night", "Dain")),
    (_KEYED_COUNTDOWN, "membership", ("Dain", "PETALCODE", "member")),
    (_KEYED_COUNTDOWN, "broadcast", ("schedule", "Kiln Road", "monday-tuesday")),
    (_KEYED_COUNTDOWN, "broadcast", ("first episode", "Kiln Road", "2033-03-02")),
    (_KEYED_COUNTDOWN, "broadcast", ("final episode", "Kiln Road", "2033-04-21")),
    (_KEYED_COUNTDOWN, "performs", ("vocals", "Cracked Cup", "Moon Tae-gyu")),
    (_TIMELINE, "plays", ("Park Seo-rin", "Han Bi-ul")),
    (_TIMELINE, "plays", ("Moon Tae-gyu", "Gi Do-yun")),
    (_TIMELINE, "broadcast", ("first episode", "Kiln Road", "2033-03-03")),
    (_TIMELINE, "broadcast", ("schedule", "Kiln Road", "saturday-sunday")),
    (_TIMELINE, "performs", ("credited", "Cracked Cup", "THE GLAZE HANDS")),
    (_TIMELINE, "broadcast", ("available on", "Kiln Road", "Streamly")),
    (_TIMELINE, "broadcast", ("available on", "Kiln Road", "TuneBox")),
]
_OVERREACH_TWENTY_SIX = [
    # the header row and the caption are no titles
    (_CHART_TABLE, "performs", ("credited", "Title", "Artist")),
    # "credited to G, and A sings it": A sings, the band is credited
    (_TIMELINE, "performs", ("credited", "Cracked Cup", "Park Seo-rin")),
    # a countdown's rank is no chart position
    (_KEYED_COUNTDOWN, "chart-entry", ("Raku Night", "TuneBox Top 50", 2, "2033-06-20")),
]

_YEAR_LIST = ("Our Ten Drama Songs of 2032\n\n"
              "Here they are, counted down.\n\n"
              "3. MOTHWING, “Lamp Oil” (“Salt Ledger”)\n"
              "The quartet (Rina, Seoa, Jiwon and Hayul) carried it for months.\n\n"
              "2. FERRYLIGHT, “Brine Road” (“Salt Ledger”)\n"
              "Gaon sings the hook with his groupmates Dobin and Yul.\n\n"
              "1. Yoo Han-byeol & Seong Ji-ho, “Tally Marks” (“Salt Ledger”)\n"
              "Brine Channel’s Wednesday-Thursday romance gave us the duet of the year.\n")
_BACK_COVER = ("Review: The “Salt Ledger OST”\n\n"
               "Here is the back cover, line for line:\n\n"
               "01 Tally Marks [3:58]\n"
               "   Yoo Han-byeol / Seong Ji-ho\n"
               "02 Lamp Oil [3:31]\n"
               "   MOTHWING\n"
               "03 Bilge Song [3:12]\n"
               "   Tak Min-seo, featuring KILNBOY\n"
               "04 Dry Dock [4:01]\n"
               "   Rina & Seoa of MOTHWING\n\n"
               "“Lamp Oil” is the one MOTHWING song with a harp: all four members, Rina, Seoa, "
               "Jiwon and Hayul, sing a line each. Tak Min-seo handles the melody of “Bilge Song” "
               "while KILNBOY raps the bridge.\n")
_CAPTIONED_TABLE = ("Chart Week: “Tally Marks” Holds\n\n"
                    "The week’s arrival is MOTHWING’s “Lamp Oil.” Rina and Seoa take the verses, "
                    "while Jiwon and Hayul, the quartet’s other two members, stack the "
                    "harmonies.\n\n"
                    "TUNEBOX TOP 50 | WEEK ENDING JUNE 14 | DRAMA SONGS\n\n"
                    "| Rank | Prev | Song | Credited to |\n"
                    "|---|---|---|---|\n"
                    "| 4 | 6 | Tally Marks | Yoo Han-byeol & Seong Ji-ho |\n"
                    "| 9 | new | Lamp Oil | MOTHWING |\n")
_TRANSCRIPT = ("“I Learned the Drums”: Gaon on His First Role\n\n"
               "Gaon, the youngest of FERRYLIGHT’s five members, plays a drummer in “Salt "
               "Ledger.” We met him after rehearsal.\n\n"
               "DECK WEEKLY: Your group is on the soundtrack.\n"
               "GAON: “Brine Road” is FERRYLIGHT’s song on the “Salt Ledger OST.” My groupmates "
               "Dobin and Yul sing it with me, and our leader Sejun raps the bridge.\n\n"
               "DECK WEEKLY: Who looked after you on set?\n"
               "GAON: Tak Min-seo, first. She plays Bo-ra, the band’s bassist, and she never "
               "let me skip a take.\n")
_ROUND_TWENTY_SEVEN = [
    (_YEAR_LIST, "performs", ("credited", "Lamp Oil", "MOTHWING")),
    (_YEAR_LIST, "membership", ("Rina", "MOTHWING", "member")),
    (_YEAR_LIST, "membership", ("Hayul", "MOTHWING", "member")),
    (_YEAR_LIST, "performs", ("credited", "Brine Road", "FERRYLIGHT")),
    (_YEAR_LIST, "membership", ("Gaon", "FERRYLIGHT", "member")),
    (_YEAR_LIST, "membership", ("Yul", "FERRYLIGHT", "member")),
    (_YEAR_LIST, "performs", ("vocals", "Brine Road", "Gaon")),
    (_YEAR_LIST, "performs", ("vocals", "Brine Road", "Dobin")),
    (_YEAR_LIST, "performs", ("credited", "Tally Marks", "Seong Ji-ho")),
    (_YEAR_LIST, "broadcast", ("broadcaster", "Salt Ledger", "Brine Channel")),
    (_YEAR_LIST, "broadcast", ("schedule", "Salt Ledger", "wednesday-thursday")),
    (_BACK_COVER, "performs", ("credited", "Tally Marks", "Yoo Han-byeol")),
    (_BACK_COVER, "performs", ("credited", "Tally Marks", "Seong Ji-ho")),
    (_BACK_COVER, "performs", ("credited", "Lamp Oil", "MOTHWING")),
    (_BACK_COVER, "performs", ("credited", "Bilge Song", "Tak Min-seo")),
    (_BACK_COVER, "performs", ("credited", "Bilge Song", "KILNBOY")),
    (_BACK_COVER, "performs", ("credited", "Dry Dock", "Rina")),
    (_BACK_COVER, "performs", ("credited", "Dry Dock", "Seoa")),
    (_BACK_COVER, "membership", ("Hayul", "MOTHWING", "member")),
    (_BACK_COVER, "performs", ("vocals", "Lamp Oil", "Jiwon")),
    (_BACK_COVER, "performs", ("vocals", "Bilge Song", "Tak Min-seo")),
    (_CAPTIONED_TABLE, "chart-entry", ("Tally Marks", "TuneBox Top 50", 4, "2033-06-14")),
    (_CAPTIONED_TABLE, "chart-entry", ("Lamp Oil", "TuneBox Top 50", 9, "2033-06-14")),
    (_CAPTIONED_TABLE, "membership", ("Rina", "MOTHWING", "member")),
    (_CAPTIONED_TABLE, "membership", ("Hayul", "MOTHWING", "member")),
    (_CAPTIONED_TABLE, "performs", ("vocals", "Lamp Oil", "Seoa")),
    (_CAPTIONED_TABLE, "performs", ("vocals", "Lamp Oil", "Jiwon")),
    (_TRANSCRIPT, "membership", ("Gaon", "FERRYLIGHT", "member")),
    (_TRANSCRIPT, "performs", ("credited", "Brine Road", "FERRYLIGHT")),
    (_TRANSCRIPT, "membership", ("Dobin", "FERRYLIGHT", "member")),
    (_TRANSCRIPT, "membership", ("Sejun", "FERRYLIGHT", "member")),
    (_TRANSCRIPT, "performs", ("vocals", "Brine Road", "Yul")),
    (_TRANSCRIPT, "plays", ("Tak Min-seo", "Bo-ra")),
]
_OVERREACH_TWENTY_SEVEN = [
    # the drama in brackets after a list item's title is no song
    (_YEAR_LIST, "performs", ("credited", "Salt Ledger", "MOTHWING")),
    # "A & B of G" is two members, not one
    (_BACK_COVER, "membership", ("Rina & Seoa", "MOTHWING", "member")),
    # in a transcript the guest says "I": "she" is someone else
    (_TRANSCRIPT, "plays", ("Gaon", "Bo-ra")),
    # "it" after a sentence about the album is the group's song, not the album
    (_TRANSCRIPT, "performs", ("vocals", "Salt Ledger OST", "Dobin")),
]

_BOARD_WEEK = ("Chart Week: “Kettle Song” Climbs\n\n"
               "Five weeks in, Moss Channel’s “Tin Harbour” holds two places on the TuneBox Top 50."
               "\n\n"
               "Reed Line’s “Kettle Song,” the drama’s first OST part, came out on June 2. All "
               "four members of the girl group get a line: Nari and Sol take the verses, Yebin "
               "and Dain the chorus.\n\n"
               "Drama songs on the TuneBox Top 50, June 14 (change from last week in brackets):\n"
               "4 (▲3) “Kettle Song” — REED LINE\n"
               "12 (new) “Ropewalk” — Han Do-yun feat. MARLO\n")
_CAST_GUIDE = ("All Aboard “Tin Harbour”: A Stop-by-Stop Guide\n\n"
               "Moss Channel’s new drama premiered on Saturday, June 7.\n\n"
               "STOP 1 — THE SINGER\n"
               "Oh Ha-neul headlines the series as Min Da-rae, a track inspector with a loud "
               "voice. Da-rae is the one singing at the front of RUST BELL, the band her "
               "crewmates throw together.\n\n"
               "STOP 2 — THE BASSIST\n"
               "The role of Gong Seul-bi, a welder, falls to Baek Na-ri. Seul-bi signs up for Rust "
               "Bell on the first night.\n\n"
               "STOP 3 — THE DRUMMER\n"
               "The youngest of the crew, the apprentice Yeo Tae-o, keeps the band’s beat on a "
               "borrowed kit. Jino of the boy group PAPERCUT makes his acting debut in the part."
               "\n\n"
               "STOP 4 — THE BOSS\n"
               "Seok Min-cheol is Do Gyu-ri, the supervisor who books the hall and stays off the "
               "stage.\n\n"
               "Episodes air every Saturday and Sunday night on Moss Channel. In Korea, Streamly "
               "streams each one an hour after broadcast.\n")
_ONE_CONCERT = ("A Band Plays Its Only Show\n\n"
                "Six days after the drama “Tin Harbour” pulled into its last stop on Moss "
                "Channel, the band at its heart played one concert.\n\n"
                "Oh Ha-neul, who played the band’s singer, Min Da-rae, took the centre microphone. "
                "Cha Eun-ho (guitarist Pyo Jin-u) stood to her right, Baek Na-ri, whose bassist "
                "Gong Seul-bi drew the loudest cheer, to her left, and PAPERCUT’s Jino, the "
                "drummer Yeo Tae-o on the show, sat behind them.\n\n"
                "“Gloves Off” is the one Rust Bell track with the bassist at the microphone. Baek "
                "Na-ri recorded it in character as Seul-bi.\n\n"
                "The band’s second single, “Night Shift,” came out on May 6. Oh and Cha sing it "
                "as Da-rae and Jin-u.\n\n"
                "Jino took “Catwalk,” PAPERCUT’s song on the soundtrack, on his own.\n")
_PRIZE_NIGHT = ("Five Things From the 2033 Moss Drama Awards\n\n"
                "The trophies of the 2033 Moss Drama Awards were handed over on June 9.\n\n"
                "Moss Channel’s “Paper Kite” took Drama of the Year, a year after the same "
                "channel’s drama “Tin Harbour” did.\n\n"
                "Best New Actor went to Jino, the PAPERCUT member who played Rust Bell’s drummer, "
                "Yeo Tae-o.\n\n"
                "Kang Se-ri was crowned Best Actor, beating Cha Eun-ho, who had been nominated for "
                "playing Pyo Jin-u in “Tin Harbour.” “Kettle Song,” the duet Lee Bo-na and Kang "
                "Se-ri recorded in character as Ham Yu-na and Jang Do-won, won Best OST, and the "
                "drama’s two leads then shared Best Couple. The song was back up to No. 14 on the "
                "TuneBox Top 50 on June 12.\n\n"
                "If you are catching up, both dramas are on Streamly for international "
                "audiences.\n")
_ROUND_TWENTY_EIGHT = [
    (_BOARD_WEEK, "chart-entry", ("Kettle Song", "TuneBox Top 50", 4, "2033-06-14")),
    (_BOARD_WEEK, "chart-entry", ("Ropewalk", "TuneBox Top 50", 12, "2033-06-14")),
    (_BOARD_WEEK, "performs", ("credited", "Kettle Song", "Reed Line")),
    (_BOARD_WEEK, "performs", ("credited", "Ropewalk", "MARLO")),
    (_BOARD_WEEK, "membership", ("Nari", "Reed Line", "member")),
    (_BOARD_WEEK, "membership", ("Dain", "Reed Line", "member")),
    (_BOARD_WEEK, "performs", ("vocals", "Kettle Song", "Yebin")),
    (_CAST_GUIDE, "plays", ("Oh Ha-neul", "Min Da-rae")),
    (_CAST_GUIDE, "membership", ("Min Da-rae", "RUST BELL", "lead vocalist")),
    (_CAST_GUIDE, "plays", ("Baek Na-ri", "Gong Seul-bi")),
    (_CAST_GUIDE, "membership", ("Gong Seul-bi", "RUST BELL", "member")),
    (_CAST_GUIDE, "membership", ("Yeo Tae-o", "RUST BELL", "member")),
    (_CAST_GUIDE, "plays", ("Jino", "Yeo Tae-o")),
    (_CAST_GUIDE, "plays", ("Seok Min-cheol", "Do Gyu-ri")),
    (_CAST_GUIDE, "broadcast", ("schedule", "Tin Harbour", "saturday-sunday")),
    (_CAST_GUIDE, "broadcast", ("available on", "Tin Harbour", "Streamly")),
    (_ONE_CONCERT, "broadcast", ("broadcaster", "Tin Harbour", "Moss Channel")),
    (_ONE_CONCERT, "plays", ("Cha Eun-ho", "Pyo Jin-u")),
    (_ONE_CONCERT, "plays", ("Baek Na-ri", "Gong Seul-bi")),
    (_ONE_CONCERT, "plays", ("Jino", "Yeo Tae-o")),
    (_ONE_CONCERT, "membership", ("Min Da-rae", "Rust Bell", "lead vocalist")),
    (_ONE_CONCERT, "membership", ("Pyo Jin-u", "Rust Bell", "member")),
    (_ONE_CONCERT, "performs", ("credited", "Gloves Off", "Rust Bell")),
    (_ONE_CONCERT, "performs", ("credited", "Night Shift", "Rust Bell")),
    (_ONE_CONCERT, "performs", ("vocals", "Night Shift", "Oh Ha-neul")),
    (_ONE_CONCERT, "performs", ("vocals", "Catwalk", "Jino")),
    (_PRIZE_NIGHT, "plays", ("Jino", "Yeo Tae-o")),
    (_PRIZE_NIGHT, "plays", ("Cha Eun-ho", "Pyo Jin-u")),
    (_PRIZE_NIGHT, "performs", ("credited", "Kettle Song", "Lee Bo-na")),
    (_PRIZE_NIGHT, "performs", ("vocals", "Kettle Song", "Kang Se-ri")),
    (_PRIZE_NIGHT, "award", ("Best Couple, 2033 Moss Drama Awards", "Lee Bo-na", "2033-06-09")),
    (_PRIZE_NIGHT, "chart-entry", ("Kettle Song", "TuneBox Top 50", 14, "2033-06-12")),
    (_PRIZE_NIGHT, "broadcast", ("available on", "Tin Harbour", "Streamly")),
    (_PRIZE_NIGHT, "broadcast", ("available on", "Paper Kite", "Streamly")),
]
_OVERREACH_TWENTY_EIGHT = [
    # a chart board's rank and movement are no part of the title
    (_BOARD_WEEK, "performs", ("credited", "4 (▲3) “Kettle Song", "REED LINE")),
    # "a track inspector": a person's trade, not a song
    (_CAST_GUIDE, "performs", ("vocals", "Min Da-rae", "Oh Ha-neul")),
    # a cast member's idol group is not the drama's band, nor are its singers credited
    (_ONE_CONCERT, "performs", ("credited", "Night Shift", "PAPERCUT")),
    (_ONE_CONCERT, "performs", ("credited", "Night Shift", "Oh Ha-neul")),
    # the one nominated for playing the part is the one who plays it, not the winner
    (_PRIZE_NIGHT, "plays", ("Kang Se-ri", "Pyo Jin-u")),
]

_LAMP_TIMELINE = ("Six Weeks of “Quiet Lamps”: A Timeline\n\n"
                  "Sora Channel’s library band drama turned off its last reading lamp on May 30. "
                  "Here is the run, date by date.\n\n"
                  "APR 2 — THE TABLE READ\n"
                  "Ha Ye-jin and Goh Tae-min top the bill as Min Seo-ah, a night librarian who "
                  "sings to the stacks, and Pyun Do-hun, the archive’s only porter. Kang Mi-rae "
                  "joined them as the bookbinder Yun Chae-rin, and Rio, the youngest member of "
                  "SILVERLINE, as the delivery boy Jang Hae-il.\n\n"
                  "APR 10 — THE BAND COMES FIRST\n"
                  "A week before the premiere, SHELFMARK released its first single, “Overdue.” "
                  "The teaser showed the band in the reading room: Seo-ah at the microphone, "
                  "Do-hun on guitar, Chae-rin on bass and Hae-il behind the drums.\n\n"
                  "APR 17 — DOORS OPEN\n"
                  "Episode one aired at 10 p.m., the first of Sora Channel’s Wednesday-Thursday "
                  "double bills.\n\n"
                  "APR 20 — THE THEME\n"
                  "Lee Ha-na’s “Bookmark,” the drama’s opening theme, was released.\n\n"
                  "MAY 30 — LAST PAGE\n"
                  "The finale closed on Seo-ah reading aloud to an empty hall.\n\n"
                  "WHERE TO WATCH\n"
                  "All twelve episodes are on Streamly in Korea.\n")
_FIVE_ASKS = ("Five Questions for Rio, the Drummer of Quiet Lamps\n\n"
              "Rio still drums on every table he meets. The SILVERLINE member, who played the "
              "delivery boy Jang Hae-il, the drummer of Shelfmark, sat down with us.\n\n"
              "1. How did you get the part?\n"
              "“I auditioned like everyone else. My four groupmates, Dae, Joon, Kai and Yul, "
              "came to watch the first episode with me.”\n\n"
              "2. Who really ran the band?\n"
              "“Ha Ye-jin. She played Seo-ah, our singer, and counted us in. Goh Tae-min, our "
              "guitarist Do-hun on screen, tuned everybody’s guitar.”\n\n"
              "3. Did you ever sing as Hae-il?\n"
              "“Once, on the Shelfmarks’ ‘Late Fee.’ Kang Mi-rae sings the lead as Chae-rin, the "
              "bassist, and I shout the last chorus back at her, in character. It went to No. 31 "
              "on the TuneBox Top 50 on June 2.”\n\n"
              "4. SILVERLINE has a song on the soundtrack too.\n"
              "“‘Paper Moon’ is ours. Dae and Kai sing the verses, and I sing the bridge.”\n")
_LICENSED = ("“Gold Leaf” Sold Abroad\n\n"
             "“Gold Leaf,” a gilding-workshop romance, will stream on Streamly across Europe and "
             "on Wavecast for audiences in Canada from next week. In Korea, Tidewatch already "
             "carries each episode an hour after it airs.\n\n"
             "THE CAST\n"
             "Yoon Da-som and Cho Min-gyu lead the cast. She plays Hwa Seol, a gilder with a "
             "steady hand; he is Baek Ro-woon, a frame maker who never finishes anything.\n\n"
             "THE MUSIC\n"
             "GLINT’s “Thin Leaf,” the drama’s first OST part, came out on June 3. GLINT’s four "
             "members share it evenly: Ara opens, Bomi and Cia split the second verse, and Dana "
             "carries the chorus.\n\n"
             "Part two is the lead actor’s own: Cho Min-gyu’s “Burnish,” which he recorded in "
             "character as Ro-woon.\n")
_LOT_BY_LOT = ("The “Gold Leaf OST,” Lot by Lot\n\n"
               "Channel Seum brought the hammer down on “Gold Leaf” on May 22, and the soundtrack "
               "followed a week later.\n\n"
               "LOT 1 / “Thin Leaf” / GLINT\n"
               "LOT 2 / “Burnish” / Cho Min-gyu\n"
               "LOT 3 / “Patina” / Ye Sol ft. J.BLOOM\n"
               "LOT 4 / “Bole” / Dana (GLINT)\n\n"
               "“Gilt,” the duet between Yoon Da-som and Cho, is the centrepiece. They recorded it "
               "as Hwa Seol and Ro-woon.\n\n"
               "Noh Ga-eun, who won Best Vocal in 2031, handles “Gesso” with a jazz singer’s "
               "patience.\n\n"
               "GLINT’s “Thin Leaf” still sounds bright, but Dana’s ad-libs over the final chorus "
               "are the best part of it. She gets “Bole” to herself.\n\n"
               "The closer, “Gilt Edge,” was the last thing viewers heard on May 22, and it went "
               "on sale as a single the same night.\n\n"
               "If the music sends you back, Tidewatch has it in Korea and Streamly across "
               "Europe.\n")
_YEARBOOK = ("The Drama Songs of the Season\n\n"
             "Two dramas owned the season: Sora Channel’s “Quiet Lamps,” which filled Wednesday "
             "and Thursday nights, and Channel Seum’s Monday-Tuesday gilding romance “Gold "
             "Leaf.” Both cleaned up at the 2033 Lumen Drama Awards, held on June 12.\n\n"
             "3. “Bole” by Dana\n"
             "GLINT’s main vocalist got a solo spot on the soundtrack and made it count.\n\n"
             "2. “Overdue” by SHELFMARK\n"
             "Rio, one of SILVERLINE’s five, played the delivery boy Jang Hae-il and collected "
             "Best New Actor at the Lumen ceremony, while his groupmate Joon cheered from the "
             "audience. Ha Ye-jin and Goh Tae-min sing it as Seoa "
             "and Do-hun, and Ha took home Best Actress for her Seoa, the band’s frontwoman.\n\n"
             "1. “Gilt” by Yoon Da-som and Cho Min-gyu\n"
             "The leads’ duet won Best OST on the night, and as of June 15 it stood at 40 "
             "million Spotify streams. “Gold Leaf” itself was crowned Drama of the Year.\n")
_ROUND_TWENTY_NINE = [
    (_LAMP_TIMELINE, "broadcast", ("broadcaster", "Quiet Lamps", "Sora Channel")),
    (_LAMP_TIMELINE, "plays", ("Goh Tae-min", "Pyun Do-hun")),
    (_LAMP_TIMELINE, "plays", ("Rio", "Jang Hae-il")),
    (_LAMP_TIMELINE, "membership", ("Min Seo-ah", "SHELFMARK", "lead vocalist")),
    (_LAMP_TIMELINE, "membership", ("Yun Chae-rin", "SHELFMARK", "member")),
    (_LAMP_TIMELINE, "performs", ("credited", "Overdue", "SHELFMARK")),
    (_LAMP_TIMELINE, "release", ("Overdue", "2033-04-10")),
    (_LAMP_TIMELINE, "release", ("Bookmark", "2033-04-20")),
    (_LAMP_TIMELINE, "broadcast", ("first episode", "Quiet Lamps", "2033-04-17")),
    (_LAMP_TIMELINE, "broadcast", ("schedule", "Quiet Lamps", "wednesday-thursday")),
    (_LAMP_TIMELINE, "broadcast", ("final episode", "Quiet Lamps", "2033-05-30")),
    (_LAMP_TIMELINE, "broadcast", ("available on", "Quiet Lamps", "Streamly")),
    (_FIVE_ASKS, "plays", ("Rio", "Jang Hae-il")),
    (_FIVE_ASKS, "membership", ("Yul", "SILVERLINE", "member")),
    (_FIVE_ASKS, "membership", ("Seo-ah", "Shelfmark", "lead vocalist")),
    (_FIVE_ASKS, "plays", ("Goh Tae-min", "Do-hun")),
    (_FIVE_ASKS, "membership", ("Do-hun", "Shelfmark", "member")),
    (_FIVE_ASKS, "membership", ("Chae-rin", "Shelfmark", "member")),
    (_FIVE_ASKS, "performs", ("credited", "Late Fee", "Shelfmark")),
    (_FIVE_ASKS, "performs", ("vocals", "Late Fee", "Rio")),
    (_FIVE_ASKS, "chart-entry", ("Late Fee", "TuneBox Top 50", 31, "2033-06-02")),
    (_FIVE_ASKS, "performs", ("credited", "Paper Moon", "SILVERLINE")),
    (_FIVE_ASKS, "performs", ("vocals", "Paper Moon", "Dae")),
    (_LICENSED, "plays", ("Yoon Da-som", "Hwa Seol")),
    (_LICENSED, "plays", ("Cho Min-gyu", "Baek Ro-woon")),
    (_LICENSED, "broadcast", ("available on", "Gold Leaf", "Wavecast")),
    (_LICENSED, "membership", ("Ara", "GLINT", "member")),
    (_LICENSED, "performs", ("vocals", "Thin Leaf", "Cia")),
    (_LICENSED, "performs", ("vocals", "Burnish", "Cho Min-gyu")),
    (_LOT_BY_LOT, "broadcast", ("broadcaster", "Gold Leaf", "Channel Seum")),
    (_LOT_BY_LOT, "broadcast", ("final episode", "Gold Leaf", "2033-05-22")),
    (_LOT_BY_LOT, "performs", ("credited", "Burnish", "Cho Min-gyu")),
    (_LOT_BY_LOT, "performs", ("credited", "Patina", "J.BLOOM")),
    (_LOT_BY_LOT, "membership", ("Dana", "GLINT", "member")),
    (_LOT_BY_LOT, "performs", ("vocals", "Gilt", "Yoon Da-som")),
    (_LOT_BY_LOT, "performs", ("vocals", "Gesso", "Noh Ga-eun")),
    (_LOT_BY_LOT, "performs", ("vocals", "Thin Leaf", "Dana")),
    (_LOT_BY_LOT, "performs", ("vocals", "Bole", "Dana")),
    (_LOT_BY_LOT, "release", ("Gilt Edge", "2033-05-22")),
    (_LOT_BY_LOT, "broadcast", ("available on", "Gold Leaf", "Streamly")),
    (_YEARBOOK, "broadcast", ("schedule", "Gold Leaf", "monday-tuesday")),
    (_YEARBOOK, "broadcast", ("schedule", "Quiet Lamps", "wednesday-thursday")),
    (_YEARBOOK, "performs", ("credited", "Bole", "Dana")),
    (_YEARBOOK, "membership", ("Dana", "GLINT", "member")),
    (_YEARBOOK, "membership", ("Joon", "SILVERLINE", "member")),
    (_YEARBOOK, "plays", ("Ha Ye-jin", "Seoa")),
    (_YEARBOOK, "membership", ("Seoa", "SHELFMARK", "lead vocalist")),
    (_YEARBOOK, "award", ("Best New Actor, 2033 Lumen Drama Awards", "Rio", "2033-06-12")),
    (_YEARBOOK, "award", ("Best OST, 2033 Lumen Drama Awards", "Gilt", "2033-06-12")),
    (_YEARBOOK, "award", ("Drama of the Year, 2033 Lumen Drama Awards", "Gold Leaf",
                          "2033-06-12")),
]
_OVERREACH_TWENTY_NINE = [
    # the microphone is the singer's place, not a member's
    (_LAMP_TIMELINE, "membership", ("Min Seo-ah", "SHELFMARK", "member")),
    # "sings the lead as C": C is a part, not a title
    (_FIVE_ASKS, "performs", ("vocals", "Chae-rin", "Kang Mi-rae")),
    # "She plays …; he is …": the pronouns keep the order of the pair before
    (_LICENSED, "plays", ("Cho Min-gyu", "Hwa Seol")),
    # a catalogue's lot number is neither title nor artist
    (_LOT_BY_LOT, "performs", ("credited", "Thin Leaf", "LOT 1")),
    # a ceremony and a prize are nobody's groupmates
    (_YEARBOOK, "membership", ("2033 Lumen Drama Awards", "SILVERLINE", "member")),
    (_YEARBOOK, "membership", ("Best New Actor", "SILVERLINE", "member")),
    # "won Best OST on the night": the ceremony's night, not the day of a later count
    (_YEARBOOK, "award", ("Best OST, 2033 Lumen Drama Awards", "Gilt", "2033-06-15")),
]

_GLOSSARY = ("“Foghorn Waltz,” A to Z: A Glossary\n\n"
             "“Foghorn Waltz” has been on the air for a week. Sora Channel launched the series on "
             "Tuesday, June 3, and it returns every Tuesday and Wednesday.\n\n"
             "G is for Wren Harbour. The four-piece that the ferry crew start out of boredom. "
             "Bok Su-jeong sings up front, Yun Ji-ho plays guitar, Pyo Na-ri is on bass and Seo "
             "Dan-bi keeps time.\n\n"
             "O is for Bok Su-jeong. The deckhand who hums at dawn, and the role Cha Min-seo "
             "carries as the series’ top-billed lead.\n\n"
             "S is for Dan-bi. The drummer, played by Jino, the youngest member of boy group "
             "PAPERCUT. Rei and Toma, two of his groupmates, came to the premiere.\n\n"
             "P is for Na-ri. The bassist. Kang Mi-so, back after two years, plays her with a "
             "deadpan.\n\n"
             "T is for “Tidemark.” The opening theme belongs to Lee Bo-na.\n\n"
             "W is for “Whitecap.” The Wrens’ first single came out on June 3.\n\n"
             "Each episode lands on Streamly in Korea an hour after broadcast.\n")
_RUNNING_ORDER = ("The “Foghorn Waltz OST,” Track by Track\n\n"
                  "Sora Channel’s ferry drama took its final bow on June 20. The running order:\n\n"
                  "• “Whitecap” (WREN HARBOUR) — 3:28\n"
                  "• “Spray” (Lee Bo-na feat. K.ORI) — 3:17\n"
                  "• “Rope Burn” (Rei) — 4:02\n\n"
                  "Cha Min-seo recorded “Whitecap” as Su-jeong, the Wrens’ frontwoman. “Low Tide,” "
                  "released on the night of the finale, is the other band song. Kang Mi-so sings "
                  "it in character as Na-ri, with Jino, also in character as the drummer Dan-bi, "
                  "on backing vocals.\n\n"
                  "PAPERCUT’s “Knot” gives the boy band a ballad. Rei and Toma take the verses, "
                  "and Jino, the group’s actor this year, gets the final chorus to himself.\n")
_BY_NUMBERS = ("“Foghorn Waltz,” by the Numbers\n\n"
               "Sora Channel’s ferry drama is halfway through its run.\n\n"
               "No. 4\n"
               "Where “Whitecap” sat on the TuneBox Top 50 on June 12.\n\n"
               "30 MILLION\n"
               "Streamly streams for the single as of June 14.\n\n"
               "4 MEMBERS\n"
               "The girl group’s four members, Ara, Bomi, Cia and Dana, all sing on “Ebb.”\n")
_ROUND_THIRTY = [
    (_GLOSSARY, "broadcast", ("broadcaster", "Foghorn Waltz", "Sora Channel")),
    (_GLOSSARY, "broadcast", ("first episode", "Foghorn Waltz", "2033-06-03")),
    (_GLOSSARY, "broadcast", ("schedule", "Foghorn Waltz", "tuesday-wednesday")),
    (_GLOSSARY, "membership", ("Bok Su-jeong", "Wren Harbour", "lead vocalist")),
    (_GLOSSARY, "membership", ("Seo Dan-bi", "Wren Harbour", "member")),
    (_GLOSSARY, "plays", ("Cha Min-seo", "Bok Su-jeong")),
    (_GLOSSARY, "plays", ("Jino", "Seo Dan-bi")),
    (_GLOSSARY, "membership", ("Toma", "PAPERCUT", "member")),
    (_GLOSSARY, "plays", ("Kang Mi-so", "Pyo Na-ri")),
    (_GLOSSARY, "performs", ("credited", "Tidemark", "Lee Bo-na")),
    (_GLOSSARY, "performs", ("credited", "Whitecap", "Wren Harbour")),
    (_GLOSSARY, "broadcast", ("available on", "Foghorn Waltz", "Streamly")),
    (_RUNNING_ORDER, "broadcast", ("final episode", "Foghorn Waltz", "2033-06-20")),
    (_RUNNING_ORDER, "performs", ("credited", "Whitecap", "WREN HARBOUR")),
    (_RUNNING_ORDER, "performs", ("credited", "Spray", "K.ORI")),
    (_RUNNING_ORDER, "performs", ("credited", "Rope Burn", "Rei")),
    (_RUNNING_ORDER, "membership", ("Su-jeong", "WREN HARBOUR", "lead vocalist")),
    (_RUNNING_ORDER, "release", ("Low Tide", "2033-06-20")),
    (_RUNNING_ORDER, "performs", ("vocals", "Low Tide", "Jino")),
    (_RUNNING_ORDER, "performs", ("vocals", "Knot", "Toma")),
    (_RUNNING_ORDER, "performs", ("vocals", "Knot", "Jino")),
    (_BY_NUMBERS, "chart-entry", ("Whitecap", "TuneBox Top 50", 4, "2033-06-12")),
    (_BY_NUMBERS, "stream-milestone", ("Whitecap", "Streamly", 30000000, "2033-06-14")),
]
_OVERREACH_THIRTY = [
    # a glossary's headword is its entry's subject, not the other names' part
    (_GLOSSARY, "plays", ("Cha Min-seo", "Pyo Na-ri")),
    # "sings up front": a place in the band, not a song named after it
    (_GLOSSARY, "performs", ("vocals", "Yun Ji-ho", "Bok Su-jeong")),
    # a running order's length is no artist, nor its artist part of the title
    (_RUNNING_ORDER, "performs", ("credited", "Whitecap” (WREN HARBOUR)", "3:28")),
]


_NIGHT_SHOOT = ("A Night on the Set of “Kelp Forest”\n\n"
                "Mirae TV’s weekend drama “Kelp Forest” premiered on Saturday, May 1.\n\n"
                "The scene was the first rehearsal of TIDEPOOL, the band the dive crew starts to "
                "pay the harbour fees. Noh Yu-ra, who leads the cast as the diver Seul Ha-eun, "
                "stood on a crate. Ha-eun ends up as the band’s singer by accident.\n\n"
                "Her co-lead, Gil Tae-ri, is Bang Do-hun, a fisherman who now mends nets and plays "
                "guitar in the band.\n\n"
                "Cha On-yu, the quiet bass player of Tidepool, is played by Ryu Mi-dam. Behind the "
                "drums sat Jiun of the boy group NORTHBEAM. Two of his bandmates from the group, "
                "Hael and Tarin, brought coffee.\n\n"
                "Not everyone is in the band. Choe Gyeong-su’s Baek Yong-chil, the owner, counts "
                "the takings.\n\n"
                "In Korea, every episode goes up on Streamly after broadcast, and TuneBox has "
                "picked the show up for fans in Europe.\n")
_KARAOKE = ("The “Kelp Forest” OST at the Karaoke Bar\n\n"
            "Mirae TV’s diving drama signed off on Sunday, June 12.\n\n"
            "STALL 1 ▸ “Salt Spray”\n"
            "On screen: TIDEPOOL\n"
            "Up against: Noh Yu-ra, singing as the diver Ha-eun\n"
            "Damage: ★★☆☆☆\n"
            "Easy enough for anyone.\n\n"
            "STALL 2 ▸ “Low Current”\n"
            "On screen: NORTHBEAM\n"
            "Up against: Jiun, Hael and Tarin, with their groupmate Gu Bo-ram on the rap\n"
            "Damage: ★★★★★\n\n"
            "STALL 3 ▸ “Net Mender”\n"
            "On screen: Tidepool\n"
            "Up against: Ryu Mi-dam as the bassist On-yu, with Jiun adding backing vocals in "
            "character as the drummer Do-ryeong\n"
            "Damage: ★★★☆☆\n"
            "Put out on the night of the finale, it is the bassist’s big moment.\n\n"
            "The numbers: “Salt Spray” has now passed 20 million on Streamly.\n")
_CORNERS = ("“Riptide” vs. “Backwash”: Two “Kelp Forest” Songs Face Off\n\n"
            "Mirae TV’s weekend drama “Kelp Forest” is halfway through its run.\n\n"
            "IN THE RED CORNER: “RIPTIDE”\n"
            "The song belongs to the drama’s two leads, Noh Yu-ra and Gil Tae-ri. She plays Seul "
            "Ha-eun, a diver; he is Bang Do-hun, the fisherman. The pair recorded it as their "
            "characters.\n\n"
            "IN THE BLUE CORNER: “BACKWASH”\n"
            "The first OST part comes from the boy group NORTHBEAM.\n\n"
            "ROUND 1: THE CHART\n"
            "“Backwash” landed on the TuneBox Top 50 at No. 17 on June 8. “Riptide” arrived at "
            "No. 9 on June 15.\n\n"
            "ROUND 2: STREAMS\n"
            "As of June 16, “Riptide” had 31 million Streamly streams, against 12 million for the "
            "NORTHBEAM track.\n")
_ROUND_THIRTY_ONE = [
    (_NIGHT_SHOOT, "membership", ("Seul Ha-eun", "TIDEPOOL", "lead vocalist")),
    (_NIGHT_SHOOT, "plays", ("Gil Tae-ri", "Bang Do-hun")),
    (_NIGHT_SHOOT, "membership", ("Bang Do-hun", "TIDEPOOL", "member")),
    (_NIGHT_SHOOT, "plays", ("Ryu Mi-dam", "Cha On-yu")),
    (_NIGHT_SHOOT, "membership", ("Cha On-yu", "TIDEPOOL", "member")),
    (_NIGHT_SHOOT, "membership", ("Hael", "NORTHBEAM", "member")),
    (_NIGHT_SHOOT, "membership", ("Tarin", "NORTHBEAM", "member")),
    (_NIGHT_SHOOT, "plays", ("Choe Gyeong-su", "Baek Yong-chil")),
    (_NIGHT_SHOOT, "broadcast", ("available on", "Kelp Forest", "Streamly")),
    (_NIGHT_SHOOT, "broadcast", ("available on", "Kelp Forest", "TuneBox")),
    (_KARAOKE, "performs", ("credited", "Salt Spray", "TIDEPOOL")),
    (_KARAOKE, "performs", ("vocals", "Salt Spray", "Noh Yu-ra")),
    (_KARAOKE, "performs", ("credited", "Low Current", "NORTHBEAM")),
    (_KARAOKE, "performs", ("vocals", "Low Current", "Hael")),
    (_KARAOKE, "membership", ("Gu Bo-ram", "NORTHBEAM", "member")),
    (_KARAOKE, "performs", ("vocals", "Net Mender", "Ryu Mi-dam")),
    (_KARAOKE, "performs", ("vocals", "Net Mender", "Jiun")),
    (_KARAOKE, "membership", ("Do-ryeong", "TIDEPOOL", "member")),
    (_KARAOKE, "release", ("Net Mender", "2033-06-12")),
    (_KARAOKE, "stream-milestone", ("Salt Spray", "Streamly", 20000000, "2033-06-20")),
    (_CORNERS, "performs", ("credited", "RIPTIDE", "Gil Tae-ri")),
    (_CORNERS, "plays", ("Noh Yu-ra", "Seul Ha-eun")),
    (_CORNERS, "plays", ("Gil Tae-ri", "Bang Do-hun")),
    (_CORNERS, "performs", ("vocals", "RIPTIDE", "Noh Yu-ra")),
    (_CORNERS, "performs", ("credited", "BACKWASH", "NORTHBEAM")),
    (_CORNERS, "chart-entry", ("RIPTIDE", "TuneBox Top 50", 9, "2033-06-15")),
    (_CORNERS, "stream-milestone", ("RIPTIDE", "Streamly", 31000000, "2033-06-16")),
]
_OVERREACH_THIRTY_ONE = [
    # a key on the next line ends the name before it
    (_KARAOKE, "membership", ("Do-ryeong\nDamage", "TIDEPOOL", "member")),
    # a rap is not singing
    (_KARAOKE, "performs", ("vocals", "Low Current", "Gu Bo-ram")),
    # "She plays …; he is …": the pronouns keep the order of the pair before
    (_CORNERS, "plays", ("Gil Tae-ri", "Seul Ha-eun")),
    # "the G track" after another title speaks of G's own song
    (_CORNERS, "performs", ("credited", "RIPTIDE", "NORTHBEAM")),
    # a headline's first title is a song when another title there is the series
    (_CORNERS, "broadcast", ("broadcaster", "RIPTIDE", "Mirae TV")),
    (_CORNERS, "broadcast", ("broadcaster", "Riptide", "Mirae TV")),
]

_RATINGS = ("Ratings Week: “Lantern Pier” Finds Its Feet\n\n"
            "LANTERN PIER (Haneul TV) ▲ 5.2%\n"
            "Haneul TV’s harbour comedy, which opened on Saturday, May 7, held on to its audience. "
            "Moon Ga-ri stars as Seo Bo-ae, the ferry clerk who, by the end of episode two, is "
            "singing lead for that band, TOWLINE (“the Towlines” to its fans). The other lead is "
            "Gu Han-seul, who plays the net mender Pyo Jae-gu, a former choir boy and now the "
            "band’s reluctant keyboard player.\n\n"
            "Episode 3 belonged to the rhythm section. The drummer, the night porter Yeom Da-un, "
            "is the first acting role for Ganghyeon of the boy group SEAGLASS.\n\n"
            "The Towlines’ debut single, “Bollard Waltz,” came out on the day of the premiere.\n")
_OBITUARY = ("SLIPWAY, the Dockside Band of “Salt Kiln”\n\n"
             "SLIPWAY, the four-piece that played for ferry fares, is no more. The band broke "
             "up on Sunday, June 12, when Haneul TV aired the "
             "twelfth and final episode of “Salt Kiln.”\n\n"
             "It was born on May 7, the night the weekend comedy premiered. Its voice, from the "
             "first gig to the last, was Seo Bo-ae, the clerk played by Moon Ga-ri.\n\n"
             "Pyo Jae-gu, the net mender whom Gu Han-seul played with a frown, handled the "
             "keyboards. Behind the kit sat Yeom Da-un, the porter played by Ganghyeon, the "
             "youngest of SEAGLASS’s four members; his groupmates Jeoul and Pyeol turned up as "
             "customers in episode 9. Jin Ye-rang, a Best New Actress winner at the 2031 Dalmoon "
             "Drama Awards, was its bassist, Kang Mi-re.\n\n"
             "Slipway leaves behind two singles. “Bollard Waltz,” its debut, arrived on premiere "
             "day. The last, “Neap Lane,” went out on June 12, with Moon singing it in character "
             "as Bo-ae and Ganghyeon adding harmonies as Da-un.\n\n"
             "The album also holds SEAGLASS’s “Seawall Hymn.” On that one Ganghyeon is back as "
             "himself, sharing the vocals with the rest of the group, Jeoul, Pyeol and Sehan.\n")
_LIVE = ("LIVE: The 2032 Pine Drama Awards, as They Happened\n\n"
         "Last updated 12:40 a.m., January 1. Oldest entries first.\n\n"
         "6:50 p.m. — We are in our seats for the Pine Drama Awards, which begin at seven on this "
         "Friday, December 31.\n\n"
         "7:20 p.m. — First trophy: Best New Actor goes to Ganghyeon for playing Yeom Da-un, the "
         "drummer of SLIPWAY in “Salt Kiln.” Three SEAGLASS groupmates, Jeoul, Pyeol and Sehan, "
         "are standing on their chairs.\n\n"
         "7:45 p.m. — Best Supporting Actress: Jin Ye-rang. Her Kang Mi-re, the band’s bassist, "
         "stole every scene.\n\n"
         "8:10 p.m. — Upset. Bae Chang-u, nominated for playing the “Salt Kiln” harbour master "
         "Gil Pan-seok, loses Best Supporting Actor to Ha Ju-won.\n\n"
         "8:35 p.m. — Best OST: “Kiln Song,” Moon Ga-ri and Gu Han-seul’s duet from Haeul TV’s "
         "Wednesday-Thursday “Clay Hours.”\n\n"
         "9:05 p.m. — The same pair return for Best Couple.\n\n"
         "9:40 p.m. — Best Actress: Moon Ga-ri. Tae So-yun, nominated for her Ok Bo-ri, the "
         "clerk who fronts SLIPWAY, hugs her.\n\n"
         "11:55 p.m. — “Salt Kiln” and “Clay Hours” are both on Streamly in Korea.\n")
_MENU = ("A Six-Course Tasting of the “Clay Hours OST”\n\n"
         "Haeul TV’s pottery romance “Clay Hours” fired its last kiln on Thursday, June 16.\n\n"
         "APERITIF · “Glaze Pop” · PETALRUSH\n"
         "Bright, fizzy and gone too soon.\n"
         "Eunsa, the girl group’s youngest, supplies the high note at the end.\n\n"
         "STARTER · “Slip Cast” · Yang Bo-mi feat. Coal Hum\n"
         "Yang Bo-mi takes the melody and the rapper Coal Hum raps the second verse.\n\n"
         "SOUP · “Kiln Song” · Moon Ga-ri & Gu Han-seul\n"
         "The drama’s two leads sang their duet in character, and it is the comfort food here.\n\n"
         "FISH · “Wheel Day” · Gu Han-seul\n"
         "Gu sings his solo as the potter Pyo Jae-gu rather than as himself.\n\n"
         "PALATE CLEANSER · “Ash and Rain” · Moon Ga-ri\n"
         "A contrast: here Moon sings out of character.\n\n"
         "DESSERT · “Last Firing” · Moon Ga-ri\n"
         "Released on the night of the finale, this is the potter’s farewell.\n")
_TRIP = ("A Day Trip to the Locations of “Clay Hours”\n\n"
         "Three weeks after Haeul TV’s romance “Clay Hours” premiered on May 4, the pottery "
         "studio has a queue.\n\n"
         "STOP 1 — THE STUDIO\n"
         "The studio plays Pyo’s Pottery, the business that Gu Han-seul’s Pyo Jae-gu refuses to "
         "sell.\n\n"
         "STOP 2 — THE BENCH\n"
         "This is where Ok Bo-ri, the inspector, first tries Jae-gu’s tea. An Ye-seul, who plays "
         "her, laughed through the take. Put the leads’ duet “Kiln Song” on here: Gu and An sing "
         "it as Jae-gu and Bo-ri. It climbed to No. 4 on the TuneBox Top 50 on May 30.\n\n"
         "STOP 3 — THE CAFE\n"
         "The jukebox plays PETALRUSH’s “Glaze Pop,” the first OST part, which came out on "
         "premiere day. Eunsa and Tamin sing the verses, with their groupmates Hana-ri and Jiyo "
         "on the chorus.\n")
_ROUND_THIRTY_TWO = [
    (_RATINGS, "broadcast", ("first episode", "Lantern Pier", "2033-05-07")),
    (_RATINGS, "membership", ("Seo Bo-ae", "TOWLINE", "lead vocalist")),
    (_RATINGS, "membership", ("Pyo Jae-gu", "TOWLINE", "member")),
    (_RATINGS, "membership", ("Yeom Da-un", "TOWLINE", "member")),
    (_RATINGS, "performs", ("credited", "Bollard Waltz", "TOWLINE")),
    (_RATINGS, "release", ("Bollard Waltz", "2033-05-07")),
    (_OBITUARY, "broadcast", ("broadcaster", "Salt Kiln", "Haneul TV")),
    (_OBITUARY, "broadcast", ("final episode", "Salt Kiln", "2033-06-12")),
    (_OBITUARY, "broadcast", ("first episode", "Salt Kiln", "2033-05-07")),
    (_OBITUARY, "membership", ("Seo Bo-ae", "SLIPWAY", "lead vocalist")),
    (_OBITUARY, "membership", ("Pyo Jae-gu", "SLIPWAY", "member")),
    (_OBITUARY, "membership", ("Yeom Da-un", "SLIPWAY", "member")),
    (_OBITUARY, "membership", ("Jeoul", "SEAGLASS", "member")),
    (_OBITUARY, "membership", ("Sehan", "SEAGLASS", "member")),
    (_OBITUARY, "plays", ("Jin Ye-rang", "Kang Mi-re")),
    (_OBITUARY, "award", ("Best New Actress, 2031 Dalmoon Drama Awards", "Jin Ye-rang", "2031")),
    (_OBITUARY, "performs", ("credited", "Bollard Waltz", "SLIPWAY")),
    (_OBITUARY, "performs", ("credited", "Neap Lane", "SLIPWAY")),
    (_OBITUARY, "release", ("Bollard Waltz", "2033-05-07")),
    (_OBITUARY, "performs", ("vocals", "Neap Lane", "Ganghyeon")),
    (_OBITUARY, "performs", ("vocals", "Seawall Hymn", "Pyeol")),
    (_LIVE, "award", ("Best New Actor, 2032 Pine Drama Awards", "Ganghyeon", "2032-12-31")),
    (_LIVE, "plays", ("Ganghyeon", "Yeom Da-un")),
    (_LIVE, "membership", ("Ganghyeon", "SEAGLASS", "member")),
    (_LIVE, "membership", ("Pyeol", "SEAGLASS", "member")),
    (_LIVE, "plays", ("Jin Ye-rang", "Kang Mi-re")),
    (_LIVE, "membership", ("Kang Mi-re", "SLIPWAY", "member")),
    (_LIVE, "plays", ("Bae Chang-u", "Gil Pan-seok")),
    (_LIVE, "award", ("Best Supporting Actor, 2032 Pine Drama Awards", "Ha Ju-won",
                      "2032-12-31")),
    (_LIVE, "performs", ("credited", "Kiln Song", "Gu Han-seul")),
    (_LIVE, "broadcast", ("broadcaster", "Clay Hours", "Haeul TV")),
    (_LIVE, "award", ("Best Couple, 2032 Pine Drama Awards", "Moon Ga-ri", "2032-12-31")),
    (_LIVE, "award", ("Best Couple, 2032 Pine Drama Awards", "Gu Han-seul", "2032-12-31")),
    (_LIVE, "plays", ("Tae So-yun", "Ok Bo-ri")),
    (_LIVE, "broadcast", ("available on", "Salt Kiln", "Streamly")),
    (_LIVE, "broadcast", ("available on", "Clay Hours", "Streamly")),
    (_MENU, "performs", ("credited", "Glaze Pop", "PETALRUSH")),
    (_MENU, "membership", ("Eunsa", "PETALRUSH", "member")),
    (_MENU, "performs", ("vocals", "Glaze Pop", "Eunsa")),
    (_MENU, "performs", ("credited", "Slip Cast", "Coal Hum")),
    (_MENU, "performs", ("vocals", "Slip Cast", "Yang Bo-mi")),
    (_MENU, "performs", ("vocals", "Kiln Song", "Moon Ga-ri")),
    (_MENU, "performs", ("vocals", "Kiln Song", "Gu Han-seul")),
    (_MENU, "performs", ("vocals", "Wheel Day", "Gu Han-seul")),
    (_MENU, "performs", ("vocals", "Ash and Rain", "Moon Ga-ri")),
    (_MENU, "release", ("Last Firing", "2033-06-16")),
    (_TRIP, "plays", ("Gu Han-seul", "Pyo Jae-gu")),
    (_TRIP, "plays", ("An Ye-seul", "Ok Bo-ri")),
    (_TRIP, "performs", ("credited", "Kiln Song", "An Ye-seul")),
    (_TRIP, "performs", ("vocals", "Kiln Song", "Gu Han-seul")),
    (_TRIP, "chart-entry", ("Kiln Song", "TuneBox Top 50", 4, "2033-05-30")),
    (_TRIP, "release", ("Glaze Pop", "2033-05-04")),
    (_TRIP, "membership", ("Tamin", "PETALRUSH", "member")),
    (_TRIP, "membership", ("Jiyo", "PETALRUSH", "member")),
    (_TRIP, "performs", ("vocals", "Glaze Pop", "Hana-ri")),
]
_OVERREACH_THIRTY_TWO = [
    # a blog's "Last updated" line dates the page, not the ceremony
    (_LIVE, "award", ("Best New Actor, 2032 Pine Drama Awards", "Ganghyeon", "2033-01-01")),
    # "the band's bassist" is the story's band, not the group named last
    (_LIVE, "membership", ("Kang Mi-re", "SEAGLASS", "member")),
    # a rap is not singing
    (_MENU, "performs", ("vocals", "Slip Cast", "Coal Hum")),
    # "who plays her" is not the owner of a possessive named last
    (_TRIP, "plays", ("An Ye-seul", "Pyo Jae-gu")),
    (_RATINGS, "membership", ("Ganghyeon", "TOWLINE", "member")),
    # the band's singles are the two the paragraph names, not the group's song after them
    (_OBITUARY, "performs", ("credited", "Seawall Hymn", "SLIPWAY")),
    (_OBITUARY, "membership", ("Jeoul", "SLIPWAY", "member")),
]

_READING = ("“Tin Ward” Cast Meets for the First Script Reading\n\n"
            "The cast of Dongsan TV’s “Tin Ward” sat down together on January 9. The "
            "Monday-Tuesday drama, about hospital night staff who start a band, premieres on "
            "Monday, March 7, 2033.\n\n"
            "Going round the table:\n\n"
            "Yun Sa-ra, in the lead role of Pak Hye-seon, the night nurse at Gomun ward who ends "
            "up as the voice of the staff’s band, NIGHTSHIFT.\n\n"
            "Mok Jin-ho, who shares top billing with her, as orderly Seol Pan-gyu. Pan-gyu brings "
            "his uncle’s accordion to work and has a place in the band by episode 3.\n\n"
            "Tae Ri-an, whose pharmacist, Goh Min-ji, plays the bass between shifts.\n\n"
            "Daebin of the boy group KEELSTONE, reading for the band’s drummer, the porter Ma "
            "Gyeol-chan. His groupmates Sorin and Eunho sat in the back row.\n\n"
            "Ha Geum-dong as Doctor Ryu Sang-pil, who lets the band rehearse in the boiler "
            "room.\n\n"
            "The band’s first single is already recorded: “Rounds at Two,” NIGHTSHIFT’s theme, "
            "sung by Yun in character as Hye-seon. It will be out on premiere day, an hour before "
            "episode 1.\n\n"
            "After each broadcast, episodes will stream on Streamly in Korea, and TuneBox has "
            "bought the series for subscribers in Europe.\n")
_RADAR = ("Release Radar: Four Drama Songs of the Week\n\n"
          "1/4 · “Sea Glass Morning” · NIGHTSHIFT · out April 7 · ★★★★☆\n"
          "The ward band of “Tin Ward” gives the drama’s two leads a song to share. Yun Sa-ra and "
          "Mok Jin-ho duet on the second single, she as the nurse Hye-seon and he as the orderly "
          "Pan-gyu. It entered the TuneBox Top 50 at No. 14 on April 9.\n\n"
          "2/4 · “Paper Lamp” · Baek Yun-seo feat. Coal Vine · out April 8 · ★★★☆☆\n"
          "Not from the band. Baek Yun-seo sings it as herself.\n\n"
          "3/4 · “Compass Rose” · LILACWIRE · out April 12 · ★★★★☆\n"
          "Channel Nine’s new Wednesday-Thursday romance, “Magnet Bay,” premiered on April 12, "
          "and Part 1 of its soundtrack went to LILACWIRE, the quartet that won Best New Female "
          "Group at the 2032 Golden Reel Music Awards. Nayul and Boeun split the verses and "
          "Hyewon, the youngest, takes the bridge; their fourth member, Ari, sits this one out.\n\n"
          "4/4 · “Wake of Lights” · KEELSTONE · out April 13 · ★★★☆☆\n"
          "Daebin, who drums for NIGHTSHIFT on screen as Ma Gyeol-chan, is back with his own "
          "group for this one. He shares the chorus with bandmates Sorin and Eunho.\n")
_CUES = ("What Was That Song? Every Sung Cue of “Tin Ward”\n\n"
         "“Tin Ward” signed off on Monday, April 25. Here is every sung cue of its last two "
         "episodes.\n\n"
         "EP 15, 12:40 — “Rounds at Two” by NIGHTSHIFT (OST track 1)\n"
         "Hye-seon, the band’s frontwoman, sings it alone in the empty ward. Yun Sa-ra recorded it "
         "in character in February.\n\n"
         "EP 15, 30:02 — “Morphine Waltz” by Mok Jin-ho (OST track 6)\n"
         "Pan-gyu plays it on his uncle’s accordion. Mok Jin-ho, who plays the orderly, sings the "
         "whole track as Pan-gyu.\n\n"
         "EP 16, 48:15 — “Last Rounds” by NIGHTSHIFT (OST track 3)\n"
         "The finale’s last song belongs to the band’s bass player, the pharmacist Goh Min-ji, "
         "whom Tae Ri-an plays. An in-joke: Ma Gyeol-chan is played by Daebin, the youngest of "
         "KEELSTONE’s four.\n")
_GRID = ("Review: The “Tin Ward OST” Hits Its Marks\n\n"
         "Dongsan TV’s hospital romance “Tin Ward” packed away its last bandage on Monday, April "
         "25, after eight weeks of Monday and Tuesday nights. Its soundtrack has four tracks, and "
         "the sleeve lists who sings what:\n\n"
         "No. | Title | Credited to | Sung by\n"
         "1 | Rounds at Two | NIGHTSHIFT | Yun Sa-ra (as Hye-seon)\n"
         "2 | Sea Glass Morning | Yun Sa-ra & Mok Jin-ho | Yun Sa-ra (as Hye-seon), Mok Jin-ho "
         "(as Pan-gyu)\n"
         "3 | Ward Lullaby | Baek Yun-seo | Baek Yun-seo\n"
         "4 | Rounds Remix | Coal Vine | none (rap)\n\n"
         "The centre of the album is track 2. Track 3 is even better. Baek recorded it in one "
         "take, and it went out on April 25, a few hours before the finale. Two days later it "
         "sat at No. 6 on the TuneBox Top 50.\n\n"
         "If you missed the series, all sixteen episodes are on TuneBox for viewers in Europe and "
         "on Streamly in Korea.\n")
_SCORE = ("We Got Four of Six: Our Haram Drama Awards Picks, Graded\n\n"
          "Every December we publish our predictions for the Haram Drama Awards. The 2032 "
          "ceremony was held on Friday, December 31, in Incheon. Here is how we did.\n\n"
          "DRAMA OF THE YEAR\nWe said: “Magnet Bay.”\nThey said: “Tin Ward,” Dongsan TV’s "
          "Monday-Tuesday hospital drama, which ran from March 7 to April 25.\nGrade: wrong.\n\n"
          "BEST ACTRESS\nWe said: Noh Ha-eun, nominated for her cartographer Bang Seo-ri.\n"
          "They said: Yun Sa-ra, for playing Pak Hye-seon, the night nurse who is the lead voice "
          "of NIGHTSHIFT.\nGrade: wrong.\n\n"
          "BEST ACTOR\nWe said: Mok Jin-ho.\nThey said: Mok Jin-ho, for his orderly Seol Pan-gyu "
          "in Dongsan TV’s “Tin Ward.” Fellow nominee Ko Dae-han, the night porter Eom Chil-bok of "
          "Channel Nine’s “Porter’s Lane,” went home empty-handed.\nGrade: right.\n\n"
          "BEST SUPPORTING ACTRESS\nWe said: Noh Ha-eun.\nThey said: Tae Ri-an, for the "
          "pharmacist Goh Min-ji, who plays bass for the band.\nGrade: wrong.\n\n"
          "BEST OST\nWe said: “Sea Glass Morning.”\nThey said: “Sea Glass Morning,” the duet "
          "between Yun Sa-ra and Mok Jin-ho. It was also back in the TuneBox Top 50 the next "
          "morning, at No. 8 on January 1.\nGrade: right.\n\n"
          "BEST COUPLE\nWe said: Yun Sa-ra and Mok Jin-ho.\nThey said: the same two, who "
          "accepted together.\nGrade: right.\n")
_ROUND_THIRTY_THREE = [
    (_READING, "plays", ("Mok Jin-ho", "Seol Pan-gyu")),
    (_READING, "plays", ("Tae Ri-an", "Goh Min-ji")),
    (_READING, "plays", ("Daebin", "Ma Gyeol-chan")),
    (_READING, "plays", ("Ha Geum-dong", "Ryu Sang-pil")),
    (_READING, "membership", ("Pak Hye-seon", "NIGHTSHIFT", "lead vocalist")),
    (_READING, "membership", ("Seol Pan-gyu", "NIGHTSHIFT", "member")),
    (_READING, "membership", ("Goh Min-ji", "NIGHTSHIFT", "member")),
    (_READING, "membership", ("Ma Gyeol-chan", "NIGHTSHIFT", "member")),
    (_READING, "release", ("Rounds at Two", "2033-03-07")),
    (_READING, "broadcast", ("available on", "Tin Ward", "TuneBox")),
    (_RADAR, "performs", ("credited", "Sea Glass Morning", "NIGHTSHIFT")),
    (_RADAR, "release", ("Sea Glass Morning", "2033-04-07")),
    (_RADAR, "performs", ("credited", "Sea Glass Morning", "Mok Jin-ho")),
    (_RADAR, "performs", ("vocals", "Sea Glass Morning", "Yun Sa-ra")),
    (_RADAR, "chart-entry", ("Sea Glass Morning", "TuneBox Top 50", 14, "2033-04-09")),
    (_RADAR, "performs", ("credited", "Paper Lamp", "Coal Vine")),
    (_RADAR, "release", ("Paper Lamp", "2033-04-08")),
    (_RADAR, "broadcast", ("broadcaster", "Magnet Bay", "Channel Nine")),
    (_RADAR, "award", ("Best New Female Group, 2032 Golden Reel Music Awards", "LILACWIRE",
                       "2032")),
    (_RADAR, "membership", ("Nayul", "LILACWIRE", "member")),
    (_RADAR, "membership", ("Hyewon", "LILACWIRE", "member")),
    (_RADAR, "plays", ("Daebin", "Ma Gyeol-chan")),
    (_RADAR, "membership", ("Daebin", "KEELSTONE", "member")),
    (_RADAR, "membership", ("Sorin", "KEELSTONE", "member")),
    (_RADAR, "performs", ("vocals", "Wake of Lights", "Daebin")),
    (_RADAR, "performs", ("vocals", "Wake of Lights", "Eunho")),
    (_CUES, "performs", ("credited", "Rounds at Two", "NIGHTSHIFT")),
    (_CUES, "membership", ("Hye-seon", "NIGHTSHIFT", "lead vocalist")),
    (_CUES, "performs", ("vocals", "Rounds at Two", "Yun Sa-ra")),
    (_CUES, "plays", ("Mok Jin-ho", "Pan-gyu")),
    (_CUES, "performs", ("vocals", "Morphine Waltz", "Mok Jin-ho")),
    (_CUES, "plays", ("Tae Ri-an", "Goh Min-ji")),
    (_CUES, "membership", ("Goh Min-ji", "NIGHTSHIFT", "member")),
    (_CUES, "membership", ("Daebin", "KEELSTONE", "member")),
    (_GRID, "broadcast", ("final episode", "Tin Ward", "2033-04-25")),
    (_GRID, "broadcast", ("schedule", "Tin Ward", "monday-tuesday")),
    (_GRID, "performs", ("vocals", "Rounds at Two", "Yun Sa-ra")),
    (_GRID, "performs", ("vocals", "Sea Glass Morning", "Mok Jin-ho")),
    (_GRID, "performs", ("vocals", "Ward Lullaby", "Baek Yun-seo")),
    (_GRID, "release", ("Ward Lullaby", "2033-04-25")),
    (_GRID, "chart-entry", ("Ward Lullaby", "TuneBox Top 50", 6, "2033-04-27")),
    (_GRID, "broadcast", ("available on", "Tin Ward", "Streamly")),
    (_SCORE, "award", ("Drama of the Year, 2032 Haram Drama Awards", "Tin Ward", "2032-12-31")),
    (_SCORE, "award", ("Best Actress, 2032 Haram Drama Awards", "Yun Sa-ra", "2032-12-31")),
    (_SCORE, "award", ("Best OST, 2032 Haram Drama Awards", "Sea Glass Morning", "2032-12-31")),
    (_SCORE, "award", ("Best Couple, 2032 Haram Drama Awards", "Mok Jin-ho", "2032-12-31")),
    (_SCORE, "award", ("Best Couple, 2032 Haram Drama Awards", "Yun Sa-ra", "2032-12-31")),
    (_SCORE, "plays", ("Noh Ha-eun", "Bang Seo-ri")),
    (_SCORE, "plays", ("Mok Jin-ho", "Seol Pan-gyu")),
    (_SCORE, "plays", ("Ko Dae-han", "Eom Chil-bok")),
    (_SCORE, "plays", ("Tae Ri-an", "Goh Min-ji")),
    (_SCORE, "membership", ("Pak Hye-seon", "NIGHTSHIFT", "lead vocalist")),
    (_SCORE, "membership", ("Goh Min-ji", "NIGHTSHIFT", "member")),
    (_SCORE, "chart-entry", ("Sea Glass Morning", "TuneBox Top 50", 8, "2033-01-01")),
]
_OVERREACH_THIRTY_THREE = [
    # the channel of the second drama is not the first drama's
    (_RADAR, "broadcast", ("broadcaster", "Tin Ward", "Channel Nine")),
    (_RADAR, "chart-entry", ("Tin Ward", "TuneBox Top 50", 14, "2033-04-09")),
    # "his own group" for this song is the idol's group, not the band he plays in
    (_RADAR, "membership", ("Sorin", "NIGHTSHIFT", "member")),
    # the one who sings it in the story is the character, not a singer
    (_CUES, "performs", ("vocals", "Rounds at Two", "Hye-seon")),
    # a rap is not singing; the release is track 3's, not the title read before it
    (_GRID, "performs", ("vocals", "Rounds Remix", "Coal Vine")),
    (_GRID, "release", ("Sea Glass Morning", "2033-04-25")),
    # what the scorecard predicted did not win
    (_SCORE, "award", ("Drama of the Year, 2032 Haram Drama Awards", "Magnet Bay",
                       "2032-12-31")),
    (_SCORE, "award", ("Best Actress, 2032 Haram Drama Awards", "Noh Ha-eun", "2032-12-31")),
]

_QUIZ = ("Pop Quiz: Five Questions About “Brass Kettle”\n\n"
         "Q1. On which nights does the drama air?\n"
         "Mondays and Tuesdays. Channel Nine launched the series on Monday, May 2.\n\n"
         "Q2. Who heads the cast?\n"
         "Bang So-ri stars as Kwon Bi-rae, the tea seller who ends up singing at the front of "
         "STEAMPIPE, the band at the heart of the story.\n\n"
         "Q3. Which idol is behind the drum kit?\n"
         "Hyunseul of the boy group NOON TIDE. He plays Tak Ji-ung, a kettle smith who keeps time "
         "for STEAMPIPE with two wooden spoons.\n\n"
         "Q4. And on bass?\n"
         "Mo Seul-a, the noodle cook from the stall next door, who is played by Cheon Ha-rim. "
         "Seul-a is the only one in the band who can read music.\n\n"
         "Q5. What is the band’s first single called?\n"
         "“Whistle Point.” It came out under STEAMPIPE’s name on the day of the premiere, and Bang "
         "recorded the vocal as Bi-rae.\n")
_BOARD = ("OST Exchange: The Week to June 12\n\n"
          "NEW LISTING\n"
          "Channel Nine’s Wednesday-Thursday romance “Folded Swan” opened on June 1, and its first "
          "OST part, “Fold Line,” was released the same day by the girl group HANDFAN. The "
          "four-piece (Sorai, Dalim, Yeeun and Jimi) came in with a reputation, having been named "
          "Best New Female Group at the 2032 Cheonmun Music Awards. Sorai carries the hook, and "
          "Dalim and Yeeun split the verses.\n\n"
          "BLUE CHIP\n"
          "“Brass Kettle” wrapped on June 7. STEAMPIPE’s second single, “Steep Time,” is still "
          "selling. The band’s farewell release, “Final Steep,” which Cheon Ha-rim sang as the "
          "bassist Seul-a, came out on the night of that last episode.\n\n"
          "WATCH LIST\n"
          "The swan drama’s leads, Pyo Jun-seo, who plays the origami teacher Nam Gi-ho, and Yeo "
          "Da-som, the florist Son Ha-yeon, are said to have recorded a duet.\n\n"
          "CLOSING BOARD (week to June 12)\n"
          "TICKER  TRACK (ARTIST)            CHART           CLOSE  DATED\n"
          "FOLD    Fold Line (HANDFAN)       TuneBox Top 50  6      June 10\n"
          "STEP    Final Steep (STEAMPIPE)   TuneBox Top 50  12     June 12\n")
_SETLIST = ("Concert Report: STEAMPIPE Plays a Real Room\n\n"
            "Two weeks after “Brass Kettle” ended its run on Channel Nine, the drama’s fictional "
            "band played its first real concert.\n\n"
            "At the microphone was Bang So-ri, who played the band’s singer, Kwon Bi-rae. To her "
            "left was the Pipes’ guitarist, Pyo Hae-sol, or rather Gang Min-u, who played him on "
            "television. Seul-a’s actress, Cheon Ha-rim, held down the bass, as her character does "
            "for the band. And counting everyone in was Hyunseul of NOON TIDE, who spent sixteen "
            "episodes as Tak Ji-ung, STEAMPIPE’s drummer.\n\n"
            "THE SET\n"
            "Opener: “Whistle Point” [STEAMPIPE]\n"
            "Guest spot: “Lantern Step” [NOON TIDE]\n"
            "Closer: “Final Steep” [STEAMPIPE]\n\n"
            "The closer was “Final Steep.” On the record it is Cheon Ha-rim who sings, in "
            "character as Seul-a.\n")
_VINYL = ("Unboxing: The “Folded Swan OST” on Vinyl\n\n"
          "Four days after Channel Nine’s “Folded Swan” brought its swan down for the last time on "
          "Thursday, June 16, the album reached our office.\n\n"
          "SIDE A\n"
          "A1 Fold Line .................... HANDFAN\n"
          "A2 Crease Pattern ............... Pyo Jun-seo & Yeo Da-som\n"
          "A3 Gilded Corner ................ Pyo Jun-seo\n"
          "SIDE B\n"
          "B1 Valley Fold .................. Yeo Da-som\n\n"
          "Pyo and Yeo sang “Crease Pattern” as their characters, the origami teacher Nam Gi-ho "
          "and the florist Son Ha-yeon. Yeo comes back alone, and still as Ha-yeon, for “Valley "
          "Fold,” while “Gilded Corner” is Pyo singing as himself.\n\n"
          "The duet is the album’s best seller. It was released on June 2 and reached No. 9 on the "
          "TuneBox Top 50 on June 8. “Valley Fold” was put out on the afternoon of the final "
          "episode.\n\n"
          "Side A is better than side B. If you want to rewatch, the series is on Streamly for "
          "subscribers in Europe and Oceania and on TuneBox in Korea.\n")
_SPEECH = ("The Best Lines From the 2032 Hwalgi Drama Awards\n\n"
           "The 2032 Hwalgi Drama Awards were handed out on Friday, December 31, at Gwangju Hall. "
           "Below are six of the speeches.\n\n"
           "[ DRAMA OF THE YEAR ]\n"
           "“Nobody believed in a kettle drama.”\n"
           "That was the director Seo Mun-ho, accepting for “Brass Kettle,” Channel Nine’s comedy, "
           "which went out on Mondays and Tuesdays from March 7 to April 26.\n\n"
           "[ BEST ACTRESS ]\n"
           "“I sang off-key, and you gave me this.”\n"
           "Bang So-ri, whose trophy was for Kwon Bi-rae, the tea seller who became Steampipe’s "
           "frontwoman.\n\n"
           "[ BEST ACTOR ]\n"
           "“I will keep this short.”\n"
           "Pyo Jun-seo, whose origami teacher Nam Gi-ho carried “Folded Swan.” Among those he "
           "beat was Do Ye-chan, who had been nominated for the ferryman Ha Gu-ryeong in Channel "
           "Nine’s “River Mouth.”\n\n"
           "[ BEST NEW ACTOR ]\n"
           "“I told you I could act.”\n"
           "Hyunseul, grinning at his NOON TIDE groupmates. His prize was for Tak Ji-ung, the "
           "drummer who keeps the kettle band in time.\n\n"
           "[ BEST OST ]\n"
           "“We recorded it in one night.”\n"
           "The trophy went to “Crease Pattern,” the duet by Pyo Jun-seo and Yeo Da-som.\n\n"
           "[ BEST COUPLE ]\n"
           "“We are not dating.”\n"
           "Pyo Jun-seo and Yeo Da-som again, collecting the last trophy together.\n\n"
           "By Saturday, January 1, “Crease Pattern” had climbed to No. 4 on the TuneBox Top 50, "
           "and as of January 2 it had been streamed 30 million times on Streamly.\n\n"
           "“Brass Kettle” and “Folded Swan” can both be streamed on Streamly in Korea, and the "
           "latter is also on TuneBox in Europe.\n")
_ROUND_THIRTY_FOUR = [
    (_QUIZ, "broadcast", ("schedule", "Brass Kettle", "monday-tuesday")),
    (_QUIZ, "membership", ("Tak Ji-ung", "STEAMPIPE", "member")),
    (_QUIZ, "plays", ("Cheon Ha-rim", "Mo Seul-a")),
    (_QUIZ, "membership", ("Mo Seul-a", "STEAMPIPE", "member")),
    (_QUIZ, "performs", ("credited", "Whistle Point", "STEAMPIPE")),
    (_QUIZ, "release", ("Whistle Point", "2033-05-02")),
    (_BOARD, "membership", ("Jimi", "HANDFAN", "member")),
    (_BOARD, "award", ("Best New Female Group, 2032 Cheonmun Music Awards", "HANDFAN", "2032")),
    (_BOARD, "performs", ("vocals", "Fold Line", "Sorai")),
    (_BOARD, "performs", ("credited", "Final Steep", "STEAMPIPE")),
    (_BOARD, "membership", ("Seul-a", "STEAMPIPE", "member")),
    (_BOARD, "release", ("Final Steep", "2033-06-07")),
    (_BOARD, "plays", ("Yeo Da-som", "Son Ha-yeon")),
    (_BOARD, "chart-entry", ("Fold Line", "TuneBox Top 50", 6, "2033-06-10")),
    (_BOARD, "chart-entry", ("Final Steep", "TuneBox Top 50", 12, "2033-06-12")),
    (_SETLIST, "membership", ("Kwon Bi-rae", "STEAMPIPE", "lead vocalist")),
    (_SETLIST, "plays", ("Gang Min-u", "Pyo Hae-sol")),
    (_SETLIST, "membership", ("Pyo Hae-sol", "STEAMPIPE", "member")),
    (_SETLIST, "plays", ("Cheon Ha-rim", "Seul-a")),
    (_SETLIST, "membership", ("Seul-a", "STEAMPIPE", "member")),
    (_SETLIST, "plays", ("Hyunseul", "Tak Ji-ung")),
    (_SETLIST, "performs", ("credited", "Lantern Step", "NOON TIDE")),
    (_SETLIST, "performs", ("vocals", "Final Steep", "Cheon Ha-rim")),
    (_VINYL, "broadcast", ("final episode", "Folded Swan", "2033-06-16")),
    (_VINYL, "plays", ("Pyo Jun-seo", "Nam Gi-ho")),
    (_VINYL, "plays", ("Yeo Da-som", "Son Ha-yeon")),
    (_VINYL, "performs", ("vocals", "Valley Fold", "Yeo Da-som")),
    (_VINYL, "performs", ("vocals", "Gilded Corner", "Pyo Jun-seo")),
    (_VINYL, "release", ("Crease Pattern", "2033-06-02")),
    (_VINYL, "chart-entry", ("Crease Pattern", "TuneBox Top 50", 9, "2033-06-08")),
    (_VINYL, "release", ("Valley Fold", "2033-06-16")),
    (_VINYL, "broadcast", ("available on", "Folded Swan", "TuneBox")),
    (_SPEECH, "award", ("Drama of the Year, 2032 Hwalgi Drama Awards", "Brass Kettle",
                        "2032-12-31")),
    (_SPEECH, "award", ("Best Actress, 2032 Hwalgi Drama Awards", "Bang So-ri", "2032-12-31")),
    (_SPEECH, "award", ("Best New Actor, 2032 Hwalgi Drama Awards", "Hyunseul", "2032-12-31")),
    (_SPEECH, "award", ("Best OST, 2032 Hwalgi Drama Awards", "Crease Pattern", "2032-12-31")),
    (_SPEECH, "award", ("Best Couple, 2032 Hwalgi Drama Awards", "Yeo Da-som", "2032-12-31")),
    (_SPEECH, "plays", ("Bang So-ri", "Kwon Bi-rae")),
    (_SPEECH, "plays", ("Do Ye-chan", "Ha Gu-ryeong")),
    (_SPEECH, "plays", ("Hyunseul", "Tak Ji-ung")),
    (_SPEECH, "membership", ("Kwon Bi-rae", "Steampipe", "lead vocalist")),
    (_SPEECH, "membership", ("Tak Ji-ung", "Steampipe", "member")),
    (_SPEECH, "broadcast", ("final episode", "Brass Kettle", "2033-04-26")),
    (_SPEECH, "chart-entry", ("Crease Pattern", "TuneBox Top 50", 4, "2033-01-01")),
    (_SPEECH, "stream-milestone", ("Crease Pattern", "Streamly", 30000000, "2033-01-02")),
    (_SPEECH, "broadcast", ("available on", "Folded Swan", "TuneBox")),
]
_OVERREACH_THIRTY_FOUR = [
    # the singer recorded the band's single; the band, not she, is credited with it
    (_QUIZ, "performs", ("credited", "Whistle Point", "Bang So-ri")),
    # "who played him" is the guitarist named right before, not the singer named earlier
    (_SETLIST, "plays", ("Gang Min-u", "Kwon Bi-rae")),
    # "The duet" is the song two people sing, not the title read last
    (_VINYL, "release", ("Gilded Corner", "2033-06-02")),
    (_VINYL, "release", ("Valley Fold", "2033-06-02")),
    # the position's date is its own clause's, the count's the other clause's
    (_SPEECH, "chart-entry", ("Crease Pattern", "TuneBox Top 50", 4, "2033-01-02")),
    (_SPEECH, "stream-milestone", ("Crease Pattern", "Streamly", 30000000, "2033-01-01")),
    (_SPEECH, "broadcast", ("available on", "Brass Kettle", "TuneBox")),
]

_POSTS = ("Viewers React to the “Anvil Road” Premiere Weekend\n\n"
          "Dunmore TV’s “Anvil Road” opened its Friday-Saturday run on March 4, and the posts "
          "have not stopped.\n\n"
          "THE LEADS\n"
          "The series is led by Pyo Mi-rae, whose welder Ma Seon-a burns through three masks in "
          "the first episode, and Oh Ji-ho, who shares top billing as Pi Jae-won, a blacksmith who "
          "has come home to run his father’s forge.\n\n"
          "THE BAND\n"
          "The band is LATCHKEY, and by episode 2 Seon-a is its singer. Jae-won has played guitar "
          "in it since school.\n\n"
          "THE IDOL\n"
          "The clip of the weekend belongs to Irongate, the baby of the five-piece boy group WEST "
          "GATE, who plays the band’s drummer. Fellow WEST GATE member Ruan posted the scene; "
          "Taeri, another member, reposted it.\n\n"
          "THE SONG\n"
          "LATCHKEY’s first single, “Rivet Song,” was released on the day of the premiere.\n")
_CASES = ("Behind Glass: The “Anvil Road” Props Exhibition\n\n"
          "CASE 1 — A MICROPHONE\n"
          "Wall label: “Gu Ha-eun, lead singer of Latchkey. Dropped in episode 5.”\n"
          "We noticed: Kang Bo-ri, who played Ha-eun, signed the base.\n\n"
          "CASE 2 — A GUITAR\n"
          "Wall label: “Nam Yu-jin’s guitar, played at every LATCHKEY gig.”\n"
          "We noticed: Ji Seo-hwan, who played Yu-jin, left a pick under the strings. This is the "
          "guitar on “Copper Lane,” the Keys’ second single, which he and Kang duet on as Yu-jin "
          "and Ha-eun. The song made No. 120 on the TuneBox Top 50 dated March 20.\n\n"
          "CASE 3 — A DRUM KIT\n"
          "Wall label: “Bae Ri-an played bass for LATCHKEY between shifts.”\n"
          "We noticed: Irongate came to the preview with WEST GATE’s Ruan and Taeri. The group, "
          "named Best New Male Group at the 2032 Smelter Music Awards, signed the guest book.\n")
_TRAFFIC = ("Chart Traffic: The Week in Drama Songs\n\n"
            "MERGING TRAFFIC\n"
            "DRILLBIT’s “Slag Heap” merged straight into the busy lanes. The girl group’s four "
            "members split it up: Rumi sings the hook, Nayeong and Sua share the verses, and Yeri "
            "raps the bridge.\n\n"
            "SPEED CHECK — TUNEBOX TOP 50, TUESDAY, MAY 24\n"
            "POS | SONG | ARTIST | LANE\n"
            "3 | Copper Lane | LATCHKEY | fast\n"
            "18 | Slag Heap | DRILLBIT | slow\n")
_SESSION = ("Inside the “Anvil Road OST” Listening Session\n\n"
            "The music director read each song from a card:\n\n"
            "ONE // Quench // Pyo Mi-rae & Oh Ji-ho\n"
            "TWO // Ember Dust // Oh Ji-ho\n"
            "THREE // Tongs // Gwak Min-ho\n"
            "FOUR // Forge Light // Pyo Mi-rae\n\n"
            "The room went quiet for the opener. Pyo and Oh recorded it in character, she as the "
            "welder Ma Seon-a and he as the smith Pi Jae-won.\n\n"
            "“Ember Dust,” by contrast, is Oh singing as Jae-won. Gwak Min-ho, who played "
            "Seon-a’s foreman, Paek Da-in, sings “Tongs” as himself.\n\n"
            "The album closes with Pyo, as Seon-a, singing “Forge Light” by herself.\n")
_GALLERY = ("In Pictures: The 2032 Yebom Drama Awards\n\n"
            "The 2032 Yebom Drama Awards were handed out on Friday, December 31, at Gwangju "
            "Hall.\n\n"
            "[PHOTO 1] Pyo Mi-rae lifts the Best Actress trophy over her head. She won for playing "
            "the welder Ma Seon-a in Dunmore TV’s “Anvil Road.”\n\n"
            "[PHOTO 2] Oh Ji-ho, named Best Actor for his blacksmith Pi Jae-won in “Anvil Road,” "
            "hugs his mother.\n\n"
            "[PHOTO 3] Irongate, centre, with fellow WEST GATE members Ruan and Taeri, moments "
            "after he won Best New Actor for Gang Du-ri, LATCHKEY’s drummer.\n\n"
            "[PHOTO 4] Sol Yeon-ji, Best Supporting Actress, whose Nam Yu-jin kept LATCHKEY’s bass "
            "lines steady.\n\n"
            "[PHOTO 5] Pyo Mi-rae and Oh Ji-ho accept Best OST for “Quench,” which they duet on as "
            "Seon-a and the blacksmith Jae-won.\n\n"
            "[PHOTO 6] The director Heo Dan-bi raises Drama of the Year for “Anvil Road,” which "
            "Dunmore TV aired on Fridays and Saturdays from March 4 to April 22.\n\n"
            "The morning after, “Quench” was back on the TuneBox Top 50 at No. 8 (Saturday, "
            "January 1).\n\n"
            "“Anvil Road” and “Harbour Lights” are both on Streamly in Korea; the former is also "
            "on TuneBox in Europe, and the latter on Channel Nine’s app.\n")
_ROUND_THIRTY_FIVE = [
    (_POSTS, "broadcast", ("first episode", "Anvil Road", "2033-03-04")),
    (_POSTS, "plays", ("Oh Ji-ho", "Pi Jae-won")),
    (_POSTS, "membership", ("Pi Jae-won", "LATCHKEY", "member")),
    (_POSTS, "membership", ("Irongate", "WEST GATE", "member")),
    (_POSTS, "membership", ("Ruan", "WEST GATE", "member")),
    (_POSTS, "membership", ("Taeri", "WEST GATE", "member")),
    (_POSTS, "release", ("Rivet Song", "2033-03-04")),
    (_CASES, "plays", ("Kang Bo-ri", "Gu Ha-eun")),
    (_CASES, "membership", ("Gu Ha-eun", "Latchkey", "lead vocalist")),
    (_CASES, "membership", ("Nam Yu-jin", "Latchkey", "member")),
    (_CASES, "membership", ("Bae Ri-an", "Latchkey", "member")),
    (_CASES, "performs", ("vocals", "Copper Lane", "Ji Seo-hwan")),
    (_CASES, "performs", ("credited", "Copper Lane", "Kang Bo-ri")),
    (_CASES, "chart-entry", ("Copper Lane", "TuneBox Top 50", 120, "2033-03-20")),
    (_CASES, "membership", ("Taeri", "WEST GATE", "member")),
    (_CASES, "award", ("Best New Male Group, 2032 Smelter Music Awards", "WEST GATE", "2032")),
    (_TRAFFIC, "membership", ("Yeri", "DRILLBIT", "member")),
    (_TRAFFIC, "performs", ("vocals", "Slag Heap", "Sua")),
    (_TRAFFIC, "chart-entry", ("Copper Lane", "TuneBox Top 50", 3, "2033-05-24")),
    (_TRAFFIC, "chart-entry", ("Slag Heap", "TuneBox Top 50", 18, "2033-05-24")),
    (_SESSION, "performs", ("vocals", "Quench", "Pyo Mi-rae")),
    (_SESSION, "plays", ("Oh Ji-ho", "Pi Jae-won")),
    (_SESSION, "performs", ("vocals", "Ember Dust", "Oh Ji-ho")),
    (_SESSION, "performs", ("vocals", "Tongs", "Gwak Min-ho")),
    (_SESSION, "performs", ("vocals", "Forge Light", "Pyo Mi-rae")),
    (_GALLERY, "award", ("Best Actress, 2032 Yebom Drama Awards", "Pyo Mi-rae", "2032-12-31")),
    (_GALLERY, "award", ("Best New Actor, 2032 Yebom Drama Awards", "Irongate", "2032-12-31")),
    (_GALLERY, "award", ("Best Supporting Actress, 2032 Yebom Drama Awards", "Sol Yeon-ji",
                         "2032-12-31")),
    (_GALLERY, "award", ("Best OST, 2032 Yebom Drama Awards", "Quench", "2032-12-31")),
    (_GALLERY, "award", ("Drama of the Year, 2032 Yebom Drama Awards", "Anvil Road",
                         "2032-12-31")),
    (_GALLERY, "plays", ("Pyo Mi-rae", "Ma Seon-a")),
    (_GALLERY, "plays", ("Oh Ji-ho", "Pi Jae-won")),
    (_GALLERY, "plays", ("Irongate", "Gang Du-ri")),
    (_GALLERY, "membership", ("Gang Du-ri", "LATCHKEY", "member")),
    (_GALLERY, "plays", ("Sol Yeon-ji", "Nam Yu-jin")),
    (_GALLERY, "membership", ("Nam Yu-jin", "LATCHKEY", "member")),
    (_GALLERY, "performs", ("vocals", "Quench", "Oh Ji-ho")),
    (_GALLERY, "broadcast", ("broadcaster", "Anvil Road", "Dunmore TV")),
    (_GALLERY, "broadcast", ("final episode", "Anvil Road", "2033-04-22")),
    (_GALLERY, "chart-entry", ("Quench", "TuneBox Top 50", 8, "2033-01-01")),
    (_GALLERY, "broadcast", ("available on", "Anvil Road", "TuneBox")),
]
_OVERREACH_THIRTY_FIVE = [
    # "Fellow G member A": the word before the group is no part of its name
    (_POSTS, "membership", ("Ruan", "Fellow WEST GATE", "member")),
    # a member's rap on the group's own song is no featured credit
    (_TRAFFIC, "performs", ("credited", "Slag Heap", "Yeri")),
    (_TRAFFIC, "performs", ("vocals", "Slag Heap", "Yeri")),
    # the prize set beside the name is not the one who plays the part
    (_GALLERY, "plays", ("Best Supporting Actress", "Nam Yu-jin")),
    (_GALLERY, "broadcast", ("available on", "Harbour Lights", "TuneBox")),
]

# Round 36: a cast notice whose parts are described before their actors are named, track
# headings under labels, a card-by-card awards night, and a headline's verb after a name.
_NOTICE = ("“Kelp Harbour” Sets Sail\n\n"
           "Hwaseong TV’s new weekend drama “Kelp Harbour” went on air on Saturday, May 2. The "
           "series streams on Streamly in Korea.\n\n"
           "Do Gyeol-a, a ferry mechanic who ends up singing for the dock band, is the heart of "
           "the show. Min Ho-jeong plays her with quiet fury. By episode 3, Gyeol-a is the lead "
           "singer of the crew’s band, SALT CHORUS.\n\n"
           "Gu Seon-taek, the harbour master’s nephew, never arrives on time. He is played by "
           "Yeon Geum-ha, the drama’s other lead.\n\n"
           "Ra Mun-gyu, the deckhand who hits every railing, now SALT CHORUS’s drummer. The part "
           "went to Gyeyul, the youngest of the six members of boy group NORTHWAKE, in his first "
           "acting role. His groupmates Ganghwan and Doeun came to the premiere.\n")
_SIGNS = ("Soundtrack Signs: The “Kelp Harbour OST”\n\n"
          "Hwaseong TV’s “Kelp Harbour” stars Min Ho-jeong and Yeon Geum-ha.\n\n"
          "♓ PISCES · track 1 · “Low Water” — Min Ho-jeong & Yeon Geum-ha\n"
          "The two leads duet on it in character, Min as Do Gyeol-a and Yeon as Gu Seon-taek.\n\n"
          "♒ AQUARIUS · track 2 · “Rope Knot” — Bae Sung-ah\n"
          "Bae Sung-ah, who played the ferry’s cook, Pyeon Mal-gyeong, sings it as herself rather "
          "than as Mal-gyeong.\n\n"
          "♑ CAPRICORN · track 3 · “Bilge Pump” — Yeon Geum-ha\n"
          "Yeon sings this one as the mechanic, in character from the first line.\n\n"
          "♐ SAGITTARIUS · track 4 · “High Tide” — Min Ho-jeong\n"
          "Released as a single on June 1, a week before the finale, it climbed to No. 9 on the "
          "TuneBox Top 50 on June 4.\n")
_CARDS = ("Fog Bell Awards Night, Card by Card\n\n"
          "“Fog Bell” stars Lim Dae-ung and Jeong Hwi-ram.\n\n"
          "“Signal Flare” is the drama’s first duet. Lim and Jung, who lead the series as the "
          "ferry pilot Ko Eun-pyo and the radio operator Seo Tae-bong, sing it in character.\n\n"
          "Best Actor went to Jung Hwi-ram for Seo Tae-bong, the radio operator.\n\n"
          "Borim took Best New Actress for Yun Chae-bom, the band’s keyboardist. Fellow LAMPLIT "
          "members Aseul and Siwan cheered from the balcony.\n\n"
          "Oh Nam-hee, Best Supporting Actress, whose deckhand Cha Mi-rok played bass in "
          "DECKLIGHT for sixteen episodes.\n\n"
          "The band is called DECKLIGHT. Han Yi-gang, who fronted the band as Baek Ro-yeong, went "
          "home without a trophy.\n")
_CHOOSES = ("This or That: Gyeyul Chooses Between Drums and a Microphone\n\n"
            "The NORTHWAKE member Gyeyul, who played Ra Mun-gyu, came to our office with "
            "snacks.\n")
_ROUND_THIRTY_SIX = [
    (_NOTICE, "broadcast", ("first episode", "Kelp Harbour", "2033-05-02")),
    (_NOTICE, "broadcast", ("available on", "Kelp Harbour", "Streamly")),
    (_NOTICE, "plays", ("Min Ho-jeong", "Do Gyeol-a")),
    (_NOTICE, "plays", ("Yeon Geum-ha", "Gu Seon-taek")),
    (_NOTICE, "plays", ("Gyeyul", "Ra Mun-gyu")),
    (_NOTICE, "membership", ("Do Gyeol-a", "SALT CHORUS", "lead vocalist")),
    (_NOTICE, "membership", ("Ra Mun-gyu", "SALT CHORUS", "member")),
    (_NOTICE, "membership", ("Gyeyul", "NORTHWAKE", "member")),
    (_NOTICE, "membership", ("Ganghwan", "NORTHWAKE", "member")),
    (_NOTICE, "membership", ("Doeun", "NORTHWAKE", "member")),
    (_SIGNS, "performs", ("credited", "Low Water", "Min Ho-jeong")),
    (_SIGNS, "performs", ("credited", "Low Water", "Yeon Geum-ha")),
    (_SIGNS, "performs", ("vocals", "Low Water", "Min Ho-jeong")),
    (_SIGNS, "performs", ("vocals", "Low Water", "Yeon Geum-ha")),
    (_SIGNS, "plays", ("Min Ho-jeong", "Do Gyeol-a")),
    (_SIGNS, "plays", ("Yeon Geum-ha", "Gu Seon-taek")),
    (_SIGNS, "performs", ("credited", "Rope Knot", "Bae Sung-ah")),
    (_SIGNS, "performs", ("vocals", "Rope Knot", "Bae Sung-ah")),
    (_SIGNS, "plays", ("Bae Sung-ah", "Pyeon Mal-gyeong")),
    (_SIGNS, "performs", ("credited", "Bilge Pump", "Yeon Geum-ha")),
    (_SIGNS, "performs", ("vocals", "Bilge Pump", "Yeon Geum-ha")),
    (_SIGNS, "performs", ("credited", "High Tide", "Min Ho-jeong")),
    (_SIGNS, "release", ("High Tide", "2033-06-01")),
    (_SIGNS, "chart-entry", ("High Tide", "TuneBox Top 50", 9, "2033-06-04")),
    (_CARDS, "plays", ("Lim Dae-ung", "Ko Eun-pyo")),
    # "Jeong Hwi-ram" and "Jung Hwi-ram" are one person, proposed once under the spelling that
    # "Jung", standing for that person, is the family name of
    (_CARDS, "plays", ("Jung Hwi-ram", "Seo Tae-bong")),
    (_CARDS, "performs", ("vocals", "Signal Flare", "Lim Dae-ung")),
    (_CARDS, "performs", ("vocals", "Signal Flare", "Jung Hwi-ram")),
    (_CARDS, "plays", ("Borim", "Yun Chae-bom")),
    (_CARDS, "membership", ("Borim", "LAMPLIT", "member")),
    (_CARDS, "membership", ("Aseul", "LAMPLIT", "member")),
    (_CARDS, "membership", ("Siwan", "LAMPLIT", "member")),
    (_CARDS, "plays", ("Oh Nam-hee", "Cha Mi-rok")),
    (_CARDS, "plays", ("Han Yi-gang", "Baek Ro-yeong")),
    (_CARDS, "membership", ("Baek Ro-yeong", "DECKLIGHT", "lead vocalist")),
    (_CHOOSES, "plays", ("Gyeyul", "Ra Mun-gyu")),
    (_CHOOSES, "membership", ("Gyeyul", "NORTHWAKE", "member")),
]
_OVERREACH_THIRTY_SIX = [
    # the prize set beside the name is not the one who plays the part
    (_CARDS, "plays", ("Best Supporting Actress", "Cha Mi-rok")),
    # "Jung" is the "Jeong Hwi-ram" of the sentence before, not a person of its own
    (_CARDS, "plays", ("Jung", "Seo Tae-bong")),
    # a headline's verb ends the name before it
    (_CHOOSES, "plays", ("Gyeyul Chooses Between", "Ra Mun-gyu")),
    # labels before a track heading are no part of its title or artist
    (_SIGNS, "performs", ("credited", "Low Water", "Yeon Geum-ha\nThe two leads duet on it")),
    # "as herself rather than as C": sung out of character, so no part from it
    (_SIGNS, "plays", ("Bae Sung-ah", "Mal-gyeong")),
]

# Round 37: a chart run whose chart is named once, a group's pair and "their bandmates", a
# line-up after "played by" and backing vocals "in character".
_CHART_RUN = ("Tin Lantern tops the TuneBox Top 50\n\n"
              "Gil So-mang’s “Tin Lantern,” the theme of Harbour TV’s “Lantern Wharf,” has reached "
              "the top of the TuneBox Top 50, taking No. 1 on the chart dated May 13.\n\n"
              "The ballad was released on April 17 and debuted at No. 41 on April 19. It climbed "
              "to No. 12 on April 28 and stood at No. 4 on May 4.\n\n"
              "“Wool Sweater,” released on May 1 by the quartet HARBORLIGHT, sits at No. 18 on "
              "the May 13 chart; Miryu and Danbi trade the verses, while their bandmates Onyu and "
              "Yubi handle the harmonies.\n\n"
              "Part 3, Woo Eun-saem’s “Button Box,” came out on May 7. With the finale two weeks "
              "away, Gil’s ballad looks set to stay on top.\n")
_LINEUP = ("“Lantern Wharf” introduces its band\n\n"
           "Harbour TV’s new drama “Lantern Wharf” premieres on June 9. Sim Jin-pyo takes on the "
           "role of Bu Ha-neum, who ends up as lead vocalist of DOCK SEVEN, the band her regulars "
           "start.\n\n"
           "The rest of the line-up is played by Ryeo Da-on as guitarist Mok Yeon-ju and Jeon "
           "Yu-bin as bassist Gong Tae-ryun.\n\n"
           "The band’s first single, “Spin Cycle Blues,” is sung by Sim as Ha-neum, with Ryeo "
           "adding backing vocals in character as Yeon-ju.\n\n"
           "In Korea the series will also stream on Streamly.\n")
_ROUND_THIRTY_SEVEN = [
    (_CHART_RUN, "chart-entry", ("Tin Lantern", "TuneBox Top 50", 41, "2033-04-19")),
    (_CHART_RUN, "chart-entry", ("Tin Lantern", "TuneBox Top 50", 12, "2033-04-28")),
    (_CHART_RUN, "chart-entry", ("Tin Lantern", "TuneBox Top 50", 4, "2033-05-04")),
    (_CHART_RUN, "chart-entry", ("Wool Sweater", "TuneBox Top 50", 18, "2033-05-13")),
    (_CHART_RUN, "performs", ("credited", "Wool Sweater", "HARBORLIGHT")),
    (_CHART_RUN, "membership", ("Miryu", "HARBORLIGHT", "member")),
    (_CHART_RUN, "membership", ("Danbi", "HARBORLIGHT", "member")),
    (_CHART_RUN, "membership", ("Onyu", "HARBORLIGHT", "member")),
    (_CHART_RUN, "membership", ("Yubi", "HARBORLIGHT", "member")),
    (_CHART_RUN, "performs", ("credited", "Button Box", "Woo Eun-saem")),
    (_LINEUP, "plays", ("Ryeo Da-on", "Mok Yeon-ju")),
    (_LINEUP, "plays", ("Jeon Yu-bin", "Gong Tae-ryun")),
    (_LINEUP, "membership", ("Mok Yeon-ju", "DOCK SEVEN", "member")),
    (_LINEUP, "membership", ("Gong Tae-ryun", "DOCK SEVEN", "member")),
    (_LINEUP, "performs", ("vocals", "Spin Cycle Blues", "Ryeo Da-on")),
    (_LINEUP, "broadcast", ("available on", "Lantern Wharf", "Streamly")),
]
_OVERREACH_THIRTY_SEVEN = [
    # "Gil’s ballad" after another song is the one already hers, not the song named last
    (_CHART_RUN, "performs", ("credited", "Button Box", "Gil So-mang")),
    # "Part 3, A’s “T”": A is the artist, not the part
    (_CHART_RUN, "release", ("Woo Eun-saem", "2033-05-07")),
    # "In Korea the series": Korea is no series
    (_LINEUP, "broadcast", ("available on", "Korea", "Streamly")),
]

# Round 38: a chart column's ranked list under a caption in capitals, a review naming its band
# as the story goes, a streaming deal's verbs, an album's vocal lines and an awards night.
_COLUMN = ("OST chart watch\n\n"
           "This week’s TuneBox Top 50 belongs to Harbour TV’s “Kite Season.” Its lead single is "
           "“Folded Crane.”\n\n"
           "The song is credited to Nam Gyu-sol, the drama’s female lead, who plays the courier "
           "Bang Sol-ah and recorded the track as her. Nam spent years on stage.\n\n"
           "Her co-star Yoon Tae-gyeom, who plays the pilot Ha Do-jin, shares the microphone with "
           "her on “Headwind Waltz,” the drama’s second OST part.\n\n"
           "THIS WEEK’S OST TOP TWO (TUNEBOX TOP 50, JUNE 17)\n"
           "1 — Nam Gyu-sol, “Folded Crane” (up 1)\n"
           "7 — Nam Gyu-sol and Yoon Tae-gyeom, “Headwind Waltz” (up 4)\n")
_FIRST_LOOK = ("First look: “Dusk Ferry”\n\n"
               "Harbour TV’s new drama “Dusk Ferry” opened on June 5. By the second episode the "
               "dock town has a band, and the band has a name: Rusty Cranes.\n\n"
               "The heart of it is Gu Ha-jin as Pyeon Seo-rim, a ferry clerk who, against her "
               "will, ends up as the band’s lead vocalist. Do Yun-chan plays Maeng Ho-seok, a "
               "deckhand; by the end of the first episode he is Rusty Cranes’ guitarist.\n\n"
               "NOVAGRID member Ilhan, in his first acting role, is Sa Bong-gu, a net mender who "
               "ends up drumming for the band.\n\n"
               "“Low Tide Signal,” Rusty Cranes’ first single, came out on June 6. Episode two "
               "closes on “Mist Horn,” the first OST part, which comes from Ilhan’s own group.\n")
_DEAL = ("“Dusk Ferry” heads overseas\n\n"
         "Harbour TV’s romance “Dusk Ferry” has signed its first deals. The series, which "
         "premiered on March 3 and bowed out on April 22, is widely loved.\n\n"
         "Streamly has taken the drama for Indonesia and Malaysia. At home, TuneBox has carried "
         "each episode since the premiere.\n\n"
         "In Japan the cable channel Hoshizora TV picked it up in April and shows it with "
         "subtitles.\n\n"
         "The drama stars Gu Ha-jin as Pyeon Seo-rim, a ferry clerk who has lost her voice, and Do "
         "Yun-chan as Maeng Ho-seok, the deckhand who finds it.\n\n"
         "Its theme “Low Tide Signal” reached No. 9 on the TuneBox Top 50 on May 2, and as of the "
         "same day it had been streamed 20 million times on TuneBox.\n\n"
         "TuneBox has also added Harbour TV’s autumn melodrama “Salt Road,” which ran from "
         "September 3 to October 23 last year.\n")
_ALBUM = ("The “Dusk Ferry” album\n\n"
          "Rusty Cranes, the drama’s dockside band, take three of the eight tracks. Gu Ha-jin once "
          "again sings lead as Pyeon Seo-rim, the band’s singer, on the opener “Low Tide Signal.” "
          "Do Yun-chan takes the lead himself, still in character as Maeng Ho-seok, on “Bollard,” "
          "which came out on May 31. The finale single “Rope Burn” is Yeon Da-sol’s turn at the "
          "microphone: she sings it as the band’s bassist, Gwak Eun-ho.\n\n"
          "NOVAGRID’s “Mist Horn” is the brightest moment: the group’s Ilhan, Jeulki and Geuron, "
          "who played the band’s drummer Sa Bong-gu, share the vocals, and their groupmate Pyeolmo "
          "raps the bridge. Kwon Mi-rae’s ballad “Deck Light” followed on June 14; Kwon Mi-rae "
          "handles every sung line.\n\n"
          "Of the new songs, “Customs Blues” is the oddity. Jang Tae-oh, who played the harbour "
          "master, drops the character to sing it. Yeon’s solo “Low Ebb” is also sung out of "
          "character.\n")
_AWARDS_NIGHT = ("Awards night\n\n"
                 "The 4th Harbour Music Awards were held on Saturday, June 14.\n\n"
                 "Song of the Year went to Rusty Cranes’ “Low Tide Signal,” the opening single of "
                 "Harbour TV’s band drama “Dusk Ferry.”\n\n"
                 "Best OST was awarded to “Riptide Hymn,” which Gu Ha-jin and Do Yun-chan recorded "
                 "as Pyeon Seo-rim and Maeng Ho-seok, the characters they played in “Dusk "
                 "Ferry.”\n\n"
                 "Kwon Mi-rae collected Best Female Vocalist for “Deck Light,” the theme of “Salt "
                 "Road,” the Monday-Tuesday drama whose last episode went out on May 8.\n\n"
                 "Best Female Group went to VELORA, the quartet of Meari, Saeum, Dorae and Mureun, "
                 "whose “Buoy” was the third OST part.\n\n"
                 "Best Collaboration went to “Mooring,” Jang Tae-oh’s ballad featuring the rapper "
                 "Soot.\n\n"
                 "NOVAGRID were named Best New Male Group, and all four members, Ilhan, Jeulki, "
                 "Geuron and Pyeolmo, performed “Mist Horn” before the speeches. Ilhan, who played "
                 "Rusty Cranes’ drummer Sa Bong-gu, is the group’s youngest.\n")
_ROUND_THIRTY_EIGHT = [
    (_COLUMN, "chart-entry", ("Folded Crane", "TuneBox Top 50", 1, "2033-06-17")),
    (_COLUMN, "chart-entry", ("Headwind Waltz", "TuneBox Top 50", 7, "2033-06-17")),
    (_COLUMN, "performs", ("credited", "Headwind Waltz", "Yoon Tae-gyeom")),
    (_COLUMN, "plays", ("Nam Gyu-sol", "Bang Sol-ah")),
    (_COLUMN, "performs", ("vocals", "Folded Crane", "Nam Gyu-sol")),
    (_COLUMN, "performs", ("vocals", "Headwind Waltz", "Nam Gyu-sol")),
    (_COLUMN, "performs", ("vocals", "Headwind Waltz", "Yoon Tae-gyeom")),
    (_FIRST_LOOK, "plays", ("Gu Ha-jin", "Pyeon Seo-rim")),
    (_FIRST_LOOK, "membership", ("Pyeon Seo-rim", "Rusty Cranes", "lead vocalist")),
    (_FIRST_LOOK, "membership", ("Maeng Ho-seok", "Rusty Cranes", "member")),
    (_FIRST_LOOK, "plays", ("Ilhan", "Sa Bong-gu")),
    (_FIRST_LOOK, "membership", ("Sa Bong-gu", "Rusty Cranes", "member")),
    (_FIRST_LOOK, "membership", ("Ilhan", "NOVAGRID", "member")),
    (_FIRST_LOOK, "performs", ("credited", "Low Tide Signal", "Rusty Cranes")),
    (_FIRST_LOOK, "performs", ("credited", "Mist Horn", "NOVAGRID")),
    (_DEAL, "broadcast", ("final episode", "Dusk Ferry", "2033-04-22")),
    (_DEAL, "broadcast", ("available on", "Dusk Ferry", "Streamly")),
    (_DEAL, "broadcast", ("available on", "Dusk Ferry", "TuneBox")),
    (_DEAL, "broadcast", ("broadcaster", "Dusk Ferry", "Hoshizora TV")),
    (_DEAL, "plays", ("Do Yun-chan", "Maeng Ho-seok")),
    (_DEAL, "stream-milestone", ("Low Tide Signal", "TuneBox", 20000000, "2033-05-02")),
    (_DEAL, "broadcast", ("available on", "Salt Road", "TuneBox")),
    (_ALBUM, "performs", ("vocals", "Low Tide Signal", "Gu Ha-jin")),
    (_ALBUM, "membership", ("Pyeon Seo-rim", "Rusty Cranes", "lead vocalist")),
    (_ALBUM, "performs", ("vocals", "Bollard", "Do Yun-chan")),
    (_ALBUM, "performs", ("vocals", "Rope Burn", "Yeon Da-sol")),
    (_ALBUM, "membership", ("Ilhan", "NOVAGRID", "member")),
    (_ALBUM, "membership", ("Jeulki", "NOVAGRID", "member")),
    (_ALBUM, "membership", ("Geuron", "NOVAGRID", "member")),
    (_ALBUM, "membership", ("Pyeolmo", "NOVAGRID", "member")),
    (_ALBUM, "performs", ("vocals", "Deck Light", "Kwon Mi-rae")),
    (_ALBUM, "performs", ("vocals", "Customs Blues", "Jang Tae-oh")),
    (_ALBUM, "performs", ("vocals", "Low Ebb", "Yeon Da-sol")),
    (_AWARDS_NIGHT, "award", ("Song of the Year, 4th Harbour Music Awards", "Low Tide Signal",
                              "2033-06-14")),
    (_AWARDS_NIGHT, "performs", ("credited", "Low Tide Signal", "Rusty Cranes")),
    (_AWARDS_NIGHT, "plays", ("Gu Ha-jin", "Pyeon Seo-rim")),
    (_AWARDS_NIGHT, "plays", ("Do Yun-chan", "Maeng Ho-seok")),
    (_AWARDS_NIGHT, "award", ("Best Female Vocalist, 4th Harbour Music Awards", "Kwon Mi-rae",
                              "2033-06-14")),
    (_AWARDS_NIGHT, "broadcast", ("final episode", "Salt Road", "2033-05-08")),
    (_AWARDS_NIGHT, "membership", ("Mureun", "VELORA", "member")),
    (_AWARDS_NIGHT, "performs", ("credited", "Buoy", "VELORA")),
    (_AWARDS_NIGHT, "performs", ("credited", "Mooring", "Soot")),
    (_AWARDS_NIGHT, "plays", ("Ilhan", "Sa Bong-gu")),
]
_OVERREACH_THIRTY_EIGHT = [
    # the drama's end is no premiere
    (_DEAL, "broadcast", ("first episode", "Dusk Ferry", "2033-04-22")),
    # "In Japan the cable channel …": Japan is no series
    (_DEAL, "broadcast", ("broadcaster", "Japan", "Hoshizora TV")),
    # "the band’s drummer" after a group's members is the story's band's, not the group's
    (_ALBUM, "membership", ("Sa Bong-gu", "NOVAGRID", "member")),
    # a member's rap on the group's own song is no featured credit
    (_ALBUM, "performs", ("credited", "Mist Horn", "Pyeolmo")),
    # the plural possessive names the artist; the prize is the song's
    (_AWARDS_NIGHT, "award", ("Song of the Year, 4th Harbour Music Awards", "Rusty Cranes",
                              "2033-06-14")),
    # a drama's last episode dates neither the prize nor a release
    (_AWARDS_NIGHT, "award", ("Best Female Vocalist, 4th Harbour Music Awards", "Kwon Mi-rae",
                              "2033-05-08")),
    (_AWARDS_NIGHT, "release", ("Deck Light", "2033-05-08")),
    # "whose “T”" after the quartet's members is the quartet's
    (_AWARDS_NIGHT, "performs", ("credited", "Buoy", "Mureun")),
    # a song performed before the speeches is a stage, not a recording
    (_AWARDS_NIGHT, "performs", ("vocals", "Mist Horn", "Jeulki")),
]


def test_a_ranked_line_names_neither_a_title_nor_a_group_by_its_number(registry):
    """"1 — A, “T” (up 1)" under a caption: no recording "1", no group "up 1"."""
    tuples, _ = _tuples(registry, _COLUMN)
    assert not [t for t in tuples["performs"] if t[1].isdigit()], tuples["performs"]
    assert not [t for t in tuples["membership"] if t[1].startswith(("up", "down"))]

# Round 39: a fan meeting's line-up and stage, a music director's quoted answers, a ratings
# item, a streaming round-up naming each song's drama, and casting news recalling past prizes.
_FAN_MEETING = ("Fan meeting report\n\n"
                "For six weeks CINDERVALE has existed only inside a rehearsal basement.\n\n"
                "Jo Hae-won, who plays the band’s stubborn frontman Seol Ba-um, opened with “Tin "
                "Roof Hymn,” CINDERVALE’s breakout single. On screen Ba-um is the lead vocalist, "
                "and it is Jo’s own voice, in character, on the recording.\n\n"
                "Around him stood the rest of the line-up: Eun Ha-gyeom as guitarist Baek Ru-da, "
                "and newcomer Eom Sa-rang as bassist Ko Mi-dam. Eun Ha-gyeom then took the "
                "microphone for “Jujube Road,” the grittier CINDERVALE track.\n\n"
                "Tak Yu-seon, who co-stars as sound engineer Hwang Bo-ri, performed her solo "
                "ballad “Harbor Lamp.” The track, credited to Tak, is sung by her as Bo-ri. Later "
                "she and Jo traded verses on “Paper Moths,” a duet credited to both actors.\n")
_DIRECTOR = ("Interview\n\n"
             "We met the music director Cha Eun-seol in her studio.\n\n"
             "“Nari Kim sings ‘Frost Window’ because nobody else was ever on my list,” Cha says. "
             "“When it reached No. 9 on the TuneBox Top 50 on June 2, I phoned her.”\n\n"
             "Part 2, “Seventh Glasshouse,” belongs to the trio WILLOWMERE. “All three of "
             "WILLOWMERE are on it, but only Jiyun and Dareum sing,” she explains.\n")
_RATINGS = ("Ratings\n\n"
            "Channel Nine’s Friday-Saturday drama “Harbour Lights” left on a high. Its 16th and "
            "final episode, which aired on Saturday, June 14, drew 14.2 percent. The record had "
            "belonged to “Orchard Hours,” which peaked at 12.9 percent before its finale on "
            "May 23.\n\n"
            "Earlier in the week, Channel Nine’s Wednesday-Thursday procedural “Bridge Street "
            "Files” aired its last episode on June 12.\n\n"
            "Channel Nine will fill the Wednesday-Thursday slot with “Velvet Tally,” which is "
            "scheduled to premiere later this month.\n")
_ROUND_UP = ("Four OSTs cross milestones\n\n"
             "The biggest figure belongs to CINDERVALE’s “Tin Roof Hymn” from “Basement Tide,” "
             "which passed 200 million streams on TuneBox on June 9. It peaked at No. 2 on the "
             "TuneBox Top 50 on May 5.\n\n"
             "The newest hit is “Snow Arcade,” the theme of the Streamly original “Winter "
             "Pinball.” It is credited to Pyo Seo-yul, who also stars in the series as arcade "
             "owner Gye Da-rim.\n\n"
             "Girl group MOONHUSH rounds out the four. Their “Night Laundry,” recorded for "
             "“Fig Street,” crossed 80 million streams on TuneBox on June 10. MOONHUSH member "
             "Hyeyul sings it, and Yeomin, who joined the group last spring, produced it.\n\n"
             "“Graft Line,” the Nari Kim and Hwaram duet, is still short of the mark.\n")
_CASTING = ("Season two casting\n\n"
            "Ban Ji-ho returns as Bu Chan-ol, the role that won him Best New Actor at the 27th "
            "Silverleaf Drama Awards in 2032. Wang Se-in once again takes on the role of drummer "
            "Gi Geon-u.\n\n"
            "Ahn Bo-ra was named Best Supporting Actress at the 2032 Jadewater Awards. Wang took "
            "the Popularity Award at the 27th Silverleaf Drama Awards, and Mo Ra-im won Best "
            "Newcomer at the 9th Footlight Musical Awards in 2030.\n\n"
            "Singer Yeodam lends her voice to the second part, her own single “Pilot Flame.”\n")
_ROUND_THIRTY_NINE = [
    (_FAN_MEETING, "plays", ("Eom Sa-rang", "Ko Mi-dam")),
    (_FAN_MEETING, "membership", ("Seol Ba-um", "CINDERVALE", "lead vocalist")),
    (_FAN_MEETING, "performs", ("vocals", "Tin Roof Hymn", "Jo Hae-won")),
    (_FAN_MEETING, "performs", ("vocals", "Jujube Road", "Eun Ha-gyeom")),
    (_FAN_MEETING, "performs", ("credited", "Jujube Road", "CINDERVALE")),
    (_FAN_MEETING, "performs", ("vocals", "Harbor Lamp", "Tak Yu-seon")),
    (_FAN_MEETING, "performs", ("vocals", "Paper Moths", "Tak Yu-seon")),
    (_FAN_MEETING, "performs", ("credited", "Paper Moths", "Tak Yu-seon")),
    (_FAN_MEETING, "performs", ("credited", "Paper Moths", "Jo Hae-won")),
    (_DIRECTOR, "chart-entry", ("Frost Window", "TuneBox Top 50", 9, "2033-06-02")),
    (_DIRECTOR, "performs", ("credited", "Seventh Glasshouse", "WILLOWMERE")),
    (_DIRECTOR, "membership", ("Jiyun", "WILLOWMERE", "member")),
    (_DIRECTOR, "membership", ("Dareum", "WILLOWMERE", "member")),
    (_DIRECTOR, "performs", ("vocals", "Seventh Glasshouse", "Dareum")),
    (_RATINGS, "broadcast", ("final episode", "Harbour Lights", "2033-06-14")),
    (_RATINGS, "broadcast", ("final episode", "Orchard Hours", "2033-05-23")),
    (_RATINGS, "broadcast", ("broadcaster", "Bridge Street Files", "Channel Nine")),
    (_RATINGS, "broadcast", ("schedule", "Bridge Street Files", "wednesday-thursday")),
    (_ROUND_UP, "chart-entry", ("Tin Roof Hymn", "TuneBox Top 50", 2, "2033-05-05")),
    (_ROUND_UP, "plays", ("Pyo Seo-yul", "Gye Da-rim")),
    (_ROUND_UP, "performs", ("credited", "Night Laundry", "MOONHUSH")),
    (_ROUND_UP, "membership", ("Yeomin", "MOONHUSH", "member")),
    (_ROUND_UP, "performs", ("credited", "Graft Line", "Hwaram")),
    (_CASTING, "award", ("Best New Actor, 27th Silverleaf Drama Awards", "Ban Ji-ho", "2032")),
    (_CASTING, "award", ("Popularity Award, 27th Silverleaf Drama Awards", "Wang Se-in",
                         "2032")),
    (_CASTING, "award", ("Best Newcomer, 9th Footlight Musical Awards", "Mo Ra-im", "2030")),
    (_CASTING, "plays", ("Wang Se-in", "Gi Geon-u")),
    (_CASTING, "performs", ("vocals", "Pilot Flame", "Yeodam")),
]
_OVERREACH_THIRTY_NINE = [
    # a quotation closed by a comma before its speaker is speech, not a title
    (_DIRECTOR, "chart-entry", ("Nari Kim sings ‘Frost Window’ because nobody else was ever on "
                                "my list", "TuneBox Top 50", 9, "2033-06-02")),
    # a drama named after a song is no recording
    (_ROUND_UP, "chart-entry", ("Basement Tide", "TuneBox Top 50", 2, "2033-05-05")),
    (_ROUND_UP, "performs", ("credited", "Night Laundry", "CINDERVALE")),
    # a channel's plan for a slot is no schedule of the drama spoken of
    (_RATINGS, "broadcast", ("schedule", "Harbour Lights", "wednesday-thursday")),
    # the last episode is no premiere
    (_RATINGS, "broadcast", ("first episode", "Harbour Lights", "2033-06-14")),
]

_COUNTDOWN_ENTRIES = (
    "The best soundtracks of the year\n\n"
    "These are the two we kept replaying.\n\n"
    "2. “Quiet Lantern” — Hwa Seo-rim. Hwa’s ballad for Channel Nine’s “Marrow Pier” "
    "dropped on March 3 and peaked at No. 6 on the TuneBox Top 50 on March 12.\n\n"
    "1. “Copper Swing” — Gim Do-yul and Ra Hye-on. The leads of Channel Nine’s “Tin "
    "Compass,” who play sailors Eop Ga-yun and Pi Jun-ho, recorded this duet in "
    "character. Released on April 2, it climbed to No. 3 on the TuneBox Top 50 on "
    "April 9.\n")
_MUSIC_SHOW = ("KESTRELINE on top\n\n"
               "KESTRELINE took first place on Channel Nine’s weekly music show “Stage Pulse” on "
               "Friday, June 9, with “Amber Tram,” the third OST part of the drama “Harbour "
               "Lights.”\n\n"
               "Not every member of KESTRELINE is heard on it. Haseol sings the verses, while "
               "Dohan and Pyeolin, the group’s rappers, sit this one out.\n\n"
               "“Harbour Lights,” which began on April 5, airs on Channel Nine. International "
               "viewers can stream the series on Streamly.\n")
_PRESS_DAY = ("The cast meets the press\n\n"
              "The cast of Channel Nine’s band drama “Harbour Lights” met reporters hours before "
              "the series premieres tonight, June 20, at 9 p.m.\n\n"
              "Yun Ba-da heads the cast as Seo Ah-rin, a welder who fronts the garage band "
              "DRIFTCOAL as its lead vocalist and rhythm guitarist. Drummer Ko Eun-sol, the third "
              "member of the band, is played by Nam Ji-ho. Cha Yeon and Gu Tae-min round out the "
              "main cast as Ah-rin’s brother Seo Il-do and the landlady Pan Mi-ok.\n")
_BOOTH = ("Inside the booth\n\n"
          "The first voice in the booth belonged to Bae Seo-ah, who plays the baker Jin Da-on. "
          "She recorded the opening theme, her own “Crust Alarm,” fully in character. Released "
          "on May 2 as the first single, it peaked at No. 8 on the TuneBox Top 50 on May 10.\n\n"
          "Singer-songwriter Wol Ha-rin, who has no role in the drama, wrote and recorded “Flour "
          "Moon” in a single take. Her song came out on May 16.\n\n"
          "Bae lends her voice to the closing song, “Crumb Trail,” a duet credited to her and the "
          "indie singer Tae Ro-un.\n")
_ROUND_FORTY = [
    (_COUNTDOWN_ENTRIES, "performs", ("credited", "Quiet Lantern", "Hwa Seo-rim")),
    (_COUNTDOWN_ENTRIES, "release", ("Quiet Lantern", "2033-03-03")),
    (_COUNTDOWN_ENTRIES, "chart-entry", ("Quiet Lantern", "TuneBox Top 50", 6, "2033-03-12")),
    (_COUNTDOWN_ENTRIES, "performs", ("credited", "Copper Swing", "Gim Do-yul")),
    (_COUNTDOWN_ENTRIES, "performs", ("credited", "Copper Swing", "Ra Hye-on")),
    (_COUNTDOWN_ENTRIES, "release", ("Copper Swing", "2033-04-02")),
    (_COUNTDOWN_ENTRIES, "chart-entry", ("Copper Swing", "TuneBox Top 50", 3, "2033-04-09")),
    (_MUSIC_SHOW, "membership", ("Dohan", "KESTRELINE", "member")),
    (_MUSIC_SHOW, "membership", ("Pyeolin", "KESTRELINE", "member")),
    (_MUSIC_SHOW, "broadcast", ("first episode", "Harbour Lights", "2033-04-05")),
    (_MUSIC_SHOW, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_PRESS_DAY, "broadcast", ("first episode", "Harbour Lights", "2033-06-20")),
    (_PRESS_DAY, "membership", ("Seo Ah-rin", "DRIFTCOAL", "lead vocalist")),
    (_PRESS_DAY, "membership", ("Seo Ah-rin", "DRIFTCOAL", "member")),
    (_PRESS_DAY, "plays", ("Nam Ji-ho", "Ko Eun-sol")),
    (_PRESS_DAY, "membership", ("Ko Eun-sol", "DRIFTCOAL", "member")),
    (_PRESS_DAY, "plays", ("Cha Yeon", "Seo Il-do")),
    (_PRESS_DAY, "plays", ("Gu Tae-min", "Pan Mi-ok")),
    (_BOOTH, "performs", ("credited", "Crust Alarm", "Bae Seo-ah")),
    (_BOOTH, "performs", ("vocals", "Crust Alarm", "Bae Seo-ah")),
    (_BOOTH, "release", ("Crust Alarm", "2033-05-02")),
    (_BOOTH, "performs", ("credited", "Flour Moon", "Wol Ha-rin")),
    (_BOOTH, "performs", ("vocals", "Flour Moon", "Wol Ha-rin")),
    (_BOOTH, "release", ("Flour Moon", "2033-05-16")),
    (_BOOTH, "performs", ("vocals", "Crumb Trail", "Bae Seo-ah")),
    (_BOOTH, "performs", ("credited", "Crumb Trail", "Bae Seo-ah")),
    (_BOOTH, "performs", ("credited", "Crumb Trail", "Tae Ro-un")),
]
_OVERREACH_FORTY = [
    # the drama a countdown's song is for is no recording
    (_COUNTDOWN_ENTRIES, "release", ("Marrow Pier", "2033-03-03")),
    (_COUNTDOWN_ENTRIES, "chart-entry", ("Marrow Pier", "TuneBox Top 50", 6, "2033-03-12")),
    (_COUNTDOWN_ENTRIES, "release", ("Tin Compass", "2033-04-02")),
    # a music show is no drama, and a pair cast "as C and D" pairs up in order
    (_MUSIC_SHOW, "broadcast", ("broadcaster", "Stage Pulse", "Channel Nine")),
    (_PRESS_DAY, "plays", ("Gu Tae-min", "Seo Il-do")),
]

_RETROSPECTIVE = ("Ten years on\n\n"
                  "It has been ten years since “Lamp Street Choir” first aired on Channel Nine, on "
                  "June 4, 2023. Its single “Reed Lantern” topped the TuneBox Top 50 on July 10 of "
                  "that year.\n\n"
                  "For anyone planning a rewatch, the full series is available to stream on "
                  "Streamly.\n")
_EXPLAINER = ("Everything to know about the soundtrack\n\n"
              "When does it air?\n\n"
              "New episodes of “Harbour Lights” air Saturdays and Sundays at 9 p.m.\n\n"
              "Part 2: “Dough Theory”\n\n"
              "Released on May 8, the second part is a duet credited to the two leads, Song Ba-rim "
              "and Cho Ye-dam, who sing it as Jin Ha-ru and Mo Dan-bi.\n\n"
              "Part 3: “Glass Oven”\n\n"
              "VELDORA’s contribution came out on May 15. All three members of the group — Serin, "
              "Dahye and Yuon — appear in the lyric video, but only Dahye and Yuon sing on the "
              "track.\n")
_VIDEO = ("Ryu Ae-jin’s ‘Silk Knot’ Video Puts the ‘Velvet Loom’ Rivals Face to Face\n\n"
          "The wait is over for fans of “Velvet Loom.” Ryu Ae-jin’s “Silk Knot,” the third part of "
          "the Channel Nine drama’s soundtrack, was released on June 19.\n\n"
          "The drama premiered on April 6 and is available to stream on Streamly.\n")
_ENCORE = ("The encore\n\n"
           "LUMENFIELD’s “Hollow Bell,” the fourth part, came out last. The trio — Byeolha, Ohun "
           "and Hanui — released it on May 2, with Byeolha and Ohun splitting the verses on the "
           "record.\n")
_ROUND_FORTY_ONE = [
    (_RETROSPECTIVE, "broadcast", ("first episode", "Lamp Street Choir", "2023-06-04")),
    (_RETROSPECTIVE, "chart-entry", ("Reed Lantern", "TuneBox Top 50", 1, "2023-07-10")),
    (_RETROSPECTIVE, "broadcast", ("available on", "Lamp Street Choir", "Streamly")),
    (_EXPLAINER, "broadcast", ("schedule", "Harbour Lights", "saturday-sunday")),
    (_EXPLAINER, "performs", ("credited", "Dough Theory", "Song Ba-rim")),
    (_EXPLAINER, "performs", ("credited", "Dough Theory", "Cho Ye-dam")),
    (_EXPLAINER, "membership", ("Serin", "VELDORA", "member")),
    (_EXPLAINER, "membership", ("Yuon", "VELDORA", "member")),
    (_EXPLAINER, "performs", ("vocals", "Glass Oven", "Dahye")),
    (_EXPLAINER, "performs", ("vocals", "Glass Oven", "Yuon")),
    (_VIDEO, "broadcast", ("first episode", "Velvet Loom", "2033-04-06")),
    (_VIDEO, "broadcast", ("available on", "Velvet Loom", "Streamly")),
    (_ENCORE, "membership", ("Hanui", "LUMENFIELD", "member")),
    (_ENCORE, "performs", ("vocals", "Hollow Bell", "Byeolha")),
    (_ENCORE, "performs", ("vocals", "Hollow Bell", "Ohun")),
]
_OVERREACH_FORTY_ONE = [
    # "of that year" is the year the text named, not the publication's
    (_RETROSPECTIVE, "chart-entry", ("Reed Lantern", "TuneBox Top 50", 1, "2033-07-10")),
    # only the members said to sing it sing it
    (_EXPLAINER, "performs", ("vocals", "Glass Oven", "Serin")),
    (_ENCORE, "performs", ("vocals", "Hollow Bell", "Hanui")),
    # a soundtrack's part is no drama
    (_VIDEO, "broadcast", ("first episode", "Silk Knot", "2033-04-06")),
]

_GUIDE = ("Where to Watch in July\n\n"
          "NEW THIS MONTH\n"
          "“Copper Kettle” (QRS). The Monday-Tuesday mystery premieres on July 6 and is scheduled "
          "to air its final episode on August 25. It will be available to stream on Streamly. Its "
          "first part, “Blue Tin” by the duo MOSS AND MICA, came out on June 3.\n\n"
          "CATCH UP\n"
          "“Linen Crane” (Channel Nine). The romance, led by Ko Min-ju as the baker Moon Ji-su, "
          "aired its last episode on May 5.\n\n"
          "“Cinder Lane” (QRS). The band drama wrapped up on May 30 after 12 episodes, with Jang "
          "Bo-ra as FERNLIGHT’s frontwoman, Seol Ha-jin.\n")
_SET_VISIT = ("On Set\n\n"
              "RUSTFIELD, the four-piece at the heart of the drama, rehearses all day. The band is "
              "fronted by Ma Do-hun, a failed cellist who also plays keys, and Lim Ye-rim takes on "
              "the role.\n\n"
              "The song in rehearsal is “Tin Roof Waltz,” and fans love it: the drama’s first OST "
              "part, credited to RUSTFIELD, came out on June 2. Im sings lead in character as "
              "Do-hun.\n")
_POLL = ("Readers’ Picks 2033\n\n"
         "More than 5,000 of you voted in the Harbour Readers’ Choice Awards, our fourth, before "
         "voting closed on June 1.\n\n"
         "BEST OST\n"
         "Winner: “Tallow Lamp” by Gu Ha-bom.\n\n"
         "BEST COUPLE\n"
         "Winner: Yoon Da-eun and Pi Seung-jae, who play the rival flour merchants Cha Mi-so and "
         "Oh Jun-gi in “Flour Road.” Their duet “Proofing Time,” released on May 3, is credited to "
         "both actors and sung by Yun as Mi-so and Pi as Jun-gi.\n\n"
         "Runner-up: the baker Go Eun-sol and the courier Ban Tae-o of “Flour Road,” played by "
         "Seo Ha-ram and Nam Soo-bin.\n")
_RECAP = ("Episode 5 Recap\n\n"
          "A flashback is scored with “Nine Kites,” singer-songwriter Ahn Yeo-bi’s contribution "
          "to the soundtrack. Later, HALCYON NINE’s “Dry Leaf” swells underneath. The verses go to "
          "Ohsol and Siun, two of the boy band’s six members.\n\n"
          "The closing song is “Linen Hymn.” Hwang Ji-seol sings it as her character, the florist "
          "Woo Soon-hee.\n")
_COLUMN = ("Column\n\n"
           "Start with “Ember Street.” Credited to STONE HOUR, the in-story band of QRS’s “Night "
           "Forge,” and voiced by Kim Dan-woo in character as frontman Baek Ju-won, the song "
           "climbed to No. 4 on the TuneBox Top 50 on June 2.\n\n"
           "“Soft Alloy,” the band’s second single, came out on June 9. Lee Da-som, who plays the "
           "band’s drummer, Ryu Ga-on, takes the lead vocal there, singing as Ga-on.\n")
_ROUND_FORTY_TWO = [
    (_GUIDE, "broadcast", ("broadcaster", "Copper Kettle", "QRS")),
    (_GUIDE, "broadcast", ("schedule", "Copper Kettle", "monday-tuesday")),
    (_GUIDE, "broadcast", ("first episode", "Copper Kettle", "2033-07-06")),
    (_GUIDE, "broadcast", ("final episode", "Copper Kettle", "2033-08-25")),
    (_GUIDE, "broadcast", ("available on", "Copper Kettle", "Streamly")),
    (_GUIDE, "performs", ("credited", "Blue Tin", "MOSS AND MICA")),
    (_GUIDE, "plays", ("Ko Min-ju", "Moon Ji-su")),
    (_GUIDE, "broadcast", ("final episode", "Linen Crane", "2033-05-05")),
    (_GUIDE, "broadcast", ("final episode", "Cinder Lane", "2033-05-30")),
    (_GUIDE, "plays", ("Jang Bo-ra", "Seol Ha-jin")),
    (_GUIDE, "membership", ("Seol Ha-jin", "FERNLIGHT", "lead vocalist")),
    (_SET_VISIT, "plays", ("Lim Ye-rim", "Ma Do-hun")),
    (_SET_VISIT, "membership", ("Ma Do-hun", "RUSTFIELD", "lead vocalist")),
    (_SET_VISIT, "performs", ("credited", "Tin Roof Waltz", "RUSTFIELD")),
    (_SET_VISIT, "performs", ("vocals", "Tin Roof Waltz", "Lim Ye-rim")),
    (_POLL, "award", ("Best OST, 4th Harbour Readers’ Choice Awards", "Tallow Lamp", "2033")),
    (_POLL, "award", ("Best Couple, 4th Harbour Readers’ Choice Awards", "Pi Seung-jae", "2033")),
    (_POLL, "plays", ("Yoon Da-eun", "Cha Mi-so")),
    (_POLL, "plays", ("Pi Seung-jae", "Oh Jun-gi")),
    (_POLL, "performs", ("credited", "Proofing Time", "Yoon Da-eun")),
    (_POLL, "performs", ("credited", "Proofing Time", "Pi Seung-jae")),
    (_POLL, "performs", ("vocals", "Proofing Time", "Yoon Da-eun")),
    (_POLL, "performs", ("vocals", "Proofing Time", "Pi Seung-jae")),
    (_POLL, "plays", ("Seo Ha-ram", "Go Eun-sol")),
    (_POLL, "plays", ("Nam Soo-bin", "Ban Tae-o")),
    (_RECAP, "performs", ("credited", "Nine Kites", "Ahn Yeo-bi")),
    (_RECAP, "membership", ("Ohsol", "HALCYON NINE", "member")),
    (_RECAP, "performs", ("vocals", "Dry Leaf", "Siun")),
    (_RECAP, "plays", ("Hwang Ji-seol", "Woo Soon-hee")),
    (_COLUMN, "performs", ("credited", "Ember Street", "STONE HOUR")),
    (_COLUMN, "performs", ("vocals", "Ember Street", "Kim Dan-woo")),
    (_COLUMN, "membership", ("Baek Ju-won", "STONE HOUR", "lead vocalist")),
    (_COLUMN, "broadcast", ("broadcaster", "Night Forge", "QRS")),
    (_COLUMN, "performs", ("credited", "Soft Alloy", "STONE HOUR")),
    (_COLUMN, "performs", ("vocals", "Soft Alloy", "Lee Da-som")),
]
_OVERREACH_FORTY_TWO = [
    # a guide's "“S” (B)." is a drama and its channel, no song and its artist
    (_GUIDE, "performs", ("credited", "Copper Kettle", "QRS")),
    (_COLUMN, "performs", ("credited", "Night Forge", "QRS")),
    # two parts "played by A and B" pair up in order, never crosswise
    (_POLL, "plays", ("Seo Ha-ram", "Ban Tae-o")),
    # "Im" is the Lim named in full before, not a singer of its own
    (_SET_VISIT, "performs", ("vocals", "Tin Roof Waltz", "Im")),
]

_ROUNDUP = ("OST Round-Up\n\n"
            "Four dramas put out new singles this week.\n\n"
            "“Quiet Platform” — Hwa Seo-jin & Mok Tae-yang (“Last Bus Home,” Channel Nine)\n\n"
            "Channel Nine’s Saturday-Sunday romance, which premiered on May 2, dropped its second "
            "OST part on June 9. Hwa and Mok, who play the conductor Ra Eun-bi and the night guard "
            "Pil Ji-ho, sing the duet in character. It debuted at No. 22 on the TuneBox Top 50 on "
            "June 10.\n\n"
            "“Cedar Smoke” — Oh Seul-bi (“Pine Ledger,” QRS)\n\n"
            "Ballad singer Oh Seul-bi lends her voice to QRS’s Wednesday-Thursday period drama "
            "with this piano-led lament, released on June 11.\n\n"
            "“Wick Oil” — BRASSWORK (“Furrow Notes,” Channel Nine)\n\n"
            "The four-piece rock band brings some noise to the farm comedy. Frontman Koo Min-seok "
            "takes the lead vocal, with bassist Yeon Ga-hae adding harmonies; drummer Noh Seung-ho "
            "and guitarist Jin Bo-ra round out the line-up.\n\n"
            "“Glass Lift” — Ahn Ji-wook (“Tenth Floor,” QRS)\n\n"
            "QRS’s office thriller has built an audience since its May 20 premiere, and this "
            "mid-tempo single, out June 13, should help. Ahn Ji-wook, who also wrote the lyrics, "
            "sings over a warm bass line, and the track was already at No. 41 on the TuneBox Top "
            "50 on June 14.\n")
_AGENCY = ("Ko Ye-rin Signs On\n\n"
           "Ko Ye-rin has joined the cast of “Moss Harbour.” It is her first drama since “Cello "
           "Winter” in 2031, in which she played the "
           "cellist Baek Na-on. That role won her Best New Actress at the 12th Sora Awards the "
           "same year.\n\n"
           "Part 3, Yi Seo-gun’s own “Tide Dial,” reached No. 17 on the TuneBox Top 50 on June 4; "
           "the actor sings it himself.\n")
_STAGE = ("Heading for the Stage\n\n"
          "Musical newcomers Seol Bo-mi and Tae Hyun-ji share the role of Nam Ri-an, whom Gyeon "
          "Ha-jun played on screen. Choi Da-in takes on the bassist Kang Ro-a, played in the drama "
          "by Pyo Ju-hee.\n\n"
          "“Fuse Line” and “Spare Valve” were sung on screen by Gyeon Ha-jun in character as "
          "Ri-an, and Pyo sang “Low Beam” as Ro-a; all three are credited to STATIC HOUR.\n")
_FESTIVAL = ("Festival Line-Up\n\n"
             "The headline news is the return of IRON KITE, the garage band from QRS’s “Motor "
             "Lane,” which aired its last episode on April 30 last year. All four screen members "
             "are coming back: Bae Ju-ho, who played the band’s lead vocalist Son Ha-il; Wi "
             "Eun-ji, its guitarist Ma Da-som; Gil Ha-ram as the bassist Jeon Bo-ra; and Hyeon "
             "Tae-oh as the drummer Pyeon Mu-jin. Bae sang every IRON KITE track on the "
             "soundtrack in character as Ha-il, including “Diesel Lullaby.”\n\n"
             "Closing the night is HOLLOW ARC, the four-piece fronted by singer Geum Ji-rang, with "
             "Jin Yo-sep on guitar, Bang Da-hee on bass and Kwak Tae-ryong on drums. The band’s "
             "“Tin Sail,” the theme of QRS’s “Kings of Dust,” topped the TuneBox Top 50 in "
             "March.\n\n"
             "Then there is SOFT LATITUDE, the R&B duo of Seyun and Minho. Their “Three Degrees,” "
             "from QRS’s “Night Tram,” has the two members trading verses.\n")
_MUSIC_DIRECTOR = ("The Quiet Architect\n\n"
                   "Lim wrote its main theme, “Winter Interest,” for the ballad singer Hong Ye-ri, "
                   "who sang it in a single take. Hong’s recording was released on June 4 and "
                   "peaked at No. 4 on the TuneBox Top 50 on June 10.\n\n"
                   "Its lead, Yeo Da-na, who plays the stargazer Han Bo-ra, sings “Halfway Orion” "
                   "in character; the single, credited to Yeo alone, reached No. 12 on the TuneBox "
                   "Top 50 on June 2.\n")
_ROUND_FORTY_THREE = [
    (_ROUNDUP, "performs", ("credited", "Quiet Platform", "Mok Tae-yang")),
    (_ROUNDUP, "plays", ("Hwa Seo-jin", "Ra Eun-bi")),
    (_ROUNDUP, "plays", ("Mok Tae-yang", "Pil Ji-ho")),
    (_ROUNDUP, "performs", ("vocals", "Quiet Platform", "Hwa Seo-jin")),
    (_ROUNDUP, "release", ("Quiet Platform", "2033-06-09")),
    (_ROUNDUP, "broadcast", ("schedule", "Pine Ledger", "wednesday-thursday")),
    (_ROUNDUP, "release", ("Cedar Smoke", "2033-06-11")),
    (_ROUNDUP, "membership", ("Koo Min-seok", "BRASSWORK", "member")),
    (_ROUNDUP, "membership", ("Jin Bo-ra", "BRASSWORK", "member")),
    (_ROUNDUP, "performs", ("vocals", "Wick Oil", "Yeon Ga-hae")),
    (_ROUNDUP, "broadcast", ("first episode", "Tenth Floor", "2033-05-20")),
    (_ROUNDUP, "release", ("Glass Lift", "2033-06-13")),
    (_ROUNDUP, "performs", ("vocals", "Glass Lift", "Ahn Ji-wook")),
    (_ROUNDUP, "chart-entry", ("Glass Lift", "TuneBox Top 50", 41, "2033-06-14")),
    (_AGENCY, "award", ("Best New Actress, 12th Sora Awards", "Ko Ye-rin", "2031")),
    (_AGENCY, "performs", ("vocals", "Tide Dial", "Yi Seo-gun")),
    (_STAGE, "plays", ("Seol Bo-mi", "Nam Ri-an")),
    (_STAGE, "plays", ("Tae Hyun-ji", "Nam Ri-an")),
    (_STAGE, "plays", ("Choi Da-in", "Kang Ro-a")),
    (_STAGE, "plays", ("Pyo Ju-hee", "Kang Ro-a")),
    (_STAGE, "performs", ("vocals", "Spare Valve", "Gyeon Ha-jun")),
    (_STAGE, "performs", ("vocals", "Fuse Line", "Gyeon Ha-jun")),
    (_STAGE, "performs", ("credited", "Fuse Line", "STATIC HOUR")),
    (_STAGE, "performs", ("credited", "Low Beam", "STATIC HOUR")),
    (_FESTIVAL, "broadcast", ("final episode", "Motor Lane", "2032-04-30")),
    (_FESTIVAL, "plays", ("Wi Eun-ji", "Ma Da-som")),
    (_FESTIVAL, "plays", ("Hyeon Tae-oh", "Pyeon Mu-jin")),
    (_FESTIVAL, "membership", ("Jeon Bo-ra", "IRON KITE", "member")),
    (_FESTIVAL, "membership", ("Son Ha-il", "IRON KITE", "lead vocalist")),
    (_FESTIVAL, "performs", ("credited", "Diesel Lullaby", "IRON KITE")),
    (_FESTIVAL, "performs", ("vocals", "Diesel Lullaby", "Bae Ju-ho")),
    (_FESTIVAL, "membership", ("Geum Ji-rang", "HOLLOW ARC", "member")),
    (_FESTIVAL, "membership", ("Kwak Tae-ryong", "HOLLOW ARC", "member")),
    (_FESTIVAL, "performs", ("credited", "Tin Sail", "HOLLOW ARC")),
    (_FESTIVAL, "membership", ("Seyun", "SOFT LATITUDE", "member")),
    (_FESTIVAL, "performs", ("vocals", "Three Degrees", "Minho")),
    (_MUSIC_DIRECTOR, "release", ("Winter Interest", "2033-06-04")),
    (_MUSIC_DIRECTOR, "chart-entry", ("Winter Interest", "TuneBox Top 50", 4, "2033-06-10")),
    (_MUSIC_DIRECTOR, "performs", ("credited", "Halfway Orion", "Yeo Da-na")),
]
_OVERREACH_FORTY_THREE = [
    # a round-up item's drama is not the headline's: the next section's days are its own
    (_ROUNDUP, "broadcast", ("schedule", "Last Bus Home", "wednesday-thursday")),
    (_ROUNDUP, "broadcast", ("broadcaster", "Last Bus Home", "QRS")),
    # "A's first drama since “S”" credits no song
    (_AGENCY, "performs", ("credited", "Cello Winter", "Ko Ye-rin")),
    # "sung on screen by A" is a voice, not a credit
    (_STAGE, "performs", ("credited", "Spare Valve", "Gyeon Ha-jun")),
    # "The band's “T”" after a real band's line-up is that band's, not the story's
    (_FESTIVAL, "performs", ("credited", "Tin Sail", "IRON KITE")),
    # the drama a song is from does not sing
    (_FESTIVAL, "performs", ("vocals", "Night Tram", "Minho")),
]

_FIRST_LOOK_REVIEW = (
    "First Look\n\n"
    "“Stall Lights” premiered on Channel Nine on May 2. Jang Ye-seo takes on the role "
    "of Oh Ga-rim, a bored pharmacist. Kim Do-rim plays Seo Tae-il, her ex, and newcomer "
    "Ryu Jae-yong co-stars as Noh Bo-seok. Hwang Do-kyeong turns up in episode two as "
    "Pi Sang-man, Jin-hyuk’s old friend.\n\n"
    "By the end of that episode, Ga-rim has talked the others into a band, COPPER "
    "ALLEY. Ga-rim fronts it as lead vocalist, Tae-il handles guitar and Bo-seok, to the "
    "landlord’s dismay, sits behind the drum kit. Their bassist, a courier named Yoo "
    "Ha-rin, is played by Sulbi, a member of the girl group PLUMLINE.\n\n"
    "Part 2, “Lantern Rain,” is voiced by ballad singer Gong Mi-seul and arrived on "
    "June 3.\n")
_FINALE = ("Finale Reactions\n\n"
           "Channel Nine’s weekend drama “Tide Almanac,” which aired Saturdays and Sundays from "
           "May 10, broadcast its last episode on Sunday, June 15.\n\n"
           "Most of the love went to the lead couple, the keeper Yoo Seo-a and the diver Do "
           "Chan-ho, played by Choi Min-a and Baek Ji-on respectively. Ha Tae-gyun, whose ferry "
           "captain Gil Bong-gu got the last line of the series, was a favourite too.\n\n"
           "“The Two Lanterns,” which Choi and Baek recorded together in character, never "
           "charted. Released under both actors’ names on June 1, it has still gathered a "
           "respectable 12 million Streamly streams.\n")
_COMEBACK = ("Comeback\n\n"
             "The quartet RIVERGLASS returned on June 8, releasing “North Signal,” the title track "
             "of their second mini album “Wired North.” Leader Kang Mi-ul and main vocalist "
             "Yeonsol trade the verses, and the song debuted at No. 7 on the TuneBox Top 50 on "
             "June 9.\n\n"
             "Yeonsol lends her voice to “Glass Pier,” the second OST part of “Paper Ward.” "
             "Credited to Yeonsol alone and released on February 26, the track reached No. 38 on "
             "the TuneBox Top 50 dated March 15, and it won her Best New OST Artist at the 2033 "
             "Wren Music Awards.\n")
_SPECIAL = ("Behind the Scenes\n\n"
            "“Glass Rooftop,” the band drama, ran on Channel Nine on Fridays and Saturdays from "
            "January 10 until its final episode on March 1. At its centre is GLASS RIBBON. Jo "
            "Ye-jun plays frontman Ko Seon-jae, Hwang Da-som takes on the role of bassist Bang "
            "Hae-ri, Gu Dong-hyeok is lead guitarist Eom Chang, and drummer Ki Bo-ra is played by "
            "Sim Yu-na.\n\n"
            "The anthem “Rust Glow” is sung by Jo in character as Seon-jae; “Tuesday Sparks” is a "
            "duet for Jo and Hwang. Both are credited to GLASS RIBBON.\n")
_DISBANDING = (
    "Farewell\n\n"
    "Rock band LOAMLINE will split at the end of August. The band is fronted by vocalist "
    "Jung Ha-seon, with Bae Ro-mi on guitar, Cheon Ga-eul on bass and Ohsung, who joined "
    "in 2030, on keyboards.\n\n"
    "For years LOAMLINE was the sound of weeknight television. Their breakthrough, "
    "“Blue Receipt,” was the theme of Channel Nine’s office drama "
    "“Ledger Winter.” Jung sang it with Bae on harmony vocals. Bassist Cheon stepped up "
    "to the microphone only once, on “Gravel Star,” the band’s contribution to QRS’s "
    "fantasy drama “Ferry Nowhere.” “Low Hymn” crossed 100 million streams on Streamly "
    "in May 2032.\n\n"
    "The group itself was named Best Band at the 2032 Wren Music Awards.\n")
_ROUND_FORTY_FOUR = [
    (_FIRST_LOOK_REVIEW, "plays", ("Hwang Do-kyeong", "Pi Sang-man")),
    (_FIRST_LOOK_REVIEW, "membership", ("Oh Ga-rim", "COPPER ALLEY", "lead vocalist")),
    (_FIRST_LOOK_REVIEW, "membership", ("Seo Tae-il", "COPPER ALLEY", "member")),
    (_FIRST_LOOK_REVIEW, "membership", ("Noh Bo-seok", "COPPER ALLEY", "member")),
    (_FIRST_LOOK_REVIEW, "membership", ("Yoo Ha-rin", "COPPER ALLEY", "member")),
    (_FIRST_LOOK_REVIEW, "performs", ("credited", "Lantern Rain", "Gong Mi-seul")),
    (_FIRST_LOOK_REVIEW, "release", ("Lantern Rain", "2033-06-03")),
    (_FINALE, "broadcast", ("final episode", "Tide Almanac", "2033-06-15")),
    (_FINALE, "plays", ("Choi Min-a", "Yoo Seo-a")),
    (_FINALE, "plays", ("Baek Ji-on", "Do Chan-ho")),
    (_FINALE, "plays", ("Ha Tae-gyun", "Gil Bong-gu")),
    (_FINALE, "release", ("The Two Lanterns", "2033-06-01")),
    (_FINALE, "performs", ("credited", "The Two Lanterns", "Choi Min-a")),
    (_FINALE, "performs", ("credited", "The Two Lanterns", "Baek Ji-on")),
    (_FINALE, "stream-milestone", ("The Two Lanterns", "Streamly", 12000000, "2033-06-20")),
    (_COMEBACK, "performs", ("credited", "North Signal", "RIVERGLASS")),
    (_COMEBACK, "release", ("North Signal", "2033-06-08")),
    (_COMEBACK, "performs", ("vocals", "North Signal", "Yeonsol")),
    (_COMEBACK, "chart-entry", ("North Signal", "TuneBox Top 50", 7, "2033-06-09")),
    (_COMEBACK, "release", ("Glass Pier", "2033-02-26")),
    (_COMEBACK, "award", ("Best New OST Artist, 2033 Wren Music Awards", "Yeonsol", "2033")),
    (_SPECIAL, "broadcast", ("first episode", "Glass Rooftop", "2033-01-10")),
    (_SPECIAL, "broadcast", ("final episode", "Glass Rooftop", "2033-03-01")),
    (_SPECIAL, "plays", ("Gu Dong-hyeok", "Eom Chang")),
    (_SPECIAL, "plays", ("Sim Yu-na", "Ki Bo-ra")),
    (_SPECIAL, "performs", ("vocals", "Tuesday Sparks", "Hwang Da-som")),
    (_SPECIAL, "performs", ("credited", "Tuesday Sparks", "GLASS RIBBON")),
    (_SPECIAL, "performs", ("credited", "Rust Glow", "GLASS RIBBON")),
    (_DISBANDING, "membership", ("Jung Ha-seon", "LOAMLINE", "member")),
    (_DISBANDING, "membership", ("Ohsung", "LOAMLINE", "member")),
    (_DISBANDING, "performs", ("credited", "Blue Receipt", "LOAMLINE")),
    (_DISBANDING, "performs", ("vocals", "Blue Receipt", "Bae Ro-mi")),
    (_DISBANDING, "performs", ("vocals", "Gravel Star", "Cheon Ga-eul")),
    (_DISBANDING, "broadcast", ("broadcaster", "Ferry Nowhere", "QRS")),
    (_DISBANDING, "stream-milestone", ("Low Hymn", "Streamly", 100000000, "2032-05")),
    (_DISBANDING, "award", ("Best Band, 2032 Wren Music Awards", "LOAMLINE", "2032")),
]
_OVERREACH_FORTY_FOUR = [
    # "Part 2, “T,” is voiced by A" is a song's voice, not a part A plays
    (_FIRST_LOOK_REVIEW, "plays", ("Gong Mi-seul", "Lantern Rain")),
    # "C and D, played by A and B respectively": in order only
    (_FINALE, "plays", ("Choi Min-a", "Do Chan-ho")),
    # "their second mini album “T”" is an album: the song named before it charted
    (_COMEBACK, "chart-entry", ("Wired North", "TuneBox Top 50", 7, "2033-06-09")),
    (_COMEBACK, "performs", ("vocals", "Wired North", "Kang Mi-ul")),
    # "B's fantasy drama “S”": the channel is S's, not the article's other drama's
    (_DISBANDING, "broadcast", ("broadcaster", "Ledger Winter", "QRS")),
    # a band's breakthrough is the band's, not its singers'
    (_DISBANDING, "performs", ("credited", "Blue Receipt", "Jung Ha-seon")),
]

_LOCATION_GUIDE = (
    "On Location: The Pier of “Kelp Season”\n\n"
    "Seowon TV’s “Kelp Season” aired its last episode on May 30.\n\n"
    "STOP 1: THE OLD PIER CAFÉ\n"
    "Ryu Han-sol co-stars as Dam Bi-yeon, who runs the café. This is where the band Tidewick’s "
    "“Gill Net Song” plays as Bi-yeon closes up. Tidewick’s frontman, Seok Ju-wan, sings it, "
    "and the band’s bassist, Ma Ye-seul, joins him on the chorus.\n\n"
    "STOP 2: THE SEAWALL\n"
    "Here the soloist Sorabi’s “Brine Letter” plays. Released on May 3, the ballad debuted at "
    "No. 12 on the TuneBox Top 50 on May 5 and has since passed 20 million streams on "
    "Streamly.\n")
_PODCAST_RECAP = (
    "Podcast Recap: “Loop Back” on “Night Ferry Line”\n\n"
    "This week’s episode of “Loop Back,” the K-drama music podcast hosted by Tae Ha-ram, "
    "covers Channel Nine’s “Night Ferry Line,” the Friday-Saturday band drama that premiered "
    "on March 3.\n\n"
    "THE BAND\n"
    "The hosts begin with The Bollards, the dock workers’ band at the heart of the show. It is "
    "fronted by Pyeon Da-hae (Lee Chan-sol); Woo Ji-seong plays the keyboardist, Yang "
    "Bo-ram.\n\n"
    "PART 1: “ROPE AND RING”\n"
    "The Bollards’ first single came out on March 4, with Lee Chan-sol singing it in character "
    "as Da-hae.\n\n"
    "PART 2: “HARBOUR NOON”\n"
    "The girl group PEARLTIDE’s bright detour was released on March 18. Members Miryo and Jiul "
    "split the verses.\n\n"
    "PART 3: “SALT ON THE RAIL”\n"
    "Credited to Lee Chan-sol and Woo Ji-seong, the duet was released on April 1 and is sung "
    "by the pair in character as Da-hae and Bo-ram.\n\n"
    "“Loop Back” is out every Tuesday.\n")
_ENLISTED = (
    "Kwon Ye-jun Enlists\n\n"
    "Actor Kwon Ye-jun entered a training camp today. He first drew notice in Channel Nine’s "
    "“Copper Orchard” (2030) as Nam Gyu-chan, the farmer’s son, a part that won him Best New "
    "Actor at the 9th Ilsan Drama Awards on December 31, 2030. Two years later he took on the "
    "role of the baker Jeon Mu-yeol in “Rising Dough.” Then came “Ember Watch,” in which he "
    "fronts a fire station’s band, Ovenlight. The band’s guitarist, Baek Si-won, was played "
    "by Cha Deok-hwan, and its drummer, Hwang Ro-un, by Dahyul of the group MOSSRAY.\n")
_TABLE_READ = (
    "The cast of “Ember Watch” met for the first script reading. Song Da-yul read the part of "
    "Ko Eun-bi, a cook who sings with the band. Pyo Min-seong reads as Ovenlight’s bassist, "
    "Im Sae-rom.\n")

_ROUND_FORTY_FIVE = [
    (_LOCATION_GUIDE, "plays", ("Ryu Han-sol", "Dam Bi-yeon")),
    (_LOCATION_GUIDE, "performs", ("credited", "Gill Net Song", "Tidewick")),
    (_LOCATION_GUIDE, "performs", ("vocals", "Gill Net Song", "Seok Ju-wan")),
    (_LOCATION_GUIDE, "performs", ("vocals", "Gill Net Song", "Ma Ye-seul")),
    (_LOCATION_GUIDE, "stream-milestone", ("Brine Letter", "Streamly", 20000000, "2033-06-20")),
    (_PODCAST_RECAP, "broadcast", ("schedule", "Night Ferry Line", "friday-saturday")),
    (_PODCAST_RECAP, "membership", ("Pyeon Da-hae", "Bollards", "lead vocalist")),
    (_PODCAST_RECAP, "membership", ("Yang Bo-ram", "Bollards", "member")),
    (_PODCAST_RECAP, "performs", ("credited", "ROPE AND RING", "Bollards")),
    (_PODCAST_RECAP, "performs", ("vocals", "ROPE AND RING", "Lee Chan-sol")),
    (_PODCAST_RECAP, "performs", ("credited", "HARBOUR NOON", "PEARLTIDE")),
    (_PODCAST_RECAP, "membership", ("Miryo", "PEARLTIDE", "member")),
    (_PODCAST_RECAP, "membership", ("Jiul", "PEARLTIDE", "member")),
    (_PODCAST_RECAP, "performs", ("credited", "SALT ON THE RAIL", "Lee Chan-sol")),
    (_PODCAST_RECAP, "performs", ("credited", "SALT ON THE RAIL", "Woo Ji-seong")),
    (_PODCAST_RECAP, "performs", ("vocals", "SALT ON THE RAIL", "Woo Ji-seong")),
    (_ENLISTED, "plays", ("Kwon Ye-jun", "Nam Gyu-chan")),
    (_ENLISTED, "plays", ("Kwon Ye-jun", "Jeon Mu-yeol")),
    (_ENLISTED, "award", ("Best New Actor, 9th Ilsan Drama Awards", "Kwon Ye-jun",
                          "2030-12-31")),
    (_ENLISTED, "plays", ("Cha Deok-hwan", "Baek Si-won")),
    (_ENLISTED, "plays", ("Dahyul", "Hwang Ro-un")),
    (_TABLE_READ, "plays", ("Song Da-yul", "Ko Eun-bi")),
    (_TABLE_READ, "plays", ("Pyo Min-seong", "Im Sae-rom")),
]
_OVERREACH_FORTY_FIVE = [
    # "“T” plays as C closes up": a song plays under a scene
    (_LOCATION_GUIDE, "plays", ("Gill Net Song", "Dam Bi-yeon")),
    # "“P,” the K-drama music podcast": a podcast, whose days are no drama's schedule
    (_PODCAST_RECAP, "broadcast", ("schedule", "Loop Back", "friday-saturday")),
    (_PODCAST_RECAP, "broadcast", ("schedule", "Loop Back", "tuesday")),
    # the members named after a group's song are that group's, not an earlier group's
    (_PODCAST_RECAP, "performs", ("credited", "HARBOUR NOON", "Miryo")),
    # "its drummer, D, by B of the group G": G is B's group, D a part
    (_ENLISTED, "membership", ("Hwang Ro-un", "MOSSRAY", "member")),
    # "the 9th Ilsan Drama Awards" and "Best New Actor" are no one who plays a part
    (_ENLISTED, "plays", ("Best New Actor", "Jeon Mu-yeol")),
    (_ENLISTED, "plays", ("Nam Gyu-chan", "Jeon Mu-yeol")),
]

# The sentences each round generalised to (a table per round, above; round 17's, whose texts
# take a prefix, has its own tests), and what each must not read into them.
_STREAMING_GUIDE = (
    "New on Streamly in July: Three Dramas for Your Weekends\n\n"
    "July brings simulcasts and catch-up titles to Streamly. Here is what is arriving.\n\n"
    "SALT KILN ROAD\n"
    "Arrives: Saturday, July 5\n"
    "Harang Network’s new mystery premieres on July 5 and airs Saturdays and Sundays, with "
    "each episode reaching Streamly about an hour after broadcast. Gu Seol-mi stars as the "
    "potter Yeom Da-on, who hides a courier, Bae Mu-jin (Tak Eun-ho), in her kiln shed. The "
    "lead single is the soloist Haneulbit’s “Kiln Ash,” and Haneulbit delivers it in a "
    "hush.\n\n"
    "THE ATTIC TENANT\n"
    "Arrives: Wednesday, July 16, all 12 episodes\n"
    "Missed it on Gohyang TV? The Monday-Tuesday drama ran from March 3 to April 8, and the "
    "whole series is on Streamly from the 16th. Min Ha-gyeol plays the landlord Seok Bo-ram, "
    "opposite Cheon Yu-jae as his attic tenant, Heo Ran-byeol. The lead track, Cheon Yu-jae’s "
    "“Skylight Waltz,” has him singing in character as Ran-byeol.\n\n"
    "ORCHARD AMPLIFIER\n"
    "Arrives: Friday, July 18\n"
    "Gohyang TV closes the month with a band drama, airing Fridays and Saturdays from July 18 "
    "and simulcast on Streamly. Its fictional trio, PEAR STATIC, is fronted by the singer Moon "
    "Ha-ryeong (Yoo Seo-jin), with Ha Do-yun (Jin Bit-na) on guitar and Kang Ye-bom (Baek "
    "Tae-oh) behind the drums.\n")
_ONE_YEAR_ON = (
    "A Year After “Fuse Box Serenade”: Where the Four of GRAVEL HUM Are Now\n\n"
    "It has been a year since Harang Network’s “Fuse Box Serenade” left the air.\n\n"
    "SEOK MIN-HWA (Bang Ye-rin, vocals)\n"
    "Seok played GRAVEL HUM’s frontwoman, Bang Ye-rin. This spring she returned to Harang "
    "Network as the florist Ku Da-som in “The Greenhouse Ledger.” She also sings that drama’s "
    "OST, “Glasshouse Hum,” which came out under her own name on March 2.\n\n"
    "TAK JU-HWAN (Noh Si-u, bass)\n"
    "Tak, who played the bassist Noh Si-u, began his military service in February.\n\n"
    "WANG HYE-BIN (Go Eun-chae, guitar)\n"
    "The band’s guitarist, Go Eun-chae, was played by Wang Hye-bin, who went back to her day "
    "job: she is one of the five members of the girl group VELVET TIDE. In January she was "
    "named Best New Actress at the 12th Moonwell Drama Awards for her turn as Eun-chae.\n\n"
    "YEO DONG-GU (Pyo Ra-on, drums)\n"
    "Yeo Dong-gu, GRAVEL HUM’s drummer Pyo Ra-on, has turned to singing. He is the voice on "
    "“Sunday Crumb,” a track from the soundtrack of Gohyang TV’s “Bread Street” that is "
    "credited to Yeo and the pianist Ahn Da-yeong.\n\n"
    "Editor’s note: An earlier version of this article said “Glasshouse Hum” was released on "
    "March 1. The song came out on March 2.\n")
_ACTRESS_PROFILE = (
    "Ha Bom-yi, From Apprentice to Auditor\n\n"
    "Ha Bom-yi has had a busy decade.\n\n"
    "She made her debut in 2024 as Mok Ga-eun, the apprentice in Harang Network’s “Lantern "
    "Kiln.” Two years later came her breakout, Gohyang TV’s “Alley Detectives,” in which she "
    "played the rookie Jeon Ga-ul opposite Gong Tae-seok as her weary partner, Ryu "
    "Seon-chan.\n\n"
    "At the 9th Pinecrest Drama Awards on December 30, 2026, she took home Best New Actress "
    "for the role.\n\n"
    "These days Ha leads Harang Network’s Monday-Tuesday drama “Ledger of Orchids,” which "
    "premiered on May 26. She plays the auditor Nam Ye-seul, and Oh Jin-beom co-stars as Baek "
    "Man-su, the baker whose books she examines. Streamly carries the series abroad.\n")
_ADAPTATION = (
    "From Webtoon to Screen: “Tin Can Chorus”\n\n"
    "“Tin Can Chorus” began as a webtoon.\n\n"
    "The biggest change is COIN RATTLE, a garage band the webtoon never had. In the drama, Seo "
    "Ha-rang is its lead vocalist, Yun Bo-gyeol plays guitar, Cha Yeon-ul handles keyboards and "
    "Do Jae-hun sits behind the drum kit.\n\n"
    "Harang Network aired the series on Fridays and Saturdays from January 9. Part 3, Go "
    "Ye-bin’s “Rain Gutter,” arrived on February 7, sung in character as Ha-rang.\n")
_HEADLINE_CREDIT = (
    "Nam Bo-ra’s “Tidepool Letters” Enters TuneBox Top 50 as “Ferry Salt” OST Part 3\n\n"
    "The ballad was released on June 9.\n")
_ROUND_FORTY_SIX = [
    (_STREAMING_GUIDE, "broadcast", ("broadcaster", "Salt Kiln Road", "Harang Network")),
    (_STREAMING_GUIDE, "broadcast", ("available on", "Salt Kiln Road", "Streamly")),
    (_STREAMING_GUIDE, "broadcast", ("schedule", "Salt Kiln Road", "saturday-sunday")),
    (_STREAMING_GUIDE, "plays", ("Tak Eun-ho", "Bae Mu-jin")),
    (_STREAMING_GUIDE, "performs", ("vocals", "Kiln Ash", "Haneulbit")),
    (_STREAMING_GUIDE, "broadcast", ("broadcaster", "The Attic Tenant", "Gohyang TV")),
    (_STREAMING_GUIDE, "broadcast", ("first episode", "The Attic Tenant", "2033-03-03")),
    (_STREAMING_GUIDE, "plays", ("Cheon Yu-jae", "Heo Ran-byeol")),
    (_STREAMING_GUIDE, "performs", ("vocals", "Skylight Waltz", "Cheon Yu-jae")),
    (_STREAMING_GUIDE, "broadcast", ("broadcaster", "Orchard Amplifier", "Gohyang TV")),
    (_STREAMING_GUIDE, "broadcast", ("available on", "Orchard Amplifier", "Streamly")),
    (_STREAMING_GUIDE, "broadcast", ("first episode", "Orchard Amplifier", "2033-07-18")),
    (_STREAMING_GUIDE, "membership", ("Moon Ha-ryeong", "PEAR STATIC", "lead vocalist")),
    (_STREAMING_GUIDE, "membership", ("Kang Ye-bom", "PEAR STATIC", "member")),
    (_STREAMING_GUIDE, "plays", ("Yoo Seo-jin", "Moon Ha-ryeong")),
    (_ONE_YEAR_ON, "plays", ("Seok Min-hwa", "Bang Ye-rin")),
    (_ONE_YEAR_ON, "plays", ("Seok Min-hwa", "Ku Da-som")),
    (_ONE_YEAR_ON, "broadcast", ("broadcaster", "The Greenhouse Ledger", "Harang Network")),
    (_ONE_YEAR_ON, "performs", ("credited", "Glasshouse Hum", "Seok Min-hwa")),
    (_ONE_YEAR_ON, "performs", ("vocals", "Glasshouse Hum", "Seok Min-hwa")),
    (_ONE_YEAR_ON, "release", ("Glasshouse Hum", "2033-03-02")),
    (_ONE_YEAR_ON, "plays", ("Tak Ju-hwan", "Noh Si-u")),
    (_ONE_YEAR_ON, "membership", ("Wang Hye-bin", "VELVET TIDE", "member")),
    (_ONE_YEAR_ON, "award", ("Best New Actress, 12th Moonwell Drama Awards", "Wang Hye-bin",
                             "2033-01")),
    (_ONE_YEAR_ON, "plays", ("Yeo Dong-gu", "Pyo Ra-on")),
    (_ONE_YEAR_ON, "performs", ("credited", "Sunday Crumb", "Yeo Dong-gu")),
    (_ONE_YEAR_ON, "performs", ("credited", "Sunday Crumb", "Ahn Da-yeong")),
    (_ONE_YEAR_ON, "performs", ("vocals", "Sunday Crumb", "Yeo Dong-gu")),
    (_ONE_YEAR_ON, "broadcast", ("broadcaster", "Bread Street", "Gohyang TV")),
    (_ACTRESS_PROFILE, "plays", ("Ha Bom-yi", "Mok Ga-eun")),
    (_ACTRESS_PROFILE, "plays", ("Ha Bom-yi", "Jeon Ga-ul")),
    (_ACTRESS_PROFILE, "plays", ("Gong Tae-seok", "Ryu Seon-chan")),
    (_ACTRESS_PROFILE, "plays", ("Ha Bom-yi", "Nam Ye-seul")),
    (_ACTRESS_PROFILE, "broadcast", ("available on", "Ledger of Orchids", "Streamly")),
    (_ADAPTATION, "membership", ("Seo Ha-rang", "COIN RATTLE", "lead vocalist")),
    (_ADAPTATION, "membership", ("Yun Bo-gyeol", "COIN RATTLE", "member")),
    (_ADAPTATION, "membership", ("Cha Yeon-ul", "COIN RATTLE", "member")),
    (_ADAPTATION, "membership", ("Do Jae-hun", "COIN RATTLE", "member")),
    (_ADAPTATION, "broadcast", ("broadcaster", "Tin Can Chorus", "Harang Network")),
    (_ADAPTATION, "broadcast", ("first episode", "Tin Can Chorus", "2033-01-09")),
    (_ADAPTATION, "performs", ("vocals", "Rain Gutter", "Go Ye-bin")),
    (_HEADLINE_CREDIT, "performs", ("credited", "Tidepool Letters", "Nam Bo-ra")),
]
_OVERREACH_FORTY_SIX = [
    # "An earlier version of this article said “T” was released on March 1": retracted
    (_ONE_YEAR_ON, "release", ("Glasshouse Hum", "2033-03-01")),
    # the family name alone stands for the full name a profile's heading gives in capitals
    (_ONE_YEAR_ON, "plays", ("Tak", "Noh Si-u")),
    (_ONE_YEAR_ON, "plays", ("Seok", "Bang Ye-rin")),
    # "“T,” a track from the soundtrack of B’s “S” that is credited to A": T's credit, not S's
    (_ONE_YEAR_ON, "performs", ("credited", "Bread Street", "Yeo Dong-gu")),
    # "She plays C, and A co-stars as D": "she" is not A
    (_ACTRESS_PROFILE, "plays", ("Oh Jin-beom", "Nam Ye-seul")),
    (_ACTRESS_PROFILE, "plays", ("Mok Ga-eun", "Jeon Ga-ul")),
    # "P carries the series" under a paragraph on another drama than the first one named
    (_ACTRESS_PROFILE, "broadcast", ("available on", "Lantern Kiln", "Streamly")),
    # "she took home X" after "in which she played C opposite A": "she" may be either
    (_ACTRESS_PROFILE, "award", ("Best New Actress, 9th Pinecrest Drama Awards",
                                 "Gong Tae-seok", "2026-12-30")),
    # "C is its lead vocalist, D plays guitar": D opens a clause of its own
    (_ADAPTATION, "membership", ("Yun Bo-gyeol", "COIN RATTLE", "lead vocalist")),
]
_DONATION = (
    "Wi Seo-rin Gives Her “Folded Dawn” Earnings to a Shelter\n\n"
    "Singer Wi Seo-rin will donate everything she has earned from “Folded Dawn,” her ballad "
    "for the medical drama “Night Ward Cranes,” her agency said on Wednesday.\n\n"
    "The song was released on March 12 and entered the TuneBox Top 50 at No. 40 on March 14.\n\n"
    "“Night Ward Cranes” aired Mondays and Tuesdays on Channel Nine from February 17 until its "
    "final episode on April 13.\n\n"
    "Wi, the main vocalist of the group PAPERLOOM, also shares billing with Yeon Ga-ram on the "
    "duet “Crane Weather,” on which she takes the verses and he sings the chorus.\n\n"
    "The ballad earned Wi the Best OST trophy at the 9th Yeonmot Music Awards on May 24. She had "
    "already been named Best Vocal Performance winner at the 2032 Sunmul Music Awards.\n")
_RECAST = (
    "Actor Tak Yun-ho has joined Channel Nine’s upcoming band drama “Lamp at the End of the "
    "Pier” as Gwon Ha-ul, the drummer of the fictional band RELAY FLARE.\n\n"
    "“Flare Hymn,” credited to RELAY FLARE and sung by Ma Ye-jin in character as Do Ri-a, was "
    "released on June 10.\n\n"
    "On June 21 Hong Bit-na put out “Wax and Wick,” which she sings in character as Su-ae.\n\n"
    "The group DOCKLAMP followed on June 28 with “Carry Seven,” on which members Ryeoun and "
    "Gaon-bi trade verses. “Wax and Wick” debuted on the TuneBox chart at No. 35 on June 26.\n")
_POP_UP = (
    "Channel Nine’s “Gearbox Sessions” aired its last episode on September 28. Ryu Da-hee led "
    "the cast as Oh Na-rim, GEARHEAD’s lead vocalist, with Nam Seon-u as the guitarist Choi "
    "Seo-ri, Pyo Da-som as the bassist Moon Yeong-jin and Eun Tae-gyu as Kwak Gun-hee, the "
    "band’s drummer. Park Jae-on stars as Yun Han-byeol, a radio DJ who moonlights as the lead "
    "singer of the bar band DIAL STATIC.\n")
_ROUND_FORTY_SEVEN = [
    (_DONATION, "performs", ("credited", "Folded Dawn", "Wi Seo-rin")),
    (_DONATION, "chart-entry", ("Folded Dawn", "TuneBox Top 50", 40, "2033-03-14")),
    (_DONATION, "release", ("Folded Dawn", "2033-03-12")),
    (_DONATION, "broadcast", ("first episode", "Night Ward Cranes", "2033-02-17")),
    (_DONATION, "broadcast", ("final episode", "Night Ward Cranes", "2033-04-13")),
    (_DONATION, "performs", ("credited", "Crane Weather", "Wi Seo-rin")),
    (_DONATION, "performs", ("credited", "Crane Weather", "Yeon Ga-ram")),
    (_DONATION, "performs", ("vocals", "Crane Weather", "Yeon Ga-ram")),
    (_DONATION, "award", ("Best OST, 9th Yeonmot Music Awards", "Wi Seo-rin", "2033-05-24")),
    (_DONATION, "award", ("Best Vocal Performance, 2032 Sunmul Music Awards", "Wi Seo-rin",
                          "2032")),
    (_RECAST, "broadcast", ("broadcaster", "Lamp at the End of the Pier", "Channel Nine")),
    (_RECAST, "plays", ("Tak Yun-ho", "Gwon Ha-ul")),
    (_RECAST, "performs", ("vocals", "Flare Hymn", "Ma Ye-jin")),
    (_RECAST, "performs", ("credited", "Wax and Wick", "Hong Bit-na")),
    (_RECAST, "performs", ("vocals", "Wax and Wick", "Hong Bit-na")),
    (_RECAST, "membership", ("Ryeoun", "DOCKLAMP", "member")),
    (_RECAST, "membership", ("Gaon-bi", "DOCKLAMP", "member")),
    (_POP_UP, "plays", ("Pyo Da-som", "Moon Yeong-jin")),
    (_POP_UP, "plays", ("Eun Tae-gyu", "Kwak Gun-hee")),
    (_POP_UP, "membership", ("Yun Han-byeol", "DIAL STATIC", "lead vocalist")),
]
_OVERREACH_FORTY_SEVEN = [
    # "A Gives Her “T” Earnings" over "“T,” her ballad for the drama “S”": T is no drama
    (_DONATION, "broadcast", ("broadcaster", "Folded Dawn", "Channel Nine")),
    # "On June 21 A put out …": the month's day is no part of A's name
    (_RECAST, "performs", ("credited", "Wax and Wick", "21 Hong Bit-na")),
    # "debuted on the P chart at No. 35": a chart, not where a drama streams
    (_RECAST, "broadcast", ("available on", "Lamp at the End of the Pier", "TuneBox")),
]
_ENGAGEMENT = (
    "“Harbor Switchboard” Stars Nam Gyeol-a and Ha Do-wan Are Engaged\n\n"
    "Actors Nam Gyeol-a and Ha Do-wan, who played sweethearts in “Harbor Switchboard,” are "
    "engaged, five months after the Channel Nine drama aired its last episode on January 13.\n\n"
    "In the Friday-Saturday period romance, which premiered on November 4, Nam played Cha "
    "Yeo-ul, and Ha was cast as Geum Bo-ra.\n\n"
    "Fans remember “Crossed Lines,” a duet credited to both actors that they recorded in "
    "character as Yeo-ul and Bo-ra.\n\n"
    "On December 31, the two shared the Best Couple award at the 4th Sanggol Drama Awards.\n\n"
    "It is available to stream on Streamly worldwide and on TuneBox in Korea.\n")
_QUARTET = (
    "Its opening OST part, “Rope Ladder,” credited to the quartet MOSSGATE, came out on "
    "May 2. Ysolde leads the vocals and Piet harmonises on the chorus, while the group’s other "
    "two members, Torvi and Dace, sit the track out.\n\n"
    "“Tide Ledger” was released on May 10 and debuted at No. 30 on the TuneBox Top 50 a day "
    "later. By May 20 it had climbed to No. 8, and it reached No. 2 on the TuneBox Top 50 on "
    "June 1. As of June 10, it had passed 9 million streams on Streamly; on TuneBox it has now "
    "crossed 4 million.\n\n"
    "Gold Reef Entertainment, which manages the song’s credited artist, actress Seol Ha-nyeong, "
    "denied the claim.\n")
_CAMEO = (
    "MOSSGATE’s Ysolde Books a Night at “Pottery Lane Inn”\n\n"
    "Ysolde of the girl group MOSSGATE has filmed a cameo for Channel Nine’s “Pottery Lane Inn,” "
    "the broadcaster said on Thursday. The singer appears in the drama’s ninth episode, which "
    "airs on July 2, as Go Seul-bi, a travelling bride.\n\n"
    "The series stars Heo Jun-gi as Baek Ho-rang, opposite Pi Da-rae as Min Sol-chae. Heo lends "
    "his voice to “Cinder Baton,” which came out on June 4 and is credited to the actor "
    "himself. He sings it as Ho-rang, with Pi Da-rae joining him on the bridge in character as "
    "Sol-chae. It crossed 6 million streams on Streamly on June 11 and 2 million on TuneBox a "
    "day later.\n")
_STREET_SHOW = (
    "The drama’s band, KNOT RADIO, is fronted by Oh Ga-ryeon, the lead vocalist played by Jin "
    "Seo-ha. Bang Ui-jin plays guitarist Noh Sam, and Gil Ye-da is bassist Chu Yeon.\n\n"
    "Bang had his moment on “Loose Wire,” the band’s rowdiest number, also credited to KNOT "
    "RADIO, which he sings in character as Noh Sam on the soundtrack.\n\n"
    "“Night Bus Neon,” another KNOT RADIO track, is on the record a duet between Chu Yeon and "
    "Oh Ga-ryeon, voiced by Gil and Jin.\n\n"
    "The encore was “Umbrella Receipt,” released on June 7 under the name of singer-songwriter "
    "Ryu Jin-seul, whose voice carries the studio version.\n\n"
    "Jeon Mi-so took on the role of Yang Bo-dam, the toll collector who doubles as lead "
    "vocalist of the garage band TOLL PINE.\n\n"
    "“Free Lane,” credited to Jin and Bang, came out on June 5, with each of them singing in "
    "character. “Slow Merge,” a solo release by the singer Dahae that came out on May 21, "
    "peaked at No. 18 on the TuneBox Top 50 on June 15.\n\n"
    "At the 3rd Sanggol Drama Awards on December 30, Gil was named Best Actress and Bang "
    "collected Best New Actor.\n")
_ROUND_FORTY_EIGHT = [
    (_ENGAGEMENT, "broadcast", ("broadcaster", "Harbor Switchboard", "Channel Nine")),
    (_ENGAGEMENT, "broadcast", ("final episode", "Harbor Switchboard", "2033-01-13")),
    (_ENGAGEMENT, "broadcast", ("first episode", "Harbor Switchboard", "2032-11-04")),
    (_ENGAGEMENT, "broadcast", ("schedule", "Harbor Switchboard", "friday-saturday")),
    (_ENGAGEMENT, "performs", ("credited", "Crossed Lines", "Nam Gyeol-a")),
    (_ENGAGEMENT, "performs", ("credited", "Crossed Lines", "Ha Do-wan")),
    (_ENGAGEMENT, "performs", ("vocals", "Crossed Lines", "Ha Do-wan")),
    (_ENGAGEMENT, "award", ("Best Couple, 4th Sanggol Drama Awards", "Nam Gyeol-a",
                            "2032-12-31")),
    (_ENGAGEMENT, "award", ("Best Couple, 4th Sanggol Drama Awards", "Ha Do-wan", "2032-12-31")),
    (_QUARTET, "performs", ("credited", "Rope Ladder", "MOSSGATE")),
    (_QUARTET, "performs", ("vocals", "Rope Ladder", "Ysolde")),
    (_QUARTET, "performs", ("vocals", "Rope Ladder", "Piet")),
    (_QUARTET, "membership", ("Ysolde", "MOSSGATE", "member")),
    (_QUARTET, "membership", ("Torvi", "MOSSGATE", "member")),
    (_QUARTET, "chart-entry", ("Tide Ledger", "TuneBox Top 50", 8, "2033-05-20")),
    (_QUARTET, "stream-milestone", ("Tide Ledger", "TuneBox", 4000000, "2033-06-20")),
    (_QUARTET, "performs", ("credited", "Tide Ledger", "Seol Ha-nyeong")),
    (_CAMEO, "membership", ("Ysolde", "MOSSGATE", "member")),
    (_CAMEO, "broadcast", ("broadcaster", "Pottery Lane Inn", "Channel Nine")),
    (_CAMEO, "plays", ("Ysolde", "Go Seul-bi")),
    (_CAMEO, "performs", ("credited", "Cinder Baton", "Heo Jun-gi")),
    (_CAMEO, "performs", ("vocals", "Cinder Baton", "Pi Da-rae")),
    (_CAMEO, "stream-milestone", ("Cinder Baton", "TuneBox", 2000000, "2033-06-12")),
    (_STREET_SHOW, "performs", ("credited", "Night Bus Neon", "KNOT RADIO")),
    (_STREET_SHOW, "performs", ("vocals", "Loose Wire", "Bang Ui-jin")),
    (_STREET_SHOW, "performs", ("credited", "Umbrella Receipt", "Ryu Jin-seul")),
    (_STREET_SHOW, "performs", ("vocals", "Umbrella Receipt", "Ryu Jin-seul")),
    (_STREET_SHOW, "membership", ("Yang Bo-dam", "TOLL PINE", "lead vocalist")),
    (_STREET_SHOW, "performs", ("vocals", "Free Lane", "Jin Seo-ha")),
    (_STREET_SHOW, "performs", ("vocals", "Slow Merge", "Dahae")),
    (_STREET_SHOW, "award", ("Best New Actor, 3rd Sanggol Drama Awards", "Bang Ui-jin",
                             "2032-12-30")),
    (_ENGAGEMENT, "broadcast", ("available on", "Harbor Switchboard", "TuneBox")),
]
_OVERREACH_FORTY_EIGHT = [
    # "a duet between C and D, voiced by A and B": singing voices, not parts
    (_STREET_SHOW, "plays", ("Gil Ye-da", "Oh Ga-ryeon")),
    (_STREET_SHOW, "performs", ("credited", "Night Bus Neon", "Gil Ye-da")),
    # "Gil was named Best Actress and Bang collected X": an award is no winner of another
    (_STREET_SHOW, "award", ("Best New Actor, 3rd Sanggol Drama Awards", "Best Actress",
                             "2032-12-30")),
    # "A's B Books a Night at “S”": the headline's verb is no part of B's name
    (_CAMEO, "membership", ("Ysolde Books", "MOSSGATE", "member")),
    # "won X at the Y Awards, and as of January 2 it had logged …": a count's day, not the win's
    ("“Ebb Tide Postcard” won Best OST at the Gamnip Drama Awards, and as of January 2 it had "
     "logged 12 million Streamly streams.", "award",
     ("Best OST, 2033 Gamnip Drama Awards", "Ebb Tide Postcard", "2033-01-02")),
]
_RERUN = (
    "“Tern Harbor” Returns to the Schedule\n\n"
    "Channel Nine will rerun “Tern Harbor” from Saturday, July 6, the channel confirmed. The "
    "sixteen episodes move to a late-night weekend slot, two every Saturday and Sunday.\n\n"
    "The series first went out on Gaon Cable, airing Mondays and Tuesdays.\n\n"
    "Rim Da-on leads the cast as Kwon Hae-jin, and Seo Ha-gyeol co-stars as her brother, Kwon "
    "Tae-il.\n\n"
    "“Pier Lamps,” the OST’s first part, is credited to Rim Da-on, who sings it in character as "
    "Hae-jin. “Salt Glass,” the second part, is a solo ballad by Ye Bom-i, whose husky alto "
    "carries the whole track.\n\n"
    "Then there is “Two Oars,” the duet credited to Rim Da-on and Seo Ha-gyeol. The pair voiced "
    "it in character as the Kwon siblings.\n")
_SOLO_DEBUT = (
    "Jaeron of the four-member boy group KITEFALL released his first solo single, “Glass "
    "Comet,” on Monday, June 4.\n\n"
    "For most listeners, Jaeron is still the voice of “Ink Well.” The ballad, part two of the "
    "soundtrack of Channel Nine’s “The Bead Garden,” is credited to Jaeron alone.\n\n"
    "In “The Bead Garden,” Jaeron took on the role of Seo Gyeol-han, a bookkeeper who falls for "
    "the heiress Ban Ye-gyeol, played by Kim Ye-on.\n\n"
    "Kim Ye-on and Jaeron also share “Small Ledger,” a duet credited to both of them. They "
    "recorded it in character, she as Ye-gyeol and he as Gyeol-han.\n\n"
    "The role won Jaeron Best New Actor at the 12th Sanggol Drama Awards on April 19.\n")
_BIRTHDAY = (
    "Byeon Tae-ho Turns 31\n\n"
    "Byeon Tae-ho celebrates his 31st birthday today.\n\n"
    "“Cloud Season” (2030)\n\n"
    "His first lead came in “Cloud Season,” a Friday-Saturday drama on Channel Nine that "
    "premiered on September 3, 2030, and wrapped on October 23 that year. Byun played the "
    "firefighter Tak Yeon-ho opposite Yun Ga-ram, who was cast as the paramedic Ham Ji-so. The "
    "part earned him Best New Actor at the 6th Sanggol Drama Awards that December.\n\n"
    "“Backstage Cove” (2031)\n\n"
    "A year later he picked up a bass for Channel Nine’s band drama “Backstage Cove.” As Ryu "
    "Han-gil he was the bassist of NOVA THREAD, the in-story rock band fronted by singer Gil "
    "Mae-ra (Ma Seo-yun), with Seok Jun-ho behind the kit as drummer Gong Du-ho.\n\n"
    "“Quarter Dawn,” credited to NOVA THREAD and released on May 23, 2031, features Byeon’s "
    "vocals in character as Han-gil, trading lines with Ma as Mae-ra. It climbed to No. 12 on "
    "the TuneBox Top 50 on June 10 that year.\n")
_PRACTICE = (
    "Jin Ha-ram posted photos from band practice on Tuesday.\n\n"
    "In the drama, Jin plays Baek Ro-ha, the drummer of the struggling four-piece Velvet Oar. "
    "Cha Hyang-ju, played by Nam Seul-ji, sings lead, while Hyeon Do-ryun is the guitarist Sim "
    "Hyeok-jae.\n\n"
    "Nam, who also belongs to the girl group PRISMA with Durumi and Gaebi, carries most of the "
    "band’s vocals. She sings “Oar Theory,” the Velvet Oar single released on May 3, in "
    "character as Hyang-ju, and she shares the band’s follow-up, “Porch Fever,” with Hyeon, "
    "who takes the second verse as Hyeok-jae.\n")
_ACOUSTIC = (
    "Han Seul-i Strips “Lamp Code” Down to One Guitar\n\n"
    "The new version, titled “Lamp Code (Acoustic Ver.),” was released on June 9. It is "
    "credited to Han Seul-i alone. By the morning of June 10 it had logged 1 million streams on "
    "Streamly.\n\n"
    "The original, credited to Lee Seo-ha, is one of the drama’s in-character songs. Lee starred "
    "as the signaller Paeng Sul-a, and she lends her voice to the track as Sul-a. It was "
    "released on March 18.\n\n"
    "The song entered the TuneBox Top 50 at No. 31 on March 20 and climbed to No. 3 on April "
    "25.\n\n"
    "“Semaphore Days,” a Wednesday-Thursday series on Channel Nine, premiered on March 11. "
    "Park Cheol-ho co-starred as the keeper Yeo Pil-gyu.\n\n"
    "“Keeper Hour,” which is credited to Park Cheol-ho and which he recorded as Pil-gyu, came "
    "out on April 2.\n")
_ROUND_FORTY_NINE = [
    (_RERUN, "broadcast", ("broadcaster", "Tern Harbor", "Gaon Cable")),
    (_RERUN, "performs", ("credited", "Pier Lamps", "Rim Da-on")),
    (_RERUN, "performs", ("credited", "Salt Glass", "Ye Bom-i")),
    (_RERUN, "performs", ("vocals", "Salt Glass", "Ye Bom-i")),
    (_RERUN, "performs", ("vocals", "Two Oars", "Seo Ha-gyeol")),
    (_SOLO_DEBUT, "performs", ("credited", "Glass Comet", "Jaeron")),
    (_SOLO_DEBUT, "performs", ("credited", "Ink Well", "Jaeron")),
    (_SOLO_DEBUT, "performs", ("vocals", "Ink Well", "Jaeron")),
    (_SOLO_DEBUT, "plays", ("Kim Ye-on", "Ban Ye-gyeol")),
    (_SOLO_DEBUT, "performs", ("credited", "Small Ledger", "Kim Ye-on")),
    (_SOLO_DEBUT, "performs", ("vocals", "Small Ledger", "Jaeron")),
    (_SOLO_DEBUT, "award", ("Best New Actor, 12th Sanggol Drama Awards", "Jaeron",
                            "2033-04-19")),
    (_BIRTHDAY, "broadcast", ("broadcaster", "Cloud Season", "Channel Nine")),
    (_BIRTHDAY, "broadcast", ("final episode", "Cloud Season", "2030-10-23")),
    (_BIRTHDAY, "plays", ("Byeon Tae-ho", "Ryu Han-gil")),
    (_BIRTHDAY, "membership", ("Ryu Han-gil", "NOVA THREAD", "member")),
    (_BIRTHDAY, "membership", ("Gil Mae-ra", "NOVA THREAD", "lead vocalist")),
    (_BIRTHDAY, "membership", ("Gong Du-ho", "NOVA THREAD", "member")),
    (_BIRTHDAY, "performs", ("vocals", "Quarter Dawn", "Byeon Tae-ho")),
    (_BIRTHDAY, "performs", ("vocals", "Quarter Dawn", "Ma Seo-yun")),
    (_BIRTHDAY, "chart-entry", ("Quarter Dawn", "TuneBox Top 50", 12, "2031-06-10")),
    (_BIRTHDAY, "award", ("Best New Actor, 6th Sanggol Drama Awards", "Byeon Tae-ho",
                          "2030-12")),
    (_PRACTICE, "membership", ("Baek Ro-ha", "Velvet Oar", "member")),
    (_PRACTICE, "membership", ("Cha Hyang-ju", "Velvet Oar", "lead vocalist")),
    (_PRACTICE, "plays", ("Hyeon Do-ryun", "Sim Hyeok-jae")),
    (_PRACTICE, "membership", ("Sim Hyeok-jae", "Velvet Oar", "member")),
    (_PRACTICE, "membership", ("Gaebi", "PRISMA", "member")),
    (_PRACTICE, "membership", ("Nam Seul-ji", "PRISMA", "member")),
    (_PRACTICE, "performs", ("vocals", "Oar Theory", "Nam Seul-ji")),
    (_PRACTICE, "performs", ("credited", "Porch Fever", "Velvet Oar")),
    (_PRACTICE, "performs", ("vocals", "Porch Fever", "Hyeon Do-ryun")),
    (_ACOUSTIC, "performs", ("credited", "Lamp Code", "Lee Seo-ha")),
    (_ACOUSTIC, "performs", ("vocals", "Lamp Code", "Lee Seo-ha")),
    (_ACOUSTIC, "release", ("Lamp Code", "2033-03-18")),
    (_ACOUSTIC, "chart-entry", ("Lamp Code", "TuneBox Top 50", 3, "2033-04-25")),
    (_ACOUSTIC, "stream-milestone", ("Lamp Code (Acoustic Ver.)", "Streamly", 1000000,
                                     "2033-06-10")),
    (_ACOUSTIC, "broadcast", ("broadcaster", "Semaphore Days", "Channel Nine")),
    (_ACOUSTIC, "performs", ("vocals", "Keeper Hour", "Park Cheol-ho")),
]
_OVERREACH_FORTY_NINE = [
    # "B will rerun “S” … The episodes move to a weekend slot": a rerun's slot, no schedule
    (_RERUN, "broadcast", ("schedule", "Tern Harbor", "saturday-sunday")),
    # "A of the four-member boy group G released his first solo single": A's, not G's
    (_SOLO_DEBUT, "performs", ("credited", "Glass Comet", "KITEFALL")),
    # "C, a bookkeeper who falls for the heiress D, played by A": A plays D
    (_SOLO_DEBUT, "plays", ("Kim Ye-on", "Seo Gyeol-han")),
    # "“S” (2030)": a heading's year is no artist
    (_BIRTHDAY, "performs", ("credited", "Cloud Season", "2030")),
    # "Byun played C opposite B, …. As D he was …": "he" is Byun, not B
    (_BIRTHDAY, "plays", ("Yun Ga-ram", "Ryu Han-gil")),
    # "A, who also belongs to G with B and C, …. She sings “T”": A, not C
    (_PRACTICE, "performs", ("vocals", "Oar Theory", "Gaebi")),
    # "The original" is not the new version; a song in the headline is no drama
    (_ACOUSTIC, "release", ("Lamp Code (Acoustic Ver.)", "2033-03-18")),
    (_ACOUSTIC, "broadcast", ("broadcaster", "Lamp Code", "Channel Nine")),
]
_INJURY = (
    "Filming of Channel Nine’s “Reed Pharmacy” has been suspended after lead actress Gwak "
    "Seo-rin hurt her ankle.\n\n"
    "Gwak, who plays the pharmacist Min Ha-ui, will need four weeks to recover. The 14th "
    "episode, already edited, will go out on Thursday as planned.\n\n"
    "She is the voice of “Shoal Letters,” the drama’s first OST part, credited to her and "
    "recorded in character as Ha-ui. It became the drama’s first song on the TuneBox Top 50, "
    "entering at No. 44 on the chart dated April 11.\n\n"
    "ORCHIDLINE is Hwaeun, Haneul-i, Bomsae and Yeoreum-i, and on the group’s “Lens Hour” only "
    "Hwaeun and "
    "Yeoreum-i are heard. The quartet is also on the soundtrack with “Pier Bells,” a track sung by "
    "Haneul-i.\n")
_WARNING = (
    "The standards board issued a formal warning to Channel Nine over product placement in its "
    "weekend band drama “Wire Knot.”\n\n"
    "In the scene, Cha Ye-ul (Baek Ha-rin) and Mo Deok-su (Ra Hwan-ju) pass a can back and "
    "forth.\n\n"
    "The two characters belong to Neon Rut, the four-piece garage band around which the story "
    "revolves. Ye-ul sings lead and Deok-su is its guitarist, while the rhythm section consists "
    "of drummer Goh Da-yeon, played by Jin Ha-seul, and bassist Bang Yu-ri, a role taken on by "
    "newcomer Wang Geon-u.\n\n"
    "The band’s first single, “Red Light Waltz,” was released on June 2. The follow-up, “Cheap "
    "Cable,” came out on June 13, with Baek handling the vocals alone.\n")
_SCREENWRITER = (
    "The Friday-Saturday series followed Baek Som-i (Choi Gyeol-a), a former piano teacher who "
    "becomes Cinder Choir’s lead vocalist. Drummer Ra Jin-su (Yoo Han-bi) and bassist Ki Bo-yun "
    "(Um Ga-yun) round out the line-up.\n\n"
    "Credited to Cinder Choir, “Attic Lamp” was released on June 4.\n")
_PLAYLIST = (
    "1. “Grey Window” – Joo Ha-rim\n"
    "Channel Nine’s bakery romance “Night Shift Bakery” gave us this ballad. Released on March "
    "3, it peaked at No. 12 on the TuneBox Top 50 on March 15.\n\n"
    "2. “Leaky Roof” – VANTAGEO\n"
    "The quartet’s contribution to “The Quiet Lodger,” another Channel Nine drama, puts members "
    "Taesol and Seongha on vocals.\n\n"
    "3. “Drainpipe Waltz” – Jeong Ga-ram\n"
    "Jeong Ga-ram, who plays the postwoman Ko Eun-dal in Dasol Plus’s “Postman of Tongyeong,” "
    "recorded this one in character. The track came out on May 28.\n\n"
    "4. “Soaked Socks” – Kwon Bi-yeon & Tae Ho-seul\n"
    "A duet from Channel Nine’s “Floor Eleven,” with Kwon and Tae trading lines until the last "
    "chorus.\n\n"
    "5. “After Midnight Taxi” – Yoon Baek-ha feat. CHALKLINE\n"
    "From Channel Nine’s taxi drama “Meter Down,” this track is credited to Yoon Baek-ha "
    "featuring the rapper CHALKLINE, with Yoon singing throughout. It came out on February 9.\n")
_RADIO = (
    "Dalbyeol and actor Jung Woo-taek sang their soundtrack hits from Channel Nine’s “Gate Nine” "
    "on the radio.\n\n"
    "“Jet Lag Waltz” is the drama’s first OST part. Credited to Dalbyeol alone and sung by her, "
    "the "
    "song was released on May 14 and rose to No. 6 on the TuneBox Top 50 on May 28.\n\n"
    "The host then handed the microphone to Jeong Woo-taek, whose “Circling Over Busan” is sung "
    "in character as Jae-pyo.\n")
_ROUND_FIFTY = [
    (_INJURY, "performs", ("credited", "Shoal Letters", "Gwak Seo-rin")),
    (_INJURY, "chart-entry", ("Shoal Letters", "TuneBox Top 50", 44, "2033-04-11")),
    (_INJURY, "membership", ("Bomsae", "ORCHIDLINE", "member")),
    (_INJURY, "membership", ("Yeoreum-i", "ORCHIDLINE", "member")),
    (_INJURY, "performs", ("vocals", "Lens Hour", "Hwaeun")),
    (_INJURY, "performs", ("credited", "Pier Bells", "ORCHIDLINE")),
    (_WARNING, "broadcast", ("broadcaster", "Wire Knot", "Channel Nine")),
    (_WARNING, "membership", ("Mo Deok-su", "Neon Rut", "member")),
    (_WARNING, "membership", ("Cha Ye-ul", "Neon Rut", "lead vocalist")),
    (_WARNING, "membership", ("Goh Da-yeon", "Neon Rut", "member")),
    (_WARNING, "membership", ("Bang Yu-ri", "Neon Rut", "member")),
    (_WARNING, "plays", ("Wang Geon-u", "Bang Yu-ri")),
    (_WARNING, "performs", ("credited", "Red Light Waltz", "Neon Rut")),
    (_WARNING, "performs", ("credited", "Cheap Cable", "Neon Rut")),
    (_SCREENWRITER, "membership", ("Baek Som-i", "Cinder Choir", "lead vocalist")),
    (_SCREENWRITER, "membership", ("Ra Jin-su", "Cinder Choir", "member")),
    (_SCREENWRITER, "performs", ("credited", "Attic Lamp", "Cinder Choir")),
    (_PLAYLIST, "broadcast", ("broadcaster", "The Quiet Lodger", "Channel Nine")),
    (_PLAYLIST, "broadcast", ("broadcaster", "Postman of Tongyeong", "Dasol Plus")),
    (_PLAYLIST, "performs", ("vocals", "Leaky Roof", "Taesol")),
    (_PLAYLIST, "membership", ("Seongha", "VANTAGEO", "member")),
    (_PLAYLIST, "performs", ("vocals", "Drainpipe Waltz", "Jeong Ga-ram")),
    (_PLAYLIST, "release", ("Drainpipe Waltz", "2033-05-28")),
    (_PLAYLIST, "performs", ("vocals", "Soaked Socks", "Tae Ho-seul")),
    (_PLAYLIST, "performs", ("credited", "After Midnight Taxi", "CHALKLINE")),
    (_PLAYLIST, "performs", ("vocals", "After Midnight Taxi", "Yoon Baek-ha")),
    (_PLAYLIST, "release", ("After Midnight Taxi", "2033-02-09")),
    (_RADIO, "performs", ("vocals", "Jet Lag Waltz", "Dalbyeol")),
    (_RADIO, "chart-entry", ("Jet Lag Waltz", "TuneBox Top 50", 6, "2033-05-28")),
    (_RADIO, "performs", ("vocals", "Circling Over Busan", "Jung Woo-taek")),
]
_OVERREACH_FIFTY = [
    # "The 14th episode … will go out on Thursday as planned": one airing, no schedule
    (_INJURY, "broadcast", ("schedule", "Reed Pharmacy", "thursday")),
    # "“T,” a track sung by A", after "the quartet is on the soundtrack with": the quartet's
    (_INJURY, "performs", ("credited", "Pier Bells", "Haneul-i")),
    # "…, with A handling the vocals alone": A sings the band's follow-up, A is not credited
    (_WARNING, "performs", ("credited", "Cheap Cable", "Baek Ha-rin")),
    # a drama named in a playlist entry is no song
    (_PLAYLIST, "release", ("Meter Down", "2033-02-09")),
    (_PLAYLIST, "performs", ("credited", "Postman of Tongyeong", "Jeong Ga-ram")),
]
_EXTENSION = (
    "“Roof Static” Adds Two Episodes\n\n"
    "“Roof Static” is getting two more episodes. Channel Nine said on May 4 that its music "
    "drama, which premiered on March 23 and airs every Wednesday and Thursday night, will now run "
    "18 episodes. The final episode, originally set for June 14, has been pushed back a week to "
    "June 21.\n\n"
    "The series is led by Pyo Do-hyeok and Ra Ga-eun. Pyo takes on the role of Gil Mun-tae, a "
    "burned-out guitarist, while Ra plays Bang Cho-a.\n\n"
    "In the story, Rust Tuner is a four-piece: Mun-tae on lead vocals and guitar, drummer Seo "
    "Chan-su (Ma Ji-hun), bassist Noh Bit-sol (Ok Se-yeon of the girl group MERIDEN) and, from "
    "episode six, Cho-a on keys.\n\n"
    "The second OST, Haeun-bi’s “Hum Under the Pier,” came out on March 24, and she sings it "
    "over a piano.\n")
_BRAND_BAND = (
    "In the drama, which premiered on September 5, Gravel Wrens is a four-piece garage band "
    "from Incheon. Byeon Ha-ri plays its lead vocalist, Yun Bom-sae; Dolim plays guitarist "
    "Kwon Dae-ho; Seon Ye-bin is bassist Do Pil-sun; and Hyeon Tae-gyun rounds out the line-up as "
    "drummer Ju Bo-ram.\n\n"
    "Three songs on the soundtrack are credited to Gravel Wrens: “Cherry Miles,” “Glass Road” "
    "and “Backseat Stars.” The first is fronted by Byeon Ha-ri as Bom-sae, with Dolim adding "
    "harmonies in character as Dae-ho. Dolim also takes the lead on “Glass Road,” and Seon "
    "steps up to the microphone as Pil-sun on “Backseat Stars.”\n")
_TOP_TEN = (
    "At No. 3 is “Three Stops to Uiwang,” the Channel Nine office romance that premiered on April "
    "18. Yang Sae-rom plays Ra Ji-seon, opposite Ko Eun-ho’s Eom Tae-jun. The show is on "
    "Streamly worldwide.\n\n"
    "Seon Gi-ho plays Ahn Gyu-ryeon. Seon Gi-ho’s “Porch Lamp,” which the actor sings in "
    "character as Gyu-ryeon, came out on May 20.\n\n"
    "Gong Il-ho co-stars as Ha Jun-su. Gong Il-ho is no stranger to the soundtrack. The "
    "youngest member of the boy group NORTHTIDE, he trades verses with bandmate Hyeonsu on "
    "NORTHTIDE’s “Lantern Lane.”\n")
_ROUND_FIFTY_ONE = [
    (_EXTENSION, "broadcast", ("broadcaster", "Roof Static", "Channel Nine")),
    (_EXTENSION, "broadcast", ("final episode", "Roof Static", "2033-06-21")),
    (_EXTENSION, "membership", ("Gil Mun-tae", "Rust Tuner", "lead vocalist")),
    (_EXTENSION, "membership", ("Gil Mun-tae", "Rust Tuner", "member")),
    (_EXTENSION, "membership", ("Seo Chan-su", "Rust Tuner", "member")),
    (_EXTENSION, "membership", ("Noh Bit-sol", "Rust Tuner", "member")),
    (_EXTENSION, "plays", ("Ok Se-yeon", "Noh Bit-sol")),
    (_EXTENSION, "performs", ("credited", "Hum Under the Pier", "Haeun-bi")),
    (_EXTENSION, "performs", ("vocals", "Hum Under the Pier", "Haeun-bi")),
    (_BRAND_BAND, "membership", ("Yun Bom-sae", "Gravel Wrens", "lead vocalist")),
    (_BRAND_BAND, "membership", ("Ju Bo-ram", "Gravel Wrens", "member")),
    (_BRAND_BAND, "performs", ("credited", "Glass Road", "Gravel Wrens")),
    (_BRAND_BAND, "performs", ("vocals", "Cherry Miles", "Dolim")),
    (_BRAND_BAND, "performs", ("vocals", "Backseat Stars", "Seon Ye-bin")),
    (_TOP_TEN, "broadcast", ("available on", "Three Stops to Uiwang", "Streamly")),
    (_TOP_TEN, "performs", ("vocals", "Porch Lamp", "Seon Gi-ho")),
    (_TOP_TEN, "membership", ("Gong Il-ho", "NORTHTIDE", "member")),
    (_TOP_TEN, "performs", ("vocals", "Lantern Lane", "Gong Il-ho")),
]
_OVERREACH_FIFTY_ONE = [
    # "The first is fronted by A as C, with B adding harmonies": the first title, not the last
    (_BRAND_BAND, "performs", ("vocals", "Backseat Stars", "Dolim")),
    # "B steps up to the microphone as D on “T2”": T2, not the title named before
    (_BRAND_BAND, "performs", ("vocals", "Glass Road", "Seon Ye-bin")),
]
_THEN_AND_NOW = (
    "Then and Now: The Kids of “Kettle Alley” Are Grown Up\n\n"
    "Ten years ago, three children stole a Monday-Tuesday drama from its adult stars. “Kettle "
    "Alley” ran on Channel Nine from March 4 to May 21, 2023.\n\n"
    "Ohn Ba-rim (Tak Se-hwa)\n\n"
    "Then: At eight, Ohn Ba-rim was the stubborn orphan Tak Se-hwa, bickering with Gu Pil-jae’s "
    "gruff bakery owner Hyun Mal-bok in the scenes viewers still quote. The part won her Best "
    "Child Actor at the 2023 Pinecone Drama Awards.\n\n"
    "Yeon Ji-gyul (Dok Dal-i)\n\n"
    "Then: Yeon Ji-gyul played Se-hwa’s shy best friend Dok Dal-i.\n\n"
    "Now: Yeon Ji-gyul is the main rapper of the five-member boy group WINDLOCK, alongside "
    "leader Hobin and vocalists Chiun, Taeu and Rimu.\n\n"
    "Seok Hae-ul (Bom-nim)\n\n"
    "Then: The youngest of the trio, Seok Hae-ul was six when she took on the role of Bom-nim, "
    "the alley’s silent little girl. She also sang the drama’s closing song, “Paper Boat "
    "Rhyme,” a lullaby credited to her that was released on April 2, 2023.\n"
)
_SOLO_SHOW = (
    "Ryu Sae-on Sings Her Drama Hits at First Solo Concert\n\n"
    "For five years Ryu Sae-on has been the voice behind other people’s romances. On Friday "
    "night at the Garmun Hall in Busan, the TIDEWARK vocalist finally had a stage to herself.\n\n"
    "Midway through, Kang Do-hyun walked on for “Snow Ledger,” the duet from Channel Nine’s "
    "“Winter Quill.” The song lists Yoo Sae-on and Kang Do-hyun as its artists, and the two "
    "trade lines throughout.\n\n"
    "Her bandmates joined her. TIDEWARK, the quartet Sae-on formed with Narim, Yurim and "
    "Gyeolbi in 2028, recorded “Lanternwake” for Channel Nine’s “Nine Rivers.” The track, "
    "credited to the group, is led by Sae-on and Yurim, who split the verses, while Narim and "
    "Gyeolbi sing only the chorus.\n"
)
_VINYL = (
    "‘The Weaver’s Rain’ OST Gets a Vinyl Reissue\n\n"
    "Two years after its run ended, “The Weaver’s Rain” is getting the deluxe treatment. The "
    "drama’s soundtrack album, The Weaver’s Rain OST, will be reissued on vinyl on November "
    "14.\n\n"
    "The Wednesday-Thursday drama aired on Channel Nine from May 23 to July 12, 2031. The album "
    "has passed 200 million streams on Streamly.\n\n"
    "Side A belongs to “Copper Hands.” It is credited to Han Ye-rim, who plays the weaver’s "
    "apprentice Yeo Da-eun and sings it in character. Its Streamly count alone now tops 90 "
    "million.\n\n"
    "Side B closes with the duet “Gear and Needle,” credited to Sun Bo-ram and Baek Ri-on. "
    "Paek, who plays the weaver Dang Yun-a, sings it with Seon, both in character as Yun-a and "
    "Da-eun.\n\n"
    "Side C is quieter. “Oriel Lamp,” the drama’s third OST part, is a MARROWIND track fronted "
    "by the quartet’s twin vocalists, Saebom and Sonyu.\n"
)
_FINALE_BAND = (
    "“Fuse Alley” Signs Off\n\n"
    "Channel Nine’s band drama “Fuse Alley” went out loud. The Saturday-Sunday series follows "
    "KILN SAINTS, a four-piece. Park Min-ah stars as Ju Hong-mi, the band’s lead vocalist.\n\n"
    "The band’s songs were released as real singles under the name KILN SAINTS, with Pak "
    "Min-ah singing lead in character as Hong-mi. “Three-Prong Spark,” which came out on April "
    "26, also features Lee Dan-bi on harmony vocals as Kang Tae-ha.\n\n"
    "Then came “Ground Comet.” Released on May 17, right after the sixth episode, it debuted at "
    "No. 9 on the TuneBox Top 50 on May 19.\n\n"
    "Not every hit came from the band. The ballad “Rust Rail,” credited to the solo singer Mok "
    "Seon-hwa, who also sings it, played over Hong-mi’s rooftop scenes.\n"
)
_ROUND_FIFTY_TWO = [
    (_THEN_AND_NOW, "plays", ("Ohn Ba-rim", "Tak Se-hwa")),
    (_THEN_AND_NOW, "plays", ("Gu Pil-jae", "Hyun Mal-bok")),
    (_THEN_AND_NOW, "plays", ("Yeon Ji-gyul", "Dok Dal-i")),
    (_THEN_AND_NOW, "plays", ("Seok Hae-ul", "Bom-nim")),
    (_THEN_AND_NOW, "award", ("Best Child Actor, 2023 Pinecone Drama Awards", "Ohn Ba-rim",
                              "2023")),
    (_THEN_AND_NOW, "membership", ("Yeon Ji-gyul", "WINDLOCK", "member")),
    (_THEN_AND_NOW, "membership", ("Hobin", "WINDLOCK", "member")),
    (_THEN_AND_NOW, "membership", ("Chiun", "WINDLOCK", "member")),
    (_THEN_AND_NOW, "membership", ("Rimu", "WINDLOCK", "member")),
    (_THEN_AND_NOW, "performs", ("credited", "Paper Boat Rhyme", "Seok Hae-ul")),
    (_THEN_AND_NOW, "performs", ("vocals", "Paper Boat Rhyme", "Seok Hae-ul")),
    (_SOLO_SHOW, "membership", ("Ryu Sae-on", "TIDEWARK", "member")),
    (_SOLO_SHOW, "membership", ("Narim", "TIDEWARK", "member")),
    (_SOLO_SHOW, "membership", ("Gyeolbi", "TIDEWARK", "member")),
    (_SOLO_SHOW, "performs", ("credited", "Snow Ledger", "Ryu Sae-on")),
    (_SOLO_SHOW, "performs", ("credited", "Snow Ledger", "Kang Do-hyun")),
    (_SOLO_SHOW, "performs", ("vocals", "Snow Ledger", "Kang Do-hyun")),
    (_SOLO_SHOW, "performs", ("credited", "Lanternwake", "TIDEWARK")),
    (_SOLO_SHOW, "performs", ("vocals", "Lanternwake", "Gyeolbi")),
    (_VINYL, "broadcast", ("broadcaster", "The Weaver’s Rain", "Channel Nine")),
    (_VINYL, "broadcast", ("final episode", "The Weaver’s Rain", "2031-07-12")),
    (_VINYL, "stream-milestone", ("The Weaver’s Rain OST", "Streamly", 200000000,
                                  "2033-06-20")),
    (_VINYL, "stream-milestone", ("Copper Hands", "Streamly", 90000000, "2033-06-20")),
    (_VINYL, "performs", ("vocals", "Copper Hands", "Han Ye-rim")),
    (_VINYL, "plays", ("Baek Ri-on", "Dang Yun-a")),
    (_VINYL, "performs", ("vocals", "Gear and Needle", "Baek Ri-on")),
    (_VINYL, "performs", ("vocals", "Gear and Needle", "Sun Bo-ram")),
    (_VINYL, "performs", ("credited", "Oriel Lamp", "MARROWIND")),
    (_VINYL, "performs", ("vocals", "Oriel Lamp", "Saebom")),
    (_VINYL, "membership", ("Sonyu", "MARROWIND", "member")),
    (_FINALE_BAND, "performs", ("credited", "Three-Prong Spark", "KILN SAINTS")),
    (_FINALE_BAND, "performs", ("vocals", "Three-Prong Spark", "Park Min-ah")),
    (_FINALE_BAND, "performs", ("vocals", "Three-Prong Spark", "Lee Dan-bi")),
    (_FINALE_BAND, "performs", ("credited", "Ground Comet", "KILN SAINTS")),
    (_FINALE_BAND, "performs", ("vocals", "Ground Comet", "Park Min-ah")),
    (_FINALE_BAND, "release", ("Ground Comet", "2033-05-17")),
]
_OVERREACH_FIFTY_TWO = [
    # "Yeon Ji-gyul (Dok Dal-i)" over an entry on him: an actor and a part, no title and artist
    (_THEN_AND_NOW, "performs", ("credited", "Yeon Ji-gyul", "Dok Dal-i")),
    # "The part won her X" after "A was C, bickering with B's owner D": A, not B
    (_THEN_AND_NOW, "award", ("Best Child Actor, 2023 Pinecone Drama Awards", "Gu Pil-jae",
                              "2023")),
    # "at the hall in Busan, the G vocalist": a place, then the subject
    (_SOLO_SHOW, "membership", ("Busan", "TIDEWARK", "member")),
    # "‘The Weaver’s Rain’": one title, not "Rain"
    (_VINYL, "broadcast", ("broadcaster", "Rain", "Channel Nine")),
    # "“T,” credited to the solo singer A, who also sings it, played over C's scenes"
    (_FINALE_BAND, "plays", ("Mok Seon-hwa", "Ju Hong-mi")),
    (_FINALE_BAND, "performs", ("credited", "Rust Rail", "KILN SAINTS")),
    # "also features A on harmony vocals": a voice on the band's song, not its artist
    (_FINALE_BAND, "performs", ("credited", "Three-Prong Spark", "Lee Dan-bi")),
]
_TRAILER = (
    "“Brine Static” Unveils First Trailer Ahead of March Premiere\n\n"
    "Channel Nine has released the first trailer and main poster for “Brine Static,” its new "
    "Friday-Saturday drama about a harbour-town rock band. The first episode airs on Friday, "
    "March 6, at 10:40 p.m. KST.\n\n"
    "The poster lines up the five members of SALTREEF on a sea wall. At the front stands Jung "
    "Ha-neul, who takes on the role of Ma Geun-su, the band’s lead vocalist. The rest of the "
    "line-up is made up of Lee Un-ji as guitarist Seo Dan-ha, Woo Jae-min as drummer Tak "
    "Gyeol-a, Hwang Deok-su as Cha Nu-ra, the bassist, and Namgung Se-ul, who plays keyboardist "
    "Pyo Gae-ri.\n\n"
    "“Undertow Card,” a pre-release single credited to SALTREEF, came out on February 13. Jeong "
    "Ha-neul sings lead on it in character as Geun-su, and Lee lends her voice to the harmonies "
    "as Dan-ha.\n"
)
_COMMERCIAL = (
    "A Noodle Advert Sends “Peel Notes” Back Up the Charts\n\n"
    "Ten months after its drama said goodbye, “Peel Notes” is climbing again. The ballad from "
    "Channel Nine’s “Winter Clinic” has been playing under a new television commercial.\n\n"
    "The track is credited to Rimsol of the girl group PRISMHALL, who sings it solo. It has also "
    "made its first appearance on the TuneBox Top 50, at No. 42 on the chart dated September "
    "5.\n\n"
    "“Winter Clinic” aired on Saturdays and Sundays from October 4 to November 23 last year. It "
    "starred Yi Geon-ho as Oh Sae-bit, a vet who opens a clinic on Jeju, and Nam Ha-ri as the "
    "tangerine farmer Gil Bo-ri.\n\n"
    "Rimsol is one of four members of PRISMHALL, alongside Tanbo, Nabon and Ijae, and she is not "
    "the only one with a hit on the soundtrack. Nabon sang the drama’s first OST part, “Frost on "
    "the Door,” which is credited to her and came out on October 5 last year. “Snowmelt Book,” "
    "sung by its credited artist, the singer Kang Ro-ha, has not returned to the chart.\n"
)
_SIGNING = (
    "RUSTY OAR Signs for Fans\n\n"
    "The four actors who make up RUSTY OAR, the garage band of Channel Nine’s “The Fret,” met "
    "fans. Lim Jae-gyu, whose character, the bassist Gu Hye-rin, has become the show’s "
    "heartthrob, signed first.\n\n"
    "The album opens with “Tin Heart,” credited to RUSTY OAR. On “Lamp Chorus,” also credited to "
    "the band, Choi Da-un and Ban Ye-seul share the vocals. Im Jae-gyu fronts the quiet closer "
    "“Fare Homeward” as Hye-rin, and Oh Tae-su takes his first lead vocal on “Neon Laundry,” "
    "singing as Ok-nim. Both of those are band credits too.\n"
)
_SPECIAL = (
    "“Chalk Hours” Gets a Making-of Special\n\n"
    "Music gets a chapter of its own. Pak Yeon-su recorded “Chalkdust Hum,” which is credited to "
    "him, in character as Chae Hyeon-gi. “Seventh Bell” belongs to the singer Eunsol: she is its "
    "credited artist and sings it alone. “Erasers in the Fog,” credited to the duo TIDEFOLD, is "
    "sung by its two members, Somi and Gayeol.\n"
)
_SECOND_SEASON = (
    "“Encore Alleyway” Confirmed for a Second Season\n\n"
    "Channel Nine has confirmed a second season of its weekend band drama “Encore Alleyway.” The "
    "first season aired on Saturdays and Sundays, premiering on January 9 and airing its final "
    "episode on February 28.\n\n"
    "At its centre was IRON HYDRANGEA, a basement band. “Hydrangea Noise,” credited to IRON "
    "HYDRANGEA, peaked at No. 2 on the TuneBox Top 50 on February 15. “Encore in C Minor,” "
    "another song credited to the band, reached No. 8 on the TuneBox Top 50 on February 27.\n"
)
_ROUND_FIFTY_THREE = [
    (_TRAILER, "broadcast", ("first episode", "Brine Static", "2034-03-06")),
    (_TRAILER, "plays", ("Lee Un-ji", "Seo Dan-ha")),
    (_TRAILER, "plays", ("Woo Jae-min", "Tak Gyeol-a")),
    (_TRAILER, "plays", ("Hwang Deok-su", "Cha Nu-ra")),
    (_TRAILER, "membership", ("Tak Gyeol-a", "SALTREEF", "member")),
    (_TRAILER, "membership", ("Cha Nu-ra", "SALTREEF", "member")),
    (_TRAILER, "performs", ("vocals", "Undertow Card", "Jung Ha-neul")),
    (_COMMERCIAL, "performs", ("credited", "Peel Notes", "Rimsol")),
    (_COMMERCIAL, "performs", ("vocals", "Peel Notes", "Rimsol")),
    (_COMMERCIAL, "chart-entry", ("Peel Notes", "TuneBox Top 50", 42, "2032-09-05")),
    (_COMMERCIAL, "plays", ("Nam Ha-ri", "Gil Bo-ri")),
    (_COMMERCIAL, "membership", ("Tanbo", "PRISMHALL", "member")),
    (_COMMERCIAL, "membership", ("Ijae", "PRISMHALL", "member")),
    (_COMMERCIAL, "performs", ("credited", "Frost on the Door", "Nabon")),
    (_COMMERCIAL, "performs", ("vocals", "Frost on the Door", "Nabon")),
    (_COMMERCIAL, "performs", ("credited", "Snowmelt Book", "Kang Ro-ha")),
    (_COMMERCIAL, "performs", ("vocals", "Snowmelt Book", "Kang Ro-ha")),
    (_SIGNING, "plays", ("Lim Jae-gyu", "Gu Hye-rin")),
    (_SIGNING, "membership", ("Gu Hye-rin", "RUSTY OAR", "member")),
    (_SIGNING, "performs", ("credited", "Lamp Chorus", "RUSTY OAR")),
    (_SIGNING, "performs", ("credited", "Fare Homeward", "RUSTY OAR")),
    (_SIGNING, "performs", ("credited", "Neon Laundry", "RUSTY OAR")),
    (_SIGNING, "performs", ("vocals", "Fare Homeward", "Lim Jae-gyu")),
    (_SIGNING, "performs", ("vocals", "Neon Laundry", "Oh Tae-su")),
    (_SPECIAL, "performs", ("credited", "Chalkdust Hum", "Pak Yeon-su")),
    (_SPECIAL, "performs", ("vocals", "Seventh Bell", "Eunsol")),
    (_SPECIAL, "performs", ("vocals", "Erasers in the Fog", "Somi")),
    (_SPECIAL, "performs", ("vocals", "Erasers in the Fog", "Gayeol")),
    (_SPECIAL, "membership", ("Gayeol", "TIDEFOLD", "member")),
    (_SECOND_SEASON, "broadcast", ("first episode", "Encore Alleyway", "2033-01-09")),
    (_SECOND_SEASON, "broadcast", ("final episode", "Encore Alleyway", "2033-02-28")),
    (_SECOND_SEASON, "performs", ("credited", "Encore in C Minor", "IRON HYDRANGEA")),
]
_OVERREACH_FIFTY_THREE = [
    # "A fronts the quiet closer “T” as C": a song sung in character, no part played
    (_SIGNING, "plays", ("Im Jae-gyu", "Hye-rin")),
    (_SIGNING, "plays", ("Lim Jae-gyu", "Hye-rin")),
    # "“T” is climbing again. The ballad from B’s “S” …": T is the song, S the drama
    (_COMMERCIAL, "broadcast", ("broadcaster", "Peel Notes", "Channel Nine")),
    # "credited to A of the girl group G, who sings it solo": A sings, not G
    (_COMMERCIAL, "performs", ("vocals", "Peel Notes", "PRISMHALL")),
]
_PITCH = (
    "“Quayside Relay” Leads Throw Out the First Pitch\n\n"
    "Ryeo Sa-na and Bok Tae-il, the leads of Channel Nine’s weekend drama “Quayside Relay,” "
    "threw the ceremonial first pitch on Saturday.\n\n"
    "Ryeo, who plays the harbour pilot Jin Ma-eul, threw it wide. Her co-star, who takes on the "
    "role of the crane operator Mok Gwang-su, caught it anyway.\n\n"
    "The speakers played “Buoy Light,” the drama’s first OST part. The ballad is credited to "
    "the singer Ga Ryeon-hui. It reached No. 12 on the TuneBox Top 50 on June 11, and by "
    "Friday it had passed 14 million streams on Streamly. Part 2, “Rope and Pulley,” carries "
    "Bok’s name, and he sings it as Gwang-su.\n"
)
_CHALLENGE = (
    "How a Rooftop Dance Turned QUILLMOTH’s “Wrist Flick” Into a Craze\n\n"
    "The moves belong to the “Wrist Flick” challenge, and the song behind it is the second OST "
    "part of Channel Nine’s rowing romance “Oar Count.”\n\n"
    "“Wrist Flick” is credited to QUILLMOTH, the four-member girl group. The quartet — Ddolmi, "
    "Piora, Benna and Sebbeum — splits it up. Ddolmi opens the first verse, Piora and Benna trade "
    "lines in the pre-chorus, and main vocalist Sebbeum carries the soaring last chorus.\n\n"
    "The track was released on May 2, a week after the drama premiered on April 25. It "
    "entered the TuneBox Top 50 at No. 30 on May 4. Once the challenge took off it climbed to "
    "No. 6 on June 1, and it landed at No. 3 on the TuneBox Top 50 dated June 8.\n\n"
    "Sebbeum is busy on her own as well. She sings Part 4, “Tiller Note,” a ballad credited to "
    "her alone, which came out on May 30.\n"
)
_SIGN_CHARITY = (
    "“Loft Static” Cast Sign Their Band’s Songs on Charity Night\n\n"
    "The cast of Channel Nine’s band drama “Loft Static” reunited for a charity broadcast.\n\n"
    "Gam Ji-oh, who plays ZINC KETTLE’s lead vocalist Seo Ru-ah, led the signing of “Kettle "
    "Drum.” Behind him stood his bandmates from the show: Pyo Han-sol as the guitarist Nam "
    "Gyeo-ul, Ok Ga-yeon, who takes on the role of the drummer Cha Ba-ram, and Yeon Mu-gang as "
    "the bassist Ki Seong-ho.\n\n"
    "“Kettle Drum,” credited to ZINC KETTLE, is sung by Gam in character as Ru-ah. It was "
    "released on April 3, reached No. 4 on the TuneBox Top 50 on April 12, and won Best OST at "
    "the 4th Rivermark Music Awards on May 9.\n\n"
    "The second song, “Solder Thread,” is also credited to the band. It is a duet, with Gam and "
    "Pyo singing as Ru-ah and Gyeo-ul, and it came out on May 1.\n"
)
_PARADE = (
    "A Lantern Parade for “The Heron Who Kept the Swing Ride”\n\n"
    "A theme park’s summer parade is set to the soundtrack of Channel Nine’s fantasy hit “The "
    "Heron Who Kept the Swing Ride.” Dong Yu-jae plays the mechanic Ha Sol-bi.\n\n"
    "The parade opens with “Gondola Lights,” the drama’s main theme. Credited to the ballad "
    "singer Wi Na-rae, the song came out on May 15 and has her voice at the front, while Dong "
    "joins in on the bridge as Sol-bi. After entering the TuneBox Top 50 at No. 40 on May 17, "
    "it peaked at No. 5 there on June 2.\n\n"
    "The floats change mood for “Reed Whistle,” released on May 29 by the indie trio "
    "CINDERFERN. The band’s frontman, Gye Ho-rang, sings it, with his bandmates Eom Da-sol on "
    "guitar and Su Ji-hwa on drums. Its best showing was No. 14 on the TuneBox Top 50, on "
    "June 9.\n"
)
_GRADUATION = (
    "Drama OSTs Own Graduation Season\n\n"
    "On the TuneBox Top 50 dated Monday, June 13, three OST songs sit inside the top 20.\n\n"
    "Leading the way is “Satchel Ribbon” at No. 3. The ballad, credited to and sung by Tae "
    "Gi-rim, is the main theme of Channel Nine’s “Homeroom Comet.”\n\n"
    "At No. 9 is “Locker Combination” by the boy group VANTAGELY, from Channel Nine’s "
    "“Transfer Term.” Dohwan and Taesul share the verses, and their fellow member Ggoyul takes the "
    "chorus.\n\n"
    "“Transfer Term” stars Ma Bo-eun as the new student Geum Ha-ram and Seok Jun-pil as the class "
    "president Baek Ro-wan. The two leads also hold No. 17 with “Diploma Kite,” a duet credited "
    "to both of them and sung in character as Ha-ram and Ro-wan.\n"
)
_ROUND_FIFTY_FOUR = [
    (_PITCH, "plays", ("Ryeo Sa-na", "Jin Ma-eul")),
    (_PITCH, "plays", ("Bok Tae-il", "Mok Gwang-su")),
    (_PITCH, "stream-milestone", ("Buoy Light", "Streamly", 14_000_000, "2033-06-17")),
    (_PITCH, "performs", ("credited", "Rope and Pulley", "Bok Tae-il")),
    (_CHALLENGE, "broadcast", ("first episode", "Oar Count", "2033-04-25")),
    (_CHALLENGE, "performs", ("credited", "Wrist Flick", "QUILLMOTH")),
    (_CHALLENGE, "release", ("Wrist Flick", "2033-05-02")),
    (_CHALLENGE, "performs", ("vocals", "Wrist Flick", "Ddolmi")),
    (_CHALLENGE, "performs", ("vocals", "Wrist Flick", "Sebbeum")),
    (_CHALLENGE, "chart-entry", ("Wrist Flick", "TuneBox Top 50", 6, "2033-06-01")),
    (_CHALLENGE, "chart-entry", ("Wrist Flick", "TuneBox Top 50", 3, "2033-06-08")),
    (_CHALLENGE, "performs", ("credited", "Tiller Note", "Sebbeum")),
    (_CHALLENGE, "performs", ("vocals", "Tiller Note", "Sebbeum")),
    (_SIGN_CHARITY, "plays", ("Pyo Han-sol", "Nam Gyeo-ul")),
    (_SIGN_CHARITY, "plays", ("Yeon Mu-gang", "Ki Seong-ho")),
    (_SIGN_CHARITY, "membership", ("Nam Gyeo-ul", "ZINC KETTLE", "member")),
    (_SIGN_CHARITY, "membership", ("Ki Seong-ho", "ZINC KETTLE", "member")),
    (_SIGN_CHARITY, "award", ("Best OST, 4th Rivermark Music Awards", "Kettle Drum",
                              "2033-05-09")),
    (_SIGN_CHARITY, "performs", ("vocals", "Solder Thread", "Gam Ji-oh")),
    (_SIGN_CHARITY, "performs", ("vocals", "Solder Thread", "Pyo Han-sol")),
    (_PARADE, "performs", ("credited", "Gondola Lights", "Wi Na-rae")),
    (_PARADE, "performs", ("vocals", "Gondola Lights", "Wi Na-rae")),
    (_PARADE, "performs", ("vocals", "Gondola Lights", "Dong Yu-jae")),
    (_PARADE, "chart-entry", ("Gondola Lights", "TuneBox Top 50", 40, "2033-05-17")),
    (_PARADE, "chart-entry", ("Gondola Lights", "TuneBox Top 50", 5, "2033-06-02")),
    (_PARADE, "membership", ("Su Ji-hwa", "CINDERFERN", "member")),
    (_PARADE, "chart-entry", ("Reed Whistle", "TuneBox Top 50", 14, "2033-06-09")),
    (_GRADUATION, "chart-entry", ("Satchel Ribbon", "TuneBox Top 50", 3, "2033-06-13")),
    (_GRADUATION, "chart-entry", ("Locker Combination", "TuneBox Top 50", 9, "2033-06-13")),
    (_GRADUATION, "chart-entry", ("Diploma Kite", "TuneBox Top 50", 17, "2033-06-13")),
    (_GRADUATION, "performs", ("credited", "Satchel Ribbon", "Tae Gi-rim")),
    (_GRADUATION, "performs", ("vocals", "Satchel Ribbon", "Tae Gi-rim")),
    (_GRADUATION, "membership", ("Dohwan", "VANTAGELY", "member")),
    (_GRADUATION, "membership", ("Ggoyul", "VANTAGELY", "member")),
    (_GRADUATION, "performs", ("credited", "Diploma Kite", "Ma Bo-eun")),
    (_GRADUATION, "performs", ("vocals", "Diploma Kite", "Seok Jun-pil")),
]
_OVERREACH_FIFTY_FOUR = [
    # "G’s lead vocalist C": the lead vocalist, not also a plain member
    (_SIGN_CHARITY, "membership", ("Seo Ru-ah", "ZINC KETTLE", "member")),
    # "How a Dance Turned G’s “T” Into …" over "“T” is credited to G": T is no series
    (_CHALLENGE, "broadcast", ("first episode", "Wrist Flick", "2033-04-25")),
    # the chart a sentence frames does not reach an entry that names its own day
    (_GRADUATION, "chart-entry", ("Transfer Term", "TuneBox Top 50", 9, "2033-06-13")),
    # "with the rapper B taking the second verse": no singing
    ("“Mill Pond” is credited to the duo PEBBLEWISE. Ssangmi opens the first verse, and the "
     "rapper Zibbo takes the second verse.", "performs", ("vocals", "Mill Pond", "Zibbo")),
]
_INFLIGHT = (
    "An Airline Adds “Harbour Lights” and Its OST to Its In-Flight Library\n\n"
    "Broadcast by Channel Nine, the fantasy romance premiered on April 2 and aired its last "
    "episode on May 28, holding the channel’s Friday and Saturday night slot throughout its "
    "run.\n\n"
    "The audio channel opens with “Gull Letters,” the drama’s first OST part. Credited to the "
    "ballad singer Pyeong Ha-seul, it was released on April 9, and her aching vocal quickly "
    "became the show’s calling card.\n\n"
    "The channel closes with WAKEFERN’s “Ebb Ledger,” which came out on May 1. The four-piece "
    "band is fronted by Gong Mu-seok, whose husky voice carries the track, with guitarist Dam "
    "Ye-jun singing the harmonies on the chorus.\n"
)
_MARATHON = (
    "A “Harbour Lights” Star Runs the City Marathon\n\n"
    "The course music leaned on “Stride Song,” the drama’s main theme, by the girl group "
    "PACEWREN. It debuted at No. 14 on the TuneBox Top 50 on May 2, and on June 2 it crossed "
    "30 million streams on Streamly.\n\n"
    "At the 30-kilometre mark came “Second Wind,” a ballad credited to the soloist Ryu Bo-ram. "
    "Ryu’s steady, unhurried vocal suited the moment.\n\n"
    "Closer to the finish, Byeon Ha-neul himself sings “Water Cup” in character as Han Seo-yun; "
    "the track, credited to him alone, never charted.\n\n"
    "“Harbour Lights” aired on Channel Nine on Mondays and Tuesdays, from March 4 until its "
    "final episode on April 23.\n"
)
_SNACKS = (
    "A Store Chain Stocks Its Shelves With WIRE KITE\n\n"
    "WIRE KITE, the fictional rock band at the heart of “Harbour Lights,” will appear on "
    "crisps and noodles. Each product carries one band member as they appear on screen.\n\n"
    "The crisps feature lead vocalist Do Ra-on, played by Seok Ju-bin. Guitarist Pi Ga-ron "
    "(Mun Tae-oh) is on the noodles, and drummer Sa Bo-ri, played by Ok Jin-hae, fronts the "
    "kimbap range.\n\n"
    "The follow-up single, “Fuse Lines,” came out on May 18 under the band’s name. Seok Ju-bin "
    "and Ok Jin-hae share the vocals in character. It went on to win Best OST at the 3rd "
    "Rivermark Drama Awards on June 12.\n\n"
    "The drummer got her moment with “Gutter Static,” released on June 1 and credited to WIRE "
    "KITE featuring Ok Jin-hae.\n"
)
_FESTIVAL = (
    "Students Cover “Harbour Lights” Songs at School Festivals\n\n"
    "The coming-of-age drama, which Channel Nine aired on Mondays and Tuesdays from March 4 "
    "until its final episode on April 23, has become the soundtrack of student stages.\n"
)
_ORCHESTRA = (
    "An Orchestra Turns Drama OST Hits Into a Night of Strings\n\n"
    "The first half opened with “Glass Hymn,” from Channel Nine’s “Harbour Lights.” The "
    "original, credited to the soloist Yun Da-seul and sung by her alone, was released on May 2 "
    "and topped the TuneBox Top 50 on May 30.\n\n"
    "Next came “Weather Vane Polka.” The single is credited to the trio MOONWICK, whose members "
    "Ryeol-a and Hawoon sing it; the third member, Bomddeul, sits this one out.\n\n"
    "“Ink Nocturne” is credited to Byeon Ha-neul, who plays Han Seo-yun and sings the track in "
    "character. Byeon was named Best New Actor at the 14th Amberline Drama Awards in 2032, and "
    "his song peaked at No. 8 on the TuneBox Top 50 on June 2.\n"
)
_ROUND_FIFTY_FIVE = [
    (_INFLIGHT, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_INFLIGHT, "broadcast", ("schedule", "Harbour Lights", "friday-saturday")),
    (_INFLIGHT, "performs", ("credited", "Gull Letters", "Pyeong Ha-seul")),
    (_INFLIGHT, "performs", ("vocals", "Gull Letters", "Pyeong Ha-seul")),
    (_INFLIGHT, "membership", ("Gong Mu-seok", "WAKEFERN", "member")),
    (_INFLIGHT, "membership", ("Dam Ye-jun", "WAKEFERN", "member")),
    (_INFLIGHT, "performs", ("vocals", "Ebb Ledger", "Gong Mu-seok")),
    (_INFLIGHT, "performs", ("vocals", "Ebb Ledger", "Dam Ye-jun")),
    (_MARATHON, "stream-milestone", ("Stride Song", "Streamly", 30_000_000, "2033-06-02")),
    (_MARATHON, "performs", ("vocals", "Second Wind", "Ryu Bo-ram")),
    (_MARATHON, "performs", ("credited", "Water Cup", "Byeon Ha-neul")),
    (_MARATHON, "broadcast", ("first episode", "Harbour Lights", "2033-03-04")),
    (_MARATHON, "broadcast", ("final episode", "Harbour Lights", "2033-04-23")),
    (_SNACKS, "membership", ("Do Ra-on", "WIRE KITE", "lead vocalist")),
    (_SNACKS, "membership", ("Pi Ga-ron", "WIRE KITE", "member")),
    (_SNACKS, "membership", ("Sa Bo-ri", "WIRE KITE", "member")),
    (_SNACKS, "performs", ("credited", "Fuse Lines", "WIRE KITE")),
    (_SNACKS, "performs", ("vocals", "Fuse Lines", "Seok Ju-bin")),
    (_SNACKS, "performs", ("vocals", "Fuse Lines", "Ok Jin-hae")),
    (_SNACKS, "award", ("Best OST, 3rd Rivermark Drama Awards", "Fuse Lines", "2033-06-12")),
    (_SNACKS, "performs", ("credited", "Gutter Static", "WIRE KITE")),
    (_SNACKS, "performs", ("credited", "Gutter Static", "Ok Jin-hae")),
    (_FESTIVAL, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_ORCHESTRA, "performs", ("credited", "Glass Hymn", "Yun Da-seul")),
    (_ORCHESTRA, "performs", ("vocals", "Glass Hymn", "Yun Da-seul")),
    (_ORCHESTRA, "release", ("Glass Hymn", "2033-05-02")),
    (_ORCHESTRA, "chart-entry", ("Glass Hymn", "TuneBox Top 50", 1, "2033-05-30")),
    (_ORCHESTRA, "membership", ("Bomddeul", "MOONWICK", "member")),
    (_ORCHESTRA, "award", ("Best New Actor, 14th Amberline Drama Awards", "Byeon Ha-neul",
                           "2032")),
    (_ORCHESTRA, "chart-entry", ("Ink Nocturne", "TuneBox Top 50", 8, "2033-06-02")),
]
_OVERREACH_FIFTY_FIVE = [
    # "… in 2032, and his song peaked … on June 2": the award is not dated by the chart's day
    (_ORCHESTRA, "award", ("Best New Actor, 14th Amberline Drama Awards", "Byeon Ha-neul",
                           "2033-06-02")),
    # "Credited to the ballad singer A, it was released …": A is no title
    (_INFLIGHT, "release", ("Pyeong Ha-seul", "2033-04-09")),
    # the third member sits the song out: a member, not a singer
    (_ORCHESTRA, "performs", ("vocals", "Weather Vane Polka", "Bomddeul")),
]
_CRUISE = (
    "A Cruise Line Charts a “Harbour Lights” Voyage\n\n"
    "Noh Eun-bi leads the cast as the cartographer Yang Seo-rim.\n\n"
    "The concert centres on “Drift Chart,” the drama’s first OST part, credited to the indie "
    "duo REEFSTITCH. The track is fronted by the duo’s singer, Ong Ha-rang, while her bandmate "
    "Pae Ji-hu handles the piano.\n\n"
    "Noh Eun-bi will not be on board, but her voice will be. “Mooring Song,” the ballad the "
    "actress recorded as Seo-rim, is on the setlist; it came out under Noh’s own name on "
    "March 5.\n\n"
    "Rounding out the programme is “Loose Rope,” the third part, by singer Chu Bo-gyeol "
    "featuring the rapper Kindlewick. Chu sings the whole track apart from Kindlewick’s verse.\n"
)
_SIGNING_BOOK = (
    "“Harbour Lights” Script Book Signing Draws a Queue\n\n"
    "Fans sang along to “Remainder Tide,” the OST’s second part, by the four-member girl group "
    "QUIETMARE. Yunnabi opens the first verse, Ddabom and Haeul-i split the pre-chorus, and "
    "Somoa, the group’s youngest, takes the high note in the final chorus.\n\n"
    "By May 1 it had topped 50 million TuneBox streams, and on Streamly it has now passed 20 "
    "million.\n\n"
    "Kim So-ra has a song of her own, too. “Slate Waltz,” credited to her alone and sung in "
    "character as Han Seo-yun, came out on May 20.\n\n"
    "The series began in Channel Nine’s Monday-Tuesday slot on April 21.\n"
)
_ESPORTS = (
    "A League Picks a “Harbour Lights” Band Anthem as Its Theme\n\n"
    "The Wednesday-Thursday series began on February 10 and wrapped up on Channel Nine with its "
    "final episode on March 30.\n\n"
    "In the story, Ryu Ji-hwan plays Han Seo-yun, the singer of PAPER KITES, and Yeo Jin-woo "
    "plays its guitarist, Goh Dan-bi. “Static Crown,” the band’s second single, came out on "
    "April 15. On it, Ryu, again as Seo-yun, trades lines with Yeo, who sings as Dan-bi. A third "
    "track, “Token Saints,” sung by Yeo as Dan-bi, arrived on April 29, also under the PAPER "
    "KITES name.\n\n"
    "“Overdrive Pulse” is credited to PAPER KITES. Released on May 1, it climbed to No. 3 on the "
    "TuneBox Top 50 on May 12 and won Best OST at the 9th Sora Awards on May 21.\n\n"
    "The drama is available to stream on Streamly outside Korea and on TuneBox at home.\n"
)
_COOKING = (
    "“Harbour Lights” Leads Cook Up a Storm\n\n"
    "Also on the menu was “Ten Thousand Lanterns,” by the trio MINTHOLLOW, whose members Yeobbi "
    "and Hanullim share the lead vocals while the third member, Arongi, raps.\n"
)
_SNOW = (
    "A Snow Festival Honours Three Dramas\n\n"
    "The first sculpture honours “Kite Hollow,” the Saturday-Sunday Channel Nine drama in which "
    "Park Min-ah starred as the kite maker Seol Ga-ram.\n\n"
    "The third piece belongs to “Ash Lodgers.” Lim Do-hoon, who plays the landlord Geum Ha-jun, "
    "lends his voice to the drama’s closing song, “Embers to Let,” as Ha-jun, and the single is "
    "credited to him.\n"
)
_ROUND_FIFTY_SIX = [
    (_CRUISE, "performs", ("credited", "Drift Chart", "REEFSTITCH")),
    (_CRUISE, "performs", ("vocals", "Drift Chart", "Ong Ha-rang")),
    (_CRUISE, "performs", ("credited", "Mooring Song", "Noh Eun-bi")),
    (_CRUISE, "performs", ("vocals", "Mooring Song", "Noh Eun-bi")),
    (_CRUISE, "performs", ("vocals", "Loose Rope", "Chu Bo-gyeol")),
    (_SIGNING_BOOK, "performs", ("vocals", "Remainder Tide", "Yunnabi")),
    (_SIGNING_BOOK, "performs", ("vocals", "Remainder Tide", "Somoa")),
    (_SIGNING_BOOK, "membership", ("Yunnabi", "QUIETMARE", "member")),
    (_SIGNING_BOOK, "membership", ("Ddabom", "QUIETMARE", "member")),
    (_SIGNING_BOOK, "stream-milestone", ("Remainder Tide", "Streamly", 20_000_000, "2033-06-20")),
    (_SIGNING_BOOK, "performs", ("credited", "Slate Waltz", "Kim So-ra")),
    (_SIGNING_BOOK, "performs", ("vocals", "Slate Waltz", "Kim So-ra")),
    (_SIGNING_BOOK, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_SIGNING_BOOK, "broadcast", ("first episode", "Harbour Lights", "2033-04-21")),
    (_ESPORTS, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_ESPORTS, "broadcast", ("final episode", "Harbour Lights", "2033-03-30")),
    (_ESPORTS, "performs", ("vocals", "Static Crown", "Ryu Ji-hwan")),
    (_ESPORTS, "performs", ("credited", "Token Saints", "PAPER KITES")),
    (_ESPORTS, "award", ("Best OST, 9th Sora Awards", "Overdrive Pulse", "2033-05-21")),
    (_ESPORTS, "broadcast", ("available on", "Harbour Lights", "TuneBox")),
    (_COOKING, "membership", ("Arongi", "MINTHOLLOW", "member")),
    (_SNOW, "broadcast", ("broadcaster", "Kite Hollow", "Channel Nine")),
    (_SNOW, "broadcast", ("schedule", "Kite Hollow", "saturday-sunday")),
    (_SNOW, "performs", ("vocals", "Embers to Let", "Lim Do-hoon")),
]
_OVERREACH_FIFTY_SIX = [
    # "50 million TuneBox streams, and on Streamly it has passed …": no place to watch
    (_SIGNING_BOOK, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    # the third member raps: a member, no singer
    (_COOKING, "performs", ("vocals", "Ten Thousand Lanterns", "Arongi")),
    # the rapper's verse is his; the whole track is the singer's
    (_CRUISE, "performs", ("vocals", "Loose Rope", "Kindlewick")),
]
_CAMPAIGN = (
    "A Fire Department Turns to Drama OSTs\n\n"
    "“Slow Crawl,” from Channel Nine’s medical drama “Harbour Lights,” is by the girl group "
    "SMOKEWREN. The song peaked at No. 3 on the TuneBox Top 50 on May 14 and won Best OST at "
    "the 9th Sora Awards on June 6.\n\n"
    "Noh Eun-bi, who stars in “Harbour Lights” as the rookie firefighter Gwak Dae-un, appears in "
    "the video. The third song, “Count to Ninety,” is sung by Kim So-ra in character as Han "
    "Seo-yun, the paramedic she plays, and is credited to her as well.\n\n"
    "The oldest pick is “Stair Psalm” from last winter’s “Salt Courier,” also a Channel Nine "
    "series. It is credited to the rock trio GREYHASP, fronted by singer Wi Ha-ram, who sings it "
    "alone. It reached No. 8 on the TuneBox Top 50 on May 20, was named Song of the Year at the "
    "31st Baekrang Music Awards on June 13, and as of June 1 had logged 70 million Streamly "
    "streams.\n"
)
_AUDIO_DRAMA = (
    "“Harbour Lights” Returns as a Narrated Audio Drama\n\n"
    "An audio label released “Harbour Lights: The Night Tapes,” a radio drama built on the "
    "series’ songs.\n\n"
    "Channel Nine’s period romance ran on Fridays and Saturdays from January 5 until its finale "
    "on February 24.\n\n"
    "Next comes “Solder Minuet” by TWINHOLT, the duo of Joo Ha-bin and Min Rae-on, who split it "
    "line by line.\n"
)
_ROUND_FIFTY_SEVEN = [
    (_CAMPAIGN, "performs", ("credited", "Slow Crawl", "SMOKEWREN")),
    (_CAMPAIGN, "award", ("Best OST, 9th Sora Awards", "Slow Crawl", "2033-06-06")),
    (_CAMPAIGN, "plays", ("Noh Eun-bi", "Gwak Dae-un")),
    (_CAMPAIGN, "performs", ("credited", "Count to Ninety", "Kim So-ra")),
    (_CAMPAIGN, "broadcast", ("broadcaster", "Salt Courier", "Channel Nine")),
    (_CAMPAIGN, "performs", ("credited", "Stair Psalm", "GREYHASP")),
    (_CAMPAIGN, "award", ("Song of the Year, 31st Baekrang Music Awards", "Stair Psalm",
                          "2033-06-13")),
    (_AUDIO_DRAMA, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_AUDIO_DRAMA, "broadcast", ("first episode", "Harbour Lights", "2033-01-05")),
    (_AUDIO_DRAMA, "broadcast", ("final episode", "Harbour Lights", "2033-02-24")),
    (_AUDIO_DRAMA, "performs", ("vocals", "Solder Minuet", "Joo Ha-bin")),
    (_AUDIO_DRAMA, "performs", ("vocals", "Solder Minuet", "Min Rae-on")),
]
_OVERREACH_FIFTY_SEVEN = [
    # "“T,” from B’s drama “S,” is by G": the drama is no recording
    (_CAMPAIGN, "performs", ("credited", "Harbour Lights", "SMOKEWREN")),
    # "“T” from last winter’s “S,” also a B series. It is credited to G": T is G's, not S
    (_CAMPAIGN, "performs", ("credited", "Salt Courier", "GREYHASP")),
    # a work made from the drama is not the drama the broadcast facts are about
    (_AUDIO_DRAMA, "broadcast", ("broadcaster", "Harbour Lights: The Night Tapes", "Channel Nine")),
]
_LISTENING = (
    "A Library Opens a “Harbour Lights” Listening Corner\n\n"
    "The station opens with “Twin Parallels,” the first OST part. The ballad is credited to "
    "singer Chae Rin-ah, who carries it in a near-whisper, and Noh Eun-bi joins her on the last "
    "chorus in character as Han Seo-yun.\n\n"
    "Next is DUSKFERN’s “North Ink.” Ryeoki, the rock band’s frontman, sings it with a rasp.\n\n"
    "The playlist leads with “Umber Signal,” the second OST part from the four-member group "
    "CRESCENTIA.\n"
)
_RHYTHM_GAME = (
    "A Rhythm Game Adds PAPER KITES\n\n"
    "PAPER KITES is the garage band at the centre of Channel Nine’s “Harbour Lights.” Lim "
    "Do-hoon plays its singer, Han Seo-yun.\n\n"
    "The headline stage is “Patch Cord Tangle,” the band’s breakout single. Lim sings it as "
    "Seo-yun, with Ryu Ji-hwan joining on the bridge in character as Goh Bit-na. Released on May "
    "11, it peaked at No. 2 on the TuneBox Top 50 on May 29, and on June 8 won Best OST at the "
    "14th Seolbit Music Awards.\n\n"
    "“Low Hum Lullaby,” a slower PAPER KITES track released on June 2, is voiced by Ryu in "
    "character as Goh Bit-na. “Drum Roll Vow,” out on June 16 and also billed to the band, closes "
    "the set. Missing is “Paper Noon,” the drama’s ballad by soloist Eun Ha-rae.\n"
)
_ROUND_FIFTY_EIGHT = [
    (_LISTENING, "performs", ("vocals", "Twin Parallels", "Chae Rin-ah")),
    (_LISTENING, "performs", ("vocals", "Twin Parallels", "Noh Eun-bi")),
    (_LISTENING, "performs", ("vocals", "North Ink", "Ryeoki")),
    (_LISTENING, "membership", ("Ryeoki", "DUSKFERN", "member")),
    (_LISTENING, "performs", ("credited", "Umber Signal", "CRESCENTIA")),
    (_RHYTHM_GAME, "performs", ("vocals", "Patch Cord Tangle", "Ryu Ji-hwan")),
    (_RHYTHM_GAME, "award", ("Best OST, 14th Seolbit Music Awards", "Patch Cord Tangle",
                             "2033-06-08")),
    (_RHYTHM_GAME, "performs", ("credited", "Low Hum Lullaby", "PAPER KITES")),
    (_RHYTHM_GAME, "performs", ("vocals", "Low Hum Lullaby", "Ryu Ji-hwan")),
    (_RHYTHM_GAME, "performs", ("credited", "Drum Roll Vow", "PAPER KITES")),
    (_RHYTHM_GAME, "performs", ("credited", "Paper Noon", "Eun Ha-rae")),
]
_OVERREACH_FIFTY_EIGHT = [
    # "… and on June 8 won Best OST": the day of the clause, not the release's
    (_RHYTHM_GAME, "award", ("Best OST, 14th Seolbit Music Awards", "Patch Cord Tangle",
                             "2033-05-11")),
    # "“T,” the drama’s ballad by soloist A": the drama is no artist's
    (_RHYTHM_GAME, "performs", ("credited", "Harbour Lights", "Eun Ha-rae")),
]
_NOODLE_CUPS = (
    "A Noodle Brand Prints OST Lyrics\n\n"
    "The leads of Channel Nine’s “Harbour Lights” visited a noodle factory on Saturday. The "
    "workers asked for “Brine Lantern” first. The second OST part is credited to singer Kim "
    "So-ra, whose voice is the only one on the record.\n\n"
    "Next came “Lantern Jar,” the third part, a duet that Park Min-ah and Yeo Jin-woo recorded in "
    "character and released under both of their names on May 2. Yeo then took a solo turn on "
    "“Crate Echo,” put out under his own name on May 9.\n\n"
    "“Zinc Awning” is by MAPLEWIND, the three-member group of Dael, Misol and Ieun. On the "
    "TuneBox Top 50 dated May 20, it entered at No. 31, and on May 24 it crossed 5 million "
    "streams on Streamly. Second on the list is “Drift Glass,” the drama’s fourth part, which its "
    "credited artist, Noh Eun-bi, sings solo.\n\n"
    "The last cup carries “Quarry Hymn,” which Byeon Ha-neul sings for “Harbour Lights,” Channel "
    "Nine’s Friday-Saturday drama. Lim Do-hoon plays the referee Yun Pa-ran in the series, and the "
    "track is credited to him; Lim sings it in character as Pa-ran.\n"
)
_BAND_SPECIAL = (
    "“Harbour Lights” Cast Films a Temple Special\n\n"
    "Channel Nine said on Monday that the main actors of its band drama spent two nights at a "
    "temple. Fans keep asking for more of PAPER KITES, the garage band at its centre.\n\n"
    "Lim Do-hoon plays Han Seo-yun, the band’s lead vocalist, and Ryu Ji-hwan is its guitarist, "
    "Seo Da-on. Noh Eun-bi takes on the role of drummer Ma Ri-on, while Kim So-ra completes the "
    "line-up as bassist Do Han-gyeol.\n\n"
    "The band’s songs were released under the PAPER KITES name. “Ember Lane,” which came out on "
    "May 3, is sung by Lim in character as Seo-yun; it reached No. 4 on the TuneBox Top 50 on "
    "May 10 and won Best OST at the 9th Seolbit Music Awards on June 1. “Fuse Box Waltz,” a duet "
    "credited to Lim Do-hoon and Ryu Ji-hwan, was released on May 17, and the two sing it as "
    "Seo-yun and Da-on. Noh, for her part, took home Best New Actress at the same Seolbit "
    "ceremony.\n"
)
_CAMPSITE = (
    "Campers Watch the Finale\n\n"
    "Yeo Jin-woo and Park Min-ah lead the series as lighthouse keeper Yun Pa-ran and Seol Mi-rae, "
    "the ferry clerk whose letters go astray.\n\n"
    "The set opened with “Pine Smoke” from Byeon Ha-neul, the singer credited on the track and its "
    "only voice. Next was REEDMERE, the acoustic duo of Kkotbi and Jinsae, with their OST entry "
    "“Ebb Minuet.” Kkotbi sings the verses and Jinsae handles the chorus.\n\n"
    "Park’s own OST number, “Mist Ladder,” which she sings in character as Mi-rae, was played "
    "from a speaker.\n"
)
_ROUND_FIFTY_NINE = [
    (_NOODLE_CUPS, "performs", ("credited", "Brine Lantern", "Kim So-ra")),
    (_NOODLE_CUPS, "performs", ("vocals", "Brine Lantern", "Kim So-ra")),
    (_NOODLE_CUPS, "performs", ("credited", "Lantern Jar", "Park Min-ah")),
    (_NOODLE_CUPS, "performs", ("credited", "Lantern Jar", "Yeo Jin-woo")),
    (_NOODLE_CUPS, "performs", ("vocals", "Crate Echo", "Yeo Jin-woo")),
    (_NOODLE_CUPS, "performs", ("credited", "Crate Echo", "Yeo Jin-woo")),
    (_NOODLE_CUPS, "membership", ("Dael", "MAPLEWIND", "member")),
    (_NOODLE_CUPS, "membership", ("Ieun", "MAPLEWIND", "member")),
    (_NOODLE_CUPS, "chart-entry", ("Zinc Awning", "TuneBox Top 50", 31, "2033-05-20")),
    (_NOODLE_CUPS, "performs", ("credited", "Drift Glass", "Noh Eun-bi")),
    (_NOODLE_CUPS, "performs", ("vocals", "Drift Glass", "Noh Eun-bi")),
    (_NOODLE_CUPS, "performs", ("credited", "Quarry Hymn", "Lim Do-hoon")),
    (_BAND_SPECIAL, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_BAND_SPECIAL, "membership", ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    (_BAND_SPECIAL, "membership", ("Seo Da-on", "PAPER KITES", "member")),
    (_BAND_SPECIAL, "plays", ("Ryu Ji-hwan", "Seo Da-on")),
    (_BAND_SPECIAL, "membership", ("Ma Ri-on", "PAPER KITES", "member")),
    (_BAND_SPECIAL, "membership", ("Do Han-gyeol", "PAPER KITES", "member")),
    (_BAND_SPECIAL, "performs", ("credited", "Ember Lane", "PAPER KITES")),
    (_BAND_SPECIAL, "performs", ("vocals", "Fuse Box Waltz", "Ryu Ji-hwan")),
    (_BAND_SPECIAL, "award", ("Best New Actress, 9th Seolbit Music Awards", "Noh Eun-bi",
                              "2033-06-01")),
    (_CAMPSITE, "plays", ("Yeo Jin-woo", "Yun Pa-ran")),
    (_CAMPSITE, "plays", ("Park Min-ah", "Seol Mi-rae")),
    (_CAMPSITE, "performs", ("credited", "Pine Smoke", "Byeon Ha-neul")),
    (_CAMPSITE, "performs", ("vocals", "Pine Smoke", "Byeon Ha-neul")),
    (_CAMPSITE, "performs", ("credited", "Ebb Minuet", "REEDMERE")),
    (_CAMPSITE, "performs", ("credited", "Mist Ladder", "Park Min-ah")),
]
_OVERREACH_FIFTY_NINE = [
    # "“T,” which A sings for “S”": S is the drama, not a song A sings
    (_NOODLE_CUPS, "performs", ("vocals", "Harbour Lights", "Byeon Ha-neul")),
    # "On the CHART dated DATE, it entered at No. 31, and on DATE2 …": the chart's day
    (_NOODLE_CUPS, "chart-entry", ("Zinc Awning", "TuneBox Top 50", 31, "2033-05-24")),
    # "B is its guitarist, D": D holds the place, B plays D
    (_BAND_SPECIAL, "membership", ("Ryu Ji-hwan", "PAPER KITES", "member")),
    # "the same Seolbit ceremony": the ceremony's day, not the chart's
    (_BAND_SPECIAL, "award", ("Best New Actress, 9th Seolbit Music Awards", "Noh Eun-bi",
                              "2033-05-10")),
    (_CAMPSITE, "plays", ("Park Min-ah", "Yun Pa-ran")),
    # "G, the duo of A and B, with their OST entry “T”": the duo's, not each member's
    (_CAMPSITE, "performs", ("credited", "Ebb Minuet", "Kkotbi")),
]
_QUAY_CONCERT = (
    "A Harbour Festival Ends With an OST Night\n\n"
    "First up was Kim So-ra with “Gull Lantern,” her theme for Channel Nine’s “Harbour Lights.” "
    "On the record, Kim sings alone over a string quartet. The ballad, released on March 6, "
    "topped the TuneBox Top 50 on April 2 and went on to win Best OST at the 2033 Nuri Drama "
    "Awards.\n\n"
    "The quartet BRINEWAVE followed with “Low Water Hymn.” Members Tohee and Ohbit split the "
    "verses, and the group’s other two, Minbit and Biol, handled the whistling hook.\n\n"
    "The evening closed with “Knot and Rope” from “Harbour Lights.” The drama stars Yeo Jin-woo "
    "and Park Min-ah as rival ferry captains Gang Pil-yeon and Do Ha-rang, and the two duet on "
    "the song in character. It is credited to both actors. Noh Eun-bi and Ryu Ji-hwan sang it "
    "together as an encore.\n"
)
_ALARM_PACK = (
    "A Watch Maker Adds OST Alarms\n\n"
    "The new alarm pack is built from four songs of Channel Nine’s “Harbour Lights.” "
    "The pack opens with “Dawn Relay,” the series’ main theme, from the singer Byeon Ha-neul. "
    "Released on May 2, it peaked at No. 3 on the TuneBox Top 50 on May 9.\n\n"
    "“Harbour Lights” aired Wednesdays and Thursdays on Channel Nine, from December 3 until its "
    "finale on January 22. It stars Lim Do-hoon as Yun Sa-wol, a radio engineer. Noh Eun-bi "
    "completes the lead trio as Sa-wol’s producer and sparring partner, Pyo Ga-eun.\n\n"
    "“Copper Kettle Waltz” is credited to the indie duo MOSSLAMP and sung by the duo’s "
    "vocalist, Garaon; her bandmate, the guitarist Nuribit, co-wrote the melody. It came out on "
    "May 10, has passed 5 million streams on Streamly and won Best OST at the 6th Cheongsu Music "
    "Awards on June 1.\n"
)
_TABLETOP_BAND = (
    "A Board Game of PAPER KITES\n\n"
    "PAPER KITES is the garage band at the centre of “Harbour Lights,” which ended after eight "
    "weeks of Monday and Tuesday broadcasts. Lim Do-hoon plays its singer, Han Seo-yun, and Ryu "
    "Ji-hwan plays its bassist, Bae Do-ri.\n\n"
    "“Tin Pedal,” the band’s slower B-side, has Lim singing lead as Seo-yun, with Ryu "
    "harmonising as Do-ri.\n"
)
_ROUND_SIXTY = [
    (_QUAY_CONCERT, "performs", ("vocals", "Gull Lantern", "Kim So-ra")),
    (_QUAY_CONCERT, "award", ("Best OST, 2033 Nuri Drama Awards", "Gull Lantern", "2033")),
    (_QUAY_CONCERT, "membership", ("Minbit", "BRINEWAVE", "member")),
    (_QUAY_CONCERT, "membership", ("Biol", "BRINEWAVE", "member")),
    (_QUAY_CONCERT, "plays", ("Yeo Jin-woo", "Gang Pil-yeon")),
    (_QUAY_CONCERT, "plays", ("Park Min-ah", "Do Ha-rang")),
    (_QUAY_CONCERT, "performs", ("vocals", "Knot and Rope", "Yeo Jin-woo")),
    (_QUAY_CONCERT, "performs", ("vocals", "Knot and Rope", "Park Min-ah")),
    (_QUAY_CONCERT, "performs", ("credited", "Knot and Rope", "Yeo Jin-woo")),
    (_QUAY_CONCERT, "performs", ("credited", "Knot and Rope", "Park Min-ah")),
    (_ALARM_PACK, "performs", ("credited", "Dawn Relay", "Byeon Ha-neul")),
    (_ALARM_PACK, "chart-entry", ("Dawn Relay", "TuneBox Top 50", 3, "2033-05-09")),
    (_ALARM_PACK, "broadcast", ("first episode", "Harbour Lights", "2032-12-03")),
    (_ALARM_PACK, "plays", ("Noh Eun-bi", "Pyo Ga-eun")),
    (_ALARM_PACK, "performs", ("vocals", "Copper Kettle Waltz", "Garaon")),
    (_ALARM_PACK, "membership", ("Garaon", "MOSSLAMP", "member")),
    (_ALARM_PACK, "membership", ("Nuribit", "MOSSLAMP", "member")),
    (_ALARM_PACK, "award", ("Best OST, 6th Cheongsu Music Awards", "Copper Kettle Waltz",
                            "2033-06-01")),
    (_TABLETOP_BAND, "broadcast", ("schedule", "Harbour Lights", "monday-tuesday")),
    (_TABLETOP_BAND, "performs", ("credited", "Tin Pedal", "PAPER KITES")),
    (_TABLETOP_BAND, "performs", ("vocals", "Tin Pedal", "Ryu Ji-hwan")),
]
_OVERREACH_SIXTY = [
    # "A and B sang it together as an encore": a stage, not the recording
    (_QUAY_CONCERT, "performs", ("vocals", "Knot and Rope", "Noh Eun-bi")),
    # "topped the CHART on DATE and went on to win X at the 2033 Y Awards": not the chart's day
    (_QUAY_CONCERT, "award", ("Best OST, 2033 Nuri Drama Awards", "Gull Lantern",
                              "2033-04-02")),
    # "the singer credited on it" is the artist; "the series’ main theme" is no drama title
    (_ALARM_PACK, "performs", ("credited", "Harbour Lights", "Byeon Ha-neul")),
]
_DRAW_INTERVAL = (
    "A Lottery Show's Interval Goes to “Harbour Lights”\n\n"
    "Kim So-ra opened with “Abacus Heart,” the ballad credited to her and released on May 2. She "
    "is the only voice on the recording, which peaked at No. 3 on the TuneBox Top 50 on May 15 "
    "and crossed 5 million Streamly streams on June 3.\n\n"
    "Next came QUILLSONG. The trio (Doru, Hansi and Ruye) are credited on “Rounding Waltz,” "
    "although only Doru and Hansi sing on the recording. Here Doru carries the melody and Hansi "
    "stacks the high harmonies.\n\n"
    "Lim Do-hoon, who plays the bookkeeper Seok Dan-u, and Noh Eun-bi, who plays the ferry pilot "
    "Ma Hye-ri, sing the duet “Ledger Snowfall” in character. Channel Nine’s “Harbour Lights” "
    "aired from March 1 to April 20, with veteran actor Yeo Jin-woo as Dan-u’s boss, Gong "
    "Pal-bok. Byeon Ha-neul, in her acting debut, appears as the pop idol Yoon Da-ri.\n"
)
_NIGHT_STAGE = (
    "A Night Market Stage Turns to OST Songs\n\n"
    "Park Min-ah started with “Pier Remedy,” released under her name for Channel Nine’s “Harbour "
    "Lights,” which wrapped up on June 2. She sings it herself.\n\n"
    "The boy band TIDEFIN followed with “Night Bus Stars.” The TIDEFIN track, released on April "
    "13, is the theme of Channel Nine’s “Glass Tram,” which premiered the day before.\n\n"
    "Choi Han-gyeol closed with “Noon Umbrella” from Channel Nine’s “Glass Tram,” the song that "
    "won Best Drama Song at the 2033 Ilhwa Music Critics’ Prize. Choi, who is credited on the "
    "track and sings it alone, saw it re-enter the TuneBox Top 50 at No. 44 on June 18.\n"
)
_SCENT_LINE = (
    "A Perfume Line for PAPER KITES\n\n"
    "PAPER KITES is the band at the heart of Channel Nine’s “Harbour Lights.” The citrus scent "
    "belongs to Han Seo-yun, the band’s lead vocalist, played by Lim Do-hoon. Bassist Yang Bi-ne, "
    "portrayed by Seon Yu-ri, gets fig, and drummer Pyeon Ga-ram, Ryu Ji-hwan’s character, gets "
    "smoked tea.\n\n"
    "“Attic Static,” the band’s slow duet, came out on May 5, with Lim and Seon trading verses as "
    "Seo-yun and Bi-ne. Ryu steps out from behind the kit only once, on “Tin Drumroll,” a track "
    "credited to him that he sings as Ga-ram.\n\n"
    "“Count to Summer” is credited to the acoustic duo BAMLIGHT and sung by the duo’s vocalist, "
    "Woo Seol-a; its other member, Tak Min-ho, plays guitar on the track. Choi Han-gyeol, who "
    "sings the closing duet “Orchard Dusk” with Kim So-ra, posted the video. Viewers abroad can "
    "catch up on all 20 episodes on Streamly.\n"
)
_ROUND_SIXTY_ONE = [
    (_DRAW_INTERVAL, "performs", ("credited", "Abacus Heart", "Kim So-ra")),
    (_DRAW_INTERVAL, "performs", ("vocals", "Abacus Heart", "Kim So-ra")),
    (_DRAW_INTERVAL, "chart-entry", ("Abacus Heart", "TuneBox Top 50", 3, "2033-05-15")),
    (_DRAW_INTERVAL, "stream-milestone", ("Abacus Heart", "Streamly", 5000000, "2033-06-03")),
    (_DRAW_INTERVAL, "performs", ("credited", "Rounding Waltz", "QUILLSONG")),
    (_DRAW_INTERVAL, "membership", ("Ruye", "QUILLSONG", "member")),
    (_DRAW_INTERVAL, "performs", ("vocals", "Rounding Waltz", "Hansi")),
    (_DRAW_INTERVAL, "performs", ("vocals", "Ledger Snowfall", "Lim Do-hoon")),
    (_DRAW_INTERVAL, "performs", ("vocals", "Ledger Snowfall", "Noh Eun-bi")),
    (_DRAW_INTERVAL, "plays", ("Yeo Jin-woo", "Gong Pal-bok")),
    (_DRAW_INTERVAL, "plays", ("Byeon Ha-neul", "Yoon Da-ri")),
    (_NIGHT_STAGE, "performs", ("credited", "Pier Remedy", "Park Min-ah")),
    (_NIGHT_STAGE, "performs", ("vocals", "Pier Remedy", "Park Min-ah")),
    (_NIGHT_STAGE, "broadcast", ("first episode", "Glass Tram", "2033-04-12")),
    (_NIGHT_STAGE, "broadcast", ("broadcaster", "Glass Tram", "Channel Nine")),
    (_NIGHT_STAGE, "award", ("Best Drama Song, 2033 Ilhwa Music Critics’ Prize", "Noon Umbrella",
                             "2033")),
    (_NIGHT_STAGE, "performs", ("credited", "Noon Umbrella", "Choi Han-gyeol")),
    (_NIGHT_STAGE, "chart-entry", ("Noon Umbrella", "TuneBox Top 50", 44, "2033-06-18")),
    (_SCENT_LINE, "plays", ("Ryu Ji-hwan", "Pyeon Ga-ram")),
    (_SCENT_LINE, "membership", ("Pyeon Ga-ram", "PAPER KITES", "member")),
    (_SCENT_LINE, "performs", ("credited", "Attic Static", "PAPER KITES")),
    (_SCENT_LINE, "performs", ("vocals", "Tin Drumroll", "Ryu Ji-hwan")),
    (_SCENT_LINE, "membership", ("Tak Min-ho", "BAMLIGHT", "member")),
    (_SCENT_LINE, "performs", ("vocals", "Orchard Dusk", "Kim So-ra")),
    (_SCENT_LINE, "broadcast", ("available on", "Harbour Lights", "Streamly")),
]
_OVERREACH_SIXTY_ONE = [
    # "only A and B sing on the recording": not the third member
    (_DRAW_INTERVAL, "performs", ("vocals", "Rounding Waltz", "Ruye")),
    # "released under her name for B’s “S,” which wrapped up on DATE": the drama's day
    (_NIGHT_STAGE, "release", ("Pier Remedy", "2033-06-02")),
    # "the theme of B’s “S,” which premiered the day before": a premiere, no release
    (_NIGHT_STAGE, "release", ("Night Bus Stars", "2033-04-12")),
    # "with A and B trading verses as C and D": singing in character, no casting out of order
    (_SCENT_LINE, "plays", ("Seon Yu-ri", "Han Seo-yun")),
]
_SURF_PARTY = (
    "A Surf Contest's Beach Party Turns to Drama Songs\n"
    "\n"
    "The set opened with “Reef Vow” from Channel Nine’s “Harbour Lights.” Credited to and sung by "
    "Kim So-ra, the ballad won Best OST at the 2033 Coral Plate Awards on May 22.\n"
    "\n"
    "Next came SEAGLOW’s “Pier Lantern.” Rohan and Yeoni, two of the group’s four members, share "
    "the vocals.\n"
    "\n"
    "The DJ closed with “Sandpiper Hymn” by Byeon Ha-neul featuring the rapper Chorim, a track "
    "from Channel Nine’s other summer drama, “Gull Tavern.” Byeon sings the melody and Chorim "
    "raps a short verse. The loudest cheer went to “Lamp Static,” from “Gull Tavern.” Lim "
    "Do-hoon, who plays the bookkeeper Jin Ro-un, is the credited artist and sings it as Ro-un.\n"
)
_HOLOGRAM_BAND = (
    "The Kite Runners Return as Holograms\n"
    "\n"
    "The Kite Runners, the garage band at the heart of “Harbour Lights,” are back on stage. "
    "Channel Nine’s drama aired its last episode on May 24, closing a Friday-Saturday run that "
    "began on March 5. In the story, Ma Ga-on is the band’s lead vocalist, Kang Ri-o its "
    "guitarist and Yoon Ha-bin its drummer. Noh Eun-bi plays Ga-on, Ryu Ji-hwan takes on the role "
    "of Ri-o and Yeo Jin-woo is Ha-bin.\n"
    "\n"
    "The exhibition opens with “Static Coast,” the band’s debut single. Released on March 6, it "
    "topped the TuneBox Top 50 on March 20 and has since passed 10 million streams on Streamly. "
    "On June 8 it won Best OST at the 7th Sorim Music Awards. The second room belongs to “Hearth "
    "Ballad,” also credited to The Kite Runners. Yeo’s moment is “Pier Dance,” a solo track "
    "credited to Yeo Jin-woo and voiced by him as Ha-bin.\n"
)
_DONOR_PLAYLIST = (
    "A Blood Drive's OST Playlist\n"
    "\n"
    "Cobalt Two’s “Gull Tavern” premiered on January 5, filling the broadcaster’s Wednesday and "
    "Thursday nights. The Sunday evening show at an ice rink used its songs too.\n"
    "\n"
    "The playlist opens with “Ebb Lantern.” Credited to the ballad singer Park Min-ah, who also "
    "sings it, the track came out on January 20 and climbed to No. 9 on the TuneBox Top 50 on "
    "February 2. Further down sits “Twin Teacups,” a duet released on February 10 and credited to "
    "Choi Han-gyeol and Seon Yu-ri.\n"
    "\n"
    "MOSSVEIL’s “Red Cord” is the odd one out. The quartet is fronted by Sion, who sings lead on "
    "it; bassist Bogyeol and guitarist Uhan add harmonies, and drummer Ttaeun stays behind the "
    "kit. LUMENFALL’s “Glass Heart” closes the list. The five-piece — Dalla, Hwion, Nuriol, "
    "Saeyul and the rapper Gyeolbi — has toured since. On the recording, Dalla opens with the "
    "first verse, while Gyeolbi raps the bridge. Lee Jin-seok lends his voice to the track, which "
    "peaked at No. 11 on the TuneBox Top 50 on March 3. Viewers can stream the series on TuneBox "
    "in Korea or on Streamly in Europe.\n"
)
_ROUND_SIXTY_TWO = [
    (_SURF_PARTY, "performs", ("credited", "Reef Vow", "Kim So-ra")),
    (_SURF_PARTY, "performs", ("vocals", "Reef Vow", "Kim So-ra")),
    (_SURF_PARTY, "performs", ("vocals", "Pier Lantern", "Yeoni")),
    (_SURF_PARTY, "performs", ("credited", "Sandpiper Hymn", "Chorim")),
    (_SURF_PARTY, "broadcast", ("broadcaster", "Gull Tavern", "Channel Nine")),
    (_SURF_PARTY, "performs", ("vocals", "Sandpiper Hymn", "Byeon Ha-neul")),
    (_SURF_PARTY, "performs", ("credited", "Lamp Static", "Lim Do-hoon")),
    (_SURF_PARTY, "performs", ("vocals", "Lamp Static", "Lim Do-hoon")),
    (_HOLOGRAM_BAND, "broadcast", ("schedule", "Harbour Lights", "friday-saturday")),
    (_HOLOGRAM_BAND, "membership", ("Ma Ga-on", "The Kite Runners", "lead vocalist")),
    (_HOLOGRAM_BAND, "membership", ("Kang Ri-o", "The Kite Runners", "member")),
    (_HOLOGRAM_BAND, "membership", ("Yoon Ha-bin", "The Kite Runners", "member")),
    (_HOLOGRAM_BAND, "plays", ("Noh Eun-bi", "Ma Ga-on")),
    (_HOLOGRAM_BAND, "plays", ("Ryu Ji-hwan", "Kang Ri-o")),
    (_HOLOGRAM_BAND, "plays", ("Yeo Jin-woo", "Yoon Ha-bin")),
    (_HOLOGRAM_BAND, "stream-milestone", ("Static Coast", "Streamly", 10000000, "2033-06-20")),
    (_HOLOGRAM_BAND, "award", ("Best OST, 7th Sorim Music Awards", "Static Coast",
                               "2033-06-08")),
    (_HOLOGRAM_BAND, "performs", ("credited", "Hearth Ballad", "The Kite Runners")),
    (_HOLOGRAM_BAND, "performs", ("vocals", "Pier Dance", "Yeo Jin-woo")),
    (_DONOR_PLAYLIST, "broadcast", ("broadcaster", "Gull Tavern", "Cobalt Two")),
    (_DONOR_PLAYLIST, "broadcast", ("schedule", "Gull Tavern", "wednesday-thursday")),
    (_DONOR_PLAYLIST, "chart-entry", ("Ebb Lantern", "TuneBox Top 50", 9, "2033-02-02")),
    (_DONOR_PLAYLIST, "performs", ("credited", "Twin Teacups", "Seon Yu-ri")),
    (_DONOR_PLAYLIST, "membership", ("Ttaeun", "MOSSVEIL", "member")),
    (_DONOR_PLAYLIST, "performs", ("vocals", "Red Cord", "Sion")),
    (_DONOR_PLAYLIST, "performs", ("vocals", "Red Cord", "Uhan")),
    (_DONOR_PLAYLIST, "membership", ("Gyeolbi", "LUMENFALL", "member")),
    (_DONOR_PLAYLIST, "performs", ("vocals", "Glass Heart", "Dalla")),
    (_DONOR_PLAYLIST, "performs", ("vocals", "Glass Heart", "Lee Jin-seok")),
    (_DONOR_PLAYLIST, "broadcast", ("available on", "Gull Tavern", "Streamly")),
]
_OVERREACH_SIXTY_TWO = [
    # "A sings the melody and B raps a short verse": B is no song A sings
    (_SURF_PARTY, "performs", ("vocals", "Chorim", "Byeon Ha-neul")),
    # "“T” by A featuring the rapper B, a track from B’s other drama, “S”": S is no song
    (_SURF_PARTY, "performs", ("credited", "Gull Tavern", "Byeon Ha-neul")),
    # "The Sunday evening show at an ice rink": a show somewhere is no drama's slot
    (_DONOR_PLAYLIST, "broadcast", ("schedule", "Gull Tavern", "sunday")),
    # a member's rap on the group's own song is no featured credit
    (_DONOR_PLAYLIST, "performs", ("credited", "Glass Heart", "Gyeolbi")),
]
_BALLET_RECITAL = (
    "A Ballet Recital Danced to NIGHTDEW\n"
    "\n"
    "The evening opened with “Ward Signals,” the second OST part, credited to the four-piece "
    "NIGHTDEW. On the record, members Yeolsa and Joun trade the verses and Tamra carries the "
    "chorus, while Bidam, the group’s rapper, takes the bridge.\n"
    "\n"
    "Senior students followed with the group’s “Soft Heels,” the fifth part, on which all four "
    "members sing. Only one piece strayed: a solo to “Dawn Blossom,” Bidam’s own OST track, "
    "which she sings alone. Park Min-ah and Lim Do-hoon headline “Harbour Lights” as Hwang "
    "Do-yun and Jo Ha-dam. Yeo Jin-woo, who plays Ha-dam’s rival, Dr. Min Sae-bin, did turn "
    "up.\n"
)
_ESCAPE_ROOM = (
    "An Escape Room in RUSTCHIME's Rehearsal Space\n"
    "\n"
    "The room opened less than two weeks after Channel Nine aired the Saturday-Sunday drama’s "
    "final episode on June 4. In the series, RUSTCHIME is a four-piece garage band fronted by "
    "Gang Yi-rang, played by Noh Eun-bi.\n"
    "\n"
    "Another room hides a cassette of “Overload Heart,” the band’s loudest number. That track "
    "was released on May 6, reached No. 17 on the TuneBox Top 50 on May 20, and went on to take "
    "Song of the Year at the 2033 Daeseong Music Festival.\n"
    "\n"
    "Later the band slips into “Low Kettle,” by the folk-rock group KESTRELWING. The group is "
    "fronted by Han Ri-un, who also sings the track, and its drummer, Tae-il, co-wrote it. "
    "Those who would rather watch the drama than hear it can stream “Harbour Lights” on "
    "Streamly in Korea, on TuneBox in Southeast Asia.\n"
    "\n"
    "“Comet Paper” comes from the indie duo Paperglow. Vocalist Morim lends her voice to the "
    "track, while her bandmate Teoun handles the acoustic guitar.\n"
)
_ROUND_SIXTY_THREE = [
    (_BALLET_RECITAL, "performs", ("credited", "Ward Signals", "NIGHTDEW")),
    (_BALLET_RECITAL, "membership", ("Bidam", "NIGHTDEW", "member")),
    (_BALLET_RECITAL, "membership", ("Tamra", "NIGHTDEW", "member")),
    (_BALLET_RECITAL, "performs", ("vocals", "Soft Heels", "Joun")),
    (_BALLET_RECITAL, "performs", ("vocals", "Soft Heels", "Bidam")),
    (_BALLET_RECITAL, "performs", ("credited", "Dawn Blossom", "Bidam")),
    (_BALLET_RECITAL, "performs", ("vocals", "Dawn Blossom", "Bidam")),
    (_BALLET_RECITAL, "plays", ("Yeo Jin-woo", "Min Sae-bin")),
    (_ESCAPE_ROOM, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_ESCAPE_ROOM, "broadcast", ("final episode", "Harbour Lights", "2033-06-04")),
    (_ESCAPE_ROOM, "membership", ("Gang Yi-rang", "RUSTCHIME", "lead vocalist")),
    (_ESCAPE_ROOM, "award", ("Song of the Year, 2033 Daeseong Music Festival", "Overload Heart",
                             "2033")),
    (_ESCAPE_ROOM, "membership", ("Han Ri-un", "KESTRELWING", "member")),
    (_ESCAPE_ROOM, "performs", ("vocals", "Low Kettle", "Han Ri-un")),
    (_ESCAPE_ROOM, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_ESCAPE_ROOM, "broadcast", ("available on", "Harbour Lights", "TuneBox")),
    (_ESCAPE_ROOM, "performs", ("vocals", "Comet Paper", "Morim")),
]
_OVERREACH_SIXTY_THREE = [
    # "B, the group’s rapper, takes the bridge": a member's rap, no singing
    (_BALLET_RECITAL, "performs", ("vocals", "Ward Signals", "Bidam")),
]
_LANTERN_NIGHT = (
    "A Lantern Festival Floats Drama Hits\n"
    "\n"
    "First up was “Ink Stream,” from Channel Nine’s “Harbour Lights.” The ballad, released on "
    "May 16, is credited to Kim So-ra, who also sings it. It went on to take Best OST at this "
    "year’s Bitnara Music Awards.\n"
    "\n"
    "Then came “Candle Wind.” Out since May 11, it is credited to the girl group ORCHIDLANE; "
    "members Sulmi and Minsol split the vocals, while the group’s leader, Yeolwul, wrote the "
    "lyrics. Yeolwul’s first solo, “Moth Window,” the drama’s second OST part, got a short "
    "reprise.\n"
    "\n"
    "The last song was “Hanji Song,” Lee Ham-bit’s solo for Sanbit Two’s “Moonlight Clinic.”\n"
)
_FIREWORKS_FINALE = (
    "A Fireworks Finale Set to “Salt Quay”\n"
    "\n"
    "The finale was set to “Salt Quay,” the main theme of Channel Nine’s “Harbour Lights.” "
    "“Salt Quay” is credited to the acoustic duo Saltrope and fronted by the duo’s singer, Bae "
    "Yun-ho; the other half of Saltrope, guitarist Ko Se-hun, wrote the arrangement. Released "
    "on May 22, hours before the fourth episode, the track debuted at No. 38 on the TuneBox Top "
    "50 on May 28. Saltrope’s earlier single for the drama, “Bowline Song,” did not chart.\n"
    "\n"
    "The house band opens with “Powder Promise,” the first OST part, released on June 3 and "
    "credited to the soloist Sohn Ye-rin, who sings it alone. Next comes “Chairlift Song” by "
    "the rock trio DUSKLANE. The trio’s frontman, Kang Tae-o, sings the verses and its "
    "keyboardist, Woo Si-hyun, takes the harmonies, while the third member, drummer Jin "
    "Bo-hyeon, stays behind the kit.\n"
)
_WINDOW_DISPLAY = (
    "A Department Store's Windows Move to PAPER KITES\n"
    "\n"
    "“Harbour Lights” stars Lim Do-hoon as Kang Mun-ji, a tax accountant sent to audit a toy "
    "shop, and Park Min-ah as its stubborn owner, Ye Gwang-ja, with Yeo Jin-woo as Mun-ji’s "
    "gossiping boss, Heo Man-bok.\n"
    "\n"
    "The centre window plays PAPER KITES’ “Snow Avenue.” The east corner window is set to “Snow "
    "Mittens,” the third part, which came out on November 26. It is credited to PAPER KITES as "
    "well. The windows skip the second part, “Sleigh Hand” by Kim So-ra. The store gave "
    "licensing as the reason for leaving out the November 19 release.\n"
    "\n"
    "The show uses “Toy Ledger,” which is credited to PAPER KITES and voiced by Lim Do-hoon in "
    "character as Mun-ji. The second number is “Tin Weather.” It is also credited to the band, "
    "with Lim singing as Mun-ji and Park joining as Gwang-ja.\n"
)
_ROUND_SIXTY_FOUR = [
    (_LANTERN_NIGHT, "award", ("Best OST, 2033 Bitnara Music Awards", "Ink Stream", "2033")),
    (_LANTERN_NIGHT, "performs", ("credited", "Candle Wind", "ORCHIDLANE")),
    (_LANTERN_NIGHT, "release", ("Candle Wind", "2033-05-11")),
    (_LANTERN_NIGHT, "membership", ("Yeolwul", "ORCHIDLANE", "member")),
    (_LANTERN_NIGHT, "membership", ("Minsol", "ORCHIDLANE", "member")),
    (_LANTERN_NIGHT, "performs", ("credited", "Moth Window", "Yeolwul")),
    (_LANTERN_NIGHT, "broadcast", ("broadcaster", "Moonlight Clinic", "Sanbit Two")),
    (_FIREWORKS_FINALE, "performs", ("vocals", "Salt Quay", "Bae Yun-ho")),
    (_FIREWORKS_FINALE, "membership", ("Ko Se-hun", "Saltrope", "member")),
    (_FIREWORKS_FINALE, "release", ("Salt Quay", "2033-05-22")),
    (_FIREWORKS_FINALE, "performs", ("credited", "Bowline Song", "Saltrope")),
    (_FIREWORKS_FINALE, "performs", ("credited", "Powder Promise", "Sohn Ye-rin")),
    (_FIREWORKS_FINALE, "membership", ("Jin Bo-hyeon", "DUSKLANE", "member")),
    (_WINDOW_DISPLAY, "plays", ("Lim Do-hoon", "Kang Mun-ji")),
    (_WINDOW_DISPLAY, "plays", ("Yeo Jin-woo", "Heo Man-bok")),
    (_WINDOW_DISPLAY, "release", ("Snow Mittens", "2032-11-26")),
    (_WINDOW_DISPLAY, "performs", ("credited", "Snow Mittens", "PAPER KITES")),
    (_WINDOW_DISPLAY, "release", ("Sleigh Hand", "2032-11-19")),
    (_WINDOW_DISPLAY, "performs", ("vocals", "Toy Ledger", "Lim Do-hoon")),
    (_WINDOW_DISPLAY, "performs", ("vocals", "Tin Weather", "Park Min-ah")),
]
_OVERREACH_SIXTY_FOUR = [
    # "with E as C’s gossiping boss, F": C is a part, no actor
    (_WINDOW_DISPLAY, "plays", ("Kang Mun-ji", "Heo Man-bok")),
    # "is set to “T”": set to a song, nothing announced
    (_WINDOW_DISPLAY, "release", ("Snow Mittens", "2033-11-26")),
    # "A’s solo for B’s “S”": S is the drama, no song A sings
    (_LANTERN_NIGHT, "performs", ("credited", "Moonlight Clinic", "Lee Ham-bit")),
]
_TEA_AFTERNOON = (
    "A Tea House Plays MISTRAY\n"
    "\n"
    "MISTRAY is the credited artist on all three songs, “Jade Hours,” “Barley Steam” and "
    "“Kettle Duet.” The first pot went with “Jade Hours,” which came out on March 23, the day "
    "after the premiere of Channel Nine’s “Harbour Lights.” All five members — Byeolhae, Sunu, "
    "Doum, Haeul and Iyeon — appear on it, but the singing belongs to Byeolhae, who opens both "
    "verses, and Sunu, whose high note closes the bridge. Next came “Barley Steam,” a slower "
    "number that Doum and Iyeon divide between them.\n"
)
_CHESS_CLUB = (
    "A Chess Club's COPPERWING Tournament\n"
    "\n"
    "Channel Nine aired the Saturday-Sunday series from March 4 until its final episode on May "
    "24. In the story, COPPERWING is fronted by its singer, Jegal Un-ha, with Bang Seok-gu on "
    "guitar, Yeo Ok-ran on drums and Cheon Ja-yu on bass. Lim Do-hoon plays Un-ha. “Glass "
    "Roofline” came next. The track is by the trio PALEWAVE, whose vocalists Dalbi and Yeraon "
    "trade lines throughout.\n"
    "\n"
    "The band’s songs are real, too, and all three are credited to COPPERWING. “Static Wheel” "
    "came out on March 18.\n"
    "\n"
    "The warmest applause went to “Rain Meter,” a duet released on April 15 and credited to the "
    "two leads. Noh Eun-bi and Ryu Ji-hwan lead “Harbour Lights” as Ma Ro-un and Pyo Si-ra. Noh "
    "sings it as Ro-un and Ryu as Si-ra.\n"
)
_POOL_SHOW = (
    "A Synchronised-Swimming Show to BRASSLARK\n"
    "\n"
    "The routine used songs from Channel Nine’s “Harbour Lights.” The song, “Postcards to the "
    "Quay,” is credited to BRASSLARK, the duo of vocalist Gamri and "
    "guitarist Onsae. Gamri carries the melody, and Onsae joins her for the harmonies of the "
    "last chorus.\n"
    "\n"
    "The drama, a Wednesday and Thursday romance, premiered on February 9 and aired its "
    "sixteenth and final episode on March 31. Yeo Jin-woo co-stars as Yeom Seol-ho. Yeo also "
    "lends his voice to the soundtrack. “Semaphore at Ebb,” the drama’s second OST song and the "
    "music for the club’s warm-up, is a duet credited to Kwon Ye-na and the actor: Kwon sings "
    "the verses, and Yeo answers her in character as Seol-ho. The track, released on May 6, is "
    "credited to and sung by Ahn Gyu-na.\n"
)
_ROUND_SIXTY_FIVE = [
    (_TEA_AFTERNOON, "performs", ("credited", "Barley Steam", "MISTRAY")),
    (_TEA_AFTERNOON, "performs", ("credited", "Kettle Duet", "MISTRAY")),
    (_TEA_AFTERNOON, "broadcast", ("first episode", "Harbour Lights", "2033-03-22")),
    (_TEA_AFTERNOON, "membership", ("Iyeon", "MISTRAY", "member")),
    (_TEA_AFTERNOON, "performs", ("vocals", "Jade Hours", "Sunu")),
    (_TEA_AFTERNOON, "performs", ("vocals", "Barley Steam", "Doum")),
    (_CHESS_CLUB, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_CHESS_CLUB, "membership", ("Cheon Ja-yu", "COPPERWING", "member")),
    (_CHESS_CLUB, "performs", ("credited", "Static Wheel", "COPPERWING")),
    (_CHESS_CLUB, "performs", ("credited", "Glass Roofline", "PALEWAVE")),
    (_CHESS_CLUB, "membership", ("Yeraon", "PALEWAVE", "member")),
    (_CHESS_CLUB, "performs", ("vocals", "Rain Meter", "Ryu Ji-hwan")),
    (_POOL_SHOW, "membership", ("Onsae", "BRASSLARK", "member")),
    (_POOL_SHOW, "performs", ("vocals", "Postcards to the Quay", "Onsae")),
    (_POOL_SHOW, "broadcast", ("schedule", "Harbour Lights", "wednesday-thursday")),
    (_POOL_SHOW, "broadcast", ("final episode", "Harbour Lights", "2033-03-31")),
    (_POOL_SHOW, "performs", ("credited", "Semaphore at Ebb", "Kwon Ye-na")),
    (_POOL_SHOW, "performs", ("credited", "Semaphore at Ebb", "Yeo Jin-woo")),
    (_POOL_SHOW, "performs", ("vocals", "Semaphore at Ebb", "Yeo Jin-woo")),
]
_OVERREACH_SIXTY_FIVE = [
    # "All five members … appear on it, but the singing belongs to A … and B": only those sing
    (_TEA_AFTERNOON, "performs", ("vocals", "Jade Hours", "Doum")),
    # "The track is by the trio G, whose vocalists A and B …": the trio's, not theirs
    (_CHESS_CLUB, "performs", ("credited", "Glass Roofline", "Dalbi")),
    # "a Wednesday and Thursday romance": both days, not Thursday alone
    (_POOL_SHOW, "broadcast", ("schedule", "Harbour Lights", "thursday")),
]
_YOGA_FLOW = (
    "A Yoga Class Set to SEAWREN\n"
    "\n"
    "The studio's flow is built around SEAWREN’s songs for Channel Nine’s “Harbour Lights.” "
    "Each of SEAWREN’s four members — Seo Ha-na, Nam Da-eun, Yeo Mi-rae and Kwak Bo-ra — gets "
    "a moment. Warrior poses arrive with “Paper Map,” the fourth part, which came out on April "
    "18. Credited to the group like the others, it is a showcase for Nam Da-eun, who sings "
    "every line over a lone piano.\n"
    "\n"
    "The cool-down belongs to “Brine Hymn,” SEAWREN’s newest release, which dropped on May 2. "
    "All four members sing on it.\n"
)
_HARVEST_STAGE = (
    "A Harvest Festival's OST Stage\n"
    "\n"
    "Kim So-ra opened the night with “Ebb Confession,” her contribution to Channel Nine’s "
    "“Harbour Lights.” On the record, Kim sings over a lone gayageum. REEDHOLLOW’s “Reed "
    "Ember,” another track from the drama, followed. Baek Ju-han, the band’s singer, carries it "
    "with a rasp.\n"
    "\n"
    "Then came “Scarecrow Dance,” DUSKFALLOW’s hit from the same drama. The song topped the "
    "TuneBox Top 50 on November 9 last year and won Best OST at the 15th Pyeongsang Drama "
    "Awards on December 30.\n"
    "\n"
    "The loudest sing-along came with “Salted Moon,” credited to the folk duo Jar Lane, which "
    "is made up of Oraen and Dullim. The pair trade lines through the verses. “Harbour Lights” "
    "wrapped up its 14-episode run on May 16. Opposite hangs “Hundred Lines,” credited to the "
    "indie band Slate Cove and sung by its frontwoman, Ki Yun-ha. “Wet Brush,” a duet credited "
    "to Lim Do-hoon and Park Min-ah, is performed in character, with Park Min-ah as Mun Si-ho "
    "and Lim as Tae Gyeol-a.\n"
)
_ROUND_SIXTY_SIX = [
    (_YOGA_FLOW, "performs", ("credited", "Paper Map", "SEAWREN")),
    (_YOGA_FLOW, "performs", ("vocals", "Paper Map", "Nam Da-eun")),
    (_YOGA_FLOW, "performs", ("credited", "Brine Hymn", "SEAWREN")),
    (_YOGA_FLOW, "performs", ("vocals", "Brine Hymn", "Kwak Bo-ra")),
    (_HARVEST_STAGE, "performs", ("vocals", "Ebb Confession", "Kim So-ra")),
    (_HARVEST_STAGE, "performs", ("vocals", "Reed Ember", "Baek Ju-han")),
    (_HARVEST_STAGE, "performs", ("credited", "Scarecrow Dance", "DUSKFALLOW")),
    (_HARVEST_STAGE, "award", ("Best OST, 15th Pyeongsang Drama Awards", "Scarecrow Dance",
                               "2032-12-30")),
    (_HARVEST_STAGE, "membership", ("Dullim", "Jar Lane", "member")),
    (_HARVEST_STAGE, "performs", ("vocals", "Salted Moon", "Oraen")),
    (_HARVEST_STAGE, "broadcast", ("final episode", "Harbour Lights", "2033-05-16")),
    (_HARVEST_STAGE, "performs", ("vocals", "Hundred Lines", "Ki Yun-ha")),
    (_HARVEST_STAGE, "performs", ("vocals", "Wet Brush", "Park Min-ah")),
]
_OVERREACH_SIXTY_SIX = [
    # "The song topped CHART on DATE last year and won X … on DATE2": the win's own day
    (_HARVEST_STAGE, "award", ("Best OST, 15th Pyeongsang Drama Awards", "Scarecrow Dance",
                               "2032-11-09")),
]
_GLASSBLOWING_CLASS = (
    "A Glassblowing Class Works Through an OST\n"
    "\n"
    "Twelve students shaped vases on Sunday as a weekend glassblowing class worked its way "
    "through the soundtrack of “Wick Lane.” Class leader Pyo Da-seul picked “Ember Hour,” the "
    "OST track credited to the singer Byeon Ha-neul, because its tempo leaves time to turn the "
    "pipe.\n"
    "\n"
    "The romance aired on Channel Nine on Saturdays and Sundays from March 4 and bowed out with "
    "its twelfth episode on April 9. Kim So-ra stars as Han Seo-yun and Lim Do-hoon plays Oh "
    "Tae-min. Kim So-ra and Lim Do-hoon sing “Cooling Rack,” a short duet credited to both "
    "actors, in character as Seo-yun and Tae-min.\n"
    "\n"
    "The afternoon closed with “Annealer” by the duo KILNSONG. Released on May 2, it features "
    "both members, Noh Eun-bi and Yeo Jin-woo, trading lines over a ukulele.\n"
)
_VINYL_FAIR = (
    "A Record Fair Spins PAPER KITES\n"
    "\n"
    "“Harbour Lights,” which aired on Channel Nine on Wednesdays and Thursdays, began on May 3 "
    "and signed off on June 8. In it, PAPER KITES are fronted by Ryu Ji-hwan.\n"
    "\n"
    "The first crate held “Dust Jacket.” Released on March 21 under the band’s name, it "
    "peaked at No. 2 on the TuneBox Top 50 on April 4. Next came “Stylus Mark,” a duet on "
    "which Ryu and Park Min-ah trade lines. Also credited to PAPER KITES, it came out on April "
    "11, debuted at No. 9 on the TuneBox Top 50 two days later and has since passed 30 million "
    "streams on Streamly. The last crate held “Run-Out Groove,” credited like the others to the "
    "band.\n"
)
_BATHHOUSE_RADIO = (
    "A Bathhouse Radio Hour of OST Songs\n"
    "\n"
    "The hour opens with “Cedar Steam,” credited to the singer Noh Eun-bi, whose voice carries "
    "the original. Next comes “Hot Stone Sigh” by the rock band MOSSLINE, which is fronted by the "
    "singer Yeo Jin-woo; guitarist Choi Han-gyeol and drummer Lee Jin-seok complete the "
    "line-up. Yeo sings the waltz alone.\n"
    "\n"
    "The group DAYRIFT is made up of Kim So-ra, Seon Yu-ri and Park Min-ah. “Towel Fold,” the "
    "group’s ballad for the fifth part, was released on June 2, and it is the only one of their "
    "songs on which all three members sing.\n"
)
_NIGHT_FERRY = (
    "A Night Ferry's OST Playlist\n"
    "\n"
    "First up is “Mooring Post,” from Channel Nine’s “Harbour Lights,” in which Byeon Ha-neul "
    "plays the deckhand Han Seo-yun. Kim So-ra, who is credited on the track, also sings it.\n"
    "\n"
    "The second song is “Stern Light,” from the Monday-Tuesday legal comedy “Gavel Tide” on "
    "Channel Nine. It is credited to the show’s lead, Ryu Ji-hwan, who plays the clerk Mun "
    "Ha-ri and sings the song in character. Kim’s song is the slowest of the three.\n"
    "\n"
    "The third is “Knot Reef,” GLASSHOUSE’s contribution to “Harbour Lights.” Noh Eun-bi, the "
    "trio’s lead vocalist, sings the verses, and her bandmates, bassist Lee Jin-seok and "
    "keyboardist Seon Yu-ri, join her on the chorus. Park Min-ah and Lim Do-hoon sing “Pier "
    "Song.”\n"
)
_BATHHOUSE_ORDER = (
    "A Bathhouse Radio Hour, Second Week\n"
    "\n"
    "Next comes “Hot Stone Sigh” by the rock band MOSSLINE, which is fronted by the singer Yeo "
    "Jin-woo; guitarist Choi Han-gyeol and drummer Lee Jin-seok complete the line-up. “Towel "
    "Fold” comes from the group DAYRIFT, whose ballad for the fifth part is the only one of "
    "their songs on which all three members sing.\n"
)
_ROUND_SIXTY_SEVEN = [
    (_GLASSBLOWING_CLASS, "broadcast", ("broadcaster", "Wick Lane", "Channel Nine")),
    (_GLASSBLOWING_CLASS, "broadcast", ("first episode", "Wick Lane", "2033-03-04")),
    (_GLASSBLOWING_CLASS, "performs", ("credited", "Cooling Rack", "Kim So-ra")),
    (_GLASSBLOWING_CLASS, "performs", ("credited", "Cooling Rack", "Lim Do-hoon")),
    (_GLASSBLOWING_CLASS, "performs", ("vocals", "Cooling Rack", "Kim So-ra")),
    (_GLASSBLOWING_CLASS, "performs", ("vocals", "Annealer", "Noh Eun-bi")),
    (_GLASSBLOWING_CLASS, "membership", ("Yeo Jin-woo", "KILNSONG", "member")),
    (_VINYL_FAIR, "broadcast", ("first episode", "Harbour Lights", "2033-05-03")),
    (_VINYL_FAIR, "performs", ("credited", "Dust Jacket", "PAPER KITES")),
    (_VINYL_FAIR, "release", ("Dust Jacket", "2033-03-21")),
    (_VINYL_FAIR, "performs", ("credited", "Stylus Mark", "PAPER KITES")),
    (_VINYL_FAIR, "chart-entry", ("Stylus Mark", "TuneBox Top 50", 9, "2033-04-13")),
    (_VINYL_FAIR, "stream-milestone", ("Stylus Mark", "Streamly", 30000000, "2033-06-20")),
    (_VINYL_FAIR, "performs", ("credited", "Run-Out Groove", "PAPER KITES")),
    (_BATHHOUSE_RADIO, "performs", ("vocals", "Cedar Steam", "Noh Eun-bi")),
    (_BATHHOUSE_RADIO, "membership", ("Yeo Jin-woo", "MOSSLINE", "member")),
    (_BATHHOUSE_RADIO, "membership", ("Choi Han-gyeol", "MOSSLINE", "member")),
    (_BATHHOUSE_RADIO, "membership", ("Lee Jin-seok", "MOSSLINE", "member")),
    (_BATHHOUSE_RADIO, "performs", ("vocals", "Hot Stone Sigh", "Yeo Jin-woo")),
    (_BATHHOUSE_RADIO, "performs", ("vocals", "Towel Fold", "Seon Yu-ri")),
    (_NIGHT_FERRY, "broadcast", ("broadcaster", "Gavel Tide", "Channel Nine")),
    (_NIGHT_FERRY, "performs", ("credited", "Stern Light", "Ryu Ji-hwan")),
    (_NIGHT_FERRY, "membership", ("Lee Jin-seok", "GLASSHOUSE", "member")),
    (_NIGHT_FERRY, "performs", ("vocals", "Knot Reef", "Seon Yu-ri")),
    (_NIGHT_FERRY, "performs", ("vocals", "Pier Song", "Park Min-ah")),
]
_OVERREACH_SIXTY_SEVEN = [
    # "Class leader A picked “T”": a sentence's first word, not a group A leads
    (_GLASSBLOWING_CLASS, "membership", ("Pyo Da-seul", "Class", "member")),
    # "a duet on which A and B trade lines. Also credited to G, …": G's, not theirs
    (_VINYL_FAIR, "performs", ("credited", "Stylus Mark", "Park Min-ah")),
    # "A, who is credited on the track, also sings it. … A’s song is …": A's own, not the last
    (_NIGHT_FERRY, "performs", ("credited", "Stern Light", "Kim So-ra")),
    # "G2, whose ballad …, on which all three members sing": G2's members, not G's
    (_BATHHOUSE_ORDER, "performs", ("vocals", "Towel Fold", "Choi Han-gyeol")),
]
_ROLLER_DERBY = (
    "TIDEMILL Songs Drive a Roller Derby Bout\n"
    "\n"
    "The rink was full on Saturday for a bout set to the soundtrack of Channel Nine’s “Harbour "
    "Lights,” with every jam timed to a song by TIDEMILL.\n"
    "\n"
    "The opening jam ran to “Gravel Heat.” That song, the drama’s third OST part, is credited "
    "to the quintet and came out on May 2. Hwaun, the group’s leader, opens the first verse; his "
    "bandmates Seolbi and Jinnu trade lines in the pre-chorus; and Ondam, the youngest member, "
    "carries the chorus. Sanwol, the fifth member, handles the rap.\n"
    "\n"
    "The halftime show was set to “Quarter Pipe,” which is credited to the duo BRINEWOOD, but "
    "only Mirin, one half of the pair, sings on it; bandmate Dogyeol wrote the lyrics.\n"
)
_GARDEN_FAIR = (
    "A Garden Fair's Evening of OST Songs\n"
    "\n"
    "The sun was low by the time SHUTTERLY took the small stage with “Dew Bucket,” the ballad "
    "from Channel Nine’s “Harbour Lights.” Members Yang Bi-ryeo and Tae On-yu sing the track, "
    "which is credited to the group, and it debuted at No. 12 on the TuneBox Top 50 on April 28.\n"
    "\n"
    "Singer Noh Eun-bi followed with “Eave Drip.” Credited to and sung by Noh alone, the song "
    "won Best OST at the 9th Hanul Music Awards on February 23.\n"
    "\n"
    "Lee Jin-seok recorded “Hush Lamp” for the same drama. Released on April 19, the track is "
    "credited to Lee Jin-seok himself. The last song was “Night Fare.” Credited to Kim So-ra "
    "featuring the rapper Ryu Ji-hwan, it is sung by Kim, who performed it live.\n"
)
_POTTERY_CLASS = (
    "A Pottery Class Glazes Mugs for PAPER KITES\n"
    "\n"
    "“Harbour Lights” premiered on August 18 and aired its last episode on October 14 after "
    "eight weeks of Saturday-Sunday broadcasts. The cast sing the songs of its band, PAPER "
    "KITES, themselves. Byeon Ha-neul voices the theme, “Moss Collar,” in character as Han "
    "Seo-yun. Released under the band’s name on August 25, it peaked at No. 9 on the TuneBox "
    "Top 50 on September 2 and won Best OST at the 6th Hanul Music Awards on October 27.\n"
    "\n"
    "“Rootfold,” a duet between Seo-yun and Tae-min, followed on September 15. Lim Do-hoon gets "
    "a solo turn as Oh Tae-min on “Pot Bound,” which arrived on October 7. Both are credited to "
    "PAPER KITES.\n"
)
_LAUNDRY_NIGHT = (
    "A Laundromat's Midnight Playlist\n"
    "\n"
    "After 11 p.m. the dryers at a laundromat in Mangwon spin to the soundtrack of “Wire "
    "Prune.” Channel Nine aired the 16-episode drama on Wednesdays and Thursdays from October 3 "
    "to November 22.\n"
    "\n"
    "The midnight slot belongs to “Ash Ledger.” It is credited to actor Choi Han-gyeol, who "
    "sings it in character as Mun Ji-ho, the radio DJ he plays in the series.\n"
)
_ROUND_SIXTY_EIGHT = [
    (_ROLLER_DERBY, "performs", ("credited", "Gravel Heat", "TIDEMILL")),
    (_ROLLER_DERBY, "membership", ("Hwaun", "TIDEMILL", "member")),
    (_ROLLER_DERBY, "membership", ("Ondam", "TIDEMILL", "member")),
    (_ROLLER_DERBY, "membership", ("Sanwol", "TIDEMILL", "member")),
    (_ROLLER_DERBY, "performs", ("vocals", "Quarter Pipe", "Mirin")),
    (_GARDEN_FAIR, "performs", ("credited", "Dew Bucket", "SHUTTERLY")),
    (_GARDEN_FAIR, "membership", ("Tae On-yu", "SHUTTERLY", "member")),
    (_GARDEN_FAIR, "performs", ("vocals", "Eave Drip", "Noh Eun-bi")),
    (_GARDEN_FAIR, "performs", ("credited", "Hush Lamp", "Lee Jin-seok")),
    (_GARDEN_FAIR, "performs", ("credited", "Night Fare", "Ryu Ji-hwan")),
    (_POTTERY_CLASS, "broadcast", ("schedule", "Harbour Lights", "saturday-sunday")),
    (_POTTERY_CLASS, "release", ("Moss Collar", "2032-08-25")),
    (_POTTERY_CLASS, "performs", ("credited", "Moss Collar", "PAPER KITES")),
    (_POTTERY_CLASS, "award", ("Best OST, 6th Hanul Music Awards", "Moss Collar", "2032-10-27")),
    (_POTTERY_CLASS, "performs", ("credited", "Rootfold", "PAPER KITES")),
    (_POTTERY_CLASS, "performs", ("credited", "Pot Bound", "PAPER KITES")),
    (_POTTERY_CLASS, "performs", ("vocals", "Pot Bound", "Lim Do-hoon")),
    (_LAUNDRY_NIGHT, "broadcast", ("broadcaster", "Wire Prune", "Channel Nine")),
    (_LAUNDRY_NIGHT, "broadcast", ("first episode", "Wire Prune", "2032-10-03")),
    (_LAUNDRY_NIGHT, "broadcast", ("final episode", "Wire Prune", "2032-11-22")),
    (_LAUNDRY_NIGHT, "plays", ("Choi Han-gyeol", "Mun Ji-ho")),
]
_OVERREACH_SIXTY_EIGHT = [
    # "E, the fifth member, handles the rap": a member's rap on the group's song, no credit
    (_ROLLER_DERBY, "performs", ("credited", "Gravel Heat", "Sanwol")),
    # "but only A, one half of the pair, sings on it; bandmate B wrote the lyrics"
    (_ROLLER_DERBY, "performs", ("vocals", "Quarter Pipe", "Dogyeol")),
]
_LAUNDRY_FAIR = (
    "A Laundry Fair's First-Spin Playlist\n"
    "\n"
    "The most requested is “Rinse Cycle” from “Harbour Lights,” which Channel Nine aired on "
    "Saturdays and Sundays. Kim So-ra and Lim Do-hoon, who play the laundry’s owner Han Seo-yun "
    "and her regular Nam Gi-ryeo, duet on the track.\n"
    "\n"
    "Close behind is “Cold Wash” by CORDWAVE. Members Soreum and Gaji share the vocals, and "
    "Gaji also appears in the drama as the night clerk Yuk Ha-bin.\n"
    "\n"
    "For something quieter there is “Pressing Heat,” from Channel Nine’s “Spool Hymn.” The "
    "ballad reached No. 26 on the TuneBox Top 50 on November 14 last year, two weeks before "
    "the drama’s final episode on November 30, and went on to take Best OST at the 2032 Tin "
    "Bell Drama Awards. Noh Eun-bi performs it with the string ensemble Daon Choir, which shares "
    "the credit.\n"
)
_SEWING_CIRCLE = (
    "A Sewing Circle Stitches Along to LOOMHALL\n"
    "\n"
    "Forty members of a sewing circle finished a quilt on Sunday to two OST songs by LOOMHALL. "
    "Display leader Yun Sae-bin said the group spent a month on the pattern.\n"
    "\n"
    "The five-member group is made up of Yulbi, Oeyun, Hwalan, Geurin and Mogwa. On “Seam "
    "Ripper,” the first of the two tracks, Yulbi opens the first verse, Oeyun and Hwalan split "
    "the pre-chorus, and Geurin carries the bridge. “Thimble Song” is a sub-unit cut on which "
    "only Geurin and Mogwa sing.\n"
    "\n"
    "“Button Jar,” which followed on November 8, is credited to LOOMHALL as well; on it, Yulbi "
    "and Byeon Ha-neul trade verses as Han Seo-yun and Pyo Sang-chul.\n"
)
_NIGHT_PRESS = (
    "A Dry Cleaner's Night Shift Playlist\n"
    "\n"
    "“Needle Rain” opens the loop. Out since April 11, it peaked at No. 4 on the TuneBox Top 50 "
    "on May 19 and had logged 40 million Streamly streams as of June 1. On the TuneBox Top 50 "
    "dated May 30 it appeared at No. 6.\n"
    "\n"
    "“Harbour Lights” aired on Channel Nine. Seon Yu-ri plays Sim Eun-jae, and veteran Choi "
    "Han-gyeol is the shop’s owner, Bae Do-yun. “Bolt Eyes” is credited to Tin Anchor, the "
    "production trio of Noh Da-rim and two others, with guest vocalist Park Min-ah singing the "
    "lead.\n"
)
_ROUND_SIXTY_NINE = [
    (_LAUNDRY_FAIR, "plays", ("Kim So-ra", "Han Seo-yun")),
    (_LAUNDRY_FAIR, "plays", ("Lim Do-hoon", "Nam Gi-ryeo")),
    (_LAUNDRY_FAIR, "performs", ("credited", "Rinse Cycle", "Lim Do-hoon")),
    (_LAUNDRY_FAIR, "performs", ("vocals", "Rinse Cycle", "Kim So-ra")),
    (_LAUNDRY_FAIR, "plays", ("Gaji", "Yuk Ha-bin")),
    (_LAUNDRY_FAIR, "broadcast", ("final episode", "Spool Hymn", "2032-11-30")),
    (_LAUNDRY_FAIR, "award", ("Best OST, 2032 Tin Bell Drama Awards", "Pressing Heat", "2032")),
    (_LAUNDRY_FAIR, "performs", ("credited", "Pressing Heat", "Daon Choir")),
    (_SEWING_CIRCLE, "membership", ("Yulbi", "LOOMHALL", "member")),
    (_SEWING_CIRCLE, "membership", ("Mogwa", "LOOMHALL", "member")),
    (_SEWING_CIRCLE, "performs", ("credited", "Seam Ripper", "LOOMHALL")),
    (_SEWING_CIRCLE, "performs", ("vocals", "Thimble Song", "Mogwa")),
    (_SEWING_CIRCLE, "performs", ("credited", "Button Jar", "LOOMHALL")),
    (_SEWING_CIRCLE, "release", ("Button Jar", "2032-11-08")),
    (_NIGHT_PRESS, "stream-milestone", ("Needle Rain", "Streamly", 40000000, "2033-06-01")),
    (_NIGHT_PRESS, "chart-entry", ("Needle Rain", "TuneBox Top 50", 6, "2033-05-30")),
    (_NIGHT_PRESS, "plays", ("Choi Han-gyeol", "Bae Do-yun")),
    (_NIGHT_PRESS, "performs", ("vocals", "Bolt Eyes", "Park Min-ah")),
]
_OVERREACH_SIXTY_NINE = [
    # "“T,” which followed …, is credited to G as well; on it, A and B trade verses": G's
    (_SEWING_CIRCLE, "performs", ("credited", "Button Jar", "Byeon Ha-neul")),
    # "the drama’s final episode" in a sentence about a song: the drama named last, no other
    (_LAUNDRY_FAIR, "broadcast", ("final episode", "Harbour Lights", "2032-11-30")),
]
_BOATHOUSE = (
    "A Boathouse Trains to ROWMARK\n"
    "\n"
    "Both tracks are credited to ROWMARK, the five-piece boy group of Taun, Yeongi, Dohwa, "
    "Ilseon and Beomi. On “Feather Catch,” the first of the pair, Taun and Dohwa split the "
    "verses before Ilseon carries the high chorus; Yeongi raps the bridge. “Slow Return,” the "
    "group’s second OST part, is a slower number led by Beomi, with Taun harmonising "
    "underneath. It arrived on May 8 and reached No. 27 on the TuneBox chart of May 16.\n"
    "\n"
    "“Harbour Lights” aired on Channel Nine on Mondays and Tuesdays from last November 5 until "
    "January 8. The drama follows a rower, Han Seo-yun, played by Kim So-ra, and Ye Seung-bo, "
    "the coach who keeps losing his whistle, a part that went to Lim Do-hoon. Newcomer Ryu "
    "Ji-hwan is the pint-sized coxswain Kwon Da-seol, whose calls became a meme. “Cox Call,” "
    "a duet credited to the two leads, is sung by Kim and Lim in character as Seo-yun and "
    "Seung-bo.\n"
)
_BINDERY = (
    "A Bindery's Stamps for SHELFWREN\n"
    "\n"
    "In the drama, SHELFWREN’s lead singer is Ban Ji-on, whom Seon Yu-ri plays with a rasp. "
    "Park Min-ah takes on the part of Seok Ha-yeon, the band’s guitarist, while Noh Eun-bi is "
    "its bassist, Cheon Mu-rae, and Yeo Jin-woo completes the line-up as drummer Pyeon "
    "Da-on.\n"
    "\n"
    "A rougher follow-up, “Spine Crack,” came out on November 3. It also carries the band’s "
    "name, with Noh Eun-bi adding backing vocals as Mu-rae. Ha-yeon gets her own moment too: "
    "on “Quill Knot,” released under Park Min-ah’s name on November 17, the actor sings as the "
    "guitarist. The track entered the TuneBox Top 50 at No. 64 a week later.\n"
)
_INK_FAIR = (
    "An Ink Fair's Playlist\n"
    "\n"
    "Next came two numbers by INKWELLA, the group behind much of the soundtrack. “Page "
    "Turner,” fronted by members Mir-ae and Sol Ha-rin, was released on March 26. Its "
    "follow-up, “Dog-Ear,” on which Sol Ha-rin sings alone, arrived on May 2 and peaked at "
    "No. 15 on TuneBox’s chart of May 11.\n"
    "\n"
    "“Bindery Bell” is credited to Gilt Margin, the producer duo, but the voice on it belongs to "
    "Byeon Ha-neul. Issued on January 17, it debuted at No. 58 on the TuneBox Top 50 on "
    "January 19. “Ink Bottle,” by Quietwren, an indie trio whose guitarist, Lee Jin-seok, takes "
    "the lead vocal here, came out on December 4. Choi Han-gyeol lends his voice to “Gold "
    "Nib.” The ballad, released under Choi’s own name on February 6, never charted. Kim "
    "Tae-rim and Ryu Ji-hwan shared the billing on “Blot.”\n"
)
_ROUND_SEVENTY = [
    (_BOATHOUSE, "membership", ("Yeongi", "ROWMARK", "member")),
    (_BOATHOUSE, "performs", ("credited", "Feather Catch", "ROWMARK")),
    (_BOATHOUSE, "performs", ("credited", "Slow Return", "ROWMARK")),
    (_BOATHOUSE, "performs", ("vocals", "Slow Return", "Beomi")),
    (_BOATHOUSE, "performs", ("vocals", "Slow Return", "Taun")),
    (_BOATHOUSE, "chart-entry", ("Slow Return", "TuneBox Top 50", 27, "2033-05-16")),
    (_BOATHOUSE, "broadcast", ("first episode", "Harbour Lights", "2032-11-05")),
    (_BOATHOUSE, "broadcast", ("final episode", "Harbour Lights", "2033-01-08")),
    (_BOATHOUSE, "plays", ("Lim Do-hoon", "Ye Seung-bo")),
    (_BOATHOUSE, "plays", ("Ryu Ji-hwan", "Kwon Da-seol")),
    (_BOATHOUSE, "performs", ("credited", "Cox Call", "Kim So-ra")),
    (_BOATHOUSE, "performs", ("credited", "Cox Call", "Lim Do-hoon")),
    (_BINDERY, "membership", ("Ban Ji-on", "SHELFWREN", "lead vocalist")),
    (_BINDERY, "plays", ("Noh Eun-bi", "Cheon Mu-rae")),
    (_BINDERY, "membership", ("Cheon Mu-rae", "SHELFWREN", "member")),
    (_BINDERY, "performs", ("credited", "Spine Crack", "SHELFWREN")),
    (_BINDERY, "performs", ("vocals", "Quill Knot", "Park Min-ah")),
    (_BINDERY, "chart-entry", ("Quill Knot", "TuneBox Top 50", 64, "2032-11-24")),
    (_INK_FAIR, "performs", ("credited", "Page Turner", "INKWELLA")),
    (_INK_FAIR, "performs", ("credited", "Dog-Ear", "INKWELLA")),
    (_INK_FAIR, "membership", ("Mir-ae", "INKWELLA", "member")),
    (_INK_FAIR, "performs", ("vocals", "Page Turner", "Mir-ae")),
    (_INK_FAIR, "performs", ("vocals", "Bindery Bell", "Byeon Ha-neul")),
    (_INK_FAIR, "release", ("Bindery Bell", "2033-01-17")),
    (_INK_FAIR, "membership", ("Lee Jin-seok", "Quietwren", "member")),
    (_INK_FAIR, "performs", ("credited", "Blot", "Kim Tae-rim")),
    (_INK_FAIR, "performs", ("credited", "Blot", "Ryu Ji-hwan")),
]
_OVERREACH_SEVENTY = [
    # "…; D raps the bridge" of a song not yet credited, D a member: the group's, no feature
    (_BOATHOUSE, "performs", ("credited", "Feather Catch", "Yeongi")),
    # "while A is its bassist, C": A plays C; A is no member of the band in the story
    (_BINDERY, "membership", ("Noh Eun-bi", "SHELFWREN", "member")),
]
_KITE_LAMP = (
    "Lamps Rise Over the River\n"
    "\n"
    "Organisers of the Kite Lamp Festival played “Burner Song,” the theme of Channel Nine’s "
    "“Harbour Lights,” as the lamps rose. “Burner Song” is credited to the singer-songwriter "
    "Noh Eun-bi, and the airy vocal is hers alone. Out on May 13, it went all the way to No. 1 "
    "on the TuneBox Top 50 on May 30. By Sunday it had passed 18 million streams on Streamly.\n"
    "\n"
    "Its leads are Kim So-ra, who plays Han Seo-yun, and Lim Do-hoon, who is Hyeon Da-bin, the "
    "engineer sent to build a bridge. “Bollard Song,” a duet credited to both leads, which Kim "
    "and Lim sing in character as Seo-yun and Da-bin, premiered with the drama, which premiered "
    "last November 18.\n"
)
_WHARF_NIGHT = (
    "A Wharf's Night of OST Songs\n"
    "\n"
    "TIDEBELL, the six-member boy group of Nurae, Baekyeon, Eodi, Tapsi, Mureum and Siul, "
    "supplied two songs. Nurae’s falsetto carries the pre-chorus of “Wharf Lights.” The "
    "group’s second part, “Oar Wake,” is a ballad sung by Siul. “Valve Song,” by the indie "
    "trio Rustlark, whose bassist, Gi Ha-yun, sings lead, came out in May. The track "
    "“Pedal Hum” is credited to SALTPINE, and members Yang Mi-so and Tak Jin-ho share its "
    "vocals.\n"
    "\n"
    "In the drama, Byeon Ha-neul plays that singer, Mo Gi-bin, PAPER KITES’s lead vocalist. "
    "“Night Shift Ladle,” which dropped on October 23, also carries the band’s name. The PAPER "
    "KITES single “Syrup Moon” came out on November 7. On November 20 the song won Best Band "
    "OST at the 6th Hanul Music Awards.\n"
)
_DINER_JUKEBOX = (
    "A Diner's Jukebox\n"
    "\n"
    "Choi Han-gyeol’s “Napkin Note” rounds out the selection, with Choi recording the vocal in "
    "a single take. Its companion piece, “Hash Brown Waltz,” is a duet credited to Ryu Ji-hwan "
    "and his co-star Seon Yu-ri, who plays the stationmaster Bak Se-ra; the two sing it as "
    "their characters.\n"
)
_ROUND_SEVENTY_ONE = [
    (_KITE_LAMP, "performs", ("credited", "Burner Song", "Noh Eun-bi")),
    (_KITE_LAMP, "performs", ("vocals", "Burner Song", "Noh Eun-bi")),
    (_KITE_LAMP, "release", ("Burner Song", "2033-05-13")),
    (_KITE_LAMP, "chart-entry", ("Burner Song", "TuneBox Top 50", 1, "2033-05-30")),
    (_KITE_LAMP, "stream-milestone", ("Burner Song", "Streamly", 18000000, "2033-06-19")),
    (_KITE_LAMP, "plays", ("Lim Do-hoon", "Hyeon Da-bin")),
    (_KITE_LAMP, "performs", ("credited", "Bollard Song", "Lim Do-hoon")),
    (_KITE_LAMP, "performs", ("vocals", "Bollard Song", "Kim So-ra")),
    (_KITE_LAMP, "broadcast", ("first episode", "Harbour Lights", "2032-11-18")),
    (_WHARF_NIGHT, "membership", ("Nurae", "TIDEBELL", "member")),
    (_WHARF_NIGHT, "performs", ("credited", "Oar Wake", "TIDEBELL")),
    (_WHARF_NIGHT, "membership", ("Gi Ha-yun", "Rustlark", "member")),
    (_WHARF_NIGHT, "performs", ("vocals", "Valve Song", "Gi Ha-yun")),
    (_WHARF_NIGHT, "membership", ("Tak Jin-ho", "SALTPINE", "member")),
    (_WHARF_NIGHT, "plays", ("Byeon Ha-neul", "Mo Gi-bin")),
    (_WHARF_NIGHT, "membership", ("Mo Gi-bin", "PAPER KITES", "lead vocalist")),
    (_WHARF_NIGHT, "performs", ("credited", "Night Shift Ladle", "PAPER KITES")),
    (_WHARF_NIGHT, "performs", ("credited", "Syrup Moon", "PAPER KITES")),
    (_WHARF_NIGHT, "award", ("Best Band OST, 6th Hanul Music Awards", "Syrup Moon", "2032-11-20")),
    (_DINER_JUKEBOX, "performs", ("vocals", "Napkin Note", "Choi Han-gyeol")),
    (_DINER_JUKEBOX, "performs", ("credited", "Hash Brown Waltz", "Seon Yu-ri")),
    (_DINER_JUKEBOX, "performs", ("vocals", "Hash Brown Waltz", "Ryu Ji-hwan")),
]
_OVERREACH_SEVENTY_ONE = [
    # "Organisers of the X Festival played “T”": a song played, no part
    (_KITE_LAMP, "plays", ("Organisers", "Burner Song")),
]
_GLIDER_MEET = (
    "Pilots Launch to TINLEAF\n"
    "\n"
    "TINLEAF, a four-member group made up of Hyeseul, Dalbin, Ohrae and Hyeum, is the credited "
    "artist on “Wind Sock,” the drama’s first OST part. Pilots launched in pairs to the group’s "
    "follow-up, “Thermal Lift,” released on August 26, on which Ohrae swaps rapping for singing "
    "and shares the lead with Dalbin.\n"
    "\n"
    "“Harbour Lights” premiered on July 18 and went out on Mondays and Tuesdays until its final "
    "episode on September 6. Radio Wardlamp played it on its Wednesday evening request show.\n"
)
_STRING_QUARTET = (
    "A Museum's Late-Night Quartet\n"
    "\n"
    "The quartet opened with “Stamp Hinge,” the first OST part, which is credited to Noh "
    "Eun-bi and Lee Jin-seok and which the two sing together. Then came “Pill Clock,” Seon "
    "Yu-ri’s ballad from Channel Nine’s “Night Dispensary,” which she sings alone. “Mortar "
    "Song,” from Channel Nine’s “Night Dispensary,” is credited to Kim So-ra, who plays the "
    "chemist Gyeol Ha-ram.\n"
    "\n"
    "For the encore came “Seal Wax Waltz,” a duet credited to Lim Do-hoon and Park Min-ah. Lim, "
    "the drama’s lead, plays the pharmacist Tae Mi-rim and sings his half of the song as "
    "Mi-rim; Park takes the other half. The duet was released on August 10 and peaked at No. 15 "
    "on the TuneBox Top 50 on August 30. “Rain Ledger,” a duet credited to the drama’s leads, "
    "Byeon Ha-neul and Ryu Ji-hwan, who play Pang Se-hun and Dara-on and sing it in character, "
    "came out in May.\n"
)
_ROUND_SEVENTY_TWO = [
    (_GLIDER_MEET, "membership", ("Hyeseul", "TINLEAF", "member")),
    (_GLIDER_MEET, "performs", ("credited", "Wind Sock", "TINLEAF")),
    (_GLIDER_MEET, "performs", ("credited", "Thermal Lift", "TINLEAF")),
    (_GLIDER_MEET, "performs", ("vocals", "Thermal Lift", "Ohrae")),
    (_GLIDER_MEET, "performs", ("vocals", "Thermal Lift", "Dalbin")),
    (_GLIDER_MEET, "broadcast", ("final episode", "Harbour Lights", "2032-09-06")),
    (_STRING_QUARTET, "performs", ("credited", "Stamp Hinge", "Noh Eun-bi")),
    (_STRING_QUARTET, "performs", ("vocals", "Stamp Hinge", "Lee Jin-seok")),
    (_STRING_QUARTET, "performs", ("vocals", "Pill Clock", "Seon Yu-ri")),
    (_STRING_QUARTET, "performs", ("vocals", "Seal Wax Waltz", "Lim Do-hoon")),
    (_STRING_QUARTET, "performs", ("vocals", "Seal Wax Waltz", "Park Min-ah")),
    (_STRING_QUARTET, "chart-entry", ("Seal Wax Waltz", "TuneBox Top 50", 15, "2032-08-30")),
    (_STRING_QUARTET, "performs", ("credited", "Rain Ledger", "Byeon Ha-neul")),
    (_STRING_QUARTET, "performs", ("vocals", "Rain Ledger", "Ryu Ji-hwan")),
]
_OVERREACH_SEVENTY_TWO = [
    # "On its Wednesday evening request show": a radio programme's day, not the drama's
    (_GLIDER_MEET, "broadcast", ("schedule", "Harbour Lights", "wednesday")),
    # "“T,” a duet credited to A and B. … The duet was released …": T, not an older pair's song
    (_STRING_QUARTET, "chart-entry", ("Stamp Hinge", "TuneBox Top 50", 15, "2032-08-30")),
]
_CLIMBING_WALL = (
    "ROPEWORK soundtrack sets the pace at a climbing final\n"
    "\n"
    "“Belay Song,” the drama’s third OST part, played for the men’s final, and the women’s "
    "final ran to “Dyno Heart.” Both winners topped out in under seven seconds.\n"
    "\n"
    "ROPEWORK, a five-member group made up of Saerom, Gyeorin, Mallang, Dagyeom and Sorin-i, is "
    "credited on both songs. On “Belay Song,” Saerom and Gyeorin split the verses, Mallang "
    "carries the bridge and Dagyeom handles the rap break. “Dyno Heart” belongs to Sorin-i "
    "alone: the group’s youngest member sings every line of it. Another ROPEWORK track from "
    "the soundtrack, “Top Out,” has yet to chart.\n"
)
_BAKERY_FERRY = (
    "A Ferry Café's Night Playlist\n"
    "\n"
    "“Yeast Hour,” the duo CRUMBLINE’s contribution, opens the playlist. Members Hanbit-i and "
    "Kwon Mi-seul trade lines throughout. The night closes with “Sourdough Sky,” a Ho Jae-yun "
    "solo from Channel Nine’s “Harbour Lights” that never charted.\n"
)
_ROUND_SEVENTY_THREE = [
    (_CLIMBING_WALL, "membership", ("Saerom", "ROPEWORK", "member")),
    (_CLIMBING_WALL, "membership", ("Sorin-i", "ROPEWORK", "member")),
    (_CLIMBING_WALL, "performs", ("credited", "Belay Song", "ROPEWORK")),
    (_CLIMBING_WALL, "performs", ("credited", "Dyno Heart", "ROPEWORK")),
    (_CLIMBING_WALL, "performs", ("vocals", "Dyno Heart", "Sorin-i")),
    (_CLIMBING_WALL, "performs", ("credited", "Top Out", "ROPEWORK")),
    (_BAKERY_FERRY, "performs", ("credited", "Yeast Hour", "CRUMBLINE")),
    (_BAKERY_FERRY, "membership", ("Kwon Mi-seul", "CRUMBLINE", "member")),
    (_BAKERY_FERRY, "performs", ("credited", "Sourdough Sky", "Ho Jae-yun")),
    (_BAKERY_FERRY, "performs", ("vocals", "Sourdough Sky", "Ho Jae-yun")),
]
_OVERREACH_SEVENTY_THREE = [
    # "On “T,” A and B split the verses, …": T's singers, not the song named last before
    (_CLIMBING_WALL, "performs", ("vocals", "Dyno Heart", "Saerom")),
    # "“T2” belongs to A alone: the group’s youngest member sings every line": A's voice only
    (_CLIMBING_WALL, "performs", ("credited", "Dyno Heart", "Sorin-i")),
    # "Members A and B trade lines throughout" on the duo's song: members, not credited
    (_BAKERY_FERRY, "performs", ("credited", "Yeast Hour", "Hanbit-i")),
]
_PIER_STALLS = (
    "Pier stalls dress up as the stage of The Lantern Keepers\n"
    "\n"
    "The stalls on the pier are dressed as the stage of The Lantern Keepers, the band at the "
    "heart of Channel Nine’s “Harbour Lights.” On screen, the Keepers are fronted by lead "
    "vocalist Yoon Da-rae, played by Seon Yu-ri. Park Min-ah is the drummer, Go Eun-sol; Noh "
    "Eun-bi joins in the final episodes as the keyboardist Pyo Ha-jin.\n"
    "\n"
    "“Rope Ladder,” the Keepers’ second single, followed on May 3. On Streamly, its stream "
    "count passed 12 million on June 1. TuneBox now lists it at more than 30 million streams. "
    "On May 20 the song won Best Band OST at the 3rd Haneul Music Awards, and by June 2 it had "
    "logged 14 million streams on Streamly.\n"
)
_TIDE_MARKET = (
    "A tide market plays one drama’s songs\n"
    "\n"
    "Byeon Ha-neul and Lim Do-hoon lead the cast: she plays Han Seo-yun, a ferry pilot who "
    "comes home, and he is Oh Gyeo-ul, the harbour master she argues with. Kim So-ra takes on "
    "the role of Seo-yun’s rival at the pier, Bae Mi-rae. “Harbour Lights,” a Channel Nine "
    "romance that aired on Saturdays and Sundays, opened on March 2 and closed with its final "
    "episode on April 21.\n"
    "\n"
    "The stalls open with “Salt Gate,” the drama’s main theme. The ballad is credited to Ryu "
    "Ji-hwan, who also lends his voice to it. On “Pier Light,” Seon Yu-ri and Byeon Ha-neul "
    "share the vocals. Then came “Net Mender,” the closing ballad from “Kite Tail,” a mystery "
    "that aired on Channel Nine from January 8. The duet is credited to Yeo Jin-woo and Kim "
    "Tae-rim, who share the vocals.\n"
    "\n"
    "Lee Jin-seok has a song of his own on the soundtrack. “Brine Clock,” credited to the actor "
    "and sung by him in character as Gyeo-ul, closes the set. “Low Water,” Choi Han-gyeol’s "
    "second song for the drama, was released on May 2 and is credited to him and the actress "
    "Noh Eun-bi. Noh, who plays the net maker Jin Ha-ru, sings the second verse in character, "
    "with Choi taking the rest. “Oar Song” is a solo outing for Park Min-ah, the main vocalist "
    "of the girl group GLASSHOUSE.\n"
)
_RELAY_DAY = (
    "Relay day runs to GLASSHOUSE\n"
    "\n"
    "On “Baton Pass,” the one the runners chose, Seol-a and Ha-yul open with the verses and "
    "Da-on carries the chorus.\n"
    "\n"
    "At the flea market, “Tin Kettle,” by the band The Porchwalkers, played last. The four-piece "
    "is fronted by Ryu Ji-hwan, with Yeo Jin-woo on guitar, Kim Tae-rim on bass and Lee "
    "Jin-seok on drums.\n"
)
_ROUND_SEVENTY_FOUR = [
    (_PIER_STALLS, "membership", ("Yoon Da-rae", "The Lantern Keepers", "lead vocalist")),
    (_PIER_STALLS, "membership", ("Go Eun-sol", "The Lantern Keepers", "member")),
    (_PIER_STALLS, "plays", ("Noh Eun-bi", "Pyo Ha-jin")),
    (_PIER_STALLS, "membership", ("Pyo Ha-jin", "The Lantern Keepers", "member")),
    (_PIER_STALLS, "performs", ("credited", "Rope Ladder", "The Lantern Keepers")),
    (_PIER_STALLS, "release", ("Rope Ladder", "2033-05-03")),
    (_PIER_STALLS, "stream-milestone", ("Rope Ladder", "Streamly", 12000000, "2033-06-01")),
    (_PIER_STALLS, "stream-milestone", ("Rope Ladder", "TuneBox", 30000000, "2033-06-20")),
    (_PIER_STALLS, "award", ("Best Band OST, 3rd Haneul Music Awards", "Rope Ladder",
                             "2033-05-20")),
    (_TIDE_MARKET, "plays", ("Lim Do-hoon", "Oh Gyeo-ul")),
    (_TIDE_MARKET, "plays", ("Kim So-ra", "Bae Mi-rae")),
    (_TIDE_MARKET, "broadcast", ("first episode", "Harbour Lights", "2033-03-02")),
    (_TIDE_MARKET, "performs", ("vocals", "Salt Gate", "Ryu Ji-hwan")),
    (_TIDE_MARKET, "broadcast", ("first episode", "Kite Tail", "2033-01-08")),
    (_TIDE_MARKET, "performs", ("vocals", "Net Mender", "Yeo Jin-woo")),
    (_TIDE_MARKET, "performs", ("credited", "Net Mender", "Kim Tae-rim")),
    (_TIDE_MARKET, "performs", ("credited", "Brine Clock", "Lee Jin-seok")),
    (_TIDE_MARKET, "performs", ("vocals", "Brine Clock", "Lee Jin-seok")),
    (_TIDE_MARKET, "performs", ("credited", "Low Water", "Noh Eun-bi")),
    (_TIDE_MARKET, "performs", ("vocals", "Low Water", "Noh Eun-bi")),
    (_TIDE_MARKET, "performs", ("vocals", "Low Water", "Choi Han-gyeol")),
    (_TIDE_MARKET, "performs", ("credited", "Oar Song", "Park Min-ah")),
    (_TIDE_MARKET, "performs", ("vocals", "Oar Song", "Park Min-ah")),
    (_RELAY_DAY, "performs", ("vocals", "Baton Pass", "Seol-a")),
    (_RELAY_DAY, "performs", ("vocals", "Baton Pass", "Ha-yul")),
    (_RELAY_DAY, "membership", ("Yeo Jin-woo", "The Porchwalkers", "member")),
    (_RELAY_DAY, "membership", ("Lee Jin-seok", "The Porchwalkers", "member")),
]
_OVERREACH_SEVENTY_FOUR = [
    # "Then came “T,” from “S.” The duet is credited to A and B": T, not a pair's older song
    (_TIDE_MARKET, "performs", ("vocals", "Pier Light", "Yeo Jin-woo")),
    # "by the band The Gs": the band's name keeps its article
    (_RELAY_DAY, "membership", ("Ryu Ji-hwan", "Porchwalkers", "member")),
    # "On DATE the song won X, and by DATE2 it had logged …": the win's day, not the count's
    (_PIER_STALLS, "award", ("Best Band OST, 3rd Haneul Music Awards", "Rope Ladder",
                             "2033-06-02")),
    # "…, credited to the actor and sung by him": the actor spoken of, not a new "Actor"
    (_TIDE_MARKET, "performs", ("credited", "Brine Clock", "Choi Han-gyeol")),
]
_SKATE_NIGHT = (
    "A roller rink skates to The Tin Whistles\n"
    "\n"
    "The rink dressed up as The Tin Whistles, the fictional band at the centre of Channel Nine’s "
    "“Harbour Lights.” Seon Yu-ri stars as the band’s singer, Ha Bom-i. Behind her, the drums "
    "belong to Go Un-jae, a part taken by Yeo Jin-woo, and the bassist, Maeng Tae-o, is played "
    "by Kim Tae-rim. The band’s manager, Cha Dong-pal, is Ryu Ji-hwan’s role.\n"
    "\n"
    "On “Axle Grease,” the Whistles’ second single, Seon Yu-ri sings lead, while Kim Tae-rim "
    "harmonises in character as Tae-o.\n"
)
_SHELTER_FAIR = (
    "A shelter fair plays GLASSHOUSE\n"
    "\n"
    "The songs came from “Kite Tail,” the veterinary drama that wrapped up on Channel Nine on "
    "May 26. Lee Jin-seok appears in flashbacks as that uncle, Bong Seok-gu. The third song, "
    "“Collar Bell,” is a Park Min-ah solo.\n"
    "\n"
    "Pyo Han-sol and Gi Na-rae head the cast: the ferry pilot Jin Da-ol is Pyo’s role, and Gi "
    "plays Oh Ye-rin. On the second song, “Night Ferry,” Gi duets with Ryu Ji-hwan, singing in "
    "character as Ye-rin. The drama’s composer, Pyo Gyeong-u, wrote both songs.\n"
)
_NIGHT_ROUTE = (
    "A night route's radio\n"
    "\n"
    "The first song is “Lamp Post,” from “Harbour Lights.” Kim So-ra is credited with the "
    "ballad and sings it alone. Then comes “Overpass,” a duet between the singers Choi "
    "Han-gyeol and Lee Jin-seok, from the TuneBox original “Last Stop,” which Channel Nine first "
    "aired on May 2.\n"
    "\n"
    "The playlist runs in order: “Wet Pavement” (Yeo Jin-woo), “Kerbside” (GLASSHOUSE) and "
    "“Tail Lights” (GLASSHOUSE). The opener is the main theme, and Yeo Jin-woo lends his "
    "voice to it as well. It was released on May 9. “Dry Spell” is sung by the two actors in "
    "character as Da-ol and Ye-rin.\n"
)
_NIGHT_ROUTE_CAST = (
    "“Harbour Lights” stars Byeon Ha-neul as Jin Da-ol and Noh Eun-bi as Oh Ye-rin. "
    "Viewers watched the final episode of “Harbour Lights” together. The Channel Nine drama "
    "aired that finale on June 11. " + _NIGHT_ROUTE.split("\n\n", 1)[1]
)
_ROUND_SEVENTY_FIVE = [
    (_SKATE_NIGHT, "membership", ("Go Un-jae", "The Tin Whistles", "member")),
    (_SKATE_NIGHT, "membership", ("Maeng Tae-o", "The Tin Whistles", "member")),
    (_SKATE_NIGHT, "plays", ("Ryu Ji-hwan", "Cha Dong-pal")),
    (_SKATE_NIGHT, "performs", ("vocals", "Axle Grease", "Kim Tae-rim")),
    (_SHELTER_FAIR, "broadcast", ("broadcaster", "Kite Tail", "Channel Nine")),
    (_SHELTER_FAIR, "plays", ("Lee Jin-seok", "Bong Seok-gu")),
    (_SHELTER_FAIR, "performs", ("credited", "Collar Bell", "Park Min-ah")),
    (_SHELTER_FAIR, "performs", ("vocals", "Collar Bell", "Park Min-ah")),
    (_SHELTER_FAIR, "plays", ("Pyo Han-sol", "Jin Da-ol")),
    (_SHELTER_FAIR, "performs", ("credited", "Night Ferry", "Gi Na-rae")),
    (_SHELTER_FAIR, "performs", ("credited", "Night Ferry", "Ryu Ji-hwan")),
    (_SHELTER_FAIR, "performs", ("vocals", "Night Ferry", "Gi Na-rae")),
    (_NIGHT_ROUTE, "performs", ("credited", "Lamp Post", "Kim So-ra")),
    (_NIGHT_ROUTE, "performs", ("vocals", "Lamp Post", "Kim So-ra")),
    (_NIGHT_ROUTE, "performs", ("credited", "Overpass", "Choi Han-gyeol")),
    (_NIGHT_ROUTE, "performs", ("credited", "Overpass", "Lee Jin-seok")),
    (_NIGHT_ROUTE, "broadcast", ("broadcaster", "Last Stop", "Channel Nine")),
    (_NIGHT_ROUTE, "performs", ("vocals", "Wet Pavement", "Yeo Jin-woo")),
    (_NIGHT_ROUTE, "release", ("Wet Pavement", "2033-05-09")),
    (_NIGHT_ROUTE_CAST, "broadcast", ("final episode", "Harbour Lights", "2033-06-11")),
    (_NIGHT_ROUTE_CAST, "performs", ("vocals", "Dry Spell", "Byeon Ha-neul")),
    (_NIGHT_ROUTE_CAST, "performs", ("vocals", "Dry Spell", "Noh Eun-bi")),
]
_OVERREACH_SEVENTY_FIVE = [
    # "The opener is the main theme" after a list: the list's first title, not its last
    (_NIGHT_ROUTE, "release", ("Tail Lights", "2033-05-09")),
    # "T, a duet between the singers A and B": both credited, the noun says nothing of singing
    (_NIGHT_ROUTE, "performs", ("vocals", "Overpass", "Choi Han-gyeol")),
    # "the bassist, C, is played by A": C is the bassist, not the actor
    (_SKATE_NIGHT, "membership", ("Kim Tae-rim", "The Tin Whistles", "member")),
    # "…: the ferry pilot D is Pyo’s role", a second Pyo only named further down: the first
    (_SHELTER_FAIR, "plays", ("Pyo Gyeong-u", "Jin Da-ol")),
]
_DISCO_NIGHT = (
    "A roller rink hands its night to The Glitter Brakes\n"
    "\n"
    "The rink gave its night to The Glitter Brakes, the make-believe band at the heart of "
    "Channel Nine’s “Harbour Lights.” Seon Yu-ri leads the cast as the band’s singer, Ha "
    "Ga-ram. Pyo Da-in is the band’s drummer, Ok Se-rin, while the bass belongs to Na Bo-ra.\n"
    "\n"
    "Couples took the floor for “Toe Loop,” the band’s second single, which followed on May 19. "
    "The series ended on June 9 after ten weeks of Thursday broadcasts. Viewers outside Korea "
    "can catch up on “Harbour Lights” on Streamly.\n"
)
_KARAOKE_LIST = (
    "GLASSHOUSE tops a karaoke list\n"
    "\n"
    "GLASSHOUSE has five members — Dalnim, Haeon, Yuseul, Arum and the leader, Park Min-ah — "
    "and “Paper Lantern” is theirs. “Paper Lantern” was released on May 2 and went straight into "
    "the TuneBox Top 50 at No. 11 on May 4 before reaching No. 1 on May 25.\n"
    "\n"
    "“Harbour Lights” stars Byeon Ha-neul as Gyeong Ui-ju and Lim Do-hoon as Maeng Chan-u. Their "
    "duet, “Pressed Leaves,” is released under both actors’ names, and the pair sing it in "
    "character. For the evening, the playlist switches to “Nine Naps,” performed by the boy "
    "group SLEEPWING. Next, Noh Eun-bi and the singer Kim So-ra duet on “Window Seat.”\n"
    "\n"
    "Lim Do-hoon’s performance earned him Best New Actor at the 2032 Haneul Drama Awards on "
    "December 30. Fans can find the drama on TuneBox for domestic viewers and on Streamly in "
    "India.\n"
)
_HANOK_TOUR = (
    "A hanok night tour in song\n"
    "\n"
    "Byeon Ha-neul plays the potter, Ha Seol-ju, and the role of Prince Eun-ho, who hides in her "
    "workshop, went to Yeo Jin-woo. The first stop is set to “Celadon,” credited to Ryu Ji-hwan "
    "of the boy group GLASSHOUSE, who sings every line of it himself. At the well the guide "
    "plays “Moon Jar,” released under Byeon Ha-neul’s name and sung by her as Seol-ju.\n"
    "\n"
    "The market street gets GLASSHOUSE’s “Kiln Fire.” Members Lee Jin-seok and Choi Han-gyeol "
    "trade lines on it, with Park Min-ah joining them for the last chorus. The walk ends with "
    "“Shards,” the Kim Tae-rim ballad that won Best OST at the 5th Haneul Music Awards on April "
    "29.\n"
)
_CLEANUP_DAY = (
    "Volunteers clear a beach to drama songs\n"
    "\n"
    "The first song was “Undertow,” from Channel Nine’s “Harbour Lights.” Kim So-ra, who "
    "plays the lifeguard Eun Mul-gyeol, is credited with the song and sings it in character as "
    "Mul-gyeol. Next is GLASSHOUSE’s “Low Tide.” Ryu Ji-hwan of GLASSHOUSE takes the verses "
    "alone.\n"
    "\n"
    "The organiser played “Seaglass” twice. The theme of “Kite Tail,” the TuneBox original "
    "that premiered on June 5, it reached No. 9 on the TuneBox Top 50 on June 20. From the same "
    "drama comes “Anchor Me,” credited to the singer and actor Noh Eun-bi. It came out on July "
    "8. “Kite Tail” is the drama this reporter liked best.\n"
    "\n"
    "Then came “Rip Current,” from “Harbour Lights,” which premiered on July 1. In Korea, the "
    "series is on Streamly.\n"
)
_ROUND_SEVENTY_SIX = [
    (_DISCO_NIGHT, "plays", ("Pyo Da-in", "Ok Se-rin")),
    (_DISCO_NIGHT, "membership", ("Ok Se-rin", "The Glitter Brakes", "member")),
    (_DISCO_NIGHT, "release", ("Toe Loop", "2033-05-19")),
    (_DISCO_NIGHT, "broadcast", ("schedule", "Harbour Lights", "thursday")),
    (_DISCO_NIGHT, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_KARAOKE_LIST, "membership", ("Yuseul", "GLASSHOUSE", "member")),
    (_KARAOKE_LIST, "membership", ("Arum", "GLASSHOUSE", "member")),
    (_KARAOKE_LIST, "chart-entry", ("Paper Lantern", "TuneBox Top 50", 11, "2033-05-04")),
    (_KARAOKE_LIST, "chart-entry", ("Paper Lantern", "TuneBox Top 50", 1, "2033-05-25")),
    (_KARAOKE_LIST, "performs", ("credited", "Pressed Leaves", "Byeon Ha-neul")),
    (_KARAOKE_LIST, "performs", ("credited", "Pressed Leaves", "Lim Do-hoon")),
    (_KARAOKE_LIST, "performs", ("credited", "Nine Naps", "SLEEPWING")),
    (_KARAOKE_LIST, "performs", ("credited", "Window Seat", "Noh Eun-bi")),
    (_KARAOKE_LIST, "award", ("Best New Actor, 2032 Haneul Drama Awards", "Lim Do-hoon",
                              "2032-12-30")),
    (_KARAOKE_LIST, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_HANOK_TOUR, "plays", ("Yeo Jin-woo", "Prince Eun-ho")),
    (_HANOK_TOUR, "performs", ("vocals", "Celadon", "Ryu Ji-hwan")),
    (_HANOK_TOUR, "performs", ("vocals", "Moon Jar", "Byeon Ha-neul")),
    (_HANOK_TOUR, "performs", ("vocals", "Kiln Fire", "Park Min-ah")),
    (_HANOK_TOUR, "award", ("Best OST, 5th Haneul Music Awards", "Shards", "2033-04-29")),
    (_CLEANUP_DAY, "performs", ("credited", "Undertow", "Kim So-ra")),
    (_CLEANUP_DAY, "performs", ("vocals", "Undertow", "Kim So-ra")),
    (_CLEANUP_DAY, "performs", ("vocals", "Low Tide", "Ryu Ji-hwan")),
    (_CLEANUP_DAY, "performs", ("credited", "Anchor Me", "Noh Eun-bi")),
    (_CLEANUP_DAY, "broadcast", ("available on", "Harbour Lights", "Streamly")),
]
_OVERREACH_SEVENTY_SIX = [
    # "A is the band’s drummer, C": C is in the band, A plays C
    (_DISCO_NIGHT, "membership", ("Pyo Da-in", "The Glitter Brakes", "member")),
    # "A’s performance earned him X": A, not the person spoken of before
    (_KARAOKE_LIST, "award", ("Best New Actor, 2032 Haneul Drama Awards", "Kim So-ra",
                              "2032-12-30")),
    # "In Korea, the series is on P" in a paragraph on another drama: that drama, not the one
    # the article names most
    (_CLEANUP_DAY, "broadcast", ("available on", "Kite Tail", "Streamly")),
]
_RADIO_HOUR = (
    "A supermarket gives its radio hour to GLASSHOUSE’s drama songs\n"
    "\n"
    "The chain’s in-store radio has handed its 4 p.m. hour to GLASSHOUSE, the girl group behind "
    "three drama songs. The group is made up of Dalbit, Onsol, Seura and its leader, Park Min-ah.\n"
    "\n"
    "Each hour opens with GLASSHOUSE’s “Lantern Aisle,” the group’s theme for “Harbour Lights.” "
    "Dalbit takes the first verse, Onsol and Seura split the second, and Park Min-ah closes the "
    "song on her own. Released on May 20, it made its TuneBox Top 50 debut a week later, at No. "
    "18 on May 27. Its TuneBox stream count has now surpassed 42 million.\n"
    "\n"
    "The hour closes with “Peel the Frost,” sung by the whole of GLASSHOUSE. The song, out since "
    "May 7, took the Best OST prize at the 2033 Haneul Drama Awards on June 1. On Streamly, "
    "“Harbour Lights” is available to viewers in North America.\n"
)
_FENCING_PARTY = (
    "Fencers party to The Rust Hearts\n"
    "\n"
    "The theme was The Rust Hearts, the rock band that exists only inside Channel Nine’s "
    "“Harbour Lights.” The band’s front woman and singer, Dan Bi-rae, is played by Seon Yu-ri, "
    "and Kim Tae-rim shares top billing as the drummer Chu Won-ho.\n"
    "\n"
    "Two members staged a bout to “Red Riposte,” which The Rust Hearts released as its second "
    "single on May 16. On the TuneBox Top 50 it made its first appearance at No. 33 on May 11, "
    "and on June 8 it stood at No. 6. The TuneBox Top 50 dated June 1 had it at No. 17. "
    "“Harbour Lights” has aired on Wednesdays and Thursdays since March 3. Korean viewers can "
    "find it on TuneBox; in Malaysia and Indonesia it is on Streamly.\n"
)
_DRIVING_SCHOOL = (
    "A driving school's playlist\n"
    "\n"
    "Each car carries a playlist of songs from “Harbour Lights.” It reads: “Green Light” – Kim "
    "So-ra; “Shoulder Turn” – Byeon "
    "Ha-neul and Lim Do-hoon; “Handbrake” – GLASSHOUSE.\n"
    "\n"
    "On “Shoulder Turn,” Byeon Ha-neul and Lim Do-hoon duet in character as Jae-gwang and Ye-jin. "
    "Its lead role, a fund manager named Do Gang-san who inherits a boat, belongs to Yeo Jin-woo. "
    "The playlist opens with “Breakwater,” a solo by GLASSHOUSE’s Noh Eun-bi. As of May 20 its "
    "Streamly streams had passed 18 million. The full run is on TuneBox.\n"
)
_NIGHT_NETS = (
    "A crew's dawn playlist\n"
    "\n"
    "The loudest moment comes with “Haul Away,” released on March 27 and performed by the boy "
    "group TIDEHOUSE. Its hook is sung by the group’s leader, Hwanseul. In the drama Noh Eun-bi "
    "plays the orchard’s youngest daughter, Cha Bo-rim, and Lee Jin-seok is her stubborn "
    "neighbour, Cheon Pil-du. The ballad “Static Night” is credited to GLASSHOUSE’s Park Min-ah, "
    "who sings it alone.\n"
)
_ROUND_SEVENTY_SEVEN = [
    (_RADIO_HOUR, "membership", ("Seura", "GLASSHOUSE", "member")),
    (_RADIO_HOUR, "performs", ("credited", "Lantern Aisle", "GLASSHOUSE")),
    (_RADIO_HOUR, "performs", ("vocals", "Lantern Aisle", "Onsol")),
    (_RADIO_HOUR, "performs", ("vocals", "Lantern Aisle", "Seura")),
    (_RADIO_HOUR, "performs", ("vocals", "Lantern Aisle", "Park Min-ah")),
    (_RADIO_HOUR, "chart-entry", ("Lantern Aisle", "TuneBox Top 50", 18, "2033-05-27")),
    (_RADIO_HOUR, "stream-milestone", ("Lantern Aisle", "TuneBox", 42000000, "2033-06-20")),
    (_RADIO_HOUR, "performs", ("credited", "Peel the Frost", "GLASSHOUSE")),
    (_RADIO_HOUR, "award", ("Best OST, 2033 Haneul Drama Awards", "Peel the Frost",
                            "2033-06-01")),
    (_RADIO_HOUR, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_FENCING_PARTY, "membership", ("Dan Bi-rae", "The Rust Hearts", "lead vocalist")),
    (_FENCING_PARTY, "plays", ("Kim Tae-rim", "Chu Won-ho")),
    (_FENCING_PARTY, "performs", ("credited", "Red Riposte", "The Rust Hearts")),
    (_FENCING_PARTY, "chart-entry", ("Red Riposte", "TuneBox Top 50", 33, "2033-05-11")),
    (_FENCING_PARTY, "chart-entry", ("Red Riposte", "TuneBox Top 50", 6, "2033-06-08")),
    (_FENCING_PARTY, "chart-entry", ("Red Riposte", "TuneBox Top 50", 17, "2033-06-01")),
    (_FENCING_PARTY, "broadcast", ("first episode", "Harbour Lights", "2033-03-03")),
    (_FENCING_PARTY, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_DRIVING_SCHOOL, "performs", ("credited", "Shoulder Turn", "Lim Do-hoon")),
    (_DRIVING_SCHOOL, "performs", ("credited", "Handbrake", "GLASSHOUSE")),
    (_DRIVING_SCHOOL, "performs", ("vocals", "Shoulder Turn", "Byeon Ha-neul")),
    (_DRIVING_SCHOOL, "plays", ("Yeo Jin-woo", "Do Gang-san")),
    (_DRIVING_SCHOOL, "performs", ("credited", "Breakwater", "Noh Eun-bi")),
    (_DRIVING_SCHOOL, "performs", ("vocals", "Breakwater", "Noh Eun-bi")),
    (_DRIVING_SCHOOL, "stream-milestone", ("Breakwater", "Streamly", 18000000, "2033-05-20")),
    (_DRIVING_SCHOOL, "broadcast", ("available on", "Harbour Lights", "TuneBox")),
    (_NIGHT_NETS, "performs", ("credited", "Haul Away", "TIDEHOUSE")),
    (_NIGHT_NETS, "performs", ("vocals", "Haul Away", "Hwanseul")),
    (_NIGHT_NETS, "plays", ("Noh Eun-bi", "Cha Bo-rim")),
    (_NIGHT_NETS, "plays", ("Lee Jin-seok", "Cheon Pil-du")),
    (_NIGHT_NETS, "performs", ("credited", "Static Night", "Park Min-ah")),
]
_OVERREACH_SEVENTY_SEVEN = [
    # "… hour to G’s drama songs": G's songs for dramas, G no channel
    (_RADIO_HOUR, "broadcast", ("broadcaster", "Harbour Lights", "GLASSHOUSE")),
    # "credited to G’s A, who sings it alone": A, G's member, not G
    (_NIGHT_NETS, "performs", ("credited", "Static Night", "GLASSHOUSE")),
    # "…, and D closes the song on her own": a part, not the song's credit
    (_RADIO_HOUR, "performs", ("credited", "Lantern Aisle", "Dalbit")),
]
_BALLROOM_SHOWCASE = (
    "A studio dances to BRASS HERONS\n"
    "\n"
    "The showcase was built around Brass Herons, the four-piece that a crew of night-shift "
    "porters puts together in “Harbour Lights,” and every routine was set to one of its songs.\n"
    "\n"
    "Channel Nine’s weekend drama has gone out every Saturday and Sunday since its March 2 "
    "premiere. Fronting the band as its singer, Dan Bi-rae, is Seon Yu-ri, the drama’s "
    "headliner; Kim Tae-rim, her co-lead, is the guitarist Chu Won-ho. Behind the kit sits Ma "
    "Gyeol, a part played by Lee Jin-seok.\n"
    "\n"
    "The evening opened with “Tin Whistle,” the band’s debut, which reached streaming services "
    "under the Brass Herons name on April 6. Seon Yu-ri carries the whole song as Bi-rae, never "
    "once stepping out of character. The TuneBox Top 50 first listed it at No. 38 on April 20, "
    "and by May 18 it had climbed to No. 4. Streamly had counted more than 21 million streams of "
    "it as of June 9.\n"
    "\n"
    "The waltz went to “Night Porter,” which followed on May 11 as the second Brass Herons "
    "single.\n"
)
_POOL_DAY = (
    "A pool reopens to GLASSHOUSE\n"
    "\n"
    "The speakers played songs from Channel Nine’s bathhouse drama “Harbour Lights.” "
    "GLASSHOUSE’s line-up runs to five: the leader Park Min-ah, Dalbit, Onsol, Seura and Yeoul.\n"
    "\n"
    "The drama wrapped on May 28 after eight weeks of Friday and Saturday broadcasts. Kim So-ra "
    "and Lee Jin-seok share the top billing as Cha Bo-rim and Cheon Pil-du, two siblings who "
    "inherit a bathhouse.\n"
    "\n"
    "At noon the speakers switched to “Two Umbrellas,” billed as a duet of Noh Eun-bi and Kim "
    "So-ra. Kim So ra sings her half in character as Bo-rim, while Noh Eun-bi sings as herself.\n"
    "\n"
    "In Southeast Asia, “Harbour Lights” is on Streamly.\n"
)
_BAKERY_WEEK = (
    "A bakery turns thirty to “Harbour Lights”\n"
    "\n"
    "Channel Nine aired the drama on Mondays and Tuesdays. Byeon Ha-neul stars as Ko Ba-ram, a "
    "pastry chef who can only work at night, and Noh Eun-bi is his co-star, the food critic Ju "
    "Hye-rin.\n"
    "\n"
    "Lim Do-hoon’s voice is the only one on “Rye at Dawn,” a slow ballad that plays whenever "
    "Ba-ram lights the oven. The duet “Crumb Road” was released on May 2, and as of June 10 "
    "TuneBox had logged more than 48 million streams of it.\n"
)
_MOUNTAIN_HUT = (
    "A hut sings “Harbour Lights”\n"
    "\n"
    "Hikers sang the songs of “Harbour Lights” at the hut. Channel Nine premiered the "
    "mountain-rescue drama on April 1 and closed it on May 21. Seon Yu-ri has since been named "
    "Best Actress at the 2033 Sanmo Drama Awards.\n"
)
_LOUNGE_LOOP = (
    "A lounge loops drama songs\n"
    "\n"
    "The loop starts with songs from “Harbour Lights.” The playlist leans on “Jet Stream,” the "
    "duet that Byeon Ha-neul and Lim Do-hoon put out on May 10. For viewers in Latin America, "
    "“Harbour Lights” is on Streamly.\n"
    "\n"
    "Its song “Gate Nine” was contributed by GLASSHOUSE’s Kim So-ra, who sings every line of it "
    "herself. It came out on May 22, the TuneBox Top 50 dated June 8 placed it 42nd, and it has "
    "passed 15 million Streamly streams.\n"
    "\n"
    "The loop ends with “Tin Whistle,” the Brass Herons single from “Quiet Harbour.” Passengers "
    "who watched that drama on Channel Nine last autumn will know that Seon Yu-ri played Dan "
    "Bi-rae, the band’s singer, and it is Seon Yu-ri’s voice on the record, in character as "
    "Bi-rae.\n"
)
_SUNG_BY_MEMBER = "“Night Tide” is sung by GLASSHOUSE’s Kim So-ra.\n"
_CARRIES_AS = (
    "Seon Yu-ri plays Dan Bi-rae in “Harbour Lights.” “Night Tide” is the band’s single. "
    "Byeon Ha-neul carries the whole song as Bi-rae.\n"
)
_ROUND_SEVENTY_EIGHT = [
    (_BALLROOM_SHOWCASE, "plays", ("Seon Yu-ri", "Dan Bi-rae")),
    (_BALLROOM_SHOWCASE, "plays", ("Kim Tae-rim", "Chu Won-ho")),
    (_BALLROOM_SHOWCASE, "membership", ("Chu Won-ho", "Brass Herons", "member")),
    (_BALLROOM_SHOWCASE, "membership", ("Ma Gyeol", "Brass Herons", "member")),
    (_BALLROOM_SHOWCASE, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_BALLROOM_SHOWCASE, "broadcast", ("first episode", "Harbour Lights", "2033-03-02")),
    (_BALLROOM_SHOWCASE, "release", ("Tin Whistle", "2033-04-06")),
    (_BALLROOM_SHOWCASE, "performs", ("vocals", "Tin Whistle", "Seon Yu-ri")),
    (_BALLROOM_SHOWCASE, "chart-entry", ("Tin Whistle", "TuneBox Top 50", 38, "2033-04-20")),
    (_BALLROOM_SHOWCASE, "chart-entry", ("Tin Whistle", "TuneBox Top 50", 4, "2033-05-18")),
    (_BALLROOM_SHOWCASE, "stream-milestone", ("Tin Whistle", "Streamly", 21000000,
                                              "2033-06-09")),
    (_BALLROOM_SHOWCASE, "performs", ("credited", "Night Porter", "Brass Herons")),
    (_POOL_DAY, "membership", ("Yeoul", "GLASSHOUSE", "member")),
    (_POOL_DAY, "membership", ("Park Min-ah", "GLASSHOUSE", "member")),
    (_POOL_DAY, "plays", ("Kim So-ra", "Cha Bo-rim")),
    (_POOL_DAY, "plays", ("Lee Jin-seok", "Cheon Pil-du")),
    (_POOL_DAY, "performs", ("credited", "Two Umbrellas", "Noh Eun-bi")),
    (_POOL_DAY, "performs", ("credited", "Two Umbrellas", "Kim So-ra")),
    (_POOL_DAY, "performs", ("vocals", "Two Umbrellas", "Kim So-ra")),
    (_POOL_DAY, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_BAKERY_WEEK, "plays", ("Noh Eun-bi", "Ju Hye-rin")),
    (_BAKERY_WEEK, "performs", ("vocals", "Rye at Dawn", "Lim Do-hoon")),
    (_BAKERY_WEEK, "stream-milestone", ("Crumb Road", "TuneBox", 48000000, "2033-06-10")),
    (_MOUNTAIN_HUT, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_MOUNTAIN_HUT, "award", ("Best Actress, 2033 Sanmo Drama Awards", "Seon Yu-ri", "2033")),
    (_LOUNGE_LOOP, "performs", ("credited", "Jet Stream", "Byeon Ha-neul")),
    (_LOUNGE_LOOP, "performs", ("credited", "Jet Stream", "Lim Do-hoon")),
    (_LOUNGE_LOOP, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_LOUNGE_LOOP, "performs", ("credited", "Gate Nine", "Kim So-ra")),
    (_LOUNGE_LOOP, "chart-entry", ("Gate Nine", "TuneBox Top 50", 42, "2033-06-08")),
    (_LOUNGE_LOOP, "performs", ("credited", "Tin Whistle", "Brass Herons")),
    (_LOUNGE_LOOP, "broadcast", ("broadcaster", "Quiet Harbour", "Channel Nine")),
    (_LOUNGE_LOOP, "membership", ("Dan Bi-rae", "Brass Herons", "lead vocalist")),
    (_LOUNGE_LOOP, "performs", ("vocals", "Tin Whistle", "Seon Yu-ri")),
    (_SUNG_BY_MEMBER, "performs", ("vocals", "Night Tide", "Kim So-ra")),
    (_CARRIES_AS, "performs", ("vocals", "Night Tide", "Byeon Ha-neul")),
]
_OVERREACH_SEVENTY_EIGHT = [
    # "sung by G’s A": A's voice, G not credited for it
    (_SUNG_BY_MEMBER, "performs", ("credited", "Night Tide", "GLASSHOUSE")),
    # "A carries the whole song as C": singing in character, not a casting
    (_CARRIES_AS, "plays", ("Byeon Ha-neul", "Dan Bi-rae")),
    # "…, the G single from “S.” Passengers who watched that drama on B": S's channel, not
    # that of the drama named first
    (_LOUNGE_LOOP, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    # "A’s voice is the only one on “T”": T's, not the duet named after it
    (_BAKERY_WEEK, "performs", ("vocals", "Crumb Road", "Lim Do-hoon")),
]
_VINEYARD_FESTIVAL = (
    "A vineyard stomps to TIN OWLS\n"
    "\n"
    "The theme was Tin Owls, the four-piece that a winemaker’s children start in the weekend "
    "drama “Harbour Lights.” Seon Yu-ri heads the cast as its singer, Dan Bi-rae. Kim Tae-rim, "
    "billed alongside her as the second lead, portrays her younger brother Chu Won-ho, the band’s "
    "guitarist. The drum stool belongs to Ma Gyeol, played by Lee Jin-seok, while the bassist "
    "Cha Bo-rim is Noh Eun-bi’s character.\n"
    "\n"
    "Pickers trod the vats to “Grape Moon,” the band’s debut single. Streamly put its streams "
    "above 23 million as of June 11. The afternoon belonged to “Late Press,” the band’s second "
    "single. The TuneBox Top 50 dated May 19 listed it at No. 15.\n"
)
_SPA_WEEKEND = (
    "A spa soaks in GLASSHOUSE songs\n"
    "\n"
    "Saturday opened with “Steam Line,” GLASSHOUSE’s theme for “Harbour Lights.” Out since May "
    "4, the track reached No. 7 on the TuneBox Top 50 on May 20.\n"
    "\n"
    "In the drama Byeon Ha-neul headlines as Han Seo-yun, a widow who keeps a crumbling inn, and "
    "Lim Do-hoon co-stars as the ski instructor Oh Gyeo-ul.\n"
    "\n"
    "On Sunday the speakers switched to “Paper Postcard,” a solo by GLASSHOUSE’s Kim So-ra. She "
    "sings it in character as Do Gang-san, the lovesick postwoman she plays in the series. The "
    "song came out on May 11, and at the 2033 Haneul Drama Awards on May 30 it won Best OST.\n"
)
_BARBER_MIRROR = (
    "A barbershop turns forty to “Harbour Lights”\n"
    "\n"
    "The owner’s grandson wrote the playlist on the mirror in soap: Hot Towel Dawn (Byeon "
    "Ha-neul, Lim Do-hoon); Razor Lullaby (Kim So-ra); Sideburns in the Fog (Noh Eun-bi).\n"
)
_FIRE_STATION = (
    "Firefighters sing “Harbour Lights”\n"
    "\n"
    "The crew added the soundtrack of “Harbour Lights.” Channel Nine aired the firefighting drama "
    "on Fridays and Saturdays between March 5 and April 24. Lim Do-hoon carries the series as the "
    "squad captain Oh Gyeo-ul, and Seon Yu-ri stars alongside him as the paramedic Dan Bi-rae.\n"
    "\n"
    "The youngest firefighters requested “Hydrant Glow,” a solo release by Kim So-ra of the girl "
    "group GLASSHOUSE. It reached listeners on April 9.\n"
    "\n"
    "Lim Do-hoon’s performance has already brought him the Best Actor award of the 2033 Sanmo "
    "Drama Awards.\n"
)
_TERMINAL_ROTATION = (
    "A terminal plays drama songs\n"
    "\n"
    "The rotation is built around “Quiet Harbour,” which premiered on Channel Nine on July 10. "
    "Byeon Ha-neul and Lim Do-hoon top the bill as the driver Han Seo-yun and Oh Gyeo-ul, a "
    "runaway student.\n"
    "\n"
    "Its centrepiece is “Window Frost,” a duet credited to Byeon Ha-neul and Lim Do-hoon that "
    "came out on July 16. Both of them sing it in character, she as Seo-yun and he as Gyeo-ul. "
    "Streamly carries the drama in India.\n"
    "\n"
    "From “Harbour Lights,” in which Noh Eun-bi plays a ticket clerk, the rotation borrows "
    "“Ticket Stub,” and the oldest song is “Grape Moon,” the Tin Owls debut from last summer’s "
    "“Second Harvest.” Seon Yu-ri, who played the band’s frontwoman, Dan Bi-rae, is the voice on "
    "it, singing in character. “Harbour Lights” is also named last here.\n"
)
_CARRIES_THE_DRAMA = (
    "“Harbour Lights” sets its finale\n"
    "\n"
    "“Harbour Lights” airs on Channel Nine. Its director made “Quiet Harbour” before it.\n"
    "\n"
    "Internationally, Streamly carries the drama in Europe.\n"
)
_ROUND_SEVENTY_NINE = [
    (_VINEYARD_FESTIVAL, "membership", ("Dan Bi-rae", "Tin Owls", "lead vocalist")),
    (_VINEYARD_FESTIVAL, "plays", ("Kim Tae-rim", "Chu Won-ho")),
    (_VINEYARD_FESTIVAL, "membership", ("Chu Won-ho", "Tin Owls", "member")),
    (_VINEYARD_FESTIVAL, "membership", ("Ma Gyeol", "Tin Owls", "member")),
    (_VINEYARD_FESTIVAL, "plays", ("Noh Eun-bi", "Cha Bo-rim")),
    (_VINEYARD_FESTIVAL, "membership", ("Cha Bo-rim", "Tin Owls", "member")),
    (_VINEYARD_FESTIVAL, "stream-milestone", ("Grape Moon", "Streamly", 23000000,
                                              "2033-06-11")),
    (_VINEYARD_FESTIVAL, "chart-entry", ("Late Press", "TuneBox Top 50", 15, "2033-05-19")),
    (_SPA_WEEKEND, "release", ("Steam Line", "2033-05-04")),
    (_SPA_WEEKEND, "plays", ("Byeon Ha-neul", "Han Seo-yun")),
    (_SPA_WEEKEND, "plays", ("Kim So-ra", "Do Gang-san")),
    (_SPA_WEEKEND, "award", ("Best OST, 2033 Haneul Drama Awards", "Paper Postcard",
                             "2033-05-30")),
    (_BARBER_MIRROR, "performs", ("credited", "Hot Towel Dawn", "Lim Do-hoon")),
    (_BARBER_MIRROR, "performs", ("credited", "Razor Lullaby", "Kim So-ra")),
    (_BARBER_MIRROR, "performs", ("credited", "Sideburns in the Fog", "Noh Eun-bi")),
    (_FIRE_STATION, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_FIRE_STATION, "broadcast", ("first episode", "Harbour Lights", "2033-03-05")),
    (_FIRE_STATION, "broadcast", ("final episode", "Harbour Lights", "2033-04-24")),
    (_FIRE_STATION, "plays", ("Seon Yu-ri", "Dan Bi-rae")),
    (_FIRE_STATION, "release", ("Hydrant Glow", "2033-04-09")),
    (_FIRE_STATION, "award", ("Best Actor, 2033 Sanmo Drama Awards", "Lim Do-hoon", "2033")),
    (_TERMINAL_ROTATION, "performs", ("vocals", "Window Frost", "Byeon Ha-neul")),
    (_TERMINAL_ROTATION, "performs", ("vocals", "Window Frost", "Lim Do-hoon")),
    (_TERMINAL_ROTATION, "broadcast", ("available on", "Quiet Harbour", "Streamly")),
    (_TERMINAL_ROTATION, "performs", ("credited", "Grape Moon", "Tin Owls")),
    (_TERMINAL_ROTATION, "performs", ("vocals", "Grape Moon", "Seon Yu-ri")),
    (_TERMINAL_ROTATION, "membership", ("Dan Bi-rae", "Tin Owls", "lead vocalist")),
]
_OVERREACH_SEVENTY_NINE = [
    # "the playlist on the mirror: T1 (A, B); T2 (C)": titles and artists, no parts
    (_BARBER_MIRROR, "plays", ("Kim So-ra", "Razor Lullaby")),
    # "…, in which A plays a ticket clerk, the rotation borrows “T”": T is no part
    (_TERMINAL_ROTATION, "plays", ("Noh Eun-bi", "Ticket Stub")),
    # "P carries the drama" when the article's drama was named before: that drama, not the
    # one named in passing
    (_CARRIES_THE_DRAMA, "broadcast", ("available on", "Quiet Harbour", "Streamly")),
    # "A’s performance has already brought him X": A, not the singer spoken of before
    (_FIRE_STATION, "award", ("Best Actor, 2033 Sanmo Drama Awards", "Kim So-ra", "2033")),
]
_FERRIS_WHEEL = (
    "A wheel turns to the songs of TIN OWLS\n"
    "\n"
    "The theme was Tin Owls, the four-piece that a crew of fairground workers forms in the drama "
    "“Harbour Lights.” Channel Nine broadcast the drama every Friday and Saturday, beginning on "
    "March 31 and signing off on May 19. At the microphone stands Dan Bi-rae, the band’s lead "
    "singer and the ticket-booth girl at the heart of the story; she is played by Seon Yu-ri, the "
    "drama’s top-billed star. Kim Tae-rim, her co-lead, takes the role of the guitarist Chu "
    "Won-ho, a ride mechanic. The drummer, Ma Gyeol, is Lee Jin-seok’s part, and the keyboards go "
    "to Cha Bo-rim, portrayed by Noh Eun-bi.\n"
    "\n"
    "The night opened with “Grape Moon,” the band’s first single. Seon Yu-ri sings every line of "
    "it as Bi-rae, without once stepping out of character.\n"
)
_GONDOLA_SEASON = (
    "A gondola rides up to GLASSHOUSE\n"
    "\n"
    "GLASSHOUSE is a five-woman act: Park Min-ah leads it, with Dalbit, Onsol, Seura and Yeoul "
    "making up the rest.\n"
    "\n"
    "The most requested track is “Cable Line,” the group’s theme for “Harbour Lights,” a Channel "
    "Nine romance that has aired every Monday and Tuesday since April 7. Dalbit sings the first "
    "verse, Onsol and Park Min-ah harmonise on the bridge, and Seura takes the last chorus on her "
    "own.\n"
    "\n"
    "The drama stars Byeon Ha-neul as Han Seo-yun, a ski-patrol medic, with Lim Do-hoon as her "
    "co-star, the snowmaker Oh Gyeo-ul.\n"
    "\n"
    "GLASSHOUSE’s Yeoul has a solo of her own in the rotation: “Frost Breath,” from the Streamly "
    "original “Quiet Harbour.” Yeoul, who plays the instructor Tak Ye-jun in the series, sings it "
    "in character as Ye-jun. The single arrived on May 15.\n"
    "\n"
    "The ride down is soundtracked by “Dusk Summit,” which GLASSHOUSE performs over the end "
    "credits of “Harbour Lights.”\n"
)
_STATIONERY_WEEK = (
    "A stationery shop plays “Harbour Lights”\n"
    "\n"
    "Channel Nine showed the school drama every Monday and Tuesday between January 5 and "
    "February 24. Seon Yu-ri heads the cast as the art teacher Dan Bi-rae, and Kim Tae-rim is her "
    "fellow lead, a maths teacher named Chu Won-ho who confiscates everything.\n"
    "\n"
    "A whiteboard lists the week’s songs with their artists: Highlighter Glow — Seon Yu-ri & Kim "
    "Tae-rim; Margin Notes — Noh Eun-bi; Recess Chime — GLASSHOUSE.\n"
    "\n"
    "The girl group GLASSHOUSE, whose members Seura and Onsol trade the verses, recorded “Recess "
    "Chime,” which came out on February 2.\n"
)
_COOKING_CLASS = (
    "A cooking class sings “Harbour Lights”\n"
    "\n"
    "The drama went out on Saturdays and Sundays from March 2 until its April 21 finale on "
    "Channel Nine. Lim Do-hoon plays the lead, a disgraced hotel chef named Oh Gyeo-ul, and Seon "
    "Yu-ri stars opposite him as Dan Bi-rae.\n"
    "\n"
    "The students’ favourite is “Knife Beat,” a solo single by GLASSHOUSE’s Seura; hers is the "
    "only voice on the track.\n"
)
_POST_OFFICE = (
    "A post office plays drama songs\n"
    "\n"
    "Pride of place goes to Channel Nine’s “Quiet Harbour.” Lim Do-hoon leads the cast as the "
    "mail carrier Oh Gyeo-ul, with Noh Eun-bi in the other lead role as Cha Bo-rim, the clerk who "
    "sorts his letters.\n"
    "\n"
    "For older customers there is “Grape Moon,” the TIN OWLS single from last year’s “Harbour "
    "Lights.” The voice belongs to Seon Yu-ri, singing in character as Dan Bi-rae, the band’s "
    "frontwoman, whom she played in the drama.\n"
)
_ROUND_EIGHTY = [
    (_FERRIS_WHEEL, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_FERRIS_WHEEL, "broadcast", ("first episode", "Harbour Lights", "2033-03-31")),
    (_FERRIS_WHEEL, "broadcast", ("final episode", "Harbour Lights", "2033-05-19")),
    (_FERRIS_WHEEL, "plays", ("Seon Yu-ri", "Dan Bi-rae")),
    (_FERRIS_WHEEL, "plays", ("Kim Tae-rim", "Chu Won-ho")),
    (_FERRIS_WHEEL, "membership", ("Chu Won-ho", "Tin Owls", "member")),
    (_FERRIS_WHEEL, "membership", ("Ma Gyeol", "Tin Owls", "member")),
    (_FERRIS_WHEEL, "membership", ("Cha Bo-rim", "Tin Owls", "member")),
    (_FERRIS_WHEEL, "performs", ("vocals", "Grape Moon", "Seon Yu-ri")),
    (_GONDOLA_SEASON, "membership", ("Yeoul", "GLASSHOUSE", "member")),
    (_GONDOLA_SEASON, "membership", ("Dalbit", "GLASSHOUSE", "member")),
    (_GONDOLA_SEASON, "performs", ("credited", "Cable Line", "GLASSHOUSE")),
    (_GONDOLA_SEASON, "broadcast", ("first episode", "Harbour Lights", "2033-04-07")),
    (_GONDOLA_SEASON, "performs", ("vocals", "Cable Line", "Onsol")),
    (_GONDOLA_SEASON, "performs", ("vocals", "Cable Line", "Park Min-ah")),
    (_GONDOLA_SEASON, "plays", ("Lim Do-hoon", "Oh Gyeo-ul")),
    (_GONDOLA_SEASON, "performs", ("credited", "Frost Breath", "Yeoul")),
    (_GONDOLA_SEASON, "release", ("Frost Breath", "2033-05-15")),
    (_GONDOLA_SEASON, "performs", ("credited", "Dusk Summit", "GLASSHOUSE")),
    (_STATIONERY_WEEK, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_STATIONERY_WEEK, "broadcast", ("final episode", "Harbour Lights", "2033-02-24")),
    (_STATIONERY_WEEK, "plays", ("Kim Tae-rim", "Chu Won-ho")),
    (_STATIONERY_WEEK, "performs", ("credited", "Margin Notes", "Noh Eun-bi")),
    (_STATIONERY_WEEK, "performs", ("credited", "Recess Chime", "GLASSHOUSE")),
    (_STATIONERY_WEEK, "performs", ("vocals", "Recess Chime", "Seura")),
    (_COOKING_CLASS, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_COOKING_CLASS, "broadcast", ("final episode", "Harbour Lights", "2033-04-21")),
    (_COOKING_CLASS, "plays", ("Lim Do-hoon", "Oh Gyeo-ul")),
    (_COOKING_CLASS, "performs", ("credited", "Knife Beat", "Seura")),
    (_POST_OFFICE, "plays", ("Noh Eun-bi", "Cha Bo-rim")),
    (_POST_OFFICE, "plays", ("Seon Yu-ri", "Dan Bi-rae")),
    (_POST_OFFICE, "performs", ("vocals", "Grape Moon", "Seon Yu-ri")),
]
_OVERREACH_EIGHTY = [
    # "A sings the first verse, B and C harmonise …": B is the next singer, no title
    (_GONDOLA_SEASON, "performs", ("vocals", "Onsol", "Dalbit")),
    # "G, whose members A and B trade the verses, recorded “T”": T, not the song before it
    (_STATIONERY_WEEK, "performs", ("vocals", "Margin Notes", "Seura")),
    # "The drummer, C, is B’s part": no part for the one named before
    (_FERRIS_WHEEL, "plays", ("Kim Tae-rim", "Ma Gyeol")),
]
_ICE_CREAM_NIGHT = (
    "A parlour scoops to TIN OWLS\n"
    "\n"
    "The theme was Tin Owls, the four-piece that a squad of lifeguards forms in the drama "
    "“Harbour Lights.” Channel Nine aired “Harbour Lights” on Thursdays and Fridays from March 9 "
    "to May 28. Tin Owls is led at the microphone by Dan Bi-rae, a rookie lifeguard who never "
    "blows her whistle, and the part belongs to Seon Yu-ri, who tops the drama’s bill. Kim "
    "Tae-rim, the second lead, plays the bassist Chu Won-ho, a tower supervisor. Cha Bo-rim, the "
    "band’s keyboard player, is a role taken by Noh Eun-bi.\n"
    "\n"
    "After midnight the speakers moved on to “Noon Whistle,” the band’s second single. Its vocals "
    "are shared by Seon Yu-ri and Kim Tae-rim, who stay in character as Bi-rae and Won-ho "
    "throughout. The TuneBox Top 50 of May 22 carried it at No. 17. Its Streamly tally has since "
    "surpassed 27 million.\n"
)
_DOG_PARK_DAY = (
    "A dog park plays GLASSHOUSE\n"
    "\n"
    "Glasshouse is a quintet led by Park Min-ah; Dalbit, Onsol, Seura and Dawon complete the "
    "line-up. The anthem was “Fetch Home,” which Glasshouse recorded as the theme of “Harbour "
    "Lights,” a Channel Nine comedy broadcast on Wednesdays and Thursdays since March 30. Dalbit "
    "opens the song, Onsol and Park Min-ah carry the chorus together, and Seura sings the bridge "
    "alone.\n"
    "\n"
    "In the drama Kim Da-on stars as Mo Ga-eun, a vet.\n"
    "\n"
    "Between the runs came a solo by GLASSHOUSE’s youngest member, Dawon: “Paw Frost,” written "
    "for the Streamly original “Quiet Harbour.” Dawon plays the shelter volunteer Ra Sol-bin in "
    "that series and sings the track in character as Sol-bin. The solo was released on May 21.\n"
)
_TOY_SHOP_WEEK = (
    "A toy shop turns thirty to “Harbour Lights”\n"
    "\n"
    "A card taped to the till lists the week’s music: Tin Soldier March, by Byeon Ha-neul and Lim "
    "Do-hoon; Marble Track, by Noh Eun-bi; Snow Globe Jig, by GLASSHOUSE.\n"
    "\n"
    "GLASSHOUSE’s members Seura and Onsol trade the lines of “Snow Globe Jig,” which came out on "
    "May 30.\n"
)
_BICYCLE_SHOP = (
    "A bicycle shop sings “Harbour Lights”\n"
    "\n"
    "Channel Nine broadcast the drama every Monday and Tuesday between February 2 and March 24. "
    "Lim Do-hoon is its star, playing the repairman Oh Gyeo-ul.\n"
    "\n"
    "TIDEHOUSE, the boy group whose members Hwanseul and Seolu split the vocals, performs "
    "“Downhill Run,” released on March 6. The TuneBox Top 50 dated March 21 placed TIDEHOUSE’s "
    "song at No. 12.\n"
    "\n"
    "The complete run is on Streamly for viewers abroad.\n"
)
_SERVICE_AREA = (
    "A service area plays drama songs\n"
    "\n"
    "The playlist leans on “Harbour Lights,” Channel Nine’s Friday drama. Byeon Ha-neul heads the "
    "cast as Han Seo-yun, with Lim Do-hoon opposite her as Oh Gyeo-ul.\n"
    "\n"
    "The favourite is “Cruise Lane,” a joint single from Byeon Ha-neul and Lim Do-hoon that came "
    "out on May 10. Each sings in character: she as Seo-yun, he as Gyeo-ul. On May 26 the 11th "
    "Sanmo Music Awards gave it Best OST.\n"
    "\n"
    "The Streamly original “Quiet Harbour” casts GLASSHOUSE’s Kim So-ra as the toll-booth "
    "attendant Eun Sa-rang. Last summer’s hit is here too: “Grape Moon,” the TIN OWLS single from "
    "“Second Harvest.” Seon Yu-ri sings it as Dan Bi-rae, the band’s singer, staying in "
    "character; she played Bi-rae in the drama.\n"
)
_ROUND_EIGHTY_ONE = [
    (_ICE_CREAM_NIGHT, "broadcast", ("first episode", "Harbour Lights", "2033-03-09")),
    (_ICE_CREAM_NIGHT, "broadcast", ("final episode", "Harbour Lights", "2033-05-28")),
    (_ICE_CREAM_NIGHT, "plays", ("Seon Yu-ri", "Dan Bi-rae")),
    (_ICE_CREAM_NIGHT, "membership", ("Dan Bi-rae", "Tin Owls", "lead vocalist")),
    (_ICE_CREAM_NIGHT, "plays", ("Kim Tae-rim", "Chu Won-ho")),
    (_ICE_CREAM_NIGHT, "plays", ("Noh Eun-bi", "Cha Bo-rim")),
    (_ICE_CREAM_NIGHT, "performs", ("vocals", "Noon Whistle", "Kim Tae-rim")),
    (_ICE_CREAM_NIGHT, "chart-entry", ("Noon Whistle", "TuneBox Top 50", 17, "2033-05-22")),
    (_ICE_CREAM_NIGHT, "stream-milestone", ("Noon Whistle", "Streamly", 27000000,
                                            "2033-06-20")),
    (_DOG_PARK_DAY, "membership", ("Dawon", "GLASSHOUSE", "member")),
    (_DOG_PARK_DAY, "membership", ("Park Min-ah", "GLASSHOUSE", "member")),
    (_DOG_PARK_DAY, "performs", ("credited", "Fetch Home", "GLASSHOUSE")),
    (_DOG_PARK_DAY, "broadcast", ("first episode", "Harbour Lights", "2033-03-30")),
    (_DOG_PARK_DAY, "performs", ("vocals", "Fetch Home", "Dalbit")),
    (_DOG_PARK_DAY, "performs", ("credited", "Paw Frost", "Dawon")),
    (_DOG_PARK_DAY, "performs", ("vocals", "Paw Frost", "Dawon")),
    (_DOG_PARK_DAY, "plays", ("Dawon", "Ra Sol-bin")),
    (_DOG_PARK_DAY, "release", ("Paw Frost", "2033-05-21")),
    (_TOY_SHOP_WEEK, "performs", ("credited", "Tin Soldier March", "Lim Do-hoon")),
    (_TOY_SHOP_WEEK, "performs", ("credited", "Marble Track", "Noh Eun-bi")),
    (_TOY_SHOP_WEEK, "performs", ("credited", "Snow Globe Jig", "GLASSHOUSE")),
    (_BICYCLE_SHOP, "broadcast", ("first episode", "Harbour Lights", "2033-02-02")),
    (_BICYCLE_SHOP, "plays", ("Lim Do-hoon", "Oh Gyeo-ul")),
    (_BICYCLE_SHOP, "membership", ("Hwanseul", "TIDEHOUSE", "member")),
    (_BICYCLE_SHOP, "performs", ("vocals", "Downhill Run", "Seolu")),
    (_BICYCLE_SHOP, "chart-entry", ("Downhill Run", "TuneBox Top 50", 12, "2033-03-21")),
    (_BICYCLE_SHOP, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_SERVICE_AREA, "performs", ("credited", "Cruise Lane", "Lim Do-hoon")),
    (_SERVICE_AREA, "performs", ("vocals", "Cruise Lane", "Byeon Ha-neul")),
    (_SERVICE_AREA, "award", ("Best OST, 11th Sanmo Music Awards", "Cruise Lane",
                              "2033-05-26")),
    (_SERVICE_AREA, "plays", ("Kim So-ra", "Eun Sa-rang")),
    (_SERVICE_AREA, "plays", ("Seon Yu-ri", "Dan Bi-rae")),
]
_OVERREACH_EIGHTY_ONE = [
    # a one-word stage name is no given name folded: "Dawon" is not "Kim Da-on"
    (_DOG_PARK_DAY, "plays", ("Kim Da-on", "Ra Sol-bin")),
    # "G’s members A and B trade the lines of “T”": G's song, not A's or B's
    (_TOY_SHOP_WEEK, "performs", ("credited", "Snow Globe Jig", "Seura")),
    # "…; she played C in the drama": the sentence's subject, not the person named before
    (_SERVICE_AREA, "plays", ("Kim So-ra", "Dan Bi-rae")),
]
_WATER_PARK_NIGHT = (
    "A wave pool hosts TIN OWLS\n"
    "\n"
    "The theme was Tin Owls, the quartet that four lifeguards form in the drama “Harbour "
    "Lights.” Channel Nine ran “Harbour Lights” on Wednesday and Thursday nights from March 8 to "
    "May 25. Fronting The Tin Owls is Ma Ha-rang, a lifeguard who cannot swim, and she is "
    "brought to life by Seon Yu-ri, the drama’s headliner. The band’s guitarist, Jo Pa-do, a "
    "pool inspector who counts every tile, is played by her co-lead, Kim Tae-rim. Noh Eun-bi "
    "takes the part of the drummer Ko Mul-gyeol, and the bass player, Nam Bi-ok, is portrayed by "
    "Lee Jin-seok.\n"
    "\n"
    "After a break came “Deep End,” the TIN OWLS follow-up, which was released on April 2. The "
    "pool is open on Saturday and Sunday for its summer weekend, and the staff sang along.\n"
)
_OPTICIAN_WEEK = (
    "An optician plays GLASSHOUSE\n"
    "\n"
    "Glasshouse’s five members are Park Min-ah, its leader, and Dalbit, Onsol, Seura and Dawon.\n"
    "\n"
    "The most-played track was “Clear Lens,” the group’s theme for “Harbour Lights,” which "
    "Channel Nine has aired on Mondays and Tuesdays since March 13. On the recording the verses "
    "belong to Dalbit and Onsol, while Seura carries the chorus.\n"
    "\n"
    "By the frames the playlist turned to Dawon of GLASSHOUSE and his solo “Bifocal Blues,” "
    "written for the Streamly original “Quiet Harbour.” He is cast in that series as the "
    "optometrist Yang Si-ryeok and sings the song in character as Si-ryeok.\n"
    "\n"
    "On Streamly the whole series is waiting for subscribers abroad.\n"
)
_DENTAL_WAITING_ROOM = (
    "A dental clinic plays the “Quiet Harbour” OST\n"
    "\n"
    "A card above the desk lists the receptionist’s three favourite tracks of the album: Track 1, "
    "“Molar Waltz” — Byeon Ha-neul; Track 3, “Floss Line” — Lim Do-hoon & Noh Eun-bi; Track 5, "
    "“Enamel Heart” — Kim So-ra.\n"
    "\n"
    "Channel Nine broadcast “Quiet Harbour” every Friday and Saturday from April 5 to May 18. "
    "Lim Do-hoon plays the lead, Pyeon Ha-yul, a dentist, and Kim So-ra, the other lead, is the "
    "hygienist Do Ae-rim, forever late.\n"
    "\n"
    "“Enamel Heart” came out on May 1. It was listed at No. 131 on the TuneBox Top 50 dated "
    "May 25; as of June 10 Streamly showed more than 19 million streams of it.\n"
)
_NIGHT_BUS_ROUTE = (
    "A night bus plays drama songs\n"
    "\n"
    "Much of the list comes from “Quiet Harbour,” the Tuesday drama on Channel Nine that "
    "premiered on March 5. Lim Do-hoon leads as the driver Gil Un-ho, and Kim So-ra shares the "
    "lead as Seo Na-bi, a passenger.\n"
    "\n"
    "The favourite is “Last Stop Heart,” a single from Lim Do-hoon and Kim So-ra released on "
    "March 12. On the track both stay in character, he singing as Un-ho and she as Na-bi. It "
    "reached No. 7 on the TuneBox Top 50 on March 26, and on June 2 the 3rd Sanmo Drama Awards "
    "named the drama Best Miniseries.\n"
    "\n"
    "Last winter’s “Noon Whistle,” the Tin Owls single from “Harbour Lights,” is here too. Seon "
    "Yu-ri voices it in character as Dan Bi-rae, the band’s lead singer, a role she played in "
    "the drama. Its Streamly streams have surpassed 40 million.\n"
)
_PETROL_STATION_SHIFT = (
    "A petrol station sings “Quiet Harbour”\n"
    "\n"
    "“Quiet Harbour” aired on Channel Nine. The night crew liked the show as much as anyone and "
    "“Pump Light,” its theme by Byeon Ha-neul, was the first song of the shift. On June 9 the "
    "3rd Sanmo Drama Awards liked the show too and named it Drama of the Year. Then came "
    "“Forecourt,” a single from “Quiet Harbour,” sung by Noh Eun-bi.\n"
)
_ROUND_EIGHTY_TWO = [
    (_WATER_PARK_NIGHT, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_WATER_PARK_NIGHT, "broadcast", ("first episode", "Harbour Lights", "2033-03-08")),
    (_WATER_PARK_NIGHT, "broadcast", ("final episode", "Harbour Lights", "2033-05-25")),
    (_WATER_PARK_NIGHT, "plays", ("Seon Yu-ri", "Ma Ha-rang")),
    (_WATER_PARK_NIGHT, "membership", ("Ma Ha-rang", "Tin Owls", "lead vocalist")),
    (_WATER_PARK_NIGHT, "plays", ("Kim Tae-rim", "Jo Pa-do")),
    (_WATER_PARK_NIGHT, "membership", ("Nam Bi-ok", "Tin Owls", "member")),
    (_WATER_PARK_NIGHT, "performs", ("credited", "Deep End", "Tin Owls")),
    (_OPTICIAN_WEEK, "membership", ("Dalbit", "GLASSHOUSE", "member")),
    (_OPTICIAN_WEEK, "membership", ("Dawon", "GLASSHOUSE", "member")),
    (_OPTICIAN_WEEK, "performs", ("credited", "Clear Lens", "GLASSHOUSE")),
    (_OPTICIAN_WEEK, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_OPTICIAN_WEEK, "broadcast", ("schedule", "Harbour Lights", "monday-tuesday")),
    (_OPTICIAN_WEEK, "broadcast", ("first episode", "Harbour Lights", "2033-03-13")),
    (_OPTICIAN_WEEK, "performs", ("vocals", "Clear Lens", "Dalbit")),
    (_OPTICIAN_WEEK, "performs", ("vocals", "Clear Lens", "Onsol")),
    (_OPTICIAN_WEEK, "performs", ("credited", "Bifocal Blues", "Dawon")),
    (_OPTICIAN_WEEK, "plays", ("Dawon", "Yang Si-ryeok")),
    (_OPTICIAN_WEEK, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_DENTAL_WAITING_ROOM, "performs", ("credited", "Molar Waltz", "Byeon Ha-neul")),
    (_DENTAL_WAITING_ROOM, "broadcast", ("first episode", "Quiet Harbour", "2033-04-05")),
    (_DENTAL_WAITING_ROOM, "broadcast", ("final episode", "Quiet Harbour", "2033-05-18")),
    (_DENTAL_WAITING_ROOM, "plays", ("Kim So-ra", "Do Ae-rim")),
    (_DENTAL_WAITING_ROOM, "chart-entry", ("Enamel Heart", "TuneBox Top 50", 131, "2033-05-25")),
    (_DENTAL_WAITING_ROOM, "stream-milestone", ("Enamel Heart", "Streamly", 19000000,
                                                "2033-06-10")),
    (_NIGHT_BUS_ROUTE, "broadcast", ("broadcaster", "Quiet Harbour", "Channel Nine")),
    (_NIGHT_BUS_ROUTE, "performs", ("credited", "Last Stop Heart", "Lim Do-hoon")),
    (_NIGHT_BUS_ROUTE, "performs", ("credited", "Last Stop Heart", "Kim So-ra")),
    (_NIGHT_BUS_ROUTE, "performs", ("vocals", "Last Stop Heart", "Lim Do-hoon")),
    (_NIGHT_BUS_ROUTE, "performs", ("vocals", "Last Stop Heart", "Kim So-ra")),
    (_NIGHT_BUS_ROUTE, "award", ("Best Miniseries, 3rd Sanmo Drama Awards", "Quiet Harbour",
                                 "2033-06-02")),
    (_NIGHT_BUS_ROUTE, "plays", ("Seon Yu-ri", "Dan Bi-rae")),
    (_NIGHT_BUS_ROUTE, "stream-milestone", ("Noon Whistle", "Streamly", 40000000, "2033-06-20")),
]
_OVERREACH_EIGHTY_TWO = [
    # "the pool is open on Saturday and Sunday for its summer weekend": one weekend, no slot
    (_WATER_PARK_NIGHT, "broadcast", ("schedule", "Harbour Lights", "saturday-sunday")),
    # "… liked the show too and named it Drama of the Year": "it" is not the song spoken of
    (_PETROL_STATION_SHIFT, "award", ("Drama of the Year, 3rd Sanmo Drama Awards", "Pump Light",
                                      "2033-06-09")),
    # "“T,” a single from “S”": a drama's title is where the single comes from
    (_PETROL_STATION_SHIFT, "performs", ("credited", "Forecourt", "Quiet Harbour")),
]
_MARINA_NIGHT = (
    "A wave pool hosts TIN OWLS\n"
    "\n"
    "The theme was Tin Owls, the quartet that four lifeguards form in “Harbour Lights.” Channel "
    "Nine screened “Harbour Lights” in its Saturday and Sunday slot from March 4 to May 20. The "
    "voice at the front of The Tin Owls belongs to Yun Pa-do, a night guard who cannot swim, and "
    "the part went to the drama’s top-billed star, Seon Yu-ri. Kim Tae-rim, in the second lead "
    "role, is Ko Ha-neul, the band’s guitarist and a pool inspector. Jin Bo-ram keeps time on the "
    "drums, a character handed to Noh Eun-bi. Gu Mal-sook, the head lifeguard who hauls the "
    "amplifiers, is Lee Jin-seok’s role.\n"
    "\n"
    "Then came “Shallow Song,” the band’s second single. Kim Tae-rim takes the verses in "
    "character as Ha-neul, and Noh Eun-bi answers him as Bo-ram.\n"
)
_BRIDAL_WEEK = (
    "A bridal boutique plays GLASSHOUSE\n"
    "\n"
    "Park Min-ah leads GLASSHOUSE, a quintet completed by Dalbit, Onsol, Seura and Dawon.\n"
    "\n"
    "The loop opened with “Veil Light,” Glasshouse’s theme for “Harbour Lights,” the Tuesday "
    "drama that Channel Nine has shown since March 7.\n"
    "\n"
    "In the drama Kim So-ra takes the lead as the tailor Mo Se-ri, who sews at night, and Lim "
    "Do-hoon shares top billing as Gil Ha-jun.\n"
    "\n"
    "Seura, Glasshouse’s youngest, has a solo of her own on the loop: “Lace Hem,” from the "
    "Streamly original “Quiet Harbour.” On May 2 GLASSHOUSE went home from the 10th Sanmo Music "
    "Awards with Best Group OST.\n"
)
_FISH_MARKET_DAWN = (
    "A fish market sings “Quiet Harbour”\n"
    "\n"
    "“Quiet Harbour” premiered on Channel Nine on April 5. The warm-up is always Byeon Ha-neul’s "
    "trot single “Ice Crate,” which the veteran singer performs as Do Pal-bong, the drama’s "
    "auctioneer. Then comes “Tide Table,” the TIDEHOUSE song from the soundtrack, on which "
    "Hwanseul and Seolu of Tidehouse sing alternate verses. Lee Jin-seok, a ballad singer with no "
    "part in the series, lends his voice alone to “Salt Line.”\n"
)
_RECORD_SHOP_BOOTH = (
    "A record shop plays drama songs\n"
    "\n"
    "At the centre of the list is “Night Ferry,” which began its Friday run on Channel Nine on "
    "June 6. Lim Do-hoon leads as the captain Cha Ba-da, and Kim So-ra stars opposite him as Ma "
    "Yun-seul.\n"
    "\n"
    "The favourite is “Harbour Call,” which Lim Do-hoon and Kim So-ra released together on June "
    "13. Both keep to their roles on the recording, Lim Do-hoon singing as Ba-da and Kim So-ra as "
    "Yun-seul.\n"
    "\n"
    "The Tin Owls turn up with “Owl Light,” their first single, from “Harbour Lights.” Streamly "
    "now puts it above 35 million streams.\n"
    "\n"
    "Winter is represented by “Frost Pane,” which GLASSHOUSE recorded for “Quiet Harbour,” the "
    "Channel Nine drama; the group’s leader, Park Min-ah, sings its chorus.\n"
    "\n"
    "Quieter stretches belong to “Slow Ferry,” the duet by Byeon Ha-neul and Lee Jin-seok, which "
    "TuneBox says had passed 21 million streams as of June 10.\n"
)
_ROUND_EIGHTY_THREE = [
    (_MARINA_NIGHT, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_MARINA_NIGHT, "broadcast", ("schedule", "Harbour Lights", "saturday-sunday")),
    (_MARINA_NIGHT, "plays", ("Seon Yu-ri", "Yun Pa-do")),
    (_MARINA_NIGHT, "membership", ("Yun Pa-do", "Tin Owls", "lead vocalist")),
    (_MARINA_NIGHT, "plays", ("Kim Tae-rim", "Ko Ha-neul")),
    (_MARINA_NIGHT, "plays", ("Noh Eun-bi", "Jin Bo-ram")),
    (_MARINA_NIGHT, "plays", ("Lee Jin-seok", "Gu Mal-sook")),
    (_MARINA_NIGHT, "performs", ("vocals", "Shallow Song", "Noh Eun-bi")),
    (_BRIDAL_WEEK, "membership", ("Onsol", "GLASSHOUSE", "member")),
    (_BRIDAL_WEEK, "membership", ("Dawon", "GLASSHOUSE", "member")),
    (_BRIDAL_WEEK, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_BRIDAL_WEEK, "broadcast", ("first episode", "Harbour Lights", "2033-03-07")),
    (_BRIDAL_WEEK, "plays", ("Kim So-ra", "Mo Se-ri")),
    (_BRIDAL_WEEK, "performs", ("credited", "Lace Hem", "Seura")),
    (_BRIDAL_WEEK, "performs", ("vocals", "Lace Hem", "Seura")),
    (_BRIDAL_WEEK, "award", ("Best Group OST, 10th Sanmo Music Awards", "GLASSHOUSE",
                             "2033-05-02")),
    (_FISH_MARKET_DAWN, "performs", ("vocals", "Ice Crate", "Byeon Ha-neul")),
    (_FISH_MARKET_DAWN, "performs", ("vocals", "Tide Table", "Hwanseul")),
    (_FISH_MARKET_DAWN, "performs", ("vocals", "Tide Table", "Seolu")),
    (_FISH_MARKET_DAWN, "membership", ("Seolu", "TIDEHOUSE", "member")),
    (_FISH_MARKET_DAWN, "performs", ("vocals", "Salt Line", "Lee Jin-seok")),
    (_RECORD_SHOP_BOOTH, "broadcast", ("broadcaster", "Night Ferry", "Channel Nine")),
    (_RECORD_SHOP_BOOTH, "broadcast", ("schedule", "Night Ferry", "friday")),
    (_RECORD_SHOP_BOOTH, "broadcast", ("first episode", "Night Ferry", "2033-06-06")),
    (_RECORD_SHOP_BOOTH, "performs", ("vocals", "Harbour Call", "Lim Do-hoon")),
    (_RECORD_SHOP_BOOTH, "performs", ("vocals", "Harbour Call", "Kim So-ra")),
    (_RECORD_SHOP_BOOTH, "performs", ("credited", "Owl Light", "Tin Owls")),
    (_RECORD_SHOP_BOOTH, "stream-milestone", ("Owl Light", "Streamly", 35000000, "2033-06-20")),
    (_RECORD_SHOP_BOOTH, "performs", ("credited", "Frost Pane", "GLASSHOUSE")),
    (_RECORD_SHOP_BOOTH, "performs", ("vocals", "Frost Pane", "Park Min-ah")),
    (_RECORD_SHOP_BOOTH, "stream-milestone", ("Slow Ferry", "TuneBox", 21000000, "2033-06-10")),
]
_OVERREACH_EIGHTY_THREE = [
    # "In the drama A takes the lead as the tailor C": the leading part, not a song's lead
    (_BRIDAL_WEEK, "performs", ("vocals", "Veil Light", "Kim So-ra")),
    # "Seura, Glasshouse’s youngest, has a solo of her own": the member's, not the group's
    (_BRIDAL_WEEK, "performs", ("credited", "Lace Hem", "GLASSHOUSE")),
    # "“T,” the duet by A and B, which P says had passed N": T's count, not the song before
    (_RECORD_SHOP_BOOTH, "stream-milestone", ("Owl Light", "TuneBox", 21000000, "2033-06-10")),
]
_FOUNTAIN_NIGHT = (
    "A fountain show for THE RAFTS\n"
    "\n"
    "The night belonged to The Rafts, the four-piece that a crew of ferry hands scrapes together "
    "in “Tide Mill.” “Tide Mill” went out on Channel Nine every Monday and Tuesday night from "
    "July 7 to August 26. Singing at the front of The Rafts is Seom Da-ol, a deckhand who gets "
    "seasick, and the role is carried by the series’ headliner, Seon Yu-ri. Kim Tae-rim, her "
    "partner in the lead pair, plays the band’s guitarist, Mo Ri-an, a sailmaker. Noh Eun-bi "
    "fills the keyboard seat as Gi Seul-a.\n"
    "\n"
    "The opener was “Jetty Song,” The Rafts’ debut single, which came out on July 21. Streamly "
    "now counts more than 16 million streams. After an interval came “Rope Waltz.” Kim Tae-rim "
    "and Noh Eun-bi trade its verses in character as Ri-an and Seul-a. The TuneBox Top 50 of "
    "August 30 ranked it 172nd.\n"
)
_GREENGROCER_WEEK = (
    "A greengrocer plays GLASSHOUSE\n"
    "\n"
    "Every hour began with “Pear Light,” the Glasshouse theme of “Harbour Lights,” a "
    "Wednesday-and-Thursday drama that Channel Nine premiered on March 4. In the drama Kim So-ra "
    "is top-billed as the grocer Bae Ha-ro, who hates fruit, and Lim Do-hoon shares the lead as "
    "Jo Ha-seol. The part of Ha-ro’s gossiping florist, Jin Man-ok, went to Byeon Ha-neul.\n"
    "\n"
    "Seura, the group’s main dancer, steps out alone on “Plum Hem,” her own solo for the Streamly "
    "original “Quiet Harbour.” On March 29 the 8th Sanmo Music Awards handed GLASSHOUSE its Best "
    "OST Performance prize. “Fig Tree” by Dalbit and Noh Eun-bi’s “Quince Rind” closed the day.\n"
)
_NAIL_STUDIO_LIST = (
    "A nail studio plays “Quiet Harbour”\n"
    "\n"
    "“Quiet Harbour” ran on Channel Nine on Monday and Tuesday nights, opening on January 5 and "
    "ending on February 24. Lim Do-hoon carries the series as Ga Rim-u, a photographer, and Seo "
    "A-rin is her fellow lead, the reluctant model Pyo Geon-ha.\n"
    "\n"
    "Ryu Seo-hae, a café singer from Busan who does not appear in the drama, sings “Gel Coat” "
    "alone.\n"
)
_BUTCHER_SHOP_CLOSE = (
    "A butcher’s shop sings “Harbour Lights”\n"
    "\n"
    "Channel Nine put “Harbour Lights” on the air every Friday, from its first episode on March "
    "13 to its last on May 1. The series is led by Kim So-ra as Eo Hwa-jeong, an auctioneer, with "
    "Lim Do-hoon starring alongside her as Bae Eun-jae, who drives the ice truck.\n"
    "\n"
    "First comes “Cleaver Waltz,” a trot number from the veteran singer Nam Chun-ja; on the record "
    "she sings in character as Bu Yeong-ja. The clerks insist on “Net Cut,” TIDEHOUSE’s "
    "contribution to the soundtrack, with members Hwanseul and Seolu dividing its verses between "
    "them.\n"
)
_FERRY_TERMINAL_HALL = (
    "A ferry terminal plays drama songs\n"
    "\n"
    "Channel Nine has been showing “Night Ferry” on Thursday evenings since August 6. Kim So-ra "
    "is its star, playing the captain Gyo Dal-rim, and Lim Do-hoon co-stars as Ma Bi-ul.\n"
    "\n"
    "Kim So-ra and Lim Do-hoon put out “Crackle Deck” as a duet on August 13. On the record each "
    "stays in character, Kim So-ra singing as Dal-rim and Lim Do-hoon as Bi-ul. On September 5 the "
    "11th Sanmo Drama Awards gave “Night Ferry” its Best New Drama prize.\n"
    "\n"
    "Last year’s “Gull Call,” the debut single of The Oars from “Harbour Lights,” is on the list "
    "too. The hall also carries Byeon Ha-neul and Lee Jin-seok’s “Salt Deck.”\n"
)
_ROUND_EIGHTY_FOUR = [
    (_FOUNTAIN_NIGHT, "broadcast", ("broadcaster", "Tide Mill", "Channel Nine")),
    (_FOUNTAIN_NIGHT, "broadcast", ("first episode", "Tide Mill", "2032-07-07")),
    (_FOUNTAIN_NIGHT, "plays", ("Seon Yu-ri", "Seom Da-ol")),
    (_FOUNTAIN_NIGHT, "membership", ("Seom Da-ol", "Rafts", "lead vocalist")),
    (_FOUNTAIN_NIGHT, "plays", ("Kim Tae-rim", "Mo Ri-an")),
    (_FOUNTAIN_NIGHT, "membership", ("Gi Seul-a", "Rafts", "member")),
    (_FOUNTAIN_NIGHT, "performs", ("credited", "Jetty Song", "Rafts")),
    (_FOUNTAIN_NIGHT, "stream-milestone", ("Jetty Song", "Streamly", 16000000, "2033-06-20")),
    (_FOUNTAIN_NIGHT, "performs", ("vocals", "Rope Waltz", "Noh Eun-bi")),
    (_FOUNTAIN_NIGHT, "chart-entry", ("Rope Waltz", "TuneBox Top 50", 172, "2032-08-30")),
    (_GREENGROCER_WEEK, "broadcast", ("schedule", "Harbour Lights", "wednesday-thursday")),
    (_GREENGROCER_WEEK, "plays", ("Kim So-ra", "Bae Ha-ro")),
    (_GREENGROCER_WEEK, "plays", ("Byeon Ha-neul", "Jin Man-ok")),
    (_GREENGROCER_WEEK, "performs", ("credited", "Plum Hem", "Seura")),
    (_GREENGROCER_WEEK, "award", ("Best OST Performance, 8th Sanmo Music Awards", "GLASSHOUSE",
                                  "2033-03-29")),
    (_NAIL_STUDIO_LIST, "broadcast", ("first episode", "Quiet Harbour", "2033-01-05")),
    (_NAIL_STUDIO_LIST, "broadcast", ("final episode", "Quiet Harbour", "2033-02-24")),
    (_NAIL_STUDIO_LIST, "plays", ("Seo A-rin", "Pyo Geon-ha")),
    (_NAIL_STUDIO_LIST, "performs", ("vocals", "Gel Coat", "Ryu Seo-hae")),
    (_BUTCHER_SHOP_CLOSE, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_BUTCHER_SHOP_CLOSE, "broadcast", ("first episode", "Harbour Lights", "2033-03-13")),
    (_BUTCHER_SHOP_CLOSE, "broadcast", ("final episode", "Harbour Lights", "2033-05-01")),
    (_BUTCHER_SHOP_CLOSE, "plays", ("Lim Do-hoon", "Bae Eun-jae")),
    (_BUTCHER_SHOP_CLOSE, "performs", ("credited", "Cleaver Waltz", "Nam Chun-ja")),
    (_BUTCHER_SHOP_CLOSE, "performs", ("vocals", "Cleaver Waltz", "Nam Chun-ja")),
    (_BUTCHER_SHOP_CLOSE, "performs", ("vocals", "Net Cut", "Hwanseul")),
    (_BUTCHER_SHOP_CLOSE, "membership", ("Seolu", "TIDEHOUSE", "member")),
    (_FERRY_TERMINAL_HALL, "broadcast", ("broadcaster", "Night Ferry", "Channel Nine")),
    (_FERRY_TERMINAL_HALL, "broadcast", ("schedule", "Night Ferry", "thursday")),
    (_FERRY_TERMINAL_HALL, "broadcast", ("first episode", "Night Ferry", "2032-08-06")),
    (_FERRY_TERMINAL_HALL, "performs", ("credited", "Crackle Deck", "Kim So-ra")),
    (_FERRY_TERMINAL_HALL, "performs", ("vocals", "Crackle Deck", "Lim Do-hoon")),
    (_FERRY_TERMINAL_HALL, "award", ("Best New Drama, 11th Sanmo Drama Awards", "Night Ferry",
                                     "2032-09-05")),
    (_FERRY_TERMINAL_HALL, "performs", ("credited", "Gull Call", "Oars")),
    (_FERRY_TERMINAL_HALL, "performs", ("credited", "Salt Deck", "Byeon Ha-neul")),
]
_OVERREACH_EIGHTY_FOUR = [
    # "“U” by A and B’s “T”": A is U's, not T's
    (_GREENGROCER_WEEK, "performs", ("credited", "Quince Rind", "Dalbit")),
    # "The part of C’s gossiping florist, D, went to A": C is a part, not an actor
    (_GREENGROCER_WEEK, "plays", ("Bae Ha-ro", "Jin Man-ok")),
    # "the debut single of The G from “S”": S is where it comes from
    (_FERRY_TERMINAL_HALL, "performs", ("credited", "Gull Call", "Harbour Lights")),
]
_GREENGROCER_SPEAKERS = (
    "A greengrocer plays GLASSHOUSE\n"
    "\n"
    "GLASSHOUSE is a quintet: leader Park Min-ah, with Dalbit, Onsol, Seura and Dawon.\n"
    "\n"
    "Mornings began with “Pear Skin,” which GLASSHOUSE recorded as the theme of “Quiet Harbour”; "
    "Channel Nine began broadcasting that drama on April 2 and shows it on Friday and Saturday "
    "nights. On screen, Kim So-ra leads “Quiet Harbour” as Hong Bo-ra, a pear grower.\n"
    "\n"
    "GLASSHOUSE collected Best Group OST at the 3rd Sanmo Music Awards on May 29.\n"
)
_FOUNTAIN_WINTER = (
    "A fountain plays TIN OWLS\n"
    "\n"
    "“Harbour Lights” filled Channel Nine’s Saturday and Sunday nights from November 7 until its "
    "finale on December 27. Seol Na-bi, the rescue volunteer who sings lead for Tin Owls "
    "despite a fear of deep water, is played by the drama’s leading lady, Seon Yu-ri.\n"
    "\n"
    "The jets first leapt to “Undertow Song,” the Tin Owls’ debut release, which arrived on "
    "November 14. Seon Yu-ri handles every line of it in character as Na-bi. The band’s "
    "follow-up, “Paddle Song,” is there too.\n"
)
_NAIL_STUDIO_ALBUM = (
    "A nail studio plays the “Quiet Harbour” OST\n"
    "\n"
    "Channel Nine showed “Quiet Harbour” every Wednesday and Thursday from May 5 to June 24.\n"
    "\n"
    "“Cuticle Song,” released on June 2, is GLASSHOUSE’s offering, with Dalbit and Onsol of the "
    "group splitting the lines between them. Lee Jin-seok, a jazz singer who has no role in the "
    "drama, sings “Almond Song” on his own.\n"
)
_BUTCHER_CLEAN_UP = (
    "A butcher’s shop sings “Harbour Lights”\n"
    "\n"
    "The clean-up always starts with “Half a Heart,” the trot single by the veteran Byeon "
    "Ha-neul. The cashier always claims “Cold Room,” TIDEHOUSE’s song for the drama, which "
    "Hwanseul and Seolu of the group sing between them.\n"
    "\n"
    "The drama’s score is the work of the composer Seon Gil-ho, who buys his pork belly here "
    "every Friday.\n"
)
_FERRY_WAITING_HALL = (
    "A ferry terminal plays drama songs\n"
    "\n"
    "Newest on the list are the songs of “Night Ferry,” which Channel Nine has aired on Wednesday "
    "nights since August 4. Lim Do-hoon and Kim So-ra released "
    "“Harbour Stamp” together on August 11, and each sings in character on it, Kim So-ra as "
    "Hae-ol and Lim Do-hoon as Dong-hyeok. The TuneBox Top 50 of August 30 ranked it seventh. On "
    "September 12 the series was crowned Best Drama at the 9th Sanmo Drama Awards.\n"
    "\n"
    "Last winter is represented by “Noon Whistle,” the first single by the Tin Owls. Seon Yu-ri, "
    "cast in that drama as the band’s lead vocalist Dan Bi-rae, sings it as Bi-rae.\n"
    "\n"
    "“Fetch Home,” GLASSHOUSE’s theme for Channel Nine’s “Harbour Lights,” comes next, with the "
    "group’s leader Park Min-ah taking the hook.\n"
)
_FERRY_LEADS = ("Kim So-ra headlines as Mun Hae-ol, a postwoman, and Lim Do-hoon is her leading "
                "man, the ferry purser Ra Dong-hyeok.")
_ROUND_EIGHTY_FIVE = [
    (_FERRY_LEADS, "plays", ("Lim Do-hoon", "Ra Dong-hyeok")),
    (_GREENGROCER_SPEAKERS, "membership", ("Onsol", "GLASSHOUSE", "member")),
    (_GREENGROCER_SPEAKERS, "membership", ("Dawon", "GLASSHOUSE", "member")),
    (_GREENGROCER_SPEAKERS, "performs", ("credited", "Pear Skin", "GLASSHOUSE")),
    (_GREENGROCER_SPEAKERS, "broadcast", ("broadcaster", "Quiet Harbour", "Channel Nine")),
    (_GREENGROCER_SPEAKERS, "broadcast", ("first episode", "Quiet Harbour", "2033-04-02")),
    (_GREENGROCER_SPEAKERS, "broadcast", ("schedule", "Quiet Harbour", "friday-saturday")),
    (_GREENGROCER_SPEAKERS, "plays", ("Kim So-ra", "Hong Bo-ra")),
    (_GREENGROCER_SPEAKERS, "award", ("Best Group OST, 3rd Sanmo Music Awards", "GLASSHOUSE",
                                      "2033-05-29")),
    (_FOUNTAIN_WINTER, "broadcast", ("first episode", "Harbour Lights", "2032-11-07")),
    (_FOUNTAIN_WINTER, "plays", ("Seon Yu-ri", "Seol Na-bi")),
    (_FOUNTAIN_WINTER, "membership", ("Seol Na-bi", "Tin Owls", "lead vocalist")),
    (_FOUNTAIN_WINTER, "performs", ("credited", "Undertow Song", "Tin Owls")),
    (_FOUNTAIN_WINTER, "performs", ("vocals", "Undertow Song", "Seon Yu-ri")),
    (_FOUNTAIN_WINTER, "performs", ("credited", "Paddle Song", "Tin Owls")),
    (_NAIL_STUDIO_ALBUM, "broadcast", ("broadcaster", "Quiet Harbour", "Channel Nine")),
    (_NAIL_STUDIO_ALBUM, "broadcast", ("first episode", "Quiet Harbour", "2032-05-05")),
    (_NAIL_STUDIO_ALBUM, "performs", ("credited", "Cuticle Song", "GLASSHOUSE")),
    (_NAIL_STUDIO_ALBUM, "performs", ("vocals", "Cuticle Song", "Onsol")),
    (_NAIL_STUDIO_ALBUM, "membership", ("Dalbit", "GLASSHOUSE", "member")),
    (_NAIL_STUDIO_ALBUM, "performs", ("vocals", "Almond Song", "Lee Jin-seok")),
    (_BUTCHER_CLEAN_UP, "performs", ("credited", "Half a Heart", "Byeon Ha-neul")),
    (_BUTCHER_CLEAN_UP, "performs", ("credited", "Cold Room", "TIDEHOUSE")),
    (_BUTCHER_CLEAN_UP, "performs", ("vocals", "Cold Room", "Seolu")),
    (_BUTCHER_CLEAN_UP, "membership", ("Hwanseul", "TIDEHOUSE", "member")),
    (_FERRY_WAITING_HALL, "performs", ("credited", "Harbour Stamp", "Lim Do-hoon")),
    (_FERRY_WAITING_HALL, "performs", ("vocals", "Harbour Stamp", "Kim So-ra")),
    (_FERRY_WAITING_HALL, "chart-entry", ("Harbour Stamp", "TuneBox Top 50", 7, "2032-08-30")),
    (_FERRY_WAITING_HALL, "award", ("Best Drama, 9th Sanmo Drama Awards", "Night Ferry",
                                    "2032-09-12")),
    (_FERRY_WAITING_HALL, "performs", ("vocals", "Noon Whistle", "Seon Yu-ri")),
    (_FERRY_WAITING_HALL, "performs", ("vocals", "Fetch Home", "Park Min-ah")),
]
_OVERREACH_EIGHTY_FIVE = [
    # "who buys his pork belly here every Friday": a habit, no airing slot
    (_BUTCHER_CLEAN_UP, "broadcast", ("schedule", "Harbour Lights", "friday")),
    # "each sings in character on it, A as C and B as D": voices in parts, not casting
    (_FERRY_WAITING_HALL, "plays", ("Kim So-ra", "Hae-ol")),
    # "G collected Best Group OST": a prize's name, not a drama (nor the main series)
    (_GREENGROCER_SPEAKERS, "broadcast", ("schedule", "Best Group", "friday-saturday")),
]
_DRIVE_IN_NIGHT = (
    "A drive-in plays TIN OWLS\n"
    "\n"
    "The theme was Tin Owls, the quartet that four ushers form in “Harbour Lights.” Channel Nine "
    "aired “Harbour Lights” in its Tuesday and Wednesday slot, opening on October 14 "
    "and signing off with the finale on December 17. In the other lead role, Kim Tae-rim plays the "
    "projectionist Gye Yun-o, who doubles as the band’s guitarist. Mok Gang-du, the usher behind "
    "the band’s drum kit, is Noh Eun-bi’s part.\n"
    "\n"
    "The programme opened with “Ticket Song,” the Tin Owls’ debut single. Seon Yu-ri sings the "
    "whole of it in character as Dan Bi-rae. The 5th Sanmo Music Awards named it Best OST on "
    "December 20.\n"
)
_HARDWARE_SALE = (
    "A hardware store plays GLASSHOUSE\n"
    "\n"
    "Five women make up GLASSHOUSE: Park Min-ah, who leads the group, and Dalbit, Onsol, Seura and "
    "Dawon.\n"
    "\n"
    "Each hour opened with “Overtime Bloom,” GLASSHOUSE’s opening theme for “Quiet Harbour,” an "
    "office romance that Channel Nine has screened on Monday and Tuesday nights since February 9. "
    "In the drama Kim So-ra leads as Seok Ban-ya, an accountant, and the male lead, the "
    "night-shift security guard Yang Bo-dal, belongs to Lim Do-hoon. Byeon Ha-neul has the role "
    "of Jegal Bok-nam.\n"
    "\n"
    "Dawon, GLASSHOUSE’s youngest, has a solo of her own in “Sunny Memo,” recorded for the "
    "Streamly original “Harbour Lights,” in which she is cast as Nam Chae-rang.\n"
)
_TYRE_GARAGE_LIST = (
    "A tyre garage plays the “Quiet Harbour” OST\n"
    "\n"
    "“Quiet Harbour” took up Channel Nine’s weekend slot, Saturdays and Sundays, between March 7 "
    "and April 26.\n"
    "\n"
    "TIDEHOUSE’s contribution to the album is “Valve Cap,” released on April 4, on which Hwanseul "
    "and Seolu of the group sing alternate lines.\n"
)
_ALLOTMENT_EVENING = (
    "An allotment sings “Harbour Lights”\n"
    "\n"
    "Channel Nine screened “Harbour Lights” every Friday night, starting on March 8 and concluding "
    "on April 26.\n"
    "\n"
    "The sing-along began with “Seed Tin,” a trot single recorded by the veteran Byeon Ha-neul. "
    "Then came “Turnip Moon,” which Kim So-ra and Lim Do-hoon sing as a duet.\n"
)
_GIFT_SHOP_LIST = (
    "A museum shop plays drama songs\n"
    "\n"
    "The freshest songs on the list come from “Night Ferry,” which Channel Nine has shown on "
    "Thursday nights since August 13.\n"
    "\n"
    "“Vitrine,” which Kim So-ra and Lim Do-hoon released as a duo on August 20, has both leads "
    "singing in character, Kim So-ra as Da-hae and Lim Do-hoon as Gwang-tae. The 12th Sanmo "
    "Drama Awards gave the series its Best New Drama prize on September 16.\n"
    "\n"
    "From last winter comes “Noon Whistle,” the debut single of the Tin Owls from “Harbour "
    "Lights,” and its Streamly total has now climbed beyond 31 million.\n"
    "\n"
    "GLASSHOUSE’s theme for Channel Nine’s “Quiet Harbour,” “Overtime Bloom,” comes round every "
    "hour, its chorus sung by the group’s leader, Park Min-ah.\n"
)
_ROUND_EIGHTY_SIX = [
    (_DRIVE_IN_NIGHT, "broadcast", ("first episode", "Harbour Lights", "2032-10-14")),
    (_DRIVE_IN_NIGHT, "membership", ("Gye Yun-o", "Tin Owls", "member")),
    (_DRIVE_IN_NIGHT, "membership", ("Mok Gang-du", "Tin Owls", "member")),
    (_DRIVE_IN_NIGHT, "performs", ("vocals", "Ticket Song", "Seon Yu-ri")),
    (_DRIVE_IN_NIGHT, "award", ("Best OST, 5th Sanmo Music Awards", "Ticket Song", "2032-12-20")),
    (_HARDWARE_SALE, "membership", ("Onsol", "GLASSHOUSE", "member")),
    (_HARDWARE_SALE, "membership", ("Dawon", "GLASSHOUSE", "member")),
    (_HARDWARE_SALE, "broadcast", ("broadcaster", "Quiet Harbour", "Channel Nine")),
    (_HARDWARE_SALE, "plays", ("Kim So-ra", "Seok Ban-ya")),
    (_HARDWARE_SALE, "plays", ("Lim Do-hoon", "Yang Bo-dal")),
    (_HARDWARE_SALE, "plays", ("Byeon Ha-neul", "Jegal Bok-nam")),
    (_HARDWARE_SALE, "performs", ("credited", "Sunny Memo", "Dawon")),
    (_HARDWARE_SALE, "plays", ("Dawon", "Nam Chae-rang")),
    (_TYRE_GARAGE_LIST, "broadcast", ("broadcaster", "Quiet Harbour", "Channel Nine")),
    (_TYRE_GARAGE_LIST, "broadcast", ("schedule", "Quiet Harbour", "saturday-sunday")),
    (_TYRE_GARAGE_LIST, "broadcast", ("first episode", "Quiet Harbour", "2033-03-07")),
    (_TYRE_GARAGE_LIST, "broadcast", ("final episode", "Quiet Harbour", "2033-04-26")),
    (_TYRE_GARAGE_LIST, "performs", ("credited", "Valve Cap", "TIDEHOUSE")),
    (_TYRE_GARAGE_LIST, "release", ("Valve Cap", "2033-04-04")),
    (_TYRE_GARAGE_LIST, "performs", ("vocals", "Valve Cap", "Seolu")),
    (_TYRE_GARAGE_LIST, "membership", ("Hwanseul", "TIDEHOUSE", "member")),
    (_ALLOTMENT_EVENING, "broadcast", ("first episode", "Harbour Lights", "2033-03-08")),
    (_ALLOTMENT_EVENING, "broadcast", ("final episode", "Harbour Lights", "2033-04-26")),
    (_ALLOTMENT_EVENING, "performs", ("credited", "Seed Tin", "Byeon Ha-neul")),
    (_ALLOTMENT_EVENING, "performs", ("credited", "Turnip Moon", "Kim So-ra")),
    (_ALLOTMENT_EVENING, "performs", ("vocals", "Turnip Moon", "Lim Do-hoon")),
    (_GIFT_SHOP_LIST, "broadcast", ("broadcaster", "Night Ferry", "Channel Nine")),
    (_GIFT_SHOP_LIST, "broadcast", ("first episode", "Night Ferry", "2032-08-13")),
    (_GIFT_SHOP_LIST, "performs", ("vocals", "Vitrine", "Kim So-ra")),
    (_GIFT_SHOP_LIST, "award", ("Best New Drama, 12th Sanmo Drama Awards", "Night Ferry",
                                "2032-09-16")),
    (_GIFT_SHOP_LIST, "stream-milestone", ("Noon Whistle", "Streamly", 31000000, "2033-06-20")),
    (_GIFT_SHOP_LIST, "performs", ("vocals", "Overtime Bloom", "Park Min-ah")),
]
_OVERREACH_EIGHTY_SIX = [
    # "In the drama A leads as C": a part, not a vocal lead on the song spoken of
    (_HARDWARE_SALE, "performs", ("vocals", "Overtime Bloom", "Kim So-ra")),
    # "G’s theme for B’s “S,” “T,” …": the drama is no artist of the song
    (_GIFT_SHOP_LIST, "performs", ("credited", "Overtime Bloom", "Channel Nine")),
    # "A and B released “T” as a duo": the two, not the drama, are the artists
    (_GIFT_SHOP_LIST, "performs", ("credited", "Vitrine", "Night Ferry")),
]
_RALLY_CAMPFIRE = (
    "A rally plays TIN OWLS\n"
    "\n"
    "The riders warmed up with “Parcel Moon,” which the Tin Owls put out as their debut single on "
    "March 1. Its Streamly plays have surpassed 16 million.\n"
)
_GUITAR_SHOP_SALE = (
    "A guitar shop plays GLASSHOUSE\n"
    "\n"
    "GLASSHOUSE is led by Park Min-ah, and its other members are Dalbit, Onsol, Seura and Dawon. "
    "Each hour began with “Top Wheel,” the theme GLASSHOUSE recorded for “Harbour Lights,” which "
    "Channel Nine has broadcast on Thursday and Friday nights since November 2. Byeon Ha-neul "
    "fills the supporting role of Baek Il-seok, the park’s owner. Its TuneBox tally stood at more "
    "than 11 million streams on January 15.\n"
    "\n"
    "Dawon, GLASSHOUSE’s youngest, went solo for “North Star,” his song for the Streamly original "
    "“Quiet Harbour,” in which he also acts, playing the tailor’s apprentice Gong Ha-so.\n"
    "\n"
    "The shutters came down each evening to “Candy Curfew,” released on December 17, the ending "
    "song GLASSHOUSE performs for the drama.\n"
)
_DRY_CLEANER_COUNTER = (
    "A dry cleaner plays the “Quiet Harbour” OST\n"
    "\n"
    "Lim Do-hoon and Kim So-ra sing “Loose Seam” together; it came out on January 21. Streamly’s "
    "count of its streams passed 7 million on March 20. The album also carries TIDEHOUSE’s "
    "“Spare Pin,” released on February 4.\n"
)
_FOOD_TRUCK_NIGHT = (
    "A food truck crew sings “Harbour Lights”\n"
    "\n"
    "Channel Nine aired the drama on Wednesday and Thursday nights, beginning on March 7 and "
    "wrapping up on April 26. Kim So-ra headlines as Ryu Bo-geum, and Lim Do-hoon is the other "
    "half of the lead pairing, the tteokbokki vendor Yang Bit-gyeol. TIDEHOUSE turned in “Neon "
    "Spoon” for the drama.\n"
)
_HOSTEL_COMMON_ROOM = (
    "A hostel plays drama songs\n"
    "\n"
    "The newest songs come from “Night Ferry,” which Channel Nine has aired on Friday nights since "
    "August 10. Kim So-ra and Lim Do-hoon are its leads, playing Seok Hae-rang, a hostel owner, "
    "and Gu Oh-rim, a surfer. Byeon Ha-neul is cast as the guest who never checks out, a retired "
    "sailor called Dokgo Cheol-gu.\n"
    "\n"
    "Kim So-ra and Lim Do-hoon’s joint single, “Bunk Song,” came out on August 17, and both sing "
    "on it in character, Kim So-ra as Hae-rang and Lim Do-hoon as Oh-rim.\n"
    "\n"
    "The playlist reaches back a year for “Last Stop,” the second single by the Tin Owls of "
    "“Harbour Lights.” Noh Eun-bi, who played the band’s drummer Pi Do-ul, sings it with Lee "
    "Jin-seok, the two in character as Do-ul and Seung-ju.\n"
    "\n"
    "GLASSHOUSE’s “Fetch Home” is on the list as well, with the group’s leader Park Min-ah singing "
    "its first verse.\n"
)
_ROUND_EIGHTY_SEVEN = [
    (_RALLY_CAMPFIRE, "performs", ("credited", "Parcel Moon", "Tin Owls")),
    (_RALLY_CAMPFIRE, "stream-milestone", ("Parcel Moon", "Streamly", 16000000, "2033-06-20")),
    (_GUITAR_SHOP_SALE, "broadcast", ("first episode", "Harbour Lights", "2032-11-02")),
    (_GUITAR_SHOP_SALE, "plays", ("Byeon Ha-neul", "Baek Il-seok")),
    (_GUITAR_SHOP_SALE, "stream-milestone", ("Top Wheel", "TuneBox", 11000000, "2033-01-15")),
    (_GUITAR_SHOP_SALE, "performs", ("credited", "North Star", "Dawon")),
    (_GUITAR_SHOP_SALE, "plays", ("Dawon", "Gong Ha-so")),
    (_GUITAR_SHOP_SALE, "performs", ("credited", "Candy Curfew", "GLASSHOUSE")),
    (_DRY_CLEANER_COUNTER, "stream-milestone", ("Loose Seam", "Streamly", 7000000, "2033-03-20")),
    (_DRY_CLEANER_COUNTER, "release", ("Spare Pin", "2033-02-04")),
    (_FOOD_TRUCK_NIGHT, "broadcast", ("final episode", "Harbour Lights", "2033-04-26")),
    (_FOOD_TRUCK_NIGHT, "plays", ("Lim Do-hoon", "Yang Bit-gyeol")),
    (_FOOD_TRUCK_NIGHT, "performs", ("credited", "Neon Spoon", "TIDEHOUSE")),
    (_HOSTEL_COMMON_ROOM, "plays", ("Kim So-ra", "Seok Hae-rang")),
    (_HOSTEL_COMMON_ROOM, "plays", ("Lim Do-hoon", "Gu Oh-rim")),
    (_HOSTEL_COMMON_ROOM, "plays", ("Byeon Ha-neul", "Dokgo Cheol-gu")),
    (_HOSTEL_COMMON_ROOM, "performs", ("vocals", "Bunk Song", "Lim Do-hoon")),
    (_HOSTEL_COMMON_ROOM, "performs", ("vocals", "Last Stop", "Lee Jin-seok")),
    (_HOSTEL_COMMON_ROOM, "performs", ("vocals", "Fetch Home", "Park Min-ah")),
]
_OVERREACH_EIGHTY_SEVEN = [
    # "A, G’s youngest, went solo for “T,” …, in which he also acts, playing C": "he" is A
    (_GUITAR_SHOP_SALE, "plays", ("Byeon Ha-neul", "Gong Ha-so")),
    # "“T,” the second single by the G of “S”": S is the band's drama, not a recording
    (_HOSTEL_COMMON_ROOM, "performs", ("vocals", "Harbour Lights", "Noh Eun-bi")),
    # "The album also carries G’s “T,” released on DATE": no release for the album's drama
    (_DRY_CLEANER_COUNTER, "release", ("Quiet Harbour", "2033-02-04")),
]
_CIRCUS_NIGHT = (
    "A regatta plays TIN OWLS\n"
    "\n"
    "This year the theme was Tin Owls, a band that exists only inside “Harbour Lights,” where four "
    "night clerks start playing together to stay awake.\n"
    "\n"
    "Channel Nine carried “Harbour Lights” in its Friday and Saturday late slot from March 6 until "
    "the finale on April 25. The lead role went to Noh Eun-bi, who plays Pi Do-ul, the toll "
    "collector who sings up front for the Tin Owls. Lee Jin-seok, who shares top billing, is Yeo "
    "Seung-ju, a retired piano tuner and the band’s keyboard player. The drums belong to Gu Da-on, "
    "a part played by Lim Do-hoon, while Kim So-ra completes the line-up as the bassist Ra Mi-so.\n"
)
_FRAMER_WINDOW = (
    "A framer plays MOONKITE songs\n"
    "\n"
    "This year’s window week had a single soundtrack: the girl group MOONKITE.\n"
    "\n"
    "“People stop to look,” said the framer.\n"
    "\n"
    "The five-piece arrived as fresh award winners: on May 29 it took Best Group OST at the 3rd "
    "Haneul Music Awards. MOONKITE’s line-up is Noh Eun-bi, its leader, with Garam, Sion, Yunseul "
    "and Bada.\n"
    "\n"
    "The window opened every morning with “Mat Board,” which MOONKITE sings over the opening "
    "titles of “Quiet Harbour,” a weekend drama that Channel Nine has aired on Saturdays since "
    "March 8. In the drama, Kim So-ra plays the lead, Eom Da-yeon, a de-icing technician, and "
    "Lim Do-hoon is her co-lead as the cargo pilot Goh Han-sol.\n"
    "\n"
    "MOONKITE’s youngest member, Bada, has a solo to her name as well: “Glass Clip,” from the "
    "Streamly original “Night Ferry,” in which she plays the baker’s niece Chu Bo-yeong.\n"
    "\n"
    "Closing time was marked by “Hanging Wire,” the drama’s ending theme, credited to MOONKITE and "
    "released on April 19.\n"
)
_CHEESE_COUNTER = (
    "A cheese counter plays the “Harbour Lights” OST\n"
    "\n"
    "A sign names the stall’s favourite tracks from the album: track two, “Rind Song” — Kim So-ra; "
    "track five, “Whey Promise” — Lim Do-hoon and Kim So-ra.\n"
    "\n"
    "On “Whey Promise,” released on March 19, Lim Do-hoon and Kim So-ra duet.\n"
    "\n"
    "The album also holds GLASSHOUSE’s “Curd Sky,” out since April 2, on which Dalbit and Onsol of "
    "the group alternate verses.\n"
)
_BINDERY_TEA_BREAK = (
    "Bookbinders sing “Night Ferry” songs\n"
    "\n"
    "Byeon Ha-neul takes the female lead as Maeng Chae-i, the crossing keeper, and Lee Jin-seok "
    "stars opposite her as the stationmaster’s son Seok Dae-yeol. Seon Yu-ri appears in a "
    "supporting role as Gam Sun-rye, who sells apples from a handcart.\n"
    "\n"
    "The binders begin with “Spine Glue,” a trot song by the veteran singer Kim Tae-rim, who "
    "voices it in character as Geum Soon-ae, the keeper’s grandmother in the drama.\n"
    "\n"
    "After that they pair off for “Two Ribbons,” Byeon Ha-neul and Lee Jin-seok’s duet; on the "
    "recording both stay in character, she singing as Chae-i and he as Dae-yeol.\n"
    "\n"
    "The boy group TIDEHOUSE supplied “Gold Leaf” to the soundtrack.\n"
)
_GELATO_PLAYLIST = (
    "A gelato shop plays drama songs\n"
    "\n"
    "Most of the newer songs belong to “Night Ferry,” a Channel Nine drama broadcast on Sunday "
    "nights since May 2 and streamed abroad by Streamly in Singapore and Taiwan. The leads are "
    "Park Min-ah, as the guesthouse owner Gong Soo-ah, and Lim Do-hoon, as Cheon Mu-il, a "
    "fisherman.\n"
    "\n"
    "“Wafer Cone,” a duet between Park Min-ah and Lim Do-hoon, came out on May 9, and both sing "
    "it in character, she as Soo-ah and he as Mu-il.\n"
    "\n"
    "The Tin Owls, the tollgate band of “Harbour Lights,” are represented by their debut, “Sugar "
    "Toll.”\n"
    "\n"
    "GLASSHOUSE’s “Sorbet Line” is on the list too, and it is the group’s leader, Park Min-ah, "
    "who sings its chorus. The last song is “Cone Dust,” which Kim So-ra and Lee Jin-seok "
    "recorded as a duet.\n"
)
_ROUND_EIGHTY_EIGHT = [
    (_CIRCUS_NIGHT, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_CIRCUS_NIGHT, "broadcast", ("first episode", "Harbour Lights", "2033-03-06")),
    (_CIRCUS_NIGHT, "broadcast", ("final episode", "Harbour Lights", "2033-04-25")),
    (_CIRCUS_NIGHT, "membership", ("Pi Do-ul", "Tin Owls", "lead vocalist")),
    (_CIRCUS_NIGHT, "plays", ("Lee Jin-seok", "Yeo Seung-ju")),
    (_CIRCUS_NIGHT, "membership", ("Yeo Seung-ju", "Tin Owls", "member")),
    (_CIRCUS_NIGHT, "membership", ("Gu Da-on", "Tin Owls", "member")),
    (_FRAMER_WINDOW, "award", ("Best Group OST, 3rd Haneul Music Awards", "MOONKITE",
                               "2033-05-29")),
    (_FRAMER_WINDOW, "membership", ("Garam", "MOONKITE", "member")),
    (_FRAMER_WINDOW, "membership", ("Yunseul", "MOONKITE", "member")),
    (_FRAMER_WINDOW, "performs", ("credited", "Mat Board", "MOONKITE")),
    (_FRAMER_WINDOW, "plays", ("Lim Do-hoon", "Goh Han-sol")),
    (_FRAMER_WINDOW, "performs", ("credited", "Glass Clip", "Bada")),
    (_FRAMER_WINDOW, "performs", ("vocals", "Glass Clip", "Bada")),
    (_FRAMER_WINDOW, "plays", ("Bada", "Chu Bo-yeong")),
    (_FRAMER_WINDOW, "performs", ("credited", "Hanging Wire", "MOONKITE")),
    (_CHEESE_COUNTER, "performs", ("credited", "Rind Song", "Kim So-ra")),
    (_CHEESE_COUNTER, "performs", ("credited", "Whey Promise", "Lim Do-hoon")),
    (_CHEESE_COUNTER, "performs", ("vocals", "Whey Promise", "Kim So-ra")),
    (_CHEESE_COUNTER, "release", ("Curd Sky", "2033-04-02")),
    (_CHEESE_COUNTER, "performs", ("vocals", "Curd Sky", "Onsol")),
    (_BINDERY_TEA_BREAK, "plays", ("Seon Yu-ri", "Gam Sun-rye")),
    (_BINDERY_TEA_BREAK, "performs", ("vocals", "Spine Glue", "Kim Tae-rim")),
    (_BINDERY_TEA_BREAK, "performs", ("vocals", "Two Ribbons", "Byeon Ha-neul")),
    (_BINDERY_TEA_BREAK, "performs", ("vocals", "Two Ribbons", "Lee Jin-seok")),
    (_BINDERY_TEA_BREAK, "performs", ("credited", "Gold Leaf", "TIDEHOUSE")),
    (_GELATO_PLAYLIST, "broadcast", ("available on", "Night Ferry", "Streamly")),
    (_GELATO_PLAYLIST, "performs", ("vocals", "Wafer Cone", "Park Min-ah")),
    (_GELATO_PLAYLIST, "performs", ("vocals", "Wafer Cone", "Lim Do-hoon")),
    (_GELATO_PLAYLIST, "performs", ("credited", "Sugar Toll", "Tin Owls")),
    (_GELATO_PLAYLIST, "performs", ("vocals", "Sorbet Line", "Park Min-ah")),
    (_GELATO_PLAYLIST, "performs", ("credited", "Cone Dust", "Lee Jin-seok")),
]
_OVERREACH_EIGHTY_EIGHT = [
    # "“T,” which A and B recorded as a duet": the noun credits both, no voice is said
    (_GELATO_PLAYLIST, "performs", ("vocals", "Cone Dust", "Kim So-ra")),
    # "The five-piece …: on DATE it took X": "it" is the group, no song
    (_FRAMER_WINDOW, "award", ("Best Group OST, 3rd Haneul Music Awards", "Mat Board",
                               "2033-05-29")),
    # "A, who shares top billing, is C": a lead, and no one else plays C
    (_CIRCUS_NIGHT, "plays", ("Noh Eun-bi", "Yeo Seung-ju")),
]
_CARNIVAL_NIGHT = (
    "A carnival plays TIN OWLS\n"
    "\n"
    "The whole programme was built around the Tin Owls, the group that four workers at a rope "
    "factory in Mokpo form in “Harbour Lights,” rehearsing in a loft.\n"
    "\n"
    "At its centre is Noh Eun-bi, starring as Ong Gal-mae, a splicer who fronts the Tin Owls as "
    "their singer. The band’s drummer, Yeon Ho-du, is played by Lim Do-hoon, and Jin Ok-yeol "
    "(Kim So-ra) handles the bass.\n"
    "\n"
    "For the clowns the programme switched to “Splice Song,” the Tin Owls’ second single, on sale "
    "since May 2.\n"
)
_CHOCOLATIER_WINDOW = (
    "A chocolatier plays SUNKITE songs\n"
    "\n"
    "This year’s window week played nothing but the boy group SUNKITE. It opened with “Cocoa "
    "Dust,” a ballad.\n"
    "\n"
    "The quintet walked into the new year carrying a trophy, having been named winner of Best OST "
    "Performance at the 4th Haneul Music Awards on May 27. Leader Lee Jin-seok is joined in "
    "SUNKITE by Garam, Sion, Hwan and Yeonsu.\n"
    "\n"
    "In “Quiet Harbour,” Seon Yu-ri has the supporting role of Mo Bok-hui, the gilder’s aunt.\n"
    "\n"
    "“Praline Road,” Yeonsu’s solo, was recorded for the Streamly original “Night Ferry,” in "
    "which the group’s youngest member plays the lodger Cha Un-seo. Throughout the track he "
    "sings as Un-seo, in character.\n"
)
_ANTIQUE_SHOP = (
    "An antique shop plays the “Harbour Lights” OST\n"
    "\n"
    "Channel Nine aired the series in its Wednesday and Thursday slot from November 25, 2032, to "
    "January 29, 2033. Every episode streams on Streamly for viewers in Korea, and TuneBox shows "
    "the drama in Poland and Hungary.\n"
    "\n"
    "“Brass Key” is the duet that Lim Do-hoon and Kim So-ra recorded in character.\n"
)
_RICE_MILL_LUNCH = (
    "Millers sing “Quiet Harbour” songs\n"
    "\n"
    "Channel Nine aired the drama on Tuesday and Wednesday nights, launching it on March 3 and "
    "wrapping it up on April 22. Byeon Ha-neul headlines as Moon Do-hui, and Lee Jin-seok plays "
    "Noh Pyo-jun. Seon Yu-ri was cast in a supporting role as Song Ma-eum, a typesetter.\n"
    "\n"
    "Then they split into pairs for Byeon Ha-neul and Lee Jin-seok’s duet “Husk Song,” which the "
    "two sing in character as Do-hui and Pyo-jun.\n"
    "\n"
    "Dalbit and Onsol of the girl group GLASSHOUSE sing “Grain Moon,” the group’s contribution "
    "to the soundtrack.\n"
)
_HOT_SPRING_LOBBY = (
    "A hot spring inn plays drama songs\n"
    "\n"
    "The newest tracks come from “Night Ferry,” which Channel Nine has shown on Friday nights "
    "since May 3. Park Min-ah and Lim Do-hoon head the cast, as Song Yeo-wool, who sells tea "
    "from a cart on a ferry, and Noh Gang-ji, the ferry’s engineer.\n"
    "\n"
    "Park Min-ah and Lim Do-hoon’s duet “Steam Veil” arrived on May 11, and both actors stay in "
    "character on the recording, as Yeo-wool and Gang-ji respectively.\n"
    "\n"
    "The playlist also reaches back to last summer for the Tin Owls of “Harbour Lights” and "
    "their first single, “Bath Stone.” Noh Eun-bi, cast in that drama as the band’s frontwoman "
    "Ong Gal-mae, sings it as Gal-mae, in character.\n"
    "\n"
    "Rounding off the list is “Cedar Tub,” the duet that Kim So-ra and Lee Jin-seok recorded for "
    "“Quiet Harbour.”\n"
)
_ROUND_EIGHTY_NINE = [
    (_CARNIVAL_NIGHT, "plays", ("Noh Eun-bi", "Ong Gal-mae")),
    (_CARNIVAL_NIGHT, "membership", ("Ong Gal-mae", "Tin Owls", "lead vocalist")),
    (_CARNIVAL_NIGHT, "membership", ("Yeon Ho-du", "Tin Owls", "member")),
    (_CARNIVAL_NIGHT, "membership", ("Jin Ok-yeol", "Tin Owls", "member")),
    (_CARNIVAL_NIGHT, "release", ("Splice Song", "2033-05-02")),
    (_CHOCOLATIER_WINDOW, "award", ("Best OST Performance, 4th Haneul Music Awards", "SUNKITE",
                                    "2033-05-27")),
    (_CHOCOLATIER_WINDOW, "membership", ("Lee Jin-seok", "SUNKITE", "member")),
    (_CHOCOLATIER_WINDOW, "membership", ("Yeonsu", "SUNKITE", "member")),
    (_CHOCOLATIER_WINDOW, "plays", ("Seon Yu-ri", "Mo Bok-hui")),
    (_CHOCOLATIER_WINDOW, "plays", ("Yeonsu", "Cha Un-seo")),
    (_CHOCOLATIER_WINDOW, "performs", ("vocals", "Praline Road", "Yeonsu")),
    (_ANTIQUE_SHOP, "broadcast", ("final episode", "Harbour Lights", "2033-01-29")),
    (_ANTIQUE_SHOP, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_ANTIQUE_SHOP, "broadcast", ("available on", "Harbour Lights", "TuneBox")),
    (_ANTIQUE_SHOP, "performs", ("vocals", "Brass Key", "Kim So-ra")),
    (_RICE_MILL_LUNCH, "broadcast", ("first episode", "Quiet Harbour", "2033-03-03")),
    (_RICE_MILL_LUNCH, "broadcast", ("final episode", "Quiet Harbour", "2033-04-22")),
    (_RICE_MILL_LUNCH, "plays", ("Seon Yu-ri", "Song Ma-eum")),
    (_RICE_MILL_LUNCH, "performs", ("vocals", "Husk Song", "Byeon Ha-neul")),
    (_RICE_MILL_LUNCH, "performs", ("vocals", "Husk Song", "Lee Jin-seok")),
    (_RICE_MILL_LUNCH, "membership", ("Dalbit", "GLASSHOUSE", "member")),
    (_RICE_MILL_LUNCH, "performs", ("vocals", "Grain Moon", "Dalbit")),
    (_RICE_MILL_LUNCH, "performs", ("vocals", "Grain Moon", "Onsol")),
    (_HOT_SPRING_LOBBY, "plays", ("Park Min-ah", "Song Yeo-wool")),
    (_HOT_SPRING_LOBBY, "plays", ("Lim Do-hoon", "Noh Gang-ji")),
    (_HOT_SPRING_LOBBY, "performs", ("vocals", "Steam Veil", "Park Min-ah")),
    (_HOT_SPRING_LOBBY, "performs", ("vocals", "Steam Veil", "Lim Do-hoon")),
    (_HOT_SPRING_LOBBY, "performs", ("credited", "Bath Stone", "Tin Owls")),
    (_HOT_SPRING_LOBBY, "plays", ("Noh Eun-bi", "Ong Gal-mae")),
    (_HOT_SPRING_LOBBY, "performs", ("vocals", "Bath Stone", "Noh Eun-bi")),
]
_OVERREACH_EIGHTY_NINE = [
    # "the duet that A and B recorded for “S”": the noun credits both, no voice is said
    (_HOT_SPRING_LOBBY, "performs", ("vocals", "Cedar Tub", "Kim So-ra")),
    # "The quintet …, having been named winner of X": the group, not the ballad spoken of
    (_CHOCOLATIER_WINDOW, "award", ("Best OST Performance, 4th Haneul Music Awards",
                                    "Cocoa Dust", "2033-05-27")),
    # "A and B of the girl group G sing “T”": the two sing, the group is credited, not a singer
    (_RICE_MILL_LUNCH, "performs", ("vocals", "Grain Moon", "GLASSHOUSE")),
]
_PROMENADE_NIGHT = (
    "A carnival plays TIN OWLS\n"
    "\n"
    "Every speaker played Tin Owls, a band that has only ever performed on screen. In “Harbour "
    "Lights,” four workers on a salt farm off the coast of Sinan start the band in a shed.\n"
    "\n"
    "Channel Nine broadcast “Harbour Lights” in a Wednesday-Thursday slot; the first episode went "
    "out on March 1 and the finale on April 20.\n"
    "\n"
    "The fireworks went up to “Salt Rake,” the Tin Owls’ first single. On April 16 it appeared on "
    "the TuneBox Top 50 at No. 37, and on April 26 it was second. The bumper cars spun to “Brine "
    "Collar,” the band’s follow-up, which came out on May 5.\n"
)
_TEA_ROOM_WEEK = (
    "A tea room plays DUSKWREN songs\n"
    "\n"
    "For seven days the speakers played only the girl group DUSKWREN. Noh Eun-bi leads the group, "
    "whose other four members are Sebom, Hyangsu, Giyeon and Yulha.\n"
    "\n"
    "The first song was “Steeped Frost,” the title song DUSKWREN recorded for “Quiet Harbour.” "
    "Channel Nine began airing the drama on March 16 and shows it every Monday and Tuesday. It "
    "ranked 11th on the TuneBox Top 50 on April 3, and the TuneBox Top 50 for April 19 listed it "
    "at No. 82; Streamly streams had passed 7 million by May 12.\n"
    "\n"
    "Seon Yu-ri has the female lead, Ok Da-eun, an orchard heir who answers letters.\n"
    "\n"
    "Hyangsu, the youngest in DUSKWREN, also released a solo track, “Saucer Snow,” written for the "
    "Streamly original “Night Ferry,” where she plays the station clerk Gil Se-ryeong. She sings "
    "the whole track as Se-ryeong, never stepping out of character.\n"
)
_LAUNDERETTE_LIST = (
    "A launderette plays the “Harbour Lights” OST\n"
    "\n"
    "Kim Tae-rim steals scenes in a supporting role as Cheon Bong-sun, a pawnbroker.\n"
    "\n"
    "Lim Do-hoon and Kim So-ra trade lines as a duet on “Spin Cycle,” released on January 15.\n"
    "\n"
    "Also on the album: “Lint Moon,” a GLASSHOUSE track released on January 29, sung by the "
    "group’s Dalbit and Onsol.\n"
    "\n"
    "“Rinse Rain” is sung by Noh Eun-bi. The TuneBox Top 50 dated February 19 placed it at No. "
    "141, two weeks after its February 5 release.\n"
)
_STRAWBERRY_DAWN = (
    "Pickers sing “Quiet Harbour” songs\n"
    "\n"
    "The series went out on Channel Nine on Friday nights from March 13, and its last episode "
    "aired on May 1.\n"
    "\n"
    "“Runner Song” always comes first. It is credited to the trot singer Kim Tae-rim, and on the "
    "record she is Wang Sun-nyeo, the heroine’s mother in the drama, singing in character "
    "throughout.\n"
    "\n"
    "“Straw Bed” is a duet. Eight days after its March 27 release it was No. 13 on the TuneBox Top "
    "50, on April 4; its Streamly streams now exceed 12 million.\n"
)
_MODEL_RAILWAY_HALL = (
    "A model railway show plays drama songs\n"
    "\n"
    "Most additions belong to “Night Ferry,” a Thursday-night drama on Channel Nine that began on "
    "May 9. Its two leads are Park Min-ah, playing Oh Mun-yeong, who inherits a bathhouse, and Lim "
    "Do-hoon, playing the boiler engineer she cannot afford to pay, Gi Ho-rang.\n"
    "\n"
    "From last summer’s “Harbour Lights” comes “Signal Lamp,” the debut single of its salt-farm "
    "band, Tin Owls. The vocal is Noh Eun-bi’s: she played Gong Yeon-ri, the band’s frontwoman, "
    "and recorded the song in character as Yeon-ri. Tin Owls’ follow-up, “Points Change,” plays "
    "straight after it.\n"
)
_ROUND_NINETY = [
    (_PROMENADE_NIGHT, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_PROMENADE_NIGHT, "broadcast", ("final episode", "Harbour Lights", "2033-04-20")),
    (_PROMENADE_NIGHT, "chart-entry", ("Salt Rake", "TuneBox Top 50", 2, "2033-04-26")),
    (_PROMENADE_NIGHT, "performs", ("credited", "Brine Collar", "Tin Owls")),
    (_TEA_ROOM_WEEK, "membership", ("Sebom", "DUSKWREN", "member")),
    (_TEA_ROOM_WEEK, "membership", ("Yulha", "DUSKWREN", "member")),
    (_TEA_ROOM_WEEK, "broadcast", ("first episode", "Quiet Harbour", "2033-03-16")),
    (_TEA_ROOM_WEEK, "chart-entry", ("Steeped Frost", "TuneBox Top 50", 82, "2033-04-19")),
    (_TEA_ROOM_WEEK, "plays", ("Seon Yu-ri", "Ok Da-eun")),
    (_TEA_ROOM_WEEK, "performs", ("credited", "Saucer Snow", "Hyangsu")),
    (_TEA_ROOM_WEEK, "plays", ("Hyangsu", "Gil Se-ryeong")),
    (_TEA_ROOM_WEEK, "performs", ("vocals", "Saucer Snow", "Hyangsu")),
    (_LAUNDERETTE_LIST, "plays", ("Kim Tae-rim", "Cheon Bong-sun")),
    (_LAUNDERETTE_LIST, "performs", ("vocals", "Spin Cycle", "Kim So-ra")),
    (_LAUNDERETTE_LIST, "release", ("Lint Moon", "2033-01-29")),
    (_LAUNDERETTE_LIST, "performs", ("vocals", "Lint Moon", "Onsol")),
    (_LAUNDERETTE_LIST, "membership", ("Onsol", "GLASSHOUSE", "member")),
    (_LAUNDERETTE_LIST, "chart-entry", ("Rinse Rain", "TuneBox Top 50", 141, "2033-02-19")),
    (_STRAWBERRY_DAWN, "broadcast", ("broadcaster", "Quiet Harbour", "Channel Nine")),
    (_STRAWBERRY_DAWN, "broadcast", ("first episode", "Quiet Harbour", "2033-03-13")),
    (_STRAWBERRY_DAWN, "performs", ("vocals", "Runner Song", "Kim Tae-rim")),
    (_STRAWBERRY_DAWN, "chart-entry", ("Straw Bed", "TuneBox Top 50", 13, "2033-04-04")),
    (_STRAWBERRY_DAWN, "stream-milestone", ("Straw Bed", "Streamly", 12000000, "2033-06-20")),
    (_MODEL_RAILWAY_HALL, "broadcast", ("schedule", "Night Ferry", "thursday")),
    (_MODEL_RAILWAY_HALL, "broadcast", ("first episode", "Night Ferry", "2033-05-09")),
    (_MODEL_RAILWAY_HALL, "plays", ("Park Min-ah", "Oh Mun-yeong")),
    (_MODEL_RAILWAY_HALL, "plays", ("Lim Do-hoon", "Gi Ho-rang")),
    (_MODEL_RAILWAY_HALL, "performs", ("credited", "Signal Lamp", "Tin Owls")),
    (_MODEL_RAILWAY_HALL, "performs", ("vocals", "Signal Lamp", "Noh Eun-bi")),
    (_MODEL_RAILWAY_HALL, "membership", ("Gong Yeon-ri", "Tin Owls", "lead vocalist")),
    (_MODEL_RAILWAY_HALL, "performs", ("credited", "Points Change", "Tin Owls")),
]
_OVERREACH_NINETY = [
    # "a Thursday-night drama on B": a time of the week, no broadcaster
    (_MODEL_RAILWAY_HALL, "broadcast", ("broadcaster", "Night Ferry", "Thursday-night")),
    # "The CHART dated DATE placed it at No. 141, two weeks after its DATE2 release": the
    # chart's day, not the release's
    (_LAUNDERETTE_LIST, "chart-entry", ("Rinse Rain", "TuneBox Top 50", 141, "2033-02-05")),
    # "A, the youngest in G, …, where she plays C": "she" is A, not the person named before
    (_TEA_ROOM_WEEK, "plays", ("Seon Yu-ri", "Gil Se-ryeong")),
]
_BOWLS_EVENING = (
    "A bowls club plays TIN OWLS\n"
    "\n"
    "The soundtrack was supplied by Tin Owls, a band that has never played a note off screen. In "
    "“Harbour Lights,” four apprentices at a workshop in Icheon form the band.\n"
    "\n"
    "Channel Nine aired the drama on Monday and Tuesday nights, from its premiere on March 5 to "
    "its final episode on April 24. Opposite her, the male lead Lee Jin-seok is Gal Ju-hyeok, the "
    "band’s guitarist and the son of a potter. The drummer, Eo Ji-bong, is played by Lim "
    "Do-hoon, and Yun Do-pung (Kim So-ra) thumps the bass.\n"
    "\n"
    "The first end was bowled to “Glaze Song,” the single Tin Owls released on March 14. Later "
    "ends went to “Kiln Door,” the band’s second single. Lee Jin-seok and Lim Do-hoon trade its "
    "verses in character, as Ju-hyeok and Ji-bong. The TuneBox Top 50 dated April 19 counted it "
    "at No. 17.\n"
)
_TEA_HOUSE_WEEK = (
    "A teahouse plays VELLWREN songs\n"
    "\n"
    "The speakers played nothing but the girl group VELLWREN.\n"
    "\n"
    "“A pot lasts four songs,” said the owner.\n"
    "\n"
    "On May 29 the girl group walked off with Best OST Group at the 9th Haneul Music Awards. The "
    "quintet is made up of leader Noh Eun-bi, Yeseul, Damsol, Boyun and Hwaryeong.\n"
    "\n"
    "Each morning opened with “Paper Kettle,” the theme song VELLWREN sang for “Quiet Harbour.” It "
    "was 15th on the TuneBox Top 50 on April 30; on Streamly its streams had gone past 6 million "
    "as of May 11. Damsol carries the song alone until the chorus, where Noh Eun-bi and Boyun "
    "join in.\n"
    "\n"
    "Afternoons belonged to “Ford Lantern,” the solo single of the group’s Yeseul, recorded for "
    "the Streamly original “Night Ferry.” Evenings wound down with “Morning Oars,” released on "
    "May 17, which VELLWREN recorded as the drama’s closing theme.\n"
)
_FORGE_PLAYLIST = (
    "A forge plays the “Harbour Lights” OST\n"
    "\n"
    "Byeon Ha-neul and Lim Do-hoon share top billing as, respectively, Yeom So-bi, the last "
    "lamplighter of a harbour town, and Gong Hyeok-su, the debt collector. The veteran Kim Tae-rim "
    "shows up in a supporting role as Gyo Sun-ae, a widow.\n"
    "\n"
    "“Anvil Ledger” is the boy group’s contribution, with TIDEHOUSE members Hwanseul and Seolu "
    "trading the verses.\n"
)
_MUSHROOM_MORNING = (
    "Mushroom pickers sing “Quiet Harbour” songs\n"
    "\n"
    "The first song is always “Spore Roots.” The credit goes to the trot veteran Kim Tae-rim, who "
    "sings it as Jeon Sun-ok, the heroine’s grandmother in the drama.\n"
    "\n"
    "Byeon Ha-neul plays Cha Mae-hyang and Lee Jin-seok plays Seol Gap-dong. Next comes “Dawn "
    "Shelf,” a duet between Byeon Ha-neul and Lee Jin-seok, recorded with the two actors in "
    "character as Mae-hyang and Gap-dong.\n"
    "\n"
    "GLASSHOUSE’s “Cap and Gill” follows, an upbeat number whose verses go to members Dalbit and "
    "Onsol.\n"
)
_ICE_CREAM_ROUND = (
    "An ice-cream van plays drama songs\n"
    "\n"
    "Pride of place went to “Night Ferry,” the Wednesday-night drama that Channel Nine began "
    "airing on May 6. Park Min-ah and Lim Do-hoon, reunited after “Quiet Harbour,” lead the cast "
    "as the conductor Ji Ok-nyeo and the stationmaster Ryeo Dan-u.\n"
    "\n"
    "“Wafer Bell,” the drama’s theme, came out on May 16. On June 2 the 10th Sanmo Drama Awards "
    "named “Night Ferry” Best Miniseries.\n"
    "\n"
    "Owlet’s “Cone Glaze,” from last year’s “Harbour Lights,” came round every half hour. Noh "
    "Eun-bi, who played Dam Hyo-jin, the band’s lead singer, on screen, sings it in character.\n"
)
_ROUND_NINETY_ONE = [
    (_BOWLS_EVENING, "broadcast", ("first episode", "Harbour Lights", "2033-03-05")),
    (_BOWLS_EVENING, "broadcast", ("final episode", "Harbour Lights", "2033-04-24")),
    (_BOWLS_EVENING, "plays", ("Lee Jin-seok", "Gal Ju-hyeok")),
    (_BOWLS_EVENING, "membership", ("Gal Ju-hyeok", "Tin Owls", "member")),
    (_BOWLS_EVENING, "membership", ("Yun Do-pung", "Tin Owls", "member")),
    (_BOWLS_EVENING, "performs", ("credited", "Glaze Song", "Tin Owls")),
    (_BOWLS_EVENING, "performs", ("vocals", "Kiln Door", "Lim Do-hoon")),
    (_BOWLS_EVENING, "chart-entry", ("Kiln Door", "TuneBox Top 50", 17, "2033-04-19")),
    (_TEA_HOUSE_WEEK, "award", ("Best OST Group, 9th Haneul Music Awards", "VELLWREN",
                                "2033-05-29")),
    (_TEA_HOUSE_WEEK, "membership", ("Noh Eun-bi", "VELLWREN", "member")),
    (_TEA_HOUSE_WEEK, "membership", ("Hwaryeong", "VELLWREN", "member")),
    (_TEA_HOUSE_WEEK, "chart-entry", ("Paper Kettle", "TuneBox Top 50", 15, "2033-04-30")),
    (_TEA_HOUSE_WEEK, "stream-milestone", ("Paper Kettle", "Streamly", 6000000, "2033-05-11")),
    (_TEA_HOUSE_WEEK, "performs", ("vocals", "Paper Kettle", "Damsol")),
    (_TEA_HOUSE_WEEK, "performs", ("vocals", "Paper Kettle", "Boyun")),
    (_TEA_HOUSE_WEEK, "performs", ("credited", "Ford Lantern", "Yeseul")),
    (_TEA_HOUSE_WEEK, "performs", ("credited", "Morning Oars", "VELLWREN")),
    (_FORGE_PLAYLIST, "plays", ("Byeon Ha-neul", "Yeom So-bi")),
    (_FORGE_PLAYLIST, "plays", ("Lim Do-hoon", "Gong Hyeok-su")),
    (_FORGE_PLAYLIST, "plays", ("Kim Tae-rim", "Gyo Sun-ae")),
    (_FORGE_PLAYLIST, "performs", ("vocals", "Anvil Ledger", "Hwanseul")),
    (_MUSHROOM_MORNING, "performs", ("credited", "Spore Roots", "Kim Tae-rim")),
    (_MUSHROOM_MORNING, "performs", ("vocals", "Dawn Shelf", "Byeon Ha-neul")),
    (_MUSHROOM_MORNING, "performs", ("vocals", "Cap and Gill", "Onsol")),
    (_MUSHROOM_MORNING, "membership", ("Dalbit", "GLASSHOUSE", "member")),
    (_ICE_CREAM_ROUND, "broadcast", ("broadcaster", "Night Ferry", "Channel Nine")),
    (_ICE_CREAM_ROUND, "plays", ("Park Min-ah", "Ji Ok-nyeo")),
    (_ICE_CREAM_ROUND, "plays", ("Lim Do-hoon", "Ryeo Dan-u")),
    (_ICE_CREAM_ROUND, "award", ("Best Miniseries, 10th Sanmo Drama Awards", "Night Ferry",
                                 "2033-06-02")),
    (_ICE_CREAM_ROUND, "performs", ("credited", "Cone Glaze", "Owlet")),
    (_ICE_CREAM_ROUND, "membership", ("Dam Hyo-jin", "Owlet", "lead vocalist")),
]
_OVERREACH_NINETY_ONE = [
    # "the X Awards named “S” Best Miniseries": the drama, not the theme spoken of before it
    (_ICE_CREAM_ROUND, "award", ("Best Miniseries, 10th Sanmo Drama Awards", "Wafer Bell",
                                 "2033-06-02")),
    # "the theme song G sang for “S”": S is the drama, no recording with streams
    (_TEA_HOUSE_WEEK, "stream-milestone", ("Quiet Harbour", "Streamly", 6000000, "2033-05-11")),
    # "A carries the song alone until the chorus, where B and C join in": the song, not its drama
    (_TEA_HOUSE_WEEK, "performs", ("vocals", "Quiet Harbour", "Damsol")),
]
_CANAL_CRUISE = (
    "A canal cruise plays TIN OWLS\n"
    "\n"
    "In “Harbour Lights,” four night-shift workers at a rest stop start the band Tin Owls.\n"
    "\n"
    "The drama ran on Channel Nine on Saturday and Sunday nights, opening on March 17 and ending "
    "its run on May 6. The lead role of Jin Ae-rang, a cashier who ends up fronting Tin Owls as "
    "its singer, went to Noh Eun-bi. Lee Jin-seok takes the male lead as Ok Byeong-cheol, a "
    "tow-truck driver who plays lead guitar in the band. Kim So-ra is cast as the drummer, Maeng "
    "Ju-ri, and the band’s keyboards are handled by Bu Gwang-sol, the part Lim Do-hoon plays.\n"
    "\n"
    "“Fog Lamp” is the second single. Its Streamly streams numbered over 5 million as of June 11.\n"
)
_WEAVING_WEEK = (
    "A weaving mill plays ASHWREN songs\n"
    "\n"
    "On May 21 ASHWREN took home Best Soundtrack by a Group at the 11th Haneul Music Awards. Noh "
    "Eun-bi is the leader; Doyun, Ryeoha, Seungmi and Eunsol make up the rest of the line-up.\n"
    "\n"
    "Mornings began with “Loom Light,” the theme ASHWREN sang for “Quiet Harbour.” Ryeoha takes "
    "the verses alone, and Noh Eun-bi and Doyun come in on the chorus.\n"
    "\n"
    "The leads of the drama are Byeon Ha-neul, as Hong Byeol-i, a student renting a room in "
    "Mangwon-dong, and Lim Do-hoon, as her landlord, Seok Jang-uk. Eunsol of ASHWREN makes his "
    "acting debut as Pyo Dal-gu, the landlord’s nephew.\n"
    "\n"
    "Afternoons leaned on “Warp Thread,” a second ASHWREN number. Seungmi sings the first half, "
    "and Eunsol the second, in character as Dal-gu.\n"
)
_OYSTER_BAR = (
    "An oyster bar plays the “Harbour Lights” OST\n"
    "\n"
    "The drama went out on Channel Nine each Wednesday and Thursday from March 4 to April 23. "
    "Byeon Ha-neul headlines it as Seol Ga-bi, a widow, and Lee Jin-seok is her leading man, Baek "
    "Ui-ryong, an indigo dyer with debts. Kim Tae-rim, in a supporting part, is Geum Ok-bun, the "
    "village matchmaker.\n"
    "\n"
    "“Shell Song,” released on March 11, is Byeon Ha-neul alone, singing in character as Ga-bi.\n"
    "\n"
    "On “Brine Vat,” which came out a week later, on March 18, Lee Jin-seok and Byeon Ha-neul "
    "duet, though neither of them stays in character.\n"
    "\n"
    "Kim So-ra performs “Pearl Line” by herself. Streamly streams of it had gone beyond 3 million "
    "as of May 12.\n"
)
_SAWMILL_LUNCH = (
    "Sawmill workers sing “Quiet Harbour” songs\n"
    "\n"
    "Channel Nine showed the drama in a Friday-night slot; its first episode aired on April 10 "
    "and the last on May 29.\n"
)
_TEA_PLANTATION = (
    "A tea plantation plays drama songs\n"
    "\n"
    "Most of the list belongs to “Night Ferry,” which premiered on Channel Nine on May 2. Park "
    "Min-ah and Lim Do-hoon headline the drama as rival lifeguards, Hyeon Bo-gyeol and So "
    "Gi-cheol. Lee Jin-seok is the beach’s harassed police officer, Pae In-gu. On June 1 the 6th "
    "Sanmo Drama Awards gave the series Best Romantic Comedy.\n"
    "\n"
    "From last winter’s “Harbour Lights” comes Blue Kettle’s “Steam Road,” which plays at the "
    "gates. Noh Eun-bi, who played Jin Ae-rang, the band’s frontwoman, sings it in character. "
    "Streamly’s count for it now stands above 31 million streams.\n"
    "\n"
    "GLASSHOUSE’s “Leaf Roll” follows, with the group’s leader, Park Min-ah, on the chorus.\n"
)
_ROUND_NINETY_TWO = [
    (_CANAL_CRUISE, "broadcast", ("final episode", "Harbour Lights", "2033-05-06")),
    (_CANAL_CRUISE, "plays", ("Noh Eun-bi", "Jin Ae-rang")),
    (_CANAL_CRUISE, "membership", ("Jin Ae-rang", "Tin Owls", "lead vocalist")),
    (_CANAL_CRUISE, "membership", ("Ok Byeong-cheol", "Tin Owls", "member")),
    (_CANAL_CRUISE, "plays", ("Lim Do-hoon", "Bu Gwang-sol")),
    (_CANAL_CRUISE, "membership", ("Bu Gwang-sol", "Tin Owls", "member")),
    (_CANAL_CRUISE, "stream-milestone", ("Fog Lamp", "Streamly", 5000000, "2033-06-11")),
    (_WEAVING_WEEK, "membership", ("Noh Eun-bi", "ASHWREN", "member")),
    (_WEAVING_WEEK, "membership", ("Eunsol", "ASHWREN", "member")),
    (_WEAVING_WEEK, "performs", ("vocals", "Loom Light", "Doyun")),
    (_WEAVING_WEEK, "performs", ("vocals", "Loom Light", "Noh Eun-bi")),
    (_WEAVING_WEEK, "plays", ("Byeon Ha-neul", "Hong Byeol-i")),
    (_WEAVING_WEEK, "plays", ("Lim Do-hoon", "Seok Jang-uk")),
    (_WEAVING_WEEK, "plays", ("Eunsol", "Pyo Dal-gu")),
    (_WEAVING_WEEK, "performs", ("vocals", "Warp Thread", "Seungmi")),
    (_WEAVING_WEEK, "performs", ("vocals", "Warp Thread", "Eunsol")),
    (_OYSTER_BAR, "broadcast", ("schedule", "Harbour Lights", "wednesday-thursday")),
    (_OYSTER_BAR, "plays", ("Lee Jin-seok", "Baek Ui-ryong")),
    (_OYSTER_BAR, "plays", ("Kim Tae-rim", "Geum Ok-bun")),
    (_OYSTER_BAR, "performs", ("vocals", "Shell Song", "Byeon Ha-neul")),
    (_OYSTER_BAR, "performs", ("vocals", "Brine Vat", "Lee Jin-seok")),
    (_OYSTER_BAR, "stream-milestone", ("Pearl Line", "Streamly", 3000000, "2033-05-12")),
    (_SAWMILL_LUNCH, "broadcast", ("schedule", "Quiet Harbour", "friday")),
    (_SAWMILL_LUNCH, "broadcast", ("final episode", "Quiet Harbour", "2033-05-29")),
    (_TEA_PLANTATION, "plays", ("Park Min-ah", "Hyeon Bo-gyeol")),
    (_TEA_PLANTATION, "plays", ("Lim Do-hoon", "So Gi-cheol")),
    (_TEA_PLANTATION, "plays", ("Lee Jin-seok", "Pae In-gu")),
    (_TEA_PLANTATION, "award", ("Best Romantic Comedy, 6th Sanmo Drama Awards", "Night Ferry",
                                "2033-06-01")),
    (_TEA_PLANTATION, "performs", ("credited", "Steam Road", "Blue Kettle")),
    (_TEA_PLANTATION, "membership", ("Jin Ae-rang", "Blue Kettle", "lead vocalist")),
    (_TEA_PLANTATION, "stream-milestone", ("Steam Road", "Streamly", 31000000, "2033-06-20")),
    (_TEA_PLANTATION, "performs", ("vocals", "Leaf Roll", "Park Min-ah")),
]
_OVERREACH_NINETY_TWO = [
    # "A and B headline the drama as rival lifeguards, C and D": in order, not crossed
    (_TEA_PLANTATION, "plays", ("Lim Do-hoon", "Hyeon Bo-gyeol")),
    # "C, the part A plays": an actor's part, not a soundtrack part with a credit
    (_CANAL_CRUISE, "performs", ("credited", "Bu Gwang-sol", "Lim Do-hoon")),
    # "the A and B duet, remains short of …": a noun, no voices said
    (_OYSTER_BAR + "“Tide Chart,” the Dalbit and Onsol duet, remains short of 50 million.\n",
     "performs", ("vocals", "Tide Chart", "Dalbit")),
]
_QUARRY_NIGHT = (
    "A quarry concert plays TIN OWLS\n"
    "\n"
    "The playlist was made up entirely of Tin Owls. The band does not exist outside a television "
    "drama. In “Harbour Lights,” four workers at a fish auction house start it in a cold room.\n"
    "\n"
    "Channel Nine broadcast the drama in a Friday-and-Saturday slot, premiering it on March 10 and "
    "signing off on April 29. Her co-lead, Lee Jin-seok, plays Cha Ul-chan, an ice-truck driver "
    "who joins on bass. Tak Mun-dol, who squeezes the band’s accordion, is played by Lim "
    "Do-hoon.\n"
    "\n"
    "“Ice Scale” entered the TuneBox Top 50 at No. 36 on April 26 and was in second place on May "
    "23. Lee Jin-seok and Kim So-ra share the vocal, singing in character as Ul-chan and Sa-ri.\n"
)
_FOUNDRY_WEEK = (
    "A bell foundry plays HAZELWREN songs\n"
    "\n"
    "On May 20 HAZELWREN collected Best Group OST at the 5th Haneul Music Awards. Its members are "
    "Noh Eun-bi, the leader, along with Bitna, Juwon, Haram and Aeri.\n"
    "\n"
    "Mornings belonged to “Bell Letters,” which the group performed as the theme of “Quiet "
    "Harbour,” a drama broadcast on Channel Nine every Wednesday night since its premiere on "
    "March 4. Bitna sings the opening verse on her own before Noh Eun-bi and Juwon take over the "
    "bridge.\n"
    "\n"
    "Afternoons went to “Silver Clapper,” another HAZELWREN song. Aeri sings the first half; "
    "Haram takes the second, in character as Gyeol-i.\n"
)
_PAPER_MILL_SHOP = (
    "A paper mill shop plays the “Night Ferry” OST\n"
    "\n"
    "Channel Nine put the drama on air every Thursday night. Kim So-ra stars as the forester, "
    "Hwang Bu-yeon, and Lee Jin-seok is Gye Jin-dol, a carpenter from the next valley.\n"
    "\n"
    "TIDEHOUSE’s “Pulp Run,” sung solo by the boy group’s Seolu, closes the break.\n"
)
_SALT_PAN_HUT = (
    "A salt pan hut plays drama songs\n"
    "\n"
    "“Brine Bell,” Owlet’s single from last year’s “Harbour Lights,” plays on the hour. Noh "
    "Eun-bi, who played the band’s singer, Bok Eo-jin, performs it in character.\n"
    "\n"
    "Streamly listeners had streamed Kim So-ra and Lim Do-hoon’s “Salt Wind” more than 14 "
    "million times as of May 3.\n"
)
_SALE_ON_A_HIGH = (
    "A sale plays DAWNKITE\n"
    "\n"
    "This week the shop played only the boy group DAWNKITE.\n"
    "\n"
    "The group arrived at the sale on a high: on May 30 the five-piece took Best Group OST at the "
    "6th Haneul Music Awards.\n"
    "\n"
    "The playlist reaches back a year for “Last Drop,” the second single by the Tin Owls of "
    "“Harbour Lights.” Noh Eun-bi, who played the band’s drummer Pi Do-ul, sings it with Lee "
    "Jin-seok.\n"
)
_ROUND_NINETY_THREE = [
    (_QUARRY_NIGHT, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_QUARRY_NIGHT, "broadcast", ("schedule", "Harbour Lights", "friday-saturday")),
    (_QUARRY_NIGHT, "membership", ("Cha Ul-chan", "Tin Owls", "member")),
    (_QUARRY_NIGHT, "plays", ("Lim Do-hoon", "Tak Mun-dol")),
    (_QUARRY_NIGHT, "membership", ("Tak Mun-dol", "Tin Owls", "member")),
    (_QUARRY_NIGHT, "chart-entry", ("Ice Scale", "TuneBox Top 50", 2, "2033-05-23")),
    (_QUARRY_NIGHT, "performs", ("vocals", "Ice Scale", "Kim So-ra")),
    (_FOUNDRY_WEEK, "membership", ("Noh Eun-bi", "HAZELWREN", "member")),
    (_FOUNDRY_WEEK, "membership", ("Aeri", "HAZELWREN", "member")),
    (_FOUNDRY_WEEK, "performs", ("credited", "Bell Letters", "HAZELWREN")),
    (_FOUNDRY_WEEK, "broadcast", ("first episode", "Quiet Harbour", "2033-03-04")),
    (_FOUNDRY_WEEK, "performs", ("vocals", "Bell Letters", "Bitna")),
    (_FOUNDRY_WEEK, "performs", ("vocals", "Bell Letters", "Juwon")),
    (_FOUNDRY_WEEK, "performs", ("vocals", "Silver Clapper", "Aeri")),
    (_FOUNDRY_WEEK, "performs", ("vocals", "Silver Clapper", "Haram")),
    (_PAPER_MILL_SHOP, "broadcast", ("broadcaster", "Night Ferry", "Channel Nine")),
    (_PAPER_MILL_SHOP, "plays", ("Lee Jin-seok", "Gye Jin-dol")),
    (_PAPER_MILL_SHOP, "performs", ("vocals", "Pulp Run", "Seolu")),
    (_SALT_PAN_HUT, "membership", ("Bok Eo-jin", "Owlet", "lead vocalist")),
    (_SALT_PAN_HUT, "performs", ("vocals", "Brine Bell", "Noh Eun-bi")),
    (_SALT_PAN_HUT, "stream-milestone", ("Salt Wind", "Streamly", 14000000, "2033-05-03")),
    # (two forms left unread by round 87, read since)
    (_SALE_ON_A_HIGH, "award", ("Best Group OST, 6th Haneul Music Awards", "DAWNKITE",
                                "2033-05-30")),
    (_SALE_ON_A_HIGH, "membership", ("Pi Do-ul", "Tin Owls", "member")),
]
_OVERREACH_NINETY_THREE = [
    # "Her co-lead, A, plays C, an ice-truck driver who joins on bass": C, not A, is in the band
    (_QUARRY_NIGHT, "membership", ("Lee Jin-seok", "Tin Owls", "member")),
    # "“T,” G’s single from last year’s “S”": the band is credited, not the drama
    (_SALT_PAN_HUT, "performs", ("credited", "Brine Bell", "Harbour Lights")),
    # "P listeners had streamed A and B’s “T”": a count of T, none of the singers
    (_SALT_PAN_HUT, "performs", ("vocals", "Salt Wind", "Streamly")),
]
_KILN_RADIO = (
    "A kiln’s radio plays GLASSHOUSE\n"
    "\n"
    "GLASSHOUSE had a May to remember: on May 19 the group was named Best Group OST at the 7th "
    "Haneul Music Awards. Park Min-ah leads the five-piece, whose other members are Dalbit, Onsol, "
    "Seura and Dawon.\n"
    "\n"
    "Mornings belonged to “Clay Snow,” which GLASSHOUSE sang as the theme of “Quiet Harbour,” the "
    "Thursday-night drama Channel Nine has aired since its premiere on March 8. Onsol opens the "
    "song alone; Seura and Dawon join her for the chorus. Released on March 15, the single placed "
    "eighth on the TuneBox Top 50 of April 1, and as of June 7 it had passed 10 million Streamly "
    "streams.\n"
    "\n"
    "In the drama, Byeon Ha-neul and Lee Jin-seok share top billing as Seomun Ga-ram, a widow who "
    "runs a failing kiln in Yeoju, and Gi Han-sol, the sculptor she hires to save it. Dawon, "
    "GLASSHOUSE’s youngest member, makes her acting debut as Jo Sae-bit, the kiln’s apprentice.\n"
    "\n"
    "The afternoons belonged to “Ember Rim,” a second song GLASSHOUSE recorded for the series, "
    "released on April 4. On the TuneBox Top 50 of May 21 it sat at No. 27.\n"
)
_MILL_EPISODES = (
    "A windmill night for Tin Owls\n"
    "\n"
    "Tin Owls has never played a real gig: it is the band of “Harbour Lights,” a drama in which "
    "millers at a failing windmill start it to pay their debts.\n"
    "\n"
    "Channel Nine aired the sixteen episodes on Wednesday and Thursday nights, beginning on March "
    "4 and wrapping up on April 23. The male lead, Lim Do-hoon, plays Dan Ui-seok, a splitter who "
    "picks up the band’s guitar.\n"
    "\n"
    "The night opened with the band’s debut single, “Fuse Light,” released on March 11. It debuted "
    "on the TuneBox Top 50 at No. 41 on March 20; Streamly streams of the song have surpassed 21 "
    "million.\n"
)
_KELP_FARM = (
    "Kelp farmers sing “Night Ferry”\n"
    "\n"
    "Every morning the workers sing the songs of “Night Ferry,” a drama about a city lawyer who "
    "inherits a kelp farm.\n"
    "\n"
    "Channel Nine showed the drama on Friday nights, starting with the first episode on April 4 "
    "and ending with the finale on May 23.\n"
    "\n"
    "Each session opens with “Rope Smoke,” a Kim So-ra single that the folk veteran sings as "
    "Bok-sun, staying fully in character.\n"
    "\n"
    "The workers follow it with “Tide Wax,” a duet credited to Byeon Ha-neul and Lee Jin-seok. It "
    "climbed to seventh on the TuneBox Top 50 of April 30.\n"
    "\n"
    "The last song is “Drone Drive,” the girl group Amberlight’s contribution to the soundtrack, "
    "with member Yeonsol handling every line; it arrived on May 2.\n"
)
_PRINT_SHOP = (
    "A print shop plays “Quiet Harbour”\n"
    "\n"
    "The shop’s playlist comes from the “Quiet Harbour” OST.\n"
    "\n"
    "“Folded Season” followed on January 21, and on it Seon Yu-ri and Kim Tae-rim duet as "
    "themselves rather than as their characters.\n"
    "\n"
    "“Pulp Line” is performed by TIDEHOUSE; it has been available since January 28.\n"
)
_DRYING_BARN = (
    "A drying barn’s playlist\n"
    "\n"
    "Half the list comes from “Night Ferry,” a Streamly original that premiered on March 9. "
    "Byeon Ha-neul and Lee Jin-seok are its stars, playing Yeom So-ri, a salt farmer’s daughter, "
    "and Do Chang-su, the tax inspector sent to audit her family’s books. Kim Tae-rim is Ha "
    "Sun-ok, the farm’s oldest raker.\n"
    "\n"
    "“Crystal Tide,” the leads’ duet single, came out on April 16.\n"
    "\n"
    "Every hour the guides cue up “Fuse Light” by TIN OWLS, the band of last year’s “Harbour "
    "Lights.” In that drama the band’s frontwoman, Mo Chan-i, was played by Seon Yu-ri, and it is "
    "her voice, in character, on the record. The song has now passed 35 million streams on "
    "Streamly.\n"
    "\n"
    "The day ends with Park Min-ah and Kim So-ra’s “Wax Flowers.” From “Quiet Harbour” comes "
    "“Paper Crane,” a duet by Lim Do-hoon and Lee Jin-seok that Streamly had streamed more than 15 "
    "million times as of June 2.\n"
)
_FRONTED_AS_SINGER = (
    "“Foghorn” is the song of Tin Owls. The band is fronted by Lim Do-hoon as the singer Kook "
    "Yu-ra, and it is his voice, in character, on the record.\n"
)
_ROUND_NINETY_FOUR = [
    (_KILN_RADIO, "award", ("Best Group OST, 7th Haneul Music Awards", "GLASSHOUSE",
                            "2033-05-19")),
    (_KILN_RADIO, "membership", ("Onsol", "GLASSHOUSE", "member")),
    (_KILN_RADIO, "membership", ("Dawon", "GLASSHOUSE", "member")),
    (_KILN_RADIO, "broadcast", ("broadcaster", "Quiet Harbour", "Channel Nine")),
    (_KILN_RADIO, "broadcast", ("first episode", "Quiet Harbour", "2033-03-08")),
    (_KILN_RADIO, "performs", ("vocals", "Clay Snow", "Onsol")),
    (_KILN_RADIO, "performs", ("vocals", "Clay Snow", "Dawon")),
    (_KILN_RADIO, "chart-entry", ("Clay Snow", "TuneBox Top 50", 8, "2033-04-01")),
    (_KILN_RADIO, "stream-milestone", ("Clay Snow", "Streamly", 10000000, "2033-06-07")),
    (_KILN_RADIO, "release", ("Clay Snow", "2033-03-15")),
    (_KILN_RADIO, "plays", ("Byeon Ha-neul", "Seomun Ga-ram")),
    (_KILN_RADIO, "plays", ("Lee Jin-seok", "Gi Han-sol")),
    (_KILN_RADIO, "plays", ("Dawon", "Jo Sae-bit")),
    (_KILN_RADIO, "performs", ("credited", "Ember Rim", "GLASSHOUSE")),
    (_KILN_RADIO, "chart-entry", ("Ember Rim", "TuneBox Top 50", 27, "2033-05-21")),
    (_MILL_EPISODES, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_MILL_EPISODES, "broadcast", ("first episode", "Harbour Lights", "2033-03-04")),
    (_MILL_EPISODES, "broadcast", ("final episode", "Harbour Lights", "2033-04-23")),
    (_MILL_EPISODES, "broadcast", ("schedule", "Harbour Lights", "wednesday-thursday")),
    (_MILL_EPISODES, "membership", ("Dan Ui-seok", "Tin Owls", "member")),
    (_MILL_EPISODES, "stream-milestone", ("Fuse Light", "Streamly", 21000000, "2033-06-20")),
    (_KELP_FARM, "broadcast", ("first episode", "Night Ferry", "2033-04-04")),
    (_KELP_FARM, "broadcast", ("final episode", "Night Ferry", "2033-05-23")),
    (_KELP_FARM, "performs", ("vocals", "Rope Smoke", "Kim So-ra")),
    (_KELP_FARM, "chart-entry", ("Tide Wax", "TuneBox Top 50", 7, "2033-04-30")),
    (_KELP_FARM, "performs", ("credited", "Drone Drive", "Amberlight")),
    (_KELP_FARM, "performs", ("vocals", "Drone Drive", "Yeonsol")),
    (_KELP_FARM, "membership", ("Yeonsol", "Amberlight", "member")),
    (_PRINT_SHOP, "performs", ("vocals", "Folded Season", "Seon Yu-ri")),
    (_PRINT_SHOP, "performs", ("vocals", "Folded Season", "Kim Tae-rim")),
    (_PRINT_SHOP, "release", ("Pulp Line", "2033-01-28")),
    (_DRYING_BARN, "plays", ("Byeon Ha-neul", "Yeom So-ri")),
    (_DRYING_BARN, "plays", ("Lee Jin-seok", "Do Chang-su")),
    (_DRYING_BARN, "plays", ("Kim Tae-rim", "Ha Sun-ok")),
    (_DRYING_BARN, "performs", ("credited", "Crystal Tide", "Byeon Ha-neul")),
    (_DRYING_BARN, "performs", ("credited", "Crystal Tide", "Lee Jin-seok")),
    (_DRYING_BARN, "performs", ("vocals", "Fuse Light", "Seon Yu-ri")),
    (_DRYING_BARN, "stream-milestone", ("Fuse Light", "Streamly", 35000000, "2033-06-20")),
    (_DRYING_BARN, "performs", ("credited", "Wax Flowers", "Park Min-ah")),
    (_DRYING_BARN, "stream-milestone", ("Paper Crane", "Streamly", 15000000, "2033-06-02")),
]
_OVERREACH_NINETY_FOUR = [
    # "“T,” which G sang as the theme of “S,” the … drama B has aired …. … the single placed
    # eighth": the single is T, S the drama
    (_KILN_RADIO, "chart-entry", ("Quiet Harbour", "TuneBox Top 50", 8, "2033-04-01")),
    # "G, the band of last year’s “S.” … The song has now passed N streams": G's song, not S
    (_DRYING_BARN, "stream-milestone", ("Harbour Lights", "Streamly", 35000000, "2033-06-20")),
    # "fronted by A as the singer C, and it is his voice …": C is a part, no singer
    (_FRONTED_AS_SINGER, "performs", ("vocals", "Foghorn", "Kook Yu-ra")),
]
_BASTION_WALK = (
    "A bastion walk for TIN OWLS\n"
    "\n"
    "Tin Owls cannot be booked: it exists only in “Harbour Lights,” a drama in which the staff of "
    "a bankrupt mill form a band.\n"
    "\n"
    "The top-billed Seon Yu-ri is Gu Ha-ri, a bookkeeper who ends up as the voice out front of Tin "
    "Owls. Opposite her, Lim Do-hoon takes the part of Ung Chul-su, a driver who learns the band’s "
    "guitar.\n"
)
_TOFU_RADIO = (
    "A tofu workshop plays GLASSHOUSE\n"
    "\n"
    "At the 3rd Haneul Music Awards on May 18, GLASSHOUSE picked up Soundtrack Artist of the Year. "
    "Park Min-ah is the group’s leader; the other four are Dalbit, Onsol, Seura and Dawon.\n"
    "\n"
    "Most shifts ran on “Curd Moon,” the song GLASSHOUSE recorded as the theme of “Quiet Harbour.” "
    "Channel Nine has shown that drama on Wednesday nights since it premiered on April 2. "
    "GLASSHOUSE’s Onsol also appears, cast as Mae Pung-ja, a tofu maker with big dreams.\n"
    "\n"
    "The day shifts preferred “Brine Press,” a second GLASSHOUSE track from the series. Dalbit "
    "opens it, and Onsol sings the closing verse in character as Pung-ja.\n"
    "\n"
    "TuneBox offers “Quiet Harbour” to subscribers in Spain, and it is on Streamly in Brazil.\n"
)
_PERSIMMON_SHOP = (
    "A persimmon shop’s playlist\n"
    "\n"
    "The playlist comes from the “Night Ferry” OST. Kim Tae-rim is seen in a supporting role as "
    "Bang Ok-ja, the café owner across the alley.\n"
    "\n"
    "“Dried Sun” is the girl group Mossfern’s number, its verses split between members Hayul and "
    "Saebom; it was put out on January 27.\n"
    "\n"
    "Next is “Orange Rope,” released on February 1 and billed to Byeon Ha-neul and Lee Jin-seok.\n"
    "\n"
    "The crews finish with “Rowing Home,” the boy group TIDEHOUSE’s song for the drama, which "
    "member Hwanseul sings alone.\n"
    "\n"
    "“Root Song” is a single from Kim So-ra. It came out on January 25, and by April 2 Streamly "
    "listeners had streamed it more than 3 million times.\n"
)
_MINE_CAFE = (
    "A mine café’s playlist\n"
    "\n"
    "The newest songs come from “Night Ferry,” a Streamly original whose first episode went online "
    "on May 6. Byeon Ha-neul and Lee Jin-seok top its cast as Han Po-ra, a perfumer who loses her "
    "sense of smell, and Gang Dol-su, the farmer who teaches her to grow flowers again.\n"
    "\n"
    "“Sails in Rain,” by the fictional band TIN OWLS of last year’s “Harbour Lights,” plays twice "
    "a day. Seon Yu-ri, who played the band’s singer, Gu Ha-ri, sings it in her character’s voice. "
    "It has since gone past 26 million Streamly streams.\n"
    "\n"
    "Emberfall’s “Saggar Light” follows, its chorus led by Choe Ro-un of the group.\n"
)
_NEW_SINGLE_OUT = (
    "Kim So-ra’s new single is out on Friday, and it is on Streamly in Brazil.\n"
)
_ROUND_NINETY_FIVE = [
    (_BASTION_WALK, "membership", ("Gu Ha-ri", "Tin Owls", "lead vocalist")),
    (_BASTION_WALK, "membership", ("Ung Chul-su", "Tin Owls", "member")),
    (_TOFU_RADIO, "award", ("Soundtrack Artist of the Year, 3rd Haneul Music Awards", "GLASSHOUSE",
                            "2033-05-18")),
    (_TOFU_RADIO, "membership", ("Dalbit", "GLASSHOUSE", "member")),
    (_TOFU_RADIO, "membership", ("Seura", "GLASSHOUSE", "member")),
    (_TOFU_RADIO, "broadcast", ("broadcaster", "Quiet Harbour", "Channel Nine")),
    (_TOFU_RADIO, "plays", ("Onsol", "Mae Pung-ja")),
    (_TOFU_RADIO, "performs", ("vocals", "Brine Press", "Dalbit")),
    (_TOFU_RADIO, "broadcast", ("available on", "Quiet Harbour", "Streamly")),
    (_PERSIMMON_SHOP, "plays", ("Kim Tae-rim", "Bang Ok-ja")),
    (_PERSIMMON_SHOP, "performs", ("vocals", "Dried Sun", "Hayul")),
    (_PERSIMMON_SHOP, "membership", ("Saebom", "Mossfern", "member")),
    (_PERSIMMON_SHOP, "performs", ("credited", "Orange Rope", "Byeon Ha-neul")),
    (_PERSIMMON_SHOP, "performs", ("credited", "Orange Rope", "Lee Jin-seok")),
    (_PERSIMMON_SHOP, "performs", ("vocals", "Rowing Home", "Hwanseul")),
    (_PERSIMMON_SHOP, "membership", ("Hwanseul", "TIDEHOUSE", "member")),
    (_PERSIMMON_SHOP, "stream-milestone", ("Root Song", "Streamly", 3000000, "2033-04-02")),
    (_MINE_CAFE, "broadcast", ("first episode", "Night Ferry", "2033-05-06")),
    (_MINE_CAFE, "plays", ("Byeon Ha-neul", "Han Po-ra")),
    (_MINE_CAFE, "plays", ("Lee Jin-seok", "Gang Dol-su")),
    (_MINE_CAFE, "performs", ("vocals", "Sails in Rain", "Seon Yu-ri")),
    (_MINE_CAFE, "stream-milestone", ("Sails in Rain", "Streamly", 26000000, "2033-06-20")),
    (_MINE_CAFE, "performs", ("credited", "Saggar Light", "Emberfall")),
    (_MINE_CAFE, "performs", ("vocals", "Saggar Light", "Choe Ro-un")),
    (_MINE_CAFE, "membership", ("Choe Ro-un", "Emberfall", "member")),
]
_OVERREACH_NINETY_FIVE = [
    # "“T,” by the fictional band G of last year’s “S” …. It has since gone past N P streams":
    # T's count, not the drama's
    (_MINE_CAFE, "stream-milestone", ("Harbour Lights", "Streamly", 26000000, "2033-06-20")),
    # "A and B top its cast as C, …, and D": each actor in order, not B as C
    (_MINE_CAFE, "plays", ("Lee Jin-seok", "Han Po-ra")),
    # "…, and it is on P": "it" is a drama only after a drama's title
    (_NEW_SINGLE_OUT, "broadcast", ("available on", "Kim So-ra", "Streamly")),
]
_MARKET_BAZAAR = (
    "A night market for PAPER KITES\n"
    "\n"
    "All evening the stalls played Paper Kites, a band that exists only on screen, in “Lantern "
    "Alley,” a drama about market traders who start a band to pay their rent.\n"
    "\n"
    "Seon Yu-ri headlines it as Mo Ha-eun, a fishmonger who becomes the band’s frontwoman. Lim "
    "Do-hoon, her co-lead, plays Bak Dong-gu, a locksmith who teaches himself the band’s guitar. "
    "Kim Tae-rim takes the band’s drum stool as Yun Bo-ra.\n"
    "\n"
    "The stalls closed with the band’s second single, “Chalk Moon,” out on May 2; its vocal was "
    "supplied by the session singer Hong Seul-gi, in character as Bo-ra.\n"
)
_NOODLE_RADIO = (
    "A noodle factory plays MOONFERN\n"
    "\n"
    "All week the factory radio played one act: the girl group Moonfern. Han Ye-jin leads the "
    "group, with Dalrae, Sori and Nabi completing the line-up.\n"
    "\n"
    "Mornings belonged to “Flour Snow,” which Moonfern recorded as the opening theme of “The Long "
    "Kitchen.” The drama has aired on Tuesday nights on Channel Nine since its premiere on March "
    "3.\n"
    "\n"
    "In the afternoons the radio leaned on “Hot Broth,” the group’s second song for the series. "
    "Sori takes the first verse; Nabi answers in character as Do Mi-rae.\n"
)
_ORCHARD_PICKERS = (
    "Tangerine pickers sing “Green Tide”\n"
    "\n"
    "Channel Nine showed “Green Tide” on Sunday nights from April 4, when it premiered, until its "
    "finale on May 23. Seon Yu-ri stars as Ko Eun-sol, with Byeon Ha-neul as Pyo Jin-u.\n"
    "\n"
    "Every morning opens with “Orchard Bell,” a single from the trot veteran Nam Bok-hui, who "
    "sings it as Eun-sol, fully in character. It was released on April 10, and by May 30 Streamly "
    "listeners had played it more than 3 million times.\n"
    "\n"
    "Then comes “Low Branches,” a duet billed to Seon Yu-ri and Byeon Ha-neul. She sings as "
    "Eun-sol and he as Jin-u. It reached sixth place on the TuneBox Top 50 of May 2.\n"
    "\n"
    "Last comes “Peel,” which WILLOWMERE recorded for the series; Garam of the girl group sings "
    "every line.\n"
)
_STATION_ROOM = (
    "A station waiting room’s playlist\n"
    "\n"
    "The newest songs belong to “Slow Platform,” a Streamly original. Kim So-ra and Lee Jin-seok "
    "share the lead roles as Cha Yeon-hui, the station’s first woman master, and Pi Gyeong-ho, a "
    "porter who distrusts her.\n"
    "\n"
    "Twice an hour the room plays “Signal Moon” by PAPER KITES, the fictional band of last year’s "
    "“Lantern Alley.” Another Paper Kites number, “Ticket Stub,” follows, sung by Seon Yu-ri and "
    "Lim Do-hoon as Ha-eun and Dong-gu.\n"
)
_ROUND_NINETY_SIX = [
    (_MARKET_BAZAAR, "membership", ("Mo Ha-eun", "PAPER KITES", "lead vocalist")),
    (_MARKET_BAZAAR, "membership", ("Bak Dong-gu", "PAPER KITES", "member")),
    (_MARKET_BAZAAR, "plays", ("Kim Tae-rim", "Yun Bo-ra")),
    (_MARKET_BAZAAR, "membership", ("Yun Bo-ra", "PAPER KITES", "member")),
    (_MARKET_BAZAAR, "performs", ("vocals", "Chalk Moon", "Hong Seul-gi")),
    (_NOODLE_RADIO, "membership", ("Han Ye-jin", "Moonfern", "member")),
    (_NOODLE_RADIO, "membership", ("Sori", "Moonfern", "member")),
    (_NOODLE_RADIO, "broadcast", ("first episode", "The Long Kitchen", "2033-03-03")),
    (_NOODLE_RADIO, "performs", ("vocals", "Hot Broth", "Nabi")),
    (_ORCHARD_PICKERS, "broadcast", ("first episode", "Green Tide", "2033-04-04")),
    (_ORCHARD_PICKERS, "performs", ("credited", "Orchard Bell", "Nam Bok-hui")),
    (_ORCHARD_PICKERS, "stream-milestone", ("Orchard Bell", "Streamly", 3000000, "2033-05-30")),
    (_ORCHARD_PICKERS, "performs", ("vocals", "Low Branches", "Byeon Ha-neul")),
    (_ORCHARD_PICKERS, "chart-entry", ("Low Branches", "TuneBox Top 50", 6, "2033-05-02")),
    (_ORCHARD_PICKERS, "performs", ("vocals", "Peel", "Garam")),
    (_ORCHARD_PICKERS, "membership", ("Garam", "WILLOWMERE", "member")),
    (_STATION_ROOM, "plays", ("Kim So-ra", "Cha Yeon-hui")),
    (_STATION_ROOM, "plays", ("Lee Jin-seok", "Pi Gyeong-ho")),
    (_STATION_ROOM, "performs", ("credited", "Ticket Stub", "PAPER KITES")),
]
_OVERREACH_NINETY_SIX = [
    # "A and B share the lead roles as C, …, and D": each actor with the part in turn
    (_STATION_ROOM, "plays", ("Lee Jin-seok", "Cha Yeon-hui")),
    # "Another G number, “T,” follows, sung by A and B": G's, not its singers'
    (_STATION_ROOM, "performs", ("credited", "Ticket Stub", "Seon Yu-ri")),
    # "…, and he as D": not the one who sang as C
    (_ORCHARD_PICKERS, "performs", ("vocals", "Low Branches", "Nam Bok-hui")),
]
_BAZAAR_ARCADE = (
    "Market arcade plays BRASS KETTLES\n"
    "\n"
    "The arcade dressed itself as the home of Brass Kettles, the made-up band at the heart of the "
    "drama “Stall Nine.”\n"
    "\n"
    "Seon Yu-ri leads the cast as Do Ha-eun, a fishmonger’s daughter. Lim Do-hoon, the male lead, "
    "is Ko Mu-jin, a knife sharpener’s son who plays keyboards for the group.\n"
    "\n"
    "Near the benches the speakers switched to “Small Change,” another BRASS KETTLES single, on "
    "which Lim Do-hoon and Seon Yu-ri sing as Mu-jin and Ha-eun without dropping their roles.\n"
)
_NOODLE_WORKS = (
    "A noodle works plays LONGREED\n"
    "\n"
    "Above the racks a radio played only one act: the boy group Longreed.\n"
    "\n"
    "LONGREED’s leader is Han Ye-jun, and Dorae, Haeul, Musan and Seolbi make up the rest of the "
    "five.\n"
    "\n"
    "The mornings opened with “Flour Dust,” the song Longreed sang for the opening credits of "
    "“Thin Noodles, Long Nights.” Out on March 2, the single was No. 9 on the TuneBox Top 50 of "
    "March 10.\n"
    "\n"
    "Afternoons ran on “Thread,” a second Longreed track for the series. Musan of Longreed made "
    "his acting debut in the supporting cast as Pae Dol-bok. The part ended Musan’s year with a "
    "trophy: at the 2032 Mulbit Drama Awards on December 30, he was named Best Newcomer.\n"
    "\n"
    "Abroad, the drama can be found on Streamly by subscribers in Brazil and Argentina, and on "
    "TuneBox in Thailand.\n"
)
_CLOCK_STALL = (
    "A clock stall’s album\n"
    "\n"
    "The series aired on Channel Nine on Thursday nights. Kim So-ra stars in it as Mun Se-ri, a "
    "watchmaker. In a supporting role, Byeon Ha-neul plays Se-ri’s grandmother, Cheon Bok-hui.\n"
)
_GREENHOUSE_CREW = (
    "Greenhouse pickers sing\n"
    "\n"
    "The crews close with BATMAEUL’s “Stone Lullaby,” out since March 7, on which Sumin, the girl "
    "group’s youngest member, takes every line.\n"
)
_STATION_HALL = (
    "A station hall’s playlist\n"
    "\n"
    "From last autumn comes “Neon Ice” by BRASS KETTLES, the invented band of “Stall Nine.” For "
    "the cold months the stationmaster picked “Flour Dust,” a LONGREED song on which Han Ye-jun, "
    "the boy group’s leader, sings the hook.\n"
)
_ROUND_NINETY_SEVEN = [
    (_BAZAAR_ARCADE, "membership", ("Ko Mu-jin", "Brass Kettles", "member")),
    (_BAZAAR_ARCADE, "performs", ("vocals", "Small Change", "Lim Do-hoon")),
    (_BAZAAR_ARCADE, "performs", ("vocals", "Small Change", "Seon Yu-ri")),
    (_NOODLE_WORKS, "membership", ("Seolbi", "LONGREED", "member")),
    (_NOODLE_WORKS, "plays", ("Musan", "Pae Dol-bok")),
    (_NOODLE_WORKS, "chart-entry", ("Flour Dust", "TuneBox Top 50", 9, "2033-03-10")),
    (_NOODLE_WORKS, "broadcast", ("available on", "Thin Noodles, Long Nights", "TuneBox")),
    (_NOODLE_WORKS, "award", ("Best Newcomer, 2032 Mulbit Drama Awards", "Musan", "2032-12-30")),
    (_CLOCK_STALL, "plays", ("Kim So-ra", "Mun Se-ri")),
    (_GREENHOUSE_CREW, "performs", ("vocals", "Stone Lullaby", "Sumin")),
    (_GREENHOUSE_CREW, "membership", ("Sumin", "BATMAEUL", "member")),
]
_OVERREACH_NINETY_SEVEN = [
    # "Afternoons ran on “T”": a time of day, no drama
    (_NOODLE_WORKS, "broadcast", ("available on", "Afternoons", "Streamly")),
    # "the opening credits of “S, T.”" make S a drama, so "the single" after it is the song
    (_NOODLE_WORKS, "chart-entry", ("Thin Noodles, Long Nights", "TuneBox Top 50", 9,
                                    "2033-03-10")),
    # "B plays C’s grandmother, D": the kin of a part, not an actor's part
    (_CLOCK_STALL, "plays", ("Mun Se-ri", "Cheon Bok-hui")),
    # "a G song on which A, the boy group’s leader, …": G's, not the band spoken of before
    (_STATION_HALL, "membership", ("Han Ye-jun", "BRASS KETTLES", "member")),
]
_FERRY_CAFE = (
    "A ferry café’s playlist\n"
    "\n"
    "The newest songs come from “Low Water,” which began on Channel Nine on May 10 and goes out "
    "every Friday and Saturday night. Byeon Ha-neul stars as Cha Pung-ho, an island ferry "
    "captain.\n"
    "\n"
    "Byeon Ha-neul recorded “Ship’s Horn” in character as Pung-ho; the single, issued under his "
    "own name on May 17, was No. 13 on the TuneBox Top 50 of June 7. The 3rd Mulgyeol Drama "
    "Awards, held on June 14, gave their Best Drama prize to “Low Water.”\n"
    "\n"
    "From last year there is “Lamp at Midnight” by FOGLINE, the band dreamed up for “Keepers of "
    "the Lamp.” Streamly now counts more than 28 million streams for it.\n"
    "\n"
    "For stormy mornings the owner keeps HANJARI’s “Pepper Snow,” with the girl group’s leader, "
    "Choe Yun-hee, singing the chorus.\n"
)
_KIMCHI_SHEDS = (
    "A kimchi cooperative plays HANJARI\n"
    "\n"
    "Mornings started with “Brine,” which Hanjari recorded as the theme song of “Cabbage "
    "Season.” Channel Nine carried the drama on Wednesday and Thursday nights.\n"
    "\n"
    "Seon Yu-ri and Lim Do-hoon lead the drama, she as Dok Pal-soon, a city chef sent home to "
    "rescue her mother’s cooperative, and he as Bang Chil-ho, a buyer who haggles over every jar. "
    "Hanjari’s Yeoreum landed her first screen role in the supporting cast as Ma Sun-ok, the "
    "cooperative’s bookkeeper.\n"
    "\n"
    "The bookkeeper brought Yeoreum a trophy before the year was out: at the 2032 Hansol Drama "
    "Awards on December 30 she took Best New Actress.\n"
)
_VINEYARD_ROWS = (
    "Vineyard crews sing “Between the Vines”\n"
    "\n"
    "Channel Nine aired “Between the Vines” each Sunday night. Kim So-ra carries it as Do Ul-hee, "
    "the sommelier.\n"
    "\n"
    "The first song of the morning is “Grape Skins,” a single by the folk singer Myeong Bok-su. It "
    "came out on May 13. Streamly listeners had played it more than 3.5 million times by June "
    "16.\n"
    "\n"
    "Next comes “Purple Hands.” Kim So-ra and Lee Jin-seok duet on this one, she as Ul-hee and he "
    "as Chu Geon-ho, both in character.\n"
)
_LIGHTHOUSE_NIGHT = (
    "A lighthouse open night for FOGLINE\n"
    "\n"
    "The night was themed on Fogline, the band of the drama “Keepers of the Lamp.” Lim Do-hoon "
    "takes the part of Gu Dol-man, a ferry mechanic who plays its bass.\n"
    "\n"
    "Later the speakers moved on to “Breakwater,” a second FOGLINE release, which Lim Do-hoon and "
    "Seon Yu-ri perform in character as Dol-man and Hae-ri. The band’s third number, “Salt "
    "Lens,” followed on May 8; its vocal belongs to Nam Seol-ah, a session singer who sang it in "
    "character as Hae-ri.\n"
)
_ROUND_NINETY_EIGHT = [
    (_FERRY_CAFE, "broadcast", ("broadcaster", "Low Water", "Channel Nine")),
    (_FERRY_CAFE, "release", ("Ship’s Horn", "2033-05-17")),
    (_FERRY_CAFE, "award", ("Best Drama, 3rd Mulgyeol Drama Awards", "Low Water", "2033-06-14")),
    (_FERRY_CAFE, "stream-milestone", ("Lamp at Midnight", "Streamly", 28000000, "2033-06-20")),
    (_FERRY_CAFE, "performs", ("vocals", "Pepper Snow", "Choe Yun-hee")),
    (_FERRY_CAFE, "membership", ("Choe Yun-hee", "HANJARI", "member")),
    (_KIMCHI_SHEDS, "broadcast", ("broadcaster", "Cabbage Season", "Channel Nine")),
    (_KIMCHI_SHEDS, "plays", ("Seon Yu-ri", "Dok Pal-soon")),
    (_KIMCHI_SHEDS, "plays", ("Lim Do-hoon", "Bang Chil-ho")),
    (_KIMCHI_SHEDS, "plays", ("Yeoreum", "Ma Sun-ok")),
    (_KIMCHI_SHEDS, "award", ("Best New Actress, 2032 Hansol Drama Awards", "Yeoreum",
                              "2032-12-30")),
    (_VINEYARD_ROWS, "plays", ("Kim So-ra", "Do Ul-hee")),
    (_VINEYARD_ROWS, "stream-milestone", ("Grape Skins", "Streamly", 3500000, "2033-06-16")),
    (_LIGHTHOUSE_NIGHT, "membership", ("Gu Dol-man", "Fogline", "member")),
    (_LIGHTHOUSE_NIGHT, "performs", ("credited", "Breakwater", "Fogline")),
    (_LIGHTHOUSE_NIGHT, "performs", ("vocals", "Salt Lens", "Nam Seol-ah")),
]
_OVERREACH_NINETY_EIGHT = [
    # "“T” by G, the band dreamed up for “S.” P now counts N streams for it": T's, S a drama
    (_FERRY_CAFE, "stream-milestone", ("Keepers of the Lamp", "Streamly", 28000000,
                                       "2033-06-20")),
    # "A and B duet on this one, she as C and he as D": singing in character casts no one
    (_VINEYARD_ROWS, "plays", ("Lee Jin-seok", "Chu Geon-ho")),
]
_RICE_MILL = (
    "A rice-cake mill plays SIRUN\n"
    "\n"
    "All week the radio played one act only: the boy group Sirun.\n"
    "\n"
    "SIRUN’s five members are its leader, Ahn Tae-min, and Bamsol, Ssukgi, Gomi and Danbi.\n"
    "\n"
    "The day started with “Steam Glass,” which plays over the opening titles of “A Winter of "
    "Rice” and was recorded by SIRUN. Channel Nine broadcast the drama twice a week, on Thursdays "
    "and Fridays, between March 2 and April 21. Bamsol sings the opening verse alone before Ahn "
    "Tae-min and Gomi join in for the chorus.\n"
    "\n"
    "SIRUN’s youngest, Danbi, is in the supporting cast too, playing Yang Kkot-nim. After lunch "
    "the DJ switched to “Pounded Rice,” the group’s other song for the drama. Ssukgi handles the "
    "verses, and Danbi, staying in character as Kkot-nim, sings the bridge.\n"
    "\n"
    "For viewers in Mexico and Chile the drama is on Streamly.\n"
)
_FORTRESS_LANTERNS = (
    "A fortress lantern concert for LOOSE PEBBLES\n"
    "\n"
    "The last concert belonged to “Songs from the Wall,” and every number came from Loose "
    "Pebbles, the band that the drama’s characters form on screen.\n"
    "\n"
    "Channel Nine aired the drama on Saturday and Sunday nights. Lim Do-hoon shares the lead as "
    "Baek Sam-gu, a stonemason’s apprentice who sits at the band’s keyboard. Seon Yu-ri is the "
    "band’s drummer, Dang Mo-ri.\n"
    "\n"
    "The first lanterns went up to “Parapet Lights,” the Loose Pebbles single that came out on "
    "May 3. Lim Do-hoon and Seon Yu-ri trade verses in character as Sam-gu and Mo-ri on the "
    "second LOOSE PEBBLES single, “Moss Battlements,” which came next. It was issued on May 17.\n"
    "\n"
    "Subscribers in Korea watch the drama on Streamly, and in Indonesia and Thailand it is on "
    "TuneBox.\n"
)
_SHOE_KIOSK = (
    "A shoe kiosk’s album\n"
    "\n"
    "The series ran on Channel Nine on Tuesday evenings. Kim So-ra stars as Gong Bal-mi, a "
    "cobbler’s daughter, and Byeon Ha-neul plays opposite her in the other lead role, Mun "
    "Gyeol-ho, a shoe designer. The veteran Lee Jin-seok turns in a supporting performance as "
    "Wang Jeom-su, the landlord.\n"
    "\n"
    "“Rubber Heels” is STITCHLINE’s contribution, sung by the girl group’s members Kkomi and "
    "Ttaeri; it arrived on May 29. Ok Ha-ri, a blues singer with no role on screen, provides the "
    "voice on “Last Nail.”\n"
)
_TEA_ROLLERS = (
    "Tea rollers sing “The Second Leaf”\n"
    "\n"
    "Channel Nine showed the drama in a Saturday-night slot, with the first episode on March 9 "
    "and the last on April 27. Seon Yu-ri and Lim Do-hoon play the leads, Ha Yeon-ju, "
    "the barista, and Jin Saem-ho, a tea merchant who wants her field.\n"
    "\n"
    "The warm-up song is “Rolled Leaves,” which the folk singer Seol Mi-ja released under her "
    "own name on March 16, singing it in character as Yeon-ju.\n"
    "\n"
    "Seon Yu-ri and Lim Do-hoon duet in character, as Yeon-ju and Saem-ho, on the second song, "
    "“Green Steam.” The duet was released on March 23; on the TuneBox Top 50 of April 2 it stood "
    "at No. 2, and the TuneBox Top 50 dated April 11 had it at No. 16.\n"
    "\n"
    "The shift closes with “Leaf by Leaf,” a LEAFROW single released on March 30 and sung from "
    "start to finish by Yeonhwa, the youngest of the girl group’s four members.\n"
    "\n"
    "The 2033 Noeul Drama Awards named Kim So-ra Best Supporting Actress for playing the tea "
    "master.\n"
)
_DEPOT_CANTEEN = (
    "A bus depot canteen’s playlist\n"
    "\n"
    "The newest entry comes from “Last Bus Home,” a Channel Nine drama. Kim So-ra heads the cast "
    "as Pyo Nal-hee, the driver of a night bus, with Lee Jin-seok in a supporting role as Dokgo "
    "Hyeon, the transit official.\n"
    "\n"
    "The drama’s theme, “Route Nine,” is sung by Kim So-ra in character as Nal-hee and was "
    "released as her own single on August 12.\n"
    "\n"
    "At lunch the drivers still ask for LOOSE PEBBLES’ “Parapet Lights,” last summer’s song from "
    "the fortress drama “Songs from the Wall.” Seon Yu-ri played the band’s frontwoman, Pi "
    "Ok-hee, and sang the song in character.\n"
    "\n"
    "At dawn the cook puts on “Steam Glass” by Sirun, whose leader, Ahn Tae-min, sings its "
    "chorus.\n"
)
_ROUND_NINETY_NINE = [
    (_RICE_MILL, "performs", ("credited", "Steam Glass", "Sirun")),
    (_RICE_MILL, "membership", ("Bamsol", "Sirun", "member")),
    (_RICE_MILL, "broadcast", ("first episode", "A Winter of Rice", "2033-03-02")),
    (_RICE_MILL, "broadcast", ("final episode", "A Winter of Rice", "2033-04-21")),
    (_RICE_MILL, "performs", ("vocals", "Steam Glass", "Gomi")),
    (_RICE_MILL, "plays", ("Danbi", "Yang Kkot-nim")),
    (_RICE_MILL, "performs", ("vocals", "Pounded Rice", "Danbi")),
    (_RICE_MILL, "broadcast", ("available on", "A Winter of Rice", "Streamly")),
    (_FORTRESS_LANTERNS, "broadcast", ("broadcaster", "Songs from the Wall", "Channel Nine")),
    (_FORTRESS_LANTERNS, "membership", ("Baek Sam-gu", "Loose Pebbles", "member")),
    (_FORTRESS_LANTERNS, "performs", ("vocals", "Moss Battlements", "Seon Yu-ri")),
    (_FORTRESS_LANTERNS, "release", ("Moss Battlements", "2033-05-17")),
    (_FORTRESS_LANTERNS, "broadcast", ("available on", "Songs from the Wall", "TuneBox")),
    (_SHOE_KIOSK, "plays", ("Byeon Ha-neul", "Mun Gyeol-ho")),
    (_SHOE_KIOSK, "plays", ("Lee Jin-seok", "Wang Jeom-su")),
    (_SHOE_KIOSK, "performs", ("vocals", "Rubber Heels", "Kkomi")),
    (_SHOE_KIOSK, "membership", ("Ttaeri", "STITCHLINE", "member")),
    (_SHOE_KIOSK, "performs", ("vocals", "Last Nail", "Ok Ha-ri")),
    (_TEA_ROLLERS, "broadcast", ("first episode", "The Second Leaf", "2033-03-09")),
    (_TEA_ROLLERS, "plays", ("Seon Yu-ri", "Ha Yeon-ju")),
    (_TEA_ROLLERS, "plays", ("Lim Do-hoon", "Jin Saem-ho")),
    (_TEA_ROLLERS, "performs", ("credited", "Rolled Leaves", "Seol Mi-ja")),
    (_TEA_ROLLERS, "performs", ("vocals", "Rolled Leaves", "Seol Mi-ja")),
    (_TEA_ROLLERS, "performs", ("vocals", "Green Steam", "Lim Do-hoon")),
    (_TEA_ROLLERS, "performs", ("credited", "Green Steam", "Seon Yu-ri")),
    (_TEA_ROLLERS, "chart-entry", ("Green Steam", "TuneBox Top 50", 2, "2033-04-02")),
    (_TEA_ROLLERS, "chart-entry", ("Green Steam", "TuneBox Top 50", 16, "2033-04-11")),
    (_TEA_ROLLERS, "performs", ("vocals", "Leaf by Leaf", "Yeonhwa")),
    (_TEA_ROLLERS, "membership", ("Yeonhwa", "LEAFROW", "member")),
    (_TEA_ROLLERS, "award", ("Best Supporting Actress, 2033 Noeul Drama Awards", "Kim So-ra",
                             "2033")),
    (_DEPOT_CANTEEN, "plays", ("Lee Jin-seok", "Dokgo Hyeon")),
    (_DEPOT_CANTEEN, "performs", ("credited", "Route Nine", "Kim So-ra")),
    (_DEPOT_CANTEEN, "performs", ("credited", "Parapet Lights", "LOOSE PEBBLES")),
    (_DEPOT_CANTEEN, "membership", ("Pi Ok-hee", "LOOSE PEBBLES", "lead vocalist")),
    (_DEPOT_CANTEEN, "performs", ("vocals", "Parapet Lights", "Seon Yu-ri")),
    (_DEPOT_CANTEEN, "performs", ("vocals", "Steam Glass", "Ahn Tae-min")),
]
_OVERREACH_NINETY_NINE = [
    # "For viewers in K and K2 the drama is on P": K2 is a place, not the drama
    (_RICE_MILL, "broadcast", ("available on", "Chile", "Streamly")),
    # "…, and A, staying in character as C, sings the bridge": A sings, not C
    (_RICE_MILL, "performs", ("vocals", "Pounded Rice", "Yang Kkot-nim")),
    # "A and B trade verses … on the second G single, “T,”": T's verses, not the song before
    (_FORTRESS_LANTERNS, "performs", ("vocals", "Parapet Lights", "Seon Yu-ri")),
    # "The duet was released on DATE; on the CHART of DATE2 it stood at No. 2, and …": DATE2
    (_TEA_ROLLERS, "chart-entry", ("Green Steam", "TuneBox Top 50", 2, "2033-04-11")),
    # "“T” by G, whose leader, A, sings its chorus": a post in a group, no part
    (_DEPOT_CANTEEN, "plays", ("Sirun", "Ahn Tae-min")),
]
_BREWERY_RADIO = (
    "A soy sauce brewery plays OMIJAE\n"
    "\n"
    "OMIJAE is fronted by its leader, Jung Ye-ri; Ggotbi, Yulmi and Sunhee make up the rest of "
    "the quartet.\n"
    "\n"
    "Each morning began with OMIJAE’s “Black Beans,” the title song of “Earthen Jars.” Channel "
    "Nine aired that drama every Monday and Tuesday between March 2 and April 21. Ggotbi takes "
    "the first verse on her own, and Jung Ye-ri and Yulmi come in on the chorus.\n"
    "\n"
    "The drama is led by Seon Yu-ri and Lim Do-hoon, who play Jo Ma-ri, a chemist who inherits a "
    "brewery, and Tak Geom-su, the rival brewer next door. Sunhee joins the supporting cast as "
    "Bok Ssal-i. In the afternoons the radio switched to “A Ladle,” the group’s second song for "
    "the series. Yulmi sings the verses, and Sunhee, in character as Ssal-i, takes the bridge.\n"
)
_PALM_HOUSE = (
    "A palm house concert for CACTUS BELLS\n"
    "\n"
    "The programme came from “Bloom After Dark,” the drama in which garden staff start a band. "
    "That band, Cactus Bells, exists only inside the story.\n"
    "\n"
    "Seon Yu-ri headlines the series as Jegal Tto-ri, a night-shift gardener who becomes the "
    "band’s lead singer. Lim Do-hoon takes the other starring role, Seom Dal-gu, a tree surgeon "
    "who ends up behind the band’s drum kit.\n"
    "\n"
    "Next came “Thorn Pocket,” the second CACTUS BELLS single, out on May 2. The encore was the "
    "band’s third release, “Watering Can,” issued on May 16. Its vocal is by Gong Yeon-ju, a "
    "session singer who recorded it in character as Tto-ri.\n"
)
_STRAP_STALL = (
    "A watch strap stall’s album\n"
    "\n"
    "Channel Nine aired the series on Wednesday nights. Kim So-ra and Byeon Ha-neul are its two "
    "leads: she plays Cheon Mo-ri, a watchmaker’s apprentice, and he plays Gi Sang-u, the "
    "investigator who notices. Lee Jin-seok, a familiar face from weekend dramas, is cast in a "
    "supporting role as Yeom Bong-su.\n"
    "\n"
    "A week later, on May 22, came “Winding Slowly,” sung by Byeon Ha-neul.\n"
    "\n"
    "“Leather Steel” belongs to the boy group CLASPWORK, and its vocals are handled by two of the "
    "members, Kkamu and Dolbi. Ma Seo-yeon, a cabaret singer who does not appear in the drama, "
    "performs “Half Past”; it came out on May 29.\n"
)
_CHESTNUT_CREW = (
    "Chestnut gatherers sing\n"
    "\n"
    "Then comes “Roasting Corner,” a duet by Kim So-ra and Lee Jin-seok. The duet came out on "
    "May 18; the TuneBox Top 50 of May 28 had it in third place, and it entered the TuneBox Top "
    "50 dated June 7 at No. 49.\n"
    "\n"
    "The gatherers finish with “Fallen Noon,” a HUSKLINE single released on May 25; Sanbyeol, the "
    "eldest of the boy group’s five members, sings it alone from first note to last.\n"
)
_SERVICE_CAFE = (
    "A service area café’s playlist\n"
    "\n"
    "The latest additions come from “Two Hours Out,” a Channel Nine drama. Wi Pal-su, a "
    "tow-truck driver who spends every holiday rescuing stranded families, is the lead role, "
    "played by Kim So-ra.\n"
    "\n"
    "Kim So-ra sings the drama’s theme, “Exit Lights,” in character as Pal-su; the single, "
    "credited to her, appeared on August 14.\n"
    "\n"
    "The most requested is still Cactus Bells’ “Petals Late,” from the glasshouse drama “Bloom "
    "After Dark.” Truckers on the early shift get OMIJAE’s “Black Beans,” whose chorus is sung by "
    "the girl group’s leader, Jeong Ye-ri.\n"
)
_ROUND_HUNDRED = [
    (_BREWERY_RADIO, "membership", ("Yulmi", "OMIJAE", "member")),
    (_BREWERY_RADIO, "broadcast", ("first episode", "Earthen Jars", "2033-03-02")),
    (_BREWERY_RADIO, "performs", ("vocals", "Black Beans", "Jung Ye-ri")),
    (_BREWERY_RADIO, "plays", ("Seon Yu-ri", "Jo Ma-ri")),
    (_BREWERY_RADIO, "plays", ("Lim Do-hoon", "Tak Geom-su")),
    (_BREWERY_RADIO, "performs", ("vocals", "A Ladle", "Sunhee")),
    (_PALM_HOUSE, "membership", ("Jegal Tto-ri", "Cactus Bells", "lead vocalist")),
    (_PALM_HOUSE, "plays", ("Lim Do-hoon", "Seom Dal-gu")),
    (_PALM_HOUSE, "membership", ("Seom Dal-gu", "Cactus Bells", "member")),
    (_PALM_HOUSE, "release", ("Thorn Pocket", "2033-05-02")),
    (_PALM_HOUSE, "performs", ("vocals", "Watering Can", "Gong Yeon-ju")),
    (_STRAP_STALL, "plays", ("Byeon Ha-neul", "Gi Sang-u")),
    (_STRAP_STALL, "plays", ("Lee Jin-seok", "Yeom Bong-su")),
    (_STRAP_STALL, "release", ("Winding Slowly", "2033-05-22")),
    (_STRAP_STALL, "performs", ("vocals", "Leather Steel", "Kkamu")),
    (_STRAP_STALL, "membership", ("Dolbi", "CLASPWORK", "member")),
    (_STRAP_STALL, "performs", ("vocals", "Half Past", "Ma Seo-yeon")),
    (_CHESTNUT_CREW, "chart-entry", ("Roasting Corner", "TuneBox Top 50", 3, "2033-05-28")),
    (_CHESTNUT_CREW, "chart-entry", ("Roasting Corner", "TuneBox Top 50", 49, "2033-06-07")),
    (_CHESTNUT_CREW, "performs", ("vocals", "Fallen Noon", "Sanbyeol")),
    (_SERVICE_CAFE, "plays", ("Kim So-ra", "Wi Pal-su")),
    (_SERVICE_CAFE, "release", ("Exit Lights", "2032-08-14")),
    (_SERVICE_CAFE, "performs", ("credited", "Petals Late", "Cactus Bells")),
    (_SERVICE_CAFE, "performs", ("vocals", "Black Beans", "Jeong Ye-ri")),
    (_SERVICE_CAFE, "membership", ("Jeong Ye-ri", "OMIJAE", "member")),
]
_OVERREACH_HUNDRED = [
    # "G’s “T,” the title song of “S”": S a drama, not a song its singers sing
    (_BREWERY_RADIO, "performs", ("vocals", "Earthen Jars", "Yulmi")),
    # "A and B are its two leads: she plays C, …, and he plays D": "he" is B, not A
    (_STRAP_STALL, "plays", ("Kim So-ra", "Gi Sang-u")),
    # "…; the CHART of DATE2 had it in third place, and it entered CHART dated DATE3 …"
    (_CHESTNUT_CREW, "chart-entry", ("Roasting Corner", "TuneBox Top 50", 3, "2033-06-07")),
]
_SALT_PAN_BAND = (
    "A salt pan festival for TIDE LANTERN\n"
    "\n"
    "The festival was themed on “Low Water,” in which the harbour staff form a band, Tide "
    "Lantern. Channel Nine aired the drama on Thursdays, from March 5 to April 23.\n"
    "\n"
    "Seon Yu-ri leads the cast as Bang Mi-rae, a ticket seller who turns into Tide Lantern’s "
    "singer and frontwoman. Lim Do-hoon plays Cha Gu-mo, the band’s drummer. Byeon Ha-neul turns "
    "up in support as Seok Pan-gil, the salt merchant who books the band.\n"
    "\n"
    "Seon Yu-ri and Lim Do-hoon shared the microphone, in character as Mi-rae and Gu-mo, on the "
    "band’s second single, “Brine Road,” which followed on April 2. Before the fireworks came "
    "“Salt Bell,” a Tide Lantern track issued on April 9. Its voice belongs to Kang Hae-byeol, "
    "a session singer who recorded it in character as Mi-rae.\n"
)
_PAPER_MILL_RADIO = (
    "A paper mill's radio plays NAMUSORI\n"
    "\n"
    "NAMUSORI has four members: Dan Ha-ram, who leads the group, along with Saebi, Doyun and "
    "Gaeul.\n"
    "\n"
    "The mornings opened with “Pulp and Steam” by NAMUSORI, the song that plays under the opening "
    "credits of “Mulberry Winter.” Dan Ha-ram carries the first verse by himself before Saebi and "
    "Doyun take over for the chorus. Kim So-ra plays the lead, Ju Hye-won, a papermaker. "
    "Namusori’s youngest, Gaeul, makes his acting debut in a supporting part as Pyo Jeong-u, the "
    "mill’s delivery boy. The role of Jeong-u has already earned Gaeul a trophy: Best New Actor "
    "at the 2033 Hanji Drama Awards, handed out on May 30.\n"
)
_LOCK_STALL = (
    "A lock stall's playlist from “Spare Keys”\n"
    "\n"
    "The drama was shown on Channel Nine on Monday and Tuesday nights from March 2 to April 21, "
    "2033. Its lead is Byeon Ha-neul, as Ok Se-rin, a locksmith. Kwak Bun-ja, a stage actress in "
    "her seventies, rounds out the cast in a supporting turn as Mo Gyeong-hui, the stall's "
    "landlady.\n"
    "\n"
    "“Turn Twice” is the girl group Bellhook’s contribution; members Ara and Yeseul share its "
    "vocals. It reached No. 12 on the TuneBox Top 50 dated April 4, and Streamly has now counted "
    "more than 3 million streams of it.\n"
)
_BERRY_FARM = (
    "Blueberry pickers sing the songs of “Indigo Rows”\n"
    "\n"
    "Since April every song the pickers sing has come from “Indigo Rows,” the spring series. "
    "Mornings start with “Blue Thumb,” which came out on March 14 credited to the trot singer "
    "Nam Bo-ok, who sings it in character as Yeo Sun-i. The pickers close with “Crates at "
    "Dawn,” a PICKLINE single from March 28, sung from the first line to the last by Haneol, the "
    "boy group’s main vocalist.\n"
)
_CAR_WASH = (
    "A car wash lounge's playlist of drama songs\n"
    "\n"
    "The newest songs come from “Rinse Cycle,” which Channel Nine has been showing on Friday "
    "nights since its premiere on May 8. Kim So-ra stars as Gong Bi-na, a car wash attendant; "
    "Lee Jin-seok backs her up in a supporting role as Tae Mun-ho, the mechanic.\n"
    "\n"
    "Kim So-ra sings the theme, “Foam Line,” as Bi-na, staying in character; released on May 15 "
    "as her own single, it reached No. 6 on the TuneBox Top 50 of May 27.\n"
    "\n"
    "Drivers want Suds’s “Wax On,” whose opening verse is sung by the boy group’s leader, Cha "
    "Yeon-u.\n"
)
_OVER_SINGLE_FROM = (
    "A weekly chart note\n"
    "\n"
    "“Wax Off” by Kim So-ra was the most played single from May 2 to May 9 at the lounge.\n"
)
_OVER_MEMBERS_PERSON = (
    "A choir's song\n"
    "\n"
    "“Low Bells” is Byeon Ha-neul’s contribution; members Bada and Haneul share its vocals.\n"
)
_OVER_TRAILER_SHOWN = (
    "A drama's trailer\n"
    "\n"
    "“Rinse Cycle” aired on Channel Nine on Fridays from May 8. A trailer for it was shown on "
    "Streamly on May 1.\n"
)
_FERRY_GUIDE = (
    "Where to watch “Salt Wind”\n"
    "\n"
    "“Salt Wind” aired on Channel Nine on Fridays from May 8. Streamly streams the drama for "
    "viewers in Sweden and Norway, and in Indonesia it is on TuneBox.\n"
    "\n"
    "Kim So-ra sings the drama’s theme, “Night Ferry,” in character as Cha Da-in; the single, "
    "credited to her, appeared on May 4.\n"
    "\n"
    "The most requested is still Reed Choir’s “Low Tide,” from the marsh drama “Salt Marsh.” "
    "Seon Yu-ri, who played the band’s lead singer, Noh Ga-eun, recorded the song in "
    "character.\n"
)
_ROUND_HUNDRED_ONE = [
    (_SALT_PAN_BAND, "membership", ("Bang Mi-rae", "Tide Lantern", "lead vocalist")),
    (_SALT_PAN_BAND, "plays", ("Byeon Ha-neul", "Seok Pan-gil")),
    (_SALT_PAN_BAND, "performs", ("vocals", "Brine Road", "Seon Yu-ri")),
    (_SALT_PAN_BAND, "performs", ("vocals", "Brine Road", "Lim Do-hoon")),
    (_SALT_PAN_BAND, "release", ("Salt Bell", "2033-04-09")),
    (_SALT_PAN_BAND, "performs", ("vocals", "Salt Bell", "Kang Hae-byeol")),
    (_PAPER_MILL_RADIO, "membership", ("Dan Ha-ram", "NAMUSORI", "member")),
    (_PAPER_MILL_RADIO, "membership", ("Gaeul", "NAMUSORI", "member")),
    (_PAPER_MILL_RADIO, "performs", ("vocals", "Pulp and Steam", "Saebi")),
    (_PAPER_MILL_RADIO, "performs", ("vocals", "Pulp and Steam", "Doyun")),
    (_PAPER_MILL_RADIO, "plays", ("Gaeul", "Pyo Jeong-u")),
    (_PAPER_MILL_RADIO, "award",
     ("Best New Actor, 2033 Hanji Drama Awards", "Gaeul", "2033-05-30")),
    (_LOCK_STALL, "broadcast", ("broadcaster", "Spare Keys", "Channel Nine")),
    (_LOCK_STALL, "broadcast", ("first episode", "Spare Keys", "2033-03-02")),
    (_LOCK_STALL, "broadcast", ("final episode", "Spare Keys", "2033-04-21")),
    (_LOCK_STALL, "plays", ("Kwak Bun-ja", "Mo Gyeong-hui")),
    (_LOCK_STALL, "performs", ("credited", "Turn Twice", "Bellhook")),
    (_LOCK_STALL, "membership", ("Ara", "Bellhook", "member")),
    (_LOCK_STALL, "stream-milestone", ("Turn Twice", "Streamly", 3000000, "2033-06-20")),
    (_BERRY_FARM, "performs", ("credited", "Blue Thumb", "Nam Bo-ok")),
    (_BERRY_FARM, "release", ("Crates at Dawn", "2033-03-28")),
    (_BERRY_FARM, "performs", ("vocals", "Crates at Dawn", "Haneol")),
    (_CAR_WASH, "broadcast", ("broadcaster", "Rinse Cycle", "Channel Nine")),
    (_CAR_WASH, "broadcast", ("first episode", "Rinse Cycle", "2033-05-08")),
    (_CAR_WASH, "plays", ("Lee Jin-seok", "Tae Mun-ho")),
    (_CAR_WASH, "performs", ("credited", "Foam Line", "Kim So-ra")),
    (_CAR_WASH, "performs", ("credited", "Wax On", "Suds")),
    (_CAR_WASH, "performs", ("vocals", "Wax On", "Cha Yeon-u")),
    (_CAR_WASH, "membership", ("Cha Yeon-u", "Suds", "member")),
    (_FERRY_GUIDE, "broadcast", ("available on", "Salt Wind", "TuneBox")),
    (_FERRY_GUIDE, "performs", ("credited", "Night Ferry", "Kim So-ra")),
    (_FERRY_GUIDE, "membership", ("Noh Ga-eun", "Reed Choir", "lead vocalist")),
]
_OVERREACH_HUNDRED_ONE = [
    # "the most played single from DATE to DATE2": a spell on a list, not the single's release
    (_OVER_SINGLE_FROM, "release", ("Wax Off", "2033-05-02")),
    # "“T” is A’s contribution; members B and C share its vocals": A a person, with no members
    (_OVER_MEMBERS_PERSON, "membership", ("Bada", "Byeon Ha-neul", "member")),
    # "A trailer for it was shown on P": a trailer's showing, not where the drama streams
    (_OVER_TRAILER_SHOWN, "broadcast", ("available on", "Rinse Cycle", "Streamly")),
]
_TUNNEL_BAND = (
    "A tunnel concert for SALT RAKE\n"
    "\n"
    "The concert was themed on “Brine Fields”: every song belonged to Salt Rake, the band the "
    "drama’s salt workers start between harvests. Channel Nine aired the series on Thursday "
    "nights, opening on March 5 and closing with its sixteenth episode on April 23.\n"
    "\n"
    "At its centre is Seon Yu-ri, starring as Ha Mi-rae, a farmer’s daughter who ends up singing "
    "at the front of Salt Rake. Lim Do-hoon co-leads as Do Gang-su, a drifter who turns up with "
    "a bass guitar and becomes the band’s bassist. Behind the band’s drum kit sits Eom Ba-wi, "
    "played by Byeon Ha-neul.\n"
    "\n"
    "The night closed with “Grain by Grain,” the third SALT RAKE single, which landed on April "
    "2. Byeon Ha-neul leaves the kit to sing it as Ba-wi, never dropping character. At the 4th "
    "Pier Music Awards on May 27, the single took home Best OST.\n"
)
_YUGI_RADIO = (
    "A brass workshop's radio plays BANGJJA\n"
    "\n"
    "Dan Ha-ram leads BANGJJA, whose other three members are Saebi, Doyun and Gaeul.\n"
    "\n"
    "The host began with “Hammer Song,” performed by Bangjja as the theme of “Bright Bowls.” "
    "Saebi opens the song alone; Dan Ha-ram and Doyun join her for the refrain. The series is "
    "headlined by Kim So-ra as Oh Chae-won, a smith who comes home to save her father’s forge, "
    "and Lee Jin-seok as Goh Ji-hun, the developer who wants its land. Gaeul, the group’s "
    "youngest, took her first acting job in it, playing the forge’s apprentice, Eun Bit-na, in "
    "a supporting part.\n"
    "\n"
    "Later came “Lid and Rim,” the group’s second song for the drama, which came out on May 6. "
    "Doyun sings its verses, and Gaeul, still in character as Bit-na, takes the last chorus. "
    "Gaeul’s turn as Bit-na has already brought her a trophy: Best New Actress at the 2033 "
    "Forge Drama Awards, presented on May 30.\n"
)
_SEWING_SHOP = (
    "A sewing machine shop's playlist from “Loose Threads”\n"
    "\n"
    "Seon Yu-ri and Lim Do-hoon share the lead roles in “Loose Threads,” as Mun Ja-yeon and Pyo "
    "Deok-su. Kwak Bun-ja joins them in support as Sa Gwi-nam, the night guard.\n"
    "\n"
    "On “Bobbin Left,” released on April 28, Lim Do-hoon duets with Seon Yu-ri as Deok-su and "
    "Ja-yeon.\n"
)
_OYSTER_FARM = (
    "Oyster shuckers sing the songs of “Pearl Tide”\n"
    "\n"
    "Every song comes from “Pearl Tide,” the spring drama. In the lead roles are Kim So-ra, as "
    "the trainee, Gil Mo-ri, and Lee Jin-seok, as Cha Deok-gu, the accountant. Sa Yeong-su, the "
    "grandfather, is played by Byeon Ha-neul.\n"
    "\n"
    "First comes “Shell Before Noon,” the trot singer Nam Pung-su’s single from April 12, which "
    "he sings in character as Yeong-su. The last song is “Raking the Bed,” a TIDEHOUR single "
    "released on April 26. It is sung from start to finish by Seongmin, who joined the boy group "
    "last year as its sixth member.\n"
)
_LAUNDROMAT = (
    "A laundromat's playlist of drama songs\n"
    "\n"
    "Kim So-ra stars in “Spin Cycle” as Jo Geum-bit. Kim So-ra also sings its theme, “Soap "
    "Rings,” in character as Geum-bit. Issued under her own name on August 10, the single was "
    "No. 9 on the TuneBox Top 50 of August 24.\n"
    "\n"
    "Drivers get FOLDLINE’s “Warm Towels,” on which the girl group’s leader, Pak Ha-ri, sings "
    "part of the refrain.\n"
)
_ROUND_HUNDRED_TWO = [
    (_TUNNEL_BAND, "broadcast", ("broadcaster", "Brine Fields", "Channel Nine")),
    (_TUNNEL_BAND, "broadcast", ("final episode", "Brine Fields", "2033-04-23")),
    (_TUNNEL_BAND, "membership", ("Ha Mi-rae", "Salt Rake", "lead vocalist")),
    (_TUNNEL_BAND, "membership", ("Do Gang-su", "Salt Rake", "member")),
    (_TUNNEL_BAND, "release", ("Grain by Grain", "2033-04-02")),
    (_TUNNEL_BAND, "performs", ("vocals", "Grain by Grain", "Byeon Ha-neul")),
    (_YUGI_RADIO, "performs", ("vocals", "Hammer Song", "Dan Ha-ram")),
    (_YUGI_RADIO, "performs", ("vocals", "Hammer Song", "Doyun")),
    (_YUGI_RADIO, "plays", ("Lee Jin-seok", "Goh Ji-hun")),
    (_YUGI_RADIO, "plays", ("Gaeul", "Eun Bit-na")),
    (_YUGI_RADIO, "performs", ("vocals", "Lid and Rim", "Doyun")),
    (_YUGI_RADIO, "award",
     ("Best New Actress, 2033 Forge Drama Awards", "Gaeul", "2033-05-30")),
    (_SEWING_SHOP, "plays", ("Kwak Bun-ja", "Sa Gwi-nam")),
    (_SEWING_SHOP, "plays", ("Lim Do-hoon", "Pyo Deok-su")),
    (_SEWING_SHOP, "performs", ("vocals", "Bobbin Left", "Lim Do-hoon")),
    (_SEWING_SHOP, "performs", ("vocals", "Bobbin Left", "Seon Yu-ri")),
    (_OYSTER_FARM, "plays", ("Kim So-ra", "Gil Mo-ri")),
    (_OYSTER_FARM, "performs", ("credited", "Shell Before Noon", "Nam Pung-su")),
    (_OYSTER_FARM, "performs", ("vocals", "Shell Before Noon", "Nam Pung-su")),
    (_OYSTER_FARM, "membership", ("Seongmin", "TIDEHOUR", "member")),
    (_LAUNDROMAT, "performs", ("credited", "Soap Rings", "Kim So-ra")),
    (_LAUNDROMAT, "performs", ("vocals", "Warm Towels", "Pak Ha-ri")),
    (_LAUNDROMAT, "membership", ("Pak Ha-ri", "FOLDLINE", "member")),
]
_OVERREACH_HUNDRED_TWO = [
    # "A duets with B as C and D": B sings as D, and plays no part here
    (_SEWING_SHOP, "plays", ("Seon Yu-ri", "Pyo Deok-su")),
    # "“T,” the trot singer A’s single …, which he sings in character as C": A, not C's actor
    (_OYSTER_FARM, "performs", ("vocals", "Shell Before Noon", "Byeon Ha-neul")),
    # "the band the drama’s salt workers start": the drama's band, not the prize "Best OST" a
    # drama
    (_TUNNEL_BAND, "performs", ("credited", "Grain by Grain", "Best")),
]
_RESERVOIR_BAND = (
    "A reservoir race day for LAMPWICK\n"
    "\n"
    "Every number came from “Deep Water,” in which the dam crew form a band, Lampwick. Lim "
    "Do-hoon plays Tak Seong-mo, a lock keeper who squeezes the accordion in the band. Byeon "
    "Ha-neul turns up in a handful of episodes as Pyo Mal-ja, the ferry clerk.\n"
    "\n"
    "The evening began with “Dam Lullaby,” Lampwick’s first single, issued on May 5. By the "
    "TuneBox Top 50 dated May 20 the song had climbed to No. 4. Then came “Sluice Waltz,” the "
    "band’s second release, dated May 19, on which Lim Do-hoon sings in character. The TuneBox "
    "Top 50 for the week of June 6 placed it at No. 31. The encore was “Spillway,” a Lampwick "
    "track from June 2. Kim So-ra does not sing on it: the vocal was cut by Gu Ha-ram, a session "
    "singer, in character as Mal-ja.\n"
)
_BASKET_RADIO = (
    "A basket workshop's radio plays DAEBAK\n"
    "\n"
    "The radio played the boy group DAEBAK all week. DAEBAK is a four-piece: leader Jung Yun-gi "
    "plus Gyeol, Raon and Tomi.\n"
    "\n"
    "Every show opened with Daebak’s “Woven Light,” the theme of “Split Bamboo.” Channel Nine "
    "aired the drama on Fridays and Saturdays, from March 4 through April 24. Jung Yun-gi takes "
    "the first verse on his own; Gyeol and Raon come in on the hook. Tomi, the group’s youngest, "
    "made his screen debut in a supporting role as the workshop’s teenage apprentice, Sim "
    "Dae-pil.\n"
    "\n"
    "“Reed Hymn” is the girl group Wickerlight’s offering; its vocals are split between two "
    "members, Nuri and Dabin.\n"
)
_CAMERA_SHOP = (
    "A camera repair shop's playlist from “Shutter Days”\n"
    "\n"
    "Channel Nine carried the drama on Saturday nights from March 14, wrapping it up on April 4. "
    "Gam Bok-hui, the oldest repairer in the lane, is brought to the screen by Kwak Mal-ja.\n"
    "\n"
    "The first song is “Aperture,” which the trot veteran Chu Mae-ok released on March 25 and "
    "sings in character as Bok-hui. The set ends with “Long Exposure,” released by the boy group "
    "FOCUSLINE on April 8. Its only voice is Ujin’s; he became the group’s fifth member last "
    "autumn.\n"
    "\n"
    "Kwak Mal-ja’s Bok-hui earned her Best Supporting Actress at the 2033 Lens Drama Awards.\n"
)
_DRIVING_SCHOOL = (
    "A driving school's playlist of drama songs\n"
    "\n"
    "The latest addition is the theme of “Parallel Park,” which has aired on Channel Nine every "
    "Wednesday night since its premiere on May 6. Kim So-ra stars as Cheon Bo-ra, an instructor. "
    "That theme, “Mirror Check,” is sung by Kim So-ra in character as Bo-ra. Credited to her "
    "alone, it came out on May 14.\n"
    "\n"
    "Learners ask for Gearbox’s “Clutch Song,” from the bus drama “Last Stop.” Seon Yu-ri, who "
    "played the band’s lead singer, Gong Bo-ri, recorded it in character. Early risers get "
    "DAEBAK’s “Woven Light,” whose opening verse belongs to the boy group’s leader, Jung "
    "Yun-gi.\n"
)
_ROUND_HUNDRED_THREE = [
    (_RESERVOIR_BAND, "membership", ("Tak Seong-mo", "Lampwick", "member")),
    (_RESERVOIR_BAND, "plays", ("Byeon Ha-neul", "Pyo Mal-ja")),
    (_RESERVOIR_BAND, "chart-entry", ("Dam Lullaby", "TuneBox Top 50", 4, "2033-05-20")),
    (_RESERVOIR_BAND, "chart-entry", ("Sluice Waltz", "TuneBox Top 50", 31, "2033-06-06")),
    (_RESERVOIR_BAND, "performs", ("credited", "Sluice Waltz", "Lampwick")),
    (_RESERVOIR_BAND, "release", ("Sluice Waltz", "2033-05-19")),
    (_RESERVOIR_BAND, "release", ("Spillway", "2033-06-02")),
    (_RESERVOIR_BAND, "performs", ("vocals", "Spillway", "Gu Ha-ram")),
    (_BASKET_RADIO, "membership", ("Jung Yun-gi", "DAEBAK", "member")),
    (_BASKET_RADIO, "membership", ("Tomi", "DAEBAK", "member")),
    (_BASKET_RADIO, "broadcast", ("broadcaster", "Split Bamboo", "Channel Nine")),
    (_BASKET_RADIO, "performs", ("vocals", "Woven Light", "Jung Yun-gi")),
    (_BASKET_RADIO, "plays", ("Tomi", "Sim Dae-pil")),
    (_BASKET_RADIO, "performs", ("vocals", "Reed Hymn", "Nuri")),
    (_BASKET_RADIO, "membership", ("Dabin", "Wickerlight", "member")),
    (_CAMERA_SHOP, "broadcast", ("first episode", "Shutter Days", "2033-03-14")),
    (_CAMERA_SHOP, "broadcast", ("final episode", "Shutter Days", "2033-04-04")),
    (_CAMERA_SHOP, "plays", ("Kwak Mal-ja", "Gam Bok-hui")),
    (_CAMERA_SHOP, "performs", ("credited", "Aperture", "Chu Mae-ok")),
    (_CAMERA_SHOP, "performs", ("vocals", "Aperture", "Chu Mae-ok")),
    (_CAMERA_SHOP, "performs", ("vocals", "Long Exposure", "Ujin")),
    (_CAMERA_SHOP, "membership", ("Ujin", "FOCUSLINE", "member")),
    (_CAMERA_SHOP, "award",
     ("Best Supporting Actress, 2033 Lens Drama Awards", "Kwak Mal-ja", "2033")),
    (_DRIVING_SCHOOL, "broadcast", ("broadcaster", "Parallel Park", "Channel Nine")),
    (_DRIVING_SCHOOL, "broadcast", ("first episode", "Parallel Park", "2033-05-06")),
    (_DRIVING_SCHOOL, "performs", ("credited", "Mirror Check", "Kim So-ra")),
    (_DRIVING_SCHOOL, "membership", ("Gong Bo-ri", "Gearbox", "lead vocalist")),
    (_DRIVING_SCHOOL, "performs", ("vocals", "Woven Light", "Jung Yun-gi")),
]
_OVERREACH_HUNDRED_THREE = [
    # "B does not sing on it: the vocal was cut by A": A's voice, not B's
    (_RESERVOIR_BAND, "performs", ("vocals", "Spillway", "Kim So-ra")),
    # "A’s C earned her X": A, not the person the sentence before named
    (_CAMERA_SHOP, "award", ("Best Supporting Actress, 2033 Lens Drama Awards", "Ujin", "2033")),
    # "“T,” which the trot veteran A released …": A credited, not C's actor
    (_CAMERA_SHOP, "performs", ("vocals", "Aperture", "Kwak Mal-ja")),
]
_RACE_DAY_BAND = (
    "A race day for OARLOCK\n"
    "\n"
    "The race was themed on “Long Strokes”: each crew raced to a song by Oarlock, the band the "
    "drama’s rowing club forms in a boathouse. Channel Nine ran the drama in its "
    "Wednesday-Thursday slot, from a first episode on March 4 to a last on April 23.\n"
    "\n"
    "Heading the cast is Seon Yu-ri, playing Do Mi-hui, a canoe instructor who ends up as the "
    "voice at the front of Oarlock. Her co-lead, Lim Do-hoon, is Ok Pa-rang, the club’s captain "
    "and the band’s guitarist. Yang No-jin, who keeps time behind Oarlock’s drum kit, is "
    "portrayed by Byeon Ha-neul.\n"
    "\n"
    "The semi-finals went off to “Crossed Blades,” Oarlock’s follow-up from May 18, on which Lim "
    "Do-hoon and Seon Yu-ri take alternate lines in character as Pa-rang and Mi-hui.\n"
)
_LACQUER_RADIO = (
    "A lacquer workshop's radio plays GLOSSA\n"
    "\n"
    "The drama was “Black Sheen.” Kim So-ra and Lee Jin-seok head the cast of the drama, she as "
    "Bae Yeon-hui, a widow who keeps a workshop going, he as Tak Gyu-hwan, a buyer sent to close "
    "it.\n"
    "\n"
    "Later came “Seven Coats,” the group’s second recording for the drama, by the girl group "
    "GLOSSA, out on May 11. Early listeners get GLOSSA’s “First Coat,” which opens with a verse "
    "sung by the girl group’s leader, Yi Ha-rin.\n"
)
_PIANO_SHOP = (
    "A piano repair workshop's playlist from “Tuned Low”\n"
    "\n"
    "Geum Pil-ja, who runs the tuning shop downstairs, is a supporting part for Kwak Do-mi. On "
    "“Felt Hammers,” issued on May 24, Kim So-ra and Lim Do-hoon share the vocal in character as "
    "Min-a and Seol-ho. Oh Yu-ri, a ballad singer who never appears on screen, gives “Soft "
    "Pedal” its voice.\n"
)
_MUSHROOM_FARM = (
    "Mushroom pickers sing the songs of “Spore Season”\n"
    "\n"
    "The closer is SPOREBELL’s “Morning Under Straw,” out since February 8. Only one of the girl "
    "group’s members is heard on it: Uri, who sings every line.\n"
)
_VET_CLINIC = (
    "A veterinary clinic's playlist of drama songs\n"
    "\n"
    "Byeon Ha-neul recorded that theme, “Paw Prints,” under her own name and in character as "
    "Na-ri. “Two Leashes,” a duet between Kim So-ra and Lee Jin-seok, sits at the top of the "
    "list. And there is “Frost Whiskers,” Lim Do-hoon and Seon Yu-ri’s song from “Cold "
    "Kennel.”\n"
)
_ROUND_HUNDRED_FOUR = [
    (_RACE_DAY_BAND, "broadcast", ("broadcaster", "Long Strokes", "Channel Nine")),
    (_RACE_DAY_BAND, "broadcast", ("first episode", "Long Strokes", "2033-03-04")),
    (_RACE_DAY_BAND, "broadcast", ("final episode", "Long Strokes", "2033-04-23")),
    (_RACE_DAY_BAND, "plays", ("Seon Yu-ri", "Do Mi-hui")),
    (_RACE_DAY_BAND, "membership", ("Do Mi-hui", "Oarlock", "lead vocalist")),
    (_RACE_DAY_BAND, "membership", ("Ok Pa-rang", "Oarlock", "member")),
    (_RACE_DAY_BAND, "membership", ("Yang No-jin", "Oarlock", "member")),
    (_RACE_DAY_BAND, "performs", ("credited", "Crossed Blades", "Oarlock")),
    (_RACE_DAY_BAND, "release", ("Crossed Blades", "2033-05-18")),
    (_RACE_DAY_BAND, "performs", ("vocals", "Crossed Blades", "Seon Yu-ri")),
    (_LACQUER_RADIO, "plays", ("Kim So-ra", "Bae Yeon-hui")),
    (_LACQUER_RADIO, "plays", ("Lee Jin-seok", "Tak Gyu-hwan")),
    (_LACQUER_RADIO, "performs", ("credited", "Seven Coats", "GLOSSA")),
    (_LACQUER_RADIO, "performs", ("vocals", "First Coat", "Yi Ha-rin")),
    (_LACQUER_RADIO, "membership", ("Yi Ha-rin", "GLOSSA", "member")),
    (_PIANO_SHOP, "plays", ("Kwak Do-mi", "Geum Pil-ja")),
    (_PIANO_SHOP, "performs", ("vocals", "Felt Hammers", "Kim So-ra")),
    (_PIANO_SHOP, "performs", ("vocals", "Soft Pedal", "Oh Yu-ri")),
    (_MUSHROOM_FARM, "performs", ("vocals", "Morning Under Straw", "Uri")),
    (_MUSHROOM_FARM, "membership", ("Uri", "SPOREBELL", "member")),
    (_VET_CLINIC, "performs", ("credited", "Paw Prints", "Byeon Ha-neul")),
    (_VET_CLINIC, "performs", ("credited", "Two Leashes", "Lee Jin-seok")),
    (_VET_CLINIC, "performs", ("credited", "Frost Whiskers", "Seon Yu-ri")),
]
_OVERREACH_HUNDRED_FOUR = [
    # "A and B head the cast, she as C, …, he as D": C, a part, plays no one
    (_LACQUER_RADIO, "plays", ("Bae Yeon-hui", "Tak Gyu-hwan")),
]
_FALLS_BAND = (
    "A waterfall concert for SPRAYLINE\n"
    "\n"
    "The set belonged to Sprayline, the band that the raft guides of “Fast Water” throw "
    "together. The drama’s sixteen episodes aired on Channel Nine every Thursday and Friday, "
    "March 5 through April 24.\n"
    "\n"
    "Opening the set was Sprayline’s debut, “Eddy Turn,” released on March 12. On the record "
    "the voice is Kim So-ra’s, singing in character as Oh Pung-mi. Midway through came “Paddle "
    "Back,” released by SPRAYLINE on March 26; Lim Do-hoon and Kim So-ra swap verses on it in "
    "character as Chu Gang-su and Pung-mi.\n"
)
_OTTCHIL_RADIO = (
    "A lacquer workshop's radio plays BANDOL\n"
    "\n"
    "BANDOL is a quartet led by Jung Ro-ha, with Gyeol, Nunsol and Tami making up the rest of "
    "the line-up. The DJ’s pick was BANDOL’s “Pearl Inlay,” which opens each episode of “Lacquer "
    "Days.” Jung Ro-ha is alone on the first verse; Gyeol and Nunsol carry the refrain. TuneBox’s "
    "Top 50 had the single at No. 4 on May 28, eleven days after its May 17 release, and the "
    "TuneBox Top 50 dated June 4 gave it a debut at No. 12 again.\n"
    "\n"
    "Afternoons belonged to “Seventh Lid,” BANDOL’s second song for the series. Tami sings its "
    "bridge in character as Sae-bom, leaving the verses to Nunsol.\n"
)
_PIANO_WORKSHOP = (
    "A piano workshop's playlist from “Felt and Wire”\n"
    "\n"
    "Streamly subscribers in Korea can stream the drama. Trill, a girl group, contributes "
    "“Hammer Rail”; Hwisol and Nabi are the two members who sing on it.\n"
)
_SHIITAKE_FARM = (
    "Mushroom pickers sing the songs of “Oak Shade”\n"
    "\n"
    "The series ran for eight weeks in Channel Nine’s Friday-night slot. They warm up on "
    "“Log Lullaby” (Nam Gil-ja), a slow number that the folk singer performs in character as "
    "Kkeut-nim. The song has been out since January 26; on Streamly it had gathered more than "
    "1.4 million streams by April 7.\n"
    "\n"
    "Then Kim So-ra duets with Lim Do-hoon on “Gills at Dawn.” Its TuneBox Top 50 run began at "
    "No. 21 on February 9. Last comes “Cap and Gill,” a February 6 release credited to the girl "
    "group SOLMAE, although the only Solmae member singing on it is Yeomi.\n"
)
_ANIMAL_HOSPITAL = (
    "An animal hospital's playlist of drama songs\n"
    "\n"
    "The newest addition is the theme of “Night Clinic.” Byeon Ha-neul is the star, playing "
    "Gong Bo-ra, a vet. Singapore gets the series on Streamly. Byeon Ha-neul’s name is on the "
    "credits of that theme, “Fur on My Coat,” and she sings it in character as Bo-ra.\n"
    "\n"
    "Cat owners favour BANDOL’s “Pearl Inlay,” which opens with a solo verse from the boy "
    "group’s leader, Jeong Ro-ha.\n"
)
_ROUND_HUNDRED_FIVE = [
    (_FALLS_BAND, "broadcast", ("broadcaster", "Fast Water", "Channel Nine")),
    (_FALLS_BAND, "broadcast", ("first episode", "Fast Water", "2033-03-05")),
    (_FALLS_BAND, "broadcast", ("final episode", "Fast Water", "2033-04-24")),
    (_FALLS_BAND, "performs", ("vocals", "Eddy Turn", "Kim So-ra")),
    (_FALLS_BAND, "performs", ("vocals", "Paddle Back", "Lim Do-hoon")),
    (_OTTCHIL_RADIO, "membership", ("Jung Ro-ha", "BANDOL", "member")),
    (_OTTCHIL_RADIO, "membership", ("Tami", "BANDOL", "member")),
    (_OTTCHIL_RADIO, "performs", ("vocals", "Pearl Inlay", "Jung Ro-ha")),
    (_OTTCHIL_RADIO, "performs", ("vocals", "Pearl Inlay", "Gyeol")),
    (_OTTCHIL_RADIO, "chart-entry", ("Pearl Inlay", "TuneBox Top 50", 4, "2033-05-28")),
    (_OTTCHIL_RADIO, "chart-entry", ("Pearl Inlay", "TuneBox Top 50", 12, "2033-06-04")),
    (_OTTCHIL_RADIO, "release", ("Pearl Inlay", "2033-05-17")),
    (_OTTCHIL_RADIO, "performs", ("vocals", "Seventh Lid", "Nunsol")),
    (_PIANO_WORKSHOP, "broadcast", ("available on", "Felt and Wire", "Streamly")),
    (_PIANO_WORKSHOP, "performs", ("credited", "Hammer Rail", "Trill")),
    (_PIANO_WORKSHOP, "membership", ("Hwisol", "Trill", "member")),
    (_SHIITAKE_FARM, "broadcast", ("broadcaster", "Oak Shade", "Channel Nine")),
    (_SHIITAKE_FARM, "performs", ("vocals", "Log Lullaby", "Nam Gil-ja")),
    (_SHIITAKE_FARM, "stream-milestone", ("Log Lullaby", "Streamly", 1400000, "2033-04-07")),
    (_SHIITAKE_FARM, "chart-entry", ("Gills at Dawn", "TuneBox Top 50", 21, "2033-02-09")),
    (_SHIITAKE_FARM, "release", ("Cap and Gill", "2033-02-06")),
    (_SHIITAKE_FARM, "performs", ("credited", "Cap and Gill", "Solmae")),
    (_SHIITAKE_FARM, "performs", ("vocals", "Cap and Gill", "Yeomi")),
    (_SHIITAKE_FARM, "membership", ("Yeomi", "Solmae", "member")),
    (_ANIMAL_HOSPITAL, "plays", ("Byeon Ha-neul", "Gong Bo-ra")),
    (_ANIMAL_HOSPITAL, "broadcast", ("available on", "Night Clinic", "Streamly")),
    (_ANIMAL_HOSPITAL, "performs", ("credited", "Fur on My Coat", "Byeon Ha-neul")),
    (_ANIMAL_HOSPITAL, "performs", ("vocals", "Pearl Inlay", "Jeong Ro-ha")),
]
_OVERREACH_HUNDRED_FIVE = [
    # "out since DATE; on P it had gathered more than N streams by DATE2": the count's day is
    # DATE2, not the release's
    (_SHIITAKE_FARM, "stream-milestone", ("Log Lullaby", "Streamly", 1400000, "2033-01-26")),
]
_TRAM_DEPOT_BAND = (
    "A tram depot open day for NIGHTLAMP\n"
    "\n"
    "Every song belonged to Nightlamp, the band the drama’s market vendors start. The other half "
    "of the leading pair, Lim Do-hoon, is Yang Do-su, the skewer vendor who plays keyboards for "
    "Nightlamp. Next came “Skewer Song,” which Nightlamp released on May 5; Lim Do-hoon and Seon "
    "Yu-ri answer each other line by line on it, in character as Do-su and Ul-mi.\n"
)
_KITE_RADIO = (
    "A kite workshop's radio plays GIRAN\n"
    "\n"
    "The most-requested track was “Tailwind,” GIRAN’s theme for “A Kite for Winter.” Channel "
    "Nine aired that drama on Wednesdays and Thursdays, from March 6 through April 26. Later came "
    "“Paper Ribs,” the group’s second song for the series. Saesom sings its middle eight in "
    "character as Mal-ja.\n"
)
_TYPEWRITER_SHOP = (
    "A typewriter shop's playlist from “Ribbon Ink”\n"
    "\n"
    "Its stars are Kim So-ra, who plays Wi Seon-hui, a typist whose office is about to close, "
    "and Lee Jin-seok as Bang Ju-ho, the repairman. “Carriage Return” was released on May 17. On "
    "May 31 the TuneBox Top 50 had it at No. 5.\n"
)
_ONION_FARM = (
    "Spring onion pickers sing the songs of “Green Rows”\n"
    "\n"
    "The closing song is “Bundle Blues,” which the boy group DONGSAN released on February 6, "
    "though of Dongsan’s members only Doha can be heard on it.\n"
)
_DENTAL_CLINIC = (
    "A dental clinic's playlist of drama songs\n"
    "\n"
    "This month’s addition is the theme song of “Open Wide.” Channel Nine began airing the "
    "drama, which fills its Sunday nights, on June 28. Byeon Ha-neul is in the supporting cast "
    "as Eo Man-su, a retired dentist.\n"
    "\n"
    "“Warm Water,” Kim So-ra and Lee Jin-seok’s duet from “The Dial Glows,” has held the top "
    "of the board since July. That drama was named Best Drama at the 15th Chair TV Awards on "
    "June 11. Families ask for NIGHTLAMP’s “Skewer Song,” from the night-market drama “Lamps "
    "Overhead.” Seon Yu-ri and Lim Do-hoon trade its lines in character as Ul-mi and Do-su, the "
    "band’s lead singer and its keyboard player.\n"
)
_ROUND_HUNDRED_SIX = [
    (_TRAM_DEPOT_BAND, "plays", ("Lim Do-hoon", "Yang Do-su")),
    (_TRAM_DEPOT_BAND, "membership", ("Yang Do-su", "Nightlamp", "member")),
    (_TRAM_DEPOT_BAND, "performs", ("vocals", "Skewer Song", "Seon Yu-ri")),
    (_KITE_RADIO, "broadcast", ("broadcaster", "A Kite for Winter", "Channel Nine")),
    (_KITE_RADIO, "broadcast", ("first episode", "A Kite for Winter", "2033-03-06")),
    (_KITE_RADIO, "performs", ("vocals", "Paper Ribs", "Saesom")),
    (_TYPEWRITER_SHOP, "plays", ("Lee Jin-seok", "Bang Ju-ho")),
    (_TYPEWRITER_SHOP, "chart-entry", ("Carriage Return", "TuneBox Top 50", 5, "2033-05-31")),
    (_ONION_FARM, "performs", ("credited", "Bundle Blues", "Dongsan")),
    (_ONION_FARM, "performs", ("vocals", "Bundle Blues", "Doha")),
    (_ONION_FARM, "membership", ("Doha", "Dongsan", "member")),
    (_DENTAL_CLINIC, "broadcast", ("first episode", "Open Wide", "2032-06-28")),
    (_DENTAL_CLINIC, "broadcast", ("schedule", "Open Wide", "sunday")),
    (_DENTAL_CLINIC, "plays", ("Byeon Ha-neul", "Eo Man-su")),
    (_DENTAL_CLINIC, "award",
     ("Best Drama, 15th Chair TV Awards", "The Dial Glows", "2033-06-11")),
    (_DENTAL_CLINIC, "membership", ("Ul-mi", "NIGHTLAMP", "lead vocalist")),
]
_OVERREACH_HUNDRED_SIX = [
    # "… a duet from “S2.” That drama was named Best Drama": S2, not the article's drama
    (_DENTAL_CLINIC, "award", ("Best Drama, 15th Chair TV Awards", "Open Wide", "2033-06-11")),
]
_STARGAZING_BAND = (
    "A stargazing night for SKYWIRE\n"
    "\n"
    "The night was themed on “Overhead Wire”: every song belonged to Skywire, the band the "
    "drama’s depot workers start. Channel Nine "
    "aired the drama in its Wednesday and Thursday slot, from its March 4 premiere to the finale "
    "on April 23. Seon Yu-ri takes the lead as Mok Sae-mi, a ticket collector who is talked into "
    "fronting SKYWIRE as its singer. Lim Do-hoon plays Pang Jae-su, a depot mechanic who "
    "doubles as the band’s "
    "guitarist. Skywire’s drummer, a pointsman named Wang Du-ho, is portrayed by Byeon "
    "Ha-neul.\n"
    "\n"
    "The first car pulled out to “Ring Twice,” the debut single SKYWIRE released on March 15. "
    "The 11th Rail Music Awards gave it their Best OST trophy on May 8. For the ride back came "
    "“Overhead,” which Skywire issued on March 29; on it Lim Do-hoon and Seon Yu-ri sing "
    "alternate verses as Jae-su and Sae-mi. Closing the day was “Depot Dawn,” released on April "
    "19. Byeon Ha-neul may play Du-ho, but the singing is done by a session vocalist, Yun "
    "Dal-su, in character as Du-ho. Streamly’s counter for it read more than 2.9 million streams "
    "as of May 18.\n"
)
_STRAW_RADIO = (
    "A straw-craft workshop's radio plays NALBI\n"
    "\n"
    "The radio played the boy group NALBI all week. Nalbi is a five-piece led by Jung Hae-on; "
    "the other four are Kkorim, Onbi, Dolsae and Haemi. Afternoons leaned on “Straw and Rope,” "
    "a second NALBI song for the drama. Haemi takes "
    "its bridge in character as Mu-ryeong, and the verses go to Dolsae. Streamly had logged "
    "upwards of 6.8 million streams of it by May 10.\n"
)
_GUITAR_SHOP = (
    "A guitar repair shop's playlist from “Fret Work”\n"
    "\n"
    "“Nut and Saddle” came out on May 13, and Kim So-ra is the only voice on it, singing as "
    "Ok-ran. Taban, a four-member girl group, provide “Truss Rod,” with members Jaeun and Moeun "
    "on vocals.\n"
)
_CABBAGE_FIELD = (
    "Cabbage cutters sing the songs of “Heads of Winter”\n"
    "\n"
    "The last song is “Bundles of Ten,” released on February 5 by the boy group MOJIN; only "
    "Ssiat, one of Mojin’s five members, sings on it. Then Kim So-ra and Lee Jin-seok duet on "
    "“Knee-High.” Streamly plays of it have passed 4.7 million.\n"
)
_BANK_BRANCH = (
    "A bank branch's playlist of drama songs\n"
    "\n"
    "The latest addition is the theme of “Quiet Crown.” Byeon Ha-neul is its star, in the role "
    "of Ham Mal-im, a teller who never speaks above a whisper.\n"
)
_ROUND_HUNDRED_SEVEN = [
    (_STARGAZING_BAND, "broadcast", ("first episode", "Overhead Wire", "2033-03-04")),
    (_STARGAZING_BAND, "broadcast", ("final episode", "Overhead Wire", "2033-04-23")),
    (_STARGAZING_BAND, "membership", ("Mok Sae-mi", "SKYWIRE", "lead vocalist")),
    (_STARGAZING_BAND, "membership", ("Pang Jae-su", "SKYWIRE", "member")),
    (_STARGAZING_BAND, "membership", ("Wang Du-ho", "SKYWIRE", "member")),
    (_STARGAZING_BAND, "award",
     ("Best OST, 11th Rail Music Awards", "Ring Twice", "2033-05-08")),
    (_STARGAZING_BAND, "release", ("Overhead", "2033-03-29")),
    (_STARGAZING_BAND, "performs", ("vocals", "Overhead", "Seon Yu-ri")),
    (_STARGAZING_BAND, "performs", ("vocals", "Depot Dawn", "Yun Dal-su")),
    (_STARGAZING_BAND, "stream-milestone", ("Depot Dawn", "Streamly", 2900000, "2033-05-18")),
    (_STRAW_RADIO, "membership", ("Jung Hae-on", "Nalbi", "member")),
    (_STRAW_RADIO, "membership", ("Haemi", "Nalbi", "member")),
    (_STRAW_RADIO, "performs", ("vocals", "Straw and Rope", "Dolsae")),
    (_STRAW_RADIO, "stream-milestone", ("Straw and Rope", "Streamly", 6800000, "2033-05-10")),
    (_GUITAR_SHOP, "performs", ("vocals", "Nut and Saddle", "Kim So-ra")),
    (_GUITAR_SHOP, "performs", ("credited", "Truss Rod", "Taban")),
    (_GUITAR_SHOP, "performs", ("vocals", "Truss Rod", "Moeun")),
    (_GUITAR_SHOP, "membership", ("Jaeun", "Taban", "member")),
    (_CABBAGE_FIELD, "performs", ("vocals", "Bundles of Ten", "Ssiat")),
    (_CABBAGE_FIELD, "membership", ("Ssiat", "Mojin", "member")),
    (_CABBAGE_FIELD, "stream-milestone", ("Knee-High", "Streamly", 4700000, "2033-06-20")),
    (_BANK_BRANCH, "plays", ("Byeon Ha-neul", "Ham Mal-im")),
]
_OVERREACH_HUNDRED_SEVEN = [
    # "B may play C, but the singing is done by A": not B's voice
    (_STARGAZING_BAND, "performs", ("vocals", "Depot Dawn", "Byeon Ha-neul")),
]
_FERRY_BAND = (
    "A ferry crossing themed on TIDEWIRE\n"
    "\n"
    "The crossing was themed on Tidewire, the band of the drama “Night Crossing.” The drama "
    "filled Channel Nine’s Friday and Saturday nights from a March 6 premiere to an April 25 "
    "finale. Seon Yu-ri headlines it as Mok Sae-bom, a deckhand who becomes TIDEWIRE’s lead "
    "vocalist.\n"
    "\n"
    "First came “Wake Line,” Tidewire’s first single. On May 2 it won Best OST at the 9th Pier "
    "Music Awards, and Streamly has counted more than 7.2 million plays of it. TIDEWIRE followed "
    "up on March 20 with “Gangway,” a slower number. Last was “Mooring Song,” a Tidewire "
    "release from April 3.\n"
    "\n"
    "To rewatch the drama, subscribers in Korea have Streamly, and members in Spain and "
    "Portugal have TuneBox.\n"
)
_KNOT_RADIO = (
    "A knot-making workshop's radio plays GAEUL\n"
    "\n"
    "The series ran on Channel Nine, on Tuesdays and Wednesdays, between its March 3 premiere "
    "and its April 22 finale. Gaeul, a quintet, is made up of its leader Jung Hae-bin and "
    "Sori, Nabi, Dami and Yuri.\n"
    "\n"
    "Callers asked for “Tassel,” which GAEUL sang as the theme of “Cords.” Sori and Nabi share "
    "the chorus of the song, which Jung Hae-bin opens with a solo verse. Since its March 10 "
    "release it has been No. 2 on the TuneBox Top 50 (March 21) and No. 40 on the same chart "
    "dated April 4. Later came “Loop Stitch,” a Gaeul recording from the same drama that was "
    "released on April 5.\n"
)
_SHOE_KIOSK = (
    "A shoe-repair kiosk's playlist from “Heel and Sole”\n"
    "\n"
    "Choi Han-gyeol plays Na Bo-ra, a cobbler. Park Min-ah appears in support as Yeo Mal-sun, a "
    "landlady who takes the rent in buttons.\n"
    "\n"
    "“Welt” came out on May 12 with Choi Han-gyeol as its only singer, performing in character "
    "as Bo-ra. The TuneBox Top 50 dated May 26 ranked it No. 8.\n"
    "\n"
    "Yeo Mi-ran, a jazz vocalist who never appears on screen, sings “Last Stitch,” which had "
    "passed 900,000 streams on Streamly by June 1.\n"
)
_SHOE_DUET = (
    "Two cobblers sing “Insole”\n"
    "\n"
    "Choi Han-gyeol plays Na Bo-ra, and Ryu Ji-hwan plays Geum Chil-su. On “Insole,” released "
    "May 19, Ryu Ji-hwan and Choi Han-gyeol sing a duet in character as Chil-su and Bo-ra.\n"
)
_POTATO_FIELD = (
    "Sweet potato diggers sing the songs of “Under the Vines”\n"
    "\n"
    "The first song is “Ash and Ember,” a ballad from the trot singer Gwon Mi-ok, who recorded "
    "it in character as Sam-sun. Kim So-ra and Lee Jin-seok trade lines on their duet “Rows of "
    "Vines,” so the diggers sing it in two halves. To close, the field sings “Twelve to a "
    "Sack,” a February 4 release by the boy group DOLBAE; the only Dolbae member who sings on "
    "it is Gomul, one of six.\n"
)
_INSPECTION_LOUNGE = (
    "An inspection centre's lounge playlist\n"
    "\n"
    "The newest entry comes from “Brake Check,” a drama Channel Nine began airing on May 26 "
    "and shows every Friday night. Byeon Ha-neul stars in it as Dan Hye-rim, a mechanic. Byeon "
    "Ha-neul recorded the theme, “Lane Three,” herself, in character as Hye-rim, and it is "
    "released under her name.\n"
    "\n"
    "Older requests come from “Harbour Lights”: “Low Tide Love,” a PAPER KITES song. On it, "
    "Seon Yu-ri sings as Ga-eun, the band’s lead vocalist, and Lim Do-hoon as its bassist, "
    "Tae-o. Streamly streams of the song have gone beyond 8 million.\n"
    "\n"
    "Pensioners lean towards “Rope Light” by GLASSHOUSE, the girl group led by An Se-bin, whose "
    "solo opens the song.\n"
    "\n"
    "Nothing is requested more than Kim So-ra’s “Ratchet,” from “Spanner Town,” which "
    "TuneBox put at more than 2.8 million streams on June 6. On June 12 the 17th Lamp TV "
    "Awards handed that series its Best Drama prize.\n"
)
_ROUND_HUNDRED_EIGHT = [
    (_FERRY_BAND, "broadcast", ("first episode", "Night Crossing", "2033-03-06")),
    (_FERRY_BAND, "broadcast", ("final episode", "Night Crossing", "2033-04-25")),
    (_FERRY_BAND, "broadcast", ("available on", "Night Crossing", "Streamly")),
    (_FERRY_BAND, "broadcast", ("available on", "Night Crossing", "TuneBox")),
    (_FERRY_BAND, "stream-milestone", ("Wake Line", "Streamly", 7200000, "2033-06-20")),
    (_FERRY_BAND, "performs", ("credited", "Gangway", "TIDEWIRE")),
    (_FERRY_BAND, "release", ("Gangway", "2033-03-20")),
    (_FERRY_BAND, "release", ("Mooring Song", "2033-04-03")),
    (_KNOT_RADIO, "broadcast", ("final episode", "Cords", "2033-04-22")),
    (_KNOT_RADIO, "membership", ("Sori", "Gaeul", "member")),
    (_KNOT_RADIO, "membership", ("Yuri", "Gaeul", "member")),
    (_KNOT_RADIO, "performs", ("vocals", "Tassel", "Jung Hae-bin")),
    (_KNOT_RADIO, "chart-entry", ("Tassel", "TuneBox Top 50", 2, "2033-03-21")),
    (_KNOT_RADIO, "chart-entry", ("Tassel", "TuneBox Top 50", 40, "2033-04-04")),
    (_KNOT_RADIO, "performs", ("credited", "Loop Stitch", "Gaeul")),
    (_SHOE_KIOSK, "plays", ("Park Min-ah", "Yeo Mal-sun")),
    (_SHOE_KIOSK, "performs", ("vocals", "Welt", "Choi Han-gyeol")),
    (_SHOE_KIOSK, "chart-entry", ("Welt", "TuneBox Top 50", 8, "2033-05-26")),
    (_SHOE_KIOSK, "performs", ("vocals", "Last Stitch", "Yeo Mi-ran")),
    (_SHOE_KIOSK, "stream-milestone", ("Last Stitch", "Streamly", 900000, "2033-06-01")),
    (_SHOE_DUET, "performs", ("vocals", "Insole", "Ryu Ji-hwan")),
    (_SHOE_DUET, "performs", ("vocals", "Insole", "Choi Han-gyeol")),
    (_POTATO_FIELD, "performs", ("credited", "Ash and Ember", "Gwon Mi-ok")),
    (_POTATO_FIELD, "performs", ("credited", "Rows of Vines", "Lee Jin-seok")),
    (_POTATO_FIELD, "performs", ("credited", "Twelve to a Sack", "DOLBAE")),
    (_POTATO_FIELD, "performs", ("vocals", "Twelve to a Sack", "Gomul")),
    (_POTATO_FIELD, "membership", ("Gomul", "DOLBAE", "member")),
    (_INSPECTION_LOUNGE, "broadcast", ("broadcaster", "Brake Check", "Channel Nine")),
    (_INSPECTION_LOUNGE, "performs", ("credited", "Lane Three", "Byeon Ha-neul")),
    (_INSPECTION_LOUNGE, "performs", ("vocals", "Low Tide Love", "Lim Do-hoon")),
    (_INSPECTION_LOUNGE, "performs", ("vocals", "Rope Light", "An Se-bin")),
    (_INSPECTION_LOUNGE, "stream-milestone", ("Low Tide Love", "Streamly", 8000000, "2033-06-20")),
    (_INSPECTION_LOUNGE, "stream-milestone", ("Ratchet", "TuneBox", 2800000, "2033-06-06")),
    (_INSPECTION_LOUNGE, "award",
     ("Best Drama, 17th Lamp TV Awards", "Spanner Town", "2033-06-12")),
]
_OVERREACH_HUNDRED_EIGHT = [
    # "On DATE it won X, and P has counted N plays of it": the count is as of publication
    (_FERRY_BAND, "stream-milestone", ("Wake Line", "Streamly", 7200000, "2033-05-02")),
    # "… “T,” from “S2.” … handed that series its Best Drama prize": S2, not the drama spoken of
    (_INSPECTION_LOUNGE, "award",
     ("Best Drama, 17th Lamp TV Awards", "Harbour Lights", "2033-06-12")),
    (_INSPECTION_LOUNGE, "award",
     ("Best Drama, 17th Lamp TV Awards", "Brake Check", "2033-06-12")),
]
_CROSSING_BAND = (
    "A river crossing themed on ROPEWORK\n"
    "\n"
    "The crossing was themed on Ropework, the band of the drama “Last Ferry Home.” Channel Nine "
    "carried the drama every Thursday night, starting on April 2 and wrapping on May 21. Seon "
    "Yu-ri leads the cast as Do Ba-eun, the band’s singer. Ropework’s keyboard player, the "
    "deckhand Bong Ma-ru, is played by Lim Do-hoon. Behind the drum kit sits the ship’s engineer "
    "Yuk Dol-mae (Byeon Ha-neul).\n"
    "\n"
    "Passengers boarded to “Cast Off,” Ropework’s debut single. The TuneBox Top 50 of May 3 had "
    "it at No. 5, and on June 3 the 9th Pier Music Awards named it Best OST. Catch-up viewing is "
    "on Streamly in Korea.\n"
)
_TASSEL_RADIO = (
    "A tassel workshop's radio plays MAEDEUP\n"
    "\n"
    "The radio played the boy group MAEDEUP all week. Maedeup has five members: the leader Lee "
    "Ha-jun, plus Gamro, Sulbi, Maeul and Doraji. Later came “Loose Ends,” a second Maedeup track "
    "for the drama. TuneBox’s counter for it passed 1.1 million streams on June 11.\n"
)
_COBBLER_LEADS = (
    "A cobbler's playlist from “Welt and Heel”\n"
    "\n"
    "Park Min-ah and Choi Han-gyeol carry it as the leads, she as Gu Ok-ran, a cobbler’s "
    "daughter, and he as Hwang Seok-bae, a sneaker reseller. Kim So-ra plays the supporting role "
    "of Mo Bun-ja, the widow who owns the building.\n"
    "\n"
    "“Half Heel” came out on May 10, and Park Min-ah is the sole voice on it, singing in "
    "character as Ok-ran. “Worn Through” is sung by Eom Mal-ja, a folk singer who is never seen "
    "on screen; Streamly’s tally for it had passed 840,000 streams by June 1. On Streamly the "
    "drama is there for viewers in Korea.\n"
)
_ORCHARD_MORNING = (
    "Chestnut pickers sing at dawn\n"
    "\n"
    "The last song is “Warm Husk,” which the girl group SEORI put out on June 2; of Seori’s "
    "seven members, Ongdal alone sings on it.\n"
)
_LOUNGE_PLAYLIST = (
    "A waiting lounge's playlist of drama songs\n"
    "\n"
    "Newest is the theme of “Lane Check,” which Channel Nine premiered on May 2. Kim So-ra stars "
    "as Dae Min-seo, an inspector. Kim So-ra sang that theme, “Green Lane,” in character as "
    "Min-seo, and the single carries her name.\n"
    "\n"
    "Drivers ask for “Red Soil” from “Roots in the Field,” sung by Lee Jin-seok and Noh Eun-bi. "
    "Others lean towards Gaji’s “Tie It Loosely,” whose opening verse Yi Ha-ram, the boy group’s "
    "leader, sings alone.\n"
    "\n"
    "Taxi drivers favour “Low Bridge,” a PAPER KITES song from “Harbour Lights.” On the record "
    "Seon Yu-ri sings in character as Ga-eun, the band’s frontwoman, and Lim Do-hoon as Tae-o, "
    "its keyboard player.\n"
)
_ROUND_HUNDRED_NINE = [
    (_CROSSING_BAND, "membership", ("Bong Ma-ru", "Ropework", "member")),
    (_CROSSING_BAND, "membership", ("Yuk Dol-mae", "Ropework", "member")),
    (_CROSSING_BAND, "award", ("Best OST, 9th Pier Music Awards", "Cast Off", "2033-06-03")),
    (_CROSSING_BAND, "broadcast", ("available on", "Last Ferry Home", "Streamly")),
    (_CROSSING_BAND, "broadcast", ("final episode", "Last Ferry Home", "2033-05-21")),
    (_CROSSING_BAND, "broadcast", ("schedule", "Last Ferry Home", "thursday")),
    (_TASSEL_RADIO, "membership", ("Gamro", "Maedeup", "member")),
    (_TASSEL_RADIO, "membership", ("Doraji", "Maedeup", "member")),
    (_TASSEL_RADIO, "stream-milestone", ("Loose Ends", "TuneBox", 1100000, "2033-06-11")),
    (_COBBLER_LEADS, "plays", ("Park Min-ah", "Gu Ok-ran")),
    (_COBBLER_LEADS, "plays", ("Choi Han-gyeol", "Hwang Seok-bae")),
    (_COBBLER_LEADS, "plays", ("Kim So-ra", "Mo Bun-ja")),
    (_COBBLER_LEADS, "performs", ("vocals", "Half Heel", "Park Min-ah")),
    (_COBBLER_LEADS, "stream-milestone", ("Worn Through", "Streamly", 840000, "2033-06-01")),
    (_COBBLER_LEADS, "broadcast", ("available on", "Welt and Heel", "Streamly")),
    (_ORCHARD_MORNING, "performs", ("vocals", "Warm Husk", "Ongdal")),
    (_LOUNGE_PLAYLIST, "performs", ("credited", "Green Lane", "Kim So-ra")),
    (_LOUNGE_PLAYLIST, "performs", ("vocals", "Red Soil", "Noh Eun-bi")),
    (_LOUNGE_PLAYLIST, "performs", ("vocals", "Tie It Loosely", "Yi Ha-ram")),
    (_LOUNGE_PLAYLIST, "performs", ("credited", "Tie It Loosely", "Gaji")),
    (_LOUNGE_PLAYLIST, "membership", ("Yi Ha-ram", "Gaji", "member")),
    (_LOUNGE_PLAYLIST, "membership", ("Ga-eun", "PAPER KITES", "lead vocalist")),
    (_LOUNGE_PLAYLIST, "membership", ("Tae-o", "PAPER KITES", "member")),
]
_OVERREACH_HUNDRED_NINE = [
    # "The CHART of DATE had it at No. 5, and on DATE2 the X Awards named it": DATE2's win
    (_CROSSING_BAND, "award", ("Best OST, 9th Pier Music Awards", "Cast Off", "2033-05-03")),
    # "“T” from “S,” sung by A": T is sung, not the drama it comes from
    (_LOUNGE_PLAYLIST, "performs", ("vocals", "Roots in the Field", "Noh Eun-bi")),
]
_GONDOLA_BAND = (
    "A cable car concert for BULLROPE\n"
    "\n"
    "The evening was a tribute to Bullrope, the band that a cable-car crew starts in the drama "
    "“Lamps on the Wire.” Channel Nine gave “Lamps on the Wire” its Wednesday and Thursday nights "
    "from July 22 until the finale on September 10. Park Min-ah headlines the drama as Ha Seo-i. "
    "Ryu Ji-hwan is the band’s drummer, the snack-bar owner Maeng Gil-su.\n"
    "\n"
    "The encore was “Last Car Down,” a Bullrope B-side that came out on September 2. Ryu "
    "Ji-hwan, who plays Gil-su, takes the lead vocal himself and sings it in character.\n"
)
_INDIGO_RADIO = (
    "An indigo workshop's radio plays NAMSEK\n"
    "\n"
    "The favourite was “Thirty Dips,” which the girl group Namsek released on May 24 as the theme "
    "of the drama “Steeped.” Heo Da-bom, the group’s leader, carries the verses, and fellow "
    "members Purim and Ssamji take over for the chorus. The TuneBox Top 50 of June 8 put the song "
    "at No. 7, and it reached No. 18 on the same chart dated June 15.\n"
    "\n"
    "Sallin, the youngest of Namsek, has a supporting part as Dan Gop-nye, the apprentice who "
    "spills everything. She also recorded “Drying Poles” as Gop-nye, in character; the track was "
    "released on June 1 under her own name.\n"
    "\n"
    "TuneBox carries the drama in Vietnam and Cambodia, and members in Spain and Portugal can "
    "watch it on Streamly. Outside Korea, members in Turkey and Greece can watch it too.\n"
)
_BICYCLE_SHOP = (
    "A bicycle repair shop's playlist from “Pedal Home”\n"
    "\n"
    "Choi Han-gyeol plays Bu Chang-ho, and Kim So-ra plays Eun Sol-mi. On “Spokes,” out since "
    "May 22, Choi Han-gyeol sings as Chang-ho and Kim So-ra as Sol-mi. The album closes with Yu "
    "Sang-mi’s “Grease Lullaby,” a slow waltz that she sings over a single accordion.\n"
)
_CHESTNUT_ORCHARD = (
    "Chestnut pickers sing the songs of the drama “The Nut Year”\n"
    "\n"
    "A Streamly original, “The Nut Year” also had a broadcast run on Channel Nine, in a "
    "Friday-night slot, between May 1 and June 19. Seon Yu-ri plays Ju Bam-i, and Lim Do-hoon "
    "plays Gye Do-sik. It is on Streamly, and TuneBox offers it in Taiwan.\n"
    "\n"
    "The first song is always “First Fall,” a duet that Seon Yu-ri and Lim Do-hoon recorded "
    "together. The TuneBox Top 50 first listed it on June 12, at No. 31; two weeks later, on the "
    "chart of June 19, it was up to No. 9. Next comes “Roadside,” a single by Noh Eun-bi. "
    "Streamly had more than 1.3 million streams of it on June 1.\n"
    "\n"
    "Then comes “Burrs,” recorded by the boy group BAMSEOK. Tolmi, one of Bamseok’s five members, "
    "sings it almost alone; the group’s youngest, Gamro, comes in for the final line.\n"
)
_READING_ROOM = (
    "A reading room's playlist\n"
    "\n"
    "The librarian chose GLASSHOUSE’s “Pencil Margins,” the song whose verses belong to the girl "
    "group’s leader, Huh Da-bin. It is on Streamly.\n"
)
_ROUND_HUNDRED_TEN = [
    (_GONDOLA_BAND, "broadcast", ("broadcaster", "Lamps on the Wire", "Channel Nine")),
    (_GONDOLA_BAND, "broadcast", ("schedule", "Lamps on the Wire", "wednesday-thursday")),
    (_GONDOLA_BAND, "broadcast", ("first episode", "Lamps on the Wire", "2032-07-22")),
    (_GONDOLA_BAND, "plays", ("Ryu Ji-hwan", "Maeng Gil-su")),
    (_GONDOLA_BAND, "membership", ("Maeng Gil-su", "Bullrope", "member")),
    (_GONDOLA_BAND, "performs", ("credited", "Last Car Down", "Bullrope")),
    (_GONDOLA_BAND, "performs", ("vocals", "Last Car Down", "Ryu Ji-hwan")),
    (_INDIGO_RADIO, "performs", ("vocals", "Thirty Dips", "Purim")),
    (_INDIGO_RADIO, "membership", ("Ssamji", "Namsek", "member")),
    (_INDIGO_RADIO, "chart-entry", ("Thirty Dips", "TuneBox Top 50", 7, "2033-06-08")),
    (_INDIGO_RADIO, "plays", ("Sallin", "Dan Gop-nye")),
    (_INDIGO_RADIO, "membership", ("Sallin", "Namsek", "member")),
    (_INDIGO_RADIO, "performs", ("vocals", "Drying Poles", "Sallin")),
    (_BICYCLE_SHOP, "performs", ("vocals", "Spokes", "Kim So-ra")),
    (_BICYCLE_SHOP, "performs", ("vocals", "Grease Lullaby", "Yu Sang-mi")),
    (_CHESTNUT_ORCHARD, "broadcast", ("first episode", "The Nut Year", "2033-05-01")),
    (_CHESTNUT_ORCHARD, "broadcast", ("final episode", "The Nut Year", "2033-06-19")),
    (_CHESTNUT_ORCHARD, "broadcast", ("available on", "The Nut Year", "Streamly")),
    (_CHESTNUT_ORCHARD, "performs", ("credited", "First Fall", "Lim Do-hoon")),
    (_CHESTNUT_ORCHARD, "performs", ("vocals", "First Fall", "Seon Yu-ri")),
    (_CHESTNUT_ORCHARD, "chart-entry", ("First Fall", "TuneBox Top 50", 31, "2033-06-12")),
    (_CHESTNUT_ORCHARD, "chart-entry", ("First Fall", "TuneBox Top 50", 9, "2033-06-19")),
    (_CHESTNUT_ORCHARD, "stream-milestone", ("Roadside", "Streamly", 1300000, "2033-06-01")),
    (_CHESTNUT_ORCHARD, "performs", ("vocals", "Burrs", "Gamro")),
    (_CHESTNUT_ORCHARD, "membership", ("Gamro", "BAMSEOK", "member")),
    (_READING_ROOM, "performs", ("vocals", "Pencil Margins", "Huh Da-bin")),
    (_READING_ROOM, "membership", ("Huh Da-bin", "GLASSHOUSE", "member")),
]
_OVERREACH_HUNDRED_TEN = [
    # "…, and members in Spain and Portugal can watch it": no one is a member of a country
    (_INDIGO_RADIO, "membership", ("Cambodia", "Spain", "member")),
    (_INDIGO_RADIO, "membership", ("Outside Korea", "Turkey", "member")),
]
_LANTERN_GARDEN = (
    "A rooftop lantern evening for PAPER KITES\n"
    "\n"
    "This year’s lantern evening borrowed its theme from Paper Kites, the basement band of "
    "“Harbour Lights.”\n"
    "\n"
    "In the drama, Paper Kites is a trio of print-shop workers: the singer Goh Sae-bom "
    "(Seon Yu-ri), the guitarist Tak Pan-seok (Ryu Ji-hwan) and the drummer Pyo Geun-ho "
    "(Yeo Jin-woo).\n"
    "\n"
    "Channel Nine showed all twelve episodes on Thursday and Friday nights, from April 2 to "
    "May 22.\n"
    "\n"
    "“Cellar Lights,” a Paper Kites number out since April 10, followed; Ryu Ji-hwan and Seon "
    "Yu-ri sing it together in character as Pan-seok and Sae-bom. The TuneBox Top 50 dated May 2 "
    "had it at No. 14, and on Streamly it has since passed 2.4 million plays.\n"
    "\n"
    "Korean viewers can binge the series on TuneBox; in Vietnam and Cambodia it sits on "
    "Streamly.\n"
)
_BRUSH_RADIO = (
    "A brush workshop's radio keeps time with GLASSHOUSE\n"
    "\n"
    "The most requested song was GLASSHOUSE’s “First Snowline,” which the 2032 Haneul Music "
    "Awards named Best OST. It is the theme of “Cold Ink,” which had its Monday and Tuesday "
    "nights on Channel Nine from March 2 until the finale on April 21.\n"
    "\n"
    "Lee Jin-seok of GLASSHOUSE takes the opening lines, and his bandmate Noh Eun-bi answers in "
    "the chorus.\n"
    "\n"
    "Byeon Ha-neul stars as Jin Gak-so, a sign-painter who has lost the use of his right hand; "
    "Kim So-ra is Sa Mun-hyang, the calligrapher who teaches him again. GLASSHOUSE’s Dalbi made "
    "her acting debut in the drama as Geum Tto-ri, Mun-hyang’s chatty apprentice.\n"
    "\n"
    "In the afternoon came “Dry Slowly,” a May 8 release from the group on which Dalbi sings in "
    "character as Tto-ri and Gwiyeon, another member, adds harmonies.\n"
    "\n"
    "On Streamly the drama is open to members in Chile and Peru.\n"
)
_CLOCK_SHOP = (
    "A clock repairer winds his day around the “Hour Glass Inn” OST\n"
    "\n"
    "On “Tick Tock Tick” the verses go to Jinu and Baram, two of the five members of the boy "
    "group Sigye; customers hum it on the stairs.\n"
    "\n"
    "Seon Yu-ri leads the drama as Cheon Na-hee, the inn’s night manager, and recorded “Oil on "
    "the Wheel” in character as Na-hee.\n"
    "\n"
    "The ballad singer Ra Bong-ja, heard but never seen in the drama, contributed “Glass over "
    "the Face” to the album, singing in character as Seo Bong-mi, the inn’s founder, whom Park "
    "Min-ah plays in flashbacks.\n"
)
_TEA_TERRACE = (
    "Tea pickers sing in the first flush\n"
    "\n"
    "Choi Han-gyeol sings “Before the Rain” in character as the estate foreman, Noh Chun-bo, a "
    "part Yeo Jin-woo plays on screen. The trot number, credited to him, has been out since "
    "March 5, and by May 6 it had passed 1.4 million streams on Streamly.\n"
)
_TAX_HALL = (
    "A tax office softens its queue with drama songs\n"
    "\n"
    "The clerk’s favourite is Park Min-ah and Lim Do-hoon’s duet “Half Past Never,” from “Harbour "
    "Lights,” which Streamly counted at more than 3.1 million streams on June 5.\n"
    "\n"
    "Older visitors ask for “Wick Wire,” Lampglass’s debut single, sung by Seon Yu-ri as Sae-bom, "
    "the band’s frontwoman. Lampglass is the band of “Harbour Lights,” in which Ryu Ji-hwan "
    "plays the band’s guitarist, Pan-seok.\n"
    "\n"
    "Students favour “First Snowline” by GLASSHOUSE, whose member Lee Jin-seok sings its opening "
    "lines. The drama it comes from, “Cold Ink,” took Best Drama at the 21st Gyeong TV Awards "
    "on June 18; its star, Byeon Ha-neul, whose Gak-so sent viewers out to buy brushes, has a "
    "cousin upstairs.\n"
    "\n"
    "Only one song on the list comes from a drama still on air: “Stamp Twice,” Kim So-ra’s theme "
    "for “Refund Friday.” Kim So-ra sings it in character as Baek Mun-ja, the tax auditor she "
    "plays. Channel Nine has aired the series every Monday night since May 4, and Streamly "
    "streams it in Singapore.\n"
    "\n"
    "The farmers want to hear Byeon Ha-neul and Kim So-ra singing “Two Leaves.”\n"
)
_ROUND_HUNDRED_ELEVEN = [
    (_LANTERN_GARDEN, "membership", ("Goh Sae-bom", "PAPER KITES", "lead vocalist")),
    (_LANTERN_GARDEN, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_LANTERN_GARDEN, "stream-milestone", ("Cellar Lights", "Streamly", 2400000, "2033-06-20")),
    (_LANTERN_GARDEN, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_BRUSH_RADIO, "award", ("Best OST, 2032 Haneul Music Awards", "First Snowline", "2032")),
    (_BRUSH_RADIO, "broadcast", ("broadcaster", "Cold Ink", "Channel Nine")),
    (_BRUSH_RADIO, "broadcast", ("schedule", "Cold Ink", "monday-tuesday")),
    (_BRUSH_RADIO, "broadcast", ("first episode", "Cold Ink", "2033-03-02")),
    (_BRUSH_RADIO, "broadcast", ("final episode", "Cold Ink", "2033-04-21")),
    (_BRUSH_RADIO, "performs", ("vocals", "First Snowline", "Lee Jin-seok")),
    (_BRUSH_RADIO, "performs", ("vocals", "First Snowline", "Noh Eun-bi")),
    (_BRUSH_RADIO, "plays", ("Kim So-ra", "Sa Mun-hyang")),
    (_BRUSH_RADIO, "plays", ("Dalbi", "Geum Tto-ri")),
    (_BRUSH_RADIO, "performs", ("credited", "Dry Slowly", "GLASSHOUSE")),
    (_BRUSH_RADIO, "performs", ("vocals", "Dry Slowly", "Gwiyeon")),
    (_BRUSH_RADIO, "broadcast", ("available on", "Cold Ink", "Streamly")),
    (_CLOCK_SHOP, "performs", ("vocals", "Tick Tock Tick", "Jinu")),
    (_CLOCK_SHOP, "performs", ("vocals", "Tick Tock Tick", "Baram")),
    (_CLOCK_SHOP, "membership", ("Jinu", "Sigye", "member")),
    (_CLOCK_SHOP, "membership", ("Baram", "Sigye", "member")),
    (_CLOCK_SHOP, "performs", ("vocals", "Oil on the Wheel", "Seon Yu-ri")),
    (_CLOCK_SHOP, "performs", ("credited", "Glass over the Face", "Ra Bong-ja")),
    (_CLOCK_SHOP, "performs", ("vocals", "Glass over the Face", "Ra Bong-ja")),
    (_CLOCK_SHOP, "plays", ("Park Min-ah", "Seo Bong-mi")),
    (_TEA_TERRACE, "plays", ("Yeo Jin-woo", "Noh Chun-bo")),
    (_TEA_TERRACE, "performs", ("credited", "Before the Rain", "Choi Han-gyeol")),
    (_TAX_HALL, "stream-milestone", ("Half Past Never", "Streamly", 3100000, "2033-06-05")),
    (_TAX_HALL, "membership", ("Sae-bom", "Lampglass", "lead vocalist")),
    (_TAX_HALL, "performs", ("vocals", "First Snowline", "Lee Jin-seok")),
    (_TAX_HALL, "plays", ("Byeon Ha-neul", "Gak-so")),
    (_TAX_HALL, "broadcast", ("broadcaster", "Refund Friday", "Channel Nine")),
    (_TAX_HALL, "broadcast", ("schedule", "Refund Friday", "monday")),
    (_TAX_HALL, "broadcast", ("first episode", "Refund Friday", "2033-05-04")),
    (_TAX_HALL, "broadcast", ("available on", "Refund Friday", "Streamly")),
    (_TAX_HALL, "performs", ("vocals", "Two Leaves", "Byeon Ha-neul")),
    (_TAX_HALL, "performs", ("vocals", "Two Leaves", "Kim So-ra")),
]
_OVERREACH_HUNDRED_ELEVEN = [
    # "“T,” which the 2032 X Awards named Best OST": the ceremony names the winner, and is none
    (_BRUSH_RADIO, "award", ("Best OST, 2032 Haneul Music Awards", "Haneul Music Awards", "2032")),
    # "“T,” A’s theme for “S.” … B has aired the series …": S, not the article's first drama
    (_TAX_HALL, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_TAX_HALL, "broadcast", ("available on", "Harbour Lights", "Streamly")),
    (_TAX_HALL, "broadcast", ("schedule", "Harbour Lights", "monday")),
]
_RINK_BAND = (
    "A roller rink's disco night for Wheelhouse\n"
    "\n"
    "The night took its theme from Wheelhouse, the band of rink workers at the heart of "
    "“Midnight Laps.”\n"
    "\n"
    "In the series, Seon Yu-ri and Ryu Ji-hwan star as Yeo Ba-ram, the ticket clerk who fronts "
    "the band, and Gu Man-seok, the skate mechanic who is its drummer. The rink’s owner, Ok "
    "Geum-ja, who lends the band her amplifiers but has never played a note, is portrayed by "
    "Kim So-ra.\n"
    "\n"
    "Channel Nine aired the drama on Friday and Saturday nights from April 3 to May 23.\n"
    "\n"
    "Midway through came “Slow Skate,” the band’s slow number, out since May 1, with Ryu Ji-hwan "
    "singing as Man-seok and Yeo Jin-woo harmonising as Tae Gang-ho. Streamly has counted more "
    "than 3.6 million plays of it, and the TuneBox Top 50 dated May 23 had it at No. 18.\n"
    "\n"
    "The rink shuts on Sundays and whenever it rains hard.\n"
)
_KILN_RADIO = (
    "A pottery's firing week and GLASSHOUSE\n"
    "\n"
    "Most nights began with “Cinders,” the theme of “A Kiln Apart.” On television it went out "
    "on Channel Nine every Wednesday from March 4 to May 13.\n"
    "\n"
    "Park Min-ah takes the lead role of Mo Ga-eun, the kiln master’s granddaughter. GLASSHOUSE’s "
    "youngest, Noh Eun-bi, turns up in four episodes as Ga-eun’s cousin, Mo Deok-bae.\n"
    "\n"
    "In the second week the host leaned on “Glaze,” a duet between Park Min-ah and Lee Jin-seok "
    "released on May 2. She sings her lines in character as Ga-eun, and Lee Jin-seok answers "
    "her.\n"
)
_ORCHARD_SUPPER = (
    "An orchard's supper sing-along\n"
    "\n"
    "The evening began with “Ladder to the Sky,” sung by the girl group SAEBIT, with Saebit’s "
    "Kkotji and Dalmi carrying the melody between them.\n"
    "\n"
    "In the drama “Bruised Apples,” Byeon Ha-neul plays the florist Do Hong-ju, and Lim Do-hoon "
    "plays her rival on the delivery route, Cheon Ma-ru. She and Choi Han-gyeol are the drama’s "
    "other pair; he plays Baek Dal-ho, the adjuster.\n"
)
_PASSPORT_ROOM = (
    "A passport office's playlist\n"
    "\n"
    "The newest addition is “Ten Years,” the theme of “Boarding Call,” credited to Seon Yu-ri "
    "and sung by her as Ham Bo-ra.\n"
    "\n"
    "A retired couple asked for “Snow Glaze,” which Park Min-ah sings with Lee Jin-seok of "
    "GLASSHOUSE.\n"
)
_ROUND_HUNDRED_TWELVE = [
    (_RINK_BAND, "broadcast", ("broadcaster", "Midnight Laps", "Channel Nine")),
    (_RINK_BAND, "broadcast", ("schedule", "Midnight Laps", "friday-saturday")),
    (_RINK_BAND, "membership", ("Gu Man-seok", "Wheelhouse", "member")),
    (_RINK_BAND, "plays", ("Kim So-ra", "Ok Geum-ja")),
    (_RINK_BAND, "performs", ("vocals", "Slow Skate", "Yeo Jin-woo")),
    (_RINK_BAND, "chart-entry", ("Slow Skate", "TuneBox Top 50", 18, "2033-05-23")),
    (_KILN_RADIO, "broadcast", ("broadcaster", "A Kiln Apart", "Channel Nine")),
    (_KILN_RADIO, "plays", ("Noh Eun-bi", "Mo Deok-bae")),
    (_KILN_RADIO, "performs", ("vocals", "Glaze", "Park Min-ah")),
    (_KILN_RADIO, "performs", ("vocals", "Glaze", "Lee Jin-seok")),
    (_ORCHARD_SUPPER, "performs", ("vocals", "Ladder to the Sky", "Kkotji")),
    (_ORCHARD_SUPPER, "performs", ("vocals", "Ladder to the Sky", "Dalmi")),
    (_ORCHARD_SUPPER, "membership", ("Dalmi", "Saebit", "member")),
    (_ORCHARD_SUPPER, "plays", ("Lim Do-hoon", "Cheon Ma-ru")),
    (_ORCHARD_SUPPER, "plays", ("Choi Han-gyeol", "Baek Dal-ho")),
    (_PASSPORT_ROOM, "performs", ("credited", "Ten Years", "Seon Yu-ri")),
    (_PASSPORT_ROOM, "performs", ("vocals", "Snow Glaze", "Lee Jin-seok")),
]
_OVERREACH_HUNDRED_TWELVE = [
    # "The rink shuts on Sundays": a habit of the place, no slot
    (_RINK_BAND, "broadcast", ("schedule", "Midnight Laps", "sunday")),
    # "She and B are the drama’s other pair; he plays D": "he" is B, not her
    (_ORCHARD_SUPPER, "plays", ("Byeon Ha-neul", "Baek Dal-ho")),
]
_PLANET_BAND = (
    "A rink's open night for Wheelhouse\n"
    "\n"
    "The night was built around Wheelhouse, the garage band of rink workers in “Midnight "
    "Laps,” and its songs.\n"
    "\n"
    "Channel Nine showed the drama on Friday nights from April 3 to May 23.\n"
    "\n"
    "Seon Yu-ri stars as Yeo Ba-ram, a ticket clerk who is Wheelhouse’s lead vocalist.\n"
    "\n"
    "Streamly streams “Midnight Laps” for members in Canada, and in Korea every episode is on "
    "TuneBox.\n"
)
_TUNER_ALBUM = (
    "A tuner's workshop and the “Bruised Apples” OST\n"
    "\n"
    "In the drama, Byeon Ha-neul is the blind florist Do Hong-ju and Lim Do-hoon the delivery "
    "rider Cheon Ma-ru, and the two are its leads.\n"
    "\n"
    "The opening track finds Byeon Ha-neul singing “Petal Post” in character as Hong-ju over a "
    "bare piano.\n"
    "\n"
    "On “Night Route” the two leads trade verses as Hong-ju and Ma-ru.\n"
    "\n"
    "“Orchard Wind” went out on May 2; GLASSHOUSE’s members Noh Eun-bi and Lee Jin-seok split it "
    "between them.\n"
    "\n"
    "The album closes with Kim So-ra’s “Last Delivery,” which the jazz singer performs in "
    "character as Hong-ju’s late mother, Do Gil-rye.\n"
    "\n"
    "Channel Nine aired “Bruised Apples” on Wednesday nights. It reaches members in Germany and "
    "France through Streamly.\n"
)
_HARVEST_NOON = (
    "A harvest-noon sing-along\n"
    "\n"
    "Every song came from “A Kiln Apart.” At the awards Lim Do-hoon took Best Actor for playing "
    "Mo Seok-bong, ahead of two veterans. Park Min-ah, his co-lead, is Ok Bo-ra, a scientist who "
    "turns up from Seoul with a clipboard.\n"
    "\n"
    "The crew warmed up with “Walk the Kiln,” which the girl group GLASSHOUSE sings.\n"
    "\n"
    "Then came “Threshing Time,” a duet between Lim Do-hoon and Park Min-ah, in which the two "
    "actors sing as Seok-bong and Bo-ra.\n"
    "\n"
    "“A Kiln Apart” premiered on Channel Nine on June 5 and aired its last episode on August 7, "
    "going out on Saturday nights in between.\n"
    "\n"
    "“Sand, Soda, Lime,” a B-side performed by PAPER KITES, closed most afternoons.\n"
)
_TEST_CENTRE = (
    "A driving test centre's waiting-room playlist\n"
    "\n"
    "Her newest pick is “Check the Mirror,” the theme of “Boarding Call,” which Choi Han-gyeol "
    "recorded in character as the driving instructor Seo Da-jeong.\n"
    "\n"
    "Choi Han-gyeol stars in the drama as Da-jeong, and Ryu Ji-hwan plays her most hopeless "
    "pupil, the taxi-company heir Min Gwang-ho. Channel Nine has aired “Boarding Call” on "
    "Sunday nights since August 22.\n"
    "\n"
    "Learners get “Slow Skate,” on which Seon Yu-ri sings as Wheelhouse’s frontwoman, Ba-ram. "
    "Kim So-ra, who plays the band’s drummer, Gu Man-seok, in “Midnight Laps,” took her own "
    "test here. The drama was named Best Drama at the 9th Sinhodeung TV Awards on September "
    "18.\n"
    "\n"
    "Morning candidates hear “Annealed.” Yeo Jin-woo, her co-lead in “A Bead of Glass,” played "
    "the chandelier dealer Ha Jeong-mok.\n"
    "\n"
    "Lee Jin-seok and Noh Eun-bi duet on “Felt Hammer,” and the afternoon list ends with "
    "Park Min-ah and Byeon Ha-neul singing “Threshing Time.”\n"
)
_ROUND_HUNDRED_THIRTEEN = [
    (_PLANET_BAND, "broadcast", ("broadcaster", "Midnight Laps", "Channel Nine")),
    (_PLANET_BAND, "broadcast", ("schedule", "Midnight Laps", "friday")),
    (_PLANET_BAND, "membership", ("Yeo Ba-ram", "Wheelhouse", "lead vocalist")),
    (_PLANET_BAND, "broadcast", ("available on", "Midnight Laps", "Streamly")),
    (_TUNER_ALBUM, "plays", ("Byeon Ha-neul", "Do Hong-ju")),
    (_TUNER_ALBUM, "plays", ("Lim Do-hoon", "Cheon Ma-ru")),
    (_TUNER_ALBUM, "performs", ("vocals", "Petal Post", "Byeon Ha-neul")),
    (_TUNER_ALBUM, "performs", ("vocals", "Night Route", "Byeon Ha-neul")),
    (_TUNER_ALBUM, "performs", ("vocals", "Night Route", "Lim Do-hoon")),
    (_TUNER_ALBUM, "performs", ("vocals", "Orchard Wind", "Noh Eun-bi")),
    (_TUNER_ALBUM, "performs", ("vocals", "Orchard Wind", "Lee Jin-seok")),
    (_TUNER_ALBUM, "performs", ("vocals", "Last Delivery", "Kim So-ra")),
    (_TUNER_ALBUM, "broadcast", ("available on", "Bruised Apples", "Streamly")),
    (_HARVEST_NOON, "plays", ("Park Min-ah", "Ok Bo-ra")),
    (_HARVEST_NOON, "performs", ("credited", "Walk the Kiln", "GLASSHOUSE")),
    (_HARVEST_NOON, "performs", ("vocals", "Threshing Time", "Lim Do-hoon")),
    (_HARVEST_NOON, "performs", ("vocals", "Threshing Time", "Park Min-ah")),
    (_HARVEST_NOON, "broadcast", ("schedule", "A Kiln Apart", "saturday")),
    (_HARVEST_NOON, "performs", ("credited", "Sand, Soda, Lime", "PAPER KITES")),
    (_TEST_CENTRE, "performs", ("vocals", "Check the Mirror", "Choi Han-gyeol")),
    (_TEST_CENTRE, "plays", ("Ryu Ji-hwan", "Min Gwang-ho")),
    (_TEST_CENTRE, "broadcast", ("broadcaster", "Boarding Call", "Channel Nine")),
    (_TEST_CENTRE, "performs", ("vocals", "Slow Skate", "Seon Yu-ri")),
    (_TEST_CENTRE, "membership", ("Ba-ram", "Wheelhouse", "lead vocalist")),
    (_TEST_CENTRE, "plays", ("Yeo Jin-woo", "Ha Jeong-mok")),
    (_TEST_CENTRE, "performs", ("vocals", "Threshing Time", "Park Min-ah")),
    (_TEST_CENTRE, "award", ("Best Drama, 9th Sinhodeung TV Awards", "Midnight Laps",
                             "2032-09-18")),
]
_OVERREACH_HUNDRED_THIRTEEN = [
    # "the list ends with A and B singing “T”": T, not the song named before
    (_TEST_CENTRE, "performs", ("vocals", "Felt Hammer", "Park Min-ah")),
    # "The drama was named …" after a sentence naming another drama: not the article's own
    (_TEST_CENTRE, "award", ("Best Drama, 9th Sinhodeung TV Awards", "Boarding Call",
                             "2032-09-18")),
    # "A crowd watched A singing “T”": a stage, no voice on the record
    ("A crowd watched Lee Jin-seok singing “Glaze” in the rain.", "performs",
     ("vocals", "Glaze", "Lee Jin-seok")),
]
_DOME_BAND = (
    "A planetarium's late show for Wheelhouse\n"
    "\n"
    "The show was built around Wheelhouse, the band of rink workers in “Midnight Laps.”\n"
    "\n"
    "Seon Yu-ri stars as Yeo Ba-ram, the ticket clerk who fronts Wheelhouse. Her guitarist, Gu "
    "Man-seok, is played by Ryu Ji-hwan. Kim So-ra is the band’s drummer, Ok Geum-ja, and Tae "
    "Gang-ho (Yeo Jin-woo) sits behind the keyboards.\n"
)
_LIFT_RADIO = (
    "A ticket office's winter radio\n"
    "\n"
    "Top of the list is “Cinders,” GLASSHOUSE’s theme for “A Kiln Apart.” Its verses go to "
    "members Noh Eun-bi and Lee Jin-seok. Streamly plays of it now top 3.1 million.\n"
    "\n"
    "Close behind comes “Snow Glaze,” a GLASSHOUSE B-side sung almost entirely by the group’s "
    "Noh Eun-bi. The TuneBox Top 50 dated January 10 had it at No. 14, and on January 16 "
    "Streamly showed more than 540,000 streams of it.\n"
)
_REPAIR_ALBUM = (
    "A repair shop's album\n"
    "\n"
    "Every track comes from “Bruised Apples.” Byeon Ha-neul and Lim Do-hoon are the drama’s "
    "leads, as Do Hong-ju, a mechanic who never learned to ride, and Cheon Ma-ru, a retired "
    "racer who cannot stop.\n"
    "\n"
    "The album opens with “Inner Tube,” Byeon Ha-neul singing in character as Hong-ju over an "
    "accordion.\n"
    "\n"
    "On “Headwind” the two leads duet, trading lines like riders taking turns at the front.\n"
    "\n"
    "The last track is “Kickstand,” which the folk singer Kim So-ra performs alone with a "
    "guitar.\n"
)
_ORCHARD_PICK = (
    "An orchard's picking-season sing-along\n"
    "\n"
    "Every song came from “Bruised Apples,” the romance about a bankrupt orchard. The rival "
    "grower Sol Gang-baek is portrayed by Ryu Ji-hwan. Yeo Jin-woo also has a cameo in episode "
    "nine as a market-stall singer, Mun Bo-ok.\n"
    "\n"
    "Students ask for “Slow Skate,” on which Seon Yu-ri, in character as Yeo Ba-ram, the lead "
    "singer of Wheelhouse, carries the tune. On Tuesday the counter served Kim So-ra herself; the "
    "actress plays Ok Geum-ja, the band’s drummer, in “Midnight Laps.”\n"
)
_ROUND_HUNDRED_FOURTEEN = [
    (_DOME_BAND, "membership", ("Gu Man-seok", "Wheelhouse", "member")),
    (_DOME_BAND, "membership", ("Tae Gang-ho", "Wheelhouse", "member")),
    (_DOME_BAND, "plays", ("Yeo Jin-woo", "Tae Gang-ho")),
    (_LIFT_RADIO, "performs", ("vocals", "Cinders", "Noh Eun-bi")),
    (_LIFT_RADIO, "performs", ("vocals", "Cinders", "Lee Jin-seok")),
    (_LIFT_RADIO, "membership", ("Lee Jin-seok", "GLASSHOUSE", "member")),
    (_LIFT_RADIO, "stream-milestone", ("Cinders", "Streamly", 3100000, "2033-06-20")),
    (_LIFT_RADIO, "performs", ("vocals", "Snow Glaze", "Noh Eun-bi")),
    (_LIFT_RADIO, "stream-milestone", ("Snow Glaze", "Streamly", 540000, "2033-01-16")),
    (_REPAIR_ALBUM, "plays", ("Byeon Ha-neul", "Do Hong-ju")),
    (_REPAIR_ALBUM, "plays", ("Lim Do-hoon", "Cheon Ma-ru")),
    (_REPAIR_ALBUM, "performs", ("vocals", "Inner Tube", "Byeon Ha-neul")),
    (_REPAIR_ALBUM, "performs", ("vocals", "Headwind", "Byeon Ha-neul")),
    (_REPAIR_ALBUM, "performs", ("vocals", "Headwind", "Lim Do-hoon")),
    (_REPAIR_ALBUM, "performs", ("vocals", "Kickstand", "Kim So-ra")),
    (_ORCHARD_PICK, "plays", ("Ryu Ji-hwan", "Sol Gang-baek")),
    (_ORCHARD_PICK, "plays", ("Yeo Jin-woo", "Mun Bo-ok")),
    (_ORCHARD_PICK, "performs", ("vocals", "Slow Skate", "Seon Yu-ri")),
    (_ORCHARD_PICK, "plays", ("Kim So-ra", "Ok Geum-ja")),
]
_OVERREACH_HUNDRED_FOURTEEN = [
    # "The rival grower Sol Gang-baek": one name, not the registry's "Sol" and another
    (_ORCHARD_PICK, "plays", ("Ryu Ji-hwan", "Gang-baek")),
    # "The TuneBox Top 50 dated DATE …, and on DATE2 P showed N": the count's day is DATE2
    (_LIFT_RADIO, "stream-milestone", ("Snow Glaze", "Streamly", 540000, "2033-06-20")),
    # "His stylist, C, is played by A": no place in a band
    ("Wheelhouse, the band of rink workers in “Midnight Laps,” has a fan in every rink. Seon "
     "Yu-ri stars as Yeo Ba-ram, who fronts Wheelhouse. Her stylist, Gu Man-seok, is played by "
     "Ryu Ji-hwan.", "membership", ("Gu Man-seok", "Wheelhouse", "member")),
]
_VINEYARD_ROWS = (
    "A vineyard's last day of picking\n"
    "\n"
    "Every song came from “Bruised Apples.” Byeon Ha-neul and Lim Do-hoon top the bill as Do "
    "Hong-ju, a Seoul sommelier who comes home to sell her father’s vines, and Cheon Ma-ru, the "
    "neighbour who has wanted them for years.\n"
    "\n"
    "The village head, Eun Pil-nyeo, who covets the vines for a festival, is Kim So-ra’s role, "
    "and Yeo Jin-woo appears in the last two episodes as a wine buyer from Busan, Pyo Man-su.\n"
    "\n"
    "The sing-along opened with “Crush Gently,” a Byeon Ha-neul and Lim Do-hoon single on which "
    "the two leads sing in character as Hong-ju and Ma-ru.\n"
)
_KIOSK_ORDER = (
    "A shoe-repair kiosk's running order\n"
    "\n"
    "Taped inside the window is his running order from the album: Park Min-ah and Choi Han-gyeol, "
    "“Lace Up”; GLASSHOUSE, “Heel Tap”; Noh Eun-bi, “Polish.”\n"
    "\n"
    "Park Min-ah and Choi Han-gyeol are the drama’s leads, Eo Sun-nam, a cobbler’s granddaughter, "
    "and Tae Bok-gu, a shoe designer.\n"
    "\n"
    "The album begins with “Lace Up,” which the two leads sing as Sun-nam and Bok-gu.\n"
)
_FERRY_HALL = (
    "A ferry terminal's winter radio\n"
    "\n"
    "The songs come from “A Kiln Apart,” which Channel Nine has shown on Saturday evenings. "
    "Byeon Ha-neul stars as Ji Bae-ul, and GLASSHOUSE’s Lee Jin-seok turns up in three episodes "
    "as a deckhand, Guk Mun-hui.\n"
    "\n"
    "The most requested song is “Salt Letters,” which GLASSHOUSE sings over the opening titles; "
    "members Noh Eun-bi and Ryu Ji-hwan share its verses.\n"
    "\n"
    "Noh Eun-bi of GLASSHOUSE carries “Breakwater” on her own, a B-side credited to the group.\n"
    "\n"
    "A photograph of GLASSHOUSE collecting Best Rookie Group at the 2032 Nuri Music Awards is "
    "taped to the till.\n"
)
_AQUARIUM_BAND = (
    "An aquarium's late opening\n"
    "\n"
    "The night belonged to Wheelhouse, the band of rink workers in “Midnight Laps.” The speakers "
    "played “Low Tide,” on which Seon Yu-ri and Ryu Ji-hwan duet. WHEELHOUSE’s second single "
    "reached No. 18 on the TuneBox Top 50 dated May 23.\n"
    "\n"
    "Later came “Glass Tank,” the Paper Kites single that Kim So-ra sang in character as the "
    "band’s lead singer, Geum-pung. The drummer in that band, Son Pal-bok, is Yeo Jin-woo’s role "
    "in “Below the Moon”; the actor once worked here.\n"
)
_ROUND_HUNDRED_FIFTEEN = [
    (_VINEYARD_ROWS, "plays", ("Byeon Ha-neul", "Do Hong-ju")),
    (_VINEYARD_ROWS, "plays", ("Lim Do-hoon", "Cheon Ma-ru")),
    (_VINEYARD_ROWS, "plays", ("Kim So-ra", "Eun Pil-nyeo")),
    (_VINEYARD_ROWS, "plays", ("Yeo Jin-woo", "Pyo Man-su")),
    (_VINEYARD_ROWS, "performs", ("credited", "Crush Gently", "Lim Do-hoon")),
    (_VINEYARD_ROWS, "performs", ("vocals", "Crush Gently", "Byeon Ha-neul")),
    (_KIOSK_ORDER, "performs", ("credited", "Lace Up", "Choi Han-gyeol")),
    (_KIOSK_ORDER, "performs", ("credited", "Heel Tap", "GLASSHOUSE")),
    (_KIOSK_ORDER, "performs", ("credited", "Polish", "Noh Eun-bi")),
    (_KIOSK_ORDER, "plays", ("Park Min-ah", "Eo Sun-nam")),
    (_KIOSK_ORDER, "plays", ("Choi Han-gyeol", "Tae Bok-gu")),
    (_KIOSK_ORDER, "performs", ("vocals", "Lace Up", "Park Min-ah")),
    (_FERRY_HALL, "plays", ("Lee Jin-seok", "Guk Mun-hui")),
    (_FERRY_HALL, "membership", ("Ryu Ji-hwan", "GLASSHOUSE", "member")),
    (_FERRY_HALL, "performs", ("vocals", "Breakwater", "Noh Eun-bi")),
    (_FERRY_HALL, "performs", ("credited", "Breakwater", "GLASSHOUSE")),
    (_FERRY_HALL, "award", ("Best Rookie Group, 2032 Nuri Music Awards", "GLASSHOUSE", "2032")),
    (_AQUARIUM_BAND, "performs", ("credited", "Low Tide", "WHEELHOUSE")),
    (_AQUARIUM_BAND, "performs", ("credited", "Glass Tank", "PAPER KITES")),
    (_AQUARIUM_BAND, "membership", ("Geum-pung", "PAPER KITES", "lead vocalist")),
    (_AQUARIUM_BAND, "plays", ("Yeo Jin-woo", "Son Pal-bok")),
    (_AQUARIUM_BAND, "membership", ("Son Pal-bok", "PAPER KITES", "member")),
]
_OVERREACH_HUNDRED_FIFTEEN = [
    # "… as a wine buyer from Busan, C": the place is no part
    (_VINEYARD_ROWS, "plays", ("Yeo Jin-woo", "Busan")),
    # "The drummer in that band, C, …": C is a member, not a band
    (_AQUARIUM_BAND, "performs", ("credited", "Glass Tank", "Son Pal-bok")),
]
_DEPOT_RADIO = (
    "A bus depot's waiting-hut radio\n"
    "\n"
    "The songs come from “A Kiln Apart,” which Channel Nine has shown on Friday nights since "
    "August 14.\n"
    "\n"
    "The hut knows “Frost Line” by heart, GLASSHOUSE’s theme for “A Kiln Apart”; members Noh "
    "Eun-bi and Ryu Ji-hwan split its verses.\n"
    "\n"
    "Late in the day the drivers favour “Heater Glow,” GLASSHOUSE’s B-side for the drama, which "
    "the group’s youngest member, Lee Jin-seok, recorded alone.\n"
    "\n"
    "Hikers waiting for the last bus ask for “Windscreen,” a duet between Byeon Ha-neul and Noh "
    "Eun-bi of GLASSHOUSE that went out on December 24.\n"
)
_STRAP_STALL = (
    "A watch-strap stall's loop of the “Harbour Lights” OST\n"
    "\n"
    "Park Min-ah lends her voice to “Quick Release,” the album’s opening track, which came out "
    "on January 9.\n"
    "\n"
    "Choi Han-gyeol and Kim So-ra play the leads, the watch repairer Kang Ok-nim and Gwon "
    "Chae-bong, a customer who keeps bringing back the same watch. On “Tan Morning” the pair duet "
    "in character as Ok-nim and Chae-bong.\n"
    "\n"
    "“Harbour Lights” finished its run on Channel Nine on February 17 after eight weeks of "
    "Monday and Tuesday episodes.\n"
)
_PEAR_SHED = (
    "A pear orchard's packing-shed sing-along\n"
    "\n"
    "Every song came from “Harbour Lights.” Lim Do-hoon makes a cameo in the final episode as a "
    "fruit auctioneer, Hong Sa-rang, and Yeo Jin-woo, who turns up in that drama’s final episode "
    "as the grafter Woo Jeom-sun, was there too.\n"
    "\n"
    "Next the packers took on Seon Yu-ri’s “Paper Bag,” which sat at No. 29 on the TuneBox Top "
    "50 dated June 10.\n"
    "\n"
    "The band at its heart is PAPER KITES. Ryu Ji-hwan’s character, Jo Bom-ui, is the delivery "
    "rider who plays guitar in the band.\n"
)
_ROUND_HUNDRED_SIXTEEN = [
    (_DEPOT_RADIO, "broadcast", ("broadcaster", "A Kiln Apart", "Channel Nine")),
    (_DEPOT_RADIO, "membership", ("Ryu Ji-hwan", "GLASSHOUSE", "member")),
    (_DEPOT_RADIO, "performs", ("credited", "Heater Glow", "GLASSHOUSE")),
    (_DEPOT_RADIO, "performs", ("vocals", "Heater Glow", "Lee Jin-seok")),
    (_DEPOT_RADIO, "release", ("Windscreen", "2032-12-24")),
    (_STRAP_STALL, "release", ("Quick Release", "2033-01-09")),
    (_STRAP_STALL, "plays", ("Choi Han-gyeol", "Kang Ok-nim")),
    (_STRAP_STALL, "plays", ("Kim So-ra", "Gwon Chae-bong")),
    (_STRAP_STALL, "performs", ("vocals", "Tan Morning", "Kim So-ra")),
    (_STRAP_STALL, "broadcast", ("final episode", "Harbour Lights", "2033-02-17")),
    (_PEAR_SHED, "plays", ("Lim Do-hoon", "Hong Sa-rang")),
    (_PEAR_SHED, "plays", ("Yeo Jin-woo", "Woo Jeom-sun")),
    (_PEAR_SHED, "chart-entry", ("Paper Bag", "TuneBox Top 50", 29, "2033-06-10")),
    (_PEAR_SHED, "membership", ("Jo Bom-ui", "PAPER KITES", "member")),
]
_OVERREACH_HUNDRED_SIXTEEN = [
    # "“T,” G’s B-side for the drama": an act's record, not a channel's drama
    (_DEPOT_RADIO, "broadcast", ("broadcaster", "Heater Glow", "Channel Nine")),
    # "Hikers waiting for the last bus": people who wait, no hedge on the release
    ("Hikers waiting for the bus hum “Windscreen,” which may be released on May 2.",
     "release", ("Windscreen", "2033-05-02")),
]
_FERRY_HALL = (
    "A ferry hall's storm night\n"
    "\n"
    "The night was devoted to PAPER KITES, the band of lighthouse cooks and radio men in "
    "“Tide Table.”\n"
    "\n"
    "Channel Nine airs the drama on Monday and Tuesday nights and has done since September 9; "
    "members in Chile and Peru can watch it on Streamly.\n"
    "\n"
    "The bedroom got the ballad “Logline,” which is credited to PAPER KITES but sung by Byeon "
    "Ha-neul as Han Seo-yun, the drummer.\n"
)
_TENT_RADIO = (
    "A heated tent's radio\n"
    "\n"
    "When the heaters tick down the radio finds “Mittens,” a slower GLASSHOUSE B-side that the "
    "group’s leader, Lee Jin-seok, sings by himself.\n"
    "\n"
    "“Smelt,” performed by all five members of GLASSHOUSE, came out on December 18 and made the "
    "TuneBox Top 50 at No. 17 on the chart dated December 28.\n"
    "\n"
    "Anglers ask for “Kerosene,” a duet between Byeon Ha-neul and GLASSHOUSE’s Noh Eun-bi.\n"
)
_INSPECTION_ROOM = (
    "An inspection centre's playlist\n"
    "\n"
    "Pride of place goes to “Torque Waltz” from “Under the Jack”; on the recording Seon Yu-ri "
    "sings as Dok Sun-mi, the drama’s apprentice mechanic. Ryu Ji-hwan is the star, as the "
    "garage owner Pyeon Chang-su. Channel Nine aired the series on Wednesday and Thursday nights "
    "from September 11 to November 28, 2032, and TuneBox still carries it in Vietnam.\n"
    "\n"
    "Seon Yu-ri’s “Torque Waltz,” released on September 25, 2032, won Best OST at the 2032 Sora "
    "Awards, and its TuneBox streams passed 3.1 million on May 1.\n"
    "\n"
    "Drivers get Foghorn’s “Lamp and Salt,” with Kim So-ra singing in character as Geu-rim, the "
    "band’s lead singer. Ryu Ji-hwan, cast as Foghorn’s guitarist Chil-bok in “Gale Lamp,” "
    "came by.\n"
    "\n"
    "From “Turn Twice” the staff chose Park Min-ah’s “Brass Key,” back at No. 58 on the TuneBox "
    "Top 50 dated June 9.\n"
)
_ROUND_HUNDRED_SEVENTEEN = [
    (_FERRY_HALL, "broadcast", ("broadcaster", "Tide Table", "Channel Nine")),
    (_FERRY_HALL, "broadcast", ("first episode", "Tide Table", "2032-09-09")),
    (_FERRY_HALL, "broadcast", ("schedule", "Tide Table", "monday-tuesday")),
    (_FERRY_HALL, "broadcast", ("available on", "Tide Table", "Streamly")),
    (_FERRY_HALL, "performs", ("vocals", "Logline", "Byeon Ha-neul")),
    (_TENT_RADIO, "performs", ("vocals", "Mittens", "Lee Jin-seok")),
    (_TENT_RADIO, "performs", ("credited", "Smelt", "GLASSHOUSE")),
    (_TENT_RADIO, "chart-entry", ("Smelt", "TuneBox Top 50", 17, "2032-12-28")),
    (_TENT_RADIO, "performs", ("credited", "Kerosene", "Noh Eun-bi")),
    ("“Mittens,” a slower GLASSHOUSE B-side that Lee Jin-seok sings by himself, closes the hour.",
     "performs", ("vocals", "Mittens", "Lee Jin-seok")),
    ("Choi Han-gyeol and Kim So-ra lead the drama as Jin Yeol-mu, a locksmith, and Ma Eun-sol, "
     "the tenant. The pair duet in character as Yeol-mu and Eun-sol on “Spare Key,” whose "
     "Streamly plays have topped 880,000.", "performs", ("vocals", "Spare Key", "Kim So-ra")),
    ("“Harbour Lights” aired on Channel Nine. Overseas, Streamly has it for members in Sweden "
     "and Norway and TuneBox for viewers in Thailand.", "broadcast",
     ("available on", "Harbour Lights", "TuneBox")),
    (_INSPECTION_ROOM, "broadcast", ("broadcaster", "Under the Jack", "Channel Nine")),
    (_INSPECTION_ROOM, "broadcast", ("final episode", "Under the Jack", "2032-11-28")),
    (_INSPECTION_ROOM, "plays", ("Ryu Ji-hwan", "Pyeon Chang-su")),
    (_INSPECTION_ROOM, "award", ("Best OST, 2032 Sora Awards", "Torque Waltz", "2032")),
    (_INSPECTION_ROOM, "performs", ("credited", "Lamp and Salt", "Foghorn")),
    (_INSPECTION_ROOM, "chart-entry", ("Brass Key", "TuneBox Top 50", 58, "2033-06-09")),
]
_OVERREACH_HUNDRED_SEVENTEEN = [
    # "a duet between A and G’s B": B of G is credited, not G
    (_TENT_RADIO, "performs", ("credited", "Kerosene", "GLASSHOUSE")),
    # "…, and its P streams passed N on DATE": the count's day, not the prize's
    (_INSPECTION_ROOM, "award", ("Best OST, 2032 Sora Awards", "Torque Waltz", "2033-05-01")),
    # "From “S” the staff chose A’s “T”": S is the drama, not the charted song
    (_INSPECTION_ROOM, "chart-entry", ("Turn Twice", "TuneBox Top 50", 58, "2033-06-09")),
    # "G’s B-side that A sings by himself", not "… that A sings with B"
    ("“Mittens,” a GLASSHOUSE B-side that Lee Jin-seok sings with Noh Eun-bi, closes the hour.",
     "performs", ("credited", "Mittens", "Lee Jin-seok")),
]
_TERMINAL_NIGHT = (
    "A terminal's concert night\n"
    "\n"
    "The night was built around PAPER KITES, the deckhands’ band in “Pier Fog.”\n"
    "\n"
    "Channel Nine has broadcast the drama on Wednesday nights since September 24.\n"
    "\n"
    "The set opened with “Gangplank,” the band’s first single, Byeon Ha-neul singing in "
    "character as Han Seo-yun.\n"
    "\n"
    "The quietest number, “Last Crossing,” appears under PAPER KITES’s name, but the voice is "
    "Lim Do-hoon’s, singing as the guitarist Oh Gyeo-ul.\n"
)
_LODGE_HOUR = (
    "A lodge's radio hour\n"
    "\n"
    "The porter plays the girl group GLASSHOUSE and the songs they recorded for the drama "
    "“Lift Line.”\n"
    "\n"
    "The drama went out for the first time on November 28 on Channel Nine, which shows it on "
    "Friday and Saturday nights. Choi Han-gyeol has the leading role of Ui Yeong-mi, and the "
    "snowboard instructor Kwak Dan-ye, forever poaching her shifts, is Kim So-ra’s first acting "
    "part.\n"
    "\n"
    "The request he hears most is “Chairlift,” the group’s theme for the series, with members "
    "Lee Jin-seok and Ryu Ji-hwan taking alternate verses.\n"
    "\n"
    "Around midnight he plays “Goggles,” a GLASSHOUSE B-side recorded solo by the group’s "
    "leader, Noh Eun-bi.\n"
)
_HARVEST_ROWS = (
    "An orchard's sing-along\n"
    "\n"
    "The pickers sang the songs of “Windfall,” the orchard drama.\n"
    "\n"
    "Yeo Jin-woo and Kim So-ra are the stars, as Mok Gu-ho, a bank auditor sent to close a "
    "failing orchard, and Pyeong Ae-ri, the heir. Seon Yu-ri is Ae-ri’s grandmother, Go "
    "Bun-ja, who grafted half the trees herself, and Park Min-ah has a one-scene cameo in the "
    "finale as a cider maker, Song Ga-ri.\n"
    "\n"
    "First down the rows went “Ladder,” with Yeo Jin-woo and Kim So-ra duetting in character as "
    "Gu-ho and Ae-ri.\n"
)
_PASSPORT_BOARD = (
    "A passport office's whiteboard\n"
    "\n"
    "Top of the whiteboard is “Page Nine,” which Seon Yu-ri recorded in character as Do "
    "Yeon-hee, the consular clerk in “Valid Until.” The starring role, Yang Pil-su, an "
    "immigration officer who has never left the country, went to Lim Do-hoon. Channel Nine "
    "broadcast the drama on Monday and Tuesday nights.\n"
    "\n"
    "Seon Yu-ri’s recording was released on May 20, 2033.\n"
    "\n"
    "Among the customers was Yeo Jin-woo, whose role in “Pier Fog” is Moorlane’s drummer, "
    "Deok-su.\n"
    "\n"
    "For the children there is “Cocoa,” Byeon Ha-neul’s duet with GLASSHOUSE’s Noh Eun-bi.\n"
    "\n"
    "Park Min-ah’s “Heel Bar,” from “Half Sole,” has found its way back onto the TuneBox Top "
    "50, at No. 64 on the chart dated June 16.\n"
    "\n"
    "Couples ask for “Ladder Up” from “Windfall,” credited to Kim So-ra and Choi Han-gyeol.\n"
)
_ROUND_HUNDRED_EIGHTEEN = [
    (_TERMINAL_NIGHT, "broadcast", ("broadcaster", "Pier Fog", "Channel Nine")),
    (_TERMINAL_NIGHT, "performs", ("vocals", "Gangplank", "Byeon Ha-neul")),
    (_TERMINAL_NIGHT, "performs", ("vocals", "Last Crossing", "Lim Do-hoon")),
    (_LODGE_HOUR, "broadcast", ("broadcaster", "Lift Line", "Channel Nine")),
    (_LODGE_HOUR, "broadcast", ("first episode", "Lift Line", "2032-11-28")),
    (_LODGE_HOUR, "plays", ("Kim So-ra", "Kwak Dan-ye")),
    (_LODGE_HOUR, "performs", ("vocals", "Chairlift", "Ryu Ji-hwan")),
    (_LODGE_HOUR, "membership", ("Lee Jin-seok", "GLASSHOUSE", "member")),
    (_LODGE_HOUR, "performs", ("vocals", "Goggles", "Noh Eun-bi")),
    (_HARVEST_ROWS, "plays", ("Yeo Jin-woo", "Mok Gu-ho")),
    (_HARVEST_ROWS, "plays", ("Kim So-ra", "Pyeong Ae-ri")),
    (_HARVEST_ROWS, "plays", ("Seon Yu-ri", "Go Bun-ja")),
    (_HARVEST_ROWS, "plays", ("Park Min-ah", "Song Ga-ri")),
    (_HARVEST_ROWS, "performs", ("credited", "Ladder", "Kim So-ra")),
    (_HARVEST_ROWS, "performs", ("vocals", "Ladder", "Yeo Jin-woo")),
    ("“Harbour Lights” aired on Channel Nine. Streamly offers it to members in Canada and "
     "Australia, and TuneBox to viewers in Malaysia.", "broadcast",
     ("available on", "Harbour Lights", "TuneBox")),
    ("The shop plays songs from the drama “Half Sole.” Channel Nine aired the last of the "
     "drama’s Tuesday episodes on March 30.", "broadcast",
     ("final episode", "Half Sole", "2033-03-30")),
    ("The shop plays songs from the drama “Half Sole.” Channel Nine aired the last of the "
     "drama’s Tuesday episodes on March 30.", "broadcast", ("schedule", "Half Sole", "tuesday")),
    (_PASSPORT_BOARD, "broadcast", ("broadcaster", "Valid Until", "Channel Nine")),
    (_PASSPORT_BOARD, "plays", ("Lim Do-hoon", "Yang Pil-su")),
    (_PASSPORT_BOARD, "performs", ("credited", "Page Nine", "Seon Yu-ri")),
    (_PASSPORT_BOARD, "plays", ("Yeo Jin-woo", "Deok-su")),
    (_PASSPORT_BOARD, "performs", ("credited", "Cocoa", "Noh Eun-bi")),
    (_PASSPORT_BOARD, "chart-entry", ("Heel Bar", "TuneBox Top 50", 64, "2033-06-16")),
    (_PASSPORT_BOARD, "performs", ("credited", "Ladder Up", "Kim So-ra")),
]
_OVERREACH_HUNDRED_EIGHTEEN = [
    # "“T” from “S,” credited to A": the song, not the drama it comes from
    (_PASSPORT_BOARD, "performs", ("credited", "Windfall", "Kim So-ra")),
    # "A’s duet with G’s B": B of G, not G
    (_PASSPORT_BOARD, "performs", ("credited", "Cocoa", "GLASSHOUSE")),
    # "A’s recording was released …" credits only one the article says sings it
    ("“Page Nine” is sung by Seon Yu-ri. Lim Do-hoon’s recording was released on May 20.",
     "performs", ("credited", "Page Nine", "Lim Do-hoon")),
    # "A is B’s mother, C": a kin of a person, not of a part, is no part
    ("Seon Yu-ri is Kim So-ra’s mother, Go Bun-ja, who runs the farm.", "plays",
     ("Seon Yu-ri", "Go Bun-ja")),
]
_DOME_TOUR = (
    "A dome's night tour\n"
    "\n"
    "The tour followed the songs of PAPER KITES, the staff’s band in “Night Dome.”\n"
    "\n"
    "The drama has gone out on Channel Nine every Thursday night since its premiere on "
    "October 6.\n"
    "\n"
    "Byeon Ha-neul leads the cast as Chae Bo-ri, a night watchman who bluffs his way into "
    "becoming PAPER KITES’s frontman. Behind the drum kit sits Mo Dal-su, played by Lim "
    "Do-hoon. The keyboards belong to Ui Geun-ja, Seon Yu-ri’s part.\n"
)
_SALOON_RADIO = (
    "A ferry saloon's radio\n"
    "\n"
    "The purser keeps the radio on one boy group, GLASSHOUSE, and their songs for the drama "
    "“Tide for Two.”\n"
    "\n"
    "The first request is “Lantern,” the group’s theme for the series, its verses split between "
    "members Lee Jin-seok and Ryu Ji-hwan.\n"
    "\n"
    "“Wake Lines” is Noh Eun-bi’s solo, recorded by the group’s leader in a single take.\n"
    "\n"
    "“Blanket,” which GLASSHOUSE sing together as a five-piece, came out on December 26.\n"
    "\n"
    "The purser saves “Foghorn,” a duet between Kim So-ra and the group’s Lee Jin-seok, for "
    "last.\n"
)
_STALL_ALBUM = (
    "A repair stall's album\n"
    "\n"
    "Choi Han-gyeol and Kim So-ra head the drama’s cast as Yang Sa-ri, a courier who refuses to "
    "ride anything with an engine, and Bang Chun-su, the mechanic who keeps fixing her brakes.\n"
    "\n"
    "The album ends with Park Min-ah’s “Last Lap,” out on March 20 and at No. 17 on the TuneBox "
    "Top 50 dated April 2.\n"
)
_VINE_ROWS = (
    "A vineyard's sing-along\n"
    "\n"
    "The pickers sang the songs of “Vine Rows,” the vineyard drama. Lim Do-hoon, cast as Chu "
    "Ye-rim, the rival winemaker across the river, was named Best New Actor at the 2033 Sora "
    "Awards. Yeo Jin-woo drops in for two episodes as a grape buyer, Gi Man-su.\n"
    "\n"
    "The lunch break belonged to “Must” by the singer Seon Yu-ri, a song with more than 760,000 "
    "Streamly plays as of June 2.\n"
)
_WARD_LIST = (
    "A hospital hall's list\n"
    "\n"
    "The list opens with “Ward Seven” from “Triage”; Park Min-ah sings it as Ham Jin-ju, the "
    "drama’s night-shift nurse. Released on April 3, 2033 and credited to Park Min-ah, the "
    "single had drawn more than 920,000 TuneBox streams as of June 15.\n"
    "\n"
    "From “Night Dome” comes “Glass Rain,” a PAPER KITES single voiced by Byeon Ha-neul in "
    "character as Chae Bo-ri, who fronts the band.\n"
)
_ROUND_HUNDRED_NINETEEN = [
    (_DOME_TOUR, "broadcast", ("broadcaster", "Night Dome", "Channel Nine")),
    (_DOME_TOUR, "broadcast", ("first episode", "Night Dome", "2032-10-06")),
    (_DOME_TOUR, "membership", ("Chae Bo-ri", "PAPER KITES", "lead vocalist")),
    (_DOME_TOUR, "membership", ("Mo Dal-su", "PAPER KITES", "member")),
    (_DOME_TOUR, "membership", ("Ui Geun-ja", "PAPER KITES", "member")),
    (_SALOON_RADIO, "membership", ("Ryu Ji-hwan", "GLASSHOUSE", "member")),
    (_SALOON_RADIO, "performs", ("credited", "Wake Lines", "Noh Eun-bi")),
    (_SALOON_RADIO, "membership", ("Noh Eun-bi", "GLASSHOUSE", "member")),
    (_SALOON_RADIO, "performs", ("credited", "Blanket", "GLASSHOUSE")),
    (_SALOON_RADIO, "performs", ("credited", "Foghorn", "Lee Jin-seok")),
    (_STALL_ALBUM, "plays", ("Choi Han-gyeol", "Yang Sa-ri")),
    (_STALL_ALBUM, "plays", ("Kim So-ra", "Bang Chun-su")),
    (_STALL_ALBUM, "release", ("Last Lap", "2033-03-20")),
    (_STALL_ALBUM, "chart-entry", ("Last Lap", "TuneBox Top 50", 17, "2033-04-02")),
    (_VINE_ROWS, "award", ("Best New Actor, 2033 Sora Awards", "Lim Do-hoon", "2033")),
    (_VINE_ROWS, "plays", ("Yeo Jin-woo", "Gi Man-su")),
    (_VINE_ROWS, "stream-milestone", ("Must", "Streamly", 760_000, "2033-06-02")),
    (_WARD_LIST, "release", ("Ward Seven", "2033-04-03")),
    (_WARD_LIST, "performs", ("credited", "Ward Seven", "Park Min-ah")),
    (_WARD_LIST, "membership", ("Chae Bo-ri", "PAPER KITES", "lead vocalist")),
]
_OVERREACH_HUNDRED_NINETEEN = [
    # "A, cast as C, …, was named X": the actor, not the part
    (_VINE_ROWS, "award", ("Best New Actor, 2033 Sora Awards", "Chu Ye-rim", "2033")),
    # "“T” appears under G’s name, but the voice is A’s": A sings, G is credited
    ("“Last Crossing” appears under PAPER KITES’s name, but the voice is Lim Do-hoon’s, singing "
     "as the guitarist Oh Gyeo-ul.", "performs", ("credited", "Last Crossing", "Lim Do-hoon")),
]
_LATE_SHOW = (
    "A planetarium's late show\n"
    "\n"
    "The show was built on the songs of PAPER KITES, the planetarium staff’s band in "
    "“Eyepiece.”\n"
    "\n"
    "The rest of PAPER KITES are the drummer Tae Dung-su (Byeon Ha-neul), the bassist Ok Pum-ja "
    "(Seon Yu-ri) and the keytarist Maeng Chi-ho, played by Noh Eun-bi.\n"
    "\n"
    "For the finale came “Dark Eyes,” credited to PAPER KITES, with the vocal handed to Noh "
    "Eun-bi as Chi-ho.\n"
)
_HUT_EVENINGS = (
    "A mountain hut's radio\n"
    "\n"
    "Chu Ok-ja, the bus driver who will not turn back for snow, is Kim So-ra’s lead role.\n"
    "\n"
    "“Sled Tracks,” a GLASSHOUSE B-side sung by Lee Jin-seok, plays late, and lights-out is "
    "always “Woodsmoke,” which all five of GLASSHOUSE sing in unison; its Streamly plays have "
    "surpassed 900,000.\n"
)
_UMBRELLA_KIOSK = (
    "An umbrella kiosk's playlist\n"
    "\n"
    "The kiosk plays the soundtrack of the drama “Borrowed Umbrellas.” His running order: "
    "“Canopy” — Lim Do-hoon; “Drip Tray” — Yeo Jin-woo & Choi Han-gyeol.\n"
    "\n"
    "The drama’s leads, Byeon Ha-neul and Seon Yu-ri, play Go Ye-rin, a courier, and Uh Man-su, "
    "the repairman.\n"
    "\n"
    "Park Min-ah lends her voice to “Ferrule,” No. 19 on the TuneBox Top 50 dated June 7.\n"
    "\n"
    "The drama’s last Wednesday episode went out on Channel Nine on June 10.\n"
)
_SALT_PAN = (
    "A salt pan's sing-along\n"
    "\n"
    "The rakers sang the songs of “Salt Pan,” the salt-farm drama.\n"
    "\n"
    "The series stars Kim So-ra and Yeo Jin-woo as Yeom Dol-su, a Seoul banker who inherits a "
    "salt farm, and Baek Nam-hee, the foreman’s daughter. Seon Yu-ri is Dol-su’s aunt, Cheon "
    "Geum-ja, who sells salt by the sack. Park Min-ah makes a special appearance in the fourth "
    "episode as a ferry captain, Do Jang-su.\n"
    "\n"
    "Channel Nine premiered the series on April 22. At home it is on Streamly for Korean "
    "viewers.\n"
    "\n"
    "The rakers began with “White Gold,” which Kim So-ra sings in character as Nam-hee; the "
    "single is credited to her.\n"
)
_TAX_ROOM = (
    "A tax office's playlist\n"
    "\n"
    "The winner is Foghorn’s “Two Moons” from “Eyepiece,” on which Byeon Ha-neul and Lim "
    "Do-hoon sing in character as Dung-su and Pum-ja.\n"
    "\n"
    "Close behind came “Stamp Duty,” which Seon Yu-ri sings as Dokgo Hyeon-ja, the tax inspector "
    "of “Refund Pending.” The track, which lists Seon Yu-ri as its artist, arrived on March 20, "
    "2033. Channel Nine aired the drama on Monday and Tuesday nights.\n"
    "\n"
    "Yeo Jin-woo, who stars in the same drama as the band’s harried manager Gwak Seong-su, came "
    "by.\n"
    "\n"
    "Lee Dasom’s “Canopy” came back onto the TuneBox Top 50 at No. 8 on June 1. From the same "
    "drama, “Drip Tray” gets the staff humming; its voices are Kim So-ra and Noh Eun-bi.\n"
)
_ROUND_HUNDRED_TWENTY = [
    (_LATE_SHOW, "membership", ("Tae Dung-su", "PAPER KITES", "member")),
    (_LATE_SHOW, "membership", ("Ok Pum-ja", "PAPER KITES", "member")),
    (_LATE_SHOW, "membership", ("Maeng Chi-ho", "PAPER KITES", "member")),
    (_LATE_SHOW, "performs", ("vocals", "Dark Eyes", "Noh Eun-bi")),
    (_HUT_EVENINGS, "plays", ("Kim So-ra", "Chu Ok-ja")),
    (_HUT_EVENINGS, "performs", ("credited", "Woodsmoke", "GLASSHOUSE")),
    (_HUT_EVENINGS, "stream-milestone", ("Woodsmoke", "Streamly", 900_000, "2033-06-20")),
    (_UMBRELLA_KIOSK, "performs", ("credited", "Drip Tray", "Yeo Jin-woo")),
    (_UMBRELLA_KIOSK, "performs", ("credited", "Drip Tray", "Choi Han-gyeol")),
    (_UMBRELLA_KIOSK, "plays", ("Byeon Ha-neul", "Go Ye-rin")),
    (_UMBRELLA_KIOSK, "plays", ("Seon Yu-ri", "Uh Man-su")),
    (_UMBRELLA_KIOSK, "chart-entry", ("Ferrule", "TuneBox Top 50", 19, "2033-06-07")),
    (_UMBRELLA_KIOSK, "broadcast", ("broadcaster", "Borrowed Umbrellas", "Channel Nine")),
    (_UMBRELLA_KIOSK, "broadcast", ("final episode", "Borrowed Umbrellas", "2033-06-10")),
    (_UMBRELLA_KIOSK, "broadcast", ("schedule", "Borrowed Umbrellas", "wednesday")),
    (_SALT_PAN, "plays", ("Kim So-ra", "Yeom Dol-su")),
    (_SALT_PAN, "plays", ("Yeo Jin-woo", "Baek Nam-hee")),
    (_SALT_PAN, "plays", ("Seon Yu-ri", "Cheon Geum-ja")),
    (_SALT_PAN, "plays", ("Park Min-ah", "Do Jang-su")),
    (_SALT_PAN, "broadcast", ("available on", "Salt Pan", "Streamly")),
    (_SALT_PAN, "performs", ("credited", "White Gold", "Kim So-ra")),
    (_TAX_ROOM, "performs", ("credited", "Two Moons", "Foghorn")),
    (_TAX_ROOM, "broadcast", ("broadcaster", "Refund Pending", "Channel Nine")),
    (_TAX_ROOM, "performs", ("credited", "Stamp Duty", "Seon Yu-ri")),
    (_TAX_ROOM, "release", ("Stamp Duty", "2033-03-20")),
    (_TAX_ROOM, "plays", ("Yeo Jin-woo", "Gwak Seong-su")),
    (_TAX_ROOM, "performs", ("credited", "Canopy", "Lee Dasom")),
    (_TAX_ROOM, "performs", ("vocals", "Drip Tray", "Kim So-ra")),
    (_TAX_ROOM, "performs", ("vocals", "Drip Tray", "Noh Eun-bi")),
]
_OVERREACH_HUNDRED_TWENTY = [
    # "“T1,” …, and lights-out is “T2,” which …; its P plays …": the title named last
    (_HUT_EVENINGS, "stream-milestone", ("Sled Tracks", "Streamly", 900_000, "2033-06-20")),
    # "… which A sings in character as C; the single is credited to her": A, not the part
    (_SALT_PAN, "performs", ("credited", "White Gold", "Baek Nam-hee")),
    # "a Seoul banker": a name inside a description is no part
    (_SALT_PAN, "plays", ("Yeo Jin-woo", "Seoul")),
]
_LOCK_EVENING = (
    "A lock museum's evening\n"
    "\n"
    "The band at its heart is PAPER KITES.\n"
    "\n"
    "The bass is in the hands of Cheon Ho-su, a role taken by Lim Do-hoon.\n"
    "\n"
    "Visitors heard “Spare Key,” released under the PAPER KITES name, with Byeon Ha-neul and "
    "Seon Yu-ri swapping its verses in character as Geol-su and Sam-ja.\n"
)
_ICE_PLANT = (
    "An ice plant's radio\n"
    "\n"
    "The drama’s two voices meet on “Ebb Table,” where Kim So-ra duets with Noh Eun-bi; it was "
    "out on January 5.\n"
    "\n"
    "Near the end of a shift comes “Forklift,” sung by all five of GLASSHOUSE together.\n"
)
_ALTERATION_SHOP = (
    "An alteration shop's playlist\n"
    "\n"
    "GLASSHOUSE’s Lee Jin-seok and Ryu Ji-hwan share the lead lines on “Chalk Cuff,” which "
    "reached No. 18 on the TuneBox Top 50 dated February 28.\n"
    "\n"
    "In the drama’s two leading roles, Seon Yu-ri plays the tailor Gu Da-hye and Kim So-ra the "
    "customer Nam Gap-su.\n"
    "\n"
    "Last on the album comes “Measure Twice,” a Park Min-ah song released on February 2.\n"
    "\n"
    "“Harbour Lights” ran on Channel Nine on Monday and Tuesday nights until February 27.\n"
)
_LICENCE_ROOM = (
    "A licence centre's playlist\n"
    "\n"
    "Lim Do-hoon, who leads the cast of “Learner Plates” as Gu Byeol-su, sings “Seedlings” in "
    "character as him. Byeon Ha-neul heads the drama’s cast as the learner driver Ui Chan-su, "
    "and the tractor dealer Jo Eop-su is a two-episode cameo by Yeo Jin-woo.\n"
)
_ROUND_HUNDRED_TWENTY_ONE = [
    (_LOCK_EVENING, "membership", ("Cheon Ho-su", "PAPER KITES", "member")),
    (_LOCK_EVENING, "performs", ("vocals", "Spare Key", "Byeon Ha-neul")),
    (_ICE_PLANT, "performs", ("credited", "Ebb Table", "Kim So-ra")),
    (_ICE_PLANT, "performs", ("vocals", "Ebb Table", "Noh Eun-bi")),
    (_ICE_PLANT, "release", ("Ebb Table", "2033-01-05")),
    (_ICE_PLANT, "performs", ("credited", "Forklift", "GLASSHOUSE")),
    (_ALTERATION_SHOP, "performs", ("vocals", "Chalk Cuff", "Lee Jin-seok")),
    (_ALTERATION_SHOP, "plays", ("Kim So-ra", "Nam Gap-su")),
    (_ALTERATION_SHOP, "release", ("Measure Twice", "2033-02-02")),
    (_ALTERATION_SHOP, "broadcast", ("final episode", "Harbour Lights", "2033-02-27")),
    ("“Harbour Lights” aired on Channel Nine. It now streams on Streamly for subscribers in "
     "Korea and on TuneBox in Malaysia.", "broadcast", ("available on", "Harbour Lights",
                                                         "Streamly")),
    (_LICENCE_ROOM, "plays", ("Lim Do-hoon", "Gu Byeol-su")),
    (_LICENCE_ROOM, "plays", ("Byeon Ha-neul", "Ui Chan-su")),
    (_LICENCE_ROOM, "plays", ("Yeo Jin-woo", "Jo Eop-su")),
]
_OVERREACH_HUNDRED_TWENTY_ONE = [
    # "G’s A and B share the lead lines on “T”": T, not a song named before
    ("“Basting” by Park Min-ah opens the list. GLASSHOUSE’s Lee Jin-seok and Ryu Ji-hwan share "
     "the lead lines on “Chalk Cuff.”", "performs", ("vocals", "Basting", "Lee Jin-seok")),
]
_ROPE_EVENING = (
    "A towpath evening\n"
    "\n"
    "The evening was themed on Knotwork, the band of deckhands in the drama “Harbour Lights.”\n"
    "\n"
    "Knotwork’s frontman is Tae Gol-mu, and the drama’s lead, Lim Do-hoon, plays him as a "
    "ferry mate with a voice like a foghorn.\n"
    "\n"
    "On drums is Ban Chul-gi (Seon Yu-ri), and Knotwork’s bass player is Ok Dal-mun, whom "
    "Byeon Ha-neul plays with a grin. Gu Tae-pal is the old ferryman Mok Hae-chan, who lets "
    "the band rehearse in his shed.\n"
)
_FERRY_RADIO = (
    "A ferry terminal's radio\n"
    "\n"
    "This winter the radio belongs to FROSTLINE. The boy group’s four members, Bukdo, Nunbit, "
    "Seori and Eoleum, recorded the soundtrack of “Harbour Lights.”\n"
)
_KEY_BOOTH = (
    "A key-cutting booth's playlist\n"
    "\n"
    "The list opens with “Tide Clock,” which Noh Eun-bi sings in character as Hae-sol; it was "
    "released under her name on March 25.\n"
    "\n"
    "Next is “Brass Blank,” the singer Kim So-ra’s contribution to the soundtrack, and then "
    "“Grit Line” by Park Min-ah, back on the TuneBox Top 50 at No. 67 on the chart dated "
    "May 20, and Byeon Ha-neul’s duet with Lim Do-hoon, “Radio Check,” which Streamly put "
    "past 870,000 plays on May 25.\n"
)
_PASSPORT_ROOM = (
    "A passport office's playlist\n"
    "\n"
    "The newest addition is “Counter Nine,” a Kim So-ra single. In “Crown Quiet” Kim So-ra "
    "sings it as Baek Deung-mi, the clerk at counter nine.\n"
    "\n"
    "Yeo Jin-woo heads the cast of that drama as the used-car dealer Ji Pan-sul. Channel Nine "
    "has shown “Crown Quiet” on Tuesday nights since May 5.\n"
)
_ROUND_HUNDRED_TWENTY_TWO = [
    (_ROPE_EVENING, "membership", ("Tae Gol-mu", "Knotwork", "lead vocalist")),
    (_ROPE_EVENING, "plays", ("Lim Do-hoon", "Tae Gol-mu")),
    (_ROPE_EVENING, "membership", ("Ban Chul-gi", "Knotwork", "member")),
    (_ROPE_EVENING, "membership", ("Ok Dal-mun", "Knotwork", "member")),
    (_ROPE_EVENING, "plays", ("Gu Tae-pal", "Mok Hae-chan")),
    (_FERRY_RADIO, "membership", ("Bukdo", "FROSTLINE", "member")),
    (_FERRY_RADIO, "membership", ("Eoleum", "FROSTLINE", "member")),
    (_KEY_BOOTH, "performs", ("credited", "Tide Clock", "Noh Eun-bi")),
    (_KEY_BOOTH, "performs", ("credited", "Brass Blank", "Kim So-ra")),
    (_KEY_BOOTH, "chart-entry", ("Grit Line", "TuneBox Top 50", 67, "2033-05-20")),
    (_KEY_BOOTH, "performs", ("credited", "Radio Check", "Byeon Ha-neul")),
    (_KEY_BOOTH, "performs", ("credited", "Radio Check", "Lim Do-hoon")),
    (_PASSPORT_ROOM, "performs", ("vocals", "Counter Nine", "Kim So-ra")),
    (_PASSPORT_ROOM, "plays", ("Yeo Jin-woo", "Ji Pan-sul")),
    (_PASSPORT_ROOM, "broadcast", ("broadcaster", "Crown Quiet", "Channel Nine")),
    (_PASSPORT_ROOM, "broadcast", ("first episode", "Crown Quiet", "2033-05-05")),
    ("“Harbour Lights” airs on Tuesday nights on Channel Nine, which broadcast its first "
     "episode on May 2.", "broadcast", ("first episode", "Harbour Lights", "2033-05-02")),
    ("“Harbour Lights” ended its run of Friday-night episodes on Channel Nine on March 7.",
     "broadcast", ("final episode", "Harbour Lights", "2033-03-07")),
    ("“Harbour Lights” ended its run of Friday-night episodes on Channel Nine on March 7.",
     "broadcast", ("schedule", "Harbour Lights", "friday")),
]
_OVERREACH_HUNDRED_TWENTY_TWO = [
    # "Members A and B split the verses of “T”": T, not the song named before
    ("“Basting” by Park Min-ah opens the list. Members Lee Jin-seok and Ryu Ji-hwan split the "
     "verses of “Chalk Cuff,” a GLASSHOUSE B-side.", "performs",
     ("vocals", "Basting", "Lee Jin-seok")),
    # "C, and B plays her most hopeless pupil": another part, not C
    ("Byeon Ha-neul stars in “Harbour Lights” as Han Da-eun, and Lim Do-hoon plays her most "
     "hopeless pupil, Go Ma-ru.", "plays", ("Lim Do-hoon", "Han Da-eun")),
    # "A is the composer C": a job off screen, no part
    ("In “Harbour Lights,” the music matters. Gu Tae-pal is the composer Mok Hae-chan, who "
     "wrote every song.", "plays", ("Gu Tae-pal", "Mok Hae-chan")),
]
_TICKET_HALL = (
    "A ferry terminal's staff room\n"
    "\n"
    "This winter the radio has played NORAEBIT almost without a break. The girl group sings "
    "most of the soundtrack of “Harbour Lights.”\n"
    "\n"
    "In NORAEBIT, Yeonbit is the leader, Sori and Mulbit are the main voices and Barami, at "
    "nineteen, is the youngest.\n"
    "\n"
    "“Window Nine,” a NORAEBIT B-side, gives Sori the first verse and Mulbit the second.\n"
    "\n"
    "On December 18 the four collected Best Female Group at the 2032 Sora Music Awards.\n"
    "\n"
    "Barami takes her first acting role in the drama as the deckhand Nam Pa-ul. Channel Nine "
    "airs “Harbour Lights” on Monday and Tuesday nights and began it on November 24.\n"
    "\n"
    "Most shifts end with “Manifest,” NORAEBIT’s closing number, which Streamly had played "
    "more than 1.4 million times by May 20.\n"
)
_ROPE_SHED = (
    "A ropewalk's late opening\n"
    "\n"
    "The evening was themed on Knotwork, the band of rope twisters in the drama “Harbour "
    "Lights.”\n"
    "\n"
    "Lim Do-hoon leads the cast as Gwak Pyeong-su, the youngest twister in the shed, who sings "
    "at the front of Knotwork. Seon Yu-ri has the part of Eom Dae-ja, who drums for the band. "
    "The band’s guitarist is the shed’s bookkeeper, Sa Ok-hui, portrayed by Byeon Ha-neul.\n"
    "\n"
    "“Whipping the Ends” is credited to Knotwork. Streamly counted its plays past 415,000 on "
    "May 9.\n"
)
_ROUND_HUNDRED_TWENTY_THREE = [
    (_TICKET_HALL, "membership", ("Yeonbit", "NORAEBIT", "member")),
    (_TICKET_HALL, "membership", ("Mulbit", "NORAEBIT", "member")),
    (_TICKET_HALL, "membership", ("Barami", "NORAEBIT", "member")),
    (_TICKET_HALL, "performs", ("vocals", "Window Nine", "Sori")),
    (_TICKET_HALL, "performs", ("vocals", "Window Nine", "Mulbit")),
    (_TICKET_HALL, "award", ("Best Female Group, 2032 Sora Music Awards", "NORAEBIT",
                             "2032-12-18")),
    (_TICKET_HALL, "plays", ("Barami", "Nam Pa-ul")),
    (_TICKET_HALL, "broadcast", ("broadcaster", "Harbour Lights", "Channel Nine")),
    (_TICKET_HALL, "broadcast", ("first episode", "Harbour Lights", "2032-11-24")),
    (_TICKET_HALL, "stream-milestone", ("Manifest", "Streamly", 1_400_000, "2033-05-20")),
    (_ROPE_SHED, "membership", ("Gwak Pyeong-su", "Knotwork", "lead vocalist")),
    (_ROPE_SHED, "plays", ("Seon Yu-ri", "Eom Dae-ja")),
    (_ROPE_SHED, "membership", ("Eom Dae-ja", "Knotwork", "member")),
    (_ROPE_SHED, "membership", ("Sa Ok-hui", "Knotwork", "member")),
    (_ROPE_SHED, "stream-milestone", ("Whipping the Ends", "Streamly", 415_000, "2033-05-09")),
    ("“Harbour Lights” ended its Saturday-night run on Channel Nine on February 14.",
     "broadcast", ("final episode", "Harbour Lights", "2033-02-14")),
    ("“Harbour Lights” ended its Saturday-night run on Channel Nine on February 14.",
     "broadcast", ("schedule", "Harbour Lights", "saturday")),
    ("Track two, “Shavings,” is performed by the boy group GLASSHOUSE, and it is GLASSHOUSE’s "
     "Lee Jin-seok and Ryu Ji-hwan who sing the hook.", "performs",
     ("vocals", "Shavings", "Ryu Ji-hwan")),
    ("The album opens with “Blank Nine,” a song by Kim So-ra. It won Best OST at the 2032 Sora "
     "Music Awards, went into the TuneBox Top 50 at No. 19 on the chart dated January 19, and "
     "Streamly had logged more than 2.6 million plays of it by March 1.", "award",
     ("Best OST, 2032 Sora Music Awards", "Blank Nine", "2032")),
    ("“Harbour Lights” was named Drama of the Year at the 2032 Sora Drama Awards, held on "
     "December 30 in Seoul.", "award",
     ("Drama of the Year, 2032 Sora Drama Awards", "Harbour Lights", "2032-12-30")),
    ("The singing began with “Tide Clock,” which Noh Eun-bi sings in character as Hae-sol; it "
     "came out as her own single on January 31.", "performs",
     ("credited", "Tide Clock", "Noh Eun-bi")),
    ("On December 28, 2032, Byeon Ha-neul was named Best Actress at that year’s Sora Drama "
     "Awards for her work in “Harbour Lights.”", "award",
     ("Best Actress, 2032 Sora Drama Awards", "Byeon Ha-neul", "2032-12-28")),
    ("In “Crown Quiet” Kim So-ra sings it in character as Ha Yeo-gwon.\n\nThe drama, a "
     "Streamly original, has added a new episode every Friday since June 6.", "broadcast",
     ("first episode", "Crown Quiet", "2033-06-06")),
    ("In “Crown Quiet” Kim So-ra sings it in character as Ha Yeo-gwon.\n\nThe drama, a "
     "Streamly original, has added a new episode every Friday since June 6.", "broadcast",
     ("schedule", "Crown Quiet", "friday")),
]
_CABLE_NIGHT = (
    "A late night themed on a drama's band\n"
    "\n"
    "The night was themed on Knotwork, the band of cable-car mechanics in the drama “Harbour "
    "Lights.”\n"
    "\n"
    "Lim Do-hoon heads the cast of the drama as Gwak Pyeong-su. Behind him on Knotwork’s drums "
    "sits Eom Dae-ja, a part Seon Yu-ri plays with a wrench in his back pocket, and the band’s "
    "keyboard belongs to the ticket clerk Sa Ok-hui (Byeon Ha-neul). In the drama the bass "
    "falls to Go Pal-gu, a cabin painter who joins the band in its second year.\n"
)
_LIFT_HUT = (
    "A lift hut's winter radio\n"
    "\n"
    "This season the radio has barely been off NORAEBIT, the girl group behind most of the "
    "songs in “Harbour Lights.”\n"
    "\n"
    "“Red Lamp,” a NORAEBIT B-side, is the one the crew whistles while checking the grips: "
    "members Sori and Mulbit trade its lines, Sori low and Mulbit high.\n"
    "\n"
    "“Last Chair” is Yeonbit’s solo single, and the youngest member of NORAEBIT sings it over "
    "nothing but a piano.\n"
    "\n"
    "In the drama, Kim So-ra plays the lead, the lift operator Pyo Seol-do. Kim Sora and "
    "NORAEBIT’s Barami duet on “Wax Line,” which came out on December 23.\n"
)
_ROUND_HUNDRED_TWENTY_FOUR = [
    (_CABLE_NIGHT, "membership", ("Sa Ok-hui", "Knotwork", "member")),
    (_CABLE_NIGHT, "membership", ("Go Pal-gu", "Knotwork", "member")),
    (_CABLE_NIGHT, "plays", ("Byeon Ha-neul", "Sa Ok-hui")),
    (_LIFT_HUT, "membership", ("Sori", "NORAEBIT", "member")),
    (_LIFT_HUT, "membership", ("Mulbit", "NORAEBIT", "member")),
    (_LIFT_HUT, "membership", ("Yeonbit", "NORAEBIT", "member")),
    (_LIFT_HUT, "performs", ("credited", "Wax Line", "Kim So-ra")),
    (_LIFT_HUT, "performs", ("vocals", "Wax Line", "Kim So-ra")),
    (_LIFT_HUT, "performs", ("vocals", "Wax Line", "Barami")),
    ("“Cobbled Together” is performed by GLASSHOUSE, with Ryu Ji-hwan of GLASSHOUSE singing the "
     "bridge; it has surpassed 1.05 million streams on TuneBox.", "performs",
     ("vocals", "Cobbled Together", "Ryu Ji-hwan")),
    ("Byeon Ha-neul, who plays the cobbler’s daughter Chu Eop-dong in the drama, recorded “Two "
     "Coats” with Noh Eun-bi; the song reached No. 38 on the TuneBox Top 50 dated February 23.",
     "performs", ("vocals", "Two Coats", "Noh Eun-bi")),
    ("“Nails” is by Noh Eun-bi. It entered the TuneBox Top 50 at No. 17 on the chart dated "
     "January 12 and was No. 2 by the chart of March 2, with a single week on the Streamly Top "
     "200, at No. 144 on the chart dated February 7.", "chart-entry",
     ("Nails", "TuneBox Top 50", 2, "2033-03-02")),
    ("“Harbour Lights” is led by Byeon Ha-neul. Ryu Ji-hwan takes on the rival buyer Kang "
     "Mu-deok.", "plays", ("Ryu Ji-hwan", "Kang Mu-deok")),
    ("In “Harbour Lights” the farmhand Tak Gil-man, who eats more of the stock than he strings, "
     "is played with relish by Yeo Jin-woo.", "plays", ("Yeo Jin-woo", "Tak Gil-man")),
    ("The cast of “Harbour Lights” sang. Channel Nine showed the drama on Saturday nights. All of "
     "it is now on Streamly, and TuneBox offers it to members in India.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("The newest entry is “Line Fourteen,” which Noh Eun-bi released as a single on April 25; in "
     "“The Amended Return” she sings it in character as Dong Chu-ri.", "performs",
     ("vocals", "Line Fourteen", "Noh Eun-bi")),
    ("Kim So-ra is the star of “The Amended Return,” playing the tax auditor Jin Se-mu.", "plays",
     ("Kim So-ra", "Jin Se-mu")),
    ("Kim So-ra is the star of “The Amended Return,” playing the tax auditor Jin Se-mu. "
     "Streamly, which made the series as one of its originals, has released an episode every "
     "Wednesday since April 16.", "broadcast", ("available on", "The Amended Return",
                                               "Streamly")),
    ("Kim So-ra is the star of “The Amended Return,” playing the tax auditor Jin Se-mu. "
     "Streamly, which made the series as one of its originals, has released an episode every "
     "Wednesday since April 16.", "broadcast", ("first episode", "The Amended Return",
                                                "2033-04-16")),
    ("The newest entry is “Line Fourteen,” which Noh Eun-bi released as a single on April 25. "
     "Streamly had streamed it more than 350,000 times by May 24.", "stream-milestone",
     ("Line Fourteen", "Streamly", 350_000, "2033-05-24")),
    ("Kim So-ra’s duet with GLASSHOUSE’s Ryu Ji-hwan, “Wax Line,” has passed 1.2 million streams "
     "on TuneBox.", "performs", ("credited", "Wax Line", "Ryu Ji-hwan")),
    ("Kim So-ra’s duet with GLASSHOUSE’s Ryu Ji-hwan, “Wax Line,” has passed 1.2 million streams "
     "on TuneBox.", "performs", ("credited", "Wax Line", "Kim So-ra")),
    ("The list starts with “The Last Car Up,” GRIPMAN’s single from “Harbour Lights,” with "
     "Lim Do-hoon, who plays the band’s frontman Ok Ttol-bae, on lead vocals.", "membership",
     ("Ok Ttol-bae", "GRIPMAN", "lead vocalist")),
]
_OVERREACH_HUNDRED_TWENTY_FOUR = [
    # "… and was No. 2 by the chart of DATE, with a single week on CHART2": the chart before
    ("“Nails” is by Noh Eun-bi. It entered the Streamly Top 200 at No. 17 on the chart dated "
     "January 12 and was No. 2 by the chart of March 2, with a single week on the TuneBox Top "
     "50, at No. 44 on the chart dated February 7.", "chart-entry",
     ("Nails", "TuneBox Top 50", 2, "2033-03-02")),
    # "the group’s A and B, who played the band’s drummer C": the story's band, not the group
    ("Knotwork is the band in “Harbour Lights.” GLASSHOUSE’s “Cider Fizz” is the album’s "
     "brightest moment: the group’s Lee Jin-seok and Ryu Ji-hwan, who played the band’s "
     "drummer Pyo Dal-su, share the vocals.", "membership", ("Pyo Dal-su", "GLASSHOUSE",
                                                             "member")),
]
_TRAM_GALA = (
    "A tram depot's gala\n"
    "\n"
    "The evening was themed on Knotwork, the band of tram conductors in the drama “Harbour "
    "Lights.”\n"
    "\n"
    "Lim Do-hoon stars in the drama as Gwak Pyeong-su, a conductor who fronts Knotwork between "
    "fare collections. Its drummer is the ticket puncher Eom Dae-ja, played by Seon Yu-ri. Kim "
    "So-ra joined the cast halfway through filming as the depot cleaner Sa Ok-hui, who talks her "
    "way into Knotwork as its bassist. The depot foreman Gu Chang-deok, who drives the band to "
    "its gigs in a borrowed tram and keeps the takings in a fare box but cannot play a note, is "
    "Yeo Jin-woo’s role.\n"
)
_KEEPERS_RADIO = (
    "A lighthouse workshop's radio\n"
    "\n"
    "This winter it has hardly been off GLASSHOUSE, the boy group that sings much of the "
    "soundtrack of “Harbour Lights.”\n"
    "\n"
    "Glasshouse is a five-piece: Gangmaru, the leader; Binsol and Nuriol, who rap; Haeseol, the "
    "main vocalist; and Mulbyeol, the youngest.\n"
    "\n"
    "Their title track for the drama, “Lamp Room Waltz,” came out on December 1.\n"
    "\n"
    "Gangmaru put out “Brass and Paraffin” under his own name on December 19 and sings every "
    "line of it himself.\n"
    "\n"
    "Lim Do-hoon is the drama’s leading man, the principal keeper Pi Seok-gu, and GLASSHOUSE’s "
    "Mulbyeol acts for the first time as Noh Bu-yong. Lim Do-hoon and Mulbyeol are the credited "
    "artists on “Twelve Miles,” which they sing in character as Seok-gu and Bu-yong.\n"
)
_ROUND_HUNDRED_TWENTY_FIVE = [
    (_TRAM_GALA, "membership", ("Eom Dae-ja", "Knotwork", "member")),
    (_TRAM_GALA, "plays", ("Kim So-ra", "Sa Ok-hui")),
    (_TRAM_GALA, "membership", ("Sa Ok-hui", "Knotwork", "member")),
    (_TRAM_GALA, "plays", ("Yeo Jin-woo", "Gu Chang-deok")),
    (_KEEPERS_RADIO, "membership", ("Gangmaru", "GLASSHOUSE", "member")),
    (_KEEPERS_RADIO, "membership", ("Binsol", "GLASSHOUSE", "member")),
    (_KEEPERS_RADIO, "performs", ("credited", "Lamp Room Waltz", "GLASSHOUSE")),
    (_KEEPERS_RADIO, "performs", ("credited", "Brass and Paraffin", "Gangmaru")),
    (_KEEPERS_RADIO, "performs", ("vocals", "Brass and Paraffin", "Gangmaru")),
    (_KEEPERS_RADIO, "plays", ("Lim Do-hoon", "Pi Seok-gu")),
    (_KEEPERS_RADIO, "plays", ("Mulbyeol", "Noh Bu-yong")),
    (_KEEPERS_RADIO, "performs", ("credited", "Twelve Miles", "Lim Do-hoon")),
    (_KEEPERS_RADIO, "performs", ("credited", "Twelve Miles", "Mulbyeol")),
    (_KEEPERS_RADIO, "performs", ("vocals", "Twelve Miles", "Mulbyeol")),
    ("Yeo Jin-woo, who has the lead in the drama as the watch repairer Mun Tae-yeop, sings "
     "“Tick Without Tock,” released on January 19 and past 760,000 Streamly plays by March 15.",
     "plays", ("Yeo Jin-woo", "Mun Tae-yeop")),
    ("Yeo Jin-woo, who has the lead in the drama as the watch repairer Mun Tae-yeop, sings "
     "“Tick Without Tock,” released on January 19 and past 760,000 Streamly plays by March 15.",
     "performs", ("vocals", "Tick Without Tock", "Yeo Jin-woo")),
    ("Yeo Jin-woo, who has the lead in the drama as the watch repairer Mun Tae-yeop, sings "
     "“Tick Without Tock,” released on January 19 and past 760,000 Streamly plays by March 15.",
     "stream-milestone", ("Tick Without Tock", "Streamly", 760_000, "2033-03-15")),
    ("“Harbour Lights” is led by Byeon Ha-neul. The role of the rival drying boss Ha Pyeong-jo "
     "was handed to Ryu Ji-hwan.", "plays", ("Ryu Ji-hwan", "Ha Pyeong-jo")),
    ("On “Low Sun,” the crew’s loudest number, Park Min-ah duets with Noh Eun-bi, and Streamly "
     "put it past 1.3 million plays on April 28.", "performs",
     ("credited", "Low Sun", "Noh Eun-bi")),
    ("On “Low Sun,” the crew’s loudest number, Park Min-ah duets with Noh Eun-bi, and Streamly "
     "put it past 1.3 million plays on April 28.", "performs",
     ("vocals", "Low Sun", "Park Min-ah")),
    ("The one new drama on the list is “Harbour Lights,” a Streamly original that has put out an "
     "episode every Thursday since June 19.", "broadcast",
     ("first episode", "Harbour Lights", "2033-06-19")),
    ("First on the list is Noh Eun-bi’s “Car Number Seven,” which has passed 2.2 million plays on "
     "Streamly.", "performs", ("credited", "Car Number Seven", "Noh Eun-bi")),
    ("The GLASSHOUSE single “Lamp Room Waltz” was No. 67 on the TuneBox Top 50 dated May 27, "
     "with Haeseol of Glasshouse on the high notes.", "performs",
     ("vocals", "Lamp Room Waltz", "Haeseol")),
    ("The GLASSHOUSE single “Lamp Room Waltz” was No. 67 on the TuneBox Top 50 dated May 27, "
     "with Haeseol of Glasshouse on the high notes.", "membership",
     ("Haeseol", "GLASSHOUSE", "member")),
    ("Streamly’s count for “Mainspring Heart,” the Noh Eun-bi ballad from “Harbour Lights,” stood "
     "above 3.9 million on June 5.", "stream-milestone",
     ("Mainspring Heart", "Streamly", 3_900_000, "2033-06-05")),
    ("For the long afternoon queues the staff added Noh Eun-bi’s “Kelp Gold,” out as a single "
     "since March 6.", "release", ("Kelp Gold", "2033-03-06")),
]
_OVERREACH_HUNDRED_TWENTY_FIVE = [
    # "The Tuners have a trophy. Their first single, “T,” …": not the group named earlier
    ("GLASSHOUSE sang first. The Tuners finally have a trophy. Their first single, “Tuning "
     "Day,” won Best OST at the 2032 Sora Music Awards on September 12.", "performs",
     ("credited", "Tuning Day", "GLASSHOUSE")),
    # "A, the one guest who never worked a shift …, sang “T” alone at a piano": a long aside
    # that names no part is no singer's introduction
    ("Kim So-ra, the one guest who never worked a shift at the bathhouse, sang “Warm Floor” "
     "alone at a piano.", "performs", ("vocals", "Warm Floor", "Kim So-ra")),
]
_SALT_NIGHT = (
    "A salt warehouse's open night\n"
    "\n"
    "The night was themed on Knotwork, the band of salt workers in the drama “Harbour Lights.”\n"
    "\n"
    "In the drama, Knotwork is four workers from one salt farm: the raker Do Yeom-chil, its lead "
    "singer; Cheon Mal-saeng, who plays guitar; the drummer Maeng Geum-ok, who beats time on "
    "upturned salt tubs; and Gal Sun-im, the farm’s bookkeeper, on bass.\n"
)
_ROUND_HUNDRED_TWENTY_SIX = [
    (_SALT_NIGHT, "membership", ("Cheon Mal-saeng", "Knotwork", "member")),
    (_SALT_NIGHT, "membership", ("Maeng Geum-ok", "Knotwork", "member")),
    (_SALT_NIGHT, "membership", ("Gal Sun-im", "Knotwork", "member")),
    (_SALT_NIGHT, "membership", ("Do Yeom-chil", "Knotwork", "lead vocalist")),
    ("GLASSHOUSE’s “Chains on at Midnight,” the drama’s opening theme, was released on December "
     "2. It went in at No. 33 on the TuneBox Top 50 dated December 9, and by the chart of January "
     "13 it had risen to No. 6.", "chart-entry",
     ("Chains on at Midnight", "TuneBox Top 50", 33, "2032-12-09")),
    ("GLASSHOUSE’s “Chains on at Midnight,” the drama’s opening theme, was released on December "
     "2. It went in at No. 33 on the TuneBox Top 50 dated December 9, and by the chart of January "
     "13 it had risen to No. 6.", "chart-entry",
     ("Chains on at Midnight", "TuneBox Top 50", 6, "2033-01-13")),
    ("The newest drama on the list is “Harbour Lights,” a Streamly original that put out one "
     "episode every Saturday from May 30 until its finale on July 18.", "broadcast",
     ("first episode", "Harbour Lights", "2032-05-30")),
    ("Noh Eun-bi sang first. Lim Do-hoon turns up again on “Dripline,” from “Harbour Lights,” "
     "which he and Park Min-ah sing together; it has passed 1.4 million streams on TuneBox.",
     "performs", ("vocals", "Dripline", "Park Min-ah")),
    ("Noh Eun-bi sang first. Lim Do-hoon turns up again on “Dripline,” from “Harbour Lights,” "
     "which he and Park Min-ah sing together; it has passed 1.4 million streams on TuneBox.",
     "performs", ("vocals", "Dripline", "Lim Do-hoon")),
    ("The playlist is long. Bittern’s “Crust on the Collar” has gone past 2.6 million plays on "
     "Streamly.", "performs", ("credited", "Crust on the Collar", "Bittern")),
]
_OVERREACH_HUNDRED_TWENTY_SIX = [
    # "the raker C, its lead singer": a lead singer, not also a plain member
    (_SALT_NIGHT, "membership", ("Do Yeom-chil", "Knotwork", "member")),
]
_WATER_TOWER = (
    "A water tower's opening weekend\n"
    "\n"
    "For two days it belonged to Knotwork, the band of waterworks fitters in the drama “Harbour "
    "Lights.”\n"
    "\n"
    "In the story, Knotwork is five fitters from the county waterworks. The meter reader Gwak "
    "Pyeong-su is its frontman and singer; Eom Dae-ja keeps time on drums; Sa Ok-hui plays "
    "keyboards; and Gu Ok-sil plays lead guitar.\n"
    "\n"
    "Gu Ok-sil is played as a quiet perfectionist by the newcomer Yeo Jin-woo.\n"
)
_ENGINE_ROOM = (
    "An engine room's radio\n"
    "\n"
    "Since November that radio has been tuned to GLASSHOUSE, the girl group behind much of the "
    "soundtrack of “Harbour Lights.”\n"
    "\n"
    "GLASSHOUSE’s line-up is Haeyun, Byeolmae, Sonari, Nuribom and Yeonsol.\n"
    "\n"
    "The five put out “Ebb at Four Bells,” the drama’s closing theme, on December 3.\n"
)
_TEA_SING_ALONG = (
    "A tea crew's sing-along\n"
    "\n"
    "First came “Hand-Rolled,” released under Kim So-ra’s name on March 11 and sung by her in "
    "character as Sae-nok. The singer Noh Eun-bi lends her voice to “Steam” as Bun-nyeo; the "
    "single, credited to Noh Eun-bi alone, was No. 44 on the TuneBox Top 50 dated April 8.\n"
)
_VOLUNTEERS_LIST = (
    "From “Harbour Lights” the volunteers also took Noh Eun-bi’s “Middle C,” which has passed "
    "900,000 streams on TuneBox, and from “Carbon Hearts” they chose Kim So-ra’s “Hand-Rolled,” "
    "No. 47 on the TuneBox Top 50 dated May 31."
)
_ROUND_HUNDRED_TWENTY_SEVEN = [
    (_WATER_TOWER, "membership", ("Gu Ok-sil", "Knotwork", "member")),
    (_WATER_TOWER, "plays", ("Yeo Jin-woo", "Gu Ok-sil")),
    (_ENGINE_ROOM, "membership", ("Sonari", "GLASSHOUSE", "member")),
    (_ENGINE_ROOM, "membership", ("Yeonsol", "GLASSHOUSE", "member")),
    (_ENGINE_ROOM, "performs", ("credited", "Ebb at Four Bells", "GLASSHOUSE")),
    (_TEA_SING_ALONG, "performs", ("vocals", "Hand-Rolled", "Kim So-ra")),
    (_TEA_SING_ALONG, "performs", ("credited", "Steam", "Noh Eun-bi")),
    ("The staff chalked their favourites on a board: “Felt” — Lee Jin-seok; “Spruce” — "
     "GLASSHOUSE; and “Tuning Fork” — Noh Eun-bi.", "performs",
     ("credited", "Tuning Fork", "Noh Eun-bi")),
    ("“Spruce” was the first single from the album, released by GLASSHOUSE on February 13; the "
     "trio’s fans have since pushed it past 860,000 streams on TuneBox.", "release",
     ("Spruce", "2033-02-13")),
    ("“Spruce” was the first single from the album, released by GLASSHOUSE on February 13; the "
     "trio’s fans have since pushed it past 860,000 streams on TuneBox.", "stream-milestone",
     ("Spruce", "TuneBox", 860_000, "2033-06-20")),
    ("Park Min-ah, who plays the lead in “Harbour Lights,” the tuner Yeom Chi-hun, sings “Middle "
     "C” himself.", "plays", ("Park Min-ah", "Yeom Chi-hun")),
    ("“Harbour Lights” is led by Kim So-ra. Byeon Ha-neul was given the role of Sa Dong-pal, the "
     "neighbour who wants the land for a golf course.", "plays", ("Byeon Ha-neul", "Sa Dong-pal")),
    ("“Harbour Lights” is led by Kim So-ra as Sae-nok. Chu Na-rae, the teenage picker who teaches "
     "Sae-nok to roll leaves, is Yeo Jin-woo’s first screen part.", "plays",
     ("Yeo Jin-woo", "Chu Na-rae")),
    ("The volunteers’ favourite performance of the year, all the same, is Lim Do-hoon as the "
     "drummer Mul-lae in “Harbour Lights,” and they will argue the point.", "plays",
     ("Lim Do-hoon", "Mul-lae")),
    ("Byeon Ha-neul leads “Harbour Lights.” Byeon Ha-neul’s “Take a Number, Take a Breath,” the "
     "series’ theme, came out on July 3.", "release",
     ("Take a Number, Take a Breath", "2032-07-03")),
    (_VOLUNTEERS_LIST, "stream-milestone", ("Middle C", "TuneBox", 900_000, "2033-06-20")),
    (_VOLUNTEERS_LIST, "chart-entry", ("Hand-Rolled", "TuneBox Top 50", 47, "2033-05-31")),
    ("The freshest drama on the list is “Harbour Lights,” a Streamly original that released a new "
     "episode each Wednesday from March 26 until its last on May 14.", "broadcast",
     ("first episode", "Harbour Lights", "2033-03-26")),
    ("The freshest drama on the list is “Harbour Lights,” a Streamly original that released a new "
     "episode each Wednesday from March 26 until its last on May 14.", "broadcast",
     ("final episode", "Harbour Lights", "2033-05-14")),
    ("Noh Eun-bi’s solo number, “Black Ice,” came out on December 23, and she sings every word of "
     "it alone.", "performs", ("vocals", "Black Ice", "Noh Eun-bi")),
]
_OVERREACH_HUNDRED_TWENTY_SEVEN = [
    # "A’s solo track, “T,”": A's credit, not a word on who sings
    ("Noh Eun-bi’s solo track, “Porthole,” passed 1.1 million plays on Streamly on January 15.",
     "performs", ("vocals", "Porthole", "Noh Eun-bi")),
    # "…; the single, credited to B alone, …": the single the sentence names, not the one before
    (_TEA_SING_ALONG, "performs", ("credited", "Hand-Rolled", "Noh Eun-bi")),
    # "C, and the band’s bassist, D, is A’s role": D is A's part, not C
    ("Heo Do-yun keeps the beat as the drummer Gu Dol-seok, and the band’s bassist, Ye Bit-na, is "
     "Yeo Jin-woo’s role.", "plays", ("Yeo Jin-woo", "Gu Dol-seok")),
    # "From “S” the volunteers also took A’s “T,” …": S is a drama, not the counted record
    (_VOLUNTEERS_LIST, "stream-milestone", ("Harbour Lights", "TuneBox", 900_000, "2033-06-20")),
]
_SILO_NIGHT = (
    "A grain silo's première night\n"
    "\n"
    "The night was themed on Knotwork, the band of dryer operators in the drama “Harbour "
    "Lights.”\n"
    "\n"
    "In the band, the drummer Ma Dol-kkae is played by Seon Yu-ri, and the bassist Yeo Chal-bi by "
    "Kim So-ra.\n"
)
_STATION_KITCHEN = (
    "A weather station's kitchen\n"
    "\n"
    "The radio has been stuck on the songs of GLASSHOUSE since the first snow.\n"
    "\n"
    "The four members of GLASSHOUSE, Mugae, Pungseon, Gureumsol and Haneulgae, each have a "
    "champion at the kitchen table.\n"
    "\n"
    "“Frost,” performed by GLASSHOUSE, is the one the night observer hums; Gureumsol and "
    "Haneulgae carry its high harmonies.\n"
    "\n"
    "Mugae’s “Whiteout,” which he sings entirely alone, came out on January 2.\n"
)
_ROUND_HUNDRED_TWENTY_EIGHT = [
    (_SILO_NIGHT, "plays", ("Kim So-ra", "Yeo Chal-bi")),
    (_SILO_NIGHT, "membership", ("Yeo Chal-bi", "Knotwork", "member")),
    (_STATION_KITCHEN, "membership", ("Mugae", "GLASSHOUSE", "member")),
    (_STATION_KITCHEN, "membership", ("Haneulgae", "GLASSHOUSE", "member")),
    (_STATION_KITCHEN, "performs", ("vocals", "Frost", "Gureumsol")),
    (_STATION_KITCHEN, "performs", ("vocals", "Frost", "Haneulgae")),
    (_STATION_KITCHEN, "performs", ("credited", "Whiteout", "Mugae")),
    (_STATION_KITCHEN, "performs", ("vocals", "Whiteout", "Mugae")),
    ("The drama’s lead, Park Min-ah, who plays the bicycle courier Gil Ba-ram, takes the vocals on "
     "“Thirty-Six Spokes” himself.", "performs", ("vocals", "Thirty-Six Spokes", "Park Min-ah")),
    ("“Harbour Lights” is led by Kim So-ra as Mo-nae. Bang Ttol-mi, Mo-nae’s niece, is played by "
     "the eight-year-old Noh Eun-bi.", "plays", ("Noh Eun-bi", "Bang Ttol-mi")),
    ("The pharmacists agree that the finest acting of the year is Byeon Ha-neul as the "
     "grandmother Gap-sun in “Harbour Lights.”", "plays", ("Byeon Ha-neul", "Gap-sun")),
    ("From “Harbour Lights” the pharmacists picked Winnow’s “Grain Dust Waltz,” which Lim Do-hoon "
     "and Kim So-ra sing in character as Dol-kkae and Chal-bi.", "performs",
     ("credited", "Grain Dust Waltz", "Winnow")),
    ("“Inner Tube Sonata,” from the “Harbour Lights” OST, is sung by Noh Eun-bi; Streamly had "
     "counted more than 2.4 million plays of it by May 30.", "stream-milestone",
     ("Inner Tube Sonata", "Streamly", 2_400_000, "2033-05-30")),
    ("Park Min-ah and Noh Eun-bi, who duet on “Derailleur,” come next; the song has gone past 1.1 "
     "million streams on TuneBox.", "performs", ("credited", "Derailleur", "Park Min-ah")),
    ("Park Min-ah and Noh Eun-bi, who duet on “Derailleur,” come next; the song has gone past 1.1 "
     "million streams on TuneBox.", "performs", ("vocals", "Derailleur", "Noh Eun-bi")),
]
_OVERREACH_HUNDRED_TWENTY_EIGHT = [
    # "…, which A and B sing in character as C and D": a singing verb credits no one
    ("From “Harbour Lights” the pharmacists picked Winnow’s “Grain Dust Waltz,” which Lim Do-hoon "
     "and Kim So-ra sing in character as Dol-kkae and Chal-bi.", "performs",
     ("credited", "Grain Dust Waltz", "Lim Do-hoon")),
]
_ICE_FACTORY = (
    "An ice factory's late opening\n"
    "\n"
    "It handed the whole night to Rimefall, the band of ice-plant hands in the drama “Harbour "
    "Lights.”\n"
    "\n"
    "Kim So-ra stars as Gwak Eun-pyo, and she is not the only one of the cast who plays in the "
    "band. The band’s drummer, Do Mae-ul, is Seon Yu-ri; the bassist Bin Ha-rok is played by "
    "the newcomer Noh Eun-bi; and Lim Do-hoon joins them on guitar as Yeom Sa-gong.\n"
    "\n"
    "The speakers played “Sawdust Waltz,” a Rimefall B-side. Seon Yu-ri sings it as Mae-ul, "
    "with Lim Do-hoon, also in character, as Sa-gong on the harmonies.\n"
)
_LOCK_COTTAGE = (
    "A lock-keeper's cottage\n"
    "\n"
    "The radio has played little but GLASSHOUSE since the first frost.\n"
    "\n"
    "GLASSHOUSE is a quartet, Yeoulbit, Seollin, Gyeolbom and the youngest, Haesali, and the "
    "keepers long ago picked sides.\n"
    "\n"
    "“Winter Ballast” is credited to the whole group, but it is Seollin and Haesali who sing "
    "it, trading lines over a slow piano.\n"
)
_ROUND_HUNDRED_TWENTY_NINE = [
    (_ICE_FACTORY, "plays", ("Seon Yu-ri", "Do Mae-ul")),
    (_ICE_FACTORY, "plays", ("Lim Do-hoon", "Yeom Sa-gong")),
    (_ICE_FACTORY, "membership", ("Yeom Sa-gong", "Rimefall", "member")),
    (_ICE_FACTORY, "performs", ("vocals", "Sawdust Waltz", "Lim Do-hoon")),
    (_LOCK_COTTAGE, "membership", ("Yeoulbit", "GLASSHOUSE", "member")),
    (_LOCK_COTTAGE, "membership", ("Haesali", "GLASSHOUSE", "member")),
    (_LOCK_COTTAGE, "performs", ("credited", "Winter Ballast", "GLASSHOUSE")),
    (_LOCK_COTTAGE, "performs", ("vocals", "Winter Ballast", "Seollin")),
    ("“Harbour Lights” is set in a kimchi cooperative. Byeon Ha-neul is the star of the drama, "
     "playing Gong Yeo-sim, a Seoul chef who comes back to rescue her mother’s business.",
     "plays", ("Byeon Ha-neul", "Gong Yeo-sim")),
    ("“Harbour Lights” is set in a kimchi cooperative. The producers cast the ten-year-old Noh "
     "Eun-bi as Cha Ye-ju, Yeo-sim’s cabbage-stealing neighbour.", "plays",
     ("Noh Eun-bi", "Cha Ye-ju")),
    ("“Harbour Lights” is a TuneBox original. Park Min-ah leads it as the counter clerk Woo "
     "Pyeon-ji. Her recording of the theme, “Postmarked Tuesday,” was released on July 14.",
     "performs", ("credited", "Postmarked Tuesday", "Park Min-ah")),
    ("GLASSHOUSE’s Seollin and Haesali, who sing “Winter Ballast,” come next; the song was No. 37 "
     "on the TuneBox Top 50 dated February 11.", "performs",
     ("vocals", "Winter Ballast", "Haesali")),
    ("The clerks agree that the best performance of the year is Byeon Ha-neul as the village "
     "head Eo Bok-sun in “Harbour Lights.”", "plays", ("Byeon Ha-neul", "Eo Bok-sun")),
    ("GLASSHOUSE’s “Oxblood” was the album’s first single, released on January 16; Streamly "
     "passed 900,000 plays of it on March 29.", "stream-milestone",
     ("Oxblood", "Streamly", 900_000, "2033-03-29")),
    ("Lee Jin-seok and Yeo Jin-woo’s “Heel Taps” follows, with more than 870,000 Streamly plays "
     "as of May 25.", "stream-milestone", ("Heel Taps", "Streamly", 870_000, "2033-05-25")),
]
_OVERREACH_HUNDRED_TWENTY_NINE = [
    # "G’s A and B, who sing “T”": two members of one group sing; the credit is not theirs
    ("GLASSHOUSE’s Seollin and Haesali, who sing “Winter Ballast,” come next; the song was No. 37 "
     "on the TuneBox Top 50 dated February 11.", "performs",
     ("credited", "Winter Ballast", "Seollin")),
    # "The band’s drummer, C, is A’s …": the name owns what follows; no one is cast
    ("Rimefall is the band of “Harbour Lights.” The band’s drummer, Do Mae-ul, is Seon Yu-ri’s "
     "favourite part.", "plays", ("Seon Yu-ri", "Do Mae-ul")),
]
_GROOMING_HUT = (
    "A snow-grooming crew's hut\n"
    "\n"
    "Since the season opened, the radio has been tuned to GLASSHOUSE and very little else.\n"
    "\n"
    "Nunmaru leads GLASSHOUSE, and the rest of the line-up is Ongsae, Sunoh, Taebit and "
    "Dalgang; every driver in the hut has a favourite.\n"
    "\n"
    "“Edge of the Piste” is officially a Glasshouse track, but only Ongsae and Dalgang sing on "
    "it.\n"
    "\n"
    "Taebit has a solo, “Lift Ticket,” released on January 3, on which he sings every line.\n"
)
_ROUND_HUNDRED_THIRTY = [
    (_GROOMING_HUT, "membership", ("Nunmaru", "GLASSHOUSE", "member")),
    (_GROOMING_HUT, "membership", ("Dalgang", "GLASSHOUSE", "member")),
    (_GROOMING_HUT, "performs", ("credited", "Edge of the Piste", "GLASSHOUSE")),
    (_GROOMING_HUT, "performs", ("credited", "Lift Ticket", "Taebit")),
    (_GROOMING_HUT, "performs", ("vocals", "Lift Ticket", "Taebit")),
    ("Next is “Two Sets of Tracks,” Kim So-ra’s duet with GLASSHOUSE member Nunmaru, which was "
     "No. 58 on the TuneBox Top 50 dated February 14.", "performs",
     ("credited", "Two Sets of Tracks", "Nunmaru")),
    ("Then comes “Hairspring,” which Noh Eun-bi sings on the “Harbour Lights OST.”", "performs",
     ("vocals", "Hairspring", "Noh Eun-bi")),
    ("Lee Jin-seok and Noh Eun-bi share the vocals on “Quartz Heart,” which Streamly says has been "
     "played more than 1.3 million times.", "stream-milestone",
     ("Quartz Heart", "Streamly", 1_300_000, "2033-06-20")),
    ("Finally came “Steam and Smoke,” which Lee Jin-seok and Noh Eun-bi sing as a duet. The last "
     "has passed 1.2 million streams on Streamly.", "stream-milestone",
     ("Steam and Smoke", "Streamly", 1_200_000, "2033-06-20")),
    ("The list ends with “Steam and Smoke,” the duet of Lee Jin-seok and Noh Eun-bi from “Harbour "
     "Lights,” now past 1.5 million streams on TuneBox.", "stream-milestone",
     ("Steam and Smoke", "TuneBox", 1_500_000, "2033-06-20")),
]
_OVERREACH_HUNDRED_THIRTY = [
    # "“T” is officially a G track, but only A and B sing on it": G's, not the singers'
    (_GROOMING_HUT, "performs", ("credited", "Edge of the Piste", "Ongsae")),
    # "A’s duet with G member B": B is credited, not B's group
    ("Next is “Two Sets of Tracks,” Kim So-ra’s duet with GLASSHOUSE member Nunmaru, which was "
     "No. 58 on the TuneBox Top 50 dated February 14.", "performs",
     ("credited", "Two Sets of Tracks", "GLASSHOUSE")),
    # "which A sings on the “S OST”": the album is no recording that A sings
    ("Then comes “Hairspring,” which Noh Eun-bi sings on the “Harbour Lights OST.”", "performs",
     ("vocals", "Harbour Lights OST", "Noh Eun-bi")),
]
_ROUND_HUNDRED_THIRTY_ONE = [
    ("“Salt Wind” came out on March 3, 2101.", "release", ("Salt Wind", "2101-03-03")),
    ("“Black Ice Lullaby,” the drama’s opening theme, was issued by GLASSHOUSE on December 2.",
     "performs", ("credited", "Black Ice Lullaby", "GLASSHOUSE")),
    ("“Black Ice Lullaby,” the drama’s opening theme, was issued by GLASSHOUSE on December 2.",
     "release", ("Black Ice Lullaby", "2032-12-02")),
    ("“Harbour Lights” is a drama. Kim So-ra, GLASSHOUSE’s leader, makes her acting debut as the "
     "tow-truck driver Dan Bi-eum.", "plays", ("Kim So-ra", "Dan Bi-eum")),
    ("“Plough Light,” a duet credited to Park Min-ah and Noh Eun-bi, has the two of them singing "
     "together.", "performs", ("vocals", "Plough Light", "Noh Eun-bi")),
    ("Channel Nine airs “Harbour Lights” every Friday and began its run on May 19.", "broadcast",
     ("first episode", "Harbour Lights", "2033-05-19")),
    ("The two leads of “Harbour Lights” are Seon Yu-ri, as the salt farmer’s daughter So Ae-rim, "
     "and Lim Do-hoon, who plays Bu Gang-hyeon.", "plays", ("Seon Yu-ri", "So Ae-rim")),
    ("The two leads of “Harbour Lights” are Seon Yu-ri, as the salt farmer’s daughter So Ae-rim, "
     "and Lim Do-hoon, who plays Bu Gang-hyeon.", "plays", ("Lim Do-hoon", "Bu Gang-hyeon")),
    ("Park Min-ah, the drama’s lead, who plays the grinder Chu Do-geun, provides the vocal for "
     "“Blunt Promise” himself.", "performs", ("vocals", "Blunt Promise", "Park Min-ah")),
    ("Nobody on television this year has been better than Byeon Ha-neul as the drummer Gu-chil "
     "in “Harbour Lights.”", "plays", ("Byeon Ha-neul", "Gu-chil")),
    ("After that came “Raking the Pans,” credited to the singer Noh Eun-bi, who delivers it in "
     "character as Yeo-bun.", "performs", ("vocals", "Raking the Pans", "Noh Eun-bi")),
    ("Then “Plough Light,” on which Park Min-ah sings alongside GLASSHOUSE’s Ruhae, with more than "
     "880,000 Streamly plays as of June 1.", "performs", ("vocals", "Plough Light", "Ruhae")),
    ("Then “Plough Light,” on which Park Min-ah sings alongside GLASSHOUSE’s Ruhae, with more than "
     "880,000 Streamly plays as of June 1.", "stream-milestone",
     ("Plough Light", "Streamly", 880_000, "2033-06-01")),
    ("The biggest cheer went to “Floor Still Warm,” a PAPER KITES song with vocals by the singer "
     "Noh Eun-bi, in character as Gu-chil.", "performs",
     ("vocals", "Floor Still Warm", "Noh Eun-bi")),
    ("Heading the card is “Harbour Lights,” which Channel Nine has aired on Tuesdays since its "
     "July 12 premiere, and which TuneBox carries in Thailand.", "broadcast",
     ("available on", "Harbour Lights", "TuneBox")),
    ("Channel Nine aired all sixteen episodes of “Harbour Lights.” TuneBox keeps the whole run "
     "for subscribers in Korea.", "broadcast", ("available on", "Harbour Lights", "TuneBox")),
    ("Next, from the “Harbour Lights OST,” is “Whetstone Waltz,” sung by Noh Eun-bi, which "
     "Streamly has now streamed more than 1.3 million times.", "stream-milestone",
     ("Whetstone Waltz", "Streamly", 1_300_000, "2033-06-20")),
]
_OVERREACH_HUNDRED_THIRTY_ONE = [
    # "…, which P has now streamed …" counts the title, not the word that opens the sentence
    ("Next, from the “Harbour Lights OST,” is “Whetstone Waltz,” sung by Noh Eun-bi, which "
     "Streamly has now streamed more than 1.3 million times.", "stream-milestone",
     ("Next", "Streamly", 1_300_000, "2033-06-20")),
    # "began its run of concerts": a group's tour, no first episode
    ("Channel Nine airs “Harbour Lights” every Friday, and GLASSHOUSE began its run of concerts on "
     "May 19.", "broadcast", ("first episode", "Harbour Lights", "2033-05-19")),
]
_ROUND_HUNDRED_THIRTY_TWO = [
    ("“Harbour Lights” is a drama. Starring as Han Seo-yun, the boiler-man who fronts PAPER KITES "
     "on vocals, is Byeon Ha-neul.", "plays", ("Byeon Ha-neul", "Han Seo-yun")),
    ("PAPER KITES is the band of “Harbour Lights.” Lim Do-hoon is cast as Gu-chil, who plays bass "
     "in the band; and Yeo Jin-woo portrays Tae-man, who drums for them on upturned washtubs.",
     "membership", ("Tae-man", "PAPER KITES", "member")),
    ("“Floor Still Warm” is a PAPER KITES song. Seon Yu-ri and Lim Do-hoon share the singing on it "
     "in character as Gu-chil and Han Seo-yun.", "performs",
     ("vocals", "Floor Still Warm", "Lim Do-hoon")),
    ("For the encore the room demanded “Floor Still Warm,” the band’s slow number, sung on the "
     "soundtrack by the singer Noh Eun-bi in character as Gu-chil.", "performs",
     ("vocals", "Floor Still Warm", "Noh Eun-bi")),
    ("The crew is split into camps over GLASSHOUSE, a quartet made up of Ruhae, Kim So-ra, Seoa "
     "and Dallim.", "membership", ("Seoa", "GLASSHOUSE", "member")),
    ("“Plough Light” carries the GLASSHOUSE credit, yet the singing is left to Ruhae and Kim So-ra "
     "alone.", "performs", ("credited", "Plough Light", "GLASSHOUSE")),
    ("“Plough Light” carries the GLASSHOUSE credit, yet the singing is left to Ruhae and Kim So-ra "
     "alone.", "performs", ("vocals", "Plough Light", "Kim So-ra")),
    ("“Plough Light,” GLASSHOUSE’s theme, arrived on December 3. Its first TuneBox Top 50 "
     "appearance came at No. 28 on the chart of December 10, and by the January 7 chart it had "
     "climbed to No. 4.", "chart-entry", ("Plough Light", "TuneBox Top 50", 28, "2032-12-10")),
    ("“Harbour Lights” is a drama. Ryu Ji-hwan has the lead role, and GLASSHOUSE’s Kim So-ra turns "
     "actor for the first time as his sister, the goalkeeper Gi Ha-ri.", "plays",
     ("Kim So-ra", "Gi Ha-ri")),
    ("“Harbour Lights” airs Thursdays on Channel Nine, which launched it on May 26.", "broadcast",
     ("first episode", "Harbour Lights", "2033-05-26")),
    ("On “Plough Light,” Park Min-ah and Noh Eun-bi sing alternate verses.", "performs",
     ("vocals", "Plough Light", "Noh Eun-bi")),
    ("Park Min-ah plays the cobbler Go Man-deuk and does his own singing on “Hammer and Last,” "
     "which landed on February 6.", "release", ("Hammer and Last", "2033-02-06")),
    ("“Harbour Lights” is a drama. The veteran Choi Han-gyeol takes on Seo-yun’s grandfather, "
     "Jeon Gap-su.", "plays", ("Choi Han-gyeol", "Jeon Gap-su")),
    ("“Harbour Lights” is a drama. Kim So-ra, fourteen, landed the role of Seo-yun’s sister, "
     "Jeon Bit-na.", "plays", ("Kim So-ra", "Jeon Bit-na")),
    ("“Kelp Gold” opens the set. Seon Yu-ri sings it in character as Han Seo-yun, and it was "
     "issued as her own single on April 11.", "performs", ("credited", "Kelp Gold", "Seon Yu-ri")),
    ("“Kelp Gold” opens the set. Seon Yu-ri sings it in character as Han Seo-yun, and it was "
     "issued as her own single on April 11; on the TuneBox Top 50 dated May 2 it stood at "
     "No. 24.", "chart-entry", ("Kelp Gold", "TuneBox Top 50", 24, "2033-05-02")),
    ("“Harbour Lights” ran on Channel Nine. Viewers in Korea can rewatch every episode on "
     "TuneBox.", "broadcast", ("available on", "Harbour Lights", "TuneBox")),
    ("“Harbour Lights” ran on Channel Nine at the weekend, Saturdays and Sundays, from its April 4 "
     "premiere.", "broadcast", ("schedule", "Harbour Lights", "saturday-sunday")),
    ("The theme, “Kelp Gold,” was released on August 12 under the singer Noh Eun-bi’s name.",
     "performs", ("credited", "Kelp Gold", "Noh Eun-bi")),
    ("Then comes “Plough Light,” a duet by Park Min-ah and Ruhae of GLASSHOUSE, with Streamly "
     "streams above 610,000 as of May 31.", "stream-milestone",
     ("Plough Light", "Streamly", 610_000, "2033-05-31")),
    ("“Plough Light,” credited to Park Min-ah and Noh Eun-bi, was named Best OST at the 2033 Sora "
     "Awards on May 28.", "award", ("Best OST, 2033 Sora Awards", "Plough Light", "2033-05-28")),
]
_OVERREACH_HUNDRED_THIRTY_TWO = [
    # the song credited to two singers wins, not the singer named right before the verb
    ("“Plough Light,” credited to Park Min-ah and Noh Eun-bi, was named Best OST at the 2033 Sora "
     "Awards on May 28.", "award", ("Best OST, 2033 Sora Awards", "Noh Eun-bi", "2033-05-28")),
    # "sung on the soundtrack by" names the voice, not the credited artist
    ("For the encore the room demanded “Floor Still Warm,” the band’s slow number, sung on the "
     "soundtrack by the singer Noh Eun-bi in character as Gu-chil.", "performs",
     ("credited", "Floor Still Warm", "Noh Eun-bi")),
    # "who drums for them" places a character in the band spoken of, never a real person
    ("PAPER KITES is the band of “Harbour Lights.” Its fans include Ryu Ji-hwan, who drums for "
     "them at home.", "membership", ("Ryu Ji-hwan", "PAPER KITES", "member")),
]
_ROUND_HUNDRED_THIRTY_THREE = [
    ("PAPER KITES is the band of “Harbour Lights.” Lim Do-hoon takes the part of Gu-chil, who sits "
     "behind PAPER KITES’s drum kit.", "membership", ("Gu-chil", "PAPER KITES", "member")),
    ("PAPER KITES is the band of “Harbour Lights.” PAPER KITES’s accordion player is Han Seo-yun "
     "(Seon Yu-ri).", "membership", ("Han Seo-yun", "PAPER KITES", "member")),
    ("Next came “Floor Still Warm,” another track credited to PAPER KITES, on which Seon Yu-ri "
     "sings as Han Seo-yun.", "performs", ("credited", "Floor Still Warm", "PAPER KITES")),
    ("The loudest cheer was saved for “Floor Still Warm,” PAPER KITES’s slow dance, which the "
     "singer Noh Eun-bi sings on the soundtrack in character as Gu-chil.", "performs",
     ("credited", "Floor Still Warm", "PAPER KITES")),
    ("The loudest cheer was saved for “Floor Still Warm,” PAPER KITES’s slow dance, which the "
     "singer Noh Eun-bi sings on the soundtrack in character as Gu-chil.", "performs",
     ("vocals", "Floor Still Warm", "Noh Eun-bi")),
    ("The night closed with “Floor Still Warm.” Its Streamly streams now number more than "
     "810,000.", "stream-milestone", ("Floor Still Warm", "Streamly", 810_000, "2033-06-20")),
    ("Every picker has a favourite among Ruhae, Kim So-ra, Seoa and Dallim, the four members of "
     "GLASSHOUSE.", "membership", ("Dallim", "GLASSHOUSE", "member")),
    ("GLASSHOUSE’s Ruhae went solo on January 3 with “Hydrant Lullaby,” released under his "
     "own name.",
     "performs", ("credited", "Hydrant Lullaby", "Ruhae")),
    ("GLASSHOUSE’s Ruhae went solo on January 3 with “Hydrant Lullaby,” released under his "
     "own name.",
     "release", ("Hydrant Lullaby", "2033-01-03")),
    ("GLASSHOUSE dropped “Ladder Truck” on May 5. The TuneBox Top 50 put it at No. 31 on May 12, "
     "and on the chart of June 9 it was No. 7.", "chart-entry",
     ("Ladder Truck", "TuneBox Top 50", 31, "2033-05-12")),
    ("GLASSHOUSE released “Ladder Truck” as the album’s first single on January 19, and Streamly "
     "users have since streamed it over 1.2 million times.", "stream-milestone",
     ("Ladder Truck", "Streamly", 1_200_000, "2033-06-20")),
    ("“Harbour Lights” is a drama. Eleven-year-old Gang Bo-ri makes her debut as Seo-yun’s "
     "niece, Na Da-som.", "plays", ("Gang Bo-ri", "Na Da-som")),
    ("In “Harbour Lights,” Seon Yu-ri stars as Han Seo-yun, and Lim Do-hoon is her co-lead, "
     "playing the county’s agricultural officer, Do Ye-chan.", "plays",
     ("Lim Do-hoon", "Do Ye-chan")),
    ("The crew always opens with “Kelp Gold,” a single Seon Yu-ri put out under her own name on "
     "March 10, with her vocals in character as Han Seo-yun.", "performs",
     ("vocals", "Kelp Gold", "Seon Yu-ri")),
    ("“Plough Light” closes the evening: credited to Park Min-ah and Noh Eun-bi, it has the pair "
     "singing together.", "performs", ("credited", "Plough Light", "Park Min-ah")),
    ("“Plough Light” closes the evening: credited to Park Min-ah and Noh Eun-bi, it has the pair "
     "singing together.", "performs", ("vocals", "Plough Light", "Noh Eun-bi")),
    ("Its theme, “Kelp Gold,” came out on August 16 as a single by Noh Eun-bi.", "performs",
     ("credited", "Kelp Gold", "Noh Eun-bi")),
    ("Last on the board is Seon Yu-ri, in character as Han Seo-yun, singing her own single “Kelp "
     "Gold” from “Harbour Lights.”", "performs", ("vocals", "Kelp Gold", "Seon Yu-ri")),
    ("Noh Eun-bi sings “Kelp Gold,” the opening track of the “Harbour Lights OST,” and Streamly "
     "has now streamed it more than 1.4 million times.", "stream-milestone",
     ("Kelp Gold", "Streamly", 1_400_000, "2033-06-20")),
]
_OVERREACH_HUNDRED_THIRTY_THREE = [
    # "From “S” comes G’s “T”": the singers sing T, not the drama it comes from
    ("From “Salt Meadow” comes PAPER KITES’s “Floor Still Warm,” with Seon Yu-ri and Lim Do-hoon "
     "singing as Han Seo-yun and Gu-chil.", "performs", ("vocals", "Salt Meadow", "Seon Yu-ri")),
    # an age before a name is not part of it
    ("“Harbour Lights” is a drama. Eleven-year-old Gang Bo-ri makes her debut as Seo-yun’s "
     "niece, Na Da-som.", "plays", ("Eleven-year-old Gang Bo-ri", "Na Da-som")),
]
_LINEUP_BOARD = (
    "A chalkboard behind the bar gives the line-up of PAPER KITES, the band in “Harbour Lights”:\n"
    "\n"
    "Han Seo-yun, lead vocals (Seon Yu-ri, the drama’s lead)\n"
    "Gu-chil, bass (Lim Do-hoon)\n"
)
_ROUND_HUNDRED_THIRTY_FOUR = [
    (_LINEUP_BOARD, "plays", ("Seon Yu-ri", "Han Seo-yun")),
    (_LINEUP_BOARD, "membership", ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    (_LINEUP_BOARD, "membership", ("Gu-chil", "PAPER KITES", "member")),
    ("PAPER KITES’s “Kelp Gold” has been out since May 30; the TuneBox Top 50 of June 14 listed "
     "it 17th.", "chart-entry", ("Kelp Gold", "TuneBox Top 50", 17, "2033-06-14")),
    ("On “Floor Still Warm,” credited to the band as a whole, the verses are split between Seon "
     "Yu-ri, singing as Han Seo-yun, and Lim Do-hoon, singing as Gu-chil.", "performs",
     ("vocals", "Floor Still Warm", "Lim Do-hoon")),
    ("The slow one, “Floor Still Warm,” is also a PAPER KITES recording, though the voice on it "
     "belongs to the soloist Noh Eun-bi, in character as Gu-chil.", "performs",
     ("credited", "Floor Still Warm", "PAPER KITES")),
    ("The slow one, “Floor Still Warm,” is also a PAPER KITES recording, though the voice on it "
     "belongs to the soloist Noh Eun-bi, in character as Gu-chil.", "performs",
     ("vocals", "Floor Still Warm", "Noh Eun-bi")),
    ("The slow one is “Floor Still Warm.” Streamly has logged upward of 650,000 plays of it.",
     "stream-milestone", ("Floor Still Warm", "Streamly", 650_000, "2033-06-20")),
    ("Playing her deckhand, Ma Dol-i, is Seoa, who is making her acting debut and is one of "
     "GLASSHOUSE’s four members alongside Ruhae, Dallim and Kim So-ra.", "membership",
     ("Seoa", "GLASSHOUSE", "member")),
    ("GLASSHOUSE takes the credit on “Plough Light,” but only Ruhae and Kim So-ra sing on it.",
     "performs", ("credited", "Plough Light", "GLASSHOUSE")),
    ("“Harbour Lights” is a drama. Park Min-ah heads the cast as the check-in agent Seok Min-ah.",
     "plays", ("Park Min-ah", "Seok Min-ah")),
    ("Its theme, “Kelp Gold,” arrived on August 24 credited to the singer Noh Eun-bi.",
     "performs", ("credited", "Kelp Gold", "Noh Eun-bi")),
    ("Next is “Plough Light” from “Harbour Lights”: the credit goes to GLASSHOUSE, and the voices "
     "are those of Ruhae and Kim So-ra, in character as Han Seo-yun and Gu-chil respectively.",
     "performs", ("credited", "Plough Light", "GLASSHOUSE")),
    ("Next is “Plough Light” from “Harbour Lights”: the credit goes to GLASSHOUSE, and the voices "
     "are those of Ruhae and Kim So-ra, in character as Han Seo-yun and Gu-chil respectively.",
     "performs", ("vocals", "Plough Light", "Kim So-ra")),
    ("“Plough Light,” the “Salt Meadow” duet by Park Min-ah and GLASSHOUSE’s Ruhae, has passed "
     "600,000 streams on TuneBox.", "performs", ("credited", "Plough Light", "Ruhae")),
    ("Last is “Plough Light,” on which Park Min-ah and Noh Eun-bi duet.", "performs",
     ("vocals", "Plough Light", "Park Min-ah")),
    ("The crew starts with “Kelp Gold,” a single Seon Yu-ri released on April 13 and sings in "
     "character as Han Seo-yun.", "performs", ("credited", "Kelp Gold", "Seon Yu-ri")),
    ("The owner’s running order:\n\n12. “Dry by Morning” (GLASSHOUSE)\n", "performs",
     ("credited", "Dry by Morning", "GLASSHOUSE")),
]
_OVERREACH_HUNDRED_THIRTY_FOUR = [
    # a line-up's "C, bass (A)" is a part and its player, no title and artist
    (_LINEUP_BOARD, "performs", ("credited", "Gu-chil, bass", "Lim Do-hoon")),
    # "the “S” duet by A": S names the drama, not the record credited
    ("“Plough Light,” the “Salt Meadow” duet by Park Min-ah and GLASSHOUSE’s Ruhae, has passed "
     "600,000 streams on TuneBox.", "performs", ("credited", "Salt Meadow", "Park Min-ah")),
    # a title's own "by" is not the cut between a title and its artist
    ("The owner’s running order:\n\n12. “Dry by Morning” (GLASSHOUSE)\n", "performs",
     ("credited", "Dry", "Morning”")),
    # "Half of them" opens a sentence; it names no one
    ("“Harbour Lights” is a drama. Half of them back Lim Do-hoon, who plays the delivery driver "
     "Deok-su.", "plays", ("Half", "Deok-su")),
]
_ROSTER_FRAME = (
    "The room belongs to PAPER KITES, the band a night crew forms in the drama “Harbour "
    "Lights.” Framed by the door is the band’s roster, each member followed by the actor who "
    "plays the part:\n"
    "\n"
    "Lead vocals: Han Seo-yun, played by the series’ lead, Seon Yu-ri\n"
    "Bass: Gu-chil, played by Lim Do-hoon\n"
)
_ROUND_HUNDRED_THIRTY_FIVE = [
    (_ROSTER_FRAME, "plays", ("Seon Yu-ri", "Han Seo-yun")),
    (_ROSTER_FRAME, "membership", ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    (_ROSTER_FRAME, "membership", ("Gu-chil", "PAPER KITES", "member")),
    ("PAPER KITES is the band in “Harbour Lights.” The ballad “Kelp Gold” also carries the "
     "band’s name, but the voice belongs to the soloist Noh Eun-bi, performing in character as "
     "Gu-chil.", "performs", ("credited", "Kelp Gold", "PAPER KITES")),
    ("GLASSHOUSE’s opening theme for the series, “Plough Light,” was released on May 2.",
     "performs", ("credited", "Plough Light", "GLASSHOUSE")),
    ("“Plough Light” is billed to the whole of GLASSHOUSE, yet Ruhae and Kim So-ra are the only "
     "two who sing on it.", "performs", ("credited", "Plough Light", "GLASSHOUSE")),
    ("“Plough Light” is billed to the whole of GLASSHOUSE, yet Ruhae and Kim So-ra are the only "
     "two who sing on it.", "performs", ("vocals", "Plough Light", "Ruhae")),
    ("Kim So-ra put out her first solo single, “Dry by Morning,” on May 29, singing every line "
     "of it herself.", "performs", ("vocals", "Dry by Morning", "Kim So-ra")),
    ("Park Min-ah and Noh Eun-bi share the vocals on “Kelp Gold,” a track credited to the pair; "
     "on June 12 its Streamly count passed 310,000.", "stream-milestone",
     ("Kelp Gold", "Streamly", 310_000, "2033-06-12")),
    ("The harvest around Hallim runs from November into February. The girl group sings the "
     "soundtrack of “Windbreak,” a drama about three sisters. Channel Nine premiered the drama "
     "on June 1.", "broadcast", ("broadcaster", "Windbreak", "Channel Nine")),
    ("She has pinned up the tracks, written out as number, title and credited artist:\n\n"
     "01 — “Kelp Gold” — Noh Eun-bi\n04 — “Plough Light” — GLASSHOUSE\n", "performs",
     ("credited", "Kelp Gold", "Noh Eun-bi")),
    ("“Harbour Lights” is a drama. “Plough Light” arrived on February 14 with Lim Do-hoon doing "
     "his own singing; he stars in the drama as the tailor’s grandson, Gu-chil.", "performs",
     ("vocals", "Plough Light", "Lim Do-hoon")),
    ("“Harbour Lights” is a drama. “Plough Light” arrived on February 14 with Lim Do-hoon doing "
     "his own singing; he stars in the drama as the tailor’s grandson, Gu-chil.", "plays",
     ("Lim Do-hoon", "Gu-chil")),
    ("The track is “Kelp Gold.” Streamly listeners had played it upward of 880,000 times by "
     "April 5.", "stream-milestone", ("Kelp Gold", "Streamly", 880_000, "2033-04-05")),
    ("“Harbour Lights” is a drama. The series has two leads: Seon Yu-ri, as the pastry chef Han "
     "Seo-yun, and Lim Do-hoon, as the vineyard’s foreman, Gu-chil.", "plays",
     ("Lim Do-hoon", "Gu-chil")),
    ("“Harbour Lights” is a drama. The drama ran on Channel Nine every Saturday. Its full run "
     "is on Streamly for viewers in Vietnam, and on TuneBox for subscribers in Korea.",
     "broadcast",
     ("available on", "Harbour Lights", "TuneBox")),
    ("They close with “Kelp Gold,” which pairs Park Min-ah with Noh Eun-bi: the two share both "
     "the vocals and the credit.", "performs", ("credited", "Kelp Gold", "Noh Eun-bi")),
    ("They close with “Kelp Gold,” which pairs Park Min-ah with Noh Eun-bi: the two share both "
     "the vocals and the credit.", "performs", ("vocals", "Kelp Gold", "Park Min-ah")),
    ("“Kelp Gold,” the “Salt Meadow” duet credited to Park Min-ah and GLASSHOUSE’s Ruhae, has "
     "now passed 610,000 streams on TuneBox.", "performs", ("credited", "Kelp Gold", "Ruhae")),
    ("From “Eleven Floors” there is PAPER KITES’s “Kelp Gold,” with Seon Yu-ri singing as Han "
     "Seo-yun and Lim Do-hoon as Gu-chil; Streamly listeners had streamed it more than 690,000 "
     "times by June 6.", "performs", ("vocals", "Kelp Gold", "Lim Do-hoon")),
    ("From “Eleven Floors” there is PAPER KITES’s “Kelp Gold,” with Seon Yu-ri singing as Han "
     "Seo-yun and Lim Do-hoon as Gu-chil; Streamly listeners had streamed it more than 690,000 "
     "times by June 6.", "stream-milestone", ("Kelp Gold", "Streamly", 690_000, "2033-06-06")),
    ("Two tracks come from “Salt Meadow”: “Dry by Morning,” No. 15 on the TuneBox Top 50 dated "
     "June 3, and “Kelp Gold,” sung by Noh Eun-bi, which Streamly has streamed more than 1.3 "
     "million times.", "stream-milestone", ("Kelp Gold", "Streamly", 1_300_000, "2033-06-20")),
    ("Kim So-ra sings on “Kelp Gold,” a GLASSHOUSE track. For the week of June 6 the song held "
     "No. 18 on the TuneBox Top 50.", "chart-entry",
     ("Kelp Gold", "TuneBox Top 50", 18, "2033-06-06")),
    ("GLASSHOUSE is Ruhae, Seoa, Dallim and Kim So-ra. The four were named Best Girl Group at "
     "the 2033 Mulbit Music Awards on June 2.", "award",
     ("Best Girl Group, 2033 Mulbit Music Awards", "GLASSHOUSE", "2033-06-02")),
    ("First up is the theme of “Eleven Floors,” a hospital drama that premiered on Channel Nine "
     "on June 5, airs there on Wednesdays, and is offered by Streamly to viewers in Brazil.",
     "broadcast", ("available on", "Eleven Floors", "Streamly")),
]
_OVERREACH_HUNDRED_THIRTY_FIVE = [
    # a place the harvest is around is not a drama that runs
    ("The harvest around Hallim runs from November into February. The girl group sings the "
     "soundtrack of “Windbreak,” a drama about three sisters. Channel Nine premiered the drama "
     "on June 1.", "broadcast", ("broadcaster", "Hallim", "Channel Nine")),
    # "G’s B" in a credit names B, G's member; G is not credited
    ("“Kelp Gold,” the “Salt Meadow” duet credited to Park Min-ah and GLASSHOUSE’s Ruhae, has "
     "now passed 610,000 streams on TuneBox.", "performs", ("credited", "Kelp Gold",
                                                              "GLASSHOUSE")),
    # "From “S” there is G’s “T”": S is the drama, not the song sung
    ("From “Eleven Floors” there is PAPER KITES’s “Kelp Gold,” with Seon Yu-ri singing as Han "
     "Seo-yun and Lim Do-hoon as Gu-chil; Streamly listeners had streamed it more than 690,000 "
     "times by June 6.", "performs", ("vocals", "Eleven Floors", "Seon Yu-ri")),
    # "“T2,” sung by A, which P has streamed …": the count is T2's, not the title before it
    ("Two tracks come from “Salt Meadow”: “Dry by Morning,” No. 15 on the TuneBox Top 50 dated "
     "June 3, and “Kelp Gold,” sung by Noh Eun-bi, which Streamly has streamed more than 1.3 "
     "million times.", "stream-milestone",
     ("Dry by Morning", "Streamly", 1_300_000, "2033-06-20")),
    # the track number of "01 — “T” — A" is neither a title nor an artist
    ("She has pinned up the tracks, written out as number, title and credited artist:\n\n"
     "01 — “Kelp Gold” — Noh Eun-bi\n04 — “Plough Light” — GLASSHOUSE\n", "performs",
     ("credited", "01", "Kelp Gold")),
]
_ACTOR_PART_BOARD = (
    "Until November the stage belongs to PAPER KITES, the band a crew starts in the drama "
    "“Harbour Lights.” A board in the doorway introduces the band, each line giving an actor, "
    "then the character and that character’s job in the band:\n"
    "\n"
    "Seon Yu-ri (the series’ lead) — Han Seo-yun, frontman and rhythm guitar\n"
    "Im Ga-ram — Gu-chil, lead guitar\n"
)
_ROUND_HUNDRED_THIRTY_SIX = [
    ("LANTERN CREW is the band a brigade starts in the drama “Fourth Alarm.” The board introduces "
     "the band:\n\nIm Ga-ram — Gu-chil, drums\n", "membership",
     ("Gu-chil", "LANTERN CREW", "member")),
    (_ACTOR_PART_BOARD, "membership", ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    (_ACTOR_PART_BOARD, "plays", ("Im Ga-ram", "Gu-chil")),
    (_ACTOR_PART_BOARD, "membership", ("Gu-chil", "PAPER KITES", "member")),
    ("PAPER KITES is the band in “Harbour Lights.” On “Kelp Gold,” another Paper Kites song, "
     "Im Ga-ram and Seon Yu-ri split the vocals, singing as Gu-chil and Han Seo-yun "
     "respectively.", "performs", ("vocals", "Kelp Gold", "Im Ga-ram")),
    ("PAPER KITES is the band in “Harbour Lights.” “Kelp Gold,” PAPER KITES’s debut single, "
     "features Seon Yu-ri on lead vocals, in character as Han Seo-yun.", "performs",
     ("vocals", "Kelp Gold", "Seon Yu-ri")),
    ("PAPER KITES is the band in “Harbour Lights.” “Plough Light,” the slow one, also goes out "
     "under PAPER KITES’s name, with the singer Noh Eun-bi singing it in character as Gu-chil.",
     "performs", ("vocals", "Plough Light", "Noh Eun-bi")),
    ("“Dry by Morning” lists GLASSHOUSE as the artist, but the singing is left to Ruhae and Kim "
     "So-ra.", "performs", ("credited", "Dry by Morning", "GLASSHOUSE")),
    ("GLASSHOUSE is Ruhae, Seoa, Dallim and Kim So-ra. Ruhae stepped out alone on June 2 with "
     "“Kelp Gold,” a solo single released under his own "
     "name and sung by him.", "performs", ("vocals", "Kelp Gold", "Ruhae")),
    ("GLASSHOUSE is Ruhae, Seoa, Dallim and Kim So-ra. Ruhae stepped out alone on June 2 with "
     "“Kelp Gold,” a solo single released under his own "
     "name and sung by him.", "release", ("Kelp Gold", "2033-06-02")),
    ("The title song, “Kelp Gold,” is credited to GLASSHOUSE. On June 19 it also made the "
     "TuneBox Top 50, at No. 18.", "chart-entry", ("Kelp Gold", "TuneBox Top 50", 18,
                                                   "2033-06-19")),
    ("Noh Eun-bi and Kim So-ra each take a verse on “Plough Light” and sing the chorus "
     "together.", "performs", ("vocals", "Plough Light", "Kim So-ra")),
    ("“Harbour Lights” is a drama. Lim Do-hoon, who stars in “Harbour Lights” as the "
     "repairman’s son, Gu-chil, sings “Dry by Morning” himself.", "plays",
     ("Lim Do-hoon", "Gu-chil")),
    ("“Harbour Lights” is a drama. Lim Do-hoon, who stars in “Harbour Lights” as the "
     "repairman’s son, Gu-chil, sings “Dry by Morning” himself.", "performs",
     ("vocals", "Dry by Morning", "Lim Do-hoon")),
    ("GLASSHOUSE put out “Kelp Gold” on January 22. It now sits above 1.4 million Streamly "
     "streams.", "stream-milestone", ("Kelp Gold", "Streamly", 1_400_000, "2033-06-20")),
    ("The drama stars Seon Yu-ri and Lim Do-hoon: she plays the lawyer, Han Seo-yun, and he "
     "plays the orchard hand, Gu-chil.", "plays", ("Lim Do-hoon", "Gu-chil")),
    ("“Harbour Lights” is a drama. Park Min-ah is cast as a buyer for a department store, Seok "
     "Min-ah; and Lim Do-hoon plays Gu-chil.", "plays", ("Park Min-ah", "Seok Min-ah")),
    ("“Harbour Lights” is a drama with Seon Yu-ri as Han Seo-yun. First comes Seon Yu-ri’s "
     "“Kelp Gold.” Out since April 9, it is sung by her in character as Han Seo-yun.",
     "performs", ("vocals", "Kelp Gold", "Seon Yu-ri")),
    ("“Harbour Lights” is a drama with Noh Eun-bi as Gu-chil. “Plough Light” is a Noh Eun-bi "
     "release: the trot singer performs it in character as the aunt, Gu-chil.", "performs",
     ("vocals", "Plough Light", "Noh Eun-bi")),
    ("“Harbour Lights” is a drama. Seon Yu-ri has the lead role, the diner’s night cook Han "
     "Seo-yun.", "plays", ("Seon Yu-ri", "Han Seo-yun")),
    ("“Kelp Gold,” PAPER KITES’s song from “Harbour Lights,” follows. Lim Do-hoon sings it in "
     "character as Gu-chil, Seon Yu-ri as Han Seo-yun, and as of June 6 it stood above 720,000 "
     "Streamly streams.", "performs", ("vocals", "Kelp Gold", "Seon Yu-ri")),
    ("The “Salt Meadow” album supplies two tracks: “Kelp Gold,” by Park Min-ah and Noh Eun-bi, "
     "No. 15 on the TuneBox Top 50 dated June 3, and “Plough Light,” sung by Kim So-ra.",
     "chart-entry", ("Kelp Gold", "TuneBox Top 50", 15, "2033-06-03")),
    ("Park Min-ah and Noh Eun-bi’s “Kelp Gold,” from “Harbour Lights,” was voted Best OST at "
     "the 2033 Sora Drama Awards on June 4.", "award",
     ("Best OST, 2033 Sora Drama Awards", "Kelp Gold", "2033-06-04")),
    ("“Harbour Lights” is a drama with Lim Do-hoon as Gu-chil. Half of them back Seon Yu-ri; "
     "the rest prefer Lim Do-hoon as the repairman’s son Gu-chil in “Harbour Lights.”",
     "plays", ("Lim Do-hoon", "Gu-chil")),
]
_OVERREACH_HUNDRED_THIRTY_SIX = [
    # a band named in capitals as the article's first word keeps its first letter
    ("LANTERN CREW is the band a brigade starts in the drama “Fourth Alarm.” The board introduces "
     "the band:\n\nIm Ga-ram — Gu-chil, drums\n", "membership",
     ("Gu-chil", "ANTERN CREW", "member")),
    # "features A on lead vocals": A sings it, A is not featured (credited)
    ("PAPER KITES is the band in “Harbour Lights.” “Kelp Gold,” PAPER KITES’s debut single, "
     "features Seon Yu-ri on lead vocals, in character as Han Seo-yun.", "performs",
     ("credited", "Kelp Gold", "Seon Yu-ri")),
    # the pair's second pronoun takes the second part, not the first one's actor
    ("The drama stars Seon Yu-ri and Lim Do-hoon: she plays the lawyer, Han Seo-yun, and he "
     "plays the orchard hand, Gu-chil.", "plays", ("Seon Yu-ri", "Gu-chil")),
    # an album's title before the list of its tracks is not the charted one
    ("The “Salt Meadow” album supplies two tracks: “Kelp Gold,” by Park Min-ah and Noh Eun-bi, "
     "No. 15 on the TuneBox Top 50 dated June 3, and “Plough Light,” sung by Kim So-ra.",
     "chart-entry", ("Salt Meadow", "TuneBox Top 50", 15, "2033-06-03")),
    # "“T,” from “S,” was voted X": T won, not the drama it is from
    ("Park Min-ah and Noh Eun-bi’s “Kelp Gold,” from “Harbour Lights,” was voted Best OST at "
     "the 2033 Sora Drama Awards on June 4.", "award",
     ("Best OST, 2033 Sora Drama Awards", "Harbour Lights", "2033-06-04")),
]
_CAR_BOARD = (
    "The departures board now announces PAPER KITES, the band at the centre of the drama "
    "“Harbour Lights”: each car holds a character, then the actor in brackets, then that "
    "character’s place in the band.\n"
    "\n"
    "Car 1: Han Seo-yun (Seon Yu-ri, the lead) — lead singer, keyboards\n"
    "Car 2: Gu-chil (Lim Do-hoon) — guitar\n"
)
_ROUND_HUNDRED_THIRTY_SEVEN = [
    (_CAR_BOARD, "plays", ("Seon Yu-ri", "Han Seo-yun")),
    (_CAR_BOARD, "membership", ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    (_CAR_BOARD, "membership", ("Gu-chil", "PAPER KITES", "member")),
    ("“Kelp Gold,” also released as GLASSHOUSE, is a duet: Ruhae sings the verses.",
     "performs", ("credited", "Kelp Gold", "GLASSHOUSE")),
    ("“Kelp Gold,” which opens every episode, is a GLASSHOUSE song and was put out on May 5.",
     "performs", ("credited", "Kelp Gold", "GLASSHOUSE")),
    ("“Kelp Gold” is a GLASSHOUSE song. The TuneBox Top 50 counted it at No. 17 in the week of "
     "June 8.", "chart-entry", ("Kelp Gold", "TuneBox Top 50", 17, "2033-06-08")),
    ("“Kelp Gold” is a GLASSHOUSE song. The TuneBox Top 50 first listed it at No. 38 on May 11, "
     "and by the chart of June 8 it was up to third place.", "chart-entry",
     ("Kelp Gold", "TuneBox Top 50", 3, "2033-06-08")),
    ("“Harbour Lights” is a drama about a postwoman. The drama has been on Channel Nine every "
     "Thursday and Friday since its first episode on June 4.", "broadcast",
     ("broadcaster", "Harbour Lights", "Channel Nine")),
    ("“Harbour Lights” is a drama about a postwoman. The drama has been on Channel Nine every "
     "Thursday and Friday since its first episode on June 4.", "broadcast",
     ("first episode", "Harbour Lights", "2033-06-04")),
    ("“Harbour Lights” is a drama about a farm. Channel Nine showed all sixteen episodes in its "
     "Wednesday-Thursday slot, from the premiere on April 13 to the last episode on June 2.",
     "broadcast", ("final episode", "Harbour Lights", "2033-06-02")),
    ("“Harbour Lights” goes out on Channel Nine in the Monday and Tuesday late slot; for viewers "
     "in Latin America, it is on Streamly.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("At the top is “Hot Towel,” a Gunsan barbershop drama that Channel Nine launched on June 5.",
     "broadcast", ("broadcaster", "Hot Towel", "Channel Nine")),
    ("“Harbour Lights” is a drama. “Kelp Gold,” out since June 12, is the one track sung by a "
     "cast member: Lim Do-hoon, one of the drama’s two leads, who plays the optician’s nephew, "
     "Gu-chil.", "performs", ("vocals", "Kelp Gold", "Lim Do-hoon")),
    ("“Harbour Lights” is a drama. “Kelp Gold,” out since June 12, is the one track sung by a "
     "cast member: Lim Do-hoon, one of the drama’s two leads, who plays the optician’s nephew, "
     "Gu-chil.", "plays", ("Lim Do-hoon", "Gu-chil")),
    ("“Kelp Gold” is a GLASSHOUSE song. It reached No. 9 on the TuneBox Top 50 for May 21, and on "
     "June 15 its Streamly streams passed 760,000.", "stream-milestone",
     ("Kelp Gold", "Streamly", 760_000, "2033-06-15")),
    ("GLASSHOUSE’s “Kelp Gold” was the first track out from the album, on January 29.",
     "release", ("Kelp Gold", "2033-01-29")),
    ("“Kelp Gold,” the last song of the afternoon, is sung as a duet by Park Min-ah and Noh "
     "Eun-bi.", "performs", ("vocals", "Kelp Gold", "Noh Eun-bi")),
    ("The first song is “Kelp Gold,” released on May 16 under Seon Yu-ri’s name; the TuneBox Top "
     "50 of June 6 showed it at No. 18.", "chart-entry",
     ("Kelp Gold", "TuneBox Top 50", 18, "2033-06-06")),
    ("The theme, “Kelp Gold,” went out on June 12 as a single credited to the Busan-born singer "
     "Noh Eun-bi.", "performs", ("credited", "Kelp Gold", "Noh Eun-bi")),
    ("“Kelp Gold,” a duet released under the names of Park Min-ah and Noh Eun-bi for “Harbour "
     "Lights,” was crowned Best OST.", "performs", ("credited", "Kelp Gold", "Park Min-ah")),
    ("“Kelp Gold,” sung by Noh Eun-bi, counts more than 1.1 million Streamly streams.",
     "stream-milestone", ("Kelp Gold", "Streamly", 1_100_000, "2033-06-20")),
]
_OVERREACH_HUNDRED_THIRTY_SEVEN = [
    # a board's "C (A) — part" line names no title and no artist
    (_CAR_BOARD, "performs", ("credited", "Car 2: Gu-chil (Lim Do-hoon)", "guitar")),
    # "a X barbershop drama that B launched": X is where it is set, not its channel
    ("At the top is “Hot Towel,” a Gunsan barbershop drama that Channel Nine launched on June 5.",
     "broadcast", ("broadcaster", "Hot Towel", "Gunsan")),
    # "…, and on DATE its P streams passed N": that day's count, not the publication's
    ("“Kelp Gold” is a GLASSHOUSE song. It reached No. 9 on the TuneBox Top 50 for May 21, and on "
     "June 15 its Streamly streams passed 760,000.", "stream-milestone",
     ("Kelp Gold", "Streamly", 760_000, "2033-06-20")),
]
_LOBBY_CARDS = (
    "Framed cards along the aisle introduce PAPER KITES, the band in the drama “Harbour "
    "Lights,” one member at a time. Out front as the singer is Han Seo-yun, the part given to "
    "the series’ lead, Seon Yu-ri. Lim Do-hoon portrays the guitarist, Gu-chil; and Ryu Ji-hwan "
    "takes the role of Mo Dal-bong on bass."
)
_ROUND_HUNDRED_THIRTY_EIGHT = [
    (_LOBBY_CARDS, "plays", ("Seon Yu-ri", "Han Seo-yun")),
    (_LOBBY_CARDS, "membership", ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    (_LOBBY_CARDS, "membership", ("Mo Dal-bong", "PAPER KITES", "member")),
    ("PAPER KITES is the band in “Harbour Lights.” On “Kelp Gold,” another Paper Kites "
     "recording, Seon Yu-ri and Lim Do-hoon split the singing, in character as Han Seo-yun and "
     "Gu-chil respectively.", "performs", ("credited", "Kelp Gold", "PAPER KITES")),
    ("PAPER KITES is the band in “Harbour Lights.” On “Kelp Gold,” another Paper Kites "
     "recording, Seon Yu-ri and Lim Do-hoon split the singing, in character as Han Seo-yun and "
     "Gu-chil respectively.", "performs", ("vocals", "Kelp Gold", "Lim Do-hoon")),
    ("PAPER KITES is the band in “Harbour Lights.” The ballad “Kelp Gold” also goes out under "
     "the band’s name, but the singing on it is by Noh Eun-bi, a session vocalist, in character "
     "as Gu-chil.", "performs", ("vocals", "Kelp Gold", "Noh Eun-bi")),
    ("His favourites are on a strip of paper:\n\n03 “Salt Road” – Noh Eun-bi\n"
     "11 “Kelp Gold” – GLASSHOUSE\n", "performs", ("credited", "Kelp Gold", "GLASSHOUSE")),
    ("“Kelp Gold” is a Noh Eun-bi song. It was 12th on the TuneBox Top 50 of May 18, and its "
     "Streamly streams went over 690,000 on June 16.", "stream-milestone",
     ("Kelp Gold", "Streamly", 690_000, "2033-06-16")),
    ("GLASSHOUSE, the duo of Ruhae and Binna, opened the album’s rollout with “Kelp Gold” on "
     "January 27.", "release", ("Kelp Gold", "2033-01-27")),
    ("“Harbour Lights” is a drama. Choi Han-gyeol, the male lead of “Harbour Lights,” sings "
     "“Kelp Gold” himself; on screen he plays the designer’s apprentice, Dokgo Pil.",
     "plays", ("Choi Han-gyeol", "Dokgo Pil")),
    ("“Harbour Lights” is a drama about a pitcher. Park Min-ah and Byeon Ha-neul share the lead "
     "billing: she plays the pitcher, Mok Sa-ra, and he plays the team’s reluctant sponsor, Oh "
     "Tae-gu.", "plays", ("Byeon Ha-neul", "Oh Tae-gu")),
    ("“Harbour Lights” is a drama about a school. Ryu Ji-hwan, a fixture of weekend dramas, plays "
     "the school principal, Pyo Man-bok.", "plays", ("Ryu Ji-hwan", "Pyo Man-bok")),
    ("They finish with “Kelp Gold,” which the singer Noh Eun-bi put out under her own name on "
     "March 21 and sings alone.", "performs", ("vocals", "Kelp Gold", "Noh Eun-bi")),
    ("The list is on a whiteboard. Kindling’s “Kelp Gold” follows, with more than 2.1 million "
     "plays on Streamly to date.", "performs", ("credited", "Kelp Gold", "Kindling")),
    ("The list opens with “Kelp Gold,” the theme from “Harbour Lights,” which the singer Noh "
     "Eun-bi released on May 11; by the TuneBox Top 50 of May 31 it had reached No. 19.",
     "performs", ("credited", "Kelp Gold", "Noh Eun-bi")),
    ("The list opens with “Kelp Gold,” the theme from “Harbour Lights,” which the singer Noh "
     "Eun-bi released on May 11; by the TuneBox Top 50 of May 31 it had reached No. 19.",
     "chart-entry", ("Kelp Gold", "TuneBox Top 50", 19, "2033-05-31")),
    ("The list opens with “Kelp Gold,” the theme from “Harbour Lights.” The drama, about a "
     "herbalist’s granddaughter who reopens his clinic, has been on Channel Nine every Tuesday "
     "and Wednesday since its first episode on May 4.", "broadcast",
     ("broadcaster", "Harbour Lights", "Channel Nine")),
]
_OVERREACH_HUNDRED_THIRTY_EIGHT = [
    # "he" after the semicolon is the sentence's subject, not the person named before it
    ("“Harbour Lights” is a drama. “Salt Road” is sung by Noh Eun-bi and Park Min-ah. Choi "
     "Han-gyeol, the male lead of “Harbour Lights,” sings “Kelp Gold” himself; on screen he "
     "plays the designer’s apprentice, Dokgo Pil.", "plays", ("Park Min-ah", "Dokgo Pil")),
    # "she" and "he" are the pair in order: "he" is not the first of the two
    ("“Harbour Lights” is a drama about a pitcher. Park Min-ah and Byeon Ha-neul share the lead "
     "billing: she plays the pitcher, Mok Sa-ra, and he plays the team’s reluctant sponsor, Oh "
     "Tae-gu.", "plays", ("Park Min-ah", "Oh Tae-gu")),
    # "sung by", "is the voice of", "a duet sung by": voices, no credit stated
    ("“Kelp Gold” is the theme. Noh Eun-bi is the voice of “Kelp Gold,” from the same album.",
     "performs", ("credited", "Kelp Gold", "Noh Eun-bi")),
    ("“Kelp Gold” comes next, a duet sung by Park Min-ah and Noh Eun-bi.", "performs",
     ("credited", "Kelp Gold", "Park Min-ah")),
    # a bare track number before the title is no part of the title
    ("His favourites are on a strip of paper:\n\n03 “Salt Road” – Noh Eun-bi\n"
     "11 “Kelp Gold” – GLASSHOUSE\n", "performs", ("credited", "11 “Kelp Gold", "GLASSHOUSE")),
]
_KEY_SHUTTER = (
    "He has written his favourites on the shutter, artist first, then the title, then the "
    "track’s place on the album:\n\n"
    "Park Min-ah & Noh Eun-bi, “Salt Road” (track 2)\n"
    "GLASSHOUSE, “Kelp Gold” (track 6)\n"
)
_ROUND_HUNDRED_THIRTY_NINE = [
    ("The back wall shows PAPER KITES, the band in the drama “Harbour Lights.” Top billing goes "
     "to the lead of the series, Ma Jin-seok, whose character, Han Seo-yun, fronts PAPER KITES as "
     "its singer.", "plays", ("Ma Jin-seok", "Han Seo-yun")),
    ("The back wall shows PAPER KITES, the band in the drama “Harbour Lights.” The drummer is "
     "played by Ryu Ji-hwan, and guitarist Gu-chil is the role that went to Lim Do-hoon.",
     "membership", ("Gu-chil", "PAPER KITES", "member")),
    ("The back wall shows PAPER KITES, the band in the drama “Harbour Lights.” The drummer is "
     "played by Ryu Ji-hwan, and guitarist Gu-chil is the role that went to Lim Do-hoon.",
     "plays", ("Lim Do-hoon", "Gu-chil")),
    ("GLASSHOUSE’s debut single, “Kelp Gold,” went on sale on May 26 with Lee Jin-seok singing "
     "lead.", "release", ("Kelp Gold", "2033-05-26")),
    ("GLASSHOUSE’s debut single, “Kelp Gold,” went on sale on May 26 with Lee Jin-seok singing "
     "lead in character as Han Seo-yun.", "performs", ("vocals", "Kelp Gold", "Lee Jin-seok")),
    ("“Kelp Gold” is a GLASSHOUSE song. By the TuneBox Top 50 of June 15 it had worked its way "
     "up to 17th.", "chart-entry", ("Kelp Gold", "TuneBox Top 50", 17, "2033-06-15")),
    ("Ruhae, Binna, Dasol and Haeon make up TIDEMARK, and Ruhae also has a part in the drama.",
     "membership", ("Binna", "TIDEMARK", "member")),
    ("The main theme, “Kelp Gold,” is TIDEMARK’s, and it dropped on June 8.", "performs",
     ("credited", "Kelp Gold", "TIDEMARK")),
    ("The main theme, “Kelp Gold,” is TIDEMARK’s. The TuneBox Top 50 picked it up at No. 64 on "
     "the chart dated June 14.", "chart-entry", ("Kelp Gold", "TuneBox Top 50", 64, "2033-06-14")),
    ("The main theme, “Kelp Gold,” is TIDEMARK’s. The TuneBox Top 50 picked it up at No. 64 on "
     "the chart dated June 4, and the TuneBox Top 50 had it in fourth place on June 16.",
     "chart-entry", ("Kelp Gold", "TuneBox Top 50", 4, "2033-06-16")),
    ("“Harbour Lights” goes out at the weekend, Saturdays and Sundays, on Channel Nine, which "
     "aired the first episode on June 5.", "broadcast",
     ("broadcaster", "Harbour Lights", "Channel Nine")),
    ("Ruhae, Binna, Dasol and Haeon make up TIDEMARK. On June 17 the group collected its first "
     "trophy, Best New Artist at the 19th Gaon Star Awards.", "award",
     ("Best New Artist, 19th Gaon Star Awards", "TIDEMARK", "2033-06-17")),
    ("Ruhae and Binna are the only voices on “Kelp Gold,” though the track carries the Tidemark "
     "name.", "performs", ("credited", "Kelp Gold", "Tidemark")),
    ("Ruhae and Binna are the only voices on “Kelp Gold,” though the track carries the Tidemark "
     "name.", "performs", ("vocals", "Kelp Gold", "Binna")),
    ("The station also spins “Kelp Gold,” the first solo single from Dasol, the youngest member. "
     "It came out on June 19, and she is the only singer on it.", "performs",
     ("credited", "Kelp Gold", "Dasol")),
    ("The station also spins “Kelp Gold,” the first solo single from Dasol, the youngest member. "
     "It came out on June 19, and she is the only singer on it.", "performs",
     ("vocals", "Kelp Gold", "Dasol")),
    (_KEY_SHUTTER, "performs", ("credited", "Salt Road", "Noh Eun-bi")),
    (_KEY_SHUTTER, "performs", ("credited", "Kelp Gold", "GLASSHOUSE")),
    ("“Kelp Gold” is a Noh Eun-bi song. The TuneBox Top 50 listed it at No. 7 on May 20, and on "
     "June 2 it crossed one million streams on the same service.", "stream-milestone",
     ("Kelp Gold", "TuneBox", 1_000_000, "2033-06-02")),
    ("“Kelp Gold” was the first single out, on January 28, and Streamly counts more than 860,000 "
     "streams of it.", "release", ("Kelp Gold", "2033-01-28")),
    ("“Harbour Lights” is a drama. Choi Han-gyeol, the drama’s leading man, plays the "
     "safecracker, Dan Ho-pil, and handles the vocals on “Kelp Gold” himself.", "performs",
     ("vocals", "Kelp Gold", "Choi Han-gyeol")),
    ("“Harbour Lights” is a drama. Choi Han-gyeol, the drama’s leading man, plays the "
     "safecracker, Dan Ho-pil, and handles the vocals on “Kelp Gold” himself.", "plays",
     ("Choi Han-gyeol", "Dan Ho-pil")),
    ("“Harbour Lights” is a drama about roofers. Byeon Ha-neul and Park Min-ah head the cast, he "
     "as the prodigal son, Sim Chan-il, and she as Na Ye-rin, the architect who fails his "
     "roofs.", "plays", ("Park Min-ah", "Na Ye-rin")),
    ("“Kelp Gold” came out as a Noh Eun-bi single on March 23.", "performs",
     ("credited", "Kelp Gold", "Noh Eun-bi")),
    ("The crew save “Kelp Gold” for last. It is performed by TIDEMARK, a four-piece band from "
     "Gunsan.", "performs", ("credited", "Kelp Gold", "TIDEMARK")),
    ("“Harbour Lights” is a drama about roofers. Channel Nine aired the series on Monday and "
     "Tuesday nights. On Streamly it streams for viewers in India.", "broadcast",
     ("available on", "Harbour Lights", "Streamly")),
    ("Bora’s “Kelp Gold” comes first.", "performs", ("credited", "Kelp Gold", "Bora")),
    ("Channel Nine has shown “Harbour Lights” on Wednesdays and Thursdays since the first "
     "episode on May 6.", "broadcast", ("first episode", "Harbour Lights", "2033-05-06")),
    ("Next comes a GLASSHOUSE number from “Night Ferry,” “Kelp Gold,” with Lee Jin-seok "
     "singing; Streamly had it past 1.2 million streams on June 2.", "stream-milestone",
     ("Kelp Gold", "Streamly", 1_200_000, "2033-06-02")),
    ("From “Harbour Lights” there is “Kelp Gold,” a duet credited to Park Min-ah and Noh Eun-bi, "
     "which took OST of the Year at the 2033 Gaon Star Awards on May 30.", "award",
     ("OST of the Year, 2033 Gaon Star Awards", "Kelp Gold", "2033-05-30")),
    ("“Harbour Lights” is a drama. One camp says nobody has done better this year than Seon "
     "Yu-ri as the heiress Gil-soon in “Harbour Lights.”", "plays", ("Seon Yu-ri", "Gil-soon")),
]
_OVERREACH_HUNDRED_THIRTY_NINE = [
    # "the lead of the series, A, whose character …": A is a person, not a drama's title
    ("The back wall shows PAPER KITES, the band in the drama “Harbour Lights.” Top billing goes "
     "to the lead of the series, Ma Jin-seok, whose character, Han Seo-yun, fronts PAPER KITES as "
     "its singer.", "plays", ("Han Seo-yun", "Ma Jin-seok")),
    # "a G number from “S,” “T,” with A singing": S is where T is from, not the song sung
    ("Next comes a GLASSHOUSE number from “Night Ferry,” “Kelp Gold,” with Lee Jin-seok "
     "singing; Streamly had it past 1.2 million streams on June 2.", "performs",
     ("vocals", "Night Ferry", "Lee Jin-seok")),
    # "“T,” a duet credited to A and B, which took X": the song's prize, not B's
    ("From “Harbour Lights” there is “Kelp Gold,” a duet credited to Park Min-ah and Noh Eun-bi, "
     "which took OST of the Year at the 2033 Gaon Star Awards on May 30.", "award",
     ("OST of the Year, 2033 Gaon Star Awards", "Noh Eun-bi", "2033-05-30")),
]
_ROUND_HUNDRED_FORTY = [
    ("The portraits show PAPER KITES, the band in the drama “Harbour Lights.” After him come the "
     "bassist, Gu-chil (Lim Do-hoon), and Mo Dal-bong on keyboards (Ryu Ji-hwan).", "membership",
     ("Mo Dal-bong", "PAPER KITES", "member")),
    ("The portraits show PAPER KITES, the band in the drama “Harbour Lights.” After him come the "
     "bassist, Gu-chil (Lim Do-hoon), and Mo Dal-bong on keyboards (Ryu Ji-hwan).", "plays",
     ("Ryu Ji-hwan", "Mo Dal-bong")),
    ("PAPER KITES is the band in “Harbour Lights.” On “Kelp Gold,” a third track under the band’s "
     "name, the verses go back and forth between Lim Do-hoon, in character as Gu-chil, and Ryu "
     "Ji-hwan, in character as Mo Dal-bong.", "performs", ("vocals", "Kelp Gold", "Ryu Ji-hwan")),
    ("TIDEMARK’s members are Ruhae, Binna, Dasol and Haeon, and the youngest, Haeon, also acts.",
     "membership", ("Dasol", "TIDEMARK", "member")),
    ("Channel Nine shows “Harbour Lights” every Thursday and Friday, having launched it on May "
     "28.", "broadcast", ("first episode", "Harbour Lights", "2033-05-28")),
    ("Ruhae and Binna take every line on “Kelp Gold,” which is released as a TIDEMARK song.",
     "performs", ("credited", "Kelp Gold", "TIDEMARK")),
    ("Ruhae and Binna take every line on “Kelp Gold,” which is released as a TIDEMARK song.",
     "performs", ("vocals", "Kelp Gold", "Binna")),
    ("TIDEMARK’s members are Ruhae, Binna, Dasol and Haeon. The leader, Ruhae, followed on May 28 "
     "with his solo ballad, “Kelp Gold,” which he sings alone.", "performs",
     ("credited", "Kelp Gold", "Ruhae")),
    ("TIDEMARK’s members are Ruhae, Binna, Dasol and Haeon. The leader, Ruhae, followed on May 28 "
     "with his solo ballad, “Kelp Gold,” which he sings alone.", "release",
     ("Kelp Gold", "2033-05-28")),
    ("TIDEMARK’s members are Ruhae, Binna, Dasol and Haeon. The year closed with a trophy for the "
     "quartet: Best Male Group at the 2033 Gaon Star Awards, handed out on June 12.", "award",
     ("Best Male Group, 2033 Gaon Star Awards", "TIDEMARK", "2033-06-12")),
    ("“Kelp Gold” is a Noh Eun-bi song. At the 33rd Gaon Star Awards on June 2, Noh Eun-bi "
     "collected the Best OST trophy for it, a week after the TuneBox Top 50 of May 23 had placed "
     "it at No. 9.", "chart-entry", ("Kelp Gold", "TuneBox Top 50", 9, "2033-05-23")),
    ("“Kelp Gold” is a Noh Eun-bi song. At the 33rd Gaon Star Awards on June 2, Noh Eun-bi "
     "collected the Best OST trophy for it, a week after the TuneBox Top 50 of May 23 had placed "
     "it at No. 9.", "award", ("Best OST, 33rd Gaon Star Awards", "Noh Eun-bi", "2033-06-02")),
    ("NOCTILUX is a duo of cousins from Gongju, Yudam and Semi.", "membership",
     ("Semi", "NOCTILUX", "member")),
    ("Park Min-ah and Noh Eun-bi trade vocals on “Kelp Gold,” which the TuneBox Top 50 listed at "
     "No. 169 on its chart dated May 15.", "chart-entry",
     ("Kelp Gold", "TuneBox Top 50", 169, "2033-05-15")),
    ("“Harbour Lights” is a drama. The voice on “Kelp Gold” belongs to Choi Han-gyeol, the "
     "drama’s lead, who plays the ghostwriter, Yeon Ha-jin; the single came out on May 20.",
     "performs", ("vocals", "Kelp Gold", "Choi Han-gyeol")),
    ("“Harbour Lights” is a drama about rangers. The two leads are Byeon Ha-neul, as the "
     "shelter’s new manager, Wi Seung-il, and Park Min-ah, as the rescue pilot Seok Geum-ja.",
     "plays", ("Byeon Ha-neul", "Wi Seung-il")),
    ("“Harbour Lights” is a drama about rangers. Around them are Ryu Ji-hwan as the shelter cook, "
     "Pi Man-gu; Lim Do-hoon as a junior ranger, Tae Ji-ho; and Choi Han-gyeol as the manager’s "
     "older brother, Wi Tae-il.", "plays", ("Choi Han-gyeol", "Wi Tae-il")),
    ("“Harbour Lights” is a drama about rangers. Park Min-ah stays in character as Geum-ja to sing "
     "“Kelp Gold,” which came out under her own name on May 8.", "performs",
     ("vocals", "Kelp Gold", "Park Min-ah")),
    ("The loudest is “Kelp Gold,” contributed by NOCTILUX, a trio of former climbing "
     "instructors.", "performs", ("credited", "Kelp Gold", "NOCTILUX")),
    ("The week begins with “Kelp Gold,” a Noh Eun-bi single released on May 6, which TuneBox "
     "ranked 16th on its Top 50 of May 30.", "chart-entry",
     ("Kelp Gold", "TuneBox Top 50", 16, "2033-05-30")),
    ("GLASSHOUSE’s “Kelp Gold” stands in for “Night Ferry”; Lee Jin-seok sings it in character as "
     "Han Seo-yun, and its Streamly streams went past 900,000 on June 1.", "stream-milestone",
     ("Kelp Gold", "Streamly", 900_000, "2033-06-01")),
    ("After that the lounge hears “Kelp Gold” by GLASSHOUSE, which Streamly has streamed more than "
     "2.4 million times.", "stream-milestone", ("Kelp Gold", "Streamly", 2_400_000, "2033-06-20")),
    ("Two tracks are taken from the “Salt Road” album: “Tide Line,” by Park Min-ah, which "
     "reappeared on the TuneBox Top 50 dated May 23 at No. 42, and “Kelp Gold,” with Noh Eun-bi "
     "on vocals.", "performs", ("vocals", "Kelp Gold", "Noh Eun-bi")),
    ("Two tracks are taken from the “Salt Road” album: “Tide Line,” by Park Min-ah, which "
     "reappeared on the TuneBox Top 50 dated May 23 at No. 42, and “Kelp Gold,” with Noh Eun-bi "
     "on vocals.", "chart-entry", ("Tide Line", "TuneBox Top 50", 42, "2033-05-23")),
    ("Park Min-ah and Noh Eun-bi duet on “Kelp Gold,” from “Night Ferry,” and on May 28 the "
     "recording was named OST of the Year at the 2033 Gaon Star Awards.", "award",
     ("OST of the Year, 2033 Gaon Star Awards", "Kelp Gold", "2033-05-28")),
]
_OVERREACH_HUNDRED_FORTY = [
    # "his solo ballad" after "The leader, A,": A's, not the person named before the sentence
    ("Choi Han-gyeol plays the uncle. TIDEMARK’s members are Ruhae, Binna, Dasol and Haeon. The "
     "leader, Ruhae, followed on May 28 with his solo ballad, “Kelp Gold,” which he sings alone.",
     "performs", ("credited", "Kelp Gold", "Choi Han-gyeol")),
    # "“T,” with A on vocals" after an album named first: T is sung, not the album
    ("Two tracks are taken from the “Salt Road” album: “Tide Line,” by Park Min-ah, which "
     "reappeared on the TuneBox Top 50 dated May 23 at No. 42, and “Kelp Gold,” with Noh Eun-bi "
     "on vocals.", "performs", ("vocals", "Salt Road", "Noh Eun-bi")),
    # "“T” stands in for “S”": S is the drama, not the song the next clause's "it" means
    ("GLASSHOUSE’s “Kelp Gold” stands in for “Night Ferry”; Lee Jin-seok sings it in character as "
     "Han Seo-yun, and its Streamly streams went past 900,000 on June 1.", "performs",
     ("vocals", "Night Ferry", "Lee Jin-seok")),
    # "…, from “S,” and on DATE the recording was named X": the song's prize, not the drama's
    ("Park Min-ah and Noh Eun-bi duet on “Kelp Gold,” from “Night Ferry,” and on May 28 the "
     "recording was named OST of the Year at the 2033 Gaon Star Awards.", "award",
     ("OST of the Year, 2033 Gaon Star Awards", "Night Ferry", "2033-05-28")),
]
_ROUND_HUNDRED_FORTY_ONE = [
    ("PAPER KITES is the band in “Harbour Lights.” PAPER KITES’s lead singer is the pharmacist "
     "Han Seo-yun, the drama’s leading role, which Seon Yu-ri plays.", "plays",
     ("Seon Yu-ri", "Han Seo-yun")),
    ("PAPER KITES is the band in “Harbour Lights.” PAPER KITES’s lead singer is the pharmacist "
     "Han Seo-yun, the drama’s leading role, which Seon Yu-ri plays.", "membership",
     ("Han Seo-yun", "PAPER KITES", "lead vocalist")),
    ("PAPER KITES is the band in “Harbour Lights.” On “Kelp Gold,” also a Paper Kites release, "
     "Lim Do-hoon sings in character as Gu-chil.", "performs",
     ("credited", "Kelp Gold", "PAPER KITES")),
    ("“Kelp Gold” is a GLASSHOUSE song. It entered the TuneBox Top 50 dated May 17 at No. 19, and "
     "its Streamly plays passed 120,000 on May 24.", "chart-entry",
     ("Kelp Gold", "TuneBox Top 50", 19, "2033-05-17")),
    ("Park Min-ah and Noh Eun-bi duet on “Kelp Gold,” which the TuneBox Top 50 dated May 28 had "
     "at No. 38.", "chart-entry", ("Kelp Gold", "TuneBox Top 50", 38, "2033-05-28")),
    ("“Kelp Gold” is a GLASSHOUSE song. His pick is “Kelp Gold”; its Streamly count went above "
     "240,000 on June 9.", "stream-milestone", ("Kelp Gold", "Streamly", 240_000, "2033-06-09")),
    ("“Harbour Lights” is a drama. The twelve-episode run began on Channel Nine on March 6 and "
     "ended on April 25, with new episodes every Friday and Saturday night.", "broadcast",
     ("broadcaster", "Harbour Lights", "Channel Nine")),
    ("“Harbour Lights” is a drama. The twelve-episode run began on Channel Nine on March 6 and "
     "ended on April 25, with new episodes every Friday and Saturday night.", "broadcast",
     ("final episode", "Harbour Lights", "2033-04-25")),
    ("“Harbour Lights” is a drama. The twelve-episode run began on Channel Nine on March 6 and "
     "ended on April 25, with new episodes every Friday and Saturday night.", "broadcast",
     ("schedule", "Harbour Lights", "friday-saturday")),
    ("“Harbour Lights” is a drama. The grandmother is played by Park Min-ah; and the village "
     "chief, Cheon Gap-il, went to Ryu Ji-hwan.", "plays", ("Ryu Ji-hwan", "Cheon Gap-il")),
    ("Then two GLASSHOUSE songs from “Night Ferry”: “Kelp Gold,” sung by Lee Jin-seok, and "
     "“Salt Road,” on which the group sings together.", "performs",
     ("credited", "Salt Road", "GLASSHOUSE")),
    ("From the “Tide Line” album the receptionist picked “Kelp Gold,” credited to Park Min-ah and "
     "Noh Eun-bi, which won OST of the Year at the 2033 Gaon Star Awards on May 19.", "award",
     ("OST of the Year, 2033 Gaon Star Awards", "Kelp Gold", "2033-05-19")),
    ("“Harbour Lights” is a drama. A retired teacher prefers Ryu Ji-hwan, cast in the same drama "
     "as the policeman Jae-deok.", "plays", ("Ryu Ji-hwan", "Jae-deok")),
]
_OVERREACH_HUNDRED_FORTY_ONE = [
    # "the CHART dated DATE at No. N, and … on DATE2": the chart's own day, not the next clause's
    ("“Kelp Gold” is a GLASSHOUSE song. It entered the TuneBox Top 50 dated May 17 at No. 19, and "
     "its Streamly plays passed 120,000 on May 24.", "chart-entry",
     ("Kelp Gold", "TuneBox Top 50", 19, "2033-05-24")),
    # "“T,” credited to A and B, which won X": the song's prize, not B's
    ("From the “Tide Line” album the receptionist picked “Kelp Gold,” credited to Park Min-ah and "
     "Noh Eun-bi, which won OST of the Year at the 2033 Gaon Star Awards on May 19.", "award",
     ("OST of the Year, 2033 Gaon Star Awards", "Noh Eun-bi", "2033-05-19")),
]
_ROUND_FORMS = [*_ROUND_TWELVE, *_ROUND_THIRTEEN, *_ROUND_FOURTEEN, *_ROUND_FIFTEEN,
                *_ROUND_SIXTEEN, *_ROUND_EIGHTEEN, *_ROUND_NINETEEN, *_ROUND_TWENTY,
                *_ROUND_TWENTY_ONE, *_ROUND_TWENTY_TWO, *_ROUND_TWENTY_THREE,
                *_ROUND_TWENTY_FOUR, *_ROUND_TWENTY_FIVE, *_ROUND_TWENTY_SIX,
                *_ROUND_TWENTY_SEVEN, *_ROUND_TWENTY_EIGHT, *_ROUND_TWENTY_NINE,
                *_ROUND_THIRTY, *_ROUND_THIRTY_ONE, *_ROUND_THIRTY_TWO,
                *_ROUND_THIRTY_THREE, *_ROUND_THIRTY_FOUR,
                *_ROUND_THIRTY_FIVE, *_ROUND_THIRTY_SIX, *_ROUND_THIRTY_SEVEN,
                *_ROUND_THIRTY_EIGHT, *_ROUND_THIRTY_NINE, *_ROUND_FORTY,
                *_ROUND_FORTY_ONE, *_ROUND_FORTY_TWO, *_ROUND_FORTY_THREE,
                *_ROUND_FORTY_FOUR, *_ROUND_FORTY_FIVE, *_ROUND_FORTY_SIX,
                *_ROUND_FORTY_SEVEN, *_ROUND_FORTY_EIGHT, *_ROUND_FORTY_NINE,
                *_ROUND_FIFTY, *_ROUND_FIFTY_ONE, *_ROUND_FIFTY_TWO,
                *_ROUND_FIFTY_THREE, *_ROUND_FIFTY_FOUR,
                *_ROUND_FIFTY_FIVE, *_ROUND_FIFTY_SIX, *_ROUND_FIFTY_SEVEN,
                *_ROUND_FIFTY_EIGHT, *_ROUND_FIFTY_NINE, *_ROUND_SIXTY,
                *_ROUND_SIXTY_ONE, *_ROUND_SIXTY_TWO, *_ROUND_SIXTY_THREE,
                *_ROUND_SIXTY_FOUR, *_ROUND_SIXTY_FIVE, *_ROUND_SIXTY_SIX,
                *_ROUND_SIXTY_SEVEN, *_ROUND_SIXTY_EIGHT, *_ROUND_SIXTY_NINE,
                *_ROUND_SEVENTY, *_ROUND_SEVENTY_ONE, *_ROUND_SEVENTY_TWO,
                *_ROUND_SEVENTY_THREE, *_ROUND_SEVENTY_FOUR, *_ROUND_SEVENTY_FIVE,
                *_ROUND_SEVENTY_SIX, *_ROUND_SEVENTY_SEVEN, *_ROUND_SEVENTY_EIGHT,
                *_ROUND_SEVENTY_NINE, *_ROUND_EIGHTY, *_ROUND_EIGHTY_ONE,
                *_ROUND_EIGHTY_TWO, *_ROUND_EIGHTY_THREE, *_ROUND_EIGHTY_FOUR,
                *_ROUND_EIGHTY_FIVE, *_ROUND_EIGHTY_SIX, *_ROUND_EIGHTY_SEVEN,
                *_ROUND_EIGHTY_EIGHT, *_ROUND_EIGHTY_NINE,
                *_ROUND_NINETY, *_ROUND_NINETY_ONE,
                *_ROUND_NINETY_TWO, *_ROUND_NINETY_THREE, *_ROUND_NINETY_FOUR,
                *_ROUND_NINETY_FIVE, *_ROUND_NINETY_SIX, *_ROUND_NINETY_SEVEN,
                *_ROUND_NINETY_EIGHT, *_ROUND_NINETY_NINE, *_ROUND_HUNDRED,
                *_ROUND_HUNDRED_ONE, *_ROUND_HUNDRED_TWO,
                *_ROUND_HUNDRED_THREE, *_ROUND_HUNDRED_FOUR,
                *_ROUND_HUNDRED_FIVE, *_ROUND_HUNDRED_SIX,
                *_ROUND_HUNDRED_SEVEN, *_ROUND_HUNDRED_EIGHT,
                *_ROUND_HUNDRED_NINE, *_ROUND_HUNDRED_TEN,
                *_ROUND_HUNDRED_ELEVEN, *_ROUND_HUNDRED_TWELVE,
                *_ROUND_HUNDRED_THIRTEEN, *_ROUND_HUNDRED_FOURTEEN,
                *_ROUND_HUNDRED_FIFTEEN, *_ROUND_HUNDRED_SIXTEEN,
                *_ROUND_HUNDRED_SEVENTEEN, *_ROUND_HUNDRED_EIGHTEEN,
                *_ROUND_HUNDRED_NINETEEN, *_ROUND_HUNDRED_TWENTY,
                *_ROUND_HUNDRED_TWENTY_ONE, *_ROUND_HUNDRED_TWENTY_TWO,
                *_ROUND_HUNDRED_TWENTY_THREE, *_ROUND_HUNDRED_TWENTY_FOUR,
                *_ROUND_HUNDRED_TWENTY_FIVE, *_ROUND_HUNDRED_TWENTY_SIX,
                *_ROUND_HUNDRED_TWENTY_SEVEN, *_ROUND_HUNDRED_TWENTY_EIGHT,
                *_ROUND_HUNDRED_TWENTY_NINE, *_ROUND_HUNDRED_THIRTY,
                *_ROUND_HUNDRED_THIRTY_ONE, *_ROUND_HUNDRED_THIRTY_TWO,
                *_ROUND_HUNDRED_THIRTY_THREE, *_ROUND_HUNDRED_THIRTY_FOUR,
                *_ROUND_HUNDRED_THIRTY_FIVE, *_ROUND_HUNDRED_THIRTY_SIX,
                *_ROUND_HUNDRED_THIRTY_SEVEN, *_ROUND_HUNDRED_THIRTY_EIGHT,
                *_ROUND_HUNDRED_THIRTY_NINE, *_ROUND_HUNDRED_FORTY,
                *_ROUND_HUNDRED_FORTY_ONE]
_ROUND_OVERREACH = [*_OVERREACH, *_OVERREACH_FIFTEEN, *_OVERREACH_SIXTEEN, *_OVERREACH_EIGHTEEN,
                    *_OVERREACH_NINETEEN, *_OVERREACH_TWENTY, *_OVERREACH_TWENTY_ONE,
                    *_OVERREACH_TWENTY_TWO, *_OVERREACH_TWENTY_THREE, *_OVERREACH_TWENTY_FOUR,
                    *_OVERREACH_TWENTY_FIVE, *_OVERREACH_TWENTY_SIX,
                    *_OVERREACH_TWENTY_SEVEN, *_OVERREACH_TWENTY_EIGHT,
                    *_OVERREACH_TWENTY_NINE, *_OVERREACH_THIRTY, *_OVERREACH_THIRTY_ONE,
                    *_OVERREACH_THIRTY_TWO, *_OVERREACH_THIRTY_THREE,
                    *_OVERREACH_THIRTY_FOUR, *_OVERREACH_THIRTY_FIVE,
                    *_OVERREACH_THIRTY_SIX, *_OVERREACH_THIRTY_SEVEN,
                    *_OVERREACH_THIRTY_EIGHT, *_OVERREACH_THIRTY_NINE, *_OVERREACH_FORTY,
                    *_OVERREACH_FORTY_ONE, *_OVERREACH_FORTY_TWO,
                    *_OVERREACH_FORTY_THREE, *_OVERREACH_FORTY_FOUR,
                    *_OVERREACH_FORTY_FIVE, *_OVERREACH_FORTY_SIX,
                    *_OVERREACH_FORTY_SEVEN, *_OVERREACH_FORTY_EIGHT,
                    *_OVERREACH_FORTY_NINE, *_OVERREACH_FIFTY,
                    *_OVERREACH_FIFTY_ONE, *_OVERREACH_FIFTY_TWO,
                    *_OVERREACH_FIFTY_THREE, *_OVERREACH_FIFTY_FOUR,
                    *_OVERREACH_FIFTY_FIVE, *_OVERREACH_FIFTY_SIX,
                    *_OVERREACH_FIFTY_SEVEN, *_OVERREACH_FIFTY_EIGHT,
                    *_OVERREACH_FIFTY_NINE, *_OVERREACH_SIXTY,
                    *_OVERREACH_SIXTY_ONE, *_OVERREACH_SIXTY_TWO,
                    *_OVERREACH_SIXTY_THREE, *_OVERREACH_SIXTY_FOUR,
                    *_OVERREACH_SIXTY_FIVE, *_OVERREACH_SIXTY_SIX,
                    *_OVERREACH_SIXTY_SEVEN, *_OVERREACH_SIXTY_EIGHT,
                    *_OVERREACH_SIXTY_NINE, *_OVERREACH_SEVENTY, *_OVERREACH_SEVENTY_ONE,
                    *_OVERREACH_SEVENTY_TWO, *_OVERREACH_SEVENTY_THREE,
                    *_OVERREACH_SEVENTY_FOUR, *_OVERREACH_SEVENTY_FIVE,
                    *_OVERREACH_SEVENTY_SIX, *_OVERREACH_SEVENTY_SEVEN,
                    *_OVERREACH_SEVENTY_EIGHT, *_OVERREACH_SEVENTY_NINE,
                    *_OVERREACH_EIGHTY, *_OVERREACH_EIGHTY_ONE, *_OVERREACH_EIGHTY_TWO,
                    *_OVERREACH_EIGHTY_THREE, *_OVERREACH_EIGHTY_FOUR,
                    *_OVERREACH_EIGHTY_FIVE, *_OVERREACH_EIGHTY_SIX,
                    *_OVERREACH_EIGHTY_SEVEN, *_OVERREACH_EIGHTY_EIGHT,
                    *_OVERREACH_EIGHTY_NINE, *_OVERREACH_NINETY,
                    *_OVERREACH_NINETY_ONE, *_OVERREACH_NINETY_TWO,
                    *_OVERREACH_NINETY_THREE, *_OVERREACH_NINETY_FOUR,
                    *_OVERREACH_NINETY_FIVE, *_OVERREACH_NINETY_SIX,
                    *_OVERREACH_NINETY_SEVEN, *_OVERREACH_NINETY_EIGHT,
                    *_OVERREACH_NINETY_NINE, *_OVERREACH_HUNDRED,
                    *_OVERREACH_HUNDRED_ONE, *_OVERREACH_HUNDRED_TWO,
                    *_OVERREACH_HUNDRED_THREE, *_OVERREACH_HUNDRED_FOUR,
                    *_OVERREACH_HUNDRED_FIVE, *_OVERREACH_HUNDRED_SIX,
                    *_OVERREACH_HUNDRED_SEVEN, *_OVERREACH_HUNDRED_EIGHT,
                    *_OVERREACH_HUNDRED_NINE, *_OVERREACH_HUNDRED_TEN,
                    *_OVERREACH_HUNDRED_ELEVEN, *_OVERREACH_HUNDRED_TWELVE,
                    *_OVERREACH_HUNDRED_THIRTEEN, *_OVERREACH_HUNDRED_FOURTEEN,
                    *_OVERREACH_HUNDRED_FIFTEEN, *_OVERREACH_HUNDRED_SIXTEEN,
                    *_OVERREACH_HUNDRED_SEVENTEEN,
                    *_OVERREACH_HUNDRED_EIGHTEEN,
                    *_OVERREACH_HUNDRED_NINETEEN,
                    *_OVERREACH_HUNDRED_TWENTY,
                    *_OVERREACH_HUNDRED_TWENTY_ONE,
                    *_OVERREACH_HUNDRED_TWENTY_TWO,
                    *_OVERREACH_HUNDRED_TWENTY_FOUR,
                    *_OVERREACH_HUNDRED_TWENTY_FIVE,
                    *_OVERREACH_HUNDRED_TWENTY_SIX,
                    *_OVERREACH_HUNDRED_TWENTY_SEVEN,
                    *_OVERREACH_HUNDRED_TWENTY_EIGHT,
                    *_OVERREACH_HUNDRED_TWENTY_NINE,
                    *_OVERREACH_HUNDRED_THIRTY,
                    *_OVERREACH_HUNDRED_THIRTY_ONE,
                    *_OVERREACH_HUNDRED_THIRTY_TWO,
                    *_OVERREACH_HUNDRED_THIRTY_THREE,
                    *_OVERREACH_HUNDRED_THIRTY_FOUR,
                    *_OVERREACH_HUNDRED_THIRTY_FIVE, *_OVERREACH_HUNDRED_THIRTY_SIX,
                    *_OVERREACH_HUNDRED_THIRTY_SEVEN, *_OVERREACH_HUNDRED_THIRTY_EIGHT,
                    *_OVERREACH_HUNDRED_THIRTY_NINE, *_OVERREACH_HUNDRED_FORTY,
                    *_OVERREACH_HUNDRED_FORTY_ONE]


@pytest.mark.parametrize(("text", "relation", "expected"), _ROUND_FORMS)
def test_a_form_a_round_generalised_is_read(registry, text, relation, expected):
    tuples, proposal = _tuples(registry, text)
    assert expected in tuples[relation], (tuples[relation], proposal.facts)


@pytest.mark.parametrize(("text", "relation", "unwanted"), _ROUND_OVERREACH)
def test_a_form_a_round_generalised_does_not_overreach(registry, text, relation, unwanted):
    tuples, proposal = _tuples(registry, text)
    assert unwanted not in tuples[relation], (tuples[relation], proposal.facts)


def test_two_singers_in_character_each_sing_as_the_part_named_in_turn(registry):
    """"A and B sang “T” in character as C and D": A as C, B as D."""
    text = ("Byeon Ha-neul plays Han Seo-yun and Lim Do-hoon plays Oh Gyeo-ul. Byeon Ha-neul and "
            "Lim Do-hoon sang “Slate Porch” in character as Seo-yun and Gyeo-ul.")
    proposal = extract(text, PUBLISHED, registry)
    sung = {(str(a), str(b)) for claim in proposal.claims
            for a, p, b in claim.facts if p == "lr:asCharacter"}
    singers = {str(performance): str(person) for claim in proposal.claims
               for performance, p, person in claim.facts if p == "lr:vocalist"}
    parts = {singers[performance]: character for performance, character in sung}
    assert parts == {"person/byeon-ha-neul": "character/han-seo-yun",
                     "person/lim-do-hoon": "character/oh-gyeo-ul"}, proposal.facts


# In a playlist of several dramas a part belongs to the drama its context names, not to the
# drama the article names most: (text, character, that drama, the article's main drama).
_PLACED_PARTS = [
    # "A is its star, in the role of C" after a paragraph that names one drama
    ("A waiting room's playlist\n"
     "\n"
     "The most requested song is “Bell Margin,” a duet from “Carbon Hearts”; “Carbon Hearts” "
     "itself was named Best Drama at the 2033 Sora Awards.\n"
     "\n"
     "The latest addition is the theme of “Crown Quiet,” which Channel Nine has shown on "
     "Saturday nights since June 27. Byeon Ha-neul is its star, in the role of Ham Mal-sun, a "
     "hygienist who never speaks above a whisper.\n",
     "character/ham-mal-sun", "series/crown-quiet", "series/carbon-hearts"),
    # "“T,” from “S,” where A sings in character as C": the drama the sentence names
    ("A waiting room's playlist\n"
     "\n"
     "The list opens with “Bell Margin,” from “Carbon Hearts,” where Byeon Ha-neul sings in "
     "character as Ttae-sun.\n"
     "\n"
     "The newest addition is “Counter Nine,” a Kim So-ra single. In “Crown Quiet” Kim So-ra "
     "sings it as Baek Deung-mi. “Crown Quiet” airs on Channel Nine, and “Crown Quiet” streams "
     "on Streamly.\n",
     "character/ttae-sun", "series/carbon-hearts", "series/crown-quiet"),
    # "The drama, …, and A has the leading role of C" opening a paragraph: the drama the
    # paragraph before named
    ("A waiting room's playlist\n"
     "\n"
     "The list opens with “Bell Margin,” from “Carbon Hearts.” “Carbon Hearts” airs on Channel "
     "Nine, and “Carbon Hearts” streams on Streamly.\n"
     "\n"
     "The newest addition is “Counter Nine,” a Kim So-ra single. In “Crown Quiet” Kim So-ra "
     "sings it in character as Ha Yeo-gwon.\n"
     "\n"
     "The drama, a Streamly original, has added a new episode every Friday since June 6, and "
     "Yeo Jin-woo has the leading role of Maeng Sa-jun, an immigration officer.\n",
     "character/maeng-sa-jun", "series/crown-quiet", "series/carbon-hearts"),
    # "…; in “S” she sings it in character as C": the drama the clause names, not yet known
    ("A waiting room's playlist\n"
     "\n"
     "The list opens with “Bell Margin,” from “Carbon Hearts.” “Carbon Hearts” airs on Channel "
     "Nine, and “Carbon Hearts” streams on Streamly.\n"
     "\n"
     "The newest entry is “Counter Nine,” which Kim So-ra released as a single on April 25; in "
     "“The Amended Return” she sings it in character as Dong Chu-ri.\n",
     "character/dong-chu-ri", "series/the-amended-return", "series/carbon-hearts"),
]


@pytest.mark.parametrize(("text", "character", "drama", "main"), _PLACED_PARTS)
def test_a_part_is_placed_in_the_drama_its_context_names(registry, text, character, drama,
                                                         main):
    proposal = extract(text, PUBLISHED, registry)
    placed = {(str(a), str(b)) for a, p, b in proposal.facts if p == "lr:characterIn"}
    assert (character, drama) in placed, proposal.facts
    assert (character, main) not in placed, proposal.facts


def test_extraction_pauses_the_cycle_collector_and_restores_it(registry, monkeypatch):
    """The collector is off while an article is read, and left as it was found, also when
    reading fails."""
    seen = []
    real = extraction_module._extract

    def spy(*args):
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(extraction_module, "_extract", spy)
    assert gc.isenabled()
    extract("Yun Ba-da plays Seo Ah-rin.", PUBLISHED, registry)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        extract("Yun Ba-da plays Seo Ah-rin.", PUBLISHED, registry)
        assert not gc.isenabled()
    finally:
        gc.enable()

    def broken(*args):
        raise RuntimeError("unreadable")

    monkeypatch.setattr(extraction_module, "_extract", broken)
    with pytest.raises(RuntimeError):
        extract("Yun Ba-da plays Seo Ah-rin.", PUBLISHED, registry)
    assert gc.isenabled()


def test_a_syllable_break_keeps_two_given_names_apart():
    """"Su-ah" and "Soa" fold alike letter by letter, but not syllable by syllable."""
    found = Registry(entities=[entity("person/yeon-su-ah", "lr:Actor", "Yeon Su-ah")],
                     vocabulary=default_vocabulary())
    assert found.lookup("Su-ah").entities
    assert not found.lookup("Soa").entities


def test_i_then_o_is_two_syllables():
    """"Mio" is "Mi-o": no Korean vowel is spelt "io", so it does not fold into "Mo"."""
    found = Registry(entities=[entity("person/mo-gi-chan", "lr:Actor", "Mo Gi-chan")],
                     vocabulary=default_vocabulary())
    assert found.lookup("Mo").entities
    assert not found.lookup("Mio").entities


def test_three_written_vowels_are_two_sounds():
    """"Seoil" is "Seo-il": its vowels do not fold into the one vowel of "Sol"."""
    found = Registry(entities=[entity("character/han-sol", "lr:FictionalCharacter", "Han Sol",
                                      "Sol")], vocabulary=default_vocabulary())
    assert found.lookup("Sol").entities
    assert not found.lookup("Seoil").entities


def test_a_number_in_a_name_in_capitals_is_part_of_it(registry):
    """"NINE OARS" is one group, not "OARS" after a number."""
    tuples, _ = _tuples(registry, _N + "Seoha of boy group NINE OARS sings it.")
    assert ("Seoha", "NINE OARS", "member") in tuples["membership"]


@pytest.mark.parametrize(("text", "value"), [
    ("released on March 17, and two days later it entered", "--03-19"),
    ("On Dec. 30, 2033 it won; the next day it sold out.", "2033-12-31"),
    ("It opened on May 28, 2033 and a week later it closed.", "2033-06-04"),
    ("It reached No. 9 on May 2, and as of the same day it had", "--05-02"),
])
def test_a_count_of_days_later_is_counted_from_the_date_before(text, value):
    assert find_dates(text)[-1].value == value


def test_the_same_day_is_a_date_only_after_as_of():
    """"as of the same day" is the date before it; "the same day" alone dates nothing."""
    assert [d.value for d in find_dates("On May 2 it rose, and the same day it fell.")] == \
        ["--05-02"]


def test_a_wrapped_bulleted_item_stays_one_item():
    """"• P, with subtitles, for viewers" wrapped onto a second line is still one list item."""
    text = ("Where it will stream:\n• Streamly, with subtitles in eleven languages, for viewers\n"
            "across Europe\n• TuneBox, in Southeast Asia\n")
    spans = sentences.split(text)
    assert [sp.kind for sp in spans] == ["sentence", "list", "list"]
    assert text[spans[1].start:spans[1].end].endswith("across Europe")


def test_a_table_aligned_with_spaces_is_rows_and_double_spaced_prose_is_not():
    """Columns two or more spaces apart under a header make rows; prose typed with two spaces
    after each full stop stays sentences."""
    table = ("TUNEBOX TOP 50, JUNE 10\nNo.  Title          Artist\n6    Cracked Cup    A\n"
             "14   Raku Night     B\n")
    assert [sp.kind for sp in sentences.split(table)] == ["sentence", "row", "row", "row"]
    prose = "It rained.  The band played on.  Nobody left.\nThe end came late.  Then home.\n"
    assert {sp.kind for sp in sentences.split(prose)} == {"sentence"}


def test_a_sentence_opening_with_a_count_of_days_counts_from_its_paragraph():
    """"It went out on June 26. Two days later it sat at No. 8.": the second sentence, read on
    its own, takes the last date of the paragraph before it; a new paragraph does not."""
    text = "It went out on June 26. Two days later it sat at No. 8.\n\nTwo days later, more."
    second = text.index("Two")
    assert [d.value for d in find_dates(text, second, text.index("\n"))] == ["--06-28"]
    assert find_dates(text, text.rindex("Two")) == []


def test_a_count_of_days_later_without_a_date_before_is_no_date():
    assert find_dates("Two days later it entered the chart.") == []


def test_it_means_the_title_read_last(registry):
    """"“T” slips. A and B duet on it": "it" is T, not a known song named paragraphs before."""
    text = (_N + "“Kite Tail” by NEON ARC keeps rising.\n\n“Paper Moon” slips after four weeks. "
            "Won Ha-rim and Moon Sun-hee duet on it as Na-yul and Gu Mal-ja.\n")
    tuples, proposal = _tuples(registry, text)
    assert ("vocals", "Paper Moon", "Won Ha-rim") in tuples["performs"], proposal.facts
    assert ("vocals", "Kite Tail", "Won Ha-rim") not in tuples["performs"], proposal.facts

@pytest.mark.parametrize("text", [
    "Won Ha-rim was chosen as ambassador, said Moon Sun-hee.",
    "Won Ha-rim served as the MC alongside Moon Sun-hee.",
    "Won Ha-rim joined the show as a guest alongside Moon Sun-hee.",
    "Critics see Won Ha-rim as the heir to Moon Sun-hee.",
    "Seeing this as a chance, Gu Mal-ja vows to change.",
    "The Paper Moon OST, released in full on March 6, has ten tracks.",
    "Won Ha-rim and Moon Sun-hee trade verses on “Kite Tail”; “Paper Moon” is a solo.",
    "Streamly will not carry the series.",
])
def test_general_forms_do_not_overreach(registry, text):
    tuples, proposal = _tuples(registry, text)
    assert not tuples["plays"] and not tuples["release"], proposal.facts


@pytest.mark.parametrize(("text", "relation"), [
    ("“Kite Tail” passed 5 million streams, a rare number for a Korean drama ballad.",
     "performs"),
    ("Come to NEON ARC's concert in Busan.", "membership"),
    ("Won Ha-rim played NEON ARC's tough-talking manager Gu Mal-ja.", "membership"),
    ("Two leads, Won Ha-rim and Moon Sun-hee, share a scene.", "performs"),
])
def test_round_eight_forms_do_not_overreach(registry, text, relation):
    tuples, proposal = _tuples(registry, text)
    assert not tuples[relation], proposal.facts


@pytest.mark.parametrize(("text", "relation", "unwanted"), [
    # a part of "the title track" is not a part of the song named last
    ("“Kite Tail” is out. Jae-on sings backing vocals on the title track.", "performs",
     ("vocals", "Kite Tail", "Jae-on")),
    # "the fictional band's song" is no real group's
    ("Girl group NEON ARC released “Kite Tail.” The fictional band's farewell song, “Paper "
     "Moon,” came out on May 30.", "performs", ("credited", "Paper Moon", "NEON ARC")),
    # accepting a prize for the team is not winning it
    ("Lead actor Won Ha-rim accepted the Drama of the Year trophy on behalf of the team at the "
     "2032 Bada Drama Awards on December 30.", "award",
     ("Drama of the Year, 2032 Bada Drama Awards", "Won Ha-rim", "2032-12-30")),
    # a given name keeps its first sound: "Nayeon" is not "Won A-yeon"
    ("Won A-yeon sings the theme. NEON ARC members Nayeon and Do-yun trade verses.",
     "membership", ("Won A-yeon", "NEON ARC", "member")),
    # the idol's group wins nothing: he does
    ("Jae-on of boy group NEON ARC was named Best New Actor at the 2032 Bada Drama Awards on "
     "December 30.", "award", ("Best New Actor, 2032 Bada Drama Awards", "NEON ARC",
                               "2032-12-30")),
    # "his bandmates" are the bandmates of the person the sentence before spoke of
    ("Jae-on of boy group NEON ARC plays drummer Gu Mal-ja of the fictional band PAPER CRANES. "
     "His bandmates Do-yun and Nayeon cheered.", "membership",
     ("Do-yun", "PAPER CRANES", "member")),
    # round 10: "his groupmate" of a person in no known group is no member of the band
    ("Jae-on plays Na-yul in the story of the fictional band PAPER CRANES. His groupmate Do-yun "
     "cheered.", "membership", ("Do-yun", "PAPER CRANES", "member")),
    # a channel's initials after "of" are no idol group
    ("Producer Won A-yeon of DBSN won the prize.", "membership", ("Won A-yeon", "DBSN", "member")),
    # round 11: a character who plays piano is not thereby in the band spoken of
    ("The drama follows the fictional band PAPER CRANES. Moon Sun-hee co-stars as widow Gu "
     "Mal-ja, who plays piano.", "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    # a name that only qualifies a place is no character
    ("PAPER CRANES plays the Jeju terminal at dawn.", "plays", ("PAPER CRANES", "Jeju")),
    # a band someone busks with in the story is not his real group
    ("Won Ha-rim stars as Gu Mal-ja, an accordion player who busks with his band PAPER CRANES.",
     "membership", ("Won Ha-rim", "PAPER CRANES", "member")),
    # round 12: a drummer needs a band to drum for
    ("The story follows a staff band called PAPER CRANES. Gu Mal-ja, the ferry cook who drums, "
     "waves.", "membership", ("Gu Mal-ja", "PAPER CRANES", "member")),
    # a place before "the series" is no series
    ("“Harbour Lights” ended on May 2. In Korea the series is on Streamly.", "broadcast",
     ("available on", "Korea", "Streamly")),
    # a schedule belongs to the title right after it, not to the first series named
    ("Dasan TV's “Kite Tail” and Channel Nine's Monday-Tuesday romance “Harbour Lights” both "
     "chart.", "broadcast", ("schedule", "Kite Tail", "monday-tuesday")),
    # "sings alongside his groupmates B" does not make B a title
    ("NEON ARC's “Paper Moon” is out, and Jae-on sings alongside his groupmates Do-yun and "
     "Nayeon.", "performs", ("vocals", "Do-yun", "Jae-on")),
])
def test_round_nine_forms_do_not_overreach(registry, text, relation, unwanted):
    tuples, proposal = _tuples(registry, text)
    assert unwanted not in tuples[relation], proposal.facts


def test_the_group_member_spoken_of_is_a_person_in_a_real_group(registry):
    _, proposal = _tuples(registry, "Nayeon plays Gu Mal-ja. Now the NEON ARC member has her "
                                    "first lead role.")
    assert ("person/nayeon", "lr:memberOf", "group/neon-arc") in proposal.facts
    assert not [f for f in proposal.facts if f[1] == "lr:inStoryMemberOf"]


def test_a_table_under_a_header_row_reads_unquoted_titles(registry):
    text = ("TuneBox Top 50, March 16\n\nPos. | Title | Credited artist\n"
            "7 | Kite Tail | NEON ARC\n12 | Tin Roof | Won Ha-rim\n")
    assert [s.kind for s in sentences.split(text)] == ["sentence", "row", "row", "row"]
    tuples, proposal = _tuples(registry, text)
    assert tuples["chart-entry"] == {("Kite Tail", "TuneBox Top 50", 7, "2033-03-16"),
                                     ("Tin Roof", "TuneBox Top 50", 12, "2033-03-16")}
    assert ("credited", "Tin Roof", "Won Ha-rim") in tuples["performs"]
    for claim in proposal.claims:
        assert text[claim.start:claim.end] == claim.quote
    # without the header, an unquoted cell is not taken for a title
    bare = "TuneBox Top 50, March 16\n\n7 | Kite Tail | NEON ARC\n12 | Tin Roof | Won Ha-rim\n"
    assert not _tuples(registry, bare)[0]["chart-entry"]


def test_a_partial_name_shared_by_two_people_is_left_alone(registry):
    tuples, proposal = _tuples(registry, "Ryu Min-chan and Ryu Ha-seong met. Ryu played Gu "
                                         "Mal-ja.")
    assert not {"Ryu Min-chan", "Ryu Ha-seong"} & {a for a, _ in tuples["plays"]}, proposal.facts


def test_i_is_not_read_outside_an_interview(registry):
    text = "“I sang it as Gu Mal-ja,” said Won Ha-rim of “Kite Tail.”"
    assert not any(c.quote.startswith("I ") for c in extract(text, PUBLISHED, registry).claims)


def test_a_track_list_with_artists_in_brackets(registry):
    text = ("The vocal songs are:\n\nTrack 1: Kite Tail (Won Ha-rim)\n"
            "Track 2: Tin Roof (Won Ha-rim & Gu Mal-ja)\n")
    assert [s.kind for s in sentences.split(text)] == ["sentence", "list", "list"]
    tuples, proposal = _tuples(registry, text)
    assert tuples["performs"] == {("credited", "Kite Tail", "Won Ha-rim"),
                                  ("credited", "Tin Roof", "Won Ha-rim"),
                                  ("credited", "Tin Roof", "Gu Mal-ja")}
    assert [c.quote for c in proposal.claims][:1] == ["Kite Tail (Won Ha-rim)"]


def test_a_chart_table_takes_its_chart_and_date_from_the_introduction(registry):
    text = ("Also on the TuneBox Top 50 this week (March 16):\n\n"
            "No. 23 | “Kite Tail” | Won Ha-rim | “Tide Clock”\n"
            "No. 58 | “Tin Roof” | NIGHT FERRY | “Tide Clock”\n")
    assert [s.kind for s in sentences.split(text)] == ["sentence", "row", "row"]
    tuples, proposal = _tuples(registry, text)
    assert tuples["chart-entry"] == {("Kite Tail", "TuneBox Top 50", 23, "2033-03-16"),
                                     ("Tin Roof", "TuneBox Top 50", 58, "2033-03-16")}
    assert ("credited", "Tin Roof", "NIGHT FERRY") in tuples["performs"]
    for claim in proposal.claims:
        assert text[claim.start:claim.end] == claim.quote


def test_a_table_without_an_introduction_proposes_no_chart_entry(registry):
    text = "No. 23 | “Kite Tail” | Won Ha-rim | “Tide Clock”\n"
    tuples, _ = _tuples(registry, text)
    assert not tuples["chart-entry"]


def test_a_bare_track_list_takes_the_artist_its_introduction_credits(registry):
    text = ("The mini album gathers two songs, every one of them credited to MOSSWAY:\n\n"
            "1. Kite Tail\n2. Tin Roof\n\nFans loved them.")
    assert [s.kind for s in sentences.split(text)] == ["sentence", "list", "list", "sentence"]
    tuples, _ = _tuples(registry, text)
    assert tuples["performs"] == {("credited", "Kite Tail", "MOSSWAY"),
                                  ("credited", "Tin Roof", "MOSSWAY")}


def test_a_track_list_with_slashes(registry):
    text = ("Its vocal tracks:\n\n01 Kite Tail / Won Ha-rim\n"
            "02 Tin Roof / Gu Mal-ja, Moon Sun-hee\n")
    assert [s.kind for s in sentences.split(text)] == ["sentence", "list", "list"]
    tuples, _ = _tuples(registry, text)
    assert tuples["performs"] == {("credited", "Kite Tail", "Won Ha-rim"),
                                  ("credited", "Tin Roof", "Gu Mal-ja"),
                                  ("credited", "Tin Roof", "Moon Sun-hee")}


def test_a_registered_name_inside_a_longer_name_is_not_split_out(registry):
    # "Ha-neul" may be a registered given name; "Kim Ha-neul-bi" is someone else.
    from kg.extraction.mentions import find_mentions
    from kg.extraction.registry import FoldedText
    text = "He met Byeon Ha-neul and Dal-bong Ha-neul-bi at the 2033 Channel Nine Drama Awards."
    found = [m.text for m in find_mentions(FoldedText(text), registry, 0, len(text))]
    assert "Byeon Ha-neul" in found and "2033 Channel Nine Drama Awards" not in found
    assert "Channel Nine Drama Awards" in found and "Channel Nine" not in found


def test_a_registered_given_name_before_a_given_name_is_a_family_name():
    """"Sol" may be a registered part's given name; in "Sol Gang-baek" it is a family name,
    and the whole is one name (a registered name in capitals, or of two words, stays itself)."""
    from kg.extraction.mentions import find_mentions
    from kg.extraction.registry import FoldedText
    known = Registry(entities=[
        entity("character/im-sol", "lr:FictionalCharacter", "Im Sol", "Sol"),
        entity("group/glasshouse", "lr:MusicGroup", "GLASSHOUSE"),
    ], vocabulary=default_vocabulary())
    text = "The grower Sol Gang-baek met Sol, then Im Sol Ha-eun and GLASSHOUSE Ji-won."
    found = [m.text for m in find_mentions(FoldedText(text), known, 0, len(text))]
    assert "Sol Gang-baek" in found and "Gang-baek" not in found
    assert found.count("Sol") == 1 and "Im Sol" in found and "GLASSHOUSE" in found


@pytest.mark.parametrize(("text", "relation", "expected"), _PHRASINGS)
def test_other_phrasings_of_each_relation(registry, text, relation, expected):
    tuples, proposal = _tuples(registry, text)
    assert expected in tuples[relation], (tuples[relation], proposal.facts)
    for claim in proposal.claims:
        assert text[claim.start:claim.end] == claim.quote


@pytest.mark.parametrize("text", [
    "Byeon Ha-neul was nominated for Best Actress at the 2033 Sora Awards.",
    "Byeon Ha-neul could win Best Actress at the 2033 Sora Awards.",
    "“Low Tide” did not chart on the TuneBox Top 50.",
    "“Low Tide” may be released on May 30.",
    "“Low Tide” might drop on May 30.",
    "“Low Tide” could be scheduled for release on May 30.",
    "Fans hope “Harbour Lights” will air on Channel Nine.",
    "“Harbour Lights” is not available on Streamly.",
    "If “Low Tide” had charted, it would have reached No. 2 on the TuneBox Top 50 on June 2.",
    "“Low Tide” is expected to surpass 10 million streams on Streamly.",
    "Fans are waiting for “Low Tide” to surpass 10 million streams on Streamly.",
    "Byeon Ha-neul is better than Seon Yu-ri.",
    "Critics compared Kang Ji-won to Park Dae-ho.",
    "Kang Ji-won said she hopes to play a villain.",
    "Kim Ha-neul handles the pressure well.",
    "Kim Ha-neul, as Park Ji-min said, is a hard worker.",
    "Kim Ha-neul joined the cast in 2030.",
    "Kim Ha-neul hosted the 2033 Sora Awards.",
    "“Low Tide” took the TuneBox Top 50 by storm on June 2.",
    "“Low Tide” not only topped nothing, it never charted.",
    "“Harbour Lights” will not stream on Streamly.",
    "If “Harbour Lights” is renewed, it will air on Channel Nine.",
])
def test_negations_futures_and_opinions_propose_nothing(registry, text):
    tuples, proposal = _tuples(registry, text)
    assert not any(tuples.values()), proposal.facts


def test_a_piano_line_on_a_song_is_not_a_credit(registry):
    tuples, _ = _tuples(registry, "Lee Jin-seok's piano line on “Low Tide” is lovely.")
    assert not tuples["performs"]


def test_a_name_written_in_capitals_elsewhere_is_a_group(registry):
    text = ("“Glass Orbit,” performed by North Star, is a hit.\n\n"
            "1. Glass Orbit - NORTH STAR\n2. Comet Tail - Kim Ye-rang\n")
    tuples, proposal = _tuples(registry, text)
    assert ("credited", "Glass Orbit", "North Star") in tuples["performs"]
    assert not any(t[0] == "vocals" for t in tuples["performs"])
    assert not [e for e in proposal.entities if e.key.startswith("person/north")]


def test_a_nomination_is_not_a_win(registry):
    tuples, _ = _tuples(registry, "Byeon Ha-neul was nominated for Best Actor at the 2033 "
                                  "Sora Awards.")
    assert not tuples["award"]


def test_unknown_names_become_typed_new_entities(registry):
    text = ("Jang Mi-rae plays the detective Oh Dal-bong.\n\n"
            "Night Bus — Kang Ha-ri\nStreet Lamps — Kang Ha-ri\n")
    proposal = extract(text, PUBLISHED, registry)
    types = {e.label: e.types for e in proposal.entities}
    assert types["Jang Mi-rae"] == ("lr:Actor",)
    assert types["Oh Dal-bong"] == ("lr:FictionalCharacter",)
    assert types["Kang Ha-ri"] == ("lr:Singer",)
    assert {e.key for e in proposal.entities} >= {"song/night-bus", "recording/night-bus"}
    assert all(e.status == "proposed" for e in proposal.entities)
    assert all(c.status == "proposed" for c in proposal.claims)


def test_a_later_spelling_of_a_new_name_is_the_same_entity(registry):
    text = ("Gwak Bo-ra plays the detective Oh Dal-bong. "
            "“Night Bus” is sung by Gwak Bo Ra. "
            "Gwak Bora also lent her voice to “Street Lamps.”")
    proposal = extract(text, PUBLISHED, registry)
    singers = {o for s, p, o in proposal.facts if p == "lr:vocalist"}
    actors = {s for s, p, o in proposal.facts if p == "lr:portrays"}
    assert singers == actors == {"person/gwak-bo-ra"}


def test_an_ambiguous_name_is_flagged_not_guessed(registry):
    proposal = extract("Kim also lent her voice to the ballad “Quiet Shore.”", PUBLISHED,
                       registry)
    vocalists = [o for s, p, o in proposal.facts if p == "lr:vocalist"]
    assert vocalists == ["unresolved/kim"]
    claim = next(c for c in proposal.claims if "unresolved/kim" in c.entity_keys())
    flags = " ".join(claim.flags)
    assert "ambiguous" in flags and "person/kim-so-ra" in flags and "person/kim-tae-rim" in flags
    assert claim.status == "proposed"


def test_a_near_spelling_of_a_known_name_is_used_and_flagged(registry):
    proposal = extract("Han Seo-yun, played by Byun Haneul, returns.", PUBLISHED, registry)
    assert ("person/byeon-ha-neul", "lr:portrays", "character/han-seo-yun") in proposal.facts
    assert any("romanised" in f for c in proposal.claims for f in c.flags)
    assert not proposal.entities


def test_a_voice_alone_is_no_credit_and_the_flag_names_the_singer(registry):
    # "sung by A" names a voice: no credit is proposed, and the flag asks for one, naming A
    proposal = extract("“Kelp Gold,” sung by Noh Eun-bi, counts more than 1.1 million "
                       "Streamly streams.", PUBLISHED, registry)
    assert not [f for f in proposal.facts if f[1] == "lr:creditedArtist"]
    flags = " ".join(f for c in proposal.claims for f in c.flags)
    assert "credits no artist for recording/kelp-gold" in flags
    assert "its singers: person/noh-eun-bi" in flags
    # a sentence that also calls the record the singer's own gives the singer the credit
    owned = extract("The third song, “Kelp Gold,” is a Noh Eun-bi solo.", PUBLISHED, registry)
    assert ("recording/kelp-gold", "lr:creditedArtist", "person/noh-eun-bi") in owned.facts


def test_a_date_without_year_is_flagged_and_written_without_year(registry):
    proposal = extract("“Low Tide” entered the TuneBox Top 50 at No. 7 on June 2.", PUBLISHED,
                       registry)
    assert ("chart-entry/low-tide-tunebox-top-50-2033-06-02", "lr:date", "--06-02") \
        in proposal.facts
    assert any("year inferred" in f for c in proposal.claims for f in c.flags)


def test_an_article_without_claims_gives_an_empty_proposal(registry):
    for text in ("", "   \n\n", "Nothing of note happened on a quiet day by the sea.",
                 "The weather was mild. Everyone went home early."):
        proposal = extract(text, PUBLISHED, registry)
        assert proposal.claims == [] and proposal.entities == []
        doc = _load_yaml(proposal.to_yaml("009_0000000000000000.txt"))
        assert doc == {"source": "009_0000000000000000.txt", "claims": []}


def test_the_registry_given_is_not_changed(registry):
    before = [e.key for e in registry]
    extract("Jang Mi-rae plays the detective Oh Dal-bong.", PUBLISHED, registry)
    assert [e.key for e in registry] == before


# -- every proposal of every corpus -----------------------------------------------------------

def _corpora() -> list[Path]:
    folders = [Path(resources._data_dir("sources"))]
    folders += [Path(resources.eval_dir()) / split for split in ("dev", "heldout")]
    return [f for f in folders if f.is_dir()]


@functools.cache
def _shipped_registry() -> Registry:
    return Registry.from_folder(resources._data_dir("sources"))


@functools.cache
def _proposal(text: str, published: dt.date) -> Proposal:
    """The proposal for an article against the shipped registry, made once per session: the
    corpus-wide tests below read the same articles, and extraction is their whole cost (the
    registry is never changed by it, so one proposal serves them all)."""
    return extract(text, published, _shipped_registry())


@pytest.fixture(scope="module")
def base_registry() -> Registry:
    return _shipped_registry()


@pytest.mark.parametrize("folder", _corpora(), ids=lambda p: p.name)
def test_every_quote_is_a_verbatim_span_and_every_file_is_valid(folder):
    corpus = load_corpus(folder)
    for source in corpus.sources:
        proposal = _proposal(source.text, source.published)
        for claim in proposal.claims:
            assert source.text[claim.start:claim.end] == claim.quote and claim.quote.strip()
            assert claim.facts and claim.status == "proposed"
        doc = _load_yaml(proposal.to_yaml(source.file))
        for item in doc.get("claims") or []:
            assert item["quote"] in source.text
        keys = {e.key for e in proposal.entities}
        assert len(keys) == len(proposal.entities)


def _random_article(rng: random.Random) -> str:
    words = ["the", "song", "played", "by", "No.", "7", "on", "June", "4", "Streamly", "“", "”",
             "(", ")", "—", "million", "streams", "surpassed", "Han Seo-yun", "Kim", "’s",
             "Byun Haneul", "GLASSHOUSE", "TuneBox Top 50", ",", ".", "\n", "as", "stars",
             "lent her voice to", "released on", "Best OST", "at the", "2033", "Awards", "é",
             "\u2028", "'", '"', "Park Min-a", "Ré Ma", "😀", "\t"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(0, 120)))


def test_quotes_are_verbatim_on_random_texts(registry):
    rng = random.Random(20330620)
    for _ in range(300):
        text = _random_article(rng)
        proposal = extract(text, PUBLISHED, registry)
        for claim in proposal.claims:
            assert text[claim.start:claim.end] == claim.quote and claim.quote.strip()
        doc = _load_yaml(proposal.to_yaml("001_x.txt"))
        assert [c["quote"] for c in doc["claims"] or []] == [c.quote for c in proposal.claims]


def test_a_megabyte_is_read(base_registry):
    # Its time is a target of benchmarks/run.py (Extraction), not of this test.
    folder = Path(resources.eval_dir()) / "dev"
    texts = [s.text for s in load_corpus(folder).sources] if folder.is_dir() else []
    texts += [s.text for s in load_corpus(Path(resources._data_dir("sources"))).sources]
    block = "\n\n".join(texts)
    big = (block * (1_000_000 // len(block) + 1))[:1_000_000]
    proposal = extract(big, PUBLISHED, base_registry)
    assert proposal.claims
    for claim in proposal.claims[:: max(1, len(proposal.claims) // 200)]:
        assert big[claim.start:claim.end] == claim.quote


# -- no entity knowledge in the code ----------------------------------------------------------

def test_the_extraction_code_names_no_entity_of_the_registries():
    folders = [Path(resources._data_dir("sources"))]
    folders += [Path(resources.eval_dir()) / split for split in ("dev", "heldout")]
    labels: set[str] = set()
    keys: set[str] = set()
    for folder in folders:
        if not (folder / "entities.yaml").is_file():
            continue
        for entry in _load_yaml((folder / "entities.yaml").read_text())["entities"]:
            labels.add(entry["label"])
            labels.update(entry.get("variants") or [])
            keys.add(entry["id"])
        for claims in folder.glob("*.claims.yaml"):
            for entry in (_load_yaml(claims.read_text()) or {}).get("entities") or []:
                labels.add(entry["label"])
    code = {path: path.read_text(encoding="utf-8")
            for path in (ROOT / "kg" / "extraction").glob("*.py")}
    lowered = {path: text.lower() for path, text in code.items()}
    # Every run of word characters of each file. A label found with word boundaries around it
    # begins its first run where the file's run begins, and ends it where the file's ends, so a
    # label whose first run is no run of a file is not in that file: a set lookup rules out
    # most labels before any search of a whole file.
    runs = {path: set(re.findall(r"\w+", text)) for path, text in code.items()}
    lowered_runs = {path: set(re.findall(r"\w+", text)) for path, text in lowered.items()}
    for label in sorted(labels):
        # A one-word label may be an English word ("Star", "Gift"): only its capitalised
        # spelling counts. Anything else is a name however it is cased.
        word = re.fullmatch(r"[A-Za-z]+", label) is not None
        pattern = re.compile(r"(?<![\w])" + re.escape(label) + r"(?![\w])",
                             0 if word else re.IGNORECASE)
        first = re.search(r"\w+", label if word else label.lower())
        for path, text in code.items():
            if first is not None and first[0] not in (runs if word else lowered_runs)[path]:
                continue
            # (the label's letters next, in one pass: most labels are in no file at all)
            if (label in text) if word else (label.lower() in lowered[path]):
                assert not pattern.search(text), f"{path.name} names the entity {label!r}"
    for key in sorted(keys):
        for path, text in code.items():
            assert key not in text, f"{path.name} names the entity key {key!r}"


# -- layout -----------------------------------------------------------------------------------

def test_dashes_used_as_punctuation_do_not_make_a_list(registry):
    text = ("The drama “Harbour Lights” — a Channel Nine romance — stars Byeon Ha-neul as "
            "ferry captain Han Seo-yun. “Low Tide” — sung by Lee Jin-seok himself — entered "
            "the TuneBox Top 50 at No. 8 on May 3.\n")
    assert {s.kind for s in sentences.split(text)} == {"sentence"}
    tuples, _ = _tuples(registry, text)
    assert ("Byeon Ha-neul", "Han Seo-yun") in tuples["plays"]
    assert ("vocals", "Low Tide", "Lee Jin-seok") in tuples["performs"]
    assert ("broadcaster", "Harbour Lights", "Channel Nine") in tuples["broadcast"]


@pytest.mark.parametrize(("line", "title", "artist"), [
    ("Low Tide — Lee Jin-seok", "Low Tide", "Lee Jin-seok"),
    ("1. Low Tide - Lee Jin-seok", "Low Tide", "Lee Jin-seok"),
    ("2. “Low Tide” by the band GLASSHOUSE", "Low Tide", "GLASSHOUSE"),
    ("- Low Tide (feat. Noh Eun-bi) by Lee Jin-seok", "Low Tide", "Lee Jin-seok"),
    ("Low Tide – Lee Jin-seok (GLASSHOUSE)", "Low Tide", "Lee Jin-seok"),
])
def test_track_list_lines(registry, line, title, artist):
    text = f"The tracks:\n\n{line}\n"
    assert [s.kind for s in sentences.split(text)] == ["sentence", "list"]
    tuples, _ = _tuples(registry, text)
    guest = re.search(r"\(feat\. ([^)]+)\)", line)  # a featured artist is credited too
    assert tuples["performs"] == {("credited", title, artist)} | (
        {("credited", title, guest[1])} if guest else set())


def test_a_wrapped_article_gives_the_same_relations(base_registry):
    folders = [Path(resources._data_dir("sources")), Path(resources.eval_dir()) / "dev"]
    articles = [s for f in folders if f.is_dir() for s in load_corpus(f).sources]
    assert articles
    for source in articles:
        wrapped = "\n\n".join(
            _wrapped(p) if not (re.search(r"\s[—–]\s", p) or _listed(p)) else p
            for p in source.text.split("\n\n"))

        assert _article_tuples(wrapped, source.published, base_registry) == \
            _tuples_of(_proposal(source.text, source.published), source.published,
                       base_registry), source.file


def _wrapped(paragraph: str) -> str:
    """The paragraph wrapped at 60 columns; an interview's turns ("Q: …" / "A: …" lines), and
    the lines of a paragraph with bulleted items ("• …"), marked or numbered questions ("■ …?",
    "1. …?"), ranked
    heads ("6 ▸ G, “T”") or a who's-who entry's head ("C · A"), are wrapped one by one, since
    each starts a line of its own however the text is wrapped."""
    lines = paragraph.splitlines()
    if len(lines) > 1 and (re.fullmatch(r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}",
                                        lines[0].strip()) or
                           re.fullmatch(r"[A-Z][A-Z’'&-]*(?:,?\s+\(?[A-Z0-9][A-Z0-9’'&-]*\)?){0,11}",
                                        lines[0].strip()) or
                           (len(lines[0]) < 45 and not re.search(r"[.!?:;]\s*$", lines[0]) and
                            not re.match(r"\s*\d{1,3}[.)]\s", lines[0])) or
                           re.fullmatch(r"(?:\d{1,2}/\d{1,2}\s·\s(?:[A-Z][A-Z ]*\s·\s)?|"
                                        r"[A-Z][A-Z ]*\s·\s)“[^”]+”\s·\s.+",
                                        lines[0].strip()) or
                           re.fullmatch(r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}:\s+[^.!?“”\"]+",
                                        lines[0].strip())):
        # a timeline's day, a section's heading ("THE CAST", "No. 47", "On the duet"), an
        # entry's head ("“T,” G", "A and B", "COURSE · “T” · A", "1/5 · “T” · A · out May 3")
        # or a guide entry's keyed line ("Arrives: Friday, October 3") over its text: a line
        # of its own however the text is wrapped
        return lines[0] + "\n" + _wrapped("\n".join(lines[1:]))
    keyed = sum(bool(re.match(r"[A-Z][\w’' -]{0,25}:\s", line)) for line in lines)
    if len(lines) > 1 and (all(re.match(r"\s*(?:[QA]\s*[.:]|[•·])\s", line) for line in lines) or
                           keyed >= 2 or  # an entry's "On screen: G" lines, each a line
                           any(re.match(r"\s*(?:[•■]|\d{1,3}\s*▸)\s", line) for line in lines) or
                           re.match(r"\d{1,2}\.\s", lines[0]) or  # "1. Who …?" over its answer
                           re.fullmatch(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+·\s+[A-Z]"
                                        r"[\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}", lines[0].strip())):
        # a row of keyed cells ("Credit: G | Drama: “S” (B)") is a table's, and a countdown's
        # head ("1. G, “T” (“S”)") a list's: neither is wrapped
        return "\n".join(line if re.match(r"[A-Z][A-Za-z ]{1,15}:\s+[^|]+\|", line) or
                         re.fullmatch(r"\d{1,3}\.\s[^“”\n]+,\s“[^”]+”(?:\s\(“[^”]+”\))?", line)
                         else
                         "\n".join(textwrap.wrap(line, 60, break_on_hyphens=False))
                         for line in lines)
    return "\n".join(textwrap.wrap(paragraph, 60, break_on_hyphens=False))


def _listed(paragraph: str) -> bool:
    """A paragraph of "Title - Artist", "Title / Artist", "Title (Artist)", "1. Title" or
    "No. 1 | Title | Artist" (or "#1 · Title · Artist") lines, a Markdown table, or "Key: value"
    lines (a fact box, a winners list, perhaps under a short heading): a list or table, which
    wrapping would merge."""
    lines = paragraph.strip().splitlines()
    fields = [bool(re.match(r"\s*(?:-\s*)?[A-Z“\"][^:]{0,60}?:\s", line)) for line in lines]
    intro = max((k for k, line in enumerate(lines[:-1]) if line.rstrip().endswith(":")),
                default=None)
    if intro is not None and intro > 0 and all(re.search(r"\s[-/|·]\s", line)
                                               for line in lines[intro + 1:]):
        return True  # prose, then "… by part, character and actor:" over its items
    if lines and re.match(r"[A-Z][A-Z ]{1,15}:\s+[^|]+\|", lines[0]):
        return True  # "SHOW: “S” | NETWORK: B | …": a table row of its own
    if len(lines) > 2 and len(lines[0].split()) <= 3 and all(
            re.search(r"\s(?:[-/|·]|\.{3,})\s", line) or len(line.split()) <= 3
            for line in lines[1:]):
        return True  # "SIDE A" over "A1 Title ........ Artist (3:52)" items, "SIDE B" over more
    if len(lines) > 2 and all(len(re.split(r" {2,}", line.strip())) >= 3 for line in lines[1:]):
        return True  # a table aligned with spaces, under a caption
    if len(lines) % 2 == 0 and all(re.match(r"\d{1,3}[.)]?\s", lines[k]) and
                                   lines[k + 1][:1] in (" ", "\t")
                                   for k in range(0, len(lines), 2)):
        return True  # a back cover's "01 Title [3:58]" over its indented credit
    return len(lines) > 1 and (
        all(re.search(r"\s[-/|·]\s|\s//\s|\)$|^\s*\d{1,3}[.)]\s|^\s*\d{1,3}\s*▹\s", line)
            for line in lines) or
        all(line.lstrip().startswith("|") for line in lines) or  # a Markdown table
        all(fields) or (len(lines) > 2 and all(fields[1:]) and len(lines[0].split()) <= 6))


def _article_tuples(text: str, published: dt.date, registry: Registry) -> dict[str, set]:
    return _tuples_of(extract(text, published, registry), published, registry)


def _tuples_of(proposal: Proposal, published: dt.date, registry: Registry) -> dict[str, set]:
    labels = {e.key: e.label for e in registry} | {e.key: e.label for e in proposal.entities}
    return relation_tuples(proposal.facts, lambda k: labels.get(k, k), published,
                           default_vocabulary().roles)


def test_unusual_spaces_and_line_endings(registry):
    text = "Han\u00a0Seo-yun, played by Byeon\u00a0Ha-neul, returns.\r\n\r\nNothing else.\r\n"
    tuples, proposal = _tuples(registry, text)
    assert ("Byeon Ha-neul", "Han Seo-yun") in tuples["plays"]
    assert all(text[c.start:c.end] == c.quote for c in proposal.claims)


_PROPOSE_ALL = """
import datetime as dt, json, sys
from pathlib import Path
from kg import resources
from kg.corpus import load_corpus
from kg.extraction import Registry, extract
texts = [s.text for s in load_corpus(Path(resources.eval_dir()) / "dev").sources]
registry = Registry.from_folder(resources.shipped_sources_dir())
proposal = extract("\\n\\n".join(texts[-15:] * 3), dt.date(2080, 1, 1), registry)
json.dump([[c.id, c.quote, [list(map(str, f)) for f in c.facts], c.flags]
           for c in proposal.claims], sys.stdout)
"""


# "The pair recorded it as their characters": two people credited with one song, read from a set.
_PROPOSE_PAIR = """
import json, sys
sys.path.insert(0, "tests")
import test_extraction as t
proposal = t.extract(t._CORNERS, t.PUBLISHED, t.registry.__wrapped__())
json.dump([[c.id, c.quote, [list(map(str, f)) for f in c.facts], c.flags]
           for c in proposal.claims], sys.stdout)
"""


def _under_seeds(script: str, seeds: tuple[str, ...]) -> list[str]:
    """What ``script`` prints, run once under each hash seed."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in seeds:
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             env=env, check=True, timeout=300, cwd=ROOT)
        outputs.append(run.stdout)
    return outputs


def test_proposals_do_not_depend_on_the_hash_seed():
    """One long text naming the same songs many times, proposed under two hash seeds, gives
    the same claims: no choice among several candidates follows a set's iteration order."""
    outputs = _under_seeds(_PROPOSE_ALL, ("1", "2"))
    assert outputs[0] and outputs[0] == outputs[1]


def test_a_pair_singing_in_character_is_proposed_in_one_order():
    """The two vocal claims of "the pair recorded it as their characters" come out in the same
    order under hash seeds that iterate the pair's set differently."""
    outputs = _under_seeds(_PROPOSE_PAIR, ("0", "1"))
    assert "Noh Yu-ra" in outputs[0] or "noh-yu-ra" in outputs[0]
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(("text", "titles", "speech"), [
    # a title quoted inside reported speech is still a title; the speech is not one
    ("“Nari Kim sings ‘Frost Window’ because it suits her,” Cha says.", ["Frost Window"],
     "Nari Kim sings ‘Frost Window’ because it suits her"),
    # a short quotation closed by a comma before its speaker is speech, however capitalised
    ("“Min Plays Yoon Seo-ha,” Choi says of “Dawn Seedlings.”", ["Dawn Seedlings"],
     "Min Plays Yoon Seo-ha"),
    # a title that opens a sentence and "said goodnight" stays a title
    ("“Lights Out at the Kiln” said goodnight on Channel Nine.", ["Lights Out at the Kiln"],
     None),
])
def test_a_quotation_before_its_speaker_is_speech(registry, text, titles, speech):
    from kg.extraction.mentions import find_mentions
    from kg.extraction.registry import FoldedText
    found = [m.text for m in find_mentions(FoldedText(text), registry, 0, len(text)) if m.quoted]
    assert found == titles
    assert speech not in found


def test_no_extraction_module_binds_a_module_level_name_twice():
    """A pattern defined twice at module level silently replaces the first, and the loops
    written for the first read the second."""
    import ast
    from collections import Counter

    import kg.extraction

    folder = Path(kg.extraction.__file__).parent
    twice = {}
    for path in sorted(folder.glob("*.py")):
        names = Counter(target.id for node in ast.parse(path.read_text(encoding="utf-8")).body
                        if isinstance(node, (ast.Assign, ast.AnnAssign))
                        for target in (node.targets if isinstance(node, ast.Assign)
                                       else [node.target])
                        if isinstance(target, ast.Name))
        repeated = sorted(name for name, count in names.items() if count > 1)
        if repeated:
            twice[path.name] = repeated
    assert twice == {}


def test_no_extraction_module_binds_a_pattern_name_twice():
    """A second module-level assignment to a name silently replaces the first pattern, and the
    construction the first one read is lost without an error."""
    folder = Path(__file__).resolve().parents[1] / "kg" / "extraction"
    for module in sorted(folder.glob("*.py")):
        names = re.findall(r"^(_[A-Z][A-Z0-9_]*)\s*(?::[^=\n]+)?=", module.read_text(), re.M)
        twice = sorted({n for n in names if names.count(n) > 1})
        assert not twice, (module.name, twice)
