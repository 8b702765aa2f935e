"""The OpenAPI 3.1 description of the server's HTTP API, made from the stored query library.

Each stored query is its own path (``/queries/NAME``) with its declared parameters typed, so
that generated clients and API explorers show them as they are.
"""

from __future__ import annotations

from kg.negotiation import GRAPH_FORMATS, RESULT_FORMATS

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from kg.library import Parameter, QueryLibrary

_SCHEMAS = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "decimal": {"type": "number"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "iri": {"type": "string", "format": "iri"},
}


def _text(message: str) -> dict:
    return {"description": message, "content": {"text/plain": {"schema": {"type": "string"}}}}


def _results(description: str, formats: dict[str, str]) -> dict:
    return {"description": description,
            "headers": {"Link": {"description": "rel=next, prev and first pages when the "
                                                "answer has more rows than the row limit",
                                 "schema": {"type": "string"}}},
            "content": {media: {"schema": {}} for media in formats.values()}}


_ERRORS = {
    "400": _text("A malformed query, or a parameter missing or of the wrong type; the message "
                 "says which."),
    "403": _text("An update (the endpoint is read-only), or SERVICE on a server that does not "
                 "allow it."),
    "406": _text("None of the accepted media types can carry the answer."),
    "503": _text("The query ran past the time limit and was stopped, or every worker was busy."),
}

_FORMAT = {"name": "format", "in": "query", "required": False,
           "description": "The serialisation, overriding the Accept header.",
           "schema": {"type": "string", "enum": [*RESULT_FORMATS, *GRAPH_FORMATS]}}
_PAGE = {"name": "page", "in": "query", "required": False,
         "description": "The page of an answer larger than the row limit (from 1).",
         "schema": {"type": "integer", "minimum": 1, "default": 1}}


def _parameter(p: Parameter) -> dict:
    schema = dict(_SCHEMAS[p.type])
    if p.default is not None:
        schema["default"] = p.default
    return {"name": p.name, "in": "query", "required": p.required,
            "description": p.description, "schema": schema}


def openapi(library: QueryLibrary, base_url: str, version: str) -> dict:
    """The OpenAPI document of a server at ``base_url`` serving ``library``."""
    paths: dict[str, dict] = {
        "/queries": {"get": {
            "operationId": "listQueries",
            "summary": "The stored queries with their metadata and text",
            "responses": {"200": {"description": "The stored queries",
                                  "content": {"application/json": {"schema": {
                                      "$ref": "#/components/schemas/QueryList"}}}}}}},
        "/sparql": {
            "get": {"operationId": "sparqlGet", "summary": "SPARQL 1.1 Protocol query",
                    "description": "Without a query, the SPARQL 1.1 Service Description.",
                    "parameters": [
                        {"name": "query", "in": "query", "required": False,
                         "schema": {"type": "string"}},
                        {"name": "default-graph-uri", "in": "query", "required": False,
                         "schema": {"type": "array", "items": {"type": "string"}}},
                        {"name": "named-graph-uri", "in": "query", "required": False,
                         "schema": {"type": "array", "items": {"type": "string"}}},
                        _FORMAT, _PAGE],
                    "responses": {"200": _results("The answer", {**RESULT_FORMATS,
                                                                 **GRAPH_FORMATS}),
                                  **_ERRORS}},
            "post": {"operationId": "sparqlPost", "summary": "SPARQL 1.1 Protocol query",
                     "requestBody": {"required": True, "content": {
                         "application/x-www-form-urlencoded": {"schema": {
                             "type": "object", "required": ["query"],
                             "properties": {"query": {"type": "string"}}}},
                         "application/sparql-query": {"schema": {"type": "string"}}}},
                     "responses": {"200": _results("The answer", {**RESULT_FORMATS,
                                                                  **GRAPH_FORMATS}),
                                   "415": _text("Another Content-Type."), **_ERRORS}}},
        "/id/{key}": {"get": {
            "operationId": "entity", "summary": "An entity's page or description",
            "parameters": [{"name": "key", "in": "path", "required": True,
                            "description": "The entity IRI after https://w3id.org/lovely-runner/"
                                           "id/, e.g. person/byeon-woo-seok",
                            "schema": {"type": "string"}}],
            "responses": {"200": {"description": "HTML for browsers, else RDF",
                                  "content": {"text/html": {"schema": {"type": "string"}},
                                              **{m: {"schema": {}}
                                                 for m in GRAPH_FORMATS.values()}}},
                          "404": _text("No such entity.")}}},
        "/labels": {"get": {
            "operationId": "labels", "summary": "Labels of IRIs",
            "parameters": [{"name": "iri", "in": "query", "required": True,
                            "schema": {"type": "array", "items": {"type": "string"}}}],
            "responses": {"200": {"description": "IRI to label, for the IRIs that have one",
                                  "content": {"application/json": {"schema": {
                                      "type": "object",
                                      "additionalProperties": {"type": "string"}}}}}}}},
        "/.well-known/void": {"get": {
            "operationId": "datasetDescription", "summary": "VoID and DCAT description",
            "responses": {"200": {"description": "The dataset description",
                                  "content": {m: {"schema": {}}
                                              for m in GRAPH_FORMATS.values()}}}}},
    }
    for stored in library.all():
        operation = "query" + "".join(w.capitalize() for w in stored.name.split("-"))
        paths[f"/queries/{stored.name}"] = {"get": {
            "operationId": operation,
            "summary": stored.title,
            "description": stored.description,
            "tags": ["checks" if stored.severity else "stored queries"],
            "parameters": [*(_parameter(p) for p in stored.parameters), _FORMAT, _PAGE],
            "responses": {"200": _results("The answer", RESULT_FORMATS), **_ERRORS},
        }}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Lovely Runner KG", "version": version,
                 "description": "A read-only SPARQL endpoint, the stored queries as an HTTP API, "
                                "entity pages and the dataset description.",
                 "license": {"name": "MIT", "identifier": "MIT"}},
        "servers": [{"url": base_url.rstrip("/")}],
        "paths": paths,
        "components": {"schemas": {
            "Parameter": {"type": "object", "properties": {
                "name": {"type": "string"}, "type": {"type": "string",
                                                     "enum": list(_SCHEMAS)},
                "required": {"type": "boolean"}, "default": {"type": ["string", "null"]},
                "description": {"type": "string"}}},
            "StoredQuery": {"type": "object", "properties": {
                "name": {"type": "string"}, "title": {"type": "string"},
                "description": {"type": "string"}, "text": {"type": "string"},
                "url": {"type": "string"},
                "parameters": {"type": "array",
                               "items": {"$ref": "#/components/schemas/Parameter"}}}},
            "QueryList": {"type": "object", "properties": {
                "queries": {"type": "array",
                            "items": {"$ref": "#/components/schemas/StoredQuery"}}}},
        }},
    }
