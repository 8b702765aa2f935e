"""Reviewing the claims an ingest proposed: list them, accept, reject, or edit the file.

Accepting or rejecting changes only the ``status:`` lines of the claims file (a line is added
after ``id:`` where a claim or entity has none), so comments, order and layout stay as they
were. Accepting a claim also accepts the proposed entities its facts use. Every change is
checked before it is written, on a scratch copy of the folder (the file must still read, and
every accepted claim must name defined keys, and the whole folder must build: shapes and
consistency checks included); a change that would break the build is refused and nothing is
written. ``--edit`` opens a copy of the claims file in ``$EDITOR`` and puts it in
place only if the edited file passes the same check; otherwise the original stays and the
edited copy is kept for another try.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.ingest import check_folder, commit

CLAIMS_SUFFIX = ".claims.yaml"


class ReviewError(KgError):
    """A review action could not be done; the claims file was left as it was."""


@dataclass
class Item:
    """A claim of a claims file as the review shows it."""

    id: str
    status: str
    quote: str
    facts: list[tuple]
    flags: list[str]
    line: int


@dataclass
class Listing:
    """The claims and introduced entities of one source."""

    source: str
    claims_file: Path
    claims: list[Item] = field(default_factory=list)
    entities: list[tuple[str, str, str]] = field(default_factory=list)  # key, label, status

    def to_text(self, status: str | None = "proposed") -> str:
        """The claims of ``status`` (all when ``None``) with quote, facts and flags."""
        counts = {s: sum(1 for c in self.claims if c.status == s)
                  for s in ("proposed", "accepted", "rejected")}
        proposed_entities = [e for e in self.entities if e[2] == "proposed"]
        lines = [f"{self.source} ({self.claims_file.name}): "
                 + ", ".join(f"{n} {s}" for s, n in counts.items()) + " claims; "
                 f"{len(proposed_entities)} proposed entities"]
        shown = [c for c in self.claims if status is None or c.status == status]
        for claim in shown:
            lines.append("")
            mark = "" if status == claim.status else f" [{claim.status}]"
            lines.append(f"{claim.id}{mark}  (line {claim.line})")
            lines.append(f"  “{_one_line(claim.quote)}”")
            for s, p, o in claim.facts:
                lines.append(f"    {s} {p} {_value(o)}")
            for flag in claim.flags:
                lines.append(f"  ! {flag}")
        if proposed_entities:
            lines.append("")
            lines.append("Proposed entities (accepted with the first claim that uses them):")
            lines.extend(f"  {key}  {label}" for key, label, _ in proposed_entities)
        if not shown:
            lines.append("")
            lines.append(f"No {status} claims." if status else "No claims.")
        return "\n".join(lines)

    def to_json(self) -> str:
        """The listing as JSON."""
        return json.dumps({
            "source": self.source, "claims_file": str(self.claims_file),
            "claims": [{"id": c.id, "status": c.status, "quote": c.quote,
                        "facts": [list(f) for f in c.facts], "flags": c.flags, "line": c.line}
                       for c in self.claims],
            "entities": [{"id": k, "label": lab, "status": s} for k, lab, s in self.entities],
        }, indent=2, ensure_ascii=False)


@dataclass
class ReviewResult:
    """What a review action changed."""

    claims_file: Path
    accepted: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    edited: bool = False

    def summary(self) -> str:
        """One or two lines for the terminal."""
        if self.edited:
            return f"Saved your edit of {self.claims_file} (it passed the checks)."
        parts = []
        if self.accepted:
            parts.append(f"accepted {len(self.accepted)} claim(s)")
        if self.entities:
            parts.append(f"{len(self.entities)} entit{'y' if len(self.entities) == 1 else 'ies'}")
        if self.rejected:
            parts.append(f"rejected {len(self.rejected)} claim(s)")
        what = ", ".join(parts) if parts else "changed nothing"
        return (f"{self.claims_file}: {what}. Accepted claims enter the graph at the next "
                "'lovely-kg build'.")


def _value(value: object) -> str:
    keylike = isinstance(value, str) and ("/" in value or ":" in value)
    return str(value) if not isinstance(value, str) or keylike else json.dumps(value)


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ⏎ ", text)


def claims_path(directory: Path, source: str) -> tuple[Path, str]:
    """The claims file of ``source`` (a file name, a stem or its number ``NNN``)."""
    from kg import yamlfile

    doc = yamlfile.load(directory / "sources.yaml") or []
    files = [str(e.get("file")) for e in doc if isinstance(e, dict)]
    wanted = source.removesuffix(CLAIMS_SUFFIX).removesuffix(".txt")
    matches = [f for f in files if Path(f).stem == wanted or f.split("_")[0] == wanted]
    if len(matches) != 1:
        known = ", ".join(Path(f).stem for f in files) or "none"
        what = "matches several sources" if matches else "is not a source of"
        raise ReviewError(f"'{source}' {what} {directory}; give a file name, a stem or the "
                          f"number of one of: {known}.")
    stem = Path(matches[0]).stem
    return directory / (stem + CLAIMS_SUFFIX), matches[0]


def listing(directory: str | os.PathLike[str], source: str) -> Listing:
    """The claims and entities of one source's claims file."""
    from kg import yamlfile

    path, article = claims_path(Path(directory), source)
    doc = yamlfile.load(path)
    result = Listing(source=article, claims_file=path)
    if not isinstance(doc, dict):
        return result
    for entry in doc.get("entities") or []:
        if isinstance(entry, dict):
            result.entities.append((str(entry.get("id")), str(entry.get("label")),
                                    str(entry.get("status", "accepted"))))
    items = doc.get("claims") or []
    for i, entry in enumerate(items):
        if isinstance(entry, dict):
            result.claims.append(Item(
                id=str(entry.get("id")), status=str(entry.get("status", "accepted")),
                quote=str(entry.get("quote", "")),
                facts=[tuple(f) for f in entry.get("facts") or [] if isinstance(f, list)],
                flags=[str(f) for f in entry.get("flags") or []], line=items.item_lines[i]))
    return result


