#!/usr/bin/env python3
"""Browser check of the plot read-out (assets/plot.js) in headless Chromium.

Usage: readout_check.py PAGE.html [PAGE.html ...]

For every <figure class="plot"> with a <script class="plot-data"> on each page:
  1. the read-out <p class="plot-readout" aria-live="polite"> follows the svg and shows
     the hint; the svg is a tab stop (tabindex="0"); the JSON's area and x domain agree
     with the svg as drawn (clip rectangle, x tick labels); the read-out never changes
     height (no layout jump);
  2. keyboard: focusing starts at the sample nearest x = 0 (else the middle); ArrowRight
     moves one sample, Shift+ArrowRight ten, End/Home jump to the ends;
  3. pointer: moving the mouse onto a sample's pixel shows that sample's x and every
     visible series' value from the JSON, formatted as plot.js does (U+2212 minus,
     "4.54 × 10⁻⁵", "undefined" for null), with the rule and one dot per in-range value
     at the right place; pixel steps around it always pick the NEAREST sample; left of
     the plot area clamps to the first; leaving the plot hides rule and dots, keeps text;
  4. families: every member is drawn at once (as many visible curve paths as series) and
     the read-out lists them all; ArrowRight on the slider, or a click or Space on a
     legend entry (a toggle button), brings one member forward: its paths and dots last
     in their groups and opaque, every other member's dimmed, its legend entry pressed,
     the read-out listing only its series; the first stop of the slider (or a second
     press) draws all again;
  5. the read-out names each value as `name(x) = v` or `name′(x; α = 2) = v`;
  6. text sizes, at a 390 px and a 1,280 px wide window: every tick label's size on
     screen (computed font size × the svg's screen scale) and every legend entry's is at
     least 11 px at 390 and at most the body's font size at 1,280; at 390 no two x (or y)
     tick labels overlap and none leaves the svg;
  7. the browser console has no SEVERE entries.
Prints one line per page; exits 0 when all pass, 1 on any failure, 2 on usage errors.

Needs: python3 with selenium 4 (pip install selenium) and Debian's chromium and
chromium-driver (apt-get install -y chromium chromium-driver).
"""
import json
import math
import pathlib
import re
import sys

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from readout_support import (DRAWN_JS, HINT_START, MARKS_JS, MINUS, POINTER_VIEW_X_JS, READOUT_JS, TRACK_JS,
                             VIEW_TO_CLIENT_JS, format_value, format_x, make_driver, step_decimals)


