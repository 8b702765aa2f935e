"""The literal gate in front of the extractor's patterns answers exactly as Python's engine."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import kg.extraction
from kg import resources
from kg.corpus import load_corpus
from kg.extraction import Registry, extract, masked, rx


def _gated_patterns() -> list[tuple[str, rx.Gated]]:
    found: dict[int, tuple[str, rx.Gated]] = {}
    modules = [kg.extraction] + [importlib.import_module(f"kg.extraction.{m.name}")
                                 for m in pkgutil.iter_modules(kg.extraction.__path__)]
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, rx.Gated):
                found.setdefault(id(value), (f"{module.__name__}.{name}", value))
            elif isinstance(value, (list, tuple)):  # tables of patterns ("_FORMS", "_HINTS")
                for i, item in enumerate(value):
                    for part in item if isinstance(item, tuple) else (item,):
                        if isinstance(part, rx.Gated):
                            found.setdefault(id(part), (f"{module.__name__}.{name}[{i}]", part))
    return sorted(found.values(), key=lambda pair: pair[0])


@pytest.fixture(scope="module")
def texts(monkeypatch_module: pytest.MonkeyPatch) -> list[str]:
    """The seed articles' sentences, raw and as the patterns see them (masked)."""
    seen: list[str] = []
    post_init = masked.Sentence.__post_init__

    def record(self: masked.Sentence) -> None:
        post_init(self)
        seen.extend([str(self.masked), self.text[self.start:self.end]])

    monkeypatch_module.setattr(masked.Sentence, "__post_init__", record)
    corpus = load_corpus(resources.shipped_sources_dir())
    registry = Registry.from_folder(resources.shipped_sources_dir())
    for source in corpus.sources:
        extract(source.text, source.published, registry)
    monkeypatch_module.undo()
    return sorted(set(seen))


@pytest.fixture(scope="module")
def monkeypatch_module():
    patch = pytest.MonkeyPatch()
    yield patch
    patch.undo()


def _spans(found: object) -> object:
    if found is None:
        return None
    if isinstance(found, re.Match):
        return found.span(), found.groups()
    return [m.span() for m in found]  # an iterator of matches


def test_most_extraction_patterns_are_gated() -> None:
    patterns = _gated_patterns()
    assert len(patterns) > 300, len(patterns)


def test_gated_patterns_answer_as_the_engine_on_real_sentences(texts: list[str]) -> None:
    assert len(texts) > 50
    matched = 0
    for name, gated in _gated_patterns():
        raw = gated._pattern
        for text in texts:
            middle = len(text) // 2
            indexed = rx.Text(text)  # tested by its trigrams first
            calls = [("finditer", (text,)), ("search", (text,)), ("match", (text,)),
                     ("finditer", (indexed,)), ("search", (indexed,)), ("match", (indexed,)),
                     ("fullmatch", (text,)), ("finditer", (text, middle)),
                     ("search", (text, 3, middle)), ("match", (text, middle)),
                     ("findall", (text,))]
            for method, args in calls:
                want = getattr(raw, method)(*args)
                got = getattr(gated, method)(*args)
                if method == "findall":
                    assert got == want, (name, method, text)
                else:
                    assert _spans(got) == _spans(want), (name, method, args[1:], text)
                    matched += want is not None and method == "search"
            assert gated.sub("_", text) == raw.sub("_", text), (name, text)
    assert matched > 100  # the sentences exercise the patterns, not only their gates


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\bplayed\s+by\b", {"played"}),
    (r"(?:sung|performed)\s+by", {"sung", "performed"}),
    (r"⟨\d+⟩\s+(?:stars|starring)\s+⟨\d+⟩", {"star"}),  # the parser shares the prefix
    (r"[Tt]he\s+band", {"band"}),
    (r"No\.\s*(?P<n>\d+)|#(?P<h>\d+)", {"No.", "#"}),
    (r"(?:the\s+)?finale", {"finale"}),
    (r"x{2,}y", {"x"}),
])
def test_required_literals_of_a_pattern(pattern: str, literals: set[str]) -> None:
    assert rx.required_literals(re.compile(pattern)) == literals


