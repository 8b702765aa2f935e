"""The HTML around the server's own pages (entity pages, errors): one layout, escaped text.

Pages are plain HTML with one style sheet and no script, so they read the same with any
browser and satisfy the server's Content-Security-Policy (``default-src 'self'``).
"""

from __future__ import annotations

from html import escape

from kg.namespaces import ID

SITE = "Lovely Runner KG"


def local_path(iri: str) -> str | None:
    """The server path of an entity IRI (``…/id/person/x`` → ``/id/person/x``), else None."""
    if iri.startswith(ID) and len(iri) > len(ID):
        return "/id/" + iri[len(ID):]
    return None


def link(iri: str, text: str | None = None) -> str:
    """An HTML link to an IRI: entities to their page on this server, others as they are."""
    href = local_path(iri) or iri
    shown = escape(text if text is not None else iri)
    external = "" if href.startswith("/") else ' rel="external"'
    return f'<a href="{escape(href)}"{external} title="{escape(iri)}">{shown}</a>'


def layout(title: str, body: str, alternates: list[tuple[str, str, str]] | None = None) -> str:
    """A complete page. ``alternates`` are (href, media type, label) of other serialisations."""
    heads = "".join(f'\n  <link rel="alternate" type="{escape(t)}" href="{escape(h)}">'
                    for h, t, _ in alternates or [])
    formats = ""
    if alternates:
        items = " · ".join(f'<a href="{escape(h)}" type="{escape(t)}">{escape(label)}</a>'
                           for h, t, label in alternates)
        formats = f'\n<p class="formats">Also as {items}.</p>'
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(title)} · {SITE}</title>
  <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/static/base.css">
  <link rel="stylesheet" href="/static/pages.css">{heads}
</head>
<body>
<header class="site">
  <a class="home" href="/">{SITE}</a>
  <nav><a href="/">Query</a> <a href="/queries">Stored queries (JSON)</a>
  <a href="/.well-known/void">Dataset description</a></nav>
</header>
<main>
{body}{formats}
</main>
</body>
</html>
"""


def error_page(status: int, message: str) -> str:
    """A page for an HTTP error, with the message a user can act on."""
    return layout(f"Error {status}", f"<h1>Error {status}</h1>\n<p>{escape(message)}</p>")
