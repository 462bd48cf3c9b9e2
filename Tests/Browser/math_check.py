#!/usr/bin/env python3
"""Opens built pages from file:// in headless Chromium and checks the bundled math font.

Usage: math_check.py SITE_DIR

  1. the stylesheet: SITE_DIR/assets/math-font.css is at most 150 KB (153,600 bytes);
On every page with a <math>:
  2. loaded: document.fonts has the "Atlas Math" face of assets/math-font.css, its status
     is "loaded" once document.fonts.ready settles (a font Chromium refuses, such as a
     broken data: URL, ends "error"), and the <math> elements compute to it first;
  3. stretched: every \\left…\\right fence (<mo stretchy="true" fence="true"> without
     minsize) beside content taller than 1.5 em is at least 1.3 times as tall as the
     same character unstretched (measured on the page), and every \\big… fence
     (minsize) is at least 95 % of its minsize: without the MATH table's size variants
     and assembly parts, fences keep the height of one glyph;
  4. big operators: a ∑ or ∏ in display style (math-style: normal, so not in a
     fraction or a script) is at least 1.3 em tall (the MATH table's display variant;
     the text-size glyph is about 1 em).
Prints one line per page with what was measured; exits 0 when all pass, 1 on any
failure, 2 on usage errors.

Needs: python3 with selenium 4 and Debian's chromium and chromium-driver
(`make browser-deps`). The driver set-up is readout_support.make_driver.
"""
import pathlib
import sys

from readout_support import make_driver

FAMILY = "Atlas Math"
STYLESHEET_LIMIT = 150 * 1024

READY_JS = """
var done = arguments[arguments.length - 1];
function fonts() { document.fonts.ready.then(function () { done(true); }); }
if (document.readyState === 'complete') fonts(); else window.addEventListener('load', fonts);"""

MEASURE_JS = """
var family = arguments[0];
document.querySelectorAll('details').forEach(function (d) { d.open = true; });
function px(e) { return parseFloat(getComputedStyle(e).fontSize); }
var faces = [];
document.fonts.forEach(function (f) { faces.push({family: f.family.replace(/["']/g, ''), status: f.status}); });
var maths = document.querySelectorAll('math');
var first = maths.length ? getComputedStyle(maths[0]).fontFamily.split(',')[0].replace(/["']/g, '').trim() : '';
// The height of a character drawn unstretched, in em, by a probe <math> on the page.
function plain(text, em) {
  var probe = document.createElement('div');
  probe.innerHTML = '<math><mo stretchy="false"></mo></math>';
  probe.querySelector('mo').textContent = text;
  document.body.appendChild(probe);
  var mo = probe.querySelector('mo'), h = mo.getBoundingClientRect().height / px(mo);
  probe.remove();
  return h;
}
var fences = [], operators = [];
document.querySelectorAll('math mo[stretchy="true"][fence="true"]').forEach(function (mo) {
  var em = px(mo), h = mo.getBoundingClientRect().height, content = 0;
  if (mo.hasAttribute('minsize')) {
    fences.push({text: mo.textContent, h: h / em, want: parseFloat(mo.getAttribute('minsize')) * 0.95, kind: 'big'});
    return;
  }
  Array.prototype.forEach.call(mo.parentElement.children, function (s) {
    if (s.tagName.toLowerCase() !== 'mo') content = Math.max(content, s.getBoundingClientRect().height);
  });
  if (content > 1.5 * em)
    fences.push({text: mo.textContent, h: h / em, want: 1.3 * plain(mo.textContent, em), kind: 'left'});
});
document.querySelectorAll('math[display="block"] mo').forEach(function (mo) {
  if ((mo.textContent === '∑' || mo.textContent === '∏') && getComputedStyle(mo).mathStyle === 'normal')
    operators.push({text: mo.textContent, h: mo.getBoundingClientRect().height / px(mo)});
});
return {maths: maths.length, faces: faces, first: first, fences: fences, operators: operators};"""


def check_page(driver, path):
    failures = []
    driver.get(path.resolve().as_uri())
    driver.execute_async_script(READY_JS)
    found = driver.execute_script(MEASURE_JS, FAMILY)
    if found["maths"] == 0:
        return failures, "no math"
    faces = [face for face in found["faces"] if face["family"] == FAMILY]
    if not faces:
        failures.append(f"document.fonts has no {FAMILY!r} face: {found['faces']}")
    elif any(face["status"] != "loaded" for face in faces):
        failures.append(f"the {FAMILY!r} face did not load: {faces}")
    if found["first"] != FAMILY:
        failures.append(f"<math> computes to {found['first']!r} first, not {FAMILY!r}")
    for fence in found["fences"]:
        if fence["h"] < fence["want"]:
            failures.append(f"{fence['kind']} fence {fence['text']!r} is {fence['h']:.2f} em tall; "
                            f"it should stretch to {fence['want']:.2f} em")
    for operator in found["operators"]:
        if operator["h"] < 1.3:
            failures.append(f"display {operator['text']} is {operator['h']:.2f} em tall, not its display size (≥ 1.3 em)")
    heights = ", ".join(f"{f['text']}{f['h']:.2f}" for f in found["fences"] + found["operators"])
    return failures, f"{found['maths']} math, font loaded, stretched (em): {heights or 'none'}"


def main(argv):
    if len(argv) != 2 or not pathlib.Path(argv[1], "assets").is_dir():
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    site = pathlib.Path(argv[1])
    failed = False
    size = (site / "assets/math-font.css").stat().st_size
    if size > STYLESHEET_LIMIT:
        print(f"FAIL assets/math-font.css is {size} bytes; the limit is {STYLESHEET_LIMIT}")
        failed = True
    else:
        print(f"ok   assets/math-font.css is {size} bytes (limit {STYLESHEET_LIMIT})")
    driver = make_driver()
    try:
        for page in sorted(site.glob("*.html")):
            failures, note = check_page(driver, page)
            failed |= bool(failures)
            print(f"{'FAIL' if failures else 'ok  '} {page.name}: {note}")
            for failure in failures:
                print(f"       {failure}")
    finally:
        driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
