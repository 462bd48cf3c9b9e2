#!/usr/bin/env python3
"""Checks built pages for accessibility in headless Chromium: axe-core's WCAG rules, the
keyboard order and the focus rings, each page in four configurations.

Usage: axe_check.py PAGE.html [PAGE.html ...]   (the index and every lesson)

Configurations: light and dark colour scheme (Emulation.setEmulatedMedia, as page_check.py;
verified on every load with matchMedia, and light and dark must give <html> a different
background) × a 390 px phone and a 1,280 px desk (Emulation.setDeviceMetricsOverride).

On every page, in every configuration:
  1. axe: axe-core (the axe.min.js that PyPI's axe-selenium-python ships, read from disk and
     injected with selenium: nothing from the network) runs the rules tagged wcag2a, wcag2aa,
     wcag21a and wcag21aa, with every <details> opened; every violation is reported with its
     rule id, impact, target selector, and axe's reason (a contrast ratio and its colours);
  2. keyboard: Tab from the top of the page until focus leaves it; the focused elements must
     come in DOM order, each visible (a box of at least 2×2 px, not hidden, not transparent)
     and inside the viewport once focused, and a skip link (an <a href="#…"> whose text
     starts with "Skip"), when the page has one, must be the first;
  3. focus ring: each focused element has a visible focus indicator: an outline (not none,
     wider than 0, not transparent) or a box-shadow that differs from its unfocused state;
     a solid outline must have 3:1 contrast with the background behind it (WCAG 1.4.11).
Prints one line per page and configuration, then each problem; exits 0 when all pass, 1 on
any failure, 2 on usage errors.

Needs: python3 with selenium 4 and axe-selenium-python, Debian's chromium and chromium-driver
(`make browser-deps`). The driver set-up is readout_support.make_driver.
"""
import pathlib
import sys

import axe_selenium_python
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from readout_support import make_driver

AXE_JS = pathlib.Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CONFIGURATIONS = [(scheme, width) for scheme in ("light", "dark") for width in (390, 1280)]
HEIGHT = 900
MAX_TABS = 600  # more focus stops than any page has: a keyboard trap ends the walk here

READY_JS = """
var done = arguments[arguments.length - 1];
function fonts() { document.fonts.ready.then(function () { done(true); }); }
if (document.readyState === 'complete') fonts(); else window.addEventListener('load', fonts);"""

STATE_JS = """return {dark: matchMedia('(prefers-color-scheme: dark)').matches,
  width: document.documentElement.clientWidth,
  background: getComputedStyle(document.documentElement).backgroundColor};"""

AXE_RUN_JS = """
var done = arguments[arguments.length - 1];
var known = {};  // the bundled axe-core may predate a tag (3.1 has no wcag21a): run those it has
axe.getRules().forEach(function (rule) { rule.tags.forEach(function (t) { known[t] = true; }); });
var tags = arguments[0].filter(function (t) { return known[t]; });
document.querySelectorAll('details').forEach(function (d) { d.open = true; });
axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(function (r) {
  document.querySelectorAll('details').forEach(function (d) { d.open = false; });
  done({violations: r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
      var why = (n.any || []).concat(n.all || [], n.none || []).map(function (c) { return c.message; });
      return {target: n.target.join(' '), why: why.filter(Boolean).join('; ')};
    })};
  }), incomplete: r.incomplete.map(function (v) { return v.id + ' ×' + v.nodes.length; }), passes: r.passes.length, tags: tags,
    version: axe.version});
}, function (e) { done({error: String(e)}); });"""

# Remembers every focusable element's outline and box-shadow before anything has focus.
SNAPSHOT_JS = """
if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
window.scrollTo(0, 0);
window.__unfocused = new Map();
document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]')
  .forEach(function (e) { window.__unfocused.set(e, window.__ringOf(e)); });"""

# Helpers defined once per page load: the ring of an element and a short description.
HELPERS_JS = """
window.__ringOf = function (e) {
  var s = getComputedStyle(e);
  return {outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
          outlineColor: s.outlineColor, outlineOffset: s.outlineOffset, boxShadow: s.boxShadow};
};
window.__describe = function (e) {
  var d = e.tagName.toLowerCase();
  if (e.id) d += '#' + e.id;
  var c = (e.getAttribute('class') || '').trim().split(/\\s+/).filter(Boolean).slice(0, 2);
  if (c.length) d += '.' + c.join('.');
  var href = e.getAttribute('href');
  if (href) d += '[href="' + href.slice(0, 40) + '"]';
  var text = (e.getAttribute('aria-label') || e.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 30);
  return text ? d + ' "' + text + '"' : d;
};
window.__backgroundOf = function (e) {
  for (var p = e; p; p = p.parentElement) {
    var c = getComputedStyle(p).backgroundColor;
    if (c && c !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(c)) return c;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
};"""

