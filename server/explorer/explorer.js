// dipgraph explorer: a small, dependency-free GraphQL client for /graphql.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var endpoint = "/graphql";

  var examples = [
    { name: "Who said what to whom: Biden to Putin", query:
      "query BidenToPutin {\n  claims(filter: {speaker: \"Biden\", addressee: \"Putin\"}, first: 20) {\n    totalCount\n    edges { node { speaker { name } addressees { name } mode verb quote text date\n      sources { sentence article { title published } } } }\n  }\n}" },
    { name: "Everything said at the press conference of 2022-02-15", query:
      "query PressConference {\n  events(filter: {type: PRESS_CONFERENCE, from: \"2022-02-15\", to: \"2022-02-15\"}) {\n    edges { node { label date participants { name }\n      claims { speaker { name } mode quote text } } }\n  }\n}" },
    { name: "An actor's month: Putin, February 2022", query:
      "query PutinFebruary($actor: String = \"Putin\") {\n  timeline(actor: $actor, from: \"2022-02-01\", to: \"2022-02-28\", bucket: WEEK) {\n    entries { date event { type label } claim { speaker { name } text } }\n    counts { bucket type count }\n  }\n}" },
    { name: "What was said about NATO", query:
      "query AboutNATO {\n  claims(filter: {about: \"NATO\"}) {\n    totalCount\n    edges { node { speaker { name } text quote date } }\n  }\n  search(text: \"NATO\", first: 10) { speaker { name } text }\n}" },
    { name: "An actor and its interlocutors", query:
      "query Actor($name: String = \"Moscow\") {\n  actor(name: $name) {\n    name kind aliases role\n    interlocutors { actor { name } saidTo heardFrom last }\n    statements(first: 5) { totalCount edges { node { text } } }\n  }\n}" },
    { name: "Add a claim (needs an editor key)", query:
      "mutation AddClaim($input: ClaimInput!) {\n  addClaim(input: $input) { id speaker { name } text origin addedBy addedAt }\n}",
      variables: "{\n  \"input\": {\"speaker\": \"Biden\", \"addressees\": [\"Putin\"], \"text\": \"The US is ready to keep talking.\", \"date\": \"2022-02-15\"}\n}" }
  ];

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

  function run() {
    var out = $("output"), vars = {};
    var text = $("variables").value.trim();
    if (text) {
      try { vars = JSON.parse(text); } catch (e) {
        out.className = "error"; out.textContent = "Variables are not valid JSON: " + e.message; return;
      }
    }
    $("run").disabled = true;
    $("status").textContent = "Running…";
    var started = performance.now();
    post($("query").value, vars).then(function (r) {
      out.className = r.body && r.body.errors ? "error" : "";
      out.innerHTML = highlight(r.body);
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

  examples.forEach(function (ex, i) {
    var o = document.createElement("option");
    o.value = String(i); o.textContent = ex.name;
    $("examples").appendChild(o);
  });
  $("examples").addEventListener("change", function () {
    var ex = examples[Number(this.value)];
    if (!ex) { return; }
    $("query").value = ex.query;
    $("variables").value = ex.variables || "{}";
  });
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
  loadSchema();
}());
