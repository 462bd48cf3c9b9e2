#!/usr/bin/env python3
"""Browser check of the link previews (assets/preview.js) in headless Chromium.

Usage: preview_check.py SITE_FOLDER        check the built shipped course
       preview_check.py --selftest SITE    the check fails on broken copies of SITE

On elu.html of the shipped course, by keyboard only (Tab from the top of the page):
  1. the first {ref} link (a.ref, to a figure of the same page): its preview appears,
     is role=tooltip and named by the link's aria-describedby, holds a copy of that
     figure (an svg and the caption "Figure N. …" of the figure the link points to),
     with no id the page already has and nothing that takes focus; focus stays on the
     link; Escape hides it and removes aria-describedby;
  2. a link to another lesson with a #fragment (modern-activations.html#…): the
     preview shows that lesson's title (its page's h1) and the heading the fragment
     lands on (the h2's text on that page);
  3. a link to another lesson without one (relu.html): its title and a summary;
  4. hovering that link with the pointer shows its preview; leaving it hides it;
  5. touch: a first tap on it shows the preview and stays on the page, a second tap
     follows the link;
  6. the browser console has no SEVERE entries.
--selftest copies the site three times: with an empty assets/preview.js, with a
preview.js that ignores Escape, and with relu's preview data naming another title; it
exits 0 only when the check fails on each.
Exits 0 when all pass, 1 on any failure, 2 on usage errors.

Needs: python3 with selenium 4 and Debian's chromium and chromium-driver.
"""
import html
import pathlib
import re
import shutil
import sys
import tempfile
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions import interaction
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from readout_support import make_driver

PAGE = "elu.html"

BOX_JS = """
var box = document.getElementById('link-preview');
if (!box) return null;
var ids = Array.prototype.map.call(box.querySelectorAll('[id]'), function (n) { return n.id; });
var focusable = box.querySelectorAll('a[href], input, button, select, textarea, [tabindex], details');
var caption = box.querySelector('figcaption');
var title = box.querySelector('.link-preview-title');
var section = box.querySelector('.link-preview-section');
var summary = box.querySelector('.link-preview-summary');
return {hidden: box.hidden || box.offsetParent === null, role: box.getAttribute('role'),
  svg: box.querySelectorAll('svg').length, caption: caption ? caption.textContent.trim() : null,
  title: title ? title.textContent.trim() : null, section: section ? section.textContent.trim() : null,
  summary: summary ? summary.textContent.trim() : null, ids: ids, focusable: focusable.length};"""

PAGE_IDS_JS = """
var box = document.getElementById('link-preview');
return Array.prototype.filter.call(document.querySelectorAll('[id]'), function (n) {
  return !box || !box.contains(n);
}).map(function (n) { return n.id; });"""


def text_of(markup):
    """The text of an HTML fragment, whitespace collapsed, the heading's # anchor left out."""
    markup = re.sub(r'<a class="anchor"[^>]*>.*?</a>', "", markup, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markup)).split())


def expected_heading(site, page, fragment):
    source = (site / page).read_text(encoding="utf-8")
    title = re.search(r"<h1[^>]*>(.*?)</h1>", source, re.S)
    heading = re.search(r'<h[2-6] id="%s"[^>]*>(.*?)</h[2-6]>' % re.escape(fragment), source, re.S) if fragment else None
    return (text_of(title.group(1)) if title else None), (text_of(heading.group(1)) if heading else None)


def tab_to(driver, selector, limit=300):
    """Presses Tab from the top of the page until the focused element matches selector."""
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    body = driver.find_element(By.TAG_NAME, "body")
    driver.execute_script("arguments[0].setAttribute('tabindex', '-1'); arguments[0].focus();", body)
    for _ in range(limit):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        if driver.execute_script("return document.activeElement.matches(arguments[0])", selector):
            return driver.switch_to.active_element
    return None