class FigureCheck:
    def __init__(self, driver, figure, data, label):
        self.driver, self.figure, self.data, self.label = driver, figure, data, label
        self.failures = []
        xs = data["xs"]
        self.count, self.step, self.start = xs["count"], xs["step"], xs["from"]
        self.decimals = step_decimals(self.step)
        self.group = None  # a family starts with every member drawn, none forward
        self.svg = figure.find_element(By.CSS_SELECTOR, "svg")

    def fail(self, message):
        self.failures.append(f"{self.label}: {message}")

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def sample_x(self, i):
        return self.start + i * self.step

    def visible_series(self):
        return [s for s in self.data["series"]
                if self.group is None or s.get("group") is None or s.get("group") == self.group]

    def expected_text(self, i):
        parts = ["x = " + format_x(self.sample_x(i), self.decimals)]
        for s in self.visible_series():
            value = s["values"][i] if i < len(s["values"]) else None
            parts.append(f"{s.get('call', s['id'])} = {format_value(value)}")
        return " ".join(" ".join(parts).split())

    def to_view(self, x, y):
        area, xd, yd = self.data["area"], self.data["x"], self.data["y"]
        return (area[0] + (x - xd[0]) / (xd[1] - xd[0]) * area[2],
                area[1] + (yd[1] - y) / (yd[1] - yd[0]) * area[3])

    def readout(self):
        return self.js(READOUT_JS, self.readout_el)

    def expect_sample(self, i, how):
        """The read-out, rule and dots show sample i; the read-out kept its height."""
        height = self.readout_el.rect["height"]
        if abs(height - self.height) > 0.5:
            self.fail(f"{how}: the read-out's height changed from {self.height:.1f} to {height:.1f} px "
                      "(layout jump)")
        got = self.readout()
        want = self.expected_text(i)
        if got["text"] != want:
            self.fail(f"{how}: read-out is {got['text']!r}, expected {want!r}")
            return
        want_items = [[s["id"], f"swatch c{s.get('slot', 0)}" + (" dashed" if s.get("dashed") else "")]
                      for s in self.visible_series()]
        if got["items"] != want_items:
            self.fail(f"{how}: read-out entries {got['items']}, expected {want_items}")
        marks = self.js(MARKS_JS, self.svg)
        if not marks or not marks["shown"]:
            self.fail(f"{how}: rule and dots are not shown")
            return
        vx, _ = self.to_view(self.sample_x(i), 0)
        if abs(marks["rule"] - vx) > 0.01:
            self.fail(f"{how}: rule at x={marks['rule']}, expected {vx:.2f}")
        want_dots = []
        lo, hi = self.data["y"]
        for s in self.visible_series():
            v = s["values"][i]
            if isinstance(v, (int, float)) and lo <= v <= hi:
                want_dots.append((round(self.to_view(self.sample_x(i), v)[1], 2), f"readout-dot c{s.get('slot', 0)}"))
        got_dots = [(round(cy, 2), cls) for _, cy, cls in marks["dots"]]
        if sorted(got_dots) != sorted(want_dots):
            self.fail(f"{how}: dots {got_dots}, expected {want_dots}")

    def current_index(self):
        text = (self.readout()["x"] or "").replace(MINUS, "-")
        try:
            return round((float(text.split("=")[1]) - self.start) / self.step)
        except (IndexError, ValueError):
            return None

    def press(self, *keys):
        chain = ActionChains(self.driver)
        for key in keys:
            chain.send_keys(key)
        chain.perform()

    def press_with_shift(self, key):
        ActionChains(self.driver).key_down(Keys.SHIFT).send_keys(key).key_up(Keys.SHIFT).perform()

    def move_to_view(self, vx, vy):
        """Moves the mouse onto viewBox point (vx, vy), calibrated against the real pointer."""
        self.js("arguments[0].scrollIntoView({block: 'center'})", self.svg)
        self.js(TRACK_JS)
        ActionChains(self.driver).move_to_element(self.svg).perform()
        origin = self.js("return window.__lastPointer || null")
        if not origin:
            self.fail("no pointer event reached the page")
            return False
        tx, ty = self.js(VIEW_TO_CLIENT_JS, self.svg, vx, vy)
        ActionChains(self.driver).move_to_element_with_offset(
            self.svg, round(tx - origin[0]), round(ty - origin[1])).perform()
        return True

    def move_to_sample(self, i):
        area = self.data["area"]
        vx, _ = self.to_view(self.sample_x(i), 0)
        return self.move_to_view(vx, area[1] + area[3] / 2)

    def sweep(self, i, how):
        """Steps the mouse pixel by pixel around sample i; each time the read-out must
        show the sample nearest the pointer's real position (not the one to its left)."""
        area, (x0, x1) = self.data["area"], self.data["x"]
        if not self.move_to_sample(i):
            return
        for dx in (-3, 1, 1, 1, 1, 1, 1):
            ActionChains(self.driver).move_by_offset(dx, 0).perform()
            vx = self.js(POINTER_VIEW_X_JS, self.svg)
            x = min(max(x0 + (vx - area[0]) / area[2] * (x1 - x0), x0), x1)
            f = (x - self.start) / self.step
            if abs(f - math.floor(f) - 0.5) < 0.05:
                continue  # too close to halfway to call
            want = min(max(round(f), 0), self.count - 1)
            self.expect_sample(want, f"{how} at viewBox x {vx:.2f} (sample {f:.2f})")

    def leave(self):
        ActionChains(self.driver).move_to_element(self.driver.find_element(By.TAG_NAME, "h1")
                                                  if self.driver.find_elements(By.TAG_NAME, "h1")
                                                  else self.driver.find_element(By.TAG_NAME, "body")).perform()

    # --- the checks -----------------------------------------------------------------

    def run(self):
        found = self.figure.find_elements(By.CSS_SELECTOR, ".plot-readout")
        if len(found) != 1:
            self.fail(f"expected one .plot-readout, found {len(found)}")
            return self.failures
        self.readout_el = found[0]
        placed = self.js("""var svg = arguments[0], p = arguments[1], next = svg.nextElementSibling;
            if (!next || !next.matches('ul.plot-legend')) return false;
            next = next.nextElementSibling;
            if (arguments[2]) return !!next && next.matches('div.plot-family') && next.nextElementSibling === p;
            return next === p;""", self.svg, self.readout_el, bool(self.data.get("groups")))
        if not placed:
            self.fail("the svg is not followed by its legend, (a family's slider,) then the read-out")
        for s in self.data["series"]:
            if not CALL.match(s.get("call", "")):
                self.fail(f"series {s['id']}: read-out name {s.get('call')!r} is not like 'elu′(x; α = 2)'")
        if self.readout_el.get_attribute("aria-live") != "polite":
            self.fail("the read-out lacks aria-live=polite")
        if not self.readout()["text"].startswith(HINT_START):
            self.fail(f"no hint before interaction: {self.readout()['text']!r}")
        if self.svg.get_attribute("tabindex") != "0":
            self.fail("the svg is not a tab stop (tabindex=0)")
        self.height = self.readout_el.rect["height"]
        self.check_geometry()
        self.check_keyboard()
        self.check_pointer("pointer")
        if self.data.get("groups"):
            self.check_family()
        return self.failures

    def check_geometry(self):
        """The JSON's area and x domain must describe the svg as drawn, else the rule and
        dots land beside the curves: area = the curves' clip rectangle, and each x tick
        label sits where the JSON maps its value."""
        drawn = self.js(DRAWN_JS, self.svg)
        area = self.data["area"]
        if drawn["clip"] and any(abs(a - b) > 0.05 for a, b in zip(area, drawn["clip"])):
            self.fail(f"JSON area {area} differs from the drawn plot area (clip rect) {drawn['clip']}")
        for text, x in drawn["xticks"]:
            try:
                value = float(text.replace(MINUS, "-"))
            except ValueError:
                continue
            want = self.to_view(value, 0)[0]
            if abs(want - x) > 0.11:
                self.fail(f"x tick {text!r} is drawn at {x}, but the JSON maps {value} to {want:.1f}")
                break

    def check_keyboard(self):
        self.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", self.svg)
        last_x = self.sample_x(self.count - 1)
        start = round(-self.start / self.step) if self.start <= 0 <= last_x else (self.count - 1) // 2
        start = min(max(start, 0), self.count - 1)
        self.expect_sample(start, "on focus")
        if self.count > 1:
            self.press(Keys.ARROW_RIGHT)
            want = min(start + 1, self.count - 1)
            if self.current_index() != want:
                self.fail(f"ArrowRight: expected sample {want}, got {self.current_index()}")
            self.press_with_shift(Keys.ARROW_LEFT)
            want = max(want - 10, 0)
            if self.current_index() != want:
                self.fail(f"Shift+ArrowLeft: expected sample {want}, got {self.current_index()}")
        self.press(Keys.END)
        self.expect_sample(self.count - 1, "End")
        self.press(Keys.ARROW_RIGHT)
        if self.current_index() != self.count - 1:
            self.fail("ArrowRight at the end moved past the last sample")
        self.press(Keys.HOME)
        self.expect_sample(0, "Home")
        self.js("arguments[0].blur()", self.svg)

    def check_pointer(self, how):
        series = self.visible_series()
        picks = [int(self.count * 0.6)]
        nulls = [i for i in range(self.count) if any(s["values"][i] is None for s in series)]
        if nulls:
            picks.append(nulls[0])
        for i in picks:
            if not self.move_to_sample(i):
                return
            self.expect_sample(i, f"{how} at sample {i}")
        self.sweep(picks[0], how)
        # Left of the plot area (still over the svg) clamps to the first sample.
        area = self.data["area"]
        if area[0] > 8 and self.move_to_view(area[0] - 6, area[1] + area[3] / 2):
            self.expect_sample(0, f"{how} left of the plot area")
        before = self.readout()["text"]
        self.leave()
        marks = self.js(MARKS_JS, self.svg)
        if marks and marks["shown"]:
            self.fail(f"{how}: rule and dots still shown after the pointer left")
        if self.readout()["text"] != before:
            self.fail(f"{how}: read-out text changed when the pointer left")

    FAMILY_JS = """
        var svg = arguments[0], fig = arguments[1];
        var paths = Array.prototype.slice.call(svg.querySelectorAll('.curves > path'));
        var visible = paths.filter(function (p) {
          var b = p.getBBox(); return getComputedStyle(p).display !== 'none' && (b.width > 0 || b.height > 0); });
        return {visible: visible.length,
          paths: paths.map(function (p) { return [p.getAttribute('data-group'), Number(getComputedStyle(p).opacity)]; }),
          dots: Array.prototype.map.call(svg.querySelectorAll('.dots > circle[data-group]'), function (c) {
            return [c.getAttribute('data-group'), Number(getComputedStyle(c).opacity)]; }),
          legend: Array.prototype.map.call(fig.querySelectorAll('.plot-legend li[data-group]'), function (li) {
            var b = li.querySelector('button');
            return [li.getAttribute('data-group'), b ? b.getAttribute('aria-pressed') : null, li.className]; })};"""

    def expect_forward(self, g, how):
        """Member g forward (None: all drawn alike); the read-out lists what is visible."""
        state = self.js(self.FAMILY_JS, self.svg, self.figure)
        if state["visible"] != len(self.data["series"]):
            self.fail(f"{how}: {state['visible']} curve paths visible, expected all {len(self.data['series'])}")
        for kind in ("paths", "dots"):
            for group, opacity in state[kind]:
                forward = g is None or group is None or int(group) == g
                if (opacity == 1) != forward:
                    self.fail(f"{how}: a {kind[:-1]} of group {group} has opacity {opacity}")
        if g is not None:
            groups = [group for group, _ in state["paths"]]
            tail = [x for x in groups if x is not None][-groups.count(str(g)):]
            if tail != [str(g)] * groups.count(str(g)):
                self.fail(f"{how}: member {g}'s paths are not drawn last: {groups}")
        for group, pressed, cls in state["legend"]:
            want = "true" if g is not None and int(group) == g else "false"
            if pressed != want:
                self.fail(f"{how}: legend entry of group {group} is aria-pressed={pressed}, expected {want}")
        self.group = g
        # Read by keyboard, the pointer parked off the svg (on the read-out) first.
        self.js("arguments[0].scrollIntoView({block: 'center'})", self.svg)
        ActionChains(self.driver).move_to_element(self.readout_el).perform()
        self.js("arguments[0].focus()", self.svg)
        self.press(Keys.HOME)
        self.expect_sample(0, f"{how}, read-out")
        self.js("arguments[0].blur()", self.svg)

    def check_family(self):
        groups = self.data["groups"]
        sliders = self.figure.find_elements(By.CSS_SELECTOR, ".plot-family input[type=range]")
        if len(sliders) != 1:
            self.fail(f"family: expected one range slider, found {len(sliders)}")
            return
        slider = sliders[0]
        name = slider.accessible_name or ""
        if not name.strip():
            self.fail(f"family: slider's accessible name is {name!r}")
        count = len(groups["labels"])
        if slider.get_attribute("max") != str(count):
            self.fail(f"family: slider max is {slider.get_attribute('max')}, expected {count} (0 = all)")
        self.expect_forward(None, "family, at first")
        outputs = self.figure.find_elements(By.CSS_SELECTOR, ".plot-family output")
        for g in range(count):
            self.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", slider)
            self.press(Keys.ARROW_RIGHT)
            if slider.get_attribute("value") != str(g + 1):
                self.fail(f"family: ArrowRight on the slider gave value {slider.get_attribute('value')}, expected {g + 1}")
                return
            if outputs and outputs[0].text != groups["labels"][g]:
                self.fail(f"family: output shows {outputs[0].text!r}, expected {groups['labels'][g]!r}")
            self.expect_forward(g, f"family, slider at member {g}")
            if g == count - 1:
                self.check_pointer(f"family member {g} forward, pointer")
        # The legend's entries are toggle buttons, by pointer and by keyboard.
        buttons = self.figure.find_elements(By.CSS_SELECTOR, ".plot-legend li[data-group] button")
        if len(buttons) != sum(1 for s in self.data["series"] if s.get("group") is not None):
            self.fail(f"family: {len(buttons)} legend buttons for {len(self.data['series'])} series")
            return
        first = buttons[0]
        self.js("arguments[0].scrollIntoView({block: 'center'})", first)
        first.click()
        self.expect_forward(0, "family, legend click on member 0")
        if slider.get_attribute("value") != "1":
            self.fail(f"family: after a legend click the slider is at {slider.get_attribute('value')}, expected 1")
        self.js("arguments[0].focus()", first)
        self.press(Keys.SPACE)
        self.expect_forward(None, "family, Space on the pressed legend entry")
        self.js("arguments[0].focus()", buttons[-1])
        self.press(Keys.ENTER)
        self.expect_forward(count - 1, "family, Enter on the last legend entry")


