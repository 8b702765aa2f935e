"""Adding an article to a sources folder, with the claims the extractor proposes for it.

``ingest`` stores the article byte for byte as ``NNN_<16 hex of its sha256>.txt`` (the next free
number), appends its entry to ``sources.yaml`` and writes its claims file, every claim and new
entity ``status: proposed`` for review (``lovely-kg review``). The publisher must be an
organisation of the registry under any of its names; otherwise it is added to the claims
file's ``entities:`` as an accepted ``lr:NewsOutlet``, since the user named it.

Nothing is written until the whole result has been checked: the folder, as it would be, is
built into claims in a scratch copy (YAML, verbatim quotes, defined keys). The three files are
then written atomically (each to a temporary file, then renamed), ``sources.yaml`` last, and
removed again if a later write fails, so a failure leaves the folder as it was.

The shipped sources are never written to: the folder comes from ``--sources`` or
``$LOVELY_KG_SOURCES``; a folder that does not exist yet is created as a copy of the shipped
sources.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError, SourceError

#: Articles larger than this are refused (the extractor reads 1 MB in about a second).
MAX_BYTES = 5_000_000
_URL = re.compile(r"^https?://\S+$")


class IngestError(KgError):
    """An article could not be ingested; the sources folder was left as it was."""


@dataclass
class IngestResult:
    """What ``ingest`` wrote."""

    directory: Path
    article: str
    claims_file: str
    claims: int
    entities: int
    flagged: int
    publisher: str
    new_publisher: bool
    created_folder: bool

    def summary(self) -> str:
        """A few lines for the terminal, ending with what to do next."""
        lines = []
        if self.created_folder:
            lines.append(f"Created {self.directory} as a copy of the shipped sources.")
        stem = Path(self.article).stem
        lines += [
            f"Ingested {self.article} into {self.directory}",
            f"  proposed: {self.claims} claims ({self.flagged} flagged), {self.entities} new "
            "entities",
            f"  publisher: {self.publisher}" + (" (new news outlet, accepted)"
                                                if self.new_publisher else ""),
            f"Review them with: lovely-kg review {stem.split('_')[0]} --sources "
            f"{self.directory}",
        ]
        return "\n".join(lines)


def shipped_sources() -> Path:
    """The sources folder shipped with the package (read-only for ingest and review)."""
    from kg import resources

    return Path(resources.shipped_sources_dir())


def writable_sources(given: str | os.PathLike[str] | None, *, create: bool = True
                     ) -> tuple[Path, bool]:
    """The sources folder to write to, and whether it was just created.

    ``given`` (``--sources``) or else ``$LOVELY_KG_SOURCES``; never the shipped sources. A
    folder that does not exist is created as a copy of the shipped sources (with ``create``).
    """
    chosen = given if given is not None else os.environ.get("LOVELY_KG_SOURCES")
    if not chosen:
        raise IngestError(
            "Say which sources folder to write to: --sources DIR (or the LOVELY_KG_SOURCES "
            "variable). The articles shipped with the package are never written to; a DIR "
            "that does not exist is created as a copy of them, e.g. --sources "
            "~/lovely-runner-sources.")
    path = Path(chosen).expanduser()
    shipped = shipped_sources()
    if path.exists() and shipped.exists() and path.resolve() == shipped.resolve():
        raise IngestError(
            f"{path} is the sources folder shipped with the package, which is never written "
            "to. Give another folder with --sources DIR: one that does not exist yet is "
            "created as a copy of the shipped sources.")
    if path.exists():
        if not (path / "sources.yaml").is_file():
            raise IngestError(f"{path} is not a sources folder (it has no sources.yaml); give "
                              "a sources folder, or a new path to create one.")
        return path, False
    if not create:
        raise IngestError(f"{path} does not exist.")
    _copy_folder(shipped, path)
    return path, True


def _copy_folder(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` atomically (a hidden sibling, renamed when complete)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        shutil.copytree(source, scratch / "copy", ignore=shutil.ignore_patterns("__pycache__"))
        os.replace(scratch / "copy", target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def ingest(article: str | os.PathLike[str], *, url: str, published: str | dt.date,
           publisher: str, sources: str | os.PathLike[str] | None = None) -> IngestResult:
    """Store ``article`` in the sources folder with proposed claims (see the module doc)."""
    from kg.corpus import load_corpus
    from kg.extraction import Registry, extract

    path = Path(article)
    text, raw = _read_article(path)
    when = _date(published)
    if not _URL.match(url or ""):
        raise IngestError(f"--url '{url}' is not an http(s) URL.")
    publisher = (publisher or "").strip()
    if not publisher:
        raise IngestError("--publisher must name the publisher of the article.")
    directory, created = writable_sources(sources)
    corpus = load_corpus(directory)
    sha = hashlib.sha256(raw).hexdigest()
    for source in corpus.sources:
        if source.sha256 == sha:
            raise IngestError(f"{path} is already in {directory} as {source.file} (the same "
                              "bytes); nothing was written.")
    name = f"{_next_number(directory, corpus):03d}_{sha[:16]}.txt"
    claims_name = Path(name).stem + ".claims.yaml"
    for taken in (name, claims_name):
        if (directory / taken).exists():
            raise IngestError(f"{directory / taken} already exists; nothing was written.")
    taken_keys = {e.key for e in corpus.entities} | {e.key for e in corpus.source_entities}
    outlet, new_outlet = _publisher(publisher, corpus, taken_keys)
    registry = Registry.from_entities(corpus.entities)
    proposal = extract(text, when, registry)
    _avoid_clashes(proposal, taken_keys | ({outlet} if new_outlet else set()))
    header = (f"Claims of the {publisher} article published {when.isoformat()}, proposed by\n"
              f"'lovely-kg ingest' from {url}\n"
              "Every claim and new entity is 'proposed': review them with\n"
              f"'lovely-kg review {name.split('_')[0]}'; only accepted claims enter the graph.")
    from kg.extraction.proposals import ProposedEntity

    if new_outlet:
        proposal.entities.insert(0, ProposedEntity(key=outlet, types=("lr:NewsOutlet",),
                                                   label=publisher, status="accepted"))
    claims_text = proposal.to_yaml(name, header)
    _check_quotes(proposal, text, path)
    sources_text = _appended(directory / "sources.yaml", name, publisher, when, url)
    files = {name: raw, claims_name: claims_text.encode("utf-8"),
             "sources.yaml": sources_text.encode("utf-8")}
    check_folder(directory, files)
    commit(directory, files, new=(name, claims_name))
    return IngestResult(directory=directory, article=name, claims_file=claims_name,
                        claims=len(proposal.claims),
                        entities=sum(1 for e in proposal.entities if e.status == "proposed"),
                        flagged=sum(1 for c in proposal.claims if c.flags), publisher=outlet,
                        new_publisher=new_outlet, created_folder=created)


def _read_article(path: Path) -> tuple[str, bytes]:
    from kg import yamlfile

    if not path.is_file():
        raise IngestError(f"{path}: no such file.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise IngestError(f"{path} is {size:,} bytes, more than the {MAX_BYTES:,} an article may "
                          "have; is it really one article?")
    raw = path.read_bytes()
    text = yamlfile.read_text(path)  # a SourceError naming the file and line if not UTF-8
    if not text.strip():
        raise IngestError(f"{path} is empty: there is no article text to ingest.")
    return text, raw


def _date(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise IngestError(f"--published '{value}' is not a date (YYYY-MM-DD).") from None


def _next_number(directory: Path, corpus: object) -> int:
    numbers = [int(m[1]) for f in os.listdir(directory) if (m := re.match(r"^(\d+)_", f))]
    numbers += [int(m[1]) for s in corpus.sources if (m := re.match(r"^(\d+)_", s.file))]
    return max(numbers, default=-1) + 1


def _publisher(name: str, corpus: object, taken: set[str]) -> tuple[str, bool]:
    """The key of the organisation called ``name``, or a new news outlet's key."""
    from kg.extraction.names import exact_form, slug
    from kg.extraction.vocabulary import default_vocabulary

    vocabulary = default_vocabulary()
    for entity in corpus.entities:
        if exact_form(name) in {exact_form(n) for n in (entity.label, *entity.variants)}:
            if not vocabulary.is_a(entity.types, "lr:Organization"):
                raise IngestError(f"--publisher '{name}' names {entity.key}, which is not an "
                                  f"organisation ({', '.join(entity.types)}); give the name "
                                  "of the news outlet.")
            return entity.key, False
    key, n = f"org/{slug(name)}", 2
    while key in taken:
        key, n = f"org/{slug(name)}-{n}", n + 1
    return key, True


