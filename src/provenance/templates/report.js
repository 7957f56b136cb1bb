"use strict";
// Draws the call and article views of report.html from its data block, on the route in
// the fragment: #call/<slug>[/<row>], #article/<id>[/<claim>]. Article text is untrusted:
// everything is built with DOM calls and text nodes, never from HTML strings.
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const S = data.strings;
  const F = {};
  data.fields.forEach(function (name, i) { F[name] = i; });
  const home = document.getElementById("home");
  const view = document.getElementById("view");
  const docs = new Map(data.docs.map(function (d, i) { return [d.id, i]; }));
  const calls = new Map(data.calls.map(function (c, i) { return [c.slug, i]; }));
  let shown = null; // the view drawn now: "call:<i>" or "doc:<i>"
  let here = location.hash; // the route shown, and where each route was scrolled to,
  const scrolled = new Map(); // so that Back returns to the same place
  const units = new Map(); // per document with astral characters: see at()

  // An element with attributes and children; strings become text nodes.
  function el(tag, attrs) {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
    });
    (function add(kids) {
      kids.forEach(function (kid) {
        if (Array.isArray(kid)) add(kid);
        else if (kid !== null && kid !== undefined && kid !== false) node.append(kid);
      });
    })(Array.prototype.slice.call(arguments, 2));
    return node;
  }
  function link(href, text) { return el("a", {href: href}, text); }
  function css(value) { return String(value).toLowerCase().replace(/[^a-z0-9_-]/g, ""); }
  function clip(text, limit) {
    return text.length <= limit ? text : text.slice(0, limit).replace(/\s+\S*$/, "") + "…";
  }
  function claim(i) { return data.claims[i]; }
  function anchor(c) { return "c-" + c[F.start] + "-" + c[F.end]; }
  function articleRoute(docIndex, c) {
    const route = "#article/" + encodeURIComponent(data.docs[docIndex].id);
    return c ? route + "/" + anchor(c) : route;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  // Offsets in the data count characters (code points), as Python does; JavaScript
  // strings count UTF-16 units, which differ after an emoji or other astral character.
  function at(docIndex, offset) {
    const text = data.docs[docIndex].text;
    if (!units.has(docIndex)) {
      let table = null;
      if (/[\uD800-\uDFFF]/.test(text)) {
        table = [0];
        for (const ch of text) table.push(table[table.length - 1] + ch.length);
      }
      units.set(docIndex, table);
    }
    const table = units.get(docIndex);
    return table ? table[Math.min(offset, table.length - 1)] : offset;
  }
  function slice(docIndex, start, end) {
    return data.docs[docIndex].text.slice(at(docIndex, start), at(docIndex, end));
  }
  function claimText(c) { return slice(c[F.doc], c[F.start], c[F.end]); }
  function quoted(c, limit) { return "“" + clip(claimText(c), limit) + "”"; }

  // ---------------------------------------------------------------------- routes
  function route() {
    const parts = location.hash.slice(1).split("/");
    let name = "";
    try { name = decodeURIComponent(parts[1] || ""); } catch (e) { name = ""; }
    if (parts[0] === "call" && calls.has(name)) {
      showCall(calls.get(name), parts[2] || null);
    } else if (parts[0] === "article" && docs.has(name)) {
      showArticle(docs.get(name), parts[2] || null);
    } else {
      const back = shown !== null;
      shown = null;
      view.hidden = true;
      view.replaceChildren();
      home.hidden = false;
      document.title = "Provenance report";
      const target = parts[0] && document.getElementById(parts[0]);
      if (target) target.scrollIntoView();
      else if (back && scrolled.has(location.hash)) window.scrollTo(0, scrolled.get(location.hash));
    }
  }

  // Draw a view unless it is the one shown; true when it was drawn.
  function open(key, title, draw) {
    home.hidden = true;
    view.hidden = false;
    if (shown === key) return false;
    view.replaceChildren();
    draw();
    shown = key;
    document.title = title;
    const heading = view.querySelector("h1");
    heading.setAttribute("tabindex", "-1");
    heading.focus({preventScroll: true});
    window.scrollTo(0, scrolled.get(location.hash) || 0);
    return true;
  }

  // ------------------------------------------------------------------------ call
  function showCall(i, row) {
    const call = data.calls[i];
    const drawn = open("call:" + i, callTitle(call), function () { drawCall(call); });
    view.querySelectorAll("tr.picked").forEach(function (r) { r.classList.remove("picked"); });
    const picked = row && Array.from(view.querySelectorAll("tr[data-row]")).find(
      function (tr) { return tr.dataset.row.split(" ").indexOf(row) >= 0; });
    if (picked) {
      picked.classList.add("picked");
      if (!drawn || !scrolled.has(location.hash)) picked.scrollIntoView({block: "center"});
    }
  }

  function callTitle(call) {
    return call.title.indexOf("undated: ") === 0
      ? "Undated call: " + call.title.slice(9) : "Call of " + call.title;
  }

  function statement(entry) {
    const c = claim(entry[0]);
    const also = entry[1].map(function (j) {
      const o = claim(j);
      return link(articleRoute(o[F.doc], o), el("bdi", null, data.docs[o[F.doc]].id));
    });
    const span = el("span", {class: "meta"}, S[c[F.source]]);
    if (also.length) {
      span.append("; also in ");
      also.forEach(function (a, k) { if (k) span.append(", "); span.append(a); });
      if (entry[2]) span.append(" and " + entry[2] + " more");
    }
    return el("p", null, link(articleRoute(c[F.doc], c), "“" + claimText(c) + "”"), " ", span);
  }

  function drawCall(call) {
    view.append(el("h1", null, callTitle(call)));
    view.append(el("dl", null,
      el("dt", null, "Participants"), el("dd", null, call.participants),
      el("dt", null, "Date"), el("dd", null, call.date),
      el("dt", null, "Accounts"),
      el("dd", null, call.accounts.length ? call.accounts.map(function (a, k) {
        return k ? [el("br"), a] : a;
      }) : "none")));
    if (call.single) {
      view.append(el("p", null, el("strong", null, "Single-sourced."), " " + call.single));
    }
    if (call.rows.length) {
      const head = el("tr", null, call.parties.map(function (p) {
        return el("th", {scope: "col"}, p + " account");
      }), el("th", {scope: "col"}, "Status"), el("th", {scope: "col"}, "Why"));
      const body = el("tbody", null, call.rows.map(function (r) {
        const cells = r[4].map(function (cell) {
          if (cell === null) return el("td", {class: "none"}, "— not reported");
          if (!cell.length) return el("td", {class: "none"}, "—");
          return el("td", null, cell.map(statement));
        });
        const why = el("td", null, r[6]);
        r[5].forEach(function (d) { why.append(el("br"), el("mark", {class: "diff"}, d)); });
        return el("tr", {class: css(r[1]), "data-row": r[0]}, cells,
          el("td", {class: "status"}, el("b", {"aria-hidden": "true"}, r[2]), r[3]), why);
      }));
      view.append(el("table", {class: "call-table"}, el("thead", null, head), body));
    } else if (!call.single) {
      view.append(el("p", {class: "muted"}, "No statements of different sides to compare."));
    }
    if (call.reported.length) {
      view.append(el("h2", null, "Omissions the article itself states"));
      view.append(el("table", null,
        el("thead", null, el("tr", null, el("th", {scope: "col"}, "Reporter's sentence"),
          el("th", {scope: "col"}, "Left out by"), el("th", {scope: "col"}, "About"))),
        el("tbody", null, call.reported.map(function (r) {
          const about = r[3].length ? r[3].map(function (j) {
            const c = claim(j);
            return link(articleRoute(c[F.doc], c), "“" + claimText(c) + "”");
          }) : "—";
          return el("tr", {"data-row": r[0]}, el("td", null, r[1]), el("td", null, r[2]),
            el("td", null, about));
        }))));
    }
    if (call.single) {
      view.append(el("h2", null, "What the one account says"));
      view.append(el("ul", null, call.claims.map(function (j) {
        const c = claim(j);
        return el("li", null, link(articleRoute(c[F.doc], c), "“" + claimText(c) + "”"), " ",
          el("span", {class: "meta"}, S[c[F.speaker]] + " · " + S[c[F.source]]));
      })));
    }
    if (call.unranked.length) {
      view.append(el("h2", null, "Claims of no known side (not compared)"));
      view.append(el("ul", null, call.unranked.map(function (j) {
        const c = claim(j);
        return el("li", null, link(articleRoute(c[F.doc], c), "“" + claimText(c) + "”"));
      })));
    }
  }

  // --------------------------------------------------------------------- article
  function showArticle(i, selected) {
    const doc = data.docs[i];
    const drawn = open("doc:" + i, doc.id, function () { drawArticle(i); });
    const aside = view.querySelector("aside");
    view.querySelectorAll("mark.picked").forEach(function (m) { m.classList.remove("picked"); });
    const j = doc.claims.find(function (k) { return anchor(claim(k)) === selected; });
    if (j === undefined) {
      aside.replaceChildren(el("p", {class: "hint"},
        "Select a claim label in the text to see its speaker, source and findings."));
      return;
    }
    const panel = detail(j);
    aside.replaceChildren(panel);
    const mark = document.getElementById("m-" + selected);
    if (mark) mark.classList.add("picked");
    panel.querySelector("h2").focus({preventScroll: true});
    if (drawn && mark && !scrolled.has(location.hash)) {
      mark.scrollIntoView({block: "center"}); // a link to the claim: show it
    } else if (mark && window.matchMedia("(max-width: 760px)").matches) {
      panel.scrollIntoView({block: "nearest"});
    }
  }

  function drawArticle(i) {
    const doc = data.docs[i];
    const kinds = {direct: 0, indirect: 0, mixed: 0};
    doc.claims.forEach(function (j) { kinds[claim(j)[F.kind]] += 1; });
    view.append(el("h1", null, el("bdi", null, doc.id)));
    view.append(el("p", {class: "meta"}, [doc.meta + " · " + plural(doc.claims.length, "claim") +
      " (" + kinds.direct + " direct, " + kinds.indirect + " indirect, " + kinds.mixed +
      " mixed)"].concat(doc.notes.map(function (n) { return " · " + n; }))));
    if (doc.copies.length) {
      const total = doc.copies.reduce(function (n, c) { return n + c[1]; }, 0);
      view.append(el("details", {class: "copies"},
        el("summary", null, total + " finding(s) about this whole article (copies, text " +
          "taken from a primary document)"),
        el("ul", null, doc.copies.map(function (c) {
          const item = el("li", null, el("strong", null, c[0]), " (" + c[1] + ") with ");
          c[2].forEach(function (k, n) {
            if (n) item.append(", ");
            item.append(link(articleRoute(k), el("bdi", null, data.docs[k].id)));
          });
          if (c[3]) item.append(" and " + c[3] + " more");
          item.append(" (reasons in duplicates.md)");
          return item;
        }))));
    }
    view.append(el("p", {class: "legend meta"}, "Each claim is underlined in its side's " +
      "colour and starts with a label (side · kind). Direct: shaded, solid line; " +
      "indirect: dashed; mixed: dotted. Grey text is not article body. Select a label " +
      "to see the claim's source."));
    view.append(el("div", {class: "cols"}, marked(i), el("aside", {"aria-label": "selected claim"})));
  }

  // The article text with every claim marked in place: nested marks (a quotation inside
  // a mixed claim sits inside it); a claim that overlaps another without nesting is
  // clipped to the one it starts in, so each claim has exactly one mark.
  function marked(i) {
    const doc = data.docs[i];
    const text = doc.text;
    const spans = [];
    doc.claims.forEach(function (j, order) {
      const c = claim(j);
      if (c[F.end] > c[F.start]) spans.push([c[F.start], c[F.end], order, j]);
    });
    doc.boilerplate.forEach(function (p, k) {
      spans.push([p[0], p[1], doc.claims.length + k, -1]);
    });
    spans.forEach(function (s) { // offsets into this string (see at())
      s[0] = at(i, s[0]);
      s[1] = at(i, s[1]);
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1] || a[2] - b[2]; });
    const root = el("article", {class: doc.partial ? "text partial" : "text",
                                "aria-label": "article text"});
    const stack = [[Infinity, root]];
    let pos = 0;
    function top() { return stack[stack.length - 1]; }
    function close() {
      const open = stack.pop();
      if (open[0] > pos) { open[1].append(text.slice(pos, open[0])); pos = open[0]; }
    }
    spans.forEach(function (span) {
      while (stack.length > 1 && top()[0] <= span[0]) close();
      const end = stack.length > 1 ? Math.min(span[1], top()[0]) : span[1];
      if (span[0] > pos) { top()[1].append(text.slice(pos, span[0])); pos = span[0]; }
      let node;
      if (span[3] < 0) {
        node = el("span", {class: "boilerplate", title: "not article body"});
      } else {
        const c = claim(span[3]);
        const label = c[F.side] + " · " + c[F.kind];
        node = el("mark", {class: "claim side-" + css(c[F.side]) + " kind-" + css(c[F.kind]),
                           id: "m-" + anchor(c)},
                  el("a", {class: "tag", href: articleRoute(i, c),
                           "aria-label": label + " claim by " + S[c[F.speaker]]}, label));
      }
      top()[1].append(node);
      stack.push([end, node]);
    });
    while (stack.length > 1) close();
    root.append(text.slice(pos));
    return root;
  }

  function detail(j) {
    const c = claim(j);
    const name = S[c[F.speaker]], mention = S[c[F.mention]];
    const speaker = el("dd", null, name);
    if (mention && mention !== name) {
      speaker.append(" ", el("span", {class: "meta"}, "(as written: “" + mention + "”)"));
    }
    const callDd = el("dd", null);
    if (c[F.call] >= 0) {
      const call = data.calls[c[F.call]];
      callDd.append(link("#call/" + call.slug, call.title));
      if (call.single) callDd.append(" (single-sourced: one side's account only)");
    } else {
      callDd.append("none");
    }
    const panel = el("section", {class: "detail", id: anchor(c)},
      el("h2", {tabindex: "-1"}, c[F.side] + " · " + c[F.kind] + ": " + quoted(c, 80)),
      el("dl", null,
        el("dt", null, "Speaker"), speaker,
        el("dt", null, "Cue"), el("dd", null, S[c[F.cue]] || "—"),
        el("dt", null, "Source"), el("dd", null, S[c[F.source]]),
        el("dt", null, "Chain"), el("dd", null, S[c[F.chain]]),
        el("dt", null, "Call"), callDd,
        el("dt", null, "Rule"), el("dd", null, S[c[F.rule]] + ", confidence " +
          c[F.confidence] + ", characters " + c[F.start] + "–" + c[F.end])));
    const found = c[F.findings];
    if (found.length) {
      panel.append(el("h3", null, "Findings"), el("ul", null, found.map(function (f) {
        const item = el("li", null, el("strong", null, S[f[0]]));
        if (f[1]) item.append(": " + f[1]);
        if (S[f[2]]) item.append(" — " + S[f[2]]);
        f[4].forEach(function (k) {
          const o = claim(k);
          item.append(el("br"), "with ", link(articleRoute(o[F.doc], o),
            data.docs[o[F.doc]].id + ": " + quoted(o, 90)));
        });
        if (f[5]) item.append(el("br"), el("span", {class: "meta"}, f[5]));
        if (f[3]) item.append(" ", link(f[3], "see the call table"));
        return item;
      })));
    }
    const back = link(articleRoute(c[F.doc], c), "Back to the text");
    back.addEventListener("click", function (event) {
      event.preventDefault();
      const tag = document.querySelector("#m-" + anchor(c) + " > a.tag");
      if (tag) tag.focus();
    });
    panel.append(el("p", null, back));
    return panel;
  }

  if ("scrollRestoration" in history) history.scrollRestoration = "manual";
  window.addEventListener("hashchange", function () {
    scrolled.set(here, window.scrollY); // where the route left was scrolled to
    here = location.hash;
    route();
  });
  route();
})();
