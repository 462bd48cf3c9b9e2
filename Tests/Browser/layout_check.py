#!/usr/bin/env python3
"""Checks the page frame in headless Chromium, as a reader at 1,280 and at 390 px sees it.

Usage: layout_check.py PAGE.html [PAGE.html ...]   (the index and every lesson)

At 1,280 px (wide):
  1. the lessons (<nav class="course-nav">) stand left of <main> and, on a page with
     <nav class="toc">, the contents right of it; the menu button is not shown;
  2. a lesson page marks exactly one lesson, itself, with aria-current="page" (the
     outline and print.html, the whole course, mark none);
  3. scrolling a heading of the contents to the top highlights its entry (.is-active,
     aria-current) and no other;
At 390 px (phone):
  4. neither list is shown until the menu button is pressed; Enter on the focused button
     shows them and sets aria-expanded="true", Enter again hides them and sets "false";
At both widths:
  5. the skip link is the first Tab stop, and Enter on it moves the focus to main#content;
  6. with every <details> open (and at 390 px with the menu open too), the page does not
     scroll sideways: document.documentElement.scrollWidth equals the viewport's width;
  7. a table box (.table-wrap, details.plot-values) that scrolls sideways shows it, in the
     light and the dark scheme: with the table made invisible, the 24 px at the box's
     right edge differ from its middle (the shadow) while those at its left edge,
     scrolled to the start, do not.
Prints one line per page; exits 0 when all pass, 1 on any failure, 2 on usage errors.
Needs what page_check.py needs (the screenshots are decoded by png_pixels below).
"""
import pathlib
import struct
import sys
import time
import zlib

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from page_check import READY_JS, set_colour_scheme
from readout_support import make_driver

WIDE, PHONE = (1280, 900), (390, 844)

VISIBLE_JS = """
var e = document.querySelector(arguments[0]);
if (!e) return null;
var r = e.getBoundingClientRect(), s = getComputedStyle(e);
return {shown: r.width > 0 && r.height > 0 && s.visibility !== 'hidden', left: r.left, right: r.right};"""

CURRENT_JS = """return Array.prototype.map.call(
  document.querySelectorAll('nav.course-nav a[aria-current="page"]'), function (a) { return a.getAttribute('href'); });"""

# A heading of the contents that can reach the window's top (not the last ones, which the
# page's end may keep lower), scrolled there.
SCROLL_TO_HEADING_JS = """
var links = document.querySelectorAll('nav.toc a[href^="#"]');
if (links.length < 2) return null;
var a = links[Math.min(links.length - 2, Math.max(1, Math.floor(links.length / 2)))];
var id = decodeURIComponent(a.getAttribute('href').slice(1)), h = document.getElementById(id);
if (!h) return {id: id, missing: true};
window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 8);
return {id: id};"""

ACTIVE_JS = """return Array.prototype.map.call(document.querySelectorAll('nav.toc a.is-active'),
  function (a) { return [a.getAttribute('href'), a.getAttribute('aria-current')]; });"""

WIDTH_JS = """document.querySelectorAll('details').forEach(function (d) { d.open = true; });
var w = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
  return e.getBoundingClientRect().right > document.documentElement.clientWidth + 1; })
  .slice(0, 3).map(function (e) { return e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined
    ? '.' + String(e.className).split(' ')[0] : ''); });
return [document.documentElement.scrollWidth, document.documentElement.clientWidth, w];"""

# The boxes that scroll sideways now: their index among all such boxes.
OVERFLOWING_JS = """document.querySelectorAll('details').forEach(function (d) { d.open = true; });
var boxes = document.querySelectorAll('.table-wrap, details.plot-values');
var out = [];
boxes.forEach(function (b, i) { if (b.scrollWidth > b.clientWidth + 1) out.push(i); });
return out;"""

# Hides the box's content (so that only its background shows), scrolls it to the start
# and brings it into view; undone by RESTORE_JS.
BARE_JS = """var b = document.querySelectorAll('.table-wrap, details.plot-values')[arguments[0]];
b.scrollLeft = 0;
Array.prototype.forEach.call(b.children, function (c) { c.style.visibility = 'hidden'; });
b.scrollIntoView({block: 'center'});
return b;"""

