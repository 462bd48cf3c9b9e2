// atlas serve's live reload, added to each page it serves (never written to the site).
// One stream of server-sent events per visible page (/__atlas/events); hidden pages close
// theirs, so that many tabs do not use up the browser's six connections to the server.
// A state names the generation of the last good build. For another than this page's, the
// page fetches itself again: when only the lesson (<main id="content">) and the title
// changed, and no stylesheet or script (their ETags), the lesson is replaced in place
// (no reload, no flash, the scroll position kept as it is; plot.js runs again for the new
// figures); otherwise the page reloads, keeping its scroll position. A state with
// problems shows them in an overlay.
(function () {
  "use strict";
  var script = document.currentScript;
  var generation = script ? script.getAttribute("data-generation") : null;
  var key = "atlas-live-scroll:" + location.pathname;
  var source = null, host = null, dismissed = "", pending = null;
  try {
    var saved = sessionStorage.getItem(key);
    if (saved !== null) {
      sessionStorage.removeItem(key);
      var position = JSON.parse(saved);
      var restore = function () { window.scrollTo(position.x, position.y); };
      if ("scrollRestoration" in history) history.scrollRestoration = "manual";
      // Now, before the first paint (the stylesheets are loaded: they block this script),
      // and again once fonts and images have settled the layout.
      restore();
      document.addEventListener("DOMContentLoaded", restore);
      window.addEventListener("load", restore);
    }
  } catch (error) { /* no sessionStorage: reload at the top */ }

  // The page as served, but for the lesson, the title and the scripts: taken now, before
  // the deferred scripts change it (this script is the last thing in the body).
  var shell = shellOf(document);
  var assetsAtLoad = assetTags(document);

  function shellOf(doc) {
    var head = doc.head.cloneNode(true), body = doc.body.cloneNode(true);
    [head, body].forEach(function (part) {
      Array.prototype.forEach.call(part.querySelectorAll("script, title"), function (node) { node.remove(); });
    });
    var main = body.querySelector("#content");
    if (main) main.textContent = "";
    // Spaces collapsed: the text after this script is not parsed yet when the shell is taken.
    return (head.innerHTML + " " + body.innerHTML).replace(/\s+/g, " ").trim();
  }

  // The ETags of the page's stylesheets and of its words for scripts (assets/strings.js),
  // one string: another means a template or the strings changed, which only a reload takes
  // in. The other scripts are atlas's own, the same for as long as it serves.
  function assetTags(doc) {
    var urls = Array.prototype.map.call(
      doc.querySelectorAll('link[rel="stylesheet"][href], script[src$="assets/strings.js"]'), function (node) {
        return new URL(node.getAttribute("href") || node.getAttribute("src"), location.href);
      }).filter(function (url) { return url.origin === location.origin; });
    return Promise.all(urls.map(function (url) {
      return fetch(url.href, { method: "HEAD", cache: "no-store" }).then(function (response) {
        return url.pathname + "=" + (response.headers.get("ETag") || "");
      });
    })).then(function (tags) { return tags.join(" "); });
  }

  function update(next) {
    Promise.all([
      fetch(location.href, { cache: "no-store" }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      }),
      assetsAtLoad, assetTags(document)
    ]).then(function (results) {
      var page = new DOMParser().parseFromString(results[0], "text/html");
      var fresh = page.getElementById("content"), current = document.getElementById("content");
      if (results[1] !== results[2] || !fresh || !current || shellOf(page) !== shell) { reload(); return; }
      current.replaceWith(document.importNode(fresh, true));
      document.title = page.title;
      generation = next;
      // plot.js again: it enhances the figures in the document, now the new ones only.
      var plots = document.querySelector('script[src$="assets/plot.js"]');
      if (plots) {
        var again = document.createElement("script");
        again.src = plots.src;
        document.body.appendChild(again);
      }
    }).catch(reload);
  }

  function reload() {
    try {
      sessionStorage.setItem(key, JSON.stringify({ x: window.scrollX, y: window.scrollY }));
      if ("scrollRestoration" in history) history.scrollRestoration = "manual";
    } catch (error) { /* reload at the top */ }
    location.reload();
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    for (var name in attributes) node.setAttribute(name, attributes[name]);
    if (text) node.textContent = text;
    return node;
  }

  function hide() {
    if (host) host.remove();
    host = null;
  }

  function show(problems) {
    var signature = JSON.stringify(problems);
    if (signature === dismissed) return;
    hide();
    host = element("div", { id: "atlas-build-errors" });
    var root = host.attachShadow({ mode: "open" });
    var style = element("style", {},
      ":host{all:initial}" +
      ".box{position:fixed;z-index:2147483647;inset:1rem 1rem auto 1rem;max-height:calc(100vh - 2rem);overflow:auto;" +
      "box-sizing:border-box;padding:1rem 1.25rem;border:2px solid #b3261e;border-radius:8px;background:#fff;color:#1b1b1b;" +
      "font:15px/1.45 system-ui,sans-serif;box-shadow:0 4px 24px rgba(0,0,0,.35);color-scheme:light}" +
      "h2{margin:0 0 .5rem;font-size:1.1rem;color:#b3261e}p{margin:0 0 .5rem}" +
      "ol{margin:0;padding-left:1.25rem}li{margin:.4rem 0}code{font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}" +
      ".hint{color:#3d3d3d}button{font:inherit;margin-top:.75rem;padding:.3rem .9rem;border:1px solid currentColor;border-radius:4px;" +
      "background:transparent;color:inherit;cursor:pointer}button:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}" +
      "@media (prefers-color-scheme: dark){.box{background:#1e1e1e;color:#ececec;border-color:#ff8a80;color-scheme:dark}" +
      "h2{color:#ff8a80}.hint{color:#c4c4c4}button:focus-visible{outline-color:#8ab4f8}}");
    var box = element("div", { "class": "box", role: "alertdialog", "aria-modal": "false",
      "aria-labelledby": "atlas-errors-title", "aria-describedby": "atlas-errors-note" });
    box.appendChild(element("h2", { id: "atlas-errors-title" },
      problems.length === 1 ? "The build failed: 1 problem" : "The build failed: " + problems.length + " problems"));
    box.appendChild(element("p", { id: "atlas-errors-note" },
      "This page is the last good build. Fix the source and save: the page updates."));
    var list = element("ol", {});
    problems.forEach(function (problem) {
      var item = element("li", {});
      item.appendChild(element("code", {}, problem.text));
      if (problem.hint) item.appendChild(element("div", { "class": "hint" }, "hint: " + problem.hint));
      list.appendChild(item);
    });
    box.appendChild(list);
    var close = element("button", { type: "button" }, "Close");
    close.addEventListener("click", function () { dismissed = signature; hide(); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { dismissed = signature; hide(); }
    });
    box.appendChild(close);
    root.appendChild(style);
    root.appendChild(box);
    document.body.appendChild(host);
    close.focus({ preventScroll: true });
  }

  function connect() {
    if (source || !window.EventSource) return;
    source = new EventSource("/__atlas/events");
    source.addEventListener("state", function (event) {
      var state = JSON.parse(event.data);
      var next = String(state.generation);
      if (next !== generation) {
        dismissed = "";
        hide();
        // Once per generation, however often the state is sent meanwhile.
        if (next !== pending) {
          pending = next;
          update(next);
        }
      } else if (state.problems.length) {
        show(state.problems);
      } else {
        dismissed = "";
        hide();
      }
    });
  }

  function disconnect() {
    if (source) source.close();
    source = null;
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) disconnect(); else connect();
  });
  if (!document.hidden) connect();
})();
