#!/usr/bin/env python3
"""Proves that every site and page check can fail: each runs on a small fixture with one
planted fault (Tests/Site/Fixtures, Tests/Browser/Fixtures) and must report exactly it.

Usage: selftest.py        (exits 0 when every check caught its fault, else 1)

A check that passes on the shipped course means something only if it fails here.
"""
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
BROWSER = HERE.parent / "Browser"
sys.path.insert(0, str(HERE))
import check_language  # noqa: E402
import check_numbers  # noqa: E402
import check_site  # noqa: E402

# (fixture site, checker, what its report must say)
SITE_CASES = [
    ("invalid-html", check_site.check_html, ['Stray end tag "span"']),
    ("svg-not-xml", check_site.check_svg, ["svg #1 (line 7): not well-formed XML: undefined entity",
                                           "svg #2 (line 8): role=None, missing ['title', 'desc']"]),
    ("dangling-link", check_site.check_links, ["No such file or directory: 'SITE/missing.html'",
                                               "Anchor `nowhere' (decoded: `nowhere') not"]),
    # The generator's English on a Chinese page (text, an attribute, a plot's description), but not in code
    # or math, and switchers that lead nowhere, to the outline though a translation exists, or back elsewhere.
    ("language", check_language.check_language, ["zh/index.html: English 'Figure' on a 'zh' page",
                                                 "zh/index.html: English 'Search' on a 'zh' page",
                                                 "zh/index.html: English 'rises' on a 'zh' page",
                                                 "a.html: the zh page zh/a.html exists, but the switcher leads to "
                                                 "zh/index.html",
                                                 "b.html: switcher link zh/missing.html leads to no page",
                                                 "zh/a.html: the en page a.html exists, but the switcher leads to "
                                                 "../index.html"]),
    # Exactly these five: a year, names, a count, {eval}, math, {ref}, figures and code are not; a digit
    # against a Chinese character is a typed number, not a name (GPT-2 still is).
    ("typed-number", check_numbers.check_numbers, ["index.html: '0.25' typed by hand in: Its slope",
                                                   "lesson.html: '3' typed by hand in: Lesson 3",
                                                   "lesson.html: '−1.5' typed by hand", "lesson.html: '10' typed by hand",
                                                   "lesson.html: '20' typed by hand"]),
]

# fixture page -> every problem page_check.py must report for it, and no other
PAGE_CASES = {
    "network.html": ["request to http://127.0.0.1:9/pixel.png",
                     "console error on network.html: http://127.0.0.1:9/pixel.png - Failed to load"],
    "zero-size.html": ["svg #1 (no id: 'Nothing') is drawn 0×0 px", "math #2 (no id: 'x') is drawn 0×0 px"],
    "no-dark.html": ["dark leaves the html background-color at rgb(255, 255, 255)",
                     "dark leaves the body color at rgb(27, 31, 36)"],
    "console-error.html": ["missing.css - Failed to load resource: net::ERR_FILE_NOT_FOUND",
                           "Uncaught ReferenceError: undefinedFunction is not defined"],
    "pager-a.html": ["prev link 'missing.html' points at", "next link shows 'Pager C', but pager-b.html has the <h1> 'Pager B'",
                     "its next page pager-b.html has prev → pager-c.html, not back here"],
    "pager-b.html": ["its prev page pager-c.html has next → nothing, not back here"],
    "pager-c.html": ['a lesson without <nav class="pager">'],
}