# `sigmoid(x)`, `elu′(x; α = 2)`, `leaky_relu(x; negative_slope = 0.2)`: name, prime for f′,
# x, then each parameter with a spaced `=` and a value (true minus).
CALL = re.compile(r"^[^\s()′]+′?\(x(; [^\s=;,()]+ = [^\s;,()]+(, [^\s=;,()]+ = [^\s;,()]+)*)?\)$")

# Per figure: tick labels' and legend entries' sizes on screen, and overlaps at a phone width.
TEXT_JS = """
var out = [];
document.querySelectorAll('figure.plot').forEach(function (fig, n) {
  var svg = fig.querySelector('svg.atlas-plot'); if (!svg) return;
  svg.scrollIntoView();
  var scale = svg.getScreenCTM().a, box = svg.getBoundingClientRect();
  var ticks = function (axis) {
    return Array.prototype.map.call(svg.querySelectorAll('.tick.' + axis + ' text'), function (t) {
      var r = t.getBoundingClientRect();
      return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale,
              box: [r.left, r.top, r.right, r.bottom]};
    });
  };
  out.push({id: fig.id || String(n + 1), svg: [box.left, box.top, box.right, box.bottom],
    x: ticks('x'), y: ticks('y'),
    legend: Array.prototype.map.call(fig.querySelectorAll('.plot-legend li'), function (li) {
      return {text: li.textContent, size: parseFloat(getComputedStyle(li).fontSize)}; })});
});
return {body: parseFloat(getComputedStyle(document.body).fontSize), figures: out};"""


