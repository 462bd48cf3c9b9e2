#!/usr/bin/env python3
"""Opens built pages from file:// in headless Chromium and checks what a reader gets.

Usage: page_check.py PAGE.html [PAGE.html ...]   (the index and every lesson)

On every page:
  1. offline: every request the page makes (DevTools Network.requestWillBeSent, from the
     performance log) is to a file: or data: URL — no CDN, no font or image server;
  2. drawn: every <svg> and every <math> has a non-zero rendered box, measured after
     scrolling it into view with every <details> opened (as a reader would);
  3. dark: emulating prefers-color-scheme: dark (Emulation.setEmulatedMedia) changes the
     computed background-color of <html> and color of <body>;
  4. pager: a lesson (<article class="lesson">) has a <nav class="pager">; its rel=prev
     and rel=next links point at files that exist, and clicking one lands on that file
     with an <h1> equal to the title the link shows; the page a next link leads to, when
     checked too, leads back with its prev link (and the reverse);
  5. the browser console has no SEVERE entry (a script error, a missing file).
Prints one line per page; exits 0 when all pass, 1 on any failure, 2 on usage errors.

Needs: python3 with selenium 4 and Debian's chromium and chromium-driver
(`make browser-deps`). The driver set-up is readout_support.make_driver.
"""
import json
import pathlib
import sys
import urllib.parse
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from readout_support import make_driver

LOCAL_SCHEMES = ("file", "data")

# Waits for the load event and the web fonts (the math font is a data: URL in a CSS file).
READY_JS = """
var done = arguments[arguments.length - 1];
function fonts() { document.fonts.ready.then(function () { done(true); }); }
if (document.readyState === 'complete') fonts(); else window.addEventListener('load', fonts);"""

# Opens every <details>, then scrolls each svg and math element into view and measures it.
SIZES_JS = """
document.querySelectorAll('details').forEach(function (d) { d.open = true; });
var out = [];
document.querySelectorAll('svg, math').forEach(function (e, i) {
  e.scrollIntoView({block: 'center'});
  var r = e.getBoundingClientRect(), f = e.closest('figure, [id]');
  out.push({tag: e.tagName.toLowerCase(), where: f ? (f.id || f.tagName.toLowerCase()) : '',
            w: r.width, h: r.height, text: (e.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40)});
});
window.scrollTo(0, 0);
return out;"""

COLOURS_JS = """return [getComputedStyle(document.documentElement).backgroundColor,
                        getComputedStyle(document.body).color];"""

# The pager's links: href and the title shown (the link's text without its "Next" label).
PAGER_JS = """
var nav = document.querySelector('nav.pager');
return {lesson: !!document.querySelector('article.lesson:not(.print-lesson)'), pager: !!nav,
  links: nav ? Array.prototype.map.call(nav.querySelectorAll('a[rel=prev], a[rel=next]'), function (a) {
    var c = a.cloneNode(true); c.querySelectorAll('span').forEach(function (s) { s.remove(); });
    return {rel: a.getAttribute('rel'), href: a.getAttribute('href'),
            title: c.textContent.replace(/\\s+/g, ' ').trim()};
  }) : []};"""

H1_JS = """var h = document.querySelector('h1');
return h ? h.textContent.replace(/\\s+/g, ' ').trim() : null;"""


def set_colour_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def load(driver, uri):
    driver.get(uri)
    driver.execute_async_script(READY_JS)