# fixture page -> every problem axe_check.py must report for it, in each of its four
# configurations (light and dark × 390 and 1,280 px), and no other
AXE_CASES = {
    "a11y.html": ["axe color-contrast (serious) at .faint: Element has insufficient color contrast of 2.32",
                  'keyboard stop 2 a[href="#good"] "good link": comes after button',
                  'keyboard stop 3 a.no-ring[href="#ringless"] "link without focus ring": no visible focus indicator'],
}
AXE_CONFIGURATIONS = ["light 390px", "light 1280px", "dark 390px", "dark 1280px"]
# Issue 14: fixture page -> every problem layout_check.py must report for it, and no other.
LAYOUT_CASES = {
    "layout-broken.html": [
        "1280 px: the lessons do not stand left of the lesson", "1280 px: the contents do not stand right of the lesson",
        "the lessons mark ['other.html'] as current, not ['layout-broken.html']",
        "scrolled to #three, the contents highlight [], not [['#three', 'location']]",
        "1280 px: the first Tab stop is ['a', '', 'index.html']", "390 px: the first Tab stop is ['a', '', 'index.html']",
        "1280 px, light: table box #1 scrolls sideways but shows no cue",
        "1280 px, dark: table box #1 scrolls sideways but shows no cue",
        "390 px: the lists are shown before the menu is opened", "390 px: no menu button is shown",
        "390 px: the page scrolls sideways", "390 px, light: table box #1 scrolls sideways but shows no cue",
        "390 px, dark: table box #1 scrolls sideways but shows no cue",
    ],
    "layout-menu.html": [
        "1280 px: Enter on the skip link focuses ['a', ''], not main#content",
        "390 px: Enter #1 on the menu button leaves aria-expanded='false', not 'true'",
        "390 px: after Enter #1 on the menu button the lessons are hidden",
        "390 px: Enter on the skip link focuses ['a', ''], not main#content",
    ],
}


def page_reports(output):
    """page_check.py's output, as {file name: (status, [problem lines])}."""
    reports, current = {}, None
    for line in output.splitlines():
        if line.startswith(("ok ", "FAIL ")):
            status, rest = line.split(None, 1)
            current = reports.setdefault(pathlib.Path(rest.split(":", 1)[0]).name, (status, []))
        elif line.startswith("  - ") and current:
            current[1].append(line[4:])
    return reports


def check_reports(checker, cases, reports, failures, configurations=("",)):
    """Each case reported FAIL (in each configuration) with exactly its planted problems."""
    for name, expected in cases.items():
        for configuration in configurations:
            label = f"{name} [{configuration}]" if configuration else name
            status, problems = reports.get(label, ("missing", []))
            missing = [text for text in expected if not any(text in problem for problem in problems)]
            extra = [problem for problem in problems if not any(text in problem for text in expected)]
            if status != "FAIL" or missing or extra:
                failures.append(f"{checker} on Fixtures/{label}: {status}; did not report {missing}; "
                                f"also reported {extra}")
            else:
                print(f"ok   {checker} fails on Fixtures/{label}: {len(problems)} problem(s), as planted")


def run_checker(checker, names, failures):
    """The checker's reports on the fixture pages; it must exit 1 on them."""
    pages = [str(BROWSER / "Fixtures" / name) for name in names]
    run = subprocess.run([sys.executable, str(BROWSER / checker), *pages], capture_output=True, text=True)
    if run.returncode != 1:
        failures.append(f"{checker} exited {run.returncode} on the fixtures, not 1\n{run.stdout}{run.stderr}")
    return page_reports(run.stdout)


def main():
    failures = []
    for name, check, expected in SITE_CASES:
        ok, summary, details = check(HERE / "Fixtures" / name)
        missing = [text for text in expected if text not in details]
        if check is check_numbers.check_numbers and len(details.splitlines()) != len(expected):
            missing.append(f"exactly {len(expected)} lines")
        if ok or missing:
            failures.append(f"{check.__name__} on Fixtures/{name}: {summary}; did not report {missing}\n{details}")
        else:
            print(f"ok   {check.__name__} fails on Fixtures/{name}: {summary}")
    check_reports("page_check.py", PAGE_CASES, run_checker("page_check.py", PAGE_CASES, failures), failures)
    check_reports("axe_check.py", AXE_CASES, run_checker("axe_check.py", AXE_CASES, failures), failures,
                  AXE_CONFIGURATIONS)
    check_reports("layout_check.py", LAYOUT_CASES, run_checker("layout_check.py", LAYOUT_CASES, failures), failures)
    for failure in failures:
        print(f"FAIL {failure}")
    total = len(SITE_CASES) + len(PAGE_CASES) + len(AXE_CASES) * len(AXE_CONFIGURATIONS) + len(LAYOUT_CASES)
    print(f"checks self-test: {total - len(failures)} of {total} planted faults caught")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
