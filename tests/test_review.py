"""Reviewing proposed claims: listing, accepting, rejecting, editing; and the issue's "done
when": an ingested dev article, accepted and built, answers the stored queries."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import kg
from kg import resources
from kg.corpus import load_corpus
from kg.extraction.names import exact_form
from kg.ingest import ingest
from kg.review import ReviewError, edit, listing, set_status

DEV = Path(resources.eval_dir()) / "dev"
needs_dev = pytest.mark.skipif(not (DEV / "sources.yaml").is_file(),
                               reason="the evaluation corpus (eval/dev) is not there")

ARTICLE = ("Jang Mi-rae plays the detective Oh Dal-bong in the thriller “Night Harbour.”\n\n"
           "“Night Harbour” is available to stream on Viki.\n\n"
           "Kim also lent her voice to the ballad “Quiet Shore.”\n")


@pytest.fixture
def ingested(sources_copy: Path, tmp_path: Path) -> tuple[Path, str]:
    """A sources folder with one ingested article; (folder, its number)."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = ingest(article, url="https://example.org/a", published="2033-05-01",
                    publisher="Harbour Times", sources=sources_copy)
    return sources_copy, result.article.split("_")[0]


def claims_file(folder: Path, number: str) -> Path:
    return next(folder.glob(f"{number}_*.claims.yaml"))


def test_listing_shows_ids_quotes_facts_and_flags(ingested, cli):
    folder, number = ingested
    done = cli("review", number, "--sources", str(folder))
    assert done.returncode == 0, done.stderr
    found = listing(folder, number)
    for claim in found.claims:
        assert claim.id in done.stdout
        assert claim.quote.splitlines()[0] in done.stdout
        for s, p, _ in claim.facts:
            assert f"{s} {p}" in done.stdout
        for flag in claim.flags:
            assert flag in done.stdout
    assert any("ambiguous" in f for c in found.claims for f in c.flags)
    as_json = json.loads(cli("review", number, "--sources", str(folder), "--format",
                             "json").stdout)
    assert [c["id"] for c in as_json["claims"]] == [c.id for c in found.claims]


def test_accepting_changes_only_status_lines_and_accepts_the_entities_used(ingested):
    folder, number = ingested
    path = claims_file(folder, number)
    before = path.read_text(encoding="utf-8").splitlines()
    plays = next(c for c in listing(folder, number).claims if c.id.startswith("plays-"))
    result = set_status(folder, number, accept=[plays.id])
    after = path.read_text(encoding="utf-8").splitlines()
    assert len(after) == len(before)  # every line kept, comments included
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert changed and all("status: proposed" in b and "status: accepted" in a
                           for b, a in changed)
    used = {s for s, _, _ in plays.facts} | {o for _, p, o in plays.facts
                                             if p != "a" and isinstance(o, str) and "/" in o}
    corpus = load_corpus(folder)
    accepted = {e.key for e in corpus.source_entities if e.status == "accepted"}
    assert set(result.entities) <= accepted and set(result.entities) <= used
    assert {c.id for c in corpus.claims if c.status == "accepted"
            and c.path == path} == {plays.id}


def test_rejecting_and_unknown_ids(ingested):
    folder, number = ingested
    path = claims_file(folder, number)
    first = listing(folder, number).claims[0].id
    set_status(folder, number, reject=[first])
    assert next(c for c in listing(folder, number).claims if c.id == first).status == "rejected"
    before = path.read_bytes()
    with pytest.raises(ReviewError, match="no claim 'nope'"):
        set_status(folder, number, accept=["nope"])
    assert path.read_bytes() == before


def test_an_ambiguous_claim_cannot_be_accepted_unedited(ingested):
    folder, number = ingested
    path = claims_file(folder, number)
    before = path.read_bytes()
    with pytest.raises(ReviewError, match="unresolved/kim") as error:
        set_status(folder, number, accept_all=True)
    assert "--edit" in str(error.value)
    assert path.read_bytes() == before


