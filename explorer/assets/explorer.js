// EU-CELAC Drugs Report Explorer: search and filtering only. Every page reads without it.
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

  // Tables and lists with a filter box: rows whose text holds every word stay.
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var target = document.getElementById(input.getAttribute("data-filter"));
    if (!target) return;
    var holder = input.closest(".filter");
    if (holder) holder.hidden = false;
    var rows = Array.prototype.slice.call(target.querySelectorAll("tbody tr"));
    var texts = rows.map(function (r) { return fold(r.textContent); });
    input.addEventListener("input", function () {
      var words = fold(input.value).split(" ").filter(Boolean);
      rows.forEach(function (row, i) {
        row.hidden = !words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      });
    });
  });

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

  // The home page's search over every name, alias, spelling and quote.
  var form = document.getElementById("search");
  var index = window.EXPLORER_SEARCH;
  if (!form || !index) return;
  form.hidden = false;
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var entries = index.map(function (e) {
    return { e: e, names: e.n.concat([e.t]).map(fold), quote: fold(e.q) };
  });

  function score(entry, q, words) {
    var best = 0;
    entry.names.forEach(function (n) {
      if (n === q) best = Math.max(best, 100);
      else if (n.indexOf(q) === 0) best = Math.max(best, 60);
      else if (words.every(function (w) { return n.indexOf(w) >= 0; })) best = Math.max(best, 40);
    });
    if (!best && entry.quote && words.every(function (w) { return entry.quote.indexOf(w) >= 0; })) best = 10;
    if (best && entry.e.k === "country") best += 5;
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
    if (q.length < 2) { status.textContent = ""; return; }
    var words = q.split(" ");
    var hits = [];
    entries.forEach(function (entry) {
      var s = score(entry, q, words);
      if (s) hits.push({ s: s, entry: entry });
    });
    hits.sort(function (a, b) { return b.s - a.s || a.entry.e.t.localeCompare(b.entry.e.t); });
    status.textContent = hits.length ? hits.length + " result" + (hits.length === 1 ? "" : "s") + (hits.length > 30 ? ", the first 30 shown" : "") : "Nothing found.";
    hits.slice(0, 30).forEach(function (h) {
      var e = h.entry.e;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.u;
      a.textContent = e.t;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" (" + e.k + ")"));
      if (h.s === 10 && e.q) {
        var quote = document.createElement("span");
        quote.className = "snippet";
        quote.textContent = "“" + snippet(e.q, words) + "”";
        li.appendChild(quote);
      }
      list.appendChild(li);
    });
  }
  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
  input.addEventListener("input", run);
  if (input.value) run();
})();
