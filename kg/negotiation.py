"""Content negotiation: which serialisation an HTTP client gets.

Formats have short names (``json``, ``turtle``…) that a ``format`` parameter may give directly
(a download link cannot set an Accept header); otherwise the ``Accept`` header is matched against
the media types each kind of answer can take, following RFC 9110: the most specific media range
that matches a type gives its quality, the highest quality wins, and the server's order breaks
ties.
"""

from __future__ import annotations

#: Serialisations of SELECT and ASK results: name -> media type (the first is the default).
RESULT_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}

#: Serialisations of graphs (CONSTRUCT, DESCRIBE, entity descriptions, dataset descriptions).
GRAPH_FORMATS: dict[str, str] = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}

#: Other media types clients send for the same formats.
ALIASES: dict[str, str] = {
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
    "text/plain": "ntriples",
    "application/json+ld": "jsonld",
}

HTML = "text/html"


def media_type(name: str) -> str:
    """The media type of a format name (``html`` included)."""
    if name == "html":
        return HTML
    return RESULT_FORMATS.get(name) or GRAPH_FORMATS[name]


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their quality, in the header's order.

    A missing or empty header accepts anything. Malformed parts are skipped, as RFC 9110 lets a
    server do, rather than refusing the request.
    """
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        quality = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality))
    return ranges


def _quality(media: str, ranges: list[tuple[str, float]], exact_only: bool = False) -> float:
    kind = media.split("/", 1)[0] + "/*"
    best_rank, best_q = -1, 0.0
    for accepted, q in ranges:
        if exact_only and accepted != media:
            continue
        rank = 2 if accepted == media else 1 if accepted == kind else 0 if accepted == "*/*" else -1
        if rank > best_rank:
            best_rank, best_q = rank, q
    return best_q if best_rank >= 0 else 0.0


def choose(accept: str | None, offered: list[str]) -> str | None:
    """The name among ``offered`` format names that the Accept header prefers, or None.

    Aliases count for their format when named exactly: ``application/json`` chooses ``json``,
    while ``text/*`` does not choose SPARQL XML through its alias ``text/xml``.
    """
    ranges = parse_accept(accept)
    best, best_q = None, 0.0
    for name in offered:
        aliases = [alias for alias, n in ALIASES.items() if n == name]
        q = max([_quality(media_type(name), ranges),
                 *(_quality(a, ranges, exact_only=True) for a in aliases)])
        if q > best_q:
            best, best_q = name, q
    return best


def acceptable(offered: list[str]) -> str:
    """The media types of ``offered``, for a 406 message."""
    return ", ".join(media_type(name) for name in offered)