def _editor(tmp_path: Path, body: str) -> str:
    script = tmp_path / "editor.py"
    script.write_text(f"#!{sys.executable}\nimport sys\npath = sys.argv[1]\n{body}\n",
                      encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_edit_keeps_a_valid_edit(ingested, tmp_path, cli):
    folder, number = ingested
    path = claims_file(folder, number)
    candidates = next(c for c in listing(folder, number).claims
                      if any("ambiguous" in f for f in c.flags)).flags[0]
    chosen = candidates.split(" is ")[1].split(" or ")[0]
    # "lent her voice to" names a voice, not a credit: the reviewer adds the credit the flag
    # asks for, and resolves the ambiguous name
    fix = _editor(tmp_path, "text = open(path).read()\n"
                            "text = text.replace('lr:recordingOf, song/quiet-shore]', "
                            "'lr:recordingOf, song/quiet-shore]\\n      - [recording/quiet-shore, "
                            "lr:creditedArtist, unresolved/kim]')\n"
                            f"text = text.replace('unresolved/kim', '{chosen}')\n"
                            "open(path, 'w').write(text)")
    done = subprocess.run([*cli_command(), "review", number, "--sources", str(folder),
                           "--edit"], env={**os.environ, "EDITOR": fix}, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "unresolved/kim" not in path.read_text(encoding="utf-8")
    set_status(folder, number, accept_all=True)  # now every claim can be accepted


def test_edit_refuses_a_broken_file_and_keeps_the_original(ingested, tmp_path):
    folder, number = ingested
    path = claims_file(folder, number)
    before = path.read_bytes()
    breaker = _editor(tmp_path, "open(path, 'a').write('claims: [oops\\n')")
    with pytest.raises(ReviewError, match="left as it was") as error:
        edit(folder, number, editor=breaker)
    assert path.read_bytes() == before
    kept = str(error.value).rsplit("kept in ", 1)[1].rstrip(".")
    assert Path(kept).read_text(encoding="utf-8").endswith("claims: [oops\n")
    quote_breaker = _editor(tmp_path, "text = open(path).read()\n"
                                      "text = text.replace('quote: \"', 'quote: \"Not ', 1)\n"
                                      "open(path, 'w').write(text)")
    with pytest.raises(ReviewError, match="not in the article"):
        edit(folder, number, editor=quote_breaker)
    assert path.read_bytes() == before


def test_review_never_writes_the_shipped_sources(cli):
    done = cli("review", "000", "--accept-all")
    assert done.returncode == 1 and "--sources" in done.stderr
    listed = cli("review", "000", "--all")
    assert listed.returncode == 0 and " accepted, 0 rejected claims" in listed.stdout


def cli_command() -> list[str]:
    script = Path(sys.executable).parent / "lovely-kg"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg"]


# -- the "done when" ------------------------------------------------------------------

def _hand(dev_file: str) -> tuple[list[tuple], dict[str, str], object]:
    """The accepted hand facts of one dev article and the dev registry's labels."""
    corpus = load_corpus(DEV)
    facts = [(f.subject, f.predicate, f.object) for c in corpus.accepted_claims
             if c.source.file == dev_file for f in c.facts]
    labels = {e.key: e for e in corpus.entities}
    return facts, labels, corpus


def _names(entity) -> set[str]:
    return {exact_form(n) for n in (entity.label, *entity.variants)}


@needs_dev
def test_an_ingested_dev_article_once_accepted_answers_the_stored_queries(sources_copy,
                                                                           tmp_path, cli):
    entries = yaml.safe_load((DEV / "sources.yaml").read_text(encoding="utf-8"))
    entry = entries[0]
    article = DEV / entry["file"]
    done = cli("ingest", str(article), "--url", entry["url"], "--published",
               str(entry["published"]), "--publisher", entry["publisher"], "--sources",
               str(sources_copy))
    assert done.returncode == 0, done.stderr
    number = sorted(p.name for p in sources_copy.glob("*.txt"))[-1].split("_")[0]
    accepted = cli("review", number, "--sources", str(sources_copy), "--accept-all")
    assert accepted.returncode == 0, accepted.stderr
    store = tmp_path / "store"
    built = cli("build", "--sources", str(sources_copy), "--store", str(store))
    assert built.returncode == 0, built.stderr + built.stdout
    graph = kg.open_graph(store)
    facts, registry, _ = _hand(entry["file"])

    def rows(query: str, **params: str) -> list[dict[str, str]]:
        result = graph.run(query, params)
        return [{k: graph.label(v.value) or v.value for k, v in row.items() if v is not None}
                for row in result.dicts()]

    def matches(name: str, key: str) -> bool:
        return exact_form(name) in _names(registry[key])

    kinds = {p for _, p, _ in facts}
    assert {"lr:portrays", "lr:chartedRecording", "lr:observedItem", "lr:vocals"} <= kinds
    # cast: every (actor, character) the hand annotations state, for the article's series.
    for s, p, o in facts:
        if p == "lr:portrays":
            series = next(x for x, q, y in facts if q == "lr:castMember" or q == "lr:starring")
            cast = rows("cast", series=registry[series].label)
            assert any(matches(r["actor"], s) and matches(r["character"], o) for r in cast), \
                (s, o, cast)
    # chart entries and stream milestones: recording, chart/platform and figure.
    entries_ = rows("chart-entries")
    for node in {s for s, p, o in facts if p == "lr:chartedRecording"}:
        values = {p: o for s, p, o in facts if s == node}
        assert any(matches(r["recording"], values["lr:chartedRecording"])
                   and matches(r["chart"], values["lr:chart"])
                   and int(r["position"]) == values["lr:position"] for r in entries_), node
    milestones = rows("stream-milestones")
    for node in {s for s, p, o in facts if p == "lr:observedItem"}:
        values = {p: o for s, p, o in facts if s == node}
        assert any(matches(r["item"], values["lr:observedItem"])
                   and int(r["atLeast"]) == values["lr:streamCountLowerBound"]
                   for r in milestones), node
    # who voices the fictional band's songs: every hand vocal on a recording credited to it.
    bands = {o for s, p, o in facts if p == "lr:creditedArtist" and o.startswith("band/")}
    assert bands
    for band in bands:
        voiced = rows("who-voices-eclipse-songs", band=registry[band].label)
        credited = {s for s, p, o in facts if p == "lr:creditedArtist" and o == band}
        for recording in credited:
            singers = {o for s, p, vp in facts if s == recording and p == "lr:vocals"
                       for x, q, o in facts if x == vp and q == "lr:vocalist"}
            for singer in singers:
                assert any(matches(r["recording"], recording) and matches(r["singer"], singer)
                           for r in voiced), (recording, singer)
    # provenance: the new source is there, with verbatim quotes of the article.
    text = article.read_text(encoding="utf-8")
    published = str(entry["published"])
    provenance = [r for r in rows("provenance") if r["published"].startswith(published)]
    assert provenance and all(r["quote"] in text for r in provenance)
