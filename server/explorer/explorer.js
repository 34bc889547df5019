// dipgraph explorer: a small, dependency-free GraphQL client for /graphql.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var endpoint = "/graphql";

  // The examples the tests run come from the server (examples/*.graphql);
  // these two are the explorer's own: an alias lookup, and a mutation.
  var extras = [
    { title: "An actor by an alias, and its interlocutors", query:
      "query Actor($name: String = \"Moscow\") {\n  actor(name: $name) {\n    name kind aliases role\n    interlocutors { actor { name } saidTo heardFrom last }\n    statements(first: 5) { totalCount edges { node { text } } }\n  }\n}\n" },
    { title: "Add a claim (needs an editor key)", query:
      "mutation AddClaim($input: ClaimInput!) {\n  addClaim(input: $input) { id speaker { name } text origin addedBy addedAt }\n}\n",
      variables: "{\n  \"input\": {\"speaker\": \"Biden\", \"addressees\": [\"Putin\"], \"text\": \"The US is ready to keep talking.\", \"date\": \"2022-02-15\"}\n}" }
  ];
  var examples = [];

  function escapeHTML(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  // highlight returns pretty JSON with its tokens wrapped in spans.
  function highlight(value) {
    var json = escapeHTML(JSON.stringify(value, null, 2));
    return json.replace(/(&quot;(?:[^&]|&(?!quot;))*?&quot;)(\s*:)?|\b(true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g,
      function (m, str, colon, lit) {
        if (str) { return colon ? "<span class=json-key>" + str + "</span>" + colon : "<span class=json-str>" + str + "</span>"; }
        if (lit) { return "<span class=json-lit>" + m + "</span>"; }
        return "<span class=json-num>" + m + "</span>";
      });
  }

  // show puts value in out as highlighted JSON, a line to a block whose
  // wrapped continuation keeps the line's indentation and two more.
  function show(out, value) {
    var lines = highlight(value).split("\n");
    out.innerHTML = lines.map(function (line) { return "<span class=line>" + line + "</span>"; }).join("");
    Array.prototype.forEach.call(out.children, function (el, i) {
      var hang = lines[i].length - lines[i].replace(/^ +/, "").length + 2;
      el.style.paddingLeft = hang + "ch";
      el.style.textIndent = -hang + "ch";
    });
  }

  function post(query, variables) {
    var headers = { "Content-Type": "application/json" };
    var key = $("key").value.trim();
    if (key) { headers.Authorization = /^bearer /i.test(key) ? key : "Bearer " + key; }
    return fetch(endpoint, { method: "POST", headers: headers, body: JSON.stringify({ query: query, variables: variables }) })
      .then(function (res) {
        return res.text().then(function (text) {
          var body;
          try { body = JSON.parse(text); } catch (e) { body = { status: res.status, body: text }; }
          return { status: res.status, body: body };
        });
      });
  }

  // isMutation tells whether a document holds a mutation, erring on the
  // side of yes: a link never sends one by itself.
  function isMutation(query) { return /\bmutation\b/.test(query); }

  // share puts the query and variables in the address bar, so that it holds
  // a link that opens the explorer on this query and runs it; a request too
  // big for a link (an article to load) clears it instead. The key is never
  // put there.
  var maxLink = 8000;
  function share(query, variables) {
    var params = new URLSearchParams({ query: query });
    if (variables && variables !== "{}") { params.set("variables", variables); }
    params.set("run", "1");
    var link = "?" + params.toString();
    history.replaceState(null, "", link.length <= maxLink ? link : location.pathname);
  }

  function run() {
    var out = $("output"), vars = {};
    var query = $("query").value, text = $("variables").value.trim();
    if (text) {
      try { vars = JSON.parse(text); } catch (e) {
        out.className = "error"; out.textContent = "Variables are not valid JSON: " + e.message; return;
      }
    }
    share(query, text);
    $("run").disabled = true;
    $("status").textContent = "Running…";
    var started = performance.now();
    post(query, vars).then(function (r) {
      out.className = r.body && r.body.errors ? "error" : "";
      show(out, r.body);
      $("status").textContent = "HTTP " + r.status + " in " + Math.round(performance.now() - started) + " ms";
    }).catch(function (e) {
      out.className = "error"; out.textContent = "Request failed: " + e.message; $("status").textContent = "Failed.";
    }).then(function () { $("run").disabled = false; });
  }

  // Docs panel, built from an introspection query.
  var types = {}, roots = [];
  var introspection = "query Introspect { __schema { queryType { name } mutationType { name } subscriptionType { name }" +
    " types { name kind description fields { name description args { name description type { ...T } defaultValue } type { ...T } }" +
    " inputFields { name description type { ...T } } enumValues { name description } } } }" +
    " fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";

  function typeName(t) {
    if (!t) { return ""; }
    if (t.kind === "NON_NULL") { return typeName(t.ofType) + "!"; }
    if (t.kind === "LIST") { return "[" + typeName(t.ofType) + "]"; }
    return t.name;
  }
  function typeLink(t) {
    var name = typeName(t), base = name.replace(/[\[\]!]/g, "");
    return escapeHTML(name).replace(escapeHTML(base), "<a data-type=\"" + escapeHTML(base) + "\">" + escapeHTML(base) + "</a>");
  }
  function desc(d) { return d ? "<p class=desc>" + escapeHTML(d) + "</p>" : ""; }

  function showHome() {
    var filter = $("docs-filter").value.trim().toLowerCase();
    var html = "<h2>Root types</h2>" + roots.map(function (r) { return "<div class=field><a data-type=\"" + r + "\">" + r + "</a></div>"; }).join("");
    html += "<h2>All types</h2>";
    Object.keys(types).sort().forEach(function (n) {
      if (n.indexOf("__") === 0 || (filter && n.toLowerCase().indexOf(filter) < 0)) { return; }
      html += "<div class=field><a data-type=\"" + escapeHTML(n) + "\">" + escapeHTML(n) + "</a> <span class=hint>" + types[n].kind.toLowerCase() + "</span></div>";
    });
    $("docs").innerHTML = html;
  }

  function showType(name) {
    var t = types[name];
    if (!t) { return; }
    var html = "<h2>" + escapeHTML(t.name) + " <span class=hint>" + t.kind.toLowerCase() + "</span></h2>" + desc(t.description);
    (t.fields || []).forEach(function (f) {
      var args = (f.args || []).map(function (a) { return escapeHTML(a.name) + ": " + typeLink(a.type); }).join(", ");
      html += "<div class=field><code>" + escapeHTML(f.name) + (args ? "(" + args + ")" : "") + ": " + typeLink(f.type) + "</code>" + desc(f.description) + "</div>";
    });
    (t.inputFields || []).forEach(function (f) {
      html += "<div class=field><code>" + escapeHTML(f.name) + ": " + typeLink(f.type) + "</code>" + desc(f.description) + "</div>";
    });
    (t.enumValues || []).forEach(function (v) {
      html += "<div class=field><code>" + escapeHTML(v.name) + "</code>" + desc(v.description) + "</div>";
    });
    $("docs").innerHTML = html;
  }

  function loadSchema() {
    post(introspection, {}).then(function (r) {
      if (!r.body || !r.body.data) {
        $("docs").innerHTML = "<p class=hint>Could not load the schema: " + escapeHTML(JSON.stringify(r.body && r.body.errors || r.body)) + "</p>";
        return;
      }
      var s = r.body.data.__schema;
      s.types.forEach(function (t) { types[t.name] = t; });
      roots = [s.queryType, s.mutationType, s.subscriptionType].filter(Boolean).map(function (t) { return t.name; });
      showHome();
    }).catch(function (e) { $("docs").innerHTML = "<p class=hint>Could not load the schema: " + escapeHTML(e.message) + "</p>"; });
  }

  function showExamples() {
    examples.forEach(function (ex, i) {
      var o = document.createElement("option");
      o.value = String(i); o.textContent = ex.title;
      $("examples").appendChild(o);
    });
  }
  function loadExamples() {
    fetch("/explorer/examples.json").then(function (res) {
      if (!res.ok) { throw new Error("HTTP " + res.status); }
      return res.json();
    }).then(function (list) { examples = list.concat(extras); })
      .catch(function () { examples = extras; })
      .then(showExamples);
  }
  $("examples").addEventListener("change", function () {
    var ex = this.value === "" ? null : examples[Number(this.value)];
    if (!ex) { return; }
    $("query").value = ex.query;
    $("variables").value = ex.variables || "{}";
  });

  // A link ?query=…&variables=…&run=1 opens the explorer on that query and,
  // unless it is a mutation, runs it.
  function openLink() {
    var params = new URLSearchParams(location.search);
    if (!params.has("query")) { return; }
    $("query").value = params.get("query");
    $("variables").value = params.get("variables") || "{}";
    if (params.get("run") !== "1") { return; }
    if (isMutation(params.get("query"))) {
      $("status").textContent = "This link holds a mutation: press Run ▶ to send it.";
      return;
    }
    run();
  }

  $("run").addEventListener("click", run);
  document.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); run(); }
  });
  $("docs").addEventListener("click", function (e) {
    var name = e.target.getAttribute && e.target.getAttribute("data-type");
    if (name) { showType(name); }
  });
  $("docs-home").addEventListener("click", showHome);
  $("docs-filter").addEventListener("input", showHome);
  loadExamples();
  loadSchema();
  openLink();
}());