def check_text_sizes(driver, page):
    """Point 6 of the module's docstring, at 390 and 1,280 px; returns failure lines."""
    failures = []
    size = driver.get_window_size()
    try:
        for width in (390, 1280):
            driver.set_window_size(width, 1000)
            driver.get(pathlib.Path(page).resolve().as_uri())
            got = driver.execute_script(TEXT_JS)
            body = got["body"]
            for fig in got["figures"]:
                where = f"{pathlib.Path(page).name} figure #{fig['id']} at {width} px"
                for kind, items in (("x tick", fig["x"]), ("y tick", fig["y"]), ("legend entry", fig["legend"])):
                    for item in items:
                        if width == 390 and item["size"] < 11 - 1e-6:
                            failures.append(f"{where}: {kind} {item['text']!r} is {item['size']:.2f} px, under 11")
                        if width == 1280 and item["size"] > body + 1e-6:
                            failures.append(f"{where}: {kind} {item['text']!r} is {item['size']:.2f} px, "
                                            f"over the body's {body:.2f}")
                if width != 390:
                    continue
                for axis, i in (("x", 2), ("y", 3)):
                    boxes = sorted((t["box"] for t in fig[axis]), key=lambda b: b[i - 2])
                    for a, b in zip(boxes, boxes[1:]):
                        if b[i - 2] < a[i] - 0.5:
                            failures.append(f"{where}: {axis} tick labels overlap ({a} and {b})")
                left, top, right, bottom = fig["svg"]
                for t in fig["x"] + fig["y"]:
                    l, tp, r, bt = t["box"]
                    if l < left - 0.5 or r > right + 0.5 or tp < top - 0.5 or bt > bottom + 0.5:
                        failures.append(f"{where}: tick label {t['text']!r} leaves the svg ({t['box']} in {fig['svg']})")
    finally:
        driver.set_window_size(size["width"], size["height"])
    return failures


