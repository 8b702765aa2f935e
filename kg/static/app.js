// The query page of the Lovely Runner KG server: plain ES2020, no framework, no build step.
//
// Everything the page shows is built with DOM methods and textContent, never innerHTML:
// query results, labels and server messages are data, not markup. All requests go to this
// page's own origin (the server sends a Content-Security-Policy of default-src 'self').
"use strict";

(() => {
  const ENTITY_NS = "https://w3id.org/lovely-runner/id/";
  const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
  // The prefixes the server declares for ad-hoc queries: IRIs without a label are shown in
  // this short form, which a user can paste back into a query.
  const PREFIXES = [
    ["id", ENTITY_NS],
    ["lr", "https://w3id.org/lovely-runner/ontology#"],
    ["schema", "https://schema.org/"],
    ["skos", "http://www.w3.org/2004/02/skos/core#"],
    ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
    ["rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
    ["owl", "http://www.w3.org/2002/07/owl#"],
    ["xsd", "http://www.w3.org/2001/XMLSchema#"],
    ["prov", "http://www.w3.org/ns/prov#"],
    ["dcterms", "http://purl.org/dc/terms/"],
    ["wd", "http://www.wikidata.org/entity/"],
    ["wdt", "http://www.wikidata.org/prop/direct/"],
  ];
  const RESULT_FORMATS = ["json", "xml", "csv", "tsv"];
  const GRAPH_FORMATS = ["turtle", "ntriples", "jsonld"];
  const FORMAT_NAMES = {
    json: "JSON", xml: "XML", csv: "CSV", tsv: "TSV",
    turtle: "Turtle", ntriples: "N-Triples", jsonld: "JSON-LD",
  };
  const FORMAT_EXTENSIONS = {
    json: "srj", xml: "srx", csv: "csv", tsv: "tsv",
    turtle: "ttl", ntriples: "nt", jsonld: "jsonld",
  };
  const SPARQL_JSON = "application/sparql-results+json";
  const N_TRIPLES = "application/n-triples";
  // Longer ad-hoc queries are POSTed: servers and proxies cap the length of a request line.
  const MAX_GET_URL = 6000;
  const LABEL_BATCH = 250;
  const LABEL_PARALLEL = 4;
  const FLAGSHIP = "who-voices-eclipse-songs";

  const $ = (id) => document.getElementById(id);

  const ui = {
    form: $("query-form"),
    example: $("example"),
    description: $("query-description"),
    params: $("params"),
    paramList: $("param-list"),
    modeNote: $("mode-note"),
    modeNoteText: $("mode-note-text"),
    restore: $("restore"),
    editor: $("query-text"),
    run: $("run"),
    endpoint: $("endpoint"),
    output: $("output"),
    status: $("status"),
    error: $("error"),
    errorTitle: $("error-title"),
    errorMessage: $("error-message"),
    downloads: $("downloads"),
    downloadList: $("download-list"),
    ask: $("ask-answer"),
    tableWrap: $("table-wrap"),
    table: $("results"),
    raw: $("raw-result"),
    paging: $("paging"),
    firstPage: $("first-page"),
    prevPage: $("prev-page"),
    nextPage: $("next-page"),
    pageInfo: $("page-info"),
  };

  const state = {
    queries: new Map(), // name -> stored query as /queries describes it
    stored: null, // the stored query loaded in the editor, while its text is unedited
    loadedFrom: null, // the stored query last chosen, to offer restoring it after an edit
    labels: new Map(), // IRI -> label, or null when the server has none
    controller: null, // aborts the request in flight when another run starts
    links: {}, // rel -> URL, from the Link header of the last answer
    shown: null, // the request whose answer is on screen: for downloads and paging
  };

  // -- small helpers ---------------------------------------------------------------------

  /** An element with attributes and children (strings become text nodes, never markup). */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function plural(n, one, many) {
    return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
  }

  function formatMs(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
  }

  function sameOrigin(href) {
    try {
      return new URL(href, location.href).origin === location.origin;
    } catch {
      return false;
    }
  }

  /** The path and query of a same-origin URL, or null for any other URL. */
  function localPath(href) {
    if (!sameOrigin(href)) return null;
    const url = new URL(href, location.href);
    return url.pathname + url.search;
  }

  function compactIri(iri) {
    for (const [prefix, ns] of PREFIXES) {
      if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
    }
    return iri;
  }

  /** Where an IRI links to: entities to their page on this server, the web to itself. */
  function hrefFor(iri) {
    if (iri.startsWith(ENTITY_NS) && iri.length > ENTITY_NS.length) {
      const key = iri.slice(ENTITY_NS.length).replace(/[?#%\s]/g, encodeURIComponent);
      return `/id/${key}`;
    }
    // Only web links: an IRI such as javascript:… must never become a clickable link.
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  /**
   * The query form (select, ask, construct or describe) of a SPARQL text, or null.
   * Comments, strings and IRIs are skipped, so a keyword inside them does not count.
   */
  function queryForm(text) {
    const scan = new RegExp(
      [
        "#[^\\n\\r]*",
        '"""[\\s\\S]*?"""',
        "'''[\\s\\S]*?'''",
        '"(?:[^"\\\\\\n\\r]|\\\\.)*"',
        "'(?:[^'\\\\\\n\\r]|\\\\.)*'",
        "<[^<>\"{}|^`\\\\\\s]*>",
        "\\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\\b",
      ].join("|"),
      "gi",
    );
    let match;
    while ((match = scan.exec(text)) !== null) {
      if (match[1]) return match[1].toLowerCase();
    }
    return null;
  }

  function isGraphForm(form) {
    return form === "construct" || form === "describe";
  }

  // -- the stored queries ----------------------------------------------------------------

  async function loadQueries() {
    let data;
    try {
      const response = await fetch("/queries", { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data = await response.json();
    } catch (err) {
      showError("The stored queries could not be loaded.", String(err.message || err));
      return;
    }
    const queries = Array.isArray(data.queries) ? data.queries : [];
    const groups = [
      ["Questions", []],
      ["Consistency checks", []],
      ["Federated (asks Wikidata)", []],
    ];
    for (const query of queries) {
      state.queries.set(query.name, query);
      const check = query.check ?? Boolean(query.severity);
      const group = check ? 1 : /\bSERVICE\b/i.test(query.text || "") ? 2 : 0;
      groups[group][1].push(query);
    }
    for (const [label, members] of groups) {
      if (members.length === 0) continue;
      const optgroup = el("optgroup", { label });
      for (const query of members) {
        optgroup.append(el("option", { value: query.name, text: query.title || query.name }));
      }
      ui.example.append(optgroup);
    }
  }

  /** Put a stored query in the editor with its parameters (values from `given`, else defaults). */
  function chooseStored(name, given = {}) {
    const query = state.queries.get(name);
    if (!query) return;
    ui.example.value = name;
    ui.editor.value = query.text;
    state.stored = query;
    state.loadedFrom = query;
    ui.description.textContent = query.description || "";
    renderParams(query, given);
    updateMode();
  }

  function chooseAdHoc() {
    state.stored = null;
    state.loadedFrom = null;
    ui.example.value = "";
    ui.description.textContent = "Runs the text below on /sparql.";
    renderParams(null);
    updateMode();
  }

  function renderParams(query, given = {}) {
    ui.paramList.replaceChildren();
    const params = query && Array.isArray(query.parameters) ? query.parameters : [];
    ui.params.hidden = params.length === 0;
    for (const param of params) {
      const id = `param-${param.name}`;
      const hintId = `${id}-hint`;
      const value = given[param.name] ?? param.default ?? "";
      const common = {
        id, name: param.name, "data-testid": id, "data-param": param.name,
        "aria-describedby": param.description ? hintId : null,
        required: Boolean(param.required),
      };
      let input;
      if (param.type === "boolean") {
        input = el("select", common,
          el("option", { value: "true", text: "true" }),
          el("option", { value: "false", text: "false" }));
        input.value = String(value).toLowerCase() === "true" ? "true" : "false";
      } else {
        const types = { date: "date", iri: "url" };
        const modes = { integer: "numeric", decimal: "decimal" };
        input = el("input", {
          ...common,
          type: types[param.type] || "text",
          inputmode: modes[param.type] || null,
          placeholder: param.required ? "required" : param.default ?? "",
          autocomplete: "off",
          spellcheck: "false",
        });
        input.value = value;
      }
      const label = el("label", { for: id }, param.name, " ",
        el("span", { class: "type", text: `(${param.type}${param.required ? ", required" : ""})` }));
      ui.paramList.append(el("div", { class: "param" }, label, input,
        param.description ? el("p", { id: hintId, class: "hint", text: param.description }) : null));
    }
  }

  function paramValues() {
    const values = {};
    for (const input of ui.paramList.querySelectorAll("[data-param]")) {
      if (input.value.trim() !== "") values[input.dataset.param] = input.value;
    }
    return values;
  }

  /** Stored or ad-hoc: a stored query stays stored until its text is edited. */
  function updateMode() {
    const from = state.loadedFrom;
    if (from && ui.editor.value === from.text) state.stored = from;
    else if (from) state.stored = null;
    const edited = Boolean(from) && state.stored === null;
    ui.params.disabled = edited;
    ui.modeNote.hidden = !edited;
    if (edited) {
      const hasParams = Array.isArray(from.parameters) && from.parameters.length > 0;
      ui.modeNoteText.textContent = hasParams
        ? "Edited: this text runs as an ad-hoc query on /sparql, where the parameters above " +
          "are not bound; write their values into the query. "
        : "Edited: this text runs as an ad-hoc query on /sparql. ";
    }
    ui.endpoint.replaceChildren("Runs on ",
      el("code", { text: state.stored ? state.stored.url || `/queries/${state.stored.name}` : "/sparql" }));
  }

  // -- requests --------------------------------------------------------------------------

  /** The request for the editor's current query: a stored query or an ad-hoc one. */
  function currentRequest() {
    if (state.stored) {
      const stored = state.stored;
      const values = paramValues();
      const missing = (stored.parameters || []).filter((p) => p.required && !(p.name in values));
      if (missing.length > 0) {
        return { problem: `Give a value for ${missing.map((p) => `“${p.name}”`).join(", ")}.`,
                 focus: $(`param-${missing[0].name}`) };
      }
      const search = new URLSearchParams(values).toString();
      const path = stored.url || `/queries/${encodeURIComponent(stored.name)}`;
      return {
        method: "GET", url: search ? `${path}?${search}` : path, body: null,
        form: queryForm(stored.text), name: stored.name,
        hash: new URLSearchParams({ query: stored.name, ...prefixed(values) }),
      };
    }
    const text = ui.editor.value;
    if (text.trim() === "") {
      return { problem: "Write a query first, or choose a stored one.", focus: ui.editor };
    }
    const search = new URLSearchParams({ query: text }).toString();
    const get = `/sparql?${search}`;
    const request = {
      method: "GET", url: get, body: null, form: queryForm(text), name: "query",
      hash: new URLSearchParams({ sparql: text }), downloadBase: get,
    };
    if (get.length > MAX_GET_URL) {
      request.method = "POST";
      request.url = "/sparql";
      request.body = new URLSearchParams({ query: text });
    }
    return request;
  }

  function prefixed(values) {
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [`p.${k}`, v]));
  }

  function acceptFor(form) {
    // Both kinds are acceptable: the form detection is a guess, the server knows.
    return isGraphForm(form)
      ? `${N_TRIPLES}, ${SPARQL_JSON};q=0.9, */*;q=0.1`
      : `${SPARQL_JSON}, ${N_TRIPLES};q=0.9, */*;q=0.1`;
  }

  async function run() {
    const request = currentRequest();
    if (request.problem) {
      showError(request.problem, "");
      if (request.focus) request.focus.focus();
      return;
    }
    // The address names the query, so that it can be bookmarked or shared.
    const hash = `#${request.hash.toString()}`;
    if (location.hash !== hash) history.replaceState(null, "", hash);
    await execute(request);
  }

  async function execute(request) {
    if (state.controller) state.controller.abort();
    const controller = new AbortController();
    state.controller = controller;
    setStatus("running", "Running…");
    ui.output.setAttribute("aria-busy", "true");
    ui.error.hidden = true;
    const started = performance.now();
    let response;
    let body;
    try {
      response = await fetch(request.url, {
        method: request.method,
        headers: { Accept: acceptFor(request.form) },
        body: request.body,
        signal: controller.signal,
        credentials: "same-origin",
      });
      body = await response.text();
    } catch (err) {
      if (controller.signal.aborted) return;
      finish(controller);
      showError("The server could not be reached.", String(err.message || err));
      return;
    }
    const elapsed = performance.now() - started;
    if (controller.signal.aborted) return;
    if (!response.ok) {
      finish(controller);
      showError(errorTitle(response), body.trim() || response.statusText);
      return;
    }
    let result;
    try {
      result = parseResult(response.headers.get("Content-Type") || "", body);
    } catch (err) {
      result = { kind: "raw", text: body, note: `could not read the answer: ${err.message}` };
    }
    await fetchLabels(iriSet(result));
    if (controller.signal.aborted) return;
    finish(controller);
    state.links = parseLinks(response.headers.get("Link") || "");
    state.shown = { ...request, kind: result.kind };
    render(result, request, elapsed);
  }

  function finish(controller) {
    if (state.controller === controller) state.controller = null;
    ui.output.removeAttribute("aria-busy");
  }

  function errorTitle(response) {
    switch (response.status) {
      case 400: return "The server could not run this query:";
      case 404: return "Not found:";
      case 413:
      case 414: return "The query is too long for the server:";
      case 503: return "The query took too long and was stopped:";
      default: return `The server answered ${response.status} ${response.statusText}:`;
    }
  }

  // -- parsing answers -------------------------------------------------------------------

  function parseResult(contentType, body) {
    const type = contentType.split(";")[0].trim().toLowerCase();
    if (type === SPARQL_JSON || type === "application/json") {
      const data = JSON.parse(body);
      if (typeof data.boolean === "boolean") return { kind: "ask", boolean: data.boolean };
      const vars = (data.head && data.head.vars) || [];
      const rows = (data.results && data.results.bindings) || [];
      return { kind: "select", vars, rows };
    }
    if (type === N_TRIPLES) {
      return { kind: "graph", vars: ["subject", "predicate", "object"], rows: parseNTriples(body) };
    }
    return { kind: "raw", text: body };
  }

  const ECHAR = { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" };

  function unescapeNT(text) {
    return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (_, u4, u8, ch) => {
      if (u4 || u8) return String.fromCodePoint(parseInt(u4 || u8, 16));
      if (ch in ECHAR) return ECHAR[ch];
      throw new Error(`unknown escape \\${ch}`);
    });
  }

  /** N-Triples (what the page asks for CONSTRUCT and DESCRIBE) as rows of JSON-like terms. */
  function parseNTriples(text) {
    const term = new RegExp(
      [
        "<((?:[^>\\\\]|\\\\.)*)>", // IRI
        "_:(\\S+?)(?=[\\s.<\"_]|$)", // blank node
        '"((?:[^"\\\\]|\\\\.)*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\\^\\^<((?:[^>\\\\]|\\\\.)*)>)?',
      ].join("|"),
      "y",
    );
    const rows = [];
    for (const rawLine of text.split(/\r?\n/)) {
      const line = rawLine.trim();
      if (line === "" || line.startsWith("#")) continue;
      const terms = [];
      let at = 0;
      while (terms.length < 3) {
        while (line[at] === " " || line[at] === "\t") at += 1;
        term.lastIndex = at;
        const m = term.exec(line);
        if (!m) throw new Error(`unreadable N-Triples line: ${line}`);
        at = term.lastIndex;
        if (m[1] !== undefined) terms.push({ type: "uri", value: unescapeNT(m[1]) });
        else if (m[2] !== undefined) terms.push({ type: "bnode", value: m[2] });
        else {
          const literal = { type: "literal", value: unescapeNT(m[3]) };
          if (m[4]) literal["xml:lang"] = m[4];
          if (m[5]) literal.datatype = unescapeNT(m[5]);
          terms.push(literal);
        }
      }
      const [subject, predicate, object] = terms;
      rows.push({ subject, predicate, object });
    }
    return rows;
  }

  function parseLinks(header) {
    const links = {};
    for (const part of header.split(/,(?=\s*<)/)) {
      const m = /^\s*<([^>]*)>(.*)$/.exec(part);
      if (!m) continue;
      const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(m[2]);
      if (!rel) continue;
      for (const name of (rel[1] ?? rel[2]).trim().toLowerCase().split(/\s+/)) {
        // Pages are followed with fetch: only this server's own URLs.
        if (sameOrigin(m[1])) links[name] = m[1];
      }
    }
    return links;
  }

  // -- labels ----------------------------------------------------------------------------

  function iriSet(result) {
    const iris = new Set();
    const add = (term) => {
      if (!term) return;
      if (term.type === "uri") iris.add(term.value);
      else if (term.type === "triple" && term.value) {
        add(term.value.subject);
        add(term.value.predicate);
        add(term.value.object);
      }
    };
    for (const row of result.rows || []) for (const term of Object.values(row)) add(term);
    return iris;
  }

  /** Ask the server for the labels not yet known, in batches; a failure leaves IRIs shown. */
  async function fetchLabels(iris) {
    const wanted = [...iris].filter((iri) => !state.labels.has(iri));
    const batches = [];
    for (let i = 0; i < wanted.length; i += LABEL_BATCH) batches.push(wanted.slice(i, i + LABEL_BATCH));
    const one = async (batch) => {
      const body = new URLSearchParams();
      for (const iri of batch) body.append("iri", iri);
      try {
        const response = await fetch("/labels", {
          method: "POST", body, headers: { Accept: "application/json" },
        });
        if (!response.ok) return;
        const labels = await response.json();
        for (const iri of batch) {
          const label = labels[iri];
          state.labels.set(iri, typeof label === "string" && label !== "" ? label : null);
        }
      } catch {
        // Labels make the table friendlier; without them it still shows every IRI.
      }
    };
    for (let i = 0; i < batches.length; i += LABEL_PARALLEL) {
      await Promise.all(batches.slice(i, i + LABEL_PARALLEL).map(one));
    }
  }

  // -- rendering -------------------------------------------------------------------------

  let finishedRuns = 0;

  function setStatus(stateName, text) {
    ui.status.dataset.state = stateName;
    ui.status.textContent = text;
    // A counter of finished runs, so that a script can wait for the answer to its own run.
    if (stateName === "done" || stateName === "error") ui.status.dataset.run = String(++finishedRuns);
  }

  function showError(title, message) {
    clearResults(); // results of an earlier query would read as the answer to this one
    setStatus("error", "Error.");
    ui.errorTitle.textContent = title;
    ui.errorMessage.textContent = message;
    ui.errorMessage.hidden = message === "";
    ui.error.hidden = false;
  }

  function clearResults() {
    ui.error.hidden = true;
    ui.ask.hidden = true;
    ui.raw.hidden = true;
    ui.tableWrap.hidden = true;
    ui.table.tHead.replaceChildren();
    ui.table.tBodies[0].replaceChildren();
    ui.table.dataset.state = "empty";
    ui.downloads.hidden = true;
    ui.paging.hidden = true;
  }

  function termNode(term) {
    if (!term) return null;
    if (term.type === "uri") {
      const iri = term.value;
      const label = state.labels.get(iri);
      const text = label || compactIri(iri);
      const href = hrefFor(iri);
      return href
        ? el("a", { href, title: iri, class: "iri", "data-iri": iri, text })
        : el("span", { title: iri, class: "iri", "data-iri": iri, text });
    }
    if (term.type === "literal" || term.type === "typed-literal") {
      const wrap = el("span", { class: "term" },
        el("span", { class: term.value.length > 120 ? "literal long" : "literal", text: term.value }));
      if (term["xml:lang"]) {
        wrap.append(el("span", { class: "lang", title: "language", text: `@${term["xml:lang"]}` }));
      } else if (term.datatype && term.datatype !== XSD_STRING) {
        wrap.append(el("span", { class: "datatype", title: term.datatype,
                                 text: compactIri(term.datatype) }));
      }
      return wrap;
    }
    if (term.type === "bnode") return el("span", { class: "bnode", text: `_:${term.value}` });
    if (term.type === "triple" && term.value) {
      const { subject, predicate, object } = term.value;
      return el("span", { class: "triple-term" }, "<< ", termNode(subject), " ", termNode(predicate),
        " ", termNode(object), " >>");
    }
    return el("span", { text: String(term.value ?? "") });
  }

  function renderTable(vars, rows) {
    const headRow = el("tr");
    for (const name of vars) headRow.append(el("th", { scope: "col", text: name }));
    ui.table.tHead.replaceChildren(headRow);
    const body = document.createDocumentFragment();
    for (const row of rows) {
      const tr = el("tr");
      for (const name of vars) {
        const node = termNode(row[name]);
        tr.append(node ? el("td", { "data-var": name }, node)
                       : el("td", { "data-var": name, class: "unbound" }));
      }
      body.append(tr);
    }
    ui.table.tBodies[0].replaceChildren(body);
    ui.tableWrap.hidden = false;
    ui.table.dataset.state = "ready";
  }

  function render(result, request, elapsed) {
    clearResults();
    const page = pageNumber(request.url);
    const parts = [];
    if (result.kind === "select") {
      renderTable(result.vars, result.rows);
      parts.push(plural(result.rows.length, "row", "rows"));
    } else if (result.kind === "graph") {
      renderTable(result.vars, result.rows);
      parts.push(plural(result.rows.length, "triple", "triples"));
    } else if (result.kind === "ask") {
      ui.ask.textContent = result.boolean ? "Yes" : "No";
      ui.ask.dataset.value = String(result.boolean);
      ui.ask.hidden = false;
      parts.push(`answer: ${result.boolean ? "yes" : "no"}`);
    } else {
      ui.raw.textContent = result.text;
      ui.raw.hidden = false;
      parts.push(result.note || "shown as the server sent it");
    }
    if (page > 1 || state.links.next) parts.push(`page ${page}`);
    parts.push(formatMs(elapsed));
    setStatus("done", parts.join(" · "));
    renderDownloads(result.kind, request);
    renderPaging(page);
  }

  function pageNumber(url) {
    const value = new URL(url, location.href).searchParams.get("page");
    const page = Number.parseInt(value || "1", 10);
    return Number.isFinite(page) && page > 0 ? page : 1;
  }

  function renderDownloads(kind, request) {
    const formats = kind === "graph" ? GRAPH_FORMATS
      : kind === "select" || kind === "ask" ? RESULT_FORMATS : [];
    if (formats.length === 0) return;
    // A POSTed query is offered as GET links all the same: the links carry the whole query.
    const base = new URL(request.method === "GET" ? request.url : request.downloadBase,
                         location.href);
    const items = formats.map((format) => {
      const url = new URL(base);
      url.searchParams.set("format", format);
      return el("li", {}, el("a", {
        href: url.pathname + url.search,
        download: `${request.name || "query"}.${FORMAT_EXTENSIONS[format]}`,
        "data-format": format,
        "data-testid": `download-${format}`,
        text: FORMAT_NAMES[format],
      }));
    });
    ui.downloadList.replaceChildren(...items);
    ui.downloads.hidden = false;
  }

  function renderPaging(page) {
    const { next, prev, first } = state.links;
    if (!next && !prev && page <= 1) return;
    ui.nextPage.disabled = !next;
    ui.prevPage.disabled = !prev;
    ui.firstPage.disabled = !first || page <= 1;
    ui.pageInfo.textContent = `Page ${page}`;
    ui.paging.hidden = false;
  }

  function followLink(rel) {
    const href = state.links[rel];
    const path = href && localPath(href);
    if (!path || !state.shown) return;
    execute({ ...state.shown, method: "GET", url: path, body: null });
  }

  // -- the editor ------------------------------------------------------------------------

  let tabLeavesEditor = false;

  function insertAtCursor(text) {
    ui.editor.focus();
    // execCommand keeps the browser's undo history; setRangeText is the fallback.
    if (!document.execCommand || !document.execCommand("insertText", false, text)) {
      const { selectionStart, selectionEnd } = ui.editor;
      ui.editor.setRangeText(text, selectionStart, selectionEnd, "end");
      ui.editor.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  function onEditorKey(event) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      run();
      return;
    }
    if (event.key === "Escape") {
      // Lets keyboard users leave the editor: the next Tab moves the focus as usual.
      tabLeavesEditor = true;
      return;
    }
    if (event.key === "Tab" && !event.shiftKey && !event.ctrlKey && !event.altKey &&
        !event.metaKey && !tabLeavesEditor) {
      event.preventDefault();
      insertAtCursor("  ");
    }
    if (event.key !== "Shift") tabLeavesEditor = false;
  }

  // -- start -----------------------------------------------------------------------------

  function restoreFromHash() {
    const hash = new URLSearchParams(location.hash.slice(1));
    const name = hash.get("query");
    if (name && state.queries.has(name)) {
      const given = {};
      for (const [key, value] of hash) if (key.startsWith("p.")) given[key.slice(2)] = value;
      chooseStored(name, given);
      return true;
    }
    const text = hash.get("sparql");
    if (text !== null) {
      chooseAdHoc();
      ui.editor.value = text;
      return true;
    }
    return false;
  }

  async function start() {
    ui.form.addEventListener("submit", (event) => {
      event.preventDefault();
      run();
    });
    ui.editor.addEventListener("keydown", onEditorKey);
    ui.editor.addEventListener("input", updateMode);
    ui.paramList.addEventListener("keydown", (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        run();
      }
    });
    ui.example.addEventListener("change", () => {
      if (ui.example.value) chooseStored(ui.example.value);
      else chooseAdHoc();
    });
    ui.restore.addEventListener("click", () => {
      if (state.loadedFrom) chooseStored(state.loadedFrom.name, paramValues());
      ui.editor.focus();
    });
    // A link or bookmark to another query of this page changes only the hash.
    window.addEventListener("hashchange", () => {
      if (restoreFromHash()) run();
    });
    ui.nextPage.addEventListener("click", () => followLink("next"));
    ui.prevPage.addEventListener("click", () => followLink("prev"));
    ui.firstPage.addEventListener("click", () => followLink("first"));

    await loadQueries();
    if (restoreFromHash()) {
      run();
    } else if (state.queries.has(FLAGSHIP)) {
      chooseStored(FLAGSHIP);
    } else {
      chooseAdHoc();
    }
    document.body.dataset.ready = "true";
  }

  start();
})();
