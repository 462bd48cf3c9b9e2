/* ActivationAtlas search (assets/search.js). Plain ES2017, no modules, no network.
 *
 * Progressive enhancement: fills <div class="site-search" id="site-search"> (in the
 * layout's header) with a search box; without JavaScript the div stays empty.
 * The index, assets/search-index.js, is a classic script that sets
 * window.atlasSearchIndex (written by the build, see SiteBuilder/Search/SearchIndex.swift):
 * the lessons, each section's lesson, id and heading, the sorted terms and their
 * postings. It is loaded with a <script> element on the first focus of the box or the
 * first "/", so pages stay light and it works from file://. The sections' prose, for
 * the snippets, is in assets/search/<n>.js (eight lessons a file), loaded the same way
 * for the results shown only; the list shows each result's lesson and heading at once
 * and its snippet when that file is in (aria-busy on the list until then).
 *
 * Matching: the query is cut into terms as the build cuts the text (SearchTerms.swift).
 * A run of letters or digits outside CJK is one lower-cased word, and matches every
 * indexed word it starts ("sigm" finds "sigmoid": a binary search finds the range of
 * terms with that prefix). A run of CJK characters (Han, kana, Hangul) gives its
 * character bigrams ("饱和函数" → 饱和, 和函, 函数), or the character itself when the run
 * is one character long, each looked up as it is: CJK has no spaces to cut words at,
 * and the index holds every character and every pair of neighbours of the text. A
 * section matches when every term does; it ranks by the terms in its heading (or, for
 * the opening section, the lesson's title) first, then by how often its text holds
 * them (counted up to four), then in page order.
 *
 * Keys: "/" focuses the box (unless typing in a field); ↓/↑ move through the results,
 * Enter opens one (the first if none is chosen), Escape closes the list, then clears.
 * ARIA 1.2 combobox: the input owns a listbox of options; a polite live region says
 * how many results there are. Its words come from window.atlasStrings (assets/strings.js,
 * in the site's language).
 */