def check_page(driver, page):
    path = pathlib.Path(page)
    if not path.is_file():
        return [f"{page}: no such file"], 0, 0
    driver.get_log("browser")  # drop entries from earlier pages
    failures, plots, families = check_text_sizes(driver, page), 0, 0
    driver.get(path.resolve().as_uri())
    for n, figure in enumerate(driver.find_elements(By.CSS_SELECTOR, "figure.plot"), 1):
        scripts = figure.find_elements(By.CSS_SELECTOR, "script.plot-data")
        if not scripts:
            continue
        label = f"{path.name} figure #{figure.get_attribute('id') or n}"
        try:
            data = json.loads(driver.execute_script("return arguments[0].textContent", scripts[0]))
        except ValueError as error:
            failures.append(f"{label}: plot-data is not valid JSON ({error})")
            continue
        plots += 1
        families += 1 if data.get("groups") else 0
        try:
            failures += FigureCheck(driver, figure, data, label).run()
        except Exception as error:  # a broken page must not stop the other checks
            failures.append(f"{label}: check crashed: {type(error).__name__}: {error}")
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            failures.append(f"{path.name}: console error: {entry.get('message')}")
    return failures, plots, families


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    driver = make_driver()
    failed = False
    try:
        for page in argv[1:]:
            failures, plots, families = check_page(driver, page)
            summary = f"{plots} plot(s), {families} family"
            if failures:
                failed = True
                print(f"FAIL {page}: {summary}, {len(failures)} problem(s)")
                for message in failures:
                    print(f"  - {message}")
            else:
                print(f"ok   {page}: {summary}: read-out, pointer, keyboard, text sizes at 390 and 1280 px"
                      + (", family drawn whole, slider and legend" if families else "") + ", console clean")
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
