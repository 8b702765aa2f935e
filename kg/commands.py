"""The commands of ``lovely-kg`` other than a plain local query, and the full argument parser.

Kept apart from :mod:`kg.cli` so that the common ``lovely-kg query NAME`` loads none of this
(the parser's definitions alone cost milliseconds to load): :mod:`kg.cli` reads that command
itself and imports this module for everything else.
"""

from __future__ import annotations

import os
import sys

from kg.cli import (
    DEFAULT_TIMEOUT,
    GRAPH_FORMATS,
    RESULT_FORMATS,
    Args,
    _emit,
    cmd_query,
)
from kg.errors import KgError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from kg.library import QueryLibrary
    from kg.remote import RemoteGraph

def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", metavar="PATH",
                        help="store location (default: $LOVELY_KG_STORE, else "
                             "~/.local/share/lovely-runner-kg/store)")


def _remote_options(parser: argparse.ArgumentParser, *, dataset: bool = True) -> None:
    parser.add_argument("--endpoint", metavar="URL",
                        help="run on this SPARQL 1.1 endpoint, where the graph was published "
                             "with 'lovely-kg publish', instead of the local store")
    _credential_options(parser)
    if dataset:
        parser.add_argument("--server-dataset", action="store_true",
                            help="with --endpoint: query the server's own default graph and "
                                 "named graphs, not the published dataset")


def _credential_options(parser: argparse.ArgumentParser, timeout: float = DEFAULT_TIMEOUT
                        ) -> None:
    parser.add_argument("--user", metavar="NAME",
                        help="user name, when the server asks for credentials (HTTP Basic or "
                             "Digest); needs --password-env")
    parser.add_argument("--password-env", metavar="VARIABLE",
                        help="the environment variable that holds the password (a password "
                             "is never given on the command line)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS",
                        help=f"how long to wait for each answer (default: {timeout:g})")