def _avoid_clashes(proposal: object, taken: set[str]) -> None:
    """Give a new entity whose key another claims file already proposes a key of its own."""
    for entity in proposal.entities:
        if entity.key not in taken:
            continue
        base, n = entity.key, 2
        while f"{base}-{n}" in taken:
            n += 1
        new = f"{base}-{n}"
        for claim in proposal.claims:
            claim.facts = [tuple(new if v == entity.key else v for v in f)
                           for f in claim.facts]
        entity.key = new
        taken.add(new)


def _check_quotes(proposal: object, text: str, path: Path) -> None:
    for claim in proposal.claims:
        if not claim.quote.strip() or text[claim.start:claim.end] != claim.quote:
            raise IngestError(f"{path}: the quote of the proposed claim '{claim.id}' is not a "
                              "span of the article; this is a bug of the extractor. Nothing "
                              "was written.")


def _appended(path: Path, name: str, publisher: str, when: dt.date, url: str) -> str:
    from kg import yamlfile
    from kg.extraction.proposals import _scalar

    current = yamlfile.read_text(path)
    if current and not current.endswith("\n"):
        current += "\n"
    return (current + f"- file: {name}\n  publisher: {_scalar(publisher)}\n"
            f"  published: {when.isoformat()}\n  url: {_scalar(url)}\n")


