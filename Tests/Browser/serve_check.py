#!/usr/bin/env python3
"""Browser check of `atlas serve`'s live reload, timed, in headless Chromium.

Usage: serve_check.py ATLAS CONTENT [--lesson FILE] [--edits N] [--limit-ms MS | --no-limit] [--top-ok]

Copies CONTENT (a course folder) to a temporary folder, starts `ATLAS serve` on it (port
0: a free one) and opens FILE's page (default 02-sigmoid.md, else the first lesson) with
the paragraph of the line to edit scrolled into the middle of the window. Then:
  1. N edits (default 20) of that paragraph's first line, each adding a new sentence with
     a new word; for each, the time from just before the file is written to the moment
     the page shows the new word (a script, in the page and in every new document, looks
     for it at each animation frame and notes Date.now() in the first frame that holds
     it, or a reloaded page's first contentful paint if that is later; Python's
     time.time() and the page's Date.now() read the same wall clock). A prose edit
     changes only the lesson, so each must replace it in place (no new document) and
     leave the page where it was (within 2 px), and the new lesson's plots must have their
     read-out (plot.js ran again). Prints the median and the worst; fails when the median
     is over MS (default 100, issue 13) unless --no-limit;
  2. an edit that makes an error ({eval} of a misspelt function): the page shows the
     overlay (role=alertdialog, named, focus on its Close button) listing the problem as
     the terminal printed it (`Content/FILE:LINE:COL: error: …`), legible in light and in
     dark mode (contrast at least 4.5); the page underneath is still the last good one;
  3. the fix: the overlay is gone and the fixed text shown;
  4. the built site on disk holds no live-reload script;
  5. Ctrl-C: atlas serve exits 0.
--top-ok is for a short page (a new lesson): its paragraph may be near the top or the
window at the bottom, where keeping the scroll position proves nothing, so neither is
checked. Exits 0 when all pass, 1 on any failure, 2 on usage
errors.

Needs: python3 with selenium 4 and Debian's chromium and chromium-driver.
"""
import pathlib
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from readout_support import make_driver

WATCH_JS = """
(function () {
  var token = sessionStorage.getItem('serve-check-token');
  if (!token) return;
  // Checked once per frame, before it is painted: the time noted is that of the first
  // frame whose DOM holds the new text, i.e. the frame that shows it.
  function frame() {
    if (document.body && document.body.textContent.indexOf(token) >= 0) window.__serveSeen = Date.now();
    else requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
"""

STATE_JS = """
var nav = performance.getEntriesByType('navigation')[0];
return {seen: window.__serveSeen || null, marker: window.__serveMarker || null, origin: performance.timeOrigin,
        response: nav ? nav.responseEnd : null, interactive: nav ? nav.domInteractive : null,
        paint: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null,
        navigation: nav ? nav.type : null, scrollY: window.scrollY};
"""

OVERLAY_JS = """
var host = document.getElementById('atlas-build-errors');
if (!host || !host.shadowRoot) return null;
var root = host.shadowRoot, box = root.querySelector('[role=alertdialog]');
if (!box) return null;
var title = root.getElementById(box.getAttribute('aria-labelledby'));
var style = getComputedStyle(box), button = root.querySelector('button');
return {text: box.textContent, title: title ? title.textContent : null,
        focused: document.activeElement === host && root.activeElement === button,
        background: style.backgroundColor, color: style.color,
        buttonColor: getComputedStyle(button).color};
"""


def luminance(colour):
    channels = [int(v) / 255 for v in re.findall(r"[\d.]+", colour)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class Serve:
    """atlas serve in the background, its output collected line by line."""

    def __init__(self, atlas, folder):
        self.process = subprocess.Popen(
            [atlas, "serve", "--content", "Content", "--output", "_site", "--port", "0"], cwd=folder,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})
        self.out, self.err = [], []
        for stream, lines in ((self.process.stdout, self.out), (self.process.stderr, self.err)):
            threading.Thread(target=lambda s=stream, l=lines: [l.append(line) for line in s], daemon=True).start()

    def wait_for(self, pattern, lines=None, timeout=600):
        lines = self.out if lines is None else lines
        deadline = time.time() + timeout
        while time.time() < deadline:
            for line in list(lines):
                match = re.search(pattern, line)
                if match:
                    return match
            if self.process.poll() is not None:
                return None
            time.sleep(0.01)
        return None

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return None