def parser() -> argparse.ArgumentParser:
    """The full argument parser of ``lovely-kg``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="lovely-kg",
        description="Lovely Runner KG: build, query and export a source-anchored knowledge "
                    "graph of the drama Lovely Runner and its soundtrack.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("build", help="read the sources, emit RDF and load the store")
    _store_option(p)
    p.add_argument("--sources", metavar="DIR",
                   help="sources folder (default: $LOVELY_KG_SOURCES, else the articles shipped "
                        "with the project)")
    p.add_argument("--reasoner", choices=("auto", "closed-form", "owlrl"), default="auto",
                   help="how OWL-RL entailments are computed (default: auto, the fast "
                        "closed form when the ontology allows it, else owlrl)")

    p = sub.add_parser("validate", help="check the built graph: SHACL shapes, consistency "
                                        "checks, disjointness")
    _store_option(p)
    p.add_argument("--format", "-f", choices=("text", "json"), default="text",
                   help="report format (default: text)")

    p = sub.add_parser("query", help="run a stored query (see --list)")
    p.add_argument("name", nargs="?", help="name of the stored query")
    p.add_argument("--list", action="store_true", help="list the stored queries with their titles")
    p.add_argument("--param", "-p", action="append", default=[], metavar="KEY=VALUE",
                   help="a parameter value (repeatable)")
    p.add_argument("--format", "-f", choices=RESULT_FORMATS,
                   help="output format (default: table)")
    _store_option(p)
    _remote_options(p)

    p = sub.add_parser("sparql", help="run an ad-hoc SPARQL query")
    p.add_argument("query", nargs="?", help="the query text")
    p.add_argument("--file", metavar="Q.rq", help="read the query from a file")
    p.add_argument("--format", "-f", choices=RESULT_FORMATS + GRAPH_FORMATS,
                   help="output format (SELECT/ASK: table, json, xml, csv, tsv; "
                        "CONSTRUCT/DESCRIBE: turtle, ntriples, jsonld)")
    _store_option(p)
    _remote_options(p)

    p = sub.add_parser("publish", help="write the graph to a SPARQL 1.1 server (Graph Store "
                                       "Protocol), replacing what was published there before")
    p.add_argument("--endpoint", metavar="URL", required=True,
                   help="the server's SPARQL query endpoint (Oxigraph: http://HOST:PORT/query; "
                        "Virtuoso: http://HOST:PORT/sparql)")
    p.add_argument("--graph-store", metavar="URL",
                   help="its Graph Store endpoint (default: derived from --endpoint: "
                        ".../store for Oxigraph, .../sparql-graph-crud-auth for Virtuoso)")
    _credential_options(p, timeout=60.0)
    p.add_argument("--format", "-f", choices=("text", "json"), default="text",
                   help="report format (default: text)")
    _store_option(p)

    p = sub.add_parser("link", help="link the graph's entities to Wikidata items "
                                    "(reconciliation)")
    p.add_argument("target", choices=("wikidata",), help="what to link to")
    p.add_argument("--offline", action="store_true",
                   help="use only the HTTP cache (a replay of an earlier run); list the "
                        "entities it cannot resolve")
    p.add_argument("--min-score", type=float, default=0.8, metavar="S",
                   help="accept the best candidate only from this score (0-1, default 0.8)")
    p.add_argument("--api", metavar="URL",
                   help="the api.php to ask (default: $LOVELY_KG_WIKIDATA_API, else "
                        "https://www.wikidata.org/w/api.php)")
    p.add_argument("--cache", metavar="DIR",
                   help="HTTP cache folder (default: $LOVELY_KG_CACHE, else "
                        "~/.cache/lovely-runner-kg/http)")
    p.add_argument("--sources", metavar="DIR",
                   help="sources folder holding the curated wikidata.yaml (the one the graph "
                        "was built from; default: $LOVELY_KG_SOURCES, else the shipped one)")
    p.add_argument("--format", "-f", choices=("text", "json"), default="text",
                   help="report format (default: text)")
    _store_option(p)

    p = sub.add_parser("serve", help="serve the graph over HTTP: SPARQL endpoint, stored "
                                     "queries, query page, entity pages")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000,
                   help="port to listen on; 0 picks a free one (default: 8000)")
    p.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                   help="time limit of a query; a query past it is stopped (default: 10)")
    p.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                   help="rows per page of an answer; more are paged with Link headers "
                        "(default: 10000)")
    p.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1), metavar="N",
                   help="query processes (default: the number of CPUs, at most 4)")
    p.add_argument("--allow-service", action="store_true",
                   help="let queries call other endpoints with SERVICE (off by default)")
    p.add_argument("--quiet", "-q", action="store_true", help="do not log requests")
    _store_option(p)

    p = sub.add_parser("ingest", help="add an article to a sources folder, with the claims the "
                                      "extractor proposes for review")
    p.add_argument("article", metavar="ARTICLE.txt", help="the article text (UTF-8)")
    p.add_argument("--url", required=True, help="where the article was published")
    p.add_argument("--published", required=True, metavar="YYYY-MM-DD",
                   help="its publication date")
    p.add_argument("--publisher", required=True, metavar="NAME",
                   help="its publisher: an organisation of the registry under any of its "
                        "names, else a new news outlet")
    p.add_argument("--sources", metavar="DIR",
                   help="sources folder to add it to (default: $LOVELY_KG_SOURCES); a DIR that "
                        "does not exist is created as a copy of the shipped sources, which are "
                        "never written to")

    p = sub.add_parser("review", help="list, accept or reject the proposed claims of a source")
    p.add_argument("source", metavar="SOURCE",
                   help="the source: its file name, stem or number (NNN)")
    p.add_argument("--sources", metavar="DIR",
                   help="sources folder (default: $LOVELY_KG_SOURCES, else the shipped one, "
                        "which can only be listed)")
    p.add_argument("--accept", nargs="+", default=[], metavar="ID",
                   help="accept these claims (and the proposed entities they use)")
    p.add_argument("--reject", nargs="+", default=[], metavar="ID", help="reject these claims")
    p.add_argument("--accept-all", action="store_true",
                   help="accept every proposed claim not rejected")
    p.add_argument("--edit", action="store_true",
                   help="edit the claims file in $EDITOR; kept only if it passes the checks")
    p.add_argument("--all", action="store_true",
                   help="list every claim, not only the proposed ones")
    p.add_argument("--format", "-f", choices=("text", "json"), default="text",
                   help="listing format (default: text)")

    p = sub.add_parser("eval-extractor", help="precision and recall of the claim extractor "
                                              "against hand annotations")
    p.add_argument("--corpus", action="extend", nargs="+", metavar="DIR",
                   help="a sources folder with hand-made claims (repeatable; default: the "
                        "shipped sources and the evaluation corpus' dev and heldout folders)")
    p.add_argument("--format", "-f", choices=("text", "json"), default="text",
                   help="report format (default: text)")
    p.add_argument("--details", action="store_true",
                   help="also list every missed and every wrong relation tuple")
    p.add_argument("--check", action="store_true",
                   help="exit 1 when a relation is under the targets (precision 0.9, "
                        "recall 0.8) in any corpus")

    p = sub.add_parser("export", help="write the graph as RDF")
    p.add_argument("--format", "-f", required=True,
                   choices=("turtle", "ntriples", "nquads", "trig", "jsonld", "quickstatements"),
                   help="an RDF format, or quickstatements: QuickStatements v1 commands for "
                        "the facts about entities linked to Wikidata, with references")
    p.add_argument("--output", "-o", metavar="FILE", help="file to write (default: stdout)")
    p.add_argument("--inferred", action=argparse.BooleanOptionalAction, default=True,
                   help="include the OWL-RL entailments (graph/inferred and the merged view); "
                        "--no-inferred writes only what the ontology and the sources state "
                        "(default: --inferred)")
    _store_option(p)
    return parser


def cmd_build(args: Args) -> int:
    from kg.builder import build
    from kg.errors import ValidationError

    try:
        report = build(store=args.store, sources=args.sources, reasoner=args.reasoner)
    except ValidationError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    _emit(report.summary())
    return 0


def cmd_validate(args: Args) -> int:
    from kg.validation import validate_store

    report = validate_store(args.store)
    _emit(report.to_json() if args.format == "json" else report.to_text())
    return 0 if report.ok else 1


def cmd_sparql(args: Args) -> int:
    from kg.errors import ParameterError

    if (args.query is None) == (args.file is None):
        raise ParameterError("Give the query either as an argument or with --file, not both.")
    origin = "the query"
    text = args.query
    if args.file:
        try:
            with open(args.file, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise KgError(f"Cannot read the query file {args.file}: {exc}") from None
        origin = args.file
    if args.endpoint is not None or _remote_only_options(args):
        graph = remote_graph(args)
    else:
        from kg.graph import KnowledgeGraph

        graph = KnowledgeGraph.open(args.store)
    result = graph.sparql(text, origin)
    fmt = args.format
    if result.kind == "graph":
        from kg.exports import EXPORT_PREFIXES, FORMATS

        fmt = fmt if fmt in GRAPH_FORMATS else "turtle"
        import pyoxigraph as ox

        rdf_format = FORMATS[fmt][0]
        data = ox.serialize(result.triples, format=rdf_format,
                            prefixes=EXPORT_PREFIXES if fmt == "turtle" else None)
        sys.stdout.buffer.write(data)
        return 0
    if fmt in GRAPH_FORMATS:
        raise ParameterError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries; this one "
                             f"returns {'a boolean' if result.kind == 'ask' else 'rows'}.")
    _emit(result.serialize(fmt or "table", graph.label))
    return 0


def _remote_only_options(args: Args) -> list[str]:
    """The options given that only make sense with --endpoint."""
    given = {"--user": args.user, "--password-env": args.password_env,
             "--timeout": args.timeout, "--server-dataset": args.server_dataset}
    return [option for option, value in given.items() if value not in (None, False)]


def _credentials(args: Args) -> tuple[str | None, str | None]:
    """(user, password): the password is read from the variable named by --password-env."""
    from kg.errors import ParameterError

    if args.password_env is None:
        if args.user is not None:
            raise ParameterError("--user needs --password-env VARIABLE, the environment "
                                 "variable that holds the password.")
        return None, None
    if args.user is None:
        raise ParameterError("--password-env needs --user NAME.")
    password = os.environ.get(args.password_env)
    if password is None:
        raise ParameterError(f"The environment variable {args.password_env} (named by "
                             f"--password-env) is not set; set it to the password of "
                             f"'{args.user}', for example: read -rs {args.password_env} && "
                             f"export {args.password_env}")
    return args.user, password


def _timeout(args: Args, default: float) -> float:
    from kg.errors import ParameterError

    if args.timeout is None:
        return default
    if not args.timeout > 0:
        raise ParameterError(f"--timeout must be a positive number of seconds; got "
                             f"{args.timeout:g}.")
    return args.timeout


def remote_graph(args: Args, library: QueryLibrary | None = None) -> RemoteGraph:
    """The RemoteGraph a query or sparql command with --endpoint runs on."""
    from kg.errors import ParameterError
    from kg.remote import RemoteGraph

    if args.endpoint is None:
        raise ParameterError(f"{', '.join(_remote_only_options(args))}: only with "
                             "--endpoint URL.")
    if args.store is not None:
        raise ParameterError("--store and --endpoint exclude each other: the query runs "
                             "either on a local store or on an endpoint.")
    user, password = _credentials(args)
    return RemoteGraph(args.endpoint, library=library,
                       dataset="server" if args.server_dataset else "published", user=user,
                       password=password, timeout=_timeout(args, DEFAULT_TIMEOUT))


def cmd_publish(args: Args) -> int:
    from kg.publish import publish

    user, password = _credentials(args)
    report = publish(args.store, endpoint=args.endpoint, graph_store=args.graph_store,
                     user=user, password=password, timeout=_timeout(args, 60.0))
    _emit(report.to_json() if args.format == "json" else report.summary())
    return 0


def cmd_export(args: Args) -> int:
    from kg.exports import serialize, write
    from kg.graph import KnowledgeGraph

    graph = KnowledgeGraph.open(args.store)
    if args.format == "quickstatements":
        from kg.quickstatements import quickstatements

        commands = quickstatements(graph.store)
        print(commands.summary(), file=sys.stderr)
        data = commands.text.encode("utf-8")
    else:
        from kg.dataset import select

        data = serialize(select(graph.quads(), inferred=args.inferred), args.format)
    if args.output and args.output != "-":
        write(data, args.output)
        print(f"Wrote {args.output} ({len(data)} bytes, {args.format}).", file=sys.stderr)
    else:
        write(data, sys.stdout.buffer)
    return 0


def cmd_link(args: Args) -> int:
    from kg.errors import ValidationError
    from kg.linking import link_wikidata

    try:
        report = link_wikidata(args.store, args.sources, api=args.api, cache=args.cache,
                               offline=args.offline, min_score=args.min_score)
    except ValidationError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    _emit(report.to_json() if args.format == "json" else report.summary())
    return 0


def cmd_serve(args: Args) -> int:
    import signal

    from kg.errors import ParameterError
    from kg.server import Server

    if args.timeout <= 0 or args.max_rows < 1 or args.workers < 1:
        raise ParameterError("--timeout, --max-rows and --workers must be positive.")
    if not 0 <= args.port <= 65535:
        raise ParameterError(f"--port must be from 0 to 65535; got {args.port}.")
    server = Server(args.store, args.host, args.port, quiet=args.quiet, timeout=args.timeout,
                    max_rows=args.max_rows, workers=args.workers,
                    allow_service=args.allow_service)

    def ready(server: Server) -> None:
        print(f"Serving {server.app.location.path} at {server.url}", flush=True)

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    server.serve_forever(ready)
    return 0


def cmd_ingest(args: Args) -> int:
    from kg.ingest import ingest

    result = ingest(args.article, url=args.url, published=args.published,
                    publisher=args.publisher, sources=args.sources)
    _emit(result.summary())
    return 0


def cmd_review(args: Args) -> int:
    from kg import review
    from kg.ingest import writable_sources

    changing = bool(args.accept or args.reject or args.accept_all or args.edit)
    if changing:
        folder, _ = writable_sources(args.sources, create=False)
    else:
        from kg import resources

        folder = args.sources or resources.default_sources_dir()
    if args.edit:
        if args.accept or args.reject or args.accept_all:
            from kg.errors import ParameterError

            raise ParameterError("--edit goes alone: accept or reject in another run.")
        _emit(review.edit(folder, args.source).summary())
        return 0
    if changing:
        result = review.set_status(folder, args.source, accept=args.accept,
                                   reject=args.reject, accept_all=args.accept_all)
        _emit(result.summary())
        return 0
    found = review.listing(folder, args.source)
    _emit(found.to_json() if args.format == "json"
          else found.to_text(None if args.all else "proposed"))
    return 0


def cmd_eval_extractor(args: Args) -> int:
    from kg.evaluation import evaluate

    report = evaluate(args.corpus)
    _emit(report.to_json() if args.format == "json" else report.to_text(args.details))
    if args.check:
        failures = report.failures()
        for line in failures:
            print(f"under target: {line}", file=sys.stderr)
        return 1 if failures else 0
    return 0


COMMANDS = {"build": cmd_build, "validate": cmd_validate, "query": cmd_query,
            "sparql": cmd_sparql, "link": cmd_link, "export": cmd_export,
            "publish": cmd_publish, "serve": cmd_serve, "ingest": cmd_ingest,
            "review": cmd_review, "eval-extractor": cmd_eval_extractor}
