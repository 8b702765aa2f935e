"""The ``lovely-kg`` command: a thin layer over the Python API.

Modules are imported inside the command that needs them, so that a query starts fast: the
common ``lovely-kg query NAME [options]`` is even read without argparse (which alone costs a
third of a query), by :func:`fast_query_args`, which gives exactly what argparse would and
hands anything else (help, mistakes, other commands) to the full parser.
"""

from __future__ import annotations

import os
import sys

from kg.errors import KgError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from collections.abc import Sequence


RESULT_FORMATS = ("table", "json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld")
# What the full parser gives the options of a query on a remote endpoint when none is used.
REMOTE_DEFAULTS = {"endpoint": None, "user": None, "password_env": None, "timeout": None,
                   "server_dataset": False}
DEFAULT_TIMEOUT = 30.0


class Args:
    """Parsed arguments: what ``argparse.Namespace`` holds, without importing argparse."""

    def __init__(self, **values: object) -> None:
        self.__dict__.update(values)

    def __eq__(self, other: object) -> bool:
        return vars(self) == vars(other)

    def __repr__(self) -> str:
        return f"Args({vars(self)!r})"


def fast_query_args(argv: Sequence[str]) -> Args | None:
    """Arguments of a plain ``query NAME [--param K=V] [--format F] [--store P]`` call.

    Returns ``None`` for anything else, which the full parser then reads (and reports on).
    """
    if len(argv) < 2 or argv[0] != "query" or argv[1].startswith("-"):
        return None
    values: dict[str, object] = {"command": "query", "name": argv[1], "list": False,
                                 "param": [], "format": None, "store": None, **REMOTE_DEFAULTS}
    dests = {"--param": "param", "-p": "param", "--format": "format", "-f": "format",
             "--store": "store"}
    i = 2
    while i < len(argv):
        option, eq, value = argv[i].partition("=")
        if option not in dests or (eq and not option.startswith("--")):
            return None
        if not eq:
            if i + 1 >= len(argv):
                return None
            i += 1
            value = argv[i]
        if not value or value.startswith("-"):
            return None  # argparse's own handling of such values is what the user gets
        dest = dests[option]
        if dest == "param":
            values["param"].append(value)  # type: ignore[union-attr]
        elif dest == "format" and value not in RESULT_FORMATS:
            return None
        else:
            values[dest] = value
        i += 1
    return Args(**values)


def _emit(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _parse_params(pairs: Sequence[str]) -> dict[str, str]:
    from kg.errors import ParameterError

    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ParameterError(f"'{pair}' is not KEY=VALUE; write for example "
                                 "--param name='Byeon Woo Seok'.")
        if key in params:
            raise ParameterError(f"The parameter '{key}' is given twice.")
        params[key] = value
    return params


def cmd_query(args: Args) -> int:
    from kg.library import QueryLibrary

    library = QueryLibrary()
    if args.list:
        queries = library.all()
        width = max(len(q.name) for q in queries)
        lines = []
        for q in queries:
            params = "".join(f" [{p.name}]" if not p.required else f" <{p.name}>"
                             for p in q.parameters)
            lines.append(f"{q.name.ljust(width)}  {q.title}{params}")
        _emit("\n".join(lines))
        return 0
    if not args.name:
        from kg.errors import ParameterError

        raise ParameterError("Name a stored query, or use --list to see them.")
    stored = library.get(args.name)
    params = _parse_params(args.param)
    stored.bindings(params)  # report parameter mistakes before opening the store
    remote_only = (args.user, args.password_env, args.timeout, args.server_dataset)
    if args.endpoint is not None or any(v not in (None, False) for v in remote_only):
        from kg.commands import remote_graph

        graph = remote_graph(args, library)
    else:
        from kg.graph import KnowledgeGraph

        graph = KnowledgeGraph.open(args.store, library)
    result = graph.run_stored(stored, params)
    _emit(result.serialize(args.format or "table", graph.label))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``lovely-kg``; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = fast_query_args(argv)
    if args is None:
        from kg.commands import parser

        args = parser().parse_args(argv)
    try:
        if args.command == "query":
            return cmd_query(args)
        from kg.commands import COMMANDS

        return COMMANDS[args.command](args)
    except KgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader (head, less) went away: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
