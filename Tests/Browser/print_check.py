#!/usr/bin/env python3
"""Prints built pages to PDF in headless Chromium and checks what lands on paper.

Usage: print_check.py SITE   (a built site: index.html, the lessons, print.html)

Each lesson page and print.html is printed to an A4 PDF (selenium's print_page, which is
Chromium's Page.printToPDF, the print media type and assets/print.css applied), and the
PDF's text is read back with pypdf. Text is compared with all whitespace removed, since
a PDF breaks lines where it likes.
  1. whole tables: every column header of the page's widest table (most header cells
     in a row) is in the PDF: a column scrolled out of sight or cut at the page's edge
     is not printed;
  2. no navigation: the pager's text (Previous … Outline … Next …), the plot read-out's
     hint, the "Data behind the plot" summary, a family slider and any
     nav/.skip-link/.site-search text are not in the PDF, and under print emulation
     none of them (nor the footer or a button, but the legend's entries, which plot.js
     makes buttons and print.css prints as plain text) has a box;
  3. light: with the reader's scheme dark (Emulation.setEmulatedMedia, media print),
     <html> computes to a white background and <body> to dark text, and no table
     box is wider than what it shows (no scrollbar);
  4. print.html: lists every lesson title on its title page, then holds each lesson
     under its title, both in the outline's order; its ids are unique, every #link and
     aria-labelledby/-describedby lands on one, and its <main> has only in-page,
     external or outline links; the outline links to it.
Prints one line per page; exits 0 when all pass, 1 on any failure, 2 on usage errors.
Writes each PDF beside nothing: pass PRINT_CHECK_KEEP=DIR to keep them there.

Needs: python3 with selenium 4 and pypdf, Debian's chromium and chromium-driver
(`make browser-deps`).
"""
import base64
import io
import os
import pathlib
import re
import sys
import unicodedata

from pypdf import PdfReader
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support.ui import WebDriverWait

from readout_support import make_driver

READY_JS = """
var done = arguments[arguments.length - 1];
function fonts() { document.fonts.ready.then(function () { done(true); }); }
if (document.readyState === 'complete') fonts(); else window.addEventListener('load', fonts);"""

# Texts that must not reach paper, read on screen (the read-out hint is written by plot.js).
HIDDEN_JS = """
var sel = 'nav:not(.print-contents), .pager, .skip-link, .site-search, .plot-readout, details.plot-values > summary, .plot-family';
return Array.prototype.map.call(document.querySelectorAll(sel), function (e) {
  return [e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''), e.textContent];
}).filter(function (p) { return p[1].trim() !== ''; });"""

# The header cells of the table with most of them in one row.
WIDEST_JS = """
var best = [];
document.querySelectorAll('table').forEach(function (t) {
  t.querySelectorAll('tr').forEach(function (r) {
    var cells = Array.prototype.map.call(r.querySelectorAll('th'), function (c) { return c.textContent; });
    if (r.closest('thead') && cells.length > best.length) best = cells;
  });
});
return best;"""

# Under print emulation: colours, and table boxes that scroll (content wider than the box).
PRINT_STATE_JS = """
var out = {bg: getComputedStyle(document.documentElement).backgroundColor,
           fg: getComputedStyle(document.body).color, scrolling: [], shown: []};
var screenOnly = 'nav:not(.print-contents), .pager, .skip-link, .site-search, .plot-readout, details.plot-values, .plot-family, ' +
  '.site-footer, button:not(.legend-toggle)';
document.querySelectorAll(screenOnly).forEach(function (e) {
  if (e.getClientRects().length) out.shown.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
});
document.querySelectorAll('.table-wrap, table, pre').forEach(function (e) {
  var style = getComputedStyle(e);
  if (e.scrollWidth > e.clientWidth + 1 && /auto|scroll/.test(style.overflowX)) out.scrolling.push(e.id || e.className);
});
return out;"""