def set_status(directory: str | os.PathLike[str], source: str, *, accept: list[str] = (),
               reject: list[str] = (), accept_all: bool = False) -> ReviewResult:
    """Accept and reject claims of one source (and accept the entities accepted claims use)."""
    from kg import yamlfile
    from kg.extraction.proposals import KEY_RE

    folder = Path(directory)
    path, _ = claims_path(folder, source)
    doc = yamlfile.load(path)
    items = doc.get("claims") or [] if isinstance(doc, dict) else []
    by_id = {str(c.get("id")): (i, c) for i, c in enumerate(items) if isinstance(c, dict)}
    unknown = [i for i in [*accept, *reject] if i not in by_id]
    if unknown:
        raise ReviewError(f"{path}: no claim {', '.join(repr(u) for u in unknown)}; the claims "
                          f"are: {', '.join(by_id) or 'none'}.")
    both = set(accept) & set(reject)
    if both:
        raise ReviewError(f"{', '.join(sorted(both))}: cannot be both accepted and rejected.")
    if accept_all:
        accept = [*accept, *(cid for cid, (_, c) in by_id.items()
                             if c.get("status", "accepted") == "proposed" and cid not in reject)]
    result = ReviewResult(claims_file=path)
    edits: dict[int, tuple[str, int, int]] = {}  # line -> (status, id line, insert?)
    used: set[str] = set()
    for cid in dict.fromkeys(accept):
        i, claim = by_id[cid]
        _plan(edits, claim, items.item_lines[i], "accepted")
        result.accepted.append(cid)
        for fact in claim.get("facts") or []:
            if isinstance(fact, list) and len(fact) == 3:
                used.add(str(fact[0]))
                if fact[1] != "a" and isinstance(fact[2], str) and KEY_RE.match(fact[2]):
                    used.add(fact[2])
    for cid in dict.fromkeys(reject):
        i, claim = by_id[cid]
        _plan(edits, claim, items.item_lines[i], "rejected")
        result.rejected.append(cid)
    entities = doc.get("entities") or [] if isinstance(doc, dict) else []
    for i, entity in enumerate(entities):
        if isinstance(entity, dict) and entity.get("id") in used and \
                entity.get("status", "accepted") == "proposed":
            _plan(edits, entity, entities.item_lines[i], "accepted")
            result.entities.append(str(entity["id"]))
    text = yamlfile.read_text(path)
    new = _apply(text, edits)
    if new != text:
        _save(folder, path, new, "Accepting and rejecting these claims")
    return result


