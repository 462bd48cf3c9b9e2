#!/usr/bin/env python3
"""Every language of a built site reads in its own language (issue 15).

Usage: check_language.py SITE_DIR

For each further language's folder of the site (a folder whose index.html says another
`<html lang>` than the site's own), every page is read as a reader and a screen reader
meet it: its text (code, math and scripts left out; plot titles and descriptions, which
screen readers speak, kept) and its aria-label, title, alt and placeholder attributes.
None may hold an English word the generator writes (ENGLISH_UI below: the layout's,
the figures' and tables' labels and notes, {compare}'s rows and values, the plot
descriptions' phrases, the search box's and the read-out's words).

And the language switcher: on every page of every language, each switcher link leads to
a page that exists; it lands on the page of the same name in that language when there
is one (else on that language's outline, marked as not translated); and that page's
switcher leads back here.

Prints a summary line; exits 0 when all hold, 1 otherwise, 2 on usage errors.
"""
import html.parser
import pathlib
import re
import sys

# The English the generator writes, as whole words or phrases (case-sensitive).
ENGLISH_UI = [
    "Skip to content", "Menu", "Lessons", "On this page", "Previous", "Next", "Outline", "Built with",
    "Print the whole course", "Languages", "not translated", "Figure", "Table", "Data behind the plot",
    "Point at the plot", "undefined", "Note", "has a kink", "jumps", "autograd uses", "Property", "Range",
    "Monotonic", "Zero-centred", "Smoothness", "Saturates", "Kinks", "Jumps", "increasing", "non-decreasing",
    "not monotonic", "discontinuous", "continuous", "smooth", "both sides", "negative side", "positive side",
    "neither side", "yes", "none", "Plot of", "and its derivative", "and their derivatives", "rises", "falls",
    "stays at", "passing through", "its derivative", "a maximum of", "a minimum of", "runs off the plot",
    "has no finite value", "Derivatives are dashed", "Filled dots", "Search", "results", "Loading",
]
PATTERN = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(w) for w in ENGLISH_UI) + r")(?![A-Za-z])")
SKIPPED = {"script", "style", "code", "pre", "math"}
ATTRIBUTES = {"aria-label", "title", "alt", "placeholder"}


class Reader(html.parser.HTMLParser):
    """A page's readable text, its language, and its switcher's links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.skip, self.lang = [], 0, None
        self.switcher, self.in_switcher, self.link, self.notes = [], False, None, set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in SKIPPED:
            self.skip += 1
        if tag == "nav" and "language-switcher" in (attrs.get("class") or ""):
            self.in_switcher = True
        if self.in_switcher and tag == "a":
            self.link = {"href": attrs.get("href"), "hreflang": attrs.get("hreflang"), "note": False}
            self.switcher.append(self.link)
        if self.in_switcher and tag == "span" and "language-note" in (attrs.get("class") or "") and self.switcher:
            self.switcher[-1]["note"] = True
        if not self.skip:
            self.text += [value for name, value in attrs.items() if name in ATTRIBUTES and value]

    def handle_endtag(self, tag):
        if tag in SKIPPED and self.skip:
            self.skip -= 1
        if tag == "nav":
            self.in_switcher = False

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def read(page):
    reader = Reader()
    reader.feed(page.read_text(encoding="utf-8"))
    return reader


def check_language(site):
    """Returns (ok, summary, details)."""
    problems, pages_read = [], 0
    root_lang = read(site / "index.html").lang
    folders = [f for f in sorted(site.iterdir()) if (f / "index.html").is_file() and read(f / "index.html").lang != root_lang]
    for folder in folders:
        for page in sorted(folder.glob("*.html")):
            pages_read += 1
            reader = read(page)
            for found in sorted(set(PATTERN.findall(" ".join(reader.text)))):
                problems.append(f"{page.relative_to(site)}: English '{found}' on a '{reader.lang}' page")
    switcher_pages = 0
    for page in sorted(site.glob("*.html")) + [p for f in folders for p in sorted(f.glob("*.html"))]:
        reader = read(page)
        if not reader.switcher:
            continue
        switcher_pages += 1
        here = page.relative_to(site)
        for link in reader.switcher:
            target = (page.parent / link["href"]).resolve()
            if not target.is_file():
                problems.append(f"{here}: switcher link {link['href']} leads to no page")
                continue
            same_name = (site / (link["hreflang"] if link["hreflang"] != root_lang else "") / page.name).resolve()
            if link["hreflang"] == reader.lang:
                if target != page.resolve():
                    problems.append(f"{here}: the link to its own language leads to {link['href']}")
                continue
            if same_name.is_file() and page.name not in ("print.html",):
                if target != same_name:
                    problems.append(f"{here}: the {link['hreflang']} page {same_name.relative_to(site.resolve())} "
                                    f"exists, but the switcher leads to {link['href']}")
                elif not any((target.parent / back["href"]).resolve() == page.resolve() for back in read(target).switcher):
                    problems.append(f"{here}: {link['href']} does not switch back here")
            elif not link["note"] or target.name != "index.html":
                problems.append(f"{here}: no {link['hreflang']} page of this name, but the switcher does not say so "
                                f"or does not lead to the outline")
    if not folders:
        problems.append("no folder of a further language: nothing to check")
    where = ", ".join(f.name for f in folders) or "no other language"
    if problems:
        return False, f"{len(problems)} problem(s) in {pages_read} page(s) of {where} and {switcher_pages} switcher(s)", \
            "\n".join(problems)
    return True, (f"{pages_read} page(s) of {where} hold none of the generator's English; {switcher_pages} "
                  f"switcher(s) land on their counterparts and back"), ""


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    ok, summary, details = check_language(pathlib.Path(argv[1]))
    print(("ok   " if ok else "FAIL ") + "language " + summary)
    if details:
        print("\n".join("       " + line for line in details.splitlines()))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
