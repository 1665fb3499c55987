// EU-CELAC Drugs Report Explorer: search, filters and sorting only. Every page reads without it.
(function () {
  "use strict";

  // Case, accents, apostrophes and "&" folded, as the library's country resolver does.
  function fold(s) {
    return String(s)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9']+/g, " ")
      .trim();
  }

  // The view's state in the address's fragment, so that a filtered or sorted view can be shared:
  // "#f-seizures-table=cocaine&s-seizures-table=2d&classes=contradiction". A fragment that names an
  // element (#r-…, #q-…) is left alone.
  function readState() {
    var hash = location.hash.slice(1);
    var state = {};
    if (hash.indexOf("=") < 0) return state;
    hash.split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) state[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1));
    });
    return state;
  }
  function writeState(key, value) {
    var state = readState();
    if (value) state[key] = value; else delete state[key];
    var parts = Object.keys(state).map(function (k) { return encodeURIComponent(k) + "=" + encodeURIComponent(state[k]); });
    var url = location.pathname + location.search + (parts.length ? "#" + parts.join("&") : "");
    try { history.replaceState(null, "", url); } catch (e) { /* file:// may refuse; the view still works */ }
  }
  var initial = readState();

  // Tables and lists with a filter box: rows whose text holds every word stay.
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var id = input.getAttribute("data-filter");
    var target = document.getElementById(id);
    if (!target) return;
    var holder = input.closest(".filter");
    if (holder) holder.hidden = false;
    var rows = Array.prototype.slice.call(target.querySelectorAll("tbody tr"));
    var texts = rows.map(function (r) { return fold(r.textContent); });
    function apply() {
      var words = fold(input.value).split(" ").filter(Boolean);
      rows.forEach(function (row, i) {
        row.hidden = !words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      });
    }
    input.addEventListener("input", function () { apply(); writeState("f-" + id, input.value); });
    if (initial["f-" + id]) { input.value = initial["f-" + id]; apply(); }
  });

  // Sortable tables: each column header becomes a button; a second press reverses the order.
  document.querySelectorAll("table[data-sortable]").forEach(function (table, n) {
    var id = table.id || "t" + n;
    var body = table.tBodies[0];
    if (!body) return;
    var original = Array.prototype.slice.call(body.rows);
    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th"));
    function key(row, col) {
      var cell = row.cells[col];
      if (!cell) return "";
      var s = cell.getAttribute("data-sort") || cell.textContent.trim();
      var num = parseFloat(s.replace(/[^0-9.\-]/g, ""));
      return /^[\s0-9.,\-]+$/.test(s) && !isNaN(num) ? num : fold(s);
    }
    function sort(col, desc) {
      var rows = original.slice();
      if (col >= 0) {
        rows.sort(function (a, b) {
          var x = key(a, col), y = key(b, col);
          var c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
          return desc ? -c : c;
        });
      }
      rows.forEach(function (r) { body.appendChild(r); });
      headers.forEach(function (h, i) {
        h.setAttribute("aria-sort", i === col ? (desc ? "descending" : "ascending") : "none");
      });
    }
    headers.forEach(function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var desc = th.getAttribute("aria-sort") === "ascending";
        sort(col, desc);
        writeState("s-" + id, col + (desc ? "d" : "a"));
      });
    });
    var saved = initial["s-" + id];
    if (saved && /^\d+[ad]$/.test(saved)) sort(parseInt(saved, 10), saved.slice(-1) === "d");
  });

  // The findings page: show or hide each class of finding.
  var classes = document.querySelector("[data-filter-findings]");
  if (classes) {
    classes.hidden = false;
    var boxes = Array.prototype.slice.call(classes.querySelectorAll("input[type=checkbox]"));
    var apply = function () {
      var shown = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      document.querySelectorAll("article.finding[data-class]").forEach(function (a) {
        a.hidden = shown.indexOf(a.getAttribute("data-class")) < 0;
      });
      return shown;
    };
    boxes.forEach(function (b) {
      b.addEventListener("change", function () {
        var shown = apply();
        writeState("classes", shown.length === boxes.length ? "" : shown.join(","));
      });
    });
    if (initial.classes !== undefined) {
      var wanted = initial.classes.split(",");
      boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
      apply();
    }
  }

  // The annotated report: the passage a link points to stands out, and its records open.
  function showPassage() {
    var id = decodeURIComponent(location.hash.slice(1));
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    if (!/^q-\d+$/.test(id)) return;
    document.querySelectorAll("mark[data-q]").forEach(function (m) {
      if (m.getAttribute("data-q").split(" ").indexOf(id) >= 0) m.classList.add("current");
    });
    var item = document.querySelector('li[data-passage="' + id + '"]');
    var details = item && item.closest("details");
    if (details) details.open = true;
  }
  if (document.querySelector(".report")) {
    window.addEventListener("hashchange", showPassage);
    showPassage();
  }

  // A row or card that a link points to opens its folded words.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id || id.indexOf("=") >= 0) return;
    var el = document.getElementById(id);
    var d = el && el.querySelector("details");
    if (d) d.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // The search box in every page's header, over every name, alias, spelling and quote. Its index
  // (a script, since a page opened from file:// may not fetch a JSON file) loads on first use.
  var form = document.querySelector("form.site-search");
  if (!form) return;
  form.hidden = false;
  var root = document.body.getAttribute("data-root") || "";
  var input = form.querySelector("input[type=search]");
  var panel = form.querySelector(".search-panel");
  var list = form.querySelector(".results");
  var status = form.querySelector(".status");
  var entries = null;
  var pending = false;

  var waiting = null;
  function load(then) {
    if (entries) return then();
    if (!window.EXPLORER_SEARCH) {
      // The latest request runs once the index has loaded.
      waiting = then;
      if (pending) return;
      pending = true;
      var s = document.createElement("script");
      s.src = form.getAttribute("data-index");
      s.onload = function () { pending = false; load(function () { if (waiting) waiting(); }); };
      document.body.appendChild(s);
      return;
    }
    entries = window.EXPLORER_SEARCH.map(function (e) {
      return { e: e, names: e.n.concat([e.t]).map(fold), quote: fold(e.q) };
    });
    then();
  }

  function score(entry, q, words) {
    var best = 0;
    entry.names.forEach(function (n) {
      if (n === q) best = Math.max(best, 100);
      else if (n.indexOf(q) === 0) best = Math.max(best, 60);
      else if (words.every(function (w) { return n.indexOf(w) >= 0; })) best = Math.max(best, 40);
    });
    if (!best && entry.quote && words.every(function (w) { return entry.quote.indexOf(w) >= 0; })) best = 10;
    if (best && entry.e.x) best += 2;
    if (best && entry.e.u.indexOf("country/") === 0) best += 5;
    return best;
  }

  function snippet(text, words) {
    var folded = fold(text);
    var at = folded.indexOf(words[0] || "");
    if (at < 0 || text.length <= 140) return text.length > 140 ? text.slice(0, 140) + "…" : text;
    var start = Math.max(0, at - 50);
    return (start > 0 ? "…" : "") + text.slice(start, start + 140) + (start + 140 < text.length ? "…" : "");
  }

  function run() {
    var q = fold(input.value);
    list.textContent = "";
    if (q.length < 2) { status.textContent = ""; panel.hidden = true; return; }
    panel.hidden = false;
    var words = q.split(" ");
    var hits = [];
    entries.forEach(function (entry) {
      var s = score(entry, q, words);
      if (s) hits.push({ s: s, entry: entry });
    });
    hits.sort(function (a, b) { return b.s - a.s || a.entry.e.t.localeCompare(b.entry.e.t); });
    if (!hits.length) {
      status.textContent = form.getAttribute("data-none").replace("{q}", input.value);
      return;
    }
    var count = (hits.length === 1 ? form.getAttribute("data-one") : form.getAttribute("data-many")).replace("{n}", hits.length);
    status.textContent = count + (hits.length > 30 ? " " + form.getAttribute("data-first") : "");
    hits.slice(0, 30).forEach(function (h) {
      var e = h.entry.e;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + e.u;
      a.textContent = e.t;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" (" + e.k + ")"));
      if (e.x) {
        var note = document.createElement("span");
        note.className = "snippet";
        note.textContent = e.x;
        li.appendChild(note);
      } else if (h.s === 10 && e.q) {
        var quote = document.createElement("span");
        quote.className = "snippet";
        quote.lang = "en";
        quote.textContent = "“" + snippet(e.q, words) + "”";
        li.appendChild(quote);
      }
      list.appendChild(li);
    });
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    load(function () { run(); var first = links()[0]; if (first) first.focus(); });
  });
  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("input", function () { load(run); });
  // Arrow keys move between the box and the results; Escape closes them.
  form.addEventListener("keydown", function (ev) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (ev.key === "ArrowDown" && all.length) {
      ev.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (ev.key === "ArrowUp" && at >= 0) {
      ev.preventDefault();
      if (at === 0) input.focus(); else all[at - 1].focus();
    } else if (ev.key === "Escape") {
      panel.hidden = true;
      input.focus();
    }
  });
  document.addEventListener("click", function (ev) { if (!form.contains(ev.target)) panel.hidden = true; });
  // The home page's address may carry a query (?q=…) from a search made without the panel.
  var param = /[?&]q=([^&#]*)/.exec(location.search);
  if (param) { input.value = decodeURIComponent(param[1].replace(/\+/g, " ")); load(run); }
})();
