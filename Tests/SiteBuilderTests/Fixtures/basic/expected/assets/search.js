/* ActivationAtlas search (assets/search.js). Plain ES2017, no modules, no network.
 *
 * Progressive enhancement: fills <div class="site-search" id="site-search"> (in the
 * layout's header) with a search box; without JavaScript the div stays empty.
 * The index, assets/search-index.js, is a classic script that sets
 * window.atlasSearchIndex (written by the build, see SiteBuilder/Search); it is loaded
 * with a <script> element on the first focus of the box or the first "/", so pages
 * stay light and it works from file://.
 *
 * Matching: the query is cut into terms. A run of letters or digits outside CJK is one
 * lower-cased word, and matches any word of a section that starts with it ("sigm" finds
 * "sigmoid"). A run of CJK characters (Han, kana, Hangul) gives its character bigrams
 * ("饱和函数" → 饱和, 和函, 函数), or the character itself when the run is one
 * character long, and each matches anywhere in the text: CJK has no spaces to cut
 * words at. A section matches when every term does; it ranks by hits in its heading
 * (and the lesson's title) first, then in its text. The index holds only the prose,
 * so the scan over it is a handful of indexOf passes over one lower-cased string.
 *
 * Keys: "/" focuses the box (unless typing in a field); ↓/↑ move through the results,
 * Enter opens one (the first if none is chosen), Escape closes the list, then clears.
 * ARIA 1.2 combobox: the input owns a listbox of options; a polite live region says
 * how many results there are.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 12;
  var ZH = /^zh/i.test(document.documentElement.lang || '');
  var TEXT = ZH
    ? { label: '搜索课程', placeholder: '搜索（/）', none: '没有结果', count: function (n, shown) {
      return n > shown ? '共 ' + n + ' 个结果，显示前 ' + shown + ' 个' : n + ' 个结果'; }, loading: '正在载入索引…' }
    : { label: 'Search the course', placeholder: 'Search (/)', none: 'No results', count: function (n, shown) {
      return n > shown ? n + ' results, the first ' + shown + ' shown' : n === 1 ? '1 result' : n + ' results'; },
    loading: 'Loading the index…' };

  var scriptSrc = (document.currentScript && document.currentScript.src) || '';
  var indexSrc = scriptSrc ? scriptSrc.replace(/search\.js(\?.*)?$/, 'search-index.js') : 'assets/search-index.js';
  var siteRoot = scriptSrc ? scriptSrc.replace(/assets\/search\.js(\?.*)?$/, '') : '';

  /* ---- terms ---- */

  function isCJK(code) {
    return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3100 && code <= 0x312f) ||
      (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0x20000 && code <= 0x2ffff);
  }
  var LETTER = /[\p{L}\p{N}\p{M}]/u;
  function isWordChar(ch) {
    var code = ch.charCodeAt(0);
    if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
    return LETTER.test(ch) && !isCJK(ch.codePointAt(0));
  }

  /* The query's terms: [{text, cjk}], lower-cased, without repeats, in order. */
  function terms(query) {
    var out = [], seen = {};
    function add(text, cjk) { if (text && !seen[text]) { seen[text] = true; out.push({ text: text, cjk: cjk }); } }
    var chars = Array.from(String(query).toLowerCase());
    var word = '', run = [];
    function flushWord() { add(word, false); word = ''; }
    function flushRun() {
      if (run.length === 1) add(run[0], true);
      for (var i = 0; i + 1 < run.length; i++) add(run[i] + run[i + 1], true);
      run = [];
    }
    chars.forEach(function (ch) {
      if (isCJK(ch.codePointAt(0))) { flushWord(); run.push(ch); }
      else if (isWordChar(ch)) { flushRun(); word += ch; }
      else { flushWord(); flushRun(); }
    });
    flushWord(); flushRun();
    return out;
  }

  /* ---- the index ---- */

  var index = null;   // {lessons, sections, hay, starts, headEnds}
  var loading = false;

  /* One lower-cased string of every section, "heading\u0001text\u0000", and where each
   * section starts and its heading ends, so a hit's position names its section. */
  function prepare(raw) {
    var parts = [], starts = [], headEnds = [], at = 0;
    raw.sections.forEach(function (s) {
      var heading = (s[2] || raw.lessons[s[0]][1]).toLowerCase();
      var text = s[3].toLowerCase();
      starts.push(at);
      headEnds.push(at + heading.length);
      parts.push(heading, '\u0001', text, '\u0000');
      at += heading.length + text.length + 2;
    });
    return { lessons: raw.lessons, sections: raw.sections, hay: parts.join(''), starts: starts, headEnds: headEnds };
  }

  function sectionAt(starts, position) {
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= position) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* Sections matching every term: [{section, score}], best first, ties in page order. */
  function search(query) {
    if (!index) return [];
    var list = terms(query);
    if (!list.length) return [];
    var hay = index.hay, n = index.sections.length;
    var score = new Float64Array(n), matched = new Uint16Array(n);
    list.forEach(function (term, t) {
      var text = term.text, from = 0, position, last = -1;
      while ((position = hay.indexOf(text, from)) !== -1) {
        from = position + 1;
        if (!term.cjk && position > 0 && isWordChar(hay[position - 1])) continue;
        var s = sectionAt(index.starts, position);
        if (matched[s] === t) matched[s] = t + 1;
        if (matched[s] !== t + 1) continue;
        score[s] += position < index.headEnds[s] ? 20 : (s === last ? 0.2 : 1);
        last = s;
      }
    });
    var out = [];
    for (var s = 0; s < n; s++) if (matched[s] === list.length) out.push({ section: s, score: score[s] });
    out.sort(function (a, b) { return b.score - a.score || a.section - b.section; });
    return out;
  }

  /* ---- snippets ---- */

  /* Where the terms are in `text`: sorted, non-overlapping [start, end) ranges; a word
   * term marks the whole word it starts. */
  function ranges(text, list) {
    var lower = text.toLowerCase();
    if (lower.length !== text.length) lower = text;  // rare case-changing lengths: mark less
    var found = [];
    list.forEach(function (term) {
      var from = 0, p;
      while ((p = lower.indexOf(term.text, from)) !== -1) {
        from = p + 1;
        var end = p + term.text.length;
        if (!term.cjk) {
          if (p > 0 && isWordChar(lower[p - 1])) continue;
          while (end < lower.length && isWordChar(lower[end])) end++;
        }
        found.push([p, end]);
      }
    });
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    found.forEach(function (r) {
      var top = merged[merged.length - 1];
      if (top && r[0] < top[1]) top[1] = Math.max(top[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  /* Text with the ranges in <mark>, into `parent`. */
  function appendMarked(parent, text, marks, offset) {
    var at = 0;
    marks.forEach(function (r) {
      var start = r[0] - offset, end = r[1] - offset;
      if (end <= 0 || start >= text.length) return;
      start = Math.max(start, 0); end = Math.min(end, text.length);
      if (start > at) parent.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      parent.appendChild(mark);
      at = end;
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  /* About 160 characters of `text` around its first hit, cut at spaces. */
  function snippet(parent, text, list) {
    var marks = ranges(text, list);
    var first = marks.length ? marks[0][0] : 0;
    var start = Math.max(0, first - 50), end = Math.min(text.length, start + 160);
    if (start > 0) { var space = text.indexOf(' ', start); if (space !== -1 && space < first) start = space + 1; }
    if (end < text.length) { var back = text.lastIndexOf(' ', end); if (back > first) end = back; }
    if (start > 0) parent.appendChild(document.createTextNode('…'));
    appendMarked(parent, text.slice(start, end), marks, start);
    if (end < text.length) parent.appendChild(document.createTextNode('…'));
  }

  /* ---- the box ---- */

  function setUp(root) {
    var input = document.createElement('input');
    var list = document.createElement('ul');
    var status = document.createElement('p');
    // A text box, not type=search: axe (3.1.1) refuses autocomplete=off on a search input, and
    // the combobox role already tells assistive technology what it is.
    input.type = 'text';
    input.id = 'site-search-input';
    input.className = 'search-input';
    input.placeholder = TEXT.placeholder;
    input.setAttribute('aria-label', TEXT.label);
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('spellcheck', 'false');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', 'site-search-results');
    list.id = 'site-search-results';
    list.className = 'search-results';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', TEXT.label);
    list.hidden = true;
    status.className = 'search-status';
    status.id = 'site-search-status';
    status.setAttribute('aria-live', 'polite');
    root.appendChild(input);
    root.appendChild(list);
    root.appendChild(status);

    var active = -1, hrefs = [];

    function load() {
      if (index || loading) return;
      if (window.atlasSearchIndex) { index = prepare(window.atlasSearchIndex); return; }
      loading = true;
      var script = document.createElement('script');
      script.src = indexSrc;
      script.onload = function () {
        loading = false;
        if (window.atlasSearchIndex) index = prepare(window.atlasSearchIndex);
        if (input.value) update();
      };
      script.onerror = function () { loading = false; };
      document.head.appendChild(script);
    }

    function open(isOpen) {
      list.hidden = !isOpen;
      input.setAttribute('aria-expanded', isOpen ? 'true' : 'false');
      if (!isOpen) choose(-1);
    }

    function choose(position) {
      var items = list.children;
      if (active >= 0 && items[active]) items[active].setAttribute('aria-selected', 'false');
      active = position;
      if (active >= 0 && items[active]) {
        items[active].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', items[active].id);
        items[active].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function go(position) {
      if (hrefs[position]) window.location.href = hrefs[position];
    }

    function update() {
      var query = input.value.trim();
      list.textContent = '';
      hrefs = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (!query) { status.textContent = ''; open(false); return; }
      if (!index) { status.textContent = TEXT.loading; load(); return; }
      var found = search(query), shown = found.slice(0, MAX_RESULTS), words = terms(query);
      shown.forEach(function (hit, position) {
        var s = index.sections[hit.section], lesson = index.lessons[s[0]];
        var item = document.createElement('li');
        item.id = 'site-search-option-' + position;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        var title = document.createElement('span');
        title.className = 'search-where';
        var lessonTitle = document.createElement('span');
        lessonTitle.className = 'search-lesson';
        appendMarked(lessonTitle, lesson[1], ranges(lesson[1], words), 0);
        title.appendChild(lessonTitle);
        if (s[2]) {
          title.appendChild(document.createTextNode(' › '));
          var heading = document.createElement('span');
          heading.className = 'search-heading';
          appendMarked(heading, s[2], ranges(s[2], words), 0);
          title.appendChild(heading);
        }
        item.appendChild(title);
        if (s[3]) {
          var text = document.createElement('span');
          text.className = 'search-snippet';
          snippet(text, s[3], words);
          item.appendChild(text);
        }
        var href = siteRoot + lesson[0] + (s[1] ? '#' + s[1] : '');
        item.setAttribute('data-href', href);
        hrefs.push(href);
        item.addEventListener('mousedown', function (event) { event.preventDefault(); });
        item.addEventListener('click', function () { go(position); });
        list.appendChild(item);
      });
      status.textContent = found.length ? TEXT.count(found.length, shown.length) : TEXT.none;
      open(shown.length > 0);
    }

    input.addEventListener('focus', load);
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      var count = list.children.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!count) return;
        event.preventDefault();
        if (list.hidden) open(true);
        var step = event.key === 'ArrowDown' ? 1 : -1;
        choose(active === -1 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
      } else if (event.key === 'Enter') {
        if (!count) return;
        event.preventDefault();
        go(active >= 0 ? active : 0);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        if (!list.hidden) open(false);
        else { input.value = ''; update(); input.blur(); }
      }
    });
    input.addEventListener('blur', function () { open(false); });
    root.addEventListener('focusin', function () { if (list.children.length) open(true); });

    document.addEventListener('keydown', function (event) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      var target = event.target;
      var tag = target && target.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable)) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }

  window.atlasSearch = { terms: terms, search: function (q) { return search(q); }, ranges: ranges };

  function start() {
    var root = document.getElementById('site-search');
    if (root && !root.firstChild) setUp(root);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