def test_every_required_set_is_read_and_the_gate_asks_for_one_of_each() -> None:
    pattern = r"⟨\d+⟩,\s+who\s+(?:plays|played)\s+(?:guitar|bass)"
    sets = rx.required_sets(re.compile(pattern))
    assert sets[0] == rx.required_literals(re.compile(pattern)) == {"play"}
    assert {"who"} in sets and {"guitar", "bass"} in sets
    gated = rx.compile(pattern)
    assert isinstance(gated, rx.Gated)
    # "play" is there and "who" is not: the engine is not asked, and would find nothing
    text = rx.Text("⟨1⟩, which she plays on guitar")
    assert not gated._rest_in(text)
    assert gated.search(text) is None and re.search(pattern, text) is None
    assert gated.search("⟨1⟩, who plays bass") is not None


@pytest.mark.parametrize("pattern", [
    r"(?i)⟨\d+⟩",  # case-insensitive, and its one literal is not ASCII: its folding is unknown
    r"played|\d+",  # one branch needs no literal
    r"(?:played)?\s+[A-Z]\w+",  # the literal is optional
    r"(?<=played\s)[A-Z]",  # look-arounds are not read
    r"[a-z]+",
])
def test_patterns_without_a_certain_literal_stay_plain(pattern: str) -> None:
    compiled = rx.compile(pattern)
    assert isinstance(compiled, re.Pattern)
    assert compiled is re.compile(pattern)


def test_positions_are_read_as_the_engine_reads_them() -> None:
    gated = rx.compile(r"\bby\s+(\w+)")
    assert isinstance(gated, rx.Gated)
    text = "sung by Kim"
    for pos, endpos in [(-5, 100), (0, 4), (5, 11), (-1, -1), (8, 3), (0, 11)]:
        assert _spans(gated.search(text, pos, endpos)) == \
            _spans(gated._pattern.search(text, pos, endpos)), (pos, endpos)
        assert _spans(gated.match(text, pos, endpos)) == \
            _spans(gated._pattern.match(text, pos, endpos)), (pos, endpos)
    long = "x" * 10_000 + " by Kim"
    assert gated.match(long, 10_001).span() == (10_001, 10_007)
    assert gated.search("sung as Kim") is None
    assert list(gated.finditer("nobody here")) == []
    assert gated.subn("", "not here") == ("not here", 0)
    assert gated.split("no such word", 1) == ["no such word"]
    assert gated.pattern == r"\bby\s+(\w+)" and gated.groups == 1  # lent by the pattern


def test_a_text_with_its_trigrams_is_a_str_that_gated_patterns_reject_by_them() -> None:
    gated = rx.compile(r"\b(?:played|portrayed)\s+by\s+(\w+)")
    assert isinstance(gated, rx.Gated)
    text = rx.Text("The lead is played by Kim.")
    assert isinstance(text, str) and text == "The lead is played by Kim." and text[4:8] == "lead"
    assert ("y", "e", "d") in text.grams and ("r", "a", "y") not in text.grams
    assert [m.group(1) for m in gated.finditer(text)] == ["Kim"]
    assert gated.search(text).group(1) == "Kim" and gated.match(text) is None
    assert list(gated.finditer(rx.Text("The lead is sung by Kim."))) == []
    # the trigrams answer only for the whole text: a window is tested by its literals
    assert gated.search(text, 0, 20) is None and gated.search(text, 10).group(1) == "Kim"


def test_found_by_names_the_pattern_behind_a_match() -> None:
    gated, plain = rx.compile(r"played\s+by"), rx.compile(r"[A-Z]\w+")
    match = gated.search("She is played by Kim")
    assert match is not None and match.re is not gated  # why found_by exists
    assert rx.found_by(match, gated) and rx.found_by(match, plain, gated)
    assert not rx.found_by(match, plain)
    assert rx.found_by(plain.search("Kim"), plain)