(function () {
  'use strict';

  var MAX_RESULTS = 12;
  // The words of the site's language: assets/strings.js (SiteStrings), English without it.
  var WORDS = window.atlasStrings || {};
  function word(key, fallback) { return typeof WORDS[key] === 'string' ? WORDS[key] : fallback; }
  function fill(text, count, shown) { return text.replace('{count}', count).replace('{shown}', shown); }
  var TEXT = {
    label: word('searchLabel', 'Search the course'), placeholder: word('searchPlaceholder', 'Search (/)'),
    none: word('searchNone', 'No results'), loading: word('searchLoading', 'Loading the index…'),
    count: function (n, shown) {
      if (n > shown) return fill(word('searchFirst', '{count} results, the first {shown} shown'), n, shown);
      return n === 1 ? word('searchOne', '1 result') : fill(word('searchMany', '{count} results'), n, shown);
    }
  };

  var scriptSrc = (document.currentScript && document.currentScript.src) || '';
  var indexSrc = scriptSrc ? scriptSrc.replace(/search\.js(\?.*)?$/, 'search-index.js') : 'assets/search-index.js';
  var textBase = indexSrc.replace(/search-index\.js$/, 'search/');
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

  /* Lower-cased as the build does it: final sigma folded into sigma (SearchTerms.swift). */
  function lower(text) { return String(text).toLowerCase().replace(/ς/g, 'σ'); }

  /* The terms of `text` in order, repeats kept: [{text, cjk}]. A CJK run gives its bigrams,
   * or its one character; `everyCharacter` adds each character of longer runs too, as
   * the index holds them. */
  function cut(text, everyCharacter) {
    var out = [], word = '', run = [];
    function flushWord() { if (word) out.push({ text: word, cjk: false }); word = ''; }
    function flushRun() {
      if (run.length === 1 || everyCharacter) run.forEach(function (ch) { out.push({ text: ch, cjk: true }); });
      for (var i = 0; i + 1 < run.length; i++) out.push({ text: run[i] + run[i + 1], cjk: true });
      run = [];
    }
    Array.from(lower(text)).forEach(function (ch) {
      if (isCJK(ch.codePointAt(0))) { flushWord(); run.push(ch); }
      else if (isWordChar(ch)) { flushRun(); word += ch; }
      else { flushWord(); flushRun(); }
    });
    flushWord(); flushRun();
    return out;
  }

  /* The query's terms: [{text, cjk}], without repeats, in order. */
  function terms(query) {
    var seen = {};
    return cut(query, false).filter(function (term) {
      if (seen[term.text]) return false;
      seen[term.text] = true;
      return true;
    });
  }

  /* ---- the index ---- */

  var index = null;   // {lessons, sections, first, chunk, terms, postings, decoded, headings}
  var loading = false;

  function prepare(raw) {
    var first = [];
    raw.sections.forEach(function (s, i) { if (first[s[0]] === undefined) first[s[0]] = i; });
    return {
      lessons: raw.lessons, sections: raw.sections, first: first, chunk: raw.chunk,
      terms: raw.terms ? raw.terms.split('\n') : [], postings: raw.postings ? raw.postings.split(' ') : [],
      decoded: [], headings: []
    };
  }

  /* A posting's digits (SearchIndex.swift): 0-9a-v end a number, A-Z!#$%&( come before. */
  var DIGITS = new Int8Array(128).fill(-1);
  '0123456789abcdefghijklmnopqrstuv'.split('').forEach(function (c, i) { DIGITS[c.charCodeAt(0)] = i; });
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&('.split('').forEach(function (c, i) { DIGITS[c.charCodeAt(0)] = 32 + i; });

  /* Term i's postings: [section, count, section, count, …], sections ascending. */
  function postings(i) {
    if (index.decoded[i]) return index.decoded[i];
    var text = index.postings[i] || '', out = [], number = 0, previous = -1;
    for (var k = 0; k < text.length; k++) {
      var digit = DIGITS[text.charCodeAt(k)];
      if (digit < 0) continue;
      if (digit >= 32) { number = number * 32 + digit - 32; continue; }
      number = number * 32 + digit;
      previous += 1 + Math.floor(number / 4);
      out.push(previous, number % 4 + 1);
      number = 0;
    }
    index.decoded[i] = out;
    return out;
  }

  /* The first position in the sorted terms not before `text`. */
  function lowerBound(text) {
    var list = index.terms, lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] < text) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /* The indexed terms a query term matches: a CJK term itself, a word every word it starts. */
  function matching(term) {
    var list = index.terms, out = [];
    for (var i = lowerBound(term.text); i < list.length; i++) {
      if (term.cjk ? list[i] !== term.text : list[i].lastIndexOf(term.text, 0) !== 0) break;
      out.push(i);
    }
    return out;
  }

  /* Section s's heading (the lesson's title for an untitled section). */
  function headingOf(s) {
    var section = index.sections[s];
    return section[2] || index.lessons[section[0]][1];
  }

  /* How many of section s's heading terms `term` matches; the heading is cut only when
   * it holds the term's text at all (most do not), and then kept. */
  function inHeading(s, term) {
    var cutHeading = index.headings[s];
    if (!cutHeading) {
      var folded = lower(headingOf(s));
      if (folded.indexOf(term.text) === -1) return 0;
      cutHeading = index.headings[s] = cut(folded, true);
    }
    return cutHeading.filter(function (h) {
      return h.cjk === term.cjk && (term.cjk ? h.text === term.text : h.text.lastIndexOf(term.text, 0) === 0);
    }).length;
  }

  /* Sections matching every term: [{section, score}], best first, ties in page order. */
  function search(query) {
    if (!index) return [];
    var list = terms(query);
    if (!list.length) return [];
    var n = index.sections.length;
    var score = new Float64Array(n), matched = new Uint16Array(n), count = new Uint16Array(n);
    for (var t = 0; t < list.length; t++) {
      var touched = [];
      matching(list[t]).forEach(function (i) {
        var hits = postings(i);
        for (var k = 0; k < hits.length; k += 2) {
          var s = hits[k];
          if (matched[s] !== t) continue;
          if (!count[s]) touched.push(s);
          count[s] += hits[k + 1];
        }
      });
      if (!touched.length) return [];
      touched.forEach(function (s) {
        var heading = inHeading(s, list[t]), text = Math.max(0, count[s] - heading);
        score[s] += 20 * heading + (text ? 1 + 0.2 * (text - 1) : 0);
        matched[s] = t + 1;
        count[s] = 0;
      });
    }
    var out = [];
    for (var s = 0; s < n; s++) if (matched[s] === list.length) out.push({ section: s, score: score[s] });
    out.sort(function (a, b) { return b.score - a.score || a.section - b.section; });
    return out;
  }

  /* ---- the prose, for snippets ---- */

  function textPart(s) { return Math.floor(index.sections[s][0] / index.chunk); }

  /* Section s's prose, or undefined while its file is not loaded. */
  function textOf(s) {
    var part = textPart(s), texts = window.atlasSearchText && window.atlasSearchText[part];
    return texts ? texts[s - index.first[part * index.chunk]] : undefined;
  }

  /* Loads the prose files of `sections`, then calls done (at once when all are in). */
  function loadTexts(sections, done) {
    var wanted = {}, pending = 0;
    sections.forEach(function (s) {
      var part = textPart(s);
      if (!(window.atlasSearchText && window.atlasSearchText[part])) wanted[part] = true;
    });
    Object.keys(wanted).forEach(function (part) {
      pending++;
      var script = document.createElement('script');
      script.src = textBase + part + '.js';
      script.onload = script.onerror = function () {
        script.remove();
        if (--pending === 0) done();
      };
      document.head.appendChild(script);
    });
    if (!pending) done();
  }

  /* ---- snippets ---- */

  /* Where the terms are in `text`: sorted, non-overlapping [start, end) ranges; a word
   * term marks the whole word it starts. */
  function ranges(text, list) {
    var folded = lower(text);
    if (folded.length !== text.length) folded = text;  // rare case-changing lengths: mark less
    var found = [];
    list.forEach(function (term) {
      var from = 0, p;
      while ((p = folded.indexOf(term.text, from)) !== -1) {
        from = p + 1;
        var end = p + term.text.length;
        if (!term.cjk) {
          if (p > 0 && isWordChar(folded[p - 1])) continue;
          while (end < folded.length && isWordChar(folded[end])) end++;
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

    var active = -1, hrefs = [], generations = 0;

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
      if (!query) { generations++; status.textContent = ''; open(false); return; }
      if (!index) { generations++; status.textContent = TEXT.loading; load(); return; }
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
        var text = document.createElement('span');
        text.className = 'search-snippet';
        item.appendChild(text);
        var href = siteRoot + lesson[0] + (s[1] ? '#' + s[1] : '');
        item.setAttribute('data-href', href);
        hrefs.push(href);
        item.addEventListener('mousedown', function (event) { event.preventDefault(); });
        item.addEventListener('click', function () { go(position); });
        list.appendChild(item);
      });
      status.textContent = found.length ? TEXT.count(found.length, shown.length) : TEXT.none;
      open(shown.length > 0);
      // The snippets, once the prose files of the results shown are in; a newer query wins.
      var generation = ++generations;
      list.setAttribute('aria-busy', 'true');
      loadTexts(shown.map(function (hit) { return hit.section; }), function () {
        if (generation !== generations) return;
        shown.forEach(function (hit, position) {
          var text = textOf(hit.section), item = list.children[position];
          var span = item && item.querySelector('.search-snippet');
          if (!span) return;
          if (text) snippet(span, text, words); else span.remove();
        });
        list.setAttribute('aria-busy', 'false');
      });
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
