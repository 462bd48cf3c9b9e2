/* ActivationAtlas plot read-out (assets/plot.js). Plain ES2017, no modules, no network.
 *
 * Progressive enhancement: the page is complete without it. For every
 * <figure class="plot"> holding an svg.atlas-plot and a
 * <script type="application/json" class="plot-data">, pointing at the plot (or focusing
 * it and pressing ←/→, Shift or PageUp/PageDown for ten, Home/End) picks the NEAREST
 * sample, draws a rule and a dot per visible curve, and writes the values into a
 * <p class="plot-readout" aria-live="polite"> after the svg and its legend, each as `elu′(x; α = 2) = 1`.
 * A family (:vary:) is drawn whole, every member at once; a range slider (first stop: all)
 * and the legend's entries, made buttons, bring one member (data-group) forward: drawn
 * last, the others dimmed, the read-out listing its curves only. Pointer and keyboard
 * both work. Bad or missing data: figure untouched.
 *
 * The data contract (all computed at build time; this script never evaluates a function):
 *   area    [left, top, width, height] of the plot area in viewBox units
 *   x, y    [min, max] data domains mapped onto it (y grows upwards)
 *   xs      {from, step, count}: sample i is at x = from + i * step
 *   series  [{id (= the path's data-series), label (legend text), call (read-out name,
 *             `elu′(x; α = 2)`), slot (cN), dashed, group (int|null),
 *             values: [count numbers to 4 significant digits, null where undefined]}]
 *   groups  null, or {name, symbol (`α`), labels: [one per group, `α = 2`]} for a family
 * Markup: the legend is a <ul class="plot-legend"> after the svg, <li data-series
 * [data-group]> per curve. Styles: .plot-readout, .readout-rule, .readout-dot,
 * .plot-family, .is-dimmed, .is-forward (style.css).
 */