def wait_box(driver, want_shown, seconds=2.0):
    end = time.time() + seconds
    while True:
        box = driver.execute_script(BOX_JS)
        if (box is not None and not box["hidden"]) == want_shown or time.time() > end:
            return box
        time.sleep(0.05)


def check_site(driver, site):
    failures = []
    page = site / PAGE
    if not page.is_file():
        return [f"{page}: no such file"]
    driver.get_log("browser")
    driver.get(page.resolve().as_uri())

    # 1. A {ref} to a figure of this page.
    link = tab_to(driver, "article.lesson a.ref")
    if link is None:
        return failures + [f"{PAGE}: Tab never reached a {{ref}} link (a.ref)"]
    target = link.get_attribute("href").split("#", 1)[1]
    want_caption = driver.execute_script(
        "var f = document.getElementById(arguments[0]); var c = f && f.querySelector('figcaption');"
        "if (!c) return null; c = c.cloneNode(true);"
        "Array.prototype.forEach.call(c.querySelectorAll('details, script'), function (n) { n.remove(); });"
        "return c.textContent.trim();", target)
    box = wait_box(driver, True)
    if box is None or box["hidden"]:
        failures.append(f"{PAGE}: focusing the {{ref}} to #{target} shows no preview")
    else:
        if box["role"] != "tooltip":
            failures.append(f"{PAGE}: the preview's role is {box['role']!r}, not 'tooltip'")
        if link.get_attribute("aria-describedby") != "link-preview":
            failures.append(f"{PAGE}: the focused {{ref}} is not described by the preview")
        if box["svg"] < 1 or not box["caption"] or box["caption"] != want_caption:
            failures.append(
                f"{PAGE}: the {{ref}}'s preview shows {box['svg']} svg and caption {box['caption']!r}, "
                f"not figure #{target} ({want_caption!r})")
        clashes = set(box["ids"]) & set(driver.execute_script(PAGE_IDS_JS))
        if clashes:
            failures.append(f"{PAGE}: the preview repeats ids of the page: {sorted(clashes)[:5]}")
        if box["focusable"]:
            failures.append(f"{PAGE}: the preview holds {box['focusable']} focusable elements")
        if driver.switch_to.active_element != link:
            failures.append(f"{PAGE}: showing the preview moved the focus off the link")
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    box = wait_box(driver, False, 0.5)
    if box is not None and not box["hidden"]:
        failures.append(f"{PAGE}: Escape leaves the preview shown")
    if link.get_attribute("aria-describedby"):
        failures.append(f"{PAGE}: after Escape the link is still described by the preview")
    if driver.switch_to.active_element != link:
        failures.append(f"{PAGE}: Escape moved the focus off the link")

    # 2. and 3. Links to other lessons, with and without a fragment.
    for selector in ('article.lesson a[href^="modern-activations.html#"]', 'article.lesson a[href="relu.html"]'):
        link = tab_to(driver, selector)
        if link is None:
            failures.append(f"{PAGE}: Tab never reached {selector}")
            continue
        href = link.get_attribute("href").rsplit("/", 1)[-1]
        other, _, fragment = href.partition("#")
        title, heading = expected_heading(site, other, fragment)
        box = wait_box(driver, True)
        if box is None or box["hidden"]:
            failures.append(f"{PAGE}: focusing the link to {href} shows no preview")
            continue
        if box["title"] != title:
            failures.append(f"{PAGE}: the preview of {href} is titled {box['title']!r}, not {title!r}")
        if fragment and box["section"] != heading:
            failures.append(f"{PAGE}: the preview of {href} names the section {box['section']!r}, not {heading!r}")
        if not fragment and not box["summary"]:
            failures.append(f"{PAGE}: the preview of {href} has no summary")
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
        box = wait_box(driver, False, 0.5)
        if box is not None and not box["hidden"]:
            failures.append(f"{PAGE}: Escape leaves the preview of {href} shown")

    # 4. The pointer.
    links = driver.find_elements(By.CSS_SELECTOR, 'article.lesson a[href="relu.html"]')
    if links:
        driver.execute_script("document.activeElement.blur(); arguments[0].scrollIntoView({block: 'center'});", links[0])
        ActionChains(driver).move_to_element(links[0]).perform()
        box = wait_box(driver, True)
        if box is None or box["hidden"] or not box["title"]:
            failures.append(f"{PAGE}: hovering the link to relu.html shows no preview")
        ActionChains(driver).move_to_element_with_offset(links[0], 0, -80).perform()
        box = wait_box(driver, False)
        if box is not None and not box["hidden"]:
            failures.append(f"{PAGE}: moving the pointer away leaves the preview shown")

    # 5. Touch: the first tap shows the preview and stays; the second follows the link.
    if links:
        tap(driver, links[0])
        box = wait_box(driver, True)
        if not driver.current_url.endswith("/" + PAGE):
            failures.append(f"{PAGE}: a first tap on the link to relu.html follows it instead of showing its preview")
        elif box is None or box["hidden"]:
            failures.append(f"{PAGE}: a first tap on the link to relu.html does not show its preview")
        else:
            tap(driver, links[0])
            end = time.time() + 2
            while not driver.current_url.endswith("/relu.html") and time.time() < end:
                time.sleep(0.05)
            if not driver.current_url.endswith("/relu.html"):
                failures.append(f"{PAGE}: a second tap on the link to relu.html does not follow it")

    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            failures.append(f"{PAGE}: console error: {entry.get('message')}")
    return failures


