/* ActivationAtlas link previews (assets/preview.js). Plain ES2017, no modules, no network.
 *
 * Progressive enhancement: without this script a link is just a link. Inside the lesson
 * (article.lesson), hovering or focusing
 *   - a {ref} link to a figure or table of this page (a.ref, href="#label") shows that
 *     figure, cloned from the page and scaled down, with its caption;
 *   - a link to another lesson (relu.html, relu.html#drawbacks, a {ref} such as
 *     relu.html#fig-relu) shows that lesson's title and summary, and the heading or the
 *     figure the fragment lands on.
 * Another lesson's data is a classic script made at build time,
 * assets/previews/<slug>.js, which sets window.atlasPreviews["<slug>.html"] =
 * {title, summary?, sections: {id: heading HTML}, figures: {id: figure HTML}}; it is
 * added to the page the first time a link to that lesson is hovered or focused, so
 * that it works from file:// and costs nothing until then. A lesson without such a
 * file (nothing else links to it) simply gets no preview.
 *
 * One shared box, div.link-preview[role=tooltip], is shown below the link (above when
 * there is no room) and named by the link's aria-describedby while it shows. It holds
 * no focusable content and never takes focus. Escape hides it; moving the pointer
 * from the link onto the box keeps it (so it can be read and scrolled). On touch, a
 * first tap on a link shows its preview and a second tap on the same link follows it;
 * a tap anywhere else hides the preview.
 */