RESTORE_JS = """Array.prototype.forEach.call(arguments[0].children, function (c) { c.style.visibility = ''; });"""


def load(driver, uri):
    driver.get(uri)
    driver.execute_async_script(READY_JS)


def png_pixels(data):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit RGB or RGBA, non-interlaced
    PNG, as Chromium's screenshots are: enough of PNG not to need Pillow."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    step = 3 if colour == 2 else 4
    raw, stride, rows, previous = zlib.decompress(idat), width * step, [], bytearray(width * step)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - step] if i >= step else 0
            b, c = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * step:x * step + 3]) for x in range(width)])
        previous = line
    return width, height, rows


def strip_difference(image, x0, x1, height):
    """How far the columns x0..x1 stray from the middle column: the largest difference of
    a channel's mean over the middle half of the rows, over those columns. (A cue may be
    cut short at the very edge by the cover of a box that is only a little too wide.)
    `height` is the box's client height: the rows above its own scroll bar."""
    width, _, pixels = image
    rows = range(height // 4, max(height // 4 + 1, 3 * height // 4))

    def mean(x):
        values = [pixels[y][x] for y in rows]
        return [sum(p[c] for p in values) / len(values) for c in range(3)]
    middle = mean(width // 2)
    return max(max(abs(a - b) for a, b in zip(mean(x), middle)) for x in range(x0, x1))


class PageCheck:
    def __init__(self, driver, path):
        self.driver, self.path = driver, path
        self.failures, self.notes = [], []

    def fail(self, text):
        self.failures.append(text)

    def run(self):
        uri = self.path.as_uri()
        for size in (WIDE, PHONE):
            self.driver.set_window_size(*size)
            load(self.driver, uri)
            where = f"{size[0]} px"
            self.check_frame(where, wide=size == WIDE)
            if size == WIDE:
                self.check_current()
                self.check_toc_highlight()
            else:
                self.check_menu()
            load(self.driver, uri)
            self.check_skip_link(where)
            load(self.driver, uri)
            self.check_width(where)
            for scheme in ("light", "dark"):
                set_colour_scheme(self.driver, scheme)
                self.check_scroll_cue(where, scheme)
            set_colour_scheme(self.driver, "light")
        return self.failures

    def visible(self, selector):
        box = self.driver.execute_script(VISIBLE_JS, selector)
        return box if box and box["shown"] else None

    def check_frame(self, where, wide):
        course, toc, main = self.visible("nav.course-nav"), self.visible("nav.toc"), self.visible("main")
        has_toc = self.driver.execute_script("return !!document.querySelector('nav.toc')")
        button = self.visible(".menu-button")
        if not main:
            self.fail(f"{where}: no <main> shown")
            return
        if wide:
            if not course:
                self.fail(f"{where}: the lessons (nav.course-nav) are not shown")
            elif course["right"] > main["left"]:
                self.fail(f"{where}: the lessons do not stand left of the lesson")
            if has_toc and not toc:
                self.fail(f"{where}: the contents (nav.toc) are not shown")
            elif toc and toc["left"] < main["right"]:
                self.fail(f"{where}: the contents do not stand right of the lesson")
            if button:
                self.fail(f"{where}: the menu button is shown beside the sidebars")
        else:
            if course or toc:
                self.fail(f"{where}: the lists are shown before the menu is opened")
            if not button:
                self.fail(f"{where}: no menu button is shown")

    def check_current(self):
        is_lesson = self.driver.execute_script("return !!document.querySelector('article.lesson:not(.print-lesson)')")
        current = self.driver.execute_script(CURRENT_JS)
        expected = [self.path.name] if is_lesson else []
        if current != expected:
            self.fail(f"the lessons mark {current} as current, not {expected}")

    def check_toc_highlight(self):
        target = self.driver.execute_script(SCROLL_TO_HEADING_JS)
        if target is None:
            return
        if target.get("missing"):
            self.fail(f"the contents link #{target['id']}, which is no id of the page")
            return
        want = [["#" + target["id"], "location"]]
        deadline = time.time() + 3
        while time.time() < deadline:
            active = self.driver.execute_script(ACTIVE_JS)
            if active == want:
                self.notes.append(f"toc follows #{target['id']}")
                return
            time.sleep(0.1)
        self.fail(f"scrolled to #{target['id']}, the contents highlight {active}, not {want}")

    def check_menu(self):
        button = self.driver.find_elements(By.CSS_SELECTOR, ".menu-button")
        if not button or not self.visible(".menu-button"):
            return  # reported by check_frame
        button = button[0]
        self.driver.execute_script("arguments[0].focus()", button)
        for press, expanded in ((1, "true"), (2, "false")):
            ActionChains(self.driver).send_keys(Keys.ENTER).perform()
            time.sleep(0.1)
            state = button.get_attribute("aria-expanded")
            shown = bool(self.visible("nav.course-nav"))
            if state != expanded:
                self.fail(f"390 px: Enter #{press} on the menu button leaves aria-expanded={state!r}, not {expanded!r}")
            if shown != (expanded == "true"):
                self.fail(f"390 px: after Enter #{press} on the menu button the lessons are "
                          f"{'shown' if shown else 'hidden'}")
            if press == 1 and shown:
                self.check_width("390 px with the menu open")

    def check_skip_link(self, where):
        ActionChains(self.driver).send_keys(Keys.TAB).perform()
        first = self.driver.execute_script(
            "var e = document.activeElement; return e ? [e.tagName.toLowerCase(), e.className, e.getAttribute('href')] : null")
        if first != ["a", "skip-link", "#content"]:
            self.fail(f"{where}: the first Tab stop is {first}, not the skip link to #content")
            return
        ActionChains(self.driver).send_keys(Keys.ENTER).perform()
        time.sleep(0.1)
        focused = self.driver.execute_script("var e = document.activeElement; return [e.tagName.toLowerCase(), e.id]")
        if focused != ["main", "content"]:
            self.fail(f"{where}: Enter on the skip link focuses {focused}, not main#content")

    def check_width(self, where):
        scroll, client, wide = self.driver.execute_script(WIDTH_JS)
        if scroll != client:
            self.fail(f"{where}: the page scrolls sideways: scrollWidth {scroll} px in a {client} px view "
                      f"(first too wide: {', '.join(wide) or 'none found'})")

    def check_scroll_cue(self, where, scheme):
        for index in self.driver.execute_script(OVERFLOWING_JS):
            box = self.driver.execute_script(BARE_JS, index)
            time.sleep(0.05)
            image = png_pixels(box.screenshot_as_png)
            self.driver.execute_script(RESTORE_JS, box)
            width = image[0]
            # Within 1.5rem of each edge (24 px), where the shadows are drawn.
            height = self.driver.execute_script("return arguments[0].clientHeight", box)
            right = strip_difference(image, width - 24, width, height)
            left = strip_difference(image, 0, 24, height)
            if right < 12:
                self.fail(f"{where}, {scheme}: table box #{index + 1} scrolls sideways but shows no cue at its right edge "
                          f"(difference {right:.0f} from its middle)")
            elif left >= 12:
                self.fail(f"{where}, {scheme}: table box #{index + 1} shows a cue at its left edge before any scrolling")
            else:
                self.notes.append(f"cue {where} {scheme} #{index + 1}")


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    # print.html is the whole course laid out for paper: print_check.py checks it.
    paths = [pathlib.Path(arg).resolve() for arg in argv[1:] if pathlib.Path(arg).name != "print.html"]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        print(f"layout_check.py: no such page: {', '.join(missing)}", file=sys.stderr)
        return 2
    driver = make_driver()
    failed = 0
    try:
        for path in paths:
            check = PageCheck(driver, path)
            failures = check.run()
            if failures:
                failed += 1
                print(f"FAIL {path.name}:")
                for failure in failures:
                    print(f"  - {failure}")
            else:
                cues = sum(1 for note in check.notes if note.startswith("cue"))
                toc = next((note for note in check.notes if note.startswith("toc")), "no toc")
                print(f"ok   {path.name}: {toc}; {cues} scroll cue(s) seen")
    finally:
        driver.quit()
    print(f"layout: {len(paths) - failed} of {len(paths)} pages pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