def test_extraction_with_and_without_the_gate_is_the_same(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    corpus = load_corpus(resources.shipped_sources_dir())
    registry = Registry.from_folder(resources.shipped_sources_dir())
    source = corpus.sources[0]
    gated = extract(source.text, source.published, registry)
    for _name, pattern in _gated_patterns():
        monkeypatch.setattr(pattern, "_pieces", ("",))  # "" is in every text: never skips
    plain = extract(source.text, source.published, registry)
    assert gated == plain and gated.claims


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?i)\bplayed\s+by\s+(\w+)", "The lead is PLAYED BY Kim."),
    (r"(?i)\bplayed\s+by\s+(\w+)", "The lead is Played by Kim."),
    (r"(?i)\bplayed\s+by\s+(\w+)", "The lead is sung by Kim."),
    # letters outside ASCII that IGNORECASE takes for ASCII ones, whose lower case is not
    # that letter: the text is not tested, and the engine answers
    (r"(?i)\bsky\b", "The \u017fky is blue."),
    (r"(?i)\bsky\b", "The s\u212ay is blue."),
    (r"(?i)\bin\s+(\w+)", "Born \u0130n Seoul."),
    (r"(?i)\bin\s+(\w+)", "Born \u0131n Seoul."),
    (r"(?i)(?:drama|series)\s+(\w+)", "The SERIES finale"),
    (r"(?i)by\s+(?-i:Kim)", "BY Kim"),
    (r"(?i)by\s+(?-i:Kim)", "BY KIM"),  # the gate lets it through; the engine says no
])
def test_a_case_insensitive_pattern_is_tested_by_its_literals_in_lower_case(
        pattern: str, text: str) -> None:
    gated = rx.compile(pattern)
    assert isinstance(gated, rx.FoldedGated)
    assert all(piece == piece.lower() and piece.isascii() for piece in gated.literals)
    raw = gated._pattern
    for subject in (text, rx.Text(text)):
        for method in ("finditer", "search", "match", "fullmatch"):
            assert _spans(getattr(gated, method)(subject)) == \
                _spans(getattr(raw, method)(subject)), (method, subject)
        assert gated.findall(subject) == raw.findall(subject)
        assert gated.sub("_", subject) == raw.sub("_", subject)
        assert _spans(gated.search(subject, 2)) == _spans(raw.search(subject, 2))


def test_a_case_insensitive_gate_skips_a_text_without_its_literals() -> None:
    gated = rx.compile(r"\b(?:played|acted)\s+by\s+(\w+)", re.I)
    assert isinstance(gated, rx.FoldedGated) and gated.literals == {"played", "acted"}
    assert [m.group(1) for m in gated.finditer(rx.Text("ACTED BY Kim"))] == ["Kim"]
    text = rx.Text("The lead is sung by Kim.")
    assert text.lowered == "the lead is sung by kim."
    assert rx.Text("The \u017fky").lowered is None  # tested by the engine alone
    # the test is the lower-case copy: one that claims the literal is there lets the engine
    # answer (and it finds nothing); one that leaves it out skips the engine
    text.lowered = "played"
    assert gated.search(text) is None
    shown = rx.Text("PLAYED BY Kim")
    assert gated.search(shown).group(1) == "Kim"
    shown.lowered = "sung"
    assert gated.search(shown) is None and gated.search(str(shown)).group(1) == "Kim"


def test_no_extraction_module_binds_a_pattern_name_twice() -> None:
    # a second assignment silently replaces the first pattern, and every use of the name reads
    # the new one
    import ast
    from pathlib import Path

    for path in sorted(Path(kg.extraction.__path__[0]).glob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                    assert target.id not in seen, (path.name, target.id, seen[target.id],
                                                   node.lineno)
                    seen[target.id] = node.lineno


def test_the_position_cue_is_in_every_sentence_with_a_chart_position(texts: list[str]) -> None:
    # the chart reader skips the position pattern when the cheaper cue is absent: the cue must
    # be there whenever a position is
    from kg.extraction import charts

    with_position = [t for t in texts if charts._POSITION.search(t)]
    assert with_position  # the seeds have chart positions
    assert all(charts._POSITION_CUE.search(t) for t in with_position)
    for text in ("It was ninth on the chart.", "No. 12 on ⟨1⟩", "It topped the ⟨0⟩.",
                 "⟨2⟩ was up to third place", "It ranked 17th on ⟨3⟩"):
        assert charts._POSITION.search(text) and charts._POSITION_CUE.search(text), text
    assert not charts._POSITION_CUE.search("⟨0⟩ sang it on ⟦1⟧ with ⟨2⟩.")