def squeeze(text):
    """The text without whitespace, ligatures unfolded (a PDF writes "fl" as one glyph)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_text(driver):
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    data = base64.b64decode(driver.print_page(options))
    reader = PdfReader(io.BytesIO(data))
    return data, len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


def luminance(css):
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)[:3]]
    return sum(numbers) / 3 if len(numbers) == 3 else -1


def check_page(driver, path, keep):
    problems = []
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    driver.get(path.resolve().as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.execute_async_script(READY_JS))
    hidden = driver.execute_script(HIDDEN_JS)
    widest = driver.execute_script(WIDEST_JS)
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"media": "print", "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    state = driver.execute_script(PRINT_STATE_JS)
    if luminance(state["bg"]) < 250 or luminance(state["fg"]) > 80:
        problems.append(f"not light in print with a dark scheme: background {state['bg']}, text {state['fg']}")
    if state["shown"]:
        problems.append(f"shown in print: {sorted(set(state['shown']))}")
    if state["scrolling"]:
        problems.append(f"scrolls in print: {state['scrolling'][:3]}")
    data, pages, text = pdf_text(driver)
    if keep:
        (pathlib.Path(keep) / (path.stem + ".pdf")).write_bytes(data)
    flat = squeeze(text)
    missing = [h for h in widest if squeeze(h) and squeeze(h) not in flat]
    if missing:
        problems.append(f"widest table ({len(widest)} columns) lacks {missing} in print")
    for what, words in hidden:
        if len(squeeze(words)) >= 4 and squeeze(words) in flat:
            problems.append(f"{what} is printed: {words.strip()[:60]!r}")
    for word in ("Datebehindtheplot", "Databehindtheplot"):
        if word in flat:
            problems.append(f"'{word}' is printed")
    return problems, pages, flat, len(widest)


def main(argv):
    if len(argv) != 2 or not (pathlib.Path(argv[1]) / "index.html").is_file():
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    site = pathlib.Path(argv[1])
    keep = os.environ.get("PRINT_CHECK_KEEP")
    index = (site / "index.html").read_text(encoding="utf-8")
    outline = re.search(r'<ol class="outline">(.*?)</ol>', index, re.S)
    lessons = re.findall(r'<a href="([^"]+\.html)">([^<]*)</a>', outline.group(1) if outline else "")
    if not lessons or not (site / "print.html").is_file():
        print(f"FAIL {site}: no outline of lessons or no print.html")
        return 1
    if 'href="print.html"' not in index:
        print(f"FAIL {site / 'index.html'}: no link to print.html")
        return 1
    driver = make_driver()
    failed = 0
    try:
        for url, _ in lessons:
            problems, pages, _, columns = check_page(driver, site / url, keep)
            failed += bool(problems)
            print(("FAIL " if problems else "ok   ") + f"{url}: {pages} pages, widest table {columns} columns")
            for problem in problems:
                print(f"     {problem}")
        problems, pages, flat, _ = check_page(driver, site / "print.html", keep)
        html = (site / "print.html").read_text(encoding="utf-8")
        titles = [re.sub(r"&amp;", "&", t) for _, t in lessons]
        # The title page lists the lessons, then each lesson follows under its title.
        at, order = 0, []
        for part in ("contents", "lessons"):
            for title in titles:
                found = flat.find(squeeze(title), at)
                if found < 0:
                    problems.append(f"{part}: lesson {title!r} missing or out of order")
                else:
                    at = found + 1
                    if part == "lessons":
                        order.append(title)
        # The page's own lesson headings, in order (a short title like "ELU" is also found
        # inside other text of the PDF, so the markup is checked too).
        headings = [re.sub(r"<[^>]+>", "", h).replace("&amp;", "&")
                    for h in re.findall(r'<article class="[^"]*print-lesson[^"]*"[^>]*>\s*<h1>(.*?)</h1>', html, re.S)]
        if headings != titles:
            first = next(i for i in range(len(titles) + 1) if headings[i:i + 1] != titles[i:i + 1])
            problems.append(f"lesson heading {first + 1} is {headings[first:first + 1]}, "
                            f"the outline's is {titles[first:first + 1]}")
        main_part = re.search(r"<main[^>]*>(.*)</main>", html, re.S)
        links = re.findall(r'href="([^"#:]+\.html)[^"]*"', main_part.group(1) if main_part else html)
        links = [link for link in links if link != "index.html"]
        # Ids unique, and every in-page link and aria reference lands on one (the site
        # check's linkchecker leaves print.html's anchors to this check).
        ids = re.findall(r'\sid="([^"]*)"', html)
        repeated = sorted({i for i in ids if ids.count(i) > 1}) if len(ids) != len(set(ids)) else []
        if repeated:
            problems.append(f"ids repeated: {repeated[:5]}")
        targets = [t[1:] for t in re.findall(r'href="(#[^"]+)"', html)]
        targets += [t for v in re.findall(r'aria-(?:labelledby|describedby)="([^"]*)"', html) for t in v.split()]
        lost = sorted(set(targets) - set(ids))
        if lost:
            problems.append(f"in-page links or references land nowhere: {lost[:5]}")
        if links:
            problems.append(f"links leave the page: {sorted(set(links))[:5]}")
        failed += bool(problems)
        print(("FAIL " if problems else "ok   ") + f"print.html: {pages} pages, {len(order)} of {len(titles)} lessons in order")
        for problem in problems:
            print(f"     {problem}")
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