def wait_seen(driver, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        state = driver.execute_script(STATE_JS)
        if state["seen"]:
            return state
        time.sleep(0.002)
    return None


def edit_line(lines, index, text):
    copy = list(lines)
    copy[index] = text
    return "\n".join(copy) + "\n"


def check(atlas, content, lesson_name, edits, limit_ms, top_ok=False):
    failures = []
    work = pathlib.Path(tempfile.mkdtemp(prefix="serve-check-"))
    shutil.copytree(content, work / "Content")
    lessons = sorted(p.name for p in (work / "Content").glob("*.md"))
    lesson_name = lesson_name or ("02-sigmoid.md" if "02-sigmoid.md" in lessons else lessons[0])
    lesson = work / "Content" / lesson_name
    original = lesson.read_text(encoding="utf-8").split("\n")
    if original and original[-1] == "":
        original.pop()
    # The first line of prose after the first plot, table or heading past the front matter: a sentence on the page.
    start = next(i for i in range(1, len(original)) if original[i] == "---") + 1
    candidates = [i for i in range(start, len(original))
                  if re.match(r"^[A-Z][a-z]+ [a-z]", original[i]) and "$" not in original[i] and "{" not in original[i]
                  and "`" not in original[i] and (i == 0 or original[i - 1] == "")]
    if not candidates:
        # A lesson whose prose all holds math or roles (a new lesson of `atlas new`): a plain
        # sentence added to such a line is as good.
        candidates = [i for i in range(start, len(original))
                      if re.match(r"^[A-Z][a-z]+ [a-z]+ [a-z]", original[i]) and (i == 0 or original[i - 1] == "")]
    if not candidates:
        return [f"{lesson_name} has no line of prose to edit"]
    target = candidates[min(2, len(candidates) - 1)]
    words = original[target].split()[:3]
    serve = Serve(atlas, work)
    driver = make_driver()
    try:
        found = serve.wait_for(r"Serving _site at (http://127\.0\.0\.1:\d+/)")
        if not found:
            return [f"atlas serve did not start: {''.join(serve.out + serve.err)[-2000:]}"]
        base = found.group(1)
        print(f"serve_check: {len(lessons)} lessons, {''.join(l for l in serve.out if l.startswith('Built')).strip()}")
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH_JS})
        slug = re.sub(r"^\d+[-_]", "", lesson_name)[:-3]
        driver.get(base + slug + ".html")
        y = driver.execute_script(
            "var want = arguments[0];"
            "var p = Array.prototype.find.call(document.querySelectorAll('main p, main li'), function (e) {"
            "  return e.textContent.replace(/\\s+/g, ' ').indexOf(want) >= 0; });"
            "if (!p) return null; p.scrollIntoView({block: 'center'}); return window.scrollY;", " ".join(words))
        if y is None:
            return [f"no paragraph starting '{' '.join(words)}' on {slug}.html"]
        if y < 100 and not top_ok:
            failures.append(f"the paragraph to edit is at the top of the page (scrollY {y}): the scroll check would prove nothing")
        timings, phases, replaced = [], [], 0
        for number in range(1, edits + 1):
            token = f"serve{number}x{int(time.time() * 1000) % 100000}"
            driver.execute_script("sessionStorage.setItem('serve-check-token', arguments[0]); window.__serveMarker = 1; window.__serveSeen = null;", token)
            # Watched in this page too: the lesson may be replaced in place, without a new document.
            driver.execute_script(WATCH_JS)
            text = edit_line(original, target, original[target] + f" Edit {number} adds the word {token}.")
            written = time.time() * 1000
            lesson.write_text(text, encoding="utf-8")
            state = wait_seen(driver)
            if not state:
                failures.append(f"edit {number}: the page never showed '{token}'")
                continue
            if state["marker"] is not None:
                # The lesson replaced in the same document: shown in the first frame holding it.
                shown = state["seen"]
                replaced += 1
            else:
                # Reloaded: shown in the first frame whose DOM holds the new text, and not before the
                # new page's first paint (Chromium keeps the old page on screen until then).
                shown = max(state["seen"], state["origin"] + state["paint"]) if state["paint"] else state["seen"]
                # Where the time went: until the reload started (watch, build, event), then the page.
                phases.append((state["origin"] - written, state["response"] or 0, shown - state["origin"]))
                if state["navigation"] != "reload":
                    failures.append(f"edit {number}: a new page, but not reloaded (navigation {state['navigation']})")
            timings.append(shown - written)
            # On a short page (--top-ok) the window may stand at the bottom, where a line more or
            # less moves it: the position is checked on pages long enough to scroll freely.
            if not top_ok and abs(state["scrollY"] - y) > 2:
                failures.append(f"edit {number}: scrolled to {state['scrollY']} after the reload, not {y}")
            # Let the page settle (its stream connects) before the next edit, as an author would.
            time.sleep(0.15)
        if timings:
            median, worst = statistics.median(timings), max(timings)
            print(f"serve_check: {len(timings)} edits of {lesson_name}: edit to new text shown, "
                  f"median {median:.0f} ms, worst {worst:.0f} ms (all: {', '.join(f'{t:.0f}' for t in timings)})")
            print(f"serve_check: {replaced} of {len(timings)} edits replaced the lesson in place, the others reloaded")
            # The replaced lesson's plots have their read-out again (plot.js ran for them).
            plots = driver.execute_script(
                "return [document.querySelectorAll('figure.plot svg').length,"
                " document.querySelectorAll('figure.plot svg.has-readout').length];")
            if plots[0] == 0 or plots[1] != plots[0]:
                failures.append(f"after the edits, {plots[1]} of {plots[0]} plots have their read-out")
            # A change of prose changes nothing but the lesson: no edit needs a reload.
            if replaced < len(timings):
                failures.append(f"{len(timings) - replaced} of {len(timings)} prose edits reloaded the page instead of replacing the lesson")
            if phases:
                print(f"serve_check: reloads, medians: write to reload started {statistics.median(p[0] for p in phases):.0f} ms, "
                      f"reload to page received {statistics.median(p[1] for p in phases):.0f} ms, "
                      f"reload to new text shown {statistics.median(p[2] for p in phases):.0f} ms")
            print("serve_check: rebuild times printed by atlas serve: "
                  + ", ".join(m.group(1) for m in (re.search(r" in (\d+) ms", line) for line in serve.out if line.startswith("Rebuilt")) if m))
            if limit_ms is not None and median > limit_ms:
                failures.append(f"median edit-to-shown time {median:.0f} ms is over {limit_ms} ms")

        # An error: the overlay, with the problem as the terminal printed it.
        errors_before = len(serve.err)
        broken = original[target] + " It calls {eval}`sigmod(0)`."
        lesson.write_text(edit_line(original, target, broken), encoding="utf-8")
        printed = serve.wait_for(r"^(Content/%s:%d:\d+: error: .*)$" % (re.escape(lesson_name), target + 1), serve.err, timeout=60)
        overlay = None
        deadline = time.time() + 30
        while time.time() < deadline and not overlay:
            overlay = driver.execute_script(OVERLAY_JS)
            time.sleep(0.01)
        if not printed:
            failures.append(f"the terminal did not print the error at line {target + 1}: {''.join(serve.err[errors_before:])[-500:]}")
        if not overlay:
            failures.append("no overlay after an edit with an error")
        else:
            if printed and printed.group(1).strip() not in overlay["text"]:
                failures.append(f"the overlay does not list '{printed.group(1).strip()}': {overlay['text'][:300]}")
            if not overlay["title"] or "build failed" not in overlay["title"].lower():
                failures.append(f"the overlay is not named by its heading: {overlay['title']}")
            if not overlay["focused"]:
                failures.append("focus is not on the overlay's Close button")
            if contrast(overlay["color"], overlay["background"]) < 4.5:
                failures.append(f"overlay contrast in light mode {contrast(overlay['color'], overlay['background']):.1f} < 4.5")
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
            dark = driver.execute_script(OVERLAY_JS)
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
            if luminance(dark["background"]) > 0.2:
                failures.append(f"the overlay is not dark in dark mode: {dark['background']}")
            if contrast(dark["color"], dark["background"]) < 4.5 or contrast(dark["buttonColor"], dark["background"]) < 4.5:
                failures.append(f"overlay contrast in dark mode is under 4.5: {dark['color']} on {dark['background']}")
            if driver.execute_script("return document.body.textContent.indexOf('sigmod') >= 0"):
                failures.append("the page under the overlay is not the last good build")

        # The fix: the overlay goes, the new text shows.
        token = f"fixed{int(time.time() * 1000) % 100000}"
        driver.execute_script("sessionStorage.setItem('serve-check-token', arguments[0]); window.__serveSeen = null;", token)
        driver.execute_script(WATCH_JS)
        lesson.write_text(edit_line(original, target, original[target] + f" Fixed with {token}."), encoding="utf-8")
        if not wait_seen(driver):
            failures.append("the fixed text was never shown")
        elif driver.execute_script(OVERLAY_JS) is not None:
            failures.append("the overlay is still shown after a good build")

        on_disk = [p.name for p in (work / "_site").rglob("*.html") if "atlas-live-reload" in p.read_text(encoding="utf-8")]
        if on_disk:
            failures.append(f"the live-reload script is in the built files: {on_disk[:3]}")
        severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        if severe:
            failures.append(f"the browser console has errors: {severe[:3]}")
    finally:
        driver.quit()
        status = serve.stop()
        if status != 0:
            failures.append(f"atlas serve exited {status} on Ctrl-C, not 0")
        shutil.rmtree(work, ignore_errors=True)
    return failures


def main(argv):
    args = argv[1:]
    options = {"--lesson": None, "--edits": "20", "--limit-ms": "100", "--top-ok": False}
    positional = []
    while args:
        arg = args.pop(0)
        if arg == "--no-limit":
            options["--limit-ms"] = None
        elif arg == "--top-ok":
            options["--top-ok"] = True
        elif arg in options and args:
            options[arg] = args.pop(0)
        elif arg.startswith("-"):
            print(__doc__.strip().splitlines()[2], file=sys.stderr)
            return 2
        else:
            positional.append(arg)
    if len(positional) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    limit = float(options["--limit-ms"]) if options["--limit-ms"] is not None else None
    # Absolute: atlas runs in a copy of the course, a folder of its own.
    failures = check(str(pathlib.Path(positional[0]).resolve()), pathlib.Path(positional[1]), options["--lesson"], int(options["--edits"]), limit,
                     options["--top-ok"])
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"serve_check: {'ok' if not failures else f'{len(failures)} failure(s)'} on {positional[1]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