# What has focus now: where it is in the DOM, whether a reader can see it, and its ring.
FOCUSED_JS = """
var e = document.activeElement;
if (!e || e === document.body || e === document.documentElement) return null;
var all = document.getElementsByTagName('*'), index = Array.prototype.indexOf.call(all, e);
// Seen before, by identity: a DOM index shifts when a script inserts an element above
// (the link preview's box), and Tab wrapping round to the skip link must end the walk.
var again = e.__axeStop === true; e.__axeStop = true;
var r = e.getBoundingClientRect(), s = getComputedStyle(e), opacity = 1;
for (var p = e; p; p = p.parentElement) opacity *= parseFloat(getComputedStyle(p).opacity);
var skip = e.tagName === 'A' && /^#/.test(e.getAttribute('href') || '') && /^\\s*skip/i.test(e.textContent);
return {index: index, again: again, what: window.__describe(e), skip: skip,
  box: [r.left, r.top, r.width, r.height], view: [innerWidth, innerHeight],
  hidden: s.visibility !== 'visible' || s.display === 'none', opacity: opacity,
  ring: window.__ringOf(e), before: window.__unfocused.get(e) || null,
  background: window.__backgroundOf(e.parentElement || e)};"""

SKIP_LINK_JS = """return Array.prototype.some.call(document.querySelectorAll('a[href^="#"]'),
  function (a) { return /^\\s*skip/i.test(a.textContent); });"""


def parse_colour(text):
    """'rgb(1, 2, 3)' or 'rgba(1, 2, 3, 0.5)' -> (r, g, b, alpha), or None."""
    if not text or "(" not in text:
        return None
    parts = [float(p) for p in text[text.index("(") + 1:text.rindex(")")].replace("/", ",").split(",") if p.strip()]
    return (*parts[:3], parts[3] if len(parts) > 3 else 1.0) if len(parts) >= 3 else None


def luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    """WCAG contrast ratio of two opaque colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ring_problem(focused):
    """Why the focused element shows no visible focus indicator, or None when it does."""
    ring, before = focused["ring"], focused["before"] or {}
    colour = parse_colour(ring["outlineColor"])
    outline = ring["outlineStyle"] != "none" and ring["outlineWidth"] > 0 and (colour is None or colour[3] > 0)
    outline_changed = outline and any(ring[k] != before.get(k) for k in ("outlineStyle", "outlineWidth", "outlineColor"))
    shadow_changed = ring["boxShadow"] not in ("none", before.get("boxShadow", "none"))
    if not (outline_changed or shadow_changed):
        return (f"no visible focus indicator (outline {ring['outlineStyle']} {ring['outlineWidth']:g}px "
                f"{ring['outlineColor']}, box-shadow {ring['boxShadow']}, same as unfocused or none)")
    background = parse_colour(focused["background"])
    if outline_changed and ring["outlineStyle"] != "auto" and colour and background:
        ratio = contrast(colour, background)
        if ratio < 3:
            return f"focus outline {ring['outlineColor']} on {focused['background']} has contrast {ratio:.2f}:1 (< 3:1)"
    return None


def axe_source(cache={}):
    """axe.min.js, read from disk once."""
    if "text" not in cache:
        cache["text"] = AXE_JS.read_text(encoding="utf-8")
    return cache["text"]


def set_configuration(driver, scheme, width):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})


class AxeCheck:
    def __init__(self, driver, path):
        self.driver, self.path = driver, path
        self.results = {}  # (scheme, width) -> (problems, notes)

    def run(self):
        backgrounds = {}
        for scheme, width in CONFIGURATIONS:
            problems, notes = [], []
            self.results[(scheme, width)] = (problems, notes)
            try:
                backgrounds[scheme] = self.run_configuration(scheme, width, problems, notes)
            except Exception as error:  # a broken page must not stop the other checks
                problems.append(f"check crashed: {type(error).__name__}: {error}")
        if backgrounds.get("light") and backgrounds.get("light") == backgrounds.get("dark"):
            self.results[("dark", 1280)][0].append(
                f"the dark scheme did not switch the page: <html> background stays {backgrounds['dark']}")

    def run_configuration(self, scheme, width, problems, notes):
        driver = self.driver
        set_configuration(driver, scheme, width)
        driver.get(self.path.resolve().as_uri())
        driver.execute_async_script(READY_JS)
        state = driver.execute_script(STATE_JS)
        if state["dark"] != (scheme == "dark"):
            problems.append(f"emulation failed: prefers-color-scheme: dark matches = {state['dark']}")
        if abs(state["width"] - width) > 20:  # a vertical scrollbar may take its share
            problems.append(f"emulation failed: the page is {state['width']} px wide, not {width}")
        self.check_axe(problems, notes)
        self.check_keyboard(problems, notes)
        return state["background"]

    def check_axe(self, problems, notes):
        self.driver.execute_script(axe_source())
        result = self.driver.execute_async_script(AXE_RUN_JS, AXE_TAGS)
        if "error" in result:
            problems.append(f"axe failed: {result['error']}")
            return
        for violation in result["violations"]:
            for node in violation["nodes"]:
                problems.append(f"axe {violation['id']} ({violation['impact']}) at {node['target']}: "
                                f"{node['why'] or violation['help']}")
        if not result["tags"]:
            problems.append(f"axe {result['version']} knows none of the tags {AXE_TAGS}")
        notes.append(f"axe {result['version']} ({', '.join(result['tags'])}): {len(result['violations'])} rule(s) violated, {result['passes']} passed, "
                     f"{len(result['incomplete'])} to review by hand"
                     + (f" ({'; '.join(result['incomplete'])})" if result["incomplete"] else ""))

    def check_keyboard(self, problems, notes):
        driver = self.driver
        driver.execute_script(HELPERS_JS)
        driver.execute_script(SNAPSHOT_JS)
        has_skip = driver.execute_script(SKIP_LINK_JS)
        sequence, seen = [], set()
        for _ in range(MAX_TABS):
            ActionChains(driver).send_keys(Keys.TAB).perform()
            focused = driver.execute_script(FOCUSED_JS)
            if focused is None or focused["again"] or focused["index"] in seen:
                break
            seen.add(focused["index"])
            sequence.append(focused)
        else:
            problems.append(f"keyboard: still inside the page after {MAX_TABS} Tabs (a keyboard trap?)")
        for n, focused in enumerate(sequence, 1):
            where = f"keyboard stop {n} {focused['what']}"
            if n > 1 and focused["index"] < sequence[n - 2]["index"]:
                problems.append(f"{where}: comes after {sequence[n - 2]['what']} but precedes it in the DOM")
            left, top, w, h = focused["box"]
            view_w, view_h = focused["view"]
            if focused["hidden"] or focused["opacity"] == 0 or w < 2 or h < 2:
                problems.append(f"{where}: invisible when focused ({w:.0f}×{h:.0f} px, opacity "
                                f"{focused['opacity']:g}{', hidden' if focused['hidden'] else ''})")
            elif left + w <= 0 or top + h <= 0 or left >= view_w or top >= view_h:
                problems.append(f"{where}: off-screen when focused (at {left:.0f},{top:.0f} in a {view_w}×{view_h} view)")
            ring = ring_problem(focused)
            if ring:
                problems.append(f"{where}: {ring}")
        if has_skip and (not sequence or not sequence[0]["skip"]):
            first = sequence[0]["what"] if sequence else "nothing"
            problems.append(f"keyboard: the page has a skip link, but the first Tab focuses {first}")
        notes.append(f"{len(sequence)} keyboard stop(s)" + (", skip link first" if has_skip and sequence
                                                             and sequence[0]["skip"] else ""))


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    if not AXE_JS.is_file():
        print(f"axe-core is missing: {AXE_JS} (make browser-deps)", file=sys.stderr)
        return 2
    driver = make_driver()
    # print.html holds the whole course: axe needs more than selenium's default 30 s there.
    driver.set_script_timeout(300)
    checks = []
    try:
        for page in argv[1:]:
            check = AxeCheck(driver, pathlib.Path(page))
            checks.append(check)
            if not check.path.is_file():
                check.results[("light", 1280)] = (["no such file"], [])
                continue
            check.run()
    finally:
        driver.quit()
    failed = False
    for check in checks:
        for (scheme, width), (problems, notes) in check.results.items():
            label = f"{check.path} [{scheme} {width}px]"
            if problems:
                failed = True
                print(f"FAIL {label}: {len(problems)} problem(s) ({'; '.join(notes)})")
                print("\n".join(f"  - {problem}" for problem in problems))
            else:
                print(f"ok   {label}: {'; '.join(notes)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