def check_folder(directory: Path, changes: dict[str, bytes], *, build: bool = False) -> None:
    """Check that ``directory`` with ``changes`` (file name -> new bytes) still builds.

    The check runs on a scratch copy: YAML, verbatim quotes, statuses, and every fact of every
    accepted claim naming a defined key of the right kind (what the build checks before
    reasoning); with ``build``, a whole build into a scratch store, so that the shapes and
    consistency checks run too. Raises the build's own error, naming the real file and line.
    """
    from kg import resources
    from kg.claims_to_rdf import corpus_to_rdf
    from kg.corpus import load_corpus
    from kg.ontology import load_ontology

    with tempfile.TemporaryDirectory(prefix="lovely-kg-check-") as scratch:
        copy = Path(scratch) / directory.name
        shutil.copytree(directory, copy, ignore=shutil.ignore_patterns("__pycache__", ".*"))
        for name, data in changes.items():
            (copy / name).write_bytes(data)
        try:
            corpus_to_rdf(load_corpus(copy), load_ontology(Path(resources.ontology_file())))
        except SourceError as exc:
            # Name the real file, not the scratch copy.
            raise SourceError(directory / Path(str(exc.path)).name if exc.path else directory,
                              exc.line, str(exc).split(": ", 1)[-1]) from None
        if build:
            from kg.builder import build as build_graph

            build_graph(store=Path(scratch) / "store", sources=copy)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` in one step: a temporary file beside it, then a rename."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            shutil.copymode(path, temporary)
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def commit(directory: Path, files: dict[str, bytes], new: tuple[str, ...] = (),
           write: Callable[[Path, bytes], None] | None = None) -> None:
    """Write ``files`` (``sources.yaml`` last); on a failure remove the ``new`` ones written."""
    write = write or write_atomically
    order = sorted(files, key=lambda name: name == "sources.yaml")
    written: list[str] = []
    try:
        for name in order:
            write(directory / name, files[name])
            written.append(name)
    except BaseException as exc:
        for name in written:
            if name in new:
                (directory / name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise IngestError(f"Could not write {directory}: {exc.strerror or exc}. The folder "
                              "was left as it was.") from None
        raise