(function () {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var MINUS = '\u2212';
  var SUPERSCRIPT = { '0': '\u2070', '1': '\u00b9', '2': '\u00b2', '3': '\u00b3', '4': '\u2074',
    '5': '\u2075', '6': '\u2076', '7': '\u2077', '8': '\u2078', '9': '\u2079', '-': '\u207b' };
  // The words of the site's language: assets/strings.js (SiteStrings), English without it.
  var WORDS = window.atlasStrings || {};
  var HINT = typeof WORDS.readoutHint === 'string' ? WORDS.readoutHint
    : 'Point at the plot, or focus it and use \u2190 \u2192, to read values.';
  var ALL_DRAWN = typeof WORDS.familyAll === 'string' ? WORDS.familyAll : 'all {count} drawn';

  function isNum(v) { return typeof v === 'number' && isFinite(v); }
  function isPair(v) { return Array.isArray(v) && v.length === 2 && v.every(isNum) && v[1] > v[0]; }
  function clamp(v, lo, hi) { return Math.min(hi, Math.max(lo, v)); }
  function minus(text) { return text.replace(/-/g, MINUS); }

  /* The figure's data, checked and normalised, or null when unusable. */
  function readData(script) {
    var d;
    try { d = JSON.parse(script.textContent); } catch (e) { return null; }
    if (!d || typeof d !== 'object') return null;
    var a = d.area, xs = d.xs;
    if (!Array.isArray(a) || a.length !== 4 || !a.every(isNum) || !(a[2] > 0 && a[3] > 0)) return null;
    if (!isPair(d.x) || !isPair(d.y) || !xs || !isNum(xs.from) || !isNum(xs.step) || !(xs.step > 0)) return null;
    if (!Number.isInteger(xs.count) || xs.count < 1 || !Array.isArray(d.series)) return null;
    var series = d.series.filter(function (s) {
      return s && typeof s.id === 'string' && Array.isArray(s.values);
    }).map(function (s) {
      var label = typeof s.label === 'string' ? s.label : s.id;
      return { id: s.id, label: label, call: typeof s.call === 'string' ? s.call : label,
        slot: Number.isInteger(s.slot) ? ((s.slot % 7) + 7) % 7 : 0, dashed: s.dashed === true,
        group: Number.isInteger(s.group) ? s.group : null, values: s.values };
    });
    var g = d.groups, groups = null;
    if (g && Array.isArray(g.labels) && g.labels.length > 0) {
      var name = typeof g.name === 'string' ? g.name : '';
      groups = { name: name, symbol: typeof g.symbol === 'string' ? g.symbol : name, labels: g.labels.map(String) };
    }
    return { area: a, x: d.x, y: d.y, xs: xs, series: series, groups: groups };
  }

  /* Decimal places of the sample step, e.g. 0.05 -> 2, 1e-7 -> 7, 1 -> 0. */
  function decimalsOf(step) {
    var m = /^\d+(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(String(step));
    if (!m) return 0;
    return clamp((m[1] ? m[1].length : 0) - (m[2] ? Number(m[2]) : 0), 0, 20);
  }

  /* x rounded to the step's decimals, with a true minus and never "-0.00". */
  function formatX(x, decimals) {
    var text = x.toFixed(decimals);
    return Number(text) === 0 ? text.replace('-', '') : minus(text);
  }

  /* A value to 4 significant digits: plain for 0.001 <= |v| < 10^6, else 4.54 x 10^-5. */
  function formatValue(v) {
    if (!isNum(v)) return 'undefined';
    var r = Number(v.toPrecision(4));
    if (r === 0) return '0';
    if (Math.abs(r) >= 1e-3 && Math.abs(r) < 1e6) return minus(String(r));
    var parts = r.toExponential(3).split('e');
    var exponent = String(Number(parts[1])).replace(/./g, function (c) { return SUPERSCRIPT[c]; });
    return minus(parts[0].replace(/\.?0+$/, '')) + ' \u00d7 10' + exponent;
  }

  function setAttrs(node, attrs) {
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function svgEl(name, attrs) { return setAttrs(document.createElementNS(SVG_NS, name), attrs); }
  function htmlEl(name, attrs, text) {
    var node = setAttrs(document.createElement(name), attrs);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* An id based on `base` that is not yet used in the document. */
  function freshId(base) {
    var id = base, n = 2;
    while (document.getElementById(id)) id = base + '-' + n++;
    return id;
  }

  function enhance(figure, number) {
    var script = figure.querySelector('script.plot-data');
    var svg = figure.querySelector('svg.atlas-plot') || figure.querySelector('svg');
    if (!script || !svg || svg.hasAttribute('data-readout')) return;
    var data = readData(script);
    if (!data || typeof svg.createSVGPoint !== 'function') return;
    var area = data.area, xs = data.xs, last = xs.count - 1, decimals = decimalsOf(xs.step);
    var base = figure.id || 'atlas-plot-' + number;
    // group: the family member brought forward, or null while all are equal.
    var state = { index: -1, group: null, drawn: '' };

    // Data <-> viewBox mapping (y grows upwards in data, downwards in the viewBox).
    function toViewX(x) { return area[0] + (x - data.x[0]) / (data.x[1] - data.x[0]) * area[2]; }
    function toViewY(y) { return area[1] + (data.y[1] - y) / (data.y[1] - data.y[0]) * area[3]; }
    function sampleX(i) { return xs.from + i * xs.step; }
    function visibleSeries() {
      return data.series.filter(function (s) {
        return state.group === null || s.group === null || s.group === state.group;
      });
    }

    // Rule and dots live in one group drawn on top, hidden until there is a position.
    var marks = svg.appendChild(svgEl('g', { 'class': 'readout-marks', 'aria-hidden': 'true' }));
    var rule = marks.appendChild(svgEl('line', { 'class': 'readout-rule', y1: area[1], y2: area[1] + area[3] }));
    var dots = marks.appendChild(svgEl('g', { 'class': 'readout-dots' }));
    marks.style.display = 'none';

    var readout = htmlEl('p', { 'class': 'plot-readout', id: freshId(base + '-readout'), 'aria-live': 'polite' }, HINT);
    // After the legend when there is one (svg, legend, family slider, read-out).
    var legend = svg.nextElementSibling && svg.nextElementSibling.matches('ul.plot-legend') ? svg.nextElementSibling : svg;
    legend.parentNode.insertBefore(readout, legend.nextSibling);

    // Writes the values of sample i into `target` (or the hint for i < 0).
    function renderText(target, i) {
      target.textContent = i < 0 ? HINT : '';
      if (i < 0) return;
      target.appendChild(htmlEl('span', { 'class': 'readout-x' }, 'x = ' + formatX(sampleX(i), decimals)));
      visibleSeries().forEach(function (s) {
        var item = htmlEl('span', { 'class': 'readout-item', 'data-series': s.id });
        item.appendChild(htmlEl('span', { 'class': 'swatch c' + s.slot + (s.dashed ? ' dashed' : ''), 'aria-hidden': 'true' }));
        item.appendChild(htmlEl('span', { 'class': 'readout-label' }, s.call));
        item.appendChild(document.createTextNode(' = '));
        item.appendChild(htmlEl('span', { 'class': 'readout-value' }, formatValue(s.values[i])));
        target.appendChild(document.createTextNode(' '));
        target.appendChild(item);
      });
    }

    // Reserves the height of the hint or of the longest values, whichever is taller, so
    // that reading never moves the page. Measured on a hidden copy: the live region
    // itself is not touched.
    // A family is measured with every member listed, its tallest state, so that bringing
    // one forward never moves the page either.
    function reserveHeight() {
      var group = state.group;
      state.group = null;
      var list = visibleSeries(), longest = 0, most = -1, height = 0;
      for (var i = 0; i <= last; i++) {
        var length = list.reduce(function (sum, s) { return sum + formatValue(s.values[i]).length; }, 0);
        if (length > most) { most = length; longest = i; }
      }
      var probe = htmlEl('p', { 'class': 'plot-readout', 'aria-hidden': 'true', style: 'position:absolute;' +
        'visibility:hidden;min-height:0;width:' + readout.clientWidth + 'px' });
      readout.parentNode.insertBefore(probe, readout);
      [-1, longest].forEach(function (j) {
        renderText(probe, j);
        height = Math.max(height, probe.getBoundingClientRect().height);
      });
      probe.parentNode.removeChild(probe);
      state.group = group;
      if (height > 0) readout.style.minHeight = height + 'px';
    }

    // Draws the marks and text for sample i (clamped); text only when it changed.
    function show(i) {
      i = clamp(Math.round(i), 0, last);
      state.index = i;
      var vx = toViewX(sampleX(i));
      rule.setAttribute('x1', vx);
      rule.setAttribute('x2', vx);
      while (dots.firstChild) dots.removeChild(dots.firstChild);
      visibleSeries().forEach(function (s) {
        var v = s.values[i];
        if (!isNum(v) || v < data.y[0] || v > data.y[1]) return;
        dots.appendChild(svgEl('circle', { 'class': 'readout-dot c' + s.slot, cx: vx, cy: toViewY(v), r: 4 }));
      });
      marks.style.display = '';
      var key = i + '/' + state.group;
      if (key !== state.drawn) renderText(readout, i);
      state.drawn = key;
    }

    function hideMarks() { marks.style.display = 'none'; }

    // Where keyboard reading starts: the sample nearest x = 0 if it is sampled, else the middle.
    function startIndex() {
      var zero = Math.round(-xs.from / xs.step);
      return xs.from <= 0 && sampleX(last) >= 0 ? clamp(zero, 0, last) : Math.floor(last / 2);
    }

    function onPointer(event) {
      var ctm = svg.getScreenCTM();
      if (!ctm) return;
      var point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      point = point.matrixTransform(ctm.inverse());
      var x = data.x[0] + (point.x - area[0]) / area[2] * (data.x[1] - data.x[0]);
      show((clamp(x, data.x[0], data.x[1]) - xs.from) / xs.step);
    }

    function onKey(event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var i = state.index < 0 ? startIndex() : state.index, big = event.shiftKey ? 10 : 1;
      switch (event.key) {
        case 'ArrowLeft': i -= big; break;
        case 'ArrowRight': i += big; break;
        case 'PageUp': i += 10; break;
        case 'PageDown': i -= 10; break;
        case 'Home': i = 0; break;
        case 'End': i = last; break;
        default: return;
      }
      event.preventDefault();
      show(i);
    }

    svg.setAttribute('data-readout', '');
    svg.setAttribute('tabindex', '0');
    if (!svg.hasAttribute('aria-describedby')) svg.setAttribute('aria-describedby', readout.id);
    svg.classList.add('has-readout');
    svg.addEventListener('pointermove', onPointer);
    svg.addEventListener('pointerdown', onPointer);
    svg.addEventListener('pointerleave', hideMarks);
    svg.addEventListener('keydown', onKey);
    svg.addEventListener('focus', function () { show(state.index < 0 ? startIndex() : state.index); });
    svg.addEventListener('blur', hideMarks);

    if (data.groups) addFamilySlider();
    reserveHeight();
    state.ready = true;
    var width = figure.clientWidth;
    window.addEventListener('resize', function () {
      if (figure.clientWidth !== width) { width = figure.clientWidth; reserveHeight(); }
    });

    // A range input (0: all members; k: member k − 1 forward) and the legend's entries as
    // toggle buttons. Forward: the member's paths and dots are moved last in their groups
    // (SVG paints in document order), every other member's get .is-dimmed.
    function addFamilySlider() {
      var labels = data.groups.labels, symbol = data.groups.symbol || 'member';
      var box = htmlEl('div', { 'class': 'plot-family' });
      var label = box.appendChild(htmlEl('label', null, symbol + ' '));
      var input = label.appendChild(htmlEl('input', { type: 'range', min: 0, max: labels.length, step: 1,
        value: 0, id: freshId(base + '-member') }));
      box.appendChild(document.createTextNode(' '));
      var output = box.appendChild(htmlEl('output', { 'for': input.id }, ''));
      svg.parentNode.insertBefore(box, readout);
      var members = Array.prototype.slice.call(svg.querySelectorAll('.curves [data-group]'));
      var entries = Array.prototype.slice.call(figure.querySelectorAll('.plot-legend li[data-group]'));
      var buttons = entries.map(function (li) {
        var button = htmlEl('button', { type: 'button', 'class': 'legend-toggle', 'aria-pressed': 'false' });
        while (li.firstChild) button.appendChild(li.firstChild);
        li.appendChild(button);
        button.addEventListener('click', function () {
          var group = Number(li.getAttribute('data-group'));
          select(state.group === group ? null : group);
        });
        return button;
      });

      function select(group) {
        state.group = group;
        var text = group === null ? ALL_DRAWN.replace('{count}', labels.length) : labels[group];
        output.textContent = text;
        input.value = String(group === null ? 0 : group + 1);
        input.setAttribute('aria-valuetext', text);
        members.forEach(function (node) {
          var g = Number(node.getAttribute('data-group'));
          node.classList.toggle('is-dimmed', group !== null && g !== group);
          node.classList.toggle('is-forward', g === group);
          node.parentNode.appendChild(node);  // original order again...
        });
        members.forEach(function (node) {    // ...then the forward member on top
          if (Number(node.getAttribute('data-group')) === group) node.parentNode.appendChild(node);
        });
        entries.forEach(function (li, n) {
          var g = Number(li.getAttribute('data-group'));
          li.classList.toggle('is-dimmed', group !== null && g !== group);
          li.classList.toggle('is-forward', g === group);
          buttons[n].setAttribute('aria-pressed', String(g === group));
        });
        if (state.index >= 0) {
          var wasHidden = marks.style.display === 'none';
          show(state.index);
          if (wasHidden) hideMarks();
        }
      }
      input.addEventListener('input', function () {
        var n = clamp(Number(input.value) || 0, 0, labels.length);
        select(n === 0 ? null : n - 1);
      });
      select(null);
    }
  }

  function init() {
    var figures = document.querySelectorAll('figure.plot');
    for (var n = 0; n < figures.length; n++) {
      try { enhance(figures[n], n + 1); } catch (e) { /* leave this figure as the build made it */ }
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
