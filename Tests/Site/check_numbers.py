#!/usr/bin/env python3
"""No number in a lesson's prose is typed by hand (issue 16).

Usage: check_numbers.py SITE_DIR

Reads the built pages, not the Markdown: what a reader sees is what must be computed.
In each lesson's <article> and in the outline's summaries, the text that the generator
wrote is left out: figures (plots, their legends and data, value and compare tables), math,
code, `{eval}` results, `{ref}` links ("Figure 2"), table notes and note markers, and
the hidden alignment padding. A number in what remains was typed by an author, and it
is reported with its page and its sentence, unless it is

- part of a name: a digit joined to a letter (`relu6`, `log1p`, `YOLOv4`, `GPT-2`), but
  not to a Chinese or Japanese character (`10层` is a typed count);
- a year, 1800 to 2099, which no computation gives;
- a count of things written with its noun (`10 layers`, `3 lessons`): counts are inputs
  of an example, not results, and ALLOWED_COUNTS lists the nouns.

Everything else belongs in an `{eval}` (``{eval}`sigmoid'(0)` ``), a `{table}`, a figure
or math (`$x = 2$`, for an example's inputs).

Exits 0 when no page has such a number, 1 otherwise, 2 on usage errors.
"""
import html.parser
import pathlib
import re
import sys

# Elements whose whole text the generator wrote (or that is code or math).
SKIPPED_ELEMENTS = {"svg", "math", "pre", "code", "table", "script", "style", "details"}
# Elements, by class, whose text the generator wrote.
SKIPPED_CLASSES = {"eval", "figure-number", "ref", "note-ref", "table-note", "pad", "anchor", "formula", "plot-legend",
                   "plot-family", "plot-readout"}
ALLOWED_COUNTS = ("layers?", "lessons?", "units?", "neurons?", "inputs?", "outputs?", "classes", "steps?",
                  "parameters?", "dimensions?", "branches", "functions?", "bits?", "digits?", "times")
# A number: digits with an optional decimal part, signs included so "−1" reads as one.
NUMBER = re.compile(r"[−\-+]?\d+(?:[.,]\d+)*")
YEAR = re.compile(r"1[89]\d\d|20\d\d")
COUNT = re.compile(r"\s+(?:" + "|".join(ALLOWED_COUNTS) + r")\b")
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class ProseText(html.parser.HTMLParser):
    """The author's prose of the parts of a page that `inside` selects, as one string
    per block, with the generator's text left out."""

    def __init__(self, inside):
        super().__init__(convert_charrefs=True)
        self.inside = inside  # (tag, class) that starts a part to read
        self.stack = []  # (tag, skipped, part)
        self.blocks, self.current = [], []

    def handle_starttag(self, tag, attrs):
        if tag in VOID_ELEMENTS:
            return
        classes = set((dict(attrs).get("class") or "").split())
        parent_skipped = bool(self.stack) and self.stack[-1][1]
        in_part = bool(self.stack) and self.stack[-1][2]
        starts_part = tag == self.inside[0] and self.inside[1] in classes
        skipped = parent_skipped or tag in SKIPPED_ELEMENTS or bool(classes & SKIPPED_CLASSES)
        self.stack.append((tag, skipped, in_part or starts_part))
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "figcaption", "blockquote", "td", "th", "dd", "dt"):
            self.flush()

    def handle_endtag(self, tag):
        while self.stack:
            top = self.stack.pop()[0]
            if top == tag:
                break
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "figcaption", "blockquote"):
            self.flush()

    def handle_data(self, data):
        if self.stack and self.stack[-1][2] and not self.stack[-1][1]:
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []


def is_cjk(ch):
    """Han, kana, bopomofo and Hangul: the ranges SiteBuilder's SearchTerms.isCJK and
    search.js call CJK."""
    code = ord(ch)
    return (0x3040 <= code <= 0x30ff or 0x3100 <= code <= 0x312f or 0x3400 <= code <= 0x4dbf
            or 0x4e00 <= code <= 0x9fff or 0xac00 <= code <= 0xd7af or 0xf900 <= code <= 0xfaff
            or 0x20000 <= code <= 0x2ffff)


def name_letter(ch):
    """A letter that makes a digit beside it part of a name (`relu6`, `GPT-2`): an
    alphabetic character of a script that spaces its words. Chinese and Japanese
    characters are alphabetic to Python, but a digit against them (`10层`) is a number
    in a sentence, not a name."""
    return ch.isalpha() and not is_cjk(ch)


def typed_numbers(text):
    """The numbers in `text` that are neither part of a name, a year, nor a count."""
    found = []
    for match in NUMBER.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        number = match.group().lstrip("−-+")
        if name_letter(before) or name_letter(after) or before == "_" or (
                before == "-" and match.start() >= 2 and name_letter(text[match.start() - 2])):
            continue
        if YEAR.fullmatch(number):
            continue
        if COUNT.match(text, match.end()) and number.isdigit():
            continue
        found.append(match.group())
    return found


def prose(path, inside):
    parser = ProseText(inside)
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    parser.flush()
    return parser.blocks


def check_numbers(site):
    """(ok, summary, details): every number typed by hand in a lesson or a summary."""
    problems, pages = [], 0
    for page in sorted(site.rglob("*.html")):
        inside = ("ol", "outline") if page.name == "index.html" else ("article", "lesson")
        pages += 1
        for block in prose(page, inside):
            for number in typed_numbers(block):
                problems.append(f"{page.name}: '{number}' typed by hand in: {block[:160]}")
    summary = f"{len(problems)} number(s) typed by hand in {pages} pages"
    return not problems, summary, "\n".join(problems)


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    ok, summary, details = check_numbers(pathlib.Path(argv[1]))
    print(f"{'ok  ' if ok else 'FAIL'} numbers {summary}")
    if details:
        print("\n".join("       " + line for line in details.splitlines()))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