def requests_made(driver):
    """URLs of every request since the performance log was last read."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def console_errors(driver):
    return [entry.get("message") for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def file_of(uri):
    parsed = urllib.parse.urlparse(uri)
    return pathlib.Path(urllib.request.url2pathname(parsed.path)) if parsed.scheme == "file" else None


class PageCheck:
    def __init__(self, driver, path):
        self.driver, self.path, self.failures, self.notes = driver, path, [], []
        self.links = {}  # rel -> resolved target path

    def fail(self, message):
        self.failures.append(message)

    def run(self):
        driver = self.driver
        driver.get_log("browser"), driver.get_log("performance")  # drop earlier pages' entries
        set_colour_scheme(driver, "light")
        load(driver, self.path.resolve().as_uri())
        self.check_sizes()
        self.check_dark()
        self.check_requests()
        self.check_console(self.path.name)
        self.check_pager()
        return self.failures

    def check_sizes(self):
        boxes = self.driver.execute_script(SIZES_JS)
        for n, box in enumerate(boxes, 1):
            if not (box["w"] > 0 and box["h"] > 0):
                self.fail(f"{box['tag']} #{n} ({box['where'] or 'no id'}: {box['text']!r}) is drawn "
                          f"{box['w']:.0f}×{box['h']:.0f} px")
        svgs = sum(1 for box in boxes if box["tag"] == "svg")
        self.notes.append(f"{svgs} svg, {len(boxes) - svgs} math measured")

    def check_dark(self):
        light = self.driver.execute_script(COLOURS_JS)
        set_colour_scheme(self.driver, "dark")
        dark = self.driver.execute_script(COLOURS_JS)
        set_colour_scheme(self.driver, "light")
        for what, before, after in zip(("html background-color", "body color"), light, dark):
            if before == after:
                self.fail(f"prefers-color-scheme: dark leaves the {what} at {before}")

    def check_requests(self):
        urls = requests_made(self.driver)
        if not urls:
            self.fail("no request recorded at all: is the performance log on?")
        remote = [url for url in urls if urllib.parse.urlparse(url).scheme not in LOCAL_SCHEMES]
        for url in remote:
            self.fail(f"request to {url[:120]} (only file: and data: are allowed offline)")
        self.notes.append(f"{len(urls)} request(s), {len(urls) - len(remote)} file: or data:")

    def check_console(self, where):
        for message in console_errors(self.driver):
            self.fail(f"console error on {where}: {message}")

    def check_pager(self):
        pager = self.driver.execute_script(PAGER_JS)
        if pager["lesson"] and not pager["pager"]:
            self.fail("a lesson without <nav class=\"pager\">")
        for link in pager["links"]:
            self.follow(link)
        if pager["links"]:
            self.notes.append("pager " + " ".join(f"{link['rel']}→{link['href']}" for link in pager["links"]))

    def follow(self, link):
        """The link's file exists; clicking it lands there, under the title it shows."""
        rel, href, title = link["rel"], link["href"], link["title"]
        target = (self.path.parent / urllib.parse.unquote(urllib.parse.urlparse(href).path)).resolve()
        if not target.is_file():
            self.fail(f"{rel} link '{href}' points at {target}, which does not exist")
            return
        self.links[rel] = target
        self.driver.get_log("browser")
        before = self.driver.current_url
        anchor = self.driver.find_element(By.CSS_SELECTOR, f"nav.pager a[rel={rel}]")
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", anchor)
        anchor.click()
        WebDriverWait(self.driver, 10).until(lambda d: d.current_url != before)
        self.driver.execute_async_script(READY_JS)
        landed = file_of(self.driver.current_url)
        if landed != target:
            self.fail(f"{rel} link '{href}' landed on {self.driver.current_url}, not {target.name}")
        heading = self.driver.execute_script(H1_JS)
        if heading != title:
            self.fail(f"{rel} link shows {title!r}, but {target.name} has the <h1> {heading!r}")
        self.check_console(target.name + f" (after following {rel})")
        self.driver.back()
        WebDriverWait(self.driver, 10).until(lambda d: file_of(d.current_url) == self.path.resolve())


def check_chain(checks):
    """A next link and the prev link of the page it leads to point at each other."""
    by_path = {check.path.resolve(): check for check in checks}
    for check in checks:
        for rel, back in (("next", "prev"), ("prev", "next")):
            other = by_path.get(check.links.get(rel))
            if other is not None and other.links.get(back) != check.path.resolve():
                check.fail(f"its {rel} page {other.path.name} has {back} → "
                           f"{other.links[back].name if back in other.links else 'nothing'}, not back here")


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    driver = make_driver(performance_log=True)
    checks = []
    try:
        for page in argv[1:]:
            check = PageCheck(driver, pathlib.Path(page))
            checks.append(check)
            if not check.path.is_file():
                check.fail("no such file")
                continue
            try:
                check.run()
            except Exception as error:  # a broken page must not stop the other checks
                check.fail(f"check crashed: {type(error).__name__}: {error}")
    finally:
        driver.quit()
    check_chain(checks)
    for check in checks:
        notes = "; ".join(note for note in check.notes if note)
        if check.failures:
            print(f"FAIL {check.path}: {len(check.failures)} problem(s) ({notes})")
            print("\n".join(f"  - {message}" for message in check.failures))
        else:
            print(f"ok   {check.path}: {notes}; dark scheme applies; console clean")
    return 1 if any(check.failures for check in checks) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