(function () {
  'use strict';

  var BOX_ID = 'link-preview';
  var SHOW_DELAY = 250;
  var HIDE_DELAY = 200;
  var STRIP = 'script, details, input, button, select, textarea, output, .plot-family, .plot-readout, ' +
    '.plot-hint, .readout-marks, .anchor';

  var box = null;
  var current = null;     // the link whose preview is shown
  var showTimer = 0;
  var hideTimer = 0;
  var touchArmed = null;  // the link a first tap showed, which a second tap follows
  var loading = {};       // page → true once its data script was added

  function store() { return window.atlasPreviews || {}; }

  // "relu.html#x" → {page: "relu.html", fragment: "x"}; null for anything not a lesson page here.
  function target(link) {
    var href = link.getAttribute('href') || '';
    if (href.charAt(0) === '#') {
      // On this page only a {ref} gets a preview: the figure is already here to clone.
      var id;
      try { id = decodeURIComponent(href.slice(1)); } catch (error) { return null; }
      return link.classList.contains('ref') && document.getElementById(id) ? { page: '', fragment: id } : null;
    }
    // A page beside this one (a lesson's slug may hold any letters, percent-encoded or not).
    var match = /^([^\/:?#]+)\.html(?:#(.*))?$/.exec(href);
    if (!match || match[1] === 'index' || match[1] === 'print') return null;
    try {
      return { page: decodeURIComponent(match[1]) + '.html', fragment: match[2] ? decodeURIComponent(match[2]) : '' };
    } catch (error) {
      return null;
    }
  }

  function ensureBox() {
    if (box) return box;
    box = document.createElement('div');
    box.id = BOX_ID;
    box.className = 'link-preview';
    box.setAttribute('role', 'tooltip');
    box.hidden = true;
    box.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
    box.addEventListener('mouseleave', scheduleHide);
    document.body.appendChild(box);
    return box;
  }

  // A copy of a figure with nothing to focus or run, and ids that cannot clash with the page's.
  function cleaned(node) {
    var copy = node.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(STRIP), function (n) { n.parentNode.removeChild(n); });
    var all = [copy].concat(Array.prototype.slice.call(copy.querySelectorAll('*')));
    var ids = {};
    all.forEach(function (n) { if (n.id) ids[n.id] = 'preview-' + n.id; });
    all.forEach(function (n) {
      ['tabindex', 'data-readout', 'aria-live'].forEach(function (name) { n.removeAttribute(name); });
      if (n.style) { n.style.minHeight = ''; n.style.height = ''; }
      Array.prototype.slice.call(n.attributes).forEach(function (attribute) {
        var value = attribute.value, changed = value;
        if (attribute.name === 'id') changed = ids[value] || value;
        else if (/^aria-(labelledby|describedby)$|^for$/.test(attribute.name)) {
          changed = value.split(/\s+/).map(function (id) { return ids[id] || id; }).join(' ');
        } else if (value.indexOf('#') >= 0) {
          changed = value.replace(/url\(#([^)]+)\)|^#(.+)$/g, function (whole, inUrl, alone) {
            var id = inUrl || alone;
            if (!ids[id]) return whole;
            return inUrl ? 'url(#' + ids[id] + ')' : '#' + ids[id];
          });
        }
        if (changed !== value) n.setAttribute(attribute.name, changed);
      });
      if (n.tagName === 'A') { n.removeAttribute('href'); }
    });
    copy.classList.add('link-preview-figure');
    return copy;
  }

  function fromHTML(html) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    return holder.firstElementChild;
  }

  // The box's content for `link`, or null when there is nothing (yet) to show.
  function content(link, where) {
    var parts = document.createDocumentFragment();
    if (!where.page) {
      parts.appendChild(cleaned(document.getElementById(where.fragment)));
      return parts;
    }
    var data = store()[where.page];
    if (!data) return null;
    var title = document.createElement('p');
    title.className = 'link-preview-title';
    title.textContent = data.title;
    parts.appendChild(title);
    var section = where.fragment && data.sections && data.sections[where.fragment];
    var shown = where.fragment && data.figures && data.figures[where.fragment];
    if (section) {
      var heading = document.createElement('p');
      heading.className = 'link-preview-section';
      heading.innerHTML = section;
      parts.appendChild(heading);
    }
    if (shown) {
      var node = fromHTML(shown);
      if (node) parts.appendChild(cleaned(node));
    } else if (data.summary) {
      var summary = document.createElement('p');
      summary.className = 'link-preview-summary';
      summary.textContent = data.summary;
      parts.appendChild(summary);
    }
    return parts;
  }

  // Adds the lesson's data script once; `then` runs when it has loaded.
  function load(page, then) {
    if (store()[page]) { then(); return; }
    if (loading[page]) { loading[page].push(then); return; }
    loading[page] = [then];
    var script = document.createElement('script');
    script.src = 'assets/previews/' + encodeURIComponent(page.replace(/\.html$/, '')) + '.js';
    script.onload = function () { loading[page].forEach(function (f) { f(); }); loading[page] = []; };
    script.onerror = function () { loading[page] = []; };
    document.head.appendChild(script);
  }

  function place(link) {
    var rect = link.getBoundingClientRect();
    var width = Math.min(box.offsetWidth, document.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    var below = rect.bottom + 6;
    var top = below + box.offsetHeight > window.innerHeight && rect.top - box.offsetHeight - 6 > 0
      ? rect.top - box.offsetHeight - 6 : below;
    box.style.left = (left + window.scrollX) + 'px';
    box.style.top = (top + window.scrollY) + 'px';
  }

  function show(link) {
    var where = target(link);
    if (!where) return;
    var render = function () {
      var parts = content(link, where);
      if (!parts) return;
      if (current && current !== link) current.removeAttribute('aria-describedby');
      ensureBox();
      box.textContent = '';
      box.appendChild(parts);
      box.hidden = false;
      current = link;
      link.setAttribute('aria-describedby', BOX_ID);
      place(link);
    };
    if (where.page) load(where.page, function () { if (wanted === link) render(); });
    else render();
  }

  var wanted = null;  // the link the reader last pointed at or focused

  function hide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    wanted = null;
    touchArmed = null;
    if (!box || box.hidden) return;
    box.hidden = true;
    if (current) current.removeAttribute('aria-describedby');
    current = null;
  }

  function scheduleHide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_DELAY);
  }

  function previewLink(node) {
    var link = node && node.closest ? node.closest('article.lesson a[href]') : null;
    return link && target(link) ? link : null;
  }

  var lastPointer = 'mouse';
  document.addEventListener('pointerdown', function (event) { lastPointer = event.pointerType || 'mouse'; }, true);

  document.addEventListener('mouseover', function (event) {
    if (lastPointer === 'touch') return;
    var link = previewLink(event.target);
    if (!link) return;
    clearTimeout(hideTimer);
    if (link === current || link === wanted) return;
    clearTimeout(showTimer);
    wanted = link;
    showTimer = setTimeout(function () { show(link); }, SHOW_DELAY);
  });
  document.addEventListener('mouseout', function (event) {
    if (lastPointer === 'touch') return;
    var link = previewLink(event.target);
    if (link && !link.contains(event.relatedTarget)) scheduleHide();
  });
  document.addEventListener('focusin', function (event) {
    var link = previewLink(event.target);
    if (!link) return;
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    wanted = link;
    show(link);
  });
  document.addEventListener('focusout', function (event) {
    if (previewLink(event.target) && lastPointer !== 'touch') hide();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && box && !box.hidden) hide();
  });
  // Touch: the first tap shows, the second follows; a tap elsewhere hides.
  document.addEventListener('click', function (event) {
    if (lastPointer !== 'touch') return;
    var link = previewLink(event.target);
    if (!link) { if (!box || !box.contains(event.target)) hide(); return; }
    if (touchArmed === link) return;
    event.preventDefault();
    touchArmed = link;
    wanted = link;
    show(link);
  });
  window.addEventListener('resize', function () { if (current) place(current); });
})();