def _plan(edits: dict, mapping: dict, item_line: int, status: str) -> None:
    """Where to write ``status`` for one claim or entity: its status line, or after its id."""
    if "status" in mapping:
        edits[mapping.key_lines["status"]] = (status, "replace")
    else:
        edits[mapping.key_lines.get("id", item_line)] = (status, "insert")


def _apply(text: str, edits: dict) -> str:
    lines = text.splitlines(keepends=True)
    for number in sorted(edits, reverse=True):
        status, how = edits[number]
        line = lines[number - 1]
        ending = line[len(line.rstrip("\r\n")):] or "\n"
        if how == "replace":
            lines[number - 1] = re.sub(r"^(\s*(?:-\s+)?status:\s*)[^\s#]+", rf"\g<1>{status}",
                                       line, count=1)
        else:
            m = re.match(r"^(\s*)(-\s+)?id:", line)
            indent = (m.group(1) + " " * len(m.group(2) or "")) if m else "    "
            lines.insert(number, f"{indent}status: {status}{ending}")
    return "".join(lines)


def _save(folder: Path, path: Path, text: str, what: str) -> None:
    try:
        check_folder(folder, {path.name: text.encode("utf-8")}, build=True)
    except KgError as exc:
        raise ReviewError(f"{what} would break the build, so nothing was changed: {exc}\n"
                          f"Fix the claim with 'lovely-kg review {path.name.split('_')[0]} "
                          "--edit', or reject it.") from None
    commit(folder, {path.name: text.encode("utf-8")})


def edit(directory: str | os.PathLike[str], source: str, editor: str | None = None
         ) -> ReviewResult:
    """Open a copy of the claims file in ``editor`` (``$VISUAL``/``$EDITOR``); keep it if valid."""
    from kg import yamlfile

    folder = Path(directory)
    path, _ = claims_path(folder, source)
    command = editor or os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not command:
        raise ReviewError("Set the EDITOR environment variable to the editor to use (for "
                          "example EDITOR=nano), then run this again.")
    original = yamlfile.read_text(path)
    scratch = Path(tempfile.mkdtemp(prefix="lovely-kg-edit-"))
    copy = scratch / path.name
    copy.write_text(original, encoding="utf-8")
    try:
        done = subprocess.run([*shlex.split(command), str(copy)], check=False)
    except OSError as exc:
        raise ReviewError(f"Could not start the editor '{command}': {exc.strerror or exc}.") \
            from None
    if done.returncode != 0:
        raise ReviewError(f"The editor '{command}' exited with status {done.returncode}; "
                          f"{path} was left as it was (your copy: {copy}).")
    edited = yamlfile.read_text(copy)
    if edited == original:
        copy.unlink()
        scratch.rmdir()
        return ReviewResult(claims_file=path)
    try:
        check_folder(folder, {path.name: edited.encode("utf-8")}, build=True)
    except KgError as exc:
        raise ReviewError(f"The edited file does not pass the checks, so {path} was left as "
                          f"it was: {exc} Your edit is kept in {copy}.") from None
    commit(folder, {path.name: edited.encode("utf-8")})
    copy.unlink()
    scratch.rmdir()
    return ReviewResult(claims_file=path, edited=True)