def tap(driver, element):
    """A touch tap near the start of element (a link may wrap onto two lines)."""
    x, y = driver.execute_script(
        "var r = arguments[0].getClientRects()[0]; return [r.left + 4, r.top + r.height / 2];", element)
    builder = ActionBuilder(driver, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"))
    builder.pointer_action.move_to_location(int(x), int(y)).pointer_down().pointer_up()
    builder.perform()


def selftest(driver, site):
    """The check must fail on a site without the script and on one with wrong data."""
    ok = True
    with tempfile.TemporaryDirectory(prefix="preview-selftest-") as folder:
        breakages = {
            "an empty assets/preview.js": lambda copy: (copy / "assets/preview.js").write_text(""),
            "Escape ignored by the script": lambda copy: (copy / "assets/preview.js").write_text(
                (copy / "assets/preview.js").read_text(encoding="utf-8").replace("'Escape'", "'Esc-ignored'"),
                encoding="utf-8"),
            "relu's preview naming another title": lambda copy: (copy / "assets/previews/relu.js").write_text(
                (copy / "assets/previews/relu.js").read_text(encoding="utf-8").replace(
                    '"title":"ReLU"', '"title":"Not ReLU"'), encoding="utf-8"),
        }
        for n, (name, breakage) in enumerate(breakages.items()):
            copy = pathlib.Path(folder) / f"site-{n}"
            shutil.copytree(site, copy)
            breakage(copy)
            try:
                failures = check_site(driver, copy)
            except Exception as error:  # a crash is a failure too, but say so
                failures = [f"check crashed: {type(error).__name__}: {error}"]
            print(f"selftest, {name}: {'fails as it must' if failures else 'PASSES: the check cannot fail'}")
            for failure in failures[:3]:
                print(f"  {failure}")
            ok = ok and bool(failures)
    return ok


def main(argv):
    args = argv[1:]
    if not args or args[0] in ("-h", "--help") or len(args) > 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    driver = make_driver()
    try:
        if args[0] == "--selftest":
            if len(args) != 2:
                return 2
            return 0 if selftest(driver, pathlib.Path(args[1])) else 1
        failures = check_site(driver, pathlib.Path(args[0]))
    finally:
        driver.quit()
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"preview_check: {'ok' if not failures else f'{len(failures)} failure(s)'} on {args[0]}/{PAGE}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
