"""Ingesting an article: the files written, the publisher, the folder rules, atomicity."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from kg import resources
from kg.corpus import load_corpus
from kg.errors import KgError
from kg.ingest import IngestError, ingest

DEV = Path(resources.eval_dir()) / "dev"
needs_dev = pytest.mark.skipif(not (DEV / "sources.yaml").is_file(),
                               reason="the evaluation corpus (eval/dev) is not there")


def dev_article(index: int = 0) -> tuple[Path, dict]:
    """A dev article and its sources.yaml entry."""
    entries = yaml.safe_load((DEV / "sources.yaml").read_text(encoding="utf-8"))
    entry = entries[index]
    return DEV / entry["file"], entry


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder, by relative name, with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def write_article(tmp_path: Path, text: str | bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


ARTICLE = ("Jang Mi-rae plays the detective Oh Dal-bong in the thriller “Night Harbour.”\n\n"
           "“Night Harbour” is available to stream on Viki.\n")


@needs_dev
def test_ingest_stores_the_article_and_proposed_claims(sources_copy):
    article, entry = dev_article()
    before = load_corpus(sources_copy)
    result = ingest(article, url=entry["url"], published=entry["published"],
                    publisher=entry["publisher"], sources=sources_copy)
    raw = article.read_bytes()
    number = max(int(s.file.split("_")[0]) for s in before.sources) + 1
    assert result.article == f"{number:03d}_{hashlib.sha256(raw).hexdigest()[:16]}.txt"
    assert (sources_copy / result.article).read_bytes() == raw
    corpus = load_corpus(sources_copy)  # the folder still reads, quotes and all
    new = [s for s in corpus.sources if s.file == result.article]
    assert len(new) == 1 and new[0].url == entry["url"] and new[0].publisher == entry["publisher"]
    claims = [c for c in corpus.claims if c.source.file == result.article]
    assert claims and all(c.status == "proposed" for c in claims)
    assert all(new[0].text[c.start:c.end] == c.quote for c in claims)
    introduced = [e for e in corpus.source_entities if e.path.name == result.claims_file]
    assert {e.status for e in introduced} == {"proposed", "accepted"}
    outlet = [e for e in introduced if e.status == "accepted"]
    assert [(e.label, e.types) for e in outlet] == [(entry["publisher"], ("lr:NewsOutlet",))]
    # sources.yaml only gained the new entry: the old text is its beginning, comments kept.
    old = (Path(resources._data_dir("sources")) / "sources.yaml").read_text(encoding="utf-8")
    assert (sources_copy / "sources.yaml").read_text(encoding="utf-8").startswith(old)


def test_a_known_publisher_is_used_under_any_of_its_names(sources_copy, tmp_path):
    path = write_article(tmp_path, ARTICLE)
    result = ingest(path, url="https://example.org/a", published="2033-05-01",
                    publisher="PINKVILLA", sources=sources_copy)
    assert result.publisher == "org/pinkvilla" and not result.new_publisher
    doc = yaml.safe_load((sources_copy / result.claims_file).read_text(encoding="utf-8"))
    assert all(e["status"] == "proposed" for e in doc.get("entities") or [])


def test_a_publisher_that_is_not_an_organisation_is_refused(sources_copy, tmp_path):
    path = write_article(tmp_path, ARTICLE)
    before = snapshot(sources_copy)
    with pytest.raises(IngestError, match="not an organisation"):
        ingest(path, url="https://example.org/a", published="2033-05-01",
               publisher="Spotify", sources=sources_copy)
    assert snapshot(sources_copy) == before


def test_the_shipped_sources_are_never_written(tmp_path):
    path = write_article(tmp_path, ARTICLE)
    shipped = Path(resources._data_dir("sources"))
    before = snapshot(shipped)
    with pytest.raises(IngestError, match="--sources"):
        ingest(path, url="https://example.org/a", published="2033-05-01", publisher="X")
    with pytest.raises(IngestError, match="shipped"):
        ingest(path, url="https://example.org/a", published="2033-05-01", publisher="X",
               sources=shipped)
    assert snapshot(shipped) == before


def test_a_new_folder_is_a_copy_of_the_shipped_sources(cli, tmp_path):
    path = write_article(tmp_path, ARTICLE)
    target = tmp_path / "mine" / "sources"
    done = cli("ingest", str(path), "--url", "https://example.org/a", "--published",
               "2033-05-01", "--publisher", "Harbour Times", "--sources", str(target))
    assert done.returncode == 0, done.stderr
    assert "as a copy of the shipped sources" in done.stdout
    shipped = snapshot(Path(resources._data_dir("sources")))
    mine = snapshot(target)
    assert all(mine[name] == data for name, data in shipped.items()
               if "__pycache__" not in name and name != "sources.yaml")
    assert mine["sources.yaml"].startswith(shipped["sources.yaml"])
    assert len(load_corpus(target).sources) == len(load_corpus(
        Path(resources._data_dir("sources"))).sources) + 1


def test_without_a_folder_the_command_says_how(cli, tmp_path):
    path = write_article(tmp_path, ARTICLE)
    done = cli("ingest", str(path), "--url", "https://example.org/a", "--published",
               "2033-05-01", "--publisher", "Harbour Times")
    assert done.returncode == 1
    assert "--sources DIR" in done.stderr and "LOVELY_KG_SOURCES" in done.stderr


@pytest.mark.parametrize(("content", "options", "message"), [
    (b"caf\xe9 au lait\n", {}, "not valid UTF-8"),
    (b"", {}, "empty"),
    (b"  \n\n ", {}, "empty"),
    (ARTICLE, {"published": "2033-13-01"}, "not a date"),
    (ARTICLE, {"url": "ftp://example.org/a"}, "not an http"),
    (ARTICLE, {"publisher": " "}, "publisher"),
])
def test_bad_input_is_refused_and_changes_nothing(sources_copy, tmp_path, content, options,
                                                  message):
    path = write_article(tmp_path, content, "bad-article.txt")
    arguments = {"url": "https://example.org/a", "published": "2033-05-01",
                 "publisher": "Harbour Times", **options}
    before = snapshot(sources_copy)
    with pytest.raises(KgError, match=message) as error:
        ingest(path, sources=sources_copy, **arguments)
    if "UTF-8" in message or "empty" in message:
        assert "bad-article.txt" in str(error.value)  # the message names the file
    assert snapshot(sources_copy) == before


def test_the_same_article_twice_is_refused(sources_copy, tmp_path):
    path = write_article(tmp_path, ARTICLE)
    ingest(path, url="https://example.org/a", published="2033-05-01", publisher="Harbour Times",
           sources=sources_copy)
    before = snapshot(sources_copy)
    with pytest.raises(IngestError, match="already in"):
        ingest(path, url="https://example.org/b", published="2033-05-02",
               publisher="Harbour Times", sources=sources_copy)
    assert snapshot(sources_copy) == before


def test_a_failed_write_leaves_the_folder_as_it_was(sources_copy, tmp_path, monkeypatch):
    import kg.ingest

    path = write_article(tmp_path, ARTICLE)
    before = snapshot(sources_copy)
    real = kg.ingest.write_atomically

    def failing(target: Path, data: bytes) -> None:
        if target.name == "sources.yaml":
            raise OSError(28, "No space left on device")
        real(target, data)

    monkeypatch.setattr(kg.ingest, "write_atomically", failing)
    with pytest.raises(IngestError, match="left as it was"):
        ingest(path, url="https://example.org/a", published="2033-05-01",
               publisher="Harbour Times", sources=sources_copy)
    assert snapshot(sources_copy) == before


def test_a_quote_that_is_not_in_the_article_changes_nothing(sources_copy, tmp_path,
                                                            monkeypatch):
    import kg.extraction

    real = kg.extraction.extract

    def broken(text, published, registry):
        proposal = real(text, published, registry)
        proposal.claims[0].quote = proposal.claims[0].quote + " (paraphrased)"
        return proposal

    monkeypatch.setattr(kg.extraction, "extract", broken)
    path = write_article(tmp_path, ARTICLE)
    before = snapshot(sources_copy)
    with pytest.raises(KgError, match="quote"):
        ingest(path, url="https://example.org/a", published="2033-05-01",
               publisher="Harbour Times", sources=sources_copy)
    assert snapshot(sources_copy) == before


def test_new_keys_do_not_clash_with_another_files_proposals(sources_copy, tmp_path):
    first = ingest(write_article(tmp_path, ARTICLE, "one.txt"), url="https://example.org/a",
                   published="2033-05-01", publisher="Harbour Times", sources=sources_copy)
    second = ingest(write_article(tmp_path, ARTICLE + "\nMore soon.\n", "two.txt"),
                    url="https://example.org/b", published="2033-05-02",
                    publisher="Harbour Times", sources=sources_copy)
    corpus = load_corpus(sources_copy)
    keys = [e.key for e in corpus.source_entities]
    assert len(keys) == len(set(keys))
    mine = {e.key for e in corpus.source_entities if e.path.name == second.claims_file}
    assert "person/jang-mi-rae-2" in mine
    # The publisher added by the first ingest is a known organisation for the second.
    assert first.new_publisher and not second.new_publisher


def test_an_article_with_nothing_to_extract_gets_an_empty_claims_file(sources_copy, tmp_path):
    path = write_article(tmp_path, "Nothing of note happened on a quiet day by the sea.\n")
    result = ingest(path, url="https://example.org/a", published="2033-05-01",
                    publisher="Pinkvilla", sources=sources_copy)
    assert result.claims == 0
    doc = yaml.safe_load((sources_copy / result.claims_file).read_text(encoding="utf-8"))
    assert doc["claims"] == []
    load_corpus(sources_copy)


def test_the_environment_variable_names_the_folder(tmp_path, monkeypatch):
    path = write_article(tmp_path, ARTICLE)
    target = tmp_path / "from-env"
    monkeypatch.setenv("LOVELY_KG_SOURCES", str(target))
    result = ingest(path, url="https://example.org/a", published="2033-05-01",
                    publisher="Harbour Times")
    assert result.directory == target and result.created_folder
    assert (target / result.article).is_file()
